//! False alarms of the typo pass on briefs (session 34's precision sample: 105 briefs of the
//! Solicitor General and of Washington appellate counsel, and two district-court filings,
//! as justinseger015-ctrl/CaseStrainer keeps their PDFs), as real passages
//! (tests/fixtures/precision/briefs-r34/, sources in tests/fixtures/precision/SOURCES.md):
//! each passage draws nothing now, and the slips of the same briefs are still found.

use super::typo_support::typo_findings;

const PASSAGES: &str = include_str!("../fixtures/precision/briefs-r34/passages.txt");

#[test]
fn the_brief_passages_draw_no_typo_finding() {
    assert!(PASSAGES.split("\n\n").count() >= 25);
    for passage in PASSAGES.split("\n\n") {
        assert_eq!(typo_findings(passage), Vec::<String>::new(), "{passage}");
    }
}

/// Pages of briefs as plead reads their PDFs, form feeds kept: the first page of the text
/// is numbered `(1)` and the appendix's pages `12a`, and a word hyphenated at the foot of
/// one page goes on after that folio (`notifica-` / `(1)` / `tion`, `includ-` / `71a` /
/// `ing`); where the text after a page break does not go on with the sentence before it
/// (a footnote came between), the page's first word is not spelled as a word.
#[test]
fn brief_folios_are_page_furniture() {
    for (name, text) in [
        (
            "facteau-page-one",
            include_str!("../fixtures/precision/briefs-r34/facteau-page-one.txt"),
        ),
        (
            "nrc-appendix-page",
            include_str!("../fixtures/precision/briefs-r34/nrc-appendix-page.txt"),
        ),
        (
            "epa-kentucky-page-break",
            include_str!("../fixtures/precision/briefs-r34/epa-kentucky-page-break.txt"),
        ),
    ] {
        assert!(text.contains('\x0c'), "{name} keeps its page break");
        assert_eq!(typo_findings(text), Vec::<String>::new(), "{name}");
    }
}

/// A brief's cover sets its signature block in two columns, which the text runs together
/// (`Solicitor General` beside `General Counsel`, `General Counsel` beside `Counsel of
/// Record`): no doubled word.
#[test]
fn a_signature_blocks_columns_double_no_word() {
    let cover = include_str!("../fixtures/precision/briefs-r34/ahmed-cover.txt");
    assert!(cover.contains("Solicitor General\nGeneral Counsel\tCounsel of Record"));
    assert_eq!(typo_findings(cover), Vec::<String>::new());
    // In running prose a title word set twice is still a slip.
    assert_eq!(
        typo_findings("The court applied the general general rule.\n"),
        vec!["typo/doubled-word \"general general\"".to_string()]
    );
}

fn flags(text: &str, word: &str) -> bool {
    typo_findings(text)
        .iter()
        .any(|f| f.contains(&format!("\"{word}\"")))
}

/// The slips of the same briefs are still reported.
#[test]
fn the_briefs_own_slips_are_still_found() {
    assert!(flags(
        "The court of appeals erred in declaring that an officer’s conduct prior to using force is categorially irrelevant to whether the use of force was reasonable under the Fourth Amendment.\n",
        "categorially"
    ));
    assert!(flags(
        "While the subset of fraudulent-misrepresentation suits that sought relief for money damages typically required a showing that the plaintiff had in fact suffered such damages, plaintiffs seeking equitable relief—such as recission of the fraudulently induced contract—were not generally required to show that they had suffered a net pecuniary loss.\n",
        "recission"
    ));
    assert!(flags(
        "It concluded, as relevant here, that it lacked authority to resolve petitioners’ challenge because it was bound by rulings on the subject by the relevant component of the the Department of Health and Human Services (HHS), namely, the Centers for Medicare & Medicaid Services (CMS).\n",
        "the the"
    ));
}

/// `an onerous hurdle`: *onerous* is said with a vowel; `a onerous` is the slip.
#[test]
fn onerous_takes_an() {
    assert!(
        typo_findings("The rule creates a onerous hurdle for claimants.\n")
            .iter()
            .any(|f| f.starts_with("typo/article"))
    );
}

/// `aff ’d` is `aff’d` with the space an italic `ff` leaves; a word that is not one
/// before a spaced ending is still spelled.
#[test]
fn a_spaced_elision_is_its_word() {
    assert!(flags("The judgment was afirm ’d on appeal.\n", "afirm"));
}
