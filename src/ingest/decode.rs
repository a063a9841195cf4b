//! Bytes to text: byte-order marks, UTF-8, UTF-16, and legacy single-byte
//! encodings detected with chardetng (never assumed), then line ends, spaces
//! and invisible characters normalised.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::error::InputError;

/// Decoded text and the name of the encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// NUL bytes inside otherwise readable text were dropped.
    pub nul_dropped: usize,
}

/// Decode a file's bytes. Refuses content that is binary (images, archives,
/// random bytes) rather than producing mojibake.
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    decode_declared(bytes, None)
}

/// Decode bytes whose encoding something outside them declares (a web
/// server's `Content-Type` charset). Evidence in the bytes comes first: a
/// byte-order mark, then valid UTF-8 (a page that is valid UTF-8 and holds
/// non-ASCII text is UTF-8 whatever the header says: legacy text almost never
/// forms valid multi-byte sequences). Then the declared encoding, when the
/// bytes decode in it without error; then a `<meta charset>` in the first
/// kilobytes of a web page; then chardetng's guess. A wrong declaration
/// (`charset=utf-8` on a Windows-1252 page) so falls through to the evidence.
pub fn decode_declared(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, InputError> {
    if let Some(kind) = binary_signature(bytes) {
        return Err(InputError::Binary(kind.to_string()));
    }
    let (text, encoding) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (cow, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        (cow.into_owned(), enc)
    } else if let Some(enc) = sniff_utf16(bytes) {
        let (cow, _) = enc.decode_without_bom_handling(bytes);
        (cow.into_owned(), enc)
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), UTF_8)
    } else if let Some((text, enc)) = declared
        .and_then(legacy_label)
        .or_else(|| meta_charset(bytes).and_then(legacy_label))
        .and_then(|enc| {
            enc.decode_without_bom_handling_and_without_replacement(bytes)
                .map(|t| (t.into_owned(), enc))
        })
    {
        (text, enc)
    } else {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        let enc = det.guess(None, chardetng::Utf8Detection::Deny);
        let (cow, _) = enc.decode_without_bom_handling(bytes);
        (cow.into_owned(), enc)
    };
    if looks_binary(&text) {
        return Err(InputError::Binary("unreadable bytes".to_string()));
    }
    // A few NUL bytes in readable text (a bad copy, a truncated write) are
    // dropped; a person reads the text fine without them.
    let nul_dropped = text.matches('\0').count();
    let text = if nul_dropped > 0 {
        text.replace('\0', "")
    } else {
        text
    };
    Ok(Decoded {
        text: normalize_text(&text),
        encoding: encoding.name(),
        nul_dropped,
    })
}

/// A declared single- or multi-byte legacy encoding. UTF-8 is left out (the
/// bytes were already found not to be UTF-8) and so are UTF-16 labels (a
/// page in UTF-16 has a byte-order mark or is found by its zero bytes; a
/// server that says UTF-16 for an 8-bit page is wrong).
fn legacy_label(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes())?;
    (enc != UTF_8 && enc != UTF_16LE && enc != UTF_16BE).then_some(enc)
}

/// The charset a web page declares in its head: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`, in
/// the first 4 kB as browsers look for it.
fn meta_charset(bytes: &[u8]) -> Option<&str> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        if let Some(c) = find(&lower[start..end], b"charset=") {
            let value = start + c + b"charset=".len();
            let rest = &head[value..end];
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let len = rest
                .iter()
                .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                .unwrap_or(rest.len());
            return std::str::from_utf8(&rest[..len])
                .ok()
                .filter(|l| !l.is_empty());
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// UTF-16 without a byte-order mark: many zero bytes in alternate
/// positions (Latin text), or, for any script, text that decodes without
/// broken surrogates and has the structure of writing: spaces and line
/// breaks between words (a legacy single-byte file read as UTF-16 almost
/// never yields U+0020).
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    if let Some(enc) = sniff_utf16_zeros(bytes) {
        return Some(enc);
    }
    // (Valid UTF-8 is no proof against UTF-16: Arabic or Cyrillic code
    // units are all bytes under 0x80 in one byte order.)
    let sample = &bytes[..bytes.len().min(8192) & !1];
    [UTF_16LE, UTF_16BE].into_iter().find(|enc| {
        let (text, had_errors) = enc.decode_without_bom_handling(sample);
        let mut total = 0usize;
        let mut spaces = 0usize;
        let mut bad = 0usize;
        for c in text.chars() {
            total += 1;
            match c {
                ' ' | '\n' | '\r' | '\t' => spaces += 1,
                '\u{FFFD}' => bad += 1,
                c if c.is_control() => bad += 1,
                _ => {}
            }
        }
        // The last code unit of a cut sample may be half a surrogate pair.
        total > 16 && spaces * 100 >= total * 6 && bad * 100 <= total && (!had_errors || bad <= 1)
    })
}

fn sniff_utf16_zeros(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_zero = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if odd_zero * 10 > pairs * 7 && even_zero * 10 < pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 > pairs * 7 && odd_zero * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Well-known magic numbers of binary formats users drop by mistake.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGS: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"%PDF-", "a PDF document (save it as text or HTML first)"),
        (b"PK\x03\x04", "a ZIP archive or office document"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"BM", ""),
        (b"RIFF", "a RIFF media file"),
        (b"\x7fELF", "a program"),
        (b"\xd0\xcf\x11\xe0", "an old office document"),
        (b"OggS", "an Ogg media file"),
        (b"ID3", "an MP3 audio file"),
        (b"\x00\x00\x01\x00", "an icon"),
    ];
    for (sig, name) in SIGS {
        if bytes.starts_with(sig) && !name.is_empty() {
            return Some(name);
        }
    }
    if bytes.len() > 12 && &bytes[4..8] == b"ftyp" {
        return Some("a video or image container");
    }
    if bytes.len() > 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Some("a WebP image");
    }
    None
}

/// Decoded text that is mostly control characters or replacement characters
/// is not an article.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars().take(20_000) {
        total += 1;
        if c == '\u{FFFD}'
            || c == '\0'
            || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        {
            bad += 1;
        }
    }
    total > 0 && bad * 100 > total * 2
}

/// Line ends to `\n`, non-breaking and odd spaces to plain spaces, invisible
/// characters (zero-width, soft hyphen, BOMs inside the text) dropped.
pub fn normalize_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => {
                out.push(' ')
            }
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charset_used_only_where_the_bytes_allow_it() {
        // Windows-1252 bytes, declared as such.
        let latin = b"<p>Caf\xe9 cr\xe8me, \x93quoted\x94</p>";
        let d = decode_declared(latin, Some("windows-1252")).unwrap();
        assert_eq!(d.text, "<p>Café crème, “quoted”</p>");
        // The same bytes wrongly declared UTF-8: found by detection instead.
        let d = decode_declared(latin, Some("utf-8")).unwrap();
        assert!(d.text.contains("Café crème"), "{}", d.text);
        // UTF-8 bytes wrongly declared ISO-8859-1: read as UTF-8, no mojibake.
        let d = decode_declared("<p>Café “quoted”</p>".as_bytes(), Some("iso-8859-1")).unwrap();
        assert_eq!(d.text, "<p>Café “quoted”</p>");
        assert_eq!(d.encoding, "UTF-8");
        // A meta charset speaks when nothing else does: KOI8-R is not a
        // detector's first guess for these few bytes.
        let mut page = b"<html><head><meta charset=\"koi8-r\"></head><body><p>".to_vec();
        page.extend_from_slice(&[0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
        page.extend_from_slice(b"</p></body></html>");
        let d = decode_declared(&page, None).unwrap();
        assert!(d.text.contains("Привет"), "{}", d.text);
        assert_eq!(d.encoding, "KOI8-R");
        let http_equiv =
            b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-7'>";
        assert_eq!(meta_charset(http_equiv), Some("ISO-8859-7"));
    }

    #[test]
    fn utf8_with_bom_and_crlf() {
        let d = decode(b"\xef\xbb\xbfHello\r\nworld\rend").unwrap();
        assert_eq!(d.text, "Hello\nworld\nend");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_le_and_be_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Café “quote”".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "Café “quote”");
        let mut be = vec![0xFE, 0xFF];
        for u in "Café".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        let d = decode(&be).unwrap();
        assert_eq!(d.text, "Café");
        assert_eq!(d.encoding, "UTF-16BE");
    }

    #[test]
    fn windows_1252_is_detected() {
        let bytes = b"The minister\x92s plan \x93works\x94, she said \x96 and that\x92s final. \
                      Caf\xe9 owners were pleased with the r\xe9sum\xe9 of the d\xe9bat.";
        let d = decode(bytes).unwrap();
        assert!(d.text.contains("minister’s plan “works”"), "{}", d.text);
        assert!(d.text.contains("Café"));
        assert_ne!(d.encoding, "UTF-8");
    }

    #[test]
    fn nbsp_and_zero_width_are_normalised() {
        let d = decode("a\u{A0}b\u{200B}c\u{AD}d".as_bytes()).unwrap();
        assert_eq!(d.text, "a bcd");
    }

    #[test]
    fn images_and_random_bytes_are_refused() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(InputError::Binary(_))
        ));
        let noise: Vec<u8> = (0..4000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(decode(&noise).is_err());
    }
}
