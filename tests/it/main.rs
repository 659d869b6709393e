//! plead's integration tests, one binary (one link of the library instead of one per file).
//!
//! One module per area; `cli_support` runs the binary for the CLI tests, and `lsp_support`
//! is the one LSP test client (in process or the real binary over stdio, every wait
//! bounded), shared with `benches/lsp.rs`.

mod cli_support;
mod lsp_support;
mod style_support;
mod typo_support;

mod architecture;
mod authorities;
mod authorities_hostile;
mod authorities_lsp;
mod citation_styles;
mod citation_styles_h9;
mod citation_styles_r27;
mod citation_styles_r28;
mod citation_styles_r29;
mod citation_styles_r30;
mod citation_styles_r31;
mod citation_styles_r32;
mod citation_styles_r33;
mod citations_cli;
mod citations_labeled;
mod citations_precision;
mod citations_seed;
mod cli;
mod cli_batch;
mod cli_tools;
mod court_implied_r31;
mod courtlistener;
mod courtlistener_lsp;
mod docket_agreement;
mod docket_cites;
mod explain;
mod eyecite_cases;
mod ide_snapshots;
mod input_formats;
mod layout;
mod lsp_abuse;
mod lsp_features;
mod lsp_proptest;
mod lsp_protocol;
mod lsp_stdio;
mod offline;
mod pipeline;
mod precision;
mod prints_r31;
mod prints_r32;
mod prints_r33;
mod prose_view;
mod quotations;
mod readme;
mod record;
mod record_hostile;
mod record_lsp;
mod robustness;
mod spot_check;
mod suppress_lsp;
mod toa;
mod typos_calprec_r31;
mod typos_calprec_r32;
mod typos_cited_names;
mod typos_closed_class_r30;
mod typos_function_words;
mod typos_labeled;
mod typos_model_r32;
mod typos_nmprec_r33;
mod typos_r31;
mod typos_r32;
mod typos_r33;
mod typos_slip_r33;
mod typos_slips_r34;
