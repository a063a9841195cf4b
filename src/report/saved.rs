//! Saved comparisons read back: a `parallax-report/1` JSON file becomes the
//! [`Comparison`] it was written from, checked so that no index in it can
//! point outside the text it names (a report edited by hand or cut short is
//! refused with the reason, never shown half-broken).

use std::path::Path;

use crate::ingest::{self, MAX_FILE_BYTES};
use crate::model::{Comparison, FORMAT};

/// Does this file look like a saved Parallax report (without reading it all)?
pub fn is_report_file(path: &Path) -> bool {
    use std::io::Read;
    // Only a regular file: opening a FIFO would wait for a writer forever.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(512);
    if file.take(512).read_to_end(&mut head).is_err() {
        return false;
    }
    is_report_head(&head)
}

/// The first bytes of a report: a JSON object whose first member is
/// `"format": "parallax-report/…"`.
pub fn is_report_head(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let Some(rest) = t.strip_prefix('{') else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix("\"format\"") else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix(':') else {
        return false;
    };
    rest.trim_start().starts_with("\"parallax-report/")
}

/// Read a saved report.
pub fn read(path: &Path) -> Result<Comparison, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("is not a regular file".to_string());
    }
    if meta.len() > 4 * MAX_FILE_BYTES {
        return Err(format!(
            "is {} bytes, over the {} byte limit for a saved report",
            meta.len(),
            4 * MAX_FILE_BYTES
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot be read: {e}"))?;
    parse(&bytes)
}

/// Parse and check a saved report.
pub fn parse(bytes: &[u8]) -> Result<Comparison, String> {
    // The format field alone first (the rest is skipped, not built), so
    // that another format or plain JSON is named as such.
    #[derive(serde::Deserialize)]
    struct Head {
        format: Option<String>,
    }
    let head: Head = serde_json::from_slice(bytes)
        .map_err(|e| format!("is not a readable saved report (invalid JSON: {e})"))?;
    match head.format.as_deref() {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(format!(
                "is a report in format {other:?}; this Parallax reads {FORMAT}"
            ));
        }
        None => return Err("is JSON but not a Parallax report (no \"format\")".to_string()),
    }
    let c: Comparison = serde_json::from_slice(bytes)
        .map_err(|e| format!("is not a complete {FORMAT} report: {e}"))?;
    check(&c)?;
    Ok(c)
}

/// Every index in the comparison points at something that exists.
pub fn check(c: &Comparison) -> Result<(), String> {
    let n = c.versions.len();
    if n == 0 {
        return Err("holds no versions".to_string());
    }
    let paragraph = |what: &str, v: usize, p: usize| -> Result<&str, String> {
        c.versions
            .get(v)
            .ok_or_else(|| format!("{what} names version {v}, but there are {n}"))?
            .paragraphs
            .get(p)
            .map(|p| p.text.as_str())
            .ok_or_else(|| format!("{what} names paragraph {p} of version {v}, which has none"))
    };
    let span = |what: &str, v: usize, p: usize, start: usize, end: usize| {
        let text = paragraph(what, v, p)?;
        if start > end
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            return Err(format!(
                "{what} in version {v}, paragraph {p} has offsets {start}..{end} outside its text"
            ));
        }
        Ok(())
    };
    for (i, row) in c.alignment.iter().enumerate() {
        if row.cells.len() != n {
            return Err(format!(
                "alignment row {i} has {} cells for {n} versions",
                row.cells.len()
            ));
        }
        for (v, cell) in row.cells.iter().enumerate() {
            for &p in cell {
                paragraph(&format!("alignment row {i}"), v, p)?;
            }
        }
        if let Some(&v) = row.moved.iter().find(|&&v| v >= n) {
            return Err(format!("alignment row {i} names version {v}"));
        }
    }
    for (i, q) in c.quotes.iter().enumerate() {
        span(
            &format!("quote {i}"),
            q.version,
            q.paragraph,
            q.start,
            q.end,
        )?;
    }
    for (i, f) in c.figures.iter().enumerate() {
        span(
            &format!("figure {i}"),
            f.version,
            f.paragraph,
            f.start,
            f.end,
        )?;
    }
    for e in &c.entities {
        for m in &e.mentions {
            span(
                &format!("entity {}", e.id),
                m.version,
                m.paragraph,
                m.start,
                m.end,
            )?;
        }
    }
    for (i, f) in c.framing.iter().enumerate() {
        if let Some(&v) = f.versions.iter().find(|&&v| v >= n) {
            return Err(format!("framing item {i} names version {v}"));
        }
        for e in &f.evidence {
            paragraph(&format!("framing item {i}"), e.version, e.paragraph)?;
        }
    }
    for (i, l) in c.links.iter().enumerate() {
        for [v, p, s] in [l.a, l.b] {
            let what = format!("link {i}");
            paragraph(&what, v, p)?;
            if s >= c.versions[v].paragraphs[p].sentences.len() {
                return Err(format!(
                    "{what} names sentence {s} of version {v}, paragraph {p}"
                ));
            }
        }
    }
    let pr = &c.provenance;
    let bad_version = pr
        .pairs
        .iter()
        .flat_map(|p| p.versions)
        .chain(pr.families.iter().flatten().copied())
        .find(|&v| v >= n);
    if let Some(v) = bad_version {
        return Err(format!("provenance names version {v}, but there are {n}"));
    }
    if pr.own.len() > n {
        return Err("provenance lists own reporting for more versions than there are".to_string());
    }
    for (v, own) in pr.own.iter().enumerate() {
        for &p in own {
            paragraph("provenance", v, p)?;
        }
    }
    Ok(())
}

/// Whether the files a saved comparison was made from are still where they
/// were, unchanged (same SHA-256), so that it can be made again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Originals {
    /// All present and unchanged.
    Available,
    /// The first one missing or changed, and why.
    Unavailable { path: String, reason: String },
}

/// Check the original files of a comparison.
pub fn originals(c: &Comparison) -> Originals {
    for v in &c.versions {
        let path = Path::new(&v.path);
        let regular = std::fs::metadata(path).map(|m| m.is_file());
        let reason = match regular.and_then(|regular| {
            if regular {
                std::fs::read(path)
            } else {
                Err(std::io::Error::other("not a regular file"))
            }
        }) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some("is no longer there".into()),
            Err(e) => Some(format!("cannot be read ({e})")),
            Ok(bytes) if ingest::sha256_hex(&bytes) != v.sha256 => {
                Some("has changed since the comparison was saved".into())
            }
            Ok(_) => None,
        };
        if let Some(reason) = reason {
            return Originals::Unavailable {
                path: v.path.clone(),
                reason,
            };
        }
    }
    Originals::Available
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_heads() {
        assert!(is_report_head(b"{\n  \"format\": \"parallax-report/1\",\n"));
        assert!(is_report_head(
            b"\xef\xbb\xbf { \"format\" :\"parallax-report/2\""
        ));
        assert!(!is_report_head(
            b"{\"title\": \"x\", \"format\": \"parallax-report/1\"}"
        ));
        assert!(!is_report_head(b"<html>"));
    }

    #[test]
    fn refuses_what_is_not_a_usable_report() {
        assert!(parse(b"{").unwrap_err().contains("invalid JSON"));
        assert!(
            parse(b"{\"text\": \"x\"}")
                .unwrap_err()
                .contains("not a Parallax report")
        );
        assert!(
            parse(b"{\"format\": \"parallax-report/9\"}")
                .unwrap_err()
                .contains("parallax-report/9")
        );
        assert!(
            parse(b"{\"format\": \"parallax-report/1\"}")
                .unwrap_err()
                .contains("not a complete")
        );
    }
}
