//! Cleaning: every block a reader extracted is kept (as body, heading,
//! caption, block quote or byline) or set aside with its reason. Repeated
//! lines are kept once as captions, menus and site furniture go to `removed`,
//! "Updated: …" lines give the date, "By …" lines the authors, and the
//! headline of a plain-text file is found. Nothing is dropped silently.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::rx::Regex;

use super::{Block, Hint, IngestOptions, RawDoc, collapse_ws, dates, text::starts_with_bullet};
use crate::model::{ParagraphKind, RemovalReason, Removed};

/// The cleaned document: kept blocks with their kind, and what was set aside.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub blocks: Vec<(ParagraphKind, String)>,
    pub removed: Vec<Removed>,
    pub notes: Vec<String>,
}

struct Rule {
    reason: RemovalReason,
    /// Matched against the text's bytes (see [`byte_mode`]).
    re: crate::rx::BytesRegex,
}

impl Rule {
    fn is_match(&self, text: &str) -> bool {
        self.re.is_match(text.as_bytes())
    }
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    include_str!("../../assets/lexicons/boilerplate.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (reason, pattern) = l.split_once('\t')?;
            let reason = match reason.trim() {
                "boilerplate" => RemovalReason::Boilerplate,
                "related" => RemovalReason::Related,
                "share" => RemovalReason::Share,
                "newsletter" => RemovalReason::Newsletter,
                "cookie" => RemovalReason::Cookie,
                "footer" => RemovalReason::Footer,
                "navigation" => RemovalReason::Navigation,
                "credit" => RemovalReason::Credit,
                "timestamp" => RemovalReason::Timestamp,
                _ => return None,
            };
            // The rules ship with the program: one that does not compile
            // is a bug to fail on, not a rule to drop unseen.
            let re = crate::rx::BytesRegex::new(&format!("(?i){}", byte_mode(pattern.trim())))
                .unwrap_or_else(|e| panic!("boilerplate rule {pattern:?} does not compile: {e}"));
            Some(Rule { reason, re })
        })
        .collect()
});

/// A rule in ASCII mode, matched on bytes: `\w`, `\b`, `\s`, `\d`, `.` and
/// case folding are their ASCII forms, so a bound such as `.{0,200}` counts
/// bytes. The rules are English furniture words and short lines; Unicode
/// forms made compiling them a third of the time a small page takes (and
/// `.{0,200}` in Unicode is two hundred copies of a UTF-8 decoder). A
/// character class or a literal beyond ASCII (`[»›]`, `•`) stays Unicode.
/// A multi-byte character counts as several bytes against a bound, so a
/// line of non-Latin text meets a rule's length bound sooner: it is kept.
fn byte_mode(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    out.push_str("(?-u)");
    let cs: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        match cs[i] {
            '\\' if i + 1 < cs.len() => {
                out.push('\\');
                out.push(cs[i + 1]);
                i += 2;
            }
            '[' => {
                // The whole class, `[^]…]` and escapes included.
                let mut j = i + 1;
                if cs.get(j) == Some(&'^') {
                    j += 1;
                }
                if cs.get(j) == Some(&']') {
                    j += 1;
                }
                while j < cs.len() && cs[j] != ']' {
                    j += if cs[j] == '\\' { 2 } else { 1 };
                }
                let class: String = cs[i..=j.min(cs.len() - 1)].iter().collect();
                if class.is_ascii() {
                    out.push_str(&class);
                } else {
                    out.push_str("(?u:");
                    out.push_str(&class);
                    out.push(')');
                }
                i = j + 1;
            }
            c if !c.is_ascii() => {
                out.push_str("(?u:");
                out.push(c);
                out.push(')');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The publication a masthead line names: "The Weekly Note · Issue 12 ·
/// Friday 7 March 2025", "Morning Ledger | No. 88 | 3 May 2024" (newsletters
/// and e-papers print their name beside the issue and date). The name is the
/// first part, when another part is an issue number and the name itself
/// reads as one: a few capitalised words, no digits, no date.
fn masthead_name(line: &str) -> Option<String> {
    let parts: Vec<&str> = line
        .split(PART_MARKS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let issue = |p: &str| {
        let mut ws = p.split_whitespace();
        let first = ws.next().unwrap_or("").trim_end_matches('.').to_lowercase();
        matches!(
            first.as_str(),
            "issue" | "no" | "number" | "vol" | "volume" | "edition" | "episode" | "#"
        ) && ws.next().is_some_and(|n| {
            n.trim_start_matches('#')
                .starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let name = parts[0];
    (publication_name(name) && parts[1..].iter().any(|p| issue(p))).then(|| name.to_string())
}

/// Whether a part of a masthead reads as a publication's name: a few
/// capitalised words ("The Weekly Note", "HARBOUR LEDGER"), no digits, no
/// date.
fn publication_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && name.chars().count() <= 60
        && !name.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "the" | "and" | "&" | "on" | "for")
        })
        && dates::parse(name).is_none()
}

/// Compile the cleaning rules ahead of need (a warm-up thread calls this
/// while the first page is still being parsed: the rules are a third of the
/// time a single page takes).
pub fn warm() {
    LazyLock::force(&RULES);
    LazyLock::force(&BYLINE);
    LazyLock::force(&TIMESTAMP);
    LazyLock::force(&CREDIT_TAIL);
    LazyLock::force(&AGENCY_FIRST_CREDIT);
    LazyLock::force(&LANGUAGES);
}

static LANGUAGES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("../../assets/lexicons/languages.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.trim().to_lowercase())
        .collect()
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:By|BY|Written by|Words by|Reporting by|Report by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)")
        .expect("valid regex")
});
/// A byline that names a desk or a rank of reporter, not a person, as
/// South Asian, African and British papers print them ("Staff Reporter",
/// "Our Correspondent", "Sentinel Report", "Star Online Report", "Web
/// Desk").
static DESK_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:(?:Staff|Our|Special|Senior|Own|City|District|Diplomatic|Political|Business|Sports|Foreign)\s+)(?:Reporter|Correspondent|Writer)s?|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Report|Desk)|(?:News|Online|Web|Digital|Metro|City|Foreign)\s+Desk)$")
        .expect("valid regex")
});
/// A social post's media link or short link, as an embed prints them.
static EMBED_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:https?://)?(?:pic\.twitter\.com|t\.co)/[A-Za-z0-9]+$").expect("valid regex")
});
/// A wire's staff credit at the foot of a story: "(Reporting by Ann Lee in
/// Oslo and Tom Reyes; Editing by Jo Park)". It is the story's byline, put
/// last: the people it names are kept.
static STAFF_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research)(?:\s+and\s+(?:reporting|writing|editing))?\s+by)\s+\p{Lu}")
        .expect("valid regex")
});
/// A credit line: a person's name of two or three words, "for" and a
/// paper's name opened by "The" ("Ann Lee for The Washington Post").
static FOR_THE_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:photo|photograph|picture|image)(?:\s+by)?:?\s+)?(?P<name>(?P<given>\p{Lu}[\p{L}'’.-]+)\s+(?:\p{Lu}[\p{L}'’.-]+\s+)?\p{Lu}[\p{L}'’.-]+)\s+for\s+The\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*$")
        .expect("valid regex")
});

/// The name a credit line ([`FOR_THE_PAPER`]) gives, when it opens on a
/// given name: one the lexicon lists, or a word the table of meaning reads
/// as a name or does not hold (a rare name); not a common word ("Big Win
/// for The Giants" is a headline).
fn paper_credit_name(text: &str) -> Option<&str> {
    if word_count(text) > 10 {
        return None;
    }
    let c = FOR_THE_PAPER.captures(text.trim())?;
    let given = c.name("given")?.as_str();
    let lex = &crate::extract::lexicon::LEXICON;
    let folded = crate::text::fold(given);
    (lex.first_names.contains(&folded)
        || (!lex.common_caps.contains(folded.as_str())
            && crate::link::meaning::Table::get()
                .and_then(|t| t.name_likeness(given))
                .is_none_or(|l| l > 0.0)))
    .then(|| c.name("name").map(|m| m.as_str()))
    .flatten()
}

/// Whether a line is a credit for a paper ([`paper_credit_name`]).
fn credit_for_paper(text: &str) -> bool {
    paper_credit_name(text).is_some()
}
/// The marks that set apart the short parts of a page's line (a stamp, a
/// writer's line, a menu): "Ann Lee · 8 April 2025", "Home | World".
const PART_MARKS: [char; 3] = ['·', '|', '•'];

/// A contributor's note: "… contributed to this report.", "… contributed
/// reporting."
static CONTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?\.?$",
    )
    .expect("valid contributor pattern")
});
/// A wire writer's note at the foot of a story: "Associated Press writer
/// Ann Lee reported from Tollmouth.", "Reuters correspondents Ann Lee and
/// Tom Reyes wrote from Geneva."
static REPORTED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    // (Unbounded repeats: a bounded repeat of a Unicode class copies its
    // automaton once per count. The paragraph is short already.)
    Regex::new(r"^(?:\p{Lu}\S*\s+)+(?:staff\s+)?(?:writer|writers|reporter|reporters|correspondent|correspondents|journalist|journalists)\s+(?:\p{Lu}\S*\s+)+(?:and\s+(?:\p{Lu}\S*\s+)+)?(?:reported|wrote|contributed)\s+(?:from|in)\s+\p{Lu}[^.!?]*\.?$")
        .expect("valid writer's note pattern")
});
/// A writer's beat at the foot of a story, one sentence: "Jibril covers
/// Somalia and the Horn of Africa for The Associated Press.", "Ann Lee
/// reports on energy for the Courier."
static BEAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:covers|reports on|writes about|is a (?:reporter|correspondent|writer) (?:covering|for))\s[^.!?]{2,100}\sfor\s+(?:the\s+)?\p{Lu}[^.!?]{0,40}\b(?:Press|News|Post|Times|Reuters|AFP|Journal|Herald|Gazette|Tribune|Courier|Chronicle|Telegraph|Guardian|Standard|Mail|Express|Star|Sun|Observer|Daily|Agency|Service|Wire|Media|Bureau|Magazine|Review|Today|Record|Independent|Nation|Insider|Brief)\b[^.!?]{0,30}\.$")
        .expect("valid beat pattern")
});
/// A writer's note that ends on where to reach them: "Sara Lind covers
/// the county for the Courier. Reach her at slind@…", "Email him at …".
static REACH_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:reach|contact|email|e-mail|write to|follow) (?:her|him|them|me|the author|the writer|the reporter) (?:at|on|via)\s+\S+@[a-z0-9-]+(?:\.[a-z0-9-]+)+\W*$")
        .expect("valid writer's address pattern")
});
/// A date label opening a line ("Updated:", "Published on", "date").
const DATE_LABEL: &str = r"(?i)^(?:(?:last\s+)?(?:updated|published|first published|posted|modified|date|dated|created)(?:\s+on)?\s*[:|\-–—]?\s*|as of\s*:\s*)";
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| Regex::new(DATE_LABEL).expect("valid regex"));
static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[.!?)”’]\s*|\s[-–—|/]\s*|\(\s*|\b(?:Photo|Photograph|Picture|Image|Credit)s?:\s*)(?:(?P<by>[\p{Lu}][\p{L}.' -]*)\s?/\s?|[\p{Lu}][\p{L}.'/ -]{0,60}?\s+via\s+)?(?:AFP|Reuters|AP|AP Photo|EPA(?:-EFE)?|Getty Images|Getty|Bloomberg|PA(?: Media| Wire)?|AAP|Xinhua|Anadolu(?: Agency)?|Shutterstock|Alamy|dpa|ANSA|Kyodo|Sipa|Polaris|REUTERS|KYODO|XINHUA|(?i:the associated press|associated press))(?:-(?:EFE|JIJI|AFX|KYODO|XINHUA|YONHAP|ANSA|AFP|DPA))?(?:\s+via\s+Getty\s+Images)?\)?\s*$")
        .expect("valid regex")
});
/// A caption's closing credit with the agency first and the photographer
/// after it, as wires print them: "… March 12, 2025. REUTERS/Ann
/// Lee/File Photo", "… on Monday. (AP Photo/Michel Euler)", and the
/// licensing button a copied Reuters page leaves after it.
static AGENCY_FIRST_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.!?)”’]\s+\(?(?:REUTERS|Reuters|AP Photo|AP|AFP|EPA-EFE|EPA|ANADOLU|Xinhua|XINHUA)\s?/\s?[\p{Lu}][\p{L}.' -]{1,40}(?:/\s?(?:File Photo|File|Pool|Handout|Illustration|Photo Illustration))?\)?(?:\s+Purchase Licensing Rights)?\s*$")
        .expect("valid regex")
});
/// A picture's credit in capitals before its caption, as AFP writes it and
/// pages glue it on: "HANDOUT / OCEANGATE EXPEDITIONS / AFPThe Titan
/// submersible …", "STR / AFP Rescuers search …".
static AGENCY_LEAD_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Lu}[\p{Lu}.'&-]*(?: \p{Lu}[\p{Lu}.'&-]*)*\s?/\s?)+(?:AFP|AP|REUTERS|EPA|EPA-EFE|ANADOLU|XINHUA|DPA|ANSA|POOL)")
        .expect("valid regex")
});
/// How wire captions open ("This undated photo provided by the Fire Company
/// shows …", "In this image taken from video …", "This handout picture
/// released by …"), at the start or glued to a slug before it ("Trump
/// Shooter VictimThis undated photo …").
static CAPTION_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\p{Ll})(?:This|In this)(?: undated| handout| file| frame grab from| still)? (?:photo|image|picture|photograph|video image|image taken from (?:a )?video)s? (?:provided|released|made available|taken|obtained|shared|posted)\b")
        .expect("valid regex")
});
/// An agency's credit glued to the caption's last word, as a page copied
/// without its markup leaves it: "… Management Authority in AnkaraReuters".
static GLUED_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\p{Ll}(?:Reuters|REUTERS|AFP|Getty Images|AP Photo|EPA-EFE|Xinhua|Anadolu Agency)$",
    )
    .expect("valid regex")
});
/// A caption that tells what its picture shows ("The picture shows a street
/// in Hatay, devastated after the earthquake."): one sentence, no one's
/// words (not "The photo shows the suspect …, police said").
fn picture_shows(text: &str) -> bool {
    static SHOWS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:The|This) (?:picture|photo|image|photograph) (?:shows|showed) ")
            .expect("valid regex")
    });
    SHOWS.is_match(text)
        && word_count(text) <= 40
        && !two_sentences(text.trim())
        && !reports_speech(text)
}

/// A caption that places a person in its picture after the full name
/// ("German Chancellor Olaf Scholz, left, lays down flowers", "Ann Lee,
/// second right, and Ivo Brandt, centre, at the hearing"), as wire photo
/// captions do: one sentence, no one's words (not "Yes, right, that was
/// the plan", nor a party "far right").
fn placed_in_picture(text: &str) -> bool {
    static PLACED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+, (?:(?:second|third|front|back|top|bottom) )?(?:left|right|center|centre)(?: to right)?, \p{Ll}")
            .expect("valid regex")
    });
    PLACED.is_match(text)
        && word_count(text) <= 50
        && !two_sentences(text.trim())
        && !reports_speech(text)
}

/// A caption closed by its source on a platform in brackets: "… during a
/// rally in Butler. (Right Side Broadcasting Network/YouTube)", "(Ann Lee/X)".
static PLATFORM_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\p{Lu}[\p{L}.'& -]*/(?:YouTube|X|Twitter|Facebook|Instagram|TikTok|Telegram|Handout|Pool)\)$")
        .expect("valid regex")
});
/// A picture's credit in parentheses glued to its caption's end, as many UK
/// regional and national sites print it: "Emergency services at the
/// scene(Image: Liverpool Echo)", "… on Sunday (Photo: Reuters)", "… in
/// Mandalay. (AP Photo: Ann Lee)".
static GLUED_IMAGE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:\p{Lu}[\p{L}.&]*\s)*(?i:image|images|photo|photos|picture|pic|credit)\s?:\s*[^()]+\)\s*$")
        .expect("valid regex")
});
/// A label for screen readers alone on its line: "Image caption,",
/// "Media caption," (see the pass in [`clean`]).
static SCREEN_READER_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:Image|Media|Video|Audio) caption,?$").expect("valid regex"));
/// A picture's credit for screen readers glued to its description's end:
/// "… helped out of the capsuleImage source, NASA".
static GLUED_IMAGE_SOURCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:Image|Video) source, [^.!?]{1,80}$").expect("valid regex"));
/// A caption's label in capitals before a colon: "KILLED: …", "PICTURED:
/// …".
static CAPS_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}{3,}(?: \p{Lu}+)?: \S").expect("valid regex"));
/// A player's notice on the browser: "Please use Chrome browser for a
/// more accessible video player".
static PLAYER_NOTICE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bbrowser\b.*\b(?:video )?player\b").expect("valid regex"));
/// A clip's running time under its label: "Duration 2:05", "Duration:
/// 1:02:10".
static DURATION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:duration):?\s*\d{1,2}(?::\d{2}){1,2}$").expect("valid regex")
});
/// The day a picture was taken, as wire captions date it after the place
/// with the weekday and the year ("… near Noto town, northwest of Tokyo,
/// Tuesday, Jan. 2, 2024, following…"): story text says "on Tuesday", and
/// seldom gives the year of this week's news. (What stands before the
/// weekday is read by [`dated_like_a_caption`].)
static CAPTION_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:,|\b(?P<word>\p{L}+)) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b")
        .expect("valid regex")
});

/// Whether a paragraph dates a picture as wire captions do ([`CAPTION_DATE`]),
/// not at its opening (a date stamp glued before a story: "Monday,
/// September 30, 2024 RALEIGH, N.C. —").
///
/// The weekday follows a place the lexicon knows, with or without a comma
/// ("…, Zaporizhzhia region, Ukraine, Saturday, June 24, 2023", "…,
/// Japan Tuesday, Jan. 2, 2024"); after another word it is the story's
/// own date ("Election Day, Tuesday, Nov. 5, 2024", "was arrested
/// Saturday, Dec. 30, 2023"). A paragraph that reports speech is the
/// story's too.
fn dated_like_a_caption(plain: &str) -> bool {
    CAPTION_DATE.captures_iter(plain).any(|c| {
        // The one or two words before the weekday, a comma dropped.
        let end = c
            .name("word")
            .map_or_else(|| c.get(0).map_or(0, |m| m.start()), |w| w.end());
        let before = plain[..end].trim_end_matches([',', ' ']);
        let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
        let place = |w: &str| {
            crate::extract::lexicon::LEXICON
                .known(w.trim_matches(|c: char| !c.is_alphanumeric()))
                .is_some_and(|k| k.kind == crate::model::EntityKind::Place)
        };
        words.first().is_some_and(|w| place(w))
            || (words.len() == 2 && place(&format!("{} {}", words[1], words[0])))
    }) && !reports_speech(plain)
}

/// A caption's credit in capitals in brackets at its end, as Korean and
/// other Asian dailies print it: "… in central Seoul. [SCREEN CAPTURE]",
/// "Party leader Han Min-ji [YONHAP]".
static BRACKET_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s\[(\p{Lu}[\p{Lu}0-9.&'’ /-]{2,}\p{Lu})\]$").expect("valid regex")
});

/// Whether a paragraph ends on a credit in brackets ([`BRACKET_CREDIT`]),
/// not on a transcript's or a live page's stage direction ("Thank you
/// all. [APPLAUSE]", "[INAUDIBLE]", "[VIDEO]").
fn bracket_credit(plain: &str) -> bool {
    // A whole bracket that is a direction, of words a credit may hold
    // ("[YONHAP PHOTO]" is a credit, "[PHOTO]" alone is none).
    const DIRECTIONS: &[&str] = &[
        "PAUSE",
        "END",
        "UPDATE",
        "UPDATED",
        "THREAD",
        "PHOTO",
        "PHOTOS",
        "COMMERCIAL BREAK",
    ];
    // (Any bracket holding a direction's word, or a word that opens with
    // a long one's stem: "[CHEERS AND APPLAUSE]", "[SPEAKING SPANISH]",
    // "[END VIDEOTAPE]", "[OFF-MIC]"; not "[SCREEN CAPTURE FROM
    // FACEBOOK]" nor "[MICHAEL LEE]".)
    const DIRECTION_WORDS: &[&str] = &[
        "APPLAUS",
        "LAUGH",
        "CHEER",
        "BOOING",
        "BOOS",
        "SIGHS",
        "SPEAKING",
        "LANGUAGE",
        "VIDEO",
        "AUDIO",
        "MUSIC",
        "INAUDIBLE",
        "INDISCERN",
        "CROSSTALK",
        "MIC",
        "UNINTELLIGIBLE",
        "SILENCE",
    ];
    BRACKET_CREDIT.captures(plain.trim_end()).is_some_and(|c| {
        !DIRECTIONS.contains(&&c[1])
            && !c[1].split(|ch: char| !ch.is_alphabetic()).any(|word| {
                DIRECTION_WORDS
                    .iter()
                    .any(|w| word == *w || (w.len() >= 5 && word.starts_with(w)))
            })
    }) && !reports_speech(plain)
}

/// Whether a paragraph reports someone's words ("… police said",
/// "according to"): a story's, not a caption's (a caption may say what
/// was "announced").
fn reports_speech(text: &str) -> bool {
    static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:said|says|told|tells|according to)\b").expect("valid regex")
    });
    SPEECH.is_match(text)
}
/// A caption's closing credit label with any name after it: "… this
/// morning. Picture: Gazette", "… Photograph: Jack Morrow/Daily Courier".
static CREDIT_LABEL_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.!?)”’]\s+(?:/\s*)?(?:Photo|Photograph|Photographer|Picture|Pic|Image|Photo credit)s?(?:\s?:|\s+by)\s*[\p{Lu}0-9][\p{L}0-9.'&/@_ -]+$")
        .expect("valid regex")
});
/// A gallery's marker before a photo's caption: "[2/5] …", "[Image] …",
/// "Photo 3 of 8: …".
static PHOTO_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^\s*(?:\[\s*\d{{1,2}}\s*(?:/|of)\s*\d{{1,2}}\s*\]|\[(?:image|photo|picture|video|gallery)\]|(?:photo|image|picture|slide)\s+\d{{1,2}}\s*(?:/|of)\s*\d{{1,2}}\s*[:.\-–—]?|{GALLERY_COUNT})\s*"))
        .expect("valid regex")
});
/// A gallery's count with its mark, opening a photo's caption: "1 of 4 |
/// A woman carries…", "3 of 12: Rescuers…" (not "12 of 15 passengers").
pub(super) const GALLERY_COUNT: &str = r"\d{1,2}\s+of\s+\d{1,2}\s*[|:·]";
/// A date label and a date in figures opening a paragraph, the story
/// glued after it: "date 2025-09-10 Danish…", "Published: 10/09/2025 The…".
static GLUED_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{DATE_LABEL}[0-9]{{1,4}}[/.-][0-9]{{1,2}}[/.-][0-9]{{1,4}}(?:[T ,]\s*[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?(?:\s*[ap]\.?m\.?)?)?\s+"
    ))
    .expect("valid glued stamp pattern")
});

/// A date stamp glued to the start of a paragraph, and the text after it
/// (which must read as a sentence: a capital letter, and more than a few
/// words).
fn peel_stamp(text: &str) -> Option<(String, String)> {
    let m = GLUED_STAMP.find(text)?;
    let rest = &text[m.end()..];
    (rest.starts_with(|c: char| c.is_uppercase()) && word_count(rest) >= 6)
        .then(|| (text[..m.end()].trim().to_string(), rest.to_string()))
}

/// The label of an advertisement set in a page's text.
static AD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    // (With the rules of dashes that set it apart, and as the note that
    // the story goes on past the advertisement: "- - - Story continues
    // below advertisement - - -".)
    Regex::new(r"(?i)^[-–—_*=\s]*(?:story continues (?:below|after)(?: this)? (?:advertisement|ad)|advertisement|advertising|advert|ad|sponsored)[-–—_*=\s]*$")
        .expect("valid ad label pattern")
});
/// An advertiser's offer: a price cut, a phone number, a call to buy.
static AD_COPY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\b\d{1,3}\s?% off\b|\b(book|call|order|shop|buy) (now|today|online)\b|\b0\d{2,4}[ -]\d{3}[ -]\d{3,4}\b|\bfree (delivery|shipping|trial|quote)\b|\b\d+(?:\.\d+)?\s?% (?:apr|financing)\b|\bvisit us (?:at|on|in|today)\b|\bon select models\b|(?:^|[.!]\s+)(?:book|request|schedule|get) a (?:free )?(?:demo|quote|consultation)(?: today| now)?\W*$)")
        .expect("valid ad copy pattern")
});

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}((,?\s+|\s+[-–|]\s+|T)[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?(\.[0-9]+)?(\s*[ap]\.?m\.?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$")
        .expect("valid numeric date pattern")
});
static SEPARATED_META: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s[·•|]\s").expect("valid regex"));
static BREADCRUMB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s[>›»/]\s").expect("valid regex"));
/// The owner a copyright line names ("© 2025 Harbour Notes. All rights
/// reserved."), its legal form left out ("©2025 Bloomberg L.P.", "© 2025
/// Carrier Business Review Ltd.").
static COPYRIGHT_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:[0-9]{4}\s*(?:[-–]\s*[0-9]{4}\s*)?)?([\p{Lu}][\p{L}&' .-]+?)(?:,?\s+(?:L\.P|L\.L\.C|LLC|Inc|Ltd|Co|S\.A|N\.V|plc|PLC|GmbH|AG))?(?:\s+[0-9]{4})?(?:\.|,|\s+all rights|\s*$)")
        .expect("valid regex")
});

/// A footer that names its outlet: "Harbour Notes is an independent
/// newsroom", "The Tribune is a nonprofit, nonpartisan media organization".
static SELF_DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*((?:The\s+)?\p{Lu}[\p{L}&'.-]*(?:\s+\p{Lu}[\p{L}&'.-]*){0,4})\s+is\s+an?\s+(?:[\p{L},-]+\s+){0,4}?(?:newsroom|news\s+(?:site|service|outlet|agency|organi[sz]ation|website)|media\s+organi[sz]ation|publication|newspaper|magazine)\b")
        .expect("valid regex")
});

/// Lines after the headline within which a second print of it closes the
/// page's top.
const PAGE_TOP: usize = 6;
/// A caption's label before it: "Caption", "Photo caption:", "Image
/// caption", AFP's mark on its picks of the day ("TOPSHOT - Rescuers
/// search …"), Reuters' on a picture from its archive ("FILE PHOTO: …"),
/// and an agency's name before its picture's caption when the caption
/// names the agency or the handout again ("Reuters: The shells of burned
/// houses … /Handout via REUTERS"); and where a picture stands on the
/// page ("Top: An aerial view of…", "Above: Relatives wait…").
static CAPTION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:(?:Photo|Image|Picture) )?(?:[Cc]aption)(?::\s*|\s+)\p{Lu}|(?:Top|Bottom|Above|Left|Right|Inset|Pictured|Main image|Main picture|Top image):\s*\S|TOPSHOT\s*[-–—:]\s*\S|FILE PHOTO:\s*\S|(?:Reuters|AP|AFP|Getty Images|The Canadian Press|EPA):\s+\p{Lu}.*\b(?:Handout|via|REUTERS|Reuters|AP Photo|AFP)\b)",
    )
    .expect("valid regex")
});
/// A credit line that signs the story, not a photo: "Reporting by …",
/// "Editing by …", "Compiled by …".
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(reporting|writing|editing|edited|compiled|research|contributed|contributing|translated|translation|additional|written)\b")
        .expect("valid regex")
});

/// What cleaning decides for one block.
#[derive(Debug, Clone, PartialEq)]
enum Decision {
    Keep(ParagraphKind),
    Remove(RemovalReason),
}

/// Clean a document. In raw mode every block is a body paragraph.
pub fn clean(raw: RawDoc, opts: IngestOptions) -> Cleaned {
    let mut out = Cleaned {
        title: raw.title.map(|t| collapse_ws(&t)).filter(|t| !t.is_empty()),
        outlet: raw.outlet,
        published: raw.published,
        authors: raw.authors,
        blocks: Vec::new(),
        removed: raw.removed,
        notes: raw.notes,
    };
    if opts.raw {
        out.blocks = raw
            .blocks
            .into_iter()
            .map(|b| (ParagraphKind::Body, b.text))
            .collect();
        return out;
    }

    let keys: Vec<String> = raw.blocks.iter().map(|b| key(&b.text)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for k in &keys {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let title_key = out.title.as_deref().map(key);
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut related_section = false;
    // Lines set aside under a related-links header: (header, line, what
    // the line was taken for before).
    let mut set_aside: Vec<(usize, usize, Decision)> = Vec::new();
    let mut header = 0;
    let mut teaser_only = false;
    let mut decisions: Vec<Decision> = Vec::with_capacity(raw.blocks.len());
    let mut timestamp_dates: Vec<(bool, String)> = Vec::new();
    // Whether a paragraph of the story's prose has been kept yet.
    let mut prose_kept = false;

    for (i, b) in raw.blocks.iter().enumerate() {
        let text = b.text.trim();
        let k = keys[i].as_str();
        let first_time = !seen.contains_key(k);
        if first_time {
            seen.insert(k, i);
        }
        let mut d = if k.is_empty() {
            Decision::Remove(RemovalReason::Boilerplate)
        } else if let Some(&first) = seen.get(k).filter(|_| !first_time) {
            // A repeat of furniture keeps the furniture's reason.
            match decisions[first] {
                Decision::Remove(r) if r != RemovalReason::Title => Decision::Remove(r),
                _ => Decision::Remove(RemovalReason::Duplicate),
            }
        } else if title_key.as_deref() == Some(k) {
            Decision::Remove(RemovalReason::Title)
        } else {
            classify(text, b.hint)
        };
        if let Decision::Remove(RemovalReason::Timestamp) = d {
            let lower = text.to_lowercase();
            if let Some(date) = dates::parse(text) {
                timestamp_dates.push((
                    lower.contains("updated") || lower.contains("modified"),
                    date,
                ));
            }
            if out.outlet.is_none() {
                out.outlet = masthead_name(text);
            }
            // A writer's line of short parts, the name first and the date
            // and reading time after it ("Ann Lee · 8 April 2025, 19:02 ·
            // 5 min read"): the name is the page's author.
            // (Not a bureau's letters, "ABN Gindarra · Posted …", nor a
            // title, "The Rate Sheet · Issue 214 · …".)
            if let Some((first, _)) = text.split_once(PART_MARKS)
                && !first.trim_start().starts_with("The ")
                && !first.chars().any(|c| c.is_ascii_digit())
                && !TIMESTAMP.is_match(first)
                && !first.split_whitespace().any(|w| {
                    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && !w.chars().any(char::is_lowercase)
                })
            {
                for a in authors_of(strip_emphasis(first).trim()) {
                    if !out.authors.contains(&a) {
                        out.authors.push(a);
                    }
                }
            }
        }
        // A related-links header sets aside the short link lines under it;
        // so does the label of a sponsored block ("Sponsored Content",
        // "Promoted Stories"), whose lines are advertisers' headlines.
        let sponsored_label =
            d == Decision::Remove(RemovalReason::Boilerplate) && word_count(text) <= 4 && {
                let l = text.to_lowercase();
                [
                    "sponsored",
                    "promoted",
                    "paid content",
                    "partner content",
                    "from our partners",
                ]
                .iter()
                .any(|w| l.contains(w))
            };
        // (A header, not a list of links set apart by bars: a menu or a
        // page's stamp does not open a list of other stories.)
        // (A teaser with its label, "LIVE: Bridge rail link crosses 10
        // million passengers", is an item of its own: only links and list
        // items under it are more of them, not the section label and the
        // headline of the page's own story.)
        // (Not a bare address, "https://…": a link, no list's header.)
        if (d == Decision::Remove(RemovalReason::Related) || sponsored_label)
            && is_short_label(text)
            && !text.contains(PART_MARKS)
            && !text.contains("://")
            && !text.starts_with("www.")
        {
            related_section = true;
            header = i;
            teaser_only = text
                .split_once(':')
                .is_some_and(|(_, rest)| word_count(rest) >= 3);
        } else if related_section {
            // (Copied as text, the list keeps its bullets: an item under
            // the header is a bulleted line of a headline's length.)
            // (A headline may ask: "Should Africa be worried about
            // earthquakes?")
            let bulleted = b.hint == Hint::Plain
                && starts_with_bullet(text)
                && word_count(text) <= 25
                && !text.ends_with(['.', '!']);
            // (A headline cut short by the list, "Army assumes command of
            // security as PM Oli resigns...", is an item too.)
            let cut_short =
                word_count(text) <= 15 && cut_short(text) && !text.contains(['"', '“', '”']);
            // (Copied without bullets, the list is a run of headlines
            // to the page's end or to more of them: lines of a
            // headline's length with no full stop, each followed by
            // another or by nothing; a sub-heading under the header is
            // followed by the story's prose.)
            // (The next line a headline of the list, not a stamp, a
            // byline or furniture; the last item of two or more may end
            // the page or come before its furniture.)
            // (Not a quotation's close nor a question: a story's
            // paragraph may end on one, "So who will pay?".)
            // (The next block read once, and only for a line that could
            // be an item.)
            let in_run = unstopped_headline(text) && {
                let next = raw
                    .blocks
                    .get(i + 1)
                    .map(|n| (n, classify(n.text.trim(), n.hint)));
                let headline_next = next.as_ref().is_some_and(|(n, d)| {
                    n.hint == Hint::Plain
                        && unstopped_headline(n.text.trim())
                        && *d == Decision::Keep(ParagraphKind::Body)
                        && !is_byline(n.text.trim())
                });
                let last_of_run = !text.ends_with(['"', '”', '’', '\'', '?'])
                    && !reports_speech(text)
                    && set_aside
                        .last()
                        .is_some_and(|&(h, j, _)| h == header && j + 1 == i)
                    && next
                        .as_ref()
                        .is_none_or(|(_, d)| matches!(d, Decision::Remove(_)));
                headline_next || last_of_run
            };
            let linkish = matches!(b.hint, Hint::LinkOnly | Hint::ListItem)
                || ((is_short_label(text) || bulleted || cut_short || in_run)
                    && b.hint == Hint::Plain
                    && !teaser_only);
            // Above the story, a writer's byline opens it: the byline and
            // the headline right over it end a list of links that stands
            // at the page's top ("Trending" / "World News" / headline /
            // "By Ann Lee").
            // (The story's prose right under the byline: a teaser's own
            // byline in a list is followed by the next teaser.)
            let prose_at = |k: usize| {
                raw.blocks
                    .get(k)
                    .is_some_and(|n| prose(n.text.trim()) || word_count(&n.text) >= 12)
            };
            let byline_at = |k: usize| {
                raw.blocks
                    .get(k)
                    .is_some_and(|n| n.hint == Hint::Plain && is_byline(n.text.trim()))
            };
            // (Nor in a list whose items carry their own bylines: one set
            // aside already under this header.)
            let opens_story = b.hint == Hint::Plain
                && !prose_kept
                && ((is_byline(text) && prose_at(i + 1)) || (byline_at(i + 1) && prose_at(i + 2)))
                && !set_aside
                    .iter()
                    .any(|&(h, j, _)| h == header && is_byline(raw.blocks[j].text.trim()));
            // (A teaser carries its picture: a caption right under a short
            // pointer, "Read more" / "FILE PHOTO: …" / the headline, is the
            // teaser's and leaves the list open, when one headline follows
            // it and then the story's prose, a stopped paragraph of twelve
            // words or more: not a blog's own picture and lines.)
            let teaser_picture = i == header + 1
                && d == Decision::Keep(ParagraphKind::Caption)
                && word_count(raw.blocks[header].text.trim()) <= 3
                && raw
                    .blocks
                    .get(i + 1)
                    .is_some_and(|n| unstopped_headline(n.text.trim()))
                && raw.blocks.get(i + 2).is_some_and(|n| {
                    let t = n.text.trim();
                    word_count(t) >= 12 && t.ends_with(['.', '!', '?', '"', '”'])
                });
            if opens_story {
                related_section = false;
            } else if (linkish || teaser_picture) && matches!(d, Decision::Keep(_)) {
                set_aside.push((header, i, d.clone()));
                d = Decision::Remove(RemovalReason::Related);
            } else if matches!(d, Decision::Keep(_)) {
                related_section = false;
            }
        }
        let repeated = counts.get(k).copied().unwrap_or(0) > 1;
        if repeated
            && matches!(
                d,
                Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
            )
            && word_count(text) <= 4
            && !text.ends_with(['.', '!', '?', '"', '”', '’'])
        {
            // A label of a few words printed again and again through the
            // page ("Article continued below", "Story continues"): the
            // page's furniture, not a caption or a sub-heading, which a
            // story prints once.
            d = Decision::Remove(RemovalReason::Boilerplate);
        } else if d == Decision::Keep(ParagraphKind::Body) && repeated && word_count(text) <= 80 {
            d = Decision::Keep(ParagraphKind::Caption);
        }
        prose_kept |= d == Decision::Keep(ParagraphKind::Body) && prose(text);
        decisions.push(d);
    }

    // A section's label at the page's top ("Latest News") over one line
    // and then the story's prose: the line is the headline, not the first
    // of a list of links.
    if let Some(&(h, j, ref was)) = set_aside.first()
        && set_aside.iter().filter(|t| t.0 == h).count() == 1
        && !decisions[..h]
            .iter()
            .any(|d| matches!(d, Decision::Keep(_)))
        && (j + 1..raw.blocks.len())
            .find(|&k| matches!(decisions[k], Decision::Keep(_)))
            .is_some_and(|k| {
                decisions[k] == Decision::Keep(ParagraphKind::Body) && prose(&raw.blocks[k].text)
            })
    {
        decisions[j] = was.clone();
    }
    drop_repeated_text(&raw.blocks, &mut decisions);
    teaser_cards(&raw.blocks, &mut decisions);
    // The advertiser's copy right under an "Advertisement" label, when it
    // reads as an offer: short, with a price cut, a phone number or a call
    // to buy ("Spring service offer, 20% off labour. Book now on 041 555
    // 019."). A story's paragraph after the label has none of these.
    for i in 1..raw.blocks.len() {
        if decisions[i] == Decision::Keep(ParagraphKind::Body)
            && decisions[i - 1] == Decision::Remove(RemovalReason::Boilerplate)
            && AD_LABEL.is_match(strip_emphasis(&raw.blocks[i - 1].text).trim())
            // (After "story continues below advertisement" the story may
            // go on at once: there the copy must read as an advertiser's,
            // a trader's name before a colon or a call with "!".)
            && (!raw.blocks[i - 1].text.to_lowercase().contains("continues")
                || raw.blocks[i].text.contains('!')
                || raw.blocks[i]
                    .text
                    .split_once(':')
                    .is_some_and(|(name, _)| reads_as_name(name.trim())))
            && word_count(&raw.blocks[i].text) <= 30
            && AD_COPY.is_match(&raw.blocks[i].text)
        {
            decisions[i] = Decision::Remove(RemovalReason::Boilerplate);
        }
    }
    // A newsletter's box: its name above, its form below, and between
    // them the short blurb that sells it ("Get the Daily Briefing" / "The
    // five stories you need before 8am. Free, every weekday." / "[ Your
    // email ] [ Sign up ]").
    for i in 1..raw.blocks.len().saturating_sub(1) {
        // (The name a short line with no sentence's stop, the form a short
        // line too; the blurb quotes no one.)
        let (name, blurb, form) = (
            raw.blocks[i - 1].text.trim(),
            &raw.blocks[i].text,
            raw.blocks[i + 1].text.trim(),
        );
        if decisions[i] == Decision::Keep(ParagraphKind::Body)
            && decisions[i - 1] == Decision::Remove(RemovalReason::Newsletter)
            && decisions[i + 1] == Decision::Remove(RemovalReason::Newsletter)
            && word_count(name) <= 10
            && !name.contains(". ")
            && word_count(form) <= 12
            && word_count(blurb) <= 30
            && !blurb.contains(['"', '“', '”'])
        {
            decisions[i] = Decision::Remove(RemovalReason::Newsletter);
        }
    }
    // A reader-funding appeal printed as a box of lines: what stands
    // between two of its lines the rules know ("We need your help now" /
    // "You are visiting us because we have something you value. …" / "If
    // you've seen value in our reporting, please contribute …"), one or
    // two short lines that quote no one and count nothing, is the appeal's.
    for i in 1..raw.blocks.len() {
        if decisions[i - 1] != Decision::Remove(RemovalReason::Newsletter) {
            continue;
        }
        let run: Vec<usize> = (i..raw.blocks.len().min(i + 3))
            .take_while(|&j| decisions[j] == Decision::Keep(ParagraphKind::Body))
            .collect();
        let closes =
            |j: usize| decisions.get(j) == Some(&Decision::Remove(RemovalReason::Newsletter));
        // (Lines that speak to the reader, "you" and "us": a story's
        // paragraphs between two unrelated promotions stay.)
        if (1..=2).contains(&run.len())
            && closes(i + run.len())
            && run.iter().all(|&j| {
                let t = &raw.blocks[j].text;
                word_count(t) <= 60
                    && t.split(|c: char| !c.is_alphabetic()).any(|w| {
                        // (As written: "US" is a country.)
                        matches!(
                            w,
                            "you"
                                | "You"
                                | "your"
                                | "Your"
                                | "us"
                                | "Us"
                                | "our"
                                | "Our"
                                | "we"
                                | "We"
                        )
                    })
                    && !t.contains(['"', '“', '”'])
                    && !t.chars().any(|c| c.is_ascii_digit())
            })
        {
            for j in run {
                decisions[j] = Decision::Remove(RemovalReason::Newsletter);
            }
        }
    }
    // A photo's caption on its own line with its credit on the next ("Rescue
    // workers search a collapsed house on Saturday." / "AFP", "… stall" /
    // "Source: FL360aero"), the story going on below: the caption's. (Not
    // the story's last paragraph over a sign-off line, nor the page's first
    // line, its headline over the agency's credit.)
    // (Nor a headline-shaped line above the story's first prose: the
    // headline over the photo's credit.)
    let first_kept = decisions
        .iter()
        .position(|d| matches!(d, Decision::Keep(_)));
    let first_prose = first_prose(&raw.blocks, &decisions);
    // (Only the first such line is the headline: one under it, over its
    // own credit, opening on a label in capitals, is the lead picture's
    // caption, "KILLED: Ann Lee" / "Image: AFP".)
    let headline_at = (0..first_prose).find(|&k| {
        matches!(decisions[k], Decision::Keep(_))
            && headline_shape(raw.blocks[k].text.trim())
            && word_count(&raw.blocks[k].text) >= 4
    });
    for i in 0..raw.blocks.len().saturating_sub(2) {
        if Some(i) == first_kept
            || (i < first_prose
                && headline_shape(raw.blocks[i].text.trim())
                && (headline_at.is_none_or(|h| h >= i)
                    || !CAPS_LABEL.is_match(raw.blocks[i].text.trim())))
        {
            continue;
        }
        let t = raw.blocks[i].text.trim();
        let credit = strip_emphasis(raw.blocks[i + 1].text.trim());
        if matches!(
            decisions[i],
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
        ) && decisions[i + 1] == Decision::Remove(RemovalReason::Credit)
            && word_count(&credit) <= 10
            && !SIGN_OFF.is_match(&credit)
            && word_count(t) <= 60
            && !t.contains(['"', '“', '”'])
            // (A story's paragraph over a picture's bare credit is no
            // caption: a sentence of prose after prose stays the story.)
            && (!prose(t)
                || !(0..i).rev().find(|&k| matches!(decisions[k], Decision::Keep(_))).is_some_and(
                    |k| decisions[k] == Decision::Keep(ParagraphKind::Body) && prose(&raw.blocks[k].text),
                ))
            && (i + 2..raw.blocks.len()).any(|j| {
                decisions[j] == Decision::Keep(ParagraphKind::Body) && prose(&raw.blocks[j].text)
            })
        {
            decisions[i] = Decision::Keep(ParagraphKind::Caption);
        }
    }
    // Labels written for screen readers, left in the text when a page is
    // copied (the BBC's pages print them so): "Image caption," or "Media
    // caption," alone on its line labels the line below as the caption of
    // a picture or a clip; a line closed by "Image source, Getty Images"
    // is a picture's description with its credit glued on.
    for i in 0..raw.blocks.len() {
        let t = strip_emphasis(raw.blocks[i].text.trim());
        let caption_line = |d: &Decision, text: &str| {
            matches!(
                d,
                Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
            ) && word_count(text) <= 60
        };
        if SCREEN_READER_LABEL.is_match(&t) {
            decisions[i] = Decision::Remove(RemovalReason::Boilerplate);
            if let Some(next) = raw.blocks.get(i + 1)
                && caption_line(&decisions[i + 1], &next.text)
            {
                decisions[i + 1] = Decision::Keep(ParagraphKind::Caption);
            }
        } else if caption_line(&decisions[i], &t)
            && GLUED_IMAGE_SOURCE.find(&t).is_some_and(|m| m.start() > 0)
        {
            decisions[i] = Decision::Keep(ParagraphKind::Caption);
        }
    }
    // A clip's card beside the story: its title, then its age and its
    // running time under a label ("Rescues continue in flood zone" / "4
    // months ago" / "Duration 2:05"). The title is the clip's, not a
    // sub-heading of the story.
    for i in 1..raw.blocks.len() {
        if !DURATION_LABEL.is_match(strip_emphasis(raw.blocks[i].text.trim()).trim()) {
            continue;
        }
        decisions[i] = Decision::Remove(RemovalReason::Related);
        let mut j = i - 1;
        while j > 0 && decisions[j] == Decision::Remove(RemovalReason::Timestamp) && i - j < 3 {
            j -= 1;
        }
        let title = raw.blocks[j].text.trim();
        if matches!(
            decisions[j],
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
        ) && word_count(title) <= 15
            && !title.ends_with(['.', '!', '?', '"', '”'])
        {
            decisions[j] = Decision::Remove(RemovalReason::Related);
        }
    }
    // A video player's notice left where the player stood ("Please use
    // Chrome browser for a more accessible video player", "Your browser
    // does not support the video tag") and the clip's title under it: a
    // short line, no sentence, is the clip's, not a sub-heading.
    for i in 0..raw.blocks.len().saturating_sub(1) {
        let notice = strip_emphasis(raw.blocks[i].text.trim());
        if decisions[i] != Decision::Remove(RemovalReason::Boilerplate)
            || word_count(&notice) > 15
            || !PLAYER_NOTICE.is_match(&notice)
        {
            continue;
        }
        let title = raw.blocks[i + 1].text.trim();
        if matches!(
            decisions[i + 1],
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
        ) && word_count(title) <= 12
            && !title.ends_with(['.', '!', '?', '"', '”', ':'])
            && !title.contains(['"', '“', '”'])
        {
            decisions[i + 1] = Decision::Remove(RemovalReason::Related);
        }
    }
    // A newsletter's masthead: its first line, the name and a tagline
    // ("HARBOUR LEDGER — The weekly briefing on ports and shipping"), when
    // the page's own furniture names it again (its footer, its pitch).
    if let Some(i) = decisions
        .iter()
        .position(|d| matches!(d, Decision::Keep(_)))
    {
        let line = strip_emphasis(&raw.blocks[i].text);
        let named_again = |name: &str| {
            let name = name.to_lowercase();
            raw.blocks
                .iter()
                .zip(&decisions)
                .enumerate()
                .any(|(k, (b, d))| {
                    // (Named again by the page's footer or the newsletter's
                    // own lines, as a whole name: not by a menu or a link
                    // that shares a word.)
                    let text = b.text.to_lowercase();
                    k != i
                        && matches!(
                            d,
                            Decision::Remove(RemovalReason::Footer | RemovalReason::Newsletter)
                        )
                        && text.match_indices(&name).any(|(at, m)| {
                            !text[..at].ends_with(char::is_alphanumeric)
                                && !text[at + m.len()..].starts_with(char::is_alphanumeric)
                        })
                })
        };
        let split = line
            .split_once(" — ")
            .or_else(|| line.split_once(" – "))
            .or_else(|| line.split_once(PART_MARKS));
        // (A short line near the top that is no sentence: not a lede after
        // its dateline, "KYIV — Russia launched … overnight.")
        let top_line = i < 4 && !line.trim_end().ends_with(['.', '!', '?', '"', '”']);
        if let Some((name, tagline)) = split.filter(|_| top_line) {
            let (name, tagline) = (name.trim(), tagline.trim());
            if word_count(name) <= 5
                && publication_name(name)
                && (2..=14).contains(&word_count(tagline))
                && !tagline.contains(". ")
                && !tagline.contains(['"', '“', '”'])
                && named_again(name)
            {
                decisions[i] = Decision::Remove(RemovalReason::Newsletter);
            }
        }
    }
    // A teaser's title line goes with the teaser below it (a video's title
    // above "… 03:16", a headline above "Read more").
    for i in (0..raw.blocks.len().saturating_sub(1)).rev() {
        // (A video's title printed again in its teaser, "Boeing CEO
        // acknowledges mistake" over "Boeing CEO acknowledges mistake on
        // Alaska Airlines 737 01:49", is the teaser's whatever surrounds it.)
        let opens_teaser = || {
            let (a, b) = (key(&raw.blocks[i].text), key(&raw.blocks[i + 1].text));
            let first: Vec<&str> = a.split_whitespace().take(4).collect();
            first.len() == 4 && b.split_whitespace().take(4).eq(first.iter().copied())
        };
        if decisions[i + 1] == Decision::Remove(RemovalReason::Related)
            && matches!(decisions[i], Decision::Keep(ParagraphKind::Body))
            && raw.blocks[i].hint == Hint::Plain
            && is_short_label(&raw.blocks[i].text)
            && (!is_sub_heading(&decisions, i) || opens_teaser())
        {
            decisions[i] = Decision::Remove(RemovalReason::Related);
        }
    }

    foreign_script_lines(&raw.blocks, &mut decisions);
    split_credit_lines(&raw.blocks, &mut decisions);
    dateline_lines(&raw.blocks, &mut decisions);
    captions_printed_bare(&raw.blocks, &mut decisions);

    // The headline of a file without metadata.
    if out.title.is_none() {
        find_headline(&raw.blocks, &mut decisions, &mut out);
    } else {
        masthead_title(&raw.blocks, &mut decisions, &mut out);
    }
    if let Some(title) = &out.title {
        headline_echoes(&raw.blocks, &mut decisions, title);
    }

    // Short unpunctuated lines between body paragraphs of a plain-text file are sub-headings.
    for i in 0..raw.blocks.len() {
        if raw.blocks[i].hint == Hint::Plain
            && decisions[i] == Decision::Keep(ParagraphKind::Body)
            && is_short_label(raw.blocks[i].text.trim())
            && word_count(&raw.blocks[i].text) <= 10
        {
            let prev_body = decisions[..i].iter().rev().find_map(|d| match d {
                Decision::Keep(k) => Some(*k),
                _ => None,
            });
            let next_body = decisions[i + 1..].iter().find_map(|d| match d {
                Decision::Keep(k) => Some(*k),
                _ => None,
            });
            if prev_body.is_some() && next_body == Some(ParagraphKind::Body) {
                decisions[i] = Decision::Keep(ParagraphKind::Heading);
            }
        }
    }

    for (b, d) in raw.blocks.into_iter().zip(decisions) {
        // A line that is only the name of the page's author (printed beside
        // the date in the page's header) is a byline, not a paragraph.
        let d = match d {
            Decision::Keep(ParagraphKind::Body)
                if word_count(&b.text) <= 5
                    && out
                        .authors
                        .iter()
                        .any(|a| collapse_ws(a).eq_ignore_ascii_case(&collapse_ws(&b.text))) =>
            {
                Decision::Keep(ParagraphKind::Byline)
            }
            d => d,
        };
        match d {
            Decision::Keep(kind) => {
                // A sentence read as a heading for the pointer glued to its
                // end with no stop ("… Russia said Read Full Article at
                // RT.com"): the story's, once the pointer is peeled.
                let kind = if kind == ParagraphKind::Heading && glued_pointer(&b.text).is_some() {
                    ParagraphKind::Body
                } else {
                    kind
                };
                let text = if matches!(kind, ParagraphKind::Body | ParagraphKind::Byline) {
                    // A store's or scraper's date stamp glued to the lede
                    // ("date 2025-09-10 Danish pharmaceutical giant…") or
                    // to the byline.
                    let glued = peel_stamp(&b.text);
                    let body = match &glued {
                        Some((stamp, rest)) => {
                            if let Some(date) = dates::parse(stamp) {
                                timestamp_dates.push((false, date));
                            }
                            out.removed.push(Removed {
                                text: stamp.clone(),
                                reason: RemovalReason::Timestamp,
                            });
                            rest.as_str()
                        }
                        None => b.text.as_str(),
                    };
                    if kind == ParagraphKind::Byline {
                        body.to_string()
                    } else {
                        let (kept, peeled) = peel_furniture(body);
                        out.removed.extend(peeled);
                        kept.unwrap_or_else(|| body.to_string())
                    }
                } else {
                    b.text
                };
                let text = without_embed_links(text, &mut out.removed);
                if text.trim().is_empty() {
                    continue;
                }
                if kind == ParagraphKind::Byline {
                    for a in authors_of(&text) {
                        if !out.authors.contains(&a) {
                            out.authors.push(a);
                        }
                    }
                }
                out.blocks.push((kind, text));
            }
            Decision::Remove(RemovalReason::Title) => {}
            Decision::Remove(reason) => {
                out.removed.push(Removed {
                    text: collapse_ws(&b.text),
                    reason,
                });
            }
        }
    }
    if out.outlet.is_none() {
        // The page's footer names its owner ("© 2025 Harbour Notes"),
        // whether the page walk or a rule here set it aside.
        out.outlet = out
            .removed
            .iter()
            .filter(|r| r.reason == RemovalReason::Footer)
            .find_map(|r| {
                COPYRIGHT_OWNER
                    .captures(&r.text)
                    .or_else(|| SELF_DESCRIBED.captures(&r.text))
                    .map(|c| c[1].trim().to_string())
                    .filter(|o| o.chars().count() <= 61 && word_count(o) <= 6)
            });
    }
    if out.published.is_none() {
        // Prefer the first publication date over an update.
        out.published = timestamp_dates
            .iter()
            .find(|(updated, _)| !updated)
            .or_else(|| timestamp_dates.first())
            .map(|(_, d)| d.clone());
    }
    out
}

/// Whether a line is set in title case: every word of four letters or
/// more, and at least four words, capitalised ("Portugal Mourns After
/// Cable Car Tragedy in Lisbon").
fn title_cased(text: &str) -> bool {
    let (capital, long) = crate::text::capitalised_words(text);
    long >= 4 && capital == long
}

/// How a headline ends: no full stop, comma or colon (a question or an
/// exclamation may end one).
fn headline_shape(text: &str) -> bool {
    let words = word_count(text);
    let text = text.trim();
    // A headline may open on a quotation when words of its own follow it
    // ("“We felt the earth move”: survivors recall …", "\"Concrete Mound
    // Raised Fire Risk\" ... Experts Point Out"); a quotation alone is a
    // pull quote.
    let quoted_then_more = text
        .strip_prefix(['"', '“'])
        .and_then(|inner| inner.split_once(['"', '”']))
        .is_some_and(|(_, after)| {
            // (A pull quote signed with a dash, "“We felt it” — Ana Brel",
            // is still a pull quote.)
            word_count(after) >= 2 && !after.trim_start().starts_with(['—', '–', '-'])
        });
    (2..=30).contains(&words)
        && !text.ends_with(['.', ',', ';', ':'])
        && (!text.starts_with(['(', '[', '"', '“']) || quoted_then_more)
        && !BYLINE.is_match(text)
}

/// "Read Full Article at RT.com", "Read the full story on Example.org"
/// glued to a word at a block's end (see [`peel_furniture`]).
static GLUED_FULL_STORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[\p{L}\d,](\s+Read (?:the )?[Ff]ull (?:[Aa]rticle|[Ss]tory)(?: (?:at|on) [\w-]+(?:\.[\w-]+)+)?\s*)$",
    )
    .expect("valid regex")
});

/// Where the pointer [`GLUED_FULL_STORY`] starts in `text`, when five
/// words or more of the story stand before it.
fn glued_pointer(text: &str) -> Option<usize> {
    GLUED_FULL_STORY
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.start())
        .filter(|&at| word_count(&text[..at]) >= 5)
}

/// Furniture glued to the start or end of a long body block (page text
/// copied with a consent banner or a "Read more" line and no line break
/// between): the first and last sentences that a furniture rule matches on
/// their own, peeled off while at least one sentence of the story remains.
/// Returns the text left, if anything was peeled, and what was.
fn peel_furniture(text: &str) -> (Option<String>, Vec<Removed>) {
    if word_count(text) <= 20 {
        // (A short block may end on the glued pointer too.)
        return match glued_pointer(text) {
            Some(at) => (
                Some(text[..at].to_string()),
                vec![Removed {
                    text: text[at..].trim().to_string(),
                    reason: RemovalReason::Related,
                }],
            ),
            None => (None, Vec::new()),
        };
    }
    // (In a paragraph of forty words or fewer, of pointers only one to a
    // link, "Click here for more details.": a sentence of the story may
    // open as a list's label does, "More from the ministry is expected".)
    let short = word_count(text) <= 40;
    let furniture = |s: &str| -> Option<RemovalReason> {
        if word_count(s) > 40 {
            return None;
        }
        let plain = strip_emphasis(s);
        rule_reason(&plain).filter(|r| match r {
            RemovalReason::Cookie | RemovalReason::Newsletter | RemovalReason::Share => true,
            // "Related …" may open a sentence of the story; a pointer to
            // other stories is short.
            RemovalReason::Related => {
                word_count(s) <= 15
                    && (!short || {
                        let l = s.trim_start().to_lowercase();
                        // (Or the pointer to the whole story under an
                        // excerpt: "Read Full Article at RT.com".)
                        [
                            "click here",
                            "read full",
                            "read the full",
                            "see the full",
                            "view the full",
                        ]
                        .iter()
                        .any(|p| l.starts_with(p))
                    })
            }
            _ => false,
        })
    };
    let mut sentences = super::segment::sentences(text);
    // The pointer to the whole story glued to the excerpt's last word with
    // no stop between, as feed-copying sites print it ("… Russia said Read
    // Full Article at RT.com"): its own sentence.
    if let Some(last) = sentences.last_mut()
        && let Some(at) = glued_pointer(last)
    {
        let pointer = last[at..].trim().to_string();
        last.truncate(at);
        sentences.push(pointer);
    }
    let mut first = 0;
    let mut last = sentences.len();
    let mut peeled = Vec::new();
    while first + 1 < last {
        let Some(reason) = furniture(&sentences[first]) else {
            break;
        };
        peeled.push(Removed {
            text: sentences[first].clone(),
            reason,
        });
        first += 1;
    }
    let mut tail = Vec::new();
    while first + 1 < last {
        let Some(reason) = furniture(&sentences[last - 1]) else {
            break;
        };
        tail.push(Removed {
            text: sentences[last - 1].clone(),
            reason,
        });
        last -= 1;
    }
    if peeled.is_empty() && tail.is_empty() {
        return (None, Vec::new());
    }
    // An appeal that opens and closes the block ("Your support helps us to
    // tell the story … Your support allows us to keep sending journalists")
    // holds its pitch between: a sentence or two is the appeal's too.
    let pitch = |r: &[Removed]| r.iter().any(|r| r.reason == RemovalReason::Newsletter);
    // (Or more, when one of them pitches too: "… Your donation allows us
    // to keep sending journalists …".)
    if pitch(&peeled)
        && pitch(&tail)
        && (last - first <= 2
            || (last - first <= 8
                && sentences[first..last]
                    .iter()
                    .any(|s| furniture(s) == Some(RemovalReason::Newsletter))))
    {
        peeled.push(Removed {
            text: sentences[first..last].join(" "),
            reason: RemovalReason::Newsletter,
        });
        peeled.extend(tail.into_iter().rev());
        return (Some(String::new()), peeled);
    }
    peeled.extend(tail.into_iter().rev());
    (Some(sentences[first..last].join(" ")), peeled)
}

/// "Headline | Outlet", "Headline - Outlet": a page title as a browser shows it.
static PAGE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+?)\s+[|–—-]\s+([^|–—-]+)$").expect("valid page-title pattern")
});

/// "Headline | Outlet" split, with sensible lengths (checked here: bounded
/// repeats in the pattern are slow to compile).
fn page_title(text: &str) -> Option<(&str, &str)> {
    let c = PAGE_TITLE.captures(text)?;
    let (head, outlet) = (c.get(1)?.as_str(), c.get(2)?.as_str());
    let (h, o) = (head.chars().count(), outlet.trim().chars().count());
    // A name: no word in lower case but a small joining word ("The Times
    // of India", not "with hundreds of jobs for the chop").
    let named = outlet.split_whitespace().count() <= 6
        && outlet.split_whitespace().all(|w| {
            !w.starts_with(char::is_lowercase)
                || matches!(
                    w,
                    "of" | "the" | "and" | "de" | "du" | "la" | "le" | "di" | "del"
                )
                || w.contains('.')
        });
    ((12..=250).contains(&h) && (2..=40).contains(&o) && named).then_some((head, outlet))
}

/// One word the story's kept text prints as the last of a person's name,
/// after a capitalised given name inside a sentence ("… the Armed Forces
/// of Ukraine Oleksandr Syrskyi"), not after "The" ("The Guardian"); and
/// no organization the lexicon knows ("Bloomberg", "Reuters" stay outlets
/// beside "Michael Bloomberg" or "Thomson Reuters").
fn surname_in_story(blocks: &[Block], decisions: &[Decision], word: &str) -> bool {
    if word.split_whitespace().count() != 1
        || !word.starts_with(char::is_uppercase)
        || crate::extract::lexicon::LEXICON
            .known(word)
            .is_some_and(|k| k.kind == crate::model::EntityKind::Organization)
    {
        return false;
    }
    blocks.iter().zip(decisions).any(|(b, d)| {
        matches!(d, Decision::Keep(ParagraphKind::Body))
            && b.text.match_indices(word).any(|(at, _)| {
                let after_ok = !b.text[at + word.len()..].starts_with(char::is_alphanumeric);
                let before = b.text[..at].strip_suffix(' ').unwrap_or("");
                let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
                let prev_prev = before[..before.len() - prev.len()].trim_end();
                after_ok
                    && prev.starts_with(char::is_uppercase)
                    && prev.trim_end_matches('.').chars().all(char::is_alphabetic)
                    && !matches!(prev, "The" | "A" | "An")
                    // Inside a sentence: the given name is no sentence's
                    // first word.
                    && !prev_prev.is_empty()
                    && !prev_prev.ends_with(['.', '!', '?', ':', '"', '”'])
            })
    })
}

/// A headline with its standfirst glued on by a scraper ("… for embezzlement
/// A French court found …"): a capitalised article right after a lower-case
/// word, with no punctuation between, cannot happen inside a sentence.
static GLUED_DEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([^.!?:;]+?[a-z0-9]) (A|An|The) \p{L}").expect("valid dek pattern")
});

/// Share of a line's content words that occur elsewhere in the document:
/// a headline is about what the story says; a player label, a masthead or
/// a teaser for another story is not.
fn echoed(text: &str, rest: &HashSet<String>) -> f32 {
    let terms: HashSet<String> = crate::text::content_terms(text)
        .into_iter()
        .filter(|t| !t.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    if terms.is_empty() {
        return 0.0;
    }
    terms.iter().filter(|t| rest.contains(*t)).count() as f32 / terms.len() as f32
}

/// Text that runs over a sentence's end: a stop and a space after a word
/// of three letters or more ("Council shuts bridge. Drivers fume"), not
/// after an abbreviation or an initial ("WADA v. Čepurnyj", "Dr. Lee").
fn two_sentences(text: &str) -> bool {
    text.match_indices(". ").any(|(i, _)| {
        let word = text[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        // (A number or letters in capitals end one too: "Toll rises to
        // 34. Rescuers dig on", "Storm hits UK. Trains cancelled".)
        word.ends_with(|c: char| c.is_ascii_digit())
            || (letters >= 2 && !word.contains('.') && word.chars().all(|c| !c.is_lowercase()))
            || (letters >= 3 && !crate::extract::names::is_abbreviation(word))
    })
}

/// A paragraph of the story's prose, not a line above it: forty words, or
/// fifteen ending a sentence.
/// The first kept block that reads as the story's prose (the end of the
/// page's top), or the number of blocks when none does.
fn first_prose(blocks: &[Block], decisions: &[Decision]) -> usize {
    (0..blocks.len())
        .find(|&i| matches!(decisions[i], Decision::Keep(_)) && prose(&blocks[i].text))
        .unwrap_or(blocks.len())
}

fn prose(t: &str) -> bool {
    let w = word_count(t);
    let t = t.trim_end();
    // (A quotation closed with no stop inside it, after a colon or alone,
    // closes a headline that quotes, "Aliev: “The plane was hit from the
    // ground”"; a sentence may close on one, "Zelensky called it “a
    // deliberate attack”".)
    let quoted_headline = t
        .strip_suffix(['"', '\u{201d}', '\u{2019}', '\''])
        .is_some_and(|inner| !inner.ends_with(['.', '?', '!', '\u{2026}', ',']))
        && (t.starts_with(['"', '\u{201c}', '\u{2018}'])
            || [": \"", ": \u{201c}", ": \u{2018}", ":\u{201c}"]
                .iter()
                .any(|m| t.contains(m)));
    w >= 40 || (w >= 15 && !quoted_headline && t.ends_with(['.', '"', '\u{201d}', '\u{2026}']))
}

/// A title read from the file's markup that is the publication's name, not
/// the story's headline: a newsletter's "# Crossings — Weekly Digest", its
/// issue line and links below it, then the story's own headline as a
/// heading right above its first paragraph. That heading is the headline
/// when furniture stands between the two, nothing but bylines stand between
/// it and the story, and the story echoes its words more than the title's.
/// The title is set aside as the masthead it is.
fn masthead_title(blocks: &[Block], decisions: &mut [Decision], out: &mut Cleaned) {
    let Some(title) = out.title.clone() else {
        return;
    };
    let series = series_label(&title);
    let Some(first_prose) = (0..blocks.len())
        .find(|&i| decisions[i] == Decision::Keep(ParagraphKind::Body) && prose(&blocks[i].text))
    else {
        return;
    };
    // The heading right above the story, bylines aside; under a title that
    // names a series, the first heading under it (the story may open on a
    // sub-heading of its own, "The quick take").
    let first_heading = || {
        (0..first_prose).find(|&i| {
            blocks[i].hint == Hint::Heading
                && matches!(decisions[i], Decision::Keep(k) if k != ParagraphKind::Byline)
                && (4..=30).contains(&word_count(blocks[i].text.trim()))
        })
    };
    let above = (0..first_prose)
        .rev()
        .find(|&i| matches!(decisions[i], Decision::Keep(k) if k != ParagraphKind::Byline));
    let Some(at) = (if series {
        first_heading().or(above)
    } else {
        above
    }) else {
        return;
    };
    let text = blocks[at].text.trim();
    // (Right under the title with nothing between, a heading is the
    // headline's standfirst, unless the title names a series.)
    if blocks[at].hint != Hint::Heading
        || (at == 0 && !series)
        || !headline_shape(text)
        || !(4..=30).contains(&word_count(text))
        || two_sentences(text)
    {
        return;
    }
    let story: HashSet<String> = blocks
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != at && decisions[*j] == Decision::Keep(ParagraphKind::Body))
        .flat_map(|(_, b)| crate::text::content_terms(&b.text))
        .collect();
    let (head, mast) = (echoed(text, &story), echoed(&title, &story));
    // (A title that calls itself a series, "… — Rights Alert", "… Weekly
    // Digest", is the masthead however much the story names the body that
    // publishes it.)
    if head >= 0.5 && (head > mast || series) {
        out.removed.push(Removed {
            text: title,
            reason: RemovalReason::Navigation,
        });
        out.title = Some(collapse_ws(text));
        decisions[at] = Decision::Remove(RemovalReason::Title);
        // What stands above the headline is the masthead's too: the issue
        // line, the digest's motto, short lines that tell no story.
        for i in 0..at {
            let t = blocks[i].text.trim();
            if decisions[i] == Decision::Keep(ParagraphKind::Body)
                && word_count(t) <= 14
                && !t.ends_with(['.', '!', '?', '"', '”'])
            {
                decisions[i] = Decision::Remove(RemovalReason::Navigation);
            }
        }
    }
}

/// A newsletter's or a bulletin's name for its series, as the title of an
/// issue: a part of the title that ends on a word for a series ("Rights
/// Alert", "Weekly Transport Digest", "Morning Briefing") or that is an
/// issue's number ("Issue #212").
fn series_label(title: &str) -> bool {
    title
        .split([':', '|', '—', '–'])
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .any(|part| {
            let words: Vec<String> = part.split_whitespace().map(str::to_lowercase).collect();
            let series = words.last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "alert"
                        | "alerts"
                        | "bulletin"
                        | "brief"
                        | "briefing"
                        | "digest"
                        | "newsletter"
                        | "roundup"
                        | "round-up"
                )
            });
            (series && words.len() <= 3) || ISSUE_NUMBER.is_match(part)
        })
}

/// Find the headline of a text without metadata among the lines above the
/// story: a "Headline | Outlet" page title wins (and names the outlet);
/// else the line shaped like a headline whose words the story echoes most;
/// else a headline glued to its standfirst in the first line. Repeats of
/// the headline are then set aside, and so are masthead lines ending with
/// the outlet's name.
fn find_headline(blocks: &[Block], decisions: &mut [Decision], out: &mut Cleaned) {
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| matches!(decisions[i], Decision::Keep(_)) && blocks[i].hint == Hint::Plain)
        .collect();
    // The lines above the story: up to its first paragraph of prose.
    // (A photo's caption at the page's top, above the headline, is no
    // story prose.)
    let top: Vec<usize> = kept
        .iter()
        .copied()
        .skip_while(|&i| decisions[i] == Decision::Keep(ParagraphKind::Caption))
        .take_while(|&i| !prose(&blocks[i].text))
        // A site's menu may run to twenty lines above the headline.
        .take(30)
        .collect();
    let story_terms = |skip: usize| -> HashSet<String> {
        blocks
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != skip)
            .filter(|(j, _)| matches!(decisions[*j], Decision::Keep(ParagraphKind::Body)))
            .flat_map(|(_, b)| crate::text::content_terms(&b.text))
            .collect()
    };
    let mut title: Option<(usize, String)> = None;
    // A saved page prints its title in the browser's header and again above
    // the story: the same headline-shaped line twice among the lines above
    // the story's first prose is the headline, whatever an earlier rule
    // took each copy for (a repeated line reads as a caption, "In
    // pictures: …" as a gallery teaser). Twice, not more: a photo's caption
    // is printed again and again through a page, and reads as sentences.
    let first_prose = first_prose(blocks, decisions);
    let above: Vec<usize> = (0..first_prose).take(12).collect();
    // (The header may print the standfirst under the headline too, both
    // above the story's own copy of the two: the second copy then stands
    // past the first prose, among the page's first lines.)
    let near: Vec<usize> = (0..blocks.len()).take(12).collect();
    for &i in &above {
        let text = blocks[i].text.trim();
        let k = key(text);
        if !k.is_empty()
            && headline_shape(text)
            && (4..=22).contains(&word_count(text))
            && !text.contains(". ")
            // (A line that ends on a photo's credit, "… into chaos
            // Picture: Alamy", is a caption printed twice.)
            && !CREDIT_TAIL.is_match(text)
            && !CREDIT_LABEL_TAIL.is_match(text)
            // (Twice or three times: a saved page may print it in the
            // browser's header, the page's top and above the story.)
            && {
                // Two or three copies above the first prose, or one there
                // and one more past it.
                let copies = |at: &[usize]| {
                    at.iter()
                        .filter(|&&j| key(blocks[j].text.trim()) == k)
                        .count()
                };
                let (above_n, near_n) = (copies(&above), copies(&near));
                (2..=3).contains(&above_n) || (above_n == 1 && near_n == 2)
            }
            // Printed twice in a row, the story may echo it little: a
            // headline that quotes someone ("Aliev: “The plane was hit
            // from the ground”") is in words the story does not repeat.
            && echoed(text, &story_terms(i))
                >= if blocks.get(i + 1).is_some_and(|b| key(b.text.trim()) == k) {
                    0.2
                } else {
                    0.4
                }
        {
            title = Some((i, collapse_ws(text)));
            break;
        }
    }
    let printed_twice: Vec<usize> = title
        .as_ref()
        .map(|(i, _)| {
            let k = key(blocks[*i].text.trim());
            near.iter()
                .copied()
                .filter(|&j| key(blocks[j].text.trim()) == k)
                .collect()
        })
        .unwrap_or_default();
    for &i in top.iter().filter(|_| title.is_none()) {
        let text = blocks[i].text.trim();
        // (Not a photo's caption with its credit, "Supporters burn tyres
        // on Sunday. - Kevin Midigo / AFP": a sentence and a credit, no
        // title and outlet.)
        if let Some((head, outlet)) = page_title(text)
            .filter(|(head, _)| !head.trim_end().ends_with('.') && !CREDIT_TAIL.is_match(text))
        {
            let head = head.trim().trim_end_matches('.');
            if headline_shape(head) && word_count(head) >= 4 && echoed(head, &story_terms(i)) >= 0.5
            {
                // (Not a speaker's surname after the dash, as some outlets
                // credit a claim in the headline: "Troops control 1,000
                // square kilometres - Syrskyi", "… — Peskov", where the
                // story names "Oleksandr Syrskyi".)
                if out.outlet.is_none() && !surname_in_story(blocks, decisions, outlet.trim()) {
                    out.outlet = Some(outlet.trim().to_string());
                }
                title = Some((i, head.to_string()));
                break;
            }
        }
    }
    // The line right above the writer's byline ("By Ann Lee | 10 June") is
    // the headline, whatever stands above it: a masthead with its motto
    // ("NEWSNAME! The city's independent voice"), a section label, a
    // pitch. Pages print the byline under the headline; a masthead is
    // echoed by the outlet's own name in the story and can outscore the
    // headline below.
    // (A tabloid prints its standfirst between the two: "DEATH-TRAP
    // SEATS: …", "Mum tells of terror as …", "By …". A headline-shaped
    // line of six words or more right above the one over the byline is
    // the headline, that one its standfirst.)
    // A headline's shape and length, one sentence at most, echoed by the
    // story.
    let headline_text = |i: usize, least: usize, most: usize| {
        let text = blocks[i].text.trim();
        headline_shape(text)
            && (least..=most).contains(&word_count(text))
            && !two_sentences(text)
            && echoed(text, &story_terms(i)) >= 0.4
    };
    let headline_like = |i: usize, least: usize| {
        decisions[i] == Decision::Keep(ParagraphKind::Body) && headline_text(i, least, 30)
    };
    if title.is_none() {
        for (n, &i) in top.iter().enumerate() {
            if blocks.get(i + 1).is_some_and(|b| {
                decisions[i + 1] == Decision::Keep(ParagraphKind::Byline)
                    || BYLINE.is_match(b.text.trim())
            }) && headline_like(i, 4)
            {
                let at = n
                    .checked_sub(1)
                    .map(|m| top[m])
                    .filter(|&m| headline_like(m, 6))
                    .unwrap_or(i);
                title = Some((at, collapse_ws(blocks[at].text.trim())));
                break;
            }
        }
    }
    if title.is_none() {
        let mut echoes: Vec<(usize, f32, usize)> = Vec::new();
        for (n, &i) in top.iter().enumerate() {
            let text = blocks[i].text.trim();
            // The first line, right above the story's prose, is its
            // headline by position even when the story does not echo it
            // (a byline may stand between them).
            // (A section's label of a word or two may stand above it:
            // "International", "World News".)
            let label = |k: usize| {
                let t = blocks[k].text.trim();
                word_count(t) <= 2 && !t.ends_with(['.', '!', '?', ':'])
            };
            let by_position = top[..n].iter().all(|&k| label(k))
                && kept.iter().take_while(|&&k| k != i).all(|&k| label(k))
                && kept
                    .iter()
                    .skip_while(|&&k| k != i)
                    .skip(1)
                    // (Nor a photo's caption under the headline.)
                    .find(|&&j| {
                        !matches!(
                            decisions[j],
                            Decision::Keep(ParagraphKind::Byline | ParagraphKind::Caption)
                        )
                    })
                    .is_some_and(|&j| {
                        // (A question or an exclamation of a headline's
                        // length is no story's first sentence: "Miracle of
                        // Seat 11A: How did a passenger survive?")
                        // (Nor does a line of twenty words or more, a
                        // sentence whose stop the page lost.)
                        let t = blocks[j].text.trim_end();
                        word_count(t) >= 6 && t.ends_with(['.', '"', '”'])
                            || word_count(t) >= 15 && t.ends_with(['!', '?'])
                            || word_count(t) >= 20 && !t.ends_with(':')
                    });
            if decisions[i] != Decision::Keep(ParagraphKind::Body)
                || !headline_shape(text)
                || word_count(text) > 30
                || (word_count(text) < 4 && !by_position)
            {
                continue;
            }
            if by_position {
                title = Some((i, collapse_ws(text)));
                break;
            }
            // Of the lines the story echoes, the one it echoes most: a
            // masthead ("VELPRESS — Velmoran News Agency") is echoed by the
            // agency's credit and a "news conference", the headline by the
            // story's own facts.
            let e = echoed(text, &story_terms(i));
            if e >= 0.4 {
                echoes.push((i, e, word_count(text)));
            }
        }
        // A headline of six words or more, echoed nearly as much as the
        // line the story echoes most, stands right above it: that other
        // line is its standfirst ("Mum tells of terror as buckle 'popped
        // open'" under the headline of a recall).
        let most = echoes.iter().map(|&(_, e, _)| e).fold(0.0_f32, f32::max);
        let top_line = echoes.iter().find(|&&(_, e, _)| e == most);
        let above_it = top_line.and_then(|&(m, _, _)| {
            let n = top.iter().position(|&i| i == m)?;
            let prev = top[n.checked_sub(1)?];
            // (Or echoed less, in capitals as only a headline is set:
            // "National Mourning in Portugal After Cable Car Tragedy in
            // Lisbon" over "Fifteen dead, 18 injured".)
            echoes.iter().find(|&&(i, e, words)| {
                i == prev
                    && words >= 6
                    && (e >= most - 0.25
                        || (title_cased(blocks[i].text.trim())
                            && !title_cased(blocks[m].text.trim())))
            })
        });
        let best = above_it.or(top_line);
        title = title.or_else(|| best.map(|&(i, _, _)| (i, collapse_ws(blocks[i].text.trim()))));
    }
    // A first line that reads as prose only by its length and its closing
    // quotation mark ("Kim Lee, CEO of Jeju Air, \"Apologizes to Bereaved
    // Families... Deeply Responsible\""), with no sentence's stop, above
    // the story's first paragraph: the headline.
    if title.is_none()
        && top.is_empty()
        && let [i, j, ..] = kept[..]
        && decisions[i] == Decision::Keep(ParagraphKind::Body)
        && headline_shape(blocks[i].text.trim())
        && word_count(&blocks[i].text) <= 25
        && blocks[i].text.trim_end().ends_with(['"', '”'])
        // (A sentence's stop inside its closing quotation mark, "… called
        // it \"the worst day.\"", ends a lede, not a headline.)
        && !blocks[i]
            .text
            .trim_end()
            .trim_end_matches(['"', '”'])
            .ends_with(['.', ','])
        && prose(&blocks[j].text)
        && echoed(blocks[i].text.trim(), &story_terms(i)) >= 0.4
    {
        title = Some((i, collapse_ws(blocks[i].text.trim())));
    }
    if title.is_none()
        && let Some(&i) = kept.first()
        && let Some(c) = GLUED_DEK.captures(blocks[i].text.trim())
        && (15..=200).contains(&c[1].chars().count())
        && headline_shape(&c[1])
        && word_count(&c[1]) >= 4
        && echoed(&c[1], &story_terms(i)) >= 0.4
    {
        title = Some((i, collapse_ws(&c[1])));
    }
    // A Markdown file with no first-level heading: its first heading above
    // the story's prose, headline-shaped and echoed by the story.
    if title.is_none()
        && let Some(i) = (0..first_prose).find(|&i| {
            blocks[i].hint == Hint::Heading
                && decisions[i] == Decision::Keep(ParagraphKind::Heading)
        })
        && headline_text(i, 4, 22)
    {
        title = Some((i, collapse_ws(blocks[i].text.trim())));
    }
    let Some((mut at, mut head)) = title else {
        return;
    };
    // A breadcrumb that ends with the headline ("Home NEWS International
    // News Morocco earthquake: Race against time …"), the headline printed
    // alone on a line right below: that line is the headline, the trail
    // the page's navigation.
    let head_words: Vec<String> = head.split_whitespace().map(str::to_lowercase).collect();
    if let Some(&j) = kept.iter().find(|&&j| j > at)
        && j <= at + 2
        && decisions[j] == Decision::Keep(ParagraphKind::Body)
        && headline_shape(blocks[j].text.trim())
    {
        let line: Vec<String> = blocks[j]
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if line.len() >= 4 && line.len() < head_words.len() && head_words.ends_with(&line) {
            decisions[at] = Decision::Remove(RemovalReason::Navigation);
            at = j;
            head = collapse_ws(blocks[j].text.trim());
        }
    }
    for j in printed_twice {
        decisions[j] = Decision::Remove(RemovalReason::Title);
    }
    // Short lines above the headline are the page's furniture: the site's
    // name, a section label, a player ("Watch … News"), a breadcrumb.
    // (Short sentences only in the run of short lines at the page's top.)
    let mut all_short = true;
    for &i in kept.iter().take_while(|&&i| i < at) {
        let t = blocks[i].text.trim();
        all_short &= word_count(t) <= 8;
        // (Not a photo's caption, which holds a sentence: "The mayor opens
        // the bridge on Tuesday. AFP".)
        // (A search box's placeholder ends with dots: "Search...".)
        let placeholder = word_count(t) <= 2 && cut_short(t);
        // (Nor a motto of one-word sentences: "Independent. Popular.
        // Andean.")
        let motto = word_count(t) <= 8
            && t.split_terminator(['.', '!'])
                .all(|s| (1..=2).contains(&word_count(s)));
        // (Nor an app's pitch of short sentences over an aggregator's copy:
        // "Get all your news in one place.", "100's of premium titles.")
        let pitch = all_short && !t.contains(['"', '“', '”']);
        if word_count(t) <= 14
            && (!t.ends_with(['.', '!', '?', '"', '”']) || placeholder || motto || pitch)
            && (word_count(t) <= 8 || !t.contains(". "))
            && decisions[i] != Decision::Keep(ParagraphKind::Caption)
        {
            decisions[i] = Decision::Remove(RemovalReason::Navigation);
        }
    }
    out.title = Some(head.clone());
    // Between the headline and the story's first prose, a writer's name
    // and the outlet or agency it writes for, without "By" ("Ann Lee,
    // Harbourwire", "Ann Lee | CNN"): a byline.
    for &j in kept.iter().filter(|&&j| j > at && j < first_prose) {
        let t = blocks[j].text.trim();
        if matches!(
            decisions[j],
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
        ) && word_count(t) <= 7
            && !t.ends_with(['.', '!', '?', ':'])
            && let Some((who, what)) = t.split_once([',', '|'])
            && reads_as_name(who.trim())
            && (1..=3).contains(&word_count(what))
            && what
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
        {
            decisions[j] = Decision::Keep(ParagraphKind::Byline);
        }
    }
    // A line of one to three words in capitals between the headline and
    // the story's first prose is the page's, not the story's: the outlet
    // or agency credited ("CBC", "POLITIS NEWS"), a kicker ("EXCLUSIVE").
    for &j in kept
        .iter()
        .filter(|&&j| j > at)
        .take_while(|&&j| !prose(&blocks[j].text))
    {
        let t = blocks[j].text.trim();
        let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
        if matches!(
            decisions[j],
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
        ) && (1..=3).contains(&word_count(t))
            && letters.len() >= 2
            && letters.iter().all(|c| c.is_uppercase())
            && !t.chars().any(|c| c.is_ascii_digit())
            // (Not a writer's name without its "By", "ANN LEE", nor a
            // dateline, "TARNBY —".)
            && !t.ends_with(['—', '–', '-', ':'])
            // (reads_as_name folds case and knows a desk's "NEWS".)
            && !reads_as_name(t)
        {
            decisions[j] = Decision::Remove(RemovalReason::Navigation);
        }
    }
    // A standfirst right under the headline is a sub-heading.
    if let Some(&j) = kept.iter().find(|&&j| j > at)
        && decisions[j] == Decision::Keep(ParagraphKind::Body)
        && word_count(&blocks[j].text) <= 40
        && !blocks[j].text.trim_end().ends_with(['.', '"', '”'])
        && kept
            .iter()
            .any(|&k| k > j && decisions[k] == Decision::Keep(ParagraphKind::Body))
    {
        decisions[j] = Decision::Keep(ParagraphKind::Heading);
    }
    let head_key = key(head.trim_end_matches(['.', '!', '?']));
    for (j, b) in blocks.iter().enumerate() {
        if !matches!(decisions[j], Decision::Keep(_)) {
            continue;
        }
        let k = key(b.text.trim().trim_end_matches(['.', '!', '?']));
        let is_page_title = page_title(b.text.trim())
            .is_some_and(|(h, _)| key(h.trim().trim_end_matches('.')) == head_key);
        if j == at && k != head_key && !is_page_title {
            // The headline glued to its standfirst: the standfirst stays.
            decisions[j] = Decision::Keep(ParagraphKind::Heading);
        } else if k == head_key || is_page_title {
            decisions[j] = Decision::Remove(RemovalReason::Title);
        } else if j < at + 12
            && word_count(&b.text) <= 8
            && out.outlet.as_deref().is_some_and(|o| {
                page_title(b.text.trim()).is_some_and(|(_, x)| x.trim().eq_ignore_ascii_case(o))
            })
        {
            // "This is Europe - The Guardian": a masthead naming the outlet.
            decisions[j] = Decision::Remove(RemovalReason::Navigation);
        }
    }
    // A saved page prints its title, then the page's top (masthead, the
    // lead photo's caption, the date), then the headline again above the
    // story. What stands between two prints of the headline, a few lines
    // apart, is that page top: a line that reads as a sentence is
    // the photo's caption, a shorter one is furniture.
    let near: Vec<usize> = kept
        .iter()
        .copied()
        .filter(|&j| j > at)
        .take(PAGE_TOP)
        .collect();
    let again = near
        .iter()
        .copied()
        .rfind(|&j| decisions[j] == Decision::Remove(RemovalReason::Title));
    if let Some(last) = again {
        for j in near.into_iter().filter(|&j| j < last) {
            if !matches!(
                decisions[j],
                Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
            ) {
                continue;
            }
            decisions[j] = if word_count(&blocks[j].text) >= 6 {
                Decision::Keep(ParagraphKind::Caption)
            } else {
                Decision::Remove(RemovalReason::Navigation)
            };
        }
    }
}

/// A short line followed (after the teaser) by more body text is a
/// sub-heading, not a teaser title, when body text also precedes it.
fn is_sub_heading(decisions: &[Decision], i: usize) -> bool {
    decisions[..i]
        .iter()
        .rev()
        .take(2)
        .any(|d| *d == Decision::Keep(ParagraphKind::Body))
        && decisions[i + 2..]
            .iter()
            .take(1)
            .any(|d| *d == Decision::Keep(ParagraphKind::Body))
}

/// The headline printed again where it is no headline:
/// - cut short by the page, with no mark of the cut ("Searchers Race to
///   Recover Bodies in Libyan City After De", a related box's or a footer's
///   print of it): the headline's, removed as a repeat;
/// - opening a picture's caption ("Experts Point Out Firefighters are
///   searching for belongings at the site …", "… Regardless of Cause" Kim
///   is leaving the press conference room …"), as pages that caption their
///   lead picture with the headline and the picture's own line print it: a
///   caption, when what follows the headline reads as one (a scene in the
///   present, "is leaving", "are searching", or a credit).
fn headline_echoes(blocks: &[Block], decisions: &mut [Decision], title: &str) {
    let head = key(title);
    if word_count(&head) < 4 {
        return;
    }
    for (b, d) in blocks.iter().zip(decisions.iter_mut()) {
        if *d != Decision::Keep(ParagraphKind::Body) {
            continue;
        }
        let original = unmarked(&b.text);
        let text = original.to_lowercase();
        let text = text.trim_end();
        if word_count(text) >= 5
            && text.len() < head.len()
            && head.starts_with(text)
            && !text.ends_with(['.', '!', '?'])
        {
            *d = Decision::Remove(RemovalReason::Duplicate);
            continue;
        }
        let Some(rest) = text.strip_prefix(head.as_str()) else {
            continue;
        };
        // (The headline's last word whole, "fire kills 3" not "fire kills
        // 30 …", and a new sentence after it, set in capitals: not a lede
        // that goes on from the headline's words, "… coast as 40 people
        // are being sought".)
        if rest.starts_with(char::is_alphanumeric) {
            continue;
        }
        let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
        let next = original
            .chars()
            .skip(head.chars().count())
            .find(|c| c.is_alphanumeric());
        if !next.is_some_and(char::is_uppercase) {
            continue;
        }
        let scene = rest
            .split_whitespace()
            .take(12)
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                matches!(w[0], "is" | "are")
                    && w[1].len() > 4
                    && w[1].ends_with("ing")
                    && !matches!(w[1], "being" | "going" | "expecting")
            });
        if word_count(rest) >= 4
            && word_count(rest) <= 80
            && (scene || CREDIT_LABEL_TAIL.is_match(b.text.trim()))
        {
            *d = Decision::Keep(ParagraphKind::Caption);
        }
    }
}

/// A short line in another script than the page's ("본문 바로가기", a
/// Korean site's "skip to content", in the English edition): the site's
/// own furniture, not the story, when nearly all the page's letters are
/// Latin.
fn foreign_script_lines(blocks: &[Block], decisions: &mut [Decision]) {
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c);
    let (mut ours, mut all) = (0usize, 0usize);
    for (b, d) in blocks.iter().zip(decisions.iter()) {
        if matches!(d, Decision::Keep(_)) {
            for c in b.text.chars().filter(|c| c.is_alphabetic()) {
                all += 1;
                ours += usize::from(latin(c));
            }
        }
    }
    if all == 0 || ours * 10 < all * 9 {
        return;
    }
    for (b, d) in blocks.iter().zip(decisions.iter_mut()) {
        if matches!(
            d,
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
        ) && word_count(&b.text) <= 6
            && b.text.chars().any(char::is_alphabetic)
            && !b.text.chars().any(latin)
            // (Not a slogan or a quotation in its language: "Слава
            // Україні!")
            && !b.text.trim_end().ends_with(['.', '!', '?', '"', '”', '»'])
            && !b.text.contains(['"', '“', '«'])
        {
            *d = Decision::Remove(RemovalReason::Navigation);
        }
    }
}

/// A dateline on a line of its own above the story's first paragraph
/// ("ANKARA", "KYIV —"): where the story was filed, told as a byline tells
/// who filed it, not a sub-heading. (Not a section label in capitals
/// between a roundup's paragraphs, "UKRAINE", which stays a heading.)
fn dateline_lines(blocks: &[Block], decisions: &mut [Decision]) {
    let first_prose = first_prose(blocks, decisions);
    let known = |p: &str| {
        crate::extract::lexicon::LEXICON
            .places
            .contains_key(crate::text::fold(p.trim()).as_str())
    };
    // Paragraphs of story prose read so far: a dateline in title case
    // stands at the story's top, where a caption or a standfirst may come
    // first, not in a roundup's sections ("Ukraine:").
    let mut prose_before = 0;
    for i in 0..blocks.len() {
        // (Two paragraphs of prose stand past the first, `first_prose`.)
        if prose_before > 1 {
            break;
        }
        let plain = strip_emphasis(&blocks[i].text);
        let place = plain
            .trim()
            .trim_end_matches(['-', '—', '–', ':', ',', ' ']);
        let kept = matches!(
            decisions[i],
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
        );
        if kept
            && i < first_prose
            && word_count(place) <= 3
            && place.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !place.chars().any(char::is_lowercase)
            && known(place)
        {
            decisions[i] = Decision::Keep(ParagraphKind::Byline);
        }
        // In title case, with its country and the colon or dash that
        // opened the lede ("Solingen, Germany:", "New Delhi:"), right
        // above the lede.
        let line = plain.trim();
        if kept
            && prose_before <= 1
            && line.ends_with([':', '-', '—', '–'])
            && word_count(place) <= 4
            && place.split(',').all(|p| {
                let p = p.trim();
                !p.is_empty()
                    && p.split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
            })
            && place.rsplit(',').next().is_some_and(known)
            && (i + 1..blocks.len())
                .find(|&k| matches!(decisions[k], Decision::Keep(_)))
                .is_some_and(|k| prose(&blocks[k].text))
        {
            decisions[i] = Decision::Keep(ParagraphKind::Byline);
        }
        if decisions[i] == Decision::Keep(ParagraphKind::Body) && prose(&blocks[i].text) {
            prose_before += 1;
        }
    }
}

/// A writer's credit split by the page's markup into lines, the name, a
/// slash alone and the outlet ("Michael Lee" / "/" / "NPR"): a byline, the
/// slash no text.
fn split_credit_lines(blocks: &[Block], decisions: &mut [Decision]) {
    let short = |i: usize| {
        let t = blocks[i].text.trim();
        (1..=5).contains(&word_count(t))
            && !t.ends_with(['.', '!', '?', ':'])
            && t.chars().next().is_some_and(char::is_uppercase)
    };
    for i in 1..blocks.len().saturating_sub(1) {
        if blocks[i].text.trim() == "/"
            && matches!(decisions[i - 1], Decision::Keep(_))
            && matches!(decisions[i + 1], Decision::Keep(_))
            && short(i - 1)
            && short(i + 1)
        {
            decisions[i - 1] = Decision::Keep(ParagraphKind::Byline);
            decisions[i] = Decision::Remove(RemovalReason::Boilerplate);
            decisions[i + 1] = Decision::Keep(ParagraphKind::Byline);
        }
    }
}

/// A caption printed twice, once alone and once with its credit or label
/// ("The Titan submersible that went missing." over "HANDOUT / OCEANGATE
/// / AFPThe Titan submersible that went missing."): the bare print is the
/// caption's too.
fn captions_printed_bare(blocks: &[Block], decisions: &mut [Decision]) {
    let captions: Vec<String> = blocks
        .iter()
        .zip(decisions.iter())
        .filter(|(_, d)| **d == Decision::Keep(ParagraphKind::Caption))
        .map(|(b, _)| key(&b.text))
        .collect();
    if captions.is_empty() {
        return;
    }
    // (Not the page's first line nor its first headline-shaped line above
    // the story: the headline, which pages print again in the lead
    // picture's caption.)
    let first_kept = decisions
        .iter()
        .position(|d| matches!(d, Decision::Keep(_)));
    let first_prose = first_prose(blocks, decisions);
    let first_head = (0..first_prose).find(|&j| {
        decisions[j] == Decision::Keep(ParagraphKind::Body) && headline_shape(blocks[j].text.trim())
    });
    for (i, (b, d)) in blocks.iter().zip(decisions.iter_mut()).enumerate() {
        let text = key(&b.text);
        if *d == Decision::Keep(ParagraphKind::Body)
            && Some(i) != first_kept
            && Some(i) != first_head
            && (5..=25).contains(&word_count(&text))
            && captions.iter().any(|c| {
                c.len() > text.len() && (c.ends_with(text.as_str()) || c.starts_with(text.as_str()))
            })
        {
            *d = Decision::Keep(ParagraphKind::Caption);
        }
    }
}

/// Another story's card below the story's prose, told by its shape:
/// - its headline over the same headline under its section's label
///   ("Chewing gum releases microplastics, study finds" over "Environment
///   and Climate Chewing gum releases microplastics, study finds");
/// - a headline over a repeat of the story's own text (a teaser for the
///   story, or a version of it, with its lede printed again).
///
/// Both lines are the card's, set aside as related.
fn teaser_cards(blocks: &[Block], decisions: &mut [Decision]) {
    let kept_line = |d: &Decision| {
        matches!(
            d,
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Heading)
        )
    };
    // Where the story's prose starts: its first body paragraph of twelve
    // words or more.
    let Some(prose_at) = (0..blocks.len()).find(|&j| {
        decisions[j] == Decision::Keep(ParagraphKind::Body) && word_count(&blocks[j].text) >= 12
    }) else {
        return;
    };
    // (Below the story's prose: at the top, a headline over itself is the
    // story's, printed twice.)
    for i in prose_at + 1..blocks.len().saturating_sub(1) {
        let text = blocks[i].text.trim();
        if !kept_line(&decisions[i]) || !unstopped_headline(text) {
            continue;
        }
        let next = blocks[i + 1].text.trim();
        let (whole, own) = (unmarked(next), unmarked(text));
        let labelled = kept_line(&decisions[i + 1])
            && whole.len() > own.len()
            && whole.ends_with(own.as_str())
            && {
                let label = whole[..whole.len() - own.len()].trim();
                (1..=5).contains(&word_count(label))
                    && label.starts_with(char::is_uppercase)
                    && !label.ends_with(['.', '!', '?', ':'])
            };
        if labelled {
            decisions[i] = Decision::Remove(RemovalReason::Related);
            decisions[i + 1] = Decision::Remove(RemovalReason::Related);
        } else if decisions[i + 1] == Decision::Remove(RemovalReason::Duplicate)
            && word_count(next) >= 8
            // (A repeat of a paragraph of the story kept above, not of a
            // caption a blog prints under every picture.)
            && {
                let probe: String = key(next).split(' ').take(8).collect::<Vec<_>>().join(" ");
                (0..i).any(|j| {
                    decisions[j] == Decision::Keep(ParagraphKind::Body)
                        && key(&blocks[j].text).contains(&probe)
                })
            }
        {
            decisions[i] = Decision::Remove(RemovalReason::Related);
        }
    }
}

/// Text printed twice: a page that repeats its article (a summary copy, an
/// AMP rendering, a wire lede printed again) keeps it once. A block of
/// twelve words or more, four fifths of whose word runs were kept already, is a
/// duplicate, whether it repeats one paragraph or joins several.
fn drop_repeated_text(blocks: &[Block], decisions: &mut [Decision]) {
    let trigrams = |text: &str| -> Vec<u64> {
        let words = super::content::norm_words(text);
        let ws: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
        super::content::trigram_hashes(&ws).collect()
    };
    // Each kept block's word runs, read once for both passes.
    let grams: Vec<Vec<u64>> = blocks
        .iter()
        .zip(decisions.iter())
        .map(|(b, d)| {
            if matches!(
                d,
                Decision::Keep(
                    ParagraphKind::Body | ParagraphKind::QuoteBlock | ParagraphKind::Caption
                )
            ) {
                trigrams(&b.text)
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut seen: std::collections::HashSet<u64> = std::collections::HashSet::new();
    for ((b, d), grams) in blocks.iter().zip(decisions.iter_mut()).zip(&grams) {
        if !matches!(
            d,
            Decision::Keep(ParagraphKind::Body | ParagraphKind::QuoteBlock)
        ) {
            continue;
        }
        if grams.len() >= 10 {
            let old = grams.iter().filter(|g| seen.contains(g)).count();
            if old * 10 >= grams.len() * 8 {
                *d = Decision::Remove(RemovalReason::Duplicate);
                continue;
            }
        }
        // (A teaser cut short is no print of the full paragraph after it:
        // the pass below removes the teaser, not the paragraph.)
        if !cut_short(b.text.trim_end()) {
            seen.extend(grams.iter().copied());
        }
    }
    // A teaser cut short ("… experienced a devastating …") over the
    // paragraph the page prints in full further down: the full print is
    // the story's.
    for i in 0..blocks.len() {
        if !matches!(
            decisions[i],
            Decision::Keep(ParagraphKind::Body | ParagraphKind::Caption)
        ) || !cut_short(blocks[i].text.trim_end())
            || grams[i].len() < 5
        {
            continue;
        }
        let later: std::collections::HashSet<u64> = (i + 1..blocks.len())
            .filter(|&j| decisions[j] == Decision::Keep(ParagraphKind::Body))
            .flat_map(|j| grams[j].iter().copied())
            .collect();
        let old = grams[i].iter().filter(|g| later.contains(g)).count();
        if old * 10 >= grams[i].len() * 8 {
            decisions[i] = Decision::Remove(RemovalReason::Duplicate);
        }
    }
    // A caption that prints a paragraph of the story again, under the
    // picture with its credit ("A huge quake hit … on Friday. © Ann Lee /
    // AFP" under a lede that says the same): the paragraph holds it. (Most
    // of its word runs, and a sentence's worth: a credit adds runs of its
    // own.)
    let body: std::collections::HashSet<u64> = (0..blocks.len())
        .filter(|&i| decisions[i] == Decision::Keep(ParagraphKind::Body))
        .flat_map(|i| grams[i].iter().copied())
        .collect();
    for i in 0..blocks.len() {
        if decisions[i] != Decision::Keep(ParagraphKind::Caption) || grams[i].len() < 12 {
            continue;
        }
        let old = grams[i].iter().filter(|g| body.contains(g)).count();
        if old >= 12 && old * 10 >= grams[i].len() * 7 {
            decisions[i] = Decision::Remove(RemovalReason::Duplicate);
        }
    }
    // A summary line printed above the story and again, word for word, as
    // a sentence of a longer paragraph below it (a standfirst the body
    // repeats): the paragraph holds it, and the line is its repeat.
    // (At the story's top, among its first three paragraphs, and one
    // sentence: a paragraph a reader's comment quotes further down is the
    // story's.)
    let top: Vec<usize> = (0..blocks.len())
        .filter(|&i| decisions[i] == Decision::Keep(ParagraphKind::Body))
        .take(3)
        .collect();
    for i in top {
        if grams[i].len() < 6 || super::segment::sentences(&blocks[i].text).len() != 1 {
            continue;
        }
        // (One sentence's trigrams against a paragraph's: a scan each.)
        let held = (i + 1..blocks.len()).any(|j| {
            decisions[j] == Decision::Keep(ParagraphKind::Body)
                && grams[j].len() >= grams[i].len() + 6
                && grams[i].iter().all(|g| grams[j].contains(g))
        });
        if held {
            decisions[i] = Decision::Remove(RemovalReason::Duplicate);
        }
    }
}

/// A line of a headline's length (3 to 25 words) that no sentence's
/// stop closes, even inside a closing quotation mark ("Minister visits
/// Tarnby", "Should Tarnby build a higher wall?", "'We will rebuild':
/// Mayor"): how a list of other stories prints its items.
fn unstopped_headline(text: &str) -> bool {
    let words = word_count(text);
    (3..=25).contains(&words)
        && !text
            .trim_end_matches(['"', '”', '’', '\'', ')', ' '])
            .ends_with(['.', '!', ',', ';', ':', '…'])
}

/// A caption's shortcode left in a block's text: the closing
/// "[/caption]" at its end.
static CAPTION_SHORTCODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\[/caption\]\W*$").expect("valid caption shortcode"));

/// A map's label alone on its line: "locator map", "Interactive map",
/// "A map of Tarnby and the coast:", "Map: where the ferry ran aground".
static MAP_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:locator|interactive) map|(?:a |the |this )?map(?: of [^.!?]*:|\s*:.*)|map)$",
    )
    .expect("valid map label")
});

/// Decide what one block is.
fn classify(text: &str, hint: Hint) -> Decision {
    let plain = strip_emphasis(text);
    let words = word_count(&plain);
    match hint {
        Hint::Caption => {
            return credit_only(&plain).unwrap_or(Decision::Keep(ParagraphKind::Caption));
        }
        Hint::Byline => return Decision::Keep(ParagraphKind::Byline),
        Hint::Heading if !is_furniture(&plain) => return Decision::Keep(ParagraphKind::Heading),
        Hint::QuoteBlock if !is_furniture(&plain) => {
            return Decision::Keep(ParagraphKind::QuoteBlock);
        }
        Hint::LinkOnly => return Decision::Remove(RemovalReason::Related),
        // The page's footer, under the most telling reason a rule gives.
        Hint::Footer => {
            let reason = rule_reason(&plain).unwrap_or(RemovalReason::Footer);
            return Decision::Remove(reason);
        }
        _ => {}
    }
    if is_script(&plain) {
        return Decision::Remove(RemovalReason::Markup);
    }
    // Debris of a page cut off or of its buttons: a line of two letters or
    // digits at most ("[U", a share count "0").
    // (Not a word of a transcript, "No.", "OK", "Q:"; a line of marks
    // alone, "* * *", "---", goes.)
    let alnum = plain.chars().filter(|c| c.is_alphanumeric()).count();
    if alnum == 0
        || (alnum <= 2
            && (plain.contains(['[', '(', '{'])
                || plain
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_whitespace())))
    {
        return Decision::Remove(RemovalReason::Boilerplate);
    }
    // A picture's caption in a publishing system's shortcode, its markup
    // left in the text ("Police at the scene on Monday[/caption]", the
    // closing tag WordPress writes around a captioned image): a caption.
    if words <= 80 && CAPTION_SHORTCODE.is_match(plain.trim()) {
        return Decision::Keep(ParagraphKind::Caption);
    }
    // A map's label where the page's map stood: "locator map" (the
    // Guardian's text for its maps), "A map of Sumy in Ukraine:": a
    // caption of a picture, no prose.
    if words <= 12 && MAP_LABEL.is_match(plain.trim()) {
        return Decision::Keep(ParagraphKind::Caption);
    }
    if words <= 40 && STAFF_CREDIT.is_match(&plain) && !credited_people(&plain).is_empty() {
        return Decision::Keep(ParagraphKind::Byline);
    }
    // A picture's or a piece's credit alone on its line, a name working
    // for a paper: "Ann Lee for The Washington Post", "Photo: Ann Lee for
    // The New York Times".
    if credit_for_paper(&plain) {
        return Decision::Keep(ParagraphKind::Byline);
    }
    // A contributor's note at the foot of a wire story ("Associated Press
    // writer Ann Lee in Tollmouth contributed to this report."): a credit,
    // not the story.
    if words <= 30
        && (CONTRIBUTED.is_match(&plain) || REPORTED_FROM.is_match(&plain) || BEAT.is_match(&plain))
        || words <= 40 && REACH_AT.is_match(&plain)
    {
        return Decision::Keep(ParagraphKind::Byline);
    }
    // A writer's line among the short parts of a page's line ("**The
    // Ledger — Issue #212** · By Ann Lee · 10 March 2025 · 6 min read"):
    // the byline, with its date and reading time, not a stamp to drop.
    if words <= 30 && meta_byline(&plain) {
        return Decision::Keep(ParagraphKind::Byline);
    }
    if words <= 12 && AD_LABEL.is_match(plain.trim()) {
        return Decision::Remove(RemovalReason::Boilerplate);
    }
    if words <= 40 {
        if let Some(reason) = rule_reason(&plain) {
            // A date and a time ("Monday, March 10, 2025 - 12:30") is no
            // video teaser with its running time: it dates the page.
            if reason == RemovalReason::Related && is_timestamp(&plain) {
                return Decision::Remove(RemovalReason::Timestamp);
            }
            return Decision::Remove(reason);
        }
        if let Some(reason) = furniture_run(&plain) {
            return Decision::Remove(reason);
        }
    }
    if is_timestamp(&plain) {
        return Decision::Remove(RemovalReason::Timestamp);
    }
    if is_mojibake(&plain) {
        return Decision::Remove(RemovalReason::Boilerplate);
    }
    if is_link_list(&plain) {
        return Decision::Remove(RemovalReason::Related);
    }
    if is_navigation(&plain) {
        return Decision::Remove(RemovalReason::Navigation);
    }
    if is_ticker(&plain) {
        return Decision::Remove(RemovalReason::Related);
    }
    // A byline may come with a date stamp glued before it ("date
    // 2025-09-10 By Ann Lee, CNN"): the stamp is peeled off when kept.
    if is_byline(&plain)
        || (DESK_BYLINE.is_match(plain.trim()) && !plain.trim_start().starts_with("The "))
        || peel_stamp(&plain).is_some_and(|(_, rest)| is_byline(&rest))
    {
        return Decision::Keep(ParagraphKind::Byline);
    }
    // A caption under its label: "Caption Pope Francis greets pilgrims
    // …", "Photo caption: …".
    // (AFP's combined pictures, "TOPSHOT - (COMBO) This combination of
    // pictures …", caption each picture in turn: long, and a caption.)
    if (words <= 80 || plain.starts_with("TOPSHOT")) && CAPTION_LABEL.is_match(&plain) {
        return Decision::Keep(ParagraphKind::Caption);
    }
    if words <= 80
        && (AGENCY_LEAD_CREDIT.is_match(&plain)
            || CAPTION_OPENER.is_match(&plain)
            || picture_shows(&plain)
            || placed_in_picture(&plain)
            || PLATFORM_CREDIT.is_match(plain.trim_end())
            || GLUED_AGENCY.is_match(plain.trim_end()))
    {
        return Decision::Keep(ParagraphKind::Caption);
    }
    // A picture agency's licence term closing its caption: "… on the ocean
    // floor. Mandatory Credit: Photo by Ann Lee/Shutterstock" (Shutterstock
    // and Rex Features print it so).
    if words <= 80
        && plain
            .rfind("Mandatory Credit")
            .is_some_and(|at| word_count(&plain[at..]) <= 12)
    {
        return Decision::Keep(ParagraphKind::Caption);
    }
    // A caption by the day its picture was taken, dated as wires date
    // pictures.
    if words <= 80
        && !plain.starts_with(['"', '“', '‘'])
        && (dated_like_a_caption(&plain)
            || (GLUED_IMAGE_CREDIT.is_match(&plain) && !reports_speech(&plain))
            || bracket_credit(&plain))
    {
        return Decision::Keep(ParagraphKind::Caption);
    }
    // A picture's credit on the first line of a block, its caption on the
    // next ("Ann Lee/The Ledger" / "Police block a road near the
    // farm."): a caption of a sentence or two that reports no speech.
    if words <= 60
        && let Some((first, rest)) = plain.split_once('\n')
        && credit_only(first.trim()).is_some()
        // (A photo's credit, with its slash or its label: not an agency's
        // name over its story, "AFP" / "A ferry capsized …".)
        && (first.contains('/')
            || ["photo", "image", "picture"]
                .iter()
                .any(|l| first.trim_start().to_lowercase().starts_with(l)))
        && !rest.trim_start().starts_with(['"', '“', '‘'])
        && rest.matches(". ").count() <= 1
        && !reports_speech(rest)
    {
        return Decision::Keep(ParagraphKind::Caption);
    }
    // A gallery's numbered caption ("[2/3] Body bags lined up on the quay").
    if words <= 80
        && PHOTO_MARK
            .find(&plain)
            .is_some_and(|m| m.end() < plain.len())
    {
        return Decision::Keep(ParagraphKind::Caption);
    }
    if words <= 80
        && (crate::text::tail_match(&CREDIT_TAIL, &plain, 320, &[("by", 41)]).is_some()
            || crate::text::tail_match(&AGENCY_FIRST_CREDIT, &plain, 120, &[]).is_some()
            || crate::text::tail_match(&CREDIT_LABEL_TAIL, &plain, 120, &[])
                .is_some_and(|m| m.get(0).is_some_and(|m| m.as_str().chars().count() <= 90)))
        && !plain.starts_with(['"', '“', '‘'])
    {
        return Decision::Keep(ParagraphKind::Caption);
    }
    if hint == Hint::Heading {
        return Decision::Keep(ParagraphKind::Heading);
    }
    Decision::Keep(ParagraphKind::Body)
}

/// A byline line: "By" and a name, short, with no sentence end (the
/// agency and a contributor may follow: "By A, The Associated Press, with a
/// report from B of The Ledger"); or a name working for a paper ("Ann Lee
/// for The Washington Post").
pub(super) fn is_byline(text: &str) -> bool {
    word_count(text) <= 24 && BYLINE.is_match(text) && !text.trim_end().ends_with(['.', '!', '?'])
        || credit_for_paper(text)
}

/// The reason of the first furniture rule the text matches.
fn rule_reason(text: &str) -> Option<RemovalReason> {
    RULES.iter().find(|r| r.is_match(text)).map(|r| r.reason)
}

fn credit_only(text: &str) -> Option<Decision> {
    RULES
        .iter()
        .find(|r| r.reason == RemovalReason::Credit && r.is_match(text))
        .map(|_| Decision::Remove(RemovalReason::Credit))
}

/// A line of page furniture strung together with dots or bars ("Share this
/// article · Subscribe for €9 a month · Market data delayed"): short parts,
/// half of them or more furniture on their own.
fn furniture_run(text: &str) -> Option<RemovalReason> {
    let pieces: Vec<&str> = text
        .split(PART_MARKS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.len() < 2 || pieces.iter().any(|p| word_count(p) > 10) {
        return None;
    }
    // A writer's name among them makes it the byline ("By Ann Lee · 5 min
    // read"), whatever else the line carries.
    if pieces.iter().any(|p| is_byline(p)) {
        return None;
    }
    // ("Published: 08.04.2025 10:40 | Updated: 10:52": an hour after a
    // label dates the page; it is no video's running time.)
    // (A newsletter's issue number is the page's furniture too: "Issue
    // 214 · Anti-doping · Reading time: 5 min".)
    let reasons: Vec<RemovalReason> = pieces
        .iter()
        .filter_map(|p| {
            if is_timestamp(p) {
                Some(RemovalReason::Timestamp)
            } else if ISSUE_NUMBER.is_match(p) {
                Some(RemovalReason::Boilerplate)
            } else {
                rule_reason(p)
            }
        })
        .collect();
    // (A dated run is the page's stamp: its date dates the page.)
    let first = if reasons.contains(&RemovalReason::Timestamp) {
        RemovalReason::Timestamp
    } else {
        reasons
            .first()
            .copied()
            .unwrap_or(RemovalReason::Boilerplate)
    };
    (!reasons.is_empty() && reasons.len() * 2 >= pieces.len()).then_some(first)
}

/// A writer's line among short parts set apart by dots or bars: one part
/// "By" and a name, another a date ("By Ann Lee · 10 March 2025 · 6 min
/// read").
fn meta_byline(text: &str) -> bool {
    // (Dashes set the parts apart as well in a newsletter's masthead line:
    // "Pharma Signal — Quality briefing — Thursday 12 March 2026 — by Ann
    // Lee".)
    let text = strip_emphasis(text)
        .replace(" — ", " · ")
        .replace(" – ", " · ");
    let parts: Vec<&str> = text
        .split(PART_MARKS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2
        && parts.iter().all(|p| word_count(p) <= 8)
        && parts.iter().any(|p| part_byline(p).is_some())
        && parts
            .iter()
            .any(|p| dates::parse(p).is_some() && date_words_only(p))
}

/// A part of a line of parts that is the writer's byline, as "By …": "By
/// Ann Lee", or "by Ann Lee" as a newsletter's masthead writes it.
fn part_byline(part: &str) -> Option<String> {
    if is_byline(part) {
        return Some(part.to_string());
    }
    part.strip_prefix("by ")
        .map(|name| format!("By {name}"))
        .filter(|b| is_byline(b))
}

/// A ticker of other stories' headlines strung on one line with dots
/// ("BREAKING: Petrol prices to jump again ... Rugby star's secret wedding
/// ... Storm warning for the coast"): three headlines or more, each a few
/// words with no sentence's end and no quotation.
fn is_ticker(text: &str) -> bool {
    if text.contains(['"', '“', '”']) {
        return false;
    }
    let parts: Vec<&str> = text
        .split(" ... ")
        .flat_map(|p| p.split(" … "))
        .flat_map(|p| p.split(" • "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| (2..=12).contains(&word_count(p)) && !p.ends_with(['.', '!', '?', ',', ';']))
}

/// Furniture even when marked up as a heading or quote ("Related stories").
fn is_furniture(text: &str) -> bool {
    let words = word_count(text);
    // (A subscription offer set as a call-out box runs longer than a
    // heading: "Subscribe to The Ledger: your first month for €1, then €29
    // a month. Cancel anytime.")
    // So does an appeal for donations ("Support independent journalism.
    // The Ledger takes no money from the state. Donate today").
    let lower = text.to_lowercase();
    let offer = words <= 30
        && (lower.contains("subscri") || lower.contains("donat") || lower.contains("upgrade"));
    // (A newsletter's contents under their label run longer too: "In
    // this issue: Corvalis contamination fallout · EU pharma package
    // trilogue · CDMO capacity tracker".)
    let contents = words <= 30 && contents_label(&lower);
    // (So does a pointer to another story set as a call-out, its label
    // before a colon: "Also read: The 33 of San José, fifteen years on:
    // what changed in mine safety".)
    let pointer = words <= 30
        && !text.contains(['"', '“', '”'])
        && text.split_once(':').is_some_and(|(label, _)| {
            word_count(label) <= 3 && rule_reason(label.trim()) == Some(RemovalReason::Related)
        });
    RULES.iter().any(|r| {
        r.reason != RemovalReason::Credit
            && (words <= 12
                || (offer && r.reason == RemovalReason::Newsletter)
                || ((contents || pointer) && r.reason == RemovalReason::Related))
            && r.is_match(text)
    })
}

/// A newsletter's contents under their label ("In this issue: …").
fn contents_label(lower: &str) -> bool {
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    [
        "in this issue",
        "in today's",
        "in today’s",
        "inside this issue",
        "in this edition",
    ]
    .iter()
    .any(|l| lower.starts_with(l))
}

/// A page's script or style sheet left in its text ("(function() { var
/// check = document.createElement('script'); … }());", ".promo {
/// display: none; }"): braces and statements' semicolons with a word of
/// code. Prose has neither.
fn is_script(text: &str) -> bool {
    let count = |c: char| text.matches(c).count();
    count('{') + count('}') >= 2
        && count(';') >= 2
        && [
            "function(",
            "function (",
            "document.",
            "window.",
            "var ",
            "=>",
            "typeof ",
            "!important",
            "px;",
        ]
        .iter()
        .any(|k| text.contains(k))
}

/// A world clock's line, a city known to the lexicon and its date and
/// time, as live pages print one for each capital ("Kyiv June 7, 10:43
/// a.m.", "New York 3:43 a.m.").
fn place_then_clock(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=2.min(words.len().saturating_sub(1))).any(|n| {
        let place = words[..n].join(" ");
        let rest = words[n..].join(" ");
        crate::extract::lexicon::LEXICON
            .known(&place)
            .is_some_and(|k| k.kind == crate::model::EntityKind::Place)
            && CLOCK.is_match(&rest)
            && date_words_only(&rest)
    })
}

/// "Updated: …", "Published 21:14, 4 Sep 2025", a line that is only a date,
/// or a masthead line of short parts around a date ("Issue 214 · 7 November 2025").
fn is_timestamp(text: &str) -> bool {
    let words = word_count(text);
    if words > 20 {
        return false;
    }
    if let Some(m) = TIMESTAMP.find(text)
        && (dates::parse(text).is_some() || text.chars().any(|c| c.is_ascii_digit()))
        // A label and a date, not a sentence that opens with the word
        // ("Date 2025 was a year of change…") or a story glued after it.
        && word_count(&text[m.end()..]) <= 10
        && peel_stamp(text).is_none()
    {
        return true;
    }
    // "02/04/2025", "2025-04-02", "4.2.2025 14:05": a date in figures alone.
    // A live page's entry time on its own line ("17:55 WIB", "9.40am BST",
    // "14:05"): a time of day and at most its zone.
    if NUMERIC_DATE.is_match(text.trim()) || is_entry_time(text) {
        return true;
    }
    if words <= 8 && place_then_clock(text.trim()) {
        return true;
    }
    // A writer's line closed by the hour it was filed ("Harriet Cole,
    // Zaharan · Wednesday 10.42 BST"): short parts, the last only a day
    // and a time.
    if words <= 12
        && let Some((_, last)) = text.rsplit_once(PART_MARKS)
        && last.chars().any(|c| c.is_ascii_digit())
        && CLOCK.is_match(last)
        && date_words_only(last)
    {
        return true;
    }
    // "Sunday, October 26", "Tue 4 March": a weekday and a day of a
    // month alone, the year left out.
    let bare: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    if (3..=4).contains(&bare.len())
        && date_words_only(text)
        && bare.iter().any(|w| super::dates::is_weekday(w))
        && bare.iter().any(|w| dates::month_number(w).is_some())
        && bare.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    let Some(_) = dates::parse(text) else {
        return false;
    };
    // "ABN Gindarra · Posted Sun 18 Jan 2026 at 7:12am, updated …": a
    // short label (the bureau), the rest only date words.
    let parts: Vec<&str> = text.split(PART_MARKS).map(str::trim).collect();
    if parts.len() >= 2
        && words <= 30
        && parts
            .iter()
            .any(|p| dates::parse(p).is_some() && date_words_only(p))
        && parts
            .iter()
            .all(|p| date_words_only(p) || (word_count(p) <= 3 && !p.ends_with('.')))
    {
        return true;
    }
    if SEPARATED_META.is_match(text) && words <= 15 {
        return true;
    }
    date_words_only(text)
}

/// A newsletter's or a magazine's issue number: "Issue 214", "No. 37",
/// "Vol. 3".
static ISSUE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(issue|edition|no\.|vol\.|volume)\s*#?\d{1,4}$").expect("valid regex")
});

/// A time of day: "10.42", "21:14", "9:05pm".
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}[:.]\d{2}\b").expect("valid regex"));

/// A time of day alone, as live pages head their entries: "17:55", "9.40am",
/// "17:55 WIB", "08:05 GMT+7".
static ENTRY_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?<hour>\d{1,2})(?:[:.](?<mins>\d{2}))?\s?(?<half>(?i:[ap]\.?m\.?))?(?:\s(?<zone>[A-Z]{2,5})(?:[+\-−]\d{1,2}(?::\d{2})?)?)?$",
    )
    .expect("valid regex")
});

/// Time zones a date line may name, matched in any case ("GMT", "bst"):
/// Europe's, North America's, Australia's and New Zealand's.
const ZONES: &[&str] = &[
    "utc", "gmt", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "et", "aest", "aedt", "acst",
    "acdt", "awst", "nzst", "nzdt",
];

/// More zones, written in capitals after a live page's entry time only
/// (some are words in lower case: "west", "cat"): Europe's others, the
/// Americas', Indonesia's, India's, Pakistan's, East and South-East
/// Asia's, Africa's, Moscow's.
const MORE_ZONES: &[&str] = &[
    "wet", "west", "eet", "eest", "msk", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "akst",
    "hst", "wib", "wita", "wit", "ist", "pkt", "jst", "kst", "hkt", "sgt", "pht", "ict", "eat",
    "wat", "cat", "sast",
];

/// Whether a line is only a time of day and at most its zone ([`ENTRY_TIME`]):
/// an hour of the clock ("24:17" is a score), with minutes after a colon,
/// or with its half ("9am"), or minutes after a dot and a known zone
/// ("12.30" alone may be a price, "12.30 EUR" is one).
fn is_entry_time(text: &str) -> bool {
    ENTRY_TIME.captures(text.trim()).is_some_and(|c| {
        let half = c.name("half").is_some();
        let hour: u32 = c["hour"].parse().unwrap_or(99);
        let mins: Option<u32> = c.name("mins").and_then(|m| m.as_str().parse().ok());
        let zone = c.name("zone").map(|z| z.as_str().to_ascii_lowercase());
        let known_zone = zone
            .as_deref()
            .is_some_and(|z| ZONES.contains(&z) || MORE_ZONES.contains(&z));
        let colon = text.contains(':');
        // (After a dot, only a known zone: "12.30 EUR" is a price.)
        if zone.is_some() && !known_zone && !colon {
            return false;
        }
        hour <= if half { 12 } else { 23 }
            && mins.is_none_or(|m| m <= 59)
            && (half || mins.is_some() && (colon || known_zone))
    })
}

/// A time of day with its half: "7:12am", "9.40pm".
static CLOCK_AM_PM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\d{1,2}(?:[:.]\d{2})?[ap]m$").expect("valid regex"));

/// Only date words, numbers, time zones (with an offset: "GMT+1") and the
/// labels of a stamp ("Updated 3 hours ago").
fn date_words_only(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w
                .split_once(['+', '-', '−'])
                .filter(|(zone, offset)| {
                    zone.chars().all(|c| c.is_ascii_alphabetic())
                        && !offset.is_empty()
                        && offset.chars().all(|c| c.is_ascii_digit() || c == ':')
                })
                .map_or(w, |(zone, _)| zone);
            // (A day as an ordinal: "May 6th 2024".)
            let w = ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| w.strip_suffix(s))
                .filter(|d| !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()))
                .unwrap_or(w);
            w.is_empty()
                || w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-'))
                || CLOCK_AM_PM.is_match(w)
                || dates::month_number(w).is_some()
                || super::dates::is_weekday(w)
                // ("Aug 02, 2024 10:47 AM IST": another zone, in capitals.)
                || (w.len() >= 2
                    && w.chars().all(|c| c.is_ascii_uppercase())
                    && {
                        let z = w.to_ascii_lowercase();
                        // (Not a word in capitals: "WEST", "CAT", "EAT".)
                        MORE_ZONES.contains(&z.as_str())
                            && !matches!(
                                z.as_str(),
                                "west" | "wet" | "cat" | "eat" | "wit" | "pt" | "ct" | "mt"
                            )
                    })
                || {
                    let w = w.to_ascii_lowercase();
                    ZONES.contains(&w.as_str())
                        || matches!(
                            w.as_str(),
                            "am" | "pm"
                                | "a.m"
                                | "p.m"
                                | "on"
                                | "at"
                                | "first"
                                | "last"
                                | "updated"
                                | "published"
                                | "posted"
                                | "modified"
                                | "ago"
                                | "minute"
                                | "minutes"
                                | "mins"
                                | "hour"
                                | "hours"
                                | "hrs"
                        )
                }
        })
}

/// A text without an embedded post's media and short links
/// ("pic.twitter.com/Xk2vL9qPzR", "https://t.co/b7QmN2sWe1"): they are the
/// widget's, not words anyone wrote or said; each goes to `removed`.
fn without_embed_links(text: String, removed: &mut Vec<Removed>) -> String {
    if !text.contains("pic.twitter.com/") && !text.contains("t.co/") {
        return text;
    }
    let mut kept = String::with_capacity(text.len());
    for w in text.split(' ') {
        let bare = w.trim_end_matches(['.', ',', ')']);
        if EMBED_LINK.is_match(bare) {
            removed.push(Removed {
                text: bare.to_string(),
                reason: RemovalReason::Share,
            });
            continue;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(w);
    }
    kept
}

/// A block that is mostly web addresses ("[1] St Mary's: https://… [2] The
/// board: https://…", a print page's list of the links in the story): at
/// least half its characters are in addresses. Prose cites an address; it
/// is not made of them.
fn is_link_list(text: &str) -> bool {
    let (mut all, mut in_links) = (0usize, 0usize);
    for w in text.split_whitespace() {
        let n = w.chars().count();
        all += n;
        let lower = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        if lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
        {
            in_links += n;
        }
    }
    in_links > 0 && in_links * 2 >= all
}

/// At least `at_least` items, none empty nor holding a figure, each as
/// `item` wants: the items of a menu.
fn menu<'a>(
    parts: impl Iterator<Item = &'a str>,
    at_least: usize,
    item: impl Fn(&str) -> bool,
) -> bool {
    let items: Vec<&str> = parts.map(str::trim).filter(|p| !p.is_empty()).collect();
    // (One item in five may run longer, a region's name in a local
    // paper's menu: "Início | Rio Grande do Sul | Porto Alegre | Politics
    // | Economy".)
    items.len() >= at_least
        && items
            .iter()
            .all(|p| !p.chars().any(|c| c.is_ascii_digit()) && word_count(p) <= 5)
        && items.iter().filter(|p| item(p)).count() * 5 >= items.len() * 4
}

/// Menu lines: a bullet and a few words, a language name, a breadcrumb trail.
fn is_navigation(text: &str) -> bool {
    let t = text.trim();
    let unbulleted = t.trim_start_matches(|c: char| !c.is_alphanumeric()).trim();
    if LANGUAGES.contains(&unbulleted.to_lowercase()) {
        return true;
    }
    if starts_with_bullet(t)
        && word_count(unbulleted) <= 4
        && !unbulleted.ends_with(['.', '!', '?', '"', '”'])
    {
        return true;
    }
    // A menu: four or more items of a few words set apart by bars or
    // bullets ("Home | Domestic | World | Economy | Sport"), or, copied as
    // text, five or more capitalised items of a word or two set apart by
    // wide gaps ("Home  U.S.  World  Business  Politics"); no figures.
    if menu(t.split(PART_MARKS), 4, |p| {
        word_count(p) <= 3 && !p.ends_with(['.', '!', '?', '"', '”'])
    }) || menu(t.split("  "), 5, |p| {
        word_count(p) <= 2 && p.starts_with(char::is_uppercase)
    }) {
        return true;
    }
    BREADCRUMB.find_iter(t).count() >= 2 && word_count(t) <= 12 && !t.ends_with('.')
}

/// A short line with no sentence punctuation at its end.
/// A short line of UTF-8 or GBK bytes read in a Latin code page
/// ("91³Ô¹ÏÍø"): mostly Latin-1 symbols and accented capitals, and not one
/// ordinary word.
fn is_mojibake(text: &str) -> bool {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.is_empty() || word_count(text) > 4 {
        return false;
    }
    let latin1 = chars
        .iter()
        .filter(|c| ('\u{80}'..='\u{FF}').contains(*c))
        .count();
    let has_word = text.split_whitespace().any(|w| {
        w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 3
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || c.is_ascii_punctuation())
    });
    latin1 >= 3 && latin1 * 10 >= chars.len() * 4 && !has_word
}

fn is_short_label(text: &str) -> bool {
    let t = strip_emphasis(text);
    let t = t.trim();
    word_count(t) <= 12
        && !t.ends_with(['.', '!', '?', ',', ';', '"', '”', '’', ')'])
        && !t.is_empty()
}

/// Two to five words, each capitalised but for a surname's particle ("da",
/// "van", "al-"), no digits: a person's name as an author element holds it.
pub fn reads_as_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && !text.contains(|c: char| c.is_ascii_digit())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        // A desk's or a job's words ("Staff Reporter", "News Desk") name
        // no one.
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().trim_end_matches([',', '.']),
                "staff" | "reporter" | "reporters" | "correspondent" | "editor" | "editors"
                    | "desk" | "team" | "writer" | "writers" | "news" | "wire" | "service"
                    | "agency" | "bureau" | "newsroom" | "contributor" | "online"
            )
        })
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(
                    *w,
                    "da" | "de"
                        | "del"
                        | "della"
                        | "di"
                        | "do"
                        | "dos"
                        | "du"
                        | "van"
                        | "von"
                        | "der"
                        | "den"
                        | "la"
                        | "le"
                        | "bin"
                        | "bint"
                        | "ibn"
                )
                || w.starts_with("al-")
                || w.starts_with("el-")
        })
}

/// Names from a byline: "By Ann Lee and Tom Reyes, Political Editors" gives two.
pub fn authors_of(byline: &str) -> Vec<String> {
    if STAFF_CREDIT.is_match(byline.trim()) {
        return staff_credit_names(byline, false);
    }
    // "Ann Lee for The Washington Post": the name before "for".
    if let Some(name) = paper_credit_name(byline) {
        return reads_as_name(name)
            .then(|| name.to_string())
            .into_iter()
            .collect();
    }
    // A contributor's note: the names right before "contributed", past the
    // outlet and the job ("Associated Press writers Ann Lee and Tom Reyes
    // in Tollmouth contributed to this report.").
    if let Some(m) = CONTRIBUTED.find(byline.trim()) {
        let before = &byline.trim()[..m.start()];
        return before
            .split(" and ")
            .filter_map(|part| {
                let part = part
                    .split(" in ")
                    .next()
                    .unwrap_or(part)
                    .trim_end_matches(',');
                let words: Vec<&str> = part.split_whitespace().collect();
                let run: Vec<&str> = words
                    .iter()
                    .rev()
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .copied()
                    .collect();
                let name: Vec<&str> = run.into_iter().rev().collect();
                let name = name.join(" ");
                reads_as_name(&name).then_some(name)
            })
            .collect();
    }
    // A part of a masthead line that is the byline ("Pharma Signal —
    // Quality briefing — Thursday 12 March 2026 — by Ann Lee"): its names.
    if !BYLINE.is_match(byline.trim())
        && let Some(part) = byline
            .split(['|', '—', '–', '•', '·'])
            .map(str::trim)
            .find_map(part_byline)
    {
        return authors_of(&part);
    }
    let Some(c) = BYLINE.captures(byline.trim()) else {
        // A byline that is a name alone (an author element's), or a name
        // and where it was filed from ("Helen Crossley in Aurenn"), its
        // outlet or the date beside it ("Ann Lee · 8 April 2025").
        let name = byline
            .trim()
            .split(['|', '—', '–', '(', '\n', '•', '·', ','])
            .next()
            .unwrap_or("")
            .split(" in ")
            .next()
            .unwrap_or("")
            .trim();
        return if reads_as_name(name) {
            vec![name.to_string()]
        } else {
            Vec::new()
        };
    };
    let after = &byline.trim()[c.get(0).map_or(0, |m| m.start())..];
    let after = after.split_once(char::is_whitespace).map_or("", |(_, r)| r);
    // The date and time set beside it end it ("By Ann Lee Health
    // Correspondent 24 February 2026 • 4:12pm").
    let head = after
        .split(['|', '—', '–', '(', '\n', '•', '·'])
        .next()
        .unwrap_or("")
        .split(" in ")
        .next()
        .unwrap_or("");
    let head = head
        .find(|c: char| c.is_ascii_digit())
        .map_or(head, |i| &head[..i]);
    // "By Ann Lee, Political Editor": what follows the comma is the job
    // or the outlet; "By Saskya Vandoorne, Joseph Ataman and Serene
    // Nourrisson, CNN": a list of names runs up to the part that holds its
    // "and".
    let parts: Vec<&str> = head.split(',').collect();
    let joined = |p: &str| {
        let p = p.trim();
        p.contains(" and ") || p.contains(" & ") || p.starts_with("and ") || p.starts_with("& ")
    };
    let last = parts
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, p)| joined(p))
        .map_or(0, |(i, _)| i);
    parts[..=last]
        .iter()
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        .map(|p| {
            without_role(capitals_name(
                p.trim()
                    .trim_start_matches("and ")
                    .trim_start_matches("& ")
                    .trim_end_matches('.'),
            ))
        })
        .filter(|p| !p.is_empty() && p.split_whitespace().count() <= 4)
        .collect()
}

/// A name set in capitals before the agency's name in small letters, as
/// wire bylines are ("SEVDA RAHIMLI Associated Press"): the name alone.
fn capitals_name(part: &str) -> &str {
    use crate::extract::names::in_capitals;
    let words: Vec<&str> = part.split_whitespace().collect();
    match words.iter().position(|w| !in_capitals(w)) {
        Some(k) if k >= 2 && words[k].starts_with(char::is_uppercase) => {
            // Up to where the k-th word starts.
            let start = part
                .char_indices()
                .filter(|&(i, c)| !c.is_whitespace() && part[..i].ends_with(char::is_whitespace))
                .nth(k - 1)
                .map_or(part.len(), |(i, _)| i);
            part[..start].trim_end()
        }
        _ => part,
    }
}

/// Nouns of a newsroom job, after a name in a byline without a comma.
const ROLE_NOUNS: &[&str] = &[
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "journalist",
    "columnist",
    "producer",
    "contributor",
];

/// A name without the job written after it with no comma between ("Ann
/// Lee Health Correspondent", "Tom Reyes Senior Reporter"): the words
/// before the job noun, less the common words that qualify the job.
fn without_role(part: &str) -> String {
    let words: Vec<&str> = part.split_whitespace().collect();
    let Some(r) = words
        .iter()
        .position(|w| ROLE_NOUNS.contains(&w.to_lowercase().as_str()))
    else {
        return part.to_string();
    };
    // Only a job ("Transport Correspondent" between two names in "By Ann
    // Lee, Transport Correspondent, and Tom Reyes"): no one.
    if r + 1 == words.len()
        && words[..r]
            .iter()
            .all(|w| crate::extract::names::common_word(w, -0.1))
    {
        return String::new();
    }
    let mut end = r;
    while end > 2 && crate::extract::names::common_word(words[end - 1], -0.1) {
        end -= 1;
    }
    if end < 2 {
        return part.to_string();
    }
    words[..end].join(" ")
}

/// Everyone a byline or a staff credit names, editors too: "(Reporting by
/// Ann Lee in Oslo; Editing by Jo Park)" gives two.
pub fn credited_people(byline: &str) -> Vec<String> {
    if STAFF_CREDIT.is_match(byline.trim()) {
        staff_credit_names(byline, true)
    } else {
        authors_of(byline)
    }
}

/// The people a staff credit names, each part's role dropped, and the place
/// a reporter filed from: "(Reporting by Ann Lee in Oslo and Tom Reyes;
/// Editing by Jo Park)" gives the two writers, or all three with `editors`.
fn staff_credit_names(line: &str, editors: bool) -> Vec<String> {
    let inner = line
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ')']);
    let mut names = Vec::new();
    for part in inner.split(';') {
        let Some(at) = part.find(" by ") else {
            continue;
        };
        let role = part[..at].trim().to_lowercase();
        if !editors
            && !role.contains("reporting")
            && !role.contains("writing")
            && !role.contains("compiled")
        {
            continue;
        }
        for name in part[at + 4..]
            .split([',', '&'])
            .flat_map(|p| p.split(" and "))
        {
            let name = name.trim().trim_start_matches("and ").trim();
            let name = name.split(" in ").next().unwrap_or("").trim();
            let words: Vec<&str> = name.split_whitespace().collect();
            if (1..=4).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && !names.iter().any(|n| n == name)
            {
                names.push(name.to_string());
            }
        }
    }
    names
}

fn strip_emphasis(text: &str) -> String {
    text.trim()
        .trim_matches(|c| c == '*' || c == '_')
        .trim()
        .to_string()
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The comparison key of a block: folded case and white space.
fn key(text: &str) -> String {
    unmarked(text).to_lowercase()
}

/// A block's text as [`key`] compares it, in its own case: emphasis and a
/// gallery's number left out (a caption printed under the lead photo and
/// again in the gallery with its number, "[1/3] …", is one caption), white
/// space collapsed.
fn unmarked(text: &str) -> String {
    let text = strip_emphasis(text);
    let text = match PHOTO_MARK.find(&text) {
        Some(m) if m.end() < text.len() => &text[m.end()..],
        _ => text.as_str(),
    };
    collapse_ws(text)
}

/// A text cut short by the page, its end marked: "… a devastating …".
fn cut_short(text: &str) -> bool {
    text.ends_with("...") || text.ends_with('…')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speakers_surname_after_the_headlines_dash_is_no_outlet() {
        // "… - Varga" credits the claim to the general the story names,
        // as some outlets write headlines; "… - Harbour Ledger" is the
        // page's outlet.
        let body = "This was stated by the commander of the army, General Edita Varga, at a meeting on Monday. \"We hold the bridge and the roads to it,\" Varga said, and the fighting went on.";
        let c = run(&["Troops hold the Lemvik bridge and its roads - Varga", body]);
        assert_eq!(
            c.title.as_deref(),
            Some("Troops hold the Lemvik bridge and its roads")
        );
        assert_eq!(c.outlet, None);
        let c = run(&["Troops hold the Lemvik bridge and its roads - Ledger", body]);
        assert_eq!(c.outlet.as_deref(), Some("Ledger"));
    }

    #[test]
    fn a_page_titles_outlet_reads_as_a_name() {
        assert_eq!(
            page_title("Council approves the budget | The Times of India").map(|t| t.1),
            Some("The Times of India")
        );
        assert_eq!(
            page_title(
                "JOBS BLOODBATH Airline giant to axe staff - with hundreds of jobs for the chop"
            ),
            None
        );
        let owner = COPYRIGHT_OWNER
            .captures("© The Daily Courier Ltd 2025. All rights reserved.")
            .map(|c| c[1].trim().to_string());
        assert_eq!(owner.as_deref(), Some("The Daily Courier"));
    }
    use crate::ingest::Block;

    #[test]
    fn every_cleaning_rule_compiles() {
        let lines = include_str!("../../assets/lexicons/boilerplate.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(RULES.len(), lines);
        assert_eq!(
            byte_mode(r"^a\b\w+[\d,]\s.{0,9}[»›-]•\\[^]x]"),
            r"(?-u)^a\b\w+[\d,]\s.{0,9}(?u:[»›-])(?u:•)\\[^]x]"
        );
        // Letters beyond ASCII and furniture marks still match.
        let rule = |p: &str| crate::rx::BytesRegex::new(&format!("(?i){}", byte_mode(p))).unwrap();
        assert!(
            rule(r"^lire (aussi|également)\s*[:»]")
                .is_match("Lire également » la suite".as_bytes())
        );
        assert!(rule(r"^•+$").is_match("•••".as_bytes()));
        assert!(!rule(r"^.{0,5}$").is_match("ééé".as_bytes()));
    }

    fn run(lines: &[&str]) -> Cleaned {
        let raw = RawDoc {
            blocks: lines.iter().map(|l| Block::new(Hint::Plain, *l)).collect(),
            ..RawDoc::default()
        };
        clean(raw, IngestOptions::default())
    }

    /// The kinds kept, in order, with their first words.
    fn kept(c: &Cleaned) -> Vec<(ParagraphKind, String)> {
        c.blocks
            .iter()
            .map(|(k, t)| {
                (
                    *k,
                    t.split_whitespace().take(4).collect::<Vec<_>>().join(" "),
                )
            })
            .collect()
    }

    /// Each of `want` (a reason and the first word of what it removed) is
    /// in the removed list.
    #[track_caller]
    fn assert_removed(c: &Cleaned, want: &[(RemovalReason, &str)]) {
        let reasons: Vec<(RemovalReason, &str)> = c
            .removed
            .iter()
            .map(|r| (r.reason, r.text.split_whitespace().next().unwrap_or("")))
            .collect();
        for w in want {
            assert!(reasons.contains(w), "{w:?} in {reasons:?}");
        }
    }

    /// The first words of the blocks kept as one of `kinds`, in order.
    fn starts_of<'k>(k: &'k [(ParagraphKind, String)], kinds: &[ParagraphKind]) -> Vec<&'k str> {
        k.iter()
            .filter(|(kind, _)| kinds.contains(kind))
            .map(|(_, t)| t.as_str())
            .collect()
    }

    #[test]
    fn a_pointer_glued_to_a_short_excerpt_and_a_teasers_picture_under_read_more() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Up to 40 people were missing after a ferry capsized off Dorrin, the coast guard said Read Full Article at Dorrin.com",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "Read more",
            "FILE PHOTO: A coast guard boat in the harbour of Vasse.",
            "Dorrin ferry operator fined over safety lapses",
            "Divers reached the hull on Monday, and the search went on through the night, the coast guard said.",
        ]);
        let k = kept(&c);
        let body = starts_of(&k, &[ParagraphKind::Body, ParagraphKind::Heading]);
        assert_eq!(
            body,
            [
                "Up to 40 people",
                "The ferry had left",
                "Divers reached the hull"
            ],
            "{k:?}"
        );
        assert!(
            c.blocks
                .iter()
                .all(|(_, t)| !t.contains("Read Full") && !t.contains("fined")),
            "{:?}",
            c.blocks
        );
        assert_removed(
            &c,
            &[
                (RemovalReason::Related, "Read"),
                (RemovalReason::Related, "FILE"),
                (RemovalReason::Related, "Dorrin"),
            ],
        );
        // A sentence that merely mentions reading the full story stays
        // whole, short or long.
        let long = "The ferry had left the port of Vasse with 212 people on board, the captain said, adding that he had not had time to read the full article on Friday.";
        let short = "The minister said he would read the full story at home.";
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            long,
            short,
        ]);
        assert!(c.blocks.iter().any(|(_, t)| t == long), "{:?}", c.blocks);
        assert!(c.blocks.iter().any(|(_, t)| t == short), "{:?}", c.blocks);
    }

    #[test]
    fn a_caption_reprinting_the_lede_a_teaser_card_and_a_credit_for_a_paper() {
        let lede = "A ferry capsized off the Dorrin coast on Sunday, leaving 40 people missing and dozens more hurt, with rescue boats searching the water.";
        let c = run(&[
            "Latest Updates",
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Ann Lee for The Dorrin Times",
            &format!("Vasse, Dorrin - {lede}"),
            &format!("{lede} \u{a9} Ivo BRANDT / AFP"),
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "Crews fought the flames aboard the hull until dawn. (AP Photo: Ivo Brandt)",
            "Harbour seals return to the Vasse estuary, survey finds",
            "Environment and Nature Harbour seals return to the Vasse estuary, survey finds",
            "Divers reached the hull on Monday, and the search went on through the night, the coast guard said.",
            "Dorrin ferry sinks with 212 aboard",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned ov",
            "[U",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Ferry capsizes off Dorrin coast, dozens missing")
        );
        let k = kept(&c);
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Body, ParagraphKind::Heading]),
            [
                "Vasse, Dorrin - A",
                "The ferry had left",
                "Divers reached the hull"
            ],
            "{k:?}"
        );
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Caption]),
            ["Crews fought the flames"]
        );
        assert_eq!(starts_of(&k, &[ParagraphKind::Byline]), ["Ann Lee for The"]);
        assert_removed(
            &c,
            &[
                (RemovalReason::Duplicate, "A"),
                (RemovalReason::Related, "Harbour"),
                (RemovalReason::Related, "Environment"),
                (RemovalReason::Related, "Dorrin"),
                (RemovalReason::Boilerplate, "[U"),
            ],
        );
        // A headline over itself under a label, at the top, is the story's;
        // a headline in capitals is no credit line; a word of a transcript
        // is no debris.
        let c = run(&[
            "Big Win for The Rovers",
            "Sport Big Win for The Rovers",
            "The Rovers beat Vasse United 3-1 on Saturday, and the crowd of 12,000 stayed on the pitch until dusk.",
            "Here’s the latest:",
            "* * *",
            "No.",
        ]);
        assert_eq!(c.title.as_deref(), Some("Big Win for The Rovers"));
        assert_removed(
            &c,
            &[
                (RemovalReason::Boilerplate, "Here’s"),
                (RemovalReason::Boilerplate, "*"),
            ],
        );
        assert_eq!(
            starts_of(&kept(&c), &[ParagraphKind::Body, ParagraphKind::Heading]),
            ["Sport Big Win for", "The Rovers beat Vasse", "No."],
            "{:?}",
            kept(&c)
        );
        // A blog's line over the caption it prints under every picture is
        // the blog's own, not another story's card.
        let caption =
            "Vasse Harbour Festival 2018, the lantern parade on the quay at dusk (Ann Lee)";
        let c = run(&[
            "Lanterns on the quay",
            caption,
            "The festival opened on Friday with a parade of two hundred lanterns along the quay, and the crowd stayed late.",
            "Shall we go back in time to the night of the parade",
            caption,
            "The lanterns were carried by children from the five schools of Vasse, who had made them in the spring.",
        ]);
        assert!(
            c.blocks
                .iter()
                .any(|(_, t)| t.starts_with("Shall we go back")),
            "{:?}",
            c.blocks
        );
        // A credit for a name no list holds is a credit still.
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Oyinkansola Adebanjo for The Dorrin Times",
            "A ferry capsized off the Dorrin coast on Sunday, leaving 40 people missing, the coast guard said.",
        ]);
        assert_eq!(
            starts_of(&kept(&c), &[ParagraphKind::Byline]),
            ["Oyinkansola Adebanjo for The"]
        );
        // At the top, a headline over a standfirst the story repeats is
        // the story's headline.
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Rescue boats searched the water off Dorrin through the night",
            "A ferry capsized off the Dorrin coast on Sunday, leaving 40 people missing and dozens more hurt, the coast guard said.",
            "Rescue boats searched the water off Dorrin through the night",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Ferry capsizes off Dorrin coast, dozens missing")
        );
    }

    #[test]
    fn credits_on_their_own_lines_and_closing_captions_go() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Rescue boats circle the hull off Dorrin on Sunday.",
            "AP Photo/Ivo Brandt",
            "Ships wait outside the harbour at dawn.",
            "Vassapress/AP Photo/Ivo Brandt",
            "Shutterstock/Lena Vos",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "Relatives wait at the ferry terminal in Vasse.",
            "Photo credit: AFP",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "Coast guard chief Lena Vos speaks to reporters in Vasse on Sunday. [DORRIN TIMES]",
            "AP/Ipsos polling shows most Dorrin voters want tighter ferry checks, and the minister has promised a review.",
            "See photos taken at the port after the rescue below:",
            "The coast guard will keep searching through the night, Vos said, as relatives gathered at the terminal [in Vasse].",
            "with AP and DPA",
        ]);
        let k = kept(&c);
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Body]),
            [
                "A passenger ferry capsized",
                "The ferry had left",
                "AP/Ipsos polling shows most",
                "The coast guard will",
            ],
            "{k:?}"
        );
    }

    #[test]
    fn screen_reader_labels_scripts_world_clocks_and_clip_cards_go() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "/* loader */ (function() { var s = document.createElement('script'); s.async = true; document.head.appendChild(s); }());",
            "Madrid June 2, 9:15 a.m.",
            "Lisbon June 2, 10:15 a.m.",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "A coast guard boat circles the hullImage source, Dorrin Coastguard",
            "Image caption,",
            "Relatives wait at the ferry terminal in Vasse",
            "Image source, Getty Images",
            "Media caption,",
            "The ferry left the port at dawn",
            "Divers reach the hull as seas calm",
            "2 days ago",
            "Duration 1:45",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "Survivors describe the night at sea To view this video please enable JavaScript, and consider upgrading to a browser that supports HTML5 video",
            "Lena Vos/The Dorrin Times\nRelatives wait at the ferry terminal in Vasse on Sunday.",
            "See the Times’ complete coverage of the ferry disaster.",
            "Powered by automated translation",
            "Marta Lind / Witness\nI saw the ferry lean over and then it was gone. People were screaming in the water.",
            "Officials said the search would go on through the night.",
            "The flaw could allow JavaScript on a malicious page to read saved passwords, researchers said.",
            "AFP\nA second ferry turned back to port on Sunday. Its captain said the sea was too rough.",
            "Powered by AI, chipmakers rally",
        ]);
        let k = kept(&c);
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Body, ParagraphKind::Heading]),
            [
                "A passenger ferry capsized",
                "The ferry had left",
                "Marta Lind / Witness",
                "Officials said the search",
                "The flaw could allow",
                "AFP A second ferry",
                "Powered by AI, chipmakers",
            ],
            "{k:?}"
        );
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Caption]),
            [
                "A coast guard boat",
                "Relatives wait at the",
                "The ferry left the",
                "Lena Vos/The Dorrin Times",
            ],
            "{k:?}"
        );
        assert_removed(
            &c,
            &[
                (RemovalReason::Markup, "/*"),
                (RemovalReason::Timestamp, "Madrid"),
                (RemovalReason::Timestamp, "Lisbon"),
                (RemovalReason::Credit, "Image"),
                (RemovalReason::Related, "Divers"),
                (RemovalReason::Related, "Duration"),
            ],
        );
    }

    #[test]
    fn a_caption_or_a_section_label_above_the_headline_leaves_it_the_title() {
        // A photo's caption printed twice at the page's top, above the
        // headline.
        let caption = "A firefighter walks past the burned market hall in Dorrin on Monday. Crews fought the blaze through the night. (Ann Lee / The Dorrin Times)";
        let c = run(&[
            caption,
            caption,
            "Dorrin market hall destroyed in overnight fire",
            "A fire destroyed the market hall in Dorrin overnight, and crews fought the blaze for six hours, the fire service said on Monday.",
            "No one was hurt in the Dorrin fire, officials said, but the hall's 40 traders lost their stock.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Dorrin market hall destroyed in overnight fire")
        );
        // A section's label over the headline, share buttons under it.
        let c = run(&[
            "Latest News",
            "Dorrin market hall destroyed in overnight fire",
            "Pinterest LinkedIn Tumblr",
            "A fire destroyed the market hall in Dorrin overnight, and crews fought the blaze for six hours, the fire service said on Monday.",
            "No one was hurt in the Dorrin fire, officials said, but the hall's 40 traders lost their stock.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Dorrin market hall destroyed in overnight fire")
        );
        assert!(
            c.removed
                .iter()
                .any(|r| r.text.starts_with("Pinterest") && r.reason == RemovalReason::Share),
            "{:?}",
            c.removed
        );
        // An explainer's headline is no label of a box of points.
        let c = run(&[
            "What We Know So Far",
            "A fire destroyed the market hall in Dorrin overnight, and crews fought the blaze for six hours, the fire service said on Monday.",
            "No one was hurt in the Dorrin fire, officials said, but the hall's 40 traders lost their stock.",
        ]);
        assert_eq!(c.title.as_deref(), Some("What We Know So Far"));
    }

    #[test]
    fn photo_credits_by_and_in_brackets_entry_times_and_key_points_go() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "Key points",
            "  • Ferry capsizes with 212 on board",
            "  • Coast guard searches through the night",
            "Photo by\nDorrin Times",
            "Screenshot: Dorrin TV",
            "(Ann Lee)",
            "16:00 , Marta Lind",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "Photos by residents show the hull on its side.",
            "Video by a bystander shows the moment the ferry turned over:",
            "Screenshots from the crew's group chat show the captain's warning:",
            "Read the full report here. Two crew members were rescued from the water, police said.",
        ]);
        let k = kept(&c);
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Body, ParagraphKind::Heading]),
            [
                "A passenger ferry capsized",
                "The ferry had left",
                "Photos by residents show",
                "Video by a bystander",
                "Screenshots from the crew's",
                "Read the full report",
            ],
            "{k:?}"
        );
        assert_removed(
            &c,
            &[
                (RemovalReason::Related, "Key"),
                (RemovalReason::Credit, "Photo"),
                (RemovalReason::Credit, "Screenshot:"),
                (RemovalReason::Credit, "(Ann"),
                (RemovalReason::Timestamp, "16:00"),
            ],
        );
    }

    #[test]
    fn a_stamp_in_another_zone_a_title_case_dateline_and_channel_pitches_go() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Aug 02, 2024 10:47 AM IST",
            "Lisbon, Portugal:",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "Join our WhatsApp Channel to get the latest news and videos",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later. Read Full Article at Dorrin.com",
        ]);
        let k = kept(&c);
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Body, ParagraphKind::Heading]),
            ["A passenger ferry capsized", "The ferry had left"],
            "{k:?}"
        );
        assert!(
            !c.blocks.iter().any(|(_, t)| t.contains("Read Full")),
            "{:?}",
            c.blocks
        );
        assert!(
            c.removed
                .iter()
                .any(|r| r.text.starts_with("Aug 02") && r.reason == RemovalReason::Timestamp),
            "{:?}",
            c.removed
        );
    }

    #[test]
    fn widget_errors_labelled_and_dated_captions_agency_lines_and_bare_dates_go() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Oops!",
            "Something went wrong.",
            "Please try again later.",
            "Dorrin Times photos",
            "Top: Rescue boats circle the hull off Dorrin on Sunday morning after the ferry turned over.",
            "Bottom: Relatives wait at the ferry terminal in Vasse as the coast guard reads out names.",
            "21.12.2024 - 05:31",
            "May 6th 2024.",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas on Sunday, June 2, 2024, an hour later.",
            "Keystone-SDA",
            "Divers search the water near the hull off Cascais, Portugal, Monday, June 3, 2024, after the ferry capsized.",
            "Officials said the search would go on through the night, and relatives gathered at the terminal.",
            "Above: a map of the route.",
        ]);
        let k = kept(&c);
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Body]),
            [
                "A passenger ferry capsized",
                "The ferry had left",
                "Officials said the search"
            ],
            "{k:?}"
        );
    }

    #[test]
    fn reading_times_share_buttons_geo_notices_and_glued_image_credits_go() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "3 mins to read",
            "Share with X",
            "We are working hard to get it back online.",
            "Rescue boats at the scene off the Dorrin coast(Image: Vasse Echo)",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "Support truly",
            "independent journalism",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
        ]);
        let k = kept(&c);
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Body]),
            ["A passenger ferry capsized", "The ferry had left"],
            "{k:?}"
        );
    }

    #[test]
    fn a_storys_own_dates_and_stage_directions_stay_in_the_story() {
        let c = run(&[
            "Vote set for Dorrin ferry levy",
            "Election Day is Tuesday, Nov. 5, 2024, and the ferry levy is on the ballot in every Dorrin county.",
            "Vell was arrested Saturday, Dec. 30, 2023, police said, and he was charged on Monday.",
            "Thank you all very much for coming tonight, and thank you to everyone in Dorrin who worked so hard on this campaign. [APPLAUSE]",
            "Voters go to the polls on Election Day, Tuesday, Nov. 5, 2024, to choose the next president.",
            "Thank you, and God bless Dorrin. [CHEERS AND APPLAUSE]",
            "Coast guard chief Lena Vos speaks to reporters in Vasse on Sunday. [DORRIN TIMES]",
            "Divers search the water off Cascais, Portugal, Monday, June 3, 2024.",
            "Relatives hold a vigil at the port of Vasse on Sunday. [SCREEN CAPTURE FROM FACEBOOK]",
        ]);
        let k = kept(&c);
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Body]),
            [
                "Election Day is Tuesday,",
                "Vell was arrested Saturday,",
                "Thank you all very",
                "Voters go to the",
                "Thank you, and God"
            ],
            "{k:?}"
        );
        assert_eq!(
            starts_of(&k, &[ParagraphKind::Caption]),
            [
                "Coast guard chief Lena",
                "Divers search the water",
                "Relatives hold a vigil"
            ],
            "{k:?}"
        );
    }

    #[test]
    fn script_marks_script_names_and_foreign_menu_lines_go() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "[ANCHOR]",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "메뉴 바로가기",
            "nav_toggle",
            "[REPORT]",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "1h agoMinister resigns over housing row",
            "3h ago Council approves new tram line",
            "This story will be updated as more information becomes available.",
            "Sorry, we are not accepting comments on this article.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Ferry capsizes off Dorrin coast, dozens missing")
        );
        let k = kept(&c);
        assert_eq!(k.len(), 2, "{k:?}");
        assert!(
            k.iter().all(|(kind, _)| *kind == ParagraphKind::Body),
            "{k:?}"
        );
        // A bracketed word of a sentence's case is no script mark, and a
        // story may tell of a time in hours.
        let c = run(&[
            "[Update] The ferry's operator said on Monday that all crew were accounted for.",
            "Two hours ago the first survivors reached the harbour, a reporter at the scene said.",
        ]);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn agency_captions_and_their_bare_prints_are_captions() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "The ferry Marisol in port last year.",
            "HANDOUT / DORRIN COAST GUARD / AFPThe ferry Marisol in port last year.",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "TOPSHOT - (COMBO) This combination of pictures shows the ferry Marisol leaving Vasse on June 1, 2023, its captain Ivo Brandt in 2019, and the coast guard cutter Orca at sea on June 2, 2023, in images released by the Dorrin coast guard.",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "Divers reached the hull on Monday afternoon. Mandatory Credit: Dorrin Coast Guard",
            "Relatives waited at the terminal in Vasse through the night, and the operator opened a phone line for families.",
        ]);
        let k = kept(&c);
        let body = starts_of(&k, &[ParagraphKind::Body]);
        assert_eq!(
            body,
            [
                "A passenger ferry capsized",
                "The ferry had left",
                "Relatives waited at the"
            ],
            "{k:?}"
        );
    }

    #[test]
    fn a_headline_cut_short_a_teaser_cut_short_and_a_headline_over_a_caption() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "A passenger ferry capsized off the Dorrin coast on Sunday, and coast guard boats were searching for …",
            "A passenger ferry capsized off the Dorrin coast on Sunday, and coast guard boats were searching for at least 40 people in rough seas.",
            "Ferry capsizes off Dorrin coast, dozens missing Rescuers are searching the water near the capsized hull on Sunday.",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "Ferry capsizes off Dorrin coast, doz",
        ]);
        let k = kept(&c);
        assert_eq!(
            k,
            [
                (
                    ParagraphKind::Body,
                    "A passenger ferry capsized".to_string()
                ),
                (
                    ParagraphKind::Caption,
                    "Ferry capsizes off Dorrin".to_string()
                ),
                (ParagraphKind::Body, "The ferry had left".to_string()),
            ],
        );
        // A paragraph that opens with the headline's words and goes on as a
        // story's sentence stays the story.
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Ferry capsizes off Dorrin coast, dozens missing after the vessel turned over in rough seas an hour out of Vasse, officials said on Sunday.",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
        ]);
        assert!(
            kept(&c)
                .iter()
                .all(|(kind, _)| *kind == ParagraphKind::Body),
            "{:?}",
            kept(&c)
        );
    }

    #[test]
    fn a_headline_opening_on_a_quotation_and_one_closing_on_it() {
        let c = run(&[
            "\"The Dam Was Never Inspected\" ... Engineers Speak Out",
            "Cracks In the Spillway",
            "Engineers said on Tuesday that the Marrow dam, which failed last week and flooded three villages, had not been inspected since 2011.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("\"The Dam Was Never Inspected\" ... Engineers Speak Out")
        );
        let c = run(&[
            "Skip to content",
            "Ana Brel, head of Marrow Water, \"Apologizes to the Villages... Fully Responsible for the Failure\"",
            "Ana Brel, head of Marrow Water, apologized on Tuesday to the three villages the dam flooded, and said the company was fully responsible.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some(
                "Ana Brel, head of Marrow Water, \"Apologizes to the Villages... Fully Responsible for the Failure\""
            )
        );
    }

    #[test]
    fn wire_captions_stamps_codes_and_pointers_are_not_the_story() {
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "2023-06-04T08:31+0000",
            "FILE PHOTO: The ferry Marisol leaves the port of Vasse, Dorrin",
            "Ferry DisasterThis undated photo provided by the Vasse Sailing Club shows the captain, Ivo Brandt, on the bridge of the Marisol.",
            "Rescuers lift a survivor onto the quay in Vasse on Sunday. (Dorrin Coast Guard/YouTube)",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "Relatives gather at the terminal in Vasse on Sunday. Photo: X@vasse_news",
            "Ana Brel/AP Photos",
            "Content continues below",
            "Reuters: Divers search the hull off Vasse, Dorrin, June 4, 2023. Dorrin Coast Guard/Handout via REUTERS",
            "The operator opened a phone line for relatives on Sunday, and the number is 0800 555 0199. Click here for more details.",
            "NEWSWIRE04062023000045015687ID1108021182",
        ]);
        let k = kept(&c);
        let body = starts_of(&k, &[ParagraphKind::Body]);
        assert_eq!(
            body,
            [
                "A passenger ferry capsized",
                "The ferry had left",
                "The operator opened a"
            ],
            "{k:?}"
        );
        // (The stamp, the credit and the label are gone, not sub-headings.)
        assert!(
            k.iter()
                .all(|(kind, _)| matches!(kind, ParagraphKind::Body | ParagraphKind::Caption)),
            "{k:?}"
        );
        assert!(
            c.blocks.iter().all(|(_, t)| !t.contains("Click here")),
            "{:?}",
            c.blocks
        );
        // A story's sentence about a photo is no caption.
        let c = run(&[
            "The club said this photo was the last taken of the captain before the ferry left Vasse on Sunday morning.",
        ]);
        assert_eq!(c.blocks[0].0, ParagraphKind::Body);
    }

    #[test]
    fn story_sentences_that_look_like_furniture_stay() {
        // A lede that ends on a quotation is no headline; a teaser cut
        // late is removed, not the paragraph it cuts; a sentence that
        // opens as a label stays in a short paragraph; a caption that
        // holds a short paragraph in its middle leaves it the story's.
        let c = run(&[
            "The mayor of Vasse, Ana Brel, called the sinking of the ferry \"the worst day in the history of our town.\"",
            "A passenger ferry capsized off the Dorrin coast on Sunday, and coast guard boats were searching for at least 40 …",
            "A passenger ferry capsized off the Dorrin coast on Sunday, and coast guard boats were searching for at least 40 people.",
            "The ferry had left the port of Vasse with 212 people on board, officials said. More from the ministry is expected on Monday.",
            "Rescuers search the water off Vasse on Sunday. At least 40 people are missing, officials said. Ana Brel/AFP",
            "At least 40 people are missing, officials said.",
            "The report will be updated next year to include the new safety rules, the ministry said.",
        ]);
        assert_eq!(c.title, None, "{:?}", c.blocks);
        let k = kept(&c);
        let body = starts_of(&k, &[ParagraphKind::Body]);
        assert_eq!(
            body,
            [
                "The mayor of Vasse,",
                "A passenger ferry capsized",
                "The ferry had left",
                "At least 40 people",
                "The report will be",
            ],
            "{k:?}"
        );
        assert!(
            c.blocks
                .iter()
                .any(|(_, t)| t.contains("searching for at least 40 people.")),
            "{:?}",
            c.blocks
        );
        assert!(
            c.blocks
                .iter()
                .any(|(_, t)| t.ends_with("expected on Monday.")),
            "{:?}",
            c.blocks
        );
        // A timeline's hour, a photo told of by the police, a file named in
        // the story, a section label between a roundup's paragraphs.
        let c = run(&[
            "Ferry capsizes off Dorrin coast, dozens missing",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "10 am - The coast guard sends two cutters from Vasse.",
            "The photo shows the captain on the bridge minutes before the ferry turned over, police said.",
            "Public inspection files show the operator bought new lifeboats in 2022.",
            "LISBON",
            "Portugal sent a navy frigate to help with the search, its defence ministry said on Sunday.",
        ]);
        let k = kept(&c);
        assert_eq!(
            k[..4].iter().map(|(kind, _)| *kind).collect::<Vec<_>>(),
            [ParagraphKind::Body; 4],
            "{k:?}"
        );
        assert_eq!(k[4].0, ParagraphKind::Heading, "{k:?}");
    }

    #[test]
    fn a_broadcasters_page_its_player_and_its_pointers_are_not_the_story() {
        let c = run(&[
            "© 2025 Dorrin Public Radio",
            "88.3 FM | KDPR | Vasse, Marrow",
            "91.7 FM | K204XY | Tarsa (DPR2)",
            "KDPR, KDPN, KDPV",
            "Questions about DPR's Public Inspection Files?",
            "Play Live Radio",
            "Next Up:",
            "0:00",
            "0:00 / 3:41",
            "Ferry capsizes off Dorrin coast, dozens missing",
            "Ana Brel",
            "/",
            "DPR News",
            "LISBON",
            "A passenger ferry capsized off the Dorrin coast on Sunday morning, and coast guard boats were searching for at least 40 people.",
            "The picture shows the harbour of Vasse on Sunday, hours after the ferry turned over.",
            "The harbour master speaks at the coast guard's centre in VasseReuters",
            "Please read on...",
            "The ferry had left the port of Vasse with 212 people on board, officials said, and turned over in rough seas an hour later.",
            "READ: Dorrin's ferries failed safety checks in 2023",
            "Watch her comments below:",
            "This is a developing story. More to come",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Ferry capsizes off Dorrin coast, dozens missing")
        );
        let k = kept(&c);
        let body = starts_of(&k, &[ParagraphKind::Body, ParagraphKind::Heading]);
        assert_eq!(
            body,
            ["A passenger ferry capsized", "The ferry had left"],
            "{k:?}"
        );
        assert!(c.authors.iter().any(|a| a == "Ana Brel"), "{:?}", c.authors);
    }

    #[test]
    fn wire_transmission_lines_are_not_the_story() {
        let c = run(&[
            "BC-EU--Tarsa-Protest, 2nd Ld-Writethru",
            "Eds: UPDATES with arrests, adds quotes from the prosecutor.",
            "Police fire tear gas at market protest in Tarsa",
            "TARSA (Orbis) — Police fired tear gas at hundreds of traders on Friday.",
        ]);
        let r = reasons(&c);
        assert!(
            r.contains(&(
                "BC-EU--Tarsa-Protest, 2nd Ld-Writethru",
                RemovalReason::Boilerplate
            )),
            "{r:?}"
        );
        assert!(r.iter().any(|(t, _)| t.starts_with("Eds:")), "{r:?}");
        // A sentence that opens with an abbreviation is no slug.
        let c = run(&["AP-style copy reached the desk at noon, editors said on Friday."]);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn a_footer_that_describes_its_outlet_names_it() {
        let raw = RawDoc {
            blocks: vec![
                Block::new(
                    Hint::Body,
                    "Police fired tear gas at traders in Tarsa on Friday.",
                ),
                Block::new(
                    Hint::Footer,
                    "Harbour Notes is an independent newsroom covering the coast. Support our reporting",
                ),
            ],
            ..RawDoc::default()
        };
        let c = clean(raw, IngestOptions::default());
        assert_eq!(c.outlet.as_deref(), Some("Harbour Notes"));
        assert_eq!(c.blocks.len(), 1);
    }

    #[test]
    fn a_copyright_line_names_its_owner_without_the_legal_form() {
        for (line, owner) in [
            ("©2025 Bloomberg L.P.", "Bloomberg"),
            (
                "© 2025 Carrier Business Review Ltd. Content used under licence.",
                "Carrier Business Review",
            ),
            (
                "© 2024 The Gazette Group. All rights reserved.",
                "The Gazette Group",
            ),
        ] {
            let raw = RawDoc {
                blocks: vec![
                    Block::new(
                        Hint::Body,
                        "Police fired tear gas at traders in Tarsa on Friday.",
                    ),
                    Block::new(Hint::Footer, line),
                ],
                ..RawDoc::default()
            };
            let c = clean(raw, IngestOptions::default());
            assert_eq!(c.outlet.as_deref(), Some(owner), "{line}");
        }
    }

    fn reasons(c: &Cleaned) -> Vec<(&str, RemovalReason)> {
        c.removed
            .iter()
            .map(|r| (r.text.as_str(), r.reason))
            .collect()
    }

    /// The stamp "date 2025-09-10" was set aside as a timestamp and dates
    /// the story.
    fn assert_stamp_peeled(c: &Cleaned) {
        assert!(
            reasons(c).contains(&("date 2025-09-10", RemovalReason::Timestamp)),
            "{:?}",
            c.removed
        );
        assert_eq!(c.published.as_deref(), Some("2025-09-10"));
    }

    #[test]
    fn a_headline_printed_twice_above_the_story_is_the_title() {
        // The page's header prints the title, the site's byline and time,
        // then the title again above the story; one copy reads as a gallery
        // teaser, the other as a repeated caption. Both are the headline.
        let head = "In pictures: Velmora mourns the ferry victims as flags fly at half mast";
        let c = run(&[
            "Tidewatch Tidewatch 2 days ago",
            head,
            "By Ana Rusk",
            head,
            "Velmora is mourning the 41 victims of the ferry Aster, which sank on Tuesday, as flags fly at half mast on every public building in the city.",
            "Divers found the last of the victims on Friday, the coast guard said, and the city's ferries will stay in port on Sunday.",
        ]);
        assert_eq!(c.title.as_deref(), Some(head));
        assert!(
            c.blocks
                .iter()
                .all(|(_, t)| t != head && !t.contains("2 days ago")),
            "{:?}",
            c.blocks
        );
        assert_eq!(
            c.blocks[0],
            (ParagraphKind::Byline, "By Ana Rusk".to_string())
        );
    }

    #[test]
    fn a_caption_that_places_a_person_in_the_picture_is_a_caption() {
        assert!(placed_in_picture(
            "Harbour Minister Lena Vos, left, lays down flowers at the quay where the ferry sank"
        ));
        assert!(placed_in_picture(
            "Ann Lee, second right, and Ivo Brandt, centre, at the hearing in Vasse on Monday."
        ));
        // Prose says who stood where in other words; a list is no place.
        assert!(!placed_in_picture(
            "Vos said the ferry had turned left, then right, before it struck the quay."
        ));
        assert!(!placed_in_picture(
            "The ferry left Vasse at noon. Lena Vos, left, waved from the quay."
        ));
        assert!(!placed_in_picture(
            "Yes, right, that was the plan we agreed on."
        ));
        assert!(!placed_in_picture(
            "Voters backed the Harbour Front, far right, in the runoff on Sunday."
        ));
    }

    #[test]
    fn a_headline_that_quotes_printed_twice_is_the_title() {
        // A headline of fifteen words or more closed by a quotation mark
        // with no stop inside it is no sentence of the story; printed twice
        // in a row, it is the title even where the story uses other words.
        let head = "Vos: \u{201c}The ferry that sank off Dorrin was holed by a drifting mine near the harbour\u{201d}";
        let c = run(&[
            head,
            head,
            "As coast guard chief Vos noted, the final account of the ferry's loss off Dorrin will be known after divers inspect the hull. The current account rests on the crew's reports.",
            "The ferry had left Vasse with 212 people on board, officials said, and turned over an hour later.",
        ]);
        assert_eq!(c.title.as_deref(), Some(head));
        assert!(c.blocks.iter().all(|(_, t)| t != head), "{:?}", c.blocks);
        // A sentence that closes on a quotation with no stop is prose.
        assert!(prose(
            "Speaking in Vasse on Monday, the coast guard chief called the sinking \u{201c}a deliberate attack on the harbour\u{201d}"
        ));
        // A paragraph that closes a quotation after its stop is prose.
        assert!(prose(
            "The chief said the crew had done all they could, and added: \u{201c}We will bring every one of them home.\u{201d}"
        ));
    }

    #[test]
    fn a_byline_ends_a_list_of_links_at_the_top_and_its_headline_stays() {
        // A "Trending" list runs into the page's own section label, stamp
        // and headline: the byline under the headline opens the story.
        let head = "Ferry crew's calm praised after the Aster fire at Velmora harbour";
        let c = run(&[
            "Trending",
            "Harbour News",
            head,
            "By Ana Rusk",
            "The crew of the ferry Aster led all 312 passengers to the quay within eight minutes of the fire on Tuesday, the harbour master said.",
            "The fire started in the engine room, the operator said, and no one was hurt.",
        ]);
        assert_eq!(c.title.as_deref(), Some(head), "{:?}", c.removed);
        assert!(c.authors.iter().any(|a| a == "Ana Rusk"), "{:?}", c.authors);
        assert_removed(&c, &[(RemovalReason::Related, "Trending")]);
        // The list still goes when no byline follows it.
        let c = run(&[
            "Ferry crew's calm praised after the Aster fire at Velmora harbour",
            "The crew of the ferry Aster led all 312 passengers to the quay within eight minutes of the fire on Tuesday, the harbour master said.",
            "Trending",
            "Storm closes the coast road",
            "Velmora council sets its budget",
        ]);
        assert_removed(
            &c,
            &[
                (RemovalReason::Related, "Storm"),
                (RemovalReason::Related, "Velmora"),
            ],
        );
    }

    #[test]
    fn teasers_with_their_bylines_stay_a_list_and_a_reply_in_a_sentence_stays() {
        let c = run(&[
            "Trending",
            "Why the ferry fares must fall",
            "By Ana Rusk",
            "The harbour needs a second quay",
            "By Tom Ross",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "One response to \u{201c}Project Sentinel\u{201d} was a boycott by three unions.",
        ]);
        assert!(
            c.blocks.iter().all(|(_, t)| !t.starts_with("The harbour")),
            "{:?}",
            c.blocks
        );
        assert!(
            c.blocks.iter().any(|(_, t)| t.starts_with("One response")),
            "{:?}",
            c.removed
        );
    }

    #[test]
    fn channel_pitches_comment_prompts_agency_inputs_and_more_pointers_are_furniture() {
        let c = run(&[
            "Ferry fares frozen for winter",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "More: Storm closes the coast road for a second day",
            "Passenger groups welcomed the decision but asked for more sailings at weekends.",
            "(With inputs from agencies.)",
            "Join the Harbour Ledger WhatsApp channel",
            "Stay up to date with the latest news. Follow HL on WhatsApp Channels.",
            "Please enter your comment!",
            "Please enter your name here",
        ]);
        assert_removed(
            &c,
            &[
                (RemovalReason::Related, "More:"),
                (RemovalReason::Credit, "(With"),
                (RemovalReason::Newsletter, "Join"),
                (RemovalReason::Newsletter, "Stay"),
                (RemovalReason::Boilerplate, "Please"),
            ],
        );
        assert_eq!(c.blocks.len(), 2, "{:?}", c.blocks);
        // The story's own sentences with these words stay.
        let c = run(&[
            "Ferry fares frozen for winter",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "More than 400 passengers signed the petition, which asked the company to join the talks.",
            "With input from the community, the council will finalise the timetable by June.",
            "Follow the money: how the smugglers raised funds through Telegram",
            "More: vegetables, beans and whole grains.",
        ]);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn a_caption_closed_by_an_agency_in_capitals_or_a_joint_credit_is_a_caption() {
        let c = run(&[
            "Ferry fares frozen for winter",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "A man walks along the flooded quay in Velmora on Sunday (REUTERS)",
            "Passenger groups welcomed the decision but asked for more sailings at weekends.",
            "The ferry Aster leaves Velmora harbour on Saturday after the storm. | AFP-JIJI",
            "The company said the fares would be reviewed again in the spring.",
        ]);
        let captions: Vec<&str> = c
            .blocks
            .iter()
            .filter(|(k, _)| *k == ParagraphKind::Caption)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(captions.len(), 2, "{:?}", c.blocks);
        // A poll's own tag is no agency's credit.
        let c = run(&[
            "Ferry fares frozen for winter",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "Most passengers say the fares are too high (AP-NORC)",
            "Passenger groups welcomed the decision but asked for more sailings at weekends.",
        ]);
        assert!(
            c.blocks.iter().all(|(k, _)| *k != ParagraphKind::Caption),
            "{:?}",
            c.blocks
        );
    }

    #[test]
    fn a_headline_printed_again_under_its_standfirst_is_the_title() {
        // The header prints the headline and the standfirst, the author
        // and the time; the body prints both again, the standfirst longer.
        let head = "How the Aster's crew cleared a burning ferry in eight minutes";
        let stand = "The crossing between Velmora and Osk is the busiest ferry route on the coast and one of its oldest.";
        let c = run(&[
            head,
            stand,
            "Ana Rusk",
            "Ana Rusk",
            "02 January 2026 Tuesday 15:21",
            head,
            &format!("{stand} The operator runs 16 sailings a day on it."),
            "But as the Aster docked at Velmora on Tuesday, a fire broke out in its engine room, and the crew led all 312 passengers to the quay.",
        ]);
        assert_eq!(c.title.as_deref(), Some(head), "{:?}", c.blocks);
        assert!(c.blocks.iter().all(|(_, t)| t != head), "{:?}", c.blocks);
    }

    #[test]
    fn a_blogs_comment_header_and_a_sign_up_button_are_furniture() {
        let c = run(&[
            "Ferry fares frozen for winter",
            "Sign up now: Get the coast's news before your morning coffee",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "Passenger groups welcomed the decision but asked for more sailings at weekends.",
            "One reply on \u{201c}Ferry fares frozen for winter\u{201d}",
            "12 thoughts on \"Ferry fares frozen for winter\"",
        ]);
        assert_removed(
            &c,
            &[
                (RemovalReason::Newsletter, "Sign"),
                (RemovalReason::Boilerplate, "One"),
                (RemovalReason::Boilerplate, "12"),
            ],
        );
        // A sentence that tells of a reply stays.
        let c = run(&[
            "Ferry fares frozen for winter",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "One reply on the council's forum asked why the fares had not been cut instead.",
        ]);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn metering_prompts_embed_pointers_and_via_credits_are_furniture() {
        let c = run(&[
            "Ferry fares frozen for winter",
            "💡 You've read 3 articles this month. Join our members for unlimited reading.",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "Instagram post above from the Fjordlink crew showing the first winter sailing.",
            "Passengers board the ferry in Velmora on Monday, Nov. 3, 2025. Ana Rusk via AP",
            "Passenger groups welcomed the decision but asked for more sailings at weekends.",
        ]);
        let r = reasons(&c);
        assert!(
            r.iter()
                .any(|(t, why)| t.contains("You've read") && *why == RemovalReason::Newsletter),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|(t, why)| t.starts_with("Instagram post above")
                    && *why == RemovalReason::Related),
            "{r:?}"
        );
        assert!(
            c.blocks
                .iter()
                .any(|(k, t)| *k == ParagraphKind::Caption && t.ends_with("via AP")),
            "{:?}",
            c.blocks
        );
        // A sentence of the story that mentions a video stays.
        let c = run(&[
            "Ferry fares frozen for winter",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "The video above the harbour master's desk shows every sailing of the winter timetable, she said.",
        ]);
        assert!(
            c.blocks
                .iter()
                .any(|(_, t)| t.starts_with("The video above")),
            "{:?}",
            c.removed
        );
    }

    #[test]
    fn repeated_captions_kept_once() {
        let cap = "The mayor opens the new bridge in Lindmark on Tuesday. AFP";
        let c = run(&[
            cap,
            cap,
            cap,
            "Bridge opens at last",
            "The bridge opened on Tuesday, officials said.",
        ]);
        assert_eq!(c.blocks[0], (ParagraphKind::Caption, cap.to_string()));
        assert_eq!(
            c.removed
                .iter()
                .filter(|r| r.reason == RemovalReason::Duplicate)
                .count(),
            2
        );
        assert_eq!(c.title.as_deref(), Some("Bridge opens at last"));
    }

    #[test]
    fn a_short_label_printed_through_the_page_is_furniture() {
        let c = run(&[
            "Ferry fares frozen for winter",
            "Fjordlink will keep its fares at last year's level until March, the company said on Monday.",
            "Story goes on below",
            "The operator carried 1.2 million passengers last year, up from 1.1 million, it said.",
            "Story goes on below",
            "Passenger groups welcomed the decision but asked for more sailings at weekends.",
            "Weekend sailings",
        ]);
        assert!(
            reasons(&c).contains(&("Story goes on below", RemovalReason::Boilerplate)),
            "{:?}",
            c.removed
        );
        assert!(
            !c.blocks.iter().any(|(_, t)| t == "Story goes on below"),
            "{:?}",
            c.blocks
        );
        // A label printed once is left to the other rules.
        assert!(
            c.blocks.iter().any(|(_, t)| t == "Weekend sailings"),
            "{:?}",
            c.blocks
        );
    }

    #[test]
    fn menus_ads_and_furniture_set_aside() {
        let c = run(&[
            "Council approves the budget",
            "• English",
            "• Arabic",
            "Advertisement",
            "The council approved the budget on Monday, its leader said.",
            "Read more: Another story entirely",
            "Share this article",
            "Sign up for the Daily Brief, delivered to your inbox every morning.",
            "We use cookies to improve your experience on our site.",
            "© 2024 The Gazette Group. All rights reserved.",
            "Updated: March 3, 2024, 5:10 PM",
        ]);
        let r = reasons(&c);
        assert!(r.contains(&("• English", RemovalReason::Navigation)));
        assert!(r.contains(&("Advertisement", RemovalReason::Boilerplate)));
        assert!(r.contains(&("Read more: Another story entirely", RemovalReason::Related)));
        assert!(r.contains(&("Share this article", RemovalReason::Share)));
        assert!(
            r.iter()
                .any(|(_, reason)| *reason == RemovalReason::Newsletter)
        );
        assert!(r.iter().any(|(_, reason)| *reason == RemovalReason::Cookie));
        assert!(r.iter().any(|(_, reason)| *reason == RemovalReason::Footer));
        assert!(
            r.iter()
                .any(|(_, reason)| *reason == RemovalReason::Timestamp)
        );
        assert_eq!(c.published.as_deref(), Some("2024-03-03T17:10:00"));
        assert_eq!(c.outlet.as_deref(), Some("The Gazette Group"));
        assert_eq!(c.blocks.len(), 1);
    }

    #[test]
    fn byline_and_heading() {
        let c = run(&[
            "Storm hits the coast",
            "By Ann Lee and Tom Reyes, Weather Desk",
            "The storm reached the coast overnight, forecasters said.",
            "What comes next",
            "Repairs will take weeks, the council said.",
        ]);
        assert_eq!(c.blocks[0].0, ParagraphKind::Byline);
        assert_eq!(c.authors, vec!["Ann Lee", "Tom Reyes"]);
        assert_eq!(c.blocks[2].0, ParagraphKind::Heading);
    }

    #[test]
    fn a_writer_named_without_by_is_the_author() {
        // A byline element with where it was filed from.
        assert_eq!(
            authors_of("Helen Crossley in Aurenn"),
            vec!["Helen Crossley"]
        );
        // A writer's line of short parts: the name, the date, the reading
        // time; a bureau's letters or a title before a date name no one.
        let c = run(&[
            "Storm hits the coast",
            "Ann Lee · 8 April 2025, 19:02 · 5 min read",
            "The storm reached the coast overnight, forecasters said.",
        ]);
        assert_eq!(c.authors, vec!["Ann Lee"]);
        for line in [
            "ABN Gindarra · Posted Sun 18 Jan 2026 at 7:12am",
            "The Rate Sheet · Issue 214 · 7 November 2025",
        ] {
            let c = run(&[
                "Storm hits the coast",
                line,
                "The storm reached the coast overnight, forecasters said.",
            ]);
            assert!(c.authors.is_empty(), "{line}: {:?}", c.authors);
        }
    }

    #[test]
    fn a_byline_lists_its_writers_up_to_the_outlet() {
        assert_eq!(
            authors_of("By Ann Lee, Tom Reyes and Jo Park, CNN"),
            vec!["Ann Lee", "Tom Reyes", "Jo Park"]
        );
        assert_eq!(
            authors_of("By Ann Lee, Tom Reyes, and Jo Park"),
            vec!["Ann Lee", "Tom Reyes", "Jo Park"]
        );
        assert_eq!(authors_of("By Ann Lee, Political Editor"), vec!["Ann Lee"]);
        assert_eq!(
            authors_of("By Ann Lee and Tom Reyes, Weather Desk"),
            vec!["Ann Lee", "Tom Reyes"]
        );
        // A wire's byline: names in capitals, then the agency.
        assert_eq!(
            authors_of("By ANN LEE and TOM REYES Associated Press"),
            vec!["ANN LEE", "TOM REYES"]
        );
        assert_eq!(authors_of("By ANN LEE"), vec!["ANN LEE"]);
        // A name alone is its author; a desk alone is no one.
        assert_eq!(authors_of("Ann Lee"), vec!["Ann Lee"]);
        assert!(authors_of("Staff Reporter").is_empty());
        assert!(authors_of("News Desk").is_empty());
        // A job between two names is no one's name.
        assert_eq!(
            authors_of("By Ann Lee, Transport Correspondent, and Tom Reyes, Aviation Editor"),
            vec!["Ann Lee", "Tom Reyes"]
        );
    }

    #[test]
    fn a_wire_staff_credit_is_a_byline_naming_its_people() {
        assert_eq!(
            authors_of(
                "(Reporting by Ann Lee in Oslo and Tom Reyes in Bergen; Additional reporting by Jo Park; Editing by Sam Hart)"
            ),
            vec!["Ann Lee", "Tom Reyes", "Jo Park"]
        );
        assert_eq!(
            credited_people("(Reporting by Ann Lee; Editing by Sam Hart)"),
            vec!["Ann Lee", "Sam Hart"]
        );
        let c = run(&[
            "Storm hits the coast",
            "The storm reached the coast overnight, forecasters said.",
            "(Reporting by Ann Lee; Editing by Sam Hart)",
        ]);
        assert_eq!(c.blocks.last().map(|b| b.0), Some(ParagraphKind::Byline));
        assert_eq!(c.authors, vec!["Ann Lee"]);
        // A credit that names no one stays out of the story.
        let c = run(&[
            "Storm hits the coast",
            "The storm reached the coast overnight, forecasters said.",
            "(Compiled by staff)",
        ]);
        assert!(c.blocks.iter().all(|b| b.0 != ParagraphKind::Byline));
    }

    #[test]
    fn a_regional_page_with_a_long_menu_keeps_its_headline() {
        let mut lines = vec!["Skip to content", "The Valley Advertiser"];
        lines.extend([
            "News",
            "Sport",
            "Community",
            "Opinion",
            "Classifieds",
            "Obituaries",
            "Puzzles",
            "Weather",
            "Local News",
            "Bushfires",
            "Subscribe now",
            "Log in",
        ]);
        lines.extend([
            "Homes lost climbs to 23 as the ranges fire burns on",
            "ABN Valley · Posted Sun 18 Jan 2026 at 7:12am, updated Sun 18 Jan 2026 at 9:40am",
            "Mon 19 Jan 2026 06.00 AEDT · Last modified on Mon 19 Jan 2026 07.25 AEDT",
            "[Share on Facebook] [Share on X] [Share via Email]",
            "Smoke from the ranges fire hangs over the valley on Sunday. Picture by Corey Baptiste",
            "At least 23 homes have been destroyed and one person has died in a bushfire burning out of control in the ranges, police said on Sunday.",
            "[Share] · [Reuse this content]",
        ]);
        let c = run(&lines);
        assert_eq!(
            c.title.as_deref(),
            Some("Homes lost climbs to 23 as the ranges fire burns on")
        );
        let kept: Vec<(ParagraphKind, &str)> =
            c.blocks.iter().map(|b| (b.0, b.1.as_str())).collect();
        assert_eq!(kept.len(), 2, "{kept:?}");
        assert_eq!(kept[0].0, ParagraphKind::Caption, "{kept:?}");
        assert!(kept[1].1.starts_with("At least 23"), "{kept:?}");
    }

    #[test]
    fn a_wire_page_top_and_foot_are_furniture() {
        let c = run(&[
            "Exclusive news, data and analytics for financial market professionals",
            "Carrier cuts its profit forecast as demand cools",
            "October 30, 2025 7:48 AM GMT+1 Updated 3 hours ago",
            "Share",
            "X",
            "Link",
            "Purchase Licensing Rights",
            "A Carrier aircraft taxis at the airport, March 12, 2025. REUTERS/Ann Lee/File Photo Purchase Licensing Rights",
            "Firefighters work at the scene on Monday. (AP Photo/Michel Euler)",
            "Carrier aircraft at the airport. Photographer: Ann Lee/Bloomberg",
            "FRANKFURT, Oct 30 (Reuters) - The carrier cut its full-year profit forecast on Thursday and said it would cut 4,800 jobs as demand on its transatlantic routes cooled.",
            "Suggested Topics:",
            "Sort by: Newest | Oldest | Most liked",
            "Before it's here, it's on the Bloomberg Terminal. LEARN MORE",
            "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Carrier cuts its profit forecast as demand cools")
        );
        let kept: Vec<(ParagraphKind, &str)> =
            c.blocks.iter().map(|b| (b.0, b.1.as_str())).collect();
        assert_eq!(kept.len(), 4, "{kept:?}");
        assert!(
            kept[..3].iter().all(|k| k.0 == ParagraphKind::Caption),
            "{kept:?}"
        );
        assert!(kept[3].1.starts_with("FRANKFURT"), "{kept:?}");
    }

    #[test]
    fn a_disclaimer_and_a_more_on_label_are_furniture() {
        let c = run(&[
            "Council approves the budget",
            "The council approved the budget on Monday, its leader said.",
            "More on the economy, he said, would come in the spring statement next month.",
            "More on Tunisia",
            "This article is for information only and does not constitute investment advice. Subscribe to Market Wrap for daily coverage.",
        ]);
        let r = reasons(&c);
        assert!(
            r.contains(&("More on Tunisia", RemovalReason::Related)),
            "{r:?}"
        );
        assert!(
            r.iter().any(|(t, _)| t.contains("investment advice")),
            "{r:?}"
        );
        assert!(
            c.blocks
                .iter()
                .any(|b| b.1.starts_with("More on the economy"))
        );
    }

    #[test]
    fn furniture_strung_on_one_line_is_set_aside() {
        let c = run(&[
            "Storm hits the coast",
            "The storm reached the coast overnight, forecasters said.",
            "Share this article · Subscribe to the Coast Daily for €9 a month · Market data delayed by 15 minutes",
            "Wind | 80 km/h · Rain | 40 mm",
        ]);
        let kept: Vec<&str> = c.blocks.iter().map(|b| b.1.as_str()).collect();
        assert!(!kept.iter().any(|t| t.contains("Share this")), "{kept:?}");
        assert!(kept.iter().any(|t| t.contains("80 km/h")), "{kept:?}");
    }

    #[test]
    fn body_starting_with_by_is_not_a_byline() {
        let c = run(&[
            "Title line",
            "By the council's count, twelve roads were closed on Monday after the flood.",
        ]);
        assert_eq!(c.blocks[0].0, ParagraphKind::Body);
    }

    #[test]
    fn a_live_page_loses_its_entry_times_and_closing_notice() {
        let c = run(&[
            "Ferry fire off Tolmar: what we know",
            "Live coverage of the ferry fire has ended. Here is a summary of the day from our team in Tolmar.",
            "**18:40 WIB**",
            "The coast guard said all 212 passengers had been accounted for by the evening.",
            "9.15am BST",
            "The ferry caught fire shortly after leaving Tolmar at 07:30, the operator said.",
            "14:05",
            "The live page of the port authority crashed as relatives searched for news, the mayor said.",
            "12.30",
            "12.30 EUR",
            "24:17",
            "Live coverage of league matches has moved to a streaming service under the new deal, the league said.",
            "Live coverage of parliamentary debates has ended after the broadcaster lost its funding, the Speaker's office said.",
            "We've paused our live coverage for now.",
        ]);
        let r = reasons(&c);
        for line in ["**18:40 WIB**", "9.15am BST", "14:05"] {
            assert!(
                r.contains(&(line, RemovalReason::Timestamp)),
                "{line}: {r:?}"
            );
        }
        assert!(
            r.iter()
                .any(|(t, reason)| t.starts_with("Live coverage of the ferry")
                    && *reason == RemovalReason::Boilerplate),
            "{r:?}"
        );
        assert!(
            r.contains(&(
                "We've paused our live coverage for now.",
                RemovalReason::Boilerplate
            )),
            "{r:?}"
        );
        // Story text stays, and so do a price, a score, and stories about
        // live coverage.
        let kept: Vec<&str> = c.blocks.iter().map(|(_, t)| t.as_str()).collect();
        for line in ["12.30", "12.30 EUR", "24:17"] {
            assert!(kept.contains(&line), "{line}: {kept:?}");
        }
        for story in [
            "The live page of the port",
            "The ferry caught fire",
            "Live coverage of league",
            "Live coverage of parliamentary",
        ] {
            assert!(
                kept.iter().any(|t| t.starts_with(story)),
                "{story}: {kept:?}"
            );
        }
    }

    #[test]
    fn masthead_with_date_is_a_timestamp() {
        let c = run(&[
            "Title line",
            "The Weekly Note · Issue 12 · Friday 7 March 2025",
            "Body text here, said someone.",
        ]);
        assert!(
            reasons(&c)
                .iter()
                .any(|(t, r)| t.contains("Issue 12") && *r == RemovalReason::Timestamp)
        );
        assert_eq!(c.published.as_deref(), Some("2025-03-07"));
        assert_eq!(c.outlet.as_deref(), Some("The Weekly Note"));
    }

    #[test]
    fn a_date_stamp_glued_to_the_lede_is_peeled_off() {
        let c = run(&[
            "Harbour Freight to close Castrel depot",
            "date 2025-09-10 Harbour Freight said on Wednesday it would close its depot in Castrel.",
            "Published: 10/09/2025 The unions called a meeting for Friday.",
            "Date 2025 was a year of change for the depot and its staff, they said.",
        ]);
        assert!(
            c.blocks[0].1.starts_with("Harbour Freight said"),
            "{:?} {:?} {:?}",
            c.blocks,
            c.removed,
            c.title
        );
        assert!(c.blocks[1].1.starts_with("The unions"), "{:?}", c.blocks);
        assert!(c.blocks[2].1.starts_with("Date 2025"), "{:?}", c.blocks);
        assert_stamp_peeled(&c);
    }

    #[test]
    fn a_date_stamp_glued_to_a_byline_is_peeled_off_and_is_no_headline() {
        let c = run(&[
            "date 2025-09-10 By Ann Lee and Tom Reyes, Weather Desk",
            "Lindmark (WD) — The storm reached the coast overnight and closed the port, forecasters said.",
            "Repairs to the harbour wall will take weeks, the council said on Tuesday.",
        ]);
        assert_eq!(c.title, None, "{:?}", c.blocks);
        assert_eq!(
            c.blocks[0],
            (
                ParagraphKind::Byline,
                "By Ann Lee and Tom Reyes, Weather Desk".to_string()
            )
        );
        assert_eq!(c.authors, vec!["Ann Lee", "Tom Reyes"]);
        assert_stamp_peeled(&c);
    }

    #[test]
    fn the_page_top_between_two_prints_of_the_headline_is_no_story() {
        let c = run(&[
            "Storm closes the port of Lindmark | Coast Courier",
            "Harbour news",
            "Fishing boats tied up at the Lindmark quay on Monday, as the storm reached the coast.",
            "Storm closes the port of Lindmark",
            "The storm reached the coast overnight and closed the port of Lindmark, the harbour master said on Monday.",
            "Repairs to the harbour wall will take weeks, the council said, and ferries will not sail before Friday.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Storm closes the port of Lindmark")
        );
        let kinds: Vec<(ParagraphKind, &str)> =
            c.blocks.iter().map(|(k, t)| (*k, &t[..12])).collect();
        assert_eq!(
            kinds,
            vec![
                (ParagraphKind::Caption, "Fishing boat"),
                (ParagraphKind::Body, "The storm re"),
                (ParagraphKind::Body, "Repairs to t"),
            ],
            "{:?}",
            c.removed
        );
        assert!(
            c.removed.iter().any(|r| r.text == "Harbour news"),
            "{:?}",
            c.removed
        );
    }

    #[test]
    fn a_masthead_names_the_publication_only_beside_an_issue_number() {
        assert_eq!(
            masthead_name("Morning Ledger | No. 88 | 3 May 2024").as_deref(),
            Some("Morning Ledger")
        );
        assert_eq!(masthead_name("Friday 7 March 2025 · Issue 12"), None);
        assert_eq!(masthead_name("Updated · 7 March 2025"), None);
        assert_eq!(masthead_name("Politics · Europe · 5 min read"), None);
    }

    #[test]
    fn a_reader_funding_appeal_is_furniture_line_by_line_and_in_one_block() {
        let lede = "The Varnholm ferry ran aground off the island's north cape on Sunday, and all 212 passengers were taken off by lifeboat before nightfall, the coastguard said.";
        let c = run(&[
            "We need your help now",
            "Support from readers like you keeps the Varnholm Courier going.",
            "You come to us because we give you something of value. Honest local news that gets it right.",
            "If our reporting matters to you, please contribute what you can, so we can keep doing it.",
            "Ferry runs aground off Varnholm cape",
            lede,
            "Your support helps us to tell the story Read more Support Now The tide is turning against local papers across the region. In a year of such thin margins we still need reporters out on the quays. Your support allows us to keep sending them.",
            "The ferry's operator said an inquiry would begin on Monday.",
        ]);
        let kept: Vec<&str> = c.blocks.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            kept,
            [
                lede,
                "The ferry's operator said an inquiry would begin on Monday."
            ],
            "{:?}",
            reasons(&c)
        );
        assert_eq!(
            c.title.as_deref(),
            Some("Ferry runs aground off Varnholm cape")
        );
        assert!(
            c.removed
                .iter()
                .any(|r| r.text.contains("thin margins") && r.reason == RemovalReason::Newsletter)
        );
    }

    #[test]
    fn a_caption_over_its_credit_line_is_a_caption() {
        let caption = "Firefighters clear debris from a collapsed warehouse in Tarnby on Monday.";
        let c = run(&[
            "Warehouse roof gives way in Tarnby storm",
            caption,
            "AFP",
            "A warehouse roof collapsed in Tarnby during Monday's storm, injuring four workers, the fire service said on Tuesday.",
            "Loading bay",
            "Source: Tarnby Fire Service",
            "The fire service said the building had been inspected in March and passed as safe at the time.",
        ]);
        let kind = |t: &str| c.blocks.iter().find(|(_, b)| b == t).map(|(k, _)| *k);
        assert_eq!(kind(caption), Some(ParagraphKind::Caption));
        assert_eq!(kind("Loading bay"), Some(ParagraphKind::Caption));
        // The headline over the agency's credit stays the headline, and a
        // story's last paragraph over its sign-off stays the story.
        assert_eq!(
            c.title.as_deref(),
            Some("Warehouse roof gives way in Tarnby storm")
        );
        let last = "The council said the building would be demolished next week, and the street would stay closed.";
        let c = run(&[
            "Warehouse roof gives way in Tarnby storm",
            "A warehouse roof collapsed in Tarnby during Monday's storm, injuring four workers, the fire service said on Tuesday.",
            last,
            "AFP",
        ]);
        assert!(c.blocks.contains(&(ParagraphKind::Body, last.to_string())));
    }

    #[test]
    fn short_lines_above_the_headline_are_furniture_even_as_sentences() {
        let c = run(&[
            "All your news in a single app.",
            "Hundreds of titles.",
            "Tarnby council approves harbour wall after storm damage",
            "Tarnby's council voted on Tuesday to build a new harbour wall, three months after storms wrecked the old one and flooded the quay.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Tarnby council approves harbour wall after storm damage")
        );
        assert_eq!(c.blocks.len(), 1, "{:?}", c.blocks);
    }

    #[test]
    fn a_breadcrumb_ending_with_the_headline_is_navigation() {
        let head = "Storm damage: Tarnby harbour wall to be rebuilt by spring";
        let crumb = format!("Home News {head}");
        let c = run(&[
            &crumb,
            head,
            "Tarnby's harbour wall, wrecked by storm damage in January, will be rebuilt by spring, the council said on Tuesday.",
        ]);
        assert_eq!(c.title.as_deref(), Some(head));
        assert!(reasons(&c).contains(&(crumb.as_str(), RemovalReason::Navigation)));
        assert_eq!(c.blocks.len(), 1, "{:?}", c.blocks);
    }

    #[test]
    fn a_question_headline_under_a_first_line_is_the_headline() {
        // The first line is no headline by position when the line under it
        // is a question of a headline's length.
        let c = run(&[
            "Harbour master Ilse Varn greets the rescued crew",
            "Luck of the tide: How did the Solvang crew survive running aground off Varnholm?",
            "All 14 crew of the trawler Solvang were rescued after it ran aground in fog off Varnholm, the coastguard said on Sunday.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some(
                "Luck of the tide: How did the Solvang crew survive running aground off Varnholm?"
            )
        );
    }

    #[test]
    fn a_last_update_line_and_widget_labels_are_furniture() {
        let c = run(&[
            "Tarnby council approves harbour wall after storm damage",
            "LAST UPDATE | 9 Mar",
            "In this article:",
            "Tarnby's council voted on Tuesday to build a new harbour wall, three months after storms wrecked the old one and flooded the quay.",
            "Workers wait on the quay at Tarnby harbour, Tuesday March 9, 2027. (Ann Lee/PA via AP) (ASSOCIATED PRESS)",
            "The wall will cost 4 million crowns, the council said.",
            "Recent post's",
        ]);
        let r = reasons(&c);
        assert!(
            r.contains(&("LAST UPDATE | 9 Mar", RemovalReason::Timestamp)),
            "{r:?}"
        );
        assert!(
            r.contains(&("In this article:", RemovalReason::Navigation)),
            "{r:?}"
        );
        assert!(
            r.contains(&("Recent post's", RemovalReason::Related)),
            "{r:?}"
        );
        assert!(
            c.blocks
                .iter()
                .any(|(k, t)| *k == ParagraphKind::Caption && t.starts_with("Workers wait")),
            "{:?}",
            c.blocks
        );
    }

    #[test]
    fn a_shortcode_caption_a_reprint_footer_and_a_list_of_headlines_without_bullets() {
        let c = run(&[
            "Ferry runs aground off Tarnby",
            "2 min read Last Updated : Mar 3 2025 | 9:24 AM IST",
            "The Tarnby ferry ran aground on a sandbank on Monday morning with 212 passengers on board, the coastguard said.",
            "Passengers wait on the quay at Tarnby on Monday[/caption]",
            "locator map",
            "A map of Tarnby and the Lindmark coast:",
            "No one was hurt, and the ferry was towed back to port by two tugs in the afternoon, a spokesman said.",
            "(With Harbourline inputs)",
            "(With PTI inputs)",
            "Source link",
            "You may also like",
            "Lindmark fishermen count the cost of a winter of storms on the coast",
            "'We will rebuild the quay': Tarnby mayor on the harbour plan",
            "Should Tarnby build a higher sea wall before next winter?",
            "Lindmark ferry crew rescue two sailors off the coast",
            "Your email address will not be published. Required fields are marked *",
        ]);
        let kept: Vec<&str> = c.blocks.iter().map(|(_, t)| t.as_str()).collect();
        // The caption is kept as a caption; the two paragraphs of the story
        // and the credit to an outlet no list knows are its only prose
        // (only the agencies' names make a credit).
        let body: Vec<&str> = c
            .blocks
            .iter()
            .filter(|(k, _)| *k == ParagraphKind::Body)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(body.len(), 3, "{kept:?} {:?}", reasons(&c));
        assert!(body[0].starts_with("The Tarnby ferry"), "{body:?}");
        assert!(body[1].starts_with("No one was hurt"), "{body:?}");
        assert_eq!(body[2], "(With Harbourline inputs)", "{body:?}");
        assert!(
            c.blocks
                .iter()
                .any(|(k, t)| *k == ParagraphKind::Caption && t.starts_with("Passengers wait")),
            "{kept:?}"
        );
        let r = reasons(&c);
        for (text, reason) in [
            ("(With PTI inputs)", RemovalReason::Credit),
            ("Source link", RemovalReason::Boilerplate),
            (
                "Should Tarnby build a higher sea wall before next winter?",
                RemovalReason::Related,
            ),
            (
                "Lindmark ferry crew rescue two sailors off the coast",
                RemovalReason::Related,
            ),
            (
                "'We will rebuild the quay': Tarnby mayor on the harbour plan",
                RemovalReason::Related,
            ),
        ] {
            assert!(r.contains(&(text, reason)), "{text}: {r:?}");
        }
    }

    #[test]
    fn a_quotation_without_a_stop_under_a_label_is_the_story() {
        // A line with no full stop before furniture is no headline of a
        // list: the quotation ends in a question mark.
        let c = run(&[
            "Ferry operator fined",
            "The Tarnby ferry operator was fined on Monday for the crash in 2023, a court in Lindvale ruled.",
            "Read more:",
            "Ferry operator fined over 2023 crash",
            "Asked whether the ferry would run before summer, Lind said: \"I hope so, but who knows?\"",
            "Story continues below advertisement",
            "The fine will be paid by the end of the year, the company said in a statement on Tuesday.",
        ]);
        let kept: Vec<&str> = c.blocks.iter().map(|(_, t)| t.as_str()).collect();
        assert!(
            kept.iter().any(|t| t.starts_with("Asked whether")),
            "{kept:?} {:?}",
            reasons(&c)
        );
    }

    #[test]
    fn a_list_of_headlines_ends_at_a_sub_heading_over_prose() {
        let c = run(&[
            "Ferry runs aground off Tarnby",
            "The Tarnby ferry ran aground on a sandbank on Monday morning with 212 passengers on board, the coastguard said.",
            "You may also like",
            "Lindmark fishermen count the cost of a winter of storms on the coast",
            "What the coastguard divers found under the hull of the Tarnby ferry on Tuesday",
            "Divers found a gash in the hull below the waterline, the coastguard said on Tuesday.",
        ]);
        let kept: Vec<&str> = c.blocks.iter().map(|(_, t)| t.as_str()).collect();
        // The list's item goes; the line the story's prose follows is
        // its own sub-heading.
        assert!(!kept.iter().any(|t| t.starts_with("Lindmark")), "{kept:?}");
        assert!(
            kept.contains(
                &"What the coastguard divers found under the hull of the Tarnby ferry on Tuesday"
            ),
            "{kept:?} {:?}",
            reasons(&c)
        );
        assert!(
            kept.iter().any(|t| t.starts_with("Divers found")),
            "{kept:?}"
        );
    }

    #[test]
    fn a_related_list_with_cut_headlines_and_file_names_is_set_aside() {
        let c = run(&[
            "Tarnby council approves harbour wall after storm damage",
            "alt=",
            "Tarnby's council voted on Tuesday to build a new harbour wall, three months after storms wrecked the old one and flooded the quay.",
            "Related story",
            "Two boats lost in Tarnby harbour as storm hits the co...",
            "The wall will cost 4 million crowns and should be finished by 2028, the council said.",
            "Related Stories",
            "Mayor Lund mulling a new ferry route to the islan...",
            "QmX7TzR0aLp9vWq2Ncd81HsYt.jpg",
            "OPINION",
            "Why Tarnby needs more than a wall",
            "Storm damage in Tarnby-1765184107.webp",
            "Comments",
        ]);
        let kept: Vec<&str> = c.blocks.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(kept.len(), 2, "{kept:?} {:?}", reasons(&c));
        assert!(kept[1].starts_with("The wall will cost"));
    }

    #[test]
    fn a_summary_repeated_a_player_a_placeholder_and_a_list_of_other_stories() {
        let summary = "About 4,000 homes in Tarnby lost power overnight, the grid operator said.";
        let c = run(&[
            "Storm cuts power to Tarnby",
            "Header Image",
            summary,
            &format!(
                "The storm reached the coast late on Monday. {summary} Crews were out by dawn."
            ),
            "Please use Chrome browser for a more accessible video player",
            "Moment the harbour wall gives way",
            "Repairs to the harbour wall will take weeks, the council said, and ferries will not sail before Friday.",
            "More To Read",
            "- Tarnby ferry route to reopen in spring",
            "- Should Tarnby build a higher wall?",
            "- Lindmark fishermen count the cost of the storm",
            "The council will meet again on Thursday to decide on the repairs, a spokeswoman said.",
        ]);
        let kept: Vec<&str> = c.blocks.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(kept.len(), 3, "{kept:?} {:?}", reasons(&c));
        assert!(kept[0].starts_with("The storm reached"), "{kept:?}");
        assert!(kept[1].starts_with("Repairs to"), "{kept:?}");
        assert!(kept[2].starts_with("The council will"), "{kept:?}");
        let r = reasons(&c);
        assert!(r.contains(&(summary, RemovalReason::Duplicate)), "{r:?}");
        assert!(
            r.contains(&("Moment the harbour wall gives way", RemovalReason::Related)),
            "{r:?}"
        );
        // A sub-heading under the story's prose stays: only a player's
        // notice makes the line under it a clip's title.
        let c = run(&[
            "Storm cuts power to Tarnby",
            "The storm reached the coast late on Monday, and crews were out by dawn.",
            "Your browser does not support the video tag.",
            "Moment the harbour wall gave way",
            "Repairs to the harbour wall will take weeks, the council said.",
        ]);
        assert_eq!(c.blocks.len(), 3, "{:?}", reasons(&c));
        // Nor is "The bigger picture" a placeholder, and a byline in
        // capitals under the headline is the writer's.
        let c = run(&[
            "Storm cuts power to Tarnby",
            "ANN LINDQVIST",
            "The storm reached the coast late on Monday, and crews were out by dawn.",
            "The bigger picture",
            "Repairs to the harbour wall will take weeks, the council said.",
        ]);
        assert!(
            c.blocks.iter().any(|(_, t)| t == "The bigger picture"),
            "{:?}",
            reasons(&c)
        );
        assert!(
            !c.removed
                .iter()
                .any(|r| r.text == "ANN LINDQVIST" && r.reason == RemovalReason::Navigation),
            "{:?}",
            reasons(&c)
        );
    }

    #[test]
    fn an_appeal_that_pitches_three_times_in_one_block_is_all_appeal() {
        let c = run(&[
            "Storm cuts power to Tarnby",
            "Your support helps us to tell the story. From the harbour to the town hall, our reporters are there when the news breaks. Whether it is the council's budget or the ferry timetable, we know what matters to you. Your donation allows us to keep sending reporters to the quays. We believe news should be free for all. Your support makes all the difference.",
            "The storm reached the coast late on Monday, the harbour master said, and crews were out by dawn.",
        ]);
        let kept: Vec<&str> = c.blocks.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(kept.len(), 1, "{kept:?} {:?}", reasons(&c));
    }

    #[test]
    fn a_headline_printed_three_times_and_labelled_captions() {
        let head = "Tarnby harbour wall to be rebuilt by spring";
        let c = run(&[
            head,
            head,
            "TARNBY",
            head,
            "Caption Workers inspect the broken harbour wall in Tarnby on March 3, 2027.",
            "Tarnby's harbour wall, wrecked by storm damage in January, will be rebuilt by spring, the council said on Tuesday.",
        ]);
        assert_eq!(c.title.as_deref(), Some(head));
        assert!(
            c.blocks
                .iter()
                .any(|(k, t)| *k == ParagraphKind::Caption && t.starts_with("Caption Workers")),
            "{:?}",
            c.blocks
        );
    }

    #[test]
    fn a_photographers_credit_a_video_title_and_bare_labels_are_furniture() {
        let c = run(&[
            "Watch Now",
            "Tarnby harbour wall to be rebuilt by spring after January storms",
            "Ann Lindqvist/AP",
            "Posted",
            "Tarnby's harbour wall, wrecked by storm damage in January, will be rebuilt by spring, the council said on Tuesday.",
            "The council said the work would cost 4 million crowns, paid for by the state.",
            "Mayor explains harbour wall plan to residents",
            "Mayor explains harbour wall plan to residents of Tarnby 01:49",
            "Residents will be asked to comment on the plan at a meeting in the town hall on Friday, the council said.",
            "More to follow",
        ]);
        let r = reasons(&c);
        assert!(
            r.contains(&("Ann Lindqvist/AP", RemovalReason::Credit)),
            "{r:?}"
        );
        assert!(r.contains(&("Posted", RemovalReason::Timestamp)), "{r:?}");
        assert!(
            r.contains(&("More to follow", RemovalReason::Boilerplate)),
            "{r:?}"
        );
        assert!(
            r.contains(&(
                "Mayor explains harbour wall plan to residents",
                RemovalReason::Related
            )),
            "{r:?}"
        );
        assert_eq!(
            c.title.as_deref(),
            Some("Tarnby harbour wall to be rebuilt by spring after January storms")
        );
    }

    #[test]
    fn relative_times_story_labels_and_channel_promotions_are_furniture() {
        let c = run(&[
            "Tarnby harbour wall to be rebuilt by spring after January storms",
            "7 hours ago 38",
            "Article:",
            "Tarnby's harbour wall, wrecked by storm damage in January, will be rebuilt by spring, the council said on Tuesday.",
            "How To Watch Tarnby TV",
            "Crews are pumping water out of the flooded warehouse on the quay.",
            "Photo: ann lindqvist / Moment / Getty Images",
            "The council said the work would cost 4 million crowns, paid for by the state.",
        ]);
        let r = reasons(&c);
        assert!(
            r.contains(&("7 hours ago 38", RemovalReason::Timestamp)),
            "{r:?}"
        );
        assert!(
            r.contains(&("Article:", RemovalReason::Navigation)),
            "{r:?}"
        );
        assert!(
            r.contains(&("How To Watch Tarnby TV", RemovalReason::Boilerplate)),
            "{r:?}"
        );
        assert!(
            c.blocks.contains(&(
                ParagraphKind::Caption,
                "Crews are pumping water out of the flooded warehouse on the quay.".to_string()
            )),
            "{:?}",
            c.blocks
        );
    }

    #[test]
    fn file_names_markup_and_a_comments_label_in_the_story_are_furniture() {
        let c = run(&[
            "Tarnby council approves harbour wall after storm damage",
            "Tarnby's council voted on Tuesday to build a new harbour wall, three months after storms wrecked the old one and flooded the quay.",
            "Storm damage in Tarnby-1765184107.webp",
            "src=/media/2027/03/wall.png",
            "The wall will cost 4 million crowns and should be finished by 2028, the council said.",
            "Comments",
            "Mourners were asked to please consider donating to the harbour rescue fund, the family said.",
            "If you want to help, please donate to the lifeboat crew.",
        ]);
        let r = reasons(&c);
        for line in [
            "Storm damage in Tarnby-1765184107.webp",
            "src=/media/2027/03/wall.png",
            "Comments",
        ] {
            assert!(
                r.contains(&(line, RemovalReason::Boilerplate)),
                "{line}: {r:?}"
            );
        }
        // A story's sentence that asks readers to give is no appeal of the
        // outlet's; one that opens with the plea is.
        assert!(
            c.blocks
                .iter()
                .any(|(_, t)| t.starts_with("Mourners were asked"))
        );
        assert!(r.contains(&(
            "If you want to help, please donate to the lifeboat crew.",
            RemovalReason::Newsletter
        )));
    }

    #[test]
    fn story_paragraphs_beside_a_bare_credit_or_between_two_promotions_stay() {
        let second = "The wall will cost 4 million crowns and should be finished by 2028, the council said on Tuesday.";
        let between = "The harbour master said boats would use the north quay until then.";
        let c = run(&[
            "Tarnby council approves harbour wall after storm damage",
            "Tarnby's council voted on Tuesday to build a new harbour wall, three months after storms wrecked the old one and flooded the quay.",
            second,
            "Getty Images",
            "Support local journalism. Subscribe to the Tarnby Courier for $1 a week.",
            between,
            "Your support helps us keep reporting from the harbour.",
            "Work on the new wall begins in May, the council said, and will close the south quay for a year.",
        ]);
        assert!(
            c.blocks
                .contains(&(ParagraphKind::Body, second.to_string())),
            "{:?}",
            c.blocks
        );
        assert!(
            c.blocks
                .contains(&(ParagraphKind::Body, between.to_string())),
            "{:?}",
            c.blocks
        );
    }

    #[test]
    fn the_page_top_credit_kicker_and_lead_caption_under_the_headline() {
        let head = "Ferry operator charged after Tarnby sinking";
        let c = run(&[
            "News",
            head,
            "TC NEWS",
            "CHARGED: The ferry Morning Star at the Tarnby quay",
            "Image: AFP",
            "Prosecutors in Tarnby charged the ferry operator on Monday over the sinking that killed nine people.",
            "Prev",
            "Follow here for live coverage",
            "Cover photo: Screenshot/X/@tarnby_news",
            "The operator denies the charges, its lawyer said.",
        ]);
        assert_eq!(c.title.as_deref(), Some(head), "{:?}", reasons(&c));
        let kept: Vec<(ParagraphKind, String)> = c
            .blocks
            .iter()
            .map(|(k, t)| (*k, t.chars().take(10).collect()))
            .collect();
        assert_eq!(
            kept,
            vec![
                (ParagraphKind::Caption, "CHARGED: T".to_string()),
                (ParagraphKind::Body, "Prosecutor".to_string()),
                (ParagraphKind::Body, "The operat".to_string()),
            ],
            "{:?}",
            reasons(&c)
        );
    }

    #[test]
    fn a_weekday_and_a_day_without_the_year_is_a_stamp() {
        for stamp in ["Sunday, October 26", "Tue 4 March", "Monday, Jan. 6"] {
            assert!(is_timestamp(stamp), "{stamp}");
        }
        for line in [
            "Sunday, October 26 was the day",
            "Black Friday, November 28",
        ] {
            assert!(!is_timestamp(line), "{line}");
        }
    }

    #[test]
    fn a_title_cased_headline_over_a_short_standfirst_is_the_headline() {
        let head = "Day of Mourning in Tarnby After Ferry Sinks Near Harbour";
        let c = run(&[
            "World",
            head,
            "Nine dead, 12 injured",
            "Tarnby has declared a day of mourning after a ferry sank near the harbour on Monday.",
            "Nine people were killed and 12 injured when the ferry hit rocks, the coast guard said.",
            "The injured were taken to hospital in Lindmark, where three are in a serious condition.",
        ]);
        assert_eq!(c.title.as_deref(), Some(head), "{:?}", reasons(&c));
    }

    #[test]
    fn a_widget_error_a_section_label_and_a_caption_under_the_headline_leave_the_headline() {
        let head = "Tarnby harbour wall to be rebuilt by spring";
        let lede = "Tarnby's harbour wall, wrecked by storm damage in January, will be rebuilt by spring, the council said on Tuesday.";
        let c = run(&[
            head,
            "We're sorry, this feature is currently unavailable. We're working to restore it. Please try again later.",
            head,
            "By Ann Lindqvist",
            lede,
            "Before You Leave, Check This Out",
            "J.Lund23 min ago",
        ]);
        assert_eq!(c.title.as_deref(), Some(head), "{:?}", reasons(&c));
        assert_eq!(c.blocks.len(), 2, "{:?}", c.blocks);
        // A bare address opens no list, and a section label stands above
        // the headline.
        let c = run(&[
            "https://www.example-courier.com/tarnby-harbour-wall/",
            "International",
            "Tarnby council approves harbour wall after storms",
            "The council in Tarnby approved a new harbour wall on Tuesday, three months after storms wrecked the old one.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Tarnby council approves harbour wall after storms"),
            "{:?}",
            reasons(&c)
        );
        // A caption under the headline, its credit starting with a figure.
        let c = run(&[
            "Mayor's dismay at 'shocking' scenes",
            "Boats lie on the quay after the storm surge in Tarnby on Saturday. Picture: 9 News / Ann Lee",
            "Mayor Ilse Varn said the flood in Tarnby was the worst in living memory.",
            "Six boats were lost in the storm surge, the harbour master said.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Mayor's dismay at 'shocking' scenes")
        );
        assert!(
            c.blocks
                .iter()
                .any(|(k, t)| *k == ParagraphKind::Caption && t.starts_with("Boats lie"))
        );
    }

    #[test]
    fn ordinary_lines_shaped_like_furniture_stay() {
        let kept_lines = [
            "How to watch Tuesday's harbour council debate",
            "Before you go to the polls in Tarnby",
            "US officials said aid deliveries to Tarnby would resume next week.",
        ];
        let c = run(&[
            "Hiker found alive after vanishing 10 days ago",
            "A hiker missing in the hills above Tarnby for ten days was found alive on Sunday, the mountain rescue team said.",
            kept_lines[0],
            kept_lines[1],
            "Support local journalism. Subscribe to the Tarnby Courier for $1 a week.",
            kept_lines[2],
            "Support our journalism: donate today.",
            "The rescue team said the hiker had survived on stream water and was recovering in hospital.",
        ]);
        assert_eq!(
            c.title.as_deref(),
            Some("Hiker found alive after vanishing 10 days ago")
        );
        for line in kept_lines {
            assert!(
                c.blocks.iter().any(|(_, t)| t == line),
                "{line}: {:?}",
                reasons(&c)
            );
        }
    }
}
