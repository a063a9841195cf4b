//! Hostile and broken input: files that are not regular, devices as
//! output, odd encodings, characters that once panicked, nesting deeper
//! than a browser builds, names that try to inject markup.

use std::process::Command;

use parallax::ingest::{IngestOptions, load_bytes};

use crate::common::sample_paths;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

const STORY: &str = "Bridge reopens\n\nThe Kestrel Bay Bridge reopened on Friday after eight months of repairs, the mayor said.\n\nTraffic was light in the morning.\n";

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once_and_the_others_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let ok = Command::new("mkfifo").arg(&fifo).status();
    if !ok.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system
    }
    let good = dir.path().join("good.txt");
    std::fs::write(&good, STORY).unwrap();
    let out = dir.path().join("r.json");
    let o = bin()
        .args(["compare"])
        .arg(&fifo)
        .arg(&good)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("pipe.txt") && err.contains("not a regular file"),
        "{err}"
    );
    assert!(out.exists());
}

#[cfg(unix)]
#[test]
fn out_onto_a_device_streams_and_leaves_it_a_device() {
    let o = bin()
        .arg("compare")
        .args(sample_paths())
        .args(["--out", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(!meta.is_file(), "/dev/null must stay a device");
}

#[test]
fn base_out_of_range_is_a_usage_error() {
    let o = bin()
        .arg("compare")
        .args(sample_paths())
        .args(["--base", "99", "--out", "-"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--base 99"));
}

#[cfg(unix)]
#[test]
fn a_replaced_report_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    std::fs::write(&out, "old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    let status = bin()
        .arg("compare")
        .args(sample_paths())
        .arg("--out")
        .arg(&out)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
    crate::common::validate_report_file(&out);
    // No temporary is left beside it.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".parallax-report-")
        })
        .collect();
    assert!(left.is_empty());
}

#[test]
fn nul_bytes_are_dropped_with_a_note() {
    let mut bytes = STORY.as_bytes().to_vec();
    bytes.insert(40, 0);
    bytes.insert(80, 0);
    let v = load_bytes(&bytes, "nul.txt", 0, IngestOptions::default()).expect("readable");
    assert!(v.notes.iter().any(|n| n.contains("NUL")), "{:?}", v.notes);
    assert!(!v.paragraphs.iter().any(|p| p.text.contains('\0')));
}

#[test]
fn utf16_without_bom_in_arabic_is_read() {
    let text = "الجسر يعاد فتحه\n\nأعيد فتح جسر المدينة يوم الجمعة بعد ثمانية أشهر من الإصلاحات، كما قال رئيس البلدية.\n";
    let bytes: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let v = load_bytes(&bytes, "ar.txt", 0, IngestOptions::default()).expect("readable");
    assert_eq!(v.encoding, "UTF-16LE");
    assert!(v.paragraphs.iter().any(|p| p.text.contains("الجمعة")));
}

#[test]
fn a_non_breaking_hyphen_after_a_number_does_not_panic() {
    let text = "Prices hit a 16\u{2011}year high on Monday, the statistics office said.\n\nA 12\u{2013}month fall preceded it.\n";
    let v = load_bytes(text.as_bytes(), "h.txt", 0, IngestOptions { raw: true }).unwrap();
    let c = parallax::pipeline::analyse(vec![v], Vec::new(), Default::default());
    assert!(c.figures.iter().any(|f| f.text.starts_with("16")));
}

#[test]
fn html_nested_twenty_thousand_deep_is_flattened_not_fatal() {
    let mut html = String::from("<html><body>");
    for _ in 0..20_000 {
        html.push_str("<div>");
    }
    html.push_str("<p>The Kestrel Bay Bridge reopened on Friday after eight months of repairs, the mayor said.</p>");
    for _ in 0..20_000 {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    let v = load_on_a_small_stack(html, "deep.html");
    assert!(v.paragraphs.iter().any(|p| p.text.contains("reopened")));
    assert!(v.notes.iter().any(|n| n.contains("flattened")));
}

/// A page read on a 2 MiB stack, as the window's worker and the test
/// harness run: a stack overflow aborts the run, so this must come back.
fn load_on_a_small_stack(html: String, name: &'static str) -> parallax::model::Version {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || load_bytes(html.as_bytes(), name, 0, IngestOptions::default()))
        .unwrap()
        .join()
        .expect("no stack overflow")
        .expect("readable")
}

#[test]
fn stray_closing_tags_do_not_hide_depth_and_unclosed_paragraphs_are_not_depth() {
    // "<span></p>": the span stays open (a stray "</p>" closes nothing), so
    // three thousand of them are three thousand levels.
    let mut html = String::from("<html><body><article>");
    html.push_str(&"<span></p>".repeat(3000));
    html.push_str("<p>The Kestrel Bay Bridge reopened on Friday after eight months of repairs, the mayor said.</p>");
    html.push_str("</article></body></html>");
    let v = load_on_a_small_stack(html, "stray.html");
    assert!(v.paragraphs.iter().any(|p| p.text.contains("reopened")));
    assert!(v.notes.iter().any(|n| n.contains("flattened")));

    // Six hundred paragraphs never closed are siblings, as a browser reads
    // them: nothing is flattened and each stays a paragraph.
    let mut html = String::from("<html><body><article>");
    let words = [
        "harbour",
        "council",
        "ferry",
        "tide",
        "budget",
        "school",
        "bridge",
        "mayor",
        "fishermen",
        "market",
        "storm",
        "lighthouse",
        "quay",
        "tender",
        "contract",
        "inspector",
        "dredging",
    ];
    for i in 0..600usize {
        // A fixed pseudo-random pick, so that no two paragraphs repeat.
        let mut seed = (i as u64 + 1).wrapping_mul(6364136223846793005);
        let body: Vec<&str> = (0..14)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                words[(seed >> 33) as usize % words.len()]
            })
            .collect();
        html.push_str(&format!("<p>Paragraph {i}: the {}.", body.join(" ")));
    }
    html.push_str("</article></body></html>");
    let v = load_bytes(
        html.as_bytes(),
        "unclosed.html",
        0,
        IngestOptions::default(),
    )
    .unwrap();
    assert!(
        !v.notes.iter().any(|n| n.contains("flattened")),
        "{:?}",
        v.notes
    );
    assert!(v.paragraphs.len() >= 500, "{}", v.paragraphs.len());
}

#[test]
fn hostile_file_names_cannot_inject_markup_into_the_markdown_report() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a|b`<img src=x onerror=alert(1)>.txt";
    let path = dir.path().join(name);
    if std::fs::write(&path, STORY).is_err() {
        return; // the file system refuses such names
    }
    let o = bin()
        .arg("compare")
        .arg(&path)
        .args(["--out", "-", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let md = String::from_utf8_lossy(&o.stdout);
    let line = md
        .lines()
        .find(|l| l.contains("onerror"))
        .expect("the file is listed");
    // Inside a code span, with the pipe escaped and no backtick to break out.
    assert!(line.contains("`") && line.contains("a\\|b'<img"), "{line}");
}

/// Found by the Unicode-rich story fuzzer: a figure's end fell inside a
/// three-byte character ("26‑一", after "İstanbul", whose lower case is
/// longer than itself). Every figure span must cut the text on character
/// boundaries, and the whole analysis must go through.
#[test]
fn figures_next_to_multi_byte_characters_cut_on_boundaries() {
    let texts = [
        "5–2—مرحباZelenskyy'ofßministere\u{301}*«Non»—pivotalß'二resign”İstanbulvotede\u{301}$1,250|‑Dr\u{200b}\u{200b}voted\u{a0}\"NATO😀26‑一U.S.18 Decembersaid3.5%一tens...‑3.5%—",
        "İstanbul 26‑一 3.5%İ 4 PERCENTİ 12 per centİ 7 bpsİ",
        "NATO5–2—مرحباZelenskyy'ofßministeré*«Non»—pivotalß'二resign”İstanbulvotedé$1,250|‑Drvoted \"NATO😀26‑一U.S.18 Decembersaid3.5%一tens...‑3.5%—",
    ];
    for text in texts {
        for f in parallax::extract::figures::find(text, Some(2025)) {
            assert!(text.get(f.start..f.end).is_some(), "{f:?} in {text}");
        }
    }
    let versions: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| load_bytes(t.as_bytes(), "fuzz.txt", i, IngestOptions::default()).unwrap())
        .collect();
    let c = parallax::pipeline::analyse(versions, vec![], parallax::pipeline::Options::default());
    assert_eq!(c.versions.len(), 3);
}
