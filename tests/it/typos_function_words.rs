//! Slips of short function words that only grammar decides (issue 16): a letter dropped or
//! added turns `not` into `no`, `and` into `an`, `new` into `knew`, `now` into `know` and
//! `one` into `on`. Each is a row of data/confusables.tsv read by the shared matcher,
//! with the word classes `@bare` and `@past` (a verb the dictionary knows as no noun or
//! adjective) keeping the correct uses silent.
//!
//! The slips are real sentences of USCIS Administrative Appeals Office decisions
//! (typos-dev7.jsonl; BU-Spark/CS506-Fall2020-Projects, public domain) with the slip the
//! development set injected; the correct uses are real sentences of the opinions of
//! jsavelka/luima_sbd (public domain) and plain legal English.

use crate::typo_support::slips;

#[test]
fn dropped_and_added_letters_of_function_words_are_found_with_the_right_word() {
    for (text, slip, right) in [
        (
            "The Director of the Vermont Service Center denied the petition, concluding that the record did no establish that the position qualifies as a specialty occupation.",
            "no",
            "not",
        ),
        (
            "She claims that the Director did no properly apply the evidentiary standards, and that she meets the eligibility criteria.",
            "no",
            "not",
        ),
        (
            "The Applicant does no make any assertions or submit additional evidence in support of the filing.",
            "no",
            "not",
        ),
        (
            "On appeal, the Applicant submits additional evidence an a brief and asserts that her reentries into the United States were on account of the alleged trafficking scheme.",
            "an",
            "and",
        ),
        (
            "We dismissed the Applicant's appeal, an the matter is now before us on a motion to reconsider.",
            "an",
            "and",
        ),
        (
            "The matter is remanded for the entry of a knew decision.",
            "knew",
            "new",
        ),
        (
            "The matter is know before us on a motion to reopen and motion to reconsider.",
            "know",
            "now",
        ),
        (
            "The Applicant has know filed a motion to reopen and reconsider.",
            "know",
            "now",
        ),
        (
            "On appeal, the Applicant submits a brief and additional evidence, contesting on of the grounds of inadmissibility identified by the Director.",
            "on",
            "one",
        ),
    ] {
        assert_eq!(
            slips(text),
            [(slip.to_string(), right.to_string())],
            "{text}"
        );
    }
}

#[test]
fn correct_uses_of_the_same_words_draw_nothing() {
    for text in [
        // Real sentences (jsavelka/luima_sbd).
        "By that time, trademark had expanded far beyond phrases that do no more than identify a good or service.",
        "Then he tried to persuade a friend who knew the truth to lie to the grand jury.",
        // A noun after `no` (`harm`, `doubt`), `no longer`, an article before a Latin phrase,
        // `knew` after an object pronoun, `know` after a plural subject, `on` before `of` in a
        // phrasal use broken by a comma.
        "The delay did no harm to the defendant's case.",
        "Counsel will no doubt raise the issue on remand.",
        "The Court could no longer reach the merits of the claim.",
        "The argument rests on an a priori assumption about the market.",
        "Everyone who met her knew she was ill.",
        "The witnesses know the area well, and the matter is now before us.",
        "The parties later agreed on, of all things, the venue.",
        "The Applicant has now filed a motion to reopen.",
    ] {
        assert_eq!(slips(text), [], "{text}");
    }
}
