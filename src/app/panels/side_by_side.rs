//! The side-by-side view: one column per visible version, rows aligned, one
//! synchronised scroll. Only rows in the viewport are laid out; their text
//! layouts are cached between frames and rebuilt only when the view model or
//! the column width changes. Hovering a quotation, figure or name says what
//! it is; hovering a sentence lights it and the sentences of other versions
//! linked to it (they state the same thing), and says where they are and why
//! they were linked; clicking a row selects it.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use eframe::egui::{
    self, Align, Color32, CornerRadius, FontId, Galley, Pos2, Rect, RichText, Sense, Stroke,
    StrokeKind, Ui, Vec2,
    text::{LayoutJob, TextFormat},
};

use eframe::egui::text_selection::LabelSelectionState;

use crate::app::commands::Command;
use crate::app::theme::{Palette, version_color};
use crate::app::view::{
    Cell, Diff, Finding, RowView, SideBySide, copy_citation, copy_quote, copy_text, describe,
};
use crate::link::Place;
use crate::model::{Comparison, ParagraphKind, RowStatus};

const GUTTER: f32 = 78.0;
/// Columns share the width down to this (six outlets fit beside the entity
/// panel in a 1280-pixel window); more scroll sideways.
const MIN_COLUMN: f32 = 150.0;
/// Narrowest and widest a column can be dragged.
pub const NARROWEST: f32 = 120.0;
pub const WIDEST: f32 = 1600.0;
const PAD: f32 = 6.0;
const FONT: f32 = 14.0;

/// A laid-out cell: its galley and, per character range, the finding there.
struct Laid {
    galley: Arc<Galley>,
    findings: Vec<(usize, usize, Finding)>,
    /// Per character range, the sentence there: (paragraph, sentence).
    sentences: Vec<(usize, usize, (usize, usize))>,
    /// Character ranges of names (underlined with dots drawn under their
    /// glyphs, see [`dot_names`]).
    names: Vec<(usize, usize)>,
}

/// Text layouts kept between frames.
#[derive(Default)]
pub struct LayoutCache {
    key: (u64, u32, bool),
    cells: HashMap<(usize, usize), Laid>,
    /// Exact heights of rows laid out so far, by position in the view.
    heights: HashMap<usize, f32>,
    /// The comparison generation `links` and `rows` were built for.
    indexed: Option<u64>,
    /// Links by sentence (indices into the comparison's links), and the row
    /// of each paragraph.
    links: HashMap<Place, Vec<usize>>,
    rows: HashMap<(usize, usize), usize>,
    /// The sentence under the pointer, and what is lit for it.
    hovered: Option<Place>,
    lit: HashSet<Place>,
}

impl LayoutCache {
    fn check(&mut self, c: &Comparison, generation: u64, width: f32, dark: bool) {
        let key = (generation, width.round() as u32, dark);
        if self.indexed != Some(generation) {
            self.indexed = Some(generation);
            self.links.clear();
            for (i, l) in c.links.iter().enumerate() {
                self.links.entry(l.a).or_default().push(i);
                self.links.entry(l.b).or_default().push(i);
            }
            self.rows.clear();
            for (r, row) in c.alignment.iter().enumerate() {
                for (v, paras) in row.cells.iter().enumerate() {
                    for &p in paras {
                        self.rows.insert((v, p), r);
                    }
                }
            }
            self.hovered = None;
            self.lit.clear();
        }
        if self.key != key {
            self.key = key;
            self.cells.clear();
            self.heights.clear();
        }
    }

    /// The sentence under the pointer and what is lit with it, sorted.
    pub fn hovered(&self) -> Option<(Place, Vec<Place>)> {
        let mut lit: Vec<Place> = self.lit.iter().copied().collect();
        lit.sort_unstable();
        self.hovered.map(|h| (h, lit))
    }

    /// Light the sentence under the pointer and its counterparts; the cells
    /// are laid out again when that changes (their heights do not).
    fn hover(&mut self, c: &Comparison, place: Option<Place>) -> bool {
        if self.hovered == place {
            return false;
        }
        self.hovered = place;
        self.lit.clear();
        if let Some(at) = place
            && let Some(ls) = self.links.get(&at)
        {
            self.lit.insert(at);
            for &i in ls {
                let l = &c.links[i];
                self.lit.insert(if l.a == at { l.b } else { l.a });
            }
        }
        self.cells.clear();
        true
    }

    /// Where the sentence's counterparts are and why they were linked.
    fn describe_links(&self, c: &Comparison, at: Place) -> Option<String> {
        let ls = self.links.get(&at)?;
        let mut lines = vec!["The same thing, as other versions state it:".to_string()];
        let mut found: Vec<&crate::link::Link> = ls.iter().map(|&i| &c.links[i]).collect();
        found.sort_by(|x, y| y.score.total_cmp(&x.score));
        for l in found.iter().take(12) {
            let other = if l.a == at { l.b } else { l.a };
            let outlet = c.versions.get(other[0]).map_or("?", |v| v.outlet.as_str());
            let row = self
                .rows
                .get(&(other[0], other[1]))
                .map_or(String::new(), |r| format!(", row {}", r + 1));
            let mut why = Vec::new();
            if l.evidence.quote {
                why.push("the same quoted words".to_string());
            }
            if !l.evidence.numbers.is_empty() {
                why.push(format!("numbers {}", l.evidence.numbers.join(", ")));
            }
            if !l.evidence.terms.is_empty() {
                let own = sentence_at(c, at).unwrap_or_default();
                let terms: Vec<String> = l
                    .evidence
                    .terms
                    .iter()
                    .take(4)
                    .map(|t| surface(own, t))
                    .collect();
                why.push(format!("words {}", terms.join(", ")));
            }
            if let Some(m) = l.evidence.meaning {
                why.push(format!("meaning {:.0}% alike", m * 100.0));
            }
            if l.evidence.fact {
                why.push("one measured fact (figures paired by unit and words)".to_string());
            }
            let sentence = sentence_at(c, other).map_or(String::new(), |s| {
                let short: String = s.chars().take(90).collect();
                if short.len() < s.len() {
                    format!("{short}…")
                } else {
                    short
                }
            });
            lines.push(format!(
                "• {outlet}{row} ({:.0}%): \"{sentence}\"\n   {}",
                l.score * 100.0,
                why.join("; ")
            ));
        }
        if found.len() > 12 {
            lines.push(format!("and {} more", found.len() - 12));
        }
        Some(lines.join("\n"))
    }
}

fn format(color: Color32) -> TextFormat {
    TextFormat {
        font_id: FontId::proportional(FONT),
        color,
        ..TextFormat::default()
    }
}

/// The text of the sentence at a place.
fn sentence_at(c: &Comparison, at: Place) -> Option<&str> {
    c.versions
        .get(at[0])?
        .paragraphs
        .get(at[1])?
        .sentences
        .get(at[2])
        .map(String::as_str)
}

/// The word of `sentence` a link's term (a stem) came from, for showing.
fn surface(sentence: &str, term: &str) -> String {
    sentence
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '-'))
        .find(|w| {
            let f = crate::text::fold(w).to_lowercase();
            f == term || crate::text::term(&f) == term
        })
        .map_or_else(|| term.to_string(), str::to_string)
}

type Ranges = (
    Vec<(usize, usize, Finding)>,
    Vec<(usize, usize, (usize, usize))>,
    Vec<(usize, usize)>,
);

/// Build the text layout of a cell; sentences in `lit` get a ground of
/// their own.
fn job(cell: &Cell, p: &Palette, width: f32, lit: &HashSet<Place>) -> (LayoutJob, Ranges) {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    let mut chars = 0usize;
    let mut findings = Vec::new();
    let mut sentences = Vec::new();
    let mut names = Vec::new();
    let mut prefix = String::new();
    if cell.moved {
        prefix.push_str("MOVED · ");
    }
    if cell.kind != ParagraphKind::Body {
        prefix.push_str(&cell.kind.as_str().replace('_', " ").to_uppercase());
        prefix.push_str(" · ");
    }
    if !prefix.is_empty() {
        let mut f = format(if cell.moved { p.moved } else { p.muted });
        f.font_id = FontId::proportional(FONT - 3.0);
        chars += prefix.chars().count();
        job.append(&prefix, 0.0, f);
    }
    for s in &cell.segments {
        let mut f = format(p.text);
        let st = s.style;
        if st.quote {
            f.italics = true;
            f.color = p.quote;
        }
        if st.figure {
            f.color = p.figure;
            if st.disagree {
                f.background = p.figure_disagree_bg;
                f.underline = Stroke::new(2.0, p.figure);
            }
        }
        // Names get dots under their glyphs (drawn after layout), a cue
        // apart from the solid underline of inserted words.
        let name = st.entity && st.diff != Diff::Inserted;
        match st.diff {
            Diff::Inserted => {
                f.background = p.insert_bg;
                f.color = p.insert_fg;
                f.underline = Stroke::new(1.5, p.insert_fg);
            }
            Diff::Deleted => {
                f.background = p.delete_bg;
                f.color = p.delete_fg;
                f.strikethrough = Stroke::new(1.0, p.delete_fg);
            }
            Diff::Same => {}
        }
        if st.shared {
            f.background = p.shared_bg;
        }
        if let Some((para, sent)) = s.sentence
            && lit.contains(&[cell.version, para, sent])
        {
            f.background = p.linked_bg;
        }
        if st.highlighted {
            f.background = p.entity_bg;
        }
        if st.search {
            f.background = p.search_bg;
        }
        let n = s.text.chars().count();
        if let Some(fd) = s.finding {
            findings.push((chars, chars + n, fd));
        }
        if let Some(place) = s.sentence {
            sentences.push((chars, chars + n, place));
        }
        if name {
            names.push((chars, chars + n));
        }
        chars += n;
        job.append(&s.text, 0.0, f);
    }
    (job, (findings, sentences, names))
}

/// Spacing and length of the dots under names, in points.
const DOT_STEP: f32 = 3.0;
const DOT_LEN: f32 = 1.5;

/// Where the dots under names go: per row of the galley, the spans (from x,
/// to x, at y) under consecutive glyphs of names, from the glyphs' own
/// positions, relative to the galley. `names` are character ranges, counted
/// as the galley counts them (one per glyph, one per line break).
fn name_spans(galley: &Galley, names: &[(usize, usize)]) -> Vec<(f32, f32, f32)> {
    let in_name = |i: usize| names.iter().any(|&(a, b)| i >= a && i < b);
    let mut spans = Vec::new();
    let mut i = 0usize;
    for placed in &galley.rows {
        let mut run: Option<(f32, f32, f32)> = None;
        for glyph in &placed.row.glyphs {
            let rect = glyph.logical_rect().translate(placed.pos.to_vec2());
            if in_name(i) && !glyph.chr.is_whitespace() {
                match &mut run {
                    Some(r) => {
                        r.1 = rect.right();
                        r.2 = r.2.max(rect.bottom());
                    }
                    None => run = Some((rect.left(), rect.right(), rect.bottom())),
                }
            } else if !in_name(i) {
                // A space inside a name ("Marine Le Pen") is dotted once
                // the name goes on after it; anything else ends the run.
                spans.extend(run.take());
            }
            i += 1;
        }
        spans.extend(run.take());
        if placed.ends_with_newline {
            i += 1;
        }
    }
    spans
}

/// Draw dots under the names of a galley painted at `at`.
fn dot_names(painter: &egui::Painter, at: egui::Pos2, laid: &Laid, color: Color32) {
    for (x0, x1, y) in name_spans(&laid.galley, &laid.names) {
        dots(painter, at.x + x0, at.x + x1, at.y + y - 0.5, color);
    }
}

/// A dotted line from `x0` to `x1` at `y`: the mark of a name.
fn dots(painter: &egui::Painter, x0: f32, x1: f32, y: f32, color: Color32) {
    let mut x = x0;
    while x < x1 {
        let end = (x + DOT_LEN).min(x1);
        painter.line_segment(
            [egui::pos2(x, y), egui::pos2(end, y)],
            Stroke::new(1.0, color),
        );
        x += DOT_STEP;
    }
}

/// Widths of the gutter and of each column for the available width.
fn column_width(available: f32, n: usize) -> f32 {
    ((available - GUTTER) / n.max(1) as f32).max(MIN_COLUMN)
}

/// A rough height for a row not laid out yet.
fn estimate(row: &RowView, col: f32) -> f32 {
    let per_line = ((col - 2.0 * PAD) / (FONT * 0.5)).max(10.0);
    let lines = row
        .cells
        .iter()
        .flatten()
        .map(|c| {
            c.segments
                .iter()
                .map(|s| s.text.chars().count())
                .sum::<usize>() as f32
                / per_line
        })
        .fold(1.0f32, f32::max)
        .ceil();
    lines * (FONT * 1.3) + 2.0 * PAD + 4.0
}

/// Height of the column headers.
const HEADER: f32 = 24.0;

/// Paint the column headers at the top of the visible part of the scrolled
/// area: they scroll sideways with the columns and stay in view going down.
#[allow(clippy::too_many_arguments)]
fn header(
    ui: &Ui,
    c: &Comparison,
    view: &SideBySide,
    base: usize,
    p: &Palette,
    top: Pos2,
    col: f32,
    cmds: &mut Vec<Command>,
) {
    let painter = ui.painter();
    let width = GUTTER + col * view.columns.len() as f32;
    painter.rect_filled(
        Rect::from_min_size(top, Vec2::new(width, HEADER)),
        CornerRadius::ZERO,
        ui.visuals().panel_fill,
    );
    for (k, &v) in view.columns.iter().enumerate() {
        let ver = &c.versions[v];
        let min = top + Vec2::new(GUTTER + col * k as f32, 0.0);
        painter.rect_filled(
            Rect::from_min_size(min, Vec2::new(4.0, HEADER - 2.0)),
            CornerRadius::ZERO,
            version_color(v),
        );
        // The number tells versions apart where colours repeat.
        let mut label = if c.versions.len() > crate::app::theme::VERSION_COLORS.len() {
            format!("{} {}", v + 1, ver.outlet)
        } else {
            ver.outlet.clone()
        };
        if v == base {
            label.push_str("  (base)");
        }
        let clip = Rect::from_min_size(min, Vec2::new(col - PAD, HEADER));
        painter
            .with_clip_rect(clip.intersect(painter.clip_rect()))
            .text(
                min + Vec2::new(10.0, 4.0),
                egui::Align2::LEFT_TOP,
                label,
                FontId::proportional(14.0),
                p.text,
            );
    }
    painter.line_segment(
        [
            top + Vec2::new(0.0, HEADER - 1.0),
            top + Vec2::new(width, HEADER - 1.0),
        ],
        Stroke::new(1.0, p.empty_cell),
    );
    // Each header's right edge is a handle: drag it to narrow or widen the
    // columns (all keep one width, so the edge follows the pointer);
    // double-click to fit them to the window again.
    for (k, &v) in view.columns.iter().enumerate() {
        let x = top.x + GUTTER + col * (k + 1) as f32;
        let rect = Rect::from_min_max(
            egui::pos2(x - 4.0, top.y),
            egui::pos2(x + 4.0, top.y + HEADER),
        );
        let resp = ui.interact(
            rect,
            ui.scope_id().with(("column-edge", k)),
            Sense::click_and_drag(),
        );
        let outlet = c.versions[v].outlet.clone();
        resp.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Splitter,
                true,
                format!("Column width at {outlet}"),
            )
        });
        if resp.hovered() || resp.dragged() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
            painter.line_segment(
                [egui::pos2(x, top.y), egui::pos2(x, top.y + HEADER)],
                Stroke::new(2.0, p.changed),
            );
        }
        if resp.dragged() {
            let dx = resp.drag_delta().x;
            if dx != 0.0 {
                cmds.push(Command::ColumnWidth(Some(col + dx / (k + 1) as f32)));
            }
        }
        if resp.double_clicked() {
            cmds.push(Command::ColumnWidth(None));
        }
    }
}

/// The strip above the columns: which version is the base (changed in one
/// click) and what each mark means, drawn with the marks themselves.
pub fn legend(
    ui: &mut Ui,
    c: &Comparison,
    base: usize,
    shared_with: Option<usize>,
    p: &Palette,
    cmds: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 10.0;
        ui.label(RichText::new("Words compared with").color(p.muted));
        let base_name = c.versions.get(base).map_or("", |v| v.outlet.as_str());
        egui::ComboBox::from_id_salt("base-version")
            .selected_text(RichText::new(base_name).strong())
            .show_ui(ui, |ui| {
                for (v, ver) in c.versions.iter().enumerate() {
                    if ui.selectable_label(v == base, &ver.outlet).clicked() && v != base {
                        cmds.push(Command::SetBase(v));
                    }
                }
            })
            .response
            .on_hover_text("The base: every other column's words are compared with it");
        ui.separator();
        ui.label(
            RichText::new("not in base")
                .color(p.insert_fg)
                .background_color(p.insert_bg)
                .underline(),
        );
        ui.label(
            RichText::new("only in base")
                .color(p.delete_fg)
                .background_color(p.delete_bg)
                .strikethrough(),
        );
        let name = ui.label("name");
        let r = name.rect;
        dots(ui.painter(), r.left(), r.right(), r.bottom() - 1.0, p.muted);
        name.on_hover_text("A person, organization or place: the entity panel lists them");
        ui.label(RichText::new("quotation").italics().color(p.quote));
        ui.label(RichText::new("figure").color(p.figure));
        ui.label(
            RichText::new("figures disagree")
                .color(p.figure)
                .background_color(p.figure_disagree_bg)
                .underline(),
        );
        if let Some(v) = shared_with.and_then(|v| c.versions.get(v)) {
            ui.label(
                RichText::new(format!("copy shared with {}", v.outlet))
                    .background_color(p.shared_bg),
            );
        }
        ui.label(RichText::new("linked sentence").background_color(p.linked_bg))
            .on_hover_text("Point at a sentence: the sentences of other versions that state the same thing light up");
        ui.separator();
        ui.label(RichText::new("| identical").color(p.identical));
        ui.label(RichText::new("| changed").color(p.changed));
        ui.label(RichText::new("| unique").color(p.unique));
        ui.label(RichText::new("MOVED").small().color(p.moved))
            .on_hover_text("A paragraph out of its version's own order");
        ui.label(RichText::new("% alike").small().color(p.muted))
            .on_hover_text("How alike the row's paragraphs are");
    });
}

/// Draw the rows, returning the commands clicks produce.
#[allow(clippy::too_many_arguments)]
pub fn show(
    ui: &mut Ui,
    c: &Comparison,
    view: &SideBySide,
    base: usize,
    generation: u64,
    cache: &mut LayoutCache,
    selected: Option<usize>,
    scroll_to_selected: bool,
    scroll_to_top: Option<usize>,
    flash: Option<f32>,
    width: Option<f32>,
    p: &Palette,
    dark: bool,
    cmds: &mut Vec<Command>,
) -> Option<usize> {
    let mut top_row = None;
    let n = view.columns.len();
    // The vertical scroll bar takes its width from the columns, so the last
    // one is never clipped.
    let scroll = &ui.spacing().scroll;
    let bar = scroll.bar_width + scroll.bar_inner_margin + scroll.bar_outer_margin;
    // The user's column width (dragged at a header edge), else fit.
    let col = width.map_or_else(
        || column_width(ui.available_width() - bar, n),
        |w| w.clamp(NARROWEST, WIDEST),
    );
    cache.check(c, generation, col, dark);
    let mut hovered: Option<Place> = None;
    let total_width = GUTTER + col * n as f32;
    // Row offsets from exact heights where known, estimates elsewhere.
    let mut offsets = Vec::with_capacity(view.rows.len() + 1);
    let mut y = HEADER;
    for (i, row) in view.rows.iter().enumerate() {
        offsets.push(y);
        y += cache
            .heights
            .get(&i)
            .copied()
            .unwrap_or_else(|| estimate(row, col));
    }
    offsets.push(y);
    let total_height = y;
    let selected_pos = selected.and_then(|r| view.rows.iter().position(|row| row.index == r));

    egui::ScrollArea::both()
        .id_salt("side-by-side")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            ui.set_min_size(Vec2::new(total_width, total_height));
            let origin = ui.min_rect().min;
            if scroll_to_selected && let Some(i) = selected_pos {
                let rect = Rect::from_min_size(
                    origin + Vec2::new(0.0, offsets[i]),
                    Vec2::new(
                        total_width.min(viewport.width()),
                        offsets[i + 1] - offsets[i],
                    ),
                );
                ui.scroll_to_rect(rect, Some(Align::Center));
            }
            if let Some(i) =
                scroll_to_top.and_then(|r| view.rows.iter().position(|row| row.index == r))
            {
                let rect = Rect::from_min_size(
                    origin + Vec2::new(0.0, offsets[i] - HEADER),
                    Vec2::new(1.0, viewport.height().max(1.0)),
                );
                ui.scroll_to_rect(rect, Some(Align::TOP));
            }
            let header_top = origin + Vec2::new(0.0, viewport.min.y);
            let first = offsets
                .partition_point(|&o| o < viewport.min.y)
                .saturating_sub(1);
            // The row under the headers: where the reader is.
            let under = offsets
                .partition_point(|&o| o <= viewport.min.y + HEADER)
                .saturating_sub(1);
            top_row = view.rows.get(under).map(|r| r.index);
            for (i, row) in view.rows.iter().enumerate().skip(first) {
                if offsets[i] > viewport.max.y {
                    break;
                }
                let top = origin + Vec2::new(0.0, offsets[i]);
                let height = draw_row(
                    ui,
                    c,
                    row,
                    i,
                    top,
                    col,
                    cache,
                    selected_pos == Some(i),
                    flash.filter(|_| selected_pos == Some(i)),
                    p,
                    cmds,
                    &mut hovered,
                );
                // A row whose real height differs from the one used to place the
                // rows below it: draw again at once with the real one.
                if (offsets[i + 1] - offsets[i] - height).abs() > 0.5 {
                    ui.ctx().request_repaint();
                }
                cache.heights.insert(i, height);
            }
            header(ui, c, view, base, p, header_top, col, cmds);
        });
    if cache.hover(c, hovered) {
        ui.ctx().request_repaint();
    }
    top_row
}

#[allow(clippy::too_many_arguments)]
fn draw_row(
    ui: &mut Ui,
    c: &Comparison,
    row: &RowView,
    pos: usize,
    top: Pos2,
    col: f32,
    cache: &mut LayoutCache,
    selected: bool,
    flash: Option<f32>,
    p: &Palette,
    cmds: &mut Vec<Command>,
    hovered: &mut Option<Place>,
) -> f32 {
    // Lay out the cells (cached), find the row height.
    let mut height: f32 = FONT * 1.3 + 2.0 * PAD;
    for (k, cell) in row.cells.iter().enumerate() {
        if let Some(cell) = cell {
            let lit = &cache.lit;
            let laid = cache.cells.entry((pos, k)).or_insert_with(|| {
                let (job, (findings, sentences, names)) = job(cell, p, col - 2.0 * PAD, lit);
                Laid {
                    galley: ui.painter().layout_job(job),
                    findings,
                    sentences,
                    names,
                }
            });
            height = height.max(laid.galley.size().y + 2.0 * PAD);
        }
    }
    let status = match row.status {
        RowStatus::Identical => "identical",
        RowStatus::Changed => "changed",
        RowStatus::Unique => "unique",
    };
    let mut label = format!("{}\n{status}", row.index + 1);
    if row.status == RowStatus::Changed {
        label.push_str(&format!("\n{:.0}% alike", row.similarity * 100.0));
    }
    if row.moved {
        label.push_str("\nmoved");
    }
    // The gutter label's lines need room too.
    height = height.max(label.lines().count() as f32 * 13.0 + 2.0 * PAD);
    let width = GUTTER + col * row.cells.len() as f32;
    let rect = Rect::from_min_size(top, Vec2::new(width, height));
    let id = ui.scope_id().with(("row", row.index));
    let response = ui.interact(rect, id, Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            format!("Row {} {status}", row.index + 1),
        )
    });
    let mut response = response;
    let painter = ui.painter().clone();
    if selected {
        painter.rect_filled(rect, CornerRadius::ZERO, p.selected_row);
    }
    // A finding just opened: the row flashes behind its text, fading out.
    if let Some(alpha) = flash {
        painter.rect_filled(
            rect,
            CornerRadius::ZERO,
            p.search_bg.gamma_multiply(alpha.clamp(0.0, 1.0)),
        );
    }
    painter.line_segment(
        [rect.left_bottom(), rect.right_bottom()],
        Stroke::new(1.0, p.empty_cell),
    );
    // Gutter: row number and status, with a coloured bar as a second cue.
    let color = match row.status {
        RowStatus::Identical => p.identical,
        RowStatus::Changed => p.changed,
        RowStatus::Unique => p.unique,
    };
    painter.rect_filled(
        Rect::from_min_size(top, Vec2::new(4.0, height)),
        CornerRadius::ZERO,
        color,
    );
    painter.text(
        top + Vec2::new(10.0, PAD),
        egui::Align2::LEFT_TOP,
        label,
        FontId::proportional(11.0),
        color,
    );
    // Cells.
    // The pointer over this row (the cells' text sits above the row's own
    // response, so ask the area, not the response).
    let hover = ui
        .rect_contains_pointer(rect)
        .then(|| ui.ctx().pointer_hover_pos())
        .flatten();

    let mut tip: Option<String> = None;
    // The quotation under the pointer, for the context menu.
    let mut quote_under: Option<usize> = None;
    for (k, cell) in row.cells.iter().enumerate() {
        let cell_rect = Rect::from_min_size(
            top + Vec2::new(GUTTER + col * k as f32, 0.0),
            Vec2::new(col, height),
        );
        painter.line_segment(
            [cell_rect.left_top(), cell_rect.left_bottom()],
            Stroke::new(1.0, p.empty_cell),
        );
        match cell {
            None => {
                painter.rect_filled(cell_rect.shrink(1.0), CornerRadius::ZERO, p.empty_cell);
            }
            Some(cell) => {
                if let Some(laid) = cache.cells.get(&(pos, k)) {
                    let at = cell_rect.min + Vec2::new(PAD, PAD);
                    // The text can be selected with the pointer and copied
                    // (Ctrl+C), as in any label; a plain click still selects
                    // the row and a right-click opens the row's menu.
                    let text_rect = laid.galley.rect.translate(at.to_vec2());
                    let cell_response =
                        ui.interact(text_rect, id.with(("cell", k)), Sense::click_and_drag());
                    LabelSelectionState::label_text_selection(
                        ui,
                        &cell_response,
                        at,
                        laid.galley.clone(),
                        p.text,
                        Stroke::NONE,
                    );
                    dot_names(ui.painter(), at, laid, p.muted);
                    response = response.union(cell_response);
                    if let Some(h) = hover
                        && laid.galley.rect.translate(at.to_vec2()).contains(h)
                    {
                        let cursor = laid.galley.cursor_from_pos(h - at);
                        let ci = cursor.index;
                        if let Some((_, _, f)) = laid
                            .findings
                            .iter()
                            .find(|(a, b, _)| ci.0 >= *a && ci.0 < *b)
                        {
                            tip = Some(describe(c, *f));
                            if let Finding::Quote(q) = f {
                                quote_under = Some(*q);
                            }
                        }
                        if let Some((_, _, (para, sent))) = laid
                            .sentences
                            .iter()
                            .find(|(a, b, _)| ci.0 >= *a && ci.0 < *b)
                        {
                            let place = [cell.version, *para, *sent];
                            *hovered = Some(place);
                            if let Some(links) = cache.describe_links(c, place) {
                                tip = Some(match tip {
                                    Some(t) => format!("{t}\n\n{links}"),
                                    None => links,
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    if selected {
        painter.rect_stroke(
            rect,
            CornerRadius::ZERO,
            Stroke::new(1.5, p.changed),
            StrokeKind::Inside,
        );
    }

    if response.clicked() {
        cmds.push(Command::SelectRow(row.index));
    }
    // Right-click: copy the paragraph, as a citation, or the quotation.
    let menu_id = id.with("context");
    if response.secondary_clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        let k = ((pos.x - top.x - GUTTER) / col).floor();
        let target = (k >= 0.0)
            .then_some(k as usize)
            .and_then(|k| row.cells.get(k))
            .and_then(Option::as_ref)
            .map(|cell| (cell.version, cell.paragraphs.clone(), quote_under));
        ui.ctx().data_mut(|d| d.insert_temp(menu_id, target));
    }
    response.context_menu(|ui| {
        let target: Option<(usize, Vec<usize>, Option<usize>)> =
            ui.ctx().data(|d| d.get_temp(menu_id)).flatten();
        let Some((version, paragraphs, quote)) = target else {
            ui.label("No text here");
            return;
        };
        if ui.button("Copy text").clicked() {
            ui.ctx().copy_text(copy_text(c, version, &paragraphs));
            ui.close();
        }
        if ui
            .button("Copy as citation (with outlet and date)")
            .clicked()
        {
            ui.ctx().copy_text(copy_citation(c, version, &paragraphs));
            ui.close();
        }
        if let Some(q) = quote
            && ui
                .button("Copy quotation with speaker and outlet")
                .clicked()
        {
            ui.ctx().copy_text(copy_quote(c, q));
            ui.close();
        }
    });
    if let Some(t) = tip {
        response.on_hover_text_at_pointer(t);
    }
    height
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::text::CCursor;

    /// Lay out "Said Marine Le Pen today." at `width` and return the galley
    /// with the dots' spans under the name (characters 5 to 18).
    fn laid_out(width: f32) -> (Arc<Galley>, Vec<(f32, f32, f32)>) {
        let ctx = egui::Context::default();
        let mut out = None;
        let mut frame = ctx.run_pass(egui::RawInput::default(), |ctx| {
            let mut job = LayoutJob::default();
            job.wrap.max_width = width;
            for part in ["Said ", "Marine Le Pen", " today."] {
                job.append(part, 0.0, format(Color32::WHITE));
            }
            let galley = ctx.fonts_mut(|f| f.layout_job(job));
            let spans = name_spans(&galley, &[(5, 18)]);
            out = Some((galley.clone(), spans.clone()));
        });
        // No renderer takes the font atlas here.
        frame.textures_delta.clear();
        out.expect("the frame ran")
    }

    /// A link's term is shown as the word the sentence wrote, in either
    /// spelling ("organisers" for the term of "organizers").
    #[test]
    fn a_term_is_shown_as_written_in_either_spelling() {
        let t = crate::text::term("organizers");
        assert_eq!(
            surface("The organisers said 40,000 marched.", &t),
            "organisers"
        );
    }

    #[test]
    fn dots_under_a_name_start_and_end_at_its_glyphs() {
        let (galley, spans) = laid_out(f32::INFINITY);
        assert_eq!(spans.len(), 1, "{spans:?}");
        let m = galley.pos_from_cursor(CCursor::new(5));
        let after = galley.pos_from_cursor(CCursor::new(18));
        // Within half a pixel of the glyphs (the cursor is pixel-rounded),
        // not under "Said" nor under "today".
        assert!((spans[0].0 - m.min.x).abs() < 0.5, "{spans:?} vs {m:?}");
        assert!(
            (spans[0].1 - after.min.x).abs() < 0.5,
            "{spans:?} vs {after:?}"
        );
        assert!(spans[0].0 > galley.pos_from_cursor(CCursor::new(3)).max.x);
    }

    #[test]
    fn a_name_wrapped_over_two_lines_gets_dots_on_each() {
        // Narrow enough that the name breaks over lines.
        let (galley, spans) = laid_out(60.0);
        assert!(galley.rows.len() >= 3, "rows: {}", galley.rows.len());
        assert!(spans.len() >= 2, "{spans:?}");
        assert!(spans.windows(2).all(|w| w[1].2 > w[0].2), "{spans:?}");
    }
}
