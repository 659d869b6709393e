//! Editor features on citations of authorities: hover, go to definition,
//! references, completion of short forms, inlay hints after `Id.` and document
//! links (their outline node and workspace symbols are in `symbols`).
//! Pure functions over the analysis and the [`World`]; offsets are source bytes.

use super::{CompletionItem, CompletionKind, Hover, InlayHint, Target, World};
use plead_core::analysis::{Analysis, Span};
use plead_core::authorities::form;
use plead_core::authorities::matching::{cite_key, entries_for};
use plead_core::citations::{Authorities, Authority, AuthorityKind, CitationKind};

/// The citation entry under a source offset.
fn at(analysis: &Analysis, offset: usize) -> Option<(&Authorities, usize)> {
    let auths = Authorities::of(analysis)?;
    let (paragraph, logical) = analysis.document.locate(offset)?;
    let entry = auths.at(paragraph, logical)?;
    // Record cites belong to the record module.
    (auths.citations[entry].kind != CitationKind::Record).then_some((auths, entry))
}

pub fn hover(world: &World, analysis: &Analysis, offset: usize) -> Option<Hover> {
    let (auths, entry) = at(analysis, offset)?;
    let markdown = super::authority_hover::markdown(world.library, analysis, auths, entry)?;
    Some(Hover {
        span: auths.source_span(analysis, entry)?,
        markdown,
    })
}

/// Short form, `Id.` or `supra` → the full citation; a full citation → its
/// library entries (note, CSL-JSON item, saved opinion).
pub fn definition(world: &World, analysis: &Analysis, offset: usize) -> Option<Vec<Target>> {
    let (auths, entry) = at(analysis, offset)?;
    let authority = auths.authority_of(entry)?;
    if let Some(full) = authority.full.filter(|&f| f != entry) {
        return Some(vec![Target::Here(auths.source_span(analysis, full)?)]);
    }
    let library = world.library?;
    let targets: Vec<Target> = entries_for(library, authority)
        .into_iter()
        .map(|e| Target::FileLines {
            path: e.path.clone(),
            start_line: e.lines.0,
            end_line: e.lines.1,
        })
        .collect();
    (!targets.is_empty()).then_some(targets)
}

/// Every citation of the same authority: here and in the other documents.
pub fn references(world: &World, analysis: &Analysis, offset: usize) -> Option<Vec<Target>> {
    let (auths, entry) = at(analysis, offset)?;
    let authority = auths.authority_of(entry)?;
    let mut out: Vec<Target> = authority
        .citations
        .iter()
        .filter_map(|&i| auths.source_span(analysis, i))
        .map(Target::Here)
        .collect();
    for (path, other) in world.others {
        let Some(theirs) = Authorities::of(other) else {
            continue;
        };
        for a in theirs
            .authorities
            .iter()
            .filter(|a| same_authority(authority, a))
        {
            out.extend(
                a.citations
                    .iter()
                    .filter_map(|&i| theirs.source_span(other, i))
                    .map(|span| Target::FileSpan {
                        path: path.clone(),
                        span,
                    }),
            );
        }
    }
    Some(out)
}

/// The same authority in two documents: a shared reporter cite, or the same
/// normalized statute/rule cite.
pub fn same_authority(a: &Authority, b: &Authority) -> bool {
    if a.kind != b.kind {
        return false;
    }
    match a.kind {
        AuthorityKind::Case => a
            .reporter_cites
            .iter()
            .any(|x| b.reporter_cites.iter().any(|y| cite_key(x) == cite_key(y))),
        _ => cite_key(&a.name) == cite_key(&b.name),
    }
}

/// After the first letters of a party's name, short forms of cases cited above
/// the cursor: `Iq` → `Iqbal, 556 U.S. at `.
pub fn completion(
    _world: &World,
    analysis: &Analysis,
    offset: usize,
) -> Option<Vec<CompletionItem>> {
    let auths = Authorities::of(analysis)?;
    let (p, logical) = analysis.document.locate(offset)?;
    let paragraph = analysis.document.paragraphs.get(p)?;
    let before = paragraph.text.get(..logical)?;
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '\'')
        .last()
        .map_or(logical, |(i, _)| i);
    let prefix = &before[word_start..];
    if prefix.chars().count() < 2 {
        return None;
    }
    let replace = paragraph.to_source(Span::new(word_start, logical));
    let lower = prefix.to_lowercase();
    let mut items = Vec::new();
    for a in auths
        .authorities
        .iter()
        .filter(|a| a.kind == AuthorityKind::Case)
    {
        let Some(full_entry) = a.full else { continue };
        let Some(full_span) = auths.source_span(analysis, full_entry) else {
            continue;
        };
        if full_span.start >= replace.start {
            continue;
        }
        let Some(full) = auths.citation(analysis, full_entry) else {
            continue;
        };
        let (Some(volume), Some(reporter)) = (full.volume_text(), form::standard_reporter(full))
        else {
            continue;
        };
        let name = full.case_name_text().unwrap_or(&a.name);
        for short in form::short_names(name) {
            if !short.to_lowercase().starts_with(&lower) {
                continue;
            }
            let insert = format!("{short}, {volume} {reporter} at ");
            if items
                .iter()
                .any(|i: &CompletionItem| i.insert_text == insert)
            {
                continue;
            }
            items.push(CompletionItem {
                label: insert.trim_end().to_string(),
                detail: Some(form::display(a, Some(full), false)),
                documentation: None,
                insert_text: insert,
                replace,
                // Most recently cited first.
                sort_text: format!(
                    "{:08}",
                    usize::MAX / 2 - full_span.start.min(usize::MAX / 2)
                ),
                kind: CompletionKind::Reference,
            });
        }
    }
    items.sort_by(|a, b| a.sort_text.cmp(&b.sort_text));
    (!items.is_empty()).then_some(items)
}

/// After each `Id.` (and `supra`) in `range`: the authority it refers to.
pub fn inlay_hints(world: &World, analysis: &Analysis, range: Span) -> Vec<InlayHint> {
    if !world.config.authorities.inlay_hints {
        return Vec::new();
    }
    let Some(auths) = Authorities::of(analysis) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, r) in auths.citations.iter().enumerate() {
        if !matches!(r.kind, CitationKind::Id | CitationKind::Supra) {
            continue;
        }
        let Some(span) = auths.source_span(analysis, i) else {
            continue;
        };
        if !(range.overlaps(span) || range.touches(span.start)) {
            continue;
        }
        let label = match auths.authority_of(i) {
            Some(a) => {
                let full = a.full.and_then(|f| auths.citation(analysis, f));
                match (a.kind, full) {
                    (AuthorityKind::Case, Some(c)) => {
                        let name = form::standard_case_name(c.case_name_text().unwrap_or(&a.name));
                        match (c.volume_text(), form::standard_reporter(c), c.page_text()) {
                            (Some(v), Some(rep), Some(p)) => format!("{name}, {v} {rep} {p}"),
                            _ => name,
                        }
                    }
                    _ => a.name.clone(),
                }
            }
            None if r.resolution == plead_core::citations::Resolution::Ambiguous => {
                "ambiguous".into()
            }
            None => continue,
        };
        out.push(InlayHint {
            offset: span.end,
            label: format!("→ {label}"),
            tooltip: auths
                .authority_of(i)
                .map(|a| form::display(a, a.full.and_then(|f| auths.citation(analysis, f)), false)),
        });
    }
    out
}

/// Links from full case citations to their CourtListener citation page
/// (`https://www.courtlistener.com/c/{reporter}/{volume}/{page}/`). Nothing is fetched.
pub fn document_links(analysis: &Analysis) -> Vec<(Span, String)> {
    let Some(auths) = Authorities::of(analysis) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, r) in auths.citations.iter().enumerate() {
        if r.kind != CitationKind::FullCase {
            continue;
        }
        let Some(c) = auths.citation(analysis, i) else {
            continue;
        };
        let (Some(vol), Some(reporter), Some(page), Some(page_span)) =
            (c.volume, form::standard_reporter(c), c.page_text(), c.page)
        else {
            continue;
        };
        let Some(span) = Authorities::source_span_of(
            analysis,
            r.at.paragraph,
            Span::new(vol.start, page_span.end),
        ) else {
            continue;
        };
        let volume = c.slice(vol);
        out.push((
            span,
            format!(
                "https://www.courtlistener.com/c/{}/{}/{}/",
                url_path_encode(&reporter),
                volume,
                url_path_encode(page)
            ),
        ));
    }
    out
}

fn url_path_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'\'' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
