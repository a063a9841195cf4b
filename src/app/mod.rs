//! The desktop window.

/// Open the window; until the window exists, print help.
pub fn run(_files: Vec<std::path::PathBuf>) -> u8 {
    use clap::CommandFactory;
    let _ = crate::cli::Cli::command().print_help();
    println!();
    0
}
