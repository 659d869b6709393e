//! Round 34's citation-style fixes (issue 15), each on real text: passages of the tenth
//! style set's whole documents (tests/fixtures/styles/real/*-r34.txt, copied from
//! eval/heldout10 with their heads; sources in real/SOURCES.md) and two Supreme Court and
//! bankruptcy opinions already among the fixtures (tests/fixtures/opinions). The passage
//! as written draws no finding over the citation; the form wrong for its style is flagged
//! with the style's fix.

use super::style_support::*;

const CA_SHAW: &str = include_str!("../fixtures/styles/real/ca-shaw-r34.txt");
const CA_ND: &str = include_str!("../fixtures/styles/real/ca-nd-superior-court-r34.txt");
const CA_VILLALOBOS: &str = include_str!("../fixtures/styles/real/ca-villalobos-r34.txt");
const NY_FUENTES: &str = include_str!("../fixtures/styles/real/ny-fuentes-r34.txt");
const FED_BVA: &str = include_str!("../fixtures/styles/real/fed-bva-r34.txt");
const IOWA_WILKINSON: &str = include_str!("../fixtures/styles/real/iowa-wilkinson-r34.txt");
const TC_HEARTLAND: &str = include_str!("../fixtures/opinions/009-tc-heartland-v-kraft.txt");
const HARNISCHFEGER: &str =
    include_str!("../fixtures/opinions/032-in-re-harnischfeger-irwin-v-beloit.txt");

/// The California Style Manual names who wrote an opinion cited in its own words:
/// `(plur. opn. of O'Connor, J.)` (People v. Shaw); the Bluebook's `plurality opinion`
/// there is given that form, from the style's `parenthetical_phrases` table.
#[test]
fn a_california_plurality_opinion_is_plur_opn() {
    flagged_with_fix(
        CA_SHAW,
        "25–26 (plur. opn. of O’Connor, J.)",
        "25–26 (plurality opinion of O’Connor, J.)",
        "citation/history-form",
        "(plur. opn. of O’Connor, J.)",
    );
}

/// A section cited without its code (the code under discussion) takes its subdivision
/// after `subd.` as a named code's does: `(§ 1170.12, subd. (c)(2)(C)(iv)(I)–(VIII).)`.
#[test]
fn a_bare_california_section_takes_subd() {
    flagged_with_fix(
        CA_SHAW,
        "(§ 1170.12, subd. (c)(2)(C)(iv)(I)–(VIII).)",
        "(§ 1170.12(c)(2)(C)(iv)(I)–(VIII).)",
        "citation/code-form",
        "§ 1170.12, subd. (c)(2)",
    );
}

/// A Bluebook code name in a California text with a glued subdivision: one finding whose
/// fix writes the whole citation in the Style Manual's form, not two half-fixes.
#[test]
fn a_wrong_code_name_is_fixed_with_its_subdivision_in_one_fix() {
    flagged_with_fix(
        CA_SHAW,
        "see Pen. Code, § 654, subd. (a) [",
        "see Cal. Penal Code § 654(a) [",
        "citation/code-form",
        "Pen. Code, § 654, subd. (a)",
    );
}

/// Within parentheses California brackets an explanation (`228–229 [$15,000].)`), while
/// a short name (`(Pierotti)`) and who wrote an opinion keep their parentheses.
#[test]
fn a_california_explanation_within_parentheses_is_bracketed() {
    flagged_with_fix(
        CA_ND,
        "228–229 [$15,000].)",
        "228–229 ($15,000).)",
        "citation/parallel-form",
        "228–229 [$15,000].)",
    );
    assert!(citation_codes_over(CA_ND, "(Pierotti).)").is_empty());
    assert!(citation_codes_over(CA_SHAW, "(plur. opn. of O’Connor, J.)").is_empty());
}

/// Several sections with their subdivisions between them take `§§`.
#[test]
fn california_sections_with_subdivisions_between_take_two_signs() {
    flagged_with_fix(
        CA_ND,
        "(Bus. & Prof. Code, §§ 6086.7, subd. (a)(3), 6068",
        "(Bus. & Prof. Code, § 6086.7, subd. (a)(3), 6068",
        "citation/section-sign",
        "§§ 6086.7",
    );
}

/// California's and New York's short forms write `at` after the reporter without a comma.
#[test]
fn a_short_forms_comma_before_at_is_flagged_in_california_and_new_york() {
    flagged_with_fix(
        CA_ND,
        "(Pierotti, supra, 81 Cal.App.4th at p. 33.)",
        "(Pierotti, supra, 81 Cal.App.4th, at p. 33.)",
        "citation/pin-form",
        "81 Cal.App.4th at p. 33",
    );
    flagged_with_fix(
        NY_FUENTES,
        "Garrett, 23 NY3d at 886)",
        "Garrett, 23 NY3d, at 886)",
        "citation/pin-form",
        "23 NY3d at 886",
    );
}

/// `Id., §` (California's `id_section_comma`), `(id. at p. 80)` in lower case within a
/// sentence, and the California Reports' `Cal.` with its period.
#[test]
fn villalobos_id_forms_and_reporter_period() {
    flagged_with_fix(
        CA_VILLALOBOS,
        "(Id., § 801, subd. (a)(1).)",
        "(Id. § 801, subd. (a)(1).)",
        "citation/pin-form",
        "(Id., § 801",
    );
    flagged_with_fix(
        CA_VILLALOBOS,
        "(id. at p. 80), Villalobos",
        "(Id. at p. 80), Villalobos",
        "citation/id-form",
        "(id. at p. 80)",
    );
    flagged_with_fix(
        CA_VILLALOBOS,
        "(1930) 209 Cal. 639, 652;",
        "(1930) 209 Cal 639, 652;",
        "citation/reporter-form",
        "209 Cal. 639",
    );
}

/// New York's Official Reports bracket the unreported decision's mark (`136[A]`) and cite
/// session laws without periods (`L 2019, ch 59`).
#[test]
fn new_york_brackets_and_session_laws() {
    flagged_with_fix(
        NY_FUENTES,
        "(see 81 Misc 3d 136[A], 2023",
        "(see 81 Misc 3d 136(A), 2023",
        "citation/reporter-form",
        "136[A]",
    );
    flagged_with_fix(
        NY_FUENTES,
        "see CPL art 245; L 2019, ch 59, § 1",
        "see CPL art 245; L. 2019, ch. 59, § 1",
        "citation/code-form",
        "L 2019, ch 59",
    );
}

/// The Federal Register as agencies write it (`60 FR`), and a regulation whose name and
/// section sign are both wrong, fixed in one edit.
#[test]
fn federal_register_and_cfr_in_one_fix() {
    flagged_with_fix(
        FED_BVA,
        "VAOPGCPREC 10-95, 60 Fed. Reg. 43186 (1995)",
        "VAOPGCPREC 10-95, 60 FR 43186 (1995)",
        "citation/code-form",
        "60 Fed. Reg. 43186",
    );
    flagged_with_fix(
        FED_BVA,
        "See 38 C.F.R. § 3.2501.",
        "See 38 CFR 3.2501.",
        "citation/code-form",
        "38 C.F.R. § 3.2501",
    );
}

/// Wilkinson v. Schmelzer (Iowa Ct. App.): `outcome.” 2 Hora, 5 N.W.3d at 645` — the
/// footnote called there cites Hora in full, and plain text prints its body after the
/// short form. With the call, the later full citation answers it; without the call, or
/// without the footnote's citation, the short form has no antecedent.
#[test]
fn a_short_form_after_a_footnote_call_is_answered_by_the_footnotes_full_cite() {
    const SHORT: &str = "Hora, 5\nN.W.3d at 645";
    assert!(IOWA_WILKINSON.contains(SHORT));
    assert!(citation_codes_over(IOWA_WILKINSON, SHORT).is_empty());
    let no_call = IOWA_WILKINSON.replacen("outcome.” 2 Hora", "outcome.” Hora", 1);
    assert_eq!(
        citation_codes_over(&no_call, SHORT),
        ["citation/short-form-antecedent"]
    );
    let no_footnote_cite = IOWA_WILKINSON.replacen(
        "Hora v. Hora, 5 N.W.3d 635, 645 (Iowa 2024).",
        "(Iowa Supreme Court).",
        1,
    );
    assert_eq!(
        citation_codes_over(&no_footnote_cite, SHORT),
        ["citation/short-form-antecedent"]
    );
}

/// The Supreme Court's syllabus note cites Detroit Timber without a year, by design: no
/// date is asked of it. The same citation in the opinion's prose is asked for its year.
#[test]
fn the_syllabus_notes_citation_is_not_asked_for_a_date() {
    const NOTE_CITE: &str = "200 U. S. 321, 337";
    assert!(TC_HEARTLAND.contains("for the convenience of the reader."));
    assert!(!citation_codes_over(TC_HEARTLAND, NOTE_CITE)
        .iter()
        .any(|c| c == "citation/court-year-missing"));
    let in_prose = format!(
        "The Court so held. See United States v. Detroit Timber & Lumber Co., {NOTE_CITE}.\n"
    );
    assert!(citation_codes_over(&in_prose, NOTE_CITE)
        .iter()
        .any(|c| c == "citation/court-year-missing"));
}

/// A decision cited from Westlaw alone is dated by its exact date (Bluebook R10.8.1(a)):
/// Harnischfeger's `1994 WL 18686, *4 (Bankr.D.Vt.1994)` is asked for it; with the day
/// given, or with a reporter's parallel, the year suffices.
#[test]
fn a_westlaw_only_citation_dated_by_its_year_is_flagged() {
    const CITE: &str = "1994 WL 18686, *4 (Bankr.D.Vt.1994)";
    assert!(HARNISCHFEGER.contains(CITE));
    assert!(citation_codes_over(HARNISCHFEGER, "(Bankr.D.Vt.1994)")
        .iter()
        .any(|c| c == "citation/court-format"));
    let exact = "Smith v. Jones, 2019 WL 1234567, at *2 (D. Md. Mar. 4, 2019).\n";
    assert!(citation_codes_over(exact, "(D. Md. Mar. 4, 2019)").is_empty());
    let year_only = "Smith v. Jones, 2019 WL 1234567, at *2 (D. Md. 2019).\n";
    assert_eq!(
        citation_codes_over(year_only, "(D. Md. 2019)"),
        ["citation/court-format"]
    );
    let parallel = "Smith v. Jones, 10 E.A.D. 111, 122, 2001 WL 988723 (EAB 2001).\n";
    assert!(citation_codes_over(parallel, "(EAB 2001)").is_empty());
}
