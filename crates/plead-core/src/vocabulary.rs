//! The shared vocabulary every layer speaks: spans, severities, rules, findings and fixes.
//! At the bottom of the house beside `text`: it imports nothing of plead.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)`.
///
/// Inside an analyzer it is relative to the paragraph's logical text; once the
/// pipeline has mapped it back it is relative to the source document.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when `offset` lies inside the span or touches its end (cursor semantics).
    pub fn touches(&self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn shift(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
    Hint,
}

impl Severity {
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Hint => "hint",
        }
    }
}

/// A fix's edits: nearly always one, kept inline (no allocation).
pub type Edits = smallvec::SmallVec<[Edit; 1]>;

/// A finding's fixes: nearly always none or one, kept inline. The pipeline copies every
/// finding into each new version's list (thousands per keystroke on a long brief); with
/// the fix and its edit inline, a copy allocates nothing.
pub type Fixes = smallvec::SmallVec<[Fix; 1]>;

/// Replace the text in `span` with `new_text`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub span: Span,
    pub new_text: std::sync::Arc<str>,
}

/// A mechanical correction offered as a quick fix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    /// Shared, like [`Finding::message`]: fixes are handed on to every new version.
    pub title: std::sync::Arc<str>,
    pub edits: Edits,
    /// The safe, obvious fix (LSP `isPreferred`); at most one per finding.
    pub preferred: bool,
}

impl Fix {
    /// The common case: replace the finding's own span.
    pub fn replace(span: Span, new_text: impl Into<std::sync::Arc<str>>, preferred: bool) -> Fix {
        let new_text = new_text.into();
        Fix {
            title: format!("Replace with “{new_text}”").into(),
            edits: Edits::from_buf([Edit { span, new_text }]),
            preferred,
        }
    }
}

/// One problem found in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub span: Span,
    /// `family/rule`, e.g. `citation/reporter-form`; must be listed in the analyzer's `rules()`.
    pub code: &'static str,
    pub severity: Severity,
    /// Shared, not copied: the pipeline hands every cached finding to each new version
    /// of the document, thousands per keystroke on a long brief.
    pub message: std::sync::Arc<str>,
    pub fixes: Fixes,
}

impl Finding {
    pub fn new(span: Span, rule: &Rule, message: impl Into<std::sync::Arc<str>>) -> Finding {
        Finding {
            span,
            code: rule.code,
            severity: rule.default_severity,
            message: message.into(),
            fixes: Fixes::new(),
        }
    }
    pub fn with_fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }
    pub fn family(&self) -> &'static str {
        family_of(self.code)
    }
}

pub fn family_of(code: &str) -> &str {
    code.split('/').next().unwrap_or(code)
}

/// A rule an analyzer can report; the table of all rules drives configuration and docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub code: &'static str,
    pub default_severity: Severity,
    /// One line, shown in the README rule list and in `plead rules`.
    pub summary: &'static str,
    /// Whether the rule also checks quoted text. Quoted text is the source's words,
    /// reproduced as written, and a citation inside a quotation is the quoted source's:
    /// typo, style and citation-form rules leave it alone (the default); a rule that
    /// checks facts (does the docket have this entry?) reads quotations too.
    pub checks_quoted_text: bool,
}

impl Rule {
    pub const fn new(
        code: &'static str,
        default_severity: Severity,
        summary: &'static str,
    ) -> Rule {
        Rule {
            code,
            default_severity,
            summary,
            checks_quoted_text: false,
        }
    }

    /// The rule checks quoted text as well (see [`Rule::checks_quoted_text`]).
    pub const fn checking_quoted_text(self) -> Rule {
        Rule {
            checks_quoted_text: true,
            ..self
        }
    }
}

/// The citation styles' table (`data/citation_styles.toml`), read by `citations::style`:
/// one section per style, whose name is the style's key.
pub const CITATION_STYLES_TOML: &str = include_str!("../data/citation_styles.toml");

/// The styles' keys in the table's order (`bluebook`, `california`, `new-york`, …): the
/// values `citations.style` takes besides `auto`. Here, below both, so the settings can
/// be checked against the table that `citations::style` reads.
pub fn citation_style_names() -> &'static [String] {
    static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
        toml::from_str::<SectionNames>(CITATION_STYLES_TOML)
            .map(|names| names.0)
            .unwrap_or_default()
    });
    &NAMES
}

/// A TOML file's top-level section names, in the file's order.
struct SectionNames(Vec<String>);

impl<'de> Deserialize<'de> for SectionNames {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct InOrder;
        impl<'de> serde::de::Visitor<'de> for InOrder {
            type Value = SectionNames;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of sections")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SectionNames, A::Error> {
                let mut names = Vec::new();
                while let Some((name, _)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                    names.push(name);
                }
                Ok(SectionNames(names))
            }
        }
        deserializer.deserialize_map(InOrder)
    }
}
