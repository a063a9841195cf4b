//! The bundled sample story, opened when Parallax starts with no files. It
//! is read from the source tree when run there (`cargo run`), else written
//! out of the binary to a folder of its own under the temporary directory.

use std::path::{Path, PathBuf};

/// The sample's files, embedded in the binary.
const FILES: &[(&str, &[u8])] = &[
    (
        "coastal-wire.html",
        include_bytes!("../../assets/sample/coastal-wire.html"),
    ),
    (
        "daily-beacon.txt",
        include_bytes!("../../assets/sample/daily-beacon.txt"),
    ),
    (
        "evening-post.md",
        include_bytes!("../../assets/sample/evening-post.md"),
    ),
    (
        "harbour-gazette.txt",
        include_bytes!("../../assets/sample/harbour-gazette.txt"),
    ),
    (
        "northern-times.json",
        include_bytes!("../../assets/sample/northern-times.json"),
    ),
];

/// Paths of the sample's files, ready to open.
pub fn paths() -> std::io::Result<Vec<PathBuf>> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample");
    if FILES.iter().all(|(name, _)| source.join(name).is_file()) {
        return Ok(FILES.iter().map(|(name, _)| source.join(name)).collect());
    }
    let dir = std::env::temp_dir().join(format!("parallax-sample-{}", env!("CARGO_PKG_VERSION")));
    std::fs::create_dir_all(&dir)?;
    let mut out = Vec::new();
    for (name, bytes) in FILES {
        let p = dir.join(name);
        if std::fs::read(&p).ok().as_deref() != Some(*bytes) {
            std::fs::write(&p, bytes)?;
        }
        out.push(p);
    }
    Ok(out)
}

/// Are these the sample's files (so they are not added to recent files)?
pub fn is_sample(paths: &[PathBuf]) -> bool {
    !paths.is_empty()
        && paths.iter().all(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            FILES.iter().any(|(f, _)| *f == name)
                && p.parent().is_some_and(|d| {
                    d.ends_with("assets/sample") || d.to_string_lossy().contains("parallax-sample-")
                })
        })
}
