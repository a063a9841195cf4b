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
    crate::common::validate_report(&v);
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
    crate::common::validate_report(&v);
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
    crate::common::validate_report(&v);
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

#[test]
fn schema_completions_and_manual_page() {
    let o = bin().arg("schema").output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let printed: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(printed, crate::common::committed_schema());
    for shell in ["bash", "zsh", "fish"] {
        let o = bin().args(["completions", shell]).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(
            text.contains("compare") && text.contains("out"),
            "{shell}: {text}"
        );
    }
    let o = bin().arg("man").output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let man = String::from_utf8_lossy(&o.stdout);
    assert!(
        man.contains(".TH parallax 1") && man.contains("compare"),
        "{man}"
    );
}

/// Read a CSV table back with the csv crate: header and rows.
fn read_table(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// `compare` the sample story into a JSON report at `out`.
fn write_sample_json(out: &std::path::Path) {
    let status = bin()
        .arg("compare")
        .args(sample_paths())
        .arg("--out")
        .arg(out)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn csv_tables_in_a_folder_read_back() {
    let dir = tmp();
    let json = dir.path().join("r.json");
    let tables = dir.path().join("tables");
    write_sample_json(&json);
    let status = bin()
        .arg("compare")
        .args(sample_paths())
        .args(["--format", "csv", "--out"])
        .arg(&tables)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    let c: parallax::model::Comparison =
        serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    for (name, columns) in parallax::report::csv::TABLES {
        let (header, rows) = read_table(&tables.join(name));
        assert_eq!(&header, columns, "{name}");
        for r in &rows {
            assert_eq!(r.len(), columns.len(), "{name}");
        }
        let expected = match *name {
            "versions.csv" => c.versions.len(),
            "quotes.csv" => c.quotes.len(),
            "figures.csv" => c.figures.len(),
            "entities.csv" => c.entities.iter().map(|e| e.mentions.len()).sum(),
            "provenance.csv" => c.provenance.pairs.len(),
            _ => rows.len(),
        };
        assert_eq!(rows.len(), expected, "{name}");
    }
    // Each quotation row holds the quoted words and its outlet, as in the report.
    let (_, quotes) = read_table(&tables.join("quotes.csv"));
    for (row, q) in quotes.iter().zip(&c.quotes) {
        assert_eq!(row[1], q.version.to_string());
        assert_eq!(row[2], c.versions[q.version].outlet);
        assert_eq!(row[3], q.paragraph.to_string());
        assert_eq!(row[4], q.text);
    }
    // Every framing item has at least one row.
    let (_, framing) = read_table(&tables.join("framing.csv"));
    for i in 0..c.framing.len() {
        assert!(
            framing.iter().any(|r| r[0] == i.to_string()),
            "framing item {i}"
        );
    }
    // Tables need a folder: standard output and an existing file are refused.
    let o = bin()
        .args(["compare", "--format", "csv", "--out", "-"])
        .args(sample_paths())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("folder"));
}

#[test]
fn a_saved_report_is_written_again_in_any_format() {
    let dir = tmp();
    let json = dir.path().join("r.json");
    write_sample_json(&json);
    let again = dir.path().join("again.json");
    let html = dir.path().join("again.html");
    for out in [&again, &html] {
        let o = bin()
            .arg("compare")
            .arg(&json)
            .arg("--out")
            .arg(out)
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(&json).unwrap()
    );
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    // Beside versions of a story, a saved report is named and left out.
    let o = bin()
        .arg("compare")
        .arg(fixture("ingest/menus.txt"))
        .arg(&json)
        .args(["--out", "-"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("saved Parallax comparison"));
    // A report cut short is refused with the reason.
    let cut = dir.path().join("cut.json");
    let bytes = std::fs::read(&json).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let o = bin()
        .arg("compare")
        .arg(&cut)
        .args(["--out", "-"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cut.json") && err.contains("invalid JSON"),
        "{err}"
    );
}

/// `compare` over the bundled sample and one more file written with `text`:
/// what the command said, and its JSON report.
fn compare_sample_with(name: &str, text: &str) -> (std::process::Output, serde_json::Value) {
    let dir = tmp();
    let other = dir.path().join(name);
    std::fs::write(&other, text).unwrap();
    let out = dir.path().join("r.json");
    let o = bin()
        .arg("compare")
        .args(sample_paths())
        .arg(&other)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let v = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    (o, v)
}

#[test]
fn a_version_of_another_story_is_named_and_still_compared() {
    let (o, v) = compare_sample_with(
        "garden-show.txt",
        "Roses and tulips filled the exhibition hall of the spring garden show in Eastbrook.\n\n\
         Judges awarded the gold medal to a rock garden built by a school from Millford.\n\n\
         Visitors queued for an hour to see the orchid display, which organisers called their best yet.\n\n\
         The show closes on Sunday evening with a plant sale for charity.",
    );
    // A note, not a failure: the file was read and compared.
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    let notes: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("different story"))
        .collect();
    assert_eq!(notes.len(), 1, "{err}");
    assert!(notes[0].contains("garden-show.txt"), "{err}");
    let versions = v["versions"].as_array().unwrap();
    let noted: Vec<&str> = versions
        .iter()
        .filter(|x| x["notes"].to_string().contains("different story"))
        .map(|x| x["path"].as_str().unwrap())
        .collect();
    assert_eq!(noted.len(), 1);
    assert!(noted[0].ends_with("garden-show.txt"));
}

#[test]
fn a_long_page_about_something_else_is_not_the_base() {
    // Eighty paragraphs of garden words in random order, no two alike.
    let words = [
        "roses",
        "tulips",
        "orchids",
        "judges",
        "visitors",
        "gardeners",
        "medal",
        "hall",
        "compost",
        "seedlings",
        "hedge",
        "pond",
        "trellis",
        "bulbs",
        "ferns",
        "moss",
        "lavender",
        "rain",
        "sunshine",
        "ribbons",
        "benches",
        "tea",
        "queues",
        "children",
        "pottery",
        "soil",
        "ivy",
        "maple",
        "birch",
        "willow",
        "daisies",
        "clover",
    ];
    let mut seed: usize = 7;
    let text: Vec<String> = (0..80)
        .map(|_| {
            let mut line: Vec<&str> = Vec::new();
            for _ in 0..14 {
                seed = (seed * 1_103_515_245 + 12_345) % (1 << 31);
                line.push(words[(seed >> 8) % words.len()]);
            }
            format!("At the Eastbrook show, {}.", line.join(" "))
        })
        .collect();
    let (o, v) = compare_sample_with("garden-guide.txt", &text.join("\n\n"));
    assert_eq!(o.status.code(), Some(0));
    let versions = v["versions"].as_array().unwrap();
    let longest = versions
        .iter()
        .enumerate()
        .max_by_key(|(_, x)| x["word_count"].as_u64())
        .map(|(i, _)| i)
        .unwrap();
    // The garden page is the longest, and it is not the base.
    assert!(
        versions[longest]["path"]
            .as_str()
            .unwrap()
            .ends_with("garden-guide.txt")
    );
    // Its note says it is another story; no omission item repeats that
    // for every paragraph of the real one.
    assert!(
        !v["framing"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "omission"
                && f["versions"].as_array().unwrap() == &vec![serde_json::json!(longest)]),
        "{}",
        v["framing"]
    );
    assert_ne!(
        v["settings"]["base"].as_u64(),
        Some(longest as u64),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
