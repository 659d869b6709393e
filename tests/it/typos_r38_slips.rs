//! Round 38 (issue 16, slips): content-word slips and the first fix of a misspelling.
//!
//! * The slip model's class test no longer refutes a rare written word (seen at most 15 times
//!   in training) outright: an open-class candidate that fills the slot well — its trigram
//!   seen 9 times, the written word never beside either neighbour, each neighbour favouring
//!   the candidate, odds 7.5 — is reported (`the heed for` → *need*, `the sam result` →
//!   *same*). Only for words written in lower case.
//! * A lowercase misspelling's first suggestions one edit away are ranked by the slip model's
//!   counts of each beside the two neighbours (`teach ross-cultural` → *cross*, not *Ross*;
//!   `the court hel that` → *held*, not *he*; `the tate where` → *state*, not *take*).
//!
//! The slips are sentences of the development sets (typos-heldout16, a development set since
//! session 37; typos-dev15, typos-heldout15, typos-dev11), each found with its fix; the same
//! sentence written right draws nothing on the corrected word; correct uses of the written
//! words stay silent.

use crate::typo_support::{assert_fixed_silent, assert_found, slips};

/// A rare written word whose class fits both neighbours, its candidate well attested.
const RARE_OPEN: [(&str, &str, &str); 2] = [
    // heldout16
    (
        "Washington State Courts have also recognized the heed for increased diversity in the legal profession.",
        "heed",
        "need",
    ),
    // dev11
    (
        "Insurance company also points out that the language from the arbitration clause in this case is identical to that considered in Valdez, and it argues that we must reach the sam result as Valdez.",
        "sam",
        "same",
    ),
];

/// Misspellings whose first fix the neighbours decide.
const RANKED: [(&str, &str, &str); 6] = [
    // heldout16: *Ross* first by frequency; *cross* stands before a hyphen 1,022 of 1,142 times.
    (
        "Third, to build and retain a diverse workforce that is so necessary to success, MTVN depends on universities to teach ross-cultural competencies and foster an environment where those competencies can be practiced regularly.",
        "ross",
        "cross",
    ),
    // dev15: *he* first by frequency; `court held that`.
    (
        "So the court hel that the trademark-infringement cause of action was connected to the defendant's New York infringement.",
        "hel",
        "held",
    ),
    // heldout15: *has* first; `other hand`.
    (
        "On the other hans, there is no apparent harm to Taller.",
        "hans",
        "hand",
    ),
    // dev11: *may* first; `was made with`.
    (
        "We note that under some theories of recovery, a plaintiff may be required to prove that the disclosure was mae with a malicious or harmful intent.",
        "mae",
        "made",
    ),    // dev11: *take* first, *state* fourth; `the state where`.
    (
        "This makes sound policy sense, because the tate where the wrong occurred ordinarily is the state with the greatest interest in having its law apply.",
        "tate",
        "state",
    ),
    // dev16: *may* and *me* before *make*; `to make a`.
    (
        "In this section, we explore how and to what extent these characteristics affect the life experience of Latinos, and how that experience positions Latinos to mae a unique contribution to the exchange of ideas on a university campus.",
        "mae",
        "make",
    ),
];

#[test]
fn rare_written_words_past_the_class_test_are_found_with_their_fix() {
    assert_found(&RARE_OPEN);
}

#[test]
fn rare_written_words_written_right_are_silent() {
    assert_fixed_silent(&RARE_OPEN);
}

#[test]
fn misspellings_get_the_fix_their_neighbours_call_for_first() {
    assert_found(&RANKED);
}

#[test]
fn misspellings_written_right_are_silent() {
    assert_fixed_silent(&RANKED);
}

/// Correct uses of the written words, and rare words in their own uses (the calibrate part's
/// sentences that a looser cut of the rare path reported, and the round-33 guard's sentence).
#[test]
fn rare_words_in_their_own_uses_are_silent() {
    for text in [
        "The district court must heed the plain language of the statute.",
        "Counsel paid no heed to the warning.",
        "Sam testified that he left the apartment before midnight.",
        "We think this conclusion is marred by unsupported factual findings.",
        "The place of business was raided by the police in March.",
        "On the night of the homicide, she picked up food and ate dinner with Ellis in the living room.",
        "The statute permits another person to assist the voter in marking an absentee ballot.",
    ] {
        assert_eq!(slips(text), vec![], "{text}");
    }
}

/// What drafts of the ranking promoted on real text, each kept out: a suggestion that is the
/// written word in another case (`9 th ed.` → *Th*, an AAO decision), one promoted by a
/// neighbour it was never seen beside (`a cafe's employees` → *cane*, a California opinion),
/// and one promoted by the hyphen of a broken word (`onl-y` → *one*).
#[test]
fn the_ranking_promotes_no_word_on_silence() {
    for (text, word, not_first) in [
        (
            "Black's Law Dictionary 1149 (9 th ed. 2009) defines the term.",
            "th",
            "Th",
        ),
        (
            "The claim arose when a customer sustained injuries after a cafe's employees negligently shoved another patron.",
            "cafe",
            "cane",
        ),
        // A word broken by a hyphen before a letter (a scanned order of the NYSCEF filings):
        // `one-` is a compound's, `onl-y` is not.
        (
            "It is onl-y required that the claim, in some articulable way, arise from the transaction.",
            "onl",
            "one",
        ),
    ] {
        let got = slips(text);
        assert!(
            !got.contains(&(word.to_string(), not_first.to_string())),
            "{text}: {got:?}"
        );
    }
}
