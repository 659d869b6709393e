//! The table of authorities: `plead toa` on the brief against a table worked
//! out by hand, the JSON form, and the `plead.tableOfAuthorities` edit.

use std::process::Command;

use plead::analysis::{Edit, ParagraphCache};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use plead::ide::toa::{table_of_authorities_edit, ToaError};

const BRIEF: &str = include_str!("../fixtures/brief/brief.md");
const EXPECTED: &str = include_str!("../fixtures/brief/expected-toa.md");
const SEED: &str = include_str!("../fixtures/ayobi-order.txt");

fn plead(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plead"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run plead");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = text.to_string();
    let mut edits = edits.to_vec();
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    for e in edits {
        out.replace_range(e.span.start..e.span.end, &e.new_text);
    }
    out
}

#[test]
fn cli_markdown_table_matches_the_hand_checked_table() {
    let (code, out, err) = plead(&["toa", "tests/fixtures/brief/brief.md"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim_end(), EXPECTED.trim_end());
}

#[test]
fn cli_json_lists_every_citation_with_range_and_kind() {
    let (code, out, err) = plead(&["toa", "--format", "json", "tests/fixtures/brief/brief.md"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let cases = &v["sections"][0];
    assert_eq!(cases["title"], "Cases");
    assert_eq!(cases["authorities"].as_array().unwrap().len(), 23);
    let iqbal = cases["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Ashcroft v. Iqbal, 556 U.S. 662 (2009)")
        .expect("Iqbal");
    assert_eq!(iqbal["passim"], true);
    assert_eq!(iqbal["pages"], serde_json::json!([2, 3, 4, 5, 6]));
    let cites = iqbal["citations"].as_array().unwrap();
    let kinds: Vec<&str> = cites.iter().map(|c| c["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "full_case",
            "id",
            "id",
            "short_case",
            "short_case",
            "short_case",
            "short_case",
            "short_case"
        ]
    );
    // Ranges are byte offsets of the citation in the file, with LSP positions.
    for c in cites {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        let written = c["text"].as_str().unwrap();
        assert_eq!(
            &BRIEF[s..e].replace('*', ""),
            &written.replace('*', ""),
            "{c}"
        );
        assert!(c["range"]["start"]["line"].as_u64().unwrap() > 0);
    }
    assert_eq!(v["sections"][1]["title"], "Statutes");
    assert_eq!(v["sections"][2]["title"], "Rules");
}

#[test]
fn cli_reports_unreadable_file() {
    let (code, _, err) = plead(&["toa", "tests/fixtures/no-such-brief.md"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn command_inserts_then_refreshes_the_table_under_its_heading() {
    let config = Config::default();
    let analysis = analyze(
        BRIEF,
        Format::Markdown,
        &config,
        &mut ParagraphCache::default(),
    );
    let edits = table_of_authorities_edit(&analysis, BRIEF).unwrap();
    assert_eq!(edits.len(), 1);
    let with_table = apply(BRIEF, &edits);
    // Under the heading, before INTRODUCTION; sections one level below the heading.
    let toa = with_table.find("## TABLE OF AUTHORITIES").unwrap();
    let intro = with_table.find("## INTRODUCTION").unwrap();
    let table = &with_table[toa..intro];
    let expected_body = EXPECTED
        .trim_start_matches("# Table of Authorities\n\n")
        .replace("## ", "### ");
    assert_eq!(
        table.trim_end(),
        format!("## TABLE OF AUTHORITIES\n\n{}", expected_body.trim_end())
    );
    // Refreshing: the table's own citations are not counted, so nothing changes.
    let again = analyze(
        &with_table,
        Format::Markdown,
        &config,
        &mut ParagraphCache::default(),
    );
    assert_eq!(
        table_of_authorities_edit(&again, &with_table).unwrap(),
        vec![]
    );
    // A stale table is replaced, not duplicated.
    let stale = with_table.replace("— passim", "— 2");
    let stale_analysis = analyze(
        &stale,
        Format::Markdown,
        &config,
        &mut ParagraphCache::default(),
    );
    let refreshed = apply(
        &stale,
        &table_of_authorities_edit(&stale_analysis, &stale).unwrap(),
    );
    assert_eq!(refreshed, with_table);
}

#[test]
fn command_on_plain_text_uses_dot_leaders_and_needs_a_heading() {
    let config = Config::default();
    let analysis = analyze(SEED, Format::Plain, &config, &mut ParagraphCache::default());
    assert_eq!(
        table_of_authorities_edit(&analysis, SEED),
        Err(ToaError::NoHeading)
    );

    let text = format!(
        "TABLE OF AUTHORITIES\n\nARGUMENT\n\n{}",
        &SEED[SEED.find("Plaintiff Shajia").unwrap()..]
    );
    let analysis = analyze(
        &text,
        Format::Plain,
        &config,
        &mut ParagraphCache::default(),
    );
    let edits = table_of_authorities_edit(&analysis, &text).unwrap();
    let out = apply(&text, &edits);
    let table = &out[..out.find("ARGUMENT").unwrap()];
    assert!(
        table.contains(
            "CASES\n\nAm. LegalNet, Inc. v. Davis, 673 F. Supp. 2d 1063 (C.D. Cal. 2009) "
        ),
        "{table}"
    );
    assert!(
        table.contains("STATUTES\n\n42 U.S.C. § 1983 ...."),
        "{table}"
    );
    for line in table.lines().filter(|l| l.contains("...")) {
        assert!(line.chars().count() <= 80, "{line}");
        assert!(line.ends_with(|c: char| c.is_ascii_digit()), "{line}");
    }
}

#[test]
fn cli_table_of_the_seed_order() {
    let (code, out, err) = plead(&["toa", "tests/fixtures/ayobi-order.txt"]);
    assert_eq!(code, 0, "{err}");
    // Worked out by hand from the order: American LegalNet is cited in full on page 1
    // and in short form on page 2; Pueblo of Laguna (quoted) and Leon are on page 2.
    let expected = "# Table of Authorities\n\n## Cases\n\n\
        - *Am. LegalNet, Inc. v. Davis*, 673 F. Supp. 2d 1063 (C.D. Cal. 2009) — 1, 2\n\
        - *Leon v. IDX Sys. Corp.*, 464 F.3d 951 (9th Cir. 2006) — 2\n\
        - *Pueblo of Laguna v. United States*, 60 Fed. Cl. 133 (2004) — 2\n\n\
        ## Statutes\n\n\
        - 42 U.S.C. § 1983 — 1";
    assert_eq!(out.trim_end(), expected);
}

#[test]
fn command_never_replaces_text_after_the_table() {
    // The heading with no later heading: only the table goes in; the order stays whole.
    let config = Config::default();
    for text in [
        format!("TABLE OF AUTHORITIES\n\n{SEED}"),
        format!("TABLE OF AUTHORITIES\n{SEED}"),
    ] {
        let analysis = analyze(
            &text,
            Format::Plain,
            &config,
            &mut ParagraphCache::default(),
        );
        let edits = table_of_authorities_edit(&analysis, &text).unwrap();
        let out = apply(&text, &edits);
        assert!(out.ends_with(SEED), "the order was changed:\n{out}");
        assert!(out.contains("Leon v. IDX Sys. Corp."), "{out}");
        // Refreshing the refreshed document changes nothing and still keeps the order.
        let analysis = analyze(&out, Format::Plain, &config, &mut ParagraphCache::default());
        let again = table_of_authorities_edit(&analysis, &out).unwrap();
        assert_eq!(apply(&out, &again), out);
    }
}
