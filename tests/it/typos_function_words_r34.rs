//! Round 34 (issue 16): a function word written for another one edit away (`even it the Court`
//! → *if*, `did nor appear` → *not*), from the slip model's bigram evidence on each side
//! (`slip_model.rs`, `by_bigrams`). The slips are real sentences of federal opinions in the
//! labeled sets (typos-heldout14, typos-dev14: each with the slip its set injected); the
//! correct uses are the same sentences as the courts wrote them and the same words in their own
//! constructions nearby (`as to`, `make it the rule`, `on which the court relied`, `neither …
//! nor appear`), which must stay silent.

use crate::typo_support::slips;

/// (sentence as the set wrote it, written word, fix).
const FUNCTION_WORD_SLIPS: [(&str, &str, &str); 6] = [
    (
        "This it not a holding that such evidence is admissible to prove Trice's predisposition.",
        "it",
        "is",
    ),
    (
        "Thus, the Court lacks jurisdiction to entertain the claim, and even it the Court did have jurisdiction, the plaintiff is estopped to assert a claim of discrimination based on her discharge in this action.",
        "it",
        "if",
    ),
    (
        "Willard's final contention is that summary judgment was improper because the defendant had not satisfied it burden of proving that the requested accommodation was unreasonable.",
        "it",
        "its",
    ),
    (
        "The hearsay testimony offered in Chin did nor appear to fall within any exception to the hearsay rule; neither was there any discussion in Chin of the applicability of hearsay exceptions.",
        "nor",
        "not",
    ),
    (
        "Even after his return he remained subject to a new transfer at any time based on mere rumor or surmise which the had no opportunity to answer or refute.",
        "the",
        "he",
    ),
    (
        "We note that one of the main issues in a hostile environment or discrimination case is the pervasiveness of the conduct it issue.",
        "it",
        "at",
    ),
];

#[test]
fn a_function_word_for_another_is_found_with_its_fix() {
    for (text, found, right) in FUNCTION_WORD_SLIPS {
        let got = slips(text);
        assert!(
            got.contains(&(found.to_string(), right.to_string())),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_same_sentences_written_right_are_silent() {
    for (text, found, right) in FUNCTION_WORD_SLIPS {
        let fixed = text.replacen(&format!(" {found} "), &format!(" {right} "), 1);
        assert_ne!(fixed, text);
        assert_eq!(slips(&fixed), vec![], "{fixed}");
    }
}

/// The written words in their own constructions: none is a slip.
#[test]
fn the_same_words_used_right_are_silent() {
    for text in [
        "The only question is as to the amount of the funds deposited in the registry.",
        "The court declined to make it the rule that every such claim must be pleaded twice.",
        "The parties dispute the evidence on which the court relied in granting summary judgment.",
        "Neither the statute nor appeal to its history supports the defendant's reading.",
        "The officers neither questioned him nor appeared to fall short of their duty.",
        "He had no opportunity to answer, and the agency did not appear to consider it.",
        "Even if the Court had jurisdiction, the defendant satisfied its burden of proof.",
        "The funds at issue were deposited in the registry of the court.",
    ] {
        assert_eq!(slips(text), vec![], "{text}");
    }
}
