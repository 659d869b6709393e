//! Round 39: subject–verb agreement learned from correct text. A finite verb's number
//! (`is`/`are`, `was`/`were`, `has`/`have`, `does`/`do`, a lexical verb's -s or bare form)
//! is predicted from the word classes of up to four symbols before it: closed-class words as
//! themselves (`the`, `he`, `they`, `of`, `which`), content words by their class and number
//! (`N` a singular noun, `NP` a regular plural, `C` a capitalized name, `CNP` a capitalized
//! plural like `Plaintiffs`, `POSS` a possessive, `J`, `R`, `V`, …), `,`, `(`, `<s>` for a
//! sentence start. `data/agreement_contexts.tsv` holds every context seen at least 40 times
//! in ~8M words of opinions (`scripts/gen_agreement_contexts.py`): how often a singular and
//! how often a plural verb of each group followed it where one number is (almost) never
//! written, `-` where both are. The longest context seen that often decides; a verb whose
//! number it (almost) never takes is reported with the other form, when the subject's phrase
//! is in view and opens its clause. No rows and no sentence-shaped cues: `He are`, `they
//! was`, `Doe's testimony were`, `This appeal present` are read from counts, and a context
//! where both numbers are written (`of the court were`: the head may stand before the
//! preposition) draws nothing. See docs/typos.md "Round 39 (agreement)".

use std::cell::Cell;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::tokenize::{Gap, Skip, Words};
use super::word_table::{POS_ADJ, POS_ADV, POS_BASE_VERB, POS_NOUN, POS_PAST, POS_VERB};

static TABLE: &str = include_str!("../../data/agreement_contexts.tsv");

/// Words kept as themselves in a context (closed classes).
const CLOSED: &[&str] = &[
    "a",
    "about",
    "after",
    "against",
    "all",
    "also",
    "although",
    "always",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyone",
    "anything",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "even",
    "every",
    "everyone",
    "everything",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "many",
    "may",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "never",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "now",
    "of",
    "on",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "rather",
    "several",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "someone",
    "something",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "under",
    "unless",
    "until",
    "upon",
    "was",
    "we",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whoever",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "number",
    "majority",
    "jury",
    "government",
    "court",
    "panel",
    "board",
    "public",
    "state",
    "people",
    "police",
    "staff",
    "committee",
    "family",
    "series",
    "data",
    "total",
    "rest",
    "remainder",
    "half",
    "part",
    "kind",
    "type",
    "set",
    "group",
    "amount",
    "percent",
    "years",
    "months",
    "days",
    "dollars",
    "costs",
    "fees",
    "damages",
    "proceedings",
    "means",
    "news",
    "respect",
    "regard",
    "alone",
    "together",
    "too",
    "again",
    "already",
    "often",
    "clearly",
    "simply",
    "generally",
    "apparently",
    "further",
    "latter",
    "former",
    "children",
    "men",
    "women",
    "criteria",
    "phenomena",
    "feet",
    "others",
    "persons",
    "parents",
    "minutes",
    "hours",
    "couple",
    "counsel",
    "pair",
    "lynx",
    "fish",
    "sheep",
    "deer",
    "aircraft",
    "offspring",
    "personnel",
    "class",
    "team",
    "audience",
    "dicta",
    "termini",
    "two",
    "three",
    "four",
    "five",
    "itself",
    "himself",
    "herself",
    "themselves",
];

/// [`CLOSED`] as a set (asked for most words of a context).
static CLOSED_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| CLOSED.iter().copied().collect());

pub(super) fn is_closed(lw: &str) -> bool {
    CLOSED_SET.contains(lw)
}

/// Verbs whose past is their bare form (`Wallace quit.`): a bare form may be a past.
pub(super) const SAME_PAST: &[&str] = &[
    "quit",
    "put",
    "set",
    "let",
    "cut",
    "hit",
    "hurt",
    "cost",
    "shut",
    "spread",
    "read",
    "bid",
    "bet",
    "burst",
    "cast",
    "thrust",
    "upset",
    "split",
    "shed",
    "rid",
    "beat",
    "broadcast",
    "forecast",
    "offset",
    "reset",
    "wed",
    "fit",
    "knit",
    "slit",
    "spit",
    "sublet",
    "input",
];

/// A verb's group and number (singular?).
pub(super) fn verb_of(w: &Words, v: usize) -> Option<(&'static str, bool)> {
    let lw = w.lower(v);
    // (The auxiliaries' first letters and lengths: most words skip their match.)
    if lw.len() > 7
        || !matches!(
            lw.as_bytes().first(),
            Some(b'i' | b'a' | b'w' | b'h' | b'd')
        )
    {
        return lexical(w, v);
    }
    Some(match lw {
        "is" | "isn't" => ("BE", true),
        "are" | "aren't" => ("BE", false),
        "was" | "wasn't" => ("WAS", true),
        "were" | "weren't" => ("WAS", false),
        "has" | "hasn't" => ("HAS", true),
        "have" | "haven't" => ("HAS", false),
        "does" | "doesn't" => ("DO", true),
        "do" | "don't" => ("DO", false),
        _ => return lexical(w, v),
    })
}

/// The verb at `v` in the other number (`is` → `are`, `recruit` → `recruits`).
pub(super) fn other_form(w: &Words, v: usize) -> Option<String> {
    let lw = w.lower(v);
    let other = match lw {
        "is" => "are",
        "are" => "is",
        "isn't" => "aren't",
        "aren't" => "isn't",
        "was" => "were",
        "were" => "was",
        "wasn't" => "weren't",
        "weren't" => "wasn't",
        "has" => "have",
        "have" => "has",
        "hasn't" => "haven't",
        "haven't" => "hasn't",
        "does" => "do",
        "do" => "does",
        "doesn't" => "don't",
        "don't" => "doesn't",
        _ => {
            return match lexical(w, v) {
                Some((_, true)) => super::grammar::base_of_third(lw),
                Some((_, false)) => super::grammar::third_of_bare(lw),
                None => None,
            }
        }
    };
    Some(other.to_string())
}

/// A lexical verb the dictionary knows as no noun, adjective, adverb or past form: its -s
/// form (singular) or bare form (plural), when the other form is a verb too.
fn lexical(w: &Words, v: usize) -> Option<(&'static str, bool)> {
    let pos = w.pos(v);
    if pos & POS_VERB == 0 || pos & (POS_NOUN | POS_ADJ | POS_PAST | POS_ADV) != 0 {
        return None;
    }
    let lw = w.lower(v);
    if lw.len() < 3
        || !lw.bytes().all(|b| b.is_ascii_lowercase())
        || is_closed(lw)
        || SAME_PAST.contains(&lw)
    {
        return None;
    }
    if pos & POS_BASE_VERB != 0 {
        return Some(("LEX", false));
    }
    if lw.ends_with('s') && super::grammar::base_of_third(lw).is_some() {
        return Some(("LEX", true));
    }
    None
}

/// The paragraph's token classes, each found on first use (a context and the subject test
/// ask for the same tokens' several times).
struct Classes<'w, 'a> {
    w: &'w Words<'a>,
    cache: Vec<Cell<&'a str>>,
}

impl<'w, 'a> Classes<'w, 'a> {
    fn new(w: &'w Words<'a>) -> Self {
        Classes {
            w,
            cache: Vec::new(),
        }
    }
    fn of(&mut self, k: usize) -> &'a str {
        if self.cache.is_empty() {
            self.cache = vec![Cell::new(""); self.w.tokens.len()];
        }
        let c = self.cache[k].get();
        if !c.is_empty() {
            return c;
        }
        let c = class(self.w, k);
        self.cache[k].set(c);
        c
    }
}

/// `grammar::is_plural_noun` for token `k` (a word not ending in -s asks no dictionary).
fn plural_noun(w: &Words, k: usize) -> bool {
    let lw = w.lower(k);
    lw.ends_with('s') && super::grammar::is_plural_noun(lw)
}

/// The class of token `k` in a context.
fn class<'a>(w: &Words<'a>, k: usize) -> &'a str {
    let t = &w.tokens[k];
    match t.skip {
        Skip::No => {}
        Skip::Code => return "#",
        _ => return "X",
    }
    let raw = w.raw(k);
    let lw = w.lower(k);
    if lw.ends_with("'s") || lw.ends_with("s'") {
        return "POSS";
    }
    // (`Heller I does`, `HR E&I has`: a numeral or a name's letter, not the pronoun.)
    if lw == "i"
        && k > 0
        && !t.starts_sentence()
        && w.raw(k - 1).starts_with(|c: char| c.is_uppercase())
    {
        return "C";
    }
    if is_closed(lw) {
        return lw;
    }
    let first_upper = raw.starts_with(|c: char| c.is_uppercase());
    if first_upper {
        if raw.len() > 1 && raw.bytes().all(|b| !b.is_ascii_lowercase()) {
            return "CAPS";
        }
        // (`TDUs`, `LLCs`: an acronym's plural.)
        if raw.len() > 2
            && raw.ends_with('s')
            && raw[..raw.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
        {
            return "CNP";
        }
        if !t.starts_sentence() || w.pos(k) == 0 {
            return if plural_noun(w, k) {
                "CNP"
            } else if lw.ends_with('s') && !lw.ends_with("ss") || lw.ends_with("ese") {
                // (`Northern Ryders were`, `The Sinhalese are`: a name's plural, a people's
                // name, or a name ending in -s.)
                "Cs"
            } else {
                "C"
            };
        }
    }
    let pos = w.pos(k);
    if pos == 0 {
        return "U";
    }
    if plural_noun(w, k) {
        return "NP";
    }
    if pos & POS_NOUN != 0 {
        return if lw.ends_with('s') { "Ns" } else { "N" };
    }
    if pos & POS_ADJ != 0 {
        return "J";
    }
    if pos & POS_ADV != 0 {
        return "R";
    }
    if pos & POS_PAST != 0 {
        return "D";
    }
    "V"
}

/// The symbol for what stands between token `k - 1` and token `k` (`None`: only spaces or
/// quotation marks).
fn gap_symbol(w: &Words, k: usize) -> Option<&'static str> {
    if k == 0 {
        return Some("<s>");
    }
    match w.tokens[k].gap {
        Gap::Space => None,
        Gap::Start | Gap::Boundary => Some("<s>"),
        Gap::Hyphen => Some("-"),
        Gap::Other => {
            let between = &w.text[w.tokens[k - 1].span.end..w.tokens[k].span.start];
            if between.contains(',') {
                Some(",")
            } else if between.contains(['(', ')', '[', ']']) {
                Some("(")
            } else if between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’'))
            {
                None
            } else {
                Some("P")
            }
        }
    }
}

/// How many symbols before a verb a context holds at most.
const LEVELS: usize = 4;

/// The symbols before the verb at `v`, nearest first (up to [`LEVELS`], fewer after a
/// sentence start, which is one).
fn context_symbols<'a>(
    cls: &mut Classes<'_, 'a>,
    v: usize,
    symbols: &mut [&'a str; LEVELS],
) -> usize {
    let w = cls.w;
    let mut n = 0;
    let mut k = v;
    while n < LEVELS {
        if let Some(g) = gap_symbol(w, k) {
            symbols[n] = g;
            n += 1;
            if g == "<s>" || n == LEVELS {
                break;
            }
        }
        if k == 0 {
            break;
        }
        k -= 1;
        symbols[n] = cls.of(k);
        n += 1;
    }
    n
}

/// The key of the context of `level` symbols (`c2 c1 GROUP` for 2), into `key`.
fn context_key(symbols: &[&str], level: usize, group: &str, key: &mut String) {
    key.clear();
    for s in symbols[..level].iter().rev() {
        key.push_str(s);
        key.push(' ');
    }
    key.push_str(group);
}

/// Every finite verb of a paragraph as (context key, singular?): what the table counts
/// (`typo_eval agree-counts`).
pub(super) fn contexts(w: &Words) -> Vec<(String, bool, usize)> {
    let mut out = Vec::new();
    let mut cls = Classes::new(w);
    for v in 1..w.tokens.len() {
        if !w.tokens[v].is_checkable() || !w.raw(v).starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        if let Some((group, singular)) = verb_of(w, v) {
            let mut symbols = [""; LEVELS];
            let n = context_symbols(&mut cls, v, &mut symbols);
            let mut key = String::new();
            context_key(&symbols, n, group, &mut key);
            out.push((key, singular, w.tokens[v].span.start));
        }
    }
    out
}

/// Determiners and possessive pronouns inside a noun phrase.
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "each"
            | "every"
            | "no"
            | "any"
            | "some"
            | "such"
            | "either"
            | "neither"
            | "another"
            | "other"
            | "both"
            | "all"
            | "many"
            | "several"
            | "few"
            | "much"
            | "more"
            | "most"
    )
}
/// The closed words that are nouns or pronouns (a subject's head).
fn is_noun_word(word: &str) -> bool {
    matches!(
        word,
        "number"
            | "majority"
            | "jury"
            | "government"
            | "court"
            | "panel"
            | "board"
            | "public"
            | "state"
            | "people"
            | "police"
            | "staff"
            | "committee"
            | "family"
            | "series"
            | "data"
            | "total"
            | "rest"
            | "remainder"
            | "half"
            | "part"
            | "kind"
            | "type"
            | "set"
            | "group"
            | "amount"
            | "percent"
            | "years"
            | "months"
            | "days"
            | "dollars"
            | "costs"
            | "fees"
            | "damages"
            | "proceedings"
            | "means"
            | "news"
            | "latter"
            | "former"
            | "children"
            | "men"
            | "women"
            | "criteria"
            | "phenomena"
            | "feet"
            | "others"
            | "persons"
            | "parents"
            | "minutes"
            | "hours"
            | "counsel"
            | "couple"
            | "pair"
            | "lynx"
            | "fish"
            | "sheep"
            | "deer"
            | "aircraft"
            | "offspring"
            | "personnel"
            | "class"
            | "team"
            | "audience"
            | "dicta"
            | "termini"
            | "two"
            | "three"
            | "four"
            | "five"
            | "one"
            | "these"
            | "those"
            | "everyone"
            | "everything"
            | "nothing"
            | "something"
            | "anyone"
            | "anything"
            | "someone"
            | "nobody"
    )
}
/// Words that may stand between a subject and its verb.
fn is_between(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "not"
            | "still"
            | "thus"
            | "therefore"
            | "then"
            | "now"
            | "never"
            | "always"
            | "only"
            | "just"
            | "even"
            | "further"
            | "clearly"
            | "simply"
            | "generally"
            | "apparently"
            | "already"
            | "often"
            | "again"
            | "too"
            | "alone"
    )
}

/// Whether the words before the verb at `v` end with a noun phrase that opens its clause:
/// the verb's subject is then in the context. Adverbs before the verb are passed over; the
/// phrase (a pronoun, or nouns, names, adjectives, possessives and determiners) must follow
/// a sentence start, a comma, a subordinator or a relative word — not a preposition or a
/// verb (`the objections to the magistrate judge's report were`, `claims to recover such
/// art are`: the noun before the verb is an object), nor `and`/`or` (`The CIA and the
/// majority rely`: a compound subject), nor a number (`line 12 delete`).
fn subject_opens_clause(cls: &mut Classes, v: usize) -> bool {
    let w = cls.w;
    let mut k = v;
    // adverbs between the subject and its verb
    while k > 0 && w.tokens[k].gap == Gap::Space {
        let c = cls.of(k - 1);
        if c == "R" || is_between(c) {
            k -= 1;
        } else {
            break;
        }
    }
    if k == 0 || w.tokens[k].gap != Gap::Space {
        return false;
    }
    let head = cls.of(k - 1);
    if matches!(head, "he" | "she" | "they" | "we" | "i" | "you") {
        return true;
    }
    if !matches!(
        head,
        "N" | "NP" | "Ns" | "C" | "CNP" | "CAPS" | "it" | "this" | "that"
    ) && !is_noun_word(head)
    {
        return false;
    }
    // back over the rest of the phrase
    let mut determined = false;
    let mut steps = 0;
    k -= 1;
    loop {
        let gap = w.tokens[k].gap;
        // (Quotation marks alone are read through: `our 'code are`.)
        let quotes_only = gap == Gap::Other && gap_symbol(w, k).is_none();
        if gap != Gap::Space && !quotes_only {
            // A sentence start opens it when the phrase's first word has its capital (a
            // paragraph of a wrapped text may start inside a sentence: `constituted panels
            // of a multi-panel federal appellate court are`); a comma or a parenthesis does.
            return match gap {
                Gap::Hyphen => false,
                Gap::Start | Gap::Boundary => w.raw(k).starts_with(char::is_uppercase),
                // (Not a dash or a slash: `the permit requirement-- that are imposed`.)
                _ => matches!(gap_symbol(w, k), Some("," | "(")),
            };
        }
        if k == 0 {
            return false;
        }
        steps += 1;
        if steps > 6 {
            return false;
        }
        let c = cls.of(k - 1);
        if (matches!(
            c,
            "N" | "NP" | "Ns" | "C" | "CNP" | "CAPS" | "J" | "POSS" | "U"
        ) || is_noun_word(c))
            && !determined
        {
            k -= 1;
            continue;
        }
        if is_determiner(c) && !determined {
            determined = true;
            k -= 1;
            continue;
        }
        if c == "that" && !determined {
            // `that` a determiner or a conjunction: undecided after a verb or a preposition
            let before = if k >= 2 { cls.of(k - 2) } else { "<s>" };
            return !(matches!(before, "V" | "D" | "N" | "NP" | "Ns" | "J" | "to")
                || is_preposition(before));
        }
        return !(matches!(c, "V" | "D" | "to" | "and" | "or" | "nor" | "#" | "X")
            || is_preposition(c)
            || (c == "N" || c == "NP" || c == "Ns") && determined);
    }
}

/// Prepositions among the closed words.
fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "after"
            | "against"
            | "among"
            | "at"
            | "before"
            | "between"
            | "by"
            | "during"
            | "for"
            | "from"
            | "in"
            | "into"
            | "of"
            | "on"
            | "over"
            | "through"
            | "under"
            | "upon"
            | "with"
            | "within"
            | "without"
            | "than"
            | "as"
    )
}

/// `were` in a sentence that opened a condition or a wish before it (`if, upon release,
/// he were to violate`), or before `to`: a subjunctive.
pub(super) fn subjunctive(w: &Words, v: usize) -> bool {
    if v + 1 < w.tokens.len() && w.lower(v + 1) == "to" {
        return true;
    }
    let mut k = v;
    while k > 0 && !w.tokens[k].starts_sentence() {
        k -= 1;
        if matches!(
            w.lower(k),
            "if" | "though"
                | "wish"
                | "wished"
                | "whether"
                | "unless"
                | "suppose"
                | "supposing"
                | "assuming"
                | "assume"
                | "event"
                | "lest"
        ) {
            return true;
        }
    }
    false
}

/// The table: context key → (singular, plural) counts.
static COUNTS: LazyLock<FxHashMap<&'static str, (u32, u32)>> = LazyLock::new(|| {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let key = f.next()?;
            let sg = f.next()?;
            // (`-`: both numbers are written after the context; it decides nothing.)
            if sg == "-" {
                return Some((key, (0, 0)));
            }
            let pl = f.next()?.parse().ok()?;
            Some((key, (sg.parse().ok()?, pl)))
        })
        .collect()
});

/// A verb whose number its context (almost) never takes: (token, the other form, the
/// context's counts for the written and the other number).
pub(super) fn alarms(w: &Words) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut key = String::new();
    let mut cls = Classes::new(w);
    for v in 1..w.tokens.len() {
        if !w.lowercase_after_space(v) {
            continue;
        }
        // The commonest words that end no subject (`the`, `of`, `to`, a modal) spare the
        // verb's tests; a verb after `and`/`or` may share the subject of a verb before it
        // (`considering a motion to transfer and believes`): its context says nothing of it.
        let prev = w.lower(v - 1);
        if prev.len() <= 6
            && matches!(
                prev,
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "to"
                    | "in"
                    | "and"
                    | "or"
                    | "but"
                    | "nor"
                    | "for"
                    | "on"
                    | "by"
                    | "at"
                    | "as"
                    | "be"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "may"
                    | "can"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "must"
                    | "shall"
                    | "its"
                    | "his"
                    | "her"
                    | "our"
                    | "their"
                    | "did"
                    | "do"
                    | "does"
                    | "who"
                    | "which"
                    | "if"
                    | "so"
                    | "with"
                    | "from"
                    | "been"
                    | "into"
            )
        {
            continue;
        }
        // `The first are the manufacturers`, `the latter were`, `the rest are`: a head that
        // stands for a noun left out takes that noun's number, which its context cannot tell.
        if matches!(
            prev,
            "first"
                | "second"
                | "third"
                | "last"
                | "former"
                | "latter"
                | "rest"
                | "remainder"
                | "majority"
                | "minority"
                | "remaining"
                | "following"
                | "foregoing"
                | "other"
                | "others"
        ) {
            continue;
        }
        // (`This carve-out`: a compound's first word.)
        if v + 1 < w.tokens.len() && w.tokens[v + 1].gap == Gap::Hyphen {
            continue;
        }
        let Some((group, singular)) = verb_of(w, v) else {
            continue;
        };
        if !subject_opens_clause(&mut cls, v) {
            continue;
        }
        let mut symbols = [""; LEVELS];
        let n = context_symbols(&mut cls, v, &mut symbols);
        // The longest context seen often enough decides (a shorter one may be decisive
        // where the longer is not: `the court were` but `of the court were`).
        for level in (1..=n).rev() {
            context_key(&symbols, level, group, &mut key);
            let Some(&(sg, pl)) = COUNTS.get(key.as_str()) else {
                continue;
            };
            // (The table keeps counts only where the rarer number is rare enough.)
            let (written, wanted) = if singular { (sg, pl) } else { (pl, sg) };
            if written < wanted && !(group == "WAS" && !singular && subjunctive(w, v)) {
                if let Some(other) = other_form(w, v) {
                    out.push((v, other));
                }
            }
            break;
        }
    }
    out
}
