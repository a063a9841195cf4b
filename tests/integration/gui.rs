//! The desktop app driven through egui_kittest, by role and label, with no
//! display: it starts on the sample, highlights an entity, steps through
//! differences, reports a file that fails, saves a report, takes dropped files.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::app::ParallaxApp;
use parallax::app::commands::Command;
use parallax::app::state::Persisted;

use crate::common::{fixture, sample_paths};

fn harness(files: Vec<PathBuf>) -> Harness<'static, ParallaxApp> {
    harness_with(Persisted::default(), files)
}

/// A window started with settings kept from an earlier run.
fn harness_with(persisted: Persisted, files: Vec<PathBuf>) -> Harness<'static, ParallaxApp> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            ParallaxApp::with_settings(persisted, Some(cc.egui_ctx.clone()), files)
        })
}

/// Step until the background work is done.
fn settle(h: &mut Harness<'static, ParallaxApp>) {
    let t0 = Instant::now();
    loop {
        h.step();
        if h.state().is_idle() {
            break;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(120),
            "loading never finished"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_steps(3);
}

#[test]
fn starts_on_the_sample_and_shows_every_outlet() {
    let mut h = harness(Vec::new());
    settle(&mut h);
    let outlets: Vec<String> = h
        .state()
        .comparison()
        .expect("sample compared")
        .versions
        .iter()
        .map(|v| v.outlet.clone())
        .collect();
    assert_eq!(outlets.len(), 5);
    for o in &outlets {
        assert!(h.query_all_by_label(o).count() >= 1, "{o} not shown");
    }
    assert!(h.query_by_label("Next difference").is_some());
    // Each version says who its text is credited to.
    assert_eq!(h.query_all_by_label_contains("credit: ").count(), 5);
    // The legend names every mark, and the base can be changed from it.
    for mark in [
        "not in base",
        "only in base",
        "quotation",
        "figures disagree",
        "linked sentence",
    ] {
        assert!(h.query_by_label(mark).is_some(), "legend lacks {mark}");
    }
    let base = h.state().rt.base;
    let other = (base + 1) % outlets.len();
    h.get_by_role(egui::accesskit::Role::ComboBox).click();
    h.run_steps(2);
    h.query_all_by_label(&outlets[other])
        .last()
        .expect("listed in the base menu")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().rt.base, other);
}

#[test]
fn clicking_an_entity_highlights_it_and_jumps_to_it() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    // The name found in the most rows.
    let rows_of = |c: &parallax::model::Comparison, e: &parallax::model::Entity| {
        let mut r: Vec<usize> = e
            .mentions
            .iter()
            .filter_map(|m| {
                c.alignment
                    .iter()
                    .position(|row| row.cells[m.version].contains(&m.paragraph))
            })
            .collect();
        r.sort_unstable();
        r.dedup();
        r
    };
    let (id, name, rows) = {
        let c = h.state().comparison().unwrap();
        let e = c
            .entities
            .iter()
            .max_by_key(|e| rows_of(c, e).len())
            .unwrap();
        (e.id.clone(), e.name.clone(), rows_of(c, e))
    };
    // Filtered, so that it is in view in the panel.
    h.state_mut().rt.entity_filter = name.clone();
    h.run_steps(2);
    h.query_all_by_label(&name)
        .next()
        .expect("entity listed")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().rt.highlight_entity.as_deref(), Some(id.as_str()));
    assert!(
        h.state().rt.selected_row.is_some(),
        "jumped to the first mention"
    );
    assert!(
        h.state().rt.flash_since.is_some(),
        "the row it opened onto flashes"
    );
    assert!(
        h.state().view().rows.iter().any(|r| r.entity_hit),
        "mentions highlighted"
    );
    // Next mention steps through the rows that mention it, and wraps.
    assert!(rows.len() > 1, "the sample names {name} in several rows");
    assert_eq!(h.state().rt.selected_row, Some(rows[0]));
    assert!(
        h.query_by_label(&format!("row 1 of {}", rows.len()))
            .is_some()
    );
    for want in rows.iter().skip(1).chain(rows.first()) {
        h.get_by_label("Next mention >").click();
        h.run_steps(3);
        assert_eq!(h.state().rt.selected_row, Some(*want));
    }
    h.get_by_label("< Previous").click();
    h.run_steps(3);
    assert_eq!(h.state().rt.selected_row, rows.last().copied());
}

#[test]
fn hovering_a_sentence_lights_its_counterparts() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    // The first row of body text every version has a paragraph in, with
    // words that differ.
    let row = {
        let c = h.state().comparison().unwrap();
        c.alignment
            .iter()
            .position(|r| {
                r.status == parallax::model::RowStatus::Changed
                    && r.cells.iter().enumerate().all(|(v, cell)| {
                        cell.len() == 1
                            && c.versions[v].paragraphs[cell[0]].kind
                                == parallax::model::ParagraphKind::Body
                    })
            })
            .expect("a changed row shared by all")
    };
    // On the first line of the first column (past the row's gutter).
    let rect = h.get_by_label(&format!("Row {} changed", row + 1)).rect();
    h.hover_at(rect.left_top() + egui::vec2(100.0, 12.0));
    h.run_steps(3);
    let (at, lit) = h.state().hovered_sentence().expect("a sentence is hovered");
    let c = h.state().comparison().unwrap();
    assert!(c.alignment[row].cells[at[0]].contains(&at[1]));
    let linked: Vec<_> = c
        .links
        .iter()
        .filter(|l| l.a == at || l.b == at)
        .map(|l| if l.a == at { l.b } else { l.a })
        .collect();
    assert!(!linked.is_empty(), "the hovered sentence has counterparts");
    for other in &linked {
        assert!(lit.contains(other), "{other:?} not lit");
    }
    assert!(lit.contains(&at));
    assert_eq!(lit.len(), linked.len() + 1);
}

/// `n` short versions of one story, opened in a 1280 x 720 window.
fn short_versions(dir: &tempfile::TempDir, n: usize) -> Harness<'static, ParallaxApp> {
    let files: Vec<PathBuf> = (0..n)
        .map(|i| {
            let path = dir.path().join(format!("outlet-{i:02}.txt"));
            std::fs::write(
                &path,
                format!(
                    "Bridge closed after ship strike\n\nThe Kestrel Bay Bridge closed on Tuesday after a ship hit pier {i}, officials said.\n\nEngineers will inspect the span for {} days.",
                    i % 3 + 2
                ),
            )
            .unwrap();
            path
        })
        .collect();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| {
            ParallaxApp::with_settings(Persisted::default(), Some(cc.egui_ctx.clone()), files)
        });
    settle(&mut h);
    h
}

#[test]
fn six_outlets_fit_side_by_side_at_1280_pixels() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = short_versions(&dir, 6);
    h.run_steps(2);
    let edge = h.get_by_label("Entities").rect().left();
    let row = h
        .query_all_by_label_contains("Row 2 ")
        .next()
        .expect("row 2 shown")
        .rect();
    assert!(
        row.right() <= edge,
        "the sixth column ends before the entity panel ({edge}): {row:?}"
    );
}

#[test]
fn every_column_is_reachable_by_scrolling_sideways() {
    // 24 short versions of one story in a 1280 x 720 window.
    let dir = tempfile::tempdir().unwrap();
    let mut h = short_versions(&dir, 24);
    settle(&mut h);
    let row_rect = |h: &Harness<'static, ParallaxApp>| {
        h.query_all_by_label_contains("Row 2 ")
            .next()
            .expect("row 2 shown")
            .rect()
    };
    // The columns end where the entity panel starts.
    let edge = h.get_by_label("Entities").rect().left();
    let before = row_rect(&h);
    assert!(before.right() > edge, "24 columns overflow the window");
    // Shift and the wheel over the columns scroll sideways until the last
    // column's right edge is inside the window.
    h.hover_at(before.left_top() + egui::vec2(300.0, 10.0));
    for _ in 0..200 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::SHIFT,
        });
        h.run_steps(2);
        if row_rect(&h).right() <= edge {
            break;
        }
    }
    let after = row_rect(&h);
    assert!(after.left() < before.left(), "scrolled sideways");
    assert!(
        after.right() <= edge,
        "the last column ends before the entity panel ({edge}): {after:?}"
    );
}

#[test]
fn next_difference_moves_the_selection() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    h.key_press(Key::F8);
    h.run_steps(2);
    let first = h.state().rt.selected_row.expect("a difference selected");
    h.get_by_label("Next difference").click();
    h.run_steps(2);
    let second = h.state().rt.selected_row.unwrap();
    assert_ne!(first, second);
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::F8);
    h.run_steps(2);
    assert_eq!(h.state().rt.selected_row, Some(first));
}

#[test]
fn a_file_that_fails_shows_a_notice_and_the_others_stay() {
    let mut files = sample_paths();
    files.truncate(2);
    let bad = fixture("ingest/image.png");
    files.push(bad.clone());
    let mut h = harness(files);
    settle(&mut h);
    assert_eq!(h.state().comparison().unwrap().versions.len(), 2);
    let notice = h
        .state()
        .rt
        .notices
        .iter()
        .find(|n| n.error)
        .expect("a notice")
        .text
        .clone();
    assert!(
        notice.contains(&*bad.to_string_lossy()) && notice.contains("binary"),
        "{notice}"
    );
    assert!(
        h.query_by_label_contains("image.png").is_some(),
        "notice shown"
    );
    h.get_by_label("Dismiss").click();
    h.run_steps(2);
    assert!(h.state().rt.notices.is_empty());
}

#[test]
fn a_version_of_another_story_is_pointed_out() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("garden-show.txt");
    std::fs::write(
        &other,
        "Roses and tulips filled the exhibition hall of the spring garden show in Eastbrook.\n\n\
         Judges awarded the gold medal to a rock garden built by a school from Millford.\n\n\
         Visitors queued for an hour to see the orchid display, which organisers called their best yet.\n\n\
         The show closes on Sunday evening with a plant sale for charity.",
    )
    .unwrap();
    let mut files = sample_paths();
    files.push(other);
    let mut h = harness(files);
    settle(&mut h);
    assert_eq!(h.state().comparison().unwrap().versions.len(), 6);
    let notes: Vec<String> = h
        .state()
        .rt
        .notices
        .iter()
        .filter(|n| n.text.contains("different story"))
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        h.query_by_label_contains("different story").is_some(),
        "notice shown"
    );
    // Renaming an outlet redoes the framing; the other story still gets no
    // omission item of its own.
    let lone_omissions = |h: &Harness<'static, ParallaxApp>| {
        h.state()
            .comparison()
            .unwrap()
            .framing
            .iter()
            .filter(|f| f.kind == parallax::model::FramingKind::Omission && f.versions == [5])
            .count()
    };
    assert_eq!(lone_omissions(&h), 0);
    h.state_mut()
        .command(Command::RenameOutlet(0, "Renamed Daily".to_string()));
    h.run_steps(3);
    assert_eq!(
        h.state().comparison().unwrap().versions[0].outlet,
        "Renamed Daily"
    );
    assert_eq!(lone_omissions(&h), 0);
}

#[test]
fn saving_writes_a_report_to_a_given_path() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    let dir = tempfile::tempdir().unwrap();
    for name in ["r.html", "r.md", "r.json"] {
        let path = dir.path().join(name);
        h.state_mut().command(Command::SaveTo(path.clone()));
        h.run_steps(2);
        let text = std::fs::read_to_string(&path).expect("report written");
        match name {
            "r.html" => assert!(text.starts_with("<!DOCTYPE html>")),
            "r.md" => assert!(text.starts_with("# How 5 versions")),
            _ => crate::common::validate_report_file(&path),
        }
    }
    assert!(
        h.state()
            .rt
            .notices
            .iter()
            .any(|n| !n.error && n.text.contains("Report saved"))
    );
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropped_files_are_added_to_the_versions_open() {
    let mut h = harness(vec![
        fixture("ingest/menus.txt"),
        fixture("ingest/cp1252.txt"),
    ]);
    settle(&mut h);
    assert_eq!(h.state().comparison().unwrap().versions.len(), 2);
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(fixture("ingest/wire_wrapped.txt"))));
    h.step();
    settle(&mut h);
    assert_eq!(h.state().comparison().unwrap().versions.len(), 3);
    assert_eq!(
        h.state().persisted.recent.len(),
        3,
        "opened files are remembered"
    );
}

#[test]
fn dropping_files_on_the_sample_replaces_it() {
    let mut h = harness(Vec::new());
    settle(&mut h);
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(fixture("ingest/menus.txt"))));
    h.step();
    settle(&mut h);
    let c = h.state().comparison().unwrap();
    assert_eq!(c.versions.len(), 1);
    assert!(c.versions[0].path.ends_with("menus.txt"));
}

/// Frame time with 20 versions: run by hand, prints numbers, asserts nothing
/// about time (`cargo test --release -- --ignored frame_time --nocapture`).
#[test]
#[ignore]
fn frame_time_with_24_versions() {
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("python3")
        .arg(crate::common::root().join("scripts/make-versions.py"))
        .arg("24")
        .arg(dir.path())
        .arg("700")
        .status()
        .expect("python3 runs the generator");
    assert!(status.success());
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut h = harness(files);
    settle(&mut h);
    // First frame after loading lays out the visible rows.
    let t0 = Instant::now();
    h.step();
    let first = t0.elapsed();
    let frames = 120;
    let t0 = Instant::now();
    for i in 0..frames {
        if i % 10 == 0 {
            h.key_press(Key::F8); // move through the differences, scrolling
        }
        h.step();
    }
    let per = t0.elapsed() / frames;
    println!(
        "24 versions: first frame {first:?}, then {per:?} per frame over {frames} frames (layout and tessellation, no GPU)"
    );
}

/// What a comparison shows, to compare two windows by.
fn shown(h: &Harness<'static, ParallaxApp>) -> serde_json::Value {
    let c = h.state().comparison().expect("a comparison");
    serde_json::json!({
        "outlets": c.versions.iter().map(|v| v.outlet.clone()).collect::<Vec<_>>(),
        "rows": serde_json::to_value(&c.alignment).unwrap(),
        "quotes": serde_json::to_value(&c.quotes).unwrap(),
        "figures": serde_json::to_value(&c.figures).unwrap(),
        "framing": serde_json::to_value(&c.framing).unwrap(),
        "entities": serde_json::to_value(&c.entities).unwrap(),
        "view_rows": h.state().view().rows.len(),
    })
}

#[test]
fn web_pages_and_a_file_saved_then_reopened_show_the_same() {
    let base = crate::web::start_server();
    let pages = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Vec::new());
    settle(&mut h);
    h.state_mut().set_page_dir(pages.path().to_path_buf());
    // File ▸ Open URL…, two addresses typed.
    h.state_mut().command(Command::OpenUrlField);
    h.run_steps(2);
    h.state_mut().rt.path_field = format!("{base}/coast.html {base}/island.html");
    h.state_mut().command(Command::SubmitPath);
    h.run_steps(2);
    settle(&mut h);
    h.state_mut()
        .command(Command::Add(vec![fixture("ingest/wire_wrapped.txt")]));
    h.run_steps(1);
    settle(&mut h);
    let before = shown(&h);
    assert_eq!(before["outlets"].as_array().unwrap().len(), 3, "{before}");
    assert!(h.query_all_by_label("Coast Herald").count() >= 1);
    let saved = dir.path().join("ferry.json");
    h.state_mut().command(Command::SaveTo(saved.clone()));
    h.run_steps(2);
    crate::common::validate_report_file(&saved);
    drop(h);

    // Started again on the saved report: the same comparison, without
    // reading the pages again; the originals are at hand, so it can recompare.
    let mut h = harness(vec![saved.clone()]);
    settle(&mut h);
    assert_eq!(shown(&h), before);
    assert!(h.query_all_by_label("Island Post").count() >= 1);
    let s = h.state().saved_report().expect("opened as a saved report");
    assert_eq!(s.originals, parallax::report::saved::Originals::Available);
    assert!(
        h.state()
            .rt
            .notices
            .iter()
            .any(|n| n.text.contains("Opened the saved comparison"))
    );
    h.state_mut().command(Command::Recompare);
    h.run_steps(1);
    settle(&mut h);
    assert!(h.state().saved_report().is_none());
    assert_eq!(shown(&h)["rows"], before["rows"]);

    // With a page gone, the saved comparison is still shown as saved.
    drop(h);
    let page = before_page(&saved);
    std::fs::remove_file(&page).unwrap();
    let mut h = harness(vec![saved]);
    settle(&mut h);
    assert_eq!(shown(&h), before);
    match &h.state().saved_report().unwrap().originals {
        parallax::report::saved::Originals::Unavailable { path, reason } => {
            assert_eq!(path, &page.to_string_lossy());
            assert!(reason.contains("no longer there"));
        }
        other => panic!("{other:?}"),
    }
}

/// The kept copy of the first fetched page named in a saved report.
fn before_page(saved: &Path) -> PathBuf {
    let c = parallax::report::saved::read(saved).unwrap();
    PathBuf::from(&c.versions.iter().find(|v| v.url.is_some()).unwrap().path)
}

#[test]
fn tables_are_saved_into_a_folder() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    let dir = tempfile::tempdir().unwrap();
    let tables = dir.path().join("tables");
    h.state_mut().command(Command::TablesTo(tables.clone()));
    h.run_steps(2);
    for (name, _) in parallax::report::csv::TABLES {
        assert!(tables.join(name).is_file(), "{name}");
    }
    assert!(
        h.state()
            .rt
            .notices
            .iter()
            .any(|n| !n.error && n.text.contains("Tables saved"))
    );
}

#[test]
fn the_sources_tab_shows_credits_families_and_own_reporting() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    h.get_by_label_contains("Sources (").click();
    h.run_steps(2);
    let (outlets, family_member, own_para) = {
        let c = h.state().comparison().unwrap();
        let fam = c
            .provenance
            .families
            .first()
            .expect("the sample has a copy family")
            .clone();
        let member = fam
            .iter()
            .copied()
            .find(|&v| c.provenance.own.get(v).is_some_and(|o| !o.is_empty()))
            .expect("a family member with paragraphs of its own");
        let own = c.provenance.own[member][0];
        (
            c.versions
                .iter()
                .map(|v| v.outlet.clone())
                .collect::<Vec<_>>(),
            member,
            own,
        )
    };
    assert!(h.query_all_by_label_contains("independent source").count() >= 1);
    assert!(
        h.query_all_by_label_contains("family 1 (same copy as")
            .count()
            >= 2
    );
    for o in &outlets {
        assert!(h.query_all_by_label(o).count() >= 1, "{o} not listed");
    }
    // A paragraph of its own is one click away.
    let label = format!("¶{}", own_para + 1);
    let before = h.state().rt.selected_row;
    let hits: Vec<_> = h.query_all_by_label(&label).collect();
    assert!(!hits.is_empty(), "{label} for version {family_member}");
    drop(hits);
    // Click each candidate until the selection lands on that paragraph's row.
    let target = {
        let c = h.state().comparison().unwrap();
        c.alignment
            .iter()
            .position(|r| r.cells[family_member].contains(&own_para))
            .unwrap()
    };
    let n = h.query_all_by_label(&label).count();
    for i in 0..n {
        h.query_all_by_label(&label).nth(i).unwrap().click();
        h.run_steps(2);
        if h.state().rt.selected_row == Some(target) {
            break;
        }
    }
    assert_ne!(h.state().rt.selected_row, before);
    assert_eq!(h.state().rt.selected_row, Some(target));
    // Marking a version's shared copy gives those words a ground of their
    // own in the columns, in it and in its partners; a second click clears.
    let marked = |h: &Harness<'static, ParallaxApp>| -> Vec<usize> {
        let mut vs: Vec<usize> = h
            .state()
            .view()
            .rows
            .iter()
            .flat_map(|r| r.cells.iter().flatten())
            .filter(|cell| cell.segments.iter().any(|s| s.style.shared))
            .map(|cell| cell.version)
            .collect();
        vs.sort_unstable();
        vs.dedup();
        vs
    };
    assert!(marked(&h).is_empty());
    h.query_all_by_label("Mark shared copy")
        .next()
        .expect("a version with shared copy")
        .click();
    h.run_steps(3);
    let v = h.state().rt.shared_with.expect("a version chosen");
    let shown = marked(&h);
    assert!(shown.contains(&v) && shown.len() >= 2, "{shown:?}");
    assert!(h.query_by_label_contains("copy shared with").is_some());
    h.query_all_by_label("Mark shared copy")
        .next()
        .unwrap()
        .click();
    h.run_steps(3);
    assert!(marked(&h).is_empty());
}

/// A pointer button pressed or released at `at`.
fn button(
    h: &mut Harness<'static, ParallaxApp>,
    at: egui::Pos2,
    button: egui::PointerButton,
    pressed: bool,
) {
    h.event(egui::Event::PointerButton {
        pos: at,
        button,
        pressed,
        modifiers: egui::Modifiers::NONE,
    });
}

/// Text the app put on the clipboard during the last few frames.
fn copied(h: &mut Harness<'static, ParallaxApp>) -> Option<String> {
    for _ in 0..4 {
        h.step();
        for cmd in &h.output().platform_output.commands {
            if let egui::OutputCommand::CopyText(t) = cmd {
                return Some(t.clone());
            }
        }
    }
    None
}

#[test]
fn right_click_copies_a_paragraph_and_a_citation() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    // The first row where the first visible version has text.
    let (row, text, outlet) = {
        let c = h.state().comparison().unwrap();
        let r = h
            .state()
            .view()
            .rows
            .iter()
            .find(|r| {
                r.cells.iter().all(Option::is_some)
                    && r.cells[0].as_ref().unwrap().paragraphs.len() == 1
            })
            .expect("a row every version has");
        let cell = r.cells[0].as_ref().unwrap();
        (
            r.index,
            c.versions[cell.version].paragraphs[cell.paragraphs[0]]
                .text
                .clone(),
            c.versions[cell.version].outlet.clone(),
        )
    };
    h.state_mut().command(Command::Reveal(row));
    h.run_steps(3);
    let label = format!("Row {} ", row + 1);
    // Right-click the row's first column (the left part of the row).
    let node = h.get_by_label_contains(&label);
    let rect = node.rect();
    let at = egui::pos2(rect.left() + 140.0, rect.top() + 12.0);
    h.hover_at(at);
    button(&mut h, at, egui::PointerButton::Secondary, true);
    button(&mut h, at, egui::PointerButton::Secondary, false);
    h.run_steps(2);
    h.get_by_label("Copy text").click();
    assert_eq!(copied(&mut h).as_deref(), Some(text.as_str()));
    // Again, as a citation: the text, then the outlet and headline.
    h.hover_at(at);
    for pressed in [true, false] {
        button(&mut h, at, egui::PointerButton::Secondary, pressed);
    }
    h.run_steps(2);
    h.get_by_label_contains("Copy as citation").click();
    let cite = copied(&mut h).expect("a citation copied");
    assert!(
        cite.starts_with(&text) && cite.contains(&format!("— {outlet}, ")),
        "{cite}"
    );
}

#[test]
fn text_dragged_over_in_a_cell_is_copied_with_ctrl_c() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    let (row, text) = {
        let c = h.state().comparison().unwrap();
        let r = h
            .state()
            .view()
            .rows
            .iter()
            .find(|r| {
                r.cells[0].as_ref().is_some_and(|cell| {
                    cell.paragraphs.len() == 1
                        && c.versions[cell.version].paragraphs[cell.paragraphs[0]]
                            .text
                            .len()
                            > 120
                })
            })
            .expect("a row whose first column holds a long paragraph");
        let cell = r.cells[0].as_ref().unwrap();
        (
            r.index,
            c.versions[cell.version].paragraphs[cell.paragraphs[0]]
                .text
                .clone(),
        )
    };
    h.state_mut().command(Command::Reveal(row));
    h.run_steps(3);
    let rect = h.get_by_label_contains(&format!("Row {} ", row + 1)).rect();
    // Drag along the first line of the first column's text.
    let from = egui::pos2(rect.left() + 100.0, rect.top() + 14.0);
    let to = egui::pos2(rect.left() + 220.0, rect.top() + 14.0);
    h.hover_at(from);
    button(&mut h, from, egui::PointerButton::Primary, true);
    h.step();
    for k in 1..=6 {
        h.hover_at(from + (to - from) * (k as f32 / 6.0));
        h.step();
    }
    button(&mut h, to, egui::PointerButton::Primary, false);
    h.step();
    h.event(egui::Event::Copy);
    let got = copied(&mut h).expect("the selected words reach the clipboard");
    assert!(got.trim().len() >= 5, "too little copied: {got:?}");
    assert!(
        text.contains(got.trim()),
        "{got:?} is not part of the paragraph {text:?}"
    );
}

#[test]
fn clicking_a_cells_text_selects_its_row() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    let row = h
        .state()
        .view()
        .rows
        .iter()
        .filter(|r| r.cells[0].is_some())
        .nth(2)
        .expect("three rows with text in the first column")
        .index;
    h.state_mut().command(Command::Reveal(row));
    h.run_steps(3);
    h.state_mut().rt.selected_row = None;
    let rect = h.get_by_label_contains(&format!("Row {} ", row + 1)).rect();
    let at = egui::pos2(rect.left() + 120.0, rect.top() + 14.0);
    h.hover_at(at);
    for pressed in [true, false] {
        button(&mut h, at, egui::PointerButton::Primary, pressed);
    }
    h.run_steps(2);
    assert_eq!(h.state().rt.selected_row, Some(row));
}

#[test]
fn several_notices_fold_into_one_line_and_go_at_once() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    let dir = tempfile::tempdir().unwrap();
    let mut more: Vec<PathBuf> = (0..3)
        .map(|i| dir.path().join(format!("gone-{i}.txt")))
        .collect();
    more.push(fixture("ingest/wire_wrapped.txt"));
    h.state_mut()
        .command(Command::Add(vec![fixture("ingest/menus.txt")]));
    h.run_steps(1);
    settle(&mut h);
    h.state_mut().command(Command::Add(more));
    h.run_steps(1);
    settle(&mut h);
    let n = h.state().rt.notices.len();
    assert!(n >= 4, "{:?}", h.state().rt.notices);
    assert!(
        h.state()
            .rt
            .notices
            .iter()
            .any(|x| x.text.starts_with("Added 1 version: ")),
        "{:?}",
        h.state().rt.notices
    );
    assert!(
        h.query_by_label(&format!("{n} messages, 3 about problems"))
            .is_some()
    );
    // Only the latest is listed until asked.
    assert_eq!(h.query_all_by_label("Dismiss").count(), 1);
    h.get_by_label("Show all").click();
    h.run_steps(2);
    assert_eq!(h.query_all_by_label("Dismiss").count(), n);
    // Adding a file already open says so instead of doing nothing.
    h.state_mut()
        .command(Command::Add(vec![fixture("ingest/menus.txt")]));
    h.run_steps(2);
    assert!(
        h.state()
            .rt
            .notices
            .iter()
            .any(|x| x.text.starts_with("Already open:"))
    );
    h.get_by_label("Dismiss all").click();
    h.run_steps(2);
    assert!(h.state().rt.notices.is_empty());
}

#[test]
fn f3_steps_through_search_hits_with_a_count() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    h.state_mut().command(Command::OpenSearch);
    h.run_steps(2);
    h.state_mut().rt.search = "Bridge".into();
    h.run_steps(2);
    let total = h
        .state()
        .view()
        .rows
        .iter()
        .filter(|r| r.search_hit)
        .count();
    assert!(
        total >= 2,
        "open {} search {:?} rows {}",
        h.state().rt.search_open,
        h.state().rt.search,
        h.state().view().rows.len()
    );
    h.state_mut().command(Command::NextSearchHit);
    h.run_steps(2);
    assert!(h.query_by_label(&format!("1 of {total}")).is_some());
    h.state_mut().command(Command::NextSearchHit);
    h.run_steps(2);
    assert!(h.query_by_label(&format!("2 of {total}")).is_some());
    h.state_mut().command(Command::PreviousSearchHit);
    h.state_mut().command(Command::PreviousSearchHit);
    h.run_steps(2);
    assert!(h.query_by_label(&format!("{total} of {total}")).is_some());
}

#[test]
fn a_story_is_remembered_and_reopened_as_a_whole() {
    let story = vec![
        fixture("ingest/menus.txt"),
        fixture("ingest/wire_wrapped.txt"),
    ];
    let mut h = harness(story.clone());
    settle(&mut h);
    assert_eq!(h.state().persisted.stories.first(), Some(&story));
    let persisted = h.state().persisted.clone();
    drop(h);
    // Next run, on another file: the story is one command away.
    let mut h = harness_with(persisted, vec![fixture("ingest/repeated_captions.txt")]);
    settle(&mut h);
    h.get_by_label("File").click();
    h.run_steps(2);
    assert!(h.query_by_label("Reopen last story (2 files)").is_some());
    h.get_by_label("Reopen last story (2 files)").click();
    h.run_steps(1);
    settle(&mut h);
    let paths: Vec<PathBuf> = h
        .state()
        .comparison()
        .unwrap()
        .versions
        .iter()
        .map(|v| PathBuf::from(&v.path))
        .collect();
    assert_eq!(paths, story);
}

#[test]
fn an_outlet_renamed_in_the_versions_bar_keeps_its_name() {
    let files = sample_paths();
    let mut h = harness(files.clone());
    settle(&mut h);
    let (old, path) = {
        let c = h.state().comparison().unwrap();
        (c.versions[0].outlet.clone(), c.versions[0].path.clone())
    };
    // Right-click the name, Rename: it becomes a text field; give another
    // name and press Enter.
    // (A double-click does the same; kittest clicks through accesskit,
    // which has no double-click, so the test takes the menu.)
    h.query_all_by_label(&old)
        .next()
        .expect("outlet shown")
        .click_secondary();
    h.run_steps(2);
    h.get_by_label("Rename outlet…").click();
    h.run_steps(2);
    assert_eq!(
        h.state().rt.renaming.as_ref().map(|r| r.0),
        Some(0),
        "the menu starts editing"
    );
    h.state_mut().rt.renaming = Some((0, "Wire Desk".to_string()));
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let c = h.state().comparison().unwrap();
    assert_eq!(c.versions[0].outlet, "Wire Desk");
    assert!(
        c.framing
            .iter()
            .all(|f| !f.detail.contains(&format!("{old} "))),
        "framing details name the new outlet"
    );
    assert_eq!(
        h.state()
            .persisted
            .outlet_names
            .get(&path)
            .map(String::as_str),
        Some("Wire Desk")
    );
    assert!(h.query_by_label("Wire Desk").is_some());
    // Next run, the same file: the same name.
    let persisted = h.state().persisted.clone();
    drop(h);
    let mut h = harness_with(persisted, files);
    settle(&mut h);
    assert_eq!(
        h.state().comparison().unwrap().versions[0].outlet,
        "Wire Desk"
    );
}

#[test]
fn a_story_reopens_where_it_was_left() {
    let files = sample_paths();
    let mut h = harness(files.clone());
    settle(&mut h);
    let last = h.state().comparison().unwrap().alignment.len() - 1;
    h.state_mut().rt.selected_row = Some(last);
    h.state_mut().rt.scroll_to_selected = true;
    h.run_steps(6);
    let key = parallax::app::state::story_key(&files);
    let left = *h
        .state()
        .persisted
        .positions
        .get(&key)
        .expect("the position is kept");
    assert!(left > 0, "scrolled down to row {left}");
    let persisted = h.state().persisted.clone();
    drop(h);
    let mut h = harness_with(persisted, files);
    settle(&mut h);
    h.run_steps(6);
    assert_eq!(h.state().rt.top_row, Some(left));
}

#[test]
fn dragging_a_header_edge_widens_the_columns() {
    let mut h = harness(sample_paths());
    settle(&mut h);
    assert_eq!(h.state().persisted.column_width, None);
    let outlet = {
        let c = h.state().comparison().unwrap();
        c.versions[h.state().rt.order[0]].outlet.clone()
    };
    let edge = h
        .get_by_label(&format!("Column width at {outlet}"))
        .rect()
        .center();
    h.hover_at(edge);
    h.step();
    h.drag_at(edge);
    h.step();
    for dx in [20.0, 40.0, 60.0] {
        h.hover_at(edge + egui::vec2(dx, 0.0));
        h.step();
    }
    h.drop_at(edge + egui::vec2(60.0, 0.0));
    h.run_steps(2);
    let w = h.state().persisted.column_width.expect("a width was set");
    let edge_after = h
        .get_by_label(&format!("Column width at {outlet}"))
        .rect()
        .center();
    // The first column's edge followed the pointer.
    assert!(
        (edge_after.x - (edge.x + 60.0)).abs() < 2.0,
        "{edge:?} -> {edge_after:?}, width {w}"
    );
}
