//! Rows from links. Two paragraphs of different versions belong together
//! when their sentences are linked: the affinity of a paragraph to another
//! is the share of what it says (sentence mass) that the other states too,
//! by the best link of each sentence. Paragraphs are then grouped most
//! alike first, and a group joins another only when, on average, their
//! members of different versions are linked (average linkage), so that one
//! shared topic cannot chain a whole story into one row; one version's
//! paragraphs share a row only when they are neighbours (a split). Rows are
//! ordered by the most complete version, the others' paragraphs slotted in
//! after their predecessors.

use rustc_hash::FxHashMap as HashMap;

use rustc_hash::FxHashMap;

use crate::link::Links;
use crate::model::Version;

/// A paragraph: (version, paragraph index).
pub type Node = (usize, usize);

/// Pair affinity from which two paragraphs may share a row.
pub const PAIR: f32 = 0.25;
/// Mean affinity over the cross-version members of two groups to merge them.
pub const MEAN: f32 = 0.1;
/// Mean affinity needed when the merge puts two paragraphs of one version
/// in one row.
pub const SPLIT_MEAN: f32 = 0.2;
/// Paragraphs of one version in one row, at most.
pub const MAX_SPLIT: usize = 3;
/// Weight of a paragraph's first sentence in what the paragraph says: news
/// paragraphs open on their main point (the topic sentence), so a
/// paragraph that mixes two points goes with the one it opens on.
pub const TOPIC: f32 = 2.0;

/// Affinity of each pair of body paragraphs of different versions that
/// have any link, keyed with the lower version first.
pub fn affinities(links: &Links) -> HashMap<(Node, Node), f32> {
    // covered[(P, Q)] = sentence mass of P stated in Q, each sentence
    // counted once per other paragraph, by its best link there.
    let mut covered: FxHashMap<(Node, Node), f32> = FxHashMap::default();
    let mut para_mass: FxHashMap<Node, f32> = FxHashMap::default();
    let mut seen: Vec<Node> = Vec::new();
    for (i, s) in links.sentences.iter().enumerate() {
        let p: Node = (s.place[0], s.place[1]);
        let mass = if s.place[2] == 0 {
            s.mass * TOPIC
        } else {
            s.mass
        };
        *para_mass.entry(p).or_default() += mass;
        seen.clear();
        // Best first: the first link into a paragraph is its best.
        for &(j, score) in &links.by_sentence[i] {
            let o = &links.sentences[j].place;
            let q: Node = (o[0], o[1]);
            if seen.contains(&q) {
                continue;
            }
            seen.push(q);
            *covered.entry((p, q)).or_default() += score * mass;
        }
    }
    let mut out: HashMap<(Node, Node), f32> = HashMap::default();
    for ((p, q), m) in covered {
        let cover = (m / para_mass.get(&p).copied().unwrap_or(1.0).max(1e-6)).min(1.0);
        let key = if p < q { (p, q) } else { (q, p) };
        let e = out.entry(key).or_default();
        if cover > *e {
            *e = cover;
        }
    }
    out
}

/// Groups of body paragraphs that tell the same thing, each sorted.
pub fn group(nodes: &[Node], aff: &HashMap<(Node, Node), f32>) -> Vec<Vec<Node>> {
    let index: HashMap<Node, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    // Position of each node among its version's body paragraphs.
    let mut rank: HashMap<Node, usize> = HashMap::default();
    let mut count: HashMap<usize, usize> = HashMap::default();
    for n in nodes {
        let c = count.entry(n.0).or_default();
        rank.insert(*n, *c);
        *c += 1;
    }
    let mut group_of: Vec<usize> = (0..nodes.len()).collect();
    let mut members: Vec<Vec<Node>> = nodes.iter().map(|n| vec![*n]).collect();
    let (pair_min, mean_min) = (PAIR, MEAN);
    let mut pairs: Vec<(&(Node, Node), &f32)> =
        aff.iter().filter(|(_, s)| **s >= pair_min).collect();
    pairs.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
    let get = |a: Node, b: Node| -> f32 {
        let key = if a < b { (a, b) } else { (b, a) };
        aff.get(&key).copied().unwrap_or(0.0)
    };
    let mut ranked: Vec<(usize, usize)> = Vec::new();
    for ((a, b), _) in pairs {
        let (Some(&ia), Some(&ib)) = (index.get(a), index.get(b)) else {
            continue;
        };
        let (ga, gb) = (group_of[ia], group_of[ib]);
        if ga == gb {
            continue;
        }
        // One version's paragraphs in one row must be neighbours, and few.
        let mut ok = true;
        let mut split = false;
        // (version, rank) of every member, sorted: each version's ranks
        // form one run.
        ranked.clear();
        ranked.extend(
            members[ga]
                .iter()
                .chain(&members[gb])
                .map(|n| (n.0, rank[n])),
        );
        ranked.sort_unstable();
        for ranks in ranked.chunk_by(|x, y| x.0 == y.0) {
            // Neighbours: within a window of MAX_SPLIT paragraphs (a gap
            // may be filled by a later, weaker merge).
            let span = ranks[ranks.len() - 1].1 - ranks[0].1 + 1;
            if ranks.len() > MAX_SPLIT || span > MAX_SPLIT || ranks.windows(2).any(|w| w[1] == w[0])
            {
                ok = false;
            }
            split |= ranks.len() > 1;
        }
        if !ok {
            continue;
        }
        // Average linkage over members of different versions.
        let (mut total, mut n) = (0.0f32, 0usize);
        for x in &members[ga] {
            for y in &members[gb] {
                if x.0 != y.0 {
                    total += get(*x, *y);
                    n += 1;
                }
            }
        }
        // A row takes two paragraphs of one version only on firm evidence
        // that together they tell what the others tell in one.
        let needed = if split {
            mean_min.max(SPLIT_MEAN)
        } else {
            mean_min
        };
        if n == 0 || total / (n as f32) < needed {
            continue;
        }
        let moved = std::mem::take(&mut members[gb]);
        for m in &moved {
            group_of[index[m]] = ga;
        }
        members[ga].extend(moved);
    }
    refine(nodes, &index, &rank, aff, &get, &mut members, &mut group_of);
    let mut out: Vec<Vec<Node>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for g in &mut out {
        g.sort_unstable();
    }
    out.sort();
    out
}

/// Mean affinity of `x` to the members of `group` of other versions.
fn mean_to(x: Node, group: &[Node], get: &impl Fn(Node, Node) -> f32) -> Option<f32> {
    let (mut total, mut n) = (0.0f32, 0usize);
    for m in group.iter().filter(|m| m.0 != x.0) {
        total += get(x, *m);
        n += 1;
    }
    (n > 0).then(|| total / n as f32)
}

/// Margin by which another row must hold a paragraph better than its own.
pub const REFINE: f32 = 0.25;

/// Greedy grouping decides each merge once, at the time of the strongest
/// pair: a one-sentence paragraph ("The company set up a £250,000 fund")
/// fully told inside a longer paragraph of another outlet joins that
/// paragraph's row, though the row is about something else and a third
/// outlet's paragraph about the fund is left alone. Afterwards each
/// paragraph is weighed against every row by the same average linkage, and
/// moves where it is clearly better held ([`REFINE`]), within the limits on
/// one version's paragraphs in a row.
fn refine(
    nodes: &[Node],
    index: &HashMap<Node, usize>,
    rank: &HashMap<Node, usize>,
    aff: &HashMap<(Node, Node), f32>,
    get: &impl Fn(Node, Node) -> f32,
    members: &mut [Vec<Node>],
    group_of: &mut [usize],
) {
    // The paragraphs each one is linked to firmly enough to share a row.
    let mut near: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (&(a, b), &s) in aff {
        if s >= PAIR
            && let (Some(&i), Some(&j)) = (index.get(&a), index.get(&b))
        {
            near[i].push(j);
            near[j].push(i);
        }
    }
    let mut rows: Vec<usize> = Vec::new();
    for (i, &x) in nodes.iter().enumerate() {
        let g = group_of[i];
        let here = mean_to(x, &members[g], get).unwrap_or(0.0);
        rows.clear();
        rows.extend(near[i].iter().map(|&j| group_of[j]).filter(|&h| h != g));
        rows.sort_unstable();
        rows.dedup();
        let mut best: Option<(usize, f32)> = None;
        for &h in &rows {
            let Some(m) = mean_to(x, &members[h], get) else {
                continue;
            };
            if m < PAIR || m < here + REFINE || best.is_some_and(|(_, b)| b >= m) {
                continue;
            }
            // One version's paragraphs in the row stay few neighbours.
            let mut ranks: Vec<usize> = members[h]
                .iter()
                .filter(|n| n.0 == x.0)
                .map(|n| rank[n])
                .collect();
            ranks.push(rank[&x]);
            let (lo, hi) = (ranks.iter().min(), ranks.iter().max());
            let span = hi.zip(lo).map_or(1, |(h, l)| h - l + 1);
            if ranks.len() > 1 && (ranks.len() > MAX_SPLIT || span > MAX_SPLIT || m < SPLIT_MEAN) {
                continue;
            }
            best = Some((h, m));
        }
        if let Some((h, _)) = best {
            members[g].retain(|n| *n != x);
            members[h].push(x);
            group_of[i] = h;
        }
    }
}

/// Order groups into rows: the versions in `order` (most complete first)
/// are walked in reading order; a group not yet placed goes right after the
/// row of the version's previous paragraph.
pub fn order(versions: &[Version], groups: &[Vec<Node>], order: &[usize]) -> Vec<usize> {
    let mut group_of: HashMap<Node, usize> = HashMap::default();
    for (g, members) in groups.iter().enumerate() {
        for n in members {
            group_of.insert(*n, g);
        }
    }
    let mut rows: Vec<usize> = Vec::new();
    let mut placed: HashMap<usize, bool> = HashMap::default();
    for &v in order {
        // Which of this version's already placed paragraphs keep its order:
        // the longest increasing run of their rows; the others were moved
        // and give no anchor.
        let n_par = versions[v].paragraphs.len();
        let placed_rows: Vec<(usize, usize)> = (0..n_par)
            .filter_map(|p| {
                let g = *group_of.get(&(v, p))?;
                placed
                    .contains_key(&g)
                    .then(|| (p, rows.iter().position(|&r| r == g).unwrap_or(0)))
            })
            .collect();
        let seq: Vec<usize> = placed_rows.iter().map(|(_, r)| *r).collect();
        let moved: std::collections::HashSet<usize> = super::moves::out_of_order(&seq)
            .into_iter()
            .zip(&placed_rows)
            .filter(|(out, _)| *out)
            .map(|(_, (p, _))| *p)
            .collect();
        let mut anchor: Option<usize> = None; // position in `rows`
        for p in 0..n_par {
            let Some(&g) = group_of.get(&(v, p)) else {
                continue;
            };
            if placed.contains_key(&g) {
                if !moved.contains(&p) {
                    anchor = rows.iter().position(|&r| r == g);
                }
                continue;
            }
            let at = anchor.map_or(0, |a| a + 1);
            rows.insert(at, g);
            placed.insert(g, true);
            anchor = Some(at);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::key::tests::version;

    #[test]
    fn a_paragraph_told_inside_another_moves_to_the_row_of_its_own_fact() {
        // Outlet 0 packs "the company was devastated" and "it set up a
        // fund" into one paragraph; outlet 1 tells them in paragraphs 0 and
        // 2; outlet 2 tells the reaction first and the fund three
        // paragraphs later. The greedy pass puts outlet 1's fund paragraph
        // with the reaction (it is fully told inside outlet 0's paragraph);
        // it belongs with outlet 2's fund paragraph.
        let (a0, b0, b1, b2) = ((0, 0), (1, 0), (1, 1), (1, 2));
        let (c0, c1, c2, c3) = ((2, 0), (2, 1), (2, 2), (2, 3));
        let nodes = [a0, b0, b1, b2, c0, c1, c2, c3];
        let aff: HashMap<(Node, Node), f32> = [
            ((a0, b0), 0.7),
            ((a0, b2), 0.66),
            ((a0, c0), 0.65),
            ((b0, c0), 0.68),
            ((b2, c3), 0.65),
        ]
        .into_iter()
        .collect();
        let groups = group(&nodes, &aff);
        let row_of = |n: Node| groups.iter().position(|g| g.contains(&n));
        assert_eq!(row_of(b2), row_of(c3), "{groups:?}");
        assert_eq!(row_of(a0), row_of(b0), "{groups:?}");
        assert_eq!(row_of(a0), row_of(c0), "{groups:?}");
        assert_ne!(row_of(b1), row_of(a0), "{groups:?}");
    }

    #[test]
    fn a_paragraph_weighs_its_opening_sentence_most() {
        // The first outlet packs two points into one paragraph; the second
        // tells each in its own paragraph, with details more. The packed
        // paragraph is nearer the point it opens on.
        let a = version(&[
            "The ferry Aster sank off Velmora with 310 passengers aboard. Divers reached the wreck of the ferry Aster on Sunday morning.",
        ]);
        let b = version(&[
            "The ferry Aster sank off Velmora with 310 passengers aboard. Its operating licence, renewed by the maritime inspectorate last spring after a contested hearing, allowed no more than 200 people on the crossing.",
            "Divers reached the wreck of the ferry Aster on Sunday morning. Navy teams working from a salvage barge found the hull intact in forty metres of murky water, with both lifeboats still lashed to the upper deck.",
        ]);
        let links = Links::build(&[a, b]);
        let aff = affinities(&links);
        let opening = aff[&((0, 0), (1, 0))];
        let second = aff[&((0, 0), (1, 1))];
        assert!(opening > second + 0.05, "{opening} vs {second}");
    }
}
