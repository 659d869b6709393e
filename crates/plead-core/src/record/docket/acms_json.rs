//! Appellate Case Management System (ACMS) dockets, as the Second and Ninth
//! Circuits serve them: JSON with `caseDetails` (case number, name, the court or
//! agency appealed from) and `docketInfo.docketEntries[]` (`entryNumber`,
//! `endDate`, `docketEntryText` as HTML, `pageCount`, `docketEntryId`).

use serde_json::Value;

use super::text::{attachments_in_text, parse_date};
use super::{
    collapse, entry_number, html_tables, ParseError, ParsedDocket, ParsedEntry, ReportKind,
    TextLink,
};

/// Whether `text` looks like an ACMS docket (cheap test before parsing).
pub fn looks_like(text: &str) -> bool {
    let head = &text[..text.len().min(200_000)];
    head.contains("\"caseDetails\"") && head.contains("\"docketInfo\"")
}

pub fn parse(text: &str) -> Result<ParsedDocket, ParseError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| ParseError(format!("invalid JSON: {e}")))?;
    let details = value
        .get("caseDetails")
        .ok_or_else(|| ParseError("no `caseDetails` (not an ACMS docket)".into()))?;
    let entries = value
        .get("docketInfo")
        .and_then(|d| d.get("docketEntries"))
        .and_then(Value::as_array)
        .ok_or_else(|| ParseError("no `docketInfo.docketEntries` array".into()))?;
    let s = |v: &Value, k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .map(collapse)
            .filter(|s| !s.is_empty())
    };
    let mut out = ParsedDocket {
        case_number: s(details, "caseNumber"),
        case_name: s(details, "name"),
        kind: ReportKind::Appellate,
        ..ParsedDocket::default()
    };
    let lines = EntryLines::new(text);
    for (i, e) in entries.iter().enumerate() {
        let number = e.get("entryNumber").and_then(|n| match n {
            Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            Value::String(s) => entry_number(s),
            _ => None,
        });
        let html = e
            .get("docketEntryText")
            .and_then(Value::as_str)
            .unwrap_or("");
        let page = html_tables::read(html);
        let text = collapse(&page.text);
        let links = page
            .links
            .iter()
            .filter(|l| l.href.starts_with("http"))
            .map(|l| TextLink {
                text: collapse(&l.text),
                url: l.href.clone(),
            })
            .collect();
        let date_filed = ["endDate", "endDateFormatted", "createdOn"]
            .iter()
            .find_map(|k| e.get(*k).and_then(Value::as_str).and_then(parse_date));
        let page_count = e
            .get("pageCount")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|&n| n > 0);
        let sealed = e
            .get("restrictedPartyFilingDocketEntry")
            .and_then(Value::as_bool)
            .unwrap_or(false)
            && !e
                .get("restrictedDocsAvailable")
                .and_then(Value::as_bool)
                .unwrap_or(true)
            && e.get("documentCount").and_then(Value::as_u64).unwrap_or(0) > 0;
        let entry = ParsedEntry {
            number: number.unwrap_or(0),
            date_filed,
            attachments: attachments_in_text(&text),
            attachments_listed: false,
            line: lines.line_of(i),
            doc_id: s(e, "docketEntryId"),
            links,
            sealed,
            text,
            page_count,
            file: None,
            url: None,
            short_description: None,
        };
        if entry.number == 0 {
            out.unnumbered.push(entry);
        } else {
            out.entries.push(entry);
        }
    }
    Ok(out)
}

/// Lines where each `"entryNumber"` key appears, so definition can point at the
/// entry in the JSON file.
struct EntryLines(Vec<u32>);

impl EntryLines {
    fn new(text: &str) -> EntryLines {
        let mut out = Vec::new();
        let mut line = 0u32;
        let mut from = 0;
        for (at, _) in text.match_indices("\"docketEntryText\"") {
            line += text[from..at].bytes().filter(|&b| b == b'\n').count() as u32;
            from = at;
            out.push(line);
        }
        EntryLines(out)
    }
    fn line_of(&self, index: usize) -> u32 {
        self.0.get(index).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_in_any_order() {
        let json = r#"{"caseDetails":{"caseNumber":"22-21","name":"Lopez Guevara v. Garland"},
          "docketInfo":{"docketEntries":[
            {"entryNumber":3,"endDate":"2022-01-05","docketEntryText":"<p><strong>AGENCY DECISION</strong>&nbsp;on review. [Entered: 01/05/2022 11:17:00 AM]</p>","pageCount":4},
            {"entryNumber":1,"endDate":"2022-01-04","docketEntryText":"<p>PETITION FOR REVIEW filed.</p>"},
            {"entryNumber":null,"docketEntryText":"odd"}]}}"#;
        let d = parse(json).expect("parses");
        assert_eq!(d.case_number.as_deref(), Some("22-21"));
        assert_eq!(d.kind, ReportKind::Appellate);
        assert_eq!(d.entries.len(), 2);
        assert_eq!(d.entries[0].number, 3);
        assert_eq!(
            d.entries[0].text,
            "AGENCY DECISION on review. [Entered: 01/05/2022 11:17:00 AM]"
        );
        assert_eq!(d.entries[0].page_count, Some(4));
        assert_eq!(d.entries[0].line, 2);
        assert_eq!(d.unnumbered.len(), 1);
        assert!(parse("{}").is_err());
        assert!(parse("[1,2]").is_err());
    }
}
