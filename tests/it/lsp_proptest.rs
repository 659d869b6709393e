//! Property: any sequence of incremental edits (random UTF-16 ranges, in or out of range,
//! inverted, over multi-byte characters and CRLF line ends) leaves the server's text equal
//! to what the edits describe, and the published findings equal a fresh full analysis.

use crate::lsp_support;

use lsp_support::{apply_utf16_edit, expected_diagnostics, summarize, TestClient};
use proptest::prelude::*;
use serde_json::{json, Value};

const URI: &str = "file:///brief/motion.txt";

/// Pieces of text with the shapes that break position code, plus citation-like text
/// so that analyzers have something to find.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "the ",
        "Court ",
        "§ ",
        "é",
        "Ü",
        "😀",
        "👩‍⚖️",
        "\r\n",
        "\n",
        "\n\n",
        "\t",
        "42 U.S.C. § 1983",
        " 673 F.Supp.2d 1063",
        "Id. at 5.",
        "[ECF No. 34]",
        "the the ",
        "recieve ",
        "  ",
        ".",
    ])
}

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..max).prop_map(|v| v.concat())
}

/// A position that is often valid and sometimes past the end of its line or document.
fn position() -> impl Strategy<Value = Value> {
    (0u32..8, prop_oneof![3 => 0u32..12, 1 => 12u32..200])
        .prop_map(|(line, character)| json!({"line": line, "character": character}))
}

fn change() -> impl Strategy<Value = (Value, String)> {
    (position(), position(), text(4))
        .prop_map(|(start, end, text)| (json!({"start": start, "end": end}), text))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, max_shrink_iters: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_incremental_edits_keep_text_and_findings_exact(
        initial in text(24),
        batches in prop::collection::vec(prop::collection::vec(change(), 1..4), 1..12),
    ) {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let (server_text, model, diagnostics) = runtime.block_on(async {
            let client = TestClient::in_process();
            client.initialize().await;
            client.open(URI, "plaintext", 1, &initial).await;
            let mut model = initial.clone();
            for (i, batch) in batches.iter().enumerate() {
                let changes: Vec<Value> = batch.iter().map(|(r, t)| json!({"range": r, "text": t})).collect();
                for (r, t) in batch {
                    apply_utf16_edit(&mut model, r, t);
                }
                client.change(URI, i as i32 + 2, Value::Array(changes)).await;
            }
            let last = batches.len() as i64 + 1;
            let diagnostics = client.diagnostics_within(URI, last, std::time::Duration::from_secs(5)).await;
            let (version, server_text) = client.document_text(URI).await.unwrap();
            assert_eq!(version, last);
            client.shutdown_and_exit().await;
            (server_text, model, diagnostics)
        });
        prop_assert_eq!(&server_text, &model);
        prop_assert_eq!(summarize(&diagnostics), expected_diagnostics(&model, "motion.txt"));
    }
}
