//! Reporter abbreviations: unknown (suggest the nearest) or not in standard form.

use super::{CheckCx, REPORTER_FORM, REPORTER_UNKNOWN};
use crate::citations::model::{Citation, CitationKind};
use crate::citations::reporters::{is_closed_up, table};

pub(super) fn check(cx: &mut CheckCx, c: &Citation) {
    if !matches!(c.kind, CitationKind::FullCase | CitationKind::ShortCase) {
        return;
    }
    let Some(span) = c.reporter else { return };
    let written = cx.slice(span).to_string();
    match c.reporter_standard {
        Some(standard) if standard != written => {
            if cx.config.allow_closed_up_reporters && is_closed_up(&written, standard) {
                return;
            }
            cx.report_fix(
                &REPORTER_FORM,
                span,
                format!("Reporter “{written}” is written “{standard}” (Bluebook R6.1(a), T1)."),
                standard.to_string(),
            );
        }
        Some(_) => {}
        None => match table().nearest(&written).filter(|n| *n != written) {
            Some(nearest) => cx.report_fix(
                &REPORTER_UNKNOWN,
                span,
                format!("Unknown reporter “{written}”; did you mean “{nearest}”? (Bluebook T1)"),
                nearest.to_string(),
            ),
            None => cx.report(
                &REPORTER_UNKNOWN,
                span,
                format!("Unknown reporter “{written}” (Bluebook T1)."),
            ),
        },
    }
}
