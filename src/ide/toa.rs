//! The `plead.tableOfAuthorities` command: insert or refresh the table of
//! authorities under the document's `TABLE OF AUTHORITIES` heading.
//!
//! `table_of_authorities_edit(analysis, source)` returns one edit (source byte
//! offsets) replacing everything between that heading and the next heading that
//! is not a section of the table (`Cases`, `Statutes`, `Rules`, `Other
//! Authorities`) — or the end of the document — with a freshly built table.
//! Citations inside the old table are not counted. Markdown documents get
//! Markdown (section headings one level below the TOA heading); plain text
//! gets capitalized section titles and dot leaders.

use crate::analysis::{Analysis, Edit, Span};
use crate::authorities::toa;
use crate::citations::Authorities;
use crate::document::{BlockKind, Format};

/// Why no edit could be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ToaError {
    #[error(
        "no `TABLE OF AUTHORITIES` heading in this document; add one where the table should go"
    )]
    NoHeading,
    #[error("citations have not been analyzed for this document")]
    NoCitations,
}

/// Width of a plain-text table line (pleading paper fits about 80 characters).
const PLAIN_WIDTH: usize = 78;

/// The edit that inserts or refreshes the table at the `TABLE OF AUTHORITIES` heading.
pub fn table_of_authorities_edit(analysis: &Analysis, source: &str) -> Result<Vec<Edit>, ToaError> {
    let auths = Authorities::of(analysis).ok_or(ToaError::NoCitations)?;
    let region = table_region(analysis, source).ok_or(ToaError::NoHeading)?;
    let table = toa::build(analysis, auths, Some(region.existing));
    let body = match analysis.document.format {
        Format::Markdown => toa::render_markdown(&table, region.level as usize + 1),
        Format::Plain => toa::render_plain(&table, PLAIN_WIDTH),
    };
    let body = if table.sections.is_empty() {
        "(No authorities cited.)".to_string()
    } else {
        body
    };
    let trailer = if region.existing.end >= source.len() {
        "\n"
    } else {
        "\n\n"
    };
    let new_text = format!("\n\n{body}{trailer}");
    if source.get(region.existing.start..region.existing.end) == Some(new_text.as_str()) {
        return Ok(Vec::new());
    }
    Ok(vec![Edit {
        span: region.existing,
        new_text,
    }])
}

struct Region {
    /// From the end of the heading line to the start of the next heading (or the end).
    existing: Span,
    level: u8,
}

fn table_region(analysis: &Analysis, source: &str) -> Option<Region> {
    let paragraphs = &analysis.document.paragraphs;
    let (h, heading) = paragraphs.iter().enumerate().find(|(_, p)| {
        matches!(p.kind, BlockKind::Heading(_))
            && p.text
                .trim()
                .trim_end_matches(':')
                .eq_ignore_ascii_case("table of authorities")
    })?;
    let level = match heading.kind {
        BlockKind::Heading(l) => l,
        _ => 1,
    };
    // The heading's line ends at the first newline after its source start.
    let start = source
        .get(heading.source.end..)
        .and_then(|rest| rest.find('\n'))
        .map_or(source.len(), |i| heading.source.end + i);
    let end = paragraphs[h + 1..]
        .iter()
        .find(|p| matches!(p.kind, BlockKind::Heading(_)) && !toa::is_section_title(&p.text))
        .map_or(source.len(), |p| line_start(source, p.source.start));
    Some(Region {
        existing: Span::new(start, end.max(start)),
        level,
    })
}

fn line_start(source: &str, offset: usize) -> usize {
    source
        .get(..offset)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1)
}
