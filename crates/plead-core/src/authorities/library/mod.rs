//! The offline authority library: what the workspace knows about authorities.
//!
//! Three sources, found without configuration (the loader walks the workspace):
//! CSL-JSON exported from Zotero/Juris-M ([`csl_json`]), Markdown notes with
//! front matter ([`notes`]) and opinions saved as text or HTML ([`opinions`]).
//! Parsing is pure (bytes in, entries out): [`build`] makes the library.

pub mod csl_json;
mod index;
pub mod notes;
pub mod opinions;

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

pub use index::{build, index_file, is_candidate};

use super::matching::{cite_key, same_case_name};

/// Where a library entry came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// A Zotero / Juris-M CSL-JSON export.
    CslJson,
    /// A Markdown note with front matter.
    Note,
    /// An opinion saved in the workspace.
    Opinion,
    /// The CourtListener citation-lookup API (online, opt-in), cached on disk.
    CourtListener,
}

impl SourceKind {
    pub fn describe(self) -> &'static str {
        match self {
            SourceKind::CslJson => "Zotero/CSL-JSON library",
            SourceKind::Note => "note",
            SourceKind::Opinion => "opinion in the workspace",
            SourceKind::CourtListener => "CourtListener",
        }
    }
}

/// What the library knows about one authority.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    pub source: Option<SourceKind>,
    /// The file it came from.
    pub path: PathBuf,
    /// 0-based line range of the entry in that file (0, 0: the whole file).
    pub lines: (u32, u32),
    pub case_name: Option<String>,
    /// Citations as written in the source (`673 F. Supp. 2d 1063`, `42 U.S.C. § 1983`).
    pub citations: Vec<String>,
    pub court: Option<String>,
    pub year: Option<u16>,
    /// What the authority holds (CSL `abstract`, note `holding:`).
    pub holding: Option<String>,
    /// A longer preview (note body, opinion syllabus or first paragraph, CSL `note`).
    pub preview: Option<String>,
    pub url: Option<String>,
}

impl Entry {
    fn source_kind(&self) -> SourceKind {
        self.source.unwrap_or(SourceKind::Note)
    }
}

/// Authorities known from the workspace, looked up by citation or case name.
#[derive(Debug, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    by_cite: FxHashMap<String, Vec<usize>>,
}

impl Library {
    pub fn new(entries: Vec<Entry>) -> Library {
        let mut library = Library::default();
        for e in entries {
            library.push(e);
        }
        library
    }

    pub fn push(&mut self, entry: Entry) {
        let i = self.entries.len();
        for c in &entry.citations {
            self.by_cite.entry(cite_key(c)).or_default().push(i);
        }
        self.entries.push(entry);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries for an authority, by any of its citations, else by its case name.
    /// Ordered by source: CSL-JSON, notes, opinions, CourtListener.
    pub fn lookup(&self, citations: &[String], case_name: Option<&str>) -> Vec<&Entry> {
        let mut hits: Vec<usize> = citations
            .iter()
            .filter_map(|c| self.by_cite.get(&cite_key(c)))
            .flatten()
            .copied()
            .collect();
        if let Some(name) = case_name {
            // By caption, unless both sides have citations (then they must agree:
            // the same parties may have several decisions).
            hits.extend(self.entries.iter().enumerate().filter_map(|(i, e)| {
                let comparable = e.citations.is_empty() || citations.is_empty();
                let matches = comparable
                    && e.case_name
                        .as_deref()
                        .is_some_and(|n| same_case_name(name, n));
                matches.then_some(i)
            }));
        }
        hits.sort_by_key(|&i| (self.entries[i].source_kind() as u8, i));
        hits.dedup();
        hits.into_iter().map(|i| &self.entries[i]).collect()
    }

    /// Entries whose case name or citation contains `query` (case-insensitive).
    pub fn search<'a>(&'a self, query: &str) -> impl Iterator<Item = &'a Entry> + 'a {
        let q = query.to_lowercase();
        self.entries.iter().filter(move |e| {
            q.is_empty()
                || e.case_name
                    .as_deref()
                    .is_some_and(|n| n.to_lowercase().contains(&q))
                || e.citations.iter().any(|c| c.to_lowercase().contains(&q))
        })
    }

    /// Entries that came from `path`.
    pub fn from_file<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| e.path == path)
    }
}

/// A short, single-paragraph preview: whitespace collapsed, cut at a word
/// boundary after about `max` characters.
pub fn clip(text: &str, max: usize) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= max {
        return collapsed;
    }
    let mut end = 0;
    for (i, c) in collapsed.char_indices() {
        if i > max {
            break;
        }
        if c == ' ' {
            end = i;
        }
    }
    if end == 0 {
        end = collapsed
            .char_indices()
            .nth(max)
            .map_or(collapsed.len(), |(i, _)| i);
    }
    format!("{}…", &collapsed[..end])
}
