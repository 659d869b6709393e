//! Writes a deterministic folder of filings for batch benchmarks and tests:
//! `cargo run --release --example gen_filings -- DIR [COUNT]` (default 2,000).
//!
//! Each filing has its own caption (court, parties, case number, title) and a body of
//! 5–60 kB (most of them small, as real motions and orders are) built from the
//! public-domain opinions and citing argument paragraphs of `benches/support/brief.rs`.
//! Every third filing is on pleading paper (numbered gutter, 28 lines a page) and
//! every fifth is Markdown, so the batch mixes the layouts `plead check` meets.
#[path = "../benches/support/brief.rs"]
#[allow(dead_code)]
mod brief;

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;
use brief::Rng;

const COURTS: &[(&str, &str)] = &[
    (
        "UNITED STATES DISTRICT COURT",
        "EASTERN DISTRICT OF CALIFORNIA",
    ),
    (
        "UNITED STATES DISTRICT COURT",
        "NORTHERN DISTRICT OF CALIFORNIA",
    ),
    (
        "UNITED STATES DISTRICT COURT",
        "SOUTHERN DISTRICT OF NEW YORK",
    ),
    ("UNITED STATES DISTRICT COURT", "DISTRICT OF MASSACHUSETTS"),
    (
        "UNITED STATES DISTRICT COURT",
        "WESTERN DISTRICT OF WASHINGTON",
    ),
];
const PLAINTIFFS: &[&str] = &[
    "SHAJIA AYOBI",
    "MARIA DELGADO",
    "JOHN HEBBE",
    "ACME WIDGETS, INC.",
    "LINDA OKAFOR",
    "PACIFIC RIM HOLDINGS, LLC",
];
const DEFENDANTS: &[&str] = &[
    "DERRAL G. ADAMS, et al.",
    "CITY OF SACRAMENTO",
    "IDX SYSTEMS CORPORATION",
    "JANE ROE, et al.",
    "COUNTY OF KINGS, et al.",
];
const TITLES: &[&str] = &[
    "ORDER DENYING PLAINTIFF'S MOTION TO PRESERVE AND PRODUCE EVIDENCE",
    "DEFENDANTS' MOTION TO DISMISS FOR FAILURE TO STATE A CLAIM",
    "PLAINTIFF'S OPPOSITION TO DEFENDANTS' MOTION FOR SUMMARY JUDGMENT",
    "REPLY IN SUPPORT OF MOTION TO COMPEL DISCOVERY",
    "FINDINGS AND RECOMMENDATIONS",
    "MEMORANDUM OF POINTS AND AUTHORITIES",
];
const JUDGES: &[&str] = &["DAD", "SAB", "JLT", "KJM", "EPG"];

/// Lines of a pleading-paper page and characters of a line.
const PAGE_LINES: usize = 28;
const LINE_CHARS: usize = 85;

fn pick<'a>(rng: &mut Rng, from: &[&'a str]) -> &'a str {
    from[rng.below(from.len())]
}

/// One filing: caption and body of about `bytes`.
fn filing(paragraphs: &[String], index: u64, bytes: usize, markdown: bool) -> String {
    let mut rng = Rng(0xF11E_0000 + index);
    let (court, district) = COURTS[rng.below(COURTS.len())];
    let mut out = String::with_capacity(bytes + 1024);
    let _ = write!(
        out,
        "{court}\n{district}\n\n{},\nPlaintiff,\nv.\n{},\nDefendants.\n\nCase No.: {}:{:02}-cv-{:05}-{}\n\n{}{}\n\n",
        pick(&mut rng, PLAINTIFFS),
        pick(&mut rng, DEFENDANTS),
        1 + rng.below(3),
        15 + rng.below(10),
        rng.below(3000),
        pick(&mut rng, JUDGES),
        if markdown { "# " } else { "" },
        pick(&mut rng, TITLES),
    );
    brief::append_body(&mut out, paragraphs, rng.next(), bytes);
    out
}

/// The same text on pleading paper: wrapped lines behind a numbered gutter, 28 a page.
fn on_pleading_paper(text: &str) -> String {
    let mut lines = Vec::new();
    for paragraph in text.split("\n\n") {
        let paragraph = paragraph.trim_matches(|c: char| c == '\x0c' || c.is_whitespace());
        if paragraph.is_empty() {
            continue;
        }
        for source_line in paragraph.lines() {
            let mut line = String::new();
            for word in source_line.split_whitespace() {
                if !line.is_empty() && line.len() + 1 + word.len() > LINE_CHARS {
                    lines.push(std::mem::take(&mut line));
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            lines.push(line);
        }
        lines.push(String::new());
    }
    let mut out = String::with_capacity(text.len() + lines.len() * 4);
    for (i, line) in lines.iter().enumerate() {
        if i > 0 && i % PAGE_LINES == 0 {
            out.push('\x0c');
        }
        let _ = writeln!(out, "{}\t{line}", i % PAGE_LINES + 1);
    }
    out
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().context("usage: gen_filings DIR [COUNT]")?;
    let count: u64 = args.next().map_or(Ok(2000), |s| s.parse())?;
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let opinions = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let paragraphs = brief::opinion_paragraphs(&opinions)?;
    let mut total = 0;
    for index in 0..count {
        let mut rng = Rng(0xB17E_5000 + index);
        // Skewed towards short filings: 5 kB plus up to 55 kB, squared uniform.
        let u = (rng.next() % 10_000) as f64 / 10_000.0;
        let bytes = 5_000 + (55_000.0 * u * u) as usize;
        let markdown = index % 5 == 4;
        let mut text = filing(&paragraphs, index, bytes, markdown);
        if index % 3 == 0 && !markdown {
            text = on_pleading_paper(&text);
        }
        let name = format!("filing-{index:05}.{}", if markdown { "md" } else { "txt" });
        std::fs::write(dir.join(&name), &text).with_context(|| format!("cannot write {name}"))?;
        total += text.len();
    }
    eprintln!(
        "wrote {count} filings, {:.1} MB, to {}",
        total as f64 / 1e6,
        dir.display()
    );
    Ok(())
}
