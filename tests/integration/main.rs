//! All integration tests, built as one test binary.

mod align;
mod cli;
mod common;
mod extract;
#[cfg(feature = "gui")]
mod gui;
mod ingest;
mod reports;
