//! Citations: finding authorities (cases, short forms, Id., statutes, rules),
//! resolving short forms to their antecedents, and checking Bluebook form.
//!
//! Public model: [`model`] ([`ParagraphCitations`] per paragraph,
//! [`Authorities`] per document).

pub mod model;

pub use model::*;

use crate::analysis::{Analyzer, Rule};

pub struct CitationAnalyzer;

impl Analyzer for CitationAnalyzer {
    fn id(&self) -> &'static str {
        "citations"
    }
    fn rules(&self) -> &'static [Rule] {
        &[]
    }
}
