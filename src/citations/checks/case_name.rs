//! Case names in citations: T6 abbreviations (not in textual sentences) and `v.`.

use super::{CheckCx, CASE_NAME_ABBREVIATION, VERSUS};
use crate::analysis::Span;
use crate::citations::case_names::t6_abbreviation;
use crate::citations::model::{Citation, CitationKind};

/// Words before a citation that make it part of a citation clause, not a textual sentence.
const CLAUSE_WORDS: &[&str] = &[
    "quoting", "citing", "by", "nom.", "with", "also", "see", "e.g.,", "cf.",
];

/// Whether the citation stands in a textual sentence ("In Smith v. Jones, 1 U.S. 1 (1990), the Court …").
fn is_textual(text: &str, c: &Citation) -> bool {
    let lead = c.signal.map_or(c.span.start, |s| s.span.start);
    let before = text[..lead].trim_end();
    let Some(last) = before.chars().last() else {
        return false;
    };
    if !(last.is_alphanumeric() || last == ',') {
        return false;
    }
    let word = before.rsplit(' ').next().unwrap_or("");
    !CLAUSE_WORDS.contains(&word.to_lowercase().as_str())
}

pub(super) fn check(cx: &mut CheckCx, cites: &[Citation], i: usize) {
    let c = &cites[i];
    if c.kind != CitationKind::FullCase {
        return;
    }
    let Some(name) = c.case_name else { return };
    if let Some(v) = c.versus {
        let written = cx.slice(v).to_string();
        if written == "v" || written == "vs" {
            // Include the next word so the fix reads naturally (`v Pliler` → `v. Pliler`).
            let rest = &cx.text[v.end..name.end];
            let next_end = rest
                .trim_start()
                .find(' ')
                .map_or(name.end, |k| v.end + 1 + k);
            let span = Span::new(v.start, next_end);
            let next = cx.slice(Span::new(v.end + 1, next_end)).to_string();
            cx.report_fix(
                &VERSUS,
                span,
                "Separate the parties with “v.” (Bluebook R10.2.1).".into(),
                format!("v. {next}"),
            );
        } else if written != "v." {
            cx.report_fix(
                &VERSUS,
                v,
                format!("Use “v.”, not “{written}” (Bluebook R10.2.1)."),
                "v.".into(),
            );
        }
    }
    if is_textual(cx.text, c) {
        return;
    }
    let text = cx.slice(name).to_string();
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .collect();
    for (k, (offset, word)) in words.iter().enumerate() {
        let bare = word.trim_end_matches([',', ';']);
        let next = words.get(k + 1).map(|w| w.1);
        if let Some(abbr) = t6_abbreviation(bare, next) {
            let start = name.start + offset;
            cx.report_fix(
                &CASE_NAME_ABBREVIATION,
                Span::new(start, start + bare.len()),
                format!("In a citation, “{bare}” is abbreviated “{abbr}” (Bluebook R10.2.2, T6)."),
                abbr.into_owned(),
            );
        }
    }
}
