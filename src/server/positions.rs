//! Rope byte offsets ↔ LSP positions in the negotiated encoding.
//!
//! Lines end at `\n`, `\r\n` or `\r`, as LSP 3.17 specifies (ropey is built with
//! `cr_lines` only). Every conversion clamps instead of failing: a client that sends
//! a position past the end of a line or of the document gets the nearest valid offset
//! and a flag saying it was clamped, so the caller can log it.

use ropey::{Rope, RopeSlice};
use tower_lsp::lsp_types::{Position, PositionEncodingKind, Range};

use crate::analysis::Span;
use crate::text::Encoding;

/// The encoding to use given the client's preferences: utf-8, then utf-32, else utf-16.
pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
    let offered = offered.unwrap_or_default();
    if offered.contains(&PositionEncodingKind::UTF8) {
        Encoding::Utf8
    } else if offered.contains(&PositionEncodingKind::UTF32) {
        Encoding::Utf32
    } else {
        Encoding::Utf16
    }
}

pub fn encoding_kind(enc: Encoding) -> PositionEncodingKind {
    match enc {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

/// Number of chars of the line terminator at the end of `line`.
fn terminator_chars(line: RopeSlice) -> usize {
    let n = line.len_chars();
    if n == 0 {
        return 0;
    }
    match line.char(n - 1) {
        '\n' if n >= 2 && line.char(n - 2) == '\r' => 2,
        '\n' | '\r' => 1,
        _ => 0,
    }
}

/// Char index range of line `line`'s content (terminator excluded). `line` must exist.
fn line_content_chars(rope: &Rope, line: usize) -> (usize, usize) {
    let start = rope.line_to_char(line);
    let slice = rope.line(line);
    (start, start + slice.len_chars() - terminator_chars(slice))
}

/// Units of `enc` from char index `from` to char index `to` (`from <= to`).
fn units_between(rope: &Rope, from: usize, to: usize, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => rope.char_to_byte(to) - rope.char_to_byte(from),
        Encoding::Utf16 => rope.char_to_utf16_cu(to) - rope.char_to_utf16_cu(from),
        Encoding::Utf32 => to - from,
    }
}

/// Byte offset → position. Offsets past the end clamp to the end; offsets inside a
/// character or a line terminator snap back to its start.
pub fn position(rope: &Rope, offset: usize, enc: Encoding) -> Position {
    let offset = offset.min(rope.len_bytes());
    let char_idx = rope.byte_to_char(offset);
    let line = rope.char_to_line(char_idx);
    let (start, end) = line_content_chars(rope, line);
    let col = units_between(rope, start, char_idx.min(end), enc);
    Position::new(to_u32(line), to_u32(col))
}

/// Converts many offsets of one text to positions quickly. Offsets usually arrive in
/// increasing order (findings are sorted), so the mapper sweeps forward from the last
/// offset, counting line breaks in between on the materialized text; only a step
/// backwards asks the rope for the line.
pub struct PositionMapper<'a> {
    rope: &'a Rope,
    text: &'a str,
    enc: Encoding,
    last: std::cell::Cell<Option<Sweep>>,
    /// Where each line starts, for a mapper that converts thousands of offsets
    /// (a publish): one pass over the text instead of a search per gap.
    line_starts: Option<Vec<usize>>,
}

#[derive(Clone, Copy)]
struct Sweep {
    line: usize,
    line_start: usize,
    offset: usize,
    col: usize,
}

impl<'a> PositionMapper<'a> {
    /// `text` must be the rope's content.
    pub fn new(rope: &'a Rope, text: &'a str, enc: Encoding) -> Self {
        debug_assert_eq!(rope.len_bytes(), text.len());
        PositionMapper {
            rope,
            text,
            enc,
            last: std::cell::Cell::new(None),
            line_starts: None,
        }
    }

    /// A mapper for many offsets: it first notes where every line starts.
    pub fn with_line_table(rope: &'a Rope, text: &'a str, enc: Encoding) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(text.len() / 64 + 1);
        starts.push(0);
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                continue; // counted at its \n
            }
            starts.push(at + 1);
        }
        PositionMapper {
            line_starts: Some(starts),
            ..PositionMapper::new(rope, text, enc)
        }
    }

    /// Same result as [`position`].
    pub fn position(&self, offset: usize) -> Position {
        let bytes = self.text.as_bytes();
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        // Between the \r and \n of a CRLF: the end of the line's content.
        if offset > 0 && bytes.get(offset) == Some(&b'\n') && bytes[offset - 1] == b'\r' {
            offset -= 1;
        }
        let here = match (self.last.get(), &self.line_starts) {
            (last, Some(starts)) => Self::look_up(starts, last, offset, self.text, self.enc),
            (Some(last), None) if last.offset <= offset => self.sweep(last, offset),
            _ => {
                let line = self.rope.byte_to_line(offset);
                let line_start = self.rope.line_to_byte(line);
                Sweep {
                    line,
                    line_start,
                    offset,
                    col: count_units(&self.text[line_start..offset], self.enc),
                }
            }
        };
        self.last.set(Some(here));
        Position::new(to_u32(here.line), to_u32(here.col))
    }

    /// The line of `offset` from the line table: forward from the last line when the
    /// offsets come in order, by binary search otherwise.
    fn look_up(
        starts: &[usize],
        last: Option<Sweep>,
        offset: usize,
        text: &str,
        enc: Encoding,
    ) -> Sweep {
        let mut line = match last {
            Some(last) if last.offset <= offset => last.line,
            _ => starts.partition_point(|&s| s <= offset).saturating_sub(1),
        };
        while starts.get(line + 1).is_some_and(|&s| s <= offset) {
            line += 1;
        }
        let line_start = starts.get(line).copied().unwrap_or(0);
        let col = match last {
            Some(last) if last.line == line && last.offset <= offset => {
                last.col + count_units(&text[last.offset..offset], enc)
            }
            _ => count_units(&text[line_start..offset], enc),
        };
        Sweep {
            line,
            line_start,
            offset,
            col,
        }
    }

    /// From `last` forward to `offset`: count the line breaks (`\n`, `\r\n`, lone `\r`) between.
    fn sweep(&self, last: Sweep, offset: usize) -> Sweep {
        let bytes = self.text.as_bytes();
        let (mut line, mut line_start) = (last.line, last.line_start);
        for i in memchr::memchr2_iter(b'\n', b'\r', &bytes[last.offset..offset]) {
            let at = last.offset + i;
            if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                continue; // counted at its \n
            }
            line += 1;
            line_start = at + 1;
        }
        let col = if line_start == last.line_start {
            last.col + count_units(&self.text[last.offset..offset], self.enc)
        } else {
            count_units(&self.text[line_start..offset], self.enc)
        };
        Sweep {
            line,
            line_start,
            offset,
            col,
        }
    }
}

fn count_units(s: &str, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 if s.is_ascii() => s.len(),
        Encoding::Utf16 => s.chars().map(char::len_utf16).sum(),
        Encoding::Utf32 => s.chars().count(),
    }
}

pub fn range(rope: &Rope, span: Span, enc: Encoding) -> Range {
    Range::new(
        position(rope, span.start, enc),
        position(rope, span.end, enc),
    )
}

/// A byte offset converted from a client position, and whether it had to be clamped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub offset: usize,
    pub clamped: bool,
}

/// Position → byte offset. A line past the end gives the end of the text, a column past
/// the line's content gives the end of the content, a column inside a character (half a
/// surrogate pair, a UTF-8 continuation byte) gives that character's start.
pub fn offset(rope: &Rope, pos: Position, enc: Encoding) -> Resolved {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return Resolved {
            offset: rope.len_bytes(),
            clamped: true,
        };
    }
    let (start, end) = line_content_chars(rope, line);
    let col = pos.character as usize;
    let available = units_between(rope, start, end, enc);
    if col > available {
        return Resolved {
            offset: rope.char_to_byte(end),
            clamped: true,
        };
    }
    let char_idx = match enc {
        Encoding::Utf8 => rope.byte_to_char(rope.char_to_byte(start) + col),
        Encoding::Utf16 => rope.utf16_cu_to_char(rope.char_to_utf16_cu(start) + col),
        Encoding::Utf32 => start + col,
    };
    let snapped = units_between(rope, start, char_idx, enc) != col;
    Resolved {
        offset: rope.char_to_byte(char_idx),
        clamped: snapped,
    }
}

/// A client range → byte span; an inverted range is reordered (and flagged as clamped).
pub fn span(rope: &Rope, range: Range, enc: Encoding) -> (Span, bool) {
    let a = offset(rope, range.start, enc);
    let b = offset(rope, range.end, enc);
    let clamped = a.clamped || b.clamped || a.offset > b.offset;
    (
        Span::new(a.offset.min(b.offset), a.offset.max(b.offset)),
        clamped,
    )
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a § b\r\n😀 x\rc\né\n";

    #[test]
    fn round_trips_in_every_encoding() {
        let rope = Rope::from_str(TEXT);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for (i, _) in TEXT.char_indices() {
                let p = position(&rope, i, enc);
                let in_terminator = matches!(TEXT.as_bytes()[i], b'\r' | b'\n');
                if !in_terminator {
                    assert_eq!(
                        offset(&rope, p, enc).offset,
                        i,
                        "{enc:?} offset {i} → {p:?}"
                    );
                }
            }
        }
        let x = TEXT.find('x').unwrap();
        assert_eq!(position(&rope, x, Encoding::Utf16), Position::new(1, 3));
        assert_eq!(position(&rope, x, Encoding::Utf8), Position::new(1, 5));
        assert_eq!(position(&rope, x, Encoding::Utf32), Position::new(1, 2));
        // A lone \r ends a line too.
        assert_eq!(
            position(&rope, TEXT.find('c').unwrap(), Encoding::Utf16),
            Position::new(2, 0)
        );
    }

    #[test]
    fn clamps_out_of_range_and_mid_character_positions() {
        let rope = Rope::from_str(TEXT);
        let past_line = offset(&rope, Position::new(0, 99), Encoding::Utf16);
        assert_eq!(
            past_line,
            Resolved {
                offset: TEXT.find('\r').unwrap(),
                clamped: true
            }
        );
        let past_doc = offset(&rope, Position::new(99, 0), Encoding::Utf16);
        assert_eq!(
            past_doc,
            Resolved {
                offset: TEXT.len(),
                clamped: true
            }
        );
        let mid_pair = offset(&rope, Position::new(1, 1), Encoding::Utf16);
        assert_eq!(
            mid_pair,
            Resolved {
                offset: TEXT.find('😀').unwrap(),
                clamped: true
            }
        );
        let mid_utf8 = offset(&rope, Position::new(0, 3), Encoding::Utf8);
        assert_eq!(
            mid_utf8,
            Resolved {
                offset: 2,
                clamped: true
            }
        );
        let (s, clamped) = span(
            &rope,
            Range::new(Position::new(1, 0), Position::new(0, 0)),
            Encoding::Utf16,
        );
        assert!(clamped);
        assert_eq!(s, Span::new(0, TEXT.find('😀').unwrap()));
        assert_eq!(
            position(&rope, 10_000, Encoding::Utf16),
            Position::new(4, 0)
        );
    }

    #[test]
    fn mapper_agrees_with_the_rope_conversion() {
        let rope = Rope::from_str(TEXT);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for mapper in [
                PositionMapper::new(&rope, TEXT, enc),
                PositionMapper::with_line_table(&rope, TEXT, enc),
            ] {
                // In order, backwards and past the end, as findings' starts and ends come.
                let offsets: Vec<usize> = (0..=TEXT.len() + 2)
                    .chain((0..TEXT.len()).rev())
                    .chain((0..TEXT.len()).step_by(3))
                    .chain((0..TEXT.len()).step_by(5))
                    .collect();
                for o in offsets {
                    assert_eq!(
                        mapper.position(o),
                        position(&rope, o, enc),
                        "{enc:?} offset {o}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        /// Both mappers give the rope's answer for any text and any order of offsets.
        #[test]
        fn mappers_agree_with_the_rope_on_any_text(
            text in "[a§😀é \r\n]{0,60}",
            offsets in proptest::collection::vec(0usize..70, 0..40),
        ) {
            let rope = Rope::from_str(&text);
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                let sweeping = PositionMapper::new(&rope, &text, enc);
                let table = PositionMapper::with_line_table(&rope, &text, enc);
                let mut sorted = offsets.clone();
                sorted.sort_unstable();
                for &o in sorted.iter().chain(&offsets) {
                    let expected = position(&rope, o, enc);
                    proptest::prop_assert_eq!(sweeping.position(o), expected);
                    proptest::prop_assert_eq!(table.position(o), expected);
                }
            }
        }
    }

    #[test]
    fn prefers_utf8_then_utf32() {
        let all = [
            PositionEncodingKind::UTF16,
            PositionEncodingKind::UTF32,
            PositionEncodingKind::UTF8,
        ];
        assert_eq!(negotiate(Some(&all)), Encoding::Utf8);
        assert_eq!(negotiate(Some(&all[..2])), Encoding::Utf32);
        assert_eq!(negotiate(Some(&all[..1])), Encoding::Utf16);
        assert_eq!(negotiate(None), Encoding::Utf16);
    }
}
