//! Compound words the dictionary knows (`roll call`, `paper trail`, `trial balance`,
//! `bear market`, `loose end`): WordNet's two-word compounds holding a confusable word
//! (`data/compounds.txt`, `scripts/gen_compounds.py`). A confusable written inside one
//! of them is the word meant, unless the other member forms a compound with the same
//! neighbour (`basic principle` beside `basic principal`): then the compound is no
//! evidence either way.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::tokenize::{Gap, Words};

static DATA: &str = include_str!("../../data/compounds.txt");

static COMPOUNDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    DATA.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether `first second` is a two-word compound of the dictionary (`claim form`).
pub(super) fn is_compound(first: &str, second: &str) -> bool {
    let mut key = String::with_capacity(first.len() + second.len() + 1);
    key.push_str(first);
    key.push(' ');
    key.push_str(second);
    COMPOUNDS.contains(key.as_str())
}

/// Whether the word at `i` (written) stands in a compound with a neighbour that `right`
/// does not form: `roll` in `roll call vote` is no slip for `role`.
pub fn protects(w: &Words, i: usize, right: &str) -> bool {
    let n = w.tokens.len();
    let written = w.lower(i);
    let right = right.to_ascii_lowercase();
    // Neighbours joined by a space or a hyphen (`roll-call vote`).
    let joined = |k: usize| k < n && matches!(w.tokens[k].gap, Gap::Space | Gap::Hyphen);
    let after = joined(i + 1).then(|| w.lower(i + 1));
    let before = (i > 0 && joined(i)).then(|| w.lower(i - 1));
    after.is_some_and(|a| is_compound(written, a) && !is_compound(&right, a))
        || before.is_some_and(|b| is_compound(b, written) && !is_compound(b, &right))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::tokenize::tokenize;

    fn at(text: &str, word: &str, right: &str) -> bool {
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        let i = (0..tokens.len())
            .find(|&i| w.raw(i) == word)
            .expect("word in text");
        protects(&w, i, right)
    }

    #[test]
    fn compounds_protect_their_words() {
        assert!(at("The roll call vote was taken.", "roll", "role"));
        assert!(at("The roll-call vote was taken.", "roll", "role"));
        assert!(at(
            "There was a paper trail of the payments.",
            "trail",
            "trial"
        ));
        assert!(at("The rule will take effect soon.", "effect", "affect"));
        // Not a compound: the slip stays reportable.
        assert!(!at(
            "He was punished for his roll in the robbery.",
            "roll",
            "role"
        ));
        assert!(!at("The trail court erred.", "trail", "trial"));
        // `take affect`: the other member forms the compound.
        assert!(!at("The rule will take affect soon.", "affect", "effect"));
    }
}
