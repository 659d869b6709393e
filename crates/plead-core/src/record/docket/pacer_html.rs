//! PACER docket reports saved from the browser as HTML: every report CM/ECF serves.
//!
//! - **District** and **Court of International Trade** docket reports (`DktRpt.pl`):
//!   a table whose header row reads `Date Filed | # | Docket Text` — as `<th>` or bold
//!   `<td>` cells, with `#` spanning two columns or none at all, an extra "select"
//!   column (NextGen), or an empty header cell.
//! - **Bankruptcy** docket reports (CM/ECF and NextGen, cases and adversary
//!   proceedings): `Filing Date | # | Docket Text` (or `Docket Date`), the number in
//!   the second of two `#` columns or leading the docket text, attachments in a
//!   row of their own below the entry.
//! - **Docket history** reports (`HistDocQry.pl`): `Doc. No. | Dates | Description`,
//!   the dates inside a nested table (`Filed & Entered:`).
//! - **Appellate** dockets (CM/ECF appellate, BAP, Veterans Claims): rows of
//!   `date | number or document link | docket text` without a header row; courts that
//!   do not number entries link each document by its PACER id instead.
//!
//! Pages are read with an HTML5 tokenizer ([`super::html_tables`]); what is here is
//! only which table holds the entries and what each column means.

use std::sync::LazyLock;

use regex::Regex;

use super::html_tables::{self, Cell, Link, Page, Row, Table};
use super::text::{attachments_in_text, parse_date};
use super::{
    collapse, entry_number, ParseError, ParsedAttachment, ParsedDocket, ParsedEntry, ReportKind,
    TextLink,
};

/// Whether `text` looks like a saved docket report (cheap test before parsing).
pub fn looks_like(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(400_000)];
    let has = |needle: &str| {
        memchr::memmem::find_iter(head, needle.as_bytes())
            .next()
            .is_some()
            || contains_ignore_case(head, needle.as_bytes())
    };
    (has("<table") || has("<tr"))
        && (has("docket text")
            || has("docket #")
            || has("docket entries")
            || has("dktrpt.pl")
            || has("histdocqry")
            || has("transportroom")
            || has("uscourts.gov")
            || has("docket for case #")
            || has("bankruptcy petition #")
            || has("adversary proceeding #"))
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Parses a PACER docket report.
pub fn parse(text: &str) -> Result<ParsedDocket, ParseError> {
    let page = html_tables::read(text);
    let mut out = ParsedDocket::default();
    let mut found = false;
    let mut history = false;
    let mut continues: Option<Columns> = None;
    for table in &page.tables {
        if table.nested {
            continue;
        }
        let header = table
            .rows
            .iter()
            .enumerate()
            .take(4)
            .find_map(|(i, r)| Columns::of_header(r).map(|c| (i, c)));
        match header {
            Some((at, columns)) => {
                found = true;
                history |= columns.history;
                read_rows(&page, &table.rows[at + 1..], &columns, &mut out);
                continues = Some(columns);
            }
            // CM/ECF splits long reports into tables of 100 rows; only the first has
            // the header.
            None => match &continues {
                Some(columns) if continues_entries(table, columns) => {
                    read_rows(&page, &table.rows, columns, &mut out);
                }
                _ => continues = None,
            },
        }
    }
    let mut appellate = false;
    if !found {
        // Appellate dockets have no header row: the table with the most
        // `date | number | text` rows holds the entries.
        let best = page
            .tables
            .iter()
            .map(|t| (t.rows.iter().filter(|r| is_appellate_row(r)).count(), t))
            .filter(|(n, _)| *n > 0)
            .max_by_key(|(n, _)| *n);
        if let Some((_, table)) = best {
            found = true;
            appellate = true;
            read_appellate_rows(&page, table, &mut out);
        }
    }
    if !found {
        if is_appellate_page(&page) {
            // A docket with no entries yet (or a "summary" without them).
            appellate = true;
        } else if is_docket_header_only(&page) {
            // "There are proceedings for case … but none satisfy the selection criteria."
        } else {
            return Err(ParseError(
                "no docket entries table (a header row `Date Filed | # | Docket Text`, or appellate entry rows)"
                    .into(),
            ));
        }
    }
    read_header(&page, &mut out);
    absolute_links(&mut out);
    out.kind = if history {
        ReportKind::History
    } else if appellate || is_appellate_page(&page) {
        ReportKind::Appellate
    } else if is_bankruptcy(&page, out.court_id.as_deref()) {
        ReportKind::Bankruptcy
    } else {
        ReportKind::District
    };
    Ok(out)
}

/// Links CM/ECF wrote relative to its own host (`/cgi-bin/show_doc.pl?…`) made
/// absolute with the court's host, so the editor can open them.
fn absolute_links(out: &mut ParsedDocket) {
    let Some(court) = out.court_id.clone() else {
        for e in out.entries.iter_mut().chain(out.unnumbered.iter_mut()) {
            e.url = e.url.take().filter(|u| u.starts_with("http"));
            e.links.retain(|l| l.url.starts_with("http"));
        }
        return;
    };
    let absolute = |u: &str| {
        if u.starts_with('/') {
            format!("https://ecf.{court}.uscourts.gov{u}")
        } else {
            u.to_string()
        }
    };
    for e in out.entries.iter_mut().chain(out.unnumbered.iter_mut()) {
        e.url = e.url.as_deref().map(absolute);
        for l in &mut e.links {
            l.url = absolute(&l.url);
        }
    }
    if let Some(u) = &out.claims_register_url {
        out.claims_register_url = Some(absolute(u));
    }
}

/// Whether a table without a header goes on with the entries of the table before.
fn continues_entries(table: &Table, columns: &Columns) -> bool {
    table.rows.first().is_some_and(|r| {
        let width: u32 = r.cells.iter().map(|c| c.colspan).sum();
        width == columns.width
            && r.cells
                .first()
                .is_some_and(|c| filed_date(&c.plain()).is_some())
    })
}

/// A docket report's header without an entries table (none matched the saved
/// selection): still the case's docket, with no entries.
fn is_docket_header_only(page: &Page) -> bool {
    let head: String = page.text.chars().take(30_000).collect();
    CASE_NUMBER.is_match(&head)
        && (head.contains("U.S. District Court")
            || head.contains("U.S. Bankruptcy Court")
            || head.contains("United States District Court")
            || head.contains("Court of International Trade"))
}

/// What each column of an entries table holds, from its header row.
#[derive(Debug)]
struct Columns {
    date: Option<(u32, u32)>,
    number: Option<(u32, u32)>,
    text: (u32, u32),
    /// Columns in the header (sum of spans).
    width: u32,
    history: bool,
}

impl Columns {
    fn of_header(row: &Row) -> Option<Columns> {
        if row.cells.len() < 2 || row.cells.len() > 12 {
            return None;
        }
        let mut date = None;
        let mut number = None;
        let mut text = None;
        let mut history = false;
        let mut at = 0u32;
        for cell in &row.cells {
            let span = (at, at + cell.colspan);
            at += cell.colspan;
            let name = header_name(cell);
            if name.is_empty() {
                continue;
            }
            if text.is_none() && is_text_header(&name) {
                history |= name.starts_with("description") || name.starts_with("proceeding");
                text = Some(span);
            } else if date.is_none() && is_date_header(&name) {
                date = Some(span);
            } else if number.is_none() && is_number_header(&name) {
                number = Some(span);
            }
        }
        let text = text?;
        // An attachment list (`Document | Description | Pages`) has no date column.
        date?;
        // `Doc. No. | Dates | Description` is the docket history report.
        history &= number.is_some_and(|n| date.is_some_and(|d| n.0 < d.0));
        Some(Columns {
            date,
            number,
            text,
            width: at,
            history,
        })
    }
}

fn header_name(cell: &Cell) -> String {
    let plain = cell.plain().to_ascii_lowercase();
    plain.trim().trim_end_matches(':').trim().to_string()
}

fn is_text_header(name: &str) -> bool {
    [
        "docket text",
        "description",
        "proceedings",
        "docket entry",
        "text",
    ]
    .iter()
    .any(|h| name.starts_with(h))
}

fn is_date_header(name: &str) -> bool {
    matches!(
        name,
        "date filed"
            | "filing date"
            | "docket date"
            | "date entered"
            | "date"
            | "dates"
            | "filed"
            | "entered"
            | "filed date"
            | "date filed/entered"
            | "entry date"
    )
}

fn is_number_header(name: &str) -> bool {
    let squashed: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(
        squashed.as_str(),
        "#" | "no."
            | "no"
            | "doc.no."
            | "docno."
            | "docno"
            | "docketno."
            | "doc.#"
            | "doc#"
            | "number"
            | "document"
            | "entry"
            | "entryno."
            | "#select"
    ) || squashed.starts_with("#")
}

/// The cells of a row whose columns fall in `range`.
fn cells_in(row: &Row, range: (u32, u32)) -> impl Iterator<Item = &Cell> {
    let mut at = 0u32;
    row.cells.iter().filter(move |c| {
        let start = at;
        at += c.colspan;
        start >= range.0 && start < range.1
    })
}

fn read_rows(page: &Page, rows: &[Row], columns: &Columns, out: &mut ParsedDocket) {
    // Entries that may take continuation rows (attachments listed below the entry).
    let mut last: Option<(bool, usize)> = None;
    for row in rows {
        if row.cells.is_empty() {
            continue;
        }
        let width: u32 = row.cells.iter().map(|c| c.colspan).sum();
        // Rows that do not line up with the header: the date is the first cell and
        // the text the last.
        let aligned = width >= columns.width;
        let date_cell = match columns.date {
            Some(r) if aligned => cells_in(row, r).next(),
            _ => row.cells.first(),
        };
        let text_cell = if aligned {
            cells_in(row, columns.text).next()
        } else {
            row.cells.last()
        };
        let Some(text_cell) = text_cell else { continue };
        let number_cells: Vec<&Cell> = match columns.number {
            Some(r) if aligned => cells_in(row, r).collect(),
            Some(_) => row
                .cells
                .get(1..row.cells.len().saturating_sub(1))
                .unwrap_or(&[])
                .iter()
                .collect(),
            None => Vec::new(),
        };
        // The history report's `Docket Text: …` row below its entry.
        if let Some(long) = row
            .cells
            .first()
            .map(|c| c.plain())
            .and_then(|t| t.strip_prefix("Docket Text:").map(|t| t.trim().to_string()))
        {
            if let Some((numbered, i)) = last {
                let list = if numbered {
                    &mut out.entries
                } else {
                    &mut out.unnumbered
                };
                if let Some(entry) = list.get_mut(i) {
                    entry.short_description = Some(std::mem::take(&mut entry.text));
                    entry.attachments = attachments_in_text(&long);
                    entry.text = long;
                }
            }
            continue;
        }
        let date_text = date_cell.map(|c| c.plain()).unwrap_or_default();
        let date_filed = filed_date(&date_text);
        let mut text = text_cell.plain();
        let mut number = number_cells.iter().find_map(|c| cell_number(c));
        let mut link = number_cells
            .iter()
            .flat_map(|c| &c.links)
            .find(|l| is_document_link(&l.href))
            .cloned();
        if columns.number.is_none() || (number.is_none() && number_cells.is_empty()) {
            // The number leads the docket text (`1 (11 pgs) Chapter 11 petition`).
            if let Some((n, rest, l)) = leading_number(text_cell, &text) {
                number = Some(n);
                text = rest;
                link = link.or(l);
            }
        }
        if date_filed.is_none() && number.is_none() {
            // A continuation row: attachments of the entry above.
            if let Some((numbered, i)) = last {
                let list = if numbered {
                    &mut out.entries
                } else {
                    &mut out.unnumbered
                };
                if let Some(entry) = list.get_mut(i) {
                    add_nested_attachments(page, row, entry);
                }
            }
            continue;
        }
        if text.is_empty() && number.is_none() {
            continue;
        }
        let text_links = text_links(text_cell, link.as_ref());
        let entry = build_entry(number, date_filed, text, row.line, link, text_links);
        let numbered = entry.number != 0;
        let list = if numbered {
            &mut out.entries
        } else {
            &mut out.unnumbered
        };
        list.push(entry);
        last = Some((numbered, list.len() - 1));
        // Attachments listed in a table inside the entry's own row.
        if let Some(entry) = list.last_mut() {
            add_nested_attachments(page, row, entry);
            entry.page_count = entry
                .page_count
                .or_else(|| number_cells.iter().find_map(|c| page_count_in(&c.plain())));
        }
    }
}

fn build_entry(
    number: Option<u32>,
    date_filed: Option<super::Date>,
    text: String,
    line: u32,
    link: Option<Link>,
    links: Vec<TextLink>,
) -> ParsedEntry {
    let attachments = attachments_in_text(&text);
    let sealed = is_sealed(&text);
    ParsedEntry {
        number: number.unwrap_or(0),
        date_filed,
        attachments_listed: true,
        attachments,
        line,
        doc_id: link.as_ref().and_then(|l| doc_id_of(&l.href)),
        url: link
            .map(|l| l.href)
            .filter(|h| h.starts_with("http") || h.starts_with('/')),
        links,
        sealed,
        text,
        file: None,
        page_count: None,
        short_description: None,
    }
}

/// The date an entry was filed: a cell holding only the date, or the history
/// report's `Filed: 04/02/2019 Entered: 04/03/2019` / `Filed & Entered: 11/16/2017`.
fn filed_date(cell: &str) -> Option<super::Date> {
    if let Some(d) = parse_date(cell) {
        return Some(d);
    }
    let after_filed = cell.find("Filed").map_or(cell, |i| &cell[i..]);
    first_date(after_filed).or_else(|| first_date(cell))
}

#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static DATE_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b").expect("valid regex"));

fn first_date(s: &str) -> Option<super::Date> {
    DATE_IN_TEXT
        .find_iter(s)
        .find_map(|m| parse_date(m.as_str()))
}

/// An entry number written in a cell: ` 34 `, `&nbsp;319&nbsp;`, a link `8781`, a
/// `data-document-number`. Not a page count (`29 pg, 327.88 KB`).
fn cell_number(cell: &Cell) -> Option<u32> {
    let linked = cell
        .links
        .iter()
        .filter(|l| is_document_link(&l.href))
        .find_map(|l| entry_number(&collapse(&l.text)))
        .or_else(|| {
            cell.links
                .iter()
                .filter_map(|l| l.document_number.as_deref())
                .find_map(entry_number)
        });
    if linked.is_some() {
        return linked;
    }
    let plain = cell.plain();
    let mut words = plain.split_whitespace();
    let first = words.next()?;
    let unit = words.next().unwrap_or("").to_ascii_lowercase();
    if unit.starts_with("pg") || unit.starts_with("page") {
        return None;
    }
    entry_number(first)
}

/// `29 pg, 327.88 KB`, `(11 pgs)`: a page count in a number cell.
fn page_count_in(text: &str) -> Option<u32> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let unit = w[1]
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_ascii_lowercase();
        matches!(unit.as_str(), "pg" | "pgs" | "page" | "pages")
            .then(|| w[0].trim_start_matches('(').parse().ok())
            .flatten()
    })
}

/// The number leading a docket text cell, the text after it (without a page count
/// such as `(11 pgs)`), and the number's document link.
fn leading_number(cell: &Cell, text: &str) -> Option<(u32, String, Option<Link>)> {
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    let n = entry_number(first)?;
    let link = cell
        .links
        .iter()
        .find(|l| collapse(&l.text) == first && is_document_link(&l.href))
        .cloned();
    // Only a linked number, or one followed by a page count, is the entry's number.
    let rest = rest.trim_start();
    let pages = rest.starts_with('(') && rest.split(')').next().is_some_and(|p| p.contains("pg"));
    if link.is_none() && !pages {
        return None;
    }
    let rest = if pages {
        rest.split_once(')').map_or("", |(_, r)| r).trim_start()
    } else {
        rest
    };
    Some((n, rest.to_string(), link))
}

fn is_document_link(href: &str) -> bool {
    href.contains("/doc1/") || href.contains("/docs1/") || href.contains("show_doc")
}

/// PACER's document id from a `doc1` / `docs1` link.
fn doc_id_of(href: &str) -> Option<String> {
    let at = href
        .find("/doc1/")
        .map(|i| i + 6)
        .or_else(|| href.find("/docs1/").map(|i| i + 7))?;
    let id: String = href[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (!id.is_empty()).then_some(id)
}

/// Links inside the docket text other than the entry's own document.
fn text_links(cell: &Cell, own: Option<&Link>) -> Vec<TextLink> {
    cell.links
        .iter()
        .filter(|l| own.is_none_or(|o| o.href != l.href))
        .filter(|l| l.href.starts_with("http") || l.href.starts_with('/'))
        .filter(|l| !l.href.starts_with("javascript"))
        .map(|l| TextLink {
            text: collapse(&l.text),
            url: l.href.clone(),
        })
        .filter(|l| !l.text.is_empty())
        .take(50)
        .collect()
}

fn is_sealed(text: &str) -> bool {
    let head: String = text.chars().take(200).collect();
    head.contains("SEALED")
        || head.contains("Sealed Document")
        || head.contains("(Court only)")
        || head.contains("RESTRICTED")
        || head.starts_with("Restricted")
}

/// Attachment rows of tables inside a row: `1 | Exhibit A | 3 pages`,
/// `checkbox | 1 | link | notification | 2 | 67 KB`. Attachment 0 is the main document.
fn add_nested_attachments(page: &Page, row: &Row, entry: &mut ParsedEntry) {
    // Tables at any depth below the row (appellate lists sit two tables deep).
    let mut tables: Vec<usize> = row
        .cells
        .iter()
        .flat_map(|c| c.tables.iter().copied())
        .collect();
    let mut seen = 0;
    while seen < tables.len() && tables.len() < 64 {
        let more: Vec<usize> = page
            .tables
            .get(tables[seen])
            .map(|t| {
                t.rows
                    .iter()
                    .flat_map(|r| &r.cells)
                    .flat_map(|c| c.tables.iter().copied())
                    .collect()
            })
            .unwrap_or_default();
        tables.extend(more);
        seen += 1;
    }
    for t in tables {
        {
            let Some(table) = page.tables.get(t) else {
                continue;
            };
            for r in &table.rows {
                if let Some(a) = attachment_row(r) {
                    if a.number == 0 {
                        entry.page_count = entry.page_count.or(a.page_count);
                        continue;
                    }
                    match entry.attachments.iter_mut().find(|x| x.number == a.number) {
                        Some(x) => {
                            x.description = x.description.take().or(a.description);
                            x.page_count = x.page_count.or(a.page_count);
                        }
                        None => entry.attachments.push(a),
                    }
                }
            }
        }
    }
}

fn attachment_row(row: &Row) -> Option<ParsedAttachment> {
    let texts: Vec<String> = row.cells.iter().map(Cell::plain).collect();
    let at = texts.iter().position(|t| !t.is_empty())?;
    let number: u32 = texts[at].parse().ok().filter(|n| *n < 10_000)?;
    let mut description = None;
    let mut page_count = None;
    for t in &texts[at + 1..] {
        if t.is_empty() {
            continue;
        }
        if let Some(p) = page_count_of(t) {
            page_count = page_count.or(Some(p));
        } else if description.is_none() && t.chars().any(char::is_alphabetic) && !is_size(t) {
            description = Some(t.clone());
        } else if page_count.is_none() && description.is_some() {
            page_count = t.parse().ok();
        }
    }
    Some(ParsedAttachment {
        number,
        description,
        file: None,
        page_count,
    })
}

fn page_count_of(t: &str) -> Option<u32> {
    let lower = t.to_ascii_lowercase();
    let (n, unit) = lower.split_once(' ')?;
    matches!(unit, "page" | "pages" | "pg" | "pgs")
        .then(|| n.parse().ok())
        .flatten()
}

fn is_size(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    lower.ends_with(" kb") || lower.ends_with(" mb") || lower.ends_with(" bytes")
}

/// `06/27/2017 | 319 (or a document link) | text`: an appellate entry row.
fn is_appellate_row(row: &Row) -> bool {
    row.cells.len() >= 3 && parse_date(&row.cells[0].plain()).is_some() && {
        let text = row.cells[row.cells.len() - 1].plain();
        text.len() > 3
    }
}

fn read_appellate_rows(page: &Page, table: &Table, out: &mut ParsedDocket) {
    let mut last: Option<(bool, usize)> = None;
    for row in &table.rows {
        if !is_appellate_row(row) {
            // Attachments of the entry above, in a nested table.
            if let Some((numbered, i)) = last {
                let list = if numbered {
                    &mut out.entries
                } else {
                    &mut out.unnumbered
                };
                if let Some(e) = list.get_mut(i) {
                    add_nested_attachments(page, row, e);
                }
            }
            continue;
        }
        let date_filed = parse_date(&row.cells[0].plain());
        let middle = &row.cells[1..row.cells.len() - 1];
        let text_cell = &row.cells[row.cells.len() - 1];
        let link = middle
            .iter()
            .flat_map(|c| &c.links)
            .find(|l| is_document_link(&l.href))
            .cloned();
        let number = middle.iter().find_map(cell_number).or_else(|| {
            link.as_ref()
                .and_then(|l| l.document_number.as_deref())
                .and_then(entry_number)
        });
        let text = text_cell.plain();
        let links = text_links(text_cell, link.as_ref());
        let mut entry = build_entry(number, date_filed, text, row.line, link, links);
        entry.page_count = middle.iter().find_map(|c| page_count_in(&c.plain()));
        let numbered = entry.number != 0;
        let list = if numbered {
            &mut out.entries
        } else {
            &mut out.unnumbered
        };
        list.push(entry);
        last = Some((numbered, list.len() - 1));
    }
}

fn is_appellate_page(page: &Page) -> bool {
    let head: String = page.text.chars().take(20_000).collect();
    head.contains("Court of Appeals")
        || head.contains("Bankruptcy Appellate Panel")
        || page
            .links
            .iter()
            .take(200)
            .any(|l| l.href.contains("TransportRoom"))
}

fn is_bankruptcy(page: &Page, court_id: Option<&str>) -> bool {
    let head: String = page.text.chars().take(20_000).collect();
    head.contains("Bankruptcy Court")
        || head.contains("Bankruptcy Petition #")
        || head.contains("Adversary Proceeding #")
        || court_id.is_some_and(|c| c.ends_with('b') && !c.starts_with("bap"))
}

#[allow(clippy::expect_used)] // constant patterns, compiled on first use (tests cover them)
static CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:case\s*#|petition\s*#|proceeding\s*#|docket\s*#|case\s+number)\s*:\s*([0-9][0-9A-Za-z:\-]*[0-9A-Za-z])",
    )
    .expect("valid regex")
});
#[allow(clippy::expect_used)]
static BARE_CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Z]{1,4}){0,3})\b").expect("valid regex")
});
#[allow(clippy::expect_used)]
static RELATED_CASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:lead\s+(?:bk\s+)?case|member\s+case|jointly\s+administered(?:\s+with)?|lead\s+case\s+number|main\s+case|related\s+bk\s+case)\s*(?:#|no\.)?\s*:?\s*([0-9][0-9A-Za-z:\-]*[0-9])",
    )
    .expect("valid regex")
});
#[allow(clippy::expect_used)]
static COURT_HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ecf|pacer)\.([a-z0-9]{2,8})\.uscourts\.gov").expect("valid regex")
});

/// Case numbers, court and case name from the report's header.
fn read_header(page: &Page, out: &mut ParsedDocket) {
    let head: &str = {
        let mut end = page.text.len().min(60_000);
        while !page.text.is_char_boundary(end) {
            end -= 1;
        }
        &page.text[..end]
    };
    out.case_number = CASE_NUMBER
        .captures(head)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
        .or_else(|| {
            BARE_CASE_NUMBER
                .captures(head)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_string())
        })
        .or_else(|| appellate_title_number(head));
    for c in RELATED_CASE.captures_iter(head) {
        if let Some(m) = c.get(1) {
            let n = m.as_str().to_string();
            if out.case_number.as_ref() != Some(&n) && !out.other_case_numbers.contains(&n) {
                out.other_case_numbers.push(n);
            }
        }
    }
    out.court_id = page
        .links
        .iter()
        .take(2_000)
        .find_map(|l| COURT_HOST.captures(&l.href))
        .or_else(|| COURT_HOST.captures(head))
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_ascii_lowercase());
    out.court = court_name(head);
    out.case_name = case_name(page);
    out.claims_register_url = page
        .links
        .iter()
        .find(|l| {
            l.href.contains("SearchClaims.pl")
                || collapse(&l.text).eq_ignore_ascii_case("claims register")
        })
        .map(|l| l.href.clone());
}

/// The appellate page title starts with the docket number: `17-15589 Docket`.
fn appellate_title_number(head: &str) -> Option<String> {
    let first = head.split_whitespace().next()?;
    let ok = first.len() <= 12
        && first.contains('-')
        && first.chars().all(|c| c.is_ascii_digit() || c == '-')
        && head
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w == "Docket" || w == "Summary");
    ok.then(|| first.to_string())
}

/// `Eastern District of California`, `District of Delaware`, `United States Court of
/// Appeals for the Ninth Circuit`, `United States Court of International Trade`.
fn court_name(head: &str) -> Option<String> {
    let lines: Vec<&str> = head
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate().take(400) {
        let plain = collapse(line);
        if plain.starts_with("United States Court of Appeals")
            || plain.starts_with("United States Court of International Trade")
            || plain.starts_with("United States Bankruptcy Appellate Panel")
        {
            return Some(plain);
        }
        if plain == "U.S. Bankruptcy Court"
            || plain == "U.S. District Court"
            || plain == "United States District Court"
        {
            let next = lines.get(i + 1).map(|l| collapse(l))?;
            let name = next.split(" - ").next().unwrap_or(&next).trim().to_string();
            // `Alaska (Anchorage)`: the district of a one-district state.
            let name = match name.split_once(" (") {
                Some((n, _)) if !n.contains("District") => format!("District of {n}"),
                Some((n, _)) => n.to_string(),
                None => name,
            };
            return Some(if plain.contains("Bankruptcy") {
                format!("U.S. Bankruptcy Court, {name}")
            } else {
                name
            });
        }
        if (plain.contains("District of") && plain.contains(" - "))
            || plain.ends_with("Live System")
        {
            let court = plain.split(" - ").next().unwrap_or(&plain).trim();
            return Some(court.to_string());
        }
    }
    None
}

/// The case table's first cell starts with the case name: `(PC) Ayobi v. Adams et al`.
fn case_name(page: &Page) -> Option<String> {
    page.tables
        .iter()
        .take(50)
        .flat_map(|t| &t.rows)
        .flat_map(|r| &r.cells)
        .find_map(|c| {
            let first = c.text.lines().map(str::trim).find(|l| !l.is_empty())?;
            (first.contains(" v. ") && c.text.contains("Assigned to")).then(|| collapse(first))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = r#"<html><head><title>CM/ECF - U.S. District Court for Eastern California</title>
<script>var x = "<table><tr><td>not a cell</td></tr></table>";</script></head><body>
<h3 align=center>U.S. District Court<BR>
Eastern District of California - Live System (Fresno)<BR>
CIVIL DOCKET FOR CASE #: 1:17-cv-00693-DAD-SAB</h3>
<TABLE width='100%' border=0 CELLSPACING=5><tr>
<td valign=top width="60%"><br>(PC) Ayobi v. Adams et al<br>
Assigned to: District Judge Dale A. Drozd</td></tr></table>
<!-- <tr><td>09/01/2018</td><td>99</td><td>commented out</td></tr> -->
<table align=center width='99%' border=1 rules=all cellpadding=5 cellspacing=0>
<tr><td style='font-weight:bold; width=94; white-space:nowrap'>Date Filed</td>
<th>#</th><td style='font-weight:bold'>Docket Text</td></tr>
<tr><td width='94' valign=top nowrap>05/19/2017</td><td align='right'><a href="https://ecf.caed.uscourts.gov/doc1/03319150123" onClick="goDLS('/doc1/03319150123','316045','4','','1','1','');return(false);">1</a>&nbsp;</td><td valign=top>COMPLAINT against Derral G. Adams by Shajia Ayobi. (Attachments: # 1 Civil Cover Sheet)(Sant Agata, S) (Entered: 05/22/2017)</td></tr>
<tr><td>09/18/2018<td>34<td>MOTION to PRESERVE and PRODUCE EVIDENCE by Shajia Ayobi. (Jessen, A) (Entered: 09/18/2018)
<tr><td>09/19/2018</td><td></td><td>MINUTE ORDER without a number</td></tr>
</table>
</body></html>"#;

    #[test]
    fn reads_header_entries_and_lines() {
        let d = parse(REPORT).expect("parses");
        assert_eq!(d.case_number.as_deref(), Some("1:17-cv-00693-DAD-SAB"));
        assert_eq!(d.court.as_deref(), Some("Eastern District of California"));
        assert_eq!(d.court_id.as_deref(), Some("caed"));
        assert_eq!(d.kind, ReportKind::District);
        assert_eq!(d.case_name.as_deref(), Some("(PC) Ayobi v. Adams et al"));
        let numbers: Vec<u32> = d.entries.iter().map(|e| e.number).collect();
        assert_eq!(
            numbers,
            vec![1, 34],
            "commented rows and script text are skipped"
        );
        assert_eq!(
            d.unnumbered.len(),
            1,
            "the minute entry is kept, unnumbered"
        );
        let first = &d.entries[0];
        assert_eq!(
            first.date_filed.map(|d| d.to_string()).as_deref(),
            Some("05/19/2017")
        );
        assert!(first
            .text
            .starts_with("COMPLAINT against Derral G. Adams by Shajia Ayobi."));
        assert_eq!(first.attachments.len(), 1);
        assert_eq!(first.doc_id.as_deref(), Some("03319150123"));
        assert_eq!(
            first.url.as_deref(),
            Some("https://ecf.caed.uscourts.gov/doc1/03319150123")
        );
        let line_of = |needle: &str| {
            REPORT
                .lines()
                .position(|l| l.contains(needle))
                .map(|l| l as u32)
        };
        assert_eq!(Some(first.line), line_of("05/19/2017"));
        assert_eq!(Some(d.entries[1].line), line_of("09/18/2018<td>34"));
    }

    #[test]
    fn bankruptcy_two_column_number_and_attachment_rows() {
        let html = "<CENTER><B><FONT SIZE=\"+1\">U.S. Bankruptcy Court<BR>Alaska (Anchorage)<BR>Bankruptcy Petition #: 95-00236</FONT></B></CENTER>\
            <TABLE BORDER=1><TR><TH width=\"94\" nowrap>Filing Date</TH>\n<TH colspan=2 align='center'>#</TH><TH align=center>Docket Text</TH></TR>\n\
            <TR><TD>12/29/2009</TD><TD>&nbsp;</TD><TD><a href='https://ecf.akb.uscourts.gov/doc1/02201226343?caseid=7738'>8781</a></TD><TD>  Motion to Pay, POC #12842, &#036;456.02. (PT) (Entered: 12/29/2009)</TD></TR>\n\
            <tr><td></td><td></td><td></td><td><table><tr><td>0</td><td>Main Document</td><td>1 page</td></tr><tr><td>1</td><td>Exhibit A</td><td>3 pages</td><td>17 KB</td></tr></table></td></tr>\
            </TABLE>";
        let d = parse(html).expect("parses");
        assert_eq!(d.kind, ReportKind::Bankruptcy);
        assert_eq!(d.case_number.as_deref(), Some("95-00236"));
        assert_eq!(
            d.court.as_deref(),
            Some("U.S. Bankruptcy Court, District of Alaska")
        );
        assert_eq!(d.court_id.as_deref(), Some("akb"));
        let e = &d.entries[0];
        assert_eq!(e.number, 8781);
        assert!(
            e.text.starts_with("Motion to Pay, POC #12842, $456.02."),
            "{}",
            e.text
        );
        assert_eq!(e.page_count, Some(1));
        assert_eq!(e.attachments.len(), 1);
        assert_eq!(e.attachments[0].description.as_deref(), Some("Exhibit A"));
        assert_eq!(e.attachments[0].page_count, Some(3));
    }

    #[test]
    fn number_leading_the_text_and_history_dates() {
        let html = "<TABLE><TR><TH>Filing Date</TH><TH>Docket Text</TH></TR>\
            <TR><TD>10/19/2009</TD><TD>  &nbsp; <a href='/doc1/176018642659'>1</a> &nbsp;<nobr>(11&nbsp;pgs)</nobr> Chapter 11 voluntary petition.</TD></TR></TABLE>";
        let d = parse(html).expect("parses");
        assert_eq!(d.entries[0].number, 1);
        assert_eq!(d.entries[0].text, "Chapter 11 voluntary petition.");
        let history = "<table><tr><th>Doc.<br>No.</th><th>Dates</th><th>Description</th></tr>\
            <tr><td>2</td><td><table><tr><td><i>Filed &amp; Entered:</i></td><td>11/16/2017</td></tr></table></td><td>Order</td></tr></table>";
        let d = parse(history).expect("parses");
        assert_eq!(d.kind, ReportKind::History);
        assert_eq!(d.entries[0].number, 2);
        assert_eq!(
            d.entries[0].date_filed.map(|d| d.to_string()).as_deref(),
            Some("11/16/2017")
        );
        assert_eq!(d.entries[0].text, "Order");
    }

    #[test]
    fn appellate_rows_without_a_header() {
        let html = "<title>17-15589 Docket</title>General Docket<br>United States Court of Appeals for the Ninth Circuit<br>\
            <table><tr><td>06/27/2017</td><td><a HREF=\"https://ecf.ca9.uscourts.gov/docs1/009029155384\">&nbsp;319&nbsp;</a></td><td>Supreme Court Case Info [Entered: 06/27/2017 04:54 PM]</td></tr>\
            <tr><td>06/28/2017</td><td><a HREF=\"https://ecf.ca1.uscourts.gov/docs1/00106008873\"><img></a></td><td>CIVIL CASE docketed.</td></tr></table>";
        let d = parse(html).expect("parses");
        assert_eq!(d.kind, ReportKind::Appellate);
        assert_eq!(d.case_number.as_deref(), Some("17-15589"));
        assert_eq!(d.entries[0].number, 319);
        assert_eq!(d.unnumbered[0].doc_id.as_deref(), Some("00106008873"));
        assert_eq!(
            d.court.as_deref(),
            Some("United States Court of Appeals for the Ninth Circuit")
        );
    }

    #[test]
    fn not_a_docket() {
        assert!(parse("<html><body><p>Hello</p></body></html>").is_err());
        assert!(parse("").is_err());
        assert!(parse("<<<<>>>><table<tr<td").is_err());
        // Unclosed everything, binary noise: no panic.
        let noise: String = (0..4000u32)
            .map(|i| char::from_u32((i * 7919) % 0x2FF).unwrap_or('x'))
            .collect();
        let _ = parse(&noise);
        let _ = parse(&format!(
            "<table><tr><td>Date Filed<td>#<td>Docket Text<tr><td>1/1/2020<td>1<td>{noise}"
        ));
    }
}
