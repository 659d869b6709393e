//! Every rule earns its place: per-rule precision on real legal writing.
//!
//! Re-runs the analysis (all rules on) over the public-domain documents the judged set
//! refers to (tests/fixtures/opinions/, tests/fixtures/precision/docs/), matches each
//! finding to the hand-judged findings in tests/fixtures/precision/judged.jsonl, prints
//! per-rule precision (judged TRUE / judged findings matched) and how many findings are
//! not judged yet, and fails when a rule that is on by default at its declared severity
//! measures below 90 % on at least `MIN_JUDGED` judged findings: a change that makes a
//! trusted rule cry wolf shows up here. Matching is the one scripts/precision/precision.py
//! uses: an entry's anchor is where `before + text + after` first occurs in its document;
//! a finding of the same rule whose span overlaps the anchor's text matches it (the entry
//! at exactly its span, else the one it overlaps most). See docs/precision.md.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use plead::analysis::trust::{self, Standing, MIN_JUDGED, TRUSTED};
use plead::analysis::{ParagraphCache, Severity, Span};
use plead::config::{Config, RuleLevel};
use plead::document::Format;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

#[derive(serde::Deserialize)]
struct Entry {
    doc: String,
    rule: String,
    text: String,
    before: String,
    after: String,
    verdict: String,
    reason: String,
}

/// Every rule on at its declared severity: rules that are off by default are measured too.
fn all_rules_on() -> Config {
    let mut config = Config::default();
    for rule in plead::engine::all_rules() {
        let level = match rule.default_severity {
            Severity::Error => RuleLevel::Error,
            Severity::Warning => RuleLevel::Warning,
            Severity::Info => RuleLevel::Info,
            Severity::Hint => RuleLevel::Hint,
        };
        config.rules.insert(rule.code.to_string(), level);
    }
    config
}

/// The documents judgments may refer to: tests/fixtures/opinions/*.txt and
/// tests/fixtures/precision/docs/*.txt, by id (path under tests/fixtures).
fn corpus_documents() -> Vec<(String, String)> {
    let mut docs = Vec::new();
    for folder in ["opinions", "precision/docs"] {
        let dir = Path::new(FIXTURES).join(folder);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        names.sort();
        for name in names {
            let text = std::fs::read_to_string(dir.join(&name)).expect("fixture");
            docs.push((format!("{folder}/{name}"), text));
        }
    }
    docs
}

fn judged_set() -> Vec<Entry> {
    let path = Path::new(FIXTURES).join("precision/judged.jsonl");
    let text = std::fs::read_to_string(&path).expect("judged set");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, line)| {
            let entry: Entry = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("judged.jsonl line {}: {e}", n + 1));
            assert!(
                entry.verdict == "TRUE" || entry.verdict == "FALSE",
                "judged.jsonl line {}: verdict must be TRUE or FALSE",
                n + 1
            );
            assert!(
                !entry.reason.trim().is_empty(),
                "judged.jsonl line {}: a judgment needs its reason",
                n + 1
            );
            entry
        })
        .collect()
}

/// Document id (path under tests/fixtures) → split, from corpus.tsv; the opinions are dev.
fn splits() -> HashMap<String, String> {
    let tsv = std::fs::read_to_string(Path::new(FIXTURES).join("precision/corpus.tsv"))
        .expect("corpus.tsv");
    tsv.lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let id = cols.next()?;
            let split = cols.next()?;
            Some((format!("precision/docs/{id}.txt"), split.to_string()))
        })
        .collect()
}

#[derive(Default)]
struct Figures {
    findings: u32,
    judged: u32,
    correct: u32,
}

impl Figures {
    fn precision(&self) -> Option<f64> {
        (self.judged > 0).then(|| f64::from(self.correct) / f64::from(self.judged))
    }
}

fn overlaps(finding: Span, anchor: Span) -> bool {
    if finding.is_empty() || anchor.is_empty() {
        anchor.start <= finding.end && finding.start <= anchor.end
    } else {
        finding.overlaps(anchor)
    }
}

fn pct(p: Option<f64>) -> String {
    p.map_or("–".into(), |p| format!("{:.0} %", p * 100.0))
}

#[test]
fn rules_on_by_default_keep_their_precision_on_real_writing() {
    let entries = judged_set();
    let splits = splits();
    let config = all_rules_on();

    // Entries by document, with their anchors.
    let mut by_doc: BTreeMap<&str, Vec<(usize, Span)>> = BTreeMap::new();
    let mut unanchored = Vec::new();
    let mut texts: HashMap<&str, String> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        let text = texts.entry(&e.doc).or_insert_with(|| {
            std::fs::read_to_string(Path::new(FIXTURES).join(&e.doc))
                .unwrap_or_else(|err| panic!("{}: {err}", e.doc))
        });
        let needle = format!("{}{}{}", e.before, e.text, e.after);
        match text.find(&needle) {
            Some(at) => {
                let start = at + e.before.len();
                by_doc
                    .entry(&e.doc)
                    .or_default()
                    .push((i, Span::new(start, start + e.text.len())));
            }
            None => unanchored.push(format!("{} {} {:?}", e.doc, e.rule, e.text)),
        }
    }
    // The fixtures are real documents kept as found: an entry that no longer anchors
    // means a fixture was edited.
    assert!(
        unanchored.is_empty(),
        "judged entries whose context no longer occurs in their document: {unanchored:#?}"
    );

    // Every judgeable document (judged or not, so unjudged findings are counted), analyzed
    // on all cores: this is the slowest test, and the documents are independent.
    let docs = corpus_documents();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let analyses: Vec<(String, Vec<plead::analysis::Finding>)> = std::thread::scope(|scope| {
        let chunks: Vec<_> = docs
            .chunks(docs.len().div_ceil(workers).max(1))
            .map(|chunk| {
                let config = &config;
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(id, text)| {
                            let mut cache = ParagraphCache::default();
                            let analysis = plead::engine::analyze(
                                text,
                                Format::detect(id),
                                config,
                                &mut cache,
                            );
                            (id.clone(), analysis.findings)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        chunks
            .into_iter()
            .flat_map(|h| h.join().expect("analysis thread"))
            .collect()
    });

    let mut figures: BTreeMap<&'static str, Figures> = BTreeMap::new();
    let mut matched = vec![0u32; entries.len()];
    let no_anchors = Vec::new();
    for (doc, findings) in &analyses {
        let anchors = by_doc.get(doc.as_str()).unwrap_or(&no_anchors);
        for f in findings {
            let fig = figures.entry(f.code).or_default();
            fig.findings += 1;
            // The entry at exactly the finding's span, else the one it overlaps most.
            let best = anchors
                .iter()
                .filter(|(i, a)| entries[*i].rule == f.code && overlaps(f.span, *a))
                .max_by_key(|(_, a)| {
                    let shared = f
                        .span
                        .end
                        .min(a.end)
                        .saturating_sub(f.span.start.max(a.start));
                    (f.span == *a, shared)
                });
            if let Some((i, _)) = best {
                matched[*i] += 1;
                fig.judged += 1;
                fig.correct += u32::from(entries[*i].verdict == "TRUE");
            }
        }
    }

    // The report (cargo test -- --nocapture precision shows it).
    let mut report = String::from(
        "\nPer-rule precision on the judged set (all rules on; tests/fixtures/precision/)\n",
    );
    report.push_str(&format!(
        "  {:<34} {:<10} {:>8} {:>7} {:>5} {:>9} {:>9} {:>9}\n",
        "rule", "default", "findings", "judged", "TRUE", "precision", "unjudged", "table"
    ));
    let mut failures = Vec::new();
    for rule in plead::engine::all_rules() {
        let fig = figures.remove(rule.code).unwrap_or_default();
        let standing = trust::standing(rule.code);
        let table = trust::measured(rule.code);
        report.push_str(&format!(
            "  {:<34} {:<10} {:>8} {:>7} {:>5} {:>9} {:>9} {:>9}\n",
            rule.code,
            match standing {
                Standing::Trusted | Standing::Unmeasured => rule.default_severity.as_str(),
                Standing::Off => "off",
            },
            fig.findings,
            fig.judged,
            fig.correct,
            pct(fig.precision()),
            fig.findings - fig.judged,
            table.map_or("–".into(), |m| format!("{}/{}", m.correct, m.judged)),
        ));
        let on_by_default = matches!(standing, Standing::Trusted | Standing::Unmeasured);
        if on_by_default && fig.judged >= MIN_JUDGED {
            if let Some(p) = fig.precision().filter(|&p| p < TRUSTED) {
                failures.push(format!(
                    "{} is on by default ({}) but is right on {:.0} % of {} judged findings \
                     (< {:.0} %): fix the false alarms, or regenerate \
                     crates/plead-core/data/rule_precision.tsv with \
                     `scripts/precision/precision.py measure --write` so it is off by default",
                    rule.code,
                    rule.default_severity.as_str(),
                    p * 100.0,
                    fig.judged,
                    TRUSTED * 100.0
                ));
            }
        }
        let stale = table.is_some_and(|m| m.judged != fig.judged || m.correct != fig.correct);
        if stale {
            report.push_str(&format!(
                "    (table is stale for {}: regenerate it with scripts/precision/precision.py \
                 measure --write)\n",
                rule.code
            ));
        }
    }
    for (code, fig) in &figures {
        report.push_str(&format!(
            "  {code:<34} (not a registered rule) {} findings\n",
            fig.findings
        ));
    }

    // What the held-out part says: judged false alarms still raised, true findings kept.
    let heldout = |e: &Entry| splits.get(&e.doc).is_some_and(|s| s == "heldout");
    let (mut false_total, mut false_raised, mut true_total, mut true_kept) = (0, 0, 0, 0);
    for (i, e) in entries.iter().enumerate().filter(|(_, e)| heldout(e)) {
        if e.verdict == "TRUE" {
            true_total += 1;
            true_kept += u32::from(matched[i] > 0);
        } else {
            false_total += 1;
            false_raised += u32::from(matched[i] > 0);
        }
    }
    report.push_str(&format!(
        "Held-out: judged false alarms still raised {false_raised}/{false_total}, judged true \
         findings kept {true_kept}/{true_total}\n"
    ));
    println!("{report}");
    assert!(
        failures.is_empty(),
        "{report}\nrules below the bar:\n{}",
        failures.join("\n")
    );
}
