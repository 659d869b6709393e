//! `plead check`: analyze files and print findings like a compiler.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use tower_lsp::lsp_types::Position;

use super::progress::Progress;
use super::{batch, find_workspace_config, inputs, sarif, OutputFormat};
use crate::analysis::{Finding, ParagraphCache, Severity};
use crate::config::Config;
use crate::document::Format;
use crate::engine::{analyze_in, Workspace};
use crate::proto::diagnostics::json_diagnostic;
use crate::text::{Encoding, LineIndex};

pub fn run(
    format: OutputFormat,
    config_path: Option<&Path>,
    paths: &[PathBuf],
    jobs: Option<usize>,
) -> ExitCode {
    let (files, config) = match inputs(config_path, paths) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let workspace = workspace_for(config_path, paths.first().map(|p| p.as_path()), &config);
    // No more threads than files: `-j 500` on three files starts three.
    let jobs = jobs
        .unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        })
        .min(files.len());
    let progress = Progress::new(files.len());
    let stdout = io::stdout();
    let mut out = Emitter {
        out: io::BufWriter::new(stdout.lock()),
        sarif: None,
        any_error: false,
        io_error: false,
        progress,
    };
    if format == OutputFormat::Sarif {
        out.sarif = Some(sarif::Writer::start(&mut out.out));
    }
    let check = |path: &PathBuf| check_file(path, format, &config, &workspace);
    let written = if jobs <= 1 || files.len() <= 1 {
        files.iter().try_for_each(|path| out.emit(check(path)))
    } else {
        batch::in_order(&files, jobs, check, |outcome| out.emit(outcome))
    };
    out.progress.finish();
    if let Err(e) = written.and_then(|()| out.finish()) {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::from(if out.any_error { 1 } else { 0 });
        }
        eprintln!("plead: cannot write output: {e}");
        return ExitCode::from(2);
    }
    if out.io_error {
        ExitCode::from(2)
    } else if out.any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// What checking one file produced: its rendered output, or why it could not be read.
enum Outcome {
    Checked {
        output: Vec<u8>,
        has_error: bool,
        bytes: u64,
    },
    Unreadable(String),
}

/// Reads, analyzes and renders one file (on any thread).
fn check_file(
    path: &Path,
    format: OutputFormat,
    config: &Config,
    workspace: &Workspace,
) -> Outcome {
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            return Outcome::Unreadable(format!("plead: cannot read {}: {e}", path.display()))
        }
    };
    let findings = check_text_in(&text, &path.to_string_lossy(), config, workspace);
    let mut output = Vec::new();
    // Rendering into a Vec cannot fail.
    let _ = match format {
        OutputFormat::Human => write_human(&mut output, path, &text, &findings),
        OutputFormat::Json => write_json(&mut output, path, &text, &findings),
        OutputFormat::Sarif => {
            output = sarif::results(path, &text, &findings);
            Ok(())
        }
    };
    Outcome::Checked {
        output,
        has_error: findings.iter().any(|f| f.severity == Severity::Error),
        bytes: text.len() as u64,
    }
}

/// Writes outcomes in input order, each as soon as it arrives, and tallies the exit code.
struct Emitter<W: Write> {
    out: W,
    sarif: Option<sarif::Writer>,
    any_error: bool,
    io_error: bool,
    progress: Progress,
}

impl<W: Write> Emitter<W> {
    fn emit(&mut self, outcome: Outcome) -> io::Result<()> {
        match outcome {
            Outcome::Checked {
                output,
                has_error,
                bytes,
            } => {
                self.any_error |= has_error;
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
                self.io_error = true;
                self.progress.message(&message);
                self.progress.advance(0);
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if let Some(sarif) = self.sarif.take() {
            sarif.finish(&mut self.out)?;
        }
        self.out.flush()
    }
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

/// The workspace of a check: its root is the folder of the plead.toml in use, else
/// the checked path (a folder) or its folder. Indexes the docket found there.
fn workspace_for(config_path: Option<&Path>, first: Option<&Path>, config: &Config) -> Workspace {
    let root = config_path
        .map(Path::to_path_buf)
        .or_else(|| first.and_then(find_workspace_config))
        .and_then(|toml| toml.parent().map(Path::to_path_buf))
        .or_else(|| {
            first.map(|p| {
                if p.is_dir() {
                    p.to_path_buf()
                } else {
                    p.parent().map(Path::to_path_buf).unwrap_or_default()
                }
            })
        });
    let Some(root) = root else {
        return Workspace::default();
    };
    let root = if root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        root
    };
    let (docket, warnings) = crate::record::index_workspace(&root, config);
    for w in &warnings {
        eprintln!("plead: warning: {w}");
    }
    Workspace {
        docket: (!docket.is_empty()).then(|| Arc::new(docket)),
    }
}

fn write_human(
    out: &mut impl Write,
    path: &Path,
    text: &str,
    findings: &[Finding],
) -> io::Result<()> {
    let index = LineIndex::new(text);
    for f in findings {
        let start = index.line_col(text, f.span.start, Encoding::Utf32);
        let end = index.line_col(text, f.span.end, Encoding::Utf32);
        writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            path.display(),
            start.line + 1,
            start.col + 1,
            f.severity.as_str(),
            f.code,
            f.message
        )?;
        if let Some((ls, le)) = index.line_range(text, start.line as usize) {
            let line = text[ls..le].replace('\t', " ");
            let width = if end.line == start.line {
                (end.col - start.col).max(1)
            } else {
                1
            };
            writeln!(out, "  {line}")?;
            writeln!(
                out,
                "  {}{}",
                " ".repeat(start.col as usize),
                "^".repeat(width as usize)
            )?;
        }
        for fix in &f.fixes {
            writeln!(out, "  = fix: {}", fix.title)?;
        }
    }
    Ok(())
}

fn write_json(
    out: &mut impl Write,
    path: &Path,
    text: &str,
    findings: &[Finding],
) -> io::Result<()> {
    let index = LineIndex::new(text);
    let pos = |offset: usize| {
        let lc = index.line_col(text, offset, Encoding::Utf16);
        Position::new(lc.line, lc.col)
    };
    let diagnostics: Vec<_> = findings.iter().map(|f| json_diagnostic(f, &pos)).collect();
    let line =
        serde_json::json!({ "path": path.display().to_string(), "diagnostics": diagnostics });
    writeln!(out, "{line}")
}
