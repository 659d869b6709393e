//! False alarms of the typo pass on 60 California Court of Appeal slip opinions of 2025–26
//! that no set or corpus reads (session 31's precision sample), as real passages
//! (tests/fixtures/typos-passages-r31.txt; source in tests/fixtures/TYPOS-SOURCES.md): each
//! passage draws nothing now, and the slips nearby are still found.

use super::typo_support::typo_findings;

const PASSAGES: &str = include_str!("../fixtures/typos-passages-r31.txt");

#[test]
fn the_california_passages_draw_no_typo_finding() {
    assert!(PASSAGES.split("\n\n").count() >= 8);
    assert_eq!(typo_findings(PASSAGES), Vec::<String>::new());
}

/// `(Rangel, at pp. 1214-1215.)`: a party of a citation is a name wherever the document
/// repeats it, in prose too; the same word cited nowhere is still a misspelling at a
/// sentence start.
#[test]
fn a_cited_party_is_a_name_in_its_short_form() {
    let passage = PASSAGES.split("\n\n").next().unwrap_or_default();
    assert!(passage.contains("(Rangel, at pp. 1214-1215.)"));
    assert_eq!(typo_findings(passage), Vec::<String>::new());
    // (A surname one letter from a noun, `Rangel`, is a name anyway since typos-r31: the control
    // takes one that is not. Since round 32 one opening a sentence as the subject of a past
    // verb is a name too, `Glancy testified`: the control sets it off with a comma.)
    let prose = "The witness left. Glancy, the driver, testified that he saw the car.";
    assert!(
        typo_findings(prose).iter().any(|f| f.contains("Glancy")),
        "{:?}",
        typo_findings(prose)
    );
    let cited = format!("{prose} (People v. Glancy (2016) 62 Cal.4th 1192, 1214.)");
    assert_eq!(typo_findings(&cited), Vec::<String>::new());
}

/// `Humes, P. J.` above `WE CONCUR:` signs the opinion.
#[test]
fn a_signature_line_names_its_judge() {
    assert_eq!(
        typo_findings("\nHumes, P. J.\n\nWE CONCUR:\n"),
        Vec::<String>::new()
    );
    assert_eq!(typo_findings("Banke, Acting P.J.\n"), Vec::<String>::new());
}

/// `D.S., his brother, and a friend were`: the last of a series is not the subject alone;
/// a clause after `, and` still is.
#[test]
fn a_series_subject_takes_a_plural_verb() {
    assert_eq!(
        typo_findings("One theft was at a gas station in San Jose, where D.S., his brother, and a friend were buying cigarettes.\n"),
        Vec::<String>::new()
    );
    assert!(
        typo_findings("The motion was denied, and the defendant were ordered to pay costs.\n")
            .iter()
            .any(|f| f.starts_with("typo/agreement"))
    );
}

/// `a jury question form asking`: a compound noun; `can come form asking` is still `from`.
#[test]
fn a_compound_noun_ending_in_form_is_the_noun() {
    assert_eq!(
        typo_findings(
            "Juror No. 11 submitted a jury question form asking to be excused from the jury.\n"
        ),
        Vec::<String>::new()
    );
    assert!(typo_findings("One clue to the gravamen of a complaint can come form asking a pair of hypothetical questions.\n")
        .iter()
        .any(|f| f.contains("\"form\"")));
}

/// `a pre-printed form requesting`: the article before the hyphenated participle makes it
/// an adjective of the noun `form` (a second sample of 60 unseen opinions).
#[test]
fn a_form_after_a_hyphenated_participle_is_the_noun() {
    assert_eq!(
        typo_findings("In January 2025, Mendez submitted a pre-printed form requesting recall of his sentence.\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        typo_findings("(Bedard v. City of Los Angeles (2024) 106 Cal.App.5th 442, 453–454 (Bedard), rehg. den. Nov. 21, 2024, review den. Jan. 15, 2025.)\n"),
        Vec::<String>::new()
    );
}
