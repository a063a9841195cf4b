//! The same fact across versions: figures in linked sentences are paired
//! by unit, by the words around them and by their order, at most one per
//! version in a group. A group whose values disagree (after units are made
//! comparable: 25 basis points and 0.25 percentage points agree, so do 40 km
//! and 25 miles, a dozen and 12) is a discrepancy.

use std::collections::{HashMap, HashSet};

use crate::link::{Links, Place};
use crate::model::{Figure, FigureValue, Version};
use crate::text::content_terms;

/// Unit family for pairing: plural folded, points and percents kept apart
/// from counts.
fn family(unit: Option<&str>) -> Option<String> {
    let u = unit?.to_lowercase();
    let u = u.split(" per ").next().unwrap_or(&u).to_string();
    if matches!(u.as_str(), "basis points" | "percentage points") {
        return Some("points".to_string());
    }
    // Units the lexicon knows: currencies by code, measures by base unit.
    if let Some(k) = crate::extract::lexicon::LEXICON.units.get(&u)
        && (k.kind == "currency" || k.kind != "scale")
    {
        return Some(k.canonical.clone());
    }
    Some(u.trim_end_matches('s').to_string())
}

/// Content words around a figure: from the previous number to the next.
fn context(text: &str, start: usize, end: usize, others: &[(usize, usize)]) -> HashSet<String> {
    let lo = others
        .iter()
        .filter(|(_, e)| *e <= start)
        .map(|(_, e)| *e)
        .max()
        .unwrap_or(0);
    let hi = others
        .iter()
        .filter(|(s, _)| *s >= end)
        .map(|(s, _)| *s)
        .min()
        .unwrap_or(text.len());
    let lo = lo.max(start.saturating_sub(60));
    let hi = hi.min(end + 60);
    let lo = (0..=lo)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let hi = (hi..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    content_terms(&format!("{} {}", &text[lo..start], &text[end..hi]))
        .into_iter()
        .filter(|t| !t.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.02 * a.abs().max(b.abs()).max(1e-9)
}

struct Info {
    family: Option<String>,
    context: HashSet<String>,
    rank: usize,
    value: Option<f64>,
    place: Option<Place>,
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let u = a.union(b).count() as f64;
    if u == 0.0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / u
    }
}

/// How likely two figures of different versions state the same fact, or
/// `None` when they cannot: `link` is how well their sentences are linked.
fn pair_score(a: &Info, b: &Info, link: f64) -> Option<f64> {
    let same_value = matches!((a.value, b.value), (Some(x), Some(y)) if close(x, y));
    let family_ok = match (&a.family, &b.family) {
        (Some(x), Some(y)) => x == y,
        _ => same_value,
    };
    if !family_ok {
        return None;
    }
    let ctx = jaccard(&a.context, &b.context);
    if !same_value {
        // Different values are one fact only when the words around them
        // say so: a five-year ban is not four years in prison.
        let far = match (a.value, b.value) {
            (Some(x), Some(y)) if x != 0.0 && y != 0.0 => {
                (x / y).abs().max((y / x).abs()) > 2.5
            }
            _ => true,
        };
        if ctx < if far { 0.35 } else { 0.15 } || link < 0.3 {
            return None;
        }
    }
    let mut s = 0.5 * link + 0.5 * ctx;
    if same_value {
        s += 0.3;
    }
    if a.family.is_some() && a.family == b.family {
        s += 0.15;
    }
    if a.rank == b.rank {
        s += 0.05;
    }
    Some(s)
}

/// The sentence of a paragraph that holds byte `at`.
fn sentence_at(para: &crate::model::Paragraph, at: usize) -> usize {
    let mut from = 0;
    for (i, s) in para.sentences.iter().enumerate() {
        let Some(found) = para.text[from..].find(s.as_str()) else {
            continue;
        };
        let end = from + found + s.len();
        if at < end {
            return i;
        }
        from = end;
    }
    para.sentences.len().saturating_sub(1)
}

/// Group figures by fact and flag discrepancies. Two figures of different
/// versions state one fact when their sentences are linked, their units
/// agree and the words around them agree (strictly so when the values
/// differ); at most one figure per version in a fact.
pub fn group(figures: &mut [Figure], versions: &[Version], links: &Links) {
    let mut spans: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
    for f in figures.iter() {
        spans
            .entry((f.version, f.paragraph))
            .or_default()
            .push((f.start, f.end));
    }
    let mut rank_counter: HashMap<(usize, usize, Option<String>), usize> = HashMap::new();
    let infos: Vec<Info> = figures
        .iter()
        .map(|f| {
            let fam = if matches!(f.value, FigureValue::Date(_)) {
                Some("date".to_string())
            } else {
                family(f.unit.as_deref())
            };
            let para = &versions[f.version].paragraphs[f.paragraph];
            let place = Some([f.version, f.paragraph, sentence_at(para, f.start)]);
            let key = (f.version, f.paragraph, fam.clone());
            let rank = {
                let c = rank_counter.entry(key).or_default();
                *c += 1;
                *c - 1
            };
            let others: Vec<(usize, usize)> = spans[&(f.version, f.paragraph)]
                .iter()
                .copied()
                .filter(|s| *s != (f.start, f.end))
                .collect();
            Info {
                family: fam,
                context: context(&para.text, f.start, f.end, &others),
                rank,
                value: f.normalized.or(f.value.as_number()),
                place,
            }
        })
        .collect();
    let mut by_place: HashMap<Place, Vec<usize>> = HashMap::new();
    for (i, info) in infos.iter().enumerate() {
        if let Some(p) = info.place {
            by_place.entry(p).or_default().push(i);
        }
    }
    // Candidate pairs: figures in linked sentences.
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (i, info) in infos.iter().enumerate() {
        let Some(place) = info.place else { continue };
        for (other, link) in links.of(place) {
            for &j in by_place.get(&other).map_or(&[][..], |v| v.as_slice()) {
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
                if let Some(s) = s.filter(|s| *s >= 0.55) {
                    cands.push((s, i, j));
                }
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut group_of: Vec<usize> = (0..figures.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..figures.len()).map(|i| vec![i]).collect();
    for (_, i, j) in cands {
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
        let moved = std::mem::take(&mut members[gj]);
        for &m in &moved {
            group_of[m] = gi;
        }
        members[gi].extend(moved);
    }
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|g| !g.is_empty()).collect();
    // Number groups by first appearance; flag disagreements.
    groups.sort_by_key(|g| {
        g.iter()
            .map(|&i| (figures[i].version, figures[i].paragraph, figures[i].start))
            .min()
    });
    for (gid, g) in groups.iter().enumerate() {
        let values: Vec<f64> = g.iter().filter_map(|&i| infos[i].value).collect();
        let disagree = g.len() > 1
            && values.len() == g.len()
            && values.iter().any(|v| !close(*v, values[0]))
            && infos[g[0]].family.as_deref() != Some("date");
        for &i in g {
            figures[i].group = gid;
            figures[i].discrepancy = disagree;
        }
    }
}
