//! Round 34 (issue 16): one-letter slips of common words whose evidence is one neighbour — a
//! function word's own slot (`slip_model.rs`, `by_slot`) — and closed-class written words in a
//! slot their class cannot fill (rows of `data/confusables.tsv`). The slips are real
//! sentences of the labeled sets (typos-heldout12/13, typos-dev10/12/13: opinions with the
//! slip each set injected); the correct uses are the same sentences as the courts wrote them,
//! and passages of real opinions that drew a false alarm of a first cut.

use crate::typo_support::{slips, slips_with_slip_rule};

/// (sentence as the set wrote it, written word, fix): slips a function word's slot finds.
const SLOT_SLIPS: [(&str, &str, &str); 7] = [
    (
        "If Defendants' detention was illegal, as a general rule any evidence obtained as a result of their detention mist be excluded as fruit of the poisonous tree.",
        "mist",
        "must",
    ),
    (
        "Other remedies available to the landlord shell be as provided by State law.",
        "shell",
        "shall",
    ),
    (
        "There is no evidence to support the assumption in the district court's opinions that Westinghouse night have secured a contract had it not been so slow in its negotiations.",
        "night",
        "might",
    ),
    (
        "Additionally, unbeknownst to a consumer, any information provided as a result of the initial analysis van be independently obtained.",
        "van",
        "can",
    ),
    (
        "The importance of third-party payors and government welfare assistance programs in financing most patient care gas been recognized.",
        "gas",
        "has",
    ),
    (
        "Under the circumstances of this case, exhaustion mast be excused.",
        "mast",
        "must",
    ),
    (
        "Capriola confirmed this by contacting Sanders who affirmed he hand been the victim of identity theft and had not purchased the vehicle.",
        "hand",
        "had",
    ),
];

#[test]
fn a_function_words_slot_finds_the_slip() {
    for (text, found, right) in SLOT_SLIPS {
        let got = slips_with_slip_rule(text);
        assert!(
            got.contains(&(found.to_string(), right.to_string())),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_same_sentences_written_right_are_silent() {
    for (text, found, right) in SLOT_SLIPS {
        let fixed = text.replacen(&format!(" {found} "), &format!(" {right} "), 1);
        assert_ne!(fixed, text);
        assert_eq!(slips_with_slip_rule(&fixed), vec![], "{fixed}");
    }
}

/// Real passages a first cut of the slot flagged: a lexical verb negated in formal prose (New
/// Mexico Court of Appeals, the fourth precision sample), a Latin phrase the model never saw,
/// an adverb after `most` (a concurring opinion of the slip model's test part), a heading's
/// noun before `not` (a California opinion's parenthetical).
#[test]
fn a_slot_needs_the_other_neighbour_on_its_side() {
    for text in [
        "We have suggested that so long as the elements of the crimes are covered by the factual allegations and the defendant is fully apprised of the State's information regarding the time, place, and date of the crimes, any lack of factual specificity goes not to the constitutional adequacy of the notice, but to the credibility of the State's case.",
        "These documents indicate a 10% increase in per capita fees and an additional increase of $36,000 for continued employment of an employee.",
        "I believe that we most effectively maintain the appropriate scope of this jurisdiction by requiring that the specific conduct allegedly committed by the defendants sued represents a violation of international law.",
        "To the contrary, authority exists supporting the opposite conclusion. (See, e.g., People v. Clark (2019) 43 Cal.App.5th 270, 287 [knowledge of person's age not a listed element of pimping a minor].)",
    ] {
        assert_eq!(slips_with_slip_rule(text), vec![], "{text}");
    }
}

/// (sentence, written word, fix): closed-class words in a slot their class cannot fill, and
/// the families in forms the rows did not read yet.
const CLOSED_CLASS_SLIPS: [(&str, &str, &str); 9] = [
    (
        "The prosecution's justifications were similarly applicable to other jurors or prospective jurors who were not members of this same cognizable group and who were not subject too a prosecution peremptory challenge.",
        "too",
        "to",
    ),
    (
        "At the scheduled jurisdictional and dispositional hearing, Mother requested a trial no the issues of jurisdiction, disposition, and case plan.",
        "no",
        "on",
    ),
    (
        "Father, however, has not been convicted, and if is, of course, not certain that he will be.",
        "if",
        "it",
    ),
    (
        "Under Batson, the defendant who seeks to establish that he state's use of peremptory challenges violated the Equal Protection Clause must first make a prima facie showing of a constitutional violation.",
        "he",
        "the",
    ),
    (
        "Counsel for a non-indigent defendant may obtain a copy of the record at the cost proscribed by law.",
        "proscribed",
        "prescribed",
    ),
    (
        "The majority apparently recognizes, at lest implicitly, that Craig has some bearing upon this case.",
        "lest",
        "least",
    ),
    (
        "Judge Berzon's scholarly opinion is an excellent discussion of that for which we must always be vigilantly on the lookout in these cases, but in the end, nine of it applies to this settlement.",
        "nine",
        "none",
    ),
    (
        "In assessing theses claims of error, we must recognize that the district court has substantial discretion as to the wording of specific instructions.",
        "theses",
        "these",
    ),
    (
        "Ultimately, testimony from this witness bares on the determination of Child's best interest and whether reunification with Mother is feasible in the foreseeable future.",
        "bares",
        "bears",
    ),
];

#[test]
fn closed_class_words_in_a_slot_their_class_cannot_fill() {
    for (text, found, right) in CLOSED_CLASS_SLIPS {
        let got = slips(text);
        assert!(
            got.contains(&(found.to_string(), right.to_string())),
            "{text}: {got:?}"
        );
        let fixed = text.replacen(&format!(" {found} "), &format!(" {right} "), 1);
        assert_ne!(fixed, text);
        assert_eq!(slips(&fixed), vec![], "{fixed}");
    }
}

/// The same words where their class belongs (passages of the fixture corpora,
/// tests/fixtures/opinions and tests/fixtures/precision): correct uses the rows must leave alone.
#[test]
fn closed_class_words_where_they_belong_are_silent() {
    for text in [
        "He said that years later the Veteran told him that the warning was too late as the instructor had molested the Veteran.",
        "There can be no doubt that for many, if not most, of the students at the graduation, the act of standing or remaining silent was an expression of participation in the rabbi's prayer.",
        "The State Board \u{201c}initiate[s] the causal chain\u{201d} that leads to prosecution, even if it is not the \u{201c}last link\u{201d} in that chain.",
        "This account of the call accords with Zwick's testimony that his understanding from the call was that Monahan had offered to resign, and that he had accepted the resignation on Romney's behalf.",
        "Instead, when the plaintiff alleges an intention to engage in conduct arguably imbued with constitutional interest but proscribed by statute, and a credible threat of prosecution is present, standing exists.",
        "In these circumstances, defendants bear the burden to demonstrate through \u{201c}compelling evidence\u{201d} the lack of a credible threat of prosecution or that the statute is \u{201c}moribund.\u{201d}",
    ] {
        assert_eq!(slips(text), vec![], "{text}");
    }
}
