//! Text helpers shared by alignment and extraction: folding (case, accents,
//! curly quotes, dashes), word tokens with byte offsets, stop words,
//! stemming, and numbers written in words turned into digits for keys.

use std::collections::HashSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

/// A word or number in a text, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Words and numbers of `text`: letters and digits, with inner apostrophes,
/// hyphens, and decimal points or thousands separators inside numbers.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let (_, d) = chars[j];
            if d.is_alphanumeric() {
                j += 1;
                continue;
            }
            let next_alnum = chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric());
            let prev = chars[j - 1].1;
            let joins = match d {
                '\'' | '’' => next_alnum && prev.is_alphabetic(),
                '-' => next_alnum,
                '.' | ',' => {
                    prev.is_ascii_digit()
                        && chars.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit())
                }
                _ => false,
            };
            if joins {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
        out.push(Token {
            text: &text[start..end],
            start,
            end,
        });
        i = j;
    }
    out
}

/// The last run of letters and digits in `text` ("" when it ends on
/// anything else).
pub fn last_word(text: &str) -> &str {
    text.rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Whether the text before a verb ends in a form of "to be", past an
/// adverb in -ly: the verb is then a passive participle ("Card was
/// accused", "Lee was reportedly quoted").
pub fn be_before(head: &str) -> bool {
    let head = head.trim_end();
    let mut word = last_word(head);
    if word.len() > 4 && word.to_lowercase().ends_with("ly") {
        word = last_word(head[..head.len() - word.len()].trim_end());
    }
    matches!(
        word.to_lowercase().as_str(),
        "was" | "were" | "is" | "are" | "been" | "being" | "be"
    )
}

/// Whether `rest` (the text right after something) opens with " of "
/// ("two-thirds of the vote", "thousands of people").
pub fn of_follows(rest: &str) -> bool {
    rest.get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case(" of "))
}

/// The first `max` bytes of `text` (fewer, to end on a character boundary).
pub fn head(text: &str, max: usize) -> &str {
    let mut to = max.min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[..to]
}

/// The last `max` bytes (or fewer, on a character boundary) of `text[..at]`:
/// enough context for regexes anchored at the end, without scanning the
/// whole paragraph for every match.
pub fn tail(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// The abbreviations that open Spanish, Filipino and French place names,
/// folded, without their stop ("Sta. Clara", "Sto. Tomas", "Pto. Galera",
/// "Brgy. San Isidro", "Ste. Foy"): no sentence ends on them, and a name
/// runs on past them.
pub const PLACE_ABBREVIATIONS: &[&str] = &["sta", "sto", "pto", "brgy", "ste"];

/// Lower case, accents removed, curly quotes and dashes made plain.
///
/// Character by character: a character's compatibility decomposition with
/// its combining marks dropped is what the whole text's would give (the
/// canonical reordering moves only marks), and most characters of news text
/// are ASCII, which need none.
pub fn fold(text: &str) -> String {
    let plain = |c: char| match c {
        '‘' | '’' | '‚' | '‛' | '′' => '\'',
        '“' | '”' | '„' | '‟' | '«' | '»' => '"',
        '–' | '—' | '‐' | '‑' | '‒' | '−' => '-',
        // Letters of their own that no decomposition reduces, written
        // without their stroke or dot by outlets that cannot type them:
        // Turkish dotless i ("Karlıova" / "Karliova"), the Polish and
        // Croatian barred l and d ("Łódź" / "Lodz", "Đoković" /
        // "Djokovic" starts with d either way), the Nordic o with a
        // stroke ("Tromsø" / "Tromso"), the Icelandic eth.
        'ı' => 'i',
        'ł' | 'Ł' => 'l',
        'đ' | 'Đ' | 'ð' | 'Ð' => 'd',
        'ø' | 'Ø' => 'o',
        _ => c,
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        // Letters written as two by outlets that cannot type them: the
        // Icelandic thorn ("Þingvellir" / "Thingvellir"), the ligatures
        // ("Færøerne" / "Faeroerne", "Œuvre" / "Oeuvre") and the German
        // sharp s ("Straße" / "Strasse").
        let two = match c {
            'þ' | 'Þ' => "th",
            'æ' | 'Æ' => "ae",
            'œ' | 'Œ' => "oe",
            'ß' | 'ẞ' => "ss",
            _ => "",
        };
        if !two.is_empty() {
            out.push_str(two);
            continue;
        }
        for d in std::iter::once(c).nfkd() {
            if !unicode_normalization::char::is_combining_mark(d) {
                out.extend(plain(d).to_lowercase());
            }
        }
    }
    out
}

static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../assets/lexicons/stopwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// A function word that carries no content.
pub fn is_stop(folded_word: &str) -> bool {
    STOP.contains(folded_word)
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

type Memo = std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Box<str>>>;

/// `make(word)`, kept in `cache` (up to a bound): versions of one story
/// repeat their words many times over.
fn memo(
    cache: &'static std::thread::LocalKey<Memo>,
    word: &str,
    make: impl FnOnce(&str) -> String,
) -> String {
    const KEPT: usize = 200_000;
    if let Some(s) = cache.with_borrow(|m| m.get(word).map(|s| s.to_string())) {
        return s;
    }
    let s = make(word);
    cache.with_borrow_mut(|m| {
        if m.len() >= KEPT {
            m.clear();
        }
        m.insert(word.into(), s.as_str().into());
    });
    s
}

thread_local! {
    static STEMS: Memo = Default::default();
    static TERMS: Memo = Default::default();
}

/// Snowball English stem of a folded word, kept per thread.
pub fn stem(folded_word: &str) -> String {
    memo(&STEMS, folded_word, |w| STEMMER.stem(w).into_owned())
}

/// The key a folded word counts under in similarity: its stem, British and
/// American spellings made one ([`one_spelling`]). Every comparison of
/// terms (links, their weights, the words shown for them) goes through
/// this, so that all of them agree.
pub fn term(folded_word: &str) -> String {
    memo(&TERMS, folded_word, |w| stem(&one_spelling(w)))
}

/// Small numbers written as words, for similarity keys ("twenty-six" and
/// "26" give the same key). Figures use text2num for the full grammar.
pub fn small_number(word: &str) -> Option<u32> {
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|u| *u == word) {
        return Some(i as u32);
    }
    if let Some(i) = TENS.iter().position(|t| *t == word) {
        return Some(20 + 10 * i as u32);
    }
    let (a, b) = word.split_once('-')?;
    let t = TENS.iter().position(|t| *t == a)?;
    let u = UNITS
        .iter()
        .position(|u| *u == b)
        .filter(|u| (1..10).contains(u))?;
    Some(20 + 10 * t as u32 + u as u32)
}

/// Canonical form of a number token: "4.50" and "4.5" agree, "1,200" is "1200".
pub fn canonical_number(token: &str) -> Option<String> {
    let cleaned: String = token.chars().filter(|c| *c != ',').collect();
    let v: f64 = cleaned.parse().ok()?;
    Some(format_number(v))
}

/// A number as a reader reads it: thousands grouped with commas
/// ("1,210,000,000"; "4.5"; "-12,500.25").
pub fn display_number(v: f64) -> String {
    let plain = format_number(v);
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", plain.as_str()),
    };
    let (whole, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Shortest decimal text of a number.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Of a line's words of four letters or more, how many open with a
/// capital and how many there are: how headlines and sub-headings set in
/// title case tell themselves from prose ("Fire Kills Two, Injures
/// Seven").
pub fn capitalised_words(text: &str) -> (usize, usize) {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .fold((0, 0), |(capital, long), w| {
            let up = w
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase);
            (capital + usize::from(up), long + 1)
        })
}

/// Content keys of a text for similarity: folded, stop words dropped,
/// numbers canonical, words stemmed.
pub fn content_terms(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    for t in tokens(&folded) {
        let w = t.text.trim_end_matches("'s");
        if w.is_empty() {
            continue;
        }
        if w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && let Some(n) = canonical_number(w)
        {
            out.push(n);
            continue;
        }
        if let Some(n) = small_number(w) {
            out.push(n.to_string());
            continue;
        }
        if is_stop(w) || w.chars().count() < 2 {
            continue;
        }
        // Hyphenated words count as their parts ("video-link" = "video link").
        if w.contains('-') {
            for part in w.split('-').filter(|p| p.len() >= 2 && !is_stop(p)) {
                out.push(term(part));
            }
        } else {
            out.push(term(w));
        }
    }
    out
}

/// British and American spellings of one word as one key ("organisers" /
/// "organizers", "centre" / "center", "defence" / "defense", "labour" /
/// "labor", "cancelled" / "canceled"). The rewrite is applied to every
/// word alike, so words spelled one way only ("rise", "science") only
/// change their key, never meet another word.
pub fn one_spelling(folded_word: &str) -> std::borrow::Cow<'_, str> {
    let w = folded_word;
    // Words whose British spelling follows no rule of its ending.
    let word = match w {
        "storey" => Some("story"),
        "storeys" => Some("stories"),
        "programme" => Some("program"),
        "programmes" => Some("programs"),
        "tyre" => Some("tire"),
        "tyres" => Some("tires"),
        "kerb" => Some("curb"),
        "grey" => Some("gray"),
        "aluminium" => Some("aluminum"),
        "cheque" => Some("check"),
        "cheques" => Some("checks"),
        _ => None,
    };
    if let Some(us) = word {
        return std::borrow::Cow::Borrowed(us);
    }
    let n = w.chars().count();
    let swap = |stem_len: usize, to: &str, rest: &str| -> String {
        format!("{}{to}{rest}", &w[..stem_len])
    };
    // -ise / -isation / -iser: -ize.
    for end in [
        "ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers",
    ] {
        if n > end.len() + 1
            && let Some(head) = w.strip_suffix(end)
        {
            return swap(head.len(), "iz", &end[2..]).into();
        }
    }
    // -our: -or ("colour", "labour", "harbour"; not "hour", "four").
    for end in ["our", "ours", "oured", "ouring", "ourite", "ourable"] {
        if n >= end.len() + 3
            && let Some(head) = w.strip_suffix(end)
        {
            return swap(head.len(), "or", &end[3..]).into();
        }
    }
    // -tre / -bre: -ter / -ber ("centre", "metres", "fibre").
    for (end, to) in [
        ("tre", "ter"),
        ("tres", "ters"),
        ("bre", "ber"),
        ("bres", "bers"),
    ] {
        if n >= 5
            && let Some(head) = w.strip_suffix(end)
        {
            return format!("{head}{to}").into();
        }
    }
    // -ence: -ense ("defence", "offence", "licence").
    for (end, to) in [("ence", "ense"), ("ences", "enses")] {
        if let Some(head) = w.strip_suffix(end) {
            return format!("{head}{to}").into();
        }
    }
    // A doubled l before -ed, -ing, -er ("travelled", "cancelling").
    for end in ["lled", "lling", "ller", "llers"] {
        if n >= end.len() + 5
            && let Some(head) = w.strip_suffix(end)
        {
            return format!("{head}l{}", &end[2..]).into();
        }
    }
    std::borrow::Cow::Borrowed(w)
}

/// The first match of an end-anchored pattern whose named groups keep within
/// their lengths in characters, looking only at the last `window` bytes.
///
/// A bounded repeat of a Unicode class (`[\p{L} ]{0,40}`) compiles to one copy
/// of the class per repeat, and a few such patterns cost more at start-up than
/// cleaning a whole page. Patterns therefore say `[\p{L} ]*` and name the
/// group; this walks the matches from left to right, as the bounded pattern
/// would, and keeps the first one within `limits`.
pub fn tail_match<'t>(
    re: &crate::rx::Regex,
    text: &'t str,
    window: usize,
    limits: &[(&str, usize)],
) -> Option<crate::rx::Captures<'t>> {
    let mut at = text.len().saturating_sub(window);
    while !text.is_char_boundary(at) {
        at += 1;
    }
    while at <= text.len() {
        let c = re.captures_at(text, at)?;
        let start = c.get(0)?.start();
        let within = limits.iter().all(|(group, max)| {
            c.name(group)
                .is_none_or(|m| m.as_str().chars().count() <= *max)
        });
        if within {
            return Some(c);
        }
        at = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {

    #[test]
    fn numbers_for_readers_group_their_thousands() {
        assert_eq!(display_number(1_210_000_000.0), "1,210,000,000");
        assert_eq!(display_number(4800.0), "4,800");
        assert_eq!(display_number(999.0), "999");
        assert_eq!(display_number(-12500.25), "-12,500.25");
        assert_eq!(display_number(4.5), "4.5");
    }

    use super::*;

    #[test]
    fn letters_with_a_stroke_or_without_a_dot_fold_to_their_plain_letter() {
        assert_eq!(fold("Karlıova"), "karliova");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Tromsø"), "tromso");
        assert_eq!(fold("Đoković"), "dokovic");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("Þórshöfn"), "thorshofn");
        assert_eq!(fold("Bahnhofstraße"), "bahnhofstrasse");
        assert_eq!(fold("Ærø"), "aero");
    }

    #[test]
    fn british_and_american_spellings_give_one_key() {
        for (a, b) in [
            ("organisers", "organizers"),
            ("centre", "center"),
            ("metres", "meters"),
            ("defence", "defense"),
            ("labour", "labor"),
            ("harbours", "harbors"),
            ("cancelled", "canceled"),
            ("travelling", "traveling"),
            ("criticised", "criticized"),
        ] {
            assert_eq!(content_terms(a), content_terms(b), "{a} / {b}");
        }
        for (a, b) in [("hour", "hor"), ("filled", "filed"), ("rise", "rize")] {
            assert_ne!(one_spelling(a), one_spelling(b), "{a} / {b}");
        }
    }

    #[test]
    fn tail_match_keeps_the_first_match_within_its_limits() {
        let re = crate::rx::Regex::new(r"(?:\.\s*|\s-\s)(?P<name>\p{Lu}[\p{L} -]*)$").unwrap();
        // The first candidate ("Aaaa … Ffff - Reuters") is too long; the
        // bounded pattern would have gone on to "Reuters".
        let text = "He left. Aaaa Bbbb Cccc Dddd Eeee Ffff Gggg - Reuters";
        let m = tail_match(&re, text, 320, &[("name", 20)]).unwrap();
        assert_eq!(&m["name"], "Reuters");
        assert!(tail_match(&re, text, 320, &[("name", 3)]).is_none());
        // Only the window is searched, on a character boundary.
        let long = format!("{}. Émile Zola", "é".repeat(500));
        assert_eq!(
            &tail_match(&re, &long, 21, &[("name", 20)]).unwrap()["name"],
            "Émile Zola"
        );
    }

    #[test]
    fn tokens_keep_offsets_numbers_and_apostrophes() {
        let t = tokens("Europe’s 1,200.5 pledges—aren't re-elected.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            vec!["Europe’s", "1,200.5", "pledges", "aren't", "re-elected"]
        );
        assert_eq!(&"Europe’s 1,200.5"[t[1].start..t[1].end], "1,200.5");
    }

    #[test]
    fn fold_removes_accents_and_curly_quotes() {
        assert_eq!(fold("Koriček’s “Élysée”"), "koricek's \"elysee\"");
    }

    #[test]
    fn content_terms_normalise_numbers_and_stems() {
        assert_eq!(content_terms("Twenty-six countries"), vec!["26", "countri"]);
        assert_eq!(content_terms("26 Countries"), vec!["26", "countri"]);
        assert_eq!(content_terms("4.50% and 4.5%"), vec!["4.5", "4.5"]);
        assert!(content_terms("the said of").is_empty());
    }
}
