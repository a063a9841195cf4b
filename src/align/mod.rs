//! N-way paragraph alignment. Versions are added one by one to a growing set
//! of rows, starting from the most complete. Each new version's body
//! paragraphs are matched to rows by an order-keeping dynamic programme over
//! paraphrase-aware similarities (candidates come from an inverted index, so
//! the work stays near-linear); paragraphs it moved are then placed by
//! content wherever they match, splits keep several paragraphs in one row,
//! merges join the rows one paragraph covers, and what matches nothing gets
//! a row of its own. Headings, captions and bylines align only with their
//! like and never pull body rows apart.

pub mod engine;
pub mod inline;
pub mod key;
pub mod moves;

use crate::model::{ParagraphKind, Row, RowStatus, Version};
use key::{Key, Keys, similarity};

/// Minimum similarity for the order-keeping match.
const MATCH: f32 = 0.24;
/// Minimum similarity to place a paragraph out of order (a moved paragraph).
const MOVE: f32 = 0.32;
/// Minimum similarity for a paragraph that sits between two matched
/// neighbours to take a free row between their rows.
const GAP: f32 = 0.14;
/// Minimum similarity for a paragraph to pull a neighbouring row into a merge.
const MERGE: f32 = 0.38;
/// Minimum similarity of each part of a split paragraph to its row.
const SPLIT: f32 = 0.38;
/// Minimum similarity for headings, captions and bylines to share a row.
const LIKE: f32 = 0.5;
/// Candidate rows scored exactly per paragraph.
const CANDIDATES: usize = 12;

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

#[derive(Debug, Clone)]
struct WorkRow {
    cells: Vec<Vec<usize>>,
    class: Class,
}

/// The most complete version: the one with the most words (first on a tie).
pub fn default_base(versions: &[Version]) -> usize {
    versions
        .iter()
        .enumerate()
        .max_by_key(|(i, v)| (v.word_count, std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i)
}

struct Aligner<'a> {
    versions: &'a [Version],
    keys: Keys,
    rows: Vec<WorkRow>,
    /// Versions in the order they were added.
    added: Vec<usize>,
}

impl<'a> Aligner<'a> {
    fn class(&self, v: usize, p: usize) -> Class {
        class_of(self.versions[v].paragraphs[p].kind)
    }

    /// Key of version `u`'s paragraphs in row `r` (their union when several).
    fn cell_key(&self, r: usize, u: usize) -> Option<std::borrow::Cow<'_, Key>> {
        let cell = &self.rows[r].cells[u];
        match cell.len() {
            0 => None,
            1 => Some(std::borrow::Cow::Borrowed(&self.keys.keys[u][cell[0]])),
            _ => Some(std::borrow::Cow::Owned(Key::union(
                cell.iter().map(|&p| &self.keys.keys[u][p]),
                &self.keys.idf,
            ))),
        }
    }

    /// Similarity of paragraph `p` of `v` to row `r`: the best over the
    /// row's other versions.
    fn row_sim(&self, key: &Key, v: usize, r: usize) -> f32 {
        self.row_best(key, v, r).0
    }

    /// The best similarity to row `r` and the idf mass of the cell giving it.
    fn row_best(&self, key: &Key, v: usize, r: usize) -> (f32, f32) {
        let mut best = (0.0f32, 0.0f32);
        // The row's first members, in the order versions were added (the
        // most complete first), stand for it: with many versions, the rest
        // add little and cost much.
        let members = self
            .added
            .iter()
            .filter(|&&u| u != v && !self.rows[r].cells[u].is_empty())
            .take(10);
        for &u in members {
            if let Some(k) = self.cell_key(r, u) {
                let s = similarity(key, &k, &self.keys.idf);
                if s > best.0 {
                    best = (s, k.mass);
                }
            }
        }
        best
    }

    /// For each of `v`'s paragraphs of class `class`, the exact similarity to
    /// its candidate rows (those sharing the most rare terms).
    fn candidate_scores(
        &self,
        v: usize,
        paras: &[usize],
        rows: &[usize],
    ) -> Vec<Vec<(usize, f32)>> {
        // Inverted index: term -> positions in `rows`.
        let mut postings: std::collections::HashMap<u32, Vec<usize>> =
            std::collections::HashMap::new();
        for (j, &r) in rows.iter().enumerate() {
            for (u, cell) in self.rows[r].cells.iter().enumerate() {
                if u == v {
                    continue;
                }
                for &p in cell {
                    for (t, _) in &self.keys.keys[u][p].terms {
                        let list = postings.entry(*t).or_default();
                        if list.last() != Some(&j) {
                            list.push(j);
                        }
                    }
                }
            }
        }
        let mut acc = vec![0.0f32; rows.len()];
        let mut touched: Vec<usize> = Vec::new();
        paras
            .iter()
            .map(|&p| {
                let key = &self.keys.keys[v][p];
                for (t, _) in &key.terms {
                    if let Some(list) = postings.get(t) {
                        for &j in list {
                            if acc[j] == 0.0 {
                                touched.push(j);
                            }
                            acc[j] += self.keys.idf[*t as usize];
                        }
                    }
                }
                touched.sort_unstable_by(|a, b| acc[*b].total_cmp(&acc[*a]).then(a.cmp(b)));
                let out: Vec<(usize, f32)> = touched
                    .iter()
                    .take(CANDIDATES)
                    .map(|&j| (j, self.row_sim(key, v, rows[j])))
                    .filter(|(_, s)| *s > 0.0)
                    .collect();
                for &j in &touched {
                    acc[j] = 0.0;
                }
                touched.clear();
                out
            })
            .collect()
    }

    /// Add version `v` to the rows.
    fn add_version(&mut self, v: usize) {
        let n_par = self.versions[v].paragraphs.len();
        let mut assigned: Vec<Option<usize>> = vec![None; n_par]; // row index
        let mut in_order: Vec<bool> = vec![false; n_par];

        // 1. Body paragraphs: order-keeping match.
        let body_paras: Vec<usize> = (0..n_par)
            .filter(|&p| self.class(v, p) == Class::Body)
            .collect();
        let body_rows: Vec<usize> = (0..self.rows.len())
            .filter(|&r| self.rows[r].class == Class::Body)
            .collect();
        let cands = self.candidate_scores(v, &body_paras, &body_rows);
        if std::env::var_os("PARALLAX_DEBUG_ALIGN").is_some() {
            for (i, c) in cands.iter().enumerate() {
                let mut c = c.clone();
                c.sort_by(|a, b| b.1.total_cmp(&a.1));
                let show: Vec<String> = c
                    .iter()
                    .take(4)
                    .map(|(j, s)| format!("r{}:{s:.2}", body_rows[*j]))
                    .collect();
                eprintln!("v{v}p{} -> {}", body_paras[i], show.join(" "));
            }
        }
        let matched = monotone_match(&cands, body_rows.len(), MATCH);
        for (i, m) in matched.iter().enumerate() {
            if let Some(j) = m {
                assigned[body_paras[i]] = Some(body_rows[*j]);
                in_order[body_paras[i]] = true;
            }
        }
        self.keep_real_splits(v, &body_paras, &mut assigned, &mut in_order);
        // Gaps: an unmatched paragraph between matched neighbours takes the
        // best free row between their rows, on weaker evidence.
        for (i, &p) in body_paras.iter().enumerate() {
            if assigned[p].is_some() {
                continue;
            }
            let lo = body_paras[..i]
                .iter()
                .rev()
                .find_map(|&q| assigned[q].filter(|_| in_order[q]));
            let hi = body_paras[i + 1..]
                .iter()
                .find_map(|&q| assigned[q].filter(|_| in_order[q]));
            let best = cands[i]
                .iter()
                .filter(|(j, _)| {
                    let r = body_rows[*j];
                    lo.is_none_or(|l| r > l)
                        && hi.is_none_or(|h| r < h)
                        && self.rows[r].cells[v].is_empty()
                        && !assigned.contains(&Some(r))
                })
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some(&(j, s)) = best
                && s >= GAP
            {
                assigned[p] = Some(body_rows[j]);
                in_order[p] = true;
            }
        }
        // 2. Moved paragraphs: placed by content wherever they match best.
        for (i, &p) in body_paras.iter().enumerate() {
            if assigned[p].is_some() {
                continue;
            }
            let best = cands[i]
                .iter()
                .filter(|(j, _)| {
                    self.rows[body_rows[*j]].cells[v].is_empty()
                        && !assigned.contains(&Some(body_rows[*j]))
                })
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some(&(j, s)) = best
                && s >= MOVE
            {
                assigned[p] = Some(body_rows[j]);
            }
        }
        // 3. Headings, captions, bylines: only with their like.
        for p in 0..n_par {
            let class = self.class(v, p);
            if class == Class::Body {
                continue;
            }
            let key = self.keys.keys[v][p].clone();
            let best = (0..self.rows.len())
                .filter(|&r| {
                    self.rows[r].class == class
                        && self.rows[r].cells[v].is_empty()
                        && !assigned.contains(&Some(r))
                })
                .map(|r| (r, self.row_sim(&key, v, r)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            // Bylines sit together whoever wrote them; headings and captions
            // only when they say the same thing.
            if let Some((r, s)) = best
                && (s >= LIKE || class == Class::Byline)
            {
                assigned[p] = Some(r);
                in_order[p] = true;
            }
        }
        // 4. Write the assignments, then give the rest rows of their own,
        // each placed after the row of the version's previous paragraph.
        for (p, a) in assigned.iter().enumerate() {
            if let Some(r) = a {
                self.rows[*r].cells[v].push(p);
            }
        }
        let n = self.versions.len();
        let mut anchor: Option<usize> = None; // row index after which to insert
        let mut row_of: Vec<Option<usize>> = assigned.clone();
        for p in 0..n_par {
            match row_of[p] {
                Some(r) if in_order[p] => anchor = Some(r),
                Some(_) => {}
                None => {
                    let at = anchor.map_or(0, |a| a + 1);
                    let mut cells = vec![Vec::new(); n];
                    cells[v].push(p);
                    self.rows.insert(
                        at,
                        WorkRow {
                            cells,
                            class: self.class(v, p),
                        },
                    );
                    for r in row_of.iter_mut().flatten() {
                        if *r >= at {
                            *r += 1;
                        }
                    }
                    row_of[p] = Some(at);
                    anchor = Some(at);
                }
            }
        }
        self.merge_covered_rows(v);
    }

    /// Several paragraphs of `v` matched to one row stay together only when
    /// together they match it better than the best of them alone.
    fn keep_real_splits(
        &self,
        v: usize,
        paras: &[usize],
        assigned: &mut [Option<usize>],
        in_order: &mut [bool],
    ) {
        let mut by_row: std::collections::BTreeMap<usize, Vec<usize>> =
            std::collections::BTreeMap::new();
        for &p in paras {
            if let Some(r) = assigned[p] {
                by_row.entry(r).or_default().push(p);
            }
        }
        for (r, ps) in by_row {
            if ps.len() < 2 {
                continue;
            }
            let sims: Vec<f32> = ps
                .iter()
                .map(|&p| self.row_sim(&self.keys.keys[v][p], v, r))
                .collect();
            let union = Key::union(ps.iter().map(|&p| &self.keys.keys[v][p]), &self.keys.idf);
            let together = self.row_sim(&union, v, r);
            let (best_i, best) = sims
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map(|(i, s)| (i, *s))
                .unwrap_or((0, 0.0));
            // Each part of a real split matches the row well on its own, or
            // adds to the match; together they match it about as well as the
            // best part.
            for (i, &p) in ps.iter().enumerate() {
                let adds = together >= best + 0.02;
                if i != best_i && ((sims[i] < SPLIT && !adds) || together + 0.15 < best) {
                    assigned[p] = None;
                    in_order[p] = false;
                }
            }
        }
    }

    /// When one paragraph of `v` covers its row and a neighbouring row that
    /// `v` has nothing in (it merged what others kept apart), join the rows.
    fn merge_covered_rows(&mut self, v: usize) {
        let mut r = 0;
        while r < self.rows.len() {
            let row = &self.rows[r];
            if row.class != Class::Body || row.cells[v].len() != 1 {
                r += 1;
                continue;
            }
            let p = row.cells[v][0];
            let key = self.keys.keys[v][p].clone();
            let (here, here_mass) = self.row_best(&key, v, r);
            if std::env::var_os("PARALLAX_DEBUG_ALIGN").is_some() {
                for nb in [r + 1, r.wrapping_sub(1)] {
                    if nb < self.rows.len() && self.rows[nb].cells[v].is_empty() {
                        eprintln!(
                            "merge? v{v}p{p} r{r} here {here:.2} nb {nb} there {:.2} joined {:.2}",
                            self.row_sim(&key, v, nb),
                            self.joined_sim(&key, v, r, nb)
                        );
                    }
                }
            }
            let mut merged = false;
            for nb in [r + 1, r.wrapping_sub(1)] {
                if nb >= self.rows.len()
                    || self.rows[nb].class != Class::Body
                    || !self.rows[nb].cells[v].is_empty()
                {
                    continue;
                }
                let (there, there_mass) = self.row_best(&key, v, nb);
                // Only a paragraph longer than what it matches on either side
                // can hold both.
                if there < MERGE || here < MERGE || key.mass < 1.15 * here_mass.max(there_mass) {
                    continue;
                }
                // The paragraph covers both rows: joined, they match it about as well.
                let joined = self.joined_sim(&key, v, r, nb);
                if joined + 0.04 >= here.max(there) {
                    let (keep, gone) = (r.min(nb), r.max(nb));
                    let moved_cells = self.rows[gone].cells.clone();
                    for (u, cell) in moved_cells.into_iter().enumerate() {
                        self.rows[keep].cells[u].extend(cell);
                        self.rows[keep].cells[u].sort_unstable();
                    }
                    self.rows.remove(gone);
                    r = keep;
                    merged = true;
                    break;
                }
            }
            if !merged {
                r += 1;
            }
        }
    }

    /// Similarity of a key to two rows joined, over the other versions.
    fn joined_sim(&self, key: &Key, v: usize, a: usize, b: usize) -> f32 {
        let mut best = 0.0f32;
        for u in 0..self.versions.len() {
            if u == v {
                continue;
            }
            let ps: Vec<usize> = self.rows[a].cells[u]
                .iter()
                .chain(&self.rows[b].cells[u])
                .copied()
                .collect();
            if ps.is_empty() {
                continue;
            }
            let k = Key::union(ps.iter().map(|&p| &self.keys.keys[u][p]), &self.keys.idf);
            best = best.max(similarity(key, &k, &self.keys.idf));
        }
        best
    }
}

/// Order-keeping assignment of paragraphs to rows maximising the summed
/// similarity above `threshold`; several consecutive paragraphs may share a
/// row (a split). `cands[i]` holds (row position, similarity) pairs.
fn monotone_match(
    cands: &[Vec<(usize, f32)>],
    n_rows: usize,
    threshold: f32,
) -> Vec<Option<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Step {
        Carry,
        Skip,
        Take,
    }
    let n = cands.len();
    if n == 0 || n_rows == 0 {
        return vec![None; n];
    }
    let w = n_rows;
    // f[i][j]: best total for the first i paragraphs using rows <= j.
    let mut f = vec![0.0f32; (n + 1) * w];
    let mut step = vec![Step::Skip; (n + 1) * w];
    let mut gain = vec![0.0f32; w];
    for i in 0..n {
        for &(j, s) in &cands[i] {
            gain[j] = s - threshold;
        }
        for j in 0..w {
            let skip = f[i * w + j];
            let mut best = (skip, Step::Skip);
            if j > 0 && f[(i + 1) * w + j - 1] > best.0 {
                best = (f[(i + 1) * w + j - 1], Step::Carry);
            }
            if gain[j] > 0.0 && skip + gain[j] > best.0 {
                best = (skip + gain[j], Step::Take);
            }
            f[(i + 1) * w + j] = best.0;
            step[(i + 1) * w + j] = best.1;
        }
        for &(j, _) in &cands[i] {
            gain[j] = 0.0;
        }
    }
    let mut out = vec![None; n];
    let (mut i, mut j) = (n, w - 1);
    while i > 0 {
        match step[i * w + j] {
            Step::Take => {
                out[i - 1] = Some(j);
                i -= 1;
            }
            Step::Skip => i -= 1,
            Step::Carry => j -= 1,
        }
    }
    out
}

/// Rows of the side-by-side view for these versions.
pub fn align(versions: &[Version]) -> Vec<Row> {
    let n = versions.len();
    if n == 0 {
        return Vec::new();
    }
    let base = default_base(versions);
    let mut aligner = Aligner {
        versions,
        keys: Keys::build(versions),
        rows: Vec::new(),
        added: vec![base],
    };
    for (p, para) in versions[base].paragraphs.iter().enumerate() {
        let mut cells = vec![Vec::new(); n];
        cells[base].push(p);
        aligner.rows.push(WorkRow {
            cells,
            class: class_of(para.kind),
        });
    }
    let mut order: Vec<usize> = (0..n).filter(|&v| v != base).collect();
    order.sort_by_key(|&v| (std::cmp::Reverse(versions[v].word_count), v));
    for v in order {
        aligner.add_version(v);
        aligner.added.push(v);
    }
    finish(aligner)
}

/// Moved flags, status and similarity of each row.
fn finish(aligner: Aligner) -> Vec<Row> {
    let n = aligner.versions.len();
    let rows = &aligner.rows;
    let mut moved: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    for v in 0..n {
        let mut seq = Vec::new();
        let mut where_ = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for &p in &row.cells[v] {
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
    rows.iter()
        .enumerate()
        .map(|(r, row)| {
            let present: Vec<usize> = (0..n).filter(|&u| !row.cells[u].is_empty()).collect();
            let texts: Vec<String> = present
                .iter()
                .map(|&u| {
                    row.cells[u]
                        .iter()
                        .map(|&p| crate::text::fold(&aligner.versions[u].paragraphs[p].text))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            let (status, similarity) = if present.len() <= 1 {
                (RowStatus::Unique, 1.0)
            } else if texts.windows(2).all(|w| w[0] == w[1]) {
                (RowStatus::Identical, 1.0)
            } else {
                let keys: Vec<std::borrow::Cow<'_, Key>> = present
                    .iter()
                    .filter_map(|&u| aligner.cell_key(r, u))
                    .collect();
                // Mean similarity over pairs; with many versions, of each to the first.
                let mut total = 0.0;
                let mut pairs = 0;
                for a in 0..keys.len() {
                    for b in a + 1..keys.len() {
                        if keys.len() > 12 && a > 0 {
                            break;
                        }
                        total += similarity(&keys[a], &keys[b], &aligner.keys.idf);
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
                cells: row.cells.clone(),
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
}
