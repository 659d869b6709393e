//! Statutes and rules: `§` present and followed by a space; code and rule names in standard form.

use super::{CheckCx, CODE_FORM, SECTION_SIGN};
use crate::analysis::Span;
use crate::citations::model::{Citation, CitationKind};

pub(super) fn check(cx: &mut CheckCx, cites: &[Citation], i: usize) {
    let c = &cites[i];
    if !matches!(
        c.kind,
        CitationKind::Statute | CitationKind::Regulation | CitationKind::Rule
    ) {
        return;
    }
    // One statute citation yields one entry per section; check the shared text once.
    if i > 0 && cites[i - 1].span == c.span {
        return;
    }
    let Some(section) = c.section else { return };
    if let (Some(code), Some(standard)) = (c.reporter, c.reporter_standard) {
        let written = cx.slice(code).to_string();
        if written != standard {
            cx.report_fix(
                &CODE_FORM,
                code,
                format!("“{written}” is cited as “{standard}” (Bluebook T1, R12.9.3)."),
                standard.to_string(),
            );
        }
        let needs_sign = c.kind != CitationKind::Rule && !standard.ends_with("Reg.");
        let between = cx.slice(Span::new(code.end, section.start)).to_string();
        if needs_sign && !between.contains('§') {
            let span = Span::new(c.span.start, section.end);
            let head = cx.slice(Span::new(c.span.start, code.end)).to_string();
            let fixed = format!("{head} § {}", cx.slice(section));
            cx.report_fix(
                &SECTION_SIGN,
                span,
                "A code section is cited with “§” (Bluebook R12.9).".into(),
                fixed,
            );
            return;
        }
    }
    // `§1983`: a space follows the section symbol.
    let text = cx.slice(c.span).to_string();
    if let Some(k) = text.find('§') {
        let after = &text[k..];
        let sign_len = if after.starts_with("§§") { 4 } else { 2 };
        if after[sign_len..].starts_with(|ch: char| ch.is_ascii_digit()) {
            let start = c.span.start + k;
            let span = Span::new(start, section.end.max(start + sign_len));
            let sign = &after[..sign_len];
            let fixed = format!("{sign} {}", cx.slice(Span::new(start + sign_len, span.end)));
            cx.report_fix(
                &SECTION_SIGN,
                span,
                "Put a space after the section symbol (Bluebook R6.2(c)).".into(),
                fixed,
            );
        }
    }
}
