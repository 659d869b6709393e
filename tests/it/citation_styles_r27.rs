//! Round 27's citation-style fixes (issue 15), each on real text: the passage as the
//! court wrote it draws no finding over the citation, and the citation rewritten the
//! way drafters get it wrong is flagged with the style's fix. The passages are round
//! 26's third held-out set (tests/fixtures/styles/eval/heldout3, a development set
//! since its measurement) and round 27's fourth (heldout4, measured before and after).

use plead::analysis::{Analysis, ParagraphCache};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;

use super::style_support::*;

const H3_ILL_SC: &str = include_str!("../fixtures/styles/eval/heldout3/ill-sc-opinions-2021.txt");
const H3_KY_SC: &str = include_str!("../fixtures/styles/eval/heldout3/ky-sc-2022-sc-0459.txt");
const H3_KY_DIXON: &str =
    include_str!("../fixtures/styles/eval/heldout3/ky-ctapp-dixon-v-turley.txt");

/// The Supreme Court of Kentucky writes `354 S.W.3d 116, 122 (Ky. 2011)`; without the
/// comma (`116 at 122`) the pin is flagged with the comma every style puts there.
#[test]
fn a_pin_without_its_comma_is_given_one() {
    flagged_with_fix(
        H3_KY_SC,
        "354 S.W.3d 116, 122 (Ky. 2011)",
        "354 S.W.3d 116 at 122 (Ky. 2011)",
        "citation/pin-form",
        "354 S.W.3d 116, 122 (Ky. 2011)",
    );
}

/// The Illinois Supreme Court's list cites `2021 IL 125124`; written with the Illinois
/// Reports' name (`2021 Ill. 125124`) it is the public-domain citation still, flagged for
/// the court code, and not as a citation missing its court and year.
#[test]
fn a_year_volume_of_the_illinois_reports_is_its_public_domain_citation() {
    flagged_with_fix(
        H3_ILL_SC,
        "2021 IL 125124",
        "2021 Ill. 125124",
        "citation/reporter-form",
        "2021 IL 125124",
    );
}

/// Dixon v. Turley cites `487 S.W.3d 846, 852 (Ky. 2016)` among other South Western
/// Reporter citations that all name Kentucky's courts (`Ky. App.`, `Ky.`); without the
/// court (`(2016)`) the fixes offer those courts, `Ky.` among them.
#[test]
fn a_regional_reporter_without_its_court_takes_the_court_the_paragraph_names() {
    flagged_with_fix(
        H3_KY_DIXON,
        "487 S.W.3d 846, 852 (Ky. 2016)",
        "487 S.W.3d 846, 852 (2016)",
        "citation/court-missing",
        "852 (Ky. 2016)",
    );
}

/// Without other citations of the reporter to go by, the court is not supplied, and
/// the message names the states whose courts the reporter publishes.
#[test]
fn a_regional_reporter_alone_is_asked_for_its_court_by_the_states_it_reports() {
    let text = "The claim fails. Doe v. Roe, 487 S.W.3d 846, 852 (2016).\n";
    let analysis = analysis_of(text);
    let found = citation_findings(&analysis);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, "citation/court-missing");
    assert!(found[0].fixes.is_empty(), "{found:#?}");
    assert!(
        found[0].message.contains("Ky.") && found[0].message.contains("Tex."),
        "{}",
        found[0].message
    );
}

/// Subsequent history is another court's decision: in Evans v. Multicon (as the First
/// Circuit cites it in a wrapped opinion of the corpus) the review denied by Massachusetts's
/// Supreme Judicial Court is not given the Appeals Court of the citation before it.
#[test]
fn subsequent_history_is_not_given_the_court_of_the_decision_it_follows() {
    let text = "The list is an analytical tool. Evans v. Multicon Constr. Corp., 574 N.E.2d 395, \
                400 (Mass. App. Ct. 1991), review denied, 577 N.E.2d 309 (1991).\n";
    let analysis = analysis_of(text);
    let found: Vec<_> = citation_findings(&analysis)
        .into_iter()
        .filter(|f| f.code == "citation/court-missing")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(&text[found[0].span.start..found[0].span.end], "(1991)");
    assert!(
        found[0].span.start > text.find("577").expect("the history cite"),
        "{found:#?}"
    );
    assert!(found[0].fixes.is_empty(), "{found:#?}");
    assert!(
        !found[0].message.contains("Mass. App. Ct."),
        "{}",
        found[0].message
    );
}

const H3_NY_SEYMORE: &str =
    include_str!("../fixtures/styles/eval/heldout3/ny-1st-dept-people-v-seymore.txt");
const REAL_NY_SECOND_DEPT: &str = include_str!("../fixtures/styles/real/ny-second-department.txt");

/// The First Department writes `Penal Law § 65.10 (1)` in a sentence (People v
/// Seymore, its `§` followed by a thin space, and `(Penal Law § 65.10 [1])` within
/// parentheses); the Bluebook's glued `§ 65.10(1)` is flagged with the space, and within
/// parentheses with New York's brackets. The Second Department's slip form `(see CPLR
/// 5701[c])` stays silent.
#[test]
fn a_new_york_subdivision_is_spaced_from_its_section() {
    flagged_with_fix(
        H3_NY_SEYMORE,
        "§\u{2009}65.10 (1) survive",
        "§\u{2009}65.10(1) survive",
        "citation/code-form",
        "§\u{2009}65.10 (1) survive",
    );
    // The same subdivision inside a parenthetical takes brackets.
    let within = H3_NY_SEYMORE.replacen(
        "§\u{2009}65.10 (1) survive",
        "§\u{2009}65.10 (1) (see Penal Law § 65.10(1)) survive",
        1,
    );
    let analysis = analysis_of(&within);
    let found = citation_findings(&analysis);
    let hit = found
        .iter()
        .find(|f| f.code == "citation/code-form")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(&within[hit.span.start..hit.span.end], "65.10(1)");
    assert!(
        fixed(&within, hit)
            .iter()
            .any(|t| t.contains("(see Penal Law § 65.10 [1])")),
        "{found:#?}"
    );
    assert!(REAL_NY_SECOND_DEPT.contains("CPLR 5701[c]"));
    let second = analysis_of(REAL_NY_SECOND_DEPT);
    assert_eq!(citation_findings(&second).len(), 0);
}

const KY_AG_OPINION: &str = include_str!("../fixtures/precision/docs/ag-ky-18-011.txt");
const ILL_DIXON: &str = include_str!("../fixtures/precision/docs/ill-dixon.txt");

/// The statute citations read in `text`, as written.
fn statutes_read(analysis: &Analysis, text: &str) -> Vec<String> {
    let Some(auths) = plead::citations::Authorities::of(analysis) else {
        return Vec::new();
    };
    auths
        .citations
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == plead::citations::CitationKind::Statute)
        .filter_map(|(i, _)| {
            auths
                .source_span(analysis, i)
                .map(|s| text[s.start..s.end].to_string())
        })
        .collect()
}

/// Kentucky's Attorney General cites `KRS 117.265(5)`, as Kentucky's courts do: read
/// as Kentucky's statutes and accepted in a Bluebook text (plead has no Kentucky style;
/// the Bluebook's `Ky. Rev. Stat. Ann. §` stays right too); `KRS § 117.265(5)` is
/// flagged, as the form takes no section sign.
#[test]
fn kentucky_statutes_are_read_as_kentucky_writes_them() {
    let analysis = analysis_of(KY_AG_OPINION);
    let read = statutes_read(&analysis, KY_AG_OPINION);
    assert!(
        read.iter().filter(|s| s.starts_with("KRS 117.")).count() >= 8,
        "{read:#?}"
    );
    flagged_with_fix(
        KY_AG_OPINION,
        "application of KRS 117.265(5)",
        "application of KRS § 117.265(5)",
        "citation/section-sign",
        "application of KRS 117.265(5)",
    );
}

/// People v. Dixon (Ill. App. Ct.) cites `720 ILCS 5/9 — 1(a)(1)`: read, and silent in
/// the Illinois style its citations earn it; held to the Bluebook, the same citation is
/// given T1's `Ill. Comp. Stat.`.
#[test]
fn illinois_statutes_by_ilcs_are_illinois_style_and_not_the_bluebooks() {
    let analysis = analysis_of(ILL_DIXON);
    let read = statutes_read(&analysis, ILL_DIXON);
    assert!(
        read.iter().any(|s| s.starts_with("720 ILCS 5/9")),
        "{read:#?}"
    );
    assert!(
        !citation_findings(&analysis)
            .iter()
            .any(|f| ILL_DIXON[f.span.start..f.span.end].contains("ILCS")),
        "{:#?}",
        citation_findings(&analysis)
    );
    let mut config = Config::default();
    config.citations.style =
        plead::config::CitationStyleSetting::from(plead::citations::StyleId::BLUEBOOK);
    let bluebook = analyze(
        ILL_DIXON,
        Format::Plain,
        &config,
        &mut ParagraphCache::default(),
    );
    let flagged: Vec<_> = citation_findings(&bluebook)
        .into_iter()
        .filter(|f| {
            f.code == "citation/code-form" && &ILL_DIXON[f.span.start..f.span.end] == "ILCS"
        })
        .collect();
    assert!(!flagged.is_empty());
    assert!(flagged.iter().all(|f| fixed(ILL_DIXON, f)
        .iter()
        .any(|t| t[f.span.start..].starts_with("Ill. Comp. Stat. "))));
}

const REAL_CA_SUPREME: &str = include_str!("../fixtures/styles/real/ca-veamatahau.txt");

/// California style words subsequent history its own way: the later decision follows
/// `in`, and a ground not at issue is "another ground". People v. Veamatahau's passage
/// on Sanchez, with the disapproval every California court writes after Gardeley
/// (`People v. Gardeley (1996) 14 Cal.4th 605, 618, disapproved on another ground in
/// Sanchez, supra, 63 Cal.4th at p. 686, fn. 13`), draws nothing; in the Bluebook's words
/// (`disapproved of on other grounds by`) it is flagged with the Style Manual's.
#[test]
fn california_history_is_worded_as_the_style_manual_words_it() {
    let sanchez = "(People v. Sanchez (2016) 63 Cal.4th 665, 685 (Sanchez).)";
    assert!(REAL_CA_SUPREME.contains(sanchez));
    let with_history = REAL_CA_SUPREME.replacen(
        sanchez,
        &format!(
            "{sanchez} (See People v. Gardeley (1996) 14 Cal.4th 605, 618, disapproved on another ground in Sanchez, supra, 63 Cal.4th at p. 686, fn. 13.)"
        ),
        1,
    );
    flagged_with_fix(
        &with_history,
        "618, disapproved on another ground in Sanchez",
        "618, disapproved of on other grounds by Sanchez",
        "citation/history-form",
        "618, disapproved on another ground in Sanchez",
    );
    // A review grant is history too (Ferguson v. Lieff, Cabraser, Heimann & Bernstein,
    // 1st Dist., Jan. 11, 2002, review granted May 1, 2002, as CourtListener's print heads
    // it).
    let granted = REAL_CA_SUPREME.replacen(
        sanchez,
        "(People v. Sanchez (2016) 63 Cal.4th 665, 685 (Sanchez); cf. Ferguson v. Lieff, Cabraser, Heimann & Bernstein (2002) 115 Cal.Rptr.2d 342, review granted May 1, 2002.)",
        1,
    );
    assert_eq!(citation_findings(&analysis_of(&granted)).len(), 0);
}

const REAL_OHIO_SUMMARIES: &str =
    include_str!("../fixtures/styles/real/ohio-reporter-summaries.txt");

/// The Supreme Court of Ohio's summaries cite `State v. Wilson, 2d Dist. Clark No.
/// 2018-CA-2, 2020-Ohio-2962`: the case name is read before the district, county and
/// docket number, and the citation draws nothing; in the pre-2002 form (`Clark App. No.
/// 2018-CA-2`) it is flagged, the message naming the county whose district to add (the
/// Second District has several counties, so no fix is guessed). The summaries'
/// first-edition `Moschella v. Moschella, 7th Dist. No. 05-MA-25` stays silent.
#[test]
fn ohio_appellate_designations_are_read_and_the_old_form_is_flagged() {
    let analysis = analysis_of(REAL_OHIO_SUMMARIES);
    let auths = plead::citations::Authorities::of(&analysis).expect("citations");
    for name in [
        "State v. Wilson",
        "Moschella v. Moschella",
        "State v. Fuell",
    ] {
        assert!(
            auths.authorities.iter().any(|a| a.name == name),
            "{name}: {:#?}",
            auths
                .authorities
                .iter()
                .map(|a| &a.name)
                .collect::<Vec<_>>()
        );
    }
    let correct = "2d Dist. Clark No. 2018-CA-2";
    let at = REAL_OHIO_SUMMARIES.find(correct).expect("Wilson");
    assert!(citation_findings(&analysis).is_empty());
    let wrong = REAL_OHIO_SUMMARIES.replacen(correct, "Clark App. No. 2018-CA-2", 1);
    let after = analysis_of(&wrong);
    let found = citation_findings(&after);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, "citation/neutral-form");
    assert_eq!(found[0].span.start, at);
    assert!(found[0].fixes.is_empty());
    assert!(
        found[0].message.contains("Dist. Clark No. 2018-CA-2"),
        "{}",
        found[0].message
    );
}

/// heldout4's figures after round 27 (`scripts/style_eval.py`, docs/citations.md
/// "Fourth held-out set"), per passage: the citations read and the `citation/` findings,
/// each judged true for the passage's style (publishers' West spacing and unbracketed
/// parallels in California text, a law firm's own departures, T6's `Grp.`, a section sign
/// the page lost, a date in numbers) but one the excerpt's cut makes (`ALRB, supra`,
/// whose full citation precedes the paragraph kept). Measured once before the round's
/// changes (the same 70 and 22) and once after; a development set from now on.
#[test]
fn heldout4_passages_draw_their_measured_findings() {
    macro_rules! passage {
        ($file:literal, $cites:expr, $findings:expr) => {
            (
                $file,
                include_str!(concat!("../fixtures/styles/eval/heldout4/", $file)),
                $cites,
                $findings,
            )
        };
    }
    let passages = [
        passage!("ca-atthelectern-review-grants.txt", 3, 0),
        passage!("ca-capcentral-case-summaries.txt", 3, 0),
        passage!("ca-capcentral-pending-issues.txt", 3, 1),
        passage!("ca-ctapp-people-v-wallace.txt", 0, 0),
        passage!("ca-ctapp-pickart-v-ben-shahar.txt", 1, 0),
        passage!("ca-ctapp-tamburina-v-combined.txt", 6, 3),
        // (A third since round 40: `Code of Civil Procedure § 425.16, commonly referred to`
        // in running text, `section` in the Style Manual.)
        passage!("ca-law-firm-anti-slapp-page.txt", 6, 3),
        passage!("ca-official-reports-excerpts.txt", 4, 2),
        passage!("ca-sc-marriage-of-lippel.txt", 9, 2),
        passage!("ca-sc-people-v-mosby.txt", 9, 9),
        passage!("fed-cafc-resource-conservation-group.txt", 3, 1),
        passage!("fed-cfc-metz-v-united-states.txt", 6, 0),
        passage!("fed-mspb-case-reports.txt", 8, 2),
        passage!("fed-procedurallytaxing-hallmark.txt", 2, 1),
        passage!("fed-tax-court-carpenter-family.txt", 2, 0),
        passage!("ny-1st-dept-decisions-2015-02-24.txt", 1, 0),
        passage!("ny-1st-dept-decisions-2018-03-22.txt", 3, 0),
        passage!("ny-1st-dept-decisions-2018-03-29.txt", 1, 0),
    ];
    let mut messages = Vec::new();
    for (name, text, cites, findings) in passages {
        let analysis = analysis_of(text);
        let found = citation_findings(&analysis);
        let read = plead::citations::Authorities::of(&analysis).map_or(0, |a| a.citations.len());
        assert_eq!(read, cites, "{name}");
        assert_eq!(found.len(), findings, "{name}: {found:#?}");
        messages.extend(found.iter().map(|f| (name, f.message.to_string())));
    }
    // Messages in the style in force, saying what to write.
    assert!(messages
        .iter()
        .any(|(n, m)| *n == "ca-official-reports-excerpts.txt"
            && m.contains("cite it in full first (Cal. Style Manual ch. 1)")));
    assert!(messages
        .iter()
        .any(|(n, m)| *n == "fed-procedurallytaxing-hallmark.txt"
            && m.contains("“11/29/22” is not read as a year")
            && m.contains("(2022)")));
}

const H4_TAX_COURT: &str =
    include_str!("../fixtures/styles/eval/heldout4/fed-tax-court-carpenter-family.txt");

/// The Tax Court's reports written without their periods (`98 TC 518`), as the
/// heldout4 wrong-form list rewrites Carpenter Family's `98 T.C. 518, 520 (1992)`: read
/// as the reporter and given its periods.
#[test]
fn the_tax_courts_reports_without_periods_are_given_them() {
    flagged_with_fix(
        H4_TAX_COURT,
        "98 T.C. 518, 520 (1992)",
        "98 TC 518, 520 (1992)",
        "citation/reporter-form",
        "98 T.C. 518",
    );
}

/// The First Circuit's `Rosario v. Rockefeller, 410 U.S 752, 756 n.5 (1973)` (a wrapped
/// opinion of the corpus) drops the reporter's last period: the citation is read, flagged
/// with `U.S.`, and the later short form `Rosario, 410 U.S. at 761-62` finds it, rather
/// than being told it has no full citation.
#[test]
fn the_united_states_reports_without_their_last_period_are_read_and_given_it() {
    let text = "Voting rights matter. Rosario v. Rockefeller, 410 U.S 752, 756 n.5 (1973); Dunn \
                v. Blumstein, 405 U.S. 330, 333 n.2 (1972).\n\nThe state may act. Rosario, 410 \
                U.S. at 761-62.\n";
    let analysis = analysis_of(text);
    let found: Vec<_> = citation_findings(&analysis)
        .into_iter()
        .map(|f| (f.code, &text[f.span.start..f.span.end]))
        .collect();
    assert_eq!(found, [("citation/reporter-form", "U.S")], "{found:?}");
    let fixes = fixed(text, citation_findings(&analysis)[0]);
    assert!(fixes[0].contains("410 U.S. 752"), "{fixes:?}");
}
