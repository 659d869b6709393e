//! Properties that keep plead unbreakable on bad input (the proptest counterparts of
//! the cargo-fuzz targets in `fuzz/`): any text analyzes without panicking into
//! findings that lie inside the text; a warm paragraph cache gives the same findings
//! as a cold analysis; the config and docket parsers never panic.

use plead::analysis::{analyze, Analysis, ParagraphCache};
use plead::config::Config;
use plead::document::Format;
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
    fn docket_parsers_never_panic(text in prop_oneof![
        any::<String>(),
        "(<tr>|<td>|</td>|</tr>|<table>|</table>|<a href=\"x\">|</a>|&nbsp;|&amp;|&#|;|Date Filed|#|Docket Text|09/18/2018|35|Attachments: # 1 Exhibit A|\\(|\\)|,|\"|\n|\\{|\\}|\\[|\\]|:|entry_number|docket_entries|recap_documents|page_count|null|description|date_filed|2018-09-18){0,40}",
    ]) {
        let _ = pacer_html::looks_like(&text);
        let _ = pacer_html::parse(&text);
        let _ = recap_json::looks_like(&text);
        let _ = recap_json::parse(&text);
        let _ = csv::parse(&text);
        let _ = filenames::parse_filename(&text);
        let _ = docket::parse_date(&text);
        let _ = docket::filed_by(&text);
        let _ = docket::attachments_in_text(&text);
    }
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
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
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
