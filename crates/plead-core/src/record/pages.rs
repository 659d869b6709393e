//! Pages of a filed text document (a PDF saved as text, a pleading on pleading
//! paper), for page counts and for going to a pinned page.
//!
//! Text extracted from a PDF separates pages with form feeds, one per page, often
//! right after the printed page number; the form feeds are the page boundaries then.
//! Without form feeds the prose view's page map (pleading-paper line numbers
//! restarting, printed page numbers) decides.

use crate::document::{Document, Format};
use crate::record::PinPages;

/// Source offsets where pages start; the first is always 0.
fn page_starts(text: &str, document: &Document) -> Vec<usize> {
    if text.contains('\u{c}') {
        let mut starts = vec![0];
        starts.extend(
            text.match_indices('\u{c}')
                .map(|(i, _)| i + 1)
                // A final form feed closes the last page rather than opening an empty one.
                .filter(|&s| !text[s..].trim().is_empty()),
        );
        starts
    } else {
        (1..=document.pages.count())
            .filter_map(|o| document.pages.page_start(o))
            .collect()
    }
}

/// Number of pages of a text document.
pub fn page_count(text: &str, format: Format) -> u32 {
    let document = Document::parse(text, format);
    page_starts(text, &document).len() as u32
}

/// The 0-based line where the cited `page` of a text document starts (None for a
/// format that is not text, or a page the document does not have).
pub fn page_line(text: &str, file_name: &str, page: u32, pins: PinPages) -> Option<u32> {
    let ext = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
    if !matches!(ext.as_str(), "txt" | "text" | "md") {
        return None;
    }
    let start = page_offset(text, Format::detect(file_name), page, pins)?.min(text.len());
    Some(memchr::memchr_iter(b'\n', &text.as_bytes()[..start]).count() as u32)
}

/// Source offset where the cited `page` starts: the `page`-th page (ECF pagination)
/// or the page that prints `page` as its number (document pagination, falling back
/// to the `page`-th page when no page prints it).
pub fn page_offset(text: &str, format: Format, page: u32, pins: PinPages) -> Option<usize> {
    let document = Document::parse(text, format);
    let starts = page_starts(text, &document);
    let printed = |i: usize| {
        let start = starts[i];
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        if document.pleading_paper {
            // The prose view tells gutter numbers from printed page numbers.
            let first_text = start + (text[start..end].len() - text[start..end].trim_start().len());
            Some(document.pages.page_at(first_text))
        } else {
            printed_number(&text[start..end])
        }
    };
    let ordinal = match pins {
        PinPages::Ecf => None,
        PinPages::Document => (0..starts.len())
            .find(|&i| printed(i) == Some(page))
            .map(|i| i + 1),
    };
    let ordinal = ordinal.unwrap_or(page as usize);
    starts.get(ordinal.checked_sub(1)?).copied()
}

/// The page number printed in a page's footer or header: a line holding only
/// `12`, `- 12 -` or `Page 12 (of 30)`.
fn printed_number(page: &str) -> Option<u32> {
    let lines: Vec<&str> = page
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let candidates = lines.iter().rev().take(2).chain(lines.iter().take(1));
    candidates.filter_map(|l| bare_page_number(l)).next()
}

fn bare_page_number(line: &str) -> Option<u32> {
    let lower = line.to_ascii_lowercase();
    let core = lower.strip_prefix("page ").unwrap_or(&lower);
    let core = core.split(" of ").next().unwrap_or(core);
    let core = core.trim_matches(|c: char| c == '-' || c == ' ');
    (!core.is_empty() && core.len() <= 4 && core.bytes().all(|b| b.is_ascii_digit()))
        .then(|| core.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXCERPT: &str =
        "EXCERPT OF DEPOSITION\n\nFirst page body.\n\n10\n\u{c}Second page body.\n\n11\n\u{c}Third page body.\n\n12\n\u{c}";

    #[test]
    fn form_feeds_are_page_boundaries() {
        assert_eq!(page_count(EXCERPT, Format::Plain), 3);
        let second = EXCERPT.find("Second").expect("page 2");
        assert_eq!(
            page_offset(EXCERPT, Format::Plain, 2, PinPages::Ecf),
            Some(second)
        );
        assert_eq!(page_offset(EXCERPT, Format::Plain, 4, PinPages::Ecf), None);
    }

    #[test]
    fn document_pagination_reads_printed_numbers() {
        let third = EXCERPT.find("Third").expect("page 3");
        assert_eq!(
            page_offset(EXCERPT, Format::Plain, 12, PinPages::Document),
            Some(third)
        );
        // A number no page prints falls back to the ordinal.
        assert_eq!(
            page_offset(EXCERPT, Format::Plain, 2, PinPages::Document),
            EXCERPT.find("Second")
        );
        assert_eq!(bare_page_number("- 7 -"), Some(7));
        assert_eq!(bare_page_number("Page 3 of 10"), Some(3));
        assert_eq!(bare_page_number("Dated: 2018"), None);
    }

    #[test]
    fn no_form_feeds_uses_the_prose_view() {
        assert_eq!(page_count("One page only.\n", Format::Plain), 1);
    }
}
