//! `plead check`: analyze files and print findings like a compiler.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use tower_lsp::lsp_types::Position;

use super::{find_workspace_config, inputs, sarif, OutputFormat};
use crate::analysis::{analyze_in, Finding, ParagraphCache, Severity, Workspace};
use crate::config::Config;
use crate::document::Format;
use crate::server::convert::json_diagnostic;
use crate::text::{Encoding, LineIndex};

pub fn run(format: OutputFormat, config_path: Option<&Path>, paths: &[PathBuf]) -> ExitCode {
    let (files, config) = match inputs(config_path, paths) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let workspace = workspace_for(config_path, paths.first().map(|p| p.as_path()), &config);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut any_error = false;
    let mut io_error = false;
    let mut sarif = (format == OutputFormat::Sarif).then(|| sarif::Writer::start(&mut out));
    for path in &files {
        let text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                eprintln!("plead: cannot read {}: {e}", path.display());
                io_error = true;
                continue;
            }
        };
        let findings = check_text_in(&text, &path.to_string_lossy(), &config, &workspace);
        any_error |= findings.iter().any(|f| f.severity == Severity::Error);
        let result = match format {
            OutputFormat::Human => write_human(&mut out, path, &text, &findings),
            OutputFormat::Json => write_json(&mut out, path, &text, &findings),
            OutputFormat::Sarif => match &mut sarif {
                Some(w) => w.write_file(&mut out, path, &text, &findings),
                None => Ok(()),
            },
        };
        if let Err(e) = result {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::from(if any_error { 1 } else { 0 });
            }
            eprintln!("plead: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    if let Some(w) = sarif {
        let _ = w.finish(&mut out);
    }
    let _ = out.flush();
    if io_error {
        ExitCode::from(2)
    } else if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
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
