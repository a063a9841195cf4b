//! Files in, one [`Comparison`] out: load every input (a bad one becomes a
//! warning naming it), then align, extract and compare.

use std::path::PathBuf;

use crate::error::CompareError;
use crate::ingest::{self, IngestOptions};
use crate::model::{Comparison, FORMAT, Settings, Version, Warning};

/// How a comparison is made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Inputs are already clean text.
    pub raw: bool,
    /// Version to show word differences against; `None` picks the most complete.
    pub base: Option<usize>,
}

/// Read every file, in order. Files that cannot be used become warnings.
pub fn load_all(paths: &[PathBuf], opts: Options) -> (Vec<Version>, Vec<Warning>) {
    let mut versions = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        let index = versions.len();
        // A bug met on one file leaves that file out, not the others.
        let loaded = std::panic::catch_unwind(|| {
            ingest::load_file(path, index, IngestOptions { raw: opts.raw })
        });
        match loaded {
            Ok(Ok(v)) => versions.push(v),
            Ok(Err(e)) => warnings.push(Warning {
                path: path.to_string_lossy().to_string(),
                message: e.to_string(),
            }),
            Err(panic) => warnings.push(Warning {
                path: path.to_string_lossy().to_string(),
                message: format!(
                    "could not be read because of an internal error ({}); please report it",
                    panic_message(&panic)
                ),
            }),
        }
    }
    (versions, warnings)
}

/// The message a panic carried.
pub fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown cause".to_string())
}

/// Compare the files at `paths`.
pub fn compare_paths(paths: &[PathBuf], opts: Options) -> Result<Comparison, CompareError> {
    if paths.is_empty() {
        return Err(CompareError::NoInput);
    }
    let (versions, warnings) = load_all(paths, opts);
    if versions.is_empty() {
        return Err(CompareError::NoUsableInput);
    }
    Ok(analyse(versions, warnings, opts))
}

/// Run the analysis over loaded versions.
pub fn analyse(mut versions: Vec<Version>, warnings: Vec<Warning>, opts: Options) -> Comparison {
    for (i, v) in versions.iter_mut().enumerate() {
        v.id = format!("v{i}");
        v.credit = crate::compare::provenance::credit(v).or_else(|| Some(v.outlet.clone()));
    }
    let base = opts
        .base
        .filter(|b| *b < versions.len())
        .unwrap_or_else(|| crate::align::default_base(&versions));
    // PARALLAX_TIMINGS=1 prints how long each stage takes.
    let timings = std::env::var_os("PARALLAX_TIMINGS").is_some();
    let mut clock = std::time::Instant::now();
    let mut lap = |stage: &str| {
        if timings {
            eprintln!(
                "{stage:>10}: {:>8.1} ms",
                clock.elapsed().as_secs_f64() * 1000.0
            );
        }
        clock = std::time::Instant::now();
    };
    // Alignment and extraction are independent: they run side by side.
    let ((alignment, links), (entities, mut quotes, mut figures)) = std::thread::scope(|s| {
        let aligning = s.spawn(|| {
            let t = std::time::Instant::now();
            let links = crate::link::Links::build(&versions);
            let linked = t.elapsed();
            let rows = crate::align::align_with(&versions, &links);
            if timings {
                eprintln!(
                    "     links: {:>8.1} ms\n      rows: {:>8.1} ms",
                    linked.as_secs_f64() * 1000.0,
                    (t.elapsed() - linked).as_secs_f64() * 1000.0
                );
            }
            (rows, links)
        });
        let figuring = s.spawn(|| crate::extract::figures::extract(&versions));
        let entities = crate::extract::entities::extract(&versions);
        let quotes = crate::extract::quotes::extract(&versions, &entities);
        let figures = figuring.join().expect("figure extraction does not panic");
        let (alignment, links) = aligning.join().expect("alignment does not panic");
        ((alignment, links), (entities, quotes, figures))
    });
    lap("align+extract");
    std::thread::scope(|s| {
        s.spawn(|| crate::compare::quotes::group(&mut quotes, &versions, &alignment));
        crate::compare::figures::group(&mut figures, &versions, &links);
    });
    lap("groups");
    let framing = crate::compare::framing::detect(&versions, &alignment, &quotes, &entities);
    lap("framing");
    let provenance = crate::compare::provenance::detect(&versions);
    lap("provenance");
    Comparison {
        format: FORMAT.to_string(),
        generator: Comparison::generator(),
        settings: Settings {
            raw: opts.raw,
            base,
        },
        versions,
        alignment,
        quotes,
        figures,
        entities,
        framing,
        provenance,
        links: links.links,
        warnings,
    }
}
