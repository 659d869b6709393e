//! The loader: every file plead reads besides the documents an editor sends. The pure
//! crates below never touch the file system; the server and the command line call here
//! and hand the bytes (or what they parse into) down.

/// A text file's contents, decoded leniently; None when it cannot be read or is larger
/// than `max_bytes` (a filed document is read only to find a page in it).
pub fn read_text_file(path: &std::path::Path, max_bytes: u64) -> Option<String> {
    if std::fs::metadata(path).ok()?.len() > max_bytes {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}
