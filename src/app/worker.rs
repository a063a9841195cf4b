//! Work off the UI thread: reading and analysing files on a named
//! background thread, and native file dialogs (which block) on their own
//! threads. Results come back as messages; the UI polls them each frame.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crate::model::{Comparison, Warning};
use crate::pipeline::{self, Options};
use crate::report;

/// A dialog answered faster than this was not shown at all (no portal, no
/// zenity): rfd returns `None` at once in that case.
const NO_DIALOG: Duration = Duration::from_millis(150);

/// What background work reports.
#[derive(Debug)]
pub enum Message {
    Progress {
        what: String,
        done: usize,
        total: usize,
    },
    /// A comparison of every usable file, or none when no file could be used.
    Compared {
        comparison: Option<Box<Comparison>>,
        warnings: Vec<Warning>,
        /// Set when the comparison was read from a saved report.
        saved: Option<Saved>,
    },
    /// Files picked in the open dialog; `shown` is false when no dialog could be shown.
    Picked { paths: Vec<PathBuf>, shown: bool },
    /// A path chosen in the save dialog.
    SaveTo { path: Option<PathBuf>, shown: bool },
    /// A folder chosen for the CSV tables.
    TablesTo { path: Option<PathBuf>, shown: bool },
}

/// A comparison read back from a saved report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub path: PathBuf,
    /// Whether the files it was made from are still at hand, unchanged.
    pub originals: crate::report::saved::Originals,
}

/// Owns the channel that background threads report on.
pub struct Worker {
    tx: Sender<Message>,
    rx: Receiver<Message>,
    ctx: Option<eframe::egui::Context>,
}

impl Worker {
    pub fn new(ctx: Option<eframe::egui::Context>) -> Self {
        let (tx, rx) = channel();
        Worker { tx, rx, ctx }
    }

    /// Messages that arrived since the last call.
    pub fn poll(&self) -> Vec<Message> {
        self.rx.try_iter().collect()
    }

    fn spawn(&self, name: &str, job: impl FnOnce(&Sender<Message>) + Send + 'static) {
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        let spawned = std::thread::Builder::new()
            .name(name.to_string())
            .spawn(move || {
                job(&tx);
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            let _ = self.tx.send(Message::Compared {
                comparison: None,
                warnings: vec![Warning {
                    path: String::new(),
                    message: format!("cannot start a worker thread: {e}"),
                }],
                saved: None,
            });
        }
    }

    /// Read and compare `paths` in the background. Web addresses among them
    /// are fetched first (into `pages`); one saved report alone is read back
    /// as it was saved.
    pub fn compare(&self, paths: Vec<PathBuf>, pages: PathBuf) {
        let ctx = self.ctx.clone();
        self.spawn("parallax-worker", move |tx| {
            let repaint = || {
                if let Some(c) = &ctx {
                    c.request_repaint();
                }
            };
            if let [only] = paths.as_slice()
                && report::saved::is_report_file(only)
            {
                let _ = tx.send(Message::Progress {
                    what: format!("Reading {}", only.display()),
                    done: 0,
                    total: 1,
                });
                repaint();
                let msg = match report::saved::read(only) {
                    Ok(c) => {
                        let originals = report::saved::originals(&c);
                        Message::Compared {
                            comparison: Some(Box::new(c)),
                            warnings: Vec::new(),
                            saved: Some(Saved {
                                path: only.clone(),
                                originals,
                            }),
                        }
                    }
                    Err(message) => Message::Compared {
                        comparison: None,
                        warnings: vec![Warning {
                            path: only.to_string_lossy().to_string(),
                            message,
                        }],
                        saved: None,
                    },
                };
                let _ = tx.send(msg);
                return;
            }
            let total = paths.len() + 1;
            let mut fetched = 0;
            let (inputs, mut warnings) = pipeline::fetch_urls(&paths, &pages, |url| {
                let _ = tx.send(Message::Progress {
                    what: format!("Fetching {url}"),
                    done: fetched,
                    total,
                });
                fetched += 1;
                repaint();
            });
            let files: Vec<PathBuf> = inputs.iter().flatten().cloned().collect();
            let taken = std::sync::atomic::AtomicUsize::new(0);
            let (versions, mut read_warnings) =
                pipeline::load_all_with(&files, Options::default(), |i| {
                    let _ = tx.send(Message::Progress {
                        what: format!("Reading {}", files[i].display()),
                        done: taken.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                        total,
                    });
                    repaint();
                });
            warnings.append(&mut read_warnings);
            let _ = tx.send(Message::Progress {
                what: "Comparing".into(),
                done: paths.len(),
                total,
            });
            repaint();
            // A panic in the comparison clears the progress with a notice
            // instead of leaving the spinner running.
            let comparison = if versions.is_empty() {
                None
            } else {
                let given = warnings.clone();
                match std::panic::catch_unwind(move || {
                    pipeline::analyse(versions, given, Options::default())
                }) {
                    Ok(c) => Some(Box::new(c)),
                    Err(panic) => {
                        warnings.push(Warning {
                            path: String::new(),
                            message: format!(
                                "the comparison stopped on an internal error ({}); please report it",
                                pipeline::panic_message(&panic)
                            ),
                        });
                        None
                    }
                }
            };
            let _ = tx.send(Message::Compared {
                comparison,
                warnings,
                saved: None,
            });
        });
    }

    /// Show the open dialog on its own thread.
    pub fn pick_files(&self, start: Option<PathBuf>) {
        self.spawn("parallax-dialog", move |tx| {
            let t0 = Instant::now();
            let mut dialog = rfd::FileDialog::new()
                .set_title("Open versions of a story")
                .add_filter(
                    "News articles and saved comparisons",
                    &["txt", "md", "markdown", "html", "htm", "json"],
                )
                .add_filter("All files", &["*"]);
            if let Some(dir) = start {
                dialog = dialog.set_directory(dir);
            }
            let picked = dialog.pick_files();
            let shown = picked.is_some() || t0.elapsed() >= NO_DIALOG;
            let _ = tx.send(Message::Picked {
                paths: picked.unwrap_or_default(),
                shown,
            });
        });
    }

    /// Show the save dialog on its own thread.
    pub fn pick_save(&self) {
        self.spawn("parallax-dialog", move |tx| {
            let t0 = Instant::now();
            let path = rfd::FileDialog::new()
                .set_title("Save comparison report")
                .set_file_name("parallax-report.html")
                .add_filter("HTML report", &["html"])
                .add_filter("Markdown report", &["md"])
                .add_filter("JSON report", &["json"])
                .save_file();
            let shown = path.is_some() || t0.elapsed() >= NO_DIALOG;
            let _ = tx.send(Message::SaveTo { path, shown });
        });
    }
}

impl Worker {
    /// Show a folder dialog for the CSV tables on its own thread.
    pub fn pick_tables_folder(&self) {
        self.spawn("parallax-dialog", move |tx| {
            let t0 = Instant::now();
            let path = rfd::FileDialog::new()
                .set_title("Save tables (CSV) into a folder")
                .pick_folder();
            let shown = path.is_some() || t0.elapsed() >= NO_DIALOG;
            let _ = tx.send(Message::TablesTo { path, shown });
        });
    }
}
