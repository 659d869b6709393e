//! Editor features on record citations: hover, definition, completion, references.
//! Pure functions over an [`Analysis`] and the [`World`] (the docket); the content of
//! hover and definition comes from `plead_core::record::present`.

use std::sync::LazyLock;

use regex::Regex;

use super::{CompletionItem, CompletionKind, Hover, Target, World};
use plead_core::analysis::{Analysis, Span};
use plead_core::record::case::document_cases;
use plead_core::record::checks::document_cites;
use plead_core::record::present;
use plead_core::record::{EntryRef, RecordCite};

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
    let cases = document_cases(&analysis.document);
    let markdown = present::hover_markdown(world.docket, &cases, cite, &named);
    Some(Hover { span, markdown })
}

pub fn definition(world: &World, analysis: &Analysis, offset: usize) -> Option<Vec<Target>> {
    let (_, cite, under) = cite_at(analysis, offset)?;
    let docket = world.docket?;
    let cases = document_cases(&analysis.document);
    let targets: Vec<Target> = present::definition_destinations(docket, &cases, cite, under)
        .into_iter()
        .map(|d| match d.page {
            Some(page) => Target::FilePage {
                path: d.path,
                page,
                pins: world.config.record.pin_pages,
            },
            None => Target::FileLines {
                path: d.path,
                start_line: d.line,
                end_line: d.line,
            },
        })
        .collect();
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
    let workspace_docket = world.docket.filter(|d| !d.is_empty())?;
    // The document's own case when the workspace holds several.
    let cases = document_cases(&analysis.document);
    let docket = plead_core::record::case::docket_for(workspace_docket, &cases, None)
        .unwrap_or(workspace_docket);
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
