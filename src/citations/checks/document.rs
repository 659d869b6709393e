//! Document-level checks over the resolved model: short forms and `Id.` without
//! antecedent, ambiguous `Id.`, `supra` for a case.

use super::{ID_ANTECEDENT, SHORT_FORM_ANTECEDENT, SUPRA_CASE};
use crate::analysis::{DocFinding, Finding, Span};
use crate::citations::model::{Authorities, AuthorityKind, Citation, CitationKind, Resolution};

/// Findings for the resolved model; `citation` looks up the parsed citation of an entry.
pub(crate) fn check<'a>(
    model: &Authorities,
    citation: impl Fn(usize) -> Option<&'a Citation>,
) -> Vec<DocFinding> {
    let mut out = Vec::new();
    for (i, r) in model.citations.iter().enumerate() {
        let paragraph = r.at.paragraph;
        let mut push = |finding: Finding| out.push(DocFinding { paragraph, finding });
        match (r.kind, r.resolution) {
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
