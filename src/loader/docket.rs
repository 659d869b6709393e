//! Finding and reading the docket of a workspace: the file-system half of
//! `record::docket::assemble`. Bounded in every direction: folder depth, files
//! visited, file size; symbolic links are not followed; paths from docket data never
//! leave the root.

use std::path::{Component, Path, PathBuf};

use crate::config::Config;
use crate::document::Format;
use crate::record::docket::assemble::{self, Candidate, Files, Found};
use crate::record::docket::filenames::{NamedFile, DOCUMENT_EXTENSIONS};
use crate::record::{Docket, DocumentFile};

use super::{walk, WalkLimits};

/// Files larger than this are skipped (a docket report is well under 1 MB).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// How deep below the root the walk goes.
pub const MAX_DEPTH: usize = 8;
/// How many candidate files the walk takes at most.
pub const MAX_FILES: usize = 50_000;

/// Indexes the docket of the workspace at `root`: `config.docket` (a file or folder,
/// relative to the root) when set, else every docket file and entry-named document
/// found below the root. Returns the docket and warnings (each naming its file).
pub fn index_workspace(root: &Path, config: &Config) -> (Docket, Vec<String>) {
    let mut warnings = Vec::new();
    let Ok(root) = root.canonicalize() else {
        warnings.push(format!(
            "{}: workspace folder cannot be read",
            root.display()
        ));
        return (Docket::default(), warnings);
    };
    let start = match &config.docket {
        Some(rel) => {
            let p = root.join(rel);
            if !p.exists() {
                warnings.push(format!(
                    "{}: configured docket (`docket = \"{rel}\"`) does not exist",
                    p.display()
                ));
                return (Docket::default(), warnings);
            }
            p
        }
        None => root.clone(),
    };
    let explicit = config.docket.is_some() && start.is_file();
    let name_of = |p: &Path| {
        p.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string()
    };
    let files = if start.is_file() {
        vec![start.clone()]
    } else {
        let limits = WalkLimits {
            max_depth: MAX_DEPTH,
            max_files: MAX_FILES,
            max_file_bytes: MAX_FILE_BYTES,
        };
        let wanted = |p: &Path| assemble::candidate(&name_of(p), false).is_some();
        let (files, walk_warnings) = walk(&start, &limits, &wanted);
        warnings.extend(walk_warnings);
        files
    };

    let mut found = Found::default();
    for path in files {
        let name = name_of(&path);
        match assemble::candidate(&name, explicit) {
            Some(Candidate::Document(named)) => found.documents.push((path, named)),
            Some(Candidate::DocumentId) => found.by_document_id.push(path),
            Some(Candidate::Report(kind)) => {
                // Only a file meant as the docket is worth a warning; other HTML/JSON
                // files in the workspace (web pages, test data) are skipped silently.
                let meant = explicit || assemble::is_named_docket(&name);
                let text = match read_text(&path) {
                    Ok(t) => t,
                    Err(e) => {
                        if meant {
                            warnings.push(format!("{}: {e}; skipped", path.display()));
                        }
                        continue;
                    }
                };
                match assemble::read_report(kind, &name, &text, explicit) {
                    Ok(Some(p)) => {
                        if p.entries.is_empty() && p.unnumbered.is_empty() && p.claims.is_empty() {
                            warnings.push(format!(
                                "{}: docket report{} lists no entries (saved with none matching the selection, or cut short); only its header is used",
                                path.display(),
                                p.case_number.as_deref().map(|n| format!(" for No. {n}")).unwrap_or_default()
                            ));
                        }
                        found.parsed.push((path, p));
                    }
                    Ok(None) => {}
                    Err(e) if meant => warnings.push(format!(
                        "{}: not a readable docket ({e}); skipped",
                        path.display()
                    )),
                    Err(_) => {}
                }
            }
            None => {}
        }
    }
    let files = WorkspaceFiles { root: &root };
    (assemble::assemble(&root, found, &files), warnings)
}

/// Paths and page counts inside one workspace root.
struct WorkspaceFiles<'a> {
    root: &'a Path,
}

impl Files for WorkspaceFiles<'_> {
    fn resolve(
        &self,
        base: &Path,
        raw: &str,
        documents: &[(PathBuf, NamedFile)],
    ) -> Option<DocumentFile> {
        resolve_path(self.root, base, raw, documents)
    }

    fn page_count(&self, path: &Path) -> Option<u32> {
        text_page_count(path)
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!("larger than {} MB", MAX_FILE_BYTES / (1024 * 1024)));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("binary data".into());
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
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

/// Pages of a filed document: a PDF's as its ECF stamp counts them (else its physical
/// pages); a text document's form feeds and pleading-paper page restarts.
fn text_page_count(path: &Path) -> Option<u32> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if ext == "pdf" {
        if std::fs::metadata(path).ok()?.len() > MAX_FILE_BYTES {
            return None;
        }
        let bytes = std::fs::read(path).ok()?;
        return crate::formats::pdf::filed_page_count(&bytes).ok();
    }
    if !DOCUMENT_EXTENSIONS.contains(&ext.as_str()) {
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
