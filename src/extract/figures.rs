//! Numbers that carry information: counts, amounts, money, percentages,
//! percentage and basis points, magnitudes, ages, durations, vote tallies and
//! ranges, in digits ("4.25%", "$4.2bn", "1,200") or in words ("twenty-six",
//! "a dozen", "three-quarters of a percentage point"; text2num reads the
//! cardinals). Each gets a value with its scale applied, the thing counted
//! or measured, and a normalised value for comparing across versions.
//! Calendar dates and years are kept with unit `date`; times of day, list
//! numbers, codes and ordinals that carry no fact are left out.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::rx::Regex;
use text2num::{Language, Token, find_numbers};

use super::lexicon::LEXICON;
use crate::ingest::dates::month_number;
use crate::model::{Figure, FigureValue, Version};
use crate::text::fold;

/// A figure found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub value: FigureValue,
    pub unit: Option<String>,
    /// Value in a base unit for comparison (basis points as percentage points, miles as km…).
    pub normalized: Option<f64>,
}

// Figure patterns sit next to digits and English words, so their word
// boundaries are ASCII ones, `(?-u:\b)`: a Unicode boundary makes the fast
// matcher give up on text with curly quotes or accents (ten times slower).
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)[0-9]{1,2}:[0-9]{2}(?:\s*[ap]\.?m\.?(?-u:\b))?|(?-u:\b)[0-9]{1,2}\.[0-9]{2}\s*[ap]\.?m\.?|(?-u:\b)[0-9]{1,2}\s*[ap]\.?m\.?(?:\s|$|[,.;])")
        .expect("valid regex")
});
static DATE_DM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)([0-9]{1,2})(?:st|nd|rd|th)?\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?(?:,?\s+([0-9]{4}))?(?-u:\b)").expect("valid regex")
});
static DATE_MD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+([0-9]{4}))?").expect("valid regex")
});
/// A year before 1800 after a preposition of time ("in 1163", "since 1709").
static OLD_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:in|since|until|till|circa)\s+(1[0-7][0-9]{2})(?-u:\b)")
        .expect("valid regex")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?-u:\b)(?:mid|early|late|end|start)-)?(?-u:\b)(1[89][0-9]{2}|20[0-9]{2})s?(?-u:\b)",
    )
    .expect("valid regex")
});
static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<cur>US\$|A\$|C\$|NZ\$|HK\$|R\$|S/\.?|\$|€|£|¥|₹|₽|₩|₪)?\s?(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?P<tail>(?:\s?(?:(?:lakhs?|lacs?|thousand)\s(?:crores?|cr)|hundred|billion|million|thousand|trillion|lakhs?|lacs?|crores?)(?-u:\b)|\s?(?:bn|mn|mln|k|tn|trn|cr)(?-u:\b)|(?:m|b)(?-u:\b))?)")
        .expect("valid regex")
});
static TALLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s?[-–—]\s?(?P<n>[0-9]{1,3})(?-u:\b)").expect("valid regex"));

/// The other side of a tally told with "to": "7 votes to 2", "7 to 3",
/// "187,455 votes to 186,143" (its thousands with it).
static TALLY_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:(?P<votes>votes?\s+)to\s+(?P<n>[0-9]{1,3}(?:,[0-9]{3})*)(?-u:\b)|to\s+(?P<n2>[0-9]{1,3}(?:,[0-9]{3})*)(?:\s*(?:$|[.,;)]|(?:by|in|on|at|after|and|with|votes?|against|as|when|amid|following)(?-u:\b))))")
        .expect("valid regex")
});

/// Scale words and their factors.
fn scale_of(word: &str) -> Option<f64> {
    // Two scale words multiply: "₹11 lakh crore", "Rs 20 thousand crore".
    if let Some((a, b)) = word.trim().split_once(char::is_whitespace) {
        return Some(scale_of(a)? * scale_of(b)?);
    }
    match word.trim().to_lowercase().as_str() {
        "hundred" => Some(1e2),
        "k" | "thousand" => Some(1e3),
        "m" | "mn" | "mln" | "million" => Some(1e6),
        "bn" | "billion" | "b" => Some(1e9),
        "tn" | "trn" | "trillion" => Some(1e12),
        // The Indian system, in English-language news of South Asia:
        // "77 lakh" is 7.7 million, "2.35 crore" 23.5 million.
        "lakh" | "lakhs" | "lac" | "lacs" => Some(1e5),
        "crore" | "crores" | "cr" => Some(1e7),
        _ => None,
    }
}

fn currency_of(sym: &str) -> Option<&'static str> {
    match sym {
        "$" | "US$" => Some("dollars"),
        "A$" => Some("Australian dollars"),
        "C$" => Some("Canadian dollars"),
        "NZ$" => Some("New Zealand dollars"),
        "HK$" => Some("Hong Kong dollars"),
        // The Brazilian real and the Peruvian sol by their signs.
        "R$" => Some("reais"),
        "S/" | "S/." => Some("soles"),
        "€" => Some("euros"),
        "£" => Some("pounds"),
        "¥" => Some("yen"),
        "₹" => Some("rupees"),
        "₽" => Some("roubles"),
        "₩" => Some("won"),
        "₪" => Some("shekels"),
        _ => None,
    }
}

/// Words that end the look for a unit after a number.
const UNIT_STOP: &[&str] = &[
    "in", "on", "at", "by", "for", "from", "to", "with", "and", "or", "but", "than", "that",
    "which", "who", "a", "an", "the", "of", "as", "is", "are", "was", "were", "has", "have", "had",
    "will", "would", "could", "it", "its", "their", "his", "her", "since", "after", "before",
    "over", "under", "into", "per", "each", "this", "these", "those", "more", "less", "fewer",
    "about", "around", "some", "between", "among", "said", "says", "while", "when", "where", "if",
    "so", "not", "be", "been", "against", "versus", "vs",
];

/// Adverbs and verbs that follow a count without naming what is counted
/// ("with nine still missing", "30 remain trapped", "5 already there").
const NOT_COUNTED: &[&str] = &[
    "still",
    "already",
    "remain",
    "remained",
    "remains",
    "left",
    "altogether",
    "together",
    "alone",
    "apiece",
    "later",
    "earlier",
    "ago",
    "again",
    "too",
    "even",
    "instead",
];

/// Plural nouns of counted things that do not end in "s" ("six missing
/// people", "two other men").
/// A folded plural without an "s": a listed one, or a compound of "men",
/// "people" or "children" ("fishermen", "gunmen", "townspeople",
/// "grandchildren"; not "specimen", "abdomen").
fn irregular_plural(f: &str) -> bool {
    IRREGULAR_PLURALS.contains(&f)
        || f.ends_with("people")
        || f.ends_with("children")
        || (f.len() > 4 && f.ends_with("men") && !f.ends_with("imen") && !f.ends_with("omen"))
}

const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "staff",
    "police",
    "personnel",
    "crew",
    "aircraft",
    "cattle",
    "livestock",
    "fish",
    "sheep",
    "deer",
];

/// Ordinals that count ("the third cut this year": three cuts so far).
const COUNTING_NOUNS: &[&str] = &[
    "cut",
    "rise",
    "hike",
    "increase",
    "reduction",
    "move",
    "time",
    "win",
    "victory",
    "defeat",
    "loss",
    "attempt",
    "term",
    "straight",
    "consecutive",
    "successive",
    "strike",
    "round",
    "wave",
    "quarter-point",
    // "fell from the third floor", "a fifth-storey window": where it
    // happened, a fact outlets give differently.
    "floor",
    "storey",
];

/// One word for text2num, with its place in the text.
struct NumTok<'a> {
    text: &'a str,
    lower: String,
    start: usize,
    end: usize,
    gap: &'a str,
}

impl Token for &NumTok<'_> {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.text)
    }
    fn text_lowercase(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.lower)
    }
    fn nt_separated(&self, _previous: &Self) -> bool {
        !self.gap.chars().all(|c| c == ' ' || c == '-' || c == '‑')
    }
}

static EN: LazyLock<Language> = LazyLock::new(Language::english);

/// Words of a text for number reading: letters and digits, hyphenated words split.
fn num_tokens(text: &str) -> Vec<NumTok<'_>> {
    static W: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[\p{L}]+|[0-9]+(?:[.,][0-9]+)*").expect("valid regex"));
    let mut out: Vec<NumTok> = Vec::new();
    let mut prev = 0;
    for m in W.find_iter(text) {
        out.push(NumTok {
            text: m.as_str(),
            lower: m.as_str().to_lowercase(),
            start: m.start(),
            end: m.end(),
            gap: &text[prev..m.start()],
        });
        prev = m.end();
    }
    out
}

/// The value of a number written in words or digits ("twenty-five", "3").
pub(crate) fn number_value(words: &str) -> Option<f64> {
    let w = words.trim();
    if let Ok(v) = w.replace(',', "").parse::<f64>() {
        return Some(v);
    }
    match w.to_lowercase().as_str() {
        "a" | "an" | "one" => return Some(1.0),
        "half a" | "half an" => return Some(0.5),
        _ => {}
    }
    text2num::text2digits(&w.to_lowercase(), &*EN)
        .ok()?
        .parse()
        .ok()
}

/// An ordinal written in letters ("seventh", "twenty-first"), as text2num
/// reads it.
pub(crate) fn spelled_ordinal(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() || c == '-')
        && text2num::text2digits(&word.to_lowercase(), &*EN)
            .is_ok_and(|d| d.ends_with(|c: char| c.is_ascii_alphabetic()))
}

/// Denominators written as words.
fn denominator(word: &str) -> Option<f64> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('s');
    Some(match w {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "twelfth" => 12.0,
        "sixteenth" => 16.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        _ => return None,
    })
}

const MONTHS_ABBR: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DENOMINATORS: &[&str] = &[
    "half",
    "halve",
    "third",
    "quarter",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "twelfth",
    "sixteenth",
    "hundredth",
    "thousandth",
];

/// "three eighths", "two and a half", "one hundred and three quarters".
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?P<whole>[0-9]+|[a-z]+(?:[- ][a-z]+){0,3})(?:\s+|-)and(?:\s+|-))?(?P<num>an?|[0-9]+|[a-z]+(?:-[a-z]+)?)[ -](?P<den>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?|sixteenths?|hundredths?|thousandths?)(?-u:\b)")
        .expect("valid regex")
});
/// "a dozen", "half a dozen", "3 dozens".
static DOZEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<n>half\s+an?|an?|[0-9]+|[a-z]+(?:-[a-z]+)?)\s+dozens?(?-u:\b)")
        .expect("valid regex")
});

/// A unit's factor to the base unit of its kind: 1 for a currency or a
/// scale word (they are not measures), and for a unit the lexicon lacks.
fn measure_factor(unit: Option<&crate::extract::lexicon::Unit>) -> f64 {
    match unit {
        Some(u) if u.kind != "scale" && u.kind != "currency" => u.factor.unwrap_or(1.0),
        _ => 1.0,
    }
}

/// The unit after a number ending at `end`, and how much of the text it covers.
fn unit_after(text: &str, end: usize) -> (Option<String>, usize, f64) {
    let rest = &text[end..];
    // Units stand right after the number. The patterns below are ASCII and
    // compared without regard to case on the text itself: lowering it could
    // change its byte lengths ("İ") and misplace the unit's end.
    let trimmed = rest.trim_start();
    let lead = rest.len() - trimmed.len();
    let starts = |pat: &str| {
        trimmed
            .get(..pat.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(pat))
    };
    // Percentages, points.
    for (pat, unit, factor) in [
        ("%", "percent", 1.0),
        ("per cent", "percent", 1.0),
        ("percent", "percent", 1.0),
        ("percentage points", "percentage points", 1.0),
        ("percentage point", "percentage points", 1.0),
        ("basis points", "basis points", 1.0),
        ("basis point", "basis points", 1.0),
        ("bps", "basis points", 1.0),
        ("bp", "basis points", 1.0),
        // Concentrations in air and water ("41 parts per billion", "40
        // ppb"), in parts per billion.
        ("parts per billion", "ppb", 1.0),
        ("ppb", "ppb", 1.0),
        ("parts per million", "ppm", 1000.0),
        ("ppm", "ppm", 1000.0),
    ] {
        if starts(pat) && !trimmed[pat.len()..].starts_with(char::is_alphabetic) {
            return (Some(unit.to_string()), end + lead + pat.len(), factor);
        }
    }
    // A temperature or an angle by the degree sign, glued to the number or
    // not, its scale letter after it or not ("48.5°C", "39º C", "107°F",
    // "a 30° slope"): the sign is no word, so the words below never see it.
    // (The ordinal mark "º" is no degree without its scale: "o 13º
    // salário", "1º de maio".)
    if let Some((after, ordinal)) = trimmed
        .strip_prefix('°')
        .map(|a| (a, false))
        .or_else(|| trimmed.strip_prefix('º').map(|a| (a, true)))
    {
        let spaced = after.trim_start_matches([' ', '\u{a0}']);
        let gap = after.len() - spaced.len();
        let scale = spaced
            .chars()
            .next()
            .filter(|c| matches!(c, 'C' | 'F' | 'c' | 'f'))
            .filter(|_| !spaced[1..].starts_with(char::is_alphanumeric));
        let sign = trimmed.len() - after.len();
        return match scale {
            Some(c) => {
                let key = format!("°{}", c.to_ascii_uppercase());
                let factor = LEXICON
                    .units
                    .get(&key)
                    .and_then(|u| u.factor)
                    .unwrap_or(1.0);
                (Some(fold(&key)), end + lead + sign + gap + 1, factor)
            }
            None if ordinal => (None, end, 1.0),
            None => (Some("degrees".to_string()), end + lead + sign, 1.0),
        };
    }
    // "of a percentage point" after a fraction.
    for (pat, unit) in [
        ("of a percentage point", "percentage points"),
        ("of a per cent", "percent"),
        ("of a percent", "percent"),
        ("of a basis point", "basis points"),
    ] {
        if starts(pat) {
            return (Some(unit.to_string()), end + lead + pat.len(), 1.0);
        }
    }
    // "out of 35 countries", "of the 36 countries", "of the region's 1,140
    // stations": the unit of what follows.
    static OUT_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:out\s+of|of)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+['’]s\s+)?(?:[0-9,.]+|[a-z]+(?:-[a-z]+)?)\s+").expect("valid regex")
    });
    if let Some(m) = OUT_OF.find(rest) {
        let next_num = rest[..m.end()].trim_end();
        let looks_number = next_num.split_whitespace().last().is_some_and(|w| {
            w.chars().next().is_some_and(|c| c.is_ascii_digit())
                || text2num::text2digits(w, &*EN).is_ok()
        });
        if looks_number {
            let (u, _, f) = unit_after(text, end + m.end() - 1);
            return (u, end, f);
        }
    }
    // "218,000 of its infant car seats", "9,000 of their staff": a part
    // of what follows counts the same things.
    static OF_ITS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s+of\s+(?:its|their|the|his|her|our|your)\s+").expect("valid regex")
    });
    if let Some(m) = OF_ITS.find(rest) {
        for w in rest[m.end()..].split_whitespace().take(5) {
            let w = w.trim_end_matches([',', '.', ';', ':', ')']);
            let f = fold(w);
            // (A possessive names whose they are: "212 of the region's
            // 1,140 polling stations" is read below.)
            if !w.starts_with(char::is_lowercase)
                || crate::text::is_stop(&f)
                || w.contains(['\'', '’'])
            {
                break;
            }
            if plural_noun(&f) || irregular_plural(&f) {
                return (Some(f), end, 1.0);
            }
        }
    }
    // A unit written with a slash ("240 km/h", "10 m/s"): read as words,
    // it would stop at the slash ("km", a length).
    if let Some(form) = LEXICON
        .units
        .keys()
        .filter(|f| f.contains('/') && starts(f))
        .max_by_key(|f| f.len())
        && !trimmed[form.len()..].starts_with(char::is_alphanumeric)
        && let Some(u) = LEXICON.units.get(form)
        && u.kind != "currency"
    {
        return (
            Some(form.clone()),
            end + lead + form.len(),
            u.factor.unwrap_or(1.0),
        );
    }
    // Words after the number: skip modifiers, take a noun.
    // A unit of several words the lexicon knows ("Danish kroner", "Hong
    // Kong dollars"), the longest first: its first word may be a capital.
    {
        let mut pos = end;
        let mut words: Vec<(String, usize)> = Vec::new();
        while words.len() < 3 {
            let Some(c) = WORDS.captures(&text[pos..]) else {
                break;
            };
            let m = c.get(1).expect("group");
            pos += m.end();
            words.push((fold(m.as_str()), pos));
        }
        for k in (2..=words.len()).rev() {
            let phrase = words[..k]
                .iter()
                .map(|(w, _)| w.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(u) = LEXICON.units.get(&phrase)
                && u.kind != "scale"
            {
                let factor = if u.kind == "currency" {
                    1.0
                } else {
                    u.factor.unwrap_or(1.0)
                };
                return (Some(phrase), words[k - 1].1, factor);
            }
        }
    }
    // A headline in capitals ("AS 3,000 JOBS GO"): its words are read as
    // if in lower case.
    let word_before = text[..end]
        .split_whitespace()
        .rev()
        .nth(1)
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphabetic());
    let shouting = all_caps(word_before)
        && WORDS
            .captures(&text[end..])
            .is_some_and(|c| all_caps(&c[1]));
    // Names that modify the counted noun ("26 European countries", "5,000
    // Novo Nordisk workers", "171 Boeing 737 Max 9 planes"): up to three
    // capitalised words, with the numbers of a model name among them.
    if !shouting {
        static NAME_WORD: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^\s+(\p{Lu}[\p{L}\p{N}&.-]*[\p{L}\p{N}]|\p{Lu}|[0-9]+)(?-u:\b)")
                .expect("valid regex")
        });
        let mut pos = end;
        let mut names: Vec<&str> = Vec::new();
        while names.len() < 5 {
            let Some(c) = NAME_WORD.captures(&text[pos..]) else {
                break;
            };
            let w = c.get(1).expect("group").as_str();
            let digits = w.starts_with(|c: char| c.is_ascii_digit());
            if digits && names.is_empty() || LEXICON.units.contains_key(fold(w).as_str()) {
                break;
            }
            names.push(w);
            pos += c.get(0).expect("match").end();
        }
        let words_only = names
            .iter()
            .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
            .count();
        if !names.is_empty() && words_only <= 3 {
            // The counted noun after them, read as after a number; a
            // noun of count only ("service members", "aircraft").
            if WORDS
                .captures(&text[pos..])
                .is_some_and(|c| c[1].starts_with(char::is_lowercase))
                && let (Some(u), stop, factor) = unit_after(text, pos)
                && (LEXICON.units.contains_key(&u)
                    || irregular_plural(&u)
                    || plural_noun(&u) && !u.contains('\''))
            {
                return (Some(u), stop, factor);
            }
            // A people or a party counted by its plural name ("5
            // Palestinians", "3 Democrats").
            if let [one] = names.as_slice() {
                let f = fold(one);
                if plural_noun(&f) && f.len() > 4 && !all_caps(one) {
                    return (
                        Some(f),
                        end + text[end..].find(one).map_or(0, |i| i + one.len()),
                        1.0,
                    );
                }
            }
        }
    }
    let mut pos = end;
    let mut taken: Vec<(String, usize)> = Vec::new();
    for _ in 0..3 {
        let Some(c) = WORDS.captures(&text[pos..]) else {
            break;
        };
        let m = c.get(1).expect("group");
        let w = m.as_str().trim_end_matches(['\'', '’']).to_string();
        let f = fold(&w);
        // "189 more tankers", "two more people": what is counted follows
        // (not "5 more than", "10 or more").
        if f == "more"
            && taken.is_empty()
            && WORDS
                .captures(&text[pos + m.end()..])
                .is_some_and(|n| !matches!(fold(&n[1]).as_str(), "than" | "or" | "and"))
        {
            pos += m.end();
            continue;
        }
        // Modifiers joined by "and"/"or" before one noun ("4,800
        // administrative and ground jobs", "300 full- or part-time posts"):
        // the noun after them is what is counted.
        if matches!(f.as_str(), "and" | "or")
            && !taken.is_empty()
            && taken.iter().all(|(t, _)| {
                let t = fold(t);
                !LEXICON.units.contains_key(&t) && !plural_noun(&t) && !irregular_plural(&t)
            })
            && let Some(noun) = coordinated_noun(text, pos + m.end())
        {
            taken = vec![noun];
            break;
        }
        // (A unit's abbreviation in capitals is the unit: "140 MPH", "10
        // GW", "12 KM", as the lexicon knows it in lower case: measures
        // only, not "5 SEC commissioners" nor "137 PP lawmakers".)
        if UNIT_STOP.contains(&f.as_str())
            || w.chars().next().is_some_and(char::is_uppercase)
                && !shouting
                && taken.is_empty()
                && !LEXICON.units.contains_key(w.as_str())
                && !(all_caps(&w)
                    && LEXICON.units.get(&f).is_some_and(|u| {
                        matches!(
                            u.kind.as_str(),
                            "speed"
                                | "power"
                                | "energy"
                                | "length"
                                | "mass"
                                | "volume"
                                | "area"
                                | "flow"
                        )
                    }))
        {
            break;
        }
        taken.push((w, pos + m.end()));
        pos += m.end();
        if LEXICON.units.contains_key(&f) || f.ends_with('s') && f.len() > 3 {
            break;
        }
    }
    // The first word when it is a noun of count or a unit, else the second
    // when the first only modifies it ("35 participating countries").
    let is_noun = |w: &str| {
        let f = fold(w);
        LEXICON.units.contains_key(&f) || plural_noun(&f) || irregular_plural(&f)
    };
    let modifier = |w: &str| {
        let f = fold(w);
        !(f.ends_with("ed") || f.ends_with("ly") || f == "last" || f == "next")
    };
    let pick = match taken.as_slice() {
        // "21 crew members", "five police officers": the noun after.
        [first, second, ..] if irregular_plural(&fold(&first.0)) && is_noun(&second.0) => {
            Some(second.clone())
        }
        [first, ..] if is_noun(&first.0) => Some(first.clone()),
        // "35 participating countries", "20 injured people", "300 stranded
        // passengers".
        [first, second, ..]
            if is_noun(&second.0) && (modifier(&first.0) || fold(&first.0).ends_with("ed")) =>
        {
            Some(second.clone())
        }
        [first, second, third]
            if is_noun(&third.0) && modifier(&first.0) && modifier(&second.0) =>
        {
            Some(third.clone())
        }
        [first, ..]
            if modifier(&first.0)
                && !fold(&first.0).ends_with("ing")
                && !NOT_COUNTED.contains(&fold(&first.0).as_str())
                && !crate::text::is_stop(&fold(&first.0)) =>
        {
            Some(first.clone())
        }
        _ => None,
    };
    let Some((word, stop)) = pick else {
        return (None, end, 1.0);
    };
    let f = fold(&word);
    // The unit as written; the lexicon gives the factor to its base unit.
    let factor = measure_factor(
        LEXICON
            .units
            .get(&f)
            .or_else(|| LEXICON.units.get(word.as_str())),
    );
    let unit = f.clone();
    // "130 miles (215 kilometers) per hour": a speed, its conversion set
    // between the distance and the hour.
    // (Not "60 miles (100 km) an hour earlier": a time; "per hour before
    // it made landfall" is still a speed.)
    static WHEN_AFTER_HOUR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s+(?:earlier|ago|before|later|after)(?-u:\b)").expect("valid regex")
    });
    static PER_HOUR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*\([^()]*\)\s*(?:per|an|a)\s+hour(?-u:\b)").expect("valid regex")
    });
    if let Some(m) = PER_HOUR_AFTER.find(&text[stop..])
        && (m.as_str().to_lowercase().contains("per ")
            || !WHEN_AFTER_HOUR.is_match(&text[stop + m.end()..]))
        && let Some(speed) = [
            ("miles", "miles per hour"),
            ("mile", "miles per hour"),
            ("kilometers", "kilometers per hour"),
            ("kilometres", "kilometres per hour"),
            ("km", "kilometres per hour"),
        ]
        .iter()
        .find(|(d, _)| *d == f)
        .map(|(_, s)| *s)
    {
        let factor = measure_factor(LEXICON.units.get(speed));
        return (Some(speed.to_string()), stop + m.end(), factor);
    }
    // "600 crowns a year"
    static PER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:a|per|each|an)\s+(year|month|week|day|hour|head|person)(?-u:\b)")
            .expect("valid regex")
    });
    // Not "349 million euros a year earlier", "a week ago": a time before
    // or after, no rate.
    static WHEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s+(?:earlier|ago|before|later|on|after|previously|prior)(?-u:\b)")
            .expect("valid regex")
    });
    if let Some(c) = PER.captures(&text[stop..])
        && !WHEN.is_match(&text[stop + c.get(0).map_or(0, |m| m.end())..])
    {
        return (
            Some(format!("{unit} per {}", c[1].to_lowercase())),
            stop,
            factor,
        );
    }
    (Some(unit), stop, factor)
}

/// A word at the start of a text, after spaces.
static WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([\p{L}][\p{L}'’-]*)").expect("valid regex"));

/// The noun of count among the one or two lower-case words from `at` ("
/// ground jobs" after "administrative and"), with where it ends.
fn coordinated_noun(text: &str, at: usize) -> Option<(String, usize)> {
    let mut pos = at;
    for _ in 0..2 {
        let c = WORDS.captures(&text[pos..])?;
        let m = c.get(1).expect("group");
        let w = m.as_str();
        let f = fold(w);
        if !w.starts_with(char::is_lowercase) || UNIT_STOP.contains(&f.as_str()) {
            return None;
        }
        pos += m.end();
        if LEXICON.units.contains_key(&f) || plural_noun(&f) || irregular_plural(&f) {
            return Some((w.to_string(), pos));
        }
    }
    None
}

/// [`unit_after`], and for an amount that counts what follows "of"
/// (`of_counts`: "tens of thousands of people", "hundreds of homes") the
/// unit after "of" when none stands right after the number.
fn unit_after_of(text: &str, end: usize, of_counts: bool) -> (Option<String>, usize, f64) {
    match unit_after(text, end) {
        (None, _, _) if of_counts && crate::text::of_follows(&text[end..]) => {
            unit_after(text, end + 3)
        }
        found => found,
    }
}

/// A currency or code written before the number ("EUR 5m", "Rs 300"): one
/// the lexicon knows, or three capitals it does not know as a name before
/// an amount written as money ("VDK 40bn", "XYZ 1,500") — not before a
/// bare number ("MAX 9").
fn currency_before(text: &str, start: usize, money_like: bool) -> Option<String> {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?-u:\b)([A-Z][A-Za-z]{1,2})\.?\s?$").expect("valid regex"));
    let c = CODE.captures(crate::text::tail(text, start, 8))?;
    let code = &c[1];
    let known = LEXICON.units.get(code).map(|u| u.kind == "currency");
    match known {
        Some(true) => Some(code.to_string()),
        None if money_like
            && code.len() == 3
            && code.chars().all(|c| c.is_ascii_uppercase())
            && !LEXICON.acronyms.contains_key(code) =>
        {
            Some(code.to_string())
        }
        _ => None,
    }
}

/// The bytes of a paragraph already read as part of a figure (or a time,
/// a code): one flag per byte, so that asking whether a span is free costs
/// the span's length, not the number of figures found before it.
struct Taken(Vec<bool>);

impl Taken {
    fn new(len: usize) -> Self {
        Taken(vec![false; len + 1])
    }

    fn push(&mut self, (a, b): (usize, usize)) {
        let b = b.min(self.0.len());
        if a < b {
            self.0[a..b].fill(true);
        }
    }
}

fn overlaps(taken: &Taken, a: usize, b: usize) -> bool {
    taken.0[a.min(taken.0.len())..b.min(taken.0.len())]
        .iter()
        .any(|&t| t)
}

/// A word of two letters or more, all in capitals ("JOBS", "MAX").
fn all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// A folded word that reads as a plural noun of count ("countries",
/// "goals"; not "glass").
fn plural_noun(f: &str) -> bool {
    f.len() > 3 && f.ends_with('s') && !f.ends_with("ss")
}

/// A number written right after a capitalised word inside a sentence names
/// something rather than counting it: a model or a version ("Boeing 737",
/// "737 Max 9", "iPhone 15", "Windows 11"), a designation ("Category 4",
/// "Chapter 11", "FTSE 100"). Not so for a score ("Chelsea 2-1"), the
/// first word of a sentence ("About 20", "Some 5,000"), a month or a
/// weekday ("Tuesday 5 March"), a possessive ("Alaska's 65 jets"), a word
/// set off by a comma ("Smith, 45"), or a headline in capitals or in title
/// case ("SHARES FALL 5 PERCENT", "Fire Kills 5 In Paris").
fn designation(text: &str, start: usize, end: usize) -> bool {
    // A model name goes on after the number ("its 737 Max 9 aircraft").
    // A maker before the model counts it ("171 Boeing 737 planes").
    static MODEL_ON: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^ (\p{Lu}[\p{L}-]*) [0-9]+(?-u:\b)").expect("valid regex"));
    if let Some(c) = MODEL_ON.captures(&text[end..])
        && !LEXICON.orgs.contains_key(fold(&c[1]).as_str())
        && !LEXICON.orgs.contains_key(&c[1])
    {
        return true;
    }
    // A score or a range ("Chelsea 2-1", "Rublev 6-4") counts.
    if TALLY.is_match(&text[end..]) {
        return false;
    }
    let head = &text[..start];
    // One space between the word and the number.
    let Some(word_end) = head.strip_suffix(' ').map(str::len) else {
        return false;
    };
    // A name's word is short: the look back stops after 48 bytes.
    let window = crate::text::tail(head, word_end, 48);
    let from = word_end - window.len();
    let word_start = match window.char_indices().rev().find(|(_, c)| c.is_whitespace()) {
        Some((i, c)) => from + i + c.len_utf8(),
        None if from == 0 => 0,
        None => return false,
    };
    let word = &head[word_start..word_end];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0
        || !word.chars().any(char::is_uppercase)
        || !word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-' | '.'))
        || word.ends_with('.')
        || crate::ingest::dates::month_number(word).is_some()
    {
        return false;
    }
    let folded = fold(word);
    if crate::ingest::dates::is_weekday(word) || crate::text::is_stop(&folded) {
        return false;
    }
    let before_word = head[..word_start].trim_end();
    // The name goes on from a number before it ("Boeing 737 Max 9").
    if before_word
        .rsplit(' ')
        .next()
        .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    // After a determiner the name is the thing ("the MAX 9 features", "the
    // Fortune 500 companies").
    let last_before = before_word.rsplit(' ').next().unwrap_or("");
    if [
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
    ]
    .contains(&fold(last_before).as_str())
    {
        return true;
    }
    // What follows is counted or measured ("Jill Stein 3 percent", "moved
    // to Canada 15 years ago", "Osaro 3 goals").
    if measured(text, end) {
        return false;
    }
    // Not the first word of its sentence ("About 20"), unless a known name
    // ("Boeing 737 MAX-9 N704AL is…", "Paris 2024 organisers").
    let known =
        LEXICON.orgs.contains_key(folded.as_str()) || LEXICON.places.contains_key(folded.as_str());
    if !known
        && (before_word.is_empty()
            || before_word.ends_with(['.', '!', '?', ':', ';', '"', '“', '‘', '(', '—', '–', '|']))
    {
        return false;
    }
    // Not a headline in capitals or in title case.
    let next = text[end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphabetic());
    let prev = before_word.split_whitespace().next_back().unwrap_or("");
    if all_caps(word) && all_caps(next) && all_caps(prev.trim_matches(|c: char| !c.is_alphabetic()))
    {
        return false;
    }
    if next.starts_with(char::is_uppercase) && crate::text::is_stop(&fold(next)) {
        return false;
    }
    true
}

/// A measure or a plural noun follows the number ("Jill Stein 3 percent",
/// "moved to Canada 15 years ago", "Osaro 3 goals"): a quantity, whatever
/// stands before it.
fn measured(text: &str, end: usize) -> bool {
    let (unit, _, _) = unit_after(text, end);
    unit.is_some_and(|u| {
        u.contains("percent")
            || u.contains("points")
            || LEXICON.units.get(&u).is_some_and(|k| k.kind != "scale")
            || plural_noun(&u) && !u.contains(' ')
    })
}

/// Whether the words just before `at` speak of a vote ("voted 5-2", "a
/// vote of seven to two"): words that start with "vot" or "ballot", not a
/// substring ("pivotal", "devoted").
fn voting_before(text: &str, at: usize) -> bool {
    words_before(text, at).any(|w| {
        let w = w.to_lowercase();
        w.starts_with("vot") || w.starts_with("ballot")
    })
}

/// The words of the number's sentence before byte `at` (at most 80 bytes
/// back).
fn words_before(text: &str, at: usize) -> impl Iterator<Item = &str> {
    let before = crate::text::tail(text, at, 80);
    let sentence = before
        .rfind(". ")
        .or_else(|| before.rfind("? "))
        .map_or(before, |i| &before[i + 2..]);
    sentence.split(|c: char| !c.is_alphanumeric())
}

/// A measure a body decides by vote, named earlier in the number's
/// sentence ("The budget went down 72 to 68", "the motion failed 9 to
/// 12"): with a decision's tally after it, the two numbers are votes.
fn motion_before(text: &str, at: usize) -> bool {
    words_before(text, at).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "budget"
                | "motion"
                | "bill"
                | "amendment"
                | "resolution"
                | "referendum"
                | "measure"
                | "ordinance"
                | "legislation"
        )
    })
}

/// A body's decision right before a number ("approved 7 to 3", "passed by
/// 52 to 48"): what follows is a tally.
fn decided_before(text: &str, at: usize) -> bool {
    let before = crate::text::tail(text, at, 24).trim_end();
    let before = before.strip_suffix(" by").unwrap_or(before);
    matches!(
        crate::text::last_word(before).to_lowercase().as_str(),
        "approved"
            | "passed"
            | "rejected"
            | "adopted"
            | "defeated"
            | "backed"
            | "endorsed"
            | "confirmed"
            | "carried"
    )
}

/// Numbers in one paragraph. `year` fills in the year of dates written without one.
/// The word right after byte `at`, in lower case ("" when none).
fn word_after(text: &str, at: usize) -> String {
    text[at..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase()
}

/// A year read as a date.
fn year_found(start: usize, end: usize, year: &str) -> Found {
    Found {
        start,
        end,
        value: FigureValue::Date(year.to_string()),
        unit: Some("date".into()),
        normalized: None,
    }
}

pub fn find(text: &str, year: Option<i32>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut taken = Taken::new(text.len());
    // A web address ("…/rulings/2024/118?page=3", "q=30%25") holds the
    // address's parts, no amounts and no years.
    if text.contains("://") || text.contains("www.") {
        let mut at = 0;
        for token in text.split_whitespace() {
            let start = at + text[at..].find(token).unwrap_or(0);
            at = start + token.len();
            if token.contains("://") || token.contains("www.") {
                taken.push((start, at));
            }
        }
    }
    // Times of day carry no figure.
    for m in TIME.find_iter(text) {
        taken.push((m.start(), m.end()));
    }
    // Nor do names and codes written with digits: two numbers joined by a
    // slash ("9/11", "24/7"), a telephone number ("555-0134",
    // "555-013-4567"), and the second year of a season or a fiscal year
    // ("the 2023-24 season": the first stays a year); nor the two numbers
    // of a rate ("one in five residents"), no count of either.
    static CODES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?P<sa>[0-9]{1,2})/(?P<sb>[0-9]{1,2})(?-u:\b)(?:[^/0-9]|$)|(?-u:\b)[0-9]{3}-(?:[0-9]{3}-)?[0-9]{4}(?-u:\b)|(?i:(?-u:\b)(?P<ra>one|two|three|four|five|[0-9]{1,2}) in (?P<rb>two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,3})(?-u:\b))|(?:(?-u:\b)(?:19|20)[0-9]{2})(?P<tail>[-–/][0-9]{2})(?-u:\b)")
            .expect("valid regex")
    });
    if text.contains(['/', '-', '–']) || text.contains(" in ") {
        for c in CODES.captures_iter(text) {
            let m = c.get(0).expect("match");
            let pair = |a: &str, b: &str| {
                c.name(a)
                    .zip(c.name(b))
                    .and_then(|(a, b)| number_value(a.as_str()).zip(number_value(b.as_str())))
            };
            // A rate's first number is the smaller ("one in five"; "12 in
            // six boxes" is two counts).
            if let Some((a, b)) = pair("ra", "rb") {
                if a < b {
                    taken.push((m.start(), m.end()));
                }
                continue;
            }
            // A fraction with a small denominator is a number ("3/4",
            // "1/2"); "9/11" and "24/7" are names.
            if let Some((a, b)) = pair("sa", "sb") {
                let end = c.name("sb").map_or(m.end(), |x| x.end());
                if a < b && matches!(b as u32, 2 | 3 | 4 | 5 | 8 | 10) && a > 0.0 {
                    // A whole number of up to three digits before it, set
                    // off by a space, joins it ("1 4/5"); not the tail of
                    // a longer number ("1,200 3/4").
                    let whole = text[..m.start()].strip_suffix(' ').and_then(|h| {
                        let rest = h.trim_end_matches(|ch: char| ch.is_ascii_digit());
                        let n = h[rest.len()..].parse::<f64>().ok()?;
                        ((1..=3).contains(&(h.len() - rest.len()))
                            && !rest.ends_with(|ch: char| {
                                ch.is_alphanumeric() || ch == '.' || ch == ','
                            }))
                        .then_some((rest.len(), n))
                    });
                    let (start, value) =
                        whole.map_or((m.start(), a / b), |(at, n)| (at, n + a / b));
                    taken.push((start, end));
                    out.push(Found {
                        start,
                        end,
                        value: FigureValue::Number(value),
                        unit: None,
                        normalized: None,
                    });
                } else {
                    taken.push((m.start(), end));
                }
                continue;
            }
            match c.name("tail") {
                // (Not a month: "2025-02-30" is an ISO date, read below.)
                Some(t) if !text[t.end()..].starts_with(['-', '/']) => {
                    taken.push((t.start(), t.end()))
                }
                Some(_) => {}
                // A telephone number.
                None => taken.push((m.start(), m.end())),
            }
        }
    }
    // Calendar dates and years.
    let lower = text.to_lowercase();
    // Cheap checks first: most paragraphs have no month, fraction or dozen.
    let months = MONTHS_ABBR.iter().any(|m| lower.contains(m));
    let fractions = DENOMINATORS.iter().any(|d| lower.contains(d));
    for re in if months {
        vec![&*DATE_DM, &*DATE_MD]
    } else {
        Vec::new()
    } {
        for c in re.captures_iter(text) {
            let m = c.get(0).expect("match");
            if overlaps(&taken, m.start(), m.end()) {
                continue;
            }
            let (d, mo) = if std::ptr::eq(re, &*DATE_DM) {
                (&c[1], &c[2])
            } else {
                (&c[2], &c[1])
            };
            let (Ok(day), Some(month)) = (d.parse::<u32>(), month_number(mo)) else {
                continue;
            };
            let y = c
                .get(3)
                .and_then(|y| y.as_str().parse::<i32>().ok())
                .or(year);
            if !crate::ingest::dates::on_calendar(y, month, day)
                || mo.eq_ignore_ascii_case("may") && !m.as_str().contains(char::is_numeric)
            {
                continue;
            }
            let iso = match y {
                Some(y) => format!("{y:04}-{month:02}-{day:02}"),
                None => format!("--{month:02}-{day:02}"),
            };
            taken.push((m.start(), m.end()));
            out.push(Found {
                start: m.start(),
                end: m.end(),
                value: FigureValue::Date(iso),
                unit: Some("date".into()),
                normalized: None,
            });
        }
    }
    // ISO dates: "2025-03-14" is one date; "2025-13-45" is a code, no figure.
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)([0-9]{4})-([0-9]{2})-([0-9]{2})(?-u:\b)").expect("valid regex")
    });
    for c in ISO.captures_iter(text) {
        let m = c.get(0).expect("match");
        if overlaps(&taken, m.start(), m.end()) {
            continue;
        }
        taken.push((m.start(), m.end()));
        if crate::ingest::dates::iso_on_calendar(&c[1], &c[2], &c[3]) {
            out.push(Found {
                start: m.start(),
                end: m.end(),
                value: FigureValue::Date(m.as_str().to_string()),
                unit: Some("date".into()),
                normalized: None,
            });
        }
    }
    for c in YEAR.captures_iter(text) {
        let m = c.get(0).expect("match");
        let y = c.get(1).expect("year");
        let after = &text[m.end()..];
        // "2,000 people" is a count; a year is not followed by a unit of count.
        if overlaps(&taken, m.start(), m.end())
            || after.starts_with(['%', ',']) && after[1..].starts_with(char::is_numeric)
        {
            continue;
        }
        let next = word_after(text, m.end());
        if matches!(
            next.as_str(),
            "people"
                | "km"
                | "miles"
                | "metres"
                | "meters"
                | "troops"
                | "jobs"
                | "homes"
                | "tonnes"
                | "votes"
                | "crowns"
                | "euros"
                | "dollars"
                | "pounds"
                | "members"
                | "residents"
                | "workers"
                | "cars"
                | "vehicles"
                | "containers"
                | "households"
        ) || counted(&next, crate::text::tail(text, m.start(), 24))
        {
            continue;
        }
        taken.push((m.start(), m.end()));
        out.push(year_found(m.start(), m.end(), y.as_str()));
    }
    // Years before 1800 only where a preposition of time says so ("built
    // in 1163", "since 1709"), and no counted noun follows ("in 1500
    // cases").
    for c in OLD_YEAR.captures_iter(if lower.contains(" 1") { text } else { "" }) {
        let y = c.get(1).expect("year");
        let next = word_after(text, y.end());
        if overlaps(&taken, y.start(), y.end())
            || text[y.end()..].starts_with([',', '.'])
                && text[y.end() + 1..].starts_with(char::is_numeric)
            || counted(&next, "")
            || LEXICON.units.contains_key(next.as_str())
        {
            continue;
        }
        taken.push((y.start(), y.end()));
        out.push(year_found(y.start(), y.end(), y.as_str()));
    }
    // Digits.
    for c in DIGITS.captures_iter(text) {
        let m = c.get(0).expect("match");
        let num = c.name("num").expect("num");
        if overlaps(&taken, num.start(), num.end()) {
            continue;
        }
        let before = text[..num.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        // A currency's letters written against the number ("KSh310
        // billion", "Rs500", "Sh2.4bn"): money, not a code. Two letters at
        // least (a lone capital is a code's: "R2", "A4").
        let head = &text[..num.start()];
        let glued_before = &head[head.trim_end_matches(char::is_alphabetic).len()..];
        // (A three-letter code in capitals only before an amount written
        // as money, with a scale or separators ("USD1.5bn", "INR2,000"):
        // "COP28", "PHP8" are names and versions far more often than
        // pesos.)
        let iso_like = glued_before.chars().count() == 3
            && glued_before.chars().all(|ch| ch.is_ascii_uppercase())
            && c.name("tail").is_none_or(|t| t.as_str().is_empty())
            && !num.as_str().contains([',', '.']);
        let currency_glued = glued_before.chars().count() >= 2
            && !iso_like
            && glued_before.starts_with(char::is_uppercase)
            && LEXICON
                .units
                .get(glued_before)
                .is_some_and(|u| u.kind == "currency");
        // Codes and names (G7, A350, COVID-19, 4G), ordinals (21st), URLs.
        let code_before = !currency_glued
            && before
                .is_some_and(|b| b.is_alphabetic() || b == '/' || b == '#' || b == '@' || b == '_')
            || (before == Some('-')
                && text[..num.start() - 1]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic));
        // A unit of measure written against the number ("16,000ft",
        // "5km", "40kg") is no code, and neither are pence ("412p"; "4C"
        // is a temperature, "99c" too rare to tell from a code).
        let glued = text[m.end()..]
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .filter(|w| w.chars().all(char::is_alphabetic))
            .is_some_and(|w| {
                w == "p"
                    || LEXICON
                        .units
                        .get(w)
                        .is_some_and(|u| u.kind != "scale" && u.kind != "currency")
            });
        let code_after = after.is_some_and(|a| a.is_alphabetic() || a == '@')
            && !glued
            && c.name("tail").is_none_or(|t| t.as_str().is_empty());
        if code_before || code_after {
            taken.push((num.start(), m.end()));
            continue;
        }
        if num.start() == 0
            && text[num.end()..].starts_with(['.', ')'])
            && text[num.end() + 1..].starts_with(' ')
        {
            continue; // "1. The first item"
        }
        let prev_word: String = crate::text::tail(text, num.start(), 40)
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        if matches!(
            prev_word.trim_end_matches('.'),
            "no" | "p"
                | "pp"
                | "page"
                | "number"
                | "nos"
                | "flight"
                | "route"
                | "room"
                | "platform"
                | "article"
                | "section"
                | "chapter"
                | "episode"
                | "season"
                | "issue"
                | "vol"
                | "volume"
        ) {
            continue;
        }
        let money_like = c.name("tail").is_some_and(|t| !t.as_str().is_empty())
            || num.as_str().contains([',', '.']);
        let code = currency_before(text, num.start(), money_like);
        if c.name("cur").is_none_or(|cu| cu.as_str().is_empty())
            && c.name("tail").is_none_or(|t| t.as_str().is_empty())
            && code.is_none()
            && designation(text, num.start(), num.end())
        {
            // "Boeing 737", "Max 9", "Windows 11", "Category 4": part of a
            // name.
            taken.push((num.start(), num.end()));
            continue;
        }
        if num.as_str().starts_with('.') && before.is_some_and(|b| !b.is_whitespace()) {
            continue; // ".5" only as a number of its own
        }
        let Ok(mut value) = num.as_str().replace(',', "").parse::<f64>() else {
            continue;
        };
        // "-1.5": a minus sign standing before the number.
        let negative = matches!(before, Some('-' | '−'))
            && text[..num.start() - before.map_or(0, char::len_utf8)]
                .chars()
                .next_back()
                .is_none_or(|b| b.is_whitespace() || b == '(');
        if negative {
            value = -value;
        }
        let mut end = m.end();
        let mut tail = c.name("tail").map_or("", |t| t.as_str());
        // "cr" is crore only in an amount of money ("₹1,200 cr", "Rs 50 cr").
        if tail.trim() == "cr"
            && c.name("cur").is_none_or(|cu| cu.as_str().is_empty())
            && code.is_none()
        {
            end = num.end();
            tail = "";
        }
        if let Some(s) = scale_of(tail) {
            value *= s;
        }
        let mut unit = c
            .name("cur")
            .and_then(|cu| currency_of(cu.as_str()))
            .map(str::to_string);
        let start = if negative {
            num.start() - before.map_or(0, char::len_utf8)
        } else if unit.is_some() {
            m.start()
        } else {
            num.start()
        };
        if unit.is_none() {
            unit = code;
        }
        // Vote tallies: "5-2", "7–2"; "7 votes to 2", "approved 7 to 3",
        // "by a vote of 220 to 211".
        let dashed = TALLY
            .captures(&text[end..])
            .filter(|_| tail.is_empty() && value < 100.0)
            .filter(|_| voting_before(text, num.start()) || decided_before(text, num.start()));
        let to = || {
            TALLY_TO
                .captures(&text[end..])
                .filter(|_| tail.is_empty() && unit.is_none())
                .filter(|t| {
                    t.name("votes").is_some()
                        || voting_before(text, num.start())
                        || decided_before(text, num.start())
                        // "The budget went down 72 to 68": the larger side
                        // first, after the measure voted on (a range runs
                        // the other way: "10 to 12 weeks").
                        || (motion_before(text, num.start())
                            && t.name("n2")
                                .and_then(|n| n.as_str().replace(',', "").parse::<f64>().ok())
                                .is_some_and(|n| n < value))
                })
        };
        if let Some(t) = dashed.or_else(to) {
            let second = t.name("n").or_else(|| t.name("n2")).expect("group");
            let v2: f64 = second.as_str().replace(',', "").parse().unwrap_or(0.0);
            out.push(Found {
                start: num.start(),
                end: num.end(),
                value: FigureValue::Number(value),
                unit: Some("votes".into()),
                normalized: Some(value),
            });
            out.push(Found {
                start: end + second.start(),
                end: end + second.end(),
                value: FigureValue::Number(v2),
                unit: Some("votes".into()),
                normalized: Some(v2),
            });
            taken.push((num.start(), end + second.end()));
            continue;
        }
        // "16-year high", "212-metre vessel".
        let mut factor = 1.0;
        if unit.is_none() {
            // Any hyphen or dash, ASCII or not: step over it by character.
            let mut rest = text[end..].chars();
            if rest
                .next()
                .is_some_and(|c| matches!(c, '-' | '‐' | '‑' | '‒' | '–'))
            {
                let w: String = rest.take_while(|c| c.is_alphabetic()).collect();
                if !w.is_empty() {
                    let f = fold(&w);
                    factor = measure_factor(LEXICON.units.get(&f));
                    unit = Some(plural(&f));
                    end += 1 + w.len();
                }
            } else {
                let (u, e, f) = unit_after(text, end);
                unit = u;
                factor = f;
                if unit
                    .as_deref()
                    .is_some_and(|u| u.starts_with("percent") || u.contains("points"))
                {
                    end = e;
                }
            }
        }
        let normalized = normalize(value, unit.as_deref(), factor);
        taken.push((start, end));
        out.push(Found {
            start,
            end,
            value: FigureValue::Number(value),
            unit,
            normalized,
        });
    }
    // Fractions and dozens: "a quarter of a percentage point", "a dozen".
    let mut compound: Vec<(usize, usize, f64)> = Vec::new();
    for c in FRACTION.captures_iter(if fractions { text } else { "" }) {
        let m = c.get(0).expect("match");
        let (Some(n), Some(d)) = (number_value(&c["num"]), denominator(&c["den"])) else {
            continue;
        };
        // "a third term", "a fifth straight year": an ordinal before a
        // content word, no share of anything (a share is "a third of the
        // vote", "cut by a third").
        let den = c["den"].to_lowercase();
        let next = text[m.end()..]
            .trim_start_matches([' ', '-'])
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if matches!(c["num"].to_lowercase().as_str(), "a" | "an")
            && !matches!(den.as_str(), "half" | "quarter")
            && text[m.end()..].starts_with([' ', '-'])
            && next.starts_with(|c: char| c.is_lowercase())
            // "a third of the vote", "up by a third from 2001", "about a
            // third on average": a function word after it makes a share.
            && !crate::text::is_stop(next)
        {
            continue;
        }
        let mut value = n / d;
        let mut start = c.name("num").expect("num").start();
        if let Some(w) = c.name("whole") {
            // The longest tail of the words before "and" that reads as a number.
            let ws: Vec<&str> = w.as_str().split_whitespace().collect();
            if let Some(k) = (0..ws.len()).find(|&k| number_value(&ws[k..].join(" ")).is_some()) {
                value += number_value(&ws[k..].join(" ")).unwrap_or(0.0);
                start = w.start() + w.as_str().find(ws[k]).unwrap_or(0);
            }
        }
        compound.push((start, m.end(), value));
    }
    for c in DOZEN.captures_iter(if lower.contains("dozen") { text } else { "" }) {
        let m = c.get(0).expect("match");
        if let Some(n) = number_value(&c["n"]) {
            compound.push((m.start(), m.end(), 12.0 * n));
        }
    }
    // "Tens of thousands", "hundreds of millions": one amount (its lower
    // bound), not two numbers.
    static MANY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(tens|dozens|scores|hundreds)\s+of\s+(thousands|millions|billions)(?-u:\b)")
            .expect("valid regex")
    });
    let many = lower.contains(" of thousands")
        || lower.contains(" of millions")
        || lower.contains(" of billions");
    for c in MANY.captures_iter(if many { text } else { "" }) {
        let m = c.get(0).expect("match");
        let first = match c[1].to_lowercase().as_str() {
            "tens" => 10.0,
            "dozens" => 12.0,
            "scores" => 20.0,
            _ => 100.0,
        };
        let scale = match c[2].to_lowercase().as_str() {
            "thousands" => 1e3,
            "millions" => 1e6,
            _ => 1e9,
        };
        compound.push((m.start(), m.end(), first * scale));
    }
    // "dozens of homes", "scores of people": a vague amount, its lower
    // bound.
    static DOZENS_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(dozens|scores)\s+of(?-u:\b)").expect("valid regex")
    });
    for c in DOZENS_OF.captures_iter(if lower.contains("s of") { text } else { "" }) {
        let m = c.get(1).expect("group");
        let value = if m.as_str().eq_ignore_ascii_case("dozens") {
            12.0
        } else {
            20.0
        };
        compound.push((m.start(), m.end(), value));
    }
    compound.sort_by_key(|c| (c.0, std::cmp::Reverse(c.1)));
    for (start, end_word, value) in compound {
        if overlaps(&taken, start, end_word) {
            continue;
        }
        // "tens of thousands of people": the unit after "of".
        let (unit, end, factor) = unit_after_of(text, end_word, true);
        let normalized = normalize(value, unit.as_deref(), factor);
        taken.push((start, end.max(end_word)));
        out.push(Found {
            start,
            end: end_word,
            value: FigureValue::Number(value),
            unit,
            normalized,
        });
    }
    words(text, &mut out, &mut taken);
    // Every span is cut on character boundaries (a guard: the readers above
    // step by bytes over text that may hold any script).
    out.retain(|f| {
        f.start < f.end && text.is_char_boundary(f.start) && text.is_char_boundary(f.end)
    });
    out.sort_by_key(|f| f.start);
    // The first end of a range takes the unit and the scale written once
    // after the second: "between 180 and 220 million euros", "2-4%", "5
    // to 6 per cent".
    for k in 1..out.len() {
        let (prev, rest) = out.split_at_mut(k);
        let (a, b) = (&mut prev[k - 1], &rest[0]);
        if a.unit.is_some() || b.unit.is_none() || b.start < a.end {
            continue;
        }
        let gap = text[a.end..b.start].trim();
        let gap = gap.trim_end_matches(['$', '€', '£', '¥']).trim_end();
        let joined = matches!(gap, "-" | "–" | "—" | "to")
            || (gap == "and"
                && crate::text::tail(text, a.start, 12)
                    .trim_end()
                    .to_ascii_lowercase()
                    .ends_with("between"));
        if !joined {
            continue;
        }
        let (FigureValue::Number(av), FigureValue::Number(bv)) = (&a.value, &b.value) else {
            continue;
        };
        // The scale written after the second end ("220 million"): its
        // value over the number as written.
        let (a_text, b_text) = (&text[a.start..a.end], &text[b.start..b.end]);
        let written: String = b_text[b_text.find(|c: char| c.is_ascii_digit()).unwrap_or(0)..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .filter(|c| *c != ',')
            .collect();
        let scale = match written.parse::<f64>() {
            Ok(w) if w > 0.0 && !a_text.chars().any(char::is_alphabetic) => bv / w,
            _ => 1.0,
        };
        let value = av * scale;
        a.normalized = match (b.normalized, *bv != 0.0) {
            (Some(bn), true) => Some(value * bn / bv),
            _ => Some(value),
        };
        a.value = FigureValue::Number(value);
        a.unit = b.unit.clone();
    }
    // A bare number told against a figure just before it takes its unit:
    // "to 410,000 barrels a day, from 395,000"; "$6.8 billion, against 6.1".
    for k in 1..out.len() {
        let (prev, rest) = out.split_at_mut(k);
        let (p, f) = (&prev[k - 1], &mut rest[0]);
        if f.unit.is_some() || p.unit.is_none() || f.start < p.end || f.start - p.end > 48 {
            continue;
        }
        let between = &text[p.end..f.start];
        let lead = between.trim_end().to_ascii_lowercase();
        let contrast = [
            "from",
            "against",
            "versus",
            "vs",
            "compared with",
            "compared to",
        ]
        .iter()
        .any(|w| lead.ends_with(w));
        // Not when words of its own follow ("from two smaller firms").
        let next = text[f.end..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        let own_words = text[f.end..].starts_with(' ')
            && next.starts_with(char::is_alphabetic)
            && !UNIT_STOP.contains(&next.to_ascii_lowercase().as_str());
        if !contrast || own_words || between.contains(['.', ';']) {
            continue;
        }
        if let (FigureValue::Number(pv), FigureValue::Number(fv)) = (&p.value, &f.value) {
            f.unit = p.unit.clone();
            f.normalized = match (p.normalized, *pv != 0.0) {
                (Some(pn), true) => Some(fv * pn / pv),
                _ => Some(*fv),
            };
        }
    }
    for f in &mut out {
        if is_age(text, f) {
            f.unit = Some("years old".to_string());
            f.normalized = None;
        } else if f.unit.is_none()
            && let Some(u) = estimated_count(text, f.start)
        {
            f.normalized = f.value.as_number();
            f.unit = Some(u);
        } else if is_magnitude(text, f) {
            f.unit = Some("magnitude".to_string());
            f.normalized = match f.value {
                FigureValue::Number(n) => Some(n),
                _ => None,
            };
        }
    }
    out
}

/// Words right after a bare number under ten that make it an earthquake's
/// magnitude ("a 6.8 quake").
const SHAKES: &[&str] = &[
    "earthquake",
    "earthquakes",
    "quake",
    "quakes",
    "tremor",
    "tremors",
    "temblor",
    "aftershock",
    "aftershocks",
];

/// "Organizers put the crowd at 45,000", "police estimated the number of
/// marchers at 15,000": an estimate of a count, whose noun stands before
/// the number. A crowd, a turnout or an attendance counts people.
static ESTIMATED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:put|puts|putting|estimated|estimates|estimating|placed|places|numbered)\s+(?:the\s+)?(crowds?|turnout|attendance|size of the crowd|number of ([a-z]+)|(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+s))\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|over\s+|up to\s+|at least\s+)?$")
        .expect("valid regex")
});

/// The counted noun an estimate gives before its number, if any.
fn estimated_count(text: &str, start: usize) -> Option<String> {
    let before = crate::text::tail(text, start, 80);
    let c = ESTIMATED_AT.captures(before)?;
    Some(match c.get(2).or(c.get(3)) {
        Some(noun) => fold(noun.as_str()),
        None => "people".to_string(),
    })
}

/// An earthquake's magnitude, however it is written: "magnitude 6.8",
/// "a magnitude of 6.8", "magnitude-6.8", "6.8 magnitude", "6.8-magnitude",
/// "6.8 on the Richter scale", "a 6.8 quake". A magnitude is its own unit:
/// "6.8-magnitude quake" counts no quakes, and "magnitude 6.8 earthquake"
/// measures no earthquakes.
fn is_magnitude(text: &str, f: &Found) -> bool {
    if !matches!(f.value, FigureValue::Number(n) if (0.0..10.0).contains(&n)) {
        return false;
    }
    let before = crate::text::tail(text, f.start, 24).to_ascii_lowercase();
    let before = before.trim_end_matches(['-', ' ']);
    if before.ends_with("magnitude") || before.ends_with("magnitude of") {
        return true;
    }
    let after = crate::text::head(&text[f.end..], 32).to_ascii_lowercase();
    let after = after.trim_start_matches(['-', ' ']);
    if after.starts_with("magnitude")
        || after.starts_with("on the richter")
        || text[f.start..f.end]
            .to_ascii_lowercase()
            .ends_with("-magnitude")
    {
        return true;
    }
    // The quake within the next three words: "a 6.8 quake", "the 7.0
    // killer quake", "a 6.8 shallow earthquake".
    let shake_after = after
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(3)
        .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        .any(|w| SHAKES.contains(&w));
    let decimal = text[f.start..f.end].contains('.');
    // "a 6.8 quake", not "3 earthquakes" (a count of them).
    let single = decimal || before.ends_with(" a") || before == "a";
    // (A word between read as the unit is the quake's adjective: "the 7.0
    // killer quake".)
    let first = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let unit_ok = f.unit.as_deref().is_none_or(|u| {
        let u = u.to_lowercase();
        SHAKES.contains(&u.as_str()) || (decimal && u == first)
    });
    if single && unit_ok && shake_after {
        return true;
    }
    // A reading given after the scale is named in its paragraph: "Zarvan's
    // seismological centre measured it at 7.0", "put the magnitude at 7.0",
    // "gave the magnitude as 7.0". One decimal place and no unit: the way
    // magnitudes, and little else under ten, are written.
    let one_place = text[f.start..f.end]
        .split_once('.')
        .is_some_and(|(_, d)| d.len() == 1 && d.bytes().all(|b| b.is_ascii_digit()));
    let names_scale = || {
        text.as_bytes()
            .windows(7)
            .any(|w| w.eq_ignore_ascii_case(b"magnitu") || w.eq_ignore_ascii_case(b"richter"))
    };
    f.unit.is_none()
        && one_place
        && (before.ends_with(" at") || before.ends_with(" as") || before.ends_with(" of"))
        && names_scale()
}

/// An age: "54-year-old", "850 years old", "aged 54", or a bare number
/// set off by commas right after a name ("Marta Ilves, 54, said"). Ages are
/// their own unit: an age of 54 is no duration of 54 years.
fn is_age(text: &str, f: &Found) -> bool {
    if !matches!(f.value, FigureValue::Number(n) if (0.0..10_000.0).contains(&n)) {
        return false;
    }
    // The span may end before "year" ("850", "Twenty") or after it
    // ("55-year").
    let after = crate::text::head(&text[f.end..], 24).to_ascii_lowercase();
    let rest = ["-years", "-year", " years", " year", "s", ""]
        .iter()
        .find_map(|p| after.strip_prefix(p));
    let old = |r: &str| {
        (r.starts_with("-old") || r.starts_with(" old"))
            && !r[4..].starts_with(|c: char| c.is_alphabetic())
    };
    if rest.is_some_and(old) {
        return true;
    }
    if f.unit.is_some() {
        return false;
    }
    let before = crate::text::tail(text, f.start, 24);
    let lower = before.to_ascii_lowercase();
    if lower.ends_with("aged ") || lower.ends_with(" age ") {
        return true;
    }
    // "Marta Ilves, 54," / "Ilves, 54, a teacher": a capitalised word, a
    // comma, the number, a comma.
    let named = before
        .strip_suffix(", ")
        .and_then(|b| b.split_whitespace().last())
        .is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
    named && text[f.end..].starts_with(',')
}

/// A number text2num found, after the fixes below.
struct Occ {
    start: usize,
    end: usize,
    value: f64,
    is_ordinal: bool,
}

fn is_space_gap(t: &NumTok) -> bool {
    t.gap.chars().all(|c| c == ' ')
}

/// Fix up what text2num reads in running text: two numbers side by side
/// ("sixty fifteen") are no figure, unless they read as a year ("nineteen
/// seventy-three"); "minus" makes a number negative; a scale word it left
/// ("one trillion", "a million") multiplies; "five o'clock" and a dangling
/// "point three" are no figures.
fn tidy_occurrences(toks: &[NumTok], occ: Vec<text2num::Occurence>) -> Vec<Occ> {
    let words = |o: &text2num::Occurence| {
        !toks[o.start]
            .text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    };
    let adjacent = |a: &text2num::Occurence, b: &text2num::Occurence| {
        b.start == a.end && is_space_gap(&toks[b.start]) && words(a) && words(b)
    };
    // Runs of three or more numbers side by side are a list ("one two three").
    let mut in_list = vec![false; occ.len()];
    let mut k = 0;
    while k < occ.len() {
        let mut j = k;
        while j + 1 < occ.len() && adjacent(&occ[j], &occ[j + 1]) {
            j += 1;
        }
        if j - k >= 2 {
            in_list[k..=j].iter_mut().for_each(|x| *x = true);
        }
        k = j + 1;
    }
    let mut out: Vec<Occ> = Vec::new();
    let mut i = 0;
    while i < occ.len() {
        let o = &occ[i];
        if o.end - o.start == 1 && toks[o.start].lower == "o" {
            i += 1;
            continue; // a letter, not "zero"
        }
        let next = occ.get(i + 1).filter(|n| !in_list[i] && adjacent(o, n));
        if let Some(n) = next {
            if !o.is_ordinal
                && !n.is_ordinal
                && (11.0..=20.0).contains(&o.value)
                && (10.0..=99.0).contains(&n.value)
                && o.end - o.start == 1
            {
                out.push(Occ {
                    start: o.start,
                    end: n.end,
                    value: o.value * 100.0 + n.value,
                    is_ordinal: false,
                });
            }
            // Otherwise "sixty fifteen", "ten five": not a number at all.
            i += 2;
            continue;
        }
        let mut r = Occ {
            start: o.start,
            end: o.end,
            value: o.value,
            is_ordinal: o.is_ordinal,
        };
        let prev = o
            .start
            .checked_sub(1)
            .map(|k| toks[k].lower.as_str())
            .unwrap_or("");
        let after = toks.get(o.end).map(|t| t.lower.as_str()).unwrap_or("");
        if prev == "point"
            || (matches!(after, "o" | "oclock") && toks.get(o.end).is_some_and(is_space_gap))
        {
            i += 1;
            continue;
        }
        if matches!(prev, "minus" | "negative") {
            r.value = -r.value;
            r.start -= 1;
        }
        let order = matches!(
            toks[o.start].lower.as_str(),
            "hundred" | "thousand" | "million" | "billion" | "trillion"
        );
        if matches!(prev, "a" | "an") && order {
            r.start -= 1;
            // "half a million": half of it.
            if before_word_is(toks, r.start, "half") {
                r.value *= 0.5;
                r.start -= 1;
            }
        }
        // "several thousand", "a few hundred", "many thousands": an amount
        // of that order, no more said; the span keeps the words that say
        // so (the comparison reads them as vague).
        if matches!(prev, "several" | "few" | "many") && order {
            r.start -= 1;
            if prev == "few" && before_word_is(toks, r.start, "a") {
                r.start -= 1;
            }
        }
        // "a couple of hundred", "a couple of thousand": twice the order,
        // told loosely (the span keeps the words, read as vague).
        if prev == "of"
            && order
            && r.start >= 3
            && toks[r.start - 2].lower == "couple"
            && toks[r.start - 3].lower == "a"
        {
            r.value *= 2.0;
            r.start -= 3;
        }
        if let Some(t) = toks.get(r.end).filter(|t| is_space_gap(t)) {
            let scale = match t.lower.as_str() {
                "hundred" => Some(1e2),
                "thousand" => Some(1e3),
                "million" => Some(1e6),
                "billion" => Some(1e9),
                "trillion" => Some(1e12),
                "lakh" | "lakhs" | "lac" | "lacs" => Some(1e5),
                "crore" | "crores" => Some(1e7),
                _ => None,
            };
            if let Some(s) = scale.filter(|_| !r.is_ordinal) {
                r.value *= s;
                r.end += 1;
            }
        }
        out.push(r);
        i += 1;
    }
    out
}

fn before_word_is(toks: &[NumTok], at: usize, word: &str) -> bool {
    at.checked_sub(1).is_some_and(|k| toks[k].lower == word)
}

/// A four-digit number before a plural noun is a count ("2000 soldiers",
/// "1500 volunteers") unless the words before it make it a year ("the 2024
/// elections", "since 2019 talks"): a determiner, a possessive or a
/// preposition of time.
fn counted(next: &str, before: &str) -> bool {
    let plural = next.len() > 3 && next.ends_with('s') && !next.ends_with("ss");
    if !plural
        || crate::extract::lexicon::LEXICON
            .units
            .get(next)
            .is_some_and(|u| u.kind == "scale")
    {
        return false;
    }
    let prev = before
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    !(prev.ends_with("'s")
        || prev.ends_with("’s")
        || matches!(
            prev.trim_matches(|c: char| !c.is_alphanumeric()),
            "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "this"
                | "that"
                | "these"
                | "those"
                | "whose"
                | "since"
                | "until"
                | "till"
                | "before"
                | "after"
                | "in"
                | "by"
                | "from"
                | "during"
                | "for"
                | "a"
                | "an"
                | "next"
                | "last"
        ))
}

/// Whether most words of four letters or more open with a capital: a
/// headline's or a sub-heading's line ("Fire Kills Two, Injures Seven").
fn capitalised_line(text: &str) -> bool {
    let (capital, long) = crate::text::capitalised_words(text);
    long >= 2 && capital * 10 >= long * 6
}

/// Numbers written in words, read by text2num.
fn words(text: &str, out: &mut Vec<Found>, taken: &mut Taken) {
    let toks = num_tokens(text);
    let occ = tidy_occurrences(&toks, find_numbers(toks.iter(), &*EN, 0.0));
    for o in occ {
        let (a, b) = (toks[o.start].start, toks[o.end - 1].end);
        if overlaps(taken, a, b)
            || toks[o.start]
                .text
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let first = toks[o.start].lower.as_str();
        let next = toks.get(o.end);
        let next_lower = next.map(|t| t.lower.as_str()).unwrap_or("");
        if o.is_ordinal {
            // Only ordinals that count: "the third cut this year".
            let noun = next_lower.trim_end_matches('s');
            if !COUNTING_NOUNS.contains(&noun)
                || !matches!(
                    first,
                    "second"
                        | "third"
                        | "fourth"
                        | "fifth"
                        | "sixth"
                        | "seventh"
                        | "eighth"
                        | "ninth"
                        | "tenth"
                )
            {
                continue;
            }
            let unit = plural(noun);
            taken.push((a, b));
            out.push(Found {
                start: a,
                end: b,
                value: FigureValue::Number(o.value),
                unit: Some(unit),
                normalized: Some(o.value),
            });
            continue;
        }
        // A number word set with a capital inside a sentence is part of a
        // name ("former One Direction singer", "Formula One", "Air Force
        // One"); opening a sentence, it is one when the text names the
        // same words so elsewhere ("One Direction split in 2016").
        // (Not in a line set in capitals, a headline's or a sub-heading's:
        // "Fire Kills Two, Injures Seven".)
        if toks[o.start].text.starts_with(char::is_uppercase)
            && o.end - o.start == 1
            && !capitalised_line(text)
        {
            // (After a dateline's dash too, "(Reuters) - Seven workers", a
            // quotation's close, "… devastated.” Two days later", a comma
            // or a bullet before a quotation, "said, “Three people …".)
            let lead = text[..a].trim_end_matches([' ', '"', '“', '‘', '”', '’', '\'', '(', ')']);
            let opens = lead.ends_with(" -")
                || lead.chars().last().is_none_or(|c| {
                    matches!(
                        c,
                        '.' | '!' | '?' | ':' | ';' | ',' | '\n' | '–' | '—' | '-' | '•' | '…'
                    )
                });
            let named = next.is_some_and(|n| {
                n.text.starts_with(char::is_uppercase) && {
                    let phrase = format!("{} {}", toks[o.start].text, n.text);
                    text.match_indices(&phrase).any(|(k, _)| {
                        k != a
                            && text[..k]
                                .trim_end()
                                .chars()
                                .last()
                                .is_some_and(|c| c.is_alphanumeric() || c == ',')
                    })
                }
            });
            // (Inside a sentence, a count still, with a stray capital, when
            // a plural noun follows what it counts: "and Two United States
            // service members"; not after a capital, "Formula One".)
            let stray_count = !lead
                .split_whitespace()
                .last()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && o.value > 1.0
                && {
                    // (One of the next two words a plural noun: "service
                    // members"; not a verb, "singer was".)
                    text[b..]
                        .split_whitespace()
                        .skip_while(|w| w.starts_with(char::is_uppercase))
                        .take(2)
                        .take_while(|w| w.starts_with(char::is_lowercase))
                        .any(|w| {
                            let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
                            w.chars().count() >= 4 && w.ends_with('s') && !w.ends_with("ss")
                        })
                };
            if (!opens && !stray_count) || named {
                continue;
            }
        }
        // "parts per billion", "deaths per million", "per thousand": the
        // unit of a rate, not a figure of its own.
        if before_word_is(&toks, o.start, "per") && o.end - o.start == 1 {
            continue;
        }
        // "cut the city in two", "split in three": a manner, not a figure.
        if before_word_is(&toks, o.start, "in")
            && o.end - o.start == 1
            && text[b..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')'))
        {
            continue;
        }
        // A number inside a hyphenated phrase ("one-on-one") is not a figure;
        // after a spaced dash ("(Reuters) - Seven workers") it is.
        if toks[o.start].gap.contains(['-', '‑'])
            && !toks[o.start].gap.contains(char::is_whitespace)
            && o.start > 0
            && toks[o.start - 1].text.chars().all(char::is_alphabetic)
        {
            continue;
        }
        // "loved ones", "the ones who": "ones" is a pronoun's plural, never
        // a count.
        if first == "ones" && o.end - o.start == 1 {
            continue;
        }
        // "one" as a pronoun or in set phrases carries no figure.
        let before_word = o
            .start
            .checked_sub(1)
            .map(|k| toks[k].lower.as_str())
            .unwrap_or("");
        if first == "one"
            && o.end - o.start == 1
            && (matches!(
                before_word,
                "the"
                    | "this"
                    | "that"
                    | "no"
                    | "any"
                    | "every"
                    | "each"
                    | "another"
                    | "which"
                    | "some"
                    | "someone"
                    | "anyone"
                    // "Not one cent", "not one life": none, said hard.
                    | "not"
            ) || matches!(
                next_lower,
                "i" | "you"
                    | "he"
                    | "she"
                    | "we"
                    | "they"
                    | "it"
                    | "are"
                    | "were"
                    | "can"
                    | "cannot"
                    | "could"
                    | "will"
                    | "would"
                    | "should"
                    | "must"
                    | "may"
                    | "might"
            ) || matches!(
                next_lower,
                "of" | "another"
                    | "on"
                    | "by"
                    | "who"
                    | "that"
                    | "which"
                    | "is"
                    | "was"
                    | "day"
                    | "way"
                    | "thing"
                    | "side"
                    | "hand"
                    | "point"
                    | "time"
                    | "off"
                    | "offs"
                    | "sided"
                    | "stop"
                    | "size"
                    | ""
            ) || next.is_some_and(|t| t.gap.contains(['-', '‑']) && t.lower == "on"))
        {
            continue;
        }

        // "seven-member committee", "five to two" tallies.
        let mut end = b;
        let unit: Option<String>;
        let mut factor = 1.0;
        if let Some(t) = next.filter(|t| t.gap.contains(['-', '‑'])) {
            let f = fold(t.text);
            // A measure the lexicon knows ("a two-day strike" is 48 hours).
            factor = measure_factor(LEXICON.units.get(&f));
            unit = Some(plural(&f));
            end = t.end;
        } else if next_lower == "to" && voting_before(text, a) {
            // A tally in words: the next number is the other side.
            unit = Some("votes".into());
        } else if crate::text::tail(text, a, 16)
            .trim_end()
            .to_lowercase()
            .ends_with(" to")
            && out
                .last()
                .is_some_and(|f| f.unit.as_deref() == Some("votes") && a - f.end < 8)
        {
            unit = Some("votes".into());
        } else {
            // "hundreds of people", "thousands of homes": the unit after "of".
            let plural_scale = o.end - o.start == 1
                && matches!(first, "hundreds" | "thousands" | "millions" | "billions");
            let (u, e, f) = unit_after_of(text, b, plural_scale);
            unit = u;
            factor = f;
            if unit
                .as_deref()
                .is_some_and(|u| u.starts_with("percent") || u.contains("points"))
            {
                end = e;
            }
        }
        // Scale words after: "1.2 billion" is read with digits above; "two million" here.
        let value = o.value;
        let normalized = normalize(value, unit.as_deref(), factor);
        taken.push((a, end));
        out.push(Found {
            start: a,
            // Its unit joined to it is part of it, as with digits
            // ("twenty percent", "seven-member").
            end,
            value: FigureValue::Number(value),
            unit,
            normalized,
        });
    }
}

fn plural(noun: &str) -> String {
    let n = noun.to_lowercase();
    // Irregular plurals of measures and counted things ("a 985-foot
    // vessel", "a two-man crew").
    if let Some(stem) = n.strip_suffix("foot") {
        return format!("{stem}feet");
    }
    if let Some(stem) = n.strip_suffix("man").filter(|s| !s.ends_with('u')) {
        return format!("{stem}men");
    }
    match n.as_str() {
        "person" => return "people".into(),
        "child" => return "children".into(),
        "aircraft" | "sheep" | "fish" | "deer" => return n,
        _ => {}
    }
    if n.ends_with('s') {
        n
    } else if let Some(stem) = n
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{n}s")
    }
}

/// A value in a base unit, for comparing versions: basis points as
/// percentage points, lengths as kilometres, and so on.
fn normalize(value: f64, unit: Option<&str>, factor: f64) -> Option<f64> {
    match unit {
        Some("basis points") => Some(value / 100.0),
        Some("percentage points") => Some(value),
        _ => Some(value * factor),
    }
}

/// Figures of every version (groups and discrepancies are set by `compare`).
/// "The number of confirmed cases rose to 143", "puts the number of
/// infections at 146": what a bare number counts, named before it.
static NUMBER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bnumber of (?:[a-z][a-z-]*\s+){0,4}?([a-z][a-z-]*s)\s+(?:[a-z]+\s+){0,3}?(?:to|at|reached|hit|is|was|stood at|stands at)\s+(?:about\s+|around\s+|some\s+|more than\s+|nearly\s+|almost\s+)?$")
        .expect("valid number-of pattern")
});

/// "a father of five", "the mother-of-two": the number counts children.
static PARENT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(grand)?(?:father|mother|dad|mum|mom|parent)s?[- ]of[- ]$")
        .expect("valid parent-of pattern")
});

/// The noun a bare number counts when the sentence names it before the
/// number ("the number of confirmed cases rose to 143" counts cases; "a
/// father of five" counts children).
fn counted_before(text: &str, start: usize) -> Option<String> {
    let tail = crate::text::tail(text, start, 100);
    if let Some(c) = PARENT_OF.captures(tail) {
        return Some(
            if c.get(1).is_some() {
                "grandchildren"
            } else {
                "children"
            }
            .into(),
        );
    }
    let clause = tail.rsplit(['.', '!', '?', ';']).next().unwrap_or(tail);
    NUMBER_OF
        .captures(clause)
        .filter(|c| {
            // Three words or four before the noun only when they modify it
            // ("fully or partly damaged houses"), not when they run past
            // another noun ("people killed in floods").
            let m = c.get(0).expect("match");
            let noun = c.get(1).expect("noun");
            let before: Vec<&str> = clause[m.start()..noun.start()]
                .split_whitespace()
                .skip(2)
                .collect();
            before.len() <= 2
                || before.iter().all(|w| {
                    let w = w.to_lowercase();
                    matches!(w.as_str(), "or" | "and") || w.ends_with("ly") || w.ends_with("ed")
                })
        })
        .map(|c| c[1].to_lowercase())
        .filter(|noun| {
            !matches!(
                noun.as_str(),
                "times" | "years" | "days" | "weeks" | "months" | "has" | "was" | "is" | "does"
            )
        })
}

/// Whether a version writes numbers the continental way, a decimal comma
/// and a dot between thousands ("34,60 osteks", "11,2 percent", "2.000
/// euros"), as translated copy often keeps them (sometimes beside English
/// thousands an editor fixed, "25,000"): learnt from the version itself.
/// A comma before one or two digits is no English thousands, but one may be
/// a slip ("sections 2,3"): two are needed, as English three-decimal
/// figures ("a 4.125% coupon") look like thousands dots and count for
/// nothing.
fn continental_numbers(v: &Version) -> bool {
    v.paragraphs
        .iter()
        .map(|p| {
            let b = p.text.as_bytes();
            (0..b.len()).filter(|&i| decimal_comma_at(b, i)).count()
        })
        .sum::<usize>()
        >= 2
}

/// A comma between digits that can only be a decimal comma: one to three
/// digits before it, one or two after it, then neither a digit nor another
/// comma ("41,25 vells", not "25,000" nor India's "1,25,000").
fn decimal_comma_at(b: &[u8], i: usize) -> bool {
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    // (At most three digits before it, as a number's first group.)
    let long_before = i >= 4 && (2..=4).all(|k| digit(i - k));
    if b[i] != b',' || i == 0 || !digit(i - 1) || !digit(i + 1) || long_before {
        return false;
    }
    let n = if digit(i + 2) { 2 } else { 1 };
    !digit(i + 1 + n) && b.get(i + 1 + n) != Some(&b',')
}

/// The text with continental separators read as English ones: a decimal
/// comma ([`decimal_comma_at`]) is the decimal point, a dot before three
/// digits (and no fourth) a thousands comma; English thousands ("25,000")
/// and other dots ("14.10.2025", "10.30") stay. The same length, so
/// offsets hold.
fn swap_separators(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    for i in 1..b.len().saturating_sub(1) {
        if decimal_comma_at(b, i) {
            out[i] = b'.';
        } else if b[i] == b'.' && digit(i - 1) && (1..=3).all(|k| digit(i + k)) && !digit(i + 4) {
            out[i] = b',';
        }
    }
    // Only ASCII bytes changed, for ASCII bytes: still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

pub fn extract(versions: &[Version]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (vi, v) in versions.iter().enumerate() {
        let year = v
            .published
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok());
        let continental = continental_numbers(v);
        for (pi, p) in v.paragraphs.iter().enumerate() {
            if p.kind == crate::model::ParagraphKind::Byline {
                continue;
            }
            let read = if continental {
                Cow::Owned(swap_separators(&p.text))
            } else {
                Cow::Borrowed(p.text.as_str())
            };
            for f in find(&read, year) {
                // A value too large to hold (a mutated file's run of digits
                // once gave one; the fuzz test's saved case replays it) is
                // no figure a reader can check, and no number JSON can hold.
                if f.value.as_number().is_some_and(|n| !n.is_finite())
                    || f.normalized.is_some_and(|n| !n.is_finite())
                {
                    continue;
                }
                let unit = match (&f.unit, &f.value) {
                    (None, FigureValue::Number(_)) => counted_before(&p.text, f.start),
                    _ => f.unit,
                };
                out.push(Figure {
                    version: vi,
                    paragraph: pi,
                    text: p.text[f.start..f.end].to_string(),
                    value: f.value,
                    unit,
                    group: 0,
                    discrepancy: false,
                    start: f.start,
                    end: f.end,
                    normalized: f.normalized,
                    // Read with the words around it when figures are grouped.
                    qualifier: None,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figures of one paragraph, as written.
    fn texts(t: &str) -> Vec<String> {
        found_in(t).into_iter().map(|f| f.text).collect()
    }

    fn found_in(t: &str) -> Vec<crate::model::Figure> {
        extract(&[crate::align::key::tests::version(&[t])])
    }

    /// The units of one paragraph's figures, in order.
    fn units(t: &str) -> Vec<Option<String>> {
        found_in(t).into_iter().map(|f| f.unit).collect()
    }

    #[test]
    fn the_floor_of_a_building_counts() {
        let got = texts(
            "He fell from a third-floor balcony; she lives on the fifth floor, her second home.",
        );
        assert_eq!(
            got,
            vec!["third".to_string(), "fifth".to_string()],
            "{got:?}"
        );
    }

    #[test]
    fn a_number_word_with_a_capital_inside_a_name_is_no_figure() {
        let t = "The former Seven Hills singer, 31, left the band. Seven Hills split in 2016. Two fans waited outside, and Air Force One landed at noon.";
        let got = texts(t);
        assert!(!got.iter().any(|x| x == "Seven"), "{got:?}");
        assert!(!got.iter().any(|x| x == "One"), "{got:?}");
        assert!(got.iter().any(|x| x == "Two"), "{got:?}");
        assert!(got.iter().any(|x| x == "31"), "{got:?}");
        // Opening a sentence, a count stays one, after a quotation's
        // close or a comma before a quotation too, and in a headline.
        let t = "Nine people died. Three Britons were among them. “We are devastated.” Two days later the mayor said, “Four are still missing.”";
        let got = texts(t);
        for n in ["Nine", "Three", "Two", "Four"] {
            assert!(got.iter().any(|x| x == n), "{n} {got:?}");
        }
        let got = texts("Fire Kills Two, Injures Seven in Tarnby");
        assert_eq!(got, vec!["Two".to_string(), "Seven".to_string()]);
    }

    #[test]
    fn a_unit_in_capitals_and_a_speed_around_its_conversion() {
        let t = "Gusts reached 140 MPH and the grid lost 10 GW; the storm moved at 130 miles (215 kilometers) per hour.";
        let u = units(t);
        assert_eq!(u[0].as_deref(), Some("mph"), "{:?}", texts(t));
        assert_eq!(u[1].as_deref(), Some("gw"), "{:?}", texts(t));
        assert_eq!(u[2].as_deref(), Some("miles per hour"), "{:?}", texts(t));
        let t = "Winds reached 180 miles (290 km) per hour before landfall; the car was 60 miles (97 km) an hour earlier.";
        let u = units(t);
        assert_eq!(u[0].as_deref(), Some("miles per hour"), "{:?}", texts(t));
        assert_eq!(u[2].as_deref(), Some("miles"), "{:?}", texts(t));
        // A name in capitals after a number is no unit.
        let t = "The 12 NATO members met.";
        assert_eq!(units(t)[0].as_deref(), Some("members"));
        // Nor is an agency's letters that spell a unit of time or a ratio.
        let t = "The 5 SEC commissioners met.";
        assert_ne!(units(t)[0].as_deref(), Some("sec"));
    }

    #[test]
    fn a_concentration_in_parts_per_billion_or_million_is_one_unit() {
        let t = "Benzene peaked at 41 parts per billion (ppb), against about 40 ppb and 0.5 ppm.";
        assert_eq!(
            units(t),
            vec![
                Some("ppb".to_string()),
                Some("ppb".to_string()),
                Some("ppm".to_string())
            ],
            "{:?}",
            texts(t)
        );
    }

    #[test]
    fn a_currencys_letters_against_the_number_make_money_and_a_codes_do_not() {
        let found =
            found_in("The bill would raise KSh310 billion, or Sh2.4bn a month, and Rs500 more.");
        let money: Vec<(f64, Option<String>)> = found
            .iter()
            .map(|f| (f.value.as_number().unwrap_or(f64::NAN), f.unit.clone()))
            .collect();
        assert_eq!(
            money,
            vec![
                (310e9, Some("KSh".to_string())),
                (2.4e9, Some("Sh".to_string())),
                (500.0, Some("Rs".to_string())),
            ]
        );
        // A capital or a word against a number is a code or a name, and so
        // is a currency's code in capitals.
        assert!(texts("The G7 met as the A350 and Boeing737 flew.").is_empty());
        assert!(texts("Delegates at COP28 met as PHP8 shipped.").is_empty());
        assert_eq!(units("It raised USD1.5bn."), vec![Some("USD".to_string())]);
    }

    #[test]
    fn a_number_in_words_after_a_spaced_dash_is_read_one_inside_a_hyphenated_phrase_is_not() {
        assert_eq!(
            texts("LONDON, Nov 17 (Reuters) - Seven workers were trapped in a one-on-one talk."),
            vec!["Nov 17".to_string(), "Seven".to_string()]
        );
    }

    #[test]
    fn a_version_that_writes_numbers_the_continental_way_is_read_its_way() {
        let values = |paras: &[&str]| -> Vec<f64> {
            extract(&[crate::align::key::tests::version(paras)])
                .into_iter()
                .filter_map(|f| f.value.as_number())
                .collect()
        };
        // Decimal commas and thousands dots, learnt from the version.
        assert_eq!(
            values(&[
                "Withdrawals are capped at 2.000 vells a day; the street rate was 41,25 vells.",
                "Inflation reached 9,4 percent in March, the statistics office said.",
            ]),
            vec![2000.0, 41.25, 9.4]
        );
        // As written, the figure's text stays.
        let f = extract(&[crate::align::key::tests::version(&[
            "Payments above 5.000 euros need approval; the rate is 41,25 vells, up 0,5.",
        ])]);
        assert_eq!(f[0].text, "5.000");
        assert_eq!(f[0].value.as_number(), Some(5000.0));
        // English thousands an editor fixed stay thousands beside them.
        assert_eq!(
            values(&["Police put the crowd at 8,500; the rate was 41,25 vells, up 2,5 percent."]),
            vec![8500.0, 41.25, 2.5]
        );
        // A version with no decimal comma keeps its dots as decimal
        // points, and one lone sign is no style.
        assert_eq!(
            values(&["About 1,392 votes separated them; turnout was 61.500 percent."]),
            vec![1392.0, 61.5]
        );
        assert!(!values(&["The margin was 3,5 points."]).contains(&3.5));
        assert!(values(&["Sections 2,3 of the bond pay a 4.125% coupon."]).contains(&4.125));
    }

    #[test]
    fn lakh_and_crore_scale_a_number_as_million_and_billion_do() {
        let values = |t: &str| -> Vec<f64> {
            found_in(t)
                .into_iter()
                .filter_map(|f| f.value.as_number())
                .collect()
        };
        assert_eq!(
            values("Over 12 lakh riders and 2.35 crore gig workers; platforms pay ₹1,200 crore."),
            vec![1_200_000.0, 23_500_000.0, 12_000_000_000.0]
        );
        assert_eq!(values("The fee is Rs 50 cr a year."), vec![500_000_000.0]);
        assert_eq!(
            values("The Centre set aside ₹11 lakh crore, and Rs 20 thousand crore more."),
            vec![11e12, 20e10]
        );
        // "cr" outside an amount of money is no crore.
        assert_eq!(values("The course is worth 4 cr in all."), vec![4.0]);
    }

    #[test]
    fn a_degree_sign_glued_or_spaced_gives_the_temperature_its_scale() {
        assert_eq!(
            units(
                "Jacobabad recorded 50°C, Sibi 49 °C and Phoenix 118ºF; the roof sits at a 30° pitch."
            ),
            vec![
                Some("°c".to_string()),
                Some("°c".to_string()),
                Some("°f".to_string()),
                Some("degrees".to_string())
            ]
        );
        // The ordinal mark without a scale is no degree.
        assert_ne!(
            units("Workers get the 13º salary in December."),
            vec![Some("degrees".to_string())]
        );
        // The same scale as the words give it: one family.
        let c = LEXICON.units.get("°c").expect("the sign is a unit");
        assert_eq!(
            Some(c.canonical.as_str()),
            LEXICON
                .units
                .get("degrees celsius")
                .map(|u| u.canonical.as_str())
        );
    }

    #[test]
    fn a_number_in_words_spans_its_percent_as_digits_do() {
        assert_eq!(
            texts("Turnout fell by twenty percent, against 12 percent in the north."),
            vec!["twenty percent".to_string(), "12 percent".to_string()]
        );
        assert_eq!(
            texts("A seven-member panel will review it."),
            vec!["seven-member".to_string()]
        );
    }

    #[test]
    fn a_plural_in_men_people_or_children_is_what_is_counted_past_its_adjective() {
        assert_eq!(
            units(
                "It hurt 3,000 coastal fishermen, 40 masked gunmen, 200 local townspeople and 12 young grandchildren."
            ),
            vec![
                Some("fishermen".to_string()),
                Some("gunmen".to_string()),
                Some("townspeople".to_string()),
                Some("grandchildren".to_string()),
            ]
        );
        // "Specimen" and "abdomen" are one thing each.
        assert_eq!(
            units("It kept 3 rare specimen jars."),
            vec![Some("jars".to_string())]
        );
    }

    #[test]
    fn a_part_of_its_things_counts_those_things() {
        assert_eq!(
            units(
                "It will recall 48,000 of its best-selling electric scooters and cut 900 of their staff."
            ),
            vec![Some("scooters".to_string()), Some("staff".to_string())]
        );
        assert_eq!(
            units("Ballots from 212 of the region's 1,140 polling stations will be counted again."),
            vec![Some("stations".to_string()), Some("stations".to_string())]
        );
        // Not a number said of a whole named after it.
        assert_eq!(
            units("It sold 30% of its shares and 12 of the Harbour Line ferries."),
            vec![Some("percent".to_string()), None]
        );
    }

    #[test]
    fn a_tally_of_thousands_keeps_its_thousands_on_both_sides() {
        let f = found_in(
            "The incumbent won 52,310 votes to 49,875 for his rival, and the motion passed 7 to 2.",
        );
        let got: Vec<(String, f64)> = f
            .iter()
            .map(|f| (f.text.clone(), f.normalized.unwrap_or(0.0)))
            .collect();
        assert_eq!(
            got,
            vec![
                ("52,310".to_string(), 52310.0),
                ("49,875".to_string(), 49875.0),
                ("7".to_string(), 7.0),
                ("2".to_string(), 2.0),
            ]
        );
    }

    #[test]
    fn pence_written_against_the_number_are_a_price() {
        let prices: Vec<(String, Option<String>)> = found_in(
            "Shares closed at 412p, down from 428p. The A4 road and the G7 summit are codes.",
        )
        .into_iter()
        .map(|f| (f.text, f.unit))
        .collect();
        assert_eq!(
            prices,
            vec![
                ("412".to_string(), Some("p".to_string())),
                ("428".to_string(), Some("p".to_string()))
            ]
        );
    }

    #[test]
    fn a_web_address_holds_no_figures() {
        assert_eq!(
            texts(
                "The full ruling, at https://courts.example.org/rulings/2024/118?page=3, runs to 40 pages."
            ),
            vec!["40".to_string()]
        );
        assert_eq!(
            texts("Details at www.example.com/q=30%25 and 12 percent more."),
            vec!["12 percent".to_string()]
        );
    }

    #[test]
    fn the_number_of_things_names_what_a_bare_number_counts() {
        assert_eq!(
            units("The number of confirmed cases rose to 143 on Wednesday."),
            vec![Some("cases".to_string())]
        );
        assert_eq!(
            units("The ministry puts the number of confirmed cases at 143."),
            vec![Some("cases".to_string())]
        );
        // What stands between is no count of it.
        assert_eq!(
            units("The number of cases rose. By Friday 12 had died."),
            vec![None]
        );
        assert_eq!(
            units("The number of injured has reached 2,562."),
            vec![None]
        );
        // A longer phrase before the noun ("the number of fully or partly
        // flooded shops at 1,240"), and an estimate that names its noun
        // without "number of" ("officials put flooded shops at about
        // 1,300", "the council estimated losses at 340").
        assert_eq!(
            units("The chamber put the number of fully or partly flooded shops at 1,240."),
            vec![Some("shops".to_string())]
        );
        assert_eq!(
            units("The number of people killed in floods rose to 40."),
            vec![None]
        );
        assert_eq!(
            units("Officials put flooded shops at about 1,300 on Monday."),
            vec![Some("shops".to_string())]
        );
        assert_eq!(
            units("The council estimated its losses at 340."),
            vec![Some("losses".to_string())]
        );
    }

    #[test]
    fn more_between_a_number_and_its_noun_counts_the_noun() {
        assert_eq!(
            units("The package blacklists 189 more tankers of the fleet."),
            vec![Some("tankers".to_string())]
        );
        assert_eq!(
            units("Rescuers found two more bodies on Monday."),
            vec![Some("bodies".to_string())]
        );
        // "more than" and "or more" compare; they name nothing counted.
        assert_eq!(units("Prices rose 5 more than expected."), vec![None]);
        assert_eq!(units("They seized 40 or more."), vec![None]);
    }

    #[test]
    fn a_parent_of_n_counts_children() {
        let units = |t: &str| -> Vec<Option<String>> {
            found_in(t)
                .into_iter()
                .filter(|f| f.value.as_number() != Some(52.0))
                .map(|f| f.unit)
                .collect()
        };
        let children = vec![Some("children".to_string())];
        assert_eq!(units("Among the dead is a father of five."), children);
        assert_eq!(
            units("The mother of two was treated in hospital."),
            children
        );
        assert_eq!(units("Sadykov, 52, a dad of three, was named."), children);
        assert_eq!(
            units("She is a grandmother of seven."),
            vec![Some("grandchildren".to_string())]
        );
        // Not a parent: the number counts nothing named.
        assert_eq!(units("Five of them were still missing."), vec![None]);
    }

    #[test]
    fn a_measure_in_words_is_normalized_like_one_in_digits() {
        let norm = |t: &str| find(t, Some(2025)).first().and_then(|f| f.normalized);
        assert_eq!(norm("a two-day national strike"), Some(172_800.0));
        assert_eq!(norm("The 48-hour walkout began."), Some(172_800.0));
        assert_eq!(norm("a three-mile queue"), norm("a 3-mile queue"));
    }

    fn vals(text: &str) -> Vec<(String, Option<String>)> {
        find(text, Some(2025))
            .into_iter()
            .map(|f| {
                let v = match f.value {
                    FigureValue::Number(n) => crate::text::format_number(n),
                    FigureValue::Date(d) => d,
                };
                (v, f.unit)
            })
            .collect()
    }

    fn s(v: &str, u: &str) -> (String, Option<String>) {
        (v.to_string(), Some(u.to_string()))
    }

    /// A count followed by an adverb, a verb or a function word has no
    /// unit it names: none is better than a wrong one.
    #[test]
    fn words_that_name_nothing_counted_are_no_units() {
        for text in [
            "The toll rose to 19, with nine still missing.",
            "Some 30 remain trapped.",
            "a beer or two might help",
            "heard by 10 judges rather than 11 because the chief judge recused",
        ] {
            let found = vals(text);
            let last = found.last().expect("a figure");
            assert_eq!(last.1, None, "{text}: {found:?}");
        }
    }

    #[test]
    fn an_estimate_names_what_it_counts_before_its_number() {
        assert_eq!(
            vals("Organizers put the crowd at 45,000; police said 15,000."),
            vec![s("45000", "people"), ("15000".to_string(), None)]
        );
        assert_eq!(
            vals("Police estimated the number of marchers at about 12,000."),
            vec![s("12000", "marchers")]
        );
    }

    #[test]
    fn counts_out_of_and_words() {
        assert_eq!(
            vals("About 26 out of 35 participating countries"),
            vec![s("26", "countries"), s("35", "countries")]
        );
        assert_eq!(
            vals("Twenty-six of the thirty-five countries"),
            vec![s("26", "countries"), s("35", "countries")]
        );
        assert_eq!(
            vals("the three countries' leaders"),
            vec![s("3", "countries")]
        );
    }

    #[test]
    fn a_whole_and_a_half_joined_by_hyphens_is_one_number() {
        let text = "They want four-and-a-half percent.";
        let fractions = "Mix 3/4 of the flour with 1 4/5 cups of water.";
        let got: Vec<(&str, FigureValue)> = find(fractions, None)
            .into_iter()
            .filter(|f| f.unit.is_none())
            .map(|f| (&fractions[f.start..f.end], f.value))
            .collect();
        assert!(got.contains(&("3/4", FigureValue::Number(0.75))), "{got:?}");
        assert!(
            got.contains(&("1 4/5", FigureValue::Number(1.8))),
            "{got:?}"
        );
        let found = find(text, Some(2025));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(&text[found[0].start..found[0].end], "four-and-a-half");
        assert_eq!(found[0].value, FigureValue::Number(4.5));
        assert_eq!(found[0].unit.as_deref(), Some("percent"));
    }

    #[test]
    fn names_codes_rates_and_a_half_are_read_as_such() {
        let text = "After the 9/11 anniversary a 24/7 hotline (call 555-0134) opened; one in five residents, half a million people, used it in the 2023-24 season, and 12 in six boxes were lost on 2025-02-30.";
        let mut found = find(text, Some(2025));
        found.sort_by_key(|f| f.start);
        let got: Vec<(&str, FigureValue)> = found
            .into_iter()
            .map(|f| (&text[f.start..f.end], f.value))
            .collect();
        assert_eq!(
            got,
            vec![
                ("half a million", FigureValue::Number(500_000.0)),
                ("2023", FigureValue::Date("2023".into())),
                ("12", FigureValue::Number(12.0)),
                ("six", FigureValue::Number(6.0)),
            ]
        );
    }

    #[test]
    fn an_unstated_number_of_an_order_keeps_its_words() {
        // "several thousand" is no thousand: the span holds "several" so
        // the comparison reads it as vague; "a thousand" is one.
        let text = "Several thousand people marched, a few hundred stayed and a thousand left; a couple of hundred slept there.";
        let found = find(text, Some(2025));
        let spans: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(
            spans,
            vec![
                "Several thousand",
                "a few hundred",
                "a thousand",
                "a couple of hundred"
            ]
        );
        assert_eq!(found[3].value, FigureValue::Number(200.0));
    }

    #[test]
    fn money_percent_and_points() {
        assert_eq!(vals("a $4.2bn deal"), vec![s("4200000000", "dollars")]);
        assert_eq!(
            vals("by 40 billion crowns over the next 12 months"),
            vec![s("40000000000", "crowns"), s("12", "months")]
        );
        assert_eq!(
            vals("cut by a quarter of a percentage point to 4.25%"),
            vec![s("0.25", "percentage points"), s("4.25", "percent")]
        );
        assert_eq!(
            vals("by twenty-five basis points"),
            vec![s("25", "basis points")]
        );
        assert_eq!(
            vals("three-quarters of a percentage point"),
            vec![s("0.75", "percentage points")]
        );
    }

    #[test]
    fn tallies_ranges_dates_and_non_figures() {
        assert_eq!(
            vals("voted 5–2 for the cut"),
            vec![s("5", "votes"), s("2", "votes")]
        );
        assert_eq!(
            vals("The committee voted five to two"),
            vec![s("5", "votes"), s("2", "votes")]
        );
        // Idioms, codes and counts that look like years.
        assert_eq!(
            vals("Tens of thousands of people marched"),
            vec![s("10000", "people")]
        );
        assert_eq!(vals("the river cuts the city in two."), vec![]);
        assert_eq!(vals("We will not pay them. Not one krona."), vec![]);
        assert_eq!(vals("Not one of the 12 pumps worked.").len(), 1);
        assert_eq!(vals("the code 2025-13-45 was shown"), vec![]);
        assert_eq!(vals("signed on 2025-03-14"), vec![s("2025-03-14", "date")]);
        assert_eq!(
            vals("some 2000 soldiers and the 2024 elections"),
            vec![s("2000", "soldiers"), s("2024", "date")]
        );
        // "vot" inside another word is no vote.
        assert!(
            vals("a pivotal 5-2 win")
                .iter()
                .all(|(_, u)| u.as_deref() != Some("votes"))
        );
        assert!(
            vals("his devoted five to two")
                .iter()
                .all(|(_, u)| u.as_deref() != Some("votes"))
        );
        // A measure voted on, then the larger side first: a tally; the
        // other way round it is a range.
        assert_eq!(
            vals("The budget went down 72 to 68 as the farmers' party walked out."),
            vec![s("72", "votes"), s("68", "votes")]
        );
        assert!(
            vals("The budget adds 10 to 12 weeks of leave.")
                .iter()
                .all(|(_, u)| u.as_deref() != Some("votes"))
        );
        assert_eq!(vals("due on 18 December"), vec![s("2025-12-18", "date")]);
        assert_eq!(vals("by mid-2026"), vec![s("2026", "date")]);
        // Older years where a preposition of time says so.
        assert_eq!(
            vals("It was built in 1163 and crowned kings since 1431."),
            vec![s("1163", "date"), s("1431", "date")]
        );
        assert_eq!(vals("seen in 1500 cases"), vec![s("1500", "cases")]);
        assert_eq!(
            vals("a one-on-one meeting at 4:25 PM after the Second World War"),
            vec![]
        );
        assert_eq!(vals("the G7 and COVID-19"), vec![]);
        assert_eq!(
            vals("a one-off cost, a one-sided deal and a one-stop shop"),
            vec![]
        );
        assert_eq!(vals("the seven-member committee"), vec![s("7", "members")]);
        assert_eq!(vals("a 16-year high"), vec![s("16", "years")]);
        assert_eq!(vals("It was the third cut this year"), vec![s("3", "cuts")]);
        assert_eq!(vals("600 crowns a year"), vec![s("600", "crowns per year")]);
        // A range's first end takes the unit and scale of the second.
        assert_eq!(
            vals("between 180 and 220 million euros, a margin of 2-4% and 5 to 6 per cent"),
            vec![
                s("180000000", "euros"),
                s("220000000", "euros"),
                s("2", "percent"),
                s("4", "percent"),
                s("5", "percent"),
                s("6", "percent")
            ]
        );
        // A time before, no rate.
        assert_eq!(
            vals("from 349 euros a year earlier"),
            vec![s("349", "euros")]
        );
    }
}
