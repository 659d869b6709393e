//! Round 40 (lead): the eighteenth blind style set (`tests/fixtures/styles/eval/heldout18`:
//! an Oregon Court of Appeals opinion, a Hawai'i, an Alaska and a Tennessee opinion) and
//! the codes of states no table named (Pennsylvania, Delaware, Florida's district courts
//! of appeal), on the real documents (sources and licences in the folder's SOURCES.md)
//! and on citations as those states' courts write them.

use super::style_support::*;

const UTSEY: &str =
    include_str!("../fixtures/styles/eval/heldout18/or-ctapp-utsey-v-coos-county-a111594.txt");

/// An Oregon opinion with no caption is read in Oregon's style from its citations: its
/// reporters without periods are Oregon's (`176 Or App 524, 32 P3d 933`), not New York's,
/// so `v.`, the year in parentheses, `rev den` and `ORS` draw nothing (blind, the opinion
/// drew 253 New York findings).
#[test]
fn an_oregon_opinion_is_read_in_oregons_style() {
    let analysis = analysis_of(UTSEY);
    let codes: Vec<&str> = citation_findings(&analysis)
        .iter()
        .map(|f| f.code)
        .collect();
    for wrong_style in [
        "citation/versus",
        "citation/date-form",
        "citation/signal-comma",
        "citation/code-form",
    ] {
        assert!(!codes.contains(&wrong_style), "{wrong_style}: {codes:?}");
    }
    assert!(codes.len() <= 10, "{codes:?}");
    // The year given once after a chain of history dates the whole citation (R10.5).
    assert!(citation_codes_over(
        UTSEY,
        "Poddar v. Clatsop County, 167 Or App 162, 168, 2 P3d 929, on recons 168 Or App 556, 7 P3d 677, rev den 331 Or 193 (2000)"
    )
    .is_empty());
    // A note without its period is a pin: `277 Or 447, 457 n 4, 561 P2d 154 (1977)`.
    assert!(citation_codes_over(UTSEY, "277 Or 447, 457 n 4, 561 P2d 154 (1977)").is_empty());
}

/// Oregon's own forms: reporters without periods, `ORS` without `§`, history without
/// the Bluebook's periods and comma.
#[test]
fn oregon_forms_are_fixed_to_oregons() {
    flagged_with_fix(
        UTSEY,
        "Priest v. Pearce, 314 Or 411",
        "Priest v. Pearce, 314 Or. 411",
        "citation/reporter-form",
        "314 Or 411",
    );
    flagged_with_fix(
        UTSEY,
        "under ORS 215.283(2)(c). The county",
        "under ORS § 215.283(2)(c). The county",
        "citation/section-sign",
        "ORS 215.283(2)(c)",
    );
    flagged_with_fix(
        UTSEY,
        "rev den 330 Or 363 (2000)",
        "rev. denied, 330 Or 363 (2000)",
        "citation/history-form",
        "rev den 330 Or 363",
    );
}

/// A Bluebook brief citing a state's cases with their periods (`404 Mich. 240`) is a
/// Bluebook brief, not one in the style of the state whose courts drop them.
#[test]
fn a_bluebook_brief_citing_michigan_cases_stays_bluebook() {
    let brief = "See Grewe v. Mt. Clemens Gen. Hosp., 404 Mich. 240, 250 (1978); Smith v. \
                 Jones, 159 Mich. App. 231, 240 (1987); Doe v. Roe, 480 Mich. 1, 5 (2007); \
                 Roe v. Doe, 300 Mich. App. 1 (2013).";
    let analysis = analysis_of(brief);
    assert!(
        citation_findings(&analysis).is_empty(),
        "{:#?}",
        analysis.findings
    );
}

/// Pennsylvania's, Delaware's and Florida's codes and rules as their courts write them
/// are read, and draw nothing; their slips are fixed.
#[test]
fn pennsylvania_delaware_and_florida_codes_and_courts() {
    let correct = "The limit is two years. 42 Pa.C.S. § 5524(7); 42 Pa.C.S.A. § 9545(b)(1)(ii); \
                   42 Pa. Cons. Stat. § 5524(2). See Pa.R.A.P. 1925(b); Pa.R.Crim.P. 907; \
                   Pa.R.E. 803(25). Under 8 Del. C. § 220(b) and Del. Code Ann. tit. 12, § 1508, \
                   see Ct. Ch. R. 12(b)(6). See Doe v. Roe, 45 So. 3d 12, 14 (Fla. 3d DCA 2010); \
                   Fla. R. App. P. 9.130(a)(3).";
    let analysis = analysis_of(correct);
    assert!(
        citation_findings(&analysis).is_empty(),
        "{:#?}",
        analysis.findings
    );
    let statutes = plead::citations::Authorities::of(&analysis)
        .expect("citations")
        .citations
        .iter()
        .filter(|c| c.kind == plead::citations::CitationKind::Statute)
        .count();
    assert_eq!(statutes, 5);
    flagged_with_fix(
        correct,
        "42 Pa.C.S. § 5524(7)",
        "42 Pa.C.S. 5524(7)",
        "citation/section-sign",
        "42 Pa.C.S. § 5524(7)",
    );
    flagged_with_fix(
        correct,
        "(Fla. 3d DCA 2010)",
        "(Fla. 3d D.C.A. 2010)",
        "citation/court-format",
        "(Fla. 3d DCA 2010)",
    );
    flagged_with_fix(
        correct,
        "Fla. R. App. P. 9.130(a)(3)",
        "Fla. R. App. Pro. 9.130(a)(3)",
        "citation/code-form",
        "Fla. R. App. P. 9.130(a)(3)",
    );
    // `P.S. 41` is a New York school, not Purdon's statutes: not read as a code.
    assert!(
        citation_findings(&analysis_of("The children attended P.S. 41 in Manhattan.")).is_empty()
    );
}

/// The Hawai'i Reports as Hawai'i's courts title and cite them (`100 Hawai'i 442`, with an
/// okina, an apostrophe, a quotation mark or none) are read and accepted; a parallel after
/// `Hawai‘i` is grouped with it, so its court is known (blind, the Hawai'i opinion drew 38
/// `Hawaii` → `Haw.` findings).
#[test]
fn hawaii_reports_as_hawaii_cites_them() {
    let text = "See State v. Uyesugi, 100 Hawai'i 442, 449, 60 P.3d 843 (2002); State v. Doe, \
                84 Hawaii 1, 29, 928 P.2d 843 (1996); State v. Roe, 100 Hawai\u{2018}i 442, 60 \
                P.3d 843 (2002); Roe v. Doe, 50 Haw. 1, 3 (1967).";
    let analysis = analysis_of(text);
    assert!(
        citation_findings(&analysis).is_empty(),
        "{:#?}",
        analysis.findings
    );
    let uyesugi =
        include_str!("../fixtures/styles/eval/heldout18/haw-sc-state-v-uyesugi-23805.txt");
    let analysis = analysis_of(uyesugi);
    assert!(!citation_findings(&analysis)
        .iter()
        .any(|f| f.code == "citation/reporter-form"));
}

const PALUMBO: &str =
    include_str!("../fixtures/styles/eval/heldout17/de-ch-palumbo-v-palumbo-2024-0661-dh.txt");

/// A Court of Chancery report is read in the Delaware courts' style from its caption: the
/// Delaware Code by title before `Del. C.`, T1's order (`Del. Code Ann. tit. 12, § 1508`)
/// fixed by moving the title; and, as in every Bluebook-family house style without a
/// table of its own, the Bluebook's signals (`See e.g.` → `See, e.g.,`).
#[test]
fn a_chancery_report_is_held_to_delawares_code_form() {
    flagged_with_fix(
        PALUMBO,
        "administration. 12 Del. C. § 1508.",
        "administration. Del. Code Ann. tit. 12, § 1508.",
        "citation/code-form",
        "12 Del. C. § 1508",
    );
    flagged_with_fix(
        PALUMBO,
        "See, e.g., id. at 98:13–100:21",
        "See e.g. id. at 98:13–100:21",
        "citation/signal-comma",
        "See, e.g., id.",
    );
    // A Bluebook text keeps T1's order (and accepts Delaware's `8 Del. C. §` as a house form).
    let bluebook = "See Del. Code Ann. tit. 8, § 102(b)(7); 8 Del. C. § 145.";
    assert!(citation_findings(&analysis_of(bluebook)).is_empty());
}
