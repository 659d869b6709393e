//! Round 30's citation-style fixes (issue 15), each on the real passage of the
//! development set that missed it (tests/fixtures/styles/eval/heldout5, heldout6).

use super::style_support::*;

const NM_12_312: &str =
    include_str!("../fixtures/styles/eval/heldout5/nm-rule-12-312-annotations.txt");
const MD_ZHANG: &str =
    include_str!("../fixtures/styles/eval/heldout6/md-coa-attorney-grievance-v-zhang.txt");
const NY_HALE: &str =
    include_str!("../fixtures/styles/eval/heldout5/ny-1st-dept-people-v-hale.txt");

/// `90 NM 303`: a public-domain code with a volume that is no year is the New Mexico
/// Reports written without its periods.
#[test]
fn new_mexico_reports_without_periods_are_flagged() {
    flagged_with_fix(
        NM_12_312,
        "Olguin v. State, 1977-NMSC-034, 90 N.M. 303",
        "Olguin v. State, 1977-NMSC-034, 90 NM 303",
        "citation/reporter-form",
        "90 N.M. 303",
    );
}

/// `431 Md 395` in a Maryland Court of Appeals opinion is `431 Md. 395`.
#[test]
fn maryland_reports_without_period_are_flagged() {
    flagged_with_fix(
        MD_ZHANG,
        "Fader, 431 Md. 395, 426,",
        "Fader, 431 Md 395, 426,",
        "citation/reporter-form",
        "431 Md. 395",
    );
}

/// Two errors in one New York citation: the reporter-form finding also offers the
/// whole citation in the style, which mends both.
#[test]
fn a_citation_wrong_twice_gets_one_fix_for_both() {
    let correct = "People v Danielson, 9 NY3d 342";
    let wrong = "People v. Danielson, 9 N.Y.3d 342";
    assert!(NY_HALE.contains(correct));
    let text = NY_HALE.replacen(correct, wrong, 1);
    let analysis = analysis_of(&text);
    let found = citation_findings(&analysis);
    let hit = found
        .iter()
        .find(|f| f.code == "citation/reporter-form" && text[f.span.start..f.span.end] == *"N.Y.3d")
        .expect("reporter-form over N.Y.3d");
    assert!(
        fixed(&text, hit).iter().any(|r| r.contains(correct)),
        "{:#?}",
        fixed(&text, hit)
    );
}

/// A year volume stays the public-domain citation.
#[test]
fn a_year_volume_stays_public_domain() {
    let text = "Smith v. Jones, 2001-NMSC-012, 130 N.M. 5. See State v. Roe, 2019 ND 12, ¶ 7.";
    let analysis = analysis_of(text);
    assert!(
        citation_findings(&analysis).is_empty(),
        "{:#?}",
        citation_findings(&analysis)
    );
}
