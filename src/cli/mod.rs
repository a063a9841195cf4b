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
    /// Compare versions of one story and write a report (JSON, HTML, Markdown or CSV tables).
    Compare(CompareArgs),
    /// Print the JSON Schema of the report format (parallax-report/1).
    Schema,
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `parallax man > parallax.1`.
    Man,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Versions of the story: .txt, .md, .html, .json files (format also recognised by
    /// content) or http(s) addresses of web pages. One saved Parallax report (.json) alone
    /// is written again in the format asked for.
    #[arg(required = true, value_name = "FILE|URL")]
    pub files: Vec<PathBuf>,
    /// Where to write the report; `-` for standard output; a folder for `--format csv`.
    #[arg(long, short, value_name = "PATH")]
    pub out: PathBuf,
    /// Report format; by default from the extension of PATH (JSON when unknown).
    #[arg(long, short, value_name = "json|html|md|csv")]
    pub format: Option<String>,
    /// Folder fetched web pages are kept in (default: `PATH-pages` beside the report, or
    /// the user's cache folder when writing to standard output).
    #[arg(long, value_name = "DIR")]
    pub pages: Option<PathBuf>,
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
    pages: PathBuf,
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
        if format == ReportFormat::Csv && self.out.as_os_str() == "-" {
            return Err(
                "--format csv writes one file per table into a folder; name it with --out DIR"
                    .to_string(),
            );
        }
        if self.out.as_os_str() != "-" {
            if format == ReportFormat::Csv {
                if self.out.exists() && !self.out.is_dir() {
                    return Err(format!(
                        "--out {} is a file; --format csv writes into a folder",
                        self.out.display()
                    ));
                }
            } else if self.out.is_dir() {
                return Err(format!(
                    "--out {} is a directory (use --format csv to write tables into a folder)",
                    self.out.display()
                ));
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
        let pages = self.pages.clone().unwrap_or_else(|| {
            if self.out.as_os_str() == "-" {
                crate::ingest::fetch::default_page_dir()
            } else {
                let mut name = self
                    .out
                    .file_stem()
                    .map(|s| s.to_os_string())
                    .unwrap_or_else(|| "parallax".into());
                name.push("-pages");
                self.out.with_file_name(name)
            }
        });
        Ok(CompareJob {
            files: self.files,
            out: self.out,
            format,
            pages,
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
    pipeline::warm_up(args.files.len());
    let job = match args.validate() {
        Ok(j) => j,
        Err(msg) => {
            eprintln!("parallax: {msg}");
            return exit::FAILED;
        }
    };
    // One saved report alone is written again in the format asked for.
    if let [only] = job.files.as_slice()
        && report::saved::is_report_file(only)
    {
        return rewrite_saved(only, &job);
    }
    let timings = std::env::var_os("PARALLAX_TIMINGS").is_some();
    let clock = std::time::Instant::now();
    let (inputs, mut fetch_warnings) = pipeline::fetch_urls(&job.files, &job.pages, |url| {
        eprintln!("parallax: fetching {url}");
    });
    let files: Vec<PathBuf> = inputs.iter().flatten().cloned().collect();
    let (versions, mut warnings) = pipeline::load_all(&files, job.options);
    fetch_warnings.append(&mut warnings);
    let warnings = fetch_warnings;
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
    // --base counts input files; map it to the versions that were read.
    let mut options = job.options;
    if let Some(b) = job.options.base {
        let wanted = inputs[b]
            .as_ref()
            .unwrap_or(&job.files[b])
            .to_string_lossy()
            .to_string();
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
    for v in &comparison.versions {
        for n in &v.notes {
            eprintln!("parallax: note: {}: {n}", v.path);
        }
    }
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

/// Write a saved report again, in the format asked for.
fn rewrite_saved(path: &Path, job: &CompareJob) -> u8 {
    let comparison = match report::saved::read(path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("parallax: {} {e}; no report written", path.display());
            return exit::FAILED;
        }
    };
    if let Some(b) = job.options.base {
        eprintln!(
            "parallax: --base {b} is ignored: {} is a saved comparison, written as it was saved",
            path.display()
        );
    }
    if let Err(e) = report::write_report(&comparison, job.format, &job.out) {
        eprintln!("parallax: {e}");
        return exit::FAILED;
    }
    exit::OK
}

/// Print the report's JSON Schema.
pub fn run_schema() -> u8 {
    print!("{}", report::schema::render());
    exit::OK
}

/// Print a completion script for `shell`.
pub fn run_completions(shell: clap_complete::Shell) -> u8 {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    clap_complete::generate(shell, &mut cmd, "parallax", &mut std::io::stdout());
    exit::OK
}

/// Print the manual page.
pub fn run_man() -> u8 {
    use clap::CommandFactory;
    let man = clap_mangen::Man::new(Cli::command());
    let mut out = Vec::new();
    if let Err(e) = man.render(&mut out) {
        eprintln!("parallax: cannot render the manual page: {e}");
        return exit::FAILED;
    }
    use std::io::Write;
    match std::io::stdout().write_all(&out) {
        Ok(()) => exit::OK,
        Err(e) => {
            eprintln!("parallax: {e}");
            exit::FAILED
        }
    }
}
