//! The versions bar: one entry per version with its colour, outlet, title,
//! date and word count, who the text is credited to and the copy family it
//! belongs to; show or hide it, move it, make it the base, remove it;
//! double-click the outlet name to rename it (kept for that file).

use eframe::egui::{self, RichText, Ui};

use crate::app::commands::Command;
use crate::app::state::Runtime;
use crate::app::theme::{Palette, version_color};
use crate::model::Comparison;

/// Draw the bar.
pub fn show(
    ui: &mut Ui,
    c: &Comparison,
    rt: &Runtime,
    renaming: &mut Option<(usize, String)>,
    p: &Palette,
    cmds: &mut Vec<Command>,
) {
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
                                match renaming {
                                    Some((r, text)) if *r == v => {
                                        let edit = ui.add(
                                            egui::TextEdit::singleline(text)
                                                .desired_width(150.0)
                                                .hint_text("outlet name"),
                                        );
                                        edit.request_focus();
                                        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                                            *renaming = None;
                                        } else if edit.lost_focus()
                                            || ui.input(|i| i.key_pressed(egui::Key::Enter))
                                        {
                                            cmds.push(Command::RenameOutlet(v, text.clone()));
                                        }
                                    }
                                    _ => {
                                        let name = ui
                                            .add(
                                                egui::Label::new(
                                                    RichText::new(&ver.outlet).strong(),
                                                )
                                                .sense(egui::Sense::click()),
                                            )
                                            .on_hover_text(
                                                "Double-click (or right-click) to rename the outlet",
                                            );
                                        if name.double_clicked() {
                                            cmds.push(Command::StartRename(v));
                                        }
                                        name.context_menu(|ui| {
                                            if ui.button("Rename outlet…").clicked() {
                                                cmds.push(Command::StartRename(v));
                                                ui.close();
                                            }
                                        });
                                    }
                                }
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
