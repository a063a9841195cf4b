//! Provenance: who each version credits, and which versions carry the same
//! copy. The credit is read as a reader reads it: a dateline ("PARIS (AP) —",
//! "Paris, Sep 5 (IANS)"), a credit line standing alone ("AFP", "By
//! Agencies", "(Source: IANS)", "— Reuters", "Reporting by …; Editing by …"),
//! else the outlet itself. Shared copy is found from the texts alone: runs of
//! eight words that two versions both carry (a changed word breaks a run,
//! not the passage), counted on the shorter version; versions that share
//! most of their words are one family, whatever their credit lines say.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use crate::rx::Regex;
use serde::{Deserialize, Serialize};

use super::root;
use crate::model::Version;

/// Words in a shingle.
const SHINGLE: usize = 8;
/// Share of the shorter version's narration (words outside quotation marks)
/// in shared passages that makes two versions one family, with at least
/// [`FAMILY_PASSAGES`] separate passages: syndicated copy, even rewritten
/// through several updates, keeps runs of eight words in several places;
/// independent reports share a stock phrase or a quotation.
const FAMILY: f64 = 0.15;
/// Separate shared passages a family needs.
const FAMILY_PASSAGES: usize = 3;
/// Pairs that share less than this are not listed.
const LISTED: f64 = 0.05;

/// Copy two versions share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SharedPair {
    pub versions: [usize; 2],
    /// Share of the shorter version's words in shared passages, 0 to 1.
    pub shared: f64,
    /// Number of separate shared passages.
    pub passages: usize,
    /// The shared passages, in both versions, as byte spans of paragraph
    /// text (a passage that runs over a paragraph break is one span per
    /// paragraph).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<SharedSpan>,
}

/// Where a shared passage stands in one version. Written as
/// `[version, paragraph, start, end]`: a comparison of fifty versions holds
/// hundreds of thousands of them, and as objects they were half the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(from = "[usize; 4]", into = "[usize; 4]")]
pub struct SharedSpan {
    pub version: usize,
    pub paragraph: usize,
    /// Byte offsets in the paragraph's text.
    pub start: usize,
    pub end: usize,
}

impl From<[usize; 4]> for SharedSpan {
    fn from([version, paragraph, start, end]: [usize; 4]) -> Self {
        SharedSpan {
            version,
            paragraph,
            start,
            end,
        }
    }
}

impl From<SharedSpan> for [usize; 4] {
    fn from(s: SharedSpan) -> Self {
        [s.version, s.paragraph, s.start, s.end]
    }
}

/// Spans of the words of `x` that are marked in `cov`, one per run and
/// paragraph.
fn spans_of(x: usize, text: &[Word], cov: &[bool]) -> Vec<SharedSpan> {
    let mut out: Vec<SharedSpan> = Vec::new();
    for (i, w) in text.iter().enumerate() {
        if !cov.get(i).copied().unwrap_or(false) {
            continue;
        }
        match out.last_mut() {
            Some(last) if i > 0 && cov[i - 1] && last.paragraph == w.1 => last.end = w.4,
            _ => out.push(SharedSpan {
                version: x,
                paragraph: w.1,
                start: w.3,
                end: w.4,
            }),
        }
    }
    out
}

/// Which versions reuse the same copy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Provenance {
    pub pairs: Vec<SharedPair>,
    /// Groups of two or more versions that reuse one source's copy.
    pub families: Vec<Vec<usize>>,
    /// Per version: paragraphs found in no other version of its family
    /// (its own reporting), by paragraph index; empty outside families.
    #[serde(default)]
    pub own: Vec<Vec<usize>>,
}

/// News agencies, with the names they are credited by. A closed, public
/// list (the world's wire services), not words seen in any one story.
const AGENCIES: &[(&str, &[&str])] = &[
    ("AP", &["ap", "associated press", "the associated press"]),
    ("Reuters", &["reuters", "thomson reuters"]),
    (
        "AFP",
        &["afp", "agence france-presse", "agence france presse"],
    ),
    ("IANS", &["ians", "indo-asian news service"]),
    ("PTI", &["pti", "press trust of india"]),
    ("ANI", &["ani", "asian news international"]),
    ("UPI", &["upi", "united press international"]),
    ("Xinhua", &["xinhua"]),
    (
        "Bloomberg",
        &[
            "bloomberg",
            "bloomberg news",
            "bloomberg l.p",
            "bloomberg lp",
        ],
    ),
    ("dpa", &["dpa", "deutsche presse-agentur"]),
    ("EFE", &["efe"]),
    ("ANSA", &["ansa"]),
    ("Kyodo", &["kyodo", "kyodo news"]),
    ("Yonhap", &["yonhap"]),
    ("PA", &["pa", "pa media", "press association"]),
    ("TASS", &["tass"]),
    ("Anadolu", &["anadolu", "anadolu agency", "aa"]),
    ("AAP", &["aap", "australian associated press"]),
    ("CP", &["cp", "the canadian press", "canadian press"]),
    (
        "Agencies",
        &["agencies", "agency", "wires", "wire services"],
    ),
];

/// The agency's usual name, when `name` is one.
pub fn agency(name: &str) -> Option<&'static str> {
    let n = name
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    AGENCIES
        .iter()
        .find(|(_, names)| names.contains(&n.as_str()))
        .map(|(canon, _)| *canon)
}

/// The news agency a byline shares its credit with: the words after
/// "with", "with reporting from" or "with additional reporting by", the
/// longest run of up to four that names an agency.
fn agency_after_with(byline: &str) -> Option<&'static str> {
    let lower = byline.to_lowercase();
    let leads = [
        "with additional reporting from ",
        "with additional reporting by ",
        "with reporting from ",
        "with reporting by ",
        ", with ",
    ];
    leads.iter().find_map(|lead| {
        let at = lower.find(lead)? + lead.len();
        let words: Vec<&str> = byline.get(at..)?.split_whitespace().take(4).collect();
        (1..=words.len())
            .rev()
            .find_map(|n| agency(&words[..n].join(" ")))
    })
}

/// "PARIS (AP) —", "London (CNN) —", "Paris, Sep 5 (IANS)": a place (and
/// date) at the very start, then who the copy is from in parentheses.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*([A-Z][^()\n]*?)\s*\(([A-Z][^()\n]*?)\)\s*([-—–:]|\p{Lu}|$)")
        .expect("valid dateline pattern")
});

/// Credit lines: "(Source: IANS)", "— Reuters", "With AFP", "By Agencies".
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:\(\s*)?(?i:source\s*:|by|with|from|[-—–]|via|courtesy(?: of)?)?\s*([\p{L}][\p{L}&.\- ]*?)\s*(?:\))?\s*\.?\s*$",
    )
    .expect("valid credit pattern")
});

/// A syndication note naming the outlet that first published the story.
static SYNDICATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?:this|the) (?:article|story|piece|report|post) (?:was )?(?:originally|first) (?:appeared|published|ran)|(?:this|the) (?:article|story|piece|report|post|content) (?:was|is|has been) (?:supplied|provided|distributed|syndicated)|(?:this|the) (?:article|story|piece|report|post) (?:includes|contains|uses) (?:additional )?(?:reporting|material|information)|(?:originally|first) (?:published|appeared)|republished) (?i:on|in|by|from|with) ((?:The |the )?\p{Lu}[\p{L}\p{N}&'.\- ]*?)(?:\s*[.,;(]|\s+(?i:and|on|under|as|with)\s|\s*$)",
    )
    .expect("valid syndication pattern")
});

/// "(Source: IANS)" or "(AP)" closing a paragraph.
static TAIL_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:(?i:source|with|from)\s*:?\s*)?([\p{L}][\p{L}&.\- ]*?)\)\s*$")
        .expect("valid tail credit pattern")
});

/// "Reporting by …; Editing by …": Reuters' credit line.
static REUTERS_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(?\s*reporting by [^;()]+?;?\s*(?:additional reporting|writing|editing) by")
        .expect("valid Reuters pattern")
});

/// Versions with no credit of their own that name, in a byline or a credit
/// line, a service another version of the story is credited to ("By Aigerim
/// Satybaldieva, with Caravan Wire", "Additional reporting by NordWire."
/// beside a wire version datelined "(Caravan Wire)" or "(NordWire)"): the
/// story itself says that name is a news service, whatever a list knows.
pub fn credit_from_others(versions: &mut [Version]) {
    // A credit that is another version's outlet written in full ("the
    // European Press Service") is that outlet's credit ("EPS"): one
    // service, one name.
    let full: Vec<(String, String)> = versions
        .iter()
        .filter_map(|v| {
            let c = v.credit.as_ref()?;
            let outlet = v.outlet.to_lowercase();
            (outlet != c.to_lowercase() && outlet.split_whitespace().count() >= 2)
                .then(|| (outlet, c.clone()))
        })
        .collect();
    for v in versions.iter_mut() {
        if let Some(c) = &v.credit {
            let bare = c.to_lowercase();
            let bare = bare.strip_prefix("the ").unwrap_or(&bare);
            if let Some((_, short)) = full.iter().find(|(outlet, _)| outlet == bare) {
                v.credit = Some(short.clone());
            }
        }
    }
    // Each service credited somewhere, with the phrases that credit it
    // ("with caravan wire", "reporting by caravan wire", …), built once.
    // A service is named by its credit ("EPS") or, on its own page, by
    // its full name ("reporting from the European Press Service (EPS)").
    let needles: Vec<(String, Vec<String>)> = versions
        .iter()
        .filter_map(|v| v.credit.clone().map(|c| (c, v.outlet.to_lowercase())))
        .filter(|(c, _)| c.chars().count() >= 3)
        .map(|(name, outlet)| {
            let lower = name.to_lowercase();
            let mut phrases: Vec<String> = ["with ", "reporting by ", "source: ", "via ", "from "]
                .iter()
                .map(|lead| format!("{lead}{lower}"))
                .collect();
            if outlet != lower && outlet.split_whitespace().count() >= 2 {
                phrases.extend(
                    ["with ", "by ", "from ", "from the ", "by the ", "with the "]
                        .iter()
                        .map(|lead| format!("{lead}{outlet}")),
                );
            }
            (name, phrases)
        })
        .collect();
    if needles.is_empty() {
        return;
    }
    // A phrase standing as words of its own: after a start, a space or a
    // mark, before no letter ("with Caravan Wire", not "with Caravan
    // Wirefeed").
    let names_in = |line: &str| -> Option<String> {
        let folded = line.to_lowercase();
        needles.iter().find_map(|(name, phrases)| {
            phrases.iter().find_map(|phrase| {
                let at = folded.find(phrase.as_str())?;
                let end = at + phrase.len();
                let bounded = folded[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                let starts = at == 0 || folded[..at].ends_with([' ', ',', '(', ';', '—', '-']);
                (bounded && starts).then(|| name.clone())
            })
        })
    };
    for v in versions.iter_mut().filter(|v| v.credit.is_none()) {
        let n = v.paragraphs.len();
        v.credit = v
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(i, p)| {
                p.kind == crate::model::ParagraphKind::Byline
                    || ((*i < 3 || *i + 3 >= n) && p.text.split_whitespace().count() <= 12)
            })
            .map(|(_, p)| p.text.as_str())
            .chain(v.removed.iter().map(|r| r.text.as_str()))
            .find_map(names_in);
    }
}

/// Who a version's text is credited to, as its page says it.
pub fn credit(v: &Version) -> Option<String> {
    let story: Vec<&str> = v
        .paragraphs
        .iter()
        .filter(|p| p.kind.is_story_text())
        .map(|p| p.text.as_str())
        .collect();
    // A dateline in the first paragraphs.
    for text in story.iter().take(3) {
        // (Lengths are checked here, not in the patterns: bounded repeats
        // of Unicode classes are slow to compile.)
        if let Some(c) = DATELINE.captures(text)
            && c[1].chars().count() <= 60
            && c[1].split_whitespace().count() <= 8
            // A place and a date: every word capitalised or a number, but
            // the small words of a country's name ("GOMA, Democratic
            // Republic of Congo, Sept 12").
            && c[1].split_whitespace().all(|w| {
                w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
                    || matches!(w, "of" | "the" | "and" | "de" | "del" | "la")
            })
            && c[2].chars().count() <= 30
        {
            let who = c[2].trim();
            if let Some(a) = agency(who) {
                return Some(a.to_string());
            }
            if who.split_whitespace().count() <= 3 && !who.chars().all(|c| c.is_ascii_digit()) {
                return Some(who.to_string());
            }
        }
    }
    // Credit lines standing alone near the top or the end, kept or removed.
    let lines = v
        .paragraphs
        .iter()
        .take(6)
        .map(|p| p.text.as_str())
        .chain(v.paragraphs.iter().rev().take(4).map(|p| p.text.as_str()))
        .chain(v.removed.iter().map(|r| r.text.as_str()));
    // A syndication note: "This article originally appeared on The
    // Northern Ledger", "This story was first published by ProPublica",
    // "Republished from The Conversation", "This article was supplied by
    // PA Media".
    for text in lines.clone() {
        if text.split_whitespace().count() <= 30
            && let Some(c) = SYNDICATED.captures(text)
        {
            let who = c[1].trim().trim_end_matches('.');
            if (1..=6).contains(&who.split_whitespace().count()) && who.chars().count() <= 60 {
                return Some(agency(who).map_or_else(|| who.to_string(), str::to_string));
            }
        }
    }
    // A byline that shares the credit with a news agency: "By Priya Raman,
    // with reporting from The Associated Press", "By Ana Ruiz, with AFP".
    for p in v
        .paragraphs
        .iter()
        .filter(|p| p.kind == crate::model::ParagraphKind::Byline)
    {
        if let Some(a) = agency_after_with(&p.text) {
            return Some(a.to_string());
        }
    }
    for text in lines {
        // An agency signing the story with where it filed from and when:
        // "AFP, Dhaka | Published: 18 June", "Reuters in Stockholm ·
        // Tuesday 3 June 2025" (the agency's name first, then the place).
        if text.split_whitespace().count() <= 20
            && let Some(head) = text
                .trim_start_matches(['*', '_', ' '])
                .split([',', '|', '·', '•'])
                .next()
                .map(|h| h.split(" in ").next().unwrap_or(h))
            && head.split_whitespace().count() <= 4
            && let Some(a) = agency(head)
        {
            return Some(a.to_string());
        }
        if text.split_whitespace().count() > 6 {
            continue;
        }
        if let Some(c) = CREDIT_LINE.captures(text)
            && let Some(a) = agency(&c[1])
        {
            return Some(a.to_string());
        }
    }
    // A credit closing the story.
    for text in story.iter().rev().take(3) {
        if REUTERS_TAIL.is_match(text) {
            return Some("Reuters".to_string());
        }
        if let Some(c) = TAIL_CREDIT.captures(text)
            && let Some(a) = agency(&c[1])
        {
            return Some(a.to_string());
        }
    }
    None
}

/// Normalised words of a version's story text, in order, with the
/// paragraph each comes from and whether it stands inside quotation marks.
/// A word of a version: folded text, paragraph, inside a quotation, byte
/// start and end in the paragraph.
type Word = (String, usize, bool, usize, usize);

fn words(v: &Version) -> Vec<Word> {
    let mut out = Vec::new();
    for (p, para) in v.paragraphs.iter().enumerate() {
        if !para.kind.is_story_text() {
            continue;
        }
        let mut inside = false;
        let mut word = String::new();
        let mut from = 0usize;
        let mut push = |word: &mut String, inside: bool, from: usize, to: usize| {
            if !word.is_empty() {
                out.push((std::mem::take(word), p, inside, from, to));
            }
        };
        for (at, c) in para.text.char_indices() {
            if c.is_alphanumeric() {
                if word.is_empty() {
                    from = at;
                }
                word.extend(c.to_lowercase());
                continue;
            }
            push(&mut word, inside, from, at);
            if matches!(c, '"' | '“' | '”' | '«' | '»') {
                inside = !inside;
            }
        }
        push(&mut word, inside, from, para.text.len());
    }
    out
}

fn shingle_hash(ws: &[Word]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (w, _, _, _, _) in ws {
        w.hash(&mut h);
    }
    h.finish()
}

/// Shared copy between every pair of versions, and families.
pub fn detect(versions: &[Version]) -> Provenance {
    let n = versions.len();
    // One version shares copy with no one.
    if n < 2 {
        return Provenance {
            own: vec![Vec::new(); n],
            ..Provenance::default()
        };
    }
    let texts: Vec<Vec<Word>> = versions.iter().map(words).collect();
    // shingle -> versions that carry it.
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::default();
    let hashes: Vec<Vec<u64>> = texts
        .iter()
        .map(|t| t.windows(SHINGLE).map(shingle_hash).collect())
        .collect();
    for (v, hs) in hashes.iter().enumerate() {
        for h in hs {
            let list = postings.entry(*h).or_default();
            if list.last() != Some(&v) {
                list.push(v);
            }
        }
    }
    // covered[a][b]: word positions of a inside shingles b also carries.
    let mut covered: HashMap<(usize, usize), Vec<bool>> = HashMap::default();
    for (a, hs) in hashes.iter().enumerate() {
        for (i, h) in hs.iter().enumerate() {
            let list = &postings[h];
            if list.len() < 2 {
                continue;
            }
            for &b in list {
                if b == a {
                    continue;
                }
                // Mark where shared shingles start; coverage follows in one
                // sweep below.
                covered
                    .entry((a, b))
                    .or_insert_with(|| vec![false; texts[a].len()])[i] = true;
            }
        }
    }
    for cov in covered.values_mut() {
        let mut left = 0usize;
        for c in cov.iter_mut() {
            if *c {
                left = SHINGLE;
            }
            if left > 0 {
                *c = true;
                left -= 1;
            }
        }
    }
    let mut pairs = Vec::new();
    let mut family_edges: Vec<(usize, usize)> = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            let (short, long) = if texts[a].len() <= texts[b].len() {
                (a, b)
            } else {
                (b, a)
            };
            let Some(cov) = covered.get(&(short, long)) else {
                continue;
            };
            // Quotations are shared by independent reports by nature: copy
            // is the narration around them.
            let narration = |i: &usize| !texts[short][*i].2;
            let total = (0..texts[short].len()).filter(narration).count().max(1);
            let hit = (0..cov.len()).filter(narration).filter(|&i| cov[i]).count();
            let shared = hit as f64 / total as f64;
            let passages = cov.windows(2).filter(|w| w[1] && !w[0]).count()
                + usize::from(cov.first().copied().unwrap_or(false));
            if shared >= LISTED {
                pairs.push(SharedPair {
                    versions: [a, b],
                    shared: (shared * 1000.0).round() / 1000.0,
                    passages,
                    spans: Vec::new(),
                });
            }
            // Most of the narration shared is copy whatever the count of
            // passages; a smaller share needs several separate passages.
            if shared >= 0.5 || (shared >= FAMILY && passages >= FAMILY_PASSAGES) {
                family_edges.push((a, b));
            }
        }
    }
    // The passages themselves, in both versions, for every pair listed.
    for pair in &mut pairs {
        let [a, b] = pair.versions;
        let mut spans = Vec::new();
        for (x, y) in [(a, b), (b, a)] {
            if let Some(cov) = covered.get(&(x, y)) {
                spans.extend(spans_of(x, &texts[x], cov));
            }
        }
        spans.sort_by_key(|s| (s.version, s.paragraph, s.start));
        pair.spans = spans;
    }
    // Families: connected components of the family edges.
    let mut parent: Vec<usize> = (0..n).collect();
    for (a, b) in family_edges {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut fams: HashMap<usize, Vec<usize>> = HashMap::default();
    for v in 0..n {
        let r = root(&mut parent, v);
        fams.entry(r).or_default().push(v);
    }
    let mut families: Vec<Vec<usize>> = fams.into_values().filter(|f| f.len() >= 2).collect();
    families.sort();
    // Own reporting: paragraphs of a family member with no word in a
    // passage shared with another member.
    let mut own: Vec<Vec<usize>> = vec![Vec::new(); n];
    for fam in &families {
        for &v in fam {
            let mut shared_paras: HashSet<usize> = HashSet::default();
            for &u in fam {
                if let Some(cov) = covered.get(&(v, u)) {
                    for (i, c) in cov.iter().enumerate() {
                        if *c {
                            shared_paras.insert(texts[v][i].1);
                        }
                    }
                }
            }
            own[v] = versions[v]
                .paragraphs
                .iter()
                .enumerate()
                .filter(|(p, para)| para.kind.is_story_text() && !shared_paras.contains(p))
                .map(|(p, _)| p)
                .collect();
        }
    }
    Provenance {
        pairs,
        families,
        own,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::key::tests::version;

    fn credit_of(paras: &[&str]) -> Option<String> {
        credit(&version(paras))
    }

    /// Each version credited as the pipeline does: its own page first, then
    /// the services the other versions are credited to.
    fn credit_all(vs: &mut [Version]) {
        for v in vs.iter_mut() {
            v.credit = credit(v);
        }
        credit_from_others(vs);
    }

    #[test]
    fn an_agency_signing_with_its_place_and_time_is_the_credit() {
        for line in [
            "AFP, Dhaka | Published: 18 June 2024, 9:40 PM",
            "Reuters in Stockholm and Vienna · Tuesday 3 June 2025 14.12 BST",
            "**Associated Press in Washington**",
        ] {
            let got = credit_of(&[
                line,
                "Four people were hurt when a ferry hit the quay on Friday.",
                "The harbour will reopen on Monday.",
            ]);
            assert!(got.is_some_and(|c| agency(&c).is_some()), "{line}");
        }
        // A place first is a dateline's, not an agency's signature.
        assert_eq!(
            credit_of(&[
                "Dhaka, Bangladesh | Published: 18 June 2024",
                "Four people were hurt when a ferry hit the quay on Friday.",
            ]),
            None
        );
    }

    #[test]
    fn a_supplied_story_is_credited_to_its_supplier() {
        assert_eq!(
            credit_of(&[
                "Four people were hurt when a ferry hit the quay on Friday.",
                "The harbour will reopen on Monday.",
                "This article was supplied by Harbourline News.",
            ])
            .as_deref(),
            Some("Harbourline News")
        );
        assert_eq!(
            credit_of(&[
                "Four people were hurt when a ferry hit the quay on Friday.",
                "This story was provided by Reuters.",
            ])
            .as_deref(),
            Some("Reuters")
        );
    }

    #[test]
    fn a_service_another_version_is_credited_to_is_a_credit() {
        let mut vs = vec![
            version(&["KOK-JAR, Nov 11 (Caravan Wire) - Nine miners were killed."]),
            version(&[
                "By Aigerim Satybaldieva, with Caravan Wire",
                "Nine miners were killed in the collapse.",
            ]),
            version(&[
                "Nine miners were killed, officials said.",
                "He spoke with Caravan Wire reporters at the gate of the mine on Monday evening after the rescue.",
            ]),
        ];
        credit_all(&mut vs);
        assert_eq!(vs[0].credit.as_deref(), Some("Caravan Wire"));
        assert_eq!(vs[1].credit.as_deref(), Some("Caravan Wire"));
        // Words of the story, not a credit line.
        assert_eq!(vs[2].credit, None);
    }

    #[test]
    fn a_service_named_in_full_is_credited_by_its_short_name() {
        let mut vs = vec![
            version(&["OSTEND, March 12 (NNA) - Dock workers stayed out for a third day."]),
            version(&[
                "Dock workers stayed out for a third day.",
                "This article includes reporting from the Northern News Agency (NNA).",
            ]),
        ];
        vs[0].outlet = "Northern News Agency".to_string();
        vs[1].outlet = "Ghent Today".to_string();
        credit_all(&mut vs);
        assert_eq!(vs[0].credit.as_deref(), Some("NNA"));
        assert_eq!(vs[1].credit.as_deref(), Some("NNA"));
        // Supplied by the service under its full name: its short name.
        let mut vs = vec![
            vs[0].clone(),
            version(&[
                "Dock workers stayed out for a third day.",
                "This article was supplied by the Northern News Agency.",
            ]),
        ];
        credit_all(&mut vs);
        assert_eq!(vs[1].credit.as_deref(), Some("NNA"));
        // A note of reporting from a service no other version carries.
        assert_eq!(
            credit_of(&[
                "Dock workers stayed out for a third day.",
                "This article includes reporting from Reuters.",
            ])
            .as_deref(),
            Some("Reuters")
        );
    }

    #[test]
    fn a_byline_shared_with_an_agency_credits_the_agency() {
        let mut v = version(&[
            "By Priya Raman, with reporting from The Associated Press Updated Dec. 5, 2024",
            "The founder was sentenced to eight years.",
        ]);
        v.paragraphs[0].kind = crate::model::ParagraphKind::Byline;
        assert_eq!(credit(&v).as_deref(), Some("AP"));
        let mut v = version(&["By Ana Ruiz, with AFP", "The court ruled on Monday."]);
        v.paragraphs[0].kind = crate::model::ParagraphKind::Byline;
        assert_eq!(credit(&v).as_deref(), Some("AFP"));
        // A name that is no agency credits no one.
        let mut v = version(&["By Ana Ruiz, with Tom Hale", "The court ruled on Monday."]);
        v.paragraphs[0].kind = crate::model::ParagraphKind::Byline;
        assert_eq!(credit(&v), None);
    }

    #[test]
    fn datelines_and_credit_lines() {
        assert_eq!(
            credit_of(&["PARIS (AP) — A court on Monday barred the leader."]).as_deref(),
            Some("AP")
        );
        assert_eq!(
            credit_of(&["KYIV, Ukraine (AP) — Drones struck the city overnight."]).as_deref(),
            Some("AP")
        );
        assert_eq!(
            credit_of(&["London (CNN) — The company will cut jobs."]).as_deref(),
            Some("CNN")
        );
        // An agency under its full name.
        assert_eq!(
            credit_of(&[
                "The fine was the regulator's largest.",
                "This story was originally published by Bloomberg News and has been edited for length.",
            ])
            .as_deref(),
            Some("Bloomberg")
        );
        // A country's name with its small words.
        assert_eq!(
            credit_of(&[
                "GOMA, Democratic Republic of Congo, Sept 12 (Reuters) - Deaths rose to 57."
            ])
            .as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            credit_of(&["Paris, Sep 5 (IANS) The summit opened on Friday."]).as_deref(),
            Some("IANS")
        );
        assert_eq!(
            credit_of(&["AFP", "The court ruled on Monday that the ban applies."]).as_deref(),
            Some("AFP")
        );
        assert_eq!(
            credit_of(&["The firm said it would cut jobs. (Source: IANS)"]).as_deref(),
            Some("IANS")
        );
        assert_eq!(
            credit_of(&[
                "The bank held rates.",
                "(Reporting by Jane Doe; Editing by John Roe)"
            ])
            .as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            credit_of(&["The council met on Monday (and on Tuesday) to vote."]),
            None
        );
    }

    #[test]
    fn syndicated_copy_is_a_family_and_a_shared_quote_is_not() {
        let wire = [
            "A fire swept through the old timber warehouse on the quay early on Sunday, destroying the roof and most of the stock, the fire service said.",
            "Crews from three stations fought the blaze for six hours before bringing it under control at dawn.",
            "\"We are lucky nobody was inside,\" said the station chief, who praised the crews for their work through the night.",
            "The cause of the fire is not yet known and an investigation has been opened by the police.",
        ];
        let trimmed = [
            "A fire swept through the old timber warehouse on the quay early on Sunday, destroying the roof and most of the stock, the fire service said.",
            "Crews from four stations fought the blaze for six hours before bringing it under control at dawn.",
            "The cause of the fire is not yet known and an investigation has been opened by the police.",
        ];
        let independent = [
            "Residents woke to thick smoke over the harbour as the warehouse burned.",
            "\"We are lucky nobody was inside,\" said the station chief, who praised the crews for their work through the night.",
            "Local traders fear the loss of the building will hurt the summer market season.",
        ];
        let p = detect(&[version(&wire), version(&trimmed), version(&independent)]);
        assert_eq!(p.families, vec![vec![0, 1]]);
        let pair = |a, b| {
            p.pairs
                .iter()
                .find(|x| x.versions == [a, b])
                .map(|x| x.shared)
        };
        assert!(pair(0, 1).is_some_and(|s| s > 0.8), "{:?}", p.pairs);
        // The narration around the shared quotation is one passage, not copy.
        assert!(pair(0, 2).is_none_or(|s| s < 0.5), "{:?}", p.pairs);
        assert_eq!(p.own[0], vec![2]);
    }

    #[test]
    fn every_pair_that_shares_copy_gives_its_passages() {
        // Six outlets carry one wire story, each with a line of its own:
        // every one of the fifteen pairs lists its shared passages, in both
        // versions: the three wire paragraphs, whole.
        let wire = [
            "A fire swept through the old timber warehouse on the quay early on Sunday, destroying the roof and most of the stock, the fire service said.",
            "Crews from three stations fought the blaze for six hours before bringing it under control at dawn.",
            "The cause of the fire is not yet known and an investigation has been opened by the police.",
        ];
        let own = [
            "Residents woke to thick smoke over the harbour.",
            "Traders fear for the summer market season.",
            "The mayor will visit the site on Monday.",
            "Insurers have sent assessors to the quay.",
            "The building was listed as a heritage site in 1987.",
            "Ferry services ran on time despite the smoke.",
        ];
        let versions: Vec<Version> = own
            .iter()
            .map(|line| {
                let mut paras: Vec<&str> = wire.to_vec();
                paras.push(line);
                version(&paras)
            })
            .collect();
        let p = detect(&versions);
        assert_eq!(p.pairs.len(), 15, "{:?}", p.pairs);
        for pair in &p.pairs {
            for v in pair.versions {
                let wire_spans: Vec<(usize, usize, usize)> = pair
                    .spans
                    .iter()
                    .filter(|s| s.version == v && s.paragraph < 3)
                    .map(|s| (s.paragraph, s.start, s.end))
                    .collect();
                // Each from its first word to its last (the final stop is
                // not a word).
                let whole: Vec<(usize, usize, usize)> = wire
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (i, 0, t.len() - 1))
                    .collect();
                assert_eq!(wire_spans, whole, "{pair:?}");
            }
        }
    }
}
