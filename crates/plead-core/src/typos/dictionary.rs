//! The word list: SCOWL American English (size 70) with frequency scores, plus the
//! legal lexicon, merged at build time (`build.rs`) into ready-to-probe hash tables
//! that the binary embeds: opening the dictionary costs one UTF-8 check of its strings.
//!
//! Keys are lowercase; lookups are case-insensitive (a checker that flags
//! `united states` in a quoted caption would be switched off).

use std::sync::LazyLock;

use super::prefix_walk::{letter_code, PrefixGroup};
use super::word_table::{self as layout, ENTRY_BYTES, FLAG_LOWERED, MAX_LEN};

/// The image `build.rs` writes from `data/en_US-words.tsv` and `data/legal_lexicon.txt`.
static IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dictionary.bin"));

#[derive(Clone, Copy, Debug)]
pub struct WordInfo {
    /// Higher is more frequent (0–60): SCOWL size class plus corpus frequency.
    pub score: u8,
    /// How to write the word when it is a proper noun (`Sacramento`).
    pub display: Option<&'static str>,
}

/// A word of the length index: the word, its score and its letter mask.
pub type LengthEntry = (&'static str, u8, u32);

/// One probe table of the image: `1 << bits` slots of entry index + 1.
#[derive(Clone, Copy)]
struct Table {
    at: usize,
    bits: u32,
}

pub struct Dictionary {
    image: &'static [u8],
    /// The strings section, checked as UTF-8 once.
    strings: &'static str,
    strings_at: usize,
    entries_at: usize,
    words: usize,
    main: Table,
    /// The most frequent words (a few thousand): a small table that stays in cache
    /// answers most lookups of running text before the big one is touched.
    hot: Table,
    /// Abbreviations that end in a period (`cal`, `dep't`, `proc`), lowercase, without the period.
    abbreviations: Table,
    starts_at: usize,
    index_at: usize,
    /// The image's length index laid out for suggestion scans, built on the first scan.
    length_groups: std::sync::OnceLock<Vec<LengthGroup>>,
}

/// The words of one length, in the order of the image's index.
struct LengthGroup {
    /// (letter mask, entry) of each word: the scan's mask filter reads one flat array.
    words: Vec<(u32, u32)>,
    /// The same words' lowercased forms, for the distance-2 walk.
    prefixes: PrefixGroup,
}

static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(|| {
    Dictionary::open(IMAGE).unwrap_or_else(|| {
        // Only a build bug can get here (build.rs writes the image); spell-checking
        // with no words would flag everything, so fail loudly.
        panic!("plead: the embedded dictionary image is malformed")
    })
});

/// The embedded dictionary (opened on first use, well under a millisecond).
pub fn dictionary() -> &'static Dictionary {
    &DICTIONARY
}

/// A display form that is a capitalized word (`Denys`, `Monday`), not an acronym or a
/// roman numeral (`HTTP`, `IV`), which lower case often writes legitimately (`(iv)`).
pub fn is_proper_noun_form(display: &str) -> bool {
    let mut chars = display.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

fn u32_at(image: &[u8], at: usize) -> Option<u32> {
    let bytes = image.get(at..at + 4)?;
    Some(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
}

impl Dictionary {
    /// Checks the header and section bounds of an image and the UTF-8 of its strings.
    fn open(image: &'static [u8]) -> Option<Dictionary> {
        let field = |i: usize| u32_at(image, i * 4).map(|v| v as usize);
        if image.len() < layout::HEADER_WORDS * 4
            || field(layout::H_MAGIC)? != layout::MAGIC as usize
        {
            return None;
        }
        let table = |at: usize, bits: usize| {
            let bits = u32::try_from(bits).ok().filter(|b| (4..32).contains(b))?;
            (at + (4 << bits) <= image.len()).then_some(Table { at, bits })
        };
        let (words, entries) = (field(layout::H_WORDS)?, field(layout::H_ENTRIES)?);
        let entries_at = field(layout::H_ENTRIES_AT)?;
        let strings_at = field(layout::H_STRINGS_AT)?;
        let dictionary = Dictionary {
            image,
            strings: std::str::from_utf8(image.get(strings_at..)?).ok()?,
            strings_at,
            entries_at,
            words,
            main: table(field(layout::H_MAIN_AT)?, field(layout::H_MAIN_BITS)?)?,
            hot: table(field(layout::H_HOT_AT)?, field(layout::H_HOT_BITS)?)?,
            abbreviations: table(field(layout::H_ABBR_AT)?, field(layout::H_ABBR_BITS)?)?,
            starts_at: field(layout::H_STARTS_AT)?,
            index_at: field(layout::H_INDEX_AT)?,
            length_groups: std::sync::OnceLock::new(),
        };
        // Every read is bounds-checked as well; this catches a wrong image up front.
        let sections_fit = words <= entries
            && entries_at + entries * ENTRY_BYTES <= strings_at
            && dictionary.starts_at + (MAX_LEN + 1) * 4 <= image.len()
            && dictionary.index_at <= image.len();
        sections_fit.then_some(dictionary)
    }

    /// Entry `e`: (key, display, score, flags, letter mask).
    fn entry(&self, e: usize) -> Option<(&'static str, Option<&'static str>, u8, u8, u32)> {
        let at = self.entries_at + e * ENTRY_BYTES;
        let raw = self.image.get(at..at + ENTRY_BYTES)?;
        let offset = u32_at(raw, 0)? as usize;
        let mask = u32_at(raw, 4)?;
        let (key_len, display_len) = (raw[8] as usize, raw[9] as usize);
        let key = self.strings.get(offset..offset + key_len)?;
        let display = match display_len {
            0 => None,
            n => Some(self.strings.get(offset + key_len..offset + key_len + n)?),
        };
        Some((key, display, raw[10], raw[11], mask))
    }

    /// The entry whose key is `key` in `table`, by linear probing.
    fn find(&self, table: Table, key: &str) -> Option<usize> {
        self.find_hashed(table, layout::key_hash(key.as_bytes()), key)
    }

    /// [`Self::find`] with the key's hash given: the tables share it, so a key probed in
    /// two of them is hashed once.
    fn find_hashed(&self, table: Table, hash: u64, key: &str) -> Option<usize> {
        let key = key.as_bytes();
        let last = (1usize << table.bits) - 1;
        let mut slot = layout::slot_of(hash, table.bits);
        // At most three quarters of the slots are full, so an empty one ends every probe; the
        // bound only guards against a corrupt image.
        for _ in 0..=last {
            let e = (u32_at(self.image, table.at + slot * 4)? as usize).checked_sub(1)?;
            if self.key_is(e, key) {
                return Some(e);
            }
            slot = (slot + 1) & last;
        }
        None
    }

    /// Whether entry `e` has key `key` (lengths first: most probes stop there).
    fn key_is(&self, e: usize, key: &[u8]) -> bool {
        let at = self.entries_at + e * ENTRY_BYTES;
        let Some(raw) = self.image.get(at..at + 9) else {
            return false;
        };
        if raw[8] as usize != key.len() {
            return false;
        }
        let offset =
            self.strings_at + u32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as usize;
        // Compared byte by byte: keys are short, and a slice comparison calls `memcmp`.
        self.image
            .get(offset..offset + key.len())
            .is_some_and(|found| found.iter().zip(key).all(|(a, b)| a == b))
    }

    /// Every entry as (key, display, score): what build-time tables are tested against.
    #[cfg(test)]
    pub fn all_entries(
        &self,
    ) -> impl Iterator<Item = (&'static str, Option<&'static str>, u8)> + '_ {
        let entries = u32_at(self.image, layout::H_ENTRIES * 4).map_or(0, |n| n as usize);
        (0..entries).filter_map(|e| {
            self.entry(e)
                .map(|(key, display, score, ..)| (key, display, score))
        })
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// The entry for a lowercase word.
    pub fn get(&self, lowercase: &str) -> Option<WordInfo> {
        let e = self.find(self.main, lowercase)?;
        let (_, display, score, ..) = self.entry(e)?;
        Some(WordInfo { score, display })
    }

    /// Whether `lowercase` is known as written in `raw`'s case: a word the list has only
    /// capitalized (`Denys`, `Monday`) is no word in lower case (`The Court denys`).
    pub fn knows(&self, lowercase: &str, raw_is_lowercase: bool) -> bool {
        let hash = layout::key_hash(lowercase.as_bytes());
        if self.find_hashed(self.hot, hash, lowercase).is_some() {
            return true;
        }
        let info = self
            .find_hashed(self.main, hash, lowercase)
            .and_then(|e| self.entry(e))
            .map(|(_, display, score, ..)| WordInfo { score, display });
        match info {
            Some(info) => !raw_is_lowercase || !info.display.is_some_and(is_proper_noun_form),
            None => false,
        }
    }

    /// The parts of speech a lowercase word can have (`word_table::POS_*` bits; 0 when
    /// unknown, and for closed-class words WordNet leaves out: `the`, `of`, `is`).
    pub fn pos(&self, lowercase: &str) -> u8 {
        let hash = layout::key_hash(lowercase.as_bytes());
        let e = self
            .find_hashed(self.hot, hash, lowercase)
            .or_else(|| self.find_hashed(self.main, hash, lowercase));
        e.and_then(|e| self.entry(e))
            .map_or(0, |(_, _, _, flags, _)| flags & !FLAG_LOWERED)
    }

    /// Whether a lowercase word is known (in any case).
    pub fn contains(&self, lowercase: &str) -> bool {
        let hash = layout::key_hash(lowercase.as_bytes());
        self.find_hashed(self.hot, hash, lowercase).is_some()
            || self.find_hashed(self.main, hash, lowercase).is_some()
    }

    /// Whether `lowercase` (without its period) is a known abbreviation (`cal`, `dep't`).
    pub fn is_abbreviation(&self, lowercase: &str) -> bool {
        self.find(self.abbreviations, lowercase).is_some()
    }

    fn build_length_groups(&self) -> Vec<LengthGroup> {
        let start = |n: usize| u32_at(self.image, self.starts_at + n * 4).map(|v| v as usize);
        (0..MAX_LEN)
            .map(|len| {
                let range = match start(len).zip(start(len + 1)) {
                    Some((from, to)) => from..to,
                    None => 0..0,
                };
                let mut group = LengthGroup {
                    words: Vec::with_capacity(range.len()),
                    prefixes: PrefixGroup::new(len),
                };
                for i in range {
                    let Some(e) = u32_at(self.image, self.index_at + i * 4) else {
                        continue;
                    };
                    let Some(mask) =
                        u32_at(self.image, self.entries_at + e as usize * ENTRY_BYTES + 4)
                    else {
                        continue;
                    };
                    group.words.push((mask, e));
                    // A damaged entry gets letters no target has (scans skip it anyway).
                    let form = self.form(e as usize).unwrap_or_default();
                    let letters = form.chars().map(|c| letter_code(c.to_ascii_lowercase()));
                    group.prefixes.push(letters);
                }
                group.prefixes.finish();
                group
            })
            .collect()
    }

    fn length_groups(&self) -> &[LengthGroup] {
        self.length_groups
            .get_or_init(|| self.build_length_groups())
    }

    /// Entry `e` as the length index lists it: lexicon proper nouns in their display
    /// form (`Sacramento`).
    fn length_entry(&self, e: usize) -> Option<LengthEntry> {
        let (key, display, score, flags, mask) = self.entry(e)?;
        let form = if flags & FLAG_LOWERED != 0 {
            display?
        } else {
            key
        };
        Some((form, score, mask))
    }

    fn form(&self, e: usize) -> Option<&'static str> {
        self.length_entry(e).map(|(form, ..)| form)
    }

    /// Words whose length in chars is `len`, with scores and letter masks, sorted.
    /// Lexicon proper nouns come in their display form (`Sacramento`).
    /// Only words whose letter mask passes `keep` are decoded (a suggestion scan
    /// rejects most words by their mask alone).
    pub fn words_of_length(
        &self,
        len: usize,
        keep: impl Fn(u32) -> bool + 'static,
    ) -> impl Iterator<Item = LengthEntry> + '_ {
        let group = self.length_groups().get(len);
        let words = group.map_or(&[][..], |g| g.words.as_slice());
        words.iter().filter_map(move |&(mask, e)| {
            if !keep(mask) {
                return None;
            }
            self.length_entry(e as usize)
        })
    }

    /// The words of `words_of_length(len, keep)` (in its order) whose optimal string
    /// alignment distance to `target` (chars as `prefix_walk::letter_code`s) may be at
    /// most two: every such word, and rarely a few more, so callers still check the
    /// distance. One walk over the group's shared prefixes instead of a distance per word.
    pub fn for_each_near(
        &self,
        len: usize,
        target: &[u8],
        keep: impl Fn(u32) -> bool,
        mut visit: impl FnMut(LengthEntry),
    ) {
        let Some(group) = self.length_groups().get(len) else {
            return;
        };
        group.prefixes.within_two(target, |i| {
            let Some(&(mask, e)) = group.words.get(i) else {
                return;
            };
            if keep(mask) {
                if let Some(entry) = self.length_entry(e as usize) {
                    visit(entry);
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash as it was written (the tail copied into a zeroed word): `build.rs` and the
    /// lookups must agree with it on every length.
    #[test]
    fn key_hash_reads_the_tail_as_the_padded_copy_did() {
        fn padded(key: &[u8]) -> u64 {
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
            let mut tail = [0u8; 8];
            tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
            (hash ^ u64::from_le_bytes(tail)).wrapping_mul(K)
        }
        let text = "abcdefghijklmnopqrstuvwxyz’é0123456789";
        for start in 0..8 {
            for end in start..text.len() {
                let key = &text.as_bytes()[start..end];
                assert_eq!(layout::key_hash(key), padded(key), "{key:?}");
            }
        }
    }

    #[test]
    fn knows_general_and_legal_words() {
        let d = dictionary();
        assert!(d.len() > 100_000);
        for w in [
            "the",
            "court",
            "judgment",
            "hearsay",
            "sacramento",
            "certiorari",
            "pauperis",
            "tecum",
            "voir",
        ] {
            assert!(d.contains(w), "{w}");
        }
        for w in [
            "defendent",
            "heresay",
            "pauperus",
            "supercedes",
            "irregardless",
            "judgement",
        ] {
            assert!(!d.contains(w), "{w}");
        }
    }

    #[test]
    fn proper_noun_only_words_need_their_capital() {
        let d = dictionary();
        assert!(d.knows("denies", true));
        assert!(!d.knows("denys", true));
        assert!(d.knows("denys", false));
        assert!(!d.knows("monday", true));
        assert!(d.knows("monday", false));
        assert!(d.knows("court", true) && d.knows("court", false));
        // Acronyms and roman numerals are written in lower case too: `(iv)`, `http`.
        assert!(d.knows("iv", true) && d.knows("http", true));
    }

    #[test]
    fn parts_of_speech() {
        use crate::typos::word_table::*;
        let d = dictionary();
        assert_eq!(d.pos("entirety"), POS_NOUN);
        assert!(d.pos("establish") & POS_BASE_VERB != 0);
        assert!(d.pos("held") & POS_PAST != 0);
        assert!(d.pos("undisputed") & POS_ADJ != 0);
        assert_eq!(d.pos("xqzt"), 0);
    }

    #[test]
    fn abbreviations_need_their_period() {
        let d = dictionary();
        assert!(d.is_abbreviation("cal"));
        assert!(d.is_abbreviation("dep't"));
        assert!(!d.is_abbreviation("the"));
    }

    #[test]
    fn frequent_words_score_higher() {
        let d = dictionary();
        let common = d.get("court").map(|i| i.score).unwrap_or(0);
        let rare = d.get("heresy").map(|i| i.score).unwrap_or(0);
        assert!(common > rare);
        assert_eq!(
            d.get("sacramento").and_then(|i| i.display),
            Some("Sacramento")
        );
    }

    #[test]
    fn length_groups_are_sorted_and_lead_back_to_their_words() {
        let d = dictionary();
        let mut listed = 0;
        for len in 0..MAX_LEN + 2 {
            let group: Vec<LengthEntry> = d.words_of_length(len, |_| true).collect();
            assert!(group.windows(2).all(|w| w[0] <= w[1]), "length {len}");
            for &(word, score, mask) in &group {
                assert_eq!(word.chars().count(), len, "{word}");
                assert_eq!(
                    mask,
                    layout::letter_mask(&word.to_ascii_lowercase()),
                    "{word}"
                );
                let info = d.get(&word.to_lowercase()).expect(word);
                assert_eq!(info.score, score, "{word}");
            }
            listed += group.len();
        }
        // Every word is listed once, except keys longer than the index goes.
        assert!(
            listed <= d.len() && listed + 100 > d.len(),
            "{listed} of {}",
            d.len()
        );
        assert!(d.words_of_length(7, |_| true).any(|(w, ..)| w == "hearsay"));
        assert!(d
            .words_of_length(10, |_| true)
            .any(|(w, ..)| w == "sacramento"));
    }

    #[test]
    fn a_damaged_image_is_refused_or_answers_nothing_without_panicking() {
        assert!(Dictionary::open(&[]).is_none());
        assert!(Dictionary::open(&IMAGE[..layout::HEADER_WORDS * 4 - 1]).is_none());
        for cut in [
            layout::HEADER_WORDS * 4,
            IMAGE.len() / 3,
            IMAGE.len() / 2,
            IMAGE.len() - 1,
        ] {
            if let Some(d) = Dictionary::open(&IMAGE[..cut]) {
                for w in ["the", "court", "zzzz", "sacramento"] {
                    let _ = (d.get(w), d.contains(w), d.is_abbreviation(w));
                }
                let _ = d.words_of_length(7, |_| true).count();
            }
        }
    }
}
