//! SARIF 2.1.0 output, streamed: the header first, then each file's results as soon
//! as it is checked (rendered on any thread by [`results`]), then the footer.

use std::io::{self, Write};
use std::path::Path;

use serde_json::json;

use crate::analysis::{Finding, Severity};
use crate::engine::all_rules;
use crate::text::{Encoding, LineIndex};

pub struct Writer {
    first: bool,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

impl Writer {
    pub fn start(out: &mut impl Write) -> Writer {
        let rules: Vec<_> = all_rules()
            .iter()
            .map(|r| {
                json!({
                    "id": r.code,
                    "shortDescription": { "text": r.summary },
                    "defaultConfiguration": { "level": level(r.default_severity) },
                    "helpUri": crate::proto::diagnostics::rule_doc_url(r.code).map(|u| u.to_string()),
                })
            })
            .collect();
        let driver = json!({
            "name": "plead",
            "version": env!("CARGO_PKG_VERSION"),
            "informationUri": crate::proto::diagnostics::RULES_DOC_URL,
            "rules": rules,
        });
        let _ = write!(
            out,
            "{{\"version\":\"2.1.0\",\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"runs\":[{{\"tool\":{{\"driver\":{driver}}},\"columnKind\":\"utf16CodeUnits\",\"results\":["
        );
        Writer { first: true }
    }

    /// Appends one file's rendered [`results`], separated from earlier ones by a comma.
    pub fn write_results(&mut self, out: &mut impl Write, results: &[u8]) -> io::Result<()> {
        if results.is_empty() {
            return Ok(());
        }
        if !self.first {
            out.write_all(b",")?;
        }
        self.first = false;
        out.write_all(results)
    }

    pub fn finish(self, out: &mut impl Write) -> io::Result<()> {
        writeln!(out, "]}}]}}")
    }
}

/// One file's SARIF results, comma-separated (empty when there are no findings).
/// `page_of` gives a finding's 1-based page in a PDF or .docx (None for text), kept in
/// the result's property bag as `"page"`.
pub fn results(
    path: &Path,
    text: &str,
    findings: &[Finding],
    page_of: &dyn Fn(usize) -> Option<u32>,
) -> Vec<u8> {
    let index = LineIndex::new(text);
    let region = |s: usize, e: usize| {
        let a = index.line_col(text, s, Encoding::Utf16);
        let b = index.line_col(text, e, Encoding::Utf16);
        json!({ "startLine": a.line + 1, "startColumn": a.col + 1, "endLine": b.line + 1, "endColumn": b.col + 1 })
    };
    let uri = path.to_string_lossy().replace('\\', "/");
    let mut out = Vec::new();
    for f in findings {
        let fixes: Vec<_> = f
            .fixes
            .iter()
            .map(|fix| {
                json!({
                    "description": { "text": fix.title },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": uri },
                        "replacements": fix.edits.iter().map(|e| json!({
                            "deletedRegion": region(e.span.start, e.span.end),
                            "insertedContent": { "text": e.new_text },
                        })).collect::<Vec<_>>(),
                    }],
                })
            })
            .collect();
        let mut result = json!({
            "ruleId": f.code,
            "level": level(f.severity),
            "message": { "text": f.message },
            "locations": [{ "physicalLocation": {
                "artifactLocation": { "uri": uri },
                "region": region(f.span.start, f.span.end),
            }}],
            "fixes": fixes,
        });
        if let Some(page) = page_of(f.span.start) {
            result["properties"] = json!({ "page": page });
        }
        if !out.is_empty() {
            out.push(b',');
        }
        // Writing JSON into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut out, &result);
    }
    out
}
