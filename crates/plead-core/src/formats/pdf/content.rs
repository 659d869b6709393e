//! Runs a page's content stream far enough to know where each glyph is drawn: the
//! graphics state (`q`/`Q`/`cm`), the text state and matrices (`BT` … `ET`, `Tf`,
//! `Tm`, `Td`, `TJ` …) and form XObjects (`Do`). Paths, images and colours are
//! ignored. Bounded: nesting of forms, operations per page.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::font::{number, Font};

/// Operations interpreted per page (a long legal page has a few thousand).
const MAX_OPERATIONS: usize = 2_000_000;
/// Form XObjects inside form XObjects.
const MAX_FORM_DEPTH: usize = 8;
/// Largest content stream decoded.
pub const MAX_STREAM_BYTES: usize = 64 * 1024 * 1024;

/// A typographic ligature's letters (`ﬁ` → `fi`), which the text needs to be read and
/// spelled (`ofﬁce`, `tmsoﬃce.pro`); other text as it is.
fn without_ligatures(text: &str) -> std::borrow::Cow<'_, str> {
    let letters = |ch: char| match ch {
        '\u{FB00}' => Some("ff"),
        '\u{FB01}' => Some("fi"),
        '\u{FB02}' => Some("fl"),
        '\u{FB03}' => Some("ffi"),
        '\u{FB04}' => Some("ffl"),
        '\u{FB05}' | '\u{FB06}' => Some("st"),
        _ => None,
    };
    if !text.chars().any(|ch| letters(ch).is_some()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 2);
    for ch in text.chars() {
        match letters(ch) {
            Some(spelled) => out.push_str(spelled),
            None => out.push(ch),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A glyph as drawn: its text and where it sits in page space (points, y up).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    pub ch: char,
    /// Left end of the baseline.
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// Advance width.
    pub width: f32,
    /// Font size in page space.
    pub size: f32,
}

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `a` then `b`.
fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    /// `Tz` / 100.
    scaling: f32,
    leading: f32,
    rise: f32,
}

impl Default for State {
    fn default() -> State {
        State {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scaling: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// The resource dictionaries in scope, nearest first.
#[derive(Clone)]
struct Resources<'a> {
    dicts: Vec<&'a Dictionary>,
}

impl<'a> Resources<'a> {
    fn of_page(doc: &'a Document, page: ObjectId) -> Resources<'a> {
        let mut dicts = Vec::new();
        if let Ok((inline, ids)) = doc.get_page_resources(page) {
            dicts.extend(inline);
            dicts.extend(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok()));
        }
        Resources { dicts }
    }

    fn lookup(
        &self,
        doc: &'a Document,
        category: &[u8],
        name: &[u8],
    ) -> Option<(Option<ObjectId>, &'a Object)> {
        self.dicts.iter().find_map(|d| {
            let group = d.get_deref(category, doc).ok()?.as_dict().ok()?;
            let entry = group.get(name).ok()?;
            doc.dereference(entry).ok()
        })
    }
}

/// Fonts already read, by the address of their dictionary (stable while the
/// document lives).
pub type FontCache = HashMap<usize, Rc<Font>>;

pub struct Interpreter<'a> {
    doc: &'a Document,
    fonts: &'a mut FontCache,
    state: State,
    stack: Vec<State>,
    text_matrix: Matrix,
    line_matrix: Matrix,
    operations: usize,
    pub glyphs: Vec<Glyph>,
    /// Image XObjects drawn (a scanned page is one big image).
    pub images: usize,
    forms_open: HashSet<ObjectId>,
}

impl<'a> Interpreter<'a> {
    pub fn new(doc: &'a Document, fonts: &'a mut FontCache, base: Matrix) -> Interpreter<'a> {
        Interpreter {
            doc,
            fonts,
            state: State {
                ctm: base,
                ..State::default()
            },
            stack: Vec::new(),
            text_matrix: IDENTITY,
            line_matrix: IDENTITY,
            operations: 0,
            glyphs: Vec::new(),
            images: 0,
            forms_open: HashSet::new(),
        }
    }

    /// Interprets a page. Returns false if the operation budget ran out.
    pub fn run_page(&mut self, page: ObjectId) -> bool {
        let content = self
            .doc
            .get_page_content_with_limit(page, MAX_STREAM_BYTES)
            .unwrap_or_default();
        let resources = Resources::of_page(self.doc, page);
        self.run(&content, &resources, 0)
    }

    fn run(&mut self, content: &[u8], resources: &Resources<'a>, depth: usize) -> bool {
        // Lenient: a damaged stream gives the operations before the damage.
        let operations = match Content::decode(content) {
            Ok(c) => c.operations,
            Err(_) => Content::decode_iter(content)
                .map_while(Result::ok)
                .collect(),
        };
        for op in &operations {
            self.operations += 1;
            if self.operations > MAX_OPERATIONS {
                return false;
            }
            if !self.operation(&op.operator, &op.operands, resources, depth) {
                return false;
            }
        }
        true
    }

    fn num(&self, operands: &[Object], i: usize) -> f32 {
        operands
            .get(i)
            .and_then(|o| number(o, self.doc))
            .filter(|v| v.is_finite())
            .unwrap_or(0.0)
    }

    fn matrix(&self, operands: &[Object]) -> Option<Matrix> {
        if operands.len() < 6 {
            return None;
        }
        let mut m = [0.0; 6];
        for (i, v) in m.iter_mut().enumerate() {
            *v = self.num(operands, i);
        }
        Some(m)
    }

    fn operation(
        &mut self,
        operator: &str,
        operands: &[Object],
        resources: &Resources<'a>,
        depth: usize,
    ) -> bool {
        match operator {
            "q" if self.stack.len() < 256 => {
                self.stack.push(self.state.clone());
            }
            "Q" => {
                if let Some(s) = self.stack.pop() {
                    self.state = s;
                }
            }
            "cm" => {
                if let Some(m) = self.matrix(operands) {
                    self.state.ctm = mul(&m, &self.state.ctm);
                }
            }
            "BT" => {
                self.text_matrix = IDENTITY;
                self.line_matrix = IDENTITY;
            }
            "Tf" => {
                self.state.size = self.num(operands, 1);
                let name = operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .unwrap_or_default();
                self.state.font = self.font(resources, name);
            }
            "Tc" => self.state.char_spacing = self.num(operands, 0),
            "Tw" => self.state.word_spacing = self.num(operands, 0),
            "Tz" => self.state.scaling = self.num(operands, 0) / 100.0,
            "TL" => self.state.leading = self.num(operands, 0),
            "Ts" => self.state.rise = self.num(operands, 0),
            "Td" => self.next_line(self.num(operands, 0), self.num(operands, 1)),
            "TD" => {
                self.state.leading = -self.num(operands, 1);
                self.next_line(self.num(operands, 0), self.num(operands, 1));
            }
            "Tm" => {
                if let Some(m) = self.matrix(operands) {
                    self.text_matrix = m;
                    self.line_matrix = m;
                }
            }
            "T*" => self.next_line(0.0, -self.state.leading),
            "Tj" => {
                if let Some(Ok(s)) = operands.first().map(Object::as_str) {
                    self.show(s);
                }
            }
            "'" => {
                self.next_line(0.0, -self.state.leading);
                if let Some(Ok(s)) = operands.first().map(Object::as_str) {
                    self.show(s);
                }
            }
            "\"" => {
                self.state.word_spacing = self.num(operands, 0);
                self.state.char_spacing = self.num(operands, 1);
                self.next_line(0.0, -self.state.leading);
                if let Some(Ok(s)) = operands.get(2).map(Object::as_str) {
                    self.show(s);
                }
            }
            "TJ" => {
                if let Some(Ok(items)) = operands.first().map(Object::as_array) {
                    for item in items {
                        match item {
                            Object::String(s, _) => self.show(s),
                            other => {
                                let adjust = number(other, self.doc).unwrap_or(0.0);
                                let tx = -adjust / 1000.0 * self.state.size * self.state.scaling;
                                if tx.is_finite() {
                                    self.text_matrix =
                                        mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.text_matrix);
                                }
                            }
                        }
                    }
                }
            }
            "BI" => self.images += 1,
            "Do" => {
                let name = operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .unwrap_or_default();
                return self.form(resources, name, depth);
            }
            _ => {}
        }
        true
    }

    fn next_line(&mut self, tx: f32, ty: f32) {
        self.line_matrix = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.line_matrix);
        self.text_matrix = self.line_matrix;
    }

    fn font(&mut self, resources: &Resources<'a>, name: &[u8]) -> Option<Rc<Font>> {
        let (_, object) = resources.lookup(self.doc, b"Font", name)?;
        let dict = object.as_dict().ok()?;
        let key = dict as *const Dictionary as usize;
        if let Some(font) = self.fonts.get(&key) {
            return Some(font.clone());
        }
        let font = Rc::new(Font::load(dict, self.doc));
        self.fonts.insert(key, font.clone());
        Some(font)
    }

    /// Draws a string: one glyph per character of each code's text.
    fn show(&mut self, bytes: &[u8]) {
        let Some(font) = self.state.font.clone() else {
            return;
        };
        let s = &self.state;
        let (size, scaling, rise) = (s.size, s.scaling, s.rise);
        let (char_spacing, word_spacing) = (s.char_spacing, s.word_spacing);
        let ctm = s.ctm;
        let glyphs = &mut self.glyphs;
        let text_matrix = &mut self.text_matrix;
        font.decode(bytes, |code| {
            let m = mul(text_matrix, &ctm);
            let advance = code.advance * size * scaling;
            let (x0, y0) = apply(&m, 0.0, rise);
            let (x1, _) = apply(&m, advance, rise);
            // Upright text only: rotated stamps and vertical margin notes are no prose.
            let upright = m[1].abs() <= m[0].abs() * 0.05 && m[0] > 0.0 && m[3] > 0.0;
            let glyph_size = (size * (m[2] * m[2] + m[3] * m[3]).sqrt()).abs();
            if upright && glyph_size.is_finite() && x0.is_finite() && y0.is_finite() {
                let text = without_ligatures(code.text);
                let count = text.chars().count().max(1) as f32;
                let width = (x1 - x0) / count;
                for (k, ch) in text.chars().enumerate() {
                    glyphs.push(Glyph {
                        ch,
                        x: x0 + width * k as f32,
                        y: y0,
                        width,
                        size: glyph_size,
                    });
                }
            }
            let mut tx = advance + char_spacing * scaling;
            if code.is_space_code {
                tx += word_spacing * scaling;
            }
            *text_matrix = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], text_matrix);
        });
    }

    /// Runs a form XObject (a reusable piece of content; some generators put a whole
    /// page in one).
    fn form(&mut self, resources: &Resources<'a>, name: &[u8], depth: usize) -> bool {
        if depth >= MAX_FORM_DEPTH {
            return true;
        }
        let Some((id, object)) = resources.lookup(self.doc, b"XObject", name) else {
            return true;
        };
        let Ok(stream) = object.as_stream() else {
            return true;
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name).ok() {
            Some(b"Form") => {}
            Some(b"Image") => {
                self.images += 1;
                return true;
            }
            _ => return true,
        }
        if let Some(id) = id {
            if !self.forms_open.insert(id) {
                return true; // a form that draws itself
            }
        }
        let content = stream
            .decompressed_content_with_limit(MAX_STREAM_BYTES)
            .unwrap_or_else(|_| stream.content.clone());
        let mut inner = resources.clone();
        if let Ok(own) = stream
            .dict
            .get_deref(b"Resources", self.doc)
            .and_then(Object::as_dict)
        {
            inner.dicts.insert(0, own);
        }
        let matrix = stream
            .dict
            .get_deref(b"Matrix", self.doc)
            .ok()
            .and_then(|m| m.as_array().ok())
            .and_then(|m| self.matrix(m))
            .unwrap_or(IDENTITY);
        let saved = (
            self.state.clone(),
            self.text_matrix,
            self.line_matrix,
            self.stack.len(),
        );
        self.state.ctm = mul(&matrix, &self.state.ctm);
        let finished = self.run(&content, &inner, depth + 1);
        self.stack.truncate(saved.3);
        (self.state, self.text_matrix, self.line_matrix) = (saved.0, saved.1, saved.2);
        if let Some(id) = id {
            self.forms_open.remove(&id);
        }
        finished
    }
}

/// The matrix that puts a page upright: `/Rotate` turns the page clockwise when shown.
pub fn page_base_matrix(rotate: i64, width: f32, height: f32, left: f32, bottom: f32) -> Matrix {
    let shift = [1.0, 0.0, 0.0, 1.0, -left, -bottom];
    let turn = match rotate.rem_euclid(360) {
        90 => [0.0, -1.0, 1.0, 0.0, 0.0, width],
        180 => [-1.0, 0.0, 0.0, -1.0, width, height],
        270 => [0.0, 1.0, -1.0, 0.0, height, 0.0],
        _ => IDENTITY,
    };
    mul(&shift, &turn)
}

#[cfg(test)]
mod tests {
    use super::without_ligatures;

    #[test]
    fn ligatures_read_as_their_letters() {
        // An e-mail list of an exhibit (`cjudy@tmsoﬃce.pro`) and a certificate (`ofﬁce`).
        assert_eq!(without_ligatures("tmso\u{FB03}ce.pro"), "tmsoffice.pro");
        assert_eq!(without_ligatures("of\u{FB01}ce"), "office");
        assert_eq!(without_ligatures("\u{FB00}\u{FB02}\u{FB04}"), "ffflffl");
        assert!(matches!(
            without_ligatures("office"),
            std::borrow::Cow::Borrowed("office")
        ));
    }
}
