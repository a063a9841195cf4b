//! Framing read from structure: what each version puts in its headline and
//! its lede, with the answers wanted.

use parallax::ingest::{IngestOptions, load_bytes};
use parallax::model::{Comparison, FramingKind, Version};
use parallax::pipeline::{Options, analyse};

fn version(i: usize, title: Option<&str>, text: &str) -> Version {
    let mut v = load_bytes(
        text.as_bytes(),
        &format!("v{i}.txt"),
        i,
        IngestOptions { raw: true },
    )
    .expect("loads");
    v.title = title.map(str::to_string);
    v
}

fn compare(versions: Vec<Version>) -> Comparison {
    analyse(versions, Vec::new(), Options::default())
}

#[test]
fn headlines_that_share_only_the_subject_differ() {
    // Every headline names the company and the cuts; what each says about
    // them differs. Two wire copies with one headline are not a difference.
    let body =
        "Harbour Freight will cut 420 jobs at its Castrel depot, the company said on Monday.";
    let c = compare(vec![
        version(0, Some("Harbour Freight to cut 420 Castrel jobs"), body),
        version(1, Some("Harbour Freight to cut 420 Castrel jobs"), body),
        version(2, Some("Castrel reels as Harbour Freight axes jobs"), body),
        version(
            3,
            Some("Harbour Freight job cuts blamed on canal tolls"),
            body,
        ),
    ]);
    let item = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::Headline)
        .expect("a headline item");
    assert_eq!(item.versions, vec![2, 3], "{item:?}");
    assert!(item.terms.iter().any(|t| t == "reels"), "{item:?}");
}

#[test]
fn a_fact_some_open_with_and_others_give_later() {
    let c = compare(vec![
        version(
            0,
            None,
            "Harbour Freight will cut 420 jobs at its Castrel depot, saving 30 million crowns a year.\n\nUnions called a meeting for Friday.",
        ),
        version(
            1,
            None,
            "Harbour Freight is shutting its Castrel depot with the loss of 420 jobs.\n\nUnions have called a meeting for Friday.\n\nThe closure will save 30 million crowns a year, the company said.",
        ),
        version(
            2,
            None,
            "Harbour Freight is closing its Castrel depot, where 420 people work.\n\nThe unions will meet on Friday.",
        ),
    ]);
    let item = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::Lede && i.terms.iter().any(|t| t.contains("30 million")))
        .unwrap_or_else(|| panic!("a lede item on the savings: {:#?}", c.framing));
    assert_eq!(item.versions, vec![0, 1, 2]);
    assert!(item.detail.contains("gives it later"), "{}", item.detail);
    assert!(item.detail.contains("never gives it"), "{}", item.detail);
    // 420 jobs open every version: no item.
    assert!(
        !c.framing
            .iter()
            .any(|i| i.kind == FramingKind::Lede && i.terms.iter().any(|t| t.contains("420"))),
        "{:#?}",
        c.framing
    );
}
