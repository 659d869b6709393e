//! Round 30 (issue 16): closed-class and one-letter real-word slips, as rows of
//! data/confusables.tsv with the word classes `@sing` and `@plural`. The slips are real
//! sentences of California FPPC staff advice letters (typos-dev8.jsonl) with the slip the
//! development set injected; the correct uses are real sentences of the opinions in
//! tests/fixtures/opinions and plain legal English.

use crate::typo_support::slips;

#[test]
fn closed_class_and_one_letter_slips_are_found_with_their_fix() {
    let cases = [
        ("Although her parcels are identified as zoned for commercial uses, no facts where provided regarding any interest she may have in a business.", "where", "were"),
        ("The City expects Saggio Hills visitors to enter thorough a separate entrance, independent from the surrounding residential neighborhood.", "thorough", "through"),
        ("Since we have concluded than participation of the members at issue is already prohibited based on Section 1090, we need not fully analyze the Act's conflict of interest rules.", "than", "that"),
        ("Accordingly, Director Schendel may have a disqualifying conflict of interest in any governmental decision, which has a reasonable foreseeable material financial effect on one or more off her economic interests.", "off", "of"),
        ("The Act does now prohibit the Councilmember from taking part in those decisions.", "now", "not"),
        ("This will bring knew business and potential customers to the area.", "knew", "new"),
        ("These recommendations would then be passed up the line before the were either approved or denied.", "the", "they"),
        ("Therefore, at issue is whether you will receive a disproportionate benefit or detriment at a result of any of those decisions.", "at", "as"),
        ("Farm has been closed sense 2001 and has undergone a clean-up of the site.", "sense", "since"),
        ("Trash in gutters and on sidewalk borders is vary common.", "vary", "very"),
        ("Late filing penalties may be assessed only when a report or statement is field late.", "field", "filed"),
        ("Your firm contracts with the City on an occasional bias to provide engineering design and other services.", "bias", "basis"),
        ("Under the facts provided, we fine that it is not reasonably foreseeable that the location of this route will have any material financial effect.", "fine", "find"),
        ("This regulation provide that a decision's effect on an official's interest is presumed reasonably foreseeable.", "provide", "provides"),
        ("The agreements requires that the park lands be available for use by the general public.", "requires", "require"),
    ];
    for (text, found, right) in cases {
        assert!(
            slips(text).contains(&(found.to_string(), right.to_string())),
            "{text}: {:?}",
            slips(text)
        );
    }
}

#[test]
fn correct_uses_stay_silent() {
    for text in [
        "We do now hold that the statute applies.",
        "This might indicate that the examiner found the condition preexisting.",
        "The failure to conduct a plenary hearing to resolve those issues requires us to reverse and remand.",
        "One of the agreements requires that the lands be open to the public.",
        "The powder was field tested and found to be cocaine.",
        "Except where provided by statute, the fee is due on filing.",
        "The parties arrived at a result of their own.",
        "We step back to gain a sense of perspective.",
        "Each party shall bear its own costs.",
    ] {
        assert!(slips(text).is_empty(), "{text}: {:?}", slips(text));
    }
}
