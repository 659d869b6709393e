//! Bad input for the authorities features: hostile workspaces (huge, binary,
//! malformed, hidden, vendored, cyclic) and every cursor offset of real
//! documents, including past the end. Clear warnings or nothing; never a panic or a hang.

use std::fs;
use std::path::Path;

use plead::analysis::{ParagraphCache, Span};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use plead::ide::authority as ide;
use plead::ide::World;

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

const NOTE: &[u8] =
    b"---\ncitation: Ashcroft v. Iqbal, 556 U.S. 662 (2009)\nholding: Plausibility.\n---\n";

#[test]
fn hostile_workspace_is_indexed_with_warnings_and_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "notes/iqbal.md", NOTE);
    // Skipped silently: hidden folders, vendored and build folders.
    write(root, ".git/notes/x.md", NOTE);
    write(root, "node_modules/pkg/x.md", NOTE);
    write(root, "target/debug/x.md", NOTE);
    // Skipped with a warning each.
    let mut huge = b"614 F.3d 7 (2010)\n\nA v. B\n\n".to_vec();
    huge.resize(6 * 1024 * 1024, b'a');
    write(root, "opinions/huge.txt", &huge);
    write(root, "export.json", b"\xff\xfe{\"type\": \"legal_case\"");
    write(root, "zotero.json", br#"{"type": "legal_case", "title": "#);
    write(
        root,
        "notes/bad.md",
        b"---\ncitation: 1 U.S. 1\nthis line has no colon\n---\n",
    );
    // Not library sources, no warning: other JSON, other Markdown, binary text files.
    write(root, "package.json", br#"{"name": "x"}"#);
    write(root, "README.md", b"# Readme\n");
    write(root, "scan.txt", &[0u8, 159, 146, 150]);
    // A YAML list in front matter is read, not rejected.
    write(root, "notes/list.md", b"---\ncitation: 42 U.S.C. \xc2\xa7 1983\nholding:\n  - Creates a cause of action.\n  - Not a source of rights.\n---\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(root, root.join("notes/loop")).unwrap();

    let (library, warnings) = plead::loader::library(root, &Config::default());
    let cites: Vec<&str> = library
        .entries
        .iter()
        .flat_map(|e| e.citations.iter().map(String::as_str))
        .collect();
    assert_eq!(cites, ["556 U.S. 662", "42 U.S.C. § 1983"], "{warnings:?}");
    let holding = library.entries[1].holding.as_deref();
    assert_eq!(
        holding,
        Some("Creates a cause of action. Not a source of rights.")
    );
    assert_eq!(warnings.len(), 4, "{warnings:#?}");
    for (file, why) in [
        ("huge.txt", "larger than 5 MB"),
        ("export.json", "not UTF-8"),
        ("zotero.json", "not valid JSON"),
        ("bad.md", "not `key: value`"),
    ] {
        assert!(
            warnings.iter().any(|w| w.contains(file) && w.contains(why)),
            "no warning for {file}: {warnings:#?}"
        );
    }
}

#[test]
fn missing_root_is_a_warning() {
    let (library, warnings) = plead::loader::library(
        Path::new("/nonexistent/plead/workspace"),
        &Config::default(),
    );
    assert!(library.is_empty());
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("cannot list folder"));
}

#[test]
fn every_offset_of_real_documents_is_safe() {
    let config = Config::default();
    let library = plead::loader::library(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/brief"),
        &config,
    )
    .0;
    let world = World {
        config: &config,
        root: None,
        docket: None,
        library: Some(&library),
        others: &[],
    };
    for (text, format) in [
        (include_str!("../fixtures/ayobi-order.txt"), Format::Plain),
        (include_str!("../fixtures/brief/brief.md"), Format::Markdown),
    ] {
        let a = analyze(text, format, &config, &mut ParagraphCache::default());
        let mut hovers = 0;
        for offset in 0..text.len() + 16 {
            if let Some(h) = ide::hover(&world, &a, offset) {
                assert!(h.span.end <= text.len() && h.span.start <= offset);
                hovers += 1;
            }
            let _ = ide::definition(&world, &a, offset);
            let _ = ide::references(&world, &a, offset);
            let _ = ide::completion(&world, &a, offset);
        }
        assert!(hovers > 100);
        let _ = ide::inlay_hints(&world, &a, Span::new(text.len() + 5, text.len() + 1));
        for (span, url) in ide::document_links(&a) {
            assert!(span.end <= text.len() && url.starts_with("https://www.courtlistener.com/c/"));
        }
    }
}

#[test]
fn documents_without_citations_have_nothing_to_show() {
    let config = Config::default();
    let text = "Nothing here cites anything.\n\nTABLE OF AUTHORITIES\n\nNor here.";
    let a = analyze(text, Format::Plain, &config, &mut ParagraphCache::default());
    let world = World {
        config: &config,
        root: None,
        docket: None,
        library: None,
        others: &[],
    };
    assert!(ide::hover(&world, &a, 3).is_none());
    assert!(plead::ide::symbols::toa_symbol(&a).is_none());
    let edits = plead::ide::toa::table_of_authorities_edit(&a, text).unwrap();
    assert!(
        edits[0].new_text.contains("No authorities cited"),
        "{edits:?}"
    );
}
