//! Whole saved web pages to blocks. dom_smoothie (a port of Mozilla's
//! Readability) picks the article's main text; we then walk the original page
//! in reading order so that every block is either kept (body, headings,
//! captions, byline) or set aside with the reason its container gives
//! (navigation, cookie banner, share bar, newsletter box, related links,
//! footer). Metadata comes from Open Graph, JSON-LD and `<time>`.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeId, NodeRef};
use serde_json::Value;

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
    timestamp: bool,
    quote: bool,
}

#[derive(Debug)]
struct WalkBlock {
    tag: String,
    text: String,
    parent: Option<NodeId>,
    ctx: Ctx,
}

/// Extract the article of a saved web page.
pub fn extract(html: &str, opts: IngestOptions) -> Result<RawDoc, InputError> {
    let doc = Document::from(html);
    let mut raw = RawDoc::default();
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

    let content = readability_texts(html);
    let has_article = blocks.iter().any(|b| b.ctx.in_article);
    let mut is_content: Vec<bool> = blocks
        .iter()
        .map(|b| content.contains(&collapse_ws(&b.text)) && b.ctx.chrome.is_none())
        .collect();
    if !is_content.iter().any(|&c| c) {
        // Readability found nothing it trusts: fall back to the article
        // element, else to every sentence-like block outside page chrome.
        for (i, b) in blocks.iter().enumerate() {
            let prose = b.text.split_whitespace().count() >= 8
                && b.text.trim_end().ends_with(['.', '"', '”', '?', '!']);
            is_content[i] = b.ctx.chrome.is_none()
                && ((has_article && b.ctx.in_article && b.tag == "p") || (!has_article && prose));
        }
    }
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
    let first_content = is_content.iter().position(|&c| c);
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
            } else if b.tag.starts_with('h') && b.tag.len() == 2 {
                Hint::Heading
            } else if b.ctx.quote {
                Hint::QuoteBlock
            } else if b.ctx.byline {
                Hint::Byline
            } else {
                Hint::Body
            })
        } else if b.ctx.chrome.is_none() && near_article && (b.tag == "figcaption" || b.ctx.caption)
        {
            Some(Hint::Caption)
        } else if b.ctx.chrome.is_none() && near_article && b.ctx.byline && !b.ctx.timestamp {
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
                raw.removed.push(Removed {
                    text: collapse_ws(&text),
                    reason,
                });
            }
        }
    }
    Ok(raw)
}

/// Normalised texts of the blocks Readability keeps as the article.
fn readability_texts(html: &str) -> HashSet<String> {
    let cfg = dom_smoothie::Config {
        max_elements_to_parse: 0,
        ..Default::default()
    };
    let Ok(mut r) = dom_smoothie::Readability::new(html, None, Some(cfg)) else {
        return HashSet::new();
    };
    let Ok(article) = r.parse() else {
        return HashSet::new();
    };
    let content = Document::from(article.content.to_string());
    let mut blocks = Vec::new();
    if let Some(body) = content.body() {
        walk(&body, Ctx::default(), &mut blocks);
    }
    blocks.into_iter().map(|b| collapse_ws(&b.text)).collect()
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
        _ => {}
    }
    if has(&["articlebody", "article", "story", "post", "entry"])
        && !has(&["related", "teaser", "card"])
    {
        ctx.in_article = true;
    }
    let chrome = if prefix(&["cookie", "consent", "gdpr", "cmp"]) {
        Some(RemovalReason::Cookie)
    } else if prefix(&["share", "sharing", "social"]) || has(&["sharetools"]) {
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
    ]) || has(&["most", "read", "more", "also", "teaser", "sidebar"])
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
    if prefix(&["byline", "author", "contributor"]) {
        ctx.byline = true;
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
    let flush = |inline: &mut String, out: &mut Vec<WalkBlock>, ctx: Ctx| {
        if !inline.trim().is_empty() {
            out.push(WalkBlock {
                tag: "div".to_string(),
                text: tidy(inline),
                parent: Some(node.id),
                ctx,
            });
        }
        inline.clear();
    };
    for child in node.children() {
        if child.is_text() {
            inline.push_str(&child.text());
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let tag = tag_of(&child);
        if SKIP.contains(&tag.as_str())
            || child.has_attr("hidden")
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
                flush(&mut inline, out, ctx);
                walk(&child, child_ctx, out);
            } else {
                // Inline element: its chrome context applies when it stands alone.
                let t = inline_text(&child);
                if child_ctx.chrome.is_some() && ctx.chrome.is_none() && !t.trim().is_empty() {
                    flush(&mut inline, out, ctx);
                    out.push(WalkBlock {
                        tag: tag.clone(),
                        text: tidy(&t),
                        parent: Some(node.id),
                        ctx: child_ctx,
                    });
                } else {
                    inline.push_str(&t);
                }
            }
            continue;
        }
        flush(&mut inline, out, ctx);
        if has_block_child(&child) {
            walk(&child, child_ctx, out);
        } else {
            let text = tidy(&inline_text(&child));
            if !text.is_empty() {
                out.push(WalkBlock {
                    tag,
                    text,
                    parent: Some(node.id),
                    ctx: child_ctx,
                });
            }
        }
    }
    flush(&mut inline, out, ctx);
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
            s.push_str(&child.text());
        } else if child.is_element() {
            let tag = tag_of(&child);
            if tag == "br" {
                s.push('\n');
            } else if !SKIP.contains(&tag.as_str()) {
                s.push_str(&inline_text(&child));
            }
        }
    }
    s
}

/// Collapse white space inside lines; keep explicit line breaks.
fn tidy(text: &str) -> String {
    text.split('\n')
        .map(collapse_ws)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn meta_content(doc: &Document, selectors: &[&str]) -> Option<String> {
    selectors.iter().find_map(|sel| {
        doc.select(sel)
            .iter()
            .find_map(|s| s.attr("content").map(|c| c.trim().to_string()))
            .filter(|c| !c.is_empty())
    })
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
    .or_else(|| {
        page_title.as_deref().and_then(|t| {
            t.rsplit_once(" | ")
                .or_else(|| t.rsplit_once(" - "))
                .or_else(|| t.rsplit_once(" – "))
                .map(|(_, s)| s.trim().to_string())
                .filter(|s| !s.is_empty() && s.split_whitespace().count() <= 5)
        })
    });
    raw.title = meta_content(
        doc,
        &["meta[property='og:title']", "meta[name='twitter:title']"],
    )
    .or_else(|| ld_str("headline"))
    .or_else(|| {
        doc.select("article h1, main h1, h1")
            .iter()
            .next()
            .map(|h| collapse_ws(&h.text()))
            .filter(|t| !t.is_empty())
    })
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
    let mut seen = HashMap::new();
    authors.retain(|a| seen.insert(a.clone(), ()).is_none());
    raw.authors = authors;
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

#[cfg(test)]
mod tests {
    use super::*;

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
