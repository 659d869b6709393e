//! The server's keystroke path on the ~1 MB brief: apply an incremental edit to the
//! rope (UTF-16 position → byte offset), re-analyze the text with the document's
//! paragraph cache, and write the `publishDiagnostics` message as the server does
//! (positions from a line table). Each iteration types or deletes one character in
//! the middle of the brief. (`cargo bench --bench lsp` measures the same through stdio.)

use criterion::{criterion_group, criterion_main, Criterion};
use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use plead::proto::{diagnostics as convert, positions};
use plead::text::Encoding;
use ropey::Rope;
use tower_lsp::lsp_types::{Position, Url};

#[path = "support/brief.rs"]
mod brief;

fn benches(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let text = brief::generate_brief(&dir, 1_000_000).expect("fixture opinions are readable");
    let config = Config::default();
    let mut rope = Rope::from_str(&text);
    let mut cache = ParagraphCache::default();
    analyze(&text, Format::Plain, &config, &mut cache);
    let middle = positions::position(&rope, text.len() / 2, Encoding::Utf16);
    let at = Position::new(middle.line, 0);
    let mut typed = false;
    let uri = Url::parse("file:///brief.txt").expect("a valid URL");

    c.bench_function("server_keystroke_1mb", |b| {
        b.iter(|| {
            let offset = positions::offset(&rope, at, Encoding::Utf16).offset;
            let char_idx = rope.byte_to_char(offset);
            if typed {
                rope.remove(char_idx..char_idx + 1);
            } else {
                rope.insert_char(char_idx, 'x');
            }
            typed = !typed;
            let text = rope.to_string();
            let analysis = analyze(&text, Format::Plain, &config, &mut cache);
            let index = plead::text::LineIndex::new(&text);
            let cursor = index.cursor(&text, Encoding::Utf16);
            let pos = |o: usize| positions::to_lsp(cursor.line_col(o));
            convert::publish_diagnostics_body(&uri, Some(1), &analysis.findings, &pos)
        })
    });
}

/// The server's own share of a keystroke: writing the diagnostics message.
fn adapter_share(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let text = brief::generate_brief(&dir, 1_000_000).expect("fixture opinions are readable");
    let mut cache = ParagraphCache::default();
    let analysis = analyze(&text, Format::Plain, &Config::default(), &mut cache);
    let uri = Url::parse("file:///brief.txt").expect("a valid URL");
    c.bench_function("server_diagnostics_1mb", |b| {
        b.iter(|| {
            let index = plead::text::LineIndex::new(&text);
            let cursor = index.cursor(&text, Encoding::Utf16);
            let pos = |o: usize| positions::to_lsp(cursor.line_col(o));
            convert::publish_diagnostics_body(&uri, Some(1), &analysis.findings, &pos).len()
        })
    });
    eprintln!("findings in the 1 MB brief: {}", analysis.findings.len());
}

criterion_group! {
    name = server;
    config = Criterion::default().sample_size(30);
    targets = benches, adapter_share
}
criterion_main!(server);
