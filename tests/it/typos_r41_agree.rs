//! Round 41 (issue 16, agreement): subjects that are no single noun phrase. Phrases joined by
//! `or`/`nor` (`either`/`neither` before the first or not) give the verb the nearer phrase's
//! number when the other phrase has it too or is a name; possessives joined before one head
//! give it the head's (`neither the legislature's nor judiciary's activities`); a gerund's
//! clause with its object or phrase is singular (`typos/head_finder/compound_subjects.rs`). A
//! verb joined by `and` to a verb whose pronoun subject follows an opening phrase's comma
//! takes that verb's number (`head_finder.rs` `joined_verb`).
//!
//! The slips found are typos-heldout19's and typos-heldout20's (development sets since
//! session 40; the round's brief named their classes) and flips of the agreement harness's
//! `dev` half (`scripts/agreement_harness.py --kinds or,gerund`: California slip opinions of
//! 2025-26, public domain). Written right they draw nothing; correct sentences of each new
//! kind, from the same opinions, stay silent.

use crate::typo_support::{assert_fixed_silent, assert_found, assert_silent};

const FOUND: [(&str, &str, &str); 5] = [
    // heldout19: `neither` a name `nor` a phrase with its own phrase
    (
        "Neither Cockrum nor the employee in Walston were warned that asbestos was dangerous nor did they wear protective equipment when working around the chemical.",
        "were",
        "was",
    ),
    // heldout19: possessives joined before one head
    (
        "The legislature provides clear guidelines to the courts for how and when to enforce the orders and neither the legislature's nor judiciary's activities threatens the independence of the other.",
        "threatens",
        "threaten",
    ),
    // heldout20: a verb joined by `and` to one whose pronoun subject follows an opening phrase
    (
        "Approximately five months after plaintiff returned to work, he was carried out on a stretcher and have not returned to work since.",
        "have",
        "has",
    ),
    // harness dev flips: `X or Y` with a phrase after the nearer, a gerund and its phrase
    (
        "Given these circumstances, a denial or continuance of this motion are not warranted.",
        "are",
        "is",
    ),
    (
        "Petitioner contends that presiding over a bail review hearing are not one of the subordinate judicial duties that commissioners are constitutionally permitted to perform.",
        "are",
        "is",
    ),
];

/// Correct sentences of each new kind from the California opinions (`/tmp/m32/cal`, the
/// harness's text; the last two were a draft's false findings there).
const REAL_SILENT: [&str; 12] = [
    "Furthermore, neither mother nor child have made changes in their behavior.",
    "None of those provisions is applicable here, and neither appellant nor his appointed counsel has identified any that may be applicable.",
    "While a motion for such action on the part of the court is entirely appropriate, neither motion nor notice to an adverse party is essential.",
    "Neither the application nor any related documents are included in the appellate record.",
    "Neither the law nor the evidence supports that claim.",
    "No court order or new judgment is required.",
    "Speculation or conjecture alone is not substantial evidence.",
    "Making a quick escape in the van was an essential part of the plan.",
    "Evaluating an order or judgment as void is a question of law, reviewed de novo.",
    "Thinking the crisis was over, Hart recrossed the street to join her sister.",
    "Standing in the doorway were two individuals in face coverings, one of whom wore an orange or yellow sweatshirt.",
    "Neither the blood serum test nor the conversion to BAC are new scientific methods subject to Kelly.",
];

/// Traps of the readings the rules abstain on.
const TRAPS: [&str; 9] = [
    // (the two phrases differ in number: the writer may follow either)
    "The defendant or his attorneys were present at every hearing.",
    "Either the plaintiff or the defendants have the burden of proof on this issue.",
    // (possessives joined before one head)
    "Neither the plaintiff's nor the defendant's experts were asked about the survey.",
    // (the object's own verb, `that` left out)
    "Assuming the facts are true, the complaint still fails to state a claim.",
    // (a subject after its verb)
    "Accompanying the motion are declarations from both officers.",
    // (two gerunds joined)
    "Filing the motion and serving the papers are separate steps.",
    // (after a clause and its comma the -ing form is a participle's)
    "The court denied the motion, finding the claims were barred by the statute of limitations.",
    // (a verb joined by `and` to another whose pronoun subject follows the comma)
    "After the hearing, they were excused and have not testified since.",
    "Granting the motion was within the court's discretion.",
];

#[test]
fn round41_compound_subject_slips_found_with_their_fix() {
    assert_found(&FOUND);
}

#[test]
fn round41_compound_subject_sentences_written_right_silent() {
    assert_fixed_silent(&FOUND);
}

#[test]
fn round41_correct_compound_subjects_from_opinions_silent() {
    for text in REAL_SILENT {
        assert_silent(text);
    }
}

#[test]
fn round41_traps_silent() {
    for text in TRAPS {
        assert_silent(text);
    }
}
