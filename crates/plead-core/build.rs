//! Lays the spelling dictionary out at build time (see `src/typos/word_table.rs`): the
//! SCOWL word list and the legal lexicon are merged and written as hash tables the
//! binary embeds, so no process spends its start-up building them.

#[path = "src/typos/word_table.rs"]
#[allow(dead_code)]
mod word_table;

use std::collections::HashMap;
use std::path::Path;

use word_table::*;

#[path = "src/typos/realword_table.rs"]
#[allow(dead_code)]
mod realword_table;

// The court table's own code (`src/citations/courts.rs`) decides which of courts-db's
// forms are forms of their own; it reads the TSV tables with `tables.rs`.
#[path = "src/citations/courts.rs"]
#[allow(dead_code)]
mod courts;
#[path = "src/citations/months.rs"]
#[allow(dead_code)]
mod months;
#[path = "src/citations/tables.rs"]
#[allow(dead_code)]
mod tables;
/// What `courts.rs` reads from this script's output, empty while the script runs.
mod generated {
    pub(super) const COURTS_DB_OWN_FORMS: &str = "";
}

/// Words scoring at least this are in the small hot table (most common words, ~5k).
const HOT_SCORE: u8 = 35;
/// Score given to lexicon words: legal vocabulary ranks high among suggestions.
const LEXICON_SCORE: u8 = 50;

/// Slot-count exponent for `n` keys: at most three quarters of the slots are used, so
/// linear probes stay short and always reach an empty slot.
fn slot_bits(n: usize) -> u32 {
    (n.max(1) + n / 3 + 1)
        .next_power_of_two()
        .trailing_zeros()
        .max(4)
}

struct Word {
    key: String,
    display: Option<String>,
    score: u8,
    lowered: bool,
    /// Part-of-speech bits (`word_table::POS_*`).
    pos: u8,
}

fn main() {
    let words_path = "data/en_US-words.tsv";
    let lexicon_path = "data/legal_lexicon.txt";
    let pos_path = "data/pos.tsv";
    for path in [
        words_path,
        lexicon_path,
        pos_path,
        "src/typos/word_table.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
    };
    let (mut words, abbreviations) = merge(&read(words_path), &read(lexicon_path));
    let pos_text = read(pos_path);
    let pos: HashMap<&str, u8> = pos_text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, letters)| (w, pos_bits(letters)))
        .collect();
    for w in &mut words {
        w.pos = pos.get(w.key.as_str()).copied().unwrap_or(0);
    }
    let (trigrams, quads) = split_fix_filters(&words);
    let image = encode(words, abbreviations);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let target = Path::new(&out).join("dictionary.bin");
    std::fs::write(&target, image).unwrap_or_else(|e| panic!("cannot write {target:?}: {e}"));
    let target = Path::new(&out).join("split_trigrams.bin");
    std::fs::write(&target, trigrams).unwrap_or_else(|e| panic!("cannot write {target:?}: {e}"));
    let target = Path::new(&out).join("split_quads.bin");
    std::fs::write(&target, quads).unwrap_or_else(|e| panic!("cannot write {target:?}: {e}"));

    let model_path = "data/realword.tsv";
    println!("cargo:rerun-if-changed={model_path}");
    println!("cargo:rerun-if-changed=src/typos/realword_table.rs");
    let model = encode_realword(&read(model_path));
    let target = Path::new(&out).join("realword.bin");
    std::fs::write(&target, model).unwrap_or_else(|e| panic!("cannot write {target:?}: {e}"));

    for path in [
        "data/courts.tsv",
        "data/courts_db.tsv",
        "data/court_words.tsv",
        "data/court_variants.tsv",
        "data/us_jurisdictions.tsv",
        "src/citations/courts.rs",
        "src/citations/tables.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let target = Path::new(&out).join("courts_db_own_forms.tsv");
    std::fs::write(&target, courts::courts_db_forms_of_their_own())
        .unwrap_or_else(|e| panic!("cannot write {target:?}: {e}"));
}

/// The filters of every word the split-word check may offer as a one-edit join
/// (`SPLIT_FIX_MIN_SCORE` and up, no display form): the exact trigram tables and the
/// quadgram bitset (`word_table.rs`). A candidate with a trigram or quadgram outside them
/// cannot be such a word, so most candidates skip the hash probe.
fn split_fix_filters(words: &[Word]) -> (Vec<u8>, Vec<u8>) {
    let mut tables = vec![0u32; 3 * TRI_PAIRS];
    let mut quads = vec![0u8; 1 << (QUAD_BITS - 3)];
    for w in words {
        if w.score >= SPLIT_FIX_MIN_SCORE && w.display.is_none() {
            all_trigrams(w.key.as_bytes(), |a, b, c| {
                mark_trigram(&mut tables, a, b, c);
                true
            });
            all_quads(w.key.as_bytes(), |q| {
                quads[q / 8] |= 1 << (q % 8);
                true
            });
        }
    }
    let trigrams = tables.iter().flat_map(|m| m.to_le_bytes()).collect();
    (trigrams, quads)
}

/// The real-word model (`set<TAB>members<TAB>threshold`, then `feature<TAB>weights`
/// lines) as the image `src/typos/realword_table.rs` describes.
fn encode_realword(tsv: &str) -> Vec<u8> {
    use realword_table as rw;
    struct Set {
        members: String,
        k: usize,
        /// Where the set's thresholds (one per member) start in the weights.
        thresholds_at: u32,
    }
    let mut sets: Vec<Set> = Vec::new();
    let mut features: Vec<(u64, u32)> = Vec::new();
    let mut weights: Vec<f32> = Vec::new();
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(first), Some(second)) = (cols.next(), cols.next()) else {
            panic!("realword.tsv: bad line {line:?}");
        };
        if first == "set" {
            let k = second.split(' ').count();
            let thresholds: Vec<f32> = cols
                .next()
                .unwrap_or("")
                .split(' ')
                .map(|t| {
                    t.parse()
                        .unwrap_or_else(|_| panic!("realword.tsv: bad threshold in {line:?}"))
                })
                .collect();
            assert_eq!(thresholds.len(), k, "realword.tsv: thresholds of {line:?}");
            sets.push(Set {
                members: second.to_string(),
                k,
                thresholds_at: u32::try_from(weights.len()).expect("weights fit in u32"),
            });
            weights.extend(thresholds);
            continue;
        }
        let set = sets
            .len()
            .checked_sub(1)
            .expect("realword.tsv: feature before any set");
        let ws: Vec<f32> = second
            .split(' ')
            .map(|x| {
                x.parse()
                    .unwrap_or_else(|_| panic!("realword.tsv: bad weight in {line:?}"))
            })
            .collect();
        assert_eq!(ws.len(), sets[set].k, "realword.tsv: weights of {line:?}");
        let key = rw::FeatureHash::new(set).piece(first).finish();
        features.push((
            key,
            u32::try_from(weights.len()).expect("weights fit in u32"),
        ));
        weights.extend(ws);
    }
    let bits = slot_bits(features.len());
    let mut keys = vec![0u64; 1 << bits];
    let mut offsets = vec![0u32; 1 << bits];
    for &(key, at) in &features {
        let mut i = rw::first_slot(key, bits);
        while keys[i] != 0 {
            assert_ne!(keys[i], key, "realword.tsv: two features hash alike");
            i = (i + 1) & ((1 << bits) - 1);
        }
        keys[i] = key;
        offsets[i] = at;
    }
    let mut strings = String::new();
    let mut set_words = Vec::with_capacity(sets.len() * rw::SET_WORDS);
    for s in &sets {
        set_words.push(strings.len() as u32);
        set_words.push(s.members.len() as u32);
        set_words.push(s.k as u32);
        set_words.push(s.thresholds_at);
        strings.push_str(&s.members);
    }
    let mut header = [0u32; rw::HEADER_WORDS];
    header[rw::H_MAGIC] = rw::MAGIC;
    header[rw::H_SETS] = sets.len() as u32;
    header[rw::H_SLOT_BITS] = bits;
    let mut at = rw::HEADER_WORDS * 4;
    header[rw::H_SETS_AT] = at as u32;
    at += set_words.len() * 4;
    header[rw::H_KEYS_AT] = at as u32;
    at += keys.len() * 8;
    header[rw::H_OFFSETS_AT] = at as u32;
    at += offsets.len() * 4;
    header[rw::H_WEIGHTS_AT] = at as u32;
    header[rw::H_WEIGHTS] = weights.len() as u32;
    at += weights.len() * 4;
    header[rw::H_STRINGS_AT] = at as u32;
    let mut image = Vec::with_capacity(at + strings.len());
    for x in header.iter().chain(&set_words) {
        image.extend_from_slice(&x.to_le_bytes());
    }
    for k in &keys {
        image.extend_from_slice(&k.to_le_bytes());
    }
    for o in &offsets {
        image.extend_from_slice(&o.to_le_bytes());
    }
    for w in &weights {
        image.extend_from_slice(&w.to_le_bytes());
    }
    image.extend_from_slice(strings.as_bytes());
    image
}

/// The word list (`key<TAB>score[<TAB>Display]`) merged with the lexicon: lexicon words
/// score at least `LEXICON_SCORE`; entries ending in a period are abbreviations.
fn merge(words: &str, lexicon: &str) -> (Vec<Word>, Vec<String>) {
    let mut merged: Vec<Word> = Vec::with_capacity(140_000);
    let mut index: HashMap<String, usize> = HashMap::with_capacity(140_000);
    for line in words.lines() {
        let mut cols = line.split('\t');
        let (Some(key), Some(score)) = (cols.next(), cols.next()) else {
            continue;
        };
        let word = Word {
            key: key.to_string(),
            display: cols.next().map(str::to_string),
            score: score.parse().unwrap_or(0),
            lowered: false,
            pos: 0,
        };
        match index.get(key) {
            Some(&i) => merged[i] = word,
            None => {
                index.insert(key.to_string(), merged.len());
                merged.push(word);
            }
        }
    }
    let mut abbreviations = Vec::new();
    for line in lexicon.lines() {
        let entry = line.split('#').next().unwrap_or("").trim();
        for word in entry.split_whitespace() {
            if let Some(abbr) = word.strip_suffix('.') {
                // `U.S.C.`-style entries are handled by the tokenizer (internal periods).
                if !abbr.contains('.') {
                    abbreviations.push(abbr.to_lowercase());
                }
                continue;
            }
            let lowered = word.chars().any(char::is_uppercase);
            let key = if lowered {
                word.to_lowercase()
            } else {
                word.to_string()
            };
            let i = *index.entry(key.clone()).or_insert_with(|| {
                merged.push(Word {
                    key,
                    display: word
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                        .then(|| word.to_string()),
                    score: 0,
                    lowered,
                    pos: 0,
                });
                merged.len() - 1
            });
            merged[i].score = merged[i].score.max(LEXICON_SCORE);
            if !lowered {
                // The lexicon lists it in lower case (`se` of `pro se`): a general word,
                // whatever case the word list gave it.
                merged[i].display = None;
            }
        }
    }
    abbreviations.sort();
    abbreviations.dedup();
    (merged, abbreviations)
}

fn encode(mut words: Vec<Word>, abbreviations: Vec<String>) -> Vec<u8> {
    // Only general words: a hit in the hot table means "known in any case", while
    // proper-noun-only words (`Denys`) must be looked up for their display form.
    let is_hot = |w: &Word| w.score >= HOT_SCORE && !w.lowered && w.display.is_none();
    // Hot words first, so their entries and strings share a few cache-friendly pages.
    words.sort_by(|a, b| is_hot(b).cmp(&is_hot(a)).then_with(|| a.key.cmp(&b.key)));
    let n_words = words.len();
    let n_hot = words.iter().filter(|w| is_hot(w)).count();

    let mut strings = String::new();
    let mut entries = Vec::with_capacity((n_words + abbreviations.len()) * ENTRY_BYTES);
    let mut push_entry = |key: &str, display: Option<&str>, score: u8, flags: u8, mask: u32| {
        let at = u32::try_from(strings.len()).expect("strings fit in u32");
        strings.push_str(key);
        strings.push_str(display.unwrap_or(""));
        entries.extend_from_slice(&at.to_le_bytes());
        entries.extend_from_slice(&mask.to_le_bytes());
        let len = |s: &str| u8::try_from(s.len()).expect("words are under 256 bytes");
        entries.extend_from_slice(&[len(key), display.map_or(0, len), score, flags]);
    };
    // The form the length index lists: the key, or for lowered keys the display form.
    let listed = |w: &Word| {
        if w.lowered {
            w.display.clone()
        } else {
            Some(w.key.clone())
        }
    };
    for w in &words {
        let mask = listed(w).map_or(0, |s| letter_mask(&s.to_ascii_lowercase()));
        let flags = if w.lowered { FLAG_LOWERED } else { 0 } | w.pos;
        push_entry(&w.key, w.display.as_deref(), w.score, flags, mask);
    }
    for a in &abbreviations {
        push_entry(a, None, 0, 0, 0);
    }

    let table = |keys: &mut dyn Iterator<Item = (usize, &str)>, n: usize| {
        let bits = slot_bits(n);
        let mut slots = vec![0u32; 1 << bits];
        for (entry, key) in keys {
            let mut i = first_slot(key.as_bytes(), bits);
            while slots[i] != 0 {
                i = (i + 1) & ((1 << bits) - 1);
            }
            slots[i] = u32::try_from(entry + 1).expect("entries fit in u32");
        }
        (bits, slots)
    };
    let (main_bits, main) = table(
        &mut words.iter().enumerate().map(|(i, w)| (i, w.key.as_str())),
        n_words,
    );
    let (hot_bits, hot) = table(
        &mut words[..n_hot]
            .iter()
            .enumerate()
            .map(|(i, w)| (i, w.key.as_str())),
        n_hot,
    );
    let (abbr_bits, abbr) = table(
        &mut abbreviations
            .iter()
            .enumerate()
            .map(|(i, a)| (n_words + i, a.as_str())),
        abbreviations.len(),
    );

    // Words by length in chars, each group sorted by (form, score, mask) for the
    // edit-distance-2 scan.
    let mut groups: Vec<Vec<(String, u8, u32, u32)>> = vec![Vec::new(); MAX_LEN];
    for (i, w) in words.iter().enumerate() {
        let Some(form) = listed(w) else { continue };
        let mask = letter_mask(&form.to_ascii_lowercase());
        if let Some(group) = groups.get_mut(form.chars().count()) {
            group.push((form, w.score, mask, i as u32));
        }
    }
    let mut starts = Vec::with_capacity(MAX_LEN + 1);
    let mut index = Vec::new();
    for group in &mut groups {
        group.sort_unstable();
        starts.push(index.len() as u32);
        index.extend(group.iter().map(|g| g.3));
    }
    starts.push(index.len() as u32);

    let mut header = vec![0u32; HEADER_WORDS];
    let mut at = HEADER_WORDS * 4;
    let mut place = |field: usize, bytes: usize| {
        header[field] = at as u32;
        at += bytes;
    };
    place(H_ENTRIES_AT, entries.len());
    place(H_MAIN_AT, main.len() * 4);
    place(H_HOT_AT, hot.len() * 4);
    place(H_ABBR_AT, abbr.len() * 4);
    place(H_STARTS_AT, starts.len() * 4);
    place(H_INDEX_AT, index.len() * 4);
    place(H_STRINGS_AT, strings.len());
    header[H_MAGIC] = MAGIC;
    header[H_WORDS] = n_words as u32;
    header[H_ENTRIES] = (n_words + abbreviations.len()) as u32;
    header[H_MAIN_BITS] = main_bits;
    header[H_HOT_BITS] = hot_bits;
    header[H_ABBR_BITS] = abbr_bits;

    let mut image = Vec::with_capacity(at);
    let words_le = |v: &[u32], image: &mut Vec<u8>| {
        for x in v {
            image.extend_from_slice(&x.to_le_bytes());
        }
    };
    words_le(&header, &mut image);
    image.extend_from_slice(&entries);
    words_le(&main, &mut image);
    words_le(&hot, &mut image);
    words_le(&abbr, &mut image);
    words_le(&starts, &mut image);
    words_le(&index, &mut image);
    image.extend_from_slice(strings.as_bytes());
    assert_eq!(image.len(), at);
    image
}
