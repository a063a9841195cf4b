//! Rows of the side-by-side view: which paragraphs of each version tell the
//! same thing, and the word-level differences inside a row.

use serde::{Deserialize, Serialize};

/// How the paragraphs of a row relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    /// Every version present in the row says it in the same words.
    Identical,
    /// Several versions carry it, in different words.
    Changed,
    /// Only one version carries it.
    Unique,
}

impl RowStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RowStatus::Identical => "identical",
            RowStatus::Changed => "changed",
            RowStatus::Unique => "unique",
        }
    }
}

/// One row: per version (in version order) the paragraph indices it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Row {
    pub cells: Vec<Vec<usize>>,
    pub status: RowStatus,
    /// How alike the row's paragraphs are, 0 to 1.
    pub similarity: f64,
    /// Versions whose paragraphs here stand out of their own reading order.
    pub moved: Vec<usize>,
}

impl Row {
    /// Number of versions with at least one paragraph in this row.
    pub fn present(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }
}

/// What happened to a word run, seen from the base version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeTag {
    Equal,
    /// Words this version has and the base lacks.
    Insert,
    /// Words the base has and this version lacks.
    Delete,
}

/// A run of text with one tag; `text` includes its trailing white space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Span {
    pub tag: ChangeTag,
    pub text: String,
}
