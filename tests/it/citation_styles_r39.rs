//! Round 39 (lead): the sixteenth blind style set's leftovers and the classes of the
//! seventeenth (`tests/fixtures/styles/eval/heldout17`: an N.D. Ohio memorandum, a Michigan
//! Court of Appeals dissent, a Texas Court of Appeals opinion, a Delaware Court of Chancery
//! report), on the real documents (sources and licences in each folder's SOURCES.md). Each
//! wrong form is the kind a drafter writes; each correct form is the court's own text and
//! must draw nothing.

use super::style_support::*;

const CAREY: &str =
    include_str!("../fixtures/styles/eval/heldout16/fed-d-utah-carey-v-breakell-4-25-cv-00108.txt");
const MCGOVERN: &str = include_str!(
    "../fixtures/styles/eval/heldout16/ny-coa-people-v-mcgovern-2024-ny-slip-op-05242.txt"
);

/// A name already reported for its T6 words also offers the Bluebook's own form, its
/// first word abbreviated too (R10.2.2: "even if the word is the first word in a party's
/// name"); `American` is T6's `Am.`.
#[test]
fn a_reported_name_offers_its_first_word_abbreviated_too() {
    let correct = "Hancock v. Am. Tel. & Tel. Co., 701 F.3d 1248";
    assert!(citation_codes_over(CAREY, correct).is_empty());
    let wrong = "Hancock v. American Telephone & Telegraph Co., 701 F.3d 1248";
    let rewritten = CAREY.replacen(correct, wrong, 1);
    // One finding per word T6 abbreviates (`Telephone`, `Telegraph`), none on `American`.
    assert_eq!(
        citation_codes_over(&rewritten, wrong),
        [
            "citation/case-name-abbreviation",
            "citation/case-name-abbreviation"
        ]
    );
    assert!(citation_codes_over(&rewritten, "American").is_empty());
    let analysis = analysis_of(&rewritten);
    let findings = citation_findings(&analysis);
    let telephone = findings
        .iter()
        .find(|f| &rewritten[f.span.start..f.span.end] == "Telephone")
        .expect("Telephone is reported");
    let fixes = fixed(&rewritten, telephone);
    assert!(fixes
        .iter()
        .any(|r| r.contains("Hancock v. American Tel. & Tel. Co., 701")));
    assert!(fixes
        .iter()
        .any(|r| r.contains("Hancock v. Am. Tel. & Tel. Co., 701")));
    // The first word alone is never reported: many courts keep it whole.
    let kept = "See Employers Mut. Cas. Co. v. Bartile Roofs, Inc., 618 F.3d 1153, 1160 \
                (10th Cir. 2010).";
    assert!(citation_codes_over(kept, "Employers").is_empty());
}

/// New York writes `see e.g.` without the Bluebook's commas (People v Henderson, 2026 NY
/// Slip Op 01627: `(see e.g. People v Valentin, 29 NY3d 150, 156 [2017]; …)`).
#[test]
fn new_york_writes_see_e_g_without_commas() {
    flagged_with_fix(
        MCGOVERN,
        "(People v Day, 73 NY2d 208, 211 [1989];",
        "(see, e.g., People v Day, 73 NY2d 208, 211 [1989];",
        "citation/signal-comma",
        "(see e.g. People v Day",
    );
}
