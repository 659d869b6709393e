//! Editor features through the protocol on real findings: quick fixes applied and
//! re-checked, exact UTF-16 ranges after emoji and `§`, dictionary commands, and the
//! workspace features (docket, authority library, table of authorities).

use crate::lsp_support;

use std::path::{Path, PathBuf};

use lsp_support::{
    apply_workspace_edit, expected_diagnostics, file_uri, seed, summarize, text_at, utf16_position,
    TestClient,
};
use serde_json::{json, Value};

const URI: &str = "file:///brief/order.txt";

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

async fn code_actions(client: &TestClient, uri: &str, diagnostic: &Value) -> Vec<Value> {
    let params = json!({
        "textDocument": {"uri": uri},
        "range": diagnostic["range"],
        "context": {"diagnostics": [diagnostic]},
    });
    client
        .request("textDocument/codeAction", params)
        .await
        .unwrap()
        .as_array()
        .cloned()
        .unwrap()
}

fn titled<'a>(actions: &'a [Value], prefix: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"].as_str().unwrap().starts_with(prefix))
        .unwrap_or_else(|| panic!("no action “{prefix}…” in {actions:#?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_fix_round_trip_on_the_seed() {
    let client = TestClient::in_process();
    client.initialize().await;
    let mut model = seed();
    client.open(URI, "plaintext", 1, &model).await;
    let diagnostics = client.diagnostics(URI, 1).await;
    let reporter: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["code"] == "citation/reporter-form")
        .collect();
    assert_eq!(reporter.len(), 2, "{diagnostics:#?}");
    assert_eq!(text_at(&model, &reporter[0]["range"]), "F.Supp.2d");

    let actions = code_actions(&client, URI, reporter[0]).await;
    let fix = titled(&actions, "Replace with “F. Supp. 2d”");
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["isPreferred"], true);
    assert_eq!(fix["diagnostics"][0]["code"], "citation/reporter-form");
    let fix_all = titled(&actions, "Fix all citation/reporter-form");
    assert!(fix_all.get("isPreferred").is_none() || fix_all["isPreferred"] == false);

    // Apply the single fix as an editor would, as an incremental change.
    let changes = apply_workspace_edit(&mut model, &fix["edit"], URI);
    client.change(URI, 2, Value::Array(changes)).await;
    let after_one = client.diagnostics(URI, 2).await;
    assert_eq!(
        summarize(&after_one),
        expected_diagnostics(&model, "order.txt")
    );
    assert_eq!(
        codes(&after_one)
            .iter()
            .filter(|c| *c == "citation/reporter-form")
            .count(),
        1
    );

    // The remaining one through "fix all".
    let rest = after_one
        .iter()
        .find(|d| d["code"] == "citation/reporter-form")
        .unwrap();
    let actions = code_actions(&client, URI, rest).await;
    let fix = titled(&actions, "Replace with “F. Supp. 2d”");
    let changes = apply_workspace_edit(&mut model, &fix["edit"], URI);
    client.change(URI, 3, Value::Array(changes)).await;
    let after_all = client.diagnostics(URI, 3).await;
    assert!(
        !codes(&after_all).contains(&"citation/reporter-form".to_string()),
        "{after_all:#?}"
    );
    assert_eq!(
        summarize(&after_all),
        expected_diagnostics(&model, "order.txt")
    );
    assert!(model.contains("673 F. Supp. 2d 1063") && model.contains("F. Supp. 2d at 1072"));
    assert_eq!(client.document_text(URI).await.unwrap().1, model);
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fix_all_applies_every_preferred_fix_of_the_rule() {
    let client = TestClient::in_process();
    client.initialize().await;
    let mut model = seed();
    client.open(URI, "plaintext", 1, &model).await;
    let diagnostics = client.diagnostics(URI, 1).await;
    let first = diagnostics
        .iter()
        .find(|d| d["code"] == "citation/reporter-form")
        .unwrap();
    let actions = code_actions(&client, URI, first).await;
    let fix_all = titled(
        &actions,
        "Fix all citation/reporter-form in this document (2)",
    );
    assert_eq!(fix_all["diagnostics"].as_array().unwrap().len(), 2);
    let changes = apply_workspace_edit(&mut model, &fix_all["edit"], URI);
    assert_eq!(changes.len(), 2);
    client.change(URI, 2, Value::Array(changes)).await;
    let after = client.diagnostics(URI, 2).await;
    assert!(!codes(&after).contains(&"citation/reporter-form".to_string()));
    assert_eq!(summarize(&after), expected_diagnostics(&model, "order.txt"));
    client.shutdown_and_exit().await;
}

/// A citation preceded by `§`, an emoji (a surrogate pair in UTF-16), a ZWJ sequence,
/// accented letters and CRLF line ends.
const TRICKY: &str = "Under 42 U.S.C. § 1983 😀 the café’s claim\r\n👩‍⚖️ fails. See American LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063, 1071 (C.D. Cal. 2009).\r\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finding_ranges_are_exact_after_emoji_and_section_sign_in_every_encoding() {
    let start = TRICKY.find("F.Supp.2d").unwrap();
    let line_start = TRICKY.find("👩").unwrap();
    let prefix = &TRICKY[line_start..start];
    for (encoding, column) in [
        ("utf-16", prefix.encode_utf16().count()),
        ("utf-8", prefix.len()),
        ("utf-32", prefix.chars().count()),
    ] {
        let client = TestClient::in_process();
        let caps = json!({"general": {"positionEncodings": [encoding]}});
        let init = client
            .initialize_with(caps, None, json!({"debounceMs": 0}))
            .await;
        assert_eq!(init["capabilities"]["positionEncoding"], encoding);
        client.open(URI, "plaintext", 1, TRICKY).await;
        let diagnostics = client.diagnostics(URI, 1).await;
        let d = diagnostics
            .iter()
            .find(|d| d["code"] == "citation/reporter-form")
            .unwrap_or_else(|| panic!("{diagnostics:#?}"));
        let width = "F.Supp.2d".len(); // ASCII: the same number of units in every encoding
        assert_eq!(
            d["range"],
            json!({"start": {"line": 1, "character": column}, "end": {"line": 1, "character": column + width}}),
            "{encoding}"
        );
        if encoding == "utf-16" {
            assert_eq!(d["range"]["start"], utf16_position(TRICKY, start));
            // Apply the quick fix; the text after it must be exactly right.
            let actions = code_actions(&client, URI, d).await;
            let fix = titled(&actions, "Replace with “F. Supp. 2d”");
            let mut model = TRICKY.to_string();
            let changes = apply_workspace_edit(&mut model, &fix["edit"], URI);
            client.change(URI, 2, Value::Array(changes)).await;
            assert!(model
                .contains("👩‍⚖️ fails. See American LegalNet, Inc. v. Davis, 673 F. Supp. 2d 1063"));
            let after = client.diagnostics(URI, 2).await;
            assert!(!codes(&after).contains(&"citation/reporter-form".to_string()));
            assert_eq!(client.document_text(URI).await.unwrap().1, model);
        }
        client.shutdown_and_exit().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignore_word_withdraws_the_misspelling_in_that_document_only() {
    let client = TestClient::in_process();
    client.initialize().await;
    let text = "The plaintif will receive the documents.\n";
    let other = "file:///brief/other.txt";
    client.open(URI, "plaintext", 1, text).await;
    client.open(other, "plaintext", 1, text).await;
    let diagnostics = client.diagnostics(URI, 1).await;
    let miss = diagnostics
        .iter()
        .find(|d| d["code"] == "typo/misspelling")
        .unwrap();
    assert_eq!(text_at(text, &miss["range"]), "plaintif");
    let actions = code_actions(&client, URI, miss).await;
    let fix = titled(&actions, "Replace with “plaintiff”");
    assert_eq!(fix["kind"], "quickfix");
    let ignore = titled(&actions, "Ignore “plaintif”");
    let add = titled(&actions, "Add “plaintif”");
    assert_eq!(add["command"]["command"], "plead.addWord");
    assert_eq!(ignore["command"]["command"], "plead.ignoreWord");
    assert!(ignore.get("edit").is_none());

    // Run the command exactly as the action describes it.
    let command = &ignore["command"];
    let r = client
        .request(
            "workspace/executeCommand",
            json!({"command": command["command"], "arguments": command["arguments"]}),
        )
        .await;
    assert_eq!(r, Ok(Value::Null));
    client
        .diagnostics_where(URI, "diagnostics without the ignored word", |d| {
            d.iter().all(|d| d["code"] != "typo/misspelling")
        })
        .await;
    // The other document still reports it.
    let other_diagnostics = client.diagnostics(other, 1).await;
    assert!(codes(&other_diagnostics).contains(&"typo/misspelling".to_string()));
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn add_word_reloads_the_dictionary_and_rechecks_open_documents() {
    let dir = tempfile::tempdir().unwrap();
    let client = TestClient::in_process();
    client
        .initialize_with(json!({}), Some(dir.path()), json!({"debounceMs": 0}))
        .await;
    let uri = file_uri(&dir.path().join("motion.txt"));
    client
        .open(&uri, "plaintext", 1, "The plaintif moved to compel.\n")
        .await;
    let diagnostics = client.diagnostics(&uri, 1).await;
    let miss = diagnostics
        .iter()
        .find(|d| d["code"] == "typo/misspelling")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    let add = titled(&code_actions(&client, &uri, miss).await, "Add “plaintif”").clone();
    let r = client
        .request(
            "workspace/executeCommand",
            json!({"command": add["command"]["command"], "arguments": add["command"]["arguments"]}),
        )
        .await;
    assert_eq!(r, Ok(Value::Null));
    let toml = std::fs::read_to_string(dir.path().join("plead.toml")).unwrap();
    assert!(toml.contains("\"plaintif\""), "{toml}");
    client
        .diagnostics_where(&uri, "diagnostics after adding the word", |d| {
            d.iter().all(|d| d["code"] != "typo/misspelling")
        })
        .await;
    client.shutdown_and_exit().await;
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// A client in the given workspace folder, after the workspace index has finished.
async fn in_workspace(root: &Path) -> TestClient {
    let client = TestClient::in_process();
    let caps = json!({"window": {"workDoneProgress": true}});
    client
        .initialize_with(caps, Some(root), json!({"debounceMs": 0}))
        .await;
    client
        .wait_for("index end", |n| {
            n["method"] == "$/progress" && n["params"]["value"]["kind"] == "end"
        })
        .await;
    client
}

fn position_of(text: &str, needle: &str) -> Value {
    utf16_position(
        text,
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in text")),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn record_cites_use_the_indexed_docket() {
    let root = fixture("docket");
    let client = in_workspace(&root).await;
    let end = client
        .notifications("$/progress")
        .into_iter()
        .find(|n| n["params"]["value"]["kind"] == "end")
        .unwrap();
    assert!(
        end["params"]["value"]["message"]
            .as_str()
            .unwrap()
            .contains("docket entries"),
        "{end}"
    );
    let path = root.join("drafts/status-report-draft.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let uri = file_uri(&path);
    client.open(&uri, "plaintext", 1, &text).await;

    // ECF No. 52 is not on the docket: only known because the docket reached the analysis.
    let diagnostics = client.diagnostics(&uri, 1).await;
    let unknown = diagnostics
        .iter()
        .find(|d| d["code"] == "record/unknown-entry")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert!(
        text_at(&text, &unknown["range"]).contains("52"),
        "{unknown}"
    );

    let at = position_of(&text, "ECF No. 35 at 2");
    let pos = json!({"line": at["line"], "character": at["character"].as_u64().unwrap() + 4});
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": pos}),
        )
        .await
        .unwrap();
    let markdown = hover["contents"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("{hover}"));
    assert!(markdown.contains("35"), "{markdown}");
    assert!(
        text_at(&text, &hover["range"]).contains("ECF No. 35"),
        "{hover}"
    );

    let definition = client
        .request(
            "textDocument/definition",
            json!({"textDocument": {"uri": uri}, "position": pos}),
        )
        .await
        .unwrap();
    let targets = definition
        .as_array()
        .unwrap_or_else(|| panic!("{definition}"));
    assert!(
        targets
            .iter()
            .any(|t| t["uri"].as_str().unwrap().contains("ECF%2035")),
        "the order's text file is a target: {definition:#}"
    );

    let references = client
        .request(
            "textDocument/references",
            json!({"textDocument": {"uri": uri}, "position": pos, "context": {"includeDeclaration": true}}),
        )
        .await
        .unwrap();
    let here: Vec<&str> = references
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["uri"] == uri.as_str())
        .map(|l| text_at(&text, &l["range"]))
        .collect();
    assert!(
        here.len() >= 2 && here.iter().all(|t| t.contains("35")),
        "{here:?}"
    );

    // Completion after a record-cite prefix offers the docket's entries.
    let mut typed = text.clone();
    typed.push_str("See ECF No. ");
    client.change(&uri, 2, json!([{"text": typed}])).await;
    let end = utf16_position(&typed, typed.len());
    let completion = client
        .request(
            "textDocument/completion",
            json!({"textDocument": {"uri": uri}, "position": end}),
        )
        .await
        .unwrap();
    let labels: Vec<&str> = completion
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert!(labels.iter().any(|l| l.starts_with("34")), "{labels:?}");
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn table_of_authorities_is_returned_or_applied() {
    let root = fixture("brief");
    let path = root.join("brief.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let uri = file_uri(&path);

    // A client that cannot apply edits gets the WorkspaceEdit back.
    let client = in_workspace(&root).await;
    client.open(&uri, "markdown", 1, &text).await;
    let edit = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.tableOfAuthorities", "arguments": [uri]}),
        )
        .await
        .unwrap();
    let mut model = text.clone();
    apply_workspace_edit(&mut model, &edit, &uri);
    let toa = &model
        [model.find("## TABLE OF AUTHORITIES").unwrap()..model.find("## INTRODUCTION").unwrap()];
    assert!(
        toa.contains("Ashcroft v. Iqbal") && toa.contains("42 U.S.C. § 1983"),
        "{toa}"
    );
    client.shutdown_and_exit().await;

    // A client that supports workspace/applyEdit gets it applied.
    let client = TestClient::in_process();
    let caps = json!({"workspace": {"applyEdit": true}});
    client
        .initialize_with(caps, Some(&root), json!({"debounceMs": 0}))
        .await;
    client.open(&uri, "markdown", 1, &text).await;
    let r = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.tableOfAuthorities", "arguments": [uri]}),
        )
        .await;
    assert_eq!(r, Ok(Value::Null));
    let applied = client.server_requests("workspace/applyEdit");
    assert_eq!(applied.len(), 1);
    let mut via_apply = text.clone();
    apply_workspace_edit(&mut via_apply, &applied[0]["params"]["edit"], &uri);
    assert_eq!(via_apply, model);

    // Without a heading there is nothing to fill: a clear error.
    let bare = "file:///brief/bare.md";
    client
        .open(
            bare,
            "markdown",
            1,
            "# Argument\n\nSee *Iqbal*, 556 U.S. 662 (2009).\n",
        )
        .await;
    let err = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.tableOfAuthorities", "arguments": [bare]}),
        )
        .await
        .unwrap_err();
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("TABLE OF AUTHORITIES"),
        "{err}"
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authorities_hover_inlay_hints_and_links_on_the_brief() {
    let root = fixture("brief");
    let path = root.join("brief.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let uri = file_uri(&path);
    let client = in_workspace(&root).await;
    client.open(&uri, "markdown", 1, &text).await;

    let pos = position_of(&text, "Ashcroft v. Iqbal");
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": pos}),
        )
        .await
        .unwrap();
    let markdown = hover["contents"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("{hover}"));
    assert!(markdown.contains("Iqbal"), "{markdown}");

    let lines = text.lines().count() as u32;
    let hints = client
        .request(
            "textDocument/inlayHint",
            json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": lines, "character": 0}}}),
        )
        .await
        .unwrap();
    let first = &hints.as_array().unwrap_or_else(|| panic!("{hints}"))[0];
    let label = first["label"].as_str().unwrap();
    assert!(
        label.contains("Iqbal"),
        "the first *Id.* refers to Iqbal: {first}"
    );
    // The hint sits right after that `Id.`.
    let first_id = text.find("*Id.*").unwrap();
    let hint_offset = lsp_support::utf16_offset(&text, &first["position"]);
    assert!(
        (first_id..=first_id + "*Id.*".len()).contains(&hint_offset),
        "{first}"
    );

    let links = client
        .request(
            "textDocument/documentLink",
            json!({"textDocument": {"uri": uri}}),
        )
        .await
        .unwrap();
    let link = links
        .as_array()
        .unwrap()
        .iter()
        .find(|l| text_at(&text, &l["range"]) == "556 U.S. 662")
        .unwrap_or_else(|| panic!("{links:#}"));
    assert!(
        link["target"].as_str().unwrap().contains("/556/662/"),
        "{link}"
    );

    // Inlay hints can be switched off; the settings are in force once the server has
    // re-analyzed (and republished) the open document.
    let published = |c: &TestClient| {
        c.notifications("textDocument/publishDiagnostics")
            .iter()
            .filter(|n| n["params"]["uri"] == uri.as_str())
            .count()
    };
    let before = published(&client);
    let settings = json!({"settings": {"plead": {"authorities": {"inlayHints": false}}}});
    client
        .notify("workspace/didChangeConfiguration", settings)
        .await;
    client
        .wait_until("republished diagnostics", |c| published(c) > before)
        .await;
    let off = client
        .request(
            "textDocument/inlayHint",
            json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": lines, "character": 0}}}),
        )
        .await
        .unwrap();
    assert_eq!(off, json!([]));
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workspace_symbols_find_authorities_in_the_library_and_open_documents() {
    let root = fixture("brief");
    let seed_path = fixture("ayobi-order.txt");
    let seed = std::fs::read_to_string(&seed_path).unwrap();
    let client = in_workspace(&root).await;
    client
        .open(&file_uri(&seed_path), "plaintext", 1, &seed)
        .await;
    client.diagnostics(&file_uri(&seed_path), 1).await;

    // From the library (the notes folder has Leon v. IDX).
    let found = client
        .request("workspace/symbol", json!({"query": "Leon"}))
        .await
        .unwrap();
    let found = found.as_array().unwrap_or_else(|| panic!("{found}"));
    assert!(
        found
            .iter()
            .any(|s| s["location"]["uri"].as_str().unwrap().contains("/notes/")),
        "{found:?}"
    );
    // From the open seed order: its full citation of American LegalNet.
    let found = client
        .request("workspace/symbol", json!({"query": "LegalNet"}))
        .await
        .unwrap();
    let hit = found
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["location"]["uri"] == file_uri(&seed_path))
        .unwrap_or_else(|| panic!("{found}"));
    assert!(hit["name"].as_str().unwrap().contains("LegalNet"), "{hit}");
    assert_eq!(hit["location"]["range"]["start"]["line"], 25);
}
