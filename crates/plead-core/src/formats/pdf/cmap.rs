//! ToUnicode CMaps (PDF 32000-1 §9.10.3): the table from a font's character codes to
//! Unicode text that word processors embed with subset fonts. Only what text
//! extraction needs: code space ranges, `bfchar` and `bfrange` mappings.

use std::collections::HashMap;

/// Bounds against hostile CMaps: entries in all, codes in one range.
const MAX_ENTRIES: usize = 200_000;
const MAX_RANGE: u32 = 65_536;

#[derive(Debug, Default)]
pub struct ToUnicode {
    /// (code length in bytes, first code, last code)
    pub codespace: Vec<(u8, u32, u32)>,
    pub map: HashMap<u32, String>,
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Hex(Vec<u8>),
    Word(&'a [u8]),
    ArrayStart,
    ArrayEnd,
}

impl ToUnicode {
    pub fn parse(bytes: &[u8]) -> ToUnicode {
        let tokens = tokenize(bytes);
        let mut out = ToUnicode::default();
        let mut i = 0;
        while i < tokens.len() {
            match tokens[i] {
                Token::Word(b"begincodespacerange") => {
                    i += 1;
                    while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) =
                        (tokens.get(i), tokens.get(i + 1))
                    {
                        if !lo.is_empty() && lo.len() <= 4 && lo.len() == hi.len() {
                            out.codespace.push((lo.len() as u8, be(lo), be(hi)));
                        }
                        i += 2;
                    }
                }
                Token::Word(b"beginbfchar") => {
                    i += 1;
                    while let (Some(Token::Hex(src)), Some(Token::Hex(dst))) =
                        (tokens.get(i), tokens.get(i + 1))
                    {
                        out.insert(be(src), utf16be(dst));
                        i += 2;
                    }
                }
                Token::Word(b"beginbfrange") => {
                    i += 1;
                    while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) =
                        (tokens.get(i), tokens.get(i + 1))
                    {
                        let (lo, hi) = (be(lo), be(hi));
                        let count = hi.saturating_sub(lo).min(MAX_RANGE);
                        match tokens.get(i + 2) {
                            Some(Token::Hex(dst)) => {
                                for k in 0..=count {
                                    out.insert(lo + k, utf16be_plus(dst, k));
                                }
                                i += 3;
                            }
                            Some(Token::ArrayStart) => {
                                let mut j = i + 3;
                                let mut k = 0;
                                while let Some(Token::Hex(dst)) = tokens.get(j) {
                                    if k <= count {
                                        out.insert(lo + k, utf16be(dst));
                                    }
                                    k += 1;
                                    j += 1;
                                }
                                // Past the closing bracket.
                                i = j + 1;
                            }
                            _ => break,
                        }
                    }
                }
                _ => i += 1,
            }
            if out.map.len() >= MAX_ENTRIES {
                break;
            }
        }
        out
    }

    fn insert(&mut self, code: u32, text: String) {
        if self.map.len() < MAX_ENTRIES {
            self.map.insert(code, text);
        }
    }
}

fn be(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0, |c, &b| (c << 8) | u32::from(b))
}

fn utf16be(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| (u16::from(c[0]) << 8) | u16::from(*c.get(1).unwrap_or(&0)))
        .collect();
    clean(String::from_utf16_lossy(&units))
}

/// The destination of a range's `k`-th code: the last UTF-16 unit incremented.
fn utf16be_plus(bytes: &[u8], k: u32) -> String {
    let mut units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| (u16::from(c[0]) << 8) | u16::from(*c.get(1).unwrap_or(&0)))
        .collect();
    if let Some(last) = units.last_mut() {
        *last = last.wrapping_add(k as u16);
    }
    clean(String::from_utf16_lossy(&units))
}

/// Drops what is no text: NULs and other controls some generators map glyphs to.
fn clean(s: String) -> String {
    if s.chars().any(|c| c.is_control()) {
        s.chars().filter(|c| !c.is_control()).collect()
    } else {
        s
    }
}

fn tokenize(bytes: &[u8]) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if bytes.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let start = i + 1;
                let end = memchr::memchr(b'>', &bytes[start..]).map_or(bytes.len(), |e| start + e);
                tokens.push(Token::Hex(hex(&bytes[start..end])));
                i = end + 1;
            }
            b'[' => {
                tokens.push(Token::ArrayStart);
                i += 1;
            }
            b']' => {
                tokens.push(Token::ArrayEnd);
                i += 1;
            }
            b'(' => {
                // Literal strings (CMap names in the header): skip, minding nesting and escapes.
                let mut depth = 0;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            _ if b.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < bytes.len()
                    && !bytes[i].is_ascii_whitespace()
                    && !matches!(
                        bytes[i],
                        b'<' | b'>' | b'[' | b']' | b'(' | b')' | b'%' | b'/'
                    )
                {
                    i += 1;
                }
                if i == start {
                    i += 1; // a lone `/` or `)`
                } else {
                    tokens.push(Token::Word(&bytes[start..i]));
                }
            }
        }
    }
    tokens
}

fn hex(digits: &[u8]) -> Vec<u8> {
    let nibbles: Vec<u8> = digits
        .iter()
        .filter_map(|&d| (d as char).to_digit(16).map(|v| v as u8))
        .collect();
    nibbles
        .chunks(2)
        .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ranges_chars_and_ligatures() {
        let cmap = ToUnicode::parse(
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
              /CMapName /Adobe-Identity-UCS def\n\
              1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar\n\
              2 beginbfrange <0024> <0026> <0041> <0030> <0031> [<2019> <201C>] endbfrange\n\
              endcmap CMapName currentdict /CMap defineresource pop end end",
        );
        assert_eq!(cmap.codespace, vec![(2, 0, 0xFFFF)]);
        assert_eq!(cmap.map[&3], " ");
        assert_eq!(cmap.map[&0x11], "fi");
        assert_eq!(cmap.map[&0x25], "B");
        assert_eq!(cmap.map[&0x26], "C");
        assert_eq!(cmap.map[&0x31], "\u{201c}");
    }

    #[test]
    fn garbage_gives_an_empty_map() {
        let cmap = ToUnicode::parse(b"beginbfrange <00> [ <zz endbfrange ( unclosed");
        assert!(cmap.map.len() <= 1);
        let cmap = ToUnicode::parse(b"beginbfrange <0000> <FFFFFFFF> <0041> endbfrange");
        assert!(cmap.map.len() <= MAX_ENTRIES);
    }
}
