//! The same fact across versions: figures in linked sentences are paired
//! by unit, by the words around them and by their order, at most one per
//! version in a group. A group whose values disagree (after units are made
//! comparable: 25 basis points and 0.25 percentage points agree, so do 40 km
//! and 25 miles, a dozen and 12) is a discrepancy.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::link::{Links, Place};
use crate::model::{Figure, FigureValue, Version};
use crate::text::content_terms;

/// Unit family for pairing: plural folded, points and percents kept apart
/// from counts.
fn family(unit: Option<&str>) -> Option<String> {
    let u = unit?.to_lowercase();
    // A rate the lexicon knows whole ("miles per hour", "metres per
    // second") is its own measure, not the distance.
    if u.contains(" per ")
        && let Some(k) = crate::extract::lexicon::LEXICON.units.get(&u)
        && k.kind != "scale"
        && k.kind != "currency"
    {
        return Some(k.canonical.clone());
    }
    let u = u.split(" per ").next().unwrap_or(&u).to_string();
    // Points of any kind ("eased 1.1 points", "pp", index points) measure
    // a difference of percentages or an index, never a percentage.
    if u.contains("point") || matches!(u.as_str(), "pp" | "ppt" | "ppts" | "bp" | "bps") {
        return Some("points".to_string());
    }
    // Units the lexicon knows: currencies by code, measures by base unit.
    if let Some(k) = crate::extract::lexicon::LEXICON.units.get(&u)
        && (k.kind == "currency" || k.kind != "scale")
    {
        return Some(k.canonical.clone());
    }
    // One spelling, one number: "storeys" and "stories", "countries" and
    // "country".
    let u = crate::text::one_spelling(&u).into_owned();
    Some(match u.strip_suffix("ies") {
        Some(head) if head.len() >= 2 => format!("{head}y"),
        _ => u.trim_end_matches('s').to_string(),
    })
}

/// Content words around a figure: from the previous number to the next.
fn context(text: &str, start: usize, end: usize, others: &[(usize, usize)]) -> HashSet<String> {
    let lo = previous_end(others, start);
    let hi = next_start(others, end, text.len());
    let lo = lo.max(start.saturating_sub(60));
    let hi = hi.min(end + 60);
    let lo = (0..=lo)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let hi = (hi..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    words(&format!("{} {}", &text[lo..start], &text[end..hi]))
}

/// Where the figure before `start` ends (0 when none).
fn previous_end(others: &[(usize, usize)], start: usize) -> usize {
    others
        .iter()
        .filter(|(_, e)| *e <= start)
        .map(|(_, e)| *e)
        .max()
        .unwrap_or(0)
}

/// Where the figure after `end` starts (`len` when none).
fn next_start(others: &[(usize, usize)], end: usize, len: usize) -> usize {
    others
        .iter()
        .filter(|(s, _)| *s >= end)
        .map(|(s, _)| *s)
        .min()
        .unwrap_or(len)
}

/// Marks that end a clause around a figure.
const CLAUSE_MARKS: [char; 10] = ['.', ',', ';', ':', '(', ')', '!', '?', '—', '–'];

/// Content terms of a text, numbers left out.
fn words(text: &str) -> HashSet<String> {
    content_terms(text)
        .into_iter()
        .filter(|t| !t.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect()
}

/// Whether the words around a figure say it is of a whole: the world, the
/// nation, a total ("worldwide", "nationwide", "overall", "altogether",
/// "globally").
fn scoped(i: &Info) -> bool {
    static SCOPE: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
        words("worldwide globally nationwide countrywide overall altogether")
    });
    i.context
        .iter()
        .chain(i.trail.iter())
        .any(|w| SCOPE.contains(w))
}

/// The words of [`HEDGES`], stemmed: they say how a count is told, not
/// what it counts ("nearly 4,200 stranded passengers" / "nearly 4,000
/// passengers").
static HEDGE_WORDS: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
    HEDGES
        .iter()
        .flat_map(|(phrase, _)| words(phrase))
        .collect()
});

/// Verbs of change, stemmed: before a figure they name no measure ("rose
/// 3%").
static MOVES: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
    words(
        "rose rise rises rising fell fall falls falling reached reach reaches climbed climb grew grow growing dropped drop jumped jump increased increase decreased decrease stood stand hit up down gained gain lost lose slipped slip edged edge",
    )
});

/// A year in running text (1900 to 2099), or one named by its distance
/// from the day of writing ("this year", "next year", "last year").
static YEAR_IN: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)\b(?:(?P<year>(?:19|20)[0-9]{2})|(?P<from>this|next|last) year)\b")
        .expect("valid year pattern")
});

/// A month a sentence sets its event in: "in June", "In July 2025", "since
/// March", "last August", "early September". (Not a dateline's day, "on 14
/// October", which is mostly the report's own day.)
static MONTH_IN: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"\b(?:(?P<verb>[a-z]+) )?(?:(?:[Ii]n|[Ss]ince|[Ll]ast|[Ee]arly|[Ll]ate) (?:early |late |mid-)?|[Mm]id-)(?P<month>January|February|March|April|June|July|August|September|October|November|December)\b",
    )
    .expect("valid month pattern")
});

/// The year a version was published ("2025-10-30…"), when it says.
fn published_year(v: &Version) -> Option<u16> {
    v.published
        .as_deref()
        .and_then(|p| p.get(..4)?.parse().ok())
        .filter(|y| (1900..2100).contains(y))
}

/// Two values that differ at all (beyond the float's own noise).
fn differ(a: f64, b: f64) -> bool {
    (a - b).abs() > 1e-9 * a.abs().max(b.abs()).max(1e-9)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.02 * a.abs().max(b.abs()).max(1e-9)
}

/// Two values of figures that agree: small whole numbers of things counted
/// (no measure or currency: people, votes, an age) are not rounded, an age
/// of 54 is not 55; measures and amounts agree within a rounding.
fn agree(x: f64, y: f64, counted: bool) -> bool {
    if counted && x.fract() == 0.0 && y.fract() == 0.0 && x.abs().max(y.abs()) < 1000.0 {
        return x == y;
    }
    close(x, y)
}

/// Words that make a figure an approximation or a bound, each with the
/// side it puts the truth on (see [`Info::bound`]): above ("more than"),
/// below ("nearly"), within a rounding either side of a value told as
/// small ("barely 1%", `Equal`), or none said ("about").
const HEDGES: &[(&str, Option<std::cmp::Ordering>)] = {
    use std::cmp::Ordering::{Equal, Greater, Less};
    &[
        ("about", None),
        ("around", None),
        ("approximately", None),
        ("roughly", None),
        ("some", None),
        ("an estimated", None),
        ("as many as", None),
        ("as much as", None),
        ("more than", Some(Greater)),
        ("over", Some(Greater)),
        ("just over", Some(Greater)),
        ("at least", Some(Greater)),
        ("upwards of", Some(Greater)),
        ("slightly more than", Some(Greater)),
        ("a little over", Some(Greater)),
        ("a little more than", Some(Greater)),
        ("little more than", Some(Greater)),
        ("barely more than", Some(Greater)),
        ("just above", Some(Greater)),
        ("slightly over", Some(Greater)),
        ("only just over", Some(Greater)),
        ("nearly", Some(Less)),
        ("almost", Some(Less)),
        ("less than", Some(Less)),
        ("fewer than", Some(Less)),
        ("at most", Some(Less)),
        ("up to", Some(Less)),
        ("just under", Some(Less)),
        ("close to", Some(Less)),
        ("just below", Some(Less)),
        ("slightly less than", Some(Less)),
        ("a little under", Some(Less)),
        ("just shy of", Some(Less)),
        ("barely", Some(Equal)),
        ("scarcely", Some(Equal)),
        ("a mere", Some(Equal)),
        ("only about", Some(Equal)),
    ]
};

/// The side an approximation's word puts the truth on (see
/// [`Info::bound`]).
fn bound_of(word: &str) -> Option<std::cmp::Ordering> {
    HEDGES
        .iter()
        .find(|(w, _)| *w == word)
        .and_then(|(_, b)| *b)
}

/// Whether a value bears out a round one said as a bound: on the side its
/// word names, and nearer to it than half a step of the round number's
/// own precision. "More than 140" is borne out by 143, "nearly 1.4
/// million" by 1,384,000; "more than 4 million" is not by 4.8 million,
/// which is nearer 5 million: an outlet rounding that far tells another
/// figure.
fn bears_out(exact: f64, round: f64, bound: Option<std::cmp::Ordering>) -> bool {
    if round <= 0.0 || exact <= 0.0 {
        return agree(exact, round, false);
    }
    // The round number's precision, as written: the largest power of ten
    // it is a whole multiple of (a tenth or finer for a decimal).
    let mut p = 1e-6_f64;
    while p * 10.0 <= round
        && ((round / (p * 10.0)).round() * p * 10.0 - round).abs() <= 1e-9 * round
    {
        p *= 10.0;
    }
    // Nearer to it than half a step, strictly: 250,000 is no "about
    // 300,000".
    // Within a rounding of it, at any precision ("almost €10.5 billion"
    // for 10.43 billion: a round half at the tenths).
    let rounds = (exact - round).abs() < p / 2.0 || close(exact, round);
    let side = match bound {
        Some(std::cmp::Ordering::Greater) => exact >= round,
        Some(std::cmp::Ordering::Less) => exact <= round,
        _ => true,
    };
    rounds && side
}

/// Whether a unit is a currency the lexicon knows.
fn is_currency(unit: Option<&str>) -> bool {
    unit.and_then(|u| {
        crate::extract::lexicon::LEXICON
            .units
            .get(&u.to_lowercase())
    })
    .is_some_and(|k| k.kind == "currency")
}

/// Whether a figure counts things (its unit is no measure, currency or
/// percentage the lexicon knows).
fn counted(unit: Option<&str>) -> bool {
    unit.is_none_or(|u| {
        !crate::extract::lexicon::LEXICON.units.contains_key(u)
            && !u.starts_with("percent")
            && !u.contains("points")
    })
}

struct Info {
    /// The years its sentence names ("In October 2005, a magnitude 7.6
    /// earthquake…"), sorted.
    years: Vec<u16>,
    /// The months its sentence sets events in ([`MONTH_IN`]), sorted.
    months: Vec<String>,
    family: Option<String>,
    context: HashSet<String>,
    rank: usize,
    value: Option<f64>,
    place: Option<Place>,
    /// Said as an approximation ("about", "more than", "nearly").
    approx: bool,
    /// The place a count is of, written right beside it ("287,300 are in
    /// Japan", "Japan with 278,300"), folded: a share of a total by place.
    of_place: Option<String>,
    /// Of an approximation, the side of the value the truth lies on:
    /// above it ("more than", "at least") or below it ("nearly", "up
    /// to"); none for a value said either side ("about") or exactly.
    bound: Option<std::cmp::Ordering>,
    /// The unit as written, lower case ("nations").
    unit: Option<String>,
    /// It counts things (see [`counted`]): small whole values are exact.
    counted: bool,
    /// Asked for or expected ("had requested a sentence of five years").
    asked: bool,
    /// Asked for by a party ("had requested", "sought"), not forecast.
    requested: bool,
    /// The only figure of its unit family in its sentence.
    sole: bool,
    /// The only count of anything in its sentence.
    alone: bool,
    /// The only figure of its unit family in its version: the one count of
    /// developers, of trucks, of beds an outlet gives.
    once: bool,
    /// Its version's first count of the dead, of no part of them and in a
    /// sentence that names no year ("killing at least 23 people", "the
    /// death toll rose to 31", not "a landslide in 2019 killed 40"): the
    /// toll each outlet leads with, one fact across outlets whatever its
    /// hour, when the sentences are linked or share a word around it.
    lead_toll: bool,
    /// Content words of the phrase right before it, within its clause
    /// ("a one-off cost of"): what the number is the amount of.
    lead: HashSet<String>,
    /// Content words of the phrase right after it, within its clause, its
    /// unit left out ("90% of passenger services had been cancelled"): what
    /// the amount is of, when the unit does not say.
    trail: HashSet<String>,
    /// Its context holds a word besides its unit's own ("… and 14 seats."
    /// holds none).
    voiced: bool,
    /// Words between the number and its noun that pick out part of what is
    /// counted ("six missing people", "two other workers", "40 injured").
    state: Vec<String>,
    /// A count of the dead or of the injured, by the words around it ("the
    /// death toll has risen to 632", "300 people have died", "329 injured").
    toll: Option<&'static str>,
    /// A conversion in brackets after the figure it converts ("45,000
    /// hectares (111,000 acres)"): rounded by the outlet, compared through
    /// the figure before it, and with figures written in its own unit.
    converted: bool,
    /// A move of a share price in percent ("shares were down 9.4% in
    /// early trade", "closed 8.7% lower", "fell as much as 11%"), or the
    /// price after a trading verb ("down 9.4% at $41.20"), by the moment of
    /// the trading day it was told at (see [`market_moment`]).
    market: Option<&'static str>,
    /// Of a share price's move, the company named with the shares
    /// ("Korvo Rail shares", "shares in Meridia"), folded; none for "the
    /// shares", the story's own company.
    market_of: Option<String>,
    /// A vague amount told by its order of magnitude ("tens of thousands",
    /// "hundreds", "dozens"): its value is a lower bound, and any value
    /// above it agrees with it.
    vague: bool,
    /// For an age ("the nearly 900-year-old cathedral"), the noun of what
    /// is that old, as a content term.
    aged: Option<String>,
    /// A part of a group the text has told already ("the names of 97 of
    /// those detained", "12 of them were children"): not a count of the
    /// whole.
    of_those: bool,
    /// One side of a breakdown told with "and" ("230 passengers and 12
    /// crew members"): a part of the total another outlet may give ("242
    /// people on board"). Counts of no toll, or of those on board only.
    breakdown: bool,
    /// For a person's age told after the name ("Mohammad Harun, 42,"),
    /// the name's last word, folded: ages of two people are two facts.
    age_of: Option<String>,
    /// A count, the only one of its kind in its version, that may meet the
    /// same count far away (see [`own_tally`]); set on the second pass of
    /// [`group`].
    tally: bool,
}

/// Right after a count, the words that make it a part of a group told
/// before ("97 of those detained", "of them", "of whom").
static OF_THOSE: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)^\s+of\s+(?:those|these|them|whom|the\s+(?P<noun>dead|victims|injured|wounded|killed|arrested|detained|missing|passengers))\b").expect("valid pattern")
});

/// Right before a count, a part counted out of it: "32 out of the 67".
static OUT_OF_BEFORE: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)\d[\d,.]*\s+out\s+of\s+(?:the\s+)?$").expect("valid pattern")
});
/// Right after a count, the whole it is a part of: "32 out of the 67".
static OUT_OF_AFTER: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)^\s+out\s+of\s+(?:the\s+)?\d[\d,.]*").expect("valid pattern")
});

/// A count's own verb after a participle phrase that describes what it
/// counts: the verb "to be" and its participle ("… were injured", "… had
/// been killed"), maybe past an adverb. (Only after other words: the
/// verb right after the count is read as before.)
static MAIN_VERB: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\s(?:were|was|are|is|have been|has been|had been)\s+(?:[a-z]+ly\s+)?([a-z]+)\b",
    )
    .expect("valid pattern")
});

/// Right after a count of years, the words of a prison term: "in
/// prison", "behind bars", "prison sentence", "of imprisonment", a
/// "30-year sentence".
static PRISON_AFTER: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)^(?:-years?)?(?:\s+years?)?\s+(?:in (?:prison|jail)|behind bars|(?:of )?imprisonment|(?:prison|jail) (?:term|sentence)|sentence)\b")
        .expect("valid pattern")
});
/// Right before a count of years, time already served in prison ("who
/// spent 10 years", "after serving").
static SERVED: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)\b(?:spent|served|serving|spending|after)\s+(?:more than\s+|nearly\s+|almost\s+|about\s+)?$")
        .expect("valid pattern")
});
/// Right before a count of years, a court's verb of sentencing and "to"
/// ("sentenced former president Quispe to 12 years", "jailed for"), or
/// "a prison term of".
static PRISON_BEFORE: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)(?:\b(?:sentenced|jailed|imprisoned)\b[^0-9.;]{0,80}\b(?:to|for)|\b(?:prison|jail) (?:term|sentence) of)\s*$")
        .expect("valid pattern")
});

/// Whose age a figure is, when it stands in apposition right after a
/// person's name ("driver Mohammad Harun, 42, whose bus…"): the name's
/// last word, folded.
fn age_of(unit: Option<&str>, before: &str) -> Option<String> {
    if unit != Some("years old") {
        return None;
    }
    let head = before.trim_end().strip_suffix(',')?.trim_end();
    let last = head.rsplit(char::is_whitespace).next()?;
    let word = last.trim_matches(|c: char| !c.is_alphanumeric());
    (word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() >= 2)
        .then(|| crate::text::fold(word))
}

/// A span of years ("800 years"), not an age.
fn is_span(i: &Info) -> bool {
    matches!(i.unit.as_deref(), Some("year" | "years")) && i.aged.is_none()
}

/// A figure's value for comparing with an age: a span of years beside an
/// age is read in years, not in the seconds the unit lexicon keeps
/// durations in.
fn value_beside_age(i: &Info, beside_age: bool) -> Option<f64> {
    let per_year = || {
        crate::extract::lexicon::LEXICON
            .units
            .get("years")
            .and_then(|u| u.factor)
    };
    match (i.value, beside_age && is_span(i)) {
        (Some(v), true) => per_year().map(|f| v / f),
        (v, _) => v,
    }
}

/// The noun an age is of: the head of the noun phrase after "N-year-old"
/// ("the 900-year-old cathedral is…", "the 150-year-old Castlebury mill
/// on…": the phrase's last word before a function word, a participle, a
/// verb of saying or a punctuation mark), of four letters or more ("the
/// 59-year-old said" names no noun).
fn aged_noun(unit: Option<&str>, after: &str) -> Option<String> {
    if unit? != "years old" {
        return None;
    }
    let rest = after.trim_start_matches(['-', ' ', '\u{2011}']);
    let rest = rest.strip_prefix("old").unwrap_or(rest);
    let mut head: Option<&str> = None;
    for raw in rest.split_whitespace().take(3) {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        let participle = head.is_some()
            && word.starts_with(char::is_lowercase)
            && (lower.ends_with("ed") || lower.ends_with("ing"));
        if word.is_empty()
            || !word.chars().all(char::is_alphabetic)
            || crate::text::is_stop(&lower)
            || participle
            || crate::extract::lexicon::LEXICON.verbs.contains_key(&lower)
        {
            break;
        }
        head = Some(word);
        if raw.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let head = head.filter(|w| w.chars().count() >= 4)?;
    words(head).into_iter().next()
}

/// An age and a span of years told of one thing: "the nearly 900-year-old
/// cathedral" and "It's been 800 years that the Cathedral watches over
/// Paris"; "a 150-year-old bridge" and "the bridge, which stood for 150
/// years". The span's words name what the age is of.
fn age_and_span(a: &Info, b: &Info) -> bool {
    let told = |age: &Info, span_of: &Info| {
        age.aged
            .as_ref()
            .is_some_and(|noun| is_span(span_of) && span_of.context.contains(noun))
    };
    told(a, b) || told(b, a)
}

/// Whether a figure written as a fraction is a share of what follows "of"
/// ("two-thirds of the vote", "a quarter of its staff").
fn share_of(figure: &str, after: &str) -> bool {
    matches!(
        crate::text::last_word(figure).to_lowercase().as_str(),
        "half"
            | "third"
            | "thirds"
            | "quarter"
            | "quarters"
            | "fifth"
            | "fifths"
            | "tenth"
            | "tenths"
    ) && crate::text::of_follows(after)
}

/// Whether a figure as written is a vague amount ("Tens of thousands",
/// "hundreds", "dozens of", "several thousand", "a few hundred").
fn is_vague(text: &str) -> bool {
    // Its first word is the order itself: "Tens of thousands", "hundreds";
    // "thirty-five thousands" counts. Or a word of an unstated number
    // before the order: "several thousand", "a few hundred", "many
    // thousands".
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    matches!(
        first.as_str(),
        "tens"
            | "dozens"
            | "scores"
            | "hundreds"
            | "thousands"
            | "millions"
            | "billions"
            | "several"
            | "few"
            | "many"
    ) || (first == "a" && matches!(words.next().as_deref(), Some("few" | "couple")))
}

/// Nouns a toll counts people by (or none: "the toll rose to 40").
const TOLL_UNITS: &[&str] = &[
    "people",
    "persons",
    "person",
    "deaths",
    "death",
    "dead",
    "fatalities",
    "victims",
    "lives",
    "injured",
    "injuries",
    "casualties",
    "bodies",
    "protesters",
    "demonstrators",
    "residents",
    "suspects",
    "civilians",
    "passengers",
    "marchers",
    "supporters",
    "survivors",
    "others",
];

/// Nouns a toll counts a kind of people by, as reports name them
/// ("killed over 50 youngsters", "26 tourists were killed", "12 soldiers
/// were wounded"). A toll of a kind is often a part of another ("killed
/// four people, two students and two teachers"), so it is never a
/// version's toll of the whole.
const KINDS_OF_PEOPLE: &[&str] = &[
    "children",
    "youngsters",
    "students",
    "pupils",
    "workers",
    "soldiers",
    "tourists",
    "pilgrims",
    "migrants",
    "miners",
    "worshippers",
    "patients",
    "women",
    "men",
    "villagers",
    "refugees",
    "guests",
    "hostages",
    "firefighters",
    "fans",
];

/// Whether a toll's noun names a kind of people.
fn kind_of_people(unit: Option<&str>) -> bool {
    unit.is_some_and(|u| KINDS_OF_PEOPLE.contains(&u.to_lowercase().as_str()))
}

/// Who gave a crowd's size, by the nearest telling word in its clause
/// before the number ("Police put the crowd at around 15,000", "the
/// organisers claimed more than 40,000") or after it ("…, according to
/// the union"): police and officials count one crowd, its organisers
/// another, and the two estimates are different facts that outlets
/// repeat, so each is compared only with the same side's.
fn crowd_source(lead: &str, after: &str) -> &'static str {
    let side = |w: &str| -> Option<&'static str> {
        let w = crate::text::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        if w.starts_with("organis") || w.starts_with("organiz") || w.starts_with("union") {
            Some("crowd-organisers")
        } else if w == "police"
            || w == "authorities"
            || w == "officials"
            || w == "ministry"
            || w == "government"
            || w == "prefecture"
        {
            Some("crowd-official")
        } else {
            None
        }
    };
    let clause = lead.rsplit([';', ':']).next().unwrap_or(lead);
    clause
        .split_whitespace()
        .rev()
        .find_map(side)
        .or_else(|| {
            let tail = after.split(['.', ';']).next().unwrap_or("");
            let (_, rest) = tail.split_once("according to")?;
            rest.split_whitespace().take(4).find_map(side)
        })
        .unwrap_or("crowd")
}

/// What a toll of this word counts: "killed" the dead, "injured" the
/// injured, "detained" the arrests; a crowd by its own words.
fn toll_kind(w: &str) -> Option<&'static str> {
    let w = crate::text::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    if [
        "died",
        "dead",
        "killed",
        "deaths",
        "death",
        "fatalities",
        "lives",
        "toll",
    ]
    .contains(&w.as_str())
        || w.starts_with("kill")
    {
        Some("deaths")
    } else if w.starts_with("injur") || w.starts_with("wound") || w == "hurt" {
        Some("injured")
    } else if w == "missing" || w == "unaccounted" {
        Some("missing")
    } else if w.starts_with("arrest") || w.starts_with("detain") || w == "detentions" {
        Some("arrests")
    } else if w.starts_with("evacuat") {
        Some("evacuated")
    } else if matches!(w.as_str(), "rescued" | "survived" | "survivors" | "alive") {
        Some("rescued")
    } else if [
        "crowd",
        "crowds",
        "gathered",
        "rallied",
        "marched",
        "protested",
        "demonstrated",
        "turnout",
    ]
    .contains(&w.as_str())
    {
        Some("crowd")
    } else {
        None
    }
}

/// Whether a figure counts the dead, the injured, the missing, the people
/// arrested or those evacuated, and which: by the words right after it
/// ("300 people have died", "329 injured", "nine people were detained",
/// "1,200 residents were evacuated") or else by the start of its sentence
/// ("The death toll … has risen to 632", "has killed at least 820 people",
/// "police arrested 40 protesters"). Protest and disaster reports give
/// these counts as they stood at their hour, so outlets differ on them.
/// A crowd's size ("12,000 people gathered", "put the crowd at 15,000")
/// is one too, kept apart by who gave it (see `crowd_source`); so are
/// the people in shelters or relief camps.
fn toll_of(text: &str, sentence_start: usize, f: &Figure) -> Option<&'static str> {
    // A prison term ("sentenced … to 12 years in prison", "a 12-year prison
    // sentence", "fifteen years behind bars"): the sentence a court gave.
    // (Not time already served: "who spent 10 years in prison".)
    let lead = &text[sentence_start.min(f.start)..f.start];
    if f.unit
        .as_deref()
        .is_some_and(|u| matches!(u, "years" | "year"))
        && !SERVED.is_match(lead)
        && (PRISON_AFTER.is_match(crate::text::head(&text[f.end..], 40))
            || PRISON_BEFORE.is_match(lead))
    {
        return Some("prison");
    }
    if f.unit
        .as_deref()
        .is_some_and(|u| BUILDINGS.contains(&u.to_lowercase().as_str()))
    {
        return damage_of(text, sentence_start, f);
    }
    if matches!(f.value, FigureValue::Date(_))
        || f.unit.as_deref().is_some_and(|u| {
            let u = u.to_lowercase();
            !TOLL_UNITS.contains(&u.as_str()) && !KINDS_OF_PEOPLE.contains(&u.as_str())
        })
    {
        return None;
    }
    // The whole a part is counted out of ("32 out of the 67 people on
    // board survived"): the verb after it tells the part's toll, not its.
    if OUT_OF_BEFORE.is_match(lead) {
        return None;
    }
    let rest = crate::text::head(&text[f.end..], 120);
    // The part's own words stand past the whole ("32 out of the 67 people
    // on board survived": "people on board survived").
    let rest = OUT_OF_AFTER.find(rest).map_or(rest, |m| &rest[m.end()..]);
    if critical(lead, rest) {
        return Some("critical");
    }
    let after = crate::text::head(rest, 40)
        .split([',', ';', '.', '('])
        .next()
        .unwrap_or("");
    // (A word of toll past "and" is another count's: "killed at least 115
    // people and injured more than 100", "carrying 45 passengers and two
    // died"; not when a range's other end follows the count: "five or six
    // killed", "between 100 and 200 people killed".)
    let all: Vec<&str> = after.split_whitespace().collect();
    let between = lead
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "between" | "from"));
    let joins_next = |k: usize| {
        // (Nor past a conjunction that opens another clause: "has risen
        // to 61 after a second critically injured victim died".)
        matches!(
            all[k],
            "and" | "or" | "but" | "while" | "after" | "when" | "because" | "before" | "following"
        ) && !(k == 0
            && (all[k] == "or" || between)
            && all.get(k + 1).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || (!matches!(*w, "a" | "an")
                        && crate::extract::figures::number_value(w).is_some())
            }))
    };
    // (An adverb between the verb's parts is no word of its own: "1,548
    // people have already been evacuated", "12 were reportedly killed".)
    let adverb = |w: &str| {
        let w = w.to_lowercase();
        (w.len() > 5
            && w.ends_with("ly")
            && !matches!(w.as_str(), "family" | "supply" | "assembly"))
            || matches!(
                w.as_str(),
                "already" | "now" | "since" | "also" | "still" | "so" | "far" | "just"
            )
    };
    let words: Vec<&str> = all
        .iter()
        .enumerate()
        .take_while(|&(k, _)| !joins_next(k))
        .map(|(_, w)| *w)
        .filter(|w| !adverb(w))
        .take(4)
        .collect();
    let crowd = |k: &'static str| {
        if k == "crowd" {
            crowd_source(lead, rest)
        } else {
            k
        }
    };
    // The clause's own verb past a participle that describes the people
    // counted: "17 people evacuated from the plane were injured", "40
    // miners trapped in the shaft were rescued alive" (no other number
    // between).
    let main_clause = rest.split([',', ';', '.', '(']).next().unwrap_or("");
    let main_clause = &main_clause[..main_clause
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(main_clause.len())];
    if let Some(k) = MAIN_VERB
        .captures(main_clause)
        .filter(|c| c.get(0).is_some_and(|m| m.start() > 0))
        .and_then(|c| toll_kind(&c[1]))
    {
        return Some(crowd(k));
    }
    if let Some(k) = words
        .iter()
        .copied()
        .find_map(toll_kind)
        .or_else(|| reported_state(rest))
    {
        return Some(crowd(k));
    }
    // "460 people had been treated for injuries", "31 people were taken
    // to hospital", "12 were hospitalised": the injured, by their care.
    if HOSPITAL.is_match(after) {
        return Some("injured");
    }
    // "40,000 people took part": a crowd, by the two words together.
    if words.windows(2).any(|w| w[0] == "took" && w[1] == "part") {
        return Some(crowd("crowd"));
    }
    // "1,500 residents were ordered out of their homes", "forced 12,000
    // people from their homes": the people evacuated, by where from. The
    // phrase is the count's when it stands in the count's clause with no
    // other number between.
    let clause = rest.split([',', ';', '.', '(']).next().unwrap_or("");
    // (A phrase is the count's when no other number stands between.)
    // `places`: a number right before the phrase counts the places, not
    // the people ("moved to 312 relief camps"), as only shelters are
    // written. (The clause ends at a comma, so a count of places in the
    // thousands is not read.)
    let own_at = |re: &crate::rx::Regex, places: bool| {
        re.find(clause).is_some_and(|m| {
            let mut before = &clause[..m.start()];
            if places {
                before = before
                    .trim_end()
                    .trim_end_matches(|c: char| c.is_ascii_digit());
            }
            !before.contains(|c: char| c.is_ascii_digit())
        })
    };
    let own = |re: &crate::rx::Regex| own_at(re, false);
    if own(&FROM_HOMES) {
        return Some("evacuated");
    }
    // "250,000 people have taken refuge in … shelters", "300,000 were in
    // shelters", "staying in relief camps": the people sheltered, a count
    // disaster reports give as it stood at their hour (not the evacuated:
    // many who leave stay with family).
    if own_at(&SHELTERED, true) {
        return Some("sheltered");
    }
    // "19 people had been pulled out alive", "six were found alive under
    // the slabs": the people rescued, by how they came out, however far
    // down the clause. (Not "moved to safety": the evacuated are.)
    if own(&RESCUED) && {
        let at = RESCUED.find(clause).map_or(0, |m| m.start());
        // The lead's own clause, its last few words.
        let lead_clause = lead.rsplit([',', ';']).next().unwrap_or("");
        let near = crate::text::tail(lead_clause, lead_clause.len(), 24);
        let near = match near.find(char::is_whitespace) {
            Some(cut) if near.len() < lead_clause.len() => &near[cut..],
            _ => near,
        };
        !DOUBTED.is_match(&clause[..at]) && !DOUBTED.is_match(near)
    } {
        return Some("rescued");
    }
    // The people a boat, a bus or a plane carried ("42 people were on
    // board", "carrying 42 people", "45 people had crowded onto the
    // boat"): a count accident reports give from different sources, so
    // outlets differ on it.
    if own(&ABOARD) || CARRIED.is_match(lead) {
        return Some("aboard");
    }
    // Its own verb says what became of them ("2 million people were
    // displaced"): no toll, whatever the sentence says before.
    if words.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "was" | "were" | "are" | "is" | "have" | "has" | "had" | "remain" | "remained"
        )
    }) {
        return None;
    }
    // The lead's last verb or noun of toll, nearest the number, in the
    // number's clause ("…, affecting tens of thousands" is no evacuation
    // for the "Evacuation efforts" that open the sentence); a toll the
    // sentence's subject names is the number's past commas ("The death
    // toll, officials said, has reached 632").
    lead.rsplit([',', ';'])
        .next()
        .unwrap_or(lead)
        .split_whitespace()
        .rev()
        .take(30)
        .find_map(toll_kind)
        .or_else(|| {
            // ("The death toll, officials said, has reached 632": the
            // toll named before the count's clause; not "the injury toll",
            // nor "took a heavy toll".)
            let words: Vec<String> = lead
                .split_whitespace()
                .map(|w| crate::text::fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
                .collect();
            words
                .iter()
                .enumerate()
                .rev()
                .take(30)
                .any(|(k, w)| {
                    w == "toll"
                        && k.checked_sub(1).is_none_or(|b| {
                            matches!(words[b].as_str(), "the" | "death" | "its" | "their")
                        })
                })
                .then_some("deaths")
        })
        .map(crowd)
}

/// Of a percentage in a sentence about a share price ("Shares in Meridia
/// were down 9.4% in early trade", "the stock closed 8.7% lower", "fell
/// as much as 11%"), the moment of the trading day it was told at: the
/// day's extreme ("as much as", "at one point"), the close, early trade,
/// later in the day, or none stated. Markets move all day, and each
/// report gives the move at its own hour: only moves told at the same
/// moment (or both at none) can disagree. A price the shares stood at
/// ("at $41.20", "closed at $42.35") is told at its moment too.
fn market_moment(unit: Option<&str>, lead: &str, after: &str) -> Option<&'static str> {
    // A share's price told at its moment ("down 9.4% at $41.20 in
    // afternoon trading", "closed at $42.35") moves as its change does.
    let price = unit.is_some_and(|u| {
        crate::extract::lexicon::LEXICON
            .units
            .get(&u.to_lowercase())
            .is_some_and(|k| k.kind == "currency")
    }) && {
        let l = lead.trim_end().to_lowercase();
        let before = l.strip_suffix(" at").or_else(|| l.strip_suffix(" to"));
        // A trading verb among the last words ("closed at", "were down
        // 9.4% at", "fell to"); not a bid, a buyback or a valuation
        // ("raised its offer for the shares to $45", "values the shares at").
        before.is_some_and(|b| {
            let last: Vec<&str> = b.split_whitespace().rev().take(3).collect();
            last.iter().any(|w| {
                matches!(
                    *w,
                    "closed"
                        | "traded"
                        | "trading"
                        | "ended"
                        | "finished"
                        | "opened"
                        | "fell"
                        | "rose"
                        | "dropped"
                        | "slipped"
                        | "jumped"
                        | "climbed"
                        | "slumped"
                        | "down"
                        | "up"
                        | "lower"
                        | "higher"
                )
            }) && !last.iter().any(|w| {
                matches!(
                    *w,
                    "offer" | "bid" | "buyback" | "valued" | "values" | "worth" | "raised"
                )
            })
        })
    };
    if !unit.is_some_and(|u| u.starts_with("percent")) && !price {
        return None;
    }
    let lead_text = lead;
    let lead = lead.to_lowercase();
    let after = after.split(['.', ';']).next().unwrap_or("").to_lowercase();
    let words: Vec<&str> = lead
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let market = words.iter().any(|w| {
        matches!(
            *w,
            "shares" | "share" | "stock" | "stocks" | "equity" | "equities"
        )
    });
    // A listed name's day told without the word "shares": "NDL closed
    // 2.1% lower", "the index ended 0.4% higher".
    // (The word before the verb a listed name or ticker, capitalised:
    // not "car sales ended 2.5% lower", not "the index".)
    let listed = lead_text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase) && w != "The");
    let day_move = listed
        && words
            .last()
            .is_some_and(|w| matches!(*w, "closed" | "ended" | "finished" | "opened" | "traded"))
        && after
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "lower" | "higher" | "down" | "up"));
    if !market && !day_move {
        return None;
    }
    let said = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if lead.contains("as much as") || lead.contains("at one point") || said(&["intraday"]) {
        Some("extreme")
    } else if said(&["closed", "close", "closing", "ended"])
        || after.contains("at the close")
        || after.contains("at close")
    {
        Some("close")
    } else if said(&["early", "opening", "opened", "morning"])
        || after.contains("early")
        || after.contains("at the open")
        || after.contains("morning")
    {
        Some("early")
    } else if said(&["midday", "noon", "afternoon", "lunchtime"])
        || after.contains("midday")
        || after.contains("afternoon")
        || after.contains("gmt")
    {
        Some("later")
    } else {
        Some("unstated")
    }
}

/// The company a sentence names with its shares, in the words before a
/// figure: capitalised words right before "shares" or "stock" ("Korvo
/// Rail shares", "Meridia's shares") or right after "shares in" / "shares
/// of" ("Shares in Meridia").
fn market_subject(lead: &str) -> Option<String> {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let at = words.iter().rposition(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        matches!(w.as_str(), "shares" | "share" | "stock")
    })?;
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !matches!(
                w.to_lowercase().as_str(),
                "the" | "its" | "their" | "shares" | "share"
            )
    };
    let before: Vec<&str> = words[..at]
        .iter()
        .rev()
        .take_while(|w| capital(w))
        .copied()
        .collect();
    let name: Vec<&str> = if before.is_empty() {
        let after = words.get(at + 1..)?;
        match after.first().map(|w| w.to_lowercase()) {
            Some(w) if w == "in" || w == "of" => after[1..]
                .iter()
                .take_while(|w| capital(w))
                .copied()
                .collect(),
            _ => Vec::new(),
        }
    } else {
        before.into_iter().rev().collect()
    };
    let name = name.join(" ");
    let name = name.trim_end_matches(|c: char| !c.is_alphanumeric());
    let name = name
        .strip_suffix("'s")
        .or(name.strip_suffix("’s"))
        .unwrap_or(name);
    (!name.is_empty()).then(|| crate::text::fold(name))
}

/// Nouns a disaster's toll of damage counts buildings by.
const BUILDINGS: &[&str] = &[
    "homes",
    "houses",
    "buildings",
    "properties",
    "dwellings",
    "structures",
    "residences",
];

/// What befell buildings, by a word of damage: "destroyed", "razed",
/// "flattened", "levelled", "gutted", "lost" (a building lost to a fire or
/// a flood) name the buildings destroyed; "damaged" those still standing.
fn damage_kind(w: &str) -> Option<&'static str> {
    let w = crate::text::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    if w.starts_with("destr")
        || w.starts_with("raze")
        || w == "razing"
        || w.starts_with("flatten")
        || w.starts_with("level")
        || w == "gutted"
        || w == "lost"
    {
        Some("destroyed")
    } else if w.starts_with("damag") {
        Some("damaged")
    } else {
        None
    }
}

/// The toll of damage a count of buildings gives, by the words after it
/// in its clause ("14 homes have been destroyed", "31 homes have now been
/// confirmed destroyed") or those right before it ("destroyed at least 23
/// homes", "razes 31 homes"): fires, floods, storms and earthquakes are
/// reported with this count as it stood at each report's hour, like the
/// toll of the dead.
fn damage_of(text: &str, sentence_start: usize, f: &Figure) -> Option<&'static str> {
    let after = crate::text::head(&text[f.end..], 60)
        .split([',', ';', '.', '('])
        .next()
        .unwrap_or("");
    let lead = &text[sentence_start.min(f.start)..f.start];
    after
        .split_whitespace()
        .take(6)
        .find_map(damage_kind)
        .or_else(|| lead.split_whitespace().rev().take(4).find_map(damage_kind))
}

/// What became of the people counted, told after their verb and a word of
/// report: "Forty-one people have been confirmed dead so far", "12 are
/// feared killed", "30 were reported missing".
fn reported_state(rest: &str) -> Option<&'static str> {
    const BETWEEN: &[&str] = &[
        "people",
        "persons",
        "others",
        "more",
        "have",
        "has",
        "had",
        "been",
        "were",
        "was",
        "are",
        "is",
        "be",
        "now",
        "officially",
        "confirmed",
        "reported",
        "feared",
        "found",
        "believed",
        "known",
        "presumed",
    ];
    let clause = crate::text::head(rest, 70)
        .split([',', ';', '.', '('])
        .next()
        .unwrap_or("");
    let w = clause
        .split_whitespace()
        .take(7)
        .find(|w| !BETWEEN.contains(&w.to_lowercase().as_str()))?;
    toll_kind(w)
}

/// How the people counted came out of a collapse or a wreck: "pulled out
/// alive", "found alive under the slabs".
static RESCUED: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\b(?:out alive|(?:found|pulled|brought|dug|freed|rescued) [a-z ]{0,20}?alive)\b",
    )
    .expect("valid regex")
});
/// Words that deny or doubt what follows them in a clause ("none of the
/// 17 has been brought out alive", "may never be found alive", "hope to
/// get them out alive"); "may" in lower case only (not the month), and no
/// bare "no" ("no fewer than 14", "trapped with no food").
static DOUBTED: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i:\b(?:none|not|never|nobody|no one|hope[sd]?|hoping|fear(?:s|ed)?|unlikely|might|could|would)\b)|\bmay\b",
    )
    .expect("valid regex")
});
/// Where a vessel's people were, right after the count: "42 people
/// aboard", "crammed onto the boat".
static ABOARD: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)^\s*(?:[a-z]+\s+){0,3}?(?:aboard|onboard|on board|(?:crowded|crammed|packed|squeezed) (?:onto|into|on))\b",
    )
    .expect("valid aboard pattern")
});

/// What a vessel carried, told before the count: "carrying (about) 42",
/// "packed with 42".
static CARRIED: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\b(?:(?:carrying|carried)(?:\s+\S+)?|(?:packed|crammed|overloaded|loaded) with)\s*$",
    )
    .expect("valid carried pattern")
});

/// The care given to the injured, in the clause right after a count.
static HOSPITAL: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)^\s*(?:[a-z]+\s+){0,4}?(?:treated|hospitali[sz]ed|(?:taken|admitted|airlifted|flown) to hospitals?|in hospitals?)\b")
        .expect("valid care pattern")
});

/// Right after a count, the words that say its people are hurt badly: "in
/// (a) critical condition", "seriously injured", "critically wounded", "of
/// them seriously", "with life-threatening injuries" ("721 were in critical
/// condition", "Seven others were seriously injured", "about 200 of them
/// critically"). A noun or two and the verb's parts may stand between
/// (the clause is cut at "and" first: "one killed and two critically hurt"
/// tells no gravity of the one).
static CRITICAL_AFTER: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)^(?:\s+[a-z]+){0,2}?(?:\s+(?:are|were|is|was|remain|remained|remains|still|now|have been|had been|being|left|listed|reported))*\s+(?:in\s+(?:a\s+)?(?:critical|serious|grave|life-threatening)\s+condition|(?:critically|seriously|gravely|severely)\s+(?:injur\w*|wound\w*|hurt\b|burn\w*|ill\b)|of\s+(?:them|whom|those)\s+(?:critically|seriously|gravely|severely)\b|with\s+(?:critical|serious|severe|grave|life-threatening)\s+(?:injuries|wounds|burns))")
        .expect("valid pattern")
});

/// Right before a count in its clause, a verb or noun of grave injury:
/// "seriously injured at least five", "seriously wounding a dozen others",
/// "put the number of seriously injured at five".
static CRITICAL_BEFORE: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)\b(?:critically|seriously|gravely|severely)\s+(?:injur|wound|hurt|burn)\w*\b[^0-9,;.]{0,24}$")
        .expect("valid pattern")
});

/// Words that join one clause to the next.
const CLAUSE_JOINS: [&str; 4] = [" and ", " or ", " but ", " while "];

/// The text before the first of `marks` (all of it when none is there).
fn before_first<'t>(text: &'t str, marks: &[&str]) -> &'t str {
    marks
        .iter()
        .filter_map(|j| text.find(j))
        .min()
        .map_or(text, |at| &text[..at])
}

/// The text after the last of `marks` (all of it when none is there).
fn after_last<'t>(text: &'t str, marks: &[&str]) -> &'t str {
    marks
        .iter()
        .filter_map(|j| text.rfind(j).map(|at| at + j.len()))
        .max()
        .map_or(text, |at| &text[at..])
}

/// Whether a count is of the people hurt badly: in critical or serious
/// condition, seriously injured (see [`CRITICAL_AFTER`],
/// [`CRITICAL_BEFORE`]). Reports of attacks and disasters give this count
/// apart from the injured, as it stood at their hour, so outlets differ
/// on it ("four of them seriously" / "seriously injured at least five").
fn critical(lead: &str, rest: &str) -> bool {
    let clause = rest.split([',', ';', '.', '(']).next().unwrap_or("");
    // (Past "and" the words are another count's.)
    let clause = before_first(clause, &CLAUSE_JOINS);
    // (Nor when the count's own words tell a death: "two people died with
    // severe burns".)
    let dead = clause
        .split_whitespace()
        .any(|w| toll_kind(w) == Some("deaths"));
    // The lead's own clause, cut at "and" too ("One man was seriously hurt
    // and 12 people died": the twelve are the dead), with no number
    // between the words and the count ("seriously injured two of the 14
    // passengers": the fourteen are all on board).
    let lead = after_last(
        lead.rsplit([',', ';']).next().unwrap_or(lead),
        &CLAUSE_JOINS,
    );
    let counted_between = CRITICAL_BEFORE.find(lead).is_some_and(|m| {
        m.as_str().split_whitespace().skip(2).any(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || (!matches!(w, "a" | "an") && crate::extract::figures::number_value(w).is_some())
        })
    });
    !dead
        && (CRITICAL_AFTER.is_match(clause) || (CRITICAL_BEFORE.is_match(lead) && !counted_between))
}

/// Whether words between a number and its noun ("seven missing road
/// workers") say what a toll of `kind` counts.
fn states_toll(state: &[String], kind: &str) -> bool {
    state.iter().any(|w| toll_kind(w) == Some(kind))
}

/// Words that pick out part of what is counted when they stand between a
/// number and its noun, besides participles in -ed ("injured", "arrested").
const STATE_WORDS: &[&str] = &[
    "missing",
    "remaining",
    "surviving",
    "dead",
    "other",
    "additional",
    "more",
    "further",
    "new",
    "former",
];

/// Whether state words pick out a part of what is counted: those of
/// [`STATE_WORDS`], the state a verb gives (dead, injured, missing), a
/// population, or a participle of what befell people or things ("20
/// injured people", "300 stranded passengers", "six detained protesters");
/// not a feeling ("terrified", "worried").
fn picks_part(state: &[String]) -> bool {
    const FEELINGS: &[&str] = &[
        "terrified",
        "frightened",
        "scared",
        "worried",
        "shocked",
        "stunned",
        "relieved",
        "exhausted",
        "angered",
        "outraged",
        "delighted",
        "disappointed",
        "bewildered",
        "distraught",
        "heartbroken",
        "desperate",
    ];
    state.iter().any(|w| !FEELINGS.contains(&w.as_str()))
}

/// "(ordered) out of their homes", "(forced) from their homes": the people
/// a disaster or an order moved, told without the word "evacuated".
static FROM_HOMES: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\b(?:from|out of|fled|left|leave) (?:their|his|her) (?:homes?|houses?)\b",
    )
    .expect("valid homes pattern")
});

/// Where the people a disaster drove out stay: shelters, refuge, relief
/// camps, evacuation centres.
static SHELTERED: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\b(?:shelters?|refuge|relief (?:camps?|centres?|centers?)|evacuation (?:centres?|centers?|sites?))\b",
    )
    .expect("valid shelter pattern")
});

/// "a town of about 9,000 people", "a country of 38 million": a place's
/// population, told before the number.
static POPULATION: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\b(?:town|city|village|hamlet|country|nation|community|island|region|district|province|municipality|population) of\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|more than\s+|over\s+|almost\s+|just over\s+|just under\s+)?$",
    )
    .expect("valid population pattern")
});

/// The words that pick out part of what is counted, between a figure's
/// number and its noun (three words at most).
fn state_words(text: &str, end: usize, unit: Option<&str>) -> Vec<String> {
    let rest = crate::text::head(&text[end..], 40);
    let mut out = Vec::new();
    for w in rest.split_whitespace().take(3) {
        let f = crate::text::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        if f.is_empty() || unit.is_some_and(|u| u == f) {
            break;
        }
        if STATE_WORDS.contains(&f.as_str()) || (f.len() >= 5 && f.ends_with("ed")) {
            out.push(f);
        } else if crate::text::is_stop(&f) {
            // "85% of scheduled trains": past the number's own phrase.
            break;
        }
    }
    out.sort();
    out
}

/// The content words of the clause right before a figure, at most 48 bytes
/// back and not past another figure: the noun phrase it quantifies.
fn lead_terms(text: &str, start: usize, others: &[(usize, usize)]) -> HashSet<String> {
    let lo = previous_end(others, start);
    let before = crate::text::tail(text, start, 48);
    let from = start - before.len();
    let before = if lo > from {
        let cut = (lo..=start)
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(start);
        &text[cut..start]
    } else {
        before
    };
    // A cut inside a word keeps only the whole words after it.
    let cut_mid_word = text[..start - before.len()]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let before = if cut_mid_word {
        before
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest)
    } else {
        before
    };
    let clause = before.rsplit(CLAUSE_MARKS).next().unwrap_or(before);
    words(clause)
}

/// The content words of the clause right after a figure, at most 64 bytes
/// on and not past another figure, without its unit's words.
fn trail_terms(
    text: &str,
    end: usize,
    others: &[(usize, usize)],
    unit: Option<&str>,
) -> HashSet<String> {
    let next = next_start(others, end, text.len());
    let after = crate::text::head(&text[end..next.max(end)], 64);
    // A cut inside a word keeps only the whole words before it.
    let after = if text[end + after.len()..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        after
            .rsplit_once(char::is_whitespace)
            .map_or("", |(head, _)| head)
    } else {
        after
    };
    let clause = after.split(CLAUSE_MARKS).next().unwrap_or(after);
    let mut out = words(clause);
    if let Some(u) = unit {
        for w in words(u) {
            out.remove(&w);
        }
    }
    out
}

/// A hedge of [`HEDGES`] right before a figure (a currency sign between).
static APPROX: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    let words: Vec<&str> = HEDGES.iter().map(|(w, _)| *w).collect();
    crate::rx::Regex::new(&format!(r"(?i)\b({})\s*[$€£¥]?\s*$", words.join("|")))
        .expect("valid approximation pattern")
});

/// How alike two contexts are: the mean of Jaccard (all words) and overlap
/// (words of the smaller context), so that a long window around one figure
/// does not hide what the two share.
fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    overlap(a.intersection(b).count(), a.len(), b.len())
}

/// The mean of Jaccard and overlap for two sets of `a` and `b` members
/// sharing `shared`.
fn overlap(shared: usize, a: usize, b: usize) -> f64 {
    let union = (a + b).saturating_sub(shared) as f64;
    let small = a.min(b) as f64;
    if union == 0.0 || small == 0.0 {
        0.0
    } else {
        let i = shared as f64;
        0.5 * (i / union + i / small)
    }
}

/// The state a verb next to a count gives what is counted: right before it
/// ("killed about 20,000 fish" are dead fish, "injured 40") or right after
/// what is counted ("tens of thousands of fish died", "12 people were
/// hurt").
fn verb_state(before: &str, after: &str) -> Option<&'static str> {
    // (Not past a word that opens another clause: in "415 people had been
    // injured and that 63 buildings had collapsed" the buildings are not
    // injured.)
    let before_verb = before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
        .take(3)
        .map(str::to_lowercase)
        .take_while(|w| {
            !matches!(
                w.as_str(),
                "and" | "that" | "but" | "or" | "while" | "which" | "who" | "as" | "when"
            )
        })
        .find_map(|w| {
            if w.starts_with("kill") {
                Some("dead")
            } else if w.starts_with("injur") {
                Some("injured")
            } else {
                None
            }
        });
    before_verb.or_else(|| {
        after
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(4)
            .find_map(|w| match w.to_lowercase().as_str() {
                "died" | "dead" | "killed" => Some("dead"),
                "injured" | "hurt" | "wounded" => Some("injured"),
                "missing" | "unaccounted" => Some("missing"),
                _ => None,
            })
    })
}

/// Likeness of meaning from which two different context words count as
/// one.
const KINDRED_WORDS: f32 = 0.45;

/// [`jaccard`] with words of like meaning counted as shared ("coast" /
/// "shore", "ships" / "vessels"), each word matched once.
fn soft_jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let Some(table) = crate::link::meaning::Table::get() else {
        return jaccard(a, b);
    };
    let shared = a.intersection(b).count();
    let mut only_a: Vec<&String> = a.difference(b).collect();
    let mut only_b: Vec<&String> = b.difference(a).collect();
    only_a.sort();
    only_b.sort();
    // Each word's vector is looked up once per thread (a story's figures
    // share their context words).
    thread_local! {
        static VECTORS: std::cell::RefCell<HashMap<String, Option<Vec<f32>>>> =
            std::cell::RefCell::new(HashMap::default());
    }
    let vectors = |words: &[&String]| -> Vec<Option<Vec<f32>>> {
        VECTORS.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.len() > 50_000 {
                cache.clear();
            }
            words
                .iter()
                .map(|w| {
                    cache
                        .entry((*w).clone())
                        .or_insert_with(|| table.word_vector(w))
                        .clone()
                })
                .collect()
        })
    };
    let (va, vb) = (vectors(&only_a), vectors(&only_b));
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    for (x, a) in va.iter().enumerate() {
        let Some(a) = a else { continue };
        for (y, b) in vb.iter().enumerate() {
            let Some(b) = b else { continue };
            let c = crate::link::meaning::cosine(a, b);
            if c >= KINDRED_WORDS {
                pairs.push((c, x, y));
            }
        }
    }
    pairs.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
    let (mut used_a, mut used_b) = (vec![false; only_a.len()], vec![false; only_b.len()]);
    let mut matched = 0usize;
    for (_, x, y) in pairs {
        if !used_a[x] && !used_b[y] {
            used_a[x] = true;
            used_b[y] = true;
            matched += 1;
        }
    }
    overlap(shared + matched, a.len(), b.len())
}

/// A change over time told right before a figure: "the toll rose to 40",
/// "has climbed to", "fell to", "now stands at"; the group `up` holds a
/// rise.
static CHANGE: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\b((?:has |have |had )?(?:(?P<up>rose|risen|climbed|jumped|increased|grown|grew|soared|reached)|fell|fallen|dropped|declined|decreased|sank) to|now stands? at)\s*[$€£¥]?\s*$",
    )
    .expect("valid change pattern")
});

/// Sentence link score from which two figures' sentences count as linked:
/// the bar of a kept link.
const LINKED: f64 = crate::link::KEEP as f64;

/// Pair score from which two figures are one fact (the gates in
/// [`pair_score`] carry the evidence rules; the score orders the pairs).
const ACCEPT: f64 = 0.2;
/// A link between two sentences that tell the same thing in most of their
/// words and meaning, well above what keeps a link.
const STRONG_LINK: f64 = 0.5;

/// How likely two figures of different versions state the same fact, or
/// `None` when they cannot: `link` is how well their sentences are linked.
fn pair_score(a: &Info, b: &Info, link: f64) -> Option<f64> {
    pair_score_with(a, b, link, false)
}

/// `sibling`: the two paragraphs already share another fact, so figures in
/// the same position among them ("25 of the 35" / "26 out of 35") may be
/// one fact told with different values.
fn pair_score_with(a: &Info, b: &Info, link: f64, sibling: bool) -> Option<f64> {
    let mut aged = age_and_span(a, b);
    let (a_value, b_value) = (value_beside_age(a, aged), value_beside_age(b, aged));
    let same_value = matches!((a_value, b_value), (Some(x), Some(y))
        if agree(x, y, a.counted && b.counted));
    // Counts within a rounding of each other in sentences that tell the
    // same thing ("some 8,500 members … walked out in the first all-day
    // strike since 2019" / "some 9,200 unionized workers walked out …, the
    // first all-day strike since 2019"): closely linked, or linked and
    // told with the same words right before or after the counts ("some
    // 4,200 workers walked out on Monday" / "some 4,000 members of the
    // union walked out on Monday").
    let near_in_linked = a.counted
        && b.counted
        && a.alone
        && b.alone
        && (link >= STRONG_LINK
            || (link >= LINKED
                && a.trail
                    .intersection(&b.trail)
                    .chain(a.lead.intersection(&b.lead))
                    .any(|w| !HEDGE_WORDS.contains(w) && !MOVES.contains(w))))
        && matches!((a_value, b_value), (Some(x), Some(y))
            if x > 0.0 && y > 0.0 && x.max(y) / x.min(y) <= 1.1);
    let family_ok = match (&a.family, &b.family) {
        (Some(x), Some(y)) => {
            x == y
                // A part named after its group ("Three of the injured")
                // is what the other's noun counts at the same value
                // ("Three victims").
                || (same_value
                    && (a.of_those || b.of_those)
                    && (a.toll.is_some()
                        || b.toll.is_some()
                        || matches!(x.as_str(), "people" | "person")
                        || matches!(y.as_str(), "people" | "person")
                        || kindred_units(x, y, 0.25)))
                || a.unit
                    .as_deref()
                    .zip(b.unit.as_deref())
                    .is_some_and(|(u, w)| {
                        // The same count of twenty or more, each its
                        // version's only one of its kind, asks less of
                        // the nouns ("4,800 jobs" / "4,800 positions"),
                        // and so do near counts in linked sentences
                        // that say them alike ("members" / "workers").
                        let at = if (same_value && own_tally(a, b)) || near_in_linked {
                            0.25
                        } else {
                            0.42
                        };
                        kindred_units(u, w, at)
                    })
        }
        // A toll said without its noun ("the death toll rose to at least
        // 31") counts what the other's noun names.
        _ => same_value || (a.lead_toll && b.lead_toll),
    };
    if !family_ok && !aged {
        return None;
    }
    if !same_value
        && a.breakdown != b.breakdown
        && a.unit.as_deref().map(fold_unit) != b.unit.as_deref().map(fold_unit)
    {
        // "230 passengers and 12 crew" is no count of the "242 people on
        // board": one side of a breakdown, of another noun than the total.
        return None;
    }
    if !same_value && a.of_those != b.of_those {
        // "The group has the names of 97 of those detained" is no count of
        // the 132 arrests.
        return None;
    }
    // The ages of two people named beside them ("Chaudhry, 67" and
    // "Harun, 42") are two facts; one person's age told twice is one.
    if let (Some(x), Some(y)) = (&a.age_of, &b.age_of)
        && !crate::extract::entities::same_name(x, y)
    {
        return None;
    }
    let ctx = jaccard(&a.context, &b.context);
    // Sentences set in different years tell of different events ("In
    // October 2005, a 7.6 earthquake…" / "In October 2015, a
    // 7.5-magnitude quake…"; the 2011 census and the 2021 one).
    if years_apart(a, b) {
        return None;
    }
    if a.asked != b.asked && (!same_value || a.requested != b.requested) {
        // What was asked for, expected or planned is not what happened: a
        // prosecutor's request against the sentence, a forecast against
        // the result. A request is another fact even when the court grants
        // it to the letter; a forecast of the same amount ("expected to
        // cost 180 million" / "estimated at 180 million") is the same one.
        return None;
    }
    if a.toll.is_some()
        && b.toll.is_some()
        && a.toll != b.toll
        // (The same count of the injured and of the badly hurt tells the
        // same people: "two critically injured", "two other people were
        // injured".)
        && !(same_value
            && matches!(
                (a.toll, b.toll),
                (Some("critical"), Some("injured")) | (Some("injured"), Some("critical"))
            ))
    {
        // The dead are not the injured; police's count of a crowd is not
        // its organisers'.
        return None;
    }
    if !same_value && a.toll.is_some() != b.toll.is_some() {
        // "About 460 people were treated for injuries" is no count of the
        // "more than 900 rescue workers" sent, however alike the words
        // around them; "seven missing road workers" still count the six
        // missing people of another outlet.
        let (toll, other) = if a.toll.is_some() { (a, b) } else { (b, a) };
        if !toll.toll.is_some_and(|k| states_toll(&other.state, k)) {
            return None;
        }
    }
    if !same_value && scoped(a) != scoped(b) {
        // A count said of the whole ("employs about 3,900 people
        // worldwide") is not one of a part ("Wexborough, which employs 640
        // people"), however alike the sentences.
        return None;
    }
    if !same_value && parts_apart(a, b) && !near_in_linked {
        // Six missing people are not the eight workers on the bridge; a
        // town's population is not the number evacuated. ("15,000
        // terrified people" are the 12,000 people of another outlet: a
        // feeling picks out no part.)
        return None;
    }
    let mut lead_tolls = false;
    // Two near amounts led by the same phrase: one fact wherever their
    // sentences stand, linked or not.
    let mut phrased = false;
    if !same_value {
        // Different values are one fact only when the words around them
        // say so: a five-year ban is not four years in prison.
        let ratio = match (a_value, b_value) {
            (Some(x), Some(y)) if x != 0.0 && y != 0.0 => (x / y).abs().max((y / x).abs()),
            _ => f64::INFINITY,
        };
        // Spans of time fifty times apart in seconds are two spans ("254 mm
        // of rain in 24 hours" / "the worst in 15 years"), however alike
        // their sentences: one span told in other units ("two days" / "48
        // hours") is brought to the same seconds.
        if a.family.as_deref() == Some("second") && b.family == a.family && ratio > 50.0 {
            return None;
        }
        // Words around a figure that are only its unit's ("and 14 seats.")
        // say nothing the units have not said: no evidence of one fact.
        let voiced = a.voiced && b.voiced;
        let shared = a.lead.intersection(&b.lead).count();
        let after = a.trail.intersection(&b.trail).count();
        // Linked sentences that give several amounts of the unit each, at
        // values beyond a rounding, must also say them of the same thing:
        // the words right before or after them meet ("passengers … up
        // 2.4%" is not "capacity grew 3.5%", whatever the load factor the
        // two sentences share).
        let said_of_one = ratio <= 1.1 || shared + after > 0 || (a.sole && b.sole);
        let linked =
            voiced && link >= LINKED && ctx >= if ratio > 2.5 { 0.45 } else { 0.3 } && said_of_one;
        // Near values (a rounding: $1.25bn and $1.3bn; an approximation:
        // "more than 4 million" and "4.8m") told in the same words are one
        // fact even where the sentences around them differ.
        // Small counts one apart ("nine hospitals" / "10 hospitals") are
        // as near as a rounding of large ones.
        let adjacent = a.counted
            && b.counted
            && matches!((a_value, b_value), (Some(x), Some(y))
                if x.fract() == 0.0 && y.fract() == 0.0 && (x - y).abs() == 1.0 && x.max(y) <= 20.0);
        let close_enough = adjacent || ratio <= if a.approx || b.approx { 1.25 } else { 1.1 };
        let near = close_enough && ctx >= 0.25;
        // The sides of a tally in paragraphs that already share its other
        // side ("by 7 votes to 2" / "approved 7 to 3"): one vote, told
        // with different counts.
        let tally = a.family.as_deref() == Some("vote") && ratio <= 3.0;
        let placed = sibling && (close_enough || tally) && a.rank == b.rank;
        // Linked sentences that each give one amount of this unit, close
        // in value, give one fact ("more than 4 million euros" / "EUR 4.8m"
        // embezzled), whatever words stand next to the numbers.
        let only = link >= LINKED && a.sole && b.sole && close_enough;
        // The same words around two near amounts ("a one-off cost of 8
        // billion" / "one-off costs of 9 billion"), wherever they stand.
        let worded = ratio <= 1.25 && ctx >= 0.4;
        // The same phrase right before two near amounts ("a one-off cost
        // of 8 billion kroner" / "one-off restructuring costs of 9 billion
        // crowns"): two content words or more, half the shorter phrase.
        let led = ratio <= 1.25 && shared >= 2 && shared * 2 >= a.lead.len().min(b.lead.len());
        phrased = led && ctx > 0.0 && !periods_apart(a, b);
        // Most of a longer phrase the same ("Alpine Air shares jumped 14
        // percent" / "Alpine Air shares rocketed 19 per cent"): the same
        // measure of the same subject, even at values further apart.
        let led = led
            || (ratio <= 1.5 && shared >= 3 && shared * 4 >= 3 * a.lead.len().min(b.lead.len()));
        // A measure named by a word of its own, all the shorter of two
        // short leads holds ("Turnout was 41.6%" / "Turnout reached 46.1
        // percent"): one fact at near values. A verb of change alone names no measure
        // ("rose 3%").
        let named = ratio <= 1.25
            && shared >= 1
            && shared == a.lead.len().min(b.lead.len())
            && a.lead.len().max(b.lead.len()) <= 3
            && a.lead.intersection(&b.lead).any(|w| !MOVES.contains(w));
        let led = led || named;
        // The same words right after two near amounts ("90% of passenger
        // services had been cancelled" / "cancelled 85% of scheduled
        // passenger trains and…"): what both are amounts of.
        let trailed = ratio <= 1.25 && after >= 2 && after * 2 >= a.trail.len().min(b.trail.len());
        // A share price's move, told by each outlet at its own moment of
        // the day, of the same company (or of the story's own, "the
        // shares"): one fact at values further apart than a rounding.
        let moving = a.market.is_some()
            && b.market.is_some()
            && (a.market_of.is_none() || b.market_of.is_none() || a.market_of == b.market_of)
            && ratio <= 1.6;
        // The one count of a unit of its own each version gives, of the
        // same thing by the words right after it ("about 14,000 Italian
        // app developers" / "more than 40,000 Italian app developers were
        // squeezed"): one fact however far apart the values, and however
        // differently the sentences around them are told. Not for
        // people, measures, money or shares, which a story counts of many
        // things.
        let own_count = a.once
            && b.once
            && a.counted
            && b.counted
            && a.family.as_deref().is_some_and(|f| f != "people")
            && after >= 2
            && after * 2 >= a.trail.len().min(b.trail.len());
        // Each version's only count of one kind of thing, named by a noun
        // of its own (not "people" nor "others", which a story counts of
        // many groups), near in value, with a word around them shared
        // ("data covering around 300,000 patients" / "exposed the records
        // of some 450,000 patients"): one fact told with two values.
        let own_kind = a.once
            && b.once
            && a.counted
            && b.counted
            && a.family == b.family
            && a.family
                .as_deref()
                .is_some_and(|f| !matches!(f, "people" | "person" | "other" | "time"))
            && ratio <= 1.6
            && ctx > 0.0;
        // The toll each of two outlets leads with: one count of the dead,
        // told at its hour (the scoped and the dated stay apart above).
        lead_tolls = a.lead_toll && b.lead_toll && ratio <= 2.0 && (link >= LINKED || ctx > 0.0);
        // An age and a span of years of one named thing, near in value.
        if !close_enough {
            aged = false;
        }
        if !(linked
            || near
            || placed
            || only
            || worded
            || led
            || trailed
            || aged
            || moving
            || own_count
            || own_kind
            || lead_tolls)
        {
            // The words around the two may say the same in other words
            // ("ships within 15 miles of the shore" / "vessels within 12
            // kilometres of the coast"): counted by meaning, the sentences
            // still linked.
            let soft = if link >= LINKED && voiced && said_of_one {
                soft_jaccard(&a.context, &b.context)
            } else {
                0.0
            };
            if soft < if ratio > 2.5 { 0.45 } else { 0.3 } {
                return None;
            }
        }
    } else if link < LINKED && ctx < 0.15 && !own_tally(a, b) {
        // The same value in unlinked sentences with nothing around it in
        // common is a coincidence ("three" of one thing and of another).
        return None;
    }
    let mut s = 0.5 * link + 0.5 * ctx;
    if same_value {
        s += 0.3;
    }
    if aged || lead_tolls || phrased {
        s = s.max(ACCEPT);
    }
    if a.family.is_some() && a.family == b.family {
        s += 0.15;
    }
    if a.rank == b.rank {
        s += 0.05;
    }
    Some(s)
}

/// Two figures said of different periods by the words right before them
/// ("Net profit for the year rose to…" / "Net profit in the fourth quarter
/// was…").
fn periods_apart(a: &Info, b: &Info) -> bool {
    const PERIODS: &[&str] = &[
        "year",
        "quarter",
        "half",
        "month",
        "week",
        "annual",
        "quarterli",
    ];
    let of = |i: &Info| -> Vec<&str> {
        PERIODS
            .iter()
            .copied()
            .filter(|p| i.lead.iter().any(|w| w.starts_with(p)))
            .collect()
    };
    let (x, y) = (of(a), of(b));
    !x.is_empty() && !y.is_empty() && x != y
}

/// The same count, of twenty or more, of one kind of thing, the only count
/// of its kind in each version ("4,800 jobs" / "4,800 positions"): one
/// fact, however differently the sentences around them are told. A small
/// count or one of many of its kind in a version may be a coincidence.
fn own_tally(a: &Info, b: &Info) -> bool {
    a.tally && b.tally && a.value.is_some_and(|v| v >= 20.0)
}

/// Counted things of one kind under different nouns ("jobs", "roles",
/// "positions"; "countries", "nations"): units that are plain nouns (not
/// currencies or measures the lexicon knows) and close in meaning. "Others"
/// counts whatever kind the sentence has just named ("Le Pen and 23
/// others", "the driver and two others were hurt"), so it is kin to any
/// counted noun; patients and people counted by where they are from are
/// people; the gates of [`pair_score_with`] still ask the sentences
/// to be linked and the values near.
fn kindred_units(a: &str, b: &str, at: f32) -> bool {
    let known = |u: &str| crate::extract::lexicon::LEXICON.units.contains_key(u);
    if known(a) || known(b) || a == "date" || b == "date" || a == "points" || b == "points" {
        return false;
    }
    if a == "others" || b == "others" {
        return true;
    }
    // People counted as patients or by where they are from ("640
    // patients", "150 million Europeans") are people ("140 million
    // people").
    // (Against the words for people only, not another demonym: "3.2
    // million Syrians" are not "3.4 million Afghans"; and not a demonym
    // that is also a common noun: utility poles, kiwis, swedes.)
    let people = |u: &str| {
        matches!(
            u,
            "people" | "persons" | "residents" | "citizens" | "inhabitants" | "patients"
        )
    };
    // (A demonym of the people's shape, "-an", "-i", "-on", "-o":
    // "Europeans", "Iraqis", "Britons", "Filipinos"; not "Poles" beside
    // utility poles, nor the lexicon's adjectives, "Channel", "Alpine".)
    let demonym = |u: &str| {
        u.strip_suffix('s').is_some_and(|one| {
            ["an", "i", "on", "o"].iter().any(|e| one.ends_with(e))
                && crate::extract::lexicon::LEXICON
                    .demonyms
                    .contains_key(&crate::text::fold(one))
        })
    };
    if people(a) && (people(b) || demonym(b)) || demonym(a) && people(b) {
        return true;
    }
    crate::link::meaning::Table::get()
        .and_then(|t| t.word_cosine(a, b))
        .is_some_and(|c| c >= at)
}

/// Between the two sides of a breakdown: the first side's noun (a word or
/// two) and "and" ("passengers and ", "crew members, and ").
static BREAKDOWN_JOIN: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"^\s*\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?,? and $").expect("valid regex")
});

/// A unit's noun folded for comparing: lower case, a plural's "s" off.
fn fold_unit(u: &str) -> String {
    let u = u.trim().to_lowercase();
    u.strip_suffix('s').map_or(u.clone(), str::to_string)
}

/// Stems that make a figure something asked for, expected or planned.
const ASKED: &[&str] = &[
    "request", "sought", "seek", "demand", "propos", "expect", "forecast", "predict",
];
/// Of those, the stems of a party's request.
const REQUESTED: &[&str] = &["request", "sought", "seek", "demand", "propos"];

/// Where each sentence of a paragraph ends (byte offsets), found once per
/// paragraph: a sentence not found in the text ends where the one before it
/// did.
pub(crate) fn sentence_ends(para: &crate::model::Paragraph) -> Vec<usize> {
    let mut from = 0;
    let mut ends = Vec::with_capacity(para.sentences.len());
    for s in &para.sentences {
        if let Some(found) = para.text[from..].find(s.as_str()) {
            from += found + s.len();
        }
        ends.push(from);
    }
    ends
}

/// The sentence that holds byte `at`, from the paragraph's sentence ends.
pub(crate) fn sentence_at(ends: &[usize], at: usize) -> usize {
    ends.partition_point(|&e| e <= at)
        .min(ends.len().saturating_sub(1))
}

/// What stands between two amounts when the second shares the first's
/// hedge: the first's noun (a word or three) and "and" or "or".
static JOINED: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"^\s*[^\s\d]+(?:\s+[^\s\d]+)?(?:\s+[^\s\d]+)?\s+(?:and|or)\s+$")
        .expect("valid regex")
});

/// What each figure's words say, for pairing: read from the texts alone, so
/// it can be done while the sentences are being linked.
pub struct Read(Vec<Info>, Vec<(usize, usize)>);

/// Read each figure's facts for pairing, and set how the text qualifies it.
pub fn read(figures: &mut [Figure], versions: &[Version]) -> Read {
    let mut spans: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::default();
    for f in figures.iter() {
        spans
            .entry((f.version, f.paragraph))
            .or_default()
            .push((f.start, f.end));
    }
    for list in spans.values_mut() {
        list.sort_unstable();
    }
    let published: Vec<Option<u16>> = versions.iter().map(published_year).collect();
    let mut ends: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    let mut rank_counter: HashMap<(usize, usize, Option<String>), usize> = HashMap::default();
    // Each figure's facts for pairing, and how the text qualifies it (shown
    // with its value): read once, from the words right before it.
    let (infos, qualifiers): (Vec<Info>, Vec<Option<String>>) = figures
        .iter()
        .map(|f| {
            let para = &versions[f.version].paragraphs[f.paragraph];
            // A share told as a fraction ("two-thirds of the vote", "a
            // quarter of the jobs") is compared as the percentage it is.
            let share = counted(f.unit.as_deref()) && share_of(&f.text, &para.text[f.end..]);
            let fam = if matches!(f.value, FigureValue::Date(_)) {
                Some("date".to_string())
            } else if share {
                family(Some("percent"))
            } else if f.unit.is_none()
                && let Some(noun) = OF_THOSE
                    .captures(crate::text::head(&para.text[f.end..], 20))
                    .and_then(|c| c.name("noun"))
            {
                // A part of a group named after it ("Eight of the dead were
                // in Bhola" / "Nine of the dead"): a count of that group.
                // (The whole stays apart: parts pair only with parts.)
                family(Some(noun.as_str()))
            } else {
                family(f.unit.as_deref())
            };
            let sentence_ends = ends
                .entry((f.version, f.paragraph))
                .or_insert_with(|| sentence_ends(para));
            let sentence = sentence_at(sentence_ends, f.start);
            let sentence_start = sentence.checked_sub(1).map_or(0, |k| sentence_ends[k]);
            let place = Some([f.version, f.paragraph, sentence]);
            let key = (f.version, f.paragraph, fam.clone());
            let rank = {
                let c = rank_counter.entry(key).or_default();
                *c += 1;
                *c - 1
            };
            // The figures right before and after it in its paragraph (the
            // spans are sorted): where its context stops.
            let list = &spans[&(f.version, f.paragraph)];
            let at = list.partition_point(|s| *s < (f.start, f.end));
            let others: Vec<(usize, usize)> = list[at.saturating_sub(2)..(at + 3).min(list.len())]
                .iter()
                .copied()
                .filter(|s| *s != (f.start, f.end))
                .collect();
            let before = crate::text::tail(&para.text, f.start, 40);
            let lead = crate::text::tail(&para.text, f.start, 120);
            let lead = lead.rsplit(['.', '!', '?']).next().unwrap_or(lead);
            // What was asked for or expected is said in the figure's own
            // clause: "as demand rose, while the death toll climbed to 34"
            // asks for nothing. (A list goes on after a semicolon or an
            // "and": "had requested five years; a €300,000 fine".)
            let own_clause = after_last(lead, &[" while ", ", but ", " whereas "]);
            let clause_words = content_terms(own_clause);
            let asked = clause_words.iter().any(|t| ASKED.contains(&t.as_str()));
            let requested = clause_words.iter().any(|t| REQUESTED.contains(&t.as_str()));
            // A hedge before the first of two amounts joined by "and"
            // hedges both ("more than 1,400 operations and 4,000
            // appointments"): the second, with only the first's noun
            // between, takes it.
            let approx = APPROX
                .captures(before)
                .map(|c| c[1].to_lowercase())
                .or_else(|| {
                    let &(ps, pe) = list[..at].last()?;
                    // (Spans may overlap: the text between is then none.)
                    JOINED
                        .is_match(para.text.get(pe..f.start)?)
                        .then(|| APPROX.captures(crate::text::tail(&para.text, ps, 40)))
                        .flatten()
                        .map(|c| c[1].to_lowercase())
                });
            let unit = if share {
                Some("percent".to_string())
            } else {
                f.unit.as_ref().map(|u| u.to_lowercase())
            };
            let around = context(&para.text, f.start, f.end, &others);
            let voiced = {
                let own = unit.as_deref().map(words).unwrap_or_default();
                around.iter().any(|w| !own.contains(w))
            };
            // The figure's sentence, where its years and months are read.
            let sentence_text = para
                .text
                .get(
                    sentence_start
                        ..sentence_ends
                            .get(sentence)
                            .copied()
                            .unwrap_or(para.text.len()),
                )
                .unwrap_or("");
            let toll = toll_of(&para.text, sentence_start, f);
            let mut info = Info {
                asked,
                requested,
                counted: counted(unit.as_deref()),
                unit,
                approx: approx.is_some(),
                bound: approx.as_deref().and_then(bound_of),
                of_place: of_place(&para.text, f.start, f.end),
                family: fam,
                voiced,
                context: around,
                rank,
                value: f
                    .normalized
                    .or(f.value.as_number())
                    .map(|v| if share { v * 100.0 } else { v }),
                place,
                sole: false,
                alone: false,
                once: false,
                lead_toll: false,
                lead: lead_terms(&para.text, f.start, &others),
                trail: trail_terms(&para.text, f.end, &others, f.unit.as_deref()),
                state: {
                    let mut state = state_words(&para.text, f.end, f.unit.as_deref());
                    if POPULATION.is_match(crate::text::tail(&para.text, f.start, 60)) {
                        state.push("population".to_string());
                        state.sort();
                    }
                    if let Some(v) = verb_state(before, crate::text::head(&para.text[f.end..], 40))
                        && !state.iter().any(|s| s == v)
                    {
                        state.push(v.to_string());
                        state.sort();
                    }
                    state
                },
                toll,
                converted: {
                    let before = &para.text[..f.start];
                    let spans_here = &spans[&(f.version, f.paragraph)];
                    before.trim_end().ends_with('(')
                        && spans_here
                            .iter()
                            .rev()
                            .find(|(_, e)| *e <= f.start)
                            .is_some_and(|&(_, e)| {
                                // The bracket is one byte: its place is a
                                // boundary, and the figure before ends ahead
                                // of it.
                                let open = before.trim_end().len() - 1;
                                para.text.get(e..open).is_some_and(|between| {
                                    between.split_whitespace().count() <= 2
                                        && !between.contains(['.', ',', ';'])
                                })
                            })
                },
                market: market_moment(
                    f.unit.as_deref(),
                    &para.text[sentence_start.min(f.start)..f.start],
                    crate::text::head(&para.text[f.end..], 60),
                ),
                market_of: market_subject(&para.text[sentence_start.min(f.start)..f.start]),
                vague: is_vague(&f.text),
                aged: aged_noun(
                    f.unit.as_deref(),
                    crate::text::head(&para.text[f.end..], 40),
                ),
                age_of: age_of(f.unit.as_deref(), &para.text[..f.start]),
                // (A count of the badly hurt is a part of the injured by
                // its nature: "four of them seriously" is the whole of
                // its kind, as "five seriously injured" is.)
                of_those: OF_THOSE.is_match(crate::text::head(&para.text[f.end..], 20))
                    && toll != Some("critical"),
                breakdown: {
                    // The unit (a word or two) and "and" between this figure
                    // and the next, or between the one before and this.
                    let joins =
                        |between: Option<&str>| between.is_some_and(|t| BREAKDOWN_JOIN.is_match(t));
                    let next = next_start(&others, f.end, para.text.len());
                    let prev = previous_end(&others, f.start);
                    // (Tolls of different kinds, "19 dead and 421 injured",
                    // are a list of facts, not parts of one whole: only
                    // people on board and counts that are no toll.)
                    let tally_part = toll.is_none_or(|k| k == "aboard");
                    tally_part
                        && ((next < para.text.len() && joins(para.text.get(f.end..next)))
                            || (prev > 0 && joins(para.text.get(prev..f.start))))
                },
                tally: false,
                years: {
                    // "This year", "next year", "last year": years by the
                    // day the version was published, when it says.
                    let now = published[f.version];
                    let mut ys: Vec<u16> = YEAR_IN
                        .captures_iter(sentence_text)
                        .filter_map(|c| match (c.name("year"), c.name("from")) {
                            (Some(y), _) => y
                                .as_str()
                                .parse()
                                .ok()
                                .filter(|y| f.value.as_number() != Some(f64::from(*y))),
                            (None, Some(from)) => {
                                let now = now?;
                                Some(match from.as_str().to_ascii_lowercase().as_str() {
                                    "next" => now + 1,
                                    "last" => now - 1,
                                    _ => now,
                                })
                            }
                            _ => None,
                        })
                        .collect();
                    ys.sort_unstable();
                    ys.dedup();
                    ys
                },
                months: {
                    // (Not when the report came out: "figures published
                    // in April".)
                    let mut ms: Vec<String> = MONTH_IN
                        .captures_iter(sentence_text)
                        .filter(|c| {
                            !c.name("verb").is_some_and(|v| {
                                matches!(
                                    v.as_str(),
                                    "published" | "released" | "reported" | "announced" | "issued"
                                )
                            })
                        })
                        .filter_map(|c| c.name("month").map(|m| m.as_str().to_string()))
                        .collect();
                    ms.sort_unstable();
                    ms.dedup();
                    ms
                },
            };
            // A toll told as risen to a count ("has risen to 14") is the
            // count at one hour, still rising: a floor, as "at least" is.
            if info.bound.is_none()
                && info.toll.is_some()
                && CHANGE
                    .captures(before)
                    .is_some_and(|c| c.name("up").is_some())
            {
                info.bound = Some(std::cmp::Ordering::Greater);
            }
            // A share price's move says when in the day it was told: shown
            // beside its value, since moves told at different moments are
            // not set against each other.
            let moment = match info.market {
                Some("close") => Some("at the close:".to_string()),
                Some("early") => Some("in early trade:".to_string()),
                Some("later") => Some("later in the day:".to_string()),
                Some("extreme") => Some("at the day's extreme:".to_string()),
                _ => None,
            };
            let qualifier = approx
                .or_else(|| CHANGE.captures(before).map(|c| c[1].to_lowercase()))
                .or(moment);
            (info, qualifier)
        })
        .unzip();
    for (f, q) in figures.iter_mut().zip(qualifiers) {
        f.qualifier = q;
    }
    let updates = updates(figures, versions, &infos);
    Read(infos, updates)
}

/// "up from", "down from", or "from" right after "to" and a number ("revised
/// the count to 45 from 30"): the old value of a count told beside its new
/// one. (Any other bare "from" is too often a cause or a place: "30 deaths
/// from cholera".)
static FROM: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)\b(?:up |down )?from\b").expect("valid from pattern")
});

/// "to 45 " right before a bare "from": the new number of a revision.
static TO_NUMBER: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)\bto\s+[0-9][0-9.,]*(?:\s+[a-z]+)?\s+$")
        .expect("valid to-number pattern")
});

/// Words that say a count was revised over the day: the new and the old
/// count are one fact at two hours ("revised its figures to 150 arrested,
/// up from the 112 arrests it gave on Tuesday", "now covers 36 lots, up
/// from 34 in the initial notice").
static REVISED: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\b(?:revis\w*|updat\w*|initially|initial (?:figure|count|toll|tally|estimate|report|notice|number)s?|first reported|earlier (?:figure|count|toll|tally|estimate|report)s?|previous (?:figure|count|toll|tally|estimate)s?|(?:it|they|he|she|police|officials) (?:had )?(?:gave|given)|had (?:given|reported|put))\b",
    )
    .expect("valid revision pattern")
});

/// Words that set the old value in another period: a year-on-year change
/// ("up from $4bn a year earlier", "from 3.1% last quarter"), not a
/// revision.
static PERIOD: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(
        r"(?i)\b(?:year|years|quarter|quarters|month|months|annual\w*|(?:19|20)\d\d|last week|a week (?:earlier|ago|before))\b",
    )
    .expect("valid period pattern")
});

/// Pairs of figures of one sentence that are one count revised: the
/// figures before "up from" (or "from") and those after it, matched by
/// their toll or unit, in a sentence that says the count was revised and
/// sets the old value in no other period. Outlets that give either value
/// disagree on that fact.
fn updates(figures: &[Figure], versions: &[Version], infos: &[Info]) -> Vec<(usize, usize)> {
    let mut by_para: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    for (i, f) in figures.iter().enumerate() {
        by_para.entry((f.version, f.paragraph)).or_default().push(i);
    }
    let mut out = Vec::new();
    for ((v, p), list) in by_para {
        let para = &versions[v].paragraphs[p];
        let text = &para.text;
        let mut ends: Option<Vec<usize>> = None;
        for m in FROM.find_iter(text) {
            // The sentence around the cue, by the paragraph's own sentence
            // ends (found once, at its first cue).
            let ends = ends.get_or_insert_with(|| sentence_ends(para));
            let at = sentence_at(ends, m.start());
            let start = at.checked_sub(1).map_or(0, |k| ends[k]);
            let end = ends.get(at).copied().unwrap_or(text.len()).max(m.end());
            let sentence = &text[start..end];
            // A bare "from" only right after "to" and the new number.
            let bare = !m.as_str().contains(' ');
            if bare && !TO_NUMBER.is_match(crate::text::tail(text, m.start(), 40)) {
                continue;
            }
            if !REVISED.is_match(sentence) || PERIOD.is_match(&text[m.start()..end]) {
                continue;
            }
            let new: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&i| figures[i].start >= start && figures[i].end <= m.start())
                .collect();
            let old: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&i| figures[i].start >= m.end() && figures[i].end <= end)
                .collect();
            // What a count is a toll of, by its reading or by its noun
            // ("112 arrests").
            let toll = |x: &Info| x.toll.or_else(|| x.unit.as_deref().and_then(toll_kind));
            for &a in &new {
                let same_kind = |b: usize| {
                    let (x, y) = (&infos[a], &infos[b]);
                    x.value.is_some()
                        && y.value.is_some()
                        && x.value != y.value
                        && x.family.as_deref() != Some("date")
                        && match (toll(x), toll(y)) {
                            (Some(s), Some(t)) => s == t,
                            _ => x.family.is_some() && x.family == y.family,
                        }
                };
                // Each new value meets the one old value of its kind.
                if let [b] = old
                    .iter()
                    .copied()
                    .filter(|&b| same_kind(b))
                    .collect::<Vec<_>>()[..]
                {
                    out.push((a, b));
                }
            }
        }
    }
    out.sort_unstable();
    out
}

/// Group figures by fact and flag discrepancies, from what [`read`] found
/// and the links between sentences. Two figures of different versions state
/// one fact when their sentences are linked, their units agree and the words
/// around them agree (strictly so when the values differ); at most one
/// figure per version in a fact, but for a repeat of it and for an
/// earthquake's readings by different agencies ([`join_readings`]).
///
/// Returns the fact anchors: pairs of sentences of different versions that
/// give one measured fact (a figure with a unit, not a date), for the rows.
pub fn group(figures: &mut [Figure], read: Read, links: &Links) -> Vec<(Place, Place)> {
    let Read(infos, updates) = read;
    let mut per_sentence: HashMap<(Place, Option<String>), usize> = HashMap::default();
    let mut per_version: HashMap<(usize, Option<String>), usize> = HashMap::default();
    for info in &infos {
        if let Some(p) = info.place {
            *per_sentence.entry((p, info.family.clone())).or_default() += 1;
            *per_version.entry((p[0], info.family.clone())).or_default() += 1;
        }
    }
    let mut infos = infos;
    // Each version's first count of the dead (by place), of no part.
    let mut first_toll: HashMap<usize, (Place, usize)> = HashMap::default();
    for (i, info) in infos.iter().enumerate() {
        if let Some(p) = info.place
            && info.toll == Some("deaths")
            // (A kind of people is a part of the toll: "the two students
            // who had been killed alongside their teachers".)
            && !kind_of_people(info.unit.as_deref())
            && info.years.is_empty()
            && info.state.iter().all(|w| toll_kind(w) == Some("deaths"))
            && !info.of_those
            && !info.vague
        {
            let e = first_toll.entry(p[0]).or_insert((p, i));
            if p < e.0 {
                *e = (p, i);
            }
        }
    }
    for (_, i) in first_toll.into_values() {
        infos[i].lead_toll = true;
    }
    let mut counts_in_sentence: HashMap<[usize; 3], usize> = HashMap::default();
    // (Counts of two or more: "the first all-day strike" counts nothing.)
    for info in infos
        .iter()
        .filter(|i| i.counted && i.value.is_some_and(|v| v >= 2.0))
    {
        if let Some(p) = info.place {
            *counts_in_sentence.entry(p).or_default() += 1;
        }
    }
    for info in &mut infos {
        info.alone = info
            .place
            .is_some_and(|p| counts_in_sentence.get(&p).copied() == Some(1));
        info.sole = info
            .place
            .is_some_and(|p| per_sentence[&(p, info.family.clone())] == 1);
        info.once = info
            .place
            .is_some_and(|p| per_version[&(p[0], info.family.clone())] == 1);
    }
    // Rows are anchored by the facts met in the passages that tell them.
    // The same count met far apart, under another noun ("will cut 4,800
    // jobs" in a lede, "confirmed it will cut 4,800 positions" in a tenth
    // paragraph), is one fact but no evidence that the passages around
    // the two, which may tell other things, are one row.
    let mut probe = figures.to_vec();
    let anchors = group_in(&mut probe, &infos, links, &[]);
    // A count of 100 or more whose value the story gives in two versions
    // or more, once in each, and never of a measure or vaguely ("About
    // 1,200 people were ordered out" / "1,200 terrified residents forced
    // to flee"): the value's rarity in the story is the evidence that it
    // is one fact, as a noun of its own is. Not a round value (200, 2,000):
    // those are told of many things.
    let mut by_value: HashMap<u64, (HashSet<usize>, usize, bool)> = HashMap::default();
    for (k, info) in infos.iter().enumerate() {
        if let Some(v) = info.value {
            let e = by_value.entry(v.to_bits()).or_default();
            e.0.insert(figures[k].version);
            e.1 += 1;
            e.2 |= !info.counted || info.vague;
        }
    }
    for info in &mut infos {
        let rare = info.counted
            && info.value.is_some_and(|v| {
                v >= 100.0
                    && (v % 100.0 != 0.0 || (v > 1000.0 && v % 1000.0 != 0.0))
                    && by_value
                        .get(&v.to_bits())
                        .is_some_and(|(vs, n, mixed)| vs.len() >= 2 && vs.len() == *n && !mixed)
            });
        info.tally = (info.once || rare) && info.counted;
    }
    group_in(figures, &infos, links, &updates);
    anchors
}

/// [`group`] with the figures' facts for pairing read.
fn group_in(
    figures: &mut [Figure],
    infos: &[Info],
    links: &Links,
    updates: &[(usize, usize)],
) -> Vec<(Place, Place)> {
    let mut by_place: HashMap<Place, Vec<usize>> = HashMap::default();
    // Where each figure stands in its sentence's list.
    let mut slot = vec![0; infos.len()];
    for (i, info) in infos.iter().enumerate() {
        if let Some(p) = info.place {
            let list = by_place.entry(p).or_default();
            slot[i] = list.len();
            list.push(i);
        }
    }
    // Candidate pairs: figures in linked sentences.
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (i, info) in infos.iter().enumerate() {
        let Some(place) = info.place else { continue };
        let mine = &by_place[&place];
        let x = slot[i];
        for (other, link) in links.of(place) {
            let theirs = by_place.get(&other).map_or(&[][..], |v| v.as_slice());
            for y in near(x, mine.len(), theirs.len()) {
                let j = theirs[y];
                if j <= i {
                    continue;
                }
                let dates = infos[i].family.as_deref() == Some("date")
                    || infos[j].family.as_deref() == Some("date");
                let s = if dates {
                    (figures[i].value == figures[j].value).then_some(0.5 + link as f64)
                } else {
                    pair_score(&infos[i], &infos[j], link as f64)
                };
                if let Some(s) = s.filter(|s| *s >= ACCEPT) {
                    cands.push((s, i, j));
                }
            }
        }
    }
    // Figures of one unit family, wherever they stand, when the words
    // around them agree (a lede rewritten beyond recognition still gives
    // "35 countries"; "$1.25 billion" and "$1.3 billion" of savings).
    // Buckets are bounded: a unit used everywhere is left to the links.
    // The score of the link between two figures' sentences (0 when none).
    let link_between = |i: usize, j: usize| match (infos[i].place, infos[j].place) {
        (Some(a), Some(b)) => links
            .of(a)
            .find(|(p, _)| *p == b)
            .map_or(0.0, |(_, s)| s as f64),
        _ => 0.0,
    };
    let mut buckets: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, info) in infos.iter().enumerate() {
        if let Some(fam) = &info.family
            && fam != "date"
        {
            buckets.entry(fam.clone()).or_default().push(i);
        }
    }
    for list in buckets.values().filter(|l| l.len() <= 80) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if figures[i].version == figures[j].version {
                    continue;
                }
                if let Some(s) =
                    pair_score(&infos[i], &infos[j], link_between(i, j)).filter(|s| *s >= ACCEPT)
                {
                    cands.push((s, i, j));
                }
            }
        }
    }
    // Figures of kindred nouns led by the same word, wherever they stand
    // ("Cheonghae's backlog stands at 148 vessels" / "Cheonghae's backlog
    // of close to 150 ships"): the families differ, so the buckets above
    // never met them. Only words few figures share: the story's topic
    // words lead too many to say what is measured.
    let mut by_lead: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, info) in infos.iter().enumerate() {
        if info.family.as_deref().is_some_and(|f| f != "date") {
            for w in &info.lead {
                by_lead.entry(w.as_str()).or_default().push(i);
            }
        }
    }
    // (A pair that shares several lead words is scored once.)
    let mut led_pairs: HashSet<(usize, usize)> = HashSet::default();
    for list in by_lead.values().filter(|l| l.len() <= 12) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if figures[i].version == figures[j].version
                    || infos[i].family == infos[j].family
                    || !led_pairs.insert((i.min(j), i.max(j)))
                {
                    continue;
                }
                if let Some(s) =
                    pair_score(&infos[i], &infos[j], link_between(i, j)).filter(|s| *s >= ACCEPT)
                {
                    cands.push((s, i, j));
                }
            }
        }
    }
    // The same count of kindred nouns, wherever it stands ("will cut 4,800
    // jobs" / "confirmed it will cut 4,800 positions" far down another
    // version): the families differ, so the buckets above never met them.
    let mut by_value: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, info) in infos.iter().enumerate() {
        if let Some(v) = info.value
            && info.tally
            && info.family.as_deref().is_some_and(|f| f != "date")
        {
            by_value.entry(v.to_bits()).or_default().push(i);
        }
    }
    for list in by_value.values().filter(|l| l.len() <= 80) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if figures[i].version == figures[j].version || infos[i].family == infos[j].family {
                    continue;
                }
                if let Some(s) =
                    pair_score(&infos[i], &infos[j], link_between(i, j)).filter(|s| *s >= ACCEPT)
                {
                    cands.push((s, i, j));
                }
            }
        }
    }
    // Ages and spans of years of one thing: two families, one fact.
    let spans: Vec<usize> = (0..infos.len()).filter(|&j| is_span(&infos[j])).collect();
    for (i, info) in infos.iter().enumerate() {
        if info.aged.is_none() {
            continue;
        }
        for &j in &spans {
            if figures[i].version == figures[j].version {
                continue;
            }
            if let Some(s) = pair_score(info, &infos[j], 0.0).filter(|s| *s >= ACCEPT) {
                cands.push((s, i.min(j), i.max(j)));
            }
        }
    }
    let (mut group_of, mut members) = union_groups(figures, cands);
    // Tolls: each version's largest count of the dead (and of the injured,
    // the missing, the arrested, the evacuated; and the size of a crowd
    // by who counted it),
    // in a sentence that gives no year (a toll there may be of another
    // event), is the story's toll; versions that give different tolls
    // disagree, their words showing updates and approximations as such
    // ("has risen to 632", "nearly 300", "at least 820"). A day without a
    // year is the news's own ("SELLAH, June 15 (Reuters) - At least 17
    // people were killed").
    let dated: HashSet<Place> = infos
        .iter()
        .enumerate()
        .filter(|(k, i)| {
            i.family.as_deref() == Some("date")
                && matches!(&figures[*k].value, FigureValue::Date(d) if !d.starts_with("--"))
        })
        .filter_map(|(_, i)| i.place)
        .collect();
    for kind in [
        "prison",
        "deaths",
        "injured",
        "missing",
        "critical",
        "arrests",
        "evacuated",
        "sheltered",
        "aboard",
        "rescued",
        "crowd",
        "crowd-official",
        "crowd-organisers",
    ] {
        let mut best: std::collections::BTreeMap<usize, usize> = Default::default();
        for (i, info) in infos.iter().enumerate() {
            let Some(v) = info.value.filter(|v| *v >= 1.0) else {
                continue;
            };
            // (A part of a group told before, "97 of those arrested", is
            // no toll of the whole.)
            // (Nor one side of a breakdown, "230 passengers and 12 crew",
            // of the whole on board.)
            // (Nor a kind of people, often a part of the toll: "the two
            // students who had been killed alongside their teachers".)
            if info.toll != Some(kind)
                || info.of_those
                || info.breakdown
                || kind_of_people(info.unit.as_deref())
                || info.asked
                || info.place.is_none_or(|p| dated.contains(&p))
            {
                continue;
            }
            let e = best.entry(figures[i].version).or_insert(i);
            if infos[*e].value.unwrap_or(0.0) < v {
                *e = i;
            }
        }
        let picks: Vec<usize> = best.into_values().collect();
        let mut tolls: Vec<(f64, usize, usize)> = Vec::new();
        for (a, &i) in picks.iter().enumerate() {
            for &j in &picks[a + 1..] {
                if let (Some(x), Some(y)) = (infos[i].value, infos[j].value)
                    && (x / y).max(y / x) <= 20.0
                {
                    tolls.push((ACCEPT, i, j));
                }
            }
        }
        join(figures, &tolls, &mut group_of, &mut members);
    }
    // Second round: paragraphs whose figures met in a fact are about the
    // same facts; their other figures may pair on that evidence ("25 of
    // the 35 countries" beside "26 out of 35").
    let mut met: HashSet<((usize, usize), (usize, usize))> = HashSet::default();
    for g in members.iter().filter(|g| g.len() > 1) {
        for &a in g {
            for &b in g {
                let (pa, pb) = (
                    (figures[a].version, figures[a].paragraph),
                    (figures[b].version, figures[b].paragraph),
                );
                if pa.0 != pb.0 {
                    met.insert((pa, pb));
                }
            }
        }
    }
    let mut by_para: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    for (i, f) in figures.iter().enumerate() {
        by_para.entry((f.version, f.paragraph)).or_default().push(i);
    }
    let mut second: Vec<(f64, usize, usize)> = Vec::new();
    for (pa, pb) in &met {
        if pa > pb {
            continue;
        }
        let (list_a, list_b) = (&by_para[pa], &by_para[pb]);
        for (x, &i) in list_a.iter().enumerate() {
            for y in near(x, list_a.len(), list_b.len()) {
                let j = list_b[y];
                if members[group_of[i]].len() > 1 && members[group_of[j]].len() > 1 {
                    continue;
                }
                if infos[i].family.as_deref() == Some("date") {
                    continue;
                }
                if let Some(s) =
                    pair_score_with(&infos[i], &infos[j], 0.5, true).filter(|s| *s >= ACCEPT)
                {
                    second.push((s, i, j));
                }
            }
        }
    }
    second.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    join(figures, &second, &mut group_of, &mut members);
    // Third: in two such paragraphs, the one amount of a unit each has left
    // when the others have met ("€312m" and "€349m" met; "€340 million
    // expected by analysts" and "the €360m analysts had pencilled in"
    // remain) are one fact when near in value and a word around them is
    // shared.
    let mut third: Vec<(f64, usize, usize)> = Vec::new();
    // (Left: not met with any figure of the other paragraph's version.)
    let versions_in: Vec<HashSet<usize>> = members
        .iter()
        .map(|g| g.iter().map(|&m| figures[m].version).collect())
        .collect();
    let left = |k: usize, other: usize| {
        !versions_in[group_of[k]].contains(&other)
            && infos[k].family.is_some()
            && infos[k].family.as_deref() != Some("date")
    };
    for (pa, pb) in &met {
        if pa > pb {
            continue;
        }
        let rest_a: Vec<usize> = by_para[pa]
            .iter()
            .copied()
            .filter(|&k| left(k, pb.0))
            .collect();
        let rest_b: Vec<usize> = by_para[pb]
            .iter()
            .copied()
            .filter(|&k| left(k, pa.0))
            .collect();
        for &i in &rest_a {
            let of_unit = |list: &[usize]| {
                let mut it = list
                    .iter()
                    .copied()
                    .filter(|&k| infos[k].family == infos[i].family);
                (it.next(), it.next())
            };
            let ((Some(_), None), (Some(j), None)) = (of_unit(&rest_a), of_unit(&rest_b)) else {
                continue;
            };
            let (Some(x), Some(y)) = (infos[i].value, infos[j].value) else {
                continue;
            };
            let near = x > 0.0 && y > 0.0 && (x / y).max(y / x) <= 1.25;
            if near
                && infos[i].asked == infos[j].asked
                && infos[i]
                    .context
                    .intersection(&infos[j].context)
                    .next()
                    .is_some()
            {
                third.push((ACCEPT, i, j));
            }
        }
    }
    join(figures, &third, &mut group_of, &mut members);
    let rare = rare_counts(figures, infos);
    join(figures, &rare, &mut group_of, &mut members);
    let by_place = place_counts(figures, infos);
    join(figures, &by_place, &mut group_of, &mut members);
    // A version that tells a figure again (the toll in its lede, then
    // "hospital officials put the death toll at 42") tells one fact twice:
    // the repeat joins the fact its first telling met, when the value is
    // the same and so is the toll it counts or the unit (a count of ten or
    // more: two "2"s are too common to be one fact by value alone).
    // (A repeat is no anchor of rows: the passage that repeats a figure
    // need not tell what the lede tells.)
    let mut repeats: HashSet<usize> = HashSet::default();
    let mut told: HashMap<(usize, u64), Vec<usize>> = HashMap::default();
    for (k, info) in infos.iter().enumerate() {
        if members[group_of[k]].len() > 1
            && let Some(x) = info.value
        {
            told.entry((figures[k].version, x.to_bits()))
                .or_default()
                .push(k);
        }
    }
    for i in 0..figures.len() {
        let (Some(x), 1) = (infos[i].value, members[group_of[i]].len()) else {
            continue;
        };
        if infos[i].family.as_deref() == Some("date") {
            continue;
        }
        let Some(list) = told.get(&(figures[i].version, x.to_bits())) else {
            continue;
        };
        let same_fact = |k: usize| {
            (infos[i].toll.is_some() && infos[i].toll == infos[k].toll)
                || (x >= 10.0 && figures[i].unit.is_some() && figures[i].unit == figures[k].unit)
        };
        if let Some(&k) = list.iter().find(|&&k| same_fact(k)) {
            let g = group_of[k];
            members[group_of[i]].clear();
            group_of[i] = g;
            members[g].push(i);
            repeats.insert(i);
        }
    }
    join_readings(infos, &mut group_of, &mut members);
    // A count and its revision told in one sentence ([`updates`]): one
    // fact, with what each outlet gave of it.
    for &(a, b) in updates {
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga != gb {
            merge_groups(&mut group_of, &mut members, ga, gb);
        }
    }
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|g| !g.is_empty()).collect();
    // The old value of a revision is no value the outlet states now: it
    // clashes with nothing.
    let superseded: HashSet<usize> = updates.iter().map(|&(_, b)| b).collect();
    number_groups(figures, infos, &mut groups, &superseded);
    // A count of the dead is measured even when no noun follows it ("the
    // death toll has risen to 632"). An ordinal that counts ("a third
    // term", "the fifth straight year") tells the background, not the news.
    let measured = |k: usize| {
        (infos[k].unit.is_some() || infos[k].toll.is_some())
            && infos[k].family.as_deref() != Some("date")
            && !crate::extract::figures::spelled_ordinal(&figures[k].text)
    };
    let mut anchors = Vec::new();
    for g in groups.iter().filter(|g| g.len() > 1) {
        // Each member's place, when it is a measured fact.
        // (An age and a span of years of one thing are one fact told in
        // passages that need not be one: "the 900-year-old cathedral is
        // engulfed" is no row with a speaker's "800 years that the
        // Cathedral watches over Paris".)
        let places: Vec<(Place, bool)> = g
            .iter()
            .filter(|&&k| measured(k) && !repeats.contains(&k))
            .filter_map(|&k| infos[k].place.map(|p| (p, infos[k].aged.is_some())))
            .collect();
        for (x, &(a, age_a)) in places.iter().enumerate() {
            for &(b, age_b) in &places[x + 1..] {
                if age_a == age_b {
                    anchors.push((a, b));
                }
            }
        }
    }
    anchors
}

/// The place a count is of, named right beside it: after it ("287,300
/// are in Japan", "198,600 in China") or before it with "with" ("Japan
/// with 278,300"); a capitalised name, folded.
fn of_place(text: &str, start: usize, end: usize) -> Option<String> {
    static AFTER: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
        crate::rx::Regex::new(r"^\s+(?:(?:are|were|is|was)\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})")
            .expect("valid regex")
    });
    static BEFORE: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
        crate::rx::Regex::new(r"(?:^|[,;(]\s*|\b(?:by|and|then)\s+)(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+with\s+$")
            .expect("valid regex")
    });
    let place = AFTER
        .captures(&text[end..])
        .or_else(|| BEFORE.captures(crate::text::tail(text, start, 60)))?;
    let name = place.get(1)?.as_str();
    crate::extract::lexicon::LEXICON
        .known(name)
        .is_some_and(|k| k.kind == crate::model::EntityKind::Place)
        .then(|| crate::text::fold(name))
}

/// Pairs of counts of one place's share of a total (see [`Info::of_place`]):
/// each version that counts the place with no unit, or one unit, gives
/// one such count, and the values are near (a quarter apart at most) and
/// pass the gates of one fact. "287,300 are in Japan" meets "Japan with
/// 278,300"; a toll and another toll of the place stay apart by kind.
fn place_counts(figures: &[Figure], infos: &[Info]) -> Vec<(f64, usize, usize)> {
    first_tellings_paired(
        figures,
        infos,
        |info| {
            let place = info.of_place.as_ref()?;
            (info.family.as_deref() != Some("date") && info.counted && !info.vague)
                .then_some((place, info.family.as_deref()))
        },
        |list| list.len() == 1,
    )
}

/// Pairs of figures that count a thing the story counts once: every
/// version that counts it with this noun gives one value, however often
/// ("1,200 investors" in three outlets, "1,400 investors" in two, no other
/// count of investors anywhere). The rarity of the count in the story is
/// the evidence the words around it would give, wherever its sentences
/// stand; values still near (at most a quarter apart) and the gates of
/// one fact kept: what was asked for, a toll's kind, a part picked out, a
/// year. Each version's first telling pairs; its repeats join after.
/// Plain counts only: measures, amounts and shares are told of many things.
fn rare_counts(figures: &[Figure], infos: &[Info]) -> Vec<(f64, usize, usize)> {
    first_tellings_paired(
        figures,
        infos,
        |info| {
            let fam = info.family.as_deref()?;
            // An age is one person's ("Bart Willems, 52"): two outlets' one
            // age each may be of two people.
            let age = info.unit.as_deref().is_some_and(|u| u.ends_with(" old"));
            (fam != "date" && info.counted && info.unit.is_some() && !info.vague && !age)
                .then_some(fam)
        },
        |list| {
            let x = infos[list[0]].value.unwrap_or(0.0);
            list.iter()
                .all(|&k| infos[k].value.is_some_and(|y| agree(x, y, true)))
        },
    )
}

/// The figures with a value that `key` files under one counted thing, by
/// version in reading order; where at least two versions tell the thing
/// and every version's tellings pass `each`, the pairs of the versions'
/// first tellings that [`one_fact_by_rarity`] takes for one fact.
fn first_tellings_paired<'a, K: Ord>(
    figures: &[Figure],
    infos: &'a [Info],
    key: impl Fn(&'a Info) -> Option<K>,
    each: impl Fn(&[usize]) -> bool,
) -> Vec<(f64, usize, usize)> {
    // Thing -> version -> its tellings.
    let mut told: std::collections::BTreeMap<K, std::collections::BTreeMap<usize, Vec<usize>>> =
        Default::default();
    for (k, info) in infos.iter().enumerate() {
        if info.value.is_none() {
            continue;
        }
        if let Some(thing) = key(info) {
            told.entry(thing)
                .or_default()
                .entry(figures[k].version)
                .or_default()
                .push(k);
        }
    }
    let mut pairs = Vec::new();
    for per_version in told.values().filter(|v| v.len() >= 2) {
        if !per_version.values().all(|list| each(list)) {
            continue;
        }
        // (Figures come in reading order: a version's first is its first
        // telling.)
        let firsts: Vec<usize> = per_version.values().map(|list| list[0]).collect();
        for (x, &i) in firsts.iter().enumerate() {
            for &j in &firsts[x + 1..] {
                if one_fact_by_rarity(&infos[i], &infos[j]) {
                    pairs.push((ACCEPT, i, j));
                }
            }
        }
    }
    pairs
}

/// Sentences set in different years (each names one or more, none in
/// common) or in different months (each names one): they tell of different
/// events ("the accident near Garmisch in June 2022" / "In July, a train
/// came off the rails near Riedlingen").
fn years_apart(a: &Info, b: &Info) -> bool {
    fn disjoint<T: PartialEq>(x: &[T], y: &[T]) -> bool {
        !x.is_empty() && !y.is_empty() && !x.iter().any(|v| y.contains(v))
    }
    // One month each: a sentence that names two compares them ("eased to
    // 3.2% in March, from 3.5% in February").
    disjoint(&a.years, &b.years)
        || (a.months.len() == 1 && b.months.len() == 1 && a.months != b.months)
}

/// Words between number and noun that pick out different parts of what is
/// counted ("six missing people" / "eight workers").
fn parts_apart(a: &Info, b: &Info) -> bool {
    a.state != b.state && (picks_part(&a.state) || picks_part(&b.state))
}

/// Two counts of a rare noun (see [`rare_counts`]) that may be one fact.
fn one_fact_by_rarity(a: &Info, b: &Info) -> bool {
    let (Some(x), Some(y)) = (a.value, b.value) else {
        return false;
    };
    if x <= 0.0 || y <= 0.0 || (x / y).max(y / x) > 1.25 {
        return false;
    }
    // Small counts differ by one at most: four of a thing is no rounding
    // of five.
    if x.max(y) < 20.0 && (x - y).abs() > 1.0 {
        return false;
    }
    a.asked == b.asked && a.toll == b.toll && !parts_apart(a, b) && !years_apart(a, b)
}

/// Magnitudes this close are readings of one earthquake; an aftershock or
/// another quake is told with a magnitude further off.
const READINGS: f64 = 0.5;

/// One earthquake has one magnitude, which agencies measure differently:
/// "the US Geological Survey said 6.8; the national centre measured it at
/// 7.0". Outlets that pick one reading disagree on one fact, and a version
/// that gives both reports the disagreement itself: magnitudes within
/// [`READINGS`] of each other, in sentences set in no different years, are
/// one fact.
fn join_readings(infos: &[Info], group_of: &mut [usize], members: &mut [Vec<usize>]) {
    let quakes: Vec<usize> = (0..infos.len())
        .filter(|&k| infos[k].unit.as_deref() == Some("magnitude") && infos[k].value.is_some())
        .collect();
    for (x, &i) in quakes.iter().enumerate() {
        for &j in &quakes[x + 1..] {
            let (gi, gj) = (group_of[i], group_of[j]);
            let (Some(a), Some(b)) = (infos[i].value, infos[j].value) else {
                continue;
            };
            if gi == gj || (a - b).abs() > READINGS || years_apart(&infos[i], &infos[j]) {
                continue;
            }
            merge_groups(group_of, members, gi, gj);
        }
    }
}

/// Most figure pairs weighed between two sentences (or paragraphs): real
/// sentences hold a handful of figures; a table flattened into one
/// paragraph, or hostile input, may hold thousands.
const PAIR_BUDGET: usize = 4096;
/// Beyond the budget, a figure is weighed against the figures standing at
/// about the same place in the other list, this many either side.
const NEAR: usize = 8;

/// The positions in a list of `theirs` figures to weigh against the figure
/// at position `x` of a list of `mine`: all of them when the two lists are
/// small, else those at about the same relative place (a table told twice
/// keeps its order), so the work grows with the lists, not their product.
fn near(x: usize, mine: usize, theirs: usize) -> std::ops::Range<usize> {
    if mine.saturating_mul(theirs) <= PAIR_BUDGET {
        return 0..theirs;
    }
    let centre = x * theirs / mine.max(1);
    centre.saturating_sub(NEAR)..(centre + NEAR + 1).min(theirs)
}

/// Join figures pair by pair, best first, at most one per version in a group.
fn union_groups(
    figures: &[Figure],
    mut cands: Vec<(f64, usize, usize)>,
) -> (Vec<usize>, Vec<Vec<usize>>) {
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut group_of: Vec<usize> = (0..figures.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..figures.len()).map(|i| vec![i]).collect();
    join(figures, &cands, &mut group_of, &mut members);
    (group_of, members)
}

fn join(
    figures: &[Figure],
    cands: &[(f64, usize, usize)],
    group_of: &mut [usize],
    members: &mut [Vec<usize>],
) {
    for &(_, i, j) in cands {
        let (gi, gj) = (group_of[i], group_of[j]);
        if gi == gj {
            continue;
        }
        let clash = members[gi].iter().any(|&a| {
            members[gj]
                .iter()
                .any(|&b| figures[a].version == figures[b].version)
        });
        if clash {
            continue;
        }
        merge_groups(group_of, members, gi, gj);
    }
}

/// Move every member of group `from` into group `into`.
fn merge_groups(group_of: &mut [usize], members: &mut [Vec<usize>], into: usize, from: usize) {
    let moved = std::mem::take(&mut members[from]);
    for &m in &moved {
        group_of[m] = into;
    }
    members[into].extend(moved);
}

/// Leave out vague amounts ("hundreds of members", "tens of thousands of
/// people") that meet no exact figure: told alone they state no number a
/// reader could check or set against another. One that meets an exact
/// figure stays, as the order it names agrees or clashes with it. Groups
/// are numbered again, in the same order.
pub fn drop_lone_vague(figures: &mut Vec<Figure>) {
    let mut exact_groups: HashSet<usize> = HashSet::default();
    for f in figures.iter() {
        if !is_vague(&f.text) {
            exact_groups.insert(f.group);
        }
    }
    figures.retain(|f| !is_vague(&f.text) || exact_groups.contains(&f.group));
    let mut renumber: HashMap<usize, usize> = HashMap::default();
    let mut order: Vec<usize> = figures.iter().map(|f| f.group).collect();
    order.sort_unstable();
    order.dedup();
    for (new, old) in order.into_iter().enumerate() {
        renumber.insert(old, new);
    }
    for f in figures.iter_mut() {
        f.group = renumber[&f.group];
    }
}

/// The factor of a written unit to its base ("feet" to metres), 1 when
/// the lexicon knows none: two figures in units of different factors
/// were converted, and agree within a rounding.
fn written_factor(unit: Option<&str>) -> f64 {
    unit.map(str::to_lowercase)
        .and_then(|u| {
            // The whole unit first ("metres per second", "m/s"), else
            // what is counted per something.
            let units = &crate::extract::lexicon::LEXICON.units;
            units
                .get(&u)
                .or_else(|| units.get(u.split(" per ").next()?))?
                .factor
        })
        .unwrap_or(1.0)
}

/// Number groups by first appearance; flag disagreements.
fn number_groups(
    figures: &mut [Figure],
    infos: &[Info],
    groups: &mut [Vec<usize>],
    superseded: &HashSet<usize>,
) {
    groups.sort_by_key(|g| {
        g.iter()
            .map(|&i| (figures[i].version, figures[i].paragraph, figures[i].start))
            .min()
    });
    for (gid, g) in groups.iter().enumerate() {
        let has_age = g.iter().any(|&i| infos[i].aged.is_some());
        // A change written with a minus sign ("-3% q/q") is the one others
        // tell in words ("down 3% from the second quarter"): its size is
        // compared.
        let signed = g.iter().any(|&i| {
            infos[i].value.is_some_and(|v| v < 0.0)
                && figures[i].text.trim_start().starts_with(['-', '−', '–'])
        }) && g.iter().any(|&i| infos[i].value.is_some_and(|v| v > 0.0));
        let value = |i: usize| {
            value_beside_age(&infos[i], has_age).map(|v| if signed { v.abs() } else { v })
        };
        let values: Vec<f64> = g.iter().filter_map(|&i| value(i)).collect();
        // Exact values must agree among themselves; a vague amount
        // ("tens of thousands") agrees with any value of its order.
        let exact: Vec<f64> = g
            .iter()
            .filter(|&&i| !infos[i].vague && !infos[i].converted)
            .filter_map(|&i| value(i))
            .collect();
        let ranges: Vec<(f64, f64)> = g
            .iter()
            .filter(|&&i| infos[i].vague)
            .filter_map(|&i| value(i))
            .map(|v| (v * 0.98, v * 10.0))
            .collect();
        // Below the order it names is a clash ("dozens" against 5); above
        // it is loose usage, not a contradiction ("tens of thousands of
        // vials" beside "180,000 vials").
        let vague_clash = ranges.iter().any(|&(lo, hi)| {
            exact.iter().any(|&x| x < lo) || ranges.iter().any(|&(l2, h2)| h2 <= lo || hi <= l2)
        });
        // A share price's move told at different moments of the trading
        // day ("down 9.4% in early trade", "closed 8.7% lower", "fell as
        // much as 11%"): the price moving, not outlets at odds. Moves told
        // at the same moment, or both at none, can disagree.
        let market = g.iter().all(|&i| infos[i].market.is_some());
        let moves_clash = g.iter().enumerate().any(|(k, &i)| {
            g[k + 1..].iter().any(|&j| {
                let (Some(x), Some(y)) = (value(i), value(j)) else {
                    return false;
                };
                if infos[i].market != infos[j].market {
                    return false;
                }
                match (infos[i].bound, infos[j].bound) {
                    (None, None) | (Some(_), Some(_)) => differ(x, y),
                    (Some(b), None) => !bears_out(y, x, Some(b)),
                    (None, Some(b)) => !bears_out(x, y, Some(b)),
                }
            })
        });
        // Values that differ disagree, however they were said: a rounding
        // ("some 600 m" against 620 metres), an approximation ("more than 4
        // million euros" against €4.8m) or a bound is a reader's question
        // (the figure's qualifier tells which), and an editor marks it. Two
        // figures written in units of different factors ("2,030 feet" and
        // "620 metres") were converted, and agree within a rounding.
        // A conversion in brackets is compared only with figures written in
        // its own unit: two outlets that convert one sum at different rates
        // ("₦2.5bn ($1.6m)" / "c.$1.7m") give a reader two sums, and an
        // editor marks them.
        // Each figure said as a value, an approximation or a bound.
        struct Stated<'u> {
            /// In the base unit.
            value: f64,
            /// As written.
            written: Option<f64>,
            unit: Option<&'u str>,
            converted: bool,
        }
        let stated: Vec<Stated> = g
            .iter()
            .filter(|&&i| !infos[i].vague && !superseded.contains(&i))
            .filter_map(|&i| {
                Some(Stated {
                    value: value(i)?,
                    written: figures[i].value.as_number(),
                    unit: figures[i].unit.as_deref(),
                    converted: infos[i].converted,
                })
            })
            .collect();
        let values_clash = stated.iter().enumerate().any(|(k, a)| {
            stated[k + 1..].iter().any(|b| {
                let (x, y) = (a.value, b.value);
                if a.converted || b.converted {
                    // A sum by its currency however written ("$", "US$");
                    // a measure as written, and converted by a fixed factor
                    // it differs only beyond the rounding of the rounder
                    // figure ("(6 miles)" is "(6.2 miles)").
                    if is_currency(a.unit) {
                        family(a.unit) == family(b.unit) && differ(x, y)
                    } else {
                        let (x, y) = (a.written.unwrap_or(x), b.written.unwrap_or(y));
                        a.unit.map(str::to_lowercase) == b.unit.map(str::to_lowercase)
                            && !bears_out(x, y, None)
                            && !bears_out(y, x, None)
                    }
                } else if differ(written_factor(a.unit), written_factor(b.unit)) {
                    !close(x, y)
                } else {
                    differ(x, y)
                }
            })
        });
        let disagree = g.len() > 1
            && values.len() == g.len()
            && if market {
                moves_clash
            } else {
                values_clash || vague_clash
            }
            && infos[g[0]].family.as_deref() != Some("date");
        for &i in g {
            figures[i].group = gid;
            figures[i].discrepancy = disagree;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted_info(value: f64, around: &[&str]) -> Info {
        let words: HashSet<String> = around.iter().map(|w| w.to_string()).collect();
        Info {
            years: Vec::new(),
            months: Vec::new(),
            family: Some("hospital".to_string()),
            context: words.clone(),
            rank: 0,
            value: Some(value),
            place: None,
            approx: false,
            bound: None,
            of_place: None,
            unit: Some("hospitals".to_string()),
            counted: true,
            asked: false,
            requested: false,
            sole: false,
            alone: false,
            once: false,
            lead_toll: false,
            lead: HashSet::default(),
            trail: HashSet::default(),
            voiced: true,
            state: Vec::new(),
            toll: None,
            converted: false,
            market: None,
            market_of: None,
            vague: false,
            aged: None,
            age_of: None,
            of_those: false,
            breakdown: false,
            tally: false,
        }
    }

    #[test]
    fn a_vague_amount_is_told_by_its_order_alone() {
        assert!(is_vague("Tens of thousands"));
        assert!(is_vague("hundreds"));
        assert!(!is_vague("thirty-five thousands"));
        assert!(is_vague("several thousand"));
        assert!(is_vague("a few hundred"));
        assert!(!is_vague("a thousand"));
        assert!(!is_vague("one billion twenty-five millions"));
    }

    #[test]
    fn small_counts_one_apart_are_near_and_two_apart_are_not() {
        // Unlinked sentences with a little in common around the number.
        let a = counted_info(9.0, &["confirmed", "province", "infections"]);
        let b = counted_info(10.0, &["infected", "province", "died"]);
        assert!(pair_score_with(&a, &b, 0.0, false).is_some());
        let c = counted_info(12.0, &["infected", "province", "died"]);
        assert!(pair_score_with(&a, &c, 0.0, false).is_none());
        // Large counts one apart are near by their ratio anyway; far ones
        // stay apart.
        let d = counted_info(30.0, &["infected", "province", "died"]);
        assert!(pair_score_with(&a, &d, 0.0, false).is_none());
    }

    #[test]
    fn an_ordinal_in_the_background_is_no_fact_anchor() {
        // "seeking a third term", told in passing by both, is one fact, but
        // it does not make the two sentences tell the same news.
        let versions: Vec<Version> = [
            "With 61% counted, Ilves had 48% against 45% for President Aro, who is seeking a third term in office.",
            "Kask, a spokesman for President Aro, called the claim premature; Aro is seeking a third term in office.",
        ]
        .iter()
        .map(|t| crate::align::key::tests::version(&[t]))
        .collect();
        let mut figures = crate::extract::figures::extract(&versions);
        let read = read(&mut figures, &versions);
        let links = Links::build(&versions);
        let anchors = group(&mut figures, read, &links);
        let third: Vec<&Figure> = figures.iter().filter(|f| f.text == "third").collect();
        assert_eq!(third.len(), 2, "{figures:?}");
        assert_eq!(third[0].group, third[1].group, "{figures:?}");
        assert!(anchors.is_empty(), "{anchors:?}");
    }

    #[test]
    fn near_amounts_led_by_one_phrase_meet_without_a_link() {
        // Each text's figures grouped with no links between the sentences:
        // the group of the figure written `a` and of the one written `b`.
        let groups = |texts: [&str; 2], a: &str, b: &str| {
            let versions: Vec<Version> = texts
                .iter()
                .map(|t| crate::align::key::tests::version(&[t]))
                .collect();
            let mut figures = crate::extract::figures::extract(&versions);
            let r = read(&mut figures, &versions);
            group(&mut figures, r, &Links::default());
            let of = |text: &str| {
                figures
                    .iter()
                    .find(|f| f.text == text)
                    .map(|f| f.group)
                    .expect("found")
            };
            (of(a), of(b))
        };
        // The order backlog, in vessels and in ships, in sentences no link
        // joins: the phrase before the numbers says what they measure.
        let (x, y) = groups(
            [
                "Korvel's backlog stands at 148 vessels, enough to keep its docks busy into 2029.",
                "Korvel's backlog of close to 150 ships means it has little spare dock time.",
            ],
            "148",
            "150",
        );
        assert_eq!(x, y);
        // Another measure with its own phrase stays apart.
        let (x, y) = groups(
            [
                "Korvel's backlog stands at 148 vessels.",
                "Korvel's fleet of rivals counts 150 ships.",
            ],
            "148",
            "150",
        );
        assert_ne!(x, y);
    }

    #[test]
    fn a_conversion_in_brackets_is_marked() {
        let versions: Vec<Version> = [
            "The fire has scorched about 45,000 hectares (111,000 acres) of farmland, and 12 (about a third) were homes.",
        ]
        .iter()
        .map(|t| crate::align::key::tests::version(&[t]))
        .collect();
        let mut figures = crate::extract::figures::extract(&versions);
        let read = read(&mut figures, &versions);
        let converted: Vec<&str> = figures
            .iter()
            .zip(&read.0)
            .filter(|(_, i)| i.converted)
            .map(|(f, _)| f.text.as_str())
            .collect();
        assert_eq!(converted, vec!["111,000"], "{figures:?}");
    }

    #[test]
    fn a_conversion_in_brackets_raises_no_flag() {
        // One fact in three versions: 45,200 hectares twice, and an
        // outlet's "(111,000 acres)", in square kilometres 452, 452 and
        // 449.2. The outlet rounded its conversion; a rounding by an
        // outlet of the value itself ("45,000 hectares") is a difference.
        let area = |version: usize, text: &str, value: f64, unit: &str| Figure {
            version,
            paragraph: 0,
            text: text.to_string(),
            value: FigureValue::Number(value),
            unit: Some(unit.to_string()),
            group: 0,
            discrepancy: false,
            start: 0,
            end: text.len(),
            normalized: None,
            qualifier: None,
        };
        let info = |value: f64, converted: bool| Info {
            family: Some("area".to_string()),
            unit: Some("hectares".to_string()),
            counted: false,
            converted,
            ..counted_info(value, &["fire", "burned"])
        };
        for (first, converted, flagged) in [
            (45_200.0, true, false),
            (45_000.0, true, true),
            (45_200.0, false, true),
        ] {
            let mut figures = vec![
                area(0, "45,200", first, "hectares"),
                area(1, "45,200", 45_200.0, "hectares"),
                // (A conversion is written in its own unit.)
                area(
                    2,
                    "111,000",
                    111_000.0,
                    if converted { "acres" } else { "hectares" },
                ),
            ];
            let infos = vec![
                info(first / 100.0, false),
                info(452.0, false),
                info(449.2, converted),
            ];
            number_groups(
                &mut figures,
                &infos,
                &mut [vec![0, 1, 2]],
                &HashSet::default(),
            );
            assert_eq!(
                figures.iter().any(|f| f.discrepancy),
                flagged,
                "{first} {converted}: {figures:?}"
            );
        }
    }

    #[test]
    fn pairs_between_long_lists_stay_near_their_place() {
        // Small lists: every pair.
        assert_eq!(near(3, 10, 12), 0..12);
        // A table of 1,000 figures told twice: each figure meets the 17
        // standing at its place in the other, not all 1,000.
        assert_eq!(near(500, 1000, 1000), 492..509);
        assert_eq!(near(0, 1000, 2000), 0..9);
        assert_eq!(near(999, 1000, 1000), 991..1000);
    }
}
