//! Issue 15, round 35: the states' own public-domain (neutral) citation forms, on passages
//! of real opinions of those states' courts and of a court citing them
//! (tests/fixtures/styles/real/*-r35.txt; sources in real/SOURCES.md). Each state's form as
//! its court writes it draws nothing, with its parallel reporter cite and no court-and-year
//! parenthetical; the same citation rewritten in a form the state's rule does not use is
//! flagged with the state's form as the fix.

use super::style_support::*;

const LA_ASBESTOS: &str = include_str!("../fixtures/styles/real/la-asbestos-bordelon-r35.txt");
const WY_BELDEN: &str = include_str!("../fixtures/styles/real/wy-belden-r35.txt");
const OK_DAVIS: &str = include_str!("../fixtures/styles/real/ok-davis-r35.txt");
const KS_NEUTRAL: &str = include_str!("../fixtures/styles/real/ks-neutral-cites-r35.txt");

/// Codes over `snippet` other than the Bluebook's reporter spacing (`So.2d`, `P.3d` as
/// these opinions print them is a separate, true, Bluebook finding).
fn codes_but_spacing(text: &str, snippet: &str) -> Vec<String> {
    citation_codes_over(text, snippet)
        .into_iter()
        .filter(|c| c != "citation/reporter-form")
        .collect()
}

/// Louisiana's uniform citation (La. Sup. Ct. Gen. Admin. R. pt. G, § 8): docket number,
/// court and exact date, then the Southern Reporter. The Supreme Court's `(La. 1/6/95)` and
/// consolidated dockets were not read before this round, so their parallel drew
/// `court-year-missing`.
#[test]
fn louisiana_uniform_citations_date_their_parallel() {
    for cite in [
        "94-0585 (La. App. 4 Cir. 5/16/95), 660 So.2d 32",
        "95-2575, 96-2585, 95-2597 (La. 12/15/95), 664 So.2d 444",
        "93-2267 (La. App. 4 Cir. 9/20/94), 643 So.2d 1291",
        "94-2583 (La. 1/6/95), 648 So.2d 923",
        "94-0455 (La. 12/8/94), 648 So.2d 331",
        "98-1099 (La. 6/5/98), 720 So.2d 1205",
    ] {
        assert!(
            codes_but_spacing(LA_ASBESTOS, cite).is_empty(),
            "{cite:?}: {:?}",
            citation_codes_over(LA_ASBESTOS, cite)
        );
    }
    // The rule's page pin stands before the parenthetical and is a page, not a paragraph.
    let pinned = LA_ASBESTOS.replacen(
        "94-0585 (La. App. 4 Cir. 5/16/95)",
        "94-0585, p. 4 (La. App. 4 Cir. 5/16/95)",
        1,
    );
    assert!(codes_but_spacing(&pinned, "94-0585, p. 4 (La. App.").is_empty());
    // The 1990s' ordinal circuit (`La. App. 5th Cir.`), as the Fifth Circuit wrote it.
    let ordinal = LA_ASBESTOS.replacen(
        "(La. App. 4 Cir. 5/16/95)",
        "(La. App. 4th Cir. 5/16/95)",
        1,
    );
    assert!(codes_but_spacing(&ordinal, "94-0585 (La. App. 4th Cir.").is_empty());
    // Without its date the parenthetical is no uniform citation: the parallel is undated.
    let undated = LA_ASBESTOS.replacen(
        "94-2583 (La. 1/6/95), 648 So.2d 923",
        "94-2583, 648 So.2d 923",
        1,
    );
    assert!(citation_codes_over(&undated, "648 So.2d 923")
        .contains(&"citation/court-year-missing".to_string()));
}

/// Wyoming (`2002 WY 63, ¶ 27, 45 P.3d 225, 234`; Bluebook T1 Wyoming): the Supreme
/// Court's own citations draw nothing, its closed-up `¶4` included; the official reports'
/// name for the court code and a pin without its comma are flagged with the fix.
#[test]
fn wyoming_public_domain_citations() {
    for cite in [
        "2002 WY 63, ¶ 27, 45 P.3d 225, 234 (Wyo. 2002)",
        "2002 WY 51, ¶4, 44 P.3d 22",
        "2002 WY 100, ¶¶27, 28, 49 P.3d 975, 987",
    ] {
        assert!(citation_codes_over(WY_BELDEN, cite).is_empty(), "{cite:?}");
    }
    flagged_with_fix(
        WY_BELDEN,
        "2002 WY 63",
        "2002 Wyo. 63",
        "citation/reporter-form",
        "2002 WY 63",
    );
    flagged_with_fix(
        WY_BELDEN,
        "2002 WY 63, ¶ 27",
        "2002 WY 63 ¶ 27",
        "citation/neutral-form",
        "2002 WY 63, ¶ 27",
    );
}

/// Oklahoma's Court of Criminal Appeals (`1994 OK CR 70, ¶¶ 21-22, 884 P.2d 1186`; Okla. Sup.
/// Ct. R. 1.200): its code is `OK CR`, in full and short citations alike. A year as the volume of its old reports (`Okla.
/// Crim.`) was given the Supreme Court's `OK` before this round; it is `OK CR`.
#[test]
fn oklahoma_criminal_appeals_citations() {
    for cite in [
        "1994 OK CR 70, ¶¶ 21-22, 884 P.2d 1186, 1196",
        "Mitchell, 1994 OK CR 70, ¶¶ 21-22, 884 P.2d at 1196",
    ] {
        assert!(codes_but_spacing(OK_DAVIS, cite).is_empty(), "{cite:?}");
    }
    flagged_with_fix(
        OK_DAVIS,
        "1994 OK CR 70",
        "1994 Okla. Crim. 70",
        "citation/reporter-form",
        "1994 OK CR 70",
    );
    flagged_with_fix(
        OK_DAVIS,
        "1994 OK CR 70, ¶¶ 21-22",
        "1994 OK CR 70 ¶¶ 21-22",
        "citation/neutral-form",
        "1994 OK CR 70, ¶¶ 21-22",
    );
}

/// Another state's court citing South Dakota's, North Dakota's and Utah's public-domain
/// forms (the Supreme Court of Kansas): each draws nothing; South Dakota's own `S.D.` with
/// periods stands too (the court writes it so); North Dakota's and Utah's with the
/// reporter's name or periods are flagged with the code.
#[test]
fn other_states_public_domain_forms_in_a_kansas_opinion() {
    for cite in [
        "2014 SD 62, ¶ 23, 853 N.W.2d 235",
        "2015 ND 6, 858 N.W.2d 302",
        "2009 UT 84, 223 P.3d 1103",
    ] {
        assert!(citation_codes_over(KS_NEUTRAL, cite).is_empty(), "{cite:?}");
    }
    let periods = KS_NEUTRAL.replacen("2014 SD 62", "2014 S.D. 62", 1);
    assert!(citation_codes_over(&periods, "2014 S.D. 62").is_empty());
    flagged_with_fix(
        KS_NEUTRAL,
        "2015 ND 6, 858",
        "2015 N.D. 6, 858",
        "citation/reporter-form",
        "2015 ND 6",
    );
    flagged_with_fix(
        KS_NEUTRAL,
        "2009 UT 84",
        "2009 Utah 84",
        "citation/reporter-form",
        "2009 UT 84",
    );
}

/// The forms the states' rules give that no passage above holds, each in a sentence of its
/// own: read as public-domain citations (no `court-year-missing` on them or their
/// parallel), and the spellings the rules do not use flagged with the code.
#[test]
fn public_domain_forms_of_the_rules() {
    for cite in [
        "Doe v. Poe, 2020 OK CIV APP 5, ¶ 3, 460 P.3d 1.",
        "Vick v. Wade, 2019 COA 12, ¶ 9, 436 P.3d 1.",
        "Rees v. Snow, 2019 UT App 12, ¶ 9, 438 P.3d 1.",
        "Vail v. Webb, 2008 Guam 12, ¶ 4.",
        "Zorn v. Ames, 2015 VI 12, ¶ 4.",
        "Xeno v. Yates, 2019 TSPR 45.",
        "York v. Zane, 2018 Ark. App. 100, at 4, 540 S.W.3d 1.",
        "Eads v. Fox, 2019-KK-01234 (La. 6/26/20), 301 So. 3d 1.",
    ] {
        assert!(
            citation_codes_over(cite, cite).is_empty(),
            "{cite:?}: {:?}",
            citation_codes_over(cite, cite)
        );
    }
    for (wrong, code, want) in [
        (
            "Doe v. Poe, 2020 OK Civ App 5, ¶ 3.",
            "citation/reporter-form",
            "OK CIV APP",
        ),
        (
            "Vick v. Wade, 2019 CO App 12, ¶ 9.",
            "citation/reporter-form",
            "COA",
        ),
        (
            "Vick v. Wade, 2019 Colo. App. 12, ¶ 9.",
            "citation/reporter-form",
            "COA",
        ),
        (
            "York v. Zane, 2018 Ark App 100, at 4.",
            "citation/reporter-form",
            "Ark. App.",
        ),
        (
            "Xeno v. Yates, 2019 T.S.P.R. 45.",
            "citation/reporter-form",
            "TSPR",
        ),
    ] {
        let analysis = analysis_of(wrong);
        let hit = citation_findings(&analysis)
            .into_iter()
            .find(|f| f.code == code)
            .unwrap_or_else(|| panic!("{wrong:?}: no {code}"));
        assert!(
            fixed(wrong, hit).iter().any(|t| t.contains(want)),
            "{wrong:?}: {:?}",
            fixed(wrong, hit)
        );
    }
}
