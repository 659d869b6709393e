//! The server's stdout, written by one task a whole frame at a time.
//!
//! tower-lsp sends a notification by turning its params into a `serde_json::Value` tree
//! and serializing that: for the ~2,000 diagnostics of a long brief, that tree cost more
//! than analysing the keystroke. Diagnostics are therefore serialized straight from the
//! findings ([`super::convert::publish_diagnostics_body`]) and queued here next to
//! tower-lsp's own frames, which are copied over whole so the two never interleave.

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;

use super::frames::{read_frame, Frame};

/// Frames waiting for stdout. A client that stops reading blocks the senders once this
/// many are queued, as a full pipe would; memory stays bounded.
const QUEUED_FRAMES: usize = 8;

/// A handle for sending pre-serialized JSON-RPC messages to the client.
#[derive(Clone)]
pub struct Outbox {
    frames: mpsc::Sender<Vec<u8>>,
}

impl Outbox {
    /// An outbox writing to `out`, plus the writer tower-lsp should be given: what it
    /// writes there is forwarded frame by frame. Spawns the forwarding tasks.
    pub fn spawn(
        out: impl AsyncWrite + Unpin + Send + 'static,
    ) -> (Outbox, tokio::io::DuplexStream) {
        let (frames, queued) = mpsc::channel(QUEUED_FRAMES);
        let (for_tower, from_tower) = tokio::io::duplex(1 << 16);
        tokio::spawn(write_frames(queued, out));
        tokio::spawn(forward_tower_frames(from_tower, frames.clone()));
        (Outbox { frames }, for_tower)
    }

    /// Queues one message body (a JSON-RPC object). False once stdout is gone.
    pub async fn send(&self, body: Vec<u8>) -> bool {
        self.frames.send(body).await.is_ok()
    }
}

/// Copies tower-lsp's output into the queue, one message body at a time.
async fn forward_tower_frames(from_tower: impl AsyncRead + Unpin, frames: mpsc::Sender<Vec<u8>>) {
    let mut input = tokio::io::BufReader::with_capacity(1 << 16, from_tower);
    loop {
        match read_frame(&mut input).await {
            Ok(Frame::Body(body)) => {
                if frames.send(body).await.is_err() {
                    return;
                }
            }
            Ok(Frame::Skipped) => {}
            Ok(Frame::End) | Err(_) => return,
        }
    }
}

async fn write_frames(mut queued: mpsc::Receiver<Vec<u8>>, out: impl AsyncWrite + Unpin) {
    let mut out = tokio::io::BufWriter::with_capacity(1 << 16, out);
    while let Some(body) = queued.recv().await {
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        let written = async {
            out.write_all(header.as_bytes()).await?;
            out.write_all(&body).await?;
            out.flush().await
        };
        if written.await.is_err() {
            // The client is gone; dropping the receiver makes every sender give up.
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    #[tokio::test]
    async fn frames_from_both_sources_arrive_whole_and_in_order() {
        let (client_end, server_out) = tokio::io::duplex(1 << 20);
        let (outbox, mut tower) = Outbox::spawn(server_out);
        tower
            .write_all(b"Content-Length: 7\r\n\r\n{\"a\":1}")
            .await
            .expect("tower writes");
        tower.flush().await.expect("flush");
        // Let the forwarder pick up tower's frame before the direct one is queued.
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        assert!(outbox.send(b"{\"b\":22}".to_vec()).await);
        drop(outbox);
        drop(tower);
        let mut received = String::new();
        let mut client_end = client_end;
        let mut buf = [0u8; 256];
        while !received.ends_with("{\"b\":22}") {
            let n = client_end.read(&mut buf).await.expect("read");
            assert!(n > 0, "stream ended early: {received:?}");
            received.push_str(std::str::from_utf8(&buf[..n]).expect("utf-8"));
        }
        assert_eq!(
            received,
            "Content-Length: 7\r\n\r\n{\"a\":1}Content-Length: 8\r\n\r\n{\"b\":22}"
        );
    }
}
