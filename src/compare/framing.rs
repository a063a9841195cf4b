//! How versions frame the story, each difference with its evidence: which
//! headline and lede they chose, the verbs that introduce the same quotation,
//! loaded words one version uses where the others stay neutral, what most
//! versions carry and one leaves out, what one puts at the top and another
//! buries, who gets quoted and for how many words, quotations attributed to
//! different people, and remarks merged into one quotation. Items are sorted
//! by how much a reader should care.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extract::lexicon::{LEXICON, VerbClass};
use crate::link::Place;
use crate::model::{
    Attribution, Entity, EntityKind, Evidence, Figure, FramingItem, FramingKind, ParagraphKind,
    Quote, Row, Version,
};
use crate::rx::Regex;
use crate::text::{content_terms, fold, stem};

/// Detect every kind of framing difference in a comparison already made
/// (again, after the window renames outlets).
pub fn detect_in(c: &crate::model::Comparison) -> Vec<FramingItem> {
    detect(
        &c.versions,
        &c.alignment,
        &c.quotes,
        &c.entities,
        &c.figures,
        &c.provenance.families,
        &c.links,
    )
}

/// Detect every kind of framing difference.
pub fn detect(
    versions: &[Version],
    rows: &[Row],
    quotes: &[Quote],
    entities: &[Entity],
    figures: &[Figure],
    families: &[Vec<usize>],
    links: &[crate::link::Link],
) -> Vec<FramingItem> {
    // The loaded-word scan reads every word of every version: it runs beside
    // the other detectors.
    let mut items = std::thread::scope(|s| {
        let scanning = s.spawn(|| {
            let mut loaded = Vec::new();
            loaded_terms(versions, links, quotes, entities, &mut loaded);
            loaded
        });
        let mut items = Vec::new();
        if versions.len() >= 2 {
            let headline = headline_values(versions);
            headlines(versions, &mut items);
            ledes(versions, rows, links, &mut items);
            lede_facts(versions, figures, &headline, &mut items);
            attribution(versions, quotes, entities, &mut items);
            own_quote_tone(versions, quotes, &mut items);
            omissions(
                versions, rows, quotes, entities, figures, links, &headline, &mut items,
            );
            prominence(versions, rows, figures, &mut items);
            source_balance(versions, quotes, entities, families, &mut items);
            misattribution(versions, quotes, entities, &mut items);
            second_hand(versions, quotes, entities, &mut items);
            quote_merges(versions, quotes, &mut items);
        }
        let scanned = scanning
            .join()
            .expect("the loaded-word scan does not panic");
        // A verb of motive the scan found that a quotation's comparison
        // already names, in a passage it points to, is that item's, not
        // one of its own.
        let named: Vec<&FramingItem> = items
            .iter()
            .filter(|it| it.kind == FramingKind::AttributionVerb)
            .collect();
        let scanned: Vec<FramingItem> = scanned
            .into_iter()
            // (Every verb of motive it names: an item that also tells
            // another one, "insisted" beside a named "claimed", stays.)
            .filter(|it| {
                it.kind != FramingKind::AttributionVerb
                    || !it
                        .terms
                        .iter()
                        .filter(|t| LEXICON.is_motive_verb(t))
                        .all(|t| {
                            named
                                .iter()
                                .any(|n| n.terms.contains(t) && share_a_paragraph(it, n))
                        })
            })
            .collect();
        items.extend(scanned);
        if versions.len() >= 2 {
            linked_attribution(versions, links, entities, &mut items);
        }
        items
    });
    // A version noted as another story leaves out everything the others
    // report: saying so for each paragraph is true and useless (its note
    // already says it).
    items.retain(|item| {
        item.kind != FramingKind::Omission
            || !item.versions.iter().all(|&v| versions[v].off_story())
    });
    items.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then(a.kind.cmp(&b.kind))
            .then(a.versions.cmp(&b.versions))
            .then(a.terms.cmp(&b.terms))
    });
    items
}

/// Quotations that pass `keep`, by group.
fn quotes_by_group(
    quotes: &[Quote],
    keep: impl Fn(&Quote) -> bool,
) -> BTreeMap<usize, Vec<&Quote>> {
    let mut by_group: BTreeMap<usize, Vec<&Quote>> = BTreeMap::new();
    for q in quotes.iter().filter(|q| keep(q)) {
        by_group.entry(q.group).or_default().push(q);
    }
    by_group
}

fn name(v: &Version) -> &str {
    &v.outlet
}

fn snippet(text: &str, words: usize) -> String {
    let ws: Vec<&str> = text.split_whitespace().collect();
    if ws.len() <= words {
        text.to_string()
    } else {
        format!("{}…", ws[..words].join(" "))
    }
}

fn list(names: &[&str]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].to_string(),
        _ => format!(
            "{} and {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    }
}

/// Headlines that lead with different words: one item naming each version's angle.
fn headlines(versions: &[Version], items: &mut Vec<FramingItem>) {
    let titled: Vec<(usize, HashSet<String>)> = versions
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            v.title
                .as_deref()
                .map(|t| (i, content_terms(t).into_iter().collect()))
        })
        .collect();
    if titled.len() < 2 {
        return;
    }
    // The story's subject (names, the event) is in most headlines: with
    // three or more, terms in more than half of them are set aside, and the
    // headlines are compared on what each says about it.
    let n_titled = titled.len();
    let mut subject: HashSet<String> = HashSet::default();
    if n_titled >= 3 {
        let mut count: HashMap<&String, usize> = HashMap::default();
        for (_, t) in &titled {
            for w in t {
                *count.entry(w).or_default() += 1;
            }
        }
        subject = count
            .into_iter()
            .filter(|(_, c)| c * 2 > n_titled)
            .map(|(w, _)| w.clone())
            .collect();
    }
    let titled: Vec<(usize, HashSet<String>)> = titled
        .iter()
        .map(|(i, t)| (*i, t.difference(&subject).cloned().collect()))
        .collect();
    // Versions whose headline is not (nearly) another's: less than 60 % of
    // the longer headline's terms shared with any other. The story's names
    // are in every headline; what differs is what each says about them.
    // Names: words the story writes capitalised and never in lower case
    // (the place, the people), the subject rather than the angle.
    let mut lower: HashSet<String> = HashSet::default();
    let mut capital: HashSet<String> = HashSet::default();
    for w in versions
        .iter()
        .flat_map(|v| v.paragraphs.iter())
        .flat_map(|p| p.text.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    {
        match w.chars().next() {
            Some(c) if c.is_lowercase() => {
                lower.insert(w.to_string());
            }
            Some(c) if c.is_uppercase() => {
                capital.insert(w.to_lowercase());
            }
            _ => {}
        }
    }
    let names: HashSet<String> = capital.difference(&lower).cloned().collect();
    let mut differing = Vec::new();
    // What each headline leads with, shown to the reader; then each one's
    // own wording, for search.
    let mut terms = Vec::new();
    let mut own: Vec<String> = Vec::new();
    // Each headline's words as printed, read once.
    let printed: HashMap<usize, Vec<String>> = titled
        .iter()
        .map(|(k, _)| {
            let words = crate::text::tokens(versions[*k].title.as_deref().unwrap_or(""))
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect();
            (*k, words)
        })
        .collect();
    for (i, ti) in &titled {
        // A headline another version prints word for word takes no angle
        // of its own.
        if titled
            .iter()
            .any(|(j, _)| j != i && printed[j] == printed[i])
        {
            continue;
        }
        let max_overlap = titled
            .iter()
            .filter(|(j, _)| j != i)
            .map(|(_, tj)| {
                let inter = ti.intersection(tj).count() as f64;
                inter / ti.len().max(tj.len()).max(1) as f64
            })
            .fold(0.0, f64::max);
        if max_overlap < 0.6 {
            differing.push(*i);
            // Words only this headline has.
            let others: HashSet<&String> = titled
                .iter()
                .filter(|(j, _)| j != i)
                .flat_map(|(_, t)| t.iter())
                .collect();
            terms.extend(angle_terms(
                versions[*i].title.as_deref().unwrap_or(""),
                &others,
                &subject,
                &names,
                &terms,
            ));
            // Its own wording past those: with two headlines, what the
            // other does not say; with more, what most do not.
            let common: HashSet<String> = if n_titled >= 3 {
                subject.clone()
            } else {
                others.iter().map(|t| (*t).clone()).collect()
            };
            for t in predicate_terms(
                versions[*i].title.as_deref().unwrap_or(""),
                &names,
                &capital,
            ) {
                if !terms.contains(&t) {
                    terms.push(t);
                }
            }
            own.extend(own_phrases(
                versions[*i].title.as_deref().unwrap_or(""),
                &common,
                &names,
            ));
        }
    }
    if differing.len() < 2 {
        return;
    }
    let detail = differing
        .iter()
        .map(|&i| {
            format!(
                "{}: “{}”",
                name(&versions[i]),
                versions[i].title.as_deref().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let lead_terms = terms.len();
    for t in own {
        if !terms.contains(&t) {
            terms.push(t);
        }
    }
    items.push(FramingItem {
        lead_terms,
        kind: FramingKind::Headline,
        versions: differing,
        terms,
        detail: format!("The headlines lead with different angles. {detail}"),
        weight: 0.6,
        evidence: Vec::new(),
    });
}

/// A newsroom's labels of a story's kind, printed as kickers ("BREAKING:",
/// "IN PICTURES:"): what the story is, not its angle.
const KICKER_LABELS: &[&str] = &[
    "breaking",
    "breaking news",
    "in pictures",
    "in photos",
    "watch",
    "video",
    "live",
    "live updates",
    "exclusive",
    "analysis",
    "opinion",
    "explainer",
    "update",
    "updated",
    "just in",
    "developing",
    "fact check",
];

/// What one headline leads with, in at most three terms: the figure it
/// puts up front with its noun ("128 dead"), then the words only it has
/// that are not names. A kicker before a colon ("In pictures:", "Hong Kong
/// fire:") labels the story rather than angling it, and is passed over.
fn angle_terms(
    title: &str,
    others: &HashSet<&String>,
    subject: &HashSet<String>,
    names: &HashSet<String>,
    taken: &[String],
) -> Vec<String> {
    // A kicker labels when it is short or names the story's subject
    // ("In pictures:", "Hong Kong fire:"); a longer one of its own words
    // is the angle ("CHAOS AT THE BRIDGE: 14 hurt…").
    let body = match title.split_once(':') {
        Some((kicker, rest))
            if rest.split_whitespace().count() >= 3
                && (kicker.split_whitespace().count() <= 3
                    || kicker.split_whitespace().any(|w| {
                        names.contains(
                            &w.trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase(),
                        )
                    })) =>
        {
            rest
        }
        _ => title,
    };
    let mut out: Vec<String> = Vec::new();
    // A kicker of its own words, shouted or long ("HELL IN THE HARBOUR:
    // …"), is the angle itself, whole.
    if let Some((kicker, rest)) = title.split_once(':')
        && rest.split_whitespace().count() >= 3
        && !KICKER_LABELS.contains(&kicker.trim().to_lowercase().as_str())
        && kicker.split_whitespace().count() >= 2
        && kicker.chars().any(char::is_alphabetic)
        && kicker
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && !kicker.split_whitespace().any(|w| {
            names.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase(),
            )
        })
    {
        let t = kicker.trim().to_lowercase();
        if !taken.contains(&t) {
            out.push(t);
        }
    }
    let body = if out.is_empty() {
        body
    } else {
        title.split_once(':').map_or(body, |(_, r)| r)
    };
    let raw: Vec<&str> = body.split_whitespace().collect();
    let clean = |w: &str| -> String {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_string()
    };
    let words: Vec<String> = raw
        .iter()
        .map(|w| clean(w))
        .filter(|w| !w.is_empty())
        .collect();
    // The figure, with the hedge before it ("at least 17", "more than 200")
    // and the word it counts after it, when no mark parts them ("128
    // dead"; "Kills at Least 17, Officials Say" counts no officials).
    if let Some(k) = raw
        .iter()
        .position(|w| clean(w).chars().next().is_some_and(|c| c.is_ascii_digit()))
    {
        let figure = clean(raw[k]);
        let lower = |i: usize| raw.get(i).map(|w| clean(w).to_lowercase());
        let hedge = match (
            k.checked_sub(2).and_then(lower),
            k.checked_sub(1).and_then(lower),
        ) {
            (Some(a), Some(b))
                if matches!(
                    (a.as_str(), b.as_str()),
                    ("at", "least")
                        | ("more", "than")
                        | ("fewer", "than")
                        | ("less", "than")
                        | ("up", "to")
                        | ("at", "most")
                ) =>
            {
                Some(format!("{a} {b}"))
            }
            (_, Some(b))
                if matches!(
                    b.as_str(),
                    "nearly" | "almost" | "about" | "around" | "over" | "some"
                ) =>
            {
                Some(b)
            }
            _ => None,
        };
        let noun = raw
            .get(k + 1)
            .filter(|_| !raw[k].ends_with([',', ':', ';', '.', '?', '!']))
            .map(|w| clean(w))
            .filter(|n| n.chars().all(char::is_alphabetic) && !content_terms(n).is_empty());
        let t = match (&hedge, &noun) {
            (Some(h), Some(n)) => format!("{h} {figure} {}", n.to_lowercase()),
            (Some(h), None) => format!("{h} {figure}"),
            (None, Some(n)) => format!("{figure} {}", n.to_lowercase()),
            (None, None) => String::new(),
        };
        if !t.is_empty() && !taken.contains(&t) {
            out.push(t);
        }
    }
    // A headline that names its source at the end (", officials say",
    // ", police said"): the claim hedged as someone's.
    if let Some((_, tail)) = body.rsplit_once(',') {
        let tail: Vec<String> = tail
            .split_whitespace()
            .map(|w| clean(w).to_lowercase())
            .collect();
        if (2..=3).contains(&tail.len())
            && matches!(
                tail.last().map(String::as_str),
                Some("say" | "says" | "said")
            )
        {
            let t = tail.join(" ");
            if !taken.contains(&t) {
                out.push(t);
            }
        }
    }
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    // Its loaded words ("horror", "bloodbath") are its angle before all,
    // inside its kicker too ("chaos" in "CHAOS ON THE RIVER").
    for w in title.split_whitespace().map(clean) {
        let lw = w.to_lowercase();
        if !names.contains(&lw)
            && !content_terms(&lw)
                .first()
                .is_some_and(|t| others.contains(t))
            && !taken.contains(&lw)
            && !out.contains(&lw)
            && LEXICON
                .loaded
                .iter()
                .any(|l| l.term == lw && l.loaded_after_within.is_empty())
        {
            out.push(lw);
        }
    }
    let before_words = out.len();
    for w in &words {
        if out.len() >= before_words.max(1) + 2 || (out.len() >= 2 && !out[0].contains(' ')) {
            break;
        }
        let lw = w.to_lowercase();
        let st = content_terms(w);
        let name = names.contains(&lw);
        if st.len() == 1
            && !name
            && !others.contains(&st[0])
            && !subject.contains(&st[0])
            && !taken.contains(&lw)
            && !out
                .iter()
                .any(|t| t == &lw || t.split(' ').any(|x| x == lw))
            && w.len() > 3
            && !w.chars().any(|c| c.is_ascii_digit())
        {
            out.push(lw);
        }
    }
    out
}

/// A headline's own wording, past its lead terms, as an editor quotes it:
/// each content word most headlines do not share ("axe", "cools"; not a
/// name of the story's, which labels rather than angles), each pair of
/// neighbouring content words with one of those ("toll climbs", "profit
/// warning", "Alaba traders"), each run of words no shared word breaks
/// ("transatlantic demand cools"), and each clause of two to six words
/// whole ("We never lost faith"). Clauses end at marks (commas, colons,
/// dashes, quotation marks); a newsroom's label ("In pictures") is no
/// clause of the headline's; a currency sign goes with its amount.
fn own_phrases(title: &str, common: &HashSet<String>, names: &HashSet<String>) -> Vec<String> {
    let toks = crate::text::tokens(title);
    let mut out: Vec<String> = Vec::new();
    let mut push = |a: usize, b: usize| {
        let a = if title[..a].ends_with(['$', '£', '€']) {
            title[..a].char_indices().next_back().map_or(a, |(k, _)| k)
        } else {
            a
        };
        let b = if title[b..].starts_with('%') {
            b + 1
        } else {
            b
        };
        let t = title[a..b].to_lowercase();
        if !out.contains(&t) {
            out.push(t);
        }
    };
    // Clauses: runs of tokens with no mark between them.
    let mut clauses: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for k in 1..=toks.len() {
        let cut = k == toks.len()
            || title[toks[k - 1].end..toks[k].start]
                .chars()
                .any(|c| !c.is_whitespace() && !matches!(c, '$' | '£' | '€' | '&' | '%'));
        if cut {
            clauses.push(start..k);
            start = k;
        }
    }
    for clause in clauses {
        let ws = &toks[clause];
        if let (Some(a), Some(b)) = (ws.first(), ws.last())
            && KICKER_LABELS.contains(&title[a.start..b.end].to_lowercase().as_str())
        {
            continue;
        }
        let stop: Vec<bool> = ws
            .iter()
            .map(|t| crate::text::is_stop(&fold(t.text)))
            .collect();
        let shared: Vec<bool> = ws
            .iter()
            .map(|t| {
                let c = content_terms(t.text);
                !c.is_empty() && c.iter().all(|x| common.contains(x))
            })
            .collect();
        let own = |k: usize| !stop[k] && !shared[k];
        for (k, w) in ws.iter().enumerate() {
            if own(k) && !names.contains(&w.text.to_lowercase()) {
                push(w.start, w.end);
            }
        }
        let lower = |k: usize| ws[k].text.to_lowercase();
        for k in 1..ws.len() {
            // Two words of content, or the shapes an editor lists whole
            // with a small word in them: a verb with its particle ("picked
            // up", "sold off") and a preposition with its noun ("without
            // charge", "under siege").
            let particle = stop[k]
                && own(k - 1)
                && matches!(
                    lower(k).as_str(),
                    "up" | "down" | "out" | "off" | "away" | "back" | "over"
                );
            let prepositional = stop[k - 1]
                && own(k)
                && matches!(
                    lower(k - 1).as_str(),
                    "without" | "under" | "against" | "amid" | "despite" | "beyond"
                );
            if (!stop[k - 1] && !stop[k] && (own(k - 1) || own(k))) || particle || prepositional {
                push(ws[k - 1].start, ws[k].end);
            }
        }
        // Three words around one of the version's own ("fire tear gas",
        // "huge opposition rally", "held without charge"): a noun with its
        // modifiers or a verb with its object, as an editor quotes them.
        // ("Fight for survival", "blames the rain", "rises to 41"; not
        // across a word that joins two clauses, "12 and shutting", "hurt as
        // runaway".)
        for k in 2..ws.len() {
            let joined = !matches!(
                lower(k - 1).as_str(),
                "and"
                    | "or"
                    | "but"
                    | "as"
                    | "while"
                    | "when"
                    | "after"
                    | "before"
                    | "because"
                    | "if"
                    | "so"
                    | "than"
                    | "then"
                    | "yet"
            );
            if !stop[k - 2] && !stop[k] && joined && (own(k - 2) || own(k - 1) || own(k)) {
                push(ws[k - 2].start, ws[k].end);
            }
        }
        let mut k = 0;
        while k < ws.len() {
            if shared[k] {
                k += 1;
                continue;
            }
            let mut e = k;
            while e < ws.len() && !shared[e] {
                e += 1;
            }
            let (mut a, mut b) = (k, e);
            while a < b && stop[a] {
                a += 1;
            }
            while b > a && stop[b - 1] {
                b -= 1;
            }
            if b - a >= 2 {
                push(ws[a].start, ws[b - 1].end);
            }
            k = e;
        }
        if (2..=6).contains(&ws.len()) {
            push(ws[0].start, ws[ws.len() - 1].end);
        }
    }
    out
}

/// Words that open a headline's predicate without telling anything.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "to", "s",
];
/// Words that end a headline's verb phrase: what follows is its detail
/// ("barred from running for office").
const PHRASE_ENDS: &[&str] = &[
    "from", "for", "of", "in", "on", "at", "to", "with", "by", "after", "over", "as", "amid",
    "and", "but", "or", "into", "under", "despite", "before",
];

/// What a headline says its subject does or is: the words right after the
/// longest run of the story's names in its first words, auxiliaries
/// dropped, up to a preposition or a mark ("France's Le Pen barred from
/// running…" gives "barred"; "Notre Dame Cathedral in Paris Catches Fire"
/// gives "catches fire"), and a short turn after ", but" whole ("… is
/// down, but far from out" gives "down" and "far from out"). Without
/// parts of speech a verb is known by its place after an auxiliary or by
/// its ending (-ed, -s), so "Notre Dame spire and roof collapse" gives
/// nothing rather than "spire"; a possessive subject ("Notre Dame
/// Cathedral's Spire") and verbs of saying give nothing either.
fn predicate_terms(title: &str, names: &HashSet<String>, capital: &HashSet<String>) -> Vec<String> {
    let raw: Vec<&str> = title.split_whitespace().collect();
    let bare = |w: &str| -> String {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        w.to_lowercase()
    };
    let possessive = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        w.ends_with("'s") || w.ends_with("’s")
    };
    let is_name = |w: &str| {
        let b = bare(w);
        !b.is_empty() && names.contains(&b)
    };
    // Runs of names, one short lower-case word allowed between two ("Notre
    // Dame Cathedral in Paris"); the longest opening in the first five
    // words is the subject.
    let mut best: Option<(usize, usize)> = None;
    let mut k = 0;
    while k < raw.len().min(5) {
        if !is_name(raw[k]) {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k + 1;
        while end < raw.len() {
            // A word of a name the story also uses in lower case
            // ("Cathedral" in "Notre Dame Cathedral") goes on the run.
            let part_of_name = raw[end].starts_with(char::is_uppercase)
                && capital.contains(&bare(raw[end]))
                && !possessive(raw[end - 1]);
            if is_name(raw[end]) || part_of_name {
                end += 1;
            } else if end + 1 < raw.len()
                && raw[end].chars().all(char::is_lowercase)
                && raw[end].len() <= 3
                && is_name(raw[end + 1])
                && !raw[end - 1].ends_with([',', ':', ';'])
            {
                end += 2;
            } else {
                break;
            }
        }
        if best.is_none_or(|(s, e)| end - start > e - s) {
            best = Some((start, end));
        }
        k = end;
    }
    let Some((_, end)) = best else {
        return Vec::new();
    };
    if raw[end - 1].ends_with([':', ';', '.', '?', '!']) || possessive(raw[end - 1]) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut phrase: Vec<String> = Vec::new();
    let mut aux = false;
    let mut k = end;
    while k < raw.len() && phrase.len() < 3 {
        let w = bare(raw[k]);
        if w.is_empty() || is_name(raw[k]) || possessive(raw[k]) && phrase.is_empty() {
            break;
        }
        if phrase.is_empty() && AUXILIARIES.contains(&w.as_str()) {
            aux = true;
            k += 1;
            continue;
        }
        if PHRASE_ENDS.contains(&w.as_str()) {
            break;
        }
        phrase.push(w);
        if raw[k].ends_with([',', ':', ';', '.', '?', '!']) {
            break;
        }
        k += 1;
    }
    let verbish = |w: &str| {
        (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
            && !LEXICON.verbs.contains_key(w)
    };
    if let Some(head) = phrase.first()
        && (aux || verbish(head))
    {
        out.push(phrase.join(" "));
    }
    // ", but far from out": the turn, whole when short.
    if let Some(b) = raw.iter().position(|w| w.eq_ignore_ascii_case("but"))
        && b > 0
        && raw[b - 1].ends_with(',')
        && (1..=4).contains(&(raw.len() - b - 1))
    {
        let turn: Vec<String> = raw[b + 1..].iter().map(|w| bare(w)).collect();
        if turn.iter().all(|w| !w.is_empty()) {
            out.push(turn.join(" "));
        }
    }
    out
}

/// The first body paragraph of a version.
fn lede(v: &Version) -> Option<usize> {
    v.paragraphs
        .iter()
        .position(|p| p.kind == ParagraphKind::Body)
}

fn row_index(rows: &[Row]) -> HashMap<(usize, usize), usize> {
    let mut m = HashMap::default();
    for (r, row) in rows.iter().enumerate() {
        for (v, cell) in row.cells.iter().enumerate() {
            for &p in cell {
                m.insert((v, p), r);
            }
        }
    }
    m
}

/// The lede of a version that tells this story: one noted as another story
/// (it shares almost nothing with the others) opens with something else by
/// nature, and takes no part in the choice of ledes.
fn story_lede(v: &Version) -> Option<usize> {
    if v.off_story() {
        return None;
    }
    lede(v)
}

/// Versions whose ledes tell different things (their first paragraphs sit in
/// different rows): one item naming every opening and who chose it.
fn ledes(
    versions: &[Version],
    rows: &[Row],
    links: &[crate::link::Link],
    items: &mut Vec<FramingItem>,
) {
    let row_of = row_index(rows);
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (v, ver) in versions.iter().enumerate() {
        if let Some(p) = story_lede(ver)
            && let Some(&r) = row_of.get(&(v, p))
        {
            clusters.entry(r).or_default().push(v);
        }
    }
    let mut cl: Vec<(usize, Vec<usize>)> = clusters.into_iter().collect();
    if cl.len() == 1 {
        cl = opening_sentences(versions, &cl[0], links);
    }
    if cl.len() < 2 {
        return;
    }
    // One item for the whole choice, each lede with the versions that open
    // on it: with three or more openings an editor lists them together,
    // not as every pair of them.
    let desc = |r: usize, vs: &[usize]| {
        let v = vs[0];
        let p = rows[r].cells[v][0];
        let names: Vec<&str> = vs.iter().map(|&v| name(&versions[v])).collect();
        format!(
            "{} lead{} with “{}”",
            list(&names),
            if vs.len() == 1 { "s" } else { "" },
            snippet(&versions[v].paragraphs[p].text, 14)
        )
    };
    let mut vs: Vec<usize> = cl.iter().flat_map(|(_, vs)| vs.iter().copied()).collect();
    vs.sort_unstable();
    let evidence = cl
        .iter()
        .flat_map(|(_, vs)| vs.iter())
        .map(|&v| {
            let p = lede(&versions[v]).unwrap_or(0);
            Evidence {
                version: v,
                paragraph: p,
                text: snippet(&versions[v].paragraphs[p].text, 30),
            }
        })
        .collect();
    let parts: Vec<String> = cl.iter().map(|(r, vs)| desc(*r, vs)).collect();
    items.push(FramingItem {
        lead_terms: 0,
        kind: FramingKind::Lede,
        versions: vs,
        terms: Vec::new(),
        detail: format!("{}.", parts.join("; ")),
        weight: 0.65,
        evidence,
    });
}

/// Ledes that share a row may still open on different facts: the row
/// holds each version's first paragraph because the story's core is in all
/// of them, but a version whose first sentence is linked to no other
/// lede's first sentence, while others' first sentences are linked to one
/// another, opens with something else ("The first alert reached the rescue
/// ship at 1:40 a.m." where the others open on the toll). Returns the row
/// split as the ledes' openings fall: the versions that open alike, then
/// each that opens alone; the row whole when none stands apart.
fn opening_sentences(
    versions: &[Version],
    (row, vs): &(usize, Vec<usize>),
    links: &[crate::link::Link],
) -> Vec<(usize, Vec<usize>)> {
    let whole = vec![(*row, vs.clone())];
    if vs.len() < 3 {
        return whole;
    }
    let firsts: HashMap<usize, Place> = vs
        .iter()
        .filter_map(|&v| story_lede(&versions[v]).map(|p| (v, [v, p, 0])))
        .collect();
    let opens = |a: Place| firsts.get(&a[0]) == Some(&a);
    let mut alike: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for l in links {
        if opens(l.a) && opens(l.b) && l.a[0] != l.b[0] {
            alike.entry(l.a[0]).or_default().insert(l.b[0]);
            alike.entry(l.b[0]).or_default().insert(l.a[0]);
        }
    }
    let apart: Vec<usize> = vs
        .iter()
        .copied()
        .filter(|v| !alike.contains_key(v))
        .collect();
    let together: Vec<usize> = vs
        .iter()
        .copied()
        .filter(|v| alike.contains_key(v))
        .collect();
    if apart.is_empty() || together.len() < 2 || apart.len() * 2 >= vs.len() {
        return whole;
    }
    std::iter::once((*row, together))
        .chain(apart.into_iter().map(|v| (*row, vec![v])))
        .collect()
}

/// A fact (a figure told by several versions) that some put in their lede
/// and others give later or not at all: what each chose to open with. The
/// two facts most evenly split between ledes and later paragraphs.
fn lede_facts(
    versions: &[Version],
    figures: &[Figure],
    headline: &[Vec<f64>],
    items: &mut Vec<FramingItem>,
) {
    let ledes: Vec<Option<usize>> = versions.iter().map(story_lede).collect();
    let mut by_group: BTreeMap<usize, Vec<&Figure>> = BTreeMap::new();
    for f in figures {
        if matches!(f.value, crate::model::FigureValue::Date(_)) {
            continue;
        }
        by_group.entry(f.group).or_default().push(f);
    }
    let mut found: Vec<(usize, Vec<usize>, Vec<usize>, &Figure)> = Vec::new();
    for fs in by_group.values() {
        let mut first: BTreeSet<usize> = BTreeSet::new();
        let mut told: BTreeSet<usize> = BTreeSet::new();
        for f in fs {
            told.insert(f.version);
            if ledes[f.version] == Some(f.paragraph) {
                first.insert(f.version);
            }
        }
        if told.len() < 2 || first.is_empty() {
            continue;
        }
        // Versions with a lede that do not open with it (a headline that
        // gives it opens with it too: "Death Toll Rises To 632 & 329
        // Injured" over a story that never repeats 329).
        let values: Vec<f64> = fs
            .iter()
            .filter_map(|f| telling(&f.value, f.unit.as_deref()))
            .collect();
        let rest: Vec<usize> = (0..versions.len())
            .filter(|v| ledes[*v].is_some() && !first.contains(v))
            .filter(|&v| !gives_any(&headline[v], &values))
            .collect();
        if rest.is_empty() {
            continue;
        }
        let sample = fs.iter().find(|f| first.contains(&f.version)).copied();
        if let Some(sample) = sample {
            let balance = first.len().min(rest.len());
            found.push((balance, first.into_iter().collect(), rest, sample));
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.3.version.cmp(&b.3.version)));
    for (_, first, rest, sample) in found.into_iter().take(2) {
        let later: Vec<usize> = rest
            .iter()
            .copied()
            .filter(|&v| {
                figures
                    .iter()
                    .any(|f| f.group == sample.group && f.version == v)
            })
            .collect();
        let never: Vec<usize> = rest
            .iter()
            .copied()
            .filter(|v| !later.contains(v))
            .collect();
        let names =
            |vs: &[usize]| list(&vs.iter().map(|&v| name(&versions[v])).collect::<Vec<_>>());
        let mut detail = format!(
            "{} put{} “{}” in the first paragraph",
            names(&first),
            if first.len() == 1 { "s" } else { "" },
            sample.text
        );
        if !later.is_empty() {
            detail.push_str(&format!(
                "; {} give{} it later",
                names(&later),
                if later.len() == 1 { "s" } else { "" }
            ));
        }
        if !never.is_empty() {
            detail.push_str(&format!(
                "; {} lead{} with something else and never give{} it",
                names(&never),
                if never.len() == 1 { "s" } else { "" },
                if never.len() == 1 { "s" } else { "" }
            ));
        }
        detail.push('.');
        let mut vs: Vec<usize> = first.iter().chain(&rest).copied().collect();
        vs.sort_unstable();
        let evidence = vs
            .iter()
            .filter_map(|&v| {
                let p = ledes[v]?;
                Some(Evidence {
                    version: v,
                    paragraph: p,
                    text: snippet(&versions[v].paragraphs[p].text, 30),
                })
            })
            .collect();
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::Lede,
            versions: vs,
            terms: vec![sample.text.clone()],
            detail,
            weight: 0.55,
            evidence,
        });
    }
}

/// The same quotation introduced with verbs of different strength: one item
/// per quotation, naming every version and the verb each uses.
/// Verbs of saying that tell the speaker's mood or manner, not what was
/// said ("fumed", "lamented", "grovelled", "boasted"), and those that tell
/// a motive ("claimed", "admitted", "insisted"): Wikipedia's Manual of
/// Style, Words to watch (MOS:SAID), and the Reuters Handbook's neutral
/// attribution. Lemmas of the attribution verb list.
const TONE_VERBS: &[&str] = &[
    "fume", "rage", "blast", "slam", "lash out", "scoff", "sneer", "snap", "boast", "gloat",
    "brag", "whine", "moan", "rant", "gush", "grumble", "lament", "bemoan", "wail", "seethe",
    "crow", "bleat", "berate", "lambast", "jeer", "taunt", "mock", "splutter", "rave", "fret",
    "whimper", "grovel", "thunder", "roar", "bellow", "bark", "howl", "hiss", "growl", "squeal",
    "sob", "weep", "beg", "admit", "confess", "claim", "insist",
];

/// A quotation only one version carries, brought in with a verb of mood
/// or motive ([`TONE_VERBS`]) where the other versions bring theirs in
/// with a plain verb ("said"): no other telling of the same words to set
/// it against, but the version's choice of verb all the same. One item per
/// version and verb that no comparison of a shared quotation names.
fn own_quote_tone(versions: &[Version], quotes: &[Quote], items: &mut Vec<FramingItem>) {
    let by_group = quotes_by_group(quotes, |q| q.cue.is_some());
    // Plain verbs each version uses, and how often.
    let mut plain: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for q in quotes {
        let cue = q.cue.as_deref().unwrap_or_default().to_lowercase();
        if LEXICON
            .verbs
            .get(&cue)
            .is_some_and(|(_, class)| *class == VerbClass::Neutral)
        {
            plain.entry(cue).or_default().insert(q.version);
        }
    }
    let mut found: BTreeMap<(usize, String), &Quote> = BTreeMap::new();
    for qs in by_group.values() {
        if qs.iter().any(|q| q.version != qs[0].version) {
            continue;
        }
        for &q in qs {
            let cue = q.cue.as_deref().unwrap_or_default().to_lowercase();
            let Some((lemma, _)) = LEXICON.verbs.get(&cue) else {
                continue;
            };
            if TONE_VERBS.contains(&lemma.as_str()) && q.attribution != Attribution::Continued {
                found.entry((q.version, cue)).or_insert(q);
            }
        }
    }
    for ((v, cue), q) in found {
        // The plain verb most other versions use, by two at least.
        let Some((neutral, users)) = plain
            .iter()
            .map(|(verb, vs)| (verb, vs.iter().filter(|&&u| u != v).count()))
            .max_by_key(|(verb, n)| (*n, std::cmp::Reverse(verb.as_str())))
        else {
            continue;
        };
        if users < 2 {
            continue;
        }
        let named = items.iter().any(|it| {
            it.kind == FramingKind::AttributionVerb
                && it.versions.contains(&v)
                && it.terms.contains(&cue)
        });
        if named {
            continue;
        }
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::AttributionVerb,
            versions: vec![v],
            terms: vec![neutral.clone(), cue.clone()],
            detail: format!(
                "{} brings in a quotation no other version carries with “{cue}”, where the others say “{neutral}”: “{}”",
                name(&versions[v]),
                snippet(&q.text, 14)
            ),
            weight: 0.45,
            evidence: vec![Evidence {
                version: v,
                paragraph: q.paragraph,
                text: snippet(&versions[v].paragraphs[q.paragraph].text, 30),
            }],
        });
    }
}

fn attribution(
    versions: &[Version],
    quotes: &[Quote],
    entities: &[Entity],
    items: &mut Vec<FramingItem>,
) {
    let by_group = quotes_by_group(quotes, |q| q.cue.is_some());
    for qs in by_group.values() {
        // Verb (as written, lower case) -> versions using it.
        let mut verbs: BTreeMap<(bool, String), BTreeSet<usize>> = BTreeMap::new();
        let mut lemmas: BTreeSet<&str> = BTreeSet::new();
        let (mut stronger, mut written, mut spoken) = (false, false, false);
        // The quotations compared, with their verbs' classes.
        let mut kept: Vec<&Quote> = Vec::new();
        for &q in qs {
            let cue = q.cue.as_deref().unwrap_or_default().to_lowercase();
            let Some((lemma, class)) = LEXICON.verbs.get(&cue) else {
                continue;
            };
            // A quotation carried on keeps its verb's channel ("Macron
            // tweeted … He extended “thoughts …”" is still the tweet) and a
            // plain "said" ("…,” he said. “He never set out to hurt
            // anyone.”" is said too), not its tone ("she warned … “More …”"
            // is not a warning).
            if q.attribution == Attribution::Continued && *class == VerbClass::Stronger {
                continue;
            }
            kept.push(q);
            lemmas.insert(lemma);
            stronger |= *class == VerbClass::Stronger;
            written |= *class == VerbClass::Channel;
            spoken |= *class != VerbClass::Channel;
            verbs
                .entry((*class == VerbClass::Stronger, cue))
                .or_default()
                .insert(q.version);
        }
        if lemmas.len() < 2 || !(stronger || written && spoken) {
            continue;
        }
        let qs = kept;
        let mut vs: Vec<usize> = verbs.values().flatten().copied().collect();
        vs.sort_unstable();
        vs.dedup();
        let who = qs
            .iter()
            .find_map(|q| q.speaker.as_ref())
            .map_or("the speaker".to_string(), |id| entity_name(entities, id));
        let parts: Vec<String> = verbs
            .iter()
            .map(|((_, verb), v)| {
                let names: Vec<&str> = v.iter().map(|&v| name(&versions[v])).collect();
                format!("{} “{verb}”", list(&names))
            })
            .collect();
        let mut terms: Vec<String> = verbs.keys().map(|(_, v)| v.clone()).collect();
        let neutral = with_neutral_said(&mut terms);
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::AttributionVerb,
            versions: vs,
            terms,
            detail: format!(
                "{who}, “{}”: {}{neutral}.",
                snippet(&qs[0].text, 10),
                parts.join("; ")
            ),
            weight: 0.7,
            // One passage once, however many of the quotations it holds.
            evidence: qs
                .iter()
                .map(|q| (q.version, q.paragraph))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .map(|(version, paragraph)| Evidence {
                    version,
                    paragraph,
                    text: snippet(&versions[version].paragraphs[paragraph].text, 40),
                })
                .collect(),
        });
    }
}

/// Loaded words a minority of versions use in their own voice (outside quotations).
/// Whether the word at `at` opens a sentence (nothing but spaces and
/// opening marks since a full stop, or the start of the paragraph).
fn sentence_start(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'(".contains(c))
        .chars()
        .next_back()
        .is_none_or(|c| ".!?:".contains(c))
}

/// Nouns of amounts that dramatic verbs of change are used for: prices,
/// shares, sales, jobs (news business and economy language).
const AMOUNT_NOUNS: &[&str] = &[
    "price",
    "prices",
    "share",
    "shares",
    "stock",
    "stocks",
    "sales",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "cost",
    "costs",
    "rate",
    "rates",
    "job",
    "jobs",
    "value",
    "market",
    "markets",
    "index",
    "currency",
    "inflation",
    "demand",
    "output",
    "spending",
    "budget",
    "wages",
    "earnings",
    "number",
    "numbers",
    "figures",
    "tax",
    "taxes",
    "fees",
    "bills",
    "rents",
    "investment",
    "exports",
    "imports",
    "funding",
    "staff",
    "workforce",
    "ratings",
    "support",
    "turnout",
    "yields",
    "bonds",
    "valuation",
    // An outbreak's count ("infections have ballooned"); a death toll is
    // read as two words (see [`tells_amount`]).
    "infections",
    "tally",
];

/// The stretch of `text` around byte `at` between the nearest of `stops`
/// on each side (a sentence, a clause).
fn span_around(text: &str, at: usize, stops: &[char]) -> (usize, usize) {
    let start = text[..at].rfind(stops).map_or(0, |i| i + 1);
    let end = text[at..].find(stops).map_or(text.len(), |i| at + i);
    (start, end)
}

/// Whether the sentence around `at` tells of real armed force ("Gunmen
/// ambushed an aid convoy", "troops came under siege"): a war metaphor is
/// then the plain word for what happened.
fn tells_fighting(text: &str, at: usize) -> bool {
    const ARMED: &[&str] = &[
        "troops",
        "soldiers",
        "soldier",
        "gunmen",
        "gunman",
        "kidnappers",
        "hijackers",
        "captors",
        "abductors",
        "militants",
        "rebels",
        "insurgents",
        "army",
        "militia",
        "militias",
        "militiamen",
        "armed",
        "fighters",
        "military",
        "convoy",
        "patrol",
        "weapons",
        "gunfire",
        "rockets",
        "missiles",
        "artillery",
        "airstrikes",
        "shelling",
        "tanks",
    ];
    let (start, end) = span_around(text, at, &['.', '!', '?']);
    // (Not the metaphor's own word: "an army of volunteers".)
    crate::text::tokens(&text[start..end])
        .iter()
        .any(|t| start + t.start != at && ARMED.contains(&t.text.to_lowercase().as_str()))
}

/// Whether the sentence around byte `at` tells of an amount: a currency
/// sign or percent, or a noun of amounts (a bare number may be a time or a
/// toll: "the bridge collapsed at 1:30 am").
///
/// Only the verb's own clause counts: its subject among the five words
/// before it, what it changed by among the four after ("shares crashed
/// 20%", "prices plunged to $3"). "The flight that crashed in Vinhedo …
/// later updated the number to 61" tells of a number, not of its fall.
fn tells_amount(text: &str, at: usize) -> bool {
    let (start, end) = span_around(text, at, &['.', '!', '?', ',', ';']);
    let before = crate::text::tokens(&text[start..at]);
    let after = crate::text::tokens(&text[at..end]);
    let near: Vec<&str> = before
        .iter()
        .rev()
        .take(5)
        .chain(after.iter().skip(1).take(4))
        .map(|t| t.text)
        .collect();
    let clause = &text[start..end];
    let signed = clause
        .char_indices()
        .filter(|(_, c)| "$€£¥%".contains(*c))
        .any(|(i, _)| {
            let i = start + i;
            let (a, b) = (at.saturating_sub(40), (at + 40).min(text.len()));
            (a..b).contains(&i)
        });
    // "The death toll had soared": a toll of the dead, not a toll road.
    let death_toll = clause.to_lowercase().contains("death toll");
    signed
        || death_toll
        || near
            .iter()
            .any(|w| AMOUNT_NOUNS.contains(&w.to_lowercase().as_str()) || w.contains('%'))
}

/// Whether folded `text` holds `words` as whole words (a plural or
/// possessive ending allowed: "protesters" for "protester").
fn says(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let rest = &text[at + words.len()..];
        let rest = rest
            .strip_prefix("es")
            .or_else(|| rest.strip_prefix('s'))
            .or_else(|| rest.strip_prefix("'s"))
            .unwrap_or(rest);
        before.is_none_or(|c| !c.is_alphanumeric())
            && rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The adjective an adverb is made from: "heroically" → "heroic",
/// "brutally" → "brutal", "angrily" → "angry", "terribly" → "terrible",
/// "massively" → "massive". None for a word that is no such adverb.
fn adjective_of_adverb(word: &str) -> Option<String> {
    if word.len() < 6 {
        return None;
    }
    if let Some(b) = word.strip_suffix("ically") {
        return Some(format!("{b}ic"));
    }
    if let Some(b) = word.strip_suffix("ily") {
        return Some(format!("{b}y"));
    }
    if word.ends_with("bly") || word.ends_with("ply") {
        return Some(format!("{}e", &word[..word.len() - 1]));
    }
    word.strip_suffix("ly").map(str::to_string)
}

/// The paragraph number a word found in a version's headline is kept
/// under: no paragraph, and no evidence to point to.
const HEADLINE: usize = usize::MAX;

fn loaded_terms(
    versions: &[Version],
    links: &[crate::link::Link],
    quotes: &[Quote],
    entities: &[Entity],
    items: &mut Vec<FramingItem>,
) {
    // term index -> version -> (paragraph, surface form)
    let mut hits: BTreeMap<usize, BTreeMap<usize, (usize, String)>> = BTreeMap::new();
    // Every form each term is found in ("fleeced" in the headline,
    // "fleecing" in the body): one item names them all.
    let mut forms: BTreeMap<usize, std::collections::BTreeSet<String>> = BTreeMap::new();
    // The phrases each term sits in, wherever it is found.
    let mut set_in: BTreeMap<usize, std::collections::BTreeSet<String>> = BTreeMap::new();
    // Verbs that introduce a quotation are compared as attribution verbs.
    let cue_words: HashSet<(usize, usize, String)> = quotes
        .iter()
        .filter_map(|q| {
            q.cue
                .as_ref()
                .map(|c| (q.version, q.paragraph, c.to_lowercase()))
        })
        .collect();
    let mut quoted: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::default();
    for q in quotes {
        quoted
            .entry((q.version, q.paragraph))
            .or_default()
            .push((q.start, q.end));
    }
    let entries: Vec<(usize, Vec<String>, bool)> = LEXICON
        .loaded
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let words: Vec<String> = fold(&l.term)
                .split_whitespace()
                .map(str::to_string)
                .collect();
            let single = words.len() == 1 && !l.term.contains('-');
            (i, words, single)
        })
        .collect();
    // Terms of several words (or hyphenated), found by one automaton; one
    // of several words also joined by hyphens, as a compound before a noun
    // ("death-trap seats", "an under-fire minister"). Not the other way: a
    // hyphenated term's words apart are often plain grammar ("would-be",
    // "would be").
    let phrases: Vec<(usize, String)> = entries
        .iter()
        .filter(|(_, _, single)| !*single)
        .flat_map(|(i, words, _)| {
            let spaced = words.join(" ");
            let joined = (words.len() > 1).then(|| (*i, words.join("-")));
            std::iter::once((*i, spaced)).chain(joined)
        })
        .collect();
    // A contiguous NFA: the same matches as the DFA the crate would pick for
    // so few phrases, built in a fraction of the time, searched over one
    // story's text.
    let phrase_finder = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(phrases.iter().map(|(_, p)| p.as_str()))
        .expect("loaded phrases build an automaton");
    // Single-word terms by stem, so that each word of the text is stemmed once.
    let mut by_stem: HashMap<String, Vec<usize>> = HashMap::default();
    for (k, (_, words, single)) in entries.iter().enumerate() {
        if *single {
            by_stem.entry(stem(&words[0])).or_default().push(k);
        }
    }
    for (v, ver) in versions.iter().enumerate() {
        // The headline is words chosen too, often the most loaded ones
        // ("Kelthorpe train horror"): read after the body, as a heading,
        // so that a word the body also has points to its paragraph.
        let title = ver
            .title
            .as_ref()
            .map(|t| crate::model::Paragraph::single(ParagraphKind::Heading, t.clone()));
        let paragraphs = ver
            .paragraphs
            .iter()
            .enumerate()
            .chain(title.iter().map(|t| (HEADLINE, t)));
        for (p, para) in paragraphs {
            if !matches!(
                para.kind,
                ParagraphKind::Body | ParagraphKind::Heading | ParagraphKind::QuoteBlock
            ) {
                continue;
            }
            let folded = fold(&para.text);
            let qs = quoted.get(&(v, p)).cloned().unwrap_or_default();
            let toks = crate::text::tokens(&para.text);
            for (ti, t) in toks.iter().enumerate() {
                // (A quotation's verb is compared as its attribution; a
                // verb of motive is read here too, and left alone below if
                // that comparison already names it.)
                let other_cue = cue_words.contains(&(v, p, t.text.to_lowercase()))
                    && !LEXICON.is_motive_verb(t.text);
                if qs.iter().any(|(a, b)| t.start >= *a && t.end <= *b) || other_cue {
                    continue;
                }
                let f = fold(t.text);
                let f = f.trim_end_matches("'s");
                // The word right before is a name's (capitalised).
                let before = ti.checked_sub(1).and_then(|k| toks.get(k));
                let after_name = before.is_some_and(|b| b.text.starts_with(char::is_uppercase));
                // A label that names a government after a name ("the Assad
                // regime") or a determiner ("accused the regime of"), where
                // a common noun before it names a set of rules ("the safety
                // regime").
                let names_government = after_name
                    || before.is_some_and(|b| {
                        matches!(
                            b.text.to_lowercase().as_str(),
                            "the" | "this" | "that" | "his" | "her" | "its" | "their" | "whose"
                        )
                    });
                // An adverb tells what its adjective tells ("heroically",
                // "brutally", "angrily"): looked up by the adjective too.
                let mut ks: Vec<usize> = by_stem.get(&stem(f)).cloned().unwrap_or_default();
                // (Not when the adverb is listed itself: "brazenly" is one
                // word, not also "brazen".)
                let base = adjective_of_adverb(f).filter(|_| {
                    !ks.iter()
                        .any(|&k| entries[k].1.len() == 1 && entries[k].1[0] == f)
                });
                // A label or a vivid word as the head of a compound
                // ("cyber-thugs", "eco-zealots", "flood-ravaged"): the
                // word, named as written.
                // (A capitalised head after a lower-case article is a
                // name's: "Hayat Tahrir al-Sham", "Ahrar al-Sham"; a Title
                // Case headline's "Eco-Zealots" is still a label.)
                let capital_head = t.text.rsplit_once('-').is_some_and(|(article, h)| {
                    h.starts_with(char::is_uppercase)
                        && article
                            .rsplit('-')
                            .next()
                            .is_some_and(|a| a.starts_with(char::is_lowercase))
                });
                let compound_label = f
                    .rsplit_once('-')
                    .filter(|_| !capital_head)
                    .map(|(_, head)| head)
                    .filter(|head| head.len() >= 4)
                    .and_then(|head| by_stem.get(&stem(head)))
                    .map(|found| {
                        found
                            .iter()
                            .copied()
                            .filter(|&k| {
                                let l = &LEXICON.loaded[entries[k].0];
                                matches!(
                                    l.category.as_str(),
                                    "pejorative_label" | "crime_label" | "sensational"
                                ) && f
                                    .rsplit_once('-')
                                    .is_some_and(|(_, h)| h == entries[k].1[0])
                            })
                            .collect::<Vec<usize>>()
                    })
                    .unwrap_or_default();
                for &k in &compound_label {
                    if !ks.contains(&k) {
                        ks.push(k);
                    }
                }
                if let Some(b) = &base {
                    for &k in by_stem.get(&stem(b)).map(Vec::as_slice).unwrap_or(&[]) {
                        if !ks.contains(&k) {
                            ks.push(k);
                        }
                    }
                }
                // A capitalised word inside a sentence that meets a term
                // only by its stem is a name ("Rowe" is no "row").
                let inside = {
                    let head = para.text[..t.start].trim_end();
                    !head.is_empty() && !head.ends_with(['.', '!', '?', ':', '"', '“', '‘', '—'])
                };
                let name_like = inside
                    && t.text.starts_with(char::is_uppercase)
                    && t.text.chars().any(char::is_lowercase);
                for k in ks {
                    let (i, words, _) = &entries[k];
                    if name_like && f != words[0] {
                        continue;
                    }
                    let l = &LEXICON.loaded[*i];
                    // Loaded only in its idiom, with its verb among the four
                    // words before ("holding the whole city hostage").
                    if !l.loaded_after_within.is_empty()
                        && !toks[ti.saturating_sub(4)..ti]
                            .iter()
                            .any(|b| l.loaded_after_within.contains(&fold(b.text)))
                    {
                        continue;
                    }
                    // Context: a literal use ("runaway ship"), a common
                    // noun before a label ("safety regime").
                    // (The noun may follow a modifier: "runaway cargo ship".)
                    let literal = toks
                        .iter()
                        .skip(ti + 1)
                        .take(2)
                        .any(|n| l.literal_before.contains(&fold(n.text)))
                        || before.is_some_and(|b| l.literal_after.contains(&fold(b.text)))
                        || (!l.loaded_before.is_empty() && {
                            // (Past a determiner or a number: "eliminated
                            // two militants", "neutralised the gunmen".)
                            let next = toks.get(ti + 1).filter(|n| {
                                let w = fold(n.text);
                                n.text.chars().all(|c| c.is_ascii_digit() || c == ',')
                                    || crate::text::small_number(&w).is_some()
                                    || matches!(
                                        w.as_str(),
                                        "the" | "a" | "an" | "several" | "dozens" | "some"
                                    )
                            });
                            let k = if next.is_some() { ti + 2 } else { ti + 1 };
                            !toks
                                .get(k)
                                .is_some_and(|n| l.loaded_before.contains(&fold(n.text)))
                        });
                    // A verb of saying in a headline has no passage to be
                    // compared with ("Minister admits…"): attribution
                    // verbs are compared in the body.
                    if literal
                        || (l.name_before && !names_government)
                        || (p == HEADLINE && l.category == "motive_verb")
                    {
                        continue;
                    }
                    // Part of a name, not a word chosen: "the National
                    // Seismic Monitoring Network", "Massive Attack" (in the
                    // body, a capital inside a run of capitals).
                    // (At the start of a sentence a capital says nothing:
                    // "Fuming Judge Markby blasted…".)
                    if para.kind != ParagraphKind::Heading
                        && t.text.starts_with(char::is_uppercase)
                        && !sentence_start(&para.text, t.start)
                        && (after_name
                            || toks
                                .get(ti + 1)
                                .is_some_and(|n| n.text.starts_with(char::is_uppercase)))
                    {
                        continue;
                    }
                    // A dramatic verb for a change in numbers is only that
                    // when its sentence tells of an amount: homes
                    // "collapsed", a plane "crashed", a ship "sank".
                    if l.category == "cut_verbs"
                        && !l.figurative
                        && !tells_amount(&para.text, t.start)
                    {
                        continue;
                    }
                    if l.category == "war_metaphor" && tells_fighting(&para.text, t.start) {
                        continue;
                    }
                    // An adjective is matched as written: the stem of
                    // "crumbling" is also that of "the bridge crumbled".
                    let exact_only = matches!(
                        l.category.as_str(),
                        "valence_adjective" | "editorializing" | "sensational"
                    );
                    let term = words[0].as_str();
                    // A verb listed in the past ("tanked", "slammed") in
                    // the present is a headline's verb ("Stock tanks",
                    // "Trump slams critics") or a named subject's; in the
                    // body the same letters are usually a noun ("storm
                    // tanks").
                    let present = term.ends_with("ed")
                        && f.ends_with('s')
                        && !f.ends_with("ss")
                        && para.kind != ParagraphKind::Heading
                        && !after_name;
                    let inflected = !exact_only
                        && f.len() + 1 >= term.len()
                        // Another word of the same stem is not an
                        // inflection of the term: "illegally" is no
                        // "illegals".
                        && derived(f) == derived(term)
                        && !present
                        // An idiom is its one form ("hostage", not "hostages").
                        && l.loaded_after_within.is_empty();
                    let adverb = base.as_deref() == Some(term);
                    // A verb of saying in any tense ("Officials insist",
                    // "she insists" for the listed "insisted").
                    let tensed = l.category == "motive_verb" && LEXICON.same_verb(f, term);
                    let compound = compound_label.contains(&k);
                    if f == term || inflected || adverb || tensed || compound {
                        forms.entry(*i).or_default().insert(t.text.to_lowercase());
                        set_in
                            .entry(*i)
                            .or_default()
                            .extend(settings(&para.text, &toks, t.start, t.end));
                        hits.entry(*i)
                            .or_default()
                            .entry(v)
                            .or_insert((p, t.text.to_lowercase()));
                    }
                }
            }
            // Phrases of several words, all at once (one pass over the
            // paragraph whatever the number of phrases).
            for m in phrase_finder.find_overlapping_iter(folded.as_str()) {
                let (at, end) = (m.start(), m.end());
                let (i, phrase) = &phrases[m.pattern().as_usize()];
                let before_ok = folded[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after_ok = folded[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                // Folding keeps byte offsets for ASCII-heavy text; check quotes loosely.
                let inside = qs.iter().any(|(a, b)| at >= *a && at < *b);
                let category = LEXICON.loaded[*i].category.as_str();
                let literal = (category == "war_metaphor"
                    && para.text.is_char_boundary(at)
                    && tells_fighting(&para.text, at))
                    || (p == HEADLINE && category == "motive_verb");
                // The word after a phrase that ends in a preposition: its
                // object ("war on commuters"), a name making it literal
                // ("war on Ukraine").
                let next = para
                    .text
                    .get(end..)
                    .and_then(|rest| crate::text::tokens(rest).into_iter().next())
                    .filter(|_| folded.len() == para.text.len());
                let object = phrase
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| matches!(w, "on" | "against" | "of"));
                // (Past a determiner the object is not read: "the war on
                // the ground" is no campaign.)
                let plain_object = next.as_ref().is_some_and(|n| {
                    n.text.starts_with(char::is_lowercase)
                        && !matches!(n.text, "the" | "a" | "an" | "its" | "their" | "his" | "her")
                });
                let literal = literal || (LEXICON.loaded[*i].literal_before_name && !plain_object);
                if before_ok && after_ok && !inside && !literal {
                    let form = match (&next, object) {
                        (Some(n), true) => format!("{phrase} {}", n.text.to_lowercase()),
                        _ => phrase.clone(),
                    };
                    forms.entry(*i).or_default().insert(form.clone());
                    if folded.len() == para.text.len() {
                        set_in
                            .entry(*i)
                            .or_default()
                            .extend(settings(&para.text, &toks, at, end));
                    }
                    hits.entry(*i).or_default().entry(v).or_insert((p, form));
                }
            }
        }
    }
    // A word inside a longer term found at the same place is that term
    // ("frenzy" in "feeding frenzy"): one item, the longer.
    let phrase_words: HashSet<(usize, usize, String)> = hits
        .values()
        .flat_map(|by_version| by_version.iter())
        .filter(|(_, (_, s))| s.contains([' ', '-']))
        .flat_map(|(&v, (p, s))| s.split([' ', '-']).map(move |w| (v, *p, stem(w))))
        .collect();
    for by_version in hits.values_mut() {
        by_version.retain(|&v, (p, s)| {
            s.contains([' ', '-']) || !phrase_words.contains(&(v, *p, stem(s)))
        });
    }
    hits.retain(|_, by_version| !by_version.is_empty());
    let n = versions.len();
    let story_text: Vec<String> = versions
        .iter()
        .map(|v| {
            v.paragraphs
                .iter()
                .filter(|p| p.kind.is_story_text())
                .map(|p| fold(&p.text))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    // The links by sentence, made when a motive verb first asks.
    let mut linked: Option<HashMap<Place, Vec<Place>>> = None;
    for (i, by_version) in hits {
        // Loaded when a minority use it (or the only version there is).
        if n >= 2 && by_version.len() * 2 > n {
            continue;
        }
        let l = &LEXICON.loaded[i];
        // A verb of saying that tells a motive ("admitted", "insisted"),
        // where the other versions tell the same passage with another
        // verb of saying ("said", "acknowledged"): one attribution item,
        // not a loaded word besides.
        // Versions whose linked sentences say nothing of it may still
        // quote the same speaker, with their own verb.
        if l.category == "motive_verb"
            && items.iter().any(|it| {
                it.kind == FramingKind::AttributionVerb
                    && by_version.keys().all(|v| it.versions.contains(v))
                    && by_version.values().any(|(_, s)| it.terms.contains(s))
            })
        {
            continue;
        }
        if l.category == "motive_verb" {
            let mut verbs = reported_speech(
                versions,
                linked.get_or_insert_with(|| linked_places(links)),
                &by_version,
            );
            let told = tells_others(&verbs, &by_version);
            same_speaker_verbs(versions, entities, quotes, &by_version, &mut verbs);
            if tells_others(&verbs, &by_version) {
                items.push(if told {
                    verb_item(
                        versions,
                        &verbs,
                        "The same passage, told in reported speech",
                        0.65,
                    )
                } else {
                    verb_item(
                        versions,
                        &verbs,
                        "The same speaker, told with other verbs",
                        0.6,
                    )
                });
                continue;
            }
        }
        let vs: Vec<usize> = by_version.keys().copied().collect();
        let surface = by_version
            .values()
            .next()
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| l.term.clone());
        let names: Vec<&str> = vs.iter().map(|&v| name(&versions[v])).collect();
        // The neutral words the other versions actually use, else those
        // the guidance suggests.
        let alternatives: Vec<&str> = l
            .neutral
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .collect();
        let used: Vec<&str> = alternatives
            .iter()
            .copied()
            .filter(|a| {
                let a = fold(a);
                (0..n)
                    .filter(|v| !vs.contains(v))
                    .any(|v| says(&story_text[v], &a))
            })
            .collect();
        let quoted_list = |words: &[&str], last: &str| {
            let q: Vec<String> = words.iter().map(|w| format!("“{w}”")).collect();
            match q.split_last() {
                Some((end, rest)) if !rest.is_empty() => {
                    format!("{} {last} {end}", rest.join(", "))
                }
                _ => q.concat(),
            }
        };
        let neutral = if !used.is_empty() {
            format!(" (other versions say {})", quoted_list(&used, "and"))
        } else if alternatives.is_empty() {
            String::new()
        } else {
            format!(" (neutral: {})", quoted_list(&alternatives, "or"))
        };
        let others = if n > vs.len() {
            " where the others stay neutral"
        } else {
            ""
        };
        // One item per word: a term listed under two categories
        // ("catastrophic" as a dramatic noun and as a valence adjective)
        // is reported once, under the first.
        if items.iter().any(|it| {
            it.kind == FramingKind::LoadedTerm
                && it.versions == vs
                && it.terms.first() == Some(&surface)
        }) {
            continue;
        }
        let mut terms = vec![surface.clone()];
        terms.extend(
            forms
                .get(&i)
                .into_iter()
                .flatten()
                .filter(|f| **f != surface)
                .cloned(),
        );
        // A verb of saying that tells a motive is an attribution verb, told
        // beside the neutral verb even where no other version tells the
        // passage: one item, of that kind.
        // (One already naming it was looked for above.)
        let motive = l.category == "motive_verb";
        let lead_terms = if motive { 0 } else { terms.len() };
        if motive {
            terms.extend(alternatives.iter().map(|a| a.to_string()));
        } else {
            for t in set_in.get(&i).into_iter().flatten() {
                if !terms.contains(t) {
                    terms.push(t.clone());
                }
            }
        }
        items.push(FramingItem {
            lead_terms,
            kind: if motive {
                FramingKind::AttributionVerb
            } else {
                FramingKind::LoadedTerm
            },
            versions: vs.clone(),
            terms,
            detail: format!(
                "{} {} “{surface}”{others}{neutral}; {} ({}).",
                list(&names),
                if vs.len() > 1 { "use" } else { "uses" },
                l.category.replace('_', " "),
                l.source
            ),
            weight: 0.55,
            evidence: by_version
                .iter()
                .filter(|(_, (p, _))| *p != HEADLINE)
                .map(|(&v, (p, _))| Evidence {
                    version: v,
                    paragraph: *p,
                    text: snippet(&versions[v].paragraphs[*p].text, 40),
                })
                .collect(),
        });
    }
}

/// The phrase a loaded word sits in, as printed: the word with the content
/// word before it ("convenient excuse", "cyber thugs"), after it
/// ("so-called reform", "raking in millions"), both, or the two after it
/// ("raked in record profits"), within its clause (no mark between) and
/// only where the neighbour carries content (a function word is no
/// setting). An editor names a loaded word in its phrase as often as
/// alone; the item gives both.
fn settings(text: &str, toks: &[crate::text::Token], at: usize, end: usize) -> Vec<String> {
    let joined = |a: usize, b: usize| {
        text.get(a..b)
            .is_some_and(|g| g.chars().all(char::is_whitespace) && !g.is_empty())
    };
    let content = |t: &crate::text::Token| {
        let f = fold(t.text);
        !crate::text::is_stop(&f) && t.text.chars().any(char::is_alphanumeric)
    };
    let left = toks
        .iter()
        .rev()
        .find(|t| t.end <= at)
        .filter(|t| joined(t.end, at) && content(t));
    let mut right = toks.iter().filter(|t| t.start >= end);
    let r1 = right.next().filter(|t| joined(end, t.start) && content(t));
    let r2 = r1.and_then(|r| {
        right
            .next()
            .filter(|t| joined(r.end, t.start) && content(t))
    });
    let slice = |a: usize, b: usize| text.get(a..b).map(str::to_lowercase);
    let mut out = Vec::new();
    if let Some(l) = left {
        out.extend(slice(l.start, end));
        if let Some(r) = r1 {
            out.extend(slice(l.start, r.end));
        }
    }
    if let Some(r) = r1 {
        out.extend(slice(at, r.end));
        if let Some(r) = r2 {
            out.extend(slice(at, r.end));
        }
    }
    out
}

/// Each linked sentence's counterparts, both ways.
fn linked_places(links: &[crate::link::Link]) -> HashMap<Place, Vec<Place>> {
    let mut out: HashMap<Place, Vec<Place>> = HashMap::default();
    for l in links {
        out.entry(l.a).or_default().push(l.b);
        out.entry(l.b).or_default().push(l.a);
    }
    out
}

/// Verbs of saying (as written, lower case) -> the versions and paragraphs
/// using them.
type Verbs = BTreeMap<String, BTreeSet<(usize, usize)>>;

/// A motive verb of saying (`by_version`: version -> its paragraph and the
/// verb as written) beside the verbs of saying that the sentences linked to
/// its sentence use in other versions.
fn reported_speech(
    versions: &[Version],
    linked: &HashMap<Place, Vec<Place>>,
    by_version: &BTreeMap<usize, (usize, String)>,
) -> Verbs {
    let lemma = |w: &str| LEXICON.verbs.get(w).map(|(l, _)| l.as_str());
    let mut verbs = Verbs::new();
    for (&v, (p, surface)) in by_version {
        verbs.entry(surface.clone()).or_default().insert((v, *p));
        let para = &versions[v].paragraphs[*p];
        let Some(s) = para.sentences.iter().position(|t| {
            crate::text::tokens(t)
                .iter()
                .any(|w| w.text.eq_ignore_ascii_case(surface))
        }) else {
            continue;
        };
        for &[w, q, t] in linked.get(&[v, *p, s]).into_iter().flatten() {
            if by_version.contains_key(&w) {
                continue;
            }
            let Some(sentence) = versions[w].paragraphs[q].sentences.get(t) else {
                continue;
            };
            // The sentence's verb of reporting is its first one.
            if let Some((f, _)) = reporting_verb(sentence)
                && lemma(&f) != lemma(surface)
            {
                verbs.entry(f).or_default().insert((w, q));
            }
        }
    }
    verbs
}

/// The first verb of saying of a sentence that reports, as written in
/// lower case, with its byte offset: a verb in the past or the present of
/// reporting, not a noun of the same letters ("the written report"), nor
/// a verb of the reported clause ("said the company had warned
/// officials"), nor a quoted one.
fn reporting_verb(sentence: &str) -> Option<(String, usize)> {
    let toks = crate::text::tokens(sentence);
    // Words inside quotation marks are what was said, not how.
    let quoted: Vec<(usize, usize)> = crate::extract::quotes::spans(sentence, false)
        .iter()
        .map(|q| (q.outer_start, q.outer_end))
        .collect();
    for (k, tok) in toks.iter().enumerate() {
        let f = tok.text.to_lowercase();
        let prev = k.checked_sub(1).map(|b| toks[b].text.to_lowercase());
        let reporting = (f.ends_with("ed")
            || matches!(f.as_str(), "said" | "says" | "told" | "tells" | "wrote"))
            && !prev.as_deref().is_some_and(|b| {
                matches!(
                    b,
                    "a" | "an"
                        | "the"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "had"
                        | "has"
                        | "have"
                        | "having"
                )
            })
            && !quoted.iter().any(|(a, b)| tok.start >= *a && tok.end <= *b)
            // A verb in the passive tells what was done to the subject,
            // not what it said ("the injured have been admitted to
            // hospital", "residents were told to leave").
            && !crate::text::be_before(&sentence[..tok.start]);
        if reporting && LEXICON.verbs.contains_key(&f) {
            return Some((f, tok.start));
        }
    }
    None
}

/// A name's place in its paragraph: (start, end, entity, a person).
type NamedAt = (usize, usize, usize, bool);

/// The same statement in linked sentences of two versions, each telling
/// it with its own verb of saying for the same speaker named before the
/// verb ("Prigozhin said his fighters control the sites" / "Prigozhin
/// claimed Saturday his forces had reached the city"), where one of the
/// verbs tells a stance (a stronger verb or one of motive). One item per
/// statement, the linked sentences taken together; a statement another
/// item already names with the same verbs is left to it.
fn linked_attribution(
    versions: &[Version],
    links: &[crate::link::Link],
    entities: &[Entity],
    items: &mut Vec<FramingItem>,
) {
    let lemma = |w: &str| LEXICON.verbs.get(w).map(|(l, c)| (l.clone(), *c));
    let stance = |w: &str| {
        lemma(w).is_some_and(|(_, c)| c == VerbClass::Stronger) || LEXICON.is_motive_verb(w)
    };
    // Named people and bodies by paragraph: (start, end, entity, a
    // person).
    let mut named: HashMap<(usize, usize), Vec<NamedAt>> = HashMap::default();
    for (ei, e) in entities.iter().enumerate() {
        if !matches!(e.kind, EntityKind::Person | EntityKind::Organization) {
            continue;
        }
        for m in &e.mentions {
            named.entry((m.version, m.paragraph)).or_default().push((
                m.start,
                m.end,
                ei,
                e.kind == EntityKind::Person,
            ));
        }
    }
    // A sentence's verb of saying and its speaker, named before it.
    let mut read: HashMap<Place, Option<(String, usize)>> = HashMap::default();
    let mut said = |[v, p, s]: Place| -> Option<(String, usize)> {
        read.entry([v, p, s])
            .or_insert_with(|| {
                let para = versions.get(v)?.paragraphs.get(p)?;
                if !para.kind.is_story_text() {
                    return None;
                }
                let sentence = para.sentences.get(s)?;
                let (verb, at) = reporting_verb(sentence)?;
                // A verb in the passive tells what was said of the name
                // before it ("Card was accused of killing 18").
                // ("was reportedly accused": past an adverb.)
                if crate::text::be_before(&sentence[..at]) {
                    return None;
                }
                let ends = crate::compare::figures::sentence_ends(para);
                let start = ends.get(s)?.checked_sub(sentence.len())?;
                // The speaker is the person nearest before the verb
                // ("After talks with Putin, Prigozhin said"; "Maren Ekholt,
                // leader of the Harbour Party, said"), else the body.
                let who = named
                    .get(&(v, p))?
                    .iter()
                    .filter(|&&(a, b, _, _)| a >= start && b <= start + at)
                    .max_by_key(|&&(a, _, _, person)| (person, a))?
                    .2;
                Some((verb, who))
            })
            .clone()
    };
    // Sentences told with different verbs for the speaker both name, each
    // once with its verb and speaker, joined by their links
    // (union-find, [`super::root`]).
    let mut told: Vec<(Place, String, usize)> = Vec::new();
    let mut index: HashMap<Place, usize> = HashMap::default();
    let mut parent: Vec<usize> = Vec::new();
    for l in links.iter().filter(|l| l.a[0] != l.b[0]) {
        let (Some((va, who)), Some((vb, other))) = (said(l.a), said(l.b)) else {
            continue;
        };
        if who != other
            || lemma(&va).map(|l| l.0) == lemma(&vb).map(|l| l.0)
            || !(stance(&va) || stance(&vb))
        {
            continue;
        }
        let mut ends = [0; 2];
        for (end, (place, verb)) in ends.iter_mut().zip([(l.a, va), (l.b, vb)]) {
            *end = *index.entry(place).or_insert_with(|| {
                told.push((place, verb, who));
                parent.push(parent.len());
                parent.len() - 1
            });
        }
        let (ra, rb) = (
            super::root(&mut parent, ends[0]),
            super::root(&mut parent, ends[1]),
        );
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    // Each statement's sentences in reading order, the statements in the
    // order of their first sentence.
    let mut statements: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..told.len() {
        let r = super::root(&mut parent, i);
        statements.entry(r).or_default().push(i);
    }
    let mut statements: Vec<Vec<usize>> = statements.into_values().collect();
    for group in &mut statements {
        group.sort_unstable_by_key(|&i| told[i].0);
    }
    statements.sort_unstable_by_key(|group| told[group[0]].0);
    for group in statements {
        // One verb per version, its first in reading order.
        let mut verbs = Verbs::new();
        let mut versions_told: BTreeSet<usize> = BTreeSet::new();
        for &i in &group {
            let (place, verb, _) = &told[i];
            if versions_told.insert(place[0]) {
                verbs
                    .entry(verb.clone())
                    .or_default()
                    .insert((place[0], place[1]));
            }
        }
        let lemmas: BTreeSet<String> = verbs.keys().filter_map(|v| lemma(v)).map(|l| l.0).collect();
        if lemmas.len() < 2 || !verbs.keys().any(|v| stance(v)) {
            continue;
        }
        let who = entities[told[group[0]].2].name.clone();
        let item = verb_item(
            versions,
            &verbs,
            &format!("{who}, the same statement told with other verbs"),
            0.6,
        );
        let known = items.iter().any(|n| {
            n.kind == FramingKind::AttributionVerb
                && share_a_paragraph(&item, n)
                && item
                    .terms
                    .iter()
                    .filter(|t| stance(t))
                    .all(|t| n.terms.contains(t))
        });
        if !known {
            items.push(item);
        }
    }
}

/// Whether a version other than those using the motive verb tells the
/// passage with a verb of its own.
fn tells_others(verbs: &Verbs, by_version: &BTreeMap<usize, (usize, String)>) -> bool {
    verbs
        .values()
        .flatten()
        .any(|(v, _)| !by_version.contains_key(v))
}

/// One attribution item for the verbs of saying the versions use, the
/// detail opened by `lead`.
fn verb_item(versions: &[Version], verbs: &Verbs, lead: &str, weight: f64) -> FramingItem {
    let mut vs: Vec<usize> = verbs.values().flatten().map(|&(v, _)| v).collect();
    vs.sort_unstable();
    vs.dedup();
    let parts: Vec<String> = verbs
        .iter()
        .map(|(verb, at)| {
            let mut names: Vec<&str> = at.iter().map(|&(v, _)| name(&versions[v])).collect();
            names.dedup();
            format!("{} “{verb}”", list(&names))
        })
        .collect();
    let mut seen = BTreeSet::new();
    let mut terms: Vec<String> = verbs.keys().cloned().collect();
    let neutral = with_neutral_said(&mut terms);
    FramingItem {
        lead_terms: 0,
        kind: FramingKind::AttributionVerb,
        versions: vs,
        terms,
        detail: format!("{lead}: {}{neutral}.", parts.join("; ")),
        weight,
        evidence: verbs
            .values()
            .flatten()
            .filter(|at| seen.insert(**at))
            .map(|&(v, p)| Evidence {
                version: v,
                paragraph: p,
                text: snippet(&versions[v].paragraphs[p].text, 40),
            })
            .collect(),
    }
}

/// Where a verb of saying tells a stance and no version says "said", the
/// verb the style guides give as the neutral one is named beside the
/// others' (AP Stylebook, Reuters Handbook: "said"); returns the note for
/// the item's detail.
fn with_neutral_said(terms: &mut Vec<String>) -> &'static str {
    let class = |v: &str| LEXICON.verbs.get(&v.to_lowercase()).map(|c| c.1);
    if terms
        .iter()
        .any(|t| class(t) == Some(VerbClass::Stronger) || LEXICON.is_motive_verb(t))
        && !terms.iter().any(|t| t.eq_ignore_ascii_case("said"))
    {
        terms.push("said".to_string());
        " (neutral: “said”)"
    } else {
        ""
    }
}

/// To the verbs of a motive verb of saying (`by_version`: version -> its
/// paragraph and the verb as written), for each version that tells it
/// with none yet: the verb it uses most to introduce the same speaker's
/// quotations. The speaker is the first person (else the first name) of
/// the verb's sentence before the verb ("Dmitri Orlov, who heads the
/// agency, claimed"); a version that never quotes that speaker adds
/// nothing.
fn same_speaker_verbs(
    versions: &[Version],
    entities: &[Entity],
    quotes: &[Quote],
    by_version: &BTreeMap<usize, (usize, String)>,
    verbs: &mut Verbs,
) {
    let lemma = |w: &str| LEXICON.verbs.get(w).map(|(l, _)| l.as_str());
    let covered: BTreeSet<usize> = verbs.values().flatten().map(|&(v, _)| v).collect();
    for (&v, (p, surface)) in by_version {
        let text = &versions[v].paragraphs[*p].text;
        let Some(at) = crate::text::tokens(text)
            .iter()
            .find(|t| t.text.eq_ignore_ascii_case(surface))
            .map(|t| t.start)
        else {
            continue;
        };
        let from = text[..at].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
        let mut named: Vec<(usize, &Entity)> = entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .filter(|m| {
                        m.version == v && m.paragraph == *p && m.start >= from && m.end <= at
                    })
                    .map(move |m| (m.start, e))
            })
            .collect();
        named.sort_by_key(|(start, e)| (e.kind != EntityKind::Person, *start));
        // "he insisted", "she claimed": the person named last before the
        // sentence, in its paragraph or the one before.
        let pronoun = crate::text::tokens(&text[..at])
            .last()
            .is_some_and(|t| matches!(t.text.to_lowercase().as_str(), "he" | "she"));
        let antecedent = || {
            entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person)
                .flat_map(|e| {
                    e.mentions
                        .iter()
                        .filter(|m| {
                            m.version == v
                                && (m.paragraph + 1 == *p || (m.paragraph == *p && m.end <= from))
                        })
                        .map(move |m| ((m.paragraph, m.start), e))
                })
                .max_by_key(|(at, _)| *at)
                .map(|(_, e)| e)
        };
        let who = match named.first() {
            Some((_, e)) if e.kind == EntityKind::Person || !pronoun => *e,
            _ if pronoun => match antecedent() {
                Some(e) => e,
                None => continue,
            },
            _ => continue,
        };
        for w in (0..versions.len()).filter(|w| !covered.contains(w)) {
            if let Some((cue, q)) = most_used_cue(quotes, w, &who.id, |l| Some(l) != lemma(surface))
            {
                verbs.entry(cue).or_default().insert((w, q));
            }
        }
    }
}

/// The verb of saying (lower case) version `w` uses most to introduce
/// `speaker`'s own quotations (none carried on), with the paragraph of its
/// first use, among the verbs whose lemma `keep` accepts.
fn most_used_cue(
    quotes: &[Quote],
    w: usize,
    speaker: &str,
    keep: impl Fn(&str) -> bool,
) -> Option<(String, usize)> {
    let mut cues: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for q in quotes.iter().filter(|q| {
        q.version == w
            && q.speaker.as_deref() == Some(speaker)
            && q.attribution != Attribution::Continued
    }) {
        let Some(cue) = q.cue.as_deref().map(str::to_lowercase) else {
            continue;
        };
        if LEXICON.verbs.get(&cue).is_some_and(|(l, _)| keep(l)) {
            cues.entry(cue).or_insert((0, q.paragraph)).0 += 1;
        }
    }
    cues.into_iter()
        .max_by_key(|(_, (n, _))| *n)
        .map(|(cue, (_, p))| (cue, p))
}

/// How the words "was quoted as saying" stand around a quotation: the
/// outlet did not hear them; it passes on another's report ("judge
/// Benedicte de Perthuis was quoted as saying by the French news agency
/// AFP").
static SECOND_HAND: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r"(?i)\b(?:was|were|is|are|been|being)\s+quoted\s+as\s+say(?:ing|s)\b")
        .expect("valid second-hand pattern")
});

/// A speaker one version quotes second-hand ("was quoted as saying by
/// AFP") and others quote as heard ("said"): the same voice, passed on
/// through another outlet in one version. One item per speaker and
/// second-hand version, beside the verb each other version uses most for
/// that speaker.
fn second_hand(
    versions: &[Version],
    quotes: &[Quote],
    entities: &[Entity],
    items: &mut Vec<FramingItem>,
) {
    // (version, speaker) -> paragraph of a quotation passed on.
    let mut passed: BTreeMap<(usize, &str), usize> = BTreeMap::new();
    let is_passed = |q: &Quote| {
        let text = &versions[q.version].paragraphs[q.paragraph].text;
        let lo = crate::text::tail(text, q.start, 160);
        let hi = crate::text::head(text.get(q.end..).unwrap_or(""), 160);
        // The words of the quotation's own sentence, on either side.
        let before = lo.rsplit(['.', '!', '?']).next().unwrap_or(lo);
        let after = hi.split(['.', '!', '?']).next().unwrap_or(hi);
        SECOND_HAND.is_match(before) || SECOND_HAND.is_match(after)
    };
    for q in quotes {
        if let Some(s) = q.speaker.as_deref()
            && q.attribution == Attribution::Named
            && is_passed(q)
        {
            passed.entry((q.version, s)).or_insert(q.paragraph);
        }
    }
    for (&(v, who), &p) in &passed {
        let mut verbs = Verbs::new();
        verbs
            .entry("was quoted as saying".to_string())
            .or_default()
            .insert((v, p));
        for w in (0..versions.len()).filter(|&w| w != v && !passed.contains_key(&(w, who))) {
            if let Some((cue, q)) = most_used_cue(quotes, w, who, |l| l != "quote") {
                verbs.entry(cue).or_default().insert((w, q));
            }
        }
        if verbs.len() < 2 {
            continue;
        }
        let lead = format!(
            "{}, quoted as heard in some versions and passed on from another report in {}",
            entity_name(entities, who),
            name(&versions[v])
        );
        items.push(verb_item(versions, &verbs, &lead, 0.55));
    }
}

/// Rows most versions carry and some leave out.
/// A word derived by a suffix that makes another word of its stem
/// ("illegally", "legality", "fairness", "settlement").
fn derived(word: &str) -> bool {
    ["ly", "ity", "ities", "ness", "ment", "ments"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// The value of a figure that can tell a fact apart: no date, no small
/// whole number ("two", "three" are in every story).
fn telling(value: &crate::model::FigureValue, unit: Option<&str>) -> Option<f64> {
    value
        .as_number()
        .filter(|x| unit != Some("date") && (x.fract() != 0.0 || x.abs() >= 10.0))
}

/// Per version, the telling values its headline gives (headlines are not
/// paragraphs, so their figures are read here).
fn headline_values(versions: &[Version]) -> Vec<Vec<f64>> {
    versions
        .iter()
        .map(|v| {
            v.title
                .as_deref()
                .map(|t| {
                    crate::extract::figures::find(t, None)
                        .into_iter()
                        .filter_map(|f| telling(&f.value, f.unit.as_deref()))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect()
}

/// Whether a headline gives one of these values.
fn gives_any(headline: &[f64], values: &[f64]) -> bool {
    headline.iter().any(|t| {
        values
            .iter()
            .any(|x| (t - x).abs() <= 1e-9 * t.abs().max(1.0))
    })
}

/// Link score from which a paragraph's fact counts as told by the linked
/// version, wherever it stands there.
const TOLD_ELSEWHERE: f64 = 0.6;

/// What a map keyed by paragraph holds for the paragraphs `at`, together.
fn gathered<T: Copy, C: FromIterator<T>>(
    at: &[(usize, usize)],
    map: &std::collections::HashMap<(usize, usize), Vec<T>>,
) -> C {
    at.iter()
        .filter_map(|k| map.get(k))
        .flatten()
        .copied()
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn omissions(
    versions: &[Version],
    rows: &[Row],
    quotes: &[Quote],
    entities: &[Entity],
    figures: &[Figure],
    links: &[crate::link::Link],
    headline: &[Vec<f64>],
    items: &mut Vec<FramingItem>,
) {
    // Per paragraph, the telling values of its figures, as extracted, and
    // the facts they state (figure groups, dates aside); per fact, the
    // versions that state it anywhere.
    let mut values_at: std::collections::HashMap<(usize, usize), Vec<f64>> =
        std::collections::HashMap::new();
    let mut facts_at: std::collections::HashMap<(usize, usize), Vec<usize>> =
        std::collections::HashMap::new();
    let mut stated_by: std::collections::HashMap<usize, Vec<usize>> =
        std::collections::HashMap::new();
    for f in figures {
        let at = (f.version, f.paragraph);
        if let Some(x) = telling(&f.value, f.unit.as_deref()) {
            values_at.entry(at).or_default().push(x);
        }
        if f.unit.as_deref() != Some("date") {
            facts_at.entry(at).or_default().push(f.group);
            let by = stated_by.entry(f.group).or_default();
            if !by.contains(&f.version) {
                by.push(f.version);
            }
        }
    }
    let n = versions.len();
    // Per paragraph, the versions its sentences are firmly linked to: a
    // version that states the paragraph's fact elsewhere, in a row of its
    // own, does not leave it out.
    let mut told_in: std::collections::HashMap<(usize, usize), Vec<usize>> =
        std::collections::HashMap::new();
    for l in links.iter().filter(|l| l.score >= TOLD_ELSEWHERE) {
        for (x, y) in [(l.a, l.b), (l.b, l.a)] {
            let e = told_in.entry((x[0], x[1])).or_default();
            if !e.contains(&y[0]) {
                e.push(y[0]);
            }
        }
    }
    // Per paragraph, the sets of versions that name each entity it names.
    let mut named_by: std::collections::HashMap<(usize, usize), Vec<Vec<usize>>> =
        std::collections::HashMap::new();
    for e in entities {
        let mut vs: Vec<usize> = e.mentions.iter().map(|m| m.version).collect();
        vs.sort_unstable();
        vs.dedup();
        for m in &e.mentions {
            named_by
                .entry((m.version, m.paragraph))
                .or_default()
                .push(vs.clone());
        }
    }
    let quoted: HashSet<(usize, usize)> = quotes.iter().map(|q| (q.version, q.paragraph)).collect();
    for row in rows {
        let present: Vec<usize> = (0..n).filter(|&v| !row.cells[v].is_empty()).collect();
        // The row's paragraphs, as (version, paragraph).
        let here: Vec<(usize, usize)> = present
            .iter()
            .flat_map(|&v| row.cells[v].iter().map(move |&p| (v, p)))
            .collect();
        let told: Vec<usize> = gathered(&here, &told_in);
        let absent: Vec<usize> = (0..n)
            .filter(|&v| row.cells[v].is_empty() && !told.contains(&v))
            .collect();
        if present.is_empty() || absent.is_empty() {
            continue;
        }
        // A version whose headline gives the row's figure tells the fact
        // there ("Death Toll Rises To 632" over a story that never repeats
        // it).
        let row_values: Vec<f64> = gathered(&here, &values_at);
        // A version that states every figure fact of the row in other
        // paragraphs ("17 are missing" in its lede, "tens of thousands
        // fled" later) tells what the row tells, split differently.
        let row_facts: BTreeSet<usize> = gathered(&here, &facts_at);
        let states_all = |v: usize| {
            !row_facts.is_empty()
                && row_facts
                    .iter()
                    .all(|g| stated_by.get(g).is_some_and(|by| by.contains(&v)))
        };
        let absent: Vec<usize> = absent
            .into_iter()
            .filter(|&v| !gives_any(&headline[v], &row_values) && !states_all(v))
            .collect();
        if absent.is_empty() {
            continue;
        }
        let v0 = present[0];
        let p0 = row.cells[v0][0];
        let para = &versions[v0].paragraphs[p0];
        if !para.kind.is_story_text() {
            continue;
        }
        let has_quote = present
            .iter()
            .any(|&v| row.cells[v].iter().any(|&p| quoted.contains(&(v, p))));
        let has_figure = para.text.chars().any(|c| c.is_ascii_digit());
        // What only a minority reports is a finding when it is a fact a
        // reader can check: a quotation, a figure, or a name the others do
        // not mention at all.
        let minority = present.len() < absent.len() || (present.len() == 1 && n > 2);
        if minority {
            let names_alone = present.iter().any(|&v| {
                row.cells[v].iter().any(|&p| {
                    named_by.get(&(v, p)).is_some_and(|sets| {
                        sets.iter().any(|s| s.iter().all(|u| present.contains(u)))
                    })
                })
            });
            if !(has_quote || has_figure || names_alone) {
                continue;
            }
        }
        let share = present.len() as f64 / n as f64;
        let weight = if minority { 0.2 } else { 0.45 }
            + 0.3 * share
            + if has_quote { 0.1 } else { 0.0 }
            + if has_figure { 0.05 } else { 0.0 };
        let missing: Vec<&str> = absent.iter().map(|&v| name(&versions[v])).collect();
        let carrying: Vec<&str> = present.iter().map(|&v| name(&versions[v])).collect();
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::Omission,
            versions: absent.clone(),
            terms: Vec::new(),
            detail: format!(
                "{} leave{} out what {} report{}: “{}”",
                list(&missing),
                if absent.len() == 1 { "s" } else { "" },
                list(&carrying),
                if present.len() == 1 { "s" } else { "" },
                snippet(&para.text, 18)
            ),
            weight: weight.min(0.95),
            evidence: present
                .iter()
                .map(|&v| {
                    let p = row.cells[v][0];
                    Evidence {
                        version: v,
                        paragraph: p,
                        text: snippet(&versions[v].paragraphs[p].text, 40),
                    }
                })
                .collect(),
        });
    }
}

/// Whether two items point to one paragraph of one version.
fn share_a_paragraph(a: &FramingItem, b: &FramingItem) -> bool {
    a.evidence.iter().any(|e| {
        b.evidence
            .iter()
            .any(|m| (m.version, m.paragraph) == (e.version, e.paragraph))
    })
}

/// The fact most versions open with, given by one version only from its
/// third paragraph on, behind something else: the lede buried. One item
/// for each such version.
fn buried_lede(
    versions: &[Version],
    rows: &[Row],
    places: &[Vec<Option<usize>>],
    named: &mut HashSet<(usize, bool)>,
    items: &mut Vec<FramingItem>,
) {
    let body_index = |v: usize, p: usize| places[v].get(p).copied().flatten();
    let telling: Vec<usize> = (0..versions.len())
        .filter(|&v| story_lede(&versions[v]).is_some())
        .collect();
    if telling.len() < 3 {
        return;
    }
    // The row that holds the most ledes.
    let Some((r, openers)) = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let openers: Vec<usize> = telling
                .iter()
                .copied()
                .filter(|&v| {
                    row.cells
                        .get(v)
                        .is_some_and(|c| c.iter().any(|&p| body_index(v, p) == Some(0)))
                })
                .collect();
            (r, openers)
        })
        .max_by_key(|(r, o)| (o.len(), std::cmp::Reverse(*r)))
    else {
        return;
    };
    // (A majority of three or more is two at least.)
    if openers.len() * 2 <= telling.len() {
        return;
    }
    let row = &rows[r];
    for &v in telling.iter().filter(|v| !openers.contains(v)) {
        let Some((p, k)) = row
            .cells
            .get(v)
            .into_iter()
            .flatten()
            .filter_map(|&p| body_index(v, p).map(|k| (p, k)))
            .min_by_key(|(_, k)| *k)
        else {
            continue;
        };
        if k < 2 {
            continue;
        }
        let names: Vec<&str> = openers.iter().map(|&o| name(&versions[o])).collect();
        let (o, op) = (openers[0], row.cells[openers[0]][0]);
        // The item is about the version that buries the lede and the
        // versions it is measured against.
        let mut about = openers.clone();
        about.push(v);
        about.sort_unstable();
        named.insert((v, true));
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::Prominence,
            versions: about,
            terms: Vec::new(),
            detail: format!(
                "{} gives only in its paragraph {} what {} open{} with: “{}”",
                name(&versions[v]),
                k + 1,
                list(&names),
                if openers.len() == 1 { "s" } else { "" },
                snippet(&versions[o].paragraphs[op].text, 16)
            ),
            weight: 0.5,
            evidence: vec![
                Evidence {
                    version: v,
                    paragraph: p,
                    text: snippet(&versions[v].paragraphs[p].text, 30),
                },
                Evidence {
                    version: o,
                    paragraph: op,
                    text: snippet(&versions[o].paragraphs[op].text, 30),
                },
            ],
        });
    }
}

/// A fact near the top of one version and far down in others.
fn prominence(
    versions: &[Version],
    rows: &[Row],
    figures: &[Figure],
    items: &mut Vec<FramingItem>,
) {
    let places = story_places(versions);
    // How many story paragraphs each version has.
    let counts: Vec<usize> = places.iter().map(|p| p.iter().flatten().count()).collect();
    // Versions an item names as the one that differs, and whether for a
    // fact buried.
    let mut named: HashSet<(usize, bool)> = HashSet::default();
    buried_lede(versions, rows, &places, &mut named, items);
    // Relative position of each body paragraph in its version, 0 (top) to 1.
    let pos = |v: usize, p: usize| -> Option<f64> {
        let k = places[v].get(p).copied().flatten()?;
        Some(if counts[v] <= 1 {
            0.0
        } else {
            k as f64 / (counts[v] - 1) as f64
        })
    };
    for row in rows {
        let placed: Vec<(usize, usize, f64)> = row
            .cells
            .iter()
            .enumerate()
            .filter_map(|(v, c)| c.first().and_then(|&p| pos(v, p).map(|x| (v, p, x))))
            .collect();
        if placed.len() < 2 {
            continue;
        }
        let mut xs: Vec<f64> = placed.iter().map(|t| t.2).collect();
        xs.sort_by(f64::total_cmp);
        let median = xs[xs.len() / 2];
        let high: Vec<&(usize, usize, f64)> = placed
            .iter()
            .filter(|t| t.2 <= 0.2 && median - t.2 >= 0.4)
            .collect();
        if high.is_empty() {
            continue;
        }
        let low: Vec<&(usize, usize, f64)> =
            placed.iter().filter(|t| t.2 - high[0].2 >= 0.4).collect();
        let hv: Vec<usize> = high.iter().map(|t| t.0).collect();
        let hn: Vec<&str> = hv.iter().map(|&v| name(&versions[v])).collect();
        let ln: Vec<&str> = low.iter().map(|t| name(&versions[t.0])).collect();
        let (v0, p0, _) = *high[0];
        named.extend(hv.iter().map(|&v| (v, false)));
        let mut about: Vec<usize> = hv.iter().chain(low.iter().map(|t| &t.0)).copied().collect();
        about.sort_unstable();
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::Prominence,
            versions: about,
            terms: Vec::new(),
            detail: format!(
                "{} put{} near the top what {} place{} far down: “{}”",
                list(&hn),
                if high.len() == 1 { "s" } else { "" },
                list(&ln),
                if low.len() == 1 { "s" } else { "" },
                snippet(&versions[v0].paragraphs[p0].text, 16)
            ),
            weight: 0.5,
            evidence: placed
                .iter()
                .map(|&(v, p, _)| Evidence {
                    version: v,
                    paragraph: p,
                    text: snippet(&versions[v].paragraphs[p].text, 30),
                })
                .collect(),
        });
    }
    fact_prominence(versions, figures, &places, &counts, named, items);
}

/// Each paragraph's place among its version's story paragraphs (`None`
/// for furniture), read once for every rule of prominence.
fn story_places(versions: &[Version]) -> Vec<Vec<Option<usize>>> {
    versions
        .iter()
        .map(|ver| {
            let mut k = 0;
            ver.paragraphs
                .iter()
                .map(|para| {
                    para.kind.is_story_text().then(|| {
                        k += 1;
                        k - 1
                    })
                })
                .collect()
        })
        .collect()
}

/// A fact (a figure group) most versions that give it give at the top (in
/// their first two story paragraphs), that one gives only far down, from
/// its fourth paragraph and past the first two fifths of its story: the
/// fact buried ("will cut 4,800 jobs" in every lede, "Separately, the group
/// confirmed it will cut 4,800 positions" in a tenth paragraph). And the
/// reverse: a fact one version opens with that every other version giving
/// it (two at least) gives only far down. One item of each kind per
/// version; a version a row-based item already names for the same kind is
/// left to it.
fn fact_prominence(
    versions: &[Version],
    figures: &[Figure],
    places: &[Vec<Option<usize>>],
    counts: &[usize],
    mut named: HashSet<(usize, bool)>,
    items: &mut Vec<FramingItem>,
) {
    // Per fact, per version: the earliest place it is given, and where.
    let mut facts: BTreeMap<usize, BTreeMap<usize, (usize, usize, usize)>> = BTreeMap::new();
    for f in figures {
        if matches!(f.value, crate::model::FigureValue::Date(_)) || versions[f.version].off_story()
        {
            continue;
        }
        let Some(k) = places[f.version].get(f.paragraph).copied().flatten() else {
            continue;
        };
        let at = facts
            .entry(f.group)
            .or_default()
            .entry(f.version)
            .or_insert((k, f.paragraph, f.start));
        if k < at.0 {
            *at = (k, f.paragraph, f.start);
        }
    }
    let far = |v: usize, k: usize| k >= 3 && k as f64 >= 0.4 * counts[v].saturating_sub(1) as f64;
    for given in facts.values() {
        if given.len() < 3 {
            continue;
        }
        let top: Vec<usize> = given
            .iter()
            .filter(|(_, at)| at.0 <= 1)
            .map(|(&v, _)| v)
            .collect();
        for (&w, &(k, p, at)) in given {
            let others: Vec<usize> = given.keys().copied().filter(|&v| v != w).collect();
            // Buried: most give it at the top, this one far down.
            let buried = top.len() >= 2 && top.len() * 2 > given.len() && far(w, k);
            // Raised: this one opens with it, every other gives it far down.
            let raised = k == 0 && others.iter().all(|&v| far(v, given[&v].0));
            if !(buried || raised) || named.contains(&(w, buried)) {
                continue;
            }
            named.insert((w, buried));
            let (them, word): (Vec<usize>, &str) = if buried {
                (top.clone(), "at the top")
            } else {
                (others.clone(), "far down")
            };
            let names: Vec<&str> = them.iter().map(|&v| name(&versions[v])).collect();
            let (o, op, oat) = (them[0], given[&them[0]].1, given[&them[0]].2);
            let detail = if buried {
                format!(
                    "{} gives only in its paragraph {} what {} give{} {word}: “{}”",
                    name(&versions[w]),
                    k + 1,
                    list(&names),
                    if names.len() == 1 { "s" } else { "" },
                    snippet(sentence_at(&versions[o].paragraphs[op], oat), 20)
                )
            } else {
                format!(
                    "{} opens with what {} give{} only {word}: “{}”",
                    name(&versions[w]),
                    list(&names),
                    if names.len() == 1 { "s" } else { "" },
                    snippet(sentence_at(&versions[w].paragraphs[p], at), 20)
                )
            };
            let mut evidence = vec![Evidence {
                version: w,
                paragraph: p,
                text: snippet(sentence_at(&versions[w].paragraphs[p], at), 30),
            }];
            evidence.extend(them.iter().map(|&v| {
                let (_, q, qat) = given[&v];
                Evidence {
                    version: v,
                    paragraph: q,
                    text: snippet(sentence_at(&versions[v].paragraphs[q], qat), 30),
                }
            }));
            let mut about = them.clone();
            about.push(w);
            about.sort_unstable();
            items.push(FramingItem {
                lead_terms: 0,
                kind: FramingKind::Prominence,
                versions: about,
                terms: Vec::new(),
                detail,
                weight: 0.5,
                evidence,
            });
        }
    }
}

/// The sentence of a paragraph that holds byte `at` (the paragraph's
/// text when it has none).
fn sentence_at(para: &crate::model::Paragraph, at: usize) -> &str {
    let ends = crate::compare::figures::sentence_ends(para);
    para.sentences
        .get(crate::compare::figures::sentence_at(&ends, at))
        .map_or(para.text.as_str(), String::as_str)
}

fn entity_name(entities: &[Entity], id: &str) -> String {
    entities
        .iter()
        .find(|e| e.id == id)
        .map_or_else(|| id.to_string(), |e| e.name.clone())
}

/// Speakers only one version or one source quotes. A version's own voices
/// (quoted by no other version) are named for it; a family of versions
/// carrying one source's copy is one source, so voices its copies share and
/// no one else quotes are named once for the family, not once per copy.
fn source_balance(
    versions: &[Version],
    quotes: &[Quote],
    entities: &[Entity],
    families: &[Vec<usize>],
    items: &mut Vec<FramingItem>,
) {
    // version -> speaker -> quoted words.
    let mut words: BTreeMap<usize, BTreeMap<String, usize>> = BTreeMap::new();
    for q in quotes {
        if let Some(sp) = &q.speaker {
            *words
                .entry(q.version)
                .or_default()
                .entry(sp.clone())
                .or_default() += q.text.split_whitespace().count();
        }
    }
    let family_of = |v: usize| families.iter().position(|f| f.contains(&v));
    let mut push = |members: Vec<usize>, unique: Vec<String>, family: bool| {
        let mut per: BTreeMap<&String, usize> = BTreeMap::new();
        for v in &members {
            for (s, n) in &words[v] {
                *per.entry(s).or_default() += n;
            }
        }
        let total: usize = per.values().sum();
        let extra: usize = unique
            .iter()
            .map(|s| per.get(s).copied().unwrap_or(0))
            .sum();
        let breakdown = per
            .iter()
            .map(|(s, n)| format!("{} {n}", entity_name(entities, s)))
            .collect::<Vec<_>>()
            .join(", ");
        let names: Vec<String> = unique.iter().map(|s| entity_name(entities, s)).collect();
        let who = list(
            &members
                .iter()
                .map(|&v| name(&versions[v]))
                .collect::<Vec<_>>(),
        );
        let detail = if family {
            format!(
                "{who}, one source's copy, quote {} ({extra} of {total} quoted words), whom no other source quotes: one voice, however many copies. Quoted words by speaker: {breakdown}.",
                list(&names.iter().map(String::as_str).collect::<Vec<_>>())
            )
        } else {
            format!(
                "{who} quotes {} ({extra} of its {total} quoted words), whom no other version quotes. Quoted words by speaker: {breakdown}.",
                list(&names.iter().map(String::as_str).collect::<Vec<_>>())
            )
        };
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::SourceBalance,
            versions: members.clone(),
            terms: names,
            detail,
            weight: 0.45 + 0.2 * (extra as f64 / total.max(1) as f64),
            evidence: voice_evidence(quotes, &members, |s| unique.iter().any(|u| u == s)),
        });
    };
    // Each version's own voices.
    for (&v, speakers) in &words {
        let unique: Vec<String> = speakers
            .keys()
            .filter(|s| !words.iter().any(|(&u, sp)| u != v && sp.contains_key(*s)))
            .cloned()
            .collect();
        if !unique.is_empty() {
            push(vec![v], unique, false);
        }
    }
    // Voices a family's copies share and no other source quotes.
    for (f, fam) in families.iter().enumerate() {
        let members: Vec<usize> = fam
            .iter()
            .copied()
            .filter(|v| words.contains_key(v))
            .collect();
        let outside = words.keys().any(|&u| family_of(u) != Some(f));
        if members.len() < 2 || !outside {
            continue;
        }
        let mut unique: Vec<String> = Vec::new();
        for v in &members {
            for s in words[v].keys() {
                let copies = members.iter().filter(|u| words[u].contains_key(s)).count();
                let elsewhere = words
                    .iter()
                    .any(|(&u, sp)| family_of(u) != Some(f) && sp.contains_key(s));
                if copies >= 2 && !elsewhere && !unique.contains(s) {
                    unique.push(s.clone());
                }
            }
        }
        if !unique.is_empty() {
            push(members, unique, true);
        }
    }
    voices_shared_by_few(versions, quotes, entities, families, &words, items);
}

/// The quotations of `members` whose speaker `voice` accepts, as evidence.
fn voice_evidence(
    quotes: &[Quote],
    members: &[usize],
    voice: impl Fn(&str) -> bool,
) -> Vec<Evidence> {
    quotes
        .iter()
        .filter(|q| members.contains(&q.version) && q.speaker.as_deref().is_some_and(&voice))
        .map(|q| Evidence {
            version: q.version,
            paragraph: q.paragraph,
            text: q.text.clone(),
        })
        .collect()
}

/// Voices counted by source, not by copy: a family of versions carrying one
/// source's copy is one source. Returns, for each speaker, the sources that
/// quote them, and the number of sources that quote anyone.
fn sources_quoting(
    versions: &[Version],
    families: &[Vec<usize>],
    words: &BTreeMap<usize, BTreeMap<String, usize>>,
) -> (BTreeMap<String, BTreeSet<usize>>, usize) {
    let source_of = |v: usize| {
        families
            .iter()
            .find(|f| f.contains(&v))
            .and_then(|f| f.iter().min().copied())
            .unwrap_or(v)
    };
    let mut by_speaker: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut quoting: BTreeSet<usize> = BTreeSet::new();
    for (&v, speakers) in words {
        if versions[v].off_story() {
            continue;
        }
        quoting.insert(source_of(v));
        for s in speakers.keys() {
            by_speaker
                .entry(s.clone())
                .or_default()
                .insert(source_of(v));
        }
    }
    (by_speaker, quoting.len())
}

/// Who gets a voice, across the versions. A voice most sources quote is
/// the story's own (the parties, the officials at its centre); a voice
/// fewer than half quote is a choice. Two findings come of it: versions of
/// independent sources that share such a choice ("AFP and the Guardian
/// quote Elon Musk, whom no one else quotes"), and, when some versions go
/// beyond the shared voices and others quote only them, the contrast
/// between the two ("CNN quotes UBS and Eli Lilly; CBS, PA and IANS quote
/// only Novo Nordisk and Mike Doustdar"): which outlets heard one side.
fn voices_shared_by_few(
    versions: &[Version],
    quotes: &[Quote],
    entities: &[Entity],
    families: &[Vec<usize>],
    words: &BTreeMap<usize, BTreeMap<String, usize>>,
    items: &mut Vec<FramingItem>,
) {
    let (by_speaker, n_sources) = sources_quoting(versions, families, words);
    if n_sources < 3 {
        return;
    }
    // Fewer than half of the sources that quote anyone.
    let minority = |s: &str| by_speaker.get(s).is_some_and(|q| q.len() * 2 < n_sources);
    let on_story: Vec<usize> = words
        .keys()
        .copied()
        .filter(|&v| !versions[v].off_story())
        .collect();
    let names_of =
        |ids: &[&String]| -> Vec<String> { ids.iter().map(|s| entity_name(entities, s)).collect() };
    let evidence = |members: &[usize], voices: &[&String]| {
        voice_evidence(quotes, members, |s| voices.iter().any(|v| *v == s))
    };
    // Minority voices quoted by two sources or more: the versions that
    // share them, one item per voice set.
    let mut shared: BTreeMap<Vec<usize>, Vec<&String>> = BTreeMap::new();
    for (s, sources) in &by_speaker {
        if sources.len() >= 2 && minority(s) {
            let members: Vec<usize> = on_story
                .iter()
                .copied()
                .filter(|v| words[v].contains_key(s))
                .collect();
            shared.entry(members).or_default().push(s);
        }
    }
    for (members, voices) in &shared {
        let names = names_of(voices);
        let who: Vec<&str> = members.iter().map(|&v| name(&versions[v])).collect();
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::SourceBalance,
            versions: members.clone(),
            terms: names.clone(),
            detail: format!(
                "{} quote {}, whom no other version quotes.",
                list(&who),
                list(&names.iter().map(String::as_str).collect::<Vec<_>>())
            ),
            weight: 0.45,
            evidence: evidence(members, voices),
        });
    }
    // The contrast: versions that go beyond the voices most sources share,
    // against versions that quote only those.
    let (wide, narrow): (Vec<usize>, Vec<usize>) = on_story
        .iter()
        .partition(|&&v| words[&v].keys().any(|s| minority(s)));
    if wide.is_empty() || narrow.is_empty() {
        return;
    }
    let beyond: Vec<String> = wide
        .iter()
        .map(|&v| {
            let own: Vec<String> = words[&v]
                .keys()
                .filter(|s| minority(s))
                .map(|s| entity_name(entities, s))
                .collect();
            format!(
                "{} quotes {}",
                name(&versions[v]),
                list(&own.iter().map(String::as_str).collect::<Vec<_>>())
            )
        })
        .collect();
    let mut common: Vec<&String> = narrow.iter().flat_map(|v| words[v].keys()).collect();
    common.sort();
    common.dedup();
    let common_names = names_of(&common);
    let narrow_names: Vec<&str> = narrow.iter().map(|&v| name(&versions[v])).collect();
    let mut members: Vec<usize> = wide.iter().chain(&narrow).copied().collect();
    members.sort_unstable();
    let minority_voices: Vec<&String> = by_speaker.keys().filter(|s| minority(s)).collect();
    items.push(FramingItem {
        lead_terms: 0,
        kind: FramingKind::SourceBalance,
        versions: members,
        terms: Vec::new(),
        detail: format!(
            "Voices beyond those most versions share: {}. {} quote{} no one but {}.",
            beyond.join("; "),
            list(&narrow_names),
            if narrow.len() == 1 { "s" } else { "" },
            list(&common_names.iter().map(String::as_str).collect::<Vec<_>>())
        ),
        weight: 0.4,
        evidence: evidence(&wide, &minority_voices),
    });
}

/// One utterance attributed, by name, to different people in different
/// versions. Pronouns and roles resolved by Parallax are not evidence enough
/// for such a claim.
fn misattribution(
    versions: &[Version],
    quotes: &[Quote],
    entities: &[Entity],
    items: &mut Vec<FramingItem>,
) {
    // A speaker named at the quotation, or by a pronoun or a role, or as
    // the voice of a quotation carried on, whom the paragraph (or, carried
    // on, the one before) names: "Rachid Belkacem was blunter. “No one
    // has the right…,” he said." A pronoun with no name near is left out:
    // a wrong guess there would be the report's loudest claim.
    let by_id: HashMap<&str, &Entity> = entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let named_near = |q: &Quote| {
        let Some(id) = &q.speaker else {
            return false;
        };
        if !matches!(
            q.attribution,
            Attribution::Pronoun | Attribution::Role | Attribution::Continued
        ) {
            return false;
        }
        let back = usize::from(q.attribution == Attribution::Continued);
        by_id.get(id.as_str()).is_some_and(|e| {
            e.mentions.iter().any(|m| {
                m.version == q.version
                    && m.paragraph <= q.paragraph
                    && m.paragraph + back >= q.paragraph
            })
        })
    };
    let by_group = quotes_by_group(quotes, |q| {
        q.speaker.is_some() && (q.attribution == Attribution::Named || named_near(q))
    });
    // Only people: "TV" or an outlet read as a speaker is a misreading, not
    // a misattribution.
    let person = |id: &String| {
        by_id
            .get(id.as_str())
            .is_some_and(|e| e.kind == crate::model::EntityKind::Person)
    };
    // A label someone was given ("branded his client “the architect of the
    // scheme”", "described him as “…”"): a short phrase after a verb of
    // naming and its object is the namer's, whom the sentence's verb of
    // saying need not be; crediting it is too unsure for the report's
    // loudest claim.
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\b(?:called|branded|labell?ed|dubbed|termed|described)\s+[^.!?]{1,40}?[“‘"']\s*$"#)
            .expect("valid regex")
    });
    let label = |q: &Quote| {
        q.text.split_whitespace().count() <= 6
            && versions[q.version]
                .paragraphs
                .get(q.paragraph)
                .is_some_and(|p| {
                    p.text.is_char_boundary(q.start)
                        && LABELLED.is_match(crate::text::tail(&p.text, q.start, 80))
                })
    };
    for qs in by_group.values() {
        let speakers: BTreeSet<&String> = qs.iter().filter_map(|q| q.speaker.as_ref()).collect();
        if speakers.len() < 2 || !speakers.iter().all(|s| person(s)) || qs.iter().any(|q| label(q))
        {
            continue;
        }
        // Speakers who share a surname are most likely one person spelled
        // two ways ("Karim Haddad" / "Kareem Haddad"), not two people.
        let surname = |id: &String| {
            let n = entity_name(entities, id);
            crate::extract::entities::NameKey::new(n.split_whitespace().last().unwrap_or(""))
        };
        let keys: Vec<_> = speakers.iter().map(|s| surname(s)).collect();
        if keys.iter().all(|k| k.same(&keys[0])) {
            continue;
        }
        let mut vs: Vec<usize> = qs.iter().map(|q| q.version).collect();
        vs.sort_unstable();
        vs.dedup();
        // Each speaker once, with the versions that credit them.
        let mut by_speaker: BTreeMap<&String, BTreeSet<usize>> = BTreeMap::new();
        for q in qs.iter() {
            if let Some(sp) = &q.speaker {
                by_speaker.entry(sp).or_default().insert(q.version);
            }
        }
        let who: Vec<String> = by_speaker
            .iter()
            .map(|(s, vs)| {
                let names: Vec<&str> = vs.iter().map(|&v| name(&versions[v])).collect();
                format!("{} ({})", entity_name(entities, s), list(&names))
            })
            .collect();
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::Misattribution,
            versions: vs,
            terms: speakers.iter().map(|s| entity_name(entities, s)).collect(),
            detail: format!(
                "The same quotation (“{}”) is attributed to different people: {}.",
                snippet(&qs[0].text, 12),
                who.join("; ")
            ),
            weight: 0.95,
            evidence: qs
                .iter()
                .map(|q| Evidence {
                    version: q.version,
                    paragraph: q.paragraph,
                    text: q.text.clone(),
                })
                .collect(),
        });
    }
}

/// A quotation in one version that joins remarks other versions quote
/// apart: one item per merged quotation, naming every version that keeps
/// them apart.
fn quote_merges(versions: &[Version], quotes: &[Quote], items: &mut Vec<FramingItem>) {
    use crate::compare::quotes::{QuoteWords, candidate_pairs, is_part, same_utterance};
    let words: Vec<QuoteWords> = quotes.iter().map(|q| QuoteWords::new(&q.text)).collect();
    let mut related: Vec<Vec<usize>> = vec![Vec::new(); quotes.len()];
    for (i, j) in candidate_pairs(&words) {
        related[i].push(j);
        related[j].push(i);
    }
    for (i, q) in quotes.iter().enumerate() {
        if words[i].words.len() < 6 {
            continue; // too short to hold two remarks
        }
        // Per other version, the parts of this quotation it quotes apart.
        let mut parts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &j in &related[i] {
            let o = &quotes[j];
            // A remark is a clause or more: a phrase of three words quoted
            // within a paraphrase ("‘shocked and saddened’") is no remark.
            if o.version != q.version
                && words[j].words.len() >= 4
                && words[j].words.len() < words[i].words.len()
                && same_utterance(&words[j], &words[i]) >= 0.85
            {
                parts.entry(o.version).or_default().push(j);
            }
        }
        let mut apart: Vec<usize> = Vec::new();
        let mut evidence = vec![Evidence {
            version: q.version,
            paragraph: q.paragraph,
            text: q.text.clone(),
        }];
        let mut most = 0;
        for (u, js) in &parts {
            // Separate remarks: different words, none a trimmed piece of
            // another (a phrase quoted again in full later is one remark).
            let mut remarks: Vec<&Vec<String>> = Vec::new();
            for &j in js {
                let w = &words[j].words;
                if !remarks.contains(&w) {
                    remarks.push(w);
                }
            }
            let separate = remarks
                .iter()
                .filter(|r| !remarks.iter().any(|o| o.len() > r.len() && is_part(r, o)))
                .count();
            if separate >= 2 {
                apart.push(*u);
                most = most.max(separate);
                if evidence.len() < 4 {
                    evidence.extend(js.iter().map(|&j| Evidence {
                        version: *u,
                        paragraph: quotes[j].paragraph,
                        text: quotes[j].text.clone(),
                    }));
                }
            }
        }
        // Another version quoting the whole as one tells the words were
        // said as one: it is the others that quote parts of it.
        let corroborated = related[i].iter().any(|&j| {
            let o = &quotes[j];
            o.version != q.version
                && !apart.contains(&o.version)
                && words[j].words.len() * 5 >= words[i].words.len() * 4
                && same_utterance(&words[i], &words[j]) >= 0.85
        });
        if apart.is_empty() || corroborated {
            continue;
        }
        let names: Vec<&str> = apart.iter().map(|&u| name(&versions[u])).collect();
        let mut vs = vec![q.version];
        vs.extend(&apart);
        items.push(FramingItem {
            lead_terms: 0,
            kind: FramingKind::QuoteMerge,
            versions: vs,
            terms: Vec::new(),
            detail: format!(
                "{} runs together as one quotation (“{}”) what {} quote{} as {most} separate remarks.",
                name(&versions[q.version]),
                snippet(&q.text, 12),
                list(&names),
                if apart.len() == 1 { "s" } else { "" }
            ),
            weight: 0.8,
            evidence,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(words: &[&str]) -> HashSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_verb_in_the_passive_reports_nothing() {
        // "admitted to hospital" is done to the injured; the verb that
        // reports is the one after it.
        assert_eq!(
            reporting_verb("The injured have been admitted to Tarnby hospital, the mayor said."),
            Some(("said".to_string(), 61))
        );
        assert_eq!(
            reporting_verb("Residents were told to leave their homes."),
            None
        );
        assert_eq!(
            reporting_verb("The mayor admitted the wall had failed.").map(|v| v.0),
            Some("admitted".to_string())
        );
    }

    #[test]
    fn nouns_after_the_names_are_no_predicate() {
        let names = set(&["castrel", "lena", "sorvik"]);
        assert_eq!(
            predicate_terms(
                "Castrel's Lena Sorvik barred from office for five years",
                &names,
                &names
            ),
            vec!["barred".to_string()]
        );
        assert!(
            predicate_terms(
                "Castrel town hall spire and roof closed as court rules",
                &names,
                &names
            )
            .is_empty()
        );
    }
}
