//! Recognizing record citations in a paragraph's logical text.
//!
//! A regex finds the prefix (`ECF No.`, `Dkt.`, `Doc. #`…) and the first number;
//! a small hand-written scanner reads what follows (lists, ranges, attachments,
//! the pin), because whether `41-43` is a range or an attachment depends on the
//! prefix being plural — something a single regex expresses badly.

use std::sync::LazyLock;

use regex::Regex;

use super::cite::{DocketScope, EntryRef, Pin, RecordCite, RecordForm};
use crate::analysis::Span;

/// The prefix forms, longest first (the regex takes the first alternative that matches).
/// The entry number starts with an ASCII digit (`\d` would take any script's digits).
///
/// A prefix starts at a word boundary. The pattern tests an ASCII one (`(?-u:\b)`), which
/// its fast automaton runs on any text (with a Unicode `\b` it gave up at the first
/// non-ASCII character and every paragraph was searched by backtracking, 300
/// instructions a byte); `extract` then asks that no word character, in Unicode's sense,
/// comes before (see `unicode_boundary`), so the matches are those of a Unicode `\b`.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)(?-u:\b)(?:
            (?P<dktentry>Dkt\.?\ ?Entry(?:\ No\.)?:?|DktEntry:?|Docket\ Entry\ No\.)
          | (?P<claim>(?:Proof\ of\ )?Claims?\ (?:Nos?\.|\#|Number)|POC\ (?:Nos?\.|\#))
          | (?P<ecfno>ECF\ ?Nos?\.?)
          | (?P<dktno>Dkt\.?\ ?Nos?\.)
          | (?P<dochash>Docs?\.\ ?\#)
          | (?P<docno>Docs?\.\ ?Nos?\.)
          | (?P<docket>Docket\ (?:Nos?\.|\#|Entry(?:\ No\.)?))
          | (?P<dkt>Dkt\.?)
          | (?P<doc>Docs?\.)
          | (?P<de>D\.E\.(?:\ ?\#|\ ?Nos?\.)?)
          | (?P<ecf>ECF)
        )\ ?\#?\ ?[0-9]",
    )
    .expect("valid regex")
});

/// A range may not expand to more entries than this (`ECF Nos. 1–900000` is not a cite list).
const MAX_RANGE: u32 = 500;
/// Docket numbers are small; six digits is far beyond any real docket.
const MAX_DIGITS: usize = 6;

/// Every record citation in `text`, in order.
pub fn extract(text: &str) -> Vec<RecordCite> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(caps) = PREFIX.captures_at(text, from) {
        let Some(whole) = caps.get(0) else { break };
        if !unicode_boundary(text, whole.start()) {
            from = whole.start()
                + text[whole.start()..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
            continue;
        }
        let form = [
            ("dktentry", RecordForm::DktEntry),
            ("claim", RecordForm::Claim),
            ("ecfno", RecordForm::EcfNo),
            ("dktno", RecordForm::DktNo),
            ("dochash", RecordForm::DocHash),
            ("docno", RecordForm::DocNo),
            ("docket", RecordForm::Docket),
            ("dkt", RecordForm::Dkt),
            ("doc", RecordForm::Doc),
            ("de", RecordForm::De),
            ("ecf", RecordForm::Ecf),
        ]
        .into_iter()
        .find_map(|(name, form)| caps.name(name).map(|m| (form, m)));
        let Some((form, prefix)) = form else { break };
        if is_congressional_document(text, form, prefix.start()) {
            from = whole.end();
            continue;
        }
        let digits_at = whole.end() - 1;
        match scan_cite(
            text,
            form,
            Span::new(prefix.start(), prefix.end()),
            digits_at,
        ) {
            Some(mut cite) => {
                if let Some((scope, start)) = qualifier(text, prefix.start()) {
                    cite.scope = Some(scope);
                    cite.span.start = start;
                    let widened = enclosure(text, cite.span);
                    cite.outer = Span::new(
                        widened.start.min(cite.outer.start),
                        widened.end.max(cite.outer.end),
                    );
                } else if form == RecordForm::DktEntry {
                    cite.scope = Some(DocketScope::Appellate);
                }
                from = cite.span.end.max(whole.end());
                out.push(cite);
            }
            None => from = whole.end(),
        }
    }
    excerpts(text, &mut out);
    out
}

/// Whether a Unicode `\b` holds before `at`, which starts a word character: no word
/// character precedes it. (Every position where it holds has an ASCII `\b` too: a
/// character that is a word character in ASCII is one in Unicode.)
fn unicode_boundary(text: &str, at: usize) -> bool {
    // regex-syntax's table of `\w`, the one the regex crate's `\b` reads (a pattern
    // `^\w$` to ask it cost 2.3M instructions to compile at start-up).
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !regex_syntax::is_word_character(c))
}

/// The qualifier before a cite's prefix naming its docket: `Bankr. ECF No. 45`,
/// `Adv. Pro. Dkt. 12`, `Dist. Ct. ECF No. 34`, `Main Case Doc. 9`. Returns the scope
/// and where the qualifier starts.
fn qualifier(text: &str, prefix_start: usize) -> Option<(DocketScope, usize)> {
    const QUALIFIERS: &[(&str, DocketScope)] = &[
        ("Bankr. Ct. ", DocketScope::Bankruptcy),
        ("Bankr. ", DocketScope::Bankruptcy),
        ("Bankruptcy ", DocketScope::Bankruptcy),
        ("Main Case ", DocketScope::Bankruptcy),
        ("Main Bankr. Case ", DocketScope::Bankruptcy),
        ("Adv. Pro. ", DocketScope::Adversary),
        ("Adv. Proc. ", DocketScope::Adversary),
        ("Adv. ", DocketScope::Adversary),
        ("Adversary ", DocketScope::Adversary),
        ("Dist. Ct. ", DocketScope::District),
        ("D. Ct. ", DocketScope::District),
        ("District Court ", DocketScope::District),
        ("App. ", DocketScope::Appellate),
        ("Cir. ", DocketScope::Appellate),
        ("Appeal ", DocketScope::Appellate),
    ];
    let before = &text[..prefix_start];
    QUALIFIERS.iter().find_map(|(q, scope)| {
        let start = before.len().checked_sub(q.len())?;
        (before.is_char_boundary(start) && before[start..].eq_ignore_ascii_case(q))
            .then_some((*scope, start))
    })
}

/// Excerpts of record: `1-ER-23`, `2 ER 345`, `ER 23`, `SER 45–47`, `3-SER-512`.
/// Recognized so they are known cites (protected from the spell checker, hovered),
/// never checked against a docket. The page is the entry, the volume the attachment.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static EXCERPTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?P<vol>\d{1,2})[ -])?(?P<kind>ER|SER|FER|ASER|1ER)[ -](?P<page>\d{1,6})(?:[-–](?P<end>\d{1,6}))?\b",
    )
    .expect("valid regex")
});

/// Whether `text` has what every excerpt cite has: `ER`, a space or hyphen, a digit
/// (`is_numeric` takes every digit `\d` does). Most documents have `ER` (`ORDER`) but
/// none of these; then the pattern is never compiled (3.3M instructions at start-up).
fn may_hold_excerpt(text: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), b"ER").any(|at| {
        let rest = &text[at + 2..];
        rest.strip_prefix([' ', '-'])
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_numeric)
    })
}

fn excerpts(text: &str, out: &mut Vec<RecordCite>) {
    if !may_hold_excerpt(text) {
        return;
    }
    let mut found = Vec::new();
    for c in EXCERPTS.captures_iter(text) {
        let (Some(whole), Some(kind), Some(page)) = (c.get(0), c.name("kind"), c.name("page"))
        else {
            continue;
        };
        // Inside a docket cite already read (`ECF No. 12-1 ER`)? Skip.
        if out
            .iter()
            .any(|r| r.span.start <= whole.start() && whole.start() < r.span.end)
        {
            continue;
        }
        let Ok(page_number) = page.as_str().parse::<u32>() else {
            continue;
        };
        let volume = c.name("vol").and_then(|v| v.as_str().parse().ok());
        let span = Span::new(whole.start(), whole.end());
        found.push(RecordCite {
            span,
            outer: enclosure(text, span),
            prefix: Span::new(kind.start(), kind.end()),
            form: RecordForm::Excerpts,
            entries: vec![EntryRef {
                entry: page_number,
                attachment: volume,
                span: Span::new(page.start(), c.name("end").map_or(page.end(), |e| e.end())),
            }],
            pin: None,
            pin_span: None,
            scope: Some(DocketScope::Appellate),
        });
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|c| c.span.start);
    }
}

/// Reads the entry list and pin after a prefix; `at` is the first digit.
fn scan_cite(text: &str, form: RecordForm, prefix: Span, at: usize) -> Option<RecordCite> {
    let written = &text[prefix.start..prefix.end];
    let plural = is_plural(written);
    let mut s = Scanner { text, pos: at };
    let mut entries = Vec::new();
    loop {
        let start = s.pos;
        let n = s.number()?;
        if looks_like_case_number(text, s.pos, form) {
            return None;
        }
        if s.peek_word_char() {
            // `34th`, `34a`: not a docket number.
            return None;
        }
        let save = s.pos;
        let mut handled = false;
        if let Some(dash) = s.dash() {
            if let Some(m) = s.number().filter(|_| !s.peek_word_char()) {
                let range = dash != '-' || (plural && m > n);
                if range && m >= n && m - n < MAX_RANGE {
                    for e in n..=m {
                        entries.push(EntryRef {
                            entry: e,
                            attachment: None,
                            span: Span::new(start, s.pos),
                        });
                    }
                    handled = true;
                } else if !range {
                    entries.push(EntryRef {
                        entry: n,
                        attachment: Some(m),
                        span: Span::new(start, s.pos),
                    });
                    handled = true;
                }
            }
            if !handled {
                s.pos = save;
            }
        }
        if !handled {
            entries.push(EntryRef {
                entry: n,
                attachment: None,
                span: Span::new(start, save),
            });
        }
        // A list continues only after a plural prefix (`ECF Nos. 41, 43`).
        let before_sep = s.pos;
        if plural && s.list_separator() && s.peek_digit() {
            continue;
        }
        s.pos = before_sep;
        break;
    }
    let end_of_entries = s.pos;
    if looks_like_case_number(text, end_of_entries, form) {
        return None;
    }
    let (mut pin, mut pin_span) = match scan_pin(text, end_of_entries, false) {
        Some((pin, span)) => (Some(pin), Some(span)),
        None => (None, None),
    };
    let end = pin_span.map_or(end_of_entries, |p| p.end);
    let span = Span::new(prefix.start, end);
    let outer = enclosure(text, span);
    // The pin may follow the parenthesis: `(Doc. 210) at 17–23`, `(Doc. 208) ¶¶ 37–40`.
    if pin.is_none() && outer != span && text[..outer.end].ends_with(')') {
        if let Some((p, s)) = scan_pin(text, outer.end, true) {
            (pin, pin_span) = (Some(p), Some(s));
        }
    }
    Some(RecordCite {
        span,
        outer,
        prefix,
        form,
        entries,
        pin,
        pin_span,
        scope: None,
    })
}

/// `Docket No. 09-1296-cv`, `ECF No. 1:17-cv-00693`: a case number, not a docket entry.
fn looks_like_case_number(text: &str, at: usize, form: RecordForm) -> bool {
    let rest = &text[at..];
    let mut chars = rest.chars();
    let (first, second) = (chars.next(), chars.next());
    let digit_follows = second.is_some_and(|c| c.is_ascii_digit());
    (first == Some(':') && digit_follows)
        || (form == RecordForm::Docket && first == Some('-') && digit_follows)
        || (matches!(first, Some('-'))
            && rest[1..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(['-', 'c', 'C']))
}

/// `S. Treaty Doc. No. 100-20`, `H.R. Doc. No. 98-123`: congressional documents, not the record.
fn is_congressional_document(text: &str, form: RecordForm, start: usize) -> bool {
    if !matches!(form, RecordForm::Doc | RecordForm::DocNo) {
        return false;
    }
    let before = text[..start].trim_end();
    ["Treaty", "S.", "H.R.", "H.", "Exec.", "Sen.", "Cong."]
        .iter()
        .any(|w| before.ends_with(w))
}

fn is_plural(prefix: &str) -> bool {
    let lower = prefix.to_ascii_lowercase();
    lower.contains("nos") || lower.starts_with("docs") || lower.starts_with("claims")
}

/// `at 3`, `at 3-5, 7`, `at ¶¶ 1, 4`, `at PageID 478`, `, at p. 4` right after the entries.
/// With `bare_paragraphs`, a paragraph pin needs no `at` (`(Doc. 208) ¶ 12`).
fn scan_pin(text: &str, from: usize, bare_paragraphs: bool) -> Option<(Pin, Span)> {
    let mut s = Scanner { text, pos: from };
    s.eat(",");
    let introduced = s.eat(" at ") || (bare_paragraphs && s.rest().starts_with(" ¶") && s.eat(" "));
    if !introduced {
        return None;
    }
    let start = s.pos;
    let kind = if s.eat("¶¶") || s.eat("¶") || s.eat("para. ") || s.eat("paras. ") {
        s.eat(" ");
        2
    } else if s.eat_ci("pageid") || s.eat_ci("page id") {
        s.eat(".");
        s.eat(" ");
        s.eat("#");
        s.eat(":");
        s.eat(" ");
        3
    } else {
        if !s.eat("pp. ") {
            s.eat("p. ");
        }
        1
    };
    let ranges = s.number_list()?;
    // A footnote pin: `at 4 n.2`.
    let before_note = s.pos;
    let footnote = s.eat(" n.") && {
        s.eat(" ");
        s.number().is_some()
    };
    if !footnote {
        s.pos = before_note;
    }
    let pin = match kind {
        2 => Pin::Paragraphs(ranges),
        3 => Pin::PageId(ranges),
        _ => Pin::Pages(ranges),
    };
    Some((pin, Span::new(start, s.pos)))
}

/// `span` widened to a directly enclosing `[…]` / `(…)` when the cite (with an optional
/// final period) is all the brackets hold.
fn enclosure(text: &str, span: Span) -> Span {
    let before = text[..span.start].chars().next_back();
    let rest = &text[span.end..];
    let rest_trimmed = rest.strip_prefix('.').unwrap_or(rest);
    let after = rest_trimmed.chars().next();
    match (before, after) {
        (Some('['), Some(']')) | (Some('('), Some(')')) => Span::new(
            span.start - 1,
            span.end + (rest.len() - rest_trimmed.len()) + 1,
        ),
        _ => span,
    }
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl Scanner<'_> {
    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }
    fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }
    fn eat_ci(&mut self, s: &str) -> bool {
        let rest = self.rest();
        if rest.len() >= s.len()
            && rest.is_char_boundary(s.len())
            && rest[..s.len()].eq_ignore_ascii_case(s)
        {
            self.pos += s.len();
            true
        } else {
            false
        }
    }
    fn peek_digit(&self) -> bool {
        self.rest().starts_with(|c: char| c.is_ascii_digit())
    }
    fn peek_word_char(&self) -> bool {
        self.rest().starts_with(|c: char| c.is_alphanumeric())
    }
    fn number(&mut self) -> Option<u32> {
        let digits = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > MAX_DIGITS {
            return None;
        }
        let n = self.rest()[..digits].parse().ok()?;
        self.pos += digits;
        Some(n)
    }
    /// A hyphen or dash between two numbers; returns which.
    fn dash(&mut self) -> Option<char> {
        let c = self
            .rest()
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '–' | '—' | '‑'))?;
        let after = &self.rest()[c.len_utf8()..];
        if !after.starts_with(|d: char| d.is_ascii_digit()) {
            return None;
        }
        self.pos += c.len_utf8();
        Some(if c == '‑' { '-' } else { c })
    }
    /// `, `, `, and `, ` and `, ` & ` before another number.
    fn list_separator(&mut self) -> bool {
        self.eat(", and ")
            || self.eat(", & ")
            || self.eat(", ")
            || self.eat(" and ")
            || self.eat(" & ")
    }
    /// `3`, `3-5`, `3, 7`, `3–5, 9 and 12` as inclusive ranges.
    fn number_list(&mut self) -> Option<Vec<(u32, u32)>> {
        let mut out = Vec::new();
        loop {
            let a = self.number()?;
            let mut b = a;
            let save = self.pos;
            if self.dash().is_some() {
                match self.number() {
                    Some(m) if m >= a => b = m,
                    _ => self.pos = save,
                }
            }
            out.push((a, b));
            let save = self.pos;
            if self.list_separator() && self.peek_digit() {
                continue;
            }
            self.pos = save;
            return Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> RecordCite {
        let cites = extract(text);
        assert_eq!(cites.len(), 1, "{text:?} → {cites:?}");
        cites.into_iter().next().expect("one cite")
    }

    fn entries(c: &RecordCite) -> Vec<(u32, Option<u32>)> {
        c.entries.iter().map(|e| (e.entry, e.attachment)).collect()
    }

    /// A prefix starts at a word boundary as Unicode reads it: after a space, a dash, a
    /// quotation mark, but not inside a word, whether its letters are ASCII, accented or
    /// followed by a combining mark.
    #[test]
    fn prefix_starts_at_a_unicode_word_boundary() {
        for text in [
            "see ECF No. 34 here",
            "see \u{201c}ECF No. 34",
            "see\u{2014}ECF No. 34",
            "§ECF No. 34",
        ] {
            assert_eq!(one(text).entries[0].entry, 34, "{text:?}");
        }
        for text in [
            "seeECF No. 34",
            "caf\u{e9}ECF No. 34",
            "e\u{301}ECF No. 34",
            "\u{3b1}ECF No. 34",
            "x_ECF No. 34",
        ] {
            assert!(extract(text).is_empty(), "{text:?}");
        }
        // Not at the first candidate, but at a later one.
        let text = "caf\u{e9}ECF No. 1 and ECF No. 2";
        assert_eq!(one(text).entries[0].entry, 2);
    }

    #[test]
    fn bracketed_caption_reference() {
        let text = "ORDER DENYING MOTION [ECF No. 34] Defendants.";
        let c = one(text);
        assert_eq!(c.form, RecordForm::EcfNo);
        assert_eq!(entries(&c), vec![(34, None)]);
        assert_eq!(&text[c.span.start..c.span.end], "ECF No. 34");
        assert_eq!(&text[c.outer.start..c.outer.end], "[ECF No. 34]");
    }

    #[test]
    fn parenthetical_with_page_pin_and_period_inside() {
        let text = "as Plaintiff argued (ECF No. 34 at 3.) the order";
        let c = one(text);
        assert_eq!(c.pin, Some(Pin::Pages(vec![(3, 3)])));
        assert_eq!(&text[c.outer.start..c.outer.end], "(ECF No. 34 at 3.)");
    }

    #[test]
    fn plural_lists_and_ranges() {
        assert_eq!(
            entries(&one("(ECF Nos. 41, 43.)")),
            vec![(41, None), (43, None)]
        );
        assert_eq!(
            entries(&one("ECF Nos. 41–43")),
            vec![(41, None), (42, None), (43, None)]
        );
        assert_eq!(
            entries(&one("Doc. Nos. 5-8")),
            vec![(5, None), (6, None), (7, None), (8, None)]
        );
        assert_eq!(
            entries(&one("see Docs. 28, 36")),
            vec![(28, None), (36, None)]
        );
        assert_eq!(
            entries(&one("ECF Nos. 34-1, 35")),
            vec![(34, Some(1)), (35, None)]
        );
    }

    #[test]
    fn singular_hyphen_is_an_attachment() {
        let c = one("(“Mem.,” ECF No. 9-1)");
        assert_eq!(entries(&c), vec![(9, Some(1))]);
        assert_eq!(entries(&one("Doc. No. 1-2")), vec![(1, Some(2))]);
    }

    #[test]
    fn paragraph_and_page_id_pins() {
        let c = one("(ECF No. 97 at ¶¶ 1, 4.)");
        assert_eq!(c.pin, Some(Pin::Paragraphs(vec![(1, 1), (4, 4)])));
        let c = one("(ECF No. 45 at PageID 478, n. 1)");
        assert_eq!(c.pin, Some(Pin::PageId(vec![(478, 478)])));
        let c = one("ECF No. 12, at 4-6");
        assert_eq!(c.pin, Some(Pin::Pages(vec![(4, 6)])));
    }

    #[test]
    fn every_prefix_form() {
        let cases = [
            ("(Docket No. 34)", RecordForm::Docket),
            ("(Docket # 34)", RecordForm::Docket),
            ("Dkt. 34", RecordForm::Dkt),
            ("Dkt. No. 34", RecordForm::DktNo),
            ("Doc. 34", RecordForm::Doc),
            ("Doc. # 34", RecordForm::DocHash),
            ("Doc. #34", RecordForm::DocHash),
            ("Doc. No. 34", RecordForm::DocNo),
            ("(doc. 36)", RecordForm::Doc),
            ("D.E. 34", RecordForm::De),
            ("ECF 34", RecordForm::Ecf),
            ("[DOC. NOS. 3, 4]", RecordForm::DocNo),
        ];
        for (text, form) in cases {
            let c = one(text);
            assert_eq!(c.form, form, "{text}");
            assert!(c.names(34) || c.names(36) || c.names(3), "{text}");
        }
    }

    #[test]
    fn several_cites_in_one_paragraph() {
        let text = "The motion (ECF No. 34) and the opposition (ECF No. 36 at 2) were fully briefed. See Dkt. 40.";
        let cites = extract(text);
        assert_eq!(
            cites.iter().map(|c| c.entry()).collect::<Vec<_>>(),
            vec![34, 36, 40]
        );
    }

    #[test]
    fn prose_that_is_not_a_record_cite() {
        for text in [
            "The document was filed on page 34.",
            "ECF system outage",
            "Docket 34th line",
            "ECF No. 1234567 is too long to be real",
            "Doc. 34th",
        ] {
            assert!(extract(text).is_empty(), "{text:?} → {:?}", extract(text));
        }
    }

    #[test]
    fn pins_after_the_parenthesis() {
        let text =
            "(Leg. Defs.’ Br. (Doc. 210) at 17–23; State Board Defs.’ Br. (Doc. 212) at 9–14, 17.)";
        let cites = extract(text);
        assert_eq!(cites[0].pin, Some(Pin::Pages(vec![(17, 23)])));
        assert_eq!(cites[1].pin, Some(Pin::Pages(vec![(9, 14), (17, 17)])));
        let c = one("(Fourth Am. Compl. (Doc. 208) ¶¶ 37–40.)");
        assert_eq!(c.pin, Some(Pin::Paragraphs(vec![(37, 40)])));
        assert_eq!(
            &"(Fourth Am. Compl. (Doc. 208) ¶¶ 37–40.)"[c.outer.start..c.outer.end],
            "(Doc. 208)"
        );
    }

    #[test]
    fn case_numbers_and_congressional_documents_are_not_record_cites() {
        for text in [
            "Docket No. 09-1296-cv.",
            "Docket No. 25727-92.",
            "Docket Nos. 08-1330-cv(L); 08-1331",
            "S. Treaty Doc. No. 100-20, 1465 U.N.T.S. 85",
            "H.R. Doc. No. 98-123",
            "ECF No. 1:17-cv-00693",
        ] {
            assert!(extract(text).is_empty(), "{text:?} → {:?}", extract(text));
        }
        assert_eq!(one("(Docket No. 11.)").entry(), 11);
    }

    #[test]
    fn non_ascii_digits_are_not_entry_numbers() {
        // `\d` would match U+116D0 and slice inside it (found by the property test).
        assert!(extract("ECF No. 𑛐").is_empty());
        assert!(extract("ECF No. ３４").is_empty());
    }

    #[test]
    fn bankruptcy_appellate_and_claims_forms() {
        let c = one("(Dkt. #45)");
        assert_eq!((c.form, c.entry()), (RecordForm::Dkt, 45));
        let c = one("ECF No. 45-2 at 3");
        assert_eq!(entries(&c), vec![(45, Some(2))]);
        let c = one("Claim No. 7-1");
        assert_eq!(
            (c.form, entries(&c)),
            (RecordForm::Claim, vec![(7, Some(1))])
        );
        assert_eq!(
            entries(&one("Claims Nos. 5, 7")),
            vec![(5, None), (7, None)]
        );
        assert_eq!(one("Proof of Claim No. 12").form, RecordForm::Claim);
        let c = one("(Dkt. Entry 12)");
        assert_eq!(
            (c.form, c.scope),
            (RecordForm::DktEntry, Some(DocketScope::Appellate))
        );
        assert_eq!(one("DktEntry 12 at 4").form, RecordForm::DktEntry);
        let text = "(Bankr. ECF No. 45)";
        let c = one(text);
        assert_eq!(c.scope, Some(DocketScope::Bankruptcy));
        assert_eq!(&text[c.span.start..c.span.end], "Bankr. ECF No. 45");
        assert_eq!(&text[c.outer.start..c.outer.end], text);
        assert_eq!(one("Adv. Pro. Dkt. 12").scope, Some(DocketScope::Adversary));
        assert_eq!(
            one("Dist. Ct. ECF No. 34").scope,
            Some(DocketScope::District)
        );
    }

    #[test]
    fn excerpts_of_record() {
        let cites = extract("(1-ER-23; 2 SER 345–47; ER 9.) The ER was crowded.");
        let forms: Vec<_> = cites.iter().map(|c| (c.form, entries(c))).collect();
        assert_eq!(
            forms,
            vec![
                (RecordForm::Excerpts, vec![(23, Some(1))]),
                (RecordForm::Excerpts, vec![(345, Some(2))]),
                (RecordForm::Excerpts, vec![(9, None)]),
            ]
        );
    }

    #[test]
    fn hostile_ranges_are_bounded() {
        let c = one("ECF Nos. 1–900000");
        assert!(c.entries.len() <= MAX_RANGE as usize);
        assert!(extract(&"ECF No. 9; ".repeat(1000)).len() == 1000);
        assert!(
            extract("ECF Nos. 4294967295").is_empty(),
            "ten digits are no docket number"
        );
    }

    proptest::proptest! {
        /// The test before the excerpt pattern turns no text away that it matches.
        #[test]
        fn excerpt_test_passes_every_match(
            pieces in proptest::collection::vec(
                proptest::sample::select(&[
                    "ER", "SER", "1", "23", "٣", " ", "-", "–", "ORDER", "é", "(", ")",
                ][..]),
                1..10,
            )
        ) {
            let text = pieces.concat();
            if EXCERPTS.is_match(&text) {
                proptest::prop_assert!(may_hold_excerpt(&text), "{text}");
            }
        }
    }
}
