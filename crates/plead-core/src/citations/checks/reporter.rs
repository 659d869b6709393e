//! Reporter abbreviations: unknown (suggest the nearest) or not in standard form.

use super::{CheckCx, REPORTER_FORM, REPORTER_UNKNOWN};
use crate::citations::model::{Citation, CitationKind};
use crate::citations::reporters::{is_closed_up, table};
use crate::citations::style::StyleId;

pub(super) fn check(cx: &mut CheckCx, c: &Citation) {
    if !matches!(c.kind, CitationKind::FullCase | CitationKind::ShortCase) {
        return;
    }
    let Some(span) = c.reporter else { return };
    let written = cx.slice(span).to_string();
    let style = cx.style;
    match c.reporter_standard {
        Some(standard) => {
            // Public-domain citations keep their state's form in every style.
            let expected = if c.neutral {
                std::borrow::Cow::Borrowed(standard)
            } else {
                style.reporter_form(standard)
            };
            if written == expected || (c.neutral && written == standard) {
                return;
            }
            if style.id == StyleId::Bluebook
                && cx.config.allow_closed_up_reporters
                && is_closed_up(&written, standard)
            {
                return;
            }
            // Louisiana's `La.App. 1 Cir.` names the court in its docket-style cite.
            if table().edition(standard).is_some_and(|e| e.forms.louisiana) {
                return;
            }
            let message = if style.id == StyleId::Bluebook {
                format!("Reporter “{written}” is written “{expected}” (Bluebook R6.1(a), T1).")
            } else {
                format!(
                    "Reporter “{written}” is written “{expected}” in {} ({}).",
                    style.name, style.rules.reporter
                )
            };
            cx.report_fix(&REPORTER_FORM, span, message, expected.into_owned());
        }
        None => match table().nearest(&written).filter(|n| *n != written) {
            Some(nearest) => {
                let nearest = style.reporter_form(nearest).into_owned();
                cx.report_fix(
                    &REPORTER_UNKNOWN,
                    span,
                    format!(
                        "Unknown reporter “{written}”; did you mean “{nearest}”? (Bluebook T1)"
                    ),
                    nearest,
                )
            }
            None => cx.report(
                &REPORTER_UNKNOWN,
                span,
                format!("Unknown reporter “{written}” (Bluebook T1)."),
            ),
        },
    }
}
