//! Serde types shared by every stage and every output: versions and their
//! paragraphs, alignment rows, findings and the comparison itself.

mod alignment;
mod article;
mod comparison;
mod findings;

pub use alignment::{ChangeTag, Row, RowStatus, Span};
pub use article::{
    OFF_STORY_NOTE, Paragraph, ParagraphKind, RemovalReason, Removed, SourceFormat, Version,
};
pub use comparison::{Comparison, FORMAT, Settings, Warning};
pub use findings::{
    Attribution, Entity, EntityKind, Evidence, Fidelity, Figure, FigureValue, FramingItem,
    FramingKind, Mention, Quote,
};
