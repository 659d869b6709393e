//! How `plead check` shows findings to a person (`human`, `concise`) and to GitHub
//! Actions (`github`): pure functions from a file's text and findings to bytes.
//!
//! The human form follows rustc and ruff: a `path:line:col: severity[code]: message`
//! line a terminal or editor can follow, then the source line in a gutter with its
//! line number in the file and carets under the finding, then the fixes. A Markdown
//! paragraph is one line of thousands of characters, so only a window around the caret
//! is shown, cut with `…`: no output line grows with the input.

use std::io::{self, Write};
use std::path::Path;

use anstyle::{AnsiColor, Style};

use crate::analysis::{Finding, Severity};
use crate::text::{Encoding, LineIndex};

/// Characters of source shown around a finding (plus `…` at either cut end).
pub const SOURCE_WINDOW: usize = 110;
/// No line of human output is longer than this (in characters) unless the path alone
/// makes it so: the message is cut to fit, keeping at least [`MIN_MESSAGE`] characters.
pub const MAX_LINE: usize = 200;
const MIN_MESSAGE: usize = 100;
/// Fix titles are cut at this many characters.
const MAX_FIX_TITLE: usize = 150;

/// Colours, or none.
#[derive(Clone, Copy, Debug, Default)]
pub struct Palette {
    pub color: bool,
}

impl Palette {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    fn severity_style(severity: Severity) -> Style {
        let color = match severity {
            Severity::Error => AnsiColor::Red,
            Severity::Warning => AnsiColor::Yellow,
            Severity::Info => AnsiColor::Cyan,
            Severity::Hint => AnsiColor::Green,
        };
        Style::new().bold().fg_color(Some(color.into()))
    }

    fn gutter(&self, text: &str) -> String {
        self.paint(
            Style::new()
                .bold()
                .fg_color(Some(AnsiColor::BrightBlue.into())),
            text,
        )
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }

    pub fn severity(&self, severity: Severity, text: &str) -> String {
        self.paint(Self::severity_style(severity), text)
    }
}

/// Where an offset lies in the source beyond its line, for a converted PDF or .docx
/// (`page 2`, `paragraph 14, page 3`); None for text files.
pub type Locate<'a> = &'a dyn Fn(usize) -> Option<String>;

/// For text files: nothing beyond line and column.
pub fn no_place(_: usize) -> Option<String> {
    None
}

/// Where a finding is, for display: 1-based line and column (in characters).
struct Place {
    line: usize,
    col: usize,
    end_line: usize,
    end_col: usize,
}

fn place(index: &LineIndex, text: &str, f: &Finding) -> Place {
    let start = index.line_col(text, f.span.start, Encoding::Utf32);
    let end = index.line_col(text, f.span.end, Encoding::Utf32);
    Place {
        line: start.line as usize + 1,
        col: start.col as usize + 1,
        end_line: end.line as usize + 1,
        end_col: end.col as usize + 1,
    }
}

/// `path:line:col: severity[code]: message`.
fn headline(
    out: &mut impl Write,
    path: &Path,
    at: &Place,
    f: &Finding,
    palette: &Palette,
    locate: Locate<'_>,
) -> io::Result<()> {
    let location = format!("{}:{}:{}", path.display(), at.line, at.col);
    let label = format!("{}[{}]", f.severity.as_str(), f.code);
    // A PDF's or .docx's page (and paragraph) after the message: `… (page 2)`.
    let page = locate(f.span.start).map_or(String::new(), |p| format!(" ({p})"));
    let room =
        MAX_LINE.saturating_sub(location.chars().count() + label.chars().count() + page.len() + 4);
    writeln!(
        out,
        "{}: {}: {}{page}",
        palette.bold(&location),
        palette.severity(f.severity, &label),
        palette.bold(&clip(&f.message, room.max(MIN_MESSAGE))),
    )
}

/// The human form: each finding with its source window and fixes, a blank line after each.
pub fn human(
    out: &mut impl Write,
    path: &Path,
    text: &str,
    findings: &[Finding],
    palette: &Palette,
    locate: Locate<'_>,
) -> io::Result<()> {
    let index = LineIndex::new(text);
    for f in findings {
        let at = place(&index, text, f);
        headline(out, path, &at, f, palette, locate)?;
        if let Some((ls, le)) = index.line_range(text, at.line - 1) {
            let line = &text[ls..le];
            let start = f.span.start.clamp(ls, le) - ls;
            // A finding that runs on past its line is underlined to the line's end.
            let end = if at.end_line == at.line {
                f.span.end.clamp(ls, le) - ls
            } else {
                line.len()
            };
            let (shown, caret_at, caret_len) = window(line, start, end, SOURCE_WINDOW);
            let number = at.line.to_string();
            let blank = " ".repeat(number.len());
            writeln!(out, "{} {}", palette.gutter(&format!("{number} |")), shown)?;
            writeln!(
                out,
                "{} {}{}",
                palette.gutter(&format!("{blank} |")),
                " ".repeat(caret_at),
                palette.severity(f.severity, &"^".repeat(caret_len))
            )?;
            for fix in &f.fixes {
                writeln!(
                    out,
                    "{} {} {}",
                    palette.gutter(&format!("{blank} =")),
                    palette.bold("fix:"),
                    clip(&fix.title, MAX_FIX_TITLE)
                )?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The concise form: one line per finding.
pub fn concise(
    out: &mut impl Write,
    path: &Path,
    text: &str,
    findings: &[Finding],
    palette: &Palette,
    locate: Locate<'_>,
) -> io::Result<()> {
    let index = LineIndex::new(text);
    for f in findings {
        headline(out, path, &place(&index, text, f), f, palette, locate)?;
    }
    Ok(())
}

/// GitHub Actions workflow commands: one `::warning file=…,line=…::message` per finding,
/// shown as annotations on the pull request.
pub fn github(
    out: &mut impl Write,
    path: &Path,
    text: &str,
    findings: &[Finding],
    locate: Locate<'_>,
) -> io::Result<()> {
    let index = LineIndex::new(text);
    let file = path.to_string_lossy().replace('\\', "/");
    for f in findings {
        let at = place(&index, text, f);
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info | Severity::Hint => "notice",
        };
        let mut message = f.message.to_string();
        if let Some(p) = locate(f.span.start) {
            message.push_str(&format!(" ({p})"));
        }
        if let Some(fix) = f.fixes.iter().find(|x| x.preferred) {
            message.push_str(&format!(" (fix: {})", fix.title));
        }
        writeln!(
            out,
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&file),
            at.line,
            at.col,
            at.end_line,
            at.end_col,
            escape_property(&format!("plead {}", f.code)),
            escape_data(&message),
        )?;
    }
    Ok(())
}

/// Workflow-command data: `%`, CR and LF are escaped.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Workflow-command property values: also `:` and `,`.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// `s` in at most `max` characters: cut, when longer, with a `…` as its last one.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().nth(max).is_none() {
        return s.to_string();
    }
    let cut = s
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(s.len(), |(i, _)| i);
    format!("{}…", &s[..cut])
}

/// The part of `line` to show around the bytes `start..end`, at most `width`
/// characters plus a `…` at each cut end: (the text, the caret's column in it, the
/// caret's length). Tabs and other control characters become spaces so the caret
/// lines up.
pub fn window(line: &str, start: usize, end: usize, width: usize) -> (String, usize, usize) {
    let chars: Vec<char> = line
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let col = |byte: usize| line[..floor_boundary(line, byte)].chars().count();
    let (s, e) = (col(start), col(end.max(start)));
    let n = chars.len();
    let width = width.max(8);
    let (from, to) = if n <= width {
        (0, n)
    } else {
        // Centre the finding; a finding wider than the window shows its start.
        let room = width.saturating_sub(e - s);
        let from = s.saturating_sub(room / 2).min(n - width);
        (from, from + width)
    };
    let mut shown = String::with_capacity((to - from) * 2 + 6);
    let lead = from > 0;
    if lead {
        shown.push('…');
    }
    shown.extend(&chars[from..to]);
    if to < n {
        shown.push('…');
    }
    let caret_at = s - from + usize::from(lead);
    let caret_len = e.min(to).saturating_sub(s).max(1);
    (shown, caret_at, caret_len)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lines_are_shown_whole() {
        let (shown, at, len) = window("See 673 F.Supp.2d 1063.", 8, 17, 110);
        assert_eq!(shown, "See 673 F.Supp.2d 1063.");
        assert_eq!(&shown[at..at + len], "F.Supp.2d");
    }

    #[test]
    fn long_lines_are_cut_around_the_finding() {
        let line = format!("{}Cort{}", "word ".repeat(1000), " more".repeat(1000));
        let start = line.find("Cort").unwrap();
        let (shown, at, len) = window(&line, start, start + 4, 110);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().count(), 112);
        let chars: Vec<char> = shown.chars().collect();
        assert_eq!(chars[at..at + len].iter().collect::<String>(), "Cort");
        // At the very start and end of the line only one side is cut.
        let (shown, at, _) = window(&line, 0, 4, 110);
        assert!(!shown.starts_with('…') && shown.ends_with('…') && at == 0);
        let end = line.len();
        let (shown, at, len) = window(&line, end - 4, end, 110);
        assert!(shown.starts_with('…') && !shown.ends_with('…'));
        assert_eq!(shown.chars().skip(at).take(len).collect::<String>(), "more");
    }

    #[test]
    fn tabs_and_wide_findings_keep_the_caret_in_place() {
        let (shown, at, len) = window("28\tof cases", 3, 5, 110);
        assert_eq!(shown, "28 of cases");
        assert_eq!((at, len), (3, 2));
        let line = "x".repeat(500);
        let (shown, at, len) = window(&line, 10, 400, 50);
        assert_eq!((at, len), (1, 50), "{shown}");
        // An empty finding at the end of the line still gets one caret.
        let (_, at, len) = window("abc", 3, 3, 110);
        assert_eq!((at, len), (3, 1));
    }

    #[test]
    fn clipped_text_fits_its_budget() {
        assert_eq!(clip("abcdef", 6), "abcdef");
        assert_eq!(clip("abcdefg", 6), "abcde…");
        assert_eq!(clip("§§§§§§§§", 4).chars().count(), 4);
    }

    #[test]
    fn github_commands_escape_their_data() {
        assert_eq!(escape_data("50% off\nnow"), "50%25 off%0Anow");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
