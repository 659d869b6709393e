//! Measures the typo pass in CPU time (the shared build machines are loaded, so
//! wall-clock benches overstate it): dictionary load on first use, the whole
//! typo pass over the ~1 MB brief, and the re-check of one paragraph.
//! Run: `cargo run --release --example typo_throughput` (under `/usr/bin/time -v`
//! for peak memory).
//!
//! With a FILE (`… --example typo_throughput -- FILE`): the typo pass alone over that
//! file as a never-seen document (prose view, every paragraph, the document pass,
//! suggestion memo cleared each run), repeated for at least a CPU second, printed as
//! one `key=value` line for `benches/report.sh` (the harper-core comparison).

use std::time::Instant;

use plead::analysis::{Analyzer, ParagraphContext, ParagraphFacts};
use plead::config::Config;
use plead::document::{Document, Format};
use plead::typos::TypoAnalyzer;

#[path = "../benches/support/brief.rs"]
mod brief;

/// CPU seconds (user + system) this process has used, from /proc (Linux); None elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// The whole typo pass over `text`, cold (the pipeline with the typo analyzer alone,
/// nothing cached): returns the number of findings.
fn typo_pass_cold(text: &str, config: &Config) -> usize {
    plead::typos::clear_suggestion_cache();
    let analysis = plead::engine::analyze_with(
        &[&TypoAnalyzer],
        text,
        Format::Plain,
        config,
        &plead::engine::Workspace::default(),
        &mut plead::analysis::ParagraphCache::default(),
        &|| false,
    );
    analysis.map_or(0, |a| a.findings.len())
}

/// `typo_throughput FILE`: CPU seconds per run and per MB of the cold typo pass.
fn measure_file(path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    // `PLEAD_RULES_ON=typo/slip,…`: opt-in rules on, to measure what they cost.
    let mut config = Config::default();
    config.turn_on_rules(&std::env::var("PLEAD_RULES_ON").unwrap_or_default());
    let _ = plead::typos::dictionary(); // loaded once at start-up, as in the server
    let start = cpu_seconds().ok_or("no CPU clock (/proc/self/stat)")?;
    let (mut runs, mut spent, mut findings) = (0u32, 0.0, 0);
    // A fixed number of runs with PLEAD_TYPO_RUNS (for instruction counts under
    // callgrind); otherwise at least a CPU second in total: /proc counts in 10 ms ticks.
    let fixed: Option<u32> = std::env::var("PLEAD_TYPO_RUNS")
        .ok()
        .and_then(|v| v.parse().ok());
    while fixed.map_or(runs < 3 || spent < 1.0, |n| runs < n) {
        findings = typo_pass_cold(&text, &config);
        runs += 1;
        spent = cpu_seconds().map_or(f64::INFINITY, |now| now - start);
    }
    let per_run = spent / f64::from(runs);
    println!(
        "plead-typos bytes={} findings={findings} cpu_s={per_run:.5} cpu_s_per_mb={:.4} runs={runs}",
        text.len(),
        per_run / (text.len() as f64 / 1e6)
    );
    Ok(())
}

fn main() {
    if let Some(path) = std::env::args().nth(1) {
        if let Err(e) = measure_file(&path) {
            eprintln!("{e}");
            std::process::exit(2);
        }
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let text = match brief::generate_brief(&dir, 1_000_000) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read the fixture opinions: {e}");
            std::process::exit(2);
        }
    };
    let document = Document::parse(&text, Format::Plain);
    let config = Config::default();

    let (wall, cpu) = (Instant::now(), cpu_seconds());
    let words = plead::typos::dictionary().len();
    println!(
        "dictionary load: {words} words, {:.1} ms wall, {} cpu",
        wall.elapsed().as_secs_f64() * 1e3,
        cpu.zip(cpu_seconds())
            .map_or("n/a".into(), |(a, b)| format!("{:.0} ms", (b - a) * 1e3))
    );

    let passes = 20;
    let (wall, cpu) = (Instant::now(), cpu_seconds());
    let mut findings = 0;
    for _ in 0..passes {
        for p in &document.paragraphs {
            let mut out = ParagraphFacts::default();
            TypoAnalyzer.paragraph(
                &ParagraphContext {
                    paragraph: p,
                    config: &config,
                },
                &mut out,
            );
            findings += out.findings.len();
        }
    }
    let mb = text.len() as f64 * passes as f64 / 1e6;
    let wall_s = wall.elapsed().as_secs_f64();
    println!(
        "typo pass: {passes} × {} bytes, {} findings/pass",
        text.len(),
        findings / passes
    );
    println!("  wall: {:.1} MB/s", mb / wall_s);
    if let Some(cpu_s) = cpu.zip(cpu_seconds()).map(|(a, b)| b - a) {
        println!(
            "  cpu:  {:.1} MB/s ({:.1} ms cpu per MB)",
            mb / cpu_s,
            cpu_s * 1e3 / mb
        );
    }

    let para = document
        .paragraphs
        .iter()
        .filter(|p| p.text.len() < 1_500)
        .max_by_key(|p| p.text.len());
    if let Some(para) = para {
        let runs = 2_000;
        let (wall, cpu) = (Instant::now(), cpu_seconds());
        for _ in 0..runs {
            let mut out = ParagraphFacts::default();
            TypoAnalyzer.paragraph(
                &ParagraphContext {
                    paragraph: para,
                    config: &config,
                },
                &mut out,
            );
        }
        println!(
            "re-check of one {}-byte paragraph: {:.1} µs wall, {} cpu",
            para.text.len(),
            wall.elapsed().as_secs_f64() * 1e6 / runs as f64,
            cpu.zip(cpu_seconds())
                .map_or("n/a".into(), |(a, b)| format!(
                    "{:.1} µs",
                    (b - a) * 1e6 / runs as f64
                ))
        );
    }
}
