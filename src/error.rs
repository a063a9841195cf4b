//! Typed errors of the analysis library. Each error is handled once: an input
//! error becomes a warning naming the file, and the comparison goes on.

use thiserror::Error;

/// Why one input file could not be used.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum InputError {
    #[error("no such file")]
    NotFound,
    #[error("is a directory, not a file")]
    Directory,
    #[error("is not a regular file (a FIFO, device or socket); save it as a file first")]
    NotRegular,
    #[error("cannot be read: {0}")]
    Io(String),
    #[error("is empty")]
    Empty,
    #[error("is {size} bytes, over the {limit} byte limit")]
    TooLarge { size: u64, limit: u64 },
    #[error("is binary, not text ({0})")]
    Binary(String),
    #[error("is not valid JSON: {0}")]
    InvalidJson(String),
    #[error(
        "is JSON with no article text (expected a `text`, `maintext`, `content` or `raw_text` field)"
    )]
    JsonWithoutText,
    #[error("holds no article text{0}")]
    NoArticle(String),
}

/// Why no comparison could be made at all.
#[derive(Debug, Error)]
pub enum CompareError {
    #[error("no usable input: every file was left out")]
    NoUsableInput,
    #[error("no input files given")]
    NoInput,
}

/// Why a report could not be written.
#[derive(Debug, Error)]
pub enum ReportError {
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot serialise the report: {0}")]
    Serialize(String),
    #[error("unknown report format {0:?} (use json, html or md)")]
    UnknownFormat(String),
    #[error("refusing to overwrite input file {0}")]
    OverwritesInput(String),
}
