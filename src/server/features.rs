//! Read-only editor features: hover, definition, references, completion, inlay hints,
//! document symbols. Each converts positions, calls the pure `crate::ide` function
//! over the current analysis and converts the result back.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ropey::Rope;
use tower_lsp::lsp_types as lsp;
use tower_lsp::lsp_types::{Location, Position, Range, Url};

use super::analysis_worker;
use super::documents::Snapshot;
use super::state::State;
use crate::ide::{self, Target, World};
use crate::proto::positions;
use crate::record::pages::page_line;
use crate::text::Encoding;

/// The current snapshot of a document and a byte offset for a client position.
async fn at(state: &Arc<State>, uri: &Url, pos: Position) -> Option<(Arc<Snapshot>, usize)> {
    let snapshot = analysis_worker::current(state, uri).await?;
    let offset = positions::offset(&snapshot.rope, pos, state.encoding()).offset;
    Some((snapshot, offset))
}

/// Runs `f` with the workspace as the `ide` functions see it: the index, and the latest
/// analyses of the other open documents (for cross-document references).
fn with_world<R>(state: &State, current: &Url, f: impl FnOnce(&World) -> R) -> R {
    let config = state.config();
    let root = state.root();
    let docket = state.workspace.docket();
    let library = state.workspace.library();
    let other_snapshots: Vec<(PathBuf, Arc<Snapshot>)> = state
        .docs
        .iter()
        .filter(|d| d.key() != current)
        .filter_map(|d| Some((d.key().to_file_path().ok()?, d.latest.clone()?)))
        .collect();
    let others: Vec<(PathBuf, &crate::analysis::Analysis)> = other_snapshots
        .iter()
        .map(|(p, s)| (p.clone(), s.analysis.as_ref()))
        .collect();
    let world = World {
        config: &config,
        root: root.as_deref(),
        docket: docket.as_deref(),
        library: library.as_deref(),
        others: &others,
    };
    f(&world)
}

pub async fn hover(state: &Arc<State>, params: lsp::HoverParams) -> Option<lsp::Hover> {
    let p = params.text_document_position_params;
    let (snap, offset) = at(state, &p.text_document.uri, p.position).await?;
    let found = with_world(state, &p.text_document.uri, |w| {
        ide::hover::hover(w, &snap.analysis, offset)
    })?;
    Some(lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: found.markdown,
        }),
        range: Some(positions::range(&snap.rope, found.span, state.encoding())),
    })
}

pub async fn definition(state: &Arc<State>, params: lsp::GotoDefinitionParams) -> Vec<Location> {
    let p = params.text_document_position_params;
    let Some((snap, offset)) = at(state, &p.text_document.uri, p.position).await else {
        return Vec::new();
    };
    let targets = with_world(state, &p.text_document.uri, |w| {
        ide::definition::definition(w, &snap.analysis, offset)
    });
    locations(state, &p.text_document.uri, &snap, targets)
}

pub async fn references(state: &Arc<State>, params: lsp::ReferenceParams) -> Vec<Location> {
    let p = params.text_document_position;
    let Some((snap, offset)) = at(state, &p.text_document.uri, p.position).await else {
        return Vec::new();
    };
    let targets = with_world(state, &p.text_document.uri, |w| {
        ide::references::references(w, &snap.analysis, offset)
    });
    locations(state, &p.text_document.uri, &snap, targets)
}

pub async fn completion(
    state: &Arc<State>,
    params: lsp::CompletionParams,
) -> Vec<lsp::CompletionItem> {
    let p = params.text_document_position;
    let Some((snap, offset)) = at(state, &p.text_document.uri, p.position).await else {
        return Vec::new();
    };
    let items = with_world(state, &p.text_document.uri, |w| {
        ide::completion::completion(w, &snap.analysis, offset)
    });
    let enc = state.encoding();
    items
        .into_iter()
        .map(|item| lsp::CompletionItem {
            label: item.label,
            kind: Some(match item.kind {
                ide::CompletionKind::Reference => lsp::CompletionItemKind::REFERENCE,
                ide::CompletionKind::Text => lsp::CompletionItemKind::TEXT,
                ide::CompletionKind::Value => lsp::CompletionItemKind::VALUE,
            }),
            detail: item.detail,
            documentation: item.documentation.map(|value| {
                lsp::Documentation::MarkupContent(lsp::MarkupContent {
                    kind: lsp::MarkupKind::Markdown,
                    value,
                })
            }),
            sort_text: Some(item.sort_text),
            text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit {
                range: positions::range(&snap.rope, item.replace, enc),
                new_text: item.insert_text,
            })),
            ..Default::default()
        })
        .collect()
}

pub async fn inlay_hints(state: &Arc<State>, params: lsp::InlayHintParams) -> Vec<lsp::InlayHint> {
    if !state.config().authorities.inlay_hints {
        return Vec::new();
    }
    let Some(snap) = analysis_worker::current(state, &params.text_document.uri).await else {
        return Vec::new();
    };
    let enc = state.encoding();
    let (range, _) = positions::span(&snap.rope, params.range, enc);
    let hints = with_world(state, &params.text_document.uri, |w| {
        crate::ide::authority::inlay_hints(w, &snap.analysis, range)
    });
    hints
        .into_iter()
        .map(|h| lsp::InlayHint {
            position: positions::position(&snap.rope, h.offset, enc),
            label: lsp::InlayHintLabel::String(h.label),
            kind: None,
            text_edits: None,
            tooltip: h.tooltip.map(lsp::InlayHintTooltip::String),
            padding_left: Some(true),
            padding_right: None,
            data: None,
        })
        .collect()
}

pub async fn document_symbols(
    state: &Arc<State>,
    params: lsp::DocumentSymbolParams,
) -> Vec<lsp::DocumentSymbol> {
    let Some(snap) = analysis_worker::current(state, &params.text_document.uri).await else {
        return Vec::new();
    };
    let enc = state.encoding();
    ide::symbols::document_symbols(&snap.analysis)
        .iter()
        .map(|s| symbol(&snap.rope, s, enc))
        .collect()
}

fn symbol(rope: &Rope, s: &ide::symbols::Symbol, enc: Encoding) -> lsp::DocumentSymbol {
    let range = positions::range(rope, s.span, enc);
    let mut selection_range = positions::range(rope, s.selection, enc);
    // LSP requires the selection to lie inside the range.
    if selection_range.start < range.start || selection_range.end > range.end {
        selection_range = range;
    }
    #[allow(deprecated)] // `deprecated` is a required field of the struct.
    lsp::DocumentSymbol {
        name: if s.name.trim().is_empty() {
            "(untitled)".into()
        } else {
            s.name.clone()
        },
        detail: s.detail.clone(),
        kind: match s.kind {
            ide::symbols::SymbolKind::Caption => lsp::SymbolKind::MODULE,
            ide::symbols::SymbolKind::Field => lsp::SymbolKind::FIELD,
            ide::symbols::SymbolKind::Heading => lsp::SymbolKind::NAMESPACE,
            ide::symbols::SymbolKind::Authority => lsp::SymbolKind::OBJECT,
            ide::symbols::SymbolKind::Section => lsp::SymbolKind::PACKAGE,
        },
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: (!s.children.is_empty())
            .then(|| s.children.iter().map(|c| symbol(rope, c, enc)).collect()),
    }
}

/// Navigation targets → LSP locations. Spans in other files are converted by reading the
/// file (or the open document's rope); unreadable files are skipped.
fn locations(state: &State, uri: &Url, snap: &Snapshot, targets: Vec<Target>) -> Vec<Location> {
    targets
        .into_iter()
        .filter_map(|t| target_location(state, Some((uri, snap)), t))
        .collect()
}

/// A navigation target as an LSP location; `Here` needs the current document.
fn target_location(
    state: &State,
    here: Option<(&Url, &Snapshot)>,
    target: Target,
) -> Option<Location> {
    let enc = state.encoding();
    let root = state.root();
    match target {
        Target::Here(span) => {
            let (uri, snap) = here?;
            Some(Location::new(
                uri.clone(),
                positions::range(&snap.rope, span, enc),
            ))
        }
        Target::FileSpan { path, span } => {
            let (uri, rope) = file_rope(state, &absolute(root.as_deref(), path))?;
            Some(Location::new(uri, positions::range(&rope, span, enc)))
        }
        Target::FileLines {
            path,
            start_line,
            end_line,
        } => {
            let uri = Url::from_file_path(absolute(root.as_deref(), path)).ok()?;
            let range = if start_line == 0 && end_line == 0 {
                Range::default()
            } else {
                Range::new(
                    Position::new(start_line, 0),
                    Position::new(end_line.saturating_add(1), 0),
                )
            };
            Some(Location::new(uri, range))
        }
        Target::FilePage { path, page, pins } => {
            let path = absolute(root.as_deref(), path);
            let line = crate::loader::read_text_file(&path, MAX_PAGE_READ)
                .and_then(|text| page_line(&text, &path.to_string_lossy(), page, pins))
                .unwrap_or(0);
            let uri = Url::from_file_path(path).ok()?;
            let at = Position::new(line, 0);
            Some(Location::new(uri, Range::new(at, at)))
        }
    }
}

/// Filed text documents larger than this are not read to find a pinned page.
const MAX_PAGE_READ: u64 = 20 * 1024 * 1024;

/// `workspace/symbol`: authorities of the library and of the open documents.
pub async fn workspace_symbols(state: &Arc<State>, query: &str) -> Vec<lsp::SymbolInformation> {
    // No current document: every open document counts as "other".
    let Ok(nowhere) = Url::parse("plead:workspace") else {
        return Vec::new();
    };
    let symbols = with_world(state, &nowhere, |w| {
        crate::ide::symbols::workspace_symbols(w, query)
    });
    symbols
        .into_iter()
        .filter_map(|s| {
            let location = target_location(state, None, s.target)?;
            #[allow(deprecated)] // `deprecated` is a required field of the LSP type
            Some(lsp::SymbolInformation {
                name: s.name,
                kind: lsp::SymbolKind::OBJECT,
                tags: None,
                deprecated: None,
                location,
                container_name: s.detail,
            })
        })
        .collect()
}

fn absolute(root: Option<&Path>, path: PathBuf) -> PathBuf {
    match root {
        Some(r) if path.is_relative() => r.join(path),
        _ => path,
    }
}

/// The text of a file as a rope: the open document's if the editor has it open.
fn file_rope(state: &State, path: &Path) -> Option<(Url, Rope)> {
    let uri = Url::from_file_path(path).ok()?;
    if let Some(doc) = state.docs.get(&uri) {
        return Some((uri, doc.rope.clone()));
    }
    let bytes = std::fs::read(path).ok()?;
    Some((uri, Rope::from_str(&String::from_utf8_lossy(&bytes))))
}

pub async fn document_links(
    state: &Arc<State>,
    params: lsp::DocumentLinkParams,
) -> Vec<lsp::DocumentLink> {
    let Some(snap) = analysis_worker::current(state, &params.text_document.uri).await else {
        return Vec::new();
    };
    let enc = state.encoding();
    crate::ide::authority::document_links(&snap.analysis)
        .into_iter()
        .filter_map(|(span, target)| {
            Some(lsp::DocumentLink {
                range: positions::range(&snap.rope, span, enc),
                target: Some(Url::parse(&target).ok()?),
                tooltip: Some("Open the citation's page".into()),
                data: None,
            })
        })
        .collect()
}
