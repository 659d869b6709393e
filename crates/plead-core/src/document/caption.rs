//! The caption of a pleading: court, parties, case number, title, ECF reference.

use crate::vocabulary::Span;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Caption {
    /// e.g. "UNITED STATES DISTRICT COURT, EASTERN DISTRICT OF CALIFORNIA"
    pub court: Option<String>,
    /// Names as written, without roles: ["SHAJIA AYOBI"]
    pub plaintiffs: Vec<String>,
    /// ["DERRAL G. ADAMS"] ("et al." dropped)
    pub defendants: Vec<String>,
    /// e.g. "1:17-cv-00693-DAD-SAB"
    pub case_number: Option<String>,
    /// e.g. "ORDER DENYING PLAINTIFF'S MOTION TO PRESERVE AND PRODUCE EVIDENCE"
    pub title: Option<String>,
    /// Record references in the caption, as written, with their source spans: "[ECF No. 34]"
    pub record_refs: Vec<(String, Span)>,
    /// Source range of the whole caption block.
    pub span: Span,
}

impl Caption {
    /// Every word of every party name, for spell checking ("SHAJIA", "AYOBI", "DERRAL"…).
    pub fn party_words(&self) -> impl Iterator<Item = &str> {
        self.plaintiffs
            .iter()
            .chain(self.defendants.iter())
            .flat_map(|n| n.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
            .filter(|w| !w.is_empty())
    }
}

use std::sync::LazyLock;

use regex::Regex;

use super::parse::Line;

#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:\d:)?\d{2}[- ]?(?:cv|cr|mc|mj|po|bk|ap)[- ]?\d{3,5}(?:-[A-Z]{2,4})*(?: ?\((?:[A-Z]{2,4})\))?")
        .expect("valid regex")
});
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static RECORD_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\[(](?:ECF|Docs?\.|Dkt\.|D\.E\.)[^\])\n]*[\])]").expect("valid regex")
});
/// Whether `s` names a court: `COURT`, `DISTRICT OF`, `CIRCUIT` or `COUNTY OF` as words,
/// in any ASCII case (the pattern `(?i-u)\b(?:COURT|DISTRICT OF|CIRCUIT|COUNTY OF)\b`,
/// read by hand: compiling it cost 1.5M instructions at start-up).
fn names_a_court(s: &str) -> bool {
    const WORDS: [&[u8]; 4] = [b"court", b"district of", b"circuit", b"county of"];
    let b = s.as_bytes();
    // ASCII word characters, as `(?-u:\b)` reads them.
    let word_at = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    (0..b.len()).any(|i| {
        (i == 0 || !word_at(i - 1))
            && WORDS.iter().any(|w| {
                b.get(i..i + w.len())
                    .is_some_and(|found| found.eq_ignore_ascii_case(w))
                    && !word_at(i + w.len())
            })
    })
}
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static PARTY_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s*(?:et al\.,?)?\s*,?\s*(Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)\.?,?\s*$")
        .expect("valid regex")
});
/// A pleading paper's line numbers before the text (`GUTTER_PREFIX`, a pattern asked
/// only of lines [`may_start_with_gutter`]: most documents have none, and the pattern
/// cost 1.0M instructions to compile).
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static GUTTER_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ ]{0,3}\d{1,2}(?:[ ]+\d{1,2})*(?:\t|[ ]{2,}|[ ]?$)").expect("valid regex")
});

/// What every line [`GUTTER_PREFIX`] matches has: at most three spaces, then a digit
/// (`is_numeric` takes every digit `\d` does).
fn may_start_with_gutter(line: &str) -> bool {
    let spaces = line.bytes().take_while(|&b| b == b' ').count();
    spaces <= 3 && line[spaces..].chars().next().is_some_and(char::is_numeric)
}

/// Where [`GUTTER_PREFIX`] ends its match at the start of `line`, if it matches. An
/// ASCII line is read by hand as the pattern reads it (leftmost-first: as many further
/// numbers as lead to a match, then the first ending that matches: a tab, two spaces or
/// more, or at most one space and the end); a line with another character, which may be
/// a Unicode digit, goes to the pattern. Pleading paper numbers every caption line.
fn gutter_prefix_end(line: &str) -> Option<usize> {
    if !line.is_ascii() {
        return GUTTER_PREFIX.find(line).map(|m| m.end());
    }
    let b = line.as_bytes();
    let lead = spaces(b, 0);
    if lead > 3 {
        return None;
    }
    let d = digits(b, lead);
    if d == 0 {
        return None;
    }
    gutter_prefix_from(b, lead + d)
}

/// The spaces of `b` from `at`.
fn spaces(b: &[u8], at: usize) -> usize {
    b[at..].iter().take_while(|&&c| c == b' ').count()
}

/// The ASCII digits of `b` from `at`, at most two: `\d{1,2}` takes two when there are
/// (with one, the next character is a digit, which nothing after it in the pattern can
/// match).
fn digits(b: &[u8], at: usize) -> usize {
    b[at..]
        .iter()
        .take(2)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// The end of a [`GUTTER_PREFIX`] match in the ASCII line `b` whose numbers so far end
/// at `at`: a further ` number` when a match follows it, else the first ending there.
fn gutter_prefix_from(b: &[u8], at: usize) -> Option<usize> {
    let s = spaces(b, at);
    if s > 0 {
        let d = digits(b, at + s);
        if d > 0 {
            if let Some(end) = gutter_prefix_from(b, at + s + d) {
                return Some(end);
            }
        }
    }
    if b.get(at) == Some(&b'\t') {
        Some(at + 1)
    } else if s >= 2 {
        Some(at + s)
    } else if at + s == b.len() {
        Some(b.len())
    } else {
        None
    }
}

/// Finds the caption in the first lines of a pleading: the court title, then a
/// block whose left column (parties) is closed by `)` and whose right column holds
/// the case number and the document title.
pub(super) fn extract_caption(text: &str, lines: &[Line]) -> Option<Caption> {
    let head: Vec<(usize, &str, usize)> = lines
        .iter()
        .take(80)
        // Caption lines are short; long lines are body text.
        .filter(|l| l.end - l.start <= 240)
        .map(|l| {
            let raw = &text[l.start..l.end];
            let skip = if may_start_with_gutter(raw) {
                gutter_prefix_end(raw).unwrap_or(0)
            } else {
                0
            };
            (l.start + skip, &raw[skip..], l.end)
        })
        .collect();
    let case_line = head
        .iter()
        .position(|(_, s, _)| s.contains("Case No") || CASE_NUMBER.is_match(s))?;
    // The court title: the nearest lines above the case number that name a court.
    let mut court_lines = Vec::new();
    let mut first = case_line;
    for i in (0..case_line).rev().take(12) {
        let s = head[i].1.trim();
        if names_a_court(s)
            && s.chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase())
        {
            court_lines.push(i);
            first = i;
        }
    }
    court_lines.reverse();
    // The block: from the court title to the last line of the `)` column.
    let mut last = case_line;
    for (i, (_, s, _)) in head.iter().enumerate().skip(case_line) {
        if s.contains(')') || s.trim().is_empty() {
            if s.contains(')') {
                last = i;
            }
            if i > last + 2 {
                break;
            }
        } else {
            break;
        }
    }
    let mut left = String::new();
    let mut right = String::new();
    for (_, s, _) in &head[first..=last] {
        if let Some(p) = s.find(')') {
            left.push_str(s[..p].trim());
            left.push(' ');
            right.push_str(s[p..].trim_start_matches([')', ' ', '\t', '\\']).trim());
            right.push(' ');
        }
    }
    let court = if court_lines.is_empty() {
        None
    } else {
        Some(
            court_lines
                .iter()
                .map(|&i| collapse_ws(head[i].1.trim()))
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    let (plaintiffs, defendants) = parse_parties(&left);
    let case_number = CASE_NUMBER
        .find(&right)
        .map(|m| m.as_str().trim().to_string());
    let mut record_refs = Vec::new();
    for (start, s, _) in &head[first..=last] {
        for m in RECORD_REF.find_iter(s) {
            record_refs.push((
                m.as_str().to_string(),
                Span::new(start + m.start(), start + m.end()),
            ));
        }
    }
    let title = title_from(&right);
    Some(Caption {
        court,
        plaintiffs,
        defendants,
        case_number,
        title,
        record_refs,
        span: Span::new(head[first].0, head[last].2),
    })
}

/// `s`'s words joined by one space (what `split_whitespace` and `join(" ")` give), written
/// into one `String`: the two-step form built a `Vec` and a `String` for each of the
/// caption's party lists and cost ~4k instructions a call.
fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// "SHAJIA AYOBI, Plaintiff, v. DERRAL G. ADAMS, et al., Defendants." → (["SHAJIA AYOBI"], ["DERRAL G. ADAMS"])
fn parse_parties(left: &str) -> (Vec<String>, Vec<String>) {
    let left = collapse_ws(&left.replace(['_', '\\'], " "));
    let (p, d) = match left
        .find(" v. ")
        .or_else(|| left.find(" vs. "))
        .or_else(|| left.find(" v "))
    {
        Some(i) => (&left[..i], &left[i..]),
        None => (left.as_str(), ""),
    };
    let clean = |s: &str| -> Vec<String> {
        let s = s
            .trim()
            .trim_start_matches("vs.")
            .trim_start_matches("v.")
            .trim_start_matches("v ");
        let role = &*PARTY_ROLE;
        let s = role.replace(s.trim(), "");
        let s = s.trim().trim_end_matches(',').trim();
        let s = s
            .trim_end_matches("et al.")
            .trim()
            .trim_end_matches(',')
            .trim();
        s.split(';')
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect()
    };
    (clean(p), clean(d))
}

fn title_from(right: &str) -> Option<String> {
    let right = collapse_ws(right);
    let after_number = CASE_NUMBER.find(&right).map_or(0, |m| m.end());
    let rest = right[after_number..].trim_start_matches([')', ' ', '(']);
    let rest = rest
        .trim_start_matches("PC)")
        .trim_start_matches("HC)")
        .trim();
    let end = rest.find(['[', '(']).unwrap_or(rest.len());
    let title = rest[..end]
        .trim()
        .trim_matches(|c: char| c == ')' || c == ' ' || c == '\\');
    (!title.is_empty()).then(|| collapse_ws(title))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-`String` join equals `split_whitespace` joined by a space on every line and
    /// every blank-line block of the fixture opinions (tabs, runs of spaces, non-breaking
    /// and other Unicode spaces included).
    #[test]
    fn collapse_ws_equals_split_and_join_on_the_fixture_opinions() {
        let mut compared = 0;
        for text in crate::test_fixtures::opinions() {
            for piece in text.lines().chain(text.split("\n\n")) {
                let want = piece.split_whitespace().collect::<Vec<_>>().join(" ");
                assert_eq!(collapse_ws(piece), want, "{piece:?}");
                compared += 1;
            }
        }
        for piece in ["", "  ", "\u{a0}a\u{2003} b\t\tc \n", "a"] {
            let want = piece.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_ws(piece), want, "{piece:?}");
        }
        assert!(compared > 10_000, "{compared}");
    }

    /// The hand-read gutter prefix ends where the pattern's match ends, on every line of up
    /// to seven characters from spaces, a tab, two digits and a letter.
    #[test]
    fn gutter_prefix_by_hand_agrees_on_every_short_line() {
        let alphabet = [' ', '\t', '1', '2', 'a'];
        let mut lines = vec![String::new()];
        let mut matched = 0;
        for _ in 0..7 {
            lines = lines
                .iter()
                .flat_map(|l| alphabet.iter().map(move |c| format!("{l}{c}")))
                .collect();
            for line in &lines {
                let want = GUTTER_PREFIX.find(line).map(|m| m.end());
                assert_eq!(gutter_prefix_end(line), want, "{line:?}");
                matched += usize::from(want.is_some());
            }
        }
        assert!(matched > 1_000, "{matched}");
    }

    proptest::proptest! {
        /// The hand-read court words find what the pattern found, and the test before the
        /// gutter pattern turns no line away that it matches.
        #[test]
        fn court_words_and_gutter_test_agree_with_the_patterns(
            pieces in proptest::collection::vec(
                proptest::sample::select(&[
                    "COURT", "court", "Courts", "DISTRICT OF", "district  of", "CIRCUIT",
                    "cIrCuIt", "COUNTY OF", "COUNTYOF", "_", " ", "  ", "\t", "1", "12", "٣",
                    "é", "x", "-", "(", "Courthouse", "ſ",
                ][..]),
                0..8,
            )
        ) {
            #[allow(clippy::expect_used)]
            let court = Regex::new(r"(?i-u)\b(?:COURT|DISTRICT OF|CIRCUIT|COUNTY OF)\b")
                .expect("valid regex");
            let line = pieces.concat();
            proptest::prop_assert_eq!(names_a_court(&line), court.is_match(&line), "{}", line);
            if GUTTER_PREFIX.is_match(&line) {
                proptest::prop_assert!(may_start_with_gutter(&line), "{}", line);
            }
        }

        /// The hand-read gutter prefix ends where the pattern's match ends.
        #[test]
        fn gutter_prefix_by_hand_agrees_with_the_pattern(
            pieces in proptest::collection::vec(
                proptest::sample::select(&[" ", "  ", "\t", "1", "12", "123", "x", "٣", ""][..]),
                0..10,
            )
        ) {
            let line = pieces.concat();
            proptest::prop_assert_eq!(
                gutter_prefix_end(&line),
                GUTTER_PREFIX.find(&line).map(|m| m.end()),
                "{:?}", line
            );
        }

        /// Lines shaped as pleading paper's: spaces, line numbers, the text.
        #[test]
        fn gutter_test_passes_every_numbered_line(
            spaces in 0usize..6,
            number in proptest::sample::select(&["1", "12", "٣", "1 2", "x"][..]),
            rest in proptest::sample::select(&["\tText", "  Text", " ", "", " Text"][..]),
        ) {
            let line = format!("{}{number}{rest}", " ".repeat(spaces));
            if GUTTER_PREFIX.is_match(&line) {
                proptest::prop_assert!(may_start_with_gutter(&line), "{}", line);
            }
        }
    }
}
