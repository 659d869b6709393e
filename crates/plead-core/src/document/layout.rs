//! The layout of plain text as courts, PDFs and e-mail deliver it.
//!
//! Two things are found here, line by line, before the prose view is built:
//! - **page furniture**: page numbers, `-2-` marks, `Page 3 of 12`, ECF header stamps
//!   (`Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 2 of 4 Page ID #:366`),
//!   running heads repeated at page boundaries, rules (`______`, `* * *`): none of it is
//!   prose, and a sentence continues across it;
//! - **hard-wrapped text** (lines of one typical width) and **double-spaced text** (a
//!   blank line after every line): there a blank line is not a paragraph break. A
//!   paragraph starts where the text shows it does: an indented first line, a short last
//!   line before it, a heading, a list item, a block quote. Footnotes printed at the foot
//!   of a page are set apart (`aside`), so the running text continues across them.
//!
//! Text that is neither (Markdown, one line per paragraph, pleading paper) keeps the
//! flowing-text rules of `parse` and only its furniture is recognised here.

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use super::parse::Line;
use super::BlockKind;

/// What the layout makes of one source line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    /// Not classified: the rules for flowing text decide.
    Prose,
    /// Empty or only blanks (in hard-wrapped text, where a blank line decides nothing).
    Blank,
    /// Page furniture. `number`: the page number it prints; `break_before`/`break_after`:
    /// where the page boundary it marks lies (one per boundary).
    Furniture {
        number: Option<u32>,
        break_before: bool,
        break_after: bool,
    },
    /// Only rules or stars (`______`, `* * *`, `-`): not prose; ends a paragraph.
    Rule,
    /// The start of the line above typed again (to print it bold or underlined): not
    /// prose, and no gap either.
    Overstrike,
    /// A line of hard-wrapped prose: whether it starts a paragraph and of which kind,
    /// whether it belongs to a footnote set apart from the running text, and how many
    /// bytes of its content a footnote number takes.
    Text {
        starts: bool,
        kind: BlockKind,
        aside: bool,
        skip: u8,
    },
}

/// The layout of a document's lines.
#[derive(Clone, Debug, Default)]
pub(super) struct Layout {
    /// One role per line; empty when the text has nothing the layout recognises.
    roles: std::sync::Arc<[Role]>,
    /// Whether the text is hard-wrapped (every non-furniture line has a `Text` role).
    pub(super) wrapped: bool,
    /// Whether the wrapped text is double-spaced.
    pub(super) double_spaced: bool,
}

impl Layout {
    pub(super) fn role(&self, n: usize) -> Role {
        self.roles.get(n).copied().unwrap_or(Role::Prose)
    }
}

/// The geometry of one line: columns (tabs to multiples of 8) and the trimmed content.
#[derive(Clone, Copy, Debug, Default)]
struct Shape {
    /// Column of the first non-blank character.
    indent: u16,
    /// Column after the last non-blank character (0 for a blank line).
    end: u16,
    /// Trimmed content, as a byte range of the text.
    cs: usize,
    ce: usize,
    /// Length of the line in bytes (a long run of blanks is a footnote separator).
    len: usize,
    form_feed: bool,
    /// Blanks right under a line of text: what is left of an underline (typewritten
    /// opinions underline case names), part of the line above rather than a gap.
    residue: bool,
}

impl Shape {
    fn blank(&self) -> bool {
        self.cs == self.ce
    }
}

fn shape(text: &str, line: &Line) -> Shape {
    let bytes = text.as_bytes();
    let mut col = 0usize;
    let mut i = line.start;
    while i < line.end {
        match bytes[i] {
            b' ' => col += 1,
            b'\t' => col = (col / 8 + 1) * 8,
            b'\r' | b'\x0b' => {}
            _ => break,
        }
        i += 1;
    }
    let mut e = line.end;
    while e > i && matches!(bytes[e - 1], b' ' | b'\t' | b'\r' | b'\x0b') {
        e -= 1;
    }
    let content = &text[i..e];
    let width = if content.is_ascii() {
        content.len()
    } else {
        content.chars().count()
    };
    Shape {
        indent: col.min(u16::MAX as usize) as u16,
        end: if i == e {
            0
        } else {
            (col + width).min(u16::MAX as usize) as u16
        },
        cs: i,
        ce: e,
        len: line.end - line.start,
        form_feed: line.form_feed,
        residue: false,
    }
}

/// A furniture line before its neighbours are looked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    None,
    /// `-2-`, `Page 2`, `Page 2 of 9`, `2 of 9`: furniture wherever it stands.
    Page(Option<u32>),
    /// An ECF or appellate header stamp: a page's first line.
    Stamp(Option<u32>),
    /// A bare number: a page number when it stands alone. `None`: a folio outside the
    /// body's numbering (an appendix page, `12a`).
    Bare(Option<u32>),
    Rule,
}

#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[-\u{2013}\u{2014}][ ]*([0-9]{1,4})[ ]*[-\u{2013}\u{2014}]|(?:page|pg\.?)[ ]+([0-9]{1,4})(?:[ ]+of[ ]+[0-9]{1,4})?|([0-9]{1,4})[ ]+of[ ]+[0-9]{1,4})$",
    )
    .expect("valid regex")
});

/// An ECF or appellate header stamp, in any order of its fields:
/// `Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 2 of 4 Page ID #:366`,
/// `Case: 19-1234  Document: 00117543210  Page: 2  Date Filed: 01/02/2020 …`,
/// `USCA4 Appeal: 19-1234  Doc: 12  Filed: 01/02/2020  Pg: 2 of 30`,
/// `Appellate Case: 21-800  Document: 010110462922  Date Filed: 01/11/2021  Page: 1`,
/// `Case 19-12345-abc Doc 45 Filed 01/02/20 Entered 01/02/20 12:34:56 Desc Main Document Page 2 of 10`.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static ECF_STAMP: LazyLock<[Regex; 3]> = LazyLock::new(|| {
    [
        r"(?i)^(?:USCA[0-9]*\s+|Appellate\s+)?(?:Case|Appeal)\s*:?\s+\S*[0-9].*\b(?:Document|Doc|Dkt)\s*:?\s*[0-9]",
        r"(?i)\bFiled\s*:?\s*[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\b",
        r"(?i)\b(?:Page|Pg)\s*:?\s*([0-9]{1,4})\b",
    ]
    .map(|p| Regex::new(p).expect("valid regex"))
});

/// The head of a slip opinion's first page: `(Slip Opinion)   OCTOBER TERM, 2012   1`.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static SLIP_OPINION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(Slip Opinion\)\s+[A-Z]+ TERM, [0-9]{4}(?:\s+([0-9]{1,4}))?$")
        .expect("valid regex")
});

fn mark(content: &str) -> Mark {
    let b = content.as_bytes();
    let Some(&first) = b.first() else {
        return Mark::None;
    };
    if b.iter().all(u8::is_ascii_digit) {
        return match content.parse() {
            Ok(n) if b.len() <= 3 => Mark::Bare(Some(n)),
            _ => Mark::None,
        };
    }
    if let Some(folio) = brief_folio(content) {
        return folio;
    }
    if content.len() <= 24 && (first == b'-' || first >= 0x80 || first.is_ascii_alphanumeric()) {
        if let Some(c) = PAGE_MARK.captures(content) {
            let n = (1..=3)
                .find_map(|i| c.get(i))
                .and_then(|m| m.as_str().parse().ok());
            return Mark::Page(n);
        }
    }
    if first == b'(' && content.len() <= 120 {
        if let Some(c) = SLIP_OPINION.captures(content) {
            return Mark::Stamp(c.get(1).and_then(|m| m.as_str().parse().ok()));
        }
    }
    if matches!(first, b'C' | b'c' | b'A' | b'a' | b'U' | b'u') && content.len() <= 240 {
        let [case, filed, page] = &*ECF_STAMP;
        if case.is_match(content) && filed.is_match(content) {
            let number = page
                .captures(content)
                .and_then(|c| c.get(1))
                .and_then(|m| m.as_str().parse().ok());
            return Mark::Stamp(number);
        }
    }
    if is_rule(content) {
        return Mark::Rule;
    }
    Mark::None
}

/// The folios of briefs printed for the Supreme Court (the Solicitor General's among
/// them): `(1)` on the first page of the text, `12a` on a page of the appendix (`(1a)` on
/// its first). Like a
/// bare number, they are furniture only where they stand alone.
fn brief_folio(content: &str) -> Option<Mark> {
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(inner) = content.strip_prefix('(').and_then(|c| c.strip_suffix(')')) {
        if let Some(appendix) = inner.strip_suffix('a') {
            return digits(appendix).then_some(Mark::Bare(None));
        }
        return digits(inner).then(|| Mark::Bare(inner.parse().ok()));
    }
    let number = content.strip_suffix('a')?;
    digits(number).then_some(Mark::Bare(None))
}

/// Only rule and star characters: `______`, `* * *`, `-----`, `-`.
fn is_rule(content: &str) -> bool {
    content.chars().all(|c| {
        matches!(
            c,
            '-' | '_'
                | '*'
                | '='
                | '~'
                | '.'
                | ' '
                | '\t'
                | '\u{2013}'
                | '\u{2014}'
                | '\u{2022}'
                | '\u{00b7}'
        )
    })
}

/// What the last layout of a document was made from, so the next version can keep it
/// while its edits change nothing the layout reads (see [`LayoutMemo::keep`]). Kept for
/// text that is neither hard-wrapped nor on pleading paper: there the layout is page
/// furniture only, and most lines are prose no rule looks at.
#[derive(Debug, Default)]
pub(super) struct LayoutMemo {
    lines: Vec<LineMemo>,
    /// How many lines have each running-head key (by the key's hash; see `head_key`).
    key_counts: FxHashMap<u64, u32>,
    /// The line ends `measured_ends` measured, sorted.
    ends: Vec<u16>,
    /// Text lines before this line index are measured (`MEASURED_LINES`).
    measured_until: usize,
    text_lines: usize,
    /// Hash of what follows the last line (a form feed there ends the last page).
    tail: u64,
    layout: Layout,
}

/// What the layout read of one line.
#[derive(Clone, Copy, Debug)]
struct LineMemo {
    /// Hash of the line's bytes and whether a form feed preceded it.
    hash: u64,
    /// A line of prose no furniture rule depends on, but for its running-head key, its
    /// end and, `under_head`, whether it reads as a designation (checked on each edit):
    /// not blank, no furniture mark, not overstruck by the next line.
    free: bool,
    /// Within three lines under a head that prints a page number, where
    /// `opinion_designations` looks.
    under_head: bool,
    form_feed: bool,
    end: u16,
    /// Hash of its running-head key, 0 when it is not a head candidate.
    key: u64,
}

/// Hash of the text after the last line (its line break, form feeds).
fn tail_hash(text: &str, lines: &[Line]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    text.as_bytes()[lines.last().map_or(0, |l| l.end)..].hash(&mut h);
    h.finish()
}

/// Hash of a line's bytes and whether a form feed preceded it.
pub(super) fn line_hash(text: &str, line: &Line) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    text.as_bytes()[line.start..line.end].hash(&mut h);
    line.form_feed.hash(&mut h);
    h.finish()
}

impl LayoutMemo {
    /// The last layout, if it is also the layout of `lines`: the lines are as many, and
    /// every line that changed was `free` and still is (not blank, no furniture mark, no
    /// overstrike with a neighbour, the same form feed), its running-head key is its own
    /// before and after the edit (a key of one line makes no running head), and the line
    /// ends still show no wrap column. Then no rule of the layout reads anything else
    /// that changed. Updates the memo to `lines`; on None the memo is stale (the caller
    /// rebuilds it).
    fn keep(&mut self, text: &str, lines: &[Line], hashes: &[u64]) -> Option<Layout> {
        if self.lines.len() != lines.len()
            || hashes.len() != lines.len()
            || self.tail != tail_hash(text, lines)
        {
            return None;
        }
        let mut changed: Vec<(usize, u64)> = Vec::new();
        for (i, (&hash, old)) in hashes.iter().zip(&self.lines).enumerate() {
            if hash != old.hash {
                changed.push((i, hash));
            }
        }
        let mut shapes = Vec::with_capacity(changed.len());
        for &(i, _) in &changed {
            let old = self.lines[i];
            let here = shape(text, &lines[i]);
            if !old.free
                || here.blank()
                || lines[i].form_feed != old.form_feed
                || mark(&text[here.cs..here.ce]) != Mark::None
                || overstrikes_a_neighbour(text, lines, i, &here)
                || (old.under_head && DESIGNATION.is_match(&text[here.cs..here.ce]))
            {
                return None;
            }
            shapes.push(here);
        }
        // Keys: each changed line's old key was its own, and so is its new one.
        for &(i, _) in &changed {
            let key = self.lines[i].key;
            if key != 0 {
                match self.key_counts.get_mut(&key) {
                    Some(count) if *count == 1 => *count = 0,
                    _ => return None,
                }
            }
        }
        for (k, &(i, hash)) in changed.iter().enumerate() {
            let here = shapes[k];
            let key = head_key(&text[here.cs..here.ce]).map_or(0, |k| key_hash(&k));
            if key != 0 {
                let count = self.key_counts.entry(key).or_insert(0);
                *count += 1;
                if *count > 1 {
                    return None;
                }
            }
            let old_end = self.lines[i].end;
            if i < self.measured_until && old_end != here.end {
                let at = self.ends.binary_search(&old_end).ok()?;
                self.ends.remove(at);
                let to = self.ends.partition_point(|&e| e < here.end);
                self.ends.insert(to, here.end);
            }
            let memo = &mut self.lines[i];
            memo.hash = hash;
            memo.end = here.end;
            memo.key = key;
        }
        if !changed.is_empty() && wrap_column(&self.ends, self.text_lines).is_some() {
            return None;
        }
        Some(self.layout.clone())
    }
}

/// The layout of `lines`, keeping the last layout when the changes leave it as it was (see
/// [`LayoutMemo::keep`]). `pleading`: the text is on numbered pleading paper (its gutter is
/// stripped before furniture is looked for, and it is never "wrapped").
///
/// `gutters`: each line's gutter (`parse::gutter`) on pleading paper, read once by the
/// parse for every pass that strips it; unread otherwise.
pub(super) fn analyze_reusing(
    text: &str,
    lines: &[Line],
    hashes: &[u64],
    pleading: bool,
    gutters: &[Option<(u32, usize)>],
    memo: &mut Option<LayoutMemo>,
) -> Layout {
    if !pleading {
        if let Some(layout) = memo.as_mut().and_then(|m| m.keep(text, lines, hashes)) {
            return layout;
        }
    }
    let (layout, kept) = analyze_with_lines(text, lines, hashes, pleading, gutters);
    *memo = kept;
    layout
}

/// Whether line `i` (shaped `here`) and a line next to it make an overstrike pair
/// (see `mark_overstrikes`).
fn overstrikes_a_neighbour(text: &str, lines: &[Line], i: usize, here: &Shape) -> bool {
    let pair = |above: &Shape, below: &Shape| is_overstrike(text, above, below);
    let before = i
        .checked_sub(1)
        .is_some_and(|j| pair(&shape(text, &lines[j]), here));
    let after = lines
        .get(i + 1)
        .is_some_and(|l| pair(here, &shape(text, l)));
    before || after
}

/// The layout of `lines`, and the memo to keep it by (for text neither on pleading
/// paper nor hard-wrapped).
fn analyze_with_lines(
    text: &str,
    lines: &[Line],
    hashes: &[u64],
    pleading: bool,
    gutters: &[Option<(u32, usize)>],
) -> (Layout, Option<LayoutMemo>) {
    let mut shapes: Vec<Shape> = lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            // A line on pleading paper is shaped without its gutter (shaped once: the
            // shape with the gutter was computed and dropped).
            match gutters.get(k).copied().flatten().filter(|_| pleading) {
                Some((_, gutter_end)) => {
                    let stripped = Line {
                        start: l.start + gutter_end,
                        ..*l
                    };
                    shape(text, &stripped)
                }
                None => shape(text, l),
            }
        })
        .collect();
    for i in 1..shapes.len() {
        shapes[i].residue = shapes[i].blank() && shapes[i].len > 0 && !shapes[i - 1].blank();
    }
    let marks: Vec<Mark> = shapes.iter().map(|s| mark(&text[s.cs..s.ce])).collect();
    if pleading {
        // Pleading paper keeps its own page-number rules; only stamps and page marks
        // are furniture here.
        let layout = furniture_only(&shapes, &marks, |m| {
            matches!(m, Mark::Stamp(_) | Mark::Page(_))
        });
        return (layout, None);
    }
    let mut roles = vec![Role::Prose; lines.len()];
    let mut keys = vec![0u64; lines.len()];
    let mut furniture = classify_furniture(text, &shapes, &marks, &mut roles, &mut keys);
    furniture |= mark_overstrikes(text, &shapes, &mut roles);
    let (ends, text_lines, measured_until) = measured_ends(&shapes, &roles);
    let Some((right, slack)) = wrap_column(&ends, text_lines) else {
        let memo = memo_of(
            text,
            lines,
            hashes,
            &shapes,
            &marks,
            &roles,
            keys,
            ends,
            text_lines,
            measured_until,
        );
        if !furniture {
            roles.clear();
        }
        let layout = Layout {
            roles: roles.into(),
            wrapped: false,
            double_spaced: false,
        };
        let memo = LayoutMemo {
            layout: layout.clone(),
            ..memo
        };
        return (layout, Some(memo));
    };
    let geometry = Geometry {
        right,
        slack,
        double: double_spaced(&shapes, &roles, text_lines),
    };
    segment(text, &shapes, &geometry, &mut roles);
    let layout = Layout {
        roles: roles.into(),
        wrapped: true,
        double_spaced: geometry.double,
    };
    (layout, None)
}

/// The memo of a layout that is not hard-wrapped (see [`LayoutMemo`]).
#[allow(clippy::too_many_arguments)]
fn memo_of(
    text: &str,
    lines: &[Line],
    hashes: &[u64],
    shapes: &[Shape],
    marks: &[Mark],
    roles: &[Role],
    keys: Vec<u64>,
    ends: Vec<u16>,
    text_lines: usize,
    measured_until: usize,
) -> LayoutMemo {
    let numbered = |r: Role| {
        matches!(
            r,
            Role::Furniture {
                number: Some(_),
                ..
            }
        )
    };
    let mut key_counts: FxHashMap<u64, u32> = FxHashMap::default();
    for &k in keys.iter().filter(|&&k| k != 0) {
        *key_counts.entry(k).or_insert(0) += 1;
    }
    let tail = tail_hash(text, lines);
    let lines = (0..lines.len())
        .map(|i| LineMemo {
            hash: hashes.get(i).copied().unwrap_or_default(),
            free: !shapes[i].blank()
                && marks[i] == Mark::None
                && roles[i] == Role::Prose
                && roles.get(i + 1) != Some(&Role::Overstrike),
            under_head: roles[i.saturating_sub(3)..i].iter().any(|&r| numbered(r)),
            form_feed: lines[i].form_feed,
            end: shapes[i].end,
            key: keys[i],
        })
        .collect();
    LayoutMemo {
        lines,
        key_counts,
        ends,
        measured_until,
        text_lines,
        tail,
        layout: Layout::default(),
    }
}

/// A line repeating the start of the line above it at the same indent (`CYR, Circuit
/// Judge.  This admiralty action …` / `CYR, Circuit Judge.`): what is left of text
/// typed twice to print it bold or underlined.
fn mark_overstrikes(text: &str, shapes: &[Shape], roles: &mut [Role]) -> bool {
    let mut any = false;
    for i in 1..shapes.len() {
        if roles[i] == Role::Prose && is_overstrike(text, &shapes[i - 1], &shapes[i]) {
            roles[i] = Role::Overstrike;
            any = true;
        }
    }
    any
}

/// Whether `below` types the start of `above` again at the same indent.
fn is_overstrike(text: &str, above: &Shape, below: &Shape) -> bool {
    let (a, h) = (&text[above.cs..above.ce], &text[below.cs..below.ce]);
    !above.blank()
        && !below.blank()
        && above.indent == below.indent
        && h.len() >= 4
        && h.len() < a.len()
        && a.starts_with(h)
}

/// Roles for text whose other lines keep the flowing rules: furniture by `keep`.
fn furniture_only(shapes: &[Shape], marks: &[Mark], keep: impl Fn(Mark) -> bool) -> Layout {
    let mut roles = Vec::new();
    for (n, &m) in marks.iter().enumerate() {
        if keep(m) {
            if roles.is_empty() {
                roles = vec![Role::Prose; marks.len()];
            }
            let stamp = matches!(m, Mark::Stamp(_));
            let number = match m {
                Mark::Stamp(n) | Mark::Page(n) => n,
                _ => None,
            };
            // A page's first line (a stamp) opens the page; a mark at its foot ends it.
            let text_before = shapes[..n].iter().any(|s| !s.blank());
            roles[n] = Role::Furniture {
                number,
                break_before: stamp && text_before && !shapes[n].form_feed,
                break_after: false,
            };
        }
    }
    Layout {
        roles: roles.into(),
        wrapped: false,
        double_spaced: false,
    }
}

/// Marks page furniture and rules in `roles` (blank lines become `Blank`); returns
/// whether there was any.
/// `keys`: each line's running-head key hash (see `find_running_heads`).
fn classify_furniture(
    text: &str,
    shapes: &[Shape],
    marks: &[Mark],
    roles: &mut [Role],
    keys: &mut [u64],
) -> bool {
    let n_lines = shapes.len();
    // Bare numbers and marks that stand alone (blank lines or other marks around them).
    let candidate = |i: usize| matches!(marks[i], Mark::Bare(_) | Mark::Page(_) | Mark::Stamp(_));
    let quiet = |i: Option<usize>| i.is_none_or(|i| shapes[i].blank() || candidate(i));
    let mut any = false;
    for i in 0..n_lines {
        if shapes[i].blank() {
            roles[i] = Role::Blank;
            continue;
        }
        let number = match marks[i] {
            Mark::Page(n) | Mark::Stamp(n) => Some(n),
            Mark::Bare(n) => {
                let before = quiet(i.checked_sub(1));
                let after = quiet((i + 1 < n_lines).then_some(i + 1));
                let page_follows = shapes.get(i + 1).is_some_and(|s| s.form_feed)
                    || (i + 1 == n_lines && text[shapes[i].ce..].contains('\x0c'));
                // A number that opens a page, a blank line under it: the page's head
                // (the last line of the page before may be a word broken at its hyphen).
                let opens_page = shapes[i].form_feed && after;
                ((before && after) || page_follows || opens_page).then_some(n)
            }
            Mark::Rule => {
                roles[i] = Role::Rule;
                any = true;
                continue;
            }
            Mark::None => None,
        };
        if let Some(number) = number {
            roles[i] = Role::Furniture {
                number,
                break_before: false,
                break_after: false,
            };
            any = true;
        }
    }
    any |= find_running_heads(text, shapes, roles, keys);
    place_page_breaks(text, shapes, marks, roles);
    any
}

/// Lines repeated at page boundaries: the case name, `Opinion of the Court`, `Cite as:
/// 570 U. S. ____ (2013)  3`. A line is a running head when its text (digits aside)
/// appears at least three times, half of them with only blank lines between it and a
/// page number, a page mark, a form feed or another running head, or twice, both so;
/// or when it prints a page number set apart (a folio) that rises from page to page.
/// `key_hashes`: set to the hash of each candidate line's key (see `head_key`).
fn find_running_heads(
    text: &str,
    shapes: &[Shape],
    roles: &mut [Role],
    key_hashes: &mut [u64],
) -> bool {
    let is_furniture = |r: Role| matches!(r, Role::Furniture { .. });
    // A line is at a page boundary when only blank lines lie between it and a form feed
    // or furniture (another head, a page number).
    let near_boundary = |roles: &[Role], i: usize| -> bool {
        if shapes[i].form_feed {
            return true;
        }
        for j in (i.saturating_sub(8)..i).rev() {
            if is_furniture(roles[j]) || shapes[j + 1].form_feed {
                return true;
            }
            if !shapes[j].blank() {
                break;
            }
        }
        for j in i + 1..shapes.len().min(i + 9) {
            if shapes[j].form_feed || is_furniture(roles[j]) {
                return true;
            }
            if !shapes[j].blank() {
                break;
            }
        }
        false
    };
    // Keys of short lines: digits folded, blanks collapsed.
    let mut keys: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, s) in shapes.iter().enumerate() {
        if s.blank() || roles[i] != Role::Prose {
            continue;
        }
        if let Some(key) = head_key(&text[s.cs..s.ce]) {
            keys.entry(key).or_default().push(i);
        }
    }
    for (key, lines) in &keys {
        let hash = key_hash(key);
        for &i in lines {
            key_hashes[i] = hash;
        }
    }
    let mut any = head_pairs(text, shapes, &keys, roles);
    // Three rounds: a head next to a head found in a round before (`Syllabus` under the
    // case name) is found in the next.
    for _ in 0..3 {
        for lines in keys.values() {
            // A round goes on with the lines a round before left (a head found next to
            // a head that was found later).
            if lines.len() < 2 || lines.iter().all(|&i| roles[i] != Role::Prose) {
                continue;
            }
            // A head that prints the page number (`2   FISHER v. …`, `… (2013)  3`) shows
            // the pages itself: numbers rising at one edge of the line.
            let folios: Vec<u32> = lines
                .iter()
                .filter_map(|&i| folio(&text[shapes[i].cs..shapes[i].ce]))
                .collect();
            // (Mostly rising: each opinion of a decision numbers its pages anew, from 1.)
            let rising = folios
                .windows(2)
                .filter(|w| w[0] < w[1] || w[1] == 1)
                .count();
            let numbered = folios.len() == lines.len() && rising * 3 >= (folios.len() - 1) * 2;
            let near = lines
                .iter()
                .filter(|&&i| is_furniture(roles[i]) || near_boundary(roles, i))
                .count();
            // Three times, half of them at a boundary; or twice, both at one.
            let at_boundaries = if lines.len() == 2 {
                near == 2
            } else {
                near * 2 >= lines.len()
            };
            if !(at_boundaries || (numbered && lines.len() >= 3)) {
                continue;
            }
            // A head found three times or more, two in three of its lines: where it
            // stands alone between blank lines it is the head again (on a page whose other
            // head is not one: `2 TC HEARTLAND …` over the syllabus's `Syllabus`).
            let found = lines.iter().filter(|&&i| is_furniture(roles[i])).count();
            let established = found >= 3 && found * 3 >= lines.len() * 2;
            let alone = |i: usize| {
                let open = |k: Option<&Shape>| k.is_none_or(|s| s.blank() || s.form_feed);
                (i == 0 || open(shapes.get(i - 1)) || shapes[i].form_feed)
                    && open(shapes.get(i + 1))
            };
            for &i in lines {
                if roles[i] == Role::Prose
                    && (numbered || near_boundary(roles, i) || (established && alone(i)))
                {
                    roles[i] = Role::Furniture {
                        number: edge_number(&text[shapes[i].cs..shapes[i].ce]),
                        break_before: false,
                        break_after: false,
                    };
                    any = true;
                }
            }
        }
    }
    any | opinion_designations(text, shapes, roles)
}

/// Two-line running heads: a page number and the case name, or the citation and the page
/// number, over the opinion's designation (`4   FISHER v. UNIVERSITY …` / `Opinion of the
/// Court`, `Cite as: 570 U. S. ____ (2013)  3` / `THOMAS, J., concurring`). A pair of
/// head-like lines (`keys`) with only blank lines between them and blank lines around
/// them, recurring three times or more and printing a page number that changes, is a
/// running head though nothing else marks its page boundary.
fn head_pairs(
    text: &str,
    shapes: &[Shape],
    keys: &FxHashMap<String, Vec<usize>>,
    roles: &mut [Role],
) -> bool {
    let mut key_of: Vec<Option<&str>> = vec![None; shapes.len()];
    for (key, lines) in keys {
        for &i in lines {
            key_of[i] = Some(key.as_str());
        }
    }
    let apart = |i: usize| shapes[i].blank() || shapes[i].form_feed;
    let mut pairs: FxHashMap<(&str, &str), Vec<(usize, usize)>> = FxHashMap::default();
    for i in 0..shapes.len() {
        let Some(a) = key_of[i] else { continue };
        let Some(j) = (i + 1..shapes.len().min(i + 5)).find(|&j| !shapes[j].blank()) else {
            continue;
        };
        let Some(b) = key_of[j] else { continue };
        let open_before = i == 0 || apart(i - 1) || shapes[i].form_feed;
        let open_after = j + 1 == shapes.len() || apart(j + 1);
        if open_before && open_after {
            pairs.entry((a, b)).or_default().push((i, j));
        }
    }
    let mut any = false;
    let mut found: Vec<&Vec<(usize, usize)>> = pairs.values().filter(|o| o.len() >= 3).collect();
    found.sort_by_key(|o| o[0]);
    for occurrences in found {
        let numbers = |pick: fn(&(usize, usize)) -> usize| {
            let mut n: Vec<u32> = occurrences
                .iter()
                .filter_map(|o| edge_number(&text[shapes[pick(o)].cs..shapes[pick(o)].ce]))
                .collect();
            n.sort_unstable();
            n.dedup();
            n.len()
        };
        if numbers(|o| o.0) < 2 && numbers(|o| o.1) < 2 {
            continue;
        }
        for &(i, j) in occurrences {
            for k in [i, j] {
                if roles[k] == Role::Prose {
                    roles[k] = Role::Furniture {
                        number: edge_number(&text[shapes[k].cs..shapes[k].ce]),
                        break_before: false,
                        break_after: false,
                    };
                    any = true;
                }
            }
        }
    }
    any
}

/// The designation of a slip opinion printed under its numbered running head, on its first
/// page as on the others: `Opinion of the Court`, `SCALIA, J., concurring`, `ROBERTS, C.
/// J., dissenting`, `Opinion of ALITO, J.`, `Per Curiam`, `Statement of BREYER, J.`.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static DESIGNATION: LazyLock<Regex> = LazyLock::new(|| {
    let justice = r"[A-Z][A-Z'\u{2019}\-]+, (?:C\. ?)?J\.";
    Regex::new(&format!(
        r"^(?:{justice},? (?:concurring|dissenting)[a-z ,]*|(?:Opinion|Statement) of (?:the Court|{justice})|Per Curiam|PER CURIAM|Syllabus|Appendix to (?:the )?opinion of (?:the Court|{justice}))$"
    ))
    .expect("valid regex")
});

/// Marks the designations (see `DESIGNATION`) standing alone right under a running head
/// that prints a page number.
fn opinion_designations(text: &str, shapes: &[Shape], roles: &mut [Role]) -> bool {
    let mut any = false;
    for i in 0..shapes.len() {
        if !matches!(
            roles[i],
            Role::Furniture {
                number: Some(_),
                ..
            }
        ) {
            continue;
        }
        let Some(j) = (i + 1..shapes.len().min(i + 4)).find(|&j| !shapes[j].blank()) else {
            continue;
        };
        let alone = shapes.get(j + 1).is_none_or(|s| s.blank() || s.form_feed);
        if roles[j] == Role::Prose
            && alone
            && DESIGNATION.is_match(&text[shapes[j].cs..shapes[j].ce])
        {
            roles[j] = Role::Furniture {
                number: None,
                break_before: false,
                break_after: false,
            };
            any = true;
        }
    }
    any
}

/// The running-head key of a line that may be a running head: heads are short and end no
/// sentence (`Opinion of the Court`, `2022-NCSC-1`), and have a real word in them (`1.`
/// or `(a)` alone is numbering, not a head) or are a docket number (`No. 1-25-2223`, the
/// head of every page of an Illinois Appellate Court order).
fn head_key(content: &str) -> Option<String> {
    if content.is_empty() || content.len() > 70 || content.ends_with(['.', ',', ';', ':', '-']) {
        return None;
    }
    let worded = content
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 3);
    (worded || is_docket_number_head(content)).then(|| running_head_key(content))
}

/// `No. 1-25-2223`, `Nos. 2-24-0361 & 2-24-0362`: a docket number alone on its line.
fn is_docket_number_head(content: &str) -> bool {
    let content = content.trim();
    let Some(number) = content
        .strip_prefix("No. ")
        .or_else(|| content.strip_prefix("Nos. "))
    else {
        return false;
    };
    number.bytes().any(|b| b.is_ascii_digit())
        && number
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b' ' | b'&' | b','))
}

/// A key's hash for the layout memo, never 0 (0: no key).
fn key_hash(key: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    key.hash(&mut h);
    h.finish().max(1)
}

fn running_head_key(content: &str) -> String {
    let mut key = String::with_capacity(content.len());
    let mut last = ' ';
    for c in content.chars() {
        let c = if c.is_ascii_digit() {
            '#'
        } else if c.is_whitespace() {
            ' '
        } else {
            c
        };
        if (c == '#' && last == '#') || (c == ' ' && last == ' ') {
            continue;
        }
        key.push(c);
        last = c;
    }
    key
}

/// The page number a running head prints apart from its text, three blanks or a tab
/// away (`2   FISHER v. …`, `… (2013)      3`; not a heading's `PART 3`).
fn folio(content: &str) -> Option<u32> {
    let n = edge_number(content)?;
    let apart = |s: &str| s.starts_with("   ") || s.starts_with('\t');
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    let lead = digits > 0 && apart(&content[digits..]);
    let trail_at = content.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = &content[..trail_at];
    let trail = trail_at < content.len() && (before.ends_with("   ") || before.ends_with('\t'));
    (lead || trail).then_some(n)
}

/// The page number at either end of a running head (`2   FISHER v. …`, `… (2013)  3`).
fn edge_number(content: &str) -> Option<u32> {
    let lead: String = content.chars().take_while(char::is_ascii_digit).collect();
    if (1..=4).contains(&lead.len()) && content[lead.len()..].starts_with([' ', '\t']) {
        return lead.parse().ok();
    }
    let trail = content.len() - content.bytes().rev().take_while(u8::is_ascii_digit).count();
    let digits = &content[trail..];
    if (1..=4).contains(&digits.len()) && content[..trail].ends_with([' ', '\t']) {
        return digits.parse().ok();
    }
    None
}

/// One page break per run of furniture: before the first stamp (a page's first line),
/// otherwise after the last footer line. None where a form feed breaks the page or no
/// text came before.
fn place_page_breaks(text: &str, shapes: &[Shape], marks: &[Mark], roles: &mut [Role]) {
    let is_furniture = |r: Role| matches!(r, Role::Furniture { .. });
    let mut text_before = false;
    let mut i = 0;
    while i < shapes.len() {
        if !is_furniture(roles[i]) {
            if matches!(roles[i], Role::Prose | Role::Text { .. }) {
                text_before = true;
            }
            i += 1;
            continue;
        }
        // The run: furniture and the blank lines between.
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        while j < shapes.len() && (shapes[j].blank() || is_furniture(roles[j])) {
            if is_furniture(roles[j]) {
                end = j;
            }
            j += 1;
        }
        // A form feed inside the run, on the line after it, or after the last line.
        let form_feed = (start..=j).any(|k| shapes.get(k).is_some_and(|s| s.form_feed))
            || (j == shapes.len() && text[shapes[end].ce..].contains('\x0c'));
        let text_after = shapes[j.min(shapes.len())..].iter().any(|s| !s.blank());
        if text_before && text_after && !form_feed {
            let stamp = (start..=end).find(|&k| matches!(marks[k], Mark::Stamp(_)));
            let (at, before) = match stamp {
                Some(k) => (k, true),
                None => (end, false),
            };
            if let Role::Furniture {
                break_before,
                break_after,
                ..
            } = &mut roles[at]
            {
                *break_before = before;
                *break_after = !before;
            }
        }
        i = end + 1;
    }
}

/// The geometry of hard-wrapped text.
#[derive(Clone, Copy, Debug)]
struct Geometry {
    /// The wrap column: where full lines end.
    right: u16,
    /// How far short of the wrap column full lines end (proportional fonts, ragged
    /// right): a line is short only when it ends further from it than this.
    slack: u16,
    double: bool,
}

/// At most this many text lines are measured for the wrap column.
const MEASURED_LINES: usize = 4096;

/// The ends of the text lines measured for the wrap column (the first
/// `MEASURED_LINES`), sorted; how many text lines there are; and the line index after
/// the last measured one.
fn measured_ends(shapes: &[Shape], roles: &[Role]) -> (Vec<u16>, usize, usize) {
    let mut ends: Vec<u16> = Vec::new();
    let mut text_lines = 0usize;
    let mut measured_until = shapes.len();
    for (i, s) in shapes.iter().enumerate() {
        if !is_text(shapes, roles, i) {
            continue;
        }
        text_lines += 1;
        if ends.len() < MEASURED_LINES {
            ends.push(s.end);
            if ends.len() == MEASURED_LINES {
                measured_until = i + 1;
            }
        }
    }
    ends.sort_unstable();
    (ends, text_lines, measured_until)
}

fn is_text(shapes: &[Shape], roles: &[Role], i: usize) -> bool {
    roles[i] == Role::Prose && !shapes[i].blank()
}

/// Whether the text is hard-wrapped: its wrap column and slack from the sorted ends
/// of its lines (`measured_ends`). Lines of prose end near one column; text with a
/// paragraph per line does not.
fn wrap_column(ends: &[u16], text_lines: usize) -> Option<(u16, u16)> {
    if text_lines < 12 || ends.is_empty() {
        return None;
    }
    let right = ends[ends.len() * 9 / 10];
    if !(36..=160).contains(&right) {
        return None;
    }
    let near = ends
        .iter()
        .filter(|&&e| e * 10 >= right * 7 && e <= right + 4)
        .count();
    let over = ends.iter().filter(|&&e| e > right + 12).count();
    if near * 100 < ends.len() * 55 || over * 100 > ends.len() * 8 {
        return None;
    }
    // The lower quartile of full lines' ends: justified monospace text ends every
    // full line at the wrap column, ragged proportional text anywhere in a band.
    let full: Vec<u16> = ends
        .iter()
        .copied()
        .filter(|&e| e * 10 >= right * 7)
        .collect();
    let slack = (right - full.get(full.len() / 4).copied().unwrap_or(right)).clamp(2, 16);
    Some((right, slack))
}

/// Whether wrapped text is double-spaced: most lines of text are followed by one blank
/// line and then text.
fn double_spaced(shapes: &[Shape], roles: &[Role], text_lines: usize) -> bool {
    let (mut one_blank, mut adjacent) = (0usize, 0usize);
    let mut previous = false;
    let mut blanks = 0;
    for (i, s) in shapes.iter().enumerate() {
        if s.residue {
            continue;
        }
        if !is_text(shapes, roles, i) {
            if s.blank() {
                blanks += 1;
            } else {
                previous = false;
            }
            continue;
        }
        if previous {
            match blanks {
                0 => adjacent += 1,
                1 => one_blank += 1,
                _ => {}
            }
        }
        previous = true;
        blanks = 0;
    }
    one_blank > adjacent && one_blank * 2 > text_lines
}

/// What the line before a gap was, for deciding whether the next line continues it.
#[derive(Clone, Copy, Debug)]
struct Before {
    /// Line index.
    at: usize,
    end: u16,
    kind: BlockKind,
    /// Lines in its paragraph so far.
    lines: u32,
    /// The indent its paragraph runs at: its first line's, then its body lines' (not
    /// the blanks a lost `§` leaves).
    base: u16,
    heading: bool,
}

/// Decides the role of every text line of hard-wrapped text.
fn segment(text: &str, shapes: &[Shape], g: &Geometry, roles: &mut [Role]) {
    find_footnotes(text, shapes, g, roles);
    let content = |i: usize| &text[shapes[i].cs..shapes[i].ce];
    let flow = |r: Role| r == Role::Prose;
    // The next line of running text after each line (for telling a first-line indent
    // from the margin of a new page).
    let mut next_flow = vec![None; shapes.len()];
    let mut following = None;
    for i in (0..shapes.len()).rev() {
        next_flow[i] = following;
        if flow(roles[i]) && !shapes[i].blank() {
            following = Some(i);
        }
    }
    let mut before: Option<Before> = None;
    // What lies between the previous text line and this one.
    let mut blanks = 0u32;
    let mut page = false;
    // A page that prints the number 1: a new opinion (or document) starts on it.
    let mut first_page = false;
    let mut rule = false;
    for i in 0..shapes.len() {
        match roles[i] {
            Role::Blank => {
                if !shapes[i].residue {
                    blanks += 1;
                }
                page |= shapes[i].form_feed;
                continue;
            }
            Role::Furniture { number, .. } => {
                page = true;
                first_page |= number == Some(1);
                continue;
            }
            Role::Text { aside: true, .. } => {
                page = true;
                continue;
            }
            Role::Rule => {
                rule = true;
                continue;
            }
            Role::Prose => {}
            Role::Overstrike | Role::Text { .. } => continue,
        }
        let s = shapes[i];
        let line = content(i);
        page |= s.form_feed;
        let heading = is_heading(line, s, g);
        let starts = match before {
            None => true,
            Some(a) => {
                let gap_breaks = rule
                    || (!page && !g.double && blanks >= 1)
                    || (!page && g.double && blanks >= 3);
                // Indents are measured against the paragraph's running indent; across
                // a page break the margin may move, so a line that differs from it is
                // measured against the two lines after (one may start a paragraph).
                let reference = if page && s.indent.abs_diff(a.base) > 1 {
                    let c = next_flow[i];
                    let d = c.and_then(|c| next_flow[c]);
                    [c, d]
                        .into_iter()
                        .flatten()
                        .map(|k| shapes[k].indent)
                        .min()
                        .unwrap_or(a.base)
                } else {
                    a.base
                };
                // A word hyphenated at the end of the line before goes on here, whatever
                // lies between (blank lines, a page foot's footnotes, running heads).
                let broken_word = hyphenated(content(a.at))
                    && line.starts_with(|c: char| c.is_lowercase())
                    && list_item_marker(line).is_none();
                // A paragraph of one line: its first line indented, the next line at
                // the same indent after a full stop, and the line after that set out
                // (`   JUSTICE KENNEDY delivered the opinion of the Court.` / `   The
                // University …` / `of various factors …`): both are first lines.
                let one_line = a.lines == 1
                    && s.indent >= 2
                    && s.indent.abs_diff(shapes[a.at].indent) <= 1
                    && ends_sentence(content(a.at))
                    && line.starts_with(|c: char| {
                        c.is_uppercase() || "\"'\u{201c}\u{2018}".contains(c)
                    })
                    && next_flow[i].is_some_and(|n| shapes[n].indent + 2 <= s.indent);
                // Across a page break, a sentence ended and the next page opens with a
                // lowercase word: something printed out of reading order lies between (a
                // footnote without its number, the tail of a word broken before it), so
                // the line does not go on with the sentence before it.
                let out_of_order = page
                    && ends_sentence(content(a.at))
                    && line.starts_with(|c: char| c.is_lowercase());
                let breaks = gap_breaks
                    || out_of_order
                    || heading
                    || a.heading
                    || one_line
                    || indent_breaks(text, a, shapes, s, reference, page, g)
                    || short_line_breaks(text, a, shapes, line, g);
                first_page || (breaks && !broken_word)
            }
        };
        let kind = if heading {
            BlockKind::Heading(1)
        } else if starts {
            if list_item_marker(line).is_some() {
                BlockKind::ListItem
            } else {
                BlockKind::Body
            }
        } else {
            before.as_ref().map_or(BlockKind::Body, |a| a.kind)
        };
        roles[i] = Role::Text {
            starts,
            kind,
            aside: false,
            skip: 0,
        };
        let base = match before {
            // Set in a little and going on: the paragraph keeps its indent.
            Some(a) if !starts && s.indent > a.base && s.indent <= a.base + 4 && a.lines > 1 => {
                a.base
            }
            _ => s.indent,
        };
        before = Some(Before {
            at: i,
            end: s.end,
            kind,
            lines: match before {
                Some(a) if !starts => a.lines + 1,
                _ => 1,
            },
            base,
            heading,
        });
        blanks = 0;
        page = false;
        first_page = false;
        rule = false;
    }
    mark_block_quotes(shapes, g, roles);
}

/// Marks block quotes: paragraphs of two or more lines whose lines after the first are
/// all set in at least three columns further than the running text before them (the
/// last paragraph of two or more lines that was not a quote) and that stop short of the
/// wrap column (a quote is set in on both sides; a page set further right is not).
fn mark_block_quotes(shapes: &[Shape], g: &Geometry, roles: &mut [Role]) {
    // The indent of running text: a line after the first of a paragraph.
    let mut body: Option<u16> = None;
    let mut members: Vec<usize> = Vec::new();
    let finish = |members: &mut Vec<usize>, roles: &mut [Role], body: &mut Option<u16>| {
        let plain = members.iter().all(|&k| {
            matches!(
                roles[k],
                Role::Text {
                    kind: BlockKind::Body,
                    ..
                }
            )
        });
        let quote = plain
            && members.len() >= 2
            && body.is_some_and(|b| members[1..].iter().all(|&k| shapes[k].indent >= b + 3))
            && members.iter().all(|&k| shapes[k].end + 2 <= g.right);
        if quote {
            for &k in members.iter() {
                if let Role::Text { kind, .. } = &mut roles[k] {
                    *kind = BlockKind::BlockQuote;
                }
            }
        } else if plain && members.len() >= 2 {
            *body = members[1..].iter().map(|&k| shapes[k].indent).min();
        }
        members.clear();
    };
    for i in 0..shapes.len() {
        if let Role::Text {
            starts,
            aside: false,
            ..
        } = roles[i]
        {
            if starts {
                finish(&mut members, roles, &mut body);
            }
            members.push(i);
        }
    }
    finish(&mut members, roles, &mut body);
}

/// Whether indentation starts a new paragraph at line `s` after line `a`, `reference`
/// being the indent to measure against (`a`'s, or across a page break the next line's).
fn indent_breaks(
    text: &str,
    a: Before,
    shapes: &[Shape],
    s: Shape,
    reference: u16,
    page: bool,
    g: &Geometry,
) -> bool {
    if s.indent >= reference + 2 {
        // Set in further: a first-line indent, a block quote, a centred line. Except a
        // few blanks at the start of a line that goes on with a sentence a full line
        // left unfinished (a lost `§` leaves them: `42 U.S.C.` / `  1983`).
        let full = a.end + g.slack + 4 >= g.right;
        let unfinished = !ends_sentence(&text[shapes[a.at].cs..shapes[a.at].ce]);
        !(full && unfinished && s.indent <= reference + 4)
    } else if s.indent + 2 <= reference {
        // Set out: after a paragraph's indented first line, the paragraph goes on;
        // after two or more lines set in (a quote, a hanging paragraph) or as a
        // hanging first line on a new page, a new paragraph starts.
        a.lines >= 2 || page
    } else {
        false
    }
}

/// Whether line `a` ended its paragraph: its text stops well short of the wrap column
/// (the next line's first word would have fit) after a sentence or a colon, or before a
/// list item, and the next line starts as a paragraph does.
fn short_line_breaks(text: &str, a: Before, shapes: &[Shape], next: &str, g: &Geometry) -> bool {
    let first_word = next.split(' ').next().map_or(0, |w| w.chars().count()) as u16;
    if a.end + 1 + first_word + g.slack > g.right {
        return false;
    }
    let prev = &text[shapes[a.at].cs..shapes[a.at].ce];
    if list_item_marker(next).is_some() {
        return true;
    }
    let opens = next
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "\"'\u{201c}\u{2018}([\u{a7}*\u{2022}".contains(c));
    opens && (ends_sentence(prev) || prev.ends_with(';'))
}

/// Whether a line ends with a word broken by a hyphen (`dis-`, `Okla\u{ad}`): a letter
/// before a hyphen or a soft hyphen.
fn hyphenated(line: &str) -> bool {
    let mut back = line.chars().rev();
    matches!(back.next(), Some('-' | '\u{ad}')) && back.next().is_some_and(char::is_alphabetic)
}

/// Whether a line ends a sentence: a full stop (not an abbreviation's: `Cir.`, `U.S.`,
/// `Inc.`, `v.`), a colon, a question or exclamation mark, before closing quotes.
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', ')', '\u{201d}', '\u{2019}', ' ', ']']);
    if t.ends_with([':', '?', '!']) {
        return true;
    }
    let Some(word) = t.strip_suffix('.') else {
        return false;
    };
    let last = word
        .rsplit([' ', '(', '"', '\u{201c}'])
        .next()
        .unwrap_or(word);
    let letters = last.chars().filter(|c| c.is_alphabetic()).count();
    let abbreviation = last.contains('.')
        || last.is_empty()
        || (last.starts_with(|c: char| c.is_uppercase()) && letters <= 4)
        || matches!(
            last,
            "v" | "cf" | "e.g" | "i.e" | "al" | "etc" | "cert" | "n" | "nn" | "at" | "id"
        );
    !abbreviation
}

/// `(1) `, `(a) `, `1. `, `a. `, `• `, `- `, `* `: the marker's length.
fn list_item_marker(content: &str) -> Option<usize> {
    let b = content.as_bytes();
    if b.len() >= 2 && matches!(b[0], b'-' | b'*') && b[1] == b' ' {
        return Some(2);
    }
    if content.starts_with("\u{2022} ") {
        return Some(4);
    }
    let (open, rest) = match b.first() {
        Some(b'(') => (1, &b[1..]),
        _ => (0, b),
    };
    let label = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let numeric = label > 0 && rest[..label].iter().all(u8::is_ascii_digit);
    let roman = label > 0 && rest[..label].iter().all(|c| b"ivx".contains(c));
    let letter = label == 1 && rest[0].is_ascii_lowercase();
    if !(numeric && label <= 2 || roman && label <= 4 || letter) {
        return None;
    }
    let close = rest.get(label)?;
    let ok = if open == 1 {
        *close == b')'
    } else {
        *close == b'.' || *close == b')'
    };
    (ok && rest.get(label + 1) == Some(&b' ')).then_some(open + label + 2)
}

/// A heading line of hard-wrapped text: all capitals (`BACKGROUND`, `I. STATEMENT OF
/// THE CASE`), or a section number alone (`I`, `II.`, `B`, `2`) or before a short title
/// (`A. Standard of Review`), standing short of the wrap column.
fn is_heading(content: &str, s: Shape, g: &Geometry) -> bool {
    let width = s.end - s.indent;
    if super::parse::is_plain_heading(content) && width * 4 < g.right * 3 + g.right / 4 {
        return true;
    }
    let t = content.trim_end_matches('.');
    let numbering = |t: &str| {
        !t.is_empty()
            && (t.bytes().all(|b| b"IVXL".contains(&b))
                || (t.len() == 1 && t.as_bytes()[0].is_ascii_alphabetic())
                || (t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
                || (t.len() <= 4 && t.bytes().all(|b| b"ivx".contains(&b))))
    };
    if numbering(t) && content.len() <= 6 {
        return true;
    }
    // `A. Standard of Review`: a number, a title of capitalised words, no full stop.
    if let Some((number, title)) = content.split_once(". ") {
        let words: Vec<&str> = title.split_whitespace().collect();
        return numbering(number)
            && number.len() <= 4
            && !words.is_empty()
            && words.len() <= 8
            && !content.ends_with(['.', ',', ';'])
            && words[0].starts_with(|c: char| c.is_uppercase())
            && width * 3 < g.right * 2;
    }
    false
}

/// Footnotes at the foot of pages: their lines get `aside` roles (a footnote number
/// alone on its line becomes furniture).
fn find_footnotes(text: &str, shapes: &[Shape], g: &Geometry, roles: &mut [Role]) {
    let mut last_number = 0u32;
    // Page boundaries: the first line of each furniture run, and each form feed.
    let mut boundaries = Vec::new();
    let mut in_run = false;
    for (i, s) in shapes.iter().enumerate() {
        let furniture = matches!(roles[i], Role::Furniture { .. });
        if (furniture && !in_run) || (s.form_feed && !furniture) {
            boundaries.push(i);
        }
        if furniture {
            in_run = true;
        } else if !s.blank() {
            in_run = false;
        }
    }
    // The foot of the last page, unless furniture ends it.
    if !in_run {
        boundaries.push(shapes.len());
    }
    for b in boundaries {
        // Each opinion of a decision numbers its footnotes anew: a page boundary whose
        // running head prints page 1 starts a new opinion (its footnotes come below).
        let first_page = (b..shapes.len())
            .take_while(|&i| shapes[i].blank() || matches!(roles[i], Role::Furniture { .. }))
            .any(|i| {
                matches!(
                    roles[i],
                    Role::Furniture {
                        number: Some(1),
                        ..
                    }
                )
            });
        let mut zone = footnote_zone(text, shapes, roles, g, b, last_number);
        // At the end of the text (no page boundary shows the foot of a page) footnotes
        // are told by their numbers.
        if b == shapes.len() && zone.iter().all(|u| u.number.is_none()) {
            zone.clear();
        }
        // The rule that sets the footnotes apart is furniture: the running text goes on
        // across it (`close rela-` / `——————` / footnotes / running head / `tionship`).
        if let Some(top) = zone.first() {
            let (k, _, _) = gap_above(text, shapes, roles, g, top.start);
            for i in k..top.start {
                if separator(text, shapes, roles, g, i) && roles[i] == Role::Rule {
                    roles[i] = Role::Furniture {
                        number: None,
                        break_before: false,
                        break_after: false,
                    };
                }
            }
        }
        // The line before, within the zone: a footnote's later lines go on from it.
        let mut prev: Option<usize> = None;
        for unit in &zone {
            if let Some(n) = unit.number {
                last_number = last_number.max(n);
            }
            let mut first = true;
            for (k, i) in (unit.start..=unit.end).enumerate() {
                let s = shapes[i];
                if s.blank() || roles[i] == Role::Overstrike {
                    continue;
                }
                let mut skip = if k == 0 { unit.skip } else { 0 };
                let mut new_note = false;
                if k > 0 {
                    // The next footnote may follow without a blank line: its number alone
                    // on a line, or set in at the start of one.
                    let (number, width) = footnote_number(&text[s.cs..s.ce]);
                    let set_in = prev.is_some_and(|p| s.indent > shapes[p].indent);
                    if number == Some(last_number + 1) && (width as usize >= s.ce - s.cs || set_in)
                    {
                        last_number += 1;
                        skip = width;
                        new_note = true;
                    }
                }
                if (k == 0 || new_note) && skip as usize >= s.ce - s.cs {
                    // The number alone on its line.
                    roles[i] = Role::Furniture {
                        number: None,
                        break_before: false,
                        break_after: false,
                    };
                    prev = None;
                    continue;
                }
                // The end of a footnote carried over from the page before goes on
                // with it.
                let carried_over = first && unit.number.is_none() && prev.is_none();
                let starts = match prev {
                    None => !carried_over,
                    // A numbered footnote starts anew; a paragraph of one starts with an
                    // indent or after a sentence.
                    Some(p) => {
                        new_note
                            || (first && unit.number.is_some())
                            || s.indent > shapes[p].indent + 2
                            || (first && ends_sentence(&text[shapes[p].cs..shapes[p].ce]))
                    }
                };
                roles[i] = Role::Text {
                    starts,
                    kind: BlockKind::Body,
                    aside: true,
                    skip,
                };
                first = false;
                prev = Some(i);
            }
        }
        mark_quotes_in_footnotes(shapes, &zone, roles);
        if first_page {
            last_number = 0;
        }
    }
}

/// A paragraph of a footnote set in three columns or more from the footnotes' own
/// lines is a block quote.
fn mark_quotes_in_footnotes(shapes: &[Shape], zone: &[FootnoteUnit], roles: &mut [Role]) {
    let (Some(first), Some(last)) = (zone.first(), zone.last()) else {
        return;
    };
    let lines: Vec<usize> = (first.start..=last.end)
        .filter(|&i| matches!(roles[i], Role::Text { aside: true, .. }))
        .collect();
    let Some(base) = lines.iter().map(|&i| shapes[i].indent).min() else {
        return;
    };
    let mut k = 0;
    while k < lines.len() {
        let mut end = k + 1;
        while end < lines.len() && matches!(roles[lines[end]], Role::Text { starts: false, .. }) {
            end += 1;
        }
        let paragraph = &lines[k..end];
        if paragraph.len() >= 2 && paragraph.iter().all(|&i| shapes[i].indent >= base + 3) {
            for &i in paragraph {
                if let Role::Text { kind, .. } = &mut roles[i] {
                    *kind = BlockKind::BlockQuote;
                }
            }
        }
        k = end;
    }
}

/// One footnote (or the end of one carried over from the page before) at a page foot.
#[derive(Clone, Copy, Debug)]
struct FootnoteUnit {
    start: usize,
    end: usize,
    number: Option<u32>,
    /// Bytes of the first line's content the number takes.
    skip: u8,
    /// Whether it is set off from what is above it (a separator, a wide gap, or
    /// single-spaced lines in double-spaced text).
    set_off: bool,
}

/// An underline's residue between two lines of text (footnotes are single-spaced).
fn underline_residue(shapes: &[Shape], i: usize) -> bool {
    shapes[i].residue && shapes.get(i + 1).is_some_and(|s| !s.blank())
}

/// A footnote separator: a line drawn from the left margin (`——————`, `______`, a lone
/// `*`; not a centred rule under a heading or `* * *` between parts, nor `. . .`, which
/// cuts a quotation), or a long run of blanks on a line of its own (what is left of a rule that was
/// drawn; a run right under text is an underline's residue).
fn separator(text: &str, shapes: &[Shape], roles: &[Role], g: &Geometry, i: usize) -> bool {
    let s = shapes[i];
    if roles[i] == Role::Rule {
        let drawn = text[s.cs..s.ce].chars().all(|c| {
            matches!(
                c,
                '-' | '_' | '=' | '~' | '*' | ' ' | '\u{2013}' | '\u{2014}'
            )
        });
        return drawn && u32::from(s.indent) * 4 < u32::from(g.right);
    }
    s.blank() && s.len >= 10 && (i == 0 || shapes[i - 1].blank())
}

/// The blank lines and rules just above line `i`: (first line of them, how many blank
/// lines, whether a separator is among them).
fn gap_above(
    text: &str,
    shapes: &[Shape],
    roles: &[Role],
    g: &Geometry,
    i: usize,
) -> (usize, u32, bool) {
    let (mut k, mut blanks, mut separated) = (i, 0, false);
    while k > 0 {
        let above = k - 1;
        if shapes[above].blank() {
            blanks += 1;
        } else if roles[above] != Role::Rule {
            break;
        }
        separated |= separator(text, shapes, roles, g, above);
        k = above;
    }
    (k, blanks, separated)
}

/// The footnotes just before the page boundary at line `boundary`, if the lines there
/// are footnotes: runs of lines, each but a carried-over end starting with the next
/// footnote number, set off from the running text above by a separator (a rule, a long
/// blank line), a wider gap than the text's own, or — in double-spaced text — by being
/// single-spaced.
fn footnote_zone(
    text: &str,
    shapes: &[Shape],
    roles: &[Role],
    g: &Geometry,
    boundary: usize,
    last_number: u32,
) -> Vec<FootnoteUnit> {
    let is_line =
        |i: usize| (!shapes[i].blank() && roles[i] == Role::Prose) || underline_residue(shapes, i);
    let mut units: Vec<FootnoteUnit> = Vec::new();
    // Unnumbered runs met going up: later paragraphs of the footnote above them, if a
    // footnote is found above.
    let mut pending: Vec<FootnoteUnit> = Vec::new();
    let mut i = boundary;
    loop {
        let (k, _, _) = gap_above(text, shapes, roles, g, i);
        if k == 0 || !is_line(k - 1) {
            break;
        }
        let end = k - 1;
        let mut start = end;
        while start > 0 && is_line(start - 1) && end - start < 60 {
            start -= 1;
        }
        let (_, blanks, separated) = gap_above(text, shapes, roles, g, start);
        let set_off = separated || blanks >= 3 || (g.double && end > start);
        let (number, skip) = footnote_number(&text[shapes[start].cs..shapes[start].ce]);
        let unit = FootnoteUnit {
            start,
            end,
            number,
            skip,
            set_off,
        };
        i = start;
        match number {
            Some(n)
                if units
                    .iter()
                    .rev()
                    .find_map(|u| u.number)
                    .is_none_or(|below| n < below)
                    && ((n > last_number && n <= last_number + 4) || (n == 1 && set_off)) =>
            {
                units.append(&mut pending);
                units.push(unit);
            }
            Some(_) => break,
            None if separated || (set_off && blanks >= 3) => {
                // The end of a footnote carried over from the page before, right under
                // the separator (or the wide gap that stands for one).
                units.append(&mut pending);
                units.push(unit);
                break;
            }
            None => {
                pending.push(unit);
                if pending.len() > 3 {
                    break;
                }
            }
        }
    }
    // The topmost footnote must be set off from the running text above it (a lone
    // numbered line may be running text that starts with a number).
    while units.last().is_some_and(|u| !u.set_off) {
        units.pop();
        // What was below it belongs to it: without it, none of it is a footnote.
        while units.last().is_some_and(|u| u.number.is_none()) {
            units.pop();
        }
    }
    units.reverse();
    units
}

/// The footnote number a footnote's first line starts with (`1The ICC …`, `1   Police
/// officers …`, `12` alone, `* Signatures …`) and the bytes it takes with its blanks.
fn footnote_number(content: &str) -> (Option<u32>, u8) {
    let b = content.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let mut rest = &content[digits..];
        // `5.  We do not …`: a number and a full stop before blanks.
        let dotted = rest.starts_with(". ") || rest.starts_with(".\t");
        if dotted {
            rest = &rest[1..];
        }
        let next = rest.chars().next();
        let fits = match next {
            None => true,
            Some(c) => {
                // Glued to the text: a capital or an opening quote (`1The`, `2"Any`);
                // not `4(a)` or `12th`.
                c == ' ' || c == '\t' || c.is_uppercase() || "\"'\u{201c}\u{2018}".contains(c)
            }
        };
        if fits {
            let blanks = rest.len() - rest.trim_start().len();
            let n = content[..digits].parse().ok();
            return (n, (digits + usize::from(dotted) + blanks).min(255) as u8);
        }
    }
    (None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_stamps() {
        assert_eq!(mark("-2-"), Mark::Page(Some(2)));
        assert_eq!(mark("- 12 -"), Mark::Page(Some(12)));
        assert_eq!(mark("Page 3 of 12"), Mark::Page(Some(3)));
        assert_eq!(mark("3 of 12"), Mark::Page(Some(3)));
        assert_eq!(mark("14"), Mark::Bare(Some(14)));
        assert_eq!(mark("(1)"), Mark::Bare(Some(1)));
        assert_eq!(mark("71a"), Mark::Bare(None));
        assert_eq!(mark("(1a)"), Mark::Bare(None));
        assert_eq!(mark("(a)"), Mark::None);
        assert_eq!(mark("1234a"), Mark::None);
        assert_eq!(mark("1983"), Mark::None);
        assert_eq!(
            mark("Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 2 of 4 Page ID #:366"),
            Mark::Stamp(Some(2))
        );
        assert_eq!(
            mark("Case: 19-1234    Document: 00117543210    Page: 7    Date Filed: 01/02/2020    Entry ID: 6312345"),
            Mark::Stamp(Some(7))
        );
        assert_eq!(
            mark("Case 19-12345-abc Doc 45 Filed 01/02/20 Entered 01/02/20 12:34:56 Desc Main Document Page 2 of 10"),
            Mark::Stamp(Some(2))
        );
        assert_eq!(
            mark("Appellate Case: 21-800      Document: 010110462922          Date Filed: 01/11/2021         Page: 1"),
            Mark::Stamp(Some(1))
        );
        assert_eq!(mark("* * *"), Mark::Rule);
        assert_eq!(
            mark("Case law is clear on page 2 of the brief."),
            Mark::None
        );
    }

    #[test]
    fn slip_opinion_heads_and_designations() {
        assert_eq!(
            mark("(Slip Opinion)              OCTOBER TERM, 2012                1"),
            Mark::Stamp(Some(1))
        );
        assert_eq!(mark("(Slip Opinion) is how it was cited"), Mark::None);
        for head in [
            "Opinion of the Court",
            "THOMAS, J., concurring",
            "GINSBURG, J., concurring in judgment",
            "ALITO, J., concurring in part and dissenting in part",
            "ROBERTS, C. J., dissenting",
            "Opinion of ALITO, J.",
            "Per Curiam",
        ] {
            assert!(DESIGNATION.is_match(head), "{head}");
        }
        for prose in [
            "(THOMAS, J., concurring)",
            "Thomas, J., concurring in the result, wrote",
            "The opinion of the Court",
        ] {
            assert!(!DESIGNATION.is_match(prose), "{prose}");
        }
    }

    #[test]
    fn hyphenated_line_ends() {
        assert!(hyphenated("which automat-"));
        assert!(hyphenated("McLaurin v. Okla\u{ad}"));
        assert!(!hyphenated("pages 135-"));
        assert!(!hyphenated("a rule ——"));
        assert!(!hyphenated("-"));
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_item_marker("(1) the conviction"), Some(4));
        assert_eq!(list_item_marker("(iv) the rest"), Some(5));
        assert_eq!(list_item_marker("2. Second"), Some(3));
        assert_eq!(list_item_marker("a. first"), Some(3));
        assert_eq!(list_item_marker("1983. The"), None);
        assert_eq!(list_item_marker("(1st Cir. 2003)"), None);
    }

    #[test]
    fn footnote_numbers() {
        assert_eq!(footnote_number("1The ICC complaint"), (Some(1), 1));
        assert_eq!(footnote_number("12   Police officers"), (Some(12), 5));
        assert_eq!(footnote_number("3"), (Some(3), 1));
        assert_eq!(footnote_number("1988, to recover"), (None, 0));
        assert_eq!(footnote_number("1st Cir."), (None, 0));
        assert_eq!(footnote_number("5.  We do not"), (Some(5), 4));
        assert_eq!(footnote_number("4(a)).  Crowley filed"), (None, 0));
    }

    #[test]
    fn running_head_keys_fold_page_numbers() {
        assert_eq!(
            running_head_key("2           FISHER v. UNIVERSITY"),
            running_head_key("14 FISHER v. UNIVERSITY")
        );
        assert_eq!(edge_number("Cite as: 570 U. S. ____ (2013)   3"), Some(3));
        assert_eq!(edge_number("12    FISHER v. UNIVERSITY"), Some(12));
        assert_eq!(folio("Cite as: 570 U. S. ____ (2013)      3"), Some(3));
        assert_eq!(folio("ARGUMENT PART 3"), None);
    }
}
