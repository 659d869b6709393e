//! Round 38 (lead): classes from the sixteenth blind style set
//! (`tests/fixtures/styles/eval/heldout16`: a North Dakota Supreme Court opinion, a D. Utah
//! order, a California Court of Appeal opinion, a New York Court of Appeals decision) and
//! the fifteenth's leftovers, on the real documents (sources and licences in each folder's
//! SOURCES.md). Each wrong form is the kind a drafter writes; each correct form is the
//! court's own text and must draw nothing.

use super::style_support::*;

const LEDOUX: &str = include_str!(
    "../fixtures/styles/eval/heldout15/fed-wd-wash-ledoux-v-outliers-3-24-cv-05808.txt"
);
const DIXON: &str =
    include_str!("../fixtures/styles/eval/heldout16/ca-ctapp-people-v-dixon-f087625.txt");

/// A month written in full in a court parenthetical takes T12's abbreviation.
#[test]
fn a_month_in_full_takes_its_abbreviation() {
    flagged_with_fix(
        LEDOUX,
        "(W.D. Wash. Aug. 21, 2014)",
        "(W.D. Wash. August 21, 2014)",
        "citation/court-format",
        "(W.D. Wash. Aug. 21, 2014)",
    );
}

/// The weight of authority follows the date: `651 (2014) (per curiam)` (R10.6.1).
#[test]
fn per_curiam_follows_the_date() {
    flagged_with_fix(
        LEDOUX,
        "651 (2014) (per curiam)",
        "651 (per curiam) (2014)",
        "citation/date-form",
        "651 (2014) (per curiam)",
    );
}

/// A California court that glues its subdivisions to the section throughout (`section
/// 1172.6(d)(3)` in the text, `(§ 1172.6(d)(3).)` in citations) writes its own form: no
/// `subd.` finding. `(Id., subd. (d)(3).)` after `a section 1172.6 evidentiary hearing`
/// refers to the section the text names.
#[test]
fn a_courts_glued_subdivisions_are_its_own_form() {
    for snippet in ["(§ 1172.6(d)(3).)", "(Id., subd. (d)(3).)"] {
        assert!(
            citation_codes_over(DIXON, snippet).is_empty(),
            "{snippet}: {:?}",
            citation_codes_over(DIXON, snippet)
        );
    }
    // A brief that writes `subd.` elsewhere still hears of the one glued subdivision.
    let brief = "The motion fails. (Code Civ. Proc., § 425.16, subd. (b)(1); see id., subd. \
                 (e); Baral v. Schnitt (2016) 1 Cal.5th 376, 384.) The court erred. \
                 (§ 425.16(b)(1).)";
    assert_eq!(
        citation_codes_over(brief, "§ 425.16(b)(1).)"),
        ["citation/code-form"]
    );
}

const ALI: &str =
    include_str!("../fixtures/styles/eval/heldout16/nd-sc-ali-v-osman-2026-nd-156.txt");
const CAREY: &str =
    include_str!("../fixtures/styles/eval/heldout16/fed-d-utah-carey-v-breakell-4-25-cv-00108.txt");

/// North Dakota's public-domain citations in its Supreme Court's opinion: several
/// paragraphs take `¶¶`; a paragraph pin takes no `at`; `2026-ND-132` is Ohio's hyphenated
/// form, not North Dakota's; the parallel reporter keeps T1's spacing; the court and year
/// the public-domain citation gives are not repeated in a parenthetical.
#[test]
fn north_dakota_public_domain_forms() {
    for (correct, wrong, code, want) in [
        (
            "2026 ND 34, ¶¶ 16, 19",
            "2026 ND 34, ¶ 16, 19",
            "citation/neutral-form",
            "¶¶ 16, 19",
        ),
        (
            "each case.” Id. ¶ 6.",
            "each case.” Id. at ¶ 6.",
            "citation/pin-form",
            "Id. ¶ 6.",
        ),
        (
            "2026 ND 132, ¶ 10",
            "2026-ND-132, ¶ 10",
            "citation/neutral-form",
            "2026 ND 132, ¶ 10",
        ),
        (
            "806 N.W.2d 133",
            "806 N.W. 2d 133",
            "citation/reporter-form",
            "806 N.W.2d 133",
        ),
        (
            "2025 ND 96, ¶ 5, 21 N.W.3d 79.",
            "2025 ND 96, ¶ 5, 21 N.W.3d 79 (N.D. 2025).",
            "citation/court-implied",
            "21 N.W.3d 79.",
        ),
    ] {
        flagged_with_fix(ALI, correct, wrong, code, want);
    }
}

/// A court that writes `Id. at ¶` throughout (Oklahoma's Court of Criminal Appeals) writes
/// its own form; `Id. at ¶` twice among twenty-one `Id. ¶` (a federal memorandum) is a slip.
#[test]
fn at_before_a_paragraph_pin_is_judged_by_the_document() {
    let oklahoma = include_str!(
        "../fixtures/styles/eval/heldout12pd/okla-crim-app-miller-v-state-2013-ok-cr-11-excerpt.txt"
    );
    assert!(citation_codes_over(oklahoma, "Id. at ¶ 6, 188 P.3d at 1287").is_empty());
    let voyton =
        include_str!("../fixtures/styles/eval/heldout14/fed-md-pa-voyton-v-voyton-3-26cv27.txt");
    assert_eq!(
        citation_codes_over(voyton, "Id. at ¶ 14"),
        ["citation/pin-form"]
    );
}

/// Two sections joined by `and` take `§§`; a section and a number of days do not.
#[test]
fn sections_joined_by_and() {
    flagged_with_fix(
        CAREY,
        "28 U.S.C. §§ 1404 and 1406",
        "28 U.S.C. § 1404 and 1406",
        "citation/section-sign",
        "§§ 1404 and 1406",
    );
    let days = "The motion was filed under 28 U.S.C. § 2255 and 28 days later denied.";
    assert!(citation_codes_over(days, "§ 2255").is_empty());
}

/// California names a separate opinion by its kind: `(dis. opn. of Feinberg, J.)`, also
/// after a `supra` short form (whose parentheticals are now read as another short form's).
#[test]
fn california_names_separate_opinions_its_way() {
    flagged_with_fix(
        DIXON,
        "(dis. opn. of Feinberg, J.)",
        "(Feinberg, J., dissenting)",
        "citation/history-form",
        "(dis. opn. of Feinberg, J.)",
    );
    // The Bluebook's form stands in a Bluebook text.
    let bluebook =
        "See Jones v. Smith, 123 F.3d 456, 460 (9th Cir. 1997) (Kozinski, J., dissenting).";
    assert!(citation_codes_over(bluebook, "Kozinski, J., dissenting").is_empty());
}

/// California's session laws (`Stats. 2021, ch. 551`, for the Bluebook's `2021 Cal. Stat.
/// ch. 551`) and its superior court written out as a party (`Lewis v. Superior Court`).
#[test]
fn california_session_laws_and_superior_court() {
    flagged_with_fix(
        DIXON,
        "(Stats. 2021, ch. 551, § 2;",
        "(2021 Cal. Stat. ch. 551, § 2;",
        "citation/code-form",
        "(Stats. 2021, ch. 551, § 2;",
    );
    flagged_with_fix(
        DIXON,
        "Lewis v. Superior Court (1999)",
        "Lewis v. Super. Ct. (1999)",
        "citation/case-name-abbreviation",
        "Lewis v. Superior Court (1999)",
    );
}

/// Several T6 words in one name: each finding fixes its word, and offers the whole name
/// abbreviated in one edit.
#[test]
fn a_name_with_several_t6_words_is_abbreviated_at_once() {
    flagged_with_fix(
        CAREY,
        "Employers Mut. Cas. Co. v. Bartile Roofs",
        "Employers Mutual Cas. Co. v. Bartile Roofs",
        "citation/case-name-abbreviation",
        "Employers Mut. Cas. Co.",
    );
    let text = CAREY.replacen(
        "Employers Mut. Cas. Co. v. Bartile Roofs",
        "Employers Mutual Casualty Co. v. Bartile Roofs",
        1,
    );
    let analysis = analysis_of(&text);
    let found = citation_findings(&analysis);
    let at = text.find("Mutual Casualty").expect("in the text");
    let mutual = found
        .iter()
        .find(|f| f.span.start == at)
        .expect("Mutual is flagged");
    assert!(
        fixed(&text, mutual)
            .iter()
            .any(|t| t.contains("Employers Mut. Cas. Co. v. Bartile Roofs")),
        "{:?}",
        mutual.fixes
    );
}

/// `supra` cited to a case in Bluebook text: the fix gives the short form from the case's
/// full citation — a database's (`Laber, 2023 WL 4950993, at *2`) or a public-domain
/// citation's paragraph (`Van Beek, 2025 ND 96, ¶ 52`).
#[test]
fn supra_for_a_case_is_fixed_from_its_full_citation() {
    flagged_with_fix(
        CAREY,
        "Laber, 2023 WL 4950993, at *2.",
        "Laber, supra, at *2.",
        "citation/supra-case",
        "Laber, 2023 WL 4950993, at *2.",
    );
    flagged_with_fix(
        ALI,
        "Beek, 2025 ND 96, ¶ 52,",
        "Beek, supra, ¶ 52,",
        "citation/supra-case",
        "Beek, 2025 ND 96, ¶ 52,",
    );
}

/// California's short form of a case with its volume takes `supra` before it (`Robinson,
/// supra, 106 Cal.App.5th at p. 869`); without the volume it needs none.
#[test]
fn california_short_forms_take_supra_before_the_volume() {
    flagged_with_fix(
        DIXON,
        "(Robinson, supra, 106 Cal.App.5th at p. 869, review granted.)",
        "(Robinson, 106 Cal.App.5th at p. 869, review granted.)",
        "citation/supra-case",
        "(Robinson, supra, 106 Cal.App.5th at p. 869",
    );
    assert!(citation_codes_over(DIXON, "(Robinson, supra, at pp. 869–872").is_empty());
}

/// California marks an unpublished opinion `[nonpub. opn.]`.
#[test]
fn california_marks_unpublished_opinions_nonpub() {
    flagged_with_fix(
        DIXON,
        "F057961) [nonpub. opn.] (Dixon I)",
        "F057961) [unpub. opn.] (Dixon I)",
        "citation/history-form",
        "F057961) [nonpub. opn.] (Dixon I)",
    );
    let rewritten = DIXON.replacen("[nonpub. opn.] (Dixon I)", "[unpub. opn.] (Dixon I)", 1);
    assert!(
        codes_over(&rewritten, "unpub. opn.]")
            .iter()
            .all(|c| c.starts_with("citation/")),
        "{:?}",
        codes_over(&rewritten, "unpub. opn.]")
    );
}

const MCGOVERN: &str = include_str!(
    "../fixtures/styles/eval/heldout16/ny-coa-people-v-mcgovern-2024-ny-slip-op-05242.txt"
);

/// New York brackets what a citation in parentheses would nest, its alterations too:
/// `(Rodriguez, 25 NY3d at 244 [internal quotation marks and citation omitted])`.
#[test]
fn new_york_brackets_a_nested_alteration() {
    flagged_with_fix(
        MCGOVERN,
        "(Rodriguez, 25 NY3d at 244 [internal quotation marks and citation omitted])",
        "(Rodriguez, 25 NY3d at 244 (internal quotation marks and citation omitted))",
        "citation/parallel-form",
        "244 [internal quotation marks and citation omitted]",
    );
}
