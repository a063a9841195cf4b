//! What the test fuzzer (`fuzz.rs`) and the cargo-fuzz `analysis` target
//! (`fuzz/fuzz_targets/analysis.rs`, which includes this file) share.

use parallax::model::Comparison;

/// Words rich in what breaks text code: multi-byte dashes and spaces,
/// curly and angle quotes, zero-width characters, combining marks, scripts
/// written right to left, emoji, figures with separators and currencies,
/// names in several spellings, markup characters.
pub const WORDS: &[&str] = &[
    "The",
    "minister",
    "said",
    "“we",
    "will",
    "not",
    "resign”",
    "Zelenskyy",
    "Zelensky",
    "al\u{2011}Sisi",
    "non\u{2011}binding",
    "26",
    "twenty-six",
    "€4.8m",
    "$1,250",
    "3.5%",
    "—",
    "–",
    "\u{2011}",
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
    "5–2",
    "voted",
    "pivotal",
    "一",
    "二",
    "ﬁnance",
    "İstanbul",
    "ß",
    "½",
    "<b>",
    "|",
    "`",
    "#",
    "*",
];

/// The row contract: every paragraph of every version stands in exactly one
/// row. The first version where it fails, with the paragraphs its rows hold.
pub fn rows_hold_every_paragraph(c: &Comparison) -> Result<(), String> {
    for (vi, ver) in c.versions.iter().enumerate() {
        let mut seen: Vec<usize> = c
            .alignment
            .iter()
            .flat_map(|r| r.cells[vi].iter().copied())
            .collect();
        seen.sort_unstable();
        if seen != (0..ver.paragraphs.len()).collect::<Vec<_>>() {
            return Err(format!(
                "{}: rows hold paragraphs {seen:?} of {}",
                ver.path,
                ver.paragraphs.len()
            ));
        }
    }
    Ok(())
}
