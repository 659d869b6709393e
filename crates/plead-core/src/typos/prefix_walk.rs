//! The distance-2 search of spelling suggestions as one walk over a group of sorted
//! words of one length: consecutive words share their leading letters, so the rows of
//! the edit-distance table for a shared prefix are computed once (a trie walk without
//! a trie), and a prefix that cannot end within two edits skips every word that starts
//! with it.

/// Letters as the walk compares them: ASCII as is, any other char folded into
/// 128..=254 (255 is the walk's "no letter"). Folding may make two different chars
/// look equal, never two equal ones look different, so distances only ever come out
/// too small: the walk finds a superset of the words within two edits, which the
/// caller checks exactly.
pub fn letter_code(c: char) -> u8 {
    if c.is_ascii() {
        c as u8
    } else {
        128 + (c as u32 % 127) as u8
    }
}

/// Not a letter: pads the target and fills the words of a damaged entry.
const NO_LETTER: u8 = u8::MAX;
/// Anything above the bound of two edits.
const BIG: u8 = 3;
/// Longest target (in chars) the walk takes; suggestions stop at 30 letters.
const MAX_TARGET: usize = 32;
/// Longest word (in chars) the walk takes: the target plus two.
const MAX_WORD: usize = MAX_TARGET + 2;
/// Letters of padding before the target (see `Walk::padded`).
const PAD: usize = 4;

/// Words of one length in sorted order, laid out for the walk.
#[derive(Default)]
pub struct PrefixGroup {
    len: usize,
    /// Word `i` is `letters[i * len..][..len]` (as `letter_code`s).
    letters: Vec<u8>,
    /// How many leading letters word `i` has in common with word `i - 1`.
    shared: Vec<u8>,
    /// The first word after `i` that shares fewer letters with its predecessor than
    /// `i` does: every word in between starts with the same `shared[i]` letters.
    skip: Vec<u32>,
}

impl PrefixGroup {
    pub fn new(len: usize) -> PrefixGroup {
        PrefixGroup {
            len,
            ..PrefixGroup::default()
        }
    }

    /// Appends a word's letters (cut or padded to the group's length).
    pub fn push(&mut self, word: impl Iterator<Item = u8>) {
        let at = self.letters.len();
        self.letters
            .extend(word.chain(std::iter::repeat(NO_LETTER)).take(self.len));
        let shared = match at.checked_sub(self.len) {
            Some(from) => {
                let (before, word) = self.letters[from..].split_at(self.len);
                word.iter().zip(before).take_while(|(a, b)| a == b).count()
            }
            None => 0,
        };
        self.shared.push(shared as u8);
    }

    /// Computes the skip links once every word is in.
    pub fn finish(&mut self) {
        let count = self.shared.len();
        self.skip = vec![count as u32; count];
        // Words still waiting for one that shares fewer letters.
        let mut open: Vec<usize> = Vec::new();
        for (j, &shared) in self.shared.iter().enumerate() {
            while let Some(&i) = open.last() {
                if self.shared[i] <= shared {
                    break;
                }
                self.skip[i] = j as u32;
                open.pop();
            }
            open.push(j);
        }
    }

    /// Calls `emit(i)`, in increasing `i`, for every word `i` whose optimal string
    /// alignment distance to `target` is at most two, and possibly for a few more (see
    /// `letter_code`).
    pub fn within_two(&self, target: &[u8], mut emit: impl FnMut(usize)) {
        let (n, len, count) = (target.len(), self.len, self.shared.len());
        let laid_out = self.letters.len() == count * len && self.skip.len() == count;
        if n > MAX_TARGET || len > MAX_WORD || !laid_out {
            // Out of the walk's range: every word is a candidate (the caller checks them).
            (0..count).for_each(emit);
            return;
        }
        if n.abs_diff(len) > 2 || len == 0 {
            return;
        }
        let mut walk = Walk::new(target, len);
        // Rows 0..=valid are those of the previous word's prefix.
        let mut valid = 0;
        let mut i = 0;
        while i < count {
            let word = &self.letters[i * len..(i + 1) * len];
            let mut d = usize::from(self.shared[i]).min(valid);
            let mut dead_at = None;
            while d < len {
                d += 1;
                if !walk.row(d, word) {
                    dead_at = Some(d);
                    break;
                }
            }
            let Some(d) = dead_at else {
                if walk.ends_within_two() {
                    emit(i);
                }
                valid = len;
                i += 1;
                continue;
            };
            // No word that starts with these d letters ends within two edits.
            valid = d - 1;
            i += 1;
            while i < count && usize::from(self.shared[i]) >= d {
                i = self.skip[i] as usize;
            }
        }
    }
}

/// The edit-distance table of one walk, kept as diagonal bands: `rows[d + 1][k + 1]`
/// is the distance (capped at BIG) between the word's first `d` letters and the
/// target's first `d + k - 2` (k in 0..5); a cell further off the diagonal is over the
/// bound. `rows[0]` is an all-BIG row above row 0, so every row has two above it.
struct Walk {
    rows: [[u8; 8]; MAX_WORD + 2],
    /// The target behind `PAD` non-letters and followed by them: row `d` reads
    /// `padded[d..d + 8]`.
    padded: [u8; MAX_WORD + 8],
    n: usize,
    len: usize,
    /// Per depth, per band position: the edits a word of `len` letters still needs
    /// after that cell to end at (len, n), as one little-endian word to add to a row.
    /// Each edit moves the alignment off its diagonal by at most one. Cells past the
    /// target's end (computed as if it went on with non-letters) get 64: never alive.
    needed: [u64; MAX_WORD + 1],
    /// Per depth: the letters (bits a–z, bit 31 for any other) within reach of the
    /// band, as a match or a transposition. A row for any other letter is the same
    /// whatever the letter is.
    reach: [u32; MAX_WORD + 1],
    /// Per depth: a row for a letter out of reach is known to be over the bound
    /// (valid while the row above is unchanged).
    unreachable_dead: [bool; MAX_WORD + 2],
}

fn letter_bit(letter: u8) -> u32 {
    match letter {
        b'a'..=b'z' => 1 << (letter - b'a'),
        _ => 1 << 31,
    }
}

impl Walk {
    fn new(target: &[u8], len: usize) -> Walk {
        let n = target.len();
        let mut walk = Walk {
            rows: [[BIG; 8]; MAX_WORD + 2],
            padded: [NO_LETTER; MAX_WORD + 8],
            n,
            len,
            needed: [0; MAX_WORD + 1],
            reach: [0; MAX_WORD + 1],
            unreachable_dead: [false; MAX_WORD + 2],
        };
        walk.padded[PAD..PAD + n].copy_from_slice(target);
        // Row 0: nothing against the first j letters costs j edits (column 0 of later
        // rows follows from the recurrence, as the cells left of it are BIG).
        for j in 0..=n.min(2) {
            walk.rows[1][j + 3] = j as u8;
        }
        for d in 1..=len {
            let mut needed = [64u8; 8];
            for k in 0..5 {
                if d + k <= n + 2 {
                    let off = (len + k).abs_diff(n + 2);
                    needed[k + 1] = off.min(usize::from(BIG)) as u8;
                }
            }
            walk.needed[d] = u64::from_le_bytes(needed);
            // Cell (d, j) compares the word's letter d with target letter j (matches)
            // and j - 1 (transpositions), for j in d - 2..=d + 2.
            let to = (d + 2).min(n);
            let from = d.saturating_sub(4).min(to);
            walk.reach[d] = target[from..to]
                .iter()
                .fold(0, |bits, &t| bits | letter_bit(t));
        }
        walk
    }

    /// Computes row `d` for `word` and tells whether a word of `len` letters with
    /// this prefix can still end within two edits.
    #[inline]
    fn row(&mut self, d: usize, word: &[u8]) -> bool {
        let letter = word[d - 1];
        let out_of_reach = self.reach[d] & letter_bit(letter) == 0;
        if out_of_reach && self.unreachable_dead[d] {
            return false;
        }
        self.unreachable_dead[d + 1] = false;
        let before = if d > 1 { word[d - 2] } else { NO_LETTER };
        // Cell k compares with target letter d + k - 3 (window[k + 1]) and, for a
        // transposition, d + k - 4 (window[k]).
        let mut window = [NO_LETTER; 8];
        window.copy_from_slice(&self.padded[d..d + 8]);
        let (prev2, prev) = (self.rows[d - 1], self.rows[d]);
        let mut cur = [BIG; 8];
        for k in 0..5 {
            let p = k + 1;
            let t = window[k + 1];
            let mut v = (prev[p + 1] + 1)
                .min(cur[p - 1] + 1)
                .min(prev[p] + u8::from(t != letter));
            if t == before && window[k] == letter {
                v = v.min(prev2[p] + 1);
            }
            cur[p] = v.min(BIG);
        }
        self.rows[d + 1] = cur;
        // Whether some cell plus the edits it still needs stays under 3 (bytes stay
        // below 128, so the borrow trick finds a byte under 3 exactly).
        let sums = u64::from_le_bytes(cur) + self.needed[d];
        let alive = sums.wrapping_sub(0x0303_0303_0303_0303) & !sums & 0x8080_8080_8080_8080 != 0;
        if out_of_reach && !alive {
            self.unreachable_dead[d] = true;
        }
        alive
    }

    /// Whether the last row computed (depth `len`) ends within two edits.
    fn ends_within_two(&self) -> bool {
        self.rows[self.len + 1][self.n + 3 - self.len] <= 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::suggest::bounded_distance;

    /// Lays out sorted words of one length as a group and walks it.
    fn walk(words: &[String], len: usize, target: &str) -> Vec<usize> {
        let mut group = PrefixGroup::new(len);
        for w in words {
            group.push(w.bytes());
        }
        group.finish();
        let mut found = Vec::new();
        group.within_two(target.as_bytes(), |i| found.push(i));
        found
    }

    #[test]
    fn finds_words_within_two_edits_and_skips_the_rest() {
        let words: Vec<String> = ["abcd", "abce", "abdc", "bacd", "xycd", "zzzz"]
            .map(String::from)
            .to_vec();
        assert_eq!(walk(&words, 4, "abcd"), vec![0, 1, 2, 3, 4]);
        assert_eq!(walk(&words, 4, "zzzy"), vec![5]);
        assert_eq!(walk(&words, 4, "abcdefg"), Vec::<usize>::new());
    }

    proptest::proptest! {
        /// Exactly the words the banded distance puts within two edits, on a small
        /// alphabet where prefixes are shared a lot.
        #[test]
        fn emits_exactly_the_words_within_two(
            len in 1usize..8,
            seeds in proptest::collection::vec("[a-e]{8}", 0..60),
            target in "[a-e]{0,9}",
        ) {
            let mut words: Vec<String> = seeds.iter().map(|s| s[..len].to_string()).collect();
            words.sort();
            let chars: Vec<char> = target.chars().collect();
            let expected: Vec<usize> = (0..words.len())
                .filter(|&i| bounded_distance(&chars, &words[i], 2).is_some())
                .collect();
            proptest::prop_assert_eq!(walk(&words, len, &target), expected);
        }
    }
}
