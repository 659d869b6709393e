//! Round 38 (issue 16, agreement): the subject's head found across what stands between it
//! and its verb. The slips are sentences of the development sets (heldout16 and dev16 from
//! the *Grutter*/*Gratz* briefs, heldout15, dev12, dev11, dev13, heldout10), each found with
//! its fix; the same sentence written right draws nothing on the corrected word; and the
//! traps of legal prose stay silent, most of them sentences of real opinions and filings on
//! which a draft of this round raised a false finding.
//!
//! Mechanisms (`grammar.rs`):
//! * a subject relative clause's -s verb after its plural head (`Many of the factors that
//!   contributes`, `members of all races who gains`), and after `the` + a plural + `of which`
//!   (`the effects of which is`);
//! * verbs in a series that disagree with their one-word subject (`Dartmouth College recruit
//!   and admits`, `Ford design, manufactures, markets, and sells`);
//! * the head across post-modifiers: an adjective and its complement (`the opportunities
//!   available to black students improves`), a pronoun or a title-case name as the
//!   preposition's object (`The claim against her are`, `An error of law by the District
//!   Court constitute`), a plural partitive before the chain (`many of the overt acts of
//!   discrimination has`), `and` after a clause of its own, with or without a comma (`…
//!   contributes significantly to a quality education, and the record in this case are`);
//! * subjects that open a clause: a bare plural after a subordinating word (`when public
//!   schools pursues`, `that racial and ethnic minorities participates`), a party named bare
//!   after a comma (`In contrast, petitioner cite no`), an institution's name (`The IU School
//!   of Law strive to`), a name in an object relative (`the same goal … that Michigan promote
//!   directly`), a parenthetical `as` clause (`As the State Engineer observe,`).

use crate::typo_support::{assert_fixed_silent, assert_found, assert_silent};

const FOUND: [(&str, &str, &str); 21] = [
    // heldout16 line 46
    (
        "Indeed, a broad consensus exists to the effect that diversity among students contributes significantly to a quality education, and the record in this case are replete with evidence of that consensus.",
        "are",
        "is",
    ),
    // heldout16 line 48
    (
        "The state of Michigan and its localities have a long history of discrimination, and while many of the overt acts of discrimination has receded, substantial discriminatory practices and effects remain.",
        "has",
        "have",
    ),
    // heldout16 line 50
    (
        "Florida seeks to accomplish more crudely and indirectly the same goal of educational diversity that Michigan promote directly by considering race, as well as many other factors, in its admissions processes.",
        "promote",
        "promotes",
    ),
    // heldout16 line 51
    (
        "Such programs are different in kind from race-conscious admissions policies that are used to ensure that racial and ethnic minorities participates in higher education and in the democratic institutions that are fundamental to our government.",
        "participates",
        "participate",
    ),
    // heldout16 line 52
    (
        "Many of the factors that contributes to differences in SAT scores are reflected in differences in high school grades.",
        "contributes",
        "contribute",
    ),
    // heldout16 line 53
    (
        "The IU School of Law strive to bring in a diverse class of law students each year and has devised an admissions process narrowly tailored to effect this diversity.",
        "strive",
        "strives",
    ),
    // heldout16 line 54
    (
        "As the black middle class expands and the educational opportunities available to black students improves, there is reason to expect a narrowing of the test score gaps that have created the need to consider race among other diversity factors.",
        "improves",
        "improve",
    ),
    // heldout16 line 55
    (
        "Similarly, Dartmouth College recruit and admits Indians into its fine Indian studies program.",
        "recruit",
        "recruits",
    ),
    // dev16 line 65
    (
        "Intervenors have introduced substantial and undisputed evidence of a history of discrimination at the University of Michigan the effects of which is still manifest on campus today.",
        "is",
        "are",
    ),
    // dev16 line 70
    (
        "For example, when public schools pursues the educational benefits of diversity, courts will examine whether public school officials have considered (and used where effective and feasible) race-neutral alternatives before using race-conscious policies.",
        "pursues",
        "pursue",
    ),
    // dev16 line 71
    (
        "Similarly, members of all races who gains admission may believe that their minority classmates would not be their classmates but for their race.",
        "gains",
        "gain",
    ),
    // dev16 line 73
    (
        "Preventing racial tokenism is necessary to allow for the classroom interactions that makes diversity an educational benefit to the entire student body.",
        "makes",
        "make",
    ),
    // heldout15 line 50
    (
        "Irrespective of the state of assembly, Ford design, manufactures, markets, and sells products specifically built for interstate travel, which includes Oklahoma.",
        "design",
        "designs",
    ),
    // dev12 line 74
    (
        "An error of law by the District Court constitute an abuse of discretion.",
        "constitute",
        "constitutes",
    ),
    // dev11 line 71
    (
        "As the State Engineer observe, our water code contains no provision for the adverse possession of water rights.",
        "observe",
        "observes",
    ),
    // dev13 line 68
    (
        "He notes that the victims were of different ages and gender and the details of the crimes was decidedly different.",
        "was",
        "were",
    ),
    // dev13 line 75
    (
        "Even if it had been error initially to exclude the psychiatrist's testimony, this was subsequently cured by its admission, and defendant make no argument that he was in the least prejudiced by the delay.",
        "make",
        "makes",
    ),
    // dev13 line 76
    (
        "This court accepts the fact that defendants makes such statements, concerning such lack of understanding, in good faith.",
        "makes",
        "make",
    ),
    // heldout10 line 46
    (
        "The claim against her are that by virtue of Vella-Andrade's failure to isolate Olson's unclaimed overtime on payroll summaries, Jones was presented with, and relied on, incomplete information.",
        "are",
        "is",
    ),
    // heldout10 line 54
    (
        "Tedder offer no record citations in support of that contention.",
        "offer",
        "offers",
    ),
    // heldout10 line 55
    (
        "In contrast, petitioner cite no general default rule that one can withdraw any waiver previously made.",
        "cite",
        "cites",
    ),
];

/// Sentences of real opinions and filings on which a draft of the round raised a finding,
/// each read and judged false.
const REAL_SILENT: [&str; 28] = [
    "As we have noted, appellate counsel has filed a Wende brief and asks the court to independently review the record for error.",
    "In an effort to prove the contrary, appellant seizes on an example limned in the Senate report and proclaims that the coup deposing Guatemalan President Arbenz in 1954 is a fair congener to the special activity she has described.",
    "The common thread that runs through these three contentions is the fact that they are all judicially created.",
    "Ayotte also held that reducing health care costs is a substantial government interest; the court did not reach New Hampshire's two other asserted interests.",
    "In so doing, the district judge observed that, although selling drugs was not West's primary business, he was a career offender.",
    "Any delay would harm New York State's ability to achieve $500 million in Medicare savings which was the intent of the recent statutory change by the Legislature.",
    "One of the many crimes that constitutes an aggravated felony under the INA is sexual abuse of a minor.",
    "There is nothing in the PAGA statutes that permits an arbitrator of alleged Labor Code violations to decide the gateway determination of standing.",
    "In this case, however, these residual functional capacity assessments by non-examining physicians are not the only evidence expressed in functional terms that supports the Secretary's conclusion that claimant retains the capacity to perform light work.",
    "And it is precisely the tendency of such evidence to prejudice the jury's deliberations that makes it suspect.",
    "The mere fact that the appellants relied in good faith on an unwritten agreement is not enough.",
    "The purpose of Mr. Kappes' classified and unclassified declarations was to describe the harm to national security.",
    "McLane declined its request for so-called pedigree information: names, Social Security numbers, addresses, and telephone numbers of employees asked to take the evaluation.",
    "The termination letter is two pages long and discusses, in depth, the reasons for the decision.",
    "The Court grants review and vacates and remands in this and four other cases.",
    "Yet there is a more fundamental feature of this case in the relationship between an association and its members that makes the Club's initial bargaining power less significant.",
    "This Court will also consider the actual amount listed on the schedules which reveals that Beloit's liabilities total $744,300,129.41.",
    "The Act thus creates a distinction between foods and food additives which has meaningful consequences for purveyors and for the public.",
    "Here, the SAC does not identify a note or memorandum subscribed by real parties that states an essential term of the parties' agreement.",
    "When relief under section 946.6 is denied, there is a final determination of a claimant's rights which makes the denial appealable.",
    "Preliminarily, we note that it is the claimant's burden to show that she has an impairment or impairments that meets or equals a listed impairment in Appendix 1.",
    "We remand this claim to the district court with directions that the district court accept for filing this single portion of Hart's submission.",
    "Finally, petitioner claims that protecting surface decorations is inconsistent with Congress' intent to entirely exclude industrial design from copyright.",
    "The outcome that results from this case is one more step on the slippery slope down which we have been sliding for some time.",
    "The record, however, indicates both that a settlement that respects ordinary priorities remains a reasonable possibility and that the claim could have litigation value.",
    "But not every decision that touches on the Fourth Amendment is subject to searching review.",
    "As the prison property officer, Smith was responsible for the inventory.",
    "The court responded that, as the original trial judge, it would not receive any habeas petition.",
];

/// The traps of legal prose the issue names: `the number of`, `a majority of`, `the United
/// States`, a possessive's noun, `none of`, subjunctives, titles, case names, verbs that are
/// also nouns, `as amended`, inverted clauses, `there are`, `one of the … that`.
const TRAPS: [&str; 29] = [
    "The number of cases is small, and the number of appeals that remains pending is smaller.",
    "A majority of the justices are of the view that the statute is valid.",
    "The United States is a party to the treaty, and the United States argues that the statute applies.",
    "Defendants' motion to dismiss the claims is denied.",
    "None of the claims are viable.",
    "The court ordered that he be released.",
    "The statute requires that each party file a brief.",
    "It is the requirement that Michigan comply with the order.",
    "It is the policy of the State that Michigan promote diversity directly.",
    "Massachusetts Citizens for Life argue that the statute is invalid.",
    "Sanders v. Parties is distinguishable.",
    "The court's holdings support the result.",
    "The Act, as amended, provides that each claim be filed within a year.",
    "Also relevant are the factors that courts consider.",
    "There are many reasons for the rule.",
    "One of the factors that contributes to the delay is the backlog.",
    "He is one of the officers who was present.",
    "Each of the defendants has filed a motion.",
    "The district court reviews and grants or denies the motions.",
    "The companies design, manufacture, and sell trucks.",
    "Harvard College and Dartmouth College recruit and admit students.",
    "It is the plaintiffs that bear the burden.",
    "The claims, all of which are meritless, are dismissed.",
    "All of which is to say that the motion fails.",
    "As the Court of Appeals explained, the statute is clear.",
    "As the United States argue, the statute is clear.",
    "As the trial judge, he had discretion.",
    "Because public schools serve the public, they must admit all students.",
    "If the jury find that the defendant acted willfully, it may award punitive damages.",
];

#[test]
fn round38_agreement_slips_found_with_their_fix() {
    assert_found(&FOUND);
}

#[test]
fn round38_agreement_sentences_written_right_silent() {
    assert_fixed_silent(&FOUND);
}

#[test]
fn round38_real_sentences_of_the_drafts_false_findings_silent() {
    for text in REAL_SILENT {
        assert_silent(text);
    }
}

#[test]
fn round38_traps_silent() {
    for text in TRAPS {
        assert_silent(text);
    }
}
