//! Bluebook form checks, one module per family. Paragraph checks see one
//! paragraph's citations; `document` checks see the resolved authority model.

mod case_name;
mod court;
mod date;
pub mod document;
mod form;
mod neutral;
mod pages;
mod placeholder;
mod reporter;
mod statute;

use crate::analysis::{Finding, Fix, Rule, Severity, Span};
use crate::config::CitationsConfig;

use super::model::Citation;
use super::style::{Style, StyleId};

macro_rules! rules {
    ($($name:ident = $code:literal, $sev:ident, $summary:literal;)*) => {
        $(pub(crate) const $name: Rule = Rule::new($code, Severity::$sev, $summary);)*
        /// Every rule the citation analyzer reports.
        pub static RULES: &[Rule] = &[$($name),*];
    };
}

rules! {
    REPORTER_UNKNOWN = "citation/reporter-unknown", Warning, "Reporter abbreviation not found in the reporter table (Bluebook T1)";
    REPORTER_FORM = "citation/reporter-form", Warning, "Reporter abbreviation not in the style's form, e.g. F.Supp.2d → F. Supp. 2d (Bluebook R6.1(a), T1), Cal. App. 4th → Cal.App.4th (California), N.Y.2d → NY2d (New York)";
    CASE_NAME_ABBREVIATION = "citation/case-name-abbreviation", Warning, "Word in a cited case name takes its T6 abbreviation, e.g. Systems → Sys. (Bluebook R10.2.2, T6)";
    VERSUS = "citation/versus", Warning, "Parties are separated by “v.” (Bluebook R10.2.1, California style) or “v” (New York style), not “vs.”";
    COURT_YEAR_MISSING = "citation/court-year-missing", Warning, "Full case citation without its court and year where the style puts them (Bluebook R10.4, R10.5; California and New York styles)";
    DATE_FORM = "citation/date-form", Warning, "Date not where the style puts it: (9th Cir. 2006) after the citation (Bluebook), (2016) before the volume (California), [1986] in brackets (New York)";
    PARALLEL_FORM = "citation/parallel-form", Warning, "Parallel citations in brackets after the official one in California style: 1 Cal.5th 376 [205 Cal.Rptr.3d 475]; within parentheses, explanations too: ($15,000) → [$15,000]";
    PIN_FORM = "citation/pin-form", Warning, "Pin cites in short forms: at p. 384 in California style, at 384 in Bluebook and New York style (Bluebook R3.2(a))";
    NEUTRAL_FORM = "citation/neutral-form", Warning, "Public-domain citation not in its state's form, e.g. 2011 Ohio 4215 → 2011-Ohio-4215, pinpointed by paragraph (¶ 27) (Bluebook R10.3.3)";
    COURT_MISSING = "citation/court-missing", Warning, "Court omitted although the reporter does not identify it, e.g. F.3d needs a circuit (Bluebook R10.4)";
    COURT_IMPLIED = "citation/court-implied", Warning, "Court named although the reporter identifies it, e.g. (U.S. 2009) (Bluebook R10.4)";
    COURT_FORMAT = "citation/court-format", Warning, "Court abbreviation or date malformed, e.g. C.D.Cal. → C.D. Cal., Cir.2006 → Cir. 2006 (Bluebook T1, T7, R6.1)";
    COURT_UNKNOWN = "citation/court-unknown", Warning, "Court abbreviation not recognized (Bluebook T1, T7)";
    COURT_REPORTER = "citation/court-reporter", Warning, "Court inconsistent with the reporter, e.g. F.3d with a district court (Bluebook T1)";
    YEAR_RANGE = "citation/year-range", Warning, "Year outside the reporter's years of publication (Bluebook T1)";
    YEAR_FUTURE = "citation/year-future", Error, "Decision year lies in the future (Bluebook R10.5)";
    PIN_BEFORE_PAGE = "citation/pin-before-page", Error, "Pin cite lies before the first page of the decision (Bluebook R3.2)";
    PAGE_RANGE = "citation/page-range", Info, "Page range repeats digits: drop all but the last two, e.g. 135-136 → 135–36 (Bluebook R3.2(a))";
    SHORT_FORM_ANTECEDENT = "citation/short-form-antecedent", Warning, "Short form without an earlier full citation of the authority (Bluebook R10.9)";
    SHORT_FORM_AT = "citation/short-form-at", Warning, "Short form pin cite needs “at”: Name, 477 U.S. at 250 (Bluebook R10.9)";
    ID_PERIOD = "citation/id-period", Warning, "“Id.” takes a period (Bluebook R4.1)";
    ID_FORM = "citation/id-form", Warning, "“Id.” misread or misspelled, e.g. OCR's !d. → Id. (Bluebook R4.1)";
    ID_ANTECEDENT = "citation/id-antecedent", Warning, "“Id.” without a single preceding authority (Bluebook R4.1)";
    SUPRA_CASE = "citation/supra-case", Warning, "“supra” is not used for cases in the Bluebook; use a short form (Bluebook R4.2, R10.9); California's short form puts it before the volume (Robinson, supra, 106 Cal.App.5th at p. 869)";
    SIGNAL_COMMA = "citation/signal-comma", Warning, "Signal not in the style's form: no comma after one other than e.g., “See, e.g.,” (Bluebook R1.2, B1.2), “see e.g.” (New York), lower case inside a string citation";
    PARENTHESES = "citation/parentheses", Error, "Unbalanced parentheses in a citation";
    SECTION_SIGN = "citation/section-sign", Warning, "Section symbol missing or not followed by a space: 42 U.S.C. § 1983 (Bluebook R3.3, R12.9)";
    CODE_FORM = "citation/code-form", Warning, "Code or rule name not in the style's form, e.g. Fed. R. Civ. Pro. → Fed. R. Civ. P. (Bluebook R12.9.3, T1), Cal. Civ. Proc. Code → Code Civ. Proc., (California), N.Y. C.P.L.R. → CPLR (New York)";
    SPACE_BEFORE_COMMA = "citation/space-before-comma", Warning, "Stray space before the comma after a case name, e.g. LLC , 209 So. 3d → LLC, 209 So. 3d (Bluebook R10.2)";
    HISTORY_FORM = "citation/history-form", Warning, "Subsequent-history or parenthetical phrase not in the style's form, e.g. aff'd → affd, lv. denied → lv denied (New York style), plurality opinion → plur. opn. (California style)";
    PLACEHOLDER = "citation/placeholder", Warning, "Citation with blank placeholders for volume and page and nothing else to find it by, e.g. ___So.3d___ (Bluebook R10.8.1)";
}

/// What a paragraph check needs.
pub(crate) struct CheckCx<'a> {
    pub text: &'a str,
    /// Italic/underlined spans of the paragraph (a case name's emphasis ends where its
    /// markup does, so a space before the comma there is the markup's, not the writer's).
    pub emphasis: &'a [Span],
    pub config: &'a CitationsConfig,
    /// The citation style the document is held to.
    pub style: &'static Style,
    pub findings: Vec<Finding>,
    /// Findings on the Supreme Court's own forms, which the document pass keeps only
    /// where the document does not write them as its own (see [`CourtForms`]).
    pub court_forms: CourtForms,
}

/// Forms the Supreme Court of the United States writes in its own opinions where the
/// Bluebook writes otherwise: a note pin spaced from its `n.` (`22 n. 10`, `769, n. 24`;
/// Bluebook R3.2(b): `22 n.10`) and a short form's comma before `at` (`King, 899 F.3d,
/// at 1147`, `Id., at 217`; R10.9, R4.1: `899 F.3d at 1147`). A U.S. Reports opinion, or
/// a text written in its forms (West's prints space their notes too), writes them
/// throughout: what the document writes as its own is not a slip. So a paragraph's
/// findings on them are kept with the paragraph's count of each form, and the document
/// pass reports them only where the document does not write the Court's form as its
/// own ([`CourtForms::own`]); `Id., at` with them (see `check_id_comma`).
#[derive(Clone, Debug, Default)]
pub(crate) struct CourtForms {
    /// (kind, finding) for each Court's form written in a Bluebook-family text.
    pub findings: Vec<(CourtForm, Finding)>,
    /// How often each kind is written in the Court's form…
    pub court: [u32; CourtForm::KINDS],
    /// …and in the Bluebook's.
    pub bluebook: [u32; CourtForm::KINDS],
}

/// The kinds of [`CourtForms`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CourtForm {
    /// `22 n. 10` for `22 n.10`.
    NoteSpaced,
    /// `899 F.3d, at 1147` (and `Id., at 217`) for `899 F.3d at 1147`.
    CommaBeforeAt,
    /// `Id., at 217` for `Id. at 217`, counted apart too: reported only beside the
    /// Bluebook's `Id. at` in the same document (see [`CourtForms::own`]).
    IdCommaBeforeAt,
    /// A California court's own form of a subdivision, glued to its section (`section
    /// 1172.6(d)(3)`, `(§ 1172.6(d)(3).)`) where the Style Manual writes `§ 1172.6, subd.
    /// (d)(3)`: many Courts of Appeal write it so throughout an opinion. Counted against
    /// `subd.` and `subdivision (` (the Style Manual's forms, in [`CourtForms::bluebook`]).
    GluedSubdivision,
    /// A court and year parenthetical after a public-domain citation, which gives both
    /// (`2002 WY 91, ¶ 22, 49 P.3d 163 (Wyo. 2002)`): Wyoming's and Kansas's courts write
    /// it throughout; the Bluebook omits it (R10.3.3). Counted against public-domain
    /// citations without one.
    NeutralCourtYear,
    /// `Id. at ¶ 6` for `Id. ¶ 6`: Oklahoma's and Arizona's courts, among others, pin
    /// paragraphs after `at` throughout. Counted against paragraph pins without it.
    AtBeforeParagraph,
}

impl CourtForm {
    pub const KINDS: usize = 6;
    pub fn index(self) -> usize {
        self as usize
    }
}

impl CourtForms {
    pub fn add(&mut self, other: &CourtForms) {
        for k in 0..CourtForm::KINDS {
            self.court[k] += other.court[k];
            self.bluebook[k] += other.bluebook[k];
        }
    }
    pub fn count(&mut self, kind: CourtForm, court: bool) {
        let counts = if court {
            &mut self.court
        } else {
            &mut self.bluebook
        };
        counts[kind.index()] += 1;
    }
    /// Whether a document with these counts writes `kind` in the Court's form as its
    /// own: that form at least twice and more often than the Bluebook's, or the Court's
    /// forms of both kinds together so (a Supreme Court opinion citing one note among
    /// its `U. S., at` short forms). A lone Court's form among the Bluebook's forms, or
    /// one among more of the Bluebook's, is a slip and reported.
    ///
    /// `Id., at` is a slip only in a document that writes `Id. at` as well: an excerpt of
    /// the Court's opinion quoting it once (`RSOs are eligible… Id., at 217.`) is not.
    pub fn own(&self, kind: CourtForm) -> bool {
        if kind == CourtForm::IdCommaBeforeAt {
            let k = kind.index();
            return self.bluebook[k] == 0 || self.own(CourtForm::CommaBeforeAt);
        }
        let mostly = |court: u32, bluebook: u32| court >= 2 && court > bluebook;
        let k = kind.index();
        if matches!(
            kind,
            CourtForm::GluedSubdivision
                | CourtForm::NeutralCourtYear
                | CourtForm::AtBeforeParagraph
        ) {
            return mostly(self.court[k], self.bluebook[k]);
        }
        // The two kinds of the Court's own forms (`Id., at` is counted among the commas).
        let both = |counts: &[u32; CourtForm::KINDS]| {
            counts[CourtForm::NoteSpaced.index()] + counts[CourtForm::CommaBeforeAt.index()]
        };
        mostly(self.court[k], self.bluebook[k]) || mostly(both(&self.court), both(&self.bluebook))
    }
}

impl CheckCx<'_> {
    /// `form` (written with `'`) in the writer's apostrophe: `’` where the form at `span`
    /// has it or the paragraph writes `’` more often than `'` (`aff’d`, `F. App’x`).
    pub fn in_writers_apostrophe(&self, span: Span, form: &str) -> String {
        let curly = self.text.matches('\u{2019}').count() > self.text.matches('\'').count();
        if curly || self.slice(span).contains('\u{2019}') {
            form.replace('\'', "\u{2019}")
        } else {
            form.to_string()
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
    pub fn report(&mut self, rule: &Rule, span: Span, message: String) {
        self.findings.push(Finding::new(span, rule, message));
    }
    /// A finding on `span` whose fix edits `edit` (another span: a date moved within
    /// its citation is reported where it is, and fixed by rewriting the citation).
    pub fn report_edit(
        &mut self,
        rule: &Rule,
        span: Span,
        message: String,
        edit: Option<(Span, String)>,
    ) {
        let mut finding = Finding::new(span, rule, message);
        if let Some((at, replacement)) = edit {
            finding = finding.with_fix(Fix::replace(at, replacement, true));
        }
        self.findings.push(finding);
    }
    pub fn report_fix(&mut self, rule: &Rule, span: Span, message: String, replacement: String) {
        let fix = Fix::replace(span, replacement, true);
        self.findings
            .push(Finding::new(span, rule, message).with_fix(fix));
    }
}

/// All paragraph-level checks over one paragraph's citations.
#[cfg(test)]
pub(crate) fn check_paragraph(
    text: &str,
    config: &CitationsConfig,
    style: StyleId,
    cites: &[Citation],
) -> Vec<Finding> {
    check_paragraph_with(text, &[], config, style, cites)
}

/// All paragraph-level checks over one paragraph's citations, with its emphasis (the
/// Supreme Court's own forms among them).
#[cfg(test)]
pub(crate) fn check_paragraph_with(
    text: &str,
    emphasis: &[Span],
    config: &CitationsConfig,
    style: StyleId,
    cites: &[Citation],
) -> Vec<Finding> {
    let (mut findings, court_forms) = check_paragraph_parts(text, emphasis, config, style, cites);
    findings.extend(court_forms.findings.into_iter().map(|(_, f)| f));
    findings
}

/// All paragraph-level checks over one paragraph's citations: the findings, and apart
/// from them those on the Supreme Court's own forms, for the document pass to decide on.
pub(crate) fn check_paragraph_parts(
    text: &str,
    emphasis: &[Span],
    config: &CitationsConfig,
    style: StyleId,
    cites: &[Citation],
) -> (Vec<Finding>, CourtForms) {
    let mut cx = CheckCx {
        text,
        emphasis,
        config,
        style: style.style(),
        findings: Vec::new(),
        court_forms: CourtForms::default(),
    };
    placeholder::check(&mut cx);
    statute::check_session_laws(&mut cx);
    statute::check_compilation_names(&mut cx);
    statute::count_subdivision_forms(&mut cx);
    form::check_nonpublished_marker(&mut cx);
    for (i, c) in cites.iter().enumerate() {
        reporter::check(&mut cx, cites, i);
        case_name::check(&mut cx, cites, i);
        court::check(&mut cx, cites, i);
        date::check(&mut cx, cites, i);
        pages::check(&mut cx, c);
        form::check(&mut cx, c);
        neutral::check(&mut cx, c);
        statute::check(&mut cx, cites, i);
    }
    (cx.findings, cx.court_forms)
}

/// Whether `text` ends a sentence: with `?`, `!`, a period after a word that is no
/// abbreviation (`2010.`, not `Cir.` or `(E.D.N.Y.`), or a closing quotation mark or
/// bracket after one of these.
pub(crate) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    let bare = t.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')', ']']);
    if bare.ends_with(['?', '!']) {
        return true;
    }
    if !bare.ends_with('.') {
        return false;
    }
    let last = bare
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_start_matches(['(', '[', '"', '\u{201c}']);
    // `v.`, `cmt.`, `n.`: short lowercase abbreviations end no sentence either.
    let short = last.len() <= 5
        && last[..last.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_lowercase());
    !(short || crate::citations::case_names::is_abbreviation(last))
}

/// Whether a sentence ends in `text` after offset `from` (a period after a word that is
/// no abbreviation, `?` or `!`, then a space).
pub(crate) fn has_sentence_end(text: &str, from: usize) -> bool {
    text.get(from..).is_some_and(|tail| {
        tail.match_indices(['.', '?', '!']).any(|(k, _)| {
            let at = from + k + 1;
            let after = text[at..].trim_start_matches(['"', '\u{201d}', ')', ']']);
            after.starts_with(' ') && ends_sentence(&text[..at])
        })
    })
}

/// Whether `at` lies within parentheses opened earlier in the paragraph.
pub(crate) fn open_parentheses_before(text: &str, at: usize) -> bool {
    let mut depth = 0i32;
    for b in text.as_bytes()[..at.min(text.len())].iter() {
        match b {
            b'(' => depth += 1,
            b')' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}
