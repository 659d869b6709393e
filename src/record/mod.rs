//! Record citations (`ECF No. 34`, `Dkt. 12`, `Doc. 37`…) and the case's docket.
//! (Filled in by the record-citations issue.)

pub mod ide;

use crate::analysis::{Analyzer, Rule};

pub struct RecordAnalyzer;

impl Analyzer for RecordAnalyzer {
    fn id(&self) -> &'static str {
        "record"
    }
    fn rules(&self) -> &'static [Rule] {
        &[]
    }
}

/// The case's docket, indexed from files in the workspace.
#[derive(Debug, Default)]
pub struct Docket {}
