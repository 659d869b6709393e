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
    /// The paragraph ends a section whose successor starts on a new page.
    section_break: bool,
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
    // Inside a paragraph's w:sectPr: whether the next section starts a page.
    let mut section: Option<bool> = None;
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
                    // Deleted text, field codes, and the properties a tracked formatting
                    // change replaced.
                    "w:del" | "w:moveFrom" | "mc:Fallback" | "w:instrText" | "w:delInstrText"
                    | "w:delText" | "w:pPrChange" | "w:rPrChange" | "w:sectPrChange" => {
                        skip_depth = 1;
                    }
                    // A section ending with this paragraph; the next one starts a page
                    // unless it is continuous. (The body's last sectPr is no paragraph's.)
                    "w:sectPr" if !open.is_empty() => section = Some(true),
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
                    "w:sectPr" if !open.is_empty() => {
                        if let Some(p) = open.last_mut() {
                            p.section_break = true;
                        }
                    }
                    "w:type" if section.is_some() => {
                        section = Some(!matches!(
                            attribute(&e, "w:val").as_deref(),
                            Some("continuous" | "nextColumn")
                        ));
                    }
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
                    "w:sectPr" => {
                        if let (Some(breaks), Some(p)) = (section.take(), open.last_mut()) {
                            p.section_break = breaks;
                        }
                    }
                    "w:p" => {
                        if let Some(mut p) = open.pop() {
                            if p.section_break {
                                p.page_breaks.push(p.text.len());
                            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn docx(body: &str, footnotes: Option<&str>) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let mut part = |name: &str, xml: String| {
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            zip.write_all(xml.as_bytes()).expect("write");
        };
        part(
            "word/document.xml",
            format!("<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>"),
        );
        if let Some(notes) = footnotes {
            part(
                "word/footnotes.xml",
                format!(
                    r#"<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>{notes}</w:footnotes>"#
                ),
            );
        }
        part(
            "word/header1.xml",
            format!(
                "<w:hdr {NS}><w:p><w:r><w:t>Smith v. Jones, 1 U.S. 1</w:t></w:r></w:p></w:hdr>"
            ),
        );
        zip.finish().expect("zip").into_inner()
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
    }

    fn page_of(c: &Converted, needle: &str) -> Option<u32> {
        c.location(c.text.find(needle).expect(needle)).page
    }

    #[test]
    fn explicit_page_breaks_and_next_page_sections_start_pages() {
        let body = [
            p("Cover."),
            // A section ending here (next page by default), and Word's mark after it:
            // one page, not two.
            r#"<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr><w:r><w:t>Contents.</w:t></w:r></w:p>"#.to_string(),
            r#"<w:p><w:r><w:lastRenderedPageBreak/><w:t>Body one.</w:t></w:r></w:p>"#.to_string(),
            r#"<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>Same page.</w:t></w:r></w:p>"#.to_string(),
            r#"<w:p><w:r><w:t>Before</w:t><w:br w:type="page"/><w:t>after.</w:t></w:r></w:p>"#.to_string(),
            r#"<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Own page.</w:t></w:r></w:p>"#.to_string(),
            r#"<w:p><w:pPr><w:pageBreakBefore w:val="0"/><w:pPrChange><w:pPr><w:pageBreakBefore/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Not a break.</w:t></w:r></w:p>"#.to_string(),
        ]
        .concat();
        let c = convert(&docx(&body, None)).expect("a .docx");
        assert_eq!(page_of(&c, "Cover"), Some(1));
        assert_eq!(page_of(&c, "Contents"), Some(1));
        assert_eq!(page_of(&c, "Body one"), Some(2));
        assert_eq!(page_of(&c, "Same page"), Some(2));
        assert_eq!(page_of(&c, "Before"), Some(2));
        assert_eq!(page_of(&c, "after."), Some(3));
        assert_eq!(page_of(&c, "Own page"), Some(4));
        assert_eq!(page_of(&c, "Not a break"), Some(4));
        assert_eq!(c.page_count(), 4);
        // The header is furniture.
        assert!(!c.text.contains("Smith"), "{}", c.text);
        assert_eq!(c.furniture.len(), 1);
    }

    #[test]
    fn a_note_is_placed_at_its_reference_mark() {
        let body = [
            p("First."),
            r#"<w:p><w:r><w:t>Held.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#
                .to_string(),
            r#"<w:p><w:r><w:lastRenderedPageBreak/><w:t>Next page.</w:t></w:r></w:p>"#.to_string(),
        ]
        .concat();
        let notes = r#"<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See Smith v. Jones, 1 U.S. 1 (1800).</w:t></w:r></w:p></w:footnote>"#;
        let c = convert(&docx(&body, Some(notes))).expect("a .docx");
        let at = c.location(c.text.find("See Smith").expect("the note"));
        assert_eq!(at.note, Some((NoteKind::Footnote, 1)));
        // The mark ends paragraph 2, on page 1 (the page break follows it).
        assert_eq!(at.paragraph, Some(2));
        assert_eq!(at.page, Some(1));
        assert_eq!(page_of(&c, "Next page"), Some(2));
    }
}
