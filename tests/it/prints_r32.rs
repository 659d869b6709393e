//! What real prints add around the text, read as the print's (session 32): the false
//! alarms of the blind measure of the eighth style held-out set
//! (tests/fixtures/styles/eval/heldout8, sources in its SOURCES.md) and of the session's
//! precision sample of California slip opinions read as PDFs. Each test shows the form
//! silent as printed and the check still firing on a real slip nearby.

use super::style_support::*;

const NY_HU_SIN: &str =
    include_str!("../fixtures/styles/eval/heldout8/ny-coa-people-v-hu-sin-44-ny3d-455.txt");
const PA_KASPRYAK: &str = include_str!(
    "../fixtures/styles/eval/heldout8/pa-super-kaspryak-v-stadarskyy-2026-pa-super-185.txt"
);
const AZ_BOETTCHER: &str =
    include_str!("../fixtures/styles/eval/heldout8/az-ctapp-boettcher-v-boettcher.txt");
const WI_FIRST_COMMUNITY: &str = include_str!(
    "../fixtures/styles/eval/heldout8/wi-ctapp-first-community-v-smith-2025ap1045.txt"
);
const FED_KASENGELA: &str =
    include_str!("../fixtures/styles/eval/heldout8/fed-cd-cal-kasengela-v-kaiser-westlaw.txt");
const CA_FPPC: &str = include_str!("../fixtures/styles/eval/heldout8/ca-fppc-advice-a-25-002.txt");
const CA_FPPC_2024: &str =
    include_str!("../fixtures/styles/eval/heldout8/ca-fppc-advice-a-24-040.txt");
const NY_HOWARD: &str =
    include_str!("../fixtures/styles/eval/heldout8/ny-coa-people-v-howard-43-ny3d-1028.txt");

/// `(People v Allweiss, 48 NY2d 40; …)` in the Points of Counsel: the Official Reports
/// print each side's argument as the briefs cited, without years; the opinion's own
/// citations are still held to the bracketed year.
#[test]
fn points_of_counsel_need_no_years() {
    let cite = "People v Allweiss, 48 NY2d 40";
    assert_eq!(codes_over(NY_HU_SIN, cite), Vec::<String>::new());
    let heading_gone = NY_HU_SIN.replacen("POINTS OF COUNSEL", "", 1);
    assert!(
        codes_over(&heading_gone, cite)
            .iter()
            .any(|c| c == "citation/court-year-missing"),
        "outside the Points of Counsel the undated citation is flagged"
    );
}

/// `2026 PA Super 185`: the Superior Court's public-domain citation; the reporter's
/// spelling in its place is fixed to it, not to the Supreme Court's bare `PA`.
#[test]
fn pennsylvania_superior_court_public_domain_citation() {
    assert_eq!(
        codes_over(PA_KASPRYAK, "2026 PA Super 185"),
        Vec::<String>::new()
    );
    let at = PA_KASPRYAK.find("2026 PA Super 185").expect("cite");
    let wrong = PA_KASPRYAK.replacen("2026 PA Super 185", "2026 Pa. Super. 185", 1);
    let analysis = analysis_of(&wrong);
    let hit = over(&analysis.findings, &wrong, "2026 Pa. Super. 185")
        .into_iter()
        .find(|f| f.code == "citation/reporter-form")
        .expect("the reporter's name for the public-domain code is flagged");
    assert!(
        hit.message.contains("“2026 PA Super 185”"),
        "{}",
        hit.message
    );
    assert!(fixed(&wrong, hit)
        .iter()
        .any(|t| t[at..].starts_with("2026 PA Super 185")));
}

/// Arizona's `276, ¶ 7 n.2 (App. 2020)` and Wisconsin's `¶20 n.7, 292 Wis. 2d 212`: a
/// paragraph pin's note belongs to the pin, and the parenthetical or parallel after it
/// to the citation.
#[test]
fn a_paragraph_pin_keeps_its_note() {
    let az = "Ball v. Ball, 250 Ariz. 273, 276, ¶ 7 n.2 (App. 2020)";
    assert_eq!(codes_over(AZ_BOETTCHER, az), Vec::<String>::new());
    let undated = AZ_BOETTCHER.replacen(az, "Ball v. Ball, 250 Ariz. 273, 276, ¶ 7 n.2", 1);
    assert!(
        codes_over(&undated, "Ball v. Ball, 250 Ariz. 273")
            .iter()
            .any(|c| c == "citation/court-year-missing"),
        "without its parenthetical the citation is undated"
    );
    let wi = "2006 WI App 57, ¶20 n.7, 292 Wis. 2d 212";
    assert_eq!(codes_over(WI_FIRST_COMMUNITY, wi), Vec::<String>::new());
}

/// `2026 WL 2447454` alone atop a Westlaw print is its head line; the same citation in
/// prose without its court and date is flagged.
#[test]
fn a_westlaw_head_line_is_no_undated_citation() {
    assert!(FED_KASENGELA.lines().nth(2) == Some("2026 WL 2447454"));
    assert_eq!(
        codes_over(FED_KASENGELA, "2026 WL 2447454"),
        Vec::<String>::new()
    );
    let prose = "The court agreed. Padilla v. Ames Constr., Inc., 2025 WL 1738656.\n";
    assert!(codes_over(prose, "2025 WL 1738656")
        .iter()
        .any(|c| c == "citation/court-year-missing"));
}

/// `ZWN:aja` under a letter's signature (the signer's and typist's initials) and an
/// HTML entity name a converter left (`&mdash`) are no words to spell.
#[test]
fn typist_initials_and_entity_names_are_no_words() {
    assert!(CA_FPPC.contains("ZWN:aja"));
    assert_eq!(codes_over(CA_FPPC, "ZWN:aja"), Vec::<String>::new());
    assert!(NY_HOWARD.contains("&mdash"));
    assert_eq!(codes_over(NY_HOWARD, "&mdash"), Vec::<String>::new());
    assert!(codes_over("The aja was lost. Then mdash came.\n", "mdash")
        .iter()
        .any(|c| c == "typo/misspelling"));
}

/// `In re Matthew A. (2008)` ⏏ `165 Cal.App.4th 537, 541`: the California print keeps
/// the citation on one line, leaving the name and year on a short line before it; the
/// PDF reader keeps them in one paragraph (tests/fixtures/pdf/SOURCES.md).
#[test]
fn a_year_line_before_its_volume_line_is_one_paragraph() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pdf/ca-ctapp-b341843.pdf"
    ))
    .expect("fixture");
    let text = plead::formats::convert(&bytes, "ca-ctapp-b341843.pdf")
        .expect("a text PDF")
        .text;
    assert!(
        text.contains("In re Matthew A. (2008)\n165 Cal.App.4th 537"),
        "the year line and the volume line are one paragraph"
    );
    assert_eq!(
        codes_over(&text, "165 Cal.App.4th 537"),
        Vec::<String>::new()
    );
    let undated = text.replacen("In re Matthew A. (2008)", "In re Matthew A.", 1);
    assert!(codes_over(&undated, "165 Cal.App.4th 537")
        .iter()
        .any(|c| c == "citation/court-year-missing"));
}

/// `Id. at 1255. Here, …` written `id.`: a Bluebook citation sentence opens with a
/// capital; after a signal, a semicolon or inside parentheses `id.` stays as written.
#[test]
fn id_opening_a_citation_sentence_is_capitalized() {
    flagged_with_fix(
        FED_KASENGELA,
        "Id. at 1255. Here",
        "id. at 1255. Here",
        "citation/id-form",
        "Id. at 1255",
    );
    let text = "Smith v. Jones, 491 F.3d 1050, 1059 (9th Cir. 2007). See id. at 1256; id. at 1257. Cf. id. at 3. The court so held (quoting id. at 5).\n";
    assert!(citation_findings(&analysis_of(text)).is_empty());
}

/// `(Id.)` in a California letter: the Style Manual cites the same page as the citation
/// before with `(Ibid.)` (the 60 opinions of the session's precision sample write it 133
/// times, `(Id.)` never); `(Id. at p. 5.)` cites another page and stays.
#[test]
fn california_cites_the_same_page_with_ibid() {
    flagged_with_fix(
        CA_FPPC_2024,
        "(Ibid.) In this way,",
        "(Id.) In this way,",
        "citation/id-form",
        "(Ibid.)",
    );
}

/// `(In re Deb (Bankr. N.D.N.Y. May 11, 2012) [nonpub. opn.] 2012 WL 1664235.)`: the
/// Style Manual's mark of an unpublished decision stands between the date and the
/// volume (California Court of Appeal No. A172077, 2025, a slip opinion of the session's
/// precision sample: zeeshanhxider/LegalAI-Scraper `3c5f2af`, public domain).
#[test]
fn an_unpublished_mark_between_date_and_volume_keeps_the_date() {
    let text = "IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\n\nBy doing so, NAI, “in effect, acknowledged the fullness and fairness of” that award. (In re Deb (Bankr. N.D.N.Y. May 11, 2012) [nonpub. opn.] 2012 WL 1664235.)\n";
    assert_eq!(codes_over(text, "2012 WL 1664235"), Vec::<String>::new());
    let undated = text.replace("(Bankr. N.D.N.Y. May 11, 2012) ", "");
    assert!(codes_over(&undated, "2012 WL 1664235")
        .iter()
        .any(|c| c == "citation/court-year-missing"));
}

/// `2025 WI App. 8`: a public-domain code written with a stray period is read as that
/// citation (its parallel `415 Wis. 2d 125` no longer stands alone, undated) and fixed.
#[test]
fn a_public_domain_code_with_a_stray_period_is_read_and_fixed() {
    flagged_with_fix(
        WI_FIRST_COMMUNITY,
        "2025 WI App 8, ¶55, 415 Wis. 2d 125",
        "2025 WI App. 8, ¶55, 415 Wis. 2d 125",
        "citation/reporter-form",
        "2025 WI App 8",
    );
}
