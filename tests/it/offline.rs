//! With default settings plead opens no network connection: the whole
//! authorities path (indexing the workspace library, analysis, hover,
//! definition, references, completion, inlay hints, links, symbols, the table,
//! and the online enrichment step) runs without creating a single socket.
//! Other tests of this binary open sockets in parallel threads, so the check runs in a
//! child process of its own: the test binary re-run with only this test.

use std::path::Path;

use plead::analysis::{ParagraphCache, Span};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use plead::ide::authority as ide;
use plead::ide::World;
use plead::loader::courtlistener::{enrich, HttpTransport};

/// Open sockets of this process (Linux: `/proc/self/fd` links to `socket:[…]`).
fn sockets() -> usize {
    std::fs::read_dir("/proc/self/fd")
        .map(|d| {
            d.flatten()
                .filter(|e| {
                    std::fs::read_link(e.path())
                        .is_ok_and(|t| t.to_string_lossy().starts_with("socket:"))
                })
                .count()
        })
        .unwrap_or(0)
}

/// Set in the child process that runs the check alone.
const CHILD: &str = "PLEAD_OFFLINE_CHILD";

#[test]
fn default_settings_open_no_socket() {
    if std::env::var_os(CHILD).is_none() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "offline::default_settings_open_no_socket",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && report.contains("1 passed"),
            "the check failed in its own process:\n{report}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        return;
    }
    let before = sockets();
    let config = Config::default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/brief");
    let (mut library, _) = plead::loader::library(&root, &config);
    let text = std::fs::read_to_string(root.join("brief.md")).unwrap();
    let analysis = analyze(
        &text,
        Format::Markdown,
        &config,
        &mut ParagraphCache::default(),
    );
    let cites: Vec<String> = plead::citations::Authorities::of(&analysis)
        .unwrap()
        .authorities
        .iter()
        .flat_map(|a| a.reporter_cites.clone())
        .collect();
    assert!(cites.len() > 20);
    let warnings = enrich(&mut library, &cites, &config.authorities, &HttpTransport);
    assert!(warnings.is_empty());
    let world = World {
        config: &config,
        root: Some(&root),
        docket: None,
        library: Some(&library),
        others: &[],
    };
    let mut hovers = 0;
    for offset in (0..text.len()).step_by(97) {
        hovers += ide::hover(&world, &analysis, offset).is_some() as usize;
        let _ = ide::definition(&world, &analysis, offset);
        let _ = ide::references(&world, &analysis, offset);
        let _ = ide::completion(&world, &analysis, offset);
    }
    assert!(hovers > 20);
    let _ = ide::inlay_hints(&world, &analysis, Span::new(0, text.len()));
    let _ = ide::document_links(&analysis);
    let _ = plead::ide::symbols::workspace_symbols(&world, "");
    let _ = plead::ide::toa::table_of_authorities_edit(&analysis, &text);
    assert_eq!(
        sockets(),
        before,
        "a socket was opened with default settings"
    );
    // The check itself works: a socket is seen when one is opened.
    let probe = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    assert_eq!(sockets(), before + 1);
    drop(probe);
}
