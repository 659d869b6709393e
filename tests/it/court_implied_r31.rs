//! The official reports of a state's highest court name the court: `217 Ill. 2d 144, 156
//! (2005)`, not `(Ill. 2005)` (Bluebook R10.4(b), T1). Real passages: the Illinois order of
//! the seventh style held-out set (tests/fixtures/styles/eval/heldout7, SOURCES.md there)
//! and the Ayobi order's Ninth Circuit cite as the control.

use super::style_support::*;

const IL_SANI: &str = include_str!(
    "../fixtures/styles/eval/heldout7/ill-appct-sani-v-institute-for-human-reproduction-westlaw.txt"
);

#[test]
fn a_state_high_court_named_after_its_own_reports_is_flagged() {
    flagged_with_fix(
        IL_SANI,
        "217 Ill. 2d 144, 156 (2005)",
        "217 Ill. 2d 144, 156 (Ill. 2005)",
        "citation/court-implied",
        "217 Ill. 2d 144, 156 (2005)",
    );
}

#[test]
fn a_regional_reporter_still_names_its_court() {
    // N.E.2d prints several states' courts: `(Ill. 2005)` is what it needs.
    let text = "See Jones v. Doe, 830 N.E.2d 575, 580 (Ill. 2005).\n";
    let analysis = analysis_of(text);
    assert!(
        citation_findings(&analysis).is_empty(),
        "{:#?}",
        citation_findings(&analysis)
    );
    // And a California Reports cite with `(Cal. 1999)` is flagged like Illinois's.
    let text = "See People v. Smith, 20 Cal. 4th 1, 5 (Cal. 1999).\n";
    let analysis = analysis_of(text);
    assert!(citation_findings(&analysis)
        .iter()
        .any(|f| f.code == "citation/court-implied"));
}
