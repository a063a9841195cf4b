//! All integration tests, built as one test binary.

mod align;
mod cli;
mod common;
mod ingest;
mod reports;
