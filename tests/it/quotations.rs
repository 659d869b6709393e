//! Quotation-aware checking through the whole pipeline: quoted text is the source's
//! words, reproduced as written, so typo, style and citation-form rules stay silent
//! inside quotation marks and block quotations; the same words outside them are still
//! checked; record cites are checked even when quoted; a stray quotation mark does not
//! silence the rest of a document.

use std::path::Path;
use std::sync::Arc;

use plead::analysis::{Analysis, ParagraphCache};
use plead::config::{Config, RuleLevel};
use plead::document::{BlockKind, Document, Format};
use plead::engine::{analyze, analyze_in, Workspace};

/// Every rule on, so rules that are off by default speak too.
fn all_rules_on() -> Config {
    let mut config = Config::default();
    for rule in plead::engine::all_rules() {
        config
            .rules
            .insert(rule.code.to_string(), RuleLevel::Warning);
    }
    config
}

fn run(text: &str, format: Format) -> Analysis {
    analyze(
        text,
        format,
        &all_rules_on(),
        &mut ParagraphCache::default(),
    )
}

/// (code, covered text) of every finding of a family.
fn found<'a>(a: &Analysis, text: &'a str, family: &str) -> Vec<(&'static str, &'a str)> {
    a.findings
        .iter()
        .filter(|f| f.family() == family)
        .map(|f| (f.code, &text[f.span.start..f.span.end]))
        .collect()
}

fn fixture(path: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(path),
    )
    .expect("fixture")
}

#[test]
fn typos_inside_quotation_marks_are_the_sources_words() {
    let text =
        "The witness wrote “we recieved the goods,” but the defendant never recieved them.\n\n\
                The letter said \"the shipmnet was late\" and the shipmnet was indeed late.\n";
    let a = run(text, Format::Plain);
    let typos = found(&a, text, "typo");
    // One finding each for the writer's own misspellings, none for the quoted ones.
    assert_eq!(
        typos,
        [
            ("typo/misspelling", "recieved"),
            ("typo/misspelling", "shipmnet")
        ],
        "{typos:?}"
    );
    let first = text.rfind("recieved").expect("second recieved");
    assert!(a.findings.iter().any(|f| f.span.start == first));
}

#[test]
fn citations_inside_a_quotation_are_the_quoted_sources() {
    // The same malformed citation, quoted and then the writer's own.
    let text = "The court explained that “a party must object. Smith v. Jones, 123 F.Supp.2d 456 \
                (D.Mass.2001).” See Smith v. Jones, 123 F.Supp.2d 456 (D.Mass.2001).\n";
    let a = run(text, Format::Plain);
    let quote_end = text.find("” See").expect("closing mark");
    let citations: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.family() == "citation")
        .collect();
    assert!(
        !citations.is_empty(),
        "the writer's own citation is checked"
    );
    for f in &citations {
        assert!(
            f.span.start > quote_end,
            "finding inside the quotation: {f:?}"
        );
    }
    assert!(citations.iter().any(|f| f.code == "citation/reporter-form"));
    assert!(citations.iter().any(|f| f.code == "citation/court-format"));
}

#[test]
fn block_quotations_are_silent_in_markdown_plain_text_and_pleading_paper() {
    let markdown = "The statute reads:\n\n> No persn shall recieve a benefit.\n\nThe persn here did recieve one.\n";
    let a = run(markdown, Format::Markdown);
    let typos = found(&a, markdown, "typo");
    assert_eq!(
        typos,
        [
            ("typo/misspelling", "persn"),
            ("typo/misspelling", "recieve")
        ],
        "{typos:?}"
    );
    assert!(a
        .findings
        .iter()
        .all(|f| f.span.start > markdown.find("The persn").unwrap()));

    // Plain text: a block quotation is an indented paragraph between body paragraphs.
    let plain = "The statute, which governs here, provides as follows in the relevant part of\n\
                 its second subsection, and we quote it in full:\n\n\
                 \x20     No persn shall recieve a benefit under this section unless the\n\
                 \x20     application is filed within the time the regulations allow.\n\n\
                 We hold that the persn here did not recieve a benefit under the section\n\
                 because the application was filed too late.\n";
    let doc = Document::parse(plain, Format::Plain);
    let kinds: Vec<BlockKind> = doc.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [BlockKind::Body, BlockKind::BlockQuote, BlockKind::Body]
    );
    let a = run(plain, Format::Plain);
    let body_start = plain.find("We hold").unwrap();
    let typos = found(&a, plain, "typo");
    assert_eq!(typos.len(), 2, "{typos:?}");
    assert!(a.findings.iter().all(|f| f.span.start > body_start));

    // Pleading paper: line numbers in the gutter, the quotation indented further.
    let mut pleading = String::new();
    let lines = [
        "    The statute, which governs this motion, provides as follows in the relevant",
        "part of its second subsection, and the Court quotes it in full here:",
        "",
        "           No persn shall recieve a benefit under this section unless the",
        "           application is filed within the time the regulations allow.",
        "",
        "    The Court holds that the persn here did not recieve a benefit under the",
        "section because the application was filed too late, and it denies the motion.",
        "    Plaintiff may renew the motion within thirty days of this order if new facts",
        "come to light.",
    ];
    for (n, line) in lines.iter().enumerate() {
        pleading.push_str(&format!("{:>2}  {line}\n", n + 1));
    }
    let a = run(&pleading, Format::Plain);
    assert!(a.document.pleading_paper);
    let body_start = pleading.find("The Court holds").unwrap();
    let typos = found(&a, &pleading, "typo");
    assert_eq!(typos.len(), 2, "{typos:?}");
    assert!(a.findings.iter().all(|f| f.span.start > body_start));
}

#[test]
fn a_stray_quotation_mark_does_not_silence_the_document() {
    // An opening mark that never closes, then the writer's own typos in the same
    // paragraph and in the next ones.
    let text = "Plaintiff calls the contract “void. The defendent disagrees and the\n\
                recieved payment proves it.\n\n\
                The defendent also argues waiver.\n\n\
                The \"defendent\" is the party who \"recieved\" the goods, 12\" of pipe.\n";
    let a = run(text, Format::Plain);
    let typos: Vec<_> = found(&a, text, "typo")
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    // The first two are after the stray mark in its paragraph; the third is the next
    // paragraph; the quoted pair in the last paragraph is silent (the inch mark after
    // "12" does not reopen a quotation).
    assert_eq!(typos, ["defendent", "recieved", "defendent"], "{typos:?}");
}

#[test]
fn record_cites_are_checked_even_when_quoted() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docket");
    let (docket, _) = plead::loader::index_workspace(&root, &Config::default());
    let workspace = Workspace {
        docket: Some(Arc::new(docket)),
    };
    let text = "The order said that “the motion (ECF No. 52) is denied.”\n";
    let a = analyze_in(
        text,
        Format::Plain,
        &Config::default(),
        &workspace,
        &mut ParagraphCache::default(),
    );
    assert!(
        a.findings.iter().any(|f| f.code == "record/unknown-entry"),
        "{:?}",
        a.findings
    );
}

#[test]
fn real_opinions_quotations_stay_silent() {
    // D.C. 1977 (Grier v. United States): a transcript quoted as a block quotation,
    // with the speaker's own slip "an pictures".
    let grier = fixture("precision/docs/dc-grier.txt");
    let a = run(&grier, Format::Plain);
    let slip = grier.find("an pictures").expect("quoted slip");
    assert!(
        !a.findings
            .iter()
            .any(|f| f.span.start <= slip && slip < f.span.end),
        "a finding inside the quoted transcript"
    );

    // Mo. Ct. App. 2004 (D.L.M. v. T.J.S.): "de minimus" quoted from the trial court is
    // silent, the court's own "de minimus" later in the opinion is flagged.
    let dlm = fixture("opinions/036-dlm-v-tjs.txt");
    let a = run(&dlm, Format::Plain);
    let nonstandard: Vec<usize> = a
        .findings
        .iter()
        .filter(|f| f.code == "typo/nonstandard")
        .map(|f| f.span.start)
        .collect();
    let quoted = dlm.find("“de minimus").expect("quoted") + "“".len();
    let own = dlm.find("it was de minimus").expect("own words") + "it was ".len();
    assert_eq!(nonstandard, [own], "quoted at {quoted}, own at {own}");
}

#[test]
fn a_quoted_finding_does_not_shift_what_the_document_pass_withdraws() {
    // United States v. Matos (1st Cir. 2009), double-spaced as the court published it.
    // One paragraph quotes the defendant's objection citing "U.S.S.G. 4A1(3)(b)" (a
    // statute form finding, dropped because it is quoted) and then starts sentences with
    // the defendant's name. The name is reported provisionally at a sentence start and
    // withdrawn by the document pass because the opinion uses it as a name throughout:
    // the quoted finding must not shift which finding is withdrawn.
    let text = fixture("wrapped/009.txt");
    let a = analyze(
        &text,
        Format::Plain,
        &Config::default(),
        &mut ParagraphCache::default(),
    );
    let names: Vec<_> = a
        .findings
        .iter()
        .filter(|f| &text[f.span.start..f.span.end] == "Matos")
        .map(|f| (f.code, f.span.start))
        .collect();
    assert_eq!(
        names,
        [] as [(&str, usize); 0],
        "the defendant's name flagged"
    );
    // The same paragraph's quoted statute cite stays silent, and the same cite written
    // outside quotation marks is still checked.
    let quote = "\"entitled to a departure pursuant to U.S.S.G.\n\n4A1(3)(b)   [sic].\"";
    let start = text.find(quote).expect("the quoted objection");
    let end = start + quote.len();
    let inside: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.span.start < end && start < f.span.end)
        .map(|f| f.code)
        .collect();
    assert_eq!(inside, [] as [&str; 0], "quoted cite flagged");
    let own = "We have previously noted. Matos relies on U.S.S.G. 4A1(3)(b).\n";
    let b = run(own, Format::Plain);
    assert!(
        b.findings.iter().any(|f| f.code == "citation/section-sign"),
        "{:?}",
        b.findings
    );
}
