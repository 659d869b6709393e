//! The opt-in CourtListener source through the server: with `authorities.online` on,
//! opening a document looks up what it cites (on a loopback server here) and hover
//! shows the holding from the answer. With the default settings nothing is sent
//! (see `tests/it/offline.rs`).

use crate::lsp_support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use lsp_support::{file_uri, seed, TestClient};
use serde_json::json;

const FOUND: &str = include_str!("../fixtures/courtlistener/found.json");
const NOT_FOUND: &str = include_str!("../fixtures/courtlistener/not-found.json");

/// Answers each request: FOUND for American LegalNet, NOT_FOUND otherwise; records bodies.
fn serve() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for _ in 0..20 {
            let Ok((stream, _)) = listener.accept() else {
                return;
            };
            let mut reader = BufReader::new(stream);
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let mut length = 0;
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    if k.eq_ignore_ascii_case("content-length") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let body = String::from_utf8_lossy(&body).into_owned();
            let answer = if body.contains("673") {
                FOUND
            } else {
                NOT_FOUND
            };
            log.lock().unwrap().push(body);
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
            let _ = reader.into_inner().write_all(reply.as_bytes());
        }
    });
    (url, seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn online_lookup_feeds_hover_when_switched_on() {
    let cache = tempfile::tempdir().unwrap();
    // This test binary is its own process: the cache goes to a temp folder.
    std::env::set_var("XDG_CACHE_HOME", cache.path());
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("order.txt");
    let text = seed();
    std::fs::write(&path, &text).unwrap();
    let (url, seen) = serve();

    let client = TestClient::in_process();
    let settings = json!({"debounceMs": 0, "authorities": {"online": true, "courtlistenerToken": "t", "courtlistenerUrl": url}});
    client
        .initialize_with(
            json!({"window": {"workDoneProgress": true}}),
            Some(root.path()),
            settings,
        )
        .await;
    let uri = file_uri(&path);
    client.open(&uri, "plaintext", 1, &text).await;
    client.diagnostics(&uri, 1).await;

    // The lookup happens in the background after the analysis.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let bodies = seen.lock().unwrap().clone();
        let hover = client
            .request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri}, "position": {"line": 25, "character": 56}}),
            )
            .await
            .unwrap();
        let markdown = hover["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .to_string();
        if bodies.iter().any(|b| b.contains("673+F.+Supp.+2d+1063"))
            && markdown.contains("preservation is necessary")
        {
            assert!(markdown.contains("CourtListener"), "{markdown}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no lookup reached hover: {bodies:?}\n{markdown}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    client.shutdown_and_exit().await;
}
