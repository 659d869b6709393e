//! `docket.csv`: a spreadsheet of the docket kept by the lawyer. The header must
//! name the entry-number and docket-text columns; date, file and page columns are
//! optional. An entry cell `34-1` describes attachment 1 of entry 34.

use std::collections::HashMap;

use super::text::{attachments_in_text, parse_date};
use super::{collapse, entry_number, ParseError, ParsedAttachment, ParsedDocket, ParsedEntry};

/// Accepted header names per column, compared after lower-casing and dropping punctuation.
const NUMBER: &[&str] = &[
    "",
    "no",
    "number",
    "entry",
    "entry no",
    "entry number",
    "entrynumber",
    "doc",
    "doc no",
    "document number",
    "docket number",
    "docket no",
    "ecf",
    "ecf no",
    "dkt",
    "dkt no",
    "de",
];
const TEXT: &[&str] = &[
    "docket text",
    "text",
    "description",
    "entry text",
    "title",
    "document",
    "docket entry",
];
const DATE: &[&str] = &["date", "date filed", "filed", "filing date", "datefiled"];
const FILE: &[&str] = &[
    "file",
    "path",
    "filename",
    "file name",
    "filepath",
    "file path",
    "pdf",
    "link",
];
const PAGES: &[&str] = &["pages", "page count", "pagecount", "page_count"];

fn normalize(header: &str) -> String {
    let kept: String = header
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    collapse(&kept)
}

fn column(headers: &[String], names: &[&str], taken: &[usize]) -> Option<usize> {
    headers
        .iter()
        .enumerate()
        .position(|(i, h)| !taken.contains(&i) && names.contains(&h.as_str()))
}

pub fn parse(text: &str) -> Result<ParsedDocket, ParseError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ParseError(format!("cannot read the header row: {e}")))?
        .iter()
        .map(normalize)
        .collect();
    // `#` normalizes to "", which is the usual PACER label for the number column.
    let number = column(&headers, NUMBER, &[]).ok_or_else(|| {
        ParseError(
            "the header names no entry-number column (e.g. `#`, `No.`, `Entry`, `ECF No.`)".into(),
        )
    })?;
    let text_col = column(&headers, TEXT, &[number]).ok_or_else(|| {
        ParseError(
            "the header names no docket-text column (e.g. `Docket Text`, `Description`)".into(),
        )
    })?;
    let date = column(&headers, DATE, &[number, text_col]);
    let file = column(&headers, FILE, &[number, text_col]);
    let pages = column(&headers, PAGES, &[number, text_col]);
    let mut out = ParsedDocket::default();
    // Entry number → index in `out.entries`: rows find their entry in constant time
    // (a docket of tens of thousands of rows must not take quadratic time).
    let mut index_of: HashMap<u32, usize> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| ParseError(format!("malformed row: {e}")))?;
        let line = record.position().map_or(0, |p| p.line().saturating_sub(1)) as u32;
        let cell = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let Some(raw_number) = cell(Some(number)) else {
            continue;
        };
        let (entry_part, attachment) = match raw_number.split_once('-') {
            Some((e, a)) => (e, entry_number(a)),
            None => (raw_number, None),
        };
        let Some(n) = entry_number(entry_part) else {
            continue;
        };
        let docket_text = cell(Some(text_col)).map(collapse).unwrap_or_default();
        let file_cell = cell(file).map(str::to_string);
        let page_count = cell(pages).and_then(|p| p.parse().ok());
        if let Some(a) = attachment {
            // An attachment row belongs to its entry (which may come later in the file).
            let attachment = ParsedAttachment {
                number: a,
                description: (!docket_text.is_empty()).then_some(docket_text),
                file: file_cell,
                page_count,
            };
            match index_of.get(&n).and_then(|&i| out.entries.get_mut(i)) {
                Some(e) => e.attachments.push(attachment),
                None => {
                    index_of.insert(n, out.entries.len());
                    out.entries.push(ParsedEntry {
                        number: n,
                        line,
                        attachments: vec![attachment],
                        ..Default::default()
                    });
                }
            }
            continue;
        }
        let date_filed = cell(date).and_then(parse_date);
        let attachments = attachments_in_text(&docket_text);
        match index_of.get(&n).and_then(|&i| out.entries.get_mut(i)) {
            Some(e) if e.text.is_empty() => {
                e.text = docket_text;
                e.date_filed = date_filed;
                e.file = file_cell;
                e.page_count = page_count;
                e.line = line;
            }
            Some(_) => {} // a duplicate row: the first wins
            None => {
                index_of.insert(n, out.entries.len());
                out.entries.push(ParsedEntry {
                    number: n,
                    date_filed,
                    line,
                    attachments_listed: !attachments.is_empty(),
                    attachments,
                    text: docket_text,
                    file: file_cell,
                    page_count,
                    ..ParsedEntry::default()
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_columns_by_header_name() {
        let text = "Date Filed,#,Docket Text,File\n\
                    05/19/2017,1,\"COMPLAINT against Derral G. Adams by Shajia Ayobi.\",\n\
                    09/18/2018,34,\"MOTION to PRESERVE, PRODUCE EVIDENCE by Shajia Ayobi.\",docs/034 - Motion to Preserve.pdf\n\
                    ,34-1,Exhibit A,docs/34-1.pdf\n";
        let d = parse(text).expect("parses");
        assert_eq!(d.entries.len(), 2);
        let e = &d.entries[1];
        assert_eq!(e.number, 34);
        assert_eq!(e.line, 2);
        assert_eq!(
            e.text,
            "MOTION to PRESERVE, PRODUCE EVIDENCE by Shajia Ayobi."
        );
        assert_eq!(e.file.as_deref(), Some("docs/034 - Motion to Preserve.pdf"));
        assert_eq!(e.attachments.len(), 1);
        assert_eq!(e.attachments[0].file.as_deref(), Some("docs/34-1.pdf"));
        assert_eq!(
            e.date_filed.map(|d| d.to_string()).as_deref(),
            Some("09/18/2018")
        );
    }

    #[test]
    fn missing_columns_and_bad_rows() {
        assert!(
            parse("Date,Title\n1/1/2020,x\n").is_err(),
            "no number column"
        );
        assert!(parse("No.,Date\n1,1/1/2020\n").is_err(), "no text column");
        assert!(parse("").is_err());
        let d = parse("No.,Description\nabc,not a number\n99999999999,too big\n7,ok\n")
            .expect("parses");
        assert_eq!(
            d.entries.iter().map(|e| e.number).collect::<Vec<_>>(),
            vec![7]
        );
        // Invalid UTF-8 is turned into replacement characters by the caller; quotes left open are an error or a row.
        let _ = parse("No.,Text\n1,\"unterminated\n2,x\n");
    }
}
