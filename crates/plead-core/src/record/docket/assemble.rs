//! Putting a workspace's docket together from files the loader read: which files
//! are docket candidates (by name), reading a candidate's text as a report, one
//! docket per case, filed documents to their entries. Pure: the loader
//! (`plead::loader::docket`) walks the folder, reads files and resolves paths.

use std::path::{Path, PathBuf};

use super::filenames::{pacer_document_id, parse_filename, NamedFile};
use super::{
    acms_json, claims, csv, pacer_html, recap_json, Docket, DocumentFile, ParseError, ParsedDocket,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    PacerHtml,
    RecapJson,
    Csv,
}

/// What the loader found in a workspace, read and classified.
#[derive(Default)]
pub struct Found {
    /// Docket reports read as such, with their paths.
    pub parsed: Vec<(PathBuf, ParsedDocket)>,
    /// Documents named after their entry (`034 - Motion.pdf`, `ECF 34.pdf`).
    pub documents: Vec<(PathBuf, NamedFile)>,
    /// Documents saved under their PACER document id.
    pub by_document_id: Vec<PathBuf>,
}

/// How the loader resolves what the docket data names: a path written in a docket
/// file (relative to that file's folder) to a file inside the workspace, and a
/// document's page count.
pub trait Files {
    fn resolve(
        &self,
        base: &Path,
        raw: &str,
        documents: &[(PathBuf, NamedFile)],
    ) -> Option<DocumentFile>;
    fn page_count(&self, path: &Path) -> Option<u32>;
}

/// The docket of a workspace from what was found at `root`: one docket per case
/// (reports of the same case merge), the largest the workspace's own and the others
/// its related cases; filed documents go to the case whose files are nearest.
pub fn assemble(root: &Path, found: Found, files: &dyn Files) -> Docket {
    let Found {
        mut parsed,
        documents,
        by_document_id,
    } = found;
    // Order: PACER, then RECAP, then CSV (the clerk's text is the most complete).
    parsed.sort_by_key(|(p, _)| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        kind_by_name(name, true).map_or(3, |k| k as u8)
    });
    let mut cases: Vec<Docket> = Vec::new();
    for (source, p) in parsed {
        let base = source.parent().unwrap_or(root).to_path_buf();
        let resolve = |raw: &str| files.resolve(&base, raw, &documents);
        let at = case_of(&cases, &p, &source);
        match at {
            Some(i) => cases[i].merge(p, source, &resolve),
            None => {
                let mut d = Docket::default();
                d.merge(p, source, &resolve);
                cases.push(d);
            }
        }
    }
    if cases.is_empty() {
        cases.push(Docket::default());
    }
    for (path, named) in documents {
        let page_count = files.page_count(&path);
        let i = nearest_case(&cases, &path);
        cases[i].add_file(&named, DocumentFile { path, page_count });
    }
    for path in by_document_id {
        let id = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(pacer_document_id)
            .unwrap_or("")
            .to_string();
        for d in &mut cases {
            d.add_file_by_document_id(
                &id,
                DocumentFile {
                    path: path.clone(),
                    page_count: None,
                },
            );
        }
    }
    // The largest docket is the workspace's own; the others are related cases.
    cases.sort_by_key(|d| std::cmp::Reverse(d.len() + d.claims.len()));
    let mut cases = cases.into_iter();
    let mut docket = cases.next().unwrap_or_default();
    docket.related = cases.collect();
    docket
}

/// What a file is to the docket, by its name alone: a document named after its entry,
/// one saved under its PACER document id, a docket candidate of some kind, or nothing.
pub enum Candidate {
    Document(NamedFile),
    DocumentId,
    Report(Kind),
}

/// Classifies a file name; `explicit` when the user named this file as the docket.
pub fn candidate(name: &str, explicit: bool) -> Option<Candidate> {
    if let Some(named) = parse_filename(name) {
        return Some(Candidate::Document(named));
    }
    if pacer_document_id(name).is_some() {
        return Some(Candidate::DocumentId);
    }
    kind_by_name(name, explicit).map(Candidate::Report)
}

/// Reads a docket candidate's text. `Ok(None)` when it is plainly not a docket (some
/// other HTML or JSON file in the workspace) and nothing suggests it should be; an
/// error when it should be one and cannot be read as one.
pub fn read_report(
    kind: Kind,
    name: &str,
    text: &str,
    explicit: bool,
) -> Result<Option<ParsedDocket>, ParseError> {
    parse_as(kind, text, explicit || is_named_docket(name))
}

/// The case docket a parsed file belongs to: the one with its case number, else (a
/// file that does not say its case) the one read from the same folder, else the
/// only one.
fn case_of(cases: &[Docket], parsed: &ParsedDocket, source: &Path) -> Option<usize> {
    let key = parsed
        .case_number
        .as_deref()
        .and_then(crate::record::case::case_key);
    if let Some(key) = key {
        return cases.iter().position(|d| {
            d.case_number
                .as_deref()
                .and_then(crate::record::case::case_key)
                .is_some_and(|k| k == key)
        });
    }
    let folder = source.parent();
    cases
        .iter()
        .position(|d| d.sources.iter().any(|s| s.parent() == folder))
        .or_else(|| (cases.len() == 1).then_some(0))
}

/// The case docket a filed document belongs to: the one whose docket files are in
/// the nearest folder above it (or beside it), else the largest.
fn nearest_case(cases: &[Docket], path: &Path) -> usize {
    let depth_shared = |d: &Docket| {
        d.sources
            .iter()
            .filter_map(|s| s.parent())
            .filter(|folder| path.starts_with(folder))
            .map(|folder| folder.components().count())
            .max()
    };
    (0..cases.len())
        .max_by_key(|&i| (depth_shared(&cases[i]), cases[i].len()))
        .unwrap_or(0)
}

/// Whether a change to the file at `path` can change the docket (a docket report,
/// RECAP JSON, docket CSV or an entry-named document), so a watcher knows when to
/// index again.
pub fn affects_docket(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    parse_filename(name).is_some()
        || pacer_document_id(name).is_some()
        || kind_by_name(name, false).is_some()
}

fn kind_by_name(name: &str, any_name: bool) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "html" | "htm" => Some(Kind::PacerHtml),
        "json" | "acms_json" => Some(Kind::RecapJson),
        // A CSV is only taken for the docket when it says so (`docket.csv`, `ayobi-docket.csv`).
        "csv" if any_name || lower.contains("docket") => Some(Kind::Csv),
        _ => None,
    }
}

/// A file whose name says it is a docket: unreadable content is worth a warning
/// (other HTML and JSON files in a workspace are skipped silently).
pub fn is_named_docket(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.contains("docket") || lower.starts_with("gov.uscourts.")
}

/// Parses a candidate file. `Ok(None)` when it is plainly not a docket (some other
/// HTML or JSON file in the workspace) and nothing suggests it should be.
fn parse_as(
    kind: Kind,
    text: &str,
    should_be_docket: bool,
) -> Result<Option<ParsedDocket>, ParseError> {
    let parsed = match kind {
        Kind::PacerHtml if claims::looks_like(text) => claims::parse(text)?,
        Kind::PacerHtml if pacer_html::looks_like(text) || should_be_docket => {
            pacer_html::parse(text)?
        }
        Kind::RecapJson if acms_json::looks_like(text) => acms_json::parse(text)?,
        Kind::RecapJson if recap_json::looks_like(text) || should_be_docket => {
            recap_json::parse(text)?
        }
        Kind::Csv => csv::parse(text)?,
        _ => return Ok(None),
    };
    if parsed.entries.is_empty() && parsed.claims.is_empty() && parsed.case_number.is_none() {
        return Err(ParseError("no numbered docket entries".into()));
    }
    Ok(Some(parsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn which_changes_touch_the_docket() {
        for yes in [
            "docket.csv",
            "Ayobi - PACER docket report.html",
            "recap.json",
            "034 - Motion.pdf",
            "dir/34-1.pdf",
        ] {
            assert!(affects_docket(Path::new(yes)), "{yes}");
        }
        for no in ["brief.txt", "notes.md", "contacts.csv", "plead.toml"] {
            assert!(!affects_docket(Path::new(no)), "{no}");
        }
    }
}
