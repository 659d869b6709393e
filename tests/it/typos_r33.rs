//! Round 33 (issue 16): agreement of lexical verbs with the head before its post-modifiers
//! (a prepositional phrase, a present participle's phrase), parties named bare before a
//! verb that is also a noun or after an adverb, a name opening a sentence before a verb in
//! -s, and `wave` in a passage about waving a thing out of a window. The slips are real
//! sentences of New Mexico opinions (typos-dev11.jsonl, the Caselaw Access Project text of
//! chinmusique/outcome-prediction) and of the fixture opinions with the slip the
//! development set injected; the correct uses are the same sentences as written and a
//! California Court of Appeal opinion of the third precision sample (A170482).

use crate::typo_support::{assert_silent, assert_slip};

#[test]
fn lexical_verbs_agree_with_the_head_before_its_post_modifiers() {
    for (text, found, right) in [
        (
            "The decisions relating to the bonds appears to have been made by the board.",
            "appears",
            "appear",
        ),
        (
            "The agreements between the parties indicates that the lease was renewed.",
            "indicates",
            "indicate",
        ),
        (
            "The record of the proceedings contain no objection to the instruction.",
            "contain",
            "contains",
        ),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn parties_named_bare_before_a_verb_that_is_also_a_noun() {
    for (text, found, right) in [
        ("Plaintiffs points to no such additional authority under which they may serve as private attorneys general, and we therefore reject this argument.", "points", "point"),
        ("Petitioner state that the Court treated summary judgment and directed verdict interchangeably.", "state", "states"),
        ("Plaintiff rely heavily on the trial court's findings of fact and conclusions of law.", "rely", "relies"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn agreement_stays_silent_where_the_head_agrees_or_is_no_subject() {
    for text in [
        // The same sentences as written.
        "The decisions relating to the bonds appear to have been made by the board.",
        "The agreements between the parties indicate that the lease was renewed.",
        "The record of the proceedings contains no objection to the instruction.",
        "Plaintiffs point to no such additional authority.",
        "Petitioner states that the Court treated summary judgment and directed verdict interchangeably.",
        "Plaintiff relies heavily on the trial court's findings of fact.",
        // A noun in -ing heads its own phrase; a modal, a subjunctive, a causative.
        "The hearing on the motions appears in the record.",
        "The court may order that the record of the proceedings contain a transcript.",
        "We require that the owner of the vehicles provide proof of insurance.",
        "The court let the owner of the vehicles keep them.",
        // A compound subject and an infinitive's object.
        "The plaintiff and the owner of the cars agree that the contract governs.",
    ] {
        assert_silent(text);
    }
}

#[test]
fn a_name_opening_a_sentence_before_a_verb_in_s_is_a_name() {
    // (`Montano` is one edit from *Montana*; a place does not contend.)
    assert_silent("Montano contends that he has not received what he paid for.");
    assert_silent("Montano argues that he has not received what he paid for.");
    // A common word misspelt still is a slip.
    assert_slip(
        "Defendent argues that the statute is vague.",
        "Defendent",
        "Defendant",
    );
}

#[test]
fn waving_a_thing_out_of_a_window_is_no_waiver() {
    // (The learned model reads `and _ it . He then` as `waive it`; the row's topic words,
    // a window, a car, traffic, a package, veto it. California Court of Appeal, A170482,
    // 2025, as the PDF reader lays it out: public domain.)
    assert_silent(
        "Officer Yuen got stopped in traffic at Hyde and California Streets so Officers Lara and Neuerburg took over as primary pursuit. At this point, Officer Lara was about seven car lengths behind Garcia and had not been able to see what the BMW’s driver looked like. At Hyde and O’Farrell Streets, both Officers Lara and Neuerburg saw Garcia hold a package, which looked like the first one, out the window and wave it. He then brought the package back into the BMW.",
    );
    // The row still reads a waiver's words.
    assert_slip(
        "The defendant did not wave his right to a jury trial.",
        "wave",
        "waive",
    );
}
