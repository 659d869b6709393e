//! Ranked spelling suggestions: edit distance first, word frequency second.
//!
//! Distance-1 candidates come from generating every edit and looking it up (fast);
//! only when fewer than three are found does a distance-2 search run over the words
//! of similar length: a walk over their shared prefixes (`prefix_walk`) that prunes
//! whole runs of words, since it runs for nearly every keystroke inside a word.

use super::dictionary::Dictionary;
use super::prefix_walk::letter_code;
pub use super::word_table::letter_mask;

const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz";

/// A suggested word with its edit distance and frequency score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub word: String,
    pub distance: u8,
    pub score: u8,
}

/// Up to `limit` suggestions for a lowercase word, best first.
pub fn suggest(dict: &Dictionary, lowercase: &str, limit: usize) -> Vec<Suggestion> {
    let chars: Vec<char> = lowercase.chars().collect();
    if chars.len() < 2 || chars.len() > 30 {
        return Vec::new();
    }
    let mut found = distance1(dict, &chars);
    if found.len() < 3 && chars.len() >= 4 {
        let n = chars.len();
        let mask = letter_mask(lowercase);
        let target: Vec<u8> = chars.iter().map(|&c| letter_code(c)).collect();
        for len in n.saturating_sub(2)..=n + 2 {
            // Two edits change the presence of at most four letters.
            let near = move |word_mask: u32| (mask ^ word_mask).count_ones() <= 4;
            // The walk offers every word within two edits (and rarely a few more).
            dict.for_each_near(len, &target, near, |(word, score, _)| {
                if found.iter().any(|s| s.word.eq_ignore_ascii_case(word)) {
                    return;
                }
                if bounded_distance(&chars, word, 2) == Some(2) {
                    found.push(Suggestion {
                        word: word.to_string(),
                        distance: 2,
                        score,
                    });
                }
            });
        }
    }
    finish(&chars, found, limit)
}

/// Only the words one edit away, best first: enough to tell a typo in a
/// capitalized word (`Ubited`) from a name (`Showalter`).
pub fn near_misses(dict: &Dictionary, lowercase: &str, limit: usize) -> Vec<Suggestion> {
    let chars: Vec<char> = lowercase.chars().collect();
    if chars.len() < 2 || chars.len() > 30 {
        return Vec::new();
    }
    finish(&chars, distance1(dict, &chars), limit)
}

fn finish(typo: &[char], mut found: Vec<Suggestion>, limit: usize) -> Vec<Suggestion> {
    let mut ranked: Vec<(f32, Suggestion)> = found.drain(..).map(|s| (rank(typo, &s), s)).collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.word.cmp(&b.1.word)));
    let mut found: Vec<Suggestion> = ranked.into_iter().map(|(_, s)| s).collect();
    found.dedup_by(|a, b| a.word == b.word);
    found.truncate(limit);
    found
}

fn distance1(dict: &Dictionary, chars: &[char]) -> Vec<Suggestion> {
    let mut found: Vec<Suggestion> = Vec::new();
    let mut visit = |candidate: &str| {
        if let Some(info) = dict.get(candidate) {
            let word = info.display.unwrap_or(candidate);
            if !found.iter().any(|s| s.word == word) {
                found.push(Suggestion {
                    word: word.to_string(),
                    distance: 1,
                    score: info.score,
                });
            }
        }
    };
    for_each_edit1(chars, &mut visit);
    // Inflections spelled by analogy (`denys`, `tryed`): two edits, but the most likely.
    let word: String = chars.iter().collect();
    for repair in inflection_repairs(&word) {
        if let Some(info) = dict.get(&repair) {
            if info.display.is_none() {
                found.retain(|s| s.word != repair);
                found.push(Suggestion {
                    word: repair,
                    distance: 0,
                    score: info.score,
                });
            }
        }
    }
    found
}

/// `consonant + ys/yed/yer` → `ies/ied/ier`: the regular inflection of a `-y` verb or noun.
fn inflection_repairs(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (wrong, right) in [
        ("ys", "ies"),
        ("yed", "ied"),
        ("yer", "ier"),
        ("yest", "iest"),
    ] {
        if let Some(stem) = word.strip_suffix(wrong) {
            if stem.len() >= 2 && stem.ends_with(|c: char| !"aeiou".contains(c)) {
                out.push(format!("{stem}{right}"));
            }
        }
    }
    out
}

/// Calls `visit` with every string at Damerau–Levenshtein distance 1, reusing one buffer.
/// Each candidate is copied together from slices of the word (not char by char): the
/// split-word check walks ~560 candidates per join, so this copy is its hot loop.
pub(super) fn for_each_edit1(chars: &[char], visit: &mut dyn FnMut(&str)) {
    let word: String = chars.iter().collect();
    // Byte offset of each char, and the word's length last: char i is at[i]..at[i + 1].
    let at: Vec<usize> = word
        .char_indices()
        .map(|(i, _)| i)
        .chain([word.len()])
        .collect();
    let n = chars.len();
    let mut buf = String::with_capacity(word.len() + 4);
    for i in 0..n {
        buf.clear();
        buf.push_str(&word[..at[i]]);
        buf.push_str(&word[at[i + 1]..]);
        visit(&buf);
    }
    for i in 0..n.saturating_sub(1) {
        buf.clear();
        buf.push_str(&word[..at[i]]);
        buf.push(chars[i + 1]);
        buf.push(chars[i]);
        buf.push_str(&word[at[i + 2]..]);
        visit(&buf);
    }
    for i in 0..n {
        for c in ALPHABET.chars().filter(|&c| c != chars[i]) {
            buf.clear();
            buf.push_str(&word[..at[i]]);
            buf.push(c);
            buf.push_str(&word[at[i + 1]..]);
            visit(&buf);
        }
    }
    for i in 0..=n {
        for c in ALPHABET.chars() {
            buf.clear();
            buf.push_str(&word[..at[i]]);
            buf.push(c);
            buf.push_str(&word[at[i]..]);
            visit(&buf);
        }
    }
}

/// Lower is better: the cost of the edits (the ones writers make cost less) less the
/// word's frequency in legal text, so `comitted` offers `committed` before `omitted`
/// and `heresay` offers `hearsay` before `heresy`.
fn rank(typo: &[char], s: &Suggestion) -> f32 {
    let cost = if s.distance == 0 {
        // An inflection repair (`denys` → `denies`): as likely as the likeliest edit.
        0.5
    } else {
        weighted_distance(typo, &s.word)
    };
    cost - f32::from(s.score) / 30.0
}

/// Letters that spell the same sound (`councel`, `defence`, `recognise`).
fn sounds_alike(x: char, y: char) -> bool {
    matches!(
        (x, y),
        ('c', 's') | ('s', 'c') | ('s', 'z') | ('z', 's') | ('c', 'k') | ('k', 'c')
    )
}

/// Damerau–Levenshtein distance with the costs of the slips writers make: a doubled
/// letter dropped or added and a vowel for a vowel are cheap, letters swapped or a vowel
/// left out a little dearer, any other letter one, and a wrong first letter more.
fn weighted_distance(typo: &[char], word: &str) -> f32 {
    const MAX: usize = 34;
    let b: Vec<char> = word.chars().map(|c| c.to_ascii_lowercase()).collect();
    let (n, m) = (typo.len(), b.len());
    if n >= MAX || m >= MAX {
        return f32::from(u8::MAX);
    }
    let vowel = |c: char| "aeiouy".contains(c);
    // Cost of deleting a[i] from `a` (context: the neighbours in `a`).
    let indel = |a: &[char], i: usize| -> f32 {
        let c = a[i];
        let doubled = i > 0 && a[i - 1] == c || i + 1 < a.len() && a[i + 1] == c;
        let first = if i == 0 { 0.5 } else { 0.0 };
        first
            + if doubled {
                0.4
            } else if vowel(c) {
                0.7
            } else {
                1.0
            }
    };
    let mut d = vec![vec![0.0f32; m + 1]; n + 1];
    for i in 1..=n {
        d[i][0] = d[i - 1][0] + indel(typo, i - 1);
    }
    for j in 1..=m {
        d[0][j] = d[0][j - 1] + indel(&b, j - 1);
    }
    for i in 1..=n {
        for j in 1..=m {
            let (x, y) = (typo[i - 1], b[j - 1]);
            let substitute = if x == y {
                0.0
            } else if vowel(x) && vowel(y) || sounds_alike(x, y) {
                0.6
            } else {
                1.0
            } + if i == 1 && x != y { 0.5 } else { 0.0 };
            let mut best = (d[i - 1][j - 1] + substitute)
                .min(d[i - 1][j] + indel(typo, i - 1))
                .min(d[i][j - 1] + indel(&b, j - 1));
            if i > 1 && j > 1 && x == b[j - 2] && typo[i - 2] == y {
                best = best.min(d[i - 2][j - 2] + 0.6);
            }
            d[i][j] = best;
        }
    }
    d[n][m]
}

/// Optimal-string-alignment distance between `a` and `b` if it is at most `max`.
///
/// Runs for thousands of dictionary words per misspelling, so it works on the stack
/// and only fills the diagonal band of cells that can stay within `max`.
pub fn bounded_distance(a: &[char], b: &str, max: usize) -> Option<usize> {
    // Suggestions are only sought for words of at most 30 letters (so candidates of 32).
    const CAP: usize = 34;
    let mut b_chars = ['\0'; CAP];
    let mut m = 0;
    for c in b.chars() {
        if m == CAP {
            return None;
        }
        b_chars[m] = c.to_ascii_lowercase();
        m += 1;
    }
    let (n, b) = (a.len(), &b_chars[..m]);
    if n >= CAP || n.abs_diff(m) > max {
        return None;
    }
    let big = max + 1;
    let mut prev2 = [big; CAP + 1];
    let mut prev = [big; CAP + 1];
    let mut cur = [big; CAP + 1];
    for (j, cell) in prev.iter_mut().enumerate().take(m.min(max) + 1) {
        *cell = j;
    }
    for i in 1..=n {
        cur[..=m].fill(big);
        cur[0] = i.min(big);
        let mut row_min = cur[0];
        for j in i.saturating_sub(max).max(1)..=(i + max).min(m) {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v.min(big);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[m] <= max).then_some(prev[m])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::dictionary::dictionary;

    fn words(w: &str) -> Vec<String> {
        suggest(dictionary(), w, 5)
            .into_iter()
            .map(|s| s.word)
            .collect()
    }

    #[test]
    fn common_misspellings_get_the_intended_word() {
        assert_eq!(
            words("defendent").first().map(String::as_str),
            Some("defendant")
        );
        assert!(
            words("heresay").contains(&"hearsay".to_string()),
            "{:?}",
            words("heresay")
        );
        assert!(words("supercedes").contains(&"supersedes".to_string()));
        assert!(
            words("pauperus").contains(&"pauperis".to_string()),
            "{:?}",
            words("pauperus")
        );
        assert_eq!(
            words("plaintif").first().map(String::as_str),
            Some("plaintiff")
        );
    }

    #[test]
    fn distance_is_bounded_and_counts_transpositions() {
        let a: Vec<char> = "recieve".chars().collect();
        assert_eq!(bounded_distance(&a, "receive", 2), Some(1));
        assert_eq!(bounded_distance(&a, "reprieve", 1), None);
        assert_eq!(bounded_distance(&a, "recite", 2), Some(2));
        let chars = |w: &str| w.chars().collect::<Vec<char>>();
        assert_eq!(bounded_distance(&chars("ab"), "ba", 1), Some(1));
        assert_eq!(bounded_distance(&chars("abc"), "", 3), Some(3));
        assert_eq!(bounded_distance(&chars("abc"), "", 2), None);
        assert_eq!(bounded_distance(&chars("kitten"), "sitting", 3), Some(3));
        assert_eq!(bounded_distance(&chars("kitten"), "sitting", 2), None);
    }

    proptest::proptest! {
        /// The banded distance agrees with the plain dynamic programme wherever it answers.
        #[test]
        fn banded_distance_agrees_with_full_table(a in "[a-d]{0,9}", b in "[a-d]{0,9}", max in 0usize..4) {
            let a_chars: Vec<char> = a.chars().collect();
            let full = full_distance(&a_chars, &b.chars().collect::<Vec<char>>());
            let expected = (full <= max).then_some(full);
            proptest::prop_assert_eq!(bounded_distance(&a_chars, &b, max), expected);
        }
    }

    /// Optimal string alignment over the whole table, for reference.
    fn full_distance(a: &[char], b: &[char]) -> usize {
        let (n, m) = (a.len(), b.len());
        let mut d = vec![vec![0usize; m + 1]; n + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=n {
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[n][m]
    }

    /// `suggest` as it was before the prefix walk: the bounded distance of every word
    /// of similar length that passes the letter-mask filter.
    fn reference_suggest(dict: &Dictionary, lowercase: &str, limit: usize) -> Vec<Suggestion> {
        let chars: Vec<char> = lowercase.chars().collect();
        if chars.len() < 2 || chars.len() > 30 {
            return Vec::new();
        }
        let mut found = distance1(dict, &chars);
        if found.len() < 3 && chars.len() >= 4 {
            let n = chars.len();
            let mask = letter_mask(lowercase);
            for len in n.saturating_sub(2)..=n + 2 {
                let near = move |word_mask: u32| (mask ^ word_mask).count_ones() <= 4;
                for (word, score, _) in dict.words_of_length(len, near) {
                    if found.iter().any(|s| s.word.eq_ignore_ascii_case(word)) {
                        continue;
                    }
                    if bounded_distance(&chars, word, 2) == Some(2) {
                        found.push(Suggestion {
                            word: word.to_string(),
                            distance: 2,
                            score,
                        });
                    }
                }
            }
        }
        finish(&chars, found, limit)
    }

    /// Applies edits (kind, position, letter) to a word: delete, insert, replace, transpose.
    fn damage(word: &str, edits: &[(u8, usize, char)]) -> String {
        let mut chars: Vec<char> = word.chars().collect();
        for &(kind, at, letter) in edits {
            let n = chars.len();
            match kind {
                0 if n > 0 => {
                    chars.remove(at % n);
                }
                1 => chars.insert(at % (n + 1), letter),
                2 if n > 0 => chars[at % n] = letter,
                _ if n > 1 => chars.swap(at % (n - 1), at % (n - 1) + 1),
                _ => {}
            }
        }
        chars.into_iter().collect()
    }

    #[test]
    fn the_walk_agrees_with_the_reference_on_known_misspellings() {
        for w in [
            "defendent",
            "heresay",
            "supercedes",
            "pauperus",
            "plaintif",
            "recieve",
            "jurisdicton",
            "sacramnto",
            "appliqe",
            "adios",
            "xxxxxxx",
            "qwertyuiopasdfghjklzxcvbnmqwer",
        ] {
            assert_eq!(
                suggest(dictionary(), w, 50),
                reference_suggest(dictionary(), w, 50),
                "{w}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// The walk returns exactly what the plain scan returns, for random strings.
        #[test]
        fn walk_matches_plain_scan_on_random_strings(w in "[a-z]{2,14}") {
            proptest::prop_assert_eq!(
                suggest(dictionary(), &w, 50),
                reference_suggest(dictionary(), &w, 50)
            );
        }

        /// ... and for random strings with apostrophes, hyphens and accented letters.
        #[test]
        fn walk_matches_plain_scan_on_unusual_letters(w in "[a-zéçñü'-]{2,14}") {
            proptest::prop_assert_eq!(
                suggest(dictionary(), &w, 50),
                reference_suggest(dictionary(), &w, 50)
            );
        }

        /// ... and for dictionary words with one to three random edits.
        #[test]
        fn walk_matches_plain_scan_on_damaged_words(
            len in 2usize..15,
            pick in proptest::prelude::any::<proptest::sample::Index>(),
            edits in proptest::collection::vec((0u8..4, 0usize..64, proptest::char::range('a', 'z')), 1..=3),
        ) {
            let group: Vec<_> = dictionary().words_of_length(len, |_| true).collect();
            proptest::prop_assume!(!group.is_empty());
            let (word, ..) = group[pick.index(group.len())];
            let w = damage(&word.to_lowercase(), &edits);
            proptest::prop_assert_eq!(
                suggest(dictionary(), &w, 50),
                reference_suggest(dictionary(), &w, 50),
                "{} from {}", w, word
            );
        }
    }

    #[test]
    fn hopeless_input_gets_no_suggestions() {
        assert!(words("x").is_empty());
        assert!(words(&"q".repeat(40)).is_empty());
    }
}
