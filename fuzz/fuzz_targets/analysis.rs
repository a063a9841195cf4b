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

#[path = "../../tests/integration/unicode_words.rs"]
mod unicode_words;
use unicode_words::{WORDS, rows_hold_every_paragraph};

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
    rows_hold_every_paragraph(&c).expect("every paragraph stands in exactly one row");
    for format in [
        ReportFormat::Json,
        ReportFormat::Html,
        ReportFormat::Markdown,
    ] {
        render(&c, format).expect("a comparison always renders");
    }
});
