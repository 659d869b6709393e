//! Opinions saved in the workspace as text or HTML: recognised by their own
//! citation at the top (`614 F.3d 7 (2010)`) or their caption (`MORSE V.
//! FREDERICK`, or parties around a `v.` line). The syllabus, else the first
//! paragraph of the opinion proper, is the preview.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::{clip, Entry, SourceKind};
use crate::authorities::tables;

/// How many lines at the top hold the caption and the opinion's own citation.
const HEAD_LINES: usize = 60;

#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static CITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,4})\s+([A-Z][A-Za-z.' ]{0,20}?(?:\s?\d(?:d|th|st|nd|rd))?)\s+(\d{1,6})\b")
        .expect("valid regex")
});
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static CAPTION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:In re\s+.+|.+?\s+[vV][sS]?\.\s+.+?)\s*$").expect("valid regex")
});
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\((?:[^()]*\s)?(1[6-9]\d\d|20\d\d)\)").expect("valid regex"));
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static OPINION_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(delivered the opinion|^\s*opinion\s*$|circuit judge[.:]?\s*$|district judge[.:]?\s*$|^\s*per curiam[.:]?\s*$|, (?:c\.\s*)?j\.[:]?\s*$)")
        .expect("valid regex")
});

/// Plain text of an HTML page: tags dropped, block tags become line breaks,
/// common entities decoded.
pub fn html_to_text(html: &str) -> String {
    #[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
    static SCRIPT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?is)<(script|style|head)\b.*?</(script|style|head)\s*>").expect("valid regex")
    });
    #[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)</?(p|div|br|h[1-6]|li|tr|center|blockquote|pre)\b[^>]*>")
            .expect("valid regex")
    });
    #[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
    static TAG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").expect("valid regex"));
    let text = SCRIPT.replace_all(html, "");
    let text = BLOCK.replace_all(&text, "\n\n");
    let text = TAG.replace_all(&text, "");
    text.replace("&nbsp;", " ")
        .replace("&sect;", "§")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// An opinion entry if the text looks like one (an own citation or a caption at the top).
pub fn parse(path: &Path, text: &str) -> Option<Entry> {
    let lines: Vec<&str> = text.lines().take(HEAD_LINES * 4).collect();
    let head: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .take(HEAD_LINES)
        .map(|(i, l)| (i, l.trim()))
        .collect();
    // The head ends at the first long paragraph (the opinion proper).
    let head_end = head
        .iter()
        .position(|(_, l)| l.len() > 400)
        .unwrap_or(head.len());
    let head = &head[..head_end];

    let own_cite = head
        .iter()
        .take(15)
        .filter(|(_, l)| l.len() < 120)
        .find_map(|(_, l)| known_cite(l));
    let caption = caption(head);
    if own_cite.is_none() && caption.is_none() {
        return None;
    }
    // Someone's brief also has short `X v. Y` lines; an opinion says it is one.
    let looks_like_opinion = own_cite.is_some()
        || lines.iter().take(HEAD_LINES * 2).any(|l| {
            let l = l.to_ascii_lowercase();
            l.contains("opinion")
                || l.contains("syllabus")
                || l.contains("court of appeals")
                || l.contains("supreme court")
        });
    if !looks_like_opinion {
        return None;
    }
    let year = head
        .iter()
        .take(20)
        .find_map(|(_, l)| YEAR.captures(l))
        .and_then(|c| c[1].parse().ok());
    let court = head
        .iter()
        .map(|(_, l)| *l)
        .find(|l| l.len() < 100 && l.to_ascii_lowercase().contains("court") && !l.contains(" v"))
        .map(|l| l.trim_end_matches('.').to_string());
    let line = caption.as_ref().map_or(0, |(l, _)| *l as u32);
    Some(Entry {
        source: Some(SourceKind::Opinion),
        path: path.to_path_buf(),
        lines: (line, line),
        case_name: caption.map(|(_, name)| name),
        citations: own_cite.into_iter().collect(),
        court,
        year,
        holding: None,
        preview: preview(&lines),
        url: None,
    })
}

/// The first `volume reporter page` on a line whose reporter plead knows.
fn known_cite(line: &str) -> Option<String> {
    CITE.captures_iter(line).find_map(|c| {
        let (standard, _) = tables::reporter(c[2].trim())?;
        Some(format!("{} {} {}", &c[1], standard, &c[3]))
    })
}

/// The caption: a short `X v. Y` line, else the parties before and after a bare `v.` line.
fn caption(head: &[(usize, &str)]) -> Option<(usize, String)> {
    if let Some((i, l)) = head
        .iter()
        .find(|(_, l)| l.len() < 120 && CAPTION_LINE.is_match(l) && !l.ends_with(','))
    {
        return Some((*i, l.to_string()));
    }
    let v = head
        .iter()
        .position(|(_, l)| l.eq_ignore_ascii_case("v.") || l.eq_ignore_ascii_case("v"))?;
    let is_party = |l: &&(usize, &str)| !l.1.is_empty() && l.1.len() > 12;
    let before = head[..v].iter().rev().find(is_party)?;
    let after = head[v + 1..].iter().find(is_party)?;
    let first_party = |l: &str| l.split(',').next().unwrap_or(l).trim().to_string();
    Some((
        before.0,
        format!("{} v. {}", first_party(before.1), first_party(after.1)),
    ))
}

/// The syllabus, else the first paragraph after the opinion begins, else the
/// first long paragraph.
fn preview(lines: &[&str]) -> Option<String> {
    let paragraphs = paragraphs(lines);
    let long = |p: &&(usize, String)| p.1.len() > 150 && !is_counsel(&p.1);
    if let Some(s) = paragraphs
        .iter()
        .position(|(_, p)| p.trim().eq_ignore_ascii_case("syllabus"))
    {
        if let Some(p) = paragraphs[s + 1..].iter().find(long) {
            return Some(clip(&p.1, 600));
        }
    }
    let start = lines.iter().position(|l| OPINION_START.is_match(l));
    let after = start.map_or(0, |s| s + 1);
    paragraphs
        .iter()
        .filter(|(line, _)| *line >= after)
        .find(long)
        .or_else(|| paragraphs.iter().find(long))
        .map(|(_, p)| {
            clip(
                p.trim_start_matches(|c: char| c == '*' || c.is_ascii_digit()),
                600,
            )
        })
}

fn is_counsel(p: &str) -> bool {
    let l = p.to_ascii_lowercase();
    [
        "for petitioner",
        "for respondent",
        "for plaintiff",
        "for defendant",
        "for appellant",
        "for appellee",
        "on brief",
        "on the brief",
        "argued the cause",
    ]
    .iter()
    .any(|k| l.contains(k))
}

/// Blank-line separated paragraphs with the line each starts on.
fn paragraphs(lines: &[&str]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.trim().is_empty() {
            out.extend(current.take());
            continue;
        }
        match &mut current {
            Some((_, text)) => {
                text.push(' ');
                text.push_str(l.trim());
            }
            None => current = Some((i, l.trim().to_string())),
        }
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circuit_opinion_with_own_citation_and_split_caption() {
        let text = "614 F.3d 7 (2010)\n\nCITY OF PITTSFIELD, MASSACHUSETTS, Petitioner,\nv.\nUNITED STATES ENVIRONMENTAL PROTECTION AGENCY, Respondent.\n\nUnited States Court of Appeals, First Circuit.\n\n*8 Donald L. Anglehart, with whom Law Office of Donald L. Anglehart, LLC was on brief, for petitioner, and a great many other lawyers who are listed here at length.\n\nHOWARD, Circuit Judge.\n\nThe City of Pittsfield, Massachusetts asks us to consider whether the Environmental Appeals Board improperly declined Pittsfield's petition seeking the Board's review of a permit.\n";
        let e = parse(Path::new("pittsfield.txt"), text).unwrap();
        assert_eq!(e.citations, vec!["614 F.3d 7".to_string()]);
        assert_eq!(e.year, Some(2010));
        assert_eq!(
            e.case_name.as_deref(),
            Some("CITY OF PITTSFIELD v. UNITED STATES ENVIRONMENTAL PROTECTION AGENCY")
        );
        assert_eq!(
            e.court.as_deref(),
            Some("United States Court of Appeals, First Circuit")
        );
        assert!(e.preview.unwrap().starts_with("The City of Pittsfield"));
    }

    #[test]
    fn a_brief_is_not_an_opinion() {
        assert!(parse(
            Path::new("brief.txt"),
            "MOTION TO DISMISS\n\nSmith v. Jones\n\nArgument.\n"
        )
        .is_none());
    }

    #[test]
    fn html_opinions_are_read_as_text() {
        let html = "<html><head><title>x</title></head><body><p>MORSE V. FREDERICK</p><p>SUPREME COURT OF THE UNITED STATES</p><p>Syllabus</p><p>At a school-sanctioned event, a principal saw students unfurl a banner &amp; suspended one; the Court held that schools may restrict student speech reasonably regarded as promoting illegal drug use.</p></body></html>";
        let e = parse(Path::new("morse.html"), &html_to_text(html)).unwrap();
        assert_eq!(e.case_name.as_deref(), Some("MORSE V. FREDERICK"));
        assert!(e.preview.unwrap().contains("banner & suspended"));
    }
}
