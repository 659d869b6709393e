//! Go to definition: record cite → docket entry; short form / Id. → full citation.

use super::{Target, World};
use plead_core::analysis::Analysis;

pub fn definition(world: &World, analysis: &Analysis, offset: usize) -> Vec<Target> {
    super::record::definition(world, analysis, offset)
        .or_else(|| super::authority::definition(world, analysis, offset))
        .unwrap_or_default()
}
