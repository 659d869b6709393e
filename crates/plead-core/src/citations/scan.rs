//! Finding citations in a paragraph's logical text.
//!
//! One pass over space-separated tokens; each token that can start a citation
//! (a number before a reporter or code, `§`, `Id.`, `supra`, a rule name, `ECF`)
//! anchors a small parser that reads forward (pins, parentheticals, history)
//! and back (case name, signal). No regex runs over the whole text.

use rustc_hash::FxHashMap;

use super::case_names::{is_full_name, name_before, versus_in};
use super::model::{
    Citation, CitationKind, History, Parenthetical, ParentheticalKind, Pin, Signal, SignalKind,
};
use super::reporters::table;
use super::statutes::{self, code_at};
use crate::analysis::Span;

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
}

/// Signals, longest first; a trailing comma after a signal other than `e.g.` is an error the checks report.
const SIGNALS: &[(&str, SignalKind)] = &[
    ("See generally,", SignalKind::SeeGenerally),
    ("see generally,", SignalKind::SeeGenerally),
    ("See generally", SignalKind::SeeGenerally),
    ("see generally", SignalKind::SeeGenerally),
    ("See, e.g.,", SignalKind::SeeEg),
    ("see, e.g.,", SignalKind::SeeEg),
    ("See also,", SignalKind::SeeAlso),
    ("see also,", SignalKind::SeeAlso),
    ("See also", SignalKind::SeeAlso),
    ("see also", SignalKind::SeeAlso),
    ("But see,", SignalKind::ButSee),
    ("but see,", SignalKind::ButSee),
    ("But see", SignalKind::ButSee),
    ("but see", SignalKind::ButSee),
    ("But cf.,", SignalKind::ButCf),
    ("But cf.", SignalKind::ButCf),
    ("but cf.", SignalKind::ButCf),
    ("Compare", SignalKind::Compare),
    ("compare", SignalKind::Compare),
    ("Accord,", SignalKind::Accord),
    ("Accord", SignalKind::Accord),
    ("accord", SignalKind::Accord),
    ("Contra", SignalKind::Contra),
    ("contra", SignalKind::Contra),
    ("E.g.,", SignalKind::Eg),
    ("e.g.,", SignalKind::Eg),
    ("Cf.,", SignalKind::Cf),
    ("Cf.", SignalKind::Cf),
    ("cf.", SignalKind::Cf),
    ("See,", SignalKind::See),
    ("see,", SignalKind::See),
    ("See", SignalKind::See),
    ("see", SignalKind::See),
    ("with", SignalKind::With),
];

/// What joins a quoted or cited authority to the citation that quotes it, without parentheses.
const QUOTING_WORDS: &[&str] = &[
    ", quoting",
    ", citing",
    ", quoted in",
    ", cited in",
    ", quoting from",
];

/// Subsequent-history phrases (Bluebook R10.7, IB R14), longest first.
pub(crate) const HISTORY: &[&str] = &[
    "aff'd in part and rev'd in part",
    "aff'd in part, rev'd in part",
    "abrogated on other grounds by",
    "overruled on other grounds by",
    "rev'd on other grounds",
    "aff'd on other grounds",
    "superseded by statute",
    "vacated and remanded",
    "reh'g en banc denied",
    "aff'd sub nom.",
    "rev'd sub nom.",
    "cert. dismissed",
    "cert. granted",
    "cert. denied",
    "reh'g denied",
    "abrogated by",
    "overruled by",
    "superseded by",
    "amended by",
    "modified",
    "withdrawn",
    "vacated",
    "aff'd",
    "rev'd",
    "aff'g",
    "rev'g",
];

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

/// Whether `text` starts with `phrase`, treating `'` and `’` alike. Returns the matched length.
pub(crate) fn starts_with_phrase(text: &str, phrase: &str) -> Option<usize> {
    let mut len = 0;
    let mut chars = text.chars();
    for p in phrase.chars() {
        let c = chars.next()?;
        let same = c == p || (p == '\'' && c == '\u{2019}');
        if !same {
            return None;
        }
        len += c.len_utf8();
    }
    Some(len)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A volume named by year and issue (`2010-2 I.R.B. 258`, `1983-2 C.B. 41`).
pub(crate) fn is_year_issue(s: &str) -> bool {
    s.split_once('-').is_some_and(|(year, issue)| {
        year.len() == 4 && is_digits(year) && (1..=2).contains(&issue.len()) && is_digits(issue)
    })
}

fn digits_end(bytes: &[u8], mut p: usize) -> usize {
    while bytes.get(p).is_some_and(|b| b.is_ascii_digit()) {
        p += 1;
    }
    p
}

/// A court/year parenthetical's parts, relative to the paragraph.
struct CourtYear {
    court: Option<Span>,
    year: u16,
    year_span: Span,
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    emphasis: &'a [Span],
    toks: Vec<Tok>,
    out: Vec<Citation>,
    /// End of the last top-level citation (names do not reach back past it).
    floor: usize,
    clause: u32,
    /// The last top-level citation, and the end of its page/pins (for parallel cites).
    last_top: Option<usize>,
    last_cite_body_end: usize,
    /// The end of the page/pins of the last citation, nested or not.
    last_body_end: usize,
    /// Set when a history phrase ends the previous citation.
    pending_history: Option<usize>,
    /// Parentheticals (not court/year) that later citations may lie in: (citation, span).
    open: Vec<(usize, Span)>,
}

/// Every citation in `text`, in order. `emphasis` marks italic/underlined spans (case names).
pub fn extract(text: &str, emphasis: &[Span]) -> Vec<Citation> {
    if !worth_scanning(text) {
        return Vec::new();
    }
    let mut toks = Vec::with_capacity(text.len() / 6);
    let mut start = None;
    for (i, b) in text.bytes().enumerate() {
        if b == b' ' {
            if let Some(s) = start.take() {
                push_token(text, &mut toks, s, i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push_token(text, &mut toks, s, text.len());
    }
    let mut s = Scanner {
        text,
        bytes: text.as_bytes(),
        emphasis,
        toks,
        out: Vec::new(),
        floor: 0,
        clause: 0,
        last_top: None,
        last_cite_body_end: 0,
        last_body_end: 0,
        pending_history: None,
        open: Vec::new(),
    };
    s.run();
    let mut out = s.out;
    // One pass: the first top-level citation of each clause, and the last top-level
    // citation before each one, so that finding them is not a search per citation.
    let mut first_of_clause: FxHashMap<u32, usize> = FxHashMap::default();
    let mut previous_top = None;
    for i in 0..out.len() {
        let first = first_of_clause.get(&out[i].clause).copied();
        out[i].proposition = proposition(text, &out, i, first, previous_top);
        if out[i].nested_in.is_none() {
            first_of_clause.entry(out[i].clause).or_insert(i);
            previous_top = Some(i);
        }
    }
    out
}

/// Adds a token, splitting a number glued to the word before it by a lost
/// space (`Schultz,487 U.S. 474`, `entrance.512 U. S. 753`, `320 Conn.706, 135 A.3d 677`).
fn push_token(text: &str, toks: &mut Vec<Tok>, start: usize, end: usize) {
    let b = text.as_bytes();
    // The number may carry the punctuation that follows it (`Conn.706,`).
    let digits_end = match b[end - 1] {
        b',' | b';' | b'.' if end - start > 3 => end - 1,
        _ => end,
    };
    // The glued number is the token's last run of digits, after `,` or `.` that
    // follows a letter or period.
    let mut k = digits_end;
    while k > start && b[k - 1].is_ascii_digit() {
        k -= 1;
    }
    if k < digits_end
        && k >= start + 2
        && matches!(b[k - 1], b',' | b'.')
        && (b[k - 2].is_ascii_alphabetic() || b[k - 2] == b'.')
    {
        toks.push(Tok { start, end: k });
        toks.push(Tok { start: k, end });
        return;
    }
    toks.push(Tok { start, end });
}

/// Cheap prefilter: every citation form has a digit, `Id`/`id.`, or `supra`.
fn worth_scanning(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || text.contains("Id")
        || text.contains("id.")
        || text.contains("supra")
}

impl<'a> Scanner<'a> {
    fn tok(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    fn token_at_or_after(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    fn run(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            let tok = self.tok(i);
            let first = tok.as_bytes()[0];
            let resume = match first {
                b'0'..=b'9' => self
                    .case_at(i)
                    .or_else(|| self.titled_statute_at(i))
                    .or_else(|| self.record_ref_at(i)),
                b'\xc2' if tok.starts_with('§') => self.statute_at(self.toks[i].start, None, None),
                // `!d.`, `ld.`: Id. as OCR reads it; `[Id.`, `[9]Id.`: after a bracket or a footnote mark.
                b'I' | b'i' | b'!' | b'l' | b'[' | b'(' => {
                    self.id_at(i).or_else(|| self.code_citation_at(i))
                }
                b's' if tok.starts_with("supra") => self.supra_at(i),
                b'E' | b'D' => self
                    .record_at(i)
                    .or_else(|| self.code_citation_at(i))
                    .or_else(|| self.record_ref_at(i)),
                b'A'..=b'Z' => self.code_citation_at(i).or_else(|| self.record_ref_at(i)),
                _ => None,
            };
            match resume {
                Some(pos) => i = self.token_at_or_after(pos).max(i + 1),
                None => i += 1,
            }
        }
    }

    // ---- shared pieces -------------------------------------------------------------

    /// The parenthetical of an earlier citation that contains `pos`, if any (the
    /// innermost: the latest citation's). Positions are asked in text order, so a
    /// parenthetical that ends before `pos` is done with for good; what stays open is
    /// a stack, innermost and earliest on top, and each query costs O(1) amortized
    /// (a paragraph of n citations: O(n), not O(n²)).
    fn container_of(&mut self, pos: usize) -> Option<(usize, Span)> {
        while self.open.last().is_some_and(|&(_, span)| span.end <= pos) {
            self.open.pop();
        }
        let found = self
            .open
            .iter()
            .rev()
            .find(|(_, span)| span.start < pos && pos < span.end)
            .copied();
        #[cfg(test)]
        assert_eq!(found, self.container_of_by_search(pos), "at {pos}");
        found
    }

    /// [`Self::container_of`] by searching every earlier citation (quadratic): the
    /// reference the stack is tested against.
    #[cfg(test)]
    fn container_of_by_search(&self, pos: usize) -> Option<(usize, Span)> {
        self.out.iter().enumerate().rev().find_map(|(k, c)| {
            c.parentheticals
                .iter()
                .find(|p| {
                    p.span.start < pos && pos < p.span.end && p.kind != ParentheticalKind::CourtYear
                })
                .map(|p| (k, p.span))
        })
    }

    /// The signal written right before `start`.
    fn signal_before(&self, start: usize, floor: usize) -> Option<Signal> {
        let before = self.text.get(floor..start)?.strip_suffix(' ')?;
        for (form, kind) in SIGNALS {
            if let Some(head) = before.strip_suffix(form) {
                let ok = head.is_empty() || head.ends_with([' ', '(', '"', '\u{201c}']);
                if !ok {
                    continue;
                }
                if *kind == SignalKind::With && !head.trim_end().ends_with([',', ')', ';']) {
                    continue;
                }
                let s = floor + head.len();
                return Some(Signal {
                    kind: *kind,
                    span: Span::new(s, s + form.len()),
                });
            }
        }
        None
    }

    /// Registers a citation: nesting, parallel and clause bookkeeping.
    fn push(&mut self, mut c: Citation, body_end: usize) -> usize {
        let lead = c.signal.map_or(c.span.start, |s| s.span.start);
        let in_parenthetical = self.container_of(c.span.start).is_some();
        if let Some((k, _)) = self.container_of(c.span.start) {
            c.nested_in = Some(k);
            c.clause = self.out[k].clause;
            // Parallel cites inside a parenthetical: `(quoting Broadrick v. Oklahoma,
            // 413 U.S. 601, 615, 93 S.Ct. 2908 (1973))`.
            if let Some(p) = self.out.len().checked_sub(1) {
                let prev = &self.out[p];
                let gap = self.text.get(prev.span.end..lead).unwrap_or("").trim();
                if prev.nested_in == Some(k)
                    && prev.span.end == self.last_body_end
                    && gap == ","
                    && c.case_name.is_none()
                    && c.volume.is_some()
                {
                    c.parallel_to = Some(prev.parallel_to.unwrap_or(p));
                }
            }
        } else if let Some(h) = self.pending_history.take() {
            c.history_of = Some(h);
            c.clause = self.out[h].clause;
        } else if let Some(p) = self.last_top.filter(|_| {
            // `Colon, supra, quoting Russin, 420 Mass. 309`: a quoted or cited authority
            // without parentheses (Massachusetts, New York style) is held by the citation
            // before it, as in `(quoting …)`.
            let gap = self.text.get(self.floor..lead).unwrap_or("").trim();
            QUOTING_WORDS.contains(&gap)
        }) {
            c.nested_in = Some(p);
            c.clause = self.out[p].clause;
        } else {
            let gap = self.text.get(self.floor..lead).unwrap_or("").trim();
            let prev = self.last_top;
            if let (Some(p), ",") = (prev, gap) {
                if self.last_cite_body_end == self.floor
                    && c.case_name.is_none()
                    && c.volume.is_some()
                {
                    c.parallel_to = Some(self.out[p].parallel_to.unwrap_or(p));
                }
            }
            let same_clause = prev.is_some() && (gap == ";" || c.parallel_to.is_some());
            if !same_clause && prev.is_some() {
                self.clause += 1;
            }
            c.clause = self.clause;
        }
        let index = self.out.len();
        self.last_body_end = body_end;
        // A citation quoted after a comma (`, quoting Roper, 445 U.S. 326, 100 S.Ct. 1166`)
        // is outside any parenthetical: its parallel cites follow it as a top-level
        // citation's do.
        if !in_parenthetical {
            self.last_top = Some(index);
            self.last_cite_body_end = body_end;
            self.floor = c.span.end;
        }
        c.text = self.text[c.span.start..c.span.end].to_string();
        // Its parentheticals can hold later citations; the earliest goes on top.
        let holders = c.parentheticals.iter().rev();
        self.open.extend(
            holders
                .filter(|p| p.kind != ParentheticalKind::CourtYear)
                .map(|p| (index, p.span)),
        );
        self.out.push(c);
        index
    }

    fn blank(kind: CitationKind, span: Span) -> Citation {
        Citation {
            kind,
            span,
            text: String::new(),
            signal: None,
            case_name: None,
            versus: None,
            volume: None,
            reporter: None,
            reporter_standard: None,
            page: None,
            section: None,
            pins: Vec::new(),
            court: None,
            year: None,
            year_span: None,
            parentheticals: Vec::new(),
            history: Vec::new(),
            nested_in: None,
            parallel_to: None,
            history_of: None,
            clause: 0,
            proposition: None,
        }
    }

    /// The floor for a backward name search at `pos`: inside a parenthetical, its start.
    fn floor_at(&mut self, pos: usize) -> usize {
        match self.container_of(pos) {
            Some((_, span)) => span.start + 1,
            None => self.floor.min(pos),
        }
    }

    /// Pins after `p` (`, 1071`, `, 1071, 1073`, `, 135-36`, `, 285 n.4`, `, at *3`).
    fn pins_after(&self, mut p: usize, pins: &mut Vec<Pin>) -> usize {
        loop {
            // `461,472`: a pin glued to the page by a lost space.
            let glued = self.text[p..].starts_with(',')
                && self.bytes.get(p + 1).is_some_and(u8::is_ascii_digit);
            if !self.text[p..].starts_with(", ") && !glued {
                break;
            }
            let mut q = p + if glued { 1 } else { 2 };
            if self.text[q..].starts_with("at ") {
                q += 3;
            }
            // The Supreme Court's note after a pin: `769, n. 24`, `___, nn. 3-4`.
            if let Some(last) = pins.last_mut() {
                let note = ["n. ", "nn. "]
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
            // A slip opinion's blank pin: `580 U. S. ___, ___`.
            let blank = self.bytes[q..].iter().take_while(|&&b| b == b'_').count();
            if blank >= 3 {
                pins.push(Pin {
                    span: Span::new(q, q + blank),
                });
                p = q + blank;
                continue;
            }
            let Some(end) = self.pin_at(q) else { break };
            // `, 129 S. Ct. 1937`: a parallel citation, not a pin.
            if self.reporter_after_number(q) {
                break;
            }
            pins.push(Pin {
                span: Span::new(q, end),
            });
            p = end;
        }
        p
    }

    /// One pin at `q`: `1072`, `*3`, `135-36`, `135–36`, `285 n.4`, `1072 nn.3-4`, `§ 9`, `¶ 12`.
    fn pin_at(&self, q: usize) -> Option<usize> {
        let b = self.bytes;
        // `Id. at` may end the paragraph: nothing follows `q`.
        let rest = self.text.get(q..)?;
        if let Some(r) = rest.strip_prefix("§ ").or_else(|| rest.strip_prefix("¶ ")) {
            let s = self.text.len() - r.len();
            let e = statutes::section_end(self.text, s);
            return (e > s).then_some(e);
        }
        let mut e = q;
        if b.get(e) == Some(&b'*') {
            e += 1;
        }
        let d = digits_end(b, e);
        if d == e {
            return None;
        }
        e = d;
        // Range: hyphen or en dash.
        // Hyphen, en dash, an em dash (`229— 230` as some sources print it), a star page.
        for dash in [
            "-",
            "\u{2013}",
            "-*",
            "\u{2013}*",
            "\u{2014}",
            "\u{2014} ",
            "\u{2013} ",
        ] {
            if self.text[e..].starts_with(dash) {
                let d2 = digits_end(b, e + dash.len());
                if d2 > e + dash.len() {
                    e = d2;
                    break;
                }
            }
        }
        for note in [" n.", " nn.", " n. ", " & n.", " & n. ", " & nn. "] {
            if self.text[e..].starts_with(note) {
                let s = e + note.len();
                let d2 = digits_end(b, s);
                if d2 > s {
                    e = d2;
                    if self.text[e..].starts_with('-') {
                        e = digits_end(b, e + 1);
                    }
                    break;
                }
            }
        }
        Some(e)
    }

    /// Whether the number at `q` is the volume of a reporter citation.
    fn reporter_after_number(&self, q: usize) -> bool {
        let i = self.token_at_or_after(q);
        i < self.toks.len()
            && self.toks[i].start == q
            && is_digits(self.tok(i))
            && self.reporter_at(i).is_some()
    }

    /// Parentheticals starting at `p` (after optional space).
    fn parentheticals_after(&self, mut p: usize, c: &mut Citation) -> usize {
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
    fn matching_paren(&self, open: usize) -> (usize, bool) {
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

    /// `, aff'd,` after a citation: the history phrase span.
    fn history_after(&self, p: usize) -> Option<Span> {
        let rest = self.text.get(p..)?.strip_prefix(", ")?;
        let s = p + 2;
        HISTORY
            .iter()
            .find_map(|h| starts_with_phrase(rest, h).map(|len| Span::new(s, s + len)))
    }

    // ---- case citations ------------------------------------------------------------

    /// The reporter after volume token `i`: (last reporter token, standard form or None if unknown).
    /// Also returns where the reporter ends: `439 F. 3d, at 1117` (a comma before `at`).
    fn reporter_at(&self, i: usize) -> Option<(usize, Option<&'static str>, Span)> {
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
                return Some((last, Some(m.form), span));
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
            // A page (`3d` is the next word of the reporter, not a page).
            let next = self.tok(last + 1);
            if next.starts_with(|c: char| c.is_ascii_digit()) && page_like(next) {
                return Some(last);
            }
        }
        None
    }

    fn case_at(&mut self, i: usize) -> Option<usize> {
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
        let mut name_end = if before.ends_with(" , ") {
            Some(vol.start - 3)
        } else if before.ends_with(", ") {
            Some(vol.start - 2)
        } else if before.ends_with(',') {
            // A lost space: `Frisby v. Schultz,487 U.S. 474`.
            Some(vol.start - 1)
        } else {
            None
        };
        // `Gall v. United States, ___ U.S. ___, 128 S.Ct. 586`: the name is before the
        // blank cite of the official reporter.
        if let Some(end) = name_end {
            if let Some(blank_start) = blank_cite_before(&self.text[floor..end]) {
                let head = self.text[floor..floor + blank_start].trim_end();
                if let Some(name) = head.strip_suffix(',') {
                    name_end = Some(floor + name.len());
                }
            }
        }
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

    // ---- short forms -----------------------------------------------------------------

    fn id_at(&mut self, i: usize) -> Option<usize> {
        let whole = self.tok(i);
        // `[Id. at 5]`, `(Id. at 5.)`, `[9]Id.`: a bracket or a footnote mark before it.
        let lead = match whole.as_bytes()[0] {
            b'(' => 1,
            b'[' => whole
                .find(']')
                .filter(|&k| whole[1..k].bytes().all(|b| b.is_ascii_digit()) && k + 1 < whole.len())
                .map_or(1, |k| k + 1),
            _ => 0,
        };
        let tok = &whole[lead..];
        let t = Tok {
            start: self.toks[i].start + lead,
            end: self.toks[i].end,
        };
        let word = tok.trim_end_matches([',', ';', ')', ']']);
        let next = (i + 1 < self.toks.len()).then(|| self.tok(i + 1));
        let proper = matches!(word, "Id." | "id." | "Ibid." | "ibid.");
        let missing_period = matches!(word, "Id" | "id") && next == Some("at");
        // OCR's `!d.` and `ld.` (checks report the misreading).
        let misread =
            matches!(word, "!d." | "ld.") || (matches!(word, "!d" | "ld") && next == Some("at"));
        if !proper && !missing_period && !misread {
            return None;
        }
        let mut c = Self::blank(CitationKind::Id, Span::default());
        let mut end = t.start + word.len();
        if let Some(n) = next {
            let q = self.toks[i + 1].start;
            // `Id. at 5`, and the Supreme Court's `id., at 5`.
            if tok.len() == word.len() || (tok == format!("{word},") && n == "at") {
                if n == "at" {
                    if let Some(e) = self.pin_at(q + 3) {
                        c.pins.push(Pin {
                            span: Span::new(q + 3, e),
                        });
                        end = self.pins_after(e, &mut c.pins);
                    }
                } else if n.starts_with('§') || n.starts_with('¶') {
                    if let Some(e) = self.pin_at(q) {
                        c.pins.push(Pin {
                            span: Span::new(q, e),
                        });
                        end = e;
                    }
                }
            }
        }
        let mut p = end;
        p = self.parentheticals_after(p, &mut c);
        let floor = self.floor_at(t.start);
        c.signal = self.signal_before(t.start, floor);
        c.span = Span::new(t.start, p);
        self.push(c, end);
        Some(end)
    }

    fn supra_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        let floor = self.floor_at(t.start);
        let before = &self.text[floor..t.start];
        let name_end = before.strip_suffix(", ").map(|b| floor + b.len())?;
        let name = name_before(self.text, name_end, floor, self.emphasis)?;
        let mut c = Self::blank(CitationKind::Supra, Span::default());
        c.case_name = Some(name);
        let mut end = t.start + "supra".len();
        let rest = &self.text[end..];
        let at = [", at ", " at "]
            .iter()
            .find(|s| rest.starts_with(**s))
            .map(|s| s.len());
        if let Some(skip) = at {
            if let Some(e) = self.pin_at(end + skip) {
                c.pins.push(Pin {
                    span: Span::new(end + skip, e),
                });
                end = e;
            }
        } else if let Some(r) = rest.strip_prefix(", note ") {
            let s = self.text.len() - r.len();
            end = digits_end(self.bytes, s).max(end);
        }
        c.signal = self.signal_before(name.start, floor);
        c.span = Span::new(name.start, end);
        self.push(c, end);
        Some(end)
    }

    /// `App. 349`, `1 App. 27`, `Brief for Respondent 19`: a record reference (see
    /// [`super::record_refs`]), an antecedent for `Id.` but no authority of law.
    fn record_ref_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        let r = super::record_refs::reference_at(self.text, t.start)?;
        let mut c = Self::blank(CitationKind::Record, Span::default());
        c.reporter = Some(r.label);
        c.pins = r.pins.into_iter().map(|span| Pin { span }).collect();
        let floor = self.floor_at(t.start);
        c.signal = self.signal_before(t.start, floor);
        c.span = Span::new(t.start, r.end);
        self.push(c, r.end);
        Some(r.end)
    }

    /// `ECF No. 34`, `ECF Nos. 34, 35`, `Dkt. 12`, `Dkt. No. 12`, `Doc. 37`, with `at 3`.
    fn record_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        let rest = &self.text[t.start..];
        let head = [
            "ECF No. ",
            "ECF Nos. ",
            "ECF ",
            "Dkt. No. ",
            "Dkt. Nos. ",
            "Dkt. ",
            "Doc. No. ",
            "Doc. ",
        ]
        .iter()
        .find(|h| rest.starts_with(**h))?;
        let num = t.start + head.len();
        let mut end = digits_end(self.bytes, num);
        if end == num {
            return None;
        }
        let mut c = Self::blank(CitationKind::Record, Span::default());
        c.volume = Some(Span::new(num, end));
        c.reporter = Some(Span::new(t.start, num - 1));
        if let Some(r) = self.text[end..].strip_prefix(" at ") {
            let q = self.text.len() - r.len();
            if let Some(e) = self.pin_at(q) {
                c.pins.push(Pin {
                    span: Span::new(q, e),
                });
                end = e;
            }
        }
        let floor = self.floor_at(t.start);
        c.signal = self.signal_before(t.start, floor);
        c.span = Span::new(t.start, end);
        self.push(c, end);
        Some(end)
    }

    // ---- statutes, regulations, rules ------------------------------------------------

    /// `42 U.S.C. § 1983`, `28 C.F.R. § 35.130`: a title number before a code.
    fn titled_statute_at(&mut self, i: usize) -> Option<usize> {
        let title = self.toks[i];
        if !is_digits(self.tok(i)) || i + 1 >= self.toks.len() {
            return None;
        }
        let code_start = self.toks[i + 1].start;
        let form = code_at(self.text, code_start)?;
        if form.kind == CitationKind::Rule {
            return None;
        }
        self.statute_at(
            code_start,
            Some(form),
            Some(Span::new(title.start, title.end)),
        )
    }

    /// A code or rule name at token `i` (`Cal. Civ. Proc. Code § 425.16`, `Fed. R. Civ. P. 12`).
    fn code_citation_at(&mut self, i: usize) -> Option<usize> {
        let start = self.toks[i].start;
        let form = code_at(self.text, start)?;
        // Titled codes without their title (`U.S.C. § 1983`) are still cited.
        self.statute_at(start, Some(form), None)
    }

    fn statute_at(
        &mut self,
        start: usize,
        form: Option<&'static statutes::CodeForm>,
        title: Option<Span>,
    ) -> Option<usize> {
        let parsed = statutes::parse(self.text, start, title, form)?;
        let kind = parsed.kind.unwrap_or(CitationKind::Statute);
        let lead = parsed.span.start;
        let floor = self.floor_at(lead);
        let signal = self.signal_before(lead, floor);
        let end = parsed.span.end;
        for section in parsed.sections {
            let mut c = Self::blank(kind, parsed.span);
            c.volume = parsed.title;
            if let Some((span, f)) = parsed.code {
                c.reporter = Some(span);
                c.reporter_standard = Some(f.standard);
            }
            c.section = Some(section);
            c.signal = signal;
            let mut p = end;
            p = self.parentheticals_after(p, &mut c);
            c.span = Span::new(lead, p);
            self.push(c, end);
        }
        Some(end)
    }
}

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

/// A first page (digits, then only punctuation), `at` of a short form, or a blank `___`.
/// A page may have lost the space before what follows it: `461,472` (a pin),
/// `455(1980)` (the parenthetical).
fn page_like(tok: &str) -> bool {
    let digits = tok.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &tok[digits..];
    let glued = rest.starts_with('(')
        || rest
            .strip_prefix(',')
            .is_some_and(|pin| pin.starts_with(|c: char| c.is_ascii_digit()));
    let page = digits > 0 && (glued || !rest.bytes().any(|b| b.is_ascii_alphanumeric()));
    tok == "at" || page || tok.starts_with("___")
}

/// A token that can be part of an unknown reporter abbreviation (`F.`, `Sup.`, `2d`).
fn abbreviation_like(tok: &str) -> bool {
    let ordinal = matches!(tok, "2d" | "3d" | "4th" | "5th" | "2nd" | "3rd");
    let first_upper = tok.starts_with(|c: char| c.is_ascii_uppercase());
    ordinal || (first_upper && tok.len() <= 8 && tok.ends_with('.') && !tok.ends_with(".."))
}

fn classify(content: &str) -> ParentheticalKind {
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
fn court_year(content: &str, offset: usize) -> Option<CourtYear> {
    let c = without_writ_history(content.trim_end());
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
                // `[14th Dist.]`: Texas names the court of appeals' district in brackets.
                let w = w.strip_prefix('[').unwrap_or(w);
                w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
                    || matches!(w, "&" | "of" | "banc" | "en")
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

/// A court/year parenthetical without the petition or writ history some states put
/// after the year (`Tex. App.—Houston [14th Dist.] 2000, pet. denied`, `… 2001, no pet.`,
/// `… 1997, writ ref'd n.r.e.`).
fn without_writ_history(c: &str) -> &str {
    let Some(comma) = c.rfind(", ") else { return c };
    let tail = &c[comma + 2..];
    let history_word = |w: &str| {
        w.ends_with('.')
            || w.contains('\'')
            || w.contains('\u{2019}')
            || matches!(
                w,
                "no" | "writ" | "pet" | "denied" | "granted" | "refused" | "dismissed" | "review"
            )
    };
    let words: Vec<&str> = tail.split(' ').collect();
    let is_history = (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|ch: char| ch.is_ascii_lowercase()))
        && words.iter().all(|w| history_word(w))
        && words
            .iter()
            .any(|w| matches!(w.trim_end_matches('.'), "pet" | "writ" | "review"));
    let head = c[..comma].trim_end();
    let year_before = head.len() >= 4
        && head.as_bytes()[head.len() - 4..]
            .iter()
            .all(u8::is_ascii_digit);
    if is_history && year_before {
        head
    } else {
        c
    }
}

/// The sentence before citation `i` in its paragraph (what it is cited for).
/// `first_of_clause`: the first top-level citation of its clause before it;
/// `previous_top`: the last top-level citation before it.
fn proposition(
    text: &str,
    cites: &[Citation],
    i: usize,
    first_of_clause: Option<usize>,
    previous_top: Option<usize>,
) -> Option<Span> {
    let c = &cites[i];
    if c.nested_in.is_some() {
        return cites[c.nested_in?].proposition;
    }
    if let Some(h) = c.history_of {
        return cites[h].proposition;
    }
    if let Some(p) = c.parallel_to {
        return cites[p].proposition;
    }
    // Citations of one clause share the proposition of the first.
    if let Some(first) = first_of_clause {
        return cites[first].proposition;
    }
    let lead = c.signal.map_or(c.span.start, |s| s.span.start);
    let floor = previous_top.map_or(0, |o| cites[o].span.end.min(lead));
    let head = text.get(floor..lead)?;
    let trimmed = head.trim_end();
    if trimmed.is_empty() {
        return None;
    }
    // A citation sentence cites for the sentence before it; a citation inside a
    // textual sentence, for the words before it in that sentence.
    let end = floor + trimmed.len();
    let body = &text[floor..end];
    let search = body
        .strip_suffix(['.', '?', '!', '"', '\u{201d}', ';', ','])
        .unwrap_or(body);
    let start = sentence_start(search).map_or(floor, |k| floor + k);
    let span = Span::new(start, end);
    let s = text[span.start..span.end].trim_start_matches(['.', ' ', ';', ')']);
    (s.len() > 1).then(|| Span::new(end - s.len(), end))
}

/// Offset of the start of the last sentence in `s`.
fn sentence_start(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut k = s.len();
    while k > 1 {
        k -= 1;
        if b[k] == b' ' && matches!(b[k - 1], b'.' | b'?' | b'!' | b'"' | b')') {
            let word_start = s[..k - 1].rfind(' ').map_or(0, |w| w + 1);
            let word = &s[word_start..k];
            let ends_sentence = match b[k - 1] {
                b'.' => !super::case_names::is_abbreviation(word) && word.len() > 2,
                b'"' | b')' => word.contains(['.', '?', '!']),
                _ => true,
            };
            if ends_sentence
                && b.get(k + 1)
                    .is_some_and(|c| c.is_ascii_uppercase() || *c == b'"')
            {
                return Some(k + 1);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cites(text: &str) -> Vec<Citation> {
        extract(text, &[])
    }

    #[test]
    fn full_case_with_pin_court_and_year() {
        let cs = cites("Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006).");
        assert_eq!(cs.len(), 1);
        let c = &cs[0];
        assert_eq!(c.kind, CitationKind::FullCase);
        assert_eq!(c.case_name_text(), Some("Leon v. IDX Sys. Corp."));
        assert_eq!(c.volume_text(), Some("464"));
        assert_eq!(c.reporter_text(), Some("F.3d"));
        assert_eq!(c.page_text(), Some("951"));
        assert_eq!(c.pin_text().as_deref(), Some("959"));
        assert_eq!(c.court_text(), Some("9th Cir."));
        assert_eq!(c.year, Some(2006));
        assert_eq!(
            c.text,
            "Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006)"
        );
    }

    #[test]
    fn quoting_parenthetical_holds_a_nested_citation() {
        let t = "\"of cases.\"\" American LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063, 1071 (C.D. Cal. 2009) (quoting Pueblo of Laguna v. United States, 60 Fed. Cl. 133, 135-36 (2004)). Plaintiff's motion";
        let cs = cites(t);
        assert_eq!(cs.len(), 2);
        assert_eq!(
            cs[0].case_name_text(),
            Some("American LegalNet, Inc. v. Davis")
        );
        assert_eq!(cs[0].reporter_standard, Some("F. Supp. 2d"));
        assert_eq!(cs[0].parentheticals.len(), 2);
        assert_eq!(cs[0].parentheticals[1].kind, ParentheticalKind::Quoting);
        assert_eq!(
            cs[1].case_name_text(),
            Some("Pueblo of Laguna v. United States")
        );
        assert_eq!(cs[1].nested_in, Some(0));
        assert_eq!(cs[1].pin_text().as_deref(), Some("135-36"));
        assert_eq!(cs[1].court_text(), None);
        assert_eq!(cs[1].year, Some(2004));
    }

    #[test]
    fn parallel_citations_and_string_cites() {
        let cs = cites("See Roe v. Wade, 410 U.S. 113, 153, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973); Doe v. Bolton, 410 U.S. 179 (1973).");
        assert_eq!(cs.len(), 4);
        assert_eq!(cs[1].parallel_to, Some(0));
        assert_eq!(cs[2].parallel_to, Some(0));
        assert_eq!(
            cs[0].year, None,
            "the year belongs to the last parallel cite's own text"
        );
        assert_eq!(cs[2].year, Some(1973));
        assert_eq!(cs[3].case_name_text(), Some("Doe v. Bolton"));
        assert_eq!(cs[3].clause, cs[0].clause);
        assert_eq!(cs[0].signal.map(|s| s.kind), Some(SignalKind::See));
    }

    #[test]
    fn short_forms_id_and_supra() {
        let t = "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009). Not enough. Iqbal, 556 U.S. at 678. Id. at 679. See id. Am. LegalNet, supra, at 1072. 673 F. Supp. 2d at 1072 n.3.";
        let cs = cites(t);
        let kinds: Vec<_> = cs.iter().map(|c| c.kind).collect();
        use CitationKind::*;
        assert_eq!(kinds, [FullCase, ShortCase, Id, Id, Supra, ShortCase]);
        assert_eq!(cs[1].case_name_text(), Some("Iqbal"));
        assert_eq!(cs[2].pin_text().as_deref(), Some("679"));
        assert_eq!(cs[3].signal.map(|s| s.kind), Some(SignalKind::See));
        assert_eq!(cs[4].case_name_text(), Some("Am. LegalNet"));
        assert_eq!(cs[5].pin_text().as_deref(), Some("1072 n.3"));
        assert_eq!(
            cs[1].proposition.map(|p| &t[p.start..p.end]),
            Some("Not enough.")
        );
        // The Supreme Court's own style: `439 F. 3d, at 1117`, `id., at 34a`.
        let sc = cites("Frederick v. Morse, 439 F. 3d 1114 (CA9 2006). It reversed. 439 F. 3d, at 1117–1118. See id., at 1121.");
        assert_eq!(sc.len(), 3);
        assert_eq!(
            (
                sc[1].kind,
                sc[1].reporter_text(),
                sc[1].pin_text().as_deref()
            ),
            (ShortCase, Some("F. 3d"), Some("1117–1118"))
        );
        assert_eq!(
            (sc[2].kind, sc[2].pin_text().as_deref()),
            (Id, Some("1121"))
        );
    }

    #[test]
    fn unreported_and_history() {
        let t = "State v. Smith, No. 2012AP1475-CR, 2013 WL 5811261, at *7 (Wis. Ct. App. Oct. 30, 2013). Toussaint v. McCarthy, 801 F.2d 1080, 1105 (9th Cir. 1986), abrogated on other grounds by Sandin v. Conner, 515 U.S. 472 (1995).";
        let cs = cites(t);
        assert_eq!(cs.len(), 3);
        assert_eq!(cs[0].reporter_text(), Some("WL"));
        assert_eq!(
            cs[0].case_name_text(),
            Some("State v. Smith"),
            "the docket number is skipped"
        );
        assert_eq!(cs[0].pin_text().as_deref(), Some("*7"));
        assert_eq!(cs[0].court_text(), Some("Wis. Ct. App."));
        assert_eq!(cs[0].year, Some(2013));
        assert_eq!(cs[1].history.len(), 1);
        assert_eq!(cs[2].history_of, Some(1));
        assert_eq!(cs[2].case_name_text(), Some("Sandin v. Conner"));
        assert_eq!(cs[2].year, Some(1995));
        assert_eq!(cs[1].year, Some(1986));
    }

    #[test]
    fn statutes_rules_and_record_cites() {
        let t = "Jurisdiction lies under 28 U.S.C. §§ 1331, 1343 and Cal. Civ. Proc. Code § 425.16; see Fed. R. Civ. P. 26(b)(1); ECF No. 34 at 3; 28 C.F.R. § 35.130; Local Rule 230(l).";
        let cs = cites(t);
        let sections: Vec<_> = cs
            .iter()
            .map(|c| (c.kind, c.section_text().unwrap_or("").to_string()))
            .collect();
        use CitationKind::*;
        assert_eq!(
            sections,
            [
                (Statute, "1331".into()),
                (Statute, "1343".into()),
                (Statute, "425.16".into()),
                (Rule, "26(b)(1)".into()),
                (Record, String::new()),
                (Regulation, "35.130".into()),
                (Rule, "230(l)".into()),
            ]
        );
        assert_eq!(cs[2].reporter_text(), Some("Cal. Civ. Proc. Code"));
        assert_eq!(cs[0].volume_text(), Some("28"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_citation_like_noise(s in "[0-9A-Za-z .,;()§*'’–-]{0,120}") {
            let cs = extract(&s, &[]);
            for c in &cs {
                proptest::prop_assert!(c.span.end <= s.len());
            }
        }
        /// Citation fragments in random order and at the very end of the text.
        #[test]
        fn never_panics_on_citation_fragments(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Id.", "Id", "id.,", " at", " at ", "*3", " ", ", ", "556", " U.S.", " F. 3d,", "662", "(", ")", "(9th Cir.", " 2009",
            "Smith v. Jones", ", supra", "§", "§§ ", "1983", "42 U.S.C.", "Fed. R. Civ. P.", "ECF No.", " 34", "n.", "–", "-",
            "See, ", "aff'd", ";", ".", "___", "Schultz,487", "(quoting ", "Oct.", "\u{201d}",
        ]), 0..14)) {
            let s: String = parts.concat();
            let cs = extract(&s, &[]);
            for c in &cs {
                proptest::prop_assert!(c.span.end <= s.len() && c.span.start <= c.span.end);
            }
            let _ = crate::citations::checks::check_paragraph(&s, &Default::default(), &cs);
        }

        #[test]
        fn never_panics_on_any_text(s in "\\PC{0,80}") {
            let _ = extract(&s, &[Span::new(0, s.len())]);
        }
    }

    #[test]
    fn short_forms_cut_off_at_the_end_of_the_text() {
        for t in [
            "Id. at",
            "See id. at",
            "556 U.S. at",
            "Smith, supra, at",
            "ECF No. 34 at",
            "Id at",
            "42 U.S.C. §",
        ] {
            let _ = cites(t);
        }
        assert_eq!(cites("Id. at").len(), 1);
    }

    #[test]
    fn lost_spaces_and_blank_pages() {
        let glued =
            cites("see generally Milkovich v. Lorain Journal Co.,497 U.S. 1, 13-17 (1990).");
        assert_eq!(
            glued[0].case_name_text(),
            Some("Milkovich v. Lorain Journal Co.")
        );
        let star = cites("See Arkansas v. *9 Oklahoma, 503 U.S. 91, 101-02 (1992).");
        assert_eq!(star[0].kind, CitationKind::FullCase);
        let cs = cites("Compare Frisby v. Schultz,487 U.S. 474 (1988), with Jones v. Bock, 549 U. S. ___ (2007).");
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[0].case_name_text(), Some("Frisby v. Schultz"));
        assert_eq!(cs[0].volume_text(), Some("487"));
        assert_eq!(cs[0].signal.map(|s| s.kind), Some(SignalKind::Compare));
        assert_eq!(cs[1].page_text(), Some("___"));
        assert_eq!(cs[1].signal.map(|s| s.kind), Some(SignalKind::With));
    }

    /// Full citations eyecite found in the 1 MB brief that plead once missed (sentences
    /// from the opinions in tests/fixtures/opinions).
    #[test]
    fn page_breaks_closed_up_reporters_and_dated_volumes() {
        // A star page (a page break of the source) between volume and reporter.
        let star = cites("Sierra Club, 405 U.S. at 734, 92 *26 S.Ct. 1361 (finding that an adverse effect on the \"scenery\" was an injury).");
        assert_eq!(star.len(), 2);
        assert_eq!(
            (
                star[1].volume_text(),
                star[1].reporter_standard,
                star[1].page_text()
            ),
            (Some("92"), Some("S. Ct."), Some("1361"))
        );
        assert_eq!(star[1].parallel_to, Some(0));
        // `U.S.App. LEXIS`: the standard `U.S. App. LEXIS` partly closed up.
        let lexis = cites("See Silva v. Witschen, 19 F.3d 725, 727-729 (1st Cir. 1994); Afanador v. United States Postal Service, 976 F.2d 724, 1992 WL 225920, 1992 U.S.App. LEXIS 30071 (1st Cir.1992) (unpublished table decision).");
        assert_eq!(lexis.len(), 4);
        assert_eq!(lexis[3].reporter_text(), Some("U.S.App. LEXIS"));
        assert_eq!(lexis[3].reporter_standard, Some("U.S. App. LEXIS"));
        assert_eq!(lexis[3].page_text(), Some("30071"));
        assert_eq!(
            (lexis[2].parallel_to, lexis[3].parallel_to),
            (Some(1), Some(1))
        );
        assert_eq!(lexis[3].year, Some(1992));
        // A year–issue volume of the Internal Revenue Bulletin.
        let irb = cites("See Rev. Proc. 2010-9, 2010-2 I.R.B. 258; Branch Ministries v. Rossotti, 211 F.3d 137, 141-42 (D.C.Cir.2000).");
        assert_eq!(irb.len(), 2);
        assert_eq!(
            (
                irb[0].volume_text(),
                irb[0].reporter_text(),
                irb[0].page_text()
            ),
            (Some("2010-2"), Some("I.R.B."), Some("258"))
        );
        assert_eq!(
            irb[1].case_name_text(),
            Some("Branch Ministries v. Rossotti")
        );
        assert!(cites("The vote was 2010-2 in favor.").is_empty());
        // A page glued to its reporter by a lost space, before a parallel cite.
        let glued = cites("320 Conn.706, 135 A. 3d 677, reversed and remanded.");
        assert_eq!(glued.len(), 2);
        assert_eq!(glued[0].kind, CitationKind::FullCase);
        assert_eq!(
            (
                glued[0].volume_text(),
                glued[0].reporter_text(),
                glued[0].page_text()
            ),
            (Some("320"), Some("Conn."), Some("706"))
        );
        assert_eq!(glued[1].parallel_to, Some(0));
    }

    /// The stack of open parentheticals answers as a search of every earlier citation
    /// would (`container_of` asserts it in tests) on every paragraph of the fixture
    /// opinions, whole and run together into one long paragraph, and on a string cite.
    #[test]
    fn open_parenthetical_stack_agrees_with_a_full_search() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/opinions");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("fixture opinions")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        let mut nested = 0;
        for path in &files {
            let text = std::fs::read_to_string(path).expect("fixture opinion");
            for paragraph in text.split("\n\n") {
                let joined = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
                nested += cites(&joined)
                    .iter()
                    .filter(|c| c.nested_in.is_some())
                    .count();
            }
            let whole = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = cites(&whole[..whole.floor_char_boundary(64 * 1024)]);
        }
        assert!(nested > 10, "the opinions nest citations in parentheticals");
        let unit = "See Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006) (quoting Anderson v. Liberty Lobby, Inc., 477 U.S. 242, 248 (1986) (citing id. at 5) (alteration)) (per curiam); id. at 960; ";
        let string_cite = unit.repeat(50);
        let cs = cites(&string_cite);
        assert_eq!(cs.len(), 200);
        assert_eq!(cs[2].nested_in, Some(1));
        assert_eq!(cs[1].nested_in, Some(0));
        assert_eq!(cs[3].nested_in, None);
    }

    #[test]
    fn no_citations_in_plain_prose() {
        assert!(cites("On September 18, 2018, Plaintiff filed 3 motions in 2 courts.").is_empty());
        assert!(cites("The Court set the deadline for October 8, 2018 at 10 a.m.").is_empty());
    }
}
