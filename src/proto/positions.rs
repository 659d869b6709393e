//! Rope byte offsets ↔ LSP positions in the negotiated encoding.
//!
//! Lines end at `\n`, `\r\n` or `\r`, as LSP 3.17 specifies (ropey is built with
//! `cr_lines` only). Every conversion clamps instead of failing: a client that sends
//! a position past the end of a line or of the document gets the nearest valid offset
//! and a flag saying it was clamped, so the caller can log it.

use ropey::{Rope, RopeSlice};
use tower_lsp::lsp_types::{Position, PositionEncodingKind, Range};

use crate::analysis::Span;
pub use crate::text::Resolved;
use crate::text::{Encoding, LineCol};

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

/// A line/column of the line index as an LSP position. Many offsets of one text are
/// converted through `text::LineIndex` (one pass to build, then a forward sweep), the
/// same index the command line uses; the rope answers single lookups below.
pub fn to_lsp(lc: LineCol) -> Position {
    Position::new(lc.line, lc.col)
}

pub fn range(rope: &Rope, span: Span, enc: Encoding) -> Range {
    Range::new(
        position(rope, span.start, enc),
        position(rope, span.end, enc),
    )
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
    use crate::text::LineIndex;

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

    /// The line index (single lookups and the sweeping cursor) gives the rope's answer
    /// for offsets in order, backwards and past the end, as findings' starts and ends come.
    fn assert_index_agrees(text: &str, offsets: &[usize]) {
        let rope = Rope::from_str(text);
        let index = LineIndex::new(text);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let cursor = index.cursor(text, enc);
            for &o in offsets {
                let expected = position(&rope, o, enc);
                assert_eq!(to_lsp(cursor.line_col(o)), expected, "{enc:?} offset {o}");
                assert_eq!(to_lsp(index.line_col(text, o, enc)), expected);
            }
            for line in 0..rope.len_lines() as u32 + 2 {
                for col in 0..12 {
                    let from_rope = offset(&rope, Position::new(line, col), enc);
                    let from_index = index.offset(text, LineCol { line, col }, enc);
                    assert_eq!(from_index, from_rope, "{enc:?} {line}:{col} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn line_index_agrees_with_the_rope_conversion() {
        let offsets: Vec<usize> = (0..=TEXT.len() + 2)
            .chain((0..TEXT.len()).rev())
            .chain((0..TEXT.len()).step_by(3))
            .chain((0..TEXT.len()).step_by(5))
            .collect();
        assert_index_agrees(TEXT, &offsets);
    }

    proptest::proptest! {
        /// The line index gives the rope's answer for any text and any order of offsets.
        #[test]
        fn line_index_agrees_with_the_rope_on_any_text(
            text in "[a§😀é \r\n]{0,60}",
            offsets in proptest::collection::vec(0usize..70, 0..40),
        ) {
            let mut sorted = offsets.clone();
            sorted.sort_unstable();
            sorted.extend(offsets);
            assert_index_agrees(&text, &sorted);
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
