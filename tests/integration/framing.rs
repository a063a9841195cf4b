//! Framing read from structure: what each version puts in its headline and
//! its lede, with the answers wanted.

use parallax::ingest::{IngestOptions, load_bytes};
use parallax::model::{Comparison, FramingItem, FramingKind, Version};
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

/// The first framing item of `kind`.
fn first_of(c: &Comparison, kind: FramingKind) -> &FramingItem {
    c.framing
        .iter()
        .find(|i| i.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} item: {:#?}", c.framing))
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
    let item = first_of(&c, FramingKind::Headline);
    assert_eq!(item.versions, vec![2, 3], "{item:?}");
    assert!(item.terms.iter().any(|t| t == "reels"), "{item:?}");
}

#[test]
fn a_headline_item_names_each_angle_not_its_kicker_or_the_place() {
    // Two headlines: one leads with mourning, the other with the toll. The
    // kicker ("In pictures:", "Velmora ferry:") and the place's name are
    // the story's label, not its angle; the toll is given with its noun.
    let body = "Velmora is mourning the victims of the ferry Aster, which sank on Tuesday with 41 people aboard.\n\nDivers found the last of the dead on Friday.";
    let c = compare(vec![
        version(
            0,
            Some("In pictures: Velmora residents mourn ferry victims as flags fly at half mast"),
            body,
        ),
        version(1, Some("Velmora Ferry: 41 Dead, Dozens Injured"), body),
    ]);
    let item = first_of(&c, FramingKind::Headline);
    assert_eq!(item.versions, vec![0, 1], "{item:?}");
    for want in ["mourn", "41 dead"] {
        assert!(item.terms.iter().any(|t| t == want), "{want}: {item:?}");
    }
    for label in ["pictures", "velmora"] {
        assert!(!item.terms.iter().any(|t| t == label), "{label}: {item:?}");
    }
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

fn loaded(c: &Comparison) -> Vec<(Vec<usize>, String)> {
    c.framing
        .iter()
        .filter(|i| i.kind == FramingKind::LoadedTerm)
        .map(|i| (i.versions.clone(), i.terms[0].clone()))
        .collect()
}

/// The versions of each loaded-term item on `term`.
/// Each of `words` is a loaded-term item of the first version alone.
fn assert_loaded_in_first(c: &Comparison, words: &[&str]) {
    let got = loaded(c);
    for want in words {
        assert!(
            got.iter().any(|(v, t)| t == want && v == &vec![0]),
            "{want}: {got:?}"
        );
    }
}

fn loaded_as(c: &Comparison, term: &str) -> Vec<Vec<usize>> {
    loaded(c)
        .into_iter()
        .filter(|(_, t)| t == term)
        .map(|(vs, _)| vs)
        .collect()
}

#[test]
fn metaphors_and_crime_words_a_minority_uses_are_loaded() {
    let c = compare(vec![
        version(
            0,
            None,
            "The two ferry companies are competing for the Castrel route. Prosecutors said the fare scheme broke the law.",
        ),
        version(
            1,
            None,
            "The two ferry companies are battling it out for the Castrel route. Prosecutors said the fare scam broke the law.",
        ),
        version(
            2,
            None,
            "Two ferry companies want the Castrel route. Prosecutors said the fare scheme was unlawful.",
        ),
    ]);
    let got = loaded(&c);
    assert!(
        got.contains(&(vec![1], "battling it out".to_string())),
        "{got:?}"
    );
    assert!(got.contains(&(vec![1], "scam".to_string())), "{got:?}");
    assert!(
        !got.iter().any(|(v, _)| v.contains(&0) || v.contains(&2)),
        "{got:?}"
    );
}

#[test]
fn belittling_sums_and_editorial_adverbs_are_loaded() {
    let c = compare(vec![
        version(
            0,
            None,
            "The regulator fined the company 4.2 million euros. The plant stays shut, the court ruled.",
        ),
        version(
            1,
            None,
            "The watchdog slapped the company with a paltry 4.2 million euro penalty. Shockingly, the plant stays shut, the court ruled.",
        ),
        version(
            2,
            None,
            "The company was fined 4.2 million euros by the regulator. The court ruled that the plant stays shut.",
        ),
    ]);
    let got = loaded(&c);
    for term in ["paltry", "slapped", "Shockingly"] {
        assert!(
            got.iter()
                .any(|(v, t)| v == &vec![1] && t.eq_ignore_ascii_case(term)),
            "{term}: {got:?}"
        );
    }
    assert!(
        !got.iter().any(|(v, _)| v.contains(&0) || v.contains(&2)),
        "{got:?}"
    );
}

#[test]
fn a_loaded_phrase_is_one_item_naming_the_word_the_others_use() {
    let c = compare(vec![
        version(
            0,
            None,
            "Attackers gathered outside the harbour office on Monday. Reporters showed intense interest in the talks.",
        ),
        version(
            1,
            None,
            "Thugs gathered outside the harbour office on Monday. The talks set off a feeding frenzy among reporters.",
        ),
        version(
            2,
            None,
            "A group of attackers gathered outside the harbour office on Monday. The talks drew reporters.",
        ),
    ]);
    let got = loaded(&c);
    // "frenzy" inside "feeding frenzy" is not a second item.
    assert!(
        got.contains(&(vec![1], "feeding frenzy".to_string())),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, t)| t == "frenzy"), "{got:?}");
    // The item names the neutral word the other versions used.
    let thugs = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::LoadedTerm && i.terms[0] == "thugs")
        .expect("'thugs' is loaded");
    assert!(
        thugs.detail.contains("other versions say “attackers”"),
        "{}",
        thugs.detail
    );
}

#[test]
fn physical_force_told_plainly_is_not_an_intensifier() {
    // Rioters "torched cars", protesters "stormed the parliament": what
    // happened, in the words the wires use for it; "torched the plan" is a
    // verb chosen for effect. ("A ship smashed into the bridge" stays
    // loaded: a vivid verb where "hit" tells the same collision.)
    let c = compare(vec![
        version(
            0,
            None,
            "Rioters torched cars overnight and protesters stormed the parliament.\n\nThe minister torched the plan.",
        ),
        version(
            1,
            None,
            "Rioters set cars on fire overnight and protesters entered the parliament. The minister rejected the plan.",
        ),
    ]);
    let got = loaded(&c);
    let terms: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
    assert!(terms.contains(&"torched"), "{got:?}");
    assert!(!terms.contains(&"stormed"), "{got:?}");
    for item in c
        .framing
        .iter()
        .filter(|i| i.kind == FramingKind::LoadedTerm && i.terms[0] == "torched")
    {
        assert!(
            item.evidence
                .iter()
                .all(|e| (e.version, e.paragraph) == (0, 1)),
            "{item:?}"
        );
    }
}

#[test]
fn literal_uses_are_not_loaded() {
    let c = compare(vec![
        version(
            0,
            None,
            "A runaway cargo ship hit the pier.\n\nThe port's safety regime is under review.\n\nPrices rose in runaway inflation.",
        ),
        version(
            1,
            None,
            "A ship hit the pier. The port's safety rules are under review. Prices rose quickly. Critics of the Korvan regime spoke.",
        ),
        version(
            2,
            None,
            "A ship struck the pier. Its safety rules are being reviewed.",
        ),
    ]);
    let got = loaded(&c);
    let terms: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
    // "runaway inflation" is loaded; "runaway cargo ship" is not: the one
    // item points at the paragraph on inflation.
    assert_eq!(
        got.iter().filter(|(_, t)| t == "runaway").count(),
        1,
        "{got:?}"
    );
    let ev = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::LoadedTerm && i.terms[0] == "runaway")
        .unwrap();
    assert_eq!(
        (ev.evidence[0].version, ev.evidence[0].paragraph),
        (0, 2),
        "{ev:?}"
    );
    // "the Korvan regime" is loaded; "safety regime" is not.
    let regime: Vec<&(Vec<usize>, String)> = got.iter().filter(|(_, t)| t == "regime").collect();
    assert_eq!(regime, vec![&(vec![1], "regime".to_string())], "{terms:?}");
}

#[test]
fn one_loaded_word_is_one_item_with_every_form_it_takes() {
    let c = compare(vec![
        version(
            0,
            Some("Con man who fleeced 900 savers is caged"),
            "The con man was jailed for six years on Monday for fleecing 900 savers.\n\nUnion bosses at the plant raked in bonuses, the paper said.",
        ),
        version(
            1,
            Some("Fund manager jailed for six years"),
            "A fund manager was jailed for six years on Monday for defrauding 900 savers.\n\nUnion leaders at the plant earned bonuses.",
        ),
        version(
            2,
            Some("Six years for fund fraud"),
            "A court jailed a fund manager for six years for defrauding savers.",
        ),
    ]);
    let got = loaded(&c);
    let item = |t: &str| {
        c.framing
            .iter()
            .find(|i| i.kind == FramingKind::LoadedTerm && i.terms.iter().any(|x| x == t))
            .unwrap_or_else(|| panic!("{t} in {got:?}"))
    };
    let fleece = item("fleecing");
    assert!(
        fleece.terms.iter().any(|t| t == "fleeced"),
        "{:?}",
        fleece.terms
    );
    assert_eq!(fleece.versions, vec![0]);
    for t in ["con man", "caged", "union bosses", "raked in"] {
        assert_eq!(item(t).versions, vec![0], "{t}");
    }
}

#[test]
fn allegedly_casts_doubt_on_a_reason_but_not_on_a_charge() {
    // Doubt on the reason an official gave for a delay is the outlet's
    // own; "allegedly" before what a defendant is charged with is the
    // neutral word of court reporting.
    let c = compare(vec![
        version(
            0,
            None,
            "The convoy left Marden four hours late, allegedly over fuel shortages.\n\nThe driver allegedly took a bribe at the checkpoint, prosecutors say.",
        ),
        version(
            1,
            None,
            "The convoy left Marden four hours late, citing fuel shortages.\n\nThe driver allegedly took a bribe at the checkpoint, prosecutors say.",
        ),
    ]);
    assert_eq!(
        loaded_as(&c, "allegedly"),
        vec![vec![0]],
        "{:?}",
        loaded(&c)
    );
}

#[test]
fn a_headline_word_is_loaded_and_a_literal_one_is_not() {
    // The loaded word stands only in one headline ("ferry horror"); a
    // fire that rages and people who watch in horror are told plainly.
    let c = compare(vec![
        version(
            0,
            Some("Harbour ferry horror: four hurt as boat hits quay"),
            "Four people were hurt when a ferry hit the quay at Dunmore on Friday.\n\nThe jackals of the opposition tried to torpedo the rescue fund, the mayor's office said.",
        ),
        version(
            1,
            Some("Four hurt as ferry hits quay while warehouse fire rages"),
            "Four people were hurt when a ferry struck the quay at Dunmore on Friday.\n\nPassengers watched in horror as a warehouse fire raged nearby.",
        ),
        version(
            2,
            Some("Ferry strikes Dunmore quay, four injured"),
            "A ferry struck the quay at Dunmore, injuring four people.",
        ),
    ]);
    let got = loaded(&c);
    let horror: Vec<&(Vec<usize>, String)> = got.iter().filter(|(_, t)| t == "horror").collect();
    assert_eq!(horror, vec![&(vec![0], "horror".to_string())], "{got:?}");
    assert!(!got.iter().any(|(_, t)| t.starts_with("rage")), "{got:?}");
    for word in ["jackals", "torpedo"] {
        assert!(
            got.iter().any(|(v, t)| t == word && v == &vec![0]),
            "{word}: {got:?}"
        );
    }
    // A word found only in a headline points at no paragraph.
    let item = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::LoadedTerm && i.terms[0] == "horror")
        .unwrap();
    assert!(item.evidence.is_empty(), "{item:?}");
}

#[test]
fn a_regime_after_a_determiner_names_a_government() {
    // "accused the regime of" calls a government a regime; "the new
    // licensing regime" is a set of rules.
    let c = compare(vec![
        version(
            0,
            None,
            "Exiles accused the regime of ignoring the warnings.\n\nThe new licensing regime starts in May.",
        ),
        version(
            1,
            None,
            "Exiles accused the government of ignoring the warnings.\n\nThe new licensing rules start in May.",
        ),
    ]);
    let got = loaded(&c);
    let regime: Vec<&(Vec<usize>, String)> = got.iter().filter(|(_, t)| t == "regime").collect();
    assert_eq!(regime, vec![&(vec![0], "regime".to_string())], "{got:?}");
    let ev = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::LoadedTerm && i.terms[0] == "regime")
        .unwrap();
    assert_eq!((ev.evidence[0].version, ev.evidence[0].paragraph), (0, 0));
}

#[test]
fn a_war_word_where_arms_are_used_is_no_metaphor() {
    // Gunmen who "ambushed" a convoy did just that; a minister "ambushed"
    // by reporters was not attacked; "under siege" likewise.
    let c = compare(vec![
        version(
            0,
            None,
            "Gunmen ambushed an aid convoy outside the town. Troops in the old fort were under siege for a week.\n\nThe minister was ambushed by reporters at the airport.",
        ),
        version(
            1,
            None,
            "Gunmen attacked an aid convoy outside the town. Troops in the old fort were surrounded for a week.\n\nThe minister was met by reporters at the airport.",
        ),
    ]);
    let got = loaded(&c);
    let ambushed: Vec<&(Vec<usize>, String)> =
        got.iter().filter(|(_, t)| t == "ambushed").collect();
    assert_eq!(ambushed.len(), 1, "{got:?}");
    let ev = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::LoadedTerm && i.terms[0] == "ambushed")
        .unwrap();
    assert_eq!((ev.evidence[0].version, ev.evidence[0].paragraph), (0, 1));
    assert!(!got.iter().any(|(_, t)| t == "under siege"), "{got:?}");
}

#[test]
fn an_adjective_is_loaded_as_written_not_by_its_stem() {
    // "crumbling" is loaded; "the bridge crumbled" tells what happened.
    let c = compare(vec![
        version(
            0,
            None,
            "The bridge crumbled into the river.\n\nThe city's crumbling roads need money.",
        ),
        version(
            1,
            None,
            "The bridge fell into the river.\n\nThe city's old roads need money.",
        ),
        version(
            2,
            None,
            "The bridge collapsed into the river. Its roads need repair.",
        ),
    ]);
    let got = loaded(&c);
    let crumbling: Vec<&(Vec<usize>, String)> = got
        .iter()
        .filter(|(_, t)| t.starts_with("crumbl"))
        .collect();
    assert_eq!(
        crumbling,
        vec![&(vec![0], "crumbling".to_string())],
        "{got:?}"
    );
}

#[test]
fn a_word_of_the_same_stem_is_no_inflection_of_a_loaded_term() {
    // "illegally pouring sewage" is no "illegals"; "storm tanks" in the body
    // are no "tanked"; the headline's "tanks" and the body's "tanked" are.
    let c = compare(vec![
        version(
            0,
            Some("Tessaly shares tanks after sewage fine"),
            "The firm illegally poured sewage into the river.\n\nIt will build new storm tanks. Its shares tanked.",
        ),
        version(
            1,
            Some("Tessaly shares fall after sewage fine"),
            "The firm poured sewage into the river.\n\nIt will build new storage. Its shares fell.",
        ),
        version(
            2,
            Some("Tessaly fined over sewage"),
            "The firm put sewage into the river.\n\nIt will invest in storage. Its shares fell.",
        ),
    ]);
    let got = loaded(&c);
    assert!(
        !got.iter().any(|(_, t)| t.starts_with("illegal")),
        "{got:?}"
    );
    let tank: Vec<&(Vec<usize>, String)> =
        got.iter().filter(|(_, t)| t.starts_with("tank")).collect();
    assert_eq!(tank.len(), 1, "{got:?}");
    assert_eq!(tank[0].0, vec![0]);
}

#[test]
fn remarks_run_together_are_a_merge_unless_another_outlet_quotes_them_whole() {
    let merges = |c: &Comparison| -> Vec<Vec<usize>> {
        c.framing
            .iter()
            .filter(|i| i.kind == FramingKind::QuoteMerge)
            .map(|i| i.versions.clone())
            .collect()
    };
    let whole = "Mayor Lena Sorvik spoke on Monday. “We will rebuild the harbour wall before the winter storms arrive. Nobody in this town will be left without help,” she said.";
    let apart = "Mayor Lena Sorvik spoke on Monday. “We will rebuild the harbour wall before the winter storms arrive,” she said. Later she added: “Nobody in this town will be left without help.”";
    // One outlet runs two remarks together that another gives apart.
    let c = compare(vec![version(0, None, whole), version(1, None, apart)]);
    assert_eq!(merges(&c), vec![vec![0, 1]], "{:?}", c.framing);
    // A third outlet quoting them as one: they were said as one.
    let also_whole = "On Monday the mayor, Lena Sorvik, said: “We will rebuild the harbour wall before the winter storms arrive. Nobody in this town will be left without help.”";
    let c = compare(vec![
        version(0, None, whole),
        version(1, None, apart),
        version(2, None, also_whole),
    ]);
    assert!(merges(&c).is_empty(), "{:?}", c.framing);
}

#[test]
fn copies_of_one_source_are_one_voice_in_source_balance() {
    let wire = "Harbour Freight will close its Castrel depot next month with the loss of 420 jobs, the company said on Monday.\n\n\
        The depot handled grain and timber for the whole valley for almost forty years before traffic moved to the coast.\n\n\
        “This is a dark day for the valley,” said union organiser Mira Lund, who called for talks with the owners.";
    let c = compare(vec![
        version(0, None, wire),
        version(
            1,
            None,
            &format!("{wire}\n\nLocal shops fear they will lose trade."),
        ),
        version(
            2,
            None,
            "The Castrel depot of Harbour Freight is to close, costing 420 jobs.\n\n“We had no choice,” chief executive Tomas Berg said of the closure.",
        ),
    ]);
    assert_eq!(c.provenance.families, vec![vec![0, 1]]);
    let items: Vec<_> = c
        .framing
        .iter()
        .filter(|i| i.kind == FramingKind::SourceBalance)
        .collect();
    let wire_item = items
        .iter()
        .find(|i| i.terms.iter().any(|t| t.contains("Lund")))
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(wire_item.versions, vec![0, 1]);
    assert!(
        wire_item.detail.contains("one source's copy"),
        "{}",
        wire_item.detail
    );
    // One item per source, not one per copy.
    assert_eq!(
        items
            .iter()
            .filter(|i| i.terms.iter().any(|t| t.contains("Lund")))
            .count(),
        1
    );
}

#[test]
fn one_surname_spelled_two_ways_is_no_misattribution() {
    let quote = |who: &str| {
        format!(
            "The harbour will reopen next week.\n\n“We will rebuild the pier by summer,” said {who}, who runs the port."
        )
    };
    let mis = |c: &Comparison| {
        c.framing
            .iter()
            .filter(|i| i.kind == FramingKind::Misattribution)
            .count()
    };
    let same = compare(vec![
        version(0, None, &quote("Mira Lund")),
        version(1, None, &quote("Mirja Lund")),
    ]);
    assert_eq!(mis(&same), 0, "{:#?}", same.framing);
    let different = compare(vec![
        version(0, None, &quote("Mira Lund")),
        version(1, None, &quote("Tomas Berg")),
    ]);
    assert_eq!(mis(&different), 1, "{:#?}", different.framing);
}

#[test]
fn a_version_of_another_story_takes_no_part_in_the_ledes() {
    let harbour = |i: usize, opening: &str| {
        version(
            i,
            None,
            &format!(
                "{opening}\n\n\
                 Forty ships waited offshore for two days as waves reached six metres.\n\n\
                 Fishermen said the closure of the port cost them a week of income.\n\n\
                 The harbour master, Ines Vale, said the port would reopen on Wednesday."
            ),
        )
    };
    let c = compare(vec![
        harbour(
            0,
            "The storm closed the port of Lindmark on Monday, the harbour master said.",
        ),
        harbour(
            1,
            "Lindmark's port was shut on Monday as the storm hit the coast.",
        ),
        version(
            2,
            None,
            "Roses and tulips filled the exhibition hall of the spring garden show in Eastbrook.\n\n\
             Judges awarded the gold medal to a rock garden built by a school from Millford.\n\n\
             Visitors queued for an hour to see the orchid display, which organisers called their best yet.\n\n\
             The show closes on Sunday evening with a plant sale for charity.",
        ),
    ]);
    assert!(
        c.versions[2]
            .notes
            .iter()
            .any(|n| n.contains("different story")),
        "{:?}",
        c.versions[2].notes
    );
    let ledes: Vec<&Vec<usize>> = c
        .framing
        .iter()
        .filter(|f| f.kind == FramingKind::Lede)
        .map(|f| &f.versions)
        .collect();
    assert!(ledes.iter().all(|vs| !vs.contains(&2)), "{:?}", c.framing);
}

#[test]
fn a_fact_told_elsewhere_is_not_left_out() {
    // B tells the traffic fact inside its first paragraph; rows that keep
    // that paragraph with the closure leave B's cell empty in the traffic
    // row, but B's sentence is firmly linked to it: no omission.
    let mut c = compare(vec![
        version(
            0,
            None,
            "Harbour Freight will close its Castrel depot, cutting 420 jobs, the company said on Monday.\n\nThe closure follows a fall in container traffic since the canal tolls doubled last spring.\n\nThe mayor said she was shocked by the news.",
        ),
        version(
            1,
            None,
            "Harbour Freight will close its Castrel depot, cutting 420 jobs, the company said on Monday. The closure follows a fall in container traffic since the canal tolls doubled last spring.\n\nThe mayor said she was shocked by the news.",
        ),
        version(
            2,
            None,
            "Harbour Freight is shutting its Castrel depot with the loss of 420 jobs, it said on Monday.\n\nContainer traffic has fallen since the canal tolls doubled last spring, the company said.\n\nThe mayor said she was shocked.",
        ),
    ]);
    let row = |cells: Vec<Vec<usize>>| parallax::model::Row {
        cells,
        status: parallax::model::RowStatus::Changed,
        similarity: 0.5,
        moved: Vec::new(),
    };
    c.alignment = vec![
        row(vec![vec![0], vec![0], vec![0]]),
        row(vec![vec![1], vec![], vec![1]]),
        row(vec![vec![2], vec![1], vec![2]]),
    ];
    let omitted_by_b = |c: &Comparison| {
        parallax::compare::framing::detect_in(c)
            .into_iter()
            .any(|f| f.kind == FramingKind::Omission && f.versions.contains(&1))
    };
    let mut unlinked = c.clone();
    unlinked.links.clear();
    assert!(
        omitted_by_b(&unlinked),
        "without links the row alone says B leaves it out"
    );
    assert!(!omitted_by_b(&c), "{:?}", c.links);
}

#[test]
fn names_and_literal_changes_are_no_loaded_words() {
    // "Seismic" inside an agency's name is nobody's word choice; homes that
    // "collapsed" and a ferry that "sank" are no dramatic change in
    // numbers; shares that "plunged" are, and so is a sentence-initial
    // "Fuming" before a name.
    let c = compare(vec![
        version(
            0,
            None,
            "The quake was measured by the National Seismic Monitoring Network of Kerrow. Many homes collapsed in the hill villages. Fuming Mayor Anna Roth blamed the builders. Shares in Kerrow Cement plunged 12% on Monday.",
        ),
        version(
            1,
            None,
            "The Kerrow monitoring network measured the quake. Many homes fell down in the hill villages. Mayor Anna Roth blamed the builders. Shares in Kerrow Cement fell 12% on Monday.",
        ),
        version(
            2,
            None,
            "The quake was recorded by Kerrow's monitoring network. Homes were destroyed in the hill villages. Mayor Anna Roth blamed the builders. Kerrow Cement shares dropped 12% on Monday.",
        ),
    ]);
    let got = loaded(&c);
    let terms: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
    assert!(!terms.contains(&"seismic"), "{got:?}");
    assert!(!terms.contains(&"collapsed"), "{got:?}");
    assert!(terms.contains(&"plunged"), "{got:?}");
    assert!(terms.contains(&"fuming"), "{got:?}");
}

#[test]
fn a_fact_told_in_the_headline_is_not_left_out() {
    // The third outlet gives the toll only in its headline: it does not
    // leave the toll out.
    let c = compare(vec![
        version(
            0,
            Some("Quake kills 632 in Soran valley"),
            "The death toll from the earthquake in the Soran valley has risen to 632, the interior ministry said.\n\nRescue teams with dogs reached the mountain villages at dawn.",
        ),
        version(
            1,
            Some("Soran quake toll climbs"),
            "At least 632 people were killed when the earthquake struck the Soran valley, the ministry said.\n\nRescue teams with dogs reached the villages in the mountains at dawn.",
        ),
        version(
            2,
            Some("Soran earthquake: death toll rises to 632"),
            "Rescue teams with dogs reached the mountain villages of the Soran valley at dawn.",
        ),
    ]);
    assert!(
        !c.framing
            .iter()
            .any(|i| i.kind == FramingKind::Omission && i.versions.contains(&2)),
        "{:?}",
        c.framing
    );
    // Nor does it "never give" the toll its headline opens with.
    assert!(
        !c.framing
            .iter()
            .any(|i| i.kind == FramingKind::Lede && i.detail.contains("never")),
        "{:?}",
        c.framing
    );
}

/// Versions without titles, one per text.
fn compare_texts(texts: &[&str]) -> Comparison {
    compare(
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| version(i, None, t))
            .collect(),
    )
}

/// The attribution item that names `verb`, if there is one.
fn find_attribution<'c>(c: &'c Comparison, verb: &str) -> Option<&'c FramingItem> {
    c.framing
        .iter()
        .find(|i| i.kind == FramingKind::AttributionVerb && i.terms.iter().any(|t| t == verb))
}

/// The attribution item that names `verb`.
fn attribution_item<'c>(c: &'c Comparison, verb: &str) -> &'c FramingItem {
    find_attribution(c, verb).unwrap_or_else(|| panic!("{:#?}", c.framing))
}

#[test]
fn a_motive_verb_in_reported_speech_is_one_attribution_item() {
    let c = compare_texts(&[
        "Ferry operator Brightsund said the vessel had passed every safety inspection in April.",
        "Ferry operator Brightsund insisted the vessel had passed every safety inspection in April.",
        "The harbour master said the crossing would reopen on Friday. Brightsund acknowledged the vessel had passed only some of its safety inspections in April.",
    ]);
    let item = attribution_item(&c, "insisted");
    assert!(item.terms.contains(&"said".to_string()), "{item:?}");
    assert!(
        item.versions.contains(&0) && item.versions.contains(&1),
        "{item:?}"
    );
    // One item per word: not a loaded term besides.
    assert!(
        !loaded(&c).iter().any(|(_, t)| t == "insisted"),
        "{:#?}",
        c.framing
    );
}

#[test]
fn a_loaded_phrase_joined_by_hyphens_before_a_noun_is_the_same_phrase() {
    let c = compare_texts(&[
        "The death-trap seats were recalled on Monday after fourteen children were hurt, the firm said.",
        "The seats were recalled on Monday after fourteen children were hurt, the firm said.",
        "The faulty seats were recalled on Monday after fourteen children were hurt, the firm said.",
    ]);
    assert_loaded_in_first(&c, &["death-trap"]);
    // A hyphenated term's words apart are plain grammar: "would-be" is no
    // "would be".
    let c = compare_texts(&[
        "The new line would be the first in the valley, the firm said on Monday.",
        "The new line is the first in the valley, the firm said on Monday.",
    ]);
    assert!(loaded(&c).is_empty(), "{:#?}", c.framing);
}

#[test]
fn a_verb_that_tells_a_motive_for_an_act_is_a_loaded_word_not_an_attribution() {
    // "Caved" and "backtracked" tell why something was done, not how it
    // was said: loaded words beside the others' "agreed" and "reversed".
    let c = compare_texts(&[
        "After weeks of protests the transport board finally caved on Monday and agreed to keep the night buses running.",
        "The transport board agreed on Monday to keep the night buses running after weeks of protests.",
        "On Monday the transport board agreed to keep the night buses running, after weeks of protests by drivers.",
    ]);
    assert_loaded_in_first(&c, &["caved"]);
    assert!(find_attribution(&c, "caved").is_none(), "{:#?}", c.framing);
}

#[test]
fn a_motive_verb_for_a_speaker_others_quote_plainly_is_an_attribution_item() {
    // No other version tells the claim in the same words, but two quote
    // the same man with "said": the first version's "claimed" is set
    // beside them.
    const CLAIM: &str = "Dmitri Orlav, who heads the agency, claimed the conditions would protect every buyer in the country.";
    let c = compare_texts(&[
        CLAIM,
        "“Without these remedies, prices would have risen for years,” Dmitri Orlav said at a news conference in Karvast.",
        "The river level kept falling overnight. “We are watching every plant,” Orlav said.",
    ]);
    let item = attribution_item(&c, "claimed");
    assert!(item.terms.contains(&"said".to_string()), "{item:?}");
    assert_eq!(item.versions, vec![0, 1, 2], "{item:?}");
    assert!(!loaded(&c).iter().any(|(_, t)| t == "claimed"));
    // Nobody else quotes him: still a verb of saying, set beside the
    // neutral one in an attribution item of its version alone, and not a
    // loaded word besides.
    let c = compare_texts(&[
        CLAIM,
        "“We are watching every plant,” said Lena Sorvik, a spokeswoman for the mill.",
        "The river level kept falling overnight in Karvast.",
    ]);
    let item = attribution_item(&c, "claimed");
    assert_eq!(item.versions, vec![0], "{item:?}");
    assert!(item.terms.contains(&"said".to_string()), "{item:?}");
    assert!(
        !loaded(&c).iter().any(|(_, t)| t == "claimed"),
        "{:#?}",
        c.framing
    );
}

#[test]
fn a_quotation_credited_by_pronoun_to_two_named_people_is_a_misattribution() {
    let c = compare(vec![
        version(
            0,
            None,
            "Transport Minister Oren Daskal defended the order. \"No one has the right to take an entire country hostage,\" he said.",
        ),
        version(
            1,
            None,
            "Rail chief executive Selma Voight was blunter. \"No one has the right to take an entire country hostage,\" she said.",
        ),
    ]);
    let item = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::Misattribution)
        .unwrap_or_else(|| panic!("{:#?}", c.framing));
    assert_eq!(item.versions, vec![0, 1]);
}

#[test]
fn sensational_wording_of_one_outlet_is_loaded_once_per_word() {
    // One outlet tells the same fire with graphic and emotive words; a
    // fire that "ripped through" the block is literal, and a word listed
    // under two categories ("catastrophic") is one item.
    let c = compare_texts(&[
        "A catastrophic fire ripped through a tower block in Dunmere on Sunday, and rescuers pulled survivors from the fiery wreck after a harrowing night.",
        "A fire spread through a tower block in Dunmere on Sunday, and rescuers pulled survivors from the building after a long night.",
        "Fire swept through a tower block in Dunmere on Sunday. Rescuers pulled survivors from the building overnight.",
    ]);
    let got = loaded(&c);
    for want in ["fiery wreck", "harrowing", "catastrophic"] {
        assert_eq!(
            got.iter()
                .filter(|(v, t)| t == want && v == &vec![0])
                .count(),
            1,
            "{want}: {got:?}"
        );
    }
    assert!(!got.iter().any(|(_, t)| t == "ripped"), "{got:?}");
    assert!(!got.iter().any(|(_, t)| t == "fiery"), "{got:?}");
}

#[test]
fn a_dramatic_verb_is_a_fall_in_numbers_only_in_its_own_clause() {
    // "crashed" is the plane's, though the sentence goes on to a number;
    // "plunged" is the shares'.
    let c = compare_texts(&[
        "The plane that crashed near Lavik was carrying 40 passengers, and the airline later updated the number to 41. Tarnair shares plunged 12% on Monday.",
        "The plane that came down near Lavik was carrying 40 passengers, and the airline later updated the number to 41. Tarnair shares fell 12% on Monday.",
        "The plane that came down near Lavik carried 41 people. Tarnair shares fell 12% on Monday.",
    ]);
    let got = loaded(&c);
    assert!(!got.iter().any(|(_, t)| t == "crashed"), "{got:?}");
    assert!(got.iter().any(|(_, t)| t == "plunged"), "{got:?}");
}

#[test]
fn a_headline_figure_is_named_with_its_noun_not_a_joining_word() {
    let body = "A cargo ship struck the Orlen bridge on Monday, injuring 12 people.\n\nThe crossing is shut.";
    let c = compare(vec![
        version(
            0,
            Some("Cargo ship strikes Orlen bridge, injuring 12 and shutting the crossing"),
            body,
        ),
        version(
            1,
            Some("CHAOS ON THE RIVER: ship smashes into Orlen lifeline"),
            body,
        ),
    ]);
    let item = first_of(&c, FramingKind::Headline);
    assert!(!item.terms.iter().any(|t| t == "12 and"), "{item:?}");
    // A kicker of its own words is the angle, not a label.
    assert!(item.terms.iter().any(|t| t == "chaos"), "{item:?}");
}

/// Five independent reports of a depot closure. Every one quotes the
/// company's chief; `with_union` of them also quote the union's organiser.
fn depot_story(with_union: usize) -> Comparison {
    let chief = [
        "Harbour Freight will close its Castrel depot next month, cutting 420 jobs. “We had no choice,” chief executive Tomas Berg said.",
        "Some 420 workers will lose their jobs when Harbour Freight shuts the Castrel depot. Tomas Berg, the chief executive, said: “The depot no longer pays for itself.”",
        "The Castrel depot of Harbour Freight is to close with the loss of 420 posts. “Traffic has moved to the coast,” Tomas Berg told reporters.",
        "Harbour Freight announced on Monday that its depot in Castrel would shut, ending 420 jobs. “It was a hard decision,” said Tomas Berg, who runs the firm.",
        "Castrel is to lose its Harbour Freight depot and the 420 jobs it holds. Tomas Berg said the company “looked at every other option” first.",
    ];
    let union = [
        "“This is a dark day for the valley,” said union organiser Mira Lund.",
        "Mira Lund of the dockers' union said: “Nobody asked the workers.”",
        "The union organiser Mira Lund called the closure “a betrayal of the valley”.",
    ];
    let versions = chief
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let text = if i >= chief.len() - with_union {
                format!("{text}\n\n{}", union[i % union.len()])
            } else {
                text.to_string()
            };
            version(i, None, &text)
        })
        .collect();
    compare(versions)
}

#[test]
fn voices_few_outlets_quote_and_outlets_that_hear_one_side() {
    // Two of five quote the union: a choice they share, and a contrast with
    // the three that quote no one but the company's chief.
    let c = depot_story(2);
    assert!(c.provenance.families.is_empty(), "{:?}", c.provenance);
    let items: Vec<&FramingItem> = c
        .framing
        .iter()
        .filter(|i| i.kind == FramingKind::SourceBalance)
        .collect();
    let shared = items
        .iter()
        .find(|i| i.versions == vec![3, 4])
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert!(
        shared.terms.iter().any(|t| t.contains("Lund")),
        "{shared:#?}"
    );
    let contrast = items
        .iter()
        .find(|i| i.versions == vec![0, 1, 2, 3, 4])
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert!(
        contrast.detail.contains("no one but Tomas Berg"),
        "{}",
        contrast.detail
    );
    // Three of five quoting the union make it a voice most share: no
    // choice, no contrast.
    let c = depot_story(3);
    assert!(
        !c.framing
            .iter()
            .any(|i| i.kind == FramingKind::SourceBalance && i.versions.len() > 1),
        "{:#?}",
        c.framing
    );
}

#[test]
fn words_posted_online_and_words_said_are_an_attribution_difference() {
    let posted = "Mayor Lena Sorvik tweeted on Monday night that the harbour wall would be rebuilt. “We will rebuild before the winter storms arrive,” she wrote. She added “thanks to every volunteer on the quay.”";
    let said = "The harbour wall will be rebuilt, the mayor promised. “We will rebuild before the winter storms arrive, thanks to every volunteer on the quay,” Lena Sorvik said.";
    let written = "Lena Sorvik posted a message about the harbour wall. “We will rebuild before the winter storms arrive,” the mayor wrote on Monday.";
    let items = |c: &Comparison| -> Vec<FramingItem> {
        c.framing
            .iter()
            .filter(|i| i.kind == FramingKind::AttributionVerb)
            .cloned()
            .collect()
    };
    // Written against spoken: a difference a fact-checker asks about.
    let c = compare(vec![version(0, None, posted), version(1, None, said)]);
    let found = items(&c);
    assert!(
        found.iter().any(|i| i.versions == vec![0, 1]
            && i.terms.iter().any(|t| t == "said")
            && i.terms.iter().any(|t| t == "wrote")),
        "{found:#?}"
    );
    // Two written channels are one channel: no finding.
    let c = compare(vec![version(0, None, posted), version(1, None, written)]);
    assert!(items(&c).is_empty(), "{:#?}", items(&c));
}

#[test]
fn a_quotation_passed_on_from_another_report_is_an_attribution_difference() {
    let heard = "Judge Ada Quist said the company had “put profit before the safety of its passengers” when she fined Harbour Freight on Monday.";
    let passed = "“The company put profit before the safety of its passengers,” Judge Ada Quist was quoted as saying by the Castrel Gazette.";
    let also_heard = "Harbour Freight was fined on Monday. The company “put profit before safety”, Judge Ada Quist told the court.";
    let c = compare(vec![
        version(0, None, heard),
        version(1, None, passed),
        version(2, None, also_heard),
    ]);
    let item = c
        .framing
        .iter()
        .find(|i| {
            i.kind == FramingKind::AttributionVerb
                && i.terms.iter().any(|t| t == "was quoted as saying")
        })
        .unwrap_or_else(|| panic!("{:#?}", c.framing));
    assert_eq!(item.versions, vec![0, 1, 2], "{item:#?}");
    assert!(item.terms.iter().any(|t| t == "said"), "{item:#?}");
    // Every version passing it on: no difference to tell.
    let c = compare(vec![
        version(0, None, passed),
        version(
            1,
            None,
            "Harbour Freight “put profit before the safety of its passengers”, Judge Ada Quist was quoted as saying by a local paper.",
        ),
    ]);
    assert!(
        !c.framing
            .iter()
            .any(|i| i.terms.iter().any(|t| t == "was quoted as saying")),
        "{:#?}",
        c.framing
    );
}

#[test]
fn a_headline_is_named_by_what_it_says_its_subject_does() {
    let body = "Mayor Lena Sorvik of Castrel was barred from office for five years on Monday after a court found she had misused harbour funds. The spire and roof of the town hall were closed for repairs.";
    let c = compare(vec![
        version(
            0,
            Some("Castrel's Lena Sorvik barred from office for five years"),
            body,
        ),
        version(1, Some("Lena Sorvik is down, but far from out"), body),
        version(
            2,
            Some("Castrel town hall spire and roof closed as court rules"),
            body,
        ),
    ]);
    let item = first_of(&c, FramingKind::Headline);
    for want in ["barred", "down", "far from out"] {
        assert!(item.terms.iter().any(|t| t == want), "{want}: {item:#?}");
    }
    // (Nouns after the names are no predicate, "Castrel town hall spire":
    // the predicate's own unit test; the item names "spire" as a word of
    // that headline's own.)
}

#[test]
fn a_reported_passage_is_told_by_its_reporting_verb_not_the_verbs_it_reports() {
    // "said the company had warned officials": "warned" is what the
    // company did, told by "said"; "asked for funds" inside quotation marks
    // is what was said.
    let c = compare_texts(&[
        "The dam at Orrin Falls burst on Tuesday.\n\nAna Reyes, the builder's chief executive, said the company had warned officials about the spillway in 2021.",
        "The dam at Orrin Falls burst on Tuesday.\n\nAna Reyes, the builder's chief executive, admitted the company had warned officials about the spillway in 2021.",
        "The dam at Orrin Falls burst on Tuesday.\n\nAna Reyes, the builder's chief executive, said the company had warned officials about the spillway in 2021 and \"asked for funds that never came.\"",
    ]);
    let item = attribution_item(&c, "admitted");
    assert_eq!(
        item.terms,
        vec!["admitted".to_string(), "said".to_string()],
        "{item:?}"
    );
}

#[test]
fn a_fact_told_across_two_paragraphs_is_not_left_out() {
    // The others give the missing and the displaced in a paragraph of
    // their own; the first version tells the missing in its lede and the
    // displaced much later.
    let c = compare_texts(&[
        "At least 40 people were killed and 17 are missing after a dam burst above Marrow on Tuesday night, officials said.\n\nThe army sent 2,000 soldiers and six helicopters to the valley.\n\nThe prime minister visited the town on Wednesday and promised an inquiry.\n\nAbout 15,000 people have fled their homes, the civil protection agency said.",
        "A dam burst above Marrow on Tuesday night, killing 40 people, officials said.\n\nSeventeen people are still missing and about 15,000 have fled their homes.\n\nThe army sent 2,000 soldiers and six helicopters to the valley.\n\nThe prime minister visited the town on Wednesday and promised an inquiry.",
        "Forty people died when a dam burst above Marrow on Tuesday night.\n\nSeventeen people remain missing, and some 15,000 residents have fled.\n\nThe prime minister promised an inquiry on a visit to the town.\n\nThe army has deployed 2,000 soldiers and six helicopters.",
    ]);
    // Nor do the others leave out the displaced, which they tell with the
    // missing.
    let left_out: Vec<&str> = c
        .framing
        .iter()
        .filter(|i| i.kind == FramingKind::Omission)
        .map(|i| i.detail.as_str())
        .collect();
    assert!(left_out.is_empty(), "{left_out:#?}");
}

#[test]
fn the_same_headline_everywhere_takes_no_angle() {
    let text = "A dam burst above Marrow on Tuesday night, killing 40 people.\n\nThe army sent 2,000 soldiers.";
    let c = compare(vec![
        version(0, Some("Dam bursts above Marrow"), text),
        version(1, Some("Dam bursts above Marrow"), text),
        version(
            2,
            Some("Dam bursts above Marrow"),
            "Forty people died when a dam burst above Marrow.\n\nThe army sent 2,000 soldiers.",
        ),
    ]);
    assert!(
        !c.framing.iter().any(|i| i.kind == FramingKind::Headline),
        "{:#?}",
        c.framing
    );
}

#[test]
fn a_label_someone_was_given_is_no_misattribution() {
    // The phrase is the prosecutor's; the defence lawyer's sentence reports
    // that she branded his client so. Neither version misattributes it.
    let c = compare_texts(&[
        "At a hearing in November, prosecutor Ana Reyes described Omar Haddad as “the architect of the scheme”.",
        "Defence lawyer Paul Kent claimed prosecutors had branded his client “the architect of the scheme” before hearing a witness.",
    ]);
    assert!(
        !c.framing
            .iter()
            .any(|i| i.kind == FramingKind::Misattribution),
        "{:#?}",
        c.framing
    );
}

#[test]
fn a_quotation_carried_on_after_said_keeps_said_against_claimed() {
    // The first outlet's second quotation has no verb of its own: it goes
    // on after "said", which is the verb another outlet's "claimed" is set
    // beside. A tone verb is not carried on: after "warned", a second
    // quotation is no warning.
    let c = compare_texts(&[
        "“We will appeal this ruling,” defence lawyer Tomas Brennick said after the hearing. “My client never meant to harm the tenants.”",
        "“My client never meant to harm the tenants,” Tomas Brennick claimed outside court.",
        "The court in Harlow sat for two days. Lawyers for the landlord did not comment.",
    ]);
    let item = attribution_item(&c, "claimed");
    assert!(item.terms.contains(&"said".to_string()), "{item:?}");
    assert_eq!(item.versions, vec![0, 1], "{item:?}");
    let c = compare_texts(&[
        "“We will appeal this ruling,” defence lawyer Tomas Brennick warned after the hearing. “My client never meant to harm the tenants.”",
        "“My client never meant to harm the tenants,” Tomas Brennick said outside court.",
        "The court in Harlow sat for two days. Lawyers for the landlord did not comment.",
    ]);
    assert!(find_attribution(&c, "warned").is_none(), "{:#?}", c.framing);
}

#[test]
fn a_verb_of_manner_for_the_same_words_is_an_attribution_item() {
    // "whimpered", "barked", "thundered": the tabloid tells the reader how
    // to hear the words the others report as said.
    for verb in ["whimpered", "barked", "thundered", "crowed"] {
        let c = compare_texts(&[
            "“I am sorry, I let down everyone who trusted me,” Arlo Venn said in court.",
            &format!("Arlo Venn {verb}: “I am sorry, I let down everyone who trusted me.”"),
            "“I am sorry, I let down everyone who trusted me,” Venn told the court in Brisk.",
        ]);
        let item = attribution_item(&c, verb);
        assert!(item.versions.contains(&1), "{verb}: {item:?}");
    }
}

#[test]
fn tabloid_labels_and_ghost_towns_are_loaded() {
    // Words of mockery and drama from tabloid copy, each a minority's:
    // the plain outlets tell the same facts without them.
    let c = compare_texts(&[
        "Punters lost millions after the bungling founder swanned around conferences, and the monster quake left ghost towns in the valley.",
        "Investors lost millions after the founder spoke at conferences, and the strong earthquake emptied towns in the valley.",
        "Investors lost millions after the founder toured conferences. The earthquake emptied towns in the valley.",
    ]);
    assert_loaded_in_first(
        &c,
        &["punters", "bungling", "swanned", "monster", "ghost towns"],
    );
}

#[test]
fn killer_before_a_disaster_and_war_waged_on_a_country_are_loaded() {
    // "killer floods" is drama, "the killer was jailed" a plain noun;
    // people "herded into shelters" are told as cattle, "herded cattle"
    // are cattle.
    let c = compare_texts(&[
        "Killer floods wage war on the valley as families are herded into shelters.",
        "Floods swept the valley on Tuesday and families moved into shelters.",
        "Deadly floods hit the valley; families went to shelters. A farmer herded cattle uphill.",
    ]);
    assert_loaded_in_first(&c, &["killer", "wage war", "herded"]);
    let c = compare_texts(&[
        "The killer was jailed for life on Friday.",
        "The man who killed two people was jailed for life on Friday.",
        "A court jailed the attacker for life on Friday.",
    ]);
    assert!(
        !loaded(&c).iter().any(|(_, t)| t == "killer"),
        "{:?}",
        c.framing
    );
}

#[test]
fn a_fire_told_as_a_beast_is_loaded_and_crews_battling_it_are_not() {
    // Firefighters who "battled the blaze" is how wire copy tells a fire
    // fight; a fire that "devours" an island, "the beast", a suspect
    // called a "firebug" and a takeover that "gobbles up" a rival are the
    // tabloid's choice.
    let c = compare_texts(&[
        "Holiday hell as the beast devours the island. Police held a suspected firebug, and crews battled the blaze overnight. Northwind gobbles up its rival, which meekly agreed.",
        "The fire spread across the island. Police detained a man suspected of arson, and firefighters battled the flames overnight. Northwind is buying its rival, which agreed.",
        "A wildfire burned across the island. Police detained a 54-year-old man, and firefighters battled the blaze overnight. Northwind agreed to buy its rival.",
    ]);
    assert_loaded_in_first(
        &c,
        &["hell", "beast", "devours", "firebug", "gobbles", "meekly"],
    );
    let got = loaded(&c);
    assert!(!got.iter().any(|(_, t)| t.starts_with("battl")), "{got:?}");
    // A dispute told as a battle still is one.
    let c = compare_texts(&[
        "The two airlines will battle for passengers on the Vienna route.",
        "The two airlines will compete for passengers on the Vienna route.",
        "Both airlines are expected to compete for passengers on the route.",
    ]);
    assert!(
        loaded(&c).iter().any(|(_, t)| t == "battle"),
        "{:?}",
        c.framing
    );
}

#[test]
fn a_killer_strain_and_a_war_ravaged_plague_ridden_place_are_loaded() {
    let c = compare_texts(&[
        "A killer strain of the virus spreads through the plague-ridden camps of war-ravaged Kivu.",
        "A new strain of the virus is spreading through the camps of conflict-hit Kivu.",
        "The strain is spreading in the camps of Kivu, where fighting continues.",
    ]);
    assert_loaded_in_first(&c, &["killer", "plague-ridden", "war-ravaged"]);
}

#[test]
fn labels_of_a_vote_a_boat_and_a_fix_are_loaded() {
    // A body's vote told as unthinking approval, its chief as unelected,
    // a reaction as predictable; an unsafe boat as a coffin, a failed fix
    // as botched, a risk as a time bomb: each a minority's wording.
    let c = compare_texts(&[
        "The unelected council rubber-stamped the plan. Predictably, the ill-fated floating coffin had a botched repair, a ticking time bomb, the greedy owners said.",
        "The council approved the plan. The boat that sank had a failed repair, a risk, the owners said.",
        "The council adopted the plan. The overcrowded boat had a flawed repair, the owners said.",
    ]);
    assert_loaded_in_first(
        &c,
        &[
            "unelected",
            "rubber-stamped",
            "predictably",
            "ill-fated",
            "floating coffin",
            "botched",
            "ticking time bomb",
            "greedy",
        ],
    );
}

#[test]
fn labels_war_words_and_a_contested_climate_label_from_the_guidance_are_loaded() {
    let c = compare(vec![
        version(
            0,
            None,
            "Fat-cat boss Ana Reyes kept her bonus as the ferry firm cut 300 jobs. The flooded harbour was a war zone, and the state offered handouts to traders. Officials blamed the climate crisis for the storm.",
        ),
        version(
            1,
            None,
            "Chief executive Ana Reyes kept her bonus as the ferry firm cut 300 jobs. The flooded harbour was badly damaged, and the state offered payments to traders. Officials blamed climate change for the storm.",
        ),
        version(
            2,
            None,
            "The ferry firm's chief executive, Ana Reyes, kept her bonus while 300 jobs went. Flooding damaged the harbour, and the state offered grants to traders. Officials said climate change had made the storm worse.",
        ),
    ]);
    assert_loaded_in_first(&c, &["fat-cat", "war zone", "handouts", "climate crisis"]);
}

#[test]
fn puffery_weasel_words_and_crowd_metaphors_are_loaded() {
    // Categories of published guidance the lexicon covers: puffery,
    // unsupported attribution, labels stuck on a subject, and people told
    // as a flood or a horde.
    let c = compare(vec![
        version(
            0,
            None,
            "The scandal-hit city's renowned hospital will open a cutting-edge cancer ward in May. It is believed that hordes of illegal immigrants arrived at the border post this week.",
        ),
        version(
            1,
            None,
            "The city's hospital will open a new cancer ward in May. Officials said 400 asylum seekers arrived at the border post this week.",
        ),
        version(
            2,
            None,
            "A new cancer ward opens at the city hospital in May. Some 400 asylum seekers reached the border post this week, officials said.",
        ),
    ]);
    assert_loaded_in_first(
        &c,
        &[
            "scandal-hit",
            "renowned",
            "cutting-edge",
            "it is believed",
            "hordes",
            "illegal immigrants",
        ],
    );
}

#[test]
fn a_euphemism_for_killing_is_loaded_only_of_people() {
    let c = compare(vec![
        version(
            0,
            None,
            "The firm will eliminate 300 jobs. Soldiers eliminated two militants near the border.",
        ),
        version(
            1,
            None,
            "The firm will cut 300 jobs. Soldiers killed two militants near the border.",
        ),
        version(
            2,
            None,
            "Some 300 jobs will go at the firm. Two militants were killed near the border by soldiers.",
        ),
    ]);
    let got = loaded(&c);
    assert!(
        got.iter().any(|(v, t)| v == &vec![0] && t == "eliminated"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, t)| t == "eliminate"), "{got:?}");
}

#[test]
fn a_fire_claiming_lives_claims_nothing() {
    // "claimed" casts doubt on what someone said; a disaster "claiming two
    // lives" and a group "claiming responsibility" do not.
    let c = compare(vec![
        version(
            0,
            None,
            "The blaze razed 31 homes, claiming two lives. A group claimed responsibility for the fire. The mayor claimed the crews were ready.",
        ),
        version(
            1,
            None,
            "The blaze razed 31 homes and killed two people. A group said it set the fire. The mayor said the crews were ready.",
        ),
        version(
            2,
            None,
            "Two people died and 31 homes burned. A group said it was behind the fire. The crews were ready, the mayor said.",
        ),
    ]);
    let got = loaded(&c);
    assert!(!got.iter().any(|(_, t)| t == "claiming"), "{got:?}");
    let verbs: Vec<&Vec<String>> = c
        .framing
        .iter()
        .filter(|i| i.kind == FramingKind::AttributionVerb)
        .map(|i| &i.terms)
        .collect();
    assert!(
        verbs.iter().any(|t| t.iter().any(|w| w == "claimed"))
            || got.iter().any(|(_, t)| t == "claimed"),
        "{verbs:?} {got:?}"
    );
    assert!(
        !verbs.iter().any(|t| t.iter().any(|w| w == "claiming")),
        "{verbs:?}"
    );
}

#[test]
fn dispute_idioms_and_credit_given_by_the_writer_are_loaded() {
    let c = compare(vec![
        version(
            0,
            None,
            "The strike has brought the city to its knees. The chief executive, to her credit, held the line on pay, and the battle lines are drawn over a gold-plated pension.",
        ),
        version(
            1,
            None,
            "The strike halted the city's buses. The chief executive kept her pay offer, and both sides set out their positions on pensions.",
        ),
        version(
            2,
            None,
            "Buses stopped across the city. The chief executive did not change the pay offer; talks on the pension scheme are stuck.",
        ),
    ]);
    assert_loaded_in_first(
        &c,
        &[
            "to her credit",
            "held the line",
            "battle lines",
            "gold-plated",
        ],
    );
}

#[test]
fn an_adverb_of_a_loaded_adjective_is_loaded() {
    let c = compare_texts(&[
        "Two of the dead were volunteers who died heroically trying to reach the crew, the coastguard said.",
        "Two of the dead were volunteers who died trying to reach the crew, the coastguard said.",
        "The coastguard said two volunteers died as they tried to reach the crew.",
    ]);
    assert_loaded_in_first(&c, &["heroically"]);
}

#[test]
fn a_dispute_told_as_hostage_taking_or_war_is_loaded_and_real_ones_are_not() {
    let c = compare_texts(&[
        "The drivers' union is holding the whole region hostage, the chamber of commerce said. \
             Ministers called the fare rise a war on commuters.",
        "The drivers' union is disrupting the whole region, the chamber of commerce said. \
             Ministers called the fare rise an attack on commuters.",
        "The chamber of commerce said the strike by the drivers' union disrupted the region. \
             Ministers criticised the fare rise.",
    ]);
    assert_loaded_in_first(&c, &["hostage", "war on commuters"]);
    // A label for an inquiry that accuses it of covering up.
    let c = compare_texts(&[
        "The opposition called the government's inquiry into the dam a whitewash.",
        "The opposition criticised the government's inquiry into the dam.",
        "The government has opened an inquiry into the dam.",
    ]);
    assert_loaded_in_first(&c, &["whitewash"]);
    // Hostages taken by kidnappers, a war on a named country: the plain words.
    let c = compare_texts(&[
        "Kidnappers held the three engineers hostage for a week, police said. \
             The hostages were freed on Friday. The president declared that Varnia had made war on Orland.",
        "Police said the three engineers were freed on Friday after a week in captivity.",
        "The three engineers were released on Friday, police said.",
    ]);
    let got = loaded(&c);
    assert!(
        !got.iter()
            .any(|(_, t)| t.contains("hostage") || t.starts_with("war on")),
        "{got:?}"
    );
}

#[test]
fn three_different_openings_are_one_lede_item_naming_all() {
    let c = compare_texts(&[
        "Floodwater closed the Tarrow bridge on Monday, cutting the town in two.\n\n\
             The council said 300 homes were without power after the river burst its banks.\n\n\
             A school in Eastfield was turned into a shelter for 80 families.",
        "About 300 homes were left without power on Monday when the river burst its banks, the council said.\n\n\
             The Tarrow bridge was closed by floodwater.\n\n\
             Some 80 families spent the night in a school in Eastfield used as a shelter.",
        "Eighty families slept in an Eastfield school turned shelter on Monday night.\n\n\
             The river burst its banks and 300 homes lost power, according to the council.\n\n\
             Floodwater shut the Tarrow bridge.",
    ]);
    let ledes: Vec<&FramingItem> = c
        .framing
        .iter()
        .filter(|f| f.kind == FramingKind::Lede && f.terms.is_empty())
        .collect();
    assert_eq!(ledes.len(), 1, "{ledes:?}");
    assert_eq!(ledes[0].versions, vec![0, 1, 2], "{ledes:?}");
}

#[test]
fn a_shouted_kicker_a_hedged_toll_a_named_source_and_a_loaded_word_are_headline_angles() {
    let body = "A fire at a chemical plant in Ostmark killed 12 workers on Tuesday, officials said.\n\nFirefighters fought the blaze for six hours.";
    let c = compare(vec![
        version(
            0,
            Some("INFERNO AT THE PLANT: Chemical fire kills 12 in Ostmark horror"),
            body,
        ),
        version(
            1,
            Some("Blaze at Ostmark Factory Kills at Least 12, Officials Say"),
            body,
        ),
        version(
            2,
            Some("Twelve workers die as Ostmark plant burns for hours"),
            body,
        ),
    ]);
    let item = first_of(&c, FramingKind::Headline);
    for want in [
        "inferno at the plant",
        "horror",
        "at least 12",
        "officials say",
    ] {
        assert!(item.terms.iter().any(|t| t == want), "{want}: {item:?}");
    }
    // A figure is not joined to a word past its comma.
    assert!(
        !item.terms.iter().any(|t| t.contains("12 officials")),
        "{item:?}"
    );
}

#[test]
fn a_motive_verb_after_he_or_she_is_the_person_named_before() {
    let c = compare_texts(&[
        "Union leader Dana Kovic spoke outside the Marsh Lane depot on Monday. Speaking to a few pickets at the Marsh Lane depot, she insisted that drivers had been squeezed by rising rents.\n\nThe strike will last three days.",
        "\"Our drivers cannot pay their rent,\" Dana Kovic, the union's leader, said on Monday.\n\nThe strike will last three days.",
        "\"Our drivers cannot pay their rent,\" union leader Dana Kovic said at the Marsh Lane depot.\n\nThe strike is set to last three days.",
    ]);
    let item = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::AttributionVerb && i.terms.iter().any(|t| t == "insisted"))
        .unwrap_or_else(|| panic!("{:#?}", c.framing));
    assert!(item.terms.iter().any(|t| t == "said"), "{item:?}");
    assert_eq!(item.versions, vec![0, 1, 2], "{item:?}");
}

#[test]
fn a_motive_verb_that_also_introduces_a_quotation_told_by_one_version_is_compared() {
    // "conceded" introduces a quotation no other version has: no
    // comparison of the quotation names it, so it is set beside the verbs
    // the other versions use for the same passage.
    let c = compare_texts(&[
        "The dam failed on Monday.\n\nThe water and energy minister, Pavel Hrusek, conceded that he had not seen the 2019 document but promised that \"every report\" would be examined. Engineers were still checking the dam, he said.",
        "The dam failed on Monday.\n\nWater and energy minister Pavel Hrusek said he had not seen the 2019 document on the dam.",
        "The dam failed on Monday night.\n\nPavel Hrusek, the water and energy minister, said he had not seen the 2019 document about the dam.",
    ]);
    let item = attribution_item(&c, "conceded");
    assert!(item.terms.contains(&"said".to_string()), "{item:?}");
    assert!(item.versions.contains(&0), "{item:?}");
    assert!(!loaded(&c).iter().any(|(_, t)| t == "conceded"));
}

/// The one prominence item of the comparison about version `v` (its
/// first evidence is `v`'s passage), which names `v` and the versions it
/// was measured against; no version before `v` has one.
fn only_prominence_of(c: &Comparison, v: usize) -> &FramingItem {
    let about = |f: &FramingItem| {
        f.evidence
            .first()
            .filter(|_| f.kind == FramingKind::Prominence)
            .map(|e| e.version)
    };
    let of_v: Vec<&FramingItem> = c.framing.iter().filter(|f| about(f) == Some(v)).collect();
    assert_eq!(of_v.len(), 1, "{:#?}", c.framing);
    assert!(
        !c.framing.iter().any(|f| about(f).is_some_and(|u| u < v)),
        "{:#?}",
        c.framing
    );
    of_v[0]
}

#[test]
fn the_fact_most_versions_open_with_given_third_by_one_is_a_buried_lede() {
    let lede = "A landslide buried six homes in the village of Orvik on Monday, killing four people, police said.";
    let c = compare_texts(&[
        &format!(
            "{lede}\n\nRescue teams searched the mud through the night.\n\nThe road to Orvik is closed.\n\nHeavy rain had fallen for a week."
        ),
        &format!(
            "{lede}\n\nHeavy rain had fallen for a week, forecasters said.\n\nRescue teams searched through the night.\n\nThe road to Orvik remains closed."
        ),
        "Four people were killed on Monday when a landslide buried six homes in Orvik village, police said.\n\nRescuers searched through the night.\n\nThe road is closed.",
        "Marta Lind was making coffee when she heard the hillside above her kitchen crack.\n\nShe ran outside with her two children seconds before the mud arrived.\n\nThe landslide buried six homes in Orvik on Monday and killed four people, police said.\n\nRescue teams searched the mud through the night.",
    ]);
    // About the version that buries it and the three that open with it.
    assert_eq!(only_prominence_of(&c, 3).versions, vec![0, 1, 2, 3]);
}

#[test]
fn a_motive_verb_beside_one_a_quotation_names_keeps_its_item() {
    // The second version's "claimed" is named by the comparison of the
    // quotation; the first version's "insisted", for the same passage, by
    // nothing else: the reported speech keeps its item.
    let c = compare_texts(&[
        "“We will appeal this ruling,” Ana Berg, the company's lawyer, said on Monday. The company insisted its store keeps users safe from fraud and malware.",
        "“We will appeal this ruling,” Ana Berg, the company's lawyer, claimed on Monday. The company claimed its store keeps users safe from fraud and malware.",
        "“We will appeal this ruling,” said Ana Berg, the company's lawyer. The company said its store keeps users safe from fraud and malware.",
        "“We will appeal this ruling,” Ana Berg said. The company said its store keeps users safe from fraud and malware.",
    ]);
    assert!(
        find_attribution(&c, "claimed").is_some(),
        "{:#?}",
        c.framing
    );
    assert!(
        find_attribution(&c, "insisted").is_some(),
        "{:#?}",
        c.framing
    );
}

#[test]
fn a_figure_most_ledes_give_that_one_version_gives_far_down_is_buried() {
    // The lede packs two facts (the forecast and the job cuts); the trade
    // paper opens on the forecast alone and gives the cuts, in other
    // words, in its sixth paragraph: the fact, not the row, was buried.
    let filler = "Analysts had expected weaker demand.\n\nThe group flies to 90 destinations.\n\nIts chief executive took over in March.\n\nFuel prices eased in the quarter.";
    let c = compare_texts(&[
        &format!(
            "Harlow Rail cut its annual profit forecast on Tuesday and said it would eliminate 1,200 ticketing and depot jobs by 2027.\n\n{filler}"
        ),
        &format!(
            "Harlow Rail lowered its profit outlook and will cut 1,200 jobs, the operator said on Tuesday.\n\n{filler}"
        ),
        &format!(
            "Harlow Rail is to axe 1,200 jobs after slashing its profit target, the company announced.\n\n{filler}"
        ),
        &format!(
            "Harlow Rail now expects annual operating profit of about £300 million, down from £340 million.\n\n{filler}\n\nSeparately, the operator confirmed it will cut 1,200 positions, mostly in ticket offices and depots."
        ),
    ]);
    let buried = only_prominence_of(&c, 3);
    assert!(buried.detail.contains("paragraph 6"), "{buried:?}");
    assert_eq!(buried.versions, vec![0, 1, 2, 3], "{buried:?}");
}

#[test]
fn a_name_is_no_loaded_word_its_stem_meets_and_a_roof_that_caved_in_is_no_motive() {
    // "Rowe" stems to "row"; the tunnel "caved in" is what happened to
    // it; the council that "caved in to" the developers is told a motive.
    let c = compare_texts(&[
        "Health minister Katherine Rowe said the tunnel caved in on Monday. The council later caved in to the developers, a union leader said.",
        "Minister Katherine Rowe said the tunnel collapsed on Monday. The council later agreed to the developers' plan, a union leader said.",
    ]);
    let got = loaded(&c);
    assert!(!got.iter().any(|(_, t)| t.starts_with("row")), "{got:?}");
    assert_eq!(loaded_as(&c, "caved in to"), vec![vec![0]], "{got:?}");
    assert!(!got.iter().any(|(_, t)| t == "caved"), "{got:?}");
}

#[test]
fn doubt_on_a_reason_an_army_of_helpers_and_a_papers_own_revelation_are_loaded() {
    let c = compare_texts(&[
        "The Ledger can reveal that the firm blamed a tremor, a convenient excuse, while an army of volunteers dug through the night.\n\nThe army said its engineers were not called in.",
        "The firm said a tremor caused the collapse, while hundreds of volunteers dug through the night.\n\nThe army said its engineers were not called in.",
    ]);
    assert_loaded_in_first(&c, &["can reveal", "excuse", "army"]);
    assert_eq!(loaded_as(&c, "army"), vec![vec![0]], "{:?}", loaded(&c));
}

#[test]
fn a_quotation_only_one_version_carries_brought_in_with_a_verb_of_mood_is_told() {
    // Only the tabloid quotes the shopkeeper, and it has her "fume"; the
    // others bring their quotations in with "said". Its "insist", in the
    // present, is the listed "insisted".
    let c = compare_texts(&[
        "The council closed the bridge on Monday. \"It will reopen in May,\" the mayor said.\n\n\"They never asked us,\" shopkeeper Mia Holt fumed.\n\nOfficials insist the road is safe.",
        "The council closed the bridge on Monday. \"It will reopen in May,\" the mayor said.\n\nOfficials said the road is safe.",
        "The bridge was closed on Monday by the council. \"It will reopen in May,\" the mayor said.\n\nOfficials said the road was safe.",
    ]);
    let item = attribution_item(&c, "fumed");
    assert_eq!(item.versions, vec![0], "{item:?}");
    assert!(item.terms.contains(&"said".to_string()), "{item:?}");
    let insist = attribution_item(&c, "insist");
    assert!(insist.versions.contains(&0), "{insist:?}");
    assert!(insist.terms.contains(&"said".to_string()), "{insist:?}");
}

#[test]
fn a_headline_item_names_each_headlines_own_phrases() {
    // Four headlines of one strike. The ferries and their crews are in
    // most of them: the subject. What each says of it is in its own words
    // and pairs of words, as an editor quotes a headline.
    let body = "Ferry crews on the Lund islands walked out on Monday after wage talks broke down, stranding commuters, the union said.\n\nThe operator offered a 4% rise.";
    let c = compare(vec![
        version(
            0,
            Some("Ferry crews strike as wage talks stall, stranding island commuters"),
            body,
        ),
        version(
            1,
            Some("Harbour ferries halted by crew walkout over pay"),
            body,
        ),
        version(
            2,
            Some("Islands cut off as greedy unions sink ferry service"),
            body,
        ),
        version(
            3,
            Some("Ferry strike: crews walk off over 4% pay offer"),
            body,
        ),
    ]);
    let item = first_of(&c, FramingKind::Headline);
    for want in [
        "talks stall",
        "island commuters",
        "crew walkout",
        "greedy unions",
        "unions sink",
        "pay offer",
        "4%",
    ] {
        assert!(item.terms.iter().any(|t| t == want), "{want}: {item:#?}");
    }
    // The subject is no angle.
    for shared in ["ferry", "crews", "crew"] {
        assert!(
            !item.terms.iter().any(|t| t == shared),
            "{shared}: {item:#?}"
        );
    }
    // A reader is shown what each headline leads with; its wording
    // around that is for search.
    let shown = item.shown_terms();
    assert!(shown.contains(&"greedy"), "{shown:?}");
    assert!(!shown.contains(&"greedy unions"), "{shown:?}");
    assert_eq!(shown, item.terms[..item.lead_terms].to_vec());
}

#[test]
fn a_loaded_word_is_named_in_its_phrase_too() {
    let c = compare_texts(&[
        "Masked thugs smashed the windows of the Lund ferry office on Monday.\n\nThe minister offered a convenient excuse about the budget.",
        "Masked men smashed the windows of the Lund ferry office on Monday.\n\nThe minister blamed the budget.",
        "Several men smashed the windows of the Lund ferry office on Monday.\n\nThe minister pointed to the budget.",
    ]);
    for (word, phrase) in [("thugs", "masked thugs"), ("excuse", "convenient excuse")] {
        let item = c
            .framing
            .iter()
            .find(|i| i.kind == FramingKind::LoadedTerm && i.terms[0] == word)
            .unwrap_or_else(|| panic!("{word}: {:#?}", c.framing));
        assert!(
            item.terms.iter().any(|t| t == phrase),
            "{phrase}: {item:#?}"
        );
        // The reader is shown the word; the detail quotes it.
        assert_eq!(item.shown_terms(), vec![word], "{item:#?}");
    }
}

#[test]
fn a_stance_verb_is_named_beside_the_neutral_said_when_no_outlet_uses_it() {
    // Two outlets bring the governor's words in with "told" and "added",
    // one with "grumbled": the item names the neutral verb the style
    // guides give, "said", as the plain choice.
    let c = compare_texts(&[
        "The ferry sank off Lund on Monday.\n\n\"The island cannot carry this alone,\" governor Ana Reyes told reporters.",
        "The ferry sank off Lund on Monday.\n\n\"The island cannot carry this alone,\" governor Ana Reyes added.",
        "The ferry sank off Lund on Monday.\n\n\"The island cannot carry this alone,\" governor Ana Reyes grumbled.",
    ]);
    let item = attribution_item(&c, "grumbled");
    assert!(item.terms.iter().any(|t| t == "said"), "{item:#?}");
    assert!(item.detail.contains("neutral: “said”"), "{item:#?}");
}

#[test]
fn a_lede_that_opens_on_another_fact_differs_though_it_shares_the_row() {
    // Every lede tells the toll, so the four share a row; the last opens
    // on the distress call and gives the toll after it.
    let c = compare_texts(&[
        "At least 12 people died when a ferry sank off Lund on Monday, the coast guard said. The ferry carried 40 passengers.\n\nDivers searched the wreck on Tuesday.",
        "At least 12 people were killed when a ferry sank off Lund on Monday, coast guard officials said. It carried 40 passengers.\n\nDivers searched the wreck on Tuesday.",
        "At least 12 people died after a ferry went down off Lund on Monday, the coast guard said.\n\nDivers searched the wreck on Tuesday.",
        "The first distress call reached the harbour office at 2 a.m. on Monday, from an old vessel taking on water in a storm. Twelve people died when the ferry sank off Lund, the coast guard said.\n\nDivers searched the wreck on Tuesday.",
    ]);
    let row = |v: usize| {
        c.alignment
            .iter()
            .position(|r| r.cells[v].contains(&0))
            .expect("a row")
    };
    assert!((1..4).all(|v| row(v) == row(0)), "{:?}", c.alignment);
    let item = first_of(&c, FramingKind::Lede);
    assert!(item.detail.contains("The first distress call"), "{item:#?}");
}

#[test]
fn labels_for_political_opponents_are_loaded() {
    let c = compare_texts(&[
        "A cynical pact of the hard-right opposition and turncoat farmers' deputies brought down the government of Dravia on Tuesday.",
        "An alliance of the right-wing opposition and the farmers' party brought down the government of Dravia on Tuesday.",
        "The opposition and the farmers' party brought down the government of Dravia on Tuesday.",
    ]);
    assert_loaded_in_first(&c, &["cynical", "hard-right", "turncoat"]);
}

#[test]
fn a_headline_item_names_phrasal_verbs_prepositional_phrases_and_three_word_phrases() {
    // What an editor quotes of a headline is often a verb with its
    // particle ("picked up"), a preposition with its noun ("without
    // charge", "under siege") or a noun with its modifiers ("huge
    // opposition rally"), not only single words and pairs.
    let body = "Police fired tear gas at an opposition rally in the capital on Saturday and detained the party's leader for four hours, officials said.\n\nThe party said more than 200,000 people had joined the march.";
    let c = compare(vec![
        version(
            0,
            Some("Police fire tear gas at huge opposition rally, detain party chief"),
            body,
        ),
        version(1, Some("Police tear-gas rally and leader picked up"), body),
        version(
            2,
            Some("Rally crackdown: opposition leader held without charge"),
            body,
        ),
        version(3, Some("CAPITAL UNDER SIEGE: mob rule at rally"), body),
    ]);
    let item = first_of(&c, FramingKind::Headline);
    for want in [
        "fire tear gas",
        "huge opposition rally",
        "picked up",
        "without charge",
        "under siege",
        "rule at rally",
    ] {
        assert!(item.terms.iter().any(|t| t == want), "{want}: {item:#?}");
    }
    // Not across a word that joins two clauses.
    assert!(
        !item.terms.iter().any(|t| t == "rally and leader"),
        "{item:#?}"
    );
}

#[test]
fn a_label_heading_a_compound_and_a_figurative_cut_verb_are_loaded() {
    // "cyber-thugs" is the label "thugs" at the head of a compound;
    // "axed" has no literal sense, so it needs no amount beside it; a
    // literal "collapsed" still needs one.
    let c = compare(vec![
        version(
            0,
            Some("Hackers hit hospital group"),
            "Cyber-thugs have locked the computers of four hospitals, and operations have been axed across the region.\n\nTwo old wards collapsed in the storm last year.",
        ),
        version(
            1,
            Some("Hospital group hit by ransomware"),
            "Hackers have locked the computers of four hospitals, and operations have been postponed across the region.\n\nTwo old wards collapsed in the storm last year.",
        ),
    ]);
    let got = loaded(&c);
    for word in ["cyber-thugs", "axed"] {
        assert!(
            got.iter().any(|(v, t)| t == word && v == &vec![0]),
            "{word}: {got:?}"
        );
    }
    assert!(!got.iter().any(|(_, t)| t == "collapsed"), "{got:?}");
}

#[test]
fn a_soaring_toll_a_vivid_compound_and_a_label_for_a_trial_are_loaded() {
    let c = compare(vec![
        version(
            0,
            Some("Cholera kills 31"),
            "By Thursday the minister admitted the death toll had soared, as the disease spread through flood-ravaged villages.\n\nCritics called the case against the minister lawfare.",
        ),
        version(
            1,
            Some("Cholera deaths rise to 31"),
            "By Thursday the minister said the death toll had risen, as the disease spread through flooded villages.\n\nCritics called the case against the minister a prosecution.",
        ),
    ]);
    let got = loaded(&c);
    for word in ["soared", "flood-ravaged", "lawfare"] {
        assert!(
            got.iter().any(|(v, t)| t == word && v == &vec![0]),
            "{word}: {got:?}"
        );
    }
}

#[test]
fn review_a_toll_road_and_a_nosediving_plane_are_literal() {
    let c = compare(vec![
        version(
            0,
            Some("Storm hits coast"),
            "A section of the toll road collapsed on Tuesday after the storm.\n\nA small aircraft nosedived into a field near the town.",
        ),
        version(
            1,
            Some("Storm hits the coast"),
            "Part of the toll road gave way on Tuesday after the storm.\n\nA small aircraft came down in a field near the town.",
        ),
    ]);
    let got = loaded(&c);
    for word in ["collapsed", "nosedived"] {
        assert!(!got.iter().any(|(_, t)| t == word), "{word}: {got:?}");
    }
}

/// An election called a sham or rigged in an outlet's own voice, and a
/// leader said to cling to power, are loaded; a bus rigged with explosives
/// and the same words inside a quotation are not the outlet's framing.
#[test]
fn labels_for_a_disputed_vote_are_loaded_in_an_outlets_own_voice() {
    let c = compare(vec![
        version(
            0,
            None,
            "Marlo Venn was declared the winner of Sunday's runoff in Dorvia with 50.4% of the vote.\n\nThe opposition said it would appeal. Fighters of Ahrar al-Sham were seen near the border.",
        ),
        version(
            1,
            None,
            "Marlo Venn clung to power after Sunday's sham election in Dorvia, which was rigged.\n\nA bus rigged with explosives was found near the border.",
        ),
        version(
            2,
            None,
            "Marlo Venn won Sunday's runoff in Dorvia. \"This was a sham,\" said opposition leader Tia Roos.",
        ),
    ]);
    assert_eq!(loaded_as(&c, "sham"), vec![vec![1]], "{:?}", loaded(&c));
    assert_eq!(
        loaded_as(&c, "clung to power"),
        vec![vec![1]],
        "{:?}",
        loaded(&c)
    );
    // One item for the election rigged, none for the bus.
    assert_eq!(loaded_as(&c, "rigged"), vec![vec![1]], "{:?}", loaded(&c));
    let rigged = c
        .framing
        .iter()
        .find(|i| i.kind == FramingKind::LoadedTerm && i.terms[0] == "rigged")
        .unwrap();
    assert!(
        rigged.evidence.iter().all(|e| e.paragraph == 0),
        "{rigged:?}"
    );
}

#[test]
fn the_same_statement_linked_across_versions_with_another_verb_is_an_attribution_item() {
    // "claimed" is used by most versions, so it is no loaded word; but for
    // Marek Prigal's statement about the airfield one version says "said"
    // and another "claimed". A passive verb ("was accused") is said of
    // the name before it, not by it.
    let c = compare_texts(&[
        "Marek Prigal said on Saturday his fighters controlled the airfield at Norvik and the bridges south of the city.\n\nThe defence ministry claimed the convoy had turned back.",
        "Marek Prigal claimed on Saturday that his fighters controlled the airfield at Norvik and the bridges south of the city.\n\nThe defence ministry claimed the convoy had turned back before dawn.",
        "The defence ministry said the convoy had turned back.\n\nMarek Prigal was accused on Saturday of seizing the airfield at Norvik and the bridges south of the city.",
    ]);
    let item = attribution_item(&c, "claimed");
    assert!(item.terms.contains(&"said".to_string()), "{item:?}");
    assert_eq!(item.versions, vec![0, 1], "{item:?}");
    assert!(
        !c.framing
            .iter()
            .any(|i| i.kind == FramingKind::AttributionVerb
                && i.terms.iter().any(|t| t == "accused")),
        "{:#?}",
        c.framing
    );
}

#[test]
fn a_tragic_knifeman_and_an_authoritarian_label_are_loaded() {
    let c = compare_texts(&[
        "A knifeman killed two people in a tragic attack at a market in Dorrin on Saturday, in a country run by an authoritarian government since 2019.",
        "A man with a knife killed two people at a market in Dorrin on Saturday, in a country run by the same government since 2019.",
    ]);
    assert_loaded_in_first(&c, &["knifeman", "tragic", "authoritarian"]);
}

#[test]
fn a_miracle_escape_daesh_and_a_treacherous_tourist_hotspot_are_loaded() {
    let c = compare_texts(&[
        "All 212 passengers made a miraculous escape from the burning ferry near Vessa, a tourist hotspot claimed by Daesh, whose treacherous coast has seen three wrecks since 2019.",
        "All 212 passengers got off the burning ferry near Vessa, a resort the Islamic State group claimed, whose rocky coast has seen three wrecks since 2019.",
    ]);
    assert_loaded_in_first(
        &c,
        &["miraculous", "tourist hotspot", "daesh", "treacherous"],
    );
}
