//! Web pages by address, against a small HTTP server on 127.0.0.1 started
//! by the test (no outside network): pages kept with their SHA-256 and
//! address, and every way a fetch fails named with its reason.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use parallax::ingest::fetch::{self, FetchError, FetchOptions};
use parallax::ingest::{self, IngestOptions};

/// A page of a made-up story, as an outlet's site serves it.
pub fn story_page(outlet: &str, lede: &str) -> String {
    format!(
        "<!doctype html><html><head><title>Ferry service resumes after storm - {outlet}</title>\
         <meta property=\"og:site_name\" content=\"{outlet}\"></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>Ferry service resumes after storm</h1>\
         <p>{lede}</p>\
         <p>The operator said 14 crossings were cancelled on Monday and that all routes would run normally by Wednesday.</p>\
         <p>\"We are grateful for the patience of our passengers,\" said Marta Vilén, the operator's director of services.</p>\
         <p>Harbour officials counted more than 300 stranded vehicles at the height of the storm, according to a statement.</p>\
         </article><footer>Copyright {outlet}</footer></body></html>"
    )
}

/// What the server answers for a path: status line, headers, body, and a
/// delay before answering.
struct Answer {
    status: &'static str,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Duration,
}

fn answer(path: &str) -> Answer {
    let html = |body: String| Answer {
        status: "200 OK",
        headers: vec![("Content-Type".into(), "text/html; charset=utf-8".into())],
        body: body.into_bytes(),
        delay: Duration::ZERO,
    };
    match path {
        "/coast.html" => html(story_page(
            "Coast Herald",
            "Ferries returned to the islands on Tuesday after two days of storm, the operator said.",
        )),
        "/island.html" => html(story_page(
            "Island Post",
            "Ferry crossings to the islands resumed on Tuesday after a two-day storm.",
        )),
        // The page compressed, as most servers send it.
        "/gzip.html" => {
            use std::io::Write as _;
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            gz.write_all(story_page("Island Post", "Ferries ran again on Tuesday.").as_bytes())
                .unwrap();
            let mut a = html(String::new());
            a.headers.push(("Content-Encoding".into(), "gzip".into()));
            a.body = gz.finish().unwrap();
            a
        }
        "/moved" => Answer {
            status: "301 Moved Permanently",
            headers: vec![("Location".into(), "/coast.html".into())],
            body: Vec::new(),
            delay: Duration::ZERO,
        },
        "/loop" => Answer {
            status: "302 Found",
            headers: vec![("Location".into(), "/loop".into())],
            body: Vec::new(),
            delay: Duration::ZERO,
        },
        "/slow" => Answer {
            delay: Duration::from_secs(3),
            ..html(story_page("Slow News", "Too late."))
        },
        "/image.png" => Answer {
            status: "200 OK",
            headers: vec![("Content-Type".into(), "image/png".into())],
            body: b"\x89PNG\r\n\x1a\n....".to_vec(),
            delay: Duration::ZERO,
        },
        // Windows-1252 bytes served as UTF-8: the header is wrong.
        "/latin.html" => {
            let page = story_page("Gazette", "Le caf\u{e9} du port a rouvert.");
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&page);
            assert!(!unmappable);
            Answer {
                body: bytes.into_owned(),
                ..html(String::new())
            }
        }
        _ => Answer {
            status: "404 Not Found",
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: b"<html><body><h1>Not found</h1></body></html>".to_vec(),
            delay: Duration::ZERO,
        },
    }
}

fn serve_one(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let a = answer(&path);
    std::thread::sleep(a.delay);
    let mut head = format!(
        "HTTP/1.1 {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        a.status,
        a.body.len()
    );
    for (k, v) in &a.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&a.body);
}

/// Start the server on a free port of 127.0.0.1; returns its base address.
/// It serves until the test process ends.
pub fn start_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || serve_one(stream));
        }
    });
    format!("http://{addr}")
}

fn quick() -> FetchOptions {
    FetchOptions {
        timeout: Duration::from_secs(1),
        connect_timeout: Duration::from_secs(1),
        ..FetchOptions::default()
    }
}

#[test]
fn a_page_is_kept_with_its_address_and_digest() {
    let base = start_server();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("{base}/moved");
    let path = fetch::fetch_to(&url, dir.path(), quick()).expect("fetched");
    assert!(path.starts_with(dir.path()));
    let bytes = std::fs::read(&path).unwrap();
    let info: fetch::SourceInfo =
        serde_json::from_slice(&std::fs::read(fetch::source_path(&path)).unwrap()).unwrap();
    assert_eq!(info.url, url);
    assert!(
        info.final_url.ends_with("/coast.html"),
        "{}",
        info.final_url
    );
    assert_eq!(info.sha256, ingest::sha256_hex(&bytes));
    assert_eq!(info.charset.as_deref(), Some("utf-8"));
    let v = ingest::load_file(&path, 0, IngestOptions::default()).unwrap();
    assert_eq!(v.url.as_deref(), Some(url.as_str()));
    assert_eq!(v.sha256, info.sha256);
    assert_eq!(v.outlet, "Coast Herald");
    assert!(v.paragraphs.iter().any(|p| p.text.contains("14 crossings")));
    // Fetched again, the same address lands in the same file.
    assert_eq!(fetch::fetch_to(&url, dir.path(), quick()).unwrap(), path);
}

#[test]
fn every_failure_is_named_with_its_reason() {
    let base = start_server();
    let dir = tempfile::tempdir().unwrap();
    let get = |p: &str| fetch::fetch_to(&format!("{base}{p}"), dir.path(), quick()).unwrap_err();
    assert_eq!(get("/missing"), FetchError::Status(404));
    assert_eq!(get("/loop"), FetchError::Redirects(5));
    assert_eq!(get("/slow"), FetchError::Timeout(1));
    assert_eq!(get("/image.png"), FetchError::NotHtml("image/png".into()));
    let small = FetchOptions {
        max_bytes: 100,
        ..quick()
    };
    let e = fetch::fetch_to(&format!("{base}/coast.html"), dir.path(), small).unwrap_err();
    assert_eq!(e, FetchError::TooLarge(100));
    // Nothing listens on a port just released.
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let e = fetch::fetch_to(&format!("http://{closed}/"), dir.path(), quick()).unwrap_err();
    assert_eq!(e, FetchError::Connection);
    // Each reason reads as a sentence after the address.
    assert!(FetchError::Status(404).to_string().contains("HTTP 404"));
    assert!(FetchError::Timeout(1).to_string().contains("timeout"));
    // No failed page is left in the folder.
    let kept: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert!(kept.is_empty(), "{kept:?}");
}

#[test]
fn a_compressed_page_is_kept_as_text() {
    let base = start_server();
    let dir = tempfile::tempdir().unwrap();
    let path = fetch::fetch_to(&format!("{base}/gzip.html"), dir.path(), quick()).unwrap();
    let v = ingest::load_file(&path, 0, IngestOptions::default()).unwrap();
    assert_eq!(v.outlet, "Island Post");
    assert!(
        v.paragraphs
            .iter()
            .any(|p| p.text.contains("Ferries ran again"))
    );
}

#[test]
fn a_wrong_charset_header_does_not_garble_the_text() {
    let base = start_server();
    let dir = tempfile::tempdir().unwrap();
    let path = fetch::fetch_to(&format!("{base}/latin.html"), dir.path(), quick()).unwrap();
    let v = ingest::load_file(&path, 0, IngestOptions::default()).unwrap();
    let text: String = v.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(text.contains("Le café du port"), "{text}");
    assert!(!text.contains('\u{FFFD}'), "{text}");
}

fn report_of(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out).unwrap()).unwrap()
}

#[test]
fn compare_fetches_addresses_beside_files() {
    let base = start_server();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ferry.json");
    let local = dir.path().join("local.txt");
    std::fs::write(
        &local,
        "Ferry service resumes\n\nFerries sailed again on Tuesday after the storm, with 14 crossings cancelled on Monday.\n",
    )
    .unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args([
            "compare",
            &format!("{base}/coast.html"),
            &format!("{base}/island.html"),
        ])
        .arg(&local)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let r = report_of(&out);
    crate::common::validate_report(&r);
    let versions = r["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 3);
    for v in &versions[..2] {
        let page = Path::new(v["path"].as_str().unwrap());
        assert!(page.starts_with(dir.path().join("ferry-pages")), "{page:?}");
        let bytes = std::fs::read(page).expect("the page is kept on disk");
        assert_eq!(v["sha256"], ingest::sha256_hex(&bytes));
        assert!(v["url"].as_str().unwrap().starts_with(&base));
    }
    assert!(versions[2].get("url").is_none());
    // A 404 beside them: the report is written, the address named, exit 1.
    let run = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args([
            "compare",
            &format!("{base}/coast.html"),
            &format!("{base}/gone.html"),
        ])
        .arg(&local)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains(&format!("{base}/gone.html")) && err.contains("HTTP 404"),
        "{err}"
    );
    let r = report_of(&out);
    assert_eq!(r["versions"].as_array().unwrap().len(), 2);
    assert!(
        r["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("404")
    );
}
