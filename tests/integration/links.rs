//! Correspondence on coverage that does not share paragraph structure: the
//! tricky cases of issue 10 written down with the answers wanted.

use crate::common::figure;
use parallax::ingest::{IngestOptions, load_bytes};
use parallax::model::{Comparison, Version};
use parallax::pipeline::{Options, analyse};

fn version(i: usize, text: &str) -> Version {
    load_bytes(
        text.as_bytes(),
        &format!("v{i}.txt"),
        i,
        IngestOptions { raw: true },
    )
    .expect("loads")
}

fn compare(texts: &[&str]) -> Comparison {
    let versions = texts
        .iter()
        .enumerate()
        .map(|(i, t)| version(i, t))
        .collect();
    analyse(versions, Vec::new(), Options::default())
}

/// The figures `a` and `b` (version, value) are one fact, and the first is
/// flagged as disagreeing.
#[track_caller]
fn assert_disagree(c: &Comparison, a: (usize, f64), b: (usize, f64)) {
    let (x, y) = (figure(c, a.0, a.1), figure(c, b.0, b.1));
    assert_eq!(x.group, y.group, "{:?}", c.figures);
    assert!(x.discrepancy, "{:?}", c.figures);
}

/// The figures `a` and `b` (version, value) are one fact, and neither is
/// flagged.
#[track_caller]
fn assert_agree(c: &Comparison, a: (usize, f64), b: (usize, f64)) {
    let (x, y) = (figure(c, a.0, a.1), figure(c, b.0, b.1));
    assert_eq!(x.group, y.group, "{:?}", c.figures);
    assert!(!x.discrepancy && !y.discrepancy, "{:?}", c.figures);
}

/// The figures `a` and `b` (version, value) are different facts.
#[track_caller]
fn assert_apart(c: &Comparison, a: (usize, f64), b: (usize, f64)) {
    let (x, y) = (figure(c, a.0, a.1), figure(c, b.0, b.1));
    assert_ne!(x.group, y.group, "{:?}", c.figures);
}

/// The row holding paragraph `p` of version `v`.
fn row_of(c: &Comparison, v: usize, p: usize) -> usize {
    c.alignment
        .iter()
        .position(|r| r.cells[v].contains(&p))
        .expect("every paragraph has a row")
}

#[test]
fn one_paragraph_telling_three_facts_meets_the_three_that_tell_them_apart() {
    let c = compare(&[
        "Harbour Freight will close its Castrel depot, cutting 420 jobs. The closure follows a fall in container traffic since the canal tolls doubled. Unions called a meeting for Friday.\n\nThe mayor said she was shocked.",
        "Harbour Freight is shutting its Castrel depot with the loss of 420 jobs.\n\nContainer traffic has fallen since the canal tolls doubled last spring.\n\nThe unions have called a meeting for Friday to discuss the closure.\n\nThe mayor said she was shocked by the news.",
    ]);
    let r = row_of(&c, 0, 0);
    assert_eq!(c.alignment[r].cells[1], vec![0, 1, 2], "{:?}", c.alignment);
    assert_eq!(row_of(&c, 0, 1), row_of(&c, 1, 3));
}

#[test]
fn topical_look_alikes_stay_apart() {
    // Every paragraph is about the same depot; only the facts differ.
    let c = compare(&[
        "Harbour Freight will close its Castrel depot next month, the company said.\n\nThe Castrel depot opened in 1987 and handled grain for the whole valley.",
        "The Castrel depot's night shift staged a walkout over overtime pay at the Harbour Freight depot.\n\nHarbour Freight said on Monday it would shut the Castrel depot next month.",
    ]);
    assert_eq!(row_of(&c, 0, 0), row_of(&c, 1, 1));
    assert_ne!(row_of(&c, 0, 1), row_of(&c, 1, 0), "{:?}", c.alignment);
    // Links carry their evidence.
    let l = c
        .links
        .iter()
        .find(|l| l.a[..2] == [0, 0] && l.b[..2] == [1, 1])
        .expect("the closure sentences are linked");
    assert!(!l.evidence.terms.is_empty());
}

#[test]
fn figures_of_one_unit_that_are_different_facts_do_not_disagree() {
    let c = compare(&[
        "The court barred Ana Reyes from public office for five years and sentenced her to four years in prison.",
        "Reyes received a five-year ban from running for office. She was also given a four-year prison term.",
    ]);
    assert!(!c.figures.iter().any(|f| f.discrepancy), "{:?}", c.figures);
    let group = |text: &str, v: usize| {
        c.figures
            .iter()
            .find(|f| f.version == v && f.text.starts_with(text))
            .map(|f| f.group)
    };
    assert_ne!(group("five", 0), group("four", 0));
    assert_ne!(group("five", 1), group("four", 1));
    assert_ne!(group("five", 0), group("four", 1));
    assert_ne!(group("four", 0), group("five", 1));
}

#[test]
fn the_same_count_in_words_and_digits_agrees_and_a_different_one_disagrees() {
    let c = compare(&[
        "Twenty-six of the 35 countries at the summit pledged troops to the force.",
        "About 26 nations out of 35 taking part committed soldiers to the force.",
        "Leaders said 25 of the 35 countries at the summit had pledged troops.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_eq!(of(0, 26.0).group, of(1, 26.0).group);
    assert_eq!(of(0, 26.0).group, of(2, 25.0).group);
    assert!(of(2, 25.0).discrepancy && of(0, 26.0).discrepancy);
    assert!(!of(0, 35.0).discrepancy);
}

#[test]
fn near_values_of_one_fact_are_flagged() {
    let c = compare(&[
        "The plan will save $1.25 billion a year by the end of 2026, the company said.",
        "The restructuring is aimed at saving $1.3 billion a year by the end of 2026.",
    ]);
    let flagged: Vec<&str> = c
        .figures
        .iter()
        .filter(|f| f.discrepancy)
        .map(|f| f.text.as_str())
        .collect();
    assert!(
        flagged.contains(&"$1.25 billion") && flagged.contains(&"$1.3 billion"),
        "{:?}",
        c.figures
    );
}

#[test]
fn an_approximate_amount_meets_the_exact_one_in_a_linked_sentence() {
    // The amount sits between other figures (a count, a conversion), so
    // the words right beside it differ; each sentence gives one amount in
    // euros and the sentences tell the same thing.
    let c = compare(&[
        "A court in Valdora convicted the regional leader Ana Reyes on Monday.\n\nReyes and two dozen aides were accused of diverting more than 4 million euros (AED 16 million) of regional funds to pay party staff.\n\nHer lawyers said she would appeal.",
        "Ana Reyes was found guilty by the Valdora court on Monday.\n\nReyes and 23 others were tried for diverting regional funds through a scheme in which €4.8m (£4m) of public money went to pay party staff.\n\nShe plans to appeal, her lawyers said.",
    ]);
    let euros: Vec<_> = c
        .figures
        .iter()
        .filter(|f| {
            f.value
                .as_number()
                .is_some_and(|v| v == 4_000_000.0 || v == 4_800_000.0)
        })
        .filter(|f| f.unit.as_deref().is_some_and(|u| u.contains("euro")))
        .collect();
    assert_eq!(euros.len(), 2, "{:?}", c.figures);
    assert_eq!(euros[0].group, euros[1].group);
    assert!(euros[0].discrepancy && euros[1].discrepancy);
}

#[test]
fn near_amounts_told_in_the_same_words_are_one_fact() {
    // The second version tells the amount inside a sentence about
    // something else (who said it, when), so the two sentences are not
    // linked; the words around the amounts still tell one fact.
    let c = compare(&[
        "Shares fell in early trading. The group will book one-off restructuring costs of 9 billion Danish crowns in the third quarter. Annual savings are projected at 8 billion crowns from next year.",
        "Chief executive Mira Lund, who took over in May after a boardroom revolt, told analysts on a morning call that the plan would incur a one-off restructuring cost of 8 billion Danish kroner.",
    ]);
    let dkk: Vec<_> = c
        .figures
        .iter()
        .filter(|f| f.unit.as_deref().is_some_and(|u| u.starts_with("danish")))
        .collect();
    assert_eq!(dkk.len(), 2, "{:?}", c.figures);
    assert_eq!(dkk[0].group, dkk[1].group);
    assert!(dkk[0].discrepancy);
}

#[test]
fn one_clause_told_elsewhere_links_its_sentence() {
    // The first clauses say the same thing; the rest of each sentence adds
    // something of its own, which drowns the match at sentence level.
    let c = compare(&[
        "Fire swept through the Velmora grain depot on Monday night.\n\nThe cause of the Velmora blaze isn't yet known, but scaffolding could be seen on the roof of the burning warehouse.\n\nNo one was hurt, police said.",
        "A huge fire destroyed the grain depot in Velmora overnight.\n\nThe cause of the Velmora blaze was not known, but local media quoted the fire brigade as saying it may be linked to a renovation project on the depot's silos worth 6 million euros and to 250 tonnes of stored lead.\n\nPolice said there were no injuries.",
    ]);
    assert!(
        c.links
            .iter()
            .any(|l| l.a[..2] == [0, 1] && l.b[..2] == [1, 1]),
        "{:?}",
        c.links
    );
    assert_eq!(row_of(&c, 0, 1), row_of(&c, 1, 1), "{:?}", c.alignment);
}

#[test]
fn every_paragraph_lands_in_exactly_one_row() {
    let c = compare(&[
        "A.\n\nThe storm closed the port on Monday.\n\nShips waited offshore.\n\nThe port reopened on Wednesday.",
        "The port reopened on Wednesday after the storm.\n\nThe storm shut the port on Monday.\n\nFishermen lost a week of income.",
    ]);
    for (v, ver) in c.versions.iter().enumerate() {
        let mut seen: Vec<usize> = c
            .alignment
            .iter()
            .flat_map(|r| r.cells[v].iter().copied())
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..ver.paragraphs.len()).collect::<Vec<_>>());
    }
}

#[test]
fn what_was_requested_is_not_what_was_decided() {
    let c = compare(&[
        "The prosecutor had requested a fine of 300,000 euros. The court fined Reyes 100,000 euros on Monday.",
        "Reyes was fined 100,000 euros by the court on Monday.",
    ]);
    assert!(!c.figures.iter().any(|f| f.discrepancy), "{:?}", c.figures);
    let fine = |v: usize, value: f64| {
        c.figures
            .iter()
            .find(|f| f.version == v && f.value.as_number() == Some(value))
            .map(|f| f.group)
    };
    assert_eq!(fine(0, 100_000.0), fine(1, 100_000.0));
    assert_ne!(fine(0, 300_000.0), fine(1, 100_000.0));
}

#[test]
fn values_written_to_the_same_decimal_place_disagree_on_it() {
    let c = compare(&[
        "The U.S. Geological Survey put the quake's magnitude at 6.4, at a depth of 10 kilometres.",
        "The Met Office said the quake measured 6.3 on the Richter scale, at a depth of 10 kilometres.",
    ]);
    let (a, b) = (figure(&c, 0, 6.4), figure(&c, 1, 6.3));
    assert_eq!(a.group, b.group, "{:?}", c.figures);
    assert!(a.discrepancy && b.discrepancy, "{:?}", c.figures);
    // A conversion is no disagreement: 25 miles is 40 km.
    let c = compare(&[
        "The fire spread over 40 km of coast, officials said.",
        "The fire spread over 25 miles of coast, officials said.",
    ]);
    assert!(!figure(&c, 0, 40.0).discrepancy, "{:?}", c.figures);
}

#[test]
fn people_counted_as_patients_or_by_origin_are_people() {
    // "Patients" counts the people the other outlet says were admitted.
    let c = compare(&[
        "Hospitals in the region have admitted 640 patients for heat-related conditions since Aug. 1, the health service said.",
        "More than 600 people have been admitted to the region's hospitals with heat-related illness since 1 August.",
    ]);
    assert_disagree(&c, (1, 600.0), (0, 640.0));
    // "Europeans" counts the people the other outlet counts.
    let c = compare(&[
        "Vantor Market is the only app store on Vantor phones and is used by about 140 million people in the European Union, according to the commission.",
        "Some 150 million Europeans use Vantor Market, and if you own a Vantor phone, it is the only store you may use.",
    ]);
    assert_disagree(&c, (1, 150e6), (0, 140e6));
}

#[test]
fn one_sum_converted_at_different_rates_disagrees() {
    // Two outlets convert the same sum in pesos to dollars and get two sums
    // (a reader sees $1.6m and $1.7m); the pesos agree, and the conversion
    // of the pesos is no disagreement with them.
    let c = compare(&[
        "The storm destroyed the harbour's fish market, worth 28 million pesos ($1.6 million), the port authority said.",
        "The harbour's fish market, worth 28 million pesos ($1.7 million), was destroyed by the storm, the port authority said.",
    ]);
    assert_disagree(&c, (0, 1.6e6), (1, 1.7e6));
    assert_agree(&c, (0, 28e6), (1, 28e6));
    // Converted alike: one sum.
    let c = compare(&[
        "The storm destroyed the harbour's fish market, worth 28 million pesos ($1.6 million), the port authority said.",
        "The harbour's fish market, worth 28 million pesos ($1.6 million), was destroyed by the storm, the port authority said.",
    ]);
    assert_agree(&c, (0, 1.6e6), (1, 1.6e6));
    // A measure converted by a fixed factor differs only by its rounding.
    let c = compare(&[
        "The fire closed a 10 km (6 miles) stretch of the coast road, police said.",
        "The fire closed a 10 km (6.2 miles) stretch of the coast road, police said.",
    ]);
    assert!(c.figures.iter().all(|f| !f.discrepancy), "{:?}", c.figures);
}

#[test]
fn readings_of_one_quake_by_different_agencies_are_one_fact() {
    // One outlet gives both agencies' readings, one picks the survey's,
    // one the national centre's (written three ways); an aftershock is
    // another quake.
    let c = compare(&[
        "The US Geological Survey said the quake had a magnitude of 6.6. Ostland's seismology institute measured it at 6.9.",
        "The quake, magnitude 6.6 according to the US Geological Survey, flattened homes in three valleys.",
        "The 6.9 killer quake flattened homes in three valleys. The institute put the magnitude at 6.9.\n\nA 5.1 aftershock followed at noon.",
    ]);
    let fig = |v: usize, value: f64| {
        c.figures
            .iter()
            .find(|f| f.version == v && f.value.as_number() == Some(value))
            .unwrap_or_else(|| panic!("{value} in v{v}: {:?}", c.figures))
    };
    for (v, value) in [(0, 6.6), (0, 6.9), (1, 6.6), (2, 6.9), (2, 5.1)] {
        assert_eq!(
            fig(v, value).unit.as_deref(),
            Some("magnitude"),
            "{:?}",
            c.figures
        );
    }
    let quake = fig(0, 6.6).group;
    assert_eq!(fig(0, 6.9).group, quake);
    assert_eq!(fig(1, 6.6).group, quake);
    assert_eq!(fig(2, 6.9).group, quake);
    assert!(fig(1, 6.6).discrepancy && fig(2, 6.9).discrepancy);
    assert_ne!(fig(2, 5.1).group, quake);
    assert!(!fig(2, 5.1).discrepancy);
}

#[test]
fn past_events_in_different_years_are_different_facts() {
    let c = compare(&[
        "In October 2005, a magnitude 7.6 earthquake near Muzaffarabad killed more than 73,000 people.",
        "In October 2015, a 7.5-magnitude quake in the Hindu Kush killed nearly 400 people.",
    ]);
    assert!(!c.figures.iter().any(|f| f.discrepancy), "{:?}", c.figures);
    assert_ne!(figure(&c, 0, 73_000.0).group, figure(&c, 1, 400.0).group);
}

#[test]
fn past_events_in_different_months_are_different_facts() {
    // Two earlier accidents, one told by each outlet: a month each, no
    // year in one of them.
    let c = compare(&[
        "The crash revives memories of the accident near Oberau in June 2022, when a regional train came off the rails and five people were killed.",
        "In July, a regional express came off the rails near Halden after heavy rain washed mud onto the track; three people were killed.",
    ]);
    assert_ne!(
        figure(&c, 0, 5.0).group,
        figure(&c, 1, 3.0).group,
        "{:?}",
        c.figures
    );
    // One event in one month stays one fact.
    let c = compare(&[
        "In July, a regional express came off the rails near Halden after heavy rain; three people were killed.",
        "In July a regional express derailed near Halden after heavy rain, killing four people.",
    ]);
    assert_disagree(&c, (0, 3.0), (1, 4.0));
    // A sentence that compares two months, and the month a report came
    // out, set no event apart.
    let c = compare(&[
        "Inflation in Veldland eased to 3.2% in March, down from 3.5% in February, the statistics office said.",
        "Figures published in April show inflation in Veldland eased to 3.2% in March.",
        "Inflation in Veldland eased to 3.2% last month, figures published in April show.",
    ]);
    assert_eq!(
        figure(&c, 0, 3.2).group,
        figure(&c, 2, 3.2).group,
        "{:?}",
        c.figures
    );
}

#[test]
fn a_request_granted_to_the_letter_is_still_another_fact() {
    let c = compare(&[
        "The prosecutor had requested a five-year ban from office for Reyes.",
        "Reyes received a five-year ban from office on Monday, the court said.",
    ]);
    let of = |v: usize| figure(&c, v, 5.0).group;
    assert_ne!(of(0), of(1), "{:?}", c.figures);
}

#[test]
fn one_forecast_in_other_words_is_one_fact() {
    let c = compare(&[
        "The council kept the bridge closed, with repairs expected to cost 180 million euros.",
        "The council kept the bridge closed. Officials estimated repairs would cost 180 million euros.",
    ]);
    let of = |v: usize| figure(&c, v, 180e6).group;
    assert_eq!(of(0), of(1), "{:?}", c.figures);
}

#[test]
fn near_amounts_after_the_same_phrase_are_one_fact_in_unlinked_sentences() {
    // The sentences tell different things around the amount (a headcount
    // cut, a quarter's results); the phrase the amount measures is the same.
    let c = compare(&[
        "Marlow Foods said the closure of two plants and the loss of office jobs would incur a one-off cost of 8 billion Danish kroner, spread over two years.\n\nThe shares fell 3% in early trading.",
        "In the third quarter, including impairment charges on its Ohio site, Marlow Foods will report one-off restructuring costs of 9 billion Danish crowns.\n\nIts shares dropped 3% in early trading.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_eq!(of(0, 8e9).group, of(1, 9e9).group, "{:?}", c.figures);
    assert!(of(0, 8e9).discrepancy && of(1, 9e9).discrepancy);
    assert!(!of(0, 3.0).discrepancy);
}

#[test]
fn near_amounts_after_different_phrases_stay_apart() {
    // "sales rose" and "profit rose" share one word: two facts.
    let c = compare(&[
        "Marlow Foods said its sales rose 5 percent in the year to June, helped by exports.",
        "Its operating profit rose 4 percent, the company said, as costs eased.",
    ]);
    assert!(!c.figures.iter().any(|f| f.discrepancy), "{:?}", c.figures);
}

#[test]
fn sentences_that_give_one_measured_fact_share_a_row() {
    // The fund's sentences share few words and no number ("€4.8m" / "more
    // than 4 million euros"); the figures meet as one fact by their unit
    // and the words around them, and that links their sentences, so the
    // paragraphs share a row.
    let c = compare(&[
        "Leaders of 26 countries signed a maritime safety pact in Velmora on Tuesday.\n\nThe agreement creates a shared fund of €4.8m to train coastguards, officials said. Shipping insurers expect premiums on the route to fall by 11% within a year.\n\nThe pact follows the sinking of the ferry Aster in March.",
        "Twenty-six nations have agreed a maritime safety pact at a summit in Velmora.\n\nUnder the deal, more than 4 million euros will go into a fund to train coastguards. Insurers forecast premiums will fall 11.5 percent.\n\nThe talks were called after the ferry Aster sank in March.",
        "Representatives of 26 states signed a pact on ferry safety in Velmora on Tuesday.\n\nA €4.8 million fund will train coastguards across the region.\n\nThe Aster ferry sank in March.",
    ]);
    let r = row_of(&c, 0, 1);
    assert_eq!(r, row_of(&c, 1, 1), "{:?}", c.alignment);
    assert_eq!(r, row_of(&c, 2, 1), "{:?}", c.alignment);
    assert!(
        c.links
            .iter()
            .any(|l| l.a == [0, 1, 0] && l.b == [1, 1, 0] && l.evidence.fact),
        "{:?}",
        c.links
    );
    assert_disagree(&c, (1, 4e6), (0, 4.8e6));
}

#[test]
fn ages_one_year_apart_disagree() {
    // Small whole numbers are counted, not rounded: 54 is not 55.
    let c = compare(&[
        "Foreign minister Dana Whitlock, 54, hailed the harbour pact on Tuesday.",
        "The 55-year-old foreign minister, Dana Whitlock, hailed the harbour pact on Tuesday.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_eq!(of(0, 54.0).unit.as_deref(), Some("years old"));
    assert_disagree(&c, (0, 54.0), (1, 55.0));
}

#[test]
fn others_counts_the_kind_just_named() {
    // "Voss and 11 others" counts the people charged; another outlet
    // counts a dozen officials: one fact, told with different counts.
    let c = compare(&[
        "Mayor Ilse Voss and 11 others were charged with taking bribes worth $2.4 million from builders.",
        "Prosecutors charged Voss, her deputy and a dozen officials over $2.4 million in bribes from builders.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_disagree(&c, (0, 11.0), (1, 12.0));
    assert!(!of(0, 2.4e6).discrepancy);
}

#[test]
fn tallies_told_differently_disagree_side_by_side() {
    let c = compare(&[
        "The regional assembly approved the harbour pact by 7 votes to 2 on Friday.",
        "On Friday the pact was approved 7 to 3 by the regional assembly.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_disagree(&c, (0, 2.0), (1, 3.0));
    assert!(!of(0, 7.0).discrepancy);
}

#[test]
fn words_of_like_meaning_around_two_figures_make_one_fact() {
    // "ships … the shore" / "vessels … the coast": the words around the
    // distances differ, their meaning does not; the sentences are linked.
    let c = compare(&[
        "The rules cover ships sailing within 15 miles of the shore, and operators must comply within 18 months.",
        "Vessels within 12 kilometres of the coast must follow the rules within 18 months.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_disagree(&c, (0, 15.0), (1, 12.0));
    assert!(!of(0, 18.0).discrepancy);
}

#[test]
fn a_vague_amount_agrees_with_its_order_and_killed_is_dead() {
    // "tens of thousands" agrees with 20,000; "killed about 20,000 fish"
    // and "25,000 dead fish" count the same dead and disagree.
    let c = compare(&[
        "One spill near Castlebury in July 2021 killed about 20,000 fish along the river.",
        "A single spill near Castlebury in the summer of 2021 left 25,000 dead fish along the river.",
        "Tens of thousands of fish died near Castlebury in one spill in 2021.",
    ]);
    assert_disagree(&c, (0, 20000.0), (1, 25000.0));
    let two = compare(&[
        "One spill near Castlebury in July 2021 killed about 20,000 fish along the river.",
        "Tens of thousands of fish died near Castlebury in one spill in 2021.",
    ]);
    let of = |v: usize, value: f64| figure(&two, v, value);
    assert_eq!(
        of(0, 20000.0).group,
        of(1, 10000.0).group,
        "{:?}",
        two.figures
    );
    assert!(!of(0, 20000.0).discrepancy, "{:?}", two.figures);
}

#[test]
fn a_vague_amount_that_meets_no_exact_figure_is_no_figure() {
    // "Hundreds of firefighters" and "Thousands of onlookers" state no
    // number to check; told beside an exact count of the same thing, the
    // vague one stays, as it agrees or clashes with that count.
    let c = compare(&[
        "Hundreds of firefighters fought the blaze while thousands of onlookers watched from the bridges. The fire started at 6.50pm.",
        "Some 400 firefighters fought the blaze. Crowds watched from the bridges.",
        "Firefighters battled the flames for hours as thousands of onlookers gathered on the bridges.",
    ]);
    let vague: Vec<&str> = c.figures.iter().map(|f| f.text.as_str()).collect();
    assert!(
        !vague.iter().any(|t| t.eq_ignore_ascii_case("thousands")),
        "{:?}",
        c.figures
    );
    assert_eq!(figure(&c, 0, 100.0).group, figure(&c, 1, 400.0).group);
    let groups: std::collections::BTreeSet<usize> = c.figures.iter().map(|f| f.group).collect();
    assert_eq!(
        groups.into_iter().collect::<Vec<_>>(),
        (0..groups_len(&c)).collect::<Vec<_>>(),
        "groups are numbered without gaps"
    );
}

fn groups_len(c: &Comparison) -> usize {
    c.figures
        .iter()
        .map(|f| f.group)
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

#[test]
fn a_figure_told_again_in_one_version_joins_its_fact() {
    // The second version gives its toll in the lede and again later, with
    // no noun after the number; both tellings are the one disputed toll.
    let c = compare(&[
        "At least 40 people were killed when the dam above Marrow burst on Tuesday.\n\nThe army sent 2,000 soldiers to the valley.",
        "The nation mourned 42 people killed when the dam above Marrow burst.\n\nThe army sent 2,000 soldiers to the valley.\n\nHospital officials in Marrow put the death toll at 42 on Wednesday.",
    ]);
    let first = figure(&c, 0, 40.0);
    let again: Vec<&parallax::model::Figure> = c
        .figures
        .iter()
        .filter(|f| f.version == 1 && f.value == parallax::model::FigureValue::Number(42.0))
        .collect();
    assert_eq!(again.len(), 2, "{:?}", c.figures);
    assert!(
        again.iter().all(|f| f.group == first.group),
        "{:?}",
        c.figures
    );
    // "At least 40" against 42: one toll, told two ways, flagged (the
    // floor's qualifier says how it was told).
    assert!(
        again.iter().all(|f| f.discrepancy) && first.discrepancy,
        "{:?}",
        c.figures
    );
}

#[test]
fn the_one_amount_left_in_two_paragraphs_that_share_the_others_is_one_fact() {
    // The profit and the year-earlier profit meet; what remains of euros in
    // each paragraph is the analysts' forecast, told in other words and with
    // another value: a disagreement. A far value left over stays apart.
    let c = compare(&[
        "Operating profit fell to €312 million in the quarter from €349 million a year earlier, below the €340 million expected on average by analysts in a poll.",
        "Operating profit came in at €312m for the quarter, well short of the €360m that analysts had pencilled in, and down from €349m a year before.",
        "Profit was €312 million, against €349 million a year earlier; the firm also booked a €95 million charge.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_disagree(&c, (0, 340e6), (1, 360e6));
    assert_ne!(of(2, 95e6).group, of(0, 340e6).group, "{:?}", c.figures);
    assert!(!of(0, 312e6).discrepancy);
}

#[test]
fn a_fall_written_with_a_minus_sign_agrees_with_one_told_in_words() {
    let c = compare(&[
        "Orders at the Valtro plant were down 3% from the second quarter, the company said.",
        "Valtro plant orders: -3% from the second quarter, the company said.",
    ]);
    let words = c
        .figures
        .iter()
        .find(|f| f.version == 0 && f.text == "3%")
        .expect("3%");
    let sign = c
        .figures
        .iter()
        .find(|f| f.version == 1 && f.text == "-3%")
        .expect("-3%");
    assert_eq!(words.group, sign.group, "{:?}", c.figures);
    assert!(!words.discrepancy, "{:?}", c.figures);
}

#[test]
fn an_amount_above_a_vague_order_is_loose_usage_and_below_it_a_clash() {
    let above = compare(&[
        "Some 180,000 vials from the recalled batches had been shipped to hospitals and clinics nationwide.",
        "Tens of thousands of vials from the recalled batches had already reached hospitals and clinics.",
    ]);
    assert!(
        !above.figures.iter().any(|f| f.discrepancy),
        "{:?}",
        above.figures
    );
    let below = compare(&[
        "Some 5,000 vials from the recalled batches had been shipped to hospitals and clinics nationwide.",
        "Tens of thousands of vials from the recalled batches had already reached hospitals and clinics.",
    ]);
    let of = |v: usize, value: f64| figure(&below, v, value);
    assert_eq!(
        of(0, 5000.0).group,
        of(1, 10000.0).group,
        "{:?}",
        below.figures
    );
    assert!(of(0, 5000.0).discrepancy, "{:?}", below.figures);
}

#[test]
fn small_counts_one_apart_and_units_in_two_spellings_are_one_fact() {
    let c = compare(&[
        "Infections have been confirmed at nine hospitals in the province, most of them at the university hospital. The estate has eight towers, each 32 storeys high.",
        "At least 12 people have died and 147 have been infected with the bacterium at 10 hospitals in the province after being given a sedative made by Orvane. The fire spread through eight 31-story towers.",
        "Cases have turned up at nine hospitals across the province, though most are in one surgical wing.",
    ]);
    assert_disagree(&c, (0, 9.0), (1, 10.0));
    assert_disagree(&c, (0, 32.0), (1, 31.0));
}

#[test]
fn a_count_the_story_gives_once_per_outlet_is_one_fact_wherever_it_stands() {
    // Nothing else in the story counts investors: the one count each
    // outlet gives is the same fact, in sentences that share little.
    let c = compare(&[
        "Prosecutors said 1,200 investors lost a combined $38 million.\n\nMarco Tessari, 52, a former broker, testified for the defence.",
        "The government raised its loss estimate, spread across roughly 1,200 investors, which pushed the sentencing range up.",
        "The fraudster fleeced 1,400 ordinary investors out of their savings.\n\nLena Brook, 44, who lost her pension, wept in court.",
    ]);
    assert_disagree(&c, (2, 1400.0), (0, 1200.0));
    assert_eq!(figure(&c, 0, 1200.0).group, figure(&c, 1, 1200.0).group);
    // Two people's ages are no one fact.
    assert_ne!(figure(&c, 0, 52.0).group, figure(&c, 2, 44.0).group);
    // An outlet that counts investors twice, of two things, makes the
    // count no rarity: the far sentences stay apart.
    let twice = compare(&[
        "Prosecutors said 1,200 investors lost a combined $38 million.",
        "The fraudster fleeced 1,400 ordinary investors out of their savings. Another 300 investors got their money back.",
    ]);
    assert!(
        !twice.figures.iter().any(|f| f.discrepancy),
        "{:?}",
        twice.figures
    );
}

#[test]
fn the_people_in_shelters_are_one_count_and_not_the_evacuated() {
    let c = compare(&[
        "About 250,000 people have taken refuge in more than 1,200 government shelters, officials said. Some 40,000 people were evacuated from the river islands.",
        "Aid agencies estimate that about 300,000 people are now staying in government shelters. The city opened 40 schools as temporary shelters.",
        "More than 1.5 million people were stranded, and more than 300,000 were in shelters.",
    ]);
    assert_disagree(&c, (0, 250_000.0), (1, 300_000.0));
    assert_eq!(
        figure(&c, 1, 300_000.0).group,
        figure(&c, 2, 300_000.0).group
    );
    // The evacuated are another count; so are the schools opened.
    assert_ne!(figure(&c, 0, 40_000.0).group, figure(&c, 1, 40.0).group);
    assert_ne!(
        figure(&c, 0, 40_000.0).group,
        figure(&c, 1, 300_000.0).group
    );
}

#[test]
fn a_count_confirmed_dead_is_the_toll_and_not_the_injured() {
    // "have been confirmed dead": the state after the verb and a word of
    // report; "dozens more … taken to hospital" are the injured.
    let c = compare(&[
        "The earthquake killed at least 112 people, officials said.",
        "The quake brought down homes and killed dozens of people as they slept.\n\nForty-one people have been confirmed dead so far, and dozens more have been taken to hospital with injuries.",
    ]);
    assert_disagree(&c, (1, 41.0), (0, 112.0));
}

#[test]
fn ledes_told_in_other_words_share_a_row() {
    // Three ledes of one election night, worded apart: each outlet's first
    // paragraph states the core of the story.
    let c = compare(&[
        "Opposition leader Youssef Haddad claimed victory in Qaresh's presidential election on Monday, even as the electoral commission said it had counted only 61% of ballots.\n\nTurnout was 67%, the commission said.",
        "Both main candidates in Qaresh's presidential election said on Monday they were on course to win, as a slow count left the country in suspense.\n\nTurnout reached 64%, according to the commission.",
        "The challenger in Qaresh's presidential vote, Yusuf Haddad, declared himself the winner on Monday before official results were in, raising fears of unrest.\n\nMonitors said voting was peaceful.",
    ]);
    let r = row_of(&c, 0, 0);
    assert_eq!(r, row_of(&c, 1, 0), "{:?}", c.alignment);
    assert_eq!(r, row_of(&c, 2, 0), "{:?}", c.alignment);
}

#[test]
fn a_paragraph_joins_the_one_that_gives_more_of_its_facts() {
    // The partial results share one figure with the lede (the share
    // counted) and two with the results paragraph: they go with the
    // results.
    let a = std::fs::read_to_string(crate::common::fixture("align/election-a.txt")).unwrap();
    let b = std::fs::read_to_string(crate::common::fixture("align/election-b.txt")).unwrap();
    let c = compare(&[&a, &b]);
    // Version 0: lede, quotes, chairman, results (3); version 1: lede,
    // quotes, partial results (2).
    assert_eq!(row_of(&c, 1, 2), row_of(&c, 0, 3), "{:?}", c.alignment);
}

#[test]
fn a_share_told_as_a_fraction_meets_a_percentage() {
    let c = compare(&[
        "About two-thirds of the 900 workers at the Castrel plant will lose their jobs, the company said.",
        "Some 60% of the Castrel plant's 900 workers will lose their jobs, the company said.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    let third = c
        .figures
        .iter()
        .find(|f| f.version == 0 && f.text.contains("thirds"))
        .expect("two-thirds is a figure");
    assert_eq!(third.group, of(1, 60.0).group, "{:?}", c.figures);
    assert!(third.discrepancy);
}

#[test]
fn a_paragraph_of_two_points_goes_with_the_one_it_opens_on() {
    // The third outlet packs the toll and the quotation into one
    // paragraph; it opens on the toll, so it sits with the tolls, not with
    // the quotation it repeats word for word.
    let c = compare(&[
        "Five fishermen missing since the trawler Marisol sank off Kerrow are presumed dead, the coastguard said on Sunday.\n\nThe Marisol left Kerrow harbour on Thursday with a catch quota for cod.\n\nStorms had closed two ferry routes along the coast.\n\n\"We no longer expect to find any of the crew alive in these waters,\" Captain Ines Rooke told reporters at the harbour. Her teams searched some 300 square miles of sea over four days, with two helicopters and a lifeboat.",
        "The five crew of the sunken trawler Marisol are now presumed dead, coastguard officials said.\n\nThe boat had sailed from Kerrow on Thursday to fish for cod.\n\nHigh winds had shut two ferry routes.\n\n\"We no longer expect to find any of the crew alive in these waters,\" said Captain Ines Rooke. Two helicopters and a lifeboat had combed about 300 square miles since Thursday.",
        "Storms have battered the Kerrow coast all week.\n\nThe five fishermen missing since the trawler Marisol sank off Kerrow are presumed dead, the coastguard said. \"We no longer expect to find any of the crew alive in these waters,\" Rooke said.",
    ]);
    assert_eq!(row_of(&c, 2, 1), row_of(&c, 0, 0), "{:?}", c.alignment);
    assert_eq!(row_of(&c, 0, 0), row_of(&c, 1, 0));
    assert_eq!(row_of(&c, 0, 3), row_of(&c, 1, 3));
    assert_ne!(row_of(&c, 0, 0), row_of(&c, 0, 3));
}

#[test]
fn tolls_told_at_different_times_anchor_their_sentences() {
    // A death toll with no noun after it ("has risen to 632") is still a
    // measured fact: it meets the other outlet's toll, an update of it.
    let c = compare(&[
        "Rescue teams with sniffer dogs reached the mountain villages of the Soran valley at dawn.\n\nThe death toll has risen to 632, the interior ministry said.",
        "Army trucks carried tents and water into the Soran valley on Saturday.\n\nAt least 820 people were killed, officials said, as rescuers searched the rubble.",
    ]);
    assert_eq!(row_of(&c, 0, 1), row_of(&c, 1, 1), "{:?}", c.alignment);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_eq!(of(0, 632.0).group, of(1, 820.0).group, "{:?}", c.figures);
}

#[test]
fn a_lede_that_repeats_a_quotation_stays_with_the_ledes() {
    // The fourth outlet opens with the news and the quotation in one
    // paragraph; the quotation is the others' second paragraph, word for
    // word. The lede still belongs with the other ledes.
    let quote = "\"We no longer expect to find any of the crew alive in these waters,\" said Captain Ines Rooke.";
    let a = format!(
        "Five fishermen missing since the trawler Marisol sank off Kerrow are presumed dead, the coastguard said on Sunday.\n\n{quote}"
    );
    let b = format!(
        "The five crew of the sunken trawler Marisol are now presumed dead, coastguard officials said.\n\n{quote}"
    );
    let c3 = format!(
        "Coastguard officials said the five fishermen of the Marisol, which sank off Kerrow, are presumed dead.\n\n{quote}"
    );
    let d = format!(
        "Hope is gone for the Marisol's five. {quote}\n\nDivers will try to reach the wreck on Monday."
    );
    let c = compare(&[&a, &b, &c3, &d]);
    assert_eq!(row_of(&c, 3, 0), row_of(&c, 0, 0), "{:?}", c.alignment);
    assert_eq!(row_of(&c, 0, 0), row_of(&c, 1, 0), "{:?}", c.alignment);
    assert_eq!(row_of(&c, 0, 1), row_of(&c, 1, 1), "{:?}", c.alignment);
}

#[test]
fn an_age_and_a_span_of_years_of_one_thing_are_one_fact() {
    let c = compare(&[
        "Fire tore through the roof of the nearly 150-year-old Castlebury mill on Sunday night, and its chimney fell at dawn.",
        "“The mill has stood on this river for 130 years and we could not save it,” the fire chief told reporters.",
    ]);
    assert_disagree(&c, (0, 150.0), (1, 130.0));
    // Told alike, no discrepancy.
    let same = compare(&[
        "Fire tore through the roof of the 150-year-old Castlebury mill on Sunday night.",
        "The mill, which had stood on the river for 150 years, could not be saved, firefighters said.",
    ]);
    let of = |v: usize, value: f64| figure(&same, v, value);
    assert_eq!(of(0, 150.0).group, of(1, 150.0).group, "{:?}", same.figures);
    assert!(!of(0, 150.0).discrepancy, "{:?}", same.figures);
    // A span told of something else, or far in value, is another fact.
    let apart = compare(&[
        "The 59-year-old mayor of Castlebury visited the ruins of the mill on Monday.",
        "The mayor, who has run Castlebury for 10 years, promised to rebuild the mill. The owner said his family had run a bakery for 55 years.",
    ]);
    let of = |v: usize, value: f64| figure(&apart, v, value);
    assert_ne!(of(0, 59.0).group, of(1, 10.0).group, "{:?}", apart.figures);
    assert_ne!(of(0, 59.0).group, of(1, 55.0).group, "{:?}", apart.figures);
}

#[test]
fn the_one_amount_of_a_measure_each_version_gives_is_one_fact() {
    let c = compare(&[
        "Up to 38 million cubic metres of water poured down the valley after the wall broke on Tuesday night.",
        "Built by the province in 1971 to hold 36 million cubic metres, the Castlebury reservoir supplied three towns.",
    ]);
    assert_disagree(&c, (0, 38e6), (1, 36e6));
    // Two amounts of the measure in one version: which one the other
    // version gives is not told by being the only one; and a far value is
    // another amount.
    let c = compare(&[
        "The reservoir above Castlebury held up to 38 million cubic metres of water when the dam gave way on Tuesday. Some 12 million cubic metres had been let out in May.",
        "Engineers had warned for years of cracks in the dam, which has a capacity of 36 million cubic metres, officials admitted.",
        "Officials said 9 million cubic metres of water were released downstream in a controlled way before the dam failed.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value * 1e6);
    assert_ne!(of(0, 12.0).group, of(1, 36.0).group, "{:?}", c.figures);
    assert_ne!(of(2, 9.0).group, of(1, 36.0).group, "{:?}", c.figures);
}

#[test]
fn the_same_measure_of_the_same_subject_disagrees_further_apart() {
    // "Korvo Rail shares jumped 14 percent" / "Korvo Rail shares rocketed
    // 19 per cent": most of the phrase before the figures is the same, so
    // the two are one measure that disagrees; another company's fall in
    // the same sentence is another fact.
    let c = compare(&[
        "Korvo Rail shares jumped 14 percent to 9.85 euros in Vienna on Tuesday. Nordline shares fell 2.5 percent in Stockholm.",
        "Korvo Rail shares rocketed 19 per cent as traders piled in, betting the takeover will sail through.",
    ]);
    let of = |v: usize, value: f64| figure(&c, v, value);
    assert_disagree(&c, (0, 14.0), (1, 19.0));
    assert_ne!(of(0, 2.5).group, of(1, 19.0).group, "{:?}", c.figures);
}

#[test]
fn a_bound_or_a_floor_of_a_toll_that_differs_from_the_count_is_flagged() {
    // "More than 140" against 143: one fact told two ways, flagged, the
    // bound shown as such by its qualifier (an editor marks a rounding).
    let c = compare(&[
        "Stall reports\n\nThe company said it knew of 143 incidents worldwide in which engines had stalled.",
        "Stall reports\n\nThe company said it knew of 143 incidents worldwide in which engines stalled.",
        "Stall reports\n\nThe company said it was aware of more than 140 incidents worldwide in which engines had stalled.",
    ]);
    assert_disagree(&c, (0, 143.0), (2, 140.0));
    assert_eq!(
        figure(&c, 2, 140.0).qualifier.as_deref(),
        Some("more than"),
        "{:?}",
        c.figures
    );
    // A bound on the wrong side of the value disagrees.
    let c = compare(&[
        "Stall reports\n\nThe company said it knew of 143 incidents worldwide in which engines had stalled.",
        "Stall reports\n\nThe company said it knew of 143 incidents worldwide in which engines stalled.",
        "Stall reports\n\nThe company said it was aware of nearly 140 incidents worldwide in which engines had stalled.",
    ]);
    assert_disagree(&c, (2, 140.0), (0, 143.0));
    // A toll said as a floor and a higher count: one fact, flagged; an
    // exact count told lower disagrees too.
    let c = compare(&[
        "Ferry capsizes\n\nThe ferry capsized on Sunday, killing at least nine people, the coast guard said.",
        "Ferry capsizes\n\nThe ferry capsized on Sunday, killing 14 people, the coast guard said.",
        "Ferry capsizes\n\nThe ferry capsized on Sunday and 14 people were killed, the coast guard said.",
    ]);
    assert_disagree(&c, (0, 9.0), (1, 14.0));
    let c = compare(&[
        "Ferry capsizes\n\nThe ferry capsized on Sunday, killing at least 14 people, the coast guard said.",
        "Ferry capsizes\n\nThe ferry capsized on Sunday, killing nine people, the coast guard said.",
        "Ferry capsizes\n\nThe ferry capsized on Sunday and 14 people were killed, the coast guard said.",
    ]);
    assert_disagree(&c, (1, 9.0), (0, 14.0));
    // A toll told as risen to a count and a later, higher count: one
    // fact, flagged.
    let c = compare(&[
        "Ferry capsizes\n\nThe number of people killed when the ferry capsized has risen to 11, the coast guard said.",
        "Ferry capsizes\n\nFourteen people were killed when the ferry capsized on Sunday, the coast guard said.",
        "Ferry capsizes\n\nThe ferry capsized on Sunday, killing 14 people, the coast guard said.",
    ]);
    assert_disagree(&c, (0, 11.0), (1, 14.0));
    // Floors alone, told at different hours: one fact, flagged.
    let c = compare(&[
        "Quake\n\nThe earthquake killed at least 112 people, officials said on Monday.",
        "Quake\n\nThe earthquake killed at least 126 people, officials said on Monday.",
        "Quake\n\nThe earthquake killed at least 126 people, officials said.",
    ]);
    assert_disagree(&c, (0, 112.0), (1, 126.0));
    // "About 3,000 hectares" names a value; 3,100 is another measure.
    let c = compare(&[
        "Fire\n\nThe fire has burned about 3,000 hectares of forest and farmland, the fire service said.",
        "Fire\n\nThe fire had burned 3,100 hectares of forest and farmland by Wednesday, satellite mapping showed.",
        "Fire\n\nThe fire has burned about 3,000 hectares of forest and farmland so far.",
    ]);
    assert_disagree(&c, (1, 3100.0), (0, 3000.0));
}

#[test]
fn a_places_share_of_a_total_is_one_fact_by_its_place() {
    // A count by region, told as "N are in Japan" and "Japan with N": one
    // fact per place, whatever the sentence; the outlets disagree on
    // Japan and agree on China.
    let c = compare(&[
        "Recall\n\nAbout 612,400 of the vehicles are in the United States. Another 287,300 are in Japan and 198,600 in China, the company said.",
        "Recall\n\nThe United States accounts for 612,400 of the vehicles, followed by Japan with 278,300 and China with 198,600.",
        "Recall\n\nOf the cars recalled, 287,300 are in Japan, the filing showed.",
    ]);
    assert_disagree(&c, (1, 278300.0), (0, 287300.0));
    assert_agree(&c, (0, 198600.0), (1, 198600.0));
    assert_apart(&c, (1, 278300.0), (1, 198600.0));
}

#[test]
fn this_year_and_a_year_named_are_different_years_by_the_day_of_writing() {
    // Savings of this year (2025, the day of writing) and of 2026 are two
    // facts of one unit; without the day, "this year" names no year.
    let dated = |i: usize, text: &str| {
        let mut v = version(i, text);
        v.published = Some("2025-10-30T07:48:00".to_string());
        v
    };
    let versions = vec![
        dated(
            0,
            "Results\n\nThe cost programme will deliver savings of 800 million euros in 2026, the group said.",
        ),
        dated(
            1,
            "Results\n\nThe cost programme is on track to deliver 400 million euros of savings this year, the finance chief said.",
        ),
        dated(
            2,
            "Results\n\nThe cost programme should deliver savings of 800 million euros in 2026, the company said.",
        ),
    ];
    let c = analyse(versions, Vec::new(), Options::default());
    let (x, y) = (figure(&c, 0, 800_000_000.0), figure(&c, 1, 400_000_000.0));
    assert!(
        x.group != y.group || !(x.discrepancy || y.discrepancy),
        "{:?}",
        c.figures
    );
}

#[test]
fn a_toll_told_higher_later_is_one_fact_and_flagged() {
    // Sunday morning's "one dead" and Monday's "two dead" are one count
    // told at two hours: one fact, and the values differ (a reader asks
    // which is current); Monday's "one dead" beside another Monday "two" too.
    let at = |i: usize, when: &str, text: &str| {
        let mut v = version(i, text);
        v.published = Some(when.to_string());
        v
    };
    let c = analyse(
        vec![
            at(
                0,
                "2026-01-18T07:12:00",
                "Fire\n\nOne person has died in the bushfire, police said on Sunday.",
            ),
            at(
                1,
                "2026-01-19T06:00:00",
                "Fire\n\nTwo people have died in the bushfire, police said.",
            ),
            at(
                2,
                "2026-01-19T06:00:00",
                "Fire\n\nTwo people have died in the bushfire, police confirmed.",
            ),
        ],
        Vec::new(),
        Options::default(),
    );
    assert_disagree(&c, (0, 1.0), (1, 2.0));
    let c = analyse(
        vec![
            at(
                0,
                "2026-01-19T07:12:00",
                "Fire\n\nOne person has died in the bushfire, police said on Sunday.",
            ),
            at(
                1,
                "2026-01-19T07:12:00",
                "Fire\n\nTwo people have died in the bushfire, police said.",
            ),
            at(
                2,
                "2026-01-19T07:12:00",
                "Fire\n\nTwo people have died in the bushfire, police confirmed.",
            ),
        ],
        Vec::new(),
        Options::default(),
    );
    assert_disagree(&c, (0, 1.0), (1, 2.0));
}

#[test]
fn a_count_of_homes_destroyed_told_higher_later_is_one_fact() {
    // A flood's houses destroyed, as the count stood at each report's hour:
    // one fact, the values flagged as they differ; houses damaged are
    // another count than houses destroyed.
    let at = |i: usize, when: &str, text: &str| {
        let mut v = version(i, text);
        v.published = Some(when.to_string());
        v
    };
    let story = |a: &str, b: &str, c: &str, when: [&str; 3]| {
        analyse(
            vec![
                at(0, when[0], &format!("Flood\n\n{a}")),
                at(1, when[1], &format!("Flood\n\n{b}")),
                at(2, when[2], &format!("Flood\n\n{c}")),
            ],
            Vec::new(),
            Options::default(),
        )
    };
    let texts = [
        "At least 40 houses have been destroyed by the flood in the river valley, officials said on Tuesday.",
        "The flood in the river valley destroyed 55 houses, officials said.",
        "The flood razed 61 houses in the river valley, according to officials.",
    ];
    let c = story(
        texts[0],
        texts[1],
        texts[2],
        [
            "2025-03-04T08:00:00",
            "2025-03-04T19:30:00",
            "2025-03-05T09:00:00",
        ],
    );
    assert_disagree(&c, (0, 40.0), (1, 55.0));
    assert_disagree(&c, (1, 55.0), (2, 61.0));
    let c = story(
        texts[0],
        texts[1],
        texts[2],
        [
            "2025-03-05T09:00:00",
            "2025-03-05T09:00:00",
            "2025-03-05T09:00:00",
        ],
    );
    assert_disagree(&c, (1, 55.0), (2, 61.0));
    let c = story(
        "The flood in the river valley destroyed 55 houses, officials said.",
        "The flood in the river valley damaged 80 houses, officials said.",
        "The flood razed 55 houses in the river valley, according to officials.",
        [
            "2025-03-05T09:00:00",
            "2025-03-05T09:00:00",
            "2025-03-05T09:00:00",
        ],
    );
    let (x, y) = (figure(&c, 0, 55.0), figure(&c, 1, 80.0));
    assert!(x.group != y.group, "{:?}", c.figures);
}

#[test]
fn almost_a_round_half_meets_the_value_just_under_it_as_one_flagged_fact() {
    // "Almost €10.5 billion" for 10.43 billion is a rounding to the half,
    // beside outlets that give 10.43 and 10.4: one fact, flagged; so is
    // "almost €11 billion".
    let story = |approx: &str| {
        compare(&[
            "Harbour Line results\n\nHarbour Line said third-quarter revenue rose 3.1% to €10.43 billion, helped by the summer timetable.",
            "Harbour Line results\n\nHarbour Line's quarterly sales rose 3.1% to €10.4 billion on the summer timetable.",
            &format!(
                "Harbour Line results\n\nHarbour Line made a quarterly profit on revenue of {approx}, thanks to the summer timetable."
            ),
        ])
    };
    let c = story("almost €10.5 billion");
    assert_disagree(&c, (0, 10_430_000_000.0), (2, 10_500_000_000.0));
    assert_disagree(&c, (1, 10_400_000_000.0), (2, 10_500_000_000.0));
    let c = story("almost €11 billion");
    assert_disagree(&c, (0, 10_430_000_000.0), (2, 11_000_000_000.0));
}

#[test]
fn a_change_in_points_is_no_percentage_change() {
    // A load factor that eased 1.1 points is not the 2.4% rise in
    // passengers another outlet gives beside the same load factor.
    let c = compare(&[
        "Harbour Line results\n\nHarbour Line carried 38.6 million passengers in the quarter, up 2.4%, while its load factor - how full its planes are - slipped to 86.2%.",
        "Harbour Line results\n\nCapacity, measured in seat kilometres, grew 3.5% in the quarter, while load factor eased 1.1 points to 86.2%. So far this year, the airlines have carried 101.2 million passengers. Yields fell 2.1% across the network.",
    ]);
    let (x, y) = (figure(&c, 0, 2.4), figure(&c, 1, 1.1));
    assert!(x.group != y.group, "{:#?}", c.figures);
    // Nor, beside one load factor, is the rise in passengers the growth
    // in capacity.
    let y = figure(&c, 1, 3.5);
    assert!(x.group != y.group, "{:#?}", c.figures);
}

#[test]
fn a_share_price_told_at_different_hours_is_the_price_moving() {
    // Early trade, the day's low and the close are three moments of one
    // move; two closes that differ disagree.
    let story = |a: &str, b: &str, c: &str| {
        compare(&[
            &format!(
                "Harbour Line warning\n\nHarbour Line cut its profit forecast on Thursday. {a}"
            ),
            &format!(
                "Harbour Line warning\n\nHarbour Line lowered its profit forecast on Thursday. {b}"
            ),
            &format!(
                "Harbour Line warning\n\nHarbour Line trimmed its profit forecast on Thursday. {c}"
            ),
        ])
    };
    let c = story(
        "Harbour Line shares were down 9.4% in early trade in Frankfurt.",
        "Harbour Line shares fell as much as 11% in Frankfurt trading.",
        "Harbour Line shares closed 8.7% lower in Frankfurt.",
    );
    let moves = [figure(&c, 0, 9.4), figure(&c, 1, 11.0), figure(&c, 2, 8.7)];
    assert!(moves.iter().all(|f| !f.discrepancy), "{:?}", c.figures);
    // Each shows the moment it was told at (or its own bound).
    assert_eq!(moves[0].qualifier.as_deref(), Some("in early trade:"));
    assert_eq!(moves[1].qualifier.as_deref(), Some("as much as"));
    assert_eq!(moves[2].qualifier.as_deref(), Some("at the close:"));
    let c = story(
        "Harbour Line shares closed 9.4% lower in Frankfurt.",
        "Harbour Line shares fell as much as 11% in Frankfurt trading.",
        "Harbour Line shares closed 8.7% lower in Frankfurt.",
    );
    assert_disagree(&c, (0, 9.4), (2, 8.7));
}

#[test]
fn a_listed_name_closing_lower_is_a_share_price_without_the_word_shares() {
    // A ticker or an index "closed 2.1% lower": the day's close, which
    // the day's low told elsewhere does not contradict.
    let c = compare(&[
        "Harbour Line warning\n\nHarbour Line cut its profit forecast on Thursday. Harbour Line shares fell as much as 3.2% in early trade in Frankfurt.",
        "Harbour Line warning\n\nHarbour Line lowered its profit forecast on Thursday. HBL closed 2.1% lower in Frankfurt.",
    ]);
    assert_agree(&c, (0, 3.2), (1, 2.1));
    assert_eq!(
        figure(&c, 1, 2.1).qualifier.as_deref(),
        Some("at the close:")
    );
}

#[test]
fn a_share_price_told_at_different_hours_is_one_fact_of_its_company() {
    // The day's low, early trade and a plain fall of the same company's
    // shares meet in one fact, unflagged; a peer's shares are another.
    let c = compare(&[
        "Harbour Line warning\n\nHarbour Line cut its profit forecast on Thursday.\n\nShares in Harbour Line were down 9.4% in early trade, making it the worst performer on the index.",
        "Harbour Line warning\n\nHarbour Line lowered its profit forecast on Thursday, blaming fuel costs.\n\nThe shares fell as much as 11% in Frankfurt trading, the steepest intraday drop since the pandemic. Rival Nordline's shares rose 2%.",
        "Harbour Line warning\n\nHarbour Line trimmed its profit forecast on Thursday.\n\nShares plunged 10 per cent as investors dumped the stock.",
    ]);
    let moves = [figure(&c, 0, 9.4), figure(&c, 1, 11.0), figure(&c, 2, 10.0)];
    assert!(
        moves
            .iter()
            .all(|f| f.group == moves[0].group && !f.discrepancy),
        "{:?}",
        c.figures
    );
    assert_ne!(figure(&c, 1, 2.0).group, moves[0].group, "{:?}", c.figures);
}

#[test]
fn a_round_value_told_as_small_or_just_past_meets_its_decimal_flagged() {
    // "Barely", "scarcely", "a little over": a round value told as a
    // rounding meets the value one decimal off, and the two are flagged.
    let c = compare(&[
        "Levy on Harrowgate\n\nThe levy on Harrowgate Mining is barely 2% of its yearly revenue, campaigners said.",
        "Levy on Harrowgate\n\nThe levy on Harrowgate Mining equals about 2.2 per cent of its yearly revenue, regulators said.",
        "Levy on Harrowgate\n\nThe levy on Harrowgate Mining amounts to a little over 2 per cent of its yearly revenue.",
    ]);
    assert_disagree(&c, (0, 2.0), (1, 2.2));
    assert_disagree(&c, (2, 2.0), (1, 2.2));
    assert_eq!(figure(&c, 0, 2.0).qualifier.as_deref(), Some("barely"));
    // Said exactly, the two are at odds.
    let c = compare(&[
        "Levy on Harrowgate\n\nThe levy on Harrowgate Mining is 2% of its yearly revenue, campaigners said.",
        "Levy on Harrowgate\n\nThe levy on Harrowgate Mining equals 2.2 per cent of its yearly revenue, regulators said.",
    ]);
    assert_disagree(&c, (0, 2.0), (1, 2.2));
}

#[test]
fn the_one_count_of_a_thing_each_outlet_gives_is_one_fact_however_far_apart() {
    // Each outlet counts the affected fishermen once, in sentences told
    // nothing alike: one fact, at odds. Another count of another unit in
    // a sentence like it stays apart, and so does a second count of
    // fishermen in one outlet.
    let c = compare(&[
        "Quota ruling\n\nThe ministry said the quota rules had hurt about 3,000 fishermen of the coastal towns and the owners of 120 trawlers.\n\nThe ruling takes effect in May.",
        "Quota ruling\n\nMore than 9,000 fishermen of the coastal towns were ruined by this outrage, and every family in the harbour towns paid for it.\n\nThe ruling takes effect in May.",
    ]);
    assert_disagree(&c, (0, 3000.0), (1, 9000.0));
    assert_apart(&c, (0, 120.0), (1, 9000.0));
    let c = compare(&[
        "Quota ruling\n\nThe ministry said the quota rules had hurt about 3,000 fishermen of the coastal towns.\n\nThe ruling takes effect in May.",
        "Quota ruling\n\nMore than 9,000 fishermen of the coastal towns were ruined by this outrage.\n\nSome 400 fishermen of the coastal towns marched on the ministry in March.",
    ]);
    assert_apart(&c, (0, 3000.0), (1, 9000.0));
}

#[test]
fn a_count_of_the_whole_is_not_one_of_a_part_however_alike_the_sentences() {
    // The group's staff worldwide and a plant's staff, in sentences that
    // share the plant, the verb and the pause: two facts, no discrepancy.
    let c = compare(&[
        "Plant paused\n\nThe Lyon-based group, which employs about 5,200 people worldwide, said work at its Tarrow plant had been paused for a week.",
        "Plant paused\n\nWork at the Tarrow plant, which employs 450 people, has been paused for a week.",
    ]);
    assert_apart(&c, (0, 5200.0), (1, 450.0));
    assert!(c.figures.iter().all(|f| !f.discrepancy), "{:?}", c.figures);
    // Both of the whole, told apart: one fact, at odds.
    let c = compare(&[
        "Plant paused\n\nThe Lyon-based group, which employs about 5,200 people worldwide, said work at its Tarrow plant had been paused for a week.",
        "Plant paused\n\nThe group, which employs 6,800 people worldwide, said work at the Tarrow plant had been paused for a week.",
    ]);
    assert_disagree(&c, (0, 5200.0), (1, 6800.0));
}

#[test]
fn a_measure_named_by_its_own_word_meets_its_near_value_and_a_verb_alone_does_not() {
    // "Turnout" names the measure in both, in sentences told nothing
    // alike: one fact, at odds.
    let c = compare(&[
        "Poll result\n\nThe council confirmed the result on Monday. Turnout was 38.2%, and the count ended at dawn.",
        "Poll result\n\nTurnout reached 43.5 percent, the highest ever seen in the valley, as crowds danced in the square.",
    ]);
    assert_disagree(&c, (0, 38.2), (1, 43.5));
    // A verb of change is no name of a measure.
    let c = compare(&[
        "Poll result\n\nThe council confirmed the result on Monday. Bus fares rose 8.2%, and the count ended at dawn.",
        "Poll result\n\nRose 9.5 percent, the valley's dairy farmers said of milk prices, as crowds danced in the square.",
    ]);
    assert_apart(&c, (0, 8.2), (1, 9.5));
}

#[test]
fn the_same_count_under_another_noun_far_down_is_one_fact_and_anchors_no_row() {
    // "4,800 … jobs" in the ledes and "4,800 positions" in a trade paper's
    // sixth paragraph: one fact (each version's only count of its kind),
    // whatever the sentences around them. A small count met so would be a
    // coincidence, and two different counts stay apart.
    let filler = "Analysts had expected weaker demand.\n\nThe group flies to 90 destinations.\n\nIts chief executive took over in March.\n\nFuel prices eased in the quarter.";
    let c = compare(&[
        &format!(
            "Harlow Rail cut its annual profit forecast on Tuesday and said it would eliminate 4,800 ticketing and depot jobs by 2027.\n\n{filler}"
        ),
        &format!(
            "Harlow Rail now expects annual operating profit of about 300 million pounds.\n\n{filler}\n\nSeparately, the operator confirmed it will cut 4,800 positions, mostly in ticket offices and depots."
        ),
    ]);
    assert_agree(&c, (0, 4800.0), (1, 4800.0));
    assert_eq!(
        figure(&c, 0, 4800.0).unit.as_deref(),
        Some("jobs"),
        "the noun after the joined modifiers: {:?}",
        c.figures
    );
    // The lede's row is not pulled to the sixth paragraph by the count.
    assert_ne!(row_of(&c, 0, 0), row_of(&c, 1, 5), "{:?}", c.alignment);
}

#[test]
fn a_hedge_before_two_joined_amounts_hedges_both_and_a_floor_meets_a_ceiling() {
    // "More than 900 flights and 2,000 bus trips" hedges the bus trips
    // too; "more than 2,000" and "nearly 2,150" are one fact, told two ways.
    let c = compare(&[
        "More than 900 flights and 2,000 bus trips were cancelled on Friday as the storm hit the coast.",
        "Officials said more than 900 flights had been grounded and more than 2,000 bus trips cancelled as the storm hit the coast.",
        "The storm forced the cancellation of more than 900 flights and nearly 2,150 bus trips along the coast, officials said.",
    ]);
    assert_disagree(&c, (0, 2000.0), (2, 2150.0));
    assert_disagree(&c, (1, 2000.0), (2, 2150.0));
    assert_eq!(
        figure(&c, 0, 2000.0).qualifier.as_deref(),
        Some("more than"),
        "{:?}",
        c.figures
    );
}

#[test]
fn each_versions_only_count_of_one_kind_near_in_value_is_one_fact() {
    // The only count of pensioners each version gives, told of the same
    // records in other words: one fact, and the values disagree.
    let c = compare(&[
        "A council in Ostry admitted on Monday that a spreadsheet listing the home addresses of about 12,000 pensioners had been emailed to the wrong firm.\n\nThe council apologised.",
        "The mistake exposed the personal details of some 17,000 pensioners, according to a letter seen by the paper.\n\nThe council in Ostry apologised on Monday.",
    ]);
    assert_disagree(&c, (1, 17000.0), (0, 12000.0));
}

#[test]
fn a_bound_in_hours_or_months_meets_the_value_in_days() {
    // "More than 40 hours" meets 41 hours, "more than two months" 69
    // days: the values are compared in seconds, and differ. 52 hours is
    // one fact with "more than 40" too.
    let c = compare(&[
        "The divers were freed late on Friday, 41 hours after the cave flooded. In 1998, four divers were trapped in the same cave system for 69 days.",
        "The divers were brought out after more than 40 hours underground. In 1998, four divers spent more than two months trapped in the same cave system.",
        "The four divers trapped in the flooded cave were freed on Friday after 41 hours. Four divers were trapped there for 69 days in 1998.",
    ]);
    assert_disagree(&c, (0, 41.0), (1, 40.0));
    assert_disagree(&c, (0, 69.0), (1, 2.0));
    let d = compare(&[
        "The divers were freed late on Friday, 52 hours after the cave flooded.",
        "The divers were brought out after more than 40 hours underground, after the cave flooded.",
        "The divers trapped in the flooded cave were freed on Friday after 52 hours.",
    ]);
    assert_disagree(&d, (1, 40.0), (0, 52.0));
}

#[test]
fn the_people_aboard_and_the_rescued_are_counts_outlets_disagree_on() {
    // A crash told three ways: how many the bus carried and how many came
    // out alive are each one fact, told in other words by each outlet.
    let c = compare(&[
        "A bus carrying 38 passengers plunged into a ravine near Tarvo on Sunday, killing nine people, police said.\n\nRescue teams pulled 22 people alive from the wreck.",
        "Nine people died when a bus left the road above a ravine near Tarvo on Sunday.\n\nThe regional governor said 41 people were on board and 25 survived.",
        "A bus crash near Tarvo killed nine people on Sunday.\n\nThe coach was packed with 38 people, officials said. They said 22 passengers survived the crash.",
    ]);
    assert_disagree(&c, (1, 41.0), (0, 38.0));
    assert_disagree(&c, (2, 38.0), (1, 41.0));
    assert_disagree(&c, (1, 25.0), (0, 22.0));
    assert_disagree(&c, (2, 22.0), (1, 25.0));
    assert_apart(&c, (0, 38.0), (0, 22.0));
    assert_agree(&c, (0, 9.0), (2, 9.0));
}

#[test]
fn a_verb_of_one_count_says_nothing_of_the_next_counts_clause() {
    // "415 people had been injured and that 63 buildings had collapsed":
    // the buildings are not injured, and are the 68 another outlet gives.
    let c = compare(&[
        "A strong earthquake struck the district of Karacayir in eastern Turkey early on Tuesday.\n\nInterior Minister Hakan Caglayan said 415 people had been injured and that 63 buildings had collapsed, most of them in villages near the epicentre.",
        "A strong earthquake struck the district of Karacayir in eastern Turkey early on Tuesday.\n\nThe toll rose to 41 by evening, the disaster agency said, with 612 people injured and 23 others still believed to be trapped under collapsed buildings.\n\nInterior Minister Hakan Caglayan, who arrived in Karacayir in the morning, told reporters at midday that 68 buildings had collapsed, most of them old village homes of stone.",
    ]);
    assert_disagree(&c, (1, 68.0), (0, 63.0));
    assert_apart(&c, (0, 63.0), (1, 23.0));
}

/// A report of `n` people injured in one earthquake.
fn injured(n: u32) -> String {
    format!(
        "An earthquake struck Karacayir on Tuesday. The agency said {n} people were injured in the quake."
    )
}

/// Versions of `texts`, each published at the time given (or none).
fn compare_at(texts: &[(&str, Option<&str>)]) -> Comparison {
    let versions = texts
        .iter()
        .enumerate()
        .map(|(i, (t, at))| {
            let mut v = version(i, t);
            v.published = at.map(str::to_string);
            v
        })
        .collect();
    analyse(versions, Vec::new(), Options::default())
}

#[test]
fn an_undated_summary_of_a_count_seen_rising_is_one_flagged_fact() {
    // The injured, told at three hours as the count rose, and by a
    // newsletter with no time of its own: one count, flagged as its
    // values differ.
    let c = compare_at(&[
        (&injured(415), Some("2025-11-18T14:52:00")),
        (&injured(500), Some("2025-11-18T17:45:00")),
        (&injured(612), Some("2025-11-18T21:40:00")),
        (&injured(651), None),
    ]);
    assert_disagree(&c, (0, 415.0), (3, 651.0));
    // Where the dated versions give one count, the undated one's other
    // count disagrees.
    let c = compare_at(&[
        (&injured(415), Some("2025-11-18T14:52:00")),
        (&injured(415), Some("2025-11-18T17:45:00")),
        (&injured(451), None),
    ]);
    assert_disagree(&c, (2, 451.0), (0, 415.0));
    // Nor is an undated count below the latest a later telling of it.
    let c = compare_at(&[
        (&injured(415), Some("2025-11-18T14:52:00")),
        (&injured(612), Some("2025-11-18T21:40:00")),
        (&injured(500), None),
    ]);
    assert_disagree(&c, (2, 500.0), (1, 612.0));
}

#[test]
fn a_count_in_dozens_meets_the_count() {
    // "Nearly a dozen" officers meets 11; "more than two dozen" meets 22:
    // one fact each, told two ways.
    let c = compare(&[
        "Clashes\n\nEleven police officers were injured in the clashes at the rally, police said.",
        "Clashes\n\nNearly a dozen police officers were injured in the clashes at the rally, police said.",
        "Clashes\n\n11 police officers were injured in the clashes at the rally, officials said.",
    ]);
    assert_disagree(&c, (1, 12.0), (0, 11.0));
    let c = compare(&[
        "Clashes\n\n22 police officers were injured in the clashes at the rally, police said.",
        "Clashes\n\nMore than two dozen police officers were injured in the clashes at the rally, police said.",
        "Clashes\n\n22 police officers were injured in the clashes at the rally, officials said.",
    ]);
    assert_disagree(&c, (1, 24.0), (0, 22.0));
}

#[test]
fn the_ages_of_two_people_are_two_facts() {
    let c = compare(&[
        "Rally\n\nParty chairman Iqbal Chaudhry, 67, was pulled from his car by plainclothes officers, party officials said.",
        "Rally\n\nParty chairman Iqbal Chaudhry, 67, was pulled from his car by police officers, officials said.",
        "Rally\n\n\"They set the bus on fire,\" said driver Kamal Harun, 42, whose bus was pulled from the road by officers.",
    ]);
    assert!(!c.figures.iter().any(|f| f.discrepancy), "{:?}", c.figures);
}

#[test]
fn a_part_of_a_group_told_before_is_no_count_of_the_whole() {
    let c = compare(&[
        "Arrests\n\nPolice said 132 people were arrested after the rally on Saturday.",
        "Arrests\n\nPolice said 132 people were arrested after the rally on Saturday night.",
        "Arrests\n\nThe group has collected the names of 97 of those arrested after the rally on Saturday.",
    ]);
    assert!(!c.figures.iter().any(|f| f.discrepancy), "{:?}", c.figures);
}

#[test]
fn floors_alone_near_each_other_are_one_flagged_fact() {
    // "More than 600" and "more than 650" patients: one count, told two
    // ways; an exact count below a floor disagrees too.
    let c = compare(&[
        "Outbreak\n\nThe aid group said it had treated more than 600 patients at its clinic in the town.",
        "Outbreak\n\nThe aid group said it had treated more than 650 patients at its clinic in the town.",
        "Outbreak\n\nThe aid group said it had treated more than 600 patients at its clinic there.",
    ]);
    assert_disagree(&c, (0, 600.0), (1, 650.0));
    let c = compare(&[
        "Outbreak\n\nThe aid group said it had treated more than 600 patients at its clinic in the town.",
        "Outbreak\n\nThe aid group said it had treated 580 patients at its clinic in the town.",
        "Outbreak\n\nThe aid group said it had treated more than 600 patients at its clinic there.",
    ]);
    assert_disagree(&c, (1, 580.0), (0, 600.0));
    // A span a decision set, quoted two ways, still disagrees.
    let c = compare(&[
        "Bridge

The council voted to keep the bridge closed for at least 25 days while engineers assess it.",
        "Bridge

The council voted to keep the bridge closed for at least 26 days while engineers assess it.",
        "Bridge

The council voted to keep the bridge closed for at least 25 days while engineers check it.",
    ]);
    assert_disagree(&c, (1, 26.0), (0, 25.0));
}

#[test]
fn a_prison_term_told_in_other_words_is_one_fact_and_a_request_is_another() {
    // "12 years in prison" and "fifteen years behind bars" are the same
    // sentence told with two values; the 18 years prosecutors sought and
    // the co-defendant's eight years are other facts.
    let c = compare(&[
        "Verdict\n\nThe Supreme Court on Tuesday sentenced former president Luis Quispe to 12 years in prison for taking bribes. Prosecutors had sought an 18-year term. His former minister was sentenced to eight years.",
        "Verdict\n\nThe Supreme Court on Tuesday sentenced former president Luis Quispe to 12 years in prison for taking bribes. His former minister was sentenced to eight years.",
        "Verdict\n\nA hand-picked panel on Tuesday sentenced President Luis Quispe, still the president of the people to millions, to fifteen years behind bars.",
    ]);
    assert_disagree(&c, (2, 15.0), (0, 12.0));
    for (v, value) in [(0, 18.0), (0, 8.0), (1, 8.0)] {
        assert!(
            !c.figures
                .iter()
                .any(|f| f.version == v && f.value.as_number() == Some(value) && f.discrepancy),
            "{value}: {:?}",
            c.figures
        );
    }
}

#[test]
fn a_demand_in_another_clause_asks_for_nothing() {
    // "Electricity demand" in the clause before is a measure, not a
    // request: the toll after "while" is the story's toll.
    let c = compare(&[
        "Heat\n\nAt least 27 people have died of heatstroke in the city since Sunday, hospital officials said.",
        "Heat\n\nPower cuts hit the city on Tuesday as electricity demand soared, while the heatstroke death toll climbed to 34 by late night.",
        "Heat\n\nAt least 34 people have died of heatstroke in the city, hospital officials said on Tuesday.",
    ]);
    let group = |v: usize| {
        c.figures
            .iter()
            .find(|f| f.version == v && f.value.as_number() == Some(34.0))
            .map(|f| f.group)
    };
    assert!(
        group(1).is_some() && group(1) == group(2),
        "{:?}",
        c.figures
    );
}

#[test]
fn a_running_count_told_at_different_hours_is_one_flagged_fact() {
    let c = compare(&[
        "Quake\n\nThe agency said more than 90 aftershocks had followed the main quake.",
        "Quake\n\nSeismographs recorded 217 aftershocks by 7 p.m., the agency said.",
        "Quake\n\nThe agency had logged more than 300 aftershocks by Wednesday morning.",
    ]);
    assert!(
        c.figures.len() == 3
            && c.figures
                .iter()
                .all(|f| f.discrepancy && f.group == c.figures[0].group),
        "{:?}",
        c.figures
    );
    // Told at the same hour, two counts disagree.
    let c = compare(&[
        "Quake\n\nSeismographs recorded 217 aftershocks by 7 p.m., the agency said.",
        "Quake\n\nSeismographs recorded 240 aftershocks by 7 p.m., the agency said.",
        "Quake\n\nSeismographs recorded 217 aftershocks by 7 p.m., officials said.",
    ]);
    assert_disagree(&c, (1, 240.0), (0, 217.0));
}

#[test]
fn review_a_toll_by_an_agent_a_ceiling_is_no_floor_and_time_served_is_no_sentence() {
    // "by Monday's earthquake" is who killed them: 40 and 32 dead are one
    // toll, and disagree.
    let c = compare(&[
        "Quake\n\nAt least 40 people were killed by Monday's earthquake in the valley, officials said.",
        "Quake\n\n32 people were killed in Monday's earthquake in the valley, officials said.",
        "Quake\n\n32 people were killed in Monday's earthquake in the valley, the agency said.",
    ]);
    assert_disagree(&c, (0, 40.0), (1, 32.0));
    // "Nearly 400" and "almost 480" homes are two values told close to
    // their own counts.
    let c = compare(&[
        "Fire\n\nNearly 400 homes were destroyed by the fire in the hills, officials said.",
        "Fire\n\nAlmost 480 homes were destroyed by the fire in the hills, officials said.",
        "Fire\n\nNearly 400 homes were destroyed by the fire in the hills, the agency said.",
    ]);
    assert_disagree(&c, (1, 480.0), (0, 400.0));
    // Ten years already served is no sentence of the court.
    let c = compare(&[
        "Verdict\n\nQuispe, who spent 10 years in prison in the 1990s, was sentenced on Tuesday to six years.",
        "Verdict\n\nQuispe was sentenced on Tuesday to six years in prison.",
        "Verdict\n\nThe court sentenced Quispe on Tuesday to six years in prison.",
    ]);
    assert!(!c.figures.iter().any(|f| f.discrepancy), "{:?}", c.figures);
}

#[test]
fn the_toll_each_outlet_leads_with_is_one_fact_however_it_is_worded() {
    // Each outlet leads with its count of the dead at its own hour, in its
    // own words, one without the noun ("the toll rose to at least 31");
    // the children among the dead and an earlier disaster's toll are
    // other facts.
    let c = compare(&[
        "Landslide\n\nMud swept through three hill villages above Tavor on Monday, killing at least 23 people and burying dozens of houses, officials said.\n\nNine of the dead were children.",
        "Landslide\n\nThe toll from the landslide above Tavor rose to at least 31 on Monday night as rescuers dug through the mud.\n\nTwelve of the dead were children.",
        "Landslide\n\nAt least 28 people lost their lives when the hillside gave way above Tavor, the district office said.\n\nA slide in the same valley in 2009 killed 140 people.",
    ]);
    assert_disagree(&c, (0, 23.0), (1, 31.0));
    assert_disagree(&c, (2, 28.0), (0, 23.0));
    assert_apart(&c, (0, 9.0), (0, 23.0));
    assert_apart(&c, (2, 140.0), (2, 28.0));
}

#[test]
fn a_count_of_the_dead_is_not_the_injured_counted_after_it() {
    // "killed at least 40 people and injured more than 100": the word of
    // toll past "and" is the second count's. The 40 dead meet another
    // outlet's toll of 52 and never its count of the wounded.
    let c = compare(&[
        "Quake\n\nThe earthquake near Sarvel killed at least 40 people and injured more than 100, officials said.",
        "Quake\n\nHospitals across the province have taken in over 180 people hurt in the disaster, the health ministry said.",
        "Quake\n\nThe death toll from the Sarvel earthquake rose to 52 on Tuesday, with more than 150 wounded.",
    ]);
    assert_disagree(&c, (0, 40.0), (2, 52.0));
    assert_disagree(&c, (0, 100.0), (1, 180.0));
    assert_apart(&c, (0, 40.0), (0, 100.0));
    assert_apart(&c, (0, 40.0), (1, 180.0));
}

#[test]
fn a_share_price_told_at_its_moment_moves_as_its_change_does() {
    // The price in afternoon trade and the price at the close are the
    // market moving; two prices at the close disagree.
    let at = |a: &str, b: &str| {
        compare(&[
            &format!(
                "Recall\n\nBrenmoor shares were down 9.1% at {a} in afternoon trading in New York after the recall."
            ),
            &format!(
                "Recall\n\nBrenmoor shares closed 6.5% lower at {b} on the New York Stock Exchange after the recall."
            ),
        ])
    };
    assert_agree(&at("$41.20", "$42.35"), (0, 41.2), (1, 42.35));
    // An offer for the shares is no price they traded at.
    let c = compare(&[
        "Bid\n\nHalvard raised its offer for Brenmoor shares to $45 on Monday.",
        "Bid\n\nBrenmoor shares closed at $43.80 on Monday.",
    ]);
    assert!(
        figure(&c, 0, 45.0).group != figure(&c, 1, 43.8).group || figure(&c, 0, 45.0).discrepancy,
        "{:?}",
        c.figures
    );
    let c = compare(&[
        "Recall\n\nBrenmoor shares closed 6.5% lower at $42.35 on the New York Stock Exchange after the recall.",
        "Recall\n\nBrenmoor shares closed 6.5% lower at $43.10 in New York after the recall.",
    ]);
    assert_disagree(&c, (0, 42.35), (1, 43.1));
}

#[test]
fn a_span_of_hours_is_no_span_of_years() {
    // The rain of one day and the years since a heavier one are two spans,
    // though the sentences tell one record; "two days" and 48 hours are one.
    let c = compare(&[
        "Rain\n\nThe weather office recorded 254 millimetres of rain in Tavor in the 24 hours to Tuesday morning, the heaviest single-day fall in the town since 2010.",
        "Rain\n\nTavor received 254mm of rain in 24 hours, the weather office said, the most in a single day since 2010.",
        "Rain\n\nTavor was hammered by 10 inches of rain in a single day, the worst the town has seen in 15 years.",
    ]);
    assert_apart(&c, (1, 24.0), (2, 15.0));
    assert_apart(&c, (0, 24.0), (2, 15.0));
    let c = compare(&[
        "Strike\n\nThe dockers will strike for 48 hours from Monday, the union said.",
        "Strike\n\nThe dockers will strike for two days from Monday, the union said.",
    ]);
    assert_agree(&c, (0, 48.0), (1, 2.0));
}

#[test]
fn a_part_of_the_dead_named_after_it_is_a_count_of_that_part() {
    // "Eight of the dead" and "Nine of the dead" in one district are one
    // part told with two values; the whole toll is another fact.
    let c = compare(&[
        "Storm\n\nThe storm killed at least 14 people along the coast, officials said.\n\nEight of the dead were in Varnel district, the district chief said.",
        "Storm\n\nThe toll from the storm rose to 19 on Tuesday evening.\n\nNine of the dead were in Varnel district alone.",
    ]);
    assert_disagree(&c, (0, 8.0), (1, 9.0));
    assert_apart(&c, (0, 8.0), (0, 14.0));
    assert_apart(&c, (1, 9.0), (1, 19.0));
}

#[test]
fn near_counts_in_sentences_that_tell_one_thing_are_one_fact_whatever_the_noun() {
    // Members of a union and unionised workers who walked out in the first
    // all-day strike since 2019: one count, told as 8,500 and as 9,200.
    let c = compare(&[
        "Strike\n\nKorvel Heavy Industries lost a full day of work at its Tamsan and Orrin yards on Wednesday when some 8,500 members of the union walked out in the first all-day strike at the builder since 2019.",
        "Strike\n\nThe cranes stood still at Korvel Heavy Industries on Wednesday as some 9,200 unionized workers walked out at its yards in Orrin and Tamsan, the first all-day strike at the builder since 2019.",
    ]);
    assert_disagree(&c, (1, 9200.0), (0, 8500.0));
    // Far apart in value, the part stays a part.
    let c = compare(&[
        "Strike\n\nKorvel Heavy Industries lost a full day of work at its Tamsan and Orrin yards on Wednesday when some 8,500 workers walked out in the first all-day strike at the builder since 2019.",
        "Strike\n\nThe cranes stood still at Korvel Heavy Industries on Wednesday as some 2,100 unionized workers walked out at its yards in Orrin and Tamsan, the first all-day strike at the builder since 2019.",
    ]);
    assert_apart(&c, (1, 2100.0), (0, 8500.0));
}

#[test]
fn a_count_whose_value_the_story_gives_once_per_outlet_is_one_fact_under_any_noun() {
    // "1,600 people" in an outlet that counts people twice, and "1,600
    // frightened villagers" in a tabloid's exclaimed lede: no noun of its
    // own, no linked sentence, but the value is told once in each and of
    // nothing else. A value told of two things in one version proves
    // nothing, and the two stay apart.
    let first = "About 1,600 people were told to leave their homes late on Saturday as the flames spread toward the coast.\n\nNine people were treated in hospital for smoke inhalation, the regional health office said.";
    let c = compare(&[
        first,
        "Four hamlets burned to the ground, 1,600 frightened villagers forced to flee in the dark!\n\nThe inferno is the third of the summer on the peninsula.",
    ]);
    assert_agree(&c, (0, 1600.0), (1, 1600.0));
    let c = compare(&[
        first,
        "Four hamlets burned to the ground, 1,600 frightened villagers forced to flee in the dark!\n\nThe inferno is the third of the summer on the peninsula.\n\nThe fire brigade's union says 1,600 posts have gone since 2015.",
    ]);
    assert_apart(&c, (0, 1600.0), (1, 1600.0));
    // A round value is told of many things: 2,000 people are not 2,000
    // troops.
    let c = compare(&[
        "About 2,000 people were told to leave their homes late on Saturday as the flames spread toward the coast.\n\nNine people were treated in hospital for smoke inhalation, the regional health office said.",
        "The army sent 2,000 troops to the burning hills!\n\nThe inferno is the third of the summer on the peninsula.",
    ]);
    assert_apart(&c, (0, 2000.0), (1, 2000.0));
}

/// An estimate that names its noun before the number ("put flooded shops at
/// some 1,300") counts what another outlet's "1,240 shops were flooded"
/// counts: one fact told with two values.
#[test]
fn an_estimate_naming_its_noun_first_meets_the_count_it_disagrees_with() {
    let c = compare(&[
        "Storm Ilse tore through the harbour town of Velby overnight. The chamber of commerce said 1,240 shops were flooded in the old quarter. Power was back by noon.",
        "Storm Ilse battered Velby overnight. Trade officials put flooded shops at some 1,300, most of them in the old quarter. Power returned by noon.",
    ]);
    assert_disagree(&c, (0, 1240.0), (1, 1300.0));
}

/// A count revised over the day and told beside its old value ("revised
/// its figures to 65 arrested, up from the 40 arrests it gave on Monday")
/// is one fact: an outlet that gives the old value and one that gives the
/// new one disagree on it. A change over a year, or a rate set anew, is
/// no revision.
#[test]
fn a_count_revised_beside_its_old_value_is_one_fact_a_change_over_a_year_is_not() {
    let c = compare(&[
        "Police said two people were killed and 40 arrested during the march through Tarvik on Monday.",
        "Police have since revised their figures to three dead and 65 arrested, up from the two deaths and 40 arrests they gave on Monday evening.",
        "Three people died and 65 were arrested in Tarvik, police said on Tuesday.",
    ]);
    assert_disagree(&c, (0, 40.0), (2, 65.0));
    assert_disagree(&c, (0, 2.0), (2, 3.0));
    let c = compare(&[
        "Orsel Motors revised its outlook on Friday: it sold 5,400 cars, up from 4,100 a year earlier.",
        "Orsel Motors sold 5,400 cars, the company said in a revised outlook.",
    ]);
    assert_apart(&c, (0, 5400.0), (0, 4100.0));
    let c = compare(&[
        "The bank, known by its initials BKV, reset the official rate to 30 lirks per euro from 24.",
        "The BKV set the official rate at 30 lirks per euro.",
    ]);
    assert_apart(&c, (0, 30.0), (0, 24.0));
    // Outlets that tell the same revision agree.
    let c = compare(&[
        "Police revised their count to 45 arrests, up from the 30 arrests they gave earlier, after the march.",
        "Police have revised their count to 45 arrests, up from the 30 arrests they gave earlier.",
    ]);
    assert_agree(&c, (0, 45.0), (1, 45.0));
    // Wire copy's "to 45 from 30" is a revision too.
    let c = compare(&[
        "Police said 30 people were arrested at the march in Tarvik.",
        "Police revised the count of arrests to 45 from 30 on Tuesday, citing new footage.",
        "Police said 45 people had been arrested in Tarvik.",
    ]);
    assert_disagree(&c, (0, 30.0), (2, 45.0));
    assert_eq!(
        figure(&c, 1, 30.0).group,
        figure(&c, 1, 45.0).group,
        "{:?}",
        c.figures
    );
    // A bare "from" is a cause, not an old value.
    let c = compare(&[
        "Officials reported 30 deaths from cholera and 12 deaths from dysentery, updating Monday's figures.",
        "Cholera has killed 30 people, officials said.",
    ]);
    assert_apart(&c, (0, 30.0), (0, 12.0));
}

#[test]
fn people_pulled_out_alive_are_the_rescued_however_far_the_clause_runs() {
    let c = compare(&[
        "Rescuers had pulled 14 people out alive by late morning, the emergency agency said.",
        "By evening, only 19 people had been pulled out alive, emergency workers said.",
    ]);
    assert_disagree(&c, (0, 14.0), (1, 19.0));
    // A month or "no fewer than" doubts nothing.
    let c = compare(&[
        "Rescuers had pulled 14 people out alive by late morning, the emergency agency said.",
        "On May 3, no fewer than 19 people had been pulled out alive, emergency workers said.",
    ]);
    assert_disagree(&c, (0, 14.0), (1, 19.0));
    // Those no one brought out alive are not the rescued.
    let c = compare(&[
        "Rescuers had pulled 14 people out alive by late morning, the emergency agency said.",
        "By evening, 17 people were still trapped and might never be brought out alive, emergency workers said.",
    ]);
    assert_apart(&c, (0, 14.0), (1, 17.0));
}

#[test]
fn near_counts_told_with_the_same_verb_in_linked_sentences_are_one_fact() {
    // "Workers" and "members" walked out: the phrase after the counts is
    // the same, the sentences are linked, the values a rounding apart.
    let c = compare(&[
        "Strike\n\nA strike by some 4,200 workers at the Harth copper mine entered its fourth day on Thursday.\n\nThe Harth Mine Workers' Union, which represents most of the mine's 5,600 employees, wants a 12% rise.",
        "Strike\n\nSome 4,200 workers walked out on Monday after the union turned its nose up at a 4.5% offer.",
        "Strike\n\nSome 4,000 members of the Harth Mineworkers' Union walked out on Monday; output is down about 70%.",
    ]);
    assert_disagree(&c, (1, 4200.0), (2, 4000.0));
    assert_apart(&c, (0, 5600.0), (2, 4000.0));
}

#[test]
fn people_in_relief_camps_are_one_count_whatever_the_camps_number() {
    // The number of camps between the count and its camps counts the
    // places, not the people.
    let c = compare(&[
        "Floods\n\nRescuers have pulled 1,870 people from flooded homes. Some 46,000 people have been moved to 312 relief camps.",
        "Floods\n\nAs many as 61,432 persons have been accommodated in 389 relief centres across Chennai and the neighbouring districts, officials said. At least 12 people have died.",
        "Floods\n\nAt least 12 people have died, and state figures put some 60,000 people in relief camps by Tuesday night.",
    ]);
    assert_disagree(&c, (0, 46000.0), (1, 61432.0));
    assert_apart(&c, (0, 312.0), (1, 61432.0));
}

#[test]
fn one_side_of_a_breakdown_is_no_count_of_all_on_board() {
    // "230 passengers and 12 crew" is a part of the 242 on board; two
    // outlets' counts of the passengers still disagree, and "19 dead and
    // 421 injured" stays a list of tolls.
    let c = compare(&[
        "The Varnholm ferry was carrying 230 passengers and 12 crew members when it ran aground, the operator said.",
        "A ferry with 242 people on board ran aground off Varnholm on Sunday, the coastguard said.",
        "There were 232 passengers and 12 crew members on the ferry, the coastguard said. The grounding left 2 dead and 41 injured.",
        "The grounding left 2 dead and 45 injured, the hospital said.",
    ]);
    assert_apart(&c, (0, 230.0), (1, 242.0));
    assert_disagree(&c, (0, 230.0), (2, 232.0));
    assert_disagree(&c, (2, 41.0), (3, 45.0));
}

#[test]
fn a_speed_in_capitals_meets_one_told_around_its_conversion() {
    // "140 MPH" and "130 miles (215 kilometers) per hour" are two outlets'
    // figures for one wind speed; a distance in miles is no speed.
    let c = compare(&[
        "Storm\n\nThe hurricane made landfall on Thursday night with sustained winds of 140 MPH, the weather service said.",
        "Storm\n\nThe hurricane made landfall on Thursday night with sustained winds of 130 miles (215 kilometers) per hour, forecasters said. It crossed 300 miles of coast.",
    ]);
    assert_disagree(&c, (0, 140.0), (1, 130.0));
    assert_apart(&c, (0, 140.0), (1, 300.0));
}

#[test]
fn an_adverb_inside_the_verb_keeps_the_count_evacuated() {
    // "have already been evacuated": the adverb is no word of its own; the
    // count meets the other outlet's evacuated, and they disagree.
    let c = compare(&[
        "Officials in the Tarrow region said 1,548 people have already been evacuated from the flooded villages.",
        "More than 2,100 people were evacuated from villages along the Tarrow river, the regional governor said.",
    ]);
    assert_disagree(&c, (0, 1_548.0), (1, 2_100.0));
}

#[test]
fn a_word_of_toll_before_the_count_counts_only_in_its_clause() {
    // The evacuation that opens the sentence is not what "affecting tens
    // of thousands" counts; the death toll named as the subject is the
    // count's past the commas.
    let c = compare(&[
        "Evacuation and rescue efforts continued a day after the Tarrow dam was destroyed, affecting tens of thousands of people.",
        "About 1,500 people were evacuated from the Tarrow valley. The death toll, officials said on Wednesday, has reached 14.",
        "The dam failure in the Tarrow valley killed 12 people, officials said.",
    ]);
    assert!(!figure(&c, 1, 1_500.0).discrepancy, "{:?}", c.figures);
    assert_disagree(&c, (1, 14.0), (2, 12.0));
}

#[test]
fn a_speed_with_a_slash_is_a_speed() {
    // "240 km/h" is a speed, the same as "150 mph"; read up to the slash,
    // it would be a length.
    let c = compare(&[
        "Winds of 240 km/h tore roofs off homes in the harbour town.",
        "Winds of 150 mph tore roofs off homes in the harbour town.",
    ]);
    assert_eq!(figure(&c, 0, 240.0).unit.as_deref(), Some("km/h"));
    assert_agree(&c, (0, 240.0), (1, 150.0));
    let c = compare(&[
        "Winds of 240 km/h tore roofs off homes in the harbour town.",
        "Winds of 200 kilometres per hour tore roofs off homes in the harbour town.",
    ]);
    assert_disagree(&c, (0, 240.0), (1, 200.0));
}
