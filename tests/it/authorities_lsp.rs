//! Authorities through the protocol, as an editor sees them: hover on the seed's
//! page-2 short form (both propositions), go to its full citation on page 1,
//! references; on the brief, once the workspace is indexed in the background, the
//! holding from each library source and definition into the library.
//! (Inlay hints, links and the TOA command are covered in `lsp_features.rs`.)

use crate::lsp_support;

use lsp_support::{file_uri, seed, utf16_offset, utf16_position, TestClient};
use serde_json::{json, Value};
use std::path::Path;

const SEED_URI: &str = "file:///case/order.txt";

fn brief_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/brief")
}

fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"))
}

fn position_params(uri: &str, text: &str, offset: usize) -> Value {
    json!({"textDocument": {"uri": uri}, "position": utf16_position(text, offset)})
}

async fn hover_markdown(client: &TestClient, uri: &str, text: &str, offset: usize) -> String {
    let h = client
        .request("textDocument/hover", position_params(uri, text, offset))
        .await
        .expect("hover answers");
    assert_eq!(h["contents"]["kind"], "markdown", "{h}");
    h["contents"]["value"].as_str().unwrap_or("").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seed_hover_and_definition_through_the_protocol() {
    let client = TestClient::in_process();
    client.initialize().await;
    let text = seed();
    client.open(SEED_URI, "plaintext", 1, &text).await;
    client.diagnostics(SEED_URI, 1).await;

    let short = at(&text, "F.Supp.2d at 1072") + 3;
    let md = hover_markdown(&client, SEED_URI, &text, short).await;
    assert!(
        md.contains("*Am. LegalNet, Inc. v. Davis*, 673 F. Supp. 2d 1063 (C.D. Cal. 2009)"),
        "{md}"
    );
    assert!(
        md.contains("inherent power to issue preservation orders"),
        "{md}"
    );
    assert!(md.contains("Generalized, unsupported concerns"), "{md}");
    assert!(md.contains("Pueblo of Laguna"), "{md}");

    let def = client
        .request(
            "textDocument/definition",
            position_params(SEED_URI, &text, short),
        )
        .await
        .expect("definition answers");
    let location = if def.is_array() {
        def[0].clone()
    } else {
        def.clone()
    };
    assert_eq!(location["uri"], SEED_URI, "{def}");
    let start = utf16_offset(&text, &location["range"]["start"]);
    assert!(
        text[start..].starts_with("American LegalNet, Inc. v. Davis,"),
        "{def}"
    );

    let refs = client
        .request(
            "textDocument/references",
            json!({"textDocument": {"uri": SEED_URI}, "position": utf16_position(&text, short), "context": {"includeDeclaration": true}}),
        )
        .await
        .expect("references answer");
    assert_eq!(refs.as_array().map(Vec::len), Some(2), "{refs}");
    client.shutdown_and_exit().await;
}

/// A client in the brief's folder, after the background index has finished.
async fn in_brief_workspace(dir: &Path) -> TestClient {
    let client = TestClient::in_process();
    let caps = json!({"window": {"workDoneProgress": true}});
    client
        .initialize_with(caps, Some(dir), json!({"debounceMs": 0}))
        .await;
    client
        .wait_for("index end", |n| {
            n["method"] == "$/progress" && n["params"]["value"]["kind"] == "end"
        })
        .await;
    client
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn brief_hover_and_definition_use_the_indexed_library() {
    let dir = brief_dir();
    let client = in_brief_workspace(&dir).await;
    let text = std::fs::read_to_string(dir.join("brief.md")).unwrap();
    let uri = file_uri(&dir.join("brief.md"));
    client.open(&uri, "markdown", 1, &text).await;
    client.diagnostics(&uri, 1).await;

    for (needle, holding) in [
        (
            "Leon v. IDX",
            "**Holding** (note, `leon-v-idx.md`): Dismissal was an appropriate sanction",
        ),
        (
            "Ashcroft v. Iqbal",
            "**Holding** (Zotero/CSL-JSON library, `library.json`): To survive a motion to dismiss",
        ),
        (
            "City of Pittsfield",
            "**Preview** (opinion in the workspace, `pittsfield-v-epa.txt`)",
        ),
    ] {
        let md = hover_markdown(&client, &uri, &text, at(&text, needle) + 2).await;
        assert!(md.contains(holding), "{needle}: {md}");
    }
    // An `Id.` hover says what it refers to and what the document cites it for.
    let md = hover_markdown(&client, &uri, &text, at(&text, "*Id.*") + 2).await;
    assert!(
        md.contains("`Id.` refers to the full citation on page 2"),
        "{md}"
    );
    assert!(md.contains("- p. 2, at 678: Threadbare recitals"), "{md}");

    // Definition on a full citation opens the note; on the page-7 short form, the full cite on page 6.
    let leon = at(&text, "Leon v. IDX") + 2;
    let def = client
        .request(
            "textDocument/definition",
            position_params(&uri, &text, leon),
        )
        .await
        .expect("definition answers");
    let location = if def.is_array() {
        def[0].clone()
    } else {
        def.clone()
    };
    assert!(
        location["uri"]
            .as_str()
            .unwrap_or("")
            .ends_with("notes/leon-v-idx.md"),
        "{def}"
    );
    let short = at(&text, "*Am. LegalNet*, 673") + 2;
    let def = client
        .request(
            "textDocument/definition",
            position_params(&uri, &text, short),
        )
        .await
        .expect("definition answers");
    let location = if def.is_array() {
        def[0].clone()
    } else {
        def.clone()
    };
    assert_eq!(location["uri"], uri.as_str(), "{def}");
    let start = utf16_offset(&text, &location["range"]["start"]);
    assert!(
        text[start..].starts_with("Am. LegalNet, Inc. v. Davis*, 673 F. Supp. 2d 1063, 1071"),
        "{def}"
    );
    client.shutdown_and_exit().await;
}
