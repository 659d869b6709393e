//! Document files named by docket entry:
//! RECAP / Internet Archive `gov.uscourts.caed.316045.34.0.pdf` (also `…34.0_2.pdf`),
//! RECAP "lawyer style" `E.D.Cal._1-17-cv-00693_34_0.pdf`,
//! and the names lawyers give by hand: `ECF 34.pdf`, `Dkt. 34-1.pdf`,
//! `034 - Motion to Preserve.pdf`, `34-1.pdf`.

use std::sync::OnceLock;

use regex::Regex;

use super::entry_number;

/// What a file name says about the docket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedFile {
    pub entry: u32,
    /// `None` for the main document (RECAP's attachment `0`).
    pub attachment: Option<u32>,
    /// A title from the name (`Motion to Preserve`), if any.
    pub title: Option<String>,
}

/// File extensions of filed documents.
pub const DOCUMENT_EXTENSIONS: &[&str] = &["pdf", "txt", "text", "md"];

/// One naming convention: its pattern, with groups `e` (entry), `a` (attachment) and
/// `t`/`t2` (title), and a test on the stem that every name the pattern matches passes.
/// A workspace holds many files (a `plead check` walks it for dockets at start-up) and
/// few are named by docket entry: the test turns most names away before any pattern is
/// compiled (compiling all five cost 17M instructions, most of `plead check`'s start-up
/// after the regular expressions every analysis needs), and each pattern is compiled
/// only once a name could match it.
struct Convention {
    pattern: &'static str,
    may_match: fn(&str) -> bool,
    regex: OnceLock<Regex>,
}

impl Convention {
    const fn new(pattern: &'static str, may_match: fn(&str) -> bool) -> Convention {
        Convention {
            pattern,
            may_match,
            regex: OnceLock::new(),
        }
    }

    #[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
    fn regex(&self) -> &Regex {
        self.regex
            .get_or_init(|| Regex::new(self.pattern).expect("valid regex"))
    }
}

/// Whether `stem` starts with a character `\d` could match (any decimal digit:
/// `is_numeric` takes them all, and more).
fn starts_numeric(stem: &str) -> bool {
    stem.chars().next().is_some_and(char::is_numeric)
}

static CONVENTIONS: [Convention; 5] = [
    // gov.uscourts.caed.316045.34.0.pdf, gov.uscourts.caed.316045.34.0_2.pdf
    Convention::new(
        r"^gov\.uscourts\.[a-z0-9]+\.\d+\.(?P<e>\d{1,6})\.(?P<a>\d{1,4})(?:_\d+)?$",
        |stem| stem.starts_with("gov.uscourts."),
    ),
    // E.D.Cal._1-17-cv-00693_34_0.pdf, 9th-Cir._22-15011_12_0.pdf
    Convention::new(
        r"^[A-Za-z0-9.\-]+_\d[\w\-]*_(?P<e>\d{1,6})_(?P<a>\d{1,4})$",
        |stem| {
            stem.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                && stem.contains('_')
        },
    ),
    // ECF 34, ECF No. 34-1, Dkt. 34, Doc 34 - Motion, D.E. 34; a date may come first.
    // Case folding pairs `d` and `e` with nothing but `D` and `E`.
    Convention::new(
        r"(?i)^(?:\d{4}-\d{2}-\d{2}[\s_-]+)?(?:ECF|Dkt|Doc|D\.?E)\.?(?:\s*No\.?)?[\s_-]*#?[\s_]*(?P<e>\d{1,6})(?:-(?P<a>\d{1,4}))?(?:\s*[-–_:]\s*(?P<t>.+)|\s+(?P<t2>.+))?$",
        |stem| starts_numeric(stem) || stem.starts_with(['d', 'D', 'e', 'E']),
    ),
    // [34] Motion to Preserve, [34-1] Exhibit A
    Convention::new(
        r"^\[(?P<e>\d{1,6})(?:-(?P<a>\d{1,4}))?\](?:\s*[-–_:]?\s*(?P<t>.+))?$",
        |stem| stem.starts_with('['),
    ),
    // 034 - Motion to Preserve, 34-1, 034_Motion
    Convention::new(
        r"^(?P<e>\d{1,6})(?:-(?P<a>\d{1,4}))?(?:\s*[-–_]\s*(?P<t>.*\D.*))?$",
        starts_numeric,
    ),
];

/// Reads a docket entry (and attachment) from a file name, or None if the name
/// does not follow one of the known conventions.
pub fn parse_filename(name: &str) -> Option<NamedFile> {
    let (stem, ext) = name.rsplit_once('.')?;
    if !DOCUMENT_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
        return None;
    }
    let stem = stem.trim();
    for (i, convention) in CONVENTIONS.iter().enumerate() {
        if !(convention.may_match)(stem) {
            continue;
        }
        let Some(c) = convention.regex().captures(stem) else {
            continue;
        };
        let entry = c.name("e").and_then(|m| entry_number(m.as_str()))?;
        let attachment = c
            .name("a")
            .and_then(|m| m.as_str().parse().ok())
            .filter(|&a: &u32| a > 0);
        let title = c
            .name("t")
            .or_else(|| c.name("t2"))
            .map(|m| m.as_str().trim().to_string())
            .filter(|t| !t.is_empty());
        // A bare number (`2019.txt`) is only a docket document as a PDF; with a title or
        // attachment it is clearly one (`034 - Motion.txt`, `34-1.txt`).
        if i == 4 && title.is_none() && attachment.is_none() && !ext.eq_ignore_ascii_case("pdf") {
            return None;
        }
        return Some(NamedFile {
            entry,
            attachment,
            title,
        });
    }
    None
}

/// A PDF saved from PACER under its document id (`03319150123.pdf`, the number in
/// the report's `doc1` link): the entry is found by that id, not by its name.
pub fn pacer_document_id(name: &str) -> Option<&str> {
    let (stem, ext) = name.rsplit_once('.')?;
    (ext.eq_ignore_ascii_case("pdf")
        && (9..=15).contains(&stem.len())
        && stem.bytes().all(|b| b.is_ascii_digit()))
    .then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(entry: u32, attachment: Option<u32>, title: Option<&str>) -> Option<NamedFile> {
        Some(NamedFile {
            entry,
            attachment,
            title: title.map(str::to_string),
        })
    }

    #[test]
    fn every_convention() {
        assert_eq!(
            parse_filename("gov.uscourts.caed.316045.34.0.pdf"),
            named(34, None, None)
        );
        assert_eq!(
            parse_filename("gov.uscourts.caed.316045.34.1.pdf"),
            named(34, Some(1), None)
        );
        assert_eq!(
            parse_filename("gov.uscourts.gand.318833.185.0_2.pdf"),
            named(185, None, None)
        );
        assert_eq!(
            parse_filename("E.D.Cal._1-17-cv-00693_34_0.pdf"),
            named(34, None, None)
        );
        assert_eq!(
            parse_filename("E.D.Cal._1-17-cv-00693_34_2.pdf"),
            named(34, Some(2), None)
        );
        assert_eq!(parse_filename("ECF 34.pdf"), named(34, None, None));
        assert_eq!(parse_filename("ECF No. 34-1.pdf"), named(34, Some(1), None));
        assert_eq!(
            parse_filename("Dkt. 36 - Order.txt"),
            named(36, None, Some("Order"))
        );
        assert_eq!(
            parse_filename("034 - Motion to Preserve.pdf"),
            named(34, None, Some("Motion to Preserve"))
        );
        assert_eq!(parse_filename("34-1.pdf"), named(34, Some(1), None));
        assert_eq!(parse_filename("34.pdf"), named(34, None, None));
        assert_eq!(parse_filename("ECF_34.pdf"), named(34, None, None));
        assert_eq!(parse_filename("ECF-34-1.pdf"), named(34, Some(1), None));
        assert_eq!(
            parse_filename("2018-09-18 ECF 34 Motion.pdf"),
            named(34, None, Some("Motion"))
        );
        assert_eq!(
            parse_filename("[34] Motion to Preserve.pdf"),
            named(34, None, Some("Motion to Preserve"))
        );
        assert_eq!(pacer_document_id("03319150123.pdf"), Some("03319150123"));
        assert_eq!(pacer_document_id("34.pdf"), None);
        assert_eq!(
            parse_filename("036 - Order.txt"),
            named(36, None, Some("Order"))
        );
    }

    #[test]
    fn other_files_are_not_docket_documents() {
        for name in [
            "2019.txt",
            "motion.txt",
            "notes 2019.md",
            "gov.uscourts.azd.null.null.0.pdf",
            "D.Ariz._null_null_0.pdf",
            "98723421.docx",
            "ECF.pdf",
            "34.exe",
            "1234567.pdf",
            "draft-2.md",
        ] {
            assert_eq!(parse_filename(name), None, "{name}");
        }
    }

    /// Names built of the conventions' pieces, with digits and letters of other scripts
    /// (Arabic-Indic digits are `\d`; the long s folds to `s`).
    fn name_pieces() -> impl proptest::strategy::Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "gov.uscourts.",
            "caed",
            ".",
            "316045",
            "34",
            "1",
            "_",
            "-",
            "[",
            "]",
            "ECF",
            "ecf",
            "Dkt",
            "doc",
            "D.E",
            "de",
            " ",
            "No.",
            "2019-01-02",
            "Motion",
            "E.D.Cal.",
            "#",
            ":",
            "–",
            "٣",
            "é",
            "ſ",
            "K",
        ];
        proptest::collection::vec(proptest::sample::select(PIECES), 1..8)
            .prop_map(|pieces| pieces.concat())
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// A convention's test turns no name away that its pattern matches.
        #[test]
        fn tests_pass_every_name_the_patterns_match(stem in name_pieces()) {
            for (i, convention) in CONVENTIONS.iter().enumerate() {
                if convention.regex().is_match(&stem) {
                    proptest::prop_assert!((convention.may_match)(&stem), "{i}: {stem}");
                }
            }
        }
    }
}
