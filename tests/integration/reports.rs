//! Reports: every format from the one comparison, hostile text made inert,
//! sizes kept sane, snapshots of the sample.

use parallax::ingest::{self, IngestOptions};
use parallax::pipeline::{self, Options};
use parallax::report::{self, ReportFormat};

use crate::common::sample;

#[test]
fn hostile_text_comes_out_inert() {
    let page = r#"<!doctype html><html><head><title>x</title>
        <meta property="og:title" content="Evil &lt;script&gt;alert(1)&lt;/script&gt; headline">
        <meta property="og:site_name" content="</style><script>alert('site')</script>">
        </head><body><article><h1>Evil</h1>
        <p>The minister said &lt;script&gt;alert("x")&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; in the chamber on Monday, officials said.</p>
        <p>“&lt;/style&gt;&lt;script&gt;steal()&lt;/script&gt; is what we found,” the inspector told reporters after the hearing.</p>
        <p>A third paragraph with &lt;a href="javascript:alert(3)"&gt;a link&lt;/a&gt; in its text, as printed by the site.</p>
        </article></body></html>"#;
    let v = ingest::load_bytes(page.as_bytes(), "evil.html", 0, IngestOptions::default()).unwrap();
    let c = pipeline::analyse(vec![v], vec![], Options::default());
    let html = String::from_utf8(report::render(&c, ReportFormat::Html).unwrap()).unwrap();
    let lower = html.to_lowercase();
    // The only <script> would be ours, and we write none; no style is closed early.
    assert!(!lower.contains("<script"), "script tag in report");
    assert_eq!(
        lower.matches("</style>").count(),
        1,
        "style closed by article text"
    );
    assert!(!lower.contains("<img"), "img tag in report");
    assert!(
        !lower.contains("href=\"javascript"),
        "javascript link in report"
    );
    assert!(lower.contains("&lt;script&gt;"), "escaped text missing");
    // Nothing is fetched from anywhere.
    for bad in ["src=\"http", "href=\"http", "@import", "url(http", "<link"] {
        assert!(!lower.contains(bad), "report fetches something: {bad}");
    }
    let md = String::from_utf8(report::render(&c, ReportFormat::Markdown).unwrap()).unwrap();
    assert!(!md.contains("<script>"), "raw script tag in Markdown");
}

#[test]
fn every_format_from_one_comparison() {
    let c = sample();
    let json: serde_json::Value =
        serde_json::from_slice(&report::render(&c, ReportFormat::Json).unwrap()).unwrap();
    assert_eq!(json["format"], "parallax-report/1");
    crate::common::validate_report(&json);
    let html = String::from_utf8(report::render(&c, ReportFormat::Html).unwrap()).unwrap();
    let md = String::from_utf8(report::render(&c, ReportFormat::Markdown).unwrap()).unwrap();
    for v in &c.versions {
        assert!(html.contains(&v.outlet), "HTML misses {}", v.outlet);
        assert!(md.contains(&v.outlet), "Markdown misses {}", v.outlet);
    }
    // Every paragraph of every version is shown whole: with each version as
    // the base, its own cells carry no word marks, so its text is there verbatim.
    for (b, v) in c.versions.iter().enumerate() {
        let mut cb = c.clone();
        cb.settings.base = b;
        let page = String::from_utf8(report::render(&cb, ReportFormat::Html).unwrap()).unwrap();
        for p in &v.paragraphs {
            let escaped = p
                .text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;");
            assert!(
                page.contains(&escaped),
                "{}: paragraph missing: {}",
                v.outlet,
                p.text
            );
        }
    }
    for section in [
        "id=\"quotes\"",
        "id=\"figures\"",
        "id=\"entities\"",
        "id=\"framing\"",
        "id=\"removed\"",
        "id=\"rows\"",
    ] {
        assert!(html.contains(section), "HTML has no {section}");
    }
    for section in [
        "## Quotes",
        "## Figures",
        "## Entities",
        "## Framing",
        "## Removed by cleaning",
        "## Side by side",
    ] {
        assert!(md.contains(section), "Markdown has no {section}");
    }
}

#[test]
fn ten_versions_of_a_thousand_words_stay_small() {
    let c = sample();
    let mut versions = Vec::new();
    for i in 0..10 {
        let mut v = c.versions[i % c.versions.len()].clone();
        // Pad each to about a thousand words by repeating its body.
        let body = v.paragraphs.clone();
        while parallax::model::Version::count_words(&v.paragraphs) < 1000 {
            v.paragraphs.extend(body.iter().cloned());
        }
        v.word_count = parallax::model::Version::count_words(&v.paragraphs);
        versions.push(v);
    }
    let big = pipeline::analyse(versions, vec![], Options::default());
    let html = report::render(&big, ReportFormat::Html).unwrap();
    assert!(html.len() < 2 * 1024 * 1024, "HTML is {} bytes", html.len());
}

#[test]
fn sample_reports_snapshot() {
    let mut c = sample();
    // Paths differ between machines: keep only the file names.
    for v in &mut c.versions {
        v.path = std::path::Path::new(&v.path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
    }
    c.generator = "parallax".to_string();
    let md = String::from_utf8(report::render(&c, ReportFormat::Markdown).unwrap()).unwrap();
    insta::assert_snapshot!("sample_markdown", md);
    let html = String::from_utf8(report::render(&c, ReportFormat::Html).unwrap()).unwrap();
    insta::assert_snapshot!("sample_html", html);
}
