//! Plain text in the encodings lawyers' files come in: UTF-8 (with or without a BOM),
//! UTF-16 with a BOM (Notepad's "Unicode"), and Windows-1252 (Word's "Save as plain
//! text" on Windows). Anything else that is not text — NUL bytes, control bytes, a
//! known binary signature — is refused with the reason, never checked as if it were.

use super::FormatError;

/// How much of a file the binary test looks at.
const PROBE_BYTES: usize = 64 * 1024;

/// Decodes a text file. Returns the text and warnings (a guessed encoding).
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<String>), FormatError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode(rest);
    }
    for (bom, encoding) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, had_errors) = encoding.decode_without_bom_handling(rest);
            if let Some(reason) = binary_reason(text.as_bytes()) {
                return Err(FormatError::Binary(reason));
            }
            let mut warnings = Vec::new();
            if had_errors {
                warnings.push(format!(
                    "invalid {} sequences replaced with U+FFFD",
                    encoding.name()
                ));
            }
            return Ok((text.into_owned(), warnings));
        }
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(FormatError::Binary(reason));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), Vec::new())),
        Err(_) => Ok(decode_non_utf8(bytes)),
    }
}

/// A file that is not valid UTF-8: mostly UTF-8 with a few bad bytes (a pasted
/// fragment) stays UTF-8; otherwise it is Windows-1252, the encoding of Word's plain
/// text on Windows (whose curly quotes and dashes are the usual non-ASCII bytes).
fn decode_non_utf8(bytes: &[u8]) -> (String, Vec<String>) {
    let (valid_sequences, invalid_bytes) = utf8_census(bytes);
    if valid_sequences > invalid_bytes * 4 {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let warning =
            format!("{invalid_bytes} byte(s) are not valid UTF-8 and were replaced with U+FFFD");
        return (text, vec![warning]);
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    (
        text.into_owned(),
        vec!["not UTF-8: read as Windows-1252 (save the file as UTF-8 to silence this)".into()],
    )
}

/// Counts valid multi-byte UTF-8 sequences and bytes that belong to none.
fn utf8_census(bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0, 0);
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid += s.bytes().filter(|b| b & 0xC0 == 0xC0).count();
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                valid += rest[..good].iter().filter(|b| *b & 0xC0 == 0xC0).count();
                let bad = e.error_len().unwrap_or(rest.len() - good).max(1);
                invalid += bad;
                rest = &rest[(good + bad).min(rest.len())..];
            }
        }
    }
    (valid, invalid)
}

/// Why `bytes` are not text, if they are not: a known binary signature, NUL bytes,
/// or more control bytes than any text has. Looks at the first 64 KiB.
pub fn binary_reason(bytes: &[u8]) -> Option<String> {
    if let Some(kind) = signature(bytes) {
        return Some(kind.to_string());
    }
    let probe = &bytes[..bytes.len().min(PROBE_BYTES)];
    if memchr::memchr(0, probe).is_some() {
        return Some("it contains NUL bytes".into());
    }
    // Text has tabs, line breaks, form feeds and (rarely) an escape; other C0
    // control bytes mean binary data.
    let controls = probe
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | 0x1B))
        .count();
    // A few stray ones (pasted from a PDF) are still text; 1 % of the bytes is not.
    if controls > 8 && controls * 100 > probe.len() {
        return Some(format!(
            "{controls} control bytes in the first {} bytes",
            probe.len()
        ));
    }
    None
}

/// File signatures of binary formats someone may point plead at by mistake.
fn signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"II*\0", "a TIFF image"),
        (b"MM\0*", "a TIFF image"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\x7FELF", "an executable"),
        (b"MZ", "a Windows executable"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (b"Rar!\x1A\x07", "a RAR archive"),
        (b"SQLite format 3\0", "an SQLite database"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_a_bom() {
        assert_eq!(decode(b"Smith v. Jones").unwrap().0, "Smith v. Jones");
        let (text, warnings) = decode("\u{feff}\u{201c}Id.\u{201d}".as_bytes()).unwrap();
        assert_eq!(text, "\u{201c}Id.\u{201d}");
        assert!(warnings.is_empty());
    }

    #[test]
    fn windows_1252_from_words_plain_text_is_decoded_with_a_warning() {
        // “Id.” — 478 U.S. 675 with Windows-1252 quotes and an em dash.
        let bytes = b"\x93Id.\x94 \x97 478 U.S. 675, \xA7 1983";
        let (text, warnings) = decode(bytes).unwrap();
        assert_eq!(
            text,
            "\u{201c}Id.\u{201d} \u{2014} 478 U.S. 675, \u{a7} 1983"
        );
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("Windows-1252"), "{warnings:?}");
    }

    #[test]
    fn mostly_utf8_with_one_bad_byte_stays_utf8() {
        let mut bytes = "“quoted” — § 1983 — “again” ".repeat(3).into_bytes();
        bytes.push(0x97);
        let (text, warnings) = decode(&bytes).unwrap();
        assert!(text.starts_with("“quoted”"), "{text}");
        assert!(warnings[0].contains("not valid UTF-8"), "{warnings:?}");
    }

    #[test]
    fn utf16_with_a_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "§ 1983".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().0, "§ 1983");
    }

    #[test]
    fn binary_is_refused_with_a_reason() {
        let e = decode(b"abc\0def").unwrap_err();
        assert_eq!(e.to_string(), "not a text file (it contains NUL bytes)");
        let e = decode(b"\x89PNG\r\n\x1a\n\0\0").unwrap_err();
        assert!(e.to_string().contains("PNG"), "{e}");
        // Pseudo-random bytes without a NUL still have control bytes.
        let mut seed = 7u32;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((seed >> 16) as u8).max(1)
            })
            .collect();
        assert!(matches!(decode(&noise), Err(FormatError::Binary(_))));
        // Form feeds and tabs are text.
        assert!(decode(b"page one\x0c\tpage two").is_ok());
    }
}
