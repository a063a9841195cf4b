//! The window's state: what is persisted between runs (recent files,
//! theme, panel layout) kept apart from what lives only while it runs (the
//! comparison, the selection, notices).

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::model::Comparison;

/// How many recent files are remembered.
pub const RECENT_LIMIT: usize = 12;

/// Settings kept between runs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Persisted {
    pub recent: Vec<PathBuf>,
    /// Stories opened lately: the files of each comparison, newest first.
    pub stories: Vec<Vec<PathBuf>>,
    pub dark: bool,
    pub show_entities: bool,
    pub show_findings: bool,
    pub differences_only: bool,
    pub findings_height: f32,
    pub entities_width: f32,
    /// Outlet names the user gave, by file path (or address).
    pub outlet_names: std::collections::BTreeMap<String, String>,
    /// Column width the user dragged to; none: fit to the window.
    pub column_width: Option<f32>,
    /// Where each story was left: the row at the top of the columns, by
    /// story (its files, see [`story_key`]).
    pub positions: std::collections::BTreeMap<String, usize>,
}

/// A story's key: its files, sorted, one per line.
pub fn story_key(paths: &[PathBuf]) -> String {
    let mut names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    names.sort();
    names.join("\n")
}

impl Default for Persisted {
    fn default() -> Self {
        Persisted {
            recent: Vec::new(),
            stories: Vec::new(),
            dark: false,
            show_entities: true,
            show_findings: true,
            differences_only: false,
            findings_height: 220.0,
            entities_width: 260.0,
            outlet_names: Default::default(),
            positions: Default::default(),
            column_width: None,
        }
    }
}

/// How many recent stories are remembered.
pub const STORY_LIMIT: usize = 8;

impl Persisted {
    /// Remember the files of a comparison as one story, newest first; a
    /// story that is the same set of files as one remembered replaces it.
    pub fn remember_story(&mut self, paths: &[PathBuf]) {
        if paths.len() < 2 {
            return;
        }
        let mut key = paths.to_vec();
        key.sort();
        self.stories.retain(|s| {
            let mut k = s.clone();
            k.sort();
            k != key
        });
        self.stories.insert(0, paths.to_vec());
        self.stories.truncate(STORY_LIMIT);
    }

    /// Remember files as recently opened, newest first.
    pub fn remember(&mut self, paths: &[PathBuf]) {
        for p in paths.iter().rev() {
            self.recent.retain(|r| r != p);
            self.recent.insert(0, p.clone());
        }
        self.recent.truncate(RECENT_LIMIT);
    }
}

/// Which tab of the findings panel is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FindingsTab {
    #[default]
    Framing,
    Quotes,
    Figures,
    /// Who each version credits and which versions share copy.
    Sources,
    Removed,
}

/// A message shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// Progress of background work.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Busy {
    #[default]
    Idle,
    Working {
        what: String,
        done: usize,
        total: usize,
    },
}

/// State that lives while the window runs.
#[derive(Debug, Default)]
pub struct Runtime {
    /// The files being compared, in version order.
    pub paths: Vec<PathBuf>,
    /// The comparison shared with the view model (never cloned per frame).
    pub comparison: Option<Arc<Comparison>>,
    /// Display order of versions (indices into the comparison's versions).
    pub order: Vec<usize>,
    /// Versions hidden from the side-by-side view.
    pub hidden: Vec<bool>,
    /// Version word differences are shown against.
    pub base: usize,
    pub selected_row: Option<usize>,
    /// Scroll the selected row into view on the next frame.
    pub scroll_to_selected: bool,
    /// Flash the selected row when it comes into view (a finding opened
    /// onto its evidence): set on the next frame to the time it starts.
    pub flash_pending: bool,
    pub flash_since: Option<f64>,
    pub highlight_entity: Option<String>,
    /// The version whose shared copy is marked in the columns.
    pub shared_with: Option<usize>,
    /// An outlet name being edited in the versions bar: version and text.
    pub renaming: Option<(usize, String)>,
    /// The story on screen (its key) and the row at the top of its columns.
    pub story: String,
    pub top_row: Option<usize>,
    /// Bring this row to the top on the next frame (a story reopened where
    /// it was left).
    pub scroll_to_top: Option<usize>,
    pub entity_filter: String,
    pub search: String,
    pub search_open: bool,
    pub focus_search: bool,
    pub tab: FindingsTab,
    pub notices: Vec<Notice>,
    pub busy: Busy,
    /// A path typed by hand when no file dialog can be shown.
    pub path_field: String,
    pub path_field_open: bool,
    /// Where the path field sends its path.
    pub path_field_purpose: PathPurpose,
    /// Why no dialog could be shown, when that happened.
    pub dialog_unavailable: bool,
    /// Set while the comparison on screen was read from a saved report.
    pub saved: Option<super::worker::Saved>,
    /// Where fetched web pages are kept (None: the user's cache folder).
    pub page_dir: Option<PathBuf>,
    /// Every notice is listed (else only the latest, with a count).
    pub notices_expanded: bool,
    /// Versions on screen before files were added, to confirm what came in.
    pub versions_before_add: Option<usize>,
}

/// What a typed path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PathPurpose {
    #[default]
    Open,
    Save,
    /// Web addresses to fetch and add.
    Url,
    /// A folder for the CSV tables.
    Tables,
}

impl Runtime {
    /// Visible versions in display order.
    pub fn visible(&self) -> Vec<usize> {
        self.order
            .iter()
            .copied()
            .filter(|&v| !self.hidden.get(v).copied().unwrap_or(false))
            .collect()
    }

    /// Reset the per-comparison view state for a new comparison.
    pub fn adopt(&mut self, c: Arc<Comparison>) {
        let n = c.versions.len();
        if self.order.len() != n || self.order.iter().any(|&v| v >= n) {
            self.order = (0..n).collect();
            self.hidden = vec![false; n];
        }
        self.hidden.resize(n, false);
        self.base = c.settings.base.min(n.saturating_sub(1));
        self.selected_row = None;
        self.highlight_entity = None;
        self.shared_with = None;
        self.comparison = Some(c);
    }

    pub fn notify(&mut self, text: impl Into<String>, error: bool) {
        self.notices.push(Notice {
            text: text.into(),
            error,
        });
    }
}
