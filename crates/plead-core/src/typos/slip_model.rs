//! One-letter slips that leave another word (`world` for `would`, `cold` for `could`,
//! `convection` for `conviction`), decided by how the neighbouring words are used in ~9M
//! words of public-domain opinions. `scripts/gen_slip_model.py` learns it: the written words
//! one edit from a word written more often (their candidates, `data/slip_model.tsv`) and the
//! n-gram counts around them (`data/slip_model.bin`, sorted hashed keys). One mechanism for
//! every pair, no rows.
//!
//! A written word is reported as a candidate only when the sentence shows it: the word was
//! never seen between its two neighbours, its kind of word (its parts of speech) stands
//! beside one of them far less often than chance, it was (almost) never seen beside either
//! word neighbour, the candidate was seen between them several times, each neighbour alone
//! favours the candidate, and the two together (naive-Bayes log odds of the neighbours given
//! each word) reach a threshold set so that correct opinions the model did not learn from
//! (the script's `calibrate` part) draw nothing. Precision first: a false alarm in a real
//! opinion costs more than a miss. The rule (`typo/slip`) is on since round 33.
//!
//! A written word almost never written in training, one letter from a function word written
//! a hundred times as often (`wen`/`when`, `dud`/`did`, `wee`/`were`), is evidence itself
//! (round 33): that pair skips the class test, needs the function word seen only once
//! between the neighbours (a Bloom filter of such trigrams, `data/slip_model.seen`) and adds
//! the log of the frequency ratio, halved, to its odds (the script's `rare_bonus`). And a
//! written word that begins or ends a trigram of its own seen a few times (`discussion off
//! the record`) is its own phrase, never a slip.
//!
//! Cost: most tokens are answered by a bitset of the written words' shapes (length, first
//! two bytes, last byte); the few that pass pay a hash lookup, and only written words read
//! the counts (an interpolation search each: the keys are hashes, spread evenly).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::tokenize::{Gap, Words};

static COUNTS: &[u8] = include_bytes!("../../data/slip_model.bin");
/// Word-class trigrams of the function words (round 37, `scripts/gen_slip_classes.py`): the
/// counts of (`#class`, x, r) and (l, x, `#class`) for every function word x of the model, in
/// the layout of [`COUNTS`].
static CLASS_COUNTS: &[u8] = include_bytes!("../../data/slip_classes.bin");
static TABLE: &str = include_str!("../../data/slip_model.tsv");
/// The class lift on both sides at or above which a rare written word is left alone.
const RARE_LIFT_MIN: f64 = 1.0;

/// Trigrams of the rare pairs' function words seen fewer times than the counts keep: a Bloom
/// filter of `SEEN_BITS` bits, `SEEN_HASHES` per trigram (the script's `seen_bits`).
static SEEN: &[u8] = include_bytes!("../../data/slip_model.seen");
const SEEN_BITS: u64 = 1 << 23;
const SEEN_HASHES: u64 = 6;

/// The neighbour bigrams beside which a function word may be a slip of another (`even it`,
/// `it burden`: the script's `function_triggers`, 6,337 lines since round 35): every other
/// function word is left before the counts are asked. Read when the model opens into two
/// bitsets of `TRIGGER_BITS` bits: one by the pair's shape ([`pair_shape_bit`], asked first: no
/// hashing), one by its FNV-1a hash.
static TRIGGERS: &str = include_str!("../../data/slip_model.fw");
const TRIGGER_BITS: usize = 1 << 18;

const SENTENCE: &str = "<s>";
const PUNCT: &str = "<p>";
const NUM: &str = "<num>";
const CAP: &str = "<cap>";

/// A written word's candidates (the most frequent first) and its class: `#` and its parts of
/// speech as `data/pos.tsv` writes them (`#NVB`), the symbol the class counts are kept under.
struct Entry {
    candidates: Vec<&'static str>,
    /// Per candidate: the prior a rare written word one letter from this function word adds
    /// to the odds (that pair keeps no class test and needs its trigram seen only once); None
    /// for every other pair.
    rare_bonus: Vec<Option<f64>>,
    class: &'static str,
    /// The word's own threshold where the calibrate part's correct text drove it over the
    /// common one (`are net present values`); minus infinity (the common one rules) else.
    threshold: f64,
    /// Bit k: candidate k is a function word (the table's `closed` line), the only candidates
    /// a slot of their own can ask for ([`SlipModel::by_slot`]). A mask, not a `Vec`: one
    /// allocation fewer for each of ~9,700 written words.
    closed: u32,
}

pub struct SlipModel {
    written: FxHashMap<&'static str, Entry>,
    /// A bit per (length, first two bytes, last byte) of the written words
    /// ([`shape_bit`]): ~2 % of the bits are set, so most tokens are answered here without
    /// hashing the word.
    shapes: Vec<u64>,
    threshold: f64,
    side_min: f64,
    tri_min: u32,
    w_max: u32,
    rho: f64,
    lift_max: f64,
    k: f64,
    total: f64,
    own_ngram_min: u32,
    rare_tri_min: u32,
    /// Round 38: a rare written word's open-class candidates past its class test
    /// ([`RareOpen`]); None when the table names no such bars.
    rare_open: Option<RareOpen>,
    /// Counts the keys cannot hold (65,535 and more: `the`, a class's size), by n-gram hash.
    big: FxHashMap<u64, u32>,
    /// Function words (the table's `closed` line) with the function words one edit away
    /// (`it`: `is`, `if`, `its`, `at`, `in`): a slip of one for another ([`Self::by_bigrams`]).
    /// Since round 35 also the common words of the `slips` line (`out`, `most`, `same`) with
    /// the words of either line one edit away (`our` → *out*, `must` → *most*).
    function_slips: FxHashMap<&'static str, Vec<&'static str>>,
    /// A bit per (length, first byte, last byte) of those words: most tokens stop here.
    function_shapes: Vec<u64>,
    /// A bit per trigger bigram's hash ([`TRIGGERS`]).
    triggers: Vec<u64>,
    /// A bit per trigger bigram's shape ([`pair_shape_bit`]).
    trigger_shapes: Vec<u64>,
}

/// A function word for a function word (round 34, `even it the Court` → *if*, `did nor appear`
/// → *not*): each neighbour's bigram is evidence, as the log ratio of how often it stands
/// beside the candidate and beside the written word (each per use of the word, half a sighting
/// added to both), plus the log ratio of the two words' frequencies. Either the neighbours
/// agree (neither below `FUNCTION_SIDE_MIN`), the sum reaches `FUNCTION_ODDS` and the candidate
/// was seen between the two neighbours `FUNCTION_TRI_MIN` times (`even if the`: 456); or one
/// neighbour is overwhelming (`FUNCTION_ONE_SIDE`: `satisfied it burden`, *its burden* 158
/// times, *it burden* never), the other no worse than neutral, the sum reaches
/// `FUNCTION_ONE_SIDE_ODDS` and the candidate's trigram was seen `FUNCTION_ONE_SIDE_TRI_MIN`
/// times. Set on the slip model's calibrate and test parts (1.76M words it never learned from)
/// and 824k words of New Mexico opinions: an agreeing sum of 9 drew `children where at least
/// one` (a relative `where`), one side at 6 with a trigram seen twice drew `much less that
/// that person's` and `this is who I said`.
const FUNCTION_ODDS: f64 = 10.0;
const FUNCTION_SIDE_MIN: f64 = -0.5;
const FUNCTION_TRI_MIN: u32 = 10;
const FUNCTION_ONE_SIDE: f64 = 6.0;
const FUNCTION_ONE_SIDE_ODDS: f64 = 9.0;
const FUNCTION_ONE_SIDE_TRI_MIN: u32 = 5;
const FUNCTION_SMOOTH: f64 = 0.5;
/// Round 35: both neighbours strong (each side at least `FUNCTION_BOTH_STRONG`), the sum at
/// `FUNCTION_ODDS`, and the candidate's trigram seen only `FUNCTION_BOTH_TRI_MIN` times, as
/// often as the counts keep a trigram (`the questions before is are` → *us*, `the must common
/// response` → *most*: each seen 4 times). Silent on the calibrate and test parts, the New
/// Mexico sample and the model's own 8M words.
const FUNCTION_BOTH_STRONG: f64 = 4.0;
/// The word-class back-off ([`SlipModel::by_classes`], round 37): the slot with each content
/// word's class must hold the candidate `CLASS_ODDS` (log) times as often as the written
/// word — about 3,000 times — and at least `CLASS_TRI_MIN` times; neither neighbour's own
/// bigram may speak against the candidate by more than `CLASS_SIDE_MIN`. Set on the slip
/// model's calibrate and test parts, the typo corpus's held-out part, the NYSCEF motion
/// papers and the shared opinions (1.6M words the model never learned from): at these bars
/// no alarm there; at odds of 7, three (`duty a to` → *as*, text that lost words), at 6,
/// thirteen.
const CLASS_ODDS: f64 = 8.0;
const CLASS_TRI_MIN: u32 = 10;
const CLASS_SIDE_MIN: f64 = -1.0;
const FUNCTION_BOTH_TRI_MIN: u32 = 3;

/// A function word's slot (round 34): the candidate stands before (or after) this neighbour at
/// least `SLOT_MIN` times in training and in at least `SLOT_SHARE` of all its uses (`must be`:
/// 2,416 of 7,826), and the written word never does (`mist be`, `shell be`, `gas been`).
const SLOT_MIN: u32 = 300;
const SLOT_SHARE: f64 = 0.05;
/// The odds a slot's evidence must reach (its own side, the other side when that one agrees,
/// and the rare-word prior), above the common threshold: one side carries most of it.
const SLOT_THRESHOLD: f64 = 8.0;
/// When the other neighbour's own counts say nothing for the candidate (`the landlord shall`:
/// never seen), its kind of word must stand beside the candidate at least as often as chance.
const SLOT_OTHER_LIFT_MIN: f64 = 1.0;

/// Round 38 (issue 16, common slips): a written word seen at most `max_count` times in
/// training whose kind of word fits both neighbours (`the heed for`: a noun after `the`, before
/// `for`) is not refuted by its class when an open-class candidate fills the slot well: the
/// candidate's trigram seen `tri_min` times (`the need for`: 152), the written word never seen
/// beside either word neighbour, each neighbour alone favouring the candidate by `side_min`,
/// and the context's odds (no prior) at `threshold`, above the common one. Only for a word
/// written in lower case (`Sam` at a sentence start is a name). Set on the calibrate and test
/// parts and the shared opinions (1.8M words the model never learned from): no finding there;
/// a class test lifted at 7.0 with a trigram of 20 drew `this conclusion is marred by` →
/// *barred* (7.08).
#[derive(Clone, Copy)]
struct RareOpen {
    max_count: u32,
    tri_min: u32,
    side_min: f64,
    threshold: f64,
}

pub struct Alarm {
    pub token: usize,
    pub right: &'static str,
}

static MODEL: LazyLock<Option<SlipModel>> = LazyLock::new(|| SlipModel::open(TABLE));

/// The embedded model (parsed on first use; None only if the table were damaged).
pub fn model() -> Option<&'static SlipModel> {
    MODEL.as_ref()
}

/// FNV-1a over the words of an n-gram joined by single spaces (the script's `fnv64`).
fn ngram_hash(words: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            h = (h ^ u64::from(b' ')).wrapping_mul(0x0100_0000_01b3);
        }
        for &b in w.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn key_at(table: &[u8], i: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&table[i * 8..i * 8 + 8]);
    u64::from_le_bytes(b)
}

/// The count under a hash (0 if never seen; 65,535 for that many or more). The table is
/// sorted u64 keys whose high 48 bits are the hash and low 16 bits the count. The keys are FNV-1a hashes, spread evenly over the 48 bits, so
/// each step guesses where the hash stands by interpolating between the ends of the range
/// (a handful of probes where a binary search of 1.3M keys takes 21); a range of a few keys
/// is searched by halves.
fn count_of_hash(hash: u64) -> u32 {
    count_in(COUNTS, hash)
}

/// [`count_of_hash`] in any table of that layout.
fn count_in(table: &[u8], hash: u64) -> u32 {
    let key_at = |i: usize| key_at(table, i);
    let want = hash >> 16;
    let (mut lo, mut hi) = (0usize, table.len() / 8);
    while hi - lo > 8 {
        let (low_key, high_key) = (key_at(lo) >> 16, key_at(hi - 1) >> 16);
        if want < low_key || want > high_key {
            return 0;
        }
        let span = u128::from(high_key - low_key).max(1);
        let offset = (u128::from(want - low_key) * (hi - 1 - lo) as u128 / span) as usize;
        let mid = lo + offset;
        let key = key_at(mid);
        match (key >> 16).cmp(&want) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return (key & 0xFFFF) as u32,
        }
    }
    while lo < hi {
        let mid = (lo + hi) / 2;
        let key = key_at(mid);
        match (key >> 16).cmp(&want) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return (key & 0xFFFF) as u32,
        }
    }
    0
}

/// Whether the trigram was seen at least `min` times: the counts, and for one seen fewer
/// times than they keep, the Bloom filter (a false yes, about one unseen trigram in 300,
/// only loosens this one bar).
fn seen_at_least(words: &[&str], min: u32) -> bool {
    let hash = ngram_hash(words);
    if count_of_hash(hash) >= min {
        return true;
    }
    let (h1, h2) = (hash & 0xFFFF_FFFF, (hash >> 32) | 1);
    (0..SEEN_HASHES).all(|i| {
        let bit = h1.wrapping_add(i.wrapping_mul(h2)) & (SEEN_BITS - 1);
        SEEN.get((bit / 8) as usize)
            .is_some_and(|byte| byte & (1 << (bit % 8)) != 0)
    })
}

/// 2^19 bits: 16 lengths × 32 × 32 × 32 byte classes.
const SHAPE_WORDS: usize = (1 << 19) / 64;

/// The bit of a word's shape: its length (15: or more) and the low five bits of its first,
/// second and last bytes, the same for a letter in either case (so a token's own bytes are
/// asked, before its lowercase form is looked up). None for words of fewer than three
/// bytes (no written word is).
fn shape_bit(b: &[u8]) -> Option<usize> {
    if b.len() < 3 {
        return None;
    }
    let five = |x: u8| usize::from(x & 31);
    Some((b.len().min(15) << 15) | (five(b[0]) << 10) | (five(b[1]) << 5) | five(b[b.len() - 1]))
}

/// The two neighbours of a written word and what the context test learned of them.
struct Neighbours<'a> {
    left: &'a str,
    right: &'a str,
    pl: f64,
    pr: f64,
    /// How often the written word was seen after `left` and before `right`.
    w_left: u32,
    w_right: u32,
}

/// What the context of both neighbours says.
enum Context {
    Found(&'static str),
    /// The written word is at home here (seen beside a neighbour as often as a candidate).
    Refuted,
    /// No candidate clears the context's bars; a function word's slot may still decide.
    Undecided,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// The candidate's slot is before the right neighbour (`must be`).
    Right,
    /// After the left neighbour (`did not`).
    Left,
}

/// The class symbol the counts keep a word's parts of speech under (`#NVB`, the script's
/// `class_of`; `#?` for a word WordNet does not know).
/// The classes of a function word's two neighbours for the back-off: a content word's,
/// None for a function word or a symbol.
type NeighbourClasses = (Option<ClassSymbol>, Option<ClassSymbol>);

/// A content word's class symbol (`#NVB`, as [`class_symbol`] writes it) in a small buffer:
/// no allocation on the keystroke path.
struct ClassSymbol {
    bytes: [u8; 8],
    len: usize,
}

impl ClassSymbol {
    /// None for a symbol (`<s>`) or a word the dictionary gives no parts of speech (the closed
    /// class: its own trigram is dense).
    fn of(word: &str, pos: u8) -> Option<ClassSymbol> {
        use super::word_table::{POS_ADJ, POS_ADV, POS_BASE_VERB, POS_NOUN, POS_PAST, POS_VERB};
        if word.starts_with('<') || pos == 0 {
            return None;
        }
        let mut out = ClassSymbol {
            bytes: [b'#'; 8],
            len: 1,
        };
        for (bit, letter) in [
            (POS_NOUN, b'N'),
            (POS_VERB, b'V'),
            (POS_BASE_VERB, b'B'),
            (POS_PAST, b'D'),
            (POS_ADJ, b'J'),
            (POS_ADV, b'R'),
        ] {
            if pos & bit != 0 {
                out.bytes[out.len] = letter;
                out.len += 1;
            }
        }
        (out.len > 1).then_some(out)
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("#?")
    }
}

fn class_symbol(pos: u8) -> String {
    use super::word_table::{POS_ADJ, POS_ADV, POS_BASE_VERB, POS_NOUN, POS_PAST, POS_VERB};
    let mut out = String::from("#");
    for (bit, letter) in [
        (POS_NOUN, 'N'),
        (POS_VERB, 'V'),
        (POS_BASE_VERB, 'B'),
        (POS_PAST, 'D'),
        (POS_ADJ, 'J'),
        (POS_ADV, 'R'),
    ] {
        if pos & bit != 0 {
            out.push(letter);
        }
    }
    if out.len() == 1 {
        out.push('?');
    }
    out
}

impl SlipModel {
    fn open(table: &'static str) -> Option<SlipModel> {
        let mut model = SlipModel {
            written: FxHashMap::default(),
            shapes: vec![0; SHAPE_WORDS],
            threshold: f64::INFINITY,
            side_min: 0.0,
            tri_min: 1,
            w_max: 0,
            rho: 0.0,
            lift_max: 0.0,
            k: 1.0,
            total: 1.0,
            own_ngram_min: u32::MAX,
            rare_tri_min: u32::MAX,
            rare_open: None,
            big: FxHashMap::default(),
            function_slips: FxHashMap::default(),
            function_shapes: vec![0; FUNCTION_SHAPE_WORDS],
            triggers: vec![0; TRIGGER_BITS / 64],
            trigger_shapes: vec![0; TRIGGER_BITS / 64],
        };
        for (a, b) in TRIGGERS.lines().filter_map(|line| line.split_once(' ')) {
            let bit = trigger_bit(ngram_hash(&[a, b]));
            model.triggers[bit / 64] |= 1 << (bit % 64);
            let bit = pair_shape_bit(a.as_bytes(), b.as_bytes());
            model.trigger_shapes[bit / 64] |= 1 << (bit % 64);
        }
        // A set: asked once per candidate of ~9,700 written words when the table opens.
        let mut closed: FxHashSet<&'static str> = FxHashSet::default();
        for line in table.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let mut fields = line.split('\t');
            let first = fields.next()?;
            if first == "param" {
                let (name, value) = (fields.next()?, fields.next()?);
                let v: f64 = value.parse().ok()?;
                match name {
                    "threshold" => model.threshold = v,
                    "side_min" => model.side_min = v,
                    "tri_min" => model.tri_min = v as u32,
                    "w_max" => model.w_max = v as u32,
                    "rho" => model.rho = v,
                    "lift_max" => model.lift_max = v,
                    "k" => model.k = v,
                    "total" => model.total = v,
                    "own_ngram_min" => model.own_ngram_min = v as u32,
                    "rare_tri_min" => model.rare_tri_min = v as u32,
                    "rare_open_max" => model.rare_open_mut().max_count = v as u32,
                    "rare_open_tri_min" => model.rare_open_mut().tri_min = v as u32,
                    "rare_open_side_min" => model.rare_open_mut().side_min = v,
                    "rare_open_threshold" => model.rare_open_mut().threshold = v,
                    _ => {}
                }
                continue;
            }
            if first == "closed" {
                let words: Vec<&'static str> = fields.next()?.split(' ').collect();
                model.add_function_slips(&words, &[]);
                closed = words.into_iter().collect();
                continue;
            }
            // Common words outside the closed class that slip into one another as function
            // words do (`points our that` → *out*): the bigram test only, never a slot.
            if first == "slips" {
                let common: Vec<&'static str> = fields.next()?.split(' ').collect();
                let mut closed_words: Vec<&'static str> = closed.iter().copied().collect();
                closed_words.sort_unstable();
                model.add_function_slips(&common, &closed_words);
                continue;
            }
            if first == "@count" {
                let (ngram, value) = (fields.next()?, fields.next()?);
                let words: Vec<&str> = ngram.split(' ').collect();
                model.big.insert(ngram_hash(&words), value.parse().ok()?);
                continue;
            }
            let candidates: Vec<&'static str> = fields.next()?.split(' ').collect();
            let class = fields.next()?;
            let own: Option<f64> = fields.next().and_then(|t| t.parse().ok());
            let rare_bonus: Vec<Option<f64>> = match fields.next() {
                Some(column) => column.split(' ').map(|t| t.parse().ok()).collect(),
                None => vec![None; candidates.len()],
            };
            if rare_bonus.len() != candidates.len() {
                return None;
            }
            let bit = shape_bit(first.as_bytes())?;
            model.shapes[bit / 64] |= 1 << (bit % 64);
            let closed = candidates
                .iter()
                .take(32)
                .enumerate()
                .filter(|(_, c)| closed.contains(*c))
                .fold(0u32, |mask, (k, _)| mask | 1 << k);
            model.written.insert(
                first,
                Entry {
                    candidates,
                    rare_bonus,
                    class,
                    threshold: own.unwrap_or(f64::NEG_INFINITY),
                    closed,
                },
            );
        }
        Some(model)
    }

    /// The round-38 bars, created closed (no word passes) until the table names them.
    fn rare_open_mut(&mut self) -> &mut RareOpen {
        self.rare_open.get_or_insert(RareOpen {
            max_count: 0,
            tri_min: u32::MAX,
            side_min: f64::INFINITY,
            threshold: f64::INFINITY,
        })
    }

    /// Each of `words` with the words one edit away among `words` and `others`, for the bigram
    /// test ([`Self::by_bigrams`]); and each of `others` gains the words of `words` one edit
    /// away (`our` → *out*, once `out` is a common slip).
    fn add_function_slips(&mut self, words: &[&'static str], others: &[&'static str]) {
        for &w in words.iter().chain(others) {
            let near: Vec<&'static str> = words
                .iter()
                .chain(if words.contains(&w) { others } else { &[] })
                .copied()
                .filter(|c| one_edit(w, c))
                .collect();
            if near.is_empty() {
                continue;
            }
            let bit = function_shape_bit(w.as_bytes());
            self.function_shapes[bit / 64] |= 1 << (bit % 64);
            let slips = self.function_slips.entry(w).or_default();
            for c in near {
                if !slips.contains(&c) {
                    slips.push(c);
                }
            }
        }
    }

    /// How often the n-gram was seen in training (0 if never).
    fn count(&self, words: &[&str]) -> u32 {
        let hash = ngram_hash(words);
        match count_of_hash(hash) {
            0xFFFF => self.big.get(&hash).copied().unwrap_or(0xFFFF),
            n => n,
        }
    }

    /// Whether some written word has the shape of these bytes (a token's, in any case).
    fn may_be_written(&self, bytes: &[u8]) -> bool {
        shape_bit(bytes).is_some_and(|bit| self.shapes[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The candidate the sentence wants in place of the written word `w`, if the evidence
    /// clears every bar: the context of both neighbours (the script's `best` and threshold),
    /// else a function word's own slot ([`Self::by_slot`]). The cheap questions come first:
    /// most written words in correct text stop at the trigram or at their class.
    fn decide(
        &self,
        w: &str,
        entry: &Entry,
        left: &str,
        right: &str,
        outer: (Option<&str>, Option<&str>),
        lowercase: bool,
    ) -> Option<&'static str> {
        if self.count(&[left, w, right]) > 0 {
            return None;
        }
        let mut n = Neighbours {
            left,
            right,
            // Each neighbour's own frequency, the floor every conditional is smoothed towards.
            pl: (f64::from(self.count(&[left])) + 1.0) / self.total,
            pr: (f64::from(self.count(&[right])) + 1.0) / self.total,
            w_left: 0,
            w_right: 0,
        };
        let c = match self.by_context(w, entry, &mut n, lowercase) {
            Context::Found(c) => c,
            Context::Refuted => return None,
            Context::Undecided => self.by_slot(w, entry, &n)?,
        };
        // The written word begins or ends a phrase of its own (`discussion off the record`):
        // asked last, for the few words that would be reported.
        let own_phrase = |words: [&str; 3]| self.count(&words) >= self.own_ngram_min;
        let (left2, right2) = outer;
        if right2.is_some_and(|r2| own_phrase([w, right, r2]))
            || left2.is_some_and(|l2| own_phrase([l2, left, w]))
        {
            return None;
        }
        Some(c)
    }

    /// log P(left | x) and log P(right | x), add-k smoothed towards the neighbour's own
    /// frequency (the script's `sides`).
    fn sides(&self, x: &str, x_left: u32, x_right: u32, n: &Neighbours) -> (f64, f64) {
        let count = f64::from(self.count(&[x]));
        (
            ((f64::from(x_left) + self.k * n.pl) / (count + self.k)).ln(),
            ((f64::from(x_right) + self.k * n.pr) / (count + self.k)).ln(),
        )
    }

    /// The model of rounds 32–33: the written word's kind fits one neighbour poorly, the
    /// candidate was seen between the two, and both neighbours favour it.
    fn by_context(&self, w: &str, entry: &Entry, n: &mut Neighbours, lowercase: bool) -> Context {
        let (left, right) = (n.left, n.right);
        // Its kind of word fits both neighbours (`to air the`, `has voted that`): a rare use
        // of a word, not a slip (the script's `class_lifts`).
        let size = f64::from(self.count(&[entry.class])) + 1.0;
        let lift_left = (f64::from(self.count(&[left, entry.class])) + 0.5) / size / n.pl;
        let lift_right = (f64::from(self.count(&[entry.class, right])) + 0.5) / size / n.pr;
        // A rare written word's pair with a function word keeps no class test (a word hardly
        // ever written has parts of speech that say little about where it stands).
        let class_fits = lift_left.min(lift_right) >= self.lift_max;
        // Still, a rare word whose kind sits where it stands at least as often as chance on
        // both sides is that word (`picked up food and ate dinner`: a past verb after `and`,
        // before its object).
        let fits_as_chance = lift_left.min(lift_right) >= RARE_LIFT_MIN;
        let context_silent =
            class_fits && (fits_as_chance || entry.rare_bonus.iter().all(Option::is_none));
        // (Round 38: a rare written word keeps its open-class candidates past the class test,
        // under the stricter bars of [`RareOpen`].)
        let rare_open = self
            .rare_open
            .filter(|r| lowercase && class_fits && self.count(&[w]) <= r.max_count);
        if context_silent && entry.closed == 0 && rare_open.is_none() {
            return Context::Refuted;
        }
        // Beside a word neighbour, the written word is never seen there, or hardly ever next
        // to how often a candidate is (a sentence end or a comma says too little). This bar
        // holds for the slots too (`in per se`, `we most effectively`).
        let is_word = |s: &str| !s.starts_with('<');
        n.w_left = self.count(&[left, w]);
        n.w_right = self.count(&[w, right]);
        if is_word(left) && n.w_left > self.w_max {
            let most = entry
                .candidates
                .iter()
                .map(|c| self.count(&[left, c]))
                .max()
                .unwrap_or(0);
            if f64::from(n.w_left) > self.rho * f64::from(most) {
                return Context::Refuted;
            }
        }
        if is_word(right) && n.w_right > self.w_max {
            let most = entry
                .candidates
                .iter()
                .map(|c| self.count(&[c, right]))
                .max()
                .unwrap_or(0);
            if f64::from(n.w_right) > self.rho * f64::from(most) {
                return Context::Refuted;
            }
        }
        if context_silent && rare_open.is_none() {
            return Context::Undecided;
        }
        // The written word never seen beside a word neighbour (the rare path's bar).
        let unseen_beside =
            (!is_word(left) || n.w_left == 0) && (!is_word(right) || n.w_right == 0);
        let (wl, wr) = self.sides(w, n.w_left, n.w_right, n);
        let mut best: Option<(f64, &'static str)> = None;
        for (k, (&c, &bonus)) in entry.candidates.iter().zip(&entry.rare_bonus).enumerate() {
            // Past the class test only by the rare path: an open-class candidate.
            let open = match (class_fits && bonus.is_none(), rare_open) {
                (false, _) => None,
                (true, Some(r)) if unseen_beside && k < 32 && entry.closed & (1 << k) == 0 => {
                    Some(r)
                }
                (true, _) => continue,
            };
            // A silent context (`picked up food and ate dinner`) is asked only by the rare path.
            if context_silent && open.is_none() {
                continue;
            }
            let attested = match (bonus, open) {
                (Some(_), _) => seen_at_least(&[left, c, right], self.rare_tri_min),
                (None, Some(r)) => self.count(&[left, c, right]) >= r.tri_min,
                (None, None) => self.count(&[left, c, right]) >= self.tri_min,
            };
            if !attested {
                continue;
            }
            let (cl, cr) = self.sides(c, self.count(&[left, c]), self.count(&[c, right]), n);
            let side_min = open.map_or(self.side_min, |r| r.side_min);
            if cl - wl < side_min || cr - wr < side_min {
                continue;
            }
            let odds = (cl - wl) + (cr - wr) + bonus.unwrap_or(0.0);
            if open.is_some_and(|r| odds < r.threshold) {
                continue;
            }
            if best.is_none_or(|(b, _)| odds > b) {
                best = Some((odds, c));
            }
        }
        match best.filter(|(odds, _)| *odds >= self.threshold.max(entry.threshold)) {
            Some((_, c)) => Context::Found(c),
            None => Context::Undecided,
        }
    }

    /// A function word's own slot (round 34): where the two neighbours were never seen with
    /// the candidate between them, one of them alone may still call for it — a word that
    /// follows the candidate in a good share of all its uses and never follows the written
    /// word (`detention mist be` → *must*, `the landlord shell be` → *shall*, `patient care gas
    /// been` → *has*, `did nit object` → *not*). The other neighbour must not speak against the
    /// candidate: its own counts favour it, or (never seen together, `landlord shall`) its
    /// kind of word stands beside the candidate at least as often as chance. Only function
    /// words are asked for, and the written word is never seen beside the slot's word.
    fn by_slot(&self, w: &str, entry: &Entry, n: &Neighbours) -> Option<&'static str> {
        let (left, right) = (n.left, n.right);
        let (wl, wr) = self.sides(w, n.w_left, n.w_right, n);
        let mut best: Option<(f64, &'static str)> = None;
        for (k, (&c, &bonus)) in entry
            .candidates
            .iter()
            .zip(&entry.rare_bonus)
            .enumerate()
            .take(32)
        {
            if entry.closed & (1 << k) == 0 {
                continue;
            }
            let c_total = f64::from(self.count(&[c]));
            let (c_left, c_right) = (self.count(&[left, c]), self.count(&[c, right]));
            let (cl, cr) = self.sides(c, c_left, c_right, n);
            for slot in [Slot::Right, Slot::Left] {
                let (slot_word, other_word, c_slot, w_slot) = match slot {
                    Slot::Right => (right, left, c_right, n.w_right),
                    Slot::Left => (left, right, c_left, n.w_left),
                };
                if slot_word.starts_with('<')
                    || w_slot > 0
                    || c_slot < SLOT_MIN
                    || f64::from(c_slot) < SLOT_SHARE * c_total
                {
                    continue;
                }
                // A lexical verb may take `not` after it in formal prose (`the objection
                // goes not to the statute but`): no slot for an auxiliary there.
                if slot == Slot::Right && right == "not" && entry.class.contains('V') {
                    continue;
                }
                let other_is_word = !other_word.starts_with('<');
                // A neighbour the model never saw (`in per capita`) says nothing either way.
                if other_is_word && self.count(&[other_word]) == 0 {
                    continue;
                }
                let (slot_odds, other_odds) = match slot {
                    Slot::Right => (cr - wr, cl - wl),
                    Slot::Left => (cl - wl, cr - wr),
                };
                let odds = if other_odds >= 0.0 {
                    slot_odds + other_odds
                } else if other_is_word
                    && self.kind_beside(other_word, c, slot) >= SLOT_OTHER_LIFT_MIN
                {
                    slot_odds
                } else {
                    continue;
                };
                let odds = odds + bonus.unwrap_or(0.0);
                if odds >= SLOT_THRESHOLD.max(entry.threshold) && best.is_none_or(|(b, _)| odds > b)
                {
                    best = Some((odds, c));
                }
            }
        }
        best.map(|(_, c)| c)
    }

    /// How much more often than chance the candidate stands beside words of the other
    /// neighbour's kind (its parts of speech, as the class counts keep them): after it for a
    /// right slot, before it for a left one.
    fn kind_beside(&self, other_word: &str, c: &str, slot: Slot) -> f64 {
        let class = class_symbol(super::dictionary::dictionary().pos(other_word));
        let size = f64::from(self.count(&[class.as_str()])) + 1.0;
        let together = match slot {
            Slot::Right => self.count(&[class.as_str(), c]),
            Slot::Left => self.count(&[c, class.as_str()]),
        };
        let p_c = (f64::from(self.count(&[c])) + 1.0) / self.total;
        (f64::from(together) + 0.5) / size / p_c
    }

    fn may_be_function_slip(&self, bytes: &[u8]) -> bool {
        bytes.len() <= FUNCTION_LEN_MAX && {
            let bit = function_shape_bit(bytes);
            self.function_shapes[bit / 64] & (1 << (bit % 64)) != 0
        }
    }

    /// A function word at token `i` that its two word neighbours show to be a slip of another
    /// ([`FUNCTION_ODDS`]): both neighbours lowercase words (a sentence end, a comma, a number
    /// or a name says too little) and neither the word itself; one of its two bigrams a
    /// trigger ([`TRIGGERS`]); the written word never seen between them; and not inside a
    /// phrase of its own (`would that be`, as [`Self::decide`] asks).
    fn function_alarm(&self, w: &Words, i: usize) -> Option<&'static str> {
        // Both neighbours plain lowercase words joined by spaces (what `left_symbol` and
        // `right_symbol` would give as words, asked cheaply: most function words stop here or
        // at the triggers).
        let next = w.tokens.get(i + 1)?;
        if i == 0 || w.tokens[i].gap != Gap::Space || next.gap != Gap::Space {
            return None;
        }
        if w.tokens[i].period_after {
            return None;
        }
        let plain = |k: usize| {
            let first = w.raw(k).bytes().next().unwrap_or(b'0');
            first.is_ascii_lowercase()
                || (first.is_ascii_uppercase() && w.tokens[k].starts_sentence())
        };
        let raw = w.raw(i);
        if !plain(i)
            || !plain(i - 1)
            || !plain(i + 1)
            || raw.bytes().all(|b| b.is_ascii_uppercase())
        {
            return None;
        }
        let (lower, left, right) = (w.lower(i), w.lower(i - 1), w.lower(i + 1));
        // A word beside itself (`in in`, text that lost words) is the doubled word's.
        if left == lower || right == lower {
            return None;
        }
        let is_trigger = |words: [&str; 2]| {
            let bit = pair_shape_bit(words[0].as_bytes(), words[1].as_bytes());
            self.trigger_shapes[bit / 64] & (1 << (bit % 64)) != 0 && {
                let bit = trigger_bit(ngram_hash(&words));
                self.triggers[bit / 64] & (1 << (bit % 64)) != 0
            }
        };
        if !is_trigger([left, lower]) && !is_trigger([lower, right]) {
            return None;
        }
        let candidates = self.function_slips.get(lower)?;
        if self.count(&[left, lower, right]) > 0 {
            return None;
        }
        let c = self.by_bigrams(lower, candidates, left, right, (w.pos(i - 1), w.pos(i + 1)))?;
        let own_phrase = |words: [&str; 3]| self.count(&words) >= self.own_ngram_min;
        let is_word = |s: &&str| !s.starts_with('<');
        if right_symbol(w, i + 1)
            .filter(is_word)
            .is_some_and(|r2| own_phrase([lower, right, r2]))
            || left_symbol(w, i - 1)
                .filter(is_word)
                .is_some_and(|l2| own_phrase([l2, left, lower]))
        {
            return None;
        }
        Some(c)
    }

    /// The candidate whose bigram evidence on both sides clears [`FUNCTION_ODDS`].
    fn by_bigrams(
        &self,
        w: &str,
        candidates: &[&'static str],
        left: &str,
        right: &str,
        neighbour_pos: (u8, u8),
    ) -> Option<&'static str> {
        let mut best: Option<(f64, &'static str)> = None;
        let mut written: Option<(f64, f64, f64)> = None;
        // The neighbours' classes for the back-off (from their cached parts of speech).
        let classes: NeighbourClasses = (
            ClassSymbol::of(left, neighbour_pos.0),
            ClassSymbol::of(right, neighbour_pos.1),
        );
        for &c in candidates {
            let seen_between = self.count(&[left, c, right]);
            // (Round 37: a trigram never seen or too rare asks the classes first, the words'
            // own bigrams after, for the few candidates the classes favour.)
            let back_off = if seen_between < FUNCTION_BOTH_TRI_MIN {
                match self.by_classes(w, c, (left, right), &classes) {
                    Some(odds) => Some(odds),
                    None => continue,
                }
            } else {
                None
            };
            let (w_total, w_left, w_right) = *written.get_or_insert_with(|| {
                (
                    f64::from(self.count(&[w])) + 1.0,
                    f64::from(self.count(&[left, w])) + FUNCTION_SMOOTH,
                    f64::from(self.count(&[w, right])) + FUNCTION_SMOOTH,
                )
            });
            let c_total = f64::from(self.count(&[c])) + 1.0;
            let c_left = f64::from(self.count(&[left, c])) + FUNCTION_SMOOTH;
            let c_right = f64::from(self.count(&[c, right])) + FUNCTION_SMOOTH;
            let by_left = (c_left / c_total).ln() - (w_left / w_total).ln();
            let by_right = (c_right / c_total).ln() - (w_right / w_total).ln();
            let odds = by_left + by_right + (c_total / w_total).ln();
            let (weaker, stronger) = (by_left.min(by_right), by_left.max(by_right));
            let agree = weaker >= FUNCTION_SIDE_MIN
                && odds >= FUNCTION_ODDS
                && seen_between >= FUNCTION_TRI_MIN;
            let one_side = stronger >= FUNCTION_ONE_SIDE
                && weaker >= 0.0
                && odds >= FUNCTION_ONE_SIDE_ODDS
                && seen_between >= FUNCTION_ONE_SIDE_TRI_MIN;
            let both_strong = weaker >= FUNCTION_BOTH_STRONG && odds >= FUNCTION_ODDS;
            if back_off.is_none() && (agree || one_side || both_strong) {
                if best.is_none_or(|(b, _)| odds > b) {
                    best = Some((odds, c));
                }
            } else if weaker >= CLASS_SIDE_MIN {
                // (Round 37: the trigram never seen or too rarely for the words' own odds:
                // `place for the`, 4 times; the word classes decide.)
                let odds = back_off.or_else(|| self.by_classes(w, c, (left, right), &classes));
                if let Some(odds) = odds {
                    if best.is_none_or(|(b, _)| odds > b) {
                        best = Some((odds, c));
                    }
                }
            }
        }
        best.map(|(_, c)| c)
    }

    /// Written words in the paragraph that the sentence shows to be a one-letter slip.
    /// The word-class back-off (round 37): where the words' own trigram is too rare to
    /// attest the candidate (`in place far the data` → *for*: `place for the` seen 4 times
    /// in 9M words), each neighbour that is a content word is replaced by its class, and the
    /// slot (`#NVB _ the`) is asked how often it held the candidate and how often the
    /// written word ([`CLASS_COUNTS`]): *for* 1,829 times, *far* never. The odds are the
    /// log ratio of the two counts (half a sighting added to each), the smaller when both
    /// neighbours are content words; the candidate must fill the slot `CLASS_TRI_MIN` times
    /// and the odds reach `CLASS_ODDS`. None when no neighbour is a content word (two
    /// function words: their own trigram is dense) or the bars are not met.
    fn by_classes(
        &self,
        w: &str,
        c: &str,
        (left, right): (&str, &str),
        classes: &NeighbourClasses,
    ) -> Option<f64> {
        let count = |words: [&str; 3]| count_in(CLASS_COUNTS, ngram_hash(&words));
        let mut odds: Option<f64> = None;
        for (l, r) in [
            classes.0.as_ref().map(|l| (l.as_str(), right)),
            classes.1.as_ref().map(|r| (left, r.as_str())),
        ]
        .into_iter()
        .flatten()
        {
            let with_c = count([l, c, r]);
            if with_c < CLASS_TRI_MIN {
                return None;
            }
            let with_w = count([l, w, r]);
            let ratio = ((f64::from(with_c) + 0.5) / (f64::from(with_w) + 0.5)).ln();
            odds = Some(odds.map_or(ratio, |o: f64| o.min(ratio)));
        }
        odds.filter(|o| *o >= CLASS_ODDS)
    }

    /// Whether the counts hold a word's bigrams: a written word or a candidate of one (the
    /// script keeps every bigram beside such a word, and no other).
    fn is_member(&self, word: &str) -> bool {
        // Built on the first misspelling that asks (about 12,000 words), sized once.
        static MEMBERS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
            let mut set = FxHashSet::default();
            if let Some(m) = model() {
                set.reserve(m.written.len() * 2);
                for (w, e) in &m.written {
                    set.insert(*w);
                    set.extend(e.candidates.iter().copied());
                }
            }
            set
        });
        MEMBERS.contains(word)
    }

    /// Round 38: which of a misspelling's first suggestions its neighbours call for, when it
    /// is not the first (`teach ross-cultural` → *cross*, written before a hyphen 1,022 of its
    /// 1,142 times, where *Ross* stands first by frequency). Each suggestion one edit away
    /// among the first [`RANK_TOP`] is weighed against the first by the two words'
    /// frequencies and, beside each word neighbour (a compound's hyphen counts; a sentence
    /// end or a comma does not), how often each stands there per use ([`Ranked`]): the odds
    /// of the three words under the model's bigrams, except that a neighbour a suggestion was
    /// never seen beside cannot speak for it. A later one is promoted when its odds reach
    /// [`RANK_MARGIN`] and it was seen beside a word neighbour [`RANK_MIN`] times. The first
    /// must be a word whose bigrams the counts keep (a written word or a candidate), else the
    /// order stands; a later one that is not, or is the written word in another case (`Th`),
    /// is passed over. The index to promote, if any.
    pub fn rank_by_context(&self, w: &Words, i: usize, suggestions: &[&str]) -> Option<usize> {
        let near = suggestions.len().min(RANK_TOP);
        if near < 2 {
            return None;
        }
        let left = rank_symbol_left(w, i)?;
        let right = rank_symbol_right(w, i)?;
        let evidence = |s: &str| !s.starts_with('<');
        let written = w.lower(i);
        let mut first = None;
        let mut best: Option<(f64, usize)> = None;
        for (k, word) in suggestions.iter().take(near).enumerate() {
            let mut buf = [0u8; 32];
            // A later suggestion that is the written word in another case (`Th` for `th`) is
            // never promoted; one whose bigrams the counts do not keep is passed over.
            let lower = match ascii_lower(word, &mut buf) {
                Some(lower) if self.is_member(lower) && (k == 0 || lower != written) => lower,
                _ if k == 0 => return None,
                _ => continue,
            };
            // Only a word neighbour (or a compound's hyphen) speaks: a sentence end or a comma
            // says little of the word before it.
            let cl = if evidence(left) {
                self.count(&[left, lower])
            } else {
                0
            };
            let cr = if evidence(right) {
                self.count(&[lower, right])
            } else {
                0
            };
            let total = f64::from(self.count(&[lower])) + 1.0;
            let side = |n: u32| (f64::from(n) + 0.5).ln() - total.ln();
            let ranked = Ranked {
                prior: total.ln(),
                left: evidence(left).then(|| (side(cl), cl)),
                right: evidence(right).then(|| (side(cr), cr)),
            };
            let Some(f) = &first else {
                if ranked.left.is_none() && ranked.right.is_none() {
                    return None;
                }
                first = Some(ranked);
                continue;
            };
            if cl.max(cr) < RANK_MIN {
                continue;
            }
            let odds = ranked.odds_over(f);
            if odds >= RANK_MARGIN && best.is_none_or(|(b, _)| odds > b) {
                best = Some((odds, k));
            }
        }
        best.map(|(_, k)| k)
    }

    pub fn alarms(&self, w: &Words) -> Vec<Alarm> {
        let mut out = Vec::new();
        let text = w.text.as_bytes();
        for (i, token) in w.tokens.iter().enumerate() {
            if !token.is_checkable() {
                continue;
            }
            let Some(bytes) = text.get(token.span.start..token.span.end) else {
                continue;
            };
            if self.may_be_function_slip(bytes) {
                if let Some(c) = self.function_alarm(w, i) {
                    out.push(Alarm { token: i, right: c });
                    continue;
                }
            }
            if !self.may_be_written(bytes) {
                continue;
            }
            let lower = w.lower(i);
            let Some(entry) = self.written.get(lower) else {
                continue;
            };
            // A capitalized word off a sentence start is a name or a heading's word.
            let raw = w.raw(i);
            if !token.starts_sentence() && super::names::is_capitalized(raw) {
                continue;
            }
            // A word in capitals is an initialism (`HMS filed opposition`) or a heading's.
            if raw.bytes().all(|b| !b.is_ascii_lowercase()) {
                continue;
            }
            let Some(left) = left_symbol(w, i) else {
                continue;
            };
            let Some(right) = right_symbol(w, i) else {
                continue;
            };
            // A word between two punctuation marks has no word to be judged by.
            if left.starts_with('<') && right.starts_with('<') {
                continue;
            }
            // The symbols beyond the neighbours (`<s>` and `<p>` too, as the script reads them).
            let left2 = if left.starts_with('<') {
                None
            } else {
                left_symbol(w, i - 1)
            };
            let right2 = if right.starts_with('<') {
                None
            } else {
                right_symbol(w, i + 1)
            };
            let lowercase = raw.bytes().all(|b| !b.is_ascii_uppercase());
            if let Some(c) = self.decide(lower, entry, left, right, (left2, right2), lowercase) {
                out.push(Alarm { token: i, right: c });
            }
        }
        out
    }
}

/// A suggestion's evidence for [`SlipModel::rank_by_context`]: the log of its count, and
/// beside each word neighbour the log of how often it stands there per use, with the count.
struct Ranked {
    prior: f64,
    left: Option<(f64, u32)>,
    right: Option<(f64, u32)>,
}

impl Ranked {
    /// The log odds of this suggestion over `first`: the two words' frequencies and each
    /// neighbour's conditional. A neighbour this suggestion was never seen beside counts
    /// for it nothing (`a cafe's employees`: *case* and *cane* never before `employees`, a
    /// silence that says less of the rare *cane*), only against it.
    fn odds_over(&self, first: &Ranked) -> f64 {
        let side = |mine: Option<(f64, u32)>, theirs: Option<(f64, u32)>| match (mine, theirs) {
            (Some((m, n)), Some((t, _))) if n > 0 => m - t,
            (Some((m, _)), Some((t, _))) => (m - t).min(0.0),
            _ => 0.0,
        };
        self.prior - first.prior + side(self.left, first.left) + side(self.right, first.right)
    }
}

/// How many of a misspelling's first suggestions [`SlipModel::rank_by_context`] weighs.
const RANK_TOP: usize = 5;
/// The log odds by which a later suggestion must beat the first.
const RANK_MARGIN: f64 = 2.0;
/// How often the promoted suggestion must have been seen beside a word neighbour.
const RANK_MIN: u32 = 5;

/// A word in lower case in `buf` (ASCII only; None for another letter or a longer word).
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !bytes.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// [`left_symbol`] for ranking suggestions: a compound's hyphen is `-`, as the script
/// writes it after a word (`cross-examination`); after a piece of one or two letters the
/// word is broken (`j-nto`), and nothing is ranked.
fn rank_symbol_left<'w>(w: &'w Words, i: usize) -> Option<&'w str> {
    match w.tokens[i].gap {
        Gap::Hyphen => (i > 0 && w.raw(i - 1).len() >= 3).then_some("-"),
        _ => left_symbol(w, i),
    }
}

/// [`right_symbol`] for ranking suggestions: `ross-cultural` has `-` on its right; before a
/// piece of one or two letters (`IL is onl-y requlred`, text read from a scan) the word is
/// broken, and nothing is ranked.
fn rank_symbol_right<'w>(w: &'w Words, i: usize) -> Option<&'w str> {
    if !w.tokens[i].period_after && w.tokens.get(i + 1).is_some_and(|t| t.gap == Gap::Hyphen) {
        return (w.raw(i + 1).len() >= 3).then_some("-");
    }
    right_symbol(w, i)
}

/// The longest function word with a slip partner asked about (`although`, `whether`).
const FUNCTION_LEN_MAX: usize = 8;
/// 2^13 bits: 8 lengths × 32 × 32 byte classes.
const FUNCTION_SHAPE_WORDS: usize = (1 << 13) / 64;

/// The bit of a short word's shape: its length and the low five bits of its first and last
/// bytes (either case). For `bytes.len() <= FUNCTION_LEN_MAX`.
fn function_shape_bit(b: &[u8]) -> usize {
    let five = |x: u8| usize::from(x & 31);
    let last = b.last().copied().unwrap_or(0);
    let first = b.first().copied().unwrap_or(0);
    ((b.len().saturating_sub(1) & 7) << 10) | (five(first) << 5) | five(last)
}

/// A pair of words' shape bit: each word's length and the low five bits of its first,
/// second and last bytes, mixed down to `TRIGGER_BITS` (a few instructions, no pass over
/// the bytes).
fn pair_shape_bit(a: &[u8], b: &[u8]) -> usize {
    let shape = |w: &[u8]| {
        let five = |i: usize| u64::from(w.get(i).copied().unwrap_or(0) & 31);
        (w.len().min(15) as u64) << 15
            | five(0) << 10
            | five(1) << 5
            | five(w.len().wrapping_sub(1))
    };
    let key = shape(a) << 19 | shape(b);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (TRIGGER_BITS - 1)
}

/// A trigger bigram's bit: the hash's high bits (the low ones hold counts elsewhere).
fn trigger_bit(hash: u64) -> usize {
    (hash >> 40) as usize & (TRIGGER_BITS - 1)
}

/// Whether two words are one edit apart: a letter inserted, dropped or replaced, or two
/// neighbours swapped (the script's `edits1`).
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len() as isize - rb.len() as isize {
        0 => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        1 => ra[1..] == *rb,
        -1 => *ra == rb[1..],
        _ => false,
    }
}

/// A hyphen or a soft hyphen right after a word (`hear\u{AD} ing`): the word goes on.
fn starts_with_hyphen(gap: &str) -> bool {
    gap.starts_with(['-', '\u{AD}', '\u{2010}'])
}

/// The text between tokens `a` and `b`.
fn between<'w>(w: &'w Words, a: usize, b: usize) -> &'w str {
    w.text
        .get(w.tokens[a].span.end..w.tokens[b].span.start)
        .unwrap_or("")
}

/// A token as a neighbour: `<num>` for a number, `<cap>` for a capitalized word off a
/// sentence start, else its lowercase form (the script's `symbols`).
fn symbol<'w>(w: &'w Words, k: usize) -> &'w str {
    let raw = w.raw(k);
    if raw.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return NUM;
    }
    let all_caps = raw.chars().all(|c| !c.is_lowercase());
    if !w.tokens[k].starts_sentence() && super::names::is_capitalized(raw) && !all_caps {
        return CAP;
    }
    w.lower(k)
}

/// What stands before token `i`: a sentence end, a punctuation mark, or the word; None
/// after a hyphen (a compound's part is left alone).
fn left_symbol<'w>(w: &'w Words, i: usize) -> Option<&'w str> {
    match w.tokens[i].gap {
        Gap::Start | Gap::Boundary => Some(SENTENCE),
        Gap::Other if i > 0 && starts_with_hyphen(between(w, i - 1, i)) => None,
        Gap::Other => Some(PUNCT),
        Gap::Hyphen => None,
        Gap::Space => Some(symbol(w, i - 1)),
    }
}

fn right_symbol<'w>(w: &'w Words, i: usize) -> Option<&'w str> {
    if w.tokens[i].period_after {
        return Some(SENTENCE);
    }
    let Some(next) = w.tokens.get(i + 1) else {
        return Some(SENTENCE);
    };
    match next.gap {
        Gap::Start | Gap::Boundary => Some(SENTENCE),
        // A line-end hyphen left in the text (`cir- cumstances`): a broken word.
        Gap::Other if starts_with_hyphen(between(w, i, i + 1)) => None,
        Gap::Other => Some(PUNCT),
        Gap::Hyphen => None,
        Gap::Space => Some(symbol(w, i + 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::tokenize::{tokenize_into, Words};

    fn alarms(text: &str) -> Vec<(String, String)> {
        let mut skips = Vec::new();
        let mut tokens = Vec::new();
        tokenize_into(text, &[], &mut skips, &mut tokens);
        let w = Words::new(text, &tokens);
        model()
            .expect("the slip model opens")
            .alarms(&w)
            .into_iter()
            .map(|a| (w.raw(a.token).to_string(), a.right.to_string()))
            .collect()
    }

    #[test]
    fn the_table_opens_and_counts_common_ngrams() {
        let m = model().expect("the slip model opens");
        assert!(m.written.len() > 1000);
        assert!(
            m.count(&["the"]) > 100_000,
            "counts past 65,535 are kept whole"
        );
        assert!(m.count(&["would", "not"]) > 100);
        assert_eq!(m.count(&["zzqx", "qqzz"]), 0);
    }

    #[test]
    fn a_slip_is_found_and_the_right_word_is_not() {
        assert_eq!(
            alarms("Jorge argued that the court cold not grant equitable relief."),
            vec![("cold".to_string(), "could".to_string())]
        );
        for text in [
            "Jorge argued that the court could not grant equitable relief.",
            "The cold weather delayed the hearing.",
        ] {
            assert_eq!(alarms(text), vec![], "{text}");
        }
    }
}
