//! Pin cites after a page or `at`: `1071`, `135-36`, `285 n.4`, `*3`, `§ 9`, `¶ 12`,
//! the Supreme Court's `769, n. 24`, and a slip opinion's blank `___`.

use super::tokens::{digits_end, is_digits};
use super::Scanner;
use crate::analysis::Span;
use crate::citations::model::Pin;
use crate::citations::statutes;

impl Scanner<'_> {
    /// Pins after `p` (`, 1071`, `, 1071, 1073`, `, 135-36`, `, 285 n.4`, `, at *3`).
    pub(super) fn pins_after(&self, mut p: usize, pins: &mut Vec<Pin>) -> usize {
        // A note on the first page itself: `468 U.S. 705 n.6`, `82 L. Ed. 2d 530 n. 6`,
        // and the Supreme Court's `537 U. S. 51, n. 4` (the page's note, no pin).
        if pins.is_empty() {
            if let Some(end) = self.page_note_end(p) {
                p = end;
            }
        }
        loop {
            // `501 U.S. 32,    , 111 S. Ct. 2123`: a pin left blank (spaces for the page
            // the official reporter had not printed yet) before a parallel citation.
            if let Some(rest) = self.text[p..].strip_prefix(", ") {
                let spaces = rest.len() - rest.trim_start_matches(' ').len();
                if rest[spaces..].starts_with(", ") {
                    p += 2 + spaces;
                    continue;
                }
            }
            // `461,472`: a pin glued to the page by a lost space.
            let glued = self.text[p..].starts_with(',')
                && self.bytes.get(p + 1).is_some_and(u8::is_ascii_digit);
            if !self.text[p..].starts_with(", ") && !glued {
                break;
            }
            let mut q = p + if glued { 1 } else { 2 };
            // `609 N.E.2d 252, *934 278 (1992)`: a page break of the source printed
            // before the pin, as `761 N.E.2d *784 946` prints one before the page.
            if let Some(after) = star_page_end(self.bytes, q) {
                q = after;
            }
            if self.text[q..].starts_with("at ") {
                q += 3;
            }
            // The Supreme Court's note after a pin: `769, n. 24`, `___, nn. 3-4`; and
            // California's footnote: `732, fn. 1`, `604, fns. 9-10`.
            if let Some(last) = pins.last_mut() {
                let note = ["n. ", "nn. ", "fn. ", "fns. ", "n.", "nn."]
                    .iter()
                    .find(|n| self.text[q..].starts_with(**n));
                if let Some(note) = note {
                    let digits = q + note.len();
                    let mut end = digits_end(self.bytes, digits);
                    if end > digits {
                        if self.text[end..].starts_with(['-', '\u{2013}']) {
                            let dash = if self.bytes[end] == b'-' { 1 } else { 3 };
                            let range_end = digits_end(self.bytes, end + dash);
                            if range_end > end + dash {
                                end = range_end;
                            }
                        }
                        last.span.end = end;
                        p = end;
                        continue;
                    }
                }
            }
            // A slip opinion's blank pin: `580 U. S. ___, ___`, `___-___`; not the blank
            // volume of a parallel citation (`135 S. Ct. 831, 841, ___ L. Ed. 2d ___`).
            if self.blank_volume_at(q) {
                break;
            }
            if let Some(end) = self.blank_pin_at(q) {
                pins.push(Pin {
                    span: Span::new(q, end),
                });
                p = end;
                continue;
            }
            // `, 2011-Ohio-4203`: a parallel public-domain citation, not a pin `2011`.
            if super::neutral::dashed_neutral_starts(self.text, q) {
                break;
            }
            let Some(span) = self.pin_span_at(q) else {
                break;
            };
            // `, 129 S. Ct. 1937`: a parallel citation, not a pin; and `, 1 P.R. Sup. Ct.
            // Off'l Translations 293`, one in a reporter plead does not know.
            if self.reporter_after_number(q) || self.volume_of_unknown_reporter(span) {
                break;
            }
            pins.push(Pin { span });
            p = span.end;
        }
        p
    }

    /// A pin written without its comma right before the court/year parenthetical:
    /// `771 F.2d 579 588-89 (1st Cir. 1985)`, `1998 WL 1270641 *5 (BALCA Feb. 2,
    /// 1998)`, `2010 WL 2089478 at *1 (1st Cir. May 26, 2010)`, and a star pin whose
    /// digit OCR read as a letter (`*l`). Only where the date follows at once, so a
    /// number in the sentence after a citation is never taken for a pin.
    /// A public-domain citation's paragraph pin written without its comma (`2004 WI 58
    /// ¶ 45`, `2011-Ohio-4203 ¶ 2`): read as its pin, so that the citation keeps its
    /// parallels and the check can ask for the comma.
    pub(super) fn paragraph_pin_without_comma(&self, p: usize) -> Option<Span> {
        if !self.text.get(p..)?.starts_with(" ¶") {
            return None;
        }
        let end = self.pin_at(p + 1)?;
        Some(Span::new(p + 1, end))
    }

    pub(super) fn pin_without_comma(&self, p: usize) -> Option<Span> {
        let mut q = p + usize::from(self.bytes.get(p) == Some(&b' '));
        if q == p {
            return None;
        }
        let at = self.text[q..].starts_with("at ");
        if at {
            q += 3;
        }
        // `2026 WL 619894 at *2, ¶ 13`: `at` and a star page are a database citation's pin
        // whatever follows (only the comma before `at` is missing).
        if at && self.text[q..].starts_with('*') {
            let stars = self.text[q..].bytes().take_while(|&b| b == b'*').count();
            let digits = self.bytes[q + stars..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let end = q + stars + digits;
            let closed = self.text[end..].is_empty()
                || self.text[end..].starts_with([',', ';', '.', ')', ' ', '\n', '-', '\u{2013}']);
            if (1..=2).contains(&stars) && (1..=6).contains(&digits) && closed {
                return Some(Span::new(q, end));
            }
        }
        let end = q + self.text[q..].find(' ')?;
        let token = &self.text[q..end];
        let stars = token.bytes().take_while(|&b| b == b'*').count();
        let pin = if (1..=2).contains(&stars) {
            let digits = &token[stars..];
            !digits.is_empty()
                && digits.len() <= 6
                && digits.bytes().any(|b| b.is_ascii_digit() || b == b'l')
                && digits
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'l' | b'I'))
        } else {
            token.starts_with(|c: char| c.is_ascii_digit()) && self.pin_at(q) == Some(end)
        };
        if !pin || self.bytes.get(end + 1) != Some(&b'(') {
            return None;
        }
        let (close, closed) = self.matching(end + 1);
        if !closed {
            return None;
        }
        let content = &self.text[end + 2..close - 1];
        super::parentheticals::court_year(content, end + 2)
            .is_some_and(|cy| cy.year.is_some())
            .then_some(Span::new(q, end))
    }

    /// The end of a note written right after a page (`705 n.6`, `530 n. 6`, `51, n. 4`,
    /// `51 nn.3-4`), if one is at `p`.
    fn page_note_end(&self, p: usize) -> Option<usize> {
        let rest = self.text.get(p..)?;
        // Oregon's courts write the note without its period (`277 Or 447, 457 n 4`).
        let lead = [", n.", ", nn.", " n.", " nn.", " n ", " nn "]
            .iter()
            .find(|m| rest.starts_with(**m))?;
        let mut s = p + lead.len();
        if self.bytes.get(s) == Some(&b' ') {
            s += 1;
        }
        let mut end = digits_end(self.bytes, s);
        if end == s {
            return None;
        }
        if self.text[end..].starts_with(['-', '\u{2013}']) {
            let dash = if self.bytes[end] == b'-' { 1 } else { 3 };
            let range_end = digits_end(self.bytes, end + dash);
            if range_end > end + dash {
                end = range_end;
            }
        }
        Some(end)
    }

    /// The end of a blank pin at `q`: `___`, or a blank range `___-___`.
    fn blank_pin_at(&self, q: usize) -> Option<usize> {
        let underscores = |at: usize| self.bytes[at..].iter().take_while(|&&b| b == b'_').count();
        // New York's slip opinions blank the pin with a dash (`— NY3d —, —, 2025 NY Slip
        // Op 03642`): a lone `—` closed by what ends a pin, not a dash that opens a clause.
        if let Some(rest) = self.text[q..].strip_prefix('\u{2014}') {
            if rest.starts_with([',', ';', ')', ']']) {
                return Some(q + '\u{2014}'.len_utf8());
            }
        }
        let first = underscores(q);
        if first < 3 {
            return None;
        }
        let mut end = q + first;
        for dash in ["-", "\u{2013}"] {
            if self.text[end..].starts_with(dash) && underscores(end + dash.len()) >= 3 {
                end += dash.len() + underscores(end + dash.len());
                break;
            }
        }
        Some(end)
    }

    /// One pin at `q`, after the `p.`/`pp.` that California style writes before page
    /// pins (`at p. 384`, `at pp. 1193-1194`; the span is the pin without it), or the
    /// `Syl.` of a syllabus paragraph (`290 Kan. 100, Syl. ¶ 2, 222 P.3d 10`, as Kansas
    /// courts cite their own syllabi).
    pub(super) fn pin_span_at(&self, q: usize) -> Option<Span> {
        let rest = self.text.get(q..)?;
        // `2012 IL 107821, para. 20`: a paragraph pin spelled out (public-domain
        // citations pin `¶ 20`, which the check asks for).
        let skip = ["p. ", "pp. ", "Syl. ", "syl. ", "para. ", "paras. "]
            .iter()
            .find(|m| rest.starts_with(**m))
            .map_or(0, |m| m.len());
        let end = self
            .pin_at(q + skip)
            .or_else(|| self.blank_pin_at(q + skip))?;
        Some(Span::new(q + skip, end))
    }

    /// One pin at `q`: `1072`, `*3`, `135-36`, `135–36`, `285 n.4`, `1072 nn.3-4`, `§ 9`, `¶ 12`.
    pub(super) fn pin_at(&self, q: usize) -> Option<usize> {
        let b = self.bytes;
        // `Id. at` may end the paragraph: nothing follows `q`.
        let rest = self.text.get(q..)?;
        let marked = ["§ ", "§§ ", "¶ ", "¶¶ "]
            .iter()
            .find_map(|m| rest.strip_prefix(*m))
            // `¶45`: Wisconsin's courts write the paragraph sign closed up to its number.
            .or_else(|| {
                ["¶¶", "¶"]
                    .iter()
                    .find_map(|m| rest.strip_prefix(*m))
                    .filter(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
            });
        if let Some(r) = marked {
            let s = self.text.len() - r.len();
            let e = statutes::section_end(self.text, s);
            // A paragraph's note: Arizona's `¶ 7 n.2`, Wisconsin's `¶20 n.7`.
            let e = if rest.starts_with('¶') {
                self.note_end(e)
            } else {
                e
            };
            return (e > s).then_some(e);
        }
        let mut e = q;
        // `*3`, and Westlaw's `**2-3` (the pages of a decision with star paging of its own).
        let stars = b[e..].iter().take(2).take_while(|&&c| c == b'*').count();
        if stars > 0 {
            e += stars;
            // `at * 6`: a star page written with a space.
            if b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(u8::is_ascii_digit) {
                e += 1;
            }
        }
        let d = digits_end(b, e);
        if d == e {
            return None;
        }
        e = d;
        // Range: hyphen, en dash, an em dash (`229— 230` as some sources print it), a star
        // page; a space on either side of the hyphen (`276 -77`, `1094- 1096`), as text
        // extracted from print or a line break leaves it.
        for dash in [
            "-",
            "\u{2013}",
            "-*",
            "\u{2013}*",
            "\u{2014}",
            "\u{2014} ",
            "\u{2013} ",
            "- ",
            " -",
            " - ",
        ] {
            if self.text[e..].starts_with(dash) {
                let mut from = e + dash.len();
                // `157- *105 160`: the source's page break inside the range.
                if let Some(after) = star_page_end(b, from) {
                    from = after;
                }
                let d2 = digits_end(b, from);
                if d2 > from {
                    e = d2;
                    break;
                }
            }
        }
        Some(self.note_end(e))
    }

    /// The end of a note written after a pin ending at `e` (`285 n.4`, `1072 nn.3-4`,
    /// `22 & n. 10`), or `e` when none follows.
    fn note_end(&self, e: usize) -> usize {
        let b = self.bytes;
        // (`102 fn. 1`: California's word for a note, written in a Bluebook text too.)
        for note in [
            " n.", " nn.", " n. ", " & n.", " & n. ", " & nn. ", " fn. ", " fns. ",
            // Oregon's `131 n 9`, without the period.
            " n ", " nn ",
        ] {
            if self.text[e..].starts_with(note) {
                let s = e + note.len();
                let d2 = digits_end(b, s);
                if d2 > s {
                    return if self.text[d2..].starts_with('-') {
                        digits_end(b, d2 + 1)
                    } else {
                        d2
                    };
                }
            }
        }
        e
    }

    /// Whether the number at `q` is the volume of a reporter citation.
    /// Whether a blank number at `q` is the volume of a reporter that follows it.
    fn blank_volume_at(&self, q: usize) -> bool {
        let i = self.token_at_or_after(q);
        i < self.toks.len()
            && self.toks[i].start == q
            && self.tok(i).bytes().all(|b| b == b'_')
            && self.reporter_at(i).is_some()
    }

    pub(super) fn reporter_after_number(&self, q: usize) -> bool {
        let i = self.token_at_or_after(q);
        i < self.toks.len()
            && self.toks[i].start == q
            && (is_digits(self.tok(i)) || self.stray_period_volume(i))
            && self.reporter_at(i).is_some()
    }

    /// Whether the number at `pin` is followed by two or more words of a reporter's name
    /// (`1 P.R. Sup. Ct.`): the volume of a parallel citation, not a pin.
    fn volume_of_unknown_reporter(&self, pin: Span) -> bool {
        let mut words = self.text[pin.end..].split(' ');
        if words.next() != Some("") {
            return false;
        }
        words
            .take(2)
            .filter(|w| super::cases::abbreviation_like(w))
            .count()
            == 2
    }

    /// Whether token `i` is the volume of a parallel citation with a stray period after
    /// it, before a reporter plead knows: `199 Colo. 520, 612. P.2d 1110 (1980)`. Only
    /// after a page or pin and its comma, where a sentence does not end.
    pub(super) fn stray_period_volume(&self, i: usize) -> bool {
        let Some(number) = self.tok(i).strip_suffix('.') else {
            return false;
        };
        let start = self.toks[i].start;
        let after_page = self.text[..start]
            .strip_suffix(", ")
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
        (1..=4).contains(&number.len())
            && is_digits(number)
            && after_page
            && self
                .reporter_at(i)
                .is_some_and(|(_, standard, _)| standard.is_some())
    }
}

/// The end of a star page and the space after it at `at` (`*105 `: a page break of the
/// source printed inside a citation), if one is there and a number follows.
pub(super) fn star_page_end(b: &[u8], at: usize) -> Option<usize> {
    if b.get(at) != Some(&b'*') {
        return None;
    }
    let d = digits_end(b, at + 1);
    (d > at + 1 && b.get(d) == Some(&b' ') && b.get(d + 1).is_some_and(u8::is_ascii_digit))
        .then_some(d + 1)
}

/// The end of a braced page marker at `at` (`{**40 NY3d at 137}`, `{*3}`: the New York Law
/// Reporting Bureau's prints mark the official reporter's page breaks so, even inside a
/// citation, as in `23 NY3d 408, 413{**40 NY3d at 137}[2014]`), if one is there.
pub(super) fn braced_page_marker_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix("{*")?;
    let close = rest.find('}').filter(|&c| c <= 40)?;
    let inner = rest[..close].trim_start_matches('*');
    let digits_last = inner
        .rsplit(' ')
        .next()
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    digits_last.then_some(at + 2 + close + 1)
}
