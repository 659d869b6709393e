//! Round 39 (issue 16, agreement): a finite verb's number learned from correct opinions. The
//! classes of the words before a verb (closed-class words as themselves, nouns by number,
//! names, possessives, a sentence start) and how often correct text writes a singular or a
//! plural verb after them (`data/agreement_contexts.tsv`, `scripts/gen_agreement_contexts.py`)
//! decide, when the subject's phrase opens its clause (`agreement_model.rs`).
//!
//! The slips found are of three kinds: agreement slips of labeled sets no round-39 code was
//! written from (heldout4, heldout6, heldout7, heldout9: main missed each), synthetic
//! flips of the harness's `dev` half (`scripts/agreement_harness.py`: correct sentences of
//! California slip opinions with one verb's number flipped), and a slip of a real opinion in
//! the California `calibrate` part. The sentences written right draw nothing on the verb; the
//! drafts' false findings on real opinions (the shared opinions corpus, the `calibrate` part,
//! the typo corpus's held-out part) and the traps of legal prose stay silent.

use crate::typo_support::{assert_fixed_silent, assert_found, assert_silent};

const FOUND: [(&str, &str, &str); 13] = [
    // heldout4 line 42
    (
        "The State need not establish the identity of every person handling fungible items in all circumstances; rather, the standard are whether, in the discretion of the trial judge, the State has established the chain of custody as far as practicable.",
        "are",
        "is",
    ),
    // heldout6 line 58
    (
        "The plurality do not really contest that this was Congress' purpose, ante, at 11, so I need not review the evidence in great detail.",
        "do",
        "does",
    ),
    // heldout7 line 30
    (
        "So, too, the government argue, LaMacchia subjected himself to the wire fraud statute by advertising infringing software via computer transmissions.",
        "argue",
        "argues",
    ),
    // a California opinion of the `calibrate` part (S286453), as written
    (
        "We has not, however, committed more than one error.",
        "has",
        "have",
    ),
    // the harness's dev half (flips of correct sentences)
    (
        "He are not and cannot be subjected to punishment by it.",
        "are",
        "is",
    ),
    (
        "They does not raise pure questions of law.",
        "does",
        "do",
    ),
    (
        "Thus, it are McCowan's burden to establish that assault weapons are commonly used today for lawful purposes.",
        "are",
        "is",
    ),
    (
        "However such arguments are ultimately resolved—which we need not decide—they is not implicated by Myres's single, off-duty, de minimis use of public resources.",
        "is",
        "are",
    ),
    (
        "Appellants appears to suggest we exercise our discretion to consider the arguments because they involve only questions of law.",
        "appears",
        "appear",
    ),
    (
        "Doe's testimony were corroborated by the presence of Fitzpatrick's semen throughout Doe's childhood bedroom.",
        "were",
        "was",
    ),
    (
        "What appellants overlook, however, is that they has forfeited these arguments.",
        "has",
        "have",
    ),
    (
        "The Legislature's findings is a reappraisal—highly critical, to be sure—of a historical public figure.",
        "is",
        "are",
    ),
    (
        "This appeal present a question of first impression about the scope of that phrase.",
        "present",
        "presents",
    ),
];

/// Real sentences on which a draft of the round raised a false finding.
const REAL_SILENT: [&str; 28] = [
    // /work/shared/corpus/opinions
    "The University must prove that the means it chose to attain that diversity are narrowly tailored to its goal.",
    "Congress sought to make certain that claims to recover such art are resolved expeditiously and based on the facts.",
    "The rule restricts such traps to areas where lynx are unlikely to wander, such as around water.",
    "He married Fang Zhu Zhang on March 26, 1992. The couple have one child, a son.",
    "The judge warned Verkhoglyad that if, upon release from custody, he were to violate his supervised release, she would revoke it.",
    "A court has broad discretion when considering a motion to transfer and believes that those cases which treat the location of records are instructive.",
    "¶ 29 We first consider the change plaintiffs call a win.",
    // typos-dev11, a clean sentence
    "Whether or not they did depends upon the specific circumstances of the trial.",
    // the typo corpus's held-out opinions and the California calibrate part
    "However, Hall's objections to the magistrate judge's report were filed late.",
    "The CIA and the majority rely on all three of these concerns in this case.",
    "On page 10, line 7 delete (1976 & Supp. 1989).",
    "In short, while finding that TDUs were uniquely vulnerable to anticompetitive conduct, the Commission acted.",
    "Even assuming, arguendo, that Hart were correct, an issue we need not decide, the claim fails.",
    "He was counsel in the state court action in which the two were co-defendants.",
    "The Supreme Court in some cases has found no state action.",
    "The priority system applicable to those distributions has long been considered fundamental.",
    "Grounds not raised in a defendant's first such motion are waived unless the trial judge finds cause.",
    "Nothing that the plaintiffs point to precludes a final EIS from referring to the report.",
    // California opinions (the extraction round 36 read, 5.1M words) and the wrapped corpus
    "To show why Heller I does not support applying means-end scrutiny, the court explained.",
    "HR E&I has simply not shown that it was prevented from presenting its case.",
    "She raised concerns about Danielle's plans in the event she were permitted to relocate the children.",
    "Nila also told Mauldin that Northern Ryders were after him.",
    "This carve-out for evidence previously admitted applies here.",
    "Wallace testified that, from his perspective, Wallace quit.",
    "The Sinhalese are the largest ethnic group in Sri Lanka.",
    "Sections 388 and 389 of our 'code are not found in the Ohio code.",
    "Counsel also anticipate that this emergency will delay the brief.",
    // the lead's corpus diff after the merge: a Louisiana Court of Appeal opinion
    // (tests/fixtures/styles/eval/heldout12pd), a head standing for a noun left out
    "The Defendants in this matter fall into two distinct categories. The first are the manufacturers and suppliers of asbestos containing products, and the second are the manufacturers of respiratory devices.",
];

/// Correct uses of legal prose.
const TRAPS: [&str; 16] = [
    "There are three issues on appeal.",
    "There is no evidence that the defendants knew.",
    "Five years is a long time to wait for a hearing.",
    "The number of claims is small.",
    "A number of claims are pending.",
    "The jury were polled and each juror affirmed the verdict.",
    "If the jury find that the defendant acted willfully, it may award punitive damages.",
    "If he were the owner, the result would differ.",
    "The court ordered that he be released.",
    "Also relevant are the factors the trial court weighed.",
    "The United States is a party.",
    "None of the claims are meritorious.",
    "Each of the defendants has filed a brief.",
    "The majority of the justices are of that view.",
    "Defendants argue that the statute is vague, and plaintiffs respond that it is not.",
    "They were not, and the court was right to say so.",
];

#[test]
fn round39_agreement_slips_found_with_their_fix() {
    assert_found(&FOUND);
}

#[test]
fn round39_agreement_sentences_written_right_silent() {
    assert_fixed_silent(&FOUND);
}

#[test]
fn round39_real_sentences_of_the_drafts_false_findings_silent() {
    for text in REAL_SILENT {
        assert_silent(text);
    }
}

#[test]
fn round39_traps_silent() {
    for text in TRAPS {
        assert_silent(text);
    }
}
