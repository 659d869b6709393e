//! Completion: docket entries after `ECF No. `, short forms of authorities cited above.

use super::{CompletionItem, World};
use plead_core::analysis::Analysis;

pub fn completion(world: &World, analysis: &Analysis, offset: usize) -> Vec<CompletionItem> {
    super::record::completion(world, analysis, offset)
        .or_else(|| super::authority::completion(world, analysis, offset))
        .unwrap_or_default()
}
