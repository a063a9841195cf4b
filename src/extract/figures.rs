//! Figures.
use crate::model::{Figure, Version};
pub fn extract(_versions: &[Version]) -> Vec<Figure> {
    Vec::new()
}
