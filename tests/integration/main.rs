//! All integration tests, built as one test binary.

mod align;
mod cli;
mod clutter;
mod common;
mod extract;
mod framing;
mod fuzz;
#[cfg(feature = "gui")]
mod gui;
mod hostile;
mod ingest;
mod links;
mod reports;
mod schema;
mod unicode_words;
mod web;
