//! Authorities: what a cited authority is and what it stands for.
//!
//! - [`library`]: the offline authority library (Zotero/Juris-M CSL-JSON,
//!   Markdown notes, opinions saved in the workspace), built by [`library::build`]
//!   from the files the loader reads; [`courtlistener`]: what to ask the opt-in
//!   online source and how to read its answer.
//! - [`matching`]: which library entry a cited authority is.
//! - [`propositions`]: what this document cites each authority for.
//! - [`toa`]: the table of authorities. Editor features (hover, navigation,
//!   completion, inlay hints, links, symbols) live in `plead_ide::authority`.
//!
//! All of it is pure: files and the network are the loader's (`plead::loader`).

pub mod courtlistener;
pub mod form;
pub mod library;
pub mod matching;
pub mod propositions;
pub mod tables;
pub mod toa;

pub use library::{Entry, Library, SourceKind};
