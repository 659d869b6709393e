//! Issue 15 on briefs, round 35: the classes of false citation findings left in the fifth
//! precision sample (docs/precision.md, "Round 35 (briefs, citations)"), each on a real
//! passage of its briefs (tests/fixtures/precision/briefs-r35, sources in
//! tests/fixtures/precision/SOURCES.md). Each test also shows the finding still made where
//! the passage is changed to lose what makes it right, so none passes by saying nothing.

use super::style_support::*;

const NRC_APPENDIX: &str =
    include_str!("../fixtures/precision/briefs-r35/nrc-appendix-licence.txt");
const ZAMORA_SCAN: &str =
    include_str!("../fixtures/precision/briefs-r35/wa-zamora-answer-scan.txt");
const ZAMORA_PETITION: &str =
    include_str!("../fixtures/precision/briefs-r35/wa-zamora-petition-toa.txt");
const ID_AFTER_CITING: &str =
    include_str!("../fixtures/precision/briefs-r35/sg-id-after-citing-parentheticals.txt");
const TWO_DENIALS: &str =
    include_str!("../fixtures/precision/briefs-r35/sg-history-two-denials.txt");
const HISTORY_IN_PARENTHETICAL: &str =
    include_str!("../fixtures/precision/briefs-r35/sg-year-with-history-in-parenthetical.txt");
const OPINIONS_BELOW: &str = include_str!("../fixtures/precision/briefs-r35/sg-opinions-below.txt");
const MACQUARIE: &str =
    include_str!("../fixtures/precision/briefs-r35/sg-macquarie-short-form.txt");
const AEP: &str = include_str!("../fixtures/precision/briefs-r35/sg-aep-short-name.txt");
const SOURCES: &str =
    include_str!("../fixtures/precision/briefs-r35/sg-debates-olc-english-reports.txt");

fn citation_codes(text: &str) -> Vec<String> {
    let analysis = analysis_of(text);
    citation_findings(&analysis)
        .iter()
        .map(|f| f.code.to_string())
        .collect()
}

/// The licence and the regulations an NRC brief reprints after its conclusion (`10 CFR
/// Part 72`, `§52.99(c)`) are not the brief's citations. Without the appendix's heading
/// and its table of contents the same text is read as the writer's, and its forms are
/// flagged (the reprinted sections' missing `§`).
#[test]
fn a_briefs_appendix_of_reproduced_matter_draws_no_citation_finding() {
    assert_eq!(citation_codes(NRC_APPENDIX), Vec::<String>::new());
    let unmarked = NRC_APPENDIX
        .replacen("APPENDIX\n", "\n", 1)
        .replace("TABLE OF CONTENTS", "");
    assert!(!citation_codes(&unmarked).is_empty());
}

/// The respondent's answer in *Zamora* is a scan whose text layer runs its words together
/// (`Statev. Blake,197 Wn.2d 170,481 P.3d 521`): 17 citation findings on main, every one
/// about the OCR. A born-digital brief of the same case keeps its findings (`Wn.App.`).
#[test]
fn a_scan_whose_words_run_together_draws_no_citation_finding() {
    assert_eq!(citation_codes(ZAMORA_SCAN), Vec::<String>::new());
    assert!(
        citation_codes_over(ZAMORA_PETITION, "State v. Cormier, 100 Wn.App. 457")
            .contains(&"citation/reporter-form".to_string())
    );
}

/// `143 Wn.2d 731,24 P.3d 1006`: the parallel after a comma with no space was read as a
/// pin before the first page and a citation without a date. Read as the parallel it is,
/// it draws nothing; with a reporter wrong in it, it is checked as any parallel.
#[test]
fn a_parallel_after_a_comma_without_a_space_is_a_parallel() {
    for cite in [
        "State v. Clark, 143 Wn.2d 731,24 P.3d 1006 (2001)",
        "State v. Lile, 188 Wn.2d 766,309 P.3d 1052 (2017)",
        "State v. Monday, 171 Wn.2d 667,257 P.3d 551 (2011)",
    ] {
        assert_eq!(
            citation_codes_over(ZAMORA_PETITION, cite),
            Vec::<String>::new()
        );
    }
    let wrong = ZAMORA_PETITION.replacen("731,24 P.3d 1006", "731,24 P3d 1006", 1);
    assert_eq!(
        citation_codes_over(&wrong, "State v. Clark, 143 Wn.2d 731,24 P3d 1006 (2001)"),
        vec!["citation/reporter-form".to_string()]
    );
}

/// `Pet. App. 5a (citing Paroline …; Pasquantino …). … Id. at 6a`: the cases in the
/// parenthetical are the court's, cited by the appendix page; `Id.` is that page. So with
/// `Pet. 18 (citing …; …) … (ibid.)` and `Id. at 43a (citing …; …) … Ibid.` Without the
/// record reference, `Id.` follows the two cases and is ambiguous.
#[test]
fn an_id_after_a_record_references_citing_parenthetical_is_the_reference() {
    let analysis = analysis_of(ID_AFTER_CITING);
    let ids: Vec<_> = citation_findings(&analysis)
        .into_iter()
        .filter(|f| f.code == "citation/id-antecedent")
        .collect();
    assert!(ids.is_empty(), "{ids:#?}");
    let bare = ID_AFTER_CITING.replacen("Pet.\nApp. 5a (citing ", "See ", 1);
    assert!(citation_codes_over(&bare, "Id. at 6a").contains(&"citation/id-antecedent".to_string()));
}

/// `cert. denied, 141 S. Ct. 2596, and 141 S. Ct. 2598 (2021)`: two denials of one year
/// dated once. Without the year the first is undated again.
#[test]
fn two_denials_sharing_one_year_are_dated() {
    for cite in [
        "141 S. Ct. 2596, and 141 S. Ct. 2598 (2021)",
        "578 U.S. 902, and cert. denied, 578 U.S. 978 (2016)",
        "cert. denied, 142 S. Ct. 2794,\nand 142 S. Ct. 2847 (2022)",
        "459 U.S. 856 and 459 U.S. 866 (1982)",
        "141 S. Ct. 150, and 141 S. Ct. 457 (2020)",
    ] {
        assert_eq!(
            citation_codes_over(TWO_DENIALS, cite),
            Vec::<String>::new(),
            "{cite}"
        );
    }
    let undated = TWO_DENIALS.replacen("141 S. Ct. 2598 (2021)", "141 S. Ct. 2598", 1);
    assert!(citation_codes_over(&undated, "141 S. Ct. 2596")
        .contains(&"citation/court-year-missing".to_string()));
}

/// `(citing FTC v. Amy Travel Serv., Inc., 875 F.2d 564, 571 (7th Cir.), cert. denied,
/// 493 U.S. 954 (1989))`: the history inside the parenthetical dates the citation there
/// as it does outside one (R10.5). Without its year the citation is undated.
#[test]
fn history_inside_a_parenthetical_dates_its_citation() {
    // (The passages' own `Id.` and `Ibid.` have their antecedents before the excerpt.)
    let undated = |text: &str, cite: &str| {
        citation_codes_over(text, cite).contains(&"citation/court-year-missing".to_string())
    };
    for cite in [
        "(7th Cir.), cert. denied, 493 U.S. 954",
        "(4th Cir.), cert. denied, 139 S. Ct. 494",
    ] {
        assert!(!undated(HISTORY_IN_PARENTHETICAL, cite), "{cite}");
    }
    let without_year = HISTORY_IN_PARENTHETICAL.replacen("493 U.S. 954 (1989)", "493 U.S. 954", 1);
    assert!(undated(&without_year, "(7th Cir.), cert. denied"));
}

/// `A prior opinion and an order of the court of appeals are reported at 66 F.4th 406 and
/// 81 F.4th 1260`, `are available at 2017 WL 2812948, 2017 WL 1550303, and 2017 WL
/// 1833478`: the brief's report of the opinions below, every one of the list undated. In
/// a Bluebook text (no Solicitor General's cover) they are undated citations.
#[test]
fn the_opinions_below_listed_together_are_reported_undated() {
    assert_eq!(citation_codes(OPINIONS_BELOW), Vec::<String>::new());
    let bluebook = [
        "In the Supreme Court of the United States",
        "Solicitor",
        "Counsel of Record",
    ]
    .iter()
    .fold(OPINIONS_BELOW.to_string(), |t, name| t.replace(name, ""));
    assert!(citation_codes_over(&bluebook, "81 F.4th\n1260")
        .contains(&"citation/court-year-missing".to_string()));
}

/// `Macquarie Infrastruc-` ⏎ `ture Corp. v. Moab Partners, L. P., 601 U.S. 257`: the
/// Court's spaced `L. P.` ended the name at the comma, so `Macquarie, 601 U.S. at 263`
/// matched no name among two cases of volume 601. `(AEP)` after `American Electric
/// Power Co. v. Connecticut` names the case `AEP, 564 U.S. at 420` cites; without it the
/// short form has no antecedent.
#[test]
fn short_forms_find_their_case_by_a_spaced_lp_and_by_a_defined_name() {
    assert_eq!(
        citation_codes_over(MACQUARIE, "Macquarie, 601"),
        Vec::<String>::new()
    );
    assert_eq!(
        citation_codes_over(AEP, "AEP, 564 U.S. at 420"),
        Vec::<String>::new()
    );
    assert_eq!(
        citation_codes_over(AEP, "AEP, 564 U.S. at 421"),
        Vec::<String>::new()
    );
    let undefined = AEP.replacen(" (AEP).", ".", 1);
    assert!(citation_codes_over(&undefined, "AEP, 564 U.S. at 420")
        .contains(&"citation/short-form-antecedent".to_string()));
}

/// The Register of Debates and the Congressional Record are no case reporters; the
/// Opinions of the Office of Legal Counsel are still published (vol. 42 in 2018); the
/// English Reports take the year before the volume (T2). A misspelt reporter among them
/// is still unknown.
#[test]
fn the_debates_olc_opinions_and_english_reports_are_read() {
    assert_eq!(citation_codes(SOURCES), Vec::<String>::new());
    let wrong = SOURCES.replacen("168 Eng. Rep. 662", "168 Eng. Repx. 662", 1);
    assert!(citation_codes_over(&wrong, "168 Eng. Repx. 662")
        .contains(&"citation/reporter-unknown".to_string()));
}
