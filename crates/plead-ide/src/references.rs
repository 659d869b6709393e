//! Find references: every citation of the same authority or docket entry.

use super::{Target, World};
use plead_core::analysis::Analysis;

pub fn references(world: &World, analysis: &Analysis, offset: usize) -> Vec<Target> {
    super::record::references(world, analysis, offset)
        .or_else(|| super::authority::references(world, analysis, offset))
        .unwrap_or_default()
}
