//! Paragraph alignment across versions.

use crate::model::{Row, RowStatus, Version};

/// The most complete version: the one with the most words.
pub fn default_base(versions: &[Version]) -> usize {
    versions
        .iter()
        .enumerate()
        .max_by_key(|(i, v)| (v.word_count, std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i)
}

/// Rows of the side-by-side view.
pub fn align(versions: &[Version]) -> Vec<Row> {
    let n = versions.len();
    let mut rows = Vec::new();
    for (v, ver) in versions.iter().enumerate() {
        for p in 0..ver.paragraphs.len() {
            let mut cells = vec![Vec::new(); n];
            cells[v].push(p);
            rows.push(Row { cells, status: RowStatus::Unique, similarity: 1.0, moved: Vec::new() });
        }
    }
    rows
}
