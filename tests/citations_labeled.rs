//! Every labeled example in tests/fixtures/citations.jsonl behaves as labeled:
//! each expected finding on its exact span with its exact fix; clean lines get
//! no `citation/` finding.

use plead::analysis::{analyze, ParagraphCache};
use plead::config::Config;
use plead::document::Format;
use serde_json::Value;

#[test]
fn labeled_citation_examples() {
    let data = include_str!("fixtures/citations.jsonl");
    let config = Config::default();
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let text = case["text"].as_str().unwrap_or_default();
        let analysis = analyze(text, Format::Plain, &config, &mut ParagraphCache::default());
        let found: Vec<_> = analysis
            .findings
            .iter()
            .filter(|f| f.family() == "citation")
            .collect();
        let expected = case["expect"].as_array().cloned().unwrap_or_default();
        let expected: Vec<_> = expected
            .iter()
            .filter(|e| e["family"] == "citation")
            .collect();
        count += 1;
        if expected.is_empty() && !found.is_empty() {
            let got: Vec<_> = found
                .iter()
                .map(|f| format!("{} {:?}", f.code, &text[f.span.start..f.span.end]))
                .collect();
            failures.push(format!("line {}: clean text got {got:?}\n  {text}", n + 1));
        }
        for e in expected {
            let span_text = e["span"].as_str().unwrap_or_default();
            let Some(start) = text.find(span_text) else {
                failures.push(format!("line {}: span {span_text:?} not in text", n + 1));
                continue;
            };
            let end = start + span_text.len();
            let hit = found
                .iter()
                .find(|f| f.span.start == start && f.span.end == end);
            let Some(hit) = hit else {
                let got: Vec<_> = found
                    .iter()
                    .map(|f| format!("{} {:?}", f.code, &text[f.span.start..f.span.end]))
                    .collect();
                failures.push(format!(
                    "line {}: no finding on {span_text:?}; got {got:?}\n  {text}",
                    n + 1
                ));
                continue;
            };
            let fix = hit
                .fixes
                .first()
                .and_then(|f| f.edits.first())
                .map(|e| e.new_text.as_str());
            if fix != e["fix"].as_str() {
                failures.push(format!(
                    "line {}: fix {fix:?}, expected {:?}",
                    n + 1,
                    e["fix"]
                ));
            }
        }
    }
    assert!(count >= 40, "fixture has {count} cases");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
