//! `plead check` over a folder of many filings: parallel output is the sequential
//! output byte for byte, streams as one valid SARIF document, keeps stderr free of
//! progress-bar bytes when piped, and keeps its exit codes.

use crate::cli_support::plead;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const SEED: &str = include_str!("../fixtures/ayobi-order.txt");
/// A decision from the future: an error-severity finding.
const FUTURE: &str = "Smith v. Jones, 123 F.4th 456, 460 (9th Cir. 2099).\n";

/// The first `bytes` of `text`, cut at a char boundary.
fn prefix(text: &str, bytes: usize) -> &str {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A folder of 72 filings of uneven size (so later files often finish first): slices
/// of the public-domain opinions, the seed order, Markdown, some with an error finding.
fn filings() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let opinions_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let mut opinions: Vec<_> = std::fs::read_dir(&opinions_dir)
        .expect("opinions")
        .map(|e| e.expect("entry").path())
        .collect();
    opinions.sort();
    for i in 0..72 {
        let opinion = std::fs::read_to_string(&opinions[i % opinions.len()]).expect("opinion");
        let mut text = if i % 9 == 0 {
            SEED.to_string()
        } else {
            prefix(&opinion, 1_000 + (i * 2_711) % 12_000).to_string()
        };
        if i % 10 == 3 {
            text.push_str("\n\n");
            text.push_str(FUTURE);
        }
        let ext = if i % 6 == 5 { "md" } else { "txt" };
        std::fs::write(dir.path().join(format!("filing-{i:03}.{ext}")), text).expect("write");
    }
    dir
}

fn stdout_of(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn parallel_output_is_the_one_job_output_byte_for_byte() {
    let dir = filings();
    for format in ["human", "json", "sarif"] {
        let one = plead(&["check", "--format", format, "-j1", "."], dir.path());
        assert_eq!(
            one.status.code(),
            Some(1),
            "{format}: the folder has errors"
        );
        assert!(one.stdout.len() > 10_000, "{format}: {}", stdout_of(&one));
        for jobs in [&["-j", "4"][..], &["--jobs", "3"], &[]] {
            let mut args = vec!["check", "--format", format];
            args.extend_from_slice(jobs);
            args.push(".");
            let many = plead(&args, dir.path());
            assert_eq!(many.status.code(), one.status.code(), "{format} {jobs:?}");
            assert!(
                many.stdout == one.stdout,
                "{format} {jobs:?}: parallel output differs from -j1"
            );
            assert_eq!(many.stderr, one.stderr, "{format} {jobs:?}");
        }
    }
}

#[test]
fn json_lines_come_in_input_order_one_per_file() {
    let dir = filings();
    let out = plead(&["check", "--format", "json", "-j", "4", "."], dir.path());
    let paths: Vec<String> = stdout_of(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("each line is JSON");
            v["path"].as_str().expect("path").to_string()
        })
        .collect();
    assert_eq!(paths.len(), 72);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(paths[0].ends_with("filing-000.txt"), "{}", paths[0]);
}

#[test]
fn sarif_of_many_files_is_one_document_with_every_result() {
    let dir = filings();
    let json = plead(&["check", "--format", "json", "."], dir.path());
    let mut expected = Vec::new();
    for line in stdout_of(&json).lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let path = v["path"].as_str().expect("path").to_string();
        for d in v["diagnostics"].as_array().expect("diagnostics") {
            let start = &d["range"]["start"];
            expected.push((
                path.clone(),
                d["code"].as_str().expect("code").to_string(),
                start["line"].as_u64().expect("line") + 1,
            ));
        }
    }
    assert!(expected.len() > 50, "{}", expected.len());

    let out = plead(&["check", "--format", "sarif", "-j", "4", "."], dir.path());
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let runs = sarif["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let results = runs[0]["results"].as_array().expect("results");
    let found: Vec<_> = results
        .iter()
        .map(|r| {
            let location = &r["locations"][0]["physicalLocation"];
            (
                location["artifactLocation"]["uri"]
                    .as_str()
                    .expect("uri")
                    .to_string(),
                r["ruleId"].as_str().expect("ruleId").to_string(),
                location["region"]["startLine"].as_u64().expect("startLine"),
            )
        })
        .collect();
    assert_eq!(found, expected);
    assert!(results.iter().any(|r| r["level"] == "error"));
}

#[cfg(unix)]
#[test]
fn exit_codes_with_clean_error_and_unreadable_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    for i in 0..6 {
        std::fs::write(
            root.join(format!("clean-{i}.txt")),
            "Nothing to see here.\n",
        )
        .expect("write");
    }
    assert_eq!(
        plead(&["check", "-j", "4", "."], root).status.code(),
        Some(0)
    );

    std::fs::write(root.join("error.txt"), FUTURE).expect("write");
    let out = plead(&["check", "-j", "4", "."], root);
    assert_eq!(out.status.code(), Some(1), "{}", stdout_of(&out));
    assert!(
        stdout_of(&out).contains("error.txt:1:"),
        "{}",
        stdout_of(&out)
    );

    // A dangling link listed by the folder walk cannot be read (even by root): 2,
    // with a message, and every readable file is still reported, in order.
    std::os::unix::fs::symlink(root.join("nowhere"), root.join("gone.txt")).expect("symlink");
    let out = plead(&["check", "--format", "json", "-j", "4", "."], root);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot read gone.txt"), "{stderr}");
    let paths: Vec<String> = stdout_of(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v["path"].as_str().expect("path").to_string()
        })
        .collect();
    assert_eq!(paths.len(), 7, "{paths:?}");
    assert_eq!(paths[6], "error.txt");

    // More jobs than files is fine; zero or a word is a usage error.
    let out = plead(&["check", "--format", "json", "-j", "500", "."], root);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout_of(&out).lines().count(), 7);
    assert_eq!(
        plead(&["check", "-j", "0", "."], root).status.code(),
        Some(2)
    );
    assert_eq!(
        plead(&["check", "-j", "many", "."], root).status.code(),
        Some(2)
    );
}

#[cfg(unix)]
#[test]
fn piped_stderr_gets_messages_but_no_progress_bar() {
    let dir = filings();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("gone.txt"))
        .expect("symlink");
    let out = plead(&["check", "--format", "json", "."], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr.clone()).expect("UTF-8 stderr");
    // Exactly the one message: no escape codes, carriage returns or bar characters.
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr:?}");
    assert!(
        lines[0].starts_with("plead: cannot read gone.txt"),
        "{stderr:?}"
    );
    assert!(
        !stderr.contains('\x1b') && !stderr.contains('\r'),
        "{stderr:?}"
    );
    assert!(!stdout_of(&out).contains('\x1b'));
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    let dir = filings();
    let mut child = Command::new(env!("CARGO_BIN_EXE_plead"))
        .args(["check", "-j", "4", "."])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("plead runs");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("plead exits");
    // Not killed by SIGPIPE, no panic, no complaint: the usual exit code.
    assert!(matches!(out.status.code(), Some(0 | 1)), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
