//! The docket readers against juriscraper's answer keys, over every real PACER report
//! in tests/fixtures/pacer/ (see its README): bankruptcy, appellate, ACMS, docket
//! history, Court of International Trade and district dockets.
//!
//! An expected entry agrees when plead read an entry with the same number (or, for
//! appellate courts that do not number entries, the same PACER document id; for
//! unnumbered minute entries, the same position among them), the same date filed, a
//! docket text that starts like the expected one, and — where the key lists them — as
//! many attachments. Prints the figures per category; fails below 98 % on the
//! dockets developed against, and below the bars on the held-out ones.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use plead::record::docket::{acms_json, pacer_html, ParsedDocket, ParsedEntry};
use serde_json::Value;

pub fn pacer_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pacer")
}

/// (report path, answer-key path) of every example in `folder`.
pub fn examples(folder: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut out: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(folder)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension()
                        .is_some_and(|e| e == "html" || e == "acms_json")
                })
                .map(|p| {
                    let key = p.with_extension("json");
                    (p, key)
                })
                .filter(|(_, k)| k.exists())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

pub fn read_report(path: &Path) -> Result<ParsedDocket, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    let parsed = if path.extension().is_some_and(|e| e == "acms_json") {
        acms_json::parse(&text)
    } else {
        pacer_html::parse(&text)
    };
    parsed.map_err(|e| e.to_string())
}

/// Whitespace does not count: runs collapse, and none before `,.;:)` or after `(`
/// (juriscraper and plead join inline elements differently).
fn normalize(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(joined.len());
    let chars: Vec<char> = joined.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        if c == ' ' && (next.is_some_and(|n| ",.;:)".contains(n)) || prev == Some('(')) {
            continue;
        }
        out.push(c);
    }
    out
}

fn prefix(s: &str, n: usize) -> String {
    normalize(s).chars().take(n).collect()
}

/// `"8781"`, `8781`, `"00106008873"` (a PACER document id) or null.
fn key_number(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn key_date(v: Option<&Value>) -> Option<String> {
    let s = v?.as_str()?;
    Some(s.split('T').next()?.to_string())
}

fn our_date(e: &ParsedEntry) -> Option<String> {
    e.date_filed
        .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
}

#[derive(Default, Debug, Clone, Copy)]
pub struct Tally {
    pub dockets: usize,
    pub read: usize,
    pub expected: usize,
    pub agreed: usize,
}

impl Tally {
    pub fn add(&mut self, o: Tally) {
        self.dockets += o.dockets;
        self.read += o.read;
        self.expected += o.expected;
        self.agreed += o.agreed;
    }
    pub fn rate(&self) -> f64 {
        if self.expected == 0 {
            100.0
        } else {
            100.0 * self.agreed as f64 / self.expected as f64
        }
    }
}

/// Compares one report with its key; returns the tally and the disagreements.
pub fn compare(report: &Path, key: &Path) -> (Tally, Vec<String>) {
    let mut tally = Tally {
        dockets: 1,
        ..Tally::default()
    };
    let mut notes = Vec::new();
    let key: Value = std::fs::read_to_string(key)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    let expected: Vec<&Value> = key
        .get("docket_entries")
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    tally.expected = expected.len();
    let parsed = match read_report(report) {
        Ok(p) => p,
        // An empty key (`{}`): juriscraper found no docket either (an error page).
        Err(_) if key.as_object().is_some_and(|o| o.is_empty()) => {
            tally.read = 1;
            return (tally, notes);
        }
        Err(e) => {
            notes.push(format!("not read: {e}"));
            return (tally, notes);
        }
    };
    if expected.is_empty() || !parsed.entries.is_empty() || !parsed.unnumbered.is_empty() {
        tally.read = 1;
    } else {
        notes.push("read, but no entries".into());
    }
    let mut by_number: BTreeMap<u32, Vec<&ParsedEntry>> = BTreeMap::new();
    for e in &parsed.entries {
        by_number.entry(e.number).or_default().push(e);
    }
    // Entries without a number or a document link (juriscraper numbers linked ones by
    // their PACER document id).
    let mut unnumbered = parsed.unnumbered.iter().filter(|e| e.doc_id.is_none());
    let all: Vec<&ParsedEntry> = parsed.entries.iter().chain(&parsed.unnumbered).collect();
    for x in expected {
        let number = key_number(x.get("document_number"));
        let ours: Option<&ParsedEntry> = match &number {
            Some(n) if n.len() <= 6 => n.parse::<u32>().ok().and_then(|n| {
                let list = by_number.get_mut(&n)?;
                (!list.is_empty()).then(|| list.remove(0))
            }),
            Some(id) => all
                .iter()
                .find(|e| e.doc_id.as_deref() == Some(id.as_str()))
                .copied(),
            None => unnumbered.next(),
        };
        let long = x
            .get("description")
            .and_then(Value::as_str)
            .filter(|d| !d.trim().is_empty());
        let description = long
            .or_else(|| x.get("short_description").and_then(Value::as_str))
            .unwrap_or("");
        let Some(ours) = ours else {
            notes.push(format!(
                "missing entry {number:?}: {}",
                prefix(description, 50)
            ));
            continue;
        };
        let mut problems = Vec::new();
        let date = key_date(x.get("date_filed"));
        if date.is_some() && date != our_date(ours) {
            problems.push(format!("date {date:?} ≠ {:?}", our_date(ours)));
        }
        let want = prefix(description, 30);
        // Where the key has only the history report's short description, plead's
        // entry has it beside the full docket text.
        let ours_text = match (long, &ours.short_description) {
            (None, Some(short)) => short.as_str(),
            _ => ours.text.as_str(),
        };
        let got = prefix(ours_text, 30);
        if want != got {
            problems.push(format!("text {want:?} ≠ {got:?}"));
        }
        if let Some(Value::Array(a)) = x.get("attachments") {
            let have = ours.attachments.len();
            if a.len() != have {
                problems.push(format!("attachments {} ≠ {have}", a.len()));
            }
        }
        if problems.is_empty() {
            tally.agreed += 1;
        } else {
            notes.push(format!("entry {number:?}: {}", problems.join("; ")));
        }
    }
    (tally, notes)
}

/// Runs every example of `folder`; prints a line per disagreeing docket when `verbose`.
pub fn run_folder(folder: &Path, verbose: bool) -> Tally {
    let mut total = Tally::default();
    for (report, key) in examples(folder) {
        let (t, notes) = compare(&report, &key);
        if verbose && (!notes.is_empty()) {
            let name = report.file_name().map(|n| n.to_string_lossy().into_owned());
            eprintln!(
                "  {}: {}/{} — {}",
                name.unwrap_or_default(),
                t.agreed,
                t.expected,
                notes
                    .iter()
                    .take(4)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
        }
        total.add(t);
    }
    total
}

fn report(label: &str, t: &Tally) {
    println!(
        "docket agreement {label:<28} dockets read {:>3}/{:<3}  entries agreeing {:>5}/{:<5} = {:.2} %",
        t.read,
        t.dockets,
        t.agreed,
        t.expected,
        t.rate()
    );
}

#[test]
fn tuning_dockets_agree_with_juriscraper() {
    let verbose = std::env::var_os("PLEAD_DOCKET_VERBOSE").is_some();
    let root = pacer_fixtures().join("tuning");
    let mut total = Tally::default();
    for category in [
        "bankruptcy",
        "appellate",
        "acms",
        "docket-history",
        "district-special",
        "district",
    ] {
        let t = run_folder(&root.join(category), verbose);
        report(category, &t);
        assert!(t.dockets > 0, "{category}: fixtures present");
        total.add(t);
    }
    report("all developed-against", &total);
    assert!(
        total.rate() >= 98.0,
        "agreement {:.2} % < 98 % (PLEAD_DOCKET_VERBOSE=1 lists the disagreements)",
        total.rate()
    );
}

#[test]
fn held_out_dockets_agree_with_juriscraper() {
    let verbose = std::env::var_os("PLEAD_DOCKET_VERBOSE_HELD_OUT").is_some();
    let root = pacer_fixtures().join("held-out");
    for (category, bar) in [("district", 98.0), ("bankruptcy", 97.0)] {
        let t = run_folder(&root.join(category), verbose);
        report(&format!("held-out {category}"), &t);
        assert!(t.dockets > 0, "{category}: fixtures present");
        assert_eq!(
            t.read, t.dockets,
            "{category}: every held-out docket is read"
        );
        assert!(
            t.rate() >= bar,
            "held-out {category}: agreement {:.2} % < {bar} %",
            t.rate()
        );
    }
}
