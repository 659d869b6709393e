//! Parses a file N times (for profilers): `cargo run --release --example profile_parse -- FILE N`
fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: profile_parse FILE [N]"))?;
    let n: usize = args.next().map_or(Ok(5), |s| s.parse())?;
    let text = std::fs::read_to_string(&path)?;
    let config = plead::config::Config::default();
    let mut total = 0;
    for _ in 0..n {
        let mut cache = plead::analysis::ParagraphCache::default();
        let a = plead::engine::analyze(
            &text,
            plead::document::Format::detect(&path),
            &config,
            &mut cache,
        );
        total += a.document.paragraphs.len() + a.findings.len();
    }
    println!("{total}");
    Ok(())
}
