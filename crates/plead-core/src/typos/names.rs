//! Names the document establishes: parties from the caption, words after a title
//! (`Dr. Showalter`, `Plaintiff Shajia Ayobi`), capitalized words that recur.
//!
//! The paragraph pass only sees one paragraph, so a capitalized unknown word is
//! reported provisionally; the document pass withdraws it once it is a name.

use rustc_hash::{FxHashMap, FxHashSet};

use super::tokenize::{Gap, Words, ABBREVIATED_TITLES};
use crate::analysis::{DocumentContext, DocumentFacts};

/// Words after which capitalized words are a person's or party's name.
const TITLES: &[&str] = &[
    "dr",
    "hon",
    "honorable",
    "mr",
    "mrs",
    "ms",
    "miss",
    "judge",
    "justice",
    "officer",
    "sergeant",
    "sgt",
    "lt",
    "lieutenant",
    "captain",
    "capt",
    "warden",
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
    "prof",
    "professor",
    "dean",
    "governor",
    "senator",
    "representative",
    "president",
    "detective",
    "deputy",
    "nurse",
    "inmate",
    "agent",
    "trooper",
    "chief",
    "commissioner",
    "secretary",
    "attorney",
    "counsel",
    "witness",
    "debtor",
    "relator",
    "intervenor",
    "cpl",
    "corporal",
    "sheriff",
    "mayor",
    "councilmember",
    "director",
    "superintendent",
    "principal",
    "doctor",
    "jr",
];

/// Titles written with a period (`Dr. Showalter`); other titles end a sentence when a period follows.
/// [`TITLES`] as a set: asked for every word before a capitalized one, where the
/// linear scan of ~60 titles showed in the profile.
static TITLE_SET: std::sync::LazyLock<FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| TITLES.iter().copied().collect());

/// What the typo pass learned in one paragraph (stored in `ParagraphFacts::ext`).
#[derive(Debug, Default)]
pub struct TypoFacts {
    /// Provisional misspelling findings on capitalized words: (finding index, lowercase word).
    pub provisional: Vec<(usize, String)>,
    /// Lowercase words seen right after a title (`showalter`).
    pub titled: Vec<String>,
    /// Capitalized unknown words seen (lowercase), once per occurrence.
    pub capitalized_unknown: Vec<String>,
    /// Misspelling findings on lowercase words.
    pub lowercase: Vec<LowercaseMiss>,
}

/// A misspelling finding on a lowercase word, for the document pass.
#[derive(Debug)]
pub struct LowercaseMiss {
    /// Index of the finding in its paragraph's findings.
    pub index: usize,
    pub word: String,
    /// The first suggestion.
    pub first: Option<String>,
    /// One edit from one of the most common words (`defendent` → `defendant`), or
    /// too short to be a term (`tbe`): a slip however often it recurs.
    pub slip: bool,
}

/// An unknown lowercase word the document uses this often is its vocabulary
/// (`hyperlipidemia`, `genitourologist` in a veterans' appeal), unless it is one edit
/// from one of the most common words (`defendent`) or the document also writes the
/// word it would be a misspelling of (`schedular` beside `scheduler`).
const RECURRING: usize = 3;
/// …and this often, its vocabulary whatever else it writes.
const RECURRING_ALWAYS: usize = 10;

/// Indices of tokens that follow a title (up to three capitalized words in a row).
pub fn titled_names(w: &Words) -> Vec<usize> {
    let mut out = Vec::new();
    for i in 0..w.tokens.len().saturating_sub(1) {
        // Cheap test first: a title is followed by a capitalized word.
        if !is_capitalized(w.raw(i + 1)) {
            continue;
        }
        // `(Weil & Brown, Cal. Practice Guide: …)`, `Wright & Miller, Federal Practice`: a
        // treatise's authors (or a firm's partners), two names joined by `&` before the
        // title's comma.
        if is_capitalized(w.raw(i)) {
            let between = w
                .text
                .get(w.tokens[i].span.end..w.tokens[i + 1].span.start)
                .unwrap_or("");
            let after = w.text.get(w.tokens[i + 1].span.end..).unwrap_or("");
            if between == " & " && after.starts_with(',') {
                out.extend([i, i + 1]);
                continue;
            }
        }
        let lw = trim_possessives(w.lower(i));
        if !TITLE_SET.contains(lw) {
            continue;
        }
        let mut j = i + 1;
        while j < w.tokens.len() && j <= i + 3 && is_capitalized(w.raw(j)) {
            // `Dr. Showalter`: the title's period is a boundary gap; anything else must be a space.
            let gap = w.tokens[j].gap;
            let abbreviated_title =
                w.tokens[i].period_after && (ABBREVIATED_TITLES.contains(&lw) || lw == "jr");
            if !(gap == Gap::Space || j == i + 1 && gap == Gap::Boundary && abbreviated_title) {
                break;
            }
            out.push(j);
            j += 1;
        }
    }
    out
}

/// Words of a judge's title that may stand between the names and `Judge(s)`.
const JUDGE_TITLE_WORDS: &[&str] = &[
    "chief",
    "senior",
    "circuit",
    "district",
    "magistrate",
    "bankruptcy",
    "associate",
    "presiding",
    "administrative",
    "law",
    "appellate",
    "trial",
    "court",
    "judge",
    "judges",
    "justice",
    "justices",
];

/// The parties counsel appear for (`for Plaintiff-Appellee`, `Attorneys for Defendants`).
const REPRESENTED: &[&str] = &[
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "appellant",
    "appellants",
    "appellee",
    "appellees",
    "petitioner",
    "petitioners",
    "respondent",
    "respondents",
    "amicus",
    "amici",
    "intervenor",
    "intervenors",
    "movant",
    "movants",
    "debtor",
    "debtors",
    "claimant",
    "claimants",
];

/// Whether a paragraph is an appearance line, whose capitalized words are the lawyers,
/// their firms and cities (`Markus Funk, Monika Bickert (argued), Office of the United
/// States Attorney, Chicago, IL, for Plaintiff-Appellee`; `Also represented by …; Hervey
/// Mark Lyon, Palo Alto, CA`): it says whom counsel appear for, `(argued)` or
/// `represented by`.
pub fn is_appearance_line(w: &Words) -> bool {
    let n = w.tokens.len();
    (0..n).any(|i| {
        let lw = w.lower(i);
        if !matches!(lw.as_bytes().first(), Some(b'f' | b'a' | b'r')) || i + 1 >= n {
            return false;
        }
        match lw {
            "for" => REPRESENTED.contains(&w.lower(i + 1)),
            "argued" => i > 0 && w.text[..w.tokens[i].span.start].ends_with('('),
            "represented" => w.lower(i + 1) == "by",
            _ => false,
        }
    })
}

/// Indices of names in panel and signature lines: `Torruella, Cyr and Boudin, Circuit
/// Judges`, `Bownes, Senior Circuit Judge`, `(Cyr, J., concurring)`, `Before: Lynch, …`.
pub fn panel_names(w: &Words) -> Vec<usize> {
    let mut out = Vec::new();
    let n = w.tokens.len();
    for i in 0..n {
        let lw = w.lower(i);
        // Every title below starts with `j`, `c` or `p`: most words end here.
        if !matches!(lw.as_bytes().first(), Some(b'j' | b'c' | b'p')) {
            continue;
        }
        let ends_title = matches!(lw, "judge" | "judges" | "justice" | "justices")
            || matches!(lw, "j" | "jj" | "c.j" | "p.j") && w.tokens[i].period_after;
        if !ends_title || i == 0 {
            continue;
        }
        // Back over the title words (`Senior Circuit`), then over the list of names.
        let mut k = i;
        while k > 0 && JUDGE_TITLE_WORDS.contains(&w.lower(k - 1)) && w.tokens[k].gap == Gap::Space
        {
            k -= 1;
        }
        // The names end in a comma right before the title (`Cyr, Circuit Judge`).
        if k == 0 || w.tokens[k].gap != Gap::Other {
            continue;
        }
        let mut j = k - 1;
        loop {
            let raw = w.raw(j);
            if w.lower(j) == "and" || w.lower(j) == "before" {
                // `Torruella and Cyr`; `Before Lynch, …` ends the list.
                if w.lower(j) == "before" {
                    break;
                }
            } else if is_capitalized(raw) && raw.chars().all(|c| c.is_alphabetic() || c == '-') {
                out.push(j);
            } else {
                break;
            }
            if j == 0 || !matches!(w.tokens[j].gap, Gap::Space | Gap::Other) {
                break;
            }
            j -= 1;
        }
    }
    out
}

/// A judge's title after the name and its comma, as signature lines and opinion heads
/// print it: `Humes, P. J.`, `Banke, Acting P.J.`, `Langhorne Wilson, J.`, `Liu, C. J.`.
const SIGNATURE_TITLES: &[&str] = &[
    "J.",
    "JJ.",
    "P. J.",
    "P.J.",
    "C. J.",
    "C.J.",
    "Acting P. J.",
    "Acting P.J.",
    "Acting J.",
];

/// Indices of judges' names before a signature title (`Humes, P. J.`; see
/// `SIGNATURE_TITLES`), with the given name before a surname (`Langhorne Wilson, J.`).
pub fn signature_names(w: &Words) -> Vec<usize> {
    let mut out = Vec::new();
    let bytes = w.text.as_bytes();
    for (i, t) in w.tokens.iter().enumerate() {
        // Cheap test first: a comma, a space and a capital right after the word.
        if bytes.get(t.span.end) != Some(&b',') || bytes.get(t.span.end + 1) != Some(&b' ') {
            continue;
        }
        let Some(title) = w.text.get(t.span.end + 2..) else {
            continue;
        };
        if !matches!(title.as_bytes().first(), Some(b'J' | b'P' | b'C' | b'A')) {
            continue;
        }
        let ends = |title: &str, t: &str| {
            title.strip_prefix(t).is_some_and(|after| {
                after.is_empty() || after.starts_with([' ', ',', '\n', ')', ';'])
            })
        };
        if !SIGNATURE_TITLES.iter().any(|t| ends(title, t)) {
            continue;
        }
        let name = |j: usize| {
            let raw = w.raw(j);
            is_capitalized(raw) && raw.chars().all(|c| c.is_alphabetic() || c == '-')
        };
        if !name(i) {
            continue;
        }
        out.push(i);
        if i > 0 && w.tokens[i].gap == Gap::Space && name(i - 1) {
            out.push(i - 1);
        }
    }
    out
}

/// `word.trim_end_matches("'s").trim_end_matches("’s")` without building a substring
/// searcher for each call (this runs on every token before a capitalized word).
pub(super) fn trim_possessives(word: &str) -> &str {
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

pub fn is_capitalized(word: &str) -> bool {
    // An ASCII first byte is the first character: no decoding (most words).
    match word.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => word.starts_with(char::is_uppercase),
    }
}

/// Document pass: withdraw provisional findings on words the document uses as names.
pub fn withdraw_names(cx: &DocumentContext, out: &mut DocumentFacts) {
    // Borrowed from the paragraphs' facts: this runs on every keystroke.
    let party_words: Vec<String> = cx
        .document
        .caption
        .iter()
        .flat_map(|c| c.party_words().map(str::to_lowercase))
        .collect();
    // Each paragraph's typo facts, looked up once for the three passes below.
    let typo_facts: Vec<Option<&TypoFacts>> = cx
        .paragraphs
        .iter()
        .map(|p| p.ext.get::<TypoFacts>())
        .collect();
    let mut names: FxHashSet<&str> = party_words.iter().map(String::as_str).collect();
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    // Lowercase unknown words that recur: the document's own vocabulary.
    let mut lowercase: FxHashMap<&str, (usize, Option<&str>)> = FxHashMap::default();
    for facts in typo_facts.iter().flatten() {
        names.extend(facts.titled.iter().map(String::as_str));
        for w in &facts.capitalized_unknown {
            *counts.entry(w.as_str()).or_default() += 1;
        }
        for miss in facts.lowercase.iter().filter(|m| !m.slip) {
            let e = lowercase
                .entry(miss.word.as_str())
                .or_insert((0, miss.first.as_deref()));
            e.0 += 1;
        }
    }
    names.extend(counts.into_iter().filter(|(_, n)| *n >= 2).map(|(w, _)| w));
    let vocabulary: FxHashSet<&str> = lowercase
        .iter()
        .filter(|(_, (count, first))| {
            *count >= RECURRING_ALWAYS
                || *count >= RECURRING && !first.is_some_and(|f| document_has_word(cx, f))
        })
        .map(|(w, _)| *w)
        .collect();
    for (p, typo) in typo_facts.iter().enumerate() {
        let Some(typo) = typo else {
            continue;
        };
        for (index, word) in &typo.provisional {
            if names.contains(word.as_str()) || cited(cx, word) {
                out.withdraw(p, *index);
            }
        }
        if !vocabulary.is_empty() {
            for miss in &typo.lowercase {
                if vocabulary.contains(miss.word.as_str()) {
                    out.withdraw(p, miss.index);
                }
            }
        }
    }
}

/// Whether `word` (lowercase) is a word of one of the document's citations: a party's name
/// (`People v. Rangel (2016) 62 Cal.4th 1192`) is a name wherever the document repeats it
/// (`(Rangel, at pp. 1214-1215.)`). Asked only for the few capitalized unknown words, so the
/// citations are not read on a keystroke that leaves none.
fn cited(cx: &DocumentContext, word: &str) -> bool {
    cx.paragraphs
        .iter()
        .zip(&cx.document.paragraphs)
        .any(|(facts, para)| {
            facts.protected.iter().any(|span| {
                para.text.get(span.start..span.end).is_some_and(|inside| {
                    inside
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| w.eq_ignore_ascii_case(word))
                })
            })
        })
}

/// Whether the document writes `word` (lowercase) as a whole word, in any case.
fn document_has_word(cx: &DocumentContext, word: &str) -> bool {
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    cx.document.paragraphs.iter().any(|p| {
        let lower = p.text.to_ascii_lowercase();
        lower.match_indices(word).any(|(at, _)| {
            !is_letter(lower[..at].chars().next_back())
                && !is_letter(lower[at + word.len()..].chars().next())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::tokenize::tokenize;

    fn titled(text: &str) -> Vec<&str> {
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        titled_names(&w)
            .into_iter()
            .map(|i| tokens[i].text(text))
            .collect()
    }

    #[test]
    fn trim_possessives_is_trim_end_matches() {
        for w in [
            "judge's",
            "judge’s",
            "judge's's",
            "judge’s's",
            "judge's’s",
            "'s",
            "s",
            "court",
            "",
        ] {
            assert_eq!(
                trim_possessives(w),
                w.trim_end_matches("'s").trim_end_matches("’s"),
                "{w}"
            );
        }
    }

    #[test]
    fn names_after_titles() {
        assert_eq!(
            titled("prove that Dr. Showalter was working"),
            vec!["Showalter"]
        );
        assert_eq!(
            titled("Plaintiff Shajia Ayobi is appearing"),
            vec!["Shajia", "Ayobi"]
        );
        assert!(titled("the plaintiff filed. Then").is_empty());
    }

    fn panel(text: &str) -> Vec<&str> {
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        let mut names: Vec<&str> = panel_names(&w)
            .into_iter()
            .map(|i| tokens[i].text(text))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn names_in_panel_lines() {
        assert_eq!(
            panel("Before Torruella, Cyr and Boudin, Circuit Judges."),
            vec!["Boudin", "Cyr", "Torruella"]
        );
        assert_eq!(panel("Bownes, Senior Circuit Judge,"), vec!["Bownes"]);
        assert_eq!(panel("951 F.2d at 1353 (Cyr, J., concurring)"), vec!["Cyr"]);
        assert!(panel("The district judge erred.").is_empty());
    }
}
