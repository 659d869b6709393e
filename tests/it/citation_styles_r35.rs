//! Round 35's citation-style fixes (issue 15), each on real text: the eleventh style set's
//! whole documents (tests/fixtures/styles/eval/heldout11, a development set since session
//! 34; sources and licences in its SOURCES.md) and a Washington appellate brief
//! (tests/fixtures/styles/real/wa-zamora-r35.txt, source in real/SOURCES.md). The passage
//! as written draws no finding over the citation; the form wrong for its style is flagged
//! with the style's fix.

use super::style_support::*;

const CA_VIANI: &str = include_str!(
    "../fixtures/styles/eval/heldout11/ca-ctapp-viani-v-fair-oaks-estates-c102857.txt"
);
const CA_MURILLO: &str = include_str!(
    "../fixtures/styles/eval/heldout11/ca-ctapp-murillo-v-monterey-county-h053107.txt"
);
const NY_DONDORFER: &str = include_str!(
    "../fixtures/styles/eval/heldout11/ny-coa-people-v-dondorfer-2026-ny-slip-op-00823.txt"
);
const NY_GAFFNEY: &str = include_str!(
    "../fixtures/styles/eval/heldout11/ny-coa-people-v-gaffney-2026-ny-slip-op-01445.txt"
);
const VT_RIVARD: &str = include_str!(
    "../fixtures/styles/eval/heldout11/vt-super-rivard-v-vermont-dept-of-corrections-26-cv-01521.txt"
);
const IND_BRANKLE: &str =
    include_str!("../fixtures/styles/eval/heldout11/ind-ctapp-brankle-v-schmell-26a-pl-887.txt");
const ND_ILL_SMITH: &str = include_str!(
    "../fixtures/styles/eval/heldout11/fed-nd-ill-united-states-v-smith-25-cv-05215.txt"
);
const WA_ZAMORA: &str = include_str!("../fixtures/styles/real/wa-zamora-r35.txt");

/// California cites its Rules of Court by their name in full (Cal. Style Manual ch. 2);
/// the Bluebook's `Cal. R. Ct.` there is given that form, and the reverse in a Bluebook text.
#[test]
fn california_rules_of_court_in_each_style() {
    flagged_with_fix(
        CA_VIANI,
        "(Cal. Rules of Court, rule 8.278(a).)",
        "(Cal. R. Ct. 8.278(a).)",
        "citation/code-form",
        "(Cal. Rules of Court, rule 8.278(a).)",
    );
    flagged_with_fix(
        ND_ILL_SMITH,
        "28 U.S.C. § 2253(c)(2)",
        "Cal. Rules of Court, rule 8.278(a)",
        "citation/code-form",
        "Cal. R. Ct. 8.278(a)",
    );
}

/// `et seq.`: `et` is a word, in every style.
#[test]
fn et_seq_takes_no_period_after_et() {
    flagged_with_fix(
        CA_MURILLO,
        "(See generally § 810 et seq.)",
        "(See generally § 810 et. seq.)",
        "citation/code-form",
        "§ 810 et seq.)",
    );
}

/// The Appellate Division's department takes the ordinal `3d`, as every style writes it.
#[test]
fn a_department_ordinal_is_3d() {
    flagged_with_fix(
        NY_DONDORFER,
        "(189 AD3d 84, 90-91 [3d Dept 2020],",
        "(189 AD3d 84, 90-91 [3rd Dept 2020],",
        "citation/court-format",
        "[3d Dept 2020]",
    );
}

/// McKinney's Consolidated Laws as New York's Official Reports write them, without periods
/// (the style's `compilation_names`).
#[test]
fn mckinneys_consolidated_laws_without_periods() {
    flagged_with_fix(
        NY_DONDORFER,
        "McKinney's Cons Laws of NY, Book 1, Statutes § 233",
        "McKinney's Cons. Laws of N.Y., Book 1, Statutes § 233",
        "citation/code-form",
        "McKinney's Cons Laws of NY, Book 1, Statutes § 233",
    );
}

/// `CPL § 310.50(2)`: one fix drops the sign and brackets the subdivision.
#[test]
fn a_new_york_law_with_a_sign_and_a_glued_subdivision_in_one_fix() {
    flagged_with_fix(
        NY_GAFFNEY,
        "(see CPL 310.50 [2];",
        "(see CPL § 310.50(2);",
        "citation/section-sign",
        "(see CPL 310.50 [2];",
    );
}

/// A public-domain citation's paragraph sign is spaced from its number (Vermont writes
/// `2011 VT 10, ¶ 18`; only Wisconsin's courts close it up).
#[test]
fn a_paragraph_pin_is_spaced_from_its_sign() {
    flagged_with_fix(
        VT_RIVARD,
        "Zorn, 2011 VT 10, ¶ 18 (citing Safir",
        "Zorn, 2011 VT 10, ¶18 (citing Safir",
        "citation/neutral-form",
        "2011 VT 10, ¶ 18",
    );
}

/// Subsequent history in T8's words, set off from the decision by a comma.
#[test]
fn bluebook_history_words_and_their_comma() {
    flagged_with_fix(
        VT_RIVARD,
        "(E.D.N.Y. 1998), aff'd, 205 F.3d 1327 (2d Cir. 2000)",
        "(E.D.N.Y. 1998), aff'd 205 F.3d 1327 (2d Cir. 2000)",
        "citation/history-form",
        "aff'd, 205 F.3d 1327",
    );
    flagged_with_fix(
        VT_RIVARD,
        "VT 65, ¶ 26, cert. denied, 145 S. Ct. 2738 (2025)",
        "VT 65, ¶ 26, cert denied, 145 S. Ct. 2738 (2025)",
        "citation/history-form",
        "cert. denied, 145 S. Ct. 2738",
    );
    flagged_with_fix(
        ND_ILL_SMITH,
        "(cleaned up)), aff’d, 163 F.4th 1072 (7th Cir.",
        "(cleaned up)), affirmed, 163 F.4th 1072 (7th Cir.",
        "citation/history-form",
        "aff’d, 163 F.4th 1072",
    );
}

/// T1 names a state's highest court by the state alone and its intermediate court of
/// appeals `Ct. App.`: derived for every state, not listed per state.
#[test]
fn state_courts_take_their_t1_names() {
    flagged_with_fix(
        IND_BRANKLE,
        "Jennings v. Smiley, 249 N.E.3d 1071, 1075 (Ind. 2025)",
        "Jennings v. Smiley, 249 N.E.3d 1071, 1075 (Ind. Sup. Ct. 2025)",
        "citation/court-format",
        "1075 (Ind. 2025)",
    );
    flagged_with_fix(
        IND_BRANKLE,
        "In re P.R., 267 N.E.3d 1101, 1104 (Ind. Ct. App. 2025)",
        "In re P.R., 267 N.E.3d 1101, 1104 (Ind. App. 2025)",
        "citation/court-format",
        "(Ind. Ct. App. 2025)",
    );
}

/// `Id., at` is the Supreme Court's form; in a Bluebook text that does not write the
/// Court's forms as its own it is `Id. at` (R4.1).
#[test]
fn id_takes_no_comma_before_at_in_a_bluebook_text() {
    flagged_with_fix(
        IND_BRANKLE,
        "Id. at 1222 (citing",
        "Id., at 1222 (citing",
        "citation/pin-form",
        "Id. at 1222",
    );
}

/// Washington's first series is `Wash.` (GR 14(d)), 1889–1939: `State v. Mayo, 42 Wash.
/// 540 (1906)` is no year out of range (reporters-db dates `Wash.` by Bushrod Washington's
/// Virginia Reports alone), and `Wn.` for it is given `Wash.`.
#[test]
fn washingtons_first_series_is_wash() {
    flagged_with_fix(
        WA_ZAMORA,
        "State v. Mayo, 42 Wash. 540, 548-49, 85 P. 251 (1906)",
        "State v. Mayo, 42 Wn. 540, 548-49, 85 P. 251 (1906)",
        "citation/reporter-form",
        "42 Wash. 540",
    );
}
