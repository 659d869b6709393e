//! Record citations through the LSP protocol, in process: the server indexes the
//! Ayobi v. Adams workspace (PACER report, RECAP JSON, docket.csv, filed documents),
//! then publishes record diagnostics and answers hover, definition, completion,
//! references and code actions; a new filed document refreshes the docket; a hostile
//! workspace is survived with warnings.

use crate::lsp_support;

use std::path::{Path, PathBuf};

use lsp_support::{file_uri, utf16_position, TestClient};
use serde_json::{json, Value};

/// A copy of a fixture workspace in a temporary folder (tests may add files to it).
fn workspace(fixture: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    copy_dir(&from, dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("fixture folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture");
        }
    }
}

/// A server whose workspace index of `root` is complete.
async fn indexed(root: &Path) -> TestClient {
    let client = TestClient::in_process();
    let caps = json!({"window": {"workDoneProgress": true}});
    client
        .initialize_with(caps, Some(root), json!({"debounceMs": 0}))
        .await;
    client
        .wait_for("workspace index", |n| {
            n["method"] == "$/progress" && n["params"]["value"]["kind"] == "end"
        })
        .await;
    client
}

struct Draft {
    uri: String,
    text: String,
}

async fn open_draft(client: &TestClient, root: &Path, rel: &str, language: &str) -> Draft {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).expect("draft");
    let uri = file_uri(&path);
    client.open(&uri, language, 1, &text).await;
    Draft { uri, text }
}

fn codes(notification: &Value) -> Vec<String> {
    notification["params"]["diagnostics"]
        .as_array()
        .map(|d| {
            d.iter()
                .filter_map(|x| x["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The diagnostics published for `uri` once the docket is known (record checks ran).
async fn record_diagnostics(client: &TestClient, uri: &str) -> Vec<Value> {
    let n = client
        .wait_for("record diagnostics", |n| {
            n["method"] == "textDocument/publishDiagnostics"
                && n["params"]["uri"] == uri
                && codes(n).iter().any(|c| c == "record/unknown-entry")
        })
        .await;
    n["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn position(d: &Draft, needle: &str, into: usize) -> Value {
    let offset = d
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in draft"))
        + into;
    utf16_position(&d.text, offset)
}

fn covered(d: &Draft, range: &Value) -> String {
    let start = lsp_support::utf16_offset(&d.text, &range["start"]);
    let end = lsp_support::utf16_offset(&d.text, &range["end"]);
    d.text[start..end].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_record_diagnostic_is_published_with_its_fix() {
    let dir = workspace("docket");
    let client = indexed(dir.path()).await;
    let draft = open_draft(
        &client,
        dir.path(),
        "drafts/status-report-draft.txt",
        "plaintext",
    )
    .await;
    let diagnostics = record_diagnostics(&client, &draft.uri).await;
    let record: Vec<(String, String)> = diagnostics
        .iter()
        .filter(|d| d["code"].as_str().is_some_and(|c| c.starts_with("record/")))
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_string(),
                covered(&draft, &d["range"]),
            )
        })
        .collect();
    assert_eq!(
        record,
        vec![
            ("record/style".to_string(), "Dkt.".to_string()),
            ("record/unknown-attachment".to_string(), "34-3".to_string()),
            ("record/unknown-entry".to_string(), "52".to_string()),
            ("record/pin".to_string(), "9".to_string()),
        ]
    );
    assert!(diagnostics.iter().all(|d| d["source"] == "plead"));

    // The style fix as a code action.
    let style = diagnostics
        .iter()
        .find(|d| d["code"] == "record/style")
        .expect("style diagnostic");
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": draft.uri}, "range": style["range"], "context": {"diagnostics": [style]}}),
        )
        .await
        .expect("code actions");
    let fix = actions
        .as_array()
        .and_then(|a| a.iter().find(|x| x["title"] == "Write “ECF No.”"))
        .unwrap_or_else(|| panic!("style fix in {actions}"));
    let edits = &fix["edit"]["changes"][&draft.uri];
    assert_eq!(edits[0]["newText"], "ECF No.");
    assert_eq!(covered(&draft, &edits[0]["range"]), "Dkt.");
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_definition_completion_and_references() {
    let dir = workspace("docket");
    let root = dir.path().canonicalize().expect("canonical root");
    let client = indexed(&root).await;
    let draft = open_draft(
        &client,
        &root,
        "drafts/status-report-draft.txt",
        "plaintext",
    )
    .await;
    let other = open_draft(&client, &root, "drafts/declaration-draft.md", "markdown").await;
    record_diagnostics(&client, &draft.uri).await;
    client.diagnostics(&other.uri, 1).await;

    // Hover.
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": draft.uri}, "position": position(&draft, "ECF No. 34-1", 9)}),
        )
        .await
        .expect("hover");
    let markdown = hover["contents"]["value"].as_str().unwrap_or("");
    for part in [
        "**ECF No. 34**",
        "filed 09/18/2018",
        "by Shajia Ayobi",
        "MOTION to PRESERVE",
        "Exhibit A - Declaration",
    ] {
        assert!(markdown.contains(part), "{part:?} in {markdown}");
    }
    assert_eq!(covered(&draft, &hover["range"]), "ECF No. 34-1");

    // Definition: the order's page 2 in the filed text document, and the rows in the three docket files.
    let locations = client
        .request(
            "textDocument/definition",
            json!({"textDocument": {"uri": draft.uri}, "position": position(&draft, "ECF No. 35 at 2", 8)}),
        )
        .await
        .expect("definition");
    let locations = locations.as_array().cloned().unwrap_or_default();
    let uris: Vec<String> = locations
        .iter()
        .filter_map(|l| l["uri"].as_str().map(str::to_string))
        .collect();
    let order = root.join("filings/ECF 35 - Order Denying Motion to Preserve.txt");
    assert_eq!(uris.first(), Some(&file_uri(&order)), "{uris:?}");
    let order_text = std::fs::read_to_string(&order).expect("order");
    let page_two = order_text
        .lines()
        .position(|l| l.contains("Pueblo of Laguna"))
        .expect("page 2") as u64;
    let line = locations[0]["range"]["start"]["line"].as_u64().unwrap_or(0);
    assert!(
        line <= page_two && page_two - line <= 2,
        "page 2 near line {page_two}, got {line}"
    );
    for file in [
        "Ayobi v. Adams - PACER docket report.html",
        "courtlistener-docket-316045.json",
        "docket.csv",
    ] {
        assert!(
            uris.contains(&file_uri(&root.join(file))),
            "{file} in {uris:?}"
        );
    }

    // References: this document and the other open one.
    let refs = client
        .request(
            "textDocument/references",
            json!({"textDocument": {"uri": draft.uri}, "position": position(&draft, "(ECF No. 34.)", 9), "context": {"includeDeclaration": true}}),
        )
        .await
        .expect("references");
    let refs = refs.as_array().cloned().unwrap_or_default();
    let here = refs
        .iter()
        .filter(|r| r["uri"] == draft.uri.as_str())
        .count();
    let there: Vec<String> = refs
        .iter()
        .filter(|r| r["uri"] == other.uri.as_str())
        .map(|r| covered(&other, &r["range"]))
        .collect();
    assert_eq!(here, 5, "{refs:?}");
    assert_eq!(there, vec!["ECF No. 34", "ECF No. 34-1"]);

    // Completion after `ECF No. `, typed at the end of the draft.
    let typed = format!("{}\nPlaintiff has since moved again. (ECF No. ", draft.text);
    let end = utf16_position(&typed, typed.len());
    let last_line = draft.text.lines().count() as u32;
    client
        .change(&draft.uri, 2, json!([{"range": {"start": {"line": last_line, "character": 0}, "end": {"line": last_line, "character": 0}}, "text": "\nPlaintiff has since moved again. (ECF No. "}]))
        .await;
    let items = client
        .request(
            "textDocument/completion",
            json!({"textDocument": {"uri": draft.uri}, "position": end}),
        )
        .await
        .expect("completion");
    let items = items
        .as_array()
        .cloned()
        .or_else(|| items["items"].as_array().cloned())
        .unwrap_or_default();
    assert!(!items.is_empty(), "completion items");
    let first = &items[0];
    assert!(
        first["label"]
            .as_str()
            .unwrap_or("")
            .starts_with("37 — NOTICE of Change of Address"),
        "{first}"
    );
    assert!(items.iter().any(|i| i["label"]
        .as_str()
        .unwrap_or("")
        .starts_with("34 — MOTION to PRESERVE")));
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_filed_document_refreshes_the_docket() {
    let dir = workspace("docket");
    let root = dir.path().canonicalize().expect("canonical root");
    let client = indexed(&root).await;
    let draft = open_draft(
        &client,
        &root,
        "drafts/status-report-draft.txt",
        "plaintext",
    )
    .await;
    record_diagnostics(&client, &draft.uri).await;
    let published = |c: &TestClient| {
        c.notifications("textDocument/publishDiagnostics")
            .into_iter()
            .filter(|n| n["params"]["uri"] == draft.uri.as_str())
            .collect::<Vec<_>>()
    };
    let before = published(&client).len();
    let new_file: PathBuf = root.join("filings/ECF 52 - Supplemental Declaration.txt");
    std::fs::write(
        &new_file,
        "SUPPLEMENTAL DECLARATION OF SHAJIA AYOBI\n\nI declare as follows.\n",
    )
    .expect("write");
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": file_uri(&new_file), "type": 1}]}),
        )
        .await;
    client
        .wait_until("diagnostics without the unknown entry", |c| {
            let all = published(c);
            all.len() > before
                && all
                    .last()
                    .is_some_and(|n| !codes(n).iter().any(|x| x == "record/unknown-entry"))
        })
        .await;
    let last = published(&client).pop().expect("published");
    assert!(
        codes(&last)
            .iter()
            .any(|c| c == "record/unknown-attachment"),
        "other record checks still run: {last}"
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_docket_files_are_reported_and_survived() {
    let dir = workspace("docket-hostile");
    let root = dir.path().canonicalize().expect("canonical root");
    let client = indexed(&root).await;
    let logs: Vec<String> = client
        .notifications("window/logMessage")
        .iter()
        .filter_map(|n| n["params"]["message"].as_str().map(str::to_string))
        .collect();
    for name in [
        "docket-truncated.html",
        "docket-broken.json",
        "bad-docket.csv",
        "docket-garbage.html",
    ] {
        assert!(
            logs.iter().any(|l| l.contains(name)),
            "a warning names {name}: {logs:?}"
        );
    }
    let path = root.join("brief.txt");
    let text = "Plaintiff relies on her earlier filing. (ECF No. 12.) See also ECF No. 13.";
    let uri = file_uri(&path);
    client.open(&uri, "plaintext", 1, text).await;
    let n = client
        .wait_for("diagnostics with the docket", |n| {
            n["method"] == "textDocument/publishDiagnostics"
                && n["params"]["uri"] == uri.as_str()
                && codes(n).iter().any(|c| c == "record/unknown-entry")
        })
        .await;
    assert_eq!(
        codes(&n)
            .iter()
            .filter(|c| *c == "record/unknown-entry")
            .count(),
        1,
        "12 is on the docket, 13 is not: {n}"
    );
    let hover = client
        .request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": utf16_position(text, text.find("12").unwrap_or(0))}))
        .await
        .expect("hover");
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .contains("A real entry after the bad one"),
        "{hover}"
    );
    client.shutdown_and_exit().await;
}

/// A workspace holding three real cases (a Delaware bankruptcy docket with a filed
/// PDF, a New Jersey claims register, a Court of International Trade docket): each
/// draft's cites are checked against its own case, claims against the register, and
/// a draft that names no case is checked against none (no false alarm).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bankruptcy_claims_and_several_cases() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().canonicalize().expect("canonical root");
    let pacer = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pacer");
    for (from, to) in [
        ("tuning/bankruptcy/deb_10.html", "bk/deb_10.html"),
        ("claims/njb.html", "mer/claims-register.html"),
        ("tuning/district-special/cit.html", "cit/cit.html"),
    ] {
        let target = root.join(to);
        std::fs::create_dir_all(target.parent().expect("folder")).expect("mkdir");
        std::fs::copy(pacer.join(from), target).expect("copy");
    }
    std::fs::write(root.join("bk/ECF 45.pdf"), b"%PDF-1.4\n").expect("pdf");
    let client = indexed(&root).await;

    // The bankruptcy case's own draft.
    let text = "UNITED STATES BANKRUPTCY COURT\nDISTRICT OF DELAWARE\n\nIn re Millennium Cell Inc.\nCase No. 09-11139 (CSS)\n\nThe certificate (Doc. No. 45) and the notice (Dkt. #3) were filed; see Doc. No. 9999.\n";
    let path = root.join("bk/brief.txt");
    let uri = file_uri(&path);
    client.open(&uri, "plaintext", 1, text).await;
    let diags = record_diagnostics(&client, &uri).await;
    let unknown: Vec<&Value> = diags
        .iter()
        .filter(|d| d["code"] == "record/unknown-entry")
        .collect();
    assert_eq!(unknown.len(), 1, "only 9999 is missing: {diags:?}");
    assert!(unknown[0]["message"]
        .as_str()
        .unwrap_or("")
        .contains("9999"));
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": utf16_position(text, text.find("45)").unwrap_or(0))}),
        )
        .await
        .expect("hover");
    let shown = hover["contents"]["value"].as_str().unwrap_or("");
    assert!(
        shown.contains("Certificate of No Objection to Application to Employ"),
        "{hover}"
    );
    let definition = client
        .request(
            "textDocument/definition",
            json!({"textDocument": {"uri": uri}, "position": utf16_position(text, text.find("45)").unwrap_or(0))}),
        )
        .await
        .expect("definition");
    let first = definition
        .as_array()
        .and_then(|a| a.first())
        .map_or(&definition, |f| f);
    assert!(
        first["uri"]
            .as_str()
            .unwrap_or("")
            .ends_with("ECF%2045.pdf")
            || first["uri"].as_str().unwrap_or("").ends_with("ECF 45.pdf"),
        "the filed PDF opens first: {definition}"
    );
    assert!(
        shown.contains("**File:**") && shown.contains("ECF 45.pdf"),
        "{shown}"
    );
    assert!(
        shown.contains("[Open on PACER](https://ecf.deb.uscourts.gov/"),
        "{shown}"
    );

    // The claims register's case: claims are checked and shown.
    let text = "In re MER Group Puerto Rico LLC, Case No. 19-18995-VFP.\n\nSmith Maritime filed Claim No. 1; no one filed Claim No. 999.\n";
    let uri = file_uri(&root.join("mer/objection.txt"));
    client.open(&uri, "plaintext", 1, text).await;
    let diags = record_diagnostics(&client, &uri).await;
    let messages: Vec<&str> = diags
        .iter()
        .filter(|d| d["code"] == "record/unknown-entry")
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert_eq!(messages.len(), 1, "{diags:?}");
    assert!(messages[0].contains("Claim 999"), "{messages:?}");
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": utf16_position(text, text.find("No. 1;").unwrap_or(0) + 4)}),
        )
        .await
        .expect("hover");
    let shown = hover["contents"]["value"].as_str().unwrap_or("");
    assert!(
        shown.contains("Smith Maritime") && shown.contains("$45000.00"),
        "{hover}"
    );

    // No caption: three cases could hold entry 3, so nothing is flagged, and the
    // hover shows the entry of each.
    let text = "The statement (ECF No. 3) and the plan (ECF No. 77777) are discussed below.\n";
    let uri = file_uri(&root.join("notes.txt"));
    client.open(&uri, "plaintext", 1, text).await;
    let n = client
        .wait_for("diagnostics of the uncaptioned draft", |n| {
            n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri.as_str()
        })
        .await;
    assert!(
        !codes(&n).iter().any(|c| c == "record/unknown-entry"),
        "no docket is surely this draft's: {n}"
    );
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": utf16_position(text, text.find("3)").unwrap_or(0))}),
        )
        .await
        .expect("hover");
    let shown = hover["contents"]["value"].as_str().unwrap_or("");
    assert!(
        shown.contains("Meeting of Creditors") && shown.contains("Form 13 Corporate Disclosure"),
        "{hover}"
    );
    client.shutdown_and_exit().await;
}
