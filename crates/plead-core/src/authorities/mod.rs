//! Authorities: what a cited authority is and what it stands for.
//!
//! - [`library`]: the offline authority library (Zotero/Juris-M CSL-JSON,
//!   Markdown notes, opinions saved in the workspace), indexed in the background
//!   by [`index_workspace`]; [`courtlistener`] is the opt-in online source.
//! - [`matching`]: which library entry a cited authority is.
//! - [`propositions`]: what this document cites each authority for.
//! - [`toa`]: the table of authorities. Editor features (hover, navigation,
//!   completion, inlay hints, links, symbols) live in `crate::ide::authority`.
//!
//! Everything except `library::index` and `courtlistener` is pure.

pub mod courtlistener;
pub mod form;
pub mod library;
pub mod matching;
pub mod propositions;
pub mod tables;
pub mod toa;

pub use library::{index_workspace, Entry, Library, SourceKind};
