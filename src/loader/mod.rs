//! The loader: every file plead reads besides the documents an editor sends. The pure
//! crates below never touch the file system; the server and the command line call here
//! and hand the bytes (or what they parse into) down.

pub mod courtlistener;
pub mod docket;
pub mod input;

pub use docket::index_workspace;

use std::path::Path;

use crate::authorities::library::{self, Library};
use crate::config::{self, ConfigError};

/// Reads a config file (`plead.toml`) and checks it key by key: its valid settings as
/// JSON for merging with the other layers, and a message (with its line) for each key
/// that is unknown, has a bad value or names an unknown rule. Fails only when the file
/// cannot be read or is not TOML.
pub fn config_file(path: &Path) -> Result<config::Checked, ConfigError> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        path: display.clone(),
        source,
    })?;
    config::check_toml(&display, &text, &crate::engine::rule_codes())
}

/// A text file's contents, decoded leniently; None when it cannot be read or is larger
/// than `max_bytes` (a filed document is read only to find a page in it).
pub fn read_text_file(path: &Path, max_bytes: u64) -> Option<String> {
    if std::fs::metadata(path).ok()?.len() > max_bytes {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// Bounds of a workspace walk.
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

/// Folders never worth entering.
const SKIPPED_DIRS: &[&str] = &["node_modules", "target", "__pycache__", "venv"];

/// Files below `root` that `wanted` accepts, sorted: a bounded walk (hidden and
/// build folders skipped, symbolic links not followed, files over the size bound
/// reported and skipped). Returns the files and warnings naming what was left out.
pub fn walk(
    root: &Path,
    limits: &WalkLimits,
    wanted: &dyn Fn(&Path) -> bool,
) -> (Vec<std::path::PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    walk_dir(root, 0, limits, wanted, &mut files, &mut warnings);
    files.sort();
    (files, warnings)
}

fn walk_dir(
    dir: &Path,
    depth: usize,
    limits: &WalkLimits,
    wanted: &dyn Fn(&Path) -> bool,
    files: &mut Vec<std::path::PathBuf>,
    warnings: &mut Vec<String>,
) {
    if depth > limits.max_depth {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
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
                walk_dir(&path, depth + 1, limits, wanted, files, warnings);
            }
        } else if kind.is_file() && wanted(&path) {
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

/// The authority library of the workspace at `root` (background work for the server;
/// also used by the CLI): the library sources found by a bounded walk, read and
/// parsed. Returns the library and warnings, one per file left out.
pub fn library(root: &Path, _config: &crate::config::Config) -> (Library, Vec<String>) {
    library_with_limits(root, WalkLimits::default())
}

/// [`library`] with explicit walk bounds.
pub fn library_with_limits(root: &Path, limits: WalkLimits) -> (Library, Vec<String>) {
    let (files, mut warnings) = walk(root, &limits, &library::is_candidate);
    let read = files.into_iter().map(|path| {
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read: {e}"));
        (path, bytes)
    });
    let (library, parse_warnings) = library::build(read);
    warnings.extend(parse_warnings);
    (library, warnings)
}
