//! Case citations: a volume, a reporter (reporters-db, in any spacing), a first
//! page or `at` and a pin; then pins, parentheticals, history, and the case name
//! and signal before the volume.

use super::tokens::{is_digits, is_year_issue};
use super::Scanner;
use crate::analysis::Span;
use crate::citations::case_names::{is_full_name, name_before, versus_in};
use crate::citations::model::{is_blank_number, Citation, CitationKind, History, Pin};
use crate::citations::reporters::{table, CiteType};
use crate::citations::statutes::code_at;

impl Scanner<'_> {
    /// The reporter after volume token `i`: (last reporter token, standard form or None if unknown).
    /// Also returns where the reporter ends: `439 F. 3d, at 1117` (a comma before `at`).
    pub(super) fn reporter_at(&self, i: usize) -> Option<(usize, Option<&'static str>, Span)> {
        let t = table();
        let first = self.reporter_start(i)?;
        for k in (1..=t.max_tokens).rev() {
            let last = first + k - 1;
            // `88 T.C. at 75`: `at` introduces a short form's pin and is never part of a
            // reporter's name (reporters-db lists `T.C. at` as a variant of `T.C.`).
            if last >= self.toks.len() || (first..=last).any(|j| self.tok(j) == "at") {
                continue;
            }
            let Some(page) = self.page_token_after(last) else {
                continue;
            };
            let start = self.toks[first].start;
            let mut written = &self.text[start..self.toks[last].end];
            // `439 F. 3d, at 1117`, and the nineteenth century's comma before the first
            // page (`4 Wheat., 316`, eyecite's `1 U.S., 1`).
            let page_text = self.tok(page);
            if page_text == "at" || (k == 1 && page_text.starts_with(|c: char| c.is_ascii_digit()))
            {
                if let Some(stripped) = written.strip_suffix(',') {
                    // `16⏎Hall, 935 F.2d at 1110`: a footnote's number before a short form
                    // (Hall's New York Superior Court reports are `Hall`); the number after
                    // the comma is the next citation's volume, not this one's page.
                    if page_text != "at" && self.reporter_at(page).is_some() {
                        continue;
                    }
                    written = stripped;
                }
            }
            if let Some(m) = t.lookup(written) {
                let span = Span::new(start, start + written.len());
                return Some((page - 1, Some(m.form), span));
            }
            // `2017 Ill. App. (1st) 162931`, `2012 Ill 107821`: a public-domain citation
            // whose court code is written as the state's reporter.
            // `2025 WI App. 8`: a public-domain code with a stray period.
            if is_public_domain_year(self.tok(i)) {
                if let Some(standard) = public_domain_respelled(written)
                    .or_else(|| neutral_with_stray_periods(written, self.tok(i)))
                {
                    let span = Span::new(start, start + written.len());
                    return Some((page - 1, Some(standard), span));
                }
            }
        }
        None
    }

    /// The token after reporter token `last` that holds the first page (or `at`): the
    /// next one, or the one after a nominative reporter in parentheses (`86 U.S. (19
    /// Wall.) 125`, `66 Ky. (3 Bush) 456`).
    fn page_token_after(&self, last: usize) -> Option<usize> {
        let mut next = last + 1;
        let mut t = *self.toks.get(next)?;
        // `761 N.E.2d *784 946`: a star page (a page break of the source) between the
        // reporter and the first page.
        if is_star_page(self.tok(next)) {
            let after = *self.toks.get(next + 1)?;
            if page_span(self.text, after.start, after.end).is_some() {
                next += 1;
                t = after;
            }
        }
        if !self.opens_bracket(next) {
            return page_like(self.text, t.start, t.end).then_some(next);
        }
        let close =
            (next..(next + 3).min(self.toks.len())).find(|&j| self.tok(j).ends_with(')'))?;
        let page = *self.toks.get(close + 1)?;
        page_like(self.text, page.start, page.end).then_some(close + 1)
    }

    /// Whether token `i` opens a parenthesis or bracket (split off by the tokenizer).
    fn opens_bracket(&self, i: usize) -> bool {
        let start = self.toks[i].start;
        start > 0 && matches!(self.bytes[start - 1], b'(' | b'[')
    }

    /// The first reporter token after volume token `i`, skipping a star page that
    /// marks a page break of the source (`92 *26 S.Ct. 1361`: volume 92, page break 26).
    fn reporter_start(&self, i: usize) -> Option<usize> {
        if i + 1 >= self.toks.len() {
            return None;
        }
        let next = self.tok(i + 1);
        // `678 (U.S. 2009)`: a parenthetical after a pin, not a reporter.
        if self.opens_bracket(i + 1) {
            return None;
        }
        Some(i + 1 + usize::from(is_star_page(next)))
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
            // A page (`3d` is the next word of the reporter, not a page).
            let next = self.toks[last + 1];
            if self.tok(last + 1).starts_with(|c: char| c.is_ascii_digit())
                && page_like(self.text, next.start, next.end)
            {
                return Some(last);
            }
        }
        None
    }

    pub(super) fn case_at(&mut self, i: usize) -> Option<usize> {
        let mut vol = self.toks[i];
        let mut vol_text = self.tok(i);
        let year_issue = is_year_issue(vol_text);
        if self.stray_period_volume(i) {
            // `612. P.2d 1110`: the volume is the number; the period is a slip.
            vol_text = &vol_text[..vol_text.len() - 1];
            vol.end -= 1;
        } else if !(is_digits(vol_text) && vol_text.len() <= 4 || year_issue) {
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
                // `No. 09 Civ. 100 (RJS)`, `98 Cr. 1000`: a docket number as the Southern and
                // Eastern Districts of New York write it, not a volume, reporter and page.
                let docket = self.text[..vol.start].ends_with("No. ")
                    || self.text[..vol.start].ends_with("Nos. ")
                    || DOCKET_WORDS.contains(&&self.text[span.start..span.end]);
                if docket {
                    return None;
                }
                // A law review (`97 Harv. L. Rev. 1`) is not a case citation.
                if table().is_journal(&self.text[span.start..span.end]) {
                    return None;
                }
                (last, None, span)
            }
        };
        let next = self.toks[rep_last + 1];
        // `2001 S.D. 61`: a year volume of a reporter that ended long before is the
        // state's public-domain citation written with periods, as its court writes it.
        let written = &self.text[reporter.start..reporter.end];
        let standard = match standard {
            Some(s) => Some(
                neutral_spelled_with_periods(s, written, vol_text)
                    .or_else(|| neutral_for_year_volume(s, vol_text))
                    .or_else(|| reporter_for_non_year_neutral(s, written, vol_text))
                    .unwrap_or(s),
            ),
            // `2024 UT. 30`: an unknown reporter that is a public-domain one with a stray
            // period, volume a year, is that public-domain citation (flagged for its form).
            None => neutral_with_stray_periods(written, vol_text),
        };
        let mut c = Self::blank(CitationKind::FullCase, Span::default());
        c.volume = Some(Span::new(vol.start, vol.end));
        c.reporter = Some(reporter);
        c.reporter_standard = standard;
        // `2012 IL 107821`, `1999 ME 110`: a public-domain citation names its year as volume.
        c.neutral = standard.and_then(|s| table().edition(s)).is_some_and(|e| {
            e.forms.neutral
                && (is_public_domain_year(vol_text)
                    || standard.is_some_and(|s| retroactive_neutral_year(s, vol_text)))
        });
        let mut p;
        let short = &self.text[next.start..next.end] == "at";
        if short {
            c.kind = CitationKind::ShortCase;
            let span = self.pin_span_at(next.end + 1)?;
            c.pins.push(Pin { span });
            p = self.pins_after(span.end, &mut c.pins);
        } else {
            let page = page_span(self.text, next.start, next.end)?;
            if reporter_goes_on(&self.text[page.end..]) || names_a_case(&self.text[page.end..]) {
                return None;
            }
            c.page = Some(page);
            p = self.pins_after(page.end, &mut c.pins);
        }
        if let Some(span) = self.pin_without_comma(p) {
            c.pins.push(Pin { span });
            // `2026 WL 619894 at *2, ¶ 13`: the pins after it keep their commas.
            p = self.pins_after(span.end, &mut c.pins);
        }
        // A paragraph pin without its comma: after a public-domain citation (`2004 WI 58
        // ¶ 45`), or after a reporter citation's page pin (Arizona's `201 Ariz. 401, 411
        // ¶ 35`), where the court numbers its paragraphs too.
        if c.neutral && c.pins.is_empty() || !c.neutral && !c.pins.is_empty() {
            if let Some(span) = self.paragraph_pin_without_comma(p) {
                c.pins.push(Pin { span });
                p = self.pins_after(span.end, &mut c.pins);
            }
        }
        self.finish_case(c, vol.start, p)
    }

    /// A citation whose volume and page are left blank, as slip opinions and decisions
    /// not yet in the official reports are cited: `___ U.S. ___`, `— Nev. —`,
    /// `---- L. Ed. 2d ----`. Only before a known reporter.
    pub(super) fn blank_case_at(&mut self, i: usize) -> Option<usize> {
        let vol = self.toks[i];
        let vol_text = self.tok(i).trim_end_matches(',');
        let blank = is_blank_number(vol_text)
            && (vol_text.starts_with(['_', '\u{2014}']) || vol_text.len() >= 2);
        if !blank {
            return None;
        }
        let (rep_last, standard, reporter) = self.reporter_at(i)?;
        let next = self.toks[rep_last + 1];
        let mut c = Self::blank(CitationKind::FullCase, Span::default());
        c.volume = Some(Span::new(vol.start, vol.start + vol_text.len()));
        c.reporter = Some(reporter);
        c.reporter_standard = standard;
        let p = if &self.text[next.start..next.end] == "at" {
            // `___ F.3d at ___`: a short form of a decision not yet paged.
            c.kind = CitationKind::ShortCase;
            let span = self.pin_span_at(next.end + 1)?;
            c.pins.push(Pin { span });
            self.pins_after(span.end, &mut c.pins)
        } else {
            let page_text =
                self.text[next.start..next.end].trim_end_matches([',', ';', ']', ')', '.']);
            if !is_blank_number(page_text) {
                return None;
            }
            let page = Span::new(next.start, next.start + page_text.len());
            c.page = Some(page);
            self.pins_after(page.end, &mut c.pins)
        };
        self.finish_case(c, vol.start, p)
    }

    /// Everything around a case citation's volume–reporter–page: the case name, signal
    /// and (California style) date before it; parentheticals and subsequent history
    /// after `p`, where its page and pins end. Registers the citation and returns where
    /// scanning resumes (after the pins, so citations inside parentheticals are found).
    pub(super) fn finish_case(
        &mut self,
        mut c: Citation,
        lead: usize,
        mut p: usize,
    ) -> Option<usize> {
        let short = c.kind == CitationKind::ShortCase;
        // `176 F.3d 486 (Table), 1999 WL 282446, at *1 (9th Cir. 1999)`: a decision the
        // reporter lists in a table; the parallel citation after it is the group's.
        if !short && self.text[p..].starts_with(" (Table)") {
            p += " (Table)".len();
        }
        let body_end = p;
        let floor = self.floor_at(lead);
        let bracketed = lead > 0 && self.bytes[lead - 1] == b'[';
        if bracketed
            && self.bytes.get(body_end) == Some(&b']')
            && !self.continues_citation(lead - 1)
        {
            // `… argue [590 F.Supp.3d 856] that …`: a page mark of the source, not a citation.
            return Some(body_end);
        }
        if bracketed && self.bytes.get(p) == Some(&b']') {
            // `245 N.J. Super. 561 [586 A.2d 318] (App. Div. 1991)`: the date after the
            // bracketed parallel is the group's.
            let after = self.parentheticals_after(p + 1, &mut c);
            if after > p + 1 {
                p = after;
            }
        }
        // California style dates the decision between its name and volume.
        let mut name_limit = lead;
        if !short {
            if let Some((paren, cy)) = self.date_before(lead, floor) {
                name_limit = paren.span.start;
                c.court = cy.court;
                c.year = cy.year;
                c.year_span = cy.year_span;
                c.parentheticals.push(paren);
            }
        }
        let before = &self.text[floor..name_limit];
        let name_end = if name_limit < lead {
            // `Baral v. Schnitt (2016)`, `Pacific Bank v. Madera, (1899)`, `Court.(1939)`.
            let trimmed = before.trim_end().trim_end_matches(',');
            (!trimmed.is_empty()).then_some(floor + trimmed.len())
        } else if let Some(head) = before.strip_suffix(", supra, ") {
            // California's short form `Baral, supra, 1 Cal.5th at p. 384` names the case.
            Some(floor + head.len())
        } else if before.ends_with(" , ") {
            Some(lead - 3)
        } else if let Some(head) = before.strip_suffix(", ") {
            // `State v. Smith, 8th Dist. Cuyahoga No. 98292, 2013-Ohio-1234`: the name
            // is before Ohio's appellate designation.
            match ohio_designation(head).filter(|_| c.neutral) {
                Some(k) => {
                    c.designation = Some(Span::new(floor + k, lead - 2));
                    Some(floor + k - 2)
                }
                None => Some(lead - 2),
            }
        } else if before.ends_with(',') {
            // A lost space: `Frisby v. Schultz,487 U.S. 474`.
            Some(lead - 1)
        } else {
            None
        };
        // `Gall v. United States, ___ U.S. ___, 128 S.Ct. 586`: the name is before the
        // blank cite of the official reporter.
        let name_end = name_end.map(|end| {
            blank_cite_before(&self.text[floor..end])
                .and_then(|blank_start| {
                    let head = self.text[floor..floor + blank_start].trim_end();
                    head.strip_suffix(',').map(|name| floor + name.len())
                })
                .unwrap_or(end)
        });
        if let Some(end) = name_end {
            c.case_name = name_before(self.text, end, floor, self.emphasis);
        }
        if let Some(name) = c.case_name {
            c.versus = versus_in(self.text, name);
        }
        p = self.parentheticals_after(p, &mut c);
        let has_court_year = c.year.is_some() || c.date_parenthetical().is_some();
        if c.reporter_standard.is_none()
            && !has_court_year
            && !c.case_name.is_some_and(|n| is_full_name(self.text, n))
        {
            // An unknown "reporter" with neither a case name nor a date is not a citation.
            return None;
        }
        // One number after the reporter and nothing else: a pin without `at`.
        // (`Croft, 624 F.3d 157, 170` re-cites the case in full, with a short name.)
        // A database citation (`PB, 2026 WL 619894 at *2`: a docket number's suffix before
        // it) is no short form: its number is the document's, not a page of a report.
        let database = c
            .reporter_standard
            .is_some_and(|r| r == "WL" || r.ends_with("LEXIS"));
        if !short
            && !has_court_year
            && !c.neutral
            && !database
            && c.pins.is_empty()
            && c.parentheticals.is_empty()
        {
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
        let start = c.case_name.map_or(name_limit.min(lead), |n| n.start);
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
        Some(body_end)
    }
}

/// What stands between the year and the number of a docket number (`09 Civ. 100`,
/// `98 Cr. 1000`, `05 Crim. 12`, `10 Misc. 7`), where a reporter would in a citation.
const DOCKET_WORDS: &[&str] = &["Civ.", "Cr.", "Crim.", "Misc.", "Cv."];

/// Where a blank cite (`___ U.S. ___`, `--- F. Supp. 2d ---`) that ends `s` starts.
fn blank_cite_before(s: &str) -> Option<usize> {
    let blank = |t: &str| t.len() >= 3 && t.bytes().all(|b| b == b'_' || b == b'-');
    let mut words = s.rsplit(' ');
    let last = words.next()?;
    if !blank(last) {
        return None;
    }
    let mut consumed = last.len();
    for (k, w) in words.enumerate() {
        consumed += w.len() + 1;
        if blank(w) {
            return (k > 0).then(|| s.len() - consumed);
        }
        if k >= 3 {
            return None;
        }
    }
    None
}

/// A year that can be the volume of a public-domain citation (they began in the 1990s).
/// The public-domain edition a reporter written with periods stands for when its
/// volume is a year the written reporter never reached: `2001 S.D. 61` is South
/// Dakota's `2001 SD 61` (the South Dakota Reports ended in 1976), `2019 N.D. 12` North
/// Dakota's `ND`.
fn neutral_spelled_with_periods(
    standard: &'static str,
    written: &str,
    volume: &str,
) -> Option<&'static str> {
    if !is_public_domain_year(volume) {
        return None;
    }
    let edition = table().edition(standard)?;
    let year: u16 = volume.parse().ok()?;
    if edition.forms.neutral || edition.end_year.is_none_or(|end| end >= year) {
        return None;
    }
    let closed: String = written
        .chars()
        .filter(|c| !matches!(c, '.' | ' '))
        .collect();
    let neutral = table().edition(&closed)?;
    neutral.forms.neutral.then_some(neutral.abbreviation)
}

/// The start, in `head`, of an Ohio appellate designation ending it, after the case
/// name and its comma: `8th Dist. Cuyahoga No. 98292`, `10th Dist. Franklin Nos. 12AP-1
/// and 12AP-2`, `8th Dist. No. 98293` (its county left out), or the pre-2002 `Cuyahoga
/// App. No. 81234` (Ohio Writing Manual § 1.1).
pub(crate) fn ohio_designation(head: &str) -> Option<usize> {
    let k = head.rfind(" No. ").or_else(|| head.rfind(" Nos. "))?;
    let docket = &head[k..];
    if docket.len() > 60 || docket.contains(',') || !docket.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let start = head[..k].rfind(", ")? + 2;
    let words: Vec<&str> = head[start..k].split(' ').collect();
    let capitalized = |w: &&str| w.starts_with(|ch: char| ch.is_ascii_uppercase());
    let designation = match words.as_slice() {
        [ordinal, "Dist.", county @ ..] => {
            is_ordinal(ordinal) && county.len() <= 2 && county.iter().all(capitalized)
        }
        [county @ .., "App."] => {
            !county.is_empty() && county.len() <= 2 && county.iter().all(capitalized)
        }
        _ => false,
    };
    designation.then_some(start)
}

/// `8th`, `2d`, `3d`, `1st`, `12th`: a district's ordinal as Ohio writes it.
fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th" | "d")
}

/// `2021 Ill. 125124`: a year as the volume of a state's official reporter, which no
/// volume of it reaches, is that state's public-domain citation with the reporter's name
/// for its court code (`2021 IL 125124`), read so and flagged for its form. Only the
/// highest court's reporter: an intermediate court's public-domain form names its
/// district (`2020 IL App (1st) 171142`), which a reporter name does not give.
fn neutral_for_year_volume(standard: &'static str, volume: &str) -> Option<&'static str> {
    // An intermediate court whose public-domain form names no district: Pennsylvania's
    // Superior Court (`2026 PA Super 185`), rows of `data/reporter_forms.tsv`.
    if let Some(code) = table().intermediate_code(standard) {
        return is_public_domain_year(volume).then_some(code);
    }
    if !is_public_domain_year(volume)
        || standard.contains("App")
        || standard.contains("Super")
        || standard.contains("LEXIS")
    {
        return None;
    }
    let edition = table().edition(standard)?;
    if edition.cite_type != CiteType::State {
        return None;
    }
    let state = edition.jurisdictions.split(' ').next()?;
    let neutral = table().edition(state)?;
    (neutral.forms.neutral && neutral.abbreviation != standard).then_some(neutral.abbreviation)
}

/// The reporter a public-domain code written with a volume that is no year stands for:
/// a public-domain citation's volume is its year, so `90 NM 303` is volume 90 of the New
/// Mexico Reports written without its periods (`90 N.M. 303`), as New Mexico's rule
/// annotations print it; likewise `50 ND 12` (`N.D.`) and `80 SD 5` (`S.D.`). Only codes
/// of capitals that, a period after each, are a reporter of their own.
fn reporter_for_non_year_neutral(
    standard: &'static str,
    written: &str,
    volume: &str,
) -> Option<&'static str> {
    if is_public_domain_year(volume)
        || written != standard
        || written.len() > 4
        || !written.bytes().all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    if !table().edition(standard)?.forms.neutral {
        return None;
    }
    let mut dotted = String::with_capacity(written.len() * 2);
    for ch in written.chars() {
        dotted.push(ch);
        dotted.push('.');
    }
    let edition = table().edition(&dotted)?;
    (!edition.forms.neutral).then_some(edition.abbreviation)
}

/// The public-domain edition an unknown reporter names once its periods are dropped,
/// where the volume is a year: `2024 UT. 30` is Utah's `2024 UT 30`.
fn neutral_with_stray_periods(written: &str, volume: &str) -> Option<&'static str> {
    if !is_public_domain_year(volume) || !written.contains('.') {
        return None;
    }
    let edition = table().edition(&written.replace('.', ""))?;
    edition.forms.neutral.then_some(edition.abbreviation)
}

/// The public-domain edition a citation names whose court code is written as its state's
/// official reporter, its volume a year: `2017 Ill. App. (1st) 162931` is Illinois's
/// `2017 IL App (1st) 162931`, `2012 Ill 107821` its `2012 IL 107821`, `2019 Wis. App.
/// 12` Wisconsin's `2019 WI App 12`: the reporter's first word names the state, whose
/// code, then the rest without periods, is a public-domain form.
pub(crate) fn public_domain_respelled(written: &str) -> Option<&'static str> {
    let (head, rest) = written.split_once(' ').unwrap_or((written, ""));
    let dotted = if head.ends_with('.') {
        std::borrow::Cow::Borrowed(head)
    } else {
        std::borrow::Cow::Owned(format!("{head}."))
    };
    let edition = table().edition(&dotted)?;
    if edition.cite_type != CiteType::State {
        return None;
    }
    let state = edition.jurisdictions.split(' ').next()?;
    let code = if rest.is_empty() {
        state.to_string()
    } else {
        format!("{state} {}", rest.replace('.', ""))
    };
    let neutral = table().edition(&code)?;
    (neutral.forms.neutral && code != written).then_some(neutral.abbreviation)
}

fn is_public_domain_year(s: &str) -> bool {
    s.len() == 4 && s.parse::<u16>().is_ok_and(|y| (1990..=2100).contains(&y))
}

/// Public-domain citations a state assigned to its earlier opinions too, with the first
/// year each was given: Oklahoma's courts (OSCN) number every opinion since statehood,
/// and its opinions cite them so (`Wood v. State, 1971 OK CR 232, ¶ 9, 486 P.2d 750`).
const RETROACTIVE_NEUTRALS: &[(&str, u16)] = &[("OK", 1890), ("OK CR", 1908), ("OK CIV APP", 1968)];

/// Whether `volume` is a year of `standard`'s public-domain citations before 1990.
fn retroactive_neutral_year(standard: &str, volume: &str) -> bool {
    let Some(&(_, first)) = RETROACTIVE_NEUTRALS.iter().find(|(s, _)| *s == standard) else {
        return false;
    };
    volume.len() == 4
        && volume
            .parse::<u16>()
            .is_ok_and(|y| (first..1990).contains(&y))
}

/// The first page in the token `start..end`: digits with an optional letter suffix
/// (`5243-P`, `143684-B`, `189A`), a Roman numeral (`lxiv`, prefatory pages), or a blank
/// (`___`); then only punctuation, a parenthetical, or an artifact such as `826|N.D.`.
fn page_span(text: &str, start: usize, end: usize) -> Option<Span> {
    let tok = &text[start..end];
    let b = tok.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let len = if digits > 0 {
        let rest = &b[digits..];
        let suffix = match rest {
            // New York's unreported and abridged decisions: `50753(U)`, `1211[A]`.
            [b'(' | b'[', b'U' | b'A', b')' | b']', ..] => 3,
            [b'-', l, ..] if l.is_ascii_uppercase() => 2,
            [l, ..] if l.is_ascii_uppercase() => 1,
            _ => 0,
        };
        digits + suffix
    } else if tok.starts_with(['_', '-', '\u{2014}']) {
        // A blank page: `___`, `----`, `—`.
        let blank: usize = tok
            .chars()
            .take_while(|&c| matches!(c, '_' | '-' | '\u{2014}'))
            .map(char::len_utf8)
            .sum();
        if tok.starts_with('-') && blank < 2 {
            return None;
        }
        blank
    } else {
        let roman = tok
            .bytes()
            .take_while(|c| b"ivxlc".contains(c))
            .count()
            .max(tok.bytes().take_while(|c| b"IVXLC".contains(c)).count());
        if roman == 0 || (roman == 1 && tok.as_bytes()[0].is_ascii_uppercase()) {
            return None;
        }
        // `v.` is "versus", not prefatory page v: in a table of authorities a line's page
        // list runs into the next entry, `… 57` ⏎ `Johnson v. State`, and `Johnson` is a
        // reporter (Johns.), so `57 Johnson v.` would otherwise read as a citation.
        if tok == "v." {
            return None;
        }
        roman
    };
    let after = &tok[len..];
    // Punctuation, a parenthetical glued on (`455(1980)`), a pin glued on by a lost space
    // (`461,472`), or an artifact (`826|N.D.`).
    let glued_pin = after
        .strip_prefix(',')
        .is_some_and(|pin| pin.starts_with(|c: char| c.is_ascii_digit()));
    let clean = !after.bytes().any(|c| c.is_ascii_alphanumeric())
        || after.starts_with(['(', '[', '|'])
        || glued_pin;
    clean.then(|| Span::new(start, start + len))
}

/// A star page marking a page break of the source: `*784`.
/// Whether more of a reporter's name and then a number follow what was read as the
/// page: `15 Ohio 8. R., 364` (an 1868 `15 Ohio St. R., 364` whose `St.` OCR read as
/// `8.`). The number was part of the name, the real page comes later, and the rest is
/// not a `volume reporter page` citation this scanner can read.
fn reporter_goes_on(after_page: &str) -> bool {
    let Some(rest) = after_page.strip_prefix(". ") else {
        return false;
    };
    let Some((word, tail)) = rest.split_once(' ') else {
        return false;
    };
    // The old form puts a comma before the page (`R., 364`); a sentence after a
    // citation does not (`… 512 U.S. 1. Tr. 45`), nor does a signal (`E.g., 12 F.3d`).
    let Some(word) = word.strip_suffix(".,") else {
        return false;
    };
    (1..=5).contains(&word.len())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && word != "Id"
        && tail.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether what was read as `volume reporter page` begins a case name: `49 W. 12
/// Tenants Corp. v Seidenberg, 6 AD3d 243` (a New York corporation named for its street
/// address, `W.` read as Washington's reporter). The words after the page run to a
/// `v`/`v.` and a comma, and the real citation's volume follows; a citation's own tail
/// (a pin, a parenthetical, a signal) does not look so.
fn names_a_case(after_page: &str) -> bool {
    let Some(rest) = after_page.strip_prefix(' ') else {
        return false;
    };
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let Some((name, tail)) = rest.split_once(", ") else {
        return false;
    };
    name.len() <= 80
        && !name.contains(['(', ')', ';', '['])
        && (name.contains(" v ") || name.contains(" v. "))
        && tail.starts_with(|c: char| c.is_ascii_digit())
}

fn is_star_page(tok: &str) -> bool {
    tok.len() > 1 && tok.starts_with('*') && is_digits(&tok[1..])
}

/// A first page, `at` of a short form, or a blank `___`.
fn page_like(text: &str, start: usize, end: usize) -> bool {
    &text[start..end] == "at" || page_span(text, start, end).is_some()
}
/// A token that can be part of an unknown reporter abbreviation (`F.`, `Sup.`, `2d`).
pub(super) fn abbreviation_like(tok: &str) -> bool {
    let ordinal = matches!(tok, "2d" | "3d" | "4th" | "5th" | "2nd" | "3rd");
    let first_upper = tok.starts_with(|c: char| c.is_ascii_uppercase());
    ordinal || (first_upper && tok.len() <= 8 && tok.ends_with('.') && !tok.ends_with(".."))
}
