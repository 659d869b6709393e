//! Hover on the ~1 MB brief must answer within 5 ms: hover on the last short
//! form of the most-cited authority (the worst case: every citation of it is
//! summarized), on the last `Id.`, with the fixture library; plus inlay hints
//! over a screen and the whole table of authorities for reference.

use criterion::{criterion_group, criterion_main, Criterion};
use plead::analysis::{ParagraphCache, Span};
use plead::citations::{Authorities, CitationKind};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use plead::ide::authority as ide;
use plead::ide::World;

#[path = "support/brief.rs"]
mod brief;

fn benches(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = brief::generate_brief(&root.join("tests/fixtures/opinions"), 1_000_000)
        .expect("fixture opinions are readable");
    let config = Config::default();
    let analysis = analyze(
        &text,
        Format::Plain,
        &config,
        &mut ParagraphCache::default(),
    );
    let (library, _) = plead::loader::library(&root.join("tests/fixtures/brief"), &config);
    let world = World {
        config: &config,
        root: None,
        docket: None,
        library: Some(&library),
        others: &[],
    };
    let auths = Authorities::of(&analysis).expect("citations analyzed");
    let most_cited = auths
        .authorities
        .iter()
        .max_by_key(|a| a.citations.len())
        .expect("authorities");
    let last_short = *most_cited
        .citations
        .iter()
        .rev()
        .find(|&&i| auths.citations[i].kind == CitationKind::ShortCase)
        .expect("a short form");
    let short_at = auths.source_span(&analysis, last_short).unwrap().start + 1;
    let last_id = (0..auths.citations.len())
        .rev()
        .find(|&i| auths.citations[i].kind == CitationKind::Id)
        .expect("an Id.");
    let id_at = auths.source_span(&analysis, last_id).unwrap().start + 1;
    eprintln!(
        "brief: {} bytes, {} citations, {} authorities; most cited: {} ({} citations)",
        text.len(),
        auths.citations.len(),
        auths.authorities.len(),
        most_cited.name,
        most_cited.citations.len()
    );
    assert!(ide::hover(&world, &analysis, short_at).is_some());
    assert!(ide::hover(&world, &analysis, id_at).is_some());

    c.bench_function("hover_1mb_most_cited_short_form", |b| {
        b.iter(|| ide::hover(&world, &analysis, short_at))
    });
    c.bench_function("hover_1mb_last_id", |b| {
        b.iter(|| ide::hover(&world, &analysis, id_at))
    });
    c.bench_function("definition_1mb_last_id", |b| {
        b.iter(|| ide::definition(&world, &analysis, id_at))
    });
    c.bench_function("inlay_hints_1mb_screen", |b| {
        let screen = Span::new(id_at.saturating_sub(4000), id_at + 4000);
        b.iter(|| ide::inlay_hints(&world, &analysis, screen))
    });
    c.bench_function("toa_1mb", |b| {
        b.iter(|| plead::authorities::toa::build(&analysis, auths, None))
    });
}

criterion_group! {
    name = hover;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(hover);
