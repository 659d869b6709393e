//! Document-wide record diagnostics: entries and attachments missing from the
//! docket, pins beyond a document's last page, and mixed cite forms.
//! Runs in the cheap document pass because it depends on the docket and on
//! every paragraph's cites, not on one paragraph alone.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::cite::{ExtraRecordCites, ParagraphRecordCites, RecordCite, RecordForm};
use super::docket::Docket;
use super::{extract, PIN, STYLE, UNKNOWN_ATTACHMENT, UNKNOWN_ENTRY};
use crate::analysis::{
    DocumentContext, DocumentFacts, Edit, Edits, Finding, Fix, ParagraphFacts, Span,
};
use crate::config::Config;
use crate::document::Document;

/// Every record cite of a document as (paragraph index, cite), in document order.
pub fn document_cites<'a>(
    paragraphs: &'a [Arc<ParagraphFacts>],
    facts: &'a DocumentFacts,
) -> Vec<(usize, &'a RecordCite)> {
    let mut out: Vec<(usize, &RecordCite)> = paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.ext.get::<ParagraphRecordCites>().map(|c| (i, c)))
        .flat_map(|(i, c)| c.0.iter().map(move |cite| (i, cite)))
        .collect();
    if let Some(extra) = facts.ext.get::<ExtraRecordCites>() {
        out.extend(extra.0.iter().map(|(i, c)| (*i, c)));
        out.sort_by_key(|(i, c)| (*i, c.span.start));
    }
    out
}

pub fn check(cx: &DocumentContext, out: &mut DocumentFacts) {
    caption_cites(cx, out);
    let cites = document_cites(cx.paragraphs, out);
    let mut findings: Vec<(usize, Finding)> = Vec::new();
    // Claims, excerpts of record and the appeal's own `DktEntry` are other things,
    // not another way of writing a docket cite.
    let docket_cites: Vec<(usize, &RecordCite)> = cites
        .iter()
        .copied()
        .filter(|(_, c)| c.form.names_docket_entries() && c.form != RecordForm::DktEntry)
        .collect();
    style(cx, &docket_cites, &mut findings);
    if let Some(workspace_docket) = cx.workspace.get::<Docket>() {
        let cases = super::case::document_cases(cx.document);
        let pins = cx.config.record.pin_pages;
        for &(p, cite) in &cites {
            // Only against the docket the cite surely belongs to (no false alarms when
            // the workspace's dockets are other cases').
            let Some(docket) = super::case::docket_for(workspace_docket, &cases, cite.scope) else {
                continue;
            };
            match cite.form {
                RecordForm::Excerpts => {}
                RecordForm::Claim => {
                    against_claims(docket, cite, &mut |f| findings.push((p, f)));
                }
                _ if docket.is_authoritative() => {
                    against_docket(docket, cite, pins, &mut |f| findings.push((p, f)))
                }
                _ => {}
            }
        }
    }
    for (p, f) in findings {
        out.push(p, f);
    }
}

/// The caption's own reference (`[ECF No. 34]` under the title) when the paragraph
/// view did not carry it into a paragraph's text.
fn caption_cites(cx: &DocumentContext, out: &mut DocumentFacts) {
    let Some(caption) = &cx.document.caption else {
        return;
    };
    let mut extra = Vec::new();
    for (written, source) in &caption.record_refs {
        let Some((p, _)) = cx.document.locate(source.start) else {
            continue;
        };
        let Some(para) = cx.document.paragraphs.get(p) else {
            continue;
        };
        let already = cx
            .paragraphs
            .get(p)
            .and_then(|f| f.ext.get::<ParagraphRecordCites>())
            .is_some_and(|c| {
                c.0.iter().any(|cite| {
                    let s = para.to_source(cite.outer);
                    s.overlaps(*source)
                })
            });
        if already {
            continue;
        }
        for mut cite in extract::extract(written) {
            let Some(shift) = logical_of(cx.document, p, source.start) else {
                continue;
            };
            shift_cite(&mut cite, shift);
            if cite.outer.end <= para.text.len() {
                extra.push((p, cite));
            }
        }
    }
    if !extra.is_empty() {
        out.ext.insert(ExtraRecordCites(extra));
    }
}

fn logical_of(document: &Document, p: usize, source: usize) -> Option<usize> {
    document.paragraphs.get(p)?.to_logical(source)
}

fn shift_cite(c: &mut RecordCite, by: usize) {
    c.span = c.span.shift(by);
    c.outer = c.outer.shift(by);
    c.prefix = c.prefix.shift(by);
    c.pin_span = c.pin_span.map(|s| s.shift(by));
    for e in &mut c.entries {
        e.span = e.span.shift(by);
    }
}

/// The form the document should use: configured for the court, configured, or the
/// majority of its cites (the earlier form on a tie). None when nothing is to be said.
pub fn preferred_form(
    config: &Config,
    docket: Option<&Docket>,
    document: &Document,
    cites: &[(usize, &RecordCite)],
) -> Option<(RecordForm, &'static str)> {
    let courts: Vec<String> = [
        docket.and_then(|d| d.court.clone()),
        document.caption.as_ref().and_then(|c| c.court.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let district = courts.iter().find_map(|c| super::court::identify(c));
    for (key, form) in &config.record.preferred_form_by_court {
        let lower = key.trim().to_lowercase();
        let named = district.as_ref().is_some_and(|d| d.is_named(key))
            || (!lower.is_empty() && courts.iter().any(|c| c.to_lowercase().contains(&lower)));
        if named {
            if let Some(f) = RecordForm::from_config(form) {
                return Some((f, "configured for this court"));
            }
        }
    }
    if let Some(f) = config
        .record
        .preferred_form
        .as_deref()
        .and_then(RecordForm::from_config)
    {
        return Some((f, "configured"));
    }
    let mut counts: BTreeMap<RecordForm, (usize, usize)> = BTreeMap::new();
    for (order, (_, c)) in cites.iter().enumerate() {
        let e = counts.entry(c.form).or_insert((0, order));
        e.0 += 1;
    }
    if counts.len() < 2 {
        return None;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(f, _)| (f, "this document's usual form"))
}

fn style(cx: &DocumentContext, cites: &[(usize, &RecordCite)], out: &mut Vec<(usize, Finding)>) {
    let Some((preferred, why)) =
        preferred_form(cx.config, cx.workspace.get::<Docket>(), cx.document, cites)
    else {
        return;
    };
    let used: usize = cites.iter().filter(|(_, c)| c.form == preferred).count();
    for &(p, c) in cites.iter().filter(|(_, c)| c.form != preferred) {
        let Some(para) = cx.document.paragraphs.get(p) else {
            continue;
        };
        // `Doc. 49` alone on its line above the caption: the number a print (Justia's,
        // a court's) gives the filing itself, not a cite of the record in the text.
        if para.text.trim() == para.text.get(c.span.start..c.span.end).unwrap_or("").trim() {
            continue;
        }
        // Nor closing a short first paragraph after the case name (`In Re: Firestar Diamond,
        // Inc.      Doc. 4`, the print's header line).
        if p == 0
            && para.text.len() < 120
            && para
                .text
                .get(c.span.end..)
                .is_some_and(|rest| rest.trim().is_empty())
        {
            continue;
        }
        let written = para.text.get(c.prefix.start..c.prefix.end).unwrap_or("");
        let plural = c.entries.len() > 1;
        let replacement = if plural {
            preferred.plural()
        } else {
            preferred.singular()
        };
        let message = format!(
            "Record cite uses “{written}”; {why} is “{}”{}",
            preferred.singular(),
            if why.starts_with("this") {
                format!(" ({used} of {} cites)", cites.len())
            } else {
                String::new()
            }
        );
        let fix = Fix {
            title: format!("Write “{replacement}”").into(),
            edits: Edits::from_buf([Edit {
                span: c.prefix,
                new_text: replacement.into(),
            }]),
            preferred: true,
        };
        out.push((p, Finding::new(c.prefix, &STYLE, message).with_fix(fix)));
    }
}

fn against_docket(
    docket: &Docket,
    cite: &RecordCite,
    pins: super::PinPages,
    push: &mut dyn FnMut(Finding),
) {
    // One finding per written number (a range `41–43` is one span).
    let mut missing: Vec<(Span, Vec<u32>)> = Vec::new();
    for e in &cite.entries {
        let Some(entry) = docket.entry(e.entry) else {
            match missing.iter_mut().find(|(s, _)| *s == e.span) {
                Some((_, list)) => list.push(e.entry),
                None => missing.push((e.span, vec![e.entry])),
            }
            continue;
        };
        if let Some(a) = e.attachment {
            let listed = entry.attachments_listed || !entry.attachments.is_empty();
            if listed && entry.attachment(a).is_none() {
                let have = if entry.attachments.is_empty() {
                    "no attachments".to_string()
                } else {
                    let list: Vec<String> = entry
                        .attachments
                        .iter()
                        .map(|x| x.number.to_string())
                        .collect();
                    format!("attachments {}", list.join(", "))
                };
                push(Finding::new(
                    e.span,
                    &UNKNOWN_ATTACHMENT,
                    format!(
                        "Docket entry {} has {have}; there is no attachment {a}",
                        e.entry
                    ),
                ));
            }
        }
        // Under ECF pagination a pin counts the filed PDF's pages, bounded by the page
        // count. A document's own numbering stays within its page count for a filing
        // itself, but not for an attachment (a deposition excerpt printed from page 80).
        let bounded = match pins {
            super::PinPages::Ecf => true,
            super::PinPages::Document => e.attachment.is_none(),
        };
        if bounded && cite.entries.len() == 1 {
            pin_check(entry, e.attachment, cite, push);
        }
    }
    let last = docket.last_number().unwrap_or(0);
    for (span, numbers) in missing {
        let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
        let what = if list.len() == 1 {
            format!("Entry {}", list[0])
        } else {
            format!("Entries {}", list.join(", "))
        };
        let note = if numbers.iter().any(|&n| n > last) {
            format!(" (the docket indexed ends at No. {last}; refresh it if this was filed since)")
        } else {
            String::new()
        };
        push(Finding::new(
            span,
            &UNKNOWN_ENTRY,
            format!("{what} is not on the docket{note}"),
        ));
    }
}

/// `Claim No. 7` against the claims register, when one was saved with the docket.
fn against_claims(docket: &Docket, cite: &RecordCite, push: &mut dyn FnMut(Finding)) {
    if docket.claims.is_empty() {
        return;
    }
    let last = docket.claims.keys().next_back().copied().unwrap_or(0);
    for e in &cite.entries {
        if docket.claim(e.entry).is_none() {
            let note = if e.entry > last {
                format!(" (the register indexed ends at claim {last}; refresh it if the claim was filed since)")
            } else {
                String::new()
            };
            push(Finding::new(
                e.span,
                &UNKNOWN_ENTRY,
                format!("Claim {} is not on the claims register{note}", e.entry),
            ));
        }
    }
}

fn pin_check(
    entry: &super::Entry,
    attachment: Option<u32>,
    cite: &RecordCite,
    push: &mut dyn FnMut(Finding),
) {
    let (Some(pin), Some(span)) = (&cite.pin, cite.pin_span) else {
        return;
    };
    let (Some(last_cited), Some(pages)) = (pin.last_page(), entry.pages_of(attachment)) else {
        return;
    };
    if last_cited > pages {
        let what = match attachment {
            Some(a) => format!("Attachment {a} to entry {}", entry.number),
            None => format!("Entry {}", entry.number),
        };
        let s = if pages == 1 { "" } else { "s" };
        push(Finding::new(
            span,
            &PIN,
            format!("{what} has {pages} page{s}; page {last_cited} is beyond its end"),
        ));
    }
}
