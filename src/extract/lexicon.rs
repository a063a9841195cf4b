//! The lexicons Parallax ships in `assets/lexicons/`, loaded once: places
//! (countries, cities, regions, with aliases and demonyms), organizations and
//! their acronyms, titles and honorifics, given names, words that are
//! capitalised without being names, attribution verbs, loaded terms, units.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::model::EntityKind;
use crate::text::fold;

/// A known name: its canonical form and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub canonical: String,
    pub kind: EntityKind,
}

/// How strong an attribution verb is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    Neutral,
    Stronger,
    /// Words that reached the reporter in writing or online ("tweeted",
    /// "posted", "wrote"): neutral in tone, but another outlet's "said"
    /// for the same words tells a reader they were spoken.
    Channel,
}

/// A loaded term and where the idea of it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub term: String,
    pub category: String,
    pub neutral: String,
    pub source: String,
    /// Words before which the term is literal, not loaded ("runaway ship").
    pub literal_before: Vec<String>,
    /// Words after which the term is literal ("the fire raged", "watched
    /// in horror").
    pub literal_after: Vec<String>,
    /// Loaded only right before one of these words, when given
    /// ("allegedly over security concerns" casts doubt on a reason given;
    /// "allegedly stole" is the neutral word of court reporting).
    pub loaded_before: Vec<String>,
    /// Loaded only right after a capitalised word ("the Assad regime", not
    /// "the safety regime").
    pub name_before: bool,
    /// Loaded only when one of these words stands among the four before it
    /// ("holding the whole city hostage"; "hostages were freed" is the
    /// plain word).
    pub loaded_after_within: Vec<String>,
    /// Literal when a capitalised word follows (a phrase ending in a
    /// preposition: "war on Ukraine" is a war, "war on commuters" a
    /// metaphor).
    pub literal_before_name: bool,
    /// Figurative in every sense, so a verb for a change in numbers needs
    /// no amount beside it to be loaded ("appointments have been axed").
    pub figurative: bool,
}

/// The words of one context of a loaded term ("literal_before:a|b;
/// literal_after:c"), by its prefix.
fn context(field: Option<&str>, prefix: &str) -> Vec<String> {
    field
        .into_iter()
        .flat_map(|f| f.split(';'))
        .filter_map(|c| c.trim().strip_prefix(prefix))
        .flat_map(|c| c.split('|').map(|w| w.trim().to_string()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A unit of measure or currency.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub canonical: String,
    pub kind: String,
    /// Factor to the base unit of its kind, when there is one.
    pub factor: Option<f64>,
}

/// Every lexicon, keyed for lookup.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Folded alias -> place.
    pub places: HashMap<String, Known>,
    /// Folded demonym -> canonical country.
    pub demonyms: HashMap<String, String>,
    /// Folded alias -> organization (all-caps aliases are also in `acronyms`).
    pub orgs: HashMap<String, Known>,
    /// Case-sensitive acronyms ("WHO", "IS") that must be written in capitals.
    pub acronyms: HashMap<String, Known>,
    /// Honorifics (folded, without a final dot): mr, dr, sir…
    pub honorifics: HashSet<String>,
    /// Offices (folded, possibly several words): president, prime minister…
    pub offices: HashSet<String>,
    /// Lower-case role nouns: leader, minister, spokesman…
    pub role_nouns: HashSet<String>,
    /// Folded given names.
    pub first_names: HashSet<String>,
    /// Folded words capitalised in news without being names.
    pub common_caps: HashSet<String>,
    /// Folded short form of a given name -> the full names it stands for
    /// ("alex" -> alexander, alexandra, …).
    pub short_names: HashMap<String, Vec<String>>,
    /// Inflected form -> (lemma, class).
    pub verbs: HashMap<String, (String, VerbClass)>,
    /// Folded loaded term -> entry.
    pub loaded: Vec<Loaded>,
    /// The loaded terms that are verbs of saying telling a motive
    /// ("claimed", "insisted"), lower case.
    motive_verbs: HashSet<String>,
    /// Their lemmas, for the same verbs in other tenses ("insist").
    motive_lemmas: HashSet<String>,
    /// Folded unit form -> unit; case-sensitive symbols kept as written too.
    pub units: HashMap<String, Unit>,
    /// Places and organizations of several words by a key that agrees
    /// across spellings (`entities::spelling_key`).
    spelled: HashMap<String, Known>,
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn alts(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn is_caps_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase())
}

/// Short all-capital aliases that are also ordinary English words.
const AMBIGUOUS_ACRONYMS: &[&str] = &[
    "WHO", "IS", "US", "AT", "IT", "AND", "AS", "ON", "OR", "AN", "IN", "BE", "AM",
];

impl Lexicon {
    fn load() -> Lexicon {
        let mut lx = Lexicon::default();
        for r in rows(include_str!("../../assets/lexicons/places.tsv")) {
            if r.len() < 2 {
                continue;
            }
            let canonical = r[1].to_string();
            let known = Known {
                canonical: canonical.clone(),
                kind: EntityKind::Place,
            };
            let forms: Vec<&str> = std::iter::once(r[1])
                .chain(r.get(2).map_or("", |s| s).split('|'))
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect();
            for &name in &forms {
                if AMBIGUOUS_ACRONYMS.contains(&name) || (is_caps_acronym(name) && name.len() <= 3)
                {
                    lx.acronyms
                        .entry(name.to_string())
                        .or_insert_with(|| known.clone());
                    if !AMBIGUOUS_ACRONYMS.contains(&name) {
                        lx.places.entry(fold(name)).or_insert_with(|| known.clone());
                    }
                } else {
                    lx.places.entry(fold(name)).or_insert_with(|| known.clone());
                }
            }
            // A river goes by "River X", "X River" and, where the list says
            // so, "X" alone: each form listed brings the other word order
            // ("Seine" or "River Seine" brings "Seine River"), never a bare
            // name the list does not give ("Don River" does not bring "Don").
            if r[0] == "water"
                && forms
                    .iter()
                    .any(|f| f.starts_with("River ") || f.ends_with(" River"))
            {
                for f in &forms {
                    let bare = f
                        .strip_prefix("River ")
                        .or_else(|| f.strip_suffix(" River"))
                        .unwrap_or(f);
                    if bare.starts_with("the ") {
                        continue;
                    }
                    for other in [format!("River {bare}"), format!("{bare} River")] {
                        lx.places
                            .entry(fold(&other))
                            .or_insert_with(|| known.clone());
                    }
                }
            }
            if r[0] == "country" || r[0] == "region" {
                for d in alts(r.get(3).copied().unwrap_or("")) {
                    lx.demonyms
                        .entry(fold(d))
                        .or_insert_with(|| canonical.clone());
                }
            }
        }
        for r in rows(include_str!("../../assets/lexicons/organizations.tsv")) {
            let known = Known {
                canonical: r[0].to_string(),
                kind: EntityKind::Organization,
            };
            for name in std::iter::once(r[0]).chain(alts(r.get(1).copied().unwrap_or(""))) {
                if is_caps_acronym(name) {
                    lx.acronyms
                        .entry(name.to_string())
                        .or_insert_with(|| known.clone());
                    // Two or three capitals are that body only as
                    // written: "Pa." is Pennsylvania's abbreviation, not
                    // the PA; "Nato" is NATO.
                    if AMBIGUOUS_ACRONYMS.contains(&name) || name.len() <= 3 {
                        continue;
                    }
                }
                lx.orgs.entry(fold(name)).or_insert_with(|| known.clone());
            }
        }
        for r in rows(include_str!("../../assets/lexicons/titles.tsv")) {
            // Each word without its stops, as names are read ("Lt. Gen.";
            // "Assistant U.S. Attorney" is "Assistant US Attorney").
            let t = fold(r[0])
                .split(' ')
                .map(|w| w.replace('.', ""))
                .collect::<Vec<_>>()
                .join(" ");
            match r.get(1).copied().unwrap_or("") {
                "honorific" => {
                    lx.honorifics.insert(t);
                }
                "office" => {
                    lx.offices.insert(t);
                }
                _ => {
                    lx.role_nouns.insert(t);
                }
            }
        }
        lx.first_names = include_str!("../../assets/lexicons/first_names.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| fold(l.trim()))
            .collect();
        for r in rows(include_str!("../../assets/lexicons/short_names.tsv")) {
            if let [short, full, ..] = r.as_slice() {
                lx.short_names.insert(
                    fold(short),
                    full.split(',').map(|f| fold(f.trim())).collect(),
                );
            }
        }
        lx.common_caps = include_str!("../../assets/lexicons/common_capitalized.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| fold(l.trim()))
            .collect();
        for r in rows(include_str!("../../assets/lexicons/attribution_verbs.tsv")) {
            let class = match r.get(1) {
                Some(&"neutral") => VerbClass::Neutral,
                Some(&"channel") => VerbClass::Channel,
                _ => VerbClass::Stronger,
            };
            let lemma = r[0].to_string();
            for f in std::iter::once(r[0]).chain(alts(r.get(2).copied().unwrap_or(""))) {
                lx.verbs
                    .entry(f.to_lowercase())
                    .or_insert((lemma.clone(), class));
            }
        }
        for r in rows(include_str!("../../assets/lexicons/loaded_terms.tsv")) {
            if r.len() < 2 {
                continue;
            }
            if r[1] == "motive_verb" {
                let verb = r[0].to_lowercase();
                if let Some((lemma, _)) = lx.verbs.get(&verb) {
                    lx.motive_lemmas.insert(lemma.clone());
                }
                lx.motive_verbs.insert(verb);
            }
            lx.loaded.push(Loaded {
                term: r[0].to_string(),
                category: r[1].to_string(),
                neutral: r.get(2).copied().unwrap_or("").to_string(),
                source: r.get(3).copied().unwrap_or("").to_string(),
                literal_before: context(r.get(4).copied(), "literal_before:"),
                literal_after: context(r.get(4).copied(), "literal_after:"),
                loaded_before: context(r.get(4).copied(), "loaded_before:"),
                name_before: r.get(4).is_some_and(|c| *c == "name_before"),
                loaded_after_within: context(r.get(4).copied(), "loaded_after_within:"),
                literal_before_name: r
                    .get(4)
                    .is_some_and(|c| c.split(';').any(|c| c.trim() == "literal_before_name")),
                figurative: r
                    .get(4)
                    .is_some_and(|c| c.split(';').any(|c| c.trim() == "figurative")),
            });
        }
        // Every alias as written first, then folded where that is free: "ft"
        // (feet) as written outranks "Ft" (forint) folded.
        let mut folded: Vec<(String, Unit)> = Vec::new();
        for r in rows(include_str!("../../assets/lexicons/units.tsv")) {
            if r.len() < 3 {
                continue;
            }
            let unit = Unit {
                canonical: r[1].to_string(),
                kind: r[2].to_string(),
                factor: r.get(4).and_then(|f| f.parse().ok()),
            };
            for f in std::iter::once(r[0]).chain(alts(r.get(3).copied().unwrap_or(""))) {
                lx.units
                    .entry(f.to_string())
                    .or_insert_with(|| unit.clone());
                folded.push((fold(f), unit.clone()));
            }
        }
        for (f, unit) in folded {
            lx.units.entry(f).or_insert(unit);
        }
        // Several-word names also by a key that agrees across spellings;
        // an exact alias is looked up first, so a key only fills a gap.
        // In a fixed order, places first, so that the same key always names
        // the same entry.
        let mut spelled = HashMap::new();
        for table in [&lx.places, &lx.orgs] {
            let mut aliases: Vec<(&String, &Known)> = table
                .iter()
                .filter(|(a, _)| a.split_whitespace().count() >= 2)
                .collect();
            aliases.sort_by(|a, b| a.0.cmp(b.0));
            for (alias, k) in aliases {
                spelled
                    .entry(super::entities::spelling_key(alias))
                    .or_insert_with(|| k.clone());
            }
        }
        lx.spelled = spelled;
        lx
    }

    /// Is this word (any case) a verb of saying that tells a motive
    /// ("claimed", "insisted")?
    pub fn is_motive_verb(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        // In any tense: "insist" and "insists" for the listed "insisted".
        self.motive_verbs.contains(&w)
            || self
                .verbs
                .get(&w)
                .is_some_and(|(lemma, _)| self.motive_lemmas.contains(lemma))
    }

    /// Two forms of one verb of saying ("insist" / "insisted"), lower case.
    pub fn same_verb(&self, a: &str, b: &str) -> bool {
        self.verbs
            .get(a)
            .zip(self.verbs.get(b))
            .is_some_and(|(x, y)| x.0 == y.0)
    }

    /// A place or organization known by this exact surface form.
    pub fn known(&self, surface: &str) -> Option<&Known> {
        if let Some(k) = self.acronyms.get(surface) {
            return Some(k);
        }
        let f = fold(surface);
        let f = f.trim_start_matches("the ");
        self.places.get(f).or_else(|| self.orgs.get(f)).or_else(|| {
            (f.split_whitespace().count() >= 2)
                .then(|| self.spelled.get(&super::entities::spelling_key(f)))
                .flatten()
        })
    }

    /// Is this (folded) word an honorific or office title?
    /// One given name is a short form of the other ("Alex" / "Alexander",
    /// "Bill" / "William"), either way round.
    pub fn short_form_of(&self, a: &str, b: &str) -> bool {
        let (a, b) = (fold(a), fold(b));
        // The full form in any romanisation ("Alex" / "Aleksander",
        // "Sasha" / "Aleksandar").
        let of = |s: &str, f: &str| {
            self.short_names
                .get(s)
                .is_some_and(|l| l.iter().any(|x| x == f || super::entities::same_name(x, f)))
        };
        a != b && (of(&a, &b) || of(&b, &a) || clipped(&a, &b) || clipped(&b, &a))
    }

    /// One given name is the other cut to its end ("Segun" / "Olusegun"),
    /// either way round: asked only of two people with one surname.
    pub fn end_form_of(&self, a: &str, b: &str) -> bool {
        let (a, b) = (fold(a), fold(b));
        tail_clipped(&a, &b) || tail_clipped(&b, &a)
    }

    pub fn is_title_word(&self, folded: &str) -> bool {
        let w = folded.trim_end_matches('.');
        self.honorifics.contains(w) || self.offices.contains(w)
    }
}

/// A given name cut to its end, as names that open on a particle are
/// ("Segun" / "Olusegun", "Femi" / "Olufemi", "Tunde" / "Babatunde"): the
/// last four letters or more, the full name two letters longer at least.
fn tail_clipped(short: &str, full: &str) -> bool {
    let (n, m) = (short.chars().count(), full.chars().count());
    n >= 4 && m >= n + 2 && full.ends_with(short)
}

/// A given name cut short, by rule rather than by list: the first letters of
/// the full name, three or more ("Ros" / "Rosalind", "Lyn" / "Lynne"),
/// or those letters with a pet ending ("Toby" / "Tobias", "Rosie" /
/// "Rosalind", "Danny" / "Daniel"), five letters at most. Folded names;
/// `short` the shorter.
fn clipped(short: &str, full: &str) -> bool {
    // A clip is short: "William" is no clip of "Williamsport".
    let n = short.chars().count();
    if !(3..=5).contains(&n) || n >= full.chars().count() {
        return false;
    }
    if full.starts_with(short) {
        return true;
    }
    let Some(stem) = ["ie", "y", "i"]
        .iter()
        .find_map(|end| short.strip_suffix(end))
    else {
        return false;
    };
    // "Danny": the doubled letter before the ending is one ("dan").
    let mut last_two = stem.char_indices().rev().take(2);
    let stem = match (last_two.next(), last_two.next()) {
        (Some((at, b)), Some((_, a))) if a == b => &stem[..at],
        _ => stem,
    };
    stem.chars().count() >= 3 && full.starts_with(stem)
}

/// The shared lexicon.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_river_is_known_in_either_word_order() {
        for name in [
            "Seine",
            "River Seine",
            "Seine River",
            "Elbe River",
            "River Dnipro",
            "Dnipro River",
        ] {
            assert!(LEXICON.places.contains_key(&fold(name)), "{name}");
        }
        // No bare name the list does not give.
        assert!(!LEXICON.places.contains_key(&fold("Don")));
    }

    #[test]
    fn lexicons_load_and_answer() {
        let lx = &*LEXICON;
        assert_eq!(
            lx.known("U.S.").map(|k| k.canonical.as_str()),
            Some("United States")
        );
        assert_eq!(
            lx.known("Britain").map(|k| k.canonical.as_str()),
            Some("United Kingdom")
        );
        assert_eq!(
            lx.known("NATO").map(|k| k.kind),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            lx.known("Nato").map(|k| k.kind),
            Some(EntityKind::Organization)
        );
        assert!(lx.known("WHO").is_some());
        assert!(lx.known("who").is_none());
        assert!(lx.demonyms.contains_key("ukrainian"));
        assert!(lx.honorifics.contains("mr"));
        assert!(lx.offices.contains("prime minister"));
        assert!(lx.first_names.contains("volodymyr") || lx.first_names.contains("vladimir"));
        assert_eq!(
            lx.verbs.get("claimed").map(|v| v.1),
            Some(VerbClass::Stronger)
        );
        assert_eq!(lx.verbs.get("said").map(|v| v.1), Some(VerbClass::Neutral));
        assert_eq!(
            lx.verbs.get("tweeted").map(|v| v.1),
            Some(VerbClass::Channel)
        );
        assert!(lx.loaded.iter().any(|l| l.term == "so-called"));
    }
}
