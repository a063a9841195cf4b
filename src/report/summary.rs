//! Plain views of a comparison shared by the HTML and Markdown writers (and
//! the GUI): counts by kind, quote and figure groups across versions,
//! entity mention counts.

use std::collections::BTreeMap;

use crate::model::{Comparison, Figure, FigureValue, FramingKind, Quote, RowStatus};

/// Counts of differences, by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub rows: usize,
    pub identical: usize,
    pub changed: usize,
    pub unique: usize,
    pub moved: usize,
    pub quote_groups: usize,
    pub quotes_altered: usize,
    pub quotes_partial: usize,
    pub figure_groups: usize,
    pub discrepancies: usize,
    pub entities: usize,
    pub framing: BTreeMap<FramingKind, usize>,
    /// Blocks cleaning set aside, over all versions.
    pub removed: usize,
}

/// Count what a comparison found.
pub fn summarize(c: &Comparison) -> Summary {
    let mut s = Summary {
        rows: c.alignment.len(),
        entities: c.entities.len(),
        removed: c.versions.iter().map(|v| v.removed.len()).sum(),
        ..Summary::default()
    };
    for r in &c.alignment {
        match r.status {
            RowStatus::Identical => s.identical += 1,
            RowStatus::Changed => s.changed += 1,
            RowStatus::Unique => s.unique += 1,
        }
        if !r.moved.is_empty() {
            s.moved += 1;
        }
    }
    let qg = quote_groups(c);
    s.quote_groups = qg.len();
    for q in &c.quotes {
        match q.fidelity {
            crate::model::Fidelity::Altered => s.quotes_altered += 1,
            crate::model::Fidelity::Partial => s.quotes_partial += 1,
            crate::model::Fidelity::Exact => {}
        }
    }
    let fg = figure_groups(c);
    s.figure_groups = fg.len();
    s.discrepancies = fg.iter().filter(|g| g.discrepancy).count();
    for f in &c.framing {
        *s.framing.entry(f.kind).or_default() += 1;
    }
    s
}

/// One quotation group: per version the quotations of it.
#[derive(Debug, Clone)]
pub struct QuoteGroup<'a> {
    pub group: usize,
    pub per_version: Vec<Vec<&'a Quote>>,
}

/// Quotation groups in order of first appearance.
pub fn quote_groups(c: &Comparison) -> Vec<QuoteGroup<'_>> {
    let mut by: BTreeMap<usize, Vec<Vec<&Quote>>> = BTreeMap::new();
    for q in &c.quotes {
        let e = by
            .entry(q.group)
            .or_insert_with(|| vec![Vec::new(); c.versions.len()]);
        if let Some(slot) = e.get_mut(q.version) {
            slot.push(q);
        }
    }
    let mut out: Vec<QuoteGroup> = by
        .into_iter()
        .map(|(group, per_version)| QuoteGroup { group, per_version })
        .collect();
    out.sort_by_key(|g| {
        g.per_version
            .iter()
            .flatten()
            .map(|q| (q.version, q.paragraph, q.start))
            .min()
    });
    out
}

/// One fact across versions.
#[derive(Debug, Clone)]
pub struct FigureGroup<'a> {
    pub group: usize,
    pub discrepancy: bool,
    pub per_version: Vec<Vec<&'a Figure>>,
}

/// Figure groups (dates left out), in order of first appearance.
pub fn figure_groups(c: &Comparison) -> Vec<FigureGroup<'_>> {
    let mut by: BTreeMap<usize, (bool, Vec<Vec<&Figure>>)> = BTreeMap::new();
    for f in &c.figures {
        if matches!(f.value, FigureValue::Date(_)) {
            continue;
        }
        let e = by
            .entry(f.group)
            .or_insert_with(|| (false, vec![Vec::new(); c.versions.len()]));
        e.0 |= f.discrepancy;
        if let Some(slot) = e.1.get_mut(f.version) {
            slot.push(f);
        }
    }
    let mut out: Vec<FigureGroup> = by
        .into_iter()
        .map(|(group, (discrepancy, per_version))| FigureGroup {
            group,
            discrepancy,
            per_version,
        })
        .collect();
    // Discrepancies first, then reading order.
    out.sort_by_key(|g| {
        (
            !g.discrepancy,
            g.per_version
                .iter()
                .flatten()
                .map(|f| (f.version, f.paragraph, f.start))
                .min(),
        )
    });
    out
}

/// A figure's value as a reader would write it.
pub fn figure_value(f: &Figure) -> String {
    let value = match &f.value {
        FigureValue::Number(n) => {
            // Thousands grouped as readers write them, but for what may be
            // a year ("2019", "the 1931 bridge"): four digits with no unit,
            // or a unit of years.
            let year_like = n.fract() == 0.0
                && (1000.0..10000.0).contains(&n.abs())
                && f.unit.as_deref().is_none_or(|u| u.contains("year"));
            let s = if year_like {
                crate::text::format_number(*n)
            } else {
                crate::text::display_number(*n)
            };
            match f.unit.as_deref() {
                Some(u) => format!("{s} {u}"),
                None => s,
            }
        }
        FigureValue::Date(d) => d.clone(),
    };
    // "more than 4,000,000 euros", "rose to 40 dead": an approximation or
    // an update is shown as one.
    match &f.qualifier {
        Some(q) => format!("{q} {value}"),
        None => value,
    }
}

/// Name of an entity id, or the id itself.
pub fn entity_name<'a>(c: &'a Comparison, id: &'a str) -> &'a str {
    c.entities
        .iter()
        .find(|e| e.id == id)
        .map_or(id, |e| e.name.as_str())
}

/// The report's title: the base version's headline.
pub fn headline(c: &Comparison) -> String {
    c.versions
        .get(c.settings.base)
        .and_then(|v| v.title.clone())
        .unwrap_or_else(|| "Comparison".to_string())
}

/// "v0 The Outlet".
pub fn version_label(c: &Comparison, v: usize) -> String {
    c.versions
        .get(v)
        .map_or_else(|| format!("v{v}"), |ver| ver.outlet.clone())
}

/// One version's line in the Sources section.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLine {
    pub version: usize,
    pub outlet: String,
    /// Who the text is credited to.
    pub credit: String,
    /// 1-based number of its copy family, if it belongs to one.
    pub family: Option<usize>,
    /// The largest share of its copy found in another version, 0 to 1.
    pub shared: f64,
    /// Paragraphs of its own (found in no other member of its family).
    pub own: Option<usize>,
}

/// Who each version credits and which versions carry the same copy, one
/// line a version, in version order.
pub fn sources(c: &Comparison) -> Vec<SourceLine> {
    let p = &c.provenance;
    c.versions
        .iter()
        .enumerate()
        .map(|(v, ver)| {
            let family = p
                .families
                .iter()
                .position(|f| f.contains(&v))
                .map(|i| i + 1);
            let shared = p
                .pairs
                .iter()
                .filter(|x| x.versions.contains(&v))
                .map(|x| x.shared)
                .fold(0.0, f64::max);
            SourceLine {
                version: v,
                outlet: ver.outlet.clone(),
                credit: ver.credit.clone().unwrap_or_else(|| "—".to_string()),
                family,
                shared,
                own: family.and_then(|_| p.own.get(v).map(Vec::len)),
            }
        })
        .collect()
}

/// The versions that have something in a per-version list (the versions
/// that state a figure or quote a quotation).
pub fn present<T>(per_version: &[Vec<T>]) -> Vec<usize> {
    (0..per_version.len())
        .filter(|&v| !per_version[v].is_empty())
        .collect()
}

/// How many independent sources a set of versions is: versions of one copy
/// family count once, every other version on its own. Five outlets printing
/// one wire story agree as one voice.
pub fn independent_sources(c: &Comparison, versions: &[usize]) -> usize {
    let mut families: Vec<usize> = Vec::new();
    let mut alone: Vec<usize> = Vec::new();
    for &v in versions {
        match c.provenance.families.iter().position(|f| f.contains(&v)) {
            Some(f) => {
                if !families.contains(&f) {
                    families.push(f);
                }
            }
            None => {
                if !alone.contains(&v) {
                    alone.push(v);
                }
            }
        }
    }
    families.len() + alone.len()
}

/// "3 versions" or "3 versions, 2 independent sources" when families make
/// the difference.
pub fn voices(c: &Comparison, versions: &[usize]) -> String {
    let mut vs = versions.to_vec();
    vs.sort_unstable();
    vs.dedup();
    let n = vs.len();
    let k = independent_sources(c, &vs);
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    if k == n {
        plural(n, "version", "versions")
    } else {
        format!(
            "{}, {}",
            plural(n, "version", "versions"),
            plural(k, "independent source", "independent sources")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::provenance::Provenance;
    use crate::model::{Paragraph, ParagraphKind, Settings, Version};

    fn with_families(n: usize, families: Vec<Vec<usize>>) -> Comparison {
        Comparison {
            format: crate::model::FORMAT.to_string(),
            generator: String::new(),
            settings: Settings {
                raw: false,
                base: 0,
            },
            versions: (0..n)
                .map(|i| {
                    Version::from_paragraphs(
                        &format!("v{i}.txt"),
                        vec![Paragraph::single(ParagraphKind::Body, "x".into())],
                    )
                })
                .collect(),
            alignment: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
            entities: Vec::new(),
            framing: Vec::new(),
            provenance: Provenance {
                families,
                ..Provenance::default()
            },
            links: Vec::new(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn a_copy_family_is_one_voice() {
        let c = with_families(6, vec![vec![0, 1, 2, 3]]);
        assert_eq!(independent_sources(&c, &[0, 1, 2, 3, 4, 5]), 3);
        assert_eq!(independent_sources(&c, &[0, 3]), 1);
        assert_eq!(independent_sources(&c, &[4, 5]), 2);
        assert_eq!(voices(&c, &[4, 5]), "2 versions");
        assert_eq!(voices(&c, &[0, 1, 4]), "3 versions, 2 independent sources");
        assert_eq!(voices(&c, &[0, 1, 2]), "3 versions, 1 independent source");
    }
}
