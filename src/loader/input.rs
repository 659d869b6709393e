//! Reading a document to check: its bytes from disk, converted by
//! [`crate::formats`] (text in any common encoding, PDF, .docx). The conversion is
//! pure; this is the file access around it.

use std::path::Path;

use crate::formats::{self, Converted};

/// Files larger than this are not read (a 1,000-page PDF appendix is ~50 MB).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a document's bytes, bounded by [`MAX_INPUT_BYTES`]. The error is one line
/// naming the path (`cannot read brief.txt: …`).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let fail = |e: std::io::Error| format!("cannot read {}: {e}", path.display());
    let meta = std::fs::metadata(path).map_err(fail)?;
    if meta.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "{}: larger than {} MB; not read",
            path.display(),
            MAX_INPUT_BYTES >> 20
        ));
    }
    std::fs::read(path).map_err(fail)
}

/// Reads and converts one file. The error is one line naming the path.
pub fn read_document(path: &Path) -> Result<Converted, String> {
    let bytes = read_bytes(path)?;
    convert_named(&bytes, path).map_err(|reason| format!("{}: {reason}", path.display()))
}

/// Converts bytes already read under the name they are checked as. The error is the
/// reason alone (`no text layer: run OCR first`).
pub fn convert_named(bytes: &[u8], name: &Path) -> Result<Converted, String> {
    formats::convert(bytes, &name.to_string_lossy()).map_err(|e| e.to_string())
}
