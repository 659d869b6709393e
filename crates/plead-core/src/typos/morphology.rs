//! Derivational morphology: a word the list lacks is still a word when it is a known
//! stem with a productive prefix or suffix (`un|reimbursed`, `over|payments`,
//! `joint|ness`, `support|ably`, `exertion|al`, `un|enforce|ability`).
//!
//! Only for words the dictionary does not know, so it costs nothing on running text.
//! Two guards keep misspellings out: the stem must be a general word of four letters or
//! more, and a derived form one edit from a common word is that word misspelled
//! (`arguement` is not `argue|ment`).

use super::dictionary::Dictionary;

/// Prefixes that make new words of known ones.
const PREFIXES: &[&str] = &[
    "un", "re", "over", "non", "pre", "post", "anti", "co", "counter", "de", "dis", "inter",
    "intra", "mis", "multi", "out", "sub", "super", "under", "semi", "cross", "mid", "extra",
    "quasi", "trans", "cyber", "micro", "macro", "hyper", "pseudo", "neo", "mega", "ultra",
];

/// Combining forms of medical and scientific vocabulary, written closed or with a hyphen
/// (`neuro|radiology`, `naso-gastric`): records and expert testimony are full of them, and
/// the word lists hold only the commonest compounds.
pub const COMBINING_FORMS: &[&str] = &[
    "neuro", "naso", "gastro", "cardio", "psycho", "electro", "immuno", "osteo", "physio", "patho",
    "pharmaco", "histo", "bio", "socio", "geo", "hydro", "thermo",
];

/// Suffix rewrites: (ending of the derived word, ending of the stem).
const SUFFIXES: &[(&str, &str)] = &[
    ("nesses", ""),
    ("iness", "y"),
    ("ness", ""),
    ("ability", "able"),
    ("ibility", "ible"),
    ("abilities", "able"),
    ("ality", "al"),
    ("alities", "al"),
    ("ivity", "ive"),
    ("arity", "ar"),
    ("osity", "ous"),
    ("icity", "ic"),
    ("idity", "id"),
    ("ably", "able"),
    ("ibly", "ible"),
    ("ments", ""),
    ("ment", ""),
    ("ional", "ion"),
    ("orial", "ory"),
    ("ually", "ual"),
    ("ally", "al"),
    ("ily", "y"),
    ("ly", ""),
    ("ees", ""),
    ("ee", ""),
    ("ors", ""),
    ("or", ""),
    ("ers", ""),
    ("er", ""),
    ("ers", "e"),
    ("er", "e"),
    ("ings", ""),
    ("ist", ""),
    ("ists", ""),
    ("ism", ""),
    ("isms", ""),
    ("ize", ""),
    ("izes", ""),
    ("ized", ""),
    ("ization", "ize"),
    ("izations", "ize"),
    ("less", ""),
    ("ship", ""),
    ("hood", ""),
    ("able", "e"),
    ("able", ""),
    ("ary", ""),
];

/// Inflections added to a derived word (`trustor|s`, `interplead|ed`).
const INFLECTIONS: &[(&str, &str)] = &[
    ("s", ""),
    ("es", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
];

/// Shortest stem a prefix or suffix may attach to.
const MIN_STEM: usize = 4;
/// A derived word one edit from a word at least this common is that word misspelled
/// (`arguement`); a prefixed one (`super|cedes` for `supersedes`) against any general word
/// but the rarest.
const RIVAL_SCORE: u8 = 40;
const PREFIXED_RIVAL_SCORE: u8 = 20;

/// Whether `lowercase` (unknown to the dictionary) is a known stem with a productive
/// prefix, suffix or inflection.
pub fn is_derived(dict: &Dictionary, lowercase: &str) -> bool {
    if !lowercase.is_ascii() || lowercase.len() < MIN_STEM + 2 {
        return false;
    }
    // The plural or third person of a word the list has (`prescriber|s`, `attach|es`).
    // `noticable`: a soft c or g keeps its e before -able (`noticeable`, `manageable`).
    for (soft, kept) in [
        ("cable", "ceable"),
        ("gable", "geable"),
        ("cably", "ceably"),
    ] {
        if let Some(stem) = lowercase.strip_suffix(soft) {
            if dict.contains(&format!("{stem}{kept}")) {
                return false;
            }
        }
    }
    if lowercase.ends_with("icly") && lowercase != "publicly" {
        // `basicly`: an adverb of an -ic adjective is -ically.
        return false;
    }
    for ending in ["s", "es"] {
        if let Some(stem) = lowercase.strip_suffix(ending) {
            if plural_spelling(stem, ending) && general(dict, stem) {
                return true;
            }
        }
    }
    // `acquittee` is one edit from `acquitted`, another word of the same stem: for a
    // suffixed word only a rival that differs before the ending makes it a misspelling.
    if by_suffix(dict, lowercase, 2) {
        return !has_common_rival(dict, lowercase, true);
    }
    by_prefix(dict, lowercase, 2) && !has_common_rival(dict, lowercase, false)
}

/// A general (not proper-noun-only) word of the dictionary.
fn general(dict: &Dictionary, word: &str) -> bool {
    word.len() >= MIN_STEM && dict.get(word).is_some_and(|i| i.display.is_none())
}

fn known_or_derived(dict: &Dictionary, word: &str, depth: u8) -> bool {
    general(dict, word) || depth > 0 && derives(dict, word, depth)
}

fn derives(dict: &Dictionary, word: &str, depth: u8) -> bool {
    by_prefix(dict, word, depth) || by_suffix(dict, word, depth)
}

fn by_prefix(dict: &Dictionary, word: &str, depth: u8) -> bool {
    let depth = depth - 1;
    PREFIXES.iter().chain(COMBINING_FORMS).any(|prefix| {
        // `co|operate` but not `co|ntract`: the stem must stand as a word itself.
        cut_prefix(word, prefix)
            .is_some_and(|stem| stem.len() >= MIN_STEM && known_or_derived(dict, stem, depth))
    })
}

fn by_suffix(dict: &Dictionary, word: &str, depth: u8) -> bool {
    let depth = depth - 1;
    for (ending, replacement) in SUFFIXES {
        if let Some(base) = cut_suffix(word, ending) {
            if base.len() < 3 {
                continue;
            }
            let stem = joined(base, replacement);
            // (`ness|ary` for `nessary`: a stem that is itself a suffix, `ness` the headland,
            // takes no other suffix; the word is a slip of `necessary`.)
            if SUFFIXES.iter().any(|(e, _)| *e == stem) {
                continue;
            }
            if known_or_derived(dict, &stem, depth) {
                return true;
            }
            // Doubled final consonant before a vowel suffix (`acquitt|ee`).
            let bytes = base.as_bytes();
            let n = bytes.len();
            if replacement.is_empty()
                && ending.starts_with(['e', 'i'])
                && n >= 4
                && bytes[n - 1] == bytes[n - 2]
                && !b"aeiou".contains(&bytes[n - 1])
                && known_or_derived(dict, &base[..n - 1], depth)
            {
                return true;
            }
        }
    }
    for (ending, replacement) in INFLECTIONS {
        if let Some(base) = cut_suffix(word, ending) {
            if base.len() < MIN_STEM {
                continue;
            }
            let stem = joined(base, replacement);
            if ending.ends_with('s') && !plural_spelling(&stem, ending) {
                continue;
            }
            // An inflection the list lacks of a list word (`attach|es`, `holster|ed`; the
            // rival check keeps out `occur|ed`), or of a derived word (`interplead|ed`).
            let listed = dict.contains(&stem);
            if listed && general(dict, &stem) || !listed && depth > 0 && derives(dict, &stem, depth)
            {
                return true;
            }
        }
    }
    false
}

/// `word.strip_suffix(ending)`, compared byte by byte: the endings are short and ~50 are
/// tried per word, where `strip_suffix` calls `memcmp` for each.
fn cut_suffix<'a>(word: &'a str, ending: &str) -> Option<&'a str> {
    let (w, e) = (word.as_bytes(), ending.as_bytes());
    let at = w.len().checked_sub(e.len())?;
    // Equal bytes after a whole `&str` ending start at a character boundary.
    (w[at..].iter().zip(e).all(|(a, b)| a == b)).then(|| word.get(..at))?
}

/// `word.strip_prefix(prefix)`, compared byte by byte (see [`cut_suffix`]).
fn cut_prefix<'a>(word: &'a str, prefix: &str) -> Option<&'a str> {
    let (w, p) = (word.as_bytes(), prefix.as_bytes());
    (w.len() >= p.len() && w.iter().zip(p).all(|(a, b)| a == b)).then(|| word.get(p.len()..))?
}

/// `base` + `replacement`, copied only when the replacement is not empty (most are).
fn joined<'a>(base: &'a str, replacement: &str) -> std::borrow::Cow<'a, str> {
    if replacement.is_empty() {
        std::borrow::Cow::Borrowed(base)
    } else {
        std::borrow::Cow::Owned(format!("{base}{replacement}"))
    }
}

/// `-es` after a sibilant (`attach|es`), `-s` elsewhere (`recourse|s`), and never `-s`
/// after a consonant and `y` (`interrogatory` + `s` is `interrogatories`).
fn plural_spelling(stem: &str, ending: &str) -> bool {
    let sibilant = ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| stem.ends_with(e));
    let consonant_y =
        stem.ends_with('y') && !stem[..stem.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    (ending == "es") == sibilant && !consonant_y
}

/// One edit from a common word: `arguement` (argument), `judgment` spelled otherwise.
fn has_common_rival(dict: &Dictionary, word: &str, suffix_derived: bool) -> bool {
    // A prefixed word (`super|cedes` for `supersedes`) yields to any general word but the
    // rarest; a suffixed one to a common word.
    let least = if suffix_derived && !by_prefix(dict, word, 2) {
        RIVAL_SCORE
    } else {
        PREFIXED_RIVAL_SCORE
    };
    super::suggest::near_misses(dict, word, 3).iter().any(|s| {
        // `intermeddler|s` is the plural of its rival, not a misspelling of it.
        let inflected = word
            .strip_prefix(s.word.as_str())
            .is_some_and(|rest| matches!(rest, "s" | "d" | "r"));
        // `acquittee`/`acquitted`, `attaches`/`attached`: the same stem with another
        // inflectional ending. (`occured`/`occurred` differ by a letter inserted,
        // `prosecuter`/`prosecutor` in a derivational ending, `arguement`/`argument`
        // before the ending: misspellings.)
        let shared = word
            .bytes()
            .zip(s.word.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let endings = ["", "s", "d", "e", "r", "es", "ed", "ee", "ing"];
        let same_stem = suffix_derived
            && s.word.len() == word.len()
            && shared + 2 >= word.len()
            && word.get(shared..).is_some_and(|t| endings.contains(&t))
            && s.word.get(shared..).is_some_and(|t| endings.contains(&t));
        s.score >= least
            && !inflected
            && !same_stem
            && s.word.chars().all(|c| c.is_ascii_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::dictionary::dictionary;

    /// The byte-wise cuts answer as `strip_suffix` and `strip_prefix` do, for every
    /// affix on words with and without it (and non-ASCII ones).
    #[test]
    fn cuts_agree_with_strip() {
        let words = [
            "",
            "s",
            "un",
            "unreimbursed",
            "jointness",
            "nesses",
            "ability",
            "é",
            "unéé",
            "reé",
            "caféness",
            "overpayments",
            "trustors",
            "interpleaded",
            "ee",
        ];
        let affixes = PREFIXES
            .iter()
            .copied()
            .chain(SUFFIXES.iter().map(|(e, _)| *e))
            .chain(INFLECTIONS.iter().map(|(e, _)| *e))
            .chain(["é", "ness"]);
        let mut cut = 0;
        for affix in affixes {
            for word in words {
                assert_eq!(
                    cut_suffix(word, affix),
                    word.strip_suffix(affix),
                    "{word} -{affix}"
                );
                assert_eq!(
                    cut_prefix(word, affix),
                    word.strip_prefix(affix),
                    "{affix}- {word}"
                );
                cut += usize::from(cut_suffix(word, affix).is_some());
            }
        }
        assert!(cut > 10);
    }

    #[test]
    fn productive_affixes_on_known_stems() {
        let d = dictionary();
        for w in [
            "unreimbursed",
            "overpayments",
            "jointness",
            "supportably",
            "exertional",
            "accessorial",
            "intermeddlers",
            "unenforceability",
            "nondelegable",
            "acquittee",
            "attaches",
            "recourses",
            "prescribers",
            "designee",
            "waivable",
            "restitutionary",
        ] {
            assert!(d.contains(w) || is_derived(d, w), "{w}");
        }
    }

    #[test]
    fn misspellings_are_not_derivations() {
        let d = dictionary();
        for w in [
            "arguement",
            "defendent",
            "heresay",
            "occured",
            "recieve",
            "untill",
            "statment",
            "xqztness",
            // (A stem that is itself a suffix: `ness|ary`, a slip of `necessary` in a
            // Supreme Court opinion, typos-dev5.)
            "nessary",
            "unxqzt",
            "attachs",
            "untill",
            "supercedes",
            "basicly",
            "interrogatorys",
            "prosecuter",
            "misdemeaner",
            "noticable",
        ] {
            assert!(!is_derived(d, w), "{w}");
        }
    }
}
