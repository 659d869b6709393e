//! The prose view of the seed order: gutters, page breaks and tags removed,
//! citations continuous, offsets mapped back exactly.

use plead::analysis::Span;
use plead::document::{BlockKind, Document, Format};

const SEED: &str = include_str!("../fixtures/ayobi-order.txt");

fn seed() -> Document {
    Document::parse(SEED, Format::Plain)
}

/// The paragraph whose logical text contains `needle`, and the logical span of it.
fn find(doc: &Document, needle: &str) -> (usize, Span) {
    for (i, p) in doc.paragraphs.iter().enumerate() {
        if let Some(at) = p.text.find(needle) {
            return (i, Span::new(at, at + needle.len()));
        }
    }
    panic!(
        "{needle:?} not in any paragraph:\n{:#?}",
        doc.paragraphs.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
}

#[test]
fn seed_is_pleading_paper_with_two_pages() {
    let doc = seed();
    assert!(doc.pleading_paper);
    assert_eq!(doc.pages.count(), 2);
    let page2 = SEED.find("Pueblo of Laguna").unwrap();
    assert_eq!(doc.pages.page_at(page2), 2);
    assert_eq!(
        doc.pages.page_at(SEED.find("American LegalNet").unwrap()),
        1
    );
}

#[test]
fn page_two_short_citation_is_one_span_across_the_line_break() {
    let doc = seed();
    let (i, span) = find(&doc, "American LegalNet, Inc. , 673 F.Supp.2d at 1072");
    let p = &doc.paragraphs[i];
    let source = p.to_source(span);
    // Starts at the underlined name on gutter line 5, ends after the pin on gutter line 6.
    let start = SEED.find("American LegalNet, Inc.</u> , 673").unwrap();
    let end = SEED.find("F.Supp.2d at 1072").unwrap() + "F.Supp.2d at 1072".len();
    assert_eq!(source, Span::new(start, end));
    // The underline is kept as emphasis over the case name.
    let name = Span::new(span.start, span.start + "American LegalNet, Inc.".len());
    assert!(p.is_emphasized(name), "{:?}", p.emphasis);
    // The gutter "6" between the lines must not be overwritten by an edit of the whole cite...
    assert!(!p.is_editable(span));
    // ...but the reporter on its own line can be fixed.
    let reporter = p.text[span.start..span.end].find("F.Supp.2d").unwrap() + span.start;
    let reporter = Span::new(reporter, reporter + "F.Supp.2d".len());
    assert!(p.is_editable(reporter));
    assert_eq!(
        &SEED[p.to_source(reporter).start..p.to_source(reporter).end],
        "F.Supp.2d"
    );
}

#[test]
fn full_citation_continues_across_the_page_break() {
    let doc = seed();
    let (i, span) = find(
        &doc,
        "American LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063, 1071 (C.D. Cal. 2009) (quoting Pueblo of Laguna v. United States, 60 Fed. Cl. 133, 135-36 (2004)).",
    );
    let source = doc.paragraphs[i].to_source(span);
    assert_eq!(
        source.start,
        SEED.find("American LegalNet, Inc. v. Davis").unwrap()
    );
    assert_eq!(
        source.end,
        SEED.find("(2004)).").unwrap() + "(2004)).".len()
    );
}

#[test]
fn leon_citation_is_contiguous() {
    let doc = seed();
    let (i, span) = find(
        &doc,
        "Leon v. IDX Systems Corp. , 464 F.3d 951, 959 (9th Cir. 2006).",
    );
    let source = doc.paragraphs[i].to_source(span);
    assert_eq!(source.start, SEED.find("Leon v. IDX").unwrap());
    assert_eq!(
        source.end,
        SEED.find("(9th Cir. 2006).").unwrap() + "(9th Cir. 2006).".len()
    );
    let p = &doc.paragraphs[i];
    let systems = p.text.find("Systems").unwrap();
    let s = p.to_source(Span::new(systems, systems + 7));
    assert_eq!(&SEED[s.start..s.end], "Systems");
}

#[test]
fn gutter_and_page_numbers_never_reach_the_logical_text() {
    let doc = seed();
    for p in &doc.paragraphs {
        assert!(!p.text.contains('\t'), "{:?}", p.text);
        assert!(!p.text.contains("  "), "{:?}", p.text);
        assert!(
            !p.text.contains("<u>") && !p.text.contains("</u>"),
            "{:?}",
            p.text
        );
    }
    let all: String = doc
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("Plaintiff Shajia Ayobi is appearing pro se and in forma pauperis in this civil rights action pursuant to 42 U.S.C. § 1983."));
    assert!(all.contains("Generalized, unsupported concerns simply to not suffice."));
    // Joins across gutter lines, the out-of-sequence "23 24" and "20", and the page break.
    for join in [
        "is appearing pro se",
        "evidence, filed on September 18, 2018.",
        "to preserve evidence. Plaintiff is advised that",
        "as part of their general authority 'to manage",
        "expeditious disposition of cases.",
        "(quoting Pueblo of Laguna",
        "pendency of this action.",
    ] {
        assert!(all.contains(join), "{join:?} missing in:\n{all}");
    }
    // Page numbers and gutter numbers would appear as numbers after a sentence or a word.
    assert!(!all.contains("ORDERED. 2"));
    assert!(!all.contains(" 2 "), "{all}");
    assert!(!all.contains(" 28 "), "{all}");
}

#[test]
fn caption_is_extracted() {
    let doc = seed();
    let c = doc.caption.as_ref().expect("caption");
    assert_eq!(c.case_number.as_deref(), Some("1:17-cv-00693-DAD-SAB (PC)"));
    assert_eq!(c.plaintiffs, vec!["SHAJIA AYOBI".to_string()]);
    assert_eq!(c.defendants, vec!["DERRAL G. ADAMS".to_string()]);
    assert!(
        c.court
            .as_deref()
            .unwrap_or("")
            .contains("EASTERN DISTRICT OF CALIFORNIA"),
        "{:?}",
        c.court
    );
    assert_eq!(
        c.title.as_deref(),
        Some("ORDER DENYING PLAINTIFF'S MOTION TO PRESERVE AND PRODUCE EVIDENCE")
    );
    assert_eq!(c.record_refs.len(), 1);
    let (text, span) = &c.record_refs[0];
    assert_eq!(text, "[ECF No. 34]");
    assert_eq!(&SEED[span.start..span.end], "[ECF No. 34]");
    let caption_paras: Vec<_> = doc
        .paragraphs
        .iter()
        .filter(|p| p.kind == BlockKind::Caption)
        .collect();
    assert!(caption_paras
        .iter()
        .any(|p| p.text.contains("UNITED STAT FES DISTRICT COURT")));
    // The body is not part of the caption.
    assert!(doc.paragraphs.iter().any(
        |p| p.kind == BlockKind::Body && p.text.contains("Plaintiff Shajia Ayobi is appearing")
    ));
}

#[test]
fn locate_maps_source_offsets_to_paragraphs() {
    let doc = seed();
    let at = SEED.find("spoliation").unwrap();
    let (i, logical) = doc.locate(at).expect("inside a paragraph");
    assert!(doc.paragraphs[i].text[logical..].starts_with("spoliation"));
}

#[test]
fn markdown_markup_is_removed_and_emphasis_kept() {
    let md = "---\ntitle: Brief\n---\n# Argument\n\nUnder *Ashcroft v. Iqbal*, 556 U.S. 662 (2009), a claim\nneeds facts. _Id._ at 678. See [the rule](https://example.com/rule).\n\n```\ncode is skipped\n```\n\n> A quoted\n> block.\n\n- item one\n- item two\n";
    let doc = Document::parse(md, Format::Markdown);
    let texts: Vec<_> = doc
        .paragraphs
        .iter()
        .map(|p| (p.kind, p.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        vec![
            (BlockKind::Heading(1), "Argument"),
            (
                BlockKind::Body,
                "Under Ashcroft v. Iqbal, 556 U.S. 662 (2009), a claim needs facts. Id. at 678. See the rule."
            ),
            (BlockKind::BlockQuote, "A quoted block."),
            (BlockKind::ListItem, "item one"),
            (BlockKind::ListItem, "item two"),
        ]
    );
    let p = &doc.paragraphs[1];
    let name = p.text.find("Ashcroft v. Iqbal").unwrap();
    assert!(p.is_emphasized(Span::new(name, name + "Ashcroft v. Iqbal".len())));
    let id = p.text.find("Id.").unwrap();
    assert!(p.is_emphasized(Span::new(id, id + 3)));
    let s = p.to_source(Span::new(name, name + 8));
    assert_eq!(&md[s.start..s.end], "Ashcroft");
}

#[test]
fn hyphenated_line_break_is_mended_and_form_feed_breaks_pages() {
    let text = "The duty of preser-\nvation attaches early.\n\x0cSecond page text.\n";
    let doc = Document::parse(text, Format::Plain);
    // Sentences continue across page breaks, as on pleading paper.
    assert_eq!(
        doc.paragraphs[0].text,
        "The duty of preservation attaches early. Second page text."
    );
    let p = &doc.paragraphs[0];
    let at = p.text.find("preservation").unwrap();
    let s = p.to_source(Span::new(at, at + "preservation".len()));
    assert_eq!(&text[s.start..s.end], "preser-\nvation");
    assert_eq!(doc.pages.count(), 2);
    assert_eq!(doc.pages.page_at(text.find("Second").unwrap()), 2);
}

#[test]
fn soft_hyphen_at_a_line_end_joins_the_word() {
    let text = "rejected in McLaurin v. Okla\u{AD}\nhoma State Regents, 339 U. S. 637.\n";
    let doc = Document::parse(text, Format::Plain);
    assert!(
        doc.paragraphs[0].text.contains("Okla\u{AD}homa State"),
        "{:?}",
        doc.paragraphs[0].text
    );
}

#[test]
fn crlf_and_multibyte_text_map_exactly() {
    let text = "Caf\u{e9} \u{1F600} under 42 U.S.C. \u{a7} 1983,\r\nand more.\r\n";
    let doc = Document::parse(text, Format::Plain);
    let p = &doc.paragraphs[0];
    assert_eq!(
        p.text,
        "Caf\u{e9} \u{1F600} under 42 U.S.C. \u{a7} 1983, and more."
    );
    let at = p.text.find("and").unwrap();
    let s = p.to_source(Span::new(at, at + 3));
    assert_eq!(&text[s.start..s.end], "and");
}

#[test]
fn page_numbers_before_form_feeds_are_footers_not_extra_pages() {
    // As pdftotext writes pages: text, blank line, page number, form feed.
    let text = "First page ends here.\n\n1\n\x0cSecond page.\n\n2\n\n\x0cThird page.\n3\x0c";
    let doc = Document::parse(text, Format::Plain);
    assert_eq!(
        doc.pages.count(),
        3,
        "a form feed at the very end opens no empty page"
    );
    assert_eq!(doc.pages.page_at(text.find("Second").unwrap()), 2);
    assert_eq!(doc.pages.page_at(text.find("Third").unwrap()), 3);
    let all: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        all,
        vec!["First page ends here.", "Second page.", "Third page."]
    );
}

#[test]
fn heading_right_after_the_caption_is_a_heading() {
    let mut text = String::new();
    for (n, line) in SEED.lines().enumerate() {
        text.push_str(line);
        text.push('\n');
        if line.starts_with("16\t\t_)") {
            // A heading typed on the line after the caption, no blank line between.
            text.push_str(&format!("{}\tTABLE OF AUTHORITIES\n", n + 2));
        }
    }
    let doc = Document::parse(&text, Format::Plain);
    let heading = doc
        .paragraphs
        .iter()
        .find(|p| p.text == "TABLE OF AUTHORITIES")
        .expect("a paragraph");
    assert_eq!(heading.kind, BlockKind::Heading(1));
}

/// Reusing the paragraphs of the previous version (as every keystroke does) gives the
/// same prose view as parsing from scratch: texts, kinds, emphasis, source ranges, and
/// the source offset of every logical offset.
mod reuse {
    use super::*;
    use plead::document::ParagraphReuse;
    use proptest::prelude::*;

    const MOTION: &str = include_str!("../../examples/motion.md");

    fn assert_same_view(reused: &Document, fresh: &Document) {
        assert_eq!(reused.paragraphs.len(), fresh.paragraphs.len());
        for (a, b) in reused.paragraphs.iter().zip(&fresh.paragraphs) {
            assert_eq!(a.text, b.text);
            assert_eq!(a.kind, b.kind);
            assert_eq!(a.emphasis, b.emphasis);
            assert_eq!(a.source, b.source);
            for offset in (0..=a.text.len()).filter(|&o| a.text.is_char_boundary(o)) {
                let span = Span::new(offset, offset);
                assert_eq!(a.to_source(span), b.to_source(span), "offset {offset}");
                assert_eq!(a.is_editable(span), b.is_editable(span));
            }
        }
    }

    /// Applies `edits` (position as a fraction of the length, bytes to delete, text to
    /// insert) one by one, comparing the reused view with a fresh one after each.
    fn check(start: &str, format: Format, edits: &[(f64, usize, String)]) {
        let mut reuse = ParagraphReuse::default();
        let mut text = start.to_string();
        Document::parse_reusing(&text, format, &mut reuse);
        for (at, delete, insert) in edits {
            let mut start = ((text.len() as f64) * at) as usize;
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + delete).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            text.replace_range(start..end, insert);
            let reused = Document::parse_reusing(&text, format, &mut reuse);
            assert_same_view(&reused, &Document::parse(&text, format));
        }
    }

    fn edits() -> impl Strategy<Value = Vec<(f64, usize, String)>> {
        let insert = prop_oneof![
            Just(String::new()),
            Just("x".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("-\n".to_string()),
            Just("<u>".to_string()),
            Just("</u>".to_string()),
            Just("*".to_string()),
            Just("\t".to_string()),
            Just("§".to_string()),
            Just("12\t".to_string()),
        ];
        prop::collection::vec((0.0..1.0f64, 0usize..4, insert), 1..12)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn edits_to_the_seed_order(edits in edits()) {
            check(SEED, Format::Plain, &edits);
        }

        #[test]
        fn edits_to_a_markdown_motion(edits in edits()) {
            check(MOTION, Format::Markdown, &edits);
        }
    }
}
