//! The LSP server driven through the protocol, as an editor drives it: document sync,
//! position encodings, robustness against bad edits, symbols, settings, commands.

use crate::lsp_support;

use lsp_support::{
    apply_utf16_edit, expected_diagnostics, file_uri, seed, summarize, utf16_offset,
    utf16_position, TestClient,
};
use serde_json::{json, Value};

const URI: &str = "file:///brief/order.txt";

fn edit(range: Value, text: &str) -> Value {
    json!({"range": range, "text": text})
}

fn range(l1: u32, c1: u32, l2: u32, c2: u32) -> Value {
    json!({"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn negotiates_position_encoding_and_announces_capabilities() {
    let cases = [
        (json!(["utf-16", "utf-32", "utf-8"]), "utf-8"),
        (json!(["utf-16", "utf-32"]), "utf-32"),
        (json!(["utf-16"]), "utf-16"),
        (Value::Null, "utf-16"),
    ];
    for (offered, chosen) in cases {
        let client = TestClient::in_process();
        let caps = if offered.is_null() {
            json!({})
        } else {
            json!({"general": {"positionEncodings": offered}})
        };
        let result = client.initialize_with(caps, None, json!({})).await;
        let c = &result["capabilities"];
        assert_eq!(c["positionEncoding"], chosen, "offered {offered}");
        assert_eq!(c["textDocumentSync"]["change"], 2, "incremental sync");
        assert_eq!(c["textDocumentSync"]["openClose"], true);
        assert_eq!(
            c["completionProvider"]["triggerCharacters"],
            json!([" ", "."])
        );
        let commands = c["executeCommandProvider"]["commands"].as_array().unwrap();
        for name in [
            "plead.addWord",
            "plead.ignoreWord",
            "plead.tableOfAuthorities",
        ] {
            assert!(commands.contains(&json!(name)), "{name} announced");
        }
        assert_eq!(result["serverInfo"]["name"], "plead");
        client.shutdown_and_exit().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_publishes_the_diagnostics_of_a_full_analysis() {
    let client = TestClient::in_process();
    client.initialize().await;
    let text = seed();
    client.open(URI, "plaintext", 1, &text).await;
    let published = client.diagnostics(URI, 1).await;
    assert_eq!(
        summarize(&published),
        expected_diagnostics(&text, "order.txt")
    );
    for d in &published {
        assert_eq!(d["source"], "plead");
        assert!(d["codeDescription"]["href"].as_str().unwrap().contains('#'));
    }
    let (version, server_text) = client.document_text(URI).await.unwrap();
    assert_eq!((version, server_text), (1, text));
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incremental_edits_with_multibyte_text_and_crlf_in_utf16() {
    let client = TestClient::in_process();
    client.initialize().await;
    let mut model =
        "Under 28 U.S.C. § 1915(e)(2), the court 😀 screens.\r\nSecond line é.\r\nThird"
            .to_string();
    client.open(URI, "plaintext", 1, &model).await;
    // Each edit in UTF-16 positions: after the emoji (2 code units), across a CRLF, at the end.
    let edits = [
        (range(0, 42, 0, 42), "really "),
        (range(0, 17, 0, 18), "§§"),
        (range(0, 44, 1, 6), " joined"),
        (range(1, 0, 1, 0), "Ünïcode 👩‍⚖️ "),
        (range(2, 0, 2, 0), "tail\r\n"),
    ];
    for (version, (r, new_text)) in edits.iter().enumerate() {
        let version = version as i32 + 2;
        apply_utf16_edit(&mut model, r, new_text);
        client
            .change(URI, version, json!([edit(r.clone(), new_text)]))
            .await;
        let (v, server_text) = client.document_text(URI).await.unwrap();
        assert_eq!(v, version as i64);
        assert_eq!(server_text, model, "after edit {r} → {new_text:?}");
    }
    assert!(model.starts_with("Under 28 U.S.C. §§§1915(e)(2), the court 😀r joined line é.\r\nÜnïcode 👩‍⚖️ Thirdtail\r\n"), "{model:?}");
    let published = client.diagnostics(URI, 6).await;
    assert_eq!(
        summarize(&published),
        expected_diagnostics(&model, "order.txt")
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn positions_are_exact_in_utf8_and_utf32_too() {
    for (encoding, col_of_x) in [("utf-8", 10), ("utf-32", 6)] {
        let client = TestClient::in_process();
        let caps = json!({"general": {"positionEncodings": [encoding]}});
        client
            .initialize_with(caps, None, json!({"debounceMs": 0}))
            .await;
        client.open(URI, "plaintext", 1, "a § 😀 x\r\nnext").await;
        // Insert before `x` using the encoding's column.
        client
            .change(URI, 2, json!([edit(range(0, col_of_x, 0, col_of_x), "y")]))
            .await;
        let (_, text) = client.document_text(URI).await.unwrap();
        assert_eq!(text, "a § 😀 yx\r\nnext", "{encoding}");
        client.shutdown_and_exit().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_of_range_and_inverted_edits_are_clamped_and_logged() {
    let client = TestClient::in_process();
    client.initialize().await;
    client
        .open(URI, "plaintext", 1, "first line\r\nsecond 😀\r\n")
        .await;
    // Column past the end of a CRLF line: clamped before the \r.
    client
        .change(URI, 2, json!([edit(range(0, 99, 0, 200), "!")]))
        .await;
    // Inside the surrogate pair of the emoji: snaps to its start.
    client
        .change(URI, 3, json!([edit(range(1, 8, 1, 8), "<")]))
        .await;
    // Line far past the end: appended at the end.
    client
        .change(URI, 4, json!([edit(range(4000, 3, 4001, 0), "end")]))
        .await;
    // Inverted range: treated as the range it spans.
    client
        .change(URI, 5, json!([edit(range(0, 5, 0, 0), "FIRST")]))
        .await;
    let (version, text) = client.document_text(URI).await.unwrap();
    assert_eq!(version, 5);
    assert_eq!(text, "FIRST line!\r\nsecond <😀\r\nend");
    let logs = client.notifications("window/logMessage");
    let clamped = logs
        .iter()
        .filter(|l| l["params"]["message"].as_str().unwrap().contains("clamped"))
        .count();
    assert_eq!(clamped, 4, "{logs:?}");
    assert!(
        logs.iter()
            .all(|l| !l["params"]["message"].as_str().unwrap().contains("second")),
        "no document text in logs"
    );
    client.diagnostics(URI, 5).await;
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_to_unknown_documents_and_older_versions_are_ignored() {
    let client = TestClient::in_process();
    client.initialize().await;
    client
        .change("file:///never/opened.txt", 3, json!([{"text": "whatever"}]))
        .await;
    assert_eq!(client.document_text("file:///never/opened.txt").await, None);

    client.open(URI, "plaintext", 5, "version five").await;
    client
        .change(URI, 4, json!([{"text": "version four"}]))
        .await;
    assert_eq!(
        client.document_text(URI).await,
        Some((5, "version five".into()))
    );
    client
        .change(URI, 6, json!([{"text": "version six"}]))
        .await;
    assert_eq!(
        client.document_text(URI).await,
        Some((6, "version six".into()))
    );

    let logs: Vec<String> = client
        .notifications("window/logMessage")
        .iter()
        .map(|l| l["params"]["message"].as_str().unwrap().to_string())
        .collect();
    assert!(logs.iter().any(|m| m.contains("not open")), "{logs:?}");
    assert!(
        logs.iter().any(|m| m.contains("version 4 is older")),
        "{logs:?}"
    );
    // Requests about unknown documents get empty answers, not errors.
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": "file:///nope.txt"}}),
        )
        .await;
    assert_eq!(symbols, Ok(json!([])));
    let hover = client
        .request("textDocument/hover", json!({"textDocument": {"uri": "file:///nope.txt"}, "position": {"line": 0, "character": 0}}))
        .await;
    assert_eq!(hover, Ok(Value::Null));
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_clears_diagnostics_and_forgets_the_document() {
    let client = TestClient::in_process();
    client.initialize().await;
    client.open(URI, "plaintext", 1, &seed()).await;
    client.diagnostics(URI, 1).await;
    client
        .notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": URI}}),
        )
        .await;
    client
        .wait_for("cleared diagnostics", |n| {
            n["method"] == "textDocument/publishDiagnostics"
                && n["params"]["uri"] == URI
                && n["params"]["version"].is_null()
                && n["params"]["diagnostics"] == json!([])
        })
        .await;
    assert_eq!(client.document_text(URI).await, None);
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn document_symbols_outline_the_seed_caption() {
    let client = TestClient::in_process();
    client.initialize().await;
    let text = seed();
    client.open(URI, "plaintext", 1, &text).await;
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": URI}}),
        )
        .await
        .unwrap();
    let caption = &symbols[0];
    assert_eq!(
        caption["kind"], 2,
        "caption is a module-like symbol: {caption}"
    );
    assert!(
        caption["detail"]
            .as_str()
            .unwrap()
            .starts_with("1:17-cv-00693-DAD-SAB"),
        "{caption}"
    );
    let children: Vec<&str> = caption["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(
        children
            .iter()
            .any(|c| c.starts_with("Case No.: 1:17-cv-00693-DAD-SAB")),
        "{children:?}"
    );
    assert!(
        children
            .iter()
            .any(|c| c.contains("EASTERN DISTRICT OF CALIFORNIA")),
        "{children:?}"
    );
    // The range is exact: it starts where the caption's court line is in the text.
    let start = utf16_offset(&text, &caption["range"]["start"]);
    let end = utf16_offset(&text, &caption["range"]["end"]);
    assert!(
        text[start..end].contains("EASTERN DISTRICT OF CALIFORNIA"),
        "{}",
        &text[start..end]
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn burst_of_edits_ends_with_diagnostics_for_the_final_version_only_in_order() {
    let client = TestClient::in_process();
    client
        .initialize_with(json!({}), None, json!({"debounceMs": 20}))
        .await;
    let mut model = seed();
    client.open(URI, "plaintext", 1, &model).await;
    // 50 one-character edits at the end of line 30, sent without waiting.
    for i in 0..50 {
        let pos = utf16_position(&model, model.find("simply").unwrap());
        let r = json!({"start": pos, "end": pos});
        let ch = if i % 2 == 0 { "x" } else { " " };
        apply_utf16_edit(&mut model, &r, ch);
        client.change(URI, i + 2, json!([edit(r, ch)])).await;
    }
    let final_diagnostics = client.diagnostics(URI, 51).await;
    assert_eq!(
        summarize(&final_diagnostics),
        expected_diagnostics(&model, "order.txt")
    );
    assert_eq!(client.document_text(URI).await.unwrap().1, model);
    // Versions published for this document only ever increase.
    let versions: Vec<i64> = client
        .notifications("textDocument/publishDiagnostics")
        .iter()
        .filter(|n| n["params"]["uri"] == URI)
        .map(|n| n["params"]["version"].as_i64().unwrap())
        .collect();
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    assert!(
        versions.len() < 51,
        "debounced: {} publishes for 51 versions",
        versions.len()
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zero_debounce_publishes_every_version() {
    let client = TestClient::in_process();
    client.initialize().await;
    client.open(URI, "plaintext", 1, "The court").await;
    client.diagnostics(URI, 1).await;
    for v in 2..6 {
        client
            .change(URI, v, json!([edit(range(0, 9, 0, 9), ".")]))
            .await;
        client.diagnostics(URI, v as i64).await;
    }
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn add_word_creates_and_extends_the_workspace_dictionary() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plead.toml"),
        "# team settings\ndebounceMs = 0\n",
    )
    .unwrap();
    let client = TestClient::in_process();
    client
        .initialize_with(json!({}), Some(dir.path()), json!({}))
        .await;
    let r = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.addWord", "arguments": ["Ayobi"]}),
        )
        .await;
    assert_eq!(r, Ok(Value::Null));
    client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.addWord", "arguments": ["Jaime"]}),
        )
        .await
        .unwrap();
    let text = std::fs::read_to_string(dir.path().join("plead.toml")).unwrap();
    assert!(
        text.starts_with("# team settings\ndebounceMs = 0\n"),
        "{text}"
    );
    let (config, errors) = plead::config::Config::from_toml("plead.toml", &text);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        config.dictionary,
        vec!["Ayobi".to_string(), "Jaime".to_string()]
    );

    let missing = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.addWord", "arguments": []}),
        )
        .await;
    assert!(missing.unwrap_err()["message"]
        .as_str()
        .unwrap()
        .contains("argument 1"));
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_without_a_workspace_or_document_fail_with_a_message() {
    let client = TestClient::in_process();
    client.initialize().await;
    let no_root = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.addWord", "arguments": ["Ayobi"]}),
        )
        .await;
    assert!(no_root.unwrap_err()["message"]
        .as_str()
        .unwrap()
        .contains("workspace folder"));
    let toa = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.tableOfAuthorities", "arguments": [URI]}),
        )
        .await;
    assert!(toa.unwrap_err()["message"]
        .as_str()
        .unwrap()
        .contains("not open"));
    let ignore = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.ignoreWord", "arguments": ["x", "file:///closed.txt"]}),
        )
        .await;
    assert!(ignore.unwrap_err()["message"]
        .as_str()
        .unwrap()
        .contains("not open"));
    let unknown = client
        .request(
            "workspace/executeCommand",
            json!({"command": "plead.bogus"}),
        )
        .await;
    assert!(unknown.is_err());
    client.shutdown_and_exit().await;
}

fn show_messages(client: &TestClient) -> Vec<String> {
    client
        .notifications("window/showMessage")
        .iter()
        .map(|n| n["params"]["message"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_config_file_is_reported_with_its_line_and_reloaded_when_watched() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("plead.toml");
    std::fs::write(&config, "debounceMs = 0\nbogusKey = 1\n").unwrap();
    let client = TestClient::in_process();
    let caps = json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
    client
        .initialize_with(caps, Some(dir.path()), json!({}))
        .await;
    let warning = client
        .wait_for("config warning", |n| n["method"] == "window/showMessage")
        .await;
    let message = warning["params"]["message"].as_str().unwrap();
    assert_eq!(warning["params"]["type"], 2, "a warning");
    assert!(
        message.contains("plead.toml")
            && message.contains("bogusKey")
            && message.contains("line 2"),
        "{message}"
    );

    // The server registered a watcher for plead.toml.
    client
        .wait_until("registration", |c| {
            !c.server_requests("client/registerCapability").is_empty()
        })
        .await;
    let reg = &client.server_requests("client/registerCapability")[0]["params"]["registrations"];
    assert_eq!(reg[0]["method"], "workspace/didChangeWatchedFiles");
    let glob = reg[0]["registerOptions"]["watchers"][0]["globPattern"]
        .as_str()
        .unwrap();
    assert!(glob.starts_with("**/*.{toml,"), "{glob}");

    // Fix one problem, introduce another; the watcher notification reloads it.
    std::fs::write(&config, "debounceMs = 0\n[rules]\ntypo = \"loud\"\n").unwrap();
    let changes = json!({"changes": [{"uri": file_uri(&config), "type": 2}]});
    client
        .notify("workspace/didChangeWatchedFiles", changes)
        .await;
    client
        .wait_for("second config warning", |n| {
            n["method"] == "window/showMessage"
                && n["params"]["message"].as_str().unwrap().contains("loud")
        })
        .await;
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_are_pulled_with_workspace_configuration() {
    let client = TestClient::in_process();
    client.set_settings(json!({"debounceMs": "soon"}));
    let caps = json!({"workspace": {"configuration": true}});
    client
        .initialize_with(caps, None, json!({"debounceMs": 0}))
        .await;
    // Pulled at startup: the bad value is named and skipped.
    client
        .wait_for("settings warning", |n| {
            n["method"] == "window/showMessage"
                && n["params"]["message"]
                    .as_str()
                    .unwrap()
                    .contains("editor settings")
        })
        .await;
    let pulls = client.server_requests("workspace/configuration");
    assert_eq!(pulls[0]["params"]["items"][0]["section"], "plead");

    // At the default log level, opening a document is not logged.
    client.open(URI, "plaintext", 1, "text").await;
    client.diagnostics(URI, 1).await;
    let opened = |c: &TestClient| {
        c.notifications("window/logMessage")
            .iter()
            .filter(|n| {
                n["params"]["message"]
                    .as_str()
                    .unwrap()
                    .starts_with("opened")
            })
            .count()
    };
    assert_eq!(opened(&client), 0);

    // A change notification makes the server pull again (its own payload is ignored);
    // the new settings are in force once the open document was re-analyzed.
    // (The new settings carry a bad value of their own, `later`, whose warning shows they
    // are in force: a publication is no sign of it, since under load a late publication of
    // the first analysis can arrive after the second pull.)
    client.set_settings(json!({"logLevel": "debug", "debounceMs": "later"}));
    let pushed = json!({"settings": {"plead": {"debounceMs": "x"}}});
    client
        .notify("workspace/didChangeConfiguration", pushed)
        .await;
    let pulls = |c: &TestClient| c.server_requests("workspace/configuration").len();
    client
        .wait_for("the pulled settings in force", |n| {
            n["method"] == "window/showMessage"
                && n["params"]["message"].as_str().unwrap().contains("later")
        })
        .await;
    assert_eq!(pulls(&client), 2);
    // With logLevel = debug, opening a document is logged (without its text).
    client
        .open("file:///brief/second.txt", "plaintext", 1, "secret words")
        .await;
    client.wait_until("debug log", |c| opened(c) == 1).await;
    let logs = client.notifications("window/logMessage");
    assert!(logs
        .iter()
        .all(|l| !l["params"]["message"].as_str().unwrap().contains("secret")));
    assert!(
        !show_messages(&client).iter().any(|m| m.contains("\"x\"")),
        "pushed payload was not used"
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pushed_settings_apply_when_the_client_cannot_be_asked() {
    let client = TestClient::in_process();
    client.initialize().await;
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"plead": {"rules": {"typo": "sometimes"}}}}),
        )
        .await;
    let warning = client
        .wait_for("settings warning", |n| n["method"] == "window/showMessage")
        .await;
    assert!(
        warning["params"]["message"]
            .as_str()
            .unwrap()
            .contains("sometimes"),
        "{warning}"
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workspace_indexing_reports_progress() {
    let dir = tempfile::tempdir().unwrap();
    let client = TestClient::in_process();
    let caps = json!({"window": {"workDoneProgress": true}});
    client
        .initialize_with(caps, Some(dir.path()), json!({}))
        .await;
    let end = client
        .wait_for("progress end", |n| {
            n["method"] == "$/progress" && n["params"]["value"]["kind"] == "end"
        })
        .await;
    let token = &end["params"]["token"];
    let created = client.server_requests("window/workDoneProgress/create");
    assert_eq!(&created[0]["params"]["token"], token);
    let kinds: Vec<Value> = client
        .notifications("$/progress")
        .iter()
        .filter(|n| &n["params"]["token"] == token)
        .map(|n| n["params"]["value"]["kind"].clone())
        .collect();
    assert_eq!(kinds.first(), Some(&json!("begin")));
    assert_eq!(kinds.last(), Some(&json!("end")));
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markdown_documents_are_parsed_as_markdown() {
    let client = TestClient::in_process();
    client.initialize().await;
    let text = "# Introduction\n\nBody text.\n\n## Argument\n\nMore.\n";
    client
        .open("file:///brief/notes.md", "markdown", 1, text)
        .await;
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": "file:///brief/notes.md"}}),
        )
        .await
        .unwrap();
    assert_eq!(symbols[0]["name"], "Introduction", "{symbols}");
    assert_eq!(symbols[0]["children"][0]["name"], "Argument", "{symbols}");
    assert_eq!(
        symbols[0]["range"]["end"],
        json!({"line": 7, "character": 0})
    );
    // The same text in a .txt file is plain text: `#` is not a heading marker there.
    client
        .open("file:///brief/notes.txt", "plaintext", 1, text)
        .await;
    let plain = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": "file:///brief/notes.txt"}}),
        )
        .await
        .unwrap();
    assert_ne!(plain, symbols);
    client.shutdown_and_exit().await;
}
