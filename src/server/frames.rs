//! A guard in front of the protocol loop: tower-lsp ends the session on a message body
//! that is not a JSON object (invalid UTF-8, a lone surrogate escape, a batch array),
//! so frames are checked here first and malformed ones are dropped with a note on
//! stderr (never their content: it may be document text).

use tokio::io::{
    AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader,
};

/// Bodies larger than this are refused (a 100 MB document is not a draft).
const MAX_BODY: usize = 256 * 1024 * 1024;

/// What [`read_frame`] found.
pub enum Frame {
    Body(Vec<u8>),
    /// A frame without a usable Content-Length (reported on stderr).
    Skipped,
    End,
}

/// Reads one frame's body.
pub async fn read_frame(input: &mut (impl AsyncBufRead + Unpin)) -> std::io::Result<Frame> {
    let mut line = String::new();
    // Headers up to the blank line; only Content-Length matters.
    let mut length = None;
    let mut saw_header = false;
    loop {
        line.clear();
        let n = input.read_line(&mut line).await?;
        if n == 0 {
            return Ok(Frame::End);
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
        return Ok(Frame::Skipped);
    };
    let mut body = vec![0; length];
    input.read_exact(&mut body).await?;
    Ok(Frame::Body(body))
}

/// Copies well-formed LSP frames from `input` to `output` until `input` ends.
pub async fn forward_valid_frames(
    input: impl AsyncRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
) -> std::io::Result<()> {
    let mut input = BufReader::with_capacity(1 << 16, input);
    loop {
        let body = match read_frame(&mut input).await? {
            Frame::End => return output.shutdown().await,
            Frame::Skipped => continue,
            Frame::Body(body) => body,
        };
        match serde_json::from_slice::<serde_json::Value>(&body) {
            Ok(serde_json::Value::Object(_)) => {
                let header = format!("Content-Length: {}\r\n\r\n", body.len());
                output.write_all(header.as_bytes()).await?;
                output.write_all(&body).await?;
                output.flush().await?;
            }
            Ok(_) => eprintln!("plead: dropped a message that is not a JSON-RPC object"),
            Err(e) => eprintln!(
                "plead: dropped a malformed message ({} bytes): {e}",
                body.len()
            ),
        }
    }
}
