//! The layout of the dictionary image that `build.rs` writes from `data/` and the
//! binary embeds: the merged word list laid out as ready-to-probe hash tables, so
//! start-up builds nothing (building a 131k-word hash map took ~60% of a
//! `plead check` of the seed).
//!
//! Shared by `build.rs` (through `#[path]`) and the dictionary, so both hash alike.
//! All numbers are little-endian `u32`s. The image is:
//! `[header: HEADER_WORDS u32s][entries][main slots][hot slots][abbreviation slots]
//! [length starts: MAX_LEN + 1 u32s][length index][strings]`.
//! An entry is `ENTRY_BYTES` long: string offset (u32), letter mask (u32), key length,
//! display length, score, flags (u8 each); the display form, when there is one,
//! follows the key in the strings. A slot holds an entry index + 1 (0 = empty).

/// Header fields, in order (each a `u32`).
pub const MAGIC: u32 = 0x504c_4431; // "PLD1"
pub const H_MAGIC: usize = 0;
pub const H_WORDS: usize = 1;
pub const H_ENTRIES: usize = 2;
pub const H_MAIN_BITS: usize = 3;
pub const H_HOT_BITS: usize = 4;
pub const H_ABBR_BITS: usize = 5;
pub const H_ENTRIES_AT: usize = 6;
pub const H_MAIN_AT: usize = 7;
pub const H_HOT_AT: usize = 8;
pub const H_ABBR_AT: usize = 9;
pub const H_STARTS_AT: usize = 10;
pub const H_INDEX_AT: usize = 11;
pub const H_STRINGS_AT: usize = 12;
pub const HEADER_WORDS: usize = 13;

pub const ENTRY_BYTES: usize = 12;
/// Flag: the key is the lowercased source word (`ebay` for `eBay`); such keys are
/// reached through their display form in the length index.
pub const FLAG_LOWERED: u8 = 1;
/// Parts of speech the word can have (from WordNet, `data/pos.tsv`), in the flags.
pub const POS_NOUN: u8 = 2;
/// Any verb form.
pub const POS_VERB: u8 = 4;
/// The base form of a verb (`establish`, `suffice`).
pub const POS_BASE_VERB: u8 = 8;
/// A past tense or participle (`held`, `denied`).
pub const POS_PAST: u8 = 16;
pub const POS_ADJ: u8 = 32;
pub const POS_ADV: u8 = 64;

/// The flag bits of `data/pos.tsv`'s letters (used by `build.rs`).
#[allow(dead_code)]
pub fn pos_bits(letters: &str) -> u8 {
    letters.chars().fold(0, |bits, c| {
        bits | match c {
            'N' => POS_NOUN,
            'V' => POS_VERB,
            'B' => POS_BASE_VERB,
            'D' => POS_PAST,
            'J' => POS_ADJ,
            'R' => POS_ADV,
            _ => 0,
        }
    })
}
/// Words are grouped by length in chars below this (longer ones are never suggested).
pub const MAX_LEN: usize = 40;

/// The first slot to probe for `key` in a table of `1 << bits` slots (FxHash-style
/// multiply-rotate over 8-byte chunks; the top bits of the product pick the slot).
#[allow(dead_code)] // build.rs lays the tables out with it; lookups hash once for several
pub fn first_slot(key: &[u8], bits: u32) -> usize {
    slot_of(key_hash(key), bits)
}

/// The hash [`first_slot`] takes its slot from: one per key, whatever the table's size.
pub fn key_hash(key: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut hash = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = (hash ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(26);
    }
    (hash ^ tail_word(chunks.remainder())).wrapping_mul(K)
}

/// Up to seven bytes as a little-endian word padded with zeros, read in at most three
/// loads (a copy of a variable length is a `memcpy` call, and most words end here).
fn tail_word(tail: &[u8]) -> u64 {
    let byte = |k: usize| u64::from(tail[k]);
    let half = |k: usize| u64::from(u16::from_le_bytes([tail[k], tail[k + 1]]));
    let word = |k: usize| {
        u64::from(u32::from_le_bytes([
            tail[k],
            tail[k + 1],
            tail[k + 2],
            tail[k + 3],
        ]))
    };
    match tail.len() {
        0 => 0,
        1 => byte(0),
        2 => half(0),
        3 => half(0) | byte(2) << 16,
        4 => word(0),
        5 => word(0) | byte(4) << 32,
        6 => word(0) | half(4) << 32,
        7 => word(0) | half(4) << 32 | byte(6) << 48,
        // Not reached (a remainder of 8-byte chunks); as the padded copy would read it.
        _ => tail
            .iter()
            .take(8)
            .rev()
            .fold(0u64, |t, &b| t << 8 | u64::from(b)),
    }
}

/// The first slot of a key with hash `hash` in a table of `1 << bits` slots.
pub fn slot_of(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The split-word check accepts a one-edit join only when the word scores at least
/// this (and has no display form of its own).
pub const SPLIT_FIX_MIN_SCORE: u8 = 20;
/// Symbols of the split-fix trigram tables: the pad byte 0, the 26 lowercase letters,
/// and one shared by every other byte (so a table built from the words answers for any
/// byte: a word with `'` or `é` marks the shared symbol, which only lets more through).
pub const TRI_SYMBOLS: usize = 28;
/// Entries of one trigram table (one per ordered pair of symbols).
pub const TRI_PAIRS: usize = TRI_SYMBOLS * TRI_SYMBOLS;

/// The trigram-table symbol of byte `b`.
#[inline]
pub fn tri_symbol(b: u8) -> usize {
    match b {
        0 => 0,
        b'a'..=b'z' => usize::from(b - b'a') + 1,
        _ => TRI_SYMBOLS - 1,
    }
}

/// The split-fix trigram tables, exact over the symbols (`build.rs` writes them as
/// `3 * TRI_PAIRS` little-endian `u32`s): entry `x * TRI_SYMBOLS + y` of table
/// [`TRI_THIRD`] is the mask of symbols `c` such that some word has the trigram `x y c`;
/// of [`TRI_MIDDLE`], the `c` of `x c y`; of [`TRI_FIRST`], the `c` of `c x y`. A letter
/// substituted or inserted between known neighbours is then tested for all the trigrams
/// it makes with three loads and two `and`s.
pub const TRI_THIRD: usize = 0;
pub const TRI_MIDDLE: usize = 1;
pub const TRI_FIRST: usize = 2;

/// Sets the three tables' bits for the trigram `a b c` (used by `build.rs`).
#[allow(dead_code)]
pub fn mark_trigram(tables: &mut [u32], a: u8, b: u8, c: u8) {
    let (a, b, c) = (tri_symbol(a), tri_symbol(b), tri_symbol(c));
    tables[TRI_THIRD * TRI_PAIRS + a * TRI_SYMBOLS + b] |= 1 << c;
    tables[TRI_MIDDLE * TRI_PAIRS + a * TRI_SYMBOLS + c] |= 1 << b;
    tables[TRI_FIRST * TRI_PAIRS + b * TRI_SYMBOLS + c] |= 1 << a;
}

/// Calls `f` with each trigram of `key` padded as `0 0 key 0` (so the first and last
/// letters count too); stops at the first `false` and returns whether every call
/// returned `true`.
pub fn all_trigrams(key: &[u8], mut f: impl FnMut(u8, u8, u8) -> bool) -> bool {
    let (mut a, mut b) = (0u8, 0u8);
    for &c in key.iter().chain([&0u8]) {
        if !f(a, b, c) {
            return false;
        }
        (a, b) = (b, c);
    }
    true
}

/// The split-fix quadgram filter has `1 << QUAD_BITS` bits (32 KB; ~32k distinct
/// quadgrams of the words fill about an eighth of it).
pub const QUAD_BITS: u32 = 18;

/// The quadgram filter bit of the bytes `a b c d` (a multiplicative hash: collisions
/// only let more candidates through).
#[inline]
pub fn quad_bit(a: u8, b: u8, c: u8, d: u8) -> usize {
    quad_bit_of(u32::from_le_bytes([a, b, c, d]))
}

/// [`quad_bit`] of the quadgram read as a little-endian `u32` (a rolling window).
#[inline]
pub fn quad_bit_of(quad: u32) -> usize {
    (quad.wrapping_mul(0x9e37_79b1) >> (32 - QUAD_BITS)) as usize
}

/// Calls `f` with the filter bit of each quadgram of `key` padded as `0 0 0 key 0`;
/// stops at the first `false` and returns whether every call returned `true`.
pub fn all_quads(key: &[u8], mut f: impl FnMut(usize) -> bool) -> bool {
    let (mut a, mut b, mut c) = (0u8, 0u8, 0u8);
    for &d in key.iter().chain([&0u8]) {
        if !f(quad_bit(a, b, c, d)) {
            return false;
        }
        (a, b, c) = (b, c, d);
    }
    true
}

/// Which of the 26 ASCII lowercase letters occur in `word` (a cheap filter before
/// computing an edit distance: two edits change the presence of at most four letters).
pub fn letter_mask(word: &str) -> u32 {
    word.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |m, b| m | 1 << (b - b'a'))
}
