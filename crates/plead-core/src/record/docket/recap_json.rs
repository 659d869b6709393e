//! CourtListener / RECAP JSON: a docket with `docket_entries[]`, each with
//! `entry_number`, `date_filed`, `description` and `recap_documents[]`
//! (`document_number`, `attachment_number`, `description`, `filepath_local`,
//! `page_count`). Also accepted: a bare array of entries, or an API page
//! `{"results": [...]}` from the docket-entries endpoint.
//!
//! Read through `serde_json::Value` rather than typed structs: exports differ in
//! which fields they carry and whether numbers are strings, and one odd entry must
//! not make the whole file unreadable.

use std::collections::HashMap;

use serde_json::Value;

use super::text::{attachments_in_text, parse_date};
use super::{collapse, entry_number, ParseError, ParsedAttachment, ParsedDocket, ParsedEntry};

/// Whether `text` looks like a RECAP docket export (cheap test before parsing).
pub fn looks_like(text: &str) -> bool {
    text.contains("\"docket_entries\"")
        || (text.contains("\"entry_number\"") && text.contains("\"recap_documents\""))
}

pub fn parse(text: &str) -> Result<ParsedDocket, ParseError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| ParseError(format!("invalid JSON: {e}")))?;
    let (top, entries) = match &value {
        Value::Object(o) => {
            let list = o.get("docket_entries").or_else(|| o.get("results"));
            match list {
                Some(Value::Array(a)) => (Some(o), a.as_slice()),
                _ => return Err(ParseError("no `docket_entries` array".into())),
            }
        }
        Value::Array(a) => (None, a.as_slice()),
        _ => {
            return Err(ParseError(
                "expected a JSON object with `docket_entries`".into(),
            ))
        }
    };
    let lines = EntryLines::new(text);
    let mut out = ParsedDocket {
        kind: super::ReportKind::Export,
        ..ParsedDocket::default()
    };
    if let Some(top) = top {
        let s = |k: &str| {
            top.get(k)
                .and_then(Value::as_str)
                .map(str::to_string)
                .filter(|s| !s.is_empty())
        };
        out.case_name = s("case_name").or_else(|| s("case_name_short"));
        out.case_number = s("docket_number");
        out.court = s("court_id").or_else(|| s("court"));
        out.court_id = s("court_id");
    }
    for e in entries {
        let Some(number) = e.get("entry_number").and_then(number_of) else {
            continue;
        };
        let description = e
            .get("description")
            .and_then(Value::as_str)
            .map(collapse)
            .unwrap_or_default();
        let mut entry = ParsedEntry {
            number,
            date_filed: e
                .get("date_filed")
                .and_then(Value::as_str)
                .and_then(parse_date),
            line: lines.line_of(number),
            attachments: attachments_in_text(&description),
            text: description,
            ..ParsedEntry::default()
        };
        if let Some(Value::Array(docs)) = e.get("recap_documents") {
            entry.attachments_listed = !docs.is_empty();
            for d in docs {
                read_document(d, &mut entry);
            }
        }
        out.entries.push(entry);
    }
    Ok(out)
}

fn read_document(d: &Value, entry: &mut ParsedEntry) {
    let path = d
        .get("filepath_local")
        .and_then(Value::as_str)
        .filter(|p| !p.is_empty())
        .map(str::to_string);
    let pages = d.get("page_count").and_then(number_of);
    let description = d
        .get("description")
        .and_then(Value::as_str)
        .map(collapse)
        .filter(|s| !s.is_empty());
    let attachment = d
        .get("attachment_number")
        .and_then(number_of)
        .filter(|&n| n > 0);
    let is_attachment =
        d.get("document_type").and_then(number_of) == Some(2) || attachment.is_some();
    match attachment.filter(|_| is_attachment) {
        None => {
            entry.file = entry.file.take().or(path);
            entry.page_count = entry.page_count.or(pages);
            if entry.text.is_empty() {
                entry.text = description.unwrap_or_default();
            }
        }
        Some(n) => match entry.attachments.iter_mut().find(|a| a.number == n) {
            Some(a) => {
                a.file = a.file.take().or(path);
                a.page_count = a.page_count.or(pages);
                a.description = a.description.take().or(description);
            }
            None => entry.attachments.push(ParsedAttachment {
                number: n,
                description,
                file: path,
                page_count: pages,
            }),
        },
    }
}

/// A number given as a JSON number or a numeric string.
fn number_of(v: &Value) -> Option<u32> {
    match v {
        Value::Number(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n <= super::MAX_ENTRY_NUMBER),
        Value::String(s) => entry_number(s),
        _ => None,
    }
}

/// serde_json keeps no positions; the line of an entry is where its `"entry_number"` key is.
struct EntryLines {
    /// Entry number → 0-based line of its first `"entry_number"` key (a map, so a
    /// docket of tens of thousands of entries is not quadratic).
    found: HashMap<u32, u32>,
}

impl EntryLines {
    fn new(text: &str) -> EntryLines {
        let key = "\"entry_number\"";
        let mut found = HashMap::new();
        let mut line = 0u32;
        let mut counted = 0usize;
        let mut from = 0;
        while let Some(i) = text[from..].find(key).map(|i| from + i) {
            line += text.as_bytes()[counted..i]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u32;
            counted = i;
            let after = text[i + key.len()..]
                .trim_start()
                .trim_start_matches(':')
                .trim_start();
            let digits: String = after
                .trim_start_matches('"')
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Some(n) = entry_number(&digits) {
                found.entry(n).or_insert(line);
            }
            from = i + key.len();
        }
        EntryLines { found }
    }
    fn line_of(&self, number: u32) -> u32 {
        self.found.get(&number).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r#"{
  "case_name": "Ayobi v. Adams",
  "docket_number": "1:17-cv-00693",
  "court_id": "caed",
  "docket_entries": [
    {
      "entry_number": 34,
      "date_filed": "2018-09-18",
      "description": "MOTION to PRESERVE and PRODUCE EVIDENCE by Shajia Ayobi.",
      "recap_documents": [
        {"document_type": 1, "document_number": "34", "attachment_number": null,
         "description": "Motion to Preserve", "filepath_local": "recap/gov.uscourts.caed.316045.34.0.pdf", "page_count": 4},
        {"document_type": 2, "document_number": "34", "attachment_number": 1,
         "description": "Exhibit A", "filepath_local": "", "page_count": 2}
      ]
    },
    {"entry_number": "36", "date_filed": "2018-09-20", "description": "ORDER", "recap_documents": []},
    {"entry_number": null, "description": "unnumbered"},
    "garbage"
  ]
}"#;

    #[test]
    fn reads_entries_documents_and_attachments() {
        let d = parse(EXPORT).expect("parses");
        assert_eq!(d.case_number.as_deref(), Some("1:17-cv-00693"));
        assert_eq!(d.court.as_deref(), Some("caed"));
        assert_eq!(d.entries.len(), 2);
        let e = &d.entries[0];
        assert_eq!(e.number, 34);
        assert_eq!(
            e.file.as_deref(),
            Some("recap/gov.uscourts.caed.316045.34.0.pdf")
        );
        assert_eq!(e.page_count, Some(4));
        assert!(e.attachments_listed);
        assert_eq!(e.attachments.len(), 1);
        assert_eq!(e.attachments[0].description.as_deref(), Some("Exhibit A"));
        assert_eq!(e.attachments[0].file, None);
        assert_eq!(e.line, 6, "the line of its `entry_number` key");
        assert_eq!(d.entries[1].number, 36);
        assert!(!d.entries[1].attachments_listed);
    }

    #[test]
    fn malformed_json_is_an_error_not_a_panic() {
        for bad in [
            "",
            "{",
            "[1,2",
            "{\"docket_entries\": 5}",
            "42",
            "\u{0}\u{1}binary",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let huge =
            r#"{"docket_entries":[{"entry_number": 99999999999999999999, "description": "x"}]}"#;
        assert_eq!(parse(huge).map(|d| d.entries.len()), Ok(0));
    }
}
