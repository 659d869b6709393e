//! Round 31 (issue 16): subject–verb agreement with verbs other than be, have and do (read
//! from the dictionary's parts of speech), subjects that do not open their clause, rows of
//! data/confusables.tsv for content-word slips, and surnames at a sentence start. The slips
//! are real sentences of California FPPC staff advice letters (typos-dev8.jsonl) and USCIS
//! AAO decisions (typos-dev7.jsonl) with the slip the development set injected, and one
//! real slip of a First Circuit opinion of the precision corpus (`Each of these claims
//! have been waived`); the correct uses are real sentences of the opinions and plain legal
//! English.

use crate::typo_support::{assert_silent, assert_slip, slips};

#[test]
fn agreement_with_other_verbs() {
    for (text, found, right) in [
        // A plural subject before a verb-only -s form, with a modifier, after `because`
        // or `that`, after a plural quantifier and `of`.
        ("The concession agreements indicates very specific areas where the concessionaire can occupy and operate.", "indicates", "indicate"),
        ("Because the decisions involves imposing an assessment that applies to your property, your interest is explicitly involved in the decision.", "involves", "involve"),
        ("You have not indicated that these parcels contains commercial properties.", "contains", "contain"),
        ("Many of these long lots contains homes and multi-unit complexes that need extensive repairs.", "contains", "contain"),
        // A singular subject before a bare verb: a clause after `, and`; a verb that is
        // also a noun before its object's determiner.
        ("On appeal, the Petitioner asserts that the Director erred, and the evidence support an approval of the petition.", "support", "supports"),
        // A subject that opens no clause: a relative clause with its `that` left out,
        // and `each of` a plural.
        ("We reviewed the information the Applicant provide with the appeal.", "provide", "provides"),
        ("Each of these claims have been waived by Carroll's accession to the default.", "have", "has"),
        ("Each of the officials have a financial interest in the decision.", "have", "has"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn agreement_stays_silent_on_correct_and_subjunctive_uses() {
    for text in [
        // Mandative subjunctives and bare verbs after a causative.
        "The union requested that the airline defer filing for bankruptcy until after the ratification vote.",
        "Counsel failed to request that the judge instruct the jury on the lesser offense.",
        "It is quite desirable that the complaint plead with some specificity facts showing which defendant acted.",
        "The court made the applicant provide a new statement.",
        "Plaintiffs ask that, insofar as the statute prevents it, the court declare the statute unconstitutional.",
        // Past forms that are their bare forms, and a modal.
        "It chose not to argue that the magistrate judge misread the arbitration agreement.",
        "Once the patentee sells one of its products, however, the patentee can no longer control that item.",
        // A noun before a verb-looking noun, a list of nouns, a participle's object.
        "The court order required the defendant to appear.",
        "The petitioner's parents, four sisters, and a brother continue to live in Sri Lanka.",
        "The ticket booklet given plaintiffs bears the cover caption in bold letters.",
        // Plural subjects with plural verbs, singular with singular.
        "The agreements indicate very specific areas where the concessionaire can operate.",
        "The evidence supports an approval of the petition.",
        "Each of the officials has a financial interest in the decision.",
        "Within each of the relevant periods the events are essentially undisputed.",
    ] {
        assert_silent(text);
    }
}

#[test]
fn content_word_rows_find_their_slips() {
    for (text, found, right) in [
        ("You have asked whether an employee of a fire protection district, including a firefighter, whole position is not designated in the district's conflict-of-interest code is subject to the Act.", "whole", "whose"),
        ("Councilmember Abe-Koga's properties at approximately 822 feet and 888 feet, respectfully.", "respectfully", "respectively"),
        ("If this is the case, it does not appear that he has a financial interest in the contact itself.", "contact", "contract"),
        ("The council approved the Conditional Use Permit and adapted the draft Mitigated Negative Declaration.", "adapted", "adopted"),
        ("He does not except that the decision will impact his use and enjoyment of the property.", "except", "expect"),
        ("It is also significant that income from the employee received in 2010 was fully disclosed.", "employee", "employer"),
        ("This is because an employee has an overall interest in the employee's financial success and continued employment.", "employee's", "employer's"),
        ("Act does not prohibit the directer from operating a business entity for personal gain.", "directer", "director"),
        ("The court distinguished between piracy and other crimes, stating that the later were beyond the punishing power of the state.", "later", "latter"),
        ("City staff will use the document to create a funding and improvement plan thorough City build out.", "thorough", "through"),
    ] {
        assert_slip(text, found, right);
    }
}

#[test]
fn correct_uses_of_the_rows_words_stay_silent() {
    for text in [
        "The whole record shows that the claim was not preserved.",
        "This whole article is treating of the judicial power of the state.",
        "The agency will act later in the year.",
        "The only warrant in the record is the later, apparently unserved, warrant.",
        "Of the two standards, the latter argument carries more weight.",
        "The rule was adapted to the needs of small districts.",
        "The procedure, later adapted for cases under the ADEA, applies here.",
        "The two parcels are 500 feet and 1,000 feet from the project, respectively.",
        "I respectfully dissent.",
        "He had no contact with the applicant, and the contact information was outdated.",
        "He stayed in contact with the City.",
        "The court will not except that claim from the rule.",
        "The statute applies to all claims except that the remedy is limited.",
        "The employee received income from the employer.",
        "The Director denied the petition.",
        "A thorough FBI investigation followed, and a more thorough Review was ordered.",
    ] {
        assert_silent(text);
    }
}

#[test]
fn a_surname_that_is_a_noun_and_a_letter_opens_a_sentence_as_a_name() {
    for text in [
        "Rosen is not a party to the agreement, nor is he named in the agreement.",
        "Rosen's interest in the property is not at issue.",
    ] {
        assert_silent(text);
    }
    // A slip of a common word at a sentence start is still a slip: a doubled last letter,
    // a dropped letter.
    for (text, slip) in [
        ("Courtt records show the filing.", "Courtt"),
        ("Becasue the motion was late, we affirm.", "Becasue"),
    ] {
        assert!(
            slips(text).iter().any(|(found, _)| found == slip),
            "{text}: {:?}",
            slips(text)
        );
    }
}
