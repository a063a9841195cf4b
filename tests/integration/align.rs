//! Alignment: the tricky cases with the rows wanted, invariants checked by
//! property tests, and a snapshot of the bundled sample's rows.

use parallax::align;
use parallax::model::{Paragraph, ParagraphKind, RowStatus, Version};
use proptest::prelude::*;
use serde_json::Value;

use crate::common::{fixture, sample};

fn version(paras: &[(ParagraphKind, String)]) -> Version {
    Version::from_paragraphs(
        "",
        paras
            .iter()
            .map(|(kind, text)| Paragraph {
                kind: *kind,
                text: text.clone(),
                sentences: parallax::ingest::segment::sentences(text),
            })
            .collect(),
    )
}

fn parse_para(v: &Value) -> (ParagraphKind, String) {
    match v {
        Value::String(s) => (ParagraphKind::Body, s.clone()),
        Value::Object(o) => {
            let kind = match o["kind"].as_str().unwrap() {
                "caption" => ParagraphKind::Caption,
                "heading" => ParagraphKind::Heading,
                _ => ParagraphKind::Body,
            };
            (kind, o["text"].as_str().unwrap().to_string())
        }
        _ => panic!("bad paragraph"),
    }
}

#[test]
fn tricky_cases_give_the_rows_wanted() {
    let cases: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(fixture("align/tricky_cases.json")).unwrap())
            .unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let versions: Vec<Version> = case["versions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                version(
                    &v.as_array()
                        .unwrap()
                        .iter()
                        .map(parse_para)
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        let rows = align::align(&versions);
        let got: Vec<Vec<Vec<usize>>> = rows.iter().map(|r| r.cells.clone()).collect();
        let want: Vec<Vec<Vec<usize>>> = serde_json::from_value(case["rows"].clone()).unwrap();
        if got != want {
            failures.push(format!("{}: got {got:?}, want {want:?}", case["name"]));
            continue;
        }
        if let Some(moved) = case.get("moved") {
            let want: Vec<Vec<usize>> = serde_json::from_value(moved.clone()).unwrap();
            let got: Vec<Vec<usize>> = rows.iter().map(|r| r.moved.clone()).collect();
            if got != want {
                failures.push(format!(
                    "{} moved: got {got:?}, want {want:?}",
                    case["name"]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Check the invariants every alignment keeps.
fn check_invariants(versions: &[Version], rows: &[parallax::model::Row]) -> Result<(), String> {
    for (v, ver) in versions.iter().enumerate() {
        let mut seen = vec![0; ver.paragraphs.len()];
        let mut order = Vec::new();
        for row in rows {
            if row.cells.len() != versions.len() {
                return Err("row width".into());
            }
            for &p in &row.cells[v] {
                *seen.get_mut(p).ok_or("paragraph index out of range")? += 1;
                if !row.moved.contains(&v) {
                    order.push(p);
                }
            }
        }
        if seen.iter().any(|&c| c != 1) {
            return Err(format!("v{v}: paragraphs not exactly once: {seen:?}"));
        }
        if order.windows(2).any(|w| w[0] > w[1]) {
            return Err(format!("v{v}: order broken outside moved rows: {order:?}"));
        }
    }
    for row in rows {
        if !(0.0..=1.0).contains(&row.similarity) {
            return Err("similarity out of range".into());
        }
        if row.cells.iter().all(|c| c.is_empty()) {
            return Err("empty row".into());
        }
    }
    Ok(())
}

const POOL: &[&str] = &[
    "The storm closed the port of Lindmark on Monday, the harbour master said.",
    "Forty ships waited offshore for two days as waves reached six metres.",
    "Fishermen said the closure cost them a week of income.",
    "The port reopened on Wednesday morning after inspections of the piers.",
    "The mayor promised compensation for traders who lost stock in the flood.",
    "Insurers estimated the damage at 30 million crowns.",
    "Rail services to the coast were suspended until Thursday.",
    "Schools in the old town stayed closed for a second day.",
    "Volunteers filled sandbags through the night along the river wall.",
    "Forecasters warned of another storm at the weekend.",
];

prop_compose! {
    fn story()(n in 1usize..4, picks in proptest::collection::vec(proptest::collection::vec(0usize..POOL.len(), 0..8), 1..4), seed in 0u64..1000)
        -> (Vec<Vec<String>>, u64) {
        let _ = n;
        let versions = picks.into_iter().map(|p| p.into_iter().map(|i| POOL[i].to_string()).collect()).collect();
        (versions, seed)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_paragraph_once_and_order_kept((texts, _seed) in story()) {
        let versions: Vec<Version> = texts.iter().map(|t| version(&t.iter().map(|s| (ParagraphKind::Body, s.clone())).collect::<Vec<_>>())).collect();
        let rows = align::align(&versions);
        prop_assert!(check_invariants(&versions, &rows).is_ok(), "{:?}", check_invariants(&versions, &rows));
    }

    #[test]
    fn a_version_with_itself_is_identical(picks in proptest::collection::vec(0usize..POOL.len(), 1..8)) {
        let mut seen = std::collections::HashSet::new();
        let paras: Vec<(ParagraphKind, String)> = picks.into_iter().filter(|i| seen.insert(*i)).map(|i| (ParagraphKind::Body, POOL[i].to_string())).collect();
        let v = version(&paras);
        let rows = align::align(&[v.clone(), v]);
        prop_assert_eq!(rows.len(), paras.len());
        for (i, r) in rows.iter().enumerate() {
            prop_assert_eq!(&r.cells, &vec![vec![i], vec![i]]);
            prop_assert_eq!(r.status, RowStatus::Identical);
            prop_assert_eq!(r.similarity, 1.0);
        }
    }
}

#[test]
fn sample_alignment_keeps_invariants_and_snapshot() {
    let c = sample();
    check_invariants(&c.versions, &c.alignment).unwrap();
    let mut s = String::new();
    for (i, r) in c.alignment.iter().enumerate() {
        let cells: Vec<String> = r
            .cells
            .iter()
            .enumerate()
            .map(|(v, cell)| {
                let ids: Vec<String> = cell.iter().map(|p| p.to_string()).collect();
                let m = if r.moved.contains(&v) { "*" } else { "" };
                format!("{}{}", ids.join("+"), m)
            })
            .collect();
        let first = r
            .cells
            .iter()
            .enumerate()
            .find_map(|(v, cell)| {
                cell.first().map(|&p| {
                    c.versions[v].paragraphs[p]
                        .text
                        .chars()
                        .take(50)
                        .collect::<String>()
                })
            })
            .unwrap_or_default();
        s.push_str(&format!(
            "{i:>2} {:<9} {:.2} [{}] {first}\n",
            r.status.as_str(),
            r.similarity,
            cells.join(" | ")
        ));
    }
    insta::assert_snapshot!("sample_alignment", s);
}
