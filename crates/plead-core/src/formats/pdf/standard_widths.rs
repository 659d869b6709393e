//! The advance widths of the standard Times and Helvetica fonts, for a PDF that names one of
//! the fourteen standard fonts without `/Widths`. An OCR text layer is often set that way, one
//! word a `Tj`: with one average width for every letter a word overruns the next one, the space
//! between them is lost (`declareasfollows`) and an invisible copy of a word no longer covers
//! the visible one (`inin`). Table: `data/standard_font_widths.tsv`, written by
//! `scripts/gen_standard_font_widths.py` from Adobe's Core 14 metrics.

use std::collections::HashMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("../../../data/standard_font_widths.tsv");

/// The table's columns, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standard {
    TimesRoman = 0,
    TimesBold = 1,
    TimesItalic = 2,
    TimesBoldItalic = 3,
    Helvetica = 4,
    HelveticaBold = 5,
    /// Fixed pitch: 600 for every glyph.
    Courier = 6,
}

const COLUMNS: usize = 6;

static WIDTHS: LazyLock<HashMap<char, [f32; COLUMNS]>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        let Some(ch) = fields
            .next()
            .and_then(|c| c.strip_prefix("U+"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32)
        else {
            continue;
        };
        let mut row = [0.0; COLUMNS];
        let mut filled = 0;
        for (slot, field) in row.iter_mut().zip(fields) {
            if let Ok(w) = field.parse::<f32>() {
                *slot = w;
                filled += 1;
            }
        }
        if filled == COLUMNS {
            out.insert(ch, row);
        }
    }
    out
});

/// The standard font a `/BaseFont` name stands for (a subset prefix `ABCDEF+` and the
/// Windows names — Arial for Helvetica, Times New Roman for Times — included), or None.
pub fn standard(base: &[u8]) -> Option<Standard> {
    let name = String::from_utf8_lossy(base).to_ascii_lowercase();
    let name = name.split_once('+').map_or(name.as_str(), |(_, n)| n);
    let bold = name.contains("bold") || name.contains("black") || name.contains("heavy");
    let italic = name.contains("italic") || name.contains("oblique");
    if name.contains("courier") {
        Some(Standard::Courier)
    } else if name.contains("helvetica") || name.contains("arial") {
        Some(if bold {
            Standard::HelveticaBold
        } else {
            Standard::Helvetica
        })
    } else if name.contains("times") {
        Some(match (bold, italic) {
            (true, true) => Standard::TimesBoldItalic,
            (true, false) => Standard::TimesBold,
            (false, true) => Standard::TimesItalic,
            (false, false) => Standard::TimesRoman,
        })
    } else {
        None
    }
}

/// The advance width (glyph units, 1/1000 em) of `ch` in `font`, when the metrics have it.
pub fn width(font: Standard, ch: char) -> Option<f32> {
    if font == Standard::Courier {
        return Some(600.0);
    }
    WIDTHS.get(&ch).map(|row| row[font as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_their_standard_font() {
        assert_eq!(standard(b"Times-Roman"), Some(Standard::TimesRoman));
        assert_eq!(
            standard(b"ABCDEF+TimesNewRomanPS-BoldMT"),
            Some(Standard::TimesBold)
        );
        assert_eq!(standard(b"Arial,BoldItalic"), Some(Standard::HelveticaBold));
        assert_eq!(standard(b"Courier-Oblique"), Some(Standard::Courier));
        assert_eq!(standard(b"GlyphLessFont"), None);
    }

    #[test]
    fn letters_have_their_own_widths() {
        // Times: a narrow `i`, a wide `m`, a quarter-em space.
        assert_eq!(width(Standard::TimesRoman, 'i'), Some(278.0));
        assert_eq!(width(Standard::TimesRoman, 'm'), Some(778.0));
        assert_eq!(width(Standard::TimesRoman, ' '), Some(250.0));
        assert_eq!(width(Standard::Helvetica, 'e'), Some(556.0));
        assert_eq!(width(Standard::TimesItalic, '\u{2019}'), Some(333.0));
        assert_eq!(width(Standard::Courier, 'W'), Some(600.0));
    }
}
