//! Text positions: byte offsets ↔ (line, column) in UTF-8, UTF-16 or UTF-32 code units.
//!
//! LSP positions count columns in the negotiated encoding (UTF-16 by default); the
//! analysis works in byte offsets. Lines end at `\n`, `\r\n` or `\r`, as LSP counts them
//! (a terminator is never counted as a column).

/// Column unit of positions, as negotiated with the client (LSP 3.17 `positionEncoding`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl Encoding {
    pub fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }
    pub fn as_lsp_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
            Encoding::Utf32 => "utf-32",
        }
    }
}

/// A (line, column) pair, 0-based, column in code units of some [`Encoding`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// A byte offset converted from a (line, column), and whether it had to be clamped
/// (past the line's end or the text's end, or inside a character).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub offset: usize,
    pub clamped: bool,
}

/// Where each line of a text starts: the one line index of plead, for the command line
/// and the server's publishing alike. Lines end at `\n`, `\r\n` or a lone `\r`, as
/// LSP 3.17 counts them; a terminator is never counted as a column.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    /// One pass over the text (memchr), so building it for a long brief on every
    /// publish costs less than looking offsets up one by one.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(text.len() / 64 + 1);
        starts.push(0);
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                continue; // counted at its \n
            }
            starts.push(at + 1);
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The line an offset lies on (offsets past the end: the last line).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset.min(self.len))
            .saturating_sub(1)
    }

    /// The byte range of line `line` without its terminator.
    pub fn line_range(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        let start = *self.starts.get(line)?;
        let mut end = self.starts.get(line + 1).map_or(self.len, |&s| s - 1);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end) == Some(&b'\n') && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Some((start, end))
    }

    /// Byte offset → (line, column in `enc`). Offsets past the end clamp to the end;
    /// offsets inside a character or a line terminator snap back to its start.
    pub fn line_col(&self, text: &str, offset: usize, enc: Encoding) -> LineCol {
        let offset = snap(text, offset);
        let line = self.line_of(offset);
        let start = self.starts.get(line).copied().unwrap_or(0);
        LineCol {
            line: to_u32(line),
            col: to_u32(count_units(&text[start..offset], enc)),
        }
    }

    /// (line, column in `enc`) → byte offset, clamped: a column past the line's end
    /// gives the line's end, a line past the end gives the text's end, and a column
    /// inside a character (half a surrogate pair) gives that character's start.
    pub fn offset(&self, text: &str, pos: LineCol, enc: Encoding) -> Resolved {
        let Some((start, end)) = self.line_range(text, pos.line as usize) else {
            return Resolved {
                offset: text.len(),
                clamped: true,
            };
        };
        let line = &text[start..end];
        let at = column_to_offset(line, pos.col as usize, enc);
        let clamped = count_units(&line[..at], enc) != pos.col as usize;
        Resolved {
            offset: start + at,
            clamped,
        }
    }

    /// A converter for many offsets of `text`, fastest when they come in increasing
    /// order (findings are sorted): it sweeps forward from the last one.
    pub fn cursor<'a>(&'a self, text: &'a str, enc: Encoding) -> LineCursor<'a> {
        LineCursor {
            index: self,
            text,
            enc,
            last: std::cell::Cell::new(None),
        }
    }
}

/// See [`LineIndex::cursor`]. Gives exactly [`LineIndex::line_col`]'s answers.
pub struct LineCursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    enc: Encoding,
    last: std::cell::Cell<Option<Sweep>>,
}

#[derive(Clone, Copy)]
struct Sweep {
    line: usize,
    offset: usize,
    col: usize,
}

impl LineCursor<'_> {
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = snap(self.text, offset);
        let starts = &self.index.starts;
        let last = self.last.get();
        let mut line = match last {
            Some(last) if last.offset <= offset => last.line,
            _ => self.index.line_of(offset),
        };
        while starts.get(line + 1).is_some_and(|&s| s <= offset) {
            line += 1;
        }
        let line_start = starts.get(line).copied().unwrap_or(0);
        let col = match last {
            Some(last) if last.line == line && last.offset <= offset => {
                last.col + count_units(&self.text[last.offset..offset], self.enc)
            }
            _ => count_units(&self.text[line_start..offset], self.enc),
        };
        self.last.set(Some(Sweep { line, offset, col }));
        LineCol {
            line: to_u32(line),
            col: to_u32(col),
        }
    }
}

/// `offset` clamped to the text and snapped back to a character's start; between the
/// `\r` and `\n` of a CRLF it is the end of the line's content.
fn snap(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let bytes = text.as_bytes();
    if offset > 0 && bytes.get(offset) == Some(&b'\n') && bytes[offset - 1] == b'\r' {
        offset -= 1;
    }
    offset
}

/// Code units of `enc` in `s`.
pub fn count_units(s: &str, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 if s.is_ascii() => s.len(),
        Encoding::Utf16 => s.chars().map(char::len_utf16).sum(),
        Encoding::Utf32 => s.chars().count(),
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Byte offset within `line` of column `col` counted in `enc` units (clamped).
pub fn column_to_offset(line: &str, col: usize, enc: Encoding) -> usize {
    let mut units = 0;
    for (i, c) in line.char_indices() {
        let next = units + enc.units(c);
        if next > col {
            return i;
        }
        units = next;
    }
    line.len()
}

/// The decimal digits of `n`, written into `buf` without allocating.
pub fn decimal_digits(n: u32, buf: &mut [u8; 10]) -> &[u8] {
    let (mut n, mut i) = (n, buf.len());
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[i..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_section_sign_emoji_and_crlf() {
        let text = "a § b\r\n😀 x\r\nlast";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            idx.line_col(text, x, Encoding::Utf16),
            LineCol { line: 1, col: 3 }
        );
        assert_eq!(
            idx.line_col(text, x, Encoding::Utf8),
            LineCol { line: 1, col: 5 }
        );
        assert_eq!(
            idx.line_col(text, x, Encoding::Utf32),
            LineCol { line: 1, col: 2 }
        );
        assert_eq!(
            idx.offset(text, LineCol { line: 1, col: 3 }, Encoding::Utf16),
            Resolved {
                offset: x,
                clamped: false
            }
        );
        // Inside the surrogate pair → start of the emoji.
        assert_eq!(
            idx.offset(text, LineCol { line: 1, col: 1 }, Encoding::Utf16),
            Resolved {
                offset: text.find('😀').unwrap(),
                clamped: true
            }
        );
        // Past the end of a CRLF line → before the \r.
        assert_eq!(
            idx.offset(text, LineCol { line: 0, col: 99 }, Encoding::Utf16)
                .offset,
            text.find('\r').unwrap()
        );
        assert_eq!(
            idx.offset(text, LineCol { line: 9, col: 0 }, Encoding::Utf16)
                .offset,
            text.len()
        );
        // A lone \r ends a line, as in LSP.
        let mac = "one\rtwo";
        let mac_index = LineIndex::new(mac);
        assert_eq!(
            mac_index.line_col(mac, 4, Encoding::Utf16),
            LineCol { line: 1, col: 0 }
        );
        assert_eq!(mac_index.line_range(mac, 0), Some((0, 3)));
        let b = text.find('b').unwrap();
        assert_eq!(idx.line_col(text, b, Encoding::Utf16).col, 4);
    }
}
