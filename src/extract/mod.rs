//! Findings in each version: quotations with their speakers, figures,
//! entities, from the lexicons in `assets/lexicons/`.

pub mod entities;
pub mod figures;
pub mod lexicon;
pub mod names;
pub mod quotes;
pub mod speakers;
