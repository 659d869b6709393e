//! Public-domain (neutral) citations in the form their state adopted: Ohio and New
//! Mexico join year, court and number with hyphens (`2011-Ohio-4215`, `2007-NMSC-033`),
//! and every public-domain citation is pinpointed by paragraph (`2012 IL 107821, ¶ 8`),
//! as Bluebook R10.3.3 and the state rules it follows require, in any style.

use super::{CheckCx, NEUTRAL_FORM};
use crate::analysis::Span;
use crate::citations::model::{Citation, CitationKind};
use crate::citations::reporters::table;

pub(super) fn check(cx: &mut CheckCx, c: &Citation) {
    if c.kind != CitationKind::FullCase || !c.neutral {
        return;
    }
    let (Some(volume), Some(page), Some(standard)) = (c.volume, c.page, c.reporter_standard) else {
        return;
    };
    let rule = cx.style.rules.neutral.clone();
    let dashed = table().edition(standard).is_some_and(|e| e.forms.dashed);
    let written = cx.slice(Span::new(volume.start, page.end)).to_string();
    let hyphenated = format!("{}-{standard}-{}", cx.slice(volume), cx.slice(page));
    if dashed && written != hyphenated {
        cx.report_fix(
            &NEUTRAL_FORM,
            Span::new(volume.start, page.end),
            format!("This public-domain citation is written “{hyphenated}” ({rule})."),
            hyphenated,
        );
    }
    // `2012 IL 107821, 8`: a public-domain citation's pin is a paragraph.
    for pin in &c.pins {
        let text = cx.slice(pin.span).to_string();
        if text.starts_with(|ch: char| ch.is_ascii_digit())
            && cx.text[..pin.span.start].ends_with(", ")
        {
            cx.report_fix(
                &NEUTRAL_FORM,
                pin.span,
                format!(
                    "A public-domain citation is pinpointed by paragraph: “¶ {text}” ({rule})."
                ),
                format!("¶ {text}"),
            );
        }
    }
}
