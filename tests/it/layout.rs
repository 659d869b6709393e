//! The layout-aware prose view on real opinions as courts publish their plain text
//! (double-spaced, hard-wrapped, page numbers and footnotes between the lines) and as
//! pdftotext extracts a filed PDF (ECF header stamps, form feeds): citations and words the
//! layout cut in two are whole again, furniture is not prose, offsets stay exact.

use std::sync::LazyLock;

use plead::analysis::{Finding, ParagraphCache, Span};
use plead::config::Config;
use plead::document::{BlockKind, Document, Format, ParagraphReuse, WordList};
use regex::Regex;

const O001: &str = include_str!("../fixtures/wrapped/001.txt");
const O002: &str = include_str!("../fixtures/wrapped/002.txt");
const O020: &str = include_str!("../fixtures/wrapped/020.txt");
const O026: &str = include_str!("../fixtures/wrapped/026.txt");
const PDFTOTEXT: &str = include_str!("../fixtures/wrapped/ca1-20-1507-pdftotext.txt");

const ALL: [(&str, &str); 5] = [
    ("001", O001),
    ("002", O002),
    ("020", O020),
    ("026", O026),
    ("ca1-20-1507", PDFTOTEXT),
];

/// The view as the analysis builds it: with the dictionary mending hyphenation.
fn view(text: &str) -> Document {
    let words: &dyn WordList = plead::typos::dictionary();
    Document::parse_with(
        text,
        Format::Plain,
        Some(words),
        &mut ParagraphReuse::default(),
    )
}

fn findings(text: &str) -> Vec<Finding> {
    plead::engine::analyze(
        text,
        Format::Plain,
        &Config::default(),
        &mut ParagraphCache::default(),
    )
    .findings
}

/// The paragraph whose text contains `needle`, and the logical span of it.
fn find(doc: &Document, needle: &str) -> (usize, Span) {
    for (i, p) in doc.paragraphs.iter().enumerate() {
        if let Some(at) = p.text.find(needle) {
            return (i, Span::new(at, at + needle.len()));
        }
    }
    panic!("{needle:?} is in no paragraph");
}

/// The source range of `needle` as found in the view.
fn source_of(doc: &Document, needle: &str) -> Span {
    let (i, span) = find(doc, needle);
    doc.paragraphs[i].to_source(span)
}

/// Lines that are page furniture in these files: a page number or `-2-` alone, or an
/// ECF header stamp.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \x0c]*(?:-\s*\d{1,3}\s*-|\d{1,3}|Case: 20-1507 .*Entry ID: \d+)[ ]*$")
        .unwrap()
});

#[test]
fn the_opinions_are_read_as_double_spaced_wrapped_text() {
    for (name, text) in ALL {
        let doc = view(text);
        assert!(doc.wrapped, "{name}");
        assert!(doc.double_spaced, "{name}");
        assert!(!doc.pleading_paper, "{name}");
    }
}

#[test]
fn furniture_never_reaches_the_prose() {
    let page_mark = Regex::new(r" -\d{1,2}- ").unwrap();
    for (name, text) in ALL {
        let doc = view(text);
        let mut seen = 0;
        for m in FURNITURE.find_iter(text) {
            let at = m.start() + (m.as_str().len() - m.as_str().trim_start().len());
            // Standalone numbers inside footnotes or lists are not page numbers: only
            // those with blank lines (or other furniture) around them are checked.
            let before_blank = text[..m.start()]
                .trim_end_matches([' ', '\x0c'])
                .ends_with('\n');
            if !before_blank {
                continue;
            }
            seen += 1;
            if let Some((i, logical)) = doc.locate(at) {
                let p = &doc.paragraphs[i];
                let shown = &p.text[logical..];
                let printed = m.as_str().trim().trim_matches('-').trim();
                assert!(
                    !shown.starts_with(printed) || p.to_source_offset(logical) != at,
                    "{name}: furniture {:?} is prose in {:?}",
                    m.as_str(),
                    p.text
                );
            }
        }
        assert!(seen >= 5, "{name}: only {seen} page numbers found");
        // The running text never shows a page mark or stamp between its words.
        for p in &doc.paragraphs {
            assert!(
                !p.text.contains("Document: 00117684624"),
                "{name}: {:?}",
                p.text
            );
            assert!(!page_mark.is_match(&p.text), "{name}: {:?}", p.text);
        }
    }
}

#[test]
fn citations_cut_by_the_blank_line_are_whole() {
    // `(1st` ⏎ ⏎ `Cir. 1991)`: one citation, mapped to exact source characters.
    let doc = view(O002);
    let cite = "McBride v. Taylor, 924 F.2d 386, 389 (1st Cir. 1991)";
    let s = source_of(&doc, cite);
    assert_eq!(s.start, O002.find("McBride  v. Taylor").unwrap());
    assert_eq!(
        s.end,
        O002.find("Cir. 1991); see Anderson").unwrap() + "Cir. 1991)".len()
    );
    // A case name underlined across the break (a line of blanks left under it).
    find(
        &doc,
        "See Rogers v. Fair, 902 F.2d 140, 143 (1st Cir. 1990).",
    );

    let doc = view(O026);
    find(
        &doc,
        "Stauble v. Warrob, Inc., 977 F.2d 690, 693 (1st Cir. 1992)",
    );

    // pdftotext of the filed PDF: justified spacing, double spacing, a stamp per page.
    let doc = view(PDFTOTEXT);
    find(
        &doc,
        "Whitfield v. Mun. of Fajardo, 564 F.3d 40, 44 (1st Cir. 2009)",
    );
    find(
        &doc,
        "Nwaubani v. Grossman, 806 F.3d 677, 680 (1st Cir. 2015)",
    );
    find(
        &doc,
        "Cobell v. Kempthorne, 455 F.3d 317, 322-23 (D.C. Cir. 2006)",
    );
}

/// Whether a finding's source range crosses a page number, a `-2-` mark or a stamp.
fn crosses_furniture(text: &str, span: Span) -> bool {
    FURNITURE
        .find_iter(text)
        .any(|m| span.start < m.start() && m.end() < span.end)
}

#[test]
fn no_layout_cut_citation_findings_and_none_across_furniture() {
    for (name, text) in ALL {
        let doc = view(text);
        for f in findings(text) {
            let source = &text[f.span.start..f.span.end];
            assert!(
                !crosses_furniture(text, f.span),
                "{name}: {} across page furniture: {source:?}",
                f.code
            );
            // An unclosed parenthetical or a missing court and year where the line
            // breaks before the parenthesis closes: the view must have read on across
            // the break (what is still reported then is the citation's own doing, as
            // `(1st` ⏎ ⏎ `Cir.), cert. denied, 493 U.S. 820 (1989)`).
            if f.code == "citation/parentheses" || f.code == "citation/court-year-missing" {
                let line_end = text[f.span.end..]
                    .find('\n')
                    .map_or(text.len(), |i| f.span.end + i);
                if text[f.span.end..line_end].contains(')') {
                    continue;
                }
                let next_line = line_end
                    + text[line_end..]
                        .find(|c: char| !c.is_whitespace())
                        .unwrap_or(0);
                let (i, _) = doc
                    .locate(f.span.start)
                    .expect("a finding lies in a paragraph");
                assert!(
                    doc.paragraphs[i].source.end > next_line,
                    "{name}: {} where the paragraph stops at a line break: {source:?}",
                    f.code
                );
            }
        }
    }
}

#[test]
fn hyphenation_is_mended_across_blank_lines_and_compounds_are_kept() {
    let doc = view(O001);
    // `prelim-` ⏎ ⏎ `inary`: one word, mapped back over the break.
    let s = source_of(&doc, "preliminary matters");
    assert!(
        O001[s.start..s.end].starts_with("prelim-\n\ninary"),
        "{:?}",
        &O001[s.start..s.end]
    );
    find(&doc, "executed it as designated escrow agents");
    // Across a page number and a footnote: `Mataraz-` ⏎ `zo` two lines on.
    find(&doc, "Ruhland sold HTI to Anthony Matarazzo.");
    // Hyphenated compounds broken at their hyphen keep it.
    find(&view(O002), "post-traumatic");
    find(&view(O020), "non-exhaustive");
    let doc = view(O026);
    find(&doc, "two-deep");
    find(&doc, "one-half");
    // No paragraph keeps a hyphen-and-space left over from a line break.
    let leftover = Regex::new(r"[a-z]- [a-z]").unwrap();
    for (name, text) in ALL {
        for p in &view(text).paragraphs {
            for m in leftover.find_iter(&p.text) {
                // "pre- or post-operative" is how the text reads.
                let around =
                    &p.text[m.start().saturating_sub(12)..(m.end() + 12).min(p.text.len())];
                assert!(
                    around.contains(" or ") || around.contains(" and "),
                    "{name}: {around:?}"
                );
            }
        }
    }
}

#[test]
fn no_misspelling_is_a_half_of_a_hyphenated_word() {
    let at_break = Regex::new(r"-[ ]*\n[ \n]*$").unwrap();
    for (name, text) in ALL {
        for f in findings(text)
            .iter()
            .filter(|f| f.code == "typo/misspelling")
        {
            let word = &text[f.span.start..f.span.end];
            let before = &text[..f.span.start];
            let after = &text[f.span.end..];
            assert!(!at_break.is_match(before), "{name}: second half {word:?}");
            // A first half, if what follows the break goes on in lowercase (a hyphen
            // before a capital joins names: `Gutiérrez-` ⏎ `Rodríguez`).
            if let Some(rest) = after.strip_prefix("-\n") {
                let next = rest.trim_start().chars().next().unwrap_or(' ');
                assert!(!next.is_lowercase(), "{name}: first half {word:?}");
            }
        }
    }
}

#[test]
fn footnotes_are_set_apart_and_the_sentence_they_interrupt_goes_on() {
    let doc = view(O001);
    // The sentence runs across the footnote, its separator and the page number.
    let (body, span) = find(
        &doc,
        "an escrow fund containing at least $502,000 with which all HTI customer overpayments were to be refunded by December 31, 1988.",
    );
    let (note, note_span) = find(
        &doc,
        "The ICC complaint did not name the Holmes parties as defendants",
    );
    assert_eq!(
        note_span.start, 0,
        "the footnote number is not part of its text"
    );
    assert!(
        note > body,
        "the footnote follows the paragraph it interrupts"
    );
    let body_source = doc.paragraphs[body].to_source(span);
    let note_source = doc.paragraphs[note].source;
    assert!(body_source.start < note_source.start && note_source.end < body_source.end);
    // The cursor finds the footnote inside the paragraph's range, and the paragraph
    // on either side of it.
    let in_note = O001.find("3,485 duplicate payments").unwrap();
    assert_eq!(doc.locate(in_note).map(|(i, _)| i), Some(note));
    let after_note = O001.find("overpayments  were  to be  refunded").unwrap();
    assert_eq!(doc.locate(after_note).map(|(i, _)| i), Some(body));
    // An edit across the footnote would destroy it: not offered.
    let across = doc.paragraphs[body]
        .text
        .find("customer overpayments")
        .unwrap();
    assert!(!doc.paragraphs[body].is_editable(Span::new(across, across + 21)));

    // 2010 PDF text: the footnote number alone on its line, `-2-` right before the text.
    let doc = view(O020);
    find(&doc, "A third was filed in October 2002 and served on both Norwest (listed as holding the mortgage)");
    let (note, span) = find(
        &doc,
        "Ameriquest's practices appear to have been less than exemplary.",
    );
    assert_eq!(span.start, 0);
    assert_eq!(doc.paragraphs[note].kind, BlockKind::Body);
}

#[test]
fn headings_quotes_and_overstruck_lines() {
    let doc = view(O026);
    // "CYR, Circuit Judge." typed twice to underline it: the copy is not prose.
    find(
        &doc,
        "CYR, Circuit Judge. This admiralty action stems from a nighttime collision",
    );
    let (i, _) = find(&doc, "Standard of Review");
    assert_eq!(doc.paragraphs[i].kind, BlockKind::Heading(1));
    assert_eq!(doc.paragraphs[i].text, "a. Standard of Review");
    let doc = view(O001);
    let (i, _) = find(&doc, "BACKGROUND");
    assert_eq!(doc.paragraphs[i].kind, BlockKind::Heading(1));
    // A single-spaced, indented quotation inside a footnote is a block quote.
    let (i, _) = find(
        &doc,
        "Mr. Robbins [an attorney for the ICC] alluded to negotiations",
    );
    assert_eq!(doc.paragraphs[i].kind, BlockKind::BlockQuote);
}

#[test]
fn ecf_stamps_are_furniture_and_number_the_pages() {
    let doc = view(PDFTOTEXT);
    assert_eq!(doc.pages.count(), 17);
    // The stamp's page number is the page's number.
    let at = PDFTOTEXT.find("I. BACKGROUND").unwrap();
    assert_eq!(doc.pages.page_at(at), 4);
    for p in &doc.paragraphs {
        assert!(!p.text.contains("Entry ID"), "{:?}", p.text);
    }
}

#[test]
fn furniture_of_every_kind_in_running_text() {
    // Stamps, `Page x of y`, `- 2 -` marks and a running head between the lines of one
    // sentence: the sentence reads on, the pages are counted once each.
    let text = "\
Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 1 of 3 Page ID #:365
The motion is denied because the plaintiff has not shown that the
defendants' conduct caused the harm alleged in the complaint, and
Page 1 of 3
Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 2 of 3 Page ID #:366
SMITH v. JONES ORDER
the record does not support a different view of the evidence that
- 2 -
Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 3 of 3 Page ID #:367
SMITH v. JONES ORDER
was presented at the hearing on the motion for summary judgment, which
Page 3 of 3
";
    let doc = Document::parse(text, Format::Plain);
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(
        texts.contains(&"The motion is denied because the plaintiff has not shown that the defendants' conduct caused the harm alleged in the complaint, and the record does not support a different view of the evidence that was presented at the hearing on the motion for summary judgment, which"),
        "{texts:#?}"
    );
    assert_eq!(doc.pages.count(), 3);
    assert_eq!(doc.pages.page_at(text.find("the record").unwrap()), 2);
    assert_eq!(doc.pages.page_at(text.find("was presented").unwrap()), 3);
}

#[test]
fn hard_wrapped_single_spaced_text_keeps_its_paragraphs() {
    // Paragraphs marked by a first-line indent only, no blank line between them.
    let mut text = String::new();
    for n in 0..4 {
        text.push_str("     The first line of a paragraph is set in and the text runs on to\n");
        for _ in 0..3 {
            text.push_str(&format!(
                "the wrap column as a typewriter would set it, line after line {n}\n"
            ));
        }
        text.push_str("and then it ends short.\n");
    }
    let doc = Document::parse(&text, Format::Plain);
    assert!(doc.wrapped && !doc.double_spaced);
    assert_eq!(
        doc.paragraphs.len(),
        4,
        "{:#?}",
        doc.paragraphs.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
    assert!(doc.paragraphs[0].text.ends_with("and then it ends short."));
}

/// A Supreme Court slip opinion as pdftotext extracts it: single-spaced, two-line running
/// heads at every page boundary (`4   FISHER v. UNIVERSITY …` or `Cite as: 570 U. S. ____
/// (2013)   5` over `Opinion of the Court` or `THOMAS, J., concurring`), footnotes under a
/// `——————` rule at the page foot, soft hyphens.
const FISHER: &str = include_str!("../fixtures/opinions/005-fisher-v-univ-of-texas.txt");

/// Whether the source character at `at` is in the prose view (not furniture between).
fn in_prose(doc: &Document, at: usize) -> bool {
    doc.paragraphs.iter().any(|p| {
        p.to_logical(at)
            .is_some_and(|l| l < p.text.len() && p.to_source_offset(l) == at)
    })
}

#[test]
fn running_heads_of_a_slip_opinion_are_not_prose() {
    let doc = view(FISHER);
    assert!(doc.wrapped && !doc.double_spaced);
    let head = Regex::new(
        r"(?m)^[ ]*(?:\(Slip Opinion\) .*|Cite as: 570 U\. S\. ____ \(2013\) +\d+|\d+ +FISHER v\. UNIVERSITY OF TEXAS AT AUSTIN|Opinion of the Court|[A-Z]+, J\., (?:concurring|dissenting))[ ]*$",
    )
    .unwrap();
    let mut heads = 0;
    for m in head.find_iter(FISHER) {
        let at = m.start() + (m.as_str().len() - m.as_str().trim_start().len());
        assert!(
            !in_prose(&doc, at),
            "a running head is prose: {:?}",
            m.as_str()
        );
        heads += 1;
    }
    // Two head lines on each of the 40 pages after the first (the slip stamp).
    assert!(heads >= 75, "{heads}");
}

#[test]
fn words_hyphenated_at_a_page_foot_are_whole_past_footnotes_and_running_heads() {
    let doc = view(FISHER);
    // `automat-` ⏎ ⏎ `4   FISHER …` ⏎ ⏎ `Opinion of the Court` ⏎ ⏎ `ically`.
    let s = source_of(&doc, "which automatically awarded points");
    let source = &FISHER[s.start..s.end];
    assert!(source.starts_with("which automat-\n"), "{source:?}");
    assert!(source.contains("Opinion of the Court"), "{source:?}");
    assert!(source.ends_with("\nically awarded points"), "{source:?}");
    // `rela-` ⏎ `——————` ⏎ a footnote ⏎ `Cite as: …` ⏎ `THOMAS, J., concurring` ⏎
    // `tionship`: the sentence and its citation go on after the footnote.
    let (body, span) = find(
        &doc,
        "the order had “a definite and close relationship to the prevention of espionage and sabotage.” 323 U. S., at 217–218.",
    );
    let s = doc.paragraphs[body].to_source(span);
    assert!(FISHER[s.start..s.end].contains("——————"));
    let (note, note_span) = find(
        &doc,
        "The standard of “pressing public necessity” is more frequently called a “compelling governmental interest.”",
    );
    assert_eq!(note_span.start, 0, "the footnote number is set apart");
    assert!(note > body);
    // `dis-` ⏎ `Cite as: …  9` ⏎ `THOMAS, J., concurring` ⏎ `criminatory`.
    find(
        &doc,
        "the diversity obtained through its discriminatory admissions program",
    );
    // `dis-` ⏎ `——————` ⏎ footnote 4 ⏎ `18   FISHER …` ⏎ `THOMAS, …` ⏎ `crimination`.
    find(
        &doc,
        "the failure of defenders of racial discrimination in admissions to consider",
    );
    find(&doc, "The lowest possible score on the SAT is 600");
    // A footnote at the foot of the last page, numbered anew in its opinion:
    // `constitu-` ⏎ ⏎ `tional`.
    let (_, span) = find(
        &doc,
        "Because the University’s admissions policy, in my view, is constitutional under Grutter,",
    );
    assert_eq!(span.start, 0, "the footnote number is set apart");
    // A soft hyphen (U+00AD) joins the word; the invisible mark stays: `Okla\u{ad}` ⏎ `homa`.
    let s = source_of(&doc, "McLaurin v. Okla\u{ad}homa State Regents");
    assert!(FISHER[s.start..s.end].contains("Okla\u{ad}\nhoma"));
    find(&doc, "responded to the Hop\u{ad}wood decision");
    find(&doc, "In Grut\u{ad}ter, the Court reaffirmed");
    // A compound broken at its hyphen keeps it.
    find(&doc, "race-conscious admissions");
}

#[test]
fn no_misspelling_in_a_slip_opinion_is_half_a_word() {
    let found = findings(FISHER);
    let misspelt: Vec<&str> = found
        .iter()
        .filter(|f| f.code == "typo/misspelling")
        .map(|f| &FISHER[f.span.start..f.span.end])
        .collect();
    for half in [
        "automat",
        "ically",
        "rela",
        "tionship",
        "constitu",
        "tional",
        "crimination",
        "Okla",
        "homa",
    ] {
        assert!(!misspelt.contains(&half), "{half:?} in {misspelt:?}");
    }
    // Nor does a citation finding reach into a running head.
    for f in &found {
        let source = &FISHER[f.span.start..f.span.end];
        assert!(
            !source.contains("Cite as") && !source.contains("Opinion of the Court"),
            "{}: {source:?}",
            f.code
        );
    }
}

/// Reusing paragraphs while editing a double-spaced opinion (as every keystroke does)
/// gives the view a fresh parse gives: the layout is found for the whole document, so
/// an edit may change how far-away lines are read.
mod reuse {
    use super::*;
    use proptest::prelude::*;

    fn assert_same_view(reused: &Document, fresh: &Document) {
        assert_eq!(reused.paragraphs.len(), fresh.paragraphs.len());
        for (a, b) in reused.paragraphs.iter().zip(&fresh.paragraphs) {
            assert_eq!(a.text, b.text);
            assert_eq!(a.kind, b.kind);
            assert_eq!(a.source, b.source);
            for offset in (0..=a.text.len()).filter(|&o| a.text.is_char_boundary(o)) {
                let span = Span::new(offset, offset);
                assert_eq!(a.to_source(span), b.to_source(span), "offset {offset}");
                assert_eq!(a.is_editable(span), b.is_editable(span));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn edits_to_a_double_spaced_opinion(
            edits in prop::collection::vec(
                (0.0..1.0f64, 0usize..4, prop_oneof![
                    Just(String::new()),
                    Just("x".to_string()),
                    Just("\n".to_string()),
                    Just("\n\n".to_string()),
                    Just("-\n\n".to_string()),
                    Just("\n\n                                3\n\n".to_string()),
                    Just("          ".to_string()),
                    Just("\n                    \n\n     7The note.\n".to_string()),
                ]),
                1..8,
            )
        ) {
            let words: &dyn WordList = plead::typos::dictionary();
            // A slice of the opinion keeps each case quick.
            let mut text = O001[..12_000].to_string();
            let mut reuse = ParagraphReuse::default();
            Document::parse_with(&text, Format::Plain, Some(words), &mut reuse);
            for (at, delete, insert) in &edits {
                let mut start = ((text.len() as f64) * at) as usize;
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                let end = (start + delete).min(text.len());
                text.replace_range(start..end, insert);
                let reused = Document::parse_with(&text, Format::Plain, Some(words), &mut reuse);
                let fresh = Document::parse_with(&text, Format::Plain, Some(words), &mut ParagraphReuse::default());
                assert_same_view(&reused, &fresh);
            }
        }

        /// Text with a line per paragraph keeps its last layout while keystrokes stay
        /// inside long lines; edits that make a line furniture, a heading, a short or a
        /// blank line, or a copy of its neighbour's start, must give the fresh view.
        #[test]
        fn edits_to_an_opinion_with_a_line_per_paragraph(
            edits in prop::collection::vec(
                (0.0..1.0f64, 0usize..4, prop_oneof![
                    Just(String::new()),
                    Just("x".to_string()),
                    Just("\n".to_string()),
                    Just("\n2\n".to_string()),
                    Just("\nCase 1:20-cv-00001 Document 4 Filed 01/01/20 Page 2 of 3\n".to_string()),
                    Just("\nARGUMENT\n".to_string()),
                    Just("\n-3-\n".to_string()),
                    Just("\nThe Court\n".to_string()),
                ]),
                1..10,
            )
        ) {
            let words: &dyn WordList = plead::typos::dictionary();
            let mut text = ONE_LINE_PARAGRAPHS[..16_000].to_string();
            let mut reuse = ParagraphReuse::default();
            Document::parse_with(&text, Format::Plain, Some(words), &mut reuse);
            for (at, delete, insert) in &edits {
                let mut start = ((text.len() as f64) * at) as usize;
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                let mut end = (start + delete).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(start..end, insert);
                let reused = Document::parse_with(&text, Format::Plain, Some(words), &mut reuse);
                let fresh = Document::parse_with(&text, Format::Plain, Some(words), &mut ParagraphReuse::default());
                assert_same_view(&reused, &fresh);
                assert_eq!(reused.pages, fresh.pages);
            }
        }
    }

    /// A real opinion with one line per paragraph (the Supreme Court's text as published).
    const ONE_LINE_PARAGRAPHS: &str =
        include_str!("../fixtures/opinions/001-morse-v-frederick.txt");
}
