//! plead: a language server and checker for legal drafting.
//!
//! The house, from the bottom (`ARCHITECTURE.md`):
//! - `plead-core`: the pure analysis — [`text`], [`vocabulary`], [`document`],
//!   [`config`], [`analysis`], the legal domains ([`citations`], [`typos`],
//!   [`record`], [`authorities`]) and the [`engine`];
//! - `plead-ide`: editor features as pure functions over an analysis ([`ide`]);
//! - this crate: [`server`] (the LSP adapter) and [`cli`] (the command line), the only
//!   code that does I/O.
//!
//! The lower crates are re-exported under their module names, so `plead::citations`
//! and `plead::ide::hover` name the same items as in their own crates.

// Input must never panic the server: no unwrap/expect outside tests, except where an
// `#[allow]` says why it cannot fail (tests/it/robustness.rs keeps this so without clippy).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub use plead_core::{
    analysis, authorities, citations, config, document, engine, formats, record, text, typos,
    vocabulary,
};
pub use plead_ide as ide;

pub mod cli;
pub mod loader;
pub mod proto;
pub mod server;
