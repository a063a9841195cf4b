//! `parallax`: the command line and, with the `gui` feature, the window.

use std::process::ExitCode;

use clap::Parser;
use parallax::cli::{self, Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Compare(args)) => cli::run_compare(args),
        Some(Command::Schema) => cli::run_schema(),
        Some(Command::Completions { shell }) => cli::run_completions(shell),
        Some(Command::Man) => cli::run_man(),
        None => open_window(cli.files),
    };
    ExitCode::from(code)
}

#[cfg(feature = "gui")]
fn open_window(files: Vec<std::path::PathBuf>) -> u8 {
    parallax::app::run(files)
}

#[cfg(not(feature = "gui"))]
fn open_window(files: Vec<std::path::PathBuf>) -> u8 {
    use clap::CommandFactory;
    if files.is_empty() {
        let _ = Cli::command().print_help();
        println!();
        cli::exit::OK
    } else {
        eprintln!(
            "parallax: this build has no window (built without the `gui` feature); use `parallax compare FILE... --out PATH`"
        );
        cli::exit::FAILED
    }
}
