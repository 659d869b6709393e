//! Short forms that name no reporter: `Id.`, `Ibid.`, `Name, supra, at 5`.

use super::tokens::{digits_end, Tok};
use super::Scanner;
use crate::analysis::Span;
use crate::citations::case_names::name_before;
use crate::citations::model::{CitationKind, Pin};

impl Scanner<'_> {
    pub(super) fn id_at(&mut self, i: usize) -> Option<usize> {
        let whole = self.tok(i);
        // `[Id. at 5]`, `(Id. at 5.)`, `[9]Id.`: a bracket or a footnote mark before it (the
        // tokenizer takes a bracket before a letter or digit off, leaving `9]Id.`).
        let mark_end = |from: usize| {
            whole
                .find(']')
                .filter(|&k| {
                    k > from
                        && whole[from..k].bytes().all(|b| b.is_ascii_digit())
                        && k + 1 < whole.len()
                })
                .map(|k| k + 1)
        };
        let lead = match whole.as_bytes()[0] {
            b'(' => 1,
            b'[' => mark_end(1).unwrap_or(1),
            b'0'..=b'9' => mark_end(0)?,
            _ => 0,
        };
        let tok = &whole[lead..];
        let t = Tok {
            start: self.toks[i].start + lead,
            end: self.toks[i].end,
        };
        // `Id.`, `id.,`, and in parentheses `(id.)` and `(Ibid.)`.
        let core = tok.trim_end_matches([',', ';', ')', ']', '.', ':']);
        let with_period = tok[core.len()..].starts_with('.');
        let word = &tok[..core.len() + usize::from(with_period)];
        let next = (i + 1 < self.toks.len()).then(|| self.tok(i + 1));
        let proper = with_period && matches!(core, "Id" | "id" | "Ibid" | "ibid");
        let missing_period = matches!(word, "Id" | "id") && next == Some("at");
        // OCR's `!d.` and `ld.` (checks report the misreading).
        let misread = (with_period && matches!(core, "!d" | "ld"))
            || (matches!(word, "!d" | "ld") && next == Some("at"));
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
                    if let Some(span) = self.pin_span_at(q + 3) {
                        c.pins.push(Pin { span });
                        end = self.pins_after(span.end, &mut c.pins);
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

    pub(super) fn supra_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        // California's `Baral, supra, 1 Cal.5th at p. 384` is a short case citation: the
        // case parser reads it, name and all.
        if self.tok(i) == "supra,"
            && self
                .toks
                .get(i + 1)
                .is_some_and(|n| self.reporter_after_number(n.start))
        {
            return None;
        }
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
            if let Some(span) = self.pin_span_at(end + skip) {
                c.pins.push(Pin { span });
                end = span.end;
            }
        } else if let Some(r) = rest.strip_prefix(", note ") {
            let s = self.text.len() - r.len();
            end = digits_end(self.bytes, s).max(end);
        }
        // `(Robinson, supra, at pp. 875–878 (Feinberg, J., dissenting), …)`: its
        // parentheticals, as another short form's.
        let p = self.parentheticals_after(end, &mut c);
        c.signal = self.signal_before(name.start, floor);
        c.span = Span::new(name.start, p);
        self.push(c, end);
        Some(end)
    }

    /// California's short form by the case's name alone, its `supra` and volume left
    /// out (Cal. Style Manual § 1.2): `(Caden C., at pp. 629–641.)`, `(L.A.-O., at p.
    /// *1.)`. Read as a `supra` form (resolved by name) only where it is a citation of
    /// its own: it opens a parenthesis or bracket or follows `;` or a signal, and its pin
    /// ends it; a record document cited so (`(Compl., at 5)`) is not a case's name.
    pub(super) fn name_only_short_form_at(&mut self, i: usize) -> Option<usize> {
        let t = self.toks[i];
        let floor = self.floor_at(t.start);
        let name_end = self
            .text
            .get(floor..t.start)?
            .strip_suffix(", ")
            .map(|b| floor + b.len())?;
        let first = self.pin_span_at(t.end + 1)?;
        let mut c = Self::blank(CitationKind::Supra, Span::default());
        c.pins.push(Pin { span: first });
        let pins_end = self.pins_after(first.end, &mut c.pins);
        // `(Caetano, at p. 420 (conc. opn. of Alito, J.))`: its parentheticals, then the end.
        let end = self.parentheticals_after(pins_end, &mut c);
        let after = &self.text[end..];
        if !(after.is_empty() || after.starts_with([')', ']', ';']) || after.starts_with(".)")) {
            return None;
        }
        let name = name_before(self.text, name_end, floor, self.emphasis)?;
        if !is_short_case_name(&self.text[name.start..name.end]) {
            return None;
        }
        c.signal = self.signal_before(name.start, floor);
        let lead = c.signal.map_or(name.start, |s| s.span.start);
        if !self.text[..lead].trim_end().ends_with(['(', '[', ';']) {
            return None;
        }
        c.case_name = Some(name);
        c.span = Span::new(name.start, end);
        self.push(c, pins_end);
        Some(pins_end)
    }
}

/// Whether a name before `, at` can be a case's short name: not an abbreviation of a
/// document (`Compl.`, `Tr.`, `Opp'n`, `Hr'g`, `Ex. A`, `Doc. 12`), and a few words at
/// most. Initials are a name (`Caden C.`, `L.A.-O.`).
fn is_short_case_name(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let Some(last) = words.last() else {
        return false;
    };
    // `(Doc. 12, at 3)`: a docket entry.
    if words.len() > 5
        || !name.starts_with(|ch: char| ch.is_uppercase())
        || name.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    // `Mot.`, `Decl.`: one period, ending a word of several letters.
    let abbreviated = |w: &str| {
        w.ends_with('.')
            && !matches!(w, "Co." | "Inc." | "Corp." | "Ltd." | "Bros.")
            && w.matches('.').count() == 1
            && w.trim_end_matches('.').chars().count() > 1
    };
    // `(Ex. A, at 3)`, `(Pl. Mot., at 4)`: a document named by an abbreviation and a
    // letter or word.
    let abbreviation = abbreviated(last) || (words.len() <= 2 && abbreviated(words[0]));
    // `Opp'n`, `Hr'g`: letters elided before a final letter or two.
    let elided = last
        .split_once(['\'', '\u{2019}'])
        .is_some_and(|(head, tail)| {
            head.chars().count() > 1 && (1..=2).contains(&tail.chars().count())
        });
    !abbreviation && !elided
}
