//! Citation engine benchmarks over the deterministic ~1 MB brief
//! (`benches/support/brief.rs`): extraction alone, extraction + all paragraph
//! checks, and the document pass (resolution + document checks); and extraction
//! from one paragraph as long as the pipeline analyzes (64 KiB of citation-dense
//! text), where per-paragraph work that is quadratic in the paragraph's citations
//! would show. Before the benchmarks it prints the cold first-use cost of the
//! embedded tables.
//!
//! `cargo bench --bench citations`

use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

use criterion::Criterion;
use plead::analysis::{
    Analyzer, DocumentContext, DocumentFacts, DocumentMemo, ParagraphContext, ParagraphFacts,
};
use plead::citations::{case_names, courts, reporters, scan, statutes, CitationAnalyzer};
use plead::config::Config;
use plead::document::{Document, Format};

#[path = "support/brief.rs"]
mod brief;

fn load_brief() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    brief::generate_brief(&dir, 1_000_000).expect("fixture opinions are readable")
}

/// First use of every embedded table (parsed lazily, once per process).
fn measure_startup() {
    let t = Instant::now();
    let reporters = reporters::table().len();
    let court = courts::lookup("C.D. Cal.").is_some();
    let t6 = case_names::t6_abbreviation("Systems", None).is_some();
    let code = statutes::code_at("42 U.S.C. § 1983", 3).is_some();
    let elapsed = t.elapsed();
    println!(
        "citation tables first use: {:.2} ms ({reporters} reporter editions, court {court}, T6 {t6}, codes {code})",
        elapsed.as_secs_f64() * 1e3
    );
}

/// CPU time this thread has run, from `/proc/thread-self/schedstat` (Linux), so the
/// numbers hold on a loaded machine where wall time does not.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Mean CPU milliseconds of `f` over `runs` runs (None where schedstat is unavailable).
fn cpu_ms(runs: u32, mut f: impl FnMut()) -> Option<f64> {
    f();
    let start = thread_cpu_ns()?;
    for _ in 0..runs {
        f();
    }
    let end = thread_cpu_ns()?;
    Some((end - start) as f64 / 1e6 / f64::from(runs))
}

/// One paragraph of the brief's text, as long as the pipeline analyzes.
fn long_paragraph(doc: &Document) -> String {
    let limit = plead::analysis::MAX_ANALYZED_PARAGRAPH;
    let mut text = String::with_capacity(limit);
    for p in &doc.paragraphs {
        if text.len() + p.text.len() + 1 > limit {
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&p.text);
    }
    text
}

/// A 64 KiB paragraph that is one long string cite: full citations with quoting
/// parentheticals holding nested citations, and `Id.` between them (the most
/// citations, and parentheticals, a paragraph of that size can hold).
fn dense_paragraph() -> String {
    let limit = plead::analysis::MAX_ANALYZED_PARAGRAPH;
    let mut text = String::with_capacity(limit);
    let mut n = 0;
    while text.len() < limit - 200 {
        n += 1;
        text.push_str(&format!(
            "See Leon v. IDX Sys. Corp., {n} F.3d 951, 959 (9th Cir. 2006) (quoting Anderson v. Liberty Lobby, Inc., 477 U.S. 242, 248 (1986)); id. at 960; id. at 961; id. at 962; id. at 963; "
        ));
    }
    text
}

fn paragraph_facts(doc: &Document, config: &Config) -> Vec<Arc<ParagraphFacts>> {
    doc.paragraphs
        .iter()
        .map(|p| {
            let mut out = ParagraphFacts::default();
            CitationAnalyzer.paragraph(
                &ParagraphContext {
                    paragraph: p,
                    config,
                },
                &mut out,
            );
            Arc::new(out)
        })
        .collect()
}

fn main() {
    measure_startup();
    let brief = load_brief();
    let config = Config::default();
    let doc = Document::parse(&brief, Format::Plain);
    let facts = paragraph_facts(&doc, &config);
    let cites: usize = facts
        .iter()
        .filter_map(|f| f.ext.get::<plead::citations::ParagraphCitations>())
        .map(|c| c.0.len())
        .sum();
    println!(
        "brief: {} bytes, {} paragraphs, {cites} citations",
        brief.len(),
        doc.paragraphs.len()
    );

    let doc_pass = || {
        let mut out = DocumentFacts::default();
        // A fresh memo: the full pass, as on opening a document.
        let memo = DocumentMemo::default();
        let cx = DocumentContext {
            document: &doc,
            paragraphs: &facts,
            config: &config,
            workspace: &Default::default(),
            memo: &memo,
        };
        CitationAnalyzer.document(&cx, &mut out);
        black_box(out);
    };
    let extract = cpu_ms(10, || {
        for p in &doc.paragraphs {
            black_box(scan::extract(&p.text, &p.emphasis));
        }
    });
    let checks = cpu_ms(10, || {
        black_box(paragraph_facts(&doc, &config));
    });
    let document = cpu_ms(10, doc_pass);
    if let (Some(e), Some(c), Some(d)) = (extract, checks, document) {
        println!(
            "CPU time per 1 MB pass: extraction {e:.1} ms; extraction + paragraph checks {c:.1} ms; document pass {d:.1} ms; total {:.1} ms",
            c + d
        );
    }

    let long = long_paragraph(&doc);
    println!(
        "long paragraph: {} bytes, {} citations",
        long.len(),
        scan::extract(&long, &[]).len()
    );

    let dense = dense_paragraph();
    println!(
        "dense paragraph: {} bytes, {} citations",
        dense.len(),
        scan::extract(&dense, &[]).len()
    );
    if let (Some(l), Some(d)) = (
        cpu_ms(10, || {
            black_box(scan::extract(&long, &[]));
        }),
        cpu_ms(10, || {
            black_box(scan::extract(&dense, &[]));
        }),
    ) {
        println!("CPU time per extraction: long paragraph {l:.2} ms; dense paragraph {d:.2} ms");
    }

    let mut c = Criterion::default().configure_from_args();
    c.bench_function("citations_extract_dense_paragraph_64k", |b| {
        b.iter(|| black_box(scan::extract(&dense, &[])))
    });
    c.bench_function("citations_extract_long_paragraph_64k", |b| {
        b.iter(|| black_box(scan::extract(&long, &[])))
    });
    c.bench_function("citations_extract_1mb", |b| {
        b.iter(|| {
            for p in &doc.paragraphs {
                black_box(scan::extract(&p.text, &p.emphasis));
            }
        })
    });
    c.bench_function("citations_extract_and_checks_1mb", |b| {
        b.iter(|| black_box(paragraph_facts(&doc, &config)))
    });
    c.bench_function("citations_document_pass_1mb", |b| b.iter(doc_pass));
    c.final_summary();
}
