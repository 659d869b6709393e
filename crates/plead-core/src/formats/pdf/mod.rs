//! The text layer of a born-digital PDF (PACER filings, briefs, orders), laid out
//! from glyph positions: lines and paragraphs as printed, pages separated by form
//! feeds, and the page furniture taken out — the ECF header stamp (read as data),
//! the pleading-paper line numbers, running heads and page-number footers.
//!
//! lopdf parses the file (objects, streams, fonts' dictionaries); `content` runs the
//! page contents to place glyphs; `layout` turns glyphs into lines and paragraphs.

mod cmap;
pub mod content;
mod font;
pub mod layout;
mod standard_widths;

use std::collections::HashMap;

use lopdf::{Document, LoadOptions, Object};

use super::{ecf, Converted, FormatError, Furniture, FurnitureKind, SourceKind};
use content::{page_base_matrix, FontCache, Interpreter, MAX_STREAM_BYTES};
use layout::Line;

/// Pages read at most (a 5,000-page appendix is not a brief).
const MAX_PAGES: usize = 5_000;
/// Fewer words than this per page on average: a scan without a text layer.
const MIN_WORDS_PER_PAGE: usize = 8;

/// One page after layout, before the pages are joined.
struct Page {
    lines: Vec<Line>,
    height: f32,
    /// Images drawn on the page: a page without text but with an image is a scan.
    images: usize,
}

pub fn convert(bytes: &[u8]) -> Result<Converted, FormatError> {
    let doc = load(bytes)?;
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(FormatError::Pdf("it has no pages".into()));
    }
    let mut warnings = Vec::new();
    if pages.len() > MAX_PAGES {
        warnings.push(format!(
            "only the first {MAX_PAGES} of {} pages were read",
            pages.len()
        ));
    }
    let mut fonts = FontCache::new();
    let mut laid_out = Vec::with_capacity(pages.len().min(MAX_PAGES));
    for (&number, &id) in pages.iter().take(MAX_PAGES) {
        let (_width, height, base) = page_geometry(&doc, id);
        let mut interpreter = Interpreter::new(&doc, &mut fonts, base);
        if !interpreter.run_page(id) {
            warnings.push(format!(
                "page {number}: too many drawing operations; read in part"
            ));
        }
        let lines = layout::lines(layout::words(&interpreter.glyphs));
        laid_out.push(Page {
            lines,
            height,
            images: interpreter.images,
        });
    }
    assemble(laid_out, warnings)
}

/// How many pages a filed PDF has as the court counts them, read cheaply (only the
/// first page is laid out): the `Page 1 of N` of its ECF stamp, else its physical
/// page count. What a record pin `ECF No. 40 at 9` is checked against.
pub fn filed_page_count(bytes: &[u8]) -> Result<u32, FormatError> {
    let doc = load(bytes)?;
    let pages = doc.get_pages();
    let physical = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    let Some((&number, &id)) = pages.iter().next() else {
        return Err(FormatError::Pdf("it has no pages".into()));
    };
    let (_width, _height, base) = page_geometry(&doc, id);
    let mut fonts = FontCache::new();
    let mut interpreter = Interpreter::new(&doc, &mut fonts, base);
    interpreter.run_page(id);
    let lines = layout::lines(layout::words(&interpreter.glyphs));
    let n = lines.len();
    let stamped = (0..n.min(4))
        .chain(n.saturating_sub(2)..n)
        .filter_map(|k| ecf::parse(&lines[k].text().replace('\t', "  "), number))
        .find_map(|stamp| stamp.of);
    Ok(stamped.unwrap_or(physical))
}

fn load(bytes: &[u8]) -> Result<Document, FormatError> {
    // A file cut off in transfer has no end-of-file marker; lopdf would rebuild what
    // it can, but a truncated filing is not the filing.
    // (Padding after the marker — NULs, blanks — is common and harmless.)
    let end = bytes
        .iter()
        .rposition(|&b| b != 0 && !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let tail = &bytes[end.saturating_sub(4096)..end];
    if memchr::memmem::rfind(tail, b"%%EOF").is_none() {
        return Err(FormatError::Pdf(
            "the file is truncated (no %%EOF at its end)".into(),
        ));
    }
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_STREAM_BYTES),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(bytes, options).map_err(|e| {
        let message = e.to_string();
        if message.to_ascii_lowercase().contains("decrypt")
            || message.to_ascii_lowercase().contains("password")
        {
            FormatError::EncryptedPdf
        } else {
            FormatError::Pdf(message)
        }
    })?;
    if doc.is_encrypted() && doc.encryption_state.is_none() {
        return Err(FormatError::EncryptedPdf);
    }
    Ok(doc)
}

/// Page size (as shown) and the matrix from user space to upright page space.
fn page_geometry(doc: &Document, page: lopdf::ObjectId) -> (f32, f32, [f32; 6]) {
    let inherited = |key: &[u8]| -> Option<&Object> {
        let mut dict = doc.get_dictionary(page).ok()?;
        for _ in 0..32 {
            if let Ok(v) = dict.get(key) {
                return doc.dereference(v).ok().map(|(_, o)| o);
            }
            let parent = dict.get(b"Parent").ok()?.as_reference().ok()?;
            dict = doc.get_dictionary(parent).ok()?;
        }
        None
    };
    let rect = inherited(b"CropBox")
        .or_else(|| inherited(b"MediaBox"))
        .and_then(|o| o.as_array().ok())
        .and_then(|a| {
            let v: Vec<f32> = a.iter().filter_map(|n| font_number(n, doc)).collect();
            (v.len() == 4).then(|| {
                [
                    v[0].min(v[2]),
                    v[1].min(v[3]),
                    v[0].max(v[2]),
                    v[1].max(v[3]),
                ]
            })
        })
        .filter(|r| r[2] - r[0] > 1.0 && r[3] - r[1] > 1.0)
        .unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let (w, h) = (rect[2] - rect[0], rect[3] - rect[1]);
    let rotate = inherited(b"Rotate")
        .and_then(|r| r.as_i64().ok())
        .unwrap_or(0);
    let base = page_base_matrix(rotate, w, h, rect[0], rect[1]);
    let (shown_w, shown_h) = if rotate.rem_euclid(180) == 90 {
        (h, w)
    } else {
        (w, h)
    };
    (shown_w, shown_h, base)
}

fn font_number(o: &Object, doc: &Document) -> Option<f32> {
    font::number(o, doc)
}

/// Takes the furniture out of the laid-out pages and joins them into one text.
fn assemble(mut pages: Vec<Page>, mut warnings: Vec<String>) -> Result<Converted, FormatError> {
    let mut furniture = Vec::new();
    let mut stamps = Vec::new();
    for (i, page) in pages.iter_mut().enumerate() {
        let number = i as u32 + 1;
        take_stamps(page, number, &mut stamps, &mut furniture);
        if let Some(column) = layout::line_number_column(&page.lines) {
            let removed = layout::remove_line_numbers(&mut page.lines, column);
            furniture.push(Furniture {
                page: Some(number),
                kind: FurnitureKind::LineNumbers,
                text: removed.join(" "),
            });
        }
    }
    let printed_pages = take_running_furniture(&mut pages, &mut furniture);

    let words: Vec<usize> = pages
        .iter()
        .map(|p| p.lines.iter().map(|l| l.words.len()).sum())
        .collect();
    let total: usize = words.iter().sum();
    if total < MIN_WORDS_PER_PAGE * pages.len() {
        return Err(FormatError::NoTextLayer);
    }
    // Pages without text: a blank page needs no word, a scanned one does.
    let empty: Vec<String> = words
        .iter()
        .zip(&pages)
        .enumerate()
        .filter(|&(_, (&n, page))| n == 0 && page.images > 0)
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    if !empty.is_empty() {
        warnings.push(format!(
            "no text on page(s) {} (scanned images? run OCR to check them)",
            empty.join(", ")
        ));
    }

    // One line pitch and left/right margins for the document: body text dominates.
    let pitch = layout::typical_pitch(
        pages
            .iter()
            .flat_map(|p| p.lines.windows(2).map(|w| w[0].y - w[1].y)),
    )
    .unwrap_or(14.0);
    let (left, right) = margins(&pages);

    let mut text = String::new();
    let mut page_starts = Vec::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\u{c}");
        }
        page_starts.push(text.len());
        let breaks = layout::paragraph_breaks(&page.lines, pitch, left, right);
        for (k, line) in page.lines.iter().enumerate() {
            if k > 0 {
                text.push_str(if breaks[k] { "\n\n" } else { "\n" });
            }
            text.push_str(&line.text());
        }
    }
    text.push('\n');
    Ok(Converted {
        text,
        kind: SourceKind::Pdf,
        page_starts,
        printed_pages,
        paragraph_starts: Vec::new(),
        notes: Vec::new(),
        furniture,
        stamps,
        warnings,
    })
}

/// The ECF stamp sits in the first lines of a page (rarely the last): read and removed.
fn take_stamps(
    page: &mut Page,
    number: u32,
    stamps: &mut Vec<ecf::Stamp>,
    furniture: &mut Vec<Furniture>,
) {
    let n = page.lines.len();
    let mut keep = vec![true; n];
    for k in (0..n.min(4)).chain(n.saturating_sub(2)..n) {
        if !keep[k] {
            continue;
        }
        let line = page.lines[k].text().replace('\t', "  ");
        if let Some(stamp) = ecf::parse(&line, number) {
            keep[k] = false;
            furniture.push(Furniture {
                page: Some(number),
                kind: FurnitureKind::EcfStamp,
                text: line,
            });
            // Two stamps (a document re-filed as an exhibit): the first read is the page's.
            if !stamps
                .iter()
                .any(|s: &ecf::Stamp| s.physical_page == number)
            {
                stamps.push(stamp);
            }
        }
    }
    let mut k = 0;
    page.lines.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Running heads and footers: lines at the top or bottom of a page that recur on
/// other pages (digits aside), and bare page numbers there. Returns the printed page
/// number of each page.
fn take_running_furniture(
    pages: &mut [Page],
    furniture: &mut Vec<Furniture>,
) -> Vec<Option<String>> {
    const EDGE_LINES: usize = 3;
    let key = |l: &Line| running_key(&l.text());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for page in pages.iter() {
        let mut keys: Vec<String> = edge_indexes(page, EDGE_LINES)
            .map(|k| key(&page.lines[k]))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    // A running head recurs on most pages; a signature block (`s/ Jane Doe`, `Counsel
    // for Appellees`) at the foot of two of fifteen pages is prose.
    let min_pages = 2.max(pages.len().div_ceil(4));
    let mut printed = Vec::with_capacity(pages.len());
    for (i, page) in pages.iter_mut().enumerate() {
        let number = i as u32 + 1;
        let mut page_number = None;
        let mut drop = vec![false; page.lines.len()];
        for k in edge_indexes(page, EDGE_LINES) {
            let line = &page.lines[k];
            let text = line.text();
            let line_key = key(line);
            let recurring =
                !line_key.is_empty() && seen.get(&line_key).copied().unwrap_or(0) >= min_pages;
            let bare_number =
                printed_page_number(&text).or_else(|| dotted_page_number(&text, number));
            if recurring || bare_number.is_some() {
                drop[k] = true;
                let in_segment = || text.split('\t').find_map(printed_page_number);
                if let Some(n) = bare_number
                    .or_else(in_segment)
                    .or_else(|| trailing_page_number(&text))
                {
                    page_number.get_or_insert(n);
                }
                let top = line.y > page.height * 0.5;
                furniture.push(Furniture {
                    page: Some(number),
                    kind: if top {
                        FurnitureKind::Header
                    } else {
                        FurnitureKind::Footer
                    },
                    text,
                });
            }
        }
        let mut k = 0;
        page.lines.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        printed.push(page_number);
    }
    printed
}

/// What a running head has in common from page to page: its letters and its long
/// numbers (a docket number, `No. 21-50498`), not its short ones — the page number,
/// which changes and moves from the left to the right end on facing pages. Empty for
/// a line with too little to recur on (fewer than three letters and no number of
/// five digits or more).
fn running_key(line: &str) -> String {
    let mut key = String::new();
    let mut letters = 0;
    let mut long_number = false;
    let mut digits = String::new();
    let flush = |digits: &mut String, key: &mut String, long_number: &mut bool| {
        if digits.len() >= 5 {
            *long_number = true;
            key.push_str(digits);
        }
        digits.clear();
    };
    for c in line.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        // A hyphen inside a number (`21-50498`) keeps it one number.
        if c == '-' && !digits.is_empty() {
            continue;
        }
        flush(&mut digits, &mut key, &mut long_number);
        if c.is_alphabetic() {
            letters += 1;
            key.extend(c.to_lowercase());
        }
    }
    flush(&mut digits, &mut key, &mut long_number);
    if letters >= 3 || long_number {
        key
    } else {
        String::new()
    }
}

/// The first and last lines of a page, where running heads and footers sit.
fn edge_indexes(page: &Page, count: usize) -> impl Iterator<Item = usize> + '_ {
    let n = page.lines.len();
    let top = 0..n.min(count);
    let bottom = n.saturating_sub(count).max(top.end)..n;
    top.chain(bottom)
}

/// A line that is only a page number: `2`, `- 2 -`, `-2-`, `Page 2`, `Page 2 of 5`, `ii`.
fn printed_page_number(line: &str) -> Option<String> {
    let t = line.trim();
    let lower = t.to_ascii_lowercase();
    let core = lower
        .strip_prefix("page")
        .map_or(lower.as_str(), str::trim_start);
    let core = core.split(" of ").next().unwrap_or(core);
    let core = core.trim_matches(|c: char| {
        c == '-' || c == '\u{2013}' || c == '\u{2014}' || c.is_whitespace()
    });
    let digits = !core.is_empty() && core.len() <= 4 && core.bytes().all(|b| b.is_ascii_digit());
    let roman = !core.is_empty() && core.len() <= 6 && core.bytes().all(|b| b"ivxlc".contains(&b));
    (digits || roman).then(|| core.to_string())
}

/// A page number printed with a period (`5.`), as the Fifth District's slip opinions
/// print theirs at the foot of each page: only the page's own number, so that an outline
/// marker (`1.`, `2.`) alone at a page's edge stays text.
fn dotted_page_number(line: &str, page: u32) -> Option<String> {
    let digits = line.trim().strip_suffix('.')?;
    (digits.parse::<u32>().ok()? == page && !digits.starts_with('0')).then(|| digits.to_string())
}

/// A running head that ends or starts with the page number (`2  TARRANT REGIONAL …`).
fn trailing_page_number(line: &str) -> Option<String> {
    let t = line.trim();
    let first = t.split_whitespace().next()?;
    let last = t.split_whitespace().last()?;
    [last, first]
        .into_iter()
        .find(|w| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_string)
}

/// The left and right margins of the body text: the most common line start and a
/// high percentile of line ends.
fn margins(pages: &[Page]) -> (f32, f32) {
    let mut starts: HashMap<i32, usize> = HashMap::new();
    let mut ends: Vec<f32> = Vec::new();
    for line in pages.iter().flat_map(|p| &p.lines) {
        *starts.entry((line.x0() / 2.0).round() as i32).or_default() += 1;
        ends.push(line.x1());
    }
    let left = starts
        .into_iter()
        .max_by_key(|&(k, n)| (n, -k))
        .map_or(72.0, |(k, _)| k as f32 * 2.0);
    ends.sort_by(f32::total_cmp);
    let right = ends
        .get(ends.len() * 9 / 10)
        .copied()
        .unwrap_or(540.0)
        .max(left + 100.0);
    (left, right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_number_lines() {
        for (line, n) in [
            ("2", "2"),
            ("- 2 -", "2"),
            ("-2-", "2"),
            ("Page 3 of 10", "3"),
            ("ii", "ii"),
        ] {
            assert_eq!(printed_page_number(line).as_deref(), Some(n), "{line}");
        }
        assert_eq!(printed_page_number("ORDER"), None);
        // A running head is the same line from page to page, its page number aside.
        assert_eq!(running_key("No. 21-50498"), running_key("No. 21-50498 "));
        assert!(!running_key("No. 21-50498").is_empty());
        assert_eq!(
            running_key("2  TARRANT REGIONAL WATER DIST."),
            running_key("TARRANT REGIONAL WATER DIST.  13")
        );
        assert_ne!(running_key("No. 21-50498"), running_key("No. 20-16276"));
        assert_eq!(running_key("- 12 -"), "");
        assert_eq!(running_key("Id."), "");
        assert_eq!(printed_page_number("28 U.S.C. § 1291"), None);
        // The Fifth District's `5.` at the foot of page 5; an outline's `1.` is no folio.
        assert_eq!(dotted_page_number("5.", 5).as_deref(), Some("5"));
        assert_eq!(dotted_page_number("1.", 4), None);
        assert_eq!(dotted_page_number("5", 5), None);
    }

    #[test]
    fn truncated_and_garbage_pdfs_are_errors() {
        assert!(matches!(
            convert(b"%PDF-1.4\n1 0 obj <<"),
            Err(FormatError::Pdf(_))
        ));
        let garbage = b"%PDF-1.7\n\x00\x01\x02 garbage garbage\n%%EOF\n";
        assert!(matches!(convert(garbage), Err(FormatError::Pdf(_))));
    }
}
