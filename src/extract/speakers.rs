//! Who said a quotation, and with which verb. The cue verb is looked for
//! next to the quotation (after it for a quotation that opens its sentence,
//! before it for one embedded in a sentence), then its subject: a name
//! ("Mr Halvik said", "said Lena Sorvik", "said the mayor, Annika Stråle"),
//! a pronoun or a role ("he said", "the Ukrainian leader added") resolved to
//! the person the text was last about, or "according to X". How the speaker
//! was found is kept, so that only explicit attributions are compared.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::rx::Regex;

use super::lexicon::LEXICON;
use crate::model::{Attribution, Entity, EntityKind};
use crate::text::fold;

/// A verb of saying at a place in a paragraph.
#[derive(Debug, Clone)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub word: String,
}

/// Entity mentions per (version, paragraph): (start, end, entity index).
pub type MentionIndex = HashMap<(usize, usize), Vec<(usize, usize, usize)>>;

/// Index every mention by its paragraph.
pub fn mention_index(entities: &[Entity]) -> MentionIndex {
    let mut idx: MentionIndex = HashMap::new();
    for (ei, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            idx.entry((m.version, m.paragraph))
                .or_default()
                .push((m.start, m.end, ei));
        }
    }
    for v in idx.values_mut() {
        v.sort_unstable();
    }
    idx
}

/// A listener's place: right after "told" or "tells" ("told the
/// Courier", "tells Reuters").
static TOLD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:told|tells|telling)\s+(?:the\s+)?$").expect("valid regex")
});

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}'’-]+").expect("valid regex"));
/// After "quoted", the one quoted and "as saying" ("quoted an official as
/// saying", "quoting Peskov as telling reporters"); not past a comma (an
/// apposition, "quoted Peskov, the spokesman, as saying", is left to the
/// verb "quoted").
static AS_SAYING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:[\p{L}'’.-]+\s+){1,8}?as\s+(?:saying|telling|stating|writing)\b")
        .expect("valid regex")
});
static ACCORDING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\baccording to\b").expect("valid regex"));
/// A participle that characterises in someone's words, right before the
/// quotation it names ("…, calling it “proportionate to the risk”",
/// "…, branding the plan “reckless”"): a cue for the sentence's subject.
static CHARACTERISING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(calling|finding|branding|labell?ing|terming|deeming|declaring)\s+(?:it|them|him|her|this|that|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:as\s+)?["“‘]"#)
        .expect("valid regex")
});
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?i:the|his|her|their|a|an))\s+((?:[\p{L}\d'’-]+,?\s+){0,3})([\p{L}\d-]+)\s*$")
        .expect("valid regex")
});
/// [`ROLE_BEFORE`] from the determiner nearest the verb that opens a
/// match: "In a statement, the prime minister said" is the minister's
/// words (the leftmost match would open at "a statement" and read an
/// unnamed speaker).
fn role_before(text: &str) -> Option<crate::rx::Captures<'_>> {
    static DETERMINER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(?i:the|his|her|their|a|an)\s").expect("valid regex"));
    let starts: Vec<usize> = DETERMINER.find_iter(text).map(|m| m.start()).collect();
    // (Not a determiner inside another's description: "an aide to the
    // president said" is the aide's, unnamed; "officials at the carrier",
    // "a team from the ministry" speak for the body.)
    let of_another = |at: usize| {
        ends_on_word(
            &text[..at],
            &["to", "of", "for", "with", "behind", "near", "under"],
        )
    };
    // (A match over a skipped one tells another's role by the wrong
    // word: "the wife of the president" is no president.)
    let skipped = starts.iter().rev().find(|&&at| of_another(at)).copied();
    starts
        .iter()
        .rev()
        .copied()
        .filter(|&at| !of_another(at))
        .find_map(|at| {
            ROLE_BEFORE
                .captures_at(text, at)
                .filter(|c| c.get(0).is_some_and(|m| m.start() == at))
        })
        .filter(|c| {
            skipped.is_none_or(|s| c.get(0).is_some_and(|m| m.start() > s))
                || c.get(1)
                    .is_some_and(|d| matches!(d.as_str().to_lowercase().as_str(), "a" | "an"))
        })
}

/// "the head of state", "the head of government" right before the verb.
static HEAD_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe\s+head\s+of\s+(state|government)\s*$").expect("valid regex")
});
/// A name in the possessive and up to two words before a role word, right
/// before the verb: "Azerbaijan's president", "Ukraine’s foreign minister".
static POSSESSIVE_ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{L}])(\p{Lu}[\p{L}-]+)(?:'s|’s)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2})(\p{Ll}[\p{L}-]*)\s*$")
        .expect("valid regex")
});
/// The words before a role end on a word that makes the role another's
/// ("a spokesman for", "an aide to", "the office of").
fn of_another(before: &str) -> bool {
    ends_on_word(
        before,
        &[
            "for", "to", "of", "with", "by", "from", "at", "behind", "near", "under",
        ],
    )
}

/// Whether the last word of `before` is one of `words` (lower case).
fn ends_on_word(before: &str, words: &[&str]) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| words.contains(&w.to_lowercase().as_str()))
}

/// An article and up to four words after the verb ("said the mayor", "says
/// the bow-tied man"); the caller looks for the role word among them.
static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*((?i:the|his|her|their|a|an|one|another))\s+((?:[\p{L}\d'’-]+\s*){1,4})")
        .expect("valid regex")
});
/// A pronoun right before the verb of saying, past auxiliaries and the
/// adverbs that stand there ("he has also said", "she further said", "he
/// repeatedly said"; not "never", nor a verb's own adverb after an object
/// "it": "analysts who follow it closely said").
static PRONOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(he|she|they|it|we|i)\s+(?:(?:was|were|is|are|has|had|have|also|later|then|previously|once|again|would|will|further|still|earlier|often|repeatedly|publicly|privately|reportedly|initially|subsequently|separately|recently|flatly|explicitly|specifically|frequently)\s+)*$")
        .expect("valid regex")
});
/// A document of someone named earlier, by a possessive: "her statement
/// said", "his post read", "their letter added". (A person of theirs, "her
/// lawyer said", is someone else.)
static DOCUMENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:statement|post|tweet|letter|email|e-mail|message|memo|filing|affidavit|testimony|speech|remarks|complaint|lawsuit|memoir|book|column)\s+(?:(?:also|later|then|had|has)\s+)*$")
        .expect("valid regex")
});
/// An organization's own document right before the verb ("the statement
/// added", "the blog post states", "a company statement said").
static ORG_DOCUMENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the|a|its)\s+(?:company\s+|blog\s+|brief\s+|written\s+|joint\s+)?(?:statement|post|release|press release|memo)\s+(?:(?:also|later|then)\s+)*$")
        .expect("valid regex")
});
/// A pronoun that opens its sentence: its subject.
static SUBJECT_PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\W*(?i:(he|she))\s").expect("valid regex"));
/// A pronoun after the verb is the speaker only when the clause ends there
/// ("…," said he.): in "said it would", "said she was", it is the subject
/// of what was said.
static PRONOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(he|she|they|it|we|i)\s*(?:[,.;:!?]|$)").expect("valid regex")
});

const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "with",
    "beside",
    "by",
    "for",
    "from",
    "to",
    "of",
    "on",
    "about",
    "after",
    "before",
    "like",
    "than",
    "against",
    "without",
    "near",
    "behind",
    "alongside",
    "between",
    "among",
    "under",
    "over",
    "toward",
    "towards",
    "into",
    "through",
    "during",
    "including",
    "unlike",
];

/// Whether `text[s..e]` lies inside one of the quotations.
pub fn in_quotation(quoted: &[(usize, usize)], s: usize, e: usize) -> bool {
    quoted.iter().any(|(a, b)| s >= *a && e <= *b)
}

/// Verbs of saying in `text[from..to]`, outside quotations.
pub fn cues_in(text: &str, from: usize, to: usize, quoted: &[(usize, usize)]) -> Vec<Cue> {
    // Quotations are usually in text order: find the one that may hold a
    // word by binary search then (else look through all of them).
    let sorted = quoted.is_sorted();
    let inside = |s: usize, e: usize| {
        if sorted {
            let k = quoted.partition_point(|(a, _)| *a <= s);
            in_quotation(&quoted[k.saturating_sub(4)..k], s, e)
        } else {
            in_quotation(quoted, s, e)
        }
    };
    let mut out: Vec<Cue> = WORD
        .find_iter(&text[from..to])
        .map(|m| (from + m.start(), from + m.end(), m.as_str()))
        .filter(|(s, e, w)| {
            if inside(*s, *e) {
                return false;
            }
            let lower = w.to_lowercase();
            // "her statement read", "the letter reads": a document's words.
            // (Not a statement read out by someone, "in a statement read to
            // reporters", "a letter read aloud in court": there "read"
            // names the reading, and the verb of saying is another.)
            if matches!(lower.as_str(), "read" | "reads") {
                let next = text[*e..]
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                if matches!(next.as_str(), "to" | "aloud" | "out" | "by") {
                    return false;
                }
                return text[..*s].split_whitespace().next_back().is_some_and(|p| {
                    matches!(
                        p.to_lowercase().as_str(),
                        "statement"
                            | "post"
                            | "tweet"
                            | "letter"
                            | "email"
                            | "e-mail"
                            | "message"
                            | "memo"
                            | "note"
                            | "release"
                            | "notice"
                            | "sign"
                    )
                });
            }
            // "RIA quoted an official as saying": the one quoted speaks,
            // by "saying"; the outlet only passes the words on.
            // (Not in the passive: "Moore was quoted by AFP as saying".)
            if matches!(lower.as_str(), "quoted" | "quotes" | "quoting")
                && AS_SAYING.is_match(crate::text::head(&text[*e..], 80))
                && !text[*e..].trim_start().to_lowercase().starts_with("by ")
                && !crate::text::be_before(&text[..*s])
            {
                return false;
            }
            LEXICON
                .verbs
                .get(&lower)
                .is_some_and(|(lemma, _)| !reads_as_noun(text, (*s, *e), w, &lower, lemma))
        })
        .map(|(start, end, w)| Cue {
            start,
            end,
            word: w.to_string(),
        })
        .collect();
    // A verb of saying with its particle ("Scholz pointed out", "she went
    // on, speaking in Russian,"): the two words are one cue. ("Went on"
    // and the like only before a mark: "went on to win" tells no words.)
    let words: Vec<(usize, usize)> = WORD
        .find_iter(&text[from..to])
        .map(|m| (from + m.start(), from + m.end()))
        .collect();
    for w in words.windows(2) {
        let ((s, _), (p, e)) = (w[0], w[1]);
        if inside(s, e) || text[s..p].contains(|c: char| !c.is_alphabetic() && !c.is_whitespace()) {
            continue;
        }
        let phrase = format!(
            "{} {}",
            text[s..w[0].1].to_lowercase(),
            text[p..e].to_lowercase()
        );
        let marked = text[e..]
            .trim_start()
            .starts_with([',', '.', ':', ';', '"', '“', '”']);
        // The word before: no determiner ("a hit back home" is a noun),
        // and for "went on" a pronoun or a name ("she went on,"; not "the
        // talks went on.").
        let before = text[..s]
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric());
        let speaker_before = matches!(before.to_lowercase().as_str(), "he" | "she" | "they")
            || before.starts_with(char::is_uppercase);
        if LEXICON.verbs.contains_key(&phrase)
            && !DETERMINERS.contains(&before.to_lowercase().as_str())
            && (!phrase.ends_with(" on") || (marked && speaker_before))
            && !out.iter().any(|c| c.start == s)
        {
            out.push(Cue {
                start: s,
                end: e,
                word: text[s..e].to_string(),
            });
        }
    }
    // Only where no verb of saying comes before it: "his lawyer said,
    // calling the verdict “political”" is the lawyer's by "said".
    let first_verb = out.iter().map(|c| c.start).min().unwrap_or(usize::MAX);
    out.extend(
        CHARACTERISING
            .captures_iter(&text[from..to])
            .filter_map(|c| c.get(1))
            .map(|m| (from + m.start(), from + m.end(), m.as_str()))
            .filter(|(s, e, _)| !inside(*s, *e) && *s < first_verb)
            .map(|(start, end, w)| Cue {
                start,
                end,
                word: w.to_string(),
            }),
    );
    out.extend(
        ACCORDING
            .find_iter(&text[from..to])
            .map(|m| (from + m.start(), from + m.end()))
            .filter(|(s, e)| !inside(*s, *e))
            .map(|(start, end)| Cue {
                start,
                end,
                word: "according to".to_string(),
            }),
    );
    out.sort_by_key(|c| c.start);
    out
}

/// Words after which a bare verb form reads as a noun: determiners and
/// possessives ("the report", "his claims", "a blog post").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "whose", "any", "no", "each", "every", "another", "such",
];

/// A verb of saying in its bare form ("state", "report", "claims",
/// "attack") that reads as a noun where it stands: written with a capital
/// inside a sentence ("United States", "State Department"), after a
/// determiner, a possessive or a preposition ("the report", "Trump's
/// claims", "of state"), or before a job title or a kind of body ("GOP state
/// senator", "state media"). The past and -ing forms are verbs.
fn reads_as_noun(
    text: &str,
    (start, end): (usize, usize),
    word: &str,
    lower: &str,
    lemma: &str,
) -> bool {
    let bare = lower == lemma
        || lower
            .strip_suffix('s')
            .is_some_and(|w| w == lemma || w.strip_suffix('e') == Some(lemma));
    if !bare {
        return false;
    }
    let before = text[..start].trim_end();
    // A quotation's close after a comma carries its sentence on: in
    // "…before nightfall,” State Minister … Habibur Rahman told reporters",
    // "State" starts no sentence.
    let quote_marks = ['"', '“', '”', '‘', '’'];
    let carried_on = before.trim_end_matches(quote_marks).ends_with(',');
    let sentence_start = before.is_empty()
        || (before.ends_with(['.', '!', '?', ':']) || before.ends_with(quote_marks)) && !carried_on;
    if word.starts_with(char::is_uppercase) && !sentence_start {
        return true;
    }
    let mut words = before.rsplit(|c: char| c.is_whitespace());
    let prev = words.next().unwrap_or("");
    let prev_lower = prev.to_lowercase();
    let determiner = |w: &str| {
        DETERMINERS.contains(&w)
            || (PREPOSITIONS.contains(&w) && w != "to")
            || w.ends_with("'s")
            || w.ends_with("’s")
    };
    if determiner(&prev_lower) {
        return true;
    }
    // "in a LinkedIn post", "the BBC report": a name as modifier between
    // the determiner and the word.
    if prev.starts_with(char::is_uppercase)
        && words
            .next()
            .is_some_and(|w| determiner(&w.to_lowercase()) && !w.starts_with(char::is_uppercase))
    {
        return true;
    }
    let next = text[end..]
        .split(|c: char| c.is_whitespace())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    !next.is_empty() && next.starts_with(char::is_lowercase) && (is_role(next) || is_org_noun(next))
}

/// Is the mark at byte `i` the end of a sentence (not the stop of "U.S."
/// or "Mr.")?
pub fn sentence_end_at(text: &str, i: usize) -> bool {
    let Some(mark) = text.get(i..).and_then(|t| t.chars().next()) else {
        return false;
    };
    let next = text[i + mark.len_utf8()..].chars().next();
    if !next.is_none_or(|n| n.is_whitespace() || matches!(n, '"' | '”' | '’')) {
        return false;
    }
    if !text[i..].starts_with('.') {
        return true;
    }
    let word: String = text[..i]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let folded = fold(&word);
    let abbreviation = word.contains('.')
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || (LEXICON.is_title_word(&folded) && folded.len() <= 5)
        || matches!(
            folded.as_str(),
            "st" | "no"
                | "vs"
                | "jan"
                | "feb"
                | "aug"
                | "sept"
                | "sep"
                | "oct"
                | "nov"
                | "dec"
                | "gen"
                | "gov"
                | "sen"
                | "rep"
                | "jr"
                | "sr"
                | "co"
                | "inc"
                | "corp"
                | "ltd"
        );
    !abbreviation
}

/// Bounds of the sentence around byte range [a, b), ignoring full stops
/// inside quotations and after abbreviations.
pub fn sentence_bounds(
    text: &str,
    a: usize,
    b: usize,
    quoted: &[(usize, usize)],
) -> (usize, usize) {
    let inside = |i: usize| quoted.iter().any(|(s, e)| i > *s && i < *e);
    // A full stop that closes a quotation ends the sentence too when a new
    // one follows (`… an "outlaw nation." Russia insisted …`): the
    // American style puts it inside the marks. A question or exclamation
    // mark there does not (`"Why now?" Jones asked.`).
    let closes_quotation = |i: usize| {
        let after = text[i + 1..].trim_start_matches(['"', '”', '’', '\'']);
        after.len() < text.len() - i - 1
            && after.starts_with(char::is_whitespace)
            && after
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'))
    };
    let ends = |i: usize, c: char| {
        matches!(c, '.' | '!' | '?')
            && (!inside(i) || (c == '.' && closes_quotation(i)))
            && sentence_end_at(text, i)
    };
    let start = text[..a]
        .char_indices()
        .filter(|&(i, c)| ends(i, c))
        .map(|(i, _)| i + 1)
        .next_back()
        .unwrap_or(0);
    let end = text[b..]
        .char_indices()
        .find(|&(i, c)| ends(b + i, c))
        .map_or(text.len(), |(i, _)| b + i + 1);
    (start, end)
}

/// Who the text was last about, as it is read through a version.
#[derive(Debug, Default, Clone)]
pub struct Salience {
    /// The last person who was the subject of a sentence or a speech verb.
    pub subject: Option<usize>,
    /// The last person mentioned at all.
    pub last: Option<usize>,
    /// Words seen just before each person ("Ukrainian", "President", "mayor").
    pub about: HashMap<usize, Vec<String>>,
    /// The same, for the paragraph being read.
    pub para_subject: Option<usize>,
    pub para_last: Option<usize>,
    /// The last organization mentioned ("the company said", "it said").
    pub organization: Option<usize>,
    /// The last organization that said something ("BC Hydro said …"):
    /// what "it said" points back to before any organization merely named.
    pub organization_speaker: Option<usize>,
    /// Whether that organization spoke after any person was last the
    /// subject of a sentence: "they said" then goes on with the body
    /// ("Carris said in a statement that … “…,” they said."), as British
    /// news writes a company in the plural.
    pub organization_spoke_last: bool,
    /// People named lately, the latest last (at most [`RECENT`]).
    pub recent: Vec<usize>,
    /// Organizations named so far, the latest last, each once.
    pub organizations: Vec<usize>,
    /// Who the story itself calls "he" or "she" (see [`genders`]), learnt
    /// once for the story and shared by every version's reading.
    pub genders: std::rc::Rc<HashMap<usize, Gender>>,
}

/// Where entities are named in a paragraph: (start, end, entity index).
pub type Mentions = [(usize, usize, usize)];

/// "The minister gave…" at a sentence's start: the role word.
static ROLE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.!?]\s+)\s*[Tt]he\s+([a-z]+)(?:\s+|,\s+who\s[^,.;]{1,80},\s+)([a-z]+)\b")
        .expect("valid regex")
});

/// How many people named lately a pronoun may reach back to.
const RECENT: usize = 6;

/// Which pronoun the story uses for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    He,
    She,
}

/// Who the story calls "he" and who "she", learnt from the text in front of
/// it, in every version at once: a courtesy title ("Mr", "Ms") before a name
/// counts three, a pronoun in the words after a name, before anyone else is
/// named and before its sentence ends, one ("Lohmar said. She was taken to
/// hospital": the next sentence is about someone else as often as not). A
/// person is given a pronoun only when it has at least two votes and three
/// times as many as the other. A given name the lexicon knows adds two
/// votes when its vector of meaning leans clearly one way ("Michelle",
/// "John"; see [`crate::link::meaning::Table::feminine_lean`]).
pub fn genders(paragraphs: &[(&str, &Mentions)], entities: &[Entity]) -> HashMap<usize, Gender> {
    let mut votes: HashMap<usize, (usize, usize)> = HashMap::new();
    for &(text, mentions) in paragraphs {
        let people: Vec<&(usize, usize, usize)> = mentions
            .iter()
            .filter(|m| entities[m.2].kind == EntityKind::Person)
            .collect();
        for (k, &&(s, e, ei)) in people.iter().enumerate() {
            let v = votes.entry(ei).or_default();
            let title = text[..s]
                .split_whitespace()
                .next_back()
                .map(|w| w.trim_end_matches('.').to_lowercase());
            match title.as_deref() {
                Some("mr" | "sir" | "lord") => v.0 += 3,
                Some("mrs" | "ms" | "miss" | "dame" | "lady" | "baroness" | "madam") => v.1 += 3,
                _ => {}
            }
            let end = people.get(k + 1).map_or(text.len(), |m| m.0.max(e));
            let window = crate::text::head(&text[e..end], 240);
            for w in window.split_whitespace() {
                match w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str()
                {
                    "he" | "him" | "his" | "himself" => v.0 += 1,
                    "she" | "her" | "hers" | "herself" => v.1 += 1,
                    _ => {}
                }
                if w.ends_with(['.', '!', '?']) {
                    break;
                }
            }
        }
    }
    // A given name the lexicon knows leans one way or the other in its
    // vector of meaning ("Michelle", "John"): two votes, as strong as a
    // pronoun twice, weaker than the text when the text disagrees.
    if let Some(table) = crate::link::meaning::Table::get() {
        for (ei, v) in votes.iter_mut() {
            let mut words = entities[*ei].name.split_whitespace();
            let (Some(given), Some(_)) = (words.next(), words.next()) else {
                continue;
            };
            if !LEXICON.first_names.contains(&fold(given)) {
                continue;
            }
            // (Not against the text when it is plain: "Min" leans one
            // way, and the text calls Min Aung Hlaing "he" twice.)
            match table.feminine_lean(given) {
                Some(l) if l > 0.25 && v.0 < 2 => v.1 += 2,
                Some(l) if l < -0.1 && v.1 < 2 => v.0 += 2,
                _ => {}
            }
        }
    }
    votes
        .into_iter()
        .filter_map(|(ei, (he, she))| {
            if he >= 2 && he >= 3 * she {
                Some((ei, Gender::He))
            } else if she >= 2 && she >= 3 * he {
                Some((ei, Gender::She))
            } else {
                None
            }
        })
        .collect()
}

impl Salience {
    /// Start reading a new paragraph.
    pub fn new_paragraph(&mut self) {
        self.para_subject = None;
        self.para_last = None;
    }

    /// Record the people mentioned in `text[from..to]`, outside quotations.
    pub fn read(
        &mut self,
        text: &str,
        mentions: &[(usize, usize, usize)],
        entities: &[Entity],
        from: usize,
        to: usize,
        quoted: &[(usize, usize)],
    ) {
        for &(s, e, ei) in mentions {
            if s < from || e > to || in_quotation(quoted, s, e) {
                continue;
            }
            if entities[ei].kind == EntityKind::Organization {
                self.organization = Some(ei);
                self.organizations.retain(|&o| o != ei);
                self.organizations.push(ei);
                if speaks_next(&text[e..]) {
                    self.organization_speaker = Some(ei);
                    self.organization_spoke_last = true;
                }
                continue;
            }
            if entities[ei].kind != EntityKind::Person {
                continue;
            }
            self.last = Some(ei);
            self.para_last = Some(ei);
            self.recent.retain(|&r| r != ei);
            self.recent.push(ei);
            if self.recent.len() > RECENT {
                self.recent.remove(0);
            }
            // A person named as the source of what the sentence says
            // ("…, according to Ruth Pennington, a trader") is whom the
            // next "she said" quotes, as a sentence's subject is.
            let lead = text[..s].trim_end().as_bytes();
            let source = lead.len() >= 12
                && lead[lead.len() - 12..].eq_ignore_ascii_case(b"according to")
                // (Not "according to Clinton's spokeswoman".)
                && !text[e..].starts_with(['\'', '’']);
            if source || is_subject(text, s, e, mentions, entities) {
                self.subject = Some(ei);
                self.para_subject = Some(ei);
                self.organization_spoke_last = false;
            }
            let desc: Vec<String> = text[..s]
                .split_whitespace()
                .rev()
                .take(3)
                .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
                .filter(|w| !w.is_empty())
                .collect();
            self.about.entry(ei).or_default().extend(desc);
            // "Edita Varga, the economy minister, …": the apposition after
            // the name describes the person too.
            if let Some(rest) = text[e..].strip_prefix(", ") {
                let end = rest
                    .find([',', '.', ';', '(', '"', '“', '”'])
                    .unwrap_or(rest.len());
                let apposition: Vec<&str> = rest[..end].split_whitespace().collect();
                if apposition.len() <= 7
                    && apposition
                        .first()
                        .is_some_and(|w| matches!(*w, "the" | "a" | "an"))
                {
                    let words: Vec<String> = apposition[1..]
                        .iter()
                        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
                        .filter(|w| !w.is_empty())
                        .collect();
                    self.about.entry(ei).or_default().extend(words);
                }
            }
        }
        // A sentence whose subject is a role the story gave one person
        // ("The minister gave little away." after "Economy Minister Edita
        // Varga"): that person is who the paragraph is about, when no one
        // is named after it.
        let last_named = mentions
            .iter()
            .filter(|m| m.0 >= from && m.1 <= to && entities[m.2].kind == EntityKind::Person)
            .map(|m| m.0)
            .max();
        for c in ROLE_SUBJECT.captures_iter(&text[from..to.min(text.len())]) {
            let (Some(all), Some(role), Some(next)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let at = from + all.start();
            // "The president of the club said": someone else's office.
            if matches!(
                next.as_str(),
                "of" | "for"
                    | "in"
                    | "at"
                    | "and"
                    | "or"
                    | "who"
                    | "whose"
                    | "to"
                    | "from"
                    | "with"
            ) || last_named.is_some_and(|m| m > at)
                || !is_role(role.as_str())
                || in_quotation(quoted, at, from + all.end())
            {
                continue;
            }
            if let Some(ei) = self.role_holder(role.as_str(), entities) {
                self.subject = Some(ei);
                self.para_subject = Some(ei);
                self.last = Some(ei);
                self.para_last = Some(ei);
                self.recent.retain(|&r| r != ei);
                self.recent.push(ei);
            }
        }
    }

    /// The one person the story described with this role word ("minister"
    /// for "Economy Minister Edita Varga"), if exactly one.
    /// Of two described so, "the president" is the one not called a former
    /// one ("President Joe Biden" and "former President Donald Trump").
    fn role_holder(&self, role: &str, entities: &[Entity]) -> Option<usize> {
        let role = fold(role);
        let holders: Vec<(usize, bool)> = self
            .about
            .iter()
            .filter(|(ei, about)| {
                entities[**ei].kind == EntityKind::Person && about.contains(&role)
            })
            .map(|(ei, _)| (*ei, self.called_former(*ei)))
            .collect();
        match holders.as_slice() {
            [(one, _)] => Some(*one),
            [] => None,
            _ => {
                let mut sitting = holders.iter().filter(|(_, former)| !former);
                let first = sitting.next()?;
                sitting.next().is_none().then_some(first.0)
            }
        }
    }

    /// The story calls this person a former holder of something ("former
    /// President Donald Trump").
    fn called_former(&self, ei: usize) -> bool {
        self.about
            .get(&ei)
            .is_some_and(|words| words.iter().any(|w| w == "former"))
    }

    /// Of the people the story described with every one of these words,
    /// none of them a deputy's ("Vice President Ann Lee"), the one it named
    /// last ("the head of state said" after "Aliyev … Putin … Aliyev"), the
    /// sitting one before one called former; else the only one described
    /// so, however long ago.
    fn latest_holder(&self, words: &[&str], entities: &[Entity]) -> Option<usize> {
        let holds = |ei: usize| {
            self.described(ei, words, entities)
                && !self.about[&ei].iter().any(|x| x == "vice" || x == "deputy")
        };
        self.recent
            .iter()
            .rev()
            .copied()
            .filter(|&ei| holds(ei))
            .min_by_key(|ei| self.called_former(*ei))
            .or_else(|| {
                let mut all = self.about.keys().copied().filter(|&ei| holds(ei));
                let one = all.next()?;
                all.next().is_none().then_some(one)
            })
    }

    /// The person a pronoun points to.
    pub fn pronoun(&self, p: &str) -> Option<usize> {
        self.pronoun_but(p, &[])
    }

    /// [`Self::pronoun`], never one of `not`: the people the pronoun's own
    /// clause names after it ("She stressed that a meeting with Helga
    /// Ostberg was “necessary”": she is not Ostberg).
    pub fn pronoun_but(&self, p: &str, not: &[usize]) -> Option<usize> {
        match p {
            // The subject of this paragraph, else whoever it named last,
            // else the story's last subject.
            "he" | "she" | "i" => {
                // Whoever is nearest (the people named lately come after
                // the four, and are never reached when `last` is unset).
                let order = || {
                    [self.para_subject, self.para_last, self.subject, self.last]
                        .into_iter()
                        .flatten()
                        .chain(self.recent.iter().rev().copied())
                        .filter(|ei| !not.contains(ei))
                };
                let want = match p {
                    "he" => Gender::He,
                    "she" => Gender::She,
                    _ => return order().next(),
                };
                // The nearer two if the story calls one so, else the first
                // it does not call otherwise, else the nearest.
                // The paragraph's subject first when nothing says it is
                // the other: "Murad Gharbi, the prosecutor, has opened an
                // investigation into Mr Jlassi's death. “…,” he said."
                // A quotation that opens its paragraph ("“…,” he said."
                // under "Lt. Col. Ann Bivens said the attacker …") goes on
                // with the story's last subject when nothing says it is not
                // that one, before anyone merely named after it.
                let opening = (self.para_subject.is_none() && self.para_last.is_none())
                    .then_some(self.subject)
                    .flatten();
                self.para_subject
                    .or(opening)
                    .filter(|ei| !not.contains(ei))
                    .filter(|ei| self.genders.get(ei).is_none_or(|&g| g == want))
                    .or_else(|| {
                        order()
                            .take(2)
                            .find(|ei| self.genders.get(ei) == Some(&want))
                    })
                    .or_else(|| order().find(|ei| self.genders.get(ei).is_none_or(|&g| g == want)))
                    // Everyone in view is told of the other way: the
                    // speaker is someone the text does not name ("The
                    // judge rejected it. “…,” she said." after a man).
                    .or_else(|| order().next().filter(|ei| !self.genders.contains_key(ei)))
            }
            "it" => self.organization_speaker.or(self.organization),
            "they" => self
                .organization_speaker
                .filter(|_| self.organization_spoke_last),
            _ => None,
        }
    }

    /// The organization a common noun stands for because it is a word of
    /// that organization's name ("the commission" after "the Ontario
    /// Civilian Police Commission", "the railway" after "Canadian Pacific
    /// Railway", "the office" after "the Prime Minister's Office"): the
    /// latest named with it.
    pub fn organization_named(&self, noun: &str, entities: &[Entity]) -> Option<usize> {
        let noun = fold(noun);
        if noun.chars().count() < 3 {
            return None;
        }
        self.organizations
            .iter()
            .rev()
            .copied()
            .find(|&ei| named_with(&entities[ei], &noun))
    }

    /// A person the story described with every one of these (folded)
    /// words.
    fn described(&self, ei: usize, words: &[&str], entities: &[Entity]) -> bool {
        entities[ei].kind == EntityKind::Person
            && self
                .about
                .get(&ei)
                .is_some_and(|a| words.iter().all(|w| a.iter().any(|x| x == w)))
    }

    /// Of the people described with every one of the role's `words`, the
    /// one also described with the adjective of `country` ("Azerbaijani
    /// President Ilham Aliyev" for "Azerbaijan's president"; the adjective
    /// starts as the name does: Ukraine / Ukrainian, Portugal / Portuguese,
    /// China / Chinese), if exactly one.
    fn role_of(&self, country: &str, words: &[&str], entities: &[Entity]) -> Option<usize> {
        let country: Vec<char> = fold(country).chars().collect();
        if country.len() < 5 {
            return None;
        }
        // As long a start as the two share: six letters, or all but the
        // name's last ("Portugal" / "Portuguese", "China" / "Chinese").
        let stem: String = country.iter().take(6.min(country.len() - 1)).collect();
        // Of those, the ones whose adjective shares the longest start with
        // the name: "Mauritian" (seven letters) over "Mauritanian" (six)
        // for "Mauritius".
        let shared = |ei: usize| {
            self.about[&ei]
                .iter()
                .filter(|a| a.starts_with(&stem))
                .map(|a| a.chars().zip(&country).take_while(|(x, y)| x == *y).count())
                .max()
        };
        let described: Vec<(usize, usize)> = self
            .about
            .keys()
            .filter(|&&ei| self.described(ei, words, entities))
            .filter_map(|&ei| Some((ei, shared(ei)?)))
            .collect();
        let longest = described.iter().map(|&(_, n)| n).max()?;
        let mut found = described.iter().filter(|&&(_, n)| n == longest);
        let one = found.next()?;
        found.next().is_none().then_some(one.0)
    }

    /// Resolve "the Ukrainian leader" or "the mayor": a person described
    /// with those words, else the last subject.
    pub fn role(&self, words: &str, entities: &[Entity]) -> Option<usize> {
        // "his lawyer", "her spokesman": someone else's role; the one whose
        // it is (the story's subject) is not its holder.
        let possessed = words
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(fold(w).as_str(), "his" | "her" | "their" | "its"));
        let words: Vec<String> = words
            .split_whitespace()
            .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| !w.is_empty() && !matches!(w.as_str(), "the" | "his" | "her" | "their"))
            .collect();
        // (Of two described alike, "the president" is the one not called
        // a former one: "President Joe Biden" and "former President Donald
        // Trump".)
        let former_asked = words.iter().any(|w| w == "former");
        let mut best: Option<(usize, (usize, bool))> = None;
        let mut people: Vec<&usize> = self.about.keys().collect();
        people.sort_unstable();
        for ei in people {
            let hits = words.iter().filter(|w| self.about[ei].contains(w)).count();
            let sitting = former_asked || !self.called_former(*ei);
            if hits > 0
                && entities[*ei].kind == EntityKind::Person
                && best.is_none_or(|(_, h)| (hits, sitting) > h)
            {
                best = Some((*ei, (hits, sitting)));
            }
        }
        if possessed {
            return best.map(|(ei, _)| ei);
        }
        best.map(|(ei, _)| ei)
            .or(self.para_subject)
            .or(self.subject)
            .or(self.last)
    }
}

/// The words after a verb of saying open what it reports ("concluded that
/// Altman…", "saying that Murati will…"): a name there is that clause's
/// subject, not the speaker.
fn reports(after_verb: &str) -> bool {
    after_verb.split_whitespace().next() == Some("that")
}

/// The words before a verb of saying with an apposition set off by commas
/// at their end left out ("the company, which makes Wegovy, said" reads as
/// "the company said"); unchanged when there is none.
fn without_apposition(before: &str) -> &str {
    let t = before.trim_end();
    t.strip_suffix(',')
        .and_then(|t| t.rfind(',').map(|c| &t[..c]))
        .filter(|head| {
            let inner = &t[head.len()..];
            inner.split_whitespace().count() <= 14 && !inner.contains(['"', '“', '”', '.', ';'])
        })
        .unwrap_or(before)
}

/// Whether a name right after these words is the object of an infinitive
/// rather than the subject of the sentence ("the frontrunner to succeed
/// Emmanuel Macron was on TV attacking…"): the two words before it are
/// "to" and a verb. (After "of" or "by" a name may well be who speaks:
/// "footage of Trump saying", "e-mailed by Reagan Ruslim".)
fn object_of_infinitive(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    matches!(words.as_slice(), [verb, to] if to.eq_ignore_ascii_case("to")
        && verb.chars().all(char::is_lowercase))
}

/// The text after a name with a short parenthesis right after it left
/// out: "Rep. Jim Jordan (R-Ohio), an oversight panel member, said", "Ann
/// Lee (pictured) said", "Jo Lind (49) told".
fn after_parenthesis(between: &str) -> &str {
    let t = between.trim_start();
    match t
        .strip_prefix('(')
        .and_then(|r| r.find(')').map(|e| (r, e)))
    {
        Some((r, e)) if e <= 40 && !r[..e].contains(['(', '"', '“', '”']) => &r[e + 1..],
        _ => between,
    }
}

/// Longest apposition set off by commas that a name and its verb of
/// saying may stand apart by, in words.
const APPOSITION: usize = 30;

/// Words of `between` (text between a name and its verb of saying, or a
/// quotation and its attribution), not counting an apposition set off by
/// commas ("…," Harry Kazianis, director of defence studies at the Centre
/// for the National Interest, said): the apposition may be long, but holds
/// no quotation and ends no sentence.
fn words_but_apposition(between: &str) -> usize {
    let all = between.split_whitespace().count();
    let (Some(first), Some(last)) = (between.find(','), between.rfind(',')) else {
        return all;
    };
    if first == last {
        return all;
    }
    let inner = &between[first + 1..last];
    let sentence_end = inner.char_indices().any(|(i, c)| {
        matches!(c, '.' | '!' | '?') && inner[i + 1..].starts_with(char::is_whitespace) && {
            // "J. Smith", "U.S. officials": an initial or an abbreviation.
            let word = inner[..i].rsplit(char::is_whitespace).next().unwrap_or("");
            word.chars().filter(|ch| ch.is_alphabetic()).count() > 1 && !word.contains('.')
        }
    });
    if inner.contains(['"', '“', '”', ';']) || sentence_end {
        return all;
    }
    let inner_words = inner.split_whitespace().count();
    if inner_words > APPOSITION {
        return all;
    }
    all - inner_words
}

/// Whether `rest` (the text right after a name) opens with a verb of
/// saying ("said in a statement", "told reporters").
fn says_next(rest: &str) -> bool {
    rest.split_whitespace().next().is_some_and(|w| {
        LEXICON.verbs.contains_key(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase(),
        )
    })
}

/// Whether the only stops in a name are those of initials ("D.C. Fire",
/// "U.S. Army"): each right after a single letter that opens a word or
/// follows another initial's stop.
fn initials_only(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    !name.contains([',', ';', ':', '"', '“', '”', '(', ')'])
        && chars.iter().enumerate().all(|(k, &c)| {
            c != '.'
                || (k >= 1
                    && chars[k - 1].is_alphabetic()
                    && (k == 1 || matches!(chars[k - 2], ' ' | '.'))
                    && chars
                        .get(k + 1)
                        .is_some_and(|n| n.is_alphabetic() || *n == ' '))
        })
}

/// Whether a verb of saying follows a name (the text after it), right
/// away or after a clause set off by commas.
fn speaks_next(after: &str) -> bool {
    says_next(after) || says_after_apposition(after)
}

/// Whether a verb of saying follows a clause set off by commas right after
/// a name ("Mike Doustdar, who took charge last month, said", "The Sécurité
/// Civile of France, part of the French Ministry of Interior, said").
pub fn says_after_apposition(after: &str) -> bool {
    after.strip_prefix(',').is_some_and(|rest| {
        let window = crate::text::head(rest, 160);
        window.find(',').is_some_and(|close| {
            !window[..close].contains(['.', '"', '“', '”', ';']) && says_next(&window[close + 1..])
        })
    })
}

/// A mention is a subject when a verb of saying follows it, or when it is
/// the first person of its sentence and no preposition comes before it
/// ("Standing beside Mr Macron, Zelenskyy said": Macron is not the subject).
fn is_subject(
    text: &str,
    s: usize,
    e: usize,
    mentions: &[(usize, usize, usize)],
    entities: &[Entity],
) -> bool {
    // "the director of provincial operations for EHS, Jeff Fraser, says":
    // a name set off by commas right before the verb is its subject.
    if speaks_next(&text[e..])
        || (text[..s].trim_end().ends_with(',')
            && text[e..].strip_prefix(',').is_some_and(says_next))
    {
        return true;
    }
    // "Schumer, he said, “knows the minds…”": the name opens the words
    // reported; whoever "he" is speaks.
    if said_aside(&text[e..]) {
        return false;
    }
    // "Fico's deputy, Tomas Taraba, disclosed…": a name in the possessive
    // is whose the subject is, not the subject, and no person before it.
    let possessive = |at: usize| text[at..].starts_with(['\'', '’']);
    if possessive(e) {
        return false;
    }
    let sent_start = sentence_start(text, s);
    let lead = &text[sent_start..s];
    let first_person = !mentions.iter().any(|&(ms, me, ei)| {
        ms >= sent_start && me <= s && entities[ei].kind == EntityKind::Person && !possessive(me)
    });
    let no_preposition = !lead.split_whitespace().any(|w| {
        PREPOSITIONS.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .as_str(),
        )
    });
    // A name after the sentence's verb of saying is in the words reported
    // ("He said that Prime Minister Ann Lee would stay on"): the subject is
    // whoever said them.
    // (A verb in lower case: "State Sen. Ann Lee", "Post columnist Ann
    // Lee" are titles. And a verb whose subject is a pronoun or whose
    // words open on "that": "Given his previously stated views, Ann Lee
    // is hopeful" is Lee's sentence.)
    let lead_words: Vec<&str> = lead.split_whitespace().collect();
    let reported = lead_words.iter().enumerate().any(|(k, w)| {
        w.starts_with(char::is_lowercase)
            && LEXICON
                .verbs
                .contains_key(w.trim_matches(|c: char| !c.is_alphanumeric()))
            // ("Republican state Rep. Ann Lee": a title's word.)
            && !lead_words
                .get(k + 1)
                .is_some_and(|n| n.ends_with('.') || is_role(n) || n.starts_with(char::is_uppercase))
            && (k.checked_sub(1).is_some_and(|p| {
                matches!(
                    lead_words[p].to_lowercase().as_str(),
                    "he" | "she" | "they" | "it" | "i" | "we"
                )
            }) || lead_words.get(k + 1) == Some(&"that"))
    });
    if first_person
        && no_preposition
        && !reported
        && lead_words.len() <= 6
        && !lead.contains(['"', '“', '”'])
    {
        return true;
    }
    // A name in apposition to the role that opens the main clause, after
    // an opening phrase ("In San Vittore itself, the mayor, Giulia
    // Ferraris, who took office last year, has tried…"): the role's holder
    // is the subject.
    if first_person
        && !lead.contains(['"', '“', '”'])
        && lead.trim_end().strip_suffix(',').is_some_and(|head| {
            let clause = head.rsplit(',').next().unwrap_or(head).trim();
            let words: Vec<&str> = clause.split_whitespace().collect();
            (2..=4).contains(&words.len())
                && (matches!(
                    words[0].to_lowercase().as_str(),
                    "the" | "its" | "their" | "his" | "her"
                ) || words[0].trim_end_matches('s').ends_with(['\'', '’']))
                && words.last().is_some_and(|w| is_role(w))
        })
    {
        return true;
    }
    // The first name after an opening clause set off by a comma, followed
    // by its verb, opens the main clause ("When asked which was harder,
    // Mulder didn't hesitate", "After the vote, Lund conceded defeat").
    first_person
        && lead.trim_end().ends_with(',')
        && !lead.contains(['"', '“', '”'])
        && !text[e..].starts_with([',', '\'', '’'])
        && verb_next(&text[e..])
}

/// Whether the text after a name is a speaker's aside set off by commas,
/// a pronoun and a verb of saying ("Schumer, he said, knows…", "the plan,
/// she added, was…").
fn said_aside(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    let mut ws = rest.split_whitespace();
    let (Some(p), Some(v)) = (ws.next(), ws.next()) else {
        return false;
    };
    matches!(
        p.to_lowercase().as_str(),
        "he" | "she" | "they" | "i" | "we"
    ) && v.ends_with(',')
        && says_next(v)
}

/// Where the sentence that holds `at` begins: right after the last end of
/// sentence before it (0 when none).
pub fn sentence_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .filter(|&(i, c)| matches!(c, '.' | '!' | '?') && sentence_end_at(text, i))
        .map(|(i, _)| i + 1)
        .next_back()
        .unwrap_or(0)
}

/// Whether the word after a name reads as its verb: a lower-case word
/// that does not join or relate clauses and is no preposition ("Mulder
/// didn't", "Durning did"; not "Lund and", "Lund of", "Lund who").
pub fn verb_next(after: &str) -> bool {
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    next.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            next,
            "and"
                | "or"
                | "but"
                | "who"
                | "whose"
                | "which"
                | "that"
                | "of"
                | "in"
                | "at"
                | "on"
                | "for"
                | "to"
                | "from"
                | "with"
                | "by"
        )
}

/// Whether the text before a mention ends with a preposition: "on
/// Twitter, writing", "a professor at Harvard, said" name no speaker.
/// Only prepositions that cannot open a clause count ("after John said"
/// opens one).
fn after_preposition(before: &str) -> bool {
    // "of the" is "of" ("Richard Shelby, the chairman of the
    // Appropriations Committee, said"); "from the", "at the" are kept
    // apart: "a statement from the EU said" is the EU's.
    let mut ws = before.split_whitespace().rev();
    let last = ws.next();
    let second = ws.next();
    if last.is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && second.is_some_and(|w| w.eq_ignore_ascii_case("of"))
    {
        return true;
    }
    // "Hildur Jonsdottir of Iceland's Met Office warned": a possessive
    // after "of" is of the phrase too.
    if last.is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        && second.is_some_and(|w| w.eq_ignore_ascii_case("of"))
    {
        return true;
    }
    // "Ari Berg of Almannavarnir, the civil protection department, said":
    // an apposition to the body a person is of. (The word before "of" is
    // the person's name: "On the outskirts of Kyiv, the rescue service
    // said" is the service's.)
    let head = before.trim_end();
    let head = head
        .strip_suffix("the")
        .filter(|h| h.ends_with(char::is_whitespace))
        .unwrap_or(head)
        .trim_end();
    if let Some(head) = head.strip_suffix(',') {
        let words: Vec<&str> = head.split_whitespace().rev().take(5).collect();
        // (Two capitalised words before "of", a full name: "Ahead of
        // Christmas," and "In the Gulf of Mexico," open a sentence.)
        if let Some(of) = words.iter().position(|w| *w == "of")
            && of >= 1
            && words[..of]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
            && words[of + 1..]
                .iter()
                .take(2)
                .filter(|w| w.starts_with(char::is_uppercase))
                .count()
                == 2
        {
            return true;
        }
    }
    last.is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "in" | "at"
                | "on"
                | "to"
                | "from"
                | "for"
                | "of"
                | "with"
                | "by"
                | "via"
                | "into"
                | "about"
                | "against"
                | "under"
                | "between"
                | "among"
        )
    })
}

/// Whether the words between an organization and a person's name are a
/// title ("head coach", "senior manager", "CEO"): a few words ending in a
/// role word or an acronym, no punctuation, no word that joins clauses or
/// phrases.
fn title_between(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.last().is_some_and(|w| {
            is_role(w) || w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
        })
        && !between.contains([',', ';', ':', '.', '(', ')', '"', '“', '”'])
        && words.iter().all(|w| {
            let w = w.to_lowercase();
            !PREPOSITIONS.contains(&w.as_str())
                && !matches!(
                    w.as_str(),
                    "and"
                        | "or"
                        | "but"
                        | "that"
                        | "who"
                        | "which"
                        | "whose"
                        | "said"
                        | "says"
                        // A clause of its own ("said prosecutor Lucía
                        // Arancibia as Judge Olmedo read out the verdict").
                        | "as"
                        | "while"
                        | "when"
                        | "whereas"
                        | "although"
                        | "though"
                        | "because"
                        | "since"
                        | "until"
                        | "if"
                )
        })
}

/// Kinds of institution a name tells by one of its words.
const INSTITUTIONS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "board",
    "bureau",
    "university",
    "court",
    "council",
    "commission",
    "committee",
    "police",
    "army",
    "hospital",
    "school",
    "college",
    "union",
    "bank",
    "parliament",
    "senate",
    "church",
];

/// Whether a body's name says it is another kind of institution than
/// `noun` ("Lisbrook University" for "the ministry").
fn other_institution(name: &str, noun: &str) -> bool {
    let noun = fold(noun);
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| fold(crate::extract::names::clean_name(w)))
        .collect();
    // "The company said" is no public body speaking (a mining regulator
    // named just before a firm's statement): the institutions' words and
    // a public service's own-language ones, less those firms' names hold
    // too ("Union Pacific", "HCA Hospital Corporation", "Bank of Tallin").
    const FIRMS_TOO: &[&str] = &["hospital", "school", "college", "union", "bank", "church"];
    const PUBLIC_MORE: &[&str] = &[
        "servicio",
        "servico",
        "authority",
        "autoridad",
        "ministerio",
    ];
    let public = |w: &str| {
        (INSTITUTIONS.contains(&w) && !FIRMS_TOO.contains(&w)) || PUBLIC_MORE.contains(&w)
    };
    // ("Board" and "Bureau" open some firms' names: "Bureau Veritas".)
    if is_business_noun(&noun)
        && words
            .iter()
            .enumerate()
            .any(|(i, w)| public(w) && !(i == 0 && matches!(w.as_str(), "board" | "bureau")))
    {
        return true;
    }
    // "The agency", "the department" stand for any public body ("the U.S.
    // State Department … the agency said").
    if !INSTITUTIONS.contains(&noun.as_str())
        || matches!(
            noun.as_str(),
            "agency" | "department" | "commission" | "committee"
        )
    {
        return false;
    }
    let mut kinds = words
        .iter()
        .filter(|w| INSTITUTIONS.contains(&w.as_str()))
        .peekable();
    kinds.peek().is_some() && !kinds.any(|w| *w == noun)
}

/// Whether one of an entity's names of two words or more holds the
/// folded `noun` as a word ("Ministry" in "the Justice Ministry").
fn named_with(e: &Entity, noun: &str) -> bool {
    std::iter::once(&e.name)
        .chain(&e.variants)
        .filter(|n| n.contains(' '))
        .any(|n| {
            n.split_whitespace()
                .any(|w| fold(crate::extract::names::clean_name(w)) == noun)
        })
}

/// The one organization of the story whose name holds `noun` as a word.
fn story_organization_named(noun: &str, entities: &[Entity]) -> Option<usize> {
    let noun = fold(noun);
    let mut hits = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == crate::model::EntityKind::Organization && named_with(e, &noun));
    let first = hits.next()?;
    hits.next().is_none().then_some(first.0)
}

/// Whether a body is a police force by its own name, which ends on
/// "Police" or "Constabulary" ("Greater Tarnby Police", "Tarnby Police
/// Service") or opens on "Police" ("Police Scotland"); not a watchdog or a
/// union of officers ("the Office for Police Conduct", "the Police
/// Federation").
fn police_force(e: &Entity) -> bool {
    let other_body = |w: &str| {
        matches!(
            w,
            "federation" | "conduct" | "commission" | "commissioner" | "authority" | "union"
        )
    };
    e.kind == crate::model::EntityKind::Organization
        && std::iter::once(&e.name).chain(&e.variants).any(|n| {
            let words: Vec<String> = n.split_whitespace().map(fold).collect();
            match words.as_slice() {
                [_, .., last] if last == "police" || last == "constabulary" => true,
                [first, .., last] if first == "police" && !other_body(last) => true,
                [.., p, last] => p == "police" && (last == "service" || last == "force"),
                _ => false,
            }
        })
}

/// The police force the story names most often, if any.
fn story_police(entities: &[Entity]) -> Option<usize> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| police_force(e))
        .max_by_key(|(i, e)| (e.mentions.len(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

/// Nouns by which news names an organization already named ("the
/// company", "the ministry").
/// A noun business news names a company by on second mention, folded:
/// its kind ("the company", "the lender") or its trade ("the planemaker",
/// "the chipmaker").
fn is_business_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "business"
            | "carmaker"
            | "drugmaker"
            | "automaker"
            | "planemaker"
            | "chipmaker"
            | "steelmaker"
            | "toymaker"
            | "airline"
            | "retailer"
            | "insurer"
            | "lender"
            | "manufacturer"
            | "giant"
            | "conglomerate"
            | "startup"
            | "supplier"
            | "carrier"
            | "utility"
    )
}

fn is_org_noun(word: &str) -> bool {
    let w = fold(word);
    is_business_noun(&w)
        || matches!(
            w.as_str(),
            "group"
                | "bank"
                | "operator"
                | "ministry"
                | "department"
                | "agency"
                | "regulator"
                | "watchdog"
                | "authority"
                | "council"
                | "union"
                | "party"
                | "club"
                | "charity"
                | "organisation"
                | "organization"
                | "broadcaster"
                | "newspaper"
        )
}

/// A name inside an unnamed source's description ("one senior EU
/// diplomat said", "two Nato officials said", "a Kremlin source"): an
/// indefinite article or a count before it and, after it, the noun of an
/// anonymous source. The body names where the source works, not who
/// speaks. A spokesperson speaks for the body and is not one of these.
fn anonymous_source(text: &str, m: &(usize, usize, usize)) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:a|an|one|two|three|four|several|some|other|another)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$")
            .expect("valid regex")
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:'s|’s)?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:officials?|diplomats?|sources?|aides?|insiders?)\b")
            .expect("valid regex")
    });
    BEFORE.is_match(&text[..m.0]) && AFTER.is_match(&text[m.1..])
}

fn is_role(word: &str) -> bool {
    let w = fold(word);
    // "the 34-year-old said": an age stands for a person.
    let w = if w.ends_with("-year-old") {
        "year-old".to_string()
    } else {
        w
    };
    LEXICON.role_nouns.contains(&w)
        || LEXICON.offices.contains(&w)
        // "the Kentucky Republican said": a party's member, written with a
        // capital.
        || (word.starts_with(char::is_uppercase)
            && super::names::PARTY_MEMBERS.contains(&w.as_str()))
}

/// The networks statements are posted on ("confirmed on Facebook", "an
/// audio message on his Telegram feed said", "in a post on X"): where a
/// speaker speaks when named so (see `Context::channel`).
const PLATFORMS: &[&str] = &[
    "Facebook",
    "Twitter",
    "X",
    "Telegram",
    "Instagram",
    "TikTok",
    "YouTube",
    "WhatsApp",
    "WeChat",
    "Weibo",
    "Truth Social",
    "Bluesky",
    "Threads",
    "LinkedIn",
    "Snapchat",
    "VKontakte",
];

fn is_platform(name: &str) -> bool {
    PLATFORMS.iter().any(|p| p.eq_ignore_ascii_case(name))
}

/// What the attribution search needs about one quotation.
pub struct Context<'a> {
    pub text: &'a str,
    /// The quotation with its marks.
    pub outer: (usize, usize),
    pub sentence: (usize, usize),
    pub cues: &'a [Cue],
    pub mentions: &'a [(usize, usize, usize)],
    pub entities: &'a [Entity],
    pub quoted: &'a [(usize, usize)],
}

/// The speaker (entity index), cue and how they were found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    pub speaker: Option<usize>,
    pub cue: Option<String>,
    pub how: Attribution,
}

impl Context<'_> {
    fn outside(&self, m: &(usize, usize, usize)) -> bool {
        !in_quotation(self.quoted, m.0, m.1)
    }

    /// A person or a body, named where it can speak: not a network named
    /// as where words were posted ("confirmed on Facebook", "a message on
    /// his Telegram feed", "a post on her Facebook page"). A network that
    /// speaks for itself does ("TikTok said in a statement").
    fn speaking(&self, m: &(usize, usize, usize)) -> bool {
        matches!(
            self.entities[m.2].kind,
            EntityKind::Person | EntityKind::Organization
        ) && !(is_platform(&self.entities[m.2].name) && self.channel(m))
    }

    fn channel(&self, m: &(usize, usize, usize)) -> bool {
        let word = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        // A preposition anywhere before it in its clause ("in a statement
        // posted on Facebook and Instagram, the ministry said", "in a video
        // posted to YouTube", "on X, formerly known as Twitter").
        let clause_start = self.text[..m.0]
            .rfind([',', ';', ':', '.', '(', '"', '“', '”'])
            .map_or(0, |i| {
                i + self.text[i..].chars().next().map_or(1, char::len_utf8)
            });
        let posted = self.text[clause_start.max(self.sentence.0).min(m.0)..m.0]
            .split_whitespace()
            .map(word)
            .any(|w| {
                PREPOSITIONS.contains(&w.as_str()) || matches!(w.as_str(), "via" | "onto" | "as")
            });
        let after = self.text[m.1..].split_whitespace().next().map(word);
        // Right before a verb of saying it speaks ("On Monday TikTok said
        // …"), whatever stands before it.
        if after
            .as_deref()
            .is_some_and(|w| super::lexicon::LEXICON.verbs.contains_key(w))
        {
            return false;
        }
        posted
            || matches!(
                after.as_deref(),
                Some(
                    "page"
                        | "feed"
                        | "account"
                        | "channel"
                        | "post"
                        | "posts"
                        | "video"
                        | "livestream"
                        | "profile"
                        | "handle"
                        | "story"
                        | "message"
                )
            )
    }

    /// A place speaks for its government when it opens its sentence as the
    /// subject ("Russia insisted that …", "Even China, Pyongyang's only
    /// ally, said …", "South Korea accused …"): at most one word before it
    /// in the sentence, and not a possessive ("Ukraine's ministry said").
    /// Elsewhere a place is where something happened, or a modifier
    /// ("Cambridge cartoonist Andre Campbell", "that China expresses").
    /// After "a" or "an" a place is a modifier ("A Vancouver peewee hockey
    /// coach says"): no country takes the indefinite article.
    fn speaking_place(&self, m: &(usize, usize, usize)) -> bool {
        if self.entities[m.2].kind != EntityKind::Place
            || m.0 < self.sentence.0
            || self.text[m.1..].starts_with(['\'', '’'])
        {
            return false;
        }
        let mut before = self.text[self.sentence.0..m.0]
            .split_whitespace()
            .filter(|w| w.contains(char::is_alphanumeric));
        match (before.next(), before.next()) {
            (None, _) => true,
            (Some(w), None) => !w.eq_ignore_ascii_case("a") && !w.eq_ignore_ascii_case("an"),
            _ => false,
        }
    }

    /// The organization a lower-case phrase of two or three words stands
    /// for ("the fire services", "the labour department"): one whose name
    /// holds every word of it, the version's latest named first, else the
    /// only one in the story.
    fn organization_by_words(&self, phrase: &str, sal: &Salience) -> Option<usize> {
        let words: Vec<String> = phrase
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect();
        if !(2..=3).contains(&words.len())
            || phrase
                .chars()
                .any(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, ',' | '\'' | '’'))
        {
            return None;
        }
        let holds = |ei: usize| {
            let e = &self.entities[ei];
            e.kind == EntityKind::Organization
                && std::iter::once(&e.name).chain(&e.variants).any(|n| {
                    let name: Vec<String> = n
                        .split_whitespace()
                        .map(|w| fold(crate::extract::names::clean_name(w)))
                        .collect();
                    name.len() > words.len() - 1 && words.iter().all(|w| name.contains(w))
                })
        };
        if let Some(ei) = sal
            .organizations
            .iter()
            .rev()
            .copied()
            .find(|&ei| holds(ei))
        {
            return Some(ei);
        }
        let mut all = (0..self.entities.len()).filter(|&ei| holds(ei));
        let first = all.next()?;
        all.next().is_none().then_some(first)
    }

    /// A named subject right after `from` ("said Lena Sorvik", "said the
    /// mayor, Annika Stråle").
    /// After a verb (`verb`), a name right after a preposition is not its
    /// subject ("to confirm the death of Luke Potter", "said to Jo Lind");
    /// after "according to" it is the source ("according to a report by
    /// Reuters").
    fn name_after(&self, from: usize, verb: bool) -> Option<usize> {
        let text = self.text;
        let at = self.mentions.iter().position(|m| {
            m.0 >= from && m.0 - from <= 45 && self.outside(m) && self.speaking(m) && {
                let between = &text[from..m.0];
                // "saying that CTO Mira Murati will…", "concluded that
                // Altman…": the reported clause's subject is not the one
                // who speaks.
                !between.contains(['"', '“', '”'])
                    && (!verb || !(reports(between) || after_preposition(between)))
                    && (!between.contains(',')
                        || ROLE_AFTER.is_match(between) && between.split_whitespace().count() <= 6)
            }
        })?;
        let first = self.mentions[at];
        if anonymous_source(text, &first) {
            return None;
        }
        // "says Campbell's partner, Jason Louth", "said the IFSD's Azfar
        // Khan": a name in the possessive owns the speaker, it is not the
        // speaker. The person named right after it is; with no name ("said
        // Trump's lawyer") the speaker is unnamed.
        if ["'s ", "’s "]
            .iter()
            .any(|p| text[first.1..].starts_with(p))
        {
            return self.mentions[at + 1..]
                .iter()
                .find(|m| m.0 >= first.1 && m.0 - first.1 <= 45)
                .filter(|m| {
                    let between = &text[first.1..m.0];
                    self.entities[m.2].kind == EntityKind::Person
                        && self.outside(m)
                        && between.split_whitespace().count() <= 5
                        && between.matches(',').count() <= 1
                        && !between.contains(['"', '“', '”', '.', ';', '('])
                        && !after_preposition(between)
                })
                .map(|m| m.2);
        }
        // "said the UN human rights chief, Volker Türk", "said the UN High
        // Commissioner for Human Rights, Ann Lee": a body inside the
        // description of a role, the person named after the comma speaks.
        if self.entities[first.2].kind != EntityKind::Person
            && let Some(next) = self.mentions[at + 1..].iter().find(|m| {
                m.0 >= first.1 && self.entities[m.2].kind == EntityKind::Person && self.outside(m)
            })
            && next.0 - from <= 120
            && text[from..next.0]
                .trim_end()
                .strip_suffix(',')
                .is_some_and(|head| {
                    let words: Vec<&str> = head.split_whitespace().collect();
                    !head.contains([',', '.', ';', ':', '"', '“', '”', '(', ')'])
                        && words.len() <= 10
                        && {
                            // The role last, or before its field ("…
                            // Commissioner for Human Rights").
                            words.iter().rposition(|w| is_role(w)).is_some_and(|r| {
                                r + 1 == words.len()
                                    || (matches!(words[r + 1], "for" | "of" | "on")
                                        && words[r + 2..].iter().all(|w| {
                                            w.starts_with(char::is_uppercase) || *w == "and"
                                        }))
                            })
                        }
                })
        {
            return Some(next.2);
        }
        // "said Oilers head coach Ken Hitchcock", "says Acme chief executive
        // Jo Lind", "said Trump adviser Jo Lind": a name before the title of
        // the person who speaks.
        if let Some(next) = self.mentions[at + 1..].iter().find(|m| m.0 >= first.1)
            && self.entities[next.2].kind == EntityKind::Person
            && self.outside(next)
            && title_between(&text[first.1..next.0])
        {
            return Some(next.2);
        }
        // The same when the name before the title is not read whole ("says
        // Heart and Stroke senior manager Erin Kim"): a person right after a
        // role word, with nothing but words since the verb.
        if (self.entities[first.2].kind != EntityKind::Person
            || !text[first.0..first.1].contains(' '))
            && let Some(next) = self.mentions[at + 1..].iter().find(|m| {
                m.0 >= first.1
                    && m.0 - from <= 70
                    && self.entities[m.2].kind == EntityKind::Person
                    && self.outside(m)
            })
            // (The stops of the body's own initials aside: "said D.C. Fire
            // and EMS Chief John Donnelly"; not a stop that may end a
            // sentence, "said Harwick Inc. Plant manager Ann Lee said".)
            && [&text[from..first.0], &text[first.1..next.0]]
                .iter()
                .all(|t| !t.contains([',', '.', ';', ':', '"', '“', '”', '(', ')']))
            && initials_only(&text[first.0..first.1])
            && text[from..next.0].split_whitespace().count() <= 8
            && text[from..next.0]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    is_role(w) || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
                })
        {
            return Some(next.2);
        }
        Some(first.2)
    }

    /// The subject of a sentence whose verb of saying at `verb` is joined
    /// to an earlier verb by "and" or "but": a name among the sentence's
    /// first words, before any quotation.
    fn coordinated_subject(&self, sa: usize, verb: usize, sal: &Salience) -> Option<usize> {
        let before = self.text[sa..verb].trim_end();
        let joined = before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| matches!(w, "and" | "but"));
        // "He voiced his anger on Twitter, writing "…"": a participle after
        // a comma has the sentence's subject too.
        // (So has one after a sentence opened by "he" or "she", comma or
        // none: "He railed against the trial calling it “rigged”".)
        // (Not after people or a name the participle may be said of: "He
        // met survivors describing the night".)
        let last = crate::text::last_word(before);
        let ing = self.text[verb..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
        let participle = (before.ends_with(',')
            || (SUBJECT_PRONOUN.is_match(before)
                && !last.ends_with('s')
                && !last.starts_with(char::is_uppercase)))
            && ing;
        // "…, with Ann Lee, an agent in charge, asserting that it was “…”",
        // "with Ann Lee saying": the person "with" brings in is the
        // participle's subject, not the sentence's.
        if ing
            && let Some(m) = self
                .mentions
                .iter()
                .filter(|m| m.0 >= sa && m.1 <= verb && self.outside(m))
                .filter(|m| self.entities[m.2].kind == EntityKind::Person)
                .find(|m| {
                    // ("…, with X saying", or "With X saying" opening the
                    // sentence; not a verb's "met with X, saying".)
                    let lead = self.text[sa..m.0].trim_end();
                    lead.strip_suffix("with")
                        .or_else(|| lead.strip_suffix("With"))
                        .is_some_and(|head| {
                            let head = head.trim_end();
                            head.is_empty() || head.ends_with(',')
                        })
                        && {
                            let between = self.text[m.1..verb].trim();
                            between.is_empty()
                                || (between.starts_with(',')
                                    && between.ends_with(',')
                                    && !between.contains(['.', ';', '"', '“', '”'])
                                    && between.split_whitespace().count() <= 20)
                        }
                })
        {
            return Some(m.2);
        }
        if !joined && !participle {
            return None;
        }
        if let Some(c) = SUBJECT_PRONOUN.captures(before)
            && let Some(ei) = sal.pronoun(&c[1].to_lowercase())
        {
            return Some(ei);
        }
        self.mentions
            .iter()
            .filter(|m| m.0 >= sa && m.1 <= verb && self.outside(m) && self.speaking(m))
            .min_by_key(|m| m.0)
            .filter(|m| {
                let lead = &self.text[sa..m.0];
                lead.split_whitespace().count() <= 4 && !lead.contains(['"', '“', '”'])
            })
            .map(|m| m.2)
    }

    /// The clause after a quotation that opens its sentence and stops on a
    /// comma ("“…,” echoes McMillen.", "“…,” Bardos blurted out."): a
    /// person's name and one lower-case word in a verb's form (ending in
    /// -s or -ed), with at most a particle after it, and nothing else up to
    /// the end of the sentence. Verbs of saying in the lexicon are found
    /// before this; the shape names the speaker whatever the verb.
    fn inverted_clause(&self, sal: &Salience) -> Option<Found> {
        let (text, (qa, qb), (sa, sb)) = (self.text, self.outer, self.sentence);
        let inner = text[qa..qb].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '“' | '”' | '’' | '\'')
        });
        let rest = &text[qb..sb.max(qb)];
        let comma = inner.ends_with(',') || rest.starts_with(',');
        if !comma || !text[sa..qa].trim().is_empty() {
            return None;
        }
        let end = qb
            + rest
                .find(['.', '!', '?', ';', ',', '"', '“', '”'])
                .unwrap_or(rest.len());
        let verb = |w: &str| {
            w.len() > 3
                && w.chars().all(char::is_lowercase)
                && (w.ends_with('s')
                    || w.ends_with("ed")
                    || matches!(w, "began" | "wrote" | "went" | "spoke" | "told" | "shot"))
        };
        let particle = |w: &str| matches!(w, "out" | "back" | "up" | "in" | "on" | "off");
        // "“…,” he began.": a pronoun and a verb, the pronoun's person.
        let clause: Vec<&str> = text[qb..end]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        if let [pronoun @ ("he" | "she"), v, tail @ ..] = clause.as_slice()
            && verb(v)
            && match tail {
                [] => true,
                [p] => particle(p),
                _ => false,
            }
        {
            return sal.pronoun(pronoun).map(|ei| Found {
                speaker: Some(ei),
                cue: Some(v.to_string()),
                how: Attribution::Pronoun,
            });
        }
        let m = self
            .mentions
            .iter()
            .find(|m| m.0 >= qb && m.1 <= end && self.outside(m))?;
        if self.entities[m.2].kind != EntityKind::Person {
            return None;
        }
        let words: Vec<&str> = text[qb..m.0]
            .split_whitespace()
            .chain(text[m.1..end].split_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        let ok = match words.as_slice() {
            [v] => verb(v),
            [v, p] => verb(v) && particle(p) && text[qb..m.0].trim().is_empty(),
            _ => false,
        };
        ok.then(|| Found {
            speaker: Some(m.2),
            cue: Some(words[0].to_string()),
            how: Attribution::Named,
        })
    }

    /// Attribute the quotation.
    pub fn attribute(&self, sal: &Salience) -> Option<Found> {
        let (text, (qa, qb), (sa, sb)) = (self.text, self.outer, self.sentence);
        // "“…” ― Pamela Padilla", "“…” — BC Hydro (@bchydro) December 22":
        // a name after a dash right after the quotation signs it (reader
        // comments, posts embedded in a page, epigraphs).
        let signed = text[qb..].trim_start();
        if let Some(after_dash) = signed.strip_prefix(['―', '—', '–'])
            && let at = text.len() - after_dash.trim_start().len()
            && let Some(m) = self.mentions.iter().find(|m| m.0 == at && self.speaking(m))
        {
            return Some(Found {
                speaker: Some(m.2),
                cue: None,
                how: Attribution::Named,
            });
        }
        let found = |speaker: Option<usize>, cue: &Cue, how: Attribution| {
            Some(Found {
                speaker,
                cue: Some(cue.word.clone()),
                how,
            })
        };
        // A quotation that opens its sentence is attributed after it; one
        // embedded in a sentence by the verb before it. "According to"
        // names a source: it comes last.
        let opens = text[sa..qa].trim().is_empty();
        // A quotation that ends its sentence inside the marks ("…Paris.")
        // is not attributed across a new sentence's opening clause.
        let ends_sentence = text[qa..qb]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '“' | '”' | '’' | '\'')
            })
            .ends_with('.');
        // "“…,” a resident who gave her name only as Ana Lucia told
        // reporters": a long subject that ends in a name right before the
        // verb still names the speaker (up to fifteen words).
        let named_before = |c: &&Cue| {
            let between = &text[qb..c.start.max(qb)];
            between.split_whitespace().count() <= 15
                && !between.contains(['.', ';', '"', '“', '”'])
                && self.mentions.iter().any(|m| {
                    m.0 >= qb
                        && m.1 <= c.start
                        // ("…,” RIA quoted Peskov as saying.")
                        && matches!(text[m.1..c.start].trim(), "" | "as")
                        && self.entities[m.2].kind == EntityKind::Person
                })
        };
        // "… the blaze was “largely extinguished” by Friday, the fire
        // services said." / "…, the city's Labour Department told Reuters.":
        // a clause that closes the sentence after a comma (a short subject,
        // the verb, at most a few words more) frames all the sentence
        // reports, however far back the quotation is.
        let closes_sentence = |c: &&Cue| {
            let between = &text[qb..c.start.max(qb)];
            let Some(comma) = between.rfind(',') else {
                return false;
            };
            let subject = &between[comma + 1..];
            let rest = &text[c.end.min(sb.max(c.end))..sb.max(c.end)];
            !ends_sentence
                && (1..=6).contains(&subject.split_whitespace().count())
                && !subject.contains(['"', '“', '”'])
                // "…, the fire services said, announcing the end of its
                // operations.": a participle may follow.
                && match rest.split_once(',') {
                    None => rest.split_whitespace().count() <= 4,
                    Some((verb_object, tail)) => {
                        verb_object.split_whitespace().count() <= 4
                            && tail
                                .split_whitespace()
                                .next()
                                .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                    }
                }
                && !rest.contains([';', '"', '“', '”'])
                && !between.contains(['"', '“', '”', ';'])
        };
        let after_ok = |c: &&Cue| {
            let between = &text[qb..c.start.max(qb)];
            let words = if ends_sentence {
                between.split_whitespace().count()
            } else {
                words_but_apposition(between)
            };
            // A word that joins clauses parts the quotation from the verb,
            // unless it opens an apposition set off by commas ("…,” the
            // company, which makes Wegovy, said").
            // ("…,” RIA quoted Peskov as saying": the "as" of "as saying"
            // joins nothing.)
            let between = match between.trim_end().strip_suffix(" as") {
                Some(cut)
                    if matches!(
                        c.word.as_str(),
                        "saying" | "telling" | "stating" | "writing"
                    ) =>
                {
                    cut
                }
                _ => between,
            };
            let (head, tail) = match (between.find(','), between.rfind(',')) {
                (Some(a), Some(b)) if a < b && !ends_sentence => (&between[..a], &between[b + 1..]),
                _ => (between, ""),
            };
            let joins = |part: &str| {
                let ws: Vec<String> = part
                    .split_whitespace()
                    .map(|w| {
                        w.trim_matches(|ch: char| !ch.is_alphanumeric())
                            .to_lowercase()
                    })
                    .collect();
                ws.iter().enumerate().any(|(i, w)| {
                    matches!(
                        w.as_str(),
                        "while"
                            | "but"
                            | "whereas"
                            | "although"
                            | "though"
                            | "as"
                            | "after"
                            | "before"
                            | "when"
                            | "which"
                            | "because"
                    ) && !(w == "as"
                        // "who gave her name only as", "identified as": a
                        // name introduced, not a clause.
                        && i > 0
                        && matches!(
                            ws[i - 1].as_str(),
                            "only" | "name" | "identified" | "named" | "known"
                        ))
                })
            };
            c.start >= qb
                && if words <= 10 || named_before(c) {
                    !joins(head) && !joins(tail)
                } else {
                    closes_sentence(c) && !joins(&between[between.rfind(',').unwrap_or(0)..])
                }
        };
        // A verb after a modal inside what an earlier verb of the sentence
        // reports ("He said RCMP will maintain a presence … a “scaled down
        // presence”") is not the quotation's cue: the earlier verb is.
        let reported = |c: &Cue| {
            text[sa..c.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should"
                    )
                })
                && self.cues.iter().any(|o| o.end <= c.start && o.start >= sa)
        };
        // "He said RCMP will maintain a presence in the area this week and
        // will next week transition to a “significantly scaled down
        // presence”": a verb of saying that opens its sentence after a
        // short subject frames all the sentence reports, however long.
        let frames = |c: &Cue| {
            let lead = &text[sa..c.start];
            lead.split_whitespace().count() <= 4 && !lead.contains(['"', '“', '”', ','])
        };
        let before_ok = |c: &&Cue| {
            c.end <= qa
                && (text[c.end..qa].split_whitespace().count() <= 15 || frames(c))
                && !reported(c)
        };
        let afters: Vec<&Cue> = self
            .cues
            .iter()
            .filter(|c| c.word != "according to")
            .filter(after_ok)
            .collect();
        let befores: Vec<&Cue> = self
            .cues
            .iter()
            .rev()
            .filter(|c| c.word != "according to")
            .filter(before_ok)
            .collect();
        // "Kyiv is keen to stress continuity: exports “will continue”,
        // deputy minister Oleksiy Harbuz insisted.": a person named right
        // before a verb that closes the sentence after the quotation and a
        // comma tags the quotation itself, ahead of a verb before it.
        let tagged = afters.first().is_some_and(|c| {
            text[qb..c.start].trim_start().starts_with(',')
                && named_before(c)
                && text[c.end..sb.max(c.end)]
                    .trim_start()
                    .starts_with(['.', '!', '?'])
        });
        let mut ordered: Vec<&Cue> = if opens || tagged {
            afters.into_iter().chain(befores).collect()
        } else {
            befores.into_iter().chain(afters).collect()
        };
        ordered.extend(self.cues.iter().filter(|c| c.word == "according to"));
        let mut unnamed: Option<&Cue> = None;
        // A verb of saying in the passive, when no other verb of the
        // sentence names the speaker.
        let mut passive: Option<&Cue> = None;
        for cue in ordered {
            let word_before = crate::text::last_word(text[..cue.start].trim_end()).to_lowercase();
            // "Fico was said to have been “fighting for his life”": the
            // verb in the passive names no speaker, and its subject is who
            // the words are about ("Police said the suspect was described
            // as …" is still the police's).
            if matches!(
                word_before.as_str(),
                "was" | "were" | "is" | "are" | "been" | "being"
            ) && matches!(cue.word.as_str(), "said" | "described" | "reported")
                // (Not when the agent is named: "was described by Zelensky
                // as …".)
                && !text[cue.end..].trim_start().starts_with("by ")
            {
                passive.get_or_insert(cue);
                continue;
            }
            if cue.word == "according to" {
                if let Some(ei) = self.name_after(cue.end, false) {
                    return found(Some(ei), cue, Attribution::Named);
                }
                // "according to a statement put out by the company": the
                // organization the phrase names by its kind.
                let phrase = crate::text::head(&text[cue.end..sb.max(cue.end)], 60);
                let phrase = phrase.split([',', '.', ';']).next().unwrap_or("");
                let words: Vec<&str> = phrase.split_whitespace().collect();
                if let Some(k) = words
                    .windows(2)
                    .position(|w| w[0].eq_ignore_ascii_case("the") && is_org_noun(w[1]))
                    && let Some(ei) = sal
                        .organization_named(words[k + 1], self.entities)
                        .or(sal.organization_speaker)
                        .or(sal.organization)
                {
                    return found(Some(ei), cue, Attribution::Role);
                }
                unnamed.get_or_insert(cue);
                continue;
            }
            let clause_start = if cue.start >= qb { qb } else { sa };
            let before_verb = &text[clause_start..cue.start];
            // "The Biden campaign said", "the Trump administration said":
            // the body that speaks for the person, not the person; the text
            // names no one for it. (A family's statement, "The Cauchi
            // family said", is read as the name's, as editors credit it.)
            // (The campaign the clause's subject: not "Tim Murtaugh of the
            // Trump campaign said", whose subject is named.)
            if self.mentions.iter().any(|m| {
                m.1 <= cue.start
                    && m.0 >= clause_start
                    && self.entities[m.2].kind == EntityKind::Person
                    && matches!(
                        text[clause_start..m.0]
                            .trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase()
                            .as_str(),
                        "" | "the" | "a"
                    )
                    && {
                        let between = text[m.1..cue.start].trim().to_lowercase();
                        let between = between
                            .strip_prefix("'s ")
                            .or_else(|| between.strip_prefix("’s "))
                            .unwrap_or(&between);
                        matches!(
                            between,
                            "campaign"
                                | "administration"
                                | "camp"
                                | "team"
                                | "campaign team"
                                | "transition team"
                        )
                    }
            }) {
                return found(None, cue, Attribution::Unnamed);
            }
            if let Some(c) = DOCUMENT_BEFORE.captures(before_verb) {
                let pronoun = match c[1].to_lowercase().as_str() {
                    "his" => "he",
                    "her" => "she",
                    "their" => "they",
                    _ => "it",
                };
                if let Some(ei) = sal.pronoun(pronoun) {
                    return found(Some(ei), cue, Attribution::Pronoun);
                }
            }
            if ORG_DOCUMENT_BEFORE.is_match(before_verb)
                && let Some(ei) = sal.organization_speaker.or(sal.organization)
            {
                return found(Some(ei), cue, Attribution::Role);
            }
            // A pronoun right before the verb: "he said", "she was quoted".
            if let Some(c) = PRONOUN_BEFORE.captures(before_verb) {
                // Who the words between the verb and the quotation name is
                // not who the pronoun stands for.
                let named_after: Vec<usize> = self
                    .mentions
                    .iter()
                    .filter(|m| m.0 >= cue.end && m.1 <= qa)
                    .map(|m| m.2)
                    .collect();
                if let Some(ei) = sal.pronoun_but(&c[1].to_lowercase(), &named_after) {
                    return found(Some(ei), cue, Attribution::Pronoun);
                }
                unnamed.get_or_insert(cue);
                continue;
            }
            // A name before the verb: "Mr Halvik said", "Marta Oksen, joined by X, said".
            let cands: Vec<&(usize, usize, usize)> = self
                .mentions
                .iter()
                .filter(|m| {
                    m.1 <= cue.start
                        && m.0 >= clause_start
                        && self.outside(m)
                        && (self.speaking(m) || self.speaking_place(m))
                        && !anonymous_source(text, m)
                        && !after_preposition(&text[clause_start..m.0])
                        // Nor the object of an infinitive in a role before
                        // the name ("the frontrunner to succeed Lind, Marta
                        // Oksen, told reporters").
                        && !object_of_infinitive(&text[clause_start..m.0])
                        // Letters defined in parentheses after a name
                        // ("Marten Lindqvist of the Social Democratic
                        // Union (SDU) said") are no subject.
                        && !text[..m.0].ends_with('(')
                        // Not a name inside a relative clause ("the company,
                        // which makes Wegovy, said"); one after the clause
                        // has closed is ("X, who denies it, will appeal, his
                        // lawyer Y said"). So is the subject of the clause
                        // whose own verb is the cue ("the union, which
                        // Veltra said would be “consulted fully”").
                        && ![", which ", ", who ", ", whose ", ", where "]
                            .iter()
                            .any(|r| {
                                let before = &text[clause_start..m.0];
                                before.rfind(r).is_some_and(|at| {
                                    let inside = &before[at + r.len()..];
                                    let subject = inside.trim().is_empty()
                                        && text[m.1..cue.start].trim().is_empty();
                                    !inside.contains(',') && !subject
                                })
                            })
                })
                .filter(|m| {
                    let between = after_parenthesis(&text[m.1..cue.start]);
                    words_but_apposition(between) <= 10 && !between.contains(['"', '“', '”'])
                })
                .collect();
            // A participle after a comma ("Police identified the man as
            // Ann Lee, 40, saying she …") has the sentence's subject, not
            // the name nearest before it.
            if text[sa..cue.start].trim_end().ends_with(',')
                && let Some(ei) = self.coordinated_subject(sa, cue.start, sal)
            {
                return found(Some(ei), cue, Attribution::Named);
            }
            // A second verb of the sentence's subject past a name in the
            // first verb's object: "Scholz praised the Kremlin critic's
            // bravery and said", "Lee met Ann Ross in Oslo and said".
            // (Only a name inside the first verb's words: not one that
            // opens its own clause after an opening phrase, "After talks
            // with Lee in Oslo, Ross nodded and said".)
            if let Some(last) = cands.last()
                && after_parenthesis(&text[last.1..cue.start])
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "and" | "but"))
                && !text[sa..last.0].trim_end().ends_with(',')
                && !text[sa..last.0].trim().is_empty()
                && let Some(ei) = self.coordinated_subject(sa, cue.start, sal)
                && ei != last.2
            {
                return found(Some(ei), cue, Attribution::Named);
            }
            // Two names joined as the verb's subject ("The Board of
            // Deputies and the Leadership Council said", "Lind and Oksen
            // said"): the first named leads the statement, as editors
            // credit it.
            // (A the clause's first words: not "Lind replaced Oksen and
            // Berg said", whose subject is Berg.)
            if let [.., a, b] = cands.as_slice()
                && text.get(a.1..b.0).is_some_and(|mid| {
                    matches!(mid.trim().to_lowercase().as_str(), "and" | "and the")
                })
                // (After an opening phrase or a quotation: "On Monday,
                // Lind and Oksen said", "“…,” the Board and the Company
                // said".)
                && text.get(clause_start..a.0).is_some_and(|open| {
                    let open = open.rsplit([',', '—', '–']).next().unwrap_or(open);
                    let open = open.trim_matches(|c: char| {
                        c.is_whitespace() || "\"“”‘’'".contains(c)
                    });
                    matches!(open, "" | "The" | "the")
                })
                && text
                    .get(b.1..cue.start)
                    .is_some_and(|t| t.trim().is_empty())
                && self.entities[a.2].kind == self.entities[b.2].kind
            {
                return found(Some(a.2), cue, Attribution::Named);
            }
            let subject = match cands.first() {
                Some(first)
                    if cands.len() > 1
                        && text[first.1..cue.start].trim_start().starts_with(',')
                        && text[first.1..cue.start].trim_end().ends_with(',') =>
                {
                    Some(first.2)
                }
                _ => cands
                    .last()
                    .filter(|m| {
                        let between = after_parenthesis(&text[m.1..cue.start]).trim();
                        // A name the clause gives as where the speaker is
                        // from counts as one word ("Mr. Morgan of the Sierra
                        // Club said").
                        let named: usize = self
                            .mentions
                            .iter()
                            .filter(|o| o.0 >= m.1 && o.1 <= cue.start)
                            .map(|o| text[o.0..o.1].split_whitespace().count().saturating_sub(1))
                            .sum();
                        // ("Trump's lawyer said": the lawyer speaks.)
                        let role_of_name = between.starts_with(['\'', '\u{2019}'])
                            && between.split_whitespace().skip(1).any(is_role);
                        !role_of_name
                            && (between.is_empty()
                                || between.starts_with(',')
                                || between.split_whitespace().count().saturating_sub(named) <= 3)
                    })
                    .map(|m| m.2),
            };
            if let Some(ei) = subject {
                return found(Some(ei), cue, Attribution::Named);
            }
            // A second verb of the sentence's subject: "Musk called the
            // ruling "abuse" and said it would "backfire"".
            if let Some(ei) = self.coordinated_subject(sa, cue.start, sal) {
                return found(Some(ei), cue, Attribution::Named);
            }
            // An organization by its kind: "the company said", "the
            // ministry added": the last organization the text named.
            // "the company, which makes Wegovy, said": the role before an
            // apposition set off by commas.
            let before_role = without_apposition(before_verb);
            // (Read once: the rules below ask the same role.)
            let role = role_before(before_role);
            // "the commission said" after "the Ontario Civilian Police
            // Commission": the organization the noun is a word of.
            // "the fire services said" where another version names the
            // Hong Kong Fire Services: every word of the common noun phrase
            // is a word of one organization's name, this version's latest
            // or, failing it, the only such one in the story.
            if let Some(c) = &role
                && c[1].eq_ignore_ascii_case("the")
                && !c[2].trim().is_empty()
                && let Some(ei) = self.organization_by_words(&format!("{} {}", &c[2], &c[3]), sal)
            {
                return found(Some(ei), cue, Attribution::Role);
            }
            if let Some(c) = &role
                && c[1].eq_ignore_ascii_case("the")
                && c[2].trim().is_empty()
                && !is_role(&c[3])
                && let Some(ei) = sal.organization_named(&c[3], self.entities)
            {
                return found(Some(ei), cue, Attribution::Role);
            }
            // "the force said": a police force, as British news names
            // one on second mention; the one the story names most.
            let toks = crate::text::tokens(before_role);
            if let [.., the, force] = toks.as_slice()
                && the.text.eq_ignore_ascii_case("the")
                && force.text.eq_ignore_ascii_case("force")
                && !of_another(&before_role[..the.start])
                && let Some(ei) = sal
                    .organization_speaker
                    .filter(|&ei| police_force(&self.entities[ei]))
                    .or_else(|| story_police(self.entities))
            {
                return found(Some(ei), cue, Attribution::Role);
            }
            if let Some(c) = &role
                && c[1].eq_ignore_ascii_case("the")
                && is_org_noun(&c[3])
            {
                // The one body of the story named with that noun ("the
                // ministry" after "the Justice Ministry" paragraphs back),
                // else the body last speaking, unless its name says it is
                // another kind of institution ("the ministry said" is not
                // the university named before).
                if let Some(ei) = story_organization_named(&c[3], self.entities) {
                    return found(Some(ei), cue, Attribution::Role);
                }
                // (The body last speaking may be another kind: the body
                // last named may not.)
                if let Some(ei) = [sal.organization_speaker, sal.organization]
                    .into_iter()
                    .flatten()
                    .find(|&ei| !other_institution(&self.entities[ei].name, &c[3]))
                {
                    return found(Some(ei), cue, Attribution::Role);
                }
            }
            // The head of a state or of its government, as stories vary
            // the word for the president or the prime minister: "the head
            // of state said".
            // (Not someone else's: "a spokesman for the head of state".)
            if let Some(c) = HEAD_OF_BEFORE.captures(before_role)
                && !of_another(&before_role[..c.get(0).map_or(0, |m| m.start())])
            {
                let roles: &[&[&str]] = if c[1].eq_ignore_ascii_case("state") {
                    &[&["president"], &["king"], &["emir"]]
                } else {
                    &[&["prime", "minister"], &["chancellor"], &["premier"]]
                };
                let holder = roles
                    .iter()
                    .find_map(|r| sal.latest_holder(r, self.entities));
                return found(holder, cue, Attribution::Role);
            }
            // A role of the country or body named in the possessive:
            // "Azerbaijan's president says", "Ukraine's foreign minister
            // said": of the people the story describes with the role, the
            // one it describes with the country's adjective too.
            // ("Trump's lawyer said" where no lawyer is named: no one
            // named, not the possessor; nor "an aide to Ukraine's foreign
            // minister".)
            if let Some(c) = POSSESSIVE_ROLE_BEFORE.captures(before_role)
                && is_role(&c[3])
                && !of_another(&before_role[..c.get(1).map_or(0, |m| m.start())])
            {
                // (Else the one holder of every word of the role: "foreign
                // minister", not any minister.)
                let words: Vec<String> = c[2].split_whitespace().chain([&c[3]]).map(fold).collect();
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                let holder = sal
                    .role_of(&c[1], &words, self.entities)
                    .or_else(|| sal.latest_holder(&words, self.entities));
                return found(holder, cue, Attribution::Role);
            }
            // A role before the verb: "the Ukrainian leader added".
            if let Some(c) = &role
                && is_role(&c[3])
            {
                if matches!(c[1].to_lowercase().as_str(), "a" | "an") {
                    unnamed.get_or_insert(cue); // "a spokesperson said": unnamed
                    continue;
                }
                return found(
                    sal.role(&format!("{} {} {}", &c[1], &c[2], &c[3]), self.entities),
                    cue,
                    Attribution::Role,
                );
            }
            // After the verb: "said Lena Sorvik", "said the mayor, Annika Stråle", "said he".
            // Not after "told": who is told ("told the Courier", "told
            // Reuters") listens.
            let told = matches!(
                text[cue.start..cue.end].to_lowercase().as_str(),
                "told" | "tells"
            );
            // Nor after an infinitive: "no evidence to suggest Cauchi was
            // “driven by …”" names what is suggested, not who suggests it.
            if !told
                && word_before != "to"
                && let Some(ei) = self.name_after(cue.end, true)
            {
                return found(Some(ei), cue, Attribution::Named);
            }
            let after_verb = &text[cue.end..sb.max(cue.end)];
            if let Some(c) = PRONOUN_AFTER.captures(after_verb)
                && let Some(ei) = sal.pronoun(&c[1].to_lowercase())
            {
                return found(Some(ei), cue, Attribution::Pronoun);
            }
            // "said the mayor", "says the bow-tied man": the first role
            // word among the few after the article.
            if let Some(c) = ROLE_AFTER.captures(after_verb)
                && let Some(role) = c[2].split_whitespace().position(is_role)
            {
                // "said a spokesperson", "said one official, who asked
                // not to be named": the verb's subject is someone the text
                // does not name; no later verb of the sentence speaks for
                // the quotation.
                if matches!(c[1].to_lowercase().as_str(), "a" | "an" | "one" | "another") {
                    return found(None, cue, Attribution::Unnamed);
                }
                let words: Vec<&str> = c[2].split_whitespace().take(role + 1).collect();
                return found(
                    sal.role(&format!("{} {}", &c[1], words.join(" ")), self.entities),
                    cue,
                    Attribution::Role,
                );
            }
            // A verb with no subject we can name ("officials said").
            unnamed.get_or_insert(cue);
        }
        // "“…,” echoes McMillen.", "“…,” Bardos blurted out.": a quotation
        // that opens its sentence and stops on a comma is attributed by the
        // short clause after it, whatever its verb.
        if let Some(cue) = passive {
            return found(None, cue, Attribution::Unnamed);
        }
        if let Some(f) = self.inverted_clause(sal) {
            return Some(f);
        }
        // "Name: “…”" introduces a quotation: the clause's first person
        // ("Martell, the doctor on Nova Scotia's South Shore, is more
        // blunt:"), else the last name that can speak.
        // Not one who is told ("One industry source told the Courier:").
        let introducing = || {
            self.mentions.iter().filter(|m| {
                m.1 <= qa
                    && m.0 >= sa
                    && self.outside(m)
                    && self.speaking(m)
                    && !TOLD_BEFORE.is_match(&text[sa..m.0])
            })
        };
        if text[sa..qa].trim_end().ends_with(':')
            && let Some(m) = introducing()
                .find(|m| self.entities[m.2].kind == EntityKind::Person)
                .or_else(|| introducing().max_by_key(|m| m.1))
        {
            return Some(Found {
                speaker: Some(m.2),
                cue: None,
                how: Attribution::Named,
            });
        }
        // "He went further with a warning to doctors: “…”": a clause whose
        // subject is "he" or "she" introduces that person's words.
        if text[sa..qa].trim_end().ends_with(':')
            && !introducing().any(|_| true)
            && let Some(c) = SUBJECT_PRONOUN.captures(&text[sa..qa])
            && let Some(ei) = sal.pronoun(&c[1].to_lowercase())
        {
            return Some(Found {
                speaker: Some(ei),
                cue: unnamed.map(|c| c.word.clone()),
                how: Attribution::Pronoun,
            });
        }
        // "Ellison said … And here was the big reveal: “…”": a clause that
        // names no one and has no verb of saying introduces the words of
        // the person this paragraph is about.
        if text[sa..qa].trim_end().ends_with(':')
            && unnamed.is_none()
            && !self.mentions.iter().any(|m| m.1 <= qa && m.0 >= sa)
            && let Some(ei) = sal.para_subject
        {
            return Some(Found {
                speaker: Some(ei),
                cue: None,
                how: Attribution::Continued,
            });
        }
        // A partial quotation inside a sentence about someone: its subject.
        if qa > sa
            && let Some(m) = self
                .mentions
                .iter()
                .filter(|m| {
                    m.1 <= qa
                        && m.0 >= sa
                        && self.outside(m)
                        && self.entities[m.2].kind == EntityKind::Person
                        && !object_of_infinitive(&text[sa..m.0])
                        // Not the subject of what a verb of saying reports
                        // ("the board concluded that Altman “was not…”").
                        && !self
                            .cues
                            .iter()
                            .any(|c| c.end <= m.0 && reports(&text[c.end..m.0]))
                })
                .min_by_key(|m| m.0)
        {
            // Its verb of saying, if the sentence has one ("was on TV
            // attacking the decision as "political"").
            return Some(Found {
                speaker: Some(m.2),
                cue: unnamed.map(|c| c.word.clone()),
                how: Attribution::Subject,
            });
        }
        unnamed.map(|c| Found {
            speaker: None,
            cue: Some(c.word.clone()),
            how: Attribution::Unnamed,
        })
    }
}
