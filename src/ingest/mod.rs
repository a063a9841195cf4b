//! Files to cleaned versions: read the bytes, decode them, recognise the
//! format by content as well as by extension, extract blocks of text with
//! their metadata, clean them and split sentences.

pub mod clean;
pub mod content;
pub mod dates;
pub mod decode;
pub mod fetch;
pub mod html;
pub mod json;
pub mod markdown;
pub mod segment;
pub mod text;

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::InputError;
use crate::model::{Paragraph, ParagraphKind, Removed, SourceFormat, Version};

/// Files larger than this are refused (a news article is a few hundred kB at most).
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// The longest paragraph analysed as one: a news paragraph is a few hundred
/// bytes, a whole article pasted on one line some tens of thousands. A
/// longer one is read as several, cut at sentence ends, so that no stage's
/// work on one paragraph can grow without bound.
pub const MAX_PARAGRAPH_BYTES: usize = 32 * 1024;

/// The most words of one file that are compared: a long feature is 10,000
/// words, a book 100,000. Counted in words, not seconds, so that a slow
/// machine gives the same report; what lies beyond is named in a note.
pub const MAX_WORDS_PER_FILE: usize = 1_000_000;

/// The longest one file may take to be read into sentences. A story of any
/// length under the limits above takes well under a second even on a slow
/// machine, and the worst input measured (a 10 MB paragraph) a few seconds:
/// this is a guard against what no one measured, not a budget that normal
/// files meet, so that reports stay the same from one machine to another.
/// What lies beyond it is named in a note.
pub const MAX_SECONDS_PER_FILE: u64 = 30;

/// How a block of extracted text entered the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Unknown: plain text lines; cleaning decides.
    Plain,
    /// A paragraph the format marks as body text.
    Body,
    /// A sub-heading (Markdown `##`, HTML `h2`…).
    Heading,
    /// The document's headline (Markdown `#`, HTML `h1`).
    Title,
    /// A figure caption.
    Caption,
    /// A block quotation.
    QuoteBlock,
    /// A byline element.
    Byline,
    /// A list item.
    ListItem,
    /// A list item or paragraph that is nothing but a link.
    LinkOnly,
    /// The page's footer as the format marks it (Markdown: the few short
    /// lines after the document's last thematic break).
    Footer,
}

/// A block of text as a format reader found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub hint: Hint,
    pub text: String,
}

impl Block {
    pub fn new(hint: Hint, text: impl Into<String>) -> Self {
        Block {
            hint,
            text: text.into(),
        }
    }
}

/// What a format reader extracts before cleaning.
#[derive(Debug, Clone, Default)]
pub struct RawDoc {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub blocks: Vec<Block>,
    /// Page furniture the reader already set aside (HTML chrome).
    pub removed: Vec<Removed>,
    /// What the reader had to do that the user should know (a fallback taken).
    pub notes: Vec<String>,
}

/// Options that change how inputs are read.
#[derive(Debug, Clone, Copy, Default)]
pub struct IngestOptions {
    /// Inputs are clean text: every blank-line-separated block is one body
    /// paragraph; no boilerplate removal, no title detection.
    pub raw: bool,
}

/// Read one file into a cleaned version (its id and path filled in).
pub fn load_file(path: &Path, index: usize, opts: IngestOptions) -> Result<Version, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound,
        _ => InputError::Io(e.to_string()),
    })?;
    if meta.is_dir() {
        return Err(InputError::Directory);
    }
    // Only regular files: a FIFO blocks forever, a device never ends.
    if !meta.is_file() {
        return Err(InputError::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    // Read with the limit as we read: a file may grow after the check.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    {
        use std::io::Read;
        let file = std::fs::File::open(path).map_err(|e| InputError::Io(e.to_string()))?;
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| InputError::Io(e.to_string()))?;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    // A page Parallax fetched carries its address and the server's charset
    // in a record beside it.
    let source = fetch::source_of(path, &bytes);
    let mut v = load_bytes_declared(
        &bytes,
        &path.to_string_lossy(),
        index,
        opts,
        source.as_ref().and_then(|s| s.charset.as_deref()),
    )?;
    if let Some(s) = source {
        // A fetched page whose metadata names no outlet is named after its
        // site, not after the file it is kept in.
        if v.outlet == outlet_from_path(&v.path) {
            v.outlet = fetch::site_of(&s.url);
        }
        v.url = Some(s.url);
    }
    Ok(v)
}

/// Read bytes as if they came from `path` (the extension is a hint only).
pub fn load_bytes(
    bytes: &[u8],
    path: &str,
    index: usize,
    opts: IngestOptions,
) -> Result<Version, InputError> {
    load_bytes_declared(bytes, path, index, opts, None)
}

/// Read bytes whose charset something outside them declares (a web
/// server's header); see [`decode::decode_declared`].
pub fn load_bytes_declared(
    bytes: &[u8],
    path: &str,
    index: usize,
    opts: IngestOptions,
    charset: Option<&str>,
) -> Result<Version, InputError> {
    let started = std::time::Instant::now();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::Empty);
    }
    let decoded = decode::decode_declared(bytes, charset)?;
    if decoded.text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let format = sniff_format(&decoded.text, path);
    let raw_doc = match format {
        SourceFormat::Html => html::extract(&decoded.text, opts)?,
        SourceFormat::Json => json::extract(&decoded.text, opts)?,
        SourceFormat::Markdown if !opts.raw => markdown::extract(&decoded.text),
        SourceFormat::Markdown | SourceFormat::Text => text::extract(&decoded.text, opts),
    };
    let mut cleaned = clean::clean(raw_doc, opts);
    if decoded.nul_dropped > 0 {
        cleaned.notes.push(format!(
            "{} NUL byte{} dropped from the text",
            decoded.nul_dropped,
            if decoded.nul_dropped == 1 { "" } else { "s" }
        ));
    }
    let mut notes = cleaned.notes;
    let paragraphs = segment_within(
        cleaned.blocks,
        started,
        std::time::Duration::from_secs(MAX_SECONDS_PER_FILE),
        &mut notes,
    );
    let mut paragraphs = within_budget(cap_paragraphs(paragraphs, &mut notes), &mut notes);
    if !paragraphs
        .iter()
        .any(|p| p.kind.is_story_text() || p.kind == ParagraphKind::Heading)
    {
        let why = if format == SourceFormat::Html {
            " (a web page with no article in it)"
        } else {
            ""
        };
        return Err(InputError::NoArticle(why.to_string()));
    }
    // Writers named only in metadata (scraper JSON, page meta tags) get a
    // byline paragraph, as a byline element would give.
    if !opts.raw
        && !cleaned.authors.is_empty()
        && !paragraphs.iter().any(|p| p.kind == ParagraphKind::Byline)
    {
        let text = format!("By {}", cleaned.authors.join(" and "));
        paragraphs.insert(0, Paragraph::single(ParagraphKind::Byline, text));
    }
    let outlet = cleaned
        .outlet
        .filter(|o| !o.trim().is_empty())
        .unwrap_or_else(|| outlet_from_path(path));
    let word_count = Version::count_words(&paragraphs);
    Ok(Version {
        id: format!("v{index}"),
        path: path.to_string(),
        url: None,
        outlet,
        title: cleaned.title,
        published: cleaned.published,
        authors: cleaned.authors,
        paragraphs,
        removed: cleaned.removed,
        format,
        encoding: decoded.encoding.to_string(),
        sha256: sha256_hex(bytes),
        word_count,
        credit: None,
        notes,
    })
}

/// Paragraphs longer than [`MAX_PARAGRAPH_BYTES`] read as several, cut at
/// sentence ends (a sentence longer than the cap at spaces, or anywhere on
/// a character boundary when it has none), with a note saying so.
fn cap_paragraphs(paragraphs: Vec<Paragraph>, notes: &mut Vec<String>) -> Vec<Paragraph> {
    if paragraphs
        .iter()
        .all(|p| p.text.len() <= MAX_PARAGRAPH_BYTES)
    {
        return paragraphs;
    }
    let mut out = Vec::with_capacity(paragraphs.len());
    for (n, p) in paragraphs.into_iter().enumerate() {
        if p.text.len() <= MAX_PARAGRAPH_BYTES {
            out.push(p);
            continue;
        }
        let bytes = p.text.len();
        let mut pieces: Vec<String> = Vec::new();
        for sentence in &p.sentences {
            pieces.extend(cut(sentence, MAX_PARAGRAPH_BYTES));
        }
        let mut parts = 0;
        let mut current: Vec<String> = Vec::new();
        let mut len = 0;
        let mut flush = |current: &mut Vec<String>, len: &mut usize| {
            if !current.is_empty() {
                let sentences = std::mem::take(current);
                out.push(Paragraph {
                    kind: p.kind,
                    text: sentences.join(" "),
                    sentences,
                });
                parts += 1;
                *len = 0;
            }
        };
        for piece in pieces {
            if len > 0 && len + 1 + piece.len() > MAX_PARAGRAPH_BYTES {
                flush(&mut current, &mut len);
            }
            len += piece.len() + usize::from(len > 0);
            current.push(piece);
        }
        flush(&mut current, &mut len);
        notes.push(format!(
            "paragraph {} holds {} bytes with no paragraph break: it is read as {parts} paragraphs of at most {} bytes, cut at sentence ends",
            n + 1,
            grouped(bytes),
            grouped(MAX_PARAGRAPH_BYTES),
        ));
    }
    out
}

/// A count with thousands separated ("10,000,007").
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `text` in pieces of at most `max` bytes, cut at the last space before
/// the limit, or at a character boundary when there is none.
fn cut(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while rest.len() > max {
        let window = crate::text::head(rest, max);
        let at = match window.rfind(char::is_whitespace) {
            Some(at) if at > 0 => at,
            _ => window
                .len()
                .max(rest.chars().next().map_or(1, char::len_utf8)),
        };
        out.push(rest[..at].trim_end().to_string());
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// The cleaned blocks as paragraphs split into sentences, until reading the
/// file (from `started`) has taken longer than `limit`; a note names where
/// the file was cut short and how much was left out. The first paragraph is
/// always kept.
fn segment_within(
    blocks: Vec<(ParagraphKind, String)>,
    started: std::time::Instant,
    limit: std::time::Duration,
    notes: &mut Vec<String>,
) -> Vec<Paragraph> {
    let mut paragraphs = Vec::with_capacity(blocks.len());
    let mut blocks = blocks.into_iter();
    while let Some((kind, text)) = blocks.next() {
        if !paragraphs.is_empty() && started.elapsed() > limit {
            let (left, left_words) = std::iter::once(text)
                .chain(blocks.map(|(_, t)| t))
                .fold((0, 0), |(n, w), t| {
                    (n + 1, w + t.split_whitespace().count())
                });
            notes.push(format!(
                "cut short: reading this file took more than {} s, so only its first {} paragraphs ({} words) are compared; the {} after them ({} words) are left out",
                limit.as_secs(),
                grouped(paragraphs.len()),
                grouped(Version::count_words(&paragraphs)),
                grouped(left),
                grouped(left_words),
            ));
            break;
        }
        let sentences = segment::sentences(&text);
        let p = Paragraph {
            kind,
            text: collapse_ws(&text),
            sentences,
        };
        if !p.text.is_empty() {
            paragraphs.push(p);
        }
    }
    paragraphs
}

/// The paragraphs of a file up to [`MAX_WORDS_PER_FILE`] words; a note
/// names where the file was cut short and how much was left out.
fn within_budget(mut paragraphs: Vec<Paragraph>, notes: &mut Vec<String>) -> Vec<Paragraph> {
    let mut words = 0;
    let Some(stop) = paragraphs.iter().position(|p| {
        words += p.text.split_whitespace().count();
        words > MAX_WORDS_PER_FILE
    }) else {
        return paragraphs;
    };
    let left: Vec<Paragraph> = paragraphs.split_off(stop.max(1));
    let left_words = Version::count_words(&left);
    notes.push(format!(
        "cut short: only the first {} paragraphs ({} words) are compared; the {} paragraphs after them ({} words) are left out (a news story is a few thousand words)",
        grouped(paragraphs.len()),
        grouped(Version::count_words(&paragraphs)),
        grouped(left.len()),
        grouped(left_words),
    ));
    paragraphs
}

/// Hex SHA-256 of the file's bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// White space runs (new lines included) folded to one space, ends trimmed.
pub fn collapse_ws(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The format by content first, then by extension.
pub fn sniff_format(text: &str, path: &str) -> SourceFormat {
    let head: String = text.trim_start().chars().take(1024).collect();
    let lower = head.to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml") && lower.contains("<html")
        || (lower.starts_with('<') && (lower.contains("<body") || lower.contains("<head")))
        || looks_like_html_fragment(text)
    {
        return SourceFormat::Html;
    }
    if (head.starts_with('{') || head.starts_with('['))
        && serde_json::from_str::<serde_json::Value>(text.trim()).is_ok()
    {
        return SourceFormat::Json;
    }
    let ext = Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => SourceFormat::Html,
        "json" => SourceFormat::Json,
        "md" | "markdown" | "mdown" | "mkd" => SourceFormat::Markdown,
        _ if looks_like_markdown(text) => SourceFormat::Markdown,
        _ => SourceFormat::Text,
    }
}

/// Text that is mostly paragraphs in `<p>` tags.
fn looks_like_html_fragment(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let tags = lower.matches("<p>").count()
        + lower.matches("<p ").count()
        + lower.matches("<div").count()
        + lower.matches("<br").count();
    tags >= 3 && lower.matches("</").count() >= 2
}

/// A `#` headline at the top and Markdown structure below.
fn looks_like_markdown(text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let h1 = first.starts_with("# ");
    let marks = text
        .lines()
        .filter(|l| l.starts_with("## ") || l.starts_with("**") || l.contains("]("))
        .count();
    h1 && marks >= 1
}

/// "daily-post_2025.txt" becomes "Daily Post 2025".
pub fn outlet_from_path(path: &str) -> String {
    let stem = Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| path.to_string());
    let words: Vec<String> = stem
        .split(['-', '_', ' ', '.'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect();
    if words.is_empty() {
        stem
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_by_content_beats_extension() {
        assert_eq!(
            sniff_format("<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt"),
            SourceFormat::Html
        );
        assert_eq!(
            sniff_format("{\"text\": \"x\"}", "a.txt"),
            SourceFormat::Json
        );
        assert_eq!(sniff_format("Plain words.", "a.txt"), SourceFormat::Text);
        assert_eq!(
            sniff_format("# Head\n\nBody", "a.md"),
            SourceFormat::Markdown
        );
    }

    #[test]
    fn a_paragraph_past_the_cap_is_read_as_several_at_sentence_ends() {
        let sentence = "The council approved the harbour plan on Tuesday. ";
        let text = sentence.repeat(2000); // about 100 kB, one line
        let v =
            load_bytes(text.as_bytes(), "long.txt", 0, IngestOptions::default()).expect("readable");
        assert!(v.paragraphs.len() >= 3, "{}", v.paragraphs.len());
        assert!(
            v.paragraphs
                .iter()
                .all(|p| p.text.len() <= MAX_PARAGRAPH_BYTES && p.text.ends_with("Tuesday."))
        );
        // Nothing is lost: every sentence is in one of the parts.
        let sentences: usize = v.paragraphs.iter().map(|p| p.sentences.len()).sum();
        assert_eq!(sentences, 2000);
        assert!(v.notes.iter().any(|n| n.contains("paragraph 1 holds")));
    }

    #[test]
    fn text_without_spaces_is_cut_on_character_boundaries() {
        let pieces = cut(&"é".repeat(40_000), MAX_PARAGRAPH_BYTES);
        assert!(pieces.iter().all(|p| p.len() <= MAX_PARAGRAPH_BYTES));
        assert_eq!(pieces.concat(), "é".repeat(40_000));
        assert_eq!(grouped(10_000_007), "10,000,007");
        assert_eq!(grouped(999), "999");
    }

    #[test]
    fn a_file_past_the_word_budget_is_cut_short_with_a_note() {
        let para = |n: usize| Paragraph::single(ParagraphKind::Body, "word ".repeat(n));
        let mut notes = Vec::new();
        let kept = within_budget(
            vec![para(600_000), para(300_000), para(200_000), para(5)],
            &mut notes,
        );
        assert_eq!(kept.len(), 2);
        assert!(
            notes[0].contains("the 2 paragraphs after them (200,005 words)"),
            "{notes:?}"
        );
        let mut none = Vec::new();
        assert_eq!(within_budget(vec![para(10)], &mut none).len(), 1);
        assert!(none.is_empty());
    }

    #[test]
    fn a_file_past_the_time_budget_is_cut_short_with_a_note() {
        let blocks = |n: usize| -> Vec<(ParagraphKind, String)> {
            (0..n)
                .map(|i| {
                    (
                        ParagraphKind::Body,
                        format!("Paragraph {i} has five words."),
                    )
                })
                .collect()
        };
        let mut notes = Vec::new();
        // No time at all: the first paragraph is still kept, the rest named.
        let kept = segment_within(
            blocks(4),
            std::time::Instant::now(),
            std::time::Duration::ZERO,
            &mut notes,
        );
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].sentences.len(), 1);
        assert!(
            notes[0].contains("only its first 1 paragraphs (5 words)")
                && notes[0].contains("the 3 after them (15 words) are left out"),
            "{notes:?}"
        );
        let mut none = Vec::new();
        let all = segment_within(
            blocks(4),
            std::time::Instant::now(),
            std::time::Duration::from_secs(MAX_SECONDS_PER_FILE),
            &mut none,
        );
        assert_eq!(all.len(), 4);
        assert!(none.is_empty());
    }

    #[test]
    fn outlet_from_file_name() {
        assert_eq!(outlet_from_path("dir/daily-post.txt"), "Daily Post");
        assert_eq!(outlet_from_path("wire.html"), "Wire");
    }

    #[test]
    fn empty_and_whitespace_files_are_refused() {
        let o = IngestOptions::default();
        assert_eq!(load_bytes(b"", "e.txt", 0, o), Err(InputError::Empty));
        assert_eq!(
            load_bytes(b" \n\t\n", "e.txt", 0, o),
            Err(InputError::Empty)
        );
    }
}
