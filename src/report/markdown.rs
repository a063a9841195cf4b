//! The Markdown report: the same sections as the HTML page, as
//! GitHub-flavoured tables and lists that read well as plain text.

use std::fmt::Write;

use super::summary::{
    entity_name, figure_groups, figure_value, headline, quote_groups, summarize, version_label,
};
use crate::align::inline::{cell_text, row_diff};
use crate::model::{ChangeTag, Comparison};

/// Escape text for a Markdown table cell or line.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Text from outside (a path, a file name) as a code span that cannot
/// break out of it, its line or its table: no backticks, no line breaks,
/// pipes escaped (GitHub reads `\|` as a pipe even in code).
fn code(text: &str) -> String {
    let inner: String = text
        .chars()
        .map(|c| match c {
            '`' => '\'',
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    format!("`{}`", inner.replace('|', "\\|"))
}

/// Render the report.
pub fn render(c: &Comparison) -> String {
    let mut md = String::new();
    let s = summarize(c);
    let title = headline(c);
    let _ = writeln!(
        md,
        "# How {} versions told the story\n\n*{}*\n",
        c.versions.len(),
        esc(&title)
    );

    let _ = writeln!(
        md,
        "## Inputs\n\n| Id | Outlet | Title | Published | Words | File | SHA-256 |\n|---|---|---|---|---:|---|---|"
    );
    for v in &c.versions {
        let _ = writeln!(
            md,
            "| {}{} | {} | {} | {} | {} | {} ({}, {}) | `{}` |",
            v.id,
            if v.id == format!("v{}", c.settings.base) {
                " (base)"
            } else {
                ""
            },
            esc(&v.outlet),
            esc(v.title.as_deref().unwrap_or("—")),
            esc(v.published.as_deref().unwrap_or("—")),
            v.word_count,
            code(&v.path),
            v.format.as_str(),
            v.encoding,
            v.sha256
        );
    }
    let _ = writeln!(
        md,
        "\nSettings: {}; word differences against {}.\n",
        if c.settings.raw {
            "inputs taken as clean text (--raw)"
        } else {
            "cleaning on"
        },
        esc(&version_label(c, c.settings.base))
    );
    if !c.warnings.is_empty() {
        let _ = writeln!(md, "Inputs left out:\n");
        for w in &c.warnings {
            let _ = writeln!(md, "- {}: {}", code(&w.path), esc(&w.message));
        }
        md.push('\n');
    }
    if c.versions.iter().any(|v| !v.notes.is_empty()) {
        let _ = writeln!(md, "Notes on inputs:\n");
        for v in &c.versions {
            for n in &v.notes {
                let _ = writeln!(md, "- {}: {}", code(&v.path), esc(n));
            }
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## Summary\n");
    let _ = writeln!(
        md,
        "- {} rows: {} changed, {} identical, {} unique, {} with moved paragraphs",
        s.rows, s.changed, s.identical, s.unique, s.moved
    );
    let _ = writeln!(
        md,
        "- {} quotations: {} trimmed, {} altered",
        s.quote_groups, s.quotes_partial, s.quotes_altered
    );
    let _ = writeln!(
        md,
        "- {} figures that disagree, of {} facts",
        s.discrepancies, s.figure_groups
    );
    let _ = writeln!(md, "- {} people, organizations and places", s.entities);
    let kinds: Vec<String> = s
        .framing
        .iter()
        .map(|(k, n)| format!("{} {n}", k.label()))
        .collect();
    let _ = writeln!(
        md,
        "- {} framing differences{}\n",
        c.framing.len(),
        if kinds.is_empty() {
            String::new()
        } else {
            format!(" ({})", kinds.join(", "))
        }
    );

    let _ = writeln!(md, "## Framing\n");
    if c.framing.is_empty() {
        let _ = writeln!(md, "No framing differences found.\n");
    }
    for (i, f) in c.framing.iter().enumerate() {
        let vs: Vec<String> = f
            .versions
            .iter()
            .map(|v| esc(&version_label(c, *v)))
            .collect();
        let shown = f.shown_terms();
        let terms = if shown.is_empty() {
            String::new()
        } else {
            format!(
                " — “{}”",
                shown
                    .iter()
                    .map(|t| esc(t))
                    .collect::<Vec<_>>()
                    .join("” / “")
            )
        };
        let _ = writeln!(
            md,
            "{}. **{}** ({}){}: {}",
            i + 1,
            f.kind.label(),
            vs.join(", "),
            terms,
            esc(&f.detail)
        );
        for e in f.evidence.iter().take(3) {
            let _ = writeln!(
                md,
                "   > {}, ¶{}: {}",
                esc(&version_label(c, e.version)),
                e.paragraph + 1,
                esc(&e.text)
            );
        }
    }
    md.push('\n');

    let _ = writeln!(
        md,
        "## Side by side\n\nWords in **bold** are in this version and not in {base}; ~~struck~~ words are in {base} and not in this version. *moved*: out of the version's reading order.\n",
        base = esc(&version_label(c, c.settings.base))
    );
    for (r, row) in c.alignment.iter().enumerate() {
        let sim = if row.status == crate::model::RowStatus::Changed {
            format!(", {:.0}% alike", row.similarity * 100.0)
        } else {
            String::new()
        };
        let _ = writeln!(md, "### Row {} · {}{}\n", r + 1, row.status.as_str(), sim);
        for (v, cell) in row.cells.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let moved = if row.moved.contains(&v) {
                " *(moved)*"
            } else {
                ""
            };
            let kinds: Vec<&str> = cell
                .iter()
                .map(|&p| c.versions[v].paragraphs[p].kind.as_str())
                .collect();
            let text = match row_diff(c, r, v, c.settings.base) {
                Some(spans) => spans
                    .iter()
                    .map(|s| {
                        let t = esc(s.text.trim_end());
                        let sp = if s.text.ends_with(char::is_whitespace) {
                            " "
                        } else {
                            ""
                        };
                        match s.tag {
                            ChangeTag::Equal => format!("{t}{sp}"),
                            ChangeTag::Insert if !t.is_empty() => format!("**{t}**{sp}"),
                            ChangeTag::Delete if !t.is_empty() => format!("~~{t}~~{sp}"),
                            _ => sp.to_string(),
                        }
                    })
                    .collect::<String>(),
                None => esc(&cell_text(c, r, v)),
            };
            let _ = writeln!(
                md,
                "- **{}** [{}]{}: {}",
                esc(&version_label(c, v)),
                kinds.join(", "),
                moved,
                text.trim_end()
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## Quotes\n");
    let groups = quote_groups(c);
    if groups.is_empty() {
        let _ = writeln!(md, "No direct quotations found.\n");
    }
    for g in &groups {
        let _ = writeln!(
            md,
            "### Quotation {}\n\n| Version | Words | Speaker | Cue | Fidelity |\n|---|---|---|---|---|",
            g.group + 1
        );
        for (v, qs) in g.per_version.iter().enumerate() {
            if qs.is_empty() {
                let _ = writeln!(md, "| {} | *not quoted* | | | |", esc(&version_label(c, v)));
            }
            for q in qs {
                let text = if q.changed_words.is_empty() {
                    esc(&q.text)
                } else {
                    q.text
                        .split(' ')
                        .map(|w| {
                            if q.changed_words.iter().any(|c| c.trim() == w.trim()) {
                                format!("**{}**", esc(w))
                            } else {
                                esc(w)
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let _ = writeln!(
                    md,
                    "| {} | “{}” | {} | {} | {} |",
                    esc(&version_label(c, v)),
                    text,
                    esc(q.speaker.as_deref().map_or("—", |id| entity_name(c, id))),
                    esc(q.cue.as_deref().unwrap_or("—")),
                    q.fidelity.as_str()
                );
            }
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## Figures\n");
    let fg = figure_groups(c);
    if fg.is_empty() {
        let _ = writeln!(md, "No figures found.\n");
    } else {
        let head: Vec<String> = c.versions.iter().map(|v| esc(&v.outlet)).collect();
        let _ = writeln!(
            md,
            "| Fact | {} |\n|---|{}",
            head.join(" | "),
            "---|".repeat(c.versions.len())
        );
        for g in &fg {
            let unit = g
                .per_version
                .iter()
                .flatten()
                .next()
                .and_then(|f| f.unit.clone())
                .unwrap_or_else(|| "count".into());
            let cells: Vec<String> = g
                .per_version
                .iter()
                .map(|fs| {
                    if fs.is_empty() {
                        "—".to_string()
                    } else {
                        fs.iter()
                            .map(|f| format!("{} (“{}”)", esc(&figure_value(f)), esc(&f.text)))
                            .collect::<Vec<_>>()
                            .join("; ")
                    }
                })
                .collect();
            let _ = writeln!(
                md,
                "| {}{} ({}) | {} |",
                if g.discrepancy { "**DISAGREE** " } else { "" },
                esc(&unit),
                crate::report::summary::voices(c, &crate::report::summary::present(&g.per_version)),
                cells.join(" | ")
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## Sources\n");
    let _ = writeln!(
        md,
        "| Version | Credit | Copy family | Most shared with another | Paragraphs of its own |\n|---|---|---|---:|---:|"
    );
    for l in super::summary::sources(c) {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {:.0} % | {} |",
            esc(&l.outlet),
            esc(&l.credit),
            l.family
                .map_or_else(|| "independent".to_string(), |f| format!("family {f}")),
            l.shared * 100.0,
            l.own.map_or_else(|| "—".to_string(), |n| n.to_string())
        );
    }
    md.push('\n');

    let _ = writeln!(md, "## Entities\n");
    if c.entities.is_empty() {
        let _ = writeln!(md, "No entities found.\n");
    } else {
        let head: Vec<String> = c.versions.iter().map(|v| esc(&v.outlet)).collect();
        let _ = writeln!(
            md,
            "| Entity | Kind | Variants | {} |\n|---|---|---|{}",
            head.join(" | "),
            "---:|".repeat(c.versions.len())
        );
        for e in &c.entities {
            let counts: Vec<String> = e
                .counts(c.versions.len())
                .iter()
                .map(|n| n.to_string())
                .collect();
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                esc(&e.name),
                e.kind.as_str(),
                esc(&e.variants.join(", ")),
                counts.join(" | ")
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## Removed by cleaning\n");
    for v in &c.versions {
        let _ = writeln!(md, "### {} ({})\n", esc(&v.outlet), v.removed.len());
        if v.removed.is_empty() {
            let _ = writeln!(md, "Nothing removed.\n");
            continue;
        }
        for r in &v.removed {
            let _ = writeln!(md, "- *{}*: {}", r.reason.as_str(), esc(&r.text));
        }
        md.push('\n');
    }
    let _ = writeln!(
        md,
        "---\n\nWritten by {}. Report format {}.",
        c.generator, c.format
    );
    md
}
