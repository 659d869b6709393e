//! False alarms of the eleventh style held-out set (tests/fixtures/styles/eval/heldout11, sources
//! in its SOURCES.md), found when the set was measured blind on session 34's main: each passage is
//! read as the court printed it, and the check still fires on a real slip nearby.

use super::style_support::*;

const BRANKLE: &str =
    include_str!("../fixtures/styles/eval/heldout11/ind-ctapp-brankle-v-schmell-26a-pl-887.txt");

/// The Indiana courts' filing stamp prints `Indiana Supreme Court` above `Court of Appeals`:
/// two title lines, not a doubled word. The same words doubled across a line of prose are still
/// a slip.
#[test]
fn a_stamp_line_above_a_title_is_no_doubled_word() {
    assert!(BRANKLE.contains("Indiana Supreme Court\nCourt of Appeals"));
    assert_eq!(codes_over(BRANKLE, "Court\nCourt"), Vec::<String>::new());
    let prose = "The motion was granted by the trial court, and on appeal the Court\nCourt of Appeals affirmed the judgment in all respects.\n";
    assert!(codes_over(prose, "Court\nCourt")
        .iter()
        .any(|c| c == "typo/doubled-word"));
}
