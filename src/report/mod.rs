//! Report writers: one per format, all fed by the one [`Comparison`]. The CLI
//! and the GUI call [`write_report`].

pub mod json;
pub mod summary;

use std::io::Write;
use std::path::Path;

use crate::error::ReportError;
use crate::model::Comparison;

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Json,
    Html,
    Markdown,
}

impl ReportFormat {
    /// From a name given with `--format`.
    pub fn from_name(name: &str) -> Result<Self, ReportError> {
        match name.to_ascii_lowercase().as_str() {
            "json" => Ok(ReportFormat::Json),
            "html" | "htm" => Ok(ReportFormat::Html),
            "md" | "markdown" => Ok(ReportFormat::Markdown),
            other => Err(ReportError::UnknownFormat(other.to_string())),
        }
    }

    /// From a path's extension; JSON when the extension says nothing.
    pub fn from_path(path: &Path) -> Self {
        match path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .as_deref()
        {
            Some("html" | "htm") => ReportFormat::Html,
            Some("md" | "markdown") => ReportFormat::Markdown,
            _ => ReportFormat::Json,
        }
    }
}

/// Render a report to bytes.
pub fn render(c: &Comparison, format: ReportFormat) -> Result<Vec<u8>, ReportError> {
    match format {
        ReportFormat::Json => json::render(c),
        ReportFormat::Html => Ok(html::render(c).into_bytes()),
        ReportFormat::Markdown => Ok(markdown::render(c).into_bytes()),
    }
}

pub mod html;
pub mod markdown;

/// Write a report to `out` (`-` for standard output) atomically: a temporary
/// file beside the target, then a rename.
pub fn write_report(c: &Comparison, format: ReportFormat, out: &Path) -> Result<(), ReportError> {
    let bytes = render(c, format)?;
    if out.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(&bytes)
            .and_then(|_| stdout.flush())
            .map_err(|source| ReportError::Io {
                path: "-".to_string(),
                source,
            });
    }
    let io_err = |source| ReportError::Io {
        path: out.to_string_lossy().to_string(),
        source,
    };
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".parallax-report-")
        .tempfile_in(&dir)
        .map_err(io_err)?;
    tmp.write_all(&bytes).map_err(io_err)?;
    tmp.as_file().sync_all().map_err(io_err)?;
    tmp.persist(out).map_err(|e| io_err(e.error))?;
    Ok(())
}
