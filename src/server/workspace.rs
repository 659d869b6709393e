//! Workspace-level state shared by all documents: the case's docket and the authority
//! library, re-indexed in the background with LSP progress reporting.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use tower_lsp::lsp_types::notification::Progress as ProgressNotification;
use tower_lsp::lsp_types::request::WorkDoneProgressCreate;
use tower_lsp::lsp_types::{
    NumberOrString, ProgressParams, ProgressParamsValue, WorkDoneProgress, WorkDoneProgressBegin,
    WorkDoneProgressCreateParams, WorkDoneProgressEnd, WorkDoneProgressReport,
};
use tower_lsp::Client;

use crate::authorities::Library;
use crate::config::Config;
use crate::record::Docket;

/// What the workspace index knows. Each slot is replaced whole (readers keep the `Arc`
/// they took, so a re-index never blocks a running request).
#[derive(Default)]
pub struct WorkspaceIndex {
    pub docket: RwLock<Option<Arc<Docket>>>,
    pub library: RwLock<Option<Arc<Library>>>,
}

impl WorkspaceIndex {
    pub fn docket(&self) -> Option<Arc<Docket>> {
        self.docket.read().ok().and_then(|d| d.clone())
    }
    pub fn library(&self) -> Option<Arc<Library>> {
        self.library.read().ok().and_then(|l| l.clone())
    }
    pub fn set(&self, found: Indexed) {
        if let Ok(mut d) = self.docket.write() {
            *d = found.docket.map(Arc::new);
        }
        if let Ok(mut l) = self.library.write() {
            *l = found.library.map(Arc::new);
        }
    }
}

/// The result of indexing a workspace folder.
#[derive(Default)]
pub struct Indexed {
    pub docket: Option<Docket>,
    pub library: Option<Library>,
    /// One line per file that could not be read or parsed.
    pub warnings: Vec<String>,
}

/// Indexes the workspace at `root` (blocking; the server runs it on a blocking thread
/// inside a progress report). This is the one place where workspace indexers plug in:
/// one line per domain.
pub fn reindex(root: &Path, config: &Config) -> Indexed {
    let (docket, mut warnings) = crate::loader::index_workspace(root, config);
    let (library, library_warnings) = crate::loader::library(root, config);
    warnings.extend(library_warnings);
    Indexed {
        docket: (!docket.is_empty()).then_some(docket),
        library: (!library.is_empty()).then_some(library),
        warnings,
    }
}

/// As [`reindex`], then, when the user switched the online source on, looks up the
/// cited authorities the library does not know on CourtListener (cached on disk, so
/// each citation is fetched once) and adds what it finds to the library.
pub fn reindex_with_lookups(root: &Path, config: &Config, cited: &[String]) -> Indexed {
    let mut found = reindex(root, config);
    if config.authorities.online && !cited.is_empty() {
        let mut library = found.library.take().unwrap_or_default();
        let transport = crate::loader::courtlistener::HttpTransport;
        let warnings = crate::loader::courtlistener::enrich(
            &mut library,
            cited,
            &config.authorities,
            &transport,
        );
        found.warnings.extend(warnings);
        found.library = (!library.is_empty()).then_some(library);
    }
    found
}

/// Whether a change to this file (reported by the file watcher) can change the index.
/// Documents open in the editor are excluded by the caller: their text comes from the editor.
pub fn affects_index(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    crate::record::affects_docket(path) || LIBRARY_EXTENSIONS.contains(&ext.as_str())
}

/// File kinds the authority library reads (CSL-JSON, notes, saved opinions).
const LIBRARY_EXTENSIONS: &[&str] = &["json", "md", "markdown", "txt", "html", "htm"];

/// Glob for the file watcher: the config file and everything [`affects_index`] may accept.
pub const WATCH_GLOB: &str = "**/*.{toml,json,md,markdown,txt,html,htm,csv,pdf}";

static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

/// A `$/progress` report shown by the client (if it supports `window.workDoneProgress`).
/// Create with [`Progress::begin`], finish with [`Progress::end`].
pub struct Progress {
    client: Client,
    token: Option<NumberOrString>,
}

impl Progress {
    /// Asks the client for a progress token and sends `begin`. When the client does not
    /// support progress (or refuses the token), the report is silently a no-op.
    pub async fn begin(
        client: &Client,
        supported: bool,
        title: &str,
        message: Option<String>,
    ) -> Progress {
        let mut progress = Progress {
            client: client.clone(),
            token: None,
        };
        if !supported {
            return progress;
        }
        let token = NumberOrString::String(format!(
            "plead/{}",
            NEXT_TOKEN.fetch_add(1, Ordering::Relaxed)
        ));
        let created = client
            .send_request::<WorkDoneProgressCreate>(WorkDoneProgressCreateParams {
                token: token.clone(),
            })
            .await;
        if created.is_err() {
            return progress;
        }
        progress.token = Some(token);
        progress
            .send(WorkDoneProgress::Begin(WorkDoneProgressBegin {
                title: title.to_string(),
                cancellable: Some(false),
                message,
                percentage: None,
            }))
            .await;
        progress
    }

    pub async fn report(&self, message: impl Into<String>, percentage: Option<u32>) {
        self.send(WorkDoneProgress::Report(WorkDoneProgressReport {
            cancellable: Some(false),
            message: Some(message.into()),
            percentage,
        }))
        .await;
    }

    pub async fn end(self, message: Option<String>) {
        self.send(WorkDoneProgress::End(WorkDoneProgressEnd { message }))
            .await;
    }

    async fn send(&self, value: WorkDoneProgress) {
        if let Some(token) = &self.token {
            self.client
                .send_notification::<ProgressNotification>(ProgressParams {
                    token: token.clone(),
                    value: ProgressParamsValue::WorkDone(value),
                })
                .await;
        }
    }
}
