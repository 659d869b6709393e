//! Issue 15 on briefs: the Supreme Court briefs' style (the Solicitor General's form) and
//! Washington's, read as the document's style from its cover or caption, on passages of
//! real briefs of the fifth precision sample (tests/fixtures/styles/real/us-sg-*-r34.txt and
//! wa-thomason-r34.txt; sources in real/SOURCES.md). Each style is detected; its own forms
//! draw nothing; a form wrong in it is flagged with its fix.

use super::style_support::*;
use plead::citations::style::{detect::StyleBasis, in_force, StyleId};

const SG_ZHENG: &str = include_str!("../fixtures/styles/real/us-sg-zheng-r34.txt");
const SG_CATHOLIC_CHARITIES: &str =
    include_str!("../fixtures/styles/real/us-sg-catholic-charities-r34.txt");
const WA_THOMASON: &str = include_str!("../fixtures/styles/real/wa-thomason-r34.txt");

/// The brief without what names its style on the cover: the Court's name, the Solicitor
/// General and counsel of record (the court of appeals below, which the cover names too,
/// is left: a Bluebook court).
fn without_cover(text: &str) -> String {
    [
        "In the Supreme Court of the United States",
        "Solicitor",
        "Counsel of Record",
    ]
    .iter()
    .fold(text.to_string(), |t, name| t.replace(name, ""))
}

fn style_of(text: &str) -> (StyleId, StyleBasis) {
    let analysis = analysis_of(text);
    let style = in_force(&analysis).expect("the citation analyzer ran");
    (style.style, style.basis)
}

/// The cover (`In the Supreme Court of the United States`, the petition or writ of
/// certiorari, the Solicitor General as counsel of record) names the style; Washington's
/// caption (`THE COURT OF APPEALS OF THE STATE OF WASHINGTON, DIVISION THREE`) names its.
#[test]
fn the_cover_or_caption_names_the_style() {
    for text in [SG_ZHENG, SG_CATHOLIC_CHARITIES] {
        assert_eq!(
            style_of(text),
            (named_style("supreme-court-brief"), StyleBasis::Caption)
        );
    }
    assert_eq!(
        style_of(WA_THOMASON),
        (StyleId::WASHINGTON, StyleBasis::Caption)
    );
    // Without the Solicitor General's cover, the Court's name alone is the Bluebook's.
    let bare = "In the Supreme Court of the United States\n\nBRIEF OF AMICI\n\nSee 8 U.S.C. 1324(a)(1)(A)(iii).\n";
    assert_eq!(style_of(bare).0, StyleId::BLUEBOOK);
    // Washington's reporters, cited throughout, put an uncaptioned brief in its style.
    let body = WA_THOMASON
        .split_once("Generally speaking")
        .map(|(_, rest)| rest)
        .expect("the passage");
    assert_eq!(style_of(body).0, StyleId::WASHINGTON);
}

/// `8 U.S.C. 1324(a)(1)(A)(iii)` without `§` is the Solicitor General's form, and `§`
/// stands too; in a Bluebook text the missing sign is still flagged.
#[test]
fn a_supreme_court_brief_cites_the_code_with_or_without_the_section_sign() {
    let cite = "8 U.S.C. 1324(a)(1)(A)(iii)";
    assert!(citation_codes_over(SG_ZHENG, cite).is_empty());
    let with_sign = SG_ZHENG.replacen(cite, "8 U.S.C. § 1324(a)(1)(A)(iii)", 1);
    assert!(citation_codes_over(&with_sign, "8 U.S.C. § 1324").is_empty());
    let bluebook = without_cover(SG_ZHENG);
    assert_eq!(style_of(&bluebook).0, StyleId::BLUEBOOK);
    assert_eq!(
        citation_codes_over(&bluebook, cite),
        vec!["citation/section-sign".to_string()]
    );
}

/// Full page ranges (`216-217`) are the brief's form; the Bluebook's page-range rule does
/// not apply (in a Bluebook text it does). The passage's short forms have their full
/// citations outside it, so only the page-range rule is asked.
#[test]
fn a_supreme_court_brief_keeps_full_page_ranges() {
    let range = "citation/page-range".to_string();
    for text in [
        SG_CATHOLIC_CHARITIES.to_string(),
        without_cover(SG_CATHOLIC_CHARITIES),
    ] {
        let codes = citation_codes_over(&text, "406 U.S. at 216-217");
        let bluebook = style_of(&text).0 == StyleId::BLUEBOOK;
        assert_eq!(codes.contains(&range), bluebook, "{codes:?}");
    }
    assert_eq!(
        style_of(&without_cover(SG_CATHOLIC_CHARITIES)).0,
        StyleId::BLUEBOOK
    );
}

/// `In United States v. Vargas-Cordon, 733 F.3d 366 (2013), the Second Circuit stated`:
/// the text names the court, so the parenthetical need not; a citation whose paragraph
/// names no court still draws `court-missing`, and the opinions below, `reported at`,
/// need no date.
#[test]
fn a_court_named_in_the_sentence_stands_for_the_parenthetical() {
    for cite in [
        "733 F.3d 366\n(2013)",
        "779\nF.3d 113 (2015)",
        "794 F.3d 743\n(2015)",
        "666 F.3d 1040\n(2012)",
        "382 F.3d 958\n(2004)",
    ] {
        assert!(citation_codes_over(SG_ZHENG, cite).is_empty(), "{cite:?}");
    }
    let unnamed = format!(
        "{SG_ZHENG}\nThat rule is settled. See United States v. Vargas-Cordon, 733 F.3d 366, 382 (2013).\n"
    );
    let at = unnamed
        .rfind("733 F.3d 366, 382")
        .expect("the added paragraph");
    let analysis = analysis_of(&unnamed);
    let codes: Vec<&str> = citation_findings(&analysis)
        .into_iter()
        .filter(|f| f.span.end > at)
        .map(|f| f.code)
        .collect();
    assert_eq!(codes, ["citation/court-missing"]);
    let reported =
        "The opinion of the court of appeals (Pet. App. 1a-16a) is reported at 80 F.4th 1236.";
    let below = format!("{SG_ZHENG}\n{reported}\n");
    assert!(citation_codes_over(&below, "80 F.4th 1236").is_empty());
    let bluebook = format!("{}\n{reported}\n", without_cover(SG_ZHENG));
    assert_eq!(
        citation_codes_over(&bluebook, "80 F.4th 1236"),
        vec!["citation/court-year-missing".to_string()]
    );
}

/// Washington's reports as General Rule 14 cites them (`189 Wn.2d 47`, `112 Wn. App. 95`)
/// draw nothing; T1's `Wash. 2d` is given `Wn.2d`.
#[test]
fn washington_cites_its_reports_as_wn() {
    assert!(citation_codes_over(WA_THOMASON, "189 Wn.2d 47, 56").is_empty());
    assert!(citation_codes_over(WA_THOMASON, "112 Wn. App.\n95").is_empty());
    flagged_with_fix(
        WA_THOMASON,
        "154 Wn.2d 333, 342",
        "154 Wash. 2d 333, 342",
        "citation/reporter-form",
        "154 Wn.2d 333",
    );
    flagged_with_fix(
        WA_THOMASON,
        "McGill, 112 Wn. App. at 100.",
        "McGill, 112 Wash. App. at 100.",
        "citation/reporter-form",
        "112 Wn. App. at 100",
    );
}
