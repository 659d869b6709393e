//! OCR damage in pasted court documents: words split by a stray space or tab
//! (`STAT FES` → `STATES`) and runs of garbled words reported once.

use super::confusables::match_case;
use super::dictionary::Dictionary;
use super::rules;
use super::suggest::for_each_edit1;
use super::tokenize::{Gap, Words};
use super::word_table::{all_trigrams, trigram_bit, SPLIT_FIX_MIN_SCORE};
use crate::analysis::{Finding, Fix, Span};

/// Trigram bitset of the words a one-edit join may become (written by build.rs from
/// the same word list as the dictionary image).
static SPLIT_TRIGRAMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/split_trigrams.bin"));

/// Whether trigram bit `t` is set: some word the split check may offer has it.
fn trigram_set(t: usize) -> bool {
    SPLIT_TRIGRAMS
        .get(t / 8)
        .is_none_or(|byte| byte & (1 << (t % 8)) != 0)
}

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
/// Each join has ~560 candidates and most have a letter trigram no such word has, so
/// the trigram bitset rejects them before the dictionary probe (or even the copy).
fn best_one_edit_join(join: &str, dict: &Dictionary) -> Option<String> {
    let mut best = None;
    if !join.is_ascii() {
        // Not reached (both halves are ASCII letters), but correct for any text: the
        // whole candidate goes through the filter.
        let chars: Vec<char> = join.chars().collect();
        for_each_edit1(&chars, &mut |c| {
            if c.len() + 1 >= join.len() && all_trigrams(c.as_bytes(), trigram_set) {
                consider(c, dict, &mut best);
            }
        });
        return best.map(|(_, c)| c);
    }
    let j = join.as_bytes();
    let n = j.len();
    // The join padded as the filter pads words (`0 0 join 0`), its trigrams' status, and
    // whether all trigrams before / from each start are set: an edit changes only the
    // few trigrams that overlap it, so each candidate costs a handful of bit tests.
    let mut padded = Vec::with_capacity(n + 3);
    padded.extend_from_slice(&[0, 0]);
    padded.extend_from_slice(j);
    padded.push(0);
    let set: Vec<bool> = padded
        .windows(3)
        .map(|w| trigram_set(trigram_bit(w[0], w[1], w[2])))
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
    let mut propose = |at: usize, removed: usize, new: &[u8], best: &mut Option<(u8, String)>| {
        buf.clear();
        buf.push_str(&join[..at]);
        buf.extend(new.iter().map(|&b| char::from(b)));
        buf.push_str(&join[at + removed..]);
        consider(&buf, dict, best);
    };
    // The candidate `join[..at] + new + join[at + removed..]`.
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
            .all(|w| trigram_set(trigram_bit(w[0], w[1], w[2])))
        {
            propose(at, removed, new, best);
        }
    };
    // The same candidates as `for_each_edit1`: deletions, adjacent swaps, substitutions
    // and insertions of a lowercase letter.
    for i in 0..n {
        visit(i, 1, &[], &mut best);
    }
    for i in 0..n.saturating_sub(1) {
        visit(i, 2, &[j[i + 1], j[i]], &mut best);
    }
    // Substitutions and insertions, ~52 letters a position, are most of the candidates:
    // what `visit` tests is unrolled here, the position's part once, then the letter's
    // (at most three new trigrams, the first one alone rejecting most letters).
    let set = |a: u8, b: u8, c: u8| trigram_set(trigram_bit(a, b, c));
    for (at, removed) in (0..n).map(|i| (i, 1)).chain((0..=n).map(|i| (i, 0))) {
        let p = at + 2;
        if !set_before[p - 2] || !set_from[(p + removed).min(windows)] {
            continue;
        }
        let (x, y) = (padded[p - 2], padded[p - 1]);
        // The bytes after the edit: the join's final pad byte is always there.
        let a1 = padded[p + removed];
        let a2 = padded.get(p + removed + 1).copied();
        let was = if removed == 1 { Some(j[at]) } else { None };
        for c in b'a'..=b'z' {
            if Some(c) != was && set(x, y, c) && set(y, c, a1) && a2.is_none_or(|a2| set(c, a1, a2))
            {
                propose(at, removed, &[c], &mut best);
            }
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
