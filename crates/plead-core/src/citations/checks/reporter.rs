//! Reporter abbreviations: unknown (suggest the nearest) or not in standard form.

use super::{CheckCx, REPORTER_FORM, REPORTER_UNKNOWN};
use crate::analysis::{Edit, Edits, Fix, Span};
use crate::citations::model::{parallel_group, Citation, CitationKind};
use crate::citations::reporters::{is_closed_up, table};
use crate::citations::style::convert::convert;
use crate::citations::style::{ReporterSpacing, StyleId};

/// Reporters an agency writes in its own form, with the tribunal names written in that
/// form: the Executive Office for Immigration Review cites the Board's and the Attorney
/// General's precedents `Matter of P-B-B-, 28 I&N Dec. 43, 45 (BIA 2020)`, where the
/// Bluebook writes `I. & N. Dec.` and `(B.I.A. 2020)`.
const AGENCY_FORMS: &[(&str, &[&str])] = &[("I&N Dec.", &["BIA", "AG", "A.G."])];

/// Public-domain reporters whose state's court writes them with periods, as well as the
/// Bluebook's form without: South Dakota's `2001 S.D. 61`.
const PERIODS_AS_THE_COURT_WRITES: &[&str] = &["SD"];

pub(super) fn check(cx: &mut CheckCx, cites: &[Citation], i: usize) {
    let c = &cites[i];
    if !matches!(c.kind, CitationKind::FullCase | CitationKind::ShortCase) {
        return;
    }
    if cx.style.page_suffix_brackets && !super::date::is_heading(cx.text, c) {
        check_page_suffix(cx, c);
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
            // `F. App’x`: a typographic apostrophe is the same letter as the straight one
            // (word processors turn one into the other as the drafter types).
            if written.contains('’') && written.replace('’', "'") == expected {
                return;
            }
            // `2001 S.D. 61`: South Dakota's court writes its public-domain citation
            // with periods; the Bluebook (T1) without. Either is the state's form. Other
            // states' courts write theirs without (`2024 UT App 158`, `2025 ND 117`,
            // `2020 IL App (1st) 171142`), so a period there is a slip.
            if c.neutral
                && PERIODS_AS_THE_COURT_WRITES.contains(&standard)
                && written.replace('.', "") == standard
            {
                return;
            }
            // `SLIP OPINION NO. 2020-OHIO-3051`: a heading set in capitals capitalizes
            // the public-domain citation with it.
            if c.neutral && written == standard.to_uppercase() {
                return;
            }
            // `112 Wn.2d 216`: Washington's reports under the names its General Rule 14(d)
            // gives them, which Washington's lawyers and the federal courts sitting there
            // write in Bluebook texts too (T1's `Wash. 2d` names the same volumes).
            if style.id.family() == StyleId::BLUEBOOK
                && StyleId::WASHINGTON
                    .style()
                    .reporters
                    .get(standard)
                    .is_some_and(|own| *own == written)
            {
                return;
            }
            // `100 S.Ct. 2382` in Oklahoma's opinions: West's print, which the state's
            // courts keep beside the Bluebook's spacing.
            if style.id.family() == StyleId::BLUEBOOK
                && (cx.config.allow_closed_up_reporters || style.closed_up_allowed)
                && is_closed_up(&written, standard)
            {
                return;
            }
            // A citation in a state's public-domain form (`129 Ohio St.3d 498,
            // 2011-Ohio-4203, ¶ 2, 954 N.E.2d 117`) follows that state's rules, which
            // may close up its reporters, wholly or in part (Bluebook R10.3.3 defers to
            // them).
            // (A style that closes up its reporters itself, Ohio's, asks for its own form
            // there too: `Ohio St. 3d` is not the Ohio Writing Manual's.)
            // Closing up only: `806 N.W. 2d 133` spaces what every style closes.
            if style.reporter_spacing != ReporterSpacing::Closed
                && written.replace(' ', "") == standard.replace(' ', "")
                && written.matches(' ').count() < standard.matches(' ').count()
                && in_public_domain_group(cites, i)
            {
                return;
            }
            // An agency's own citation form, reporter and tribunal together:
            // `28 I&N Dec. 43 (BIA 2020)` (BIA Practice Manual, citation guidelines); a
            // short form (`28 I&N Dec. at 45`) repeats the reporter of its full citation,
            // which is checked there.
            let court = c.court.map(|s| cx.slice(s));
            let agency_form = |courts: &[&str]| {
                c.kind == CitationKind::ShortCase || court.is_some_and(|k| courts.contains(&k))
            };
            if AGENCY_FORMS
                .iter()
                .any(|(r, courts)| written == *r && agency_form(courts))
            {
                return;
            }
            // Louisiana's `La.App. 1 Cir.` names the court in its docket-style cite.
            // (Only in that cite: `12 La 345` is the Louisiana Reports without a period.)
            if c.neutral && table().edition(standard).is_some_and(|e| e.forms.louisiana) {
                return;
            }
            // `Fed. Appx.` → `F. App’x` in a paragraph of curly apostrophes.
            let expected: std::borrow::Cow<str> =
                std::borrow::Cow::Owned(cx.in_writers_apostrophe(span, &expected));
            // `U.S.P.Q.2d` → `U.S.P.Q.2d (BNA)`: the publisher is part of the name.
            let publisher = expected
                .strip_prefix(written.as_str())
                .and_then(|rest| rest.strip_prefix(" ("))
                .filter(|rest| rest.ends_with(')'));
            // A state house style that writes reporters as the Bluebook does cites the
            // Bluebook; one with forms of its own (Ohio's closed-up `Ohio St.3d`,
            // Washington's `Wn.2d`) cites its manual and names itself.
            let bluebook_forms = style.id.family() == StyleId::BLUEBOOK
                && style.reporter_spacing == ReporterSpacing::Standard
                && !style.reporters.contains_key(standard);
            let message = if c.neutral && written.replace('.', "") == standard.replace('.', "") {
                // Most codes drop the periods (`2019 ND 12`); Arkansas's keeps its
                // reporter's (`2018 Ark. App. 100`).
                let periods = if expected.contains('.') {
                    "with its periods"
                } else {
                    "without periods"
                };
                format!(
                    "Public-domain citation “{written}” is written “{expected}”, {periods}, as its state's court writes it (Bluebook R10.3.3, T1)."
                )
            } else if c.neutral
                && (table().edition(&written).is_some()
                    || crate::citations::scan::public_domain_respelled(&written).is_some())
            {
                // `2021 Ill. 125124`: the official reporter's name where the public-domain
                // citation names its court by code.
                let (volume, page) = (
                    c.volume.map_or("", |v| cx.slice(v)),
                    c.page.map_or("", |p| cx.slice(p)),
                );
                format!(
                    "A year as volume makes this the state's public-domain citation, which names the court “{expected}”, not the reporter “{written}”: “{volume} {expected} {page}” (Bluebook R10.3.3, T1)."
                )
            } else if let Some(publisher) = publisher {
                let publisher = publisher.trim_end_matches(')');
                let rule = if bluebook_forms {
                    "Bluebook T1"
                } else {
                    style.rules.reporter.as_str()
                };
                format!("Reporter “{written}” names its publisher, {publisher}: it is written “{expected}” ({rule}).")
            } else if bluebook_forms {
                format!("Reporter “{written}” is written “{expected}” (Bluebook R6.1(a), T1).")
            } else {
                format!(
                    "Reporter “{written}” is written “{expected}” in {} ({}).",
                    style.name, style.rules.reporter
                )
            };
            let expected = expected.into_owned();
            let whole = whole_citation_fix(cx, cites, i, span, &expected);
            cx.report_fix(&REPORTER_FORM, span, message, expected);
            if let (Some(fix), Some(finding)) = (whole, cx.findings.last_mut()) {
                finding.fixes.push(fix);
            }
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

/// A second fix for a full citation that is wrong for its style in more than its
/// reporter (`People v. Danielson, 9 N.Y.3d 342 [2007]` in New York style, where the
/// parties are joined by `v`): the whole citation as the style writes it
/// (`People v Danielson, 9 NY3d 342 [2007]`), so one edit mends all. Only in a style
/// plead converts to (a state house style allows forms its family does not), and only
/// when the rewrite changes more than the reporter.
fn whole_citation_fix(
    cx: &CheckCx,
    cites: &[Citation],
    i: usize,
    reporter: Span,
    expected: &str,
) -> Option<Fix> {
    let style = cx.style.id;
    if style.family() != style || cites[i].kind != CitationKind::FullCase {
        return None;
    }
    let conversion = convert(cx.text, cites, i, style)?;
    let at = conversion.span;
    if reporter.start < at.start || reporter.end > at.end {
        return None;
    }
    let reporter_only = format!(
        "{}{expected}{}",
        cx.text.get(at.start..reporter.start)?,
        cx.text.get(reporter.end..at.end)?
    );
    // (The same rewrite whichever apostrophe the writer uses.)
    if reporter_only.replace('\u{2019}', "'") == conversion.text.replace('\u{2019}', "'") {
        return None;
    }
    Some(Fix {
        title: format!("Rewrite the citation in {}", cx.style.name).into(),
        edits: Edits::from_buf([Edit {
            span: at,
            new_text: conversion.text.into(),
        }]),
        preferred: false,
    })
}

/// Whether citation `i` is one of a parallel group that holds a public-domain citation.
fn in_public_domain_group(cites: &[Citation], i: usize) -> bool {
    let root = cites[i].parallel_to.unwrap_or(i);
    parallel_group(cites, root).any(|k| cites[k].neutral)
}

/// New York's unreported and abridged decisions are marked after the page in brackets
/// (`81 Misc 3d 136[A]`, `2023 NY Slip Op 51399[U]`, N.Y. Style Manual ch. 1), where the
/// Bluebook writes parentheses (`136(A)`): a style that brackets them is given that form.
fn check_page_suffix(cx: &mut CheckCx, c: &Citation) {
    let Some(page) = c.page else { return };
    let written = cx.slice(page);
    let Some(letter) = ["(A)", "(U)"]
        .into_iter()
        .find(|suffix| written.ends_with(suffix))
    else {
        return;
    };
    let span = Span::new(page.end - letter.len(), page.end);
    let fixed = format!("[{}]", &letter[1..2]);
    cx.report_fix(
        &REPORTER_FORM,
        span,
        format!(
            "{} marks an unreported or abridged decision in brackets after the page: “{}{fixed}” ({}).",
            cx.style.name,
            &written[..written.len() - letter.len()],
            cx.style.rules.reporter
        ),
        fixed,
    );
}
