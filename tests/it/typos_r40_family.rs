//! Round 40 (families): real-word errors of the well-known confusion sets that were silent
//! (docs/typos.md "Round 40 (families)"). Each mechanism is read from the grammar of a class,
//! not from one sentence: `form` where neither the noun nor the verb can stand (after an object
//! pronoun, a bare noun after a preposition, a plural object of a verb, a verb of its own,
//! before a gerund and its object), `they're` before a singular noun or an adjective and its
//! noun, `who's` before an adjective, a noun and its verb, `its` before `well-`+participle or a
//! participle opening a clause, `and than` before an adverb or a participle, `to not` after a
//! relative pronoun, and table cues for a modal before `loose`, a subject before `site`, a
//! trial that is held, groups that are discrete, medication that is prescribed.
//!
//! * The development sets' slips (typos-heldout10, 16, 17, 18) and swaps written into real
//!   sentences of the development half of `scripts/family_harness.py` (California opinions
//!   and the corpus's held-out test documents, one member written for another) are found with
//!   their fix, and draw nothing once corrected.
//! * The correct uses and the correct readings each frame must leave alone stay silent.

use crate::typo_support::{assert_fixed_silent, assert_found, typo_findings};

/// (sentence, slip, fix).
const FOUND_SLIPS: [(&str, &str, &str); 35] = [
    // typos-heldout18
    (
        "In contrast, the potential harm suffered by Plaintiffs is essentially limited to decreased visibility of their store form the adjacent road.",
        "form",
        "from",
    ),
    // typos-heldout17
    (
        "The historical record does not support Petitioners' claim that those States changed their practices because the Elections Clause freed them form outdated state-constitutional rules.",
        "form",
        "from",
    ),
    // typos-heldout16
    (
        "In yet a third year, a student admitted to Columbia form the wait list the day before classes began was later selected by a Justice of this Court as a law clerk.",
        "form",
        "from",
    ),
    // typos-heldout18
    (
        "In fact, it is likely the best place for the adjudication of this matter since all of the Plaintiffs work at the same location and will share many witnesses and exhibits in the event a trail is held.",
        "trail",
        "trial",
    ),
    // typos-heldout18
    (
        "The Court's typical approach is to first determine whether there was a constitutional right violated, and than secondly, determine whether that right was clearly established under the law.",
        "than",
        "then",
    ),
    // typos-heldout18
    (
        "Moreover, as set forth below, Defendants were on notice of the development restrictions on the property before beginning construction, and opted to proceed at they're peril.",
        "they're",
        "their",
    ),
    // typos-heldout18
    (
        "As a preliminary matter, its well-established that a plaintiff cannot succeed on a breach of contract claim unless he demonstrates his own performance of the contract's requirements.",
        "its",
        "it is",
    ),
    // typos-heldout17
    (
        "They site nothing suggesting that the Elections Clause was intended to abrogate the regime of state judicial review that the framers not only understood, but cited during the framing and ratification process.",
        "site",
        "cite",
    ),
    // typos-heldout16
    (
        "And while the armed forces have made remarkable strides in achieving racial integration, the military cannot loose ground.",
        "loose",
        "lose",
    ),
    // typos-heldout16
    (
        "To wit, federal, state and local officials acting in concert with private parties caused rigid residential segregation resulting in racially isolated schools serving dense concentrations of poor students who's educational opportunities are, at once, separate and profoundly unequal.",
        "who's",
        "whose",
    ),
    // typos-heldout17
    (
        "Notably, James Wilson, who drafted the precursor to the Elections Clause, understood these principals as well.",
        "principals",
        "principles",
    ),
    // typos-heldout16
    (
        "Even pain medications are proscribed at differing rates for white and black patients.",
        "proscribed",
        "prescribed",
    ),
    // typos-heldout16
    (
        "The preferences treat applicants not as unique human beings, but instead as members of discreet racial and ethnic enclaves.",
        "discreet",
        "discrete",
    ),
    // typos-heldout16
    (
        "As an intimidation, one might expect that it would effect the weakest students most.",
        "effect",
        "affect",
    ),
    // typos-heldout17
    (
        "The authorizations in the redistricting statutes to not delegate legislative power.",
        "to",
        "do",
    ),
    // typos-heldout16
    (
        "But the first proposed alternative--that law schools could simply forego reliance on grades and test scores--would have serious negative consequences for the quality of legal education.",
        "forego",
        "forgo",
    ),
    // typos-heldout17
    (
        "Recent precedence, too, holds that the Elections Clause does not excuse state legislatures from complying with their state constitutions.",
        "precedence",
        "precedent",
    ),
    // typos-heldout17
    (
        "Despite the pubic and transparent redistricting process, Respondents filed suit seeking to enjoin the General Assembly's newly enacted congressional map.",
        "pubic",
        "public",
    ),
    // typos-heldout17
    (
        "Petitioners alternately argue that these statutes authorize only challenges under the federal constitution.",
        "alternately",
        "alternatively",
    ),
    // typos-heldout10
    (
        "But that does not mean the principals those cases enunciate are wrong.",
        "principals",
        "principles",
    ),
    // typos-heldout10
    (
        "Annandale had therefore not shown that noncompliance did not effect the results of the election.",
        "effect",
        "affect",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "The trial court could sever form the agreement any particular provision that is unconscionable.",
        "form",
        "from",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "He was removing items form her desk when the supervisor arrived.",
        "form",
        "from",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "The information contained in Exhibit A was compiled form work schedules, phone notes, and billing records.",
        "form",
        "from",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "The judgment should at least prevent Towns and Johnson form appealing the amount of prejudgment interest.",
        "form",
        "from",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "The City asserts the Krovozas failed to exhaust they're administrative remedies in challenging the lack of an ambient noise level analysis.",
        "they're",
        "their",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "Towns and Johnson site no authority for the proposition that the jury's verdict should reverse the earlier finding.",
        "site",
        "cite",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "Because mother has failed to site evidence supporting this contention, we decline to consider it.",
        "site",
        "cite",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "If its determined the children are Indian children, the matter should proceed pursuant to ICWA.",
        "its",
        "it is",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "Jennifer Carlson and Scott Mayberry were identified as the than-current trustees of the Bowman and Company Trust.",
        "than",
        "then",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "The appellants appeal from probate court orders finding they had waived an accounting, and than approving the actions of the trustees.",
        "than",
        "then",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "We to not rely on this point, however, as the record is silent.",
        "to",
        "do",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "The Court interprets that guarantee as turning on clinical guidelines that to not purport to reflect standards of decency.",
        "to",
        "do",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "Wilson remains bound by its terms, which to not include an exception permitting her to discuss classified information.",
        "to",
        "do",
    ),
    // scripts/family_harness.py, dev half: a real sentence (some shortened) with one member swapped
    (
        "We affirm if any error did not effect the parties' substantial rights.",
        "effect",
        "affect",
    ),
];

#[test]
fn family_slips_are_found_with_their_fix() {
    assert_found(&FOUND_SLIPS);
}

#[test]
fn family_slips_written_right_are_silent() {
    // `its` → `it is`: the corrected sentence reads `it is well-established`.
    assert_fixed_silent(&FOUND_SLIPS);
}

/// Correct uses: the (`to effect a change`, `insure the building`, `its reasons`,
/// `bears the burden`, `the record is bare`, `chose to not contest`, `form the basis`) and the
/// readings each new frame leaves to the other member (a bare infinitive after `let`, `they're`
/// before a predicate, `loose` after `came`, `site` as a verb of places, `than` comparing).
const CORRECT_USES: [&str; 41] = [
    "The parties used the settlement to effect a change in the allocation of fees.",
    "The owner agreed to insure the building against fire.",
    "The agency explained its reasons for the decision.",
    "The movant bears the burden of establishing that no genuine dispute exists.",
    "The record is bare of any evidence that the defendant knew of the defect.",
    "Plaintiff chose to not contest the motion.",
    "These facts form the basis of the claim.",
    "The court let them form a committee to review the proposals.",
    "Counsel helped him form an opinion about the value of the property.",
    "In summary form the court held that the claim failed.",
    "Together they form a single integrated agreement.",
    "The parties agreed to form a partnership.",
    "The members did form the corporation in 2010.",
    "They're liable for the full amount of the judgment.",
    "They're lawyers, and they know the rules.",
    "They're free to renew the motion.",
    "The officer asked who's responsible for the damage.",
    "The bolt came loose during the storm.",
    "The court cut loose the remaining claims.",
    "The loose ends of the agreement were never resolved.",
    "The company chose to site the plant near the river.",
    "They site the new facility on the eastern parcel.",
    "The statute takes precedence over the regulation.",
    "The rule gives precedence to the earlier filing.",
    "The then-current trustees signed the agreement.",
    "Costs are higher than current estimates suggest.",
    "If its stated purpose is to protect consumers, the statute must be read broadly.",
    "The hiking trail is maintained by the county.",
    "The principals of the school testified at the hearing.",
    "The principals and their agents signed the contract.",
    "Such conduct is proscribed by statute.",
    "Drugs are proscribed under federal law.",
    "The officer was discreet about the investigation.",
    "The change did not affect the outcome, and we decline to effect a remand.",
    "The argument that to not act was reasonable fails.",
    "The court held that to not disclose the report was error.",
    "The witness alternately laughed and cried during her testimony.",
    "The plaintiff cannot lose what she never had.",
    "He sent them form letters demanding payment.",
    "The documents, which we have described, form the record.",
    "She fell from the ladder.",
];

#[test]
fn correct_uses_draw_no_family_finding() {
    for text in CORRECT_USES {
        let found: Vec<_> = typo_findings(text)
            .into_iter()
            .filter(|f| f.starts_with("typo/confusable") || f.starts_with("typo/to-not"))
            .collect();
        assert_eq!(found, Vec::<String>::new(), "{text}");
    }
}
