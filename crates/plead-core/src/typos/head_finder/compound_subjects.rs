//! Round 41: subjects that are no single noun phrase, whose verb's number the head finder's
//! chain cannot read.
//!
//! * Noun phrases joined by `or`/`nor`, `either`/`neither` before the first or not
//!   (`Neither Cockrum nor the employee in Walston were`, `the motion or the petition are`):
//!   the verb takes the nearer phrase's number. Reported only when the other phrase has that
//!   number too, or (after `either`/`neither`) no sure number (a name): where the two differ
//!   the writer may follow the nearer or the sense.
//! * A gerund's clause (`Granting the motion are`): singular. Only a gerund with its object
//!   (a determiner, a possessive or an object pronoun after it) or a phrase (`presiding over
//!   a hearing`) that opens its clause; not where the verb may
//!   be the object's own (`Assuming the facts are true`: a verb of saying or thinking whose
//!   object agrees with the verb), nor before a subject put after its verb (`Accompanying the
//!   motion are declarations`).
//!
//! See docs/typos.md "Round 41 (agreement)".

use super::{
    across_modifiers, clause_opens_at, comma, determiner, finite_verb, lowercase,
    may_be_subjunctive, noun_phrase, number, possessive, quoted, read_phrase, spaced, stops_phrase,
    Slot,
};
use crate::typos::grammar::is_plural_noun;
use crate::typos::tokenize::{Skip, Words};
use crate::typos::word_table::{POS_ADJ, POS_ADV, POS_NOUN, POS_VERB};

/// One phrase of a joined subject: its number when sure, where it ends.
struct Conjunct {
    singular: Option<bool>,
    end: usize,
}

/// A conjunct from `s`: a noun phrase (a bare one too: `a motion or petition`, the
/// determiner shared; `Probable injury or injury`), its number its head's; or a name's words
/// (no sure number) when `names` (after `either`/`neither`).
fn conjunct(w: &Words, s: usize, names: bool) -> Option<Conjunct> {
    if s >= w.tokens.len() || w.tokens[s].skip != Skip::No {
        return None;
    }
    if let Some(phrase) = read_phrase(w, s, true, true) {
        let mut singular = number(w, phrase.head);
        if phrase.det_number.is_some() && phrase.det_number != singular {
            singular = None;
        }
        return Some(Conjunct {
            singular,
            end: phrase.end,
        });
    }
    if names && w.raw(s).starts_with(char::is_uppercase) {
        let mut end = s + 1;
        while end < w.tokens.len()
            && end < s + 4
            && spaced(w, end)
            && w.raw(end).starts_with(char::is_uppercase)
        {
            end += 1;
        }
        return Some(Conjunct {
            singular: None,
            end,
        });
    }
    None
}

/// A subject of phrases joined by `or`/`nor` opening at `s` (`neither` may open one
/// anywhere), read to a verb whose number the nearer phrase's is not.
pub(super) fn disjunctive(w: &Words, s: usize) -> Option<(usize, String)> {
    let n = w.tokens.len();
    let lw = w.lower(s);
    let correlative = matches!(lw, "either" | "neither");
    let start = if correlative { s + 1 } else { s };
    if start >= n || correlative && !spaced(w, start) {
        return None;
    }
    // Possessives joined before one head (`neither the legislature's nor judiciary's
    // activities threatens`): the head's number.
    if let Some(j) = (start..n.min(start + 4)).find(|&j| super::possessive(w.lower(j))) {
        if spaced(w, j + 1) && joins(lw, w.lower(j + 1)) && spaced(w, j + 2) {
            let phrase = read_phrase(w, j + 2, true, false)?;
            let singular = phrase.singular?;
            if phrase.det_number.is_some_and(|d| d != singular) {
                return None;
            }
            return verb_against(w, s, phrase.end, singular);
        }
    }
    let first = conjunct(w, start, correlative)?;
    // (A phrase after the first: `Neither the statute of limitations nor`.)
    let mut k = first.end;
    let mut steps = 0;
    while k < n && steps < 2 && spaced(w, k) && super::phrase_opener(w, k) {
        k = super::object_end(w, k + 1)?;
        steps += 1;
    }
    if k >= n || !spaced(w, k) {
        return None;
    }
    if !joins(lw, w.lower(k)) || !spaced(w, k + 1) {
        return None;
    }
    let second = conjunct(w, k + 1, false)?;
    let nearer = second.singular?;
    match first.singular {
        Some(f) if f != nearer => return None,
        None if !correlative => return None,
        _ => {}
    }
    verb_against(w, s, second.end, nearer)
}

/// Whether `join` is the conjunction the subject's opening word `first` asks for (`nor`
/// after `neither`, `or` otherwise).
fn joins(first: &str, join: &str) -> bool {
    if first == "neither" {
        join == "nor"
    } else {
        join == "or"
    }
}

/// The verb after the phrases from `end` when its number is not `nearer`'s: the finding.
fn verb_against(w: &Words, s: usize, end: usize, nearer: bool) -> Option<(usize, String)> {
    let (v, verb_singular, fix) = verb_after(w, s, end)?;
    if verb_singular == nearer {
        return None;
    }
    // (A verb right after it: the word read as the verb is a zero relative's.)
    if spaced(w, v + 1) && finite_verb(w, v + 1, Slot::Plain).is_some() {
        return None;
    }
    if nearer && may_be_subjunctive(w, s, v) {
        return None;
    }
    // (A plural noun after a plural `be`: the two together may be read as many, `neither
    // the blood serum test nor the conversion to BAC are new scientific methods`.)
    if !verb_singular && matches!(w.lower(v), "are" | "were") && plural_predicate(w, v + 1) {
        return None;
    }
    Some((v, fix))
}

/// Whether a plural noun heads the predicate from `k` (its determiner, adjectives and
/// adverbs before it).
fn plural_predicate(w: &Words, mut k: usize) -> bool {
    let n = w.tokens.len();
    let end = n.min(k + 5);
    while k < end && spaced(w, k) {
        let lw = w.lower(k);
        if lowercase(w, k) && is_plural_noun(lw) {
            return true;
        }
        let p = w.pos(k);
        if !(determiner(lw).is_some() || p & (POS_ADJ | POS_ADV) != 0 && p & POS_VERB == 0) {
            return false;
        }
        k += 1;
    }
    false
}

/// Gerunds that never head a subject's clause at its opening: prepositions and
/// participles that open an adverbial phrase (`Including the motions`, `Pending before the
/// court are`), `being` and `having` (auxiliaries of a participle's clause).
fn not_gerund(lw: &str) -> bool {
    matches!(
        lw,
        "according"
            | "accompanying"
            | "being"
            | "concerning"
            | "considering"
            | "during"
            | "excluding"
            | "following"
            | "having"
            | "including"
            | "notwithstanding"
            | "pending"
            | "regarding"
            | "remaining"
            | "respecting"
            | "supporting"
            | "underlying"
            | "nothing"
            | "something"
            | "anything"
            | "everything"
            | "thing"
            | "morning"
            | "evening"
            | "building"
            | "ruling"
            | "finding"
            | "hearing"
            | "meeting"
            | "proceeding"
            | "filing"
            | "holding"
            | "ceiling"
            | "spring"
            | "string"
            | "king"
            | "ring"
            | "wing"
            | "sibling"
    )
}

/// Verbs whose object may be the subject of a clause after it, `that` left out (`Assuming
/// the facts are true, …`, `Noting the claims were untimely, …`).
fn takes_clause(lw: &str) -> bool {
    matches!(
        lw,
        "assuming"
            | "finding"
            | "holding"
            | "concluding"
            | "noting"
            | "arguing"
            | "believing"
            | "recognizing"
            | "knowing"
            | "showing"
            | "suggesting"
            | "stating"
            | "claiming"
            | "contending"
            | "asserting"
            | "alleging"
            | "determining"
            | "deciding"
            | "presuming"
            | "supposing"
            | "understanding"
            | "acknowledging"
            | "agreeing"
            | "admitting"
            | "explaining"
            | "indicating"
            | "insisting"
            | "maintaining"
            | "observing"
            | "reasoning"
            | "realizing"
            | "seeing"
            | "hearing"
            | "feeling"
            | "thinking"
            | "ensuring"
            | "demonstrating"
            | "establishing"
            | "proving"
            | "emphasizing"
            | "accepting"
            | "recalling"
            | "saying"
            | "warning"
            | "telling"
            | "reminding"
            | "informing"
            | "confirming"
            | "declaring"
            | "ruling"
            | "expecting"
            | "hoping"
            | "fearing"
            | "certifying"
            | "representing"
            | "verifying"
    )
}

/// A gerund's clause opening at `s` as the subject of the verb after its object and the
/// object's phrases: the verb must be singular.
pub(super) fn gerund(w: &Words, s: usize) -> Option<(usize, String)> {
    let n = w.tokens.len();
    let lw = w.lower(s);
    if lw.len() < 6 || !lw.ends_with("ing") || not_gerund(lw) || s + 1 >= n {
        return None;
    }
    let p = w.pos(s);
    if p & POS_VERB == 0 || p & POS_ADV != 0 || !spaced(w, s + 1) {
        return None;
    }
    // (A capital only as the sentence's first word: `Manning the station` may be a name.)
    if !(lowercase(w, s) || w.tokens[s].starts_sentence()) {
        return None;
    }
    // Its object (a determiner's or a possessive's phrase, an object pronoun) or a phrase
    // (`presiding over a bail review hearing`).
    let next = w.lower(s + 1);
    let (object, after) = if determiner(next).is_some()
        || possessive(next)
        || matches!(next, "him" | "her" | "them" | "it" | "us")
    {
        let object = noun_phrase(w, s + 1, false)?;
        (Some(object.head), object.end)
    } else if super::phrase_opener(w, s + 1) {
        (None, s + 1)
    } else {
        return None;
    };
    let (v, verb_singular, fix) = verb_after(w, s, after)?;
    if verb_singular {
        return None;
    }
    // (The object's own verb: `Assuming the facts are true`.)
    let object_plural =
        object.is_some_and(|head| lowercase(w, head) && is_plural_noun(w.lower(head)));
    if object_plural && takes_clause(lw) {
        return None;
    }
    // (A subject after its verb: `Accompanying the motion are declarations`, `Attaching
    // the exhibits were the parties' counsel`.)
    // (Not before initials or a mark either: `Testifying for the defense were K.G., J.N.`.)
    if !spaced(w, v + 1) {
        return None;
    }
    let after = w.lower(v + 1);
    let inverted = determiner(after).is_some()
        || possessive(after)
        || plural_predicate(w, v + 1)
        || matches!(
            after,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "some"
                | "multiple"
                | "numerous"
                | "other"
                | "additional"
                | "such"
        )
        || w.raw(v + 1).starts_with(char::is_uppercase)
        || lowercase(w, v + 1) && is_plural_noun(after) && w.pos(v + 1) & (POS_NOUN | POS_ADJ) != 0;
    if inverted && !matches!(after, "a" | "an") {
        return None;
    }
    if finite_verb(w, v + 1, Slot::Plain).is_some() {
        return None;
    }
    // (Two gerunds joined make a plural: `Filing the motion and serving the papers are`.)
    if (s..v).any(|k| matches!(w.lower(k), "and" | "or")) {
        return None;
    }
    Some((v, fix))
}

/// Whether a lexical verb at `v` stands before a bare noun: it may be a compound's first
/// word (`for groundwater recharge projects`, the dictionary knowing `recharge` as no noun).
/// A verb that ends its paragraph counts too.
fn noun_after_lexical(w: &Words, v: usize) -> bool {
    // (Nor one that ends its paragraph: a list item's line, `7. Entering into agreements with
    // landowners for groundwater recharge`.)
    if v + 1 >= w.tokens.len() {
        return true;
    }
    !matches!(
        w.lower(v),
        "is" | "are" | "was" | "were" | "has" | "have" | "does" | "do"
    ) && spaced(w, v + 1)
        && lowercase(w, v + 1)
        && w.pos(v + 1) & POS_NOUN != 0
        && determiner(w.lower(v + 1)).is_none()
}

/// Adverbs before the verb (`arguably obstructs`), at most two.
/// The finite verb after a subject that ends before `end` (across its modifiers and up to
/// two adverbs), outside a quotation opened since `s`: its index, whether it is singular,
/// and the other number's form. None where a parenthetical or a joined verb stands between,
/// or a lexical verb stands before a bare noun (`the policies address employers'`: maybe a
/// noun).
fn verb_after(w: &Words, s: usize, end: usize) -> Option<(usize, bool, String)> {
    let across = across_modifiers(w, end, false)?;
    if across.parenthetical || across.joined {
        return None;
    }
    let v = skip_adverbs(w, across.verb);
    if v >= w.tokens.len() || !spaced(w, v) || quoted(w, s, v) {
        return None;
    }
    let (verb_singular, fix) = finite_verb(w, v, Slot::Plain)?;
    if noun_after_lexical(w, v) {
        return None;
    }
    Some((v, verb_singular, fix))
}

fn skip_adverbs(w: &Words, mut v: usize) -> usize {
    let mut adverbs = 0;
    while v + 1 < w.tokens.len()
        && adverbs < 2
        && spaced(w, v)
        && lowercase(w, v)
        && w.pos(v) & (POS_ADV | POS_ADJ | POS_NOUN | POS_VERB) == POS_ADV
        && !stops_phrase(w.lower(v))
        && spaced(w, v + 1)
    {
        v += 1;
        adverbs += 1;
    }
    v
}

/// Whether a gerund or `either`/`neither` at `s` may open a subject here (a clause's
/// opening, or `neither` anywhere a word follows it).
pub(super) fn may_open(w: &Words, s: usize) -> bool {
    let lw = w.lower(s);
    if lw == "neither" {
        return s + 1 < w.tokens.len() && spaced(w, s + 1);
    }
    // (A gerund after a comma only after a sentence's opening adverb, `Thus, presiding over a
    // hearing now constitute`: after a clause it is a participle's, `denied the motion,
    // finding the claims were`.)
    clause_opens_at(w, s)
        && !(comma(w, s)
            && lw.ends_with("ing")
            && !(s >= 1
                && w.tokens[s - 1].starts_sentence()
                && w.pos(s - 1) & (POS_ADV | POS_NOUN | POS_ADJ | POS_VERB) == POS_ADV))
}
