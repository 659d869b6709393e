//! What analyzers learn about a paragraph or a document, beyond findings.
//!
//! Each analyzer stores its own typed results (citations, record cites, words…)
//! in an [`Extensions`] map, so adding an analyzer never touches a shared struct.

use std::any::{Any, TypeId};
use std::fmt;
use std::sync::Mutex;

use rustc_hash::FxHashMap;

use crate::vocabulary::{Finding, Span};

/// A small type map: one value per type.
#[derive(Default)]
pub struct Extensions {
    map: FxHashMap<TypeId, Box<dyn Any + Send + Sync>>,
}

impl Extensions {
    pub fn insert<T: Any + Send + Sync>(&mut self, value: T) {
        self.map.insert(TypeId::of::<T>(), Box::new(value));
    }
    pub fn get<T: Any + Send + Sync>(&self) -> Option<&T> {
        self.map
            .get(&TypeId::of::<T>())
            .and_then(|b| b.downcast_ref::<T>())
    }
    pub fn get_mut<T: Any + Send + Sync>(&mut self) -> Option<&mut T> {
        self.map
            .get_mut(&TypeId::of::<T>())
            .and_then(|b| b.downcast_mut::<T>())
    }
    // The map only ever stores a `Box<T>` under `TypeId::of::<T>()`: not reachable from input.
    #[allow(clippy::expect_used)]
    pub fn get_or_default<T: Any + Send + Sync + Default>(&mut self) -> &mut T {
        self.map
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Box::new(T::default()))
            .downcast_mut::<T>()
            .expect("type map entry has the type of its key")
    }
}

impl fmt::Debug for Extensions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Extensions({} entries)", self.map.len())
    }
}

/// Results of the per-paragraph analyzers for one paragraph, in logical offsets.
/// Cached by paragraph content, so nothing in here may depend on other paragraphs.
#[derive(Debug, Default)]
pub struct ParagraphFacts {
    pub findings: Vec<Finding>,
    /// Indices into `findings` of those inside a quotation whose rule leaves quoted text
    /// alone (sorted): never reported, but kept in `findings` so that the indices the
    /// analyzers recorded for the document pass (`withdraw`) still name the right finding.
    pub quoted: Vec<usize>,
    /// Spans later analyzers must leave alone (citations, record cites, URLs…):
    /// a spell checker does not check `LegalNet` inside a citation.
    pub protected: Vec<Span>,
    pub ext: Extensions,
}

impl ParagraphFacts {
    pub fn is_protected(&self, span: Span) -> bool {
        self.protected.iter().any(|p| p.overlaps(span))
    }
    pub fn protect(&mut self, span: Span) {
        self.protected.push(span);
    }
}

/// A finding of the document-wide pass: which paragraph, and the finding in its logical offsets.
#[derive(Clone, Debug)]
pub struct DocFinding {
    pub paragraph: usize,
    pub finding: Finding,
}

/// Results of the document-wide pass.
#[derive(Debug, Default)]
pub struct DocumentFacts {
    pub findings: Vec<DocFinding>,
    /// Indices into `paragraph findings` to drop: the document pass may withdraw a
    /// provisional per-paragraph finding (e.g. a "misspelling" that is a party name).
    pub withdrawn: Vec<(usize, usize)>,
    pub ext: Extensions,
}

impl DocumentFacts {
    pub fn push(&mut self, paragraph: usize, finding: Finding) {
        self.findings.push(DocFinding { paragraph, finding });
    }
    /// Withdraw finding `index` of paragraph `paragraph` (as listed in its `ParagraphFacts`).
    pub fn withdraw(&mut self, paragraph: usize, index: usize) {
        self.withdrawn.push((paragraph, index));
    }
}

/// What a document pass keeps from one run to the next over the same document: one
/// value per type, e.g. the citation model together with a digest of what it was
/// built from. A pass takes its value, decides whether it still applies, and puts
/// back what the next run may reuse. Held by the `ParagraphCache`, so it lives
/// exactly as long as the document's cache; a fresh cache starts it empty.
#[derive(Default)]
pub struct DocumentMemo {
    // A lock only so the cache stays `Sync`; one analysis runs at a time per cache.
    values: Mutex<Extensions>,
}

impl DocumentMemo {
    /// Removes and returns the value of type `T`, if one was kept.
    pub fn take<T: Any + Send + Sync>(&self) -> Option<T> {
        let mut values = self.values.lock().unwrap_or_else(|e| e.into_inner());
        let boxed = values.map.remove(&TypeId::of::<T>())?;
        boxed.downcast::<T>().ok().map(|b| *b)
    }
    /// Keeps `value` for the next run.
    pub fn put<T: Any + Send + Sync>(&self, value: T) {
        let mut values = self.values.lock().unwrap_or_else(|e| e.into_inner());
        values.insert(value);
    }
}

impl fmt::Debug for DocumentMemo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DocumentMemo")
    }
}
