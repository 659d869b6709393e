//! Reading and checking real filings in the formats lawyers have them (issue 14): a
//! 17-page First Circuit opinion PDF and a ~50-page .docx (split runs, a table, tracked
//! changes), each read from disk, converted and checked by every analyzer with a cold
//! paragraph cache, as `plead check` does per file. Conversion alone is measured too.
//!
//! `cargo bench --bench input`

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

const PDF: &str = "pdf/ca1_00117684624.pdf";
const DOCX: &str = "docx/first-circuit-50-pages.docx";

/// Read, convert and check one file; the number of findings.
fn read_and_check(path: &Path, config: &Config) -> usize {
    let converted = plead::loader::input::read_document(path).expect("a readable fixture");
    let mut cache = ParagraphCache::default();
    analyze(&converted.text, Format::Plain, config, &mut cache)
        .findings
        .len()
}

fn benches(c: &mut Criterion) {
    let config = Config::default();
    let (pdf, docx) = (fixture(PDF), fixture(DOCX));
    // First use of the dictionary and tables is paid once per process, not per file.
    read_and_check(&pdf, &config);
    for (name, path) in [("pdf", &pdf), ("docx", &docx)] {
        let bytes = std::fs::read(path).expect("fixture");
        let converted = plead::formats::convert(&bytes, &path.to_string_lossy()).expect("ok");
        println!(
            "{name}: {} bytes, {} pages, {} words",
            bytes.len(),
            converted.page_count(),
            converted.text.split_whitespace().count()
        );
        c.bench_function(&format!("input_{name}_convert"), |b| {
            b.iter(|| plead::formats::convert(black_box(&bytes), "x").map(|c| c.text.len()))
        });
    }
    c.bench_function("input_pdf_17_pages_read_and_check", |b| {
        b.iter(|| read_and_check(black_box(&pdf), &config))
    });
    c.bench_function("input_docx_50_pages_read_and_check", |b| {
        b.iter(|| read_and_check(black_box(&docx), &config))
    });
}

criterion_group! {
    name = input;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(input);
