//! Finding citations in a paragraph's logical text.
//!
//! One pass over space-separated tokens ([`tokens`]); each token that can start a
//! citation (a number before a reporter or code, `§`, `Id.`, `supra`, a rule name,
//! `ECF`) anchors a small parser that reads forward and back:
//!
//! - [`cases`]: volume, reporter and page (case citations and their short forms);
//! - [`neutral`]: public-domain and other forms that are not `volume reporter page`
//!   (`2011-Ohio-4215`, `T.C. Memo. 2019-233`, Louisiana docket cites);
//! - [`pins`]: pin cites; [`parentheticals`]: court/year and other parentheticals;
//! - [`history`]: subsequent history; [`signals`]: signals before a citation;
//! - [`short_forms`]: `Id.` and `supra`; [`record`]: `ECF No. 34`;
//! - [`statutes`]: codes, regulations and rules;
//! - [`proposition`]: the sentence a citation supports.
//!
//! This module holds the scanner itself: the token loop and the bookkeeping that
//! links citations (nesting in parentheticals, parallel cites, clauses). No regex
//! runs over the whole text.

mod cases;
mod history;
mod neutral;
mod parentheticals;
mod pins;
mod proposition;
mod record;
mod short_forms;
mod signals;
mod statutes;
#[cfg(test)]
mod tests;
mod tokens;

use rustc_hash::FxHashMap;

pub(crate) use cases::public_domain_respelled;
pub(crate) use history::{starts_with_phrase, HISTORY};
pub(crate) use parentheticals::{month_day_figures, without_docket, writ_history_without_comma};

use crate::analysis::Span;
use crate::citations::model::{Citation, CitationKind, ParentheticalKind};
use tokens::{push_token, worth_scanning, Tok};

/// What joins a quoted or cited authority to the citation that quotes it, without parentheses.
const QUOTING_WORDS: &[&str] = &[
    ", quoting",
    ", citing",
    ", quoted in",
    ", cited in",
    ", quoting from",
];

pub(super) struct Scanner<'a> {
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
    /// The last `(citing …)`/`(quoting …)` parenthetical found after something that is
    /// no citation here (a record cite, a pin the scanner stopped short of).
    other_parenthetical: Option<Span>,
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
        other_parenthetical: None,
    };
    s.split_glued_parallels();
    s.run();
    let mut out = s.out;
    // One pass: the first top-level citation of each clause, and the last top-level
    // citation before each one, so that finding them is not a search per citation.
    let mut first_of_clause: FxHashMap<u32, usize> = FxHashMap::default();
    let mut previous_top = None;
    for i in 0..out.len() {
        let first = first_of_clause.get(&out[i].clause).copied();
        out[i].proposition = proposition::proposition(text, &out, i, first, previous_top);
        if out[i].nested_in.is_none() {
            first_of_clause.entry(out[i].clause).or_insert(i);
            previous_top = Some(i);
        }
    }
    out
}

impl Scanner<'_> {
    /// A page and the next parallel citation's volume written with no space after
    /// their comma (`143 Wn.2d 731,24 P.3d 1006`, `451 U.S. 182,101 S.Ct. 1629`, and
    /// a scan's text layer, `85 Wn.2d 758,539P.2d 680`) are two tokens, as `731, 24`
    /// would be: read as one, the volume was taken for a pin before the page and the
    /// parallel for a citation of its own without a date. Split only where a reporter
    /// and its page follow the second number, so a page with a thousands comma
    /// (`17 FCC Rcd 17,459`, `150 Cong. Rec. 25,044`) stays one number.
    fn split_glued_parallels(&mut self) {
        let mut i = 0;
        while i + 1 < self.toks.len() {
            let Tok { start, end } = self.toks[i];
            let glued = self.text[start..end]
                .split_once(',')
                .filter(|(page, volume)| {
                    tokens::is_digits(page) && tokens::is_digits(volume) && volume.len() <= 4
                });
            if let Some((page, _)) = glued {
                let comma = start + page.len() + 1;
                self.toks[i].end = comma;
                self.toks.insert(i + 1, Tok { start: comma, end });
                if self.reporter_at(i + 1).is_none() {
                    self.toks.remove(i + 1);
                    self.toks[i].end = end;
                }
            }
            i += 1;
        }
    }

    fn run(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            let tok = self.tok(i);
            let first = tok.as_bytes()[0];
            let resume = match first {
                b'0'..=b'9' => self
                    .case_at(i)
                    .or_else(|| self.dashed_neutral_at(i))
                    .or_else(|| self.louisiana_at(i))
                    .or_else(|| self.titled_statute_at(i))
                    .or_else(|| self.record_ref_at(i))
                    // `[9]Id.`: the tokenizer took the bracket off the footnote mark.
                    .or_else(|| self.id_at(i)),
                b'_' | b'-' => self.blank_case_at(i),
                // An em dash: `— Nev. —`.
                b'\xe2' if tok.starts_with('\u{2014}') => self.blank_case_at(i),
                b'\xc2' if tok.starts_with('§') => self.statute_at(self.toks[i].start, None, None),
                b'I' | b'i' => self
                    .id_at(i)
                    .or_else(|| self.reporter_first_at(i))
                    .or_else(|| self.code_citation_at(i)),
                // `!d.`, `ld.`: Id. as OCR reads it; `[Id.`, `[9]Id.`: after a bracket or a footnote mark.
                b'!' | b'l' | b'[' | b'(' => self.id_at(i).or_else(|| self.code_citation_at(i)),
                b's' if tok.starts_with("supra") => self.supra_at(i),
                // California's `(Caden C., at pp. 629–641.)`.
                b'a' if tok == "at" => self.name_only_short_form_at(i),
                b'E' | b'D' => self
                    .record_at(i)
                    .or_else(|| self.reporter_first_at(i))
                    .or_else(|| self.code_citation_at(i))
                    .or_else(|| self.record_ref_at(i)),
                b'A'..=b'Z' => self
                    .reporter_first_at(i)
                    .or_else(|| self.code_citation_at(i))
                    .or_else(|| self.record_ref_at(i)),
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

    /// Whether a citation starting at `lead`, held by no citation of the paragraph, lies
    /// in a `(citing …)` or `(quoting …)` parenthetical: the one it opens (`Pet. App.
    /// 5a (citing Paroline …`) or the one an earlier citation opened (`…; Pasquantino
    /// …)`). The parenthetical runs to its matching `)`.
    fn within_other_parenthetical(&mut self, lead: usize) -> bool {
        if self
            .other_parenthetical
            .is_some_and(|s| s.start < lead && lead < s.end)
        {
            return true;
        }
        let before = self.text[..lead].trim_end();
        let Some(open) = ["(citing", "(quoting", "(cited in", "(quoted in"]
            .iter()
            .find(|w| before.ends_with(**w))
            .map(|w| before.len() - w.len())
        else {
            return false;
        };
        let mut depth = 0usize;
        let close = self.text[open..].char_indices().find_map(|(k, ch)| {
            match ch {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Some(open + k + 1);
                    }
                }
                _ => {}
            }
            None
        });
        let span = Span::new(open, close.unwrap_or(self.text.len()));
        self.other_parenthetical = Some(span);
        true
    }

    /// Registers a citation: nesting, parallel and clause bookkeeping.
    fn push(&mut self, mut c: Citation, body_end: usize) -> usize {
        let lead = c.signal.map_or(c.span.start, |s| s.span.start);
        let in_parenthetical = self.container_of(c.span.start).is_some();
        if let Some((k, _)) = self.container_of(c.span.start) {
            c.nested_in = Some(k);
            c.clause = self.out[k].clause;
            // `(citing FTC v. Amy Travel Serv., Inc., 875 F.2d 564, 571 (7th Cir.), cert.
            // denied, 493 U.S. 954 (1989))`: the history of a citation inside the same
            // parenthetical (which dates it) is that citation's, as outside one.
            if let Some(h) = self
                .pending_history
                .filter(|&h| self.out[h].nested_in == Some(k))
            {
                self.pending_history = None;
                c.history_of = Some(h);
            }
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
            // `556 U.S. 662, 129 S. Ct. 1937`, and California's bracketed parallel
            // `1 Cal.5th 376, 384 [205 Cal.Rptr.3d 475]`.
            if let (Some(p), "," | "[") = (prev, gap) {
                if self.last_cite_body_end == self.floor
                    && c.case_name.is_none()
                    && c.volume.is_some()
                {
                    c.parallel_to = Some(self.out[p].parallel_to.unwrap_or(p));
                }
            }
            // Michigan's parallel after a semicolon, the year after both: `Grewe v Mt
            // Clemens Gen Hosp, 404 Mich 240, 250; 273 NW2d 429 (1978)`. A citation
            // with its own date before the semicolon is another decision; two undated
            // ones (`217 N. Y. 454; 112 N. E. 177`, the Tax Court of 1942) are read
            // each on its own.
            if let (Some(p), ";") = (prev, gap) {
                let before = &self.out[p];
                if self.last_cite_body_end == self.floor
                    && c.case_name.is_none()
                    && c.volume.is_some()
                    && before.kind == CitationKind::FullCase
                    && before.date_parenthetical().is_none()
                    && c.date_parenthetical().is_some()
                    && (before.case_name.is_some() || before.parallel_to.is_some())
                {
                    c.parallel_to = Some(before.parallel_to.unwrap_or(p));
                }
            }
            let same_clause = prev.is_some() && (gap == ";" || c.parallel_to.is_some());
            if !same_clause && prev.is_some() {
                self.clause += 1;
            }
            c.clause = self.clause;
            c.within_other_parenthetical = self.within_other_parenthetical(lead);
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
            within_other_parenthetical: false,
            clause: 0,
            proposition: None,
            neutral: false,
            designation: None,
        }
    }

    /// Whether a citation starting at `pos` follows the last citation's page and pins
    /// with nothing but spaces between (a parallel citation written in brackets).
    fn continues_citation(&self, pos: usize) -> bool {
        self.last_top.is_some()
            && self.last_cite_body_end == self.floor
            && self
                .text
                .get(self.floor..pos)
                .is_some_and(|gap| gap.trim().is_empty())
    }

    /// The floor for a backward name search at `pos`: inside a parenthetical, its start.
    fn floor_at(&mut self, pos: usize) -> usize {
        match self.container_of(pos) {
            Some((_, span)) => span.start + 1,
            None => self.floor.min(pos),
        }
    }
}
