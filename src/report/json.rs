//! The JSON report (`parallax-report/1`), the machine-readable contract.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter};

use crate::error::ReportError;
use crate::model::Comparison;

/// JSON with a final new line: indented down to each item of a list (a
/// version's fields, a link, a quotation), each item's own small parts on one
/// line (`"a": [0, 3, 1]`, a paragraph). Fully indented, the links of a large
/// comparison were a third of the run time and most of the file.
pub fn render(c: &Comparison) -> Result<Vec<u8>, ReportError> {
    let mut out = Vec::with_capacity(1 << 16);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Shallow::default());
    c.serialize(&mut ser)
        .map_err(|e| ReportError::Serialize(e.to_string()))?;
    out.push(b'\n');
    Ok(out)
}

/// Containers this deep or shallower put each member on its own line.
const INDENTED: usize = 3;

/// Indents the outer levels of the document and writes the inner ones
/// compactly.
#[derive(Default)]
struct Shallow {
    /// Open containers; for each, whether it has a member yet.
    open: Vec<bool>,
}

impl Shallow {
    fn indented(&self) -> bool {
        self.open.len() <= INDENTED
    }

    fn line<W: ?Sized + Write>(w: &mut W, depth: usize) -> io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn member<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.indented() {
            Self::line(w, self.open.len())
        } else if !first {
            w.write_all(b" ")
        } else {
            Ok(())
        }
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.open.push(false);
        w.write_all(bracket)
    }

    /// The open container has a member now.
    fn written(&mut self) {
        if let Some(had) = self.open.last_mut() {
            *had = true;
        }
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        let indented = self.indented();
        let had = self.open.pop().unwrap_or(false);
        if indented && had {
            Self::line(w, self.open.len())?;
        }
        w.write_all(bracket)
    }
}

impl Formatter for Shallow {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.member(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.written();
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.member(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.written();
        Ok(())
    }

    fn write_byte_array<W: ?Sized + Write>(&mut self, w: &mut W, value: &[u8]) -> io::Result<()> {
        CompactFormatter.write_byte_array(w, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outer_levels_indented_inner_ones_on_one_line() {
        let value = serde_json::json!({
            "format": "x",
            "links": [{"a": [0, 1, 2], "b": [1, 0, 0], "evidence": {"terms": ["bridge"]}}],
            "empty": [],
            "deep": {"l2": {"l3": {"l4": {"l5": [1, {"l7": null}]}}}}
        });
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut out, Shallow::default());
        value.serialize(&mut ser).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("\n      \"a\": [0, 1, 2],\n"), "{text}");
        assert!(
            text.contains("\"evidence\": {\"terms\": [\"bridge\"]}"),
            "{text}"
        );
        assert!(text.contains("\"empty\": []"), "{text}");
        assert!(
            text.contains("\"l3\": {\"l4\": {\"l5\": [1, {\"l7\": null}]}}"),
            "{text}"
        );
        // The same document as the compact and the indented forms.
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }
}
