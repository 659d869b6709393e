//! Suppression comments: the writer's way to silence a finding where it stands.
//!
//! A directive is a line of its own:
//!
//! ```text
//! <!-- plead-disable-next-line citation/court-unknown -->   (Markdown and plain text)
//! // plead-disable-next-line typo/misspelling             (plain text)
//! <!-- plead-disable typo -->  …  <!-- plead-enable -->     (a block, to plead-enable or the end)
//! ```
//!
//! followed by rule codes or families (`typo`), separated by spaces or commas; none
//! means every rule. `disable-next-line` silences findings that start on the next line
//! that is neither blank nor another directive. A directive must be alone on its line
//! and start with `<!--` or `//` directly followed (after blanks) by `plead-`: text a
//! lawyer writes never does, so prose is never taken for a directive. The document
//! model leaves directive lines out of the prose, and the analysis pipeline drops the
//! findings they cover, so the command line and the language server honour them alike.

use crate::vocabulary::{family_of, Span};

/// What a directive does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    /// Silence the next line.
    DisableNextLine,
    /// Silence from here to `plead-enable` (or the end of the document).
    Disable,
    /// End every open `plead-disable` block.
    Enable,
}

/// One directive line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub verb: Verb,
    /// The rule codes or families named; empty: every rule.
    pub codes: Vec<String>,
    /// The directive's line (without its line break).
    pub line: Span,
}

/// A directive's parts from one trimmed line, if it is one: (verb or the unknown verb
/// as written, codes).
fn parse_line(line: &str, markdown: bool) -> Option<(Result<Verb, &str>, Vec<&str>)> {
    let body = if let Some(rest) = line.strip_prefix("<!--") {
        rest.strip_suffix("-->")?
    } else if !markdown {
        line.strip_prefix("//")?
    } else {
        return None;
    };
    let body = body.trim().strip_prefix("plead-")?;
    let mut words = body.split(|c: char| c.is_whitespace() || c == ',');
    let verb = match words.next()? {
        "disable-next-line" => Ok(Verb::DisableNextLine),
        "disable" => Ok(Verb::Disable),
        "enable" => Ok(Verb::Enable),
        other => Err(other),
    };
    Some((verb, words.filter(|w| !w.is_empty()).collect()))
}

/// Whether a line (trimmed of surrounding blanks) is a directive line, which is not prose.
pub fn is_directive(line: &str, markdown: bool) -> bool {
    // The cheap test first: the prose view asks this of every line.
    let b = line.as_bytes();
    if !(b.starts_with(b"<!--") || (!markdown && b.starts_with(b"//"))) {
        return false;
    }
    parse_line(line, markdown).is_some()
}

/// The directive line that silences `code` on the next line, as the "suppress" code
/// action inserts it.
pub fn disable_next_line(code: &str, markdown: bool) -> String {
    if markdown {
        format!("<!-- plead-disable-next-line {code} -->")
    } else {
        format!("// plead-disable-next-line {code}")
    }
}

/// The lines of `text` as byte spans without their breaks (\n, \r\n, \r), as LSP
/// counts lines.
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        let Some(i) = memchr::memchr2(b'\n', b'\r', &bytes[start..]) else {
            out.push(Span::new(start, bytes.len()));
            return out;
        };
        let end = start + i;
        out.push(Span::new(start, end));
        start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
    }
}

/// The line after the one that holds byte `at` (without its break), if any.
fn line_after(text: &str, at: usize) -> Option<Span> {
    let bytes = text.as_bytes();
    let brk = at + memchr::memchr2(b'\n', b'\r', bytes.get(at..)?)?;
    let start = if bytes[brk] == b'\r' && bytes.get(brk + 1) == Some(&b'\n') {
        brk + 2
    } else {
        brk + 1
    };
    if start > bytes.len() || (start == bytes.len()) {
        return None;
    }
    let end = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |i| start + i);
    Some(Span::new(start, end))
}

/// Every directive of the text, in order.
pub fn directives(text: &str, markdown: bool) -> Vec<Directive> {
    scan(text, markdown, &[]).0
}

/// What can be wrong with a directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `plead-` followed by a word that is not a verb (`plead-disable-nextline`).
    UnknownVerb(String),
    /// A code that is neither a rule nor a family: it silences nothing.
    UnknownRule(String),
}

/// The verbs, for suggestions.
pub const VERBS: &[&str] = &["disable-next-line", "disable", "enable"];

/// What is wrong with the directives of a text: (the directive's line, problem).
pub fn problems(text: &str, markdown: bool, rule_codes: &[&str]) -> Vec<(Span, Problem)> {
    scan(text, markdown, rule_codes).1
}

type Scanned = (Vec<Directive>, Vec<(Span, Problem)>);

/// The directives and the problems in them.
fn scan(text: &str, markdown: bool, rule_codes: &[&str]) -> Scanned {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    // Nothing to look at unless `plead-` occurs at all: one SIMD search per analysis.
    if memchr::memmem::find(text.as_bytes(), b"plead-").is_none() {
        return (found, problems);
    }
    let lines = lines(text);
    let mut families: Vec<&str> = rule_codes.iter().map(|c| family_of(c)).collect();
    families.sort_unstable();
    families.dedup();
    for &line in &lines {
        let raw = &text[line.start..line.end];
        if !raw.contains("plead-") {
            continue;
        }
        let Some((verb, codes)) = parse_line(raw.trim(), markdown) else {
            continue;
        };
        let verb = match verb {
            Ok(verb) => verb,
            Err(other) => {
                problems.push((line, Problem::UnknownVerb(other.to_string())));
                continue;
            }
        };
        if !rule_codes.is_empty() {
            for code in &codes {
                if !rule_codes.contains(code) && !families.contains(code) {
                    problems.push((line, Problem::UnknownRule(code.to_string())));
                }
            }
        }
        found.push(Directive {
            verb,
            codes: codes.into_iter().map(str::to_string).collect(),
            line,
        });
    }
    (found, problems)
}

/// Where findings are silenced, built from a document's directives.
#[derive(Clone, Debug, Default)]
pub struct Suppressions {
    /// Source ranges and the codes silenced there (empty: every rule).
    regions: Vec<(Span, Vec<String>)>,
}

impl Suppressions {
    /// The suppressions of a parsed document: its directive lines, as the prose view
    /// found them (so no second pass over the text on each keystroke).
    pub fn of_document(text: &str, document: &super::Document) -> Suppressions {
        Suppressions::from_lines(
            text,
            document.format == super::Format::Markdown,
            &document.directive_lines,
        )
    }

    /// The suppressions of a text, found by scanning it (tests and tools without a
    /// parsed document).
    pub fn parse(text: &str, markdown: bool) -> Suppressions {
        let lines: Vec<Span> = directives(text, markdown).iter().map(|d| d.line).collect();
        Suppressions::from_lines(text, markdown, &lines)
    }

    /// From the spans of the directive lines, in order.
    fn from_lines(text: &str, markdown: bool, directive_lines: &[Span]) -> Suppressions {
        if directive_lines.is_empty() {
            return Suppressions::default();
        }
        let mut regions = Vec::new();
        let mut open: Vec<(usize, Vec<String>)> = Vec::new();
        let is_directive_line = |line: Span| {
            let i = directive_lines.partition_point(|d| d.start < line.start);
            directive_lines.get(i).is_some_and(|d| d.start <= line.end)
        };
        for &span in directive_lines {
            let Some(raw) = text.get(span.start..span.end) else {
                continue;
            };
            let Some((Ok(verb), codes)) = parse_line(raw.trim(), markdown) else {
                continue;
            };
            let codes: Vec<String> = codes.into_iter().map(str::to_string).collect();
            // The directive line itself never carries findings of its own.
            regions.push((span, Vec::new()));
            match verb {
                Verb::DisableNextLine => {
                    // The next line with words on it (not blank, not a bare pleading-paper
                    // line number, not another directive).
                    let mut at = span.end;
                    while let Some(line) = line_after(text, at) {
                        let words = text[line.start..line.end].chars().any(char::is_alphabetic);
                        if words && !is_directive_line(line) {
                            regions.push((line, codes));
                            break;
                        }
                        at = line.end;
                    }
                }
                Verb::Disable => open.push((span.start, codes)),
                Verb::Enable => {
                    for (start, codes) in open.drain(..) {
                        regions.push((Span::new(start, span.end), codes));
                    }
                }
            }
        }
        for (start, codes) in open {
            regions.push((Span::new(start, text.len()), codes));
        }
        Suppressions { regions }
    }

    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// Whether a finding of `code` starting at `offset` is silenced.
    pub fn suppresses(&self, code: &str, offset: usize) -> bool {
        self.regions.iter().any(|(span, codes)| {
            span.start <= offset
                && offset <= span.end
                && (codes.is_empty() || codes.iter().any(|c| c == code || c == family_of(code)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn silenced(text: &str, markdown: bool, code: &str, at: &str) -> bool {
        let offset = text.find(at).expect("marker in text");
        Suppressions::parse(text, markdown).suppresses(code, offset)
    }

    #[test]
    fn next_line_silences_the_named_codes_on_the_next_prose_line_only() {
        let md = "Intro.\n\n<!-- plead-disable-next-line typo/misspelling, citation -->\n\nThe Cort held.\nThe Cort again.\n";
        assert!(silenced(md, true, "typo/misspelling", "Cort held"));
        assert!(silenced(md, true, "citation/reporter-form", "Cort held"));
        assert!(!silenced(md, true, "typo/doubled-word", "Cort held"));
        assert!(!silenced(md, true, "typo/misspelling", "Cort again"));
        assert!(!silenced(md, true, "typo/misspelling", "Intro"));
        // Every rule when none is named; CRLF line breaks.
        let text = "// plead-disable-next-line\r\nThe Cort held.\r\nThe Cort again.\r\n";
        assert!(silenced(text, false, "style/pleaded", "Cort held"));
        assert!(!silenced(text, false, "style/pleaded", "Cort again"));
    }

    #[test]
    fn blocks_run_to_enable_or_the_end() {
        let text = "<!-- plead-disable typo -->\nOne teh.\nTwo teh.\n<!-- plead-enable -->\nThree teh.\n<!-- plead-disable -->\nFour teh.\n";
        assert!(silenced(text, true, "typo/misspelling", "One"));
        assert!(silenced(text, true, "typo/misspelling", "Two"));
        assert!(!silenced(text, true, "citation/versus", "Two"));
        assert!(!silenced(text, true, "typo/misspelling", "Three"));
        assert!(silenced(text, true, "citation/versus", "Four"));
    }

    #[test]
    fn prose_is_never_a_directive() {
        for line in [
            "Plaintiffs plead-disable nothing.",
            "// comment without the word",
            "<!-- page 3 -->",
            "See http://plead-disable.example/ for more.",
            "The parties plead- disable.",
        ] {
            assert!(!is_directive(line, false), "{line}");
        }
        // The `//` form is plain text's; Markdown shows it, so it is not a directive there.
        assert!(is_directive("// plead-disable-next-line typo", false));
        assert!(!is_directive("// plead-disable-next-line typo", true));
        assert!(is_directive("<!-- plead-disable-next-line typo -->", true));
        assert!(is_directive(
            &disable_next_line("citation/versus", true),
            true
        ));
        assert!(is_directive(
            &disable_next_line("citation/versus", false),
            false
        ));
        assert!(Suppressions::parse("no directives at all", true).is_empty());
    }

    #[test]
    fn unknown_verbs_and_codes_are_reported() {
        let text = "<!-- plead-disable-nextline typo -->\n<!-- plead-disable-next-line citation/reporter-spacing -->\nText.\n";
        let problems = problems(text, true, &["citation/reporter-form", "typo/misspelling"]);
        let found: Vec<&Problem> = problems.iter().map(|(_, p)| p).collect();
        assert_eq!(
            found,
            vec![
                &Problem::UnknownVerb("disable-nextline".into()),
                &Problem::UnknownRule("citation/reporter-spacing".into()),
            ]
        );
        // A family is a known code.
        assert!(
            super::problems("// plead-disable typo\n", false, &["typo/misspelling"]).is_empty()
        );
    }
}
