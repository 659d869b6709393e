//! The LSP server: a thin adapter over the analysis.
//!
//! - [`documents`]: open documents as ropes; [`sync`]: didOpen/didChange/didClose;
//! - [`positions`]: byte offsets ↔ LSP positions in the negotiated encoding;
//! - [`analysis_worker`]: debounced, cancellable analysis off the protocol loop;
//! - [`features`] and [`actions`]: requests, each a call into `crate::ide`;
//! - [`settings`]: configuration layers; [`workspace`]: docket/library index and progress.

mod actions;
mod analysis_worker;
mod documents;
mod features;
mod frames;
mod lifecycle;
mod outbox;
mod settings;
mod state;
mod sync;
pub mod workspace;

use std::sync::atomic::Ordering;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, ClientSocket, LanguageServer, LspService, Server};

pub use actions::{COMMANDS, TABLE_OF_AUTHORITIES_COMMAND};
pub use settings::CONFIG_FILE;

use state::{ClientSupport, State};

/// Serves LSP over stdio until the client sends `exit` or closes stdin. Fails when
/// the client sent `exit` without `shutdown` (LSP asks for a non-zero exit code then).
pub fn run() -> anyhow::Result<()> {
    use anyhow::Context as _;
    use_one_malloc_arena();
    widen_stdout_pipe();
    // Few blocking threads: analyses of one document run one at a time anyway (they
    // share its cache), and every extra thread that touches a long brief keeps a
    // malloc arena of its own, which made memory grow under bursts of edits.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(4)
        .build()?;
    let clean = runtime.block_on(async {
        let (outbox, to_client) = outbox::Outbox::spawn(std::io::stdout())
            .context("could not start the thread that writes to stdout")?;
        let (service, socket) = service_with(Some(outbox));
        let lifecycle = Arc::new(lifecycle::Lifecycle::default());
        let service = lifecycle::WatchExit {
            inner: service,
            lifecycle: lifecycle.clone(),
        };
        // Malformed frames are dropped before tower-lsp sees them (they would end the session).
        let (guarded, to_server) = tokio::io::duplex(1 << 16);
        tokio::spawn(frames::forward_valid_frames(tokio::io::stdin(), to_server));
        let serve = Server::new(guarded, to_client, socket).serve(service);
        Ok::<bool, anyhow::Error>(tokio::select! {
            () = serve => true,
            shutdown_first = lifecycle.exited() => shutdown_first,
        })
    })?;
    // Analyses still running for a closed session are abandoned, not awaited.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    anyhow::ensure!(clean, "the client sent exit without shutdown");
    Ok(())
}

/// glibc gives threads malloc arenas of their own; memory a long brief's analysis freed
/// in one arena is not reused by the next analysis on another thread, and over 10,000
/// edits the server grew by 100 MB. With one arena it stays flat (`cargo bench --bench
/// lsp`, "RSS every 1,000 edits"). Must run before the runtime starts its threads.
fn use_one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it is called before any other
    // thread exists, and an unsupported value is refused by returning 0, not by failing.
    #[allow(unsafe_code)]
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// A long brief's diagnostics are ~650 kB; through the default 64 kB pipe the writer
/// hands them over in ten rounds, each waiting for the editor to read. A pipe that holds
/// them whole takes them in one write. Best effort: stdout may be no pipe, or the
/// system may refuse the size (then the default stays).
fn widen_stdout_pipe() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: F_SETPIPE_SZ only resizes the pipe behind fd 1 if it is one; on any other
    // file or a refused size fcntl returns -1 and changes nothing.
    #[allow(unsafe_code)]
    unsafe {
        libc::fcntl(libc::STDOUT_FILENO, libc::F_SETPIPE_SZ, 1 << 20);
    }
}

/// The server as a tower service (the binary serves it over stdio; tests drive it in-process).
pub fn service() -> (LspService<PleadServer>, ClientSocket) {
    service_with(None)
}

fn service_with(outbox: Option<outbox::Outbox>) -> (LspService<PleadServer>, ClientSocket) {
    LspService::build(move |client| PleadServer::new(client, outbox.clone()))
        .custom_method(DOCUMENT_TEXT_METHOD, PleadServer::document_text)
        .finish()
}

/// Custom request returning the server's copy of a document (for tests and debugging).
pub const DOCUMENT_TEXT_METHOD: &str = "plead/documentText";

#[derive(Debug, Deserialize, Serialize)]
pub struct DocumentTextParams {
    pub uri: Url,
}

#[derive(Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct DocumentText {
    pub version: i32,
    pub text: String,
}

pub struct PleadServer {
    state: Arc<State>,
}

impl PleadServer {
    fn new(client: Client, outbox: Option<outbox::Outbox>) -> PleadServer {
        PleadServer {
            state: Arc::new(State::new(client, outbox)),
        }
    }

    async fn document_text(&self, params: DocumentTextParams) -> Result<Option<DocumentText>> {
        Ok(self.state.docs.get(&params.uri).map(|d| DocumentText {
            version: d.version,
            text: d.rope.to_string(),
        }))
    }
}

fn capabilities(encoding: crate::text::Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(crate::proto::positions::encoding_kind(encoding)),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                ..Default::default()
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::REFACTOR_REWRITE,
            ]),
            ..Default::default()
        })),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: COMMANDS.iter().map(|c| c.to_string()).collect(),
            ..Default::default()
        }),
        document_symbol_provider: Some(OneOf::Left(true)),
        workspace_symbol_provider: Some(OneOf::Left(true)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".into(), ".".into()]),
            ..Default::default()
        }),
        inlay_hint_provider: Some(OneOf::Left(true)),
        document_link_provider: Some(DocumentLinkOptions {
            resolve_provider: Some(false),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        }),
        ..Default::default()
    }
}

/// The workspace root: the first workspace folder, else `rootUri`.
#[allow(deprecated)] // root_uri is deprecated in favour of workspace folders but still sent.
fn workspace_root(params: &InitializeParams) -> Option<std::path::PathBuf> {
    let folder = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| &f.uri);
    folder
        .or(params.root_uri.as_ref())
        .and_then(|u| u.to_file_path().ok())
}

/// Reloads `plead.toml` and the settings layers, reports problems once, re-analyzes.
pub(crate) async fn reload_config(state: &Arc<State>) {
    let loaded = match state.settings.read() {
        Ok(s) => s.load(),
        Err(_) => return,
    };
    let changed_problems = state
        .config_problems
        .read()
        .map(|p| *p != loaded.problems)
        .unwrap_or(true);
    state.set_config(loaded.config);
    if changed_problems {
        for p in &loaded.problems {
            state
                .client
                .show_message(MessageType::WARNING, format!("plead: {p}"))
                .await;
        }
        if let Ok(mut p) = state.config_problems.write() {
            *p = loaded.problems;
        }
    }
    analysis_worker::reanalyze_all(state);
}

/// Pulls the `plead` section with `workspace/configuration` (if the client supports it).
async fn pull_settings(state: &Arc<State>) -> Option<Value> {
    if !state.support().configuration {
        return None;
    }
    let item = ConfigurationItem {
        scope_uri: None,
        section: Some("plead".into()),
    };
    match state.client.configuration(vec![item]).await {
        Ok(mut values) if !values.is_empty() => Some(values.swap_remove(0)),
        Ok(_) => None,
        Err(e) => {
            state
                .log(
                    MessageType::WARNING,
                    format!("workspace/configuration failed: {e}"),
                )
                .await;
            None
        }
    }
}

async fn register_dynamic_capabilities(state: &Arc<State>) {
    let support = state.support();
    let mut registrations = Vec::new();
    if support.watch_files {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String(workspace::WATCH_GLOB.into()),
                kind: None,
            }],
        };
        registrations.push(Registration {
            id: "plead-watch-config".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(options).ok(),
        });
    }
    if support.configuration_registration {
        registrations.push(Registration {
            id: "plead-configuration".into(),
            method: "workspace/didChangeConfiguration".into(),
            register_options: None,
        });
    }
    if !registrations.is_empty() {
        if let Err(e) = state.client.register_capability(registrations).await {
            state
                .log(
                    MessageType::WARNING,
                    format!("client refused dynamic registration: {e}"),
                )
                .await;
        }
    }
}

/// Reporter citations ("673 F. Supp. 2d 1063") of the cases cited in open documents.
fn cited_reporters(state: &State) -> Vec<String> {
    let mut cited: Vec<String> = state
        .docs
        .iter()
        .filter_map(|d| d.latest.clone())
        .flat_map(|snap| {
            crate::citations::Authorities::of(&snap.analysis)
                .map(|a| {
                    a.authorities
                        .iter()
                        .filter(|x| x.kind == crate::citations::AuthorityKind::Case)
                        .flat_map(|x| x.reporter_cites.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
        .collect();
    cited.sort();
    cited.dedup();
    cited
}

/// Indexes the workspace (docket, authorities) on a blocking thread, with progress,
/// then re-analyzes open documents. A newer request supersedes a running one.
pub(crate) async fn index_workspace(state: &Arc<State>) {
    let Some(root) = state.root() else { return };
    let generation = state.index_generation.fetch_add(1, Ordering::SeqCst) + 1;
    let progress = workspace::Progress::begin(
        &state.client,
        state.support().progress,
        "plead: indexing workspace",
        Some(root.display().to_string()),
    )
    .await;
    let config = state.config();
    let cited = if config.authorities.online {
        cited_reporters(state)
    } else {
        Vec::new()
    };
    let found = tokio::task::spawn_blocking(move || {
        workspace::reindex_with_lookups(&root, &config, &cited)
    })
    .await;
    let superseded = state.index_generation.load(Ordering::SeqCst) != generation;
    let summary = match found {
        Ok(_) if superseded => "superseded".to_string(),
        Ok(found) => {
            for w in &found.warnings {
                state.log(MessageType::WARNING, w.clone()).await;
            }
            let summary = format!(
                "{} docket entries, {} library authorities, {} warnings",
                found.docket.as_ref().map_or(0, |d| d.total_len()),
                found.library.as_ref().map_or(0, |l| l.len()),
                found.warnings.len()
            );
            state.workspace.set(found);
            summary
        }
        Err(e) => {
            state
                .log(
                    MessageType::ERROR,
                    format!("indexing the workspace failed: {e}"),
                )
                .await;
            "failed".to_string()
        }
    };
    state
        .log(MessageType::INFO, format!("workspace index: {summary}"))
        .await;
    progress.end(Some(summary)).await;
    if !superseded {
        analysis_worker::reanalyze_all(state);
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for PleadServer {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref());
        let encoding = crate::proto::positions::negotiate(offered);
        if let Ok(mut e) = self.state.encoding.write() {
            *e = encoding;
        }
        if let Ok(mut s) = self.state.support.write() {
            *s = ClientSupport::from_capabilities(&params.capabilities);
        }
        if let Ok(mut s) = self.state.settings.write() {
            s.root = workspace_root(&params);
            s.init_options = params.initialization_options.clone();
        }
        let loaded = match self.state.settings.read() {
            Ok(s) => s.load(),
            Err(_) => return Err(tower_lsp::jsonrpc::Error::internal_error()),
        };
        self.state.set_config(loaded.config);
        // Shown in `initialized`, once the client may receive messages.
        if let Ok(mut p) = self.state.config_problems.write() {
            *p = loaded.problems;
        }
        Ok(InitializeResult {
            capabilities: capabilities(encoding),
            server_info: Some(ServerInfo {
                name: "plead".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let state = &self.state;
        let problems = state
            .config_problems
            .read()
            .map(|p| p.clone())
            .unwrap_or_default();
        for p in problems {
            state
                .client
                .show_message(MessageType::WARNING, format!("plead: {p}"))
                .await;
        }
        let root = state
            .root()
            .map(|r| r.display().to_string())
            .unwrap_or_else(|| "none".into());
        state
            .log(
                MessageType::INFO,
                format!(
                    "plead {} ready (workspace {root}, positions {})",
                    env!("CARGO_PKG_VERSION"),
                    state.encoding().as_lsp_str()
                ),
            )
            .await;
        // Requests to the client must not block the protocol loop: run them in the background.
        let state = state.clone();
        tokio::spawn(async move {
            register_dynamic_capabilities(&state).await;
            if let Some(pulled) = pull_settings(&state).await {
                if let Ok(mut s) = state.settings.write() {
                    s.client = Some(pulled);
                }
                reload_config(&state).await;
            }
            index_workspace(&state).await;
        });
    }

    async fn shutdown(&self) -> Result<()> {
        // Stop background work: every pending analysis sees a newer generation.
        for doc in self.state.docs.iter() {
            doc.bump();
        }
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        sync::did_open(&self.state, params).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        sync::did_change(&self.state, params).await;
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        sync::did_close(&self.state, params).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let state = self.state.clone();
        // Pulling may wait on the client; do it off the protocol loop.
        tokio::spawn(async move {
            let settings = match pull_settings(&state).await {
                Some(v) => v,
                None => settings::section(&params.settings),
            };
            if let Ok(mut s) = state.settings.write() {
                s.client = Some(settings);
            }
            reload_config(&state).await;
        });
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let state = &self.state;
        let paths: Vec<std::path::PathBuf> = params
            .changes
            .iter()
            .filter_map(|c| c.uri.to_file_path().ok())
            .collect();
        let is_config = |p: &std::path::PathBuf| p.file_name().is_some_and(|n| n == CONFIG_FILE);
        if paths.iter().any(is_config) {
            state
                .log(
                    MessageType::INFO,
                    format!("{CONFIG_FILE} changed; reloading"),
                )
                .await;
            reload_config(state).await;
        }
        // The editor's own drafts reach us through didChange, not the file system.
        let is_open = |p: &std::path::PathBuf| {
            Url::from_file_path(p).is_ok_and(|u| state.docs.contains_key(&u))
        };
        if paths
            .iter()
            .any(|p| !is_config(p) && !is_open(p) && workspace::affects_index(p))
        {
            let state = state.clone();
            tokio::spawn(async move { index_workspace(&state).await });
        }
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        Ok(Some(actions::code_action(&self.state, params).await))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        actions::execute_command(&self.state, params).await
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        Ok(Some(DocumentSymbolResponse::Nested(
            features::document_symbols(&self.state, params).await,
        )))
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<Vec<SymbolInformation>>> {
        Ok(Some(
            features::workspace_symbols(&self.state, &params.query).await,
        ))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        Ok(features::hover(&self.state, params).await)
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let found = features::definition(&self.state, params).await;
        Ok((!found.is_empty()).then_some(GotoDefinitionResponse::Array(found)))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        Ok(Some(features::references(&self.state, params).await))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        Ok(Some(CompletionResponse::Array(
            features::completion(&self.state, params).await,
        )))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        Ok(Some(features::inlay_hints(&self.state, params).await))
    }

    async fn document_link(&self, params: DocumentLinkParams) -> Result<Option<Vec<DocumentLink>>> {
        Ok(Some(features::document_links(&self.state, params).await))
    }
}
