//! Files in, one [`Comparison`] out: load every input (a bad one becomes a
//! warning naming it), then align, extract and compare.

use crate::on_cores;
use std::path::{Path, PathBuf};

use crate::error::CompareError;
use crate::ingest::{self, IngestOptions};
use crate::model::{Comparison, FORMAT, OFF_STORY_NOTE, Settings, Version, Warning};

/// How a comparison is made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Inputs are already clean text.
    pub raw: bool,
    /// Version to show word differences against; `None` picks the most complete.
    pub base: Option<usize>,
}

/// A short page of our own, touching what reading and comparing use: a
/// title, a dateline, a byline, a quotation, figures, a caption.
const WARM_UP_PAGE: &str = "<html><head><title>Council approves bridge plan | The Example</title></head>\
<body><nav><a href=\"/\">Home</a></nav><article><h1>Council approves bridge plan</h1>\
<p class=\"byline\">By Jane Roe</p>\
<p>LONDON (AP) \u{2014} The city council voted 7-2 on Tuesday to spend $4.5 million, about a third \
of its budget, on 12 new bridges, Mayor John Smith said.</p>\
<p>\u{201c}We promised this and we did it,\u{201d} Smith told reporters. Critics said the plan was \
rushed, according to a survey by the University of Leeds.</p>\
<figure><figcaption>The old bridge in 2020. (Photo: Reuters)</figcaption></figure>\
<p>Follow us on Facebook, Twitter</p></article></body></html>";

/// The same story as paragraphs of sentences, for the comparison.
const WARM_UP_STORY: &[&[&str]] = &[
    &[
        "LONDON (AP) \u{2014} The city council voted 7-2 on Tuesday to spend $4.5 million, about a third \
       of its budget, on 12 new bridges, Mayor John Smith said.",
    ],
    &[
        "\u{201c}We promised this and we did it,\u{201d} Smith told reporters.",
        "Critics said the plan was rushed, according to a survey by the University of Leeds.",
    ],
];

/// Start compiling, on another thread, the patterns and tables that reading
/// and comparing use. Compiling them takes longer than cleaning one page
/// (about 60 ms); done while the first file is read and parsed, it costs the
/// user nothing on a machine with a second core. Both threads meet at each
/// pattern's first use (a `LazyLock`), so nothing is compiled twice. Called
/// once by the command line and by the window at start; later calls do
/// nothing. `versions` is how many versions are coming (the window: several):
/// one version is never linked to another, so the meaning table and the
/// linking patterns are left alone for it (their work would only take the
/// second core from reading the page).
pub fn warm_up(versions: usize) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // The cleaning rules are the first thing reading needs: their own
        // thread, so they are ready when the first page has been parsed.
        let _ = std::thread::Builder::new()
            .name("warm-up-clean".into())
            .spawn(|| {
                let _ = std::panic::catch_unwind(ingest::clean::warm);
                // Then the lexicons, which reading a page's names waits for,
                // and the table of meaning, which naming entities uses too
                // (to tell "Global Depository Receipt" from a person).
                let _ = std::panic::catch_unwind(|| {
                    std::sync::LazyLock::force(&crate::extract::lexicon::LEXICON);
                });
                let _ = std::panic::catch_unwind(|| {
                    crate::link::meaning::Table::get().map(|t| t.name_likeness("smith"))
                });
            });
        let _ = std::thread::Builder::new()
            .name("warm-up".into())
            .spawn(move || {
                // A failure here only means the first comparison compiles
                // what it needs itself.
                let _ = std::panic::catch_unwind(|| {
                    // First what comparing uses (the caller is still reading
                    // its files then), then what reading a page uses.
                    let version = |path: &str, figure: &str| {
                        let paragraphs = WARM_UP_STORY
                            .iter()
                            .map(|sentences| {
                                let sentences: Vec<String> =
                                    sentences.iter().map(|s| s.replace("12", figure)).collect();
                                crate::model::Paragraph {
                                    kind: crate::model::ParagraphKind::Body,
                                    text: sentences.join(" "),
                                    sentences,
                                }
                            })
                            .collect();
                        let mut v = Version::from_paragraphs(path, paragraphs);
                        v.title = Some("Council approves bridge plan".to_string());
                        v
                    };
                    let _ = ingest::load_bytes(
                        WARM_UP_PAGE.as_bytes(),
                        "warm-up.html",
                        0,
                        IngestOptions::default(),
                    );
                    let mut story = vec![version("a.txt", "12"), version("b.txt", "11")];
                    story.truncate(versions.max(1));
                    analyse(story, Vec::new(), Options::default());
                });
            });
    });
}

/// Fetch the inputs that are web addresses into `pages` (see
/// [`ingest::fetch`]); files pass through. Per input, the file to read, or
/// `None` with a warning naming the address and the reason. `on_fetch` is
/// told of each address before it is fetched (for progress).
pub fn fetch_urls(
    inputs: &[PathBuf],
    pages: &Path,
    mut on_fetch: impl FnMut(&str),
) -> (Vec<Option<PathBuf>>, Vec<Warning>) {
    let mut out = Vec::with_capacity(inputs.len());
    let mut warnings = Vec::new();
    for input in inputs {
        let text = input.to_string_lossy();
        if !ingest::fetch::is_url(&text) {
            out.push(Some(input.clone()));
            continue;
        }
        on_fetch(&text);
        match ingest::fetch::fetch_to(&text, pages, ingest::fetch::FetchOptions::default()) {
            Ok(p) => out.push(Some(p)),
            Err(e) => {
                out.push(None);
                warnings.push(Warning {
                    path: text.to_string(),
                    message: e.to_string(),
                });
            }
        }
    }
    (out, warnings)
}

/// Read one input file as a version; a saved Parallax report is refused
/// (it is a comparison, not a version of the story).
pub fn load_one(path: &Path, index: usize, opts: Options) -> Result<Version, String> {
    if crate::report::saved::is_report_file(path) {
        return Err(
            "is a saved Parallax comparison, not a version of the story; open it on its own"
                .to_string(),
        );
    }
    // A bug met on one file leaves that file out, not the others.
    match std::panic::catch_unwind(|| {
        ingest::load_file(path, index, IngestOptions { raw: opts.raw })
    }) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => Err(format!(
            "could not be read because of an internal error ({}); please report it",
            panic_message(&panic)
        )),
    }
}

/// Read every file, in order. Files that cannot be used become warnings.
pub fn load_all(paths: &[PathBuf], opts: Options) -> (Vec<Version>, Vec<Warning>) {
    load_all_with(paths, opts, |_| {})
}

/// [`load_all`], on as many threads as the machine has cores (pages are
/// independent); `started` is told of each file (by its index in `paths`)
/// as a thread takes it up.
pub fn load_all_with(
    paths: &[PathBuf],
    opts: Options,
    started: impl Fn(usize) + Sync,
) -> (Vec<Version>, Vec<Warning>) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut reads: Vec<(usize, Result<Version, String>)> = on_cores(paths.len(), |_, _| {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(p) = paths.get(i) else { break };
            started(i);
            mine.push((i, load_one(p, i, opts)));
        }
        mine
    })
    .into_iter()
    .flatten()
    .collect();
    reads.sort_by_key(|(i, _)| *i);
    let mut versions = Vec::new();
    let mut warnings = Vec::new();
    for (i, read) in reads {
        match read {
            Ok(mut v) => {
                v.id = format!("v{}", versions.len());
                versions.push(v);
            }
            Err(message) => warnings.push(Warning {
                path: paths[i].to_string_lossy().to_string(),
                message,
            }),
        }
    }
    (versions, warnings)
}

/// The message a panic carried.
pub fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown cause".to_string())
}

/// Compare the files at `paths`.
pub fn compare_paths(paths: &[PathBuf], opts: Options) -> Result<Comparison, CompareError> {
    if paths.is_empty() {
        return Err(CompareError::NoInput);
    }
    let (versions, warnings) = load_all(paths, opts);
    if versions.is_empty() {
        return Err(CompareError::NoUsableInput);
    }
    Ok(analyse(versions, warnings, opts))
}

/// Run the analysis over loaded versions.
pub fn analyse(mut versions: Vec<Version>, warnings: Vec<Warning>, opts: Options) -> Comparison {
    for (i, v) in versions.iter_mut().enumerate() {
        v.id = format!("v{i}");
        // Whether it tells another story is this comparison's verdict.
        v.notes.retain(|n| !n.starts_with(OFF_STORY_NOTE));
        v.credit = crate::compare::provenance::credit(v);
    }
    crate::compare::provenance::credit_from_others(&mut versions);
    for v in versions.iter_mut() {
        if v.credit.is_none() {
            v.credit = Some(v.outlet.clone());
        }
    }
    // PARALLAX_TIMINGS=1 prints how long each stage takes.
    let timings = std::env::var_os("PARALLAX_TIMINGS").is_some()
        && std::thread::current().name() != Some("warm-up");
    let mut clock = std::time::Instant::now();
    let mut lap = |stage: &str| {
        if timings {
            eprintln!(
                "{stage:>10}: {:>8.1} ms",
                clock.elapsed().as_secs_f64() * 1000.0
            );
        }
        clock = std::time::Instant::now();
    };
    // Alignment and extraction (and shared-copy detection, which reads the
    // texts alone) are independent: they run side by side.
    let ((alignment, links, figures), (entities, mut quotes), provenance) =
        std::thread::scope(|s| {
            let figuring = s.spawn(|| {
                let mut figures = crate::extract::figures::extract(&versions);
                let read = crate::compare::figures::read(&mut figures, &versions);
                (figures, read)
            });
            let aligning = s.spawn(|| {
                let t = std::time::Instant::now();
                let mut links = crate::link::Links::build(&versions);
                let linked = t.elapsed();
                // Figures meet by fact on the links; the sentences that give
                // one measured fact are then linked on that evidence too.
                let (mut figures, read) =
                    figuring.join().expect("figure extraction does not panic");
                let anchors = crate::compare::figures::group(&mut figures, read, &links);
                crate::compare::figures::drop_lone_vague(&mut figures);
                links.anchor(&anchors, crate::link::FACT);
                let rows = crate::align::align_with(&versions, &links);
                if timings {
                    eprintln!(
                        "     links: {:>8.1} ms\n      rows: {:>8.1} ms",
                        linked.as_secs_f64() * 1000.0,
                        (t.elapsed() - linked).as_secs_f64() * 1000.0
                    );
                }
                (rows, links, figures)
            });
            let entities = crate::extract::entities::extract(&versions);
            let mut quotes = crate::extract::quotes::extract(&versions, &entities);
            crate::extract::quotes::trimmed_parts(&versions, &entities, &mut quotes);
            let provenance = crate::compare::provenance::detect(&versions);
            let aligned = aligning.join().expect("alignment does not panic");
            (aligned, (entities, quotes), provenance)
        });
    lap("align+extract");
    crate::compare::quotes::group(&mut quotes, &versions, &alignment);
    lap("groups");
    for (v, linked, total) in links.off_story(versions.len()) {
        let note = if versions.len() == 2 {
            format!(
                "{OFF_STORY_NOTE} {} ({linked} of its {total} sentences state something the other says): the two may be different stories",
                versions[1 - v].path
            )
        } else {
            format!(
                "{OFF_STORY_NOTE} the other versions ({linked} of its {total} sentences state something another says): it is probably a different story"
            )
        };
        versions[v].notes.push(note);
    }
    // Words are compared against the longest version that tells the story
    // (a long page about something else makes a poor base).
    let base = opts
        .base
        .filter(|b| *b < versions.len())
        .unwrap_or_else(|| {
            versions
                .iter()
                .enumerate()
                .filter(|(_, v)| !v.off_story())
                .max_by_key(|(i, v)| (v.word_count, std::cmp::Reverse(*i)))
                .map_or_else(|| crate::align::default_base(&versions), |(i, _)| i)
        });
    let framing = crate::compare::framing::detect(
        &versions,
        &alignment,
        &quotes,
        &entities,
        &figures,
        &provenance.families,
        &links.links,
    );
    lap("framing");
    Comparison {
        format: FORMAT.to_string(),
        generator: Comparison::generator(),
        settings: Settings {
            raw: opts.raw,
            base,
        },
        versions,
        alignment,
        quotes,
        figures,
        entities,
        framing,
        provenance,
        links: links.links,
        warnings,
    }
}
