//! plead-core: the pure analysis of legal documents. Text in, findings out: no I/O, no
//! LSP types, no async.
//!
//! Layers, from the bottom (each imports only layers below it; `ARCHITECTURE.md`):
//! - [`text`] (offsets, the line index) and [`vocabulary`] (spans, severities, rules,
//!   findings, fixes): the words every layer speaks;
//! - [`document`] (the prose view of a pleading: gutters, pages, Markdown, caption) and
//!   [`config`] (the settings schema), [`formats`] (bytes to text: PDF, .docx, encodings);
//! - [`analysis`]: the analyzer trait and the cached pipeline, knowing no legal domain;
//! - legal domains: [`citations`], [`typos`], [`record`], [`authorities`];
//! - [`engine`]: plead's analyzers and the workspace inputs they receive.

// Input must never panic the server: no unwrap/expect outside tests, except where an
// `#[allow]` says why it cannot fail (tests/it/robustness.rs keeps this so without clippy).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod analysis;
pub mod authorities;
pub mod citations;
pub mod config;
pub mod document;
pub mod engine;
pub mod formats;
pub mod record;
pub mod text;
pub mod typos;
pub mod vocabulary;

/// Real text for the core's unit tests: the repository's fixture opinions
/// (tests/fixtures/opinions, public-domain court opinions; sources in its SOURCES.md).
/// The fast paths of the keystroke path are checked against their plain versions on it.
#[cfg(test)]
#[allow(clippy::expect_used)] // test code: a missing fixture should fail loudly
mod test_fixtures {
    /// The text of every file of the fixture opinions folder, in file-name order. Panics
    /// when a file cannot be read, so that a comparison over them cannot pass on no text.
    pub fn opinions() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/opinions");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("fixture opinions")
            .flatten()
            .map(|e| e.path())
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("fixture opinion"))
            .collect()
    }
}
