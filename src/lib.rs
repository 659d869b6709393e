//! plead: a language server and checker for legal drafting.
//!
//! Layers, from the bottom:
//! - [`text`]: offsets and LSP position encodings;
//! - [`document`]: the prose view of a pleading (gutters, pages, Markdown, caption);
//! - [`analysis`]: the analyzer trait and the cached pipeline;
//! - legal domains: [`citations`], [`typos`], [`record`], [`authorities`];
//! - [`config`]: `plead.toml` and LSP settings;
//! - [`ide`]: editor features as pure functions over an analysis;
//! - [`server`] (LSP adapter) and [`cli`] (command line), the only layers with I/O.

// Input must never panic the server: no unwrap/expect outside tests, except where an
// `#[allow]` says why it cannot fail (tests/it/robustness.rs keeps this so without clippy).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod analysis;
pub mod authorities;
pub mod citations;
pub mod cli;
pub mod config;
pub mod document;
pub mod engine;
pub mod ide;
pub mod record;
pub mod server;
pub mod text;
pub mod typos;
pub mod vocabulary;
