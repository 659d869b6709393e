//! The case's docket: entries with their dates, docket text, attachments and
//! files, merged from whatever the workspace holds (PACER HTML, RECAP JSON,
//! `docket.csv`, document files named by entry number).
//!
//! The parsers are pure functions over text returning [`ParsedDocket`]; only
//! [`index`] touches the file system.

pub mod csv;
pub mod filenames;
pub mod index;
pub mod pacer_html;
pub mod recap_json;
mod text;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;

pub use text::{attachments_in_text, filed_by, parse_date};

/// A calendar date as docket sources give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for Date {
    /// PACER's form: `09/18/2018`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{:02}/{:04}", self.month, self.day, self.year)
    }
}

/// Where an entry was read from: a docket file and a 0-based line in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRow {
    pub path: PathBuf,
    pub line: u32,
}

/// A filed document available in the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentFile {
    pub path: PathBuf,
    /// Pages, when known (RECAP `page_count`, or form feeds of a text file).
    pub page_count: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attachment {
    pub number: u32,
    pub description: Option<String>,
    pub file: Option<DocumentFile>,
    pub page_count: Option<u32>,
}

/// One row of the docket.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub number: u32,
    pub date_filed: Option<Date>,
    /// The docket text as the clerk entered it.
    pub text: String,
    /// Who filed (or signed) it, from the docket text ("by Shajia Ayobi").
    pub filed_by: Option<String>,
    pub attachments: Vec<Attachment>,
    /// Whether some source lists this entry's attachments completely (PACER text,
    /// RECAP documents), so an attachment missing from `attachments` does not exist.
    pub attachments_listed: bool,
    /// The main document's file.
    pub document: Option<DocumentFile>,
    pub page_count: Option<u32>,
    /// Rows in docket files this entry was read from.
    pub rows: Vec<SourceRow>,
}

impl Entry {
    pub fn attachment(&self, number: u32) -> Option<&Attachment> {
        self.attachments.iter().find(|a| a.number == number)
    }
    /// Pages of the main document (`None`) or an attachment, when known.
    pub fn pages_of(&self, attachment: Option<u32>) -> Option<u32> {
        match attachment {
            None => self
                .page_count
                .or_else(|| self.document.as_ref().and_then(|d| d.page_count)),
            Some(a) => {
                let a = self.attachment(a)?;
                a.page_count
                    .or_else(|| a.file.as_ref().and_then(|f| f.page_count))
            }
        }
    }
    /// The file of the main document or an attachment.
    pub fn file_of(&self, attachment: Option<u32>) -> Option<&DocumentFile> {
        match attachment {
            None => self.document.as_ref(),
            Some(a) => self.attachment(a).and_then(|a| a.file.as_ref()),
        }
    }
}

/// The case's docket, indexed from files in the workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Docket {
    pub case_number: Option<String>,
    pub case_name: Option<String>,
    pub court: Option<String>,
    entries: BTreeMap<u32, Entry>,
    /// Docket files (not document files) the entries came from.
    pub sources: Vec<PathBuf>,
    /// Entry numbers, most recently filed first; built on first use after a change.
    recent: OnceLock<Vec<u32>>,
}

impl Docket {
    pub fn entry(&self, number: u32) -> Option<&Entry> {
        self.entries.get(&number)
    }
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = &Entry> {
        self.entries.values()
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Whether the docket text of some source was read (not only document files), so
    /// an entry missing from it can be reported as unknown.
    pub fn is_authoritative(&self) -> bool {
        !self.sources.is_empty() && !self.entries.is_empty()
    }
    /// Entries most recently filed first (by date filed, then number; undated last
    /// among equals), for completion.
    pub fn recent_first(&self) -> impl Iterator<Item = &Entry> {
        let order = self.recent.get_or_init(|| {
            let mut v: Vec<&Entry> = self.entries.values().collect();
            v.sort_by(|a, b| {
                b.date_filed
                    .cmp(&a.date_filed)
                    .then(b.number.cmp(&a.number))
            });
            v.into_iter().map(|e| e.number).collect()
        });
        order.iter().filter_map(|n| self.entries.get(n))
    }
    /// The highest entry number.
    pub fn last_number(&self) -> Option<u32> {
        self.entries.keys().next_back().copied()
    }

    /// Merges one parsed docket file. Earlier sources win on conflicting text;
    /// files, page counts, attachments and rows accumulate.
    pub fn merge(
        &mut self,
        parsed: ParsedDocket,
        source: PathBuf,
        resolve: &dyn Fn(&str) -> Option<DocumentFile>,
    ) {
        self.case_number = self.case_number.take().or(parsed.case_number);
        self.case_name = self.case_name.take().or(parsed.case_name);
        self.court = self.court.take().or(parsed.court);
        for p in parsed.entries {
            let e = self.entries.entry(p.number).or_insert_with(|| Entry {
                number: p.number,
                ..Entry::default()
            });
            if e.text.is_empty() {
                e.text = p.text.clone();
            }
            e.date_filed = e.date_filed.or(p.date_filed);
            if e.filed_by.is_none() {
                e.filed_by = filed_by(&p.text);
            }
            e.page_count = e.page_count.or(p.page_count);
            if e.document.is_none() {
                e.document = p.file.as_deref().and_then(resolve);
            }
            e.attachments_listed |= p.attachments_listed;
            for a in p.attachments {
                let file = a.file.as_deref().and_then(resolve);
                match e.attachments.iter_mut().find(|x| x.number == a.number) {
                    Some(x) => {
                        x.description = x.description.take().or(a.description);
                        x.page_count = x.page_count.or(a.page_count);
                        x.file = x.file.take().or(file);
                    }
                    None => e.attachments.push(Attachment {
                        number: a.number,
                        description: a.description,
                        file,
                        page_count: a.page_count,
                    }),
                }
            }
            e.attachments.sort_by_key(|a| a.number);
            e.rows.push(SourceRow {
                path: source.clone(),
                line: p.line,
            });
        }
        if !self.sources.contains(&source) {
            self.sources.push(source);
        }
    }

    /// Attaches a document file found by its name (`034 - Motion.pdf`, `34-1.pdf`).
    /// Creates the entry if no docket file lists it (its text is then the file's title).
    pub fn add_file(&mut self, named: &filenames::NamedFile, file: DocumentFile) {
        self.recent = OnceLock::new();
        let e = self.entries.entry(named.entry).or_insert_with(|| Entry {
            number: named.entry,
            ..Entry::default()
        });
        if e.text.is_empty() {
            if let Some(title) = &named.title {
                e.text = title.clone();
            }
        }
        match named.attachment {
            None => {
                if e.document.is_none() {
                    e.document = Some(file);
                }
            }
            Some(n) => match e.attachments.iter_mut().find(|a| a.number == n) {
                Some(a) => {
                    if a.file.is_none() {
                        a.file = Some(file);
                    }
                }
                None => {
                    e.attachments.push(Attachment {
                        number: n,
                        description: None,
                        file: Some(file),
                        page_count: None,
                    });
                    e.attachments.sort_by_key(|a| a.number);
                }
            },
        }
    }
}

/// What a docket parser read from one file, before paths are resolved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedDocket {
    pub case_number: Option<String>,
    pub case_name: Option<String>,
    pub court: Option<String>,
    pub entries: Vec<ParsedEntry>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedEntry {
    pub number: u32,
    pub date_filed: Option<Date>,
    pub text: String,
    /// 0-based line of the entry's row in the docket file.
    pub line: u32,
    pub attachments: Vec<ParsedAttachment>,
    pub attachments_listed: bool,
    /// A path as the docket data gives it (relative; validated when indexed).
    pub file: Option<String>,
    pub page_count: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedAttachment {
    pub number: u32,
    pub description: Option<String>,
    pub file: Option<String>,
    pub page_count: Option<u32>,
}

/// Why a docket file could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct ParseError(pub String);

/// Docket numbers beyond this are not real entries (and would make ranges explode).
pub const MAX_ENTRY_NUMBER: u32 = 999_999;

/// Parses a docket entry number cell: `34`, ` 34 `, `#34`, `034`.
pub(crate) fn entry_number(s: &str) -> Option<u32> {
    let s = s.trim().trim_start_matches('#').trim();
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| *n <= MAX_ENTRY_NUMBER)
}

/// Collapses whitespace runs to single spaces.
pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
