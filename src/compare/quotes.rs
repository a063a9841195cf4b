//! The same utterance across versions: quotations are grouped by the words
//! they share (a trimmed quotation is contained in the fuller one; a
//! reworded one shares most of its words), at most one per version in a
//! group, and each is marked against the group's fullest form: `exact`,
//! `partial` (a trimmed part) or `altered` (words changed).

use std::collections::{BTreeMap, HashSet};

use crate::align::engine::diff_words;
use crate::model::{ChangeTag, Fidelity, Quote, Row, Version};
use crate::text::fold;

/// Folded words of a quotation, punctuation dropped.
pub fn quote_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// How likely two quotations are the same utterance, 0 to 1.
pub fn same_utterance(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let sa: HashSet<&String> = a.iter().collect();
    let sb: HashSet<&String> = b.iter().collect();
    let common = sa.intersection(&sb).count() as f64;
    let small = sa.len().min(sb.len()) as f64;
    let containment = common / small;
    // A very short quotation must appear as a run in the other.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() <= 4 {
        let run = long.windows(short.len()).any(|w| w == short);
        return if run { 0.9 } else { containment * 0.5 };
    }
    containment
}

/// Is `part` a trimmed piece of `full`: its words in order, allowing gaps
/// (an ellipsis)?
fn is_part(part: &[String], full: &[String]) -> bool {
    let mut it = full.iter();
    part.iter().all(|w| it.any(|f| f == w))
}

/// Group quotations across versions and set their fidelity.
pub fn group(quotes: &mut [Quote], _versions: &[Version], _rows: &[Row]) {
    let words: Vec<Vec<String>> = quotes.iter().map(|q| quote_words(&q.text)).collect();
    // Union-find over pairs, best first, one quotation per version in a group.
    let n = quotes.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    fn find(p: &mut Vec<usize>, i: usize) -> usize {
        let mut r = i;
        while p[r] != r {
            r = p[r];
        }
        let mut c = i;
        while p[c] != r {
            let next = p[c];
            p[c] = r;
            c = next;
        }
        r
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            if quotes[i].version == quotes[j].version {
                continue;
            }
            let mut s = same_utterance(&words[i], &words[j]);
            // A different named speaker makes a match less likely, not impossible.
            if let (Some(a), Some(b)) = (&quotes[i].speaker, &quotes[j].speaker)
                && a != b
            {
                s -= 0.15;
            }
            if s >= 0.6 {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in pairs {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri == rj {
            continue;
        }
        let vi: HashSet<usize> = members[ri].iter().map(|&m| quotes[m].version).collect();
        if members[rj].iter().any(|&m| vi.contains(&quotes[m].version)) {
            continue;
        }
        parent[rj] = ri;
        let moved = std::mem::take(&mut members[rj]);
        members[ri].extend(moved);
    }
    // Number groups in order of first appearance.
    let mut group_of: BTreeMap<usize, usize> = BTreeMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        let next = group_of.len();
        let g = *group_of.entry(r).or_insert(next);
        quotes[i].group = g;
    }
    // Fidelity against the group's fullest form.
    let mut by_group: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, q) in quotes.iter().enumerate() {
        by_group.entry(q.group).or_default().push(i);
    }
    for idx in by_group.values() {
        let full = *idx
            .iter()
            .max_by_key(|&&i| (words[i].len(), std::cmp::Reverse(i)))
            .expect("group has members");
        for &i in idx {
            let (fid, changed) = if words[i] == words[full] {
                (Fidelity::Exact, Vec::new())
            } else if is_part(&words[i], &words[full]) {
                (Fidelity::Partial, Vec::new())
            } else {
                let changed: Vec<String> = diff_words(&quotes[full].text, &quotes[i].text)
                    .into_iter()
                    .filter(|s| s.tag == ChangeTag::Insert)
                    .flat_map(|s| {
                        s.text
                            .split_whitespace()
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    })
                    .collect();
                (Fidelity::Altered, changed)
            };
            quotes[i].fidelity = fid;
            quotes[i].changed_words = changed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(v: usize, text: &str) -> Quote {
        Quote {
            version: v,
            paragraph: 0,
            text: text.into(),
            speaker: None,
            cue: None,
            group: 0,
            fidelity: Fidelity::Exact,
            start: 0,
            end: text.len(),
            changed_words: vec![],
            attribution: crate::model::Attribution::Named,
        }
    }

    #[test]
    fn trimmed_and_reworded_share_a_group() {
        let mut qs = vec![
            q(
                0,
                "We are not on a pre-set path. Each decision will be taken meeting by meeting, guided by the data",
            ),
            q(1, "not on a pre-set path"),
            q(
                2,
                "We are not on a predetermined path; every decision will be made meeting by meeting and guided by the data",
            ),
            q(2, "It is not much, but it is the first time"),
        ];
        group(&mut qs, &[], &[]);
        assert_eq!(qs[0].group, qs[1].group);
        assert_eq!(qs[0].group, qs[2].group);
        assert_ne!(qs[0].group, qs[3].group);
        assert_eq!(qs[1].fidelity, Fidelity::Partial);
        assert_eq!(qs[0].fidelity, Fidelity::Exact); // the fullest form (first on a tie)
        assert_eq!(qs[2].fidelity, Fidelity::Altered);
        assert!(
            qs[2]
                .changed_words
                .iter()
                .any(|w| w.contains("predetermined"))
        );
    }
}
