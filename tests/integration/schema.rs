//! The published JSON Schema: the committed file is the one generated from
//! the model types, and what Parallax writes follows it.

use crate::common::{committed_schema, fixture, root, sample, validate_report};
use parallax::pipeline::{self, Options};
use parallax::report::{self, ReportFormat};

#[test]
fn committed_schema_is_the_generated_one() {
    let generated = report::schema::render();
    let committed =
        std::fs::read_to_string(root().join("schema/parallax-report-1.schema.json")).unwrap();
    assert!(
        generated == committed,
        "schema/parallax-report-1.schema.json is stale: run `cargo run -- schema > schema/parallax-report-1.schema.json`"
    );
}

#[test]
fn reports_follow_the_schema_and_read_back_unchanged() {
    let mut comparisons = vec![sample()];
    // One version alone, and text read as raw.
    comparisons
        .push(pipeline::compare_paths(&[fixture("ingest/menus.txt")], Options::default()).unwrap());
    comparisons.push(
        pipeline::compare_paths(
            &[
                fixture("ingest/menus.txt"),
                fixture("ingest/wire_wrapped.txt"),
            ],
            Options {
                raw: true,
                base: None,
            },
        )
        .unwrap(),
    );
    for c in comparisons {
        let json = report::render(&c, ReportFormat::Json).unwrap();
        validate_report(&serde_json::from_slice(&json).unwrap());
        let back = report::saved::parse(&json).expect("reads back");
        assert_eq!(back, c);
    }
}

#[test]
fn the_schema_rejects_what_breaks_the_contract() {
    let c = sample();
    let mut v: serde_json::Value =
        serde_json::from_slice(&report::render(&c, ReportFormat::Json).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&committed_schema()).unwrap();
    assert!(validator.is_valid(&v));
    v["alignment"][0]["status"] = "different".into();
    assert!(!validator.is_valid(&v));
    v["alignment"][0]["status"] = "changed".into();
    v["versions"][0]
        .as_object_mut()
        .unwrap()
        .remove("paragraphs");
    assert!(!validator.is_valid(&v));
    let mut v2: serde_json::Value =
        serde_json::from_slice(&report::render(&c, ReportFormat::Json).unwrap()).unwrap();
    v2["format"] = "parallax-report/2".into();
    assert!(!validator.is_valid(&v2));
}
