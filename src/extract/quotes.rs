//! Quotes.
use crate::model::{Entity, Quote, Version};
pub fn extract(_versions: &[Version], _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
