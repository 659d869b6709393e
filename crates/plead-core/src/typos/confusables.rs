//! Real-word errors from data tables: a wrong word (or phrase), the intended one,
//! and the context cues that expose it. One matcher evaluates every row.
//!
//! Table format (`data/confusables.tsv`, `data/style.tsv`), tab-separated:
//! `wrong  right  cues  except  kind  note`
//!
//! * `wrong`, `right`: a word or phrase (`per say` → `per se`).
//! * `cues`: patterns separated by ` ; `; the row fires when one matches and no
//!   `except` pattern does. `*` alone matches everywhere; `-` never (a row that only
//!   vetoes the learned model of `realword.rs` where its `except` column matches:
//!   `sight` → `site` is no error in `at the sight of`).
//! * A pattern is slots separated by spaces, exactly one of them `_` (the wrong
//!   phrase). A slot is alternatives separated by `|`: a lowercase word (`of`,
//!   `plaintiff's`), `*` (any word), a class (`@det`, `@cap`, `@poss`, `@party`,
//!   `@pron`, `@modal`, `@be`, `@num`, `@bare`, `@past`, `@sing`, `@plural`), `^` (first slot only: sentence start), `,` (first
//!   slot only: a comma right before) or `$` (last slot only: sentence or clause end); `^`,
//!   `,` and `$` may stand beside words (`^|because`: a sentence start or *because*). Neighbouring slots must be
//!   separated by spaces or a hyphen only, so punctuation breaks a match.
//! * A cue `~a|b|c` instead matches when any of these words is within 15 words of the
//!   wrong phrase: a topic (`statue` near `bronze` or `monument` is a statue).
//! * `kind`: `confusable`, `nonstandard` (typo family) or `spelling`, `pleaded` (style family).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::tokenize::{Gap, Token, Words};
use super::{rules, Finding, Fix, Rule};

const CONFUSABLES: &str = include_str!("../../data/confusables.tsv");

#[derive(Debug, Clone, PartialEq, Eq)]
enum Alt {
    Word(String),
    Any,
    Class(Class),
    Start,
    End,
    /// `,` (first slot only): a comma right before the wrong phrase or the slot after it.
    Comma,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Det,
    Cap,
    Poss,
    Party,
    Pron,
    Modal,
    Be,
    Num,
    /// A bare verb that the dictionary knows as no noun or adjective (`establish`, `consider`):
    /// after `did no` it can only be `did not establish`.
    Bare,
    /// A past form that is no noun or adjective (`filed`, `submitted`): after `has know`.
    Past,
    /// A singular common noun in lower case, no irregular plural or collective (`regulation`,
    /// `record`; not `people`, `staff`, `data`): `This regulation provide` is `provides`.
    Sing,
    /// A regular plural noun in lower case whose singular is a noun (`facts`, `agreements`;
    /// not `news`, `series`, `process`), as agreement reads it (`grammar::is_plural_noun`):
    /// `The facts indicates` is `indicate`.
    Plural,
}

type Slot = Vec<Alt>;

/// One cue: the slots before the wrong phrase (nearest first) and after it.
#[derive(Debug, Clone, Default)]
struct Pattern {
    before: Vec<Slot>,
    after: Vec<Slot>,
    /// `~a|b|c`: any of these words within `NEAR` words either side (a topic cue:
    /// `statue` beside `bronze` or `monument` is a statue).
    near: Vec<String>,
}

/// How far a `~` cue looks either side of the wrong word.
const NEAR: usize = 15;

#[derive(Debug)]
pub struct Entry {
    pub wrong: Vec<String>,
    pub right: String,
    cues: Vec<Pattern>,
    except: Vec<Pattern>,
    pub rule: &'static Rule,
    pub note: String,
}

/// A parsed table, indexed by the first word of each wrong phrase.
pub struct Table {
    pub entries: Vec<Entry>,
    index: FxHashMap<String, Vec<usize>>,
    /// Bit `c % 64` of `heads[len]` is set when some wrong phrase starts with a word of
    /// byte length `len` whose first byte is `c`: skips most hash lookups.
    heads: [u64; 32],
    /// For the heads of byte length `len` and first byte `c`, at `[len][c % 64]`: the first
    /// bytes the next word may start with, and those the word before may start with, for
    /// some row of those heads to fire (see [`Neighbours`]). The frequent heads (`the`,
    /// `at`, `as`, `on`) fire only before a few words: most of their tokens stop here,
    /// before the hash lookup and the cues.
    next: Box<[[Bytes; 64]; 32]>,
    prev: Box<[[Bytes; 64]; 32]>,
}

/// A set of bytes (bit `b` of word `b / 64`).
type Bytes = [u64; 4];
const ALL_BYTES: Bytes = [u64::MAX; 4];

fn has_byte(set: &Bytes, b: u8) -> bool {
    set[usize::from(b / 64)] & (1 << (b % 64)) != 0
}

fn add_byte(set: &mut Bytes, b: u8) {
    set[usize::from(b / 64)] |= 1 << (b % 64);
}

/// A necessary condition on a row's neighbours, from its cues: the first bytes (lower case)
/// the word right after the wrong phrase's first word may start with, and those the word
/// right before it may start with; `ALL_BYTES` where a cue leaves that word free (a class,
/// `*`, `^`, `$`, `,`, a topic, no slot). A word after the first word of a phrase of two or
/// more words is the phrase's second word. Only a row whose every cue names the words of a
/// slot gets a smaller set, so the sets never reject a token some cue would match.
struct Neighbours {
    next: Bytes,
    prev: Bytes,
}

impl Neighbours {
    fn of(entry: &Entry) -> Neighbours {
        fn words_first_bytes(slot: Option<&Slot>) -> Bytes {
            let Some(slot) = slot else {
                return ALL_BYTES;
            };
            let mut set = [0u64; 4];
            for alt in slot {
                match alt {
                    Alt::Word(w) => match w.as_bytes().first() {
                        Some(&b) => add_byte(&mut set, b),
                        None => return ALL_BYTES,
                    },
                    _ => return ALL_BYTES,
                }
            }
            set
        }
        let union = |pick: &dyn Fn(&Pattern) -> Bytes| {
            if entry.cues.is_empty() {
                // (A veto-only row never fires.)
                return [0u64; 4];
            }
            let mut set = [0u64; 4];
            for p in &entry.cues {
                let b = if p.near.is_empty() {
                    pick(p)
                } else {
                    ALL_BYTES
                };
                for k in 0..4 {
                    set[k] |= b[k];
                }
            }
            set
        };
        let next = match entry.wrong.get(1) {
            Some(second) => {
                let mut set = [0u64; 4];
                match second.as_bytes().first() {
                    Some(&b) => add_byte(&mut set, b),
                    None => set = ALL_BYTES,
                }
                set
            }
            None => union(&|p: &Pattern| words_first_bytes(p.after.first())),
        };
        let prev = union(&|p: &Pattern| words_first_bytes(p.before.first()));
        Neighbours { next, prev }
    }
}

/// Why a table row was rejected.
#[derive(Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub reason: String,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| Table::parse(CONFUSABLES).0);

pub fn table() -> &'static Table {
    &TABLE
}

impl Table {
    /// Parses a table; bad rows are skipped and reported (a unit test holds the
    /// embedded tables free of them).
    pub fn parse(src: &str) -> (Table, Vec<RowError>) {
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        for (n, line) in src.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_row(line) {
                Ok(e) => entries.push(e),
                Err(reason) => errors.push(RowError {
                    line: n + 1,
                    reason,
                }),
            }
        }
        let mut index: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, e) in entries.iter().enumerate() {
            if let Some(head) = e.wrong.first() {
                index.entry(head.clone()).or_default().push(i);
            }
        }
        let mut heads = [0u64; 32];
        let mut next = Box::new([[[0u64; 4]; 64]; 32]);
        let mut prev = Box::new([[[0u64; 4]; 64]; 32]);
        for (head, rows) in &index {
            if let Some(&b) = head.as_bytes().first() {
                let (len, c) = (head.len().min(31), usize::from(b % 64));
                heads[len] |= 1 << c;
                for &e in rows {
                    let n = Neighbours::of(&entries[e]);
                    for k in 0..4 {
                        next[len][c][k] |= n.next[k];
                        prev[len][c][k] |= n.prev[k];
                    }
                }
            }
        }
        (
            Table {
                entries,
                index,
                heads,
                next,
                prev,
            },
            errors,
        )
    }

    /// Every row that fires in the paragraph, as (first token, token count, entry).
    pub fn matches<'t>(&'t self, words: &Words) -> Vec<(usize, usize, &'t Entry)> {
        let mut out = Vec::new();
        for i in 0..words.tokens.len() {
            if !words.tokens[i].is_checkable() {
                continue;
            }
            let lw = words.lower(i);
            // `Trial council's performance`: a row's noun in its possessive form is read
            // as the noun, and fixed keeping the `'s` (see `findings`).
            if let Some(stem) = possessive_stem(lw).filter(|_| !self.index.contains_key(lw)) {
                if let Some(candidates) = self.index.get(stem) {
                    for &e in candidates {
                        let entry = &self.entries[e];
                        if entry.wrong.len() == 1
                            && entry.wrong[0] == stem
                            && entry.cues.iter().any(|p| pattern_at(words, i, 1, p))
                            && !entry.except.iter().any(|p| pattern_at(words, i, 1, p))
                        {
                            out.push((i, 1, entry));
                        }
                    }
                }
                continue;
            }
            let first = lw.as_bytes().first().copied().unwrap_or(0);
            let (len, c) = (lw.len().min(31), usize::from(first % 64));
            if self.heads[len] & (1 << c) == 0 {
                continue;
            }
            // Every row of these heads wants a next (or previous) word joined to this one
            // and starting with one of a few letters: a token without one stops here.
            let next = &self.next[len][c];
            if *next != ALL_BYTES
                && !words
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| joined(t) && has_byte(next, first_byte(words.lower(i + 1))))
            {
                continue;
            }
            let prev = &self.prev[len][c];
            if *prev != ALL_BYTES
                && !(i > 0
                    && joined(&words.tokens[i])
                    && has_byte(prev, first_byte(words.lower(i - 1))))
            {
                continue;
            }
            let Some(candidates) = self.index.get(lw) else {
                continue;
            };
            for &e in candidates {
                let entry = &self.entries[e];
                let n = entry.wrong.len();
                if !phrase_at(words, i, &entry.wrong) {
                    continue;
                }
                let fires = entry.cues.iter().any(|p| pattern_at(words, i, n, p))
                    && !entry.except.iter().any(|p| pattern_at(words, i, n, p));
                if fires {
                    out.push((i, n, entry));
                }
            }
        }
        out
    }

    /// Whether a row for `wrong` → `right` says the context at token `i` is a correct
    /// use (its `except` column: `to effect a change`), vetoing the learned model.
    pub fn vetoes(&self, words: &Words, i: usize, right: &str) -> bool {
        let Some(candidates) = self.index.get(words.lower(i)) else {
            return false;
        };
        candidates.iter().any(|&e| {
            let entry = &self.entries[e];
            entry.wrong.len() == 1
                && entry.right.eq_ignore_ascii_case(right)
                && entry.except.iter().any(|p| pattern_at(words, i, 1, p))
        })
    }

    /// Findings for every match, with the intended word as the preferred fix.
    pub fn findings(&self, words: &Words) -> Vec<(usize, usize, Finding)> {
        self.matches(words)
            .into_iter()
            .map(|(i, n, entry)| {
                let span = crate::analysis::Span::new(
                    words.tokens[i].span.start,
                    words.tokens[i + n - 1].span.end,
                );
                let found = &words.text[span.start..span.end];
                let right = match_case(found, &entry.right);
                // A possessive's row keeps the writer's `'s` or `’s`.
                let by_stem = n == 1 && entry.wrong[0] != words.lower(i);
                let right = if by_stem {
                    let suffix = if found.ends_with("’s") {
                        "’s"
                    } else {
                        "'s"
                    };
                    format!("{right}{suffix}")
                } else {
                    right
                };
                let mut message = format!("“{found}” where “{right}” is probably meant");
                if let Some(why) = explanation(&entry.note) {
                    message.push_str(&format!(" ({why})"));
                }
                (
                    i,
                    n,
                    Finding::new(span, entry.rule, message)
                        .with_fix(Fix::replace(span, right, true)),
                )
            })
            .collect()
    }
}

/// The part of a row's note that explains the error to the writer. The note column mostly
/// names the sources a row came from (`MarqU, IPD`), which mean nothing in a message; an
/// explanation is a note that opens with a quotation (`“causes of action” (…)`) or the text in a
/// source's trailing parentheses (`Garner (therefor: for that thing)`).
fn explanation(note: &str) -> Option<&str> {
    let note = note.trim();
    if note.starts_with('“') {
        return Some(note);
    }
    let open = note.find('(')?;
    let inner = note[open + 1..].strip_suffix(')')?;
    (!inner.starts_with("vetoes")).then_some(inner)
}

fn parse_row(line: &str) -> Result<Entry, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 5 {
        return Err(format!(
            "expected at least 5 tab-separated columns, found {}",
            cols.len()
        ));
    }
    let wrong: Vec<String> = cols[0].split_whitespace().map(str::to_lowercase).collect();
    if wrong.is_empty() || cols[1].trim().is_empty() {
        return Err("empty wrong or right column".into());
    }
    let rule =
        rule_for_kind(cols[4].trim()).ok_or_else(|| format!("unknown kind {:?}", cols[4]))?;
    let cues = parse_patterns(cols[2])?;
    // `-`: a row that never fires itself, only vetoes the learned model with its
    // `except` column.
    if cues.is_empty() && cols[2].trim() != "-" {
        return Err("no cue (use * to match everywhere, - for a veto-only row)".into());
    }
    Ok(Entry {
        wrong,
        right: cols[1].trim().to_string(),
        cues,
        except: parse_patterns(cols[3])?,
        rule,
        note: cols.get(5).map_or("", |s| s.trim()).to_string(),
    })
}

fn rule_for_kind(kind: &str) -> Option<&'static Rule> {
    match kind {
        "confusable" => Some(&rules::CONFUSABLE),
        "nonstandard" => Some(&rules::NONSTANDARD),
        "spelling" => Some(&rules::STYLE_SPELLING),
        "pleaded" => Some(&rules::STYLE_PLEADED),
        "ensure" => Some(&rules::STYLE_ENSURE),
        _ => None,
    }
}

fn parse_patterns(col: &str) -> Result<Vec<Pattern>, String> {
    let mut out = Vec::new();
    for cue in col
        .split(';')
        .map(str::trim)
        .filter(|c| !c.is_empty() && *c != "-")
    {
        if cue == "*" {
            out.push(Pattern::default());
            continue;
        }
        if let Some(words) = cue.strip_prefix('~') {
            out.push(Pattern {
                near: words.split('|').map(str::to_lowercase).collect(),
                ..Pattern::default()
            });
            continue;
        }
        let slots: Vec<&str> = cue.split_whitespace().collect();
        let Some(hole) = slots.iter().position(|s| *s == "_") else {
            return Err(format!("cue {cue:?} has no _"));
        };
        let parse = |s: &&str| {
            s.split('|')
                .map(parse_alt)
                .collect::<Result<Slot, String>>()
        };
        let mut before = slots[..hole]
            .iter()
            .map(parse)
            .collect::<Result<Vec<_>, _>>()?;
        before.reverse();
        let after = slots[hole + 1..]
            .iter()
            .map(parse)
            .collect::<Result<Vec<_>, _>>()?;
        out.push(Pattern {
            before,
            after,
            near: Vec::new(),
        });
    }
    Ok(out)
}

fn parse_alt(s: &str) -> Result<Alt, String> {
    Ok(match s {
        "*" => Alt::Any,
        "^" => Alt::Start,
        "$" => Alt::End,
        "," => Alt::Comma,
        "_" => return Err("a second _ in one cue".into()),
        class if class.starts_with('@') => Alt::Class(match class {
            "@det" => Class::Det,
            "@cap" => Class::Cap,
            "@poss" => Class::Poss,
            "@party" => Class::Party,
            "@pron" => Class::Pron,
            "@modal" => Class::Modal,
            "@be" => Class::Be,
            "@num" => Class::Num,
            "@bare" => Class::Bare,
            "@past" => Class::Past,
            "@sing" => Class::Sing,
            "@plural" => Class::Plural,
            other => return Err(format!("unknown class {other}")),
        }),
        word => Alt::Word(word.to_lowercase()),
    })
}

/// The wrong phrase starts at token `i` (its words separated by spaces only).
fn phrase_at(words: &Words, i: usize, phrase: &[String]) -> bool {
    phrase.iter().enumerate().all(|(k, w)| {
        let j = i + k;
        j < words.tokens.len()
            && words.lower(j) == w
            && (k == 0 || words.tokens[j].gap == Gap::Space)
            && words.tokens[j].is_checkable()
    })
}

/// The noun of a singular possessive (`council's` → `council`), or None. Not a contraction
/// of `is` or `us` after a word that is no noun (`there's`, `that's`, `let's`, `who's`).
fn possessive_stem(lower: &str) -> Option<&str> {
    const CONTRACTED: &[&str] = &[
        "there",
        "here",
        "that",
        "what",
        "who",
        "where",
        "when",
        "how",
        "let",
        "she",
        "one",
        "everyone",
        "someone",
        "anyone",
        "nobody",
        "everybody",
        "somebody",
        "anybody",
        "this",
        "why",
        "it",
    ];
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .filter(|stem| stem.len() >= 3 && !CONTRACTED.contains(stem))
}

fn first_byte(word: &str) -> u8 {
    word.as_bytes().first().copied().unwrap_or(0)
}

fn joined(t: &Token) -> bool {
    matches!(t.gap, Gap::Space | Gap::Hyphen)
}

fn pattern_at(words: &Words, i: usize, n: usize, p: &Pattern) -> bool {
    let toks = words.tokens;
    if !p.near.is_empty() {
        let from = i.saturating_sub(NEAR);
        let to = (i + n + NEAR).min(toks.len());
        return (from..to)
            .any(|j| (j < i || j >= i + n) && p.near.iter().any(|w| words.lower(j) == w));
    }
    // Before: slot k looks at token i-1-k, joined to the token after it.
    for (k, slot) in p.before.iter().enumerate() {
        let after_tok = i - k; // the token right of the one this slot examines
                               // (`^|because`: a sentence start, or else one of the slot's words.)
        if slot.contains(&Alt::Start) && toks[after_tok].starts_sentence() {
            continue;
        }
        // (`,`: a comma right before, `…, whole position is`; the slot is the last.)
        if slot.contains(&Alt::Comma) && words.comma_before(after_tok) {
            continue;
        }
        if after_tok == 0 || !joined(&toks[after_tok]) {
            return false;
        }
        if !slot.iter().any(|a| alt_matches(words, after_tok - 1, a)) {
            return false;
        }
    }
    for (k, slot) in p.after.iter().enumerate() {
        let j = i + n + k;
        // (`of|$`: the end of the clause, or else one of the slot's words.)
        if slot.contains(&Alt::End) && (j >= toks.len() || !joined(&toks[j])) {
            continue;
        }
        if j >= toks.len() || !joined(&toks[j]) {
            return false;
        }
        if !slot.iter().any(|a| alt_matches(words, j, a)) {
            return false;
        }
    }
    true
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "your", "my", "any", "each", "every", "no", "some", "such", "another",
];
const PARTIES: &[&str] = &[
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "petitioner",
    "petitioners",
    "respondent",
    "respondents",
    "appellant",
    "appellants",
    "appellee",
    "appellees",
    "movant",
    "movants",
    "party",
    "parties",
    "court",
    "government",
    "state",
    "debtor",
    "creditor",
];
const PRONOUNS: &[&str] = &["i", "we", "you", "they", "he", "she", "it"];
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "may", "might", "can", "could", "must", "cannot", "to",
];
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

fn alt_matches(words: &Words, j: usize, alt: &Alt) -> bool {
    let lw = words.lower(j);
    match alt {
        Alt::Word(w) => lw == w,
        Alt::Any => true,
        Alt::Start | Alt::End | Alt::Comma => false,
        Alt::Class(c) => match c {
            Class::Det => DETERMINERS.contains(&lw),
            Class::Cap => words.raw(j).chars().next().is_some_and(char::is_uppercase),
            Class::Poss => {
                lw.ends_with("'s")
                    || lw.ends_with("’s")
                    || lw.ends_with("s'")
                    || lw.ends_with("s’")
                    || matches!(lw, "his" | "her" | "their" | "its" | "our" | "your" | "my")
            }
            Class::Party => {
                let base = super::names::trim_possessives(lw.trim_end_matches(['\'', '’']));
                PARTIES.contains(&base)
            }
            Class::Pron => PRONOUNS.contains(&lw),
            Class::Modal => MODALS.contains(&lw),
            Class::Be => BE.contains(&lw),
            Class::Num => lw.starts_with(|c: char| c.is_ascii_digit()),
            Class::Bare => verb_only(words, j, super::word_table::POS_BASE_VERB),
            Class::Past => verb_only(words, j, super::word_table::POS_PAST),
            Class::Sing => lower_case(words, j) && singular_noun(words, j),
            Class::Plural => lower_case(words, j) && super::grammar::is_plural_noun(lw),
        },
    }
}

/// A word the dictionary tags with `form` and as no noun or adjective: the classes `@bare`
/// and `@past` must not take `harm` (`did no harm`) or `settled` (`has settled law`).
fn verb_only(words: &Words, j: usize, form: u8) -> bool {
    use super::word_table::{POS_ADJ, POS_NOUN};
    // (No word of one or two letters is a verb only: `of a`, `of an` need no look-up.)
    if words.lower(j).len() < 3 {
        return false;
    }
    let pos = words.pos(j);
    pos & form != 0 && pos & (POS_NOUN | POS_ADJ) == 0
}

fn lower_case(words: &Words, j: usize) -> bool {
    words.raw(j).starts_with(|c: char| c.is_ascii_lowercase())
}

/// Nouns that take a plural verb though they do not end in `s`, or that name a group.
const NOT_SINGULAR: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "personnel",
    "data",
    "media",
    "criteria",
    "cattle",
    "public",
    "majority",
    "minority",
    "rest",
    "remainder",
    "latter",
    "former",
    "elderly",
    "poor",
    "rich",
    "wealthy",
    "young",
    "jury",
    "crew",
    "faculty",
    "family",
    "team",
    "board",
    "council",
    "committee",
    "government",
    "clergy",
    "youth",
    "both",
    "few",
    "many",
    "most",
    "others",
    "same",
    "might",
    "may",
    "will",
    "can",
    "must",
    "shall",
];
/// `@sing`: a noun that does not end in `s`, is no irregular plural or collective, and no
/// modal or adverb (`This might indicate`, `This still`).
fn singular_noun(words: &Words, j: usize) -> bool {
    use super::word_table::{POS_ADV, POS_NOUN};
    let lw = words.lower(j);
    if lw.ends_with('s') || NOT_SINGULAR.contains(&lw) {
        return false;
    }
    let pos = words.pos(j);
    !lw.ends_with('s') && !NOT_SINGULAR.contains(&lw) && pos & POS_NOUN != 0 && pos & POS_ADV == 0
}

/// `right` written in the case of `found` (`Statue` → `Statute`, `TRAIL` → `TRIAL`).
pub fn match_case(found: &str, right: &str) -> String {
    let letters: Vec<char> = found.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return right.to_uppercase();
    }
    if found.chars().next().is_some_and(char::is_uppercase) {
        let mut c = right.chars();
        return c
            .next()
            .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect());
    }
    right.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_explain_and_never_name_a_bare_source() {
        assert_eq!(explanation("MarqU, IPD"), None);
        assert_eq!(explanation("heuristic"), None);
        assert_eq!(
            explanation("heuristic (vetoes the learned model: “at the sight of”)"),
            None
        );
        assert_eq!(
            explanation("Garner (therefor: for that thing)"),
            Some("therefor: for that thing")
        );
        assert_eq!(
            explanation("“causes of action” (the plural is on “causes”)"),
            Some("“causes of action” (the plural is on “causes”)")
        );
    }
    use crate::typos::tokenize::tokenize;

    fn fired(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text, &[]);
        let words = Words::new(text, &tokens);
        table()
            .findings(&words)
            .into_iter()
            .map(|(_, _, f)| {
                (
                    text[f.span.start..f.span.end].to_string(),
                    f.fixes[0].edits[0].new_text.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn embedded_table_parses_cleanly_and_is_large() {
        let (t, errors) = Table::parse(CONFUSABLES);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(t.entries.len() >= 100, "{}", t.entries.len());
    }

    /// Round 24's cues, each from a real sentence of a development set or a held-out set
    /// already measured: `waved` with a bare or modified object, `for appeal`, after
    /// `been`; `persecution` as a party (and its possessive); `except`/`accept`, `excepted`
    /// for `accepted`; `effected` an outcome; and their correct uses.
    #[test]
    fn round_24_cues() {
        for (text, found, right) in [
            (
                "Appellant agreed to pay restitution as ordered as part of plea agreement and therefore waved challenge to amount based on ability to pay.",
                "waved",
                "waived",
            ),
            (
                "Father's multiple ineffective assistance of counsel claims lack merit and are also waved for appeal.",
                "waved",
                "waived",
            ),
            (
                "Defendant testified that although the fee had been waved in the past, he would not waive it again.",
                "waved",
                "waived",
            ),
            (
                "The State waved its sovereign immunity by removing the case to federal court.",
                "waved",
                "waived",
            ),
            (
                "That is not to say that appellant suffered no prejudice; the persecution's presentation of evidence probative of guilt is always prejudicial from a defendant's point of view.",
                "persecution's",
                "prosecution's",
            ),
            (
                "We think it clear that a successful prosecutorial misconduct argument must be premised upon independent evidence that the persecution was somehow improperly motivated.",
                "persecution",
                "prosecution",
            ),
            (
                "The court also found that he needs to take his medication and except support.",
                "except",
                "accept",
            ),
            (
                "Public Storage also excepted payment for the leased space from Quincle.",
                "excepted",
                "accepted",
            ),
            (
                "The Commission does not accept to any of the hearing judge's conclusions of law.",
                "accept",
                "except",
            ),
            (
                "The deviation from the approved method could not have effected the reliability or accuracy of the test results.",
                "effected",
                "affected",
            ),
        ] {
            assert_eq!(fired(text), vec![(found.into(), right.into())], "{text}");
        }
        for ok in [
            "The driver had been waved through by the guard.",
            "The gun had been waved in the air during the robbery.",
            "She fled, and the persecution was on account of her religion, so she sought asylum.",
            "The deed excepted the mineral rights from the conveyance.",
            "The statute applies to all claims except those arising under state law.",
            "The court will except the plaintiff from the rule.",
            "The clerk must accept for filing any paper presented.",
            "The parties effected the transfer of title.",
        ] {
            assert!(fired(ok).is_empty(), "{ok}: {:?}", fired(ok));
        }
    }

    /// Round 26's cues, each from a real sentence of the round-26 development set or of a
    /// held-out set already measured (the Second Amendment's text for `bare arms`), and the
    /// correct uses of the same words.
    #[test]
    fn round_26_cues() {
        for (text, found, right) in [
            (
                "At the meeting of creditors, Reilly reiterated that she sought to keep the equipment in her possession; she would rather discontinue the bankruptcy proceeding, she made plain, than loose her equipment.",
                "loose",
                "lose",
            ),
            (
                "The trial court found victim more credible than appellant, and a review of the record shows that the trial court as trier of fact did not clearly loose its way and create a manifest miscarriage of justice.",
                "loose",
                "lose",
            ),
            (
                "Admittedly, Spisak has never identified Beck as the source of the constitutional infirmity at issue in this case, nor did the courts below site or rely upon it.",
                "site",
                "cite",
            ),
            (
                "Issues are not adequately briefed when an appealing party fails to site any supporting authority, and this Court will not consider them on appeal.",
                "site",
                "cite",
            ),
            (
                "This conclusion, moreover, is supported by the plain text of the very statute sited by the majority.",
                "sited",
                "cited",
            ),
            (
                "The Commission, in turn, may designate a sight as historic only if it is voted upon by a majority of the full governing body.",
                "sight",
                "site",
            ),
            (
                "Social scientists, for example, have found casual evidence that playing these games results in harm.",
                "casual",
                "causal",
            ),
            (
                "Most district court rulings on these matters involve the routine application of settled legal principals.",
                "principals",
                "principles",
            ),
            (
                "Pierce does not explain why that statutory limitation may not be similarly waved.",
                "waved",
                "waived",
            ),
            (
                "This appeal pertains to the civil personal injury persecution of statutory and common law claims arising from allegations of sexual abuse committed fifty-five years ago against a child by his sister, who also was a minor when the acts occurred.",
                "persecution",
                "prosecution",
            ),
            (
                "They contend that precluding organizational liability may foreclose effective remedies for victims and there relatives for any number of reasons.",
                "there",
                "their",
            ),
            (
                "Because Schwab did not object within the time proscribed by Rule 4003(b), Reilly asserted that the estate forfeited its claim to such value.",
                "proscribed",
                "prescribed",
            ),
            (
                "A well regulated Militia, being necessary to the security of a free State, the right of the people to keep and bare Arms, shall not be infringed.",
                "bare",
                "bear",
            ),
        ] {
            assert_eq!(fired(text), vec![(found.into(), right.into())], "{text}");
        }
        for ok in [
            "The Eighth Amendment forbids the punishments proscribed by the Constitution, and the statute proscribed the conduct.",
            "A loose reading of the statute would not lose its meaning.",
            "The county sited the plant near the river, and the site was chosen by the board.",
            "The officer fired at the sight of the gun.",
            "A casual observer would not notice the defect.",
            "The school principals and their agents met with the board.",
            "Her bare arms were bruised, and the right to keep and bear arms is not at issue.",
            "There are relatives who may testify, and there is no failure of proof.",
            "The courts below did not cite or rely upon it.",
        ] {
            assert!(fired(ok).is_empty(), "{ok}: {:?}", fired(ok));
        }
    }

    /// Session 41: a row's noun in its possessive form (heldout21, a Texas appellant's
    /// brief: `Trial council's performance`), fixed keeping the `'s`; contractions of `is`
    /// after words that are no nouns stay the rows' business.
    #[test]
    fn possessives_of_a_rows_noun() {
        assert_eq!(
            fired("Trial council's performance was deficient per the standard set forth in Strickland."),
            vec![("council's".into(), "counsel's".into())]
        );
        assert_eq!(
            fired("The record shows that defense council’s advice was wrong."),
            vec![("council’s".into(), "counsel’s".into())]
        );
        for ok in [
            "The city council's decision was upheld, and the council's minutes say so.",
            "Trial counsel's performance was deficient.",
            "There's opposition to the motion, and there's no reason to deny it.",
            "That's the plaintiff's own opposition.",
        ] {
            assert!(fired(ok).is_empty(), "{ok}: {:?}", fired(ok));
        }
    }

    /// Round 23's cues: a passive `waved`, `discreet` before the nouns of separateness,
    /// `bare no similarity`, a criminal `persecution`; and their correct uses.
    #[test]
    fn round_23_cues() {
        for (text, found, right) in [
            (
                "Sovereign immunity can only be waved by an Act of the General Assembly.",
                "waved",
                "waived",
            ),
            (
                "The claims arise from discreet proceedings.",
                "discreet",
                "discrete",
            ),
            ("The two statutes bare no similarity.", "bare", "bear"),
            (
                "The ruling did not effect the parties' rights.",
                "effect",
                "affect",
            ),
            (
                "The error does not effect the sentence.",
                "effect",
                "affect",
            ),
            (
                "He sued for malicious persecution.",
                "persecution",
                "prosecution",
            ),
            (
                "The persecution rested after calling two witnesses.",
                "persecution",
                "prosecution",
            ),
        ] {
            assert_eq!(fired(text), vec![(found.into(), right.into())], "{text}");
        }
        for ok in [
            "The officer waved the car through the checkpoint.",
            "He moved to a more discreet location before the sale.",
            "The record is bare.",
            "The parties did not effect the transfer.",
            "Congress sought to effect a change in the law.",
            "Past persecution of a family does not extend to the persecution of a social group.",
            "She has a well-founded fear of persecution.",
        ] {
            assert!(fired(ok).is_empty(), "{ok}: {:?}", fired(ok));
        }
    }

    #[test]
    fn cues_fire_in_context_only() {
        assert_eq!(
            fired("The trail court erred."),
            vec![("trail".into(), "trial".into())]
        );
        assert!(fired("There is a paper trail here.").is_empty());
        assert_eq!(
            fired("the two-year statue of limitations"),
            vec![("statue".into(), "statute".into())]
        );
        assert!(fired("the statue in the park").is_empty());
        assert!(fired("the form of the order").is_empty());
        assert_eq!(
            fired("Such conduct is not a violation per say."),
            vec![("per say".into(), "per se".into())]
        );
    }

    #[test]
    fn the_listed_legal_confusables_are_caught() {
        let cases = [
            ("The trail court erred.", "trail", "trial"),
            ("the statue of limitations ran", "statue", "statute"),
            ("it serves the pubic interest", "pubic", "public"),
            ("Plaintiff seeks documents form the agency.", "form", "from"),
            ("no casual connection exists", "casual", "causal"),
            ("its principle place of business", "principle", "principal"),
            ("opposing council objected", "council", "counsel"),
            ("failed to preform its obligations", "preform", "perform"),
            ("Defendants wave any objection.", "wave", "waive"),
            ("a breech of contract", "breech", "breach"),
            ("three discreet claims", "discreet", "discrete"),
            ("the stay has no affect on discovery", "affect", "effect"),
            ("The Court exercises it's discretion.", "it's", "its"),
            (
                "tortuous interference with contract",
                "tortuous",
                "tortious",
            ),
            ("The compliant alleges fraud.", "compliant", "complaint"),
            ("filed more then thirty days later", "then", "than"),
            ("would loose the right to appeal", "loose", "lose"),
            ("The Court excepts the findings.", "excepts", "accepts"),
            ("the request is mute.", "mute", "moot"),
            ("Plaintiff sites no authority.", "sites", "cites"),
            ("not a violation per say.", "per say", "per se"),
            ("shall meat and confer", "meat", "meet"),
            ("the court did not error in ruling", "error", "err"),
            ("the recording still exits.", "exits", "exists"),
            ("Defendants filed there opposition.", "there", "their"),
            ("Plaintiff filled a notice of appeal.", "filled", "filed"),
            ("free reign to conduct discovery", "reign", "rein"),
            ("cannot provide legal advise.", "advise", "advice"),
            ("Each party shall bare its own costs.", "bare", "bear"),
            (
                "The Court’s decision in the Easter District",
                "Easter",
                "Eastern",
            ),
            ("There was no probably cause.", "probably", "probable"),
            ("willful and wonton conduct", "wonton", "wanton"),
            ("for all intensive purposes", "intensive", "intents"),
            ("Irregardless of the merits", "Irregardless", "Regardless"),
        ];
        for (text, wrong, right) in cases {
            assert!(
                fired(text).contains(&(wrong.to_string(), right.to_string())),
                "{text}: {:?}",
                fired(text)
            );
        }
    }

    #[test]
    fn correct_uses_stay_quiet() {
        for text in [
            "There is a paper trail here.",
            "the statue in the park",
            "the form of the order",
            "These documents form the basis of the claim.",
            "a casual observer",
            "the principle of law",
            "the city council voted",
            "the breech of the rifle",
            "a discreet inquiry",
            "to effect service of process",
            "It's clear that the motion fails.",
            "more than thirty days",
            "the witness was mute.",
            "the sites of the two plants",
            "the district court did not err",
            "the highway exits.",
            "There is no opposition.",
            "the position was filled by a new hire",
            "during his reign in England",
            "advise the parties of their rights",
            "The defendants bear their own costs.",
            "could of course be",
            "He was tired of waiting.",
            "takes precedence over",
            "a compliment to counsel",
        ] {
            assert!(fired(text).is_empty(), "{text}: {:?}", fired(text));
        }
    }

    #[test]
    fn punctuation_breaks_a_cue() {
        assert!(fired("the trail. Court records show").is_empty());
    }

    #[test]
    fn case_is_kept() {
        assert_eq!(match_case("Statue", "statute"), "Statute");
        assert_eq!(match_case("TRAIL", "trial"), "TRIAL");
        assert_eq!(match_case("trail", "trial"), "trial");
    }

    #[test]
    fn bad_rows_are_reported_not_fatal() {
        let (t, errors) = Table::parse(
            "a\tb\tno hole\t\tconfusable\n\nx\ty\t*\t\tweird\nok\tfine\t_ now\t\tconfusable\n",
        );
        assert_eq!(t.entries.len(), 1);
        assert_eq!(errors.len(), 2);
    }
}
