//! Round 32 (issue 16): one-letter slips that leave another word, decided by the slip model
//! (`crates/plead-core/src/typos/slip_model.rs`, learned by `scripts/gen_slip_model.py`).
//! The slips are real sentences: of the opinions in tests/fixtures/opinions and
//! tests/fixtures/precision/docs (slips of the courts themselves), and of typos-dev10.jsonl
//! (California Courts of Appeal, with the slip that set injected). The correct uses are real
//! sentences of the same corpora and of the model's calibrate part, each once a false alarm of
//! an earlier cut of the model.

use crate::typo_support::slips_with_slip_rule as slips;
use plead::config::{Config, RuleLevel};

/// On by default since round 33 (docs/typos.md), and silent when turned off.
#[test]
fn the_slip_model_is_on_unless_turned_off() {
    let text = "Jorge argued that the court cold not grant equitable relief because the jury did not find fraud or elder abuse.";
    let found = vec![("cold".to_string(), "could".to_string())];
    assert_eq!(crate::typo_support::slips(text), found);
    assert_eq!(slips(text), found);
    let mut off = Config::default();
    off.rules.insert("typo/slip".to_string(), RuleLevel::Off);
    assert_eq!(crate::typo_support::slips_with(text, &off), vec![]);
}

#[test]
fn one_letter_slips_are_found_with_their_fix() {
    let cases = [
        // The courts' own slips (tests/fixtures/opinions, tests/fixtures/precision/docs).
        ("In the interest of clarity, we note that we read the Ordinance to require that, in order to impose liability under sections 46-34 and 46-35, the prosecution most prove that a gathering creating a substantial disturbance involving a violation of law occurred both at the time of the initial posting and when the subsequent intervention took place.", "most", "must"),
        ("For the forgoing reasons, we affirm the judgment of the circuit court.", "forgoing", "foregoing"),
        // typos-dev10.jsonl.
        ("Jorge argued that the court cold not grant equitable relief because the jury did not find fraud or elder abuse.", "cold", "could"),
        ("That cause of action, however, does not even mention the purchase agreement beyond stating that Agcon world not have entered it had respondents disclosed information about the potential zoning change.", "world", "would"),
        ("Rangel's counsel made this very point about bias in his closing argument, and Rangel reiterates the point on appear.", "appear", "appeal"),
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
fn the_same_sentences_written_right_draw_nothing() {
    for text in [
        "Jorge argued that the court could not grant equitable relief because the jury did not find fraud or elder abuse.",
        "That cause of action, however, does not even mention the purchase agreement beyond stating that Agcon would not have entered it had respondents disclosed information about the potential zoning change.",
        "For the foregoing reasons, we affirm the judgment of the circuit court.",
    ] {
        assert_eq!(slips(text), vec![], "{text}");
    }
}

/// A rare word in a use its kind of word fits (`to air the issue`, `has voted that ballot`)
/// is no slip, however often the word one letter off stands there; a word cut by a line-end
/// hyphen (`hear\u{AD} ing`) is a broken word; `net` drew a false alarm on the calibrate
/// part and has its own threshold above it. (The AAO decision's OCR wrote `eve1ything`.)
#[test]
fn rare_words_in_uses_that_fit_stay_silent() {
    for text in [
        "Neither the District Court nor the Ninth Circuit addressed an argument that Hastings selectively enforces its all-comers policy, and this Court is not the proper forum to air the issue in the first instance.",
        "That argument does not get her far.",
        "Any person who has access to an official voted ballot or record and knowingly discloses in violation of this section how an individual has voted that ballot is guilty of a Class 1 misdemeanor.",
        "They required that she clean everything until it was spotless, including scrubbing the tile floor with a toothbrush, and did not feed her if she did not clean to their satisfaction.",
        "Some dollar amounts are rounded in this opinion; and where they are, the precise amounts appear in the record and are not disputed.",
        "This, and all other dollar amounts are net present values unless otherwise noted.",
        "But still, the hear\u{AD} ing officer cannot provide the requested relief.",
    ] {
        assert_eq!(slips(text), vec![], "{text}");
    }
}
