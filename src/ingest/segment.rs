//! Sentence splitting. sentencex (Wikimedia's rule-based segmenter, with
//! English abbreviations, decimals, initials and quotation handling) does the
//! work; on top of it we handle what news and pasted text add: enumerated
//! lists written inline ("1.) … 2.) …"), unpunctuated lines that are items of
//! their own, and hard line breaks inside a sentence.

use std::sync::LazyLock;

use crate::rx::Regex;

/// Split a paragraph into sentences, each trimmed, none empty.
pub fn sentences(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    for unit in line_units(paragraph) {
        for piece in split_list_items(&unit) {
            // A list marker stays with its item ("1.) The first item").
            let (marker, body) = match LIST_START.find(&piece) {
                Some(m) => (piece[..m.end()].trim(), &piece[m.end()..]),
                None => ("", piece.as_str()),
            };
            for (k, s) in sentencex::segment("en", body).into_iter().enumerate() {
                let mut s = s.split_whitespace().collect::<Vec<_>>().join(" ");
                if k == 0 && !marker.is_empty() {
                    s = format!("{marker} {s}").trim().to_string();
                }
                if !s.is_empty() {
                    out.push(s);
                }
            }
        }
    }
    merge_fragments(out)
}

/// Line breaks inside a paragraph: when no line ends a sentence, each line is
/// an item of its own (a list pasted as lines); otherwise breaks are soft.
fn line_units(paragraph: &str) -> Vec<String> {
    let lines: Vec<&str> = paragraph
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() <= 1 {
        return lines.iter().map(|l| l.to_string()).collect();
    }
    let ends = |l: &str| l.ends_with(['.', '!', '?', '"', '”', '’', ')', ':', ';', '…']);
    if !lines.iter().any(|l| ends(l)) {
        return lines.iter().map(|l| l.to_string()).collect();
    }
    vec![lines.join(" ")]
}

static LIST_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[•⁃▪◦‣-]\s*)?([0-9]{1,3}|[a-z])(\.\)|\)|\.)\s").expect("valid regex")
});

/// "1.) The first item 2.) The second item": split before each next marker
/// when the paragraph starts with a list marker.
fn split_list_items(text: &str) -> Vec<String> {
    let Some(c) = LIST_START.captures(text) else {
        return vec![text.to_string()];
    };
    let first = &c[1];
    let delim = &c[2];
    let bullet: String = text
        .trim_start()
        .chars()
        .take_while(|ch| "•⁃▪◦‣-".contains(*ch))
        .collect();
    let mut out = Vec::new();
    let mut rest = text;
    let mut current = first.to_string();
    while let Some(next) = next_marker(&current) {
        let needle_core = format!("{next}{delim}");
        let mut found = None;
        for (i, _) in rest.match_indices(&needle_core) {
            let before = &rest[..i];
            let before_trim =
                before.trim_end_matches(|ch: char| ch.is_whitespace() || bullet.contains(ch));
            let boundary_ok = i > 0
                && before_trim.len() < before.len()
                && rest[i + needle_core.len()..].starts_with(char::is_whitespace);
            if boundary_ok && !before_trim.is_empty() {
                found = Some(before_trim.len());
                break;
            }
        }
        match found {
            Some(cut) => {
                out.push(rest[..cut].trim().to_string());
                rest = rest[cut..].trim_start();
                current = next;
            }
            None => break,
        }
    }
    out.push(rest.trim().to_string());
    out
}

fn next_marker(marker: &str) -> Option<String> {
    if let Ok(n) = marker.parse::<u32>() {
        return Some((n + 1).to_string());
    }
    let c = marker.chars().next()?;
    if c.is_ascii_lowercase() && c != 'z' {
        return Some(((c as u8) + 1) as char).map(|c| c.to_string());
    }
    None
}

/// Pieces that cannot stand as sentences (a lone closing quote or bracket,
/// a bare ellipsis, a piece that starts in lower case as in
/// "“Why?” she asked.") join the sentence before them.
fn merge_fragments(sents: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(sents.len());
    for s in sents {
        let alnum = s.chars().any(|c| c.is_alphanumeric());
        let lower_start = s
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_lowercase())
            && !LIST_START.is_match(&s);
        // The abbreviations of Spanish and Filipino place names ("Sta.
        // Clara", "Pto. Galera", "Brgy. San Isidro") and the French
        // "Ste." end no sentence.
        let after_place_abbreviation = out.last().is_some_and(|l: &String| {
            l.rsplit(' ').next().is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && w.strip_suffix('.').is_some_and(|a| {
                        crate::text::PLACE_ABBREVIATIONS.contains(&a.to_lowercase().as_str())
                    })
            })
        }) && s.starts_with(char::is_uppercase);
        let after_exclaim = out.last().is_some_and(|l: &String| {
            l.trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['!', '?'])
        });
        if (!alnum || (lower_start && after_exclaim) || after_place_abbreviation)
            && let Some(last) = out.last_mut()
        {
            last.push(' ');
            last.push_str(&s);
            continue;
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_names_abbreviation_ends_no_sentence() {
        assert_eq!(
            sentences(
                "Most victims came from Brgy. Sta. Clara in Batangas City. The boat was bound for Pto. Galera."
            ),
            vec![
                "Most victims came from Brgy. Sta. Clara in Batangas City.",
                "The boat was bound for Pto. Galera."
            ]
        );
    }

    #[test]
    fn abbreviations_decimals_and_quotes() {
        assert_eq!(
            sentences(
                "Mr. Smith paid $4.25 for it. Dr. Jones did not. The U.S. Senate voted in Sept. on No. 5."
            ),
            vec![
                "Mr. Smith paid $4.25 for it.",
                "Dr. Jones did not.",
                "The U.S. Senate voted in Sept. on No. 5."
            ]
        );
        assert_eq!(
            sentences(
                "\u{201c}We can see it,\u{201d} he said. \u{201c}Only pressure works.\u{201d}"
            ),
            vec![
                "\u{201c}We can see it,\u{201d} he said.",
                "\u{201c}Only pressure works.\u{201d}"
            ]
        );
    }

    #[test]
    fn inline_lists_and_line_items() {
        assert_eq!(
            sentences("1.) The first item 2.) The second item"),
            vec!["1.) The first item", "2.) The second item"]
        );
        assert_eq!(
            sentences("a. The first item b. The second item"),
            vec!["a. The first item", "b. The second item"]
        );
        assert_eq!(
            sentences("features\ncontact manager\nevents"),
            vec!["features", "contact manager", "events"]
        );
        assert_eq!(
            sentences("It was a cold \nnight in the city."),
            vec!["It was a cold night in the city."]
        );
    }
}
