//! Re-analysis after keystrokes, for profilers: warms the cache on FILE, then analyzes
//! N variants each with one character typed at a different place.
//! `valgrind --tool=callgrind --toggle-collect='*keystrokes*' target/release/examples/profile_keystroke FILE 20`
fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: profile_keystroke FILE [N]"))?;
    let n: usize = args.next().map_or(Ok(20), |s| s.parse())?;
    let text = std::fs::read_to_string(&path)?;
    let config = plead::config::Config::default();
    let mut cache = plead::analysis::ParagraphCache::default();
    let format = plead::document::Format::detect(&path);
    plead::analysis::analyze(&text, format, &config, &mut cache);
    let variants: Vec<String> = (0..n)
        .map(|i| {
            let mut at = text.len() / 4 + i * text.len() / (2 * n.max(1));
            while !text.is_char_boundary(at) {
                at += 1;
            }
            format!("{}x{}", &text[..at], &text[at..])
        })
        .collect();
    println!("{}", keystrokes(&variants, format, &config, &mut cache));
    Ok(())
}

#[inline(never)]
fn keystrokes(
    variants: &[String],
    format: plead::document::Format,
    config: &plead::config::Config,
    cache: &mut plead::analysis::ParagraphCache,
) -> usize {
    variants
        .iter()
        .map(|v| {
            plead::analysis::analyze(v, format, config, cache)
                .findings
                .len()
        })
        .sum()
}
