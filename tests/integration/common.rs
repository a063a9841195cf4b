//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use parallax::ingest::{self, IngestOptions};
use parallax::model::{Comparison, Version};
use parallax::pipeline::{self, Options};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// The bundled sample story's files, in a fixed order.
pub fn sample_paths() -> Vec<PathBuf> {
    let dir = root().join("assets/sample");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("sample folder")
        .map(|e| e.expect("entry").path())
        .collect();
    v.sort();
    v
}

pub fn load(path: &Path) -> Version {
    ingest::load_file(path, 0, IngestOptions::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn sample() -> Comparison {
    pipeline::compare_paths(&sample_paths(), Options::default()).expect("sample compares")
}

/// A readable rendering of a cleaned version for snapshots.
pub fn render_version(v: &Version) -> String {
    let mut s = format!(
        "outlet: {}\ntitle: {}\npublished: {}\nauthors: {}\nencoding: {}\nformat: {}\n\n",
        v.outlet,
        v.title.as_deref().unwrap_or("-"),
        v.published.as_deref().unwrap_or("-"),
        v.authors.join("; "),
        v.encoding,
        v.format.as_str()
    );
    for p in &v.paragraphs {
        s.push_str(&format!("[{}] {}\n", p.kind.as_str(), p.text));
        if p.sentences.len() > 1 {
            for (i, sent) in p.sentences.iter().enumerate() {
                s.push_str(&format!("    {}. {}\n", i + 1, sent));
            }
        }
    }
    s.push_str("\nremoved:\n");
    for r in &v.removed {
        s.push_str(&format!("  ({}) {}\n", r.reason.as_str(), r.text));
    }
    s
}
