//! Suppression comments through the protocol, as an editor drives them: the server
//! honours `plead-disable-next-line` as the command line does (one mechanism, in the
//! analysis), its "Suppress … on this line" action writes the comment, and a
//! plead.toml naming an unknown rule is reported while its other keys apply.

use crate::lsp_support;

use lsp_support::{apply_workspace_edit, file_uri, text_at, TestClient};
use serde_json::{json, Value};

const MD: &str = "file:///brief/motion.md";
const TXT: &str = "file:///brief/order.txt";

const CITE: &str = "American LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063, 1071 (C.D. Cal. 2009).";

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

fn lines_with(diagnostics: &[Value], code: &str) -> Vec<u64> {
    diagnostics
        .iter()
        .filter(|d| d["code"] == code)
        .map(|d| d["range"]["start"]["line"].as_u64().unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_honours_comments_and_its_action_writes_them() {
    let client = TestClient::in_process();
    client.initialize().await;
    let mut model = format!(
        "# Motion\n\n<!-- plead-disable-next-line citation/reporter-form -->\n{CITE}\n\n{CITE}\n\n  {CITE}\n"
    );
    client.open(MD, "markdown", 1, &model).await;
    let diagnostics = client.diagnostics(MD, 1).await;
    // Line 3 (0-based) is silenced by the comment above it; lines 5 and 7 are not, and
    // the comment's own line has no finding.
    assert_eq!(
        lines_with(&diagnostics, "citation/reporter-form"),
        vec![5, 7],
        "{diagnostics:#?}"
    );
    assert!(
        diagnostics.iter().all(|d| d["range"]["start"]["line"] != 2),
        "{diagnostics:#?}"
    );

    // "Suppress … on this line" on the indented line 7: a comment above it, indented alike.
    let target = diagnostics
        .iter()
        .find(|d| d["code"] == "citation/reporter-form" && d["range"]["start"]["line"] == 7)
        .unwrap();
    assert_eq!(text_at(&model, &target["range"]), "F.Supp.2d");
    let actions = code_actions(&client, MD, target).await;
    let suppress = actions
        .iter()
        .find(|a| a["title"] == "Suppress citation/reporter-form on this line")
        .unwrap_or_else(|| panic!("{actions:#?}"));
    assert_eq!(suppress["kind"], "quickfix");
    assert!(suppress.get("isPreferred").is_none() || suppress["isPreferred"] == false);
    let changes = apply_workspace_edit(&mut model, &suppress["edit"], MD);
    assert!(
        model.contains(&format!(
            "\n  <!-- plead-disable-next-line citation/reporter-form -->\n  {CITE}\n"
        )),
        "{model}"
    );
    client.change(MD, 2, Value::Array(changes)).await;
    let after = client.diagnostics(MD, 2).await;
    assert_eq!(
        lines_with(&after, "citation/reporter-form"),
        vec![5],
        "{after:#?}"
    );

    // A second rule on a line that already has a comment: its code joins that comment.
    model = String::from("<!-- plead-disable-next-line citation/reporter-form -->\nSee Leon v. IDX Systems Corp., 464 F.Supp.2d 951, 959 (D. Or. 2006).\n");
    client.change(MD, 3, json!([{"text": model}])).await;
    let diagnostics = client.diagnostics(MD, 3).await;
    assert!(
        lines_with(&diagnostics, "citation/reporter-form").is_empty(),
        "{diagnostics:#?}"
    );
    let abbreviation = diagnostics
        .iter()
        .find(|d| d["code"] == "citation/case-name-abbreviation")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    let actions = code_actions(&client, MD, abbreviation).await;
    let suppress = actions
        .iter()
        .find(|a| a["title"] == "Suppress citation/case-name-abbreviation on this line")
        .unwrap_or_else(|| panic!("{actions:#?}"));
    let changes = apply_workspace_edit(&mut model, &suppress["edit"], MD);
    assert!(model.starts_with(
        "<!-- plead-disable-next-line citation/reporter-form citation/case-name-abbreviation -->\nSee Leon"
    ), "{model}");
    client.change(MD, 4, Value::Array(changes)).await;
    let after = client.diagnostics(MD, 4).await;
    assert!(
        after.iter().all(|d| d["range"]["start"]["line"] != 1),
        "{after:#?}"
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_text_takes_the_line_comment_form() {
    let client = TestClient::in_process();
    client.initialize().await;
    let mut model = format!("The court finds as follows.\r\n{CITE}\r\n");
    client.open(TXT, "plaintext", 1, &model).await;
    let diagnostics = client.diagnostics(TXT, 1).await;
    let target = diagnostics
        .iter()
        .find(|d| d["code"] == "citation/reporter-form")
        .unwrap();
    let actions = code_actions(&client, TXT, target).await;
    let suppress = actions
        .iter()
        .find(|a| a["title"] == "Suppress citation/reporter-form on this line")
        .unwrap();
    let changes = apply_workspace_edit(&mut model, &suppress["edit"], TXT);
    // The document's own line breaks are kept.
    assert_eq!(
        model,
        format!("The court finds as follows.\r\n// plead-disable-next-line citation/reporter-form\r\n{CITE}\r\n")
    );
    client.change(TXT, 2, Value::Array(changes)).await;
    let after = client.diagnostics(TXT, 2).await;
    assert!(
        lines_with(&after, "citation/reporter-form").is_empty(),
        "{after:#?}"
    );
    // The comment is not prose: no misspelling of "plead-disable-next-line".
    assert!(
        after.iter().all(|d| d["range"]["start"]["line"] != 1),
        "{after:#?}"
    );
    client.shutdown_and_exit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_rule_in_plead_toml_is_a_warning_and_the_rest_applies() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plead.toml"),
        "debounceMs = 0\n\n[rules]\n\"citation/reporter-spacing\" = \"off\"\n\"citation/reporter-form\" = \"error\"\n",
    )
    .unwrap();
    let client = TestClient::in_process();
    client
        .initialize_with(json!({}), Some(dir.path()), json!({}))
        .await;
    let warning = client
        .wait_for("config warning", |n| n["method"] == "window/showMessage")
        .await;
    let message = warning["params"]["message"].as_str().unwrap();
    assert_eq!(warning["params"]["type"], 2, "a warning");
    assert!(
        message.contains("plead.toml, line 4: unknown rule `citation/reporter-spacing` (did you mean `citation/reporter-form`?)"),
        "{message}"
    );
    // The next key of the same table applies: reporter-form is now an error.
    let uri = file_uri(&dir.path().join("order.txt"));
    client.open(&uri, "plaintext", 1, CITE).await;
    let diagnostics = client.diagnostics(&uri, 1).await;
    let d = diagnostics
        .iter()
        .find(|d| d["code"] == "citation/reporter-form")
        .unwrap_or_else(|| panic!("{diagnostics:#?}"));
    assert_eq!(d["severity"], 1, "{d:#?}");
    client.shutdown_and_exit().await;
}
