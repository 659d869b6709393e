//! What a PDF font says about the bytes of a text string: how they split into
//! character codes, the Unicode text of each code, and each glyph's advance width.
//! Read leniently: whatever a font dictionary lacks falls back to a default, so a
//! damaged font gives odd text, never an error.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use super::cmap::ToUnicode;
use super::standard_widths::{standard, width};

/// Largest font program or CMap stream decoded (a ToUnicode CMap is a few KiB).
const MAX_CMAP_BYTES: usize = 4 * 1024 * 1024;

/// One decoded character code.
pub struct Code<'f> {
    /// Unicode text (empty when the font does not say).
    pub text: &'f str,
    /// Advance in text space per unit of font size (glyph width × font matrix).
    pub advance: f32,
    /// A single-byte code 32, to which word spacing (`Tw`) applies.
    pub is_space_code: bool,
}

pub struct Font {
    /// Code ranges by byte length (composite fonts); empty: one byte per code.
    codespace: Vec<(u8, u32, u32)>,
    /// Text of single-byte codes (simple fonts).
    simple_text: Vec<String>,
    /// Text of codes from the ToUnicode CMap (composite fonts; simple fonts' entries
    /// are folded into `simple_text`).
    cmap: HashMap<u32, String>,
    /// Widths of single-byte codes, glyph units.
    simple_widths: Vec<f32>,
    /// Widths by CID (composite fonts), glyph units.
    cid_widths: HashMap<u32, f32>,
    default_width: f32,
    /// Glyph units to text space (1/1000, or a Type 3 font's matrix).
    scale: f32,
    composite: bool,
}

impl Font {
    pub fn load(dict: &Dictionary, doc: &Document) -> Font {
        let subtype = name_of(dict.get(b"Subtype").ok());
        let composite = subtype == Some(b"Type0".as_slice());
        let to_unicode = dict
            .get_deref(b"ToUnicode", doc)
            .ok()
            .and_then(|o| o.as_stream().ok())
            .and_then(|s| s.get_plain_content_with_limit(MAX_CMAP_BYTES).ok())
            .map(|bytes| ToUnicode::parse(&bytes));
        let scale = if subtype == Some(b"Type3".as_slice()) {
            dict.get_deref(b"FontMatrix", doc)
                .ok()
                .and_then(|m| m.as_array().ok())
                .and_then(|m| m.first())
                .and_then(|a| number(a, doc))
                .filter(|a| a.is_finite() && *a > 0.0)
                .unwrap_or(0.001)
        } else {
            0.001
        };
        if composite {
            Font::composite(dict, doc, to_unicode, scale)
        } else {
            Font::simple(dict, doc, to_unicode, scale)
        }
    }

    fn simple(
        dict: &Dictionary,
        doc: &Document,
        to_unicode: Option<ToUnicode>,
        scale: f32,
    ) -> Font {
        let mut simple_text = vec![String::new(); 256];
        if let Ok(encoding) = dict.get_font_encoding(doc) {
            for (code, slot) in simple_text.iter_mut().enumerate() {
                if let Ok(text) = encoding.bytes_to_string(&[code as u8]) {
                    *slot = text;
                }
            }
        }
        if let Some(cmap) = to_unicode {
            for (code, text) in cmap.map {
                if code < 256 && !text.is_empty() {
                    simple_text[code as usize] = text;
                }
            }
        }
        let descriptor = dict
            .get_deref(b"FontDescriptor", doc)
            .ok()
            .and_then(|d| d.as_dict().ok());
        let missing = descriptor
            .and_then(|d| d.get_deref(b"MissingWidth", doc).ok())
            .and_then(|w| number(w, doc))
            .filter(|w| *w > 0.0);
        let base = name_of(dict.get(b"BaseFont").ok()).unwrap_or_default();
        let fallback = missing.unwrap_or_else(|| standard_width(base));
        let mut simple_widths = vec![fallback; 256];
        let first = dict
            .get_deref(b"FirstChar", doc)
            .ok()
            .and_then(|f| number(f, doc))
            .map_or(0, |f| f.max(0.0) as usize);
        if let Ok(widths) = dict.get_deref(b"Widths", doc).and_then(Object::as_array) {
            for (i, w) in widths.iter().enumerate() {
                if let (Some(slot), Some(w)) = (simple_widths.get_mut(first + i), number(w, doc)) {
                    *slot = w;
                }
            }
        } else if let Some(standard) = missing.is_none().then(|| standard(base)).flatten() {
            // One of the standard 14 fonts named without widths (an OCR text layer set in
            // Times-Roman): each glyph's own width, so words keep their place and their spaces.
            for (slot, text) in simple_widths.iter_mut().zip(&simple_text) {
                if let Some(w) = text.chars().next().and_then(|ch| width(standard, ch)) {
                    *slot = w;
                }
            }
            simple_widths[32] = width(standard, ' ').unwrap_or(fallback * 0.5);
        } else {
            // An unknown font without widths: a space is narrower than a letter.
            simple_widths[32] = fallback * 0.5;
        }
        Font {
            codespace: Vec::new(),
            simple_text,
            cmap: HashMap::new(),
            simple_widths,
            cid_widths: HashMap::new(),
            default_width: fallback,
            scale,
            composite: false,
        }
    }

    fn composite(
        dict: &Dictionary,
        doc: &Document,
        to_unicode: Option<ToUnicode>,
        scale: f32,
    ) -> Font {
        let descendant = dict
            .get_deref(b"DescendantFonts", doc)
            .ok()
            .and_then(|d| d.as_array().ok())
            .and_then(|a| a.first())
            .and_then(|d| doc.dereference(d).ok())
            .and_then(|(_, d)| d.as_dict().ok());
        let default_width = descendant
            .and_then(|d| d.get_deref(b"DW", doc).ok())
            .and_then(|w| number(w, doc))
            .unwrap_or(1000.0);
        let mut cid_widths = HashMap::new();
        if let Some(w) = descendant
            .and_then(|d| d.get_deref(b"W", doc).ok())
            .and_then(|w| w.as_array().ok())
        {
            read_cid_widths(w, doc, &mut cid_widths);
        }
        let (codespace, cmap) = match to_unicode {
            Some(t) if !t.codespace.is_empty() => (t.codespace, t.map),
            Some(t) => (vec![(2, 0, 0xFFFF)], t.map),
            None => (vec![(2, 0, 0xFFFF)], HashMap::new()),
        };
        Font {
            codespace,
            simple_text: Vec::new(),
            cmap,
            simple_widths: Vec::new(),
            cid_widths,
            default_width,
            scale,
            composite: true,
        }
    }

    /// Splits a string operand into codes and calls `each` with every code.
    pub fn decode(&self, bytes: &[u8], mut each: impl FnMut(Code<'_>)) {
        if !self.composite {
            for &b in bytes {
                let i = b as usize;
                each(Code {
                    text: self.simple_text.get(i).map_or("", String::as_str),
                    advance: self
                        .simple_widths
                        .get(i)
                        .copied()
                        .unwrap_or(self.default_width)
                        * self.scale,
                    is_space_code: b == b' ',
                });
            }
            return;
        }
        let mut i = 0;
        while i < bytes.len() {
            let (len, code) = self.next_code(&bytes[i..]);
            i += len;
            // Identity encodings (the usual case) make the code the CID.
            let width = self
                .cid_widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width);
            each(Code {
                text: self.cmap.get(&code).map_or("", String::as_str),
                advance: width * self.scale,
                is_space_code: len == 1 && code == 32,
            });
        }
    }

    /// The next code: the shortest byte sequence inside a codespace range.
    fn next_code(&self, bytes: &[u8]) -> (usize, u32) {
        let mut code = 0u32;
        for len in 1..=4usize.min(bytes.len()) {
            code = (code << 8) | u32::from(bytes[len - 1]);
            if self
                .codespace
                .iter()
                .any(|&(l, lo, hi)| usize::from(l) == len && (lo..=hi).contains(&code))
            {
                return (len, code);
            }
        }
        // No range matches: take two bytes (one at the end of the string).
        let len = bytes.len().min(2);
        let code = bytes[..len]
            .iter()
            .fold(0u32, |c, &b| (c << 8) | u32::from(b));
        (len.max(1), code)
    }
}

/// `/W` arrays: `c [w1 w2 …]` gives widths from CID c on; `c_first c_last w` one width for a range.
fn read_cid_widths(w: &[Object], doc: &Document, out: &mut HashMap<u32, f32>) {
    let mut i = 0;
    while i < w.len() {
        let Some(first) = number(&w[i], doc) else {
            return;
        };
        let first = first.max(0.0) as u32;
        match w.get(i + 1).map(|o| doc.dereference(o).map(|(_, o)| o)) {
            Some(Ok(Object::Array(list))) => {
                for (k, width) in list.iter().enumerate().take(65_536) {
                    if let Some(width) = number(width, doc) {
                        out.insert(first + k as u32, width);
                    }
                }
                i += 2;
            }
            Some(Ok(last)) => {
                let (Some(last), Some(width)) =
                    (number(last, doc), w.get(i + 2).and_then(|o| number(o, doc)))
                else {
                    return;
                };
                let last = (last.max(0.0) as u32).min(first.saturating_add(65_536));
                for cid in first..=last {
                    out.insert(cid, width);
                }
                i += 3;
            }
            _ => return,
        }
    }
}

/// Average widths for the standard fonts when a PDF omits them: the fixed pitch of
/// Courier, and typical letter widths of Helvetica and Times.
fn standard_width(base: &[u8]) -> f32 {
    let name = String::from_utf8_lossy(base).to_ascii_lowercase();
    if name.contains("courier") {
        600.0
    } else if name.contains("helvetica") || name.contains("arial") {
        556.0
    } else {
        500.0
    }
}

pub fn number(o: &Object, doc: &Document) -> Option<f32> {
    match doc.dereference(o).ok()?.1 {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn name_of(o: Option<&Object>) -> Option<&[u8]> {
    o.and_then(|o| o.as_name().ok())
}
