//! The `plead.tableOfAuthorities` command: insert or refresh the table of
//! authorities under the document's `TABLE OF AUTHORITIES` heading.
//!
//! `table_of_authorities_edit(analysis, source)` returns one edit (source byte
//! offsets) replacing the table that follows that heading — the run of section
//! titles (`Cases`, `Statutes`, `Rules`, `Other Authorities`) and entries
//! (`Name ..... 1, 2`, `- Name — 1, 2`) right after it, nothing else — with a
//! freshly built table. Text after the table is never touched: a first insert
//! puts the table between the heading and whatever follows it.
//! Citations inside the old table are not counted. Markdown documents get
//! Markdown (section headings one level below the TOA heading); plain text
//! gets capitalized section titles and dot leaders.

use plead_core::analysis::{Analysis, Edit, Span};
use plead_core::authorities::toa;
use plead_core::citations::Authorities;
use plead_core::document::{BlockKind, Format, Paragraph};

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
        NO_AUTHORITIES.to_string()
    } else {
        body
    };
    // A first insert keeps a blank line between the table and what follows it.
    let next_line_blank = source.get(region.existing.end..).is_none_or(|rest| {
        rest.strip_prefix('\n')
            .unwrap_or(rest)
            .lines()
            .next()
            .is_none_or(|l| l.trim().is_empty())
    });
    let trailer = if region.existing.is_empty() && !next_line_blank {
        "\n"
    } else {
        ""
    };
    let new_text = format!("\n\n{body}{trailer}");
    if source.get(region.existing.start..region.existing.end) == Some(new_text.as_str()) {
        return Ok(Vec::new());
    }
    Ok(vec![Edit {
        span: region.existing,
        new_text: new_text.into(),
    }])
}

struct Region {
    /// From the end of the heading line to the end of the existing table's last line.
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
    // The table is the run of table parts right after the heading; it ends at the
    // end of the last one's line. Nothing after it is ever part of the region.
    let parts = paragraphs[h + 1..].iter().take_while(|p| is_table_part(p));
    let end = parts
        .last()
        .map_or(start, |p| line_end(source, p.source.end));
    Some(Region {
        existing: Span::new(start, end.max(start)),
        level,
    })
}

/// An entry line as plead writes it: dot leaders (plain) or an em dash (Markdown),
/// then the pages or `passim`.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static ENTRY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:\.{3,}|—) ?(?:passim|\d+(?:, \d+)*)$").expect("valid regex")
});

/// Whether a paragraph belongs to the table under the heading (so a refresh may
/// replace it): a section title, entries, or the empty-table note.
fn is_table_part(p: &Paragraph) -> bool {
    let text = p.text.trim();
    let section = matches!(p.kind, BlockKind::Heading(_)) && toa::is_section_title(text);
    section || text == NO_AUTHORITIES || ENTRY.is_match(text)
}

const NO_AUTHORITIES: &str = "(No authorities cited.)";

fn line_end(source: &str, offset: usize) -> usize {
    source
        .get(offset..)
        .and_then(|rest| rest.find('\n'))
        .map_or(source.len(), |i| offset + i)
}
