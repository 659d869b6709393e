//! `plead check`: analyze files (or standard input) and print findings like a compiler;
//! with `--fix`/`--diff`, apply or show the safe fixes.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use tower_lsp::lsp_types::Position;

use super::progress::Progress;
use super::render::{self, Palette};
use super::{batch, fix, input, sarif, OutputFormat};
use crate::analysis::{Finding, ParagraphCache, Severity};
use crate::config::{self, Config};
use crate::document::directives;
use crate::document::Format;
use crate::engine::{analyze_in, Workspace};
use crate::formats::{Converted, SourceKind};
use crate::proto::diagnostics::json_diagnostic;
use crate::text::{Encoding, LineIndex};

/// Everything `plead check` was asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    pub format: OutputFormat,
    pub config: Option<PathBuf>,
    pub jobs: Option<usize>,
    pub palette: Palette,
    /// Findings of this severity or worse fail the check (exit code 1).
    pub deny: Severity,
    /// Apply the safe fixes to the files.
    pub fix: bool,
    /// Show the safe fixes as a unified diff; change nothing.
    pub diff: bool,
    /// The name standard input (`-`) is checked under: format, config and paths.
    pub stdin_filename: Option<PathBuf>,
    pub paths: Vec<PathBuf>,
}

/// What is checked: a file, or the text read from standard input.
enum Source {
    File(PathBuf),
    Stdin { name: PathBuf, bytes: Vec<u8> },
}

impl Source {
    fn name(&self) -> &Path {
        match self {
            Source::File(path) => path,
            Source::Stdin { name, .. } => name,
        }
    }
}

pub fn run(options: &Options) -> ExitCode {
    let stdin = options.paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && options.paths.len() > 1 {
        eprintln!("plead: `-` (standard input) cannot be combined with other paths");
        return ExitCode::from(2);
    }
    if options.stdin_filename.is_some() && !stdin {
        eprintln!("plead: --stdin-filename names standard input: give `-` as the path");
        return ExitCode::from(2);
    }
    // Where the configuration is looked for: the named file for standard input.
    let near: Vec<PathBuf> = if stdin {
        // The folder of the named file (which need not exist), else the current one.
        let folder = options
            .stdin_filename
            .as_deref()
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        vec![folder]
    } else {
        options.paths.clone()
    };
    let (sources, config) = if stdin {
        let mut bytes = Vec::new();
        if let Err(e) = io::stdin().lock().read_to_end(&mut bytes) {
            eprintln!("plead: cannot read standard input: {e}");
            return ExitCode::from(2);
        }
        let config = match super::files::load_config(
            options.config.as_deref(),
            near.first().map(PathBuf::as_path),
        ) {
            Ok((config, warnings)) => {
                for w in &warnings {
                    eprintln!("plead: warning: {w}");
                }
                config
            }
            Err(e) => {
                eprintln!("plead: {e:#}");
                return ExitCode::from(2);
            }
        };
        let name = options
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("<stdin>"));
        (vec![Source::Stdin { name, bytes }], config)
    } else {
        match super::inputs(options.config.as_deref(), &options.paths) {
            Ok((files, config)) => (files.into_iter().map(Source::File).collect(), config),
            Err(code) => return code,
        }
    };
    let workspace = workspace_for(
        options.config.as_deref(),
        near.first().map(|p| p.as_path()),
        &config,
    );
    // No more threads than files: `-j 500` on three files starts three.
    let jobs = options
        .jobs
        .unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        })
        .min(sources.len());
    let progress = Progress::new(sources.len());
    let stdout = io::stdout();
    let mut out = Emitter {
        out: io::BufWriter::new(stdout.lock()),
        sarif: None,
        tally: Tally::default(),
        progress,
    };
    if options.format == OutputFormat::Sarif && !options.diff {
        out.sarif = Some(sarif::Writer::start(&mut out.out));
    }
    // A bug that panics on one file costs that file (reported, exit 2), not the batch's
    // output for every other file.
    let check = |source: &Source| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            check_source(source, options, &config, &workspace)
        }))
        .unwrap_or_else(|payload| {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            Outcome::Unreadable(format!(
                "plead: {}: not checked: internal error (a bug in plead, please report it): {why}",
                source.name().display()
            ))
        })
    };
    let written = if jobs <= 1 || sources.len() <= 1 {
        sources.iter().try_for_each(|s| out.emit(check(s)))
    } else {
        batch::in_order(&sources, jobs, check, |outcome| out.emit(outcome))
    };
    out.progress.finish();
    let written = written.and_then(|()| out.finish(options, stdin));
    let tally = &out.tally;
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("plead: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    if tally.unreadable > 0 {
        ExitCode::from(2)
    } else if options.diff {
        // As `ruff --diff`: 1 when something would change.
        ExitCode::from(u8::from(tally.fixed > 0))
    } else if tally.denied {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// What checking one file produced: its rendered output, or why it could not be read.
enum Outcome {
    Checked {
        output: Vec<u8>,
        /// Findings left by severity (error, warning, info, hint).
        counts: [usize; 4],
        denied: bool,
        /// Fixes applied (or, with `--diff`, that would be).
        fixed: usize,
        bytes: u64,
    },
    /// A message for stderr; the file was not checked (or not fixed).
    Unreadable(String),
}

fn severity_index(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
        Severity::Hint => 3,
    }
}

/// Reads, analyzes, fixes and renders one file or standard input (on any thread).
fn check_source(
    source: &Source,
    options: &Options,
    config: &Config,
    workspace: &Workspace,
) -> Outcome {
    let path = source.name();
    let bytes = match source {
        Source::File(path) => match crate::loader::input::read_bytes(path) {
            Ok(bytes) => bytes,
            Err(message) => return Outcome::Unreadable(format!("plead: {message}")),
        },
        Source::Stdin { bytes, .. } => bytes.clone(),
    };
    // A PDF, a .docx or text in any common encoding; anything else (binary, a legacy
    // .doc, a damaged PDF) is refused with its reason, never checked as bytes.
    let converted = match crate::loader::input::convert_named(&bytes, path) {
        Ok(converted) => converted,
        Err(reason) => return Outcome::Unreadable(format!("plead: {}: {reason}", path.display())),
    };
    let original = converted.text.clone();
    let name = path.to_string_lossy();
    let mut notes = input::warnings(path, &converted);
    notes.extend(directive_warnings(path, &original));
    let analysis = analyze_in(
        &original,
        Format::detect(&name),
        config,
        workspace,
        &mut ParagraphCache::default(),
    );
    notes.extend(unchecked_warnings(path, &original, &analysis.unchecked()));
    let mut findings = analysis.findings;
    let mut text = original.clone();
    let mut fixed = 0;
    let mut output = Vec::new();
    if options.fix || options.diff {
        for _ in 0..fix::MAX_ROUNDS {
            let (next, applied) = fix::apply_preferred(&text, &findings);
            if applied == 0 {
                break;
            }
            fixed += applied;
            text = next;
            findings = check_text_in(&text, &name, config, workspace);
        }
        // Only text plead can write back as it read it: UTF-8, as it came.
        let lossless = original.as_bytes() == bytes.as_slice();
        if fixed > 0 && !lossless {
            let why = match converted.kind {
                SourceKind::Pdf => "a PDF is read, never written",
                SourceKind::Docx => "a .docx is read, never written (fix it in Word)",
                SourceKind::Text => "it is not UTF-8 text plead can write back as it was",
            };
            notes.push(format!("plead: {}: not fixed: {why}", path.display()));
            fixed = 0;
            text = original.clone();
            findings = check_text_in(&text, &name, config, workspace);
        }
        if options.diff {
            let diff = fix::unified_diff(&name.replace('\\', "/"), &original, &text);
            let counts = count(&findings);
            return Outcome::Checked {
                output: diff.into_bytes(),
                counts,
                denied: false,
                fixed,
                bytes: bytes.len() as u64,
            };
        }
        if fixed > 0 {
            match source {
                Source::File(path) => {
                    if let Err(e) = fix::write_atomically(path, &bytes, text.as_bytes()) {
                        notes.push(format!("plead: {}: not fixed: {e}", path.display()));
                        fixed = 0;
                        text = original.clone();
                        findings = check_text_in(&text, &name, config, workspace);
                    }
                }
                // The fixed text is the output; the findings go to stderr (below).
                Source::Stdin { .. } => {}
            }
        }
    }
    let stdin_fix = options.fix && matches!(source, Source::Stdin { .. });
    let mut rendered = Vec::new();
    // A PDF's or .docx's page (and paragraph) of each finding.
    let locate = |offset: usize| input::place(&converted, offset);
    // Rendering into a Vec cannot fail.
    let _ = match options.format {
        OutputFormat::Human => render::human(
            &mut rendered,
            path,
            &text,
            &findings,
            &options.palette,
            &locate,
        ),
        OutputFormat::Concise => render::concise(
            &mut rendered,
            path,
            &text,
            &findings,
            &options.palette,
            &locate,
        ),
        OutputFormat::Github => render::github(&mut rendered, path, &text, &findings, &locate),
        OutputFormat::Json => write_json(&mut rendered, path, &converted, &findings),
        OutputFormat::Sarif => {
            rendered = sarif::results(path, &text, &findings, &|offset| {
                converted.location(offset).page
            });
            Ok(())
        }
    };
    if stdin_fix {
        // `plead check --fix -` is a filter: the fixed text on stdout, findings on stderr.
        output.extend_from_slice(text.as_bytes());
        let _ = io::stderr().write_all(&rendered);
    } else {
        output = rendered;
    }
    for note in notes {
        eprintln!("{note}");
    }
    let counts = count(&findings);
    Outcome::Checked {
        output,
        counts,
        denied: findings.iter().any(|f| f.severity <= options.deny),
        fixed,
        bytes: bytes.len() as u64,
    }
}

/// One warning per paragraph too long to check (a file without line breaks), so
/// that "No problems" is not read as "all checked".
fn unchecked_warnings(path: &Path, text: &str, spans: &[crate::analysis::Span]) -> Vec<String> {
    if spans.is_empty() {
        return Vec::new();
    }
    let index = LineIndex::new(text);
    spans
        .iter()
        .map(|span| {
            let line = index.line_col(text, span.start, Encoding::Utf16).line + 1;
            format!(
                "plead: {}:{line}: warning: a paragraph of {} KB (no line breaks?) is too long to check; nothing in it was checked",
                path.display(),
                span.len().div_ceil(1024)
            )
        })
        .collect()
}

/// Warnings for suppression comments that name an unknown rule or verb (they would
/// silently silence nothing).
fn directive_warnings(path: &Path, text: &str) -> Vec<String> {
    let markdown = Format::detect(&path.to_string_lossy()) == Format::Markdown;
    let codes = crate::engine::rule_codes();
    let problems = directives::problems(text, markdown, &codes);
    if problems.is_empty() {
        return Vec::new();
    }
    let mut families: Vec<&str> = codes
        .iter()
        .map(|c| crate::analysis::family_of(c))
        .collect();
    families.sort_unstable();
    families.dedup();
    let candidates: Vec<&str> = codes.iter().chain(&families).copied().collect();
    let index = LineIndex::new(text);
    problems
        .into_iter()
        .map(|(span, problem)| {
            let message = match problem {
                directives::Problem::UnknownVerb(verb) => format!(
                    "unknown directive `plead-{verb}`{} (known: plead-disable-next-line, plead-disable, plead-enable)",
                    config::did_you_mean(&verb, directives::VERBS)
                ),
                directives::Problem::UnknownRule(code) => format!(
                    "unknown rule `{code}` in plead-disable{}",
                    config::did_you_mean(&code, &candidates)
                ),
            };
            let line = index.line_col(text, span.start, Encoding::Utf32).line + 1;
            format!("plead: warning: {}:{line}: {message}", path.display())
        })
        .collect()
}

fn count(findings: &[Finding]) -> [usize; 4] {
    let mut counts = [0; 4];
    for f in findings {
        counts[severity_index(f.severity)] += 1;
    }
    counts
}

/// Totals over every file, for the summary line and the exit code.
#[derive(Default)]
struct Tally {
    /// Findings by severity (error, warning, info, hint).
    counts: [usize; 4],
    files: usize,
    files_with_findings: usize,
    unreadable: usize,
    fixed: usize,
    files_fixed: usize,
    denied: bool,
}

/// Writes outcomes in input order, each as soon as it arrives, and tallies them.
struct Emitter<W: Write> {
    out: W,
    sarif: Option<sarif::Writer>,
    tally: Tally,
    progress: Progress,
}

impl<W: Write> Emitter<W> {
    fn emit(&mut self, outcome: Outcome) -> io::Result<()> {
        match outcome {
            Outcome::Checked {
                output,
                counts,
                denied,
                fixed,
                bytes,
            } => {
                let t = &mut self.tally;
                t.files += 1;
                t.denied |= denied;
                t.fixed += fixed;
                t.files_fixed += usize::from(fixed > 0);
                t.files_with_findings += usize::from(counts.iter().any(|&n| n > 0));
                for (total, n) in t.counts.iter_mut().zip(counts) {
                    *total += n;
                }
                let (out, sarif) = (&mut self.out, &mut self.sarif);
                self.progress.around(|| {
                    match sarif {
                        Some(sarif) => sarif.write_results(out, &output)?,
                        None => out.write_all(&output)?,
                    }
                    // Each file's output reaches the reader (a pipe, a job system) when done.
                    out.flush()
                })?;
                self.progress.advance(bytes);
            }
            Outcome::Unreadable(message) => {
                self.tally.unreadable += 1;
                self.progress.message(&message);
                self.progress.advance(0);
            }
        }
        Ok(())
    }

    fn finish(&mut self, options: &Options, stdin: bool) -> io::Result<()> {
        if let Some(sarif) = self.sarif.take() {
            sarif.finish(&mut self.out)?;
        }
        let summary = summary(&self.tally, options);
        let to_stdout = matches!(options.format, OutputFormat::Human | OutputFormat::Concise)
            && !options.diff
            && !(stdin && options.fix);
        if let Some(line) = summary {
            if to_stdout {
                writeln!(self.out, "{line}")?;
            } else if options.diff || options.fix {
                eprintln!("{line}");
            }
        }
        self.out.flush()
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `1 error, 12 warnings in 3 of 10 files`, with what was fixed and what could not be read.
fn summary(t: &Tally, options: &Options) -> Option<String> {
    let p = &options.palette;
    let [errors, warnings, infos, hints] = t.counts;
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(p.severity(Severity::Error, &plural(errors, "error", "errors")));
    }
    if warnings > 0 {
        parts.push(p.severity(Severity::Warning, &plural(warnings, "warning", "warnings")));
    }
    if infos > 0 {
        parts.push(p.severity(Severity::Info, &plural(infos, "info", "infos")));
    }
    if hints > 0 {
        parts.push(p.severity(Severity::Hint, &plural(hints, "hint", "hints")));
    }
    let files = |n: usize| plural(n, "file", "files");
    let mut line = if options.diff {
        if t.fixed == 0 {
            "No fixes to apply".to_string()
        } else {
            format!(
                "Would fix {} in {}",
                plural(t.fixed, "problem", "problems"),
                files(t.files_fixed)
            )
        }
    } else {
        let mut line = String::new();
        if options.fix && t.fixed > 0 {
            line.push_str(&format!(
                "Fixed {} in {}; ",
                plural(t.fixed, "problem", "problems"),
                files(t.files_fixed)
            ));
        }
        if parts.is_empty() {
            line.push_str(&format!("No problems in {}", files(t.files)));
        } else if t.files_with_findings == t.files {
            line.push_str(&format!("{} in {}", parts.join(", "), files(t.files)));
        } else {
            line.push_str(&format!(
                "{} in {} of {}",
                parts.join(", "),
                t.files_with_findings,
                files(t.files)
            ));
        }
        line
    };
    if t.unreadable > 0 {
        line.push_str(&format!(
            "; {} could not be read",
            plural(t.unreadable, "file", "files")
        ));
    }
    Some(p.bold(&format!("{line}.")))
}

/// Analyzes one text as `plead check` does (without a workspace docket).
pub fn check_text(text: &str, name: &str, config: &Config) -> Vec<Finding> {
    check_text_in(text, name, config, &Workspace::default())
}

/// Analyzes one text in a workspace (its docket enables the record checks).
pub fn check_text_in(
    text: &str,
    name: &str,
    config: &Config,
    workspace: &Workspace,
) -> Vec<Finding> {
    let mut cache = ParagraphCache::default();
    analyze_in(text, Format::detect(name), config, workspace, &mut cache).findings
}

/// How many docket problems a marked workspace names before it sums up the rest.
const NAMED_DOCKET_WARNINGS: usize = 10;

/// The workspace of a check: its root is the folder of the plead.toml in use, else
/// the nearest folder up with a plead.toml or .git, else the checked path's own folder
/// (see [`super::files::workspace_root`]) — never a parent tree that merely holds it.
/// Indexes the docket found there.
fn workspace_for(config_path: Option<&Path>, first: Option<&Path>, config: &Config) -> Workspace {
    let root = config_path
        .and_then(|toml| toml.parent().map(Path::to_path_buf))
        .or_else(|| first.and_then(super::files::workspace_root));
    let Some(root) = root else {
        return Workspace::default();
    };
    let root = if root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        root
    };
    let (docket, warnings) = crate::loader::index_workspace(&root, config);
    // A folder the user made a workspace (plead.toml, .git, --config): each docket
    // problem by name. A folder that is only where the file lies may hold anything
    // (Downloads, /tmp): one line at most, never a list of its clutter.
    let marked =
        config_path.is_some() || root.join("plead.toml").is_file() || root.join(".git").exists();
    if marked {
        // Named one by one up to a screenful: a case folder holds a docket or two, and a
        // folder with hundreds of broken ones (a test corpus, an archive) should not bury
        // the findings.
        for w in warnings.iter().take(NAMED_DOCKET_WARNINGS) {
            eprintln!("plead: warning: {w}");
        }
        if let Some(more) = warnings
            .len()
            .checked_sub(NAMED_DOCKET_WARNINGS)
            .filter(|&n| n > 0)
        {
            eprintln!(
                "plead: note: {more} more docket file(s) below {} were not fully read (`docket = \"PATH\"` in plead.toml reads that one file or folder only)",
                root.display()
            );
        }
    } else if !warnings.is_empty() && !docket.is_empty() {
        eprintln!(
            "plead: note: {} docket file(s) below {} were not fully read (add a plead.toml there to see which)",
            warnings.len(),
            root.display()
        );
    }
    Workspace {
        docket: (!docket.is_empty()).then(|| Arc::new(docket)),
    }
}

/// One JSON line per file. Findings in a PDF or .docx also carry where they lie in it:
/// `"page"` (1-based physical page), `"paragraph"` (.docx body), `"note"` (`"footnote 2"`).
fn write_json(
    out: &mut impl Write,
    path: &Path,
    converted: &Converted,
    findings: &[Finding],
) -> io::Result<()> {
    let text = converted.text.as_str();
    let index = LineIndex::new(text);
    let pos = |offset: usize| {
        let lc = index.line_col(text, offset, Encoding::Utf16);
        Position::new(lc.line, lc.col)
    };
    let diagnostics: Vec<_> = findings
        .iter()
        .map(|f| {
            let mut value = serde_json::to_value(json_diagnostic(f, &pos)).unwrap_or_default();
            if let Some(object) = value.as_object_mut() {
                let at = converted.location(f.span.start);
                object.extend(input::location_fields(at, ["page", "paragraph", "note"]));
            }
            value
        })
        .collect();
    let line =
        serde_json::json!({ "path": path.display().to_string(), "diagnostics": diagnostics });
    writeln!(out, "{line}")
}
