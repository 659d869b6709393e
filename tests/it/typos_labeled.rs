//! The typo checker against labeled examples, the seed order, and real opinions.

use std::path::Path;

use plead::analysis::{Finding, ParagraphCache};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use serde_json::Value;

fn typo_findings(text: &str) -> Vec<Finding> {
    let mut cache = ParagraphCache::default();
    analyze(text, Format::Plain, &Config::default(), &mut cache)
        .findings
        .into_iter()
        .filter(|f| f.code.starts_with("typo/"))
        .collect()
}

/// Byte offsets where `needle` occurs as whole words in `text`.
fn word_occurrences(text: &str, needle: &str) -> Vec<usize> {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    text.match_indices(needle)
        .map(|(i, _)| i)
        .filter(|&i| {
            !is_word(text[..i].chars().next_back())
                && !is_word(text[i + needle.len()..].chars().next())
        })
        .collect()
}

/// Scores the typo checker on a labeled JSONL file: (errors expected, errors found with
/// the labeled fix among the fixes, findings on clean sentences, notes on misses).
fn score(path: &str) -> (usize, usize, usize, Vec<String>) {
    let data = std::fs::read_to_string(path).expect("fixture");
    let (mut expected, mut found, mut false_positives) = (0, 0, 0);
    let mut misses = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("valid JSON line");
        let text = case["text"].as_str().expect("text");
        let findings = typo_findings(text);
        let expects = case["expect"].as_array().expect("expect");
        if expects.is_empty() {
            if !findings.is_empty() {
                false_positives += findings.len();
                misses.push(format!("FALSE ALARM in {text:?}: {findings:?}"));
            }
            continue;
        }
        for e in expects.iter().filter(|e| e["family"] == "typo") {
            expected += 1;
            let span_text = e["span"].as_str().expect("span");
            let fix = e["fix"].as_str();
            let hit = word_occurrences(text, span_text).into_iter().any(|start| {
                let span = plead::analysis::Span::new(start, start + span_text.len());
                findings.iter().any(|f| {
                    f.span.overlaps(span)
                        && fix.is_none_or(|fix| {
                            f.fixes.iter().any(|x| {
                                x.edits.iter().any(|ed| {
                                    // The fix may cover part of the labeled span
                                    // (`defendent` of `defendent's`).
                                    let fixed = format!(
                                        "{}{}{}",
                                        &text[..ed.span.start],
                                        ed.new_text,
                                        &text[ed.span.end..]
                                    );
                                    let wanted = format!(
                                        "{}{fix}{}",
                                        &text[..start],
                                        &text[start + span_text.len()..]
                                    );
                                    fixed == wanted
                                })
                            })
                        })
                })
            });
            if hit {
                found += 1;
            } else {
                misses.push(format!(
                    "MISSED {span_text:?} → {fix:?} in {text:?}: {findings:?}"
                ));
            }
        }
    }
    println!(
        "{path}: typo recall {found}/{expected}; findings on clean sentences: {false_positives}"
    );
    for m in &misses {
        println!("{m}");
    }
    (expected, found, false_positives, misses)
}

/// A labeled set holds at least `min_errors` errors, at least `min_percent` % of them are
/// found with the right fix, and none of its clean sentences draws a typo finding.
fn assert_recall_and_no_false_alarm(path: &str, min_errors: usize, min_percent: usize) {
    let (expected, found, false_positives, _) = score(path);
    assert!(expected >= min_errors, "{path}: {expected} labeled errors");
    assert!(
        found * 100 >= expected * min_percent,
        "{path}: recall {found}/{expected} below {min_percent}%"
    );
    assert_eq!(
        false_positives, 0,
        "{path}: no typo finding on clean sentences"
    );
}

#[test]
fn labeled_errors_are_found_and_clean_sentences_stay_clean() {
    let (expected, found, false_positives, _) = score("tests/fixtures/typos.jsonl");
    assert_eq!(found, expected, "every labeled error is found");
    assert_eq!(false_positives, 0, "no typo finding on clean sentences");
}

/// The development set (different sentences, written for plead): at least 95% of its
/// errors found with the right fix, and nothing on its clean sentences.
#[test]
fn development_set_recall_and_no_false_alarm() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev.jsonl", 80, 95);
}

/// The second development set: real sentences of held-out opinions with injected slips
/// (scripts/realword_sets.py), tuned on in round 22. At least 93% of its errors found, and
/// nothing on its clean sentences.
#[test]
fn second_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev2.jsonl", 90, 93);
}

/// The round-24 development set: real sentences of court case summaries (juriscraper's
/// test data) with injected slips, tuned on. At least 90% of its errors found, and nothing
/// on its clean sentences.
#[test]
fn fourth_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev4.jsonl", 100, 90);
}

/// The round-26 development set: real sentences of Supreme Court slip opinions 2009-2011
/// (jeremybmerrill/scotuslm) with injected slips, tuned on (80 of 100 found when written). At
/// least 78% of its errors found, and nothing on its clean sentences.
#[test]
fn fifth_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev5.jsonl", 100, 78);
}

/// The round-27 development set: real sentences of district-court, circuit and state
/// opinions in cyber-crime and intellectual-property cases (jsavelka/luima_sbd) with injected
/// slips of the kinds, tuned on (69 of 100 found when drawn, 89 after the round). At
/// least 87% of its errors found, and nothing on its clean sentences.
#[test]
fn sixth_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev6.jsonl", 100, 87);
}

/// A name the source broke with a hyphen inside a line is one name, not a misspelled tail:
/// the real line of an opinion of the shared corpus (`033-in-re-eady-goger`), whose
/// defendant is `Chancey` elsewhere. A hyphen after a word with a prefix's form still lets
/// the tail be spelled.
#[test]
fn a_name_hyphenated_inside_a_line_is_one_name() {
    let text = "On December 18, 1979, defendant Chan-cey filed his answer showing a security interest in the assets of Julian's Tavern.";
    assert!(typo_findings(text).is_empty(), "{:?}", typo_findings(text));
    let slip = "The court found the defendant's conduct non-existant in the record.";
    assert!(
        typo_findings(slip)
            .iter()
            .any(|f| f.code == "typo/misspelling"),
        "{:?}",
        typo_findings(slip)
    );
}

/// Round-27 table cues, each with a real sentence of the round-27 development set and a
/// correct use of the same word that draws nothing.
#[test]
fn round27_table_cues() {
    for (text, found, right) in [
        (
            "This time, we are persuaded that Defendants waved these contentions.",
            "waved",
            "waived",
        ),
        (
            "Samsung now contends that the analysis was not meaningful and the sited exhibit did not discuss the Georgia-Pacific factors at all.",
            "sited",
            "cited",
        ),
        (
            "However, the order denied access to prospective cell sight information, for reasons explained more fully in this opinion.",
            "sight",
            "site",
        ),
        (
            "Defendant argues the proceeding statements are evidence that her sentence was based on irrelevant and improper matters.",
            "proceeding",
            "preceding",
        ),
        (
            "Harrison had not lived within city limits in the year proceeding.",
            "proceeding",
            "preceding",
        ),
        (
            "In so doing, the court departs from our own trademark precedence and from our summary judgment jurisprudence.",
            "precedence",
            "precedent",
        ),
        (
            "In the case at hand, we need not resolve that question or determine weather Sections 32 and 43(a) apply exclusively to commercial speech.",
            "weather",
            "whether",
        ),
    ] {
        let findings = typo_findings(text);
        assert!(
            findings.iter().any(|f| &text[f.span.start..f.span.end] == found
                && f.fixes.first().is_some_and(|x| x.edits.iter().any(|e| &*e.new_text == right))),
            "{text}: {findings:?}"
        );
    }
    for ok in [
        "The officer waved these cars through the checkpoint.",
        "The county sited the plant near the river.",
        "The court's order takes precedence over the parties' agreement.",
        "The proceeding was stayed pending appeal, and the year proceeding to trial was long.",
        "The crowd waved flags as the parade passed.",
    ] {
        assert!(
            typo_findings(ok).is_empty(),
            "{ok}: {:?}",
            typo_findings(ok)
        );
    }
}

/// A name at a sentence start that is a common word with another first letter (`Zhang`,
/// `hang`; clean sentences of the measured fourth held-out set) is a name; a slip that keeps its
/// first letter is still a slip there.
#[test]
fn a_sentence_start_name_is_not_a_common_word_with_another_first_letter() {
    for text in [
        "Zhang made a misrepresentation regarding Husband's medical condition to help Wife, her relative.",
        "Zhang excepts to a multitude of the hearing judge's findings of fact.",
    ] {
        let findings = typo_findings(text);
        assert!(findings.is_empty(), "{text}: {findings:?}");
    }
    let text = "Becasue the motion was late, we affirm.";
    let findings = typo_findings(text);
    assert!(
        findings
            .iter()
            .any(|f| &text[f.span.start..f.span.end] == "Becasue"),
        "{text}: {findings:?}"
    );
}

/// A long capitalized word a dropped or doubled letter away from a common word is that
/// word (real slips of opinions); names and foreign words that differ by a letter of their
/// own are not reported.
#[test]
fn long_capitalized_slips_are_not_names() {
    for (text, slip) in [
        (
            "We hold that the Goverment's conduct was not outrageous.",
            "Goverment",
        ),
        (
            "Colonel W. Gary Jewell, U.S. Army Litigtion Division, on brief for appellees.",
            "Litigtion",
        ),
        (
            "The search implicates the privacy interests protected by the Fourth Ammendment.",
            "Ammendment",
        ),
    ] {
        let findings = typo_findings(text);
        assert!(
            findings
                .iter()
                .any(|f| &text[f.span.start..f.span.end] == slip),
            "{text}: {findings:?}"
        );
    }
    for text in [
        "David P. Findling, Associate General Counsel, argued for the Board.",
        "But see In re Assicurazioni Generali, 592 F.3d 113 (2d Cir. 2010).",
        "The claim was filed with the Fondo de Compensacion al Paciente.",
        "Fusi's mother testified that she was still awake when Fusi returned home about half an hour later.",
    ] {
        let findings = typo_findings(text);
        assert!(findings.is_empty(), "{text}: {findings:?}");
    }
}

/// The round-28 development set: real sentences of USCIS Administrative Appeals Office
/// decisions (BU-Spark/CS506-Fall2020-Projects) with injected slips of every earlier list,
/// tuned on (39 of 100 found by typo_eval; 36 with the right fix by this count). The
/// rule-derived sets of round 28 (branch typos-r28) reach 47 here but were not landed: on
/// 430,000 words of real opinions they raised 2 true findings and 7 false alarms.
#[test]
fn seventh_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev7.jsonl", 100, 84);
}

/// The round-30 development set: real sentences of California FPPC staff advice letters
/// with injected slips, tuned on (22 of 100 with the right fix at round 29; 79 after round
/// 30's rows; 92 after round 31's agreement of other verbs and rows). Round 31 also
/// silenced its one clean sentence with a finding: the surname `Rosen` opening a sentence,
/// one letter from `rose`.
#[test]
fn eighth_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev8.jsonl", 100, 92);
}

/// The round-31 development set: real sentences of California Court of Appeal opinions of
/// 2025–26 with injected slips of every kind issue 16 names, tuned on in round 32 (agreement
/// 4 → 14 of 14; its three clean sentences with a finding, surnames opening a sentence as
/// the subject of a past-tense verb, now silent). Round 34: 75 → 84 (a function word's
/// slot in the slip model, closed-class words in a slot their class cannot fill, families in
/// new forms). Round 36: 84 → 86 by `typo_eval` (`parol board`, `he most have`), 84 by this
/// test's count.
#[test]
fn tenth_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev10.jsonl", 100, 84);
}

/// The round-32 development set: real sentences of New Mexico opinions (Caselaw Access
/// Project text) with injected slips, tuned on in round 33 (57 of 100 found at round 32's
/// start, 61 after it, 64 after round 33, 58 of them with the right fix; 72 → 79 after round 34's merge:
/// agreement, families in new forms, closed-class slots); round 33 silenced its one clean
/// sentence with a finding, `Montano` opening a sentence before `contends`. Round 36: 79 →
/// 85 by `typo_eval` (common-word slips in frames: `the rial judge`, `whit first degree`, `a
/// sway of`, `aloe represented`, `undue the`, `man be`), 84 by this test's count. Round 37:
/// 85 (`at it's premium structure`).
#[test]
fn eleventh_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev11.jsonl", 100, 85);
}

/// The round-33 development set (kritiat16/tad-judicial-opinions: federal appellate
/// opinions, district-court orders, state appellate opinions), tuned on in round 34
/// (agreement 6 → 9 of 14; families and closed-class slots): 69 → 74 of 100 after the
/// merge, no clean sentence with a finding. Round 36: 74 → 82 (`the motion were` after `As
/// noted supra`, and common-word slips in frames: `district cart`, `on the outer hand`, `At
/// this tome`, …). Round 37: 84 (`basing they're claim`, `, there incentives are`).
#[test]
fn twelfth_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev12.jsonl", 100, 84);
}

/// The round-34 held-out set (bohanhou14/gaze_gaps: federal district, bankruptcy and
/// appeals opinions), no longer blind after round 34 and tuned on in round 35: 51 → 54 of
/// 70 with agreement (6 → 9 of 10), its one clean alarm (`Routt` opening a sentence before
/// `has not alleged`, a name) silenced; 61 of 70 with common-word slips and families; 64 of
/// 70 with both merged.
#[test]
fn fourteenth_held_out_set_tuned_on_after_its_blind_measure() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-heldout14.jsonl", 70, 88);
}

/// The round-34 development set (the same source), tuned on in round 35: 67 → 73 of 100
/// with common-word slips (5 → 9 of 22), 69 with agreement (5 → 7 of 14), 75 with both
/// merged; no clean sentence with a finding. Round 36: 75 → 83 (`Counter-Plaintiffs
/// argues` and `die not err` untuned; then its common-word misses read: `ever if`,
/// `entitled so habeas`, `his now behalf`, `has seen held`, `in whole or in pat`, `the sue
/// of`).
#[test]
fn fourteenth_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev14.jsonl", 100, 83);
}

/// The round-35 held-out set (NYSCEF motion papers, milchas65/motion_writing_development):
/// measured blind on main before round 36 at 48 of 70 (first fix right 47, no clean sentence
/// with a finding). Round 36 read its misses and is tuned on it: 59 of 70 after the round,
/// so this pin is no longer a blind measure. Round 37: 63 of 70 (`who's course of dealing`,
/// `the discreet individual sale`, `could possibly be effected by`, `Regardless, EarthLink
/// meet`).
#[test]
fn fifteenth_held_out_set_tuned_on_after_its_blind_measure() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-heldout15.jsonl", 70, 90);
}

/// The round-35 development set (the same source), tuned on in round 36: 64 → 88 of 96 by
/// `typo_eval`'s span recall (agreement 3 → 10 of 10, common-word slips 8 → 18 of 22,
/// families 22 → 27 of 31), 84 with the labeled fix among a finding's fixes (what this test
/// counts: `gail`, `doe`, `dave`, `before is` are found with another fix first); no clean
/// sentence with a finding. Round 37: 90 of 96 by `typo_eval`, 87 by this test's count
/// (`they're sixth cause`, `place far the` by the class back-off, `doe` → *does* first).
#[test]
fn fifteenth_development_set_of_real_sentences() {
    assert_recall_and_no_false_alarm("tests/fixtures/typos-dev15.jsonl", 96, 90);
}

/// Correct uses of the confusable words the issue names draw nothing.
#[test]
fn correct_uses_of_confusable_words_draw_nothing() {
    for text in [
        "The legislature acted to effect a change in the law.",
        "The owner agreed to insure the building against fire.",
        "The agency explained its reasons in the order.",
        "The movant bears the burden of showing a genuine dispute.",
        "On this point the record is bare.",
        "The defendant chose to not contest the forfeiture.",
        "The statute of limitations bars the claim, and the statue in the plaza is not at issue.",
        "It's undisputed that the trial court lost its way.",
        "Their counsel told the council there was no quorum.",
        // Correct uses the learned model once questioned (found on real opinions).
        "He accelerated suddenly at the sight of the officer.",
        "Failing to raise this argument below effected its waiver.",
        "The watch aboard the GLORIA sighted the BORINQUEN approximately two miles off.",
        "The payments reflect decreases in principal.",
        "The conspirators used the mails to effect their scheme.",
        "While there may have been no way to know, the Court reiterated this principle in Saudi Arabia v. Nelson.",
        // Compounds of the dictionary hold their words (`roll call`, `paper trail`).
        "The ordinance passed on a roll call vote of five to two.",
        "The auditors followed the paper trail to the offshore accounts.",
        // Plural subjects inside other phrases, and plurals of measure, agree.
        "Underlying these principles is a concern for finality.",
        "Five years is a long time to wait for a hearing.",
        "The court explained why summary judgment on his other claims was improper.",
        "The principal of the loan was repaid, and the principal of the school testified.",
        "We think it's time to decide the question, and the agency found it's unnecessary.",
        "The officers met there many times before the arrest.",
    ] {
        let findings = typo_findings(text);
        assert!(findings.is_empty(), "{text}: {findings:?}");
    }
}

/// 1-based line number of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

#[test]
fn seed_order_flags_exactly_the_damaged_lines() {
    let text = std::fs::read_to_string("tests/fixtures/ayobi-order.txt").expect("fixture");
    let findings = typo_findings(&text);
    let mut lines: Vec<usize> = findings
        .iter()
        .map(|f| line_of(&text, f.span.start))
        .collect();
    lines.dedup();
    for f in &findings {
        println!(
            "line {}: {} {:?} {}",
            line_of(&text, f.span.start),
            f.code,
            &text[f.span.start..f.span.end],
            f.message
        );
    }
    assert_eq!(
        lines,
        vec![8, 16, 32],
        "typo findings only on the OCR-damaged lines and the `to not` line"
    );
    let to_not = findings
        .iter()
        .find(|f| line_of(&text, f.span.start) == 32)
        .expect("line 32");
    assert_eq!(&text[to_not.span.start..to_not.span.end], "to");
    assert!(to_not
        .fixes
        .iter()
        .any(|x| x.edits.iter().any(|e| &*e.new_text == "do")));
    let split = findings
        .iter()
        .find(|f| line_of(&text, f.span.start) == 8)
        .expect("line 8");
    assert_eq!(&text[split.span.start..split.span.end], "STAT\tFES");
    assert!(split
        .fixes
        .iter()
        .any(|x| x.edits.iter().any(|e| &*e.new_text == "STATES")));
    let garbled: Vec<&Finding> = findings
        .iter()
        .filter(|f| line_of(&text, f.span.start) == 16)
        .collect();
    assert_eq!(
        garbled.len(),
        1,
        "one finding over the garbled run, not one per word"
    );
    assert_eq!(garbled[0].code, "typo/ocr-garbled");
}

#[test]
fn false_alarm_rate_on_public_domain_opinions() {
    let dir = Path::new("tests/fixtures/opinions");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("opinions fixture")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 40, "the opinions corpus is present");
    let (mut words, mut flagged) = (0usize, 0usize);
    let verbose = std::env::var_os("PLEAD_TYPO_LIST").is_some();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("readable opinion");
        words += text.split_whitespace().count();
        let findings = typo_findings(&text);
        flagged += findings.len();
        if verbose {
            for f in &findings {
                let context = text
                    .get(f.span.start.saturating_sub(40)..(f.span.end + 40).min(text.len()))
                    .unwrap_or("")
                    .replace('\n', " ");
                println!(
                    "{}\t{}\t{:?}\t{}",
                    path.file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default(),
                    f.code,
                    &text[f.span.start..f.span.end],
                    context
                );
            }
        }
    }
    let rate = flagged as f64 * 1000.0 / words as f64;
    println!(
        "typo findings on {} opinions: {flagged} over {words} words = {rate:.3} per 1,000 words",
        paths.len()
    );
    assert!(rate < 0.5, "false-alarm budget: {rate:.3} per 1,000 words");
}

mod hostile {
    use super::typo_findings;
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "the ",
            "The ",
            "Court ",
            "§ ",
            "é",
            "Ü",
            "😀",
            "👩‍⚖️",
            "\r\n",
            "\n",
            "\n\n",
            "\t",
            "42 U.S.C. § 1983",
            " 673 F.Supp.2d 1063",
            "Id. at 5.",
            "[ECF No. 34]",
            "the the ",
            "recieve ",
            "  ",
            ".",
            "a ",
            "an ",
            "to not ",
            "v. ",
            "Dr. ",
            "'s ",
            "’",
            "[f]",
            "[sic] ",
            "(\"FAC\") ",
            "STAT ",
            "FES ",
            "trail ",
            "court ",
            "-",
            "xqzt ",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
        /// Any mix of words, scripts, citations and punctuation: no panic, spans on char boundaries.
        #[test]
        fn never_panics_and_spans_are_valid(pieces in prop::collection::vec(piece(), 0..60)) {
            let text = pieces.concat();
            for f in typo_findings(&text) {
                prop_assert!(f.span.start <= f.span.end && f.span.end <= text.len());
                prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            }
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
            let _ = typo_findings(&text);
        }
    }
}

#[test]
fn workspace_dictionary_words_are_accepted() {
    let text = "The xqztv motion is denied.";
    assert!(typo_findings(text)
        .iter()
        .any(|f| f.code == "typo/misspelling"));
    let config = Config {
        dictionary: vec!["xqztv".into()],
        ..Config::default()
    };
    let mut cache = ParagraphCache::default();
    let findings = analyze(text, Format::Plain, &config, &mut cache).findings;
    assert!(
        findings.iter().all(|f| !f.code.starts_with("typo/")),
        "{findings:?}"
    );
}

#[test]
fn names_the_document_establishes_are_withdrawn() {
    // A sentence-initial unknown word one edit from a common word is provisionally a typo…
    let once = "Bakor moved to dismiss the complaint.";
    assert!(
        typo_findings(once)
            .iter()
            .any(|f| f.code == "typo/misspelling"),
        "{:?}",
        typo_findings(once)
    );
    // …until the document uses it as a name again, or after a title.
    let twice = "Bakor moved to dismiss the complaint.\n\nThe court heard Bakor on the motion.";
    assert!(
        typo_findings(twice).is_empty(),
        "{:?}",
        typo_findings(twice)
    );
    let titled = "Bakor moved to dismiss the complaint.\n\nDefendant Bakor also answered.";
    assert!(
        typo_findings(titled).is_empty(),
        "{:?}",
        typo_findings(titled)
    );
}

#[test]
fn a_word_the_document_keeps_using_is_its_vocabulary_but_a_habitual_slip_is_not() {
    let once = "Given his dysmnestic difficulties, Harriman relies on his wife.";
    assert!(
        typo_findings(once)
            .iter()
            .any(|f| f.code == "typo/misspelling"),
        "{:?}",
        typo_findings(once)
    );
    let thrice = "Given his dysmnestic difficulties, Harriman relies on his wife.\n\n\
                  The examiner described the dysmnestic deficits in detail.\n\n\
                  Those dysmnestic deficits do not bear on the claim.";
    assert!(
        typo_findings(thrice).is_empty(),
        "{:?}",
        typo_findings(thrice)
    );
    // One edit from a most common word: flagged however often it recurs.
    let slips = "The defendent moved to dismiss.\n\nThe defendent also answered.\n\n\
                 The defendent then appealed.";
    let found = typo_findings(slips);
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn a_star_page_marker_inside_a_word_splits_no_word() {
    let text = "The plaintiff has adduced evidence suffi *68 cient to establish his right.";
    assert!(typo_findings(text).is_empty(), "{:?}", typo_findings(text));
    let typo = "The plaintiff has adduced evidence suffi *68 cent to establish his right.";
    assert!(!typo_findings(typo).is_empty());
}

/// Real-word slips of the kinds the learned model cannot see: a possessive before an
/// adjective and its noun, `it's` as the object of a verb, `principal of` an idea,
/// agreement with a plural subject, `to not` after `, and`.
#[test]
fn grammar_catches_function_word_and_agreement_slips() {
    for (text, found, right) in [
        (
            "The defendants filed there amended answer on Monday.",
            "there",
            "their",
        ),
        (
            "The agency failed to explain it's reasoning.",
            "it's",
            "its",
        ),
        (
            "The jury was told the principal of equal treatment applied.",
            "principal",
            "principle",
        ),
        ("Appellants has not shown any prejudice.", "has", "have"),
        (
            "The remaining state claims was dismissed without prejudice.",
            "was",
            "were",
        ),
        (
            "In any event, parties has no right to a particular judge.",
            "has",
            "have",
        ),
        ("The issue is close, and we to not reach it.", "to", "do"),
    ] {
        let findings = typo_findings(text);
        let got: Vec<(&str, &str)> = findings
            .iter()
            .map(|f| {
                (
                    &text[f.span.start..f.span.end],
                    f.fixes.first().map_or("", |x| &*x.edits[0].new_text),
                )
            })
            .collect();
        assert_eq!(got, vec![(found, right)], "{text}");
    }
}

/// Names whose accented letters the plain text lost (`Rodríguez` → `Rodr guez`, `Héctor`
/// → `H ctor`, `María` → `Mar a`) in a real First Circuit opinion: no garbled-text,
/// misspelling or article finding on them.
#[test]
fn names_with_lost_accents_are_not_typos() {
    let text = std::fs::read_to_string("tests/fixtures/wrapped/002.txt").expect("fixture");
    assert!(text.contains("Rodr guez-Rodr guez, H ctor"));
    let mut cache = ParagraphCache::default();
    let findings = analyze(&text, Format::Plain, &Config::default(), &mut cache).findings;
    let names: Vec<(usize, usize)> = ["Rodr guez", "H ctor", "Pag n", "Col n"]
        .iter()
        .flat_map(|n| text.match_indices(n).map(|(i, m)| (i, i + m.len())))
        .collect();
    assert!(names.len() > 10);
    for f in findings.iter().filter(|f| f.code.starts_with("typo/")) {
        assert!(
            !names
                .iter()
                .any(|&(a, b)| f.span.start < b && a < f.span.end),
            "{}: {:?}",
            f.code,
            &text[f.span.start..f.span.end]
        );
    }
}
