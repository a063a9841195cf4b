//! The entity panel: people, organizations and places with their other
//! spellings and a small bar of mentions per version. Clicking one
//! highlights its mentions in every column and jumps to the first; the
//! buttons under the filter step through the rows that mention it.

use eframe::egui::{self, RichText, Sense, Ui, Vec2};

use crate::app::commands::Command;
use crate::app::theme::{Palette, version_color};
use crate::app::view::{EntityLine, rows_position, step_rows};

/// Draw the panel. `filter` is edited in place (it is runtime state).
pub fn show(
    ui: &mut Ui,
    lines: &[EntityLine],
    filter: &mut String,
    highlighted: Option<&str>,
    selected_row: Option<usize>,
    p: &Palette,
    cmds: &mut Vec<Command>,
) {
    ui.heading("Entities");
    ui.horizontal(|ui| {
        ui.label("Filter");
        ui.add(
            egui::TextEdit::singleline(filter)
                .hint_text("name, spelling or kind")
                .desired_width(f32::INFINITY),
        );
    });
    if let Some(id) = highlighted {
        let line = lines.iter().find(|l| l.id == id);
        ui.horizontal_wrapped(|ui| {
            if let Some(l) = line
                && !l.mention_rows.is_empty()
            {
                let rows = &l.mention_rows;
                if ui
                    .button("< Previous")
                    .on_hover_text("Previous row that mentions it")
                    .clicked()
                    && let Some(r) = step_rows(rows, selected_row, false)
                {
                    cmds.push(Command::Reveal(r));
                }
                if ui
                    .button("Next mention >")
                    .on_hover_text("Next row that mentions it")
                    .clicked()
                    && let Some(r) = step_rows(rows, selected_row, true)
                {
                    cmds.push(Command::Reveal(r));
                }
                let (n, total) = rows_position(rows, selected_row);
                let text = if n == 0 {
                    format!("{total} rows")
                } else {
                    format!("row {n} of {total}")
                };
                ui.label(RichText::new(text).small().color(p.muted));
            }
            if ui.button("Clear highlight").clicked() {
                cmds.push(Command::HighlightEntity(None));
            }
        });
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("entities")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for kind in ["person", "organization", "place", "other"] {
                let of_kind: Vec<&EntityLine> = lines.iter().filter(|l| l.kind == kind).collect();
                if of_kind.is_empty() {
                    continue;
                }
                let title = match kind {
                    "person" => "People",
                    "organization" => "Organizations",
                    "place" => "Places",
                    _ => "Other names",
                };
                egui::CollapsingHeader::new(format!("{title} ({})", of_kind.len()))
                    .default_open(kind != "other")
                    .show(ui, |ui| {
                        for l in of_kind {
                            let selected = highlighted == Some(l.id.as_str());
                            let resp =
                                ui.selectable_label(selected, RichText::new(&l.name).strong());
                            let resp = if l.variants.is_empty() {
                                resp
                            } else {
                                resp.on_hover_text(format!("Also written: {}", l.variants))
                            };
                            if resp.clicked() {
                                cmds.push(Command::HighlightEntity(if selected {
                                    None
                                } else {
                                    Some(l.id.clone())
                                }));
                                if let Some(r) = l.first_row().filter(|_| !selected) {
                                    cmds.push(Command::Reveal(r));
                                }
                            }
                            if !l.variants.is_empty() {
                                ui.label(RichText::new(&l.variants).small().color(p.muted));
                            }
                            // Mentions per version, one bar each, in a chart of
                            // fixed width whatever the number of versions (the
                            // counts are in each bar's hover text).
                            const CHART: f32 = 120.0;
                            let n_versions = l.counts.len().max(1);
                            let gap = if n_versions > 12 { 1.0 } else { 2.0 };
                            let bar = ((CHART - gap * (n_versions - 1) as f32) / n_versions as f32)
                                .clamp(2.0, 10.0);
                            let max = l.counts.iter().copied().max().unwrap_or(1).max(1) as f32;
                            ui.horizontal(|ui| {
                                ui.spacing_mut().item_spacing.x = gap;
                                for (v, &n) in l.counts.iter().enumerate() {
                                    let (rect, r) = ui
                                        .allocate_exact_size(Vec2::new(bar, 16.0), Sense::hover());
                                    let h = 16.0 * n as f32 / max;
                                    ui.painter().rect_filled(
                                        egui::Rect::from_min_max(
                                            egui::pos2(rect.min.x, rect.max.y - h.max(1.0)),
                                            rect.max,
                                        ),
                                        1.0,
                                        version_color(v),
                                    );
                                    r.on_hover_text(format!(
                                        "version {}: {n} mention{}",
                                        v + 1,
                                        if n == 1 { "" } else { "s" }
                                    ));
                                }
                                let total: usize = l.counts.iter().sum();
                                let present = l.counts.iter().filter(|&&n| n > 0).count();
                                ui.add_space(6.0);
                                ui.label(
                                    RichText::new(format!(
                                        "{total} in {present} of {}",
                                        l.counts.len()
                                    ))
                                    .small()
                                    .color(p.muted),
                                );
                            });
                            ui.add_space(4.0);
                        }
                    });
            }
        });
}
