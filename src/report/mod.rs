//! Report writers: one per format, all fed by the one [`Comparison`]. The CLI
//! and the GUI call [`write_report`].

pub mod csv;
pub mod json;
pub mod saved;
pub mod schema;
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
    /// One CSV table per kind of finding, in a folder.
    Csv,
}

impl ReportFormat {
    /// From a name given with `--format`.
    pub fn from_name(name: &str) -> Result<Self, ReportError> {
        match name.to_ascii_lowercase().as_str() {
            "json" => Ok(ReportFormat::Json),
            "html" | "htm" => Ok(ReportFormat::Html),
            "md" | "markdown" => Ok(ReportFormat::Markdown),
            "csv" => Ok(ReportFormat::Csv),
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

/// Render a one-file report to bytes (the CSV tables are several files:
/// see [`csv::render`]).
pub fn render(c: &Comparison, format: ReportFormat) -> Result<Vec<u8>, ReportError> {
    match format {
        ReportFormat::Json => json::render(c),
        ReportFormat::Html => Ok(html::render(c).into_bytes()),
        ReportFormat::Markdown => Ok(markdown::render(c).into_bytes()),
        ReportFormat::Csv => Err(ReportError::Serialize(
            "CSV tables are several files; write them into a folder".to_string(),
        )),
    }
}

pub mod html;
pub mod markdown;

/// Write a report to `out` (`-` for standard output) atomically: a temporary
/// file beside the target, then a rename.
/// CSV tables go into the folder `out`.
pub fn write_report(c: &Comparison, format: ReportFormat, out: &Path) -> Result<(), ReportError> {
    if format == ReportFormat::Csv {
        if out.as_os_str() == "-" {
            return Err(ReportError::Serialize(
                "CSV tables are several files; name a folder with --out, not -".to_string(),
            ));
        }
        return csv::write(c, out);
    }
    let bytes = render(c, format)?;
    write_report_bytes(&bytes, out)
}

/// Write bytes to `out` (`-` for standard output) atomically.
pub fn write_report_bytes(bytes: &[u8], out: &Path) -> Result<(), ReportError> {
    if out.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(bytes)
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
    // A device, FIFO or socket (or a link to one: `--out /dev/null`,
    // `--out /dev/stdout`) is written to as a stream, never replaced.
    if let Ok(meta) = std::fs::metadata(out)
        && !meta.is_file()
        && !meta.is_dir()
    {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(out)
            .map_err(io_err)?;
        return f.write_all(bytes).and_then(|_| f.flush()).map_err(io_err);
    }
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    remove_stale_temporaries(&dir);
    // The report keeps the permissions of the file it replaces; a new one
    // gets the usual mode for new files (0666 less the umask).
    let old_perms = std::fs::metadata(out).ok().map(|m| m.permissions());
    let mut tmp = tempfile::Builder::new()
        .prefix(".parallax-report-")
        .tempfile_in(&dir)
        .map_err(io_err)?;
    tmp.write_all(bytes).map_err(io_err)?;
    // A report that replaces an older one reaches the disk before the
    // rename, so that a power cut cannot leave neither. A new report is not
    // forced out (an fsync costs 15 to 20 ms, a third of reading a page): the
    // rename still makes it appear whole or not at all, and nothing that
    // existed before can be lost.
    if old_perms.is_some() {
        tmp.as_file().sync_all().map_err(io_err)?;
    }
    if let Some(perms) = old_perms.or_else(default_permissions) {
        tmp.as_file().set_permissions(perms).map_err(io_err)?;
    }
    // On failure `tmp` is dropped here, which removes the temporary file.
    tmp.persist(out).map_err(|e| io_err(e.error))?;
    Ok(())
}

/// Permissions of a newly created file under the process's umask.
fn default_permissions() -> Option<std::fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The umask can only be read by setting it; a probe file created the
        // ordinary way shows it without touching process state.
        let probe = std::env::temp_dir().join(format!(".parallax-umask-{}", std::process::id()));
        let mode = std::fs::File::create(&probe)
            .and_then(|f| f.metadata())
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0o644);
        let _ = std::fs::remove_file(&probe);
        Some(std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Temporaries left beside a report by a run that was killed (kill -9, power
/// loss) are removed on the next write to the same folder, once they are
/// over ten minutes old (a younger one may belong to a run still writing).
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for e in entries.flatten() {
        let name = e.file_name();
        if !name.to_string_lossy().starts_with(".parallax-report-") {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age.as_secs() > 600);
        if old && e.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}
