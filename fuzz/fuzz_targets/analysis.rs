//! The whole analysis over valid but arbitrary stories: paragraphs built
//! from words rich in what breaks text code (multi-byte dashes, curly and
//! angle quotes, no-break and zero-width spaces, combining marks, scripts
//! written right to left, emoji, digits with separators and currencies),
//! in two to four versions. Nothing may panic, every paragraph of every
//! version stands in exactly one row, and every report renders.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use parallax::ingest::{IngestOptions, load_bytes};
use parallax::pipeline::{Options, analyse};
use parallax::report::{ReportFormat, render};

const WORDS: &[&str] = &[
    "The",
    "minister",
    "said",
    "“we",
    "will",
    "not",
    "resign”",
    "Zelenskyy",
    "Zelensky",
    "al‑Sisi",
    "non‑binding",
    "26",
    "twenty-six",
    "€4.8m",
    "$1,250",
    "3.5%",
    "—",
    "–",
    "‑",
    "«Non»",
    "‘yes’",
    "\u{a0}",
    "\u{200b}",
    "Koriček",
    "e\u{301}",
    "مرحبا",
    "שלום",
    "😀",
    "Mr.",
    "Dr",
    "U.S.",
    "2025-13-45",
    "18 December",
    "tens",
    "of",
    "thousands",
    "claimed",
    "slammed",
    "\"",
    "'",
    "...",
    "…",
    "(AP)",
    "—Reuters",
    "Le",
    "Pen",
    "NATO",
    "\t",
    "5–2",
    "voted",
    "pivotal",
    "一",
    "二",
    "ﬁnance",
    "İstanbul",
    "ß",
    "Ⅻ",
    "½",
    "⁴",
];

#[derive(Debug, Arbitrary)]
struct Story {
    versions: Vec<Vec<Vec<u8>>>,
}

fuzz_target!(|story: Story| {
    let mut versions = Vec::new();
    for (i, paragraphs) in story.versions.iter().take(4).enumerate() {
        let text: Vec<String> = paragraphs
            .iter()
            .take(40)
            .map(|p| {
                p.iter()
                    .take(200)
                    .map(|&b| WORDS[b as usize % WORDS.len()])
                    .collect::<Vec<_>>()
                    .join(if p.len() % 3 == 0 { "" } else { " " })
            })
            .collect();
        let name = ["a.txt", "b.md", "c.txt", "d.md"][i];
        if let Ok(v) = load_bytes(
            text.join("\n\n").as_bytes(),
            name,
            i,
            IngestOptions::default(),
        ) {
            versions.push(v);
        }
    }
    if versions.is_empty() {
        return;
    }
    let c = analyse(versions, vec![], Options::default());
    for (vi, v) in c.versions.iter().enumerate() {
        let mut seen: Vec<usize> = c
            .alignment
            .iter()
            .flat_map(|r| r.cells[vi].iter().copied())
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..v.paragraphs.len()).collect::<Vec<_>>());
    }
    for format in [
        ReportFormat::Json,
        ReportFormat::Html,
        ReportFormat::Markdown,
    ] {
        render(&c, format).expect("a comparison always renders");
    }
});
