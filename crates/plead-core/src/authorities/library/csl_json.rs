//! CSL-JSON exported from Zotero or Juris-M: an array of items (or `{"items": […]}`);
//! `legal_case` items become library entries.
//!
//! Fields used: `title` (case name), `authority` (court), `container-title`
//! (reporter), `volume`, `page`, `issued` (year), `abstract` (the holding),
//! `note` (a longer note), `URL`.

use std::path::Path;

use serde_json::Value;

use super::{Entry, SourceKind};

/// Whether a JSON file is worth parsing as CSL-JSON (cheap test before parsing).
pub fn looks_like_csl(text: &str) -> bool {
    text.contains("\"legal_case\"")
}

/// The `legal_case` items of a CSL-JSON export. Err names what is wrong.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Entry>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let items = match &value {
        Value::Array(items) => items.as_slice(),
        Value::Object(o) => match o.get("items") {
            Some(Value::Array(items)) => items.as_slice(),
            _ => std::slice::from_ref(&value),
        },
        _ => return Err("expected an array of CSL items".into()),
    };
    let mut out = Vec::new();
    for item in items {
        if item.get("type").and_then(Value::as_str) != Some("legal_case") {
            continue;
        }
        let s = |key: &str| {
            item.get(key)
                .and_then(|v| match v {
                    Value::String(s) => Some(s.trim().to_string()),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .filter(|s| !s.is_empty())
        };
        let title = s("title");
        let citation = match (s("volume"), s("container-title"), s("page")) {
            (Some(v), Some(r), Some(p)) => {
                // A page range `1063-1075` cites the first page.
                let first = p.split(['-', '–']).next().unwrap_or(&p).trim().to_string();
                Some(format!("{v} {r} {first}"))
            }
            _ => None,
        };
        if title.is_none() && citation.is_none() {
            continue;
        }
        let line = title
            .as_deref()
            .and_then(|t| serde_json::to_string(t).ok())
            .and_then(|quoted| text.find(&quoted))
            .map_or(0, |at| text[..at].matches('\n').count() as u32);
        out.push(Entry {
            source: Some(SourceKind::CslJson),
            path: path.to_path_buf(),
            lines: (line, line),
            case_name: title,
            citations: citation.into_iter().collect(),
            court: s("authority"),
            year: year_of(item.get("issued")),
            holding: s("abstract"),
            preview: s("note"),
            url: s("URL"),
        });
    }
    Ok(out)
}

/// `{"date-parts": [[2009, 12, 4]]}` or `{"raw": "2009-12-04"}` → 2009.
fn year_of(issued: Option<&Value>) -> Option<u16> {
    let issued = issued?;
    if let Some(y) = issued
        .get("date-parts")
        .and_then(|d| d.get(0))
        .and_then(|d| d.get(0))
    {
        return match y {
            Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
            Value::String(s) => s.parse().ok(),
            _ => None,
        };
    }
    let raw = issued
        .get("raw")
        .or_else(|| issued.get("literal"))?
        .as_str()?;
    raw.get(..4)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_legal_cases_and_skips_other_items() {
        let text = r#"[
          {"id": "a", "type": "legal_case", "title": "Am. LegalNet, Inc. v. Davis",
           "authority": "C.D. Cal.", "container-title": "F. Supp. 2d", "volume": "673",
           "page": "1063-1075", "issued": {"date-parts": [[2009, 12, 4]]},
           "abstract": "Preservation orders need a showing of risk."},
          {"id": "b", "type": "book", "title": "A Treatise"}
        ]"#;
        let entries = parse(Path::new("lib.json"), text).unwrap();
        assert_eq!(entries.len(), 1);
        let e = &entries[0];
        assert_eq!(e.citations, vec!["673 F. Supp. 2d 1063".to_string()]);
        assert_eq!(e.year, Some(2009));
        assert_eq!(e.court.as_deref(), Some("C.D. Cal."));
        assert_eq!(e.lines.0, 1);
        assert!(e.holding.as_deref().unwrap().starts_with("Preservation"));
    }

    #[test]
    fn malformed_json_is_an_error() {
        let err = parse(
            Path::new("x.json"),
            r#"[{"type": "legal_case", "title": }]"#,
        );
        assert!(err.unwrap_err().contains("not valid JSON"));
    }
}
