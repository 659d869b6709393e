//! Statutes, regulations and rules: `42 U.S.C. § 1983`, `Cal. Civ. Proc. Code § 425.16`,
//! `Fed. R. Civ. P. 26(b)(1)`, bare `§ 1983` (the code table is `citations::statutes`).

use super::tokens::is_digits;
use super::Scanner;
use crate::analysis::Span;
use crate::citations::model::CitationKind;
use crate::citations::statutes::{self, code_at};

impl Scanner<'_> {
    /// `42 U.S.C. § 1983`, `28 C.F.R. § 35.130`: a title number before a code.
    pub(super) fn titled_statute_at(&mut self, i: usize) -> Option<usize> {
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
    pub(super) fn code_citation_at(&mut self, i: usize) -> Option<usize> {
        let start = self.toks[i].start;
        let form = code_at(self.text, start)?;
        // Titled codes without their title (`U.S.C. § 1983`) are still cited.
        self.statute_at(start, Some(form), None)
    }

    pub(super) fn statute_at(
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
