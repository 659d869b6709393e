//! Saved HTML pages as the docket readers need them: every table's rows and cells
//! (text, links, column spans), each row's line, and the page's running text.
//!
//! Tokens come from html5gum, a WHATWG-compliant tokenizer (entities, attribute
//! quoting, comments, `<script>` and `<style>` contents are its business). On top of
//! it sit the few HTML5 tree-construction rules that shape a table: a `<td>` or `<th>`
//! closes the open cell, a `<tr>` the open row, a cell outside any row opens one, and
//! a table inside a cell is a table of its own (its text also counts for the cell
//! around it, so a date in a nested layout table still belongs to the outer cell).
//! That is all a PACER report needs, whatever CM/ECF version wrote it, and it runs
//! over a 5,000-entry report (≈4 MB) in a few tens of milliseconds.

use std::cell::Cell as SharedCell;
use std::convert::Infallible;
use std::rc::Rc;

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, Error, Reader, State, Tokenizer};

/// A hyperlink inside a cell.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    pub href: String,
    /// The link's own text (whitespace as written).
    pub text: String,
    /// `data-document-number` / `data-attachment-number`, when CM/ECF wrote them.
    pub document_number: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The cell's text: entities decoded, `<br>` and block ends as line breaks,
    /// nested tables' text included.
    pub text: String,
    pub links: Vec<Link>,
    pub colspan: u32,
    /// Tables nested in this cell (indices into [`Page::tables`]).
    pub tables: Vec<usize>,
    /// Whether a checkbox input sits in the cell (NextGen "select" columns).
    pub checkbox: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// 0-based line of the row's start tag.
    pub line: u32,
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Row>,
    /// Whether this table sits inside another table's cell.
    pub nested: bool,
}

/// What a page holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// Tables in the order their start tags appear.
    pub tables: Vec<Table>,
    /// The page's text in reading order (line breaks at rows and block elements),
    /// up to [`MAX_PAGE_TEXT`] bytes: headers and captions are read from it.
    pub text: String,
    /// Every link of the page outside table cells and inside them, up to a bound
    /// (claims-register links, the case's page).
    pub links: Vec<Link>,
}

/// The page text kept for header reading.
pub const MAX_PAGE_TEXT: usize = 256 * 1024;
/// Links kept in [`Page::links`].
const MAX_PAGE_LINKS: usize = 20_000;

/// A reader over the page's bytes that tells how far the tokenizer has read, so rows
/// know their line.
struct CountingReader<'a> {
    input: &'a [u8],
    consumed: Rc<SharedCell<usize>>,
    start_len: usize,
}

impl CountingReader<'_> {
    fn advance(&mut self, n: usize) {
        self.input = &self.input[n..];
        self.consumed.set(self.start_len - self.input.len());
    }
}

impl Reader for CountingReader<'_> {
    type Error = Infallible;

    fn read_byte(&mut self) -> Result<Option<u8>, Infallible> {
        let Some(&b) = self.input.first() else {
            return Ok(None);
        };
        self.advance(1);
        Ok(Some(b))
    }

    fn try_read_string(&mut self, s: &[u8], case_sensitive: bool) -> Result<bool, Infallible> {
        let Some(next) = self.input.get(..s.len()) else {
            return Ok(false);
        };
        if next == s || (!case_sensitive && next.eq_ignore_ascii_case(s)) {
            self.advance(s.len());
            return Ok(true);
        }
        Ok(false)
    }

    fn read_until<'b>(
        &'b mut self,
        needle: &[u8],
        _: &'b mut [u8; 4],
    ) -> Result<Option<&'b [u8]>, Infallible> {
        if self.input.is_empty() {
            return Ok(None);
        }
        let at = find_any(needle, self.input)
            .unwrap_or(self.input.len())
            .max(1);
        let input = self.input;
        self.advance(at);
        Ok(Some(&input[..at]))
    }
}

/// The first byte of `hay` that is one of `needle` (the tokenizer's stop bytes: `<`,
/// `&`, quotes, `\r`, NUL…). The spans between stop bytes are short (a tag name, an
/// attribute, a cell's text), where a plain loop beats setting up a vector search.
fn find_any(needle: &[u8], hay: &[u8]) -> Option<usize> {
    hay.iter().position(|b| needle.contains(b))
}

/// The callback emitter without the tokenizer's per-byte character validation
/// (parse errors are of no use here, and validating every byte costs a sixth of the
/// time): every other call goes to the wrapped emitter.
struct QuietEmitter<E>(E);

impl<E: Emitter> Emitter for QuietEmitter<E> {
    type Token = E::Token;
    fn set_last_start_tag(&mut self, last_start_tag: Option<&[u8]>) {
        self.0.set_last_start_tag(last_start_tag)
    }
    fn emit_eof(&mut self) {
        self.0.emit_eof()
    }
    fn emit_error(&mut self, _: Error) {}
    fn should_emit_errors(&mut self) -> bool {
        false
    }
    fn pop_token(&mut self) -> Option<Self::Token> {
        self.0.pop_token()
    }
    fn emit_string(&mut self, c: &[u8]) {
        self.0.emit_string(c)
    }
    fn init_start_tag(&mut self) {
        self.0.init_start_tag()
    }
    fn init_end_tag(&mut self) {
        self.0.init_end_tag()
    }
    fn init_comment(&mut self) {
        self.0.init_comment()
    }
    fn emit_current_tag(&mut self) -> Option<State> {
        self.0.emit_current_tag()
    }
    fn emit_current_comment(&mut self) {
        self.0.emit_current_comment()
    }
    fn emit_current_doctype(&mut self) {
        self.0.emit_current_doctype()
    }
    fn set_self_closing(&mut self) {
        self.0.set_self_closing()
    }
    fn set_force_quirks(&mut self) {
        self.0.set_force_quirks()
    }
    fn push_tag_name(&mut self, s: &[u8]) {
        self.0.push_tag_name(s)
    }
    fn push_comment(&mut self, s: &[u8]) {
        self.0.push_comment(s)
    }
    fn push_doctype_name(&mut self, s: &[u8]) {
        self.0.push_doctype_name(s)
    }
    fn init_doctype(&mut self) {
        self.0.init_doctype()
    }
    fn init_attribute(&mut self) {
        self.0.init_attribute()
    }
    fn push_attribute_name(&mut self, s: &[u8]) {
        self.0.push_attribute_name(s)
    }
    fn push_attribute_value(&mut self, s: &[u8]) {
        self.0.push_attribute_value(s)
    }
    fn set_doctype_public_identifier(&mut self, value: &[u8]) {
        self.0.set_doctype_public_identifier(value)
    }
    fn set_doctype_system_identifier(&mut self, value: &[u8]) {
        self.0.set_doctype_system_identifier(value)
    }
    fn push_doctype_public_identifier(&mut self, s: &[u8]) {
        self.0.push_doctype_public_identifier(s)
    }
    fn push_doctype_system_identifier(&mut self, s: &[u8]) {
        self.0.push_doctype_system_identifier(s)
    }
    fn current_is_appropriate_end_tag_token(&mut self) -> bool {
        self.0.current_is_appropriate_end_tag_token()
    }
    fn adjusted_current_node_present_but_not_in_html_namespace(&mut self) -> bool {
        self.0
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// The start tag being read.
#[derive(Default)]
struct PendingTag {
    name: Vec<u8>,
    attribute: Vec<u8>,
    href: Option<String>,
    colspan: Option<u32>,
    document_number: Option<String>,
    input_type: Option<String>,
}

/// Where the builder is: open tables (innermost last), each with its open cell.
struct Builder<'a> {
    page: Page,
    /// (table index, whether a cell is open, whether a row is open)
    open: Vec<OpenTable>,
    tag: PendingTag,
    /// Links being read: (table index, row, cell, link index) or page-level.
    open_links: Vec<OpenLink>,
    consumed: Rc<SharedCell<usize>>,
    input: &'a [u8],
    counted_to: usize,
    line: u32,
    /// Inside `<script>`, `<style>` or the like: text that is not the page's.
    in_raw_text: bool,
}

struct OpenTable {
    index: usize,
    cell_open: bool,
    row_open: bool,
}

struct OpenLink {
    /// The cell holding the link, if any: (table, row, cell, link).
    at: Option<(usize, usize, usize, usize)>,
    page_link: Option<usize>,
}

impl Builder<'_> {
    fn current_line(&mut self) -> u32 {
        let to = self.consumed.get().min(self.input.len());
        if to > self.counted_to {
            self.line +=
                memchr::memchr_iter(b'\n', &self.input[self.counted_to..to]).count() as u32;
            self.counted_to = to;
        }
        self.line
    }

    fn top(&mut self) -> Option<&mut OpenTable> {
        self.open.last_mut()
    }

    /// The innermost open cell, as (table, row, cell).
    fn open_cell(&self) -> Option<(usize, usize, usize)> {
        let t = self.open.last()?;
        if !t.cell_open {
            return None;
        }
        let table = &self.page.tables[t.index];
        let row = table.rows.len().checked_sub(1)?;
        let cell = table.rows[row].cells.len().checked_sub(1)?;
        Some((t.index, row, cell))
    }

    fn push_text(&mut self, s: &str) {
        if self.page.text.len() < MAX_PAGE_TEXT {
            self.page.text.push_str(s);
        }
        // Every open cell up the stack gets the text (a nested table belongs to its cell).
        for t in &self.open {
            if !t.cell_open {
                continue;
            }
            if let Some(cell) = self.page.tables[t.index]
                .rows
                .last_mut()
                .and_then(|r| r.cells.last_mut())
            {
                cell.text.push_str(s);
            }
        }
        for l in &self.open_links {
            if let Some((t, r, c, i)) = l.at {
                if let Some(link) = self
                    .page
                    .tables
                    .get_mut(t)
                    .and_then(|t| t.rows.get_mut(r))
                    .and_then(|r| r.cells.get_mut(c))
                    .and_then(|c| c.links.get_mut(i))
                {
                    link.text.push_str(s);
                }
            }
            if let Some(i) = l.page_link {
                if let Some(link) = self.page.links.get_mut(i) {
                    link.text.push_str(s);
                }
            }
        }
    }

    fn start_row(&mut self) {
        let line = self.current_line();
        let Some(t) = self.top() else { return };
        t.cell_open = false;
        t.row_open = true;
        let index = t.index;
        self.page.tables[index].rows.push(Row {
            line,
            cells: Vec::new(),
        });
    }

    fn start_cell(&mut self, colspan: u32) {
        if self.open.is_empty() {
            return;
        }
        let needs_row = self.top().is_some_and(|t| !t.row_open);
        if needs_row {
            self.start_row();
        }
        let Some(t) = self.top() else { return };
        t.cell_open = true;
        let index = t.index;
        if let Some(row) = self.page.tables[index].rows.last_mut() {
            row.cells.push(Cell {
                colspan: colspan.clamp(1, 64),
                ..Cell::default()
            });
        }
    }

    fn start_tag(&mut self) {
        let tag = std::mem::take(&mut self.tag);
        if is_raw_text(&tag.name) {
            self.in_raw_text = true;
            self.tag.name = tag.name;
            return;
        }
        match tag.name.as_slice() {
            b"table" => {
                let nested = self.open_cell();
                let index = self.page.tables.len();
                self.page.tables.push(Table {
                    rows: Vec::new(),
                    nested: nested.is_some(),
                });
                if let Some((t, r, c)) = nested {
                    self.page.tables[t].rows[r].cells[c].tables.push(index);
                }
                self.open.push(OpenTable {
                    index,
                    cell_open: false,
                    row_open: false,
                });
                self.push_text("\n");
            }
            b"tr" => {
                self.push_text("\n");
                self.start_row();
            }
            b"td" | b"th" => {
                self.push_text(" ");
                self.start_cell(tag.colspan.unwrap_or(1));
            }
            b"br" | b"p" | b"div" | b"li" | b"h1" | b"h2" | b"h3" | b"h4" | b"center" | b"hr" => {
                self.push_text("\n")
            }
            b"a" => {
                let link = Link {
                    href: tag.href.unwrap_or_default(),
                    text: String::new(),
                    document_number: tag.document_number,
                };
                let at = self.open_cell().map(|(t, r, c)| {
                    let links = &mut self.page.tables[t].rows[r].cells[c].links;
                    links.push(link.clone());
                    (t, r, c, links.len() - 1)
                });
                let page_link = (self.page.links.len() < MAX_PAGE_LINKS).then(|| {
                    self.page.links.push(link);
                    self.page.links.len() - 1
                });
                self.open_links.push(OpenLink { at, page_link });
            }
            b"input" if tag.input_type.as_deref() == Some("checkbox") => {
                if let Some((t, r, c)) = self.open_cell() {
                    self.page.tables[t].rows[r].cells[c].checkbox = true;
                }
            }
            _ => {}
        }
        // The name's buffer is reused by the next tag.
        self.tag.name = tag.name;
    }

    fn end_tag(&mut self, name: &[u8]) {
        if is_raw_text(name) {
            self.in_raw_text = false;
            return;
        }
        match name {
            b"table" => {
                if let Some(t) = self.open.pop() {
                    // Close links opened inside the table.
                    self.open_links
                        .retain(|l| l.at.is_none_or(|(table, ..)| table < t.index));
                }
                self.push_text("\n");
            }
            b"tr" => {
                if let Some(t) = self.top() {
                    t.cell_open = false;
                    t.row_open = false;
                }
            }
            b"td" | b"th" => {
                if let Some(t) = self.top() {
                    t.cell_open = false;
                }
            }
            b"a" => {
                self.open_links.pop();
            }
            b"p" | b"div" | b"li" | b"h1" | b"h2" | b"h3" | b"h4" | b"center" | b"title" => {
                self.push_text("\n")
            }
            _ => {}
        }
    }

    fn event(&mut self, event: CallbackEvent<'_>) {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                let mut buffer = std::mem::take(&mut self.tag.name);
                buffer.clear();
                buffer.extend_from_slice(name);
                self.tag = PendingTag {
                    name: buffer,
                    ..PendingTag::default()
                };
            }
            CallbackEvent::AttributeName { name } => {
                self.tag.attribute.clear();
                self.tag.attribute.extend_from_slice(name);
            }
            CallbackEvent::AttributeValue { value } => {
                let value = String::from_utf8_lossy(value);
                match self.tag.attribute.as_slice() {
                    b"href" => self.tag.href = Some(value.trim().to_string()),
                    b"colspan" => self.tag.colspan = value.trim().parse().ok(),
                    b"data-document-number" => {
                        self.tag.document_number = Some(value.trim().to_string())
                    }
                    b"type" => self.tag.input_type = Some(value.trim().to_ascii_lowercase()),
                    _ => {}
                }
            }
            CallbackEvent::CloseStartTag { .. } => self.start_tag(),
            CallbackEvent::EndTag { name } => self.end_tag(name),
            CallbackEvent::String { value } if !self.in_raw_text => {
                let text = String::from_utf8_lossy(value);
                self.push_text(&text);
            }
            CallbackEvent::String { .. }
            | CallbackEvent::Comment { .. }
            | CallbackEvent::Doctype { .. }
            | CallbackEvent::Error(_) => {}
        }
    }
}

/// Elements whose contents the tokenizer reads as raw text (scripts, styles): not
/// part of what the page says.
fn is_raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"script" | b"style" | b"noscript" | b"iframe" | b"xmp" | b"noembed" | b"noframes"
    )
}

/// Reads a page's tables and text. Never fails: any byte sequence is some page.
pub fn read(html: &str) -> Page {
    let consumed = Rc::new(SharedCell::new(0));
    let input = html.as_bytes();
    let mut builder = Builder {
        page: Page::default(),
        open: Vec::new(),
        tag: PendingTag::default(),
        open_links: Vec::new(),
        consumed: consumed.clone(),
        input,
        counted_to: 0,
        line: 0,
        in_raw_text: false,
    };
    {
        let reader = CountingReader {
            input,
            consumed,
            start_len: input.len(),
        };
        let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>| {
            builder.event(event);
            None::<()>
        });
        emitter.naively_switch_states(true);
        for _ in Tokenizer::new_with_emitter(reader, QuietEmitter(emitter)).flatten() {}
    }
    builder.page
}

impl Cell {
    /// The cell's text with whitespace runs collapsed.
    pub fn plain(&self) -> String {
        super::collapse(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_cells_rows_entities_and_nesting() {
        let page = read(
            "<p>Head&nbsp;&amp;er</p><TABLE><tr><td>a<td colspan=2>b&#036;<br>c\n<TR><TD>x<table><tr><td>inner</table>y</td>\
             <td><a href='/doc1/123' data-document-number=7>7</a></td></table>\
             <script>document.write('<table><tr><td>no</td></tr></table>')</script><!-- <table> -->",
        );
        assert_eq!(page.tables.len(), 2);
        let outer = &page.tables[0];
        assert_eq!(outer.rows.len(), 2);
        assert_eq!(outer.rows[0].cells.len(), 2);
        assert_eq!(outer.rows[0].cells[1].colspan, 2);
        assert_eq!(outer.rows[0].cells[1].plain(), "b$ c");
        assert_eq!(outer.rows[1].line, 1);
        assert_eq!(outer.rows[1].cells[0].plain(), "x inner y");
        assert_eq!(outer.rows[1].cells[0].tables, vec![1]);
        assert!(page.tables[1].nested);
        let link = &outer.rows[1].cells[1].links[0];
        assert_eq!(link.href, "/doc1/123");
        assert_eq!(link.text, "7");
        assert_eq!(link.document_number.as_deref(), Some("7"));
        assert!(page.text.starts_with("\nHead\u{a0}&er"));
        assert!(!page.text.contains("no"));
    }

    #[test]
    fn any_bytes_are_a_page() {
        for s in [
            "",
            "<",
            "<table",
            "<td>orphan cell",
            "</table></tr></td>",
            "<a href=",
        ] {
            let _ = read(s);
        }
    }
}
