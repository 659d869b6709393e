//! Grammar-ish rules that need no parser: doubled words, `a`/`an`, basic
//! subject–verb agreement, and `to not` where `do not` was meant.

use super::rules;
use super::tokenize::{Gap, Skip, Words};
use crate::analysis::{Finding, Fix, Span};

/// Doubles that are grammatical (`that that`, `had had`).
const LEGIT_DOUBLES: &[&str] = &[
    "that", "had", "is", "do", "bye", "no", "so", "very", "far", "ha", "tsk",
];

pub fn doubled_words(w: &Words, out: &mut Vec<Finding>) {
    for i in 1..w.tokens.len() {
        let (a, b) = (&w.tokens[i - 1], &w.tokens[i]);
        if b.gap != Gap::Space || !a.is_checkable() || !b.is_checkable() {
            continue;
        }
        let lw = w.lower(i);
        if lw != w.lower(i - 1)
            || !lw.chars().all(char::is_alphabetic)
            || LEGIT_DOUBLES.contains(&lw)
        {
            continue;
        }
        // Letter-spaced display type (`d i s c u s s i o n`): single letters among single
        // letters are one word spread out, not a doubled word.
        let single = |j: usize| j < w.tokens.len() && w.raw(j).chars().count() == 1;
        if lw.chars().count() == 1 && (i >= 2 && single(i - 2) || single(i + 1)) {
            continue;
        }
        // Same letters in another case are a name or title (`in In re Gault`, `relying on On Command`),
        // except the sentence-start slip `The the`.
        let (first, second) = (w.raw(i - 1), w.raw(i));
        let sentence_slip =
            first.starts_with(char::is_uppercase) && second.starts_with(char::is_lowercase);
        if first != second && !sentence_slip
            || w.tokens.get(i + 1).is_some_and(|_| w.lower(i + 1) == "re")
        {
            continue;
        }
        let span = Span::new(a.span.start, b.span.end);
        let keep = w.raw(i - 1);
        out.push(
            Finding::new(span, &rules::DOUBLED_WORD, format!("“{lw}” is repeated"))
                .with_fix(Fix::replace(span, keep, true)),
        );
    }
}

/// Letters whose name starts with a vowel sound (`an FBI agent`, `an SEC filing`).
const VOWEL_LETTER_NAMES: &str = "aefhilmnorsx";
/// Words starting with a vowel letter but a consonant sound (`a united front`, `a one-time fee`).
const CONSONANT_SOUND_PREFIXES: &[&str] = &[
    "uni", "unan", "usa", "use", "usi", "usu", "uti", "ura", "ure", "uri", "uro", "ubi", "uku",
    "ukr", "eu", "ewe", "one", "once",
];
/// Exceptions to the prefixes above: `an uninformed`, `an unimportant`, `an unidentified`.
const VOWEL_SOUND_PREFIXES: &[&str] = &["unin", "unim", "unid"];
/// Words starting with a silent h (`an hour`).
const SILENT_H: &[&str] = &["hour", "honest", "honor", "honour", "heir"];

/// Which article a word wants: Some(true) for `an`, Some(false) for `a`, None when unsure.
fn wants_an(word: &str) -> Option<bool> {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let first = letters.first()?.to_ascii_lowercase();
    let lower = word.to_ascii_lowercase();
    let by_letter_name = VOWEL_LETTER_NAMES.contains(first);
    let by_word = if SILENT_H.iter().any(|h| lower.starts_with(h)) {
        true
    } else if "aeiou".contains(first) {
        let consonant = CONSONANT_SOUND_PREFIXES
            .iter()
            .any(|p| lower.starts_with(p))
            && !VOWEL_SOUND_PREFIXES.iter().any(|p| lower.starts_with(p));
        !consonant
    } else {
        false
    };
    let acronym =
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) || word.contains('.');
    if acronym {
        // Read as letters (`an FBI`) or as a word (`a NATO`): only sure when both agree.
        return (by_letter_name == by_word).then_some(by_word);
    }
    if first == 'h' && !by_word {
        // `an historic` is old-fashioned, not wrong.
        return None;
    }
    Some(by_word)
}

pub fn articles(w: &Words, out: &mut Vec<Finding>) {
    for i in 0..w.tokens.len().saturating_sub(1) {
        let t = &w.tokens[i];
        let raw = w.raw(i);
        let is_an = match raw {
            "a" => false,
            "an" => true,
            "A" | "An" if t.starts_sentence() && !t.period_after => raw == "An",
            _ => continue,
        };
        let next = &w.tokens[i + 1];
        if !t.is_checkable() || next.gap != Gap::Space || matches!(next.skip, Skip::Protected) {
            continue;
        }
        let word = strip_possessive(w.raw(i + 1));
        // `A` before a capitalized word is often a heading letter (`A Our cases…`) or a title.
        if raw.starts_with('A') && word.starts_with(char::is_uppercase) {
            continue;
        }
        if word.starts_with(|c: char| c.is_ascii_digit())
            || word.chars().count() < 2 && !word.contains('.')
        {
            continue;
        }
        if next.skip == Skip::Code && !word.contains('.') {
            continue;
        }
        let Some(want_an) = wants_an(word) else {
            continue;
        };
        if want_an == is_an {
            continue;
        }
        let right = super::confusables::match_case(raw, if want_an { "an" } else { "a" });
        out.push(
            Finding::new(
                t.span,
                &rules::ARTICLE,
                format!("Use “{right}” before “{word}”"),
            )
            .with_fix(Fix::replace(t.span, right, true)),
        );
    }
}

/// Plural nouns common as subjects in legal prose, and their singulars.
const PLURAL_SUBJECTS: &[&str] = &[
    "defendants",
    "plaintiffs",
    "parties",
    "petitioners",
    "respondents",
    "appellants",
    "appellees",
    "claims",
    "allegations",
    "documents",
    "records",
    "facts",
    "courts",
    "motions",
    "orders",
    "cases",
    "statutes",
    "witnesses",
    "officers",
    "attorneys",
    "defendants'",
    "counts",
    "objections",
    "arguments",
    "exhibits",
    "regulations",
];
const SINGULAR_SUBJECTS: &[&str] = &[
    "defendant",
    "plaintiff",
    "petitioner",
    "respondent",
    "appellant",
    "appellee",
    "complaint",
    "motion",
    "statute",
    "witness",
    "officer",
    "attorney",
    "claim",
    "order",
    "record",
    "court",
];
const PLURAL_DETERMINERS: &[&str] = &[
    "the", "these", "those", "both", "all", "several", "many", "two", "three", "such",
];
const SINGULAR_DETERMINERS: &[&str] = &["the", "this", "that", "each", "every"];
/// Prepositions: a noun after one is no subject (`on these facts is`, `before the court are`).
const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "under",
    "about",
    "before",
    "after",
    "between",
    "among",
    "against",
    "upon",
    "into",
    "over",
    "through",
    "during",
    "without",
    "within",
    "regarding",
    "concerning",
];
/// Words before the subject that make the clause subjunctive or shift the subject (`one of the…`).
const AGREEMENT_BLOCKERS: &[&str] = &[
    "of", "if", "though", "whether", "unless", "that", "as", "wish", "and", "or", "nor",
];

pub fn agreement(w: &Words, out: &mut Vec<Finding>) {
    for i in 2..w.tokens.len() {
        let (d, n, v) = (i - 2, i - 1, i);
        if w.tokens[n].gap != Gap::Space
            || w.tokens[v].gap != Gap::Space
            || !w.tokens[v].is_checkable()
        {
            continue;
        }
        let verb = w.lower(v);
        if !matches!(verb, "was" | "is" | "has" | "were" | "are") {
            continue;
        }
        let (det, noun) = (w.lower(d), w.lower(n));
        let fix = if PLURAL_DETERMINERS.contains(&det) && PLURAL_SUBJECTS.contains(&noun) {
            match verb {
                "was" => "were",
                "is" => "are",
                "has" => "have",
                _ => continue,
            }
        } else if SINGULAR_DETERMINERS.contains(&det) && SINGULAR_SUBJECTS.contains(&noun) {
            match verb {
                "were" => "was",
                "are" => "is",
                _ => continue,
            }
        } else {
            continue;
        };
        // `one of the defendants was`, `if the plaintiff were`: not errors.
        let clause_start = (0..=d)
            .rev()
            .find(|&k| w.tokens[k].starts_sentence())
            .unwrap_or(0);
        if (clause_start..d).any(|k| AGREEMENT_BLOCKERS.contains(&w.lower(k)))
            || d > 0 && PREPOSITIONS.contains(&w.lower(d - 1))
        {
            continue;
        }
        let span = w.tokens[v].span;
        out.push(
            Finding::new(
                span,
                &rules::AGREEMENT,
                format!("“{noun}” needs “{fix}”, not “{verb}”"),
            )
            .with_fix(Fix::replace(
                span,
                super::confusables::match_case(w.raw(v), fix),
                true,
            )),
        );
    }
}

/// Finite verbs: a clause that has one before `to not` is a real split infinitive.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would",
    "shall", "should", "may", "might", "can", "could", "must", "chose", "choose", "chooses",
    "decide", "decides", "want", "wants", "seek", "seeks", "ask", "asks", "agree", "agrees",
    "elect", "elects", "prefer", "prefers", "tend", "tends", "seem", "seems", "appear", "appears",
    "try", "tries", "need", "needs", "plan", "plans", "intend", "intends", "promise", "promises",
    "urge", "urges", "allow", "allows", "permit", "permits", "require", "requires", "direct",
    "directs", "order", "orders", "tell", "tells", "told", "made", "took", "began", "sought",
    "for", "in", "order",
];
const SUBJECT_PRONOUNS: &[&str] = &["we", "they", "you", "i"];
/// Words before `to not` that are no subject (`how to not`, `order to not`).
const NOT_SUBJECTS: &[&str] = &[
    "how",
    "order",
    "what",
    "where",
    "when",
    "why",
    "whether",
    "as",
    "so",
    "ability",
    "right",
    "duty",
    "obligation",
    "decision",
    "choice",
    "agreement",
    "promise",
    "intent",
    "intention",
    "attempt",
    "effort",
    "motion",
    "request",
    "way",
    "reason",
    "time",
    "opportunity",
    "power",
    "authority",
    "discretion",
    "incentive",
    "tendency",
    "failure",
    "refusal",
    "plan",
    "option",
    "election",
    "willingness",
    "desire",
    "wish",
    "need",
    "instruction",
    "instructions",
    "advice",
    "directive",
    "order",
    "permission",
    "license",
    "freedom",
    "urge",
    "pressure",
    "temptation",
    "warning",
    "admonition",
];
const DO_FORM_PARTIES: &[&str] = &[
    "plaintiff",
    "defendant",
    "petitioner",
    "respondent",
    "court",
    "movant",
    "appellant",
];

/// `concerns simply to not suffice` → `do not`; `chose to not file` is fine.
pub fn to_not(w: &Words, out: &mut Vec<Finding>) {
    let toks = w.tokens;
    for i in 1..toks.len().saturating_sub(2) {
        if w.lower(i) != "to" || w.lower(i + 1) != "not" || !toks[i].is_checkable() {
            continue;
        }
        if toks[i].gap != Gap::Space
            || toks[i + 1].gap != Gap::Space
            || toks[i + 2].gap != Gap::Space
        {
            continue;
        }
        let verb = w.lower(i + 2);
        if !verb.chars().all(|c| c.is_ascii_lowercase())
            || verb.ends_with("ing")
            || verb.ends_with("ed")
            || verb.ends_with("ly")
            || matches!(verb, "only" | "just" | "merely" | "be" | "the" | "a" | "an")
        {
            continue;
        }
        // The subject: the word before `to`, past up to two -ly adverbs (`simply`).
        let mut s = i - 1;
        while s > 0 && w.lower(s).ends_with("ly") && i - s <= 2 && toks[s].gap == Gap::Space {
            s -= 1;
        }
        if toks[s + 1].gap != Gap::Space {
            continue;
        }
        let subject = w.lower(s);
        let plural = SUBJECT_PRONOUNS.contains(&subject)
            || subject.ends_with('s')
                && !subject.ends_with("ss")
                && !subject.ends_with("us")
                && subject.len() > 3;
        let singular_party = DO_FORM_PARTIES.contains(&subject);
        // Any other singular noun (`speculation simply to not establish`), or he/she/it.
        let dict = super::dictionary();
        let singular_noun = matches!(subject, "he" | "she" | "it")
            || dict.pos(subject) & super::word_table::POS_NOUN != 0
                && dict.pos(subject) & (super::word_table::POS_PAST | super::word_table::POS_ADV)
                    == 0
                && !subject.ends_with("ing")
                && !NOT_SUBJECTS.contains(&subject);
        if !(plural || singular_party || singular_noun) || FINITE.contains(&subject) {
            continue;
        }
        // Any finite verb earlier in the clause makes `to` an infinitive marker.
        let start = (0..=s)
            .rev()
            .find(|&k| toks[k].starts_sentence())
            .unwrap_or(0);
        let has_finite = (start..s).any(|k| {
            let lw = w.lower(k);
            FINITE.contains(&lw)
                || lw.ends_with("ed")
                    && k + 1 < s
                    && toks[k + 1].gap == Gap::Space
                    && is_object_start(w, k + 1)
        });
        if has_finite {
            continue;
        }
        let fix = if plural { "do" } else { "does" };
        // The verb must be a bare verb (`establish`, `suffice`), not a noun or adjective.
        let verb_pos = dict.pos(verb);
        if verb_pos != 0 && verb_pos & super::word_table::POS_BASE_VERB == 0 {
            continue;
        }
        let span = toks[i].span;
        let mut finding = Finding::new(
            span,
            &rules::TO_NOT,
            format!("“to not {verb}” has no verb: “{fix} not {verb}”?"),
        )
        .with_fix(Fix::replace(span, fix, true));
        if fix == "does" {
            // A compound subject (`allegations and speculation`) takes `do`.
            finding = finding.with_fix(Fix::replace(span, "do", false));
        }
        out.push(finding);
    }
}

/// A determiner, pronoun or name: what follows a verb that takes an object (`asked the parties`).
fn is_object_start(w: &Words, k: usize) -> bool {
    let lw = w.lower(k);
    matches!(
        lw,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "them"
            | "him"
            | "her"
            | "us"
            | "his"
            | "their"
    ) || w.raw(k).starts_with(char::is_uppercase)
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::tokenize::tokenize;

    fn run(text: &str, rule: fn(&Words, &mut Vec<Finding>)) -> Vec<(String, String)> {
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        let mut out = Vec::new();
        rule(&w, &mut out);
        out.iter()
            .map(|f| {
                (
                    text[f.span.start..f.span.end].to_string(),
                    f.fixes[0].edits[0].new_text.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn doubled() {
        assert_eq!(
            run("The the Court has reviewed it.", doubled_words),
            vec![("The the".into(), "The".into())]
        );
        assert!(run(
            "He said that that was fine. The Court. The court",
            doubled_words
        )
        .is_empty());
        assert!(run(
            "This Court’s decision in In re Hohorst, relying on On Command.",
            doubled_words
        )
        .is_empty());
    }

    #[test]
    fn articles_follow_sound() {
        assert_eq!(
            run("Plaintiff seeks a order compelling production.", articles),
            vec![("a".into(), "an".into())]
        );
        assert_eq!(
            run("It took a hour.", articles),
            vec![("a".into(), "an".into())]
        );
        for ok in [
            "a U.S. citizen",
            "an FBI agent",
            "a one-time fee",
            "an hour",
            "a united front",
            "an SEC filing",
            "a unanimous jury",
            "an uninformed choice",
            "a NATO base",
            "an historic day",
            "an order",
            "Exhibit A is",
            "a European court",
            "(a) an appeal",
            "into an RSO’s motivation",
            "A   Our cases",
        ] {
            assert!(run(ok, articles).is_empty(), "{ok}");
        }
    }

    #[test]
    fn agreement_basic() {
        assert_eq!(
            run("The defendants was properly served.", agreement),
            vec![("was".into(), "were".into())]
        );
        assert!(run("One of the defendants was served.", agreement).is_empty());
        assert!(run("If the plaintiff were to prevail, fine.", agreement).is_empty());
        assert!(run("The defendants were served.", agreement).is_empty());
        assert!(run("liable on these facts is buttressed", agreement).is_empty());
        assert!(run("Pending before the court are three motions", agreement).is_empty());
    }

    #[test]
    fn to_not_only_without_a_finite_verb() {
        assert_eq!(
            run(
                "Generalized, unsupported concerns simply to not suffice.",
                to_not
            ),
            vec![("to".into(), "do".into())]
        );
        assert_eq!(
            run("We to not dispute this.", to_not),
            vec![("to".into(), "do".into())]
        );
        assert_eq!(
            run(
                "Speculation simply to not establish a genuine dispute.",
                to_not
            ),
            vec![("to".into(), "does".into())]
        );
        for ok in [
            "Plaintiff chose to not file a reply.",
            "The parties decided to not pursue it.",
            "The better course is to not decide the constitutional question.",
            "The Court asked the parties to not file more.",
            "It is best for the parties to not settle.",
            "He had the right to not testify.",
            "The decision to not prosecute was sound.",
            "Counsel's advice to not appeal was reasonable.",
        ] {
            assert!(run(ok, to_not).is_empty(), "{ok}");
        }
    }
}
