//! Core pipeline benchmarks over the deterministic ~1 MB brief and the seed order:
//! cold full analysis (as on didOpen), and re-analysis after one keystroke in the
//! middle (only the touched paragraph and the document pass rerun).

use criterion::{criterion_group, criterion_main, Criterion};
use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::{Document, Format};
use plead::engine::analyze;

#[path = "support/brief.rs"]
mod brief;

fn load_brief() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    brief::generate_brief(&dir, 1_000_000).expect("fixture opinions are readable")
}

/// The text with one character typed in the middle of a word near `at`.
fn with_keystroke(text: &str, at: usize, n: usize) -> String {
    let mut at = at;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let mut edited = String::with_capacity(text.len() + 1);
    edited.push_str(&text[..at]);
    edited.push(if n.is_multiple_of(2) { 'x' } else { 'y' });
    edited.push_str(&text[at..]);
    edited
}

fn benches(c: &mut Criterion) {
    let brief = load_brief();
    let seed = include_str!("../tests/fixtures/ayobi-order.txt");
    let config = Config::default();

    c.bench_function("prose_view_1mb", |b| {
        b.iter(|| Document::parse(&brief, Format::Plain))
    });

    c.bench_function("full_analysis_1mb_cold", |b| {
        b.iter(|| {
            let mut cache = ParagraphCache::default();
            analyze(&brief, Format::Plain, &config, &mut cache)
        })
    });

    c.bench_function("full_analysis_seed_cold", |b| {
        b.iter(|| {
            let mut cache = ParagraphCache::default();
            analyze(seed, Format::Plain, &config, &mut cache)
        })
    });

    // Keystroke: each iteration analyzes the next of 16 variants of the brief, each
    // with one character typed at a different place, against the cache of the previous
    // one, as the server does on didChange (two paragraphs differ: the old and new edit).
    let variants: Vec<String> = (0..16)
        .map(|n| with_keystroke(&brief, brief.len() / 4 + n * brief.len() / 32, n))
        .collect();
    let mut cache = ParagraphCache::default();
    analyze(&variants[15], Format::Plain, &config, &mut cache);
    let mut n = 0usize;
    // The server frees the previous version's analysis after publishing (off the
    // keystroke path), so the drop is not timed here.
    c.bench_function("reanalysis_after_keystroke_1mb", |b| {
        b.iter_with_large_drop(|| {
            n = (n + 1) % variants.len();
            analyze(&variants[n], Format::Plain, &config, &mut cache)
        })
    });
    // The same, where the keystroke completes a word the dictionary has never been asked
    // about (as typing usually does): its spelling suggestions are computed, not memoized.
    let mut typed = 0usize;
    c.bench_function("reanalysis_after_keystroke_1mb_new_misspelling", |b| {
        b.iter_batched(
            || {
                typed += 1;
                let word: String = std::iter::successors(Some(typed), |t| Some(t / 26))
                    .take_while(|&t| t > 0)
                    .map(|t| char::from(b'a' + (t % 26) as u8))
                    .collect();
                let mut at = brief.len() / 4 + (typed % 16) * brief.len() / 32;
                while !brief.is_char_boundary(at) {
                    at += 1;
                }
                format!("{} zq{word} {}", &brief[..at], &brief[at..])
            },
            |text| analyze(&text, Format::Plain, &config, &mut cache),
            criterion::BatchSize::PerIteration,
        )
    });
}

criterion_group! {
    name = core;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(core);
