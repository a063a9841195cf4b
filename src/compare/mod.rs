//! Differences across versions.

pub mod figures;
pub mod framing;
pub mod provenance;
pub mod quotes;
