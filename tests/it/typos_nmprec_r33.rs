//! False alarms of the typo pass on 200 opinions of the New Mexico Court of Appeals and
//! Supreme Court that no set reads (session 33's precision sample; chinmusique/outcome-prediction,
//! Caselaw Access Project text), as real passages (tests/fixtures/typos-passages-r33.txt;
//! source in tests/fixtures/TYPOS-SOURCES.md): each passage draws nothing now, and the
//! slips the same mechanisms must still find are found.

use super::typo_support::typo_findings;

const PASSAGES: &str = include_str!("../fixtures/typos-passages-r33.txt");

#[test]
fn the_new_mexico_passages_draw_no_typo_finding() {
    assert!(PASSAGES.split("\n\n").count() >= 20);
    for passage in PASSAGES.split("\n\n") {
        assert_eq!(typo_findings(passage), Vec::<String>::new(), "{passage}");
    }
}

fn flags(text: &str, word: &str) -> bool {
    typo_findings(text)
        .iter()
        .any(|f| f.contains(&format!("\"{word}\"")) || f.contains(&format!("“{word}”")))
}

/// A devise of property in a will is no device; a tracking devise is.
#[test]
fn devise_is_a_device_only_outside_a_will() {
    assert!(flags(
        "The officers found a tracking devise under the bumper of the car.\n",
        "devise"
    ));
}

/// `from there Mother took Hunter`: a capitalized word and its verb open a clause after the
/// adverb; `filed there motion` is still the possessive.
#[test]
fn there_before_a_clause_is_the_adverb() {
    assert!(flags(
        "Plaintiffs filed there motion to dismiss on Monday.\n",
        "there"
    ));
}

/// `apply to the court therefor;` ends its clause: *for it*. Before a verb it is *therefore*.
#[test]
fn therefor_at_a_clause_end_is_right() {
    assert!(flags(
        "The court therefor concludes that the claim fails.\n",
        "therefor"
    ));
}

/// `It is closer to crime than to debt`: a comparative after a copula compares even when
/// WordNet lists it as a noun; `The court than granted` is still *then*.
#[test]
fn a_predicative_comparative_takes_than() {
    assert!(flags("The court than granted the motion.\n", "than"));
}

/// `these positions shall be filled`: a post is filled; a motion is filed.
#[test]
fn positions_are_filled() {
    assert!(flags(
        "Counsel filled a motion for summary judgment.\n",
        "filled"
    ));
}

/// `in in rem cases`: the second copy opens a Latin phrase of the lexicon.
#[test]
fn a_double_before_a_latin_phrase_is_no_slip() {
    assert!(
        typo_findings("The court erred in in admitting the evidence.\n")
            .iter()
            .any(|f| f.starts_with("typo/doubled-word"))
    );
}

/// `enter the amount where indicated below`: an elliptical clause; `no facts where
/// provided to him` is still *were*.
#[test]
fn where_indicated_below_is_elliptical() {
    assert!(flags(
        "The plaintiff alleged that no facts where provided to him.\n",
        "where"
    ));
}

/// `a roll of coins` is a roll; `a key roll in the decision` is a role.
#[test]
fn a_roll_of_coins_is_a_roll() {
    assert!(flags(
        "The expert played a key roll in the decision.\n",
        "roll"
    ));
}

/// `emptying Paul's pockets was proper`: the gerund is the subject; without it the
/// plural still wants *were*.
#[test]
fn a_gerund_before_a_possessive_is_the_subject() {
    assert!(
        typo_findings("Paul's pockets was searched by the officer.\n")
            .iter()
            .any(|f| f.starts_with("typo/agreement"))
    );
}

/// Combining forms of medical vocabulary make words of known stems (`neuro|radiology`,
/// `naso-gastric`); a slip of the stem is still a slip.
#[test]
fn combining_forms_make_words_of_known_stems() {
    assert!(typo_findings("The neuroradiologgy report was filed.\n")
        .iter()
        .any(|f| f.starts_with("typo/misspelling")));
}

/// `Hacienda de los Muchachos`: a particle inside a name; alone in prose it is no word.
#[test]
fn a_particle_is_a_word_only_inside_a_name() {
    assert!(flags("The plaintiff suffered a los of income.\n", "los"));
}

/// Issue 16's families in the forms the twelfth held-out set missed (its sentences are not
/// copied here): `they're` where an object's possessive belongs, `sites` before a case's
/// name, `principal` of a doctrine, `effected` of the people a thing touched.
#[test]
fn family_slips_in_new_forms() {
    assert!(flags(
        "The plaintiffs filed they're motion late.\n",
        "they're"
    ));
    assert!(flags(
        "Neither opinion sites Miranda for that point.\n",
        "sites"
    ));
    assert!(flags(
        "That is a settled separation of powers principal in this circuit.\n",
        "principal"
    ));
    assert!(flags(
        "The residents were effected by the closure.\n",
        "effected"
    ));
    // Correct uses stay silent.
    for text in [
        "He said they're lawyers for the company.\n",
        "The transfer was effected by wire.\n",
        "The web sites Google lists were down.\n",
        "The school principal testified.\n",
    ] {
        assert_eq!(typo_findings(text), Vec::<String>::new(), "{text}");
    }
}
