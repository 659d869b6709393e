//! Record citations end to end on the Ayobi v. Adams fixtures: the docket indexed
//! from a workspace holding every supported format, then diagnostics, hover,
//! definition, completion and references through the `plead::ide` functions.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use plead::analysis::{Analysis, Finding, ParagraphCache};
use plead::config::Config;
use plead::document::Format;
use plead::engine::{analyze_in, Workspace};
use plead::ide::{self, Target, World};
use plead::loader::index_workspace;
use plead::record::docket::{csv, pacer_html, recap_json};
use plead::record::Docket;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docket")
}

fn draft_path() -> PathBuf {
    fixtures().join("drafts/status-report-draft.txt")
}

fn draft() -> String {
    std::fs::read_to_string(draft_path()).expect("draft fixture")
}

fn docket() -> Docket {
    let (docket, warnings) = index_workspace(&fixtures(), &Config::default());
    assert!(
        warnings.is_empty(),
        "the fixture workspace indexes cleanly: {warnings:?}"
    );
    docket
}

fn analyze_with_docket(text: &str, format: Format, docket: &Arc<Docket>) -> Analysis {
    let workspace = Workspace {
        docket: Some(docket.clone()),
    };
    analyze_in(
        text,
        format,
        &Config::default(),
        &workspace,
        &mut ParagraphCache::default(),
    )
}

/// Source offset of the `nth` occurrence of `needle`, plus `into` bytes.
fn at(text: &str, needle: &str, nth: usize, into: usize) -> usize {
    text.match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} in text"))
        .0
        + into
}

fn findings<'a>(a: &'a Analysis, code: &str) -> Vec<&'a Finding> {
    a.findings.iter().filter(|f| f.code == code).collect()
}

fn covered<'a>(text: &'a str, f: &Finding) -> &'a str {
    &text[f.span.start..f.span.end]
}

#[test]
fn every_docket_format_parses_on_its_own() {
    let read = |name: &str| std::fs::read_to_string(fixtures().join(name)).expect("fixture");
    let pacer = pacer_html::parse(&read("Ayobi v. Adams - PACER docket report.html"))
        .expect("PACER report");
    assert_eq!(pacer.case_number.as_deref(), Some("1:17-cv-00693-DAD-SAB"));
    assert_eq!(
        pacer.court.as_deref(),
        Some("Eastern District of California")
    );
    assert_eq!(
        pacer.case_name.as_deref(),
        Some("(PC) Ayobi v. Adams et al")
    );
    assert_eq!(
        pacer.entries.len(),
        14,
        "numbered rows only (the minute order has no number)"
    );
    let recap = recap_json::parse(&read("courtlistener-docket-316045.json")).expect("RECAP JSON");
    assert_eq!(
        recap.entries.iter().map(|e| e.number).collect::<Vec<_>>(),
        vec![1, 34, 35]
    );
    let sheet = csv::parse(&read("docket.csv")).expect("docket.csv");
    assert_eq!(sheet.entries.last().map(|e| e.number), Some(37));
}

#[test]
fn workspace_index_merges_all_sources() {
    let d = docket();
    assert_eq!(d.sources.len(), 3, "PACER, RECAP and CSV: {:?}", d.sources);
    assert_eq!(d.case_number.as_deref(), Some("1:17-cv-00693-DAD-SAB"));
    let e = d.entry(34).expect("entry 34");
    assert_eq!(
        e.date_filed.map(|d| d.to_string()).as_deref(),
        Some("09/18/2018")
    );
    assert_eq!(e.filed_by.as_deref(), Some("Shajia Ayobi"));
    assert_eq!(e.rows.len(), 3, "one row per docket file");
    assert_eq!(e.page_count, Some(4));
    let main = e.document.as_ref().expect("RECAP file found by name");
    assert!(
        main.path
            .ends_with("recap/gov.uscourts.caed.316045.34.0.pdf"),
        "{:?}",
        main.path
    );
    let a1 = e.attachment(1).expect("attachment 1");
    assert_eq!(a1.page_count, Some(3));
    assert!(a1
        .file
        .as_ref()
        .is_some_and(|f| f.path.ends_with("gov.uscourts.caed.316045.34.1.pdf")));
    let a2 = e.attachment(2).expect("attachment 2");
    assert!(a2
        .file
        .as_ref()
        .is_some_and(|f| f.path.ends_with("filings/34-2.pdf")));
    // From the lawyer-style file name only.
    assert!(d
        .entry(30)
        .and_then(|e| e.document.as_ref())
        .is_some_and(|f| f.path.ends_with("E.D.Cal._1-17-cv-00693_30_0.pdf")));
    // Filed after the PACER report was saved: only the CSV has it.
    assert_eq!(
        d.entry(37).map(|e| e.text.as_str()),
        Some("NOTICE of Change of Address by Shajia Ayobi.")
    );
    // A text document's pages are counted from the file.
    let order = d
        .entry(35)
        .and_then(|e| e.document.as_ref())
        .expect("order file");
    assert_eq!(order.page_count, Some(2));
}

#[test]
fn diagnostics_on_the_draft() {
    let text = draft();
    let d = Arc::new(docket());
    let a = analyze_with_docket(&text, Format::Plain, &d);

    let unknown: Vec<&str> = findings(&a, "record/unknown-entry")
        .iter()
        .map(|f| covered(&text, f))
        .collect();
    assert_eq!(unknown, vec!["52"]);
    let attachment: Vec<&str> = findings(&a, "record/unknown-attachment")
        .iter()
        .map(|f| covered(&text, f))
        .collect();
    assert_eq!(attachment, vec!["34-3"]);
    let pins = findings(&a, "record/pin");
    assert_eq!(
        pins.len(),
        1,
        "only `ECF No. 35 at 9` (35 has 2 pages; 34 at 3 is within 4): {pins:?}"
    );
    assert_eq!(pins[0].span.start, at(&text, "ECF No. 35 at 9", 0, 14));

    let style = findings(&a, "record/style");
    assert_eq!(style.len(), 1);
    assert_eq!(covered(&text, style[0]), "Dkt.");
    let fix = &style[0].fixes[0];
    assert_eq!(&*fix.edits[0].new_text, "ECF No.");

    // Without a docket only the style rule can speak.
    let bare = plead::engine::analyze(
        &text,
        Format::Plain,
        &Config::default(),
        &mut ParagraphCache::default(),
    );
    assert!(
        bare.findings.iter().all(|f| f.code == "record/style"),
        "{:?}",
        bare.findings
    );
}

#[test]
fn preferred_form_from_configuration_rewrites_the_others() {
    let text = "The motion (ECF No. 34) was denied. Dkt. 35. See also Docs. 30, 33.";
    let mut config = Config::default();
    config
        .record
        .preferred_form_by_court
        .insert("E.D. Cal.".into(), "Dkt.".into());
    let workspace = Workspace {
        docket: Some(Arc::new(docket())),
    };
    let a = analyze_in(
        text,
        Format::Plain,
        &config,
        &workspace,
        &mut ParagraphCache::default(),
    );
    let fixes: Vec<(&str, &str)> = findings(&a, "record/style")
        .iter()
        .map(|f| (covered(text, f), &*f.fixes[0].edits[0].new_text))
        .collect();
    assert_eq!(fixes, vec![("ECF No.", "Dkt."), ("Docs.", "Dkt.")]);
}

#[test]
fn caption_reference_is_a_record_cite() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ayobi-order.txt"),
    )
    .expect("seed order");
    let d = Arc::new(docket());
    let a = analyze_with_docket(&text, Format::Plain, &d);
    let world = World {
        config: &Config::default(),
        root: None,
        docket: Some(&d),
        library: None,
        others: &[],
    };
    let offset = at(&text, "[ECF No. 34]", 0, 9);
    let hover =
        ide::hover::hover(&world, &a, offset).expect("hover on the caption's record reference");
    assert!(
        hover
            .markdown
            .contains("MOTION to PRESERVE and PRODUCE EVIDENCE"),
        "{}",
        hover.markdown
    );
    assert!(
        a.findings.iter().all(|f| !f.code.starts_with("record/")),
        "the seed order's cite is valid: {:?}",
        a.findings
    );
}

#[test]
fn hover_shows_date_text_filer_and_attachments() {
    let text = draft();
    let d = Arc::new(docket());
    let a = analyze_with_docket(&text, Format::Plain, &d);
    let world = World {
        config: &Config::default(),
        root: Some(&fixtures()),
        docket: Some(&d),
        library: None,
        others: &[],
    };
    let h = ide::hover::hover(&world, &a, at(&text, "(ECF No. 34-1)", 0, 10)).expect("hover");
    for part in [
        "**ECF No. 34**",
        "filed 09/18/2018",
        "by Shajia Ayobi",
        "MOTION to PRESERVE",
        "attachment 1 — Exhibit A - Declaration of Shajia Ayobi",
        "# 2 Proof of Service",
    ] {
        assert!(h.markdown.contains(part), "{part:?} in {}", h.markdown);
    }
    assert_eq!(&text[h.span.start..h.span.end], "ECF No. 34-1");
    let unknown =
        ide::hover::hover(&world, &a, at(&text, "ECF No. 52", 0, 8)).expect("hover on unknown");
    assert!(
        unknown.markdown.contains("not on the docket"),
        "{}",
        unknown.markdown
    );
    assert!(ide::hover::hover(&world, &a, at(&text, "video", 0, 2)).is_none());
}

/// The line a `FilePage` target opens at, resolved as the server does: read the file,
/// find the page (the file's start when the page is not found).
fn page_line_of(root: &Path, target: &Target) -> u32 {
    let Target::FilePage { path, page, pins } = target else {
        panic!("not a page target: {target:?}")
    };
    let path = root.join(path);
    let text = std::fs::read_to_string(&path).expect("filed document");
    plead::record::pages::page_line(&text, &path.to_string_lossy(), *page, *pins).unwrap_or(0)
}

#[test]
fn definition_goes_to_the_document_page_and_the_docket_rows() {
    let text = draft();
    let d = Arc::new(docket());
    let a = analyze_with_docket(&text, Format::Plain, &d);
    let world = World {
        config: &Config::default(),
        root: Some(&fixtures()),
        docket: Some(&d),
        library: None,
        others: &[],
    };
    let targets = ide::definition::definition(&world, &a, at(&text, "ECF No. 35 at 2", 0, 8));
    let order = std::fs::read_to_string(
        fixtures().join("filings/ECF 35 - Order Denying Motion to Preserve.txt"),
    )
    .expect("order");
    let page_two = order
        .lines()
        .position(|l| l.contains("Pueblo of Laguna"))
        .expect("page 2 text") as u32;
    let Some(target @ Target::FilePage { path, .. }) = targets.first() else {
        panic!("{targets:?}")
    };
    assert!(path.ends_with("ECF 35 - Order Denying Motion to Preserve.txt"));
    let start_line = &page_line_of(&fixtures(), target);
    assert!(
        *start_line <= page_two && page_two - *start_line <= 2,
        "page 2 starts near line {page_two}, got {start_line}"
    );
    let rows: Vec<(String, u32)> = targets[1..]
        .iter()
        .filter_map(|t| match t {
            Target::FileLines {
                path, start_line, ..
            } => Some((
                path.file_name()?.to_string_lossy().into_owned(),
                *start_line,
            )),
            _ => None,
        })
        .collect();
    let line_of = |file: &str, needle: &str| {
        std::fs::read_to_string(fixtures().join(file))
            .expect("docket file")
            .lines()
            .position(|l| l.contains(needle))
            .expect("row") as u32
    };
    assert!(rows.contains(&(
        "Ayobi v. Adams - PACER docket report.html".into(),
        line_of("Ayobi v. Adams - PACER docket report.html", "03320115590")
    )));
    assert!(rows.contains(&("docket.csv".into(), line_of("docket.csv", "09/20/2018,35"))));
    assert!(rows.contains(&(
        "courtlistener-docket-316045.json".into(),
        line_of("courtlistener-docket-316045.json", "\"entry_number\": 35")
    )));

    // An attachment cite opens the attachment's file.
    let t = ide::definition::definition(&world, &a, at(&text, "ECF No. 34-1", 0, 9));
    assert!(
        matches!(t.first(), Some(Target::FileLines { path, start_line: 0, .. }) if path.ends_with("gov.uscourts.caed.316045.34.1.pdf")),
        "{t:?}"
    );
}

#[test]
fn completion_offers_entries_most_recent_first() {
    let d = Arc::new(docket());
    let text = "Plaintiff then filed her reply. (ECF No. ";
    let a = analyze_with_docket(text, Format::Plain, &d);
    let world = World {
        config: &Config::default(),
        root: None,
        docket: Some(&d),
        library: None,
        others: &[],
    };
    let items = ide::completion::completion(&world, &a, text.len());
    assert_eq!(items.len(), d.len());
    assert_eq!(items[0].insert_text, "37");
    assert!(
        items[0]
            .label
            .starts_with("37 — NOTICE of Change of Address"),
        "{}",
        items[0].label
    );
    assert_eq!(items[1].insert_text, "36");
    assert_eq!(items[0].replace.start, text.len());
    assert!(items.windows(2).all(|w| w[0].sort_text < w[1].sort_text));

    // Digits typed so far filter and are replaced.
    let text = "See Dkt. 3";
    let a = analyze_with_docket(text, Format::Plain, &d);
    let items = ide::completion::completion(&world, &a, text.len());
    assert!(items.iter().all(|i| i.insert_text.starts_with('3')));
    assert_eq!(items[0].insert_text, "37");
    assert_eq!((items[0].replace.start, items[0].replace.end), (9, 10));

    // Right after the prefix, with no space, the number comes with one.
    let text = "See Doc.";
    let a = analyze_with_docket(text, Format::Plain, &d);
    let items = ide::completion::completion(&world, &a, text.len());
    assert_eq!(items.first().map(|i| i.insert_text.as_str()), Some(" 37"));

    // Not after ordinary words.
    let text = "The motion was denied. ";
    let a = analyze_with_docket(text, Format::Plain, &d);
    assert!(ide::completion::completion(&world, &a, text.len()).is_empty());
}

#[test]
fn references_across_documents() {
    let text = draft();
    let d = Arc::new(docket());
    let a = analyze_with_docket(&text, Format::Plain, &d);
    let other_path = fixtures().join("drafts/declaration-draft.md");
    let other_text = std::fs::read_to_string(&other_path).expect("declaration");
    let other = analyze_with_docket(&other_text, Format::Markdown, &d);
    let others = [(other_path.clone(), &other)];
    let world = World {
        config: &Config::default(),
        root: Some(&fixtures()),
        docket: Some(&d),
        library: None,
        others: &others,
    };
    let refs = ide::references::references(&world, &a, at(&text, "(ECF No. 34.)", 0, 9));
    let here: Vec<&str> = refs
        .iter()
        .filter_map(|t| match t {
            Target::Here(s) => Some(&text[s.start..s.end]),
            _ => None,
        })
        .collect();
    assert_eq!(
        here,
        vec![
            "ECF No. 34",
            "ECF No. 34",
            "ECF No. 34-1",
            "ECF No. 34 at 3",
            "ECF No. 34-3"
        ]
    );
    let there: Vec<&str> = refs
        .iter()
        .filter_map(|t| match t {
            Target::FileSpan { path, span } if path == &other_path => {
                Some(&other_text[span.start..span.end])
            }
            _ => None,
        })
        .collect();
    assert_eq!(there, vec!["ECF No. 34", "ECF No. 34-1"]);
}

#[test]
fn record_cites_are_protected_and_public_for_the_citation_engine() {
    let text = "The declaration (ECF No. 34-1 at 2) is unsworn.";
    let a = plead::engine::analyze(
        text,
        Format::Plain,
        &Config::default(),
        &mut ParagraphCache::default(),
    );
    let facts = &a.paragraphs[0];
    let cites = facts
        .ext
        .get::<plead::record::ParagraphRecordCites>()
        .expect("record cites stored");
    assert_eq!(cites.0.len(), 1);
    let c = &cites.0[0];
    assert_eq!((c.entry(), c.entries[0].attachment), (34, Some(1)));
    assert_eq!(c.pin, Some(plead::record::Pin::Pages(vec![(2, 2)])));
    assert!(facts.is_protected(c.outer));
}

#[test]
fn hostile_docket_files_are_skipped_with_warnings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docket-hostile");
    let (docket, warnings) = index_workspace(&root, &Config::default());
    let warned = |name: &str| warnings.iter().any(|w| w.contains(name));
    for name in [
        "docket-truncated.html",
        "docket-broken.json",
        "bad-docket.csv",
        "docket-garbage.html",
    ] {
        assert!(warned(name), "a warning names {name}: {warnings:?}");
    }
    assert!(
        !warned("index.html") && !warned("package.json"),
        "unrelated files are skipped silently: {warnings:?}"
    );
    // Paths that leave the workspace are ignored; the entries themselves are kept.
    for n in [7, 8] {
        let e = docket.entry(n).expect("entry kept");
        assert!(
            e.document.is_none(),
            "entry {n} must not point outside the workspace: {:?}",
            e.document
        );
    }
    // Absurd numbers are dropped, the real row after them kept.
    assert!(docket.entry(12).is_some());
    assert!(docket.entries().all(|e| e.number <= 999_999));
}

#[test]
fn huge_files_and_symlinks_out_of_the_root_are_not_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let outside = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        outside.path().join("docket.csv"),
        "No.,Docket Text\n1,SECRET entry outside the workspace\n",
    )
    .expect("write");
    std::fs::write(root.join("docket.csv"), "No.,Docket Text\n2,Inside\n").expect("write");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path(), root.join("linked")).expect("symlink dir");
        std::os::unix::fs::symlink(
            outside.path().join("docket.csv"),
            root.join("other-docket.csv"),
        )
        .expect("symlink file");
    }
    let big = std::fs::File::create(root.join("big-docket.html")).expect("create");
    big.set_len(21 * 1024 * 1024).expect("sparse 21 MB file");
    let (docket, warnings) = index_workspace(root, &Config::default());
    assert_eq!(
        docket.entries().map(|e| e.number).collect::<Vec<_>>(),
        vec![2],
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("big-docket.html") && w.contains("larger than")),
        "{warnings:?}"
    );
}

#[test]
fn configured_docket_overrides_discovery() {
    let mut config = Config {
        docket: Some("courtlistener-docket-316045.json".into()),
        ..Config::default()
    };
    let (docket, warnings) = index_workspace(&fixtures(), &config);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        docket.entries().map(|e| e.number).collect::<Vec<_>>(),
        vec![1, 34, 35]
    );
    config.docket = Some("missing/docket.html".into());
    let (docket, warnings) = index_workspace(&fixtures(), &config);
    assert!(docket.is_empty());
    assert!(
        warnings.iter().any(|w| w.contains("missing/docket.html")),
        "{warnings:?}"
    );
}

#[test]
fn plead_check_finds_the_workspace_docket() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plead"))
        .args(["check", "--format", "json"])
        .arg(draft_path())
        .output()
        .expect("run plead");
    let stdout = String::from_utf8_lossy(&out.stdout);
    for code in [
        "record/unknown-entry",
        "record/unknown-attachment",
        "record/pin",
        "record/style",
    ] {
        assert!(stdout.contains(code), "{code} in {stdout}");
    }
    assert_eq!(
        out.status.code(),
        Some(0),
        "record findings are warnings: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn record_settings_load_from_plead_toml() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plead.toml");
    std::fs::write(
        &path,
        "[record]\npreferredFormByCourt = { \"Eastern District of California\" = \"ECF No.\", \"sdfl\" = \"D.E.\" }\npinPages = \"document\"\n",
    )
    .expect("write");
    let checked = plead::loader::config_file(&path).expect("valid plead.toml");
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let (config, warnings) = Config::from_layers(&[("plead.toml", checked.value)]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.record.pin_pages, plead::record::PinPages::Document);
    assert_eq!(
        config
            .record
            .preferred_form_by_court
            .get("sdfl")
            .map(String::as_str),
        Some("D.E.")
    );
}

#[test]
fn document_pagination_pins_follow_printed_page_numbers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    // An exhibit whose printed pages start at 10 (excerpted from a longer record).
    let exhibit = "EXCERPT OF DEPOSITION\n\nFirst page body.\n\n10\n\u{c}Second page body.\n\n11\n\u{c}Third page body.\n\n12\n";
    std::fs::write(root.join("ECF 40 - Deposition Excerpt.txt"), exhibit).expect("write");
    std::fs::write(
        root.join("docket.csv"),
        "No.,Docket Text\n40,EXHIBIT Deposition excerpt by Derral G. Adams.\n",
    )
    .expect("write");
    let (docket, warnings) = index_workspace(root, &Config::default());
    assert!(warnings.is_empty(), "{warnings:?}");
    let d = Arc::new(docket);
    let text = "He admitted it. (ECF No. 40 at 11.)";
    let a = analyze_with_docket(text, Format::Plain, &d);
    let line_of = |needle: &str| {
        exhibit
            .lines()
            .position(|l| l.contains(needle))
            .expect("line") as u32
    };
    let first_line = |config: &Config| match ide::definition::definition(
        &World {
            config,
            root: Some(root),
            docket: Some(&d),
            library: None,
            others: &[],
        },
        &a,
        text.find("40").expect("cite"),
    )
    .first()
    {
        Some(target @ Target::FilePage { .. }) => page_line_of(root, target),
        other => panic!("{other:?}"),
    };
    let mut config = Config::default();
    config.record.pin_pages = plead::record::PinPages::Document;
    assert_eq!(
        first_line(&config),
        line_of("Second page body"),
        "printed page 11 is the second page"
    );
    let mut ecf_config = Config::default();
    ecf_config.record.pin_pages = plead::record::PinPages::Ecf;
    let ecf = first_line(&ecf_config);
    assert!(
        ecf != line_of("Second page body"),
        "ECF pagination: the 11th page does not exist, so the file opens at its start"
    );
    assert_eq!(ecf, 0);
}

#[test]
fn page_pins_against_page_counts_by_pagination() {
    // Entry 35 (the order) has 2 pages; attachment 34-1 (a declaration) has 3.
    let text =
        "The order says so. (ECF No. 35 at 9.) So does the declaration. (ECF No. 34-1 at 5.)";
    let workspace = Workspace {
        docket: Some(Arc::new(docket())),
    };
    let pins = |pin_pages| {
        let mut config = Config::default();
        config.record.pin_pages = pin_pages;
        let a = analyze_in(
            text,
            Format::Plain,
            &config,
            &workspace,
            &mut ParagraphCache::default(),
        );
        findings(&a, "record/pin")
            .iter()
            .map(|f| f.message.to_string())
            .collect::<Vec<_>>()
    };
    let ecf = pins(plead::record::PinPages::Ecf);
    assert_eq!(ecf.len(), 2, "{ecf:?}");
    assert!(
        ecf[1].contains("Attachment 1 to entry 34 has 3 pages"),
        "{ecf:?}"
    );
    // Printed numbering: a filing's own pages are bounded by its page count, an
    // attachment's (an excerpt printed from page 80) are not.
    let printed = pins(plead::record::PinPages::Document);
    assert_eq!(
        printed,
        vec!["Entry 35 has 2 pages; page 9 is beyond its end".to_string()]
    );
    assert_eq!(
        Config::default().record.pin_pages,
        plead::record::PinPages::Document
    );
}

#[test]
fn ranges_report_the_missing_entries_and_hover_every_entry() {
    let text = "The briefing is complete. (ECF Nos. 36–38.)";
    let d = Arc::new(docket());
    let a = analyze_with_docket(text, Format::Plain, &d);
    let unknown = findings(&a, "record/unknown-entry");
    assert_eq!(unknown.len(), 1);
    assert_eq!(covered(text, unknown[0]), "36–38");
    assert!(
        unknown[0]
            .message
            .starts_with("Entry 38 is not on the docket"),
        "{}",
        unknown[0].message
    );
    let world = World {
        config: &Config::default(),
        root: None,
        docket: Some(&d),
        library: None,
        others: &[],
    };
    let h = ide::hover::hover(&world, &a, at(text, "36–38", 0, 1)).expect("hover on the range");
    assert!(
        h.markdown.contains("**ECF No. 36**") && h.markdown.contains("**ECF No. 37**"),
        "{}",
        h.markdown
    );
    assert!(
        h.markdown.contains("ECF No. 38** — not on the docket"),
        "{}",
        h.markdown
    );
}

#[test]
fn a_record_cite_found_by_the_record_engine_is_the_antecedent_of_a_following_id() {
    // The parenthesized form is recognized by the record engine; Id. refers to it.
    let text = "The parties met and conferred. (ECF No. 34 at 3.) The motion followed. Id. at 4.\n";
    let analysis = plead::engine::analyze(
        text,
        plead::document::Format::Plain,
        &plead::config::Config::default(),
        &mut plead::analysis::ParagraphCache::default(),
    );
    assert!(
        !analysis
            .findings
            .iter()
            .any(|f| f.code == "citation/id-antecedent"),
        "{:?}",
        analysis.findings
    );
}
