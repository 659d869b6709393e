//! Bankruptcy claims registers (`SearchClaims.pl`) saved as HTML: one table per
//! proof of claim with the creditor, `Claim No: 7`, the dates and the amount
//! claimed. `Claim No. 7` in a brief is checked and previewed against it.

use std::sync::LazyLock;

use regex::Regex;

use super::html_tables::{self, Page};
use super::text::parse_date;
use super::{collapse, entry_number, ParseError, ParsedClaim, ParsedDocket, ReportKind};

/// Whether `text` looks like a saved claims register.
pub fn looks_like(text: &str) -> bool {
    let head = &text[..text.len().min(200_000)];
    head.contains("Claims Register") && head.contains("Claim No")
}

#[allow(clippy::expect_used)] // constant patterns, compiled on first use (tests cover them)
static CLAIM_NO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"Claim No:\s*(\d{1,6})").expect("valid regex"));
#[allow(clippy::expect_used)]
static FILED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"Original Filed Date\s*:\s*(\d{1,2}/\d{1,2}/\d{2,4})").expect("valid regex")
});
#[allow(clippy::expect_used)]
static AMOUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"claimed:\s*(\$[0-9][0-9,]*(?:\.\d\d)?)").expect("valid regex"));
#[allow(clippy::expect_used)]
static CASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2}:)?(\d{2}-\d{4,6})(-[A-Z]{2,4})?\b").expect("valid regex")
});

pub fn parse(html: &str) -> Result<ParsedDocket, ParseError> {
    let page = html_tables::read(html);
    let mut out = ParsedDocket {
        kind: ReportKind::Bankruptcy,
        ..ParsedDocket::default()
    };
    for (i, table) in page.tables.iter().enumerate() {
        if table.nested {
            continue;
        }
        let Some(row) = table
            .rows
            .iter()
            .find(|r| r.cells.iter().any(|c| c.text.contains("Claim No:")))
        else {
            continue;
        };
        let text = table_text(&page, i);
        let Some(number) = CLAIM_NO
            .captures(&text)
            .and_then(|c| c.get(1))
            .and_then(|m| entry_number(m.as_str()))
        else {
            continue;
        };
        let creditor = row.cells.first().and_then(|c| creditor_of(&c.text));
        let url = table
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .flat_map(|c| &c.links)
            .chain(
                table
                    .rows
                    .iter()
                    .flat_map(|r| &r.cells)
                    .flat_map(|c| &c.tables)
                    .filter_map(|&t| page.tables.get(t))
                    .flat_map(|t| &t.rows)
                    .flat_map(|r| &r.cells)
                    .flat_map(|c| &c.links),
            )
            .find(|l| l.href.contains("show_doc") || l.href.contains("claim_num"))
            .map(|l| l.href.clone());
        let field = |label: &str| {
            let at = text.find(label)? + label.len();
            let rest = text[at..].trim_start_matches([':', ' ']);
            let value = rest.lines().next().unwrap_or("").trim();
            (!value.is_empty()).then(|| collapse(value))
        };
        let description = [field("Description:"), field("Remarks:")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" — ");
        out.claims.push(ParsedClaim {
            number,
            creditor,
            date_filed: FILED
                .captures(&text)
                .and_then(|c| c.get(1))
                .and_then(|m| parse_date(m.as_str())),
            amount: AMOUNT
                .captures(&text)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_string()),
            text: description,
            url,
            line: row.line,
        });
    }
    if out.claims.is_empty() {
        return Err(ParseError("no claims (`Claim No:`) on the register".into()));
    }
    read_header(&page, &mut out);
    Ok(out)
}

/// A table's rows' text, nested tables included, one row a line.
fn table_text(page: &Page, index: usize) -> String {
    let mut out = String::new();
    if let Some(t) = page.tables.get(index) {
        for r in &t.rows {
            for c in &r.cells {
                for line in c.text.lines() {
                    let line = collapse(line);
                    if !line.is_empty() {
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
            }
        }
    }
    out
}

/// `Creditor: (518290055) \n Smith Maritime, Inc. \n PO Box 188` → `Smith Maritime, Inc.`
fn creditor_of(cell: &str) -> Option<String> {
    let after = cell.split_once("Creditor:").map_or(cell, |(_, r)| r);
    after
        .lines()
        .map(collapse)
        .map(|l| {
            // The creditor id in parentheses.
            if l.starts_with('(') {
                l.split_once(')')
                    .map_or(String::new(), |(_, r)| r.trim().to_string())
            } else {
                l
            }
        })
        .find(|l| !l.is_empty())
}

fn read_header(page: &Page, out: &mut ParsedDocket) {
    let head: String = page.text.chars().take(20_000).collect();
    let lines: Vec<String> = head
        .lines()
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect();
    if let Some(i) = lines.iter().position(|l| l.starts_with("Claims Register")) {
        if let Some(court) = i.checked_sub(1).and_then(|j| lines.get(j)) {
            out.court = Some(format!("U.S. Bankruptcy Court, {court}"));
        }
        if let Some(line) = lines.get(i + 1) {
            if let Some(c) = CASE.captures(line) {
                out.case_number = c.get(0).map(|m| m.as_str().to_string());
                let rest = line[c.get(0).map_or(0, |m| m.end())..].trim();
                out.case_name = (!rest.is_empty()).then(|| rest.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_claims() {
        let html = "<CENTER><H2>District of New Jersey<BR>Claims Register </H2><FONT SIZE=+1><A HREF=/cgi-bin/DktRpt.pl?1042755>19-18995-VFP MER Group Puerto Rico LLC </A></FONT></CENTER>\
            <TABLE class=complexReport><TR><TD><FONT><I>Creditor:</I>&nbsp;(518290055)&nbsp;<BR> Smith Maritime, Inc.<br>PO Box 188</FONT></TD>\
            <TD><B>Claim No: 1</B><BR><I>Original Filed Date</I>:&nbsp;06/05/2019<BR></TD><TD>Status:</TD></TR>\
            <TR><TD colspan=3><TABLE><TR><TD>&nbsp;Amount <TD> claimed:<TD> $45000.00</TD></TR></TABLE></TD></TR>\
            <TR><TD colspan=3><I>Description:</I> (1-1) Services contract</TD></TR></TABLE>";
        let d = parse(html).expect("parses");
        assert_eq!(d.case_number.as_deref(), Some("19-18995-VFP"));
        assert_eq!(
            d.court.as_deref(),
            Some("U.S. Bankruptcy Court, District of New Jersey")
        );
        let c = &d.claims[0];
        assert_eq!(c.number, 1);
        assert_eq!(c.creditor.as_deref(), Some("Smith Maritime, Inc."));
        assert_eq!(c.amount.as_deref(), Some("$45000.00"));
        assert_eq!(
            c.date_filed.map(|d| d.to_string()).as_deref(),
            Some("06/05/2019")
        );
        assert_eq!(c.text, "(1-1) Services contract");
        assert!(parse("<p>Claims Register</p>").is_err());
    }
}
