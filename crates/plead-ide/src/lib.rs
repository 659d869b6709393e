//! plead-ide: editor features as pure functions over an [`Analysis`] and the workspace
//! ([`World`]). The server converts their byte offsets to LSP positions.
//! Each feature dispatches to the domain that owns the thing under the cursor.

// Input must never panic the server (see plead-core).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod authority;
mod authority_hover;
pub mod code_actions;
pub mod completion;
pub mod definition;
pub mod hover;
pub mod record;
pub mod references;
pub mod symbols;
pub mod toa;

use std::path::PathBuf;

use plead_core::analysis::{Analysis, Span};
use plead_core::authorities::Library;
use plead_core::config::Config;
use plead_core::record::Docket;

/// The workspace as features see it.
pub struct World<'a> {
    pub config: &'a Config,
    pub root: Option<&'a std::path::Path>,
    pub docket: Option<&'a Docket>,
    pub library: Option<&'a Library>,
    /// Other open or indexed documents, for cross-document references.
    pub others: &'a [(PathBuf, &'a Analysis)],
}

/// Where a navigation result points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A span in the current document.
    Here(Span),
    /// A byte span in another text file.
    FileSpan { path: PathBuf, span: Span },
    /// A line range (0-based, inclusive) in another file; whole file when both are 0.
    FileLines {
        path: PathBuf,
        start_line: u32,
        end_line: u32,
    },
    /// A pinned page of a filed document: the adapter reads the file and finds the page
    /// with [`plead_core::record::pages::page_line`] (the whole file when it cannot).
    FilePage {
        path: PathBuf,
        page: u32,
        pins: plead_core::config::PinPages,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hover {
    pub span: Span,
    pub markdown: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    Reference,
    Text,
    Value,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletionItem {
    pub label: String,
    pub detail: Option<String>,
    pub documentation: Option<String>,
    /// Text replacing `replace`.
    pub insert_text: String,
    pub replace: Span,
    /// Sorts items; lower first.
    pub sort_text: String,
    pub kind: CompletionKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlayHint {
    /// Source offset after which the hint is shown.
    pub offset: usize,
    pub label: String,
    pub tooltip: Option<String>,
}
