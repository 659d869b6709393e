//! Prints the prose view of a file: each paragraph's kind, source range and logical text.
//! `cargo run --example dump_view -- FILE`
use std::io::Write;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: dump_view FILE"))?;
    let text = std::fs::read_to_string(&path)?;
    // The word list the analysis lends the view (it mends hyphenated line breaks).
    let words: &dyn plead::document::WordList = plead::typos::dictionary();
    let doc = plead::document::Document::parse_with(
        &text,
        plead::document::Format::detect(&path),
        Some(words),
        &mut plead::document::ParagraphReuse::default(),
    );
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "pleading paper: {}, wrapped: {}, double-spaced: {}, pages: {}, caption: {:#?}",
        doc.pleading_paper,
        doc.wrapped,
        doc.double_spaced,
        doc.pages.count(),
        doc.caption
    )?;
    for p in &doc.paragraphs {
        writeln!(
            out,
            "--- {:?} {:?} page {}\n{}",
            p.kind,
            p.source,
            doc.pages.page_at(p.source.start),
            p.text
        )?;
    }
    Ok(())
}
