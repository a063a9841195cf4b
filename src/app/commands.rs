//! What the user asked for during a frame. Panels return commands; the app
//! applies them after the frame, so that drawing never mutates the data it
//! is drawing.

use std::path::PathBuf;

use super::state::FindingsTab;

/// A user action.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show the native open dialog.
    OpenDialog,
    /// Add these files to the comparison.
    Add(Vec<PathBuf>),
    RemoveVersion(usize),
    ToggleVersion(usize),
    /// Move a version left (-1) or right (+1) in the display order.
    MoveVersion(usize, isize),
    SetBase(usize),
    /// Columns this wide (dragged at a header edge), or fitted to the window.
    ColumnWidth(Option<f32>),
    /// Start editing a version's outlet name.
    StartRename(usize),
    /// Give a version's outlet another name (kept for its file).
    RenameOutlet(usize, String),
    SelectRow(usize),
    /// Select a row and bring it into view.
    Reveal(usize),
    NextDifference,
    PreviousDifference,
    NextSearchHit,
    PreviousSearchHit,
    HighlightEntity(Option<String>),
    /// Mark the copy a version shares with others in the columns (or stop).
    ShowShared(Option<usize>),
    SaveDialog,
    SaveTo(PathBuf),
    /// Ask for a folder and write the CSV tables into it.
    TablesDialog,
    TablesTo(PathBuf),
    /// Ask for web addresses to fetch and add.
    OpenUrlField,
    /// Compare the original files of a saved comparison again.
    Recompare,
    /// Open a remembered story (its files together), by position.
    OpenStory(usize),
    ToggleTheme,
    ToggleDifferencesOnly,
    ToggleEntities,
    ToggleFindings,
    ShowTab(FindingsTab),
    OpenSearch,
    DismissNotice(usize),
    DismissAllNotices,
    /// Show every notice, or only the latest with a count.
    ToggleNotices,
    /// Use the typed path for opening or saving.
    SubmitPath,
    ClosePathField,
    OpenPathField,
}
