//! The JSON Schema of `parallax-report/1`, generated from the model types
//! with schemars, so that it cannot drift from what the writer emits. The
//! committed copy is `schema/parallax-report-1.schema.json`; a test checks
//! that it equals this one and that reports validate against it.

use crate::model::{Comparison, FORMAT};

/// Where the schema is published (its `$id`).
pub const SCHEMA_ID: &str = "https://parallax.invalid/schema/parallax-report-1.schema.json";

/// The schema as a JSON value.
pub fn schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Comparison);
    schema.insert("$id".into(), SCHEMA_ID.into());
    schema.insert(
        "title".into(),
        format!("Parallax comparison report ({FORMAT})").into(),
    );
    schema.insert(
        "description".into(),
        "How different news outlets told the same story: versions with their cleaned \
         paragraphs and what cleaning removed, alignment rows, quotes, figures, entities, \
         framing, provenance and sentence links. Every index is 0-based; offsets are bytes \
         of the paragraph's UTF-8 text."
            .into(),
    );
    schema.to_value()
}

/// The schema as committed: pretty JSON with a final new line.
pub fn render() -> String {
    let mut s = serde_json::to_string_pretty(&schema()).expect("a schema serialises");
    s.push('\n');
    s
}
