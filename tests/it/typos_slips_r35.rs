//! Round 35 (issue 16): common-word slips in new forms. Common words outside the closed class
//! that slip into one another as function words do join the bigram test of round 34
//! (`slip_model.rs`, the TSV's `slips` line: `points our that` → *out*), and closed-class words
//! stand in frames their class cannot fill (rows of `data/confusables.tsv`: `There is on
//! evidence` → *no*). The slips are real sentences of the labeled sets (typos-heldout14,
//! typos-dev13/14: federal opinions with the slip each set injected); the correct uses are the
//! same sentences as the courts wrote them, and sentences of real opinions (the fixture corpora
//! and the New Mexico precision sample, `tests/fixtures/SOURCES` notes them).

use crate::typo_support::slips;

/// (sentence as the set wrote it, written word, fix).
const SLIPS: [(&str, &str, &str); 17] = [
    // The bigram test, common words.
    (
        "But the plaintiff points our that the Supreme Court, in its opinion, expressly relies upon a Treasury Regulation of long standing which had survived several amendments and reenactments of the income tax law.",
        "our",
        "out",
    ),
    (
        "Pardee made a rather appealing defendant since he had not profited personally from the various crimes that were charged and same of the jury's expected sympathy for him might have lapped over to Shively.",
        "same",
        "some",
    ),
    // Both neighbours strong, the candidate's trigram seen only a few times.
    (
        "As the facts are uncontested, the questions before is are those of law, including characterizing the legal effect of the facts.",
        "is",
        "us",
    ),
    (
        "When the federal claims have dropped from the case, the seminal teaching of Gibbs is that the must common response is to dismiss the state law claims without prejudice.",
        "must",
        "most",
    ),
    // Closed-class words in frames their class cannot fill.
    (
        "There is on evidence that Banbury played any part in the decision to terminate Kennedy.",
        "on",
        "no",
    ),
    (
        "The district court credited Officer McCoy's testimony that he smelled raw marijuana and observed both air fresheners and cell phones in the backseat of the automobile, all on which are indicators of drug trafficking.",
        "on",
        "of",
    ),
    (
        "The funds as issue were deposited into a bank account in Mortensen's name.",
        "as",
        "at",
    ),
    (
        "However, a treating physician's opinion may be rejected if here is good reason to do so.",
        "here",
        "there",
    ),
    (
        "As Mizyed recognizes on appeal, he saw not in custody.",
        "saw",
        "was",
    ),
    // The families and content words in new forms.
    (
        "When the employer and the union have bargained to impasse, the employer is than free to institute unilateral changes in terms and conditions of employment that were reasonably comprehended by the employer's pre-impasse bargaining proposals.",
        "than",
        "then",
    ),
    (
        "Although we are without the use of a computer to afford us a complete statistical survey, we nevertheless suspect that such cases are legion and that they're ranks are increasing.",
        "they're",
        "their",
    ),
    (
        "The evidence suggests that Gray was able to care for himself, do household chores, drive a car for short distances, and preform other miscellaneous activities.",
        "preform",
        "perform",
    ),
    (
        "Furthermore, tribal courts can and do preform other important Justice-related functions by deferral and consent.",
        "preform",
        "perform",
    ),
    (
        "Since probably cause has been established, plaintiffs' claim of malicious prosecution must fail.",
        "probably",
        "probable",
    ),
    (
        "However, we agree with the magistrate's finding that none of Dollis' retaliation complaints involved averse personnel actions.",
        "averse",
        "adverse",
    ),
    (
        "Given the inconsistencies of these statements and no comparable declaration of personnel knowledge in the affidavit, this Court cannot consider those materials.",
        "personnel",
        "personal",
    ),
    (
        "In any event, Defendant's argument on this point similarly fails to account for the conservations Defendant had, which were tape-recorded, in which he discussed payments but never suggested such payments were loans.",
        "conservations",
        "conversations",
    ),
];

#[test]
fn common_word_slips_in_new_forms_are_found_with_their_fix() {
    for (text, found, right) in SLIPS {
        let got = slips(text);
        assert!(
            got.contains(&(found.to_string(), right.to_string())),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_same_sentences_written_right_are_silent() {
    for (text, found, right) in SLIPS {
        let fixed = text.replacen(&format!(" {found} "), &format!(" {right} "), 1);
        assert_ne!(fixed, text);
        assert_eq!(slips(&fixed), vec![], "{fixed}");
    }
}

/// The same words where they belong, in real opinions: `at issue` and `all of which` as the
/// frames want them, `there was on` before a date (a California opinion of the slip model's
/// training text, `ca-195277`), `points out that`, `personnel records`, `personal knowledge`
/// (New Mexico and veterans' appeals decisions of the precision samples and the fixture
/// corpora). Only the findings on the frames' own words count (`sub specie aeternitatis` is a
/// Latin word the dictionary does not know).
#[test]
fn the_same_words_where_they_belong_are_silent() {
    const FRAME_WORDS: [&str; 7] = ["at", "of", "on", "there", "out", "personnel", "personal"];
    for text in [
        "The policy at issue is for professional liability, not general liability.",
        "I agree that the errors at issue are harmless and therefore the Defendant's sentence should be affirmed.",
        "The procedures can include telephone, computer, facsimile, and digital technology, all of which are commonly available.",
        "An instruction on a claim of self defense or defense of another should be given if there is any evidence, even slight evidence, to support the claim.",
        "Thus sub specie aeternitatis there was on April 23, 1991, an appealable judgment (because of the injunction) but not a final judgment.",
        "Respondent points out that the current §1391(c) provides a default rule that, on its face, applies without exception “[f]or all venue purposes.”",
        "The personnel records do not reflect any problems, especially during basic training.",
        "If a search warrant relates to a residence, and the affiant does not have personal knowledge that a suspect resides at that location, the affidavit must establish or permit a reasonable inference that the suspect lives at that location.",
    ] {
        let on_frame_words: Vec<_> = slips(text)
            .into_iter()
            .filter(|(word, _)| FRAME_WORDS.contains(&word.to_lowercase().as_str()))
            .collect();
        assert_eq!(on_frame_words, vec![], "{text}");
    }
}
