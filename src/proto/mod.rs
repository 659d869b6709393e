//! To and from the protocol, in one place (as texlab's `from_proto`/`to_proto`): LSP
//! positions in the negotiated encoding, and findings as LSP diagnostics. The server
//! publishes through it and the command line's JSON and SARIF output reuse it, so a
//! diagnostic reads the same wherever it comes from.

pub mod diagnostics;
pub mod positions;
