//! Where a finding or citation lies in a converted PDF or .docx (page, paragraph,
//! note), for human and JSON output; the reading itself is the loader's
//! ([`crate::loader::input`]).

use std::path::Path;

use crate::document::Format;
use crate::formats::{docx::NoteKind, Converted, Location, SourceKind};

/// The prose format of a converted file: Markdown only for a Markdown text file.
pub fn format_of(path: &Path, converted: &Converted) -> Format {
    match converted.kind {
        SourceKind::Text => Format::detect(&path.to_string_lossy()),
        SourceKind::Pdf | SourceKind::Docx => Format::Plain,
    }
}

/// Warnings about the conversion, one line each, for stderr.
pub fn warnings(path: &Path, converted: &Converted) -> Vec<String> {
    converted
        .warnings
        .iter()
        .map(|w| format!("plead: {}: warning: {w}", path.display()))
        .collect()
}

/// Where an offset lies in a PDF or .docx, for human output: `page 2`,
/// `paragraph 14, page 3`, `footnote 2, page 5`; None for plain text.
pub fn place(converted: &Converted, offset: usize) -> Option<String> {
    let at = converted.location(offset);
    let mut parts = Vec::new();
    if let Some(note) = note_label(at) {
        parts.push(note);
    }
    if let Some(p) = at.paragraph {
        parts.push(format!("paragraph {p}"));
    }
    if let Some(page) = at.page {
        parts.push(format!("page {page}"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// `"footnote 2"` for an offset in a .docx footnote.
pub fn note_label(location: Location) -> Option<String> {
    location.note.map(|(kind, n)| {
        let name = match kind {
            NoteKind::Footnote => "footnote",
            NoteKind::Endnote => "endnote",
        };
        format!("{name} {n}")
    })
}

/// The location fields a JSON record from a PDF or .docx carries, under the given
/// key names (for `page`, `paragraph`, `note`).
pub fn location_fields(location: Location, keys: [&str; 3]) -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    if let Some(page) = location.page {
        out.push((keys[0].to_string(), page.into()));
    }
    if let Some(p) = location.paragraph {
        out.push((keys[1].to_string(), p.into()));
    }
    if let Some(note) = note_label(location) {
        out.push((keys[2].to_string(), note.into()));
    }
    out
}

/// Standard input as the one document to read (`plead cites -`, `plead toa -`), as
/// `plead check -` takes it: named by `--stdin-filename` (its format, the plead.toml
/// found above it, the name in the output), else `<stdin>`.
pub struct StdinDocument {
    /// The name it is reported under.
    pub name: std::path::PathBuf,
    /// Where its plead.toml is looked for: the named file's folder, else the current one.
    pub near: std::path::PathBuf,
    pub bytes: Vec<u8>,
}

/// Whether the paths ask for standard input (`-`, which must then be alone) and, if so,
/// its bytes. On a misuse or a read error, says why on stderr and gives exit code 2.
pub fn stdin_document(
    paths: &[std::path::PathBuf],
    stdin_filename: Option<&Path>,
) -> Result<Option<StdinDocument>, std::process::ExitCode> {
    use std::io::Read;
    let stdin = paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && paths.len() > 1 {
        eprintln!("plead: `-` (standard input) cannot be combined with other paths");
        return Err(std::process::ExitCode::from(2));
    }
    if !stdin {
        if stdin_filename.is_some() {
            eprintln!("plead: --stdin-filename names standard input: give `-` as the path");
            return Err(std::process::ExitCode::from(2));
        }
        return Ok(None);
    }
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
        eprintln!("plead: cannot read standard input: {e}");
        return Err(std::process::ExitCode::from(2));
    }
    let near = stdin_filename
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| std::path::PathBuf::from("."), Path::to_path_buf);
    let name =
        stdin_filename.map_or_else(|| std::path::PathBuf::from("<stdin>"), Path::to_path_buf);
    Ok(Some(StdinDocument { name, near, bytes }))
}
