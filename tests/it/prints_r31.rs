//! What prints of real decisions add around the text, read as the print's and not as the
//! drafter's (session 31): each is a false alarm of the blind measure of the seventh
//! style held-out set (tests/fixtures/styles/eval/heldout7, sources in its SOURCES.md),
//! and each test also shows the check still firing on a real slip nearby.

use super::style_support::*;

const NY_WORLEY: &str =
    include_str!("../fixtures/styles/eval/heldout7/ny-coa-people-v-worley-40-ny3d-129.txt");
const NY_PASTRANA: &str =
    include_str!("../fixtures/styles/eval/heldout7/ny-coa-people-v-pastrana-41-ny3d-23.txt");
const IL_COLE: &str = include_str!(
    "../fixtures/styles/eval/heldout7/ill-appct-cole-v-lee-2026-il-app-1st-252223-u.txt"
);
const IL_SANI: &str = include_str!(
    "../fixtures/styles/eval/heldout7/ill-appct-sani-v-institute-for-human-reproduction-westlaw.txt"
);
const FED_MATHEW: &str =
    include_str!("../fixtures/styles/eval/heldout7/fed-ed-mich-mathew-v-verma.txt");

/// `23 NY3d 408, 413{**40 NY3d at 137}[2014]`: the Law Reporting Bureau marks the page
/// break of the official report inside the citation; the bracketed year after it is the
/// citation's.
#[test]
fn a_braced_page_marker_inside_a_citation_keeps_its_date() {
    let cite = "People v Finch, 23 NY3d 408, 413{**40 NY3d at 137}[2014]";
    assert_eq!(codes_over(NY_WORLEY, cite), Vec::<String>::new());
    // Without its year the same citation is flagged.
    let undated = NY_WORLEY.replacen(
        cite,
        "People v Finch, 23 NY3d 408, 413{**40 NY3d at 137}",
        1,
    );
    assert!(
        codes_over(&undated, "People v Finch, 23 NY3d 408")
            .iter()
            .any(|c| c == "citation/court-year-missing"),
        "an undated citation across the marker must still be flagged"
    );
}

/// `People v Pastrana, 205 AD3d 461, affirmed.`: the decision below, undated in the head
/// of a New York Official Reports decision.
#[test]
fn the_decision_below_in_a_new_york_head_needs_no_year() {
    assert_eq!(
        codes_over(NY_PASTRANA, "People v Pastrana, 205 AD3d 461, affirmed."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes_over(NY_WORLEY, "People v Worley, 202 AD3d 1008, reversed."),
        Vec::<String>::new()
    );
    // In a sentence the same citation still needs its year.
    let text = "We agree (see People v Pastrana, 205 AD3d 461). The order is affirmed.\n";
    assert!(codes_over(text, "205 AD3d 461")
        .iter()
        .any(|c| c == "citation/court-year-missing"));
}

/// Westlaw's running head `Sani v. Institute …, Not Reported in N.E. Rptr. (2026)` over the
/// public-domain citation: not a California-style date before the volume.
#[test]
fn a_westlaw_not_reported_head_is_no_date_before_the_citation() {
    let head = "Sani v. Institute for Human Reproduction, Not Reported in N.E. Rptr. (2026)";
    assert!(IL_SANI.matches(head).count() >= 4);
    assert_eq!(codes_over(IL_SANI, head), Vec::<String>::new());
    // A real case name before a year is still read as the date before the volume.
    let text = "See Baral v. Schnitt (2016) 2016 IL 119445, ¶ 8, for the rule.\n";
    assert!(!citation_findings(&analysis_of(text)).is_empty());
}

/// `No. 1-25-2223` heads each page of an Illinois Appellate Court order, under the page
/// number: furniture, so `146 Ill. 2d 1` ⏎ `-3-` ⏎ `No. 1-25-2223` ⏎ `(1991)` is one dated
/// citation.
#[test]
fn a_docket_number_running_head_is_furniture() {
    assert_eq!(
        codes_over(
            IL_COLE,
            "People ex rel. Daley v. Datacom Systems Corp., 146 Ill. 2d 1"
        ),
        Vec::<String>::new()
    );
    let analysis = analysis_of(IL_COLE);
    let prose: String = analysis
        .document
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        prose.contains("146 Ill. 2d 1 (1991)"),
        "the citation reads on across the page break"
    );
    // The caption's docket number (not at a page break) stays text.
    assert!(prose.contains("No. 1-25-2223"));
}

/// `F. App’x` with a typographic apostrophe is the Bluebook's `F. App'x`; `Fed. Appx.` is not.
#[test]
fn a_curly_apostrophe_in_a_reporter_is_its_form() {
    let cite = "636 F. App’x 476";
    assert!(FED_MATHEW.contains(cite));
    assert_eq!(codes_over(FED_MATHEW, cite), Vec::<String>::new());
    let wrong = FED_MATHEW.replacen(cite, "636 Fed. Appx. 476", 1);
    assert!(codes_over(&wrong, "636 Fed. Appx. 476")
        .iter()
        .any(|c| c == "citation/reporter-form"));
}

/// `Doc. 49` alone above the caption numbers the filing itself: no record-cite style finding.
#[test]
fn a_filing_number_label_is_not_a_record_cite_in_the_text() {
    let label = "\nDoc. 49\n";
    assert!(FED_MATHEW.contains(label));
    assert_eq!(codes_over(FED_MATHEW, label), Vec::<String>::new());
}

/// `in vitro fertilization` is Latin the dictionary knows.
#[test]
fn in_vitro_is_latin_not_a_typo() {
    assert_eq!(codes_over(IL_SANI, "vitro"), Vec::<String>::new());
    assert!(
        codes_over("The clinic offered in vitor fertilization.\n", "vitor")
            .iter()
            .any(|c| c.starts_with("typo/"))
    );
}
