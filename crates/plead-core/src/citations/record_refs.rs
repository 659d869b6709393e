//! References to the record and the briefs in the forms appellate opinions use
//! (`App. 349`, `1 App. 27`, `App. to Pet. for Cert. 83a`, `Pet. App. 12a`,
//! `J.A. 27`, `Tr. of Oral Arg. 12`, `Brief for Respondent 19`): not case
//! citations (the joint appendix is no reporter), but what a following `Id.`
//! refers to. Docket-entry cites (`ECF No. 34`) are read in `scan`.

use crate::analysis::Span;

/// One record reference: its label (`App. to Pet. for Cert.`, with a leading volume:
/// `1 App.`) and its page pins (`83a`, `216–219`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RecordRef {
    pub label: Span,
    pub pins: Vec<Span>,
    pub end: usize,
}

/// Labels, longest first. `Brief for …` and `Reply Brief for …` take a party's name.
const LABELS: &[&str] = &[
    "App. to Pet. for Cert.",
    "App. to Brief in Opposition",
    "App. to Brief for",
    "Pet. App.",
    // The briefs of the case as the Solicitor General cites them (Bluepages B17):
    // `Pet. 18 (citing …)`, `Br. in Opp. 17`, `Pet. Br. 43`, `Gov't Br. 21`.
    "Br. in Opp.",
    "Gov\u{2019}t Br.",
    "Gov't Br.",
    "Pet. Br.",
    "Pet.",
    "Tr. of Oral Arg.",
    "Supp. App.",
    "App.",
    "J.A.",
    "J. A.",
    "JA",
    "Tr.",
    "ER",
    "SER",
    "Reply Brief for",
    "Brief for",
];

/// Documents of the proceedings below and of this case, cited by name and `at` a page
/// (`Memorandum Opinion at 4-5`, `Mem. Op. at 11-12`, `Sentencing Tr. at 13`): the
/// names courts give them and their Bluebook abbreviations (Bluepages B17, BT1).
/// Longest first.
const DOCUMENTS: &[&str] = &[
    "Findings of Fact and Conclusions of Law",
    "Memorandum Opinion and Order",
    "Report and Recommendation",
    "Memorandum and Order",
    "Memorandum Opinion",
    "Memorandum Decision",
    "Opinion and Order",
    "Mem. Op. & Order",
    "Amended Complaint",
    "Sentencing Tr.",
    "Mem. & Order",
    "Op. & Order",
    "Am. Compl.",
    "Memorandum",
    "Complaint",
    "Hr'g Tr.",
    "Hr\u{2019}g Tr.",
    "Trial Tr.",
    "Mem. Op.",
    "R. & R.",
    "Compl.",
    "Order",
    "Tr.",
];

/// Words of a party's name after `Brief for` (`Brief for United States as Amicus Curiae 12`).
fn party_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
        || matches!(w, "as" | "et" | "al." | "the" | "of" | "for" | "&")
}

/// A page of the record: `349`, `83a`, `216–219`, `12-13`.
fn page_at(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let digits = |mut p: usize| {
        while b.get(p).is_some_and(u8::is_ascii_digit) {
            p += 1;
        }
        p
    };
    let mut end = digits(start);
    if end == start {
        return None;
    }
    // `83a`: a page of a lettered appendix.
    if b.get(end).is_some_and(u8::is_ascii_lowercase)
        && !b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        end += 1;
    }
    for dash in ["-", "\u{2013}"] {
        if text[end..].starts_with(dash) {
            let e = digits(end + dash.len());
            if e > end + dash.len() {
                end = e;
                if b.get(end).is_some_and(u8::is_ascii_lowercase)
                    && !b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
                {
                    end += 1;
                }
            }
        }
    }
    Some(end)
}

/// Whether a reference may start at `start`: it opens a sentence, a clause or a
/// parenthetical, or follows a signal (not `Tex. App. 1999`, where `App.` names a court).
fn opens_clause(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(last) = before.chars().last() else {
        return true;
    };
    if matches!(last, '(' | '[' | ';' | ':' | '\u{201c}' | '"' | '\u{2014}') {
        return true;
    }
    let word = before.rsplit(' ').next().unwrap_or("");
    if matches!(
        word,
        "see" | "See" | "cf." | "Cf." | "also" | "e.g.," | "E.g.,"
    ) {
        return true;
    }
    // After a sentence: `… experience.” App. 349.`, `Ibid. App. 12.`
    let sentence_end = word.ends_with(['.', '?', '!', '\u{201d}', '"', ')']);
    let bare = word.trim_start_matches(['(', '[', '"', '\u{201c}']);
    sentence_end && !(bare.ends_with('.') && super::case_names::is_abbreviation(bare))
}

/// The record reference at `start` (a token start), if one is there.
pub(crate) fn reference_at(text: &str, start: usize) -> Option<RecordRef> {
    let rest = text.get(start..)?;
    // `1 App. 27`: a volume of the joint appendix.
    let volume = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (label_start, after_volume) =
        if volume > 0 && volume <= 2 && rest[volume..].starts_with(' ') {
            (start + volume + 1, &rest[volume + 1..])
        } else if volume > 0 {
            return None;
        } else {
            (start, rest)
        };
    if volume > 0 && !after_volume.starts_with("App.") {
        return None;
    }
    let Some(label) = LABELS
        .iter()
        .find(|l| after_volume.starts_with(**l) && after_volume[l.len()..].starts_with(' '))
    else {
        return if volume == 0 {
            document_at(text, start)
        } else {
            None
        };
    };
    if !opens_clause(text, start) {
        return None;
    }
    if volume == 0 && text[label_start + label.len()..].starts_with(" at ") {
        return document_at(text, start);
    }
    let mut p = label_start + label.len() + 1;
    if label.ends_with(" for") {
        // The party: capitalized words up to the page (`Brief for Hastings 35`).
        let mut words = 0;
        while let Some(word) = text[p..].split(' ').next() {
            if word.starts_with(|c: char| c.is_ascii_digit()) || words > 8 {
                break;
            }
            if !party_word(word) {
                return None;
            }
            words += 1;
            p += word.len() + 1;
            if p >= text.len() {
                return None;
            }
        }
        if words == 0 {
            return None;
        }
    }
    let label_end = p - 1;
    let first = page_at(text, p)?;
    let mut pins = vec![Span::new(p, first)];
    let mut end = first;
    // More pages: `App. 216, 233`.
    while let Some(next) = text[end..].strip_prefix(", ") {
        let q = text.len() - next.len();
        let Some(e) = page_at(text, q) else { break };
        if text[e..].starts_with(|c: char| c.is_alphanumeric()) {
            break;
        }
        pins.push(Span::new(q, e));
        end = e;
    }
    Some(RecordRef {
        label: Span::new(start, label_end),
        pins,
        end,
    })
}

/// A document cited by name and `at` a page at `start` (see [`DOCUMENTS`]).
fn document_at(text: &str, start: usize) -> Option<RecordRef> {
    let rest = text.get(start..)?;
    let label = DOCUMENTS.iter().find(|l| {
        rest.strip_prefix(**l)
            .is_some_and(|r| r.starts_with(" at "))
    })?;
    if !opens_clause(text, start) {
        return None;
    }
    let label_end = start + label.len();
    let p = label_end + " at ".len();
    let first = page_at(text, p)?;
    Some(RecordRef {
        label: Span::new(start, label_end),
        pins: vec![Span::new(p, first)],
        end: first,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            if let Some(r) = reference_at(text, pos) {
                out.push((
                    text[r.label.start..r.label.end].to_string(),
                    r.pins
                        .iter()
                        .map(|s| text[s.start..s.end].to_string())
                        .collect(),
                ));
                pos = r.end;
            }
            pos = text[pos..].find(' ').map_or(text.len(), |k| pos + k + 1);
        }
        out
    }

    /// Sentences from Christian Legal Society v. Martinez and Lewis v. Clarke
    /// (tests/fixtures/opinions).
    #[test]
    fn supreme_court_record_references() {
        assert_eq!(
            labels("Hastings encourages students to form extracurricular associations that “contribute to the Hastings community and experience.” App. 349. These groups offer students opportunities."),
            [("App.".to_string(), vec!["349".to_string()])]
        );
        assert_eq!(
            labels("A prospective RSO must submit its bylaws to Hastings for approval, id., at 83a–84a; and it must also comply. App. to Pet. for Cert. 83a. See 1 App. 27, 29."),
            [
                ("App. to Pet. for Cert.".to_string(), vec!["83a".to_string()]),
                ("1 App.".to_string(), vec!["27".to_string(), "29".to_string()]),
            ]
        );
        assert_eq!(
            labels("an argument they did not make below. Brief for Respondent 19, n. 4."),
            [("Brief for Respondent".to_string(), vec!["19".to_string()])]
        );
        assert!(labels("See Smith v. Jones, 12 S.W.3d 4, 5 (Tex. App. 1999).").is_empty());
        // Documents of the proceedings below (029-ideal-electronic, 026-us-v-verkhoglyad).
        assert_eq!(
            labels("IFIC formally tendered its defense. See Memorandum Opinion at 4-5 (May 3, 1996) (hereinafter \"Mem. Op.\"). The court resolved this dispute. Mem. Op. at 11-12."),
            [
                ("Memorandum Opinion".to_string(), vec!["4-5".to_string()]),
                ("Mem. Op.".to_string(), vec!["11-12".to_string()]),
            ]
        );
        assert_eq!(
            labels("in imposing a sentence. Sentencing Tr. at 13, July 18, 2005."),
            [("Sentencing Tr.".to_string(), vec!["13".to_string()])]
        );
        assert!(labels("The Order at issue here was entered at 3 p.m.").is_empty());
        assert!(labels("The Court of Appeals affirmed. 1 F.3d 1.").is_empty());
    }
}
