//! Every labeled example in tests/fixtures/citations.jsonl behaves as labeled:
//! each expected finding on its exact span with its exact fix; clean lines get
//! no `citation/` finding. An example may name the citation style it is held to
//! (`"style": "california"`); otherwise the style is detected (`auto`).

use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use serde_json::Value;

#[test]
fn labeled_citation_examples() {
    let (count, failures) = labeled_failures(&all_rules_on());
    assert!(count >= 40, "fixture has {count} cases");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The labeled set holds under the default configuration too (issue 19: a rule a
/// user sees only after turning it on does not count): every rule a labeled example
/// expects is on by default, as its measured precision earns.
#[test]
fn labeled_citation_examples_hold_by_default() {
    let (_, failures) = labeled_failures(&Config::default());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Each labeled example checked under `base` (its own style, if it names one): the
/// number of examples and what went wrong.
fn labeled_failures(base: &Config) -> (usize, Vec<String>) {
    let data = include_str!("../fixtures/citations.jsonl");
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
        let mut config = base.clone();
        if let Some(style) = case.get("style") {
            config.citations.style = serde_json::from_value(style.clone())
                .unwrap_or_else(|e| panic!("line {}: style: {e}", n + 1));
        }
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
                .map(|e| &*e.new_text);
            if fix != e["fix"].as_str() {
                failures.push(format!(
                    "line {}: fix {fix:?}, expected {:?}",
                    n + 1,
                    e["fix"]
                ));
            }
        }
    }
    (count, failures)
}

/// The labeled set measures what the rules detect, so every rule is on, including those
/// whose measured precision keeps them off by default (analysis::trust).
fn all_rules_on() -> Config {
    let mut config = Config::default();
    for rule in plead::engine::all_rules() {
        config
            .rules
            .insert(rule.code.to_string(), plead::config::RuleLevel::Warning);
    }
    config
}

/// The citation findings of `text` as (code, text of the span).
fn citation_findings(text: &str) -> Vec<(String, String)> {
    let analysis = analyze(
        text,
        Format::Plain,
        &all_rules_on(),
        &mut ParagraphCache::default(),
    );
    analysis
        .findings
        .iter()
        .filter(|f| f.family() == "citation")
        .map(|f| {
            (
                f.code.to_string(),
                text[f.span.start..f.span.end].to_string(),
            )
        })
        .collect()
}

/// `Name, 478 U.S. 675` without `at` (sentences from tests/fixtures/opinions): the
/// number is the decision's first page unless an earlier citation of that name in the
/// volume starts elsewhere, and only then is `at` missing (Bluebook R10.9).
#[test]
fn bare_reporter_numbers_are_read_against_earlier_citations() {
    let whole_decision = "Bethel Sch. Dist. No. 403 v. Fraser, 478 U.S. 675, 682 (1986).\n\nThis Court’s next student speech case was Fraser, 478 U.S. 675. Matthew Fraser was suspended for delivering a speech.";
    assert_eq!(citation_findings(whole_decision), []);
    let first_citation = "The Thomas opinion was issued less than two months before the District of Massachusetts acted in Saysana, 2008 WL 5484553. At the time of its decision, the Thomas court noted a developing body of case law.";
    assert_eq!(
        citation_findings(first_citation),
        [(
            "citation/court-year-missing".to_string(),
            "2008 WL 5484553".to_string()
        )]
    );
    let dated_by_parallel = "See Lee, 505 U.S. 577, 112 S. Ct. 2649 (1992).";
    assert_eq!(citation_findings(dated_by_parallel), []);
}

/// The short form of a database cite keeps its number (`Name, 2009 WL 6506658, at *8`,
/// Bluebook R10.9): after the full citation it needs no date; without one it does.
#[test]
fn database_short_forms_need_no_date_after_the_full_citation() {
    let text = "Museum of Fine Arts, Boston v. Seger-Thomschitz, No. 08-10097, 2009 WL 6506658, at *7 (D. Mass. May 28, 2009).\n\nThe district court held that the claims accrued decades before the filing of this lawsuit. Museum of Fine Arts, 2009 WL 6506658, at *8.";
    assert_eq!(citation_findings(text), []);
    let alone = "The district court held that the claims accrued decades before the filing of this lawsuit. Museum of Fine Arts, 2009 WL 6506658, at *8.";
    assert_eq!(
        citation_findings(alone),
        [(
            "citation/court-year-missing".to_string(),
            "2009 WL 6506658, at *8".to_string()
        )]
    );
}

/// A parallel citation in a reporter plead does not know (a First Circuit opinion's
/// `1 P.R. Sup. Ct. Off'l Translations 293, 313`, shared wrapped corpus 010) carries the
/// group's date: its volume is no pin (`1` before page 209) and the citation is dated.
/// Without the date, the citation still lacks it.
#[test]
fn an_unread_parallel_citation_carries_the_date() {
    let dated = "Oliveros v. Abreu, 101 P.R. Dec. 209, 226, 1 P.R. Sup. Ct. Off'l Translations 293, 313 (1973).";
    assert_eq!(citation_findings(dated), []);
    let undated =
        "Oliveros v. Abreu, 101 P.R. Dec. 209, 226, 1 P.R. Sup. Ct. Off'l Translations 293, 313.";
    assert_eq!(
        citation_findings(undated),
        [(
            "citation/court-year-missing".to_string(),
            "101 P.R. Dec. 209, 226".to_string()
        )]
    );
}

/// `Smith, supra, 100 F.3d 1`: `supra` says the case was cited in full above, so the
/// citation is a short form and needs no date, even where the earlier citation is not
/// in the text; in a Bluebook text the one finding is `supra` for a case.
#[test]
fn a_citation_after_supra_needs_no_date() {
    let text = "The court agreed. Smith, supra, 100 F.3d 1.";
    assert_eq!(
        citation_findings(text),
        [("citation/supra-case".to_string(), ", supra,".to_string())]
    );
}
