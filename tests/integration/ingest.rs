//! Reading real article files: formats, encodings, cleaning, sentences.

use parallax::error::InputError;
use parallax::ingest::{self, IngestOptions};
use parallax::model::{ParagraphKind, RemovalReason, SourceFormat};

use crate::common::{fixture, load, render_version, sample_paths};

fn body(v: &parallax::model::Version) -> Vec<&str> {
    v.paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body)
        .map(|p| p.text.as_str())
        .collect()
}

#[test]
fn repeated_captions_are_kept_once_as_captions() {
    let v = load(&fixture("ingest/repeated_captions.txt"));
    assert_eq!(
        v.title.as_deref(),
        Some("Carran’s Marlow Street Library reopens after six-year restoration")
    );
    let captions: Vec<_> = v
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Caption)
        .collect();
    assert_eq!(captions.len(), 2);
    assert_eq!(body(&v).len(), 5);
    assert_eq!(
        v.removed
            .iter()
            .filter(|r| r.reason == RemovalReason::Duplicate)
            .count(),
        3
    );
    insta::assert_snapshot!("repeated_captions", render_version(&v));
}

#[test]
fn menus_and_furniture_go_to_removed_with_reasons() {
    let v = load(&fixture("ingest/menus.txt"));
    assert_eq!(body(&v).len(), 4);
    let reasons: Vec<RemovalReason> = v.removed.iter().map(|r| r.reason).collect();
    for want in [
        RemovalReason::Navigation,
        RemovalReason::Boilerplate,
        RemovalReason::Share,
        RemovalReason::Related,
    ] {
        assert!(reasons.contains(&want), "{want:?} missing in {reasons:?}");
    }
    insta::assert_snapshot!("menus", render_version(&v));
}

#[test]
fn windows_1252_is_detected_not_assumed() {
    let v = load(&fixture("ingest/cp1252.txt"));
    assert_eq!(v.encoding, "windows-1252");
    assert_eq!(
        v.title.as_deref(),
        Some("Café owner fined £2,400 over “illegal” pavement tables")
    );
    assert!(!v.paragraphs.iter().any(|p| p.text.contains('\u{FFFD}')));
    assert_eq!(body(&v).len(), 4);
}

#[test]
fn utf16_both_byte_orders() {
    let le = load(&fixture("ingest/utf16le.txt"));
    assert_eq!(le.encoding, "UTF-16LE");
    assert_eq!(
        le.title.as_deref(),
        Some("Night ferry to Brisholm cancelled for the winter")
    );
    assert_eq!(body(&le).len(), 3);
    let be = load(&fixture("ingest/utf16be.txt"));
    assert_eq!(be.encoding, "UTF-16BE");
    assert_eq!(
        be.title.as_deref(),
        Some("Rare orchid found on Tarrow Moor for first time in 80 years")
    );
    assert_eq!(body(&be).len(), 3);
}

#[test]
fn hard_wrapped_wire_copy_is_joined_back() {
    let v = load(&fixture("ingest/wire_wrapped.txt"));
    assert_eq!(
        v.title.as_deref(),
        Some("Glacier monitors warn of record ice loss in Alpine survey")
    );
    let b = body(&v);
    assert_eq!(b.len(), 4, "{b:#?}");
    assert!(b[0].starts_with("GENEVA, June 12 (Wire) -"));
    assert!(b.iter().any(|p| p.contains("below-average")));
    assert_eq!(v.authors, vec!["Corinne Abelard"]);
    // The staff credit at the foot is the story's byline, kept.
    assert!(
        v.paragraphs
            .last()
            .is_some_and(|p| p.kind == ParagraphKind::Byline && p.text.contains("Paul Dessaix"))
    );
    insta::assert_snapshot!("wire_wrapped", render_version(&v));
}

#[test]
fn saved_page_full_of_chrome_keeps_only_the_article() {
    let v = load(&fixture("ingest/chrome_page.html"));
    assert_eq!(v.format, SourceFormat::Html);
    assert_eq!(
        v.title.as_deref(),
        Some("Harbourside market to close for redevelopment")
    );
    assert_eq!(body(&v).len(), 4);
    assert_eq!(
        v.paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Caption)
            .count(),
        1
    );
    for furniture in ["cookies", "Most read", "Load more comments", "Sign me up"] {
        assert!(
            !v.paragraphs.iter().any(|p| p.text.contains(furniture)),
            "{furniture} kept"
        );
        assert!(
            v.removed.iter().any(|r| r.text.contains(furniture)),
            "{furniture} not in removed"
        );
    }
    insta::assert_snapshot!("chrome_page", render_version(&v));
}

#[test]
fn non_breaking_spaces_entities_and_cr_line_ends() {
    let v = load(&fixture("ingest/nbsp_entities.txt"));
    assert_eq!(
        v.title.as_deref(),
        Some("Coastal path reopens after landslip & rockfall repairs")
    );
    assert_eq!(body(&v).len(), 4);
    assert!(
        !v.paragraphs.iter().any(|p| p.text.contains('\u{A0}')
            || p.text.contains("&amp;")
            || p.text.contains("&#"))
    );
    assert!(v.paragraphs.iter().any(|p| p.text.contains('“')));
}

#[test]
fn bad_inputs_are_named_errors() {
    let o = IngestOptions::default();
    type Check = fn(&InputError) -> bool;
    let cases: [(&str, Check); 5] = [
        ("ingest/empty.txt", |e| matches!(e, InputError::Empty)),
        ("ingest/image.png", |e| matches!(e, InputError::Binary(_))),
        ("ingest/invalid.json", |e| {
            matches!(e, InputError::InvalidJson(_))
        }),
        ("ingest/no_text.json", |e| {
            matches!(e, InputError::JsonWithoutText)
        }),
        ("ingest/no_article.html", |e| {
            matches!(e, InputError::NoArticle(_))
        }),
    ];
    for (name, check) in cases {
        let err = ingest::load_file(&fixture(name), 0, o).expect_err(name);
        assert!(check(&err), "{name}: {err}");
    }
    assert_eq!(
        ingest::load_file(&fixture("no-such-file.txt"), 0, o).unwrap_err(),
        InputError::NotFound
    );
    assert_eq!(
        ingest::load_file(&fixture("ingest"), 0, o).unwrap_err(),
        InputError::Directory
    );
}

#[test]
fn random_bytes_never_panic() {
    let mut x: u64 = 0x9E3779B97F4A7C15;
    for len in [1usize, 7, 100, 5000] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        for name in ["r.txt", "r.html", "r.json", "r.md"] {
            let _ = ingest::load_bytes(&bytes, name, 0, IngestOptions::default());
        }
    }
}

#[test]
fn raw_mode_keeps_every_block_as_body() {
    let v = ingest::load_bytes(
        "Advertisement\n\nBy Someone\n\nA sentence. Another one.".as_bytes(),
        "x.txt",
        0,
        IngestOptions { raw: true },
    )
    .unwrap();
    assert_eq!(v.title, None);
    assert_eq!(v.paragraphs.len(), 3);
    assert!(v.paragraphs.iter().all(|p| p.kind == ParagraphKind::Body));
    assert_eq!(
        v.paragraphs[2].sentences,
        vec!["A sentence.", "Another one."]
    );
}

#[test]
fn sample_story_is_cleaned() {
    for path in sample_paths() {
        let v = load(&path);
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        assert!(v.title.is_some(), "{name} has no title");
        assert!(v.word_count > 300, "{name} too short");
        for p in &v.paragraphs {
            for junk in [
                "Advertisement",
                "Share this article",
                "Read more:",
                "We use cookies",
                "Updated:",
                "• English",
            ] {
                assert!(
                    !(p.kind == ParagraphKind::Body && p.text.contains(junk)),
                    "{name} kept {junk}"
                );
            }
        }
        insta::assert_snapshot!(format!("sample_{name}"), render_version(&v));
    }
}

#[test]
fn the_first_line_above_a_byline_and_the_story_is_its_headline() {
    // The story need not repeat the headline's words ("unheeded" is told
    // as "ignored"): the first line, then a byline, then prose, is the
    // headline by position.
    let text = "Alarms went unheeded before the Marrow Creek levee gave way, engineers say\n\n\
By Dana Whitlock\n\n\
Questions grew on Thursday over why county officials ignored two inspection reports on the earth bank that burst overnight.\n\n\
The breach flooded 300 homes in the lower town, the county said.";
    let v = ingest::load_bytes(text.as_bytes(), "levee.txt", 0, IngestOptions::default())
        .expect("loads");
    assert_eq!(
        v.title.as_deref(),
        Some("Alarms went unheeded before the Marrow Creek levee gave way, engineers say")
    );
    assert!(
        !body(&v).iter().any(|p| p.starts_with("Alarms")),
        "{:?}",
        body(&v)
    );
}

#[test]
fn an_old_table_layout_keeps_its_story_and_sets_its_furniture_aside() {
    // The extractor keeps nearly the whole page of a table layout; the
    // cells named as chrome (masthead, most read) are set aside by their
    // names, the author box and the credit-labelled caption by their words.
    let v = load(&fixture("ingest/table_layout.html"));
    let body = body(&v);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[0].starts_with("A fire at the disused bobbin mill"));
    let caption = v
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Caption)
        .expect("a caption");
    assert!(caption.text.ends_with("Picture: Echo"));
    // An embedded post keeps its closing credit inside its quotation.
    let posts: Vec<&str> = v
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::QuoteBlock)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(posts.len(), 1, "{posts:#?}");
    assert!(
        posts[0].ends_with("(@tollecouncil) April 8, 2025"),
        "{posts:#?}"
    );
    assert_eq!(v.authors, vec!["Wenna Tregarthen".to_string()]);
    assert_eq!(v.published.as_deref(), Some("2025-04-08T09:15:00"));
    assert_eq!(v.outlet, "Tollbridge Weekly Echo");
    let removed: Vec<&str> = v.removed.iter().map(|r| r.text.as_str()).collect();
    for gone in [
        "Read across the Tolle valley",
        "About the author",
        "2. Council approves",
    ] {
        assert!(
            removed.iter().any(|r| r.starts_with(gone)),
            "{gone}: {removed:#?}"
        );
    }
}

#[test]
fn a_syndicated_page_credits_its_source_and_drops_paywall_and_screen_reader_labels() {
    let v = load(&fixture("ingest/syndicated_amp.html"));
    let body = body(&v);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(
        !body
            .iter()
            .any(|p| p.contains("unlimited access") || p.contains("originally appeared"))
    );
    let caption = v
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Caption)
        .expect("a caption");
    assert_eq!(
        caption.text,
        "The Kestrel ferry leaving the north quay on Monday"
    );
    let c =
        parallax::pipeline::analyse(vec![v], Vec::new(), parallax::pipeline::Options::default());
    assert_eq!(c.versions[0].credit.as_deref(), Some("The Harbour Ledger"));
}

#[test]
fn touching_inline_elements_keep_their_words_apart() {
    // "<span>Ellie Brennan</span><span>Business reporter</span>": laid out
    // apart by the page's style, read apart.
    let html = r#"<html><body><article><h1>Port strike shuts the docks for three days</h1>
<div class="contributor"><span class="name">Ellie Brennan</span><span class="role">Business reporter</span></div>
<p>Dockers at the port of Tollmouth walked out on Monday after pay talks collapsed, the union said in a statement.</p>
<p>The operator said it was disappointed and that its offer was one of the best in the sector.</p>
<p>Talks are expected to resume later in the week, both sides said on Monday evening.</p>
</article></body></html>"#;
    let v = ingest::load_bytes(html.as_bytes(), "strike.html", 0, IngestOptions::default())
        .expect("loads");
    let byline = v
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Byline)
        .expect("a byline");
    assert!(
        byline.text.contains("Ellie Brennan Business reporter"),
        "{byline:?}"
    );
}
