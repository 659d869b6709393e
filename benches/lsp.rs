//! End-to-end latency and memory of `plead lsp` over stdio, as an editor sees it:
//! keystroke → publishDiagnostics (debounceMs 0), hover / definition / completion on
//! the ~1 MB brief, peak RSS with 1 and 20 briefs open, RSS over 10,000 edits.
//!
//! `cargo bench --bench lsp` (release). Prints a Markdown table; `benches/report.sh`
//! collects it. Environment: `PLEAD_BIN` (server binary, default: this build's),
//! `PLEAD_BENCH_KEYSTROKES` (500), `PLEAD_BENCH_EDITS` (10000), `PLEAD_BENCH_REQUESTS` (200).

#[path = "support/brief.rs"]
mod brief;
#[path = "../tests/it/stdio_lsp.rs"]
mod stdio_lsp;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::json;
use stdio_lsp::{position, StdioLsp};

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

fn start(binary: &Path, root: &Path) -> StdioLsp {
    let mut lsp = StdioLsp::spawn(binary, &[], root, json!({"debounceMs": 0}));
    lsp.initialize(Some(root), json!({"debounceMs": 0}))
        .expect("initialize");
    lsp
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

fn keystrokes_and_features(binary: &Path, brief: &str, rows: &mut Vec<Row>) {
    let root = workspace(brief);
    let uri = format!("file://{}/brief.txt", root.path().display());
    let mut lsp = start(binary, root.path());
    // Let workspace indexing (docket) finish so it does not overlap the measurements.
    std::thread::sleep(Duration::from_millis(500));

    let sent = Instant::now();
    lsp.open(&uri, "plaintext", 1, brief);
    let first = lsp
        .diagnostics(&uri, Some(1), TIMEOUT)
        .expect("diagnostics on open");
    let count = first.value["params"]["diagnostics"]
        .as_array()
        .map_or(0, Vec::len);
    row(
        rows,
        "didOpen 1 MB brief → diagnostics (cold, incl. transfer)",
        format!(
            "{:.1} ms ({count} diagnostics)",
            first.at.duration_since(sent).as_secs_f64() * 1e3
        ),
        "≤ 100 ms analysis",
    );
    row(
        rows,
        "peak RSS, 1 MB brief open",
        format!(
            "{:.1} MB",
            lsp.status_kb("VmHWM").unwrap_or(0) as f64 / 1024.0
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
        lsp.change(&uri, version, [(line, col), (line, col)], "x");
        let got = lsp
            .diagnostics(&uri, Some(version), TIMEOUT)
            .expect("diagnostics after keystroke");
        ms.push(got.at.duration_since(sent).as_secs_f64() * 1e3);
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
                .request(
                    method,
                    json!({"textDocument": doc, "position": {"line": line, "character": col}}),
                    TIMEOUT,
                )
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
            lsp.change(&uri, version, [(line, col), (line, col)], "x");
        } else {
            // Delete what the previous edit typed (it sits at the previous offset).
            let prev = floor_boundary(&text, ((k - 1) / 2 * 104_729) % (text.len() - 1));
            let (pl, pc) = position(&text, prev);
            text.remove(prev);
            lsp.change(&uri, version, [(pl, pc), (pl, pc + 1)], "");
        }
        if k % 50 == 49 || k + 1 == edits {
            lsp.diagnostics(&uri, Some(version), TIMEOUT)
                .expect("diagnostics after burst");
            lsp.drain();
        }
        if k + 1 == 1000 {
            rss_after_1000 = lsp.status_kb("VmRSS");
        }
        if (k + 1) % 1000 == 0 {
            rss_series.push(lsp.status_kb("VmRSS").unwrap_or(0) / 1024);
        }
    }
    eprintln!("RSS every 1,000 edits (MB): {rss_series:?}");
    let rss_end = lsp.status_kb("VmRSS");
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
                lsp.status_kb("VmHWM").unwrap_or(0) as f64 / 1024.0
            ),
            "no growth",
        );
    }
    let status = lsp.shutdown(TIMEOUT);
    assert!(
        status.as_ref().is_ok_and(|s| s.success()),
        "exit: {status:?}"
    );
}

fn twenty_documents(binary: &Path, brief: &str, rows: &mut Vec<Row>) {
    let root = workspace(brief);
    let mut lsp = start(binary, root.path());
    let uris: Vec<String> = (0..20)
        .map(|i| format!("file://{}/brief-{i}.txt", root.path().display()))
        .collect();
    let sent = Instant::now();
    for (i, uri) in uris.iter().enumerate() {
        // Distinct documents: each starts with its own line.
        lsp.open(uri, "plaintext", 1, &format!("Draft {i}.\n\n{brief}"));
    }
    for uri in &uris {
        lsp.diagnostics(uri, Some(1), TIMEOUT)
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
            lsp.status_kb("VmHWM").unwrap_or(0) as f64 / 1024.0
        ),
        "≤ 400 MB",
    );
    let _ = lsp.shutdown(TIMEOUT);
}

fn main() {
    let binary = std::env::var_os("PLEAD_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_plead")));
    let opinions = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let brief = brief::generate_brief(&opinions, 1_000_000).expect("brief");
    let mut rows = Vec::new();
    keystrokes_and_features(&binary, &brief, &mut rows);
    twenty_documents(&binary, &brief, &mut rows);
    println!(
        "| LSP over stdio ({}) | measured | target |",
        binary.display()
    );
    println!("|---|---|---|");
    for r in rows {
        println!("| {} | {} | {} |", r.metric, r.value, r.target);
    }
}
