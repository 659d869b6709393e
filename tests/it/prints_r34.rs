//! False alarms found on session 34's real documents once the round was merged: the
//! eleventh style held-out set (tests/fixtures/styles/eval/heldout11, sources in its SOURCES.md),
//! measured blind on main, and the fifth precision sample's briefs. Each passage is read as its
//! court or counsel printed it, and the check still fires on a real slip nearby.

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

/// Two false agreement findings the merged round drew on the fifth precision sample's briefs
/// (justinseger015-ctrl/CaseStrainer `73370d0e`, docs/precision.md "Round 34"): a name after
/// a word that is a preposition as often as a subordinator is its object (the Solicitor
/// General's brief in *Rana v. Jenkins*), and a capitalized word and a bare verb before `is`
/// are one compound noun (a Washington appellant's brief, `Drive stun is the use of a taser`).
/// A name opening its clause before a bare verb is still told its verb.
#[test]
fn names_as_objects_and_compound_subjects_take_no_agreement_finding() {
    let rana = "Sindona, see 619 F.2d at 178, was mistaken. In addition, technical analyses since Sindona confirm that the State Department has developed a consistent interpretation.\n";
    assert_eq!(codes_over(rana, "Sindona confirm"), Vec::<String>::new());
    let taser = "The officers testified they used the tasers in \"drive stun.\" RP 377, 632, 697. Drive stun is the use of a taser without the probes.\n";
    assert_eq!(codes_over(taser, "Drive stun"), Vec::<String>::new());
    let slip = "In further explaining this issue, Concepcion contend that the statute is vague.\n";
    assert!(codes_over(slip, "contend")
        .iter()
        .any(|c| c == "typo/agreement"));
}
