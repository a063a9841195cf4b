//! The command line: raw arguments become validated options in one step,
//! `run` does the work, and the result maps to an exit code (0 every input
//! used, 1 report written but inputs left out, 2 no report).

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use crate::error::CompareError;
use crate::pipeline::{self, Options};
use crate::report::{self, ReportFormat};

/// Exit codes of the command line, as the report contract fixes them.
pub mod exit {
    /// The report was written from every input.
    pub const OK: u8 = 0;
    /// The report was written, but some inputs were left out.
    pub const PARTIAL: u8 = 1;
    /// No report was written (bad usage, or no usable input).
    pub const FAILED: u8 = 2;
}

/// Parallax shows how different news outlets told the same story.
#[derive(Debug, Parser)]
#[command(
    name = "parallax",
    version,
    about = "Compare how different news outlets told the same story",
    long_about = "Compare how different news outlets told the same story: quotes, figures, framing \
                  and entities, side by side.\n\nWith no command, opens the desktop window (on the \
                  bundled sample story, or on the FILES given).",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files to open in the window.
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare versions of one story and write a report (JSON, HTML or Markdown).
    Compare(CompareArgs),
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Versions of the story: .txt, .md, .html, .json (format also recognised by content).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Where to write the report; `-` for standard output.
    #[arg(long, short, value_name = "PATH")]
    pub out: PathBuf,
    /// Report format; by default from the extension of PATH (JSON when unknown).
    #[arg(long, short, value_name = "json|html|md")]
    pub format: Option<String>,
    /// Inputs are already clean text: every blank-line-separated block is one body paragraph.
    #[arg(long)]
    pub raw: bool,
    /// Version (0-based, in input order) to show word differences against; default: the most complete.
    #[arg(long, value_name = "N")]
    pub base: Option<usize>,
}

/// Validated options of `compare`.
#[derive(Debug)]
struct CompareJob {
    files: Vec<PathBuf>,
    out: PathBuf,
    format: ReportFormat,
    options: Options,
}

impl CompareArgs {
    fn validate(self) -> Result<CompareJob, String> {
        let format = match &self.format {
            Some(f) => ReportFormat::from_name(f).map_err(|e| e.to_string())?,
            None => ReportFormat::from_path(&self.out),
        };
        if let Some(b) = self.base
            && b >= self.files.len()
        {
            return Err(format!(
                "--base {b} is out of range: {} input file{} given (0-based)",
                self.files.len(),
                if self.files.len() == 1 { "" } else { "s" }
            ));
        }
        if self.out.as_os_str() != "-" {
            if self.out.is_dir() {
                return Err(format!("--out {} is a directory", self.out.display()));
            }
            for f in &self.files {
                if same_file(f, &self.out) {
                    return Err(format!(
                        "--out {} names an input file; refusing to overwrite it",
                        self.out.display()
                    ));
                }
            }
        }
        Ok(CompareJob {
            files: self.files,
            out: self.out,
            format,
            options: Options {
                raw: self.raw,
                base: self.base,
            },
        })
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// Run `compare`; returns the exit code. Messages go to standard error.
pub fn run_compare(args: CompareArgs) -> u8 {
    pipeline::warm_up();
    let job = match args.validate() {
        Ok(j) => j,
        Err(msg) => {
            eprintln!("parallax: {msg}");
            return exit::FAILED;
        }
    };
    let timings = std::env::var_os("PARALLAX_TIMINGS").is_some();
    let clock = std::time::Instant::now();
    let (versions, warnings) = pipeline::load_all(&job.files, job.options);
    if timings {
        eprintln!(
            "      read: {:>8.1} ms",
            clock.elapsed().as_secs_f64() * 1000.0
        );
    }
    for w in &warnings {
        eprintln!("parallax: skipped {w}");
    }
    if versions.is_empty() {
        eprintln!(
            "parallax: {}; no report written",
            CompareError::NoUsableInput
        );
        return exit::FAILED;
    }
    for v in &versions {
        for n in &v.notes {
            eprintln!("parallax: note: {}: {n}", v.path);
        }
    }
    // --base counts input files; map it to the versions that were read.
    let mut options = job.options;
    if let Some(b) = job.options.base {
        let wanted = job.files[b].to_string_lossy().to_string();
        options.base = versions.iter().position(|v| v.path == wanted);
        if options.base.is_none() {
            eprintln!(
                "parallax: --base {b} names {wanted}, which was left out; using the most complete version"
            );
        }
    }
    let analysed = std::panic::catch_unwind(move || pipeline::analyse(versions, warnings, options));
    let comparison = match analysed {
        Ok(c) => c,
        Err(panic) => {
            eprintln!(
                "parallax: internal error during the comparison ({}); no report written",
                pipeline::panic_message(&panic)
            );
            return exit::FAILED;
        }
    };
    let clock = std::time::Instant::now();
    let written = report::write_report(&comparison, job.format, &job.out);
    if timings {
        eprintln!(
            "     write: {:>8.1} ms",
            clock.elapsed().as_secs_f64() * 1000.0
        );
    }
    if let Err(e) = written {
        eprintln!("parallax: {e}");
        return exit::FAILED;
    }
    if comparison.warnings.is_empty() {
        exit::OK
    } else {
        exit::PARTIAL
    }
}
