//! plead's one LSP test client: JSON-RPC with `Content-Length` framing over any byte
//! stream, so the same client drives the server in-process (over a duplex pipe) and
//! the real `plead lsp` binary (over its stdio, [`TestClient::spawn`]), for the
//! feature tests, the protocol-abuse tests and the latency benchmark alike.
//!
//! It answers the server's requests as an editor would (`workspace/configuration` with
//! the settings given to [`TestClient::set_settings`], everything else with `null`),
//! records every notification with the moment its last byte arrived (before parsing),
//! and lets tests wait for the ones they need. Every wait is bounded, so a misbehaving
//! server fails a test instead of hanging it. For abuse tests it also sends raw bytes
//! and can stop reading the server's output.

#![allow(dead_code)] // each test file uses a different part of the harness

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::{oneshot, Notify};

/// How long a test waits for an answer before failing (not a performance assertion:
/// it only turns a hang into a failure).
pub const PATIENCE: Duration = Duration::from_secs(30);

type Writer = Box<dyn AsyncWrite + Unpin + Send>;

#[derive(Default)]
struct Inbox {
    notifications: Vec<Value>,
    /// When each notification's last byte arrived, parallel to `notifications`.
    arrivals: Vec<Instant>,
    server_requests: Vec<Value>,
}

pub struct TestClient {
    writer: Arc<tokio::sync::Mutex<Writer>>,
    next_id: AtomicI64,
    pending: Arc<Mutex<HashMap<i64, oneshot::Sender<Value>>>>,
    inbox: Arc<Mutex<Inbox>>,
    arrived: Arc<Notify>,
    settings: Arc<Mutex<Value>>,
    /// While set, the client stops reading the server's output (a stuck editor).
    paused: Arc<AtomicBool>,
}

/// A request sent and not yet answered ([`TestClient::start_request`]).
pub struct PendingRequest {
    pub id: i64,
    method: String,
    reply: oneshot::Receiver<Value>,
}

impl PendingRequest {
    /// The whole response message (result or error), or why it did not come in time.
    pub async fn reply(self, patience: Duration) -> Result<Value, String> {
        match tokio::time::timeout(patience, self.reply).await {
            Ok(Ok(reply)) => Ok(reply),
            Ok(Err(_)) => Err(format!(
                "the connection closed before the answer to {}",
                self.method
            )),
            Err(_) => Err(format!(
                "no answer to {} (id {}) within {patience:?}",
                self.method, self.id
            )),
        }
    }
}

/// The real `plead lsp` process behind a [`TestClient::spawn`]ed client.
pub struct ServerProcess {
    child: tokio::process::Child,
    pub pid: u32,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl ServerProcess {
    /// Its exit status, waiting at most `patience`.
    pub async fn wait_exit(
        &mut self,
        patience: Duration,
    ) -> Result<std::process::ExitStatus, String> {
        match tokio::time::timeout(patience, self.child.wait()).await {
            Ok(status) => status.map_err(|e| e.to_string()),
            Err(_) => Err(format!("the server did not exit within {patience:?}")),
        }
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// A field of /proc/<pid>/status in kB (`VmHWM`, `VmRSS`).
    pub fn status_kb(&self, field: &str) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid)).ok()?;
        status
            .lines()
            .find(|l| l.starts_with(field) && l[field.len()..].starts_with(':'))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    }

    /// Everything the server wrote to stderr so far.
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap()).into_owned()
    }
}

impl TestClient {
    /// The server in this process, connected through an in-memory pipe.
    pub fn in_process() -> TestClient {
        let (client_side, server_side) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server_side);
        tokio::spawn(async move {
            let (service, socket) = plead::server::service();
            tower_lsp::Server::new(server_read, server_write, socket)
                .serve(service)
                .await;
        });
        let (read, write) = tokio::io::split(client_side);
        TestClient::over(read, write)
    }

    pub fn over(
        read: impl AsyncRead + Unpin + Send + 'static,
        write: impl AsyncWrite + Unpin + Send + 'static,
    ) -> Self {
        let client = TestClient {
            writer: Arc::new(tokio::sync::Mutex::new(Box::new(write))),
            next_id: AtomicI64::new(1),
            pending: Arc::default(),
            inbox: Arc::default(),
            arrived: Arc::new(Notify::new()),
            settings: Arc::new(Mutex::new(Value::Null)),
            paused: Arc::new(AtomicBool::new(false)),
        };
        let paused = client.paused.clone();
        let pending = client.pending.clone();
        let inbox = client.inbox.clone();
        let arrived = client.arrived.clone();
        let writer = client.writer.clone();
        let settings = client.settings.clone();
        tokio::spawn(async move {
            let mut reader = BufReader::with_capacity(1 << 16, read);
            loop {
                while paused.load(Ordering::SeqCst) {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                let Some((msg, at)) = read_message(&mut reader).await else {
                    break;
                };
                let id = msg.get("id").cloned();
                let method = msg
                    .get("method")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                match (id, method) {
                    (Some(id), None) => {
                        let sender = id
                            .as_i64()
                            .and_then(|id| pending.lock().unwrap().remove(&id));
                        if let Some(sender) = sender {
                            let _ = sender.send(msg);
                        }
                    }
                    (Some(id), Some(method)) => {
                        let result = match method.as_str() {
                            "workspace/configuration" => {
                                let items = msg["params"]["items"].as_array().map_or(0, Vec::len);
                                Value::Array(vec![settings.lock().unwrap().clone(); items])
                            }
                            "workspace/applyEdit" => json!({"applied": true}),
                            _ => Value::Null,
                        };
                        inbox.lock().unwrap().server_requests.push(msg);
                        let reply = json!({"jsonrpc": "2.0", "id": id, "result": result});
                        write_message(&mut *writer.lock().await, &reply).await;
                        arrived.notify_waiters();
                    }
                    (None, Some(_)) => {
                        let mut inbox = inbox.lock().unwrap();
                        inbox.notifications.push(msg);
                        inbox.arrivals.push(at);
                        drop(inbox);
                        arrived.notify_waiters();
                    }
                    (None, None) => {}
                }
            }
        });
        client
    }

    /// The value answered to `workspace/configuration` for section `plead`.
    pub fn set_settings(&self, settings: Value) {
        *self.settings.lock().unwrap() = settings;
    }

    /// Starts `plead lsp` from `binary` in `cwd` with extra environment variables,
    /// talking over its stdio; stderr is collected.
    pub fn spawn(binary: &Path, env: &[(&str, &Path)], cwd: &Path) -> (TestClient, ServerProcess) {
        let mut command = tokio::process::Command::new(binary);
        command
            .arg("lsp")
            .current_dir(cwd)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true);
        for (k, v) in env {
            command.env(k, v);
        }
        let mut child = command.spawn().expect("plead lsp starts");
        let pid = child.id().expect("a running child has a pid");
        let stdin = child.stdin.take().expect("stdin piped");
        let stdout = child.stdout.take().expect("stdout piped");
        let mut stderr_pipe = child.stderr.take().expect("stderr piped");
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = stderr.clone();
        tokio::spawn(async move {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr_pipe.read(&mut buf).await {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let client = TestClient::over(stdout, stdin);
        (client, ServerProcess { child, pid, stderr })
    }

    /// Sends raw bytes as they are (malformed framing, garbage bodies).
    pub async fn send_raw(&self, bytes: &[u8]) {
        let mut w = self.writer.lock().await;
        let _ = w.write_all(bytes).await;
        let _ = w.flush().await;
    }

    /// Stops (or resumes) reading the server's output.
    pub fn pause_reading(&self, paused: bool) {
        self.paused.store(paused, Ordering::SeqCst);
    }

    /// Sends a request without waiting for its answer.
    pub async fn start_request(&self, method: &str, params: Value) -> PendingRequest {
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        let (tx, rx) = oneshot::channel();
        self.pending.lock().unwrap().insert(id, tx);
        let mut msg = json!({"jsonrpc": "2.0", "id": id, "method": method});
        if !params.is_null() {
            msg["params"] = params;
        }
        write_message(&mut *self.writer.lock().await, &msg).await;
        PendingRequest {
            id,
            method: method.to_string(),
            reply: rx,
        }
    }

    pub async fn request(&self, method: &str, params: Value) -> Result<Value, Value> {
        self.request_as_sent(method, params, false).await
    }

    /// A request whose `params` member is sent even when null, as some clients (eglot) do.
    pub async fn request_with_null_params(&self, method: &str) -> Result<Value, Value> {
        self.request_as_sent(method, Value::Null, true).await
    }

    async fn request_as_sent(
        &self,
        method: &str,
        params: Value,
        keep_null: bool,
    ) -> Result<Value, Value> {
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        let (tx, rx) = oneshot::channel();
        self.pending.lock().unwrap().insert(id, tx);
        let mut msg = json!({"jsonrpc": "2.0", "id": id, "method": method});
        if !params.is_null() || keep_null {
            msg["params"] = params;
        }
        write_message(&mut *self.writer.lock().await, &msg).await;
        let reply = tokio::time::timeout(PATIENCE, rx)
            .await
            .unwrap_or_else(|_| panic!("no answer to {method} within {PATIENCE:?}"))
            .expect("the connection closed before the answer");
        match reply.get("error") {
            Some(e) => Err(e.clone()),
            None => Ok(reply.get("result").cloned().unwrap_or(Value::Null)),
        }
    }

    pub async fn notify(&self, method: &str, params: Value) {
        let mut msg = json!({"jsonrpc": "2.0", "method": method});
        if !params.is_null() {
            msg["params"] = params;
        }
        write_message(&mut *self.writer.lock().await, &msg).await;
    }

    /// `initialize` + `initialized` with the given capabilities and options.
    pub async fn initialize_with(
        &self,
        capabilities: Value,
        root: Option<&std::path::Path>,
        options: Value,
    ) -> Value {
        let root_uri = root.map(|r| {
            tower_lsp::lsp_types::Url::from_directory_path(r)
                .unwrap()
                .to_string()
        });
        let result = self
            .request(
                "initialize",
                json!({"processId": null, "rootUri": root_uri, "capabilities": capabilities, "initializationOptions": options}),
            )
            .await
            .expect("initialize succeeds");
        self.notify("initialized", json!({})).await;
        result
    }

    /// `initialize` as a plain UTF-16 client with `debounceMs = 0`.
    pub async fn initialize(&self) -> Value {
        self.initialize_with(json!({}), None, json!({"debounceMs": 0}))
            .await
    }

    pub async fn open(&self, uri: &str, language: &str, version: i32, text: &str) {
        let doc = json!({"uri": uri, "languageId": language, "version": version, "text": text});
        self.notify("textDocument/didOpen", json!({"textDocument": doc}))
            .await;
    }

    pub async fn change(&self, uri: &str, version: i32, changes: Value) {
        let params =
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes});
        self.notify("textDocument/didChange", params).await;
    }

    /// One incremental change replacing the UTF-16 range `from`..`to` (line, character).
    pub async fn edit(
        &self,
        uri: &str,
        version: i64,
        from: (u32, u32),
        to: (u32, u32),
        text: &str,
    ) {
        let range = json!({
            "start": {"line": from.0, "character": from.1},
            "end": {"line": to.0, "character": to.1},
        });
        let params = json!({
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": range, "text": text}],
        });
        self.notify("textDocument/didChange", params).await;
    }

    /// The server's copy of a document (custom request `plead/documentText`).
    pub async fn document_text(&self, uri: &str) -> Option<(i64, String)> {
        let v = self
            .request("plead/documentText", json!({"uri": uri}))
            .await
            .expect("documentText");
        if v.is_null() {
            return None;
        }
        Some((
            v["version"].as_i64().unwrap(),
            v["text"].as_str().unwrap().to_string(),
        ))
    }

    /// Waits for the first notification (in arrival order, from the start of the session)
    /// that satisfies `pred`, and returns it.
    pub async fn wait_for(&self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let search = async {
            loop {
                let notified = self.arrived.notified();
                if let Some(found) = self
                    .inbox
                    .lock()
                    .unwrap()
                    .notifications
                    .iter()
                    .find(|n| pred(n))
                {
                    return found.clone();
                }
                notified.await;
            }
        };
        tokio::time::timeout(PATIENCE, search)
            .await
            .unwrap_or_else(|_| panic!("no {what} within {PATIENCE:?}"))
    }

    /// Waits until `cond` holds (checked whenever a message from the server arrives).
    pub async fn wait_until(&self, what: &str, cond: impl Fn(&TestClient) -> bool) {
        let search = async {
            loop {
                let notified = self.arrived.notified();
                if cond(self) {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(PATIENCE, search)
            .await
            .unwrap_or_else(|_| panic!("no {what} within {PATIENCE:?}"))
    }

    /// The first notification satisfying `pred` and when it arrived, or None after
    /// `patience` (for tests that expect silence, and for timing).
    pub async fn wait_for_within(
        &self,
        patience: Duration,
        pred: impl Fn(&Value) -> bool,
    ) -> Option<(Value, Instant)> {
        let search = async {
            loop {
                let notified = self.arrived.notified();
                {
                    let inbox = self.inbox.lock().unwrap();
                    if let Some(i) = inbox.notifications.iter().position(&pred) {
                        return (inbox.notifications[i].clone(), inbox.arrivals[i]);
                    }
                }
                notified.await;
            }
        };
        tokio::time::timeout(patience, search).await.ok()
    }

    /// The `publishDiagnostics` of `uri` at `version` (any version when None) and when
    /// it arrived, or None after `patience`.
    pub async fn published(
        &self,
        uri: &str,
        version: Option<i64>,
        patience: Duration,
    ) -> Option<(Value, Instant)> {
        self.wait_for_within(patience, |n| {
            n["method"] == "textDocument/publishDiagnostics"
                && n["params"]["uri"] == uri
                && version.is_none_or(|v| n["params"]["version"].as_i64() == Some(v))
        })
        .await
    }

    /// Forgets the notifications received so far (a long session keeps memory bounded).
    pub fn drain(&self) {
        let mut inbox = self.inbox.lock().unwrap();
        inbox.notifications.clear();
        inbox.arrivals.clear();
    }

    /// Waits for a `publishDiagnostics` of `uri` whose diagnostics satisfy `pred`.
    pub async fn diagnostics_where(
        &self,
        uri: &str,
        what: &str,
        pred: impl Fn(&[Value]) -> bool,
    ) -> Vec<Value> {
        let n = self
            .wait_for(what, |n| {
                n["method"] == "textDocument/publishDiagnostics"
                    && n["params"]["uri"] == uri
                    && n["params"]["diagnostics"]
                        .as_array()
                        .is_some_and(|d| pred(d))
            })
            .await;
        n["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Waits for `publishDiagnostics` of `uri` at `version` and returns its diagnostics.
    pub async fn diagnostics(&self, uri: &str, version: i64) -> Vec<Value> {
        self.diagnostics_within(uri, version, PATIENCE).await
    }

    /// As [`TestClient::diagnostics`], failing after `patience` (property tests shrink
    /// failures by re-running them, so they wait less).
    pub async fn diagnostics_within(
        &self,
        uri: &str,
        version: i64,
        patience: Duration,
    ) -> Vec<Value> {
        let what = format!("diagnostics for {uri} v{version}");
        let wait = self.wait_for(&what, |n| {
            n["method"] == "textDocument/publishDiagnostics"
                && n["params"]["uri"] == uri
                && n["params"]["version"].as_i64() == Some(version)
        });
        let n = tokio::time::timeout(patience, wait)
            .await
            .unwrap_or_else(|_| panic!("no diagnostics for {uri} v{version} within {patience:?} (did an analyzer panic?)"));
        n["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Every notification received so far with this method.
    pub fn notifications(&self, method: &str) -> Vec<Value> {
        self.inbox
            .lock()
            .unwrap()
            .notifications
            .iter()
            .filter(|n| n["method"] == method)
            .cloned()
            .collect()
    }

    /// Every request the server sent to this client so far with this method.
    pub fn server_requests(&self, method: &str) -> Vec<Value> {
        self.inbox
            .lock()
            .unwrap()
            .server_requests
            .iter()
            .filter(|n| n["method"] == method)
            .cloned()
            .collect()
    }

    pub async fn shutdown_and_exit(&self) {
        self.request("shutdown", Value::Null)
            .await
            .expect("shutdown succeeds");
        self.notify("exit", Value::Null).await;
    }
}

async fn write_message(w: &mut Writer, msg: &Value) {
    let body = msg.to_string();
    let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
    // The server may already be gone (after exit): writing then is not the test's concern.
    let _ = w.write_all(frame.as_bytes()).await;
    let _ = w.flush().await;
}

/// The next message and when its last byte arrived; malformed bodies are skipped.
async fn read_message(r: &mut (impl AsyncBufReadExt + Unpin)) -> Option<(Value, Instant)> {
    loop {
        let (body, at) = read_frame(r).await?;
        if let Ok(value) = serde_json::from_slice(&body) {
            return Some((value, at));
        }
    }
}

async fn read_frame(r: &mut (impl AsyncBufReadExt + Unpin)) -> Option<(Vec<u8>, Instant)> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            length = v.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    r.read_exact(&mut body).await.ok()?;
    Some((body, Instant::now()))
}

/// Applies LSP edits (UTF-16 positions) to a plain string, the way an editor does:
/// the test's own model of the document, independent of the server's rope code.
pub fn apply_utf16_edit(text: &mut String, range: &Value, new_text: &str) {
    let start = utf16_offset(text, &range["start"]);
    let end = utf16_offset(text, &range["end"]);
    let (start, end) = (start.min(end), start.max(end));
    text.replace_range(start..end, new_text);
}

/// Byte offset of an LSP position (UTF-16 columns; lines end at `\n`, `\r\n` or `\r`),
/// clamped to the line's content and to the text.
pub fn utf16_offset(text: &str, pos: &Value) -> usize {
    let line = pos["line"].as_u64().unwrap() as usize;
    let col = pos["character"].as_u64().unwrap() as usize;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    for _ in 0..line {
        let Some(i) = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
        else {
            return text.len();
        };
        let mut next = line_start + i + 1;
        if bytes[line_start + i] == b'\r' && bytes.get(next) == Some(&b'\n') {
            next += 1;
        }
        line_start = next;
    }
    let mut units = 0;
    for (i, c) in text[line_start..].char_indices() {
        if c == '\n' || c == '\r' || units + c.len_utf16() > col {
            return line_start + i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// The LSP position (UTF-16) of a byte offset, computed independently of the server.
pub fn utf16_position(text: &str, offset: usize) -> Value {
    let before = &text[..offset];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + before.matches('\r').count()
        - before.matches("\r\n").count();
    let col: usize = before[line_start..].chars().map(char::len_utf16).sum();
    json!({"line": line, "character": col})
}

pub fn file_uri(path: &std::path::Path) -> String {
    tower_lsp::lsp_types::Url::from_file_path(path)
        .unwrap()
        .to_string()
}

/// What a fresh full analysis of `text` reports, as (range, code, message) in UTF-16
/// positions: the reference the server's published diagnostics must equal.
pub fn expected_diagnostics(text: &str, name: &str) -> Vec<(Value, String, String)> {
    let config = plead::config::Config::default();
    let mut cache = plead::analysis::ParagraphCache::default();
    let analysis = plead::engine::analyze(
        text,
        plead::document::Format::detect(name),
        &config,
        &mut cache,
    );
    analysis
        .findings
        .iter()
        .map(|f| {
            let range = json!({"start": utf16_position(text, f.span.start), "end": utf16_position(text, f.span.end)});
            (range, f.code.to_string(), f.message.to_string())
        })
        .collect()
}

/// Published diagnostics as (range, code, message), comparable with [`expected_diagnostics`].
pub fn summarize(diagnostics: &[Value]) -> Vec<(Value, String, String)> {
    diagnostics
        .iter()
        .map(|d| {
            (
                d["range"].clone(),
                d["code"].as_str().unwrap_or_default().to_string(),
                d["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

pub fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ayobi-order.txt"
    ))
    .unwrap()
}

/// Applies the edits of a `WorkspaceEdit` for `uri` (all relative to the same version,
/// so applied from the last to the first) to the client's copy, and returns them as
/// `didChange` content changes in the order they were applied.
pub fn apply_workspace_edit(text: &mut String, edit: &Value, uri: &str) -> Vec<Value> {
    let mut edits: Vec<Value> = edit["changes"][uri].as_array().cloned().unwrap_or_default();
    edits.sort_by_key(|e| std::cmp::Reverse(utf16_offset(text, &e["range"]["start"])));
    for e in &edits {
        apply_utf16_edit(text, &e["range"], e["newText"].as_str().unwrap());
    }
    edits
        .iter()
        .map(|e| json!({"range": e["range"], "text": e["newText"]}))
        .collect()
}

/// The text a range covers in `text` (UTF-16 positions).
pub fn text_at<'a>(text: &'a str, range: &Value) -> &'a str {
    &text[utf16_offset(text, &range["start"])..utf16_offset(text, &range["end"])]
}
