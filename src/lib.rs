//! Parallax: how different news outlets told the same story.
//!
//! The analysis library (everything but `app`) never names a GUI type:
//! `ingest` reads and cleans files, `align` lines their paragraphs up,
//! `extract` finds quotes, figures and entities, `compare` finds differences
//! across versions, and `pipeline` ties them into one [`model::Comparison`]
//! that the CLI, the GUI and every `report` writer receive.

pub mod align;
pub mod cli;
pub mod compare;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod link;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod text;

#[cfg(feature = "gui")]
pub mod app;
