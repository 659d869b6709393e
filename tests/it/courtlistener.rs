//! The opt-in online source against a local HTTP server on 127.0.0.1 that
//! serves recorded citation-lookup answers: the request it receives, the entry
//! built from the answer, and the disk cache that makes each citation a single fetch.

use std::cell::Cell;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::thread;

use plead::authorities::{Library, SourceKind};
use plead::config::AuthoritiesConfig;
use plead::loader::courtlistener::{enrich, Client, HttpTransport, Transport};

const FOUND: &str = include_str!("../fixtures/courtlistener/found.json");
const NOT_FOUND: &str = include_str!("../fixtures/courtlistener/not-found.json");

#[derive(Debug, Clone)]
struct Request {
    line: String,
    authorization: Option<String>,
    body: String,
}

/// Serves `answers` (status, body) in order, one per connection; records requests.
fn serve(answers: Vec<(u16, &'static str)>) -> (String, Arc<Mutex<Vec<Request>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    thread::spawn(move || {
        for (status, body) in answers {
            let Ok((stream, _)) = listener.accept() else {
                return;
            };
            let mut reader = BufReader::new(stream);
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let (mut length, mut authorization) = (0, None);
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                if h.trim().is_empty() {
                    break;
                }
                let (k, v) = h.split_once(':').unwrap();
                match k.to_ascii_lowercase().as_str() {
                    "content-length" => length = v.trim().parse().unwrap(),
                    "authorization" => authorization = Some(v.trim().to_string()),
                    _ => {}
                }
            }
            let mut body_in = vec![0; length];
            reader.read_exact(&mut body_in).unwrap();
            log.lock().unwrap().push(Request {
                line: line.trim().to_string(),
                authorization,
                body: String::from_utf8(body_in).unwrap(),
            });
            let mut stream = reader.into_inner();
            let reply = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(reply.as_bytes()).unwrap();
        }
    });
    (url, seen)
}

fn online(url: &str) -> AuthoritiesConfig {
    AuthoritiesConfig {
        online: true,
        courtlistener_token: Some("test-token".into()),
        courtlistener_url: url.to_string(),
        ..AuthoritiesConfig::default()
    }
}

#[test]
fn lookup_posts_the_citation_and_caches_the_answer() {
    let (url, seen) = serve(vec![(200, FOUND), (200, NOT_FOUND)]);
    let cache = tempfile::tempdir().unwrap();
    let config = online(&url);
    let client = Client {
        config: &config,
        cache_dir: cache.path().to_path_buf(),
        transport: &HttpTransport,
    };
    let entry = client
        .lookup("673 F. Supp. 2d 1063")
        .unwrap()
        .expect("found");
    assert_eq!(entry.source, Some(SourceKind::CourtListener));
    assert_eq!(
        entry.case_name.as_deref(),
        Some("American LegalNet, Inc. v. Davis")
    );
    assert_eq!(entry.citations, ["673 F. Supp. 2d 1063"]);
    assert_eq!(entry.year, Some(2009));
    assert_eq!(
        entry.url.as_deref(),
        Some("https://www.courtlistener.com/opinion/1000001/american-legalnet-inc-v-davis/")
    );
    assert!(entry
        .preview
        .unwrap()
        .starts_with("Motion for a preservation order"));
    {
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].line, "POST /api/rest/v4/citation-lookup/ HTTP/1.1");
        assert_eq!(seen[0].authorization.as_deref(), Some("Token test-token"));
        assert_eq!(seen[0].body, "text=673+F.+Supp.+2d+1063");
    }
    // Fetched once: the second lookup (any spacing) is answered from the disk cache.
    let again = client
        .lookup("673 F.Supp.2d 1063")
        .unwrap()
        .expect("cached");
    assert_eq!(
        again.case_name.as_deref(),
        Some("American LegalNet, Inc. v. Davis")
    );
    assert_eq!(seen.lock().unwrap().len(), 1);
    // Not found is an answer too, and cached.
    assert_eq!(client.lookup("999 F.4th 9999").unwrap(), None);
    assert_eq!(client.lookup("999 F.4th 9999").unwrap(), None);
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[test]
fn refused_token_is_a_clear_error() {
    let (url, _) = serve(vec![(401, r#"{"detail": "Invalid token."}"#)]);
    let cache = tempfile::tempdir().unwrap();
    let config = online(&url);
    let client = Client {
        config: &config,
        cache_dir: cache.path().to_path_buf(),
        transport: &HttpTransport,
    };
    let err = client.lookup("556 U.S. 662").unwrap_err();
    assert!(format!("{err:#}").contains("refused the token"), "{err:#}");
    // Nothing was cached, so a corrected token will be tried.
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 0);
}

#[test]
fn unreachable_server_is_an_error_not_a_hang() {
    // Bind then drop: nothing listens on this port.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cache = tempfile::tempdir().unwrap();
    let config = online(&format!("http://127.0.0.1:{port}"));
    let client = Client {
        config: &config,
        cache_dir: cache.path().to_path_buf(),
        transport: &HttpTransport,
    };
    assert!(client.lookup("556 U.S. 662").is_err());
}

struct Counting(Cell<usize>);

impl Transport for Counting {
    fn post(&self, _: &str, _: &[(&str, &str)], _: &str) -> anyhow::Result<(u16, String)> {
        self.0.set(self.0.get() + 1);
        Ok((200, FOUND.to_string()))
    }
}

#[test]
fn off_by_default_nothing_is_sent() {
    let transport = Counting(Cell::new(0));
    let config = AuthoritiesConfig::default();
    assert!(!config.online);
    let mut library = Library::default();
    let warnings = enrich(
        &mut library,
        &["673 F. Supp. 2d 1063".into()],
        &config,
        &transport,
    );
    assert!(warnings.is_empty());
    assert!(library.is_empty());
    let cache = tempfile::tempdir().unwrap();
    let client = Client {
        config: &config,
        cache_dir: cache.path().to_path_buf(),
        transport: &transport,
    };
    assert_eq!(client.lookup("673 F. Supp. 2d 1063").unwrap(), None);
    assert_eq!(transport.0.get(), 0);
}

#[test]
fn enrich_fetches_only_what_the_library_lacks_into_the_user_cache() {
    let (url, seen) = serve(vec![(200, FOUND)]);
    let cache_home = tempfile::tempdir().unwrap();
    // Only this test reads XDG_CACHE_HOME (enrich with online off returns first).
    std::env::set_var("XDG_CACHE_HOME", cache_home.path());
    let mut library = Library::new(vec![plead::authorities::Entry {
        source: Some(SourceKind::Note),
        citations: vec!["556 U.S. 662".into()],
        ..Default::default()
    }]);
    let config = online(&url);
    let warnings = enrich(
        &mut library,
        &["556 U.S. 662".into(), "673 F.Supp.2d 1063".into()],
        &config,
        &HttpTransport,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        seen.lock().unwrap().len(),
        1,
        "the known citation is not looked up"
    );
    assert_eq!(library.len(), 2);
    let found = library.lookup(&["673 F. Supp. 2d 1063".into()], None);
    assert_eq!(found[0].source, Some(SourceKind::CourtListener));
    let cached = cache_home.path().join("plead/courtlistener");
    assert_eq!(std::fs::read_dir(&cached).unwrap().count(), 1);
}
