//! plead's integration tests, one binary (one link of the library instead of one per file).
//!
//! One module per area; `lsp_support` is the one LSP test client (in process or the real
//! binary over stdio, every wait bounded), shared with `benches/lsp.rs`.

mod lsp_support;

mod architecture;
mod authorities;
mod authorities_hostile;
mod authorities_lsp;
mod citation_styles;
mod citations_cli;
mod citations_labeled;
mod citations_seed;
mod cli;
mod cli_batch;
mod courtlistener;
mod courtlistener_lsp;
mod eyecite_cases;
mod ide_snapshots;
mod lsp_abuse;
mod lsp_features;
mod lsp_proptest;
mod lsp_protocol;
mod lsp_stdio;
mod offline;
mod pipeline;
mod prose_view;
mod readme;
mod record;
mod record_hostile;
mod record_lsp;
mod robustness;
mod toa;
mod typos_labeled;
