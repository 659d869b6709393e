//! The citation engine on real filings: the seed order (OCR'd pleading paper),
//! the Markdown brief fixture, and a long brief built from real opinions.

#[path = "../../benches/support/brief.rs"]
mod brief;

use std::fmt::Write as _;
use std::path::Path;

use plead::analysis::{Analysis, ParagraphCache};
use plead::citations::{Authorities, AuthorityKind, CitationKind, ParentheticalKind, Resolution};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;

fn analysis_of(text: &str, format: Format) -> Analysis {
    analyze(
        text,
        format,
        &Config::default(),
        &mut ParagraphCache::default(),
    )
}

/// One line per authority: kind, name, reporter cites, and each citation
/// (kind, page, text, antecedent).
fn authority_table(a: &Analysis) -> String {
    let Some(model) = Authorities::of(a) else {
        return "no authority model".into();
    };
    let mut out = String::new();
    for auth in model.authorities.iter() {
        let _ = writeln!(
            out,
            "{:?} {} {:?}",
            auth.kind, auth.name, auth.reporter_cites
        );
        for &i in &auth.citations {
            let r = &model.citations[i];
            let text = model
                .citation(a, i)
                .map_or("(external)", |c| c.text.as_str());
            let page = model
                .source_span(a, i)
                .map_or(0, |s| a.document.pages.page_at(s.start));
            let antecedent = r.antecedent.map_or(String::new(), |x| format!(" -> #{x}"));
            let _ = writeln!(
                out,
                "    #{i} p{page} {}: {text}{antecedent}",
                r.kind.as_str()
            );
        }
    }
    out
}

const SEED: &str = include_str!("../fixtures/ayobi-order.txt");

#[test]
fn seed_order_has_exactly_its_authorities() {
    let a = analysis_of(SEED, Format::Plain);
    let model = Authorities::of(&a).expect("citation analyzer ran");
    let authorities: Vec<(AuthorityKind, &str)> = model
        .authorities
        .iter()
        .filter(|x| x.kind != AuthorityKind::Record)
        .map(|x| (x.kind, x.name.as_str()))
        .collect();
    assert_eq!(
        authorities,
        [
            (AuthorityKind::Statute, "42 U.S.C. § 1983"),
            (AuthorityKind::Case, "American LegalNet, Inc. v. Davis"),
            (AuthorityKind::Case, "Pueblo of Laguna v. United States"),
            (AuthorityKind::Case, "Leon v. IDX Systems Corp."),
        ]
    );
    // The caption's `[ECF No. 34]` is a record cite, not an authority of law.
    let records: Vec<_> = model
        .authorities
        .iter()
        .filter(|x| x.kind == AuthorityKind::Record)
        .map(|x| x.name.as_str())
        .collect();
    assert_eq!(records, ["ECF No. 34"]);

    // American LegalNet: the full citation and the short form on page 2, which
    // spans a page break in the source.
    let legalnet = model
        .authorities
        .iter()
        .find(|x| x.name.starts_with("American"))
        .expect("LegalNet");
    assert_eq!(legalnet.citations.len(), 2);
    assert_eq!(legalnet.reporter_cites, ["673 F. Supp. 2d 1063"]);
    let short = legalnet.citations[1];
    assert_eq!(model.citations[short].kind, CitationKind::ShortCase);
    assert_eq!(model.citations[short].resolution, Resolution::Resolved);
    assert_eq!(model.citations[short].antecedent, legalnet.full);
    let span = model.source_span(&a, short).expect("source span");
    let source = &SEED[span.start..span.end];
    assert!(
        source.starts_with("American LegalNet, Inc.") && source.ends_with("at 1072"),
        "{source:?}"
    );
    assert!(
        source.contains('\n'),
        "the short form runs over a line break: {source:?}"
    );
    assert_eq!(a.document.pages.page_at(span.start), 2);
    let parsed = model.citation(&a, short).expect("parsed");
    assert_eq!(parsed.reporter_text(), Some("F.Supp.2d"));
    assert_eq!(parsed.pin_text().as_deref(), Some("1072"));

    // Pueblo of Laguna is nested in the (quoting …) parenthetical and carries its own year.
    let full = model
        .citation(&a, legalnet.full.expect("full"))
        .expect("parsed");
    assert_eq!(full.court_text(), Some("C.D. Cal."));
    assert_eq!(full.year, Some(2009));
    assert!(full
        .parentheticals
        .iter()
        .any(|p| p.kind == ParentheticalKind::Quoting));
    let pueblo = model
        .authorities
        .iter()
        .find(|x| x.name.starts_with("Pueblo"))
        .expect("Pueblo");
    let nested = model.citation(&a, pueblo.citations[0]).expect("parsed");
    assert!(nested.nested_in.is_some());
    assert_eq!((nested.court_text(), nested.year), (None, Some(2004)));
    assert!(
        full.proposition.is_some(),
        "hover shows what the order cites it for"
    );
}

#[test]
fn seed_order_flags_reporter_form_and_case_name() {
    let a = analysis_of(SEED, Format::Plain);
    let found: Vec<(&str, &str, Option<&str>)> = a
        .findings
        .iter()
        .filter(|f| f.family() == "citation")
        .map(|f| {
            let fix = f
                .fixes
                .first()
                .and_then(|x| x.edits.first())
                .map(|e| &*e.new_text);
            (f.code, &SEED[f.span.start..f.span.end], fix)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("citation/reporter-form", "F.Supp.2d", Some("F. Supp. 2d")),
            ("citation/reporter-form", "F.Supp.2d", Some("F. Supp. 2d")),
            ("citation/case-name-abbreviation", "Systems", Some("Sys.")),
        ]
    );
}

#[test]
fn closed_up_reporters_can_be_allowed() {
    let mut config = Config::default();
    config.citations.allow_closed_up_reporters = true;
    let a = analyze(SEED, Format::Plain, &config, &mut ParagraphCache::default());
    assert!(!a
        .findings
        .iter()
        .any(|f| f.code == "citation/reporter-form"));
    assert!(a
        .findings
        .iter()
        .any(|f| f.code == "citation/case-name-abbreviation"));
}

#[test]
fn seed_order_authority_snapshot() {
    insta::assert_snapshot!(
        "seed_authorities",
        authority_table(&analysis_of(SEED, Format::Plain))
    );
}

#[test]
fn markdown_brief_cites_every_authority_of_its_table() {
    let text = include_str!("../fixtures/brief/brief.md");
    let a = analysis_of(text, Format::Markdown);
    let model = Authorities::of(&a).expect("model");
    let cases = model
        .authorities
        .iter()
        .filter(|x| x.kind == AuthorityKind::Case)
        .count();
    let statutes: Vec<_> = model
        .authorities
        .iter()
        .filter(|x| x.kind == AuthorityKind::Statute)
        .map(|x| x.name.as_str())
        .collect();
    let rules: Vec<_> = model
        .authorities
        .iter()
        .filter(|x| x.kind == AuthorityKind::Rule)
        .map(|x| x.name.as_str())
        .collect();
    assert_eq!(cases, 23, "expected-toa.md lists 23 cases");
    let mut statutes_sorted = statutes.clone();
    statutes_sorted.sort();
    assert_eq!(
        statutes_sorted,
        [
            "28 U.S.C. § 1331",
            "28 U.S.C. § 1915",
            "28 U.S.C. § 1915A",
            "42 U.S.C. § 1983",
            "42 U.S.C. § 1997e"
        ]
    );
    let mut rules_sorted = rules.clone();
    rules_sorted.sort();
    assert_eq!(
        rules_sorted,
        [
            "Fed. R. Civ. P. 12",
            "Fed. R. Civ. P. 26",
            "Fed. R. Civ. P. 56",
            "Fed. R. Civ. P. 8"
        ]
    );
    assert!(
        model
            .citations
            .iter()
            .all(|c| c.resolution != Resolution::NoAntecedent
                && c.resolution != Resolution::Ambiguous),
        "every short form and Id. resolves"
    );
    assert!(
        !a.findings.iter().any(|f| f.family() == "citation"),
        "the brief is in Bluebook form"
    );
    insta::assert_snapshot!("brief_md_authorities", authority_table(&a));
}

#[test]
fn long_brief_authority_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let text = brief::generate_brief(&dir, 120_000).expect("opinions fixture");
    let a = analysis_of(&text, Format::Plain);
    let model = Authorities::of(&a).expect("model");
    assert!(
        model.authorities.len() > 100,
        "{} authorities",
        model.authorities.len()
    );
    insta::assert_snapshot!("long_brief_authorities", authority_table(&a));
}

/// Typing in a paragraph shifts its citations but changes none of them: the next run
/// reuses the citation model (the authorities are shared, not rebuilt) with the
/// citations' new spans, and it equals what a cold run builds. Typing inside a
/// citation changes it, and the model is built afresh.
#[test]
fn typing_beside_citations_reuses_the_model_and_matches_a_cold_run() {
    let text = SEED.to_string();
    let config = Config::default();
    let mut cache = ParagraphCache::default();
    let before = analyze(&text, Format::Plain, &config, &mut cache);
    let before_model = Authorities::of(&before).expect("model");

    // A word typed before "Leon v. IDX Systems Corp." in the same paragraph.
    let at = text.find("potentially relevant").expect("seed text");
    let mut typed = text.clone();
    typed.insert_str(at, "quite ");
    let after = analyze(&typed, Format::Plain, &config, &mut cache);
    let after_model = Authorities::of(&after).expect("model");
    assert!(
        std::sync::Arc::ptr_eq(&before_model.authorities, &after_model.authorities),
        "the authorities were rebuilt although no citation changed"
    );
    let cold = analysis_of(&typed, Format::Plain);
    assert_eq!(Some(after_model), Authorities::of(&cold));
    let leon = (0..after_model.citations.len())
        .find(|&i| {
            after_model.citations[i].kind == CitationKind::FullCase
                && after_model
                    .authority_of(i)
                    .is_some_and(|a| a.name.starts_with("Leon"))
        })
        .expect("Leon is cited");
    let span = after_model.source_span(&after, leon).expect("span");
    assert!(typed[span.start..span.end].starts_with("Leon v. IDX"));

    // Changing the volume of the Leon citation changes the model.
    let volume = typed.find("464").expect("Leon's volume");
    let mut changed = typed.clone();
    changed.replace_range(volume..volume + 3, "465");
    let rebuilt = analyze(&changed, Format::Plain, &config, &mut cache);
    let rebuilt_model = Authorities::of(&rebuilt).expect("model");
    assert!(!std::sync::Arc::ptr_eq(
        &after_model.authorities,
        &rebuilt_model.authorities
    ));
    assert_eq!(
        Some(rebuilt_model),
        Authorities::of(&analysis_of(&changed, Format::Plain))
    );
}
