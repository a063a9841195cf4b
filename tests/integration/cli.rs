//! The `compare` command line: exit codes, bad inputs, atomic reports.

use std::path::PathBuf;
use std::process::Command;

use crate::common::{fixture, sample_paths};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn writes_json_report_with_every_key() {
    let dir = tmp();
    let out = dir.path().join("r.json");
    let status = bin()
        .arg("compare")
        .args(sample_paths())
        .arg("--out")
        .arg(&out)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["format"], "parallax-report/1");
    for key in [
        "generator",
        "versions",
        "alignment",
        "quotes",
        "figures",
        "entities",
        "framing",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["versions"].as_array().unwrap().len(), 5);
    for (i, ver) in v["versions"].as_array().unwrap().iter().enumerate() {
        assert_eq!(ver["id"], format!("v{i}"));
        for key in [
            "path",
            "outlet",
            "title",
            "published",
            "paragraphs",
            "removed",
        ] {
            assert!(ver.get(key).is_some(), "v{i} missing {key}");
        }
    }
}

#[test]
fn bad_inputs_with_one_good_file_exit_1_and_name_each() {
    let dir = tmp();
    let out = dir.path().join("r.json");
    let big = dir.path().join("big.txt");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(51 * 1024 * 1024).unwrap();
    let bad: Vec<PathBuf> = vec![
        fixture("ingest/empty.txt"),
        fixture("ingest/image.png"),
        fixture("ingest/invalid.json"),
        fixture("ingest/no_text.json"),
        fixture("ingest/no_article.html"),
        dir.path().join("missing.txt"),
        dir.path().to_path_buf(),
        big.clone(),
    ];
    let o = bin()
        .arg("compare")
        .arg(fixture("ingest/menus.txt"))
        .args(&bad)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    for b in &bad {
        assert!(
            err.contains(&*b.to_string_lossy()),
            "{} not named in {err}",
            b.display()
        );
    }
    assert!(err.contains("over the"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["versions"].as_array().unwrap().len(), 1);
    assert_eq!(v["warnings"].as_array().unwrap().len(), bad.len());
}

#[test]
fn all_inputs_bad_exit_2_and_write_nothing() {
    let dir = tmp();
    let out = dir.path().join("r.json");
    let o = bin()
        .arg("compare")
        .arg(fixture("ingest/empty.txt"))
        .arg(fixture("ingest/image.png"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
}

#[test]
fn out_naming_an_input_is_refused() {
    let dir = tmp();
    let input = dir.path().join("a.txt");
    std::fs::copy(fixture("ingest/menus.txt"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let o = bin()
        .arg("compare")
        .arg(&input)
        .arg("--out")
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn stdout_raw_and_format_flags() {
    let o = bin()
        .args(["compare", "--raw", "--format", "json", "--out", "-"])
        .arg(fixture("ingest/menus.txt"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["settings"]["raw"], true);
    assert!(v["versions"][0]["removed"].as_array().unwrap().is_empty());
    let o = bin()
        .args(["compare", "--format", "pdf", "--out", "-"])
        .arg(fixture("ingest/menus.txt"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_and_version() {
    let o = bin().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains(env!("CARGO_PKG_VERSION")));
    let o = bin().args(["compare", "--help"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("--out"));
    let o = bin().arg("compare").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}
