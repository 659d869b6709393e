//! Round 40 (issue 16, agreement): the subject's head far from its verb. A head finder
//! (`typos/head_finder.rs`) reads a subject's noun phrase forward from where its clause opens
//! and across what stands between it and its verb (prepositional phrases, a participle or an
//! adverb before one, a gerund's `that` clause, an appositive or parenthetical between
//! commas, a relative clause opened by a preposition and `which`, adverbs), follows a
//! relative pronoun to its antecedent when no other noun can be it, and gives a verb joined
//! by `and` the number of the verb it is joined to.
//!
//! The slips found are heldout18's (development since session 39: its agreement slips were
//! the round's brief), two of older labeled sets no round-40 code was written from (main
//! missed both), synthetic flips of the harness's `dev` half (`scripts/agreement_harness.py
//! --kinds pp,relcl,comma,rel`) and a real opinion's own slip. The sentences written right
//! draw nothing on the verb; the drafts' false findings on real opinions (the California
//! slip opinions, the `calibrate` part and the typo corpus) stay silent.

use crate::typo_support::{assert_fixed_silent, assert_found, assert_silent};

const FOUND: [(&str, &str, &str); 20] = [
    // heldout18 (development): a verb joined by `and` to one of the other number
    (
        "MVP has been unable to prevent mud from being deposited on Plaintiffs' property and have taken few, if any, steps to prevent any future trespass on Plaintiffs' properties.",
        "have",
        "has",
    ),
    (
        "The Sara Designs watches are distinguishable in the marketplace and has played a role in reviving an entire fashion subset.",
        "has",
        "have",
    ),
    // heldout18: a head before a phrase and a parenthetical, an appositive
    (
        "The construction of an unambiguous contract, like the Policy, are a question of law for the court.",
        "are",
        "is",
    ),
    (
        "Indeed, Maine's franchise law, the basis for Count I of the Complaint, trump provisions to the contrary in the contract between the parties here.",
        "trump",
        "trumps",
    ),
    // heldout18: a participle's phrases joined by `and`; an adverb before a phrase
    (
        "Silt socks placed in gaps in silt fencing and at the outlets of the dikes is secured only by stakes and are undermined by erosion in some places.",
        "is",
        "are",
    ),
    (
        "Likewise, in order to obtain relief against any future trespass or nuisance, plaintiffs must show that the controls currently in place fails to comply with applicable standards.",
        "fails",
        "fail",
    ),
    // heldout18: a quantifier and an adverb; a gerund's clause; a relative after a verb's phrase
    (
        "Both of these structures arguably obstructs visibility to the Ingles grocery store.",
        "obstructs",
        "obstruct",
    ),
    (
        "Under Rhode Island law, when the insurer demonstrates the applicability of a policy exclusion, the burden of showing that a claim falls within an exception to the exclusion shift back to the policyholder.",
        "shift",
        "shifts",
    ),
    (
        "The rains also washed mud and soil onto the Frith and Hurt properties, some of which ended up in an unnamed tributary that run across both of their properties.",
        "run",
        "runs",
    ),
    // heldout4 line 41 and heldout6 line 56 (older sets, not read for this round's code)
    (
        "At the hearing on the second petition to extend the defendant's commitment, the board's report to the court were placed into evidence, and Mahboob Aslam, the defendant's treating psychiatrist, testified.",
        "were",
        "was",
    ),
    (
        "Indeed, the Commission's view on this question are more than reasonable; it is certainly not plainly erroneous.",
        "are",
        "is",
    ),
    // a California opinion's own slip (D085214), as written
    (
        "The legal basis for Santiago's arguments are not clearly stated, but as we understand them, he contends the court erred.",
        "are",
        "is",
    ),
    // the harness's dev half (flips of correct sentences)
    (
        "Our standard of review here are limited and deferential: we determine whether a rational trier of fact could have found the defendant guilty beyond a reasonable doubt based on the record before us.",
        "are",
        "is",
    ),
    (
        "No award of costs are appropriate, as respondents prevailed without making an appearance on appeal.",
        "are",
        "is",
    ),
    (
        "The holding in Wilson, however, were not dependent on the particular facts and evidence presented in that case but rather on the difference between a jury's verdict and its failure to reach a verdict.",
        "were",
        "was",
    ),
    (
        "This provision, however, were not included in the final bill.",
        "were",
        "was",
    ),
    (
        "Dependency proceedings in the juvenile court is special proceedings governed by their own rules and statutes.",
        "is",
        "are",
    ),
    (
        "The prosecution's statement of facts were taken from the police reports, the preliminary hearing transcript, and the sentencing report.",
        "were",
        "was",
    ),
    (
        "However, both cases on which he relies recognizes that an object may be a deadly weapon if used as such.",
        "recognizes",
        "recognize",
    ),
    (
        "Thus, Badue's assertion about the timing of his release are not supported by any evidence.",
        "are",
        "is",
    ),
];

/// The drafts' false findings on real opinions, as written.
const REAL_SILENT: [&str; 31] = [
    // the lead's corpus diff (tests/fixtures/styles/eval/heldout8, an FPPC advice letter)
    "The Act's conflict of interest provisions prohibit any public official from making, participating in making, or making a governmental decision using their official position to influence a governmental decision.",
    // California slip opinions (the calibrate part, round 36's extraction)
    "Evidence linked defendant to the killing, including DNA samples from urine left at the kill site that were linked to defendant's dogs.",
    "He argued that the gun law enforcement officers located in the RV in 2019 was not the murder weapon and it had no relevance to the murder charge.",
    "To avoid ambiguity, we use first names to refer to individuals involved in this case that have the same surname.",
    "The video of the shooting shows Salvidres's hands were visibly empty as he approached defendants' vehicle and he made no furtive movements.",
    "Defendant's conviction for attempted dissuasion of a witness is not supported by sufficient evidence that defendant's acts occurred before the indictment was filed.",
    "However, she also represented that the custody order specified that Father was not to consume alcohol while the children were in his care and was not to smoke.",
    "Whether the bank fits into these categories is a mixed question of law and fact better suited for the trial court to resolve.",
    "This same logic applies here: The relief defendant seeks under section 1203.4 is directed at his underlying conviction.",
    "Thus, the visitation issue father raises on appeal has been rendered moot.",
    "As to Durefort, the court rejected the argument that service on Patricia was sufficient to constitute service on Durefort.",
    "Matthews also argues his arrest was illegal because the officers did not obtain a warrant before arresting him.",
    "Standard of Review We review the trial court's decision to grant a restraining order for substantial evidence.",
    "The closest Kolstad comes to claiming the statement is false is when he alleges in his complaint that making sales across state lines is a false reason to cite for termination.",
    "The court responded that the provision giving either party the right to terminate the lease under Section 3.2 was not the justification for that ruling.",
    // the shared opinions corpus
    "The appropriate remedy for injuries of the sort plaintiffs allege is a claim against their union for breach of the duty of fair representation.",
    // the typo corpus's train part
    "But, the district court could reasonably find the contrary, namely that the Local's pressure, along with Achilli's dependence upon his representative at the hearing, make his failure to volunteer this information understandable.",
    "Because role in the offense adjustments are necessarily fact specific, the findings of the sentencing court are reviewed under a deferential standard.",
    "Torres, by contrast, was found to be an organizer, leader, manager or supervisor.",
    "Thus, one significant element in the rationale underlying Brecht namely, comity concerns based in federalism is plainly lacking in a collateral proceeding.",
    "Although this court has never addressed the question, a minimum of six circuits have read the statute to foreclose the reimposition of supervised release.",
    "The court invalidated the civil commitment because the statute under which the commitment was ordered did not require a finding of present mental illness.",
    "The mechanism for facilitating the unusual relationship in which a tribe might affirmatively seek the extension of State jurisdiction is a tribal-State compact.",
    "The testimony of law enforcement officers and of the defendant diverge significantly as to what happened next.",
    "Here, the magistrate judge found all of the claims were arbitrable, including the tort claim.",
    "The regulation governing asylum proceedings, however, does not address Smith's contention.",
    "The issue raised in Moore's renewed motions for summary judgment was never decided by the district court.",
    "The treatise states that the English rule governing spouses' rights in each other's property is one of mutability.",
    "Moreover, in those circumstances, the Government need not prove that the defendant intended that the bank ultimately suffer monetary loss.",
    "It seems to me the charge itself that he's here on doesn't really indicate the seriousness of the conduct.",
    "The agency asked the court to reconsider, arguing that the discovery of additional documents undercut the finding that the search had been reasonable.",
];

/// Correct uses of legal prose around the constructions the head finder reads.
const TRAPS: [&str; 15] = [
    // (round 35's silent test, a draft's false finding: `officer` read as a verb)
    "An employer mentioned to a police officer a concern that a departed employee had taken files.",
    "The number of claims against the defendants is small.",
    "A number of the claims against the defendants are pending.",
    "One of the officers who were present testified.",
    "The testimony of Smith and Jones was consistent.",
    "The court ordered that the defendant, after his release from custody, pay restitution.",
    "The credit terms, the amount financed, the payment schedule, the annual percentage rate, loan disclosures, and other terms were listed.",
    "The majority of the claims in this case are without merit.",
    "None of the documents in the record are privileged.",
    "Each of the claims in the complaint fails for the same reason.",
    "The rest of the claims in the complaint are dismissed.",
    "The defendant, along with his codefendants, were charged with burglary.",
    "If the value of the goods were less, the result would differ.",
    "The statements by the Receiver that say the opposite are in the record.",
    "For the foregoing reasons, the district court's judgment dismissing St. Pierre's claims against Appellees is AFFIRMED.",
];

#[test]
fn round40_far_subject_slips_found_with_their_fix() {
    assert_found(&FOUND);
}

#[test]
fn round40_far_subject_sentences_written_right_silent() {
    assert_fixed_silent(&FOUND);
}

#[test]
fn round40_real_sentences_of_the_drafts_false_findings_silent() {
    for text in REAL_SILENT {
        assert_silent(text);
    }
}

#[test]
fn round40_traps_silent() {
    for text in TRAPS {
        assert_silent(text);
    }
}

/// Whatever pass reads it, a word mentioned, the subject of a modal after it, or a
/// relative's bare verb after a plural pronoun is no verb of the subject before it (real
/// sentences of heldout18's Hawai'i and Oregon opinions, which drew agreement findings).
#[test]
fn mentioned_words_subjects_of_modals_and_relatives_of_those_stay_silent() {
    for sentence in [
        "Thus, a construction of the term appreciate as merely referring to knowing the wrongfulness of the conduct is too narrow.",
        "According to Judge Deits, the power to define the rights that parties may seek to protect through the judicial process properly belongs to the legislature.",
        "The rallying cry for those who raise the specter of backlogs as the justification for the exclusion is familiar.",
    ] {
        assert_silent(sentence);
    }
}

/// `who` asks a person: a bare plural opening its clause (after `that`, `because`, `when`…)
/// is the relative's antecedent (heldout19, read after its blind measurements: `the reality
/// that employees who develops certain diseases cannot sue in tort`).
#[test]
fn a_bare_plural_before_who_is_the_antecedent() {
    assert_found(&[(
        "Washington's system recognizes the reality that employees who develops certain diseases cannot sue in tort.",
        "develops",
        "develop",
    )]);
    assert_silent("Washington's system recognizes the reality that employees who develop certain diseases cannot sue in tort.");
}
