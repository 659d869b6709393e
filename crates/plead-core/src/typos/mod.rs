//! Typos: misspellings, legal confusables, doubled words, `a`/`an`, agreement,
//! `to not`, OCR damage, and style preferences — quiet on citations, names,
//! Latin and everything the citation analyzer protected.
//!
//! Per paragraph: tokenize → data-table rules (confusables, style) → grammar →
//! OCR split words and garbled runs → misspellings. Capitalized unknown words are
//! reported provisionally; the document pass withdraws those that are names.

mod confusables;
mod dictionary;
mod grammar;
mod names;
mod ocr;
mod prefix_walk;
mod style;
mod suggest;
mod tokenize;
mod word_table;

use std::sync::{LazyLock, Mutex};

use rustc_hash::FxHashMap;

pub use dictionary::{dictionary, Dictionary};
pub use names::TypoFacts;
pub use suggest::{suggest, Suggestion};

use crate::analysis::{
    Analyzer, DocumentContext, DocumentFacts, Finding, Fix, ParagraphContext, ParagraphFacts, Rule,
};
use tokenize::{Gap, Skip, Words};

/// The rules of this analyzer; `code`s are stable (code actions key on `typo/misspelling`).
pub mod rules {
    use crate::analysis::{Rule, Severity};

    pub const MISSPELLING: Rule = Rule::new(
        "typo/misspelling",
        Severity::Warning,
        "Word not in the dictionary or the legal lexicon",
    );
    pub const CONFUSABLE: Rule = Rule::new(
        "typo/confusable",
        Severity::Warning,
        "Real word that the context shows to be a typo for another (trail court, statue of limitations)",
    );
    pub const NONSTANDARD: Rule = Rule::new(
        "typo/nonstandard",
        Severity::Warning,
        "Nonstandard word or phrase (irregardless, per say)",
    );
    pub const DOUBLED_WORD: Rule = Rule::new(
        "typo/doubled-word",
        Severity::Warning,
        "The same word twice in a row",
    );
    pub const ARTICLE: Rule = Rule::new(
        "typo/article",
        Severity::Warning,
        "“a” before a vowel sound or “an” before a consonant sound",
    );
    pub const AGREEMENT: Rule = Rule::new(
        "typo/agreement",
        Severity::Warning,
        "Subject and verb disagree in number (the defendants was)",
    );
    pub const TO_NOT: Rule = Rule::new(
        "typo/to-not",
        Severity::Warning,
        "“to not” + verb in a clause with no verb: “do not” was meant",
    );
    pub const OCR_SPLIT: Rule = Rule::new(
        "typo/ocr-split",
        Severity::Warning,
        "A word split apart by a stray space or tab (STAT FES)",
    );
    pub const OCR_GARBLED: Rule = Rule::new(
        "typo/ocr-garbled",
        Severity::Warning,
        "A run of garbled words (damaged OCR text)",
    );
    pub const STYLE_SPELLING: Rule = Rule::new(
        "style/preferred-spelling",
        Severity::Hint,
        "Preferred American legal spelling (judgment, not judgement)",
    );
    pub const STYLE_PLEADED: Rule =
        Rule::new("style/pleaded", Severity::Hint, "“pleaded”, not “pled”");

    pub static ALL: [Rule; 11] = [
        MISSPELLING,
        CONFUSABLE,
        NONSTANDARD,
        DOUBLED_WORD,
        ARTICLE,
        AGREEMENT,
        TO_NOT,
        OCR_SPLIT,
        OCR_GARBLED,
        STYLE_SPELLING,
        STYLE_PLEADED,
    ];
}

/// Suggestions offered as quick fixes for a misspelling.
const MAX_SUGGESTIONS: usize = 5;
/// Minimum frequency score of the word a capitalized unknown word must be one edit
/// from to be reported (`Defendent` → `Defendant`) rather than taken for a name.
const NEAR_MISS_SCORE: u8 = 30;
/// Prefixes written with a hyphen (`pre-enforcement`, `tri-state`, `vis-à-vis`).
const HYPHEN_PREFIXES: &[&str] = &[
    "pre", "post", "non", "anti", "co", "re", "sub", "quasi", "self", "multi", "inter", "intra",
    "un", "mid", "tri", "bi", "semi", "over", "under", "cross", "counter", "pro", "ex", "neo",
    "pseudo", "ultra", "micro", "macro", "mini", "de", "dis", "mis", "out", "vis", "socio", "geo",
    "bio", "extra", "infra", "trans", "supra", "mega", "uni", "pan", "hyper", "sub", "super",
];

pub struct TypoAnalyzer;

impl Analyzer for TypoAnalyzer {
    fn id(&self) -> &'static str {
        "typos"
    }
    fn rules(&self) -> &'static [Rule] {
        &rules::ALL
    }
    fn paragraph(&self, cx: &ParagraphContext, out: &mut ParagraphFacts) {
        let facts = check_paragraph(
            &cx.paragraph.text,
            &cx.paragraph.emphasis,
            &cx.config.dictionary,
            out,
        );
        out.ext.insert(facts);
    }
    fn document(&self, cx: &DocumentContext, out: &mut DocumentFacts) {
        names::withdraw_names(cx, out);
    }
    fn word_list(&self) -> Option<&'static dyn crate::document::WordList> {
        Some(dictionary())
    }
}

/// The dictionary mends the prose view's hyphenated line breaks.
impl crate::document::WordList for Dictionary {
    fn is_word(&self, lowercase: &str) -> bool {
        self.contains(lowercase)
    }
}

/// The typo pass over one paragraph's logical text. Findings go to `out.findings`.
pub fn check_paragraph(
    text: &str,
    emphasis: &[crate::analysis::Span],
    user_words: &[String],
    out: &mut ParagraphFacts,
) -> TypoFacts {
    let dict = dictionary();
    let tokens = tokenize::tokenize(text, &out.protected);
    let w = Words::new(text, &tokens);
    let mut facts = TypoFacts::default();
    let n = tokens.len();
    // Tokens a rule already reported, so no misspelling is reported on top.
    let mut consumed = vec![false; n];
    let mut findings: Vec<Finding> = Vec::new();

    for table in [confusables::table(), style::table()] {
        for (i, k, f) in table.findings(&w) {
            consumed[i..i + k].iter_mut().for_each(|c| *c = true);
            findings.push(f);
        }
    }
    grammar::doubled_words(&w, &mut findings);
    grammar::articles(&w, &mut findings);
    grammar::agreement(&w, &mut findings);
    grammar::to_not(&w, &mut findings);

    let mut is_name = vec![false; n];
    for i in names::titled_names(&w) {
        is_name[i] = true;
        facts.titled.push(w.lower(i).to_string());
    }
    let known: Vec<Option<bool>> = (0..n)
        .map(|i| spell_status(&w, i, dict, user_words, emphasis, is_name[i]))
        .collect();
    for (i, f) in ocr::split_words(&w, &known, dict) {
        consumed[i] = true;
        consumed[i + 1] = true;
        findings.push(f);
    }
    // Acronyms and all-caps headings neither start nor extend a garbled run.
    let unconsumed: Vec<Option<bool>> = (0..n)
        .map(|i| {
            if consumed[i] || known[i].is_none() || is_acronym(w.raw(i)) {
                None
            } else {
                known[i]
            }
        })
        .collect();
    for (first, last, f) in ocr::garbled_runs(&w, &unconsumed) {
        consumed[first..=last].iter_mut().for_each(|c| *c = true);
        findings.push(f);
    }
    for i in 0..n {
        if consumed[i] || known[i] != Some(false) || is_acronym(w.raw(i)) {
            continue;
        }
        let raw = w.raw(i);
        let lower = w.lower(i).to_string();
        let capitalized = names::is_capitalized(raw);
        let suggestions = cached_suggestions(dict, &lower, capitalized);
        if capitalized {
            facts.capitalized_unknown.push(lower.clone());
            // Mid-sentence, a capitalized unknown word is a name (`Zhang`, `Cleary`); at a
            // sentence start it is a typo only when it is one edit from a common word.
            let near_common = suggestions
                .first()
                .is_some_and(|s| s.distance == 1 && s.score >= NEAR_MISS_SCORE);
            if !starts_real_sentence(&w, i, dict) || !near_common {
                continue;
            }
        }
        let span = tokens[i].span;
        let word = strip_possessive(raw);
        let span = crate::analysis::Span::new(span.start, span.start + word.len());
        let mut finding = Finding::new(
            span,
            &rules::MISSPELLING,
            format!("“{word}” is not in the dictionary"),
        );
        for (k, s) in suggestions.iter().enumerate() {
            let right = if s.word.starts_with(char::is_uppercase) {
                s.word.clone()
            } else {
                confusables::match_case(word, &s.word)
            };
            finding = finding.with_fix(Fix::replace(span, right, k == 0));
        }
        if capitalized {
            facts
                .provisional
                .push((out.findings.len() + findings.len(), lower));
        }
        findings.push(finding);
    }
    out.findings.extend(findings);
    facts
}

/// Whether token `i` is a known word: None when it is not a word to check.
fn spell_status(
    w: &Words,
    i: usize,
    dict: &Dictionary,
    user_words: &[String],
    emphasis: &[crate::analysis::Span],
    name: bool,
) -> Option<bool> {
    let t = &w.tokens[i];
    if t.skip != Skip::No || name {
        return None;
    }
    let raw = w.raw(i);
    if raw.chars().count() < 2
        || !raw
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
    {
        return None;
    }
    // camelCase and McNames (`LegalNet`, `McKenna`): names, not words.
    if raw.chars().skip(1).any(char::is_uppercase) && !is_acronym(raw) {
        return None;
    }
    let capitalized = names::is_capitalized(raw);
    if capitalized && emphasis.iter().any(|e| e.contains(t.span)) {
        return None;
    }
    let lower = w.lower(i);
    let base = strip_possessive(lower);
    if dict.contains(base) || base.len() != lower.len() && dict.contains(lower) {
        return Some(true);
    }
    if user_words
        .iter()
        .any(|u| u.eq_ignore_ascii_case(base) || u.eq_ignore_ascii_case(raw))
    {
        return Some(true);
    }
    if t.period_after {
        // `Cal.`, `Dep't.`; a short capitalized word before a period is an abbreviation.
        if dict.is_abbreviation(base) || capitalized && base.len() <= 6 {
            return Some(true);
        }
    }
    // Hyphenated compounds: a prefix before its hyphen (`tri-state`), a word after one (`non-speech`).
    let hyphen_after = w.tokens.get(i + 1).is_some_and(|n| n.gap == Gap::Hyphen);
    if hyphen_after && HYPHEN_PREFIXES.contains(&base) {
        return Some(true);
    }
    if t.gap == Gap::Hyphen
        && i > 0
        && HYPHEN_PREFIXES.contains(&w.lower(i - 1))
        && dict.contains(base.trim_start_matches('-'))
    {
        return Some(true);
    }
    // Closed compounds of two known words (`copyshop`, `contentneutral`), also what a
    // mended line-break hyphen leaves (`attorney-\nclient` → `attorneyclient`).
    Some(is_compound(dict, base))
}

/// A sentence start, not the word after an initial or abbreviation (`Edward J. Cleary`, `Inc. Smith`).
fn starts_real_sentence(w: &Words, i: usize, dict: &Dictionary) -> bool {
    if !w.tokens[i].starts_sentence() {
        return false;
    }
    if i == 0 || !w.tokens[i - 1].period_after {
        return true;
    }
    let prev = w.raw(i - 1);
    !(prev.chars().count() == 1
        || dict.is_abbreviation(w.lower(i - 1))
        || prev.starts_with(char::is_uppercase) && prev.len() <= 4)
}

/// Whether `word` splits into two known words of three letters or more.
fn is_compound(dict: &Dictionary, word: &str) -> bool {
    if word.len() < 7 || !word.is_ascii() {
        return false;
    }
    let splits = (3..=word.len() - 3).any(|k| {
        let (a, b) = word.split_at(k);
        dict.get(a).is_some_and(|i| i.display.is_none())
            && dict.get(b).is_some_and(|i| i.display.is_none())
    });
    // One edit from a word, it is that word misspelled (`heresay`, `supercedes`), not a compound.
    splits && cached_suggestions(dict, word, true).is_empty()
}

fn is_acronym(raw: &str) -> bool {
    let raw = strip_possessive(raw);
    let mut letters = raw.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.all(char::is_uppercase)
}

fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if !base.is_empty() {
                return base;
            }
        }
    }
    word
}

/// Suggestions are a pure function of the word; names and typos recur in a document,
/// so results are memoized (bounded: a map is cleared when it grows large).
/// Two maps (near misses only / full suggestions) so lookups need no allocation.
type SuggestionCache = [FxHashMap<String, Vec<Suggestion>>; 2];
static SUGGESTION_CACHE: LazyLock<Mutex<SuggestionCache>> =
    LazyLock::new(|| Mutex::new(Default::default()));
const SUGGESTION_CACHE_LIMIT: usize = 20_000;

/// Forgets memoized suggestions (benchmarks measure a never-seen document with it).
pub fn clear_suggestion_cache() {
    if let Ok(mut cache) = SUGGESTION_CACHE.lock() {
        cache.iter_mut().for_each(FxHashMap::clear);
    }
}

fn cached_suggestions(dict: &Dictionary, lower: &str, near_only: bool) -> Vec<Suggestion> {
    let base = strip_possessive(lower);
    let which = usize::from(near_only);
    if let Ok(cache) = SUGGESTION_CACHE.lock() {
        if let Some(hit) = cache[which].get(base) {
            return hit.clone();
        }
    }
    let found = if near_only {
        suggest::near_misses(dict, base, MAX_SUGGESTIONS)
    } else {
        suggest(dict, base, MAX_SUGGESTIONS)
    };
    if let Ok(mut cache) = SUGGESTION_CACHE.lock() {
        if cache[which].len() >= SUGGESTION_CACHE_LIMIT {
            cache[which].clear();
        }
        cache[which].insert(base.to_string(), found.clone());
    }
    found
}
