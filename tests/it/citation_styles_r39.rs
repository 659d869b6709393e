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

const NELSON: &str =
    include_str!("../fixtures/styles/eval/heldout17/mi-coa-nelson-v-hurley-373551-dissent.txt");
const QC: &str =
    include_str!("../fixtures/styles/eval/heldout17/tx-2dcoa-in-re-qc-02-24-00278-cv.txt");
const BURGESS: &str =
    include_str!("../fixtures/styles/eval/heldout17/fed-nd-ohio-burgess-v-gcrta-1-24-cv-01217.txt");
const PALUMBO: &str =
    include_str!("../fixtures/styles/eval/heldout17/de-ch-palumbo-v-palumbo-2024-0661-dh.txt");

/// A Michigan Court of Appeals opinion is in the Michigan Appellate Opinion Manual's
/// style (its caption): `v`, reporters without periods, the parallel after a semicolon
/// with the year after both, `(Mich, 2025)`: the court's own citations draw nothing
/// (they drew 27 findings as New York's style).
#[test]
fn a_michigan_opinion_is_held_to_michigans_manual() {
    let analysis = analysis_of(NELSON);
    let findings = citation_findings(&analysis);
    assert!(findings.is_empty(), "{findings:#?}");
}

/// Michigan's forms: the parallel after a semicolon, `Mich App` without periods,
/// `(quotation marks and citation omitted)`, `MCR`.
#[test]
fn michigans_own_forms_are_asked_for() {
    flagged_with_fix(
        NELSON,
        "Mich 240, 250; 273 NW2d 429 (1978)",
        "Mich 240, 250, 273 NW2d 429 (1978)",
        "citation/parallel-form",
        "250; 273 NW2d 429",
    );
    flagged_with_fix(
        NELSON,
        "Id. at 252 (quotation marks and citation omitted)",
        "Id. at 252 (internal quotation marks and citation omitted)",
        "citation/history-form",
        "(quotation marks and citation omitted)",
    );
    flagged_with_fix(
        NELSON,
        "under MCR 2.116(C)(10).",
        "under Mich. Ct. R. 2.116(C)(10).",
        "citation/code-form",
        "MCR 2.116(C)(10)",
    );
    flagged_with_fix(
        NELSON,
        "rule.” Markel II, 510 Mich at 1073.",
        "rule.” Markel II, 510 Mich. at 1073.",
        "citation/reporter-form",
        "510 Mich at 1073",
    );
}

/// A Texas court of appeals by its seat after an em dash, and petition history (not writ
/// history) for a decision after 1997 (Texas Rules of Form).
#[test]
fn texas_courts_of_appeals_take_the_dash_and_petition_history() {
    let analysis = analysis_of(QC);
    assert!(citation_findings(&analysis).is_empty());
    let row = |correct: &str, wrong: &str, want: &str| {
        flagged_with_fix(QC, correct, wrong, "citation/court-format", want)
    };
    let rows = tx_rows();
    assert_eq!(rows.len(), 2);
    for (correct, wrong, want) in rows {
        row(correct, wrong, want);
    }
    // `writ denied` before September 1997 is right.
    let old = "Smith v. Jones, 900 S.W.2d 1, 3 (Tex. App.—Fort Worth 1995, writ denied).";
    assert!(citation_codes_over(old, "writ denied").is_empty());
}

fn tx_rows() -> Vec<(&'static str, &'static str, &'static str)> {
    let wrong_rows = include_str!("../fixtures/styles/eval/heldout17/wrong.tsv");
    wrong_rows
        .lines()
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            (cols.len() == 4
                && cols[0].starts_with("tx-")
                && (cols[2].contains("writ denied") || cols[2].contains("Tex. App. Texarkana")))
            .then(|| (cols[1], cols[2], cols[3]))
        })
        .collect()
}

/// `TRAP 38.3` is the Texas Rules of Appellate Procedure's name in practice, not T1's.
#[test]
fn trap_is_written_tex_r_app_p() {
    flagged_with_fix(
        QC,
        "Tex. R. App. P. 38.3",
        "TRAP 38.3",
        "citation/code-form",
        "Tex. R. App. P. 38.3",
    );
}

/// The Bluebook's `See, e.g.,` with both commas; a signal inside a string citation in
/// lower case.
#[test]
fn signals_take_the_bluebooks_commas_and_case() {
    flagged_with_fix(
        PALUMBO,
        "See, e.g., id. at 98:13–100:21",
        "See e.g. id. at 98:13–100:21",
        "citation/signal-comma",
        "See, e.g., id.",
    );
    flagged_with_fix(
        BURGESS,
        "1993)); see also Doe",
        "1993)); See also Doe",
        "citation/signal-comma",
        "; see also Doe",
    );
}

const ALI: &str =
    include_str!("../fixtures/styles/eval/heldout16/nd-sc-ali-v-osman-2026-nd-156.txt");

/// The North Dakota Supreme Court's own names for its Century Code and its rules
/// (`N.D.C.C. § 14-05-24(1)`, `N.D.R.App.P. 38`), asked for under its caption; a Bluebook
/// text accepts them as written, the section sign kept.
#[test]
fn north_dakota_cites_its_code_and_rules_by_its_own_names() {
    flagged_with_fix(
        ALI,
        "under N.D.C.C. § 14-05-24(1). A court’s",
        "under N.D. Cent. Code § 14-05-24(1). A court’s",
        "citation/code-form",
        "N.D.C.C. § 14-05-24(1)",
    );
    flagged_with_fix(
        ALI,
        "this appeal under N.D.R.App.P. 38.",
        "this appeal under N.D. R. App. P. 38.",
        "citation/code-form",
        "N.D.R.App.P. 38",
    );
    let bluebook = "The statute controls. N.D.C.C. § 14-05-24(1); see also N.D.R.App.P. 38; \
                    Kelly v. Kelly, 2011 ND 167, ¶ 12, 806 N.W.2d 133.";
    assert!(citation_codes_over(bluebook, "N.D.C.C.").is_empty());
    assert!(citation_codes_over(bluebook, "N.D.R.App.P.").is_empty());
    // Without its section sign the house form is still a slip.
    let unsigned = "The statute controls. N.D.C.C. 14-05-24(1).";
    assert_eq!(
        citation_codes_over(unsigned, "N.D.C.C."),
        ["citation/section-sign"]
    );
}
