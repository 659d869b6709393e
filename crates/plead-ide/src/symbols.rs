//! Document symbols: the caption, the heading outline, then the table of authorities.

use plead_core::analysis::{Analysis, Span};
use plead_core::document::BlockKind;

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
    out.extend(super::authority::toa_symbol(analysis));
    out
}
