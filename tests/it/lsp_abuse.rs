//! Protocol abuse and privacy, over stdio against the real `plead lsp` binary: the
//! server answers every request, stays under a memory bound, never hangs, exits 0 on
//! shutdown/exit, opens no socket, writes nothing outside the workspace and never logs
//! document text. Every wait is bounded (see `lsp_support`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{json, Value};

use crate::lsp_support::{ServerProcess, TestClient};

const SEED: &str = include_str!("../fixtures/ayobi-order.txt");
const WAIT: Duration = Duration::from_secs(30);

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_plead"))
}

/// A server in `dir` with HOME and XDG_CACHE_HOME pointed inside it (never at the
/// developer's real ones), initialized without a workspace folder.
async fn start(dir: &Path, options: Value) -> (TestClient, ServerProcess) {
    let home = dir.join("home");
    let cache = dir.join("cache");
    let tmp = dir.join("tmp");
    for d in [&home, &cache, &tmp] {
        std::fs::create_dir_all(d).expect("temp dirs");
    }
    let env = [
        ("HOME", home.as_path()),
        ("XDG_CACHE_HOME", cache.as_path()),
        ("TMPDIR", tmp.as_path()),
    ];
    let (lsp, server) = TestClient::spawn(&binary(), &env, dir);
    lsp.initialize_with(capabilities(), None, options).await;
    (lsp, server)
}

/// A UTF-16 client that takes versioned diagnostics.
fn capabilities() -> Value {
    json!({
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {"publishDiagnostics": {"versionSupport": true}},
    })
}

fn pos(line: u32, character: u32) -> Value {
    json!({"line": line, "character": character})
}

fn range(a: (u32, u32), b: (u32, u32)) -> Value {
    json!({"start": pos(a.0, a.1), "end": pos(b.0, b.1)})
}

/// Sends a request and asserts its response arrives (with a result or a JSON-RPC error).
async fn answered(lsp: &TestClient, server: &ServerProcess, method: &str, params: Value) -> Value {
    let pending = lsp.start_request(method, params).await;
    let r = pending
        .reply(WAIT)
        .await
        .unwrap_or_else(|e| panic!("{e}; stderr: {}", server.stderr()));
    assert!(r.get("result").is_some() || r.get("error").is_some(), "{r}");
    r
}

async fn document_text(lsp: &TestClient, server: &ServerProcess, uri: &str) -> Value {
    answered(lsp, server, "plead/documentText", json!({"uri": uri})).await["result"].clone()
}

async fn features_at(lsp: &TestClient, server: &ServerProcess, uri: &str, p: Value) {
    for method in [
        "textDocument/hover",
        "textDocument/definition",
        "textDocument/completion",
        "textDocument/references",
    ] {
        let mut params = json!({"textDocument": {"uri": uri}, "position": p});
        if method == "textDocument/references" {
            params["context"] = json!({"includeDeclaration": true});
        }
        answered(lsp, server, method, params).await;
    }
}

fn peak_mb(server: &ServerProcess) -> f64 {
    server.status_kb("VmHWM").unwrap_or(0) as f64 / 1024.0
}

async fn exits_cleanly(lsp: TestClient, mut server: ServerProcess) {
    answered(&lsp, &server, "shutdown", Value::Null).await;
    lsp.notify("exit", Value::Null).await;
    let status = server.wait_exit(WAIT).await;
    assert!(
        status.as_ref().is_ok_and(|s| s.code() == Some(0)),
        "exit: {status:?}; stderr: {}",
        server.stderr()
    );
}

#[tokio::test]
async fn bad_ranges_unknown_documents_and_old_versions_are_survived() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (lsp, server) = start(dir.path(), json!({"debounceMs": 0})).await;
    let uri = "file:///abuse/emoji.txt";
    lsp.open(uri, "plaintext", 5, "a😀b § c\nsecond line\n")
        .await;

    // Out of range (line 999, column 10^6), inverted, inside the surrogate pair of 😀.
    let changes = [
        range((999, 0), (999, 5)),
        range((0, 1_000_000), (1, 1_000_000)),
        range((1, 4), (0, 2)),
        range((0, 2), (0, 2)),
        range((0, 2), (0, 3)),
    ];
    let mut version = 5;
    for r in changes {
        version += 1;
        lsp.change(uri, version, json!([{"range": r, "text": "Z"}]))
            .await;
    }
    // Unknown document, a version going backwards, a closed document.
    lsp.edit("file:///abuse/never-opened.txt", 2, (0, 0), (0, 0), "x")
        .await;
    lsp.edit(uri, 1, (0, 0), (0, 0), "BACKWARDS").await;
    let closed = "file:///abuse/closed.txt";
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": closed}}),
    )
    .await;
    lsp.open(closed, "plaintext", 1, "Id. at 5.").await;
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": closed}}),
    )
    .await;
    lsp.edit(closed, 2, (0, 0), (0, 0), "x").await;

    // The document is whole, valid UTF-8 and did not take the stale edit.
    let doc = document_text(&lsp, &server, uri).await;
    let text = doc["text"].as_str().expect("text of an open document");
    assert!(!text.contains("BACKWARDS"), "{text:?}");
    assert_eq!(doc["version"], version);
    assert!(text.contains("second") || text.contains('Z'), "{text:?}");
    assert!(document_text(&lsp, &server, closed).await.is_null());

    // Requests at absurd positions and on unknown documents get answers.
    for p in [
        pos(0, 2),
        pos(0, 999_999),
        pos(999_999, 0),
        pos(u32::MAX, u32::MAX),
    ] {
        features_at(&lsp, &server, uri, p).await;
    }
    features_at(&lsp, &server, "file:///abuse/never-opened.txt", pos(0, 0)).await;
    answered(
        &lsp,
        &server,
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range((5, 9), (0, 0)),
               "context": {"diagnostics": []}}),
    )
    .await;
    assert!(lsp
        .published(uri, Some(version as i64), WAIT)
        .await
        .is_some());
    exits_cleanly(lsp, server).await;
}

#[tokio::test]
async fn control_characters_lone_surrogates_and_garbage_frames() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (lsp, server) = start(dir.path(), json!({"debounceMs": 0})).await;
    // Every C0 control character, DEL, U+FFFD, a BOM, RTL marks, NUL runs: no text, so
    // the server refuses it with a logged message and publishes nothing for it.
    let binary = "file:///abuse/binary.txt";
    let controls: String = (0u8..32)
        .map(char::from)
        .chain("\u{7f}\u{fffd}\u{feff}\u{202e}\0\0\0 ECF No. 3 Id. at".chars())
        .collect();
    lsp.open(binary, "plaintext", 1, &controls.repeat(50)).await;
    lsp.wait_for("the refusal", |n| {
        n["method"] == "window/logMessage"
            && n["params"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("not a text document"))
    })
    .await;
    // The same characters strewn through prose (as pasted from a PDF): analyzed.
    let uri = "file:///abuse/garbage.txt";
    let text: String = (1u8..32)
        .map(|c| {
            format!(
                "{}{}\u{7f}\u{fffd}\u{feff}\u{202e} ECF No. 3 Id. at ",
                "See Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009). ".repeat(3),
                char::from(c)
            )
        })
        .collect();
    lsp.open(uri, "plaintext", 1, &text).await;
    assert!(lsp.published(uri, Some(1), WAIT).await.is_some());
    assert!(lsp.published(binary, None, WAIT / 10).await.is_none());

    // Lone surrogate escapes cannot become a Rust string: the message is refused,
    // the server goes on.
    let body = format!(
        r#"{{"jsonrpc":"2.0","method":"textDocument/didChange","params":{{"textDocument":{{"uri":"{uri}","version":2}},"contentChanges":[{{"text":"x\ud800y\udc00z"}}]}}}}"#
    );
    lsp.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes())
        .await;
    let body = format!(
        r#"{{"jsonrpc":"2.0","id":9000,"method":"textDocument/hover","params":{{"textDocument":{{"uri":"{uri}\udfff"}},"position":{{"line":0,"character":0}}}}}}"#
    );
    lsp.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes())
        .await;
    // Well-framed bodies that are not JSON, or JSON of the wrong shape.
    for junk in [
        &b"\xff\xfe\x00garbage\x01"[..],
        b"{\"jsonrpc\":\"2.0\",\"id\":9001,\"method\":\"textDocument/hover\",\"params\":42}",
        b"[]",
        b"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":null}}",
    ] {
        let mut bytes = format!("Content-Length: {}\r\n\r\n", junk.len()).into_bytes();
        bytes.extend_from_slice(junk);
        lsp.send_raw(&bytes).await;
    }
    // A valid edit still works afterwards.
    lsp.edit(uri, 3, (0, 0), (0, 0), "still alive ").await;
    let doc = document_text(&lsp, &server, uri).await;
    assert_eq!(doc["version"], 3, "{doc}");
    assert!(doc["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("still alive ")));
    features_at(&lsp, &server, uri, pos(0, 3)).await;
    exits_cleanly(lsp, server).await;
}

#[tokio::test]
async fn ten_megabyte_single_line_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (lsp, server) = start(dir.path(), json!({"debounceMs": 0})).await;
    let uri = "file:///abuse/huge.txt";
    let unit =
        "See Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009); Id. at 679 (ECF No. 34 at 3). teh ";
    let text = unit.repeat(10_000_000 / unit.len() + 1);
    assert!(text.len() >= 10_000_000 && !text.contains('\n'));
    lsp.open(uri, "plaintext", 1, &text).await;
    // A request right away is answered (it may wait for the analysis, within bounds).
    features_at(&lsp, &server, uri, pos(0, 9_000_000)).await;
    lsp.edit(uri, 2, (0, 5_000_000), (0, 5_000_001), "X").await;
    assert!(
        lsp.published(uri, Some(2), Duration::from_secs(60))
            .await
            .is_some(),
        "no diagnostics for the 10 MB line; stderr: {}",
        server.stderr()
    );
    // Debug build, the text held by the client, the rope, the analysis and a JSON copy.
    let peak = peak_mb(&server);
    assert!(peak < 1500.0, "peak RSS {peak:.0} MB for a 10 MB document");
    exits_cleanly(lsp, server).await;
}

#[tokio::test]
async fn a_thousand_edits_without_waiting_and_a_hundred_documents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (lsp, server) = start(dir.path(), json!({"debounceMs": 0})).await;
    let uri = "file:///abuse/seed.txt";
    lsp.open(uri, "plaintext", 1, SEED).await;
    // Type "xy" a thousand times at the start of line 3, without waiting.
    let mut expected = SEED.to_string();
    let line3 = expected
        .match_indices('\n')
        .nth(2)
        .map_or(0, |(i, _)| i + 1);
    for k in 0..1000 {
        let t = if k % 2 == 0 { "x" } else { "y" };
        lsp.edit(uri, 2 + k, (3, k as u32), (3, k as u32), t).await;
        expected.insert_str(line3 + k as usize, t);
    }
    let doc = document_text(&lsp, &server, uri).await;
    assert_eq!(doc["version"], 1001);
    assert!(doc["text"] == expected, "text after 1,000 edits differs");
    assert!(lsp.published(uri, Some(1001), WAIT).await.is_some());

    for i in 0..100 {
        lsp.open(
            &format!("file:///abuse/many-{i}.txt"),
            "plaintext",
            1,
            &format!("Copy {i}.\n{SEED}"),
        )
        .await;
    }
    for i in 0..100 {
        let u = format!("file:///abuse/many-{i}.txt");
        assert!(
            lsp.published(&u, Some(1), WAIT).await.is_some(),
            "no diagnostics for document {i}"
        );
    }
    features_at(&lsp, &server, "file:///abuse/many-99.txt", pos(20, 5)).await;
    let peak = peak_mb(&server);
    assert!(
        peak < 400.0,
        "peak RSS {peak:.0} MB with 100 seed documents"
    );
    exits_cleanly(lsp, server).await;
}

#[tokio::test]
async fn a_client_that_stops_reading_does_not_deadlock_the_server() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (lsp, server) = start(dir.path(), json!({"debounceMs": 0})).await;
    let uri = "file:///abuse/unread.txt";
    lsp.open(uri, "plaintext", 1, SEED).await;
    assert!(lsp.published(uri, Some(1), WAIT).await.is_some());
    // Stop reading; every edit publishes the seed's diagnostics (tens of kB), far more
    // than a pipe buffer holds.
    lsp.pause_reading(true);
    for v in 2..200 {
        lsp.edit(uri, v, (5, 0), (5, 0), if v % 2 == 0 { " " } else { "" })
            .await;
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let hover = lsp
        .start_request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": pos(10, 5)}),
        )
        .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    lsp.pause_reading(false);
    let r = hover
        .reply(WAIT)
        .await
        .unwrap_or_else(|e| panic!("{e}; stderr: {}", server.stderr()));
    assert!(r.get("result").is_some() || r.get("error").is_some(), "{r}");
    assert!(lsp.published(uri, Some(199), WAIT).await.is_some());
    exits_cleanly(lsp, server).await;
}

#[tokio::test]
async fn requests_after_shutdown_are_refused_and_exit_is_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (lsp, mut server) = start(dir.path(), json!({})).await;
    let uri = "file:///abuse/after.txt";
    lsp.open(uri, "plaintext", 1, SEED).await;
    answered(&lsp, &server, "shutdown", Value::Null).await;
    let r = answered(
        &lsp,
        &server,
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(1, 1)}),
    )
    .await;
    assert!(r.get("error").is_some(), "request after shutdown: {r}");
    lsp.edit(uri, 2, (0, 0), (0, 0), "late").await;
    lsp.notify("exit", Value::Null).await;
    let status = server.wait_exit(WAIT).await.expect("exits");
    assert_eq!(status.code(), Some(0));
}

/// Files below `dir`, relative, sorted.
fn files_below(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.push(p.strip_prefix(base).unwrap_or(&p).display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Inodes of the sockets among a process's open files (`/proc/<pid>/fd` links read
/// `socket:[inode]`; stdio pipes read `pipe:[…]`).
fn socket_inodes(pid: u32) -> Vec<String> {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| std::fs::read_link(e.path()).ok())
        .filter_map(|t| {
            let t = t.display().to_string();
            Some(t.strip_prefix("socket:[")?.strip_suffix(']')?.to_string())
        })
        .collect()
}

/// The process's network sockets: its socket inodes that appear in the kernel's
/// TCP/UDP/raw tables (`/proc/<pid>/net/{tcp,tcp6,udp,udp6,raw,raw6}`, inode column).
/// Unix socket pairs (the async runtime's internal wakeups) are not network sockets.
fn network_sockets(pid: u32) -> Vec<String> {
    let mine = socket_inodes(pid);
    let mut found = Vec::new();
    for table in ["tcp", "tcp6", "udp", "udp6", "raw", "raw6"] {
        let text = std::fs::read_to_string(format!("/proc/{pid}/net/{table}")).unwrap_or_default();
        for line in text.lines().skip(1) {
            if let Some(inode) = line.split_whitespace().nth(9) {
                if mine.iter().any(|m| m == inode) {
                    found.push(format!("{table}: {line}"));
                }
            }
        }
    }
    found
}

/// With default settings: no socket is ever open, nothing is written outside the
/// workspace (HOME, XDG_CACHE_HOME and TMPDIR point at empty temp dirs), and the
/// document's text never reaches a log message, a trace or stderr.
///
/// Sockets are checked after each phase of a full session: every `socket:[inode]` among
/// the `/proc/<pid>/fd` symlinks is looked up in `/proc/<pid>/net/{tcp,udp,raw}{,6}`.
#[tokio::test]
async fn privacy_no_sockets_no_stray_writes_no_document_text_in_logs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let workspace = dir.path().join("workspace");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docket");
    std::fs::create_dir_all(&workspace).expect("workspace");
    for e in std::fs::read_dir(&fixtures).expect("fixtures").flatten() {
        if e.path().is_file() {
            std::fs::copy(e.path(), workspace.join(e.file_name())).expect("copy");
        }
    }
    let marker = "Zyxqwv Privileged Strategy Memo 8c1f";
    let text = SEED.replacen("ORDER", &format!("ORDER {marker}"), 1);
    std::fs::write(workspace.join("order.txt"), &text).expect("write");
    let before_workspace = files_below(&workspace);

    let home = dir.path().join("home");
    let cache = dir.path().join("cache");
    let tmp = dir.path().join("tmp");
    for d in [&home, &cache, &tmp] {
        std::fs::create_dir_all(d).expect("dirs");
    }
    let env = [
        ("HOME", home.as_path()),
        ("XDG_CACHE_HOME", cache.as_path()),
        ("TMPDIR", tmp.as_path()),
    ];
    let (lsp, server) = TestClient::spawn(&binary(), &env, &workspace);
    // Ask for traces too: `$/logTrace` must not carry the text either.
    lsp.initialize_with(capabilities(), Some(&workspace), json!({}))
        .await;
    lsp.notify("$/setTrace", json!({"value": "verbose"})).await;
    let mut sockets = network_sockets(server.pid);
    let uri = format!("file://{}/order.txt", workspace.display());
    lsp.open(&uri, "plaintext", 1, &text).await;
    assert!(lsp.published(&uri, Some(1), WAIT).await.is_some());
    lsp.edit(&uri, 2, (3, 0), (3, 0), "Teh ").await;
    assert!(lsp.published(&uri, Some(2), WAIT).await.is_some());
    for line in [0, 10, 40, 80] {
        features_at(&lsp, &server, &uri, pos(line, 12)).await;
    }
    answered(
        &lsp,
        &server,
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range((0, 0), (90, 0)),
               "context": {"diagnostics": []}}),
    )
    .await;
    answered(
        &lsp,
        &server,
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    )
    .await;
    sockets.extend(network_sockets(server.pid));
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    )
    .await;
    sockets.extend(network_sockets(server.pid));
    let logs: Vec<String> = ["window/logMessage", "$/logTrace", "window/showMessage"]
        .iter()
        .flat_map(|m| lsp.notifications(m))
        .map(|n| n["params"].to_string())
        .collect();
    let stderr = server.stderr();
    exits_cleanly(lsp, server).await;

    assert!(sockets.is_empty(), "network sockets open: {sockets:?}");
    for log in &logs {
        assert!(!log.contains("Zyxqwv"), "document text logged: {log}");
    }
    assert!(
        !stderr.contains("Zyxqwv"),
        "document text on stderr: {stderr}"
    );
    for (name, d) in [
        ("HOME", &home),
        ("TMPDIR", &tmp),
        ("XDG_CACHE_HOME", &cache),
    ] {
        let written = files_below(d);
        assert!(written.is_empty(), "{name} written to: {written:?}");
    }
    assert_eq!(
        files_below(&workspace),
        before_workspace,
        "workspace changed"
    );
}
