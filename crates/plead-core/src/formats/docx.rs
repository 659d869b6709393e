//! Word `.docx` (Office Open XML): the body's paragraphs and tables, then footnotes
//! and endnotes, as the text Word shows with tracked changes accepted. Runs are
//! joined — Word splits runs anywhere (`673 F.Su` + `pp.2d`), so a word or a
//! citation is whole again. Headers and footers are furniture, not prose. Deleted
//! text, field instructions and hidden text are not read.
//!
//! Each paragraph is one block of the text (paragraphs are separated by a blank
//! line); a finding maps back to its paragraph and, where Word stored its last
//! layout (`w:lastRenderedPageBreak`) or the author put an explicit page break
//! (`w:br w:type="page"`, `w:pageBreakBefore`), to its page. A finding in a footnote
//! or endnote maps to the note, and to the paragraph and page of its reference mark.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{Converted, FormatError, Furniture, FurnitureKind, SourceKind};

/// Largest XML part read (a 500-page brief's document.xml is a few MB).
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// A footnote or endnote's place in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteKind {
    Footnote,
    Endnote,
}

/// A paragraph being read: its text and where Word's last layout broke pages in it.
#[derive(Default)]
struct Paragraph {
    text: String,
    page_breaks: Vec<usize>,
}

/// What one XML part yields.
#[derive(Default)]
struct Part {
    paragraphs: Vec<(Paragraph, Option<String>)>,
    /// Footnote/endnote references in order: (kind, id, paragraph index, offset in it).
    references: Vec<(NoteKind, String, usize, usize)>,
}

pub fn convert(bytes: &[u8]) -> Result<Converted, FormatError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| FormatError::Docx(format!("not a readable ZIP archive ({e})")))?;
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    if !names.iter().any(|n| n == "word/document.xml") {
        let what = if names.iter().any(|n| n == "content.xml") {
            "an OpenDocument file: save it as .docx"
        } else {
            "a ZIP archive without word/document.xml, not a Word document"
        };
        return Err(FormatError::Docx(what.into()));
    }
    let body = parse_part(&read_part(&mut zip, "word/document.xml")?, None)?;
    let mut notes: HashMap<(NoteKind, String), Vec<Paragraph>> = HashMap::new();
    for (kind, part) in [
        (NoteKind::Footnote, "word/footnotes.xml"),
        (NoteKind::Endnote, "word/endnotes.xml"),
    ] {
        if names.iter().any(|n| n == part) {
            let parsed = parse_part(&read_part(&mut zip, part)?, Some(kind))?;
            for (p, id) in parsed.paragraphs {
                if let Some(id) = id {
                    notes.entry((kind, id)).or_default().push(p);
                }
            }
        }
    }
    let mut furniture = Vec::new();
    let mut parts: Vec<&String> = names
        .iter()
        .filter(|n| {
            n.starts_with("word/")
                && (n.contains("/header") || n.contains("/footer"))
                && n.ends_with(".xml")
        })
        .collect();
    parts.sort();
    for name in parts {
        let kind = if name.contains("/header") {
            FurnitureKind::Header
        } else {
            FurnitureKind::Footer
        };
        let parsed = parse_part(&read_part(&mut zip, name)?, None)?;
        let text = parsed
            .paragraphs
            .iter()
            .map(|(p, _)| p.text.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        if !text.is_empty() {
            furniture.push(Furniture {
                page: None,
                kind,
                text,
            });
        }
    }
    Ok(assemble(body, notes, furniture))
}

fn read_part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<String, FormatError> {
    let file = zip
        .by_name(name)
        .map_err(|e| FormatError::Docx(format!("{name}: {e}")))?;
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FormatError::Docx(format!("{name}: {e}")))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(FormatError::Docx(format!(
            "{name} is larger than {} MB",
            MAX_PART_BYTES >> 20
        )));
    }
    String::from_utf8(bytes).map_err(|_| FormatError::Docx(format!("{name} is not UTF-8 XML")))
}

/// Reads the paragraphs of one part. In a notes part (`notes` set) each paragraph
/// carries its note's id; separator notes are skipped.
fn parse_part(xml: &str, notes: Option<NoteKind>) -> Result<Part, FormatError> {
    let mut reader = Reader::from_str(xml);
    let mut part = Part::default();
    // Open paragraphs: a text box's paragraphs sit inside a run of another paragraph.
    let mut open: Vec<Paragraph> = Vec::new();
    let mut skip_depth = 0usize; // inside deleted text, a fallback, a separator note…
    let mut in_text = false;
    let mut hidden_run = false;
    let mut note_id: Option<String> = None;
    let mut note_skipped = false;
    loop {
        let event = reader.read_event().map_err(|e| {
            FormatError::Docx(format!(
                "malformed XML at byte {}: {e}",
                reader.buffer_position()
            ))
        })?;
        match event {
            Event::Start(e) => {
                let name = e.name().into_inner();
                if skip_depth > 0 {
                    skip_depth += 1;
                    continue;
                }
                match name {
                    "w:del" | "w:moveFrom" | "mc:Fallback" | "w:instrText" | "w:delInstrText"
                    | "w:delText" => {
                        skip_depth = 1;
                    }
                    "w:footnote" | "w:endnote" if notes.is_some() => {
                        let kind = attribute(&e, "w:type");
                        note_skipped = kind.is_some_and(|k| k != "normal");
                        note_id = attribute(&e, "w:id");
                        if note_skipped {
                            skip_depth = 1;
                        }
                    }
                    "w:p" => {
                        hidden_run = false;
                        open.push(Paragraph::default());
                    }
                    "w:r" => hidden_run = false,
                    "w:t" => in_text = true,
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if skip_depth > 0 {
                    continue;
                }
                let name = e.name().into_inner();
                match name {
                    "w:p" => {
                        part.paragraphs
                            .push((Paragraph::default(), note_id.clone()));
                    }
                    "w:vanish" | "w:specVanish" => hidden_run = !switched_off(&e),
                    _ => {
                        if let Some(p) = open.last_mut() {
                            if !hidden_run {
                                empty_element(
                                    name,
                                    &e,
                                    p,
                                    &mut part.references,
                                    part.paragraphs.len(),
                                );
                            }
                        }
                    }
                }
            }
            Event::End(e) => {
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                match e.name().into_inner() {
                    "w:p" => {
                        if let Some(p) = open.pop() {
                            part.paragraphs.push((p, note_id.clone()));
                        }
                    }
                    "w:t" => in_text = false,
                    "w:footnote" | "w:endnote" => {
                        note_id = None;
                        note_skipped = false;
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skip_depth == 0 && !hidden_run => {
                if let Some(p) = open.last_mut() {
                    p.text.push_str(&t);
                }
            }
            Event::CData(t) if in_text && skip_depth == 0 && !hidden_run => {
                if let Some(p) = open.last_mut() {
                    p.text.push_str(&t);
                }
            }
            Event::GeneralRef(r) if in_text && skip_depth == 0 && !hidden_run => {
                if let Some(p) = open.last_mut() {
                    let ch = match &*r {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => r.resolve_char_ref().ok().flatten(),
                    };
                    p.text.extend(ch);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let _ = note_skipped;
    Ok(part)
}

/// Run content that is an empty element: tabs, breaks, special hyphens, note
/// references, Word's record of where it last broke the page.
fn empty_element(
    name: &str,
    e: &BytesStart<'_>,
    p: &mut Paragraph,
    references: &mut Vec<(NoteKind, String, usize, usize)>,
    paragraph_index: usize,
) {
    match name {
        "w:tab" | "w:ptab" => p.text.push('\t'),
        "w:br" | "w:cr" => match attribute(e, "w:type").as_deref() {
            // An explicit page break: what follows starts a page.
            Some("page") => p.page_breaks.push(p.text.len()),
            // A column break is no line of its own.
            Some("column") => {}
            _ => p.text.push('\n'),
        },
        "w:noBreakHyphen" => p.text.push('-'),
        "w:lastRenderedPageBreak" => p.page_breaks.push(p.text.len()),
        // A paragraph formatted to start a page (its w:pPr).
        "w:pageBreakBefore" if !switched_off(e) => p.page_breaks.push(0),
        "w:footnoteReference" | "w:endnoteReference" => {
            let kind = if name == "w:footnoteReference" {
                NoteKind::Footnote
            } else {
                NoteKind::Endnote
            };
            if let Some(id) = attribute(e, "w:id") {
                references.push((kind, id, paragraph_index, p.text.len()));
            }
        }
        _ => {}
    }
}

/// A toggle property written `w:val="0"` (or false/off): present but switched off.
fn switched_off(e: &BytesStart<'_>) -> bool {
    matches!(
        attribute(e, "w:val").as_deref(),
        Some("0" | "false" | "off")
    )
}

fn attribute(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.try_get_attribute(key)
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
}

/// Joins the body paragraphs (blank line between), then the notes in the order
/// they are referenced.
fn assemble(
    body: Part,
    mut notes: HashMap<(NoteKind, String), Vec<Paragraph>>,
    furniture: Vec<Furniture>,
) -> Converted {
    let mut text = String::new();
    let mut paragraph_starts = Vec::new();
    let mut page_breaks = Vec::new();
    // Body paragraph index (among all, empty ones too) → its offset in the text.
    let mut body_offsets = Vec::with_capacity(body.paragraphs.len());
    for (p, _) in &body.paragraphs {
        body_offsets.push(text.len());
        if p.text.trim().is_empty() {
            // Empty paragraphs (spacing) add nothing, but Word's page breaks in them count.
            if !p.page_breaks.is_empty() {
                page_breaks.push(text.len());
            }
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        body_offsets.pop();
        body_offsets.push(start);
        paragraph_starts.push(start);
        page_breaks.extend(p.page_breaks.iter().map(|&b| start + b));
        text.push_str(&p.text);
    }
    // Pages: known only when Word stored where it broke them (its last layout, or an
    // explicit page break). A page starts at the first text after the break, so a
    // break at a paragraph's end and Word's mark at the next one's start are one page.
    let body_end = text.len();
    let mut page_starts = Vec::new();
    if !page_breaks.is_empty() {
        page_starts.push(0);
        for &b in &page_breaks {
            let skipped = text[b..].len() - text[b..].trim_start().len();
            let start = b + skipped;
            if start > 0 && start < body_end && page_starts.last() != Some(&start) {
                page_starts.push(start);
            }
        }
    }
    let mut note_starts = Vec::new();
    let mut numbers: HashMap<NoteKind, u32> = HashMap::new();
    for (kind, id, paragraph, offset) in &body.references {
        let Some(paragraphs) = notes.remove(&(*kind, id.clone())) else {
            continue;
        };
        let number = numbers.entry(*kind).or_insert(0);
        *number += 1;
        let reference = body_offsets.get(*paragraph).copied().unwrap_or(0) + offset;
        let mut first = true;
        for p in paragraphs.into_iter().filter(|p| !p.text.trim().is_empty()) {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            if first {
                note_starts.push(Note {
                    start: text.len(),
                    kind: *kind,
                    number: *number,
                    reference,
                });
                first = false;
            }
            text.push_str(p.text.trim_start());
        }
    }
    if !text.is_empty() {
        text.push('\n');
    }
    Converted {
        text,
        kind: SourceKind::Docx,
        page_starts,
        printed_pages: Vec::new(),
        paragraph_starts,
        notes: note_starts,
        furniture,
        stamps: Vec::new(),
        warnings: Vec::new(),
    }
}

/// Where a footnote or endnote's text starts, with the number Word shows and the
/// offset of its reference mark in the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    pub start: usize,
    pub kind: NoteKind,
    pub number: u32,
    pub reference: usize,
}
