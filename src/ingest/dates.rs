//! Publication dates as news pages write them ("Updated: September 04,
//! 2025, 4:25 PM", "21:14, 4 Sep 2025", "2025-09-04T17:02:00Z") turned into
//! ISO 8601.

use std::sync::LazyLock;

use crate::rx::Regex;

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A day of the week, in full or abbreviated ("Tuesday", "Tue", "Tues").
pub fn is_weekday(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
    .contains(&w.as_str())
}

/// Month number (1-12) from an English month name or abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS.iter().enumerate().find_map(|(i, m)| {
        (w.starts_with(m) && (full[i].starts_with(&w) || w == "sept")).then_some(i as u32 + 1)
    })
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?")
        .expect("valid regex")
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([0-9]{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+([0-9]{4})\b")
        .expect("valid regex")
});
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([A-Za-z]{3,9})\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})\b")
        .expect("valid regex")
});
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([0-9]{1,2})[:.]([0-9]{2})(?:\s*([ap])\.?m\.?)?").expect("valid regex")
});

/// Whether a day of a month of a year is on the calendar ("2025-02-30",
/// "2025-13-45" are not). With no year, any year's: 29 February is.
/// The one calendar check of the crate.
pub fn on_calendar(year: Option<i32>, month: u32, day: u32) -> bool {
    chrono::NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
}

/// Whether an ISO date's year, month and day, as written, are on the
/// calendar.
pub fn iso_on_calendar(y: &str, m: &str, d: &str) -> bool {
    match (y.parse(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => on_calendar(Some(y), m, d),
        _ => false,
    }
}

/// Parse a date (and time, when given) into ISO 8601; `None` when no date is found.
pub fn parse(text: &str) -> Option<String> {
    // A calendar date only: "2025-13-45" is a code, not a date.
    let valid = |c: &crate::rx::Captures| iso_on_calendar(&c[1], &c[2], &c[3]);
    if let Some(c) = ISO.captures(text).filter(|c| valid(c)) {
        let mut out = format!("{}-{}-{}", &c[1], &c[2], &c[3]);
        if let (Some(h), Some(m)) = (c.get(4), c.get(5)) {
            out.push_str(&format!(
                "T{}:{}:{}",
                h.as_str(),
                m.as_str(),
                c.get(6).map_or("00", |s| s.as_str())
            ));
            if let Some(z) = c.get(7) {
                out.push_str(z.as_str());
            }
        }
        return Some(out);
    }
    let (y, mo, d, rest) =
        if let Some(c) = DMY.captures(text).filter(|c| month_number(&c[2]).is_some()) {
            let m = c.get(0)?;
            (
                c[3].parse::<u32>().ok()?,
                month_number(&c[2])?,
                c[1].parse::<u32>().ok()?,
                without(text, m.start(), m.end()),
            )
        } else if let Some(c) = MDY.captures(text).filter(|c| month_number(&c[1]).is_some()) {
            let m = c.get(0)?;
            (
                c[3].parse::<u32>().ok()?,
                month_number(&c[1])?,
                c[2].parse::<u32>().ok()?,
                without(text, m.start(), m.end()),
            )
        } else {
            return None;
        };
    if !(1000..=2999).contains(&y) || !on_calendar(Some(y as i32), mo, d) {
        return None;
    }
    let mut out = format!("{y:04}-{mo:02}-{d:02}");
    if let Some(t) = TIME.captures(&rest) {
        let mut h: u32 = t[1].parse().ok()?;
        let mi: u32 = t[2].parse().ok()?;
        if let Some(ap) = t.get(3) {
            let pm = ap.as_str().eq_ignore_ascii_case("p");
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
        }
        if h < 24 && mi < 60 {
            out.push_str(&format!("T{h:02}:{mi:02}:00"));
        }
    }
    Some(out)
}

fn without(text: &str, start: usize, end: usize) -> String {
    format!("{} {}", &text[..start], &text[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_on_the_calendar_are_dates() {
        assert_eq!(parse("2025-02-30"), None);
        assert_eq!(parse("31 April 2025"), None);
        assert_eq!(parse("29 February 2023"), None);
        assert_eq!(parse("29 February 2024").as_deref(), Some("2024-02-29"));
        assert!(on_calendar(None, 2, 29));
        assert!(!on_calendar(Some(2025), 13, 1));
    }

    #[test]
    fn common_forms() {
        assert_eq!(
            parse("2025-09-04T17:02:00Z").as_deref(),
            Some("2025-09-04T17:02:00Z")
        );
        assert_eq!(
            parse("September 04, 2025, 4:25 PM").as_deref(),
            Some("2025-09-04T16:25:00")
        );
        assert_eq!(
            parse("21:14, 4 Sep 2025").as_deref(),
            Some("2025-09-04T21:14:00")
        );
        assert_eq!(
            parse("6 November 2025, 15:40").as_deref(),
            Some("2025-11-06T15:40:00")
        );
        assert_eq!(
            parse("Friday 7 November 2025").as_deref(),
            Some("2025-11-07")
        );
        assert_eq!(parse("Sept. 4, 2025").as_deref(), Some("2025-09-04"));
        assert_eq!(parse("no date here"), None);
        assert_eq!(parse("4 Mayday 2025"), None);
    }
}
