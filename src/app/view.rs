//! The view model: what the panels show, built from the comparison without
//! any pixels, so that it can be tested on its own. Each cell of the
//! side-by-side view becomes runs of text with a style (same, inserted or
//! deleted against the base; quotation, figure, entity mention, search hit)
//! and, where a finding is, a reference the hover text comes from.

use std::collections::HashMap;

use crate::align::engine::diff_words;
use crate::model::{ChangeTag, Comparison, FigureValue, ParagraphKind, RowStatus};

/// How a run of words differs from the base version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Diff {
    #[default]
    Same,
    /// Words this version has and the base lacks.
    Inserted,
    /// Words the base has and this version lacks (shown struck through).
    Deleted,
}

/// A finding under a run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Finding {
    Quote(usize),
    Figure(usize),
    Entity(usize),
}

/// The look of a run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Style {
    pub diff: Diff,
    pub quote: bool,
    pub figure: bool,
    pub disagree: bool,
    pub entity: bool,
    pub highlighted: bool,
    pub search: bool,
    /// In a passage shared with the version whose copy is shown.
    pub shared: bool,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub style: Style,
    pub finding: Option<Finding>,
    /// The sentence the run belongs to: (paragraph, sentence) of the cell's
    /// version; `None` for base words shown as deleted.
    pub sentence: Option<(usize, usize)>,
}

/// One version's paragraphs in one row.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub version: usize,
    pub paragraphs: Vec<usize>,
    pub kind: ParagraphKind,
    pub moved: bool,
    pub segments: Vec<Segment>,
}

/// One row of the side-by-side view.
#[derive(Debug, Clone, PartialEq)]
pub struct RowView {
    /// Index in the comparison's alignment.
    pub index: usize,
    pub status: RowStatus,
    pub similarity: f64,
    pub moved: bool,
    /// Per visible column: the cell, or nothing when the version lacks it.
    pub cells: Vec<Option<Cell>>,
    pub search_hit: bool,
    pub entity_hit: bool,
}

impl RowView {
    /// Rows a reader steps through with "next difference".
    pub fn is_difference(&self) -> bool {
        self.status != RowStatus::Identical || self.moved
    }
}

/// Inputs of the side-by-side view model.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub visible: Vec<usize>,
    pub base: usize,
    pub search: String,
    pub highlight: Option<String>,
    pub differences_only: bool,
    /// Show the copy this version shares with others (from the Sources tab).
    pub shared_with: Option<usize>,
}

/// The side-by-side view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SideBySide {
    pub columns: Vec<usize>,
    pub rows: Vec<RowView>,
}

/// Where each (version, paragraph) sits: its row index.
pub fn row_of(c: &Comparison) -> HashMap<(usize, usize), usize> {
    let mut m = HashMap::new();
    for (r, row) in c.alignment.iter().enumerate() {
        for (v, cell) in row.cells.iter().enumerate() {
            for &p in cell {
                m.insert((v, p), r);
            }
        }
    }
    m
}

struct Mark {
    start: usize,
    end: usize,
    finding: Finding,
}

/// Build the side-by-side view.
pub fn side_by_side(c: &Comparison, f: &Filter) -> SideBySide {
    let highlight = f
        .highlight
        .as_deref()
        .and_then(|id| c.entities.iter().position(|e| e.id == id));
    let needle = f.search.trim().to_lowercase();
    // Findings per (version, paragraph), as byte ranges.
    let mut marks: HashMap<(usize, usize), Vec<Mark>> = HashMap::new();
    for (i, q) in c.quotes.iter().enumerate() {
        marks
            .entry((q.version, q.paragraph))
            .or_default()
            .push(Mark {
                start: q.start,
                end: q.end,
                finding: Finding::Quote(i),
            });
    }
    for (i, fig) in c.figures.iter().enumerate() {
        if matches!(fig.value, FigureValue::Date(_)) {
            continue;
        }
        marks
            .entry((fig.version, fig.paragraph))
            .or_default()
            .push(Mark {
                start: fig.start,
                end: fig.end,
                finding: Finding::Figure(i),
            });
    }
    for (i, e) in c.entities.iter().enumerate() {
        for m in &e.mentions {
            marks
                .entry((m.version, m.paragraph))
                .or_default()
                .push(Mark {
                    start: m.start,
                    end: m.end,
                    finding: Finding::Entity(i),
                });
        }
    }
    // Passages shared with the chosen version, in it and in its partners.
    let mut shared: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
    if let Some(h) = f.shared_with {
        for pair in c
            .provenance
            .pairs
            .iter()
            .filter(|p| p.versions.contains(&h))
        {
            for sp in &pair.spans {
                shared
                    .entry((sp.version, sp.paragraph))
                    .or_default()
                    .push((sp.start, sp.end));
            }
        }
    }
    let mut rows = Vec::new();
    for (r, row) in c.alignment.iter().enumerate() {
        let mut view = RowView {
            index: r,
            status: row.status,
            similarity: row.similarity,
            moved: !row.moved.is_empty(),
            cells: Vec::with_capacity(f.visible.len()),
            search_hit: false,
            entity_hit: false,
        };
        for &v in &f.visible {
            let paras = &row.cells[v];
            if paras.is_empty() {
                view.cells.push(None);
                continue;
            }
            let cell = build_cell(c, r, v, f.base, &marks, &shared, highlight, &needle);
            view.search_hit |= cell.segments.iter().any(|s| s.style.search);
            view.entity_hit |= cell.segments.iter().any(|s| s.style.highlighted);
            view.cells.push(Some(cell));
        }
        if f.differences_only && !view.is_difference() {
            continue;
        }
        if view.cells.iter().all(Option::is_none) {
            continue;
        }
        rows.push(view);
    }
    SideBySide {
        columns: f.visible.clone(),
        rows,
    }
}

/// Byte offsets in a paragraph's text where each of its sentences starts.
/// Sentences are stored with their white space folded, so each is found by
/// its first words, in order; one that cannot be found continues the one
/// before.
fn sentence_offsets(p: &crate::model::Paragraph) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, s) in p.sentences.iter().enumerate() {
        let head: String = s.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        if head.is_empty() {
            continue;
        }
        if let Some(at) = p.text[from..].find(&head) {
            out.push((from + at, i));
            from += at + head.len();
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn build_cell(
    c: &Comparison,
    r: usize,
    v: usize,
    base: usize,
    marks: &HashMap<(usize, usize), Vec<Mark>>,
    shared: &HashMap<(usize, usize), Vec<(usize, usize)>>,
    highlight: Option<usize>,
    needle: &str,
) -> Cell {
    let row = &c.alignment[r];
    let paras = &row.cells[v];
    // The cell's own text, paragraphs joined by a space, with their offsets.
    let mut own = String::new();
    let mut own_marks: Vec<Mark> = Vec::new();
    let mut own_shared: Vec<(usize, usize)> = Vec::new();
    // Where each sentence starts in the cell's text.
    let mut sentence_starts: Vec<(usize, (usize, usize))> = Vec::new();
    for (k, &p) in paras.iter().enumerate() {
        if k > 0 {
            own.push(' ');
        }
        let off = own.len();
        own.push_str(&c.versions[v].paragraphs[p].text);
        sentence_starts.extend(
            sentence_offsets(&c.versions[v].paragraphs[p])
                .into_iter()
                .map(|(at, s)| (off + at, (p, s))),
        );
        for &(a, b) in shared.get(&(v, p)).map(Vec::as_slice).unwrap_or(&[]) {
            own_shared.push((a + off, b + off));
        }
        for m in marks.get(&(v, p)).map(Vec::as_slice).unwrap_or(&[]) {
            own_marks.push(Mark {
                start: m.start + off,
                end: m.end + off,
                finding: m.finding,
            });
        }
    }
    let lower = own.to_lowercase();
    let search: Vec<(usize, usize)> = if needle.is_empty() || lower.len() != own.len() {
        Vec::new()
    } else {
        lower
            .match_indices(needle)
            .map(|(i, s)| (i, i + s.len()))
            .collect()
    };
    // Runs of own text with their diff status; deleted base words between them.
    // Word differences for story text; bylines, captions and headings differ
    // in ways that are not worth marking word by word.
    let story = paras
        .iter()
        .all(|&p| c.versions[v].paragraphs[p].kind.is_story_text());
    let base_has = story && v != base && !row.cells.get(base).is_none_or(|b| b.is_empty());
    let mut runs: Vec<(Diff, String, Option<usize>)> = Vec::new(); // (diff, text, own offset)
    if base_has {
        let base_text = crate::align::inline::cell_text(c, r, base);
        let mut pos = 0;
        for s in diff_words(&base_text, &own) {
            match s.tag {
                ChangeTag::Delete => runs.push((Diff::Deleted, s.text, None)),
                tag => {
                    let diff = if tag == ChangeTag::Insert {
                        Diff::Inserted
                    } else {
                        Diff::Same
                    };
                    let len = s.text.len();
                    runs.push((diff, s.text, Some(pos)));
                    pos += len;
                }
            }
        }
    } else {
        runs.push((Diff::Same, own.clone(), Some(0)));
    }
    let mut segments: Vec<Segment> = Vec::new();
    for (diff, text, off) in runs {
        let Some(off) = off else {
            segments.push(Segment {
                text,
                style: Style {
                    diff,
                    ..Style::default()
                },
                finding: None,
                sentence: None,
            });
            continue;
        };
        // Split the run at every mark and search boundary inside it.
        let end = off + text.len();
        let mut cuts: Vec<usize> = vec![off, end];
        for m in &own_marks {
            cuts.extend([m.start, m.end]);
        }
        for (a, b) in search.iter().chain(&own_shared) {
            cuts.extend([*a, *b]);
        }
        cuts.extend(sentence_starts.iter().map(|(at, _)| *at));
        cuts.retain(|&x| x >= off && x <= end && own.is_char_boundary(x));
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            if a == b {
                continue;
            }
            let mut style = Style {
                diff,
                ..Style::default()
            };
            let mut finding = None;
            // The innermost finding wins: entity over figure over quotation.
            for m in &own_marks {
                if m.start <= a && m.end >= b {
                    match m.finding {
                        Finding::Quote(_) => {
                            style.quote = true;
                            finding.get_or_insert(m.finding);
                        }
                        Finding::Figure(i) => {
                            style.figure = true;
                            style.disagree |= c.figures[i].discrepancy;
                            if !matches!(finding, Some(Finding::Entity(_))) {
                                finding = Some(m.finding);
                            }
                        }
                        Finding::Entity(i) => {
                            style.entity = true;
                            style.highlighted |= Some(i) == highlight;
                            finding = Some(m.finding);
                        }
                    }
                }
            }
            style.search = search.iter().any(|(s, e)| *s <= a && *e >= b);
            style.shared = own_shared.iter().any(|(s, e)| *s <= a && *e >= b);
            let sentence = sentence_starts
                .iter()
                .take_while(|(at, _)| *at <= a)
                .last()
                .map(|(_, place)| *place);
            let piece = &own[a..b];
            match segments.last_mut() {
                Some(last)
                    if last.style == style
                        && last.finding == finding
                        && last.sentence == sentence =>
                {
                    last.text.push_str(piece)
                }
                _ => segments.push(Segment {
                    text: piece.to_string(),
                    style,
                    finding,
                    sentence,
                }),
            }
        }
    }
    Cell {
        version: v,
        paragraphs: paras.clone(),
        kind: c.versions[v].paragraphs[paras[0]].kind,
        moved: row.moved.contains(&v),
        segments,
    }
}

/// The text of a version's paragraphs, as copied: one paragraph a line,
/// blank lines between.
pub fn copy_text(c: &Comparison, version: usize, paragraphs: &[usize]) -> String {
    let v = &c.versions[version];
    paragraphs
        .iter()
        .filter_map(|&p| v.paragraphs.get(p))
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Where a version comes from, for a citation: outlet, headline, date,
/// address or file.
fn source_line(c: &Comparison, version: usize) -> String {
    let v = &c.versions[version];
    let mut parts = vec![v.outlet.clone()];
    if let Some(t) = &v.title {
        parts.push(format!("“{t}”"));
    }
    if let Some(d) = &v.published {
        parts.push(d.chars().take(10).collect());
    }
    parts.push(v.url.clone().unwrap_or_else(|| v.path.clone()));
    parts.join(", ")
}

/// Paragraphs with their source, ready to paste into notes.
pub fn copy_citation(c: &Comparison, version: usize, paragraphs: &[usize]) -> String {
    format!(
        "{}\n— {}",
        copy_text(c, version, paragraphs),
        source_line(c, version)
    )
}

/// A quotation with its speaker and the outlet that printed it.
pub fn copy_quote(c: &Comparison, quote: usize) -> String {
    let q = &c.quotes[quote];
    let who = q
        .speaker
        .as_deref()
        .map_or("unattributed".to_string(), |id| {
            crate::report::summary::entity_name(c, id).to_string()
        });
    let cue = q
        .cue
        .as_deref()
        .map_or(String::new(), |cue| format!(" ({cue})"));
    format!(
        "“{}” — {who}{cue}, as quoted by {}",
        q.text,
        source_line(c, q.version)
    )
}

/// The text shown when hovering a finding.
pub fn describe(c: &Comparison, f: Finding) -> String {
    match f {
        Finding::Quote(i) => {
            let q = &c.quotes[i];
            let who = q
                .speaker
                .as_deref()
                .map_or("unattributed".to_string(), |id| {
                    crate::report::summary::entity_name(c, id).to_string()
                });
            let group = c.quotes.iter().filter(|o| o.group == q.group).count();
            format!(
                "Quotation: {who}{}\nFidelity: {} (quoted by {group} version{})",
                q.cue
                    .as_deref()
                    .map_or(String::new(), |cue| format!(", “{cue}”")),
                q.fidelity.as_str(),
                if group == 1 { "" } else { "s" }
            )
        }
        Finding::Figure(i) => {
            let fig = &c.figures[i];
            let others: Vec<String> = c
                .figures
                .iter()
                .filter(|o| o.group == fig.group && o.version != fig.version)
                .map(|o| {
                    format!(
                        "{}: {}",
                        c.versions[o.version].outlet,
                        crate::report::summary::figure_value(o)
                    )
                })
                .collect();
            let mut s = format!("Figure: {}", crate::report::summary::figure_value(fig));
            if fig.discrepancy {
                s.push_str("\nVersions disagree on this figure");
            }
            if !others.is_empty() {
                s.push_str(&format!("\n{}", others.join("\n")));
            }
            s
        }
        Finding::Entity(i) => {
            let e = &c.entities[i];
            format!(
                "{} ({})\nAlso written: {}",
                e.name,
                e.kind.as_str(),
                e.variants.join(", ")
            )
        }
    }
}

/// The next (or previous) difference after `from` in the view's rows.
pub fn step_difference(view: &SideBySide, from: Option<usize>, forward: bool) -> Option<usize> {
    let pos = from.and_then(|r| view.rows.iter().position(|row| row.index == r));
    let diffs: Vec<usize> = view
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.is_difference())
        .map(|(i, _)| i)
        .collect();
    let next = if forward {
        diffs
            .iter()
            .find(|&&i| pos.is_none_or(|p| i > p))
            .or(diffs.first())
    } else {
        diffs
            .iter()
            .rev()
            .find(|&&i| pos.is_none_or(|p| i < p))
            .or(diffs.last())
    };
    next.map(|&i| view.rows[i].index)
}

/// The next row with a search hit after `from`.
pub fn step_search(view: &SideBySide, from: Option<usize>) -> Option<usize> {
    step_search_dir(view, from, true)
}

/// The next (or previous) row holding a search hit, wrapping around.
pub fn step_search_dir(view: &SideBySide, from: Option<usize>, forward: bool) -> Option<usize> {
    let pos = from.and_then(|r| view.rows.iter().position(|row| row.index == r));
    let hits: Vec<usize> = view
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.search_hit)
        .map(|(i, _)| i)
        .collect();
    let found = if forward {
        hits.iter()
            .find(|&&i| pos.is_none_or(|p| i > p))
            .or(hits.first())
    } else {
        hits.iter()
            .rev()
            .find(|&&i| pos.is_none_or(|p| i < p))
            .or(hits.last())
    };
    found.map(|&i| view.rows[i].index)
}

/// "n of N": which search hit the selected row is, and how many rows hold
/// one (n is 0 when the selection is not on a hit).
pub fn search_position(view: &SideBySide, selected: Option<usize>) -> (usize, usize) {
    let hits: Vec<usize> = view
        .rows
        .iter()
        .filter(|r| r.search_hit)
        .map(|r| r.index)
        .collect();
    let n = selected
        .and_then(|s| hits.iter().position(|&h| h == s))
        .map_or(0, |i| i + 1);
    (n, hits.len())
}

/// One line of the entity panel.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityLine {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub variants: String,
    pub counts: Vec<usize>,
    /// Rows that mention it, in reading order (row indices).
    pub mention_rows: Vec<usize>,
}

impl EntityLine {
    /// Row of the first mention.
    pub fn first_row(&self) -> Option<usize> {
        self.mention_rows.first().copied()
    }
}

/// The next (or previous) row among `rows` (sorted row indices) after (or
/// before) the selected row, wrapping round; the first (or last) when
/// nothing is selected.
pub fn step_rows(rows: &[usize], from: Option<usize>, forward: bool) -> Option<usize> {
    let found = if forward {
        rows.iter()
            .find(|&&r| from.is_none_or(|f| r > f))
            .or(rows.first())
    } else {
        rows.iter()
            .rev()
            .find(|&&r| from.is_none_or(|f| r < f))
            .or(rows.last())
    };
    found.copied()
}

/// "n of N" for a selected row among `rows` (n is 0 when it is not one).
pub fn rows_position(rows: &[usize], selected: Option<usize>) -> (usize, usize) {
    let n = selected
        .and_then(|s| rows.iter().position(|&r| r == s))
        .map_or(0, |i| i + 1);
    (n, rows.len())
}

/// Entities matching a filter (name, variant or kind), most mentioned first.
pub fn entity_lines(
    c: &Comparison,
    rows: &HashMap<(usize, usize), usize>,
    filter: &str,
) -> Vec<EntityLine> {
    let needle = crate::text::fold(filter.trim());
    let mut out: Vec<EntityLine> = c
        .entities
        .iter()
        .filter(|e| {
            needle.is_empty()
                || crate::text::fold(&e.name).contains(&needle)
                || e.variants
                    .iter()
                    .any(|v| crate::text::fold(v).contains(&needle))
                || e.kind.as_str().contains(&needle)
        })
        .map(|e| EntityLine {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind.as_str(),
            variants: e
                .variants
                .iter()
                .filter(|v| **v != e.name)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
            counts: e.counts(c.versions.len()),
            mention_rows: {
                let mut r: Vec<usize> = e
                    .mentions
                    .iter()
                    .filter_map(|m| rows.get(&(m.version, m.paragraph)).copied())
                    .collect();
                r.sort_unstable();
                r.dedup();
                r
            },
        })
        .collect();
    out.sort_by(|a, b| {
        let (na, nb) = (
            a.counts.iter().sum::<usize>(),
            b.counts.iter().sum::<usize>(),
        );
        nb.cmp(&na).then(a.name.cmp(&b.name))
    });
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn stepping_through_rows_wraps_both_ways() {
        let rows = [2, 5, 9];
        assert_eq!(step_rows(&rows, None, true), Some(2));
        assert_eq!(step_rows(&rows, None, false), Some(9));
        assert_eq!(step_rows(&rows, Some(5), true), Some(9));
        assert_eq!(step_rows(&rows, Some(9), true), Some(2));
        assert_eq!(step_rows(&rows, Some(2), false), Some(9));
        assert_eq!(step_rows(&rows, Some(6), false), Some(5));
        assert_eq!(step_rows(&[], Some(6), false), None);
        assert_eq!(rows_position(&rows, Some(9)), (3, 3));
        assert_eq!(rows_position(&rows, Some(4)), (0, 3));
    }

    use super::*;
    use crate::ingest::{IngestOptions, load_bytes};
    use crate::pipeline::{Options, analyse};

    /// Two versions read from text, compared.
    fn compare(a: &str, b: &str) -> Comparison {
        let read = |text: &str, i: usize| {
            load_bytes(
                text.as_bytes(),
                &format!("{i}.txt"),
                i,
                IngestOptions::default(),
            )
            .unwrap()
        };
        analyse(vec![read(a, 0), read(b, 1)], vec![], Options::default())
    }

    fn comparison() -> Comparison {
        compare(
            "Headline one\n\nThe mayor, Ines Calloway, said 26 bridges would reopen.\n\n“We are ready,” Calloway said.\n\nThe same closing line.",
            "Headline two\n\nThe mayor, Ines Calloway, said 25 bridges would reopen soon.\n\n“We are ready,” Calloway insisted.\n\nThe same closing line.",
        )
    }

    #[test]
    fn copied_text_citations_and_quotations() {
        let c = comparison();
        let para = c.versions[1]
            .paragraphs
            .iter()
            .position(|p| p.text.contains("25 bridges"))
            .unwrap();
        assert_eq!(
            copy_text(&c, 1, &[para]),
            "The mayor, Ines Calloway, said 25 bridges would reopen soon."
        );
        let cite = copy_citation(&c, 1, &[para, para + 1]);
        assert!(
            cite.starts_with(
                "The mayor, Ines Calloway, said 25 bridges would reopen soon.\n\n“We are ready,”"
            ),
            "{cite}"
        );
        assert!(
            cite.ends_with(&format!(
                "— {}, “Headline two”, 1.txt",
                c.versions[1].outlet
            )),
            "{cite}"
        );
        let q = c
            .quotes
            .iter()
            .position(|q| q.version == 1 && q.text.contains("We are ready"))
            .unwrap();
        let quoted = copy_quote(&c, q);
        assert!(
            quoted.starts_with("“We are ready” — Ines Calloway (insisted), as quoted by "),
            "{quoted}"
        );
    }

    #[test]
    fn search_hits_step_both_ways_and_count() {
        let c = comparison();
        let view = side_by_side(
            &c,
            &Filter {
                visible: vec![0, 1],
                base: 0,
                search: "calloway".into(),
                ..Filter::default()
            },
        );
        let hits: Vec<usize> = view
            .rows
            .iter()
            .filter(|r| r.search_hit)
            .map(|r| r.index)
            .collect();
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert_eq!(search_position(&view, None), (0, 2));
        let first = step_search_dir(&view, None, true).unwrap();
        assert_eq!(first, hits[0]);
        assert_eq!(search_position(&view, Some(first)), (1, 2));
        let second = step_search_dir(&view, Some(first), true).unwrap();
        assert_eq!(search_position(&view, Some(second)), (2, 2));
        // Wrapping around, both ways.
        assert_eq!(step_search_dir(&view, Some(second), true), Some(first));
        assert_eq!(step_search_dir(&view, Some(first), false), Some(second));
    }

    #[test]
    fn cells_carry_diffs_and_findings() {
        let c = comparison();
        let view = side_by_side(
            &c,
            &Filter {
                visible: vec![0, 1],
                base: 0,
                ..Filter::default()
            },
        );
        let first = &view.rows[0];
        let cell = first.cells[1].as_ref().unwrap();
        assert!(
            cell.segments
                .iter()
                .any(|s| s.style.diff == Diff::Inserted && s.text.contains("soon"))
        );
        assert!(
            cell.segments
                .iter()
                .any(|s| s.style.diff == Diff::Deleted && s.text.contains("26"))
        );
        assert!(
            cell.segments
                .iter()
                .any(|s| s.style.figure && s.style.disagree && s.text == "25")
        );
        assert!(
            cell.segments
                .iter()
                .any(|s| s.style.entity && s.text.contains("Calloway"))
        );
        // The own text is recovered from the non-deleted runs.
        let own: String = cell
            .segments
            .iter()
            .filter(|s| s.style.diff != Diff::Deleted)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(own, c.versions[1].paragraphs[cell.paragraphs[0]].text);
    }

    #[test]
    fn runs_know_their_sentence() {
        let c = compare(
            "Title\n\nThe council met on Monday.  It approved 12 bridges. “We are ready,” the mayor said.",
            "Title\n\nIt approved 11 bridges on Monday. The council met late.",
        );
        let view = side_by_side(
            &c,
            &Filter {
                visible: vec![0, 1],
                base: 0,
                ..Filter::default()
            },
        );
        for row in &view.rows {
            for cell in row.cells.iter().flatten() {
                let v = &c.versions[cell.version];
                // Every run of the version's own words belongs to a sentence,
                // and the runs of one sentence spell it out.
                let mut by_sentence: HashMap<(usize, usize), String> = HashMap::new();
                for seg in cell
                    .segments
                    .iter()
                    .filter(|s| s.style.diff != Diff::Deleted)
                {
                    let place = seg.sentence.expect("own words belong to a sentence");
                    by_sentence.entry(place).or_default().push_str(&seg.text);
                }
                for ((p, s), text) in by_sentence {
                    assert_eq!(
                        text.split_whitespace().collect::<Vec<_>>(),
                        v.paragraphs[p].sentences[s]
                            .split_whitespace()
                            .collect::<Vec<_>>()
                    );
                }
            }
        }
    }

    #[test]
    fn filters_search_and_navigation() {
        let c = comparison();
        let all = side_by_side(
            &c,
            &Filter {
                visible: vec![0, 1],
                base: 0,
                ..Filter::default()
            },
        );
        let diffs = side_by_side(
            &c,
            &Filter {
                visible: vec![0, 1],
                base: 0,
                differences_only: true,
                ..Filter::default()
            },
        );
        assert!(
            diffs.rows.len() < all.rows.len(),
            "identical rows are hidden"
        );
        assert!(diffs.rows.iter().all(RowView::is_difference));
        let first = step_difference(&all, None, true).unwrap();
        let second = step_difference(&all, Some(first), true).unwrap();
        assert_ne!(first, second);
        assert_eq!(step_difference(&all, Some(second), false), Some(first));
        let searched = side_by_side(
            &c,
            &Filter {
                visible: vec![0, 1],
                base: 0,
                search: "READY".into(),
                ..Filter::default()
            },
        );
        let hit = step_search(&searched, None).unwrap();
        assert!(
            searched
                .rows
                .iter()
                .find(|r| r.index == hit)
                .unwrap()
                .search_hit
        );
    }

    #[test]
    fn entity_panel_lines_and_highlight() {
        let c = comparison();
        let lines = entity_lines(&c, &row_of(&c), "callo");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].counts, vec![2, 2]);
        let view = side_by_side(
            &c,
            &Filter {
                visible: vec![0, 1],
                base: 0,
                highlight: Some(lines[0].id.clone()),
                ..Filter::default()
            },
        );
        assert!(view.rows.iter().any(|r| r.entity_hit));
        assert!(
            describe(
                &c,
                Finding::Entity(c.entities.iter().position(|e| e.id == lines[0].id).unwrap())
            )
            .contains("person")
        );
    }
}
