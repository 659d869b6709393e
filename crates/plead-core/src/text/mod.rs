//! Text positions: byte offsets ↔ (line, column) in UTF-8, UTF-16 or UTF-32 code units.
//!
//! LSP positions count columns in the negotiated encoding (UTF-16 by default); the
//! analysis works in byte offsets. Lines end at `\n` (a preceding `\r` belongs to the
//! terminator and is never counted as a column).

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

/// Line starts of a text, for converting offsets without a rope (CLI, tests).
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The byte range of line `line` without its terminator.
    pub fn line_range(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        let start = *self.starts.get(line)?;
        let mut end = self.starts.get(line + 1).map_or(self.len, |&s| s - 1);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Some((start, end))
    }

    /// Byte offset → (line, column in `enc`). Offsets past the end clamp to the end;
    /// offsets inside a character snap back to its start.
    pub fn line_col(&self, text: &str, offset: usize, enc: Encoding) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let (start, end) = self.line_range(text, line).unwrap_or((offset, offset));
        let upto = offset.min(end).max(start);
        let col = text[start..upto]
            .chars()
            .map(|c| enc.units(c))
            .sum::<usize>();
        LineCol {
            line: line as u32,
            col: col as u32,
        }
    }

    /// (line, column in `enc`) → byte offset, clamped: a column past the line's end
    /// gives the line's end, a line past the end gives the text's end, and a column
    /// inside a character (half a surrogate pair) gives that character's start.
    pub fn offset(&self, text: &str, pos: LineCol, enc: Encoding) -> usize {
        let Some((start, end)) = self.line_range(text, pos.line as usize) else {
            return text.len();
        };
        column_to_offset(&text[start..end], pos.col as usize, enc) + start
    }
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
            x
        );
        // Inside the surrogate pair → start of the emoji.
        assert_eq!(
            idx.offset(text, LineCol { line: 1, col: 1 }, Encoding::Utf16),
            text.find('😀').unwrap()
        );
        // Past the end of a CRLF line → before the \r.
        assert_eq!(
            idx.offset(text, LineCol { line: 0, col: 99 }, Encoding::Utf16),
            text.find('\r').unwrap()
        );
        assert_eq!(
            idx.offset(text, LineCol { line: 9, col: 0 }, Encoding::Utf16),
            text.len()
        );
        let b = text.find('b').unwrap();
        assert_eq!(idx.line_col(text, b, Encoding::Utf16).col, 4);
    }
}
