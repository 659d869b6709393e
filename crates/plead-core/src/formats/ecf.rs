//! The header the courts' CM/ECF systems stamp on every page of a filed document:
//!
//! - district courts: `Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 2 of 4 Page ID #:366`
//! - courts of appeals: `Case: 20-1507 Document: 00117684624 Page: 1 Date Filed: 12/22/2020 Entry ID: 6390389`,
//!   `Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2`, `Appeal: 17-2218 Doc: 17 Filed: 10/31/2017 Pg: 1 of 1`,
//!   `Case: 25-1689, 07/15/2025, DktEntry: 28.1, Page 1 of 2` (ACMS)
//! - bankruptcy courts: `Case 19-10562 Doc 45 Filed 01/02/20 Entered 01/02/20 10:00:01 Desc Main Document Page 1 of 5`
//!
//! Read as data: the document (docket entry) number and the stamped page, so a record
//! pin such as `ECF No. 40 at 2` can be checked against the pages of the filed PDF.

use std::sync::LazyLock;

use regex::Regex;

/// One page's ECF stamp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// 1-based physical page of the PDF that carries the stamp.
    pub physical_page: u32,
    /// The case number as stamped (`8:16-cv-01261-DOC-KES`, `20-1507`).
    pub case: String,
    /// The docket entry (`40`, `1-1`, `28.1`); appellate courts' long document IDs too.
    pub document: Option<String>,
    /// The stamped page number (ECF pagination, 1 = first page of the filing).
    pub page: Option<u32>,
    /// The stamped page count (`Page 2 of 4`).
    pub of: Option<u32>,
    /// The filing date as stamped (`08/05/16`).
    pub filed: Option<String>,
    /// The district courts' running `Page ID #:366`.
    pub page_id: Option<u32>,
    /// The stamp as read.
    pub text: String,
}

#[allow(clippy::expect_used)] // constant patterns (tests cover them)
static START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:USCA\d*\s+|Appellate\s+)?(?:Case|Appeal)\s*:?\s*#?\s*(\d[\w:.\-]*?)\s*(?:,|\s|$)",
    )
    .expect("valid regex")
});
#[allow(clippy::expect_used)]
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Document|Doc|DktEntry)\s*(?:#|No\.)?\s*:?\s*#?\s*(\d[\w.\-]*)")
        .expect("valid regex")
});
#[allow(clippy::expect_used)]
static PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Page|Pg|Pages)\s*:?\s*(\d{1,5})(?:\s*of\s*(\d{1,5}))?").expect("valid regex")
});
#[allow(clippy::expect_used)]
static FILED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\bFiled\s*:?\s*|,\s*)(\d{1,2}/\d{1,2}/\d{2,4})\b").expect("valid regex")
});
#[allow(clippy::expect_used)]
static PAGE_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bPage\s*ID\s*#?\s*:?\s*(\d+)").expect("valid regex"));

/// Reads one line as an ECF stamp. A stamp names a case, a page and a document or a
/// filing date; a sentence that merely begins with "Case" is none.
pub fn parse(line: &str, physical_page: u32) -> Option<Stamp> {
    let line = line.trim();
    if line.len() > 240 {
        return None;
    }
    let case = START.captures(line)?.get(1)?.as_str();
    // Case numbers hold digits and a dash or colon (`20-1507`, `8:16-cv-01261`).
    if !case.contains(['-', ':']) {
        return None;
    }
    let page_id = PAGE_ID.captures(line).and_then(|c| c[1].parse().ok());
    // `Page ID #:366` is not the page: look for `Page N` elsewhere.
    let page = PAGE.captures_iter(line).find(|c| {
        !line[c.get(0).map_or(0, |m| m.end())..]
            .trim_start()
            .starts_with("ID")
    });
    let page_match = page.as_ref()?;
    let document = DOCUMENT.captures(line).map(|c| c[1].to_string());
    let filed = FILED.captures(line).map(|c| c[1].to_string());
    if document.is_none() && filed.is_none() {
        return None;
    }
    Some(Stamp {
        physical_page,
        case: case.to_string(),
        document,
        page: page_match[1].parse().ok(),
        of: page_match.get(2).and_then(|m| m.as_str().parse().ok()),
        filed,
        page_id,
        text: line.to_string(),
    })
}

/// What the stamps say about the filing as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filing {
    pub case: String,
    pub document: Option<String>,
    /// Stamped page count: the `of N`, else the highest stamped page.
    pub page_count: Option<u32>,
}

/// The filing the stamps of one PDF describe (the first stamp's case and document).
pub fn filing(stamps: &[Stamp]) -> Option<Filing> {
    let first = stamps.first()?;
    let page_count = first
        .of
        .or_else(|| stamps.iter().filter_map(|s| s.page).max());
    Some(Filing {
        case: first.case.clone(),
        document: first.document.clone(),
        page_count,
    })
}

/// The physical page of a filed PDF that carries stamped page `page` of `document`
/// (None when no page does — a pin past the end of the filing).
pub fn physical_page(stamps: &[Stamp], document: &str, page: u32) -> Option<u32> {
    stamps
        .iter()
        .find(|s| s.page == Some(page) && s.document.as_deref() == Some(document))
        .map(|s| s.physical_page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn district_court_stamp() {
        let s = parse(
            "Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 2 of 4 Page ID #:366",
            2,
        )
        .unwrap();
        assert_eq!(s.case, "8:16-cv-01261-DOC-KES");
        assert_eq!(s.document.as_deref(), Some("40"));
        assert_eq!((s.page, s.of, s.page_id), (Some(2), Some(4), Some(366)));
        assert_eq!(s.filed.as_deref(), Some("08/05/16"));
    }

    #[test]
    fn appellate_stamps() {
        let cases = [
            ("Case: 20-1507   Document: 00117684624   Page: 1   Date Filed: 12/22/2020   Entry ID: 6390389", "20-1507", "00117684624", 1, None),
            ("Appellate Case: 21-800      Document: 010110462922          Date Filed: 01/11/2021         Page: 1", "21-800", "010110462922", 1, None),
            ("Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2", "17-3510", "1-1", 1, Some(2)),
            ("Appeal: 17-2218   Doc: 17   Filed: 10/31/2017   Pg: 1 of 1", "17-2218", "17", 1, Some(1)),
            ("Case: 17-3994      Document: 1-3      Filed: 09/20/2017      Page: 1", "17-3994", "1-3", 1, None),
            ("Case: 17-2400      Document: 3          Filed: 07/13/2017     Pages: 1", "17-2400", "3", 1, None),
            ("Case: 25-1689, 07/15/2025, DktEntry: 28.1, Page 1 of 2", "25-1689", "28.1", 1, Some(2)),
            ("Case: 19-15472, 07/08/2019, ID: 11357005, DktEntry: 19, Page 1 of 15", "19-15472", "19", 1, Some(15)),
            ("USCA Case #19-5331      Document #1822434            Filed: 12/30/2019      Page 1 of 3", "19-5331", "1822434", 1, Some(3)),
        ];
        for (line, case, doc, page, of) in cases {
            let s = parse(line, 1).unwrap_or_else(|| panic!("not read: {line}"));
            assert_eq!(s.case, case, "{line}");
            assert_eq!(s.document.as_deref(), Some(doc), "{line}");
            assert_eq!((s.page, s.of), (Some(page), of), "{line}");
        }
    }

    #[test]
    fn bankruptcy_stamp() {
        let s = parse("Case 19-10562    Doc 45    Filed 01/02/20    Entered 01/02/20 10:00:01    Desc Main Document      Page 1 of 5", 1).unwrap();
        assert_eq!(s.document.as_deref(), Some("45"));
        assert_eq!((s.page, s.of), (Some(1), Some(5)));
    }

    #[test]
    fn prose_is_no_stamp() {
        assert!(parse("Case law does not support the motion.", 1).is_none());
        assert!(parse("Case No. 8:16-cv-1261 DOC (KESx)", 1).is_none());
        assert!(parse("Case 12-345 is on page 4 of the brief", 1).is_none());
    }

    #[test]
    fn record_pins_map_to_physical_pages() {
        let stamps: Vec<Stamp> = (1..=4)
            .map(|p| {
                parse(&format!("Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page {p} of 4 Page ID #:{}", 364 + p), p).unwrap()
            })
            .collect();
        let f = filing(&stamps).unwrap();
        assert_eq!(f.document.as_deref(), Some("40"));
        assert_eq!(f.page_count, Some(4));
        assert_eq!(physical_page(&stamps, "40", 2), Some(2));
        assert_eq!(physical_page(&stamps, "40", 5), None);
        assert_eq!(physical_page(&stamps, "41", 2), None);
    }
}
