//! Finding library sources in the workspace: a bounded walk (hidden folders,
//! `node_modules` and `target` skipped, files over 5 MB skipped), each file
//! parsed by its kind. A malformed file gives a warning naming it and is skipped.
//! No network: the online source is separate and off by default.

use std::fs;
use std::path::{Path, PathBuf};

use super::{csl_json, notes, opinions, Entry, Library};
use crate::config::Config;

/// Bounds of the workspace walk.
#[derive(Clone, Copy, Debug)]
pub struct WalkLimits {
    pub max_depth: usize,
    pub max_files: usize,
    pub max_file_bytes: u64,
}

impl Default for WalkLimits {
    fn default() -> Self {
        WalkLimits {
            max_depth: 12,
            max_files: 20_000,
            max_file_bytes: 5 * 1024 * 1024,
        }
    }
}

const SKIPPED_DIRS: &[&str] = &["node_modules", "target", "__pycache__", "venv"];

/// Indexes the authority library of the workspace at `root` (background work for
/// the server; also used by the CLI). Returns the library and warnings, one per
/// file that could not be read or parsed.
pub fn index_workspace(root: &Path, _config: &Config) -> (Library, Vec<String>) {
    index_with_limits(root, WalkLimits::default())
}

pub fn index_with_limits(root: &Path, limits: WalkLimits) -> (Library, Vec<String>) {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    walk(root, 0, &limits, &mut files, &mut warnings);
    files.sort();
    let mut library = Library::default();
    for path in files {
        match index_file(&path) {
            Ok(entries) => entries.into_iter().for_each(|e| library.push(e)),
            Err(message) => warnings.push(format!("{}: {message}; skipped", path.display())),
        }
    }
    (library, warnings)
}

fn walk(
    dir: &Path,
    depth: usize,
    limits: &WalkLimits,
    files: &mut Vec<PathBuf>,
    warnings: &mut Vec<String>,
) {
    if depth > limits.max_depth {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            warnings.push(format!("{}: cannot list folder: {e}", dir.display()));
            return;
        }
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        if files.len() >= limits.max_files {
            warnings.push(format!(
                "{}: more than {} candidate files; the rest were not indexed",
                dir.display(),
                limits.max_files
            ));
            return;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        // file_type does not follow symlinks, so a link cycle cannot trap the walk.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_ref()) {
                walk(&path, depth + 1, limits, files, warnings);
            }
        } else if kind.is_file() && is_candidate(&path) {
            match entry.metadata() {
                Ok(m) if m.len() > limits.max_file_bytes => warnings.push(format!(
                    "{}: larger than {} MB; skipped",
                    path.display(),
                    limits.max_file_bytes / (1024 * 1024)
                )),
                Ok(_) => files.push(path),
                Err(_) => {}
            }
        }
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_candidate(path: &Path) -> bool {
    matches!(
        extension(path).as_str(),
        "json" | "md" | "markdown" | "txt" | "html" | "htm"
    )
}

/// The library entries of one file (none if it is not a library source).
pub fn index_file(path: &Path) -> Result<Vec<Entry>, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let Ok(text) = String::from_utf8(bytes) else {
        // Not text: not a library source (and not worth a warning unless it claims to be JSON).
        return match extension(path).as_str() {
            "json" => Err("not UTF-8 text".into()),
            _ => Ok(Vec::new()),
        };
    };
    match extension(path).as_str() {
        "json" if csl_json::looks_like_csl(&text) => csl_json::parse(path, &text),
        "json" => Ok(Vec::new()),
        "md" | "markdown" => Ok(notes::parse(path, &text)?.into_iter().collect()),
        "html" | "htm" => Ok(opinions::parse(path, &opinions::html_to_text(&text))
            .into_iter()
            .collect()),
        _ => Ok(opinions::parse(path, &text).into_iter().collect()),
    }
}
