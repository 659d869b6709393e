//! Findings → LSP diagnostics, shared by the server and `plead check --format json`.

use serde::Serialize;
use tower_lsp::lsp_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Position, Range, TextEdit, Url,
};

use crate::analysis::{Finding, Severity};

/// Where each rule is documented (the README's rule list has one anchor per rule).
pub const RULES_DOC_URL: &str = "https://github.com/plead-lsp/plead/blob/main/README.md";

pub fn rule_doc_url(code: &str) -> Option<Url> {
    let anchor: String = code
        .chars()
        .map(|c| if c == '/' { '-' } else { c })
        .collect();
    Url::parse(&format!("{RULES_DOC_URL}#{anchor}")).ok()
}

/// [`rule_doc_url`] parsed once per rule and thread: publishing converts thousands of
/// findings per keystroke on a long brief, and URL parsing dominated that.
fn cached_rule_doc_url(code: &'static str) -> Option<Url> {
    thread_local! {
        static URLS: std::cell::RefCell<rustc_hash::FxHashMap<&'static str, Option<Url>>> =
            std::cell::RefCell::default();
    }
    URLS.with(|urls| {
        urls.borrow_mut()
            .entry(code)
            .or_insert_with(|| rule_doc_url(code))
            .clone()
    })
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// A finding as an LSP diagnostic; `pos` converts a source byte offset to a position.
pub fn diagnostic(f: &Finding, pos: &dyn Fn(usize) -> Position) -> Diagnostic {
    Diagnostic {
        range: Range::new(pos(f.span.start), pos(f.span.end)),
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.code.to_string())),
        code_description: cached_rule_doc_url(f.code).map(|href| CodeDescription { href }),
        source: Some("plead".into()),
        message: f.message.clone(),
        related_information: None,
        tags: None,
        data: None,
    }
}

/// A fix as serialized by `plead check --format json`.
#[derive(Serialize)]
pub struct JsonFix {
    pub title: String,
    pub edits: Vec<JsonEdit>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JsonEdit {
    pub range: Range,
    pub new_text: String,
}

/// An LSP diagnostic plus its fixes, as in `plead check --format json`.
#[derive(Serialize)]
pub struct JsonDiagnostic {
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<JsonFix>,
}

pub fn json_diagnostic(f: &Finding, pos: &dyn Fn(usize) -> Position) -> JsonDiagnostic {
    JsonDiagnostic {
        diagnostic: diagnostic(f, pos),
        fixes: f
            .fixes
            .iter()
            .map(|fix| JsonFix {
                title: fix.title.clone(),
                edits: fix
                    .edits
                    .iter()
                    .map(|e| JsonEdit {
                        range: Range::new(pos(e.span.start), pos(e.span.end)),
                        new_text: e.new_text.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

pub fn text_edit(
    span: crate::analysis::Span,
    new_text: &str,
    pos: &dyn Fn(usize) -> Position,
) -> TextEdit {
    TextEdit {
        range: Range::new(pos(span.start), pos(span.end)),
        new_text: new_text.to_string(),
    }
}
