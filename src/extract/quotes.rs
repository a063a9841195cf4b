//! Direct quotations and who said them. Quotation marks of every usual kind
//! are paired (curly, straight, guillemets, British single quotes told apart
//! from apostrophes); a quotation left open at a paragraph's end runs on into
//! the next paragraph that opens with a mark. Names and titles of works in
//! quotation marks are not quotations, nor are scare quotes: a quotation of
//! a few words counts only when the sentence attributes it. The speaker is
//! found from the cue verb ("X said", "said X", "X told reporters",
//! "according to X", "X: …"), and a pronoun or role ("he said", "the
//! Ukrainian leader added") is resolved to the person it points to.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::rx::Regex;

use super::speakers::{
    Context, Found, Salience, cues_in, in_quotation, mention_index, sentence_bounds,
    sentence_start, verb_next,
};
use crate::model::{Attribution, Entity, EntityKind, Fidelity, ParagraphKind, Quote, Version};
use crate::text::fold;

/// Bytes either side of a quotation searched for its verb of saying.
const CUE_WINDOW: usize = 600;

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
    if open_from_before
        && !text.trim_start().starts_with(is_open_mark)
        && let Some(end) = chars
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
static CALLED_BY_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:he|she|they|we|i|you)\s+(?:has\s+|had\s+|have\s+)?called|\b(?:what|which)\s+(?:it|the\s+\w+)\s+(?:has\s+|had\s+)?called|\bcalling(?:\s+(?:it|them|him|her|this|that|the\s+\w+))?)\s*$")
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
    let before = crate::text::tail(para, span.outer_start, 60);
    // "what he called “a decision we believe is disproportionate”",
    // "calling it “proportionate to the risk”": someone's words, named by
    // the one who said them; a thing "called" or "dubbed" so is a name.
    if SO_CALLED.is_match(before) && !(words.len() >= 3 && CALLED_BY_SPEAKER.is_match(before)) {
        return true;
    }
    if words.len() <= 8 {
        let folded = fold(inner);
        if entity_names.contains(&folded) {
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

/// Extract every quotation of every version, with speaker and cue.
/// Words of a quotation, folded, for finding a trimmed part of it.
fn quote_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| fold(w).replace('’', "'"))
        .collect()
}

/// A few words in marks that another version quotes inside a longer
/// quotation of a speaker the paragraph names ("blamed a supposedly
/// “sophisticated” flaw" beside "“a sophisticated and previously unknown
/// weakness”", Dr Venkataraman's): that quotation trimmed to a word or a
/// phrase, not a scare quote. Added to `quotes`, credited to that speaker,
/// in reading order.
pub fn trimmed_parts(versions: &[Version], entities: &[Entity], quotes: &mut Vec<Quote>) {
    // Longer quotations of a named speaker, by version, as folded words.
    let said: Vec<(usize, &str, Vec<String>)> = quotes
        .iter()
        .filter_map(|q| {
            let words = quote_words(&q.text);
            (words.len() >= 4)
                .then(|| q.speaker.as_deref().map(|s| (q.version, s, words)))
                .flatten()
        })
        .collect();
    if said.is_empty() {
        return;
    }
    // Who each paragraph names.
    let mut named: HashMap<(usize, usize), Vec<&str>> = HashMap::default();
    for e in entities {
        for m in &e.mentions {
            named
                .entry((m.version, m.paragraph))
                .or_default()
                .push(e.id.as_str());
        }
    }
    let mut taken: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::default();
    for q in quotes.iter() {
        taken
            .entry((q.version, q.paragraph))
            .or_default()
            .push((q.start, q.end));
    }
    let mut found = Vec::new();
    for (vi, v) in versions.iter().enumerate() {
        for (pi, para) in v.paragraphs.iter().enumerate() {
            if !para.kind.is_story_text() {
                continue;
            }
            let Some(here) = named.get(&(vi, pi)) else {
                continue;
            };
            for s in spans(&para.text, false) {
                let inner = &para.text[s.start..s.end];
                let words = quote_words(inner);
                // A word of some length, or a phrase: "yes" or "No" in
                // marks says nothing of whose words they are.
                let telling = match words.as_slice() {
                    [w] => w.chars().count() >= 6,
                    ws => (2..=4).contains(&ws.len()),
                };
                if !telling
                    || taken
                        .get(&(vi, pi))
                        .is_some_and(|t| t.iter().any(|&(a, b)| a < s.end && s.start < b))
                {
                    continue;
                }
                let speakers: Vec<&str> = said
                    .iter()
                    .filter(|(qv, sp, qw)| {
                        *qv != vi
                            && here.contains(sp)
                            && qw.windows(words.len()).any(|w| w == words.as_slice())
                    })
                    .map(|(_, sp, _)| *sp)
                    .collect();
                let Some(&first) = speakers.first() else {
                    continue;
                };
                if speakers.iter().any(|sp| *sp != first) {
                    continue;
                }
                found.push(Quote {
                    version: vi,
                    paragraph: pi,
                    text: inner.to_string(),
                    speaker: Some(first.to_string()),
                    cue: None,
                    attribution: Attribution::Subject,
                    group: 0,
                    fidelity: Fidelity::Exact,
                    start: s.start,
                    end: s.end,
                    changed_words: Vec::new(),
                });
            }
        }
    }
    if found.is_empty() {
        return;
    }
    quotes.extend(found);
    quotes.sort_by_key(|q| (q.version, q.paragraph, q.start));
}

pub fn extract(versions: &[Version], entities: &[Entity]) -> Vec<Quote> {
    let idx = mention_index(entities);
    let names: Vec<String> = entities
        .iter()
        .flat_map(|e| std::iter::once(fold(&e.name)).chain(e.variants.iter().map(|v| fold(v))))
        .collect();
    let id = |ei: Option<usize>| ei.map(|e| entities[e].id.clone());
    let mut out = Vec::new();
    let empty = Vec::new();
    let texts: Vec<(&str, &super::speakers::Mentions)> = versions
        .iter()
        .enumerate()
        .flat_map(|(vi, v)| {
            let (idx, empty) = (&idx, &empty);
            v.paragraphs.iter().enumerate().map(move |(pi, p)| {
                (
                    p.text.as_str(),
                    idx.get(&(vi, pi)).unwrap_or(empty).as_slice(),
                )
            })
        })
        .collect();
    let genders = std::rc::Rc::new(super::speakers::genders(&texts, entities));
    for (vi, v) in versions.iter().enumerate() {
        let mut sal = Salience {
            genders: std::rc::Rc::clone(&genders),
            ..Salience::default()
        };
        let mut open = false;
        let mut chain: Option<Found> = None;
        let mut chain_start: Option<usize> = None;
        let mut introduced: Option<Found> = None;
        // The voice of a quotation left open by the paragraph before a
        // paragraph with no marks at all ("…Here is what we know:" / Last
        // night, Sam got a text… / “At 12:19 pm, …"): the page lost an
        // opening mark, and the quotation after it goes on in that voice.
        let mut gap_chain: Option<Found> = None;
        // The organization whose statement the last quotation was, with
        // its paragraph and the person subject at the time (see below).
        let mut org_voice: Option<(usize, usize, Option<usize>)> = None;
        for (pi, p) in v.paragraphs.iter().enumerate() {
            // Bylines and captions are not where the story speaks.
            if matches!(p.kind, ParagraphKind::Byline | ParagraphKind::Caption) {
                continue;
            }
            let text = &p.text;
            sal.new_paragraph();
            let empty = Vec::new();
            let mentions = idx.get(&(vi, pi)).unwrap_or(&empty);
            let found = spans(text, open);
            let quoted: Vec<(usize, usize)> =
                found.iter().map(|s| (s.outer_start, s.outer_end)).collect();
            let mut prev_in_para: Option<Found> = None;
            let mut cursor = 0; // salience is read up to here
            for s in &found {
                sal.read(text, mentions, entities, cursor, s.outer_start, &quoted);
                cursor = s.outer_end;
                let inner = &text[s.start..s.end];
                let (a, b) = trim_quote(text, s.start, s.end);
                if b <= a || (!s.continues && not_a_quotation(inner, text, s, &names)) {
                    continue;
                }
                // A few words in marks in a headline are a label, not reported speech.
                if p.kind == ParagraphKind::Heading && text[a..b].split_whitespace().count() <= 3 {
                    continue;
                }
                let sentence = sentence_bounds(text, s.outer_start, s.outer_end, &quoted);
                // Verbs of saying near the quotation: attribution looks at
                // most 15 words before it and 10 after, so a window of
                // bytes around it is enough (a paragraph with no sentence
                // end would otherwise be read whole for every quotation).
                let from = s.outer_start - crate::text::tail(text, s.outer_start, CUE_WINDOW).len();
                let to = s.outer_end + crate::text::head(&text[s.outer_end..], CUE_WINDOW).len();
                let cues = cues_in(text, sentence.0.max(from), sentence.1.min(to), &quoted);
                let ctx = Context {
                    text,
                    outer: (s.outer_start, s.outer_end),
                    sentence,
                    cues: &cues,
                    mentions,
                    entities,
                    quoted: &quoted,
                };
                let short = text[a..b].split_whitespace().count() <= 3;
                // A quotation that is a sentence of its own continues the last speaker.
                // It may end its sentence inside the marks, a new sentence
                // opening after them ("…patient." That has…).
                let after = text[s.outer_end..sentence.1.max(s.outer_end)]
                    .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
                let own_sentence = text[sentence.0..s.outer_start].trim().is_empty()
                    && (after.is_empty()
                        || (text[a..b].trim_end().ends_with(['.', '!', '?'])
                            && after.starts_with(|c: char| c.is_uppercase())));
                let continued = |f: &Found| Found {
                    how: Attribution::Continued,
                    ..f.clone()
                };
                let opens_paragraph = text[..s.outer_start].trim().is_empty();
                let attributed = match ctx.attribute(&sal) {
                    // "The New York Times reports:" closing the paragraph
                    // before: it introduces the quotation opening this one.
                    None if opens_paragraph && introduced.is_some() => {
                        introduced.take().unwrap_or_default()
                    }
                    // A few words in marks with no verb of saying are scare quotes.
                    // ("which it called “unsafe and unlawful”" names whose
                    // words they are.)
                    Some(f)
                        if f.cue.is_none()
                            && short
                            && !own_sentence
                            && !s.continues
                            && !CALLED_BY_SPEAKER.is_match(crate::text::tail(
                                text,
                                s.outer_start,
                                60,
                            )) =>
                    {
                        continue;
                    }
                    Some(f) => f,
                    None if s.continues => chain.as_ref().map(continued).unwrap_or_default(),
                    None if own_sentence => prev_in_para
                        .as_ref()
                        .filter(|p| p.speaker.is_some())
                        .and_then(|p| {
                            subject_before(text, s.outer_start, mentions, entities, &quoted)
                                .filter(|f| f.speaker != p.speaker)
                        })
                        .or_else(|| prev_in_para.as_ref().map(continued))
                        .or_else(|| said_before(text, s.outer_start, mentions, entities, &quoted))
                        .or_else(|| pronoun_before(text, s.outer_start, mentions, &quoted, &sal))
                        .or_else(|| {
                            opens_paragraph
                                .then(|| gap_chain.as_ref().map(continued))
                                .flatten()
                        })
                        // A quotation opening a paragraph goes on in the
                        // last voice: a statement quoted paragraph after
                        // paragraph ("…,” the company said in a statement.
                        // / “As part of the transformation, …”) in the
                        // organization's words while no one else has become
                        // the subject since, else the last person subject.
                        .or_else(|| {
                            opens_paragraph
                                .then(|| {
                                    org_voice
                                        .filter(|&(_, at, subject)| {
                                            at + 1 >= pi && subject == sal.subject
                                        })
                                        .map(|(e, _, _)| e)
                                        .or(sal.subject)
                                })
                                .flatten()
                                .map(|e| Found {
                                    speaker: Some(e),
                                    cue: None,
                                    how: Attribution::Continued,
                                })
                        })
                        .unwrap_or_default(),
                    None if short => continue, // a scare quote
                    None => prev_in_para
                        .as_ref()
                        .filter(|_| {
                            text[..s.outer_start].trim().is_empty()
                                || ends_previous_quote(text, &quoted, s.outer_start)
                        })
                        .map(continued)
                        .unwrap_or_default(),
                };
                prev_in_para = Some(attributed.clone());
                if s.open_end || s.continues {
                    chain = Some(attributed.clone());
                    chain_start.get_or_insert(out.len());
                }
                org_voice = attributed
                    .speaker
                    .filter(|&e| entities[e].kind == EntityKind::Organization)
                    .map(|e| (e, pi, sal.subject));
                if let Some(e) = attributed
                    .speaker
                    .filter(|&e| entities[e].kind == EntityKind::Person)
                {
                    sal.subject = Some(e);
                    sal.para_subject = Some(e);
                }
                out.push(Quote {
                    version: vi,
                    paragraph: pi,
                    text: text[a..b].to_string(),
                    speaker: id(attributed.speaker),
                    cue: attributed.cue,
                    attribution: attributed.how,
                    group: 0,
                    fidelity: Fidelity::Exact,
                    start: a,
                    end: b,
                    changed_words: Vec::new(),
                });
            }
            sal.read(text, mentions, entities, cursor, text.len(), &quoted);
            introduced = introducer(text, mentions, entities, &quoted, &sal);
            let was_open = open;
            open = found.last().is_some_and(|s| s.open_end);
            gap_chain = if was_open && found.is_empty() {
                chain.clone()
            } else {
                None
            };
            if !open {
                // A chain without attribution in its first part takes the speaker found later.
                if let Some(from) = chain_start.take() {
                    backfill_chain(&mut out, from);
                }
                chain = None;
            }
        }
        if let Some(from) = chain_start.take() {
            backfill_chain(&mut out, from);
        }
    }
    out
}

/// The speaker of the sentence right before `at` when it ends by naming
/// who said it ("…over Syria, Schiff said. “The other factor…”", "…, said
/// Ann Lee. “…”"): a person's name and a verb of saying as its last words.
/// A quotation standing as the next sentence goes on in their words.
fn said_before(
    text: &str,
    at: usize,
    mentions: &super::speakers::Mentions,
    entities: &[Entity],
    quoted: &[(usize, usize)],
) -> Option<Found> {
    let before = text[..at].trim_end();
    let body = before.strip_suffix('.')?;
    let m = mentions
        .iter()
        .filter(|m| m.1 <= body.len() && entities[m.2].kind == EntityKind::Person)
        .filter(|m| !in_quotation(quoted, m.0, m.1))
        .max_by_key(|m| m.1)?;
    // The clause that holds the name: from the last comma or mark before it.
    let from = text[..m.0]
        .rfind([',', '.', '!', '?', ':', ';', '"', '”'])
        .map_or(0, |c| {
            c + text[c..].chars().next().map_or(1, char::len_utf8)
        });
    let cues = cues_in(text, from, body.len(), quoted);
    let rest: Vec<&str> = text[m.1..body.len()].split_whitespace().collect();
    let lead: Vec<&str> = text[from..m.0].split_whitespace().collect();
    let cue_at = |w: &str| cues.iter().any(|c| c.word == w);
    // "Schiff said." / "Schiff told reporters on Monday." ends on the
    // name's verb and a few words;
    // "said Ann Lee." ends on the name.
    let named = match (lead.as_slice(), rest.as_slice()) {
        ([], [v, ..]) if rest.len() <= 4 => cue_at(v),
        ([.., v], []) => cue_at(v),
        _ => false,
    };
    if named {
        return Some(Found {
            speaker: Some(m.2),
            cue: None,
            how: Attribution::Continued,
        });
    }
    reported_before(text, body.len(), mentions, entities, quoted)
}

/// The person named among the first `lead` words of the sentence that
/// ends at `end` (its final mark left out), when that sentence holds no
/// quotation.
fn opening_person<'m>(
    text: &str,
    end: usize,
    mentions: &'m super::speakers::Mentions,
    entities: &[Entity],
    quoted: &[(usize, usize)],
    lead: usize,
) -> Option<&'m (usize, usize, usize)> {
    let start = unquoted_sentence(text, end, quoted)?;
    // An opening clause set off by a comma is not counted: "In a statement
    // issued later, Mr. Hemming said…" opens on Hemming.
    let words_before = |at: usize| {
        let lead = &text[start..at];
        lead.rsplit_once(',')
            .map_or(lead, |(_, after)| after)
            .split_whitespace()
            .count()
    };
    mentions
        .iter()
        .find(|m| m.0 >= start && m.1 <= end && words_before(m.0) <= lead)
        .filter(|m| entities[m.2].kind == EntityKind::Person)
}

/// Where the sentence that ends at `end` begins, past its leading marks (a
/// closing quotation mark after the point before stays with the sentence
/// before); none when the sentence holds a quotation.
fn unquoted_sentence(text: &str, end: usize, quoted: &[(usize, usize)]) -> Option<usize> {
    let start = sentence_start(text, end);
    let start = start
        + text[start..end]
            .find(|c: char| !(c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'')))
            .unwrap_or(0);
    (!quoted.iter().any(|q| q.1 > start && q.0 < end)).then_some(start)
}

/// Where the sentence right before `at` ends (its final mark included),
/// when the text before `at` ends on a full stop, "!" or "?".
fn sentence_before(text: &str, at: usize) -> Option<usize> {
    let end = text[..at].trim_end().len();
    text[..end].ends_with(['.', '!', '?']).then_some(end)
}

/// The person who is the subject of the sentence right before `at`, when
/// that sentence holds no quotation: named among its first words and
/// followed by its verb ("“…,” says House. Durning did not need much
/// coaxing. “I’m thankful for the invitation”"). A quotation standing as
/// the next sentence has moved to them from the speaker before.
fn subject_before(
    text: &str,
    at: usize,
    mentions: &super::speakers::Mentions,
    entities: &[Entity],
    quoted: &[(usize, usize)],
) -> Option<Found> {
    let end = sentence_before(text, at)?;
    let m = opening_person(text, end - 1, mentions, entities, quoted, 2)?;
    verb_next(&text[m.1..end - 1]).then_some(Found {
        speaker: Some(m.2),
        cue: None,
        how: Attribution::Continued,
    })
}

/// The speaker of the sentence ending at `end` when it reports what a
/// person said in indirect speech, the person first and the verb of saying
/// soon after ("Toronto retiree Doug Purdy, who lost 16 lbs., says the
/// program changed his life. “I always had good intentions…”"): a
/// quotation standing as the next sentence is in that person's words.
fn reported_before(
    text: &str,
    end: usize,
    mentions: &super::speakers::Mentions,
    entities: &[Entity],
    quoted: &[(usize, usize)],
) -> Option<Found> {
    let m = opening_person(text, end, mentions, entities, quoted, 3)?;
    let cue = cues_in(text, m.1, end, quoted).into_iter().next()?;
    // The verb right after the name, or after an apposition set off by
    // commas ("Doug Purdy, who lost 16 lbs., says").
    let between = text[m.1..cue.start].trim();
    let between = match between.strip_prefix(',') {
        Some(rest) => rest.rsplit_once(',').map_or(rest, |(_, after)| after),
        None => between,
    };
    (between.split_whitespace().count() <= 2).then_some(Found {
        speaker: Some(m.2),
        cue: None,
        how: Attribution::Continued,
    })
}

/// The speaker of the sentence right before `at` when it opens on "He" or
/// "She" and a verb of saying, in indirect speech ("She said the family
/// had lost almost everything. “Not the rice, not the school books,
/// nothing.”"): the person the pronoun points to, as
/// [`reported_before`] does for a name.
fn pronoun_before(
    text: &str,
    at: usize,
    mentions: &super::speakers::Mentions,
    quoted: &[(usize, usize)],
    sal: &Salience,
) -> Option<Found> {
    let end = sentence_before(text, at)?;
    let start = unquoted_sentence(text, end - 1, quoted)?;
    let first = text[start..end].split_whitespace().next()?.to_lowercase();
    if !matches!(first.as_str(), "he" | "she") {
        return None;
    }
    // The verb right after the pronoun, an adverb between at most.
    let cue = cues_in(text, start, end, quoted).into_iter().next()?;
    if text[start..cue.start].split_whitespace().count() > 2 {
        return None;
    }
    // Who the sentence itself names ("She said her daughter Amina had lost
    // everything") is not who the pronoun stands for.
    let named: Vec<usize> = mentions
        .iter()
        .filter(|m| m.0 >= start && m.1 <= end)
        .map(|m| m.2)
        .collect();
    Some(Found {
        speaker: Some(sal.pronoun_but(&first, &named)?),
        cue: None,
        how: Attribution::Continued,
    })
}

/// Who a paragraph ending in a colon introduces as the speaker of the
/// quotation that opens the next one ("The New York Times reports:", "In a
/// statement, the ministry said:", "He added:"): in its last sentence, the
/// first person named outside quotation marks, else the last organization,
/// else the person a leading "he" or "she" points to.
fn introducer(
    text: &str,
    mentions: &super::speakers::Mentions,
    entities: &[Entity],
    quoted: &[(usize, usize)],
    sal: &Salience,
) -> Option<Found> {
    let body = text.trim_end();
    if !body.ends_with(':') || quoted.last().is_some_and(|q| q.1 >= body.len()) {
        return None;
    }
    let start = sentence_bounds(text, body.len() - 1, body.len(), quoted).0;
    let outside = |m: &&(usize, usize, usize)| m.0 >= start && !in_quotation(quoted, m.0, m.1);
    let kind = |m: &&(usize, usize, usize)| entities[m.2].kind;
    let speaker = mentions
        .iter()
        .filter(outside)
        .find(|m| kind(m) == EntityKind::Person)
        .or_else(|| {
            mentions
                .iter()
                .filter(outside)
                .rfind(|m| kind(m) == EntityKind::Organization)
        })
        .map(|m| m.2)
        .or_else(|| {
            let first = text[start..].split_whitespace().next()?.to_lowercase();
            matches!(first.as_str(), "he" | "she")
                .then(|| sal.pronoun(&first))
                .flatten()
        })?;
    Some(Found {
        speaker: Some(speaker),
        cue: None,
        how: Attribution::Continued,
    })
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
            q.attribution = Attribution::Continued;
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
    fn words_someone_called_so_are_quoted_and_a_thing_called_so_is_named() {
        let got = run(
            "Orvanta chief executive Henrik Oberg said the company would fight what he called “a decision we believe is disproportionate”. The plant makes a sandwich called “the Daily Classic”.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with("a decision"), "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Henrik Oberg"), "{got:?}");
        // A company's words, named by the company ("which it called"), are
        // quoted too.
        let got = run(
            "Harbour Pharma warned of copies of its drugs, many of which it called “unsafe and unlawful”.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Harbour Pharma"), "{got:?}");
    }

    #[test]
    fn a_place_after_an_indefinite_article_and_a_publication_are_no_speakers() {
        // "A Toronto hockey coach": the city is a modifier, not a
        // government speaking.
        let got =
            run("A Toronto hockey coach says he is “amazed and overwhelmed” by the response.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_ne!(got[0].1.as_deref(), Some("Toronto"), "{got:?}");
        // A publication someone writes for is no one "she" can be.
        let got = run(
            "In the late ’90s Dora Lisle became a food columnist for Maison Gourmand for eight years. “I made the recipes easy for home cooks,” she says.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Dora Lisle"), "{got:?}");
    }

    /// The speaker of the `i`-th quotation found in `text` is `who`.
    fn assert_speaker(text: &str, i: usize, who: &str) {
        let got = run(text);
        assert_eq!(
            got.get(i).and_then(|q| q.1.as_deref()),
            Some(who),
            "{got:?}"
        );
    }

    #[test]
    fn an_unnamed_source_is_not_the_body_it_works_for() {
        // "one senior EU diplomat", "a Nato official": the body says where
        // the source works; the words are no statement of the body's.
        let got = run(
            "“Each round is harder than the last,” said one senior EU diplomat involved in the talks.\n\n“It is slow,” a Nato official said.\n\n“We will see,” said a spokesman for the European Commission.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].1, None, "{got:?}");
        assert_eq!(got[1].1, None, "{got:?}");
        // A spokesperson speaks for the body.
        assert_eq!(got[2].1.as_deref(), Some("European Commission"), "{got:?}");
    }

    #[test]
    fn a_place_and_a_party_member_describe_the_politician_named_before() {
        let got = run(
            "Senate leader Mara Quill blamed “outside agitators” for the unrest on Monday.\n\n“They came to stir trouble and they found it,” the Kentucky Republican said.",
        );
        let last = got.last().unwrap_or_else(|| panic!("{got:?}"));
        assert_eq!(last.1.as_deref(), Some("Mara Quill"), "{got:?}");
    }

    #[test]
    fn a_pronoun_after_a_role_subject_is_the_role_holder() {
        // "The minister" is the one person described as a minister; "she"
        // is her, not the man quoted before.
        assert_speaker(
            "Sergei Marchuk said the deal would create “a national champion”. He stressed that a meeting with Economy Minister Edita Varga was “necessary”.\n\nThe minister gave little away. “The state will watch every commitment closely,” she said.",
            2,
            "Edita Varga",
        );
        // "The president of the union": someone else's office.
        assert_speaker(
            "Sergei Marchuk said the deal would create “a national champion”. He stressed that a meeting with President Edita Varga was “necessary”.\n\nThe president of the union gave little away. “We will watch every commitment closely,” he said.",
            2,
            "Sergei Marchuk",
        );
    }

    #[test]
    fn a_pronoun_is_not_the_person_its_own_clause_names_and_letters_are_no_subject() {
        // "She stressed that a meeting with Helga Ostberg was …": she is
        // the prime minister named before, not Ostberg.
        assert_speaker(
            "Prime Minister Annelie Korsgaard resigned on Tuesday.\n\nShe stressed that a meeting with President Helga Ostberg was “necessary”, but did not rule out staying on.",
            0,
            "Annelie Korsgaard",
        );
        // "… of the Social Democratic Union (SDU) said": the minister
        // speaks, not the letters defined after his party.
        assert_speaker(
            "Finance Minister Marten Lindqvist of the Social Democratic Union (SDU) said the plan was “the most responsible in a decade”.",
            0,
            "Marten Lindqvist",
        );
    }

    #[test]
    fn a_name_in_a_clause_after_the_speaker_is_not_the_speaker() {
        assert_speaker(
            "“The evidence shows beyond any doubt that he is guilty,” said prosecutor Lucia Arancibia as Judge Olmedo read out the verdict.",
            0,
            "Lucia Arancibia",
        );
        // A title between two names still names the second.
        assert_speaker(
            "“We will appeal,” said Acme chief executive Jo Lind.",
            0,
            "Jo Lind",
        );
    }

    #[test]
    fn a_characterising_participle_gives_the_quotation_to_the_subject() {
        let got = run(
            "On Thursday the Drovno Administrative Court rejected the company's request to suspend the closure order, calling it “proportionate to the risk to public health”.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            got[0].1.as_deref(),
            Some("Drovno Administrative Court"),
            "{got:?}"
        );
        // After a verb of saying, the participle is that speaker's.
        assert_speaker(
            "Boris Orlov will appeal, his lawyer Viktor Petrenko said, calling the verdict “political and unjust”.",
            0,
            "Viktor Petrenko",
        );
    }

    #[test]
    fn he_is_the_paragraphs_subject_before_a_man_named_in_passing() {
        let got = run(
            "Mohamed Jlassi, 23, died on Friday. His brother said he had sold fruit for years and his family wanted answers.\n\nMurad Gharbi, the city prosecutor, has opened an investigation into Mr Jlassi's death. “No one is above the law, whether a protester or a police officer,” he said.",
        );
        let q = got.iter().find(|q| q.0.starts_with("No one"));
        assert_eq!(
            q.and_then(|q| q.1.as_deref()),
            Some("Murad Gharbi"),
            "{got:?}"
        );
    }

    #[test]
    fn a_tearful_verb_of_saying_names_its_speaker() {
        let got = run(
            "Passengers described the moment the panel blew out. “There was a huge bang and then the wind was everywhere,” sobbed teacher Ines Caldeira, 41.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Ines Caldeira"), "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("sobbed"), "{got:?}");
    }

    #[test]
    fn a_long_subject_ending_in_a_name_names_the_speaker() {
        assert_speaker(
            "Mayor Carl Benning toured the street on Friday.\n\n“I thought the whole street would burn,” a resident and witness who gave her name only as Ana Ruiz told reporters near the site.",
            0,
            "Ana Ruiz",
        );
    }

    #[test]
    fn a_clause_closing_the_sentence_frames_a_distant_quotation() {
        let got = run(
            "Farmers had been assured in March that the dam was “structurally sound” despite repeated complaints from families living downstream of the reservoir, the Ravel Water Authority told the BBC.",
        );
        assert_eq!(
            got[0].1.as_deref(),
            Some("Ravel Water Authority"),
            "{got:?}"
        );
        // A clause that joins the sentence after the comma is not a frame.
        let got = run(
            "Farmers had been assured in March that the dam was “structurally sound” despite repeated complaints from families living downstream of the reservoir, while the Ravel Water Authority told the BBC.",
        );
        assert_eq!(got.first().and_then(|q| q.1.clone()), None, "{got:?}");
    }

    #[test]
    fn a_common_noun_phrase_stands_for_the_organization_holding_its_words() {
        assert_speaker(
            "The flames were “under control” by dawn, the fire brigade said.\n\nTarrow Fire Brigade chief Ola Berg praised the crews.",
            0,
            "Tarrow Fire Brigade",
        );
    }

    #[test]
    fn a_pronoun_subject_introducing_with_a_colon_is_the_speaker() {
        assert_speaker(
            "Union leader Pavel Novak called the plan unfair.\n\nGrete Lund, who chairs the inquiry, has heard from her staff for weeks.\n\nShe closed her remarks with a blunt warning to the board: “Nobody here will be spared.”",
            0,
            "Grete Lund",
        );
    }

    #[test]
    fn a_role_given_in_an_apposition_finds_its_holder() {
        assert_speaker(
            "Union leader Pavel Novak attacked the plan. Novak said it was unfair after he met Tomas Reyes, the finance minister, on Monday.\n\nThe minister, who took office in May, sounded confident. “We will pay every creditor,” he said.",
            0,
            "Tomas Reyes",
        );
    }

    #[test]
    fn a_title_after_a_quotation_and_comma_is_no_verb_of_saying() {
        // "State" in a minister's title stands where a verb could; the
        // quotation's comma carries the sentence on to the real verb.
        let got = run(
            "“Our priority is to get every family to a shelter,” State Minister for Relief Habibur Rahman told reporters in Dhaka.",
        );
        assert_eq!(got[0].2.as_deref(), Some("told"), "{got:?}");
        // After a quotation that ends its sentence, a capital verb opens
        // the next one.
        let got = run("“We will rebuild,” the mayor said. “Every house.” Says it all, Dana Holt.");
        assert_eq!(got[0].2.as_deref(), Some("said"), "{got:?}");
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
