//! Entities.
use crate::model::{Entity, Version};
pub fn extract(_versions: &[Version]) -> Vec<Entity> {
    Vec::new()
}
