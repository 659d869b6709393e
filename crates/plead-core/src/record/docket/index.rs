//! Finding and reading the docket in a workspace: the only I/O of the record
//! domain. Bounded in every direction: folder depth, files visited, file size;
//! symbolic links are not followed; paths from docket data never leave the root.

use std::path::{Component, Path, PathBuf};

use super::filenames::{pacer_document_id, parse_filename, NamedFile, DOCUMENT_EXTENSIONS};
use super::{
    acms_json, claims, csv, pacer_html, recap_json, Docket, DocumentFile, ParseError, ParsedDocket,
};
use crate::config::Config;
use crate::document::Format;

/// Files larger than this are skipped (a docket report is well under 1 MB).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// How deep below the root the walk goes.
pub const MAX_DEPTH: usize = 8;
/// How many directory entries the walk looks at in total.
pub const MAX_VISITED: usize = 50_000;
/// Folders never worth entering.
const SKIPPED_DIRS: &[&str] = &["target", "node_modules", "__pycache__", "venv"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    PacerHtml,
    RecapJson,
    Csv,
}

/// Indexes the docket of the workspace at `root`: `config.docket` (a file or folder,
/// relative to the root) when set, else every docket file and entry-named document
/// found below the root. Returns the docket and warnings (each naming its file).
pub fn index_workspace(root: &Path, config: &Config) -> (Docket, Vec<String>) {
    let mut warnings = Vec::new();
    let mut docket = Docket::default();
    let Ok(root) = root.canonicalize() else {
        warnings.push(format!(
            "{}: workspace folder cannot be read",
            root.display()
        ));
        return (docket, warnings);
    };
    let start = match &config.docket {
        Some(rel) => {
            let p = root.join(rel);
            if !p.exists() {
                warnings.push(format!(
                    "{}: configured docket (`docket = \"{rel}\"`) does not exist",
                    p.display()
                ));
                return (docket, warnings);
            }
            p
        }
        None => root.clone(),
    };
    let mut files = Vec::new();
    if start.is_file() {
        files.push(start.clone());
    } else {
        let mut visited = 0;
        walk(&start, 0, &mut visited, &mut files, &mut warnings);
    }
    files.sort();
    let explicit = config.docket.is_some() && start.is_file();

    // Docket files first, so their text wins over titles taken from file names.
    let mut documents: Vec<(PathBuf, NamedFile)> = Vec::new();
    let mut by_document_id: Vec<PathBuf> = Vec::new();
    let mut parsed: Vec<(PathBuf, ParsedDocket)> = Vec::new();
    for path in &files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(named) = parse_filename(name) {
            documents.push((path.clone(), named));
            continue;
        }
        if pacer_document_id(name).is_some() {
            by_document_id.push(path.clone());
            continue;
        }
        let Some(kind) = kind_by_name(name, explicit) else {
            continue;
        };
        // Only a file meant as the docket is worth a warning; other HTML/JSON files in
        // the workspace (web pages, test data) are skipped silently.
        let wanted = explicit || is_named_docket(name);
        let text = match read_text(path) {
            Ok(t) => t,
            Err(e) => {
                if wanted {
                    warnings.push(format!("{}: {e}; skipped", path.display()));
                }
                continue;
            }
        };
        match parse_as(kind, &text, wanted) {
            Ok(Some(p)) => {
                if p.entries.is_empty() && p.unnumbered.is_empty() && p.claims.is_empty() {
                    warnings.push(format!(
                        "{}: docket report{} lists no entries (saved with none matching the selection, or cut short); only its header is used",
                        path.display(),
                        p.case_number.as_deref().map(|n| format!(" for No. {n}")).unwrap_or_default()
                    ));
                }
                parsed.push((path.clone(), p));
            }
            Ok(None) => {}
            Err(e) if wanted => warnings.push(format!(
                "{}: not a readable docket ({e}); skipped",
                path.display()
            )),
            Err(_) => {}
        }
    }
    // Order: PACER, then RECAP, then CSV (the clerk's text is the most complete).
    parsed.sort_by_key(|(p, _)| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        kind_by_name(name, true).map_or(3, |k| k as u8)
    });
    let document_files: Vec<(PathBuf, NamedFile)> = documents.clone();
    // One docket per case: reports of the same case merge, other cases stay apart.
    let mut cases: Vec<Docket> = Vec::new();
    for (source, p) in parsed {
        let base = source.parent().unwrap_or(&root).to_path_buf();
        let resolve = |raw: &str| resolve_path(&root, &base, raw, &document_files);
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
        let page_count = text_page_count(&path);
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
    docket = cases.next().unwrap_or_default();
    docket.related = cases.collect();
    (docket, warnings)
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

/// A file whose name says it is a docket: unreadable content is worth a warning.
fn is_named_docket(name: &str) -> bool {
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

fn read_text(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!("larger than {} MB", MAX_FILE_BYTES / (1024 * 1024)));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.iter().take(8192).filter(|&&b| b == 0).count() > 0 {
        return Err("binary data".into());
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn walk(
    dir: &Path,
    depth: usize,
    visited: &mut usize,
    out: &mut Vec<PathBuf>,
    warnings: &mut Vec<String>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        *visited += 1;
        if *visited > MAX_VISITED {
            if *visited == MAX_VISITED + 1 {
                warnings.push(format!(
                    "{}: more than {MAX_VISITED} files; the docket search stopped early (set `docket` in plead.toml)",
                    dir.display()
                ));
            }
            return;
        }
        // file_type() does not follow symbolic links: links are never entered or read.
        let Ok(ft) = entry.file_type() else { continue };
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if ft.is_dir() {
            if !name.starts_with('.') && !SKIPPED_DIRS.contains(&name.as_ref()) {
                walk(&path, depth + 1, visited, out, warnings);
            }
        } else if ft.is_file() {
            out.push(path);
        }
    }
}

/// A path from docket data, if it names a file inside the workspace: relative to the
/// docket file's folder or to the root; else a document file found by the same name.
/// Absolute paths and paths that climb out (`../../etc/passwd`) are ignored.
fn resolve_path(
    root: &Path,
    base: &Path,
    raw: &str,
    documents: &[(PathBuf, NamedFile)],
) -> Option<DocumentFile> {
    let raw = raw.trim().replace('\\', "/");
    let rel = Path::new(&raw);
    let safe = !raw.is_empty()
        && rel
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
        && !raw.contains(':');
    if !safe {
        return None;
    }
    for candidate in [base.join(rel), root.join(rel)] {
        // The symlink check: the real location must still be inside the root.
        if let Ok(real) = candidate.canonicalize() {
            if real.starts_with(root) && real.is_file() {
                return Some(DocumentFile {
                    page_count: text_page_count(&real),
                    path: real,
                });
            }
        }
    }
    let name = rel.file_name()?;
    documents
        .iter()
        .find(|(p, _)| p.file_name() == Some(name))
        .map(|(p, _)| DocumentFile {
            path: p.clone(),
            page_count: text_page_count(p),
        })
}

/// Pages of a text document (form feeds, pleading-paper page restarts); None for PDFs.
fn text_page_count(path: &Path) -> Option<u32> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if ext == "pdf" || !DOCUMENT_EXTENSIONS.contains(&ext.as_str()) {
        return None;
    }
    let text = read_text(path).ok()?;
    Some(crate::record::pages::page_count(
        &text,
        Format::detect(&path.to_string_lossy()),
    ))
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

    #[test]
    fn docket_paths_never_leave_the_root() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().canonicalize().expect("canonical");
        std::fs::write(root.join("34.pdf"), b"%PDF").expect("write");
        for hostile in [
            "../../etc/passwd",
            "/etc/passwd",
            "C:\\Windows\\win.ini",
            "..",
            "a/../../x.pdf",
            "",
        ] {
            assert_eq!(resolve_path(&root, &root, hostile, &[]), None, "{hostile}");
        }
        assert!(resolve_path(&root, &root, "34.pdf", &[]).is_some());
        assert!(resolve_path(&root, &root, "./34.pdf", &[]).is_some());
    }
}
