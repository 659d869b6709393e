//! `plead toa FILE [--format markdown|json]`: the table of authorities of a
//! document. JSON lists every authority with every citation's range and kind.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;
use serde_json::json;

use super::{input, load_config};
use crate::analysis::ParagraphCache;
use crate::authorities::toa;
use crate::citations::Authorities;
use crate::engine::analyze;
use crate::formats::{Converted, SourceKind};
use crate::text::{Encoding, LineIndex};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ToaFormat {
    Markdown,
    Json,
}

pub fn run(file: &Path, stdin_filename: Option<&Path>, format: ToaFormat) -> ExitCode {
    let stdin =
        match input::stdin_document(std::slice::from_ref(&file.to_path_buf()), stdin_filename) {
            Ok(stdin) => stdin,
            Err(code) => return code,
        };
    // The document's name, its conversion, and where its plead.toml is looked for.
    let (path, converted, near) = match stdin {
        Some(doc) => {
            let converted = crate::loader::input::convert_named(&doc.bytes, &doc.name)
                .map_err(|reason| format!("{}: {reason}", doc.name.display()));
            (doc.name, converted, doc.near)
        }
        None => (
            file.to_path_buf(),
            crate::loader::input::read_document(file),
            file.to_path_buf(),
        ),
    };
    let path = path.as_path();
    let converted = match converted {
        Ok(converted) => converted,
        Err(message) => {
            eprintln!("plead: {message}");
            return ExitCode::from(2);
        }
    };
    for w in input::warnings(path, &converted) {
        eprintln!("{w}");
    }
    let text = converted.text.as_str();
    let (config, warnings) = match load_config(None, Some(&near)) {
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
        text,
        input::format_of(path, &converted),
        &config,
        &mut ParagraphCache::default(),
    );
    let empty = Authorities::default();
    let auths = Authorities::of(&analysis).unwrap_or(&empty);
    let mut table = toa::build(&analysis, auths, None);
    toa::drop_table_entries(&mut table, text);
    repaginate(&mut table, &converted);
    let output = match format {
        ToaFormat::Markdown => {
            let body = toa::render_markdown(&table, 2);
            format!("# Table of Authorities\n\n{body}\n")
        }
        ToaFormat::Json => format!("{}\n", to_json(&table, path, &converted)),
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

/// A page's number as printed on it: a number, or a Roman numeral (front matter).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum PrintedPage {
    Roman(u32, String),
    Number(u32),
}

/// The number printed on a PDF page (1-based physical), if one was read.
fn printed_page(converted: &Converted, physical: u32) -> Option<PrintedPage> {
    let printed = converted
        .printed_pages
        .get((physical as usize).checked_sub(1)?)?
        .as_deref()?;
    match printed.parse() {
        Ok(n) => Some(PrintedPage::Number(n)),
        Err(_) => toa::roman_value(printed).map(|v| PrintedPage::Roman(v, printed.to_string())),
    }
}

/// Page numbers from the source itself for a PDF or .docx: the number printed on
/// the PDF page where one was read (a brief's `12`, or `iii` in its front matter),
/// else the physical page.
fn repaginate(table: &mut toa::Table, converted: &Converted) {
    if converted.kind == SourceKind::Text || converted.page_starts.is_empty() {
        return;
    }
    for entry in table.sections.iter_mut().flat_map(|s| s.entries.iter_mut()) {
        let mut printed_pages = Vec::new();
        for c in &mut entry.citations {
            let Some(physical) = converted.location(c.range.start).page else {
                continue;
            };
            let printed = printed_page(converted, physical);
            // A Roman-numbered page keeps its physical number as the citation's page.
            c.page = match printed {
                Some(PrintedPage::Number(n)) => n,
                _ => physical,
            };
            printed_pages.push(printed.unwrap_or(PrintedPage::Number(physical)));
        }
        printed_pages.sort();
        printed_pages.dedup();
        entry.pages = printed_pages
            .iter()
            .filter_map(|p| match p {
                PrintedPage::Number(n) => Some(*n),
                PrintedPage::Roman(..) => None,
            })
            .collect();
        entry.page_labels.clear();
        if printed_pages
            .iter()
            .any(|p| matches!(p, PrintedPage::Roman(..)))
        {
            entry.page_labels = printed_pages
                .iter()
                .map(|p| match p {
                    PrintedPage::Roman(_, label) => label.clone(),
                    PrintedPage::Number(n) => n.to_string(),
                })
                .collect();
        }
        entry.passim = printed_pages.len() >= toa::PASSIM_PAGES;
    }
}

/// The table as JSON: sections → authorities → citations with byte and
/// line/character ranges (0-based, UTF-16 characters as in LSP). An authority's
/// `pages` are the table's (the numbers printed on a PDF's pages where read); each
/// citation's `page` is where it lies as `plead check` and `plead cites` name it (the
/// 1-based physical page of a PDF or .docx), with `printed_page` beside it when the
/// PDF page prints another number.
pub fn to_json(table: &toa::Table, path: &Path, converted: &Converted) -> serde_json::Value {
    let text = converted.text.as_str();
    let lines = LineIndex::new(text);
    let position = |offset: usize| {
        let lc = lines.line_col(text, offset, Encoding::Utf16);
        json!({"line": lc.line, "character": lc.col})
    };
    let paged = converted.kind != SourceKind::Text && !converted.page_starts.is_empty();
    let citation = |c: &toa::TableCitation| {
        let mut value = json!({
            "kind": c.kind,
            "text": c.text,
            "page": c.page,
            "start": c.range.start,
            "end": c.range.end,
            "range": {"start": position(c.range.start), "end": position(c.range.end)},
        });
        if paged {
            let at = converted.location(c.range.start);
            if let Some(object) = value.as_object_mut() {
                if let Some(physical) = at.page {
                    match printed_page(converted, physical) {
                        Some(PrintedPage::Roman(_, label)) => {
                            object.insert("printed_page".into(), label.into());
                        }
                        _ if physical != c.page => {
                            object.insert("printed_page".into(), c.page.into());
                        }
                        _ => {}
                    }
                }
                object.extend(input::location_fields(at, ["page", "paragraph", "note"]));
            }
        }
        value
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
                        "pages": pages_json(e),
                        "passim": e.passim,
                        "citations": e.citations.iter().map(citation).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({"title": s.title, "authorities": authorities})
        })
        .collect();
    json!({"path": path.to_string_lossy(), "sections": sections})
}

/// An authority's pages in JSON: numbers, and the labels of Roman-numbered pages as
/// strings (`["ii", 16, 34]`).
fn pages_json(e: &toa::TableEntry) -> serde_json::Value {
    if e.page_labels.is_empty() {
        return json!(e.pages);
    }
    e.page_labels
        .iter()
        .map(|label| match label.parse::<u32>() {
            Ok(n) => json!(n),
            Err(_) => json!(label),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::document::Format;

    /// A brief's front matter is numbered in Roman numerals: a citation there is listed
    /// under the number printed on its page (`ii`), before the body's pages.
    #[test]
    fn front_matter_pages_are_listed_as_printed() {
        let text = "Oral argument would help. See Roe v. Wade, 410 U.S. 113 (1973).\n\
                    \u{c}The State argues. Roe v. Wade, 410 U.S. 113, 120 (1973).\n";
        let mut converted = Converted::plain(text.to_string(), Vec::new());
        converted.kind = SourceKind::Pdf;
        converted.page_starts = vec![0, text.find('\u{c}').expect("page break") + 1];
        converted.printed_pages = vec![Some("ii".into()), Some("3".into())];
        let analysis = analyze(
            text,
            Format::Plain,
            &Config::default(),
            &mut ParagraphCache::default(),
        );
        let auths = Authorities::of(&analysis).expect("citations");
        let mut table = toa::build(&analysis, auths, None);
        repaginate(&mut table, &converted);
        let roe = &table.sections[0].entries[0];
        assert_eq!(toa::pages_text(roe), "ii, 3");
        assert_eq!(pages_json(roe), json!(["ii", 3]));
        assert_eq!(roe.pages, vec![3]);
    }
}
