//! The versions bar: one entry per version with its colour, outlet, title,
//! date and word count, who the text is credited to and the copy family it
//! belongs to; show or hide it, move it, make it the base, remove it.

use eframe::egui::{self, RichText, Ui};

use crate::app::commands::Command;
use crate::app::state::Runtime;
use crate::app::theme::{Palette, version_color};
use crate::model::Comparison;

/// Draw the bar.
pub fn show(ui: &mut Ui, c: &Comparison, rt: &Runtime, p: &Palette, cmds: &mut Vec<Command>) {
    let sources = crate::report::summary::sources(c);
    egui::ScrollArea::horizontal()
        .id_salt("versions-bar")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                for (pos, &v) in rt.order.iter().enumerate() {
                    let ver = &c.versions[v];
                    let hidden = rt.hidden.get(v).copied().unwrap_or(false);
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_max_width(260.0);
                        ui.vertical(|ui| {
                            ui.horizontal(|ui| {
                                let (rect, _) = ui.allocate_exact_size(
                                    egui::vec2(10.0, 14.0),
                                    egui::Sense::hover(),
                                );
                                ui.painter().rect_filled(rect, 2.0, version_color(v));
                                ui.label(RichText::new(&ver.outlet).strong());
                                if v == rt.base {
                                    ui.label(RichText::new("base").small().color(p.changed));
                                }
                            });
                            let title = ver
                                .title
                                .clone()
                                .unwrap_or_else(|| "(no headline found)".into());
                            ui.add(egui::Label::new(RichText::new(title).small()).truncate());
                            ui.label(
                                RichText::new(format!(
                                    "{} · {} words",
                                    ver.published
                                        .as_deref()
                                        .map_or("no date", |d| d.get(..10).unwrap_or(d)),
                                    ver.word_count
                                ))
                                .small()
                                .color(p.muted),
                            );
                            if let Some(src) = sources.get(v) {
                                let mut line = format!("credit: {}", src.credit);
                                let mut tip = format!("{} credits {}.", ver.outlet, src.credit);
                                if let Some(f) = src.family {
                                    let others: Vec<String> = c
                                        .provenance
                                        .families
                                        .get(f - 1)
                                        .into_iter()
                                        .flatten()
                                        .filter(|&&o| o != v)
                                        .map(|&o| c.versions[o].outlet.clone())
                                        .collect();
                                    line.push_str(&format!(" · copy family {f}"));
                                    tip.push_str(&format!(
                                        " It carries the same copy as {} ({:.0} % of its narration at most, shared with one of them)",
                                        others.join(", "),
                                        src.shared * 100.0
                                    ));
                                    if let Some(own) = src.own {
                                        line.push_str(&format!(" · {own} ¶ own"));
                                        tip.push_str(&format!(
                                            "; {own} paragraph{} found in no other member.",
                                            if own == 1 { "" } else { "s" }
                                        ));
                                    } else {
                                        tip.push('.');
                                    }
                                }
                                ui.add(
                                    egui::Label::new(
                                        RichText::new(line).small().color(p.muted),
                                    )
                                    .truncate(),
                                )
                                .on_hover_text(tip);
                            }
                            ui.horizontal(|ui| {
                                let mut shown = !hidden;
                                if ui
                                    .checkbox(&mut shown, "Show")
                                    .on_hover_text(format!("Show or hide {}", ver.outlet))
                                    .changed()
                                {
                                    cmds.push(Command::ToggleVersion(v));
                                }
                                if ui
                                    .add_enabled(v != rt.base, egui::Button::new("Base").small())
                                    .on_hover_text(format!(
                                        "Show differences against {}",
                                        ver.outlet
                                    ))
                                    .clicked()
                                {
                                    cmds.push(Command::SetBase(v));
                                }
                                if ui
                                    .add_enabled(pos > 0, egui::Button::new("<").small())
                                    .on_hover_text(format!("Move {} left", ver.outlet))
                                    .clicked()
                                {
                                    cmds.push(Command::MoveVersion(v, -1));
                                }
                                if ui
                                    .add_enabled(
                                        pos + 1 < rt.order.len(),
                                        egui::Button::new(">").small(),
                                    )
                                    .on_hover_text(format!("Move {} right", ver.outlet))
                                    .clicked()
                                {
                                    cmds.push(Command::MoveVersion(v, 1));
                                }
                                if ui
                                    .button("Remove")
                                    .on_hover_text(format!("Remove {}", ver.outlet))
                                    .clicked()
                                {
                                    cmds.push(Command::RemoveVersion(v));
                                }
                            });
                        });
                    });
                }
            });
        });
}
