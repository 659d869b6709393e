//! Re-analysis after keystrokes, for profilers: warms the cache on FILE, then analyzes
//! N variants each with one character typed at a different place. With `--publish`,
//! each analysis is also serialized as the server publishes it over stdio
//! (`textDocument/publishDiagnostics` written straight from the findings).
//! `valgrind --tool=callgrind --toggle-collect='*keystrokes*' target/release/examples/profile_keystroke FILE 20 [--publish]`
use plead::proto::{diagnostics as convert, positions};
use plead::text::Encoding;
use tower_lsp::lsp_types::Url;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: profile_keystroke FILE [N] [--publish]"))?;
    let n: usize = args.next().map_or(Ok(20), |s| s.parse())?;
    let publish = args.next().as_deref() == Some("--publish");
    let text = std::fs::read_to_string(&path)?;
    let config = plead::config::Config::default();
    let mut cache = plead::analysis::ParagraphCache::default();
    let format = plead::document::Format::detect(&path);
    plead::engine::analyze(&text, format, &config, &mut cache);
    let variants: Vec<String> = (0..n)
        .map(|i| {
            let mut at = text.len() / 4 + i * text.len() / (2 * n.max(1));
            while !text.is_char_boundary(at) {
                at += 1;
            }
            format!("{}x{}", &text[..at], &text[at..])
        })
        .collect();
    let started = std::time::Instant::now();
    let total = keystrokes(&variants, format, &config, &mut cache, publish)?;
    println!(
        "{total} findings/bytes; {:.2} ms per keystroke",
        started.elapsed().as_secs_f64() * 1e3 / n.max(1) as f64
    );
    Ok(())
}

#[inline(never)]
fn keystrokes(
    variants: &[String],
    format: plead::document::Format,
    config: &plead::config::Config,
    cache: &mut plead::analysis::ParagraphCache,
    publish: bool,
) -> anyhow::Result<usize> {
    let uri = Url::parse("file:///brief.txt")?;
    let mut total = 0;
    for v in variants {
        let analysis = plead::engine::analyze(v, format, config, cache);
        total += analysis.findings.len();
        if publish {
            total += publish_bytes(v, &analysis, &uri)?;
        }
    }
    Ok(total)
}

#[inline(never)]
fn publish_bytes(
    text: &str,
    analysis: &plead::analysis::Analysis,
    uri: &Url,
) -> anyhow::Result<usize> {
    let index = plead::text::LineIndex::new(text);
    let cursor = index.cursor(text, Encoding::Utf16);
    let pos = |o: usize| positions::to_lsp(cursor.line_col(o));
    Ok(convert::publish_diagnostics_body(uri, Some(1), &analysis.findings, &pos).len())
}
