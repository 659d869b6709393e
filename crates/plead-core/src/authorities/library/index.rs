//! Library sources of a workspace: which files may be one, and the entries of each,
//! parsed by its kind. Pure: the loader walks the workspace and reads the files
//! (`plead::loader::library`). A malformed file gives a warning naming it.

use std::path::Path;

use super::{csl_json, notes, opinions, Entry, Library};

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Whether a file may be a library source (by its extension).
pub fn is_candidate(path: &Path) -> bool {
    matches!(
        extension(path).as_str(),
        "json" | "md" | "markdown" | "txt" | "html" | "htm"
    )
}

/// The library built from candidate files in path order: each file's entries, and a
/// warning for each file that is unreadable (`Err` from the reader) or malformed.
pub fn build<P: AsRef<Path>>(
    files: impl IntoIterator<Item = (P, Result<Vec<u8>, String>)>,
) -> (Library, Vec<String>) {
    let mut library = Library::default();
    let mut warnings = Vec::new();
    for (path, bytes) in files {
        let path = path.as_ref();
        match bytes.and_then(|b| index_file(path, b)) {
            Ok(entries) => entries.into_iter().for_each(|e| library.push(e)),
            Err(message) => warnings.push(format!("{}: {message}; skipped", path.display())),
        }
    }
    (library, warnings)
}

/// The library entries of one file (none if it is not a library source).
pub fn index_file(path: &Path, bytes: Vec<u8>) -> Result<Vec<Entry>, String> {
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
