//! Closed lists of lowercase words (prepositions, determiners, parties…) that the grammar
//! checks ask about nearly every token.
//!
//! A `&[&str]` answers `contains` by comparing the word with each entry in turn: ~40
//! comparisons for a preposition that is not one. Most words share neither length nor
//! first letter with any entry, so a [`WordList`] keeps, for each length, the set of first
//! letters its words have (one `u32`), built at compile time, and compares entries only
//! when that bit is set.

/// A closed list of lowercase words with a (length, first letter) filter in front of it.
pub(super) struct WordList {
    words: &'static [&'static str],
    /// Bit `letter` of entry `length` is set when the list holds a word of that length that
    /// starts with that letter (lengths from 15 share the last entry; a first byte that is
    /// no ASCII lowercase letter is bit 26).
    first_letters: [u32; 16],
}

const fn length_slot(len: usize) -> usize {
    if len < 15 {
        len
    } else {
        15
    }
}

const fn letter_bit(first: u8) -> u32 {
    if first.is_ascii_lowercase() {
        1 << (first - b'a')
    } else {
        1 << 26
    }
}

impl WordList {
    pub(super) const fn new(words: &'static [&'static str]) -> Self {
        let mut first_letters = [0u32; 16];
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            if !bytes.is_empty() {
                first_letters[length_slot(bytes.len())] |= letter_bit(bytes[0]);
            }
            i += 1;
        }
        Self {
            words,
            first_letters,
        }
    }

    /// Whether the list holds `word` (compared as written).
    #[inline]
    pub(super) fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        match bytes.first() {
            Some(&first) => {
                self.first_letters[length_slot(bytes.len())] & letter_bit(first) != 0
                    && self.words.contains(&word)
            }
            None => false,
        }
    }

    /// The words, in the list's order.
    #[cfg(test)]
    pub(super) fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: WordList =
        WordList::new(&["on", "in", "under", "defendants'", "notwithstanding", "é"]);

    #[test]
    fn filtered_lookup_equals_the_plain_scan() {
        // Every word of the lists and of a real sentence, and near misses of each.
        let text = "The officer who stopped the cars were notwithstanding under in on ON \
                    onn o unde defendants' defendants notwithstandings é e É";
        for word in text.split_whitespace().chain([""]) {
            assert_eq!(
                SAMPLE.contains(word),
                SAMPLE.words().contains(&word),
                "{word:?}"
            );
        }
    }
}
