//! The server's stdout, written by one thread a whole frame at a time.
//!
//! tower-lsp sends a notification by turning its params into a `serde_json::Value` tree
//! and serializing that: for the ~2,000 diagnostics of a long brief, that tree cost more
//! than analysing the keystroke. Diagnostics are therefore serialized straight from the
//! findings ([`crate::proto::diagnostics::publish_diagnostics_body`]) and queued here next to
//! tower-lsp's own frames, which are copied over whole so the two never interleave.
//!
//! The writer is a thread of its own with a blocking `Write`: a ~650 kB publish goes
//! out in one write, not copied into tokio's stdout buffer and handed to the blocking
//! pool, where it could wait behind an analysis. A frame may carry something to free
//! once it is written (the analysis it replaces), so freeing never competes with
//! getting the diagnostics to the editor.

use std::any::Any;
use std::io::Write;

use tokio::io::AsyncRead;
use tokio::sync::mpsc;

use super::frames::{read_frame, Frame};

/// Frames waiting for stdout. A client that stops reading blocks the senders once this
/// many are queued, as a full pipe would; memory stays bounded (each queued publish may
/// also hold the analysis it replaces until it is written: at most this many).
const QUEUED_FRAMES: usize = 8;

/// One message for the client, and what to free after writing it.
struct Outgoing {
    body: Vec<u8>,
    release: Option<Box<dyn Any + Send>>,
}

/// A handle for sending pre-serialized JSON-RPC messages to the client.
#[derive(Clone)]
pub struct Outbox {
    frames: mpsc::Sender<Outgoing>,
}

impl Outbox {
    /// An outbox writing to `out` from a thread of its own, plus the writer tower-lsp
    /// should be given: what it writes there is forwarded frame by frame. Must be
    /// called inside a tokio runtime (the forwarding is a task).
    pub fn spawn(
        out: impl Write + Send + 'static,
    ) -> std::io::Result<(Outbox, tokio::io::DuplexStream)> {
        let (frames, queued) = mpsc::channel(QUEUED_FRAMES);
        std::thread::Builder::new()
            .name("plead-stdout".into())
            .spawn(move || write_frames(queued, out))?;
        let (for_tower, from_tower) = tokio::io::duplex(1 << 16);
        tokio::spawn(forward_tower_frames(from_tower, frames.clone()));
        Ok((Outbox { frames }, for_tower))
    }

    /// Queues one message body (a JSON-RPC object), and something for the writer to
    /// free once the body is written. False once stdout is gone.
    pub async fn send(&self, body: Vec<u8>, release: Option<Box<dyn Any + Send>>) -> bool {
        self.frames.send(Outgoing { body, release }).await.is_ok()
    }
}

/// Copies tower-lsp's output into the queue, one message body at a time.
async fn forward_tower_frames(from_tower: impl AsyncRead + Unpin, frames: mpsc::Sender<Outgoing>) {
    let mut input = tokio::io::BufReader::with_capacity(1 << 16, from_tower);
    loop {
        match read_frame(&mut input).await {
            Ok(Frame::Body(body)) => {
                let frame = Outgoing {
                    body,
                    release: None,
                };
                if frames.send(frame).await.is_err() {
                    return;
                }
            }
            Ok(Frame::Skipped) => {}
            Ok(Frame::End) | Err(_) => return,
        }
    }
}

fn write_frames(mut queued: mpsc::Receiver<Outgoing>, out: impl Write) {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    while let Some(Outgoing { body, release }) = queued.blocking_recv() {
        let written = write!(out, "Content-Length: {}\r\n\r\n", body.len())
            .and_then(|()| out.write_all(&body))
            .and_then(|()| out.flush());
        // The client has the message: now free what it replaces.
        drop(release);
        if written.is_err() {
            // The client is gone; dropping the receiver makes every sender give up.
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};
    use tokio::io::AsyncWriteExt;

    /// A `Write` whose bytes the test can read.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Captured {
        fn text(&self) -> String {
            String::from_utf8_lossy(&self.0.lock().expect("not poisoned")).into_owned()
        }
    }

    /// Set when dropped: shows when the writer frees a frame's payload.
    struct Flag(Arc<std::sync::atomic::AtomicBool>);
    impl Drop for Flag {
        fn drop(&mut self) {
            self.0.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    }

    async fn wait_for(captured: &Captured, ending: &str) -> String {
        for _ in 0..200 {
            let text = captured.text();
            if text.ends_with(ending) {
                return text;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("never received {ending:?}: {:?}", captured.text());
    }

    #[tokio::test]
    async fn frames_from_both_sources_arrive_whole_and_in_order() {
        let captured = Captured::default();
        let (outbox, mut tower) = Outbox::spawn(captured.clone()).expect("writer thread");
        tower
            .write_all(b"Content-Length: 7\r\n\r\n{\"a\":1}")
            .await
            .expect("tower writes");
        tower.flush().await.expect("flush");
        wait_for(&captured, "{\"a\":1}").await;
        let freed = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let release: Box<dyn Any + Send> = Box::new(Flag(freed.clone()));
        assert!(outbox.send(b"{\"b\":22}".to_vec(), Some(release)).await);
        let received = wait_for(&captured, "{\"b\":22}").await;
        assert_eq!(
            received,
            "Content-Length: 7\r\n\r\n{\"a\":1}Content-Length: 8\r\n\r\n{\"b\":22}"
        );
        // The payload is freed once its frame is out (the writer drops it right after).
        for _ in 0..200 {
            if freed.load(std::sync::atomic::Ordering::SeqCst) {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("the frame's payload was never freed");
    }
}
