//! The server's shared state: client handle, documents, negotiated capabilities,
//! configuration and the workspace index.

use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, RwLock};

use tower_lsp::lsp_types::{
    ClientCapabilities, MessageType, Position, PublishDiagnosticsParams, Url,
};
use tower_lsp::Client;

use super::documents::Documents;
use super::outbox::Outbox;
use super::settings::Settings;
use super::workspace::WorkspaceIndex;
use crate::analysis::Finding;
use crate::config::Config;
use crate::proto::diagnostics as convert;
use crate::text::Encoding;

/// What the client told us it can do (from `initialize`).
#[derive(Clone, Copy, Debug, Default)]
pub struct ClientSupport {
    /// `workspace/configuration` (pull settings).
    pub configuration: bool,
    /// Dynamic registration of file watchers.
    pub watch_files: bool,
    /// Dynamic registration of `workspace/didChangeConfiguration`.
    pub configuration_registration: bool,
    /// `window/workDoneProgress`.
    pub progress: bool,
    /// `workspace/applyEdit`.
    pub apply_edit: bool,
}

impl ClientSupport {
    pub fn from_capabilities(caps: &ClientCapabilities) -> ClientSupport {
        let ws = caps.workspace.as_ref();
        ClientSupport {
            configuration: ws.and_then(|w| w.configuration).unwrap_or(false),
            watch_files: ws
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
            configuration_registration: ws
                .and_then(|w| w.did_change_configuration.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
            apply_edit: ws.and_then(|w| w.apply_edit).unwrap_or(false),
            progress: caps
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false),
        }
    }
}

pub struct State {
    pub client: Client,
    /// Over stdio, diagnostics skip tower-lsp's `Value` round trip (see `outbox`);
    /// in-process (tests) they go through `client`.
    pub outbox: Option<Outbox>,
    pub docs: Documents,
    pub encoding: RwLock<Encoding>,
    pub support: RwLock<ClientSupport>,
    pub settings: RwLock<Settings>,
    config: RwLock<Arc<Config>>,
    /// Config problems of the last load, shown once when they change.
    pub config_problems: RwLock<Vec<String>>,
    pub workspace: WorkspaceIndex,
    /// Bumped for every workspace (re)index; a finished index applies only if still newest.
    pub index_generation: AtomicU64,
    /// Documents refused at didOpen (not text: a PDF, binary): their changes are
    /// ignored quietly and they get no diagnostics.
    pub refused: dashmap::DashSet<Url>,
}

/// Diagnostics as [`State::publish_diagnostics`] sends them.
pub enum DiagnosticsMessage {
    /// Serialized for the outbox.
    Body(Vec<u8>),
    /// For tower-lsp's client.
    Params(PublishDiagnosticsParams),
}

/// Log levels of `plead.logLevel`, most severe first.
const LEVELS: &[(&str, MessageType)] = &[
    ("error", MessageType::ERROR),
    ("warn", MessageType::WARNING),
    ("info", MessageType::INFO),
    ("debug", MessageType::LOG),
];

fn rank(t: MessageType) -> usize {
    LEVELS
        .iter()
        .position(|(_, m)| *m == t)
        .unwrap_or(LEVELS.len())
}

impl State {
    pub fn new(client: Client, outbox: Option<Outbox>) -> State {
        State {
            client,
            outbox,
            docs: Documents::default(),
            encoding: RwLock::new(Encoding::Utf16),
            support: RwLock::default(),
            settings: RwLock::default(),
            config: RwLock::new(Arc::new(Config::default())),
            config_problems: RwLock::default(),
            workspace: WorkspaceIndex::default(),
            index_generation: AtomicU64::new(0),
            refused: dashmap::DashSet::new(),
        }
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding.read().map(|e| *e).unwrap_or_default()
    }

    pub fn support(&self) -> ClientSupport {
        self.support.read().map(|s| *s).unwrap_or_default()
    }

    pub fn config(&self) -> Arc<Config> {
        self.config.read().map(|c| c.clone()).unwrap_or_default()
    }

    pub fn set_config(&self, config: Config) {
        if let Ok(mut c) = self.config.write() {
            *c = Arc::new(config);
        }
    }

    pub fn root(&self) -> Option<PathBuf> {
        self.settings.read().ok().and_then(|s| s.root.clone())
    }

    /// A document's diagnostics ready to publish (an empty list clears them), built
    /// without awaiting so position mappers need not cross threads.
    pub fn diagnostics_message(
        &self,
        uri: &Url,
        version: Option<i32>,
        findings: &[Finding],
        pos: &dyn Fn(usize) -> Position,
    ) -> DiagnosticsMessage {
        match &self.outbox {
            Some(_) => DiagnosticsMessage::Body(convert::publish_diagnostics_body(
                uri, version, findings, pos,
            )),
            None => DiagnosticsMessage::Params(PublishDiagnosticsParams {
                uri: uri.clone(),
                diagnostics: findings
                    .iter()
                    .map(|f| convert::diagnostic(f, pos))
                    .collect(),
                version,
            }),
        }
    }

    /// Sends diagnostics; `release` is freed once they are written (or dropped here when
    /// they go through tower-lsp's client).
    pub async fn publish_diagnostics(
        &self,
        message: DiagnosticsMessage,
        release: Option<Box<dyn std::any::Any + Send>>,
    ) {
        match message {
            // A body is only ever made when there is an outbox.
            DiagnosticsMessage::Body(body) => {
                if let Some(outbox) = &self.outbox {
                    outbox.send(body, release).await;
                }
            }
            DiagnosticsMessage::Params(p) => {
                self.client
                    .publish_diagnostics(p.uri, p.diagnostics, p.version)
                    .await;
            }
        }
    }

    /// `window/logMessage`, filtered by `plead.logLevel`. Never pass document text here.
    pub async fn log(&self, level: MessageType, message: impl Into<String>) {
        let config = self.config();
        let threshold = LEVELS
            .iter()
            .position(|(n, _)| *n == config.log_level)
            .unwrap_or(2);
        if rank(level) <= threshold {
            self.client.log_message(level, message.into()).await;
        }
    }
}
