//! N-way paragraph alignment, read off the sentence links ([`crate::link`]).
//! Body paragraphs of different versions share a row when their sentences
//! state the same things ([`rows`]): independent reports do not share
//! paragraph structure, so whole-paragraph similarity (every paragraph of a
//! story shares its topic) is not what decides. Headings, captions and
//! bylines align only with their like. Rows follow the most complete
//! version's order; a paragraph out of its own version's order is listed in
//! the row's `moved`.

pub mod engine;
pub mod inline;
pub mod key;
pub mod moves;
pub mod rows;

use crate::link::Links;
use crate::model::{ParagraphKind, Row, RowStatus, Version};
use key::{Key, Keys, similarity};
use rows::Node;

/// Minimum similarity for headings and captions to share a row.
const LIKE: f32 = 0.5;
/// Affinity added between the ledes (first body paragraphs) of two
/// versions that are linked at all.
const LEDE: f32 = 0.2;
/// Sentence score from which two ledes count as linked.
const LEDE_LINK: f32 = 0.15;

/// Which paragraphs may share a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Body,
    Heading,
    Caption,
    Byline,
}

fn class_of(kind: ParagraphKind) -> Class {
    match kind {
        ParagraphKind::Body | ParagraphKind::QuoteBlock => Class::Body,
        ParagraphKind::Heading => Class::Heading,
        ParagraphKind::Caption => Class::Caption,
        ParagraphKind::Byline => Class::Byline,
    }
}

/// The most complete version: the one with the most words (first on a tie).
pub fn default_base(versions: &[Version]) -> usize {
    versions
        .iter()
        .enumerate()
        .max_by_key(|(i, v)| (v.word_count, std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i)
}

/// News is written top-down: each outlet's lede states the core of the
/// story (who, what, when), in its own words and with its own extra facts.
/// Two ledes that share anything at all are therefore more likely to tell
/// the same thing than two paragraphs elsewhere with the same overlap: a
/// pair of ledes gains [`LEDE`] in affinity, and ledes whose best sentence
/// pair scores from [`LEDE_LINK`] (below the bar of a link) count as linked.
fn lede_prior(body: &[Node], links: &Links, aff: &mut rustc_hash::FxHashMap<(Node, Node), f32>) {
    let mut ledes: Vec<Node> = Vec::new();
    for &x in body {
        if ledes.last().is_none_or(|l| l.0 != x.0) {
            ledes.push(x);
        }
    }
    let sentences: Vec<Vec<usize>> = ledes
        .iter()
        .map(|&(v, p)| {
            (0..)
                .map_while(|s| links.index.get(&[v, p, s]).copied())
                .collect()
        })
        .collect();
    for a in 0..ledes.len() {
        for b in a + 1..ledes.len() {
            let key = (ledes[a], ledes[b]);
            let e = aff.entry(key).or_default();
            if *e == 0.0 {
                let best = sentences[a]
                    .iter()
                    .flat_map(|&i| sentences[b].iter().map(move |&j| (i, j)))
                    .map(|(i, j)| links.score_only(i, j))
                    .fold(0.0f32, f32::max);
                if best < LEDE_LINK {
                    continue;
                }
                *e = best;
            }
            *e += LEDE;
        }
    }
    aff.retain(|_, a| *a > 0.0);
}

/// Words of a paragraph's opening looked at for who it is about.
const OPENING: usize = 8;
/// Affinity given to two paragraphs that open on the same secondary actor
/// (above [`rows::PAIR`], so that they may share a row).
const ACTOR: f32 = 0.3;
/// Paragraphs per version a name may appear in and still be a secondary
/// actor, not the story's own subject.
const ACTOR_RATE: f32 = 2.0;
/// Share of the story's paragraphs a secondary actor may appear in, at most.
const ACTOR_SHARE: f32 = 0.2;

/// Words of `text`, trimmed of punctuation (possessive 's dropped).
fn plain_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .unwrap_or(w)
    })
}

/// Reporting on a story goes actor by actor: what the president did, what
/// the prosecutor asked, how a rival reacted. Outlets order and word these
/// blocks differently, but each opens on its actor. A word is a name when
/// the story never writes it in lower case and writes it capitalised in
/// mid-sentence; a name is a secondary actor when it is rare in the story
/// (in at most a couple of paragraphs per version and a fifth of all: the
/// story's own subject is everywhere). Paragraphs of different versions that open on the same
/// secondary actor gain affinity, so that the actor's block can share a
/// row; the grouping's limits (neighbours only, average linkage) still
/// apply.
fn actor_prior(
    versions: &[Version],
    body: &[Node],
    aff: &mut rustc_hash::FxHashMap<(Node, Node), f32>,
) {
    use rustc_hash::{FxHashMap, FxHashSet};
    let mut lower: FxHashSet<&str> = FxHashSet::default();
    let mut mid_cap: FxHashSet<&str> = FxHashSet::default();
    let mut df: FxHashMap<&str, usize> = FxHashMap::default();
    for &(v, p) in body {
        let para = &versions[v].paragraphs[p];
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        for sentence in &para.sentences {
            for (i, w) in plain_words(sentence).enumerate() {
                let Some(c) = w.chars().next() else { continue };
                if c.is_lowercase() {
                    lower.insert(w);
                } else if c.is_uppercase() {
                    if i > 0 {
                        mid_cap.insert(w);
                    }
                    seen.insert(w);
                }
            }
        }
        for w in seen {
            *df.entry(w).or_default() += 1;
        }
    }
    let n_versions = body.iter().map(|x| x.0).collect::<FxHashSet<_>>().len();
    let max_df = (ACTOR_RATE * n_versions as f32).ceil() as usize;
    let lx = &*crate::extract::lexicon::LEXICON;
    let not_actor = |w: &str| {
        let f = crate::text::fold(w);
        lx.places.contains_key(&f)
            || lx.demonyms.contains_key(&f)
            || lx.common_caps.contains(&f)
            || lx.first_names.contains(&f)
            || lx.is_title_word(&f)
    };
    let is_actor = |w: &str| {
        w.chars().count() > 1
            && !not_actor(w)
            && mid_cap.contains(w)
            && !lower.contains(w.to_lowercase().as_str())
            && df.get(w).is_some_and(|&d| {
                d >= 2 && d <= max_df && d as f32 <= ACTOR_SHARE * body.len() as f32
            })
    };
    // The paragraphs that open on each actor.
    let mut opening: FxHashMap<&str, Vec<Node>> = FxHashMap::default();
    for &(v, p) in body {
        let para = &versions[v].paragraphs[p];
        for w in para
            .text
            .split_whitespace()
            .take(OPENING)
            .filter(|w| !w.starts_with('('))
            .flat_map(plain_words)
            .filter(|w| is_actor(w))
        {
            let list = opening.entry(w).or_default();
            if list.last() != Some(&(v, p)) {
                list.push((v, p));
            }
        }
    }
    // Versions each paragraph is already firmly linked to: there the words
    // have spoken, and the prior stays out.
    let mut linked: FxHashSet<(Node, usize)> = FxHashSet::default();
    for (&(a, b), &s) in aff.iter() {
        if s >= rows::PAIR {
            linked.insert((a, b.0));
            linked.insert((b, a.0));
        }
    }
    // Each list is short: an actor is in at most a few paragraphs per
    // version.
    for list in opening.values() {
        for (i, a) in list.iter().enumerate() {
            for b in &list[i + 1..] {
                if a.0 != b.0 && !linked.contains(&(*a, b.0)) && !linked.contains(&(*b, a.0)) {
                    let key = if a < b { (*a, *b) } else { (*b, *a) };
                    let e = aff.entry(key).or_default();
                    *e = e.max(ACTOR);
                }
            }
        }
    }
}

/// Words that open a paragraph which goes on with the one before: its
/// subject is a pronoun for whoever the previous paragraph was about.
const CONTINUES: &[&str] = &["he", "she", "they", "his", "her", "their"];

/// A quotation credited to a pronoun: `…," he said`, `…” she added`.
static PRONOUN_CREDIT: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
    crate::rx::Regex::new(r#"[,.?!]["”’']\s+(?:he|she|they)\s+[a-z]+"#).expect("valid pattern")
});

/// Whether a paragraph goes on with the one before it (a pronoun subject,
/// or a quotation with no one named before it is credited).
fn continues(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    if first.starts_with(['"', '“', '‘']) {
        return PRONOUN_CREDIT.is_match(text);
    }
    let w = first
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    CONTINUES.contains(&w.as_str())
}

/// A paragraph left alone in its row that goes on with the one before it
/// (same version, right before) joins that paragraph's row, when that row
/// holds other versions too: "He said: …" after "Trump tweeted …" tells
/// the same block of the story, which the other outlets may tell in one
/// paragraph.
fn attach_continuations(versions: &[Version], body: &[Node], groups: &mut Vec<Vec<Node>>) {
    use rustc_hash::FxHashMap;
    let mut group_of: FxHashMap<Node, usize> = FxHashMap::default();
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            group_of.insert(m, g);
        }
    }
    let mut previous: Option<Node> = None;
    for &x in body {
        let prev = previous.filter(|p| p.0 == x.0);
        previous = Some(x);
        let Some(prev) = prev else { continue };
        let (Some(&gx), Some(&gp)) = (group_of.get(&x), group_of.get(&prev)) else {
            continue;
        };
        if gx == gp
            || groups[gx].iter().any(|m| m.0 != x.0)
            || !groups[gp].iter().any(|m| m.0 != x.0)
            || groups[gp].iter().filter(|m| m.0 == x.0).count() >= rows::MAX_SPLIT
            || !continues(&versions[x.0].paragraphs[x.1].text)
        {
            continue;
        }
        let moved = std::mem::take(&mut groups[gx]);
        for m in &moved {
            group_of.insert(*m, gp);
        }
        groups[gp].extend(moved);
        groups[gp].sort_unstable();
    }
    groups.retain(|g| !g.is_empty());
}

/// Mean affinity (lede prior included) from which a stray lede joins the
/// row of the other ledes: linked to them as ledes are, on average.
const GATHER: f32 = LEDE + LEDE_LINK;

/// A lede left in a row with no other lede (its verbatim quotation drew it
/// to the row of that quotation: "Six people are presumed dead… “We do not
/// believe…”") joins the row that holds most ledes when it is linked to
/// them on average as ledes are ([`GATHER`]) and its version has no
/// paragraph there yet: a lede states the core of the story first, and a
/// paragraph goes with the point it opens on.
fn gather_ledes(
    body: &[Node],
    aff: &rustc_hash::FxHashMap<(Node, Node), f32>,
    groups: &mut Vec<Vec<Node>>,
) {
    let mut ledes: Vec<Node> = Vec::new();
    for &x in body {
        if ledes.last().is_none_or(|l| l.0 != x.0) {
            ledes.push(x);
        }
    }
    let get = |a: Node, b: Node| -> f32 {
        let key = if a < b { (a, b) } else { (b, a) };
        aff.get(&key).copied().unwrap_or(0.0)
    };
    let group_of = |groups: &Vec<Vec<Node>>, n: Node| groups.iter().position(|g| g.contains(&n));
    // The group holding most ledes.
    let mut count: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for &l in &ledes {
        if let Some(g) = group_of(groups, l) {
            *count.entry(g).or_default() += 1;
        }
    }
    let Some((&main, &n)) = count
        .iter()
        .max_by_key(|(g, c)| (**c, std::cmp::Reverse(**g)))
    else {
        return;
    };
    if n < 2 {
        return;
    }
    for &l in &ledes {
        let Some(g) = group_of(groups, l) else {
            continue;
        };
        if g == main || groups[main].iter().any(|m| m.0 == l.0) {
            continue;
        }
        // Stray: no other lede in its group.
        if groups[g].iter().any(|m| *m != l && ledes.contains(m)) {
            continue;
        }
        let others: Vec<Node> = groups[main]
            .iter()
            .copied()
            .filter(|m| ledes.contains(m))
            .collect();
        let mean = others.iter().map(|&o| get(l, o)).sum::<f32>() / others.len() as f32;
        if mean >= GATHER {
            groups[g].retain(|m| *m != l);
            groups[main].push(l);
            groups[main].sort_unstable();
        }
    }
    groups.retain(|g| !g.is_empty());
}

/// Rows of the side-by-side view for these versions.
pub fn align(versions: &[Version]) -> Vec<Row> {
    align_with(versions, &Links::build(versions))
}

/// Rows of the side-by-side view, from links already found.
pub fn align_with(versions: &[Version], links: &Links) -> Vec<Row> {
    let n = versions.len();
    if n == 0 {
        return Vec::new();
    }
    let keys = Keys::build(versions);
    let class = |(v, p): Node| class_of(versions[v].paragraphs[p].kind);
    let all: Vec<Node> = (0..n)
        .flat_map(|v| (0..versions[v].paragraphs.len()).map(move |p| (v, p)))
        .collect();
    let body: Vec<Node> = all
        .iter()
        .copied()
        .filter(|&x| class(x) == Class::Body)
        .collect();
    let mut aff = rows::affinities(links);
    lede_prior(&body, links, &mut aff);
    actor_prior(versions, &body, &mut aff);
    let mut groups = rows::group(&body, &aff);
    gather_ledes(&body, &aff, &mut groups);
    attach_continuations(versions, &body, &mut groups);
    // Headings, captions, bylines: only with their like. Bylines sit
    // together whoever wrote them; headings and captions when they say the
    // same thing.
    for c in [Class::Heading, Class::Caption, Class::Byline] {
        let mut like: Vec<Vec<Node>> = Vec::new();
        for &x in all.iter().filter(|&&x| class(x) == c) {
            let key = &keys.keys[x.0][x.1];
            let best = like
                .iter()
                .enumerate()
                .filter(|(_, g)| g.iter().all(|m| m.0 != x.0))
                .map(|(i, g)| {
                    let s = g
                        .iter()
                        .map(|m| similarity(key, &keys.keys[m.0][m.1], &keys.idf))
                        .fold(0.0f32, f32::max);
                    (i, s)
                })
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best {
                Some((i, s)) if s >= LIKE || c == Class::Byline => like[i].push(x),
                _ => like.push(vec![x]),
            }
        }
        groups.extend(like);
    }
    let base = default_base(versions);
    let mut order: Vec<usize> = (0..n).filter(|&v| v != base).collect();
    order.sort_by_key(|&v| (std::cmp::Reverse(versions[v].word_count), v));
    order.insert(0, base);
    let placed = rows::order(versions, &groups, &order);
    let cells: Vec<Vec<Vec<usize>>> = placed
        .iter()
        .map(|&g| {
            let mut cells = vec![Vec::new(); n];
            for &(v, p) in &groups[g] {
                cells[v].push(p);
            }
            for c in &mut cells {
                c.sort_unstable();
            }
            cells
        })
        .collect();
    finish(versions, &keys, cells)
}

/// Key of version `u`'s paragraphs in a cell (their union when several).
fn cell_key<'k>(keys: &'k Keys, u: usize, cell: &[usize]) -> Option<std::borrow::Cow<'k, Key>> {
    match cell.len() {
        0 => None,
        1 => Some(std::borrow::Cow::Borrowed(&keys.keys[u][cell[0]])),
        _ => Some(std::borrow::Cow::Owned(Key::union(
            cell.iter().map(|&p| &keys.keys[u][p]),
            &keys.idf,
        ))),
    }
}

/// Moved flags, status and similarity of each row.
fn finish(versions: &[Version], keys: &Keys, rows: Vec<Vec<Vec<usize>>>) -> Vec<Row> {
    let n = versions.len();
    let mut moved: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    for v in 0..n {
        let mut seq = Vec::new();
        let mut where_ = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for &p in &row[v] {
                seq.push(p);
                where_.push(r);
            }
        }
        for (k, out) in moves::out_of_order(&seq).into_iter().enumerate() {
            if out && !moved[where_[k]].contains(&v) {
                moved[where_[k]].push(v);
            }
        }
    }
    rows.into_iter()
        .enumerate()
        .map(|(r, cells)| {
            let present: Vec<usize> = (0..n).filter(|&u| !cells[u].is_empty()).collect();
            let texts: Vec<String> = present
                .iter()
                .map(|&u| {
                    cells[u]
                        .iter()
                        .map(|&p| crate::text::fold(&versions[u].paragraphs[p].text))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            let (status, similarity) = if present.len() <= 1 {
                (RowStatus::Unique, 1.0)
            } else if texts.windows(2).all(|w| w[0] == w[1]) {
                (RowStatus::Identical, 1.0)
            } else {
                let ks: Vec<std::borrow::Cow<'_, Key>> = present
                    .iter()
                    .filter_map(|&u| cell_key(keys, u, &cells[u]))
                    .collect();
                // Mean similarity over pairs; with many versions, of each to the first.
                let mut total = 0.0;
                let mut pairs = 0;
                for a in 0..ks.len() {
                    for b in a + 1..ks.len() {
                        if ks.len() > 12 && a > 0 {
                            break;
                        }
                        total += similarity(&ks[a], &ks[b], &keys.idf);
                        pairs += 1;
                    }
                }
                let s = if pairs == 0 {
                    0.0
                } else {
                    total / pairs as f32
                };
                (RowStatus::Changed, (s as f64 * 1000.0).round() / 1000.0)
            };
            let mut m = moved[r].clone();
            m.sort_unstable();
            Row {
                cells,
                status,
                similarity,
                moved: m,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::key::tests::version;

    fn cells(rows: &[Row]) -> Vec<Vec<Vec<usize>>> {
        rows.iter().map(|r| r.cells.clone()).collect()
    }

    #[test]
    fn version_with_itself_gives_identical_rows() {
        let a = version(&[
            "The storm closed the port on Monday.",
            "Ships waited offshore for two days.",
            "The port reopened on Wednesday.",
        ]);
        let rows = align(&[a.clone(), a]);
        assert_eq!(rows.len(), 3);
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(r.cells, vec![vec![i], vec![i]]);
            assert_eq!(r.status, RowStatus::Identical);
            assert_eq!(r.similarity, 1.0);
        }
    }

    #[test]
    fn moved_paragraph_sits_in_its_row() {
        let a = version(&[
            "The storm closed the port of Lindmark on Monday, the harbour master said.",
            "Forty ships waited offshore for two days as waves reached six metres.",
            "Fishermen said the closure cost them a week of income.",
            "The port reopened on Wednesday morning after inspections of the piers.",
        ]);
        let b = version(&[
            "Fishermen complained the closure cost them a week of income.",
            "The storm shut the port of Lindmark on Monday, according to the harbour master.",
            "Forty ships waited offshore for two days while waves reached six metres.",
            "The port reopened on Wednesday after the piers were inspected.",
        ]);
        let rows = align(&[a, b]);
        assert_eq!(rows.len(), 4, "{:?}", cells(&rows));
        let fisher = rows.iter().find(|r| r.cells[0] == vec![2]).unwrap();
        assert_eq!(fisher.cells[1], vec![0]);
        assert_eq!(fisher.moved, vec![1]);
    }

    #[test]
    fn unique_and_split_paragraphs() {
        let a = version(&[
            "The council approved the harbour budget of 12 million crowns on Tuesday. The vote was seven to two after a long debate.",
            "Work on the new piers will start in May.",
        ]);
        let b = version(&[
            "The council approved the harbour budget of 12 million crowns on Tuesday.",
            "The vote was seven to two after a long debate.",
            "A local choir sang at the opening of the session.",
            "Work on the new piers will start in May.",
        ]);
        let rows = align(&[a, b]);
        let first = rows.iter().find(|r| r.cells[0] == vec![0]).unwrap();
        assert_eq!(first.cells[1], vec![0, 1]);
        assert!(rows.iter().any(|r| r.cells[0].is_empty()
            && r.cells[1] == vec![2]
            && r.status == RowStatus::Unique));
    }

    #[test]
    fn ledes_that_share_little_still_share_a_row() {
        // Two outlets open on the same event, each with facts of its own:
        // one sentence of the first lede is told by the second, which is
        // too little of it for a row anywhere but at the top of the story.
        let a = version(&[
            "The harbour authority of Velmora fined the ferry operator Strandline on Tuesday after a collision near the breakwater. The ferry had been carrying 212 passengers from the islands, none of whom were hurt, and two crew members were questioned.",
            "Divers inspected the damaged hull of the ferry for three hours.",
            "The mayor of Velmora said tourism in the harbour would not suffer.",
        ]);
        let b = version(&[
            "Strandline was fined by the harbour authority in Velmora following a crash this week. Its chief executive apologised to travellers and promised new training for every captain by the spring.",
            "The mayor insisted visitor numbers would hold up this summer.",
            "Engineers are now checking whether the breakwater itself was weakened.",
        ]);
        let rows = align(&[a, b]);
        let lede = rows.iter().find(|r| r.cells[0] == vec![0]).unwrap();
        assert_eq!(lede.cells[1], vec![0], "{:?}", cells(&rows));
    }
}
