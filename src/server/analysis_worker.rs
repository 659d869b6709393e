//! Scheduling analyses off the protocol loop: debounce, cancellation of stale runs,
//! and publishing diagnostics in order (never an older generation after a newer one).

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tower_lsp::lsp_types::{MessageType, Url};

use super::documents::Snapshot;
use super::state::State;
use crate::analysis::{Analysis, ParagraphCache};
use crate::engine::{analyze_with, analyzers, Workspace};
use crate::proto::positions;
use crate::text::LineIndex;

/// Whether an analysis may be abandoned when the document changes under it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Run {
    /// Background run after an edit: give up as soon as a newer edit arrives.
    Cancellable,
    /// A request needs an answer about the text as it is now.
    ToCompletion,
}

/// A new snapshot, and the one it replaced as the document's latest (to be freed off
/// the way to the editor: it holds thousands of findings and citations on a long brief).
pub struct Analyzed {
    pub snapshot: Arc<Snapshot>,
    pub replaced: Option<Arc<Snapshot>>,
}

/// Frees a replaced snapshot on a blocking thread.
fn release(replaced: Option<Arc<Snapshot>>) {
    if let Some(previous) = replaced {
        tokio::task::spawn_blocking(move || drop(previous));
    }
}

/// Analyzes the current text of `uri` on a blocking thread with the document's paragraph
/// cache, stores the result as the document's latest snapshot and returns it. None when
/// the document is unknown or closed, the run was cancelled, or an analyzer panicked
/// (logged; the server keeps running).
pub async fn analyze(state: &Arc<State>, uri: &Url, run: Run) -> Option<Analyzed> {
    let (format, counter, generation, cache, ignored) = {
        let doc = state.docs.get(uri)?;
        (
            doc.format,
            doc.generation.clone(),
            doc.current_generation(),
            doc.cache.clone(),
            doc.ignored_words.clone(),
        )
    };
    let (shared, uri_owned) = (state.clone(), uri.clone());
    let config = state.config();
    let workspace = Workspace {
        docket: state.workspace.docket(),
    };
    let job = tokio::task::spawn_blocking(move || {
        let cancelled = || run == Run::Cancellable && counter.load(Ordering::SeqCst) != generation;
        // A burst of edits queues one run per edit behind the cache lock: the stale ones
        // give up before taking the lock, and again once they get it, so they do not
        // analyse a long brief each. Only a run that goes ahead takes the text, so
        // queued runs do not each keep a version of it alive.
        if cancelled() {
            return None;
        }
        let mut cache = match cache.lock() {
            Ok(guard) => guard,
            Err(poisoned) => {
                // A previous run panicked mid-way: its cache may be partial, start afresh.
                let mut guard = poisoned.into_inner();
                *guard = ParagraphCache::default();
                guard
            }
        };
        let (rope, text, version, generation) = {
            let doc = shared.docs.get(&uri_owned)?;
            (
                doc.rope.clone(),
                doc.text.clone(),
                doc.version,
                doc.current_generation(),
            )
        };
        if cancelled() {
            return None;
        }
        let mut analysis = analyze_with(
            &analyzers(),
            &text,
            format,
            &config,
            &workspace,
            &mut cache,
            &cancelled,
        )?;
        drop(cache);
        withdraw_ignored(&mut analysis, &text, &ignored);
        Some(Snapshot {
            version,
            generation,
            rope,
            text,
            analysis: Arc::new(analysis),
        })
    });
    let snapshot = match job.await {
        Ok(Some(s)) => Arc::new(s),
        Ok(None) => return None,
        Err(e) => {
            state
                .log(MessageType::ERROR, format!("analysis of {uri} failed: {e}"))
                .await;
            return None;
        }
    };
    let replaced = state.docs.get_mut(uri).and_then(|mut doc| {
        let newer_stored = doc
            .latest
            .as_ref()
            .is_some_and(|s| s.generation > snapshot.generation);
        (!newer_stored).then(|| doc.latest.replace(snapshot.clone()))?
    });
    Some(Analyzed { snapshot, replaced })
}

/// Drops `typo/misspelling` findings for words the user ignored in this document.
fn withdraw_ignored(analysis: &mut Analysis, text: &str, ignored: &[String]) {
    if ignored.is_empty() {
        return;
    }
    analysis.findings.retain(|f| {
        f.code != "typo/misspelling"
            || !text
                .get(f.span.start..f.span.end)
                .is_some_and(|w| ignored.iter().any(|i| i == w))
    });
}

/// Marks the document's analysis stale and schedules a new one, published after
/// `debounceMs` unless a newer edit arrives first.
pub fn schedule(state: &Arc<State>, uri: &Url) {
    let Some(generation) = state.docs.get(uri).map(|d| d.bump()) else {
        return;
    };
    let debounce = state.config().debounce_ms;
    let state = state.clone();
    let uri = uri.clone();
    tokio::spawn(async move {
        if debounce > 0 {
            tokio::time::sleep(Duration::from_millis(debounce)).await;
            if !is_current(&state, &uri, generation) {
                return;
            }
        }
        if let Some(Analyzed { snapshot, replaced }) = analyze(&state, &uri, Run::Cancellable).await
        {
            publish(&state, &uri, &snapshot, replaced).await;
        }
    });
}

fn is_current(state: &State, uri: &Url, generation: u64) -> bool {
    state
        .docs
        .get(uri)
        .is_some_and(|d| d.current_generation() == generation)
}

/// Publishes the snapshot's findings unless the document moved on or a newer
/// generation was already published. `replaced` is freed once they are written.
pub async fn publish(
    state: &Arc<State>,
    uri: &Url,
    snapshot: &Snapshot,
    replaced: Option<Arc<Snapshot>>,
) {
    let Some(published) = state.docs.get(uri).map(|d| d.published.clone()) else {
        return release(replaced);
    };
    let mut last = published.lock().await;
    if *last > snapshot.generation || !is_current(state, uri, snapshot.generation) {
        return release(replaced);
    }
    *last = snapshot.generation;
    let message = {
        let index = LineIndex::new(&snapshot.text);
        let cursor = index.cursor(&snapshot.text, state.encoding());
        let pos = |offset: usize| positions::to_lsp(cursor.line_col(offset));
        state.diagnostics_message(
            uri,
            Some(snapshot.version),
            &snapshot.analysis.findings,
            &pos,
        )
    };
    let replaced = replaced.map(|r| -> Box<dyn std::any::Any + Send> { Box::new(r) });
    state.publish_diagnostics(message, replaced).await;
}

/// The analysis of the document as it is now, for answering a request: the latest
/// snapshot if it is fresh, otherwise a run to completion (cheap thanks to the cache).
pub async fn current(state: &Arc<State>, uri: &Url) -> Option<Arc<Snapshot>> {
    let fresh = state.docs.get(uri)?.fresh_snapshot();
    match fresh {
        Some(s) => Some(s),
        None => {
            let Analyzed { snapshot, replaced } = analyze(state, uri, Run::ToCompletion).await?;
            release(replaced);
            Some(snapshot)
        }
    }
}

/// Re-analyzes and republishes every open document (after a config change).
pub fn reanalyze_all(state: &Arc<State>) {
    let uris: Vec<Url> = state.docs.iter().map(|d| d.key().clone()).collect();
    for uri in uris {
        schedule(state, &uri);
    }
}
