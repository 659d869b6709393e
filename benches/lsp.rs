//! End-to-end latency and memory of `plead lsp` over stdio, as an editor sees it:
//! keystroke → publishDiagnostics (debounceMs 0), hover / definition / completion on
//! the ~1 MB brief, peak RSS with 1 and 20 briefs open, RSS over 10,000 edits.
//!
//! `cargo bench --bench lsp` (release). Prints a Markdown table; `benches/report.sh`
//! collects it. Environment: `PLEAD_BIN` (server binary, default: this build's),
//! `PLEAD_BENCH_KEYSTROKES` (500), `PLEAD_BENCH_EDITS` (10000), `PLEAD_BENCH_REQUESTS` (200).

#[path = "support/brief.rs"]
mod brief;
#[path = "../tests/it/lsp_support/mod.rs"]
mod lsp_support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use lsp_support::{ServerProcess, TestClient};
use serde_json::json;

const TIMEOUT: Duration = Duration::from_secs(60);

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted_ms: &[f64], p: f64) -> f64 {
    if sorted_ms.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted_ms.len() as f64 - 1.0) * p).round() as usize;
    sorted_ms[i]
}

struct Row {
    metric: String,
    value: String,
    target: &'static str,
}

fn row(rows: &mut Vec<Row>, metric: impl Into<String>, value: String, target: &'static str) {
    let r = Row {
        metric: metric.into(),
        value,
        target,
    };
    eprintln!("{}: {} (target {})", r.metric, r.value, r.target);
    rows.push(r);
}

fn latency_row(rows: &mut Vec<Row>, name: &str, mut ms: Vec<f64>, target: &'static str) {
    ms.sort_by(f64::total_cmp);
    row(
        rows,
        format!("{name} (n={})", ms.len()),
        format!(
            "p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
            percentile(&ms, 0.5),
            percentile(&ms, 0.95),
            percentile(&ms, 1.0)
        ),
        target,
    );
}

/// (line, UTF-16 column) of a byte offset.
fn position(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col: usize = before[line_start..].chars().map(char::len_utf16).sum();
    (line as u32, col as u32)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A workspace with the docket fixtures and the brief, in a temp dir.
fn workspace(brief: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docket");
    for entry in std::fs::read_dir(&fixtures)
        .expect("docket fixtures")
        .flatten()
    {
        let path = entry.path();
        if path.is_file() && path.file_name().is_some_and(|n| n != "plead.toml") {
            let _ = std::fs::copy(&path, dir.path().join(entry.file_name()));
        }
    }
    std::fs::write(dir.path().join("brief.txt"), brief).expect("write brief");
    dir
}

async fn start(binary: &Path, root: &Path) -> (TestClient, ServerProcess) {
    let (lsp, server) = TestClient::spawn(binary, &[], root);
    lsp.set_settings(json!({"debounceMs": 0}));
    let capabilities = json!({
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {"publishDiagnostics": {"versionSupport": true}},
    });
    lsp.initialize_with(capabilities, Some(root), json!({"debounceMs": 0}))
        .await;
    (lsp, server)
}

/// Shuts the server down and checks it exits cleanly.
async fn stop(lsp: TestClient, mut server: ServerProcess) {
    let _ = lsp.request("shutdown", serde_json::Value::Null).await;
    lsp.notify("exit", serde_json::Value::Null).await;
    let status = server.wait_exit(TIMEOUT).await;
    assert!(
        status.as_ref().is_ok_and(|s| s.success()),
        "exit: {status:?}"
    );
}

/// Offsets just after each match of `needle`, up to `n`, spread through the text.
fn offsets_after(text: &str, needle: &str, n: usize) -> Vec<usize> {
    let all: Vec<usize> = text
        .match_indices(needle)
        .map(|(i, m)| i + m.len())
        .collect();
    if all.is_empty() {
        return Vec::new();
    }
    (0..n).map(|k| all[k * all.len() / n]).collect()
}

async fn keystrokes_and_features(binary: &Path, brief: &str, rows: &mut Vec<Row>) {
    let root = workspace(brief);
    let uri = format!("file://{}/brief.txt", root.path().display());
    let (lsp, server) = start(binary, root.path()).await;
    // Let workspace indexing (docket) finish so it does not overlap the measurements.
    tokio::time::sleep(Duration::from_millis(500)).await;

    let sent = Instant::now();
    lsp.open(&uri, "plaintext", 1, brief).await;
    let (first, first_at) = lsp
        .published(&uri, Some(1), TIMEOUT)
        .await
        .expect("diagnostics on open");
    let count = first["params"]["diagnostics"]
        .as_array()
        .map_or(0, Vec::len);
    row(
        rows,
        "didOpen 1 MB brief → diagnostics (cold, incl. transfer)",
        format!(
            "{:.1} ms ({count} diagnostics)",
            first_at.duration_since(sent).as_secs_f64() * 1e3
        ),
        "≤ 100 ms analysis",
    );
    row(
        rows,
        "peak RSS, 1 MB brief open",
        format!(
            "{:.1} MB",
            server.status_kb("VmHWM").unwrap_or(0) as f64 / 1024.0
        ),
        "≤ 60 MB",
    );

    // Keystrokes: one character typed at a spread of places, each waited for.
    let n = env_usize("PLEAD_BENCH_KEYSTROKES", 500);
    let mut text = brief.to_string();
    let mut version = 1;
    let mut ms = Vec::with_capacity(n);
    for k in 0..n {
        let at = floor_boundary(&text, (k * 7919 % n) * text.len() / n + 17);
        let (line, col) = position(&text, at);
        text.insert(at, 'x');
        version += 1;
        let sent = Instant::now();
        lsp.edit(&uri, version, (line, col), (line, col), "x").await;
        let (_, got_at) = lsp
            .published(&uri, Some(version), TIMEOUT)
            .await
            .expect("diagnostics after keystroke");
        ms.push(got_at.duration_since(sent).as_secs_f64() * 1e3);
        lsp.drain();
    }
    latency_row(
        rows,
        "keystroke → publishDiagnostics, 1 MB brief",
        ms,
        "p95 ≤ 10 ms",
    );

    // Editor features at real citations.
    let n = env_usize("PLEAD_BENCH_REQUESTS", 200);
    let doc = json!({"uri": uri});
    let requests: [(&str, &str, Vec<usize>); 3] = [
        (
            "textDocument/hover",
            "hover",
            [
                offsets_after(&text, "ECF No. ", n / 2),
                offsets_after(&text, "Id. at", n / 2),
            ]
            .concat(),
        ),
        (
            "textDocument/definition",
            "definition",
            [
                offsets_after(&text, "(ECF No. ", n / 2),
                offsets_after(&text, ", 556 U.S. at", n / 2),
            ]
            .concat(),
        ),
        (
            "textDocument/completion",
            "completion",
            offsets_after(&text, "ECF No. ", n),
        ),
    ];
    for (method, name, offsets) in requests {
        let mut ms = Vec::with_capacity(offsets.len());
        let mut answered = 0;
        for at in offsets {
            let (line, col) = position(&text, at.saturating_sub(1));
            let sent = Instant::now();
            let response = lsp
                .start_request(
                    method,
                    json!({"textDocument": doc, "position": {"line": line, "character": col}}),
                )
                .await
                .reply(TIMEOUT)
                .await
                .expect("response");
            ms.push(sent.elapsed().as_secs_f64() * 1e3);
            answered += usize::from(!response["result"].is_null());
        }
        latency_row(
            rows,
            &format!("{name} on 1 MB brief ({answered} non-empty)"),
            ms,
            "p95 ≤ 5 ms",
        );
    }

    // Memory over many edits: type and delete a character at spread places, a burst of
    // 50 at a time, waiting for the diagnostics of the last one of each burst.
    let edits = env_usize("PLEAD_BENCH_EDITS", 10_000);
    let mut rss_after_1000 = None;
    let mut rss_series = Vec::new();
    let started = Instant::now();
    for k in 0..edits {
        let at = floor_boundary(&text, (k / 2 * 104_729) % text.len());
        let (line, col) = position(&text, at);
        version += 1;
        if k % 2 == 0 {
            text.insert(at, 'x');
            lsp.edit(&uri, version, (line, col), (line, col), "x").await;
        } else {
            // Delete what the previous edit typed (it sits at the previous offset).
            let prev = floor_boundary(&text, ((k - 1) / 2 * 104_729) % (text.len() - 1));
            let (pl, pc) = position(&text, prev);
            text.remove(prev);
            lsp.edit(&uri, version, (pl, pc), (pl, pc + 1), "").await;
        }
        if k % 50 == 49 || k + 1 == edits {
            lsp.published(&uri, Some(version), TIMEOUT)
                .await
                .expect("diagnostics after burst");
            lsp.drain();
        }
        if k + 1 == 1000 {
            rss_after_1000 = server.status_kb("VmRSS");
        }
        if (k + 1) % 1000 == 0 {
            rss_series.push(server.status_kb("VmRSS").unwrap_or(0) / 1024);
        }
    }
    eprintln!("RSS every 1,000 edits (MB): {rss_series:?}");
    let rss_end = server.status_kb("VmRSS");
    if let (Some(a), Some(b)) = (rss_after_1000, rss_end) {
        row(
            rows,
            format!(
                "RSS after 1,000 → {edits} edits ({:.0} s)",
                started.elapsed().as_secs_f64()
            ),
            format!(
                "{:.1} MB → {:.1} MB ({:+.1} MB); peak {:.1} MB",
                a as f64 / 1024.0,
                b as f64 / 1024.0,
                (b as f64 - a as f64) / 1024.0,
                server.status_kb("VmHWM").unwrap_or(0) as f64 / 1024.0
            ),
            "no growth",
        );
    }
    stop(lsp, server).await;
}

async fn twenty_documents(binary: &Path, brief: &str, rows: &mut Vec<Row>) {
    let root = workspace(brief);
    let (lsp, server) = start(binary, root.path()).await;
    let uris: Vec<String> = (0..20)
        .map(|i| format!("file://{}/brief-{i}.txt", root.path().display()))
        .collect();
    let sent = Instant::now();
    for (i, uri) in uris.iter().enumerate() {
        // Distinct documents: each starts with its own line.
        lsp.open(uri, "plaintext", 1, &format!("Draft {i}.\n\n{brief}"))
            .await;
    }
    for uri in &uris {
        lsp.published(uri, Some(1), TIMEOUT)
            .await
            .expect("diagnostics for each document");
    }
    row(
        rows,
        format!(
            "peak RSS, 20 × 1 MB briefs open (all analyzed in {:.1} s)",
            sent.elapsed().as_secs_f64()
        ),
        format!(
            "{:.1} MB",
            server.status_kb("VmHWM").unwrap_or(0) as f64 / 1024.0
        ),
        "≤ 400 MB",
    );
    stop(lsp, server).await;
}

fn main() {
    let binary = std::env::var_os("PLEAD_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_plead")));
    let opinions = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let brief = brief::generate_brief(&opinions, 1_000_000).expect("brief");
    let mut rows = Vec::new();
    // The client reads the server's output on its own worker while the bench waits.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        keystrokes_and_features(&binary, &brief, &mut rows).await;
        twenty_documents(&binary, &brief, &mut rows).await;
    });
    println!(
        "| LSP over stdio ({}) | measured | target |",
        binary.display()
    );
    println!("|---|---|---|");
    for r in rows {
        println!("| {} | {} | {} |", r.metric, r.value, r.target);
    }
}
