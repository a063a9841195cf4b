//! The HTML report: one self-contained page (styles inline, nothing fetched,
//! no scripts), readable in light and dark mode and on paper. All article
//! text goes through maud, which escapes it: a hostile page's `<script>` or
//! `</style>` comes out as inert text.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::summary::{
    entity_name, figure_groups, figure_value, headline, quote_groups, summarize, version_label,
};
use crate::align::inline::row_diff;
use crate::model::{ChangeTag, Comparison, Fidelity, RowStatus};

const CSS: &str = include_str!("../../assets/report.css");

/// Render the report page.
pub fn render(c: &Comparison) -> String {
    let s = summarize(c);
    let title = headline(c);
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(c.generator);
                meta name="color-scheme" content="light dark";
                title { "Parallax: " (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { "How " (c.versions.len()) " versions told the story" }
                    p.lead { (title) }
                    nav.toc aria-label="Sections" {
                        a href="#inputs" { "Inputs" }
                        a href="#summary" { "Summary" }
                        a href="#framing" { "Framing" }
                        a href="#rows" { "Side by side" }
                        a href="#quotes" { "Quotes" }
                        a href="#figures" { "Figures" }
                        a href="#sources" { "Sources" }
                        a href="#entities" { "Entities" }
                        a href="#removed" { "Removed by cleaning" }
                    }
                }
                (inputs(c))
                section #summary {
                    h2 { "Summary" }
                    div.cards {
                        div.card { b { (s.rows) } "rows: " (s.changed) " changed, " (s.identical) " identical, " (s.unique) " unique, " (s.moved) " with moved paragraphs" }
                        div.card { b { (s.quote_groups) } "quotations: " (s.quotes_partial) " trimmed, " (s.quotes_altered) " altered" }
                        div.card { b { (s.discrepancies) } "figures that disagree, of " (s.figure_groups) " facts" }
                        div.card { b { (s.entities) } "people, organizations and places" }
                        div.card { b { (c.framing.len()) } "framing differences" }
                    }
                    @if !s.framing.is_empty() {
                        p { "Framing by kind: "
                            @for (i, (kind, n)) in s.framing.iter().enumerate() {
                                @if i > 0 { ", " }
                                (kind.label()) " " (n)
                            }
                        }
                    }
                }
                (framing(c))
                (rows(c))
                (quotes(c))
                (figures(c))
                (sources(c))
                (entities(c))
                (removed(c))
                footer {
                    "Written by " (c.generator) ". Report format " (c.format) ". "
                    "Word differences are shown against " (version_label(c, c.settings.base)) "."
                }
            }
        }
    };
    page.into_string()
}

fn inputs(c: &Comparison) -> Markup {
    html! {
        section #inputs {
            h2 { "Inputs" }
            div.scroll {
                table {
                    thead { tr { th { "Id" } th { "Outlet" } th { "Title" } th { "Published" } th.num { "Words" } th { "File" } th { "SHA-256" } } }
                    tbody {
                        @for v in &c.versions {
                            tr {
                                td { (v.id) @if v.id == format!("v{}", c.settings.base) { " " span.tag.identical { "base" } } }
                                td { (v.outlet) }
                                td { (v.title.as_deref().unwrap_or("—")) }
                                td { (v.published.as_deref().unwrap_or("—")) }
                                td.num { (v.word_count) }
                                td { code { (v.path) } br; span.muted { (v.format.as_str()) ", " (v.encoding) } }
                                td { span.hash { (v.sha256) } }
                            }
                        }
                    }
                }
            }
            p.muted {
                "Settings: " @if c.settings.raw { "inputs taken as clean text (--raw)" } @else { "cleaning on" }
                "; word differences against " (version_label(c, c.settings.base)) "."
            }
            @if !c.warnings.is_empty() {
                h3 { "Inputs left out" }
                ul { @for w in &c.warnings { li { code { (w.path) } ": " (w.message) } } }
            }
            @if c.versions.iter().any(|v| !v.notes.is_empty()) {
                h3 { "Notes on inputs" }
                ul { @for v in &c.versions { @for n in &v.notes { li { code { (v.path) } ": " (n) } } } }
            }
        }
    }
}

fn framing(c: &Comparison) -> Markup {
    html! {
        section #framing {
            h2 { "Framing" }
            @if c.framing.is_empty() {
                p.muted { "No framing differences found." }
            } @else {
                ol.framing {
                    @for f in &c.framing {
                        li {
                            span.tag.changed { (f.kind.label()) }
                            @for v in &f.versions { span.tag.identical { (version_label(c, *v)) } }
                            @if !f.terms.is_empty() {
                                " " @for (i, t) in f.shown_terms().into_iter().enumerate() { @if i > 0 { " / " } "“" b { (t) } "”" }
                            }
                            div { (f.detail) }
                            @for e in f.evidence.iter().take(4) {
                                blockquote { b { (version_label(c, e.version)) ", ¶" (e.paragraph + 1) ": " } (e.text) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn rows(c: &Comparison) -> Markup {
    let n = c.versions.len();
    let base = c.settings.base;
    html! {
        section #rows {
            h2 { "Side by side" }
            p.legend.muted {
                span { ins { "underlined" } " words this version has and " (version_label(c, base)) " lacks" }
                span { del { "struck" } " words " (version_label(c, base)) " has and this version lacks" }
                span { span.tag.moved { "moved" } " out of the version's reading order" }
                span { span.tag.unique { "unique" } " only one version carries it" }
            }
            div.scroll {
                table.rows style=(format!("--cols: {n}")) {
                    thead { tr {
                        th.gutter { "Row" }
                        @for (v, ver) in c.versions.iter().enumerate() {
                            th { (ver.outlet) @if v == base { " " span.tag.identical { "base" } } }
                        }
                    } }
                    tbody {
                        @for (r, row) in c.alignment.iter().enumerate() {
                            tr id=(format!("row-{r}")) {
                                td.gutter {
                                    (r + 1) br;
                                    span class=(format!("tag {}", row.status.as_str())) { (row.status.as_str()) }
                                    @if row.status == RowStatus::Changed { br; (format!("{:.0}% alike", row.similarity * 100.0)) }
                                }
                                @for v in 0..n {
                                    @if row.cells[v].is_empty() {
                                        td.empty title="Not in this version" {}
                                    } @else {
                                        td {
                                            @if row.moved.contains(&v) { span.tag.moved { "moved" } }
                                            @for &p in &row.cells[v] {
                                                @let para = &c.versions[v].paragraphs[p];
                                                span.kind { (para.kind.as_str()) " · ¶" (p + 1) }
                                            }
                                            (cell(c, r, v, base))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A cell's text, with word differences against the base where both have text.
fn cell(c: &Comparison, r: usize, v: usize, base: usize) -> Markup {
    match row_diff(c, r, v, base) {
        Some(spans) => html! {
            @for s in &spans {
                @match s.tag {
                    ChangeTag::Equal => (s.text),
                    ChangeTag::Insert => ins title="not in the base version" { (s.text) },
                    ChangeTag::Delete => del title="only in the base version" { (s.text) },
                }
            }
        },
        None => html! { (crate::align::inline::cell_text(c, r, v)) },
    }
}

fn fidelity_tag(f: Fidelity) -> Markup {
    html! { span class=(format!("tag {}", f.as_str())) { (f.as_str()) } }
}

fn quotes(c: &Comparison) -> Markup {
    let groups = quote_groups(c);
    html! {
        section #quotes {
            h2 { "Quotes" }
            @if groups.is_empty() { p.muted { "No direct quotations found." } }
            @for g in &groups {
                @let all: Vec<_> = g.per_version.iter().flatten().collect();
                @let speakers: Vec<&str> = { let mut s: Vec<&str> = all.iter().filter_map(|q| q.speaker.as_deref()).map(|id| entity_name(c, id)).collect(); s.sort(); s.dedup(); s };
                h3 { "Quotation " (g.group + 1) ": " @if speakers.is_empty() { "unattributed" } @else { (speakers.join(" / ")) } }
                div.scroll {
                    table {
                        thead { tr { th { "Version" } th { "Words" } th { "Speaker" } th { "Cue" } th { "Fidelity" } } }
                        tbody {
                            @for (v, qs) in g.per_version.iter().enumerate() {
                                @if qs.is_empty() {
                                    tr { td { (version_label(c, v)) } td.muted colspan="4" { "not quoted" } }
                                }
                                @for q in qs {
                                    tr {
                                        td { (version_label(c, v)) }
                                        td { "“" (quote_text(&q.text, &q.changed_words)) "”" }
                                        td { (q.speaker.as_deref().map_or("—", |id| entity_name(c, id))) }
                                        td { (q.cue.as_deref().unwrap_or("—")) }
                                        td { (fidelity_tag(q.fidelity)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Quotation text with its changed words marked.
fn quote_text(text: &str, changed: &[String]) -> Markup {
    if changed.is_empty() {
        return html! { (text) };
    }
    let words: Vec<&str> = text.split_inclusive(' ').collect();
    html! {
        @for w in &words {
            @if changed.iter().any(|c| c.trim() == w.trim()) { ins title="changed" { (w) } } @else { (w) }
        }
    }
}

/// "stated by 4 versions, 2 independent sources".
fn stated_by<T>(c: &Comparison, per_version: &[Vec<T>]) -> String {
    let stating = crate::report::summary::present(per_version);
    format!("stated by {}", crate::report::summary::voices(c, &stating))
}

fn figures(c: &Comparison) -> Markup {
    let groups = figure_groups(c);
    html! {
        section #figures {
            h2 { "Figures" }
            @if groups.is_empty() { p.muted { "No figures found." } }
            @else {
                div.scroll {
                    table {
                        thead { tr {
                            th { "Fact" }
                            @for v in &c.versions { th { (v.outlet) } }
                        } }
                        tbody {
                            @for g in &groups {
                                tr.disc[g.discrepancy] {
                                    td {
                                        @if g.discrepancy { span.tag.disc { "disagree" } br; }
                                        @if let Some(f) = g.per_version.iter().flatten().next() {
                                            span.muted { (f.unit.as_deref().unwrap_or("count")) }
                                        }
                                        br;
                                        span.muted { (stated_by(c, &g.per_version)) }
                                    }
                                    @for fs in &g.per_version {
                                        td {
                                            @if fs.is_empty() { span.muted { "—" } }
                                            @for f in fs {
                                                b { (figure_value(f)) } br;
                                                span.muted { "“" (f.text) "”, ¶" (f.paragraph + 1) } br;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn sources(c: &Comparison) -> Markup {
    let lines = super::summary::sources(c);
    html! {
        section #sources {
            h2 { "Sources" }
            p.muted { "Who each version credits, and which versions carry the same copy (runs of eight words, quotations left out): versions of one family are one source's copy, whatever their credit lines say." }
            div.scroll { table {
                thead { tr { th { "Version" } th { "Credit" } th { "Copy family" } th.num { "Most shared with another" } th.num { "Paragraphs of its own" } } }
                tbody {
                    @for l in &lines {
                        tr {
                            td { (l.outlet) }
                            td { (l.credit) }
                            td { @match l.family { Some(f) => { "family " (f) }, None => { "independent" } } }
                            td.num { (format!("{:.0} %", l.shared * 100.0)) }
                            td.num { @match l.own { Some(n) => { (n) }, None => { "—" } } }
                        }
                    }
                }
            } }
        }
    }
}

fn entities(c: &Comparison) -> Markup {
    let n = c.versions.len();
    let max = c
        .entities
        .iter()
        .map(|e| e.mentions.len())
        .max()
        .unwrap_or(1)
        .max(1);
    html! {
        section #entities {
            h2 { "Entities" }
            @if c.entities.is_empty() { p.muted { "No entities found." } }
            @else {
                div.scroll {
                    table {
                        thead { tr {
                            th { "Entity" } th { "Kind" } th { "Variants" }
                            @for v in &c.versions { th.num { (v.outlet) } }
                        } }
                        tbody {
                            @for e in &c.entities {
                                @let counts = e.counts(n);
                                tr {
                                    td { b { (e.name) } }
                                    td { (e.kind.as_str()) }
                                    td { (e.variants.join(", ")) }
                                    @for k in &counts {
                                        td.num {
                                            span.bar style=(format!("width: {:.1}rem", 3.0 * *k as f64 / max as f64)) {}
                                            (k)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn removed(c: &Comparison) -> Markup {
    html! {
        section #removed {
            h2 { "Removed by cleaning" }
            @for v in &c.versions {
                h3 { (v.outlet) " (" (v.removed.len()) ")" }
                @if v.removed.is_empty() { p.muted { "Nothing removed." } }
                @else {
                    ul {
                        @for r in &v.removed {
                            li { span.tag.identical { (r.reason.as_str()) } (r.text) }
                        }
                    }
                }
            }
        }
    }
}
