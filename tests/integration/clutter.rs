//! Page furniture of real pages, one kind a test, written for Parallax in
//! the shapes the benchmark pages and real outlets' page text show: a
//! player label above the headline, mojibake, "Headline | Outlet" page
//! titles and mastheads, notes to the reader, video teasers, photo credits
//! in parentheses, dates in figures, a headline glued to its standfirst,
//! `<br><br>` paragraphs, an author class on the whole article, teaser
//! cards inside links, an article printed twice.

use parallax::ingest::{IngestOptions, load_bytes};
use parallax::model::{ParagraphKind, Version};

fn text(t: &str) -> Version {
    load_bytes(t.as_bytes(), "page.txt", 0, IngestOptions::default()).expect("readable")
}

fn md(t: &str) -> Version {
    load_bytes(t.as_bytes(), "page.md", 0, IngestOptions::default()).expect("readable")
}

fn html(t: &str) -> Version {
    load_bytes(t.as_bytes(), "page.html", 0, IngestOptions::default()).expect("readable")
}

fn kept(v: &Version) -> Vec<&str> {
    v.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

/// Each of `gone` is out of the kept text and in the removed list.
fn assert_set_aside(v: &Version, gone: &[&str]) {
    let k = kept(v);
    for g in gone {
        assert!(!k.iter().any(|t| t.contains(g)), "{g}: {k:?}");
        assert!(v.removed.iter().any(|r| r.text.contains(g)), "{g}");
    }
}

/// A byline paragraph holds `text`.
fn assert_byline(v: &Version, text: &str) {
    assert!(
        v.paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::Byline && p.text.contains(text)),
        "{text}: {:?}",
        v.paragraphs
    );
}

/// The last paragraph of [`BODY`] is kept.
fn assert_body_kept(v: &Version) {
    assert!(
        kept(v).iter().any(|t| t.contains("4.2 million crowns")),
        "{:?}",
        kept(v)
    );
}

const BODY: &str = "The city council voted on Tuesday to close the old harbour bridge for repairs lasting eight months, the mayor said.\n\nDrivers will use the ring road while the work goes on, and buses will run every ten minutes.\n\nThe repairs will cost 4.2 million crowns, paid from the transport budget.\n";

#[test]
fn player_labels_and_mojibake_above_the_headline_are_furniture() {
    let v = text(&format!(
        "91³Ô¹ÏÍø\n\nWatch City News\n\nCouncil votes to close harbour bridge for repairs\n\n{BODY}"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council votes to close harbour bridge for repairs")
    );
    assert!(
        !kept(&v)
            .iter()
            .any(|t| t.contains("Watch") || t.contains('³'))
    );
    assert!(v.removed.iter().any(|r| r.text.contains("Watch City News")));
}

#[test]
fn page_title_with_outlet_names_the_outlet_and_mastheads_go() {
    let v = text(&format!(
        "Council votes to close harbour bridge.\n\nCouncil votes to close harbour bridge | The Courier\n\nMorning Briefing - The Courier\n\n02/04/2025\n\n{BODY}"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council votes to close harbour bridge")
    );
    assert_eq!(v.outlet, "The Courier");
    let k = kept(&v);
    assert!(
        !k.iter()
            .any(|t| t.contains("Courier") || t.contains("02/04/2025")),
        "{k:?}"
    );
}

#[test]
fn notes_to_the_reader_teasers_and_credits_are_set_aside() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nThis is a breaking news story. More to follow.\n\nBridge closures across the region\nHow the ring road copes with traffic 03:16\n\n(Submitted photo/City Press)\n"
    ));
    let k = kept(&v);
    assert!(!k.iter().any(|t| t.contains("breaking news")), "{k:?}");
    assert!(
        !k.iter()
            .any(|t| t.contains("03:16") || t.contains("Submitted photo")),
        "{k:?}"
    );
}

#[test]
fn wire_trailers_tags_comment_calls_and_filing_times_are_set_aside() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\nNora Pike, Tollmouth · Tuesday 16.05 GMT\n\nLOCAL | Updated 12 minutes ago\n\n{BODY}\nMore follows.\n\n2 of 9\n\nTopics: Transport, Council\n\nHave your say: should the bridge have closed? Tell us in the comments below.\n\nShare this story: Facebook | X | WhatsApp\n"
    ));
    assert_set_aside(
        &v,
        &[
            "16.05",
            "12 minutes ago",
            "More follows",
            "2 of 9",
            "Topics:",
            "comments below",
            "WhatsApp",
        ],
    );
    // The story itself is whole, its time of day included; the writer's
    // line names its author.
    let body: Vec<&str> = v
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(body.len(), 3, "{body:?}");
    assert_eq!(v.authors, vec!["Nora Pike".to_string()]);
}

#[test]
fn audio_player_labels_offer_boxes_and_reporting_notes_are_set_aside() {
    let v = md(&format!(
        "# Council votes to close harbour bridge for repairs\n\n*Listen to this article (3 min)*\n\n{BODY}\n> Subscribe to The Courier: your first month for £1, then £9 a month. Cancel anytime.\n\nThis article includes reporting from the Northern News Agency (NNA).\n"
    ));
    assert_set_aside(
        &v,
        &["Listen to this", "Subscribe to", "includes reporting"],
    );
    let k = kept(&v);
    assert_eq!(k.len(), 3, "{k:?}");
    // A quotation set apart stays, however it opens.
    let v = md(&format!(
        "# Bridge closes\n\n{BODY}\n> Join the union, get the updates, and never cross a picket line, the organiser told the dockers gathered at the gate on Monday morning.\n"
    ));
    assert!(kept(&v).iter().any(|t| t.contains("picket line")));
}

#[test]
fn a_headline_glued_to_its_standfirst_is_found() {
    let v = text(&format!(
        "Council closes harbour bridge for eight months of repairs A vote on Tuesday ends weeks of debate over the ageing crossing.\n\n\n\n{BODY}"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council closes harbour bridge for eight months of repairs")
    );
}

#[test]
fn br_separated_paragraphs_are_paragraphs() {
    let v = html(
        "<html><body><article><div class=\"text\">The city council voted on Tuesday to close the old harbour bridge for repairs, the mayor said.<br><br>Drivers will use the ring road while the work goes on, officials said.<br><br>The repairs will cost 4.2 million crowns from the transport budget, the council said.</div></article></body></html>",
    );
    let body: Vec<&str> = v
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(body.len(), 3, "{body:?}");
}

#[test]
fn a_data_table_is_one_block_with_its_rows_whole() {
    let row = |pos: &str, name: &str, n: u32| {
        format!("<tr><td>{pos}</td><td>{name}</td><td>{n}</td><td>0</td></tr>")
    };
    let v = html(&format!(
        "<html><body><article><p>The council published the vote of each district on Tuesday, after a long night of counting in the old town hall.</p>\
         <table><thead><tr><th>District</th><th>Member</th><th>Yes</th><th>No</th></tr></thead><tbody>{}{}{}</tbody>\
         <tfoot><tr><th>District</th><th>Member</th><th>Yes</th><th>No</th></tr></tfoot></table>\
         <p>The bridge will close in May, the mayor said after the vote, and the repairs will take eight months.</p></article></body></html>",
        row("North", "Ana Lind", 12),
        row("South", "Per Holm", 9),
        row("East", "Eva Berg", 11)
    ));
    let tables: Vec<&str> = kept(&v)
        .into_iter()
        .filter(|t| t.contains("Ana Lind"))
        .collect();
    assert_eq!(tables.len(), 1, "{:?}", kept(&v));
    let t = tables[0];
    // Each name stays beside its numbers; the zero of every row is kept
    // (no cell dropped as a repeat), and the footer that repeats the header
    // is read once.
    assert!(t.contains("North | Ana Lind | 12 | 0"), "{t}");
    assert!(t.contains("East | Eva Berg | 11 | 0"), "{t}");
    assert_eq!(t.matches("District").count(), 1, "{t}");
    assert!(!kept(&v).contains(&"Per Holm"), "{:?}", kept(&v));
}

#[test]
fn a_list_of_text_items_is_one_block_and_keeps_repeated_items() {
    let v = html(
        "<html><body><article><p>The council listed what each district decided on Tuesday, after a long night of counting in the old town hall.</p>\
         <ul><li>North: yes</li><li>South: no</li><li>East: yes</li><li>North: yes</li></ul>\
         <p>The bridge will close in May, the mayor said after the vote, and the repairs will take eight months.</p></article></body></html>",
    );
    let lists: Vec<&str> = kept(&v)
        .into_iter()
        .filter(|t| t.contains("South: no"))
        .collect();
    assert_eq!(lists.len(), 1, "{:?}", kept(&v));
    assert_eq!(lists[0].matches("North: yes").count(), 2, "{}", lists[0]);
}

#[test]
fn a_layout_table_is_read_as_the_page_it_lays_out() {
    let v = html(
        "<html><body><table><tr><td><p>The city council voted on Tuesday to close the old harbour bridge for repairs, the mayor said.</p>\
         <p>Drivers will use the ring road while the work goes on, officials said on Wednesday.</p></td></tr></table></body></html>",
    );
    assert_eq!(kept(&v).len(), 2, "{:?}", kept(&v));
}

#[test]
fn an_author_class_on_the_article_does_not_make_every_paragraph_a_byline() {
    let paras: String = (0..6)
        .map(|i| format!("<p>Paragraph {i} of the story says that the council voted to close the harbour bridge for repairs lasting many months.</p>"))
        .collect();
    let v = html(&format!(
        "<html><body><article class=\"post author-jane\"><h1>Council closes bridge</h1>{paras}</article></body></html>"
    ));
    let bylines = v
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Byline)
        .count();
    assert_eq!(bylines, 0, "{:?}", v.paragraphs);
}

#[test]
fn teaser_cards_inside_links_and_a_repeated_article_are_set_aside() {
    let story = "<p>The city council voted on Tuesday to close the old harbour bridge for repairs lasting eight months, the mayor said at a press conference.</p><p>Drivers will use the ring road while the work goes on, and extra buses will run every ten minutes during the morning rush hour.</p><p>The repairs will cost 4.2 million crowns, paid from the transport budget that was approved last year by a large majority.</p>";
    let cards: String = (0..5)
        .map(|i| format!("<a href=\"/s{i}\"><div><span>Other story number {i} about something else entirely in the region today</span><ul><li>By STAFF</li></ul></div></a>"))
        .collect();
    let v = html(&format!(
        "<html><body><article>{story}<div class=\"summary\"><p>The city council voted on Tuesday to close the old harbour bridge for repairs lasting eight months, the mayor said at a press conference. Drivers will use the ring road while the work goes on, and extra buses will run every ten minutes during the morning rush hour.</p></div></article><div class=\"latest\">{cards}</div></body></html>"
    ));
    let k = kept(&v);
    assert!(!k.iter().any(|t| t.contains("Other story")), "{k:?}");
    assert_eq!(
        k.iter().filter(|t| t.contains("ring road")).count(),
        1,
        "{k:?}"
    );
}

#[test]
fn banner_and_pointer_glued_to_a_paragraph_are_peeled_off() {
    let v = text(
        "Council votes to close harbour bridge\n\n\
         We use cookies to improve your experience and to show you ads. By clicking Accept, you agree to the storing of cookies on your device. \
         HARBOURTON, May 4 — The city council voted on Tuesday to close the old harbour bridge for repairs lasting eight months, the mayor said. \
         Drivers will use the ring road while the work goes on, and buses will run every ten minutes, she added. Read more: Bridge tolls to rise\n\n\
         Related talks between the council and the port authority will continue next week, officials said, with a decision due in June on the new ferry route and its fares.\n",
    );
    let body = kept(&v);
    assert!(body[0].starts_with("HARBOURTON, May 4"), "{body:?}");
    assert!(body[0].ends_with("she added."), "{body:?}");
    // A sentence of the story that opens with "Related" stays.
    assert!(
        body.iter().any(|t| t.starts_with("Related talks")),
        "{body:?}"
    );
    let removed: Vec<&str> = v.removed.iter().map(|r| r.text.as_str()).collect();
    assert!(
        removed.iter().any(|t| t.starts_with("We use cookies")),
        "{removed:?}"
    );
    assert!(
        removed.iter().any(|t| t.starts_with("By clicking Accept")),
        "{removed:?}"
    );
    assert!(
        removed.iter().any(|t| t.starts_with("Read more")),
        "{removed:?}"
    );
}

#[test]
fn a_newsletter_footer_that_describes_itself_is_furniture() {
    let v = text(&format!(
        "# Council votes to close harbour bridge\n\n{BODY}\n---\n\n*The Harbour Briefing is sent every weekday at 6am. Sign up at briefing.example/join*\n"
    ));
    let k = kept(&v);
    assert!(!k.iter().any(|t| t.contains("Harbour Briefing")), "{k:?}");
    assert!(
        v.removed
            .iter()
            .any(|r| r.text.contains("Harbour Briefing")),
        "{:?}",
        v.removed
    );
    // A story's own sentence about what is published stays.
    let v = text(&format!(
        "{BODY}\nThe inflation figures are published every month by the statistics office.\n"
    ));
    assert!(
        kept(&v).iter().any(|t| t.contains("inflation figures")),
        "{:?}",
        kept(&v)
    );
}

#[test]
fn a_gallery_counter_and_an_advice_disclaimer_are_furniture() {
    let v = text(&format!(
        "{BODY}\nImage 1 of 6\n\n*This note is for information only and is not investment advice.*\n"
    ));
    let k = kept(&v);
    assert!(!k.iter().any(|t| t.contains("Image 1 of 6")), "{k:?}");
    assert!(!k.iter().any(|t| t.contains("investment advice")), "{k:?}");
    assert_eq!(v.removed.len(), 2, "{:?}", v.removed);
}

/// An article wrapped the way a page builder writes it: a headline, then
/// `between`, then the story's paragraphs.
fn page_with(head: &str, between: &str, after: &str) -> Version {
    let body: String = BODY
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", p.trim()))
        .collect();
    html(&format!(
        "<html><head>{head}</head><body><main><article><h1>Council votes to close harbour bridge for repairs</h1>{between}<div class=\"Body-x1\">{body}{after}</div></article></main></body></html>"
    ))
}

#[test]
fn reference_markers_and_a_print_pages_link_list_are_no_story_text() {
    let v = page_with(
        "",
        "",
        "<p>The mayor<sup>[1]</sup> said the work was overdue.<a class=\"footnote-anchor\" href=\"#footnote-1\">1</a> The yard has 50 m<sup>2</sup> of storage.</p>\
         <p><b>URLs in this article:</b></p>\
         <p>[1] The mayor: https://www.example.org/mayor<br>[2] Budget papers: https://www.example.org/budget.pdf</p>\
         <p>Article printed from The Harbour Times: https://www.harbourtimes.example</p>",
    );
    let texts = kept(&v);
    assert!(
        texts.contains(&"The mayor said the work was overdue. The yard has 50 m2 of storage."),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("https://")
            || t.contains("URLs in this")
            || t.contains("printed from")),
        "{texts:?}"
    );
    assert!(v.removed.iter().any(|r| r.text.contains("Budget papers")));
    // A sentence that cites an address is prose.
    let v = page_with(
        "",
        "",
        "<p>The full report is published on the council's website at https://www.example.org/report and runs to 212 pages.</p>",
    );
    assert!(kept(&v).iter().any(|t| t.contains("runs to 212 pages")));
}

#[test]
fn a_byline_in_markup_that_names_nothing_is_read_with_its_writer() {
    // Hashed class names, the writer's job and the date in touching spans.
    let v = page_with(
        "<meta property=\"og:title\" content=\"Harbour bridge to shut\"><title>Council votes to close harbour bridge for repairs | Harbour Times</title>",
        "<div class=\"sc-9f2e1\"><span class=\"x7\">By <a href=\"/a/ann\">Ann Lee</a></span><span class=\"x8\">Transport Correspondent</span><time class=\"x9\">24 February 2026 • 4:12pm</time></div>",
        "",
    );
    assert_eq!(v.authors, vec!["Ann Lee".to_string()]);
    assert!(
        v.paragraphs.iter().any(
            |p| p.kind == ParagraphKind::Byline && p.text.contains("Correspondent 24 February")
        ),
        "{:?}",
        v.paragraphs
    );
    // The headline the page shows and its own title agree against the
    // shared variant.
    assert_eq!(
        v.title.as_deref(),
        Some("Council votes to close harbour bridge for repairs")
    );
    // Two people in one metadata string are two authors.
    let v = page_with(
        "<meta name=\"author\" content=\"Ann Lee and Tom Reyes\">",
        "",
        "",
    );
    assert_eq!(
        v.authors,
        vec!["Ann Lee".to_string(), "Tom Reyes".to_string()]
    );
}

#[test]
fn component_class_names_in_camel_case_say_what_a_block_is() {
    // "ArticleByline__Wrapper": a byline by its component's name, though
    // no word of its own says so.
    let v = page_with(
        "",
        "<div class=\"ArticleByline__Wrapper-sc-1q2a3z-0 lOkImJ\"><span>Ann Lee</span> <span>Transport desk</span></div>",
        "",
    );
    assert!(
        v.paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::Byline && p.text.contains("Ann Lee")),
        "{:?} / {:?}",
        v.paragraphs,
        v.removed
    );
}

#[test]
fn a_call_for_readers_stories_is_furniture() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nDo you have a story about the harbour? Email news@harbourtimes.example or message us on Facebook.\n"
    ));
    assert!(!kept(&v).iter().any(|t| t.contains("Do you have a story")));
    assert!(
        v.removed
            .iter()
            .any(|r| r.text.starts_with("Do you have a story"))
    );
}

#[test]
fn an_embedded_posts_media_and_short_links_are_no_words() {
    let v = page_with(
        "",
        "",
        "<blockquote class=\"twitter-tweet\"><p>Our members raised staffing concerns 60 times. Nurses are not to blame. pic.twitter.com/Xk2vL9qPzR</p>&mdash; Nurses Union (@NursesUnion) <a href=\"https://twitter.com/x/status/1\">February 24, 2026</a></blockquote>",
    );
    let quote = v
        .paragraphs
        .iter()
        .find(|p| p.text.contains("Nurses are not to blame"))
        .expect("the post is kept");
    assert!(!quote.text.contains("pic.twitter.com"), "{}", quote.text);
    assert!(
        v.removed
            .iter()
            .any(|r| r.text == "pic.twitter.com/Xk2vL9qPzR")
    );
}

#[test]
fn a_wire_desks_initials_closing_the_copy_are_furniture() {
    // "ak/rl/jhe": the initials of who wrote and edited the copy, kept in
    // the removed list; a sentence with "and/or" stays.
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nDrivers and/or cyclists may still use the ferry.\n\nak/rl/jhe\n"
    ));
    assert!(!kept(&v).contains(&"ak/rl/jhe"), "{:?}", kept(&v));
    assert!(v.removed.iter().any(|r| r.text == "ak/rl/jhe"));
    assert!(kept(&v).iter().any(|t| t.contains("and/or cyclists")));
    // With the agencies the desk drew on after them: "kb/wd (Reuters,
    // AFP)" closes a Deutsche Welle story.
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nThe ferry (AP) runs every hour.\n\nmk/ts (Reuters, dpa)\n"
    ));
    assert!(
        v.removed.iter().any(|r| r.text == "mk/ts (Reuters, dpa)"),
        "{:?}",
        kept(&v)
    );
    assert!(kept(&v).iter().any(|t| t.contains("The ferry (AP)")));
}

#[test]
fn a_row_of_section_names_is_furniture() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\nTransport & Cities · Infrastructure · Europe\n\n{BODY}"
    ));
    assert!(
        !kept(&v).iter().any(|t| t.contains("Infrastructure")),
        "{:?}",
        kept(&v)
    );
    assert!(v.removed.iter().any(|r| r.text.contains("Infrastructure")));
}

#[test]
fn print_edition_and_translation_notes_are_furniture() {
    // The print edition's note and a translation's note tell of the page,
    // not the news; a story about a translated book keeps its sentence.
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nThe mayor's memoir was translated from Danish last year.\n\nA version of this article appears in print on Sept. 13, 2024, Section A, Page 8 of the New York edition with the headline: Bridge to Close.\n\nThis article was translated from our French-language edition.\n"
    ));
    assert_set_aside(&v, &["appears in print", "French-language edition"]);
    let kept = kept(&v);
    assert!(
        kept.iter().any(|t| t.contains("memoir was translated")),
        "{kept:?}"
    );
}

#[test]
fn a_wires_signature_and_contact_lines_are_furniture() {
    // Bloomberg's and the Journal's sign-off: who assisted, whom to contact
    // and at which address; and a paywall's pitch.
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\n--With assistance from Paul Whitaker.\n\nTo contact the reporter on this story:\n\nSinead Carroll in Dublin at scarroll@example.net\n\nWrite to Dana Whitfield at dana.whitfield@example.com\n\nSubscribers get unlimited access to our analysis.\n"
    ));
    assert_set_aside(
        &v,
        &[
            "With assistance",
            "To contact",
            "scarroll@",
            "Dana Whitfield",
            "Subscribers get",
        ],
    );
}

#[test]
fn a_print_pitch_a_links_label_and_a_labelled_caption_are_furniture() {
    // A paper's subscription pitch, its own links under "Also on …:" set
    // apart by "|", a quiz teaser, a labelled caption that ends on its
    // credit, and a byline naming the agency and a contributor.
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\nBy ANA CRUZ, The Associated Press, with a report from Ben Ortiz of The Harbour Ledger\n\nPhoto: Workers close the bridge on Monday. (The Ledger/Jun Reyes)\n\n{BODY}\nALSO ON THE LEDGER: Ferry fares to rise | Quiz: How safe is your commute?\n\nGet The Harbour Ledger delivered to your home.\n\nCall our circulation desk or message us on Facebook.\n\nAlso on Monday, the council approved a new budget.\n"
    ));
    let byline = v
        .paragraphs
        .iter()
        .find(|p| p.text.contains("with a report from"));
    assert!(
        byline.is_none_or(|p| p.kind == ParagraphKind::Byline),
        "{byline:?}"
    );
    assert_set_aside(
        &v,
        &[
            "Workers close the bridge",
            "ALSO ON THE LEDGER",
            "delivered to your home",
            "circulation desk",
        ],
    );
    // "Also on Monday" opens a sentence of the story.
    assert!(
        kept(&v).iter().any(|t| t.contains("Also on Monday")),
        "{:?}",
        kept(&v)
    );
}

#[test]
fn a_standfirst_called_the_teaser_is_the_story_and_a_teaser_card_is_not() {
    let v = html(
        "<html><body><header><nav><a href=\"/\">Home</a> <a href=\"/city\">City</a></nav></header><main><article>\
         <div class=\"kicker\"><a href=\"/city\">City</a> <span>Transport</span></div>\
         <h1>Council closes harbour bridge for eight months</h1>\
         <p class=\"teaser\"><strong>The old harbour bridge will shut for eight months of repairs. Drivers face long detours.</strong></p>\
         <figure><img src=\"/b.jpg\" alt=\"The bridge\"><figcaption>The bridge opened in 1931<span class=\"credit\">Image: Jan Berg</span></figcaption></figure>\
         <div class=\"meta\"><span class=\"author\">Eva Lind</span><time datetime=\"2025-05-04T10:00:00Z\">05/04/2025</time></div>\
         <p>The city council voted on Tuesday to close the old harbour bridge for repairs lasting eight months, the mayor said at a press conference.</p>\
         <p>Drivers will use the ring road while the work goes on, and extra buses will run every ten minutes during the morning rush hour.</p>\
         <p>The repairs will cost 4.2 million crowns, paid from the transport budget that was approved last year by a large majority.</p>\
         <div class=\"teaser\"><a href=\"/ferry\"><h3>Ferry fares to rise in spring</h3><p>The port authority wants more money for the night crossings.</p></a></div>\
         </article></main></body></html>",
    );
    let k = kept(&v);
    assert!(
        k.iter()
            .any(|t| t.starts_with("The old harbour bridge will shut")),
        "{k:?}"
    );
    assert!(!k.iter().any(|t| t.contains("night crossings")), "{k:?}");
    // The author's name beside the date in one line of page meta is the
    // byline, not a line of dates set aside.
    assert!(
        v.paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::Byline && p.text == "Eva Lind"),
        "{:?} {:?}",
        v.paragraphs,
        v.removed
    );
    assert_eq!(v.authors, ["Eva Lind"]);
}

#[test]
fn share_bars_follow_calls_privacy_links_and_money_appeals_are_furniture() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\nShare  Facebook  X  Email  Copy Link  Print\n\n{BODY}\nFollow the Harbour Gazette on Facebook, X and Instagram\n\nNewsletter: Get the Evening Brief delivered to your inbox. Sign up\n\nThe Harbour Gazette is reader-funded. Chip in $5 today to keep local news free.\n\nChip in $5 today\n\nAbout us  Contact  Terms of Use  Do Not Sell or Share My Personal Information\n"
    ));
    assert_set_aside(
        &v,
        &[
            "Copy Link",
            "Follow the Harbour Gazette",
            "Evening Brief",
            "reader-funded",
            "Chip in",
            "Do Not Sell",
        ],
    );
    assert_body_kept(&v);
}

#[test]
fn advertisers_headlines_under_a_sponsored_label_are_furniture() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nSponsored Content\n\nThis Garden Trick Is Surprising Homeowners | HomeTips Daily\n\nDrivers Over 50 Should Check This New Rate | QuoteFinder\n"
    ));
    assert_set_aside(&v, &["Garden Trick", "Drivers Over 50"]);
    assert_body_kept(&v);
}

#[test]
fn reading_tools_alone_on_a_line_are_furniture() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\nBy Ana Ruiz\n\nAa\n\n{BODY}\nText size\n\nA- A+\n"
    ));
    assert_set_aside(&v, &["Aa", "Text size", "A- A+"]);
    assert_body_kept(&v);
}

#[test]
fn a_masthead_echoed_by_the_story_is_not_its_headline_and_a_stamp_with_bars_opens_no_related_list()
{
    // The agency's masthead is echoed by its own credit and by "news
    // conference"; the headline by the story's facts. The stamp's bars and
    // its hour do not make it a list of other stories, which would take
    // the headline and the byline with it.
    let v = text(&format!(
        "HARBOURWIRE — Northern News Agency\n\nHome  |  Local  |  World  |  Business  |  Sport  |  Contact\n\nSearch...\n\n\
         Council votes to close harbour bridge for repairs\n\nPublished: 08.04.2025 10:40  |  Updated: 10:52\n\nBy Ana Ruiz\n\n\
         Share   f   X   WhatsApp\n\nShare on X  Share on Facebook  Telegram  Copy link\n\n\
         The city council told a news conference on Tuesday it would close the old harbour bridge, Harbourwire learned.\n\n{BODY}\n\
         Related news\n\n- Ferry fares rise for the summer season\n\n- New school opens in the east of the city\n"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council votes to close harbour bridge for repairs")
    );
    assert_set_aside(
        &v,
        &[
            "HARBOURWIRE",
            "Home | Local",
            "Search...",
            "Published: 08.04.2025",
            "Share f X",
            "Share on X Share on Facebook Telegram",
            "Ferry fares rise",
            "New school opens",
        ],
    );
    assert_byline(&v, "Ana Ruiz");
    assert_body_kept(&v);
}

#[test]
fn a_standfirst_the_story_echoes_more_does_not_take_the_headline_above_it() {
    // The standfirst tells the drivers' side, which the story goes on to
    // tell word for word; the headline right above it is still the
    // headline. A tagline further up is not, however many words it has.
    let v = text(&format!(
        "THE HARBOUR LEDGER\n\nYour city. Your paper. Since 1921\n\nNews | Sport | Business\n\n\
         BRIDGE SHUT: Council closes harbour bridge for eight months of repairs\n\n\
         Drivers fear the ring road and the buses every ten minutes will not cope\n\n\
         By Ana Ruiz\n\n{BODY}\nDrivers fear the ring road will not cope, and many said the buses would be full.\n"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("BRIDGE SHUT: Council closes harbour bridge for eight months of repairs")
    );
    assert_body_kept(&v);
}

#[test]
fn reading_times_comment_links_share_links_petitions_and_pitches_with_an_emoji_are_furniture() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\nReading time: 4 minutes\n\n6 min read\n\nShare  Tweet  Send\n\n\
         Share  Tweet  WhatsApp  Email   96 comments\n\nPurchase Licensing Rights, opens new tab\n\n{BODY}\n\
         Keep the bridge open for everyone. SIGN THE PETITION\n\nSign our petition today!\n\nSign in to comment\n"
    ));
    assert_set_aside(
        &v,
        &[
            "Reading time",
            "6 min read",
            "Share Tweet Send",
            "96 comments",
            "Purchase Licensing Rights",
            "SIGN THE PETITION",
            "Sign our petition",
            "Sign in to comment",
        ],
    );
    assert_body_kept(&v);
    let m = md(&format!(
        "# Council votes to close harbour bridge\n\n[Share on X] [Share on Mastodon] [Copy link]\n\n{BODY}\n\
             > 📬 **Get The Harbour Weekly** — the week in local politics, in your inbox every Friday. [Subscribe free](https://ledger.example/newsletter)\n\n\
             *Comments (12)* · [Log in to comment](https://ledger.example/login)\n"
    ));
    assert_set_aside(
        &m,
        &["Share on X", "Get The Harbour Weekly", "Log in to comment"],
    );
    assert_body_kept(&m);
    // With the writer's name on the same line, it is the byline, kept.
    let b = md(&format!(
        "# Council votes to close harbour bridge\n\n*By Ines Varga · 5 min read*\n\n{BODY}"
    ));
    assert_eq!(b.authors, ["Ines Varga"]);
    assert_body_kept(&b);
}

#[test]
fn calls_for_readers_photos_live_blog_pointers_and_donation_boxes_are_furniture() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\n\
         Follow the latest developments in our live blog and on Channel One.\n\n\
         Are you a driver who uses the bridge? Send us your photos and stories at desk@ledger.example or call 0100 200 300.\n"
    ));
    assert_set_aside(&v, &["live blog", "Send us your photos"]);
    assert_body_kept(&v);
    let m = md(&format!(
        "# Council votes to close harbour bridge\n\n{BODY}\n> **Support independent journalism.** The Ledger takes no money from the council. [Donate today](https://ledger.example/donate)\n"
    ));
    assert_set_aside(&m, &["Support independent journalism", "takes no money"]);
    assert_body_kept(&m);
}

#[test]
fn an_offer_under_an_advertisement_label_is_the_advertisers_and_a_story_paragraph_is_not() {
    let v = text(
        "Council votes to close harbour bridge for repairs\n\n\
         The city council voted on Tuesday to close the old harbour bridge for repairs lasting eight months, the mayor said.\n\n\
         ADVERTISEMENT\n\nNorbeck Tyres — winter check, 15% off fitting. Book now on 041 555 019.\n\n\
         Drivers will use the ring road while the work goes on, and buses will run every ten minutes.\n\n\
         Advertisement\n\nThe repairs will cost 4.2 million crowns, paid from the transport budget.\n",
    );
    assert_set_aside(&v, &["Norbeck Tyres"]);
    assert!(kept(&v).iter().any(|t| t.contains("ring road")));
    assert_body_kept(&v);
}

#[test]
fn a_writer_and_an_outlet_under_the_headline_are_a_byline() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\nUpdated: 8 April 2025, 11:55\n\nAna Ruiz, Harbourwire\n\n{BODY}"
    ));
    assert!(
        v.paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::Byline && p.text == "Ana Ruiz, Harbourwire"),
        "{:?}",
        v.paragraphs
    );
    assert_eq!(v.authors, vec!["Ana Ruiz".to_string()]);
    assert_body_kept(&v);
}

#[test]
fn a_menu_set_apart_by_wide_gaps_and_a_contributors_note_are_not_the_story() {
    let v = text(&format!(
        "Skip to main content\nHarbourwire\nHome  U.S.  World  Business  Politics  Tech  Health  Sports\n\n\
         Council votes to close harbour bridge for repairs\n\n{BODY}\nHarbourwire writer Tom Reyes in Tollmouth contributed to this report.\n"
    ));
    assert_set_aside(&v, &["Politics Tech"]);
    assert_byline(&v, "contributed");
    assert_eq!(
        v.paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
            .count(),
        3
    );
    // The contributor is credited with the story.
    assert!(
        v.authors.contains(&"Tom Reyes".to_string()),
        "{:?}",
        v.authors
    );
}

#[test]
fn a_caption_printed_twice_is_no_headline_and_reader_calls_galleries_and_owners_lines_go() {
    // A tabloid's page text: the headline in capitals, then the photo's
    // caption twice, credited; after the story a call for readers'
    // stories, a gallery's heading and the owner's copyright line.
    let v = text(&format!(
        "THE DAILY LAMP\n\nBRIDGE SHUT FOR EIGHT MONTHS IN REPAIR SHOCK\n\nBy Nell Carver\n\n\
         Queues formed at the old harbour bridge on Tuesday Picture: Shutterstock\n\n\
         Queues formed at the old harbour bridge on Tuesday Picture: Shutterstock\n\n{BODY}\n\
         Is your commute affected? Email letters@dailylamp.example.com\n\n\
         In pictures\n\n\
         (c) Lamp Media Group Ltd 2025 | Privacy | Terms\n"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("BRIDGE SHUT FOR EIGHT MONTHS IN REPAIR SHOCK"),
        "{:?}",
        v.paragraphs
    );
    assert_set_aside(
        &v,
        &[
            "Is your commute affected",
            "In pictures",
            "Lamp Media Group Ltd",
        ],
    );
    assert_body_kept(&v);
}

#[test]
fn writers_notes_arrowed_headlines_ads_subscription_pitches_and_icon_share_bars_go() {
    let v = text(&format!(
        "Council shuts harbour bridge for eight months\n\n[f] Share  [x] Post  [envelope] Email\n\n{BODY}\n\
         Harbourwire writer Tom Reyes reported from Tollmouth.\n\n\
         Nell Carver covers the harbour for the Lamp. Reach her at ncarver@lamp.example.com.\n\n\
         ncarver@lamp.example.com\n\n\
         Support local journalism. Subscribe to the Lamp for $2 a week.\n\n\
         RELATED\n\n\
         >> Why the ferry lobby wants the bridge shut for good\n\n\
         >> WATCH: Drivers queue at the ring road\n\n\
         Advertisement: Beat the queues with a folding bike from Velo Town!\n"
    ));
    assert_set_aside(
        &v,
        &[
            "[envelope] Email",
            "Support local journalism",
            "ferry lobby",
            "Drivers queue",
            "folding bike",
        ],
    );
    assert!(
        !kept(&v).contains(&"ncarver@lamp.example.com"),
        "{:?}",
        v.paragraphs
    );
    assert_byline(&v, "reported from Tollmouth");
    // The writer's note is a byline: her name is kept, out of the story.
    assert_byline(&v, "Reach her at");
    assert_body_kept(&v);
}

#[test]
fn the_line_over_the_byline_is_the_headline_not_the_masthead_above() {
    // The masthead's words are the story's too (the city, the bridge, the
    // paper the mayor spoke to): by echo alone it outranks the headline.
    let v = text(&format!(
        "The City Bridge Post\n\nHome | News | Sport | Opinion\n\nLOCAL\n\nCouncil shuts old harbour crossing for eight months\n\nBy Mira Holt | 3 May 2025, 09:10\n\n{BODY}\nThe mayor told the Post that the work on the bridge in the city could not wait.\n"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council shuts old harbour crossing for eight months")
    );
    assert_set_aside(&v, &["The City Bridge Post", "LOCAL"]);
    assert_byline(&v, "Mira Holt");
    assert_body_kept(&v);
}

#[test]
fn a_newsletters_name_over_its_issue_line_is_no_headline() {
    let v = md(&format!(
        "# The Harbour Letter — Weekly Transport Digest\n\n**Issue 48 · Monday 5 May 2025**\n\n[View in browser](https://example.org/48) · [Archive](https://example.org/archive)\n\n---\n\n## Council shuts harbour bridge for eight months of repairs\n\n{BODY}"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council shuts harbour bridge for eight months of repairs")
    );
    assert_set_aside(&v, &["The Harbour Letter", "Issue 48"]);
    assert_body_kept(&v);
    // A headline with its standfirst as the next heading keeps its title.
    let v = md(&format!(
        "# Council shuts harbour bridge\n\n## Drivers face eight months of detours on the ring road\n\n{BODY}"
    ));
    assert_eq!(v.title.as_deref(), Some("Council shuts harbour bridge"));
}

#[test]
fn a_gallery_prints_its_captions_with_numbers_once_more() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n[Image] Traffic queues on the harbour bridge at dawn. Mira Holt / City Post\n\n{BODY}\n-- Advertisement --\n\nSign up for the Morning Post — the news the others miss. Click here to subscribe.\n\nPHOTOS\n[1/3] Traffic queues on the harbour bridge at dawn. Mira Holt / City Post\n[2/3] Cranes stand by the old piers\n[3/3] The ring road at rush hour\n"
    ));
    let captions: Vec<&str> = v
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Caption)
        .map(|p| p.text.as_str())
        .collect();
    // Each photo once, as a caption; none in the story.
    assert_eq!(
        v.paragraphs
            .iter()
            .filter(|p| p.text.contains("Traffic queues"))
            .count(),
        1,
        "{:?}",
        v.paragraphs
    );
    for c in ["Cranes stand by", "The ring road at rush hour"] {
        assert!(captions.iter().any(|t| t.contains(c)), "{c}: {captions:?}");
    }
    assert_set_aside(&v, &["Advertisement", "Click here to subscribe"]);
    assert_body_kept(&v);
}

#[test]
fn a_newsletters_footer_offering_to_update_preferences_is_no_amendment() {
    let v = md(&format!(
        "# Council votes to close harbour bridge for repairs\n\n{BODY}\nThe council will publish the detour maps on Friday, the mayor's office said in a statement.\n\n---\n\n*Have a tip? Reply to this email.*\n\nYou are receiving this email because you subscribed to the City Letter. [Unsubscribe](https://example.org/u) · [Update preferences](https://example.org/p)\n"
    ));
    assert_set_aside(&v, &["Have a tip?", "You are receiving this email"]);
    assert_body_kept(&v);
}

#[test]
fn a_call_for_readers_money_is_no_story() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nSupport fearless local journalism — become a member from €3 a month\n\nDid you value this article? The City Post is funded by readers like you. DONATE NOW\n"
    ));
    assert_set_aside(
        &v,
        &["Support fearless local journalism", "funded by readers"],
    );
    assert_body_kept(&v);
}

#[test]
fn a_standfirst_under_the_headline_is_a_sub_heading_not_the_lede() {
    let body: String = BODY
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", p.trim()))
        .collect();
    for class in ["standfirst", "article__dek", "sub-headline"] {
        let v = html(&format!(
            "<html><body><article><h1>Council shuts harbour bridge</h1><p class=\"{class}\">Drivers face eight months of detours on the ring road</p>{body}</article></body></html>"
        ));
        let first = &v.paragraphs[0];
        assert_eq!(
            first.kind,
            ParagraphKind::Heading,
            "{class}: {:?}",
            v.paragraphs
        );
        assert!(
            first.text.starts_with("Drivers face"),
            "{class}: {:?}",
            v.paragraphs
        );
        assert_eq!(v.paragraphs[1].kind, ParagraphKind::Body, "{class}");
        assert_body_kept(&v);
    }
}

#[test]
fn a_bulletins_series_title_is_its_masthead_even_when_the_story_names_its_publisher() {
    // The rights group that publishes the bulletin is named in the story,
    // which echoes the masthead as much as the headline; the title calls
    // itself a series ("… — Rights Alert").
    let v = md(&format!(
        "# Harbour Watch — Rights Alert\n\n## Council shuts harbour bridge for eight months of repairs\n\n*Weekly Bulletin · 5 May 2025 · For immediate release*\n\n---\n\nHarbour Watch, the residents' rights group, said the council had shut the harbour bridge without asking the people who cross it.\n\n{BODY}"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council shuts harbour bridge for eight months of repairs")
    );
    assert_set_aside(&v, &["Rights Alert"]);
    assert_body_kept(&v);
}

#[test]
fn a_ticker_a_desk_byline_a_bare_share_bar_and_closed_comments_are_page_parts() {
    let v = text(&format!(
        "DAILY POST\nHome | News | Sport | Money\nBREAKING NEWS TICKER: Petrol prices to jump again ... Rugby star's secret wedding ... Storm warning for the coast tonight\n\nNews\n\nCouncil votes to close harbour bridge for repairs\nCity Report\nPublished: 07 Feb 2026, 21:30\nShare X Facebook LinkedIn Email Link\n\n{BODY}\nComments are closed for this article.\n"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council votes to close harbour bridge for repairs")
    );
    assert_set_aside(
        &v,
        &["Petrol prices", "Share X Facebook", "Comments are closed"],
    );
    assert_byline(&v, "City Report");
    assert_body_kept(&v);
}

#[test]
fn a_writers_line_with_its_issue_date_and_reading_time_is_a_byline() {
    let v = md(&format!(
        "# Council shuts harbour bridge for eight months\n\n**The Harbour Letter — Issue #48** · By Ann Lee · 5 May 2025 · 6 min read\n\n{BODY}"
    ));
    assert_byline(&v, "By Ann Lee");
    // The issue line is only in the byline, not in the story.
    assert!(
        !v.paragraphs
            .iter()
            .any(|p| p.text.contains("Issue #48") && p.kind != ParagraphKind::Byline),
        "{:?}",
        v.paragraphs
    );
    assert_body_kept(&v);
}

#[test]
fn a_live_teaser_above_the_headline_opens_no_list_of_other_stories() {
    // The teaser is an item of its own: the section label, the headline and
    // the desk's byline under it are the story's page, not more teasers.
    let v = text(&format!(
        "CITY SENTINEL\nHome | National | Politics | Sports\nSearch...\nLIVE: Harbour rail link crosses 10 million passengers\n\nNational\nCouncil votes to close harbour bridge for repairs\nSentinel Report\nPublished: 07 Feb 2026, 21:30 | Updated: 08 Feb 2026, 09:10\n\n{BODY}"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council votes to close harbour bridge for repairs")
    );
    assert_set_aside(&v, &["LIVE: Harbour rail link"]);
    assert_byline(&v, "Sentinel Report");
    assert_body_kept(&v);
}

#[test]
fn a_related_posts_header_sets_aside_its_list_after_a_teaser() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nRead also: Opposition councillors walk out over budget\n\nRELATED POSTS\n- Why the ferry fares keep rising\n- Traders shut shops over bridge closure\n"
    ));
    assert_set_aside(
        &v,
        &[
            "Opposition councillors",
            "RELATED POSTS",
            "Why the ferry fares",
            "Traders shut shops",
        ],
    );
    assert_body_kept(&v);
}

#[test]
fn premium_pitches_forwarding_notes_a_briefs_other_items_and_a_named_copyright_are_page_parts() {
    let v = md(&format!(
        "> Forwarded this email? [Subscribe here](https://example.org/subscribe) for free.\n\n---\n\n# Council shuts harbour bridge for eight months\n\n{BODY}\nSwitch to Courier Premium: no ads, unlimited articles. Try 30 days free.\n\n### Also in today's brief\n\n- **Ports:** Ferry fares rise for a third straight month\n- **Rail:** Night trains return to the coast line\n\nComments (214)\n\nThe Harbour Letter © 2025 · About · Contact · Donate · Privacy\n"
    ));
    assert_set_aside(
        &v,
        &[
            "Forwarded this email",
            "Switch to Courier Premium",
            "Also in today's brief",
            "Ferry fares rise",
            "Night trains return",
            "Comments (214)",
            "The Harbour Letter ©",
        ],
    );
    assert_body_kept(&v);
}

#[test]
fn a_motto_an_ad_note_a_gallery_count_and_a_writers_beat_are_page_parts() {
    let v = text(&format!(
        "THE CITY POST\nIndependent. Local. Fearless.\nHome | News | Sport | Money\n\nCouncil votes to close harbour bridge for repairs\nBy Ann Lee\n[Share on Facebook]  [Share on X]  [Telegram]  [Copy]\n\nTraffic queues on the harbour bridge at dawn. (Photo/Mira Holt)\n1 of 4 | Traffic queues on the harbour bridge at dawn. (Photo/Mira Holt)\n\n{BODY}\n- - - Story continues below advertisement - - -\n\nHarbour Auto Plaza: 0% APR on select models. Visit us on Route 9!\n\nThe council will meet again in June to approve the contract, the mayor said.\n\nLee covers the harbour and the city council for The City Post.\n"
    ));
    assert_set_aside(
        &v,
        &[
            "Independent. Local",
            "[Telegram]",
            "Story continues below",
            "Harbour Auto Plaza",
        ],
    );
    assert_byline(&v, "Lee covers the harbour");
    assert_eq!(
        v.paragraphs
            .iter()
            .filter(|p| p.text.contains("Traffic queues"))
            .count(),
        1,
        "{:?}",
        v.paragraphs
    );
    assert!(kept(&v).iter().any(|t| t.contains("meet again in June")));
}

#[test]
fn a_series_title_over_a_contents_line_and_a_sub_heading_gives_the_first_heading() {
    // The issue's title names the series; under it the story's headline,
    // the byline, a forwarding note, the issue's contents, then the story
    // opening on a sub-heading of its own.
    let v = md(&format!(
        "# The Harbour Brief — Issue #87\n\n## Council shuts harbour bridge for eight months of repairs\n\n*By Ann Lee · Monday, May 5, 2025 · 6 min read*\n\n> Forwarded this email? [Subscribe here](https://example.org/s) to get the Brief every Monday.\n\n**In this issue:** the bridge · the ferry fares · what to watch\n\n---\n\n### The quick take\n\n{BODY}\n**Sponsored** · *Track ferry delays in real time with PortPal. Start your free 14-day trial.*\n\nEnjoying The Harbour Brief? Upgrade to a paid subscription.\n\n#SaveTheBridge #HarbourNews\n\nLike this: Like | Loading...\n"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council shuts harbour bridge for eight months of repairs")
    );
    assert_set_aside(
        &v,
        &[
            "In this issue",
            "Track ferry delays",
            "Enjoying The Harbour Brief",
            "#SaveTheBridge",
            "Like this",
        ],
    );
    assert_body_kept(&v);
}

#[test]
fn a_caption_with_its_credit_is_no_page_title() {
    // The photo's caption printed twice with its credit after a dash reads
    // like "Headline - Outlet"; the headline is the line over the byline.
    let v = text(&format!(
        "Africa > Kenya\n\nCouncil votes to close harbour bridge for repairs\n\nBy Ann LEE\nPublished: 15 August 2022 - 18:42 GMT\n\nShare   Facebook   Twitter   Email\n\nDrivers queue at the harbour bridge on Sunday. - Mira HOLT / AFP\nDrivers queue at the harbour bridge on Sunday. - Mira HOLT / AFP\n\n{BODY}"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council votes to close harbour bridge for repairs")
    );
    assert_body_kept(&v);
}

#[test]
fn review_story_lines_shaped_like_pitches_or_beats_stay() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nMedicare covers hearing aids for Americans over 65.\n\nUpgrade work on the line, plus new signalling, will cost $40m, the ministry said.\n\nGo-ahead for pro-democracy march in the old town\n\nThe council will meet again in June to approve the contract.\n"
    ));
    let k = kept(&v);
    for line in [
        "Medicare covers",
        "Upgrade work on the line",
        "Go-ahead for pro-democracy",
    ] {
        assert!(k.iter().any(|t| t.contains(line)), "{line}: {k:?}");
    }
    assert!(
        !v.paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::Byline && p.text.contains("Medicare")),
        "{:?}",
        v.paragraphs
    );
}

#[test]
fn a_newsletter_box_a_sign_up_form_a_demo_offer_and_a_bulleted_list_of_other_stories_are_furniture()
{
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nADVERTISEMENT\n\nFleet tracking software trusted by 900 councils. Book a demo today.\n\n\
         Get the Harbour Ledger Morning Briefing\nThe five city stories you need before 8am. Free, every weekday.\n[ Your email ]  [ Sign up ]\n\n\
         NEWSLETTER — The Harbour Ledger in English, every morning at 7. Sign up free.\n\n\
         RELATED STORIES\n- Why the city still depends on one old bridge that nobody wants to pay to fix\n- Council adds 2,000 parking spaces, says mayor\n"
    ));
    assert_set_aside(
        &v,
        &[
            "Book a demo",
            "The five city stories you need",
            "[ Your email ]",
            "NEWSLETTER — The Harbour Ledger",
            "Why the city still depends on one old bridge",
        ],
    );
    assert_body_kept(&v);
}

#[test]
fn a_newsletter_masthead_line_with_dashes_is_its_byline_and_its_contents_are_furniture() {
    let m = md(&format!(
        "# Council closes harbour bridge\n\n*Harbour Notes — Transport & Planning briefing — Thursday 12 March 2026 — by Ines Varga*\n\n\
         > **In this issue:** Harbour bridge closure fallout · the ring road timetable · ferry capacity tracker and more\n\n{BODY}"
    ));
    assert_eq!(m.authors, ["Ines Varga"]);
    assert_byline(&m, "by Ines Varga");
    assert_set_aside(&m, &["ferry capacity tracker"]);
    assert_body_kept(&m);
}

#[test]
fn a_free_edition_upsell_a_forward_prompt_an_email_form_a_channel_pitch_and_a_long_menu_item_are_furniture()
 {
    let v = text(&format!(
        "HARBOUR LEDGER | English Edition\n\nInício | Rio Grande do Norte | Harbour | Politics | Economy | Sports | Opinion\n\n\
         Council votes to close harbour bridge for repairs\n\n{BODY}\n\
         Sign up to City Digest\n\nOur free weekly round-up of everything beyond the town hall. Enter your email address. Sign up\n\n\
         Receive the Harbour Ledger's news on WhatsApp. Click here.\n"
    ));
    assert_eq!(
        v.title.as_deref(),
        Some("Council votes to close harbour bridge for repairs")
    );
    assert_set_aside(
        &v,
        &["Rio Grande do Norte", "Enter your email", "on WhatsApp"],
    );
    assert_body_kept(&v);
    let m = md(&format!(
        "# Harbour Law Brief\n\n*Issue 214 · Bridges · Reading time: 5 min*\n\n\
         > You're reading the free edition of Harbour Law Brief. [Upgrade to Harbour Law Brief Pro](https://x.example/pro) for our case tracker and notes.\n\n\
         ## Mayor v. Harbour Bridge Trust: council to close the old harbour bridge for repairs lasting eight months\n\n**By Ines Varga**\n\n{BODY}\n\
         *Know someone who should read this? [Forward this email](https://x.example/f). Got a tip? Reply to this message.*\n"
    ));
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Mayor v. Harbour Bridge Trust: council to close the old harbour bridge for repairs lasting eight months"
        )
    );
    assert_set_aside(
        &m,
        &[
            "Issue 214",
            "free edition",
            "Know someone who should read this",
        ],
    );
    assert_body_kept(&m);
}

#[test]
fn story_sentences_that_share_words_with_pitches_and_offers_are_kept() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nADVERTISEMENT\n\n\
         Homeowners near the river say they can no longer get a quote from major insurers.\n\n\
         Follow-up threats against the mayor were posted on Telegram, police said.\n\n\
         Get-out-the-vote messages circulated on WhatsApp in the final week.\n"
    ));
    let k = kept(&v);
    for s in ["get a quote", "Follow-up threats", "Get-out-the-vote"] {
        assert!(k.iter().any(|t| t.contains(s)), "{s}: {k:?}");
    }
}

#[test]
fn a_newsletters_masthead_tagline_contents_list_and_pitch_are_set_aside() {
    // The name with its tagline above, "In this issue" and its items, a
    // pitch that names the newsletter, the footer that names it again.
    let v = md(&format!(
        "**HARBOUR LEDGER** — The weekly briefing on ports and shipping\n\n*Issue 52 · Friday 6 March 2026*\n\n---\n\n### In this issue\n\n1. Harbour bridge: eight months of repairs\n2. Ferry fares: the new zones explained\n3. Jobs board\n\n---\n\n## Council closes the harbour bridge for repairs\n\n{BODY}\n---\n\n**Enjoying Harbour Ledger?** Forward it to a colleague, or become a member from €6 a month and get our full data annex.\n\n---\n\nYou are receiving this email because you subscribed to Harbour Ledger.\n[Unsubscribe](https://ledger.example/unsubscribe)\n"
    ));
    assert_set_aside(
        &v,
        &[
            "The weekly briefing on ports",
            "In this issue",
            "Ferry fares: the new zones",
            "Jobs board",
            "Enjoying Harbour Ledger?",
        ],
    );
    assert_body_kept(&v);
    assert_eq!(
        v.title.as_deref(),
        Some("Council closes the harbour bridge for repairs")
    );
}

#[test]
fn pointers_to_other_stories_under_a_label_or_set_as_a_call_out_are_set_aside() {
    // A call-out quoting no one, its label before a colon.
    let v = md(&format!(
        "# Council closes the harbour bridge for repairs\n\nThe city council voted on Tuesday to close the old harbour bridge for repairs lasting eight months, the mayor said.\n\n> **Also read:** [Ten years of the harbour bridge: how the city paid for its crossing](https://example.org/bridge)\n\n{BODY}\n### On the same topic\n\n- [Ferry fares: the new zones explained](https://example.org/ferry)\n- [Editorial: the bridge we deserve](https://example.org/editorial)\n"
    ));
    assert_set_aside(
        &v,
        &[
            "Ten years of the harbour bridge",
            "On the same topic",
            "Ferry fares",
        ],
    );
    assert_body_kept(&v);
    // A section's label alone on its line, over its headlines.
    let v = text(&format!(
        "Council closes the harbour bridge for repairs\n\n{BODY}\nAlso in Business\nHarbour startup raises $12 million for electric ferries\nSilk exports hit a record high\n\n© Harbour Courier Ltd. All rights reserved.\n"
    ));
    assert_set_aside(
        &v,
        &["Also in Business", "Harbour startup raises", "Silk exports"],
    );
    assert_body_kept(&v);
    // A story's sentence that opens with the same words stays, and so
    // does a crosshead in lower case.
    let v = text(&format!(
        "Council closes the harbour bridge for repairs\n\n{BODY}\nMore in store\n\nOn the same subject, the mayor said the council would review ferry fares next year.\n"
    ));
    assert!(
        kept(&v)
            .iter()
            .any(|t| t.starts_with("On the same subject"))
            && kept(&v).contains(&"More in store"),
        "{:?}",
        kept(&v)
    );
}

#[test]
fn a_labelled_pitch_and_the_senders_postal_imprint_are_furniture() {
    // A newsletter's premium pitch under its label, and the sender's
    // firm and postal address that commercial email must carry; a story's
    // sentence naming a firm and a number is kept.
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nPREMIUM: Members receive our weekly data pack and an archive of every past issue. Upgrade to Harbour Brief Pro for $19 a month.\n\nHarbour Brief, a service of Tallis Media Research Ltd, 14 Quay Street, Leith\n\nThe contract went to Brannock Ltd, 300 metres from the bridge.\n"
    ));
    assert_set_aside(&v, &["Members receive our", "14 Quay Street"]);
    assert!(
        kept(&v).iter().any(|t| t.contains("went to Brannock Ltd")),
        "{:?}",
        kept(&v)
    );
}

#[test]
fn a_story_sentence_with_a_firm_and_its_street_is_kept() {
    let v = text(&format!(
        "Council votes to close harbour bridge for repairs\n\n{BODY}\nThe fire broke out at Harlow Foods Ltd, 12 Mill Road, shortly after 2am.\n\nSeating was limited, 200 people packed into the hall on Church Street.\n"
    ));
    let kept = kept(&v);
    assert!(kept.iter().any(|t| t.contains("Harlow Foods")), "{kept:?}");
    assert!(
        kept.iter().any(|t| t.contains("Seating was limited")),
        "{kept:?}"
    );
}
