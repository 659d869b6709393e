//! Editor features on record citations: hover, definition, completion, references.
//! Pure functions over an [`Analysis`] and the [`World`] (the docket), except that
//! definition reads a cited text document to find the pinned page.

use std::sync::LazyLock;

use regex::Regex;

use super::{CompletionItem, CompletionKind, Hover, Target, World};
use plead_core::analysis::{Analysis, Span};
use plead_core::record::checks::document_cites;
use plead_core::record::{Docket, Entry, EntryRef, Pin, RecordCite};

/// Completion lists at most this many entries (most recent first).
const MAX_COMPLETIONS: usize = 500;

/// The record cite under a source offset: (paragraph, cite, entry under the cursor).
pub fn cite_at(analysis: &Analysis, offset: usize) -> Option<(usize, &RecordCite, &EntryRef)> {
    let (p, logical) = analysis.document.locate(offset)?;
    document_cites(&analysis.paragraphs, &analysis.facts)
        .into_iter()
        .filter(|(i, _)| *i == p)
        .find(|(_, c)| c.outer.touches(logical))
        .and_then(|(p, c)| Some((p, c, c.entry_at(logical)?)))
}

pub fn hover(world: &World, analysis: &Analysis, offset: usize) -> Option<Hover> {
    let (p, cite, under) = cite_at(analysis, offset)?;
    let span = analysis.source_span(p, cite.span);
    let (_, logical) = analysis.document.locate(offset)?;
    let mut named: Vec<&EntryRef> = cite
        .entries
        .iter()
        .filter(|e| e.span.touches(logical))
        .collect();
    if named.is_empty() {
        named.push(under);
    }
    let Some(docket) = world.docket.filter(|d| !d.is_empty()) else {
        let markdown = format!(
            "**{}** — no docket found in the workspace.\n\nSave the PACER docket report (HTML), a RECAP JSON export or a `docket.csv` in the workspace, or set `plead.docket`.",
            describe_ref(under, cite.pin.as_ref())
        );
        return Some(Hover { span, markdown });
    };
    let sections: Vec<String> = named
        .iter()
        .take(10)
        .map(|e| match docket.entry(e.entry) {
            Some(entry) => entry_markdown(entry, e, cite.pin.as_ref()),
            None => format!(
                "**{}** — not on the docket (entries {}).",
                describe_ref(e, None),
                docket_range(docket)
            ),
        })
        .collect();
    let mut markdown = sections.join("\n\n---\n\n");
    if named.len() > 10 {
        markdown.push_str(&format!("\n\n…and {} more entries", named.len() - 10));
    }
    Some(Hover { span, markdown })
}

fn docket_range(docket: &Docket) -> String {
    let first = docket.entries().next().map_or(0, |e| e.number);
    format!("{first}–{}", docket.last_number().unwrap_or(first))
}

fn describe_ref(e: &EntryRef, pin: Option<&Pin>) -> String {
    let mut s = format!("ECF No. {}", e.entry);
    if let Some(a) = e.attachment {
        s.push_str(&format!("-{a}"));
    }
    match pin {
        Some(Pin::Pages(r)) => s.push_str(&format!(" at {}", ranges(r))),
        Some(Pin::Paragraphs(r)) => s.push_str(&format!(" at ¶ {}", ranges(r))),
        Some(Pin::PageId(r)) => s.push_str(&format!(" at PageID {}", ranges(r))),
        None => {}
    }
    s
}

fn ranges(r: &[(u32, u32)]) -> String {
    r.iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn entry_markdown(entry: &Entry, cited: &EntryRef, pin: Option<&Pin>) -> String {
    let mut head = format!("**ECF No. {}**", entry.number);
    if let Some(d) = entry.date_filed {
        head.push_str(&format!(" · filed {d}"));
    }
    if let Some(by) = &entry.filed_by {
        head.push_str(&format!(" · by {by}"));
    }
    let mut out = vec![head];
    if !entry.text.is_empty() {
        out.push(entry.text.clone());
    }
    if let Some(a) = cited.attachment {
        let line = match entry.attachment(a) {
            Some(att) => format!(
                "**Cited:** attachment {a}{}",
                att.description
                    .as_deref()
                    .map(|d| format!(" — {d}"))
                    .unwrap_or_default()
            ),
            None => format!("**Cited:** attachment {a} (not on the docket)"),
        };
        out.push(line);
    }
    if let Some(pin) = pin {
        out.push(format!(
            "**Pin:** {}",
            describe_ref(cited, Some(pin))
                .split_once(" at ")
                .map_or("", |(_, p)| p)
        ));
    }
    if !entry.attachments.is_empty() {
        let list: Vec<String> = entry
            .attachments
            .iter()
            .map(|a| {
                let mut s = format!("# {}", a.number);
                if let Some(d) = &a.description {
                    s.push_str(&format!(" {d}"));
                }
                if let Some(p) = a.page_count {
                    s.push_str(&format!(" ({p} pp.)"));
                }
                s
            })
            .collect();
        out.push(format!("**Attachments:** {}", list.join("; ")));
    }
    if let Some(file) = entry.file_of(cited.attachment).or(entry.document.as_ref()) {
        let pages = entry
            .pages_of(cited.attachment)
            .map(|p| format!(" ({p} pages)"))
            .unwrap_or_default();
        out.push(format!("**File:** `{}`{pages}", file.path.display()));
    }
    out.join("\n\n")
}

pub fn definition(world: &World, analysis: &Analysis, offset: usize) -> Option<Vec<Target>> {
    let (_, cite, under) = cite_at(analysis, offset)?;
    let docket = world.docket?;
    let entry = docket.entry(under.entry)?;
    let mut targets = Vec::new();
    if let Some(file) = entry.file_of(under.attachment).or(entry.document.as_ref()) {
        targets.push(match cite.pin.as_ref().and_then(Pin::first_page) {
            Some(page) => Target::FilePage {
                path: file.path.clone(),
                page,
                pins: world.config.record.pin_pages,
            },
            None => Target::FileLines {
                path: file.path.clone(),
                start_line: 0,
                end_line: 0,
            },
        });
    }
    for row in &entry.rows {
        targets.push(Target::FileLines {
            path: row.path.clone(),
            start_line: row.line,
            end_line: row.line,
        });
    }
    (!targets.is_empty()).then_some(targets)
}

pub fn references(world: &World, analysis: &Analysis, offset: usize) -> Option<Vec<Target>> {
    let (_, _, under) = cite_at(analysis, offset)?;
    let entry = under.entry;
    let mut out: Vec<Target> = citations_of(analysis, entry)
        .into_iter()
        .map(Target::Here)
        .collect();
    for (path, other) in world.others {
        out.extend(
            citations_of(other, entry)
                .into_iter()
                .map(|span| Target::FileSpan {
                    path: path.clone(),
                    span,
                }),
        );
    }
    Some(out)
}

/// Source spans of every cite of `entry` in a document.
fn citations_of(analysis: &Analysis, entry: u32) -> Vec<Span> {
    document_cites(&analysis.paragraphs, &analysis.facts)
        .into_iter()
        .filter(|(_, c)| c.names(entry))
        .map(|(p, c)| analysis.source_span(p, c.span))
        .collect()
}

/// A record-cite prefix right before the cursor, and the digits typed so far.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static TYPED_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ECF(?: Nos?\.)?|Dkt\.(?: Nos?\.)?|Docs?\.(?: Nos?\.| #)?|D\.E\.)(?: ?#)?( ?)([0-9]*)$")
        .expect("valid regex")
});

pub fn completion(
    world: &World,
    analysis: &Analysis,
    offset: usize,
) -> Option<Vec<CompletionItem>> {
    let docket = world.docket.filter(|d| !d.is_empty())?;
    let doc = &analysis.document;
    // Trailing spaces are not part of a paragraph's text: look a little to the left.
    let (p, logical) =
        (0..=3).find_map(|back| offset.checked_sub(back).and_then(|o| doc.locate(o)))?;
    let para = doc.paragraphs.get(p)?;
    let before = para.text.get(..logical)?;
    let caps = TYPED_PREFIX.captures(before)?;
    let digits = caps.get(2)?;
    let typed = digits.as_str();
    let (replace, needs_space) = if typed.is_empty() {
        let source_end = para
            .to_source(Span::new(logical.saturating_sub(1), logical))
            .end;
        let spaced = caps.get(1).is_some_and(|m| !m.as_str().is_empty()) || offset > source_end;
        (Span::new(offset, offset), !spaced)
    } else {
        (
            para.to_source(Span::new(digits.start(), digits.end())),
            false,
        )
    };
    let entries = docket
        .recent_first()
        .filter(|e| starts_with_digits(e.number, typed));
    let items = entries
        .take(MAX_COMPLETIONS)
        .enumerate()
        .map(|(rank, e)| {
            let mut detail = e.date_filed.map(|d| d.to_string()).unwrap_or_default();
            if let Some(by) = &e.filed_by {
                detail.push_str(&format!(" · {by}"));
            }
            let cut = e
                .text
                .char_indices()
                .nth(80)
                .map_or(e.text.len(), |(i, _)| i);
            CompletionItem {
                label: format!("{} — {}", e.number, &e.text[..cut]),
                detail: (!detail.is_empty()).then_some(detail),
                documentation: (!e.text.is_empty()).then(|| e.text.clone()),
                insert_text: if needs_space {
                    format!(" {}", e.number)
                } else {
                    e.number.to_string()
                },
                replace,
                sort_text: format!("{rank:06}"),
                kind: CompletionKind::Reference,
            }
        })
        .collect();
    Some(items)
}

/// Whether the decimal form of `n` starts with `typed` (ASCII digits), without allocating.
fn starts_with_digits(n: u32, typed: &str) -> bool {
    if typed.is_empty() {
        return true;
    }
    plead_core::text::decimal_digits(n, &mut [0; 10]).starts_with(typed.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_prefixes() {
        assert!(starts_with_digits(34, ""));
        assert!(starts_with_digits(34, "3"));
        assert!(starts_with_digits(34, "34"));
        assert!(!starts_with_digits(34, "4"));
        assert!(!starts_with_digits(34, "345"));
        assert!(starts_with_digits(0, "0"));
        assert!(starts_with_digits(u32::MAX, "4294967295"));
    }
}
