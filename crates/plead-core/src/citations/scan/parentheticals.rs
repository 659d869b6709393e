//! Parentheticals after a citation: the court/year (`(9th Cir. 2006)`), weight
//! (`(en banc)`), alterations, `(quoting …)` and explanations.

use super::tokens::is_digits;
use super::Scanner;
use crate::analysis::Span;
use crate::citations::model::{Citation, Parenthetical, ParentheticalKind};

const MONTHS: &[&str] = &[
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "January",
    "February",
    "March",
    "April",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A court/year parenthetical's parts, relative to the paragraph.
pub(super) struct CourtYear {
    pub court: Option<Span>,
    pub year: u16,
    pub year_span: Span,
}

impl Scanner<'_> {
    /// Parentheticals starting at `p` (after optional space).
    pub(super) fn parentheticals_after(&self, mut p: usize, c: &mut Citation) -> usize {
        loop {
            let mut r = p;
            if self.bytes.get(r) == Some(&b' ') {
                r += 1;
            }
            if self.bytes.get(r) != Some(&b'(') {
                return p;
            }
            let (close, closed) = self.matching_paren(r);
            let content_end = if closed { close - 1 } else { close };
            let mut content = &self.text[r + 1..content_end];
            if !closed {
                content = content.trim_end_matches(['.', ' ', ';', ',']);
            }
            let first_paren = c.parentheticals.is_empty();
            let court_year = if first_paren {
                court_year(content, r + 1)
            } else {
                None
            };
            let mut span_end = close;
            let kind = if let Some(cy) = &court_year {
                if !closed {
                    span_end = cy.year_span.end;
                }
                c.court = cy.court;
                c.year = Some(cy.year);
                c.year_span = Some(cy.year_span);
                ParentheticalKind::CourtYear
            } else {
                classify(content)
            };
            if !closed && court_year.is_none() {
                // An unclosed explanatory parenthetical: keep it to its sentence.
                span_end = self.text[r..].find(". ").map_or(self.text.len(), |k| r + k);
                span_end = span_end.max(r + 1);
            }
            c.parentheticals.push(Parenthetical {
                kind,
                span: Span::new(r, span_end),
                closed,
            });
            p = span_end;
            if !closed {
                return p;
            }
        }
    }

    /// The end (exclusive) of the parenthetical opening at `open`, and whether it closed.
    pub(super) fn matching_paren(&self, open: usize) -> (usize, bool) {
        let mut depth = 0;
        for (k, b) in self.bytes[open..].iter().enumerate() {
            match b {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return (open + k + 1, true);
                    }
                }
                _ => {}
            }
        }
        (self.text.len(), false)
    }
}

pub(super) fn classify(content: &str) -> ParentheticalKind {
    let c = content.trim_start();
    let lower = |p: &str| {
        c.len() >= p.len() && c.is_char_boundary(p.len()) && c[..p.len()].eq_ignore_ascii_case(p)
    };
    if lower("quoting") {
        ParentheticalKind::Quoting
    } else if lower("citing") {
        ParentheticalKind::Citing
    } else if lower("en banc")
        || lower("per curiam")
        || lower("plurality")
        || lower("mem.")
        || lower("unpublished")
        || c.contains(", J., ")
        || c.contains(", C.J., ")
        || c.contains(", JJ., ")
    {
        ParentheticalKind::Weight
    } else if [
        "emphasis",
        "alteration",
        "alterations",
        "citation",
        "citations",
        "internal",
        "footnote",
        "cleaned up",
        "brackets",
        "ellipsis",
    ]
    .iter()
    .any(|p| lower(p))
    {
        ParentheticalKind::Alteration
    } else {
        ParentheticalKind::Explanatory
    }
}

/// Parses `9th Cir. 2006`, `2009`, `C.D. Cal. 2009`, `Wis. Ct. App. Oct. 30, 2013`,
/// and the glued `9th Cir.2006`. `offset` is where `content` starts in the paragraph.
pub(super) fn court_year(content: &str, offset: usize) -> Option<CourtYear> {
    let c = content.trim_end();
    let n = c.len();
    if !(4..=70).contains(&n) || !c.is_char_boundary(n - 4) {
        return None;
    }
    let year_text = &c[n - 4..];
    if !is_digits(year_text)
        || c.as_bytes()
            .get(n.wrapping_sub(5))
            .is_some_and(|b| b.is_ascii_digit())
    {
        return None;
    }
    let year: u16 = year_text.parse().ok()?;
    if !(1600..=2200).contains(&year) {
        return None;
    }
    let mut before = c[..n - 4].trim_end();
    // A full date: `Oct. 30, 2013`.
    if let Some(b) = before.strip_suffix(',') {
        let b = b.trim_end();
        let day_start = b.rfind(' ').map_or(0, |k| k + 1);
        // `Oct.31`: the day glued to the month.
        let glued = MONTHS
            .iter()
            .find_map(|mo| b[day_start..].strip_prefix(mo).filter(|d| is_digits(d)));
        if glued.is_some() {
            before = b[..day_start].trim_end();
        } else if is_digits(&b[day_start..]) {
            let m = b[..day_start].trim_end();
            if let Some(month) = MONTHS.iter().find(|mo| m.ends_with(**mo)) {
                before = m[..m.len() - month.len()].trim_end();
            }
        }
    }
    let court_text = before.trim_end_matches(',').trim();
    let court = if court_text.is_empty() {
        None
    } else {
        // Every word of a court abbreviation is capitalized or an ordinal (`9th Cir.`, `Ct. Int'l Trade`).
        let looks_like_court = court_text.len() <= 45
            && court_text.split(' ').all(|w| {
                w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
                    || w == "&"
                    || w == "of"
            });
        if !looks_like_court {
            return None;
        }
        let lead = content.len() - content.trim_start().len();
        let start = offset + lead + content.trim_start().find(court_text).unwrap_or(0);
        Some(Span::new(start, start + court_text.len()))
    };
    let year_start = offset + n - 4;
    Some(CourtYear {
        court,
        year,
        year_span: Span::new(year_start, year_start + 4),
    })
}
