//! Editor features on record citations: hover, definition, completion, references.

use crate::analysis::Analysis;
use crate::ide::{CompletionItem, Hover, Target, World};

pub fn hover(_world: &World, _analysis: &Analysis, _offset: usize) -> Option<Hover> {
    None
}

pub fn definition(_world: &World, _analysis: &Analysis, _offset: usize) -> Option<Vec<Target>> {
    None
}

pub fn references(_world: &World, _analysis: &Analysis, _offset: usize) -> Option<Vec<Target>> {
    None
}

pub fn completion(
    _world: &World,
    _analysis: &Analysis,
    _offset: usize,
) -> Option<Vec<CompletionItem>> {
    None
}
