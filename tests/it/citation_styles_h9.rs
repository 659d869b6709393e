//! Issue 15 on the ninth style set (tests/fixtures/styles/eval/heldout9, measured blind by
//! the lead before these changes): its false findings, each fixed as a class, and the
//! wrong-for-style rows it missed, tested on the set's whole documents as written (sources
//! in heldout9/SOURCES.md). The passage as written draws no finding over the citation; the
//! form wrong for its style is flagged with the style's fix.

use super::style_support::*;

const TEXAS: &str = include_str!(
    "../fixtures/styles/eval/heldout9/tex-app-san-antonio-isd-v-becerra-04-25-00724-cv.txt"
);
const NEW_YORK: &str = include_str!(
    "../fixtures/styles/eval/heldout9/ny-coa-people-v-collier-2026-ny-slip-op-00074.txt"
);
const CALIFORNIA: &str =
    include_str!("../fixtures/styles/eval/heldout9/ca-ctapp-halperin-v-halperin-a172110.txt");
const ILLINOIS: &str = include_str!(
    "../fixtures/styles/eval/heldout9/ill-appct-noble-v-wmc-mortgage-2026-il-app-1st-251168-u.txt"
);
const MINNESOTA: &str =
    include_str!("../fixtures/styles/eval/heldout9/minn-ctapp-ally-bank-v-ngouambe-a25-1873.txt");

fn assert_silent(text: &str, snippet: &str) {
    let codes = citation_codes_over(text, snippet);
    assert!(codes.is_empty(), "{snippet:?} drew {codes:?}");
}

/// Texas writes the petition history after the year (`2026, pet. filed`) and a mandamus
/// court's `orig. proceeding`: both are dated parentheticals, not undated citations.
#[test]
fn texas_petition_and_mandamus_history_keep_the_date() {
    assert_silent(
        TEXAS,
        "2026 WL 100418, at *1 n.3 (Tex. App.—San Antonio Jan. 14, 2026, pet. filed)",
    );
    // `2010 WL` ⏎⏎ `5232996, at *4 (Tex. App.—Beaumont Dec. 13, 2010, orig. proceeding)`.
    assert_silent(TEXAS, "No. 09-10-00558-CV, 2010 WL");
}

/// The history set off from the year without its comma, and the Texas courts in forms
/// their T1 entry does not give, are fixed.
#[test]
fn texas_courts_and_history_take_their_t1_form() {
    // From the list of the brief's invented citations on: read from the opinion's start,
    // the quotation reader takes this citation for quoted text (left as a weak spot).
    let list = &TEXAS[TEXAS
        .find("•   “Hoffman v. ESD 48")
        .expect("the list is there")..];
    flagged_with_fix(
        list,
        "(Tex. App.—Houston [1st Dist.] 2015, pet. ref’d)",
        "(Tex. App.—Houston [1st Dist.] 2015 pet. ref’d)",
        "citation/court-format",
        "2015, pet. ref’d",
    );
    flagged_with_fix(
        TEXAS,
        "Suarez v. Silvas, 613 S.W.3d 549, 557 (Tex. App.—",
        "Suarez v. Silvas, 613 S.W.3d 549, 557 (Tex. Ct. App.—",
        "citation/court-format",
        "557 (Tex. App.—",
    );
    flagged_with_fix(
        TEXAS,
        "133 S.W.3d 217, 224 (Tex. 2004)",
        "133 S.W.3d 217, 224 (Tex. Sup. Ct. 2004)",
        "citation/court-format",
        "224 (Tex. 2004)",
    );
}

/// `id.` after a rule plead does not read, in its own citation sentence, refers to that
/// rule: it does not follow the string cite of the sentence before.
#[test]
fn id_after_an_unread_rule_is_not_ambiguous() {
    assert_silent(TEXAS, "cmt. 6; id. R. 3.03(a)(1)");
}

/// New York's bracket gives the court's sitting after the year, and cites another state's
/// reports by its initials without periods (`167 NH 382`, which names the court of its
/// `111 A3d 1077` parallel).
#[test]
fn new_york_brackets_with_en_banc_and_other_states_reports() {
    assert_silent(NEW_YORK, "195 F3d 732, 747 [4th Cir 1999 en banc]");
    assert_silent(NEW_YORK, "142 Wash 2d 608, 623 [Wash 2001 en banc]");
    assert_silent(NEW_YORK, "167 NH 382, 111 A3d 1077, 1100 [2015]");
}

/// `(Id. at pp. 581, 584.)` after `(Beckwith, supra, 205 Cal.App.4th at p. 1056; see id.
/// …; Munn v. Briggs (2010) 185 Cal.App.4th 578, 587 …)`: page 581 lies before Beckwith's
/// first page, so the pin fits Munn alone.
#[test]
fn id_after_a_string_cite_takes_the_one_case_its_page_fits() {
    assert_silent(CALIFORNIA, "(Id. at pp. 581, 584.)");
    assert_silent(CALIFORNIA, "(Id. at pp. 584, 591–592, 593–594.)");
}

#[test]
fn illinois_supreme_court_rules_and_minnesota_review() {
    flagged_with_fix(
        ILLINOIS,
        "Ill. S. Ct. R. 341(h)(6) (eff. Oct. 1, 2020)",
        "Ill. Sup. Ct. R. 341(h)(6) (eff. Oct. 1, 2020)",
        "citation/code-form",
        "Ill. S. Ct. R. 341(h)(6)",
    );
    flagged_with_fix(
        MINNESOTA,
        "forfeited.”), rev. denied (Minn. Mar. 18,",
        "forfeited.”), rev denied (Minn. Mar. 18,",
        "citation/history-form",
        "rev. denied (Minn. Mar. 18",
    );
}

const AHBEZ: &str =
    include_str!("../fixtures/styles/eval/heldout9/ca-ctapp-estate-of-ahbez-d085918.txt");
const MAINE: &str =
    include_str!("../fixtures/styles/eval/heldout9/fed-d-me-alexander-m-v-bisignano.txt");

/// California and New York write every digit of a page range.
#[test]
fn california_and_new_york_page_ranges_are_written_out() {
    flagged_with_fix(
        AHBEZ,
        "(Arman v. Bank of America (1999) 74 Cal.App.4th 697, 702–703.)",
        "(Arman v. Bank of America (1999) 74 Cal.App.4th 697, 702–03.)",
        "citation/page-range",
        "697, 702–703",
    );
    flagged_with_fix(
        NEW_YORK,
        "People v Taranovich (37 NY2d 442, 445-447 [1975])",
        "People v Taranovich (37 NY2d 442, 445-47 [1975])",
        "citation/page-range",
        "442, 445-447",
    );
}

/// New York names a court sitting in a county with a comma, and writes `id.` in lower
/// case within its parentheses; the Bluebook capitalizes `Id.` that opens a citation
/// sentence after a quotation's closing period.
#[test]
fn new_york_county_courts_and_id_case() {
    flagged_with_fix(
        NEW_YORK,
        "36 Misc 3d 544 [Sup Ct, Monroe County 2012]",
        "36 Misc 3d 544 (Sup. Ct. Monroe County 2012)",
        "citation/date-form",
        "[Sup Ct, Monroe County 2012]",
    );
    flagged_with_fix(
        NEW_YORK,
        "(id. at 540, quoting",
        "(Id. at 540, quoting",
        "citation/id-form",
        "(id. at 540",
    );
    flagged_with_fix(
        MINNESOTA,
        "occurred.” Id. (quotation omitted); see",
        "occurred.” id. (quotation omitted); see",
        "citation/id-form",
        "Id. (quotation omitted)",
    );
}

/// A Westlaw star page takes `at`, and several sections take `§§`; the number after a
/// section's comma that is a volume (`§ 202, 112 Stat. 15`) is no second section.
#[test]
fn star_pages_take_at_and_several_sections_take_two_signs() {
    flagged_with_fix(
        MAINE,
        "2025 WL 2084353, at *2 (D. Me.",
        "2025 WL 2084353, *2 (D. Me.",
        "citation/pin-form",
        "2025 WL 2084353, at *2",
    );
    flagged_with_fix(
        MAINE,
        "See 20 C.F.R. §§ 404.900(a)(1)-(4), 416.1400(a)(1)-(4).",
        "See 20 C.F.R. § 404.900(a)(1)-(4), 416.1400(a)(1)-(4).",
        "citation/section-sign",
        "20 C.F.R. §§ 404.900",
    );
    let statutes =
        "Congress acted. Pub. L. No. 105-158, § 202, 112 Stat. 15, 17-18 (1998). It did.";
    assert_silent(statutes, "§ 202, 112 Stat.");
}
