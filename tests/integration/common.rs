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

/// The committed JSON Schema of the report.
pub fn committed_schema() -> serde_json::Value {
    let path = root().join("schema/parallax-report-1.schema.json");
    serde_json::from_slice(&std::fs::read(&path).expect("committed schema")).expect("schema JSON")
}

/// Check a report against the committed schema; panics with every error.
pub fn validate_report(report: &serde_json::Value) {
    use std::sync::OnceLock;
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    let v = VALIDATOR.get_or_init(|| {
        jsonschema::validator_for(&committed_schema()).expect("the committed schema compiles")
    });
    let errors: Vec<String> = v
        .iter_errors(report)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "report does not match the schema:\n{}",
        errors.join("\n")
    );
}

/// Check a report written to a file against the committed schema.
pub fn validate_report_file(path: &Path) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("report JSON");
    validate_report(&value);
}

/// The figure of version `v` with this value.
pub fn figure(c: &Comparison, v: usize, value: f64) -> &parallax::model::Figure {
    c.figures
        .iter()
        .find(|f| f.version == v && f.value.as_number() == Some(value))
        .unwrap_or_else(|| panic!("{value} in v{v}: {:?}", c.figures))
}

/// Asserts that two figures, each by its version and value, are in one
/// group (one fact).
pub fn assert_same_group(c: &Comparison, (va, a): (usize, f64), (vb, b): (usize, f64)) {
    assert_eq!(
        figure(c, va, a).group,
        figure(c, vb, b).group,
        "{:?}",
        c.figures
    );
}

/// The ids of the entities that have `variant` among their forms.
pub fn holders<'a>(c: &'a Comparison, variant: &str) -> Vec<&'a str> {
    c.entities
        .iter()
        .filter(|e| e.variants.iter().any(|v| v == variant))
        .map(|e| e.id.as_str())
        .collect()
}
