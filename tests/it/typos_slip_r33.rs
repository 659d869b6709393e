//! Round 33 (issue 16): one-letter slips of common words, `typo/slip` (the slip model,
//! `crates/plead-core/src/typos/slip_model.rs`, learned by `scripts/gen_slip_model.py`). A
//! written word hardly ever written in 9M words of opinions, one letter from a function word
//! written a hundred times as often, is evidence itself (`wen`/`when`, `dud`/`did`). The slips
//! are real sentences of typos-dev11.jsonl (New Mexico opinions, with the slip that set
//! injected), of the precision corpus (an OCR slip of the court's own text) and of the model's
//! calibrate part (an opinion's own slip); the correct uses are the same sentences written
//! right and text that drew a false alarm of an earlier cut.

use crate::typo_support::slips_with_slip_rule as slips;

/// typos-dev11.jsonl's common-word slips (issue 16's `common` class) the rare-word prior
/// finds, each as the set wrote it and as the court wrote it.
const DEV11_SLIPS: [(&str, &str, &str, &str); 6] = [
    (
        "First, we do not read additional language into a statute wen it makes sense as written.",
        "wen",
        "when",
        "First, we do not read additional language into a statute when it makes sense as written.",
    ),
    (
        "At the outset, we note that these cases wee decided well after Anderson.",
        "wee",
        "were",
        "At the outset, we note that these cases were decided well after Anderson.",
    ),
    (
        "A prosecutor may not imply that guilt has bee determined by a judicial officer.",
        "bee",
        "been",
        "A prosecutor may not imply that guilt has been determined by a judicial officer.",
    ),
    (
        "Defendant contends first that the trial court should have granted use-immunity to O'Leary sine the prosecution improperly refused to request it.",
        "sine",
        "since",
        "Defendant contends first that the trial court should have granted use-immunity to O'Leary since the prosecution improperly refused to request it.",
    ),
    (
        "The trial court sentenced Defendant to three years on each of the four counts, to run concurrently, followed by tow years on parole.",
        "tow",
        "two",
        "The trial court sentenced Defendant to three years on each of the four counts, to run concurrently, followed by two years on parole.",
    ),
    (
        "As a result of his concerns, Anson informed Benzel that he dud not want Duran to participate in his elective cases.",
        "dud",
        "did",
        "As a result of his concerns, Anson informed Benzel that he did not want Duran to participate in his elective cases.",
    ),
];

#[test]
fn rare_words_one_letter_from_a_function_word_are_found() {
    for (text, found, right, _) in DEV11_SLIPS {
        let got = slips(text);
        assert!(
            got.contains(&(found.to_string(), right.to_string())),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_same_sentences_written_right_draw_nothing() {
    for (_, _, _, correct) in DEV11_SLIPS {
        assert_eq!(slips(correct), vec![], "{correct}");
    }
}

/// On by default (this round): the default configuration reports the slip.
#[test]
fn the_rule_is_on_by_default() {
    let (text, found, right, _) = DEV11_SLIPS[0];
    assert!(crate::typo_support::slips(text).contains(&(found.to_string(), right.to_string())));
}

/// Slips of the courts' own text: an OCR `hut` for `but` (tests/fixtures/precision/docs,
/// Pierce v. United States, 7 Ct. Cl. 65), and `make` for `made` in a California opinion of
/// the calibrate part. (The count of `the` and of a class of words past 65,535 is kept whole
/// since this round; read capped, the class test silenced `hut` and `make`.)
#[test]
fn slips_of_the_courts_own_text_are_found() {
    let cases = [
        (
            "Drafts drawn by army contractors upon the Secretary of War on account of our transportation contract of the 12th April, 1860, hut with an understanding that the contracts should be paid in the mean time do not become a charge upon moneys due to the contractors.",
            "hut",
            "but",
        ),
        (
            "Given this, we think that the findings make by the first ALJ establish that claimant was injured.",
            "make",
            "made",
        ),
    ];
    for (text, found, right) in cases {
        let got = slips(text);
        assert!(
            got.contains(&(found.to_string(), right.to_string())),
            "{text}: {got:?}"
        );
    }
}

/// A written word inside a phrase of its own (`off the record`, the one false finding of
/// round 32's test part) is no slip, however often the word one letter off stands between its
/// neighbours; an initialism in capitals (`HMS`, a party of the calibrate part) is a name; a
/// word at a sentence start and a verb in an idiom (`Let there be`, `calls to mind`, fixture
/// opinions that drew false findings once the counts were read whole) fit their places.
#[test]
fn own_phrases_initialisms_and_idioms_stay_silent() {
    for text in [
        "There was some discussion off the record.",
        "The trial court granted the motion. HMS filed opposition to the motion.",
        "Let there be no mistake about our belief that burning a cross in someone's front yard is reprehensible.",
        "The notion that Texas\u{2019} Top Ten Percent Law is race neutral calls to mind Professor Thomas Reed Powell\u{2019}s famous statement.",
        // A rare word whose kind fits both sides as often as chance (a California opinion of
        // the calibration text, session 33's lead review).
        "That night, she picked up food and ate dinner with Ellis in the living room.",
    ] {
        assert_eq!(slips(text), vec![], "{text}");
    }
}
