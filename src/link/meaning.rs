//! Similarity of meaning for paraphrase that shares few words ("lay off
//! 9,000 people" / "cut around 9,000 roles"). A static table of 64-d token
//! vectors distilled from the sentence encoder all-MiniLM-L6-v2 (Apache-2.0;
//! `assets/meaning/README.md` says how it was made, by
//! `scripts/distill-vectors.py`) is compiled into the binary. A sentence's
//! vector is the rarity-weighted mean of its words' vectors; the story's mean
//! vector is removed before comparing, so that two sentences about the same
//! topic do not look alike for that reason alone.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use unicode_normalization::UnicodeNormalization;

static BYTES: &[u8] = include_bytes!("../../assets/meaning/vectors.bin");

/// Cosine from which meaning alone proposes a candidate pair.
pub const PROPOSE: f32 = 0.6;

/// The token vectors and the WordPiece vocabulary.
pub struct Table {
    dims: usize,
    ids: FxHashMap<&'static str, usize>,
    /// The vectors as stored: `i8` values in the bytes of the binary.
    data: &'static [u8],
    unk: Option<usize>,
}

impl Table {
    /// The compiled-in table, parsed once; `None` if it is malformed.
    pub fn get() -> Option<&'static Table> {
        static TABLE: OnceLock<Option<Table>> = OnceLock::new();
        TABLE.get_or_init(|| Table::parse(BYTES)).as_ref()
    }

    fn parse(b: &'static [u8]) -> Option<Table> {
        if b.get(..4)? != b"PXV1" {
            return None;
        }
        let u32_at = |at: usize| -> Option<usize> {
            Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
        };
        let n = u32_at(4)?;
        let dims = u32_at(8)?;
        let mut at = 12;
        let mut ids = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for i in 0..n {
            let len = *b.get(at)? as usize;
            let s = std::str::from_utf8(b.get(at + 1..at + 1 + len)?).ok()?;
            ids.insert(s, i);
            at += 1 + len;
        }
        let data = b.get(at..at + n * dims)?;
        let unk = ids.get("[UNK]").copied();
        Some(Table {
            dims,
            ids,
            data,
            unk,
        })
    }

    fn row(&self, i: usize) -> impl Iterator<Item = i8> + '_ {
        self.data[i * self.dims..(i + 1) * self.dims]
            .iter()
            .map(|&b| b as i8)
    }

    /// WordPiece pieces of one lower-cased, accent-free word: greedy longest
    /// match, continuation pieces prefixed `##`; `None` when it cannot be cut.
    fn pieces(&self, word: &str) -> Option<Vec<usize>> {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() > 100 {
            return None;
        }
        let mut out = Vec::new();
        let mut start = 0;
        while start < chars.len() {
            let mut end = chars.len();
            let mut found = None;
            while end > start {
                let mut piece: String = chars[start..end].iter().collect();
                if start > 0 {
                    piece.insert_str(0, "##");
                }
                if let Some(&id) = self.ids.get(piece.as_str()) {
                    found = Some(id);
                    break;
                }
                end -= 1;
            }
            out.push(found?);
            start = end;
        }
        Some(out)
    }

    /// The vector of a word: the mean of its pieces' vectors.
    fn word(&self, word: &str, into: &mut [f32]) -> bool {
        let ids = match self.pieces(word) {
            Some(ids) => ids,
            None => match self.unk {
                Some(u) => vec![u],
                None => return false,
            },
        };
        let k = ids.len() as f32;
        for id in ids {
            for (x, q) in into.iter_mut().zip(self.row(id)) {
                *x += q as f32 / 127.0 / k;
            }
        }
        true
    }

    /// The vector of a text: its words' vectors weighted by `weight` (given
    /// the lower-cased word; 0 leaves a word out). `None` for no words.
    /// `cache` keeps the vectors of words already cut into pieces (a story
    /// repeats its words across versions).
    pub fn embed(
        &self,
        text: &str,
        weight: &dyn Fn(&str) -> f32,
        cache: &mut HashMap<String, Option<Vec<f32>>>,
    ) -> Option<Vec<f32>> {
        let mut sum = vec![0.0f32; self.dims];
        let mut total = 0.0;
        for word in basic_words(text) {
            let w = weight(&word);
            if w <= 0.0 {
                continue;
            }
            let v = cache.entry(word).or_insert_with_key(|word| {
                let mut word_vec = vec![0.0f32; self.dims];
                self.word(word, &mut word_vec).then_some(word_vec)
            });
            if let Some(v) = v {
                for (s, x) in sum.iter_mut().zip(v.iter()) {
                    *s += w * x;
                }
                total += w;
            }
        }
        (total > 0.0).then(|| {
            sum.iter_mut().for_each(|x| *x /= total);
            sum
        })
    }
}

impl Table {
    /// The unit-length mean of the vectors of the words the vocabulary
    /// holds whole; `None` when it holds none.
    fn centroid<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> Option<Vec<f32>> {
        let mut sum = vec![0.0f32; self.dims];
        for w in words {
            if let Some(&id) = self.ids.get(w) {
                for (x, q) in sum.iter_mut().zip(self.row(id)) {
                    *x += f32::from(q);
                }
            }
        }
        let n = sum.iter().map(|x| x * x).sum::<f32>().sqrt();
        (n > 0.0).then(|| sum.iter().map(|x| x / n).collect())
    }

    /// How much nearer a word's vector is to `toward` than to `away` (two
    /// unit-length centroids): the difference of its cosines with them.
    /// `None` for a word the vocabulary does not hold whole (rare names are
    /// cut into pieces).
    fn lean(&self, word: &str, toward: &[f32], away: &[f32]) -> Option<f32> {
        let w = basic_words(word);
        let [w] = w.as_slice() else { return None };
        let &id = self.ids.get(w.as_str())?;
        if Some(id) == self.unk {
            return None;
        }
        let v: Vec<f32> = self.row(id).map(f32::from).collect();
        let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        (n > 0.0).then(|| (cosine(&v, toward) - cosine(&v, away)) / n)
    }

    /// How much a word reads as a person's name rather than a common word,
    /// learnt from the lexicons: the cosine of its vector with the mean
    /// vector of the given names minus that with the mean vector of the
    /// words capitalised without naming anyone. Given names and surnames
    /// score above zero ("smith" 0.38, "kim" 0.49), common nouns and
    /// adjectives well below ("receipt" -0.22, "special" -0.54). `None`
    /// for a word the vocabulary does not hold whole.
    pub fn name_likeness(&self, word: &str) -> Option<f32> {
        static CENTROIDS: OnceLock<Option<(Vec<f32>, Vec<f32>)>> = OnceLock::new();
        let (names, common) = CENTROIDS
            .get_or_init(|| {
                let lex = &crate::extract::lexicon::LEXICON;
                Some((
                    self.centroid(lex.first_names.iter().map(String::as_str))?,
                    self.centroid(lex.common_caps.iter().map(String::as_str))?,
                ))
            })
            .as_ref()?;
        self.lean(word, names, common)
    }

    /// How far a given name leans to "she" rather than "he" in its vector:
    /// its cosine with the mean vector of feminine pronouns and kinship
    /// words minus that with their masculine counterparts ("mary" 0.53,
    /// "michelle" 0.33; "john" -0.25, "paul" -0.19). `None` for a word the
    /// vocabulary does not hold whole.
    pub fn feminine_lean(&self, word: &str) -> Option<f32> {
        static CENTROIDS: OnceLock<Option<(Vec<f32>, Vec<f32>)>> = OnceLock::new();
        let (she, he) = CENTROIDS
            .get_or_init(|| {
                Some((
                    self.centroid([
                        "she", "her", "woman", "mother", "daughter", "girl", "wife", "sister",
                    ])?,
                    self.centroid([
                        "he", "his", "man", "father", "son", "boy", "husband", "brother",
                    ])?,
                ))
            })
            .as_ref()?;
        self.lean(word, she, he)
    }

    /// The unit-length vector of a single word (the mean of its pieces);
    /// `None` when it cannot be looked up.
    pub fn word_vector(&self, word: &str) -> Option<Vec<f32>> {
        let w = basic_words(word);
        let [w] = w.as_slice() else { return None };
        let mut v = vec![0.0f32; self.dims];
        if !self.word(w, &mut v) {
            return None;
        }
        let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        (n > 0.0).then(|| v.iter().map(|x| x / n).collect())
    }

    /// How alike two single words are in meaning (cosine of their vectors,
    /// -1 to 1); `None` when either cannot be looked up.
    pub fn word_cosine(&self, a: &str, b: &str) -> Option<f32> {
        Some(cosine(&self.word_vector(a)?, &self.word_vector(b)?))
    }
}

/// BERT's basic tokenisation for an uncased model: lower case, accents
/// stripped, split on white space and punctuation (punctuation dropped here,
/// since it carries no meaning for this purpose).
fn basic_words(text: &str) -> Vec<String> {
    let folded: String = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Remove the mean of the vectors from each, then make each unit length.
pub fn remove_mean<'a>(vectors: impl Iterator<Item = &'a mut Vec<f32>>) {
    let mut vs: Vec<&'a mut Vec<f32>> = vectors.collect();
    let Some(dims) = vs.first().map(|v| v.len()) else {
        return;
    };
    let mut mean = vec![0.0f32; dims];
    for v in &vs {
        for (m, x) in mean.iter_mut().zip(v.iter()) {
            *m += x;
        }
    }
    let n = vs.len() as f32;
    mean.iter_mut().for_each(|m| *m /= n);
    for v in vs.iter_mut() {
        for (x, m) in v.iter_mut().zip(&mean) {
            *x -= m;
        }
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|x| *x /= norm);
        }
    }
}

/// Cosine of two unit vectors.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Meaning cosine mapped to the scale of lexical scores: unrelated
/// sentences of one story sit near 0 after the mean is removed, close
/// paraphrases well above 0.5.
pub fn calibrate(m: f32) -> f32 {
    ((m - 0.25) / 0.55).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word scores on the given side of a bound (and is held whole).
    fn all_score(score: impl Fn(&str) -> Option<f32>, words: &[&str], above: bool, bound: f32) {
        for w in words {
            let s = score(w).expect(w);
            assert!(if above { s > bound } else { s < bound }, "{w}: {s}");
        }
    }

    #[test]
    fn names_read_as_names_and_common_words_do_not() {
        let t = Table::get().expect("table");
        let likeness = |w: &str| t.name_likeness(w);
        all_score(likeness, &["smith", "kim", "garcia", "hamilton"], true, 0.1);
        all_score(
            likeness,
            &["receipt", "initiative", "special", "somehow"],
            false,
            -0.1,
        );
        // Cut into pieces: nothing to go by.
        assert_eq!(t.name_likeness("niederreiter"), None);
    }

    #[test]
    fn given_names_lean_to_their_pronoun() {
        let t = Table::get().expect("table");
        let lean = |w: &str| t.feminine_lean(w);
        all_score(lean, &["mary", "michelle", "susan", "sophie"], true, 0.25);
        all_score(lean, &["john", "paul", "mark", "david"], false, -0.1);
    }

    #[test]
    fn table_loads_and_cuts_words_into_pieces() {
        let t = Table::get().expect("the compiled-in table parses");
        assert!(t.pieces("cathedral").is_some());
        assert!(t.pieces("unbelievablyish").is_some_and(|p| p.len() >= 2));
        assert_eq!(
            basic_words("Élysée’s cuts, 9,000"),
            vec!["elysee", "s", "cuts", "9", "000"]
        );
    }
}
