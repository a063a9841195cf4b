//! Differences across versions.

pub mod figures;
pub mod framing;
pub mod quotes;
