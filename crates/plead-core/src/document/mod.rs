//! The document model: raw text in, a clean prose view of a pleading out.
//!
//! Analyzers never see raw lines. A [`Document`] holds the paragraphs of the
//! text as logical strings (gutter line numbers, page numbers, running heads, ECF
//! stamps, Markdown and `<u>` markup removed; hard-wrapped and double-spaced lines
//! joined into their paragraphs; hyphenated breaks mended; footnotes set apart from
//! the sentence they interrupt) with an [`OffsetMap`] back to exact source ranges,
//! plus the caption and page layout. `layout` tells how the lines of plain text are laid out.
//!
//! Paragraphs come in source order of their first line. A paragraph interrupted by
//! footnotes at a page foot goes on after them, so its source range holds theirs: the
//! footnote paragraphs follow it, nested in its range.

mod caption;
pub mod directives;
mod layout;
mod offset_map;
mod pages;
mod parse;
mod quotes;

pub use caption::Caption;
pub use offset_map::OffsetMap;
pub use pages::PageMap;
pub use parse::ParagraphReuse;
pub use quotes::{in_quotation, quoted_spans, MAX_QUOTATION};

use std::sync::Arc;

use crate::vocabulary::Span;

/// Words of the language, for what the layout cannot tell from the text alone: whether
/// `well-` ⏎ `known` is a hyphenated word broken at its hyphen or `dis-` ⏎ `trict` one
/// word broken by hyphenation. The typo analyzer lends its dictionary (see
/// `analysis::Analyzer::word_list`).
pub trait WordList: Send + Sync {
    /// Whether `lowercase` is a word.
    fn is_word(&self, lowercase: &str) -> bool;
    /// Whether `lowercase` is a word in common use, not only a rare variant of a
    /// hyphenated form (`posttraumatic` for `post-traumatic`).
    fn is_common_word(&self, lowercase: &str) -> bool {
        self.is_word(lowercase)
    }
}

/// How the source is marked up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text, including text pasted from PDFs on pleading paper.
    #[default]
    Plain,
    Markdown,
}

impl Format {
    /// By file name or LSP language id.
    pub fn detect(name_or_language: &str) -> Format {
        let lower = name_or_language.to_ascii_lowercase();
        if lower == "markdown" || lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Plain
        }
    }
}

/// What kind of block a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Body,
    /// Markdown heading (level 1–6) or an all-caps heading line in plain text.
    Heading(u8),
    BlockQuote,
    ListItem,
    /// Part of the caption block of a pleading.
    Caption,
}

/// What a paragraph says, independent of where it sits in the document: shared
/// between versions of a document, so an edit elsewhere reuses it as it is.
#[derive(Debug)]
pub struct ParagraphBody {
    /// Logical text: single spaces between words, no gutters or markup.
    pub text: String,
    pub kind: BlockKind,
    /// Logical spans that were italic, underlined or bold in the source (case names, *Id.*).
    pub emphasis: Vec<Span>,
    /// Logical offsets → source offsets relative to the paragraph's start.
    pub(crate) map: OffsetMap,
    /// Hash of `text`, `kind` and `emphasis`: the analysis cache key (computed once).
    pub(crate) content_hash: u64,
    /// The quoted spans, computed on first use and kept with the body, which later
    /// versions of the document share (a keystroke elsewhere does not recompute them).
    pub(crate) quotes: std::sync::OnceLock<Vec<Span>>,
}

/// One paragraph of prose in logical form, at its place in the source.
#[derive(Clone, Debug)]
pub struct Paragraph {
    body: Arc<ParagraphBody>,
    /// Source range the paragraph was built from.
    pub source: Span,
}

impl std::ops::Deref for Paragraph {
    type Target = ParagraphBody;
    fn deref(&self) -> &ParagraphBody {
        &self.body
    }
}

impl ParagraphBody {
    /// The quoted spans of the logical text (the source's words): the whole paragraph
    /// for a block quotation, else its inline quotations (see [`quoted_spans`]).
    pub fn quotations(&self) -> &[Span] {
        self.quotes
            .get_or_init(|| quoted_spans(&self.text, self.kind))
    }
}

impl Paragraph {
    pub(crate) fn new(body: Arc<ParagraphBody>, source: Span) -> Paragraph {
        Paragraph { body, source }
    }
    /// Map a logical span of this paragraph to the source document.
    pub fn to_source(&self, span: Span) -> Span {
        let relative = self.map.to_source(span);
        Span::new(
            relative.start + self.source.start,
            relative.end + self.source.start,
        )
    }
    /// Map a logical offset to a source offset (as a range start).
    pub fn to_source_offset(&self, offset: usize) -> usize {
        self.map.to_source_start(offset) + self.source.start
    }
    /// Whether an edit of this logical span can be applied to the source without
    /// destroying layout (gutter numbers, page numbers) that lies inside it.
    pub fn is_editable(&self, span: Span) -> bool {
        self.map.is_editable(span)
    }
    /// The logical offset for a source offset inside this paragraph, if any.
    pub fn to_logical(&self, source_offset: usize) -> Option<usize> {
        if !self.source.touches(source_offset) {
            return None;
        }
        let relative = source_offset - self.source.start;
        // Binary search over logical offsets: to_source_start is monotonic.
        let (mut lo, mut hi) = (0usize, self.text.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.map.to_source_start(mid) <= relative {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut p = lo.saturating_sub(1);
        while p > 0 && !self.text.is_char_boundary(p) {
            p -= 1;
        }
        if self.map.to_source_start(p) > relative {
            return None;
        }
        // A cursor just after the last character still belongs to the paragraph.
        if relative >= self.map.to_source_end(self.text.len()) {
            return Some(self.text.len());
        }
        Some(p)
    }
    /// Whether the logical span lies inside emphasized (italic/underlined) text.
    pub fn is_emphasized(&self, span: Span) -> bool {
        self.emphasis.iter().any(|e| e.contains(span))
    }
}

/// A parsed document: paragraphs in order, the caption, the page layout.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub format: Format,
    pub paragraphs: Vec<Paragraph>,
    pub caption: Option<Caption>,
    pub pages: PageMap,
    /// Whether the text was recognised as pleading paper (numbered gutter).
    pub pleading_paper: bool,
    /// How plain text was laid out: hard-wrapped lines (paragraphs found from
    /// indentation and short lines, not blank lines), and whether double-spaced.
    pub wrapped: bool,
    pub double_spaced: bool,
    /// Length of the source text in bytes.
    pub source_len: usize,
    /// Suppression comments (`<!-- plead-disable-next-line … -->`), left out of the
    /// prose: the source span of each such line's text (see [`directives`]).
    pub directive_lines: Vec<Span>,
}

impl Document {
    /// Parses `text` without a word list (a hyphen at a line end before a lowercase
    /// letter is always taken for hyphenation).
    pub fn parse(text: &str, format: Format) -> Document {
        parse::parse(text, format, None, &mut ParagraphReuse::default())
    }

    /// Parses `text`, reusing the paragraphs of the previous version that did not
    /// change (`reuse` then holds this version's paragraphs for the next call).
    pub fn parse_reusing(text: &str, format: Format, reuse: &mut ParagraphReuse) -> Document {
        parse::parse(text, format, None, reuse)
    }

    /// Parses `text` as [`Document::parse_reusing`] does, mending hyphenated line
    /// breaks with `words`.
    pub fn parse_with(
        text: &str,
        format: Format,
        words: Option<&dyn WordList>,
        reuse: &mut ParagraphReuse,
    ) -> Document {
        parse::parse(text, format, words, reuse)
    }

    /// The paragraph containing (or touching) a source offset, with the logical offset.
    /// Inside a footnote nested in a paragraph's range, the footnote.
    pub fn locate(&self, source_offset: usize) -> Option<(usize, usize)> {
        let i = self
            .paragraphs
            .partition_point(|p| p.source.start <= source_offset);
        // The nearest paragraph starting at or before the offset; after a footnote, the
        // paragraph it interrupts (a few footnotes lie between, never dozens).
        (0..i).rev().take(64).find_map(|idx| {
            let logical = self.paragraphs[idx].to_logical(source_offset)?;
            Some((idx, logical))
        })
    }
}
