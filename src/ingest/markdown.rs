//! Markdown to blocks with pulldown-cmark: the first `#` heading is the
//! headline, `##` and deeper are sub-headings, `>` blocks are block quotes,
//! list items and link-only lines are marked so cleaning can tell related
//! links from story text.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{Block, Hint, RawDoc};

#[derive(Default)]
struct Current {
    text: String,
    /// Characters of text inside links.
    link_chars: usize,
    in_link: usize,
}

/// Extract blocks from Markdown.
pub fn extract(text: &str) -> RawDoc {
    let mut doc = RawDoc::default();
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    let mut cur: Option<(Hint, Current)> = None;
    let mut quote_depth = 0usize;
    let mut item_depth = 0usize;
    let mut title_seen = false;
    // Inside an image: its alternative text is no text of the page (an
    // HTML page's <img alt> is not read either).
    let mut image_depth = 0usize;
    // Blocks before the last thematic break (`---`).
    let mut last_rule: Option<usize> = None;

    let flush = |cur: &mut Option<(Hint, Current)>, doc: &mut RawDoc| {
        if let Some((hint, c)) = cur.take() {
            let text = c.text.trim().to_string();
            if text.is_empty() {
                return;
            }
            let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
            let hint =
                if c.link_chars > 0 && c.link_chars * 10 >= letters * 9 && hint != Hint::Title {
                    Hint::LinkOnly
                } else {
                    hint
                };
            doc.blocks.push(Block::new(hint, text));
        }
    };

    for event in parser {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut cur, &mut doc);
                let hint = if level == HeadingLevel::H1 && !title_seen {
                    title_seen = true;
                    Hint::Title
                } else {
                    Hint::Heading
                };
                cur = Some((hint, Current::default()));
            }
            Event::Start(Tag::Paragraph) if (item_depth == 0 || cur.is_none()) => {
                flush(&mut cur, &mut doc);
                let hint = if item_depth > 0 {
                    Hint::ListItem
                } else if quote_depth > 0 {
                    Hint::QuoteBlock
                } else {
                    Hint::Body
                };
                cur = Some((hint, Current::default()));
            }
            Event::Start(Tag::Item) => {
                flush(&mut cur, &mut doc);
                item_depth += 1;
                cur = Some((Hint::ListItem, Current::default()));
            }
            Event::End(TagEnd::Item) => {
                flush(&mut cur, &mut doc);
                item_depth = item_depth.saturating_sub(1);
            }
            Event::Start(Tag::BlockQuote(_)) => {
                flush(&mut cur, &mut doc);
                quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                flush(&mut cur, &mut doc);
                quote_depth = quote_depth.saturating_sub(1);
            }
            Event::End(TagEnd::Paragraph) if item_depth == 0 => {
                flush(&mut cur, &mut doc);
            }
            Event::End(TagEnd::Heading(_)) => flush(&mut cur, &mut doc),
            Event::Start(Tag::Link { .. }) => {
                if let Some((_, c)) = cur.as_mut() {
                    c.in_link += 1;
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some((_, c)) = cur.as_mut() {
                    c.in_link = c.in_link.saturating_sub(1);
                }
            }
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::Text(_) if image_depth > 0 => {}
            Event::Text(t) | Event::Code(t) => {
                let c = &mut cur
                    .get_or_insert_with(|| (Hint::Body, Current::default()))
                    .1;
                if c.in_link > 0 {
                    c.link_chars += t.chars().filter(|c| c.is_alphanumeric()).count();
                }
                c.text.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, c)) = cur.as_mut() {
                    c.text.push('\n');
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                // Inline tags are dropped; their text, if any, is kept.
                let stripped = strip_tags(&h);
                if !stripped.trim().is_empty() {
                    let c = &mut cur
                        .get_or_insert_with(|| (Hint::Body, Current::default()))
                        .1;
                    c.text.push_str(&stripped);
                }
            }
            Event::Rule => {
                flush(&mut cur, &mut doc);
                last_rule = Some(doc.blocks.len());
            }
            Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::Table(_)) => {
                flush(&mut cur, &mut doc);
                cur = Some((Hint::Body, Current::default()));
            }
            Event::End(TagEnd::CodeBlock) | Event::End(TagEnd::Table) => flush(&mut cur, &mut doc),
            Event::End(TagEnd::TableCell) => {
                if let Some((_, c)) = cur.as_mut() {
                    c.text.push(' ');
                }
            }
            Event::End(TagEnd::TableRow) | Event::End(TagEnd::TableHead) => {
                if let Some((_, c)) = cur.as_mut() {
                    c.text.push('\n');
                }
            }
            _ => {}
        }
    }
    flush(&mut cur, &mut doc);
    mark_footer(&mut doc.blocks, last_rule);
    // A line-per-paragraph Markdown block (soft breaks) whose lines repeat is
    // printed captions; split such blocks into lines so cleaning sees them.
    let mut blocks = Vec::with_capacity(doc.blocks.len());
    for b in doc.blocks.drain(..) {
        if b.text.contains('\n') && b.hint != Hint::Title {
            let lines: Vec<&str> = b.text.lines().collect();
            for part in super::text::split_chunk(&lines) {
                blocks.push(Block::new(b.hint, part));
            }
        } else {
            blocks.push(b);
        }
    }
    doc.blocks = blocks;
    if let Some(pos) = doc.blocks.iter().position(|b| b.hint == Hint::Title) {
        doc.title = Some(doc.blocks.remove(pos).text);
    }
    doc
}

/// Blocks after the last thematic break that end the document are its
/// footer when they are few and short ("Sign up to our newsletter", "X is
/// an independent newsroom. Support our reporting"), follow a story, and
/// are not a correction or update to it.
fn mark_footer(blocks: &mut [Block], last_rule: Option<usize>) {
    const MAX_BLOCKS: usize = 4;
    const MAX_WORDS: usize = 80;
    let Some(k) = last_rule else {
        return;
    };
    let tail = &blocks[k.min(blocks.len())..];
    let story = blocks[..k.min(blocks.len())]
        .iter()
        .filter(|b| b.hint == Hint::Body)
        .count();
    let words: usize = tail.iter().map(|b| b.text.split_whitespace().count()).sum();
    let amends = |t: &str| {
        let l = t.to_lowercase();
        // ("Update preferences" in a newsletter's footer is no amendment.)
        ["correct", "amended", "clarif", "updated"]
            .iter()
            .any(|w| l.contains(w))
    };
    if tail.is_empty()
        || tail.len() > MAX_BLOCKS
        || words > MAX_WORDS
        || story < 3
        || tail
            .iter()
            .any(|b| matches!(b.hint, Hint::QuoteBlock | Hint::Title) || amends(&b.text))
    {
        return;
    }
    for b in &mut blocks[k..] {
        if b.hint != Hint::LinkOnly {
            b.hint = Hint::Footer;
        }
    }
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_images_alternative_text_is_no_text_of_the_page() {
        let doc = extract(
            "# Headline\n\n![A ferry at the quay in Ravensmouth](https://img.example/a.jpg)\n\nThe ferry hit the quay on Friday, and a ![tiny](x.png) crack opened.\n",
        );
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            !texts.iter().any(|t| t.contains("A ferry at the quay")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("tiny")), "{texts:?}");
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("The ferry hit the quay")),
            "{texts:?}"
        );
    }

    #[test]
    fn the_short_tail_after_the_last_rule_is_the_footer() {
        let story = "# Headline\n\nOne.\n\nTwo.\n\nThree.\n\n";
        let doc = extract(&format!(
            "{story}---\n\n*Harbour Notes is an independent newsroom. [Support us](http://x) · [Get the briefing](http://y)*\n"
        ));
        assert_eq!(doc.blocks.last().map(|b| b.hint), Some(Hint::Footer));
        // A correction after the rule is the story's, not the page's.
        let doc = extract(&format!(
            "{story}---\n\n*This article was amended on 3 May to correct the death toll.*\n"
        ));
        assert_eq!(doc.blocks.last().map(|b| b.hint), Some(Hint::Body));
        // A section break inside the story is no footer.
        let long = "Word ".repeat(90);
        let doc = extract(&format!("{story}---\n\n{long}\n"));
        assert_eq!(doc.blocks.last().map(|b| b.hint), Some(Hint::Body));
    }

    #[test]
    fn headline_headings_and_links() {
        let md = "# The headline\n\nBy A Writer\n\nFirst *para* with [a link](http://x) inside.\n\n\
                  ## A section\n\n> A pull quote\n\n- [Related story](http://y)\n- Plain item\n";
        let doc = extract(md);
        assert_eq!(doc.title.as_deref(), Some("The headline"));
        let hints: Vec<Hint> = doc.blocks.iter().map(|b| b.hint).collect();
        assert_eq!(
            hints,
            vec![
                Hint::Body,
                Hint::Body,
                Hint::Heading,
                Hint::QuoteBlock,
                Hint::LinkOnly,
                Hint::ListItem
            ]
        );
        assert_eq!(doc.blocks[1].text, "First para with a link inside.");
    }
}
