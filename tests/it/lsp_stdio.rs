//! The real `plead lsp` binary over stdio: framing, a full session and a clean exit.

use crate::lsp_support;

use std::process::Stdio;

use lsp_support::{expected_diagnostics, seed, summarize, TestClient, PATIENCE};

/// The real binary serving LSP over pipes, and a client talking to it.
fn spawn_server() -> (tokio::process::Child, TestClient) {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_plead"))
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("plead lsp starts");
    let stdin = child.stdin.take().expect("piped stdin");
    let stdout = child.stdout.take().expect("piped stdout");
    (child, TestClient::over(stdout, stdin))
}

async fn assert_exits_cleanly(child: &mut tokio::process::Child) {
    let status = tokio::time::timeout(PATIENCE, child.wait())
        .await
        .expect("exits after exit")
        .unwrap();
    assert!(status.success(), "exit status {status}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binary_serves_a_session_over_stdio_and_exits_cleanly() {
    let (mut child, client) = spawn_server();

    let init = client.initialize().await;
    assert_eq!(init["capabilities"]["textDocumentSync"]["change"], 2);
    let uri = "file:///case/ayobi-order.txt";
    let text = seed();
    client.open(uri, "plaintext", 1, &text).await;
    let published = client.diagnostics(uri, 1).await;
    assert_eq!(
        summarize(&published),
        expected_diagnostics(&text, "ayobi-order.txt")
    );

    client.shutdown_and_exit().await;
    assert_exits_cleanly(&mut child).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_with_null_params_is_accepted() {
    // eglot 1.9 sends `"params": null` with shutdown and exit.
    let (mut child, client) = spawn_server();
    client.initialize().await;
    assert_eq!(
        client.request_with_null_params("shutdown").await,
        Ok(serde_json::Value::Null)
    );
    client.notify("exit", serde_json::Value::Null).await;
    assert_exits_cleanly(&mut child).await;
}
