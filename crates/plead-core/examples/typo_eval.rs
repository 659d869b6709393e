//! Measures the typo checker on labeled sentences and on real documents, the figures
//! `crates/plead-core/data/typos-data.md` reports.
//!
//! * `typo_eval labeled FILE.jsonl...` — recall, false alarms on clean sentences and
//!   first-fix-right, over lines `{"text", "expect": [{"span", "fix"}]}` (misses listed).
//! * `typo_eval corpus DIR_OR_FILE... [--list]` — typo/ and style/ findings per 1,000
//!   words over `.txt` files (each finding listed with `--list`).
//! * `typo_eval swaps DIR [--pairs a:b,…]` — synthetic real-word errors: every occurrence
//!   of a confusable word in the documents is swapped for its partner in its own
//!   sentence; prints how many swaps are caught and how many originals are flagged.
//! * `typo_eval findings FILE.jsonl` — each line's `text` checked on its own; prints one JSON
//!   line per input line: `{"findings": [{"code", "start", "end", "fix"}]}` (byte offsets, the
//!   first fix's replacement of its span as text). `scripts/agreement_harness.py` reads it.
//! * `typo_eval agree-counts DIR_OR_FILE...` — every finite verb's context key (round 39,
//!   `typos::agreement_contexts`) counted over the paragraphs of `.txt` files: prints
//!   `key<TAB>singular<TAB>plural` lines (`scripts/gen_agreement_contexts.py` prunes them);
//!   with `--keys`, each verb's key and the words before it instead.
//!
//! Run: `cargo run -p plead-core --release --example typo_eval -- labeled tests/fixtures/typos.jsonl`
//!
//! `PLEAD_RULES_ON=typo/slip,…` turns rules on (as warnings) for the measurement (`typo/slip`
//! is on by default since round 33; the variable still names it for main-to-branch figures).

use std::path::{Path, PathBuf};

use plead_core::analysis::{Finding, ParagraphCache};
use plead_core::config::Config;
use plead_core::document::Format;
use plead_core::engine::analyze;
use serde_json::Value;

/// The default settings, with the opt-in rules `PLEAD_RULES_ON` names turned on.
fn config() -> &'static Config {
    static CONFIG: std::sync::LazyLock<Config> = std::sync::LazyLock::new(|| {
        let mut config = Config::default();
        config.turn_on_rules(&std::env::var("PLEAD_RULES_ON").unwrap_or_default());
        config
    });
    &CONFIG
}

fn findings(text: &str) -> Vec<Finding> {
    let mut cache = ParagraphCache::default();
    analyze(text, Format::Plain, config(), &mut cache)
        .findings
        .into_iter()
        .filter(|f| f.code.starts_with("typo/") || f.code.starts_with("style/"))
        .collect()
}

fn word_at(text: &str, needle: &str) -> Vec<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    text.match_indices(needle)
        .map(|(i, _)| i)
        .filter(|&i| {
            !is_word(text[..i].chars().next_back())
                && !is_word(text[i + needle.len()..].chars().next())
        })
        .collect()
}

fn labeled(paths: &[String]) {
    let (mut expected, mut found, mut first_right, mut clean, mut false_alarms) = (0, 0, 0, 0, 0);
    for path in paths {
        let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
            let text = case["text"].as_str().unwrap_or("");
            let fs = findings(text);
            let expects = case["expect"].as_array().cloned().unwrap_or_default();
            if expects.is_empty() {
                clean += 1;
                if !fs.is_empty() {
                    false_alarms += 1;
                    for f in &fs {
                        println!(
                            "FALSE ALARM {} {:?} in {text:?}: {}",
                            f.code,
                            &text[f.span.start..f.span.end],
                            f.message
                        );
                    }
                }
                continue;
            }
            for e in &expects {
                expected += 1;
                let span_text = e["span"].as_str().unwrap_or("");
                let fix = e["fix"].as_str();
                let hit = word_at(text, span_text).into_iter().find_map(|start| {
                    let end = start + span_text.len();
                    fs.iter()
                        .find(|f| f.span.start < end && start < f.span.end)
                        .map(|f| (start, f))
                });
                match hit {
                    Some((start, f)) => {
                        found += 1;
                        let edit = f.fixes.first().and_then(|x| x.edits.first());
                        let first = edit.map(|e| e.new_text.to_string());
                        // The first fix is right when it yields the labeled correction
                        // (a fix may span `defendent` where the label spans `defendent's`).
                        let fixed = edit.map(|e| {
                            format!(
                                "{}{}{}",
                                &text[..e.span.start],
                                e.new_text,
                                &text[e.span.end..]
                            )
                        });
                        let wanted = fix.map(|fx| {
                            format!("{}{fx}{}", &text[..start], &text[start + span_text.len()..])
                        });
                        if fix.is_none() || fixed == wanted {
                            first_right += 1;
                        } else {
                            println!("WRONG FIRST FIX {span_text:?}: {first:?}, want {fix:?} in {text:?}");
                        }
                    }
                    None => println!("MISSED {span_text:?} → {fix:?} in {text:?}"),
                }
            }
        }
    }
    println!(
        "recall {found}/{expected} = {:.1}%; first fix right {first_right}/{found} = {:.1}%; clean sentences with a finding {false_alarms}/{clean}",
        100.0 * found as f64 / expected.max(1) as f64,
        100.0 * first_right as f64 / found.max(1) as f64,
    );
}

fn txt_files(args: &[String]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for a in args {
        let p = Path::new(a);
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            v.retain(|p| p.extension().is_some_and(|x| x == "txt"));
            v.sort();
            out.extend(v);
        } else {
            out.push(p.to_path_buf());
        }
    }
    out
}

fn corpus(args: &[String]) {
    let list = args.iter().any(|a| a == "--list");
    let paths: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .cloned()
        .collect();
    let (mut words, mut flagged) = (0usize, 0usize);
    let mut by_code: std::collections::BTreeMap<String, usize> = Default::default();
    for path in txt_files(&paths) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        words += text.split_whitespace().count();
        let fs = findings(&text);
        flagged += fs.len();
        for f in &fs {
            *by_code.entry(f.code.to_string()).or_default() += 1;
            if list {
                let mut from = f.span.start.saturating_sub(50);
                while !text.is_char_boundary(from) {
                    from -= 1;
                }
                let mut to = (f.span.end + 40).min(text.len());
                while !text.is_char_boundary(to) {
                    to += 1;
                }
                println!(
                    "{}\t{}\t{:?}\t{}\t{}",
                    path.file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default(),
                    f.code,
                    &text[f.span.start..f.span.end],
                    text[from..to].replace('\n', " "),
                    f.fixes
                        .first()
                        .and_then(|x| x.edits.first())
                        .map(|e| e.new_text.to_string())
                        .unwrap_or_default()
                );
            }
        }
    }
    println!(
        "{flagged} typo/style findings over {words} words = {:.3} per 1,000 words; {by_code:?}",
        flagged as f64 * 1000.0 / words.max(1) as f64
    );
}

/// One JSON line of findings per input line (`{"text": …}`), for scripts that score them.
fn findings_jsonl(args: &[String]) {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in args {
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let text = serde_json::from_str::<Value>(line)
                .ok()
                .and_then(|v| v["text"].as_str().map(str::to_string))
                .unwrap_or_default();
            let list: Vec<Value> = findings(&text)
                .iter()
                .map(|f| {
                    let fix = f.fixes.first().and_then(|x| x.edits.first()).map(|e| {
                        format!(
                            "{}{}{}",
                            text.get(f.span.start.min(e.span.start)..e.span.start)
                                .unwrap_or(""),
                            e.new_text,
                            text.get(e.span.end..f.span.end.max(e.span.end))
                                .unwrap_or("")
                        )
                    });
                    serde_json::json!({
                        "code": f.code.to_string(),
                        "start": f.span.start,
                        "end": f.span.end,
                        "fix": fix,
                    })
                })
                .collect();
            let _ = writeln!(out, "{}", serde_json::json!({ "findings": list }));
        }
    }
}

/// The context keys of the learned agreement table, counted (see the module docs).
fn agree_counts(args: &[String]) {
    // `--keys`: each verb's key and the words before it, not the counts.
    let keys_only = args.iter().any(|a| a == "--keys");
    let args: Vec<String> = args.iter().filter(|a| *a != "--keys").cloned().collect();
    let args = &args[..];
    let mut counts: std::collections::HashMap<String, (u32, u32)> = Default::default();
    for path in txt_files(args) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for para in text.lines().filter(|l| !l.trim().is_empty()) {
            for (key, singular, at) in plead_core::typos::agreement_contexts(para) {
                if keys_only {
                    let from = para[..at]
                        .char_indices()
                        .rev()
                        .nth(60)
                        .map_or(0, |(i, _)| i);
                    let to = para[at..].find(' ').map_or(para.len(), |e| at + e);
                    println!("{key}\t{singular}\t{}", &para[from..to]);
                    continue;
                }
                let e = counts.entry(key).or_default();
                if singular {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
        }
    }
    let mut keys: Vec<_> = counts.into_iter().collect();
    keys.sort();
    for (key, (sg, pl)) in keys {
        println!("{key}\t{sg}\t{pl}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("labeled") => labeled(&args[1..]),
        Some("corpus") => corpus(&args[1..]),
        Some("findings") => findings_jsonl(&args[1..]),
        Some("agree-counts") => agree_counts(&args[1..]),
        _ => eprintln!(
            "usage: typo_eval labeled FILE.jsonl… | corpus DIR… [--list] | findings FILE.jsonl…"
        ),
    }
}
