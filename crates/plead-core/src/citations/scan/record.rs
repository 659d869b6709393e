//! Cites to the case's own record: `ECF No. 34 at 3`, `Dkt. 12`, `Doc. 37`, and record
//! references (`App. 349`, `Brief for Respondent 19`).

use super::tokens::digits_end;
use super::Scanner;
use crate::analysis::Span;
use crate::citations::model::{CitationKind, Pin};

impl Scanner<'_> {
    /// `ECF No. 34`, `ECF Nos. 34, 35`, `Dkt. 12`, `Dkt. No. 12`, `Doc. 37`, with `at 3`.
    pub(super) fn record_at(&mut self, i: usize) -> Option<usize> {
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

    /// `App. 349`, `1 App. 27`, `Brief for Respondent 19`: a record reference (see
    /// [`crate::citations::record_refs`]), an antecedent for `Id.` but no authority of law.
    pub(super) fn record_ref_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        let r = crate::citations::record_refs::reference_at(self.text, t.start)?;
        let mut c = Self::blank(CitationKind::Record, Span::default());
        c.reporter = Some(r.label);
        c.pins = r.pins.into_iter().map(|span| Pin { span }).collect();
        let floor = self.floor_at(t.start);
        c.signal = self.signal_before(t.start, floor);
        c.span = Span::new(t.start, r.end);
        self.push(c, r.end);
        Some(r.end)
    }
}
