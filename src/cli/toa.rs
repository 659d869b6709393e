//! `plead toa FILE [--format markdown|json]`: the table of authorities of a
//! document. JSON lists every authority with every citation's range and kind.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;
use serde_json::json;

use super::load_config;
use crate::analysis::ParagraphCache;
use crate::authorities::toa;
use crate::citations::Authorities;
use crate::document::Format;
use crate::engine::analyze;
use crate::text::{Encoding, LineIndex};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ToaFormat {
    Markdown,
    Json,
}

pub fn run(path: &Path, format: ToaFormat) -> ExitCode {
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("plead: cannot read {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let (config, warnings) = match load_config(None, Some(path)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("plead: {e:#}");
            return ExitCode::from(2);
        }
    };
    for w in &warnings {
        eprintln!("plead: warning: {w}");
    }
    let analysis = analyze(
        &text,
        Format::detect(&path.to_string_lossy()),
        &config,
        &mut ParagraphCache::default(),
    );
    let empty = Authorities::default();
    let auths = Authorities::of(&analysis).unwrap_or(&empty);
    let table = toa::build(&analysis, auths, None);
    let output = match format {
        ToaFormat::Markdown => {
            let body = toa::render_markdown(&table, 2);
            format!("# Table of Authorities\n\n{body}\n")
        }
        ToaFormat::Json => format!("{}\n", to_json(&table, path, &text)),
    };
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("plead: {e}");
            ExitCode::from(2)
        }
    }
}

/// The table as JSON: sections → authorities → citations with byte and
/// line/character ranges (0-based, UTF-16 characters as in LSP).
pub fn to_json(table: &toa::Table, path: &Path, text: &str) -> serde_json::Value {
    let lines = LineIndex::new(text);
    let position = |offset: usize| {
        let lc = lines.line_col(text, offset, Encoding::Utf16);
        json!({"line": lc.line, "character": lc.col})
    };
    let sections: Vec<_> = table
        .sections
        .iter()
        .map(|s| {
            let authorities: Vec<_> = s
                .entries
                .iter()
                .map(|e| {
                    json!({
                        "name": e.name,
                        "kind": e.kind,
                        "pages": e.pages,
                        "passim": e.passim,
                        "citations": e.citations.iter().map(|c| json!({
                            "kind": c.kind,
                            "text": c.text,
                            "page": c.page,
                            "start": c.range.start,
                            "end": c.range.end,
                            "range": {"start": position(c.range.start), "end": position(c.range.end)},
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({"title": s.title, "authorities": authorities})
        })
        .collect();
    json!({"path": path.to_string_lossy(), "sections": sections})
}
