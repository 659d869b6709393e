//! Prints the prose view of a file: each paragraph's kind, source range and logical text.
//! `cargo run --example dump_view -- FILE`
fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: dump_view FILE"))?;
    let text = std::fs::read_to_string(&path)?;
    let doc = plead::document::Document::parse(&text, plead::document::Format::detect(&path));
    println!(
        "pleading paper: {}, pages: {}, caption: {:#?}",
        doc.pleading_paper,
        doc.pages.count(),
        doc.caption
    );
    for p in &doc.paragraphs {
        println!(
            "--- {:?} {:?} page {}\n{}",
            p.kind,
            p.source,
            doc.pages.page_at(p.source.start),
            p.text
        );
    }
    Ok(())
}
