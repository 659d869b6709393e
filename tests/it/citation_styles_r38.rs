//! Round 38 (lead): classes from the sixteenth blind style set
//! (`tests/fixtures/styles/eval/heldout16`: a North Dakota Supreme Court opinion, a D. Utah
//! order, a California Court of Appeal opinion, a New York Court of Appeals decision) and
//! the fifteenth's leftovers, on the real documents (sources and licences in each folder's
//! SOURCES.md). Each wrong form is the kind a drafter writes; each correct form is the
//! court's own text and must draw nothing.

use super::style_support::*;

const LEDOUX: &str = include_str!(
    "../fixtures/styles/eval/heldout15/fed-wd-wash-ledoux-v-outliers-3-24-cv-05808.txt"
);
const DIXON: &str =
    include_str!("../fixtures/styles/eval/heldout16/ca-ctapp-people-v-dixon-f087625.txt");

/// A month written in full in a court parenthetical takes T12's abbreviation.
#[test]
fn a_month_in_full_takes_its_abbreviation() {
    flagged_with_fix(
        LEDOUX,
        "(W.D. Wash. Aug. 21, 2014)",
        "(W.D. Wash. August 21, 2014)",
        "citation/court-format",
        "(W.D. Wash. Aug. 21, 2014)",
    );
}

/// The weight of authority follows the date: `651 (2014) (per curiam)` (R10.6.1).
#[test]
fn per_curiam_follows_the_date() {
    flagged_with_fix(
        LEDOUX,
        "651 (2014) (per curiam)",
        "651 (per curiam) (2014)",
        "citation/date-form",
        "651 (2014) (per curiam)",
    );
}

/// A California court that glues its subdivisions to the section throughout (`section
/// 1172.6(d)(3)` in the text, `(§ 1172.6(d)(3).)` in citations) writes its own form: no
/// `subd.` finding. `(Id., subd. (d)(3).)` after `a section 1172.6 evidentiary hearing`
/// refers to the section the text names.
#[test]
fn a_courts_glued_subdivisions_are_its_own_form() {
    for snippet in ["(§ 1172.6(d)(3).)", "(Id., subd. (d)(3).)"] {
        assert!(
            citation_codes_over(DIXON, snippet).is_empty(),
            "{snippet}: {:?}",
            citation_codes_over(DIXON, snippet)
        );
    }
    // A brief that writes `subd.` elsewhere still hears of the one glued subdivision.
    let brief = "The motion fails. (Code Civ. Proc., § 425.16, subd. (b)(1); see id., subd. \
                 (e); Baral v. Schnitt (2016) 1 Cal.5th 376, 384.) The court erred. \
                 (§ 425.16(b)(1).)";
    assert_eq!(
        citation_codes_over(brief, "§ 425.16(b)(1).)"),
        ["citation/code-form"]
    );
}
