//! Symbols: the document outline (caption, headings, table of authorities) and
//! workspace symbols (authorities of the library and of other documents).

use std::path::Path;

use plead_core::analysis::{Analysis, Span};
use plead_core::authorities::{form, toa};
use plead_core::citations::{Authorities, AuthorityKind};
use plead_core::document::BlockKind;

use crate::{Target, World};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Caption,
    Field,
    Heading,
    Authority,
    Section,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub detail: Option<String>,
    pub kind: SymbolKind,
    /// Source range of the whole symbol.
    pub span: Span,
    /// Source range to select (the name).
    pub selection: Span,
    pub children: Vec<Symbol>,
}

pub fn document_symbols(analysis: &Analysis) -> Vec<Symbol> {
    let doc = &analysis.document;
    let mut out = Vec::new();
    if let Some(c) = &doc.caption {
        let mut children = Vec::new();
        let field = |name: &str, value: &Option<String>| {
            value.as_ref().map(|v| Symbol {
                name: format!("{name}: {v}"),
                detail: None,
                kind: SymbolKind::Field,
                span: c.span,
                selection: c.span,
                children: Vec::new(),
            })
        };
        children.extend(field("Court", &c.court));
        let parties = |names: &[String]| (!names.is_empty()).then(|| names.join("; "));
        children.extend(field("Plaintiff", &parties(&c.plaintiffs)));
        children.extend(field("Defendant", &parties(&c.defendants)));
        children.extend(field("Case No.", &c.case_number));
        children.extend(field("Title", &c.title));
        for (r, span) in &c.record_refs {
            children.push(Symbol {
                name: r.clone(),
                detail: Some("record reference".into()),
                kind: SymbolKind::Field,
                span: *span,
                selection: *span,
                children: Vec::new(),
            });
        }
        out.push(Symbol {
            name: c.title.clone().unwrap_or_else(|| "Caption".into()),
            detail: c.case_number.clone(),
            kind: SymbolKind::Caption,
            span: c.span,
            selection: c.span,
            children,
        });
    }
    // Headings nest by level; a heading's range runs to the next heading of the same or higher level.
    let headings: Vec<(u8, usize)> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match p.kind {
            BlockKind::Heading(level) => Some((level, i)),
            _ => None,
        })
        .collect();
    let mut stack: Vec<(u8, Symbol)> = Vec::new();
    let end_of_doc = doc.source_len;
    let close = |stack: &mut Vec<(u8, Symbol)>, out: &mut Vec<Symbol>, level: u8, end: usize| {
        while stack.last().is_some_and(|(l, _)| *l >= level) {
            let Some((_, mut sym)) = stack.pop() else {
                break;
            };
            sym.span.end = end.max(sym.span.start);
            match stack.last_mut() {
                Some((_, parent)) => parent.children.push(sym),
                None => out.push(sym),
            }
        }
    };
    for (level, i) in headings {
        let p = &doc.paragraphs[i];
        close(&mut stack, &mut out, level, p.source.start);
        stack.push((
            level,
            Symbol {
                name: p.text.clone(),
                detail: None,
                kind: SymbolKind::Heading,
                span: p.source,
                selection: p.source,
                children: Vec::new(),
            },
        ));
    }
    close(&mut stack, &mut out, 0, end_of_doc);
    out.extend(toa_symbol(analysis));
    out
}

/// The "Table of Authorities" node of the document outline: one child per
/// authority (by section), selecting its first citation.
pub fn toa_symbol(analysis: &Analysis) -> Option<Symbol> {
    let auths = Authorities::of(analysis)?;
    let table = toa::build(analysis, auths, None);
    let mut sections = Vec::new();
    let mut whole: Option<Span> = None;
    for s in &table.sections {
        let mut children = Vec::new();
        for e in &s.entries {
            let first = e.citations.first()?.range;
            let last = e.citations.last()?.range;
            children.push(Symbol {
                name: e.name.clone(),
                detail: Some(format!("p. {}", toa::pages_text(e))),
                kind: SymbolKind::Authority,
                span: Span::new(first.start, last.end.max(first.end)),
                selection: first,
                children: Vec::new(),
            });
        }
        let span = children
            .iter()
            .map(|c| c.span)
            .reduce(|a, b| Span::new(a.start.min(b.start), a.end.max(b.end)))?;
        whole = Some(whole.map_or(span, |w| {
            Span::new(w.start.min(span.start), w.end.max(span.end))
        }));
        sections.push(Symbol {
            name: s.title.to_string(),
            detail: Some(format!("{}", children.len())),
            kind: SymbolKind::Section,
            span,
            selection: Span::new(span.start, span.start),
            children,
        });
    }
    let whole = whole?;
    Some(Symbol {
        name: "Table of Authorities".into(),
        detail: Some(format!(
            "{} authorities",
            auths
                .authorities
                .iter()
                .filter(|a| a.kind != AuthorityKind::Record)
                .count()
        )),
        kind: SymbolKind::Section,
        span: whole,
        selection: Span::new(whole.start, whole.start),
        children: sections,
    })
}

/// A workspace symbol: an authority from the library or another document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthoritySymbol {
    pub name: String,
    /// Where it comes from (library source, or the document that cites it).
    pub detail: Option<String>,
    pub target: Target,
}

/// Authorities whose name or citation contains `query` (case-insensitive), from the
/// library and from the other documents of the workspace (their full citations).
pub fn workspace_symbols(world: &World, query: &str) -> Vec<AuthoritySymbol> {
    let q = query.to_lowercase();
    let mut out = Vec::new();
    if let Some(library) = world.library {
        for e in library.search(query) {
            let name = match (&e.case_name, e.citations.first()) {
                (Some(n), Some(c)) => format!("{n}, {c}"),
                (Some(n), None) => n.clone(),
                (None, Some(c)) => c.clone(),
                (None, None) => continue,
            };
            out.push(AuthoritySymbol {
                name,
                detail: e.source.map(|s| s.describe().to_string()),
                target: Target::FileLines {
                    path: e.path.clone(),
                    start_line: e.lines.0,
                    end_line: e.lines.1,
                },
            });
        }
    }
    for (path, other) in world.others {
        let Some(auths) = Authorities::of(other) else {
            continue;
        };
        for a in auths
            .authorities
            .iter()
            .filter(|a| a.kind != AuthorityKind::Record)
        {
            let full = a.full.and_then(|f| auths.citation(other, f));
            let name = form::display(a, full, false);
            if !q.is_empty()
                && !name.to_lowercase().contains(&q)
                && !a.name.to_lowercase().contains(&q)
            {
                continue;
            }
            let Some(span) = a
                .citations
                .first()
                .and_then(|&i| auths.source_span(other, i))
            else {
                continue;
            };
            out.push(AuthoritySymbol {
                name,
                detail: Some(file_name(path)),
                target: Target::FileSpan {
                    path: path.clone(),
                    span,
                },
            });
        }
    }
    out
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default()
}
