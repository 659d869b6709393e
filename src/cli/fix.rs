//! `plead check --fix` and `--diff`: the safe fixes plead computes (the preferred fix
//! of a finding, the one an editor offers as "the" quick fix), applied to the text.
//!
//! Text is never lost: an edit outside the text or off a character boundary, or one
//! that overlaps an edit already taken, is skipped; a file is written only when it
//! still holds exactly the bytes that were checked, and only through a temporary file
//! in the same folder renamed over it, so a crash leaves either the old or the new file.

use std::io::{self, Write};
use std::path::Path;

use crate::analysis::{Edit, Finding};

/// Rounds of fix and re-check: a fix skipped for overlapping another may apply once
/// the other is in. Findings rarely need more than two.
pub const MAX_ROUNDS: usize = 4;

/// The text with the preferred fix of every finding applied, and how many were
/// applied. Fixes whose edits overlap an earlier fix, or do not fit the text, are skipped.
pub fn apply_preferred(text: &str, findings: &[Finding]) -> (String, usize) {
    let mut taken: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for f in findings {
        let Some(fix) = f.fixes.iter().find(|x| x.preferred) else {
            continue;
        };
        let fits = fix.edits.iter().all(|e| {
            e.span.start <= e.span.end
                && e.span.end <= text.len()
                && text.is_char_boundary(e.span.start)
                && text.is_char_boundary(e.span.end)
                && taken.iter().all(|t| !overlaps(t, e))
                && fix
                    .edits
                    .iter()
                    .filter(|o| !std::ptr::eq(*o, e))
                    .all(|o| !overlaps(o, e))
        });
        if fits && !fix.edits.is_empty() {
            taken.extend(&fix.edits);
            applied += 1;
        }
    }
    taken.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for e in taken {
        out.push_str(&text[at..e.span.start]);
        out.push_str(&e.new_text);
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// Two edits conflict when their ranges overlap, or both insert at the same place.
fn overlaps(a: &Edit, b: &Edit) -> bool {
    a.span.overlaps(b.span) || a.span.start == b.span.start
}

/// A unified diff of `before` → `after` for the file named `name` (empty when equal).
pub fn unified_diff(name: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// Writes `bytes` to `path` atomically (a temporary file in the same folder, flushed,
/// then renamed over it), keeping the file's permissions. Fails without touching the
/// file if it no longer holds `expected` (it changed since it was checked).
pub fn write_atomically(path: &Path, expected: &[u8], bytes: &[u8]) -> io::Result<()> {
    let now = std::fs::read(path)?;
    if now != expected {
        return Err(io::Error::other(
            "the file changed while it was being checked; not fixed",
        ));
    }
    let permissions = std::fs::metadata(path)?.permissions();
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".plead-fix-")
        .tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    std::fs::set_permissions(temp.path(), permissions)?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Fix, Fixes, Severity, Span};

    fn finding(start: usize, end: usize, new_text: &str, preferred: bool) -> Finding {
        Finding {
            span: Span::new(start, end),
            code: "citation/reporter-form",
            severity: Severity::Warning,
            message: "m".into(),
            fixes: Fixes::from_buf([Fix::replace(Span::new(start, end), new_text, preferred)]),
        }
    }

    #[test]
    fn preferred_fixes_apply_and_conflicts_are_skipped() {
        let text = "673 F.Supp.2d 1063 and 42 U.S.C. 1983";
        let fs = vec![
            finding(4, 13, "F. Supp. 2d", true),
            // Overlaps the first: skipped.
            finding(6, 10, "X", true),
            // Not the preferred fix (a guess): never applied by --fix.
            finding(0, 3, "637", false),
            // Out of range: skipped, nothing lost.
            finding(30, 400, "", true),
            finding(33, 33, "§ ", true),
        ];
        let (out, applied) = apply_preferred(text, &fs);
        assert_eq!(out, "673 F. Supp. 2d 1063 and 42 U.S.C. § 1983");
        assert_eq!(applied, 2);
        assert_eq!(apply_preferred(text, &[]), (text.to_string(), 0));
    }

    #[test]
    fn diff_and_atomic_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("brief.txt");
        std::fs::write(&path, "a\nb F.Supp.2d\nc\n").unwrap();
        let diff = unified_diff("brief.txt", "a\nb F.Supp.2d\nc\n", "a\nb F. Supp. 2d\nc\n");
        assert!(
            diff.starts_with("--- a/brief.txt\n+++ b/brief.txt\n"),
            "{diff}"
        );
        assert!(diff.contains("-b F.Supp.2d\n+b F. Supp. 2d\n"), "{diff}");
        // The file changed since it was read: left alone.
        assert!(write_atomically(&path, b"other", b"new").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"a\nb F.Supp.2d\nc\n");
        write_atomically(&path, b"a\nb F.Supp.2d\nc\n", b"fixed\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"fixed\n");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
