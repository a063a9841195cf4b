//! Plain text to blocks: paragraphs from blank lines; lines of one block kept
//! apart (menus, repeated captions) unless the block is hard-wrapped copy
//! (lines broken near a fixed width), which is joined back.

use super::{Block, Hint, IngestOptions, RawDoc};

/// Extract blocks from plain text. In raw mode every blank-line-separated
/// block is one paragraph, its line breaks kept for the sentence splitter.
pub fn extract(text: &str, opts: IngestOptions) -> RawDoc {
    let text = decode_entities_if_present(text);
    let mut doc = RawDoc::default();
    for chunk in chunks(&text) {
        if opts.raw {
            doc.blocks.push(Block::new(Hint::Body, chunk.join("\n")));
        } else {
            for para in split_chunk(&chunk) {
                match markdown_image(&para) {
                    // An image written in Markdown ("![Ann Lee at the
                    // hearing](https://…/a.jpg)", as scrapers copy pages):
                    // its alternative text describes a picture, a caption;
                    // at the page's top, headline-long and with no
                    // address, the story's headline the picture is filed
                    // under; with no text, nothing.
                    Some("") => doc.removed.push(crate::model::Removed {
                        text: para,
                        reason: crate::model::RemovalReason::Markup,
                    }),
                    Some(alt) => {
                        // (A picture with an address is a photo, its text a
                        // description, even at the top.)
                        let hint = if doc.blocks.is_empty()
                            && para.trim_end().ends_with("]()")
                            && alt.split_whitespace().count() >= 5
                        {
                            Hint::Plain
                        } else {
                            Hint::Caption
                        };
                        doc.blocks.push(Block::new(hint, alt.to_string()));
                    }
                    None => doc.blocks.push(Block::new(Hint::Plain, para)),
                }
            }
        }
    }
    doc
}

/// The alternative text of a line that is only an image in Markdown's
/// syntax, `![text](address)`.
fn markdown_image(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix("![")?.strip_suffix(')')?;
    let (alt, address) = inner.split_once("](")?;
    (!alt.contains([']', '[']) && !address.contains(char::is_whitespace)).then(|| alt.trim())
}

/// Runs of non-blank lines.
pub fn chunks(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(line.trim_end());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Split one run of lines into paragraphs: join hard-wrapped lines, keep
/// other lines apart.
pub fn split_chunk(lines: &[&str]) -> Vec<String> {
    if lines.len() == 1 {
        return vec![lines[0].trim().to_string()];
    }
    if !is_hard_wrapped(lines) {
        return lines.iter().map(|l| l.trim().to_string()).collect();
    }
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, line) in lines.iter().enumerate() {
        let starts_new = i > 0
            && (is_indented(line)
                || starts_with_bullet(line.trim())
                || starts_with_number(line.trim()));
        if starts_new && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        // A word broken at a hyphen across lines is joined back without a space.
        let hyphen_break = cur.ends_with('-')
            && cur.chars().rev().nth(1).is_some_and(char::is_alphabetic)
            && line
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if !cur.is_empty() && !hyphen_break {
            cur.push(' ');
        }
        cur.push_str(line.trim());
        let short = line.chars().count() * 10 < width * 6;
        let ends_sentence = line
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', ':', '’', '\'']);
        if i + 1 < lines.len() && short && (ends_sentence || !continues(line, lines[i + 1])) {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Lines broken near one width: the longest line is at most ~100 columns
/// and most lines but the last come close to it.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    let lens: Vec<usize> = lines.iter().map(|l| l.trim_end().chars().count()).collect();
    let width = *lens.iter().max().unwrap_or(&0);
    if !(40..=110).contains(&width) {
        return false;
    }
    let body = &lens[..lens.len() - 1];
    let near = body.iter().filter(|&&n| n * 100 >= width * 75).count();
    let distinct = {
        let mut v: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
        v.sort_unstable();
        v.dedup();
        v.len()
    };
    // Wrapped prose breaks mid-sentence: most breaks continue a sentence.
    let continuing = lines.windows(2).filter(|w| continues(w[0], w[1])).count();
    // Repeated lines are captions printed twice, never wrapped prose.
    distinct == lines.len()
        && near * 10 >= body.len() * 6
        && continuing * 2 >= lines.len() - 1
        && !lines.iter().all(|l| starts_with_bullet(l.trim()))
}

/// Does the line break between `prev` and `next` fall inside a sentence?
fn continues(prev: &str, next: &str) -> bool {
    let prev = prev.trim_end();
    let next = next.trim_start();
    if prev.ends_with([',', ';', '-', '–', '—', '(']) {
        return true;
    }
    if prev.ends_with(['.', '!', '?', ':', '"', '”']) {
        return false;
    }
    if starts_with_number(next) || gallery_count(next) {
        return false;
    }
    let first = next.chars().next();
    if first.is_some_and(|c| {
        c.is_lowercase() || c.is_ascii_digit() || c == '(' || c == '$' || c == '£' || c == '€'
    }) {
        return true;
    }
    crate::text::is_stop(&crate::text::last_word(prev).to_lowercase())
}

/// A line that opens on a gallery's count with its mark (see
/// [`super::clean::GALLERY_COUNT`]).
fn gallery_count(line: &str) -> bool {
    static OPENS: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
        crate::rx::Regex::new(&format!("^(?:{})", super::clean::GALLERY_COUNT))
            .expect("valid regex")
    });
    OPENS.is_match(line)
}

/// An item of a numbered list: "2. Energy price cap to rise", "3) The".
fn starts_with_number(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (1..=2).contains(&digits)
        && (rest.starts_with(". ") || rest.starts_with(") "))
        && rest[2..].starts_with(char::is_uppercase)
}

fn is_indented(line: &str) -> bool {
    line.starts_with("  ") || line.starts_with('\t')
}

/// Bullet characters and list dashes at the start of a line.
pub fn starts_with_bullet(line: &str) -> bool {
    let mut c = line.chars();
    match c.next() {
        Some('•' | '·' | '▪' | '‣' | '⁃' | '◦' | '●' | '○' | '■' | '□' | '►' | '»' | '–' | '—') => {
            true
        }
        Some('-' | '*' | '+') => c.next() == Some(' '),
        _ => false,
    }
}

/// Plain text saved from a page sometimes keeps `&amp;`, `&rsquo;` or `&#8217;`.
fn decode_entities_if_present(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let re_like = text.contains("&#") || ENTITY_HINTS.iter().any(|e| text.contains(e));
    if re_like {
        html_escape::decode_html_entities(text).into_owned()
    } else {
        text.to_string()
    }
}

const ENTITY_HINTS: &[&str] = &[
    "&amp;", "&quot;", "&apos;", "&lt;", "&gt;", "&nbsp;", "&rsquo;", "&lsquo;", "&ldquo;",
    "&rdquo;", "&mdash;", "&ndash;", "&hellip;", "&eacute;", "&pound;", "&euro;",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_wire_copy_is_joined() {
        let text = "PARIS (Wire) - Ministers from twenty countries met on Thursday to\n\
                    discuss the plan, which officials said would be signed within a\n\
                    week.\n\
                    \n\
                    The talks ran late into the night.";
        let doc = extract(text, IngestOptions::default());
        assert_eq!(doc.blocks.len(), 2);
        assert!(doc.blocks[0].text.starts_with("PARIS (Wire) - Ministers"));
        assert!(doc.blocks[0].text.ends_with("signed within a week."));
    }

    #[test]
    fn menu_lines_and_repeated_captions_stay_apart() {
        let lines = ["  • English", "  • Arabic"];
        assert_eq!(split_chunk(&lines).len(), 2);
        let cap = "The minister arrives at the summit in Lisbon on Monday. Photo agency";
        assert_eq!(split_chunk(&[cap, cap, cap]).len(), 3);
    }

    #[test]
    fn a_numbered_list_is_not_wrapped_prose() {
        let lines = [
            "MOST READ IN MONEY",
            "1. Supermarket giant recalls popular snack over safety fears",
            "2. Energy price cap to rise again in January, experts warn",
            "3. Expert's warning to millions over savings accounts",
            "4. Budget airline adds 14 new routes from UK airports",
        ];
        assert_eq!(split_chunk(&lines).len(), 5);
    }

    #[test]
    fn an_image_in_markdown_is_a_caption_or_the_headline_above_it() {
        let doc = extract(
            "![Harbour chief admits the barriers were never raised]()\n![Ann Lee at the quay](https://img.example/a.jpg)\n![](x.png)\n\nThe ferry hit the quay on Friday.",
            IngestOptions::default(),
        );
        let blocks: Vec<(Hint, &str)> = doc
            .blocks
            .iter()
            .map(|b| (b.hint, b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (
                    Hint::Plain,
                    "Harbour chief admits the barriers were never raised"
                ),
                (Hint::Caption, "Ann Lee at the quay"),
                (Hint::Plain, "The ferry hit the quay on Friday."),
            ]
        );
        assert_eq!(doc.removed.len(), 1);
        // A photo at the top, with its address, is a caption however long.
        let doc = extract(
            "![Ann Lee speaks at the hearing in Vasse on Monday](https://img.example/a.jpg)\n\nThe ferry hit the quay on Friday.",
            IngestOptions::default(),
        );
        assert_eq!(doc.blocks[0].hint, Hint::Caption);
    }

    #[test]
    fn raw_mode_keeps_blocks_whole() {
        let doc = extract("a\nb\n\nc", IngestOptions { raw: true });
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[0].text, "a\nb");
    }

    #[test]
    fn entities_in_plain_text_are_decoded() {
        let doc = extract(
            "Smith &amp; Co said it&rsquo;s done.",
            IngestOptions::default(),
        );
        assert_eq!(doc.blocks[0].text, "Smith & Co said it’s done.");
    }
}
