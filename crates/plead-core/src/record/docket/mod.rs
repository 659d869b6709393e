//! The case's docket: entries with their dates, docket text, attachments and
//! files, merged from whatever the workspace holds (PACER HTML, RECAP JSON,
//! `docket.csv`, document files named by entry number).
//!
//! The parsers are pure functions over text returning [`ParsedDocket`]; only
//! [`index`] touches the file system.

pub mod acms_json;
pub mod assemble;
pub mod claims;
pub mod csv;
pub mod filenames;
pub mod html_tables;
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
    /// The document's address on PACER (`https://ecf.cand.uscourts.gov/doc1/…`), when
    /// the report links it.
    pub url: Option<String>,
    /// PACER's document id (the number in the `doc1` link).
    pub doc_id: Option<String>,
    /// Links inside the docket text (`re: 34 Motion` → entry 34's document).
    pub links: Vec<TextLink>,
    /// Sealed or restricted: the docket lists the entry but the document is not public.
    pub sealed: bool,
}

/// A link inside docket text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextLink {
    pub text: String,
    pub url: String,
}

/// Which PACER report (or export) a docket was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ReportKind {
    /// A district court docket report (civil, criminal, Court of International Trade).
    #[default]
    District,
    /// A bankruptcy court docket report (a case or an adversary proceeding).
    Bankruptcy,
    /// A court of appeals (or bankruptcy appellate panel) docket, CM/ECF or ACMS.
    Appellate,
    /// A "docket history" report (district or bankruptcy).
    History,
    /// A RECAP / CourtListener export or a spreadsheet: the court is not known from the format.
    Export,
}

impl ReportKind {
    pub fn describe(self) -> &'static str {
        match self {
            ReportKind::District => "district court docket",
            ReportKind::Bankruptcy => "bankruptcy docket",
            ReportKind::Appellate => "appellate docket",
            ReportKind::History => "docket history",
            ReportKind::Export => "docket export",
        }
    }
}

/// A proof of claim on a bankruptcy claims register.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Claim {
    pub number: u32,
    pub creditor: Option<String>,
    pub date_filed: Option<Date>,
    /// The amount claimed as the register gives it (`$1,234.56`).
    pub amount: Option<String>,
    /// The register's remarks / description.
    pub text: String,
    pub url: Option<String>,
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
    /// Further case numbers of the report (jointly administered cases, the lead case,
    /// the originating case of an appeal).
    pub other_case_numbers: Vec<String>,
    /// PACER court id (`cand`, `nysb`, `ca9`), when the report says.
    pub court_id: Option<String>,
    pub kind: ReportKind,
    entries: BTreeMap<u32, Entry>,
    /// Entries without a number (minute entries, appellate entries of courts that do
    /// not number them): listed, never cited by number.
    pub unnumbered: Vec<Entry>,
    /// The bankruptcy claims register, when one was saved beside the docket.
    pub claims: BTreeMap<u32, Claim>,
    /// The claims register's address, from the docket report's links.
    pub claims_register_url: Option<String>,
    /// Docket files (not document files) the entries came from.
    pub sources: Vec<PathBuf>,
    /// Other cases' dockets found in the same workspace (the lead case, an adversary
    /// proceeding, the district case of an appeal): see [`crate::record::case`].
    pub related: Vec<Docket>,
    /// Entry numbers, most recently filed first; built on first use after a change.
    recent: OnceLock<Vec<u32>>,
}

impl Docket {
    /// This docket and the related cases' dockets.
    pub fn cases(&self) -> impl Iterator<Item = &Docket> {
        std::iter::once(self).chain(self.related.iter())
    }
    /// Entries in all cases' dockets.
    pub fn total_len(&self) -> usize {
        self.cases().map(Docket::len).sum()
    }
    /// A short name for messages: `No. 1:17-cv-00693 (district court docket)`.
    pub fn describe(&self) -> String {
        match &self.case_number {
            Some(n) => format!("No. {n} ({})", self.kind.describe()),
            None => self.kind.describe().to_string(),
        }
    }
    pub fn claim(&self, number: u32) -> Option<&Claim> {
        self.claims.get(&number)
    }
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
            && self.claims.is_empty()
            && self.related.iter().all(Docket::is_empty)
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
        self.recent = OnceLock::new();
        if self.sources.is_empty() && self.entries.is_empty() {
            self.kind = parsed.kind;
        }
        self.case_number = self.case_number.take().or(parsed.case_number);
        self.case_name = self.case_name.take().or(parsed.case_name);
        self.court = self.court.take().or(parsed.court);
        self.court_id = self.court_id.take().or(parsed.court_id);
        for n in parsed.other_case_numbers {
            if !self.other_case_numbers.contains(&n) && self.case_number.as_ref() != Some(&n) {
                self.other_case_numbers.push(n);
            }
        }
        self.claims_register_url = self
            .claims_register_url
            .take()
            .or(parsed.claims_register_url);
        for c in parsed.claims {
            let claim = self.claims.entry(c.number).or_insert_with(|| Claim {
                number: c.number,
                ..Claim::default()
            });
            claim.creditor = claim.creditor.take().or(c.creditor);
            claim.date_filed = claim.date_filed.or(c.date_filed);
            claim.amount = claim.amount.take().or(c.amount);
            claim.url = claim.url.take().or(c.url);
            if claim.text.is_empty() {
                claim.text = c.text;
            }
            claim.rows.push(SourceRow {
                path: source.clone(),
                line: c.line,
            });
        }
        for p in parsed.unnumbered {
            self.unnumbered.push(Entry {
                date_filed: p.date_filed,
                text: p.text,
                url: p.url,
                doc_id: p.doc_id,
                links: p.links,
                sealed: p.sealed,
                rows: vec![SourceRow {
                    path: source.clone(),
                    line: p.line,
                }],
                ..Entry::default()
            });
        }
        for p in parsed.entries {
            let e = self.entries.entry(p.number).or_insert_with(|| Entry {
                number: p.number,
                ..Entry::default()
            });
            if e.text.is_empty() {
                e.text = p.text.clone();
                e.links = p.links.clone();
            }
            e.url = e.url.take().or(p.url);
            e.doc_id = e.doc_id.take().or(p.doc_id);
            e.sealed |= p.sealed;
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

    /// Attaches a PDF saved under its PACER document id to the entry (or attachment)
    /// with that id, if this docket has one.
    pub fn add_file_by_document_id(&mut self, id: &str, file: DocumentFile) {
        if let Some(e) = self
            .entries
            .values_mut()
            .find(|e| e.doc_id.as_deref() == Some(id))
        {
            if e.document.is_none() {
                e.document = Some(file);
            }
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
    /// Jointly administered cases, the lead case, the case appealed from.
    pub other_case_numbers: Vec<String>,
    pub case_name: Option<String>,
    pub court: Option<String>,
    /// PACER court id (`cand`, `nysb`, `ca9`).
    pub court_id: Option<String>,
    pub kind: ReportKind,
    /// Numbered entries, in the report's order.
    pub entries: Vec<ParsedEntry>,
    /// Entries without a number (their `number` is 0).
    pub unnumbered: Vec<ParsedEntry>,
    pub claims: Vec<ParsedClaim>,
    pub claims_register_url: Option<String>,
}

/// A claim read from a claims register.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedClaim {
    pub number: u32,
    pub creditor: Option<String>,
    pub date_filed: Option<Date>,
    pub amount: Option<String>,
    pub text: String,
    pub url: Option<String>,
    pub line: u32,
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
    /// The document's PACER address and id.
    pub url: Option<String>,
    pub doc_id: Option<String>,
    pub links: Vec<TextLink>,
    pub sealed: bool,
    /// The docket history report's short description (`Complaint`) when its
    /// full docket text was read too.
    pub short_description: Option<String>,
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
