//! Properties that keep plead unbreakable on bad input (the proptest counterparts of
//! the cargo-fuzz targets in `fuzz/`): any text analyzes without panicking into
//! findings that lie inside the text; a warm paragraph cache gives the same findings
//! as a cold analysis; the config and docket parsers never panic.

use plead::analysis::{Analysis, ParagraphCache};
use plead::citations::Authorities;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use plead::ide::World;
use plead::record::docket::{self, csv, filenames, pacer_html, recap_json};
use proptest::prelude::*;

/// Pieces of real filings (citations, record cites, gutters, markup, page breaks) and
/// hostile bits (lone combining marks, emoji, CR, NUL, RTL marks), so random documents
/// reach the analyzers' interesting paths instead of staying plain words.
const TOKENS: &[&str] = &[
    "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
    "Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006)",
    "Id.",
    " Id. at ",
    "Iqbal, 556 U.S. at 679",
    "<u>American LegalNet, Inc.</u> , 673",
    "6  F.Supp.2d at 1072",
    "42 U.S.C. § 1983",
    "§§ 1331, 1343",
    "Fed. R. Civ. P. 12(b)(6)",
    "OAG 91-100.",
    "Sec. 6662(a)",
    "(ECF No. 34 at 3.)",
    "[ECF No. ",
    "Dkt. 12-1",
    "Doc. 37",
    "See ",
    "supra",
    "*Iqbal*",
    "_Id._",
    "**",
    "# ",
    "> ",
    "- ",
    "```",
    "---\n",
    "[link](http://x)",
    "<u>",
    "</u>",
    "<i>",
    "preser-\n",
    "vation",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\x0c",
    "  ",
    "1\t",
    "23 24\t",
    "28  ",
    "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n",
    "Case 1:17-cv-00693-DAD-SAB Document 35 Filed 09/18/18 Page 1 of 6",
    "Plaintiff,\nv.\nDefendants.",
    "the the",
    "teh",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    "0",
    "999999999999999999999",
    "é",
    "e\u{301}",
    "\u{301}",
    "😀",
    "\u{200f}",
    "\0",
    "word ",
];

fn document_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(TOKENS), 0..40).prop_map(|t| t.concat()),
        any::<String>(),
        "[a-zA-Z0-9 .,;:§()\\[\\]\n\t*_<>/-]{0,200}",
    ]
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![Just(Format::Plain), Just(Format::Markdown)]
}

fn assert_spans_valid(text: &str, analysis: &Analysis) {
    for f in &analysis.findings {
        let spans = std::iter::once(f.span)
            .chain(f.fixes.iter().flat_map(|x| x.edits.iter().map(|e| e.span)));
        for s in spans {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "{}: span {s:?} outside a text of {} bytes",
                f.code,
                text.len()
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{}: span {s:?} splits a character",
                f.code
            );
        }
    }
}

fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// (position per mille, bytes to delete, text to insert)
type Edit = (usize, usize, String);

fn edit() -> impl Strategy<Value = Edit> {
    (
        0usize..=1000,
        0usize..12,
        prop_oneof![
            prop::sample::select(TOKENS).prop_map(str::to_string),
            "[a-z .\n]{0,3}",
        ],
    )
}

fn apply(text: &mut String, (at, delete, insert): &Edit) {
    let start = floor_boundary(text, at * text.len() / 1000);
    let end = floor_boundary(text, start + delete).max(start);
    text.replace_range(start..end, insert);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_text_analyzes_into_valid_findings(text in document_text(), format in format(), probes in prop::collection::vec(any::<u16>(), 0..4)) {
        let config = Config::default();
        let analysis = analyze(&text, format, &config, &mut ParagraphCache::default());
        assert_spans_valid(&text, &analysis);
        let world = World { config: &config, root: None, docket: None, library: None, others: &[] };
        for p in probes {
            let offset = p as usize % (text.len() + 2);
            let _ = plead::ide::hover::hover(&world, &analysis, offset);
            let _ = plead::ide::definition::definition(&world, &analysis, offset);
            let _ = plead::ide::completion::completion(&world, &analysis, offset);
        }
        let _ = plead::ide::symbols::document_symbols(&analysis);
    }

    #[test]
    fn warm_cache_equals_cold_analysis(text in document_text(), format in format(), edits in prop::collection::vec(edit(), 1..8)) {
        let config = Config::default();
        let mut warm = ParagraphCache::default();
        let mut text = text;
        analyze(&text, format, &config, &mut warm);
        for e in &edits {
            apply(&mut text, e);
            let incremental = analyze(&text, format, &config, &mut warm);
            let cold = analyze(&text, format, &config, &mut ParagraphCache::default());
            prop_assert_eq!(&incremental.findings, &cold.findings, "text {:?}", text);
            // The document pass may reuse the previous run's citation model: it must be
            // the model a cold run builds.
            prop_assert_eq!(Authorities::of(&incremental), Authorities::of(&cold), "text {:?}", text);
        }
    }

    #[test]
    fn config_parser_never_panics(text in prop_oneof![
        any::<String>(),
        "(debounceMs|logLevel|rules|dictionary|docket|\\[rules\\]|\\[citations\\]|\\[record\\]|\\[authorities\\]|\"typo\"|=|\"off\"|\\[|\\]|\\{|\\}|,|\n| |1|-1|true|\"x\"|inlayHints|preferredForm|pinPages|\\.|\"citation/reporter-form\"){0,30}",
    ]) {
        let (config, _) = Config::from_toml("plead.toml", &text);
        let _ = config.fingerprint();
        if let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) {
            let _ = Config::from_layers(&[("settings", json)]);
        }
    }

    #[test]
    fn docket_text_helpers_never_panic(text in prop_oneof![
        any::<String>(),
        token_soup(DOCKET_TEXT_TOKENS, 40),
    ]) {
        let _ = docket::parse_date(&text);
        let _ = docket::filed_by(&text);
        let _ = docket::attachments_in_text(&text);
    }
}

/// Pieces of CM/ECF docket text: dates, "by" clauses, attachment lists.
const DOCKET_TEXT_TOKENS: &[&str] = &[
    "09/18/2018",
    "2018-09-18",
    "2018-09-18T10:00:00-07:00",
    "9/8/18",
    "/",
    "-",
    "T",
    "99999999999",
    "0",
    " by ",
    "filed by ",
    "Signed ",
    "Shajia Ayobi",
    "de",
    "van",
    ".",
    "(Attachments: ",
    "# 1 Exhibit A",
    "# ",
    "99999",
    ", ",
    "(",
    ")",
    "(Entered: ",
    "é",
    "’",
    " ",
    "\n",
];

/// Pieces of a saved PACER docket report, including broken markup.
const PACER_TOKENS: &[&str] = &[
    "<table>",
    "</table>",
    "<TABLE width='100%'>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<th>",
    "<td valign=top>",
    "<a href=\"x\">",
    "</a>",
    "<br>",
    "<h3>",
    "</h3>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<!DOCTYPE html>",
    "<",
    ">",
    "\"",
    "'",
    "&nbsp;",
    "&amp;",
    "&#",
    "&#x1F600;",
    "&#1114112;",
    ";",
    "Date Filed",
    "#",
    "Docket Text",
    "09/18/2018",
    "35",
    "(Attachments: # 1 Exhibit A)",
    "CIVIL DOCKET FOR CASE #: ",
    "1:17-cv-00693",
    "Eastern District of California - Live",
    " v. ",
    "Assigned to",
    "\n",
    " ",
    "é",
];

/// Pieces of a CSV docket: header names, quoting, separators, odd cells.
const CSV_TOKENS: &[&str] = &[
    "Date Filed",
    "#",
    "ECF No.",
    "Docket Text",
    "Description",
    "File",
    "Pages",
    ",",
    "\"",
    "\"\"",
    "\n",
    "\r\n",
    "\r",
    " ",
    "34",
    "34-1",
    "-",
    "034",
    "#34",
    "1000000",
    "99999999999",
    "09/18/2018",
    "2018-09-18",
    "x.pdf",
    "(Attachments: # 1 Exhibit A)",
    "\t",
    ";",
    "é",
];

/// Pieces of document file names.
const FILENAME_TOKENS: &[&str] = &[
    "gov.uscourts.caed.316045.",
    "E.D.Cal._1-17-cv-00693_",
    "ECF",
    "Dkt.",
    "Doc",
    "D.E.",
    " No. ",
    "#",
    "34",
    "034",
    "0",
    "1",
    "_",
    "-",
    "–",
    ":",
    " ",
    ".",
    "pdf",
    "PDF",
    "txt",
    "md",
    "Motion to Preserve",
    "9999999",
    "é",
    "\u{301}",
];

/// Up to `max` tokens from `tokens`, concatenated.
fn token_soup(tokens: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(tokens), 0..max).prop_map(|t| t.concat())
}

/// A docket entry as every source can carry it: distinct number, date, docket text.
#[derive(Clone, Debug)]
struct RowEntry {
    number: u32,
    date: docket::Date,
    text: String,
}

fn row_entries() -> impl Strategy<Value = Vec<RowEntry>> {
    let date = (1900u16..=2200, 1u8..=12, 1u8..=28).prop_map(|(year, month, day)| docket::Date {
        year,
        month,
        day,
    });
    let text = "[A-Za-z0-9][A-Za-z0-9,.;:'\"&<>()§ ]{0,60}";
    prop::collection::btree_map(1u32..=docket::MAX_ENTRY_NUMBER, (date, text), 0..12).prop_map(
        |rows| {
            rows.into_iter()
                .map(|(number, (date, text))| RowEntry { number, date, text })
                .collect()
        },
    )
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// (number, date, collapsed text) of what a parser read, for comparison.
fn read_back(parsed: &docket::ParsedDocket) -> Vec<(u32, Option<docket::Date>, String)> {
    parsed
        .entries
        .iter()
        .map(|e| (e.number, e.date_filed, e.text.clone()))
        .collect()
}

fn expected(entries: &[RowEntry]) -> Vec<(u32, Option<docket::Date>, String)> {
    entries
        .iter()
        .map(|e| {
            let collapsed = e.text.split_whitespace().collect::<Vec<_>>().join(" ");
            (e.number, Some(e.date), collapsed)
        })
        .collect()
}

/// A JSON value shaped like (broken) RECAP exports: the real keys, numbers as
/// strings or out of range, nesting where it does not belong.
fn recap_like_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    const KEYS: &[&str] = &[
        "docket_entries",
        "results",
        "entry_number",
        "date_filed",
        "description",
        "recap_documents",
        "document_type",
        "attachment_number",
        "filepath_local",
        "page_count",
        "case_name",
        "docket_number",
        "court_id",
        "court",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "(34|0|-1|#34|9999999|2018-09-18|09/18/2018|recap/x.pdf|\\.\\./etc|Exhibit A|é){0,3}"
            .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn pacer_html_parser_never_panics(text in prop_oneof![
        any::<String>(),
        token_soup(PACER_TOKENS, 60),
    ]) {
        let _ = pacer_html::looks_like(&text);
        let _ = pacer_html::parse(&text);
    }

    /// Entries written as a docket report table read back as written.
    #[test]
    fn pacer_html_reads_back_its_entries(entries in row_entries()) {
        let mut html = String::from(
            "<html><body><h3>U.S. District Court<BR>\nCIVIL DOCKET FOR CASE #: 1:17-cv-00693</h3>\n\
             <table border=1><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>\n",
        );
        for e in &entries {
            html.push_str(&format!(
                "<tr><td nowrap>{}</td><td><a href=\"/doc1/{}\">{}</a></td><td>{}</td></tr>\n",
                e.date,
                e.number,
                e.number,
                html_escape(&e.text)
            ));
        }
        html.push_str("</table></body></html>\n");
        let parsed = pacer_html::parse(&html).map_err(|e| TestCaseError::fail(e.0))?;
        prop_assert_eq!(parsed.case_number.as_deref(), Some("1:17-cv-00693"));
        prop_assert_eq!(read_back(&parsed), expected(&entries));
    }

    #[test]
    fn recap_json_parser_never_panics(text in prop_oneof![
        any::<String>(),
        recap_like_json().prop_map(|v| v.to_string()),
        recap_like_json().prop_map(|v| serde_json::json!({"docket_entries": [v]}).to_string()),
    ]) {
        let _ = recap_json::looks_like(&text);
        let _ = recap_json::parse(&text);
    }

    /// Entries serialized as a RECAP export (numbers as JSON numbers or strings)
    /// read back as written, each with the line of its `entry_number`.
    #[test]
    fn recap_json_reads_back_its_entries(entries in row_entries(), as_strings in any::<bool>()) {
        let list: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| {
                let number = if as_strings {
                    serde_json::Value::from(e.number.to_string())
                } else {
                    serde_json::Value::from(e.number)
                };
                serde_json::json!({
                    "entry_number": number,
                    "date_filed": format!("{:04}-{:02}-{:02}", e.date.year, e.date.month, e.date.day),
                    "description": e.text,
                    "recap_documents": [],
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&serde_json::json!({
            "docket_number": "1:17-cv-00693",
            "docket_entries": list,
        }))
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(entries.is_empty() || recap_json::looks_like(&text));
        let parsed = recap_json::parse(&text).map_err(|e| TestCaseError::fail(e.0))?;
        prop_assert_eq!(read_back(&parsed), expected(&entries));
        for e in &parsed.entries {
            let line = text.lines().nth(e.line as usize).unwrap_or("");
            prop_assert!(line.contains("\"entry_number\""), "entry {} at line {}: {:?}", e.number, e.line, line);
        }
    }

    #[test]
    fn csv_parser_never_panics(text in prop_oneof![
        any::<String>(),
        token_soup(CSV_TOKENS, 60),
    ]) {
        let _ = csv::parse(&text);
    }

    /// Entries written by a CSV writer (quoting as needed) read back as written.
    #[test]
    fn csv_reads_back_its_entries(entries in row_entries()) {
        let mut writer = ::csv::Writer::from_writer(Vec::new());
        let header_written = writer.write_record(["Date Filed", "ECF No.", "Docket Text"]);
        prop_assert!(header_written.is_ok());
        for e in &entries {
            let row = [e.date.to_string(), e.number.to_string(), e.text.clone()];
            prop_assert!(writer.write_record(&row).is_ok());
        }
        let bytes = writer.into_inner().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let text = String::from_utf8(bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let parsed = csv::parse(&text).map_err(|e| TestCaseError::fail(e.0))?;
        prop_assert_eq!(read_back(&parsed), expected(&entries));
    }

    #[test]
    fn filename_parser_never_panics(name in prop_oneof![
        any::<String>(),
        token_soup(FILENAME_TOKENS, 12),
    ]) {
        let _ = filenames::parse_filename(&name);
    }

    /// File names in each convention give back their entry, attachment and title.
    #[test]
    fn filenames_read_back_entry_attachment_and_title(
        entry in 1u32..=docket::MAX_ENTRY_NUMBER,
        attachment in prop::option::of(1u32..=9999),
        title in prop::option::of("[A-Z][a-z]{1,8}( [A-Za-z]{1,8}){0,3}"),
        style in 0usize..4,
    ) {
        let a = attachment.map_or(String::new(), |a| format!("-{a}"));
        let t = title.as_ref().map_or(String::new(), |t| format!(" - {t}"));
        let (name, title) = match style {
            0 => (format!("gov.uscourts.caed.316045.{entry}.{}.pdf", attachment.unwrap_or(0)), None),
            1 => (format!("E.D.Cal._1-17-cv-00693_{entry}_{}.pdf", attachment.unwrap_or(0)), None),
            2 => (format!("ECF No. {entry}{a}{t}.pdf"), title),
            _ => (format!("{entry:03}{a}{t}.pdf"), title),
        };
        let named = filenames::parse_filename(&name);
        prop_assert_eq!(
            named,
            Some(filenames::NamedFile { entry, attachment, title }),
            "{}", name
        );
    }
}

/// An `Id.` after something cited that plead does not read (`OAG 91-100`) is not
/// reported; whether the text before it cites something is kept from run to run by
/// paragraph content, so edits that make that text prose, or a citation again, must
/// change the answer as a cold run gives it.
#[test]
fn id_after_unread_citation_follows_edits_between() {
    let config = Config::default();
    let id_findings = |a: &Analysis| {
        a.findings
            .iter()
            .filter(|f| f.code == "citation/id-antecedent")
            .count()
    };
    // Paragraphs of equal length in every version: only their content tells them apart.
    let versions = [
        "The opinion is OAG 91-100.\n\nThe Board cited no opinion.\n\nId. at 3.\n",
        "The opinion is our ruling.\n\nThe Board cited no opinion.\n\nId. at 3.\n",
        "The opinion is our ruling.\n\nThe Board cited OAG 91-100.\n\nId. at 3.\n",
        "The opinion is our ruling.\n\nThe Board cited no opinion.\n\nId. at 3.\n",
        "The opinion is OAG 91-100.\n\nThe Board cited no opinion.\n\nId. at 3.\n",
    ];
    let mut warm = ParagraphCache::default();
    let mut reported = Vec::new();
    for text in versions {
        let incremental = analyze(text, Format::Plain, &config, &mut warm);
        let cold = analyze(text, Format::Plain, &config, &mut ParagraphCache::default());
        assert_eq!(incremental.findings, cold.findings, "{text:?}");
        reported.push(id_findings(&incremental));
    }
    assert_eq!(reported, [0, 1, 0, 1, 0]);
}

/// Found by `warm_cache_equals_cold_analysis`: a paragraph typed in front of another.
#[test]
fn citation_typed_before_id_citation() {
    let config = Config::default();
    let text = "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009) Id. at ";
    let mut edited = String::from("Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)");
    edited.push_str(text);
    for t in [text, edited.as_str()] {
        let a = analyze(t, Format::Plain, &config, &mut ParagraphCache::default());
        assert_spans_valid(t, &a);
    }
}

/// Clippy denies `unwrap`/`expect` in the library (see `src/lib.rs`), but CI runs only
/// `cargo test`: this keeps the rule there too. Every `.unwrap()`/`.expect(` outside
/// `#[cfg(test)]` code needs an `#[allow(clippy::…)]` with its reason on its item.
#[test]
fn no_unjustified_unwrap_or_expect_in_src() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["src", "crates/plead-core/src", "crates/plead-ide/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "src/ not found");
    let mut offenders = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i].trim();
            if line == "#[cfg(test)]" {
                // Skip the test item: up to its balanced closing brace.
                let mut depth = 0i32;
                let mut opened = false;
                while i < lines.len() {
                    depth += lines[i].matches('{').count() as i32;
                    depth -= lines[i].matches('}').count() as i32;
                    opened |= lines[i].contains('{');
                    i += 1;
                    if opened && depth <= 0 {
                        break;
                    }
                }
                continue;
            }
            let code = line.split("//").next().unwrap_or("");
            for (needle, lint) in [
                (".unwrap()", "allow(clippy::unwrap_used"),
                (".expect(", "allow(clippy::expect_used"),
            ] {
                // The justification belongs to the item or statement: look back to the
                // blank line before it.
                let item_start = (0..i)
                    .rev()
                    .find(|&j| lines[j].trim().is_empty())
                    .unwrap_or(0);
                if code.contains(needle) && !lines[item_start..=i].iter().any(|l| l.contains(lint))
                {
                    offenders.push(format!("{}:{}: {line}", path.display(), i + 1));
                }
            }
            i += 1;
        }
    }
    assert!(
        offenders.is_empty(),
        "unwrap/expect on a path input can reach (fix it, or justify it with #[allow]):\n{}",
        offenders.join("\n")
    );
}

/// Found by `warm_cache_equals_cold_analysis`: a record cite whose number is a
/// non-ASCII digit (U+1113C CHAKMA DIGIT SIX).
#[test]
fn record_cite_with_non_ascii_digit() {
    let config = Config::default();
    let text = "ाෞ.[ECF No. 𑄼𑏊$";
    let a = analyze(text, Format::Plain, &config, &mut ParagraphCache::default());
    assert_spans_valid(text, &a);
}

/// Lines of a hard-wrapped opinion (about 60 columns) with a word hyphenated at a line
/// end, a running head that prints its page, and a long line of prose: the layout reads
/// each of them (the wrap column, the hyphen mended across the break, the head, the
/// paragraphs), so edits near them must leave a warm analysis equal to a cold one.
const LAYOUT_LINES: &[&str] = &[
    "The district court held that the order was one for the preser-",
    "vation of evidence, and that the plaintiffs had not shown a need",
    "for it. We review that decision for abuse of discretion, and we",
    "affirm. Generalized concerns do not justify such an order.",
    "",
    "    The second question is whether the claims are timely under",
    "the statute. Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009). The",
    "limitations period runs from the date of the injury, not from",
    "the date of the discovery of its cause, as the court explained.",
    "Cite as: 570 U. S. ____ (2013)                    3",
    "Opinion of the Court",
    "A complaint must contain sufficient factual matter, accepted as true, to state a claim to relief that is plausible on its face, and a court need not accept legal conclusions as true.",
    "well-",
    "known rules apply; see Fed. R. Civ. P. 12(b)(6) and the cases",
    "cited there. The judgment of the court of appeals is affirmed.",
];

/// Edits to the lines above: a hyphen added or taken away, the next line's first word
/// changed, blank lines put between, a line made short or long.
const LAYOUT_EDITS: &[&str] = &[
    "-",
    "-\n",
    "\n",
    "\n\n",
    "x",
    "X",
    " ",
    "vation",
    "Vation",
    "preser-",
    "well-",
    "and",
    "    ",
    "1",
    "Opinion of the Court",
    "Cite as: 570 U. S. ____ (2013)   4",
    "\x0c",
    ".",
];

fn layout_text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(LAYOUT_LINES), 12..40),
        any::<bool>(),
    )
        .prop_map(|(lines, wrapped)| {
            let mut text = lines.join("\n");
            if !wrapped {
                // Not hard-wrapped: most lines long, one paragraph each.
                text = text.replace("\n\n", "\n\n\n");
                text.push_str(&format!("\n\n{}\n", LAYOUT_LINES[11].repeat(3)));
            }
            text
        })
}

fn layout_edit() -> impl Strategy<Value = Edit> {
    (
        0usize..=1000,
        0usize..4,
        prop::sample::select(LAYOUT_EDITS).prop_map(str::to_string),
    )
}

/// What the prose view made of a version: each paragraph's text, kind and source range.
fn paragraphs(analysis: &Analysis) -> Vec<(String, plead::document::BlockKind, (usize, usize))> {
    analysis
        .document
        .paragraphs
        .iter()
        .map(|p| (p.text.clone(), p.kind, (p.source.start, p.source.end)))
        .collect()
}

fn assert_warm_equals_cold(versions: &[String]) {
    let config = Config::default();
    let mut warm = ParagraphCache::default();
    for text in versions {
        let incremental = analyze(text, Format::Plain, &config, &mut warm);
        let cold = analyze(text, Format::Plain, &config, &mut ParagraphCache::default());
        assert_eq!(paragraphs(&incremental), paragraphs(&cold), "text {text:?}");
        assert_eq!(incremental.findings, cold.findings, "text {text:?}");
        assert_eq!(
            incremental.document.wrapped, cold.document.wrapped,
            "text {text:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The layout memo keeps the last layout only while edits leave it as it was: a
    /// warm analysis after edits in laid-out text (hyphenated breaks, running heads,
    /// wrapped and unwrapped prose) equals a cold one, paragraph by paragraph.
    #[test]
    fn warm_layout_equals_cold_layout(text in layout_text(), edits in prop::collection::vec(layout_edit(), 1..10)) {
        let mut text = text;
        let mut versions = vec![text.clone()];
        for e in &edits {
            apply(&mut text, e);
            versions.push(text.clone());
        }
        assert_warm_equals_cold(&versions);
    }
}

/// Keystrokes around a hyphenated line end (`preser-` ⏎ `vation`) in hard-wrapped and in
/// unwrapped text: the hyphen typed and deleted, the next line's first word changed, blank
/// lines put between (the case reported against `warm_cache_equals_cold_analysis`).
#[test]
fn hyphenated_line_end_edited_warm_equals_cold() {
    for wrapped in [true, false] {
        let base = if wrapped {
            LAYOUT_LINES[..9].join("\n") + "\n" + &LAYOUT_LINES[..9].join("\n")
        } else {
            format!(
                "{}\n\n{}preser-\nvation of evidence.\n\n{}\n",
                LAYOUT_LINES[11], LAYOUT_LINES[11], LAYOUT_LINES[11]
            )
        };
        let at = base
            .find("preser-")
            .map(|i| i + "preser".len())
            .unwrap_or(0);
        let next = base.find("\nvation").map(|i| i + 1).unwrap_or(0);
        let edit = |from: usize, to: usize, with: &str| {
            let mut t = base.clone();
            t.replace_range(from..to, with);
            t
        };
        let versions = vec![
            base.clone(),
            edit(at, at + 1, ""),
            base.clone(),
            edit(next, next + 1, "V"),
            edit(next, next, "\n"),
            edit(next, next, "\n\n"),
            base.clone(),
            edit(next, next + "vation".len(), "and"),
            edit(at + 1, at + 1, "x"),
            base.clone(),
        ];
        assert_warm_equals_cold(&versions);
    }
}
