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
        match ingest::load_file(path, versions.len(), IngestOptions { raw: opts.raw }) {
            Ok(v) => versions.push(v),
            Err(e) => warnings.push(Warning {
                path: path.to_string_lossy().to_string(),
                message: e.to_string(),
            }),
        }
    }
    (versions, warnings)
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
    }
    let base = opts
        .base
        .filter(|b| *b < versions.len())
        .unwrap_or_else(|| crate::align::default_base(&versions));
    let alignment = crate::align::align(&versions);
    let entities = crate::extract::entities::extract(&versions);
    let mut quotes = crate::extract::quotes::extract(&versions, &entities);
    let mut figures = crate::extract::figures::extract(&versions);
    crate::compare::quotes::group(&mut quotes, &versions, &alignment);
    crate::compare::figures::group(&mut figures, &versions, &alignment);
    let framing = crate::compare::framing::detect(&versions, &alignment, &quotes, &entities);
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
        warnings,
    }
}
