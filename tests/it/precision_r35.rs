//! False alarms of the typo pass on trial-court filings (session 35's precision sample: 210
//! district-court and bankruptcy filings as freelawproject/x-ray keeps their PDFs), as real
//! passages (tests/fixtures/precision/trial-r35/, sources in tests/fixtures/precision/SOURCES.md)
//! and one real PDF (tests/fixtures/pdf/): each draws nothing now, and the slips of the same
//! filings are still found.

use std::path::Path;

use super::typo_support::typo_findings;

const PASSAGES: &str = include_str!("../fixtures/precision/trial-r35/passages.txt");

/// Words of expert reports, transcripts and motions (`asystole`, `videographer`, `subro`,
/// `voir dired`, `phablets`, `dkts.`), `an SoC`, a DOI with its label, a plural left open
/// (`part(ies)`), a URL written with one slash, a table's header row read across, and an
/// exhibit's letter (`Ex. A at 9-10`).
#[test]
fn the_trial_court_passages_draw_no_typo_finding() {
    assert!(PASSAGES.split("\n\n").count() >= 40);
    for passage in PASSAGES.split("\n\n") {
        assert_eq!(typo_findings(passage), Vec::<String>::new(), "{passage}");
    }
}

/// A declaration's signature page scanned and given an OCR layer set in Times-Roman, one of
/// the fourteen standard fonts, with no `/Widths` (N.D. Cal. 3:18-mc-80132, Doc. 16-6, page
/// 4): read with the font's own widths, the words keep the spaces the layer has between
/// them (it read `declareunderpenaltyofperjuryunderthelaws` with one average width for
/// every letter).
#[test]
fn an_ocr_layer_in_a_standard_font_keeps_its_word_spaces() {
    let rel = "pdf/gov.uscourts.cand.330704.16.6_1.pdf";
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel);
    let bytes = std::fs::read(path).expect("fixture");
    let converted = plead::formats::convert(&bytes, rel).expect("a readable PDF");
    let text = &converted.text;
    assert!(
        text.contains(
            "I declare under penalty of perjury under the laws of the United States of America"
        ),
        "{text}"
    );
    assert!(text.contains("foregoing is true and correct."), "{text}");
    let findings = typo_findings(text);
    assert!(
        !findings
            .iter()
            .any(|f| f.contains("declareunder") || f.contains("foregoingis")),
        "{findings:?}"
    );
}

fn flags(text: &str, word: &str) -> bool {
    typo_findings(text)
        .iter()
        .any(|f| f.contains(&format!("\"{word}\"")))
}

/// The slips of the same filings are still reported, and the guards stay narrow: a word
/// set twice (not three times) is a doubled word, and `A` after a word that labels no
/// exhibit is still an article.
#[test]
fn the_filings_own_slips_are_still_found() {
    assert!(flags(
        "The Court notes that both parties erred when they justifed why they used a 3G PSR to unpack a combined 2G/3G rate.\n",
        "justifed"
    ));
    assert!(flags(
        "The Court also finds that this statement should be be excluded at trial because Flores was not a party.\n",
        "be be"
    ));
    assert!(flags(
        "He has testified as an expert witness over 100 times. Dr. Ordover is a Emeritus Professor of Economics at New York University.\n",
        "a"
    ));
    assert!(flags(
        "The Court finds that the following rate are supported by the record and adopts them.\n",
        "are"
    ));
    assert!(flags(
        "Its claim rests on the use of NantWorks’s Advanced Mobile Deposit Software Software and is therefore preempted.\n",
        "Software Software"
    ));
    assert!(flags(
        "The table lists the Performance Performance of each fund for the year.\n",
        "Performance Performance"
    ));
    assert!(flags(
        "The exhibits are listed in the appendix. A argument of that kind fails.\n",
        "A"
    ));
    assert!(flags(
        "The defendant filed a motion that misspelled pharmacokintecs in its heading.\n",
        "pharmacokintecs"
    ));
}
