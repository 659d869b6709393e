//! False alarms of the typo pass on 60 more California Court of Appeal slip opinions of
//! 2025–26 that no set, corpus or earlier sample reads (session 32's precision sample), as
//! real passages (tests/fixtures/typos-passages-r32.txt; source in
//! tests/fixtures/TYPOS-SOURCES.md): each passage draws nothing now, and the slips that
//! the same mechanisms must still find are found.

use super::style_support::analysis_of;
use super::typo_support::typo_findings;

const PASSAGES: &str = include_str!("../fixtures/typos-passages-r32.txt");

#[test]
fn the_california_passages_draw_no_typo_finding() {
    assert!(PASSAGES.split("\n\n").count() >= 16);
    for passage in PASSAGES.split("\n\n") {
        assert_eq!(typo_findings(passage), Vec::<String>::new(), "{passage}");
    }
}

/// `T.M. testified J.R., defendant, and her son were`: an initial's period before the
/// series comma still makes a series; a clause after `, and` is still no series.
#[test]
fn a_series_after_initials_takes_a_plural_verb() {
    assert_eq!(
        typo_findings("D.S., his brother, and a friend were buying cigarettes.\n"),
        Vec::<String>::new()
    );
    assert!(
        typo_findings("The motion was denied, and the defendant were ordered to pay costs.\n")
            .iter()
            .any(|f| f.starts_with("typo/agreement"))
    );
}

/// `there may be`: no possessive before a modal; before a noun it still is one.
#[test]
fn there_before_a_modal_is_existential() {
    assert!(typo_findings("The defendants filed there motion late.\n")
        .iter()
        .any(|f| f.contains("\"there\"")));
}

/// `walkie-talkie`, `cul-de-sac`: listed whole, their pieces are words only there.
#[test]
fn pieces_of_listed_compounds_are_words_only_inside_them() {
    assert!(typo_findings("The walkie was lost on the cul.\n")
        .iter()
        .any(|f| f.contains("walkie")));
}

/// `(§ 10090, subd (c).)`: a known abbreviation without its period is fixed by the
/// period, not by a neighbouring word (`sued`).
#[test]
fn an_abbreviation_without_its_period_gets_the_period() {
    let text = "The rule applies. (§ 10090, subd (c).)\n";
    let analysis = analysis_of(text);
    let finding = analysis
        .findings
        .iter()
        .find(|f| f.code == "typo/misspelling")
        .expect("subd without its period is flagged");
    assert!(
        finding.message.contains("abbreviation"),
        "{}",
        finding.message
    );
    let first = finding.fixes.first().expect("a fix");
    assert_eq!(&*first.edits[0].new_text, "subd.");
    // The same letters as a word of their own, before no number, keep the plain message.
    assert_eq!(
        typo_findings("The dev set was drawn.\n")
            .iter()
            .filter(|f| f.contains("abbreviation"))
            .count(),
        0
    );
}

/// `[(PSA) on April 23, 2023. A]fter the`: the word is its two pieces around the
/// bracket; a piece that makes no word with its neighbour is still a misspelling.
#[test]
fn a_word_cut_by_an_alteration_bracket_is_whole() {
    assert_eq!(
        typo_findings("They signed a settlement agreement [(PSA) on April 23, 2023. A]fter the hearing, [he d]idn’t appear.\n"),
        Vec::<String>::new()
    );
    assert!(
        typo_findings("They signed it [on April 23. Xq]fter the hearing.\n")
            .iter()
            .any(|f| f.contains("fter"))
    );
}

/// The first fix for a misspelling right after an article is a word that can follow one:
/// real slips of the fixture corpora (tests/fixtures/precision, tests/fixtures/opinions).
#[test]
fn after_an_article_the_first_fix_is_a_noun_or_adjective() {
    for (text, slip, want) in [
        (
            "It appears that the petitioner filed returns and paid a tax for the vear 1920 of $3,782.\n",
            "vear",
            "year",
        ),
        (
            "Not only have I lost my child forever, but also I have been suffering a chronical backache and I had to take medications and receive injections.\n",
            "chronical",
            "chronic",
        ),
    ] {
        let analysis = analysis_of(text);
        let finding = analysis
            .findings
            .iter()
            .find(|f| &text[f.span.start..f.span.end] == slip)
            .unwrap_or_else(|| panic!("{slip} is flagged"));
        let first = finding.fixes.first().expect("a fix");
        assert_eq!(&*first.edits[0].new_text, want, "{slip}");
    }
}
