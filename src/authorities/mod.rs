//! Authorities: the offline library (CSL-JSON, Markdown notes, saved opinions),
//! hover previews, navigation and the table of authorities.
//! (Filled in by the authorities issue.)

pub mod ide;

/// Authorities known from the workspace.
#[derive(Debug, Default)]
pub struct Library {}
