//! The one value that the GUI, the CLI and every report writer receive.

use serde::{Deserialize, Serialize};

use super::{Entity, Figure, FramingItem, Quote, Row, Version};

/// The report format name written in every JSON report.
pub const FORMAT: &str = "parallax-report/1";

/// A problem with one input that did not stop the comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Warning {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Settings the comparison was made with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Settings {
    /// Inputs taken as clean text (no boilerplate removal, no title detection).
    pub raw: bool,
    /// The version word differences are shown against.
    pub base: usize,
}

/// Everything Parallax found in a set of versions of one story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Comparison {
    /// Always `parallax-report/1` for this version of the format.
    #[schemars(extend("const" = "parallax-report/1"))]
    pub format: String,
    pub generator: String,
    pub settings: Settings,
    pub versions: Vec<Version>,
    pub alignment: Vec<Row>,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
    pub entities: Vec<Entity>,
    pub framing: Vec<FramingItem>,
    /// Which versions carry the same copy.
    #[serde(default)]
    pub provenance: crate::compare::provenance::Provenance,
    /// Sentences of different versions that state the same thing.
    #[serde(default)]
    pub links: Vec<crate::link::Link>,
    /// Inputs left out, each with its reason.
    pub warnings: Vec<Warning>,
}

impl Comparison {
    /// The generator string: program name and version.
    pub fn generator() -> String {
        format!("parallax {}", env!("CARGO_PKG_VERSION"))
    }
}
