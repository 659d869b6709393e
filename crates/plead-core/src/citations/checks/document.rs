//! Document-level checks over the resolved model: short forms and `Id.` without
//! antecedent, ambiguous `Id.`, `supra` for a case, and the bare `Name, 477 U.S. 250`
//! (a pin missing `at`, or a first citation missing its date, depending on what
//! was cited before).

use super::date::missing_date_message;
use super::{COURT_YEAR_MISSING, ID_ANTECEDENT, SHORT_FORM_ANTECEDENT, SHORT_FORM_AT, SUPRA_CASE};
use crate::analysis::{DocFinding, Finding, Fix, Span};
use crate::citations::case_names::is_full_name;
use crate::citations::model::{Authorities, AuthorityKind, Citation, CitationKind, Resolution};
use crate::citations::style::StyleId;
use crate::document::{BlockKind, Paragraph};
use rustc_hash::FxHashMap;

/// Whether a short form at `span` of `text` says where its full citation is, so that
/// none need come before it: `Day, 87 S.W.3d at 54, supra note 13` (the note may be
/// printed after the text, as a plain-text copy sets its footnotes), or it cites the
/// opinion it is written in, after the opinion's own page (`Majority op. at 172, 100
/// A.3d at 1137`, a dissent citing the majority by its slip and reporter pages).
fn refers_elsewhere(text: &str, span: Span) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    if after.starts_with(", supra note ") || after.starts_with(", supra n. ") {
        return true;
    }
    let Some(page) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let page =
        page.trim_end_matches(|ch: char| ch.is_ascii_digit() || ch == '-' || ch == '\u{2013}');
    page.len() < before.trim_end().len() - 1 && page.trim_end().ends_with(" op. at")
}

/// Whether a footnote's call stands just before `start`: a number of one or two digits
/// after a sentence's end or a closing quotation mark (`outcome.” 2 Hora, 5 N.W.3d at
/// 645`, as plain text prints a superscript).
fn footnote_call_before(text: &str, start: usize) -> bool {
    let before = text[..start.min(text.len())].trim_end();
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let rest = &before[..before.len() - digits];
    rest.ends_with(' ')
        && rest
            .trim_end()
            .ends_with(['.', '\u{201d}', '"', ';', ',', ')'])
}

/// Whether two case citations cite the same volume of the same reporter.
fn same_volume(short: &Citation, full: &Citation) -> bool {
    let volume = |c: &Citation| c.volume.map(|v| c.slice(v).to_string());
    short.reporter_standard.is_some()
        && short.reporter_standard == full.reporter_standard
        && volume(short).is_some()
        && volume(short) == volume(full)
}

/// Findings for the resolved model; `citation` looks up the parsed citation of an entry;
/// `paragraphs` are the document's (a block quotation's short forms are the quoted
/// source's: what they refer to is not in the document).
pub(crate) fn check<'a>(
    model: &Authorities,
    style: StyleId,
    citation: impl Fn(usize) -> Option<&'a Citation>,
    paragraphs: &[Paragraph],
    cite_like_paragraphs: &mut CiteLikeParagraphs,
) -> Vec<DocFinding> {
    let style = style.style();
    // The rule on `Id.`: Bluebook R4.1; the state manuals' chapter on short forms.
    let id_rule = if style.id.family() == StyleId::BLUEBOOK {
        "Bluebook R4.1".to_string()
    } else {
        style.rules.supra.clone()
    };
    let quoted = |p: usize| {
        paragraphs
            .get(p)
            .is_some_and(|para| para.kind == BlockKind::BlockQuote)
    };
    let mut out = Vec::new();
    for (i, r) in model.citations.iter().enumerate() {
        let paragraph = r.at.paragraph;
        let unresolved = matches!(
            r.resolution,
            Resolution::NoAntecedent | Resolution::Ambiguous
        );
        if unresolved && quoted(paragraph) {
            continue;
        }
        let mut push = |finding: Finding| out.push(DocFinding { paragraph, finding });
        match (r.kind, r.resolution) {
            (CitationKind::ShortCase, Resolution::Resolved) => {
                // `Anderson, 477 U.S. 250` after `477 U.S. 242`: the pin needs `at`.
                let Some(c) = citation(i) else { continue };
                let (Some(number), Some(reporter)) = (c.bare_number(), c.reporter) else {
                    continue;
                };
                let span = Span::new(c.span.start, number.end);
                let at = if style.pin_page_marker { "at p." } else { "at" };
                let fixed = format!(
                    "{} {at} {}",
                    c.slice(Span::new(c.span.start, reporter.end)),
                    c.slice(number)
                );
                let message = if style.id.family() == StyleId::BLUEBOOK {
                    "A short form cites the pin page with “at” (Bluebook R10.9).".to_string()
                } else {
                    format!("A short form cites the pin page with “{at}” ({}).", style.rules.pin)
                };
                push(
                    Finding::new(span, &SHORT_FORM_AT, message)
                        .with_fix(Fix::replace(span, fixed, true)),
                );
            }
            (CitationKind::FullCase, Resolution::Full) => {
                // A full citation under a one-party name (`Saysana, 2008 WL 5484553`,
                // `Fraser, 478 U.S. 675`) re-cites a decision cited in full before, as
                // a short form does, or cites it for the first time: then it needs its
                // court and year (unless its volume or a parallel cite carries them).
                let Some(c) = citation(i) else { continue };
                if c.parallel_to.is_some()
                    || c.year.is_some()
                    || c.neutral
                    || c.date_parenthetical().is_some()
                    || !is_short_named(c)
                {
                    continue;
                }
                let first = model.authority_of(i).is_some_and(|a| a.full == Some(i));
                let dated_volume = c.volume_text().is_some_and(|v| v.contains('-'));
                let dated_parallel = (i + 1..model.citations.len())
                    .map_while(|k| {
                        let next = citation(k)?;
                        (model.citations[k].at.paragraph == paragraph
                            && next.parallel_to == Some(r.at.index))
                        .then_some(next)
                    })
                    .any(|p| p.year.is_some() || p.neutral);
                // A paragraph that stops mid-sentence after the citation (a line of
                // double-spaced text): its date may be on the next line.
                let text = paragraphs.get(paragraph).map_or("", |p| p.text.as_str());
                let end = c.span.end.min(text.len());
                let cut = !super::ends_sentence(text) && !super::has_sentence_end(text, end);
                let after_supra = c
                    .volume
                    .is_some_and(|v| super::date::follows_supra(text, v.start));
                let title = super::date::is_title_line(text, c);
                // The note's lines may be read as paragraphs of their own.
                let note = paragraph.saturating_sub(3)..=paragraph;
                let boilerplate = paragraphs.get(note).is_some_and(|near| {
                    near.iter()
                        .any(|p| super::date::UNDATED_BOILERPLATE.iter().any(|b| p.text.contains(b)))
                });
                if first
                    && !dated_volume
                    && !dated_parallel
                    && !cut
                    && !after_supra
                    && !title
                    && !boilerplate
                {
                    let start = c.volume.map_or(c.span.start, |v| v.start);
                    let end = c
                        .pins
                        .last()
                        .map(|p| p.span.end)
                        .into_iter()
                        .chain(c.page.map(|p| p.end))
                        .max()
                        .unwrap_or(c.span.end);
                    push(Finding::new(
                        Span::new(start, end),
                        &COURT_YEAR_MISSING,
                        missing_date_message(style),
                    ));
                }
            }
            (CitationKind::ShortCase, Resolution::NoAntecedent) => {
                // `___ F.3d at ___`: a decision not yet paged is found by name, not volume.
                if citation(i).is_some_and(Citation::has_blank_number) {
                    continue;
                }
                let text = paragraphs.get(paragraph).map_or("", |p| p.text.as_str());
                if citation(i).is_some_and(|c| refers_elsewhere(text, c.span)) {
                    continue;
                }
                // `outcome.” 2 Hora, 5 N.W.3d at 645`: the footnote called just before the
                // short form cites the case in full, and plain text printed its body at the
                // page's foot, after the short form. Only there may the full citation come
                // later (a footnote's call precedes what it supports).
                if let Some(c) = citation(i).filter(|c| footnote_call_before(text, c.span.start)) {
                    let later_full = (i + 1..model.citations.len())
                        .filter_map(&citation)
                        .any(|later| later.kind == CitationKind::FullCase && same_volume(c, later));
                    if later_full {
                        continue;
                    }
                }
                // Named by the style in force: a California text's `ALRB, supra, 175
                // Cal.App.3d at p. 715` answers to the Style Manual, not the Bluebook.
                let message = if style.id.family() == StyleId::BLUEBOOK {
                    "Short form without an earlier full citation of this case: cite it in full first (Bluebook R10.9).".to_string()
                } else {
                    format!(
                        "Short form without an earlier full citation of this case: cite it in full first ({}).",
                        style.rules.supra
                    )
                };
                push(Finding::new(r.span, &SHORT_FORM_ANTECEDENT, message))
            }
            // An id. repeating an unresolved id. of the same string cite (`See id., at
            // 571; id., at 577`): the first one's finding covers it.
            (CitationKind::Id, Resolution::NoAntecedent | Resolution::Ambiguous)
                if r.antecedent.is_some() => {}
            // What the writer cited last may be an authority plead does not read (the
            // Tax Court's `Sec. 6662(a)`, `M21-1, Part IV`, `VAOPGCPREC 3-2003`, a policy
            // memorandum `PM-602-0005.1`, `OAG 91-100`): then id. refers to it, and
            // plead cannot say it has no antecedent or an ambiguous one.
            (CitationKind::Id, Resolution::NoAntecedent | Resolution::Ambiguous)
                if unread_citation_before(model, i, paragraphs, cite_like_paragraphs) => {}
            (CitationKind::Id, Resolution::NoAntecedent) => push(Finding::new(
                r.span,
                &ID_ANTECEDENT,
                format!("“Id.” follows no citation plead recognizes: cite the authority in full before it ({id_rule})."),
            )),
            (CitationKind::Id, Resolution::Ambiguous) => push(Finding::new(
                r.span,
                &ID_ANTECEDENT,
                format!("“Id.” follows a citation of several authorities and is ambiguous: use a short form ({id_rule})."),
            )),
            // California and New York style cite cases `supra` (`Baral, supra, 1 Cal.5th at p. 384`).
            (CitationKind::Supra, Resolution::Resolved) if !style.supra_for_cases => {
                let is_case = model.authority_of(i).is_some_and(|a| a.kind == AuthorityKind::Case);
                let Some(c) = citation(i) else { continue };
                let Some(k) = c.text.find("supra") else { continue };
                if is_case {
                    let start = c.span.start + k;
                    // A public-domain citation of the case before its parallel reporter.
                    let authority = model.authority_of(i);
                    let neutral = authority.and_then(|a| {
                        a.citations
                            .iter()
                            .filter_map(|&k| citation(k))
                            .find(|f| f.neutral && f.kind == CitationKind::FullCase)
                    });
                    let full = neutral.or_else(|| authority.and_then(|a| a.full).and_then(&citation));
                    let mut finding = Finding::new(
                        Span::new(start, start + 5),
                        &SUPRA_CASE,
                        "“supra” is not used for cases: use the short form Name, vol. Reporter at page (Bluebook R4.2, R10.9).",
                    );
                    // What follows `supra` in the paragraph (a public-domain citation's
                    // paragraph pin is not part of the `supra` form's span).
                    let rest = paragraphs
                        .get(paragraph)
                        .and_then(|p| p.text.get(start..))
                        .unwrap_or("");
                    if let Some((len, short)) = full.and_then(|f| short_form_for_supra(f, rest)) {
                        let span = Span::new(start, start + len);
                        finding = finding.with_fix(Fix::replace(span, short, true));
                    }
                    push(finding);
                }
            }
            _ => {}
        }
    }
    out
}

/// What replaces `supra` and what follows it up to the pin (`supra, at ` → `536 U.S. at `;
/// `supra, at ` → `2023 WL 4950993, at ` for a database's; `supra, ` → `2025 ND 96, ` before a
/// public-domain citation's paragraph), from the case's full citation: the length of `supra`
/// and its lead in `rest` (which starts at `supra`), and the replacement. None without a pin.
fn short_form_for_supra(full: &Citation, rest: &str) -> Option<(usize, String)> {
    let part = |span: Option<Span>| {
        let span = span?;
        full.text
            .get(span.start.checked_sub(full.span.start)?..span.end.checked_sub(full.span.start)?)
    };
    let volume = part(full.volume)?;
    let page = part(full.page)?;
    let reporter = full.reporter_standard.or_else(|| part(full.reporter))?;
    let after = rest.strip_prefix("supra")?;
    if full.neutral {
        let lead = [", at ¶", ", ¶"].iter().find(|l| after.starts_with(**l))?;
        let len = "supra".len() + lead.len() - "¶".len();
        return Some((len, format!("{volume} {reporter} {page}, ")));
    }
    let lead = [", at ", " at "].iter().find(|l| after.starts_with(**l))?;
    let len = "supra".len() + lead.len();
    if reporter == "WL" || reporter.ends_with("LEXIS") {
        Some((len, format!("{volume} {reporter} {page}, at ")))
    } else {
        Some((len, format!("{volume} {reporter} at ")))
    }
}

/// Whether the text between the citation before entry `i` (or the document's start)
/// and entry `i` holds something cited that plead did not read as a citation.
fn unread_citation_before(
    model: &Authorities,
    i: usize,
    paragraphs: &[Paragraph],
    cite_like_paragraphs: &mut CiteLikeParagraphs,
) -> bool {
    let r = &model.citations[i];
    // Back past the id.s left unresolved before this one: they refer to what this one
    // does (`M.R.S.A. 302(1) … See id. at 304 … id. at 331(1)`).
    let unresolved_id = |c: &&crate::citations::model::CitationRef| {
        c.kind == CitationKind::Id
            && matches!(
                c.resolution,
                Resolution::NoAntecedent | Resolution::Ambiguous
            )
    };
    let before = model.citations[..i]
        .iter()
        .rposition(|c| !unresolved_id(&c));
    let (from_paragraph, from) = match before.map(|k| &model.citations[k]) {
        Some(prev) => {
            // The end of the previous citation sentence's last citation (nested ones end
            // inside their holder's parenthetical).
            let end = model.citations[..=before.unwrap_or(0)]
                .iter()
                .rev()
                .take_while(|c| c.at.paragraph == prev.at.paragraph)
                .map(|c| c.span.end)
                .max()
                .unwrap_or(prev.span.end);
            (prev.at.paragraph, end)
        }
        None => (0, 0),
    };
    let mut cites = |p: usize, a: usize, b: usize| {
        paragraphs
            .get(p)
            .is_some_and(|para| cite_like_paragraphs.of(para, a, b))
    };
    if from_paragraph == r.at.paragraph {
        return cites(from_paragraph, from, r.span.start);
    }
    cites(from_paragraph, from, usize::MAX)
        || (from_paragraph + 1..r.at.paragraph).any(|p| cites(p, 0, usize::MAX))
        || cites(r.at.paragraph, 0, r.span.start)
}

/// [`cite_like`] of stretches of paragraphs, by the paragraph's content and the
/// stretch, kept from run to run: otherwise every unresolved `Id.` has the text back to
/// the citation before it read again on each keystroke (whole paragraphs of it on a
/// long brief), though the keystroke changed none of it.
#[derive(Default)]
pub(crate) struct CiteLikeParagraphs {
    /// Stretches read in the last run.
    previous: FxHashMap<Stretch, bool>,
    /// Stretches read in this one (what is kept for the next).
    current: FxHashMap<Stretch, bool>,
}

/// A paragraph's content hash and a byte range of its text.
type Stretch = (u64, usize, usize);

impl CiteLikeParagraphs {
    /// Ready for a new run: what the last one read is what may be reused.
    pub(crate) fn next_run(mut self) -> CiteLikeParagraphs {
        self.previous = std::mem::take(&mut self.current);
        self
    }

    /// Whether the paragraph's text in `[from, to)` (clamped to the text) cites something.
    fn of(&mut self, paragraph: &Paragraph, from: usize, to: usize) -> bool {
        let text = paragraph.text.as_str();
        let to = to.min(text.len());
        let from = from.min(to);
        let key = (paragraph.content_hash, from, to);
        if let Some(&known) = self.current.get(&key) {
            return known;
        }
        let answer = match self.previous.get(&key) {
            Some(&known) => known,
            None => cite_like(text.get(from..to).unwrap_or("")),
        };
        self.current.insert(key, answer);
        answer
    }
}

/// Whether `text` cites something: a section or paragraph sign, a section named in
/// words (`section 1172.6`), or an abbreviation or code in capitals next to a number (`Sec. 6662(a)`, `Tr. 10`, `K.S.A. 60-1507`, `OAG
/// 91-100`, `VAOPGCPREC 3-2003`, `6 USCIS Policy Manual`, `M21-1`, `PM-602-0005.1`).
fn cite_like(text: &str) -> bool {
    if text.contains(['§', '¶']) {
        return true;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | ':')))
        .collect();
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let code = |w: &str| {
        // Capitals (and periods) alone: `OAG`, `K.S.A.`, `VAOPGCPREC`; or `Sec.`, `Tr.`.
        let letters = w.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let capitals = w.chars().filter(|c| c.is_ascii_uppercase()).count();
        (letters >= 2
            && capitals == letters
            && w.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
            || (w.ends_with('.')
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && (3..=5).contains(&w.len())
                // `Jan. 5, 2009` is a date.
                && crate::citations::months::month_number(w).is_none())
            // `R. 1.01`, `cmt. 6`: a rule and its comment (`TEX. DISCIPLINARY RULES PROF’L
            // CONDUCT R. 1.01 cmt. 6; id. R. 3.03(a)(1)`).
            || matches!(w, "R." | "cmt.")
    };
    // `M21-1`, `PM-602-0005.1`: capitals and digits joined by a hyphen.
    let coded_number = |w: &str| {
        w.contains('-')
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '.'))
    };
    // `Hearing Tr. [#76] at 75:19-24.`, `(see dissenting op at 2, 6)`: a pin of something
    // cited by a name plead does not read (a transcript's page and lines, the opinion's
    // own parts), closing its clause.
    // (Not an `Id. at 392.` left unresolved before: that one refers where this one does.)
    let raw: Vec<&str> = text.split_whitespace().collect();
    let pin_of_unread = (1..raw.len()).any(|k| {
        let (at, pin) = (raw[k - 1], raw[k]);
        let after_id = k >= 2 && matches!(raw[k - 2].trim_start_matches('('), "Id." | "id.");
        at == "at"
            && !after_id
            && number(pin)
            && (pin.contains(':') || pin.ends_with([',', ';', ')', '.']))
    });
    // `a section 1172.6 evidentiary hearing`: a statute named in running text, as
    // California's courts name the code under discussion (`(Id., subd. (d)(3).)` follows).
    let section_named = words.windows(2).any(|pair| {
        matches!(pair[0], "section" | "Section" | "sections" | "Sections") && number(pair[1])
    });
    pin_of_unread
        || section_named
        || words.iter().any(|w| coded_number(w))
        || words
            .windows(2)
            .any(|pair| (code(pair[0]) && number(pair[1])) || (number(pair[0]) && code(pair[1])))
}

/// Paragraph findings the document pass decides on.
#[derive(Clone, Debug, Default)]
pub(crate) struct Deferred {
    /// Stray spaces before the comma after a case name (`LLC , 209`).
    pub stray_spaces: Vec<Finding>,
    /// How many of the paragraph's citations have a name before the volume.
    pub named: usize,
    /// Full citations without a date (`citation/court-year-missing`), reported only
    /// when they are the first full citation of their authority.
    pub undated: Vec<Finding>,
    /// The Supreme Court's own forms (`22 n. 10`, `899 F.3d, at 1147`), reported only
    /// where the document does not write them as its own.
    pub court_forms: super::CourtForms,
    /// Court-year parentheticals without the court a regional reporter needs, for which
    /// the paragraph offered no court: the document's other citations may
    /// ([`super::court::with_document_courts`]).
    pub courtless: Vec<Finding>,
}

/// The deferred findings of a document:
/// - stray spaces before commas, unless the document puts the space before most of
///   its citations' commas (`Iqbal , 556 U.S.` throughout): then the space is how the
///   text was made (an italic run ended by a converter), not a slip, and the same
///   finding on every citation helps no one;
/// - undated full citations that cite their decision for the first time: a later one
///   (`2008 WL 4793739, at *3` after `Thomas v. …, 2008 WL 4793739 (M.D. Pa. 2008)`)
///   re-cites it, as a short form does;
/// - the Supreme Court's own forms, unless the document writes them as its own
///   ([`super::CourtForms::own`]).
/// - a regional reporter's court-year parenthetical without its court, offered the
///   courts of the state the document's other citations of that reporter name.
pub(crate) fn deferred<'a>(
    model: &Authorities,
    paragraphs: impl Iterator<Item = (Option<&'a Deferred>, &'a [Citation], &'a str)> + Clone,
) -> Vec<DocFinding> {
    let (mut stray, mut named) = (0, 0);
    let mut court_forms = super::CourtForms::default();
    for (d, _, _) in paragraphs.clone() {
        if let Some(d) = d {
            stray += d.stray_spaces.len();
            named += d.named;
            court_forms.add(&d.court_forms);
        }
    }
    let report_strays = stray > 0 && !(stray >= 3 && stray * 2 >= named);
    let mut out = Vec::new();
    for (paragraph, (d, cites, text)) in paragraphs.clone().enumerate() {
        let Some(d) = d else { continue };
        for f in &d.courtless {
            let document = paragraphs.clone().map(|(_, c, t)| (t, c));
            out.push(DocFinding {
                paragraph,
                finding: super::court::with_document_courts(f, text, cites, document),
            });
        }
        if report_strays {
            out.extend(d.stray_spaces.iter().map(|f| DocFinding {
                paragraph,
                finding: f.clone(),
            }));
        }
        for (kind, f) in &d.court_forms.findings {
            if !court_forms.own(*kind) {
                out.push(DocFinding {
                    paragraph,
                    finding: f.clone(),
                });
            }
        }
        for f in &d.undated {
            // The finding starts at a volume of the group (its last, as `date` reports
            // it); the group's first citation is the one the model knows.
            let index = cites
                .iter()
                .position(|c| c.volume.is_some_and(|v| v.start == f.span.start))
                .map(|k| cites[k].parallel_to.unwrap_or(k));
            let first = index.is_none_or(|k| first_full_citation(model, paragraph, k));
            if first {
                out.push(DocFinding {
                    paragraph,
                    finding: f.clone(),
                });
            }
        }
    }
    out
}

/// Whether citation `index` of `paragraph` is the first full citation of its authority.
fn first_full_citation(model: &Authorities, paragraph: usize, index: usize) -> bool {
    let from = model
        .citations
        .partition_point(|c| c.at.paragraph < paragraph);
    let entry = model.citations[from..]
        .iter()
        .take_while(|c| c.at.paragraph == paragraph)
        .position(|c| c.at.index == index)
        .map(|k| from + k);
    entry.is_none_or(|e| model.authority_of(e).is_none_or(|a| a.full == Some(e)))
}

/// Whether a case citation names one party only (`Fraser, 478 U.S. 675`), as short forms do.
fn is_short_named(c: &Citation) -> bool {
    c.case_name.is_some_and(|name| {
        let relative = Span::new(
            name.start.saturating_sub(c.span.start),
            name.end.saturating_sub(c.span.start),
        );
        !is_full_name(&c.text, relative)
    })
}

#[cfg(test)]
mod tests {
    use super::cite_like;

    #[test]
    fn what_cites_something() {
        for cited in [
            "Sec. 6662(a) and (b)(1).",
            "M21-1, Part IV, Subpart ii, 1.H.4.a.",
            "VAOPGCPREC 3-2003 (July 16, 2003).",
            "See USCIS Policy Memorandum PM-602-0005.1, Evaluation of Evidence 2.",
            "OAG 91-100.",
            "6 USCIS Policy Manual F.2(A)(1).",
            "21-A M.R.S.A. 302(1).",
            "38 C.F.R. § 3.102.",
            "TEX. DISCIPLINARY RULES PROF’L CONDUCT R. 1.01 cmt. 6;",
        ] {
            assert!(cite_like(cited), "{cited}");
        }
        for prose in [
            "The Board so held in 2005, and the Veteran appealed.",
            "On Jan. 5, 2009, the petition was filed.",
            "Id. at 5.",
        ] {
            assert!(!cite_like(prose), "{prose}");
        }
    }
}
