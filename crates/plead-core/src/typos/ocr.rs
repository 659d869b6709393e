//! OCR damage in pasted court documents: words split by a stray space or tab
//! (`STAT FES` → `STATES`) and runs of garbled words reported once.

use super::confusables::match_case;
use super::dictionary::Dictionary;
use super::rules;
use super::suggest::for_each_edit1;
use super::tokenize::{Gap, Words};
use super::word_table::{
    all_quads, all_trigrams, quad_bit_of, tri_symbol, QUAD_BITS, SPLIT_FIX_MIN_SCORE, TRI_FIRST,
    TRI_MIDDLE, TRI_PAIRS, TRI_SYMBOLS, TRI_THIRD,
};
use crate::analysis::{Finding, Fix, Span};

/// The exact trigram tables of the words a one-edit join may become (written by
/// build.rs from the same word list as the dictionary image; `word_table.rs` lays them
/// out). Typed by its length, so an image of another size does not build.
const TRIGRAM_BYTES: &[u8; 3 * TRI_PAIRS * 4] =
    include_bytes!(concat!(env!("OUT_DIR"), "/split_trigrams.bin"));

/// [`TRIGRAM_BYTES`] as masks, decoded at compile time.
static TRIGRAMS: [u32; 3 * TRI_PAIRS] = {
    let mut masks = [0u32; 3 * TRI_PAIRS];
    let mut i = 0;
    while i < masks.len() {
        let b = TRIGRAM_BYTES;
        masks[i] = u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
        i += 1;
    }
    masks
};

/// The quadgram bitset of the same words (`1 << QUAD_BITS` bits).
static QUADS: &[u8; 1 << (QUAD_BITS - 3)] =
    include_bytes!(concat!(env!("OUT_DIR"), "/split_quads.bin"));

/// Mask of the symbols `c` that table `table` pairs with symbols `x`, `y`.
#[inline]
fn tri_mask(table: usize, x: usize, y: usize) -> u32 {
    TRIGRAMS[table * TRI_PAIRS + x * TRI_SYMBOLS + y]
}

/// Whether some word the split check may offer has the trigram `a b c`.
#[inline]
fn trigram_set(a: u8, b: u8, c: u8) -> bool {
    tri_mask(TRI_THIRD, tri_symbol(a), tri_symbol(b)) & 1 << tri_symbol(c) != 0
}

/// Whether quadgram filter bit `q` is set: some word the split check may offer has it.
#[inline]
fn quad_set(q: usize) -> bool {
    QUADS[q / 8] & (1 << (q % 8)) != 0
}

/// The trigram-table bits of the 26 lowercase letters (symbols 1 to 26).
const LETTER_SYMBOLS: u32 = ((1 << 26) - 1) << 1;

/// Keeps `c` as the best one-edit join so far when it is a common word with no display
/// form of its own: the best-scored, ties to the greatest string (as `max` over
/// `(score, candidate)` pairs, so the order candidates come in does not matter).
fn consider(c: &str, dict: &Dictionary, best: &mut Option<(u8, String)>) {
    let Some(info) = dict
        .get(c)
        .filter(|info| info.score >= SPLIT_FIX_MIN_SCORE && info.display.is_none())
    else {
        return;
    };
    let better = best
        .as_ref()
        .is_none_or(|(score, b)| (info.score, c) > (*score, b.as_str()));
    if better {
        *best = Some((info.score, c.to_string()));
    }
}

/// The best common word one edit (Damerau–Levenshtein) away from `join`, or None.
/// Each join has ~560 candidates and most have a letter trigram or quadgram no such
/// word has, so the filters reject them before the dictionary probe (or even the copy).
fn best_one_edit_join(join: &str, dict: &Dictionary) -> Option<String> {
    let mut best = None;
    if !join.is_ascii() {
        // Not reached (both halves are ASCII letters), but correct for any text: the
        // whole candidate goes through the filters.
        let chars: Vec<char> = join.chars().collect();
        for_each_edit1(&chars, &mut |c| {
            if c.len() + 1 >= join.len()
                && all_trigrams(c.as_bytes(), trigram_set)
                && all_quads(c.as_bytes(), quad_set)
            {
                consider(c, dict, &mut best);
            }
        });
        return best.map(|(_, c)| c);
    }
    let j = join.as_bytes();
    let n = j.len();
    // The join padded as the quadgram filter pads words (`0 0 0 join 0`); the trigram
    // filter's padding (`0 0 join 0`) is the same bytes from the second on.
    let mut quad_padded = Vec::with_capacity(n + 4);
    quad_padded.extend_from_slice(&[0, 0, 0]);
    quad_padded.extend_from_slice(j);
    quad_padded.push(0);
    let padded = &quad_padded[1..];
    // The join's trigrams' status, and whether all trigrams before / from each start
    // are set: an edit changes only the few trigrams that overlap it, so each candidate
    // costs a handful of tests.
    let set: Vec<bool> = padded
        .windows(3)
        .map(|w| trigram_set(w[0], w[1], w[2]))
        .collect();
    let windows = set.len();
    let mut set_before = vec![true; windows + 1];
    let mut set_from = vec![true; windows + 1];
    for s in 0..windows {
        set_before[s + 1] = set_before[s] && set[s];
    }
    for s in (0..windows).rev() {
        set_from[s] = set_from[s + 1] && set[s];
    }
    let mut buf = String::with_capacity(n + 1);
    // The candidate `join[..at] + new + join[at + removed..]`, once its trigrams passed:
    // its quadgrams that overlap the edit (three bytes before it, its new bytes, up to
    // three after) are tested before it is copied and probed.
    let mut propose = |at: usize, removed: usize, new: &[u8], best: &mut Option<(u8, String)>| {
        let p = at + 3;
        // The window holds the last four bytes read, the newest in its top byte.
        let mut quad = u32::from_le_bytes([
            0,
            quad_padded[p - 3],
            quad_padded[p - 2],
            quad_padded[p - 1],
        ]);
        let after = quad_padded
            .get(p + removed..p + removed + 3)
            .unwrap_or(&quad_padded[p + removed..]);
        for &b in new.iter().chain(after) {
            quad = quad >> 8 | u32::from(b) << 24;
            if !quad_set(quad_bit_of(quad)) {
                return;
            }
        }
        buf.clear();
        buf.push_str(&join[..at]);
        buf.extend(new.iter().map(|&b| char::from(b)));
        buf.push_str(&join[at + removed..]);
        consider(&buf, dict, best);
    };
    // Deletions and adjacent swaps (at most ~2n of the candidates).
    let mut visit = |at: usize, removed: usize, new: &[u8], best: &mut Option<(u8, String)>| {
        // In `padded` the edit starts at `p`; trigrams starting before `p - 2` and from
        // `p + removed` on are the join's own; the ones between are the candidate's.
        let p = at + 2;
        if !set_before[p - 2] || !set_from[(p + removed).min(windows)] {
            return;
        }
        // The two bytes before the edit, its new bytes, and up to two after it (the
        // join's final pad byte is always there: edits stop before it).
        let (mut middle, mut len) = ([0u8; 6], 2);
        middle[..2].copy_from_slice(&padded[p - 2..p]);
        for &b in new {
            middle[len] = b;
            len += 1;
        }
        for &b in padded
            .get(p + removed..p + removed + 2)
            .unwrap_or(&padded[p + removed..])
        {
            middle[len] = b;
            len += 1;
        }
        if middle[..len]
            .windows(3)
            .all(|w| trigram_set(w[0], w[1], w[2]))
        {
            propose(at, removed, new, best);
        }
    };
    for i in 0..n {
        visit(i, 1, &[], &mut best);
    }
    for i in 0..n.saturating_sub(1) {
        visit(i, 2, &[j[i + 1], j[i]], &mut best);
    }
    // Substitutions and insertions, ~52 letters a position, are most of the candidates.
    // The letters whose three new trigrams (`x y c`, `y c a1`, `c a1 a2`) all occur are
    // the `and` of one mask from each table; the written letter is no substitution.
    for (at, removed) in (0..n).map(|i| (i, 1)).chain((0..=n).map(|i| (i, 0))) {
        let p = at + 2;
        if !set_before[p - 2] || !set_from[(p + removed).min(windows)] {
            continue;
        }
        let (x, y) = (tri_symbol(padded[p - 2]), tri_symbol(padded[p - 1]));
        // The bytes after the edit: the join's final pad byte is always there.
        let a1 = tri_symbol(padded[p + removed]);
        let mut letters = LETTER_SYMBOLS & tri_mask(TRI_THIRD, x, y) & tri_mask(TRI_MIDDLE, y, a1);
        if let Some(&a2) = padded.get(p + removed + 1) {
            letters &= tri_mask(TRI_FIRST, a1, tri_symbol(a2));
        }
        if removed == 1 {
            letters &= !(1 << tri_symbol(j[at]));
        }
        while letters != 0 {
            let symbol = letters.trailing_zeros();
            letters &= letters - 1;
            // Symbols 1 to 26 are `a` to `z`.
            let c = b'a' + (symbol - 1) as u8;
            propose(at, removed, &[c], &mut best);
        }
    }
    best.map(|(_, c)| c)
}

/// Spell status of each token: None = not a checkable word, Some(known).
pub type Known = [Option<bool>];

/// Joins two neighbouring words when at least one is unknown and their join
/// (exactly, or with one edit for joins of six letters or more) is a common word.
/// Returns findings with the indices of the two tokens they consume.
pub fn split_words(w: &Words, known: &Known, dict: &Dictionary) -> Vec<(usize, Finding)> {
    let mut out = Vec::new();
    let mut i = 1;
    while i < w.tokens.len() {
        let (Some(ka), Some(kb)) = (known[i - 1], known[i]) else {
            i += 1;
            continue;
        };
        // What separates the halves: a space (`educa tional`), a stray hyphen
        // (`con-tribution`, `volun-tariness`) or a hyphen and a space (`assist- ance`).
        let between = &w.text[w.tokens[i - 1].span.end..w.tokens[i].span.start];
        let hyphen = match between {
            "-" | "- " => true,
            _ if w.tokens[i].gap == Gap::Space => false,
            _ => {
                i += 1;
                continue;
            }
        };
        if ka && kb {
            i += 1;
            continue;
        }
        let (a, b) = (w.lower(i - 1), w.lower(i));
        let (raw_a, raw_b) = (w.raw(i - 1), w.raw(i));
        // Both lowercase (`educa tional`) or both capitals (`STAT FES`): a capitalized or
        // acronym neighbour (`the ESA`, `VE Holding`) is a name, not half a word.
        let lower_pair = raw_a
            .bytes()
            .chain(raw_b.bytes())
            .all(|c| c.is_ascii_lowercase());
        let upper_pair = raw_a
            .bytes()
            .chain(raw_b.bytes())
            .all(|c| c.is_ascii_uppercase());
        // A capitalized first half (`Organi zations`) when both halves are unknown and
        // join exactly.
        let title_pair = !ka
            && !kb
            && raw_a.starts_with(|c: char| c.is_ascii_uppercase())
            && raw_a[1..]
                .bytes()
                .chain(raw_b.bytes())
                .all(|c| c.is_ascii_lowercase());
        if !(lower_pair || upper_pair || title_pair)
            || a.len() + b.len() < 5
            || a.len() < 2
            || b.len() < 2
        {
            i += 1;
            continue;
        }
        let join = format!("{a}{b}");
        // A join with an edit is a guess: only when both halves are not words, or in capitals.
        let may_edit = join.len() >= 6 && (!ka && !kb || upper_pair) && !title_pair;
        let fix = if dict.contains(&join) && dict.get(&join).is_some_and(|i| i.display.is_none()) {
            Some(join.clone())
        } else if may_edit {
            best_one_edit_join(&join, dict)
        } else {
            None
        };
        if let Some(fix) = fix {
            let span = Span::new(w.tokens[i - 1].span.start, w.tokens[i].span.end);
            let found = &w.text[span.start..span.end];
            let right = match_case(found, &fix);
            out.push((
                i - 1,
                Finding::new(
                    span,
                    &rules::OCR_SPLIT,
                    if hyphen {
                        format!("“{found}” looks like one word broken by a stray hyphen: “{right}”")
                    } else {
                        format!("“{found}” looks like one word split apart: “{right}”")
                    },
                )
                .with_fix(Fix::replace(span, right, true)),
            ));
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

/// Unknown words at most this many words apart belong to one run.
const RUN_GAP: usize = 6;
/// A run is garbled when it holds this many unknown lowercase words…
const MIN_LOWERCASE_UNKNOWN: usize = 3;
/// …and unknown words make up at least this share of its words (in percent).
const MIN_UNKNOWN_SHARE: usize = 30;

/// Runs of garbled words as (first token, last token) and one finding each.
pub fn garbled_runs(w: &Words, known: &Known) -> Vec<(usize, usize, Finding)> {
    let mut words: Vec<usize> = Vec::with_capacity(w.tokens.len());
    words.extend((0..w.tokens.len()).filter(|&i| known[i].is_some()));
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        if known[words[k]] != Some(false) {
            k += 1;
            continue;
        }
        // Extend the run while the next unknown word is close.
        let (start, mut end, mut unknown, mut lowercase) =
            (k, k, 1, usize::from(is_lower(w, words[k])));
        let mut j = k + 1;
        while j < words.len() && j - end <= RUN_GAP {
            if known[words[j]] == Some(false) {
                end = j;
                unknown += 1;
                lowercase += usize::from(is_lower(w, words[j]));
            }
            j += 1;
        }
        let total = end - start + 1;
        if lowercase >= MIN_LOWERCASE_UNKNOWN && unknown * 100 >= total * MIN_UNKNOWN_SHARE {
            let (first, last) = (words[start], words[end]);
            let span = Span::new(w.tokens[first].span.start, w.tokens[last].span.end);
            let message =
                format!("Garbled text (OCR damage?): {unknown} of {total} words are not words");
            out.push((
                first,
                last,
                Finding::new(span, &rules::OCR_GARBLED, message),
            ));
        }
        k = end + 1;
    }
    out
}

/// Whether [`garbled_runs`] can find anything once the consumed tokens and acronyms are
/// taken out of `known`: a run needs [`MIN_LOWERCASE_UNKNOWN`] unknown lowercase words,
/// and most paragraphs have fewer than that in all (their unknown words are names). Taking
/// out acronyms only lowers the count, so a paragraph this answers `false` for has no run,
/// and the typo pass skips building its run input (an acronym test a word) and the search.
pub fn may_have_garbled_run(w: &Words, consumed: &[bool], known: &Known) -> bool {
    (0..w.tokens.len())
        .filter(|&i| !consumed[i] && known[i] == Some(false) && is_lower(w, i))
        .nth(MIN_LOWERCASE_UNKNOWN - 1)
        .is_some()
}

fn is_lower(w: &Words, i: usize) -> bool {
    w.raw(i).starts_with(|c: char| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::dictionary::dictionary;
    use crate::typos::tokenize::tokenize;

    fn known_of(w: &Words) -> Vec<Option<bool>> {
        (0..w.tokens.len())
            .map(|i| Some(dictionary().contains(w.lower(i))))
            .collect()
    }

    /// A paragraph [`may_have_garbled_run`] rules out has no garbled run: every paragraph
    /// of the fixture opinions, with dictionary membership as `known` (names and citation
    /// words unknown: more unknown words than the typo pass leaves) and every fifth token
    /// consumed or none, acronyms taken out as the typo pass takes them out.
    #[test]
    fn the_garbled_run_gate_rules_out_no_run_on_the_opinions() {
        let (mut ruled_out, mut runs) = (0, 0);
        for text in crate::test_fixtures::opinions() {
            for para in text.split("\n\n") {
                let tokens = tokenize(para, &[]);
                let w = Words::new(para, &tokens);
                let known = known_of(&w);
                for every in [usize::MAX, 5] {
                    let consumed: Vec<bool> = (0..tokens.len()).map(|i| i % every == 4).collect();
                    let unconsumed: Vec<Option<bool>> = (0..tokens.len())
                        .map(|i| {
                            if consumed[i] || crate::typos::is_acronym(w.raw(i)) {
                                None
                            } else {
                                known[i]
                            }
                        })
                        .collect();
                    let found = garbled_runs(&w, &unconsumed).len();
                    runs += found;
                    if !may_have_garbled_run(&w, &consumed, &known) {
                        assert_eq!(found, 0, "{para}");
                        ruled_out += 1;
                    }
                }
            }
        }
        assert!(runs > 10, "{runs}");
        assert!(ruled_out > 1_000, "{ruled_out}");
    }

    /// The trigram filter in front of the one-edit join must give the same answer as
    /// probing every candidate: compared here over joins with and without a fix.
    #[test]
    fn one_edit_join_filter_changes_nothing() {
        let dict = dictionary();
        for join in [
            "statfes",
            "educatlonal",
            "organlzations",
            "constitutlon",
            "zzqxvwkj",
            "courtt",
            "jurisdictiom",
            "xstates",
            // An insertion at the end, one inside, a swap, a substitution at the start.
            "distric",
            "ditrict",
            "dsitrict",
            "vourthouse",
            "unitedstates",
        ] {
            let chars: Vec<char> = join.chars().collect();
            let mut unfiltered = None;
            for_each_edit1(&chars, &mut |c| consider(c, dict, &mut unfiltered));
            assert_eq!(
                best_one_edit_join(join, dict),
                unfiltered.map(|(_, c)| c),
                "{join}"
            );
        }
    }

    /// The filters are built from the words a join may become: every one of them passes
    /// both (a word the filters rejected would never be offered).
    #[test]
    fn every_split_fix_word_passes_the_filters() {
        let mut checked = 0;
        for (key, display, score) in dictionary().all_entries() {
            if score < SPLIT_FIX_MIN_SCORE || display.is_some() {
                continue;
            }
            assert!(all_trigrams(key.as_bytes(), trigram_set), "{key}");
            assert!(all_quads(key.as_bytes(), quad_set), "{key}");
            checked += 1;
        }
        assert!(checked > 50_000, "{checked}");
    }

    /// The filtered join against probing every candidate, on real text: each pair of
    /// neighbouring words of a fixture opinion, joined (as `split_words` joins them).
    #[test]
    fn one_edit_join_filter_changes_nothing_on_an_opinion() {
        let dict = dictionary();
        let text = crate::test_fixtures::opinions()
            .into_iter()
            .next()
            .unwrap_or_default();
        let words: Vec<String> = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 2)
            .map(str::to_ascii_lowercase)
            .collect();
        let (mut joins, mut fixed) = (0, 0);
        for pair in words.windows(2).take(600) {
            let join = format!("{}{}", pair[0], pair[1]);
            let chars: Vec<char> = join.chars().collect();
            let mut unfiltered = None;
            for_each_edit1(&chars, &mut |c| consider(c, dict, &mut unfiltered));
            let filtered = best_one_edit_join(&join, dict);
            fixed += usize::from(filtered.is_some());
            assert_eq!(filtered, unfiltered.map(|(_, c)| c), "{join}");
            joins += 1;
        }
        assert!(joins >= 500, "{joins} joins");
        assert!(
            fixed > 0,
            "no join had a fix: the comparison tested nothing"
        );
    }

    #[test]
    fn joins_split_words() {
        let text = "UNITED STAT FES DISTRICT COURT";
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        let found = split_words(&w, &known_of(&w), dictionary());
        assert_eq!(found.len(), 1);
        let f = &found[0].1;
        assert_eq!(&text[f.span.start..f.span.end], "STAT FES");
        assert_eq!(&*f.fixes[0].edits[0].new_text, "STATES");
    }

    #[test]
    fn joins_words_broken_by_a_stray_hyphen() {
        for (text, piece, fix) in [
            (
                "its con-tribution to public discourse",
                "con-tribution",
                "contribution",
            ),
            (
                "financial assist- ance drawn from fees",
                "assist- ance",
                "assistance",
            ),
            (
                "Student Organi zations list",
                "Organi zations",
                "Organizations",
            ),
        ] {
            let tokens = tokenize(text, &[]);
            let w = Words::new(text, &tokens);
            let found = split_words(&w, &known_of(&w), dictionary());
            assert_eq!(found.len(), 1, "{text}");
            let f = &found[0].1;
            assert_eq!(&text[f.span.start..f.span.end], piece);
            assert_eq!(&*f.fixes[0].edits[0].new_text, fix);
        }
        // Compounds of two words keep their hyphen.
        for text in ["a well-known rule", "the pre- and post-trial motions"] {
            let tokens = tokenize(text, &[]);
            let w = Words::new(text, &tokens);
            assert!(
                split_words(&w, &known_of(&w), dictionary()).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn two_real_words_are_left_alone() {
        let text = "the former rule in this case";
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        assert!(split_words(&w, &known_of(&w), dictionary()).is_empty());
    }

    #[test]
    fn garbled_run_is_one_finding() {
        let text = "Disintiff Chaile Arabi is approxime and as and in former normalis in this signily in the action";
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        let runs = garbled_runs(&w, &known_of(&w));
        assert_eq!(runs.len(), 1);
        let f = &runs[0].2;
        assert!(text[f.span.start..f.span.end].contains("approxime"));
        assert!(garbled_runs(&w, &vec![Some(true); tokens.len()]).is_empty());
    }

    #[test]
    fn a_single_typo_is_not_a_run() {
        let text = "The defendent has not responded to the motion.";
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        assert!(garbled_runs(&w, &known_of(&w)).is_empty());
    }
}
