//! Parentheticals after a citation: the court/year (`(9th Cir. 2006)`), weight
//! (`(en banc)`), alterations, `(quoting …)` and explanations.

use super::tokens::is_digits;
use super::Scanner;
use crate::analysis::Span;
use crate::citations::model::{Citation, Parenthetical, ParentheticalKind};
use crate::citations::months;

/// A court/year parenthetical's parts, relative to the paragraph.
pub(super) struct CourtYear {
    pub court: Option<Span>,
    /// None for a court alone: `(1st Cir.), cert. denied, 429 U.S. 819 (1976)` gives the
    /// year once, with the subsequent history (Bluebook R10.5).
    pub year: Option<u16>,
    pub year_span: Option<Span>,
}

impl Scanner<'_> {
    /// Parentheticals starting at `p` (after optional space): `(…)`, and the bracketed
    /// dates and explanations of New York style (`[1986]`, `[emphasis added]`). A bracket
    /// that opens with a number holds a parallel citation (`[205 Cal.Rptr.3d 475]`),
    /// not a parenthetical.
    pub(super) fn parentheticals_after(&self, mut p: usize, c: &mut Citation) -> usize {
        loop {
            let mut r = p;
            // `975 n.8. (1st Cir.), cert. denied, …`: a stray period before the court and
            // year (only they are read past it; a sentence may follow in parentheses).
            let stray_period = c.parentheticals.is_empty() && self.text[p..].starts_with(". (");
            if stray_period {
                r += 1;
            }
            if let Some(after) = super::pins::braced_page_marker_end(self.text, r) {
                r = after;
            }
            if self.bytes.get(r) == Some(&b' ') {
                r += 1;
            }
            let bracket = match self.bytes.get(r) {
                Some(b'(') => false,
                Some(b'[') => true,
                _ => return p,
            };
            let (close, closed) = self.matching(r);
            let content_end = if closed { close - 1 } else { close };
            let mut content = &self.text[r + 1..content_end];
            if !closed {
                content = content.trim_end_matches(['.', ' ', ';', ',']);
            }
            let has_date = c.date_parenthetical().is_some();
            let mut court_year = if has_date {
                None
            } else {
                court_year(content, r + 1).or_else(|| {
                    let dated = without_docket(content);
                    (dated.len() < content.len())
                        .then(|| court_year(dated, r + 1))
                        .flatten()
                })
            };
            // `105 S.Ct. 3099 [ (1985) ]`: an editor's brackets around the date of a
            // quoted citation.
            if bracket && court_year.is_none() && !has_date {
                let lead = content.len() - content.trim_start().len();
                let inner = content.trim();
                if let Some(inner) = inner.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
                    court_year = self::court_year(inner, r + 1 + lead + 1);
                }
            }
            if bracket && court_year.is_none() {
                let opens_a_cite = content.starts_with(|ch: char| {
                    ch.is_ascii_digit() || matches!(ch, '_' | '-' | '\u{2014}' | '*')
                });
                if opens_a_cite || !closed {
                    return p;
                }
            }
            if court_year.is_none() && !has_date && closed && !bracket {
                // `(1st Cir.), cert. denied, …`: the court now, the year with the history.
                let court = court_span(content, r + 1)
                    .filter(|_| content.trim_end().ends_with('.'))
                    .filter(|_| self.history_after(close).is_some());
                court_year = court.map(|court| CourtYear {
                    court: Some(court),
                    year: None,
                    year_span: None,
                });
            }
            // `251 AD2d 35, 38 (1st Dept 1998])`: a date opened with a parenthesis and
            // closed with a bracket (a slip between New York's brackets and the
            // Bluebook's parentheses); the date ends at the bracket, read so the style's
            // form can be asked for.
            let mut mismatched_end = None;
            if court_year.is_none() && !has_date && closed && !bracket {
                if let Some(inner) = content.strip_suffix(']').filter(|i| !i.contains('[')) {
                    court_year = self::court_year(inner, r + 1);
                    if court_year.is_some() {
                        mismatched_end = Some(r + 1 + content.len());
                    }
                }
            }
            if stray_period && court_year.is_none() {
                return p;
            }
            let mut span_end = mismatched_end.unwrap_or(close);
            let kind = if let Some(cy) = &court_year {
                if let (false, Some(y)) = (closed, cy.year_span) {
                    span_end = y.end;
                }
                c.court = cy.court;
                c.year = cy.year;
                c.year_span = cy.year_span;
                ParentheticalKind::CourtYear
            } else {
                classify(content)
            };
            if !closed && court_year.is_none() {
                // An unclosed explanatory parenthetical: keep it to its sentence.
                span_end = sentence_end(self.text, r);
                span_end = span_end.max(r + 1);
            }
            c.parentheticals.push(Parenthetical {
                kind,
                span: Span::new(r, span_end),
                closed,
                bracket,
            });
            p = span_end;
            if !closed {
                return p;
            }
        }
    }

    /// California style's date between the case name and the volume:
    /// `Baral v. Schnitt (2016) 1 Cal.5th 376`, `Leon v. IDX Systems Corp. (9th Cir. 2006)
    /// 464 F.3d 951`. `volume` is where the volume starts; the parenthetical must close
    /// right before it and lie after `floor` (not belong to an earlier citation).
    pub(super) fn date_before(
        &self,
        volume: usize,
        floor: usize,
    ) -> Option<(Parenthetical, CourtYear)> {
        // `(Bankr. N.D.N.Y. May 11, 2012) [nonpub. opn.] 2012 WL 1664235`: the Style
        // Manual's mark of an unpublished decision between the date and the volume.
        let volume = ["[nonpub. opn.] ", "[nonpub.opn.] "]
            .iter()
            .find_map(|mark| self.text[..volume].strip_suffix(mark))
            .map_or(volume, |before| before.len());
        let close = volume
            .checked_sub(1)
            .filter(|&k| self.bytes.get(k) == Some(&b' '))?;
        if self.bytes.get(close.checked_sub(1)?) != Some(&b')') {
            return None;
        }
        // Long enough for a court, a full date and two docket numbers: `(S.D.Cal., Feb.
        // 14, 2017, Case No. 15-cv-02287-BAS-NLS; 15-cv-02353-BAS-NLS)`.
        let mut from = floor.max(close.saturating_sub(128));
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let open = from + self.text.get(from..close - 1)?.rfind('(')?;
        if open < floor || self.text[open + 1..close - 1].contains(')') {
            return None;
        }
        // Westlaw's running head `Sani v. Institute, Not Reported in N.E. Rptr. (2026)`
        // above `2026 IL App (1st) 252264-U`: the year dates the print's placeholder for a
        // reporter, not the citation below it.
        let head = self.text[floor..open].trim_end();
        if head
            .rsplit(", ")
            .next()
            .is_some_and(|last| last.starts_with("Not Reported in "))
        {
            return None;
        }
        // California's unpublished decisions name their docket number after the date:
        // `(N.D.Cal., Feb. 3, 2020, No. 19-cv-01234-JD) 2020 WL 123456`, and its courts'
        // opinions not yet in the reports theirs: `(Sept. 1, 2022, B312345) ___ Cal.App.5th ___`.
        let content = without_docket(&self.text[open + 1..close - 1]);
        let cy = court_year(content, open + 1)?;
        let paren = Parenthetical {
            kind: ParentheticalKind::CourtYear,
            span: Span::new(open, close),
            closed: true,
            bracket: false,
        };
        Some((paren, cy))
    }

    /// The end (exclusive) of the parenthetical or bracket opening at `open`, and
    /// whether it closed. Only its own kind nests: an OCR'd `(“[Wle held …”)` closes.
    pub(super) fn matching(&self, open: usize) -> (usize, bool) {
        let (opener, closer) = match self.bytes[open] {
            b'[' => (b'[', b']'),
            _ => (b'(', b')'),
        };
        let mut depth = 0i32;
        for (k, &b) in self.bytes[open..].iter().enumerate() {
            if b == opener {
                depth += 1;
            } else if b == closer {
                depth -= 1;
                if depth == 0 {
                    return (open + k + 1, true);
                }
            }
        }
        (self.text.len(), false)
    }
}

/// Where the sentence that goes on at `from` ends: the first `. ` after a word that
/// ends a sentence, not a dot of an ellipsis (`rights . . . are different`) or of an
/// abbreviation (`515 U. S., at 656`); the end of the text if none.
fn sentence_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(k) = text.get(at..).and_then(|t| t.find(". ")) {
        let dot = at + k;
        let ellipsis =
            (dot >= 2 && &bytes[dot - 2..dot] == b". ") || bytes.get(dot + 2) == Some(&b'.');
        if !ellipsis && crate::citations::checks::ends_sentence(&text[..dot + 1]) {
            return dot;
        }
        at = dot + 2;
    }
    text.len()
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

/// A date parenthetical's content without the docket number some styles put after the
/// date: `N.D.Cal., Feb. 3, 2020, No. 19-cv-01234-JD` (California Style Manual), `SD NY,
/// Mar. 3, 2020, No. 19-cv-1234 (AJN)` (New York's bracket), and a California court's own
/// `Sept. 1, 2022, B312345` (a letter or two and the number).
pub(crate) fn without_docket(content: &str) -> &str {
    let content = docket_start(content).map_or(content, |k| &content[..k]);
    if let Some(k) = content.rfind(", ") {
        let tail = content[k + 2..].trim_end();
        let letters = tail.bytes().take_while(u8::is_ascii_uppercase).count();
        let number = &tail[letters..];
        if (1..=2).contains(&letters) && (5..=8).contains(&number.len()) && is_digits(number) {
            return &content[..k];
        }
    }
    content
}

/// Where a docket number begins after a comma: `, No. `, `, Nos. `, and the same after up
/// to three capitalized words naming the kind of case (`, Case No. `, `, Civ. A. No. `,
/// `, Civil Action No. `, `, Crim. No. `).
fn docket_start(content: &str) -> Option<usize> {
    content
        .match_indices(", ")
        .map(|(k, _)| k)
        .find(|&k| docket_phrase(&content[k + 2..]))
}

/// Whether `rest` opens with a docket number's label: `No. `/`Nos. `, after at most three
/// capitalized words (`Case`, `Civ. A.`, `Civil Action`).
fn docket_phrase(rest: &str) -> bool {
    let mut words = rest.split(' ');
    for _ in 0..4 {
        match words.next() {
            Some("No." | "Nos.") => return true,
            Some(w) if w.starts_with(|c: char| c.is_ascii_uppercase()) && w.len() <= 8 => {}
            _ => return false,
        }
    }
    false
}

/// Parses `9th Cir. 2006`, `2009`, `C.D. Cal. 2009`, `Wis. Ct. App. Oct. 30, 2013`,
/// and the glued `9th Cir.2006`. `offset` is where `content` starts in the paragraph.
pub(super) fn court_year(content: &str, offset: usize) -> Option<CourtYear> {
    let c = without_writ_history(content.trim_end());
    // `[4th Cir 1999 en banc]`, `[Wash 2001 en banc]`: New York's bracket gives the court's
    // sitting after the year, where the Bluebook gives it a parenthetical of its own.
    let c = ["en banc", "in banc"]
        .iter()
        .find_map(|sitting| {
            c.strip_suffix(sitting)
                .map(|head| head.trim_end().trim_end_matches(',').trim_end())
                .filter(|head| {
                    head.len() >= 4
                        && head.as_bytes()[head.len() - 4..]
                            .iter()
                            .all(u8::is_ascii_digit)
                })
        })
        .unwrap_or(c);
    if let Some(cy) = louisiana_court_date(c, offset) {
        return Some(cy);
    }
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
    // A date in figures, `E.D. Cal. 11/8/2019`: the court is what precedes it (the check
    // gives the date its T12 form).
    if let Some(k) = numeric_month_day_start(before) {
        before = before[..k].trim_end();
    }
    // A full date: `Oct. 30, 2013`.
    if let Some(b) = before.strip_suffix(',') {
        let b = b.trim_end();
        let day_start = b.rfind(' ').map_or(0, |k| k + 1);
        // `Oct.31`: the day glued to the month.
        let glued = months::written_forms()
            .find_map(|(mo, _)| b[day_start..].strip_prefix(mo).filter(|d| is_digits(d)));
        if glued.is_some() {
            before = b[..day_start].trim_end();
        } else if is_digits(&b[day_start..]) {
            let m = b[..day_start].trim_end();
            if let Some((month, _)) = months::written_forms().find(|(mo, _)| m.ends_with(mo)) {
                before = m[..m.len() - month.len()].trim_end();
            }
        }
    }
    let court_text = before.trim_end_matches(',').trim();
    let court = if court_text.is_empty() {
        None
    } else {
        let lead = content.len() - content.trim_start().len();
        let start = offset + lead + content.trim_start().find(court_text).unwrap_or(0);
        Some(court_span(court_text, start)?)
    };
    let year_start = offset + n - 4;
    Some(CourtYear {
        court,
        year: Some(year),
        year_span: Some(Span::new(year_start, year_start + 4)),
    })
}

/// Where a date's month and day in figures end `before` (`E.D. Cal. 11/8/`): the offset
/// of the month, which follows a space.
fn numeric_month_day_start(before: &str) -> Option<usize> {
    let (lead, figures) = before.rsplit_once(' ')?;
    month_day_figures(figures).map(|_| lead.len() + 1)
}

/// A date's month and day in figures before its year, `11/8/`: (the month, 1–12; the day).
pub(crate) fn month_day_figures(figures: &str) -> Option<(usize, u32)> {
    let (month, day) = figures.strip_suffix('/')?.split_once('/')?;
    let number = |s: &str| {
        ((1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (month, day) = (number(month)?, number(day)?);
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month as usize, day))
}

/// A Louisiana court with the decision's date in figures (`La. 1/31/97`, `La. App. 3
/// Cir. 11/6/96`; La. Sup. Ct. Gen. Admin. R. pt. G, § 8) where the uniform citation's
/// parenthetical follows the reporter (`writ denied, 96-2949, 687 So.2d 409 (La.
/// 1/31/97)`). `c` is the parenthetical's content, written at `offset`.
fn louisiana_court_date(c: &str, offset: usize) -> Option<CourtYear> {
    let (court, date) = c.rsplit_once(' ')?;
    if !date.contains('/') {
        return None;
    }
    let (year, len) = super::neutral::date_year(date)?;
    let court = court.trim_end_matches(',');
    if !crate::citations::reporters::is_louisiana_court(court.trim()) {
        return None;
    }
    Some(CourtYear {
        court: court_span(court, offset),
        year: Some(year),
        year_span: Some(Span::new(offset + c.len() - len, offset + c.len())),
    })
}

/// The span of a court abbreviation `text` written at `offset`, if it looks like one:
/// every word capitalized or an ordinal (`9th Cir.`, `Ct. Int'l Trade`, `Sup Ct, NY County`).
pub(super) fn court_span(text: &str, offset: usize) -> Option<Span> {
    let lead = text.len() - text.trim_start().len();
    let text = text.trim();
    let looks_like_court = !text.is_empty()
        && text.len() <= 45
        && text.split(' ').all(|w| {
            // `[14th Dist.]`: Texas names the court of appeals' district in brackets.
            let w = w.strip_prefix('[').unwrap_or(w);
            // `Tex. App. –Texarkana`: the dash before the city, set apart from `App.`.
            let w = w.trim_start_matches(['-', '\u{2013}', '\u{2014}']);
            w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
                || matches!(w, "&" | "of" | "banc" | "en")
                // `[1st *932 Dist.]`: a page break of the source inside the court's name.
                || (w.len() > 1 && w.starts_with('*') && is_digits(&w[1..]))
                // `Fed .Cir.2009`: a space slipped before an abbreviation's period (the
                // court-format check reports the spacing; the court is still there).
                || w.strip_prefix('.').is_some_and(|r| r.starts_with(|ch: char| ch.is_uppercase()))
        });
    looks_like_court.then(|| Span::new(offset + lead, offset + lead + text.len()))
}

/// A court/year parenthetical without the petition or writ history some states put
/// after the year (`Tex. App.—Houston [14th Dist.] 2000, pet. denied`, `… 2001, no pet.`,
/// `… 1997, writ ref'd n.r.e.`, `… 2026, pet. filed`). History written without its comma
/// (`… 2015 pet. ref’d`) is cut off too, so the date is read and the court check can ask
/// for the comma ([`writ_history_without_comma`]).
fn without_writ_history(c: &str) -> &str {
    let year_before = |head: &str| {
        head.len() >= 4
            && head.as_bytes()[head.len() - 4..]
                .iter()
                .all(u8::is_ascii_digit)
    };
    if let Some(comma) = c.rfind(", ") {
        let head = c[..comma].trim_end();
        if is_writ_history(&c[comma + 2..]) && year_before(head) {
            return head;
        }
    }
    match writ_history_without_comma(c) {
        Some(space) => &c[..space],
        None => c,
    }
}

/// Where a petition or writ history follows the year with a space and no comma
/// (`Houston [1st Dist.] 2015 pet. ref’d`): the offset of that space.
pub(crate) fn writ_history_without_comma(c: &str) -> Option<usize> {
    let bytes = c.as_bytes();
    (4..c.len()).rev().find(|&space| {
        bytes[space] == b' '
            && bytes[space - 4..space].iter().all(u8::is_ascii_digit)
            && bytes
                .get(space.wrapping_sub(5))
                .is_none_or(|b| !b.is_ascii_digit())
            && is_writ_history(&c[space + 1..])
    })
}

/// Whether `tail` is a state's petition or writ history: `pet. denied`, `no pet.`,
/// `writ ref'd n.r.e.`, `pet. filed`, `pet. dism'd w.o.j.`, and a mandamus court's `orig.
/// proceeding` (Texas Rules of Form).
fn is_writ_history(tail: &str) -> bool {
    let history_word = |w: &str| {
        w.ends_with('.')
            || w.contains('\'')
            || w.contains('\u{2019}')
            || matches!(
                w,
                "no" | "writ"
                    | "pet"
                    | "denied"
                    | "granted"
                    | "refused"
                    | "dismissed"
                    | "review"
                    | "filed"
                    | "struck"
                    | "withdrawn"
                    | "abated"
                    | "proceeding"
                    // `pet. ref d`: a PDF whose font has no glyph for the apostrophe.
                    | "ref"
                    | "d"
            )
    };
    let words: Vec<&str> = tail.trim_end().split(' ').collect();
    (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|ch: char| ch.is_ascii_lowercase()))
        && words.iter().all(|w| history_word(w))
        && words.iter().any(|w| {
            matches!(
                w.trim_end_matches('.'),
                "pet" | "writ" | "review" | "orig" | "mand"
            )
        })
}
