//! Code actions (quick fixes, fix-all, dictionary commands) and `workspace/executeCommand`.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;
use tower_lsp::jsonrpc::{Error, Result};
use tower_lsp::lsp_types as lsp;
use tower_lsp::lsp_types::{MessageType, Url};

use super::analysis_worker;
use super::settings;
use super::state::State;
use crate::ide::code_actions::{
    code_actions, Action, ActionKind, ADD_WORD_COMMAND, IGNORE_WORD_COMMAND,
};
use crate::proto::diagnostics as convert;
use crate::proto::positions;
use crate::text::LineIndex;

/// Inserts or refreshes the table of authorities (`crate::ide::toa`).
pub const TABLE_OF_AUTHORITIES_COMMAND: &str = "plead.tableOfAuthorities";

/// Every command the server executes (announced in `executeCommandProvider`).
pub const COMMANDS: &[&str] = &[
    ADD_WORD_COMMAND,
    IGNORE_WORD_COMMAND,
    TABLE_OF_AUTHORITIES_COMMAND,
];

pub async fn code_action(
    state: &Arc<State>,
    params: lsp::CodeActionParams,
) -> Vec<lsp::CodeActionOrCommand> {
    let uri = params.text_document.uri;
    let Some(snap) = analysis_worker::current(state, &uri).await else {
        return Vec::new();
    };
    let enc = state.encoding();
    let (range, _) = positions::span(&snap.rope, params.range, enc);
    let only = params.context.only.unwrap_or_default();
    let wanted = |kind: &lsp::CodeActionKind| {
        only.is_empty()
            || only.iter().any(|o| {
                kind.as_str() == o.as_str()
                    || kind.as_str().starts_with(&format!("{}.", o.as_str()))
            })
    };
    let index = LineIndex::new(&snap.text);
    let cursor = index.cursor(&snap.text, enc);
    let pos = |offset: usize| positions::to_lsp(cursor.line_col(offset));
    code_actions(&snap.analysis, &snap.text, range)
        .into_iter()
        .filter(|a| wanted(&kind_of(a)))
        .map(|a| {
            let diagnostics = a
                .findings
                .iter()
                .filter_map(|&i| snap.analysis.findings.get(i))
                .map(|f| convert::diagnostic(f, &pos))
                .collect();
            let edit = (!a.edits.is_empty()).then(|| {
                let edits = a
                    .edits
                    .iter()
                    .map(|e| convert::text_edit(e.span, &e.new_text, &pos))
                    .collect();
                lsp::WorkspaceEdit {
                    changes: Some(HashMap::from([(uri.clone(), edits)])),
                    ..Default::default()
                }
            });
            let command = a.command.as_ref().map(|c| {
                let mut arguments: Vec<Value> = c
                    .arguments
                    .iter()
                    .map(|s| Value::String(s.clone()))
                    .collect();
                arguments.push(Value::String(uri.to_string()));
                lsp::Command {
                    title: c.title.clone(),
                    command: c.name.to_string(),
                    arguments: Some(arguments),
                }
            });
            lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                kind: Some(kind_of(&a)),
                title: a.title,
                diagnostics: Some(diagnostics),
                edit,
                command,
                is_preferred: a.preferred.then_some(true),
                disabled: None,
                data: None,
            })
        })
        .collect()
}

fn kind_of(a: &Action) -> lsp::CodeActionKind {
    match a.kind {
        // Offered as a quick fix so it appears next to the finding in every editor.
        ActionKind::QuickFix | ActionKind::FixAll => lsp::CodeActionKind::QUICKFIX,
        ActionKind::Rewrite => lsp::CodeActionKind::REFACTOR_REWRITE,
    }
}

pub async fn execute_command(
    state: &Arc<State>,
    params: lsp::ExecuteCommandParams,
) -> Result<Option<Value>> {
    let args = params.arguments;
    let string_arg = |i: usize, what: &str| {
        args.get(i)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| {
                Error::invalid_params(format!(
                    "{}: argument {} must be {what}",
                    params.command,
                    i + 1
                ))
            })
    };
    match params.command.as_str() {
        ADD_WORD_COMMAND => {
            let word = string_arg(0, "the word to add")?;
            add_word(state, &word).await?;
            Ok(None)
        }
        IGNORE_WORD_COMMAND => {
            let word = string_arg(0, "the word to ignore")?;
            let uri = string_arg(1, "the document URI")?;
            let uri = Url::parse(&uri)
                .map_err(|e| Error::invalid_params(format!("bad document URI: {e}")))?;
            ignore_word(state, &uri, word)?;
            Ok(None)
        }
        TABLE_OF_AUTHORITIES_COMMAND => {
            let uri = string_arg(0, "the document URI")?;
            let uri = Url::parse(&uri)
                .map_err(|e| Error::invalid_params(format!("bad document URI: {e}")))?;
            table_of_authorities(state, &uri).await
        }
        other => Err(Error::invalid_params(format!("unknown command {other}"))),
    }
}

trait ErrorExt {
    fn invalid_request_with_message(message: impl Into<String>) -> Error;
}

impl ErrorExt for Error {
    fn invalid_request_with_message(message: impl Into<String>) -> Error {
        Error {
            code: tower_lsp::jsonrpc::ErrorCode::InvalidRequest,
            message: message.into().into(),
            data: None,
        }
    }
}

async fn add_word(state: &Arc<State>, word: &str) -> Result<()> {
    let Some(path) = state.settings.read().ok().and_then(|s| s.config_path()) else {
        return Err(Error::invalid_request_with_message(
            "open a workspace folder to keep a workspace dictionary",
        ));
    };
    let word_owned = word.to_string();
    let path_owned = path.clone();
    let added = tokio::task::spawn_blocking(move || {
        settings::add_dictionary_word(&path_owned, &word_owned)
    })
    .await
    .map_err(|e| Error::invalid_request_with_message(format!("adding the word failed: {e}")))?
    .map_err(|e| Error::invalid_request_with_message(format!("{e:#}")))?;
    let msg = if added {
        "added a word to"
    } else {
        "word already in"
    };
    state
        .log(MessageType::INFO, format!("{msg} {}", path.display()))
        .await;
    super::reload_config(state).await;
    Ok(())
}

fn ignore_word(state: &Arc<State>, uri: &Url, word: String) -> Result<()> {
    {
        let mut doc = state
            .docs
            .get_mut(uri)
            .ok_or_else(|| Error::invalid_params(format!("{uri} is not open")))?;
        if !doc.ignored_words.contains(&word) {
            let mut words = (*doc.ignored_words).clone();
            words.push(word);
            doc.ignored_words = Arc::new(words);
        }
    }
    analysis_worker::schedule(state, uri);
    Ok(())
}

/// Builds the table-of-authorities edit. Applied through `workspace/applyEdit` when the
/// client supports it (the command then returns null), otherwise returned as a
/// `WorkspaceEdit` for the client to apply. Null as well when the table is up to date.
async fn table_of_authorities(state: &Arc<State>, uri: &Url) -> Result<Option<Value>> {
    let snap = analysis_worker::current(state, uri)
        .await
        .ok_or_else(|| Error::invalid_params(format!("{uri} is not open")))?;
    let edits = crate::ide::toa::table_of_authorities_edit(&snap.analysis, &snap.text)
        .map_err(|e| Error::invalid_request_with_message(e.to_string()))?;
    if edits.is_empty() {
        return Ok(None);
    }
    let enc = state.encoding();
    let text_edits = {
        let index = LineIndex::new(&snap.text);
        let cursor = index.cursor(&snap.text, enc);
        let pos = |offset: usize| positions::to_lsp(cursor.line_col(offset));
        edits
            .iter()
            .map(|e| convert::text_edit(e.span, &e.new_text, &pos))
            .collect()
    };
    let edit = lsp::WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), text_edits)])),
        ..Default::default()
    };
    if !state.support().apply_edit {
        return Ok(serde_json::to_value(edit).ok());
    }
    match state.client.apply_edit(edit).await {
        Ok(r) if r.applied => Ok(None),
        Ok(r) => Err(Error::invalid_request_with_message(format!(
            "the editor did not apply the table of authorities{}",
            r.failure_reason
                .map(|f| format!(": {f}"))
                .unwrap_or_default()
        ))),
        Err(e) => Err(Error::invalid_request_with_message(format!(
            "workspace/applyEdit failed: {e}"
        ))),
    }
}
