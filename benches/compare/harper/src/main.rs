//! `harper-compare FILE [RUNS]`: runs harper-core's curated lint group (standard
//! dictionary, American dialect, plain-English parser) over FILE and prints the
//! number of lints and the process CPU time spent linting (mean per run; MB = 10^6
//! bytes), as one `key=value` line that benches/report.sh parses.
use harper_core::linting::{LintGroup, Linter};
use harper_core::parsers::PlainEnglish;
use harper_core::spell::FstDictionary;
use harper_core::{Dialect, Document};
use std::process::ExitCode;

/// CPU seconds used by this process so far (user + system, all threads).
fn cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return f64::NAN;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: harper-compare FILE [RUNS]");
        return ExitCode::from(2);
    };
    let runs = match args.next().map(|s| s.parse::<usize>()) {
        None => 1,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("RUNS must be a positive integer");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };

    // The dictionary and the rule set are built once, as an editor would at start-up.
    let before_setup = cpu_seconds();
    let dictionary = FstDictionary::curated();
    let _ = LintGroup::new_curated(dictionary.clone(), Dialect::American);
    let setup = cpu_seconds() - before_setup;

    // Mean of RUNS, each with a fresh lint group: LintGroup caches results per chunk,
    // and a warm cache would measure lookups, not linting.
    let mut spent = 0.0;
    let mut lints = Vec::new();
    for _ in 0..runs {
        let mut linter = LintGroup::new_curated(dictionary.clone(), Dialect::American);
        let start = cpu_seconds();
        let source: Vec<char> = text.chars().collect();
        let document = Document::new_from_chars(source.into(), &PlainEnglish, &*dictionary);
        lints = linter.lint(&document);
        spent += cpu_seconds() - start;
    }
    // What harper flags, by kind and with a few examples, on stderr (stdout stays one line).
    let mut kinds: std::collections::BTreeMap<String, (usize, Vec<String>)> = Default::default();
    for lint in &lints {
        let (count, examples) = kinds.entry(lint.lint_kind.to_string()).or_default();
        *count += 1;
        if examples.len() < 4 {
            let flagged: String = text
                .chars()
                .skip(lint.span.start)
                .take(lint.span.end.saturating_sub(lint.span.start).min(40))
                .collect();
            examples.push(flagged);
        }
    }
    for (kind, (count, examples)) in &kinds {
        eprintln!("{count:>7} {kind}: {examples:?}");
    }
    let lints = lints.len();
    let per_run = spent / runs as f64;
    println!(
        "harper bytes={} lints={lints} cpu_s={per_run:.4} cpu_s_per_mb={:.3} setup_cpu_s={setup:.4} runs={runs}",
        text.len(),
        per_run / (text.len() as f64 / 1e6)
    );
    ExitCode::SUCCESS
}
