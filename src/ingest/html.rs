//! Whole saved web pages to blocks. dom_smoothie (a port of Mozilla's
//! Readability) picks the article's main text; we then walk the original page
//! in reading order so that every block is either kept (body, headings,
//! captions, byline) or set aside with the reason its container gives
//! (navigation, cookie banner, share bar, newsletter box, related links,
//! footer). Metadata comes from Open Graph, JSON-LD and `<time>`.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeId, NodeRef};
use serde_json::Value;

use super::content::{self, Content};
use super::{Block, Hint, IngestOptions, RawDoc, collapse_ws, dates};
use crate::error::InputError;
use crate::model::{RemovalReason, Removed};

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "head", "select", "option",
    "textarea", "canvas", "video", "audio", "object", "embed", "input", "math", "title", "meta",
    "link",
];

/// Elements that start a new block.
const BLOCK: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "figcaption",
    "blockquote",
    "pre",
    "td",
    "th",
    "dt",
    "dd",
    "caption",
    "address",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "ul",
    "ol",
    "dl",
    "figure",
    "table",
    "tbody",
    "thead",
    "tr",
    "form",
    "body",
    "html",
    "hr",
    "fieldset",
    "details",
    "summary",
    "center",
];

#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    chrome: Option<RemovalReason>,
    in_article: bool,
    caption: bool,
    byline: bool,
    /// Inside a link (`<a>` around blocks: a teaser card).
    link: bool,
    timestamp: bool,
    quote: bool,
    /// A section label printed over a headline ("kicker", "eyebrow").
    kicker: bool,
    /// The summary printed under a headline ("standfirst", "dek").
    standfirst: bool,
}

#[derive(Debug)]
struct WalkBlock {
    tag: String,
    text: String,
    /// Characters of the text inside links.
    links: usize,
    parent: Option<NodeId>,
    ctx: Ctx,
}

/// Stack for reading one page: the parser, the content extractors and the
/// walk all descend the tree by recursion, and a debug build's frames are
/// large; the window's worker and the test harness run on 2 MiB stacks.
const PAGE_STACK: usize = 64 * 1024 * 1024;

/// Extract the article of a saved web page, on a thread of its own with a
/// stack deep enough for any tree left after flattening.
pub fn extract(html: &str, opts: IngestOptions) -> Result<RawDoc, InputError> {
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .stack_size(PAGE_STACK)
            .spawn_scoped(scope, || extract_here(html, opts))
        {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had: read it on this one.
            Err(_) => extract_here(html, opts),
        }
    })
}

fn extract_here(html: &str, opts: IngestOptions) -> Result<RawDoc, InputError> {
    let flattened = flatten_deep(html, MAX_DEPTH);
    let deep = matches!(flattened, std::borrow::Cow::Owned(_));
    let html = flattened.as_ref();
    let doc = Document::from(html);
    let mut raw = RawDoc::default();
    if deep {
        raw.notes.push(format!(
            "elements nested over {MAX_DEPTH} levels deep were flattened (their text is kept)"
        ));
    }
    metadata(&doc, &mut raw);

    let mut blocks = Vec::new();
    if let Some(body) = doc.body().or_else(|| Some(doc.root())) {
        walk(&body, Ctx::default(), &mut blocks);
    }
    if opts.raw {
        raw.blocks = blocks
            .into_iter()
            .filter(|b| b.ctx.chrome.is_none())
            .map(|b| Block::new(Hint::Body, b.text))
            .collect();
        return Ok(raw);
    }

    let content = Content::of_page(html);
    let blocks = join_quote_credits(split_br_paragraphs(blocks));
    let has_article = blocks.iter().any(|b| b.ctx.in_article);
    // Trafilatura weighs class and id words with the text itself, so its
    // judgement overrides the container's; Readability's does not.
    let trusted = content.source == content::Source::Trafilatura;
    let mut is_content: Vec<bool> = blocks
        .iter()
        .map(|b| {
            content.covers(&b.text)
                && (trusted || b.ctx.chrome.is_none())
                // A section label over the headline is chrome, whoever
                // kept it.
                && !(b.ctx.kicker && b.text.split_whitespace().count() <= 6)
                // A short block that is mostly a link is a teaser or a
                // menu entry, whichever extractor kept it.
                && !(link_density(b) > 0.5 && b.text.split_whitespace().count() < 30)
        })
        .collect();
    if trusted {
        // Trafilatura that keeps nearly a whole page (an old table layout
        // gives it no container to choose) keeps its masthead, sidebars and
        // author box with it: when the blocks it kept inside containers
        // named as page chrome are a small part of what it kept, the
        // containers' names decide for those. When they are most of it, the
        // article itself sits under such a name ("sidebar-layout"), and
        // trafilatura's judgement stands.
        let words = |b: &WalkBlock| b.text.split_whitespace().count();
        let (mut chrome_words, mut kept_words) = (0, 0);
        for (b, _) in blocks.iter().zip(&is_content).filter(|(_, c)| **c) {
            kept_words += words(b);
            if b.ctx.chrome.is_some() {
                chrome_words += words(b);
            }
        }
        if chrome_words > 0 && chrome_words * 5 < kept_words {
            for (b, c) in blocks.iter().zip(is_content.iter_mut()) {
                if b.ctx.chrome.is_some() {
                    *c = false;
                }
            }
        }
    }
    if !is_content.iter().any(|&c| c) {
        // Neither extractor found anything: fall back to the article
        // element, else to every sentence-like block outside page chrome,
        // else to the largest block of prose on the page.
        for (i, b) in blocks.iter().enumerate() {
            let prose = is_prose(&b.text);
            is_content[i] = b.ctx.chrome.is_none()
                && ((has_article && b.ctx.in_article && b.tag == "p") || (!has_article && prose));
        }
        if !is_content.iter().any(|&c| c)
            && let Some((i, _)) = blocks
                .iter()
                .enumerate()
                .filter(|(_, b)| is_prose(&b.text))
                .max_by_key(|(_, b)| b.text.len())
        {
            is_content[i] = true;
        }
        if is_content.iter().any(|&c| c) {
            raw.notes.push(
                "no extractor recognised an article; kept the page's prose blocks instead"
                    .to_string(),
            );
        }
    }
    if !trusted {
        // Siblings of kept paragraphs in the same container are kept too:
        // Readability sometimes drops a short closing paragraph.
        let parents: HashSet<NodeId> = blocks
            .iter()
            .zip(&is_content)
            .filter(|(_, c)| **c)
            .filter_map(|(b, _)| b.parent)
            .collect();
        for (i, b) in blocks.iter().enumerate() {
            if !is_content[i]
                && b.ctx.chrome.is_none()
                && b.parent.is_some_and(|p| parents.contains(&p))
                && matches!(
                    b.tag.as_str(),
                    "p" | "h2" | "h3" | "h4" | "blockquote" | "li"
                )
            {
                is_content[i] = true;
            }
        }
    }
    let first_content = is_content.iter().position(|&c| c);
    // The story's first paragraph (the headline may be content too).
    let first_paragraph = blocks
        .iter()
        .zip(&is_content)
        .position(|(b, &c)| c && b.tag == "p");
    let last_content = is_content.iter().rposition(|&c| c);
    let title_key = raw.title.as_deref().map(collapse_ws);

    for (i, b) in blocks.into_iter().enumerate() {
        let text = b.text.trim().to_string();
        if text.is_empty() {
            continue;
        }
        let near_article = b.ctx.in_article
            || (!has_article
                && first_content.is_some_and(|f| i + 12 >= f)
                && last_content.is_some_and(|l| i <= l + 3));
        let hint = if b.tag == "h1" && (title_key.is_none() || near_article) {
            if raw.title.is_none() {
                raw.title = Some(collapse_ws(&text));
            }
            if title_key.as_deref() == Some(collapse_ws(&text).as_str()) || b.ctx.in_article {
                continue; // the headline is the title, not a paragraph
            }
            None
        } else if is_content[i] {
            Some(if b.ctx.caption || b.tag == "figcaption" {
                Hint::Caption
            } else if (b.tag.starts_with('h') && b.tag.len() == 2)
                || (b.ctx.standfirst
                    && !b.ctx.byline
                    && !b.ctx.timestamp
                    && (4..=60).contains(&b.text.split_whitespace().count()))
            {
                Hint::Heading
            } else if b.ctx.quote {
                Hint::QuoteBlock
            } else if b.ctx.byline && b.text.split_whitespace().count() <= 12 {
                // A byline container holds a name and a date, not prose: a
                // long block inside one (an `author-…` class on the whole
                // article) is body.
                Hint::Byline
            } else {
                Hint::Body
            })
        } else if b.ctx.chrome.is_none() && near_article && (b.tag == "figcaption" || b.ctx.caption)
        {
            Some(Hint::Caption)
        } else if b.ctx.chrome.is_none() && near_article && b.ctx.byline && !b.ctx.timestamp {
            Some(Hint::Byline)
        } else if b.ctx.chrome.is_none()
            && first_paragraph.is_some_and(|f| i < f && i + BYLINE_REACH >= f)
            && super::clean::is_byline(&text)
        {
            // "By Ann Lee Health Correspondent 24 February 2026" just over
            // the story, in markup that names nothing (hashed class names):
            // the extractor reads the story, not its credit line.
            Some(Hint::Byline)
        } else {
            None
        };
        match hint {
            Some(h) => raw.blocks.push(Block::new(h, text)),
            None => {
                let reason = b.ctx.chrome.unwrap_or(if b.ctx.timestamp {
                    RemovalReason::Timestamp
                } else {
                    RemovalReason::Boilerplate
                });
                // A list or table set aside is listed a line at a time,
                // as a reader would check it.
                if matches!(b.tag.as_str(), "ul" | "ol" | "table") {
                    for line in text.lines().map(collapse_ws).filter(|l| !l.is_empty()) {
                        raw.removed.push(Removed { text: line, reason });
                    }
                } else {
                    raw.removed.push(Removed {
                        text: collapse_ws(&text),
                        reason,
                    });
                }
            }
        }
    }
    Ok(raw)
}

/// Nesting deeper than browsers build (they cap the tree near 512 levels);
/// deeper tags are dropped before parsing, their text kept.
const MAX_DEPTH: usize = 400;

/// Elements that never hold content, so never add a level.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "!doctype",
];

/// The page with tags beyond `max` levels of nesting removed (their text
/// stays), so that neither the parser nor the walk spends time or stack in
/// proportion to hostile depth. Unchanged (borrowed) when not that deep.
fn flatten_deep(html: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let bytes = html.as_bytes();
    // Tags as (start, end, depth of the element they open or close), the
    // depth counted as a parser builds the tree: a closing tag closes the
    // innermost open element of its name and everything inside it, and one
    // with no open element of its name closes nothing ("<span></p>" a
    // thousand times is a thousand levels, not none); a paragraph or list
    // item opened inside one of its kind closes the first.
    let mut tags: Vec<(usize, usize, usize)> = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut counts: HashMap<String, usize> = HashMap::default();
    let mut deepest = 0usize;
    let mut i = 0;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let start = i + off;
        let Some(end_off) = bytes[start..].iter().position(|&b| b == b'>') else {
            break;
        };
        let end = start + end_off + 1;
        let inner = &html[start + 1..end - 1];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        i = end;
        if name.is_empty() || name.starts_with("!--") {
            continue;
        }
        let void = VOID.contains(&name.as_str()) || inner.ends_with('/');
        // The innermost open element of this name, found by a scan only
        // when one is open (a count per name): a stray closing tag costs
        // nothing, and a scan ends at what it then closes, so the work is
        // linear in the tags however hostile the page.
        let innermost = |open: &[String], counts: &HashMap<String, usize>| {
            counts
                .get(&name)
                .is_some_and(|&c| c > 0)
                .then(|| open.iter().rposition(|n| *n == name))
                .flatten()
        };
        let depth = if closing {
            match innermost(&open, &counts) {
                Some(at) => {
                    close_from(&mut open, &mut counts, at);
                    at + 1
                }
                None => open.len(),
            }
        } else if void {
            open.len()
        } else {
            if SELF_CLOSING_SIBLINGS.contains(&name.as_str())
                && let Some(at) = innermost(&open, &counts)
            {
                close_from(&mut open, &mut counts, at);
            }
            *counts.entry(name.clone()).or_default() += 1;
            open.push(name);
            deepest = deepest.max(open.len());
            open.len()
        };
        tags.push((start, end, depth));
    }
    if deepest <= max {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (start, end, depth) in tags {
        if depth > max {
            out.push_str(&html[last..start]);
            out.push(' ');
            last = end;
        }
    }
    out.push_str(&html[last..]);
    std::borrow::Cow::Owned(out)
}

/// Close the open elements from `at` inward, keeping the count per name.
fn close_from(open: &mut Vec<String>, counts: &mut HashMap<String, usize>, at: usize) {
    for n in open.drain(at..) {
        if let Some(c) = counts.get_mut(&n) {
            *c -= 1;
        }
    }
}

/// Elements an opening tag of their own kind closes (HTML's implied end
/// tags): unclosed paragraphs and items are siblings, not a staircase.
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "tr", "td", "th", "option"];

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

/// A sentence-like block: eight words or more ending as a sentence does.
fn is_prose(text: &str) -> bool {
    text.split_whitespace().count() >= 8 && text.trim_end().ends_with(['.', '"', '”', '?', '!'])
}

/// An embedded post's closing credit ("— ADWU (@ADWUnion) March 10,
/// 2025"), printed after its paragraph inside the same block quotation, is
/// part of that quotation, not a paragraph of its own.
fn join_quote_credits(blocks: Vec<WalkBlock>) -> Vec<WalkBlock> {
    let mut out: Vec<WalkBlock> = Vec::with_capacity(blocks.len());
    for b in blocks {
        let credit = b.ctx.quote
            && b.text.trim_start().starts_with(['—', '–', '-'])
            && b.text.split_whitespace().count() <= 14;
        if credit
            && let Some(prev) = out.last_mut()
            && prev.ctx.quote
            && prev.parent == b.parent
        {
            prev.text.push(' ');
            prev.text.push_str(b.text.trim());
            prev.links += b.links;
            continue;
        }
        out.push(b);
    }
    out
}

/// Text broken into paragraphs by `<br><br>` instead of `<p>`: each run of
/// prose between blank breaks becomes a block of its own.
fn split_br_paragraphs(blocks: Vec<WalkBlock>) -> Vec<WalkBlock> {
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        if !b.text.contains("\n\n") {
            out.push(b);
            continue;
        }
        let parts: Vec<&str> = b
            .text
            .split("\n\n")
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        for t in parts {
            out.push(WalkBlock {
                tag: b.tag.clone(),
                text: t.to_string(),
                links: 0,
                parent: b.parent,
                ctx: b.ctx,
            });
        }
    }
    out
}

fn tag_of(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The context an element adds: its tag, class, id, role and labels.
fn context_of(node: &NodeRef, tag: &str, parent: Ctx) -> Ctx {
    let mut ctx = parent;
    let mut words = String::new();
    for attr in [
        "class",
        "id",
        "role",
        "aria-label",
        "itemprop",
        "rel",
        "data-component",
    ] {
        if let Some(v) = node.attr(attr) {
            words.push(' ');
            words.push_str(&v.to_ascii_lowercase());
            // Component names in camel case ("ArticleByline__Name",
            // "MostRead__List", "ShareBar"), as React and styled-component
            // sites write them: their words too.
            if v.as_bytes()
                .windows(2)
                .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
            {
                words.push(' ');
                let mut prev = ' ';
                for c in v.chars() {
                    if prev.is_ascii_lowercase() && c.is_ascii_uppercase() {
                        words.push(' ');
                    }
                    words.push(c.to_ascii_lowercase());
                    prev = c;
                }
            }
        }
    }
    let tokens: Vec<&str> = words
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let has = |list: &[&str]| tokens.iter().any(|t| list.contains(t));
    let prefix = |list: &[&str]| tokens.iter().any(|t| list.iter().any(|p| t.starts_with(p)));

    match tag {
        "article" | "main" => ctx.in_article = true,
        "nav" => ctx.chrome = ctx.chrome.or(Some(RemovalReason::Navigation)),
        "footer" if !ctx.in_article => ctx.chrome = ctx.chrome.or(Some(RemovalReason::Footer)),
        "header" if !ctx.in_article => ctx.chrome = ctx.chrome.or(Some(RemovalReason::Navigation)),
        "form" | "button" | "label" => ctx.chrome = ctx.chrome.or(Some(RemovalReason::Boilerplate)),
        "figcaption" => ctx.caption = true,
        "time" => ctx.timestamp = true,
        "blockquote" => ctx.quote = true,
        "a" => ctx.link = true,
        _ => {}
    }
    if has(&["articlebody", "article", "story", "post", "entry"])
        && !has(&["related", "teaser", "card"])
    {
        ctx.in_article = true;
    }
    let chrome = if prefix(&["cookie", "consent", "gdpr", "cmp"]) {
        Some(RemovalReason::Cookie)
    } else if (prefix(&["share", "sharing", "social"]) || has(&["sharetools"]))
        // "social-media-embed": a post the story quotes, not a share bar.
        && !prefix(&["embed"])
    {
        Some(RemovalReason::Share)
    } else if prefix(&[
        "newsletter",
        "signup",
        "subscribe",
        "subscription",
        "paywall",
        "regwall",
    ]) {
        Some(RemovalReason::Newsletter)
    } else if prefix(&[
        "related",
        "recommend",
        "trending",
        "popular",
        "outbrain",
        "taboola",
        "promo",
        "mostread",
        "mostpopular",
        "mostviewed",
        "mostshared",
    ]) || has(&["most", "read", "more", "also", "sidebar"])
        // A teaser card links to another story; a paragraph of text called
        // the teaser, outside any link, is the story's own standfirst (the
        // German newsroom's word for it).
        || (has(&["teaser"]) && (tag != "p" || ctx.link))
    {
        Some(RemovalReason::Related)
    } else if prefix(&[
        "breadcrumb",
        "menu",
        "navbar",
        "navigation",
        "masthead",
        "ticker",
        "topbar",
    ]) || has(&["nav", "skip", "logo", "brand", "login", "account", "search"])
    {
        Some(RemovalReason::Navigation)
    } else if prefix(&[
        "copyright",
        "colophon",
        "footer",
        "trust",
        "disclaimer",
        "standards",
    ]) {
        Some(RemovalReason::Footer)
    } else if has(&[
        "ad",
        "ads",
        "advert",
        "advertisement",
        "sponsored",
        "dfp",
        "banner",
    ]) || prefix(&["advert", "sponsor", "commercial"])
        || has(&["comments", "comment", "disqus"])
    {
        Some(RemovalReason::Boilerplate)
    } else {
        None
    };
    if chrome.is_some() && !(tag == "body" || tag == "html" || tag == "article" || tag == "main") {
        ctx.chrome = ctx.chrome.or(chrome);
    }
    if prefix(&["caption", "credit"]) {
        ctx.caption = true;
    }
    // The section label printed over a headline ("Sfax protests").
    if prefix(&["kicker", "eyebrow", "overline"]) {
        ctx.kicker = true;
        ctx.chrome = ctx.chrome.or(Some(RemovalReason::Navigation));
    }
    if prefix(&["byline", "author", "contributor"]) {
        ctx.byline = true;
    }
    // The summary under a headline, a sub-heading of the story rather than
    // its lede ("standfirst" in British newsrooms, "dek" in American ones).
    if prefix(&["standfirst", "strapline", "subheadline", "subhead"])
        || has(&["dek", "subtitle"])
        || (has(&["sub"]) && has(&["head", "headline", "title"]))
    {
        ctx.standfirst = true;
    }
    if prefix(&["timestamp", "dateline", "published", "pubdate", "updated"])
        || has(&["date", "time"])
    {
        ctx.timestamp = true;
    }
    if prefix(&["pullquote", "blockquote"]) {
        ctx.quote = true;
    }
    ctx
}

/// Walk the tree in reading order, emitting one block per leaf block element
/// and per run of inline content.
fn walk(node: &NodeRef, ctx: Ctx, out: &mut Vec<WalkBlock>) {
    let mut inline = String::new();
    let mut inline_links = 0usize;
    let flush = |inline: &mut String, links: &mut usize, out: &mut Vec<WalkBlock>, ctx: Ctx| {
        if !inline.trim().is_empty() {
            out.push(WalkBlock {
                tag: "div".to_string(),
                text: tidy(inline),
                links: *links,
                parent: Some(node.id),
                ctx,
            });
        }
        inline.clear();
        *links = 0;
    };
    for child in node.children() {
        if child.is_text() {
            // A line break in the source is white space; only `<br>` breaks.
            inline.push_str(&child.text().replace('\n', " "));
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let tag = tag_of(&child);
        if SKIP.contains(&tag.as_str())
            || child.has_attr("hidden")
            || screen_reader_only(&child)
            || reference_marker(&child, &tag)
            || child.attr("aria-hidden").is_some_and(|v| &*v == "true")
                && !has_block_child(&child)
                && child.text().trim().is_empty()
        {
            continue;
        }
        if tag == "br" {
            inline.push('\n');
            continue;
        }
        let child_ctx = context_of(&child, &tag, ctx);
        if !BLOCK.contains(&tag.as_str()) {
            if has_block_child(&child) {
                flush(&mut inline, &mut inline_links, out, ctx);
                walk(&child, child_ctx, out);
            } else {
                // Inline element: its chrome context applies when it stands alone.
                let t = inline_text(&child);
                // So does a byline's ("<font class=byline>By …</font>"
                // beside the date in one table cell), when it opens with
                // "By": a name marked up inside one ("By <span
                // itemprop=author>Ann Lee</span>") stays in its line.
                // A name alone in its author element ("<span
                // class=author>Ann Lee</span> <time>…</time>") is the
                // byline too, not part of a line of dates.
                let own = child_ctx.chrome.is_some() && ctx.chrome.is_none()
                    || (child_ctx.byline
                        && !ctx.byline
                        && (t
                            .trim_start()
                            .get(..3)
                            .is_some_and(|b| b.eq_ignore_ascii_case("by "))
                            || super::clean::reads_as_name(&t)));
                if own && !t.trim().is_empty() {
                    flush(&mut inline, &mut inline_links, out, ctx);
                    out.push(WalkBlock {
                        tag: tag.clone(),
                        text: tidy(&t),
                        links: link_chars(&child),
                        parent: Some(node.id),
                        ctx: child_ctx,
                    });
                } else {
                    inline_links += link_chars(&child);
                    join_inline(&mut inline, &t, &tag);
                }
            }
            continue;
        }
        flush(&mut inline, &mut inline_links, out, ctx);
        // A data table or a list of text items is read whole; another
        // container is walked; a leaf block is its text.
        let whole = match tag.as_str() {
            "table" => data_table(&child),
            "ul" | "ol" => simple_list(&child),
            _ => None,
        };
        let text = match whole {
            Some(text) => text,
            None if has_block_child(&child) || holds_author(&child, child_ctx) => {
                walk(&child, child_ctx, out);
                continue;
            }
            None => tidy(&inline_text(&child)),
        };
        if !text.is_empty() {
            out.push(WalkBlock {
                tag,
                text,
                links: link_chars(&child),
                parent: Some(node.id),
                ctx: child_ctx,
            });
        }
    }
    flush(&mut inline, &mut inline_links, out, ctx);
}

/// A line of page meta that holds an author element with a name alone
/// ("<div class=meta><span class=author>Ann Lee</span> <time>…</time>"):
/// walked, so that the name stands as the byline.
fn holds_author(node: &NodeRef, ctx: Ctx) -> bool {
    !ctx.byline
        && node.children().iter().any(|c| {
            c.is_element()
                && context_of(c, &tag_of(c), ctx).byline
                && super::clean::reads_as_name(&inline_text(c))
        })
}

/// Blocks before the story's first paragraph within which a line opening
/// "By" and a name is its byline.
const BYLINE_REACH: usize = 4;

/// Append an element's text: two elements' words that touch, the first
/// ending in a small letter and the next opening with a capital or a digit
/// ("<span>Ellie Brennan</span><span>Business reporter</span>",
/// "Correspondent</span><time>24 February"), or a digit against a capital
/// ("<time>February 24, 2026</time><time>February 25"), are laid out apart
/// by the page's style, so a space stands between them. A superscript or
/// subscript is written against its word ("m<sup>2</sup>").
fn join_inline(buf: &mut String, text: &str, tag: &str) {
    let last = buf.chars().next_back();
    let next = text.chars().next();
    let apart = match (last, next) {
        (Some(a), Some(b)) => {
            (a.is_lowercase() && (b.is_uppercase() || b.is_ascii_digit()))
                || (a.is_ascii_digit() && b.is_uppercase())
        }
        _ => false,
    };
    if apart && !matches!(tag, "sup" | "sub") {
        buf.push(' ');
    }
    buf.push_str(text);
}

/// A reference marker: a footnote's number linked to the note below
/// ("…own papers.<a href="#footnote-1">1</a>") or a bracketed number in a
/// superscript ("Hospital<sup>[1]</sup>", print pages and wikis). It points
/// elsewhere and is no word of the sentence.
fn reference_marker(node: &NodeRef, tag: &str) -> bool {
    // Asked of every element the walk meets: the tag first, the text
    // (the whole subtree's) only of the two that can be markers.
    if tag != "a" && tag != "sup" {
        return false;
    }
    let text = node.text();
    let t = text.trim();
    let bare = t.trim_start_matches('[').trim_end_matches(']');
    if bare.is_empty() || bare.len() > 3 || !bare.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let bracketed = t.len() == bare.len() + 2;
    let to_note = |n: &NodeRef| n.attr("href").is_some_and(|h| h.starts_with('#'));
    match tag {
        "a" => to_note(node),
        "sup" => {
            bracketed
                || to_note(node)
                || node
                    .children()
                    .iter()
                    .any(|c| c.is_element() && tag_of(c) == "a" && to_note(c))
        }
        _ => false,
    }
}

/// Text written for screen readers only ("Image caption, ", "Image
/// source, " before a caption or a credit): a label, not the page's words.
fn screen_reader_only(node: &NodeRef) -> bool {
    node.attr("class").is_some_and(|c| {
        let c = c.to_ascii_lowercase();
        [
            "visually-hidden",
            "visuallyhidden",
            "visually_hidden",
            "sr-only",
            "screen-reader",
            "screenreader",
            "hidden-visually",
        ]
        .iter()
        .any(|k| c.contains(k))
    })
}

/// Cells of a data table are read together, a row a line and cells apart
/// by " | ": one cell a paragraph loses which name goes with which number,
/// and drops repeated cells ("Yes", "0") as duplicates. A table whose
/// cells hold blocks of their own (paragraphs, lists, another table) lays
/// out a page and is walked like any other container (`None`).
fn data_table(table: &NodeRef) -> Option<String> {
    fn rows<'a>(node: &NodeRef<'a>, out: &mut Vec<NodeRef<'a>>) -> bool {
        for c in node.children().into_iter().filter(|c| c.is_element()) {
            match tag_of(&c).as_str() {
                "tr" => out.push(c),
                "thead" | "tbody" | "tfoot" => {
                    if !rows(&c, out) {
                        return false;
                    }
                }
                "caption" | "colgroup" | "col" => {}
                _ => return false,
            }
        }
        true
    }
    let mut trs = Vec::new();
    if !rows(table, &mut trs) || trs.is_empty() {
        return None;
    }
    let mut lines: Vec<String> = Vec::new();
    for tr in &trs {
        let mut cells = Vec::new();
        for cell in tr.children().into_iter().filter(|c| c.is_element()) {
            let t = tag_of(&cell);
            if t != "td" && t != "th" {
                continue;
            }
            if has_block_child(&cell) {
                return None;
            }
            cells.extend(text_line(&cell));
        }
        let line = cells.join(" | ");
        // A footer that repeats the header row says nothing new.
        if !line.is_empty() && lines.first() != Some(&line) {
            lines.push(line);
        }
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// A list whose items are text (no paragraphs or lists inside them) is one
/// block, an item a line, like a table: its items are read together and
/// none is dropped as a repeat of another. `None` for a list that holds
/// blocks of its own, walked like any other container.
fn simple_list(list: &NodeRef) -> Option<String> {
    let mut items = Vec::new();
    for c in list.children().into_iter().filter(|c| c.is_element()) {
        let t = tag_of(&c);
        if SKIP.contains(&t.as_str()) {
            continue;
        }
        if t != "li" || has_block_child(&c) {
            return None;
        }
        items.extend(text_line(&c));
    }
    (!items.is_empty()).then(|| items.join("\n"))
}

/// The text of a cell or a list item on one line, `None` when empty.
fn text_line(node: &NodeRef) -> Option<String> {
    Some(collapse_ws(&inline_text(node))).filter(|t| !t.is_empty())
}

/// Characters of text inside links (`<a>`) in a subtree.
fn link_chars(node: &NodeRef) -> usize {
    if tag_of(node) == "a" {
        return node.text().chars().filter(|c| !c.is_whitespace()).count();
    }
    node.children()
        .iter()
        .filter(|c| c.is_element())
        .map(link_chars)
        .sum()
}

/// Share of a block's text inside links.
fn link_density(b: &WalkBlock) -> f32 {
    if b.ctx.link {
        return 1.0;
    }
    let total = b.text.chars().filter(|c| !c.is_whitespace()).count();
    if total == 0 {
        0.0
    } else {
        b.links as f32 / total as f32
    }
}

fn has_block_child(node: &NodeRef) -> bool {
    node.children().iter().any(|c| {
        c.is_element() && {
            let t = tag_of(c);
            (BLOCK.contains(&t.as_str()) && t != "br")
                || (!SKIP.contains(&t.as_str()) && has_block_child(c))
        }
    })
}

/// Text of an inline subtree, `<br>` as a line break, skipped elements left out.
fn inline_text(node: &NodeRef) -> String {
    let mut s = String::new();
    for child in node.children() {
        if child.is_text() {
            s.push_str(&child.text().replace('\n', " "));
        } else if child.is_element() {
            let tag = tag_of(&child);
            if tag == "br" {
                s.push('\n');
            } else if !SKIP.contains(&tag.as_str())
                && !screen_reader_only(&child)
                && !reference_marker(&child, &tag)
            {
                join_inline(&mut s, &inline_text(&child), &tag);
            }
        }
    }
    s
}

/// Collapse white space inside lines; keep explicit line breaks.
/// Two breaks with nothing between them (`<br><br>`) stay as a blank line.
fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in text.split('\n').map(collapse_ws) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(&line);
        blank = false;
    }
    out
}

fn meta_content(doc: &Document, selectors: &[&str]) -> Option<String> {
    selectors.iter().find_map(|sel| {
        doc.select(sel)
            .iter()
            .find_map(|s| s.attr("content").map(|c| c.trim().to_string()))
            .filter(|c| !c.is_empty())
    })
}

/// The outlet a page's title names after its headline ("Headline |
/// Outlet", "Headline – DW – 10/30/2025"): the last part set apart by a bar
/// or a dash that is no date, of five words at most.
fn outlet_in_title(title: &str) -> Option<String> {
    let mut parts: Vec<&str> = vec![title];
    for sep in [" | ", " - ", " – ", " — "] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .collect();
    }
    parts
        .iter()
        .skip(1)
        .rev()
        .find(|p| {
            p.chars().any(char::is_alphabetic)
                && super::dates::parse(p).is_none()
                && p.split_whitespace().count() <= 5
        })
        .map(|p| p.to_string())
}

/// Title, outlet, date and authors from the page's metadata.
fn metadata(doc: &Document, raw: &mut RawDoc) {
    let ld = json_ld(doc);
    let ld_str = |key: &str| -> Option<String> {
        ld.iter().find_map(|o| match o.get(key)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Object(m) => m.get("name").and_then(|n| n.as_str()).map(str::to_string),
            Value::Array(a) => a.iter().find_map(|x| match x {
                Value::String(s) => Some(s.clone()),
                Value::Object(m) => m.get("name").and_then(|n| n.as_str()).map(str::to_string),
                _ => None,
            }),
            _ => None,
        })
    };
    let page_title = doc
        .select("title")
        .iter()
        .next()
        .map(|t| collapse_ws(&t.text()));
    raw.outlet = meta_content(
        doc,
        &[
            "meta[property='og:site_name']",
            "meta[name='application-name']",
        ],
    )
    .or_else(|| ld_str("publisher"))
    .or_else(|| page_title.as_deref().and_then(outlet_in_title));
    let h1 = doc
        .select("article h1, main h1, h1")
        .iter()
        .next()
        .map(|h| collapse_ws(&h.text()))
        .filter(|t| !t.is_empty());
    raw.title = meta_content(
        doc,
        &["meta[property='og:title']", "meta[name='twitter:title']"],
    )
    .or_else(|| ld_str("headline"))
    // The headline the page shows, when it is the shared one written out
    // longer ("… jet with Korvel families on board returns …" for "… jet
    // returns …"): what the reader saw.
    // So is the headline the page shows when its own title gives it too
    // ("<title>… | Northline</title>"): two of the page's three headlines
    // agree, and the shared one is a variant written for social media.
    .map(|shared| match &h1 {
        Some(shown) if shown.len() > shared.len() && words_within(&shared, shown) => shown.clone(),
        Some(shown)
            if page_title
                .as_deref()
                .is_some_and(|t| t != shared && t.starts_with(shown.as_str())) =>
        {
            shown.clone()
        }
        _ => shared,
    })
    .or_else(|| h1.clone())
    .or_else(|| {
        page_title.as_deref().map(|t| {
            match (
                &raw.outlet,
                t.rsplit_once(" | ").or_else(|| t.rsplit_once(" - ")),
            ) {
                (Some(o), Some((head, tail))) if tail.trim() == o => head.trim().to_string(),
                _ => t.to_string(),
            }
        })
    });
    let date = meta_content(
        doc,
        &[
            "meta[property='article:published_time']",
            "meta[itemprop='datePublished']",
            "meta[name='date']",
            "meta[name='pubdate']",
            "meta[name='publish-date']",
            "meta[name='dc.date']",
            "meta[name='DC.date.issued']",
        ],
    )
    .or_else(|| ld_str("datePublished"))
    .or_else(|| {
        doc.select("time[datetime]")
            .iter()
            .find_map(|t| t.attr("datetime").map(|d| d.to_string()))
    });
    raw.published = date.as_deref().and_then(dates::parse);
    let mut authors: Vec<String> = Vec::new();
    if let Some(a) = ld.iter().find_map(|o| o.get("author")) {
        let list = match a {
            Value::Array(v) => v.clone(),
            other => vec![other.clone()],
        };
        for x in list {
            match x {
                Value::String(s) => authors.push(s),
                Value::Object(m) => {
                    if let Some(n) = m.get("name").and_then(|n| n.as_str()) {
                        authors.push(n.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    if authors.is_empty()
        && let Some(a) = meta_content(
            doc,
            &["meta[name='author']", "meta[property='article:author']"],
        )
        && !a.starts_with("http")
    {
        authors.push(a);
    }
    // One string for two people ("Ann Lee and Tom Reyes"): two authors.
    let authors: Vec<String> = authors.iter().flat_map(|a| split_names(a)).collect();
    let mut seen = HashMap::new();
    let mut authors = authors;
    authors.retain(|a| seen.insert(a.clone(), ()).is_none());
    raw.authors = authors;
}

/// The people one metadata string names: "Ann Lee and Tom Reyes", "Ann
/// Lee, Tom Reyes & Jo Park" give each; a string whose pieces do not all
/// read as names (capitalised, at most four words) stays whole.
fn split_names(text: &str) -> Vec<String> {
    let pieces: Vec<&str> = text
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        .map(str::trim)
        .collect();
    let names = pieces.len() > 1
        && pieces.iter().all(|p| {
            let n = p.split_whitespace().count();
            (1..=4).contains(&n) && p.chars().next().is_some_and(char::is_uppercase)
        });
    if names {
        pieces.into_iter().map(str::to_string).collect()
    } else {
        vec![text.trim().to_string()]
    }
}

/// Article-like objects from JSON-LD scripts (top level and `@graph`).
fn json_ld(doc: &Document) -> Vec<serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    for s in doc.select("script[type='application/ld+json']").iter() {
        let Ok(v) = serde_json::from_str::<Value>(s.text().trim()) else {
            continue;
        };
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(a) => stack.extend(a),
                Value::Object(mut m) => {
                    if let Some(g) = m.remove("@graph") {
                        stack.push(g);
                    }
                    let ty = m.get("@type").map(|t| t.to_string()).unwrap_or_default();
                    if ty.contains("Article") || ty.contains("Posting") || ty.contains("Report") {
                        out.push(m);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Every word of `short` in `long`, in order (case and marks aside).
fn words_within(short: &str, long: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        crate::text::tokens(t)
            .iter()
            .map(|w| crate::text::fold(w.text))
            .collect()
    };
    let (s, l) = (words(short), words(long));
    let mut it = l.iter();
    !s.is_empty() && s.iter().all(|w| it.any(|x| x == w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlet_in_a_page_title_is_no_date() {
        assert_eq!(
            outlet_in_title("Airline group to cut 4,500 jobs – DW – 10/30/2025").as_deref(),
            Some("DW")
        );
        assert_eq!(
            outlet_in_title("Council approves the budget | The Courier").as_deref(),
            Some("The Courier")
        );
        assert_eq!(outlet_in_title("Council approves the budget"), None);
    }

    const PAGE: &str = r##"<!doctype html><html><head>
        <meta property="og:site_name" content="The Courier">
        <meta property="og:title" content="Bridge reopens after repairs">
        <meta property="article:published_time" content="2024-05-02T08:00:00Z">
        </head><body>
        <div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
        <article><h1>Bridge reopens after repairs</h1>
        <p class="byline">By <a rel="author">Ann Lee</a></p>
        <figure><img src="x.jpg"><figcaption>The bridge at dawn on Tuesday.</figcaption></figure>
        <div class="body">
        <p>The city's main bridge reopened on Tuesday after eight months of repairs that cost more than the council had planned, officials said.</p>
        <p>"It is a relief for everyone who crosses the river each day," the mayor, Tom Reyes, told reporters at the ceremony on Tuesday morning.</p>
        <p>Traffic was expected to return to normal levels within a week, according to the transport office, which monitors the crossings.</p>
        </div>
        <div class="share-tools"><a href="#">Share on X</a></div>
        </article>
        <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Another story</a></li></ul></aside>
        <footer><p>&copy; 2024 The Courier. All rights reserved.</p></footer>
        </body></html>"##;

    #[test]
    fn the_headline_shown_wins_over_the_shorter_shared_one() {
        let page = PAGE.replace(
            "<article><h1>Bridge reopens after repairs</h1>",
            "<article><h1>Bridge reopens after eight months of repairs</h1>",
        );
        let raw = extract(&page, IngestOptions::default()).unwrap();
        assert_eq!(
            raw.title.as_deref(),
            Some("Bridge reopens after eight months of repairs")
        );
        // A heading that is not the shared headline written out (a site's
        // name in an h1) does not replace it.
        let page = PAGE.replace(
            "<article><h1>Bridge reopens after repairs</h1>",
            "<h1>The Courier: news for the valley</h1><article>",
        );
        let raw = extract(&page, IngestOptions::default()).unwrap();
        assert_eq!(raw.title.as_deref(), Some("Bridge reopens after repairs"));
        // The section label over the headline is no part of the story.
        let page = PAGE.replace(
            "<article><h1>",
            "<article><p class=\"kicker\">City transport</p><h1>",
        );
        let raw = extract(&page, IngestOptions::default()).unwrap();
        assert!(
            raw.blocks.iter().all(|b| b.text != "City transport"),
            "{:?} {:?}",
            raw.blocks,
            raw.removed
        );
    }

    #[test]
    fn keeps_article_and_sets_chrome_aside() {
        let raw = extract(PAGE, IngestOptions::default()).unwrap();
        assert_eq!(raw.outlet.as_deref(), Some("The Courier"));
        assert_eq!(raw.title.as_deref(), Some("Bridge reopens after repairs"));
        assert_eq!(raw.published.as_deref(), Some("2024-05-02T08:00:00Z"));
        let kept: Vec<(Hint, &str)> = raw
            .blocks
            .iter()
            .map(|b| (b.hint, b.text.as_str()))
            .collect();
        assert!(
            kept.contains(&(Hint::Caption, "The bridge at dawn on Tuesday.")),
            "{kept:?}"
        );
        assert!(
            kept.iter()
                .any(|(h, t)| *h == Hint::Byline && t.contains("Ann Lee")),
            "{kept:?}"
        );
        assert_eq!(
            kept.iter().filter(|(h, _)| *h == Hint::Body).count(),
            3,
            "{kept:?}"
        );
        let reasons: Vec<RemovalReason> = raw.removed.iter().map(|r| r.reason).collect();
        assert!(reasons.contains(&RemovalReason::Cookie));
        assert!(reasons.contains(&RemovalReason::Navigation));
        assert!(reasons.contains(&RemovalReason::Share));
        assert!(reasons.contains(&RemovalReason::Related));
        assert!(reasons.contains(&RemovalReason::Footer));
        assert!(
            !raw.blocks
                .iter()
                .any(|b| b.text.contains("cookies") || b.text.contains("Share on"))
        );
    }
}
