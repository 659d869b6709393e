//! Markdown notes, one per authority: YAML-style front matter with
//! `citation:` (required), `holding:`, optional `url:`, `court:`, `year:`;
//! the body is the preview.
//!
//! ```markdown
//! ---
//! citation: Ashcroft v. Iqbal, 556 U.S. 662 (2009)
//! holding: A claim is plausible when the pleaded facts allow the inference …
//! url: https://www.courtlistener.com/…
//! ---
//! Notes on the case…
//! ```
//!
//! Only `key: value` lines are read (a value may continue on indented lines);
//! this is not a YAML parser.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::{Entry, SourceKind};

/// `Name, 556 U.S. 662, 678 (2009)`: the case name, the reporter cite, the parenthetical.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static FULL_CASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?P<name>.+?),\s+)?(?P<cite>\d{1,4}\s+[A-Za-z][A-Za-z0-9.' ]*?\s+\d{1,6})(?:,\s*[\d*][\d\-–, n.]*)?\s*(?:\((?P<paren>[^()]*)\))?\s*\.?$",
    )
    .expect("valid regex")
});

/// A full citation split into case name, reporter cite, court and year.
pub struct SplitCitation {
    pub case_name: Option<String>,
    pub citation: String,
    pub court: Option<String>,
    pub year: Option<u16>,
}

/// Splits `Ashcroft v. Iqbal, 556 U.S. 662 (2009)`; a statute or rule is kept whole.
pub fn split_citation(text: &str) -> SplitCitation {
    let text = text.trim();
    if let Some(c) = FULL_CASE.captures(text) {
        let paren = c.name("paren").map(|m| m.as_str().trim()).unwrap_or("");
        let year = paren
            .rsplit(' ')
            .next()
            .and_then(|y| y.parse::<u16>().ok())
            .filter(|y| (1600..=2200).contains(y));
        let court = year
            .map(|_| paren.rsplit_once(' ').map_or("", |(c, _)| c).trim())
            .filter(|c| !c.is_empty())
            .map(str::to_string);
        return SplitCitation {
            case_name: c.name("name").map(|m| m.as_str().trim().to_string()),
            citation: c["cite"].to_string(),
            court,
            year,
        };
    }
    SplitCitation {
        case_name: None,
        citation: text.trim_end_matches('.').to_string(),
        court: None,
        year: None,
    }
}

/// A note, if the file has front matter with a `citation:`; Err if the front matter is broken.
pub fn parse(path: &Path, text: &str) -> Result<Option<Entry>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok(None);
    };
    let Some(close) = rest
        .match_indices("\n---")
        .map(|(i, _)| i)
        .find(|&i| matches!(rest[i + 4..].chars().next(), None | Some('\n' | '\r')))
        .or_else(|| rest.starts_with("---").then_some(0))
    else {
        return Err("front matter is not closed by a `---` line".into());
    };
    let front = &rest[..close];
    let body = rest[close..]
        .trim_start_matches('\n')
        .trim_start_matches("---");
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in front.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line.starts_with([' ', '\t', '-']) {
            // Continuation of the previous value (or a YAML list item of it).
            if let Some((_, v)) = fields.last_mut() {
                if !v.is_empty() {
                    v.push(' ');
                }
                v.push_str(line.trim().trim_start_matches("- "));
            }
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(format!("front matter line is not `key: value`: {line:?}"));
        };
        let value = value.trim();
        let value = if matches!(value, ">" | "|" | ">-" | "|-") {
            ""
        } else {
            value
        };
        fields.push((key.trim().to_ascii_lowercase(), unquote(value).to_string()));
    }
    let get = |k: &str| {
        fields
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let Some(citation) = get("citation") else {
        return Ok(None);
    };
    let split = split_citation(&citation);
    let year = get("year").and_then(|y| y.parse().ok()).or(split.year);
    let body = body.trim();
    Ok(Some(Entry {
        source: Some(SourceKind::Note),
        path: path.to_path_buf(),
        lines: (0, 0),
        case_name: get("title").or(get("case")).or(split.case_name),
        citations: vec![split.citation],
        court: get("court").or(split.court),
        year,
        holding: get("holding"),
        preview: (!body.is_empty()).then(|| super::clip(body, 700)),
        url: get("url"),
    }))
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn note_with_front_matter() {
        let text = "---\ncitation: Ashcroft v. Iqbal, 556 U.S. 662 (2009)\nholding: >\n  Plausibility\n  is required.\nurl: \"https://example.org/iqbal\"\n---\n\nThe leading pleading case.\n";
        let e = parse(Path::new("notes/iqbal.md"), text).unwrap().unwrap();
        assert_eq!(e.citations, vec!["556 U.S. 662".to_string()]);
        assert_eq!(e.case_name.as_deref(), Some("Ashcroft v. Iqbal"));
        assert_eq!(e.year, Some(2009));
        assert_eq!(e.holding.as_deref(), Some("Plausibility is required."));
        assert_eq!(e.url.as_deref(), Some("https://example.org/iqbal"));
        assert_eq!(e.preview.as_deref(), Some("The leading pleading case."));
    }

    #[test]
    fn statutes_and_courts_split() {
        let s = split_citation("42 U.S.C. § 1983");
        assert_eq!(s.citation, "42 U.S.C. § 1983");
        assert!(s.case_name.is_none());
        let s = split_citation("Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006)");
        assert_eq!(s.citation, "464 F.3d 951");
        assert_eq!(s.court.as_deref(), Some("9th Cir."));
        assert_eq!(s.year, Some(2006));
    }

    #[test]
    fn plain_markdown_is_not_a_note_and_broken_front_matter_is_an_error() {
        assert_eq!(parse(Path::new("a.md"), "# Brief\n").unwrap(), None);
        assert!(parse(Path::new("a.md"), "---\ncitation: x\nno close\n").is_err());
    }
}
