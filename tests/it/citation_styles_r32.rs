//! Round 32's citation-style fixes (issue 15), each on real text: passages of the seventh
//! style set's whole documents (tests/fixtures/styles/real/*-r32.txt, copied from
//! eval/heldout7 with their captions; sources in real/SOURCES.md), a New Mexico rule's
//! annotations (eval/heldout5) and two Supreme Court opinions. The passage as written draws
//! no finding over the citation; the form wrong for its style is flagged with the fix.

use super::style_support::*;
use plead::analysis::ParagraphCache;
use plead::config::{CitationStyleSetting, Config};
use plead::document::Format;
use plead::engine::analyze;

const NY_WORLEY: &str = include_str!("../fixtures/styles/real/ny-worley-r32.txt");
const IL_COLE: &str = include_str!("../fixtures/styles/real/il-cole-r32.txt");
const IL_SANI: &str = include_str!("../fixtures/styles/real/il-sani-r32.txt");
const CA_DILLON: &str = include_str!("../fixtures/styles/real/ca-dillon-r32.txt");
const FED_MATHEW: &str = include_str!("../fixtures/styles/real/fed-mathew-r32.txt");
const FED_ROBINSON: &str = include_str!("../fixtures/styles/real/fed-robinson-r32.txt");
const NM_ANNOTATIONS: &str =
    include_str!("../fixtures/styles/eval/heldout5/nm-rule-12-312-annotations.txt");
const SCOTUS_KINDRED: &str = include_str!("../fixtures/opinions/006-kindred-nursing-v-clark.txt");
const SCOTUS_MISSION: &str =
    include_str!("../fixtures/precision/docs/scotus-permanent-mission-india.txt");

/// People v Worley, 40 NY3d 129, cites `Doe v Pataki, 3 F Supp 2d 456, 471-472 [SD NY
/// 1998]`: the Official Reports write the court in the bracketed date without periods.
/// The Bluebook's `[S.D.N.Y. 1998]` there is given `[SD NY 1998]`.
#[test]
fn a_new_york_court_in_its_bracketed_date_drops_its_periods() {
    flagged_with_fix(
        NY_WORLEY,
        "3 F Supp 2d 456, 471-472 [SD NY 1998]",
        "3 F Supp 2d 456, 471-472 [S.D.N.Y. 1998]",
        "citation/court-format",
        "471-472 [SD NY 1998]",
    );
    flagged_with_fix(
        NY_WORLEY,
        "(3 F Supp 2d 456 [SD NY 1998];",
        "(3 F Supp 2d 456 [S.D.N.Y. 1998];",
        "citation/court-format",
        "456 [SD NY 1998]",
    );
}

/// Cole v. Lee, 2026 IL App (1st) 252223-U, cites the Consumer Fraud Act `(815 ILCS 505/1
/// et seq. (West 2022))`: Illinois's courts name their statutes `ILCS` (Ill. S. Ct. R. 6),
/// so the Bluebook's `815 Ill. Comp. Stat. 505/1` there is given `ILCS`. Held to the
/// Bluebook, the same text keeps T1's name.
#[test]
fn an_illinois_opinion_cites_its_statutes_by_ilcs() {
    flagged_with_fix(
        IL_COLE,
        "(815 ILCS 505/1",
        "(815 Ill. Comp. Stat. 505/1",
        "citation/code-form",
        "(815 ILCS 505/1",
    );
    let bluebook_form = IL_COLE.replacen("(815 ILCS 505/1", "(815 Ill. Comp. Stat. 505/1", 1);
    let mut config = Config::default();
    config.citations.style = CitationStyleSetting::from(plead::citations::StyleId::BLUEBOOK);
    let analysis = analyze(
        &bluebook_form,
        Format::Plain,
        &config,
        &mut ParagraphCache::default(),
    );
    let at = bluebook_form
        .find("815 Ill. Comp. Stat.")
        .expect("rewritten");
    let over: Vec<_> = citation_findings(&analysis)
        .into_iter()
        .filter(|f| f.span.start < at + 30 && at < f.span.end)
        .collect();
    assert!(over.is_empty(), "{over:#?}");
}

/// Sani v. Institute for Human Reproduction (Ill. App. Ct. 2026, Westlaw's print) cites
/// the Code of Civil Procedure `(735 ILCS 5/2-615 (West 2024))`: Illinois's courts date a
/// statute by the edition cited, publisher and year. The year alone is given `West`.
#[test]
fn an_illinois_statute_is_dated_by_its_editions_publisher() {
    flagged_with_fix(
        IL_SANI,
        "(735 ILCS 5/2-615 (West 2024))",
        "(735 ILCS 5/2-615 (2024))",
        "citation/code-form",
        "(735 ILCS 5/2-615 (West 2024))",
    );
}

/// Marriage of Dillon (Cal. Ct. App. 2026) cites `In re Eli B. (2022) 73 Cal.App.5th 1061,
/// 1075, fn. 7`: the Style Manual's footnote pin. The Bluebook's `1075 n.7` there is given
/// `1075, fn. 7`.
#[test]
fn a_california_footnote_pin_is_written_fn() {
    flagged_with_fix(
        CA_DILLON,
        "1061, 1075, fn. 7",
        "1061, 1075 n.7",
        "citation/pin-form",
        "1061, 1075, fn. 7",
    );
}

/// Mathew v. Verma (E.D. Mich. 2026) cites `Hilska v. Jones, 217 F.R.D. 16, 22 n.10
/// (D.D.C. 2003)` (Bluebook R3.2(b)); the Supreme Court's spaced `22 n. 10`, alone in a
/// text in the Bluebook's forms, is given `22 n.10`.
#[test]
fn a_note_pin_is_closed_up_to_its_n_in_a_bluebook_text() {
    flagged_with_fix(
        FED_MATHEW,
        "16, 22 n.10 (D.D.C. 2003)",
        "16, 22 n. 10 (D.D.C. 2003)",
        "citation/pin-form",
        "16, 22 n.10 (D.D.C. 2003)",
    );
}

/// Robinson v. Oglala Sioux Tribe (10th Cir. 2026) cites `King, 899 F.3d at 1147` (R10.9);
/// the Supreme Court's `King, 899 F.3d, at 1147` among its Bluebook short forms is given
/// the Bluebook's. Written so throughout, the Court's form is the document's own: nothing.
#[test]
fn a_short_forms_comma_before_at_is_flagged_unless_it_is_the_documents_own() {
    flagged_with_fix(
        FED_ROBINSON,
        "King, 899 F.3d at 1147",
        "King, 899 F.3d, at 1147",
        "citation/pin-form",
        "King, 899 F.3d at 1147",
    );
    let throughout = FED_ROBINSON.replace(" F.3d at ", " F.3d, at ");
    assert!(throughout.matches(" F.3d, at ").count() >= 2);
    let analysis = analysis_of(&throughout);
    let pins: Vec<_> = citation_findings(&analysis)
        .into_iter()
        .filter(|f| f.code == "citation/pin-form")
        .collect();
    assert!(pins.is_empty(), "{pins:#?}");
}

/// The Supreme Court's own opinions write `482 U. S. 483, 493, n. 9` and `461 U. S., at
/// 487-488` throughout (with `Id., at`): their own forms, not slips, so neither draws a
/// finding (the spaced `U. S.` does, as before); the same note written so in a text in
/// the Bluebook's forms is flagged (above).
#[test]
fn the_supreme_courts_own_forms_draw_nothing_in_its_opinions() {
    // Other findings there are the Court's other forms (`U. S.`, `487-488`), as before.
    let pin_form = |text: &str, needle: &str| {
        citation_codes_over(text, needle)
            .into_iter()
            .filter(|c| c == "citation/pin-form")
            .count()
    };
    assert_eq!(pin_form(SCOTUS_KINDRED, "493, n. 9 (1987)"), 0);
    assert_eq!(pin_form(SCOTUS_MISSION, "461 U. S., at 487-488"), 0);
    assert_eq!(pin_form(SCOTUS_MISSION, "304, n. 7 (CA5 1969)"), 0);
    // The same opinion's note in a text in the Bluebook's forms (`Id. at`, no `, at`)
    // is a slip there: flagged.
    let bluebook = SCOTUS_MISSION
        .replace(", at ", " at ")
        .replace("Id., at", "Id. at")
        .replace("id., at", "id. at");
    assert_eq!(pin_form(&bluebook, "304, n. 7 (CA5 1969)"), 1);
}

/// Public-domain citations written with the state's reporter for its code, or pinned by
/// `para.`, in Cole v. Lee: `2017 Ill. App. (1st) 162931` (read as undated before) and
/// `2024 Ill 129244` are given `IL App (1st)` and `IL`; `para. 64` is given `¶ 64`.
#[test]
fn illinois_public_domain_citations_in_their_own_form() {
    flagged_with_fix(
        IL_COLE,
        "2017 IL App (1st) 162931, ¶¶ 15-20",
        "2017 Ill. App. (1st) 162931, ¶¶ 15-20",
        "citation/reporter-form",
        "2017 IL App (1st) 162931, ¶¶ 15-20",
    );
    flagged_with_fix(
        IL_COLE,
        "2024 IL 129244, ¶ 64",
        "2024 Ill 129244, ¶ 64",
        "citation/reporter-form",
        "2024 IL 129244, ¶ 64",
    );
    flagged_with_fix(
        IL_COLE,
        "2024 IL 129244, ¶ 64",
        "2024 IL 129244, para. 64",
        "citation/neutral-form",
        "2024 IL 129244, ¶ 64",
    );
}

/// New Mexico numbers its public-domain citations with three digits (`2005-NMCA-098`, as
/// its rule annotations print them); `2005-NMCA-98` is given the zero.
#[test]
fn new_mexicos_public_domain_numbers_have_three_digits() {
    flagged_with_fix(
        NM_ANNOTATIONS,
        "2005-NMCA-098, 138 N.M. 113",
        "2005-NMCA-98, 138 N.M. 113",
        "citation/neutral-form",
        "2005-NMCA-098, 138 N.M. 113",
    );
}
