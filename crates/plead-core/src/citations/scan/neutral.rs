//! Citations that are not `volume reporter page`: the public-domain forms states
//! adopted (`2011-Ohio-4215`, `2007-NMSC-033`), the Tax Court's `T.C. Memo. 2019-233`,
//! looseleaf services cited by paragraph (`Bankr. L. Rep. (CCH) ¶ 12,345`) and
//! Louisiana's docket-number citations (`2009-1359 (La. App. 1 Cir. 5/10/10)`). Which
//! reporter takes which form comes from reporters-db (`Forms` of an edition). The
//! spaced public-domain forms (`2012 IL 107821`, `1999 ME 110`) are `volume reporter
//! page` and read in `cases`.

use super::parentheticals::CourtYear;
use super::tokens::{digits_end, is_digits};
use super::Scanner;
use crate::analysis::Span;
use crate::citations::model::{CitationKind, Parenthetical, ParentheticalKind, Pin};
use crate::citations::reporters::table;

/// Punctuation that may follow a citation token (`2011-Ohio-4215,`).
const TRAILING: &[char] = &[',', '.', ';', ':', ')', ']'];

impl Scanner<'_> {
    /// `2011-Ohio-4215`, `2007-NMSC-033`: year, court code and number in one token.
    pub(super) fn dashed_neutral_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        let tok = self.tok(i).trim_end_matches(TRAILING);
        let (year, code, number, edition) = dashed_neutral_parts(tok)?;
        let mut c = Self::blank(CitationKind::FullCase, Span::default());
        let code_start = t.start + year.len() + 1;
        let page_start = code_start + code.len() + 1;
        c.volume = Some(Span::new(t.start, t.start + 4));
        c.reporter = Some(Span::new(code_start, code_start + code.len()));
        c.reporter_standard = Some(edition.abbreviation);
        c.page = Some(Span::new(page_start, page_start + number.len()));
        c.neutral = true;
        let mut p = self.pins_after(page_start + number.len(), &mut c.pins);
        if c.pins.is_empty() {
            if let Some(span) = self.paragraph_pin_without_comma(p) {
                c.pins.push(Pin { span });
                p = self.pins_after(span.end, &mut c.pins);
            }
        }
        self.finish_case(c, t.start, p)
    }

    /// A reporter cited before its number: `T.C. Memo. 2019-233`, `T.C. Summary Opinion
    /// 2018-133` (year and number), `Bankr. L. Rep. (CCH) ¶ 12,345` (a paragraph).
    pub(super) fn reporter_first_at(&mut self, i: usize) -> Option<usize> {
        let start = self.toks[i].start;
        let (len, edition) = table().leading_at(&self.text[start..])?;
        let after = start + len + 1;
        let rest = &self.text[after..];
        let mut c = Self::blank(CitationKind::FullCase, Span::default());
        c.reporter = Some(Span::new(start, start + len));
        c.reporter_standard = Some(edition.abbreviation);
        let page_end;
        if edition.forms.year_page {
            // `2019-233`
            let year_end = digits_end(self.bytes, after);
            if year_end != after + 4 || self.bytes.get(year_end) != Some(&b'-') {
                return None;
            }
            page_end = digits_end(self.bytes, year_end + 1);
            if page_end == year_end + 1 {
                return None;
            }
            c.volume = Some(Span::new(after, year_end));
            c.page = Some(Span::new(year_end + 1, page_end));
            c.neutral = edition.forms.neutral;
        } else if edition.forms.paragraph {
            // `¶ 12,345`, `P12,345`, `P 80679`, `para. 14,387`
            let marker = ["¶ ", "¶", "P ", "P", "para. "]
                .iter()
                .find(|m| rest.starts_with(**m))?;
            let number = after + marker.len();
            let mut end = digits_end(self.bytes, number);
            while self.bytes.get(end) == Some(&b',')
                && self.bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            {
                end = digits_end(self.bytes, end + 1);
            }
            if end == number {
                return None;
            }
            page_end = end;
            c.page = Some(Span::new(number, end));
        } else {
            return None;
        }
        let p = self.pins_after(page_end, &mut c.pins);
        self.finish_case(c, start, p)
    }

    /// Louisiana's docket-number citations: `2009 12345 (La.App. 1 Cir. 05/10/10)`,
    /// `2009-1359 (La. App. 1 Cir. 5/10/10)`: year, docket number, then court and date.
    /// The uniform citation (La. Sup. Ct. Gen. Admin. R. pt. G, § 8) gives the Supreme
    /// Court's as `2019-01234 (La. 6/26/20)`, a docket of the 1990s by two digits
    /// (`96-0525 (La. App. 4 Cir. 10/21/98)`), and the clerks' case-type letters stand
    /// between year and number (`2019-KK-01234`, `05-KA-123`).
    pub(super) fn louisiana_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        let tok = self.tok(i);
        let (year, number, number_start) = match tok.split_once('-') {
            Some((y, n)) => (y, n, t.start + y.len() + 1),
            None => {
                let n = self.toks.get(i + 1)?;
                (tok, &self.text[n.start..n.end], n.start)
            }
        };
        // `94-0393, (La. 4/22/94)`: a comma after the docket number, as courts write it.
        let number = number.strip_suffix(',').unwrap_or(number);
        let after_letters = match number.split_once('-') {
            Some((letters, rest))
                if (1..=3).contains(&letters.len())
                    && letters.bytes().all(|b| b.is_ascii_uppercase()) =>
            {
                rest
            }
            _ => number,
        };
        let digits = after_letters.trim_end_matches(|ch: char| ch.is_ascii_uppercase());
        let year_ok = year.len() == 4 || (year.len() == 2 && tok.contains('-'));
        if !year_ok || !is_digits(year) || !is_digits(digits) || digits.len() < 2 {
            return None;
        }
        let (pin, open) = self.louisiana_pin_and_open(number_start + number.len())?;
        let (close, true) = self.matching(open) else {
            return None;
        };
        let inner = &self.text[open + 1..close - 1];
        // `(La. 6/26/20)`, and the date glued to the court: `(La.9/8/99)`.
        let (court, date) = match inner.rsplit_once(' ') {
            Some((court, date)) if date.contains('/') => (court, date),
            _ => inner.split_at(inner.rfind('.')? + 1),
        };
        let edition = table().lookup(court)?.edition;
        if !edition.forms.louisiana {
            return None;
        }
        let date_year = date_year(date)?;
        let mut c = Self::blank(CitationKind::FullCase, Span::default());
        c.volume = Some(Span::new(t.start, t.start + year.len()));
        c.reporter = Some(Span::new(open + 1, open + 1 + court.len()));
        c.reporter_standard = Some(edition.abbreviation);
        c.page = Some(Span::new(number_start, number_start + number.len()));
        c.neutral = true;
        let cy = CourtYear {
            court: None,
            year: Some(date_year.0),
            year_span: Some(Span::new(close - 1 - date_year.1, close - 1)),
        };
        c.year = cy.year;
        c.year_span = cy.year_span;
        c.parentheticals.push(Parenthetical {
            kind: ParentheticalKind::CourtYear,
            span: Span::new(open, close),
            closed: true,
            bracket: false,
        });
        c.pins.extend(pin.map(|span| Pin { span }));
        let p = self.pins_after(close, &mut c.pins);
        self.finish_case(c, t.start, p)
    }

    /// What stands between a Louisiana docket number ending at `at` and its court-and-date
    /// parenthetical: a space (`96-0525 (La.`), a comma (`94-0393, (La.`), or the page
    /// pin the uniform citation puts there (`2010-1234, p. 5 (La. App. 4 Cir.`, La. Sup.
    /// Ct. Gen. Admin. R. pt. G, § 8). Returns the pin and where the parenthesis opens.
    fn louisiana_pin_and_open(&self, mut at: usize) -> Option<(Option<Span>, usize)> {
        // Consolidated appeals list their dockets: `93-3099, 93-3110, 93-3112 (La. 7/5/94)`.
        while let Some(next) = self.louisiana_further_docket(at) {
            at = next;
        }
        let rest = self.text.get(at..)?;
        if rest.starts_with(" (") {
            return Some((None, at + 1));
        }
        if rest.starts_with(", (") {
            return Some((None, at + 2));
        }
        let marker = [", p. ", ", pp. "].iter().find(|m| rest.starts_with(**m))?;
        let start = at + marker.len();
        let mut end = digits_end(self.bytes, start);
        if end == start {
            return None;
        }
        if matches!(self.bytes.get(end), Some(b'-')) {
            let more = digits_end(self.bytes, end + 1);
            if more > end + 1 {
                end = more;
            }
        }
        (self.text.get(end..end + 2)? == " (").then_some((Some(Span::new(start, end)), end + 1))
    }

    /// The end of a further docket number `, 93-3110` at `at`, if one stands there.
    fn louisiana_further_docket(&self, at: usize) -> Option<usize> {
        let rest = self.text.get(at..)?.strip_prefix(", ")?;
        let tok = rest
            .split([' ', ',', '('])
            .next()
            .filter(|tok| !tok.is_empty())?;
        let (year, number) = tok.split_once('-')?;
        let digits = number.trim_end_matches(|ch: char| ch.is_ascii_uppercase());
        let docket = matches!(year.len(), 2 | 4)
            && is_digits(year)
            && digits.len() >= 2
            && is_digits(digits);
        docket.then_some(at + 2 + tok.len())
    }
}

/// Year, court code, number and edition of a dashed public-domain citation token
/// (`2011-Ohio-4215`, `2007-NMSC-033`, or a spaced state's `2026-ND-132`), punctuation
/// after it trimmed.
fn dashed_neutral_parts(
    tok: &str,
) -> Option<(
    &str,
    &str,
    &str,
    &'static crate::citations::reporters::Edition,
)> {
    let (year, rest) = tok.split_once('-')?;
    let (code, number) = rest.rsplit_once('-')?;
    if year.len() != 4 || !is_digits(year) || !is_digits(number) || code.is_empty() {
        return None;
    }
    let edition = table().lookup(code)?.edition;
    // `2026-ND-132`: a state that spaces its citation, written with Ohio's hyphens, is
    // read too (the check gives it its state's form).
    (edition.forms.dashed || edition.forms.neutral).then_some((year, code, number, edition))
}

/// Whether the text at `q` begins a dashed public-domain citation: after `129 Ohio
/// St.3d 498, ` the `2011-Ohio-4203` is the parallel public-domain cite, not a pin
/// `2011`.
pub(super) fn dashed_neutral_starts(text: &str, q: usize) -> bool {
    let Some(rest) = text.get(q..) else {
        return false;
    };
    let tok = rest.split(char::is_whitespace).next().unwrap_or("");
    dashed_neutral_parts(tok.trim_end_matches(TRAILING)).is_some()
}

/// The year of a `5/10/10` or `05/10/2010` date, and how many bytes its year takes.
pub(super) fn date_year(date: &str) -> Option<(u16, usize)> {
    let mut parts = date.split('/');
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    let ok = |s: &str, n: usize| (1..=n).contains(&s.len()) && is_digits(s);
    if !ok(m, 2) || !ok(d, 2) || !(y.len() == 2 || y.len() == 4) || !is_digits(y) {
        return None;
    }
    let n: u16 = y.parse().ok()?;
    let year = match y.len() {
        4 => n,
        _ if n < 50 => 2000 + n,
        _ => 1900 + n,
    };
    Some((year, y.len()))
}
