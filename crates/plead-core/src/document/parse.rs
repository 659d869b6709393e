//! Building the prose view: lines → gutter and page handling → blocks → logical paragraphs.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, LazyLock};

use regex::Regex;
use rustc_hash::{FxHashMap, FxHasher};

use super::caption::extract_caption;
use super::layout::{self, Layout, Role};
use super::offset_map::OffsetMap;
use super::quotes;
use super::{BlockKind, Document, Format, PageMap, Paragraph, ParagraphBody, WordList};
use crate::vocabulary::Span;

/// One source line: `[start, end)` without its line terminator.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    pub start: usize,
    pub end: usize,
    /// A form feed preceded this line (page break).
    pub form_feed: bool,
}

#[cfg(test)]
fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::with_capacity(text.len() / 60 + 1);
    split_lines_from(text, 0, false, &mut lines, |_, _| false);
    lines
}

/// Splits `text` from `start`, a line's start where a form feed has (`form_feed`) or
/// has not been seen since the last line break, pushing the lines to `lines`. After
/// each line break or form feed, `stop` is asked with the next segment's start and
/// form-feed state whether to stop there (the rest is known).
fn split_lines_from(
    text: &str,
    mut start: usize,
    mut form_feed: bool,
    lines: &mut Vec<Line>,
    mut stop: impl FnMut(usize, bool) -> bool,
) {
    let bytes = text.as_bytes();
    let strip_cr = |start: usize, i: usize| {
        if i > start && bytes[i - 1] == b'\r' {
            i - 1
        } else {
            i
        }
    };
    let Some(from) = bytes.get(start..) else {
        return;
    };
    let offset = start;
    for i in memchr::memchr2_iter(b'\n', b'\x0c', from).map(|i| i + offset) {
        let end = strip_cr(start, i);
        if bytes[i] == b'\n' {
            lines.push(Line {
                start,
                end,
                form_feed,
            });
            form_feed = false;
        } else {
            // A form feed ends the line and starts a new page.
            if end > start {
                lines.push(Line {
                    start,
                    end,
                    form_feed,
                });
            }
            form_feed = true;
        }
        start = i + 1;
        if stop(start, form_feed) {
            return;
        }
    }
    if start < bytes.len() {
        let end = strip_cr(start, bytes.len());
        lines.push(Line {
            start,
            end,
            form_feed,
        });
    }
}

/// The lines of the last parsed version, their hashes and its text: an edit splits
/// and hashes again only the lines from the one it starts in to the first line break
/// past it; the lines before are the same and those after the same shifted (a keystroke
/// in a 1 MB brief otherwise splits and hashes all ~7,500 lines again).
#[derive(Default)]
pub(super) struct LineMemo {
    text: String,
    pub lines: Vec<Line>,
    /// [`layout::line_hash`] of each line.
    pub hashes: Vec<u64>,
}

impl LineMemo {
    /// Makes the memo `text`'s: its lines and hashes become exactly `split_lines(text)`
    /// and their [`layout::line_hash`]es.
    pub(super) fn update(&mut self, text: &str) {
        let (old, new) = (self.text.as_bytes(), text.as_bytes());
        if old == new {
            return;
        }
        // The ends alike, cut back to whole characters (`é` and `è` share a first byte).
        let mut prefix = common_prefix(old, new);
        while !(self.text.is_char_boundary(prefix) && text.is_char_boundary(prefix)) {
            prefix -= 1;
        }
        let room = old.len().min(new.len()) - prefix;
        let mut suffix = common_suffix(&old[old.len() - room..], &new[new.len() - room..]);
        while !text.is_char_boundary(new.len() - suffix) {
            suffix -= 1;
        }
        // Split again from the start of the line the edit begins in: every byte before
        // it is unchanged, and a line has the form-feed state its segment starts with.
        let last_before = self
            .lines
            .partition_point(|l| l.start <= prefix)
            .saturating_sub(1);
        let (kept, restart, form_feed) = match self.lines.get(last_before) {
            Some(l) if l.start <= prefix => (last_before, l.start, l.form_feed),
            _ => (0, 0, false),
        };
        // New offsets from `common_from` on hold the old text's bytes, shifted.
        let common_from = new.len() - suffix;
        let (old_len, new_len) = (old.len(), new.len());
        let old_lines = &self.lines;
        let mut middle = Vec::new();
        let mut rest_from = None;
        split_lines_from(text, restart, form_feed, &mut middle, |start, form_feed| {
            // Past the edit, the old split from a line start on is this one's, shifted.
            if start < common_from {
                return false;
            }
            let old_start = start + old_len - new_len;
            let j = old_lines.partition_point(|l| l.start < old_start);
            let same = old_lines
                .get(j)
                .is_some_and(|l| l.start == old_start && l.form_feed == form_feed);
            if same {
                rest_from = Some(j);
            }
            same
        });
        // Everything is changed in place: copying the lists (and the text) whole would
        // cost more than splitting the edited lines.
        let rest_from = rest_from.unwrap_or(self.lines.len());
        let middle_hashes: Vec<u64> = middle.iter().map(|l| layout::line_hash(text, l)).collect();
        let rest_at = kept + middle.len();
        self.lines.splice(kept..rest_from, middle);
        self.hashes.splice(kept..rest_from, middle_hashes);
        if new_len != old_len {
            // Modular arithmetic: the offsets past the edit move by `new_len - old_len`.
            let shift = new_len.wrapping_sub(old_len);
            for l in &mut self.lines[rest_at..] {
                l.start = l.start.wrapping_add(shift);
                l.end = l.end.wrapping_add(shift);
            }
        }
        self.text
            .replace_range(prefix..old_len - suffix, &text[prefix..new_len - suffix]);
    }
}

/// Bytes compared at once by [`common_prefix`] and [`common_suffix`] (each a
/// `memcmp`), largest first, before they look at single bytes: a byte at a time is ~7
/// instructions a byte, 14M for the two ends of a 1 MB text, and small blocks pay a
/// call each.
const COMPARED_AT_ONCE: [usize; 2] = [8192, 128];

/// How many bytes `a` and `b` start with alike.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut same = 0;
    for block in COMPARED_AT_ONCE {
        while same + block <= n && a[same..same + block] == b[same..same + block] {
            same += block;
        }
    }
    same + a[same..n]
        .iter()
        .zip(&b[same..n])
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many bytes `a` and `b` end with alike.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut same = 0;
    for block in COMPARED_AT_ONCE {
        while same + block <= n && a[n - same - block..n - same] == b[n - same - block..n - same] {
            same += block;
        }
    }
    same + a[..n - same]
        .iter()
        .rev()
        .zip(b[..n - same].iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Gutter: one or more 1–2 digit line numbers at the left margin, then a tab,
/// two spaces or the end of the line.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
pub(super) static GUTTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ ]{0,3}(\d{1,2})(?:[ ]+\d{1,2})*(?:\t|[ ]{2,}|[ ]?$)").expect("valid regex")
});

/// The gutter at the start of `line`: its first line number (0 if it does not parse,
/// as a Unicode digit) and where the match ends. A hand matcher answers lines in ASCII
/// (every line of a pleading paper is asked, and the regex cost ~3k instructions a
/// line); `GUTTER` itself answers when a non-ASCII byte could be a digit (`\d`).
pub(super) fn gutter(line: &str) -> Option<(u32, usize)> {
    match gutter_ascii(line.as_bytes()) {
        Ok(found) => found,
        Err(NotAscii) => GUTTER.captures(line).map(|m| {
            let number = m[1].parse().unwrap_or(0);
            (number, m.get(0).map_or(0, |g| g.end()))
        }),
    }
}

/// A non-ASCII byte where `GUTTER` would ask for a digit.
struct NotAscii;

/// `GUTTER` by hand, as its leftmost-first match: the leading spaces, the first number
/// and each further ` number` are each taken in full (taking less leaves a space or a
/// digit where the next part needs the other), so only the star's end is chosen, and
/// the regex prefers the most repeats whose tail (`\t`, two or more spaces, or an
/// optional space then the end) matches.
fn gutter_ascii(s: &[u8]) -> Result<Option<(u32, usize)>, NotAscii> {
    let spaces = |at: usize| {
        s.get(at..)
            .map_or(0, |r| r.iter().take_while(|&&b| b == b' ').count())
    };
    // The ASCII digits from `at`, or NotAscii when the byte after them may be a digit.
    let digits = |at: usize| -> Result<usize, NotAscii> {
        let n = s
            .get(at..)
            .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count());
        match s.get(at + n) {
            Some(&b) if b >= 0x80 => Err(NotAscii),
            _ => Ok(n),
        }
    };
    let tail = |at: usize| -> Option<usize> {
        let run = spaces(at);
        if s.get(at) == Some(&b'\t') {
            Some(at + 1)
        } else if run >= 2 {
            Some(at + run)
        } else if at + run == s.len() {
            Some(s.len())
        } else {
            None
        }
    };
    let lead = spaces(0);
    if lead > 3 {
        return Ok(None);
    }
    let first = digits(lead)?;
    if !(1..=2).contains(&first) {
        return Ok(None);
    }
    let number = s[lead..lead + first]
        .iter()
        .fold(0u32, |n, &d| n * 10 + u32::from(d - b'0'));
    // Each repeat ends where the next starts: the last one with a matching tail wins,
    // and before the last one a tail can only be two or more spaces (a digit follows).
    let mut at = lead + first;
    let mut fallback = None;
    loop {
        let run = spaces(at);
        if run == 0 {
            break;
        }
        let n = digits(at + run)?;
        if !(1..=2).contains(&n) {
            break;
        }
        if run >= 2 {
            fallback = Some(at + run);
        }
        at += run + n;
    }
    Ok(tail(at).or(fallback).map(|end| (number, end)))
}

fn looks_like_pleading_paper(text: &str, lines: &[Line]) -> bool {
    let mut numbered = 0usize;
    let mut nonblank = 0usize;
    for l in lines.iter().take(400) {
        let s = &text[l.start..l.end];
        if s.trim().is_empty() {
            continue;
        }
        nonblank += 1;
        if gutter(s).is_some() {
            numbered += 1;
        }
    }
    nonblank >= 8 && numbered * 10 >= nonblank * 6
}

/// A line after layout handling: the content range.
#[derive(Clone, Copy, Debug)]
struct Content {
    start: usize,
    end: usize,
    /// The source line it is part of.
    line: usize,
}

/// Lines grouped into a block while the lines are read: a range of the one list of
/// contents (blocks are built one after another, so each one's lines are contiguous;
/// a long brief has thousands of blocks, and a list each was an allocation each).
struct OpenBlock {
    kind: BlockKind,
    lines: std::ops::Range<usize>,
}

/// A block's lines, for inline processing.
struct Block<'a> {
    kind: BlockKind,
    lines: &'a [Content],
}

/// The blocks of a document as its lines are read. Footnotes set apart from the running
/// text (`notes`) are kept aside: a footnote may go on at the foot of the next page, past
/// paragraphs of running text; they join the blocks, in order of their first lines, at
/// the end.
#[derive(Default)]
struct Blocks {
    contents: Vec<Content>,
    blocks: Vec<OpenBlock>,
    current: Option<OpenBlock>,
    /// Footnote paragraphs (rare: a list each is cheap).
    notes: Vec<(BlockKind, Vec<Content>)>,
}

impl Blocks {
    /// Ends the current paragraph.
    fn flush(&mut self) {
        if let Some(b) = self.current.take() {
            if !b.lines.is_empty() {
                self.blocks.push(b);
            }
        }
    }

    /// Starts a paragraph with `line`.
    fn start(&mut self, kind: BlockKind, line: Content) {
        self.flush();
        self.contents.push(line);
        self.current = Some(OpenBlock {
            kind,
            lines: self.contents.len() - 1..self.contents.len(),
        });
    }

    /// A paragraph of one line.
    fn single(&mut self, kind: BlockKind, line: Content) {
        self.start(kind, line);
        self.flush();
    }

    /// Continues the current paragraph with `line` (or starts one).
    fn push(&mut self, kind: BlockKind, line: Content) {
        match &mut self.current {
            Some(b) => {
                self.contents.push(line);
                b.lines.end = self.contents.len();
            }
            None => self.start(kind, line),
        }
    }

    /// A line of a footnote: a new footnote paragraph, or the last one going on.
    fn note(&mut self, starts: bool, kind: BlockKind, line: Content) {
        match self.notes.last_mut() {
            Some((_, lines)) if !starts => lines.push(line),
            _ => self.notes.push((kind, vec![line])),
        }
    }

    /// All blocks in order of their first lines.
    fn finish(mut self) -> (Vec<Content>, Vec<OpenBlock>) {
        self.flush();
        if !self.notes.is_empty() {
            for (kind, lines) in std::mem::take(&mut self.notes) {
                let from = self.contents.len();
                self.contents.extend_from_slice(&lines);
                self.blocks.push(OpenBlock {
                    kind,
                    lines: from..self.contents.len(),
                });
            }
            let contents = &self.contents;
            self.blocks
                .sort_by_key(|b| contents.get(b.lines.start).map_or(0, |l| l.start));
        }
        (self.contents, self.blocks)
    }
}

pub(super) fn parse(
    text: &str,
    format: Format,
    words: Option<&dyn WordList>,
    reuse: &mut ParagraphReuse,
) -> Document {
    // The lines and what each holds (the layout memo and the paragraph keys compare
    // versions by it), from the last version's where the edit left them alone.
    let mut line_memo = std::mem::take(&mut reuse.lines);
    line_memo.update(text);
    let (lines, hashes) = (&line_memo.lines, &line_memo.hashes);
    let pleading = looks_like_pleading_paper(text, lines);
    // Each line's gutter, read once for the four passes that strip it (the layout, the
    // typical width, the blocks and the heading test asked ~4 times a line); only pleading
    // paper's passes ask.
    let gutters: Vec<Option<(u32, usize)>> = if pleading {
        lines
            .iter()
            .map(|l| gutter(&text[l.start..l.end]))
            .collect()
    } else {
        Vec::new()
    };
    let layout = if format == Format::Plain {
        layout::analyze_reusing(text, lines, hashes, pleading, &gutters, &mut reuse.layout)
    } else {
        Layout::default()
    };
    let mut pages = PageMap::default();
    let mut out = Blocks {
        contents: Vec::with_capacity(lines.len()),
        ..Blocks::default()
    };
    let mut directive_lines: Vec<Span> = Vec::new();
    let mut in_code = false;
    let mut in_front_matter = false;
    let mut last_gutter: Option<u32> = None;
    let caption = if format == Format::Plain || pleading {
        extract_caption(text, lines)
    } else {
        None
    };
    let caption_span = caption.as_ref().map(|c| c.span);
    let in_caption =
        |cs: usize, ce: usize| caption_span.is_some_and(|c| c.start <= cs && ce <= c.end);
    let typical_width = if pleading {
        typical_line_width(text, lines, &gutters)
    } else {
        usize::MAX
    };

    for (n, line) in lines.iter().enumerate() {
        if line.form_feed {
            pages.push_break(line.start);
        }
        let raw = &text[line.start..line.end];

        // Markdown front matter and fenced code are not prose.
        if format == Format::Markdown {
            let t = raw.trim();
            if n == 0 && t == "---" {
                in_front_matter = true;
                continue;
            }
            if in_front_matter {
                if t == "---" || t == "..." {
                    in_front_matter = false;
                }
                continue;
            }
            if t.starts_with("```") || t.starts_with("~~~") {
                in_code = !in_code;
                out.flush();
                continue;
            }
            if in_code {
                continue;
            }
            if let Some(page) = markdown_page_marker(t) {
                pages.push_break(line.start);
                if let Some(number) = page {
                    pages.push_printed(line.start, number);
                }
                continue;
            }
        }

        // What the layout made of the line: page furniture, or a line of hard-wrapped text.
        match layout.role(n) {
            Role::Prose => {}
            Role::Blank if !layout.wrapped => {
                out.flush();
                continue;
            }
            Role::Blank | Role::Overstrike => continue,
            Role::Rule => {
                out.flush();
                continue;
            }
            Role::Furniture {
                number,
                break_before,
                break_after,
            } => {
                if break_before {
                    pages.push_break(line.start);
                }
                if let Some(number) = number {
                    let (cs, _) = trim_range(text, line.start, line.end);
                    pages.push_printed(cs, number);
                }
                if break_after {
                    pages.push_break(line.end);
                }
                continue;
            }
            Role::Text {
                starts,
                kind,
                aside,
                skip,
            } => {
                let (cs, ce) = trim_range(text, line.start, line.end);
                if super::directives::is_directive(&text[cs..ce], false) {
                    directive_lines.push(Span::new(cs, ce));
                    continue;
                }
                if in_caption(cs, ce) {
                    out.single(
                        BlockKind::Caption,
                        Content {
                            start: cs,
                            end: ce,
                            line: n,
                        },
                    );
                    continue;
                }
                let mut start = (cs + skip as usize).min(ce);
                while start < ce && !text.is_char_boundary(start) {
                    start += 1;
                }
                let (cs, ce) = trim_range(text, start, ce);
                if cs >= ce {
                    continue;
                }
                let content = Content {
                    start: cs,
                    end: ce,
                    line: n,
                };
                if aside {
                    out.note(starts, kind, content);
                } else if starts {
                    out.start(kind, content);
                } else {
                    out.push(kind, content);
                }
                continue;
            }
        }

        // Strip the pleading-paper gutter.
        let mut start = line.start;
        if pleading {
            if let Some((number, end)) = gutters.get(n).copied().flatten() {
                if let Some(prev) = last_gutter {
                    // Numbering restarts on a new page (OCR leaves some out of order).
                    if number + 10 < prev && number <= 5 {
                        pages.push_break(line.start);
                    }
                }
                last_gutter = Some(number);
                start = line.start + end;
            } else if raw.trim().is_empty() {
                // A bare empty line between pages of pleading paper separates nothing.
                continue;
            }
        }
        let (cs, ce) = trim_range(text, start, line.end);
        let content = &text[cs..ce];

        if content.is_empty() {
            out.flush();
            continue;
        }

        // A suppression comment (`<!-- plead-disable-next-line … -->`) is not prose.
        if super::directives::is_directive(content, format == Format::Markdown) {
            directive_lines.push(Span::new(cs, ce));
            continue;
        }

        // A bare page number at the foot of a page (plain text has its furniture from
        // the layout).
        if (format != Format::Plain || pleading)
            && is_page_number(content)
            && (pleading || form_feed_follows(text, lines, n) || blank_around(text, lines, n))
        {
            let form_feed_follows = form_feed_follows(text, lines, n);
            if let Ok(number) = content.parse::<u32>() {
                pages.push_printed(cs, number);
            }
            // On pleading paper the gutter restart marks the new page, and a form
            // feed after the footer marks it itself.
            if !pleading && !form_feed_follows {
                pages.push_break(line.end);
            }
            continue;
        }

        // Each caption line stands alone: the ")" column is layout, not prose.
        if in_caption(cs, ce) {
            out.single(
                BlockKind::Caption,
                Content {
                    start: cs,
                    end: ce,
                    line: n,
                },
            );
            continue;
        }

        let mut kind = BlockKind::Body;
        let mut cs = cs;
        if format == Format::Markdown {
            if let Some((level, skip)) = markdown_heading(content) {
                out.single(
                    BlockKind::Heading(level),
                    Content {
                        start: cs + skip,
                        end: ce,
                        line: n,
                    },
                );
                continue;
            }
            if is_thematic_break(content) {
                out.flush();
                continue;
            }
            let mut quote = false;
            while text[cs..ce].starts_with('>') {
                quote = true;
                cs += 1;
                let (s, _) = trim_range(text, cs, ce);
                cs = s;
            }
            if quote {
                kind = BlockKind::BlockQuote;
            }
            if let Some(skip) = list_marker(&text[cs..ce]) {
                out.flush();
                cs += skip;
                kind = BlockKind::ListItem;
            }
            if text[cs..ce].starts_with('|') {
                // Table rows: each row on its own.
                out.flush();
            }
        } else if (starts_block(text, lines, &gutters, n, pleading)
            || follows_caption(lines, n, caption_span))
            && is_plain_heading(content)
        {
            out.single(
                BlockKind::Heading(1),
                Content {
                    start: cs,
                    end: ce,
                    line: n,
                },
            );
            continue;
        }
        if cs >= ce {
            continue;
        }
        let line_content = Content {
            start: cs,
            end: ce,
            line: n,
        };
        match &out.current {
            Some(b)
                if b.kind == kind || (kind == BlockKind::Body && b.kind == BlockKind::ListItem) =>
            {
                out.push(kind, line_content)
            }
            _ => out.start(kind, line_content),
        }
        // On pleading paper paragraphs are rarely separated by blank lines: a short
        // line that ends a sentence ends its paragraph.
        if pleading
            && ends_sentence(&text[cs..ce])
            && (ce - cs).saturating_mul(10) < typical_width.saturating_mul(8)
        {
            out.flush();
        }
    }
    let (contents, mut blocks) = out.finish();
    // Hard-wrapped text has its block quotations from the layout; text with a line per
    // paragraph (or pleading paper) marks them by indentation alone.
    if format == Format::Plain && !layout.wrapped {
        mark_block_quotations(text, &contents, &mut blocks);
    }
    let previous = std::mem::take(&mut reuse.bodies);
    let mut matcher = BodyMatcher::new(&previous);
    let mut kept = Vec::with_capacity(blocks.len());
    let paragraphs: Vec<Paragraph> = blocks
        .iter()
        .map(|b| {
            let b = &Block {
                kind: b.kind,
                lines: contents.get(b.lines.clone()).unwrap_or_default(),
            };
            let key = block_key(text, lines, hashes, b, format, words.is_some());
            let body = matcher
                .find(key)
                .unwrap_or_else(|| Arc::new(assemble(text, b, format, words)));
            kept.push((key, body.clone()));
            Paragraph::new(body, block_source(b))
        })
        .collect();
    reuse.bodies = kept;
    reuse.lines = line_memo;
    Document {
        format,
        paragraphs,
        caption,
        pages,
        pleading_paper: pleading,
        wrapped: layout.wrapped,
        double_spaced: layout.double_spaced,
        source_len: text.len(),
        directive_lines,
    }
}

/// Plain text marks a block quotation only by indenting it: body paragraphs indented
/// past the body's margin and past the paragraph before them become
/// [`BlockKind::BlockQuote`] (see `quotes`).
// Not inlined: one call per version, and profiles show its cost apart.
#[inline(never)]
fn mark_block_quotations(text: &str, contents: &[Content], blocks: &mut [OpenBlock]) {
    let line = |c: &Content| (quotes::indentation(text, c.start), &text[c.start..c.end]);
    let layout = quotes::BodyLayout::of(
        blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Body)
            .flat_map(|b| contents.get(b.lines.clone()).unwrap_or_default())
            .map(|c| (quotes::indentation(text, c.start), c.end - c.start)),
    );
    let mut previous: Option<quotes::Previous> = None;
    for block in blocks.iter_mut() {
        let lines = contents.get(block.lines.clone()).unwrap_or_default();
        if block.kind == BlockKind::Body
            && layout.is_block_quotation(lines.iter().map(line), previous)
        {
            block.kind = BlockKind::BlockQuote;
        }
        previous = Some(quotes::Previous {
            body: block.kind == BlockKind::Body,
            quotation: block.kind == BlockKind::BlockQuote,
            last_indent: lines
                .last()
                .map_or(0, |c| quotes::indentation(text, c.start)),
        });
    }
}

/// The median length of text lines (after the gutter) on pleading paper.
fn typical_line_width(text: &str, lines: &[Line], gutters: &[Option<(u32, usize)>]) -> usize {
    let mut widths: Vec<usize> = lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let raw = &text[l.start..l.end];
            let body = gutters
                .get(k)
                .copied()
                .flatten()
                .map_or(raw, |(_, end)| &raw[end..]);
            body.trim().chars().count()
        })
        .filter(|&w| w > 20)
        .collect();
    if widths.len() < 5 {
        return usize::MAX;
    }
    widths.sort_unstable();
    widths[widths.len() / 2]
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', ')', '\u{201d}', ' ']);
    t.ends_with(['.', ':', '?', '!']) && !t.ends_with(" v.") && !t.ends_with(" No.")
}

fn trim_range(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while s < e && (b[s] == b' ' || b[s] == b'\t' || b[s] == b'\r') {
        s += 1;
    }
    while e > s && (b[e - 1] == b' ' || b[e - 1] == b'\t' || b[e - 1] == b'\r') {
        e -= 1;
    }
    (s, e)
}

fn is_page_number(content: &str) -> bool {
    let t = content.trim_matches(|c: char| c == '-' || c == ' ');
    !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
}

fn blank_at(text: &str, lines: &[Line], i: usize) -> bool {
    lines
        .get(i)
        .is_none_or(|l| text[l.start..l.end].trim().is_empty())
}

/// Whether the next non-blank line starts a new page (text extracted from PDFs puts
/// the page number just before the form feed).
fn form_feed_follows(text: &str, lines: &[Line], n: usize) -> bool {
    match lines[n + 1..]
        .iter()
        .find(|l| l.form_feed || !text[l.start..l.end].trim().is_empty())
    {
        Some(next) => next.form_feed,
        // A form feed at the very end opens no line of its own.
        None => text[lines[n].end..].contains('\x0c'),
    }
}

fn blank_around(text: &str, lines: &[Line], n: usize) -> bool {
    (n == 0 || blank_at(text, lines, n - 1)) && blank_at(text, lines, n + 1)
}

/// A plain-text heading stands alone: blank line (or gutter-only line) before it.
fn starts_block(
    text: &str,
    lines: &[Line],
    gutters: &[Option<(u32, usize)>],
    n: usize,
    pleading: bool,
) -> bool {
    if n == 0 {
        return true;
    }
    let prev = &text[lines[n - 1].start..lines[n - 1].end];
    if pleading {
        let stripped = gutters
            .get(n - 1)
            .copied()
            .flatten()
            .map_or(prev, |(_, end)| &prev[end..]);
        stripped.trim().is_empty()
    } else {
        prev.trim().is_empty()
    }
}

/// A heading may follow the caption's last line directly (the title of the paper).
fn follows_caption(lines: &[Line], n: usize, caption: Option<Span>) -> bool {
    n > 0 && caption.is_some_and(|c| c.start <= lines[n - 1].start && lines[n - 1].start < c.end)
}

/// Short all-caps line, e.g. "ORDER", "I. BACKGROUND", "TABLE OF AUTHORITIES".
pub(super) fn is_plain_heading(content: &str) -> bool {
    // Most lines hold a lowercase letter: reject those before any substring search.
    if content.len() > 90 || content.bytes().any(|b| b.is_ascii_lowercase()) {
        return false;
    }
    if content.contains(')') || content.contains("...") {
        return false;
    }
    // At least one real word in capitals: "U.S.C." alone is an abbreviation, not a heading.
    let has_word = content
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 3);
    has_word
        && content
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
        && content.split_whitespace().count() <= 12
}

fn markdown_heading(content: &str) -> Option<(u8, usize)> {
    let hashes = content.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && content[hashes..].starts_with(' ') {
        let rest = &content[hashes..];
        let skip = hashes + (rest.len() - rest.trim_start().len());
        Some((hashes as u8, skip))
    } else {
        None
    }
}

fn is_thematic_break(content: &str) -> bool {
    let t: String = content.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_'))
}

/// Length of a list marker (`- `, `* `, `+ `, `1. `, `1) `) at the start, if any.
fn list_marker(content: &str) -> Option<usize> {
    let b = content.as_bytes();
    if b.len() >= 2 && matches!(b[0], b'-' | b'*' | b'+') && b[1] == b' ' {
        return Some(2);
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && b.len() > digits + 1
        && matches!(b[digits], b'.' | b')')
        && b[digits + 1] == b' '
    {
        return Some(digits + 2);
    }
    None
}

/// `<!-- page 3 -->` or `<!-- pagebreak -->`: Some(Some(3)) / Some(None).
fn markdown_page_marker(t: &str) -> Option<Option<u32>> {
    let inner = t
        .strip_prefix("<!--")?
        .strip_suffix("-->")?
        .trim()
        .to_ascii_lowercase();
    if inner == "pagebreak" || inner == "page break" || inner == "newpage" {
        return Some(None);
    }
    let number = inner.strip_prefix("page")?.trim();
    Some(number.parse().ok())
}

/// Inline markup removed from the logical text, and whether it opens or closes emphasis.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static INLINE_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^</?(?:u|i|b|em|strong|ins)>").expect("valid regex"));

/// Finds the next byte that may start markup or a run of blanks (a tab, `<`, two
/// spaces, and in Markdown `*`, `_`, `[`) with SIMD searches, remembering each
/// search's result so a line is scanned about once per kind.
struct SpecialScanner {
    markdown: bool,
    /// Next known position of each kind (usize::MAX: none before `end`), valid from `from`.
    tab_or_tag: Option<usize>,
    double_space: Option<usize>,
    emphasis: Option<usize>,
}

impl SpecialScanner {
    fn new(markdown: bool) -> Self {
        SpecialScanner {
            markdown,
            tab_or_tag: None,
            double_space: None,
            emphasis: None,
        }
    }

    fn next(&mut self, bytes: &[u8], i: usize, end: usize) -> usize {
        let refresh =
            |cached: &mut Option<usize>, find: &dyn Fn(&[u8]) -> Option<usize>| -> usize {
                match *cached {
                    Some(p) if p >= i => p,
                    _ => {
                        let p = find(&bytes[i..end]).map_or(usize::MAX, |p| p + i);
                        *cached = Some(p);
                        p
                    }
                }
            };
        let a = refresh(&mut self.tab_or_tag, &|s| memchr::memchr2(b'\t', b'<', s));
        let b = refresh(&mut self.double_space, &|s| memchr::memmem::find(s, b"  "));
        let c = if self.markdown {
            refresh(&mut self.emphasis, &|s| {
                memchr::memchr3(b'*', b'_', b'[', s)
            })
        } else {
            usize::MAX
        };
        a.min(b).min(c).min(end)
    }
}

/// The paragraphs of the last parsed version, by [`block_key`]: an edit re-assembles
/// only the paragraphs it touched.
#[derive(Default)]
pub struct ParagraphReuse {
    /// In document order, each with its [`block_key`].
    bodies: Vec<(u64, Arc<ParagraphBody>)>,
    /// The last layout of plain text, kept while edits leave it as it was.
    layout: Option<layout::LayoutMemo>,
    lines: LineMemo,
}

/// Finds the last version's paragraph bodies for this version's blocks, read in order.
/// An edit leaves the paragraphs in the same order, so each block's key is looked for
/// just past where the last one was found (a few further on: paragraphs deleted); only
/// after a second block not found there (a paste, a large deletion) are the last
/// version's bodies indexed by key. A keystroke changes one paragraph: no index, no
/// hashing of ~1,900 keys into a new map per version.
struct BodyMatcher<'a> {
    previous: &'a [(u64, Arc<ParagraphBody>)],
    /// Where the next block's body is expected.
    next: usize,
    misses: usize,
    by_key: Option<FxHashMap<u64, usize>>,
}

impl<'a> BodyMatcher<'a> {
    /// Paragraphs looked for past the expected place before counting a miss.
    const WINDOW: usize = 4;

    fn new(previous: &'a [(u64, Arc<ParagraphBody>)]) -> Self {
        BodyMatcher {
            previous,
            next: 0,
            misses: 0,
            by_key: None,
        }
    }

    fn find(&mut self, key: u64) -> Option<Arc<ParagraphBody>> {
        let window_end = (self.next + Self::WINDOW).min(self.previous.len());
        let nearby = (self.next..window_end).find(|&k| self.previous[k].0 == key);
        let found = match nearby {
            Some(k) => Some(k),
            None => {
                self.misses += 1;
                if self.misses < 2 {
                    None
                } else {
                    let previous = self.previous;
                    let by_key = self.by_key.get_or_insert_with(|| {
                        let mut by_key = FxHashMap::default();
                        by_key.reserve(previous.len());
                        for (k, (key, _)) in previous.iter().enumerate() {
                            by_key.entry(*key).or_insert(k);
                        }
                        by_key
                    });
                    by_key.get(&key).copied()
                }
            }
        }?;
        self.next = found + 1;
        Some(self.previous[found].1.clone())
    }
}

/// Everything [`assemble`] reads: the block's source bytes, its line layout relative
/// to its start, its kind, the format and whether a word list mends hyphenation (one
/// list per process). Equal keys make equal paragraph bodies.
///
/// The source bytes are those of the whole source lines the block spans, read from their
/// hashes (`hashes`, one per line, made once per version): each line's hash, where it
/// starts and ends relative to the block, and the line breaks between them.
fn block_key(
    text: &str,
    lines: &[Line],
    hashes: &[u64],
    block: &Block,
    format: Format,
    words: bool,
) -> u64 {
    let source = block_source(block);
    let mut h = FxHasher::default();
    format.hash(&mut h);
    words.hash(&mut h);
    block.kind.hash(&mut h);
    for line in block.lines {
        (line.start - source.start).hash(&mut h);
        (line.end - source.start).hash(&mut h);
    }
    let (Some(first), Some(last)) = (block.lines.first(), block.lines.last()) else {
        return h.finish();
    };
    let relative = |offset: usize| offset.wrapping_sub(source.start);
    for k in first.line..=last.line {
        let (Some(line), Some(hash)) = (lines.get(k), hashes.get(k)) else {
            break;
        };
        hash.hash(&mut h);
        relative(line.start).hash(&mut h);
        relative(line.end).hash(&mut h);
        if k < last.line {
            if let Some(next) = lines.get(k + 1) {
                text.as_bytes()[line.end..next.start].hash(&mut h);
            }
        }
    }
    h.finish()
}

fn block_source(block: &Block) -> Span {
    Span::new(
        block.lines.first().map_or(0, |l| l.start),
        block.lines.last().map_or(0, |l| l.end),
    )
}

/// Builds a paragraph's logical text and offset map (relative to the block's start)
/// from its lines.
fn assemble(
    text: &str,
    block: &Block,
    format: Format,
    words: Option<&dyn WordList>,
) -> ParagraphBody {
    let mut out = String::with_capacity(block.lines.iter().map(|l| l.end - l.start + 1).sum());
    let mut map = OffsetMap::default();
    let mut emphasis = Vec::new();
    let mut open_tag: Option<usize> = None;
    let mut open_md: Option<(u8, usize, usize)> = None; // (marker byte, count, logical start)
    let markdown = format == Format::Markdown;

    for (li, line) in block.lines.iter().enumerate() {
        let mut end = line.end;
        // Join with the previous line: a space, or nothing after a hyphenated break.
        if li > 0 {
            let prev = block.lines[li - 1];
            let gap_start = prev.end;
            // An edit may overwrite the line break and blank lines, not what else lies
            // between the lines (a gutter number, a page number, a footnote, markup).
            let benign = text.as_bytes()[gap_start..line.start]
                .iter()
                .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
            match line_break_join(&out, &text[line.start..line.end], words) {
                LineJoin::DropHyphen => {
                    // "preser-" / "vation" → "preservation": the hyphen leaves the logical text.
                    out.pop();
                    map = truncate_map(map, out.len(), gap_start - 1);
                    map.push_synthetic(gap_start - 1, line.start - (gap_start - 1), 0, false);
                }
                LineJoin::KeepHyphen => {
                    // "well-" / "known" → "well-known".
                    map.push_synthetic(gap_start, line.start - gap_start, 0, benign);
                }
                LineJoin::Space if !out.ends_with(' ') => {
                    out.push(' ');
                    map.push_synthetic(gap_start, line.start - gap_start, 1, benign);
                }
                LineJoin::Space => {}
            }
        }
        let bytes = text.as_bytes();
        let mut i = line.start;
        let mut run_start = i;
        let mut gap_benign = true;
        // Avoid a trailing hyphenated-break mismatch: keep the line end exact.
        if end > text.len() {
            end = text.len();
        }
        let mut scan = SpecialScanner::new(markdown);
        while i < end {
            // Skip plain text quickly: only markup and runs of blanks need attention.
            i = scan.next(bytes, i, end);
            if i >= end {
                break;
            }
            let b = bytes[i];
            // Inline HTML tags: <u>, </u>, <i>, …
            if b == b'<' {
                if let Some(m) = INLINE_TAG.find(&text[i..end]) {
                    flush_run(text, &mut out, &mut map, run_start, i, &mut gap_benign);
                    if text.as_bytes()[i + 1] == b'/' {
                        if let Some(s) = open_tag.take() {
                            emphasis.push(Span::new(s, out.trim_end().len()));
                        }
                    } else {
                        open_tag = Some(out.len());
                    }
                    i += m.end();
                    run_start = i;
                    continue;
                }
            }
            if markdown && (b == b'*' || b == b'_') {
                let count = bytes[i..end].iter().take_while(|&&c| c == b).count();
                let before = if i > line.start {
                    text[..i].chars().last()
                } else {
                    None
                };
                let after = text[i + count..end].chars().next();
                let word_before = before.is_some_and(|c| c.is_alphanumeric());
                let word_after = after.is_some_and(|c| !c.is_whitespace());
                let is_marker = count <= 3
                    && match open_md {
                        Some((m, c, _)) if m == b && c == count => {
                            before.is_some_and(|c| !c.is_whitespace())
                        }
                        Some(_) => false,
                        None => word_after && !(b == b'_' && word_before),
                    };
                if is_marker {
                    flush_run(text, &mut out, &mut map, run_start, i, &mut gap_benign);
                    match open_md.take() {
                        Some((_, _, s)) => emphasis.push(Span::new(s, out.len())),
                        None => open_md = Some((b, count, out.len())),
                    }
                    i += count;
                    run_start = i;
                    continue;
                }
            }
            if markdown && b == b'[' {
                // [text](url) → text
                if let Some((text_end, link_end)) = markdown_link(&text[i..end]) {
                    flush_run(text, &mut out, &mut map, run_start, i, &mut gap_benign);
                    let inner_start = i + 1;
                    let inner_end = i + text_end;
                    flush_run(
                        text,
                        &mut out,
                        &mut map,
                        inner_start,
                        inner_end,
                        &mut gap_benign,
                    );
                    i += link_end;
                    run_start = i;
                    continue;
                }
            }
            if b == b' ' || b == b'\t' {
                // Collapse runs of blanks to one space.
                let ws_len = bytes[i..end]
                    .iter()
                    .take_while(|&&c| c == b' ' || c == b'\t')
                    .count();
                if ws_len > 1 || b == b'\t' {
                    flush_run(text, &mut out, &mut map, run_start, i, &mut gap_benign);
                    if !out.ends_with(' ') && !out.is_empty() {
                        out.push(' ');
                        map.push_synthetic(i, ws_len, 1, true);
                    }
                    i += ws_len;
                    run_start = i;
                    continue;
                }
            }
            i += 1;
        }
        flush_run(text, &mut out, &mut map, run_start, end, &mut gap_benign);
    }
    if let Some(s) = open_tag {
        emphasis.push(Span::new(s, out.len()));
    }
    // Trailing space from a collapsed run.
    while out.ends_with(' ') {
        out.pop();
        map = truncate_map(map, out.len(), usize::MAX);
    }
    let mut h = FxHasher::default();
    out.hash(&mut h);
    block.kind.hash(&mut h);
    emphasis.hash(&mut h);
    ParagraphBody {
        content_hash: h.finish(),
        text: out,
        kind: block.kind,
        emphasis,
        map: map.relative_to(block_source(block).start),
        quotes: Default::default(),
    }
}

/// How a line joins the text before it.
#[derive(Debug, PartialEq, Eq)]
enum LineJoin {
    Space,
    /// A word broken by hyphenation: `dis-` / `trict`.
    DropHyphen,
    /// A hyphenated word or a range broken at its hyphen: `well-` / `known`, `135-` / `36`.
    KeepHyphen,
}

/// How the line `next` joins `before` (the logical text so far). A hyphen at the end
/// of a line after a letter, before a lowercase letter, is dropped when the joined word
/// is a word or its halves are not both words (`dis-trict`, `Mataraz-zo`) and kept when
/// they are (`well-known`, `self-incrimination`); without a word list it is dropped.
/// Before a capital (`Rodríguez-Pagán`) or between digits (`135-36`) it is kept. A soft
/// hyphen always joins.
fn line_break_join(before: &str, next: &str, words: Option<&dyn WordList>) -> LineJoin {
    // A soft hyphen (U+00AD) marks where a word may break: the word goes on, and the
    // invisible mark stays (`Okla\u{AD}` / `homa` reads `Okla\u{AD}homa`).
    if before.ends_with('\u{AD}') && next.starts_with(char::is_alphabetic) {
        return LineJoin::KeepHyphen;
    }
    let Some(head) = before.strip_suffix('-') else {
        return LineJoin::Space;
    };
    let Some(last) = head.chars().next_back() else {
        return LineJoin::Space;
    };
    let Some(first) = next.chars().next() else {
        return LineJoin::Space;
    };
    if last.is_ascii_digit() && first.is_ascii_digit() {
        return if broken_year(head, next) {
            LineJoin::DropHyphen
        } else {
            LineJoin::KeepHyphen
        };
    }
    if !last.is_alphabetic() || !first.is_alphabetic() {
        return LineJoin::Space;
    }
    if !first.is_lowercase() {
        return LineJoin::KeepHyphen;
    }
    let Some(words) = words else {
        return LineJoin::DropHyphen;
    };
    let left_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(head.len(), |(i, _)| i);
    let left = head[left_start..].to_lowercase();
    let right_len = next
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(next.len(), |(i, _)| i);
    let right = next[..right_len].to_lowercase();
    // A suffix is no word of a compound (`escrow-` / `ed`), whatever a word list says.
    const SUFFIXES: &[&str] = &[
        "ed", "es", "er", "ers", "ing", "ings", "ly", "ment", "ments", "ness", "tion", "tions",
        "sion", "sions", "ity", "ities", "ive", "ous", "ance", "ence",
    ];
    // A joined form only a large word list knows (`posttraumatic`) loses to the two
    // words of a compound (`post-traumatic`).
    let joined = format!("{left}{right}");
    let compound = || words.is_word(&left) && words.is_word(&right);
    if SUFFIXES.contains(&right.as_str())
        || words.is_common_word(&joined)
        || words.is_word(&joined) && !compound()
    {
        LineJoin::DropHyphen
    } else if compound() || head[..left_start].ends_with('-') {
        // A compound of several hyphens broken at one of them (`vis-à-` / `vis`,
        // `mother-in-` / `law`) keeps it.
        LineJoin::KeepHyphen
    } else {
        LineJoin::DropHyphen
    }
}

/// A year hyphenated across lines as typewriters did: `(19-` / `85))`. (A range broken
/// at its hyphen, `135-` / `36`, keeps it.)
fn broken_year(head: &str, next: &str) -> bool {
    let century = head.len() >= 3
        && (head.ends_with("(19") || head.ends_with("(20") || head.ends_with(" 19"));
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    century && digits == 2
}

fn flush_run(
    text: &str,
    out: &mut String,
    map: &mut OffsetMap,
    start: usize,
    end: usize,
    gap_benign: &mut bool,
) {
    if end > start {
        out.push_str(&text[start..end]);
        map.push_verbatim(start, end - start, *gap_benign);
        *gap_benign = true;
    }
}

/// Rebuilds a map cut to `logical_len` bytes (rare: only on hyphenated breaks and trailing blanks).
fn truncate_map(map: OffsetMap, logical_len: usize, _source_hint: usize) -> OffsetMap {
    map.truncated(logical_len)
}

/// For `[text](url)` at the start of `s`: (offset of `]`, offset after `)`).
fn markdown_link(s: &str) -> Option<(usize, usize)> {
    let close = s.find("](")?;
    if s[1..close].contains('[') || s[1..close].is_empty() {
        return None;
    }
    let rest = &s[close + 2..];
    let paren = rest.find(')')?;
    if rest[..paren].contains(' ') {
        return None;
    }
    Some((close, close + 2 + paren + 1))
}

#[allow(dead_code)]
pub(super) fn line_span(l: &Line) -> Span {
    Span::new(l.start, l.end)
}

#[cfg(test)]
mod tests {
    use super::{layout, split_lines, Line, LineMemo};

    /// The hand matcher answers as `GUTTER` does on every line of up to seven
    /// characters from spaces, tabs, ASCII and Arabic-Indic digits and a letter.
    #[test]
    fn gutter_matches_the_regex() {
        let alphabet = [' ', '\t', '1', '2', 'a', '\u{663}'];
        let mut lines = vec![String::new()];
        for len in 1..=7 {
            let mut next = Vec::new();
            for l in lines.iter().filter(|l| l.chars().count() == len - 1) {
                for c in alphabet {
                    next.push(format!("{l}{c}"));
                }
            }
            lines.extend(next);
        }
        for extra in [
            "1 2 3  text",
            "12 34\tx",
            " 9 ",
            "   7",
            "    7",
            "123",
            "1 234",
            "3 4 5 6 7 8 9 1 2",
        ] {
            lines.push(extra.to_string());
        }
        for line in &lines {
            let want = super::GUTTER
                .captures(line)
                .map(|m| (m[1].parse().unwrap_or(0), m.get(0).map_or(0, |g| g.end())));
            assert_eq!(super::gutter(line), want, "{line:?}");
        }
    }
    use proptest::prelude::*;

    fn plain(lines: &[Line]) -> Vec<(usize, usize, bool)> {
        lines
            .iter()
            .map(|l| (l.start, l.end, l.form_feed))
            .collect()
    }

    /// The memo after `texts` in turn holds the last one's lines and hashes, as a fresh
    /// split gives them.
    fn assert_memo_matches(texts: &[String]) {
        let mut memo = LineMemo::default();
        for text in texts {
            memo.update(text);
            let fresh = split_lines(text);
            assert_eq!(plain(&memo.lines), plain(&fresh), "{text:?}");
            let hashes: Vec<u64> = fresh.iter().map(|l| layout::line_hash(text, l)).collect();
            assert_eq!(memo.hashes, hashes, "{text:?}");
        }
    }

    #[test]
    fn edits_at_line_breaks_form_feeds_and_carriage_returns() {
        let texts: Vec<String> = [
            "one\ntwo\r\nthree\x0cfour\n\x0c\x0cfive",
            "one\ntwo\r\nthree\x0cfour\n\x0c\x0cfive\n",
            "one\ntwo\r\nthree\x0cfour\n\x0c\x0cfive\n",
            "\x0cone\ntwo\r\nthree\x0cfour\n\x0c\x0cfive\n",
            "\x0cone\ntwo\rX\nthree\x0cfour\n\x0c\x0cfive\n",
            "\x0cone\ntwo\r\nthree\x0cfour\n\x0c\x0cfive\n",
            "\x0cone\ntwo\r\nthree\nfour\n\x0c\x0cfive\n",
            "\x0cone\ntwo\r\nthree\nfour\n\x0c\n\x0cfive\n",
            "",
            "\n\n",
            "\n\nx",
            "x\n\nx",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_memo_matches(&texts);
    }

    /// Paragraph bodies are found again in order, within a few places, or by key after
    /// a second miss: whatever the edit (paragraphs deleted, moved, pasted twice), the
    /// paragraphs are those a fresh parse makes.
    #[test]
    fn reused_paragraphs_after_moves_deletions_and_pastes() {
        use super::super::{Document, Format, ParagraphReuse};
        let paragraphs: Vec<String> = (0..20)
            .map(|i| format!("Paragraph {i} says something of its own, number {i}."))
            .collect();
        let join = |order: &[usize]| {
            order
                .iter()
                .map(|&i| paragraphs[i].as_str())
                .collect::<Vec<_>>()
                .join("\n\n")
        };
        let all: Vec<usize> = (0..20).collect();
        let versions = [
            join(&all),
            // Six deleted from the middle.
            join(&[0, 1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19]),
            // Moved back, after the end.
            join(&[
                0, 1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 5, 6, 7, 8, 9, 10,
            ]),
            // Pasted twice, one edited.
            join(&[
                0, 1, 2, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
            ]),
            join(&[
                19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
            ]),
            join(&all).replace("number 7.", "number seven."),
        ];
        let shape = |d: &Document| {
            d.paragraphs
                .iter()
                .map(|p| (p.text.clone(), p.source, p.kind))
                .collect::<Vec<_>>()
        };
        let mut reuse = ParagraphReuse::default();
        for text in &versions {
            let warm = Document::parse_reusing(text, Format::Markdown, &mut reuse);
            let cold = Document::parse(text, Format::Markdown);
            assert_eq!(shape(&warm), shape(&cold), "{text}");
            assert_eq!(warm.paragraphs.len(), text.split("\n\n").count());
        }
    }

    #[test]
    fn common_ends_across_compared_blocks() {
        let a = "x".repeat(3000);
        for at in [0, 1, 511, 512, 513, 1024, 2999] {
            let mut b = a.clone().into_bytes();
            b[at] = b'y';
            assert_eq!(super::common_prefix(a.as_bytes(), &b), at);
            assert_eq!(super::common_suffix(a.as_bytes(), &b), 2999 - at);
        }
        assert_eq!(
            super::common_prefix(a.as_bytes(), &a.as_bytes()[..1700]),
            1700
        );
        assert_eq!(
            super::common_suffix(a.as_bytes(), &a.as_bytes()[..1700]),
            1700
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn memo_lines_are_a_fresh_split(
            base in "[abéè\r\n\x0c]{0,40}",
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..4, "[abéè\r\n\x0c]{0,3}"), 1..6),
        ) {
            let mut texts = vec![base.clone()];
            let mut text = base;
            for (at, removed, inserted) in edits {
                let mut at = at.index(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let mut end = (at + removed).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(at..end, &inserted);
                texts.push(text.clone());
            }
            assert_memo_matches(&texts);
        }
    }
}
