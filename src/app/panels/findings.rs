//! The findings tabs: framing, quotations, figures and what cleaning
//! removed. Clicking an item scrolls the side-by-side view to it.

use std::collections::HashMap;

use eframe::egui::{self, RichText, Ui};

use crate::app::commands::Command;
use crate::app::state::FindingsTab;
use crate::app::theme::Palette;
use crate::model::Comparison;
use crate::report::summary::{Summary, entity_name, figure_groups, figure_value, quote_groups};

/// Draw the tabs.
pub fn show(
    ui: &mut Ui,
    c: &Comparison,
    tab: FindingsTab,
    counts: &Summary,
    rows: &HashMap<(usize, usize), usize>,
    p: &Palette,
    cmds: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        for (t, label) in [
            (
                FindingsTab::Framing,
                format!("Framing ({})", c.framing.len()),
            ),
            (
                FindingsTab::Quotes,
                format!("Quotes ({})", counts.quote_groups),
            ),
            (
                FindingsTab::Figures,
                format!("Figures ({})", counts.figure_groups),
            ),
            (
                FindingsTab::Removed,
                format!("Removed ({})", counts.removed),
            ),
        ] {
            if ui.selectable_label(tab == t, label).clicked() {
                cmds.push(Command::ShowTab(t));
            }
        }
    });
    ui.separator();
    let reveal = |v: usize, para: usize, cmds: &mut Vec<Command>| {
        if let Some(&r) = rows.get(&(v, para)) {
            cmds.push(Command::Reveal(r));
        }
    };
    egui::ScrollArea::vertical()
        .id_salt("findings")
        .auto_shrink([false, false])
        .show(ui, |ui| match tab {
            FindingsTab::Framing => {
                if c.framing.is_empty() {
                    ui.label("No framing differences found.");
                }
                for (i, f) in c.framing.iter().enumerate() {
                    let versions: Vec<&str> = f
                        .versions
                        .iter()
                        .map(|&v| c.versions[v].outlet.as_str())
                        .collect();
                    let head = format!("{}. {} · {}", i + 1, f.kind.label(), versions.join(", "));
                    let resp = ui.selectable_label(false, RichText::new(head).strong());
                    ui.label(&f.detail);
                    if resp.clicked()
                        && let Some(e) = f.evidence.first()
                    {
                        reveal(e.version, e.paragraph, cmds);
                    }
                    ui.add_space(6.0);
                }
            }
            FindingsTab::Quotes => {
                for g in quote_groups(c) {
                    let all: Vec<_> = g.per_version.iter().flatten().collect();
                    let who: Vec<&str> = {
                        let mut s: Vec<&str> = all
                            .iter()
                            .filter_map(|q| q.speaker.as_deref())
                            .map(|id| entity_name(c, id))
                            .collect();
                        s.sort_unstable();
                        s.dedup();
                        s
                    };
                    ui.label(
                        RichText::new(format!(
                            "Quotation {} · {}",
                            g.group + 1,
                            if who.is_empty() {
                                "unattributed".into()
                            } else {
                                who.join(" / ")
                            }
                        ))
                        .strong(),
                    );
                    for (v, qs) in g.per_version.iter().enumerate() {
                        for q in qs {
                            let line = format!(
                                "{}: “{}” — {}{}",
                                c.versions[v].outlet,
                                q.text,
                                q.fidelity.as_str(),
                                q.cue
                                    .as_deref()
                                    .map_or(String::new(), |cue| format!(", {cue}"))
                            );
                            let mut text = RichText::new(line);
                            if !q.changed_words.is_empty() {
                                text = text.color(p.delete_fg);
                            }
                            let resp = ui.selectable_label(false, text);
                            let resp = if q.changed_words.is_empty() {
                                resp
                            } else {
                                resp.on_hover_text(format!(
                                    "Changed words: {}",
                                    q.changed_words.join(" ")
                                ))
                            };
                            if resp.clicked() {
                                reveal(q.version, q.paragraph, cmds);
                            }
                        }
                        if qs.is_empty() {
                            ui.label(
                                RichText::new(format!("{}: not quoted", c.versions[v].outlet))
                                    .color(p.muted),
                            );
                        }
                    }
                    ui.add_space(6.0);
                }
            }
            FindingsTab::Figures => {
                for g in figure_groups(c) {
                    let mut head = String::new();
                    if g.discrepancy {
                        head.push_str("Versions disagree · ");
                    }
                    let first = g.per_version.iter().flatten().next();
                    head.push_str(first.and_then(|f| f.unit.as_deref()).unwrap_or("count"));
                    let color = if g.discrepancy { p.error } else { p.text };
                    ui.label(RichText::new(head).strong().color(color));
                    for (v, fs) in g.per_version.iter().enumerate() {
                        for f in fs {
                            if ui
                                .selectable_label(
                                    false,
                                    format!(
                                        "{}: {} (“{}”)",
                                        c.versions[v].outlet,
                                        figure_value(f),
                                        f.text
                                    ),
                                )
                                .clicked()
                            {
                                reveal(f.version, f.paragraph, cmds);
                            }
                        }
                    }
                    ui.add_space(6.0);
                }
            }
            FindingsTab::Removed => {
                for v in &c.versions {
                    egui::CollapsingHeader::new(format!("{} ({})", v.outlet, v.removed.len()))
                        .id_salt(("removed", &v.id))
                        .show(ui, |ui| {
                            if v.removed.is_empty() {
                                ui.label("Nothing removed.");
                            }
                            for r in &v.removed {
                                ui.label(format!("[{}] {}", r.reason.as_str(), r.text));
                            }
                        });
                }
            }
        });
}
