//! Word-level differences of a row's paragraphs against a base version, for
//! the GUI and the reports.

use crate::model::{Comparison, Span};

/// The text of version `v`'s paragraphs in row `r`, joined.
pub fn cell_text(c: &Comparison, r: usize, v: usize) -> String {
    c.alignment[r].cells[v]
        .iter()
        .filter_map(|&p| c.versions[v].paragraphs.get(p))
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Differences of version `v` against `base` in row `r`. `None` when either
/// has nothing in the row (nothing to compare) or `v` is the base.
pub fn row_diff(c: &Comparison, r: usize, v: usize, base: usize) -> Option<Vec<Span>> {
    if v == base {
        return None;
    }
    let row = c.alignment.get(r)?;
    if row.cells.get(v)?.is_empty() || row.cells.get(base)?.is_empty() {
        return None;
    }
    Some(super::engine::diff_words(
        &cell_text(c, r, base),
        &cell_text(c, r, v),
    ))
}
