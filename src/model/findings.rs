//! What extraction finds in each version (quotes, figures, entities) and
//! what comparison finds across versions (framing).

use serde::{Deserialize, Serialize};

/// How a quotation compares with the reference form of the same utterance
/// (the wording most versions agree on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Fidelity {
    /// The same words.
    Exact,
    /// A trimmed part of the reference form.
    Partial,
    /// Words changed.
    Altered,
}

impl Fidelity {
    pub fn as_str(self) -> &'static str {
        match self {
            Fidelity::Exact => "exact",
            Fidelity::Partial => "partial",
            Fidelity::Altered => "altered",
        }
    }
}

/// How a quotation's speaker was found.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// A name next to the verb of saying, or "according to" a name.
    Named,
    /// A pronoun ("he said") resolved to the person last written about.
    Pronoun,
    /// A role ("the Ukrainian leader added") resolved to a person.
    Role,
    /// The quotation continues the one before it.
    Continued,
    /// No verb of saying: the subject of the sentence holding the quotation.
    Subject,
    /// A verb of saying with nobody named ("officials said").
    Unnamed,
    /// Nothing in the text says who spoke.
    #[default]
    None,
}

/// One direct quotation in one version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Quote {
    pub version: usize,
    pub paragraph: usize,
    /// The words inside the quotation marks.
    pub text: String,
    /// Entity id of the speaker, or null.
    pub speaker: Option<String>,
    /// Attribution verb as written.
    pub cue: Option<String>,
    /// How the speaker was found.
    #[serde(default)]
    pub attribution: Attribution,
    /// Same utterance across versions shares a group.
    pub group: usize,
    pub fidelity: Fidelity,
    /// Byte offsets of the quoted words in the paragraph text.
    pub start: usize,
    pub end: usize,
    /// Words this quote has in place of the group's reference form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed_words: Vec<String>,
}

/// A figure's value: a number, or an ISO date for calendar dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum FigureValue {
    #[serde(serialize_with = "serialize_number")]
    Number(f64),
    Date(String),
}

impl FigureValue {
    pub fn as_number(&self) -> Option<f64> {
        match self {
            FigureValue::Number(n) => Some(*n),
            FigureValue::Date(_) => None,
        }
    }
}

/// Whole numbers are written without a fraction (26, not 26.0).
fn serialize_number<S: serde::Serializer>(n: &f64, s: S) -> Result<S::Ok, S::Error> {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        s.serialize_i64(*n as i64)
    } else {
        s.serialize_f64(*n)
    }
}

/// One number that carries information, in one version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Figure {
    pub version: usize,
    pub paragraph: usize,
    /// As written ("twenty-six", "$4.2bn").
    pub text: String,
    pub value: FigureValue,
    /// What is counted or measured.
    pub unit: Option<String>,
    pub group: usize,
    pub discrepancy: bool,
    /// Byte offsets of `text` in the paragraph.
    pub start: usize,
    pub end: usize,
    /// The value in a canonical unit, for comparing across versions
    /// (25 basis points and 0.25 percentage points both give 0.25).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized: Option<f64>,
    /// How the text qualifies the value, as written before it: an
    /// approximation or a bound ("about", "more than", "at least") or a
    /// change over time ("rose to"); absent when the value stands alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

/// What an entity is.
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
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// One mention of an entity; byte offsets into the paragraph's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Mention {
    pub version: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A person, organization or place, merged across all versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub variants: Vec<String>,
    pub mentions: Vec<Mention>,
}

impl Entity {
    /// Mentions per version, for `n` versions.
    pub fn counts(&self, n: usize) -> Vec<usize> {
        let mut out = vec![0; n];
        for m in &self.mentions {
            if let Some(c) = out.get_mut(m.version) {
                *c += 1;
            }
        }
        out
    }
}

/// The kinds of framing difference.
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
pub enum FramingKind {
    Headline,
    Lede,
    AttributionVerb,
    LoadedTerm,
    Omission,
    Prominence,
    SourceBalance,
    Misattribution,
    QuoteMerge,
}

impl FramingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FramingKind::Headline => "headline",
            FramingKind::Lede => "lede",
            FramingKind::AttributionVerb => "attribution_verb",
            FramingKind::LoadedTerm => "loaded_term",
            FramingKind::Omission => "omission",
            FramingKind::Prominence => "prominence",
            FramingKind::SourceBalance => "source_balance",
            FramingKind::Misattribution => "misattribution",
            FramingKind::QuoteMerge => "quote_merge",
        }
    }

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            FramingKind::Headline => "Headline",
            FramingKind::Lede => "Lede",
            FramingKind::AttributionVerb => "Attribution verb",
            FramingKind::LoadedTerm => "Loaded term",
            FramingKind::Omission => "Omission",
            FramingKind::Prominence => "Prominence",
            FramingKind::SourceBalance => "Source balance",
            FramingKind::Misattribution => "Misattribution",
            FramingKind::QuoteMerge => "Quote merge",
        }
    }
}

/// Where in the text a finding's evidence sits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Evidence {
    pub version: usize,
    pub paragraph: usize,
    pub text: String,
}

/// A difference in how versions frame the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FramingItem {
    pub kind: FramingKind,
    pub versions: Vec<usize>,
    pub terms: Vec<String>,
    pub detail: String,
    /// How much a reader should care, 0 to 1 (items are sorted by it).
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// How many of `terms`, from the first, lead: what a reader is shown
    /// (a headline's angles, a loaded word's forms); the terms past these
    /// are the wording around them, for search and scripts. 0: all lead.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lead_terms: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl FramingItem {
    /// The terms a reader is shown: the leading ones of an item that says
    /// how many lead, else each term that is not a part of a longer one
    /// ("toll climbs" inside "death toll climbs"), in order.
    pub fn shown_terms(&self) -> Vec<&str> {
        if self.lead_terms > 0 {
            return self
                .terms
                .iter()
                .take(self.lead_terms)
                .map(String::as_str)
                .collect();
        }
        let inside = |short: &str, long: &str| {
            short.len() < long.len()
                && long.match_indices(short).any(|(at, _)| {
                    let before = long[..at].chars().next_back();
                    let after = long[at + short.len()..].chars().next();
                    before.is_none_or(|c| !c.is_alphanumeric())
                        && after.is_none_or(|c| !c.is_alphanumeric())
                })
        };
        self.terms
            .iter()
            .filter(|t| !self.terms.iter().any(|l| inside(t, l)))
            .map(String::as_str)
            .collect()
    }
}
