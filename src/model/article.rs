//! One version of a story after ingestion and cleaning: its metadata, its
//! paragraphs with their sentences, and everything cleaning set aside.

use serde::{Deserialize, Serialize};

/// What a paragraph is in the article's structure.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    PartialOrd,
    Ord,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Running text of the story.
    Body,
    /// A sub-heading inside the story.
    Heading,
    /// A photo caption.
    Caption,
    /// A block quotation (a pull quote, a Markdown `>` block).
    QuoteBlock,
    /// A "By …" line naming the writer.
    Byline,
}

impl ParagraphKind {
    /// Lower-case name as written in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Body => "body",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Caption => "caption",
            ParagraphKind::QuoteBlock => "quote_block",
            ParagraphKind::Byline => "byline",
        }
    }

    /// Body-like paragraphs carry the story (body and block quotes).
    pub fn is_story_text(self) -> bool {
        matches!(self, ParagraphKind::Body | ParagraphKind::QuoteBlock)
    }
}

/// One paragraph of cleaned text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    pub text: String,
    pub sentences: Vec<String>,
}

impl Paragraph {
    /// A paragraph that is one sentence (a byline, a test fixture line).
    pub fn single(kind: ParagraphKind, text: String) -> Paragraph {
        Paragraph {
            kind,
            sentences: vec![text.clone()],
            text,
        }
    }
}

/// Why cleaning set a piece of text aside.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    PartialOrd,
    Ord,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// A repeat of a line kept elsewhere (photo captions printed several times).
    Duplicate,
    /// Menus, language pickers, section links, bullet navigation.
    Navigation,
    /// Site furniture: "Advertisement", trust notices, separators.
    Boilerplate,
    /// "Updated: …", "Published: …" and similar date lines (the date is kept as metadata).
    Timestamp,
    /// Photo or agency credits standing alone.
    Credit,
    /// "Read more: …", related and most-read links.
    Related,
    /// "Share this article", share buttons.
    Share,
    /// Newsletter sign-ups, subscription and e-mail furniture.
    Newsletter,
    /// Cookie and consent banners.
    Cookie,
    /// Copyright lines, footers.
    Footer,
    /// The headline, kept as the version's title rather than as a paragraph.
    Title,
    /// A line of markup or code with no prose in it.
    Markup,
}

impl RemovalReason {
    /// Lower-case name as written in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            RemovalReason::Duplicate => "duplicate",
            RemovalReason::Navigation => "navigation",
            RemovalReason::Boilerplate => "boilerplate",
            RemovalReason::Timestamp => "timestamp",
            RemovalReason::Credit => "credit",
            RemovalReason::Related => "related",
            RemovalReason::Share => "share",
            RemovalReason::Newsletter => "newsletter",
            RemovalReason::Cookie => "cookie",
            RemovalReason::Footer => "footer",
            RemovalReason::Title => "title",
            RemovalReason::Markup => "markup",
        }
    }
}

/// Text set aside by cleaning, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Removed {
    pub text: String,
    pub reason: RemovalReason,
}

/// The input format a file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    Text,
    Markdown,
    Html,
    Json,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Markdown => "markdown",
            SourceFormat::Html => "html",
            SourceFormat::Json => "json",
        }
    }
}

/// One outlet's version of the story, cleaned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Version {
    /// Stable id used across the report: `v0`, `v1`, …
    pub id: String,
    /// The path as the user gave it (for a page fetched from the web, its
    /// copy in the page folder).
    pub path: String,
    /// The address a fetched page came from; absent for local files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who published it (best guess; the file stem when unknown).
    pub outlet: String,
    /// The headline, if one was found.
    pub title: Option<String>,
    /// ISO 8601 publication date or date-time, if found.
    pub published: Option<String>,
    /// Writers named in a byline or in metadata.
    #[serde(default)]
    pub authors: Vec<String>,
    /// The cleaned body in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// What cleaning set aside, in reading order.
    pub removed: Vec<Removed>,
    /// How the file was read.
    pub format: SourceFormat,
    /// The character encoding the bytes were decoded from.
    pub encoding: String,
    /// SHA-256 of the file's bytes, hex, for provenance.
    pub sha256: String,
    /// Words in the kept paragraphs.
    pub word_count: usize,
    /// Who the text is credited to (dateline, credit line), else the outlet.
    #[serde(default)]
    pub credit: Option<String>,
    /// What reading this file took that the user should know (a fallback).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// How a version's note opens when it shares almost nothing with the other
/// versions (it probably tells another story).
pub const OFF_STORY_NOTE: &str = "shares almost nothing with";

impl Version {
    /// Whether the version is noted as another story ([`OFF_STORY_NOTE`]).
    /// The note travels with the version, also in saved reports.
    pub fn off_story(&self) -> bool {
        self.notes.iter().any(|n| n.starts_with(OFF_STORY_NOTE))
    }

    /// A version made from paragraphs alone (built in code rather than read
    /// from a file): empty metadata, words counted.
    pub fn from_paragraphs(path: &str, paragraphs: Vec<Paragraph>) -> Version {
        Version {
            id: String::new(),
            path: path.to_string(),
            url: None,
            outlet: String::new(),
            title: None,
            published: None,
            authors: Vec::new(),
            word_count: Version::count_words(&paragraphs),
            paragraphs,
            removed: Vec::new(),
            format: SourceFormat::Text,
            encoding: "UTF-8".to_string(),
            sha256: String::new(),
            credit: None,
            notes: Vec::new(),
        }
    }

    /// Count the words of the kept paragraphs.
    pub fn count_words(paragraphs: &[Paragraph]) -> usize {
        paragraphs
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum()
    }
}
