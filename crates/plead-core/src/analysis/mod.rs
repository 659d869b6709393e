//! The analysis pipeline: document → per-paragraph analyzers (cached by content)
//! → one cheap document-wide pass → findings in source coordinates.
//!
//! Pure: text in, findings out. No LSP types, no I/O, no async. It knows no legal
//! domain: analyzers are handed to it (see `crate::engine` for plead's list).

mod facts;
use crate::vocabulary;
mod pipeline;
pub mod trust;

pub use facts::{DocFinding, DocumentFacts, DocumentMemo, Extensions, ParagraphFacts};
pub use pipeline::{
    analyze_with, Analysis, ParagraphCache, WorkspaceInputs, MAX_ANALYZED_PARAGRAPH,
};
pub use vocabulary::{family_of, Edit, Edits, Finding, Fix, Fixes, Rule, Severity, Span};

use crate::config::Config;
use crate::document::{Document, Paragraph};

/// Inputs of a per-paragraph analyzer. Results may depend on nothing else,
/// because they are cached by the paragraph's content and the config.
pub struct ParagraphContext<'a> {
    pub paragraph: &'a Paragraph,
    pub config: &'a Config,
}

/// Inputs of the document-wide pass.
pub struct DocumentContext<'a> {
    pub document: &'a Document,
    pub paragraphs: &'a [std::sync::Arc<ParagraphFacts>],
    pub config: &'a Config,
    /// What the engine knows of the workspace (the docket…), by type.
    pub workspace: &'a WorkspaceInputs,
    /// What document passes kept from the previous run over this document, to reuse
    /// when their inputs did not change in substance (see [`DocumentMemo`]).
    pub memo: &'a DocumentMemo,
}

/// One analyzer: a legal domain (citations, typos, record cites…).
///
/// Adding one is a new module implementing this trait plus one line in `engine`.
pub trait Analyzer: Send + Sync {
    /// Short name, e.g. "citations".
    fn id(&self) -> &'static str;
    /// Every rule this analyzer can report.
    fn rules(&self) -> &'static [Rule];
    /// Per-paragraph work. `out` already holds what earlier analyzers found in this
    /// paragraph (their `protected` spans, their typed facts).
    fn paragraph(&self, _cx: &ParagraphContext, _out: &mut ParagraphFacts) {}
    /// Cheap document-wide work over all paragraphs' facts (short-form resolution,
    /// consistency). `out` holds what earlier analyzers' document passes produced.
    fn document(&self, _cx: &DocumentContext, _out: &mut DocumentFacts) {}
    /// Words this analyzer knows, lent to the prose view to mend hyphenated line
    /// breaks (`dis-` ⏎ `trict` → `district`, `well-` ⏎ `known` stays). The first
    /// analyzer that has one lends it.
    fn word_list(&self) -> Option<&'static dyn crate::document::WordList> {
        None
    }
}
