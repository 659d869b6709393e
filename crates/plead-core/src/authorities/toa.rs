//! The table of authorities: every authority the document cites, by section
//! (Cases, Statutes, Rules, Other Authorities), alphabetized, with the pages on
//! which it is cited (`passim` from five pages on).
//!
//! Order within a section:
//! - cases by the case name as displayed (T6 standard form), ignoring case,
//!   punctuation and a leading article (`The`, `A`, `An`); signals are never
//!   part of the name; `In re X` sorts under I, as cited; numbers compare
//!   by value (`Doe 2` before `Doe 10`);
//! - statutes, regulations and rules by code, then title and section, numbers
//!   by value (`28 U.S.C. § 1915` before `28 U.S.C. § 1915A` before `42 U.S.C. § 1983`).

use serde::Serialize;

use super::form;
use crate::analysis::{Analysis, Span};
use crate::citations::{Authorities, AuthorityKind, CitationKind};

/// Cited on this many distinct pages or more: `passim`.
pub const PASSIM_PAGES: usize = 5;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    pub title: &'static str,
    pub entries: Vec<TableEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableEntry {
    /// Index into [`Authorities::authorities`].
    pub authority: usize,
    pub kind: AuthorityKind,
    /// The authority as listed (plain text, standard form, no pin).
    pub name: String,
    /// The same with the case name in Markdown italics.
    #[serde(skip)]
    pub markdown: String,
    /// Distinct pages, ascending.
    pub pages: Vec<u32>,
    /// The pages as printed, when some are not plain numbers (a brief's front matter
    /// numbered `i`, `ii`, …): Roman-numbered pages first, then `pages`. Empty otherwise.
    #[serde(skip)]
    pub page_labels: Vec<String>,
    pub passim: bool,
    pub citations: Vec<TableCitation>,
    #[serde(skip)]
    sort_key: Vec<SortPart>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableCitation {
    /// Source byte range.
    pub range: Span,
    pub kind: CitationKind,
    pub page: u32,
    pub text: String,
}

const SECTIONS: [&str; 4] = ["Cases", "Statutes", "Rules", "Other Authorities"];

fn section_of(kind: AuthorityKind) -> Option<usize> {
    match kind {
        AuthorityKind::Case => Some(0),
        AuthorityKind::Statute => Some(1),
        AuthorityKind::Rule => Some(2),
        AuthorityKind::Regulation => Some(3),
        AuthorityKind::Record => None,
    }
}

/// Whether a heading names a section of the table (so a refresh replaces it).
pub fn is_section_title(heading: &str) -> bool {
    let h = heading.trim().trim_end_matches(':');
    SECTIONS.iter().any(|s| s.eq_ignore_ascii_case(h))
}

/// The table of the document's authorities. Citations inside `exclude` (the
/// table itself, when refreshing) are not counted.
pub fn build(analysis: &Analysis, auths: &Authorities, exclude: Option<Span>) -> Table {
    let mut sections: Vec<Section> = SECTIONS
        .iter()
        .map(|title| Section {
            title,
            entries: Vec::new(),
        })
        .collect();
    for a in auths.authorities.iter() {
        let Some(section) = section_of(a.kind) else {
            continue;
        };
        let mut citations = Vec::new();
        for &i in &a.citations {
            let (Some(r), Some(range), Some(c)) = (
                auths.citations.get(i),
                auths.source_span(analysis, i),
                auths.citation(analysis, i),
            ) else {
                continue;
            };
            if exclude.is_some_and(|x| x.overlaps(range)) {
                continue;
            }
            citations.push(TableCitation {
                range,
                kind: r.kind,
                page: analysis.document.pages.page_at(range.start),
                text: c.text.clone(),
            });
        }
        if citations.is_empty() {
            continue;
        }
        let mut pages: Vec<u32> = citations.iter().map(|c| c.page).collect();
        pages.sort_unstable();
        pages.dedup();
        let full = a.full.and_then(|f| auths.citation(analysis, f));
        let name = form::display(a, full, false);
        let sort_key = match a.kind {
            AuthorityKind::Case => sort_key(&strip_article(&name)),
            _ => code_sort_key(&name),
        };
        sections[section].entries.push(TableEntry {
            authority: a.id.0,
            kind: a.kind,
            markdown: form::display(a, full, true),
            name,
            passim: pages.len() >= PASSIM_PAGES,
            pages,
            page_labels: Vec::new(),
            citations,
            sort_key,
        });
    }
    for s in &mut sections {
        s.entries
            .sort_by(|a, b| a.sort_key.cmp(&b.sort_key).then(a.name.cmp(&b.name)));
    }
    sections.retain(|s| !s.entries.is_empty());
    Table { sections }
}

/// Leaves out of the table the entries of a table of authorities already in the
/// document (a filed brief's own index, read from its PDF): a citation followed by a
/// dot leader and a page list names where the authority is cited, it does not cite it
/// on that page. An authority left with no citation is dropped.
pub fn drop_table_entries(table: &mut Table, source: &str) {
    for section in &mut table.sections {
        for entry in &mut section.entries {
            entry
                .citations
                .retain(|c| !is_table_entry(source, c.range.end));
            entry.pages = entry.citations.iter().map(|c| c.page).collect();
            entry.pages.sort_unstable();
            entry.pages.dedup();
            entry.page_labels.clear();
            entry.passim = entry.pages.len() >= PASSIM_PAGES;
        }
        section.entries.retain(|e| !e.citations.is_empty());
    }
    table.sections.retain(|s| !s.entries.is_empty());
}

/// Whether the text after a citation ending at `end` is a table entry's leader and
/// page list: `….... 16, 34`, `. . . . 7 n.3`, `………12`, `..... passim`, on the same
/// line or the next (some briefs put the leader under the entry, after a blank line),
/// with nothing else on its line.
pub fn is_table_entry(source: &str, end: usize) -> bool {
    let Some(mut rest) = source.get(end..) else {
        return false;
    };
    // What the citation did not take in before the leader: a parenthetical it could
    // not read (`(Tex .App.—Houston [14th Dist.] 2024, pet. ref’d)`), a stray closing
    // parenthesis or period, and white space with at most two line breaks.
    let mut breaks = 0;
    for _ in 0..8 {
        let trimmed = rest.trim_start();
        breaks += rest[..rest.len() - trimmed.len()].matches('\n').count();
        rest = trimmed;
        if let Some(inner) = rest.strip_prefix('(') {
            match inner.find(')') {
                Some(close) if close < 160 && !inner[..close].contains('(') => {
                    rest = &inner[close + 1..];
                }
                _ => return false,
            }
        } else if let Some(after) = rest.strip_prefix([')', ',', ';']) {
            rest = after;
        } else {
            break;
        }
    }
    if breaks > 2 {
        return false;
    }
    let line = rest.lines().next().unwrap_or("");
    let leader_len: usize = line
        .chars()
        .take_while(|&c| matches!(c, '.' | '\u{2026}' | ' ' | '\t' | '\u{a0}'))
        .map(char::len_utf8)
        .sum();
    let leader = &line[..leader_len];
    let dots = leader.matches('.').count() + 3 * leader.matches('\u{2026}').count();
    if dots < 4 {
        return false;
    }
    let pages = line[leader_len..].trim();
    let is_page_word = |w: &str| {
        let w = w.trim_end_matches([',', ';']);
        w.is_empty()
            || w.eq_ignore_ascii_case("passim")
            || matches!(w, "n." | "nn." | "&" | "and" | "-" | "\u{2013}")
            || w.strip_prefix("n.")
                .unwrap_or(w)
                .split(['-', '\u{2013}'])
                .all(|part| {
                    !part.is_empty()
                        && (part.bytes().all(|b| b.is_ascii_digit())
                            || part.bytes().all(|b| b"ivxlc".contains(&b)))
                })
    };
    !pages.is_empty() && pages.split_whitespace().all(is_page_word)
}

/// `The Cartoon Network` → `Cartoon Network`.
fn strip_article(name: &str) -> String {
    for article in ["The ", "A ", "An "] {
        if let Some(rest) = name.strip_prefix(article) {
            return rest.to_string();
        }
    }
    name.to_string()
}

/// A natural sort key: words lowercased without punctuation, numbers by value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SortPart {
    Number(u64),
    Word(String),
}

fn sort_key(s: &str) -> Vec<SortPart> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut number = String::new();
    let flush = |word: &mut String, number: &mut String, out: &mut Vec<SortPart>| {
        if !number.is_empty() {
            out.push(SortPart::Number(number.parse().unwrap_or(u64::MAX)));
            number.clear();
        }
        if !word.is_empty() {
            out.push(SortPart::Word(std::mem::take(word)));
        }
    };
    for ch in s.chars() {
        if ch.is_ascii_digit() {
            if !word.is_empty() {
                flush(&mut word, &mut String::new(), &mut out);
            }
            number.push(ch);
        } else if ch.is_alphanumeric() {
            if !number.is_empty() {
                flush(&mut String::new(), &mut number, &mut out);
            }
            word.extend(ch.to_lowercase());
        } else if ch.is_whitespace() {
            flush(&mut word, &mut number, &mut out);
        }
        // Punctuation (periods, commas, apostrophes) is ignored.
    }
    flush(&mut word, &mut number, &mut out);
    out
}

/// Statutes and rules: code first (`U.S.C.`, `Fed. R. Civ. P.`), then title, then section.
fn code_sort_key(name: &str) -> Vec<SortPart> {
    // `42 U.S.C. § 1983`: move the leading title number after the code.
    let (title, rest) = match name.split_once(' ') {
        Some((t, rest)) if t.chars().all(|c| c.is_ascii_digit()) => (Some(t), rest),
        _ => (None, name),
    };
    let (code, section) = rest.split_once('§').unwrap_or((rest, ""));
    let mut key = sort_key(code.trim());
    key.extend(title.map(|t| SortPart::Number(t.parse().unwrap_or(u64::MAX))));
    key.extend(sort_key(section));
    key
}

/// `1, 2, 4` or `passim`.
pub fn pages_text(e: &TableEntry) -> String {
    if e.passim {
        "passim".to_string()
    } else if !e.page_labels.is_empty() {
        e.page_labels.join(", ")
    } else {
        e.pages
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Markdown: a heading per section (at `level`), one list item per authority.
pub fn render_markdown(table: &Table, level: usize) -> String {
    let hashes = "#".repeat(level.clamp(1, 6));
    let mut out = String::new();
    for s in &table.sections {
        out.push_str(&format!("{hashes} {}\n\n", s.title));
        for e in &s.entries {
            out.push_str(&format!("- {} — {}\n", e.markdown, pages_text(e)));
        }
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// Plain text with dot leaders to `width` columns, section titles in capitals
/// (so the prose view reads them as headings).
pub fn render_plain(table: &Table, width: usize) -> String {
    let mut out = String::new();
    for s in &table.sections {
        out.push_str(&s.title.to_uppercase());
        out.push_str("\n\n");
        for e in &s.entries {
            let pages = pages_text(e);
            let used = e.name.chars().count() + pages.chars().count() + 2;
            let dots = width.saturating_sub(used).max(3);
            out.push_str(&format!("{} {} {}\n", e.name, ".".repeat(dots), pages));
        }
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// The value of a lowercase Roman numeral (`iv` → 4, `xii` → 12), as front matter is
/// numbered; None for anything else.
pub fn roman_value(s: &str) -> Option<u32> {
    let digit = |b: u8| match b {
        b'i' => Some(1),
        b'v' => Some(5),
        b'x' => Some(10),
        b'l' => Some(50),
        b'c' => Some(100),
        _ => None,
    };
    let values: Vec<u32> = s.bytes().map(digit).collect::<Option<_>>()?;
    if values.is_empty() {
        return None;
    }
    let mut total: i64 = 0;
    for (k, &v) in values.iter().enumerate() {
        if values.get(k + 1).is_some_and(|&next| next > v) {
            total -= i64::from(v);
        } else {
            total += i64::from(v);
        }
    }
    u32::try_from(total).ok().filter(|&t| t > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_of_a_printed_table_is_not_a_citing_page() {
        let entry = |text: &str, cite: &str| {
            let end = text.find(cite).expect("cite") + cite.len();
            is_table_entry(text, end)
        };
        let cite = "139 S.W.3d 7 (Tex. App.\u{2014}Fort Worth 2004, pet. ref\u{2019}d)";
        assert!(entry(
            &format!("Jackson v. State,\n{cite} ..........57\n"),
            cite
        ));
        assert!(entry(
            &format!("{cite}\n\n\u{2026}\u{2026}\u{2026}\u{2026}4, 5\n"),
            cite
        ));
        assert!(entry(
            &format!("{cite} . . . . . . . 3, 12 n.4, 15\n"),
            cite
        ));
        assert!(entry(&format!("{cite}. ........ passim\n"), cite));
        assert!(entry(
            &format!("{cite})\n\u{2026}\u{2026}\u{2026}\u{2026}11\n"),
            cite
        ));
        // Prose: a sentence goes on, or an ellipsis opens a quotation.
        assert!(!entry(&format!("See {cite}. The court held\n"), cite));
        assert!(!entry(
            &format!("See {cite} (\u{201c}. . . . the jury\u{201d}).\n"),
            cite
        ));
        assert!(!entry(&format!("See {cite} .... and then 5 more\n"), cite));
    }

    #[test]
    fn roman_page_numbers() {
        assert_eq!(roman_value("ii"), Some(2));
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("xiv"), Some(14));
        assert_eq!(roman_value("viii"), Some(8));
        assert_eq!(roman_value("12"), None);
        assert_eq!(roman_value(""), None);
    }

    #[test]
    fn natural_case_order() {
        let mut names = vec![
            "Doe 10 v. Roe",
            "The Cartoon Network LP v. CSC Holdings",
            "Am. LegalNet, Inc. v. Davis",
            "Doe 2 v. Roe",
            "In re Eady",
            "Anderson v. Liberty Lobby, Inc.",
        ];
        names.sort_by_key(|n| sort_key(&strip_article(n)));
        assert_eq!(
            names,
            vec![
                "Am. LegalNet, Inc. v. Davis",
                "Anderson v. Liberty Lobby, Inc.",
                "The Cartoon Network LP v. CSC Holdings",
                "Doe 2 v. Roe",
                "Doe 10 v. Roe",
                "In re Eady",
            ]
        );
    }

    #[test]
    fn statutes_by_title_then_section() {
        let mut cites = vec![
            "42 U.S.C. § 1983",
            "28 U.S.C. § 1915A",
            "28 U.S.C. § 1915",
            "42 U.S.C. § 1997e",
        ];
        cites.sort_by_key(|c| code_sort_key(c));
        assert_eq!(
            cites,
            vec![
                "28 U.S.C. § 1915",
                "28 U.S.C. § 1915A",
                "42 U.S.C. § 1983",
                "42 U.S.C. § 1997e"
            ]
        );
    }
}
