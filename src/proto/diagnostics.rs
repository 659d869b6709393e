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
        message: f.message.to_string(),
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
                title: fix.title.to_string(),
                edits: fix
                    .edits
                    .iter()
                    .map(|e| JsonEdit {
                        range: Range::new(pos(e.span.start), pos(e.span.end)),
                        new_text: e.new_text.to_string(),
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

/// The JSON-RPC body of `textDocument/publishDiagnostics` for `findings`, written
/// straight from them: the same JSON as [`diagnostic`] through tower-lsp, without the
/// intermediate `Diagnostic` values and `serde_json::Value` tree (see `outbox`).
///
/// Everything in a diagnostic after its range depends only on the finding's rule,
/// severity and message, which rarely change between keystrokes: that part is rendered
/// once and reused ([`DiagnosticTails`]), so a publish mostly writes ranges.
pub fn publish_diagnostics_body(
    uri: &Url,
    version: Option<i32>,
    findings: &[Finding],
    pos: &dyn Fn(usize) -> Position,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(findings.len() * 256 + 256);
    out.extend_from_slice(
        br#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"#,
    );
    // Writing JSON into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut out, uri.as_str());
    out.extend_from_slice(br#","diagnostics":["#);
    let mut tails = DIAGNOSTIC_TAILS.lock().unwrap_or_else(|p| p.into_inner());
    for (i, f) in findings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_range(&mut out, pos(f.span.start), pos(f.span.end));
        tails.write(f, &mut out);
    }
    drop(tails);
    out.push(b']');
    if let Some(version) = version {
        out.extend_from_slice(br#","version":"#);
        out.extend_from_slice(version.to_string().as_bytes());
    }
    out.extend_from_slice(b"}}");
    out
}

/// `{"range":{"start":{"line":…,"character":…},"end":{…}}`, as serde writes a `Range`
/// (the field order of `lsp_types`), without its serializer: it runs twice per finding.
fn write_range(out: &mut Vec<u8>, start: Position, end: Position) {
    out.extend_from_slice(br#"{"range":{"start":{"line":"#);
    push_decimal(out, start.line);
    out.extend_from_slice(br#","character":"#);
    push_decimal(out, start.character);
    out.extend_from_slice(br#"},"end":{"line":"#);
    push_decimal(out, end.line);
    out.extend_from_slice(br#","character":"#);
    push_decimal(out, end.character);
    out.extend_from_slice(b"}}");
}

fn push_decimal(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(crate::text::decimal_digits(n, &mut [0; 10]));
}

/// Rendered diagnostic tails (`,"severity":…,"message":"…"}`) by finding content,
/// shared by all documents; bounded by clearing when full.
static DIAGNOSTIC_TAILS: std::sync::LazyLock<std::sync::Mutex<DiagnosticTails>> =
    std::sync::LazyLock::new(Default::default);

#[derive(Default)]
struct DiagnosticTails {
    by_hash: rustc_hash::FxHashMap<u64, Tail>,
}

struct Tail {
    code: &'static str,
    severity: Severity,
    message: std::sync::Arc<str>,
    json: Box<[u8]>,
}

impl DiagnosticTails {
    const LIMIT: usize = 50_000;

    fn write(&mut self, f: &Finding, out: &mut Vec<u8>) {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        f.code.hash(&mut h);
        f.severity.hash(&mut h);
        f.message.hash(&mut h);
        let key = h.finish();
        if let Some(t) = self.by_hash.get(&key) {
            if t.code == f.code && t.severity == f.severity && *t.message == *f.message {
                out.extend_from_slice(&t.json);
                return;
            }
        }
        let json = render_tail(f);
        out.extend_from_slice(&json);
        if self.by_hash.len() >= Self::LIMIT {
            self.by_hash.clear();
        }
        self.by_hash.insert(
            key,
            Tail {
                code: f.code,
                severity: f.severity,
                message: f.message.clone(),
                json,
            },
        );
    }
}

/// `,"severity":2,"code":"…","codeDescription":{"href":"…"},"source":"plead","message":"…"}`
fn render_tail(f: &Finding) -> Box<[u8]> {
    let tail = DiagnosticTail {
        severity: severity(f.severity),
        code: f.code,
        code_description: cached_rule_doc_url(f.code).map(|href| CodeDescription { href }),
        source: "plead",
        message: &f.message,
    };
    let mut json = serde_json::to_vec(&tail).unwrap_or_else(|_| b"{}".to_vec());
    // `{"severity"…}` continues the diagnostic object opened with its range.
    if let Some(first) = json.first_mut() {
        *first = b',';
    }
    json.into_boxed_slice()
}

/// The fields of [`diagnostic`] after its range, serialized the same way.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DiagnosticTail<'a> {
    severity: DiagnosticSeverity,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    code_description: Option<CodeDescription>,
    source: &'static str,
    message: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Span;
    use crate::engine::all_rules;

    /// The direct serializer and tower-lsp's route (typed params → `Value`) agree,
    /// for every rule's documentation link and for text that needs escaping.
    #[test]
    fn direct_publish_body_equals_tower_lsp_json() {
        let uri = Url::parse("file:///tmp/brief%20one.txt").expect("url");
        let findings: Vec<Finding> = all_rules()
            .into_iter()
            .enumerate()
            .map(|(i, rule)| Finding {
                span: Span::new(i, i + 3),
                code: rule.code,
                severity: rule.default_severity,
                message: format!("“{}” \"quoted\" \\ tab\t§ {i}", rule.summary).into(),
                fixes: Default::default(),
            })
            .collect();
        assert!(findings.len() > 20, "every rule is covered");
        // Lines of every width, from 0 to near u32::MAX.
        let pos = |o: usize| Position::new((o as u32).wrapping_mul(0x9E37_79B9), o as u32 % 7);
        for version in [Some(3), None] {
            let body = publish_diagnostics_body(&uri, version, &findings, &pos);
            let direct: serde_json::Value = serde_json::from_slice(&body).expect("valid JSON");
            let params = tower_lsp::lsp_types::PublishDiagnosticsParams {
                uri: uri.clone(),
                diagnostics: findings.iter().map(|f| diagnostic(f, &pos)).collect(),
                version,
            };
            let expected = serde_json::json!({
                "jsonrpc": "2.0",
                "method": "textDocument/publishDiagnostics",
                "params": serde_json::to_value(params).expect("params serialize"),
            });
            assert_eq!(direct, expected);
            // The second rendering comes from the tail cache: byte for byte the same.
            assert_eq!(
                publish_diagnostics_body(&uri, version, &findings, &pos),
                body
            );
        }
    }
}
