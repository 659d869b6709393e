//! Typos: misspellings, legal confusables, doubled words, OCR damage.
//! (Filled in by the typo issue.)

use crate::analysis::{Analyzer, Rule};

pub struct TypoAnalyzer;

impl Analyzer for TypoAnalyzer {
    fn id(&self) -> &'static str {
        "typos"
    }
    fn rules(&self) -> &'static [Rule] {
        &[]
    }
}
