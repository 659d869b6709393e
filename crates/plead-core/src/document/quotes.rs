//! Quotations in a paragraph: the source's words, reproduced as written.
//!
//! Typo and style rules stay silent inside them and citation-form rules leave the
//! quoted source's citations alone (see `Rule::checks_quoted_text`). What counts as
//! quoted, per paragraph of logical text:
//! - a block quotation (Markdown `>`, an indented paragraph in plain text): all of it;
//! - text between matching double quotation marks, curly (“ ”) or straight ("), with
//!   nested single quotes inside them; a pair of curly single quotes (‘ ’) at the top
//!   level too (an apostrophe ’ between letters closes nothing);
//! - a paragraph that opens with a quotation mark never closed in it: the
//!   multi-paragraph quotation convention (each paragraph reopens, only the last closes).
//!
//! Quotations are bounded so a stray mark cannot silence a document: never beyond the
//! paragraph, and an opening mark with no closing one within [`MAX_QUOTATION`] bytes
//! quotes nothing. A straight `"` right after a digit is an inch or seconds mark
//! (`5' 10"`), not an opening quotation mark.

use crate::vocabulary::Span;

use super::BlockKind;

/// The longest inline quotation, in bytes of logical text. Courts quote a few
/// sentences inline; anything longer is a block quotation. An opening mark whose
/// closing mark lies further away (or nowhere) is taken as a stray mark.
pub const MAX_QUOTATION: usize = 3000;

/// The quoted spans of a paragraph's logical text, sorted and disjoint, each from its
/// opening mark through its closing mark.
pub fn quoted_spans(text: &str, kind: BlockKind) -> Vec<Span> {
    if kind == BlockKind::BlockQuote {
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![Span::new(0, text.len())]
        };
    }
    // Most paragraphs quote nothing: no scan beyond one search.
    if memchr::memchr2(
        b'"',
        0xE2, /* first byte of “ ” ‘ ’ */
        text.as_bytes(),
    )
    .is_none()
    {
        return Vec::new();
    }
    let marks = marks(text);
    let mut spans = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let open = marks[i];
        let Some(style) = open.opens() else {
            i += 1;
            continue;
        };
        // The matching close: the first closing mark of the same style, skipping
        // nested quotations of the other style.
        let closing = marks[i + 1..]
            .iter()
            .position(|m| m.closes(style))
            .map(|p| i + 1 + p);
        match closing {
            Some(j) if marks[j].at + marks[j].len - open.at <= MAX_QUOTATION => {
                spans.push(Span::new(open.at, marks[j].at + marks[j].len));
                i = j + 1;
            }
            _ => {
                // Never closed in the paragraph: a paragraph of a multi-paragraph
                // quotation when it opens the paragraph, else a stray mark.
                let leading = text[..open.at].trim().is_empty();
                if leading && closing.is_none() && text.len() - open.at <= MAX_QUOTATION {
                    spans.push(Span::new(open.at, text.len()));
                    break;
                }
                i += 1;
            }
        }
    }
    spans
}

/// Whether `span` lies inside one of `quotes` (sorted, disjoint).
pub fn in_quotation(quotes: &[Span], span: Span) -> bool {
    let i = quotes.partition_point(|q| q.end < span.end);
    quotes.get(i).is_some_and(|q| q.contains(span))
}

/// Columns of blank space in front of the text at `at` on its line: back to the line
/// start, or to the gutter's line number on pleading paper. A tab counts four.
pub(super) fn indentation(text: &str, at: usize) -> usize {
    text.as_bytes()[..at]
        .iter()
        .rev()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .map(|&b| if b == b'\t' { 4 } else { 1 })
        .sum()
}

/// How plain text lays out its body, to tell block quotations from it.
#[derive(Clone, Copy, Debug)]
pub(super) struct BodyLayout {
    /// The indentation most body lines share.
    margin: usize,
    /// One line per paragraph (text exported from HTML or a word processor) rather than
    /// hard-wrapped lines.
    unwrapped: bool,
}

impl BodyLayout {
    /// From the indentation and length of every body line. One pass, no allocation: the
    /// prose view is rebuilt on every keystroke.
    pub(super) fn of(lines: impl Iterator<Item = (usize, usize)>) -> BodyLayout {
        // Indentations past this are centred text, never the margin.
        const WIDEST: usize = 63;
        let mut counts = [0u32; WIDEST + 1];
        let (mut total, mut long) = (0u32, 0u32);
        for (indent, len) in lines {
            if let Some(c) = counts.get_mut(indent) {
                *c += 1;
            }
            total += 1;
            long += u32::from(len > 150);
        }
        // The most common indentation (the smallest of equals).
        let margin = counts
            .iter()
            .enumerate()
            .fold(
                (0, 0),
                |best, (indent, &n)| if n > best.1 { (indent, n) } else { best },
            )
            .0;
        BodyLayout {
            margin,
            // Most lines longer than any printed line: one line per paragraph.
            unwrapped: long * 2 > total,
        }
    }

    /// Whether a body paragraph, given each line's indentation and text and the block
    /// before it, is a block quotation: every line indented past the margin (by 3 to 24
    /// columns: further is centred text) and past the last line of the body paragraph
    /// before it (or continuing a block quotation), some lowercase and, when short,
    /// closing punctuation (not a heading), and in hard-wrapped text at least two lines
    /// (a lone indented line is a paragraph's first line). Whole indented sections (a slip opinion's syllabus,
    /// notes under a centred title) follow no body paragraph, so they stay prose.
    pub(super) fn is_block_quotation<'a>(
        &self,
        lines: impl ExactSizeIterator<Item = (usize, &'a str)>,
        previous: Option<Previous>,
    ) -> bool {
        let count = lines.len();
        if count == 0 || (count < 2 && !self.unwrapped) {
            return false;
        }
        let Some(previous) = previous.filter(|p| p.body || p.quotation) else {
            return false;
        };
        let mut lowercase = false;
        let mut length = 0;
        let mut last = "";
        for (indent, line) in lines {
            let extra = indent.saturating_sub(self.margin);
            if indent < self.margin || !(3..=24).contains(&extra) {
                return false;
            }
            if !previous.quotation && indent < previous.last_indent + 3 {
                return false;
            }
            lowercase |= line.chars().any(char::is_lowercase);
            length += line.len();
            last = line;
        }
        // A short indented line without closing punctuation is a subheading.
        let closed = last
            .trim_end()
            .ends_with(['.', ':', ';', '?', '!', '"', '”', '’', '\'', ')', ']']);
        lowercase && (closed || length >= 150)
    }
}

/// The block before a candidate block quotation.
#[derive(Clone, Copy, Debug)]
pub(super) struct Previous {
    /// A body paragraph.
    pub body: bool,
    /// A block quotation (the candidate may continue it).
    pub quotation: bool,
    /// Indentation of its last line.
    pub last_indent: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// “ ” or straight ".
    Double,
    /// ‘ ’ at the top level.
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open(Style),
    Close(Style),
    /// A straight " that may open or close, by its neighbours.
    Straight {
        can_open: bool,
        can_close: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    at: usize,
    len: usize,
    role: Role,
}

impl Mark {
    fn opens(&self) -> Option<Style> {
        match self.role {
            Role::Open(s) => Some(s),
            Role::Straight { can_open: true, .. } => Some(Style::Double),
            _ => None,
        }
    }
    fn closes(&self, style: Style) -> bool {
        match self.role {
            Role::Close(s) => s == style,
            Role::Straight { can_close, .. } => style == Style::Double && can_close,
            Role::Open(_) => false,
        }
    }
}

/// The quotation marks of a paragraph with what each may do.
fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    // Only `"` and characters led by the byte 0xE2 (`“ ” ‘ ’`) can be marks: the scan
    // reads bytes and decodes a character (and its neighbours) only there. Both bytes
    // start a character.
    for at in memchr::memchr2_iter(b'"', 0xE2, text.as_bytes()) {
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        let role = role_of(text, at, c, prev, next);
        if let Some(role) = role {
            out.push(Mark {
                at,
                len: c.len_utf8(),
                role,
            });
        }
    }
    out
}

/// What the character `c` at `at`, between `prev` and `next`, may do as a quotation
/// mark, if it is one.
fn role_of(text: &str, at: usize, c: char, prev: Option<char>, next: Option<char>) -> Option<Role> {
    match c {
        '\u{201C}' => Some(Role::Open(Style::Double)),
        '\u{201D}' => Some(Role::Close(Style::Double)),
        '\u{2018}' => Some(Role::Open(Style::Single)),
        // ’ between letters (don’t, Hastings’s) or after a letter with no
        // opening ‘ (the possessive Veterans’) is an apostrophe; the pairing
        // below only lets it close a ‘.
        '\u{2019}' => {
            let apostrophe =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            (!apostrophe).then_some(Role::Close(Style::Single))
        }
        '"' => {
            let after_blank = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
            let before_blank =
                next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-/".contains(n));
            let inch = prev.is_some_and(|p| p.is_ascii_digit());
            // `" 'dismissal …' "`: a quotation that opens (or closes) with a nested
            // one, the two marks set apart by a space as typesetters do — a word space
            // or a thin one (the Law Reporting Bureau's prints set `'\u{2009}"`).
            let nested_opens = {
                let mut after = text[at + 1..].chars();
                after.next().is_some_and(char::is_whitespace)
                    && after.next().is_some_and(|q| q == '\'' || q == '\u{2018}')
            };
            let nested_closes = {
                let mut before = text[..at].chars().rev();
                before.next().is_some_and(char::is_whitespace)
                    && before.next().is_some_and(|q| q == '\'' || q == '\u{2019}')
            };
            Some(Role::Straight {
                can_open: after_blank && (!before_blank || nested_opens) && !inch,
                can_close: !after_blank
                    || prev.is_some_and(|p| ".,;:!?)]".contains(p))
                    || nested_closes,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `marks` as it was written, walking every character: the reference for the scan
    /// that decodes characters only at the bytes a mark can start with (each mark's role
    /// is read by the same `role_of`; what is compared is which characters, with which
    /// neighbours, the two scans find).
    fn marks_by_chars(text: &str) -> Vec<Mark> {
        let mut out = Vec::new();
        let mut prev: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let role = role_of(text, at, c, prev, next);
            if let Some(role) = role {
                out.push(Mark {
                    at,
                    len: c.len_utf8(),
                    role,
                });
            }
            prev = Some(c);
        }
        out
    }

    /// The byte scan finds the marks the character walk finds, on every paragraph of the
    /// fixture opinions and on marks next to other three-byte characters (`—`, `…`, `€`).
    #[test]
    fn mark_scan_agrees_with_the_character_walk() {
        let mut texts: Vec<String> = vec![
            "“a” ‘b’ don’t Veterans’ \"c\" —\"d\"— …\" €’x 12\" \" 'e' \" ’".into(),
            "\"".into(),
            "’".into(),
            "x“".into(),
        ];
        for text in crate::test_fixtures::opinions() {
            texts.extend(text.split("\n\n").map(str::to_string));
        }
        let mut found = 0;
        for text in &texts {
            let scanned = marks(text);
            assert_eq!(scanned, marks_by_chars(text), "{text}");
            found += scanned.len();
        }
        assert!(found > 1_000, "only {found} marks in the fixtures");
    }

    fn quoted(text: &str) -> Vec<&str> {
        quoted_spans(text, BlockKind::Body)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(
            quoted("The court held that “no duty arose” here."),
            ["“no duty arose”"]
        );
        assert_eq!(
            quoted(r#"It said "plainly wrong," and reversed."#),
            [r#""plainly wrong,""#]
        );
    }

    #[test]
    fn nested_quotations_stay_one_span() {
        let text = "He wrote, “the term ‘employment’ means ‘permanent work’ here,” and stopped.";
        assert_eq!(
            quoted(text),
            ["“the term ‘employment’ means ‘permanent work’ here,”"]
        );
        let straight = r#"The Board found that "the phrase 'in service' is plain." Id."#;
        assert_eq!(quoted(straight), [r#""the phrase 'in service' is plain.""#]);
        // 042-feliciano-v-seabrook: a quotation that opens with a nested one, the marks
        // set apart by a space, and the quoted court's citations inside.
        let spaced = r#"Defendant argues that " 'dismissal is a final judgment on the merits.' (City of Providence, 2015 WL 4594150, at * 6.)" (Wietschner v Dimon, 2015 WL 4915597.)"#;
        assert_eq!(
            quoted(spaced),
            [
                r#"" 'dismissal is a final judgment on the merits.' (City of Providence, 2015 WL 4594150, at * 6.)""#
            ]
        );
        let closing = r#"The court said "the rule is 'settled' " and moved on."#;
        assert_eq!(quoted(closing), [r#""the rule is 'settled' ""#]);
        // People v Hu Sin (44 NY3d 455): the Bureau sets the nested marks apart by a
        // thin space (U+2009); the court's own citation after the quotation is not in it.
        let thin =
            "\"[E]vidence may be admissible 'if it helps to establish some element'\u{2009}\" \
                    (People v Telfair, 41 NY3d 107, 114 [2023]). In addition to the exceptions \
                    in People v Molineux (168 NY 264, 293 [1901]), we have held it \
                    \"\u{2009}'needed as background material'\u{2009}\" (id.).";
        assert_eq!(
            quoted(thin),
            [
                "\"[E]vidence may be admissible 'if it helps to establish some element'\u{2009}\"",
                "\"\u{2009}'needed as background material'\u{2009}\""
            ]
        );
    }

    #[test]
    fn straight_quotations_opening_or_closing_on_a_spaced_single_quote() {
        // Real California text (Jarrow Formulas, quoted in Noguera v. Hull, 2021).
        let text = r#""SLAPP is an acronym for 'strategic lawsuit against public participation.' " (Jarrow Formulas, Inc. v. LaMarche (2003) 31 Cal.4th 728, 732, fn. 1.)"#;
        assert_eq!(
            quoted(text),
            [r#""SLAPP is an acronym for 'strategic lawsuit against public participation.' ""#]
        );
        let text = r#"The court held that " 'a party may not,' " Smith, 1 F.3d at 2, "relitigate." Then more."#;
        assert_eq!(
            quoted(text),
            [r#"" 'a party may not,' ""#, r#""relitigate.""#]
        );
    }

    #[test]
    fn apostrophes_and_inch_marks_open_nothing() {
        assert!(quoted("The Veteran’s claim and the Board’s decision.").is_empty());
        assert!(quoted("The Veterans’ claims were denied.").is_empty());
        assert!(quoted(r#"The pipe was 12" long and 3" wide."#).is_empty());
        assert!(quoted(r#"He is 5' 10" tall; the ruler reads 12"."#).is_empty());
    }

    #[test]
    fn a_stray_mark_does_not_silence_the_rest() {
        // An opening mark never closed in the middle of a paragraph quotes nothing.
        let text = "The court said “this is unclosed and the rest is the writer's own text.";
        assert!(quoted(text).is_empty());
        // A closed quotation after a stray straight mark still counts.
        let text = r#"The stray " mark and then “a real quotation” here."#;
        assert_eq!(quoted(text), ["“a real quotation”"]);
    }

    #[test]
    fn quotations_are_bounded_in_length() {
        let long = format!("“{}” and after.", "word ".repeat(MAX_QUOTATION / 4));
        assert!(quoted(&long).is_empty());
        let short = format!("“{}” and after.", "word ".repeat(100));
        assert_eq!(quoted(&short).len(), 1);
    }

    #[test]
    fn multi_paragraph_quotation_reopens_each_paragraph() {
        let text =
            "“[Hastings] is committed to a policy against legally impermissible discrimination.";
        assert_eq!(quoted(text), [text]);
        // A leading mark that is closed later is an ordinary quotation.
        let text = "“Yes,” she said, and left.";
        assert_eq!(quoted(text), ["“Yes,”"]);
    }

    #[test]
    fn block_quotations_are_quoted_whole() {
        let text = "The grounds of unfitness are any of the following.";
        let spans = quoted_spans(text, BlockKind::BlockQuote);
        assert_eq!(spans, vec![Span::new(0, text.len())]);
        assert!(quoted_spans("", BlockKind::BlockQuote).is_empty());
    }

    #[test]
    fn in_quotation_needs_the_whole_span_inside() {
        let quotes = [Span::new(5, 10), Span::new(20, 30)];
        assert!(in_quotation(&quotes, Span::new(6, 9)));
        assert!(in_quotation(&quotes, Span::new(20, 30)));
        assert!(!in_quotation(&quotes, Span::new(8, 12)));
        assert!(!in_quotation(&quotes, Span::new(11, 19)));
        assert!(!in_quotation(&quotes, Span::new(29, 31)));
        assert!(!in_quotation(&[], Span::new(0, 1)));
    }

    #[test]
    fn real_opinion_text() {
        // 040-commonwealth-v-furr (Mass. 2009): a quotation inside a citation sentence.
        let text = "The judge may decide the motion based solely on the affidavits. \
                    Commonwealth v. Desrosier, 56 Mass. App. Ct. 348, 353-354 (2002), quoting \
                    rule 30 (b). “[J]ustice may not have been done.”";
        assert_eq!(quoted(text), ["“[J]ustice may not have been done.”"]);
        // 002-snyder-v-phelps: nested quotation with straight apostrophes around it.
        let text = "whether the speech is of public concern “ ‘is determined by all the \
                    circumstances of the case.’ ” Dun & Bradstreet's test.";
        assert_eq!(
            quoted(text),
            ["“ ‘is determined by all the circumstances of the case.’ ”"]
        );
    }
}
