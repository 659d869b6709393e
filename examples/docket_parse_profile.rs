//! Times the docket reader's phases on a saved report, repeated to `N` entries:
//! `cargo run --release --example docket_parse_profile -- REPORT.html`.
use std::time::Instant;

use plead::record::docket::{html_tables, pacer_html};
use plead::record::Docket;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: docket_parse_profile REPORT.html");
        return;
    };
    let one = std::fs::read_to_string(&path).unwrap_or_default();
    let start = one.find("Docket Text</TH></TR>").map_or(0, |i| i + 21);
    let end = one[start..]
        .rfind("</TR>")
        .map_or(one.len(), |i| start + i + 5);
    let rows = &one[start..end];
    let n = rows.matches("<TR>").count().max(1);
    let mut html = one[..start].to_string();
    for _ in 0..(5000 / n + 1) {
        html.push_str(rows);
    }
    html.push_str(&one[end..]);
    println!("{} bytes, ~{} rows", html.len(), n * (5000 / n + 1));
    for _ in 0..3 {
        let t = Instant::now();
        let page = html_tables::read(&html);
        let read = t.elapsed();
        let t = Instant::now();
        let parsed = pacer_html::parse(&html);
        let parse = t.elapsed();
        let t = Instant::now();
        let mut d = Docket::default();
        if let Ok(p) = parsed {
            d.merge(p, "x.html".into(), &|_| None);
        }
        let merge = t.elapsed();
        println!(
            "tables {:?} ({} tables), parse (incl. tables) {:?}, merge {:?}, {} entries",
            read,
            page.tables.len(),
            parse,
            merge,
            d.len()
        );
    }
}
