//! Real filings as lawyers have them: born-digital PDFs (a PACER pleading-paper order,
//! a Ninth Circuit filing, a scanned one), Word .docx with split runs and a table, and
//! bad input (binary, a truncated PDF, a legacy .doc, an empty folder). Issue 14.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::Value;

use crate::cli_support::{check_json, json_lines, plead, text};
use crate::lsp_support::TestClient;

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// A copy of a fixture alone in a fresh folder (no docket, no plead.toml around it).
fn alone(rel: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = Path::new(rel).file_name().expect("file name");
    let path = dir.path().join(name);
    std::fs::copy(fixture(rel), &path).expect("copy fixture");
    (dir, path)
}

const ORDER: &str = "pdf/gov.uscourts.cacd.652774.40.0.pdf";

#[test]
fn pacer_order_pdf_yields_its_record_cites_on_their_page() {
    let (dir, pdf) = alone(ORDER);
    let out = plead(
        &["cites", "--format", "json", pdf.to_str().expect("path")],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let records = json_lines(&out);
    let dockets: Vec<(String, u64)> = records
        .iter()
        .filter(|r| r["kind"] == "record")
        .map(|r| {
            (
                r["text"].as_str().unwrap_or("").to_string(),
                r["page"]
                    .as_u64()
                    .expect("every cite of a PDF has its page"),
            )
        })
        .collect();
    assert_eq!(
        dockets,
        [
            ("Dkt. 10".to_string(), 2),
            ("Dkt. 30".to_string(), 2),
            ("Dkt. 37".to_string(), 2)
        ],
        "{records:?}"
    );
}

#[test]
fn pacer_order_pdf_has_no_finding_from_line_numbers_or_the_ecf_stamp() {
    let bytes = std::fs::read(fixture(ORDER)).expect("fixture");
    let converted = plead::formats::convert(&bytes, ORDER).expect("a readable PDF");
    // The stamp is read as data, not left in the prose.
    assert_eq!(converted.page_count(), 4);
    assert!(!converted.text.contains("Page ID #"), "{}", converted.text);
    let stamps = &converted.stamps;
    assert_eq!(stamps.len(), 4, "{stamps:?}");
    let filing = plead::formats::ecf::filing(stamps).expect("a filing");
    assert_eq!(filing.document.as_deref(), Some("40"));
    assert_eq!(filing.page_count, Some(4));
    // `ECF No. 40 at 2` is stamped page 2 of document 40: the PDF's second page.
    assert_eq!(plead::formats::ecf::physical_page(stamps, "40", 2), Some(2));
    assert_eq!(plead::formats::ecf::physical_page(stamps, "40", 5), None);
    // No line of the prose is the 1–28 gutter.
    for line in converted.text.lines() {
        let t = line.trim();
        assert!(
            t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()),
            "a bare line number left in the prose: {line:?}"
        );
    }

    let (dir, pdf) = alone(ORDER);
    let out = plead(
        &["check", "--format", "json", pdf.to_str().expect("path")],
        dir.path(),
    );
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        text(&out.stderr)
    );
    let file = &json_lines(&out)[0];
    let diagnostics = file["diagnostics"].as_array().expect("diagnostics");
    let lines: Vec<&str> = converted.text.lines().collect();
    for d in diagnostics {
        let page = d["page"]
            .as_u64()
            .expect("every finding of a PDF has its page");
        assert!((1..=4).contains(&page), "{d}");
        let line = d["range"]["start"]["line"].as_u64().expect("line") as usize;
        let flagged = lines.get(line).copied().unwrap_or("");
        assert!(
            !flagged.contains("Document 40") && !flagged.contains("Page ID"),
            "a finding on the ECF stamp: {d}"
        );
        let message = d["message"].as_str().unwrap_or("");
        assert!(
            !message.contains(" 28") && !message.contains("Page ID"),
            "a finding caused by the gutter or the stamp: {d}"
        );
    }
    // SARIF keeps the page in each result's property bag.
    let out = plead(
        &["check", "--format", "sarif", pdf.to_str().expect("path")],
        dir.path(),
    );
    let sarif: Value = serde_json::from_slice(&out.stdout).expect("one SARIF document");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), diagnostics.len());
    for r in results {
        assert!(r["properties"]["page"].as_u64().is_some(), "{r}");
    }
    // The human form names the page.
    let out = plead(&["check", pdf.to_str().expect("path")], dir.path());
    let stdout = text(&out.stdout);
    if !diagnostics.is_empty() {
        assert!(stdout.contains("(page "), "{stdout}");
    }
}

/// (volume, reporter without spaces, first page, physical page) of each full case
/// citation, in order.
type CaseKey = (String, String, String, u64);

fn squashed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The full case citations eyecite finds in the text pypdf reads from a fixture PDF
/// (`scripts/eyecite_pdf.py`; see tests/fixtures/pdf/SOURCES.md), each on the page
/// pypdf found it on.
fn eyecite_cases(pdf: &str) -> Vec<CaseKey> {
    let json = std::fs::read_to_string(fixture(&pdf.replace(".pdf", ".eyecite.json")))
        .expect("the eyecite list");
    let saved: Value = serde_json::from_str(&json).expect("JSON");
    saved["citations"]
        .as_array()
        .expect("citations")
        .iter()
        .map(|c| {
            let field = |k: &str| c[k].as_str().unwrap_or("").to_string();
            (
                field("volume"),
                squashed(&field("reporter")),
                field("first_page"),
                c["page"].as_u64().expect("page"),
            )
        })
        .collect()
}

/// plead's full case citations as [`CaseKey`]s, with the page each one ends on (eyecite
/// names the page of the volume and reporter; plead, the page the citation starts on —
/// its case name may end the page before).
fn plead_cases(records: &[Value], converted: &plead::formats::Converted) -> Vec<(CaseKey, u64)> {
    let lines: Vec<usize> = std::iter::once(0)
        .chain(converted.text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |position: &Value| -> usize {
        let line = position["line"].as_u64().expect("line") as usize;
        let start = lines[line];
        let mut units = position["character"].as_u64().expect("character") as usize;
        let mut at = start;
        for c in converted.text[start..].chars() {
            if units == 0 {
                break;
            }
            units = units.saturating_sub(c.len_utf16());
            at += c.len_utf8();
        }
        at
    };
    records
        .iter()
        .filter(|r| r["kind"] == "full_case")
        .map(|r| {
            let field = |k: &str| r[k].as_str().unwrap_or("").to_string();
            let reporter = r["reporter_standard"]
                .as_str()
                .or(r["reporter"].as_str())
                .unwrap_or("");
            let end = offset(&r["range"]["end"]).saturating_sub(1);
            let end_page = converted.location(end).page.expect("a page") as u64;
            (
                (
                    field("volume"),
                    squashed(reporter),
                    field("first_page"),
                    r["page"]
                        .as_u64()
                        .expect("every cite of a PDF has its page"),
                ),
                end_page,
            )
        })
        .collect()
}

/// Issue 14's bar: a real appellate PDF yields the case citations eyecite finds in
/// its text, each on the page another reader (pypdf) puts it on. The Ninth Circuit
/// filing is a motion argued like a brief (its pages carry a printed number 2 lower
/// than the ACMS stamp's); the First Circuit opinion has 15 full citations on 17 pages.
/// The two Texas briefs are appellate briefs with all their furniture: the clerk's
/// filing stamp on the cover, a table of contents and an index of authorities with
/// dot leaders and page lists (`… 57` ⏎ `Johnson v. State,` must not read as
/// `57 Johns. v`), roman-numbered front matter, footnotes, certificates; the State's
/// brief has 56 full citations (24 in its index), the appellant's 30.
#[test]
fn appellate_pdfs_yield_the_case_citations_eyecite_finds_in_their_text() {
    for rel in [
        "pdf/ca9_19.pdf",
        "pdf/ca1_00117684624.pdf",
        "pdf/tx14_24-00756_state_brief.pdf",
        "pdf/tx14_24-00101_appellant_brief.pdf",
    ] {
        let (dir, pdf) = alone(rel);
        let out = plead(
            &["cites", "--format", "json", pdf.to_str().expect("path")],
            dir.path(),
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let records = json_lines(&out);
        let bytes = std::fs::read(&pdf).expect("read");
        let converted = plead::formats::convert(&bytes, rel).expect("a readable PDF");
        let theirs = eyecite_cases(rel);
        assert!(theirs.len() >= 7, "{rel}: {theirs:?}");
        let ours = plead_cases(&records, &converted);
        assert_eq!(ours.len(), theirs.len(), "{rel}: {ours:?} vs {theirs:?}");
        for ((key, end_page), their) in ours.iter().zip(&theirs) {
            let (volume, reporter, first, page) = key;
            assert_eq!(
                (volume, reporter, first),
                (&their.0, &their.1, &their.2),
                "{rel}"
            );
            // The same page, or a citation begun on the page before and ending on it.
            assert!(
                *page == their.3 || (*page < their.3 && *end_page == their.3),
                "{rel}: {key:?} ends on page {end_page}; eyecite: {their:?}"
            );
        }
    }
}

#[test]
fn scanned_pdf_says_run_ocr_and_exits_2() {
    let (dir, pdf) = alone("pdf/ca4_17.pdf");
    let out = plead(&["check", pdf.to_str().expect("path")], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("no text layer: run OCR first"), "{stderr}");
    assert!(text(&out.stdout).contains("No problems in 0 files; 1 file could not be read"));
}

/// (code, message) of every finding, counted.
fn finding_counts(files: &[Value]) -> BTreeMap<(String, String), usize> {
    let mut counts = BTreeMap::new();
    for file in files {
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            let key = (
                d["code"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap_or("").to_string(),
            );
            *counts.entry(key).or_insert(0) += 1;
        }
    }
    counts
}

#[test]
fn docx_with_split_runs_and_a_table_has_the_findings_of_its_plain_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["tayag-v-lahey.docx", "tayag-v-lahey.txt"] {
        std::fs::copy(fixture(&format!("docx/{name}")), dir.path().join(name)).expect("copy");
    }
    let docx = check_json("tayag-v-lahey.docx", dir.path());
    let txt = check_json("tayag-v-lahey.txt", dir.path());
    let from_docx = finding_counts(&docx);
    assert!(!from_docx.is_empty(), "the opinion has findings to compare");
    assert_eq!(from_docx, finding_counts(&txt));
    // Each finding of the .docx names its paragraph.
    for file in &docx {
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            assert!(
                d["paragraph"].as_u64().is_some() || d["note"].is_string(),
                "{d}"
            );
        }
    }
    // Runs split inside citations are joined: the .docx yields the text's citations.
    let cites = |name: &str| {
        let out = plead(&["cites", "--format", "json", name], dir.path());
        json_lines(&out)
            .iter()
            .map(|r| r["text"].as_str().unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    let from_docx = cites("tayag-v-lahey.docx");
    assert!(from_docx.len() > 10, "{from_docx:?}");
    assert_eq!(from_docx, cites("tayag-v-lahey.txt"));
}

/// Exit 2, one line on stderr with the reason, and no finding printed.
fn refused(out: &Output, reason: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains(reason), "{stderr}");
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("No problems in 0 files; 1 file could not be read"),
        "{stdout}"
    );
    assert!(!stdout.contains('\0') && !stdout.contains("["), "{stdout}");
}

#[test]
fn binary_truncated_pdf_and_legacy_doc_exit_2_with_a_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Random bytes in a .txt.
    let mut seed = 12345u32;
    let noise: Vec<u8> = (0..8192)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as u8
        })
        .collect();
    std::fs::write(dir.path().join("notes.txt"), &noise).expect("write");
    refused(
        &plead(&["check", "notes.txt"], dir.path()),
        "notes.txt: not a text file",
    );
    // A real PDF cut short.
    let whole = std::fs::read(fixture(ORDER)).expect("fixture");
    std::fs::write(dir.path().join("order.pdf"), &whole[..whole.len() / 3]).expect("write");
    refused(
        &plead(&["check", "order.pdf"], dir.path()),
        "order.pdf: cannot read the PDF",
    );
    // A legacy Word file (an OLE compound document).
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.extend(std::iter::repeat_n(0u8, 504));
    std::fs::write(dir.path().join("brief.doc"), &doc).expect("write");
    refused(
        &plead(&["check", "brief.doc"], dir.path()),
        "save it as .docx",
    );
    // cites and toa refuse them the same way.
    for args in [["cites", "notes.txt"], ["toa", "order.pdf"]] {
        let out = plead(&args, dir.path());
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    }
}

#[test]
fn windows_1252_text_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Word's "Save as plain text" on Windows: curly quotes and a section sign.
    let bytes = b"The court held that \x93the statute\x94 applies. See 42 U.S.C. \xa7 1983.\n";
    std::fs::write(dir.path().join("brief.txt"), bytes).expect("write");
    let out = plead(&["check", "--format", "json", "brief.txt"], dir.path());
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        text(&out.stderr)
    );
    let stderr = text(&out.stderr);
    assert!(stderr.contains("read as Windows-1252"), "{stderr}");
    let out = plead(&["cites", "--format", "json", "brief.txt"], dir.path());
    let cites = json_lines(&out);
    assert!(
        cites
            .iter()
            .any(|c| c["text"].as_str() == Some("42 U.S.C. § 1983")),
        "{cites:?}"
    );
}

#[test]
fn a_folder_with_nothing_to_check_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = plead(&["check", "."], dir.path());
    assert_eq!(empty.status.code(), Some(2));
    assert!(
        text(&empty.stderr).contains("no file to check"),
        "{}",
        text(&empty.stderr)
    );
    std::fs::write(dir.path().join("old.doc"), [0xD0, 0xCF, 0x11, 0xE0]).expect("write");
    let legacy = plead(&["check", "."], dir.path());
    assert_eq!(legacy.status.code(), Some(2));
    let stderr = text(&legacy.stderr);
    assert!(
        stderr.contains("old.doc") && stderr.contains("save as .docx"),
        "{stderr}"
    );
}

#[test]
fn a_file_in_a_cluttered_folder_is_checked_without_touching_the_clutter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(
        root.join("brief.txt"),
        "Plaintiff moved to compel. See Dkt. 12 at 3.\n",
    )
    .expect("write");
    // What a Downloads folder holds: web pages, JSON, a broken JSON, binary, a CSV.
    std::fs::create_dir_all(root.join("site/assets")).expect("mkdir");
    std::fs::write(
        root.join("site/index.html"),
        "<html><body>Hello</body></html>",
    )
    .expect("w");
    std::fs::write(root.join("site/assets/data.json"), "{\"a\": [1, 2").expect("w");
    std::fs::write(root.join("package.json"), "{\"name\": \"x\"}").expect("w");
    std::fs::write(root.join("photo.json"), [0u8, 159, 146, 150, 0, 1]).expect("w");
    std::fs::write(root.join("contacts.csv"), "name,phone\nA,1\n").expect("w");
    std::fs::write(root.join("page.htm"), [0xFFu8, 0xFE, 0, 0]).expect("w");
    let out = plead(&["check", "brief.txt"], root);
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(text(&out.stderr), "", "no warning about the clutter");
    assert!(
        text(&out.stdout).contains("1 file"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn the_workspace_is_the_nearest_folder_with_plead_toml_or_git_else_the_files_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("project");
    let sub = project.join("briefs");
    std::fs::create_dir_all(&sub).expect("mkdir");
    std::fs::create_dir(project.join(".git")).expect("mkdir");
    let brief = sub.join("brief.txt");
    std::fs::write(&brief, "Text.\n").expect("write");
    let canonical = |p: &Path| p.canonicalize().expect("canonical");
    assert_eq!(
        plead::cli::workspace_root(&brief).map(|p| canonical(&p)),
        Some(canonical(&project))
    );
    std::fs::write(sub.join("plead.toml"), "").expect("write");
    assert_eq!(
        plead::cli::workspace_root(&brief).map(|p| canonical(&p)),
        Some(canonical(&sub))
    );
    let loose = dir.path().join("loose");
    std::fs::create_dir(&loose).expect("mkdir");
    std::fs::write(loose.join("a.txt"), "Text.\n").expect("write");
    let found = plead::cli::workspace_root(&loose.join("a.txt")).expect("a root");
    // The temp folder's parents are no workspace of it (unless the machine's /tmp is in
    // a git checkout, which it is not on CI).
    if !dir
        .path()
        .ancestors()
        .any(|a| a.join(".git").exists() || a.join("plead.toml").is_file())
    {
        assert_eq!(canonical(&found), canonical(&loose));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_refuses_a_binary_document_with_a_logged_message() {
    let client = TestClient::in_process();
    client.initialize().await;
    let uri = "file:///work/order.pdf";
    let pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n";
    client.open(uri, "plaintext", 1, pdf).await;
    let logged = client
        .wait_for("the refusal", |n| {
            n["method"] == "window/logMessage"
                && n["params"]["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("not a text document (a PDF)"))
        })
        .await;
    assert!(logged["params"]["message"]
        .as_str()
        .is_some_and(|m| m.contains(uri)));
    // A text document opened after it is analyzed; the refused one gets nothing.
    let text_uri = "file:///work/brief.txt";
    client
        .open(text_uri, "plaintext", 1, "See Dkt. 10 at 2.\n")
        .await;
    client.diagnostics(text_uri, 1).await;
    assert!(
        client
            .published(uri, None, Duration::from_millis(200))
            .await
            .is_none(),
        "no diagnostics for a refused document"
    );
}

#[test]
fn a_record_pin_is_checked_against_the_stamped_pages_of_a_filed_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(root.join("plead.toml"), "").expect("write");
    std::fs::write(
        root.join("docket.csv"),
        "Date Filed,ECF No.,Docket Text\n\
         07/13/2016,10,\"EX PARTE APPLICATION for Temporary Restraining Order\"\n\
         08/05/2016,40,\"ORDER GRANTING PRELIMINARY INJUNCTION\"\n",
    )
    .expect("write");
    // The RECAP name says entry 40; the PDF's stamp says `Page 1 of 4`.
    std::fs::copy(
        fixture(ORDER),
        root.join("gov.uscourts.cacd.652774.40.0.pdf"),
    )
    .expect("copy");
    let bytes = std::fs::read(fixture(ORDER)).expect("fixture");
    assert_eq!(plead::formats::pdf::filed_page_count(&bytes), Ok(4));
    std::fs::write(
        root.join("brief.txt"),
        "The Court enjoined the use of the code. ECF No. 40 at 2.\n\n\
         The Court found no bond necessary. ECF No. 40 at 9.\n",
    )
    .expect("write");
    let out = plead(&["check", "--format", "json", "brief.txt"], root);
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        text(&out.stderr)
    );
    let pins: Vec<String> = json_lines(&out)[0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "record/pin")
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(pins.len(), 1, "{pins:?}");
    assert!(
        pins[0].contains("4 pages; page 9 is beyond its end"),
        "{pins:?}"
    );
}

#[test]
fn a_pdf_on_standard_input_is_read_as_a_pdf() {
    use std::io::Write;
    use std::process::Stdio;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_plead"))
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "order.pdf",
            "-",
        ])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("plead runs");
    let bytes = std::fs::read(fixture(ORDER)).expect("fixture");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&bytes)
        .expect("write");
    let out = child.wait_with_output().expect("exit");
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        text(&out.stderr)
    );
    let file = &json_lines(&out)[0];
    assert_eq!(file["path"], "order.pdf");
    for d in file["diagnostics"].as_array().expect("diagnostics") {
        assert!(d["page"].as_u64().is_some(), "{d}");
    }
}

/// Damaged copies of real PDFs and .docx files (bytes flipped, cut and re-terminated)
/// are errors or text, never a panic.
#[test]
fn damaged_pdfs_and_docx_files_never_panic() {
    let mut seed = 0x9e37_79b9u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    for rel in [ORDER, "pdf/ca9_19.pdf", "docx/tayag-v-lahey.docx"] {
        let whole = std::fs::read(fixture(rel)).expect("fixture");
        for round in 0..100 {
            let mut bytes = whole.clone();
            if round % 3 == 0 {
                // Cut anywhere, then end it as a PDF would so the truncation check passes.
                let cut = next() as usize % bytes.len();
                bytes.truncate(cut);
                bytes.extend_from_slice(b"\n%%EOF\n");
            } else {
                for _ in 0..(1 + round) {
                    let at = next() as usize % bytes.len();
                    bytes[at] = next() as u8;
                }
            }
            let result = std::panic::catch_unwind(|| {
                plead::formats::convert(&bytes, rel).map(|c| c.text.len())
            });
            assert!(result.is_ok(), "{rel} round {round} panicked");
        }
    }
}

/// A .docx with real footnotes and endnotes (a public-domain First Circuit opinion's
/// notes, built by scripts/make_docx_fixtures.py): the notes are read and their
/// citations found, each named by its note and by the paragraph and page of the
/// note's reference mark (pages from Word's `w:lastRenderedPageBreak` marks and an
/// explicit page break); the header, which cites the case, is furniture.
#[test]
fn docx_footnotes_and_endnotes_are_read_and_their_citations_placed() {
    let dir = tempfile::tempdir().expect("temp dir");
    for ext in ["docx", "txt"] {
        let name = format!("animal-welfare-notes.{ext}");
        std::fs::copy(fixture(&format!("docx/{name}")), dir.path().join(&name)).expect("copy");
    }
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("docx/animal-welfare-notes.notes.json")).expect("read"),
    )
    .expect("JSON");
    let cites = |name: &str| {
        let out = plead(&["cites", "--format", "json", name], dir.path());
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        json_lines(&out)
    };
    let from_docx = cites("animal-welfare-notes.docx");
    let from_txt = cites("animal-welfare-notes.txt");
    // The same citations as the text Word shows (body, then the notes in reference
    // order), so none from the header (`ANIMAL WELFARE INSTITUTE v. MARTIN, 623 F.3d 19`).
    let texts = |records: &[Value]| -> Vec<String> {
        records
            .iter()
            .map(|r| r["text"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(texts(&from_docx), texts(&from_txt));
    let in_notes: Vec<&Value> = from_docx.iter().filter(|r| r["note"].is_string()).collect();
    assert!(in_notes.len() >= 8, "{in_notes:#?}");
    assert!(
        in_notes
            .iter()
            .any(|r| r["note"].as_str().is_some_and(|n| n.starts_with("endnote"))),
        "{in_notes:#?}"
    );
    assert!(
        in_notes.iter().any(|r| r["kind"] == "full_case"),
        "{in_notes:#?}"
    );
    for r in &in_notes {
        let note = r["note"].as_str().expect("note");
        let want = &expected[note];
        assert!(want.is_object(), "no such note: {note}");
        assert_eq!(r["paragraph"], want["paragraph"], "{r}");
        assert_eq!(r["page"], want["page"], "{r}");
    }
    // Every body citation has its paragraph and a page; pages only grow.
    let body: Vec<&Value> = from_docx
        .iter()
        .filter(|r| !r["note"].is_string())
        .collect();
    let mut last = 0;
    for r in &body {
        assert!(r["paragraph"].as_u64().is_some(), "{r}");
        let page = r["page"].as_u64().expect("page");
        assert!(page >= last, "{r}");
        last = page;
    }
    // The explicit page break (before `I.`) and 14 rendered breaks: 16 pages at most.
    assert!((10..=16).contains(&last), "{last}");

    // `plead check` places its findings the same way; human output names the note.
    for file in check_json("animal-welfare-notes.docx", dir.path()) {
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            assert!(d["paragraph"].as_u64().is_some(), "{d}");
            assert!(d["page"].as_u64().is_some(), "{d}");
        }
    }
    let out = plead(&["cites", "animal-welfare-notes.docx"], dir.path());
    let human = text(&out.stdout);
    let first = in_notes[0];
    let place = format!(
        "({}, paragraph {}, page {})",
        first["note"].as_str().expect("note"),
        first["paragraph"],
        first["page"]
    );
    assert!(human.contains(&place), "{place} in {human}");
}

/// `plead cites` and `plead toa` on a PDF name the page as `plead check` does: `"page"`,
/// the 1-based physical page (the reporter's first page is `first_page`); the table of
/// authorities keeps the printed page numbers (`printed_page` beside a citation's
/// `page` when they differ). Both read standard input like `plead check -`.
#[test]
fn cites_and_toa_name_the_page_as_check_does_and_read_standard_input() {
    let (dir, pdf) = alone("pdf/ca9_19.pdf");
    let path = pdf.to_str().expect("path");
    let cites = json_lines(&plead(&["cites", "--format", "json", path], dir.path()));
    let full: Vec<&Value> = cites.iter().filter(|r| r["kind"] == "full_case").collect();
    assert!(!full.is_empty());
    for r in &cites {
        assert!(
            r["page"].as_u64().is_some_and(|p| (1..=15).contains(&p)),
            "{r}"
        );
        assert!(r.get("source_page").is_none(), "{r}");
    }
    assert!(full
        .iter()
        .any(|r| r["first_page"] == "1039" && r["page"] == 7));

    let out = plead(&["toa", "--format", "json", path], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let toa: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut seen = 0;
    for section in toa["sections"].as_array().expect("sections") {
        for authority in section["authorities"].as_array().expect("authorities") {
            for c in authority["citations"].as_array().expect("citations") {
                let page = c["page"].as_u64().expect("page");
                // The same page `plead cites` gives the citation that starts there.
                let start = &c["range"]["start"];
                if let Some(r) = cites.iter().find(|r| r["range"]["start"] == *start) {
                    assert_eq!(r["page"].as_u64(), Some(page), "{c} vs {r}");
                    seen += 1;
                }
                // The motion's pages print a number two lower than the physical one
                // (the cover and the table of contents are not counted).
                let printed = c["printed_page"].as_u64().expect("printed page");
                assert_eq!(printed + 2, page, "{c}");
                assert!(authority["pages"]
                    .as_array()
                    .expect("pages")
                    .iter()
                    .any(|p| p.as_u64() == Some(printed)));
            }
        }
    }
    assert!(seen >= full.len(), "{seen} of {}", full.len());

    // Standard input, named by --stdin-filename, gives what the file gives.
    let piped = |args: &[&str], bytes: &[u8]| {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = Command::new(env!("CARGO_BIN_EXE_plead"))
            .args(args)
            .current_dir(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("plead runs");
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(bytes).expect("write");
        drop(stdin);
        child.wait_with_output().expect("exit")
    };
    let bytes = std::fs::read(&pdf).expect("read");
    let out = piped(
        &["cites", "--format", "json", "--stdin-filename", path, "-"],
        &bytes,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(json_lines(&out), cites);
    let out = piped(
        &["toa", "--format", "json", "--stdin-filename", path, "-"],
        &bytes,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).expect("JSON"),
        toa
    );
    // Unnamed, standard input is `<stdin>`; its content decides that it is a PDF.
    let out = piped(&["cites", "--format", "json", "-"], &bytes);
    let records = json_lines(&out);
    assert_eq!(records.len(), cites.len());
    assert!(records
        .iter()
        .all(|r| r["path"] == "<stdin>" && r["page"].is_u64()));
    // Misuse is refused as `plead check` refuses it.
    let out = plead(&["cites", "-", path], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot be combined"));
    let out = plead(&["toa", "--stdin-filename", "x.pdf", path], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("give `-` as the path"));
    // A broken document on standard input: one line, exit 2.
    let out = piped(
        &["toa", "--stdin-filename", "brief.docx", "-"],
        b"PK\x03\x04junk",
    );
    refused_plainly(&out, "brief.docx: cannot read the Word document");
}

/// Exit 2 and one line on stderr naming the reason; nothing on stdout.
fn refused_plainly(out: &Output, reason: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains(reason), "{stderr}");
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
}

/// A .docx built in memory from its parts.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("zip").into_inner()
}

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Damaged Word files and PDFs as they arrive (a download cut short, a ZIP that is no
/// Word file, broken XML, an encrypted or owner-locked PDF, a broken cross-reference
/// table) and a 10 MB file without a line break: each is refused with one line and
/// exit 2, or checked — never findings on bytes, never a false "all checked".
#[test]
fn bad_input_is_refused_in_one_line_or_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let write = |name: &str, bytes: &[u8]| std::fs::write(root.join(name), bytes).expect("write");
    let tayag = std::fs::read(fixture("docx/tayag-v-lahey.docx")).expect("fixture");
    write("cut.docx", &tayag[..tayag.len() / 2]);
    write("junk.docx", b"PK\x03\x04\x14\x00not a zip archive at all");
    write(
        "no-body.docx",
        &zip_of(&[("word/styles.xml", b"<w:styles/>".as_slice())]),
    );
    let broken = format!(
        r#"<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>See 42 U.S.C. 1983.</w:r></w:p></w:body></w:document>"#
    );
    write(
        "bad-xml.docx",
        &zip_of(&[("word/document.xml", broken.as_bytes())]),
    );
    write(
        "latin1-xml.docx",
        &zip_of(&[(
            "word/document.xml",
            b"<w:document>\xe9</w:document>".as_slice(),
        )]),
    );
    for (name, reason) in [
        (
            "cut.docx",
            "cut.docx: cannot read the Word document: not a readable ZIP",
        ),
        (
            "junk.docx",
            "junk.docx: cannot read the Word document: not a readable ZIP",
        ),
        ("no-body.docx", "without word/document.xml"),
        (
            "bad-xml.docx",
            "bad-xml.docx: cannot read the Word document: malformed XML",
        ),
        ("latin1-xml.docx", "word/document.xml is not UTF-8 XML"),
    ] {
        refused(&plead(&["check", name], root), reason);
        for command in ["cites", "toa"] {
            refused_plainly(&plead(&[command, name], root), reason);
        }
    }

    // A PDF with a user password: refused; one locked only against editing (the usual
    // court PDF): read like any other.
    std::fs::copy(fixture("pdf/encrypted-order.pdf"), root.join("locked.pdf")).expect("copy");
    refused(
        &plead(&["check", "locked.pdf"], root),
        "locked.pdf: the PDF is encrypted; save an unencrypted copy",
    );
    let record_cites = |name: &str| -> Vec<(String, u64)> {
        let out = plead(&["cites", "--format", "json", name], root);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", text(&out.stderr));
        json_lines(&out)
            .iter()
            .filter(|r| r["kind"] == "record")
            .map(|r| {
                (
                    r["text"].as_str().unwrap_or("").to_string(),
                    r["page"].as_u64().unwrap_or(0),
                )
            })
            .collect()
    };
    std::fs::copy(fixture(ORDER), root.join("order.pdf")).expect("copy");
    let expected = record_cites("order.pdf");
    assert_eq!(expected.len(), 3, "{expected:?}");
    std::fs::copy(
        fixture("pdf/owner-locked-order.pdf"),
        root.join("owner.pdf"),
    )
    .expect("copy");
    assert_eq!(record_cites("owner.pdf"), expected);
    // A broken cross-reference table: `startxref` pointing nowhere, or at garbage. The
    // objects are found by scanning the file, as readers do.
    let whole = std::fs::read(fixture(ORDER)).expect("fixture");
    let at = memchr_last(&whole, b"startxref").expect("startxref") + b"startxref".len();
    let digits_at = at
        + whole[at..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    let digits = whole[digits_at..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let offset: usize = std::str::from_utf8(&whole[digits_at..digits_at + digits])
        .expect("ASCII")
        .parse()
        .expect("offset");
    let mut nowhere = whole.clone();
    nowhere.splice(digits_at..digits_at + digits, b"999999".iter().copied());
    write("xref-nowhere.pdf", &nowhere);
    let mut garbage = whole.clone();
    garbage[offset..offset + 40].fill(b'X');
    write("xref-garbage.pdf", &garbage);
    for name in ["xref-nowhere.pdf", "xref-garbage.pdf"] {
        assert_eq!(record_cites(name), expected, "{name}");
    }

    // 10 MB of real sentences without a line break: checked, and the paragraph it makes
    // (too long to analyze) named on stderr instead of a silent "No problems".
    let sentence = "The court held that teh statute applies. See Smith v. Jones, 123 F.3d 456, 460 (1st Cir. 1999). ";
    let huge = sentence.repeat(10 * 1024 * 1024 / sentence.len() + 1);
    write("one-line.txt", &huge.as_bytes()[..10 * 1024 * 1024]);
    let out = plead(&["check", "one-line.txt"], root);
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        text(&out.stderr)
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("one-line.txt:1: warning: a paragraph of 10240 KB (no line breaks?) is too long to check"),
        "{stderr}"
    );
    // The same sentences with line breaks are checked (the typo is found).
    write(
        "lines.txt",
        sentence.repeat(20).replace(". See", ".\n\nSee").as_bytes(),
    );
    let out = plead(&["check", "--format", "json", "lines.txt"], root);
    assert_eq!(text(&out.stderr), "");
    assert!(text(&out.stdout).contains("teh"), "{}", text(&out.stdout));
}

fn memchr_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The server given the same bad input: a cut .docx and an encrypted PDF opened as
/// text are refused with a logged reason; a 10 MB document without a line break is
/// analyzed (its diagnostics published) with a logged warning that its paragraph is
/// too long to check; an encrypted filed PDF in the workspace's docket does not stop
/// a record pin from being checked. No panic: the server answers to the end.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_survives_bad_documents_and_bad_filings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(root.join("plead.toml"), "").expect("write");
    std::fs::write(
        root.join("docket.csv"),
        "Date Filed,ECF No.,Docket Text\n08/05/2016,40,\"ORDER GRANTING PRELIMINARY INJUNCTION\"\n",
    )
    .expect("write");
    std::fs::copy(
        fixture("pdf/encrypted-order.pdf"),
        root.join("gov.uscourts.cacd.652774.40.0.pdf"),
    )
    .expect("copy");
    let client = TestClient::in_process();
    client
        .initialize_with(
            serde_json::json!({}),
            Some(root),
            serde_json::json!({"debounceMs": 0}),
        )
        .await;
    let tayag = std::fs::read(fixture("docx/tayag-v-lahey.docx")).expect("fixture");
    let encrypted = std::fs::read(fixture("pdf/encrypted-order.pdf")).expect("fixture");
    for (name, bytes) in [
        ("cut.docx", &tayag[..tayag.len() / 2]),
        ("locked.pdf", &encrypted[..]),
    ] {
        let uri = format!("file://{}/{name}", root.display());
        client
            .open(&uri, "plaintext", 1, &String::from_utf8_lossy(bytes))
            .await;
        client
            .wait_for("the refusal", |n| {
                n["method"] == "window/logMessage"
                    && n["params"]["message"]
                        .as_str()
                        .is_some_and(|m| m.contains(name) && m.contains("not a text document"))
            })
            .await;
    }
    let sentence = "The court held that teh statute applies. See Smith v. Jones, 123 F.3d 456, 460 (1st Cir. 1999). ";
    let huge = sentence.repeat(10 * 1024 * 1024 / sentence.len());
    let huge_uri = format!("file://{}/one-line.txt", root.display());
    client.open(&huge_uri, "plaintext", 1, &huge).await;
    client
        .wait_for("the too-long warning", |n| {
            n["method"] == "window/logMessage"
                && n["params"]["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("one-line.txt") && m.contains("too long to check"))
        })
        .await;
    client.diagnostics(&huge_uri, 1).await;
    // A brief pinning the encrypted filing is still checked.
    let brief_uri = format!("file://{}/brief.txt", root.display());
    client
        .open(
            &brief_uri,
            "plaintext",
            1,
            "The Court enjoined the use of the code. ECF No. 40 at 2. The statute applies teh same way.\n",
        )
        .await;
    let diagnostics = client.diagnostics(&brief_uri, 1).await;
    assert!(
        diagnostics
            .iter()
            .any(|d| d["message"].as_str().is_some_and(|m| m.contains("teh"))),
        "{diagnostics:?}"
    );
    let hover = client
        .request(
            "textDocument/hover",
            serde_json::json!({"textDocument": {"uri": brief_uri}, "position": {"line": 0, "character": 45}}),
        )
        .await;
    assert!(hover.is_ok(), "{hover:?}");
}

/// The entries of a brief's own table of authorities, read from plead's text of its PDF:
/// each entry runs until a line that ends in a leader and a page list (`………16, 34`).
/// Keyed as [`toa_key`] keys them, with the pages as printed.
fn printed_index(text: &str, heading: &str, end: &str) -> BTreeMap<String, Vec<String>> {
    let start = text.find(heading).expect("the index heading");
    let stop = start + text[start..].find(end).expect("the end of the index");
    let leader =
        regex::Regex::new(r"(?:\.{4,}|\x{2026}+)\s*([0-9ivxlc][0-9ivxlc, ]*)$").expect("regex");
    let mut entries = BTreeMap::new();
    let mut entry = String::new();
    for line in text[start + heading.len()..stop].lines() {
        entry.push_str(line);
        entry.push(' ');
        if let Some(m) = leader.captures(line.trim_end()) {
            let pages = m[1]
                .split(',')
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            if let Some(key) = toa_key(&entry) {
                entries.insert(key, pages);
            }
            entry.clear();
        }
    }
    entries
}

/// What names an authority in both tables: a case's volume, reporter and first page; a
/// statute's or rule's section number (`Tex. Pen. Code § 22.011` and plead's `Tex.
/// Penal Code § 22.011` are both `22.011`).
fn toa_key(entry: &str) -> Option<String> {
    let case = regex::Regex::new(r"(\d+) (U\.S\.|S\.W\.[23]d|F\.[234]d|WL) (\d+)").expect("regex");
    if let Some(m) = case.captures(entry) {
        return Some(format!("{} {} {}", &m[1], &m[2], &m[3]));
    }
    let section = regex::Regex::new(r"(?:§|art\.|P\.)\s*(\d+(?:\.\d+)*)").expect("regex");
    section.captures(entry).map(|m| m[1].to_string())
}

/// `plead toa` on a filed brief, against the brief's own index of authorities: the
/// index's entries (and their page lists, in the cover's roman and the body's numbers)
/// are not counted as citations, every case of the index is in plead's table, and where
/// the two disagree the brief's index is the one that is wrong, as read on the pages:
/// - four entries are a page off, the index not regenerated after the text moved:
///   *Jackson* is cited in a footnote of page 56 (index: 57), *Peek* and *Thomas v.
///   State* (2013 WL) on 47 and 48 (index: 46, 47), *Strickland* in full on 49 (index:
///   48, where only the bare name `Strickland` stands);
/// - the index gives page 40 to *Johnson*, 169 S.W.3d 223, but page 40 cites another
///   *Johnson v. State*, 624 S.W.3d 579, which the index leaves out;
/// - *State v. Thomas*: the index counts `as laid out in Thomas` on page 40 (a name,
///   not a citation) and misses `Thomas, 428 S.W.3d at 105` on page 42;
/// - the index leaves out *United States v. Brown*, 217 F.3d 247 (page 39) and Tex.
///   Code Crim. Pro. art. 36.02 (footnote, page 46);
/// - plead does not see the two rules the brief names in words, `Texas Rule of
///   Appellate Procedure 9.4(i)` and `38.1` (pages 60 and ii).
#[test]
fn brief_pdf_table_of_authorities_agrees_with_the_brief_s_own_index() {
    let rel = "pdf/tx14_24-00756_state_brief.pdf";
    let (dir, pdf) = alone(rel);
    let out = plead(
        &["toa", "--format", "json", pdf.to_str().expect("path")],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut ours: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for section in table["sections"].as_array().expect("sections") {
        for a in section["authorities"].as_array().expect("authorities") {
            let name = a["name"].as_str().expect("name");
            let pages = a["pages"]
                .as_array()
                .expect("pages")
                .iter()
                .map(|p| match p {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            ours.insert(toa_key(name).expect("a key"), pages);
        }
    }
    let bytes = std::fs::read(&pdf).expect("read");
    let converted = plead::formats::convert(&bytes, rel).expect("a readable PDF");
    let theirs = printed_index(&converted.text, "INDEX OF AUTHORITIES", "TO THE HONORABLE");
    assert_eq!(theirs.len(), 30, "{theirs:?}");
    let cases = |m: &BTreeMap<String, Vec<String>>| m.keys().filter(|k| k.contains(' ')).count();
    assert_eq!(cases(&theirs), 24);
    let mut same = 0;
    let mut differences = Vec::new();
    for (key, pages) in &theirs {
        match ours.get(key) {
            Some(p) if p == pages => same += 1,
            p => differences.push(format!("{key}: index {pages:?}, plead {p:?}")),
        }
    }
    for (key, pages) in &ours {
        if !theirs.contains_key(key) {
            differences.push(format!("{key}: not in the index, plead {pages:?}"));
        }
    }
    let strings = |pages: &[&str]| -> Option<Vec<String>> {
        Some(pages.iter().map(|p| p.to_string()).collect())
    };
    let expected = [
        format!(
            "106 S.W.3d 72: index {:?}, plead {:?}",
            ["46", "47"],
            strings(&["47", "48"])
        ),
        format!(
            "139 S.W.3d 7: index {:?}, plead {:?}",
            ["57"],
            strings(&["56"])
        ),
        format!(
            "169 S.W.3d 223: index {:?}, plead {:?}",
            ["23", "37", "40", "41", "42", "43", "53"],
            strings(&["23", "37", "41", "42", "43", "53"])
        ),
        format!(
            "2013 WL 2639168: index {:?}, plead {:?}",
            ["46", "47"],
            strings(&["47", "48"])
        ),
        format!("38.1: index {:?}, plead None", ["ii"]),
        format!(
            "428 S.W.3d 99: index {:?}, plead {:?}",
            ["16", "34", "35", "36", "38", "40", "41", "58"],
            strings(&["16", "34", "35", "36", "38", "41", "42", "58"])
        ),
        format!(
            "466 U.S. 668: index {:?}, plead {:?}",
            ["40", "48"],
            strings(&["40", "49"])
        ),
        format!("9.4: index {:?}, plead None", ["60"]),
        format!("217 F.3d 247: not in the index, plead {:?}", ["39"]),
        format!("36.02: not in the index, plead {:?}", ["46"]),
        format!("624 S.W.3d 579: not in the index, plead {:?}", ["40"]),
    ];
    assert_eq!(differences, expected);
    // 18 of the index's 24 cases and 4 of its 6 statutes and rules on the same pages.
    assert_eq!(same, 22);
}

/// `plead check` on a filed brief reports the brief's own slips and nothing its PDF
/// layout makes up: not the clerk's stamp over the cover, the index's dot leaders and
/// page lists, the roman-numbered front matter, 248 footnotes, the counsel list or the
/// e-filing system's certificate page. Every finding was read against the page:
/// `Tex. Code Crim. Pro.` and `Tex. Pen. Code` (Bluebook: `Proc.`, `Penal`) in the
/// index (page 8) and the body; `judgement` (page 29, where the brief elsewhere writes
/// `judgment`); and on page 29 a `(citing Nix v. State, …` parenthetical the brief
/// never closes. In the appellant's brief: `S.W. 3d` (the index, page 7, and page 18),
/// `§13` without its space (pages 7 and 15), the page range `134-140`, and `See Id.`
/// (page 21).
#[test]
fn plead_check_on_filed_briefs_finds_only_the_briefs_own_slips() {
    for (rel, expected) in [
        (
            "pdf/tx14_24-00756_state_brief.pdf",
            vec![
                (8, "citation/code-form"),
                (8, "citation/code-form"),
                (25, "citation/code-form"),
                (29, "style/preferred-spelling"),
                (29, "citation/parentheses"),
                (55, "citation/code-form"),
                (59, "citation/code-form"),
            ],
        ),
        (
            "pdf/tx14_24-00101_appellant_brief.pdf",
            vec![
                // `Lazerine v. State, 01-19-00982-CR, 2021 WL 5712182, at *4 (Tex.
                // App.—Houston [1st Dist.] 2021, pet. ref’d)`: a Westlaw-only decision dated
                // by the year alone, twice (R10.8.1(a) and the Texas courts' own form,
                // `(Tex. App.—San Antonio Jan. 14, 2026, pet. filed)`, give the day).
                (6, "citation/court-format"),
                (7, "citation/reporter-form"),
                (7, "citation/section-sign"),
                (9, "citation/page-range"),
                (15, "citation/section-sign"),
                (16, "citation/court-format"),
                (18, "citation/reporter-form"),
                (18, "citation/reporter-form"),
                (18, "citation/reporter-form"),
                // `[unanimously] find ….” See Id.`: `id.` after its signal (R4.1).
                (21, "citation/id-form"),
            ],
        ),
    ] {
        let (dir, pdf) = alone(rel);
        let out = plead(
            &["check", "--format", "json", pdf.to_str().expect("path")],
            dir.path(),
        );
        let found: Vec<(u64, String)> = json_lines(&out)
            .iter()
            .flat_map(|file| file["diagnostics"].as_array().cloned().unwrap_or_default())
            .map(|d| {
                (
                    d["page"].as_u64().expect("a page"),
                    d["code"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let expected: Vec<(u64, String)> = expected
            .into_iter()
            .map(|(page, code)| (page, code.to_string()))
            .collect();
        assert_eq!(found, expected, "{rel}: {}", text(&out.stdout));
    }
}
