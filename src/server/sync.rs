//! Document synchronization: didOpen, didChange (full and incremental), didClose.
//!
//! Edits are applied to the rope before the first `.await`, so notifications are
//! applied in the order the client sent them.

use std::sync::Arc;

use tower_lsp::lsp_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, MessageType,
};

use super::analysis_worker;
use super::documents::{apply_changes, detect_format, DocState};
use super::state::State;

pub async fn did_open(state: &Arc<State>, params: DidOpenTextDocumentParams) {
    let doc = params.text_document;
    // A PDF, a Word file or other binary an editor opened as text: nothing to check,
    // and findings on its bytes would be noise. Refused with a logged reason.
    if let Some(reason) = crate::formats::refusal(&doc.text) {
        state.refused.insert(doc.uri.clone());
        let message = format!("not checking {}: not a text document ({reason})", doc.uri);
        state.log(MessageType::WARNING, message).await;
        return;
    }
    state.refused.remove(&doc.uri);
    // A file without line breaks: its too-long paragraph is not checked (the analysis
    // skips it rather than stall); say so, so an empty list of problems is not misread.
    let longest = doc.text.split('\n').map(str::len).max().unwrap_or(0);
    if longest > crate::analysis::MAX_ANALYZED_PARAGRAPH {
        let message = format!(
            "{}: a line of {} KB (no line breaks?) is too long to check; nothing in it is checked",
            doc.uri,
            longest.div_ceil(1024)
        );
        state.log(MessageType::WARNING, message).await;
    }
    let format = detect_format(&doc.uri, &doc.language_id);
    state.docs.insert(
        doc.uri.clone(),
        DocState::new(&doc.text, doc.version, format),
    );
    analysis_worker::schedule(state, &doc.uri);
    if state.config().authorities.online {
        // Look up what the new document cites once it is analyzed (opt-in, cached).
        let (state, uri) = (state.clone(), doc.uri.clone());
        tokio::spawn(async move {
            if analysis_worker::current(&state, &uri).await.is_some() {
                super::index_workspace(&state).await;
            }
        });
    }
    state
        .log(
            MessageType::LOG,
            format!(
                "opened {} (version {}, {} bytes, {format:?})",
                doc.uri,
                doc.version,
                doc.text.len()
            ),
        )
        .await;
}

pub async fn did_change(state: &Arc<State>, params: DidChangeTextDocumentParams) {
    let uri = params.text_document.uri;
    let version = params.text_document.version;
    let enc = state.encoding();
    let outcome = match state.docs.get_mut(&uri) {
        None => Outcome::Unknown,
        Some(doc) if version < doc.version => Outcome::Backwards {
            current: doc.version,
        },
        Some(mut doc) => {
            let doc = &mut *doc;
            let report = apply_changes(&mut doc.rope, &mut doc.text, &params.content_changes, enc);
            doc.version = version;
            Outcome::Applied {
                clamped: report.clamped,
            }
        }
    };
    match outcome {
        Outcome::Unknown if state.refused.contains(&uri) => {}
        Outcome::Unknown => {
            state
                .log(
                    MessageType::WARNING,
                    format!("ignored a change to {uri}, which is not open"),
                )
                .await;
        }
        Outcome::Backwards { current } => {
            let msg = format!("ignored a change to {uri}: version {version} is older than the current version {current}");
            state.log(MessageType::WARNING, msg).await;
        }
        Outcome::Applied { clamped } => {
            analysis_worker::schedule(state, &uri);
            if clamped > 0 {
                let msg = format!("{uri} version {version}: {clamped} edit range(s) were out of range or inverted and were clamped");
                state.log(MessageType::WARNING, msg).await;
            }
        }
    }
}

enum Outcome {
    Unknown,
    Backwards { current: i32 },
    Applied { clamped: usize },
}

pub async fn did_close(state: &Arc<State>, params: DidCloseTextDocumentParams) {
    let uri = params.text_document.uri;
    if state.refused.remove(&uri).is_some() {
        return;
    }
    if let Some((_, doc)) = state.docs.remove(&uri) {
        // Cancel any running analysis of it.
        doc.bump();
    }
    let cleared = state.diagnostics_message(&uri, None, &[], &|_| Default::default());
    state.publish_diagnostics(cleared, None).await;
}
