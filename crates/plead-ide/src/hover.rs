//! Hover: record cites first (they are short and unambiguous), then authorities.

use super::{Hover, World};
use plead_core::analysis::Analysis;

pub fn hover(world: &World, analysis: &Analysis, offset: usize) -> Option<Hover> {
    super::record::hover(world, analysis, offset)
        .or_else(|| super::authority::hover(world, analysis, offset))
}
