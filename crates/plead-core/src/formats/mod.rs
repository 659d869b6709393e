//! Bytes to checkable text: plain text in the encodings lawyers' files come in, the
//! text layer of a PDF, and a Word `.docx`. Pure (bytes in, text out, no I/O) and
//! independent of the rest of plead, so the CLI, the server and the docket reader can
//! all use it.
//!
//! What comes out is one [`Converted`]: the text the analysis sees, where its pages
//! and paragraphs start (so a finding can name "page 2" or "paragraph 14"), what was
//! taken out as furniture (ECF header stamps, pleading-paper line numbers, running
//! heads and footers), and the ECF stamps read on a filed PDF.
//!
//! Content decides the kind, not the file name: a `.txt` that is really a PDF is read
//! as a PDF, a `.pdf` that is really text as text.

pub mod decode;
pub mod docx;
pub mod ecf;
pub mod pdf;

/// What kind of source a text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    Text,
    Pdf,
    Docx,
}

/// Text taken out of the prose because it is page furniture, kept as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Furniture {
    /// 1-based physical page, where known.
    pub page: Option<u32>,
    pub kind: FurnitureKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FurnitureKind {
    /// The CM/ECF header the court's system stamps on every filed page.
    EcfStamp,
    /// The 1–28 line numbers of pleading paper.
    LineNumbers,
    /// A running head or a page header (PDF) or a Word header part.
    Header,
    /// A footer: page number, running foot, or a Word footer part.
    Footer,
}

/// A converted document: the text to check and how to map it back to the source.
#[derive(Clone, Debug)]
pub struct Converted {
    pub text: String,
    pub kind: SourceKind,
    /// Where each physical page starts in `text` (page `i + 1` starts at `page_starts[i]`).
    /// Empty when the source has no pages (plain text) or did not record them (a .docx
    /// Word never laid out).
    pub page_starts: Vec<usize>,
    /// The number printed on each physical page (its footer or header), when one was read.
    pub printed_pages: Vec<Option<String>>,
    /// Where each source paragraph starts in `text` (.docx only; paragraph `i + 1`,
    /// counting the body's non-empty paragraphs, table cells included).
    pub paragraph_starts: Vec<usize>,
    /// Footnotes and endnotes (.docx), which follow the body in `text`.
    pub notes: Vec<docx::Note>,
    pub furniture: Vec<Furniture>,
    /// ECF header stamps read on the pages of a filed PDF, in page order.
    pub stamps: Vec<ecf::Stamp>,
    /// Things the user should know (a guessed encoding, a damaged file read in part).
    pub warnings: Vec<String>,
}

/// Where an offset of [`Converted::text`] lies in the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// 1-based physical page.
    pub page: Option<u32>,
    /// 1-based paragraph of the body (.docx); for a note, the paragraph holding its
    /// reference mark.
    pub paragraph: Option<u32>,
    /// The footnote or endnote (as numbered in Word) the offset lies in (.docx).
    pub note: Option<(docx::NoteKind, u32)>,
}

impl Converted {
    /// Plain text with nothing to map back.
    pub fn plain(text: String, warnings: Vec<String>) -> Converted {
        Converted {
            text,
            kind: SourceKind::Text,
            page_starts: Vec::new(),
            printed_pages: Vec::new(),
            paragraph_starts: Vec::new(),
            notes: Vec::new(),
            furniture: Vec::new(),
            stamps: Vec::new(),
            warnings,
        }
    }

    /// The page and paragraph of a byte offset of the text. An offset on the blank
    /// between two pages or paragraphs (a line end, the form feed) lies where the text
    /// after it does: a span that starts there is about what follows.
    pub fn location(&self, offset: usize) -> Location {
        let offset = self.text.get(offset..).map_or(offset, |rest| {
            offset + (rest.len() - rest.trim_start().len())
        });
        self.location_of_char(offset)
    }

    /// The location of the character at `offset`, as it is (a note's reference mark
    /// may end its paragraph: the blank after it is not where it lies).
    fn location_of_char(&self, offset: usize) -> Location {
        let ordinal = |starts: &[usize]| {
            (!starts.is_empty()).then(|| starts.partition_point(|&s| s <= offset).max(1) as u32)
        };
        let note = self.notes.iter().take_while(|n| n.start <= offset).last();
        match note {
            // A note is on the page of its reference mark, and belongs to the body
            // paragraph that holds the mark.
            Some(n) => {
                let mark = self.location_of_char(n.reference.min(n.start.saturating_sub(1)));
                Location {
                    page: mark.page,
                    paragraph: mark.paragraph,
                    note: Some((n.kind, n.number)),
                }
            }
            None => Location {
                page: ordinal(&self.page_starts),
                paragraph: ordinal(&self.paragraph_starts),
                note: None,
            },
        }
    }

    /// Number of physical pages (0 when unknown).
    pub fn page_count(&self) -> u32 {
        self.page_starts.len() as u32
    }
}

/// Why a file cannot be checked. Each message is one line, for `plead: FILE: MESSAGE`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("not a text file ({0})")]
    Binary(String),
    #[error("no text layer: run OCR first")]
    NoTextLayer,
    #[error("cannot read the PDF: {0}")]
    Pdf(String),
    #[error("the PDF is encrypted; save an unencrypted copy")]
    EncryptedPdf,
    #[error("cannot read the Word document: {0}")]
    Docx(String),
    #[error("a legacy Word .doc file: save it as .docx (Word: File > Save As > Word Document) and check that")]
    LegacyWord,
    #[error("a WordPerfect file: save it as .docx and check that")]
    WordPerfect,
    #[error("an RTF file: save it as .docx or plain text and check that")]
    Rtf,
}

/// What the first bytes of a file say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    Text,
    Pdf,
    /// A ZIP archive: a .docx when it holds `word/document.xml`.
    Zip,
    /// An OLE compound file: a legacy Word .doc (or another Office 97 file).
    Ole,
    WordPerfect,
    Rtf,
}

/// Recognises a file by its content.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let head = &bytes[..bytes.len().min(1024)];
    if bytes.starts_with(b"PK\x03\x04") {
        Sniffed::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Sniffed::Ole
    } else if bytes.starts_with(&[0xFF, b'W', b'P', b'C']) {
        Sniffed::WordPerfect
    } else if bytes.starts_with(b"{\\rtf") {
        Sniffed::Rtf
    } else if memchr::memmem::find(head, b"%PDF-").is_some() {
        // The header may follow a few bytes of junk (a BOM, a mail header).
        Sniffed::Pdf
    } else {
        Sniffed::Text
    }
}

/// Why an editor's document is no text to check (the LSP server refuses it): a PDF,
/// a Word or other binary file opened as text, NUL or control bytes. None for text.
pub fn refusal(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let kind = match sniff(bytes) {
        Sniffed::Text => return decode::binary_reason(bytes),
        Sniffed::Pdf => "a PDF",
        Sniffed::Zip => "a ZIP archive (a .docx?)",
        Sniffed::Ole => "a legacy Word .doc",
        Sniffed::WordPerfect => "a WordPerfect file",
        Sniffed::Rtf => "an RTF file",
    };
    Some(kind.to_string())
}

/// Converts a file's bytes to checkable text. `name` (the file name) only breaks ties
/// the content leaves open and names legacy formats in messages.
pub fn convert(bytes: &[u8], name: &str) -> Result<Converted, FormatError> {
    match sniff(bytes) {
        Sniffed::Pdf => pdf::convert(bytes),
        Sniffed::Zip => docx::convert(bytes),
        Sniffed::Ole => Err(FormatError::LegacyWord),
        Sniffed::WordPerfect => Err(FormatError::WordPerfect),
        Sniffed::Rtf => Err(FormatError::Rtf),
        Sniffed::Text => {
            let lower = name.to_ascii_lowercase();
            // An extension that promises a binary format, on content that is not it.
            if lower.ends_with(".pdf") {
                return Err(FormatError::Pdf("no PDF header (%PDF-)".into()));
            }
            if lower.ends_with(".docx") {
                return Err(FormatError::Docx("not a ZIP archive".into()));
            }
            let (text, warnings) = decode::decode(bytes)?;
            Ok(Converted::plain(text, warnings))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_the_kind() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Sniffed::Pdf);
        assert_eq!(sniff(b"\xEF\xBB\xBF%PDF-1.4"), Sniffed::Pdf);
        assert_eq!(sniff(b"PK\x03\x04rest"), Sniffed::Zip);
        assert_eq!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            Sniffed::Ole
        );
        assert_eq!(sniff(b"{\\rtf1\\ansi"), Sniffed::Rtf);
        assert_eq!(sniff(b"Plaintiff moves"), Sniffed::Text);
    }

    #[test]
    fn legacy_formats_say_what_to_do() {
        let doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        let e = convert(&doc, "brief.doc").unwrap_err();
        assert!(e.to_string().contains("save it as .docx"), "{e}");
        let e = convert(b"\xFFWPC\x10\0\0\0", "brief.wpd").unwrap_err();
        assert!(e.to_string().contains("save it as .docx"), "{e}");
        let e = convert(b"not a pdf at all", "order.pdf").unwrap_err();
        assert!(matches!(e, FormatError::Pdf(_)), "{e}");
    }

    #[test]
    fn editors_binary_documents_are_refused() {
        assert_eq!(refusal("%PDF-1.7\n1 0 obj").as_deref(), Some("a PDF"));
        assert!(refusal("PK\u{3}\u{4}word/document.xml").is_some());
        assert!(refusal("abc\0def").is_some());
        assert_eq!(refusal("See Dkt. 10 at 2.\n\u{c}Page two"), None);
    }

    #[test]
    fn locations_map_offsets_to_pages_and_paragraphs() {
        let mut c = Converted::plain("a\n\u{c}b\n\u{c}c".into(), Vec::new());
        assert_eq!(c.location(0), Location::default());
        c.page_starts = vec![0, 3, 6];
        assert_eq!(c.location(0).page, Some(1));
        assert_eq!(c.location(3).page, Some(2));
        assert_eq!(c.location(7).page, Some(3));
        c.paragraph_starts = vec![0, 3];
        assert_eq!(c.location(4).paragraph, Some(2));
        // The line end and form feed before page 2 are page 2's.
        assert_eq!(c.location(1).page, Some(2));
        assert_eq!(c.location(2).page, Some(2));
    }
}
