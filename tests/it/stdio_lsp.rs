//! A minimal LSP client over stdio for driving the real `plead lsp` binary, shared by
//! the protocol-abuse tests and the latency benchmark (`#[path]`-included).
//!
//! Writes go through a writer thread and reads through a reader thread, so every wait
//! has a deadline and a misbehaving server fails a test instead of hanging it. The
//! reader answers the server's own requests (`workspace/configuration` with the given
//! settings, anything else with `null`) and timestamps each message when its last byte
//! arrives, before parsing it.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub struct Message {
    pub at: Instant,
    pub value: Value,
}

pub struct StdioLsp {
    child: Child,
    writer: Option<Sender<Vec<u8>>>,
    incoming: Receiver<Message>,
    /// Messages received but not yet taken by a wait.
    stash: VecDeque<Message>,
    /// Every notification the server sent except diagnostics (for log inspection;
    /// diagnostics are taken by waits, and copying each large one would load the client).
    pub notifications: Vec<Value>,
    next_id: i64,
    /// While true the reader thread stops reading stdout (a client that never reads).
    paused: Arc<AtomicBool>,
    stderr: Arc<Mutex<Vec<u8>>>,
    pub pid: u32,
}

/// Frames a JSON-RPC message.
pub fn frame(value: &Value) -> Vec<u8> {
    let body = value.to_string();
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body.as_bytes());
    out
}

fn read_message(reader: &mut BufReader<ChildStdout>) -> Option<Vec<u8>> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
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
    reader.read_exact(&mut body).ok()?;
    Some(body)
}

impl StdioLsp {
    /// Starts `binary lsp` with extra environment variables and working directory;
    /// `settings` answers `workspace/configuration`.
    pub fn spawn(binary: &Path, env: &[(&str, &Path)], cwd: &Path, settings: Value) -> StdioLsp {
        let mut command = Command::new(binary);
        command
            .arg("lsp")
            .current_dir(cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            command.env(k, v);
        }
        let mut child = command.spawn().expect("plead lsp starts");
        let pid = child.id();
        let mut stdin = child.stdin.take().expect("stdin piped");
        let stdout = child.stdout.take().expect("stdout piped");
        let mut stderr_pipe = child.stderr.take().expect("stderr piped");

        let (write_tx, write_rx) = channel::<Vec<u8>>();
        thread::spawn(move || {
            for bytes in write_rx {
                if stdin.write_all(&bytes).and_then(|_| stdin.flush()).is_err() {
                    break;
                }
            }
        });

        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = stderr.clone();
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr_pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });

        let (read_tx, read_rx) = channel::<Message>();
        let paused = Arc::new(AtomicBool::new(false));
        let gate = paused.clone();
        let replies = write_tx.clone();
        thread::spawn(move || {
            let mut reader = BufReader::with_capacity(1 << 16, stdout);
            loop {
                while gate.load(Ordering::SeqCst) {
                    thread::sleep(Duration::from_millis(5));
                }
                let Some(body) = read_message(&mut reader) else {
                    break;
                };
                let at = Instant::now();
                let Ok(value) = serde_json::from_slice::<Value>(&body) else {
                    continue;
                };
                if let (Some(id), Some(method)) = (value.get("id"), value.get("method")) {
                    let result = if method == "workspace/configuration" {
                        let n = value["params"]["items"].as_array().map_or(1, |a| a.len());
                        Value::Array(vec![settings.clone(); n])
                    } else {
                        Value::Null
                    };
                    let reply = json!({"jsonrpc": "2.0", "id": id, "result": result});
                    let _ = replies.send(frame(&reply));
                }
                if read_tx.send(Message { at, value }).is_err() {
                    break;
                }
            }
        });

        StdioLsp {
            child,
            writer: Some(write_tx),
            incoming: read_rx,
            stash: VecDeque::new(),
            notifications: Vec::new(),
            next_id: 1,
            paused,
            stderr,
            pid,
        }
    }

    pub fn send(&mut self, value: &Value) {
        if let Some(w) = &self.writer {
            let _ = w.send(frame(value));
        }
    }

    /// Sends raw bytes (malformed framing, garbage).
    pub fn send_raw(&mut self, bytes: Vec<u8>) {
        if let Some(w) = &self.writer {
            let _ = w.send(bytes);
        }
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its id without waiting.
    pub fn request_async(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Sends a request and waits for its response (the whole message: result or error).
    pub fn request(
        &mut self,
        method: &str,
        params: Value,
        timeout: Duration,
    ) -> Result<Value, String> {
        let id = self.request_async(method, params);
        self.response(id, timeout)
    }

    pub fn response(&mut self, id: i64, timeout: Duration) -> Result<Value, String> {
        self.wait_for(
            |m| m.get("id") == Some(&json!(id)) && m.get("method").is_none(),
            timeout,
        )
        .map(|m| m.value)
        .ok_or_else(|| format!("no response to request {id} within {timeout:?}"))
    }

    /// The first message (stashed or new) matching `pred`, waiting up to `timeout`.
    pub fn wait_for(
        &mut self,
        pred: impl Fn(&Value) -> bool,
        timeout: Duration,
    ) -> Option<Message> {
        if let Some(i) = self.stash.iter().position(|m| pred(&m.value)) {
            return self.stash.remove(i);
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(m) => {
                    self.record_notification(&m.value);
                    if pred(&m.value) {
                        return Some(m);
                    }
                    self.stash.push_back(m);
                    // Keep memory bounded when nobody asks for the rest.
                    if self.stash.len() > 10_000 {
                        self.stash.pop_front();
                    }
                }
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {
                    return None
                }
            }
        }
    }

    fn record_notification(&mut self, value: &Value) {
        if value.get("id").is_none() && value["method"] != "textDocument/publishDiagnostics" {
            self.notifications.push(value.clone());
        }
    }

    /// Drains what has arrived so far (into `notifications`) without waiting.
    pub fn drain(&mut self) {
        while let Ok(m) = self.incoming.try_recv() {
            self.record_notification(&m.value);
        }
        self.stash.clear();
    }

    /// The `publishDiagnostics` for `uri` at `version` (or any version when None).
    pub fn diagnostics(
        &mut self,
        uri: &str,
        version: Option<i64>,
        timeout: Duration,
    ) -> Option<Message> {
        self.wait_for(
            |m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri
                    && version.is_none_or(|v| m["params"]["version"] == v)
            },
            timeout,
        )
    }

    /// initialize (with `options` as initializationOptions) + initialized.
    pub fn initialize(&mut self, root: Option<&Path>, options: Value) -> Result<Value, String> {
        let root_uri = root.map(|r| format!("file://{}", r.display()));
        let folders = root_uri
            .as_ref()
            .map(|u| json!([{"uri": u, "name": "workspace"}]))
            .unwrap_or(Value::Null);
        let result = self.request(
            "initialize",
            json!({
                "processId": std::process::id(),
                "rootUri": root_uri,
                "workspaceFolders": folders,
                "capabilities": {
                    "general": {"positionEncodings": ["utf-16"]},
                    "textDocument": {"publishDiagnostics": {"versionSupport": true}},
                },
                "initializationOptions": options,
            }),
            Duration::from_secs(20),
        )?;
        self.notify("initialized", json!({}));
        Ok(result)
    }

    pub fn open(&mut self, uri: &str, language: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}),
        );
    }

    /// One incremental change replacing a UTF-16 range.
    pub fn change(&mut self, uri: &str, version: i64, range: [(u32, u32); 2], text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{
                    "range": {
                        "start": {"line": range[0].0, "character": range[0].1},
                        "end": {"line": range[1].0, "character": range[1].1},
                    },
                    "text": text,
                }],
            }),
        );
    }

    /// Stops (or resumes) reading the server's stdout.
    pub fn pause_reading(&self, paused: bool) {
        self.paused.store(paused, Ordering::SeqCst);
    }

    /// shutdown + exit; the exit status, waiting at most `timeout`.
    pub fn shutdown(&mut self, timeout: Duration) -> Result<ExitStatus, String> {
        self.request("shutdown", Value::Null, timeout)?;
        self.notify("exit", Value::Null);
        self.wait_exit(timeout)
    }

    pub fn wait_exit(&mut self, timeout: Duration) -> Result<ExitStatus, String> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().map_err(|e| e.to_string())? {
                return Ok(status);
            }
            if Instant::now() > deadline {
                return Err(format!("server did not exit within {timeout:?}"));
            }
            thread::sleep(Duration::from_millis(10));
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

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap()).into_owned()
    }
}

impl Drop for StdioLsp {
    fn drop(&mut self) {
        self.writer = None;
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// (line, UTF-16 column) of a byte offset.
pub fn position(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col: usize = before[line_start..].chars().map(char::len_utf16).sum();
    (line as u32, col as u32)
}
