//! Statutes, regulations and court rules: the code table (`data/codes.tsv`) and
//! parsing `42 U.S.C. §§ 1331, 1343`, `Cal. Civ. Proc. Code § 425.16`,
//! `Fed. R. Civ. P. 26(b)(1)`, `Local Rule 230(l)`, bare `§ 1983`.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::model::CitationKind;
use super::tables::rows;
use crate::analysis::Span;

const CODES_TSV: &str = include_str!("../../data/codes.tsv");

/// A code, regulation or rule set as it may be written.
#[derive(Debug)]
pub struct CodeForm {
    pub written: &'static str,
    pub standard: &'static str,
    pub kind: CitationKind,
}

impl CodeForm {
    /// Whether sections are cited with `§` (statutes and regulations, not rules).
    pub fn uses_section_sign(&self) -> bool {
        self.kind != CitationKind::Rule && !self.standard.ends_with("Reg.")
    }
}

/// Code forms by their first space-separated token, longest first.
static BY_FIRST_TOKEN: LazyLock<FxHashMap<&'static str, Vec<CodeForm>>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, Vec<CodeForm>> = FxHashMap::default();
    for row in rows(CODES_TSV) {
        let (Some(written), Some(standard), Some(kind)) = (
            row.first().copied(),
            row.get(1).copied(),
            row.get(2).copied(),
        ) else {
            continue;
        };
        let kind = match kind {
            "regulation" => CitationKind::Regulation,
            "rule" => CitationKind::Rule,
            _ => CitationKind::Statute,
        };
        let first = written.split(' ').next().unwrap_or(written);
        map.entry(first).or_default().push(CodeForm {
            written,
            standard,
            kind,
        });
    }
    for forms in map.values_mut() {
        forms.sort_by_key(|f| std::cmp::Reverse(f.written.len()));
    }
    map
});

/// The code form written at `pos` (the start of a token), if any.
pub fn code_at(text: &str, pos: usize) -> Option<&'static CodeForm> {
    let rest = text.get(pos..)?;
    let token = rest.split(' ').next().unwrap_or(rest);
    let trimmed = token.trim_end_matches([',', ';', ':', ')']);
    // `O.S.2001,`: an edition's year glued to the code's name.
    let glued_year = || {
        let k = token
            .find(|c: char| c.is_ascii_digit())
            .filter(|&k| k > 0)?;
        token[..k]
            .ends_with('.')
            .then(|| BY_FIRST_TOKEN.get(&token[..k]))
            .flatten()
    };
    let forms = BY_FIRST_TOKEN
        .get(trimmed)
        .or_else(|| BY_FIRST_TOKEN.get(token))
        .or_else(glued_year)?;
    forms.iter().find(|f| {
        let Some(after) = rest.strip_prefix(f.written) else {
            return false;
        };
        !after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() && !f.written.ends_with(' '))
            || edition_len(after).is_some()
    })
}

/// The length of an edition's year written between a code and its section, as
/// Oklahoma's courts write it (`21 O.S.2001, § 701.7`, `O.S. Supp. 2015, § 2004`): the
/// year (glued or spaced, after `Supp.`), a comma, and the `§` that must follow.
fn edition_len(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(' ').unwrap_or(after);
    let rest = rest.strip_prefix("Supp. ").unwrap_or(rest);
    let year = rest.get(..4)?;
    let is_year =
        year.bytes().all(|b| b.is_ascii_digit()) && matches!(&year[..2], "18" | "19" | "20");
    let rest = rest.get(4..)?;
    let tail = rest.strip_prefix(',').unwrap_or(rest);
    (is_year && tail.trim_start_matches(' ').starts_with('§')).then(|| after.len() - tail.len())
}

/// The length of a title written after a code's name as T1 orders it (` tit. 8,` in
/// `Del. Code Ann. tit. 8, § 102`), when the section sign follows.
fn title_after_len(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(" tit. ")?;
    let number = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    let tail = rest[number..].strip_prefix(',')?;
    (number > 0 && tail.trim_start_matches(' ').starts_with('§')).then(|| after.len() - tail.len())
}

/// The title number of a code cited as T1 orders it (`12` in `Del. Code Ann. tit. 12, §
/// 1508`), read from the text between the code's name and its section.
pub fn title_after(between: &str) -> Option<&str> {
    let len = title_after_len(between)?;
    let inner = between.get(" tit. ".len()..len)?;
    Some(inner.trim_end_matches(','))
}

/// End of a section or rule number starting at `start` (`1915(e)(2)(B)`,
/// `425.16`, `2000e-2(a)(1)`, `230(l)`, `7-3`): trailing punctuation and
/// unbalanced parentheses are not part of it. Returns `start` if there is none.
pub fn section_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    if !bytes.get(start).is_some_and(|b| b.is_ascii_digit()) {
        return start;
    }
    let mut end = start;
    let mut depth = 0i32;
    while let Some(&b) = bytes.get(end) {
        // Two periods are never inside a number: an ellipsis, or a table of
        // authorities' dot leader running from the cite to its pages (`21.1……18`).
        if b == b'.' && bytes.get(end + 1) == Some(&b'.') {
            break;
        }
        // `5/2-619`: an Illinois act and section (`735 ILCS 5/2-619`), a slash between digits.
        let slash = b == b'/'
            && end > start
            && bytes[end - 1].is_ascii_digit()
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        let ok = b.is_ascii_alphanumeric()
            || slash
            || matches!(b, b'.' | b'-' | b':')
            || (b == b'('
                && bytes
                    .get(end + 1)
                    .is_some_and(|n| n.is_ascii_alphanumeric()))
            || (b == b')' && depth > 0);
        if !ok {
            // An en dash inside a number range: `1924–1999`.
            if text[end..].starts_with('\u{2013}')
                && bytes.get(end + 3).is_some_and(|n| n.is_ascii_digit())
            {
                end += 3;
                continue;
            }
            break;
        }
        match b {
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
        end += 1;
    }
    // Trailing sentence punctuation, and an unclosed `(` group.
    loop {
        let last = bytes[end - 1];
        if matches!(last, b'.' | b':' | b'-') && end - 1 > start {
            end -= 1;
        } else if depth > 0 {
            match text[start..end].rfind('(') {
                Some(i) if start + i > start => {
                    end = start + i;
                    depth -= 1;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

/// A statute/regulation/rule citation as parsed: one entry per section.
#[derive(Debug, Default)]
pub struct StatuteParse {
    pub span: Span,
    pub title: Option<Span>,
    pub code: Option<(Span, &'static CodeForm)>,
    pub kind: Option<CitationKind>,
    pub sections: Vec<Span>,
}

/// Parses a statute, regulation or rule citation whose code (or title) begins at
/// `start`; `code` is the form found there, or None for a bare `§`.
pub fn parse(
    text: &str,
    start: usize,
    title: Option<Span>,
    code: Option<&'static CodeForm>,
) -> Option<StatuteParse> {
    let mut p = start;
    let mut out = StatuteParse {
        title,
        ..Default::default()
    };
    if let Some(form) = code {
        out.code = Some((Span::new(p, p + form.written.len()), form));
        out.kind = Some(form.kind);
        p += form.written.len();
    } else {
        out.kind = Some(CitationKind::Statute);
    }
    let bytes = text.as_bytes();
    // `21 O.S.2001, § 701.7`: the edition's year before the section.
    if code.is_some() {
        if let Some(len) = edition_len(&text[p..]) {
            p += len;
        }
    }
    // `Del. Code Ann. tit. 8, § 102`, `Okla. Stat. tit. 21, § 701.7` (T1): the title
    // after the code's name, before the section.
    if code.is_some() {
        if let Some(len) = title_after_len(&text[p..]) {
            p += len;
        }
    }
    // California style puts a comma between the code and `§`: `Code Civ. Proc., § 425.16`.
    if code.is_some() && (text[p..].starts_with(", §") || text[p..].starts_with(",§")) {
        p += 1;
    }
    while bytes.get(p) == Some(&b' ') {
        p += 1;
    }
    // `§`, `§§`, `Sec.`, or (malformed) nothing before the section number.
    let rest = &text[p..];
    if let Some(r) = rest.strip_prefix("§§").or_else(|| rest.strip_prefix('§')) {
        // The Law Reporting Bureau's pages put a thin space after `§` (`§\u{2009}65.10
        // (1)`), and typeset text a no-break one: spaces too.
        let r = r.trim_start_matches([' ', '\u{a0}', '\u{2009}', '\u{202f}']);
        p = text.len() - r.len();
    } else if let Some(r) = rest
        .strip_prefix("Sec. ")
        .or_else(|| rest.strip_prefix("sec. "))
    {
        p = text.len() - r.len();
    } else if code.is_none() {
        return None;
    } else if let Some(end) = article_end(text, p) {
        // `Tex. Code Crim. Proc. art. 44.01(a)(3)`: a code divided into articles is
        // cited by article, not by section; the article keeps its name.
        out.sections.push(Span::new(p, end));
        out.span = Span::new(title.map_or(start, |t| t.start), end);
        return Some(out);
    } else if let Some(end) = divisions_end(text, p) {
        // `U.S.S.G. ch. 7, pt. A`, `20 C.F.R. pt. 404, subpt. P, app. 1`: cited by its
        // divisions, not by a section.
        out.sections.push(Span::new(p, end));
        out.span = Span::new(title.map_or(start, |t| t.start), end);
        return Some(out);
    }
    let first_end = section_end(text, p);
    if first_end == p {
        return None;
    }
    out.sections.push(Span::new(p, first_end));
    let mut end = first_end;
    // More sections: `§§ 1331, 1343`, `§§ 1331 and 1343`, `(a), (c)`.
    loop {
        let rest = &text[end..];
        let skip = [", and ", ", ", " and ", " & "]
            .iter()
            .find(|sep| rest.starts_with(**sep))
            .map(|s| s.len());
        let Some(skip) = skip else { break };
        let next = end + skip;
        let next_end = section_end(text, next);
        // A following number that starts a new cite (`42 U.S.C.`) is not a section.
        if next_end == next || code_after(text, next_end) {
            break;
        }
        out.sections.push(Span::new(next, next_end));
        end = next_end;
    }
    // New York style sets subdivisions apart: `CPLR 3211 (a) (7)`.
    if code.is_some_and(|f| f.standard.starts_with("N.Y.")) {
        end = subdivisions_end(text, end, " ");
    }
    // California style names them: `§ 425.16, subd. (b)(1)`, `subds. (a) & (c)`.
    for marker in [", subd. ", ", subds. ", ", par. ", ", pars. "] {
        if text[end..].starts_with(marker) {
            let after = subdivisions_end(text, end + marker.len() - 1, " ");
            if after > end + marker.len() - 1 {
                end = after;
            }
            break;
        }
    }
    // `et. seq.`, a slip the statute check fixes, belongs to the citation too.
    if let Some(words) = [" et seq.", " et. seq."]
        .iter()
        .find(|w| text[end..].starts_with(**w))
    {
        end += words.len();
    }
    out.span = Span::new(title.map_or(start, |t| t.start), end);
    Some(out)
}

/// Division names a code is cited by instead of a section (Bluebook R3.1, T16).
const DIVISIONS: &[&str] = &[
    "ch.", "pt.", "subpt.", "app.", "Ch.", "Pt.", "Part", "Subpart", "App.", "Appendix",
];

/// Article names, for codes cited by article (`Tex. Code Crim. Proc. art. 38.22`).
const ARTICLES: &[&str] = &["art.", "arts.", "Art.", "Arts."];

/// Whether a section text names a division (`ch. 7, pt. A`) or an article (`art.
/// 44.01`) rather than a section: no `§` belongs before it.
pub fn is_division(section: &str) -> bool {
    DIVISIONS
        .iter()
        .chain(ARTICLES)
        .any(|d| section.strip_prefix(d).is_some_and(|r| r.starts_with(' ')))
}

/// The end of an article cite at `pos` (`art. 44.01(a)(3)`, `art. 38.22, § 3`), if one
/// starts there: an article name, a space and the article's number.
fn article_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let name = ARTICLES
        .iter()
        .find(|a| rest.strip_prefix(**a).is_some_and(|r| r.starts_with(' ')))?;
    let number = pos + name.len() + 1;
    let end = section_end(text, number);
    (end > number).then_some(end)
}

/// The end of a chain of divisions at `pos` (`ch. 7`, `ch. 7, pt. A`, `pt. 404, subpt.
/// P, app. 1`), if one starts there: a division name, a space and a designation of
/// digits or capitals.
fn divisions_end(text: &str, pos: usize) -> Option<usize> {
    let one = |at: usize| -> Option<usize> {
        let rest = text.get(at..)?;
        let name = DIVISIONS
            .iter()
            .find(|d| rest.strip_prefix(**d).is_some_and(|r| r.starts_with(' ')))?;
        let designation = &rest[name.len() + 1..];
        let len = designation
            .bytes()
            .take_while(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            .count();
        let follows = designation.as_bytes().get(len);
        let ends = follows.is_none_or(|b| !b.is_ascii_alphanumeric());
        ((1..=5).contains(&len) && ends).then_some(at + name.len() + 1 + len)
    };
    let mut end = one(pos)?;
    while let Some(next) = text.get(end..).and_then(|r| r.strip_prefix(", ")) {
        match one(text.len() - next.len()) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

/// The end of the subdivision designations after `pos`: groups like `(b)`, `(1)`,
/// `(iv)`, written together or after `sep`, and joined by `, `, ` & ` or ` and `
/// (`(a), (c)`). Returns `pos` when none follows.
fn subdivisions_end(text: &str, pos: usize, sep: &str) -> usize {
    let mut end = pos;
    loop {
        let rest = &text[end..];
        let skip = ["", sep, ", ", " & ", " and "]
            .iter()
            .filter(|s| s.is_empty() || rest.starts_with(**s))
            .map(|s| s.len())
            .find(|&k| is_subdivision(&rest[k..]).is_some());
        let Some(skip) = skip else {
            return end;
        };
        let Some(len) = is_subdivision(&rest[skip..]) else {
            return end;
        };
        end += skip + len;
    }
}

/// The length of a subdivision designation starting `s` (`(b)`, `(12)`, `(iv)`, `(B)`;
/// New York style brackets them inside parentheses: `(CPLR 3211 [a] [7])`).
fn is_subdivision(s: &str) -> Option<usize> {
    let (inner, closer) = match s.strip_prefix('(') {
        Some(inner) => (inner, ')'),
        None => (s.strip_prefix('[')?, ']'),
    };
    let close = inner.find(closer)?;
    let label = &inner[..close];
    let ok = (1..=4).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_alphanumeric());
    ok.then_some(close + 2)
}

/// Whether a code name follows `pos` (after a space), i.e. a number there was a title.
fn code_after(text: &str, pos: usize) -> bool {
    text.get(pos..).is_some_and(|r| r.starts_with(' ')) && code_at(text, pos + 1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sections(text: &str, code: &str) -> Vec<String> {
        let start = text.find(code).unwrap_or(0);
        let form = code_at(text, start);
        parse(text, start, None, form)
            .map(|p| {
                p.sections
                    .iter()
                    .map(|s| text[s.start..s.end].to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn every_section_is_found() {
        assert_eq!(
            sections("under 28 U.S.C. §§ 1331, 1343.", "U.S.C."),
            ["1331", "1343"]
        );
        assert_eq!(
            sections("see 28 U.S.C. § 1915(e)(2)(B).", "U.S.C."),
            ["1915(e)(2)(B)"]
        );
        assert_eq!(
            sections("Cal. Civ. Proc. Code § 425.16.", "Cal."),
            ["425.16"]
        );
        assert_eq!(
            sections("42 U.S.C. § 2000e-2(a)(1), and", "U.S.C."),
            ["2000e-2(a)(1)"]
        );
        assert_eq!(sections("(Fed. R. Civ. P. 26(b)(1))", "Fed."), ["26(b)(1)"]);
        assert_eq!(sections("Local Rule 230(l).", "Local"), ["230(l)"]);
        assert_eq!(sections("L.R. 7-3.", "L.R."), ["7-3"]);
        // By division (026-us-v-verkhoglyad; the Social Security listings).
        assert_eq!(
            sections(
                "U.S.S.G. ch. 7, pt. A, intro, comment. 2(b); and",
                "U.S.S.G."
            ),
            ["ch. 7, pt. A"]
        );
        assert_eq!(
            sections("20 C.F.R. pt. 404, subpt. P, app. 1.", "C.F.R."),
            ["pt. 404, subpt. P, app. 1"]
        );
        assert_eq!(sections("U.S.S.G. § 7B1.4(a).", "U.S.S.G."), ["7B1.4(a)"]);
        assert!(sections("C.F.R. part of the rules", "C.F.R.").is_empty());
    }

    #[test]
    fn code_forms_know_their_standard() {
        let t = "Defendants move under Fed. R. Civ. Pro. 12(b)(6).";
        let form = code_at(t, t.find("Fed.").unwrap_or(0)).expect("form");
        assert_eq!(
            (form.written, form.standard),
            ("Fed. R. Civ. Pro.", "Fed. R. Civ. P.")
        );
        assert_eq!(
            code_at("FRCP 26", 0).map(|f| f.standard),
            Some("Fed. R. Civ. P.")
        );
        assert_eq!(
            code_at("Cal. Civ. Proc. Code §", 0).map(|f| f.standard),
            Some("Cal. Civ. Proc. Code")
        );
    }
}
