//! `plead cites [--format human|json] PATH...`: every citation found, one per
//! line (json: one object per citation with its parsed fields and antecedent).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use serde::Serialize;

use super::{input, inputs};
use crate::analysis::{Analysis, ParagraphCache};
use crate::citations::{Authorities, CitationKind};
use crate::config::Config;
use crate::document::Format;
use crate::engine::{analyze_with, analyzers, Workspace};
use crate::formats::{Converted, SourceKind};
use crate::text::{Encoding, LineCol, LineIndex};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CitesFormat {
    Human,
    Json,
}

/// An LSP-style position: 0-based line, UTF-16 character.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: u32,
    pub character: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    pub start: Position,
    pub end: Position,
}

/// One citation as `plead cites --format json` prints it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CiteRecord {
    pub path: String,
    /// Index of this citation in the file (what `antecedent` refers to).
    pub index: usize,
    pub kind: &'static str,
    pub text: String,
    pub range: Range,
    pub case_name: Option<String>,
    pub volume: Option<String>,
    pub reporter: Option<String>,
    pub reporter_standard: Option<String>,
    /// The reporter's first page of the case (`1039` in `930 F.3d 1039`).
    pub first_page: Option<String>,
    pub pin: Option<String>,
    pub court: Option<String>,
    pub year: Option<u16>,
    /// Statute section or rule number.
    pub section: Option<String>,
    pub antecedent: Option<usize>,
    pub authority: Option<usize>,
    /// The citation style the document is held to (`bluebook`, `california`, `new-york`).
    pub style: Option<&'static str>,
    /// Where the citation lies in a PDF or .docx, under the names `plead check` uses:
    /// `page` (the 1-based physical page), `paragraph` (the .docx body paragraph; for a
    /// note, the one holding its mark), `note` (`"footnote 2"`). Absent for text.
    #[serde(rename = "page", skip_serializing_if = "Option::is_none")]
    pub source_page: Option<u32>,
    #[serde(rename = "paragraph", skip_serializing_if = "Option::is_none")]
    pub source_paragraph: Option<u32>,
    #[serde(rename = "note", skip_serializing_if = "Option::is_none")]
    pub source_note: Option<String>,
}

/// The citation records of an analyzed text.
pub fn records(analysis: &Analysis, source: &str, path: &str) -> Vec<CiteRecord> {
    let Some(model) = Authorities::of(analysis) else {
        return Vec::new();
    };
    let index = LineIndex::new(source);
    let pos = |offset: usize| {
        let lc = index.line_col(source, offset, Encoding::Utf16);
        Position {
            line: lc.line,
            character: lc.col,
        }
    };
    let own = |s: Option<&str>| s.map(str::to_string);
    let style = crate::citations::style::in_force(analysis).map(|s| s.style.key());
    let mut out = Vec::with_capacity(model.citations.len());
    for (i, r) in model.citations.iter().enumerate() {
        let Some(span) = model.source_span(analysis, i) else {
            continue;
        };
        let range = Range {
            start: pos(span.start),
            end: pos(span.end),
        };
        let record = match model.citation(analysis, i) {
            Some(c) => {
                // The document pass decides what a bare `Name, 478 U.S. 675` is: read as a
                // full citation, its number is the first page, not a pin.
                let (page, pin) = match c.bare_number() {
                    Some(n) if r.kind == CitationKind::FullCase => (Some(c.slice(n)), None),
                    _ => (c.page_text(), c.pin_text()),
                };
                CiteRecord {
                    path: path.to_string(),
                    index: i,
                    kind: r.kind.as_str(),
                    text: c.text.clone(),
                    range,
                    case_name: own(c.case_name_text()),
                    volume: own(c.volume_text()),
                    reporter: own(c.reporter_text()),
                    reporter_standard: own(c.reporter_standard),
                    first_page: own(page),
                    pin,
                    court: own(c.court_text()),
                    year: c.year,
                    section: own(c.section_text()),
                    antecedent: r.antecedent,
                    authority: r.authority.map(|a| a.0),
                    style,
                    source_page: None,
                    source_paragraph: None,
                    source_note: None,
                }
            }
            // A record cite another analyzer found (no parsed citation behind it).
            None => CiteRecord {
                path: path.to_string(),
                index: i,
                kind: r.kind.as_str(),
                text: source.get(span.start..span.end).unwrap_or("").to_string(),
                range,
                case_name: None,
                volume: None,
                reporter: None,
                reporter_standard: None,
                first_page: None,
                pin: None,
                court: None,
                year: None,
                section: None,
                antecedent: r.antecedent,
                authority: r.authority.map(|a| a.0),
                style,
                source_page: None,
                source_paragraph: None,
                source_note: None,
            },
        };
        out.push(record);
    }
    out
}

/// Analyzes one text and lists its citations. Only the citation engine and the
/// record analyzer (whose cites are `Id.` antecedents) run: listing citations
/// needs no spelling dictionary (its first use costs more than all the rest).
pub fn cites_in_text(text: &str, path: &str, config: &Config) -> Vec<CiteRecord> {
    cites_and_style(text, path, config).0
}

/// The citation records of a text and the style it is held to, described for people
/// (`California Style Manual (detected from the caption)`).
pub fn cites_and_style(text: &str, path: &str, config: &Config) -> (Vec<CiteRecord>, String) {
    cites_with_format(text, Format::detect(path), path, config)
}

/// The citations of a converted file (PDF, .docx, text), each with its page,
/// paragraph or note in the source, and the style it is held to.
pub fn cites_in_converted(
    converted: &Converted,
    format: Format,
    path: &str,
    config: &Config,
) -> (Vec<CiteRecord>, String) {
    let text = converted.text.as_str();
    let (mut records, style) = cites_with_format(text, format, path, config);
    if converted.kind != SourceKind::Text {
        let index = LineIndex::new(text);
        for r in &mut records {
            let start = LineCol {
                line: r.range.start.line,
                col: r.range.start.character,
            };
            let at = converted.location(index.offset(text, start, Encoding::Utf16).offset);
            r.source_page = at.page;
            r.source_paragraph = at.paragraph;
            r.source_note = input::note_label(at);
        }
    }
    (records, style)
}

fn cites_with_format(
    text: &str,
    format: Format,
    path: &str,
    config: &Config,
) -> (Vec<CiteRecord>, String) {
    let needed: Vec<_> = analyzers()
        .into_iter()
        .filter(|a| matches!(a.id(), "citations" | "record"))
        .collect();
    let analysis = analyze_with(
        &needed,
        text,
        format,
        config,
        &Workspace::default(),
        &mut ParagraphCache::default(),
        &|| false,
    );
    let Some(analysis) = analysis else {
        return (Vec::new(), String::new());
    };
    let style = crate::citations::style::in_force(&analysis)
        .map(|s| s.describe())
        .unwrap_or_default();
    (records(&analysis, text, path), style)
}

/// A document to list: its name, and its bytes when it is standard input.
type Document = (PathBuf, Option<Vec<u8>>);

pub fn run(
    format: CitesFormat,
    config_path: Option<&Path>,
    stdin_filename: Option<&Path>,
    paths: &[PathBuf],
) -> ExitCode {
    let stdin = match input::stdin_document(paths, stdin_filename) {
        Ok(stdin) => stdin,
        Err(code) => return code,
    };
    // Each document: its name, and its bytes when it is standard input (a file is
    // read when its turn comes, so a folder is never held in memory at once).
    let (documents, config): (Vec<Document>, Config) = match stdin {
        Some(doc) => match super::load_config(config_path, Some(&doc.near)) {
            Ok((config, warnings)) => {
                for w in &warnings {
                    eprintln!("plead: warning: {w}");
                }
                (vec![(doc.name, Some(doc.bytes))], config)
            }
            Err(e) => {
                eprintln!("plead: {e:#}");
                return ExitCode::from(2);
            }
        },
        None => match inputs(config_path, paths) {
            Ok((files, config)) => (files.into_iter().map(|f| (f, None)).collect(), config),
            Err(code) => return code,
        },
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut io_error = false;
    for (path, bytes) in documents {
        let converted = match bytes {
            Some(bytes) => crate::loader::input::convert_named(&bytes, &path)
                .map_err(|reason| format!("{}: {reason}", path.display())),
            None => crate::loader::input::read_document(&path),
        };
        let converted = match converted {
            Ok(converted) => converted,
            Err(message) => {
                eprintln!("plead: {message}");
                io_error = true;
                continue;
            }
        };
        for w in input::warnings(&path, &converted) {
            eprintln!("{w}");
        }
        let name = path.display().to_string();
        let format_of = input::format_of(&path, &converted);
        let (records, style) = cites_in_converted(&converted, format_of, &name, &config);
        if format == CitesFormat::Human && !records.is_empty() {
            if let Err(e) = writeln!(out, "{name}: citation style: {style}") {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
            }
        }
        let result = records.iter().try_for_each(|r| match format {
            CitesFormat::Json => match serde_json::to_string(r) {
                Ok(line) => writeln!(out, "{line}"),
                Err(e) => Err(io::Error::other(e)),
            },
            CitesFormat::Human => write_human(&mut out, r),
        });
        if let Err(e) = result {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("plead: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    let _ = out.flush();
    if io_error {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_human(out: &mut impl Write, r: &CiteRecord) -> io::Result<()> {
    let mut antecedent = r.antecedent.map_or(String::new(), |a| format!("  → #{a}"));
    let place: Vec<String> = [
        r.source_note.clone(),
        r.source_paragraph.map(|p| format!("paragraph {p}")),
        r.source_page.map(|p| format!("page {p}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !place.is_empty() {
        antecedent.push_str(&format!(" ({})", place.join(", ")));
    }
    writeln!(
        out,
        "{}:{}:{}: #{} {}: {}{antecedent}",
        r.path,
        r.range.start.line + 1,
        r.range.start.character + 1,
        r.index,
        r.kind,
        r.text
    )
}
