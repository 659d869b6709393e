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

/// Findings for the resolved model; `citation` looks up the parsed citation of an entry.
pub(crate) fn check<'a>(
    model: &Authorities,
    style: StyleId,
    citation: impl Fn(usize) -> Option<&'a Citation>,
) -> Vec<DocFinding> {
    let style = style.style();
    let mut out = Vec::new();
    for (i, r) in model.citations.iter().enumerate() {
        let paragraph = r.at.paragraph;
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
                let message = if style.id == StyleId::Bluebook {
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
                if first && !dated_volume && !dated_parallel {
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
                push(Finding::new(
                    r.span,
                    &SHORT_FORM_ANTECEDENT,
                    "Short form without an earlier full citation of this case: cite it in full first (Bluebook R10.9).",
                ))
            }
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
            // California and New York style cite cases `supra` (`Baral, supra, 1 Cal.5th at p. 384`).
            (CitationKind::Supra, Resolution::Resolved) if !style.supra_for_cases => {
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
