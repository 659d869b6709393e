//! A guard in front of the protocol loop: tower-lsp ends the session on a message body
//! that is not a JSON object (invalid UTF-8, a lone surrogate escape, a batch array),
//! so frames are checked here first and malformed ones are dropped with a note on
//! stderr (never their content: it may be document text).

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// Bodies larger than this are refused (a 100 MB document is not a draft).
const MAX_BODY: usize = 256 * 1024 * 1024;

/// Copies well-formed LSP frames from `input` to `output` until `input` ends.
pub async fn forward_valid_frames(
    input: impl AsyncRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
) -> std::io::Result<()> {
    let mut input = BufReader::with_capacity(1 << 16, input);
    let mut line = String::new();
    loop {
        // Headers up to the blank line; only Content-Length matters.
        let mut length = None;
        let mut saw_header = false;
        loop {
            line.clear();
            let n = input.read_line(&mut line).await?;
            if n == 0 {
                return output.shutdown().await;
            }
            let header = line.trim_end_matches(['\r', '\n']);
            if header.is_empty() {
                if saw_header {
                    break;
                }
                continue;
            }
            saw_header = true;
            if let Some((name, value)) = header.split_once(':') {
                if name.trim().eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse::<usize>().ok();
                }
            }
        }
        let Some(length) = length.filter(|&n| n <= MAX_BODY) else {
            eprintln!("plead: dropped a message without a valid Content-Length");
            continue;
        };
        let mut body = vec![0; length];
        input.read_exact(&mut body).await?;
        match serde_json::from_slice::<serde_json::Value>(&body) {
            Ok(serde_json::Value::Object(_)) => {
                let header = format!("Content-Length: {length}\r\n\r\n");
                output.write_all(header.as_bytes()).await?;
                output.write_all(&body).await?;
                output.flush().await?;
            }
            Ok(_) => eprintln!("plead: dropped a message that is not a JSON-RPC object"),
            Err(e) => eprintln!("plead: dropped a malformed message ({length} bytes): {e}"),
        }
    }
}
