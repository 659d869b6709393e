//! The analyzers plead runs, in order. Order matters: later analyzers see the
//! facts (and protected spans) of earlier ones.

use std::sync::LazyLock;

use super::{Analyzer, Rule};

static ANALYZERS: LazyLock<Vec<Box<dyn Analyzer>>> = LazyLock::new(|| {
    vec![
        Box::new(crate::citations::CitationAnalyzer),
        Box::new(crate::record::RecordAnalyzer),
        Box::new(crate::typos::TypoAnalyzer),
    ]
});

/// The registered analyzers.
pub fn analyzers() -> Vec<&'static dyn Analyzer> {
    ANALYZERS.iter().map(|a| a.as_ref()).collect()
}

/// Every rule of every registered analyzer.
pub fn all_rules() -> Vec<&'static Rule> {
    ANALYZERS.iter().flat_map(|a| a.rules().iter()).collect()
}
