//! The desktop window (eframe/egui). Loading and analysis run on a
//! background thread; panels draw a view model built from the shared
//! comparison and return commands, applied after the frame; settings that
//! outlive a run (recent files, theme, panel layout) are persisted apart
//! from runtime state.

pub mod commands;
pub mod panels;
pub mod sample;
pub mod state;
pub mod theme;
pub mod view;
pub mod worker;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers, RichText};

use crate::model::Comparison;
use crate::report::saved::Originals;
use crate::report::{self, ReportFormat};
use commands::Command;
use panels::side_by_side::LayoutCache;
use state::{Busy, PathPurpose, Persisted, Runtime};

/// How long a row flashes when a finding opens onto it, in seconds.
const FLASH_SECONDS: f64 = 1.2;
use view::{EntityLine, Filter, SideBySide};
use worker::{Message, Worker};

const TITLE: &str = "Parallax";

/// The application.
pub struct ParallaxApp {
    pub persisted: Persisted,
    pub rt: Runtime,
    worker: Worker,
    view: SideBySide,
    filter: Option<Filter>,
    generation: u64,
    entity_lines: Vec<EntityLine>,
    /// Counts shown on the findings tabs, per comparison.
    counts: crate::report::summary::Summary,
    entity_key: Option<(u64, String)>,
    rows: HashMap<(usize, usize), usize>,
    cache: LayoutCache,
    cmds: Vec<Command>,
}

impl ParallaxApp {
    /// The app as eframe creates it: settings from storage, then the files
    /// given (or the bundled sample story) loaded in the background.
    pub fn new(cc: &eframe::CreationContext<'_>, files: Vec<PathBuf>) -> Self {
        let persisted: Persisted = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        Self::with_settings(persisted, Some(cc.egui_ctx.clone()), files)
    }

    /// The app with given settings (tests use this).
    pub fn with_settings(
        persisted: Persisted,
        ctx: Option<egui::Context>,
        files: Vec<PathBuf>,
    ) -> Self {
        if let Some(ctx) = &ctx {
            theme::apply(ctx, persisted.dark);
        }
        let mut app = ParallaxApp {
            persisted,
            rt: Runtime::default(),
            worker: Worker::new(ctx),
            view: SideBySide::default(),
            filter: None,
            generation: 0,
            entity_lines: Vec::new(),
            counts: Default::default(),
            entity_key: None,
            rows: HashMap::new(),
            cache: LayoutCache::default(),
            cmds: Vec::new(),
        };
        let files = if files.is_empty() {
            match sample::paths() {
                Ok(p) => p,
                Err(e) => {
                    app.rt.notify(
                        format!("The bundled sample story could not be opened: {e}"),
                        true,
                    );
                    Vec::new()
                }
            }
        } else {
            files
        };
        if !files.is_empty() {
            app.load(files);
        }
        app
    }

    /// The comparison on screen, once loaded.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.rt.comparison.as_deref()
    }

    /// Nothing is loading.
    pub fn is_idle(&self) -> bool {
        self.rt.busy == Busy::Idle
    }

    /// The sentence under the pointer in the side-by-side view and the
    /// sentences lit with it (its counterparts in other versions).
    pub fn hovered_sentence(&self) -> Option<(crate::link::Place, Vec<crate::link::Place>)> {
        self.cache.hovered()
    }

    /// The side-by-side view model as last built.
    pub fn view(&self) -> &SideBySide {
        &self.view
    }

    /// Queue a command as if the user had given it.
    pub fn command(&mut self, cmd: Command) {
        self.cmds.push(cmd);
    }

    fn load(&mut self, paths: Vec<PathBuf>) {
        self.rt.paths = paths.clone();
        self.rt.busy = Busy::Working {
            what: "Reading files".into(),
            done: 0,
            total: paths.len() + 1,
        };
        let pages = self
            .rt
            .page_dir
            .clone()
            .unwrap_or_else(crate::ingest::fetch::default_page_dir);
        self.worker.compare(paths, pages);
    }

    /// Keep fetched web pages in `dir` instead of the user's cache folder.
    pub fn set_page_dir(&mut self, dir: PathBuf) {
        self.rt.page_dir = Some(dir);
    }

    /// The saved report on screen, if the comparison was read from one.
    pub fn saved_report(&self) -> Option<&worker::Saved> {
        self.rt.saved.as_ref()
    }

    /// The files to build on when adding or removing a version: the ones on
    /// screen, or for a saved comparison its original files when they are
    /// all still at hand (else none, with a notice saying why).
    fn base_paths(&mut self) -> Vec<PathBuf> {
        match &self.rt.saved {
            None => self.rt.paths.clone(),
            Some(s) => match &s.originals {
                Originals::Available => self.rt.paths.clone(),
                Originals::Unavailable { path, reason } => {
                    let text = format!(
                        "The saved comparison cannot be extended or changed: its file {path} {reason}. The new files are compared on their own."
                    );
                    self.rt.notify(text, true);
                    Vec::new()
                }
            },
        }
    }

    /// Handle what the background threads reported.
    fn receive(&mut self) {
        for m in self.worker.poll() {
            match m {
                Message::Progress { what, done, total } => {
                    self.rt.busy = Busy::Working { what, done, total }
                }
                Message::Compared {
                    comparison,
                    warnings,
                    saved,
                } => {
                    self.rt.busy = Busy::Idle;
                    if comparison.is_some() {
                        if let Some(s) = &saved {
                            let state = match &s.originals {
                                Originals::Available => "its original files are all at hand (File > Recompare from original files compares them again)".to_string(),
                                Originals::Unavailable { path, reason } => format!("shown as saved: {path} {reason}"),
                            };
                            let generator = comparison
                                .as_ref()
                                .map(|c| c.generator.clone())
                                .unwrap_or_default();
                            self.rt.notify(
                                format!("Opened the saved comparison {} (made by {generator}); {state}.", s.path.display()),
                                false,
                            );
                            self.persisted.remember(std::slice::from_ref(&s.path));
                        }
                        self.rt.saved = saved;
                    }
                    for w in &warnings {
                        self.rt
                            .notify(format!("{} was left out: {}", w.path, w.message), true);
                    }
                    let failed: Vec<&str> = warnings.iter().map(|w| w.path.as_str()).collect();
                    self.rt
                        .paths
                        .retain(|p| !failed.contains(&p.to_string_lossy().as_ref()));
                    match comparison {
                        Some(c) => {
                            let loaded: Vec<PathBuf> =
                                c.versions.iter().map(|v| PathBuf::from(&v.path)).collect();
                            if !sample::is_sample(&loaded) && self.rt.saved.is_none() {
                                self.persisted.remember(&loaded);
                                self.persisted.remember_story(&loaded);
                            }
                            if let Some(before) = self.rt.versions_before_add.take()
                                && c.versions.len() > before
                                && before > 0
                            {
                                let added: Vec<&str> = c.versions[before..]
                                    .iter()
                                    .map(|v| v.outlet.as_str())
                                    .collect();
                                self.rt.notify(
                                    format!(
                                        "Added {} version{}: {}",
                                        added.len(),
                                        if added.len() == 1 { "" } else { "s" },
                                        added.join(", ")
                                    ),
                                    false,
                                );
                            }
                            self.rt.paths = loaded;
                            self.rt.order.clear();
                            // What depends only on the comparison is worked out once.
                            // What reading or comparing a version found that
                            // the user should know (a fallback, a version
                            // that is probably another story), once.
                            for v in &c.versions {
                                for n in &v.notes {
                                    let text = format!("{}: {n}", v.outlet);
                                    if !self.rt.notices.iter().any(|x| x.text == text) {
                                        self.rt.notify(text, false);
                                    }
                                }
                            }
                            // A story opened before comes back where it was left.
                            self.rt.story = state::story_key(&self.rt.paths);
                            // Positions are kept for the stories remembered.
                            let kept: std::collections::HashSet<String> = self
                                .persisted
                                .stories
                                .iter()
                                .map(|s| state::story_key(s))
                                .collect();
                            let current = self.rt.story.clone();
                            self.persisted
                                .positions
                                .retain(|k, _| kept.contains(k) || *k == current);
                            self.rt.top_row = None;
                            self.rt.scroll_to_top = self
                                .persisted
                                .positions
                                .get(&self.rt.story)
                                .copied()
                                .filter(|&r| r > 0 && r < c.alignment.len());
                            // Outlet names the user gave these files before.
                            let mut c = c;
                            rename_outlets(&mut c, &self.persisted.outlet_names);
                            self.rows = view::row_of(&c);
                            self.counts = crate::report::summary::summarize(&c);
                            self.rt.adopt(Arc::new(*c));
                            self.filter = None;
                        }
                        None => {
                            if !warnings.is_empty() {
                                self.rt
                                    .notify("No file could be used; nothing to compare.", true);
                            }
                            self.rt.comparison = None;
                            self.filter = None;
                        }
                    }
                }
                Message::Picked { paths, shown } => {
                    if !shown {
                        self.rt.dialog_unavailable = true;
                        self.rt.path_field_open = true;
                        self.rt.path_field_purpose = PathPurpose::Open;
                    } else if !paths.is_empty() {
                        self.cmds.push(Command::Add(paths));
                    }
                }
                Message::SaveTo { path, shown } => {
                    if !shown {
                        self.rt.dialog_unavailable = true;
                        self.rt.path_field_open = true;
                        self.rt.path_field_purpose = PathPurpose::Save;
                    } else if let Some(p) = path {
                        self.cmds.push(Command::SaveTo(p));
                    }
                }
                Message::TablesTo { path, shown } => {
                    if !shown {
                        self.rt.dialog_unavailable = true;
                        self.rt.path_field_open = true;
                        self.rt.path_field_purpose = PathPurpose::Tables;
                    } else if let Some(p) = path {
                        self.cmds.push(Command::TablesTo(p));
                    }
                }
            }
        }
    }

    /// Rebuild the view model when what it shows has changed.
    fn refresh_view(&mut self) {
        let Some(c) = self.rt.comparison.clone() else {
            self.view = SideBySide::default();
            return;
        };
        let filter = Filter {
            visible: self.rt.visible(),
            base: self.rt.base,
            search: if self.rt.search_open {
                self.rt.search.clone()
            } else {
                String::new()
            },
            highlight: self.rt.highlight_entity.clone(),
            differences_only: self.persisted.differences_only,
            shared_with: self.rt.shared_with,
        };
        if self.filter.as_ref() != Some(&filter) {
            self.view = view::side_by_side(&c, &filter);
            self.filter = Some(filter);
            self.generation += 1;
        }
        let key = (self.generation, self.rt.entity_filter.clone());
        if self.entity_key.as_ref() != Some(&key) {
            self.entity_lines = view::entity_lines(&c, &self.rows, &self.rt.entity_filter);
            self.entity_key = Some(key);
        }
    }

    /// Keyboard shortcuts and dropped files become commands.
    fn read_input(&mut self, ctx: &egui::Context) {
        let shortcuts = [
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
                Command::OpenDialog,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
                Command::SaveDialog,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::L),
                Command::OpenUrlField,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::F),
                Command::OpenSearch,
            ),
            (
                KeyboardShortcut::new(Modifiers::SHIFT, Key::F8),
                Command::PreviousDifference,
            ),
            (
                KeyboardShortcut::new(Modifiers::SHIFT, Key::F3),
                Command::PreviousSearchHit,
            ),
            (
                KeyboardShortcut::new(Modifiers::NONE, Key::F3),
                Command::NextSearchHit,
            ),
            (
                KeyboardShortcut::new(Modifiers::NONE, Key::F8),
                Command::NextDifference,
            ),
            (
                KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown),
                Command::NextDifference,
            ),
            (
                KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp),
                Command::PreviousDifference,
            ),
        ];
        ctx.input_mut(|i| {
            for (sc, cmd) in shortcuts {
                if i.consume_shortcut(&sc) {
                    self.cmds.push(cmd);
                }
            }
        });
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            self.cmds.push(Command::Add(dropped));
        }
    }

    /// Apply the commands of this frame.
    fn apply(&mut self, ctx: &egui::Context) {
        let cmds = std::mem::take(&mut self.cmds);
        for cmd in cmds {
            match cmd {
                Command::OpenDialog => self.worker.pick_files(
                    self.persisted
                        .recent
                        .first()
                        .and_then(|p| p.parent().map(Path::to_path_buf)),
                ),
                Command::Add(paths)
                    if paths.len() == 1 && report::saved::is_report_file(&paths[0]) =>
                {
                    // A saved comparison replaces what is on screen.
                    self.load(paths);
                }
                Command::Add(paths) => {
                    let mut all = self.base_paths();
                    if self.rt.comparison.as_ref().is_some_and(|c| {
                        sample::is_sample(
                            &c.versions
                                .iter()
                                .map(|v| PathBuf::from(&v.path))
                                .collect::<Vec<_>>(),
                        )
                    }) {
                        all.clear(); // new files replace the sample story
                    }
                    let open_urls: Vec<String> = self
                        .rt
                        .comparison
                        .as_ref()
                        .map(|c| c.versions.iter().filter_map(|v| v.url.clone()).collect())
                        .unwrap_or_default();
                    let before = all.len();
                    let mut already = Vec::new();
                    for p in paths {
                        let text = p.to_string_lossy().to_string();
                        if all.contains(&p) || open_urls.contains(&text) {
                            already.push(text);
                        } else {
                            all.push(p);
                        }
                    }
                    if !already.is_empty() {
                        self.rt
                            .notify(format!("Already open: {}", already.join(", ")), false);
                    }
                    if all.len() == before {
                        continue; // nothing new to compare
                    }
                    self.rt.versions_before_add = Some(before);
                    self.load(all);
                }
                Command::RemoveVersion(v) => {
                    if v < self.rt.paths.len() {
                        let mut all = self.base_paths();
                        if all.is_empty() {
                            continue;
                        }
                        all.remove(v);
                        if all.is_empty() {
                            self.rt.paths.clear();
                            self.rt.comparison = None;
                            self.filter = None;
                        } else {
                            self.load(all);
                        }
                    }
                }
                Command::ToggleVersion(v) => {
                    if let Some(h) = self.rt.hidden.get_mut(v) {
                        *h = !*h;
                    }
                }
                Command::MoveVersion(v, d) => {
                    if let Some(pos) = self.rt.order.iter().position(|&x| x == v) {
                        let to = pos as isize + d;
                        if to >= 0 && (to as usize) < self.rt.order.len() {
                            self.rt.order.swap(pos, to as usize);
                        }
                    }
                }
                Command::SetBase(v) => self.rt.base = v,
                Command::ColumnWidth(w) => {
                    self.persisted.column_width = w.map(|w| {
                        w.clamp(
                            panels::side_by_side::NARROWEST,
                            panels::side_by_side::WIDEST,
                        )
                    });
                }
                Command::StartRename(v) => {
                    if let Some(c) = &self.rt.comparison {
                        self.rt.renaming = c.versions.get(v).map(|ver| (v, ver.outlet.clone()));
                    }
                }
                Command::RenameOutlet(v, name) => {
                    self.rt.renaming = None;
                    let name = name.trim().to_string();
                    if let Some(c) = self.rt.comparison.clone()
                        && let Some(ver) = c.versions.get(v)
                        && !name.is_empty()
                        && name != ver.outlet
                    {
                        self.persisted
                            .outlet_names
                            .insert(ver.path.clone(), name.clone());
                        let mut renamed = (*c).clone();
                        rename_outlets(&mut renamed, &self.persisted.outlet_names);
                        self.counts = crate::report::summary::summarize(&renamed);
                        self.rt.comparison = Some(Arc::new(renamed));
                        self.filter = None;
                    }
                }
                Command::SelectRow(r) => self.rt.selected_row = Some(r),
                Command::Reveal(r) => {
                    // A row hidden by the filter is shown again.
                    if !self.view.rows.iter().any(|row| row.index == r) {
                        self.persisted.differences_only = false;
                    }
                    self.rt.selected_row = Some(r);
                    self.rt.scroll_to_selected = true;
                    self.rt.flash_pending = true;
                }
                Command::NextDifference | Command::PreviousDifference => {
                    let forward = cmd == Command::NextDifference;
                    if let Some(r) =
                        view::step_difference(&self.view, self.rt.selected_row, forward)
                    {
                        self.rt.selected_row = Some(r);
                        self.rt.scroll_to_selected = true;
                    }
                }
                Command::NextSearchHit | Command::PreviousSearchHit => {
                    let forward = cmd == Command::NextSearchHit;
                    if !self.rt.search_open {
                        self.rt.search_open = true;
                        self.rt.focus_search = true;
                    }
                    if let Some(r) =
                        view::step_search_dir(&self.view, self.rt.selected_row, forward)
                    {
                        self.rt.selected_row = Some(r);
                        self.rt.scroll_to_selected = true;
                    }
                }
                Command::HighlightEntity(id) => self.rt.highlight_entity = id,
                Command::ShowShared(v) => self.rt.shared_with = v,
                Command::SaveDialog | Command::TablesDialog => {
                    if self.rt.comparison.is_none() {
                        self.rt
                            .notify("Nothing to save yet: open some files first.", true);
                    } else if cmd == Command::SaveDialog {
                        self.worker.pick_save();
                    } else {
                        self.worker.pick_tables_folder();
                    }
                }
                Command::SaveTo(path) => self.save_report(&path),
                Command::TablesTo(dir) => self.save_tables(&dir),
                Command::OpenUrlField => {
                    self.rt.path_field_open = true;
                    self.rt.path_field_purpose = PathPurpose::Url;
                    self.rt.path_field.clear();
                }
                Command::OpenStory(i) => {
                    if let Some(story) = self.persisted.stories.get(i).cloned() {
                        // A story replaces what is on screen.
                        self.rt.saved = None;
                        self.load(story);
                    }
                }
                Command::Recompare => {
                    if let Some(s) = &self.rt.saved {
                        match &s.originals {
                            Originals::Available => {
                                let paths = self.rt.paths.clone();
                                self.rt.saved = None;
                                self.load(paths);
                            }
                            Originals::Unavailable { path, reason } => {
                                let text = format!("Cannot compare again: {path} {reason}.");
                                self.rt.notify(text, true);
                            }
                        }
                    }
                }
                Command::ToggleTheme => {
                    self.persisted.dark = !self.persisted.dark;
                    theme::apply(ctx, self.persisted.dark);
                }
                Command::ToggleDifferencesOnly => {
                    self.persisted.differences_only = !self.persisted.differences_only
                }
                Command::ToggleEntities => {
                    self.persisted.show_entities = !self.persisted.show_entities
                }
                Command::ToggleFindings => {
                    self.persisted.show_findings = !self.persisted.show_findings
                }
                Command::ShowTab(t) => {
                    self.rt.tab = t;
                    self.persisted.show_findings = true;
                }
                Command::OpenSearch => {
                    self.rt.search_open = true;
                    self.rt.focus_search = true;
                }
                Command::DismissAllNotices => {
                    self.rt.notices.clear();
                    self.rt.notices_expanded = false;
                }
                Command::ToggleNotices => self.rt.notices_expanded = !self.rt.notices_expanded,
                Command::DismissNotice(i) => {
                    if i < self.rt.notices.len() {
                        self.rt.notices.remove(i);
                    }
                }
                Command::OpenPathField => {
                    self.rt.path_field_open = true;
                    self.rt.path_field_purpose = PathPurpose::Open;
                }
                Command::ClosePathField => self.rt.path_field_open = false,
                Command::SubmitPath => {
                    let text = self.rt.path_field.trim().to_string();
                    if !text.is_empty() {
                        self.rt.path_field_open = false;
                        match self.rt.path_field_purpose {
                            PathPurpose::Open => self.cmds.push(Command::Add(
                                text.split(';')
                                    .map(|s| PathBuf::from(s.trim()))
                                    .filter(|p| !p.as_os_str().is_empty())
                                    .collect(),
                            )),
                            PathPurpose::Save => {
                                self.cmds.push(Command::SaveTo(PathBuf::from(text)))
                            }
                            PathPurpose::Tables => {
                                self.cmds.push(Command::TablesTo(PathBuf::from(text)))
                            }
                            PathPurpose::Url => {
                                let urls: Vec<PathBuf> =
                                    text.split_whitespace().map(PathBuf::from).collect();
                                let bad: Vec<String> = urls
                                    .iter()
                                    .map(|u| u.to_string_lossy().to_string())
                                    .filter(|u| !crate::ingest::fetch::is_url(u))
                                    .collect();
                                if bad.is_empty() {
                                    self.cmds.push(Command::Add(urls));
                                } else {
                                    self.rt.notify(
                                        format!(
                                            "Not a web address (it must start with http:// or https://): {}",
                                            bad.join(", ")
                                        ),
                                        true,
                                    );
                                }
                            }
                        }
                        // Commands added here run on the next frame.
                        ctx.request_repaint();
                    }
                }
            }
        }
    }

    /// Save the report through the same writers the command line uses.
    fn save_report(&mut self, path: &Path) {
        let Some(c) = self.rt.comparison.as_deref() else {
            return;
        };
        let mut c = c.clone();
        c.settings.base = self.rt.base;
        match report::write_report(&c, ReportFormat::from_path(path), path) {
            Ok(()) => self
                .rt
                .notify(format!("Report saved to {}", path.display()), false),
            Err(e) => self
                .rt
                .notify(format!("The report could not be saved: {e}"), true),
        }
    }

    /// Write the CSV tables into a folder.
    fn save_tables(&mut self, dir: &Path) {
        let Some(c) = self.rt.comparison.as_deref() else {
            return;
        };
        match report::write_report(c, ReportFormat::Csv, dir) {
            Ok(()) => self.rt.notify(
                format!(
                    "Tables saved in {} ({})",
                    dir.display(),
                    report::csv::TABLES
                        .iter()
                        .map(|(name, _)| *name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                false,
            ),
            Err(e) => self
                .rt
                .notify(format!("The tables could not be saved: {e}"), true),
        }
    }

    fn menu(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open…  (Ctrl+O)").clicked() {
                    self.cmds.push(Command::OpenDialog);
                }
                if ui.button("Open URL…  (Ctrl+L)").clicked() {
                    self.cmds.push(Command::OpenUrlField);
                }
                if ui.button("Open by path…").clicked() {
                    self.cmds.push(Command::OpenPathField);
                }
                let last = self.persisted.stories.first().map(Vec::len);
                if ui
                    .add_enabled(
                        last.is_some(),
                        egui::Button::new(match last {
                            Some(n) => format!("Reopen last story ({n} files)"),
                            None => "Reopen last story".to_string(),
                        }),
                    )
                    .clicked()
                {
                    self.cmds.push(Command::OpenStory(0));
                }
                ui.menu_button("Open recent", |ui| {
                    if self.persisted.recent.is_empty() {
                        ui.label("No recent files");
                    }
                    if !self.persisted.stories.is_empty() {
                        ui.label(RichText::new("Stories").strong());
                        for (i, story) in self.persisted.stories.clone().iter().enumerate() {
                            let names: Vec<String> = story
                                .iter()
                                .map(|p| {
                                    p.file_name()
                                        .map(|n| n.to_string_lossy().to_string())
                                        .unwrap_or_default()
                                })
                                .collect();
                            let mut label = names.join(", ");
                            if label.chars().count() > 70 {
                                label = label.chars().take(69).collect::<String>() + "…";
                            }
                            let folder = story
                                .first()
                                .and_then(|p| p.parent())
                                .map(|d| d.display().to_string())
                                .unwrap_or_default();
                            if ui
                                .button(format!("{} files: {label}", story.len()))
                                .on_hover_text(folder)
                                .clicked()
                            {
                                self.cmds.push(Command::OpenStory(i));
                            }
                        }
                        ui.separator();
                        ui.label(RichText::new("Files").strong());
                    }
                    for p in self.persisted.recent.clone() {
                        if ui.button(p.display().to_string()).clicked() {
                            self.cmds.push(Command::Add(vec![p]));
                        }
                    }
                });
                ui.separator();
                if ui.button("Save report…  (Ctrl+S)").clicked() {
                    self.cmds.push(Command::SaveDialog);
                }
                if ui.button("Save tables (CSV)…").clicked() {
                    self.cmds.push(Command::TablesDialog);
                }
                if let Some(s) = &self.rt.saved {
                    let available = s.originals == Originals::Available;
                    let why = match &s.originals {
                        Originals::Available => {
                            "Read the original files again and compare them".to_string()
                        }
                        Originals::Unavailable { path, reason } => format!("{path} {reason}"),
                    };
                    if ui
                        .add_enabled(
                            available,
                            egui::Button::new("Recompare from original files"),
                        )
                        .on_hover_text(&why)
                        .on_disabled_hover_text(&why)
                        .clicked()
                    {
                        self.cmds.push(Command::Recompare);
                    }
                }
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                let mut dark = self.persisted.dark;
                if ui.checkbox(&mut dark, "Dark theme").clicked() {
                    self.cmds.push(Command::ToggleTheme);
                }
                let mut d = self.persisted.differences_only;
                if ui.checkbox(&mut d, "Differences only").clicked() {
                    self.cmds.push(Command::ToggleDifferencesOnly);
                }
                let mut e = self.persisted.show_entities;
                if ui.checkbox(&mut e, "Entity panel").clicked() {
                    self.cmds.push(Command::ToggleEntities);
                }
                let mut f = self.persisted.show_findings;
                if ui.checkbox(&mut f, "Findings panel").clicked() {
                    self.cmds.push(Command::ToggleFindings);
                }
            });
            ui.menu_button("Go", |ui| {
                if ui.button("Next difference  (F8)").clicked() {
                    self.cmds.push(Command::NextDifference);
                }
                if ui.button("Previous difference  (Shift+F8)").clicked() {
                    self.cmds.push(Command::PreviousDifference);
                }
                if ui.button("Find…  (Ctrl+F)").clicked() {
                    self.cmds.push(Command::OpenSearch);
                }
                if ui.button("Next hit  (F3)").clicked() {
                    self.cmds.push(Command::NextSearchHit);
                }
                if ui.button("Previous hit  (Shift+F3)").clicked() {
                    self.cmds.push(Command::PreviousSearchHit);
                }
            });
        });
    }

    fn toolbar(&mut self, ui: &mut egui::Ui, p: &theme::Palette) {
        ui.horizontal(|ui| {
            if ui.button("Open…").clicked() {
                self.cmds.push(Command::OpenDialog);
            }
            if ui.button("Save report…").clicked() {
                self.cmds.push(Command::SaveDialog);
            }
            ui.separator();
            if ui.button("Previous difference").clicked() {
                self.cmds.push(Command::PreviousDifference);
            }
            if ui.button("Next difference").clicked() {
                self.cmds.push(Command::NextDifference);
            }
            let mut d = self.persisted.differences_only;
            if ui.checkbox(&mut d, "Differences only").clicked() {
                self.cmds.push(Command::ToggleDifferencesOnly);
            }
            ui.separator();
            if self.rt.search_open {
                let resp = ui.add(
                    egui::TextEdit::singleline(&mut self.rt.search)
                        .hint_text("Find in all versions")
                        .desired_width(220.0),
                );
                if self.rt.focus_search {
                    resp.request_focus();
                    self.rt.focus_search = false;
                }
                if resp.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    self.cmds.push(Command::NextSearchHit);
                    resp.request_focus();
                }
                if !self.rt.search.trim().is_empty() {
                    let (n, total) = view::search_position(&self.view, self.rt.selected_row);
                    let text = match (n, total) {
                        (_, 0) => "no rows".to_string(),
                        (0, t) => format!("{t} rows (F3 for the first)"),
                        (n, t) => format!("{n} of {t}"),
                    };
                    ui.label(RichText::new(text).color(p.muted));
                    if ui
                        .small_button("<")
                        .on_hover_text("Previous hit (Shift+F3)")
                        .clicked()
                    {
                        self.cmds.push(Command::PreviousSearchHit);
                    }
                    if ui
                        .small_button(">")
                        .on_hover_text("Next hit (F3, Enter)")
                        .clicked()
                    {
                        self.cmds.push(Command::NextSearchHit);
                    }
                }
                if ui.button("Close").on_hover_text("Close search").clicked()
                    || ui.input(|i| i.key_pressed(Key::Escape))
                {
                    self.rt.search_open = false;
                }
            } else if ui.button("Find…").clicked() {
                self.cmds.push(Command::OpenSearch);
            }
            if let Busy::Working { what, done, total } = &self.rt.busy {
                ui.separator();
                ui.add(
                    egui::ProgressBar::new(*done as f32 / (*total).max(1) as f32)
                        .desired_width(160.0)
                        .text(what.clone())
                        .animate(true),
                );
            }
        });
    }

    fn notices(&mut self, ui: &mut egui::Ui, p: &theme::Palette) {
        let count = self.rt.notices.len();
        if count > 1 {
            // Several notices take one line until asked for.
            ui.horizontal(|ui| {
                let errors = self.rt.notices.iter().filter(|n| n.error).count();
                let text = if errors > 0 {
                    format!("{count} messages, {errors} about problems")
                } else {
                    format!("{count} messages")
                };
                ui.label(RichText::new(text).strong());
                let toggle = if self.rt.notices_expanded {
                    "Show only the latest"
                } else {
                    "Show all"
                };
                if ui.button(toggle).clicked() {
                    self.cmds.push(Command::ToggleNotices);
                }
                if ui.button("Dismiss all").clicked() {
                    self.cmds.push(Command::DismissAllNotices);
                }
            });
        }
        let first = if self.rt.notices_expanded || count <= 1 {
            0
        } else {
            count - 1
        };
        for (i, n) in self.rt.notices.clone().iter().enumerate().skip(first) {
            egui::Frame::new()
                .fill(p.notice_bg)
                .inner_margin(6.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let color = if n.error { p.error } else { p.text };
                        ui.label(
                            RichText::new(if n.error { "Problem:" } else { "Done:" }).color(color),
                        );
                        ui.label(RichText::new(&n.text).color(color));
                        if ui.button("Dismiss").clicked() {
                            self.cmds.push(Command::DismissNotice(i));
                        }
                    });
                });
        }
    }

    fn path_field(&mut self, ctx: &egui::Context) {
        if !self.rt.path_field_open {
            return;
        }
        let title = match self.rt.path_field_purpose {
            PathPurpose::Open => "Open files by path",
            PathPurpose::Save => "Save report to path",
            PathPurpose::Url => "Open web pages",
            PathPurpose::Tables => "Save tables to a folder",
        };
        egui::Window::new(title).collapsible(false).resizable(false).show(ctx, |ui| {
            if self.rt.dialog_unavailable && self.rt.path_field_purpose != PathPurpose::Url {
                ui.label("No file dialog can be shown on this system (no desktop portal and no zenity). Type a path instead.");
            }
            ui.label(match self.rt.path_field_purpose {
                PathPurpose::Open => "Path of a file to add (several: separate with ;)",
                PathPurpose::Save => "Path of the report (.html, .md or .json)",
                PathPurpose::Url => "Web address of a story (several: separate with spaces). Each page is fetched and kept in Parallax's page folder.",
                PathPurpose::Tables => "Folder for the CSV tables (made if missing)",
            });
            let resp = ui.add(egui::TextEdit::singleline(&mut self.rt.path_field).desired_width(420.0));
            let enter = resp.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                if ui.button("OK").clicked() || enter {
                    self.cmds.push(Command::SubmitPath);
                }
                if ui.button("Cancel").clicked() {
                    self.cmds.push(Command::ClosePathField);
                }
            });
        });
    }
}

impl eframe::App for ParallaxApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.receive();
        self.read_input(ctx);
        if !self.is_idle() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let p = theme::palette(self.persisted.dark);
        self.refresh_view();
        egui::Panel::top("menu").show(ui, |ui| {
            self.menu(ui);
            self.toolbar(ui, &p);
            self.notices(ui, &p);
        });
        let comparison = self.rt.comparison.clone();
        if let Some(c) = &comparison {
            egui::Panel::top("versions").show(ui, |ui| {
                let mut renaming = self.rt.renaming.take();
                panels::versions::show(ui, c, &self.rt, &mut renaming, &p, &mut self.cmds);
                self.rt.renaming = renaming;
            });
            if self.persisted.show_findings {
                let resp = egui::Panel::bottom("findings")
                    .resizable(true)
                    .default_size(self.persisted.findings_height)
                    .show(ui, |ui| {
                        panels::findings::show(
                            ui,
                            c,
                            self.rt.tab,
                            &self.counts,
                            &self.rows,
                            self.rt.shared_with,
                            &p,
                            &mut self.cmds,
                        )
                    });
                self.persisted.findings_height = resp.response.rect.height();
            }
            if self.persisted.show_entities {
                // At most 30 % of the window: the columns come first.
                let widest = (ui.available_width() * 0.3).max(180.0);
                let resp = egui::Panel::right("entities")
                    .resizable(true)
                    .default_size(self.persisted.entities_width.min(widest))
                    .size_range(160.0..=widest)
                    .show(ui, |ui| {
                        panels::entities::show(
                            ui,
                            &self.entity_lines,
                            &mut self.rt.entity_filter,
                            self.rt.highlight_entity.as_deref(),
                            self.rt.selected_row,
                            &p,
                            &mut self.cmds,
                        )
                    });
                self.persisted.entities_width = resp.response.rect.width();
            }
        }
        egui::CentralPanel::default().show(ui, |ui| match &comparison {
            Some(c) if !self.view.columns.is_empty() => {
                let scroll = std::mem::take(&mut self.rt.scroll_to_selected);
                let now = ui.input(|i| i.time);
                if std::mem::take(&mut self.rt.flash_pending) {
                    self.rt.flash_since = Some(now);
                }
                // The flash fades over a second.
                let flash = self
                    .rt
                    .flash_since
                    .map(|t| 1.0 - ((now - t) / FLASH_SECONDS) as f32)
                    .filter(|a| *a > 0.0);
                if flash.is_some() {
                    ui.ctx().request_repaint();
                } else {
                    self.rt.flash_since = None;
                }
                panels::side_by_side::legend(ui, c, self.rt.base, self.rt.shared_with, &p, &mut self.cmds);
                ui.add_space(2.0);
                let to_top = self.rt.scroll_to_top.take();
                let top = panels::side_by_side::show(ui, c, &self.view, self.rt.base, self.generation, &mut self.cache, self.rt.selected_row, scroll, to_top, flash, self.persisted.column_width, &p, self.persisted.dark, &mut self.cmds);
                // The story keeps where it was left.
                if top.is_some() && top != self.rt.top_row && to_top.is_none() {
                    self.rt.top_row = top;
                    if let Some(r) = top
                        && !self.rt.story.is_empty()
                    {
                        self.persisted.positions.insert(self.rt.story.clone(), r);
                    }
                }
            }
            Some(_) => {
                ui.label("Every version is hidden: show one in the versions bar.");
            }
            None => {
                ui.vertical_centered(|ui| {
                    ui.add_space(60.0);
                    ui.heading(TITLE);
                    if self.is_idle() {
                        ui.label("Open two or more versions of one story (web pages, text, Markdown, scraper JSON), or drop them here.");
                        if ui.button("Open…").clicked() {
                            self.cmds.push(Command::OpenDialog);
                        }
                    } else {
                        ui.spinner();
                    }
                });
            }
        });
        self.path_field(&ctx);
        self.apply(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.persisted);
    }
}

/// Open the window; returns the process exit code.
pub fn run(files: Vec<PathBuf>) -> u8 {
    crate::pipeline::warm_up(2);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_app_id("parallax")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    match eframe::run_native(
        TITLE,
        options,
        Box::new(move |cc| Ok(Box::new(ParallaxApp::new(cc, files)))),
    ) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("parallax: cannot open the window: {e}");
            eprintln!("parallax: without a display, use `parallax compare FILE... --out PATH`");
            crate::cli::exit::FAILED
        }
    }
}

/// Give versions the outlet names the user chose for their files, and
/// redo what names them (credits that were the outlet, framing details).
/// Nothing is redone when no name changes.
fn rename_outlets(c: &mut Comparison, names: &std::collections::BTreeMap<String, String>) {
    let mut changed = false;
    for v in &mut c.versions {
        if let Some(name) = names.get(&v.path)
            && *name != v.outlet
        {
            if v.credit.as_deref() == Some(v.outlet.as_str()) {
                v.credit = Some(name.clone());
            }
            v.outlet = name.clone();
            changed = true;
        }
    }
    if changed {
        c.framing = crate::compare::framing::detect_in(c);
    }
}
