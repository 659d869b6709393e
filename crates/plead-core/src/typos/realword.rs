//! The learned real-word model: for each confusion set (`affect effect`, `cite site
//! sight`, `there their they're`, …) a logistic regression over the words and word
//! classes around a member tells which member the sentence wants. Learned from
//! public-domain opinions by `scripts/gen_realword_model.py` (its docs say how, and how
//! each set's threshold was chosen); `build.rs` lays it out as a probe table the binary
//! embeds (`realword_table.rs`), so nothing is parsed at start-up.
//!
//! A member is reported when another member of its set is at least as probable as the
//! written member's threshold (0.95 to 0.9999, or never): thresholds were chosen on
//! correct opinions the model did not learn from, to keep its false alarms within a
//! budget of a few per 100,000 words.
//!
//! The features mirror the script's exactly (a unit test runs the script's check lines).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::realword_table::{self as layout, FeatureHash};
use super::tokenize::{Gap, Words};

static IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/realword.bin"));

const BOUNDARY: &str = "<.>";
const COMMA: &str = "<,>";
const NUM: &str = "<num>";
/// Words within this many places are features of a member.
const WINDOW: usize = 5;

struct Set {
    members: Vec<&'static str>,
    /// Per member: reported when written and another member is at least this probable.
    thresholds: Vec<f32>,
}

pub struct Model {
    image: &'static [u8],
    sets: Vec<Set>,
    /// Member word → (set, index in the set).
    member_of: FxHashMap<&'static str, (usize, usize)>,
    /// Bit `b % 64` of `heads[len]` is set when some member of `len` bytes (31: or
    /// more) starts with byte `b`: most words are no member, and this answers them
    /// without hashing.
    heads: [u64; 32],
    slot_bits: u32,
    keys_at: usize,
    offsets_at: usize,
    weights_at: usize,
    weights: usize,
}

static MODEL: LazyLock<Option<Model>> = LazyLock::new(|| Model::open(IMAGE));

/// The embedded model (opened on first use; None only if the image were damaged).
pub fn model() -> Option<&'static Model> {
    MODEL.as_ref()
}

fn u32_at(image: &[u8], at: usize) -> Option<u32> {
    let b = image.get(at..at + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn u64_at(image: &[u8], at: usize) -> Option<u64> {
    let b = image.get(at..at + 8)?;
    let mut w = [0u8; 8];
    w.copy_from_slice(b);
    Some(u64::from_le_bytes(w))
}

/// A report: the member at token `token` where `right` is meant, with its probability.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    pub token: usize,
    pub right: &'static str,
    pub probability: f32,
}

/// One place of the sequence a member's features read: a word (lowercase, straight
/// apostrophes, `<num>` when it has digits) or the boundary or comma between words.
#[derive(Clone, Copy)]
struct Sym<'w> {
    text: &'w str,
    capitalized: bool,
}

impl Model {
    fn open(image: &'static [u8]) -> Option<Model> {
        let field = |i: usize| u32_at(image, i * 4).map(|v| v as usize);
        if field(layout::H_MAGIC)? != layout::MAGIC as usize {
            return None;
        }
        let n_sets = field(layout::H_SETS)?;
        let sets_at = field(layout::H_SETS_AT)?;
        if sets_at < layout::HEADER_WORDS * 4 {
            return None;
        }
        let strings_at = field(layout::H_STRINGS_AT)?;
        let strings = std::str::from_utf8(image.get(strings_at..)?).ok()?;
        let mut sets = Vec::with_capacity(n_sets);
        let mut member_of = FxHashMap::default();
        for s in 0..n_sets {
            let word = |k: usize| u32_at(image, sets_at + (s * layout::SET_WORDS + k) * 4);
            let (at, len) = (word(0)? as usize, word(1)? as usize);
            let members: Vec<&'static str> = strings.get(at..at + len)?.split(' ').collect();
            if members.len() != word(2)? as usize {
                return None;
            }
            for (i, m) in members.iter().enumerate() {
                member_of.insert(*m, (s, i));
            }
            let k = members.len();
            let thresholds_at = word(3)? as usize;
            let weights_at = field(layout::H_WEIGHTS_AT)?;
            let thresholds = (0..k)
                .map(|j| u32_at(image, weights_at + (thresholds_at + j) * 4).map(f32::from_bits))
                .collect::<Option<Vec<f32>>>()?;
            sets.push(Set {
                members,
                thresholds,
            });
        }
        let slot_bits = u32::try_from(field(layout::H_SLOT_BITS)?).ok()?;
        let mut heads = [0u64; 32];
        for m in member_of.keys() {
            if let Some(&b) = m.as_bytes().first() {
                heads[m.len().min(31)] |= 1 << (b % 64);
            }
        }
        let model = Model {
            image,
            sets,
            member_of,
            heads,
            slot_bits,
            keys_at: field(layout::H_KEYS_AT)?,
            offsets_at: field(layout::H_OFFSETS_AT)?,
            weights_at: field(layout::H_WEIGHTS_AT)?,
            weights: field(layout::H_WEIGHTS)?,
        };
        let slots = 1usize << slot_bits;
        let fits = (1..32).contains(&slot_bits)
            && model.keys_at + slots * 8 <= image.len()
            && model.offsets_at + slots * 4 <= image.len()
            && model.weights_at + model.weights * 4 <= image.len();
        fits.then_some(model)
    }

    /// Whether a lowercase word is a member of some set.
    #[cfg(test)]
    pub fn is_member(&self, lowercase: &str) -> bool {
        self.member(lowercase).is_some()
    }

    /// (set, index in the set) of a member word.
    fn member(&self, lowercase: &str) -> Option<&(usize, usize)> {
        let first = lowercase.as_bytes().first()?;
        if self.heads[lowercase.len().min(31)] & (1 << (first % 64)) == 0 {
            return None;
        }
        self.member_of.get(lowercase)
    }

    /// Adds the weights of feature `key` (of a `k`-member set) to `scores`.
    fn add(&self, key: u64, scores: &mut [f32]) {
        let last = (1usize << self.slot_bits) - 1;
        let mut slot = layout::first_slot(key, self.slot_bits);
        for _ in 0..=last {
            let Some(found) = u64_at(self.image, self.keys_at + slot * 8) else {
                return;
            };
            if found == 0 {
                return;
            }
            if found == key {
                let Some(at) = u32_at(self.image, self.offsets_at + slot * 4) else {
                    return;
                };
                let at = at as usize;
                if at + scores.len() > self.weights {
                    return;
                }
                for (j, score) in scores.iter_mut().enumerate() {
                    let w = u32_at(self.image, self.weights_at + (at + j) * 4).unwrap_or(0);
                    *score += f32::from_bits(w);
                }
                return;
            }
            slot = (slot + 1) & last;
        }
    }

    /// Probabilities of each member of `set` at place `p` of `seq`.
    fn probabilities(&self, set: usize, seq: &[Sym], p: usize) -> Vec<f32> {
        let k = self.sets[set].members.len();
        let mut scores = vec![0.0f32; k];
        let sym = |i: isize| -> &str {
            usize::try_from(i)
                .ok()
                .and_then(|i| seq.get(i))
                .map_or(BOUNDARY, |s| s.text)
        };
        let cls = |i: isize| -> &str {
            let Some(s) = usize::try_from(i).ok().and_then(|i| seq.get(i)) else {
                return BOUNDARY;
            };
            word_class(s.text, s.capitalized && sym(i - 1) != BOUNDARY)
        };
        let p = p as isize;
        let (l1, l2, r1, r2) = (sym(p - 1), sym(p - 2), sym(p + 1), sym(p + 2));
        let (c_l1, c_l2, c_r1, c_r2) = (cls(p - 1), cls(p - 2), cls(p + 1), cls(p + 2));
        let h = FeatureHash::new(set);
        let pair = |name: &str, a: &str, b: &str| h.piece(name).piece(a).piece(" ").piece(b);
        let mut keys = vec![
            h.piece("b"),
            h.piece("L1=").piece(l1),
            h.piece("R1=").piece(r1),
            pair("L2=", l2, l1),
            pair("R2=", r1, r2),
            pair("LR=", l1, r1),
            h.piece("cL1=").piece(c_l1),
            h.piece("cR1=").piece(c_r1),
            pair("cL2=", c_l2, c_l1),
            pair("cR2=", c_r1, c_r2),
            pair("cLR=", c_l1, c_r1),
            pair("L1cR1=", l1, c_r1),
            pair("cL1R1=", c_l1, r1),
        ];
        if seq[p as usize].capitalized && sym(p - 1) != BOUNDARY {
            keys.push(h.piece("cap"));
        }
        let mut seen: Vec<&str> = Vec::with_capacity(2 * WINDOW);
        let from = (p - WINDOW as isize).max(0) as usize;
        let to = (p as usize + WINDOW).min(seq.len().saturating_sub(1));
        for (i, s) in seq.iter().enumerate().take(to + 1).skip(from) {
            if i == p as usize || s.text.starts_with('<') || seen.contains(&s.text) {
                continue;
            }
            seen.push(s.text);
            keys.push(h.piece("W=").piece(s.text));
        }
        for key in keys {
            self.add(key.finish(), &mut scores);
        }
        let top = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let exps: Vec<f32> = scores.iter().map(|s| (s - top).exp()).collect();
        let z: f32 = exps.iter().sum();
        exps.into_iter().map(|e| e / z).collect()
    }

    /// How probable the model finds `member` in place of the word at token `i` (which must
    /// belong to the same set), for rules that weigh it with a grammatical cue.
    pub fn probability_of(&self, w: &Words, i: usize, member: &str) -> Option<f32> {
        let &(set, _) = self.member(w.lower(i))?;
        let j = self.sets[set].members.iter().position(|m| *m == member)?;
        let mut seq = Vec::new();
        let place = sequence_around(w, i, &mut seq);
        self.probabilities(set, &seq, place).get(j).copied()
    }

    /// Members in the paragraph that the sentence shows to be another member.
    pub fn alarms(&self, w: &Words) -> Vec<Alarm> {
        let mut seq = Vec::new();
        let mut out = Vec::new();
        for (i, token) in w.tokens.iter().enumerate() {
            if !token.is_checkable() {
                continue;
            }
            let Some(&(set, written)) = self.member(w.lower(i)) else {
                continue;
            };
            // A member never reported when written (its threshold is above any probability,
            // as for most members of the rule-derived sets) costs no features.
            if self.sets[set].thresholds[written] > 1.0 {
                continue;
            }
            let place = sequence_around(w, i, &mut seq);
            let probs = self.probabilities(set, &seq, place);
            let Some((right, &p)) = probs
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != written)
                .max_by(|a, b| a.1.total_cmp(b.1))
            else {
                continue;
            };
            if p >= self.sets[set].thresholds[written] {
                out.push(Alarm {
                    token: i,
                    right: self.sets[set].members[right],
                    probability: p,
                });
            }
        }
        out
    }
}

/// The paragraph as the features read it: words, and a boundary or comma symbol for
/// each gap that has one; with each token's place in it.
#[cfg(test)]
fn sequence<'w>(w: &'w Words) -> (Vec<Sym<'w>>, Vec<usize>) {
    let n = w.tokens.len();
    let mut seq: Vec<Sym> = Vec::with_capacity(n + n / 4);
    let place_of = (0..n).map(|i| push_token(w, i, &mut seq)).collect();
    (seq, place_of)
}

/// The part of [`sequence`] a member at token `i` reads, in `seq` (cleared first), and
/// the member's place in it: the tokens from `WINDOW` before to `WINDOW` after it, with
/// their gaps. Each token is at least one place, so that slice of the paragraph's
/// sequence holds every place `probabilities` reads (the window and two more before,
/// for a class's capital) and the same ones at the same distance; most paragraphs hold
/// few members, and the whole sequence cost ~20 instructions a token.
fn sequence_around<'w>(w: &'w Words, i: usize, seq: &mut Vec<Sym<'w>>) -> usize {
    seq.clear();
    let (from, to) = (
        i.saturating_sub(WINDOW),
        (i + WINDOW + 1).min(w.tokens.len()),
    );
    let mut place = 0;
    for k in from..to {
        let at = push_token(w, k, seq);
        if k == i {
            place = at;
        }
    }
    place
}

/// Appends token `i` to a sequence (after its gap's symbol, if any); returns its place.
fn push_token<'w>(w: &'w Words, i: usize, seq: &mut Vec<Sym<'w>>) -> usize {
    let gap = match w.tokens[i].gap {
        Gap::Start | Gap::Boundary => Some(BOUNDARY),
        Gap::Other => Some(COMMA),
        Gap::Space | Gap::Hyphen => None,
    };
    if let Some(g) = gap {
        seq.push(Sym {
            text: g,
            capitalized: false,
        });
    }
    let raw = w.raw(i);
    let text = if raw.bytes().any(|b| b.is_ascii_digit()) {
        NUM
    } else {
        w.lower(i)
    };
    seq.push(Sym {
        text,
        capitalized: super::names::is_capitalized(raw),
    });
    seq.len() - 1
}

const DET: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "every", "each", "any", "some", "no",
    "another", "such", "all", "both", "either", "neither",
];
const POSS: &[&str] = &["his", "her", "their", "its", "our", "your", "my", "whose"];
const PRON: &[&str] = &["i", "we", "you", "they", "he", "she", "it"];
const OBJ: &[&str] = &["him", "them", "us", "me"];
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];
const HAVE: &[&str] = &["has", "have", "had", "having"];
const DO: &[&str] = &["do", "does", "did"];
const MODAL: &[&str] = &[
    "will", "would", "shall", "should", "may", "might", "can", "could", "must", "cannot",
];
const PREP: &[&str] = &[
    "of", "in", "on", "at", "by", "for", "with", "from", "into", "upon", "under", "over", "about",
    "against", "between", "among", "through", "during", "without", "within", "before", "after",
    "to",
];
const CONJ: &[&str] = &["and", "or", "but", "nor"];
const WH: &[&str] = &[
    "who", "which", "that", "whom", "where", "when", "whether", "if", "because", "although",
    "while", "since", "unless",
];

/// A coarse part of speech from closed word classes and suffixes (the script's `word_class`).
fn word_class(sym: &str, capitalized: bool) -> &str {
    if sym.starts_with('<') {
        return sym;
    }
    if sym == "not" {
        return "NOT";
    }
    let closed: [(&str, &[&str]); 11] = [
        ("DET", DET),
        ("POSS", POSS),
        ("PRON", PRON),
        ("OBJ", OBJ),
        ("BE", BE),
        ("HAVE", HAVE),
        ("DO", DO),
        ("MODAL", MODAL),
        ("PREP", PREP),
        ("CONJ", CONJ),
        ("WH", WH),
    ];
    for (name, words) in closed {
        if words.contains(&sym) {
            return name;
        }
    }
    if capitalized {
        return "CAP";
    }
    if sym.ends_with("ly") {
        return "LY";
    }
    if sym.ends_with("ing") {
        return "ING";
    }
    if sym.ends_with("ed") {
        return "ED";
    }
    if ["tion", "ment", "ness", "ity", "ance", "ence"]
        .iter()
        .any(|e| sym.ends_with(e))
    {
        return "NOUN";
    }
    if ["able", "ible", "ous", "ive", "ful", "less", "ic", "al"]
        .iter()
        .any(|e| sym.ends_with(e))
    {
        return "ADJ";
    }
    if sym.ends_with('s') && !["ss", "us", "is"].iter().any(|e| sym.ends_with(e)) {
        return "S";
    }
    "W"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::tokenize::tokenize;

    impl Model {
        /// Probabilities of the members of `set` at token `token` (for the agreement test).
        fn alarms_debug(&self, w: &Words, token: usize, set: usize) -> Vec<f32> {
            let (seq, place_of) = sequence(w);
            self.probabilities(set, &seq, place_of[token])
        }
    }

    fn alarms(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        model()
            .map(|m| m.alarms(&w))
            .unwrap_or_default()
            .into_iter()
            .map(|a| (w.raw(a.token).to_string(), a.right.to_string()))
            .collect()
    }

    #[test]
    fn the_model_opens() {
        let m = model().expect("the embedded model opens");
        assert!(m.sets.len() >= 20, "{}", m.sets.len());
        assert!(m.is_member("affect") && m.is_member("trial"));
    }

    /// The script's `# check` lines: a sentence, a member's place and the probabilities
    /// the script computed. Rust must agree (same features, same weights).
    #[test]
    fn agrees_with_the_script() {
        let tsv = include_str!("../../data/realword.tsv");
        let m = model().expect("model");
        let mut checked = 0;
        for line in tsv.lines().filter_map(|l| l.strip_prefix("# check\t")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (text, token, want) = (cols[0], cols[1].parse::<usize>().expect("token"), cols[2]);
            let tokens = tokenize(text, &[]);
            let w = Words::new(text, &tokens);
            let Some(&(set, _)) = m.member_of.get(w.lower(token)) else {
                panic!("{text}: token {token} is no member");
            };
            // Rebuild the sequence as `alarms` does.
            let all = m.alarms_debug(&w, token, set);
            let want: Vec<f32> = want.split(' ').map(|x| x.parse().expect("prob")).collect();
            for (a, b) in all.iter().zip(&want) {
                assert!((a - b).abs() < 2e-3, "{text}: {all:?} vs {want:?}");
            }
            checked += 1;
        }
        assert!(checked >= 3, "{checked} check lines");
    }

    /// The window `alarms` builds around a member gives the very probabilities of the
    /// paragraph's whole sequence, on every member of the fixture opinions.
    #[test]
    fn window_sequence_equals_the_whole_on_the_opinions() {
        let m = model().expect("model");
        let texts = crate::test_fixtures::opinions();
        let mut members = 0;
        for text in &texts {
            for para in text.split("\n\n") {
                let tokens = tokenize(para, &[]);
                let w = Words::new(para, &tokens);
                let (seq, place_of) = sequence(&w);
                let mut window = Vec::new();
                for (i, &whole_place) in place_of.iter().enumerate() {
                    let Some(&(set, _)) = m.member(w.lower(i)) else {
                        continue;
                    };
                    let place = sequence_around(&w, i, &mut window);
                    let local = m.probabilities(set, &window, place);
                    let whole = m.probabilities(set, &seq, whole_place);
                    assert_eq!(local, whole, "{para:?} token {i}");
                    members += 1;
                }
            }
        }
        assert!(members > 1_000, "{members} members");
    }

    #[test]
    fn reports_clear_errors_only() {
        assert_eq!(
            alarms("The Court must except the allegations as true."),
            vec![("except".to_string(), "accept".to_string())]
        );
        assert!(alarms("The Court must accept the allegations as true.").is_empty());
    }
}
