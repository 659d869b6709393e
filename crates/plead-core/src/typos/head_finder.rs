//! Round 40: the subject's head far from its verb. From where a clause opens (a sentence
//! start, a comma, a subordinating word), a noun phrase is read forward to its head noun
//! and then across what may stand between it and its verb: prepositional phrases (`The
//! construction of an unambiguous contract`), coordinated ones (`in gaps … and at the outlets
//! of the dikes`), a participle or an adverb or adjective before one (`placed in gaps`,
//! `currently in place`, `available to students`), a gerund's `that` clause (`the burden of
//! showing that a claim falls within an exception`), an appositive or parenthetical between
//! commas (`, like the Policy,`, `, the basis for Count I of the Complaint,`), adverbs
//! (`arguably`). The verb right after such a chain takes the head's number. Also a relative
//! pronoun's verb takes its antecedent's (`a tributary that run`), when the antecedent is
//! the only noun it can be; and a verb joined by `and` takes the number of the verb it is
//! joined to (`MVP has been unable … and have taken`). The number of a noun is the
//! dictionary's (a regular plural it knows the singular of, a singular whose plural it
//! knows); collectives, quantities, names, quotations, coordinated subjects and `one of`
//! draw nothing. See docs/typos.md "Round 40 (agreement)".

use super::grammar::{
    is_plural_noun, plural_known, COLLECTIVE_NOUNS, IRREGULAR_PLURALS, MEASURE_NOUNS, MODAL_NOUNS,
};
use super::tokenize::{Gap, Skip, Words};
use super::word_list::WordList;
use super::word_table::{POS_ADJ, POS_ADV, POS_BASE_VERB, POS_NOUN, POS_PAST, POS_VERB};

mod compound_subjects;

/// How many modifiers a chain reads at most (phrases, participles, parentheticals).
const MAX_STEPS: usize = 6;

/// Whether token `k` is a word after only spaces, no code or protected text.
fn spaced(w: &Words, k: usize) -> bool {
    k < w.tokens.len() && w.tokens[k].gap == Gap::Space && w.tokens[k].skip == Skip::No
}

/// Whether a comma (and nothing else but spaces) stands before token `k`.
fn comma(w: &Words, k: usize) -> bool {
    k < w.tokens.len() && w.tokens[k].gap == Gap::Other && w.comma_before(k)
}

fn lowercase(w: &Words, k: usize) -> bool {
    w.raw(k)
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-')
}

/// Words that open a clause: its subject follows.
fn opens_clause(lw: &str) -> bool {
    matches!(
        lw,
        "that"
            | "because"
            | "since"
            | "when"
            | "while"
            | "although"
            | "though"
            | "whereas"
            | "where"
            | "once"
            | "unless"
            | "until"
            | "but"
            | "whether"
    )
}

/// Prepositions a phrase after a noun opens with (`of`, `for`, `in`, `by`, …).
fn preposition(lw: &str) -> bool {
    // (`grammar::PREPOSITIONS` and `of`, `like`, written out as one match: a list's scan for
    // every word a phrase reads cost more than the rest of the phrase.)
    matches!(
        lw,
        "of" | "like"
            | "on"
            | "in"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "under"
            | "about"
            | "before"
            | "after"
            | "between"
            | "among"
            | "against"
            | "upon"
            | "into"
            | "over"
            | "through"
            | "during"
            | "without"
            | "within"
            | "regarding"
            | "concerning"
            | "near"
            | "outside"
            | "inside"
            | "beyond"
            | "behind"
            | "around"
            | "across"
            | "along"
            | "beside"
            | "toward"
            | "towards"
            | "despite"
            | "via"
            | "amid"
            | "throughout"
            | "beneath"
            | "underneath"
            | "onto"
            | "unlike"
    )
}

/// Words no noun phrase goes on through: conjunctions, auxiliaries, modals (`may`, `will`
/// and `need` are nouns too), pronouns.
fn stops_phrase(lw: &str) -> bool {
    matches!(
        lw,
        "and"
            | "or"
            | "nor"
            | "but"
            | "to"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "be"
            | "been"
            | "will"
            | "we"
            | "i"
            | "he"
            | "she"
            | "they"
            | "you"
            | "it"
            | "who"
            | "which"
            | "that"
            | "whom"
            | "whose"
            | "there"
            | "not"
            | "cannot"
            | "what"
            | "whether"
            | "how"
            | "why"
            | "where"
            | "when"
            | "whatever"
    ) || MODAL_NOUNS.contains(lw)
}

/// Determiners: the number they give their noun (`None`: either).
fn determiner(lw: &str) -> Option<Option<bool>> {
    Some(match lw {
        "a" | "an" | "this" | "each" | "every" | "another" => Some(true),
        "these" | "those" | "both" | "many" | "several" | "various" | "numerous" => Some(false),
        "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "no" | "any" => None,
        _ => return None,
    })
}

fn possessive(lw: &str) -> bool {
    (lw.ends_with("'s") || lw.ends_with("s'"))
        && !matches!(
            lw,
            "he's"
                | "she's"
                | "it's"
                | "that's"
                | "there's"
                | "what's"
                | "who's"
                | "let's"
                | "here's"
                | "where's"
        )
}

/// Pronouns that may be a preposition's object.
fn object_pronoun(lw: &str) -> bool {
    matches!(
        lw,
        "him" | "her" | "them" | "it" | "us" | "me" | "you" | "himself" | "herself" | "itself"
    )
}

/// A noun's number: `Some(true)` singular, `Some(false)` plural, `None` unsure (a noun of
/// measure, a collective, a word the dictionary knows no other number of).
fn number(w: &Words, k: usize) -> Option<bool> {
    let lw = w.lower(k);
    if lw.len() < 3
        || w.pos(k) & POS_NOUN == 0
        || COLLECTIVE_NOUNS.contains(lw)
        || MEASURE_NOUNS.contains(lw)
        || MODAL_NOUNS.contains(lw)
        || UNSURE.contains(lw)
    {
        return None;
    }
    if IRREGULAR_PLURALS.contains(lw) {
        return if matches!(lw, "men" | "women" | "children") {
            Some(false)
        } else {
            None
        };
    }
    if is_plural_noun(lw) {
        return Some(false);
    }
    if !lw.ends_with('s') && plural_known(lw) {
        return Some(true);
    }
    // (`analysis` → `analyses`, `status` → `statuses`, `witness` → `witnesses`.)
    if lw.ends_with("sis") {
        let plural = format!("{}es", &lw[..lw.len() - 2]);
        return (super::dictionary().pos(&plural) & POS_NOUN != 0).then_some(true);
    }
    if (lw.ends_with("ss") || lw.ends_with("us")) && plural_known(lw) {
        return Some(true);
    }
    None
}

/// Heads whose verb's number is the writer's choice or another noun's (`the number of`,
/// `a total of`, `the rest of`).
const UNSURE: WordList = WordList::new(&[
    "number",
    "total",
    "lot",
    "variety",
    "rest",
    "remainder",
    "majority",
    "minority",
    "half",
    "part",
    "portion",
    "kind",
    "type",
    "sort",
    "set",
    "group",
    "series",
    "couple",
    "pair",
    "none",
    "percent",
    "amount",
    "range",
    "plurality",
    "handful",
    "bulk",
    "host",
    "body",
    "list",
    "combination",
    "mix",
    "mixture",
    "collection",
    "array",
    "class",
    "subset",
    "string",
    "sum",
    "average",
    "fraction",
    "proportion",
    "quarter",
    "third",
    "one",
    "each",
    "either",
    "neither",
    "other",
    "others",
    "same",
    "latter",
    "former",
    "whole",
    "entirety",
    "all",
    "government",
    "state",
    "court",
    "jury",
    "agency",
    "department",
    "office",
    "committee",
    "family",
    "staff",
    "team",
    "county",
    "city",
    "district",
    "association",
    "commission",
    "company",
    "corporation",
    "firm",
    "board",
    "union",
    "legislature",
    "congress",
    "bench",
    "bar",
    "public",
    "counsel",
    "personnel",
    "clergy",
    "police",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "worth",
    "score",
    "scores",
    "share",
    "minimum",
    "maximum",
    "percentage",
]);

/// A noun phrase read forward from `s`: its head and the token after it. `subject`: the
/// head must be a lowercase noun whose number is sure (a sentence's first word may have its
/// capital); otherwise (a preposition's object) names, pronouns and codes pass too.
struct Phrase {
    head: usize,
    end: usize,
    /// The head's number (singular?), when sure (a guess, to be settled, when read lazily).
    singular: Option<bool>,
    /// The number its determiner gives (`None`: either, or no determiner).
    det_number: Option<bool>,
    /// No determiner or possessive before its words.
    bare: bool,
    /// Whether `singular` is sure (not a lazy reading's guess).
    settled: bool,
}

fn noun_phrase(w: &Words, s: usize, subject: bool) -> Option<Phrase> {
    read_phrase(w, s, subject, false)
}

/// [`noun_phrase`], its number only guessed when `lazy` (see [`settle`]).
fn read_phrase(w: &Words, s: usize, subject: bool, lazy: bool) -> Option<Phrase> {
    let n = w.tokens.len();
    if s >= n || w.tokens[s].skip == Skip::Protected || w.tokens[s].skip == Skip::CaseName {
        return None;
    }
    let lw = w.lower(s);
    // A quantifier and `of`: `Both of these structures`, `each of the claims`.
    if subject
        && matches!(lw, "both" | "each")
        && spaced(w, s + 1)
        && w.lower(s + 1) == "of"
        && s + 2 < n
        && matches!(
            w.lower(s + 2),
            "the" | "these" | "those" | "their" | "its" | "his" | "her" | "our"
        )
    {
        let inner = noun_phrase(w, s + 2, true)?;
        if inner.singular != Some(false) {
            return None;
        }
        return Some(Phrase {
            head: inner.head,
            end: inner.end,
            singular: Some(lw == "each"),
            det_number: None,
            bare: false,
            settled: true,
        });
    }
    if !subject && object_pronoun(lw) {
        return Some(Phrase {
            head: s,
            end: s + 1,
            singular: None,
            det_number: None,
            bare: false,
            settled: true,
        });
    }
    let mut k = s;
    let mut det_number = None;
    if let Some(d) = determiner(lw) {
        det_number = d;
        k += 1;
    }
    // A possessive, with the words of its own phrase (`Maine's`, `the defendant's`,
    // `Hyundai Motor America's`).
    // (Only where a possessive is in reach: most phrases have none.)
    if (k..n.min(k + 4)).any(|j| possessive(w.lower(j))) {
        let mut j = k;
        while j < n && j < k + 4 && (j == s || spaced(w, j)) && w.tokens[j].skip == Skip::No {
            if possessive(w.lower(j)) {
                k = j + 1;
                break;
            }
            let p = w.pos(j);
            let lj = w.lower(j);
            // (Not across a verb's -s form: `the shooting shows Salvidres's hands`.)
            // (A name's words, or nouns: not a participle or a phrase, `The issue raised in
            // Moore's renewed motions`.)
            let name_word =
                w.raw(j).starts_with(char::is_uppercase) && !super::agreement_model::is_closed(lj);
            if !(name_word || p & (POS_NOUN | POS_ADJ) != 0)
                || p & POS_VERB != 0 && super::grammar::base_of_third(lj).is_some()
                || !name_word && (p & POS_PAST != 0 || phrase_opener(w, j))
                || lj.ends_with("ing")
                || stops_phrase(lj)
            {
                break;
            }
            j += 1;
        }
    }
    // Modifiers and the head: adjectives and nouns, the head the last noun (a name's words
    // in an object).
    let first = k;
    let mut head = None;
    while k < n && k < first + 4 {
        if k != s {
            let gap = w.tokens[k].gap;
            if !(gap == Gap::Space || k > first && gap == Gap::Hyphen) {
                break;
            }
        }
        // (No code: `the General 3 13 were` runs into a page's numbers.)
        if w.tokens[k].skip != Skip::No {
            break;
        }
        let lwk = w.lower(k);
        let p = w.pos(k);
        // (`Count I`: a name's numeral.)
        let numeral =
            !subject && lwk == "i" && k > s && w.raw(k - 1).starts_with(char::is_uppercase);
        if !numeral && (phrase_opener(w, k) || stops_phrase(lwk) || determiner(lwk).is_some()) {
            break;
        }
        // (A word that may be the verb, before an object or a particle: `the exclusion
        // shift back`.)
        if k > first && noun_verb_here(w, k, Slot::Plain) {
            break;
        }
        if numeral
            || w.tokens[k].skip == Skip::Code
            || w.raw(k).starts_with(char::is_uppercase)
                && !w.tokens[k].starts_sentence()
                && !super::agreement_model::is_closed(lwk)
        {
            // A name's word or a code: only in an object, and not after a lowercase noun
            // (`the claims for fraud Rok Stars was`: a new phrase).
            if subject || head.is_some_and(|h| lowercase(w, h)) {
                if subject {
                    return None;
                }
                break;
            }
            head = Some(k);
            k += 1;
            continue;
        }
        if let Some(h) = head {
            // After a noun: no plural noun (`the two cases defendant … rely`), no word that
            // may be a verb's -s form (`the shooting shows`, `the bank fits into`).
            // (Only before what a verb takes: an object, a phrase, `that`; before an
            // auxiliary, a participle or a comma it is the noun: `attorney fees were`,
            // `Silt socks placed in gaps`.)
            let verb_next = spaced(w, k + 1) && {
                let next = w.lower(k + 1);
                determiner(next).is_some()
                    || possessive(next)
                    || object_pronoun(next)
                    || w.raw(k + 1).starts_with(char::is_uppercase)
                    || phrase_opener(w, k + 1)
                    || matches!(next, "that" | "to" | "a" | "an")
                    || w.pos(k + 1) & (POS_ADV | POS_ADJ | POS_NOUN | POS_VERB) == POS_ADV
            };
            // (Nor a participle or a past: `The regulation governing asylum proceedings`,
            // `the magistrate judge found`.)
            // (An -ing word before its object: `silt fencing and` stays a noun.)
            let takes_object = spaced(w, k + 1)
                && lowercase(w, k + 1)
                && (determiner(w.lower(k + 1)).is_some()
                    || possessive(w.lower(k + 1))
                    || w.pos(k + 1) & (POS_NOUN | POS_ADJ) != 0
                        && !phrase_opener(w, k + 1)
                        // (`are` is a noun too: `a bail review hearing are`.)
                        && !stops_phrase(w.lower(k + 1)));
            if is_plural_noun(w.lower(h)) && lowercase(w, h)
                || lwk.ends_with("ing") && takes_object
                || p & POS_PAST != 0
                || p & POS_VERB != 0
                    && lwk.ends_with('s')
                    && super::grammar::base_of_third(lwk).is_some()
                    && verb_next
            {
                break;
            }
        }
        // (A word no dictionary part names, in an object: `of voir dire`.)
        let unknown = !subject && p == 0 && lwk.len() >= 3 && lowercase(w, k);
        if p & POS_NOUN != 0 || unknown {
            head = Some(k);
        } else if head.is_none()
            && (p & POS_ADJ != 0
                || p & POS_PAST != 0 && lwk.ends_with("ed")
                // (`legally distinct issues`.)
                || p & (POS_ADV | POS_ADJ | POS_NOUN | POS_VERB) == POS_ADV
                    && lwk.ends_with("ly")
                    && spaced(w, k + 1)
                    && w.pos(k + 1) & POS_ADJ != 0)
        {
            // (A modifier before its noun: `the disputed issue`; after one it is a
            // participle's or an adjective's phrase, `the issues raised`.)
        } else {
            break;
        }
        k += 1;
    }
    let head = head?;
    if !subject {
        return Some(Phrase {
            head,
            end: head + 1,
            singular: None,
            det_number: None,
            bare: false,
            settled: true,
        });
    }
    // A subject's head: a lowercase noun (or a sentence's first word), its number sure and
    // the determiner's.
    // (A sentence's capitalized first word may be a name, `Matthews also argues`: only
    // when the caller reads a phrase after it, `Remarks by appellants' counsel`.)
    if !(lowercase(w, head) || head == s && w.tokens[s].starts_sentence() && first == s) {
        return None;
    }
    // (An -ing head only after a determiner: `the reasoning in Fickett`, not a gerund's
    // `Filing the claims`.)
    if (first == s || w.lower(s).ends_with("ing"))
        && (s..=head).any(|k| w.lower(k).ends_with("ing"))
    {
        return None;
    }
    let phrase = Phrase {
        head,
        end: head + 1,
        singular: None,
        det_number,
        bare: first == s,
        settled: !lazy,
    };
    if lazy {
        // (The number settled only when a verb disagrees with this guess: a word's lists
        // and its plural in the dictionary cost more than the rest of the phrase.)
        let lw = w.lower(head);
        let guess = !(lw.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lw.ends_with(e))
            || matches!(lw, "men" | "women" | "children"));
        return Some(Phrase {
            singular: Some(guess),
            ..phrase
        });
    }
    let singular = settle(w, s, &phrase)?;
    Some(Phrase {
        singular: Some(singular),
        ..phrase
    })
}

/// A subject phrase's number, when sure: its head's, agreeing with its determiner's; a
/// bare singular or a bare plural that may be a verb's -s form draws nothing.
fn settle(w: &Words, s: usize, phrase: &Phrase) -> Option<bool> {
    let head = phrase.head;
    let singular = number(w, head)?;
    if phrase.det_number.is_some_and(|d| d != singular) {
        return None;
    }
    // (A singular count noun has its determiner: `Because role in the offense adjustments
    // are` may be a compound's plural; a bare plural is no verb's -s form, `that touches on`.)
    if phrase.bare
        && (singular
            || s > 0
                && matches!(w.lower(s - 1), "that" | "which" | "who")
                && (s..=head).any(|k| {
                    w.pos(k) & POS_VERB != 0 && super::grammar::base_of_third(w.lower(k)).is_some()
                }))
    {
        return None;
    }
    Some(singular)
}

/// Where a verb is looked for: how sure the place is that a verb stands there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// Only before a word a noun cannot take (a determiner, a particle, `not`).
    Plain,
    /// After a relative pronoun: a preposition after it also shows the verb.
    Relative,
    /// After a parenthetical's closing comma: a noun or a determiner after it does too.
    Parenthetical,
}

/// A word that is a noun and a verb read as the verb where its next word cannot follow the
/// noun (a determiner, a particle, `not`): `shift back to`, `trump the provisions`.
fn noun_verb_here(w: &Words, k: usize, slot: Slot) -> bool {
    let p = w.pos(k);
    if p & POS_VERB == 0
        || p & (POS_PAST | POS_ADJ | POS_ADV) != 0
        || !lowercase(w, k)
        || !spaced(w, k + 1)
    {
        return false;
    }
    let lw = w.lower(k);
    if super::agreement_model::SAME_PAST.contains(&lw) || MODAL_NOUNS.contains(lw) || lw == "be" {
        return false;
    }
    let finite = p & POS_BASE_VERB != 0 || super::grammar::base_of_third(lw).is_some();
    let next = w.lower(k + 1);
    let np = w.pos(k + 1);
    // (A determiner after it shows the verb only where a verb is looked for anyway: after
    // a relative pronoun or a parenthetical. Inside a phrase the noun may take an object of
    // its verb's: `mentioned to a police officer a concern`.)
    let object_next = matches!(
        next,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "these" | "those"
    );
    finite
        && (matches!(
            next,
            "back" | "not" | "up" | "out" | "down" | "off" | "away"
        ) || slot != Slot::Plain && object_next
            || slot == Slot::Relative && phrase_opener(w, k + 1)
            || slot == Slot::Parenthetical
                && lowercase(w, k + 1)
                && (np & POS_NOUN != 0 || phrase_opener(w, k + 1))
                && np & POS_VERB == 0
            || slot == Slot::Parenthetical && is_plural_noun(next))
}

/// A preposition opening a phrase at `k` (`to` only before a noun phrase's first word, not
/// an infinitive's verb).
fn phrase_opener(w: &Words, k: usize) -> bool {
    let lw = w.lower(k);
    if lw == "to" {
        return k + 1 < w.tokens.len()
            && (determiner(w.lower(k + 1)).is_some()
                || possessive(w.lower(k + 1))
                || object_pronoun(w.lower(k + 1))
                || w.raw(k + 1).starts_with(char::is_uppercase));
    }
    // (`before`, `after`, `since`, `until`, `as`, `than` may open a clause: `acts occurred
    // before the indictment was filed`.)
    // (`as a law enforcement officer`: `as` before `a` or `an` is the preposition.)
    preposition(lw)
        && !matches!(
            lw,
            "like" | "before" | "after" | "since" | "until" | "as" | "than"
        )
        || lw == "as" && k + 1 < w.tokens.len() && matches!(w.lower(k + 1), "a" | "an")
}

/// A verb at `v` and its number (singular?), with the other form: an auxiliary, a lexical
/// verb the dictionary knows as no noun, or a noun-verb where only the verb can stand.
fn finite_verb(w: &Words, v: usize, slot: Slot) -> Option<(bool, String)> {
    if v >= w.tokens.len() || w.tokens[v].skip != Skip::No || !lowercase(w, v) {
        return None;
    }
    let lw = w.lower(v);
    if matches!(lw, "do" | "does") && !(v + 1 < w.tokens.len() && w.lower(v + 1) == "not") {
        return None;
    }
    // (`need not`, `dare not` are modals; `be` no finite form.)
    // (Nor a past that is its bare form: `undercut`, `upset`.)
    if matches!(lw, "need" | "dare" | "be")
        || super::agreement_model::SAME_PAST
            .iter()
            .any(|past| lw.ends_with(past))
    {
        return None;
    }
    if let Some((_, singular)) = super::agreement_model::verb_of(w, v) {
        return Some((singular, super::agreement_model::other_form(w, v)?));
    }
    // (Not after a determiner: `giving either party the right`.)
    let after_determiner = v > 0
        && slot != Slot::Relative
        && matches!(
            w.lower(v - 1),
            "either"
                | "neither"
                | "each"
                | "every"
                | "any"
                | "no"
                | "some"
                | "this"
                | "that"
                | "these"
                | "those"
                | "the"
                | "a"
                | "an"
                | "another"
                | "such"
                | "one"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
        );
    if !after_determiner && noun_verb_here(w, v, slot) {
        // (Not a plural noun: `that costs the` may be a noun's clause.)
        let p = w.pos(v);
        if p & POS_BASE_VERB != 0 {
            return Some((false, super::grammar::third_of_bare(lw)?));
        }
        if !is_plural_noun(lw) {
            return Some((true, super::grammar::base_of_third(lw)?));
        }
    }
    None
}

/// After a head, what may stand before its verb: the verb's place and how many modifiers
/// were read, and whether the last was a parenthetical closed by a comma.
/// What [`across_modifiers`] read: the verb's place, how many modifiers, whether the last
/// was a parenthetical closed by a comma, whether two phrases were joined by `and`/`or`.
struct Across {
    verb: usize,
    steps: usize,
    parenthetical: bool,
    joined: bool,
}

/// `participles`: whether a past form after the head is read as a participle (not after a
/// subordinating word, where it may be the clause's verb: `whether his prior convictions
/// increased in seriousness was`).
fn across_modifiers(w: &Words, mut k: usize, participles: bool) -> Option<Across> {
    let n = w.tokens.len();
    let mut steps = 0;
    let mut phrase_seen = false;
    let mut joined = false;
    loop {
        if k >= n || steps > MAX_STEPS {
            return None;
        }
        let lw = w.lower(k);
        if spaced(w, k) {
            // (`the cases on which he relies`, `the conduct for which Myres was convicted`.)
            if phrase_opener(w, k) && spaced(w, k + 1) && matches!(w.lower(k + 1), "which" | "whom")
            {
                k = relative_clause_end(w, k + 2)?;
                steps += 1;
                continue;
            }
            if phrase_opener(w, k) {
                k = object_end(w, k + 1)?;
                phrase_seen = true;
                steps += 1;
                continue;
            }
            // (`in gaps … and at the outlets`: two phrases joined.)
            if (lw == "and" || lw == "or")
                && phrase_seen
                && spaced(w, k + 1)
                && phrase_opener(w, k + 1)
            {
                joined = true;
                k += 1;
                continue;
            }
            let p = w.pos(k);
            // A participle, an adverb or an adjective before a phrase (`placed in`,
            // `currently in place`, `available to`).
            if spaced(w, k + 1)
                && phrase_opener(w, k + 1)
                && lowercase(w, k)
                && (participles && p & (POS_PAST | POS_NOUN) == POS_PAST
                    || p & (POS_ADV | POS_ADJ | POS_NOUN | POS_VERB) == POS_ADV
                        && lw.ends_with("ly")
                    || p & (POS_ADJ | POS_NOUN | POS_VERB) == POS_ADJ
                        && !super::agreement_model::is_closed(lw))
            {
                k += 1;
                steps += 1;
                continue;
            }
            return Some(Across {
                verb: k,
                steps,
                parenthetical: false,
                joined,
            });
        }
        if comma(w, k) {
            // A parenthetical: an adverb (`however`), or a phrase (`like the Policy`, `the
            // basis for Count I of the Complaint`), then a comma.
            let mut j;
            let p = w.pos(k);
            if matches!(lw, "like" | "unlike" | "including" | "as") || phrase_opener(w, k) {
                j = object_end(w, k + 1)?;
            } else if p & (POS_PAST | POS_NOUN) == POS_PAST
                && lowercase(w, k)
                && spaced(w, k + 1)
                && phrase_opener(w, k + 1)
            {
                // (`, unmoored from any legal authority,`.)
                j = k + 1;
            } else if w.pos(k) & (POS_ADV | POS_NOUN | POS_ADJ | POS_VERB) == POS_ADV
                && lowercase(w, k)
                && comma(w, k + 1)
            {
                // (Only an adverb alone: `along with`, `together with`, `as well as` join a
                // second subject.)
                j = k + 1;
            } else if matches!(lw, "the" | "a" | "an") {
                j = noun_phrase(w, k, false)?.end;
            } else {
                return None;
            }
            // (Phrases after the parenthetical's noun.)
            while j < n && spaced(w, j) && phrase_opener(w, j) {
                j = object_end(w, j + 1)?;
            }
            if j >= n || !comma(w, j) {
                return None;
            }
            return Some(Across {
                verb: j,
                steps: steps + 1,
                parenthetical: true,
                joined,
            });
        }
        return Some(Across {
            verb: k,
            steps,
            parenthetical: false,
            joined,
        });
    }
}

/// The end of a relative clause opened by a preposition and `which` or `whom` at `s`: its
/// subject, its verbs, the phrases after them (`on which he relies`, `for which Myres was
/// convicted`).
fn relative_clause_end(w: &Words, s: usize) -> Option<usize> {
    let n = w.tokens.len();
    if s >= n || !spaced(w, s) {
        return None;
    }
    let mut k = if matches!(
        w.lower(s),
        "he" | "she" | "they" | "it" | "we" | "i" | "you"
    ) {
        s + 1
    } else {
        noun_phrase(w, s, false)?.end
    };
    // Its verbs: auxiliaries, `not`, adverbs, then one lexical verb (`are sued`, `might
    // affirmatively seek`), not the sentence's next verb (`… are sued does not affect`).
    let mut verbs = 0;
    while k < n && spaced(w, k) && verbs < 5 {
        let lw = w.lower(k);
        let p = w.pos(k);
        let auxiliary = matches!(
            lw,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "be"
                | "been"
                | "being"
                | "will"
                | "would"
                | "may"
                | "might"
                | "can"
                | "could"
                | "shall"
                | "should"
                | "must"
                | "do"
                | "does"
                | "did"
                | "not"
                | "cannot"
        );
        if auxiliary {
            k += 1;
            verbs += 1;
            continue;
        }
        if lowercase(w, k) && p & (POS_ADV | POS_ADJ | POS_NOUN | POS_VERB) == POS_ADV {
            k += 1;
            continue;
        }
        // (After an auxiliary any verb: `might affirmatively seek`.)
        if lowercase(w, k) && p & POS_VERB != 0 && (p & POS_NOUN == 0 || verbs > 0) {
            k += 1;
            verbs += 1;
        }
        break;
    }
    if verbs == 0 {
        return None;
    }
    while k < n && spaced(w, k) && phrase_opener(w, k) {
        k = object_end(w, k + 1)?;
    }
    Some(k)
}

/// The number of a clause's verb that no other reading is asked of (`a claim falls`).
fn loose_number(w: &Words, v: usize) -> Option<bool> {
    if let Some((singular, _)) = finite_verb(w, v, Slot::Plain) {
        return Some(singular);
    }
    let p = w.pos(v);
    if p & POS_VERB == 0 || p & POS_PAST != 0 || !lowercase(w, v) {
        return None;
    }
    if super::grammar::base_of_third(w.lower(v)).is_some() {
        Some(true)
    } else if p & POS_BASE_VERB != 0 {
        Some(false)
    } else {
        None
    }
}

/// The end of a preposition's object from `s` (`the basis`, `Count I of the Complaint`,
/// `showing that a claim falls within an exception`).
fn object_end(w: &Words, s: usize) -> Option<usize> {
    let n = w.tokens.len();
    if s >= n || !spaced(w, s) {
        return None;
    }
    let lw = w.lower(s);
    let gerund = lw.ends_with("ing") && w.pos(s) & POS_VERB != 0 && lowercase(w, s);
    // (A gerund that is also a noun, before its object: `for exercising a peremptory
    // challenge`.)
    let gerund_object = gerund
        && spaced(w, s + 1)
        && (determiner(w.lower(s + 1)).is_some() || possessive(w.lower(s + 1)));
    // A gerund's `that` clause: its subject, its verb and the verb's phrases.
    if gerund && spaced(w, s + 1) && w.lower(s + 1) == "that" {
        let subject = noun_phrase(w, s + 2, true)?;
        let across = across_modifiers(w, subject.end, false)?;
        let v = across.verb;
        if across.parenthetical || !spaced(w, v) || loose_number(w, v) != subject.singular {
            return None;
        }
        let mut k = v + 1;
        while k < n && spaced(w, k) && phrase_opener(w, k) {
            k = object_end(w, k + 1)?;
        }
        return Some(k);
    }
    // A gerund and its object (`for filing an undertaking`).
    // (Only before a phrase or a comma: `the goals of ensuring the witness does not` may be a
    // clause the gerund takes.)
    if gerund && (w.pos(s) & POS_NOUN == 0 || gerund_object) {
        let end = noun_phrase(w, s + 1, false).map_or(s + 1, |p| p.end);
        return (end < n && (spaced(w, end) && phrase_opener(w, end) || comma(w, end)))
            .then_some(end);
    }
    let phrase = noun_phrase(w, s, false)?;
    let mut end = phrase.end;
    // A name goes on (`Count I`, `Rhode Island`); not a heading's next sentence after a
    // lowercase word (`requests for transfer Appellant argues`).
    while !lowercase(w, phrase.head)
        && w.tokens[phrase.head].skip == Skip::No
        && end < n
        && end < s + 6
        && spaced(w, end)
        && w.raw(end).starts_with(char::is_uppercase)
        && !super::agreement_model::is_closed(w.lower(end))
    {
        end += 1;
    }
    Some(end)
}

/// Whether a singular subject's plural verb form may be a subjunctive (`ordered that the
/// defendant pay`, `if the court were`): a word of asking or a condition before it.
fn may_be_subjunctive(w: &Words, start: usize, v: usize) -> bool {
    if matches!(w.lower(v), "are" | "aren't") {
        return false;
    }
    if super::agreement_model::subjunctive(w, v) {
        return true;
    }
    // A `that` clause: after a word of asking it may be a subjunctive (`ordered that the
    // defendant pay`, `intended that the bank ultimately suffer`, `not that the taxpayer
    // actually receive it`), which words of asking a sentence reaches too far back to tell.
    let mut k = start;
    while k > 0 && !w.tokens[k].starts_sentence() {
        k -= 1;
        if w.lower(k) == "that" {
            return true;
        }
    }
    false
}

/// Whether quotation marks stand anywhere from `s` to `v` (a quotation's own grammar).
fn quoted(w: &Words, s: usize, v: usize) -> bool {
    (s + 1..=v).any(|k| {
        let between = &w.text[w.tokens[k - 1].span.end..w.tokens[k].span.start];
        between.contains([
            '"', '“', '”', '\'', '‘', '’', '(', ')', '[', ']', '—', '–', '-', '/',
        ])
    })
}

/// Whether a subject may open at token `s`: a sentence's first word with its capital, a
/// word after a comma, or after a subordinating word.
fn clause_opens_at(w: &Words, s: usize) -> bool {
    let t = &w.tokens[s];
    if t.starts_sentence() {
        // (Not after an abbreviation's period: `St. Pierre's claims against Appellees is`.)
        let abbreviation = s > 0 && w.tokens[s - 1].period_after && {
            let prev = w.raw(s - 1);
            prev.len() <= 3 && prev.starts_with(char::is_uppercase)
        };
        return !abbreviation
            && w.raw(s).starts_with(char::is_uppercase)
            && (t.gap != Gap::Start || s == 0);
    }
    if comma(w, s) {
        // (Not after a preposition or a conjunction: `regarding, and reliance on, each of
        // these bases were` — the phrase is their object.)
        return s >= 1 && {
            let prev = w.lower(s - 1);
            !(preposition(prev)
                || matches!(
                    prev,
                    "and"
                        | "or"
                        | "nor"
                        | "to"
                        | "namely"
                        | "including"
                        | "especially"
                        | "particularly"
                        | "specifically"
                        | "e.g"
                        | "i.e"
                        | "viz"
                )
                || determiner(prev).is_some())
        };
    }
    // (After `that`, `which` or `whom` the noun phrase is the clause's subject whether the
    // word is a conjunction or a relative: `the reports that the court of appeal have`.)
    s >= 1
        && spaced(w, s)
        && (opens_clause(w.lower(s - 1))
            || matches!(w.lower(s - 1), "which" | "whom")
            // (`we conclude the probate court's findings on waiver … was`: `that` left out,
            // after a verb that takes no noun for its object; a determiner opens the phrase.)
            || matches!(
                w.lower(s - 1),
                "conclude" | "concluded" | "concludes" | "contend" | "contended" | "contends"
                    | "agree" | "agreed" | "agrees" | "believe" | "believed" | "believes"
            ) && (determiner(w.lower(s)).is_some() || possessive(w.lower(s))))
}

/// Verbs whose complement is a clause, its `that` often left out (`we conclude the
/// findings were`): a noun phrase right after one is that clause's subject when a verb
/// follows it.
fn complement_verb(lw: &str) -> bool {
    matches!(
        lw,
        "conclude"
            | "concluded"
            | "concludes"
            | "hold"
            | "held"
            | "holds"
            | "agree"
            | "agreed"
            | "agrees"
            | "argue"
            | "argued"
            | "argues"
            | "contend"
            | "contended"
            | "contends"
            | "assert"
            | "asserted"
            | "asserts"
            | "believe"
            | "believed"
            | "believes"
            | "maintain"
            | "maintained"
            | "maintains"
            | "acknowledge"
            | "acknowledged"
            | "acknowledges"
            | "recognize"
            | "recognized"
            | "recognizes"
            | "observe"
            | "observed"
            | "observes"
            | "note"
            | "noted"
            | "notes"
            | "explain"
            | "explained"
            | "explains"
            | "allege"
            | "alleged"
            | "alleges"
            | "demonstrate"
            | "demonstrated"
            | "demonstrates"
            | "establish"
            | "established"
            | "establishes"
    )
}

/// The findings: (verb token, its other form).
pub(super) fn alarms(w: &Words) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let n = w.tokens.len();
    for s in 0..n {
        // Cheap first tests: a subject opens its clause (a sentence start, a mark, or a
        // space after a word that opens clauses: most tokens stop here), with a determiner,
        // a possessive or a noun.
        let opening = match w.tokens[s].gap {
            Gap::Start | Gap::Boundary => true,
            Gap::Other => comma(w, s),
            Gap::Hyphen => false,
            Gap::Space => {
                s > 0 && {
                    let prev = w.lower(s - 1);
                    opens_clause(prev)
                        || matches!(
                            prev,
                            "which"
                                | "whom"
                                | "conclude"
                                | "concluded"
                                | "concludes"
                                | "contend"
                                | "contended"
                                | "contends"
                                | "agree"
                                | "agreed"
                                | "agrees"
                                | "believe"
                                | "believed"
                                | "believes"
                        )
                }
            }
        };
        let lw = w.lower(s);
        // Round 41: phrases joined by `or`/`nor` (`neither` opens one anywhere), a gerund's
        // clause. (Only where `or`/`nor` stands close after, or the word is an -ing form:
        // most openings ask neither.)
        if lw == "neither" || opening {
            let joined_soon = (s + 1..n.min(s + 10)).any(|k| matches!(w.lower(k), "or" | "nor"));
            let found = if joined_soon && compound_subjects::may_open(w, s) {
                compound_subjects::disjunctive(w, s)
            } else if lw.ends_with("ing") && compound_subjects::may_open(w, s) {
                compound_subjects::gerund(w, s)
            } else {
                None
            };
            if let Some(found) = found {
                if !out.iter().any(|(v, _)| *v == found.0) {
                    out.push(found);
                }
                continue;
            }
        }
        if !opening {
            continue;
        }
        if !(determiner(lw).is_some()
            || possessive(lw)
            || lw == "both"
            || w.tokens[s].starts_sentence()
            || w.pos(s) & POS_NOUN != 0)
        {
            continue;
        }
        if !clause_opens_at(w, s) {
            continue;
        }
        if let Some(found) = chain_subject(w, s) {
            if !out.iter().any(|(v, _)| *v == found.0) {
                out.push(found);
            }
        }
    }
    for v in 2..n {
        // (One match on the word before: most tokens ask neither.)
        let found = match w.lower(v - 1) {
            "that" | "who" => relative_verb(w, v),
            "and" => joined_verb(w, v),
            _ => None,
        };
        if let Some(found) = found {
            if !out.iter().any(|(k, _)| *k == found.0) {
                out.push(found);
            }
        }
    }
    out
}

/// A subject opening at `s`, read across its modifiers to a verb that disagrees.
fn chain_subject(w: &Words, s: usize) -> Option<(usize, String)> {
    let subject = read_phrase(w, s, true, true)?;
    let guess = subject.singular?;
    // (Not after a subordinating word, where a past form may be the clause's verb, unless
    // the clause is a verb's complement: `acknowledged that their claims based on`.)
    let participles = w.tokens[s].starts_sentence()
        || comma(w, s)
        || s >= 2 && w.lower(s - 1) == "that" && complement_verb(w.lower(s - 2));
    let across = across_modifiers(w, subject.end, participles)?;
    let (mut v, steps, parenthetical) = (across.verb, across.steps, across.parenthetical);
    // Adverbs before the verb (`arguably obstructs`).
    let mut adverbs = 0;
    while v + 1 < w.tokens.len()
        && adverbs < 2
        && (spaced(w, v) || parenthetical && adverbs == 0 && comma(w, v))
        && lowercase(w, v)
        && w.pos(v) & (POS_ADV | POS_ADJ | POS_NOUN | POS_VERB) == POS_ADV
        && !stops_phrase(w.lower(v))
        && spaced(w, v + 1)
    {
        v += 1;
        adverbs += 1;
    }
    // Something stands between: a phrase, a parenthetical, an adverb; or a quantifier.
    if steps == 0 && adverbs == 0 && !matches!(w.lower(s), "both" | "each") {
        return None;
    }
    // (A capitalized head: a phrase right after it, not adverbs or a parenthetical:
    // `Torres, by contrast, was`.)
    if !(lowercase(w, subject.head) || spaced(w, subject.end) && phrase_opener(w, subject.end)) {
        return None;
    }
    if v >= w.tokens.len()
        || !(spaced(w, v) || parenthetical && adverbs == 0 && comma(w, v))
        || quoted(w, s, v)
    {
        return None;
    }
    // (After a closing comma, a word that is also a noun is read as the verb only before an
    // object that goes on: `trump provisions to the contrary`, not a list's next item, `the
    // annual percentage rate, loan disclosures, and`.)
    let slot = if parenthetical && adverbs == 0 && spaced(w, v + 2) {
        Slot::Parenthetical
    } else {
        Slot::Plain
    };
    let (verb_singular, fix) = finite_verb(w, v, slot)?;
    // (The guess settled only now: a verb that agrees with it is left, as it would be with
    // the settled number but for words the guess reads wrong, `analysis`, `criteria`.)
    if verb_singular == guess {
        return None;
    }
    let singular = if subject.settled {
        guess
    } else {
        settle(w, s, &subject)?
    };
    // (`The testimony of law enforcement officers and of the defendant diverge`: two phrases
    // joined may stand for two heads.)
    if verb_singular == singular || across.joined && singular {
        return None;
    }
    // (`The Act's conflict of interest provisions prohibit`: `of` and a bare noun before a
    // plural the verb agrees with may be a compound's first words, the plural its head.)
    let last = v - 1 - adverbs;
    if singular
        && last >= 3
        && w.lower(last - 2) == "of"
        && lowercase(w, last)
        && lowercase(w, last - 1)
        && is_plural_noun(w.lower(last))
        && w.pos(last - 1) & POS_NOUN != 0
        && determiner(w.lower(last - 1)).is_none()
    {
        return None;
    }
    // (A verb right after it: the word read as the verb is a relative clause's, its `that`
    // left out: `injuries of the sort plaintiffs allege is`.)
    if spaced(w, v + 1) && finite_verb(w, v + 1, Slot::Plain).is_some() {
        return None;
    }
    // (A heading without its period: `Standard of Review We review`, `Claims Under the
    // Racial Justice Act Wagstaff contends`.)
    if (s + 1..v).any(|k| w.raw(k).starts_with(char::is_uppercase))
        && w.raw(subject.head).starts_with(char::is_uppercase)
    {
        return None;
    }
    if singular && may_be_subjunctive(w, s, v) {
        return None;
    }
    Some((v, fix))
}

/// Nouns a `that` clause may complete (`the fact that`, `the argument that`).
const CLAUSE_NOUNS: &[&str] = &[
    "fact",
    "argument",
    "claim",
    "contention",
    "finding",
    "conclusion",
    "notion",
    "idea",
    "view",
    "assertion",
    "allegation",
    "evidence",
    "proposition",
    "premise",
    "theory",
    "position",
    "suggestion",
    "belief",
    "possibility",
    "likelihood",
    "requirement",
    "rule",
    "holding",
    "principle",
    "determination",
    "statement",
    "showing",
    "presumption",
    "ground",
    "reason",
    "assumption",
    "inference",
    "concern",
    "hope",
    "fear",
    "risk",
    "chance",
    "news",
    "point",
    "indication",
    "proof",
    "sense",
    "understanding",
    "testimony",
    "declaration",
    "representation",
    "admission",
    "acknowledgment",
    "recognition",
    "order",
    "motion",
];

/// A relative pronoun's verb (`a tributary that run across`): the antecedent the noun right
/// before the pronoun, when no other noun can be (its phrase not a noun's object) or the
/// other has its number.
fn relative_verb(w: &Words, v: usize) -> Option<(usize, String)> {
    let rel = w.lower(v - 1);
    if !matches!(rel, "that" | "who") || !spaced(w, v) || !spaced(w, v - 1) {
        return None;
    }
    let a = v - 2;
    if !lowercase(w, a) || w.tokens[a].skip != Skip::No {
        return None;
    }
    let singular = number(w, a)?;
    if w.tokens.get(v + 1).is_some_and(|t| t.gap == Gap::Hyphen) {
        return None;
    }
    let (verb_singular, fix) = finite_verb(w, v, Slot::Relative)?;
    if verb_singular == singular {
        return None;
    }
    if super::agreement_model::verb_of(w, v).is_none() {
        // A noun-verb after `that`: not after a noun a `that` clause completes (`the
        // argument that service on Patricia was`), nor before phrases and a verb.
        if rel == "that" && CLAUSE_NOUNS.contains(&w.lower(a)) {
            return None;
        }
        if let Some(Across { verb: after, .. }) = across_modifiers(w, v + 1, false) {
            if spaced(w, after) && (w.pos(after) & POS_VERB != 0 || stops_phrase(w.lower(after))) {
                return None;
            }
        }
    }
    // The antecedent's phrase: back over modifiers to its determiner.
    let mut k = a;
    while k > 0 && a - k < 3 && spaced(w, k) {
        let lw = w.lower(k - 1);
        if determiner(lw).is_some() || possessive(lw) {
            k -= 1;
            break;
        }
        if !(lowercase(w, k - 1) && w.pos(k - 1) & (POS_ADJ | POS_NOUN) != 0)
            || phrase_opener(w, k - 1)
        {
            break;
        }
        k -= 1;
    }
    if k == a || determiner(w.lower(k)).is_none() && !possessive(w.lower(k)) {
        return None;
    }
    if let Some(d) = determiner(w.lower(k)).flatten() {
        if d != singular {
            return None;
        }
    }
    if k == 0 || !spaced(w, k) {
        return None;
    }
    let before = w.lower(k - 1);
    // (`one of the many crimes that`, `it is the tendency that makes`, `the claims and the
    // defenses that`: the clause may be another word's.)
    if matches!(before, "and" | "or" | "is" | "was" | "than") {
        return None;
    }
    // The antecedent's phrase is a verb's: its preposition follows a particle (`ended up in an
    // unnamed tributary that run`). After a noun, a participle or a verb's object the clause
    // may be another noun's (`DNA samples from urine left at the kill site that were`, `the
    // arguments for why we should reverse the judgment that are`).
    if !(phrase_opener(w, k - 1)
        && k >= 3
        && spaced(w, k - 1)
        && lowercase(w, k - 2)
        && (matches!(
            w.lower(k - 2),
            "up" | "out" | "down" | "off" | "back" | "away"
        ) || w.pos(k - 2) & (POS_ADV | POS_NOUN | POS_ADJ | POS_PAST) == POS_ADV)
        && w.pos(k - 3) & POS_VERB != 0)
    {
        return None;
    }
    if !singular || !may_be_subjunctive(w, k, v) {
        Some((v, fix))
    } else {
        None
    }
}

/// A verb joined by `and` to a finite verb before it whose subject agrees with it
/// (`MVP has been unable to prevent mud … and have taken`): it takes that verb's number.
fn joined_verb(w: &Words, v: usize) -> Option<(usize, String)> {
    if w.lower(v - 1) != "and" || !spaced(w, v) || !spaced(w, v - 1) {
        return None;
    }
    let lw = w.lower(v);
    if !matches!(lw, "is" | "are" | "was" | "were" | "has" | "have") {
        return None;
    }
    // `have` and `has` before a participle (`not` or `never` may stand between: `and have
    // not returned`).
    let mut participle = v + 1;
    if participle < w.tokens.len() && matches!(w.lower(participle), "not" | "never") {
        participle += 1;
    }
    if matches!(lw, "has" | "have")
        && !(participle < w.tokens.len()
            && spaced(w, v + 1)
            && spaced(w, participle)
            && w.pos(participle) & POS_PAST != 0)
    {
        return None;
    }
    let (verb_singular, fix) = finite_verb(w, v, Slot::Plain)?;
    // Back to the first verb: no comma, clause word or other finite verb between.
    let mut k = v - 1;
    let mut first = None;
    while k > 0 && v - k < 16 {
        if !spaced(w, k) {
            return None;
        }
        k -= 1;
        let lk = w.lower(k);
        if matches!(lk, "is" | "are" | "was" | "were" | "has" | "have") {
            first = Some(k);
            break;
        }
        if opens_clause(lk)
            || matches!(
                lk,
                "which"
                    | "who"
                    | "whom"
                    | "if"
                    | "and"
                    | "or"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "it"
                    | "i"
                    | "you"
                    | "had"
                    | "did"
                    | "do"
                    | "does"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "shall"
                    | "should"
            )
            || super::agreement_model::verb_of(w, k).is_some_and(|(g, sg)| g == "LEX" && sg)
        {
            return None;
        }
    }
    let f = first?;
    let (first_singular, _) = finite_verb(w, f, Slot::Plain)?;
    if first_singular == verb_singular || f == 0 || !spaced(w, f) {
        return None;
    }
    // The first verb's subject right before it: a name, a pronoun or a noun of its number.
    let subj = f - 1;
    let ls = w.lower(subj);
    let raw = w.raw(subj);
    let agrees = match ls {
        "he" | "she" | "it" => first_singular,
        "they" => !first_singular,
        _ if raw.len() > 1 && raw.bytes().all(|b| b.is_ascii_uppercase()) => first_singular,
        _ => lowercase(w, subj) && number(w, subj) == Some(first_singular),
    };
    if !agrees {
        return None;
    }
    // (The subject opens its clause: a sentence start or a determiner before it and its
    // modifiers, `The Sara Designs watches are`.)
    let mut m = subj;
    while m > 0 && subj - m < 3 && spaced(w, m) && !w.tokens[m].starts_sentence() {
        let lm = w.lower(m - 1);
        if determiner(lm).is_some() || possessive(lm) {
            break;
        }
        if w.pos(m - 1) & (POS_NOUN | POS_ADJ) == 0 && !w.raw(m - 1).starts_with(char::is_uppercase)
        {
            return None;
        }
        m -= 1;
    }
    // (Not a subordinate clause's: `while the children were in his care and was not to
    // smoke` joins `was` to the sentence's verb.)
    // (Round 41: or a personal pronoun right after the comma that closes an opening phrase
    // or clause, `Approximately five months after plaintiff returned to work, he was carried
    // out on a stretcher and have not returned`: the pronoun is the main clause's subject.)
    let opens = w.tokens[m].starts_sentence()
        || m > 0
            && w.tokens[m - 1].starts_sentence()
            && (determiner(w.lower(m - 1)).is_some() || possessive(w.lower(m - 1)))
        || m == subj && matches!(ls, "he" | "she" | "it" | "they") && clause_opens_at(w, m);
    if !opens {
        return None;
    }
    Some((v, fix))
}
