//! Bytes read as every kind of file Parallax takes: the name's extension
//! decides nothing on its own (the format is sniffed from the content), so
//! each input is tried under each name. Nothing may panic; a file that
//! cannot be read must say why, and one that can is compared with itself
//! and written as every report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::ingest::{IngestOptions, load_bytes};
use parallax::pipeline::{Options, analyse};
use parallax::report::{ReportFormat, render};

fuzz_target!(|bytes: &[u8]| {
    for name in ["in.html", "in.txt", "in.md", "in.json"] {
        match load_bytes(bytes, name, 0, IngestOptions::default()) {
            Ok(v) => {
                let other = v.clone();
                let c = analyse(vec![v, other], vec![], Options::default());
                for format in [
                    ReportFormat::Json,
                    ReportFormat::Html,
                    ReportFormat::Markdown,
                ] {
                    render(&c, format).expect("a comparison always renders");
                }
            }
            Err(e) => assert!(!e.to_string().is_empty(), "an input error names its reason"),
        }
    }
});
