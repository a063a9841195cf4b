//! Scraper JSON (news-please, newspaper3k, trafilatura and kin): one object
//! with the article text and its metadata. The text itself is read as plain
//! text, or as HTML when it holds markup.

use serde_json::Value;

use super::{IngestOptions, RawDoc};
use crate::error::InputError;

const TEXT_KEYS: &[&str] = &[
    "text",
    "maintext",
    "content",
    "raw_text",
    "article_text",
    "body",
];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const DATE_KEYS: &[&str] = &[
    "publish_date",
    "date_publish",
    "date",
    "published",
    "datePublished",
];
const OUTLET_KEYS: &[&str] = &[
    "source",
    "sitename",
    "source_domain",
    "site_name",
    "publisher",
];

/// Extract a document from scraper JSON.
pub fn extract(text: &str, opts: IngestOptions) -> Result<RawDoc, InputError> {
    let value: Value =
        serde_json::from_str(text.trim()).map_err(|e| InputError::InvalidJson(e.to_string()))?;
    let obj = match &value {
        Value::Object(_) => &value,
        // An array of one article is accepted too.
        Value::Array(items) if items.len() == 1 && items[0].is_object() => &items[0],
        _ => return Err(InputError::JsonWithoutText),
    };
    let body = body_text(obj).ok_or(InputError::JsonWithoutText)?;
    if body.trim().is_empty() {
        return Err(InputError::JsonWithoutText);
    }
    let body = super::decode::normalize_text(&body);
    let mut doc = if super::sniff_format(&body, "") == crate::model::SourceFormat::Html {
        super::html::extract(&body, opts)?
    } else {
        super::text::extract(&body, opts)
    };
    if let Some(t) = first_string(obj, TITLE_KEYS).filter(|t| !t.trim().is_empty()) {
        doc.title = Some(super::collapse_ws(&t));
    }
    if let Some(d) = first_string(obj, DATE_KEYS) {
        doc.published = super::dates::parse(&d).or(doc.published);
    }
    if let Some(o) = first_string(obj, OUTLET_KEYS).filter(|o| !o.trim().is_empty()) {
        doc.outlet = Some(o.trim().to_string());
    } else if doc.outlet.is_none()
        && let Some(url) = first_string(obj, &["url", "link", "canonical_url", "source_url"])
            .filter(|u| u.starts_with("http"))
    {
        // The site the scraper read it from: a truer name than the file's.
        doc.outlet = Some(super::fetch::site_of(url.trim()));
    }
    if let Some(Value::Array(authors)) = obj.get("authors") {
        doc.authors = authors
            .iter()
            .filter_map(|a| match a {
                Value::String(s) => Some(s.trim().to_string()),
                Value::Object(o) => o
                    .get("name")
                    .and_then(|n| n.as_str())
                    .map(|s| s.trim().to_string()),
                _ => None,
            })
            .filter(|s| !s.is_empty())
            .collect();
    } else if let Some(Value::String(a)) = obj.get("author") {
        // A scraper keeps the byline's words ("Isabel Marsh in Sydney",
        // "Ann Lee and Tom Reyes, Weather Desk"): the names in it.
        let names = super::clean::authors_of(&format!("By {}", a.trim()));
        doc.authors = if names.is_empty() {
            vec![a.trim().to_string()]
        } else {
            names
        };
    }
    Ok(doc)
}

/// The article text: the first text key that holds a string, or a list of
/// paragraphs (strings, or objects with a `text`), as scrapers that keep
/// the page's blocks write it. Paragraphs are kept apart by a blank line.
fn body_text(obj: &Value) -> Option<String> {
    TEXT_KEYS.iter().find_map(|k| match obj.get(*k)? {
        // (An empty key leaves the search to the next: "text": "" beside
        // the "content" that holds it.)
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Array(items) => {
            let parts: Vec<&str> = items
                .iter()
                .filter_map(|i| match i {
                    Value::String(s) => Some(s.as_str()),
                    Value::Object(o) => o.get("text").and_then(|t| t.as_str()),
                    _ => None,
                })
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join("\n\n"))
        }
        _ => None,
    })
}

/// The first key that holds a string (or an object with a `name`).
fn first_string(obj: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match obj.get(*k)? {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(str::to_string),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scrape_without_its_site_is_named_by_its_address() {
        let j = r#"{"title": "Head", "url": "https://www.flightline.example/airlines/story", "text": "One.\n\nTwo."}"#;
        let doc = extract(j, IngestOptions::default()).unwrap();
        assert_eq!(doc.outlet.as_deref(), Some("flightline.example"));
    }

    #[test]
    fn reads_text_and_metadata() {
        let j = r#"{"title": "Head", "maintext": "One.\n\nTwo.", "date_publish": "2024-03-01 10:00:00",
                    "sitename": "Gazette", "authors": ["A B"]}"#;
        let doc = extract(j, IngestOptions::default()).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Head"));
        assert_eq!(doc.outlet.as_deref(), Some("Gazette"));
        assert_eq!(doc.published.as_deref(), Some("2024-03-01T10:00:00"));
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.authors, vec!["A B"]);
        // A byline's place and desk are no author's name.
        let doc = extract(
            r#"{"title": "T", "text": "Body text here.", "author": "Isabel Marsh in Sydney"}"#,
            IngestOptions::default(),
        )
        .unwrap();
        assert_eq!(doc.authors, vec!["Isabel Marsh"]);
        let doc = extract(
            r#"{"title": "T", "text": "Body text here.", "author": "Ann Lee and Tom Reyes, Weather Desk"}"#,
            IngestOptions::default(),
        )
        .unwrap();
        assert_eq!(doc.authors, vec!["Ann Lee", "Tom Reyes"]);
    }

    #[test]
    fn text_given_as_a_list_of_paragraphs_is_read_paragraph_by_paragraph() {
        let o = IngestOptions::default();
        let j = r#"{"title": "Head", "text": ["The harbour board met on Monday evening to vote.", "  ", "It approved the new quay by six votes to three."]}"#;
        let doc = extract(j, o).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Head"));
        let text: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            text,
            [
                "The harbour board met on Monday evening to vote.",
                "It approved the new quay by six votes to three."
            ]
        );
        let j = r#"{"content": [{"type": "p", "text": "The harbour board met on Monday."}, {"type": "img"}]}"#;
        let doc = extract(j, o).unwrap();
        assert_eq!(doc.blocks.len(), 1);
        let j = r#"{"text": "", "content": ["The harbour board met on Monday."]}"#;
        assert_eq!(extract(j, o).unwrap().blocks.len(), 1);
        // A list with nothing in it is no text.
        assert!(matches!(
            extract(r#"{"text": [1, ""]}"#, o),
            Err(InputError::JsonWithoutText)
        ));
    }

    #[test]
    fn invalid_and_textless_json_are_refused() {
        let o = IngestOptions::default();
        assert!(matches!(
            extract("{nope", o),
            Err(InputError::InvalidJson(_))
        ));
        assert!(matches!(
            extract(r#"{"title": "x"}"#, o),
            Err(InputError::JsonWithoutText)
        ));
        assert!(matches!(
            extract("[1, 2]", o),
            Err(InputError::JsonWithoutText)
        ));
    }
}
