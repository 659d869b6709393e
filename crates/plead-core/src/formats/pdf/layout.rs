//! From glyphs to lines: words from glyph positions (a word split by kerning is one
//! word, `dism issed` → `dismissed`), lines from baselines, the pleading-paper
//! line-number column and overlaid duplicates removed, and paragraph breaks from
//! spacing and indentation. Pure geometry, no PDF objects.

use super::content::Glyph;

/// A gap wider than this (× font size) between glyphs is a word space.
const WORD_GAP: f32 = 0.15;
/// After an explicit space character, a smaller gap still separates words.
const SPACED_WORD_GAP: f32 = 0.06;
/// A gap wider than this (× font size) separates columns (a caption, a table): a tab.
const COLUMN_GAP: f32 = 2.5;

/// A word: glyphs drawn next to each other on one baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub text: String,
    pub x0: f32,
    pub x1: f32,
    pub y: f32,
    pub size: f32,
    /// An explicit space character came right before it in the content stream.
    pub spaced: bool,
}

/// One line of a page, top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub words: Vec<Word>,
    pub y: f32,
    pub size: f32,
}

impl Line {
    pub fn x0(&self) -> f32 {
        self.words.first().map_or(0.0, |w| w.x0)
    }

    pub fn x1(&self) -> f32 {
        self.words.iter().map(|w| w.x1).fold(0.0, f32::max)
    }

    /// The line as text: words joined by nothing (a kerning gap), a space or a tab
    /// (a column gap).
    pub fn text(&self) -> String {
        // A letter-spaced heading (`O R D E R`) reads as its word.
        if self.words.len() >= 3
            && self.words.iter().all(|w| {
                let mut chars = w.text.chars();
                chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
            })
        {
            return self.words.iter().map(|w| w.text.as_str()).collect();
        }
        let mut out = String::new();
        let mut prev: Option<&Word> = None;
        for w in &self.words {
            if let Some(p) = prev {
                let gap = w.x0 - p.x1;
                let size = p.size.min(w.size).max(1.0);
                let threshold = if w.spaced { SPACED_WORD_GAP } else { WORD_GAP };
                if gap > COLUMN_GAP * size {
                    out.push('\t');
                } else if gap > threshold * size {
                    out.push(' ');
                }
            }
            out.push_str(&w.text);
            prev = Some(w);
        }
        out
    }
}

/// Splits glyphs (in drawing order) into words.
pub fn words(glyphs: &[Glyph]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut current: Option<Word> = None;
    let mut spaced = false;
    for g in glyphs {
        if g.ch.is_whitespace() || g.ch == '\u{a0}' {
            if let Some(w) = current.take() {
                out.push(w);
            }
            spaced = true;
            continue;
        }
        if g.ch.is_control() {
            continue;
        }
        if let Some(w) = &mut current {
            let size = w.size.min(g.size).max(1.0);
            let same_line = (g.y - w.y).abs() <= 0.2 * size;
            let gap = g.x - w.x1;
            let adjacent = gap <= WORD_GAP * size && gap >= -0.5 * size;
            let similar_size = g.size <= w.size * 1.6 && w.size <= g.size * 1.6;
            if same_line && adjacent && similar_size {
                w.text.push(g.ch);
                w.x1 = w.x1.max(g.x + g.width);
                w.size = w.size.max(g.size);
                continue;
            }
            if let Some(done) = current.take() {
                out.push(done);
            }
        }
        current = Some(Word {
            text: g.ch.to_string(),
            x0: g.x,
            x1: g.x + g.width.max(0.0),
            y: g.y,
            size: g.size,
            spaced,
        });
        spaced = false;
    }
    out.extend(current);
    out
}

/// Groups words into lines (top to bottom, each left to right). Words drawn over
/// each other — a fake-bold double, two ECF stamps on one page — are not mixed:
/// an identical copy is dropped, a different overlay becomes its own line.
pub fn lines(mut words: Vec<Word>) -> Vec<Line> {
    // Top to bottom; within a baseline, left to right.
    words.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut groups: Vec<Vec<Word>> = Vec::new();
    let mut reference: Option<(f32, f32)> = None; // (baseline, size) of the line's biggest word
    for w in words {
        let joins = reference.is_some_and(|(y, size)| overlaps(y, size, w.y, w.size));
        match groups.last_mut() {
            Some(group) if joins => {
                if reference.is_some_and(|(_, size)| w.size > size) {
                    reference = Some((w.y, w.size));
                }
                group.push(w);
            }
            _ => {
                reference = Some((w.y, w.size));
                groups.push(vec![w]);
            }
        }
    }
    let mut out = Vec::with_capacity(groups.len());
    for mut group in groups {
        group.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let main_size = group.iter().map(|w| w.size).fold(0.0, f32::max);
        let main_y = group
            .iter()
            .find(|w| w.size == main_size)
            .map_or(0.0, |w| w.y);
        // Footnote reference marks (raised small digits) leave the text: glued to a
        // citation they would read as part of its pin (`458` + `1` → `4581`).
        group.retain(|w| {
            let raised = w.y > main_y + 0.2 * main_size && w.size < 0.85 * main_size;
            !(raised && w.text.chars().all(|c| c.is_ascii_digit() || c == ','))
        });
        let covers = |p: &Word, w: &Word| {
            w.x0 < p.x1 - 0.3 * p.size.min(w.size) && horizontal_overlap(p, w) > 0.5
        };
        // Two different texts drawn over each other (two stamps): every covered word,
        // identical or not, belongs to the second layer. Only copies (fake bold): dropped.
        let layered = group
            .windows(2)
            .any(|pair| covers(&pair[0], &pair[1]) && pair[0].text != pair[1].text);
        let mut line: Vec<Word> = Vec::with_capacity(group.len());
        let mut overlay: Vec<Word> = Vec::new();
        for w in group {
            match line.last() {
                Some(p) if covers(p, &w) => {
                    if layered || p.text != w.text {
                        overlay.push(w);
                    }
                }
                _ => line.push(w),
            }
        }
        for words in [line, overlay] {
            if words.is_empty() {
                continue;
            }
            let size = words.iter().map(|w| w.size).fold(0.0, f32::max);
            let y = words.iter().find(|w| w.size == size).map_or(0.0, |w| w.y);
            out.push(Line { words, y, size });
        }
    }
    out
}

/// Whether two words' vertical extents (descender to ascender) share half of the
/// smaller one.
fn overlaps(y1: f32, s1: f32, y2: f32, s2: f32) -> bool {
    let (lo1, hi1) = (y1 - 0.25 * s1, y1 + 0.75 * s1);
    let (lo2, hi2) = (y2 - 0.25 * s2, y2 + 0.75 * s2);
    let shared = hi1.min(hi2) - lo1.max(lo2);
    shared >= 0.5 * s1.min(s2)
}

fn horizontal_overlap(a: &Word, b: &Word) -> f32 {
    let shared = a.x1.min(b.x1) - a.x0.max(b.x0);
    let narrower = (a.x1 - a.x0).min(b.x1 - b.x0).max(0.1);
    shared / narrower
}

/// The pleading-paper line-number column of a page: at least eight lines that start
/// with a bare number 1–40, right-aligned on one x, numbered upward down the page.
/// Returns the column's right edge.
pub fn line_number_column(lines: &[Line]) -> Option<f32> {
    let mut candidates: Vec<(f32, u32)> = lines
        .iter()
        .filter_map(|l| {
            let first = l.words.first()?;
            let n: u32 = first.text.parse().ok()?;
            ((1..=40).contains(&n) && first.text.len() <= 2).then_some((first.x1, n))
        })
        .collect();
    if candidates.len() < 8 {
        return None;
    }
    candidates.sort_by(|a, b| a.0.total_cmp(&b.0));
    // The densest 6-point band of right edges.
    let mut best: Option<(usize, usize)> = None;
    let mut start = 0;
    for end in 0..candidates.len() {
        while candidates[end].0 - candidates[start].0 > 6.0 {
            start += 1;
        }
        if best.is_none_or(|(s, e)| end - start > e - s) {
            best = Some((start, end));
        }
    }
    let (s, e) = best?;
    if e - s + 1 < 8 {
        return None;
    }
    let mut numbers: Vec<u32> = candidates[s..=e].iter().map(|c| c.1).collect();
    numbers.sort_unstable();
    numbers.dedup();
    if numbers.len() < 8 {
        return None;
    }
    Some(candidates[s..=e].iter().map(|c| c.0).fold(0.0, f32::max))
}

/// Removes the line-number column's numbers; returns them (for the furniture).
pub fn remove_line_numbers(lines: &mut Vec<Line>, column_right: f32) -> Vec<String> {
    let mut removed = Vec::new();
    for line in lines.iter_mut() {
        if let Some(first) = line.words.first() {
            let is_number = first.text.len() <= 2
                && first.text.bytes().all(|b| b.is_ascii_digit())
                && (first.x1 - column_right).abs() <= 8.0;
            if is_number {
                removed.push(line.words.remove(0).text);
            }
        }
    }
    lines.retain(|l| !l.words.is_empty());
    removed
}

/// Where paragraph breaks go: before line `i` when `breaks[i]`. A clear vertical
/// gap, a first-line indent after a finished line, or a short finished line before.
pub fn paragraph_breaks(lines: &[Line], pitch: f32, left: f32, right: f32) -> Vec<bool> {
    let mut breaks = vec![false; lines.len()];
    for i in 1..lines.len() {
        let (prev, line) = (&lines[i - 1], &lines[i]);
        let size = line.size.max(prev.size).max(1.0);
        let gap = prev.y - line.y;
        let prev_text = prev.words.last().map_or("", |w| w.text.as_str());
        // `… (2021)` ⏎ `68 Cal.App.5th 1012`: the citation goes on, however short the
        // line before (a paragraph's indented first line may be).
        let citation_goes_on = year_before_volume(prev_text, line);
        let finished = prev_text
            .ends_with(['.', ':', ';', '?', '!', '"', '\u{201d}', ')', '\u{2019}'])
            && !citation_goes_on;
        let width = (right - left).max(1.0);
        let short = prev.x1() < right - 0.15 * width;
        let indented = line.x0() > prev.x0() + 1.5 * size && line.x0() > left + 1.5 * size;
        breaks[i] = gap > (1.45 * pitch).max(pitch + 0.5 * size)
            || gap < -size // a new column or a jump back up the page
            || (indented && (finished || short))
            || (short && finished)
            || (short && !citation_goes_on && line.x0() < prev.x0() - 1.5 * size)
            || is_authorities_heading(&prev.text())
            || block_of_short_lines(prev, line, left, width);
    }
    breaks
}

/// `… Corp. (2015)` ⏎ `235 Cal.App.4th 307`: California's case name and year end a line
/// when the typesetter keeps the citation that follows on one line (its spaces do not
/// break), so the short line before it is no finished paragraph, whatever its `)` says.
fn year_before_volume(prev_text: &str, line: &Line) -> bool {
    let year = prev_text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let volume = line
        .words
        .first()
        .is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_digit()));
    year && volume
}

/// Two short lines of a few words, one under the other, the first ending in a name or
/// a number and not leading into the second (no comma, `v.`, `of`, `and`): lines of an
/// address, a counsel list or a signature block (`Mr. Mario Madrid` ⏎ `Madrid Law` ⏎
/// `10900 N.W. Fwy.`), each its own line of text. Prose wrapped in a narrow column has
/// more words to a line and mostly ends its lines in lowercase words, and goes on.
fn block_of_short_lines(prev: &Line, line: &Line, left: f32, width: f32) -> bool {
    let short = |l: &Line| l.x1() < left + 0.5 * width && l.words.len() <= 4;
    let last = prev.words.last().map_or("", |w| w.text.as_str());
    let names = last.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let leads_on = last.ends_with([',', '&', '-', '\u{2013}', '\u{2014}'])
        || matches!(
            last,
            "v." | "vs." | "V." | "VS." | "In" | "Of" | "And" | "The"
        );
    short(prev) && short(line) && names && !leads_on && (line.x0() - prev.x0()).abs() < 1.0
}

/// A section heading of a table of authorities (`Cases`, `Case Law`, `STATUTES`): a
/// heading of its own, never the start of the first entry's case name.
fn is_authorities_heading(line: &str) -> bool {
    const HEADINGS: [&str; 13] = [
        "cases",
        "case law",
        "statutes",
        "statutory authority",
        "statutory provisions",
        "rules",
        "constitutional provisions",
        "regulations",
        "other authorities",
        "secondary sources",
        "treatises",
        "miscellaneous",
        "federal cases",
    ];
    let line = line.trim().trim_end_matches(':');
    HEADINGS.iter().any(|h| line.eq_ignore_ascii_case(h))
}

/// The most common distance between consecutive baselines (the line pitch).
pub fn typical_pitch(gaps: impl IntoIterator<Item = f32>) -> Option<f32> {
    let mut counts: std::collections::HashMap<i32, usize> = std::collections::HashMap::new();
    for g in gaps {
        if g > 1.0 && g < 100.0 {
            *counts.entry((g * 2.0).round() as i32).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(k, n)| (n, -k))
        .map(|(k, _)| k as f32 / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of `text` at (x, y), 12-point, 6 points a letter; `|` is a kerning
    /// gap of 0.5 point, `_` a 4-point gap without a space character.
    fn glyphs(text: &str, x: f32, y: f32) -> Vec<Glyph> {
        let mut out = Vec::new();
        let mut at = x;
        for ch in text.chars() {
            match ch {
                '|' => at += 0.5,
                '_' => at += 4.0,
                _ => {
                    out.push(Glyph {
                        ch,
                        x: at,
                        y,
                        width: 6.0,
                        size: 12.0,
                    });
                    at += 6.0;
                }
            }
        }
        out
    }

    fn text_of(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn kerning_gaps_do_not_split_words_and_positioned_words_get_spaces() {
        let g = glyphs("The claims were dism|issed_with_prejudice", 72.0, 700.0);
        assert_eq!(
            text_of(&lines(words(&g))),
            ["The claims were dismissed with prejudice"]
        );
    }

    #[test]
    fn lines_come_top_down_whatever_the_drawing_order() {
        let mut g = glyphs("second line", 72.0, 676.0);
        g.extend(glyphs("first line", 72.0, 700.0));
        assert_eq!(text_of(&lines(words(&g))), ["first line", "second line"]);
    }

    #[test]
    fn overlaid_stamps_stay_apart_and_doubles_are_dropped() {
        let mut g = glyphs("Case 26", 72.0, 760.0);
        g.extend(glyphs("Case 27", 72.5, 760.5));
        g.extend(glyphs("bold", 72.0, 700.0));
        g.extend(glyphs("bold", 72.3, 700.0));
        assert_eq!(text_of(&lines(words(&g))), ["Case 26", "Case 27", "bold"]);
    }

    #[test]
    fn footnote_marks_leave_the_line_but_ordinals_stay() {
        let mut g = glyphs("F.3d 456, 458", 72.0, 700.0);
        g.push(Glyph {
            ch: '1',
            x: 150.0,
            y: 704.0,
            width: 4.0,
            size: 7.0,
        });
        g.extend(glyphs(" (9", 155.0, 700.0));
        g.push(Glyph {
            ch: 't',
            x: 173.0,
            y: 704.0,
            width: 3.0,
            size: 7.0,
        });
        g.push(Glyph {
            ch: 'h',
            x: 176.0,
            y: 704.0,
            width: 3.0,
            size: 7.0,
        });
        let text = text_of(&lines(words(&g)));
        assert_eq!(text, ["F.3d 456, 458 (9th"]);
    }

    #[test]
    fn pleading_line_numbers_are_found_and_removed() {
        let mut g = Vec::new();
        for n in 1..=28u32 {
            let y = 720.0 - n as f32 * 24.0;
            let label = n.to_string();
            let x = 60.0 - label.len() as f32 * 6.0;
            g.extend(glyphs(&label, x, y));
            if n % 2 == 0 {
                g.extend(glyphs("text of the order", 100.0, y));
            }
        }
        let mut ls = lines(words(&g));
        let column = line_number_column(&ls).unwrap();
        assert!((column - 60.0).abs() < 1.0, "{column}");
        let removed = remove_line_numbers(&mut ls, column);
        assert_eq!(removed.len(), 28);
        assert_eq!(ls.len(), 14);
        assert!(ls.iter().all(|l| l.text() == "text of the order"));
    }

    #[test]
    fn paragraphs_break_at_indents_and_gaps_not_at_every_line() {
        let spec = [
            (108.0, 700.0, "First paragraph starts here and runs"),
            (72.0, 676.0, "on to a second line that ends."),
            (108.0, 652.0, "A new paragraph, indented, runs on and"),
            (72.0, 628.0, "continues here"),
            (72.0, 604.0, "without a break."),
            (72.0, 560.0, "After a gap."),
        ];
        let ls: Vec<Line> = spec
            .iter()
            .flat_map(|&(x, y, t)| lines(words(&glyphs(t, x, y))))
            .collect();
        let pitch = typical_pitch(ls.windows(2).map(|w| w[0].y - w[1].y)).unwrap();
        assert_eq!(pitch, 24.0);
        let breaks = paragraph_breaks(&ls, pitch, 72.0, 320.0);
        assert_eq!(breaks, [false, false, true, false, false, true]);
    }

    #[test]
    fn a_counsel_list_and_an_authorities_heading_are_line_by_line() {
        let spec = [
            (72.0, 700.0, "Mr. Mario Madrid"),
            (72.0, 676.0, "Madrid Law"),
            (72.0, 652.0, "Houston, TX 77092"),
            (72.0, 628.0, "Case Law"),
            (
                72.0,
                604.0,
                "Almanza v. State, 686 S.W.2d 157, 171 (Tex. Crim. App. 1985)",
            ),
        ];
        let ls: Vec<Line> = spec
            .iter()
            .flat_map(|&(x, y, t)| lines(words(&glyphs(t, x, y))))
            .collect();
        let breaks = paragraph_breaks(&ls, 24.0, 72.0, 540.0);
        assert_eq!(breaks, [false, true, true, true, true]);
    }
}
