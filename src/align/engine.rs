//! Word-level differences, the only place that calls the `similar` diff
//! engine. Words are compared by a folded key (case, accents, curly quotes
//! and trailing punctuation ignored), so that "said," and "said" agree; each
//! run keeps its original text and trailing white space.

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp, capture_diff_slices_by_key_deadline};

use crate::model::{ChangeTag, Span};
use crate::text::fold;

/// Time allowed for one paragraph pair before the engine settles for a coarser diff.
const DEADLINE: Duration = Duration::from_millis(40);

/// A word and the white space after it.
fn words_with_space(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        match (start, c.is_whitespace()) {
            (None, false) => {
                start = Some(i);
                in_space = false;
            }
            (Some(s), false) if in_space => {
                out.push(&text[s..i]);
                start = Some(i);
                in_space = false;
            }
            (Some(_), true) => in_space = true,
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn word_key(w: &str) -> String {
    fold(w.trim())
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Differences between `base` and `other`, in reading order: `Equal` runs
/// carry `other`'s text, `Delete` runs words only `base` has, `Insert` runs
/// words only `other` has.
pub fn diff_words(base: &str, other: &str) -> Vec<Span> {
    let old = words_with_space(base);
    let new = words_with_space(other);
    let ops = capture_diff_slices_by_key_deadline(
        Algorithm::Myers,
        &old,
        &new,
        |w| word_key(w),
        Some(Instant::now() + DEADLINE),
    );
    let mut out: Vec<Span> = Vec::new();
    let mut push = |tag: ChangeTag, words: &[&str]| {
        if words.is_empty() {
            return;
        }
        let text: String = words.concat();
        match out.last_mut() {
            Some(last) if last.tag == tag => last.text.push_str(&text),
            _ => out.push(Span { tag, text }),
        }
    };
    for op in ops {
        match op {
            DiffOp::Equal { new_index, len, .. } => {
                push(ChangeTag::Equal, &new[new_index..new_index + len])
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(ChangeTag::Delete, &old[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(ChangeTag::Insert, &new[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(ChangeTag::Delete, &old[old_index..old_index + old_len]);
                push(ChangeTag::Insert, &new[new_index..new_index + new_len]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_changed_words_and_ignores_quote_style() {
        let spans = diff_words(
            "Mr Lee said “we will win”, the club said.",
            "Lee said \"we will lose\", the club said.",
        );
        let ins: Vec<&str> = spans
            .iter()
            .filter(|s| s.tag == ChangeTag::Insert)
            .map(|s| s.text.trim())
            .collect();
        let del: Vec<&str> = spans
            .iter()
            .filter(|s| s.tag == ChangeTag::Delete)
            .map(|s| s.text.trim())
            .collect();
        assert_eq!(ins, vec!["lose\","]);
        assert_eq!(del, vec!["Mr", "win”,"]);
        let rebuilt: String = spans
            .iter()
            .filter(|s| s.tag != ChangeTag::Delete)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(rebuilt, "Lee said \"we will lose\", the club said.");
    }

    #[test]
    fn identical_text_is_one_equal_run() {
        let s = diff_words("Same words here.", "Same words here.");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].tag, ChangeTag::Equal);
    }
}
