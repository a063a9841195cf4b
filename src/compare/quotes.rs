//! The same utterance across versions: quotations are grouped by the words
//! they share (a trimmed quotation is contained in the fuller one; a
//! reworded one shares most of its words), at most one per version in a
//! group, and each is marked against the group's reference form (the
//! wording most versions agree on): `exact`, `partial` (a trimmed part) or
//! `altered` (words changed).

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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

/// A quotation's words, in order and as a set.
#[derive(Debug, Clone)]
pub struct QuoteWords {
    pub words: Vec<String>,
    pub set: HashSet<String>,
}

impl QuoteWords {
    pub fn new(text: &str) -> Self {
        let words = quote_words(text);
        let set = words.iter().cloned().collect();
        QuoteWords { words, set }
    }
}

/// Quotations beyond which a word is too common to pair them.
const COMMON_IN_QUOTES: usize = 256;

/// Pairs of quotations (i < j) that share a content word: the only ones
/// that can be the same utterance. An inverted index keeps this near-linear.
pub fn candidate_pairs(words: &[QuoteWords]) -> Vec<(usize, usize)> {
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, q) in words.iter().enumerate() {
        for w in &q.set {
            if !crate::text::is_stop(w) {
                postings.entry(w.as_str()).or_default().push(i);
            }
        }
    }
    let mut out: HashSet<(usize, usize)> = HashSet::default();
    // A word in hundreds of quotations is no evidence that two of them are
    // one utterance (and pairing all of them is quadratic work): such words
    // seed no pairs; the quotations still meet on their rarer words.
    for list in postings.values().filter(|l| l.len() <= COMMON_IN_QUOTES) {
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                out.insert((i.min(j), i.max(j)));
            }
        }
    }
    let mut v: Vec<(usize, usize)> = out.into_iter().collect();
    v.sort_unstable();
    v
}

/// How likely two quotations are the same utterance, 0 to 1.
pub fn same_utterance(qa: &QuoteWords, qb: &QuoteWords) -> f64 {
    let (a, b) = (&qa.words, &qb.words);
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (ss, sl) = if qa.set.len() <= qb.set.len() {
        (&qa.set, &qb.set)
    } else {
        (&qb.set, &qa.set)
    };
    let common = ss.iter().filter(|w| sl.contains(*w)).count() as f64;
    let small = ss.len() as f64;
    let containment = common / small;
    // A very short quotation must appear as a run in the other.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() <= 4 {
        let run = long.windows(short.len()).any(|w| w == short);
        return if run { 0.9 } else { containment * 0.5 };
    }
    containment
}

/// Quotation marks, straight and curly, single and double.
const MARKS: [char; 6] = ['\'', '"', '‘', '’', '“', '”'];

/// Whether `short` stands inside quotation marks of its own within `long`:
/// a speaker quoting someone else's words ("The prosecutor called my client
/// ‘the architect of the scheme’ …"), not the same utterance as the
/// quotation of those words by their author.
pub(crate) fn quoted_inside(short: &str, long: &str) -> bool {
    let needle = short
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() || "‘’“”".contains(c))
        .trim();
    if needle.is_empty() || needle.len() >= long.len() {
        return false;
    }
    let Some(at) = long.find(needle) else {
        return false;
    };
    let marks = |c: char| MARKS.contains(&c);
    let before = long[..at].trim_end().chars().next_back();
    let after = long[at + needle.len()..]
        .trim_start_matches(['.', ','])
        .chars()
        .next();
    before.is_some_and(marks) && after.is_some_and(marks)
}

/// Is `part` a trimmed piece of `full`: its words in order, allowing gaps
/// (an ellipsis)?
pub(crate) fn is_part(part: &[String], full: &[String]) -> bool {
    let mut it = full.iter();
    part.iter().all(|w| it.any(|f| f == w))
}

/// Whether two groups about to merge hold, for each version in both, only
/// separate pieces (different words, neither a part of the other) that are
/// all trimmed parts of one quotation of the merged group from another
/// version: a remark one version quotes whole and another quotes in pieces.
fn pieces_of_one(quotes: &[Quote], words: &[&Vec<String>], a: &[usize], b: &[usize]) -> bool {
    let all: Vec<usize> = a.iter().chain(b).copied().collect();
    let shared: BTreeSet<usize> = a
        .iter()
        .map(|&i| quotes[i].version)
        .filter(|v| b.iter().any(|&j| quotes[j].version == *v))
        .collect();
    shared.iter().all(|&v| {
        let pieces: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| quotes[i].version == v)
            .collect();
        let separate = pieces.iter().enumerate().all(|(k, &i)| {
            pieces[k + 1..].iter().all(|&j| {
                !is_part(words[i], words[j])
                    && !is_part(words[j], words[i])
                    && (quotes[i].paragraph, quotes[i].start)
                        != (quotes[j].paragraph, quotes[j].start)
            })
        });
        separate
            && all.iter().any(|&w| {
                quotes[w].version != v
                    && pieces
                        .iter()
                        .all(|&i| words[i].len() < words[w].len() && is_part(words[i], words[w]))
            })
    })
}

/// Group quotations across versions and set their fidelity.
pub fn group(quotes: &mut [Quote], _versions: &[Version], _rows: &[Row]) {
    let qw: Vec<QuoteWords> = quotes.iter().map(|q| QuoteWords::new(&q.text)).collect();
    let words: Vec<&Vec<String>> = qw.iter().map(|q| &q.words).collect();
    // Union-find over pairs, best first, one quotation per version in a group.
    let n = quotes.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    // Quotations that hold quotation marks of their own, found once.
    let marked: Vec<bool> = quotes.iter().map(|q| q.text.contains(MARKS)).collect();
    for (i, j) in candidate_pairs(&qw) {
        {
            if quotes[i].version == quotes[j].version
                || (marked[j] && quoted_inside(&quotes[i].text, &quotes[j].text))
                || (marked[i] && quoted_inside(&quotes[j].text, &quotes[i].text))
            {
                continue;
            }
            let mut s = same_utterance(&qw[i], &qw[j]);
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
    // Versions present in each group, as bit sets.
    let n_versions = quotes.iter().map(|q| q.version + 1).max().unwrap_or(0);
    let words_per = n_versions.div_ceil(64);
    let mut versions_of: Vec<Vec<u64>> = quotes
        .iter()
        .map(|q| {
            let mut bits = vec![0u64; words_per];
            bits[q.version / 64] |= 1 << (q.version % 64);
            bits
        })
        .collect();
    for (_, i, j) in pairs {
        let (ri, rj) = (super::root(&mut parent, i), super::root(&mut parent, j));
        if ri == rj {
            continue;
        }
        // At most one quotation per version in a group, unless a version
        // quotes in pieces what another quotes whole ("… to happen," he
        // said. "We told …"): every piece of that version, old and new, a
        // trimmed part of one quotation of the group from another version.
        if versions_of[ri]
            .iter()
            .zip(&versions_of[rj])
            .any(|(a, b)| a & b != 0)
            && !(
                // (Only a piece meeting its whole can open such a group;
                // checked first, as most conflicts are repeats.)
                words[i].len() != words[j].len()
                    && (is_part(words[i], words[j]) || is_part(words[j], words[i]))
                    && pieces_of_one(quotes, &words, &members[ri], &members[rj])
            )
        {
            continue;
        }
        parent[rj] = ri;
        let moved = std::mem::take(&mut members[rj]);
        members[ri].extend(moved);
        let other = std::mem::take(&mut versions_of[rj]);
        for (a, b) in versions_of[ri].iter_mut().zip(other) {
            *a |= b;
        }
    }
    // Number groups in order of first appearance.
    let mut group_of: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, q) in quotes.iter_mut().enumerate() {
        let r = super::root(&mut parent, i);
        let next = group_of.len();
        let g = *group_of.entry(r).or_insert(next);
        q.group = g;
    }
    // Fidelity against the group's reference form: the wording most
    // versions agree on. A form is backed by each version whose quotation is
    // the same words or a trimmed part of it (a fragment backs every form it
    // occurs in, but is backed only by itself); of the best-backed forms, the
    // fullest (so when no two agree, the fullest of all). A reworded form
    // stays `altered` even when it is the longest.
    let mut by_group: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, q) in quotes.iter().enumerate() {
        by_group.entry(q.group).or_default().push(i);
    }
    for idx in by_group.values() {
        let full = *idx
            .iter()
            .max_by_key(|&&i| {
                let support = idx
                    .iter()
                    .filter(|&&j| words[j] == words[i] || is_part(words[j], words[i]))
                    .count();
                (support, words[i].len(), std::cmp::Reverse(i))
            })
            .expect("group has members");
        for &i in idx {
            let (fid, changed) = if words[i] == words[full] {
                (Fidelity::Exact, Vec::new())
            } else if is_part(words[i], words[full]) {
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
        // A version that quotes the reference in pieces, with nothing left
        // out ("… to happen," he said. "We told …"), quotes it exactly.
        let mut by_version: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in idx {
            by_version.entry(quotes[i].version).or_default().push(i);
        }
        for pieces in by_version.values_mut().filter(|p| p.len() > 1) {
            pieces.sort_by_key(|&i| (quotes[i].paragraph, quotes[i].start));
            let joined: Vec<String> = pieces
                .iter()
                .flat_map(|&i| words[i].iter().cloned())
                .collect();
            if &joined == words[full] {
                for &i in pieces.iter() {
                    quotes[i].fidelity = Fidelity::Exact;
                }
            }
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
    fn words_quoted_inside_another_quotation_are_another_utterance() {
        let mut qs = vec![
            q(
                0,
                "The prosecutor called my client ‘the architect of the scheme’ before a single witness was heard",
            ),
            q(1, "the architect of the scheme"),
            q(
                2,
                "The prosecutor called my client 'the architect of the scheme' before any witness was heard",
            ),
        ];
        group(&mut qs, &[], &[]);
        assert_ne!(qs[0].group, qs[1].group);
        assert_eq!(qs[0].group, qs[2].group);
        assert!(!quoted_inside(
            "the architect",
            "the architect of the scheme, he said"
        ));
    }

    #[test]
    fn a_remark_quoted_in_pieces_joins_the_whole_and_is_exact() {
        // One version quotes the remark whole; another in two pieces around
        // "he said"; a third only its second half.
        let mut qs = vec![
            q(
                0,
                "This dam was a disaster waiting to happen. We told the ministry three times",
            ),
            q(1, "This dam was a disaster waiting to happen"),
            q(1, "We told the ministry three times."),
            q(2, "We told the ministry three times"),
            q(1, "We will rebuild the dam"),
        ];
        qs[2].start = 60;
        group(&mut qs, &[], &[]);
        assert_eq!(qs[0].group, qs[1].group);
        assert_eq!(qs[0].group, qs[2].group);
        assert_eq!(qs[0].group, qs[3].group);
        assert_ne!(qs[0].group, qs[4].group);
        assert_eq!(qs[1].fidelity, Fidelity::Exact);
        assert_eq!(qs[2].fidelity, Fidelity::Exact);
        assert_eq!(qs[3].fidelity, Fidelity::Partial);
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

    #[test]
    fn the_reference_is_the_wording_most_versions_agree_on() {
        let mut qs = vec![
            q(0, "We will rebuild the bridge before winter"),
            q(
                1,
                "We are absolutely going to rebuild that old bridge well before the winter comes",
            ),
            q(2, "We will rebuild the bridge before winter"),
            q(3, "rebuild the bridge"),
        ];
        group(&mut qs, &[], &[]);
        assert!(qs.iter().all(|x| x.group == qs[0].group));
        // The longest form is the reworded one: it is the one altered.
        assert_eq!(qs[0].fidelity, Fidelity::Exact);
        assert_eq!(qs[2].fidelity, Fidelity::Exact);
        assert_eq!(qs[3].fidelity, Fidelity::Partial);
        assert_eq!(qs[1].fidelity, Fidelity::Altered);
        assert!(qs[1].changed_words.iter().any(|w| w == "absolutely"));
    }
}
