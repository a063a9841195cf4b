//! A mutation fuzzer over the bundled sample's files: bytes flipped,
//! inserted and deleted, chunks repeated many times (the shape of the inputs
//! that were slow before: a short quotation repeated thousands of times),
//! tags opened and never closed, encodings broken. Every mutant is read as
//! the file it came from and compared with an intact version; nothing may
//! panic, and a file that cannot be read must say why.
//!
//! The test run tries a few dozen mutants. For a longer run:
//! `PROPTEST_CASES=5000 cargo test --release --test integration fuzz`.

use parallax::ingest::{IngestOptions, load_bytes};
use parallax::pipeline::{Options, analyse};
use proptest::prelude::*;

use crate::common::sample_paths;
use crate::unicode_words::{WORDS, rows_hold_every_paragraph};

/// One change to a file's bytes; positions are fractions of its length.
#[derive(Debug, Clone)]
enum Mutation {
    Flip(f64, u8),
    Insert(f64, Vec<u8>),
    Delete(f64, f64),
    Repeat(f64, usize, usize),
    Unclosed(f64, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0f64, any::<u8>()).prop_map(|(at, b)| Mutation::Flip(at, b)),
        (0.0..1.0f64, prop::collection::vec(any::<u8>(), 1..64))
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        (0.0..1.0f64, 0.0..0.3f64).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (0.0..1.0f64, 1usize..40, 2usize..3000)
            .prop_map(|(at, len, times)| Mutation::Repeat(at, len, times)),
        (0.0..1.0f64, 1usize..3000).prop_map(|(at, depth)| Mutation::Unclosed(at, depth)),
    ]
}

/// The seed corpus: the bundled sample story and every ingest fixture.
fn seeds() -> Vec<std::path::PathBuf> {
    let dir = crate::common::root().join("tests/fixtures/ingest");
    let mut v: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| !p.ends_with("README.md"))
        .collect();
    v.sort();
    let mut all = sample_paths();
    all.extend(v);
    all
}

fn paragraph() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(0usize..WORDS.len(), 1..60),
        any::<bool>(),
    )
        .prop_map(|(ws, glue)| {
            ws.iter()
                .map(|&w| WORDS[w])
                .collect::<Vec<_>>()
                .join(if glue { "" } else { " " })
        })
}

fn place(bytes: &[u8], at: f64) -> usize {
    ((bytes.len() as f64 * at) as usize).min(bytes.len())
}

fn apply(mut bytes: Vec<u8>, m: &Mutation) -> Vec<u8> {
    match m {
        Mutation::Flip(at, b) => {
            if !bytes.is_empty() {
                let i = place(&bytes, *at).min(bytes.len() - 1);
                bytes[i] ^= b | 1;
            }
        }
        Mutation::Insert(at, more) => {
            let i = place(&bytes, *at);
            bytes.splice(i..i, more.iter().copied());
        }
        Mutation::Delete(at, len) => {
            let i = place(&bytes, *at);
            let n = ((bytes.len() as f64 * len) as usize).min(bytes.len() - i);
            bytes.drain(i..i + n);
        }
        Mutation::Repeat(at, len, times) => {
            let i = place(&bytes, *at);
            let end = (i + len).min(bytes.len());
            let chunk = bytes[i..end].to_vec();
            let more: Vec<u8> = chunk
                .iter()
                .copied()
                .cycle()
                .take(chunk.len() * times)
                .collect();
            bytes.splice(end..end, more);
        }
        Mutation::Unclosed(at, depth) => {
            let i = place(&bytes, *at);
            let tags = "<div><span><x-a>".repeat(*depth / 3 + 1);
            bytes.splice(i..i, tags.bytes());
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        // A failing mutant is shown as found; shrinking it would re-run the
        // whole comparison hundreds of times.
        max_shrink_iters: 16,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_sample_files_never_panic(
        file in 0usize..64,
        declared in 0usize..5,
        mutations in prop::collection::vec(mutation(), 1..5),
    ) {
        let paths = seeds();
        let path = &paths[file % paths.len()];
        let original = std::fs::read(path).unwrap();
        let bytes = mutations.iter().fold(original, apply);
        // Bytes read as any format: the name it came with, or another kind's.
        let name = match declared {
            0 => path.to_string_lossy().to_string(),
            k => format!("mutant.{}", ["html", "txt", "md", "json"][k - 1]),
        };
        let paths = sample_paths();
        match load_bytes(&bytes, &name, 0, IngestOptions::default()) {
            Ok(v) => {
                let intact = load_bytes(
                    &std::fs::read(&paths[(file + 1) % paths.len()]).unwrap(),
                    "intact.txt",
                    1,
                    IngestOptions::default(),
                )
                .unwrap();
                let c = analyse(vec![v, intact], vec![], Options::default());
                // The row contract holds on whatever was read.
                prop_assert_eq!(rows_hold_every_paragraph(&c), Ok(()));
                // Whatever was read, the report follows the published schema
                // and reads back as a saved comparison.
                let json = parallax::report::render(&c, parallax::report::ReportFormat::Json).unwrap();
                crate::common::validate_report(&serde_json::from_slice(&json).unwrap());
                prop_assert!(parallax::report::saved::parse(&json).is_ok());
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    /// The whole analysis over valid but arbitrary stories of Unicode-rich
    /// paragraphs, two to four versions: nothing panics, every paragraph
    /// stands in exactly one row, every report renders.
    #[test]
    fn unicode_rich_stories_never_panic(
        stories in prop::collection::vec(prop::collection::vec(paragraph(), 1..12), 2..5),
    ) {
        let mut versions = Vec::new();
        for (i, paragraphs) in stories.iter().enumerate() {
            let name = ["a.txt", "b.md", "c.txt", "d.md"][i % 4];
            if let Ok(v) = load_bytes(paragraphs.join("\n\n").as_bytes(), name, i, IngestOptions::default()) {
                versions.push(v);
            }
        }
        if !versions.is_empty() {
            let c = analyse(versions, vec![], Options::default());
            prop_assert_eq!(rows_hold_every_paragraph(&c), Ok(()));
            for format in [
                parallax::report::ReportFormat::Json,
                parallax::report::ReportFormat::Html,
                parallax::report::ReportFormat::Markdown,
            ] {
                prop_assert!(parallax::report::render(&c, format).is_ok());
            }
        }
    }
}
