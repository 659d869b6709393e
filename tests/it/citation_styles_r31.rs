//! Round 31's citation-style fixes (issue 15), each on real text: the development sets'
//! passages (tests/fixtures/styles/eval/heldout4–6) and a precision document of 1868
//! (tests/fixtures/precision/docs). The passage as written draws no finding over the
//! citation; where a form can be written wrong, the wrong form is flagged with the fix.

use super::style_support::*;
use plead::analysis::Analysis;
use plead::citations::{Authorities, CitationKind, Resolution};

const MD_ZHANG: &str =
    include_str!("../fixtures/styles/eval/heldout6/md-coa-attorney-grievance-v-zhang.txt");
const CA_REHEARING: &str =
    include_str!("../fixtures/styles/eval/heldout5/ca-ctapp-in-re-caden-c-rehearing-order.txt");
const CA_CADEN_C: &str =
    include_str!("../fixtures/styles/eval/heldout5/ca-ctapp-in-re-caden-c-2021-nonpub.txt");
const CA_PENDING: &str =
    include_str!("../fixtures/styles/eval/heldout4/ca-capcentral-pending-issues.txt");
const KAN_1868: &str = include_str!("../fixtures/precision/docs/kan-miflin-v-stalker.txt");

/// Each citation of the analysis: its source text, kind, resolution and the source text
/// of the citation it refers to.
fn cites(
    analysis: &Analysis,
    text: &str,
) -> Vec<(String, CitationKind, Resolution, Option<String>)> {
    let Some(auths) = Authorities::of(analysis) else {
        return Vec::new();
    };
    let source = |i: usize| {
        auths
            .source_span(analysis, i)
            .map(|s| text[s.start..s.end].to_string())
            .unwrap_or_default()
    };
    auths
        .citations
        .iter()
        .enumerate()
        .map(|(i, r)| (source(i), r.kind, r.resolution, r.antecedent.map(source)))
        .collect()
}

/// A Maryland dissent cites the majority by its own pages and the reporter's (`Majority
/// op. at 172, 100 A.3d at 1137`), then `Id. at 173, 100 A.3d at 1138`: the parallel
/// after `Id.` cites what `Id.` cites, which needs no full citation; it drew
/// `short-form-antecedent`. The same parallel after an `Id.` whose antecedent is a short
/// form without a full citation is reported once, at that short form.
#[test]
fn a_parallel_after_id_cites_what_id_cites() {
    let pinned = "Id. at 173, 100 A.3d at 1138";
    assert_eq!(citation_codes_over(MD_ZHANG, pinned), Vec::<String>::new());
    // Without the dissent's `Majority op. at 172,` the first short form is an orphan:
    // one finding for it, none again for the parallel after `Id.`.
    let orphan = MD_ZHANG.replacen(
        "Majority op. at 172, 100 A.3d at 1137.",
        "Smith, 100 A.3d at 1137.",
        1,
    );
    assert_eq!(
        citation_codes_over(&orphan, "Smith, 100 A.3d at 1137"),
        ["citation/short-form-antecedent"]
    );
    assert_eq!(citation_codes_over(&orphan, pinned), Vec::<String>::new());
}

/// In re Caden C. (Cal. Ct. App. 2021), order modifying the opinion: `In re L.A.-O.
/// (Dec. 27, 2021, E077196) __ Cal.App.5th__` (a decision not yet paged, its blank page
/// glued to the reporter), then `(L.A.-O., at p. *1.)` (a short form by name alone) and
/// `(Id. at p. *7.)`. None was read; the `Id.` drew `id-antecedent`.
#[test]
fn a_california_decision_not_yet_paged_and_its_name_only_short_form() {
    let analysis = analysis_of(CA_REHEARING);
    assert_eq!(
        citation_findings(&analysis)
            .iter()
            .map(|f| f.code.to_string())
            .collect::<Vec<_>>(),
        Vec::<String>::new()
    );
    let got = cites(&analysis, CA_REHEARING);
    let full = "In re L.A.-O. (Dec. 27, 2021, E077196) __ Cal.App.5th__";
    assert!(
        got.iter()
            .any(|(t, k, ..)| t == full && *k == CitationKind::FullCase),
        "{got:#?}"
    );
    let short = got
        .iter()
        .find(|(t, ..)| t == "L.A.-O., at p. *1")
        .unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(
        (short.2, short.3.as_deref()),
        (Resolution::Resolved, Some(full))
    );
    let id = got
        .iter()
        .find(|(t, ..)| t == "Id. at p. *7")
        .unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(
        (id.2, id.3.as_deref()),
        (Resolution::Resolved, Some("L.A.-O., at p. *1"))
    );
    // Written as the Style Manual writes it (three underscores, spaced), with its date
    // and docket number and no database cite, it is complete: no placeholder finding.
    let spaced = CA_REHEARING.replacen("__ Cal.App.5th__ ,", "___ Cal.App.5th ___,", 1);
    assert_ne!(spaced, CA_REHEARING);
    assert_eq!(
        citation_codes_over(&spaced, "___ Cal.App.5th ___"),
        Vec::<String>::new()
    );
}

/// `(Caden C., at pp. 629–641.)`: read, resolved to In re Caden C. (2021) 11 Cal.5th 614,
/// and without its `pp.` flagged with the Style Manual's pin.
#[test]
fn a_name_only_california_short_form_takes_its_pin_marker() {
    let analysis = analysis_of(CA_CADEN_C);
    let got = cites(&analysis, CA_CADEN_C);
    let short = got
        .iter()
        .find(|(t, ..)| t == "Caden C., at pp. 629–641")
        .unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(short.2, Resolution::Resolved);
    assert!(
        short
            .3
            .as_deref()
            .is_some_and(|a| a.contains("11 Cal.5th 614")),
        "{short:?}"
    );
    flagged_with_fix(
        CA_CADEN_C,
        "(Caden C., at pp. 629–641.)",
        "(Caden C., at 629–641.)",
        "citation/pin-form",
        "at pp. 629–641",
    );
}

/// A record document cited by name and page is no case: `(Compl., at 5)`, `(Opp'n, at
/// 3)`, `(Ex. A, at 2)` and `(Doc. 12, at 4)` are not read as name-only short forms (which
/// would ask `at p.` of them in this California passage).
#[test]
fn record_documents_are_not_name_only_short_forms() {
    let text = CA_CADEN_C.replacen(
        "this case. (Caden C., at pp. 629–641.)",
        "this case. (Compl., at 5; Opp'n, at 3; Ex. A, at 2; Doc. 12, at 4.)",
        1,
    );
    assert_ne!(text, CA_CADEN_C);
    assert_eq!(
        citation_codes_over(
            &text,
            "(Compl., at 5; Opp'n, at 3; Ex. A, at 2; Doc. 12, at 4.)"
        ),
        Vec::<String>::new()
    );
}

/// The Central California Appellate Program's list writes a grant of review in numbers,
/// the docket number in parentheses (`People v. Whyte (A160769) [nonpub. opn.], review
/// granted 1/11/2023 (S277463)`); the Style Manual writes `review granted Jan. 11, 2023,
/// S277463`. Whyte's entry names no reporter, so it is no citation; the list's published
/// entry (`People v. Arellano (2022) 86 Cal.App.5th 418, review granted 3/15/2023`) is,
/// and given its grant as the list writes Whyte's (Arellano's docket number, S277962, is
/// on the entry's next line), one finding mends the date and moves the docket number
/// after the comma. The Style Manual's form draws nothing.
#[test]
fn a_review_grant_is_dated_and_numbered_as_the_style_manual_writes_it() {
    let entry = "86 Cal.App.5th 418, review granted 3/15/2023";
    assert!(CA_PENDING.contains("review granted 1/11/2023 (S277463)"));
    assert_eq!(
        citation_codes_over(CA_PENDING, entry),
        ["citation/history-form"],
        "the list's own date in numbers"
    );
    let wrong = "review granted 3/15/2023 (S277962)";
    let text = CA_PENDING.replacen(entry, &format!("86 Cal.App.5th 418, {wrong}"), 1);
    let analysis = analysis_of(&text);
    let found = citation_findings(&analysis);
    let at = text.find(wrong).expect("rewritten");
    let hit = found
        .iter()
        .find(|f| {
            f.code == "citation/history-form" && f.span.start < at + wrong.len() && at < f.span.end
        })
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(
        fixed(&text, hit)
            .iter()
            .any(|t| t.contains("418, review granted Mar. 15, 2023, S277962\n")),
        "{:#?}",
        fixed(&text, hit)
    );
    let right = CA_PENDING.replacen(
        entry,
        "86 Cal.App.5th 418, review granted Mar. 15, 2023, S277962",
        1,
    );
    assert_eq!(
        citation_codes_over(&right, "review granted Mar. 15, 2023, S277962"),
        Vec::<String>::new()
    );
}

/// Miflin v. Stalker (Kan. 1868) cites as its century did, a comma between reporter and
/// first page (`Peabody v. Phebps, 7 Cal., 53`, `12 Peters, 657`), eyecite's `1 U.S., 1`:
/// each is a full citation of its volume and page.
#[test]
fn a_comma_between_reporter_and_page_in_an_1868_opinion() {
    let analysis = analysis_of(KAN_1868);
    let got = cites(&analysis, KAN_1868);
    for want in [
        "Peabody v. Phebps, 7 Cal., 53",
        "Stearns v. Aguirze, 7 Cal., 443",
        "Rhode Island v. Massachusetts, 12 Peters, 657",
    ] {
        assert!(
            got.iter()
                .any(|(t, k, ..)| t == want && *k == CitationKind::FullCase),
            "{want}: {got:#?}"
        );
    }
}

/// Neary v Burns (Sup Ct 2014) closes two dates opened with a parenthesis with a bracket
/// (`251 AD2d 35, 38 (1st Dept 1998])`): the date was not read, and the citation drew
/// `court-year-missing`. Read, it is held to New York's brackets, with the citation in
/// the Official Reports' form as the fix.
#[test]
fn a_date_opened_with_a_parenthesis_and_closed_with_a_bracket() {
    let text = include_str!("../fixtures/styles/eval/heldout5/ny-sup-ct-neary-v-burns.txt");
    let wrong = "251 AD2d 35, 38 (1st Dept 1998]";
    let at = text.find(wrong).expect("in the decision");
    let analysis = analysis_of(text);
    let found = citation_findings(&analysis);
    let over: Vec<_> = found
        .iter()
        .filter(|f| f.span.start < at + wrong.len() && at < f.span.end)
        .collect();
    assert_eq!(
        over.iter().map(|f| f.code.to_string()).collect::<Vec<_>>(),
        ["citation/date-form"],
        "{over:#?}"
    );
    assert!(
        fixed(text, over[0])
            .iter()
            .any(|t| t.contains("Proskauer Rose, 251 AD2d 35, 38 [1st Dept 1998])")),
        "{:#?}",
        fixed(text, over[0])
    );
}
