//! Precision on real opinions outside every corpus (a sample of 38 district, circuit and
//! state opinions, session 28): names that open a citation, words of the field, and
//! real-word readings that the sentence rules out — each silent in its real passage,
//! while the source's own slips in the same passages are still found.

use std::path::Path;

use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;

fn typo_findings(text: &str) -> Vec<(&'static str, String)> {
    let a = analyze(
        text,
        Format::Plain,
        &Config::default(),
        &mut ParagraphCache::default(),
    );
    a.findings
        .iter()
        .filter(|f| f.family() == "typo" || f.family() == "style")
        .map(|f| (f.code, text[f.span.start..f.span.end].to_string()))
        .collect()
}

fn passages() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/typos-passages-r28.txt"),
    )
    .expect("fixture typos-passages-r28.txt")
}

#[test]
fn real_passages_draw_only_their_own_slips() {
    // Each false alarm of the sample is gone: an author before a title and its journal
    // (`Amar, Fourth Amendment First Principles, 107 Harv. L. Rev.`, `Moohr`, `Quain`), a
    // short form's name before its pin (`Canady, at 857`), a case name whose party is
    // abbreviated as Table 6 does (`Teva Pharms. USA, Inc. v.`), `a commercial use barred a
    // fair use finding`, `a piano roll`, `Web sites`, `children out there who are`, `made
    // this principle one of growing importance`, `trespassory`, `phonorecords`, and the
    // plural of a Restatement comment (`§ 69 cmts. a, c`, Bluebook R3.4).
    // The two slips the opinions' own text carries are still reported.
    let text = passages();
    assert_eq!(
        typo_findings(&text),
        [
            ("typo/misspelling", "greeteda".to_string()),
            ("typo/misspelling", "inthe".to_string()),
        ]
    );
}

#[test]
fn a_slip_at_a_sentence_start_before_prose_is_still_found() {
    // The citation-name reading needs a title in capitals that ends at a volume or a
    // dated source; a slip followed by prose is a slip.
    for text in [
        "We will not consider it. Howevr, the Court disagrees with the State.",
        "We will not consider it. Howevr, Plaintiff's Motion to Dismiss is denied.",
    ] {
        let found = typo_findings(text);
        assert_eq!(
            found,
            [("typo/misspelling", "Howevr".to_string())],
            "{text}"
        );
    }
}

#[test]
fn the_vetoed_words_are_still_read_where_the_sentence_wants_the_other() {
    // The vetoes name the neighbours of a correct use only: the table's own cue for
    // `sites` → `cites` still fires.
    let found = typo_findings("The brief sites no authority for that proposition.");
    assert_eq!(found, [("typo/confusable", "sites".to_string())]);
    let found = typo_findings("They lost there right to object when they failed to appear.");
    assert_eq!(found, [("typo/confusable", "there".to_string())]);
    let found = typo_findings("The principle argument of the defendants is that the claim fails.");
    assert_eq!(found, [("typo/confusable", "principle".to_string())]);
}

#[test]
fn names_of_an_appearance_line_are_names() {
    // The appearance lines of two of the sample's opinions (a Seventh Circuit criminal
    // appeal, a Federal Circuit design-patent appeal): every capitalized word is a lawyer,
    // a firm or a city.
    for text in [
        "Markus Funk, Monika Bickert (argued), Office of the United States Attorney, \
         Chicago, IL, for Plaintiff-Appellee.",
        "Also represented by Howard S. Hogan, Mark Andrew Perry, Sarah Sladic, Lucas C. \
         Townsend; Theodore J. Boutrous, Jr., Los Angeles, CA; Hervey Mark Lyon, Palo Alto, CA.",
    ] {
        assert_eq!(typo_findings(text), [], "{text}");
    }
    // Its lowercase words are still words; a capitalized slip there (`Atorney`) is read
    // as a name, the price of the rule.
    let text = "Markus Funk, Office of the United States Atorney, Chicago, IL, for \
                Plaintiff-Appellee, who recieved the brief.";
    assert_eq!(
        typo_findings(text),
        [("typo/misspelling", "recieved".to_string())]
    );
}
