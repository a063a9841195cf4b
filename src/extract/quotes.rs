//! Direct quotations and who said them. Quotation marks of every usual kind
//! are paired (curly, straight, guillemets, British single quotes told apart
//! from apostrophes); a quotation left open at a paragraph's end runs on into
//! the next paragraph that opens with a mark. Names and titles of works in
//! quotation marks are not quotations, nor are scare quotes: a quotation of
//! a few words counts only when the sentence attributes it. The speaker is
//! found from the cue verb ("X said", "said X", "X told reporters",
//! "according to X", "X: …"), and a pronoun or role ("he said", "the
//! Ukrainian leader added") is resolved to the person it points to.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::LEXICON;
use crate::model::{Entity, EntityKind, Fidelity, Quote, Version};
use crate::text::fold;

/// A quotation found in a paragraph, before attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Byte range of the words inside the marks.
    pub start: usize,
    pub end: usize,
    /// Byte range including the marks.
    pub outer_start: usize,
    pub outer_end: usize,
    /// The quotation is still open at the paragraph's end.
    pub open_end: bool,
    /// The paragraph opened with a mark that continues an earlier quotation.
    pub continues: bool,
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‘' | '‹' | '"' | '\'')
}

fn closing_for(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '"', '“'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '‹' => &['›'],
        '‘' => &['’'],
        '"' => &['"', '”'],
        '\'' => &['\''],
        _ => &[],
    }
}

/// Can a mark at byte `i` open a quotation? (start, or after a space or an
/// opening bracket or dash, and followed by a word character or mark).
fn opens_at(text: &str, i: usize, c: char) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + c.len_utf8()..].chars().next();
    let ok_before =
        before.is_none_or(|b| b.is_whitespace() || "([{—–-:/".contains(b) || is_open_mark(b));
    let ok_after = after.is_some_and(|a| !a.is_whitespace());
    match c {
        '“' | '„' | '«' | '‹' => ok_after,
        _ => ok_before && ok_after,
    }
}

/// Can the mark at byte `i` close a quotation? Single marks must not be
/// apostrophes: not followed by a letter ("it’s"), and not after "s" when a
/// possessive is likelier.
fn closes_at(text: &str, i: usize, c: char) -> bool {
    let after = text[i + c.len_utf8()..].chars().next();
    let before = text[..i].chars().next_back();
    if before.is_none_or(char::is_whitespace) && !matches!(c, '”' | '»' | '›') {
        return false;
    }
    match c {
        '’' | '\'' => after.is_none_or(|a| !a.is_alphanumeric()),
        '"' => after.is_none_or(|a| !a.is_alphanumeric()),
        _ => true,
    }
}

/// Quotations in one paragraph. `open_from_before` says a quotation is still
/// open from the previous paragraph.
pub fn spans(text: &str, open_from_before: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    // A paragraph that continues an open quotation without a new mark.
    if open_from_before && !text.trim_start().starts_with(is_open_mark) {
        if let Some(end) = chars
            .iter()
            .find(|(i, c)| matches!(c, '”' | '"' | '»') && closes_at(text, *i, *c))
        {
            out.push(Span {
                start: 0,
                end: end.0,
                outer_start: 0,
                outer_end: end.0 + end.1.len_utf8(),
                open_end: false,
                continues: true,
            });
            k = chars
                .iter()
                .position(|(i, _)| *i == end.0)
                .map_or(chars.len(), |p| p + 1);
        }
    }
    while k < chars.len() {
        let (i, c) = chars[k];
        if !is_open_mark(c) || !opens_at(text, i, c) {
            k += 1;
            continue;
        }
        let closers = closing_for(c);
        let mut depth = 0;
        let mut close = None;
        for &(j, d) in &chars[k + 1..] {
            // A nested quotation of the other kind is skipped.
            if (c == '“' && d == '‘') || (c == '"' && d == '\'') || (c == '‘' && d == '“') {
                if opens_at(text, j, d) {
                    depth += 1;
                }
                continue;
            }
            if depth > 0 && ((c == '“' || c == '"') && d == '’' || c == '‘' && d == '”') {
                if closes_at(text, j, d) {
                    depth -= 1;
                }
                continue;
            }
            if closers.contains(&d)
                && closes_at(text, j, d)
                && !(d == '“' && c == '“' && opens_at(text, j, d))
            {
                close = Some((j, d));
                break;
            }
        }
        let start = i + c.len_utf8();
        match close {
            Some((j, d)) => {
                out.push(Span {
                    start,
                    end: j,
                    outer_start: i,
                    outer_end: j + d.len_utf8(),
                    open_end: false,
                    continues: open_from_before && out.is_empty() && text[..i].trim().is_empty(),
                });
                k = chars
                    .iter()
                    .position(|(p, _)| *p == j)
                    .map_or(chars.len(), |p| p + 1);
            }
            None => {
                // Double marks left open run to the paragraph's end (a
                // quotation that goes on in the next paragraph); a lone
                // single mark is an apostrophe.
                if matches!(c, '“' | '"' | '«' | '„')
                    && text[start..].split_whitespace().count() >= 3
                {
                    out.push(Span {
                        start,
                        end: text.len(),
                        outer_start: i,
                        outer_end: text.len(),
                        open_end: true,
                        continues: open_from_before
                            && out.is_empty()
                            && text[..i].trim().is_empty(),
                    });
                    break;
                }
                k += 1;
            }
        }
    }
    out
}

static SO_CALLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(so-called|so called|dubbed|called|named|entitled|titled|known as|the word|the term|the phrase|the slogan|the hashtag|labelled|labeled|branded)\s*$")
        .expect("valid regex")
});
static WORK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(book|film|movie|song|album|novel|play|series|documentary|programme|program|show|article|headline|slogan|hashtag|campaign|report|poem|painting|opera|podcast|exhibition|operation)\b[^.]{0,20}$")
        .expect("valid regex")
});

/// A name or title in quotation marks, or a scare quote, rather than words
/// someone said.
fn not_a_quotation(text: &str, para: &str, span: &Span, entity_names: &[String]) -> bool {
    let inner = text.trim().trim_end_matches([',', '.', ';', ':']);
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.is_empty() {
        return true;
    }
    let before = &para[..span.outer_start];
    if SO_CALLED.is_match(before) {
        return true;
    }
    if words.len() <= 8 {
        let folded = fold(inner);
        if entity_names.iter().any(|n| *n == folded) {
            return true;
        }
        let caps = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let small = words
            .iter()
            .filter(|w| {
                matches!(
                    **w,
                    "of" | "the" | "a" | "an" | "and" | "in" | "on" | "for" | "to" | "at" | "by"
                )
            })
            .count();
        let title_case = words.len() >= 2
            && caps + small == words.len()
            && caps >= 2
            && !inner.ends_with(['!', '?']);
        if title_case
            || WORK_BEFORE.is_match(before) && caps >= 1 && words.len() <= 8 && !inner.contains(',')
        {
            return true;
        }
    }
    false
}

/// A cue verb at a position in the paragraph.
#[derive(Debug, Clone)]
struct Cue {
    start: usize,
    end: usize,
    word: String,
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}'’-]+").expect("valid regex"));
static ACCORDING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\baccording to\b").expect("valid regex"));
static ROLE_NP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the|his|her|their|a|an)\s+((?:[\p{L}'’-]+\s+){0,3})([\p{L}-]+)\s*$")
        .expect("valid regex")
});
static PRONOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(he|she|they|it|we|i)\s+(?:(?:was|were|is|are|has|had|have|also|later|then|previously|once|again|would|will)\s+)*$").expect("valid regex")
});
static PRONOUN_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(he|she|they|it|we|i)\b").expect("valid regex"));

/// Cue verbs in `text[from..to]`, outside quotations.
fn cues_in(text: &str, from: usize, to: usize, quoted: &[(usize, usize)]) -> Vec<Cue> {
    let mut out = Vec::new();
    for m in WORD.find_iter(&text[from..to]) {
        let (s, e) = (from + m.start(), from + m.end());
        if quoted.iter().any(|(a, b)| s >= *a && e <= *b) {
            continue;
        }
        let w = m.as_str().to_lowercase();
        if LEXICON.verbs.contains_key(&w) {
            out.push(Cue {
                start: s,
                end: e,
                word: m.as_str().to_string(),
            });
        }
    }
    for m in ACCORDING.find_iter(&text[from..to]) {
        let (s, e) = (from + m.start(), from + m.end());
        if !quoted.iter().any(|(a, b)| s >= *a && e <= *b) {
            out.push(Cue {
                start: s,
                end: e,
                word: "according to".to_string(),
            });
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// Person mentions known to the extractor, per paragraph: (start, end, entity index).
type MentionIndex = HashMap<(usize, usize), Vec<(usize, usize, usize)>>;

fn mention_index(entities: &[Entity]) -> MentionIndex {
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

/// Is the mark at byte `i` the end of a sentence (not the stop of "U.S."
/// or "Mr.")?
fn sentence_end_at(text: &str, i: usize) -> bool {
    let next = text[i + 1..].chars().next();
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
fn sentence_bounds(text: &str, a: usize, b: usize, quoted: &[(usize, usize)]) -> (usize, usize) {
    let inside = |i: usize| quoted.iter().any(|(s, e)| i > *s && i < *e);
    let mut start = 0;
    for (i, c) in text[..a].char_indices() {
        if matches!(c, '.' | '!' | '?') && !inside(i) && sentence_end_at(text, i) {
            start = i + 1;
        }
    }
    let mut end = text.len();
    for (i, c) in text[b..].char_indices() {
        let p = b + i;
        if matches!(c, '.' | '!' | '?') && !inside(p) && sentence_end_at(text, p) {
            end = p + 1;
            break;
        }
    }
    (start, end)
}

/// Speaker state carried through a version: who was talked about last.
#[derive(Debug, Default, Clone)]
struct Salience {
    /// The last person who was the subject of a sentence or a speech verb.
    subject: Option<usize>,
    /// The last person mentioned at all.
    last: Option<usize>,
    /// Nationality or role words seen with each person.
    about: HashMap<usize, Vec<String>>,
}

/// Extract every quotation of every version, with speaker and cue.
pub fn extract(versions: &[Version], entities: &[Entity]) -> Vec<Quote> {
    let idx = mention_index(entities);
    let names: Vec<String> = entities
        .iter()
        .flat_map(|e| std::iter::once(fold(&e.name)).chain(e.variants.iter().map(|v| fold(v))))
        .collect();
    let mut out = Vec::new();
    for (vi, v) in versions.iter().enumerate() {
        let mut sal = Salience::default();
        let mut open = false;
        let mut chain_speaker: Option<(Option<String>, Option<String>)> = None;
        let mut chain_start: Option<usize> = None;
        for (pi, p) in v.paragraphs.iter().enumerate() {
            let text = &p.text;
            let mentions = idx.get(&(vi, pi)).cloned().unwrap_or_default();
            let found = spans(text, open);
            let quoted: Vec<(usize, usize)> =
                found.iter().map(|s| (s.outer_start, s.outer_end)).collect();
            let mut prev_in_para: Option<(Option<String>, Option<String>)> = None;
            let mut cursor = 0; // salience is updated up to here
            for s in &found {
                update_salience(
                    &mut sal,
                    text,
                    &mentions,
                    entities,
                    cursor,
                    s.outer_start,
                    &quoted,
                );
                cursor = s.outer_end;
                let inner = &text[s.start..s.end];
                let (a, b) = trim_quote(text, s.start, s.end);
                if b <= a {
                    continue;
                }
                if !s.continues && not_a_quotation(inner, text, s, &names) {
                    continue;
                }
                let (sent_a, sent_b) = sentence_bounds(text, s.outer_start, s.outer_end, &quoted);
                let cues = cues_in(text, sent_a, sent_b, &quoted);
                let short = text[a..b].split_whitespace().count() <= 3;
                let attributed = attribute(
                    text, s, &cues, &mentions, entities, &sal, &quoted, sent_a, sent_b,
                );
                // A quotation that is a sentence of its own continues the last speaker.
                let own_sentence = text[sent_a..s.outer_start].trim().is_empty()
                    && text[s.outer_end..sent_b.max(s.outer_end)]
                        .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                        .is_empty();
                let (speaker, cue) = match attributed {
                    // A few words in marks with no verb of saying are scare quotes.
                    Some((_, None)) if short && !own_sentence && !s.continues => continue,
                    Some(sc) => sc,
                    None if s.continues => chain_speaker.clone().unwrap_or((None, None)),
                    None if own_sentence => prev_in_para
                        .clone()
                        .or_else(|| {
                            sal.subject
                                .filter(|_| text[..s.outer_start].trim().is_empty())
                                .map(|e| (Some(entities[e].id.clone()), None))
                        })
                        .unwrap_or((None, None)),
                    None if short => continue, // a scare quote
                    None => prev_in_para
                        .clone()
                        .filter(|_| {
                            text[..s.outer_start].trim().is_empty()
                                || ends_previous_quote(text, &quoted, s.outer_start)
                        })
                        .unwrap_or((None, None)),
                };
                prev_in_para = Some((speaker.clone(), cue.clone()));
                if s.open_end || s.continues {
                    chain_speaker = Some((speaker.clone(), cue.clone()));
                    chain_start.get_or_insert(out.len());
                }
                out.push(Quote {
                    version: vi,
                    paragraph: pi,
                    text: text[a..b].to_string(),
                    speaker: speaker.clone(),
                    cue,
                    group: 0,
                    fidelity: Fidelity::Exact,
                    start: a,
                    end: b,
                    changed_words: Vec::new(),
                });
                if let Some(sp) = &speaker
                    && let Some(ei) = entities
                        .iter()
                        .position(|e| &e.id == sp && e.kind == EntityKind::Person)
                {
                    sal.subject = Some(ei);
                }
            }
            update_salience(
                &mut sal,
                text,
                &mentions,
                entities,
                cursor,
                text.len(),
                &quoted,
            );
            open = found.last().is_some_and(|s| s.open_end);
            if !open {
                // A chain without attribution in its first part takes the speaker found later.
                if let Some(from) = chain_start.take() {
                    backfill_chain(&mut out, from);
                }
                chain_speaker = None;
            }
        }
        if let Some(from) = chain_start.take() {
            backfill_chain(&mut out, from);
        }
    }
    out
}

/// Parts of a multi-paragraph quotation (from `from` on) share the speaker
/// found in any part.
fn backfill_chain(out: &mut [Quote], from: usize) {
    let Some(found) = out[from..]
        .iter()
        .find_map(|q| q.speaker.clone().map(|s| (s, q.cue.clone())))
    else {
        return;
    };
    for q in &mut out[from..] {
        if q.speaker.is_none() {
            q.speaker = Some(found.0.clone());
            if q.cue.is_none() {
                q.cue = found.1.clone();
            }
        }
    }
}

/// Is the quotation at `at` right after another one in the same sentence
/// run ("…,” he said. “Only pressure works.”)?
fn ends_previous_quote(text: &str, quoted: &[(usize, usize)], at: usize) -> bool {
    quoted
        .iter()
        .any(|(_, e)| *e <= at && text[*e..at].split_whitespace().count() <= 6)
}

/// Words inside the marks, without the trailing comma and spaces.
fn trim_quote(text: &str, a: usize, b: usize) -> (usize, usize) {
    let inner = &text[a..b];
    let lead = inner.len() - inner.trim_start().len();
    let t = inner.trim_end();
    let t = t.trim_end_matches([',', ';', ':', ' ']);
    (a + lead, a + t.len())
}

/// Record who is talked about between `from` and `to` (outside quotations).
fn update_salience(
    sal: &mut Salience,
    text: &str,
    mentions: &[(usize, usize, usize)],
    entities: &[Entity],
    from: usize,
    to: usize,
    quoted: &[(usize, usize)],
) {
    for &(s, e, ei) in mentions {
        if s < from || e > to || quoted.iter().any(|(a, b)| s >= *a && e <= *b) {
            continue;
        }
        if entities[ei].kind != EntityKind::Person {
            continue;
        }
        sal.last = Some(ei);
        if is_subject(text, s, e) {
            sal.subject = Some(ei);
        }
        // Words describing the person just before the name ("Ukrainian President").
        let before = &text[..s];
        let desc: Vec<String> = before
            .split_whitespace()
            .rev()
            .take(3)
            .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .collect();
        sal.about.entry(ei).or_default().extend(desc);
    }
}

/// A mention is a subject when it starts its sentence (after titles) or a
/// speech verb follows it.
fn is_subject(text: &str, s: usize, e: usize) -> bool {
    let after: String = text[e..].chars().take(40).collect();
    let next_word = after
        .split_whitespace()
        .next()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    if LEXICON.verbs.contains_key(&next_word) {
        return true;
    }
    let before = text[..s].trim_end();
    let start_of_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '"', '”']);
    if start_of_sentence {
        return true;
    }
    // Only titles and demonyms between the sentence start and the name.
    let tail: Vec<&str> = before
        .rsplit(['.', '!', '?'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    !tail.is_empty()
        && tail.len() <= 4
        && tail.iter().all(|w| {
            let f = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
            LEXICON.is_title_word(&f)
                || LEXICON.demonyms.contains_key(&f)
                || LEXICON.known(w).is_some()
                || w.chars().next().is_some_and(char::is_uppercase)
        })
}

/// Find the speaker and cue of a quotation: a cue verb in its sentence and
/// the subject next to it, "according to X", a colon after a name, or the
/// sentence's subject when the quotation is partial.
#[allow(clippy::too_many_arguments)]
fn attribute(
    text: &str,
    s: &Span,
    cues: &[Cue],
    mentions: &[(usize, usize, usize)],
    entities: &[Entity],
    sal: &Salience,
    quoted: &[(usize, usize)],
    sent_a: usize,
    sent_b: usize,
) -> Option<(Option<String>, Option<String>)> {
    let outside = |m: &(usize, usize, usize)| !quoted.iter().any(|(a, b)| m.0 >= *a && m.1 <= *b);
    let speaking = |ei: usize| {
        matches!(
            entities[ei].kind,
            EntityKind::Person | EntityKind::Organization
        )
    };
    let id = |ei: usize| Some(entities[ei].id.clone());
    // A quotation that opens its sentence is attributed after it (", he
    // said"); one embedded in a sentence by the verb before it ("X said the
    // bank was “…”"). "According to" names a source: it comes last.
    let opens_sentence = text[sent_a..s.outer_start].trim().is_empty();
    let after_ok = |c: &&Cue| {
        let between = &text[s.outer_end..c.start.max(s.outer_end)];
        c.start >= s.outer_end
            && between.split_whitespace().count() <= 10
            && !between.split_whitespace().any(|w| {
                matches!(
                    w.trim_matches(|ch: char| !ch.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
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
                )
            })
    };
    let before_ok = |c: &&Cue| {
        c.end <= s.outer_start && text[c.end..s.outer_start].split_whitespace().count() <= 15
    };
    let mut ordered: Vec<&Cue> = Vec::new();
    let afters: Vec<&Cue> = cues
        .iter()
        .filter(|c| c.word != "according to")
        .filter(after_ok)
        .collect();
    let mut befores: Vec<&Cue> = cues
        .iter()
        .filter(|c| c.word != "according to")
        .filter(before_ok)
        .collect();
    befores.reverse();
    if opens_sentence {
        ordered.extend(afters);
        ordered.extend(befores);
    } else {
        ordered.extend(befores);
        ordered.extend(afters);
    }
    ordered.extend(cues.iter().filter(|c| c.word == "according to"));
    let mut fallback_cue: Option<String> = None;
    for cue in ordered {
        if cue.word == "according to" {
            // The mention right after "according to".
            if let Some(m) = mentions
                .iter()
                .find(|m| m.0 >= cue.end && m.0 - cue.end <= 40 && outside(m) && speaking(m.2))
            {
                return Some((id(m.2), Some(cue.word.clone())));
            }
            if let Some(ei) = role_after(text, cue.end, sal, entities) {
                return Some((id(ei), Some(cue.word.clone())));
            }
            fallback_cue.get_or_insert(cue.word.clone());
            continue;
        }
        // Subject before the verb: "Mr Halvik said", "he said", "the leader added".
        let clause_start = if cue.start >= s.outer_end {
            s.outer_end
        } else {
            sent_a
        };
        let before_verb = &text[clause_start..cue.start];
        let cands: Vec<&(usize, usize, usize)> = mentions
            .iter()
            .filter(|m| m.1 <= cue.start && m.0 >= clause_start && outside(m) && speaking(m.2))
            .filter(|m| {
                let between = &text[m.1..cue.start];
                between.split_whitespace().count() <= 10 && !between.contains(['"', '“', '”'])
            })
            .collect();
        // "Subject, joined by Y, said": the name at the clause start, not the one in the aside.
        let subj = match cands.first() {
            Some(first)
                if cands.len() > 1
                    && is_subject(text, first.0, first.1)
                    && text[first.1..cue.start].trim_start().starts_with(',')
                    && text[first.1..cue.start].trim_end().ends_with(',') =>
            {
                Some(**first)
            }
            _ => cands.last().copied().copied().filter(|m| {
                let between = text[m.1..cue.start].trim();
                between.is_empty()
                    || between.starts_with(',')
                    || between.split_whitespace().count() <= 3
            }),
        };
        if let Some(m) = subj {
            return Some((id(m.2), Some(cue.word.clone())));
        }
        if PRONOUN_BEFORE.is_match(before_verb) {
            let who = pronoun_target(
                &PRONOUN_BEFORE
                    .captures(before_verb)
                    .map(|c| c[1].to_lowercase())
                    .unwrap_or_default(),
                sal,
            );
            if who.is_some() {
                return Some((who.map(|e| entities[e].id.clone()), Some(cue.word.clone())));
            }
        }
        if let Some(c) = ROLE_NP.captures(before_verb)
            && is_role(&c[2])
            && !c[0].trim_start().to_lowercase().starts_with("a ")
            && !c[0].trim_start().to_lowercase().starts_with("an ")
            && let Some(e) = resolve_role(&format!("{} {}", &c[1], &c[2]), sal, entities)
        {
            return Some((Some(entities[e].id.clone()), Some(cue.word.clone())));
        }
        // Subject after the verb: "said Lena Sorvik", "said the mayor".
        if let Some(m) = mentions.iter().find(|m| {
            m.0 >= cue.end
                && m.0 - cue.end <= 30
                && m.1 <= sent_b.max(cue.end)
                && outside(m)
                && speaking(m.2)
                && !text[cue.end..m.0].contains(['"', '“', ','].as_ref())
        }) {
            return Some((id(m.2), Some(cue.word.clone())));
        }
        let after_verb = &text[cue.end..sent_b.max(cue.end)];
        if PRONOUN_AFTER.is_match(after_verb) {
            let p = PRONOUN_AFTER
                .captures(after_verb)
                .map(|c| c[1].to_lowercase())
                .unwrap_or_default();
            if let Some(e) = pronoun_target(&p, sal) {
                return Some((Some(entities[e].id.clone()), Some(cue.word.clone())));
            }
        }
        if let Some(ei) = role_after(text, cue.end, sal, entities) {
            return Some((id(ei), Some(cue.word.clone())));
        }
        // A verb with no subject we can name ("a source said", "officials said").
        fallback_cue.get_or_insert(cue.word.clone());
    }
    // "Name: “…”" introduces a quotation.
    let lead = text[sent_a..s.outer_start].trim_end();
    if lead.ends_with(':')
        && let Some(m) = mentions
            .iter()
            .filter(|m| m.1 <= s.outer_start && m.0 >= sent_a && outside(m) && speaking(m.2))
            .max_by_key(|m| m.1)
    {
        return Some((id(m.2), None));
    }
    // A partial quotation inside a sentence about someone: its subject.
    if s.outer_start > sent_a
        && let Some(m) = mentions
            .iter()
            .filter(|m| {
                m.1 <= s.outer_start
                    && m.0 >= sent_a
                    && outside(m)
                    && entities[m.2].kind == EntityKind::Person
            })
            .min_by_key(|m| m.0)
    {
        return Some((id(m.2), None));
    }
    fallback_cue.map(|c| (None, Some(c)))
}

fn is_role(word: &str) -> bool {
    let w = fold(word);
    LEXICON.role_nouns.contains(&w) || LEXICON.offices.contains(&w)
}

/// "said the Ukrainian leader": a role noun phrase right after the verb.
fn role_after(text: &str, from: usize, sal: &Salience, entities: &[Entity]) -> Option<usize> {
    static NP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*,?\s*(?:the|his|her|their|a|an)\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}-]+)\b",
        )
        .expect("valid regex")
    });
    let c = NP.captures(&text[from..])?;
    if !is_role(&c[2]) {
        return None;
    }
    if c[0]
        .trim_start()
        .trim_start_matches(',')
        .trim_start()
        .to_lowercase()
        .starts_with("a")
        && !c[0].to_lowercase().contains("the")
    {
        return None; // "said a spokesperson": someone unnamed
    }
    resolve_role(&format!("{} {}", &c[1], &c[2]), sal, entities)
}

/// Resolve "the Ukrainian leader" to a person: one described with those
/// words, else the last subject.
fn resolve_role(desc: &str, sal: &Salience, entities: &[Entity]) -> Option<usize> {
    let words: Vec<String> = desc
        .split_whitespace()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "the" | "his" | "her" | "their"))
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect();
    if !words.is_empty() {
        let mut best: Option<(usize, usize)> = None;
        for (ei, about) in &sal.about {
            let hits = words.iter().filter(|w| about.contains(w)).count();
            if hits > 0 && best.is_none_or(|(_, h)| hits > h) {
                best = Some((*ei, hits));
            }
        }
        if let Some((ei, _)) = best
            && entities[ei].kind == EntityKind::Person
        {
            return Some(ei);
        }
    }
    sal.subject.or(sal.last)
}

fn pronoun_target(p: &str, sal: &Salience) -> Option<usize> {
    match p {
        "he" | "she" | "i" => sal.subject.or(sal.last),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        spans(t, false)
            .iter()
            .map(|s| t[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn marks_of_every_kind() {
        assert_eq!(
            texts("“We can see it,” he said. “Only pressure works.”"),
            vec!["We can see it,", "Only pressure works."]
        );
        assert_eq!(
            texts("\"I love cats!\" insists Burton."),
            vec!["I love cats!"]
        );
        assert_eq!(texts("«Me encantan», dijo."), vec!["Me encantan"]);
        assert_eq!(
            texts("'This is great,' she said, and it’s Alice's."),
            vec!["This is great,"]
        );
        assert_eq!(texts("He said ‘no’. It’s the team’s call."), vec!["no"]);
    }

    #[test]
    fn open_quotation_runs_to_paragraph_end() {
        let s = spans("“This is the first part of it, and it goes on", false);
        assert_eq!(s.len(), 1);
        assert!(s[0].open_end);
        let s = spans("“and it ends here,” she said.", true);
        assert!(s[0].continues);
    }
}

#[cfg(test)]
mod attribution_tests {
    use super::*;
    use crate::ingest::{IngestOptions, load_bytes};

    fn run(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let v = load_bytes(text.as_bytes(), "t.txt", 0, IngestOptions { raw: true }).unwrap();
        let vs = vec![v];
        let ents = crate::extract::entities::extract(&vs);
        extract(&vs, &ents)
            .into_iter()
            .map(|q| {
                let who = q
                    .speaker
                    .and_then(|id| ents.iter().find(|e| e.id == id).map(|e| e.name.clone()));
                (q.text, who, q.cue)
            })
            .collect()
    }

    #[test]
    fn standalone_quote_continues_the_speaker() {
        let got = run(
            "Ukrainian President Volodymyr Zelenskyy said Russia was stalling. “We can see that Russia rejects any peace deal,” he said. “Only pressure works.”",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Volodymyr Zelenskyy"));
    }
}
