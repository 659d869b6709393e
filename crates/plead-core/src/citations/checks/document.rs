//! Document-level checks over the resolved model: short forms and `Id.` without
//! antecedent, ambiguous `Id.`, `supra` for a case, and the bare `Name, 477 U.S. 250`
//! (a pin missing `at`, or a first citation missing its date, depending on what
//! was cited before).

use super::{COURT_YEAR_MISSING, ID_ANTECEDENT, SHORT_FORM_ANTECEDENT, SHORT_FORM_AT, SUPRA_CASE};
use crate::analysis::{DocFinding, Finding, Fix, Span};
use crate::citations::case_names::is_full_name;
use crate::citations::model::{Authorities, AuthorityKind, Citation, CitationKind, Resolution};
use crate::document::{BlockKind, Paragraph};

/// Findings for the resolved model; `citation` looks up the parsed citation of an entry;
/// `paragraphs` are the document's (a block quotation's short forms are the quoted
/// source's: what they refer to is not in the document).
pub(crate) fn check<'a>(
    model: &Authorities,
    citation: impl Fn(usize) -> Option<&'a Citation>,
    paragraphs: &[Paragraph],
) -> Vec<DocFinding> {
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
                let fixed = format!(
                    "{} at {}",
                    c.slice(Span::new(c.span.start, reporter.end)),
                    c.slice(number)
                );
                push(
                    Finding::new(
                        span,
                        &SHORT_FORM_AT,
                        "A short form cites the pin page with “at” (Bluebook R10.9).",
                    )
                    .with_fix(Fix::replace(span, fixed, true)),
                );
            }
            (CitationKind::FullCase, Resolution::Full) => {
                // A full citation under a one-party name (`Saysana, 2008 WL 5484553`,
                // `Fraser, 478 U.S. 675`) re-cites a decision cited in full before, as
                // a short form does, or cites it for the first time: then it needs its
                // court and year (unless its volume or a parallel cite carries them).
                let Some(c) = citation(i) else { continue };
                if c.parallel_to.is_some() || c.year.is_some() || !is_short_named(c) {
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
                    .any(|p| p.year.is_some());
                // A paragraph that stops mid-sentence after the citation (a line of
                // double-spaced text): its date may be on the next line.
                let text = paragraphs.get(paragraph).map_or("", |p| p.text.as_str());
                let end = c.span.end.min(text.len());
                let cut = !super::ends_sentence(text) && !super::has_sentence_end(text, end);
                if first && !dated_volume && !dated_parallel && !cut {
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
                        "Full citation lacks its court and year parenthetical, e.g. (9th Cir. 2006) (Bluebook R10.4, R10.5).",
                    ));
                }
            }
            (CitationKind::ShortCase, Resolution::NoAntecedent) => push(Finding::new(
                r.span,
                &SHORT_FORM_ANTECEDENT,
                "Short form without an earlier full citation of this case: cite it in full first (Bluebook R10.9).",
            )),
            (CitationKind::Id, Resolution::NoAntecedent) => push(Finding::new(
                r.span,
                &ID_ANTECEDENT,
                "“Id.” has no preceding authority to refer to (Bluebook R4.1).",
            )),
            (CitationKind::Id, Resolution::Ambiguous) => push(Finding::new(
                r.span,
                &ID_ANTECEDENT,
                "“Id.” follows a citation of several authorities and is ambiguous: use a short form (Bluebook R4.1).",
            )),
            (CitationKind::Supra, Resolution::Resolved) => {
                let is_case = model.authority_of(i).is_some_and(|a| a.kind == AuthorityKind::Case);
                let Some(c) = citation(i) else { continue };
                let Some(k) = c.text.find("supra") else { continue };
                if is_case {
                    let start = c.span.start + k;
                    push(Finding::new(
                        Span::new(start, start + 5),
                        &SUPRA_CASE,
                        "“supra” is not used for cases: use the short form Name, vol. Reporter at page (Bluebook R4.2, R10.9).",
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

/// A paragraph's stray spaces before the comma after a case name (`LLC , 209`), and
/// how many of its citations have a name before the volume.
#[derive(Clone, Debug, Default)]
pub(crate) struct StraySpaces {
    pub findings: Vec<Finding>,
    pub named: usize,
}

/// The stray-space findings of a document, unless the document puts the space before
/// most of its citations' commas (`Iqbal , 556 U.S.` throughout): then the space is how
/// the text was made (an italic run ended by a converter), not a slip, and the same
/// finding on every citation helps no one.
pub(crate) fn stray_spaces<'a>(
    paragraphs: impl Iterator<Item = Option<&'a StraySpaces>> + Clone,
) -> Vec<DocFinding> {
    let (mut stray, mut named) = (0, 0);
    for s in paragraphs.clone().flatten() {
        stray += s.findings.len();
        named += s.named;
    }
    if stray == 0 || (stray >= 3 && stray * 2 >= named) {
        return Vec::new();
    }
    paragraphs
        .enumerate()
        .filter_map(|(paragraph, s)| Some((paragraph, s?)))
        .flat_map(|(paragraph, s)| {
            s.findings.iter().map(move |f| DocFinding {
                paragraph,
                finding: f.clone(),
            })
        })
        .collect()
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
