//! The same fact across versions: figures in one aligned row are paired by
//! unit, by the words around them and by their order, at most one per
//! version in a group. A group whose values disagree (after units are made
//! comparable: 25 basis points and 0.25 percentage points agree, so do 40 km
//! and 25 miles, a dozen and 12) is a discrepancy.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{Figure, FigureValue, Row, Version};
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
    row: Option<usize>,
    family: Option<String>,
    context: HashSet<String>,
    rank: usize,
    value: Option<f64>,
}

fn pair_score(a: &Info, b: &Info) -> f64 {
    let mut s = 0.0;
    let same_value = matches!((a.value, b.value), (Some(x), Some(y)) if close(x, y));
    match (&a.family, &b.family) {
        (Some(x), Some(y)) if x == y => s += 0.4,
        (None, _) | (_, None) => s += 0.15,
        _ if same_value => s += 0.2,
        _ => {}
    }
    if same_value {
        s += 0.35;
    }
    let inter = a.context.intersection(&b.context).count() as f64;
    let union = a.context.union(&b.context).count() as f64;
    if union > 0.0 {
        s += 0.5 * inter / union;
    }
    if a.rank == b.rank {
        s += 0.1;
    }
    s
}

/// Group figures by fact and flag discrepancies.
pub fn group(figures: &mut [Figure], versions: &[Version], rows: &[Row]) {
    let mut row_of: HashMap<(usize, usize), usize> = HashMap::new();
    for (r, row) in rows.iter().enumerate() {
        for (v, cell) in row.cells.iter().enumerate() {
            for &p in cell {
                row_of.insert((v, p), r);
            }
        }
    }
    // Facts are compared within a row; per version and row, figures in order.
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
            let row = row_of.get(&(f.version, f.paragraph)).copied();
            let key = (row.unwrap_or(usize::MAX), f.version, fam.clone());
            let rank = {
                let c = rank_counter.entry(key).or_default();
                *c += 1;
                *c - 1
            };
            let text = &versions[f.version].paragraphs[f.paragraph].text;
            let others: Vec<(usize, usize)> = spans[&(f.version, f.paragraph)]
                .iter()
                .copied()
                .filter(|s| *s != (f.start, f.end))
                .collect();
            Info {
                row,
                family: fam,
                context: context(text, f.start, f.end, &others),
                rank,
                value: f.normalized.or(f.value.as_number()),
            }
        })
        .collect();
    // Per row: versions in order, each figure joins the best group without its version.
    let mut by_row: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, info) in infos.iter().enumerate() {
        match info.row {
            Some(r) => by_row.entry(r).or_default().push(i),
            None => groups.push(vec![i]),
        }
    }
    for members in by_row.values() {
        let mut row_groups: Vec<Vec<usize>> = Vec::new();
        let mut by_version: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in members {
            by_version.entry(figures[i].version).or_default().push(i);
        }
        for figs in by_version.values() {
            // Score every (figure, group) pair, then assign best first.
            let mut cands: Vec<(f64, usize, usize)> = Vec::new();
            for &i in figs {
                for (g, grp) in row_groups.iter().enumerate() {
                    let dates = infos[i].family.as_deref() == Some("date");
                    // Scored against the group's first few members: enough to
                    // place a figure, and bounded when there are many versions.
                    let s = grp
                        .iter()
                        .take(6)
                        .map(|&m| {
                            if dates || infos[m].family.as_deref() == Some("date") {
                                // Dates pair only with the same date.
                                if figures[m].value == figures[i].value {
                                    1.0
                                } else {
                                    0.0
                                }
                            } else {
                                pair_score(&infos[i], &infos[m])
                            }
                        })
                        .fold(0.0, f64::max);
                    if s >= 0.55 {
                        cands.push((s, i, g));
                    }
                }
            }
            cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let mut used_fig: HashSet<usize> = HashSet::new();
            let mut used_group: HashSet<usize> = HashSet::new();
            for (_, i, g) in cands {
                if used_fig.contains(&i) || used_group.contains(&g) {
                    continue;
                }
                row_groups[g].push(i);
                used_fig.insert(i);
                used_group.insert(g);
            }
            for &i in figs {
                if !used_fig.contains(&i) {
                    row_groups.push(vec![i]);
                }
            }
        }
        groups.extend(row_groups);
    }
    join_across_rows(figures, versions, &infos, &mut groups);
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

/// A figure the row alignment left alone may still state a fact another
/// row carries (a lede rewritten beyond recognition): it joins a group of the
/// same unit when the value matches and the paragraph talks about the same
/// things, or when a figure beside it already joined that group's paragraph.
fn join_across_rows(
    figures: &[Figure],
    versions: &[Version],
    infos: &[Info],
    groups: &mut Vec<Vec<usize>>,
) {
    // Content words of each figure's paragraph, computed once per paragraph.
    let mut memo: HashMap<(usize, usize), HashSet<String>> = HashMap::new();
    for f in figures {
        memo.entry((f.version, f.paragraph)).or_insert_with(|| {
            content_terms(&versions[f.version].paragraphs[f.paragraph].text)
                .into_iter()
                .filter(|t| !t.chars().next().is_some_and(|c| c.is_ascii_digit()))
                .collect()
        });
    }
    let para_terms =
        |i: usize| -> &HashSet<String> { &memo[&(figures[i].version, figures[i].paragraph)] };
    let jaccard = |a: &HashSet<String>, b: &HashSet<String>| {
        let u = a.union(b).count() as f64;
        if u == 0.0 {
            0.0
        } else {
            a.intersection(b).count() as f64 / u
        }
    };
    let mut order: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].len() == 1)
        .collect();
    // Same values first, so that siblings can follow them.
    order.sort_by_key(|&g| {
        let i = groups[g][0];
        let matches = groups.iter().any(|o| {
            o.len() > 1
                && o.iter().any(|&m| {
                    infos[m].value == infos[i].value && infos[m].family == infos[i].family
                })
        });
        (
            !matches,
            figures[i].version,
            figures[i].paragraph,
            figures[i].start,
        )
    });
    for g in order {
        if groups[g].len() != 1 {
            continue;
        }
        let i = groups[g][0];
        if infos[i].family.is_none() || infos[i].family.as_deref() == Some("date") {
            continue;
        }
        let ti = para_terms(i);
        let mut best: Option<(f64, usize)> = None;
        for (h, grp) in groups.iter().enumerate() {
            if h == g
                || grp.len() < 2
                || grp
                    .iter()
                    .any(|&m| figures[m].version == figures[i].version)
            {
                continue;
            }
            if grp.iter().any(|&m| infos[m].family != infos[i].family) {
                continue;
            }
            let ctx = grp
                .iter()
                .map(|&m| jaccard(ti, para_terms(m)))
                .fold(0.0, f64::max);
            let same_value = grp.iter().any(
                |&m| matches!((infos[m].value, infos[i].value), (Some(a), Some(b)) if close(a, b)),
            );
            // A figure from the same paragraph already joined a group in the paragraphs of this one.
            let sibling = groups.iter().any(|o| {
                o.len() > 1
                    && o.iter().any(|&m| {
                        m != i
                            && figures[m].version == figures[i].version
                            && figures[m].paragraph == figures[i].paragraph
                    })
                    && o.iter().any(|&m| {
                        grp.iter().any(|&n| {
                            figures[n].version == figures[m].version
                                && figures[n].paragraph == figures[m].paragraph
                        })
                    })
            });
            let score = ctx + if same_value { 0.5 } else { 0.0 } + if sibling { 0.5 } else { 0.0 };
            if ctx >= 0.1 && score >= 0.6 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, h));
            }
        }
        if let Some((_, h)) = best {
            groups[h].push(i);
            groups[g].clear();
        }
    }
    groups.retain(|g| !g.is_empty());
}
