//! Which blocks of a page are the article: a second opinion from two
//! maintained extractors. rs-trafilatura (a port of trafilatura, the best
//! open extractor on the Article Extraction Benchmark) weighs class and id
//! words together with text length, link density and position, so one
//! `sidebar` or `ad` word on an ancestor no longer throws the article away;
//! dom_smoothie (Readability) is the fallback when trafilatura finds nothing.
//!
//! The page walk in `html.rs` keeps the structure (captions, headings,
//! bylines, block quotes, and every dropped block with its reason); this
//! module only answers "is this block's text part of the article?", by
//! word runs, so that blocks split or joined differently by the two walks
//! (`<br><br>` bodies, inline markup) still meet.

use std::collections::HashSet;

/// Which extractor said what the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Trafilatura,
    Readability,
    None,
}

/// The article text as one extractor gave it, indexed for coverage tests.
#[derive(Debug)]
pub struct Content {
    pub source: Source,
    /// Normalised lines (paragraphs) of the article.
    lines: HashSet<String>,
    /// Hashes of word trigrams.
    trigrams: HashSet<u64>,
}

/// Lower-case alphanumeric words joined by single spaces.
pub fn norm_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Words compared for coverage: [`norm_words`] less numbers of one or two
/// digits, and letters apart from digits. A footnote's or a link's marker
/// ("overdue.1", "Hospital[1]") or a superscript ("m<sup>2</sup>") is left
/// out of a block by one reader and kept by another; it must not decide
/// whether the block is the article's.
fn cover_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in norm_words(text).split(' ').filter(|w| !w.is_empty()) {
        let mut piece = String::new();
        let mut digits = false;
        for c in w.chars() {
            if !piece.is_empty() && c.is_ascii_digit() != digits {
                push_cover_word(&mut out, std::mem::take(&mut piece), digits);
            }
            digits = c.is_ascii_digit();
            piece.push(c);
        }
        push_cover_word(&mut out, piece, digits);
    }
    out
}

fn push_cover_word(out: &mut Vec<String>, piece: String, digits: bool) {
    if !(piece.is_empty() || digits && piece.len() <= 2) {
        out.push(piece);
    }
}

/// Hashes of the word trigrams of `words`.
pub fn trigram_hashes<'a>(words: &'a [&'a str]) -> impl Iterator<Item = u64> + 'a {
    use std::hash::{Hash, Hasher};
    words.windows(3).map(|w| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        w.hash(&mut h);
        h.finish()
    })
}

impl Content {
    fn from_text(source: Source, text: &str) -> Content {
        let lines: HashSet<String> = text
            .lines()
            .map(norm_words)
            .filter(|l| !l.is_empty())
            .collect();
        let all = norm_words(text);
        let words: Vec<&str> = all.split(' ').collect();
        let mut trigrams: HashSet<u64> = trigram_hashes(&words).collect();
        let bare = cover_words(text);
        let bare: Vec<&str> = bare.iter().map(String::as_str).collect();
        trigrams.extend(trigram_hashes(&bare));
        Content {
            source,
            lines,
            trigrams,
        }
    }

    /// The article of `html` by trafilatura, else by Readability.
    pub fn of_page(html: &str) -> Content {
        if let Some(t) = trafilatura_text(html)
            && norm_words(&t).split(' ').count() >= 20
        {
            return Content::from_text(Source::Trafilatura, &t);
        }
        if let Some(t) = readability_text(html) {
            return Content::from_text(Source::Readability, &t);
        }
        Content::from_text(Source::None, "")
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Is this block's text part of the article? Short blocks must be a
    /// whole line of it (a lone "Share" inside a sentence does not count);
    /// longer ones a run of it, or mostly made of its word trigrams.
    pub fn covers(&self, block: &str) -> bool {
        let nb = norm_words(block);
        if nb.is_empty() {
            return false;
        }
        let words: Vec<&str> = nb.split(' ').collect();
        if words.len() < 4 {
            return self.lines.contains(&nb);
        }
        // A run of the article has all its trigrams in it: the trigram
        // test below covers it, in time linear in the block (a substring
        // search of the whole article per block was quadratic on pages of
        // many paragraphs). Its words as written, or without the markers
        // and small numbers one reader keeps and another drops.
        let mostly_in = |words: &[&str]| {
            let total = words.len().saturating_sub(2);
            total > 0
                && trigram_hashes(words)
                    .filter(|h| self.trigrams.contains(h))
                    .count() as f32
                    / total as f32
                    >= 0.6
        };
        if mostly_in(&words) {
            return true;
        }
        let bare = cover_words(block);
        let bare: Vec<&str> = bare.iter().map(String::as_str).collect();
        // (Enough words left to tell: "Key event 16:48 Owen Leckie" is a
        // live blog's entry label whatever its time.)
        bare.len() >= 6 && bare.len() != words.len() && mostly_in(&bare)
    }
}

/// Article text by rs-trafilatura, paragraphs on their own lines.
fn trafilatura_text(html: &str) -> Option<String> {
    // Parallax reads news articles: telling a forum or a product page from
    // an article (a classifier over the whole page, a sixth of the
    // extractor's time) is not needed.
    let opts = rs_trafilatura::Options {
        page_type: Some(rs_trafilatura::page_type::PageType::Article),
        ..Default::default()
    };
    // A panic inside the extractor must not take the page down with it.
    let r = std::panic::catch_unwind(|| rs_trafilatura::extract_with_options(html, &opts)).ok()?;
    r.ok().map(|r| r.content_text)
}

/// Article text by Readability, one block a line.
fn readability_text(html: &str) -> Option<String> {
    let cfg = dom_smoothie::Config {
        max_elements_to_parse: 0,
        ..Default::default()
    };
    let mut r = dom_smoothie::Readability::new(html, None, Some(cfg)).ok()?;
    let article = r.parse().ok()?;
    let doc = dom_query::Document::from(article.content.to_string());
    let mut out = String::new();
    for node in doc
        .select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, figcaption, div")
        .iter()
    {
        // Leaf-ish blocks only: a div holding other blocks is covered by them.
        if node.select("p, li, div, blockquote, h2, h3").length() > 0 {
            continue;
        }
        out.push_str(&node.text());
        out.push('\n');
    }
    if out.trim().is_empty() {
        out = article.text_content.to_string();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_runs_and_whole_short_lines() {
        let c = Content::from_text(
            Source::Trafilatura,
            "The council voted on Tuesday to close the harbour.\nShare\nWork starts in May, the mayor said.",
        );
        assert!(c.covers("the council voted on Tuesday"));
        assert!(c.covers("Share"));
        assert!(!c.covers("Tuesday"));
        assert!(c.covers("The council voted on Tuesday to close the harbour. Work starts in May"));
        assert!(!c.covers("Sign up for our newsletter to get the news first"));
    }
}
