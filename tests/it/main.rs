//! plead's integration tests, one binary (one link of the library instead of one per file).
//!
//! Each module is a former `tests/*.rs` file; shared harnesses are `lsp_support` (the LSP
//! test client) and `stdio_lsp` (the real binary over stdio with deadlines).

mod lsp_support;
mod stdio_lsp;

mod architecture;
mod authorities;
mod authorities_hostile;
mod authorities_lsp;
mod citations_cli;
mod citations_labeled;
mod citations_seed;
mod cli;
mod cli_batch;
mod courtlistener;
mod courtlistener_lsp;
mod ide_snapshots;
mod lsp_abuse;
mod lsp_features;
mod lsp_proptest;
mod lsp_protocol;
mod lsp_stdio;
mod offline;
mod pipeline;
mod precision;
mod prose_view;
mod quotations;
mod readme;
mod record;
mod record_hostile;
mod record_lsp;
mod robustness;
mod toa;
mod typos_labeled;
