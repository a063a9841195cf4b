//! Regular expressions as the `regex` crate builds them, less the literal
//! prefilter.
//!
//! `regex` looks for literals in every pattern (the words of an alternation,
//! in every case when the pattern ignores case) and builds a searcher for
//! them. On long texts that skips ahead; Parallax matches sentences and
//! lines, where it saves next to nothing, and building those searchers was
//! most of the time compiling the crate's sixty patterns took: a pattern
//! such as `(?i)\b(so-called|dubbed|known as|…)\b` compiles in a fifth of the
//! time without it. Compiling happens at every start, so it is most of what a
//! one-page comparison waits for.
//!
//! Same engine (`regex-automata`'s meta regex, which `regex` wraps), same
//! syntax and same matches: only the prefilter is left out. The API is the
//! part of `regex`'s that Parallax uses.

use std::ops::{Index, Range};

use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, meta};

/// Why a pattern did not compile (boxed: the engine's error is large).
pub type Error = Box<meta::BuildError>;

fn config(utf8: bool) -> meta::Config {
    // As `regex` configures it (size limits, cache), without the prefilter.
    meta::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(utf8)
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .auto_prefilter(false)
}

fn build(pattern: &str, utf8: bool, captures: WhichCaptures) -> Result<meta::Regex, Error> {
    meta::Builder::new()
        .configure(config(utf8).which_captures(captures))
        .syntax(syntax::Config::new().utf8(utf8))
        .build(pattern)
        .map_err(Box::new)
}

/// A compiled pattern over text.
#[derive(Debug, Clone)]
pub struct Regex {
    meta: meta::Regex,
}

/// A match in a haystack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(haystack: &'h str, span: regex_automata::Span) -> Match<'h> {
        Match {
            haystack,
            start: span.start,
            end: span.end,
        }
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

/// The groups of one match.
#[derive(Debug, Clone)]
pub struct Captures<'h> {
    haystack: &'h str,
    slots: Slots,
}

impl<'h> Captures<'h> {
    /// Group `i` (0 is the whole match), if it took part.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.slots
            .get_group(i)
            .map(|s| Match::new(self.haystack, s))
    }

    /// The group called `name`, if it took part.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.slots
            .get_group_by_name(name)
            .map(|s| Match::new(self.haystack, s))
    }

    /// How many groups the pattern has, the whole match included.
    pub fn len(&self) -> usize {
        self.slots.group_len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Index<usize> for Captures<'_> {
    type Output = str;

    /// Group `i`'s text; panics when the group did not take part, as
    /// `regex` does.
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index '{i}'"))
    }
}

impl Index<&str> for Captures<'_> {
    type Output = str;

    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group named '{name}'"))
    }
}

impl Regex {
    pub fn new(pattern: &str) -> Result<Regex, Error> {
        build(pattern, true, WhichCaptures::All).map(|meta| Regex { meta })
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.meta
            .search_half(&Input::new(haystack).earliest(true))
            .is_some()
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.meta
            .search(&Input::new(haystack))
            .map(|m| Match::new(haystack, m.span()))
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        self.meta
            .find_iter(haystack)
            .map(move |m| Match::new(haystack, m.span()))
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.captures_at(haystack, 0)
    }

    /// The first match at or after `start`, with look-around (`\b`, `^`)
    /// still seeing the text before `start`.
    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let input = Input::new(haystack).span(start..haystack.len());
        let mut slots = self.meta.create_captures();
        self.meta.search_captures(&input, &mut slots);
        slots.is_match().then_some(Captures { haystack, slots })
    }

    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        self.meta
            .captures_iter(haystack)
            .map(move |slots| Captures { haystack, slots })
    }
}

/// A compiled pattern over bytes (ASCII rules matched on any text).
#[derive(Debug, Clone)]
pub struct BytesRegex {
    meta: meta::Regex,
}

impl BytesRegex {
    /// A pattern that is only asked whether it matches: its groups are not
    /// compiled as captures.
    pub fn new(pattern: &str) -> Result<BytesRegex, Error> {
        build(pattern, false, WhichCaptures::Implicit).map(|meta| BytesRegex { meta })
    }

    pub fn is_match(&self, haystack: &[u8]) -> bool {
        self.meta
            .search_half(&Input::new(haystack).earliest(true))
            .is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same matches as the `regex` crate, on patterns of each kind the
    /// crate uses (alternations ignoring case, Unicode classes, named
    /// groups, look-around at a start offset, empty matches).
    #[test]
    fn matches_as_regex_does() {
        let patterns = [
            r"(?i)\b(so-called|dubbed|known as)\b",
            r"(?P<cur>\$|€)?\s?(?P<num>[0-9]{1,3}(?:,[0-9]{3})*)",
            r"[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}]+)*",
            r"^\s*(he|she)\b",
            r"x*",
            r"(?-u:\b)([0-9]{4})-([0-9]{2})",
        ];
        let texts = [
            "The so-called deal, DUBBED a win, known as Plan B, cost $1,200 or €35.",
            "Émile Zola’s J’accuse — 2025-10-03 and 1999-12.",
            "he said; she left",
            "",
        ];
        for p in patterns {
            let ours = Regex::new(p).unwrap();
            let theirs = regex::Regex::new(p).unwrap();
            for t in texts {
                assert_eq!(ours.is_match(t), theirs.is_match(t), "{p} on {t}");
                let a: Vec<_> = ours.find_iter(t).map(|m| m.range()).collect();
                let b: Vec<_> = theirs.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(a, b, "{p} on {t}");
                let a: Vec<Vec<Option<Range<usize>>>> = ours
                    .captures_iter(t)
                    .map(|c| (0..c.len()).map(|i| c.get(i).map(|m| m.range())).collect())
                    .collect();
                let b: Vec<Vec<Option<Range<usize>>>> = theirs
                    .captures_iter(t)
                    .map(|c| (0..c.len()).map(|i| c.get(i).map(|m| m.range())).collect())
                    .collect();
                assert_eq!(a, b, "{p} on {t}");
                for at in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                    assert_eq!(
                        ours.captures_at(t, at).map(|c| c.get(0).unwrap().range()),
                        theirs.captures_at(t, at).map(|c| c.get(0).unwrap().range()),
                        "{p} on {t} at {at}"
                    );
                }
            }
        }
        let c = Regex::new(r"(?P<num>[0-9]+)")
            .unwrap()
            .captures("a 12")
            .unwrap();
        assert_eq!(&c["num"], "12");
        assert_eq!(&c[1], "12");
        assert!(c.name("other").is_none());
    }

    #[test]
    fn bytes_rules_match_as_regex_bytes_does() {
        let patterns = [
            r"(?i-u)^(advert|sponsored)\b.{0,20}$",
            r"(?i-u)\ball rights reserved\b",
            r"(?i-u)^(share|follow us) on( \w+,?){1,5}$",
            r"(?-u)^[^.!?]{3,40}\s\(?\d{1,2}:\d{2}\)?$",
            r"(?i-u)^(?u:[»›])\s*(read more|related)",
        ];
        let texts = [
            "Advertisement",
            "ADVERT here",
            "Sponsored by Ünïcode",
            "advertiser",
            "© 2025 Example News. All Rights Reserved.",
            "Share on Facebook, Twitter",
            "Follow us on",
            "Fire guts cathedral 03:16",
            "» Read more",
            "",
        ];
        for p in patterns {
            let ours = BytesRegex::new(p).unwrap();
            let theirs = regex::bytes::Regex::new(p).unwrap();
            for t in texts {
                assert_eq!(
                    ours.is_match(t.as_bytes()),
                    theirs.is_match(t.as_bytes()),
                    "{p} on {t}"
                );
            }
        }
        assert!(BytesRegex::new("(").is_err());
    }
}
