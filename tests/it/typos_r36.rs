//! Round 36 (issue 16): real-word errors of motion papers at zero false alarms. The slips are
//! the sentences of typos-dev15 and typos-heldout15 (NYSCEF filings; heldout15 was measured
//! blind at 48/70 before this round and is tuned on since) and the two of dev14 and dev13 the
//! same mechanisms caught; each is found with its fix, the same sentence written right draws
//! nothing on the corrected word, and the sentences of real opinions that the round's drafts
//! flagged stay silent.
//!
//! Mechanisms: agreement with a capitalized defined term (`grammar.rs`,
//! `defined_term_subject`: `The Saxe Board argue`, `Plaintiffs' Seventh Cause of Action
//! seek`), with capitalized groups of parties (`capitalized_parties`: `State Defendants
//! looks`), camel-case names (`EarthLink also engage`), a possessive determiner no noun
//! (`that his actions was`), a verb also an adjective before `a`/`an` (`the injunction
//! present an`), nouns of arguing that take an indicative clause (`argument that the Due
//! Process Clause require`); rows of `data/confusables.tsv` in part-of-speech frames for
//! families (`to loose if`, `with they're other`) and common-word slips (`eve if`, `third
//! parity`, `attempts so conduct`, `the some tire`, `review die not include`).

use crate::typo_support::{assert_fixed_silent, assert_found, slips};

const AGREEMENT: [(&str, &str, &str); 10] = [
    (
        "In the event STS' request for an injunction is granted (and it should not be), the injunction present an existential risk to the Company and the Individual Defendants' livelihoods.",
        "present",
        "presents",
    ),
    (
        "The Saxe Board argue that the failure to issue an injunction would cause irreparable harm to the Company in two ways.",
        "argue",
        "argues",
    ),
    (
        "State Defendants looks forward to working with the Court and with Plaintiffs to set a briefing schedule for Plaintiffs' motion for a preliminary injunction.",
        "looks",
        "look",
    ),
    (
        "This Business Associate Agreement include appropriate safeguards to ensure protection of client confidentiality.",
        "include",
        "includes",
    ),
    (
        "This Court rejected Goodyear's argument that the Due Process Clause require a connection between the defendant, the forum, and the litigation, believing it subsumed into the question of whether personal jurisdiction is reasonable under the circumstances.",
        "require",
        "requires",
    ),
    (
        "Plaintiffs' Seventh Cause of Action seek a permanent injunction precluding DOH from issuing sanctions for failure to comply with CDPAP transition directives.",
        "seek",
        "seeks",
    ),
    (
        "Unfortunately, however, management is all too familiar with the confusion third parties face when presented with conflicting instructions by Taller, so it is important that Taller confirm to the Sichenzia firm that his actions was unauthorized.",
        "was",
        "were",
    ),
    (
        "EarthLink also engage in a smear campaign against Charter and its counsel.",
        "engage",
        "engages",
    ),
    (
        "Plaintiffs also spends a few paragraphs discussing general jurisdiction and consent by registration.",
        "spends",
        "spend",
    ),
    (
        "Counter-Plaintiffs argues that they have been denied a meaningful opportunity to be heard, with defective notices under state law and the threat of arrest compounding the procedural due process violations.",
        "argues",
        "argue",
    ),
];

const FAMILIES: [(&str, &str, &str); 9] = [
    (
        "Nothing that Defendants stand to loose if no sanction issues compares to the catastrophe that would befall Caring Professionals and the Member FIs if such a sanction is imposed.",
        "loose",
        "lose",
    ),
    (
        "The thirty-day suspension meant that for that period of time, certain recipients would not receive their welfare benefits, and the plaintiffs argued that this suspension would cause significant and irreparable harm to those effected.",
        "effected",
        "affected",
    ),
    (
        "To do so, defendants preformed a painstakingly detailed analysis of general versus specific jurisdiction below.",
        "preformed",
        "performed",
    ),
    (
        "Fortunately, the neutrality principal, which prohibits the Company from choosing a side in a dispute over who controls the Board, prevents the absurd result where the Company is pitted against itself and making conflicting claims about who controls it.",
        "principal",
        "principle",
    ),
    (
        "To the extent this Court's long-arm-act analysis turns on indemnification, than, the Court should grant reargument.",
        "than",
        "then",
    ),
    (
        "Leave to appeal, meanwhile, is warranted when an issue is novel or of pubic importance, presents a conflict with prior decisions of the Court of Appeals, or involves a conflict among the Departments.",
        "pubic",
        "public",
    ),
    (
        "The Court should not issue a preliminary injunction legitimizing members of the Board who are plainly averse to the Company's interests.",
        "averse",
        "adverse",
    ),
    (
        "As with they're other requests for injunctive relief, Plaintiffs are required to show that they are likely to succeed on the merits of their claims, that they will suffer irreparable harm absent an injunction, and that the equities favor the injunctive relief sought.",
        "they're",
        "their",
    ),
    (
        "I disagree, however, that the trial court's determination regarding the pubic purpose of the condemnations is a factual finding subject to deferential review.",
        "pubic",
        "public",
    ),
];

const COMMON: [(&str, &str, &str); 18] = [
    (
        "What is more, eve if STS' claims had merit (they do not), it would be entitled to nothing but money damages for the loss of its alleged interest in the Company.",
        "eve",
        "even",
    ),
    (
        "Indeed, the OSC was filed while the parities were in the midst of exchanging meet and confer letters surrounding the issue, and before the deadline for the production of documents.",
        "parities",
        "parties",
    ),
    (
        "We requested these data and information both informally by numerous emails, as well was through formal document requests.",
        "was",
        "as",
    ),
    (
        "Plaintiff also bought the Ford Explorer used from a third parity.",
        "parity",
        "party",
    ),
    (
        "Accordingly, the motions by Ford and Goodyear seeking to dismiss the third-party complaint for lack of specific personal jurisdiction are denied, the branch of Goodyear's motion to dismiss the cause of action biased on common law indemnification is granted.",
        "biased",
        "based",
    ),
    (
        "The Motion should also be denied because it sees to award the Saxe Board the ultimate relief that is sought in the Complaint at the pre-answer stage.",
        "sees",
        "seeks",
    ),
    (
        "Rather, after attempts so conduct more traditional searches and reviews of Charter's production were thwarted by the significant volume of transcription errors, EarthLink conducted a random sample review focused on identifying and quantifying the pervasiveness of transcription errors in the transcripts.",
        "so",
        "to",
    ),
    (
        "Contrary to defendants' allegation, the subject tire was not a used tire, but was the some tire that was originally mounted on the subject vehicle when it was sold brand new.",
        "some",
        "same",
    ),
    (
        "EarthLink's sampling review die not include reviewing for evidence of Charter misconduct.",
        "die",
        "did",
    ),
    (
        "This Court should grant Goodyear's motion from reargument and, on reargument, reverse the Supreme Court's order.",
        "from",
        "for",
    ),
    (
        "However, just like the sublease from StubHub, Korytny failed two deliver.",
        "two",
        "to",
    ),
    (
        "I do note, however, that the Court has not been provided with any documents our any evidence whatsoever substantiating these allegations, presumably because none exists.",
        "our",
        "or",
    ),
    (
        "And if Charter had produced the recordings to EarthLink, hey would have been so voluminous as to be worthless for EarthLink.",
        "hey",
        "they",
    ),
    (
        "The criteria included, inter alia, a requirement that the Statewide FI subcontract with at east four regional FIs, one in each of New York's four Medicaid rate-setting regions.",
        "east",
        "least",
    ),
    (
        "Here, third-party plaintiff has not sufficiently raised any additional issues of act or factors to be considered requiring jurisdictional discovery.",
        "act",
        "fact",
    ),
    (
        "PPL, a vendor assuming Fiscal Intermediary functions and with no current relationship with Consumers, has no eight to such information.",
        "eight",
        "right",
    ),
    (
        "Based on the record before us, it appears that US Tires, an automotive mechanic shop, dies not manufacture or sell its own tires.",
        "dies",
        "does",
    ),
    (
        "The District Court also die not err in denying Guinn's motion for a temporary restraining order.",
        "die",
        "did",
    ),
];

/// The older development sets (dev10–dev14, heldout12: opinions with injected slips): the
/// same frames for other pairs (`entitled so habeas`, `At this tome`, `the district cart`), and
/// `were` after `whether` or `as` alone, which round 36 no longer reads as a subjunctive.
const OLDER_SETS: [(&str, &str, &str); 28] = [
    (
        "Petitioner is not entitled so habeas relief if on the record adduced at the trial a rational trier of fact could have found the essential elements of the crime beyond a reasonable doubt.",
        "so",
        "to",
    ),
    (
        "By the sue of pre-hospitalization testing and by emphasis on preventive care, HMOs remain in a unique position to minimize the costs to its subscribers.",
        "sue",
        "use",
    ),
    (
        "A defendant's right to present a full defense, including the right to testify on his now behalf, is not without limits.",
        "now",
        "own",
    ),
    (
        "Finally, ever if Defendant could establish by clear and convincing, evidence that he does not present a risk of flight or danger, there are no exceptional reasons warranting Defendant's release.",
        "ever",
        "even",
    ),
    (
        "Virtually without exception, materiality has seen held to be a matter of law.",
        "seen",
        "been",
    ),
    (
        "Assuming arguendo that jurisdiction exists over defendant's failure to promote plaintiff, the Court concludes that the failure to promote was not the result, in whole or in pat, of discrimination on the basis of sex.",
        "pat",
        "part",
    ),
    (
        "One function is the production of antibody cells which ate dumped into the blood and circulate to all parts of the body.",
        "ate",
        "are",
    ),
    (
        "The wife then thought that defendant might look like one of the people thy had seen.",
        "thy",
        "they",
    ),
    (
        "Although she alleges that Byrne, Zazzali and Pagano violated her first and fourteenth amendment rights, she does not state hoe she was injured.",
        "hoe",
        "how",
    ),
    (
        "The spectacle of Henry's picking off elements of hid sentence one by one, so as to reduce his term to something approximating time served, may have seemed to Henry's counsel an unfortunate one.",
        "hid",
        "his",
    ),
    (
        "By including omissions, the statute indicates that an applicant has a duty to disclose mote than what the application specifically requests.",
        "mote",
        "more",
    ),
    (
        "As noted supra, however, the fact that the motion were timely for the purposes of the District Court's schedule does not necessarily make it timely for an appeal to this Court.",
        "were",
        "was",
    ),
    (
        "The district cart did not identify a particular fund and impose upon it an equitable lien.",
        "cart",
        "court",
    ),
    (
        "But on the outer hand, conviction of the innocent or conviction in violation of the Constitution should not be tolerated.",
        "outer",
        "other",
    ),
    (
        "Yet it is hard to sew why this should be so.",
        "sew",
        "see",
    ),
    (
        "I concur with our decision to grant preliminary approval for thee adoption of the majority of the proposed instructions.",
        "thee",
        "the",
    ),
    (
        "As fir the sentence: Morgan received criminal history points on account of two convictions for continuing to drive after his license had been revoked.",
        "fir",
        "for",
    ),
    (
        "A district court is free to extend the time to file a lotion before it or to promulgate a local rule that grants more than ten days to file a motion to reconsider.",
        "lotion",
        "motion",
    ),
    (
        "At this tome, State Farm has not shown by a preponderance of the evidence the amount of any damages for leaks and other repairs.",
        "tome",
        "time",
    ),
    (
        "Baca argues that the rial judge's actions in considering two separate communications from jurors violated his right to be present at every stage of his trial.",
        "rial",
        "trial",
    ),
    (
        "Charged whit first degree murder, Defendant was convicted of tampering with evidence and second degree murder with a firearm enhancement.",
        "whit",
        "with",
    ),
    (
        "Over the Board's objection, the district court granted a sway of the license revocation.",
        "sway",
        "stay",
    ),
    (
        "The law firm aloe represented both Guardian and Conservator for Children.",
        "aloe",
        "also",
    ),
    (
        "The State sought admission of the videotape primarily undue the catch-all exception.",
        "undue",
        "under",
    ),
    (
        "Whether the Defendant acted intentionally man be inferred from all of the surrounding circumstances, such as the manner in which he acts, the means used, his conduct and any statements made by him.",
        "man",
        "may",
    ),
    (
        "But on direct appeal, Lopez does not challenge the admissibility or voluntariness of his testimony to the parol board, and we express no opinion on this mixed question of law and fact.",
        "parol",
        "parole",
    ),
    (
        "Clark did not specifically recall providing Delaney with a key to the property but he testified at his deposition he most have given Delaney a key to the front door.",
        "most",
        "must",
    ),
    (
        "We determine whether the sentence were substantively reasonable by considering the totality of the circumstances.",
        "were",
        "was",
    ),
];

#[test]
fn agreement_with_defined_terms_and_named_parties_is_found_with_its_fix() {
    assert_found(&AGREEMENT);
}

#[test]
fn agreement_slips_written_right_are_silent() {
    assert_fixed_silent(&AGREEMENT);
}

#[test]
fn families_in_part_of_speech_frames_are_found_with_their_fix() {
    assert_found(&FAMILIES);
}

#[test]
fn families_written_right_are_silent() {
    assert_fixed_silent(&FAMILIES);
}

#[test]
fn common_word_slips_in_ungrammatical_frames_are_found_with_their_fix() {
    assert_found(&COMMON);
}

#[test]
fn common_word_slips_written_right_are_silent() {
    assert_fixed_silent(&COMMON);
}

/// Sentences of real opinions (the slip model's training text, scripts/typo_corpus.py, and
/// the fixture corpora) that the round's drafts flagged: a people's name as a capitalized
/// head (`The Mashpee Wampanoag have been`: defined terms read only the heads of
/// `DEFINED_TERM_HEADS`), the last of a compound subject (`…, and the National Guard Bureau
/// prescribe`), `the some` before an adjective or `of` (the source's own slips, whose fix is
/// not *same*), `than` opening a paragraph a PDF cut in two, and a correct `The Board argues`.
#[test]
fn real_sentences_the_drafts_flagged_are_silent() {
    for text in [
        "The Mashpee Wampanoag have been a federally recognized tribe since 2007.",
        "The Defense Department, the Secretaries of the Army and Air Force, and the National Guard Bureau prescribe regulations and issue orders to organize, discipline, and govern the Guard.",
        "Despite the some superficial similarities between Webb's and this case, there is a fundamental difference.",
        "In opposition, plaintiffs argue that the dismissal based on demand futility does not have res judicata effect on this subsequent action based on the Executive Board's failure or refusal to take appropriate action, which relies on the same facts and transactions and asserts the some of the same causes of action against some of the same parties.",
        "We conclude, therefore, that rather\n\nthan \"empirically unverifiable\" conclusions, the record shows otherwise.",
        "The Board argues that subsection (b)(1) was designed to serve a specific purpose.",
    ] {
        assert_eq!(slips(text), vec![], "{text}");
    }
}

/// The frames' words where they belong: `the eve of trial`, `Christmas Eve if`, `the some 200
/// members`, `dies not from`, `sees to it`, `a loan's principal, which`, `service was effected
/// by mail`, `averse to risk`, `not a whit the worse`, `that a man be punished`, `parol
/// evidence`, `than ever if`, `entitled so long as`, `has seen fit`, `his now former wife`.
#[test]
fn the_frames_words_where_they_belong_are_silent() {
    for text in [
        "On the eve of trial, the defendant moved to adjourn.",
        "The store closes early on Christmas Eve if the weather is bad.",
        "The union represents the some 200 members of the bargaining unit.",
        "The plaintiff dies not from the injury but from an unrelated illness.",
        "The trustee sees to it that the payments are made.",
        "The borrower repaid the loan principal, which was secured by the house.",
        "Service was effected by mail on the defendant.",
        "Investors who are averse to risk may prefer bonds.",
        "The parties were directed to meet and confer.",
        "The plaintiff bought the car from a third party.",
        "The Board of Directors argues that the claim is time-barred.",
        "This Agreement includes the parties' entire understanding.",
        // The older sets' frames' words where they belong.
        "He was not a whit the worse for the experience.",
        "The statute requires that a man be punished only once for the same offense.",
        "The parol evidence rule bars the testimony.",
        "The need for clarity is greater than ever if the rule is to work.",
        "The tenant is entitled so long as the lease remains in force.",
        "The court has seen fit to grant the motion.",
        "He testified on behalf of his now former wife.",
        "The case was assigned to the trial judge at the outset.",
    ] {
        assert_eq!(slips(text), vec![], "{text}");
    }
}

#[test]
fn the_older_sets_slips_in_the_same_frames_are_found_with_their_fix() {
    assert_found(&OLDER_SETS);
}

#[test]
fn the_older_sets_slips_written_right_are_silent() {
    assert_fixed_silent(&OLDER_SETS);
}
