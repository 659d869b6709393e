//! Round 34 (issue 16): subject–verb agreement the pass still missed on the blind sets —
//! a bare verb after a singular subject whatever follows it (`The court remind Agraria`),
//! `the Court` capitalized, a name opening its clause (`Concepcion contend`), an opinion's
//! `the majority`, `It` opening a sentence, `Some of the Xs`, a verb of saying or stating
//! before the clause it takes, a noun modifying the head before its post-modifiers, and a
//! new clause after `, and`; and `its` before a predicate fixed first to formal `it is`.
//! The slips are real sentences of the labeled sets drawn from court opinions
//! (typos-heldout12/13 and typos-dev12/13: kritiat16/tad-judicial-opinions and
//! alexmclaughlin2005/anylaw-case-database, see TYPOS-SOURCES.md) and of the slip model's
//! training text (ca-194543); the correct uses are the same sentences as written and the
//! passages of California opinions and of the typo corpus on which a first draft of these
//! rules raised a false finding.

use crate::typo_support::{assert_silent, assert_slip};

#[test]
fn a_bare_verb_after_a_singular_subject_is_read_whatever_follows_it() {
    for (text, found, right) in [
        ("The district court enjoy discretion to impose a sentence outside the guideline range when its justification is sufficiently compelling.", "enjoy", "enjoys"),
        ("The court remind Agraria that it is under a continuing duty to supplement prior discovery responses.", "remind", "reminds"),
        ("The court find no undue burden in Agraria inquiring with the cross-referenced defense counsel.", "find", "finds"),
        ("The Court find no undue burden in the request.", "find", "finds"),
        ("Yet today, the majority diminish a citizen's ability to protect his citizenship.", "diminish", "diminishes"),
        ("The majority permit a district court to act as de facto counsel for the government.", "permit", "permits"),
        ("It reach persons whose communication is not intended to harm minors.", "reach", "reaches"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn a_name_opening_its_clause_takes_the_singular() {
    for (text, found, right) in [
        ("Concepcion contend that his consent is the fruit of two unlawful searches.", "contend", "contends"),
        ("Delta assert no other facts in support of this claim.", "assert", "asserts"),
        ("On this faulty view of the case, it is considered that Covert control the issues presently before us.", "control", "controls"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn plural_subjects_after_a_partitive_or_a_verb_of_saying() {
    for (text, found, right) in [
        ("Some of the cases refers to a presumption of prejudice, but recognize that the jury may not necessarily have been confused.", "refers", "refer"),
        ("But that explanation of relevance presumes the denials was conducted in bad faith.", "was", "were"),
        ("Opponents, on the other hand, say that what has happened is that more plaintiffs receives awards under comparative negligence.", "receives", "receive"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn the_head_before_its_post_modifiers_with_a_noun_modifier_or_after_a_clause() {
    for (text, found, right) in [
        ("Though the commonality claim in this case are ambitious and therefore especially worthy of scrutiny, it is far from the theoretical extrapolation sought in Falcon.", "are", "is"),
        ("Appellant insists that his arrest was illegal, and the search of his person resulting in the finding of the revolver were invalid.", "were", "was"),
        ("The information is sufficient as long as the core facts of the information is sufficient when allegations are made in the words of the statute.", "is", "are"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn its_before_a_predicate_is_it_is_first() {
    assert_slip(
        "For example, its undisputed that Petitioner has accepted voluntary departure.",
        "its",
        "it is",
    );
    assert_slip(
        "Its undisputed that Plaintiff never filed a grievance.",
        "Its",
        "It is",
    );
}

#[test]
fn agreement_stays_silent_on_correct_and_unreadable_subjects() {
    for text in [
        // The slips' sentences as written.
        "The district court enjoys discretion to impose a sentence outside the guideline range.",
        "The court reminds Agraria that it is under a continuing duty to supplement prior discovery responses.",
        "The Court finds no undue burden in the request.",
        "The majority permits a district court to act as de facto counsel for the government.",
        "It reaches persons whose communication is not intended to harm minors.",
        "Concepcion contends that his consent is the fruit of two unlawful searches.",
        "Some of the cases refer to a presumption of prejudice.",
        "But that explanation of relevance presumes the denials were conducted in bad faith.",
        "Opponents say that more plaintiffs receive awards under comparative negligence.",
        "Though the commonality claim in this case is ambitious, it is far from the theoretical extrapolation sought in Falcon.",
        "Appellant insists that his arrest was illegal, and the search of his person resulting in the finding of the revolver was invalid.",
        // Subjunctives, causatives, modals and inversions keep their bare verbs.
        "The court ordered that the defendant pay restitution within thirty days.",
        "We require that Smith provide the records.",
        "The court let the majority decide the question.",
        "At no point did Dr. Dempsey diagnose Faiola with classic depression.",
        "Nor did Ms. Kelly explain how her perceptions led to her opinion.",
        "The plaintiff sought to have the D.C. Circuit reconsider its opinion.",
        // Names of several words, compounds, titles and initials (the training and
        // calibration texts of the slip model; the New Mexico sample).
        "Moreover, the Commissioner and Mr. Bordelon agree that for 2008, the basis is zero.",
        "Wilson, Edward Stout, Jr. and Louise R. Fleming appeal the district court's decision.",
        "The Minnesota Supreme Court and St. Paul acknowledge that the ordinance is directed at expressive conduct.",
        "The cases on which they rely are distinguishable. Amici rely on a decision from the Supreme Judicial Court.",
        "Three interpret the statute to require aiding and abetting.",
        // Determiners, prepositions and conjunctions are no names; a heading run into its text.
        "The evidence the shooting was gang-related was compelling.",
        "The alter ego doctrine is equitable in nature.",
        "Upon review the District Judge reversed the referee.",
        "And suppose that the defendant's criminal conviction is reversed.",
        "C. Custody credit The parties agree the trial court erred.",
        // A compound verb; a past `plead`; a quotation's own words.
        "He test drove the boat before buying it.",
        "Doe plead with him to calm down and yelled for help.",
        "The note reads, \"It look likes [sic] he's paroling in 1984.\"",
        // A noun phrase, not a verb, after a stating verb's `that`.
        "He contends that the encroachment permit the City issued did not actually cure the violation.",
        // A relative clause whose `that` is left out; a relative word after a preposition.
        "Thus, the visitation issue father raises on appeal has been rendered moot.",
        "The issue defendant seeks to challenge in his supplemental brief is not properly before us.",
        "The case is straightforward, and the party in whose favor the jurisdictional issue would operate is plain.",
    ] {
        assert_silent(text);
    }
}

/// A paragraph that ends in no sentence's end is a piece of a text broken at its lines:
/// a name at its start may close a name of the line before (`Sam and Joan` / `Kysar
/// operate`, double-spaced training text ca-194592).
#[test]
fn a_name_opening_a_broken_piece_of_text_is_no_subject() {
    assert_silent("Kysar operate a Christmas tree farm in Woodland, Washington. From");
    assert_slip(
        "Concepcion contend that his consent is the fruit of two unlawful searches.",
        "contend",
        "contends",
    );
}
