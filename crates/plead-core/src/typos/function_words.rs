//! Function-word confusions decided by grammar: `its`/`it's`, `there`/`their`/`they're`,
//! `whose`/`who's`, `your`/`you're`, `then`/`than`, `affect`/`effect` after a
//! determiner. Each rule reads the parts of speech of the neighbouring words (WordNet's,
//! in the dictionary's flags) and the closed word classes, the cues a reader uses:
//! a possessive must be followed by a noun phrase, `it's` by a predicate, and so on.
//! Statistics cannot do this for words this frequent without false alarms (see
//! `scripts/gen_realword_model.py`), grammar can.

use super::dictionary::Dictionary;
use super::rules;
use super::tokenize::{Gap, Words};
use super::word_table::{POS_ADJ, POS_ADV, POS_BASE_VERB, POS_NOUN, POS_PAST, POS_VERB};
use crate::analysis::{Finding, Fix};

/// Words that cannot follow a possessive determiner: `its` before them is `it's`.
const NOT_AFTER_POSSESSIVE: &[&str] = &[
    "not", "a", "an", "the", "been", "being", "going", "gonna", "got", "about", "because", "also",
    "so", "too", "this", "these", "those", "that's", "there", "no", "never", "always", "already",
    "still", "now", "here", "just",
];
/// Predicate adjectives that open a clause: `Its undisputed that…` is `It's undisputed`.
const CLAUSE_ADJECTIVES: &[&str] = &[
    "clear",
    "unclear",
    "undisputed",
    "uncontested",
    "uncontroverted",
    "undeniable",
    "true",
    "untrue",
    "likely",
    "unlikely",
    "possible",
    "impossible",
    "evident",
    "apparent",
    "obvious",
    "doubtful",
    "important",
    "necessary",
    "unnecessary",
    "settled",
    "established",
    "axiomatic",
    "plain",
    "difficult",
    "hard",
    "easy",
    "fair",
    "unfair",
    "reasonable",
    "unreasonable",
    "appropriate",
    "inappropriate",
    "proper",
    "improper",
    "sufficient",
    "insufficient",
    "enough",
    "arguable",
    "conceivable",
    "indisputable",
    "understandable",
    "significant",
    "noteworthy",
    "unfortunate",
    "irrelevant",
    "relevant",
    "immaterial",
    "premature",
    "well",
    "worth",
    "moot",
    "undisputably",
    "indeed",
    "hardly",
    "simply",
    "certainly",
    "entirely",
];
/// What follows such a predicate: `that`, `whether`, `to`, or the clause's end.
const CLAUSE_OPENERS: &[&str] = &["that", "whether", "to", "if", "because", "when", "where"];
/// Verbs after which `there` is an adverb of place (`went there`) or existential
/// (`is there`), so a noun after it is no evidence of `their`.
const LOCATIVE_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "seem",
    "seems",
    "seemed",
    "appear",
    "appears",
    "appeared",
    "remain",
    "remains",
    "remained",
    "exist",
    "exists",
    "existed",
    "go",
    "goes",
    "went",
    "gone",
    "get",
    "gets",
    "got",
    "come",
    "comes",
    "came",
    "live",
    "lives",
    "lived",
    "stay",
    "stays",
    "stayed",
    "stand",
    "stands",
    "stood",
    "sit",
    "sits",
    "sat",
    "lie",
    "lies",
    "lay",
    "arrive",
    "arrives",
    "arrived",
    "work",
    "worked",
    "works",
    "found",
    "find",
    "finds",
    "held",
    "hold",
    "holds",
    "said",
    "says",
    "say",
    "stated",
    "states",
    "noted",
    "notes",
    "explained",
    "explains",
    "observed",
    "concluded",
    "reasoned",
    "recognized",
    "emphasized",
    "addressed",
    "considered",
    "decided",
    "ruled",
    "court",
    "courts",
    "put",
    "left",
    "located",
    "situated",
    "employed",
    "used",
    "made",
    "done",
    "present",
    "presented",
    "raised",
    "involved",
    "issue",
    "cited",
    "relied",
    "quoted",
];
/// Nouns of time that stand as adverbs after the adverb `there` (`what happened out there
/// today?`, `we were there yesterday`): no possessive's noun.
const TIME_ADVERBS: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "now",
    "anymore",
    "again",
    "once",
    "twice",
    "overnight",
    "daily",
    "weekly",
];
const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "for",
    "on",
    "with",
    "by",
    "from",
    "into",
    "upon",
    "under",
    "about",
    "against",
    "within",
    "without",
    "through",
    "regarding",
    "concerning",
];
/// What a principal (a sum, a school's head) is the principal of.
const PRINCIPAL_OF: &[&str] = &[
    "loan",
    "loans",
    "debt",
    "debts",
    "note",
    "notes",
    "bond",
    "bonds",
    "mortgage",
    "mortgages",
    "investment",
    "investments",
    "obligation",
    "obligations",
    "indebtedness",
    "judgment",
    "deposit",
    "deposits",
    "account",
    "accounts",
    "trust",
    "corpus",
    "school",
    "schools",
    "claim",
    "claims",
    "amount",
    "amounts",
    "sum",
    "sums",
    "estate",
    "funds",
    "fund",
    "money",
    "monies",
    "capital",
    "assets",
    "advances",
    "payment",
    "payments",
    "record",
    "firm",
    "firms",
    "corporation",
    "company",
    "companies",
    "business",
    "agency",
];
/// Verbs existential `there` takes besides `be` (`there remain issues`, `there exists a
/// duty`): after them `there` is no possessive.
const EXISTENTIAL_VERBS: &[&str] = &[
    "remain", "remains", "remained", "exist", "exists", "existed", "arise", "arises", "arose",
    "follow", "follows", "followed", "appear", "appears", "appeared", "seem", "seems", "seemed",
    "come", "comes", "came", "lie", "lies", "lay", "stand", "stands", "stood", "live", "lives",
    "lived", "occur", "occurs", "occurred", "emerge", "emerges", "emerged", "ensue", "ensued",
    "need", "needs", "used", "ought", "being", "be", "been",
];
/// Quantity words WordNet lists as adjectives: `met there many times` is a place.
const QUANTIFIERS: &[&str] = &[
    "many", "several", "few", "some", "any", "no", "other", "each", "every", "more", "most",
    "much", "all", "both", "two", "three", "four", "five", "last", "next", "first", "once",
    "twice", "again", "only", "until", "before", "after", "since", "long", "late", "early",
];
/// Verbs that take a clause, after which `it's` is `it is` (`think it's time`).
const CLAUSE_VERBS: &[&str] = &[
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "know",
    "knows",
    "knew",
    "say",
    "says",
    "said",
    "hope",
    "hopes",
    "hoped",
    "guess",
    "suppose",
    "supposed",
    "find",
    "finds",
    "found",
    "agree",
    "agrees",
    "agreed",
    "conclude",
    "concludes",
    "concluded",
    "hold",
    "holds",
    "held",
    "mean",
    "means",
    "meant",
    "feel",
    "feels",
    "felt",
    "argue",
    "argues",
    "argued",
    "contend",
    "contends",
    "contended",
    "claim",
    "claims",
    "claimed",
    "assert",
    "asserts",
    "asserted",
    "note",
    "notes",
    "noted",
    "recognize",
    "recognized",
    "is",
    "was",
    "be",
    "because",
    "if",
    "that",
    "when",
    "whether",
    "so",
    "and",
    "but",
    "or",
    "unless",
];
/// Modal verbs (WordNet lists `may`, `will`, `can` as nouns too).
const MODALS: &[&str] = &[
    "may", "might", "must", "can", "could", "will", "would", "shall", "should",
];
/// Function words WordNet lists as nouns (`in`: inch, `as`: arsenic).
const FUNCTION_NOUNS: &[&str] = &[
    "in", "on", "at", "as", "to", "by", "and", "or", "but", "if", "so", "a", "i", "it", "he", "be",
    "do", "no", "up", "out", "here", "there", "then", "who",
];
/// Verbs whose object `it's` cannot be (`exercise its jurisdiction`).
const POSSESSIVE_TAKERS: &[&str] = &[
    "exercise",
    "exercises",
    "exercised",
    "exceed",
    "exceeds",
    "exceeded",
    "abuse",
    "abused",
    "state",
    "states",
    "stated",
    "explain",
    "explains",
    "explained",
    "support",
    "supports",
    "supported",
    "carry",
    "carries",
    "carried",
    "meet",
    "meets",
    "met",
    "satisfy",
    "satisfies",
    "satisfied",
    "discharge",
    "discharged",
    "fulfill",
    "fulfilled",
    "withdraw",
    "withdrew",
    "amend",
    "amended",
    "file",
    "filed",
    "renew",
    "renewed",
    "change",
    "changed",
    "lose",
    "lost",
    "reconsider",
    "reconsidered",
    "revise",
    "revised",
    "justify",
    "justified",
    "defend",
    "defended",
    "articulate",
    "articulated",
    "limit",
    "limited",
    "exhaust",
    "exhausted",
];

/// Whether `word` is a verb a subject noun is followed by (`caused`, `is`, `was`).
fn verb_follows(dict: &Dictionary, word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "are" | "were" | "has" | "had" | "have" | "will" | "would" | "may" | "must"
    ) || {
        let pos = dict.pos(word);
        // A past tense or a third person (`caused`, `ignores`), not a noun.
        pos & POS_VERB != 0 && pos & POS_NOUN == 0 && (pos & POS_PAST != 0 || word.ends_with('s'))
    }
}

/// Comparatives `then` cannot follow: `more then thirty days` is `more than`.
const COMPARATIVES: &[&str] = &[
    "more",
    "less",
    "fewer",
    "rather",
    "other",
    "greater",
    "larger",
    "smaller",
    "higher",
    "lower",
    "better",
    "worse",
    "longer",
    "shorter",
    "later",
    "earlier",
    "sooner",
    "otherwise",
    "further",
    "farther",
    "lesser",
];
/// Participles a comparison leaves bare (`more than expected`, `longer than permitted`).
const ELLIPTIC_PARTICIPLES: &[&str] = &[
    "expected",
    "anticipated",
    "required",
    "needed",
    "allowed",
    "permitted",
    "intended",
    "planned",
    "predicted",
    "estimated",
    "thought",
    "believed",
    "realized",
    "suggested",
    "warranted",
    "authorized",
    "contemplated",
    "provided",
    "prescribed",
    "imposed",
    "reported",
    "stated",
    "claimed",
    "alleged",
    "charged",
    "requested",
    "sought",
    "proposed",
    "agreed",
    "promised",
    "recommended",
    "justified",
    "necessitated",
    "described",
    "discussed",
    "indicated",
    "noted",
    "recognized",
    "acknowledged",
    "assumed",
    "supposed",
    "imagined",
    "feared",
    "hoped",
    "usual",
    "mandated",
    "contracted",
    "bargained",
    "paid",
    "owed",
    "listed",
    "specified",
];
/// Words after `then` that make it the adjective (`the then-current`, `then existing`).
const THEN_ADJECTIVE: &[&str] = &[
    "existing",
    "current",
    "pending",
    "applicable",
    "prevailing",
    "governing",
    "sitting",
    "serving",
    "president",
    "governor",
    "chief",
    "secretary",
    "effective",
    "operative",
    "newly",
    "recently",
    "unknown",
    "available",
    "undisclosed",
    "future",
    "extant",
    "attorney",
    "judge",
];
/// Verbs after which `affect` is the noun `effect`: `take affect`, `give affect to`.
/// (Not `in`: `appropriate in affect` is a psychiatric examination's noun.)
const EFFECT_VERBS: &[&str] = &[
    "take", "takes", "took", "taken", "taking", "give", "gives", "gave", "given", "giving", "into",
];
/// Determiners before which-noun `affect` is `effect` when `on`/`upon` follows.
const EFFECT_DETERMINERS: &[&str] = &[
    "the", "an", "no", "any", "its", "their", "his", "her", "little", "much", "some", "this",
    "that", "same", "such", "what",
];

fn joined(w: &Words, i: usize) -> bool {
    i < w.tokens.len() && w.tokens[i].gap == Gap::Space
}

/// Reports function-word confusions; `consumed` marks tokens already reported.
pub fn check(w: &Words, dict: &Dictionary, consumed: &mut [bool], out: &mut Vec<Finding>) {
    let n = w.tokens.len();
    let lower = |i: usize| if i < n { w.lower(i) } else { "" };
    // The word at i+1 right after i (only spaces between), or "".
    let next = |i: usize| if joined(w, i + 1) { lower(i + 1) } else { "" };
    // A hyphen goes on with the word (`its clear-statement rule`).
    let ends_clause =
        |i: usize| i + 1 >= n || !matches!(w.tokens[i + 1].gap, Gap::Space | Gap::Hyphen);
    let report = |i: usize, right: &str, why: &str, out: &mut Vec<Finding>| {
        let span = w.tokens[i].span;
        let found = w.raw(i);
        let right = super::confusables::match_case(found, right);
        out.push(
            Finding::new(
                span,
                &rules::CONFUSABLE,
                format!("“{found}” where “{right}” is meant ({why})"),
            )
            .with_fix(Fix::replace(span, right, true)),
        );
    };
    for (i, token) in w.tokens.iter().enumerate() {
        if !token.is_checkable() || consumed[i] {
            continue;
        }
        let before = out.len();
        match lower(i) {
            "its" => {
                let a = next(i);
                // After a preposition or `to` only the possessive fits: `object to its being
                // redacted`, `of its going concern value` (never `to it's`).
                let prev = if i > 0 && joined(w, i) {
                    lower(i - 1)
                } else {
                    ""
                };
                if PREPOSITIONS.contains(&prev) || prev == "to" {
                    continue;
                }
                // `its so-called defense`: the hyphen makes `so` part of an adjective.
                if a == "so" && i + 2 < n && w.tokens[i + 2].gap == Gap::Hyphen {
                    continue;
                }
                // (`its clear from the lease that…`: a phrase, then the clause.)
                let clause_within = |k: usize| {
                    matches!(next(k), "from" | "on" | "in" | "under" | "here")
                        && (k + 2..(k + 9).min(n)).any(|m| lower(m) == "that")
                };
                let predicate = CLAUSE_ADJECTIVES.contains(&a)
                    && (ends_clause(i + 1)
                        || CLAUSE_OPENERS.contains(&next(i + 1))
                        || a != "well" && clause_within(i + 1))
                    || a == "well" && dict.pos(next(i + 1)) & POS_PAST != 0;
                if NOT_AFTER_POSSESSIVE.contains(&a)
                    || predicate
                    || its_opens_clause(w, dict, i, prev)
                {
                    // Formal writing's `it is` first: briefs and opinions avoid the
                    // contraction (every labeled set drawn from opinions wants `it is`);
                    // `it's`, the fewest keystrokes, next.
                    report(i, "it is", "a possessive needs a noun after it", out);
                    if let Some(finding) = out.last_mut() {
                        let span = w.tokens[i].span;
                        let alternative = super::confusables::match_case(w.raw(i), "it's");
                        finding.fixes.push(Fix::replace(span, alternative, false));
                    }
                }
            }
            "there" if there_is_their(w, i) => {
                report(i, "their", "a possessive before the noun", out);
            }
            "there" => {
                if i == 0 || !joined(w, i) || !joined(w, i + 1) {
                    continue;
                }
                let (prev, noun) = (lower(i - 1), lower(i + 1));
                let governs = governs_object(dict, prev);
                let noun_pos = dict.pos(noun);
                // (Never a modal WordNet lists as a noun: `we recognize there may be`.)
                let is_noun = noun_pos & POS_NOUN != 0
                    && !TIME_ADVERBS.contains(&noun)
                    && !MODALS.contains(&noun)
                    && !FUNCTION_NOUNS.contains(&noun)
                    && !LOCATIVE_VERBS.contains(&noun)
                    && !PREPOSITIONS.contains(&noun)
                    && (noun_pos & (POS_VERB | POS_ADV | POS_ADJ) == 0
                        || matches!(next(i + 1), "to" | "of" | "and" | "or")
                        || ends_clause(i + 1)
                        || noun == "own");
                // `but there argument ignores`: a noun that only a possessive can precede,
                // followed by its verb.
                // (Not a modal WordNet lists as a noun: `there may have been`.)
                // (Nor `who`, the WHO to WordNet: `children out there who are`.)
                let subject = noun_pos & POS_NOUN != 0
                    && noun_pos & (POS_VERB | POS_ADV | POS_ADJ) == 0
                    && !MODALS.contains(&noun)
                    && !FUNCTION_NOUNS.contains(&noun)
                    && verb_follows(dict, next(i + 1));
                // `filed there joint status report`: an adjective, then the noun it modifies.
                let after = next(i + 1);
                let after_pos = dict.pos(after);
                let adjective_noun = noun_pos & POS_ADJ != 0
                    && noun_pos & POS_ADV == 0
                    && !QUANTIFIERS.contains(&noun)
                    && !LOCATIVE_VERBS.contains(&noun)
                    && !PREPOSITIONS.contains(&noun)
                    && !noun.ends_with("ly")
                    && after_pos & POS_NOUN != 0
                    && after_pos & POS_ADV == 0
                    && !FUNCTION_NOUNS.contains(&after)
                    && !MODALS.contains(&after)
                    && !PREPOSITIONS.contains(&after)
                    && !LOCATIVE_VERBS.contains(&after);
                // A noun that is also a verb (`visit there mother`, `once there quarters
                // were ready`): existential `there` is followed by its verb, so a word that
                // can only be a noun or a bare verb other than `there`'s own verbs
                // (`there remain issues`), then a finite verb or an object, is the possessive's.
                let noun_or_verb = noun_pos & POS_NOUN != 0
                    && noun_pos & (POS_ADV | POS_ADJ) == 0
                    && !noun.ends_with("ing")
                    && !EXISTENTIAL_VERBS.contains(&noun)
                    && !MODALS.contains(&noun)
                    && !FUNCTION_NOUNS.contains(&noun)
                    && !QUANTIFIERS.contains(&noun)
                    && !LOCATIVE_VERBS.contains(&noun)
                    && !PREPOSITIONS.contains(&noun);
                let finite_after = matches!(
                    after,
                    "was" | "were" | "is" | "are" | "had" | "has" | "have" | "will" | "would"
                );
                // `and there admission into evidence would have`: where a clause opens,
                // existential `there` takes its verb next; a word that can only be a noun,
                // then a preposition, is the head of the possessive's noun phrase (in the
                // opinions, `there` + a word + a preposition there is always a verb:
                // `there seemed to`, `there existed in`).
                let noun_then_preposition = noun_pos & POS_NOUN != 0
                    && noun_pos & (POS_VERB | POS_ADV | POS_ADJ) == 0
                    && !FUNCTION_NOUNS.contains(&noun)
                    && !MODALS.contains(&noun)
                    && !QUANTIFIERS.contains(&noun)
                    && !w.raw(i + 1).starts_with(char::is_uppercase)
                    && PREPOSITIONS.contains(&after)
                    && joined(w, i + 2)
                    && there_opens_clause(w, i);
                let subject = subject || noun_or_verb && finite_after || noun_then_preposition;
                let is_noun =
                    is_noun || governs && noun_or_verb && !ends_clause(i) && joined(w, i + 2);
                // `and from there Mother took Hunter`: a capitalized word followed by its
                // verb opens a clause after the adverb `there`.
                let clause_after =
                    w.raw(i + 1).starts_with(char::is_uppercase) && verb_follows(dict, after);
                if governs && (is_noun || adjective_noun) && !clause_after
                    || subject && !LOCATIVE_VERBS.contains(&noun)
                {
                    report(i, "their", "a possessive before the noun", out);
                } else if noun == "going" && next(i + 1) == "to" {
                    report(i, "they're", "“they are going to”", out);
                }
            }
            "they're" if they_are_is_their(w, i, dict) || they_are_before_noun(w, i, dict) => {
                report(i, "their", "a possessive before the noun", out);
            }
            "their" if next(i) == "not" || next(i) == "going" && next(i + 1) == "to" => {
                report(i, "they're", "“they are”", out);
            }
            "their" | "your" if predicate_after_possessive(w, dict, i) => {
                let right = if lower(i) == "their" {
                    "they're"
                } else {
                    "you're"
                };
                report(
                    i,
                    right,
                    "a participle or adjective with its complement: “are”",
                    out,
                );
            }
            "who's" => {
                let b = next(i);
                let pos = dict.pos(b);
                let noun_only = pos & POS_NOUN != 0 && pos & (POS_VERB | POS_ADJ | POS_ADV) == 0;
                // `who's conduct caused`: a noun followed by its verb; or by its verb after a
                // prepositional post-modifier (round 37: `who's course of dealing with
                // Charter is critical`; `who's counsel for the bank` has no verb of its own).
                let subject = pos & POS_NOUN != 0
                    && !b.ends_with("ing")
                    && !FUNCTION_NOUNS.contains(&b)
                    && !MODALS.contains(&b)
                    && (verb_follows(dict, next(i + 1))
                        || joined(w, i + 1) && verb_after_postmodifier(w, dict, i + 1));
                if noun_only || subject || whose_adjective_subject(w, dict, i) {
                    report(i, "whose", "a possessive before the noun", out);
                }
            }
            "whose" => {
                let b = next(i);
                // (Round 37: `whose to` + any bare verb, `whose to blame`, not only `to say`: in
                // 9.4M words of opinions and motion papers `whose to` never stands.)
                if matches!(b, "not" | "been" | "going" | "a" | "an" | "the")
                    || b == "to" && joined(w, i + 2) && dict.pos(next(i + 1)) & POS_BASE_VERB != 0
                {
                    report(i, "who's", "“who is” or “who has”", out);
                }
            }
            "it's" => {
                if i == 0 || !joined(w, i) {
                    continue;
                }
                // `abuse of it's discretion`, `exercise it's jurisdiction`: a possessive.
                let prev = lower(i - 1);
                let pos = dict.pos(next(i));
                let noun_phrase = pos & (POS_NOUN | POS_ADJ) != 0
                    && !CLAUSE_ADJECTIVES.contains(&next(i))
                    && !NOT_AFTER_POSSESSIVE.contains(&next(i));
                // `address it's merits`: after a verb that takes an object (not one that
                // takes a clause: `think it's time`), a noun that is no predicate.
                let b = next(i);
                let prev_pos = dict.pos(prev);
                let object_slot = prev_pos & POS_VERB != 0
                    && !CLAUSE_VERBS.contains(&prev)
                    && !LOCATIVE_VERBS.contains(&prev)
                    && !MODALS.contains(&prev)
                    && !FUNCTION_NOUNS.contains(&prev)
                    && pos & POS_NOUN != 0
                    && pos & (POS_ADJ | POS_ADV | POS_PAST) == 0
                    && !b.ends_with("ing")
                    && !matches!(b, "time" | "error" | "law" | "fact" | "true" | "about");
                // `because it's neighborhoods were`, `on which it's award was based`: a noun
                // (not an `-ing` form, nor a predicate's `time`, `law`) followed by a finite
                // verb is the subject of that verb, and `it's` its possessive; `it is` would
                // leave the verb without a subject.
                let noun_is_subject = pos & POS_NOUN != 0
                    && pos & (POS_ADJ | POS_ADV) == 0
                    && !b.ends_with("ing")
                    && !CLAUSE_ADJECTIVES.contains(&b)
                    && !NOT_AFTER_POSSESSIVE.contains(&b)
                    && !FUNCTION_NOUNS.contains(&b)
                    && !matches!(b, "time" | "error" | "law" | "fact")
                    && joined(w, i + 2)
                    && matches!(
                        next(i + 1),
                        "was" | "were" | "is" | "are" | "has" | "had" | "have" | "will" | "would"
                    );
                // `if it's probative value is outweighed`: the same with an adjective (one
                // that takes no clause: not `it's clear`) before the subject noun.
                let adjective_then_subject = pos & POS_ADJ != 0
                    && pos & (POS_NOUN | POS_VERB) == 0
                    && !CLAUSE_ADJECTIVES.contains(&b)
                    && !NOT_AFTER_POSSESSIVE.contains(&b)
                    && joined(w, i + 2)
                    && joined(w, i + 3)
                    && {
                        let noun = next(i + 1);
                        let noun_pos = dict.pos(noun);
                        noun_pos & POS_NOUN != 0
                            && noun_pos & (POS_ADJ | POS_ADV) == 0
                            && !noun.ends_with("ing")
                            && !FUNCTION_NOUNS.contains(&noun)
                    }
                    && matches!(
                        next(i + 2),
                        "was" | "were" | "is" | "are" | "has" | "had" | "have" | "will" | "would"
                    );
                // `all of it's reappearing features`, `in it's entirety`: after a preposition
                // proper (not `for`, `about`, `than`, `like`, which may open `it is`) only the
                // possessive fits, whatever word follows.
                let after_preposition = matches!(
                    prev,
                    "of" | "in"
                        | "on"
                        // (Round 37: `in arriving at it's premium structure`; and a form of
                        // `have`, whose object only the possessive opens, `has it's roots in`.)
                        | "at"
                        | "has"
                        | "have"
                        | "had"
                        | "having"
                        | "with"
                        | "by"
                        | "from"
                        | "into"
                        | "upon"
                        | "within"
                        | "without"
                        | "against"
                        | "through"
                        | "throughout"
                        | "during"
                        | "onto"
                        | "among"
                        | "between"
                        | "under"
                ) && w.raw(i - 1).starts_with(char::is_lowercase)
                    && joined(w, i + 1)
                    && w.raw(i + 1).bytes().all(|c| c.is_ascii_lowercase())
                    && !CLAUSE_ADJECTIVES.contains(&b)
                    && !NOT_AFTER_POSSESSIVE.contains(&b)
                    && !matches!(b, "a" | "an" | "the" | "been" | "being" | "not" | "no");
                // (`to it's owner`: `to` before `it is` never makes a clause.)
                if after_preposition
                    || noun_phrase
                        && (PREPOSITIONS.contains(&prev)
                            || prev == "to"
                            || POSSESSIVE_TAKERS.contains(&prev))
                    || object_slot
                        && !CLAUSE_ADJECTIVES.contains(&b)
                        && !NOT_AFTER_POSSESSIVE.contains(&b)
                    || noun_is_subject
                    || adjective_then_subject
                {
                    report(i, "its", "the possessive: “it's” is “it is”", out);
                }
            }
            "than" => {
                // `and than the parties settled`: a clause after `and`/`but`/a comma with no
                // comparison before it wants `then`.
                if i == 0 {
                    continue;
                }
                let after_joint =
                    joined(w, i) && matches!(lower(i - 1), "and" | "but" | "since" | "until");
                let after_comma = token.gap == Gap::Other
                    && w.text[w.tokens[i - 1].span.end..token.span.start].trim() == ",";
                let clause_start = (0..i)
                    .rev()
                    .find(|&k| w.tokens[k].starts_sentence())
                    .unwrap_or(0);
                let compared = (clause_start..i).any(|k| {
                    let lw = lower(k);
                    // (`It is closer to crime than to debt`: after a copula or a degree
                    // adverb a comparative WordNet also lists as a noun compares.)
                    let predicative = k > clause_start
                        && matches!(
                            lower(k - 1),
                            "is" | "was"
                                | "are"
                                | "were"
                                | "be"
                                | "been"
                                | "much"
                                | "far"
                                | "even"
                                | "still"
                                | "no"
                                | "any"
                                | "seems"
                                | "appears"
                        );
                    COMPARATIVES.contains(&lw)
                        || is_comparative(dict, lw, predicative)
                        || matches!(
                            lw,
                            "different" | "differently" | "prefer" | "preferable" | "else"
                        )
                });
                let subject_next = matches!(
                    next(i),
                    "the" | "he" | "she" | "it" | "they" | "we" | "i" | "you" | "this" | "that"
                ) || joined(w, i + 1)
                    && w.raw(i + 1).starts_with(char::is_uppercase);
                // `Nevils than filed`, `and than immediately left`: a past-tense verb (after
                // at most an -ly adverb) follows `then`; a comparison's `than` takes a noun
                // phrase (`more than filed` is compared, so left alone).
                let past_at = |k: usize| {
                    let lw = lower(k);
                    let pos = dict.pos(lw);
                    joined(w, k)
                        && pos & POS_PAST != 0
                        && pos & (POS_NOUN | POS_ADJ) == 0
                        && lw.ends_with("ed")
                };
                // (After an adverb any past form, when a clause opens: `and than
                // immediately left`; not `privileges than previously permitted`.)
                let prev_word = lower(i - 1);
                let opens_clause = after_joint
                    || after_comma
                    || matches!(prev_word, "he" | "she" | "it" | "they" | "we" | "i")
                    || joined(w, i) && w.raw(i - 1).starts_with(char::is_uppercase);
                let elliptic = |k: usize| ELLIPTIC_PARTICIPLES.contains(&lower(k));
                let past_next = past_at(i + 1) && !elliptic(i + 1)
                    || opens_clause
                        && next(i).ends_with("ly")
                        && joined(w, i + 2)
                        && dict.pos(lower(i + 2)) & POS_PAST != 0
                        && !elliptic(i + 2);
                // `The lessee than had 60 days`, `Taylor than told Fox`: a sentence that so far
                // is only its subject (a name, or a determiner and nouns) holds nothing for
                // `than` to compare, so any past form after it (irregular `had`, `told`, or
                // one that is also an adjective: `stated`) wants `then`.
                let subject_only = i - clause_start <= 4
                    && w.raw(clause_start).starts_with(char::is_uppercase)
                    && (clause_start..i).all(|k| {
                        let lw = lower(k);
                        (k == clause_start || joined(w, k))
                            && (super::grammar::is_article_or_demonstrative(lw)
                                || w.raw(k).starts_with(char::is_uppercase)
                                || dict.pos(lw) & POS_NOUN != 0 && !FUNCTION_NOUNS.contains(&lw))
                    });
                let any_past_next = joined(w, i + 1)
                    && (dict.pos(next(i)) & POS_PAST != 0
                        || matches!(next(i), "had" | "was" | "were"));
                let past_next = past_next || subject_only && any_past_next;
                // `If a petitioner raises …, than res judicata will not`: the clause after a
                // conditional or temporal clause and its comma opens with `then`.
                let after_condition = after_comma
                    && matches!(
                        lower(clause_start),
                        "if" | "when" | "once" | "where" | "after" | "unless" | "whenever"
                    );
                // `and than removed to Business Court`, `and than to the secondary carrier`:
                // a past form or a preposition after `and than`, nothing compared before it.
                let joint_sequence = after_joint && any_past_next;
                // (Round 40: `and than secondly, determine`, `and than finally held`: a
                // sequence adverb after `and than`, then a comma or a verb.)
                let joint_sequence =
                    joint_sequence || after_joint && than_sequence_next(w, dict, i);
                // `We look than at the third paragraph`, `and than to the secondary carrier`:
                // a comparison's `than` may take a phrase (`more than at trial`), so with
                // nothing compared in the clause a preposition after it wants `then`.
                let phrase_next = joined(w, i)
                    && joined(w, i + 1)
                    && (PREPOSITIONS.contains(&next(i))
                        || matches!(next(i), "at" | "to" | "after" | "before" | "during"))
                    && w.raw(i - 1).starts_with(char::is_lowercase);
                // `the tracking device can than register`, `was instructed to than return`:
                // after a modal or `to`, before a bare verb, no comparison can open.
                let verb_after_modal = joined(w, i)
                    && (MODALS.contains(&prev_word) || prev_word == "to")
                    && joined(w, i + 1)
                    && dict.pos(next(i)) & POS_BASE_VERB != 0
                    && w.raw(i + 1).starts_with(char::is_lowercase);
                if ((after_joint || after_comma) && subject_next
                    || past_next
                    || verb_after_modal
                    || after_condition
                    || joint_sequence
                    || phrase_next)
                    && !compared
                {
                    report(i, "then", "“then”: what came next", out);
                }
            }
            "you're" => {
                let pos = dict.pos(next(i));
                if pos & POS_NOUN != 0 && pos & (POS_VERB | POS_ADJ | POS_ADV) == 0 {
                    report(i, "your", "a possessive before the noun", out);
                }
            }
            "then" => {
                if i == 0 || !joined(w, i) {
                    continue;
                }
                let prev = lower(i - 1);
                let comparative = COMPARATIVES.contains(&prev) || is_comparative(dict, prev, false);
                if comparative && !THEN_ADJECTIVE.contains(&next(i))
                    || comparison_before(w, dict, i)
                {
                    report(i, "than", "a comparison", out);
                }
            }
            "weather" if weather_is_whether(w, dict, i) => {
                report(i, "whether", "“whether” opens the clause that follows", out);
            }
            "form" if form_is_from(w, dict, i) => {
                report(
                    i,
                    "from",
                    "a preposition: the noun “form” needs a determiner, the verb a subject",
                    out,
                );
            }
            "principal" => {
                // `the principal of reasonable doubt`: `of` and a bare noun phrase of an
                // idea (no determiner: `the principal of the loan`, of a school: `the
                // principal of Lincoln High`) is a principle.
                if next(i) != "of" || !joined(w, i + 2) {
                    continue;
                }
                let c = lower(i + 2);
                let raw_c = w.raw(i + 2);
                let idea = raw_c.starts_with(char::is_lowercase)
                    && raw_c.chars().all(char::is_alphabetic)
                    && !EFFECT_DETERMINERS.contains(&c)
                    && !QUANTIFIERS.contains(&c)
                    && !matches!(
                        c,
                        "a" | "an"
                            | "our"
                            | "my"
                            | "your"
                            | "these"
                            | "those"
                            | "each"
                            | "every"
                            | "such"
                            | "said"
                            | "both"
                            | "which"
                            | "whom"
                            | "it"
                    )
                    && !PRINCIPAL_OF.contains(&c)
                    && dict.pos(c) & (POS_NOUN | POS_ADJ) != 0;
                if idea {
                    report(
                        i,
                        "principle",
                        "a rule or tenet; “principal” is the chief one or a sum",
                        out,
                    );
                }
            }
            "principle" => {
                // `the principle concern`, `Defendant's principle argument`: before a noun
                // the adjective `principal` (chief) is meant.
                if i == 0 || !joined(w, i) {
                    continue;
                }
                let prev = lower(i - 1);
                let determined = EFFECT_DETERMINERS.contains(&prev)
                    || matches!(prev, "a" | "our" | "my" | "your")
                    || prev.ends_with("'s")
                    || prev.ends_with("s'");
                let b = next(i);
                let pos = dict.pos(b);
                // (Not a function word WordNet lists as a noun: `this principle in Nelson`.)
                let noun = pos & POS_NOUN != 0
                    && (pos & POS_VERB == 0 || pos & POS_BASE_VERB != 0)
                    // (`made this principle one of growing importance`: `one` is a
                    // pronoun after its object, not the noun a `principal` would modify.)
                    && !matches!(b, "of" | "that" | "is" | "was" | "applies" | "behind" | "one")
                    && !PREPOSITIONS.contains(&b)
                    && !FUNCTION_NOUNS.contains(&b)
                    && !MODALS.contains(&b)
                    && !b.ends_with("ing");
                if determined && noun && joined(w, i + 1) {
                    report(i, "principal", "the adjective: chief, main", out);
                }
            }
            "lead" => {
                // `have lead to`, `had lead him`, `was lead to believe`: after a form of
                // `have` or `be`, before `to`, a pronoun or a determiner, the participle `led`
                // (`has lead counsel`, `had lead poisoning` take neither).
                if i == 0 || !joined(w, i) || !joined(w, i + 1) {
                    continue;
                }
                let prev = lower(i - 1);
                let b = next(i);
                let perfect = matches!(prev, "have" | "has" | "had" | "having")
                    && matches!(
                        b,
                        "to" | "him"
                            | "her"
                            | "them"
                            | "us"
                            | "me"
                            | "the"
                            | "a"
                            | "an"
                            | "this"
                            | "these"
                            | "those"
                            | "his"
                            | "their"
                            | "its"
                            | "it"
                    );
                let passive = matches!(prev, "was" | "were" | "been" | "being")
                    && matches!(b, "to" | "by")
                    && w.raw(i + 1).starts_with(char::is_lowercase);
                if perfect || passive {
                    report(i, "led", "the past participle of “lead”", out);
                }
            }
            "effect" if effect_is_affect(w, dict, i) => {
                report(i, "affect", "the verb: to influence", out);
            }
            "discreet" if discreet_is_discrete(w, dict, i) => {
                report(
                    i,
                    "discrete",
                    "separate, distinct: “discreet” is tactful, said of people and their manner",
                    out,
                );
            }
            "effected" if effected_is_affected(w, i) => {
                report(i, "affected", "the verb: to influence", out);
            }
            "affect" => {
                let after_verb = i > 0 && joined(w, i) && EFFECT_VERBS.contains(&lower(i - 1));
                let noun_slot = i > 0
                    && joined(w, i)
                    && (EFFECT_DETERMINERS.contains(&lower(i - 1))
                        || dict.pos(lower(i - 1)) & POS_ADJ != 0
                            && dict.pos(lower(i - 1)) & (POS_NOUN | POS_VERB) == 0)
                    && matches!(next(i), "on" | "upon");
                if after_verb || noun_slot {
                    report(i, "effect", "the noun: a result", out);
                }
            }
            _ => {}
        }
        if out.len() > before {
            consumed[i] = true;
        }
    }
}

/// Determiners and possessives: a participle after one is an adjective (`the revised form`).
const FORM_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "any", "each", "every", "no", "some", "such", "same", "new", "standard",
];
/// Verbs a bare verb may follow (`help form a coalition`, `let form`).
const BARE_VERB_TAKERS: &[&str] = &[
    "help", "helps", "helped", "helping", "let", "lets", "make", "makes", "made", "making", "see",
    "saw", "watch", "hear", "go",
];
/// Words that govern `from` and cannot stand before the noun or the verb `form`: `far form
/// clear`, `an appeal form this order`.
const FROM_GOVERNORS: &[&str] = &[
    "far",
    "away",
    "apart",
    "aside",
    "differently",
    "separately",
    "free",
    "immune",
    "exempt",
    "distinct",
    "appeal",
    "appeals",
    "departure",
    "departures",
    "deviation",
    "protection",
    "exemption",
    "exemptions",
    "immunity",
    "escape",
    "withdrawal",
    "transition",
    "freedom",
    "inference",
    "inferences",
    "emanating",
    "absent",
];

/// Whether `form` at `i` is a slip for `from`. The noun `form` follows a determiner or a
/// modifier (`the verdict form`, `in written form`), the verb a subject, a modal or `to`
/// (`the facts form the basis`); neither follows a participle, a third-person verb or a
/// bare verb after a modal (`eliminated form the case`, `arises form a tort`, `can come
/// form asking`), nor a word that governs `from` (`far form clear`). What follows must be
/// what `from` takes: a noun phrase or a gerund.
fn form_is_from(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let n = w.tokens.len();
    // (`Form 10-K`, `Form I-9`: a form's name.)
    if i == 0 || i + 1 >= n || !joined(w, i) || !joined(w, i + 1) || w.raw(i) != "form" {
        return false;
    }
    let lower = |k: usize| w.lower(k);
    let prev = lower(i - 1);
    let after = lower(i + 1);
    let after_raw = w.raw(i + 1);
    let after_pos = dict.pos(after);
    let noun_phrase_next = super::grammar::is_article_or_demonstrative(after)
        || matches!(
            after,
            "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "any"
                | "each"
                | "every"
                | "one"
                | "all"
                | "both"
                | "him"
                | "them"
                | "us"
                | "me"
                | "what"
                | "which"
                | "where"
                | "whom"
        )
        || after_raw.starts_with(char::is_uppercase)
            && after_raw.chars().skip(1).any(char::is_lowercase)
            && after_raw.chars().all(char::is_alphabetic)
        || after.ends_with("ing") && after_pos & POS_VERB != 0
        || after_pos & POS_NOUN != 0 && after_pos & (POS_VERB | POS_ADJ | POS_ADV) == 0;
    // The noun phrases the verb `form` takes: `form the basis of`, `form a part of`.
    let verb_object = matches!(after, "the" | "a" | "an" | "part" | "parts")
        && i + 2 < n
        && matches!(
            lower(i + 2),
            "basis"
                | "bases"
                | "core"
                | "foundation"
                | "crux"
                | "heart"
                | "backbone"
                | "bulk"
                | "subject"
                | "predicate"
                | "gravamen"
                | "part"
                | "parts"
                | "of"
                | "kind"
                | "sort"
                | "type"
                | "contract"
                | "agreement"
                | "partnership"
                | "corporation"
                | "union"
                | "coalition"
                | "company"
                | "group"
                | "new"
                | "single"
                | "whole"
                | "unit"
                | "belief"
                | "judgment"
                | "view"
                | "opinion"
                | "intent"
                | "plan"
                | "conspiracy"
                | "relationship"
                | "pattern"
                | "chain"
                | "link"
                | "nexus"
        );
    // (Round 40: only where the verb `form` could stand: not after a verb of its own, `could
    // sever form the agreement`, `arise form the approach`.)
    let prev_verb_only = {
        let p = dict.pos(prev);
        p & POS_VERB != 0
            && p & (POS_NOUN | POS_ADJ) == 0
            && !MODALS.contains(&prev)
            && !BARE_VERB_TAKERS.contains(&prev)
            && !AUXILIARIES.contains(&prev)
    };
    if verb_object && !prev_verb_only {
        return false;
    }
    // `the prejudgment claim of right to possession form state that copies`: a plural
    // subject's verb of saying and its `that` clause after the noun `form`.
    if i + 2 < n && after_pos & POS_BASE_VERB != 0 && lower(i + 2) == "that" && joined(w, i + 2) {
        return false;
    }
    // `the permission to search form at issue`: a kind of form, and no noun phrase after it
    // for `from` to take (`a request form the court` still is one).
    // (`at` is a noun to WordNet, a Laotian coin.)
    let phrase_next = noun_phrase_next && !PREPOSITIONS.contains(&after) && after != "at";
    if (FORM_KIND_NOUNS.contains(&prev) || super::compounds::is_compound(prev, "form"))
        && !phrase_next
    {
        return false;
    }
    let pos = dict.pos(prev);
    let before = if i >= 2 && joined(w, i - 1) {
        lower(i - 2)
    } else if i >= 3 && w.tokens[i - 1].gap == Gap::Hyphen && joined(w, i - 2) {
        // `a pre-printed form requesting`: the word before the hyphenated compound.
        lower(i - 3)
    } else {
        ""
    };
    // (`in printed form the record`: a participle after a preposition is an adjective.)
    let adjectival = FORM_DETERMINERS.contains(&before)
        || PREPOSITIONS.contains(&before)
        || matches!(before, "at" | "to")
        || before.ends_with("'s");
    if compound_noun_before_form(w, dict, i) {
        return false;
    }
    if FROM_GOVERNORS.contains(&prev) {
        // A noun that governs `from` (`an appeal form this order`) wants a noun phrase
        // after it; an adverb (`far form clear`) anything but `by far form the largest`.
        // (`immune form suit`: an adjective that WordNet also lists as a noun reads as the
        // adjective.)
        return if dict.pos(prev) & POS_NOUN != 0 && dict.pos(prev) & (POS_ADV | POS_ADJ) == 0 {
            noun_phrase_next
        } else {
            before != "by" && !adjectival
        };
    }
    // `cut it off form its moorings`: `off` before a determiner or possessive (not `was off
    // form`, out of form).
    if prev == "off"
        && (super::grammar::is_article_or_demonstrative(after)
            || matches!(
                after,
                "its" | "his" | "her" | "their" | "our" | "my" | "your"
            ))
        && !matches!(before, "was" | "were" | "is" | "are" | "been" | "be")
    {
        return true;
    }
    // `differs markedly form those`, `removed entirely form the record`: an -ly adverb
    // between a verb that governs `from` (a third-person or past form, no noun) and `form`.
    if prev.ends_with("ly") && pos & POS_ADV != 0 && noun_phrase_next && i >= 2 {
        let bpos = dict.pos(before);
        let verb_only = bpos & POS_VERB != 0 && bpos & (POS_NOUN | POS_ADJ) == 0;
        if verb_only
            && (before.ends_with('s') || bpos & POS_PAST != 0)
            && !BARE_VERB_TAKERS.contains(&before)
            && !relative_clause(w, i)
        {
            return true;
        }
    }
    // Round 40: `freed them form outdated rules`, `prevent him form testifying`: an object
    // pronoun is no subject for the verb `form` (that is `they form`) and no modifier of the
    // noun, unless a verb that takes a bare infinitive stands before it (`let them form`,
    // `had them form a line`) or it ends a quantifier's phrase (`some of them form`), or the
    // noun `form` opens a compound (`sent him form letters`).
    if matches!(prev, "them" | "him" | "us" | "me") && joined(w, i - 1) {
        let before_pronoun = if i >= 2 { lower(i - 2) } else { "" };
        let bare_infinitive = BARE_VERB_TAKERS.contains(&before_pronoun)
            || matches!(
                before_pronoun,
                "have"
                    | "has"
                    | "had"
                    | "having"
                    | "bid"
                    | "seen"
                    | "sees"
                    | "watched"
                    | "watches"
                    | "watching"
                    | "heard"
                    | "hears"
                    | "lets"
                    | "letting"
                    | "of"
                    | "among"
                    | "between"
                    | "all"
                    | "both"
                    | "each"
            );
        let compound_after = super::compounds::is_compound("form", after)
            || matches!(
                after,
                "letter" | "letters" | "language" | "contract" | "contracts"
            );
        return !bare_infinitive
            && !compound_after
            && (noun_phrase_next || after_pos & (POS_ADJ | POS_PAST) != 0)
            && !relative_clause(w, i);
    }
    if model_says_from(w, dict, i, after) && !relative_clause(w, i) {
        return true;
    }
    if object_noun_before_form(w, dict, i) {
        return true;
    }
    if verb_before_form(w, dict, i) || gerund_after_form(w, dict, i) {
        return !relative_clause(w, i);
    }
    if !noun_phrase_next || !w.raw(i - 1).starts_with(char::is_lowercase) {
        return false;
    }
    let verb_only = pos & POS_VERB != 0 && pos & (POS_NOUN | POS_ADJ) == 0;
    // `eliminated form the case`, `drawn form silence` (not `the revised form the agency
    // adopted`, nor `the acts alleged form the basis`: a subject before the participle).
    let participle = pos & POS_PAST != 0
        && pos & POS_NOUN == 0
        && !adjectival
        && !super::grammar::is_plural_noun(before)
        && !BARE_VERB_TAKERS.contains(&prev);
    // `arises form a tort`: a third-person verb (not a plural noun: `the facts form`).
    let third_person = verb_only
        && prev.ends_with('s')
        && pos & POS_PAST == 0
        && !BARE_VERB_TAKERS.contains(&prev);
    // `can come form asking`, `did not spring form a belief`: a bare verb after a modal.
    let bare_after_modal = pos & POS_BASE_VERB != 0
        && pos & POS_PAST == 0
        && (MODALS.contains(&before) || matches!(before, "not" | "did" | "does" | "do" | "to"))
        && !BARE_VERB_TAKERS.contains(&prev)
        && !matches!(prev, "be" | "have" | "not" | "help");
    (participle || third_person || bare_after_modal) && !relative_clause(w, i)
}

/// Auxiliaries a bare verb follows (`did form the agreement`).
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "didn't", "doesn't", "don't", "to", "not", "and", "or", "be", "come",
    "help", "also", "jointly", "together",
];

/// Round 40: a finite verb or a participle right before `form`, which then can be neither the
/// verb (two verbs do not follow each other) nor the noun (a verb does not modify it):
/// `was compiled form work schedules` (be and a participle, whatever follows), `he fell form
/// the couch` (a subject pronoun and its past form), `Rendon appeals form summary judgment`
/// (a name and its -s form), `claims often arise form the approach`, `could sever form`
/// (a verb that is nothing else, not after a verb that takes a bare infinitive).
#[inline(never)]
fn verb_before_form(w: &Words, dict: &Dictionary, i: usize) -> bool {
    if i < 2 || !joined(w, i - 1) || !w.raw(i - 1).bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let prev = w.lower(i - 1);
    let pos = dict.pos(prev);
    let before = w.lower(i - 2);
    let before_raw = w.raw(i - 2);
    let after = w.lower(i + 1);
    let after_pos = dict.pos(after);
    // What follows must be what `from` takes: a word, no verb of a clause.
    let word_after = after
        .chars()
        .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
        && !matches!(
            after,
            "and" | "or" | "but" | "that" | "which" | "who" | "to" | "of"
        )
        && (after_pos & POS_VERB == 0 || after_pos & POS_NOUN != 0 || after.ends_with("ing"));
    if !word_after {
        return false;
    }
    let be_participle = matches!(
        before,
        "was" | "were" | "been" | "being" | "is" | "are" | "be"
    ) && pos & POS_PAST != 0
        && pos & POS_NOUN == 0
        && prev.ends_with("ed");
    let determiner_phrase = super::grammar::is_article_or_demonstrative(after)
        || matches!(
            after,
            "his" | "her" | "its" | "their" | "our" | "my" | "your" | "any" | "each" | "every"
        );
    let pronoun_verb = matches!(before, "he" | "she" | "they" | "we" | "i")
        && (pos & POS_PAST != 0 || prev.ends_with('s') && pos & POS_VERB != 0)
        && determiner_phrase;
    let name_verb = before_raw.starts_with(char::is_uppercase)
        && before_raw.len() > 2
        && before_raw.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && !w.tokens[i - 2].starts_sentence()
        && joined(w, i - 2)
        && i >= 3
        && !FORM_DETERMINERS.contains(&w.lower(i - 3))
        && !w.lower(i - 3).ends_with("'s")
        && prev.ends_with('s')
        && pos & POS_VERB != 0
        && !super::compounds::is_compound(prev, "form")
        && !FORM_KIND_NOUNS.contains(&prev);
    let bare_verb = pos & POS_BASE_VERB != 0
        && pos & (POS_NOUN | POS_ADJ | POS_PAST) == 0
        && !MODALS.contains(&prev)
        && !BARE_VERB_TAKERS.contains(&prev)
        && !AUXILIARIES.contains(&prev)
        && !BARE_VERB_TAKERS.contains(&before)
        && determiner_phrase;
    be_participle || pronoun_verb || name_verb || bare_verb
}

/// Round 40: `prevent Johnson form appealing the amount`, `precluding defendants form enforcing
/// a decision`: `form` between a noun phrase and a gerund with its object. The verb `form`
/// takes a noun, not a gerund, and a bare noun or a name before it is no determiner of the
/// noun `form` (`the agency form requiring` is left alone: a determiner may make it a
/// compound); `forming binding agreements` (an -ing word before its noun) is no gerund.
#[inline(never)]
fn gerund_after_form(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let n = w.tokens.len();
    if i < 1 || i + 2 >= n || !joined(w, i - 1) || !joined(w, i + 2) {
        return false;
    }
    let (prev, raw_prev) = (w.lower(i - 1), w.raw(i - 1));
    let gerund = w.lower(i + 1);
    let object = w.lower(i + 2);
    if !gerund.ends_with("ing")
        || dict.pos(gerund) & POS_VERB == 0
        || !(super::grammar::is_article_or_demonstrative(object)
            || matches!(
                object,
                "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "him"
                    | "them"
                    | "us"
                    | "me"
                    | "it"
                    | "so"
                    | "any"
            ))
    {
        return false;
    }
    let before = if i >= 2 && joined(w, i - 1) {
        w.lower(i - 2)
    } else {
        ""
    };
    let bare_np = !FORM_DETERMINERS.contains(&before) && !before.ends_with("'s");
    let name = raw_prev.starts_with(char::is_uppercase)
        && raw_prev.len() > 2
        && raw_prev.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && (i < 1 || !w.tokens[i - 1].starts_sentence() || i == 1);
    let lowercase_noun = raw_prev.bytes().all(|b| b.is_ascii_lowercase())
        && dict.pos(prev) & POS_NOUN != 0
        && !FORM_DETERMINERS.contains(&prev)
        && !FUNCTION_NOUNS.contains(&prev)
        && !FORM_KIND_NOUNS.contains(&prev)
        && !super::compounds::is_compound(prev, "form");
    let pronoun = matches!(prev, "them" | "him" | "us" | "me");
    (name && bare_np || lowercase_noun && (bare_np || super::grammar::is_plural_noun(prev)))
        || pronoun && !BARE_VERB_TAKERS.contains(&before)
}

/// `a jury question form asking to be excused`: a determiner and two or three singular
/// nouns before `form` make it the head of a compound noun, whatever follows.
fn compound_noun_before_form(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let singular_noun = |k: usize| {
        let lower = w.lower(k);
        w.raw(k).bytes().all(|b| b.is_ascii_lowercase())
            && !FORM_DETERMINERS.contains(&lower)
            && dict.pos(lower) & POS_NOUN != 0
            && !super::grammar::is_plural_noun(lower)
            && !lower.ends_with("ing")
            && joined(w, k + 1)
    };
    // Only the noun next to `form` may also be a verb or an adjective (`question`); the
    // ones before it are nouns alone (`jury`), so `a complaint can come form asking` (`can`)
    // and `the city is immune form liability` stay verbs and adjectives.
    let noun_only = |k: usize| w.pos(k) & (POS_VERB | POS_ADJ | POS_ADV) == 0;
    let mut k = i;
    while k > 0 && i - k < 3 && singular_noun(k - 1) && (k == i || noun_only(k - 1)) {
        k -= 1;
    }
    let nouns = i - k;
    nouns >= 2
        && k > 0
        && joined(w, k)
        && (FORM_DETERMINERS.contains(&w.lower(k - 1)) || w.lower(k - 1).ends_with("'s"))
}

/// Nouns that name a kind of form, so that `the verdict form`, `a consent form` is the
/// noun `form` (with the two-word compounds of the dictionary: `claim form`, `tax form`).
const FORM_KIND_NOUNS: &[&str] = &[
    "verdict",
    "search",
    "consent",
    "release",
    "waiver",
    "intake",
    "entry",
    "registration",
    "request",
    "plea",
    "proxy",
    "ballot",
    "enrollment",
    "authorization",
    "election",
    "complaint",
    "answer",
    "interrogatory",
    "questionnaire",
    "submission",
    "notice",
    "permit",
    "license",
    "report",
    "referral",
    "admission",
    "discharge",
    "evaluation",
    "assessment",
    "disclosure",
    "standard",
    "printed",
    "written",
    "final",
    "short",
    "long",
    "proper",
    "same",
    "draft",
    "model",
    "sample",
    "blank",
    "paper",
    "electronic",
    "online",
    "web",
    "signed",
    "unsigned",
    "medical",
    "customs",
    "insurance",
    "loan",
    "job",
    "employment",
    "booking",
    "incident",
    "arrest",
    "police",
    "court",
    "judgment",
    "bond",
    "bail",
    "probation",
    "parole",
    "sentencing",
    "custody",
    "visitation",
    "child",
    "support",
    "divorce",
    "dissolution",
    "immigration",
    "visa",
    "asylum",
    "census",
    "survey",
    "rating",
    "fee",
    "payment",
    "deposit",
    "transfer",
    "title",
    "deed",
    "lease",
    "rental",
    "contract",
    "agreement",
    "policy",
    "coverage",
    "benefit",
    "benefits",
    "pension",
    "retirement",
    "financial",
    "affidavit",
    "verification",
    "petition",
    "motion",
    "summons",
    "subpoena",
    "warrant",
    "order",
    "instruction",
    "jury",
    "special",
    "general",
];

/// How probable the learned model must find `from` after a noun (`removing the cover form
/// the gear box`): the grammar below has ruled out the verb, and the kind-of-form nouns the
/// noun, but a noun before `form` is a weaker sign than a participle.
const FORM_AFTER_NOUN_FLOOR: f32 = 0.5;

/// `removing the cover form the gear box`, `heard a noise form the kitchen`: a singular
/// noun with its determiner, then `form`, then a determiner. The verb `form` cannot follow
/// a singular noun (`the cover form` has no verb agreeing), and the noun `form` after a noun
/// is a kind of form (`the verdict form`); a relative clause after it (`the verdict form the
/// court provided`) keeps the noun reading.
fn object_noun_before_form(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let n = w.tokens.len();
    if i < 2 || i + 2 >= n || !joined(w, i - 1) || !joined(w, i + 2) {
        return false;
    }
    let prev = w.lower(i - 1);
    let prev_pos = dict.pos(prev);
    let before = w.lower(i - 2);
    // (Round 40: also a noun that ends the object of a preposition, bare: `to deal with
    // stress form work`, `admitted to Columbia form the wait list`; a name only there, since
    // a name opening its clause may be a plural subject: `the Framers form`.)
    let after_preposition = joined(w, i - 2)
        && (PREPOSITIONS.contains(&before) || before == "to")
        && !matches!(before, "of" | "like" | "as");
    let raw_prev = w.raw(i - 1);
    let name = after_preposition
        && raw_prev.starts_with(char::is_uppercase)
        && raw_prev.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && raw_prev.len() > 2
        && !raw_prev.ends_with('s')
        && !w.tokens[i - 1].starts_sentence();
    // (Round 40: a plural noun as a verb's object, `removing items form her desk`,
    // `received kites form defendant`: no subject for the verb `form`.)
    let before_pos = dict.pos(before);
    let object_of_verb = joined(w, i - 2)
        && before_pos & POS_VERB != 0
        && before_pos & POS_NOUN == 0
        && (before.ends_with("ing") || before.ends_with("ed") && before_pos & POS_PAST != 0)
        && super::grammar::is_plural_noun(prev);
    let determiner_before = FORM_DETERMINERS.contains(&before)
        || matches!(before, "no" | "every" | "each")
        || before.ends_with("'s")
        || after_preposition && !FORM_DETERMINERS.contains(&prev)
        || object_of_verb;
    let lowercase_noun =
        raw_prev.bytes().all(|b| b.is_ascii_lowercase()) && prev_pos & POS_NOUN != 0;
    if !(name || lowercase_noun)
        || super::grammar::is_plural_noun(prev) && !object_of_verb
        || prev.ends_with("ing")
        || !determiner_before
        || FORM_KIND_NOUNS.contains(&prev)
        || super::compounds::is_compound(prev, "form")
        || !matches!(
            w.lower(i + 1),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
                | "these"
                | "those"
        )
    {
        return false;
    }
    // A relative clause after the noun phrase: a finite verb within three words of it
    // (`the verdict form the court provided`, `the form the agency adopted`).
    let relative = (i + 3..(i + 6).min(n)).any(|k| {
        let lw = w.lower(k);
        let pos = dict.pos(lw);
        joined(w, k)
            && (pos & POS_PAST != 0 && pos & POS_NOUN == 0
                || pos & POS_VERB != 0 && pos & POS_NOUN == 0 && lw.ends_with('s')
                || MODALS.contains(&lw))
    });
    !relative
        && super::realword::model()
            .and_then(|m| m.probability_of(w, i, "from"))
            .is_some_and(|p| p >= FORM_AFTER_NOUN_FLOOR)
}

/// `the pylons we have described form a foundation`: a relative clause (a pronoun after a
/// noun) ends before `form` at `i`, the verb of the noun.
fn relative_clause(w: &Words, i: usize) -> bool {
    (i.saturating_sub(4)..i.saturating_sub(1)).any(|k| {
        k > 0
            && joined(w, k)
            && matches!(
                w.lower(k),
                "we" | "they" | "i" | "you" | "he" | "she" | "it"
            )
            && w.pos(k - 1) & POS_NOUN != 0
            && w.raw(k - 1).starts_with(char::is_lowercase)
            && !MODALS.contains(&w.lower(k - 1))
            && !FUNCTION_NOUNS.contains(&w.lower(k - 1))
    })
}

/// How probable the learned model must find `whether` in place of `weather` when a clause's
/// subject (or `to`) follows; the model alone asks 0.9995 of every context.
const WEATHER_MODEL_FLOOR: f32 = 0.99;

/// `measure weather the subject is`: `weather` before what opens a clause (a determiner, a
/// subject pronoun, `to`), with no determiner or modifier before it that would make it the
/// noun (`the weather the day before`, `bad weather that night`), and the learned model
/// agreeing.
fn weather_is_whether(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let n = w.tokens.len();
    if i == 0 || i + 1 >= n || !joined(w, i) || !joined(w, i + 1) || w.raw(i) != "weather" {
        return false;
    }
    let prev = w.lower(i - 1);
    let prev_pos = dict.pos(prev);
    let noun_reading = FORM_DETERMINERS.contains(&prev)
        || prev.ends_with("'s")
        || prev.ends_with("’s")
        || prev_pos & POS_ADJ != 0 && prev_pos & POS_VERB == 0;
    let clause_next = matches!(
        w.lower(i + 1),
        "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "its"
            | "this"
            | "these"
            | "those"
            | "there"
            | "to"
            | "or"
            | "any"
    );
    !noun_reading
        && clause_next
        && super::realword::model()
            .and_then(|m| m.probability_of(w, i, "whether"))
            .is_some_and(|p| p >= WEATHER_MODEL_FLOOR)
}

/// How probable the learned model must find `from` in place of `form`. The model alone never
/// reports `form` (the noun and the verb both take a noun phrase, so correct text scores
/// high now and then: `form the crux` 0.998, `different form within` 0.9998); with the
/// grammar below ruling out both, it may.
const FORM_MODEL_FLOOR: f32 = 0.9999;

/// `differs form Galindo`, `feet separate the property form the Village`: the learned
/// model all but rules `form` out, and nothing right before it makes `form` the noun (a
/// determiner, a possessive, a number, a modifier before what ends a noun phrase) or the
/// verb (a subject pronoun, a plural noun, a modal, `to`, `and`, an adverb).
fn model_says_from(w: &Words, dict: &Dictionary, i: usize, after: &str) -> bool {
    let prev_raw = w.raw(i - 1);
    if !prev_raw.starts_with(char::is_lowercase) || prev_raw.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let prev = w.lower(i - 1);
    let pos = dict.pos(prev);
    let noun_reading = FORM_DETERMINERS.contains(&prev)
        || prev.ends_with("'s")
        || prev.ends_with("’s")
        // (`took a different form the following year`: a determiner and an adjective.)
        || pos & POS_ADJ != 0 && i >= 2 && FORM_DETERMINERS.contains(&w.lower(i - 2))
        || pos & POS_ADJ != 0
            && (PREPOSITIONS.contains(&after)
                || matches!(after, "of" | "and" | "or" | "to" | "that" | "which" | "as"));
    let verb_reading = matches!(
        prev,
        "we" | "they" | "i" | "you" | "to" | "and" | "or" | "not" | "who" | "which" | "that"
    ) || MODALS.contains(&prev)
        || super::grammar::is_plural_noun(prev)
        || pos & POS_ADV != 0 && pos & (POS_NOUN | POS_VERB | POS_ADJ) == 0;
    !noun_reading
        && !verb_reading
        && super::realword::model()
            .and_then(|m| m.probability_of(w, i, "from"))
            .is_some_and(|p| p >= FORM_MODEL_FLOOR)
}

/// `Because there works are now archived`, `that there claims were`: `there`, a plural noun
/// and that noun's verb (`there` + a plural noun is no existential clause: that takes a
/// verb first, `there are claims`). Only where a clause opens (a sentence start, `because`,
/// `that`, `and`): not after a verb `there` may complete (`lived there years`).
/// A word that takes a noun phrase after it, as `their` would open: a preposition, or a
/// past or bare verb that is no verb of place (`lived there`) nor an -ly adverb.
fn governs_object(dict: &Dictionary, prev: &str) -> bool {
    let pos = dict.pos(prev);
    PREPOSITIONS.contains(&prev)
        || pos & POS_VERB != 0
            && pos & (POS_PAST | POS_BASE_VERB) != 0
            && !LOCATIVE_VERBS.contains(&prev)
            && !prev.ends_with("ly")
}

/// `filed they're motion`, `of they're procedures`: after a preposition, or after a verb
/// that takes an object (not one of saying or thinking, whose clause may open with
/// `they're`), a noun that no adjective, participle or adverb can be is the possessive's.
///
/// Round 37: an ordinal right after (`they're sixth cause of action`: an ordinal takes a
/// determiner, `they are the sixth`, so `they're` before one is the possessive), whatever
/// comes before; and after the `-ing` form of a verb that takes an object (`basing they're
/// claim for relief`), a singular noun (`knowing they're lawyers` is a clause: not a
/// verb of saying or thinking, and no plural, which `they are` may take).
fn they_are_is_their(w: &Words, i: usize, dict: &Dictionary) -> bool {
    if i + 2 < w.tokens.len()
        && joined(w, i + 1)
        && joined(w, i + 2)
        && ORDINALS.contains(&w.lower(i + 1))
        && is_head_noun(dict, w.lower(i + 2))
    {
        return true;
    }
    if i == 0 || i + 1 >= w.tokens.len() || !joined(w, i) || !joined(w, i + 1) {
        return false;
    }
    let (prev, noun) = (w.lower(i - 1), w.lower(i + 1));
    let gerund = gerund_governs(dict, prev) && !noun.ends_with('s');
    let governs = (governs_object(dict, prev) || gerund) && !CLAUSE_VERBS.contains(&prev);
    let pos = dict.pos(noun);
    // (Round 40: an adjective and its noun, `exhaust they're administrative remedies`,
    // `violated they're due process rights`: after a verb or a preposition that takes an
    // object, no clause opens for `they are`.)
    if governs && i + 2 < w.tokens.len() && joined(w, i + 2) {
        let head = w.lower(i + 2);
        let head_pos = dict.pos(head);
        let adjective = pos & POS_ADJ != 0
            && pos & POS_ADV == 0
            && !noun.ends_with("ly")
            && !QUANTIFIERS.contains(&noun)
            && !PREPOSITIONS.contains(&noun);
        if adjective
            && head_pos & POS_NOUN != 0
            && head_pos & POS_ADV == 0
            && !FUNCTION_NOUNS.contains(&head)
            && !MODALS.contains(&head)
            && !PREPOSITIONS.contains(&head)
        {
            return true;
        }
    }
    governs
        && pos & POS_NOUN != 0
        && pos & (POS_ADJ | POS_ADV | POS_PAST) == 0
        && !noun.ends_with("ing")
        && !FUNCTION_NOUNS.contains(&noun)
        && !MODALS.contains(&noun)
        && !PREPOSITIONS.contains(&noun)
}

/// The word right after token `i` (only spaces between), or "".
fn word_after<'a>(w: &Words<'a>, i: usize) -> &'a str {
    if joined(w, i + 1) {
        w.lower(i + 1)
    } else {
        ""
    }
}

/// Round 40: `its` at `i` that is `it is` before a clause: `its well-established that` (the
/// hyphened participle, then what opens a clause), `If its determined the children are`
/// (after what opens a clause, a participle and what opens its own clause or object; `if
/// its stated purpose` has its noun after the participle). Out of line: most `its` stop at
/// the first test.
#[inline(never)]
fn its_opens_clause(w: &Words, dict: &Dictionary, i: usize, prev: &str) -> bool {
    let n = w.tokens.len();
    let a = word_after(w, i);
    let well_hyphened = a == "well"
        && i + 3 < n
        && w.tokens[i + 2].gap == Gap::Hyphen
        && dict.pos(w.lower(i + 2)) & POS_PAST != 0
        && joined(w, i + 3)
        && matches!(w.lower(i + 3), "that" | "to" | "whether");
    well_hyphened
        || a.ends_with("ed")
            && (i == 0
                || w.tokens[i].starts_sentence()
                || matches!(
                    prev,
                    "if" | "that"
                        | "because"
                        | "when"
                        | "whether"
                        | "unless"
                        | "since"
                        | "although"
                        | "though"
                        | "once"
                        | "where"
                ))
            && dict.pos(a) & POS_PAST != 0
            && dict.pos(a) & POS_NOUN == 0
            && joined(w, i + 2)
            && matches!(
                word_after(w, i + 1),
                "that" | "the" | "whether" | "by" | "to" | "a" | "an"
            )
}

/// Round 40: `who's educational opportunities are`: an adjective, then a noun and its verb;
/// `who's responsible for` has no noun after the adjective.
#[inline(never)]
fn whose_adjective_subject(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let b = word_after(w, i);
    let pos = dict.pos(b);
    let c = word_after(w, i + 1);
    let c_pos = dict.pos(c);
    joined(w, i + 1)
        && pos & POS_ADJ != 0
        && pos & (POS_VERB | POS_ADV) == 0
        && !b.ends_with("ing")
        && c_pos & POS_NOUN != 0
        && c_pos & POS_ADJ == 0
        && !FUNCTION_NOUNS.contains(&c)
        && !MODALS.contains(&c)
        && !PREPOSITIONS.contains(&c)
        && verb_follows(dict, word_after(w, i + 2))
}

/// Round 40: after `and than`, what only `then` takes: a sequence adverb and a comma or a verb
/// (`and than secondly, determine`, `and than finally held`), or a participle and its object
/// (`and than approving the actions`).
#[inline(never)]
fn than_sequence_next(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let n = w.tokens.len();
    if !joined(w, i + 1) {
        return false;
    }
    let a = w.lower(i + 1);
    let pos = dict.pos(a);
    let after = word_after(w, i + 1);
    a.ends_with("ing")
        && pos & POS_VERB != 0
        && joined(w, i + 2)
        && (super::grammar::is_article_or_demonstrative(after)
            || matches!(after, "his" | "her" | "its" | "their" | "him" | "them"))
        || a.ends_with("ly")
            && pos & POS_ADV != 0
            && pos & (POS_NOUN | POS_ADJ | POS_VERB) == 0
            && (i + 2 < n && w.tokens[i + 2].gap == Gap::Other && w.comma_before(i + 2)
                || dict.pos(after) & POS_VERB != 0 && dict.pos(after) & POS_NOUN == 0)
}

/// `opted to proceed at they're peril`, `they're client's interests`: `they're` before a
/// singular noun that is no adjective, adverb or participle. `they are` takes a predicate
/// (`they're liable`, `they're done`, `they're lawyers`), and a singular count noun after it
/// wants a determiner; only the possessive stands bare before it (round 40).
#[inline(never)]
fn they_are_before_noun(w: &Words, i: usize, dict: &Dictionary) -> bool {
    if i + 1 >= w.tokens.len() || !joined(w, i + 1) {
        return false;
    }
    let noun = w.lower(i + 1);
    let pos = dict.pos(noun);
    w.raw(i + 1).bytes().all(|b| b.is_ascii_lowercase())
        && pos & POS_NOUN != 0
        && pos & (POS_ADJ | POS_ADV | POS_PAST) == 0
        && !noun.ends_with("ing")
        && !noun.ends_with('s')
        && !FUNCTION_NOUNS.contains(&noun)
        && !MODALS.contains(&noun)
        && !PREPOSITIONS.contains(&noun)
        && !QUANTIFIERS.contains(&noun)
        && !matches!(
            noun,
            "not" | "going" | "here" | "there" | "home" | "back" | "at"
        )
}

/// `there` where a clause begins: at a sentence start, after a comma, or after a
/// conjunction that opens a clause. Existential `there` is followed by its verb there
/// (`and there were claims`), so what follows it decides between `there` and `their`.
/// (Round 37: after a comma too, `So, for removal purposes, there incentives are`: in 9.4M
/// words of opinions and motion papers `there` + a plural + its verb never stands
/// anywhere.)
fn there_opens_clause(w: &Words, i: usize) -> bool {
    i == 0
        || w.tokens[i].starts_sentence()
        || w.tokens[i].gap == Gap::Other && w.comma_before(i)
        || joined(w, i)
            && matches!(
                w.lower(i - 1),
                "because"
                    | "that"
                    | "since"
                    | "although"
                    | "though"
                    | "while"
                    | "when"
                    | "if"
                    | "unless"
                    | "and"
                    | "but"
            )
}

fn there_is_their(w: &Words, i: usize) -> bool {
    let n = w.tokens.len();
    if i + 2 >= n
        || !joined(w, i + 1)
        || !joined(w, i + 2)
        || w.raw(i + 1).starts_with(char::is_uppercase)
    {
        return false;
    }
    let noun = w.lower(i + 1);
    there_opens_clause(w, i)
        && super::grammar::is_plural_noun(noun)
        && matches!(
            w.lower(i + 2),
            "are" | "were" | "have" | "had" | "do" | "did"
        )
}

/// Nouns one influences but never brings about: `effect` before one (`effect the value`,
/// `effect commerce`) is `affect`. (Not `transfer`, `service`, `change`, `repeal`, `escape`,
/// `purpose`, `result`, `decision`: one effects those. The learned model cannot tell them
/// apart: it finds `affect` 0.998 probable in `may effect the transfer`.)
const AFFECTED_NOUNS: &[&str] = &[
    "value",
    "values",
    "fairness",
    "outcome",
    "outcomes",
    "commerce",
    "marketability",
    "market",
    "markets",
    "status",
    "ability",
    "validity",
    "analysis",
    "calculus",
    "amount",
    "price",
    "prices",
    "rate",
    "rates",
    "health",
    "safety",
    "credibility",
    "reliability",
    "accuracy",
    "integrity",
    "voluntariness",
    "admissibility",
    "weight",
    "merits",
    "standing",
    "jurisdiction",
    "liability",
    "rights",
    "interests",
    "issues",
    "verdict",
    "verdicts",
];

/// `could conceivably effect marketability`, `should not effect the value`, `unless they
/// effect the fairness`: `effect` where a verb goes (after a modal, a modal's `not` or
/// adverb, or a subject pronoun) before a noun of `AFFECTED_NOUNS`, bare or after a
/// determiner and at most one modifier (`may effect the legal issues`).
fn effect_is_affect(w: &Words, dict: &Dictionary, i: usize) -> bool {
    if i == 0 || !joined(w, i) || !joined(w, i + 1) {
        return false;
    }
    let prev = w.lower(i - 1);
    let modal_at =
        |k: usize| MODALS.contains(&w.lower(k)) || matches!(w.lower(k), "do" | "does" | "did");
    let verb_slot = MODALS.contains(&prev)
        || matches!(prev, "they" | "we" | "i" | "you")
        || i >= 2
            && joined(w, i - 1)
            && (prev == "not" || prev.ends_with("ly") && dict.pos(prev) & POS_ADV != 0)
            && modal_at(i - 2);
    if !verb_slot {
        return false;
    }
    affected_object(w, i)
}

/// A noun of `AFFECTED_NOUNS` right after `i`, bare or after a determiner or possessive
/// (`the`, `counsel's`) and at most two modifiers (`the legal issues`, `counsel's strategic
/// calculus`, `the other special verdicts`).
fn affected_object(w: &Words, i: usize) -> bool {
    let n = w.tokens.len();
    let affected = |k: usize| k < n && joined(w, k) && AFFECTED_NOUNS.contains(&w.lower(k));
    let b = w.lower(i + 1);
    let determiner = matches!(
        b,
        "the" | "its" | "their" | "there" | "his" | "her" | "our" | "any" | "this"
    ) || (b.ends_with("'s") || b.ends_with("s'"))
        && w.raw(i + 1).starts_with(char::is_lowercase);
    if affected(i + 1) {
        return true;
    }
    if !determiner {
        return false;
    }
    // The first word after the determiner may be any modifier (a noun too: `the market
    // value`); two must both be adjectives (`other`, words the dictionary knows as
    // adjectives and never as verbs: `the other special verdicts`).
    if affected(i + 2) {
        return true;
    }
    if !(i + 2 < n && joined(w, i + 2)) {
        return false;
    }
    if affected(i + 3) {
        return true;
    }
    let dict = super::dictionary();
    let adjective = |k: usize| {
        k < n
            && joined(w, k)
            && (w.lower(k) == "other"
                || dict.pos(w.lower(k)) & POS_VERB == 0 && dict.pos(w.lower(k)) & POS_ADJ != 0)
    };
    adjective(i + 2) && adjective(i + 3) && affected(i + 4)
}

/// `would have effected counsel's strategic calculus`: the participle after a form of
/// `have` before a noun one only affects.
///
/// Round 37, the passive: `could possibly be effected by`, `have been effected by` — the
/// participle after `be`, `been` or `being` (an adverb or `not` may stand between), whose
/// subject, read back over the verb group (a modal, an adverb, `not`, a form of `have`), is
/// a noun of `AFFECTED_NOUNS` (`how their interests could possibly be effected`). What one
/// brings about stays (`service may be effected by mail`, `the transfer was effected`).
fn effected_is_affected(w: &Words, i: usize) -> bool {
    if i == 0 || !joined(w, i) {
        return false;
    }
    if joined(w, i + 1)
        && matches!(w.lower(i - 1), "have" | "has" | "had" | "having")
        && affected_object(w, i)
    {
        return true;
    }
    let dict = super::dictionary();
    let adverb = |k: usize| {
        let x = w.lower(k);
        x == "not" || x.ends_with("ly") && dict.pos(x) & POS_ADV != 0
    };
    // Back over adverbs to the form of `be`.
    let mut k = i - 1;
    while k > 0 && joined(w, k) && adverb(k) {
        k -= 1;
    }
    if !matches!(w.lower(k), "be" | "been" | "being") {
        return false;
    }
    // Back over the verb group to its subject.
    let mut steps = 0;
    while k > 0 && joined(w, k) && steps < 5 {
        k -= 1;
        steps += 1;
        let x = w.lower(k);
        if MODALS.contains(&x)
            || matches!(x, "have" | "has" | "had" | "is" | "are" | "was" | "were")
            || adverb(k)
        {
            continue;
        }
        return AFFECTED_NOUNS.contains(&x);
    }
    false
}

/// An `-er` comparative of an adjective the dictionary knows (`stricter`, `earlier`).
fn is_comparative(dict: &Dictionary, word: &str, noun_too: bool) -> bool {
    let Some(stem) = word.strip_suffix("er") else {
        return false;
    };
    if stem.len() < 3 {
        return false;
    }
    let doubled =
        stem.len() > 3 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
    let candidates = [
        stem.to_string(),
        format!("{stem}e"),
        stem.strip_suffix('i')
            .map(|s| format!("{s}y"))
            .unwrap_or_default(),
        if doubled {
            stem[..stem.len() - 1].to_string()
        } else {
            String::new()
        },
    ];
    // The comparative itself must not be a noun (`officer`, `order`).
    (noun_too || dict.pos(word) & POS_NOUN == 0)
        && candidates
            .iter()
            .any(|c| !c.is_empty() && dict.pos(c) & POS_ADJ != 0)
}

/// `Your entitled to a hearing`, `their required to file` (round 37): a possessive before a
/// participle or adjective that no noun reading has (not an `-ing` form, which a possessive
/// takes, `their proving that`; not `own`), then that word's complement (`to`, `that`, `by`,
/// `for`, `with`, `in`): a possessive needs its noun, so it is `you're`/`they're`. In 9.4M
/// words of opinions and motion papers the frame stands only with `own`.
fn predicate_after_possessive(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let n = w.tokens.len();
    if i + 2 >= n || !joined(w, i + 1) || !joined(w, i + 2) {
        return false;
    }
    let word = w.lower(i + 1);
    let pos = dict.pos(word);
    pos & (POS_PAST | POS_ADJ) != 0
        && pos & (POS_NOUN | POS_ADV) == 0
        && !word.ends_with("ing")
        && word != "own"
        && w.raw(i + 1).bytes().all(|b| b.is_ascii_lowercase())
        && matches!(w.lower(i + 2), "to" | "that" | "by" | "for" | "with" | "in")
        // (Not a compound's first word: `their extensive in-state involvement`.)
        && !(i + 3 < n && w.tokens[i + 3].gap == Gap::Hyphen)
}

/// `a more stringent standard then the one used below` (round 37): a comparative (`more`,
/// `less`, an `-er` adjective) one or two words before, the words between adjectives or nouns
/// (no verb, conjunction or punctuation: `more beer and then`, `were then serving`), and a
/// determiner or pronoun after, as a compared phrase opens.
fn comparison_before(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let n = w.tokens.len();
    if i + 1 >= n || !joined(w, i) || !joined(w, i + 1) {
        return false;
    }
    if !matches!(
        w.lower(i + 1),
        "the"
            | "a"
            | "an"
            | "that"
            | "those"
            | "this"
            | "any"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
    ) {
        return false;
    }
    let mut k = i - 1;
    for _ in 0..2 {
        let word = w.lower(k);
        let pos = dict.pos(word);
        if pos & (POS_NOUN | POS_ADJ) == 0
            || pos & POS_VERB != 0 && pos & POS_NOUN == 0
            || PREPOSITIONS.contains(&word)
            || FUNCTION_NOUNS.contains(&word)
            || k == 0
            || !joined(w, k)
        {
            return false;
        }
        k -= 1;
        let prev = w.lower(k);
        // (Not the correlative `The more serious charges then …` opening its clause.)
        let correlative = k > 0
            && w.lower(k - 1) == "the"
            && (w.tokens[k - 1].starts_sentence() || !joined(w, k - 1));
        if (matches!(prev, "more" | "less" | "fewer" | "greater")
            || is_comparative(dict, prev, false))
            && !correlative
        {
            return true;
        }
    }
    false
}

/// Ordinals, which take a determiner (`the sixth cause`), never stand bare after `they are`.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

/// A noun that heads a noun phrase: no adjective, adverb or participle reading, no `-ing`
/// form, no function word or modal WordNet lists as a noun.
fn is_head_noun(dict: &Dictionary, word: &str) -> bool {
    let pos = dict.pos(word);
    pos & POS_NOUN != 0
        && pos & (POS_ADJ | POS_ADV | POS_PAST) == 0
        && !word.ends_with("ing")
        && !FUNCTION_NOUNS.contains(&word)
        && !MODALS.contains(&word)
        && !PREPOSITIONS.contains(&word)
}

/// The `-ing` form of a verb that takes an object (`basing`, `filing`), not of one of
/// saying or thinking (`knowing`, `saying`, `believing`), whose clause may open with
/// `they're`.
fn gerund_governs(dict: &Dictionary, word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ing") else {
        return false;
    };
    if stem.len() < 2 || dict.pos(word) & POS_VERB == 0 {
        return false;
    }
    let with_e = format!("{stem}e");
    let base = [stem, with_e.as_str()]
        .into_iter()
        .find(|b| dict.pos(b) & POS_BASE_VERB != 0);
    base.is_some_and(|b| !CLAUSE_VERBS.contains(&b) && !LOCATIVE_VERBS.contains(&b))
}

/// After a noun at `k`, a prepositional post-modifier and then the finite verb whose
/// subject the noun heads (`course of dealing with Charter is critical`): the preposition
/// right after the noun, then at most five words joined by spaces before the verb, none a
/// clause's opener or a conjunction.
fn verb_after_postmodifier(w: &Words, dict: &Dictionary, k: usize) -> bool {
    let n = w.tokens.len();
    if k + 2 >= n || !joined(w, k + 1) || !PREPOSITIONS.contains(&w.lower(k + 1)) {
        return false;
    }
    let mut m = k + 2;
    while m < n && m <= k + 7 && joined(w, m) {
        let word = w.lower(m);
        if matches!(
            word,
            "that" | "which" | "who" | "whom" | "whose" | "and" | "or" | "but" | "to"
        ) {
            return false;
        }
        if m > k + 2 && verb_follows(dict, word) {
            return true;
        }
        m += 1;
    }
    false
}

/// Heads `discreet` modifies (people and their ways: `a discreet individual`, `a discreet
/// inquiry`, `at a discreet distance`); besides these, agent nouns (`-er`, `-or`, `-ist`,
/// `-ant`, `-ent`, `-ee`, `-ian`: `a discreet investigator`).
const DISCREET_HEADS: &[&str] = &[
    "person",
    "persons",
    "individual",
    "individuals",
    "people",
    "man",
    "men",
    "woman",
    "women",
    "friend",
    "friends",
    "counsel",
    "witness",
    "source",
    "sources",
    "official",
    "officials",
    "agent",
    "agents",
    "staff",
    "manner",
    "way",
    "ways",
    "fashion",
    "inquiry",
    "inquiries",
    "investigation",
    "investigations",
    "distance",
    "location",
    "place",
    "silence",
    "conversation",
    "conversations",
    "approach",
    "behavior",
    "behaviour",
    "conduct",
    "questioning",
    "surveillance",
    "observation",
    "presence",
    "attention",
    "touch",
    "hint",
    "message",
    "messages",
    "call",
    "calls",
    "meeting",
    "meetings",
    "reminder",
    "glance",
    "enquiry",
    "enquiries",
    "handling",
    "use",
    "entrance",
    "exit",
    "door",
    "signal",
    "nod",
];

/// `the discreet individual sale` → *discrete* (round 37): in 9.4M words of opinions and
/// motion papers `discrete` stands 140 times and `discreet` once (`a discreet location`), so
/// `discreet` before the noun phrase it modifies (up to two modifiers before the head, all
/// lowercase, joined by spaces) is the slip unless the head is a person or a way of acting
/// ([`DISCREET_HEADS`], agent nouns).
fn discreet_is_discrete(w: &Words, dict: &Dictionary, i: usize) -> bool {
    let n = w.tokens.len();
    let mut head: Option<&str> = None;
    let mut k = i + 1;
    while k < n && k <= i + 3 && joined(w, k) {
        let word = w.lower(k);
        let pos = dict.pos(word);
        if !w.raw(k).bytes().all(|b| b.is_ascii_lowercase())
            || pos & (POS_NOUN | POS_ADJ) == 0
            || FUNCTION_NOUNS.contains(&word)
            || PREPOSITIONS.contains(&word)
            || MODALS.contains(&word)
            || matches!(word, "and" | "or" | "but" | "than")
        {
            break;
        }
        if pos & POS_NOUN != 0 {
            head = Some(word);
        }
        k += 1;
    }
    let Some(head) = head else {
        return false;
    };
    let agent = [
        "er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ee", "ees", "ian",
        "ians",
    ]
    .iter()
    .any(|e| head.ends_with(e));
    !agent && !DISCREET_HEADS.contains(&head)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::dictionary::dictionary;
    use crate::typos::tokenize::tokenize;

    fn run(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        let mut consumed = vec![false; tokens.len()];
        let mut out = Vec::new();
        check(&w, dictionary(), &mut consumed, &mut out);
        crate::typos::covered_and_first_fix(text, &out)
    }

    fn one(text: &str, found: &str, right: &str) {
        assert_eq!(
            run(text),
            vec![(found.to_string(), right.to_string())],
            "{text}"
        );
    }

    fn silent(text: &str) {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }

    #[test]
    fn errors() {
        one("Its undisputed that the notice was late.", "Its", "It is");
        one("We think its not enough.", "its", "it is");
        one(
            "Its well settled that a party may waive it.",
            "Its",
            "It is",
        );
        one("Defendants lost there right to object.", "there", "their");
        one("Defendants filed there opposition late.", "there", "their");
        // heldout20 (a respondent's brief, development since session 41).
        one(
            "The records were compiled from many sources and there admission into evidence would have circumvented a statute.",
            "there",
            "their",
        );
        one(
            "The findings are adopted in there entirety.",
            "there",
            "their",
        );
        one("Their not entitled to relief.", "Their", "They're");
        one(
            "The witness who's testimony was excluded left.",
            "who's",
            "whose",
        );
        one(
            "The motion was filed more then thirty days later.",
            "then",
            "than",
        );
        one("The rule is stricter then the statute.", "then", "than");
        one("The amendment will take affect in May.", "affect", "effect");
        one("The court abused it's discretion.", "it's", "its");
        one("It declined to exercise it's jurisdiction.", "it's", "its");
        one(
            "The Court ruled, and than the parties settled.",
            "than",
            "then",
        );
        one("Whose to say what the agency would do?", "Whose", "Who's");
        one(
            "The plaintiff who's conduct caused the loss must pay.",
            "who's",
            "whose",
        );
        one(
            "The Court's principle concern is notice.",
            "principle",
            "principal",
        );
        one("But there argument ignores the rule.", "there", "their");
        one(
            "The ruling had an adverse affect on her claim.",
            "affect",
            "effect",
        );
        one(
            "The parties filed there separate motions.",
            "there",
            "their",
        );
        one("The board must weigh it's options.", "it's", "its");
        one(
            "The court applied the principal of proportionality.",
            "principal",
            "principle",
        );
    }

    #[test]
    fn correct_uses_draw_nothing() {
        for ok in [
            "The Court states its reasons below.",
            "The agency and its undisputed findings stand.",
            "It gave the devil its due.",
            "The court there held that the claim failed.",
            "Is there any evidence? There is none.",
            "The plaintiffs went there twice.",
            "Evidence presented there suggests otherwise.",
            "Whose motion is it?",
            "Who's responsible for the delay?",
            "The then-existing rule applied; then the court ruled.",
            "The officer then left, and the order then issued.",
            "Her affect was flat and her mood depressed.",
            "The change will affect the outcome.",
            "It's undisputed that its reasons were sound.",
            "We think it's unlikely, and it's current law.",
            "It acts in the absence of its clear-statement rule.",
            "The claim is stronger than the defense, and more so than the counterclaim.",
            "The court found it's not enough.",
            "Who's counsel in this case?",
            "The principle of finality applies; the principle holds here.",
            "The principle underlying the rule is fairness, a principle courts respect.",
            "But there remains a dispute, and there was no evidence.",
            "While there may have been no way to know, there will be a hearing.",
            "The Court reiterated this principle in Saudi Arabia v. Nelson.",
            "They met there several times and went there last week.",
            "We think it's time, and counsel said it's moot.",
            "The principal of the note and the principal of a school differ.",
            "He paid the principal of such loans.",
        ] {
            silent(ok);
        }
    }

    /// `form` where `from` is meant: real sentences (a source's own slip, typos-dev2), and
    /// the noun and the verb `form` left alone.
    #[test]
    fn form_for_from() {
        for text in [
            "Because he does not appeal his sentence, he is barred form raising his challenge to the sentence.",
            "Remand is preferable when the federal predicate is eliminated form the case in the early stages of litigation.",
            "This action arises form a tort committed by Clarke on a Connecticut interstate.",
            "It is far form clear, however, that careful voir dire cannot surmount this problem.",
            "Appellants have not ventured an appeal form this aspect of the court's order.",
            "One clue to the gravamen of a complaint can come form asking a pair of hypothetical questions.",
        ] {
            one(text, "form", "from");
        }
        for ok in [
            "The four pylons we have described form an integrated foundation.",
            "These facts form the basis of the claim.",
            "The jury completed the verdict form the court provided.",
            "Employers must file Form I-9 with the agency.",
            "The partners helped form a new company.",
            "The agency adopted the revised form the next year.",
            "The transactions did not form a pattern of racketeering.",
            "By far the largest group of claims arises in another form.",
        ] {
            silent(ok);
        }
    }

    /// `form` where the learned model all but rules it out and no determiner, modifier,
    /// subject or modal before it makes it the noun or the verb.
    #[test]
    fn form_for_from_with_the_model() {
        for text in [
            "The complaint alleged that, at the closest point, twenty-four feet separate the property form the Village.",
            "This case differs form Galindo in that the sentencing panel did not consider the exceptional depravity aggravator found by the jury.",
        ] {
            one(text, "form", "from");
        }
        for ok in [
            "The fee request was resubmitted in different form within ten days.",
            "These cases form no part of the record.",
            "The parties thereby form a binding contract.",
        ] {
            silent(ok);
        }
    }

    /// `weather` before a clause's subject, where the model agrees.
    #[test]
    fn weather_before_a_clause() {
        one(
            "These tests generally measure weather the subject is putting forth his or her best effort on the test.",
            "weather",
            "whether",
        );
        silent("The accident happened during a change in weather that he could not foresee.");
        silent("The bad weather the day before closed the roads.");
    }

    /// `its clear from the record that`: a predicate, a phrase, then its clause.
    #[test]
    fn its_predicate_before_a_phrase_and_a_clause() {
        let found = run("In the present case, its clear from the lease that the tenant remained.");
        assert_eq!(found, vec![("its".to_string(), "it is".to_string())]);
        silent("The court relied on its clear language in the statute that governs.");
    }

    /// `it's` before a noun and the noun's verb.
    #[test]
    fn its_before_a_subject_noun_and_its_verb() {
        one(
            "The city argued that because it's neighborhoods were diverse the plan was lawful.",
            "it's",
            "its",
        );
        one(
            "A district court may exclude otherwise relevant evidence if it's probative value is substantially outweighed by the danger of unfair prejudice.",
            "it's",
            "its",
        );
        one(
            "The panel reviewed the basis on which it's award was made.",
            "it's",
            "its",
        );
        silent("We think it's time we decided.");
        silent("Because it's likely the motion was late, we reach the merits.");
    }

    /// `there` before a noun that is also a verb, after a verb or before a finite verb.
    #[test]
    fn there_before_a_noun_that_is_also_a_verb() {
        one(
            "She took the children to visit there mother every two to three weeks.",
            "there",
            "their",
        );
        one(
            "The tenants were to take occupancy once there quarters were ready.",
            "there",
            "their",
        );
        silent("There remain issues of fact.");
        silent("We went there last week and stayed there until noon.");
        silent("Once there, the officers found the gun.");
        // A Texas appellant's brief quoting an officer (precision sample, session 41).
        silent("Can you tell me what happened out there today?");
        silent("The officers were out there yesterday and went back out there again.");
        silent("The court found that there existed in the record no evidence of intent.");
        silent("He moved there in 2010, and there met the defendant at a party.");
        silent("The trial court held that there seemed to be no dispute of fact.");
    }

    /// `than` after a sentence that so far is only its subject, before any past form.
    #[test]
    fn than_after_a_bare_subject() {
        one(
            "The lessee than had sixty days to exercise the option.",
            "than",
            "then",
        );
        one(
            "Taylor than told Fox that the evidence showed otherwise.",
            "than",
            "then",
        );
        silent("More lawyers than had appeared at the first hearing came to the second.");
        silent("The court imposed a stricter requirement than required by the statute.");
    }

    /// `to it's owner` and `than` before a past-tense verb.
    #[test]
    fn its_after_to_and_then_before_a_past_verb() {
        one(
            "Officer White was walking up to it's front door when he heard shouting.",
            "it's",
            "its",
        );
        for text in [
            "Nevils than filed this class action against Coventry in Missouri state court.",
            "He proceeded to the car and than immediately left the area.",
        ] {
            one(text, "than", "then");
        }
        for ok in [
            "Inmates received an expanded range of activities and privileges than previously permitted.",
            "The trial lasted longer than expected.",
            "Its reasoning is no different than stated in the earlier order.",
        ] {
            silent(ok);
        }
    }

    /// Round 24, real sentences of the development sets: `form` after a noun with its
    /// determiner and after an adjective that governs `from`; `than` after a conditional
    /// clause, after `and` before a past form, and before a preposition with nothing
    /// compared.
    #[test]
    fn form_after_a_noun_and_than_in_sequence() {
        for text in [
            "Plaintiff also asserted that the staff knew that inmates operating the perforator were in the practice of removing the cover form the gear box.",
            "In general, the State of Georgia and its agencies are immune form suit, subject to explicit and unequivocal waiver by the legislature.",
        ] {
            one(text, "form", "from");
        }
        for ok in [
            "He signed the consent form the officer gave him.",
            "The officer filled out the report form the department requires.",
            "The application took a different form the following year.",
            "They wrote the answer in narrative form.",
        ] {
            silent(ok);
        }
        for text in [
            "If a petitioner raises an ineffective assistance of counsel claim based on evidence dehors the record, than res judicata will generally not operate as a bar.",
            "The case was originally filed in district court and than removed to Business Court.",
            "The motion was first heard by a magistrate and than by the district judge.",
            "We look than at the third paragraph in the articles.",
        ] {
            one(text, "than", "then");
        }
        for ok in [
            "If the claim is worth more than the limit, the court must dismiss it.",
            "The verdict was fairer to the defense than to the State.",
            "The damages were no greater at trial than at the hearing.",
        ] {
            silent(ok);
        }
    }

    /// Round 27 (real sentences of typos-dev5/dev6 and their correct counterparts).
    #[test]
    fn round27_its_after_preposition_led_affect_then() {
        one(
            "Attacking from the opposite flank, appellants contend that the audiovisual display contains no originality because all of it's reappearing features are determined by the previously created computer program.",
            "it's",
            "its",
        );
        silent("The display contains no originality because all of its reappearing features are fixed.");
        silent("It is more than it's worth, and for it's a rule of law, we follow it.");
        one(
            "The ambiguity in the statute may have lead to confusion among the lower courts.",
            "lead",
            "led",
        );
        one(
            "The jurors were lead to believe that the defendant had confessed.",
            "lead",
            "led",
        );
        silent("The firm has lead counsel in three of the cases, and the pipes had lead in them.");
        silent("The officers will lead the defendant to the courtroom.");
        one(
            "The plaintiffs offer a few additional theories under which iParadigms' use of their papers could conceivably effect marketability.",
            "effect",
            "affect",
        );
        one(
            "Errors before trial, they argue, are not cognizable under the Sixth Amendment unless they effect the fairness of the trial itself.",
            "effect",
            "affect",
        );
        one(
            "Secure's research expenses for unrelated products should not effect the value it obtained from using the patented invention.",
            "effect",
            "affect",
        );
        // heldout20 (an appellant's reply brief, development since session 41).
        one(
            "Any failure of plaintiff to meet her burden on this theory did not effect the other special verdicts entered by the jury.",
            "effect",
            "affect",
        );
        silent("The trustee may effect the transfer of the property to the buyer.");
        silent("The marshal could not effect service on the defendant within the time allowed.");
        silent("Only the legislature can effect the repeal of a statute.");
        silent("The defendant did not effect his escape until the next day.");
        one(
            "While the user remains on the phone, the tracking device can than register the direction and signal strength of the target phone.",
            "than",
            "then",
        );
        one(
            "The Agent was instructed to than return the device to Barsumyan.",
            "than",
            "then",
        );
        silent("The device can register more signals than the older model could.");
        silent("It matters more to us than to them, and we would sooner settle than try it.");
    }

    /// Round 27, second batch (typos-dev5/dev6 sentences; correct uses stay silent).
    #[test]
    fn round27_form_effected_there() {
        one(
            "In expanding the initial interest confusion theory of liability, these cases cut it off form its moorings to the detriment of the First Amendment.",
            "form",
            "from",
        );
        silent("The player was off form the whole season, and he cut it off from its moorings.");
        one(
            "Notably, the case at hand differs markedly form those in which the courts have found a bad faith intent to profit.",
            "form",
            "from",
        );
        silent(
            "The entries are largely form letters, and the claims took markedly different form.",
        );
        one(
            "It is not clear how the successful exclusion of the confession would have effected counsel's strategic calculus.",
            "effected",
            "affected",
        );
        silent(
            "The transfer had effected the change of title, and the marshal has effected service.",
        );
        one(
            "Because there works are now archived, plaintiffs argued, the Turnitin system would report that their own original works were plagiarized.",
            "there",
            "their",
        );
        silent("Because there are works now archived, the system would report them.");
        silent("He lived there years ago, and there were claims that there was fraud.");
    }
}
