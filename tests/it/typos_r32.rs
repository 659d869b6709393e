//! Round 32 (issue 16): subject–verb agreement read from the subject's head across its
//! post-modifiers and from parties named bare, `it` before a bare verb, surnames opening a
//! sentence as the subject of a past-tense verb, compounds a line-end hyphen joined, and
//! alterations across a word's start. The slips are real sentences of California Court of
//! Appeal opinions (typos-dev10.jsonl, zeeshanhxider/LegalAI-Scraper) with the slip the
//! development set injected; the correct uses are real sentences of the same sets and plain
//! legal English.

use crate::typo_support::{assert_silent, assert_slip};

#[test]
fn agreement_reads_the_head_before_its_post_modifiers() {
    for (text, found, right) in [
        // An infinitive, a chain of prepositional phrases, one of them `in limine`.
        ("The motion to strike were granted, in part, without leave to amend.", "were", "was"),
        ("Similarly, defendant's arguments at the hearing on the motions in limine was directed entirely to the post-death photographs.", "was", "were"),
        ("Either way, the weight of the evidence are a question of fact.", "are", "is"),
        ("In my view, the answer to this question are likely no.", "are", "is"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn agreement_of_parties_named_bare_and_of_it() {
    for (text, found, right) in [
        ("Defendant argue the records support his claim that he is a tier one offender eligible for relief from registration.", "argue", "argues"),
        ("Defendant suggest we can dispose of plaintiffs' challenge to the trial court's denial of restitution.", "suggest", "suggests"),
        ("Appellant contend that a term of his supervised release improperly delegated judicial authority to the probation department.", "contend", "contends"),
        ("Plaintiffs claims the danger was in the funneling of stopped cars over railroad tracks.", "claims", "claim"),
        ("Plaintiffs contends the trial court erred in sustaining the demurrer.", "contends", "contend"),
        ("In response, Plaintiffs asserts Defendants waived their right to appeal the award of attorney fees and costs.", "asserts", "assert"),
        ("It require the willful infliction of injury under circumstances likely to produce great bodily injury.", "require", "requires"),
        // A verb of saying whose `that` is left out.
        ("We presume the trial court have considered all relevant factors in the absence of an affirmative record to the contrary.", "have", "has"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn agreement_stays_silent_on_heads_it_cannot_read() {
    for text in [
        // Correct agreement with the head, and a head the phrase's noun agrees with.
        "The motion to strike was granted, in part, without leave to amend.",
        "Defendant's arguments at the hearing on the motions in limine were directed entirely to the photographs.",
        "The decision to grant the motions was within the court's discretion.",
        // A compound noun ends the phrase (`the child standard`), an infinitive's bare
        // object (`intent to rob charges`), a modal before the verb, an infinitive.
        "Although the best interests of the child standard is used for various family law determinations, it does not apply here.",
        "The armed assault with intent to rob charges were dismissed as duplicative.",
        "Our discussion of duress would have made no sense if the statute applied.",
        "A motion to reconsider must establish that our decision was incorrect.",
        "Samsung does not argue a lack of substantial evidence to support the damages awards under the instruction.",
        // Parties and pronouns that agree, an object pronoun after a causative, a
        // subjunctive after `that`.
        "Defendant argues the records support his claim.",
        "Plaintiffs contend the trial court erred in sustaining the demurrer.",
        "It requires the willful infliction of injury.",
        "The court let it stand the test of time.",
        "The statute requires that it apply the same standard to every applicant.",
    ] {
        assert_silent(text);
    }
}

#[test]
fn a_surname_opening_a_sentence_as_the_subject_of_a_past_verb_is_a_name() {
    for text in [
        "Jowy told Mayuko he had romantic feelings for Doe but promised he would never do it again.",
        "Barbarin got out of the car and fatally shot Simmons.",
        "Bearman disagreed, contending that an unlawful detainer plaintiff must establish that the allegations are true.",
    ] {
        assert_silent(text);
    }
    // A slip of a most common word, a bare party, or a word that is no noun is still a slip.
    for (text, found, right) in [
        (
            "Defendent argued that the court erred.",
            "Defendent",
            "Defendant",
        ),
        ("Becasue the court erred, we reverse.", "Becasue", "Because"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn a_compound_a_line_end_hyphen_joined_and_an_alteration_across_a_word_are_words() {
    assert_silent("The one-\nsidedness of the agreement is apparent from its terms.");
    assert_silent("[He d]idn’t see the car until it was too late, Smith testified.");
    assert_silent("He testified that [he d]idn't see the car until it was too late.");
    // A misspelling beside such a compound is still found.
    assert_slip(
        "The one-\nsidedness of the agreemnet is apparent.",
        "agreemnet",
        "agreement",
    );
}
