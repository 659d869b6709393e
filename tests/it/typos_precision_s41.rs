//! Session 41's precision sample: 29 briefs filed in 2024–25 in the Fourteenth Court of Appeals
//! of Texas (Houston), criminal appeals, as the public GitHub repository
//! `markwbennett/PDR-AI-Detector` keeps them (commit `3a8dc0ac8ee2`, folder
//! `CA14_2024_Briefs/`; public court records; see docs/typos.md "Session 41 (lead)"). What
//! plead reported there falsely is quoted here as the PDF reader gives it, each passage with
//! the correct text around it, and must stay silent; the briefs' own slips nearby are still
//! found.

use crate::typo_support::{assert_slip, slips};

/// Passages (verbatim but for a line or two cut short) on which plead reported a correct word.
const SILENT: [&str; 15] = [
    // An article before the negative prefix un- on an an- word, and before X said as a letter.
    "(7 R.R. at 32). In addition, there was an unanswered outgoing phone call to",
    "back into the living room, where the man took Arif’s cellphone and an Xbox console.",
    // `there` before a noun of time is the adverb.
    "Officer: Can you tell me what happened out there today?",
    // A body that hears, in a mandative clause.
    "Appellant requests this Court hear oral argument in this cause.",
    "two of whom died. (4 RR 89). The five men are talking. Ms. Benitez can’t hear\nwhat they are saying.",
    // A trail in the woods, a trail-horse ride.
    "went on a trail-horse ride through a Houston street on February 5th, 2023, and fell\nfrom her horse.",
    "met Brendan and then they went through the trail in the\nwoods to go to the store.",
    // Two columns of a cover page, set apart by a tab; a signature's address; a label beside
    // its value; a heading over its paragraph.
    "Brazoria County District Attorney's\tBrazoria County District Attorney's\nOffice\tOffice\n111 East Locust, Suite 408A\tAngleton, Texas 77515\n",
    "Respectfully submitted,\n\nStanley G. Schneider\nSchneider & McKinney, P.C.\nTexas Bar No. 17790500\n",
    "Trial\tKatherine N. Thomas, Presiding Judge\nJudge:\t184th Judicial District Court\n",
    "C. Prejudice\nPrejudice is established by showing by a preponderance of the evidence that a\nreasonable probability exists that but for counsel’s errors, Appellee would have made",
    // A title's period ends no sentence: the subject is `the probative value`.
    "[CRI 91; CRII 63]. Defense counsel also filed a Theus motion asserting that the probative value of Mr. Washington's prior convictions\nwas outweighed by the prejudicial effect of introduction. [CRI 98-99; CRII 80].",
    // An e-filing service list: the recipients' names in lower case beside their addresses.
    "michael taliaferro michael.taliaferro@galvestoncountytx.gov 5/29/2025 8:34:03 PM SENT",
    // Words of the trade: a phlebotomist, a colposcope, allocution.
    "phlebotomist not inverting the tubes the sufficient number of times, and the colposcope was used as a magnifying instrument.",
    "the trial court did not give Mr. Elborno the opportunity to allocute prior to announcing sentence, an error that",
];

#[test]
fn correct_text_of_the_texas_briefs_draws_no_typo_finding() {
    for text in SILENT {
        assert_eq!(slips(text), Vec::<(String, String)>::new(), "{text}");
    }
}

#[test]
fn the_briefs_own_slips_nearby_are_still_found() {
    // The same briefs' true findings, kept as they were.
    assert_slip(
        "located a Acura SUV, with LP LMK3882. RR4-173. The",
        "a",
        "an",
    );
    assert_slip(
        "(7 R.R. at 32). In addition, there was a unanswered outgoing phone call to",
        "a",
        "an",
    );
    assert_slip(
        "Appellant to introduce what trial counsel referred to as “Brady” evidence evidence,",
        "evidence evidence",
        "evidence",
    );
    assert_slip(
        "to his conviction and punishment and had a substantial or injurious affect on the jury",
        "affect",
        "effect",
    );
    assert_slip(
        "The trial court committed reversable error by denying Appellant a jury instruction",
        "reversable",
        "reversible",
    );
    // An address owner's name is left alone only beside the address.
    assert_slip(
        "The witness michael testified that he saw the car.",
        "michael",
        "Michael",
    );
}
