//! Web pages by address: fetched with ureq (timeouts, a size cap, a redirect
//! limit, gzip, an honest user agent), kept as files in a page folder so the
//! comparison can be made again offline. Beside each page a small JSON file
//! (`PAGE.source.json`) records where it came from and the charset the
//! server declared; reading the page later, from any comparison, finds it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::MAX_FILE_BYTES;

/// Why a page could not be fetched.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum FetchError {
    #[error("is not a web address Parallax can fetch ({0})")]
    BadUrl(String),
    #[error("could not be fetched: the host name was not found (DNS)")]
    Dns,
    #[error("could not be fetched: the connection was refused or failed")]
    Connection,
    #[error("could not be fetched: no answer within {0} seconds (timeout)")]
    Timeout(u64),
    #[error("could not be fetched: the server answered HTTP {0}")]
    Status(u16),
    #[error("could not be fetched: more than {0} redirects (a redirect loop?)")]
    Redirects(u32),
    #[error("is not a web page: the server sent {0}")]
    NotHtml(String),
    #[error("is over the {0} byte limit")]
    TooLarge(u64),
    #[error("could not be fetched: {0}")]
    Other(String),
    #[error("was fetched but could not be kept in {path}: {reason}")]
    Save { path: String, reason: String },
}

/// Limits of one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchOptions {
    /// The whole exchange, from name lookup to the last byte.
    pub timeout: Duration,
    /// Connecting alone.
    pub connect_timeout: Duration,
    /// Bytes of body (after gzip) at most.
    pub max_bytes: u64,
    pub max_redirects: u32,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_bytes: MAX_FILE_BYTES,
            max_redirects: 5,
        }
    }
}

/// Where a fetched page came from; written beside the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The address as the user gave it.
    pub url: String,
    /// The address the page was finally served from, after redirects.
    pub final_url: String,
    /// When it was fetched, seconds since 1970 (UTC).
    pub fetched_unix: u64,
    pub content_type: Option<String>,
    /// The charset the server declared, if any.
    pub charset: Option<String>,
    /// SHA-256 of the page's bytes as kept.
    pub sha256: String,
}

/// The user agent Parallax announces itself with.
pub fn user_agent() -> String {
    format!(
        "Parallax/{} (news coverage comparison; desktop application; one request per page the user opens)",
        env!("CARGO_PKG_VERSION")
    )
}

/// Is this input a web address rather than a file path?
pub fn is_url(input: &str) -> bool {
    let lower = input.trim_start().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The folder fetched pages are kept in when no other is named:
/// `$XDG_CACHE_HOME/parallax/pages`, else `~/.cache/parallax/pages`, else a
/// folder under the temporary directory.
pub fn default_page_dir() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("parallax").join("pages")
}

/// The sidecar file that records where `page` came from.
pub fn source_path(page: &Path) -> PathBuf {
    let mut name = page.as_os_str().to_owned();
    name.push(".source.json");
    PathBuf::from(name)
}

/// Where a page was fetched from, if it was fetched by Parallax and its
/// record is still beside it and still describes these bytes (hashed only
/// when there is a record: most inputs are plain files).
pub fn source_of(page: &Path, bytes: &[u8]) -> Option<SourceInfo> {
    let text = std::fs::read(source_path(page)).ok()?;
    let info: SourceInfo = serde_json::from_slice(&text).ok()?;
    (info.sha256 == super::sha256_hex(bytes)).then_some(info)
}

/// The host part of an address (with its port), lower-cased.
fn host_of(url: &str) -> String {
    url.split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .rsplit('@')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// A site's name from its address: the host without `www.`, `m.` or
/// `amp.` (`https://www.example.com/news/x` gives `example.com`).
pub fn site_of(url: &str) -> String {
    let host = host_of(url);
    let mut h = host.as_str();
    for prefix in ["www.", "m.", "amp."] {
        if let Some(rest) = h.strip_prefix(prefix)
            && rest.contains('.')
        {
            h = rest;
        }
    }
    if h.is_empty() {
        url.to_string()
    } else {
        h.to_string()
    }
}

/// The file name a page is kept under: its host and a digest of its full
/// address (so that the same address always lands in the same file), with
/// the extension of what the server said it is.
pub fn page_file_name(url: &str, content_type: Option<&str>) -> String {
    let ext = match content_type {
        Some("text/plain") => "txt",
        Some("text/markdown" | "text/x-markdown") => "md",
        _ => "html",
    };
    let host: String = host_of(url)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    let digest = super::sha256_hex(url.as_bytes());
    let host = if host.is_empty() { "page" } else { &host };
    format!("{host}-{}.{ext}", &digest[..16])
}

/// Fetch `url` into `dir` and return the path of the kept page.
pub fn fetch_to(url: &str, dir: &Path, opts: FetchOptions) -> Result<PathBuf, FetchError> {
    let url = url.trim();
    let fetched = fetch(url, opts)?;
    let path = dir.join(page_file_name(url, fetched.content_type.as_deref()));
    let save_err = |e: std::io::Error| FetchError::Save {
        path: dir.display().to_string(),
        reason: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(save_err)?;
    let sha256 = super::sha256_hex(&fetched.bytes);
    let info = SourceInfo {
        url: url.to_string(),
        final_url: fetched.final_url,
        fetched_unix: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        content_type: fetched.content_type,
        charset: fetched.charset,
        sha256,
    };
    let record = serde_json::to_vec_pretty(&info).map_err(|e| FetchError::Save {
        path: dir.display().to_string(),
        reason: e.to_string(),
    })?;
    write_atomically(&path, &fetched.bytes).map_err(save_err)?;
    write_atomically(&source_path(&path), &record).map_err(save_err)?;
    Ok(path)
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".parallax-page-")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A page as the server sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub final_url: String,
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    pub charset: Option<String>,
}

/// Media types that hold an article Parallax can read.
fn readable_type(mime: &str) -> bool {
    matches!(
        mime,
        "text/html" | "application/xhtml+xml" | "text/plain" | "text/markdown" | "text/x-markdown"
    )
}

/// Fetch one page.
pub fn fetch(url: &str, opts: FetchOptions) -> Result<Fetched, FetchError> {
    let uri: ureq::http::Uri = url
        .parse()
        .map_err(|e: ureq::http::uri::InvalidUri| FetchError::BadUrl(e.to_string()))?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        other => {
            return Err(FetchError::BadUrl(format!(
                "scheme {}",
                other.unwrap_or("missing")
            )));
        }
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(FetchError::BadUrl("no host".to_string()));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .timeout_connect(Some(opts.connect_timeout))
        .max_redirects(opts.max_redirects)
        .http_status_as_error(false)
        .user_agent(user_agent())
        .build()
        .into();
    let secs = opts.timeout.as_secs().max(1);
    let map_err = |e: ureq::Error| match e {
        ureq::Error::HostNotFound => FetchError::Dns,
        ureq::Error::ConnectionFailed => FetchError::Connection,
        ureq::Error::Timeout(_) => FetchError::Timeout(secs),
        ureq::Error::TooManyRedirects => FetchError::Redirects(opts.max_redirects),
        ureq::Error::BodyExceedsLimit(n) => FetchError::TooLarge(n),
        ureq::Error::StatusCode(s) => FetchError::Status(s),
        ureq::Error::BadUri(s) => FetchError::BadUrl(s),
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                FetchError::Timeout(secs)
            }
            std::io::ErrorKind::ConnectionRefused => FetchError::Connection,
            _ => FetchError::Other(io.to_string()),
        },
        other => FetchError::Other(other.to_string()),
    };
    let mut response = agent
        .get(url)
        .header(
            "Accept",
            "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1",
        )
        .call()
        .map_err(map_err)?;
    let status = response.status().as_u16();
    if (300..400).contains(&status) {
        // A redirect ureq stopped following: the limit was reached.
        return Err(FetchError::Redirects(opts.max_redirects));
    }
    if status != 200 && status != 203 {
        return Err(FetchError::Status(status));
    }
    let final_url = {
        use ureq::ResponseExt;
        response.get_uri().to_string()
    };
    let body = response.body_mut();
    let mime = body.mime_type().map(str::to_ascii_lowercase);
    let charset = body.charset().map(str::to_string);
    if let Some(m) = &mime
        && !readable_type(m)
    {
        return Err(FetchError::NotHtml(m.clone()));
    }
    if body.content_length().is_some_and(|n| n > opts.max_bytes) {
        return Err(FetchError::TooLarge(opts.max_bytes));
    }
    let bytes = body
        .with_config()
        .limit(opts.max_bytes)
        .read_to_vec()
        .map_err(map_err)?;
    Ok(Fetched {
        final_url,
        bytes,
        content_type: mime,
        charset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_file_names() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://EXAMPLE.ORG"));
        assert!(!is_url("example.org/a.html"));
        assert!(!is_url("/tmp/http:/x"));
        let a = page_file_name("https://www.Example.org:8080/news/story?id=1#top", None);
        assert!(a.starts_with("www.example.org_8080-"), "{a}");
        assert!(a.ends_with(".html"));
        assert_ne!(
            a,
            page_file_name("https://www.example.org:8080/news/story?id=2", None)
        );
        assert_eq!(
            page_file_name("http://u:p@h/x", None).split('-').next(),
            Some("h")
        );
        assert!(page_file_name("http://h/x", Some("text/plain")).ends_with(".txt"));
        assert_eq!(site_of("https://www.Example.com/news/x"), "example.com");
        assert_eq!(site_of("http://m.example.co.uk"), "example.co.uk");
        assert_eq!(site_of("http://www.com/"), "www.com");
        assert_eq!(site_of("http://127.0.0.1:8765/a.txt"), "127.0.0.1:8765");
        assert!(source_path(Path::new("/x/a.html")).ends_with("a.html.source.json"));
    }

    #[test]
    fn not_web_addresses_are_refused_before_any_network() {
        let e = fetch("ftp://example.org/x", FetchOptions::default()).unwrap_err();
        assert!(matches!(e, FetchError::BadUrl(_)), "{e}");
        let e = fetch("https://", FetchOptions::default()).unwrap_err();
        assert!(matches!(e, FetchError::BadUrl(_)), "{e}");
    }
}
