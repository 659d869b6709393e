//! The engine: plead's analyzers, in order, and what the workspace gives them.
//!
//! The top of the pure core. `analysis` runs any list of analyzers and knows no legal
//! domain; this module names the domains (citations, record cites, typos) and turns the
//! workspace (the case's docket) into the typed inputs their document passes read.

use std::sync::{Arc, LazyLock};

use crate::analysis::{self, Analysis, Analyzer, ParagraphCache, WorkspaceInputs};
use crate::config::Config;
use crate::document::Format;
use crate::record::Docket;
use crate::vocabulary::Rule;

/// The analyzers, in order. Order matters: later analyzers see the facts (and
/// protected spans) of earlier ones.
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

/// Every rule code, for checking configuration and suppression comments.
pub fn rule_codes() -> Vec<&'static str> {
    ANALYZERS
        .iter()
        .flat_map(|a| a.rules().iter().map(|r| r.code))
        .collect()
}

/// What the analysis may know about the workspace besides the text.
#[derive(Clone, Debug, Default)]
pub struct Workspace {
    /// The case's docket, when the workspace has one.
    pub docket: Option<Arc<Docket>>,
}

impl Workspace {
    /// The workspace as the domains' document passes receive it.
    pub fn inputs(&self) -> WorkspaceInputs {
        let mut inputs = WorkspaceInputs::default();
        if let Some(docket) = &self.docket {
            inputs.insert(docket.clone());
        }
        inputs
    }
}

/// Analyzes `text` with the registered analyzers, without workspace knowledge.
pub fn analyze(
    text: &str,
    format: Format,
    config: &Config,
    cache: &mut ParagraphCache,
) -> Analysis {
    analyze_in(text, format, config, &Workspace::default(), cache)
}

/// Analyzes `text` with the registered analyzers in a workspace (docket checks on).
pub fn analyze_in(
    text: &str,
    format: Format,
    config: &Config,
    workspace: &Workspace,
    cache: &mut ParagraphCache,
) -> Analysis {
    match analyze_with(
        &analyzers(),
        text,
        format,
        config,
        workspace,
        cache,
        &|| false,
    ) {
        Some(a) => a,
        None => unreachable!("analysis without a cancellation signal cannot be cancelled"),
    }
}

/// Analyzes `text` with the given analyzers. Returns None if `cancelled()` turns
/// true between paragraphs (a newer edit arrived).
pub fn analyze_with(
    analyzers: &[&dyn Analyzer],
    text: &str,
    format: Format,
    config: &Config,
    workspace: &Workspace,
    cache: &mut ParagraphCache,
    cancelled: &dyn Fn() -> bool,
) -> Option<Analysis> {
    analysis::analyze_with(
        analyzers,
        text,
        format,
        config,
        &workspace.inputs(),
        cache,
        cancelled,
    )
}
