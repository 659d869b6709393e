//! Open documents: a rope per document, its version, its paragraph cache and the
//! latest analysis (with the exact text it was made from, for requests).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use dashmap::DashMap;
use ropey::Rope;
use tower_lsp::lsp_types::{TextDocumentContentChangeEvent, Url};

use super::positions;
use crate::analysis::{Analysis, ParagraphCache};
use crate::document::Format;
use crate::text::Encoding;

/// One analyzed version of a document. The rope is a cheap clone of the one that was
/// analyzed, so offsets in `analysis` convert to positions exactly.
pub struct Snapshot {
    pub version: i32,
    /// The generation (edit counter) this snapshot was made at.
    pub generation: u64,
    pub rope: Rope,
    pub text: String,
    pub analysis: Arc<Analysis>,
}

pub struct DocState {
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
    /// Bumped on every edit (and on config changes); analyses of older generations are stale.
    pub generation: Arc<AtomicU64>,
    pub cache: Arc<Mutex<ParagraphCache>>,
    pub latest: Option<Arc<Snapshot>>,
    /// Words the user chose to ignore in this document (`plead.ignoreWord`).
    pub ignored_words: Arc<Vec<String>>,
    /// Generation of the last published diagnostics; never publish an older one after it.
    pub published: Arc<tokio::sync::Mutex<u64>>,
}

impl DocState {
    pub fn new(text: &str, version: i32, format: Format) -> DocState {
        DocState {
            rope: Rope::from_str(text),
            version,
            format,
            generation: Arc::new(AtomicU64::new(1)),
            cache: Arc::default(),
            latest: None,
            ignored_words: Arc::default(),
            published: Arc::default(),
        }
    }

    pub fn current_generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Marks everything analyzed so far as stale; returns the new generation.
    pub fn bump(&self) -> u64 {
        self.generation.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// The latest snapshot if it describes the current text.
    pub fn fresh_snapshot(&self) -> Option<Arc<Snapshot>> {
        self.latest
            .as_ref()
            .filter(|s| s.generation == self.current_generation())
            .cloned()
    }
}

/// What went wrong (but was survived) while applying a change.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ChangeReport {
    /// Edits whose range had to be clamped or reordered.
    pub clamped: usize,
}

/// Applies LSP content changes in order (a change without a range replaces the text).
pub fn apply_changes(
    rope: &mut Rope,
    changes: &[TextDocumentContentChangeEvent],
    enc: Encoding,
) -> ChangeReport {
    let mut report = ChangeReport::default();
    for change in changes {
        match change.range {
            None => *rope = Rope::from_str(&change.text),
            Some(range) => {
                let (span, clamped) = positions::span(rope, range, enc);
                if clamped {
                    report.clamped += 1;
                }
                let start = rope.byte_to_char(span.start);
                let end = rope.byte_to_char(span.end);
                rope.remove(start..end);
                rope.insert(start, &change.text);
            }
        }
    }
    report
}

/// The format of a document from its language id, else its file extension.
pub fn detect_format(uri: &Url, language_id: &str) -> Format {
    match Format::detect(language_id) {
        Format::Markdown => Format::Markdown,
        Format::Plain => Format::detect(uri.path()),
    }
}

pub type Documents = DashMap<Url, DocState>;
