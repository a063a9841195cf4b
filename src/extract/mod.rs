//! Findings in each version: quotes, figures, entities.

pub mod entities;
pub mod figures;
pub mod quotes;
