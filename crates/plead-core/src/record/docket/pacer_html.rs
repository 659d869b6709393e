//! PACER (CM/ECF) docket reports saved from the browser as HTML.
//!
//! CM/ECF emits old, loose HTML: unquoted attributes, upper- and lower-case tags,
//! `<th>` and `<td>` mixed in one header row, cells left unclosed. A full HTML5
//! parser (html5ever via `scraper`) costs more build time than the whole project;
//! what we need is only "the cells of each table row, as text, with the row's
//! line", which a tolerant tag scanner gives reliably: it keeps a stack of open
//! tables, so nested layout tables never mix their cells into the entries table.

use super::text::{attachments_in_text, parse_date};
use super::{collapse, entry_number, ParseError, ParsedDocket, ParsedEntry};

#[derive(Debug, Default)]
struct Row {
    line: u32,
    cells: Vec<String>,
}

#[derive(Debug, Default)]
struct Table {
    rows: Vec<Row>,
    cell_open: bool,
}

/// What the scanner collects: every table's rows (innermost tables separate) and the `<h3>` header.
#[derive(Debug, Default)]
struct Scan {
    tables: Vec<Table>,
    header: String,
}

/// Whether `text` looks like a saved docket report (cheap test before parsing).
pub fn looks_like(text: &str) -> bool {
    let head = &text[..text.len().min(200_000)];
    let lower = head.to_ascii_lowercase();
    lower.contains("docket text") && (lower.contains("<table") || lower.contains("<tr"))
}

/// Parses a PACER docket report.
pub fn parse(text: &str) -> Result<ParsedDocket, ParseError> {
    let scan = scan(text);
    let mut out = ParsedDocket::default();
    read_header(&scan.header, &mut out);
    let mut found_table = false;
    for table in &scan.tables {
        let Some(header_at) = table.rows.iter().position(|r| is_entries_header(&r.cells)) else {
            continue;
        };
        found_table = true;
        if out.case_name.is_none() {
            out.case_name = case_name_from_tables(&scan.tables);
        }
        for row in &table.rows[header_at + 1..] {
            if row.cells.len() < 3 {
                continue;
            }
            // Unnumbered minute entries cannot be cited by number.
            let Some(number) = entry_number(&row.cells[1]) else {
                continue;
            };
            let text = collapse(&row.cells[2]);
            let attachments = attachments_in_text(&text);
            out.entries.push(ParsedEntry {
                number,
                date_filed: parse_date(&row.cells[0]),
                line: row.line,
                attachments_listed: true,
                attachments,
                text,
                file: None,
                page_count: None,
            });
        }
    }
    if !found_table {
        return Err(ParseError(
            "no docket entries table (a header row `Date Filed | # | Docket Text`)".into(),
        ));
    }
    Ok(out)
}

fn is_entries_header(cells: &[String]) -> bool {
    let norm: Vec<String> = cells
        .iter()
        .map(|c| collapse(c).to_ascii_lowercase())
        .collect();
    norm.len() >= 3
        && norm[0].starts_with("date filed")
        && norm[1] == "#"
        && norm[2].starts_with("docket text")
}

/// `U.S. District Court / Eastern District of California - Live System (Fresno) / CIVIL DOCKET FOR CASE #: 1:17-cv-00693-DAD-SAB`
fn read_header(header: &str, out: &mut ParsedDocket) {
    for line in header.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some((_, number)) = line.split_once("CASE #:") {
            out.case_number = number.split_whitespace().next().map(str::to_string);
        } else if line.contains("District of") || line.contains("Circuit") {
            let court = line.split(" - ").next().unwrap_or(line).trim();
            out.court = Some(collapse(court));
        }
    }
}

/// The case table's first cell starts with the case name: `(PC) Ayobi v. Adams et al`.
fn case_name_from_tables(tables: &[Table]) -> Option<String> {
    tables
        .iter()
        .flat_map(|t| &t.rows)
        .flat_map(|r| &r.cells)
        .find_map(|c| {
            let first = c.lines().map(str::trim).find(|l| !l.is_empty())?;
            (first.contains(" v. ") && c.contains("Assigned to")).then(|| collapse(first))
        })
}

/// The tolerant tag scanner.
fn scan(text: &str) -> Scan {
    let bytes = text.as_bytes();
    let mut out = Scan::default();
    let mut stack: Vec<Table> = Vec::new();
    let mut in_header = false;
    let mut line: u32 = 0;
    let mut counted_to = 0usize;
    let mut pos = 0usize;
    let line_at = |pos: usize, line: &mut u32, counted_to: &mut usize| {
        *line += bytes[*counted_to..pos]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32;
        *counted_to = pos;
    };
    while pos < bytes.len() {
        let Some(lt) = memchr(b'<', &bytes[pos..]).map(|i| pos + i) else {
            push_text(&mut stack, &mut out.header, in_header, &text[pos..]);
            break;
        };
        push_text(&mut stack, &mut out.header, in_header, &text[pos..lt]);
        if bytes[lt..].starts_with(b"<!--") {
            pos = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |i| i + 3);
            continue;
        }
        let Some(tag) = read_tag(text, lt) else {
            // A stray `<` in text.
            push_text(&mut stack, &mut out.header, in_header, "<");
            pos = lt + 1;
            continue;
        };
        pos = tag.end;
        match (tag.name.as_str(), tag.closing) {
            ("script" | "style", false) => {
                let close = format!("</{}", tag.name);
                pos = find_ci(bytes, pos, close.as_bytes()).unwrap_or(bytes.len());
            }
            ("table", false) => stack.push(Table::default()),
            ("table", true) => {
                if let Some(t) = stack.pop() {
                    out.tables.push(t);
                }
            }
            ("tr", false) => {
                line_at(lt, &mut line, &mut counted_to);
                if let Some(t) = stack.last_mut() {
                    t.rows.push(Row {
                        line,
                        cells: Vec::new(),
                    });
                    t.cell_open = false;
                }
            }
            ("tr", true) => {
                if let Some(t) = stack.last_mut() {
                    t.cell_open = false;
                }
            }
            ("td" | "th", false) => {
                line_at(lt, &mut line, &mut counted_to);
                if let Some(t) = stack.last_mut() {
                    if t.rows.is_empty() {
                        t.rows.push(Row {
                            line,
                            cells: Vec::new(),
                        });
                    }
                    if let Some(r) = t.rows.last_mut() {
                        r.cells.push(String::new());
                    }
                    t.cell_open = true;
                }
            }
            ("td" | "th", true) => {
                if let Some(t) = stack.last_mut() {
                    t.cell_open = false;
                }
            }
            ("br" | "p" | "div" | "li", _) => {
                push_text(&mut stack, &mut out.header, in_header, "\n")
            }
            ("h3", false) => in_header = out.header.is_empty(),
            ("h3", true) => in_header = false,
            _ => {}
        }
    }
    // Tables never closed still count (a truncated save).
    while let Some(t) = stack.pop() {
        out.tables.push(t);
    }
    out
}

fn push_text(stack: &mut [Table], header: &mut String, in_header: bool, raw: &str) {
    if raw.is_empty() {
        return;
    }
    let decoded = decode_entities(raw);
    if in_header {
        header.push_str(&decoded);
    }
    if let Some(t) = stack.last_mut() {
        if t.cell_open {
            if let Some(cell) = t.rows.last_mut().and_then(|r| r.cells.last_mut()) {
                cell.push_str(&decoded);
            }
        }
    }
}

struct Tag {
    name: String,
    closing: bool,
    end: usize,
}

/// Reads the tag starting at `lt` (`<name …>` or `</name>`), honoring quoted attribute values.
fn read_tag(text: &str, lt: usize) -> Option<Tag> {
    let bytes = text.as_bytes();
    let mut i = lt + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == name_start {
        // `<!DOCTYPE`, `<?xml`: skip to `>`.
        if matches!(bytes.get(name_start), Some(b'!' | b'?')) {
            let end = memchr(b'>', &bytes[i..]).map_or(bytes.len(), |j| i + j + 1);
            return Some(Tag {
                name: String::new(),
                closing: false,
                end,
            });
        }
        return None;
    }
    let name = text[name_start..i].to_ascii_lowercase();
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => {
                return Some(Tag {
                    name,
                    closing,
                    end: i + 1,
                })
            }
            None => {}
        }
        i += 1;
    }
    Some(Tag {
        name,
        closing,
        end: bytes.len(),
    })
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|i| from + i)
}

/// Decodes the entities CM/ECF uses (`&nbsp;`, `&amp;`, numeric ones).
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest.as_bytes()[..rest.len().min(12)]
            .iter()
            .position(|&b| b == b';')
        else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let decoded = match name {
            "nbsp" => Some(' '),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "sect" => Some('§'),
            "para" => Some('¶'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
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
        assert_eq!(d.case_name.as_deref(), Some("(PC) Ayobi v. Adams et al"));
        let numbers: Vec<u32> = d.entries.iter().map(|e| e.number).collect();
        assert_eq!(
            numbers,
            vec![1, 34],
            "commented rows, script text and unnumbered entries are skipped"
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
    fn entities_are_decoded() {
        assert_eq!(
            decode_entities("a&nbsp;b &amp; c &#167; &#xB6; &bogus; &"),
            "a b & c § ¶ &bogus; &"
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
