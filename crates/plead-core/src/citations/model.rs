//! The citation model: what the citation engine found in a paragraph
//! ([`ParagraphCitations`]) and how the citations of a document relate
//! ([`Authorities`]). Hover, go-to-definition and the table of authorities
//! build on these types.
//!
//! All spans are LOGICAL byte ranges in the text of the paragraph that holds
//! the citation (`Paragraph::text`); [`Authorities::source_span`] maps one to
//! the source document.

use serde::Serialize;

use crate::analysis::{Analysis, Span};

/// What a citation cites, and in which form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CitationKind {
    /// `Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006)`, also unreported `2013 WL 5811261`.
    FullCase,
    /// `Leon, 464 F.3d at 959` or `464 F.3d at 959`.
    ShortCase,
    /// `Id.`, `Id. at 5`, `id. § 9`.
    Id,
    /// `Am. LegalNet, supra, at 1072`.
    Supra,
    /// `42 U.S.C. § 1983`, `Cal. Civ. Proc. Code § 425.16` (one citation per section).
    Statute,
    /// `28 C.F.R. § 35.130`.
    Regulation,
    /// `Fed. R. Civ. P. 26(b)(1)`, `Local Rule 230(l)`.
    Rule,
    /// A cite to the case's own record: `ECF No. 34 at 3`.
    Record,
    /// Looks like a citation but could not be parsed.
    Unknown,
}

impl CitationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CitationKind::FullCase => "full_case",
            CitationKind::ShortCase => "short_case",
            CitationKind::Id => "id",
            CitationKind::Supra => "supra",
            CitationKind::Statute => "statute",
            CitationKind::Regulation => "regulation",
            CitationKind::Rule => "rule",
            CitationKind::Record => "record",
            CitationKind::Unknown => "unknown",
        }
    }
    /// Whether this form refers back to an earlier citation.
    pub fn is_short_form(self) -> bool {
        matches!(
            self,
            CitationKind::ShortCase | CitationKind::Id | CitationKind::Supra
        )
    }
}

/// An introductory signal (Bluebook R1.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    /// `E.g.,`
    Eg,
    Accord,
    See,
    SeeEg,
    SeeAlso,
    Cf,
    Compare,
    With,
    Contra,
    ButSee,
    ButCf,
    SeeGenerally,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Signal {
    pub kind: SignalKind,
    /// The signal as written, including a trailing comma if any (`See,`).
    pub span: Span,
}

/// What a parenthetical after a citation says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParentheticalKind {
    /// `(9th Cir. 2006)`, `(2009)`, `(Oct. 30, 2013)`.
    CourtYear,
    /// `(en banc)`, `(per curiam)`, `(Marshall, J., dissenting)`, `(plurality opinion)`.
    Weight,
    /// `(emphasis added)`, `(citation omitted)`, `(cleaned up)`, `(internal quotation marks omitted)`.
    Alteration,
    /// `(quoting …)`: holds a nested citation.
    Quoting,
    /// `(citing …)`: holds a nested citation.
    Citing,
    /// `(holding that …)` and any other explanation.
    Explanatory,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Parenthetical {
    pub kind: ParentheticalKind,
    /// Including the parentheses (or brackets).
    pub span: Span,
    /// Whether the closing parenthesis was found.
    pub closed: bool,
    /// Written in square brackets, as New York official style writes dates and
    /// explanations (`[1986]`, `[2d Dept 2010]`, `[emphasis added]`).
    pub bracket: bool,
}

/// A pin cite: `1071`, `135-36`, `285 n.4`, `*3`, `§ 9`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Pin {
    pub span: Span,
}

/// Subsequent history: `aff'd`, `rev'd`, `abrogated on other grounds by`, `cert. denied`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct History {
    /// The history phrase (`aff'd`); the cited decision follows as its own citation.
    pub span: Span,
}

/// One citation found in a paragraph. Spans are logical offsets in that
/// paragraph; the `*_text` accessors slice [`Citation::text`].
///
/// For statutes, regulations and rules the case fields are reused:
/// `volume` = title (`42`), `reporter` = code as written (`U.S.C.`,
/// `Fed. R. Civ. P.`), `reporter_standard` = its standard form, `section` =
/// the section or rule number (`1983`, `26(b)(1)`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Citation {
    pub kind: CitationKind,
    /// The whole citation, from the case name (not the signal) to the end of
    /// its last parenthetical or subsequent-history phrase.
    pub span: Span,
    /// The text of `span` as written.
    pub text: String,
    pub signal: Option<Signal>,
    pub case_name: Option<Span>,
    /// The `v.`/`vs.`/`v` between the parties, if any.
    pub versus: Option<Span>,
    pub volume: Option<Span>,
    pub reporter: Option<Span>,
    /// The standard (Bluebook/reporters-db) form of the reporter or code, if known.
    pub reporter_standard: Option<&'static str>,
    pub page: Option<Span>,
    /// Statute section / rule number (without `§`).
    pub section: Option<Span>,
    pub pins: Vec<Pin>,
    /// Court abbreviation from the court/year parenthetical, as written.
    pub court: Option<Span>,
    pub year: Option<u16>,
    pub year_span: Option<Span>,
    /// All parentheticals of the citation in text order. The court/year one may come
    /// before the volume (California style: `Baral v. Schnitt (2016) 1 Cal.5th 376`) or
    /// in brackets after it (New York style: `68 NY2d 320 [1986]`).
    pub parentheticals: Vec<Parenthetical>,
    pub history: Vec<History>,
    /// Index (in this paragraph's list) of the citation whose `(quoting …)` or
    /// explanatory parenthetical holds this one.
    pub nested_in: Option<usize>,
    /// Index of the first citation of a parallel group (`556 U.S. 662, 129 S. Ct. 1937`):
    /// parallel citations are one authority.
    pub parallel_to: Option<usize>,
    /// Index of the citation whose subsequent history (`aff'd,`) introduces this one.
    pub history_of: Option<usize>,
    /// Cited inside the `(citing …)` or `(quoting …)` parenthetical of a reference that
    /// is no citation of this paragraph (`Pet. App. 5a (citing Paroline v. United States,
    /// 572 U.S. 434 (2014); …)`, `Id. at 43a (citing …)`): the writer cites that
    /// reference, and an `Id.` after it refers to it, not to these.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub within_other_parenthetical: bool,
    /// Citation clauses in a paragraph are numbered; citations of one string cite
    /// (separated by `;`) share the number. `Id.` after a clause that cites several
    /// authorities is ambiguous.
    pub clause: u32,
    /// The sentence before the citation in the same paragraph: what it is cited for.
    pub proposition: Option<Span>,
    /// A public-domain (neutral) citation: the year is the volume and the reporter
    /// names the court (`2011-Ohio-4215`, `2012 IL 107821`, `T.C. Memo. 2019-233`),
    /// so it carries its own date (Bluebook R10.3.3).
    pub neutral: bool,
    /// The district, county and docket number an Ohio appellate decision is cited by
    /// before its public-domain citation (`State v. Smith, 8th Dist. Cuyahoga No. 98292,
    /// 2013-Ohio-1234`), or the pre-2002 `Cuyahoga App. No. 81234`: not part of the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub designation: Option<Span>,
}

/// Whether a volume or page is left blank (`___`, `—`, `----`), as slip opinions are cited.
pub fn is_blank_number(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '_' | '-' | '\u{2014}' | '\u{2013}'))
}

impl Citation {
    /// The text of a logical span that lies inside this citation.
    pub fn slice(&self, span: Span) -> &str {
        let start = span.start.saturating_sub(self.span.start);
        let end = span.end.saturating_sub(self.span.start);
        self.text.get(start..end).unwrap_or("")
    }
    fn opt(&self, span: Option<Span>) -> Option<&str> {
        span.map(|s| self.slice(s))
    }
    pub fn case_name_text(&self) -> Option<&str> {
        self.opt(self.case_name)
    }
    pub fn volume_text(&self) -> Option<&str> {
        self.opt(self.volume)
    }
    pub fn reporter_text(&self) -> Option<&str> {
        self.opt(self.reporter)
    }
    pub fn page_text(&self) -> Option<&str> {
        self.opt(self.page)
    }
    pub fn section_text(&self) -> Option<&str> {
        self.opt(self.section)
    }
    pub fn court_text(&self) -> Option<&str> {
        self.opt(self.court)
    }
    /// All pins joined as written (`1071, 1073`), if any.
    pub fn pin_text(&self) -> Option<String> {
        if self.pins.is_empty() {
            return None;
        }
        Some(
            self.pins
                .iter()
                .map(|p| self.slice(p.span))
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
    /// The text of a parenthetical without its parentheses.
    pub fn parenthetical_text(&self, p: &Parenthetical) -> &str {
        let inner = Span::new(
            p.span.start + 1,
            if p.closed { p.span.end - 1 } else { p.span.end },
        );
        self.slice(inner)
    }
    /// `Fraser, 478 U.S. 675`: a short case name, volume, reporter and one number
    /// without `at`, nothing after. The number is either the decision's first page
    /// (a citation of the whole decision) or a pin missing its `at`; only the
    /// document pass, which knows the earlier citations, can tell. Returns the number.
    pub fn bare_number(&self) -> Option<Span> {
        if self.kind != CitationKind::ShortCase || self.page.is_some() || self.pins.len() != 1 {
            return None;
        }
        let (reporter, pin) = (self.reporter?, self.pins[0].span);
        let between = self.slice(Span::new(reporter.end, pin.start));
        (!between.contains("at")).then_some(pin)
    }
    /// Whether the volume or the page is left blank (`___ U.S. ___`, `549 U. S. ___`): the
    /// citation names no particular decision, so it cannot key an authority.
    pub fn has_blank_number(&self) -> bool {
        self.volume_text().is_some_and(is_blank_number)
            || self.page_text().is_some_and(is_blank_number)
    }
    /// The court/year parenthetical, wherever it is written (after the citation, in
    /// brackets, or before the volume).
    pub fn date_parenthetical(&self) -> Option<&Parenthetical> {
        self.parentheticals
            .iter()
            .find(|p| p.kind == ParentheticalKind::CourtYear)
    }
    /// The reporter in standard form, or as written when unknown.
    pub fn reporter_display(&self) -> Option<&str> {
        self.reporter_standard.or_else(|| self.reporter_text())
    }
}

/// The citations of the parallel group whose first citation is `root`
/// (`213 Conn. 233, 567 A.2d 823 (1989)`, `556 U.S. 662, 129 S. Ct. 1937`): one
/// authority, cited in several reporters, with one court/date parenthetical
/// (usually after the last). `root` first, then the others in text order.
pub fn parallel_group(cites: &[Citation], root: usize) -> impl Iterator<Item = usize> + '_ {
    let members = (root + 1..cites.len())
        .take_while(move |&k| {
            cites[k].parallel_to == Some(root) || cites[k].nested_in.is_some_and(|n| n >= root)
        })
        .filter(move |&k| cites[k].parallel_to == Some(root));
    std::iter::once(root).chain(members)
}

/// The citations of one paragraph, in text order (a nested citation follows the
/// one that holds it). Stored by the citation analyzer in `ParagraphFacts::ext`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ParagraphCitations(pub Vec<Citation>);

/// A cite found by another analyzer that an `Id.` may refer to (a record cite
/// such as `ECF No. 34 at 3`). Another analyzer may store these in
/// `ParagraphFacts::ext` as [`AntecedentCandidates`]; when a paragraph has none,
/// the citation engine detects `ECF No.`/`Dkt.`/`Doc.` cites itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AntecedentCandidate {
    pub span: Span,
    /// What the cite refers to, e.g. `ECF No. 34`; cites with equal labels are one authority.
    pub label: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AntecedentCandidates(pub Vec<AntecedentCandidate>);

/// Which citation a document-level entry is: paragraph index and index into that
/// paragraph's [`ParagraphCitations`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct CitationAt {
    pub paragraph: usize,
    pub index: usize,
}

/// Index into [`Authorities::authorities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct AuthorityId(pub usize);

/// How a short form was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// A full citation (nothing to resolve).
    Full,
    /// Linked to `antecedent`.
    Resolved,
    /// No earlier citation fits.
    NoAntecedent,
    /// `Id.` after a string cite of several authorities.
    Ambiguous,
}

/// One citation of the document, in document order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CitationRef {
    pub at: CitationAt,
    pub kind: CitationKind,
    /// Logical span in paragraph `at.paragraph`.
    pub span: Span,
    /// Index into [`Authorities::citations`] of the citation a short form refers to.
    pub antecedent: Option<usize>,
    pub resolution: Resolution,
    pub authority: Option<AuthorityId>,
}

/// What kind of authority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorityKind {
    Case,
    Statute,
    Regulation,
    Rule,
    Record,
}

/// One authority (a decision, a statute section, a rule, a record document) and
/// every citation of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Authority {
    pub id: AuthorityId,
    pub kind: AuthorityKind,
    /// Display name: the case name of the first full citation (`Leon v. IDX Systems Corp.`),
    /// or the normalized cite of a statute/rule (`42 U.S.C. § 1983`).
    pub name: String,
    /// Normalized reporter cites (`464 F.3d 951`), one per parallel citation.
    pub reporter_cites: Vec<String>,
    /// Indices into [`Authorities::citations`], in document order.
    pub citations: Vec<usize>,
    /// The first full citation, if any.
    pub full: Option<usize>,
}

/// The document's authority model, stored in `DocumentFacts::ext`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Authorities {
    pub citations: Vec<CitationRef>,
    /// Shared: a run whose citations did not change in substance reuses the previous
    /// run's authorities (see `resolve::resolve_reusing`).
    pub authorities: std::sync::Arc<Vec<Authority>>,
}

impl Authorities {
    /// The authority model of an analysis (None if the citation analyzer did not run).
    pub fn of(analysis: &Analysis) -> Option<&Authorities> {
        analysis.facts.ext.get::<Authorities>()
    }
    /// The parsed citation behind entry `i`.
    pub fn citation<'a>(&self, analysis: &'a Analysis, i: usize) -> Option<&'a Citation> {
        let at = self.citations.get(i)?.at;
        analysis
            .paragraphs
            .get(at.paragraph)?
            .ext
            .get::<ParagraphCitations>()?
            .0
            .get(at.index)
    }
    /// Source byte span of entry `i`.
    pub fn source_span(&self, analysis: &Analysis, i: usize) -> Option<Span> {
        let c = self.citations.get(i)?;
        analysis
            .document
            .paragraphs
            .get(c.at.paragraph)
            .map(|p| p.to_source(c.span))
    }
    /// Source byte span of any logical span of paragraph `paragraph`.
    pub fn source_span_of(analysis: &Analysis, paragraph: usize, span: Span) -> Option<Span> {
        analysis
            .document
            .paragraphs
            .get(paragraph)
            .map(|p| p.to_source(span))
    }
    /// The innermost citation entry at a logical offset of a paragraph (cursor semantics).
    pub fn at(&self, paragraph: usize, offset: usize) -> Option<usize> {
        let first = self
            .citations
            .partition_point(|c| c.at.paragraph < paragraph);
        self.citations[first..]
            .iter()
            .take_while(|c| c.at.paragraph == paragraph)
            .enumerate()
            .filter(|(_, c)| c.span.touches(offset))
            .min_by_key(|(_, c)| c.span.len())
            .map(|(k, _)| first + k)
    }
    /// The authority entry `i` cites (following short forms).
    pub fn authority_of(&self, i: usize) -> Option<&Authority> {
        let id = self.citations.get(i)?.authority?;
        self.authorities.get(id.0)
    }
    /// The full citation a short form ultimately refers to.
    pub fn full_citation_of(&self, i: usize) -> Option<usize> {
        self.authority_of(i).and_then(|a| a.full)
    }
}
