//! Typo checking benchmarks over the deterministic ~1 MB brief (the fixture
//! opinions woven into a brief): the whole typo pass (every paragraph plus the
//! document pass), the same with the suggestion memo cleared each time (a document
//! never seen before), the document pass alone, and the re-check of one edited paragraph.

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plead::analysis::{
    Analyzer, DocumentContext, DocumentFacts, DocumentMemo, ParagraphContext, ParagraphFacts,
};
use plead::config::Config;
use plead::document::{Document, Format};
use plead::typos::TypoAnalyzer;

#[path = "support/brief.rs"]
mod brief;

fn typo_pass(document: &Document, config: &Config) -> usize {
    let paragraphs: Vec<Arc<ParagraphFacts>> = document
        .paragraphs
        .iter()
        .map(|p| {
            let mut out = ParagraphFacts::default();
            TypoAnalyzer.paragraph(
                &ParagraphContext {
                    paragraph: p,
                    config,
                },
                &mut out,
            );
            Arc::new(out)
        })
        .collect();
    let mut facts = DocumentFacts::default();
    TypoAnalyzer.document(
        &DocumentContext {
            document,
            paragraphs: &paragraphs,
            config,
            workspace: &Default::default(),
            memo: &DocumentMemo::default(),
        },
        &mut facts,
    );
    paragraphs.iter().map(|p| p.findings.len()).sum::<usize>() - facts.withdrawn.len()
}

fn benches(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let text = brief::generate_brief(&dir, 1_000_000).expect("fixture opinions are readable");
    let document = Document::parse(&text, Format::Plain);
    let config = Config::default();
    let prose: usize = document.paragraphs.iter().map(|p| p.text.len()).sum();

    let mut group = c.benchmark_group("typos");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("typo_pass_1mb", |b| {
        b.iter(|| typo_pass(&document, &config))
    });
    group.bench_function("typo_pass_1mb_cold_suggestions", |b| {
        b.iter(|| {
            plead::typos::clear_suggestion_cache();
            typo_pass(&document, &config)
        })
    });
    let paragraphs: Vec<Arc<ParagraphFacts>> = document
        .paragraphs
        .iter()
        .map(|p| {
            let mut out = ParagraphFacts::default();
            TypoAnalyzer.paragraph(
                &ParagraphContext {
                    paragraph: p,
                    config: &config,
                },
                &mut out,
            );
            Arc::new(out)
        })
        .collect();
    group.bench_function("typo_document_pass_1mb", |b| {
        b.iter(|| {
            let mut facts = DocumentFacts::default();
            let cx = DocumentContext {
                document: &document,
                paragraphs: &paragraphs,
                config: &config,
                workspace: &Default::default(),
                memo: &DocumentMemo::default(),
            };
            TypoAnalyzer.document(&cx, &mut facts);
            facts.withdrawn.len()
        })
    });
    group.finish();

    // One edited paragraph of typical length (the longest under 1,500 bytes), with a typo typed in.
    let para = document
        .paragraphs
        .iter()
        .filter(|p| p.text.len() < 1_500)
        .max_by_key(|p| p.text.len())
        .expect("a paragraph");
    let mut edited_text = para.text.clone();
    let mut middle = edited_text.len() / 2;
    while !edited_text.is_char_boundary(middle) {
        middle += 1;
    }
    edited_text.insert_str(middle, " teh ");
    let edited_document = Document::parse(&edited_text, Format::Plain);
    let edited = edited_document.paragraphs.first().expect("a paragraph");
    println!(
        "re-check paragraph: {} bytes; brief: {} bytes ({} bytes of prose)",
        edited.text.len(),
        text.len(),
        prose
    );
    c.bench_function("typo_recheck_one_paragraph", |b| {
        b.iter(|| {
            let mut out = ParagraphFacts::default();
            TypoAnalyzer.paragraph(
                &ParagraphContext {
                    paragraph: edited,
                    config: &config,
                },
                &mut out,
            );
            out.findings.len()
        })
    });
}

criterion_group! {
    name = typos;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(typos);
