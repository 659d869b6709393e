//! Citation styles on whole filings (tests/fixtures/styles, see its README): a correct
//! California, New York, public-domain or Bluebook filing draws no citation finding
//! in the style detected for it; a real New York opinion is held to New York style;
//! every citation of a filing converts to another style and back unchanged; and
//! through the protocol, hover names the style and a code action converts a citation.

use crate::lsp_support::{apply_workspace_edit, text_at, utf16_position, TestClient};
use crate::style_support::named_style;

use plead::analysis::{Analysis, ParagraphCache};
use plead::citations::style::{conversions_at, in_force};
use plead::citations::StyleId;
use plead::config::{CitationStyleSetting, Config};
use plead::document::Format;
use plead::engine::analyze;
use serde_json::{json, Value};

/// Every rule on: these tests are about what the checks find in each style, whatever
/// default a rule's measured precision earns it (analysis::trust).
fn all_rules_on() -> Config {
    let mut config = Config::default();
    for rule in plead::engine::all_rules() {
        config
            .rules
            .insert(rule.code.to_string(), plead::config::RuleLevel::Warning);
    }
    config
}

fn analysis_of(text: &str, config: &Config) -> Analysis {
    analyze(text, Format::Plain, config, &mut ParagraphCache::default())
}

/// (code, text) of every `citation/` finding.
fn citation_findings(text: &str, config: &Config) -> Vec<(String, String)> {
    analysis_of(text, config)
        .findings
        .iter()
        .filter(|f| f.code.starts_with("citation/"))
        .map(|f| {
            (
                f.code.to_string(),
                text[f.span.start..f.span.end].to_string(),
            )
        })
        .collect()
}

const CALIFORNIA: &str = include_str!("../fixtures/styles/california-brief.txt");
const CALIFORNIA_EXCERPTS: &str = include_str!("../fixtures/styles/california-excerpts.txt");
const NEW_YORK: &str = include_str!("../fixtures/styles/new-york-brief.txt");
const NEW_YORK_OPINION: &str = include_str!("../fixtures/opinions/042-feliciano-v-seabrook.txt");
const PUBLIC_DOMAIN: &str = include_str!("../fixtures/styles/public-domain.txt");
const BLUEBOOK: &str = include_str!("../fixtures/styles/bluebook-tricky.txt");

#[test]
fn correct_filings_draw_no_citation_finding_in_their_detected_style() {
    let config = all_rules_on();
    for (name, text, style, citations) in [
        ("california-brief", CALIFORNIA, StyleId::CALIFORNIA, 30),
        (
            "california-excerpts",
            CALIFORNIA_EXCERPTS,
            StyleId::CALIFORNIA,
            6,
        ),
        ("new-york-brief", NEW_YORK, StyleId::NEW_YORK, 17),
        ("public-domain", PUBLIC_DOMAIN, StyleId::BLUEBOOK, 20),
        ("bluebook-tricky", BLUEBOOK, StyleId::BLUEBOOK, 10),
    ] {
        let analysis = analysis_of(text, &config);
        let detected = in_force(&analysis).map(|s| s.style);
        assert_eq!(detected, Some(style), "{name}");
        let found = plead::citations::Authorities::of(&analysis).map_or(0, |a| a.citations.len());
        assert!(found >= citations, "{name}: {found} citations");
        assert_eq!(citation_findings(text, &config), [], "{name}");
    }
}

#[test]
fn a_california_filing_held_to_the_bluebook_is_flagged_with_bluebook_fixes() {
    let mut config = all_rules_on();
    config.citations.style = CitationStyleSetting::from(StyleId::BLUEBOOK);
    let findings = citation_findings(CALIFORNIA, &config);
    let count = |code: &str| findings.iter().filter(|(c, _)| c == code).count();
    assert!(count("citation/date-form") >= 10, "{findings:#?}");
    assert!(count("citation/reporter-form") >= 10, "{findings:#?}");
    assert!(count("citation/pin-form") >= 3, "{findings:#?}");
    assert!(count("citation/code-form") >= 5, "{findings:#?}");
    // And a New York filing held to California style.
    config.citations.style = CitationStyleSetting::from(StyleId::CALIFORNIA);
    let findings = citation_findings(NEW_YORK, &config);
    assert!(findings
        .iter()
        .any(|(c, t)| c == "citation/date-form" && t == "[1986]"));
    assert!(findings
        .iter()
        .any(|(c, t)| c == "citation/versus" && t.starts_with("v ")));
}

/// A real New York opinion (Feliciano v Seabrook, 2020 NY Slip Op 50753(U)) is held
/// to New York style, detected from its citations: the only citation findings left are
/// the opinion's own departures from it; citations inside its quotation of another
/// court's Bluebook text are left alone.
#[test]
fn a_new_york_opinion_is_held_to_new_york_style() {
    let config = all_rules_on();
    let analysis = analysis_of(NEW_YORK_OPINION, &config);
    assert_eq!(
        in_force(&analysis).map(|s| s.style),
        Some(StyleId::NEW_YORK)
    );
    let findings = citation_findings(NEW_YORK_OPINION, &config);
    // Its subdivisions glued to their sections in the Bluebook's parentheses
    // (`CPLR 3211(a)(5)`, `CPLR 205(a)`), where the Official Reports write `CPLR 3211
    // (a) (5)`: flagged since round 27, as its other departures are.
    let glued = ("citation/code-form", "3211(a)(5)");
    let glued_205 = ("citation/code-form", "205(a)");
    let expected: &[(&str, &str)] = &[
        // `CPLR §3211(a)(5)`: CPLR takes no section sign; one finding fixes the sign and
        // the glued subdivision together (round 35).
        ("citation/section-sign", "§3211(a)(5)"),
        ("citation/section-sign", "§3211(a)(7)"),
        glued,
        glued,
        // Nothing inside the quotation of a federal opinion (`" '…' (City of Providence,
        // 2015 WL 4594150, at * 6 …; Hernk, 433 F Supp 2d at 379 ….)"`): its citations are
        // the quoted court's.
        ("citation/date-form", "(Sup. Ct. NY Cnty Aug. 14, 2015)"),
        // The same citation's Bluebook history: the Official Reports write `affd` and no
        // comma before the decision (`affd 141 AD3d 431`; the fix takes the comma too).
        ("citation/history-form", "aff'd,"),
        ("citation/date-form", "(1st Dept 2016)"),
        glued,
        glued_205,
        glued_205,
        glued_205,
        glued_205,
        // `725 F3d 1194 [9th Cir. 2013]`: the Official Reports write the court in the
        // bracketed date without periods, `[9th Cir 2013]` (round 32).
        ("citation/court-format", "9th Cir."),
        glued,
        // The opinion's own `21 AD3d 439, 440 (2d Dept 2005)`.
        ("citation/date-form", "(2d Dept 2005)"),
    ];
    let got: Vec<(&str, &str)> = findings
        .iter()
        .map(|(c, t)| (c.as_str(), t.trim()))
        .collect();
    assert_eq!(got, expected);
}

/// Applies the conversion to `to` of every citation that has one, until none is left.
fn convert_all(text: &str, to: StyleId) -> String {
    let mut text = text.to_string();
    let config = Config::default();
    for _ in 0..200 {
        let analysis = analysis_of(&text, &config);
        let Some(auths) = plead::citations::Authorities::of(&analysis) else {
            break;
        };
        let next = auths.citations.iter().find_map(|r| {
            conversions_at(&analysis, r.at.paragraph, r.span.start)
                .into_iter()
                .find(|(style, _, _)| *style == to)
                .map(|(_, span, new)| {
                    (
                        analysis.document.paragraphs[r.at.paragraph].to_source(span),
                        new,
                    )
                })
        });
        let Some((span, new)) = next else { break };
        text.replace_range(span.start..span.end, &new);
    }
    text
}

#[test]
fn filings_convert_to_another_style_and_back() {
    // California → Bluebook: the Bluebook finds nothing of California form left.
    let bluebook = convert_all(CALIFORNIA, StyleId::BLUEBOOK);
    assert!(
        bluebook.contains(
            "Baral v. Schnitt, 1 Cal. 5th 376, 384, 205 Cal. Rptr. 3d 475, 376 P.3d 604 (2016)"
        ),
        "{bluebook}"
    );
    assert!(
        bluebook.contains("(Cal. Civ. Proc. Code § 425.16(b)(1).)"),
        "{bluebook}"
    );
    assert!(
        bluebook.contains("(Baral, 1 Cal. 5th at 384.)"),
        "{bluebook}"
    );
    let mut config = all_rules_on();
    config.citations.style = CitationStyleSetting::from(StyleId::BLUEBOOK);
    let left: Vec<_> = citation_findings(&bluebook, &config)
        .into_iter()
        .filter(|(c, _)| {
            [
                "citation/date-form",
                "citation/pin-form",
                "citation/code-form",
                "citation/reporter-form",
            ]
            .contains(&c.as_str())
        })
        .collect();
    assert_eq!(left, []);
    // … and back to California, as written.
    let back = convert_all(&bluebook.replace("UNITED STATES", ""), StyleId::CALIFORNIA);
    assert_eq!(back, CALIFORNIA.replace("UNITED STATES", ""));
    // New York → California → New York.
    let california = convert_all(NEW_YORK, StyleId::CALIFORNIA);
    assert!(
        california.contains("Alvarez v. Prospect Hosp. (1986) 68 N.Y.2d 320, 324"),
        "{california}"
    );
    assert_eq!(convert_all(&california, StyleId::NEW_YORK), NEW_YORK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_names_the_style_and_a_code_action_converts_a_citation() {
    let uri = "file:///briefs/anti-slapp.txt";
    let client = TestClient::in_process();
    client.initialize().await;
    let mut text = CALIFORNIA.to_string();
    client.open(uri, "plaintext", 1, &text).await;
    let diagnostics = client.diagnostics(uri, 1).await;
    assert!(
        diagnostics
            .iter()
            .all(|d| !d["code"].as_str().unwrap_or("").starts_with("citation/")),
        "{diagnostics:#?}"
    );
    let at = text.find("Baral v. Schnitt (2016)").expect("citation") + 2;
    let position = utf16_position(&text, at);
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": position}),
        )
        .await
        .expect("hover");
    let markdown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        markdown.contains("*Citation style:* California Style Manual (detected from the caption)"),
        "{markdown}"
    );

    let actions = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri},
                "range": {"start": position, "end": position},
                "context": {"diagnostics": []},
            }),
        )
        .await
        .expect("code actions");
    let actions = actions.as_array().cloned().unwrap_or_default();
    let titles: Vec<&str> = actions.iter().filter_map(|a| a["title"].as_str()).collect();
    assert!(
        titles.contains(&"Convert citation to New York Official Reports style"),
        "{titles:?}"
    );
    let to_bluebook = actions
        .iter()
        .find(|a| a["title"] == "Convert citation to Bluebook")
        .unwrap_or_else(|| panic!("{titles:?}"));
    assert_eq!(to_bluebook["kind"], "refactor.rewrite");
    let edit = &to_bluebook["edit"]["changes"][uri][0];
    assert_eq!(
        text_at(&text, &edit["range"]),
        "Baral v. Schnitt (2016) 1 Cal.5th 376, 384 [205 Cal.Rptr.3d 475, 376 P.3d 604]"
    );
    assert_eq!(
        edit["newText"],
        "Baral v. Schnitt, 1 Cal. 5th 376, 384, 205 Cal. Rptr. 3d 475, 376 P.3d 604 (2016)"
    );
    // Applied, the citation is now in Bluebook form in a California filing: flagged,
    // with the fix that converts it back.
    let changes = apply_workspace_edit(&mut text, &to_bluebook["edit"], uri);
    client.change(uri, 2, Value::Array(changes)).await;
    let diagnostics = client.diagnostics(uri, 2).await;
    let date = diagnostics
        .iter()
        .find(|d| d["code"] == "citation/date-form")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert_eq!(text_at(&text, &date["range"]), "(2016)");
    // A setting holds the document to another style.
    let settings =
        json!({"settings": {"plead": {"debounceMs": 0, "citations": {"style": "bluebook"}}}});
    client
        .notify("workspace/didChangeConfiguration", settings)
        .await;
    let held = client
        .wait_for("diagnostics in Bluebook style", |d| {
            d["params"]["uri"] == uri
                && d["params"]["diagnostics"].as_array().is_some_and(|ds| {
                    ds.iter()
                        .filter(|x| x["code"] == "citation/date-form")
                        .count()
                        > 5
                })
        })
        .await;
    assert!(held["params"]["diagnostics"].is_array());
    client.shutdown_and_exit().await;
}

// Real passages plead was not developed on (tests/fixtures/styles/real, see
// tests/fixtures/styles/README.md for each source): each is correct in its own style.
const REAL_CA_SUPREME: &str = include_str!("../fixtures/styles/real/ca-veamatahau.txt");
const REAL_CA_APPEAL: &str = include_str!("../fixtures/styles/real/ca-court-of-appeal.txt");
const REAL_NY_SECOND: &str = include_str!("../fixtures/styles/real/ny-second-department.txt");
const REAL_NY_FIRST: &str = include_str!("../fixtures/styles/real/ny-first-department.txt");
const REAL_OHIO: &str = include_str!("../fixtures/styles/real/ohio-tenth-district.txt");
const REAL_ILLINOIS: &str = include_str!("../fixtures/styles/real/il-appellate.txt");
const REAL_BIA: &str = include_str!("../fixtures/styles/real/bia-matter-of-laguerre.txt");
// Passages of published opinions as Fastcase printed them (capstone's test data; see
// tests/fixtures/styles/real/SOURCES.md).
const REAL_MA_SJC: &str = include_str!("../fixtures/styles/real/ma-commonwealth-v-brown.txt");
const REAL_IL_LEE: &str = include_str!("../fixtures/styles/real/il-people-v-lee.txt");
const REAL_WI: &str = include_str!("../fixtures/styles/real/wi-madison-teachers-v-scott.txt");
const REAL_NJ: &str = include_str!("../fixtures/styles/real/nj-petro-lubricant.txt");
const REAL_CT: &str = include_str!("../fixtures/styles/real/ct-dyous.txt");
// A Court of Appeal's `supra` with the full reporter cite: `(see Palma, supra, 36 Cal.3d
// 171, 203 Cal.Rptr. 626, 681 P.2d 893 )`, `In Matanky, supra, 79 Cal.App.3d 293, …`.
// A Connecticut Appellate Court opinion's `State v. Dyous, supra, 307 Conn. at 303, 53
// A.3d 153` after the full citation, as Connecticut's courts cite cases.
const REAL_CT_SUPRA: &str = include_str!("../fixtures/styles/real/ct-dyous-supra.txt");
const REAL_CA_SUPRA: &str = include_str!("../fixtures/styles/real/ca-pirouzian-supra.txt");
// The Law Reporting Bureau's print of an Appellate Division decision (juriscraper's test
// assets).
const REAL_NY_SEYMORE: &str = include_str!("../fixtures/styles/real/ny-people-v-seymore.txt");
// The Supreme Court of Ohio's Reporter of Decisions' summaries of Ohio opinions
// (juriscraper's test assets).
const REAL_OHIO_SUMMARIES: &str =
    include_str!("../fixtures/styles/real/ohio-reporter-summaries.txt");

/// Every finding (any rule, every rule on) as (code, text, first fix's replacement).
fn all_findings(text: &str, config: &Config) -> Vec<(String, String, Option<String>)> {
    let analysis = analysis_of(text, config);
    analysis
        .findings
        .iter()
        .map(|f| {
            let fix = f
                .fixes
                .first()
                .and_then(|fix| fix.edits.first())
                .map(|e| e.new_text.to_string());
            (
                f.code.to_string(),
                text[f.span.start..f.span.end].to_string(),
                fix,
            )
        })
        .collect()
}

#[test]
fn real_passages_in_their_own_style_draw_no_citation_finding() {
    let config = all_rules_on();
    for (name, text, style, citations) in [
        ("ca-veamatahau", REAL_CA_SUPREME, StyleId::CALIFORNIA, 2),
        ("ca-court-of-appeal", REAL_CA_APPEAL, StyleId::CALIFORNIA, 3),
        // `Palma, supra, 36 Cal.3d 171`: a short form (the case cited in full above,
        // not in this excerpt), which needs no year.
        ("ca-pirouzian-supra", REAL_CA_SUPRA, StyleId::CALIFORNIA, 5),
        // Connecticut: `supra` for a case cited in full before.
        (
            "ct-dyous-supra",
            REAL_CT_SUPRA,
            named_style("connecticut"),
            6,
        ),
        ("ny-second-department", REAL_NY_SECOND, StyleId::NEW_YORK, 9),
        // Ohio's courts: `IN THE COURT OF APPEALS OF OHIO` in the caption, the Writing
        // Manual's closed-up reporters (`Ohio St.3d`).
        ("ohio-tenth-district", REAL_OHIO, StyleId::OHIO, 7),
        ("il-appellate", REAL_ILLINOIS, named_style("illinois"), 4),
        ("bia-matter-of-laguerre", REAL_BIA, StyleId::BLUEBOOK, 20),
        // Massachusetts: full page ranges (`137-138`), the Reporter's own case names.
        (
            "ma-commonwealth-v-brown",
            REAL_MA_SJC,
            named_style("massachusetts"),
            20,
        ),
        // Illinois: public-domain cites with West's blank parallels, names in full.
        ("il-people-v-lee", REAL_IL_LEE, named_style("illinois"), 50),
        // Wisconsin's public-domain citations (`2014 WI App 49, ¶ 14`) in a Bluebook text.
        (
            "wi-madison-teachers-v-scott",
            REAL_WI,
            StyleId::BLUEBOOK,
            30,
        ),
        // New York's subsequent history: `34 NY3d 545, 559 [2019], cert denied 589 US
        // 1302 [2020]`, `[1st Dept 2023], lv denied 41 NY3d 1004 [2024]`.
        (
            "ny-people-v-seymore",
            REAL_NY_SEYMORE,
            StyleId::NEW_YORK,
            10,
        ),
        // Ohio's form with its subsequent history: `12th Dist. Clermont No. CA2020-02-008,
        // 2021-Ohio-1627, appeal allowed, 164 Ohio St.3d 1419, 2021-Ohio-2923`.
        (
            "ohio-reporter-summaries",
            REAL_OHIO_SUMMARIES,
            StyleId::OHIO,
            8,
        ),
    ] {
        let analysis = analysis_of(text, &config);
        assert_eq!(in_force(&analysis).map(|s| s.style), Some(style), "{name}");
        let found = plead::citations::Authorities::of(&analysis).map_or(0, |a| a.citations.len());
        assert!(found >= citations, "{name}: {found} citations");
        assert_eq!(citation_findings(text, &config), [], "{name}");
        // And as `plead check` runs by default: no finding of any rule.
        assert_eq!(all_findings(text, &Config::default()), [], "{name}");
    }
}

/// A Second Department decision as the Law Reporting Bureau prints it before the
/// Official Reports (`2026 NY Slip Op 01932`, "uncorrected and subject to revision"): the
/// court cites without the year (`Kugel v Reynolds, 228 AD3d 743, 748`). The New York
/// Law Reports Style Manual, which this style follows, gives every case citation its
/// year in brackets (`68 NY2d 320, 324 [1986]`, `[2d Dept 2005]` for the Appellate
/// Division); the Second Department's omission is its own practice, as the Supreme
/// Court's yearless `502 U. S. 21, 25` is its own against the Bluebook (and is judged a
/// true finding, docs/precision.md). So each first citation draws
/// `citation/court-year-missing` asking for the bracketed year, and nothing else does;
/// short forms (`189 AD3d at 1099`) draw nothing.
#[test]
fn a_second_department_decision_is_asked_for_its_bracketed_years() {
    const SLIP: &str = include_str!("../fixtures/styles/real/ny-second-department-slip.txt");
    let config = all_rules_on();
    let analysis = analysis_of(SLIP, &config);
    assert_eq!(
        in_force(&analysis).map(|s| s.style),
        Some(StyleId::NEW_YORK)
    );
    let findings: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| f.code.starts_with("citation/"))
        .collect();
    let undated: Vec<&str> = findings
        .iter()
        .map(|f| &SLIP[f.span.start..f.span.end])
        .collect();
    assert_eq!(findings.len(), 13, "{undated:#?}");
    for f in &findings {
        assert_eq!(f.code, "citation/court-year-missing");
        assert!(f.message.contains("in brackets"), "{}", f.message);
    }
    assert!(undated.contains(&"228 AD3d 743, 748"), "{undated:#?}");
    assert!(undated.contains(&"97 NY2d 295, 303"), "{undated:#?}");
    assert!(!undated.iter().any(|t| t.contains(" at ")), "{undated:#?}");
}

/// `129 Ohio St.3d 498, 2011-Ohio-4203, ¶ 2, 954 N.E.2d 117`: the public-domain cite
/// after the official reporter is a parallel citation (no pin `2011`), and the group
/// needs no date parenthetical.
#[test]
fn an_ohio_public_domain_group_is_one_authority_with_its_paragraph_pin() {
    let analysis = analysis_of(REAL_OHIO, &Config::default());
    let auths = plead::citations::Authorities::of(&analysis).expect("citations");
    let texts: Vec<String> = auths
        .citations
        .iter()
        .map(|r| {
            let span = analysis.document.paragraphs[r.at.paragraph].to_source(r.span);
            REAL_OHIO[span.start..span.end].to_string()
        })
        .collect();
    assert!(
        texts.iter().any(|t| t == "2011-Ohio-4203, ¶ 2"),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.ends_with("129 Ohio St.3d 498")),
        "{texts:?}"
    );
}

/// A real New York decision as a newspaper printed it (`People v. Bryant`): the
/// Official Reports write `v`, and that is the only thing flagged; written as the
/// Official Reports write it, nothing is.
#[test]
fn a_real_new_york_decision_with_bluebook_v_is_flagged_only_for_it() {
    let config = all_rules_on();
    let findings = citation_findings(REAL_NY_FIRST, &config);
    assert_eq!(findings.len(), 3, "{findings:#?}");
    assert!(findings
        .iter()
        .all(|(c, t)| c == "citation/versus" && t.starts_with("v.")));
    let official = REAL_NY_FIRST.replace("People v. ", "People v ");
    assert_eq!(citation_findings(&official, &config), []);
}

/// Two real passages whose only departures are the publisher's closed-up reporters
/// (`N.J.Super.`, `Conn.App.`), flagged with the fix; respelled, nothing is left: New
/// Jersey's style and the Bluebook's subsequent history with the year given once
/// (`142 Conn.App. 582, 592 n. 12, 64 A.3d 832, cert. denied, 309 Conn. 911, 69 A.3d 307
/// (2013)`, R10.5) draw nothing.
#[test]
fn real_passages_flagged_only_for_the_publishers_closed_up_reporters() {
    let config = all_rules_on();
    for (name, text, style, written, fixed, count) in [
        (
            "nj-petro-lubricant",
            REAL_NJ,
            named_style("new-jersey"),
            "N.J.Super.",
            "N.J. Super.",
            1,
        ),
        (
            "ct-dyous",
            REAL_CT,
            named_style("connecticut"),
            "Conn.App.",
            "Conn. App.",
            5,
        ),
    ] {
        let analysis = analysis_of(text, &config);
        assert_eq!(in_force(&analysis).map(|s| s.style), Some(style), "{name}");
        let findings = all_findings(text, &config);
        assert_eq!(findings.len(), count, "{name}: {findings:#?}");
        assert!(
            findings
                .iter()
                .all(|(c, t, f)| c == "citation/reporter-form"
                    && t == written
                    && f.as_deref() == Some(fixed)),
            "{name}: {findings:#?}"
        );
        let respelled = text.replace(written, fixed);
        assert_eq!(all_findings(&respelled, &config), [], "{name}");
    }
    // The subsequent history is read as such: four `cert. denied` with one year each.
    let analysis = analysis_of(REAL_CT, &config);
    let auths = plead::citations::Authorities::of(&analysis).expect("citations");
    assert!(auths.citations.len() >= 12, "{}", auths.citations.len());
}

/// Real citations rewritten as a writer might get them wrong for the document's own
/// style: each is flagged, with the style's fix.
#[test]
fn real_citations_made_wrong_for_their_style_are_flagged_with_its_fix() {
    let config = Config::default();
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        // (document, correct text, wrong text, rule, the fix's replacement)
        (
            REAL_CA_SUPREME,
            "Sanchez (2016) 63 Cal.4th",
            "Sanchez (2016) 63 Cal. 4th",
            "citation/reporter-form",
            "Cal.4th",
        ),
        (
            REAL_CA_SUPREME,
            "(Id. at p. 686.)",
            "(Id. at 686.)",
            "citation/pin-form",
            "at p. 686",
        ),
        (
            REAL_CA_APPEAL,
            "(Jarrow Formulas, Inc. v. LaMarche (2003) 31 Cal.4th 728, 732, fn. 1.)",
            "(Jarrow Formulas, Inc. v. LaMarche, 31 Cal.4th 728, 732 (2003).)",
            "citation/date-form",
            "Jarrow Formulas, Inc. v. LaMarche (2003) 31 Cal.4th 728, 732",
        ),
        (
            REAL_CA_APPEAL,
            "(See People v. Franklin (2016) 63 Cal.4th 261 (Franklin);",
            "(See People v. Franklin (2016) 63 Cal.4th 261, 370 P.3d 1053 (Franklin);",
            "citation/parallel-form",
            "People v. Franklin (2016) 63 Cal.4th 261 [370 P.3d 1053]",
        ),
        (
            REAL_CA_APPEAL,
            "(Evid. Code, § 452, subd. (d)(1).)",
            "(Cal. Evid. Code § 452, subd. (d)(1).)",
            "citation/code-form",
            "Evid. Code,",
        ),
        (
            REAL_CA_APPEAL,
            "(Civ. Code, § 1950.5, subd. (b)(1))",
            "(Civ. Code, § 1950.5(b)(1))",
            "citation/code-form",
            "1950.5, subd. (b)(1)",
        ),
        (
            REAL_NY_FIRST,
            "158 AD3d 434 [1st Dept 2018]",
            "158 AD3d 434 [1st Dep't 2018]",
            "citation/court-format",
            "Dept",
        ),
        (
            REAL_NY_SECOND,
            "247 AD2d 515, 516 [1998]",
            "247 A.D.2d 515, 516 [1998]",
            "citation/reporter-form",
            "AD2d",
        ),
        (
            REAL_NY_SECOND,
            "47 NY2d 995, 996 [1979]",
            "47 N.Y.2d 995, 996 [1979]",
            "citation/reporter-form",
            "NY2d",
        ),
        (
            REAL_NY_SECOND,
            "Lambos & Giardino v Odel Corp., 182 AD2d 806 [1992]",
            "Lambos & Giardino v Odel Corp., 182 AD2d 806 (1992)",
            "citation/date-form",
            "Lambos & Giardino v Odel Corp., 182 AD2d 806 [1992]",
        ),
        (
            REAL_NY_SECOND,
            "Martin H. Bauman Assoc. v H & M Intl. Transp., supra at 485)",
            "Martin H. Bauman Assoc. v H & M Intl. Transp., supra at p. 485)",
            "citation/pin-form",
            "at 485",
        ),
        (
            REAL_NY_SECOND,
            "(see Erdman Anthony & Assoc. v Barkstrom",
            "(see Erdman Anthony & Assoc. v. Barkstrom",
            "citation/versus",
            "v",
        ),
        (
            REAL_OHIO,
            "2017-Ohio-1382, ¶ 2",
            "2017 Ohio 1382, ¶ 2",
            "citation/neutral-form",
            "2017-Ohio-1382",
        ),
        (
            REAL_OHIO,
            "2011-Ohio-4203, ¶ 2",
            "2011-Ohio-4203, at 2",
            "citation/neutral-form",
            "¶ 2",
        ),
        (
            REAL_ILLINOIS,
            "2013 IL App (2d) 110535, ¶ 58",
            "2013 IL App (2d) 110535, 58",
            "citation/neutral-form",
            "¶ 58",
        ),
        (
            REAL_BIA,
            "Moncrieffe v. Holder",
            "Moncrieffe v Holder",
            "citation/versus",
            "v. Holder",
        ),
        (
            REAL_BIA,
            "581 F.3d 1059, 1061–62 (9th Cir. 2009)",
            "581 F. 3d 1059, 1061–62 (9th Cir 2009)",
            "citation/reporter-form",
            "F.3d",
        ),
        (
            REAL_BIA,
            "(Ariz. Ct. App. June 3, 2008)",
            "(Ariz. Ct. App. Jun 3, 2008)",
            "citation/court-format",
            "June",
        ),
        // The Bluebook's own form of the Board's reports, written with the EOIR's
        // abbreviation but the Bluebook's tribunal: flagged.
        (
            REAL_BIA,
            "25 I&N Dec. 12, 17 (BIA 2009)",
            "25 I&N Dec. 12, 17 (B.I.A. 2009)",
            "citation/reporter-form",
            "I. & N. Dec.",
        ),
        // The Bluebook's reporter with the Board's own abbreviation: `B.I.A.`.
        (
            REAL_BIA,
            "25 I&N Dec. 12, 17 (BIA 2009)",
            "25 I. & N. Dec. 12, 17 (BIA 2009)",
            "citation/court-format",
            "B.I.A.",
        ),
        // New York's Official Reports form, subsequent history included.
        (
            REAL_NY_SEYMORE,
            "People v Lowndes, 239 AD3d 574",
            "People v Lowndes, 239 A.D.3d 574",
            "citation/reporter-form",
            "AD3d",
        ),
        (
            REAL_NY_SEYMORE,
            "People v Cabrera, 41 NY3d 35, 42-51 [2023]",
            "People v Cabrera, 41 NY3d 35, 42-51 (2023)",
            "citation/date-form",
            "People v Cabrera, 41 NY3d 35, 42-51 [2023]",
        ),
        (
            REAL_NY_SEYMORE,
            "denied 589 US 1302 [2020]",
            "denied 589 U.S. 1302 [2020]",
            "citation/reporter-form",
            "US",
        ),
        (
            REAL_NY_SEYMORE,
            "People v Vasquetelles, 241 AD3d",
            "People v. Vasquetelles, 241 AD3d",
            "citation/versus",
            "v",
        ),
        (
            REAL_OHIO_SUMMARIES,
            "2021-Ohio-1627",
            "2021 Ohio 1627",
            "citation/neutral-form",
            "2021-Ohio-1627",
        ),
        (
            REAL_OHIO_SUMMARIES,
            "2013-Ohio-4545, ¶ 23",
            "2013-Ohio-4545, at 23",
            "citation/neutral-form",
            "¶ 23",
        ),
        // Massachusetts, Illinois and Wisconsin passages (the styles' own forms).
        (
            REAL_MA_SJC,
            "433 Mass. 229, 238",
            "433 Mass 229, 238",
            "citation/reporter-form",
            "Mass.",
        ),
        (
            REAL_IL_LEE,
            "2018 IL App (1st) 151938, ¶ 23",
            "2018 IL App (1st) 151938, at 23",
            "citation/neutral-form",
            "¶ 23",
        ),
        (
            REAL_WI,
            "2014 WI App 49, ¶ 14",
            "2014 WI App 49, at 14",
            "citation/neutral-form",
            "¶ 14",
        ),
    ];
    for (doc, correct, wrong, code, fix) in cases {
        assert!(doc.contains(correct), "{correct}");
        let text = doc.replacen(correct, wrong, 1);
        let findings = all_findings(&text, &config);
        assert!(
            findings
                .iter()
                .any(|(c, _, f)| c == code && f.as_deref() == Some(*fix)),
            "{wrong}: {findings:#?}"
        );
    }
}

/// Public-domain forms as states' courts write them: South Dakota's `2001 S.D. 61`
/// (with periods; the South Dakota Reports ended in 1976) is its public-domain cite and
/// needs no date parenthetical; Arkansas pins by page (`2009 Ark. 123, at 5`), every
/// paragraph-numbered form by paragraph.
#[test]
fn public_domain_forms_as_their_courts_write_them() {
    let config = all_rules_on();
    let text = "See State v. Guthrie, 2001 S.D. 61, ¶ 30, 627 N.W.2d 401; Cox v. State, \
                2009 Ark. 123, at 5, 313 S.W.3d 1, 4; Kautzman v. Kautzman, 1998 ND 192, ¶ 8, \
                585 N.W.2d 561; Beck v. Beck, 1999 ME 110, ¶¶ 6, 8, 733 A.2d 981.";
    assert_eq!(citation_findings(text, &config), []);
    let wrong = text.replace("1998 ND 192, ¶ 8", "1998 ND 192, at 8");
    let findings = all_findings(&wrong, &config);
    assert!(
        findings.iter().any(|(c, t, f)| c == "citation/neutral-form"
            && t == "at 8"
            && f.as_deref() == Some("¶ 8")),
        "{findings:#?}"
    );
}

/// People v. Murtishaw (Cal. 2011) as CourtListener prints it: the reporters of its own
/// citation outside the quotation are spaced (`48 Cal. 3d 1001 [258 Cal. Rptr. 821 …]`),
/// which the California Style Manual closes up; the same citation inside the quotation
/// of the earlier opinion is left alone. Closed up as the Official Reports print it,
/// the passage draws no finding of any rule (`subds.`, `fn. omitted` included).
#[test]
fn a_real_california_opinion_with_spaced_reporters_is_flagged_outside_its_quotation() {
    let text = include_str!("../fixtures/styles/real/ca-murtishaw.txt");
    let config = Config::default();
    let findings = all_findings(text, &config);
    let got: Vec<(&str, &str, Option<&str>)> = findings
        .iter()
        .map(|(c, t, f)| (c.as_str(), t.as_str(), f.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("citation/reporter-form", "Cal. 3d", Some("Cal.3d")),
            ("citation/reporter-form", "Cal. Rptr.", Some("Cal.Rptr.")),
        ]
    );
    let official = text
        .replace("Cal. 3d", "Cal.3d")
        .replace("Cal. Rptr.", "Cal.Rptr.");
    assert_eq!(all_findings(&official, &config), []);
}

/// California's form of an unpublished federal decision (Cal. Style Manual ch. 1): the
/// court closed up, the date and the docket number before the database cite. Its year
/// is read from the parenthetical and the closed-up court is California's form.
#[test]
fn a_california_cite_of_an_unpublished_federal_decision() {
    let config = all_rules_on();
    let text = "SUPERIOR COURT OF THE STATE OF CALIFORNIA\n\nAn unreported decision is \
                persuasive. (Doe v. Roe (N.D.Cal., Feb. 3, 2020, No. 19-cv-01234-JD) 2020 WL \
                123456, p. *3; Leon v. IDX Systems Corp. (9th Cir. 2006) 464 F.3d 951, 958.)\n";
    assert_eq!(citation_findings(text, &config), []);
    // Held to the Bluebook, the closed-up court is spaced.
    let mut bluebook = all_rules_on();
    bluebook.citations.style = CitationStyleSetting::from(StyleId::BLUEBOOK);
    let findings = all_findings(text, &bluebook);
    assert!(
        findings.iter().any(|(c, t, f)| c == "citation/court-format"
            && t == "N.D.Cal."
            && f.as_deref() == Some("N.D. Cal.")),
        "{findings:#?}"
    );
}

/// California's courts accept the Bluebook as well as their own manual (Cal. Rules of
/// Court, rule 1.200): a superior-court filing whose citations are all Bluebook is held
/// to the Bluebook, not flagged citation by citation; one California-form citation among
/// them is the filing's departure from its own style.
#[test]
fn a_california_caption_yields_to_a_filing_written_in_the_bluebook() {
    let config = all_rules_on();
    let text = "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF LOS ANGELES\n\nThe \
                statute is construed broadly. Baral v. Schnitt, 1 Cal. 5th 376, 384 (2016). \
                The defendant must make a threshold showing. Rusheen v. Cohen, 37 Cal. 4th \
                1048, 1056 (2006). Federal courts agree. Ashcroft v. Iqbal, 556 U.S. 662, 678 \
                (2009); Leon v. IDX Sys. Corp., 464 F.3d 951, 958 (9th Cir. 2006).\n";
    let analysis = analysis_of(text, &config);
    assert_eq!(
        in_force(&analysis).map(|s| s.style),
        Some(StyleId::BLUEBOOK)
    );
    assert_eq!(citation_findings(text, &config), []);
    // Written in California style, the same filing is held to it by its caption.
    assert_eq!(
        in_force(&analysis_of(CALIFORNIA, &config)).map(|s| s.style),
        Some(StyleId::CALIFORNIA)
    );
}

/// State opinions of the dev corpus are held to their state's house style, which the
/// judged set follows (docs/precision.md): Massachusetts and New Jersey cite cases
/// `supra`, Massachusetts writes page ranges in full (`646-647`), Illinois spells out
/// case names. Commonwealth v. Furr and the Illinois opinions name no court in their
/// heading: the state's own reporters in most of their citations decide; D.G. v. K.S.
/// has its court line. A First Circuit opinion citing Massachusetts cases stays
/// Bluebook.
#[test]
fn state_opinions_are_held_to_their_states_house_style() {
    let config = all_rules_on();
    let furr = include_str!("../fixtures/opinions/040-commonwealth-v-furr.txt");
    let dg = include_str!("../fixtures/opinions/035-dg-v-ks.txt");
    let thunder = include_str!("../fixtures/opinions/043-first-midwest-bank-v-thunder-road.txt");
    let hubbert = include_str!("../fixtures/opinions/044-hubbert-v-dell.txt");
    let monahan = include_str!("../fixtures/opinions/010-monahan-v-romney.txt");
    for (name, text, style, allowed) in [
        (
            "furr",
            furr,
            named_style("massachusetts"),
            &[
                "Henderson v. Morgan, supra at 646-647",
                "Commonwealth v. Hiskin, supra.",
            ][..],
        ),
        (
            "dg-v-ks",
            dg,
            named_style("new-jersey"),
            &["Baures, supra, 167 N.J. at 118"][..],
        ),
        (
            "thunder-road",
            thunder,
            named_style("illinois"),
            &["McLean County Bank v. Brokaw"][..],
        ),
        (
            "hubbert",
            hubbert,
            named_style("illinois"),
            &["Racal-Chubb Security Systems, Inc."][..],
        ),
        ("monahan", monahan, StyleId::BLUEBOOK, &[][..]),
    ] {
        let analysis = analysis_of(text, &config);
        assert_eq!(in_force(&analysis).map(|s| s.style), Some(style), "{name}");
        let findings = all_findings(text, &config);
        for form in allowed {
            let at = text.find(form).unwrap_or_else(|| panic!("{name}: {form}"));
            let flagged: Vec<_> = analysis
                .findings
                .iter()
                .filter(|f| {
                    matches!(
                        f.code,
                        "citation/supra-case"
                            | "citation/page-range"
                            | "citation/case-name-abbreviation"
                    ) && f.span.start < at + form.len()
                        && f.span.end > at
                })
                .collect();
            assert!(flagged.is_empty(), "{name}: {form}: {flagged:#?}");
        }
        // The house style allows only what its table allows: the Bluebook's other
        // checks still run (Furr's and D.G.'s findings are not all gone).
        if style != StyleId::BLUEBOOK && name != "thunder-road" && name != "hubbert" {
            assert!(!findings.is_empty(), "{name}");
        }
    }
}

/// `citations.style` names the state house styles too; fixed, the Illinois manual holds a
/// Bluebook memorandum's T6 abbreviation check off, and the New Jersey manual and
/// Connecticut's courts allow `supra` for a case.
#[test]
fn the_state_house_styles_can_be_set_in_plead_toml() {
    let memo = "See Burger v. Lutheran General Hospital, 198 Ill. 2d 21, 59 (2001); Burger, supra, 198 Ill. 2d at 60.";
    for (key, style, supra, abbreviation) in [
        ("illinois", named_style("illinois"), true, false),
        ("new-jersey", named_style("new-jersey"), false, true),
        ("massachusetts", named_style("massachusetts"), false, false),
        ("connecticut", named_style("connecticut"), false, true),
        ("ohio", StyleId::OHIO, true, false),
        ("washington", StyleId::WASHINGTON, true, true),
        ("oklahoma", named_style("oklahoma"), true, false),
        ("wyoming", named_style("wyoming"), true, false),
        ("south-dakota", named_style("south-dakota"), true, true),
        ("louisiana", named_style("louisiana"), false, false),
        ("michigan", named_style("michigan"), true, false),
        ("north-dakota", StyleId::NORTH_DAKOTA, true, true),
        ("oregon", named_style("oregon"), false, false),
        ("delaware", named_style("delaware"), true, true),
        (
            "supreme-court-brief",
            named_style("supreme-court-brief"),
            false,
            false,
        ),
        ("bluebook", StyleId::BLUEBOOK, true, true),
    ] {
        let (mut config, errors) =
            Config::from_toml("plead.toml", &format!("[citations]\nstyle = \"{key}\"\n"));
        assert!(errors.is_empty(), "{key}: {errors:?}");
        for rule in plead::engine::all_rules() {
            config
                .rules
                .insert(rule.code.to_string(), plead::config::RuleLevel::Warning);
        }
        let analysis = analysis_of(memo, &config);
        assert_eq!(in_force(&analysis).map(|s| s.style), Some(style), "{key}");
        let codes: Vec<String> = all_findings(memo, &config)
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(
            codes.iter().any(|c| c == "citation/supra-case"),
            supra,
            "{key}: {codes:?}"
        );
        assert_eq!(
            codes.iter().any(|c| c == "citation/case-name-abbreviation"),
            abbreviation,
            "{key}: {codes:?}"
        );
    }
}

/// Hover names a state house style and why, and shows no rewriting (the style writes
/// the Bluebook's forms and allows more); the code action still offers the three styles
/// with forms of their own.
#[test]
fn hover_and_conversions_in_a_state_house_style() {
    let analysis = analysis_of(REAL_MA_SJC, &Config::default());
    let auths = plead::citations::Authorities::of(&analysis).expect("citations");
    let entry = auths
        .citations
        .iter()
        .position(|r| r.kind == plead::citations::CitationKind::FullCase)
        .expect("a case");
    let note = plead::citations::style::hover_note(&analysis, entry).expect("hover");
    assert!(
        note.contains("Massachusetts Reporter of Decisions style (detected from the caption)"),
        "{note}"
    );
    assert!(!note.contains("in this style"), "{note}");
    let r = &auths.citations[entry];
    let offered: Vec<StyleId> = conversions_at(&analysis, r.at.paragraph, r.span.start)
        .into_iter()
        .map(|(style, ..)| style)
        .collect();
    assert!(!offered.is_empty());
    assert!(
        offered.iter().all(|s| StyleId::convertible().contains(s)),
        "{offered:?}"
    );
}

// Round 23's fresh evaluation set (tests/fixtures/styles/eval/SOURCES.md): the dev part,
// which plead was tuned on. The held-out part is measured by scripts/style_eval.py, not
// pinned here (docs/citations.md has the figures).
const DEV_WI_MERRIMAC: &str = include_str!("../fixtures/styles/eval/dev/wi-town-of-merrimac.txt");
const DEV_NY_RIVERA: &str = include_str!("../fixtures/styles/eval/dev/ny-rivera-v-kleinman.txt");
const DEV_NY_FLOWERS: &str = include_str!("../fixtures/styles/eval/dev/ny-people-v-flowers.txt");
const DEV_VT: &str = include_str!("../fixtures/styles/eval/dev/vt-opinion-excerpt.txt");
const DEV_FED_BRISKIN: &str =
    include_str!("../fixtures/styles/eval/dev/fed-briskin-v-shopify-excerpt.txt");
const DEV_OH_EXCERPT: &str = include_str!("../fixtures/styles/eval/dev/oh-opinion-excerpt.txt");
const DEV_OH_SUMMARIES: &str =
    include_str!("../fixtures/styles/eval/dev/oh-supreme-court-summaries.txt");

/// How many `citation/` findings of each (code, text) a text draws, sorted.
fn finding_counts(text: &str, config: &Config) -> Vec<(String, String, usize)> {
    let mut counts: std::collections::BTreeMap<(String, String), usize> = Default::default();
    for key in citation_findings(text, config) {
        *counts.entry(key).or_default() += 1;
    }
    counts.into_iter().map(|((c, t), n)| (c, t, n)).collect()
}

/// (code, text, how many) of findings a dev text should draw.
type Expected<'a> = &'a [(&'a str, &'a str, usize)];

fn counts(expected: Expected) -> Vec<(String, String, usize)> {
    let mut v: Vec<_> = expected
        .iter()
        .map(|(c, t, n)| (c.to_string(), t.to_string(), *n))
        .collect();
    v.sort();
    v
}

/// Each dev text draws only the findings judged true for its style, each one named: the
/// publishers' forms where the style writes another (Fastcase prints West's `Wis.2d`,
/// `(Ct.App.1998)` and, of New York's Court of Appeals, `N.Y.3d`, `A.D.3d`), and a
/// `Id.`/short form at the start of an excerpt that begins mid-opinion. Everything the
/// courts wrote in their own style draws nothing: Wisconsin's and Vermont's public-domain
/// groups (`2004 WI 58, ¶ 45, 271 Wis.2d 633, 681 N.W.2d 110`, `2016 VT 5, ¶ 40, 201 Vt.
/// 158, 136 A.3d 1180`), the bracketed Appellate Division dates (`[1st Dept 2011], lv.
/// granted`), the Ninth Circuit's parentheticals.
#[test]
fn fresh_real_texts_draw_only_the_findings_true_for_their_style() {
    let config = Config::default();
    let cases: &[(&str, &str, StyleId, Expected)] = &[
        (
            "wi-town-of-merrimac",
            DEV_WI_MERRIMAC,
            StyleId::BLUEBOOK,
            &[
                ("citation/reporter-form", "Wis.2d", 9),
                ("citation/court-format", "Ct.App.1992", 1),
                ("citation/court-format", "Ct.App.1998", 1),
                ("citation/case-name-abbreviation", "County", 1),
            ],
        ),
        (
            "ny-rivera-v-kleinman",
            DEV_NY_RIVERA,
            StyleId::NEW_YORK,
            &[
                // `[1st Dept. 2009]`: the Official Reports write `Dept` (round 32).
                ("citation/court-format", "1st Dept.", 1),
                ("citation/reporter-form", "A.D.3d", 1),
                ("citation/reporter-form", "N.E.2d", 1),
                ("citation/reporter-form", "N.Y.S.2d", 2),
            ],
        ),
        (
            "ny-people-v-flowers",
            DEV_NY_FLOWERS,
            StyleId::NEW_YORK,
            &[
                // West's `lv. granted`: the Official Reports write `lv granted`.
                ("citation/history-form", "lv. granted", 2),
                ("citation/reporter-form", "A.D.3d", 3),
                ("citation/reporter-form", "N.E.2d", 2),
                ("citation/reporter-form", "N.Y.3d", 2),
                ("citation/reporter-form", "N.Y.S.2d", 5),
            ],
        ),
        (
            "vt-opinion-excerpt",
            DEV_VT,
            StyleId::BLUEBOOK,
            &[("citation/id-antecedent", "Id. ¶ 29", 1)],
        ),
        (
            "fed-briskin-v-shopify-excerpt",
            DEV_FED_BRISKIN,
            StyleId::BLUEBOOK,
            &[
                (
                    "citation/id-antecedent",
                    "Id. at 779–80 (quotation\nmarks omitted)",
                    1,
                ),
                ("citation/id-antecedent", "Id. at 781", 1),
                (
                    "citation/short-form-antecedent",
                    "Burger King, 471 U.S. at 486",
                    1,
                ),
                (
                    "citation/short-form-antecedent",
                    "Mavrix Photo, 647 F.3d at\n1230",
                    1,
                ),
            ],
        ),
        ("oh-opinion-excerpt", DEV_OH_EXCERPT, StyleId::BLUEBOOK, &[]),
        (
            "oh-supreme-court-summaries",
            DEV_OH_SUMMARIES,
            StyleId::BLUEBOOK,
            &[],
        ),
    ];
    for (name, text, style, expected) in cases {
        let analysis = analysis_of(text, &config);
        assert_eq!(in_force(&analysis).map(|s| s.style), Some(*style), "{name}");
        assert_eq!(finding_counts(text, &config), counts(expected), "{name}");
    }
}

/// Forms wrong for the style, put into copies of the dev texts, each draw the style's
/// finding with its fix (and nothing else new).
#[test]
fn wrong_forms_put_into_fresh_real_texts_are_flagged_with_the_styles_fix() {
    let config = Config::default();
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        // (document, correct text, wrong text, rule, the fix's replacement)
        // Wisconsin (Bluebook): a case cited `supra` with its full cite, as Connecticut's
        // and California's courts write it; the public-domain pin's comma left out.
        (
            DEV_WI_MERRIMAC,
            "See Kalal, 271 Wis.2d 633, ¶ 51",
            "See Kalal, supra, 271 Wis.2d 633, ¶ 51",
            "citation/supra-case",
            ",",
        ),
        (
            DEV_WI_MERRIMAC,
            "2004 WI 58, ¶ 45",
            "2004 WI 58 ¶ 45",
            "citation/neutral-form",
            ", ",
        ),
        (
            DEV_VT,
            "2016 VT 5, ¶ 40",
            "2016 VT 5 ¶ 40",
            "citation/neutral-form",
            ", ",
        ),
        (
            DEV_VT,
            "Wynkoop v. Stratthaus",
            "Wynkoop v Stratthaus",
            "citation/versus",
            "v. Stratthaus",
        ),
        // The Ninth Circuit (Bluebook): California's closed-up reporter, a spaced `F. 3d`,
        // the court and year left out, the date put before the volume.
        (
            DEV_FED_BRISKIN,
            "653 F.3d 1066 (9th Cir. 2011)",
            "1 Cal.5th 376 (2016)",
            "citation/reporter-form",
            "Cal. 5th",
        ),
        (
            DEV_FED_BRISKIN,
            "653 F.3d 1066 (9th Cir. 2011)",
            "653 F. 3d 1066 (9th Cir. 2011)",
            "citation/reporter-form",
            "F.3d",
        ),
        (
            DEV_FED_BRISKIN,
            "653 F.3d 1066 (9th Cir. 2011)",
            "653 F.3d 1066",
            "citation/court-year-missing",
            "",
        ),
        // New York (the Court of Appeals' bracketed dates): a parenthesized one.
        (
            DEV_NY_RIVERA,
            "[1st Dept. 2009]",
            "(1st Dept. 2009)",
            "citation/date-form",
            "",
        ),
    ];
    for (doc, right, wrong, code, fix) in cases {
        assert!(doc.contains(right), "{right}");
        let before = citation_findings(doc, &config);
        let text = doc.replacen(right, wrong, 1);
        let analysis = analysis_of(&text, &config);
        let new: Vec<_> = analysis
            .findings
            .iter()
            .filter(|f| f.code.starts_with("citation/"))
            .filter(|f| {
                let key = (
                    f.code.to_string(),
                    text[f.span.start..f.span.end].to_string(),
                );
                !before.contains(&key)
            })
            .collect();
        let hit = new.iter().find(|f| f.code == *code);
        let Some(hit) = hit else {
            panic!("{wrong}: no {code} among {new:#?}");
        };
        if !fix.is_empty() {
            let replacement = hit
                .fixes
                .first()
                .and_then(|x| x.edits.first())
                .map(|e| e.new_text.to_string());
            assert_eq!(replacement.as_deref(), Some(*fix), "{wrong}");
        }
        assert_eq!(new.len(), 1, "{wrong}: {new:#?}");
    }
}

/// Ohio's courts write the Supreme Court of Ohio Writing Manual's forms: reporters
/// closed up (`71 Ohio St.3d 624, 646 N.E.2d 816`), the year glued to the court
/// (`166 F.3d 835 (6th Cir.1999)`), webcites with paragraph pins. Under an Ohio caption
/// these real sentences (Ohio courts of appeals' summaries, juriscraper's test assets)
/// draw nothing; the Bluebook's spacing and a Lexis webcite draw Ohio's fix.
#[test]
fn an_ohio_opinion_in_the_writing_manuals_forms_draws_nothing() {
    const CAPTION: &str = "IN THE COURT OF APPEALS OF OHIO\nTENTH APPELLATE DISTRICT\n\n";
    let correct = format!(
        "{CAPTION}The Supreme Court of Ohio should revisit its holding in Nationwide Ins. Co. v. Estate of Kolstedt, 71 Ohio St.3d 624, 646 N.E.2d 816 (1995), that an exclusion for intentional injuries in an insurance policy did not apply.\n\nThe assessments set forth in the city's ordinances constitute taxes rather than fees under the factors set forth in State ex rel. Petroleum Underground Storage Tank Release Comp. Bd. v. Withrow, 62 Ohio St.3d 111, 579 N.E.2d 705 (1991), and Am. Landfill, Inc. v. Stark/Tuscarawas/Wayne Joint Solid Waste Mgt. Dist., 166 F.3d 835 (6th Cir.1999).\n"
    );
    let config = all_rules_on();
    let analysis = analysis_of(&correct, &config);
    let in_force = in_force(&analysis).expect("style in force");
    assert_eq!(in_force.style, StyleId::OHIO);
    assert_eq!(citation_findings(&correct, &config), []);

    // The same sentence in the Bluebook's spacing, and a webcite as Lexis prints it.
    let wrong = format!(
        "{CAPTION}The Supreme Court of Ohio should revisit its holding in Nationwide Ins. Co. v. Estate of Kolstedt, 71 Ohio St. 3d 624, 646 N.E.2d 816 (1995).\n\nMitnaul v. Fairmount Presbyterian Church, 149 Ohio App.3d 769, 2002 Ohio 5833, ¶ 27, 778 N.E.2d 1093.\n"
    );
    let findings = all_findings(&wrong, &config);
    let fixes: Vec<(&str, &str, Option<&str>)> = findings
        .iter()
        .map(|(code, text, fix)| (code.as_str(), text.as_str(), fix.as_deref()))
        .collect();
    assert!(
        fixes.contains(&("citation/reporter-form", "Ohio St. 3d", Some("Ohio St.3d"))),
        "{fixes:#?}"
    );
    assert!(
        fixes.contains(&(
            "citation/neutral-form",
            "2002 Ohio 5833",
            Some("2002-Ohio-5833")
        )),
        "{fixes:#?}"
    );
    assert_eq!(fixes.len(), 2, "{fixes:#?}");
    let analysis = analysis_of(&wrong, &config);
    let message = analysis
        .findings
        .iter()
        .find(|f| f.code == "citation/reporter-form")
        .map(|f| f.message.clone())
        .unwrap_or_default();
    assert!(message.contains("Ohio Writing Manual"), "{message}");
}

/// Under no caption, a document whose citations close up Ohio's reporters is in
/// Ohio's style (the Reporter of Decisions' `[Cite as …]` lines); one that cites the
/// same reporters with the Bluebook's spaces is a Bluebook document, and an Ohio
/// caption over a brief spaced throughout yields to its form too.
#[test]
fn ohio_style_follows_closed_up_reporters_not_ohio_reporters_alone() {
    let config = all_rules_on();
    let closed = "[Cite as State v. Veney, 120 Ohio St.3d 176, 2008-Ohio-5200.]\n\n[Cite as State v. Horch, 154 Ohio App.3d 537, 2003-Ohio-5135.]\n\n[Cite as State v. Dunlap, 129 Ohio St.3d 461, 2011-Ohio-4111.]\n";
    let analysis = analysis_of(closed, &config);
    assert_eq!(in_force(&analysis).map(|s| s.style), Some(StyleId::OHIO));
    assert_eq!(citation_findings(closed, &config), []);

    let spaced = "See State v. Veney, 120 Ohio St. 3d 176, 2008-Ohio-5200; State v. Horch, 154 Ohio App. 3d 537, 2003-Ohio-5135; State v. Dunlap, 129 Ohio St. 3d 461, 2011-Ohio-4111.\n";
    let analysis = analysis_of(spaced, &config);
    assert_eq!(
        in_force(&analysis).map(|s| s.style),
        Some(StyleId::BLUEBOOK)
    );
    assert_eq!(citation_findings(spaced, &config), []);
    let captioned =
        format!("IN THE COURT OF APPEALS OF OHIO\nTENTH APPELLATE DISTRICT\n\n{spaced}");
    let analysis = analysis_of(&captioned, &config);
    assert_eq!(
        in_force(&analysis).map(|s| s.style),
        Some(StyleId::BLUEBOOK)
    );
}

/// New York's Official Reports write subsequent history without the Bluebook's
/// punctuation (`cert denied`, `lv denied`, `affd`) and the department without its
/// apostrophe (`[1st Dept 2023]`). The First Department's own sentence (People v Seymore,
/// the Law Reporting Bureau's print) draws nothing; written with the Bluebook's
/// `cert. denied`, `lv. denied`, `aff'd` and `Dep't`, each draws New York's fix.
#[test]
fn new_york_history_and_departments_in_the_official_reports_form() {
    const CAPTION: &str =
        "SUPREME COURT OF THE STATE OF NEW YORK\nAPPELLATE DIVISION, FIRST DEPARTMENT\n\n";
    let config = all_rules_on();
    let official = format!(
        "{CAPTION}Defendant validly waived his right to appeal (see People v Thomas, 34 NY3d 545, 559 [2019], cert denied 589 US 1302 [2020]), which forecloses review of his excessive sentence claim (see People v Nunez, 220 AD3d 597, 597 [1st Dept 2023], lv denied 41 NY3d 1004 [2024]).\n"
    );
    let analysis = analysis_of(&official, &config);
    assert_eq!(
        in_force(&analysis).map(|s| s.style),
        Some(StyleId::NEW_YORK)
    );
    assert_eq!(all_findings(&official, &config), []);

    let bluebookish = format!(
        "{CAPTION}Defendant validly waived his right to appeal (see People v Thomas, 34 NY3d 545, 559 [2019], cert. denied 589 US 1302 [2020]), which forecloses review of his excessive sentence claim (see People v Nunez, 220 AD3d 597, 597 [1st Dep't 2023], lv. denied 41 NY3d 1004 [2024]; People v Brown, 100 AD3d 500 [1st Dept 2012], aff'd 22 NY3d 1 [2013]).\n"
    );
    let mut fixes: Vec<(String, String, Option<String>)> = all_findings(&bluebookish, &config);
    fixes.sort();
    let expected = |code: &str, text: &str, fix: &str| {
        (code.to_string(), text.to_string(), Some(fix.to_string()))
    };
    assert_eq!(
        fixes,
        [
            expected("citation/court-format", "Dep't", "Dept"),
            expected("citation/history-form", "aff'd", "affd"),
            expected("citation/history-form", "cert. denied", "cert denied"),
            expected("citation/history-form", "lv. denied", "lv denied"),
        ]
    );
}

// Round 26's third held-out set (tests/fixtures/styles/eval/heldout3/SOURCES.md), a
// development set since its one measurement after the round's changes.
const H3_UTAH_APP: &str =
    include_str!("../fixtures/styles/eval/heldout3/utah-ctapp-opinions-2024.txt");
const H3_UTAH_SC: &str = include_str!("../fixtures/styles/eval/heldout3/utah-sc-opinions-2024.txt");
const H3_ND: &str = include_str!("../fixtures/styles/eval/heldout3/nd-sc-opinions-2025.txt");
const H3_ILL_APP: &str =
    include_str!("../fixtures/styles/eval/heldout3/ill-appct-opinions-2020.txt");
const H3_ILL_SC: &str = include_str!("../fixtures/styles/eval/heldout3/ill-sc-opinions-2021.txt");
const H3_NY_SEYMORE: &str =
    include_str!("../fixtures/styles/eval/heldout3/ny-1st-dept-people-v-seymore.txt");
const H3_NY_AUBERGE: &str =
    include_str!("../fixtures/styles/eval/heldout3/ny-2d-dept-70-35-113th-st-v-auberge.txt");
const H3_KY_ULLMAN: &str =
    include_str!("../fixtures/styles/eval/heldout3/ky-sc-commonwealth-v-ullman.txt");
const H3_KY_SC: &str = include_str!("../fixtures/styles/eval/heldout3/ky-sc-2022-sc-0459.txt");
const H3_KY_BERNHEIM: &str =
    include_str!("../fixtures/styles/eval/heldout3/ky-ctapp-bernheim-v-lge.txt");
const H3_KY_DIXON: &str =
    include_str!("../fixtures/styles/eval/heldout3/ky-ctapp-dixon-v-turley.txt");

/// Utah's, North Dakota's and Illinois's courts write their public-domain citations
/// without periods (`2024 UT App 158`, `2025 ND 117`, `2020 IL App (1st) 171142`), as
/// their own opinion lists show: each list draws no citation finding, and a period
/// slipped into the court code is flagged with the court's form (only South Dakota's
/// court writes `2001 S.D. 61`, which stays accepted).
#[test]
fn public_domain_citations_with_a_stray_period_get_their_courts_form() {
    let config = all_rules_on();
    for (text, correct, wrong, fixed) in [
        (H3_UTAH_APP, "2024 UT App 158", "2024 UT App. 158", "UT App"),
        (H3_UTAH_SC, "2024 UT 30", "2024 UT. 30", "UT"),
        (H3_ND, "2025 ND 117", "2025 N.D. 117", "ND"),
        (
            H3_ILL_APP,
            "2020 IL App (1st) 171142",
            "2020 IL App. (1st) 171142",
            "IL App (1st)",
        ),
    ] {
        assert_eq!(citation_findings(text, &config), [], "{correct}");
        let findings = all_findings(&text.replacen(correct, wrong, 1), &config);
        let written = wrong.split(' ').nth(1).unwrap_or_default();
        assert!(
            findings
                .iter()
                .any(|(c, t, f)| c == "citation/reporter-form"
                    && t.starts_with(written)
                    && f.as_deref() == Some(fixed)),
            "{wrong}: {findings:#?}"
        );
        assert_eq!(
            findings
                .iter()
                .filter(|(c, _, _)| c.starts_with("citation/"))
                .count(),
            1,
            "{wrong}: {findings:#?}"
        );
    }
}

/// The Law Reporting Bureau heads its pages with the decision's name and own citation
/// (`People v Seymore (2026 NY Slip Op 00028)`, `… LLC - 2026 NY Slip Op 01932`): a
/// title, not a yearless citation. The same citation in a sentence still needs its
/// bracketed year.
#[test]
fn a_law_reporting_bureau_title_is_not_a_yearless_citation() {
    let config = all_rules_on();
    assert_eq!(citation_findings(H3_NY_SEYMORE, &config), []);
    let title = "70-35 113th St. Holdings, LLC v Auberge Grand Cent., LLC - 2026 NY Slip Op 01932";
    assert!(H3_NY_AUBERGE.starts_with(title));
    let findings = citation_findings(H3_NY_AUBERGE, &config);
    assert!(
        !findings.iter().any(|(_, t)| t.contains("01932")),
        "{findings:#?}"
    );
    let prose = H3_NY_SEYMORE.replacen(
        "given that defendant",
        "as in Matter of Smith v Jones (2025 NY Slip Op 01234) given that defendant",
        1,
    );
    let findings = citation_findings(&prose, &config);
    assert!(
        findings
            .iter()
            .any(|(c, t)| c == "citation/court-year-missing" && t == "2025 NY Slip Op 01234"),
        "{findings:#?}"
    );
}

/// heldout3's figures after round 26 (`scripts/style_eval.py`, docs/citations.md "Third
/// held-out set"), per passage: the citations read and the `citation/` findings, each
/// judged. Kentucky's short forms whose full citation precedes the excerpt
/// (`McClanahan, 308 S.W.3d at 699`, `Kentucky Heritage`) are the excerpts' cut; the
/// Second Department's yearless citations are held to the Style Manual (as in
/// `a_second_department_decision_is_asked_for_its_bracketed_years`).
#[test]
fn heldout3_passages_draw_their_measured_findings() {
    let config = Config::default();
    for (name, text, cites, findings) in [
        ("utah-ctapp", H3_UTAH_APP, 16, 0),
        ("utah-sc", H3_UTAH_SC, 16, 0),
        // 16 since session 39: its `N.D.C.C. §` and `N.D.R.App.P.` cites are read.
        ("nd-sc", H3_ND, 16, 0),
        ("ill-appct", H3_ILL_APP, 13, 0),
        ("ill-sc", H3_ILL_SC, 12, 0),
        // 17 since round 27: its three `Penal Law §\u{2009}65.10` cites, a thin space
        // after `§`, are read.
        ("ny-seymore", H3_NY_SEYMORE, 17, 0),
        ("ny-auberge", H3_NY_AUBERGE, 21, 13),
        // 12 since round 27: `KRS 532.110(1)(c)` is read.
        ("ky-ullman", H3_KY_ULLMAN, 12, 3),
        ("ky-sc", H3_KY_SC, 10, 0),
        // 11 since round 27: its five `KRS 382.850(2)` cites are read.
        ("ky-bernheim", H3_KY_BERNHEIM, 11, 2),
        ("ky-dixon", H3_KY_DIXON, 9, 0),
    ] {
        let analysis = analysis_of(text, &config);
        let found: Vec<_> = analysis
            .findings
            .iter()
            .filter(|f| f.code.starts_with("citation/"))
            .map(|f| {
                (
                    f.code.to_string(),
                    text[f.span.start..f.span.end].to_string(),
                )
            })
            .collect();
        let read = plead::citations::Authorities::of(&analysis).map_or(0, |a| a.citations.len());
        assert_eq!(read, cites, "{name}");
        assert_eq!(found.len(), findings, "{name}: {found:#?}");
    }
}

/// The state codes of Bluebook T1 are read by their names, so a section cited without
/// `§` is flagged: In re Eady (Goger v. United States) cites `Ga. Code Ann. §
/// 109A-9-402`, which draws nothing; without its `§` it draws `citation/section-sign`.
#[test]
fn a_state_code_by_its_t1_name_is_read_and_held_to_its_section_sign() {
    let text = include_str!("../fixtures/opinions/033-in-re-eady-goger-v-united-states.txt");
    let config = Config::default();
    let cited = "Ga. Code Ann. § 109A-9-402";
    assert!(text.contains(cited));
    let before = citation_findings(text, &config);
    assert!(
        !before.iter().any(|(_, t)| t.contains("109A")),
        "{before:#?}"
    );
    let wrong = text.replacen(cited, "Ga. Code Ann. 109A-9-402", 1);
    let findings = citation_findings(&wrong, &config);
    assert!(
        findings.iter().any(|(c, _)| c == "citation/section-sign"),
        "{findings:#?}"
    );
    assert_eq!(findings.len(), before.len() + 1, "{findings:#?}");
}

/// Tayag v. Lahey Clinic (1st Cir.) as Fastcase prints it writes `(D.Mass.2010)`: the
/// court without its spaces and glued to the year is one slip, reported once with one
/// fix (`D. Mass. 2010`), not a court finding and a year finding over the same text.
#[test]
fn a_closed_up_court_glued_to_its_year_is_one_finding() {
    let text = include_str!("../fixtures/docx/tayag-v-lahey.txt");
    let config = Config::default();
    let findings = all_findings(text, &config);
    let on_mass: Vec<_> = findings
        .iter()
        .filter(|(c, t, _)| c.starts_with("citation/") && t.contains("Mass.2010"))
        .collect();
    assert_eq!(on_mass.len(), 1, "{findings:#?}");
    assert_eq!(on_mass[0].1, "D.Mass.2010");
    assert_eq!(on_mass[0].2.as_deref(), Some("D. Mass. 2010"));
    assert!(findings
        .iter()
        .all(|(c, t, _)| !(c.starts_with("citation/") && t == "Mass.2010")));
}
