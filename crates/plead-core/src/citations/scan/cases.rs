//! Case citations: a volume, a reporter (reporters-db, in any spacing), a first
//! page or `at` and a pin; then pins, parentheticals, history, and the case name
//! and signal before the volume.

use super::tokens::{digits_end, is_digits, is_year_issue};
use super::Scanner;
use crate::analysis::Span;
use crate::citations::case_names::{is_full_name, name_before, versus_in};
use crate::citations::model::{CitationKind, History, Pin};
use crate::citations::reporters::table;
use crate::citations::statutes::code_at;

impl Scanner<'_> {
    /// The reporter after volume token `i`: (last reporter token, standard form or None if unknown).
    /// Also returns where the reporter ends: `439 F. 3d, at 1117` (a comma before `at`).
    pub(super) fn reporter_at(&self, i: usize) -> Option<(usize, Option<&'static str>, Span)> {
        let t = table();
        let n = self.toks.len();
        let first = self.reporter_start(i)?;
        for k in (1..=t.max_tokens).rev() {
            let last = first + k - 1;
            if last + 1 >= n {
                continue;
            }
            let next = self.tok(last + 1);
            if !page_like(next) {
                continue;
            }
            let start = self.toks[first].start;
            let mut written = &self.text[start..self.toks[last].end];
            if next == "at" {
                written = written.strip_suffix(',').unwrap_or(written);
            }
            if let Some(m) = t.lookup(written) {
                let span = Span::new(start, start + written.len());
                return Some((last, Some(m.edition.abbreviation), span));
            }
        }
        None
    }

    /// The first reporter token after volume token `i`, skipping a star page that
    /// marks a page break of the source (`92 *26 S.Ct. 1361`: volume 92, page break 26).
    fn reporter_start(&self, i: usize) -> Option<usize> {
        if i + 1 >= self.toks.len() {
            return None;
        }
        let next = self.tok(i + 1);
        let star_page = next.len() > 1 && next.starts_with('*') && is_digits(&next[1..]);
        Some(i + 1 + usize::from(star_page))
    }

    /// An unknown reporter after volume `i`: 1–3 abbreviation-like tokens, then a page.
    fn unknown_reporter_at(&self, i: usize) -> Option<usize> {
        let first = self.reporter_start(i)?;
        if code_at(self.text, self.toks.get(first)?.start).is_some() {
            return None;
        }
        for k in 1..=3 {
            let last = first + k - 1;
            if last + 1 >= self.toks.len() {
                return None;
            }
            let tok = self.tok(last);
            if !abbreviation_like(tok) {
                return None;
            }
            if self.tok(last + 1).starts_with(|c: char| c.is_ascii_digit()) {
                return Some(last);
            }
        }
        None
    }

    pub(super) fn case_at(&mut self, i: usize) -> Option<usize> {
        let vol = self.toks[i];
        let vol_text = self.tok(i);
        let year_issue = is_year_issue(vol_text);
        if !(is_digits(vol_text) && vol_text.len() <= 4 || year_issue) {
            return None;
        }
        let (rep_last, standard, reporter) = match self.reporter_at(i) {
            Some(found) => found,
            // A year–issue volume (`2010-2 I.R.B. 258`) only before a known reporter.
            None if year_issue => return None,
            None => {
                let last = self.unknown_reporter_at(i)?;
                let first = self.reporter_start(i)?;
                let span = Span::new(self.toks[first].start, self.toks[last].end);
                // A law review (`97 Harv. L. Rev. 1`) is not a case citation.
                if table().is_journal(&self.text[span.start..span.end]) {
                    return None;
                }
                (last, None, span)
            }
        };
        let next = self.toks[rep_last + 1];
        let mut c = Self::blank(CitationKind::FullCase, Span::default());
        c.volume = Some(Span::new(vol.start, vol.end));
        c.reporter = Some(reporter);
        c.reporter_standard = standard;
        let mut p;
        let short = &self.text[next.start..next.end] == "at";
        if short {
            c.kind = CitationKind::ShortCase;
            let q = next.end + 1;
            let end = self.pin_at(q)?;
            c.pins.push(Pin {
                span: Span::new(q, end),
            });
            p = self.pins_after(end, &mut c.pins);
        } else {
            let mut page_end = digits_end(self.bytes, next.start);
            if page_end == next.start {
                // A slip opinion's blank page: `549 U. S. ___`.
                page_end = next.start
                    + self.bytes[next.start..next.end]
                        .iter()
                        .take_while(|&&b| b == b'_')
                        .count();
                if page_end < next.start + 3 {
                    return None;
                }
            }
            c.page = Some(Span::new(next.start, page_end));
            p = self.pins_after(page_end, &mut c.pins);
        }
        let body_end = p;
        // Name and signal before the volume.
        let floor = self.floor_at(vol.start);
        let before = &self.text[floor..vol.start];
        let name_end = if before.ends_with(" , ") {
            Some(vol.start - 3)
        } else if before.ends_with(", ") {
            Some(vol.start - 2)
        } else if before.ends_with(',') {
            // A lost space: `Frisby v. Schultz,487 U.S. 474`.
            Some(vol.start - 1)
        } else {
            None
        };
        if let Some(end) = name_end {
            c.case_name = name_before(self.text, end, floor, self.emphasis);
        }
        if let Some(name) = c.case_name {
            c.versus = versus_in(self.text, name);
        }
        p = self.parentheticals_after(p, &mut c);
        let has_court_year = c.year.is_some();
        if standard.is_none()
            && !has_court_year
            && !c.case_name.is_some_and(|n| is_full_name(self.text, n))
        {
            // An unknown "reporter" with neither a case name nor a date is not a citation.
            return None;
        }
        // One number after the reporter and nothing else: a pin without `at`.
        // (`Croft, 624 F.3d 157, 170` re-cites the case in full, with a short name.)
        if !short && !has_court_year && c.pins.is_empty() && c.parentheticals.is_empty() {
            if let Some(name) = c.case_name {
                if !is_full_name(self.text, name) {
                    // `Anderson, 477 U.S. 250`: a short form missing `at`.
                    c.kind = CitationKind::ShortCase;
                    if let Some(page) = c.page.take() {
                        c.pins.insert(0, Pin { span: page });
                    }
                }
            }
        }
        let start = c.case_name.map_or(vol.start, |n| n.start);
        c.signal = self.signal_before(start, floor);
        if let Some(h) = self.history_after(p) {
            c.history.push(History { span: h });
            p = h.end;
        }
        c.span = Span::new(start, p);
        let had_history = !c.history.is_empty();
        let index = self.push(c, body_end);
        if had_history {
            self.pending_history = Some(index);
        }
        // Resume after the page/pins so citations inside parentheticals are found.
        Some(body_end)
    }
}

/// A first page (digits, then only punctuation), `at` of a short form, or a blank `___`.
fn page_like(tok: &str) -> bool {
    let digits = tok.bytes().take_while(u8::is_ascii_digit).count();
    let page = digits > 0 && !tok[digits..].bytes().any(|b| b.is_ascii_alphanumeric());
    tok == "at" || page || tok.starts_with("___")
}

/// A token that can be part of an unknown reporter abbreviation (`F.`, `Sup.`, `2d`).
fn abbreviation_like(tok: &str) -> bool {
    let ordinal = matches!(tok, "2d" | "3d" | "4th" | "5th" | "2nd" | "3rd");
    let first_upper = tok.starts_with(|c: char| c.is_ascii_uppercase());
    ordinal || (first_upper && tok.len() <= 8 && tok.ends_with('.') && !tok.ends_with(".."))
}
