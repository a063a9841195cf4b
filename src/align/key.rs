//! Paragraph keys: each paragraph becomes a sparse vector of content terms
//! (stems, canonical numbers) weighted by how rare the term is in this set of
//! versions, so that names and figures count for more than common words.
//! Similarity combines cosine (paraphrase) with containment (a trimmed or
//! split paragraph inside a longer one).

use rustc_hash::FxHashMap as HashMap;

use crate::model::Version;
use crate::text::content_terms;

/// Interned term id.
pub type TermId = u32;

/// A weighted bag of terms, sorted by term id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Key {
    pub terms: Vec<(TermId, f32)>,
    /// Term frequencies, parallel to `terms`.
    pub tfs: Vec<f32>,
    /// Euclidean norm of the weights.
    pub norm: f32,
    /// Sum of the weights (for containment).
    pub mass: f32,
}

impl Key {
    fn from_counts(counts: HashMap<TermId, f32>, idf: &[f32]) -> Key {
        let mut counted: Vec<(TermId, f32)> = counts.into_iter().collect();
        counted.sort_unstable_by_key(|(t, _)| *t);
        let terms: Vec<(TermId, f32)> = counted
            .iter()
            .map(|&(t, tf)| (t, (1.0 + tf.ln()) * idf[t as usize]))
            .collect();
        let tfs = counted.iter().map(|(_, tf)| *tf).collect();
        let norm = terms.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        let mass = terms.iter().map(|(t, _)| idf[*t as usize]).sum();
        Key {
            terms,
            tfs,
            norm,
            mass,
        }
    }

    /// The union of several keys (a version's paragraphs that share a row).
    pub fn union<'a>(keys: impl IntoIterator<Item = &'a Key>, idf: &[f32]) -> Key {
        let mut counts: HashMap<TermId, f32> = HashMap::default();
        for k in keys {
            for ((t, _), tf) in k.terms.iter().zip(&k.tfs) {
                *counts.entry(*t).or_default() += tf;
            }
        }
        Key::from_counts(counts, idf)
    }
}

/// Keys of every paragraph of every version, with the shared idf table.
#[derive(Debug, Clone)]
pub struct Keys {
    /// `keys[v][p]`.
    pub keys: Vec<Vec<Key>>,
    pub idf: Vec<f32>,
}

impl Keys {
    /// Build keys for all versions; document frequency counts paragraphs.
    pub fn build(versions: &[Version]) -> Keys {
        let mut vocab: HashMap<String, TermId> = HashMap::default();
        let mut df: Vec<u32> = Vec::new();
        let mut raw: Vec<Vec<HashMap<TermId, f32>>> = Vec::with_capacity(versions.len());
        let mut n_docs = 0u32;
        for v in versions {
            let mut per = Vec::with_capacity(v.paragraphs.len());
            for p in &v.paragraphs {
                n_docs += 1;
                let mut counts: HashMap<TermId, f32> = HashMap::default();
                for term in content_terms(&p.text) {
                    let next = vocab.len() as TermId;
                    let id = *vocab.entry(term).or_insert(next);
                    if id as usize == df.len() {
                        df.push(0);
                    }
                    let c = counts.entry(id).or_default();
                    if *c == 0.0 {
                        df[id as usize] += 1;
                    }
                    *c += 1.0;
                }
                per.push(counts);
            }
            raw.push(per);
        }
        let n = n_docs.max(1) as f32;
        let idf: Vec<f32> = df.iter().map(|&d| (1.0 + n / d as f32).ln()).collect();
        let keys = raw
            .into_iter()
            .map(|per| per.into_iter().map(|c| Key::from_counts(c, &idf)).collect())
            .collect();
        Keys { keys, idf }
    }
}

/// Visit the terms two keys share: (term, weight in `a`, weight in `b`).
fn for_common(a: &Key, b: &Key, f: impl FnMut(TermId, f32, f32)) {
    for_common_terms(&a.terms, &b.terms, f);
}

/// Visit the terms two sorted (term, weight) lists share, in one merge walk.
pub fn for_common_terms(
    a: &[(TermId, f32)],
    b: &[(TermId, f32)],
    mut f: impl FnMut(TermId, f32, f32),
) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                f(a[i].0, a[i].1, b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
}

/// Cosine similarity of two keys.
pub fn cosine(a: &Key, b: &Key) -> f32 {
    if a.norm == 0.0 || b.norm == 0.0 {
        return 0.0;
    }
    let mut dot = 0.0;
    for_common(a, b, |_, wa, wb| dot += wa * wb);
    dot / (a.norm * b.norm)
}

/// Shared idf mass of the two keys.
fn shared_mass(a: &Key, b: &Key, idf: &[f32]) -> f32 {
    let mut m = 0.0;
    for_common(a, b, |t, _, _| m += idf[t as usize]);
    m
}

/// Idf mass under which a paragraph is too slight for containment to count fully.
const SLIGHT_MASS: f32 = 12.0;

/// How alike two paragraphs are, 0 to 1: the better of cosine and the
/// containment of the smaller in the larger (damped for very short ones).
pub fn similarity(a: &Key, b: &Key, idf: &[f32]) -> f32 {
    if a.terms.is_empty() || b.terms.is_empty() {
        return 0.0;
    }
    let cos = cosine(a, b);
    let shared = shared_mass(a, b, idf);
    let small = a.mass.min(b.mass);
    let large = a.mass.max(b.mass);
    let contain = if small > 0.0 { shared / small } else { 0.0 };
    let damp = (small / SLIGHT_MASS).min(1.0);
    // Containment of something tiny in something huge says little.
    let ratio = (small / large).sqrt().max(0.35);
    let c = contain * damp * (0.55 + 0.45 * ratio);
    cos.max(c).min(1.0)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Paragraph, ParagraphKind};

    pub(crate) fn version(paras: &[&str]) -> Version {
        Version::from_paragraphs(
            "",
            paras
                .iter()
                .map(|t| Paragraph {
                    kind: ParagraphKind::Body,
                    text: t.to_string(),
                    sentences: crate::ingest::segment::sentences(t),
                })
                .collect(),
        )
    }

    #[test]
    fn identical_paragraphs_score_one_and_unrelated_low() {
        let vs = [
            version(&[
                "The bridge reopened after eight months of repairs, the mayor said.",
                "Fishing boats returned to the harbour.",
            ]),
            version(&[
                "The bridge reopened after eight months of repairs, the mayor said.",
                "A new school opens in the autumn term.",
            ]),
        ];
        let k = Keys::build(&vs);
        assert!((similarity(&k.keys[0][0], &k.keys[1][0], &k.idf) - 1.0).abs() < 1e-4);
        assert!(similarity(&k.keys[0][1], &k.keys[1][1], &k.idf) < 0.2);
    }

    #[test]
    fn trimmed_paragraph_is_contained() {
        let vs = [
            version(&[
                "Mayor Ines Calloway said the Lindmark bridge would reopen on Friday after repairs costing 4.2 million crowns. Traffic will be limited to cars.",
            ]),
            version(&[
                "Mayor Ines Calloway said the Lindmark bridge would reopen on Friday after repairs costing 4.2 million crowns.",
            ]),
        ];
        let k = Keys::build(&vs);
        assert!(similarity(&k.keys[0][0], &k.keys[1][0], &k.idf) > 0.6);
    }
}
