//! Citation styles on whole filings (tests/fixtures/styles, see its README): a correct
//! California, New York, public-domain or Bluebook filing draws no citation finding
//! in the style detected for it; a real New York opinion is held to New York style;
//! every citation of a filing converts to another style and back unchanged; and
//! through the protocol, hover names the style and a code action converts a citation.

use crate::lsp_support::{apply_workspace_edit, text_at, utf16_position, TestClient};

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
        ("california-brief", CALIFORNIA, StyleId::California, 30),
        (
            "california-excerpts",
            CALIFORNIA_EXCERPTS,
            StyleId::California,
            6,
        ),
        ("new-york-brief", NEW_YORK, StyleId::NewYork, 17),
        ("public-domain", PUBLIC_DOMAIN, StyleId::Bluebook, 20),
        ("bluebook-tricky", BLUEBOOK, StyleId::Bluebook, 10),
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
    config.citations.style = CitationStyleSetting::Bluebook;
    let findings = citation_findings(CALIFORNIA, &config);
    let count = |code: &str| findings.iter().filter(|(c, _)| c == code).count();
    assert!(count("citation/date-form") >= 10, "{findings:#?}");
    assert!(count("citation/reporter-form") >= 10, "{findings:#?}");
    assert!(count("citation/pin-form") >= 3, "{findings:#?}");
    assert!(count("citation/code-form") >= 5, "{findings:#?}");
    // And a New York filing held to California style.
    config.citations.style = CitationStyleSetting::California;
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
/// the opinion's own departures from it, and citations inside a quotation of another
/// court's Bluebook text (quotation-aware checking is the precision work's).
#[test]
fn a_new_york_opinion_is_held_to_new_york_style() {
    let config = all_rules_on();
    let analysis = analysis_of(NEW_YORK_OPINION, &config);
    assert_eq!(in_force(&analysis).map(|s| s.style), Some(StyleId::NewYork));
    let findings = citation_findings(NEW_YORK_OPINION, &config);
    let expected: &[(&str, &str)] = &[
        // `CPLR §3211(a)(5)`: CPLR takes no section sign.
        ("citation/section-sign", "§"),
        ("citation/section-sign", "§"),
        // Nothing inside the quotation of a federal opinion (`" '…' (City of Providence,
        // 2015 WL 4594150, at * 6 …; Hernk, 433 F Supp 2d at 379 ….)"`): its citations are
        // the quoted court's.
        ("citation/date-form", "(Sup. Ct. NY Cnty Aug. 14, 2015)"),
        ("citation/date-form", "(1st Dept 2016)"),
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
    let bluebook = convert_all(CALIFORNIA, StyleId::Bluebook);
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
    config.citations.style = CitationStyleSetting::Bluebook;
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
    let back = convert_all(&bluebook.replace("UNITED STATES", ""), StyleId::California);
    assert_eq!(back, CALIFORNIA.replace("UNITED STATES", ""));
    // New York → California → New York.
    let california = convert_all(NEW_YORK, StyleId::California);
    assert!(
        california.contains("Alvarez v. Prospect Hosp. (1986) 68 N.Y.2d 320, 324"),
        "{california}"
    );
    assert_eq!(convert_all(&california, StyleId::NewYork), NEW_YORK);
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
