//! The findings tabs: framing, quotations, figures and what cleaning
//! removed. Clicking an item scrolls the side-by-side view to it.

use std::collections::HashMap;

use eframe::egui::{self, RichText, Ui};

use crate::app::commands::Command;
use crate::app::state::FindingsTab;
use crate::app::theme::Palette;
use crate::model::Comparison;
use crate::report::summary::{
    Summary, entity_name, figure_groups, figure_value, independent_sources, present, quote_groups,
    sources, voices,
};

/// Draw the tabs.
#[allow(clippy::too_many_arguments)]
pub fn show(
    ui: &mut Ui,
    c: &Comparison,
    tab: FindingsTab,
    counts: &Summary,
    rows: &HashMap<(usize, usize), usize>,
    shared_with: Option<usize>,
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
                FindingsTab::Sources,
                format!(
                    "Sources ({} of {})",
                    independent_sources(c, &(0..c.versions.len()).collect::<Vec<_>>()),
                    c.versions.len()
                ),
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
                            "Quotation {} · {} · {}",
                            g.group + 1,
                            if who.is_empty() {
                                "unattributed".into()
                            } else {
                                who.join(" / ")
                            },
                            voices(c, &present(&g.per_version))
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
                    head.push_str(&format!(" · {}", voices(c, &present(&g.per_version))));
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
            FindingsTab::Sources => sources_tab(ui, c, shared_with, p, &reveal, cmds),
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

/// Who each version credits, which versions carry one source's copy, how
/// much they share and what each adds of its own (click a paragraph of its
/// own to go to it).
fn sources_tab(
    ui: &mut Ui,
    c: &Comparison,
    shared_with: Option<usize>,
    p: &Palette,
    reveal: &dyn Fn(usize, usize, &mut Vec<Command>),
    cmds: &mut Vec<Command>,
) {
    let all: Vec<usize> = (0..c.versions.len()).collect();
    let k = independent_sources(c, &all);
    ui.label(format!(
        "{} versions from {k} independent source{}: versions that reuse one source's copy (a family) count as one voice when they agree.",
        c.versions.len(),
        if k == 1 { "" } else { "s" }
    ));
    ui.add_space(4.0);
    let outlet = |v: usize| c.versions[v].outlet.as_str();
    for line in sources(c) {
        let v = line.version;
        ui.horizontal_wrapped(|ui| {
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(swatch, 2.0, crate::app::theme::version_color(v));
            ui.label(RichText::new(&line.outlet).strong());
            ui.label(RichText::new(format!("credit: {}", line.credit)).color(p.muted));
            // Mark in the columns the copy it shares with the others.
            let has_spans = c
                .provenance
                .pairs
                .iter()
                .any(|pair| pair.versions.contains(&v) && !pair.spans.is_empty());
            if has_spans {
                let on = shared_with == Some(v);
                if ui
                    .selectable_label(on, "Mark shared copy")
                    .on_hover_text("Give the passages it shares with other versions a ground of their own in the columns")
                    .clicked()
                {
                    cmds.push(Command::ShowShared(if on { None } else { Some(v) }));
                }
            }
            match line.family {
                Some(f) => {
                    let others: Vec<&str> = c.provenance.families[f - 1]
                        .iter()
                        .filter(|&&o| o != v)
                        .map(|&o| outlet(o))
                        .collect();
                    ui.label(format!(
                        "family {f} (same copy as {}), up to {:.0}% shared",
                        others.join(", "),
                        line.shared * 100.0
                    ));
                }
                None => {
                    ui.label(if line.shared > 0.0 {
                        format!(
                            "independent (shares at most {:.0}% with any other version)",
                            line.shared * 100.0
                        )
                    } else {
                        "independent".to_string()
                    });
                }
            }
        });
        if line.family.is_some() {
            let own = c.provenance.own.get(v).cloned().unwrap_or_default();
            ui.horizontal_wrapped(|ui| {
                ui.add_space(18.0);
                if own.is_empty() {
                    ui.label(
                        RichText::new("nothing of its own beyond the family's copy").color(p.muted),
                    );
                } else {
                    ui.label(
                        RichText::new(format!(
                            "{} paragraph{} of its own:",
                            own.len(),
                            if own.len() == 1 { "" } else { "s" }
                        ))
                        .color(p.muted),
                    );
                    for &para in &own {
                        let text = &c.versions[v].paragraphs[para].text;
                        let short: String = text.chars().take(60).collect();
                        let resp = ui
                            .selectable_label(false, format!("¶{}", para + 1))
                            .on_hover_text(if short.len() < text.len() {
                                format!("{short}…")
                            } else {
                                short
                            });
                        if resp.clicked() {
                            reveal(v, para, cmds);
                        }
                    }
                }
            });
        }
    }
    if !c.provenance.pairs.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("Shared copy, by pair").strong());
        let mut pairs: Vec<_> = c.provenance.pairs.iter().collect();
        pairs.sort_by(|a, b| b.shared.total_cmp(&a.shared));
        for pair in pairs {
            let [a, b] = pair.versions;
            ui.label(format!(
                "{} and {}: {:.0}% of the shorter one's words in {} shared passage{}",
                outlet(a),
                outlet(b),
                pair.shared * 100.0,
                pair.passages,
                if pair.passages == 1 { "" } else { "s" }
            ));
        }
    }
}
