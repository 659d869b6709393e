//! Ending the session: tower-lsp's transport keeps reading stdin after `exit`, so the
//! server watches for `shutdown`/`exit` itself and stops serving on `exit`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::sync::Notify;
use tower_lsp::jsonrpc::{Request, Response};
use tower_service::Service;

/// What the client said about ending the session.
#[derive(Default)]
pub struct Lifecycle {
    shutdown: AtomicBool,
    exited: Notify,
}

impl Lifecycle {
    /// Resolves when the client sent `exit`; true if it sent `shutdown` before.
    pub async fn exited(&self) -> bool {
        self.exited.notified().await;
        self.shutdown.load(Ordering::SeqCst)
    }
}

/// Wraps the LSP service and records `shutdown` and `exit` as they pass.
pub struct WatchExit<S> {
    pub inner: S,
    pub lifecycle: Arc<Lifecycle>,
}

impl<S> Service<Request> for WatchExit<S>
where
    S: Service<Request, Response = Option<Response>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let req = without_null_params(req);
        match req.method() {
            "shutdown" => self.lifecycle.shutdown.store(true, Ordering::SeqCst),
            // notify_one keeps the permit if nobody waits yet.
            "exit" => self.lifecycle.exited.notify_one(),
            _ => {}
        }
        self.inner.call(req)
    }
}

/// `shutdown` and `exit` take no params, but some clients (eglot 1.9) send
/// `"params": null`, which tower-lsp rejects as invalid params; drop it.
fn without_null_params(req: Request) -> Request {
    let takes_none = matches!(req.method(), "shutdown" | "exit");
    if !takes_none || !req.params().is_some_and(|p| p.is_null()) {
        return req;
    }
    let (method, id, _) = req.into_parts();
    let builder = Request::build(method);
    match id {
        Some(id) => builder.id(id).finish(),
        None => builder.finish(),
    }
}
