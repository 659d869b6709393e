//! Authorities: what a cited authority is and what it stands for.
//!
//! - [`library`]: the offline authority library (Zotero/Juris-M CSL-JSON,
//!   Markdown notes, opinions saved in the workspace), indexed in the background
//!   by [`index_workspace`]; [`courtlistener`] is the opt-in online source.
//! - [`matching`]: which library entry a cited authority is.
//! - [`propositions`]: what this document cites each authority for.
//! - [`hover`]: the markdown preview; [`toa`]: the table of authorities;
//!   [`ide`]: navigation, references, completion, inlay hints, links, symbols.
//!
//! Everything except `library::index` and `courtlistener` is pure.

pub mod courtlistener;
pub mod form;
pub mod hover;
pub mod ide;
pub mod library;
pub mod matching;
pub mod propositions;
pub mod tables;
pub mod toa;

pub use library::{index_workspace, Entry, Library, SourceKind};
