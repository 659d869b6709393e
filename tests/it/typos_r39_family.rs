//! Round 39 (confusion sets): the learned model of `data/realword.tsv` retrained on three times
//! the text (the corpus's `train` split and the California slip opinions' `train` part,
//! `scripts/gen_realword_model.py --calif`) caught more swaps injected into held-out text but
//! reported correct words of real documents and lost slips the shipped model finds, so the
//! shipped table stays round 27's (docs/typos.md "Round 39 (confusion sets)"). These tests hold
//! any later retrain to both sides of that measurement, on real sentences:
//!
//! * the correct uses the retrained tables reported (curly quotation marks written straight) (the shared opinions, the precision
//!   documents, the style sets' real documents, a development set's clean sentence, a
//!   California opinion of the held-out part) draw no `typo/confusable` finding;
//! * the confusion-set slips of the development sets that the shipped model finds and the
//!   retrained tables lost are found with their fix.

use crate::typo_support::{assert_fixed_silent, assert_found, typo_findings};

/// Correct sentences (each the document's own text) and the member written in them.
const CORRECT_USES: [(&str, &str); 9] = [
    // shared opinions, Morse v. Frederick: a school principal (→ *principle* at 0.9998).
    (
        "The court further concluded that Frederick's right to display his banner was so \"clearly established\" that a reasonable principal in Morse's position would have understood that her actions were unconstitutional, and that Morse was therefore not entitled to qualified immunity.",
        "principal",
    ),
    // shared opinions, Hogarth v. Bell (→ *prescribed* at 1.0000).
    (
        "Instead, when the plaintiff alleges an intention to engage in conduct arguably imbued with constitutional interest but proscribed by statute, and a credible threat of prosecution is present, standing exists.",
        "proscribed",
    ),
    // precision documents, a BVA decision (→ *except* at 1.0000).
    (
        "In deciding whether the Veteran has a current diagnosis of PTSD, it is the responsibility of the Board to weigh the evidence and decide where to give credit and where to withhold the same and, in so doing, accept certain medical opinions over others.",
        "accept",
    ),
    // style set heldout10, a BVA decision: affect as a symptom (→ *effect*).
    (
        "Under the general formula, a 50 percent evaluation is warranted where there is occupational and social impairment with reduced reliability and productivity due to such symptoms as flattened affect; circumstantial, circumlocutory, or stereotyped speech; panic attacks more than once a week.",
        "affect",
    ),
    // style set heldout13, a D. Colo. order (→ *bare*).
    (
        "The Court finds that the lesser sanction of attorney fees is sufficient to alert Plaintiff to the seriousness of her conduct while remedying the costs that Defendant was forced to bear as a result of Plaintiff and her counsel's discovery conduct.",
        "bear",
    ),
    // style set real, a Solicitor General's brief (→ *tenants*).
    (
        "The Court has further explained that \"[r]equiring\" different faiths to share certain characteristics—such as \"use of [a] title\"—\"would constitute impermissible discrimination\" and \"risk privileging religious traditions with\" certain tenets over others.",
        "tenets",
    ),
    // shared opinions, D.G. v. K.S. (→ *accepting* at 0.997).
    (
        "The fabric of D.G. and S.H.'s life is set and stable socially, occupationally, (excepting this), in family life, and relationally.",
        "excepting",
    ),
    // typos-dev8, a clean sentence (→ *trials*: `trails` has 5 training examples).
    (
        "Additionally, the development expects to build 70 resort residences, a community park, public and private open spaces and trails, a pump station, and a fire substation.",
        "trails",
    ),
    // a California Court of Appeal opinion of the held-out part (→ *meet* at 1.0000).
    (
        "The plaintiffs in Simms, commercial lessees (tenants) operating a restaurant, deli, and meat market, sued their landlord and affiliated parties for breach of the obligation to maintain the premises.",
        "meat",
    ),
];

#[test]
fn correct_members_the_retrained_tables_reported_stay_silent() {
    for (text, word) in CORRECT_USES {
        let on_word: Vec<_> = typo_findings(text)
            .into_iter()
            .filter(|f| f == &format!("typo/confusable {word:?}"))
            .collect();
        assert_eq!(on_word, Vec::<String>::new(), "{text}");
    }
}

/// Slips of the development sets the shipped model finds and the retrained tables lost.
const FOUND_SLIPS: [(&str, &str, &str); 6] = [
    // typos-dev15
    (
        "In fact, both Charter's formal responses to discovery requests and its correspondence with council did not disclose the destruction of the recordings.",
        "council",
        "counsel",
    ),
    // typos-heldout15 (a development set since round 36)
    (
        "Millennium Trust's council has advised me that they will not even provide the Current Board with account statements until Taller signs a document acknowledging his removal.",
        "council",
        "counsel",
    ),
    // typos-dev2
    (
        "It seeks to remedy a flaw in the jury trial system, but as this Court said some years ago, it is questionable weather our system of trial by jury can endure this attempt to perfect it.",
        "weather",
        "whether",
    ),
    // typos-dev5
    (
        "First, the petition is interlocutory; the state appellate courts denied petitioner leave to appeal the trail court's action.",
        "trail",
        "trial",
    ),
    // typos-heldout (the first held-out set)
    (
        "The search warrant was executed at the cite of the former factory.",
        "cite",
        "site",
    ),
    // typos-dev14
    (
        "The Court is asked in affect to decide whether a decision that was never made was arbitrary and capricious.",
        "affect",
        "effect",
    ),
];

#[test]
fn family_slips_the_shipped_model_finds_are_found_with_their_fix() {
    assert_found(&FOUND_SLIPS);
}

#[test]
fn family_slips_written_right_are_silent() {
    assert_fixed_silent(&FOUND_SLIPS);
}
