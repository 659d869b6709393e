//! Open documents: a rope per document, its version, its paragraph cache and the
//! latest analysis (with the exact text it was made from, for requests).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use dashmap::DashMap;
use ropey::Rope;
use tower_lsp::lsp_types::{TextDocumentContentChangeEvent, Url};

use crate::analysis::{Analysis, ParagraphCache};
use crate::document::Format;
use crate::proto::positions;
use crate::text::Encoding;

/// One analyzed version of a document. The rope is a cheap clone of the one that was
/// analyzed, so offsets in `analysis` convert to positions exactly.
pub struct Snapshot {
    pub version: i32,
    /// The generation (edit counter) this snapshot was made at.
    pub generation: u64,
    pub rope: Rope,
    pub text: Arc<String>,
    pub analysis: Arc<Analysis>,
}

pub struct DocState {
    pub rope: Rope,
    /// The rope's text as one string, edited alongside it: an analysis takes it as it
    /// is (a shared pointer) instead of copying a long brief out of the rope.
    pub text: Arc<String>,
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
            text: Arc::new(text.to_string()),
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

/// Applies LSP content changes in order (a change without a range replaces the text)
/// to the rope and its string mirror alike.
pub fn apply_changes(
    rope: &mut Rope,
    text: &mut Arc<String>,
    changes: &[TextDocumentContentChangeEvent],
    enc: Encoding,
) -> ChangeReport {
    let mut report = ChangeReport::default();
    for change in changes {
        match change.range {
            None => {
                *rope = Rope::from_str(&change.text);
                *text = Arc::new(change.text.clone());
            }
            Some(range) => {
                let (span, clamped) = positions::span(rope, range, enc);
                if clamped {
                    report.clamped += 1;
                }
                let start = rope.byte_to_char(span.start);
                let end = rope.byte_to_char(span.end);
                // Byte offsets of those characters: boundaries in the mirror as well.
                let bytes = rope.char_to_byte(start)..rope.char_to_byte(end);
                rope.remove(start..end);
                rope.insert(start, &change.text);
                // Copies the text only if the last analysis still holds this version.
                Arc::make_mut(text).replace_range(bytes, &change.text);
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tower_lsp::lsp_types::{Position, Range};

    fn change(range: Option<(u32, u32, u32, u32)>, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range
                .map(|(l0, c0, l1, c1)| Range::new(Position::new(l0, c0), Position::new(l1, c1))),
            range_length: None,
            text: text.to_string(),
        }
    }

    proptest! {
        /// The string an analysis reads is always the rope's text, whatever the edits:
        /// out-of-range and inverted ranges, positions inside surrogate pairs and CRLFs,
        /// multi-byte text, whole-text replacements, and a snapshot sharing the string.
        #[test]
        fn the_string_mirror_follows_the_rope(
            initial in "[a-zé😀\r\n §]{0,40}",
            edits in prop::collection::vec(
                (prop::option::weighted(0.9, (0u32..6, 0u32..12, 0u32..6, 0u32..12)), "[a-zé😀\r\n]{0,4}"),
                1..12,
            ),
            enc in prop_oneof![Just(Encoding::Utf8), Just(Encoding::Utf16), Just(Encoding::Utf32)],
        ) {
            let mut rope = Rope::from_str(&initial);
            let mut text = Arc::new(initial.clone());
            for (range, insert) in &edits {
                let held_by_a_snapshot = text.clone();
                apply_changes(&mut rope, &mut text, &[change(*range, insert)], enc);
                prop_assert_eq!(rope.to_string(), text.as_str());
                drop(held_by_a_snapshot);
            }
        }
    }
}
