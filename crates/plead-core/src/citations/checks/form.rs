//! Citation form: signals without a comma, balanced parentheses, `Id.` with its
//! period, subsequent history in the style's words. (Short forms missing `at` are a document check: see `document`.)

use super::{CheckCx, HISTORY_FORM, ID_FORM, ID_PERIOD, PARENTHESES, SIGNAL_COMMA, SUPRA_CASE};
use crate::analysis::Span;
use crate::citations::model::{Citation, CitationKind, SignalKind};
use crate::citations::style::StyleId;

pub(super) fn check(cx: &mut CheckCx, c: &Citation) {
    if let Some(signal) = c.signal {
        let written = cx.slice(signal.span).to_string();
        let comma_allowed = matches!(signal.kind, SignalKind::Eg | SignalKind::SeeEg);
        if !comma_allowed {
            if let Some(bare) = written.strip_suffix(',') {
                cx.report_fix(
                    &SIGNAL_COMMA,
                    signal.span,
                    format!("No comma after the signal “{bare}” (Bluebook R1.2, B1.2)."),
                    bare.to_string(),
                );
            }
        }
    }
    // A paragraph that stops mid-sentence was cut by a line break (double-spaced or
    // hard-wrapped text read line by line): its parenthesis closes in what follows.
    let cut = !super::ends_sentence(cx.text);
    for p in &c.parentheticals {
        if !p.closed && !cut {
            cx.report(
                &PARENTHESES,
                p.span,
                "Parenthetical is not closed: add “)” (Bluebook R10.4).".into(),
            );
        }
    }
    // `Baral, supra, 1 Cal. 5th at 384`: the Bluebook does not cite cases `supra` (R4.2),
    // nor with the full reporter cite after it (`Kalal, supra, 271 Wis. 2d 633, ¶ 51`, as
    // Connecticut's and California's courts write it), which reads as a full citation.
    if matches!(c.kind, CitationKind::ShortCase | CitationKind::FullCase)
        && !cx.style.supra_for_cases
    {
        if let (Some(name), Some(volume)) = (c.case_name, c.volume) {
            let between = cx.slice(Span::new(name.end, volume.start)).to_string();
            if let Some(k) = between.find(", supra,") {
                let start = name.end + k;
                cx.report_fix(
                    &SUPRA_CASE,
                    Span::new(start, start + ", supra,".len()),
                    format!(
                        "“supra” is not used for cases: use the short form Name, vol. Reporter at page ({}).",
                        cx.style.rules.supra
                    ),
                    ",".into(),
                );
            }
        }
    }
    // `[1st Dept 2014], aff'd 24 NY3d 905`: New York's Official Reports write `affd`,
    // `lv denied` (the style's `history` table).
    for h in &c.history {
        let written = cx.slice(h.span).replace('\u{2019}', "'");
        if let Some(own) = cx.style.history.get(&written) {
            cx.report_fix(
                &HISTORY_FORM,
                h.span,
                format!(
                    "{} writes “{written}” as “{own}” ({}).",
                    cx.style.name, cx.style.rules.date
                ),
                own.clone(),
            );
        }
    }
    if cx.style.id.family() == StyleId::California {
        check_review_date(cx, c);
    }
    if c.kind == CitationKind::Id {
        let word = cx
            .slice(Span::new(c.span.start, c.span.start + 2))
            .to_string();
        let missing_period = cx.text[c.span.start + 2..].starts_with(" at");
        // OCR reads `Id.` as `!d.` or `ld.`.
        if word == "!d" || word == "ld" {
            let end = c.span.start + if missing_period { 2 } else { 3 };
            cx.report_fix(
                &ID_FORM,
                Span::new(c.span.start, end),
                format!("“{word}.” is “Id.” misread (OCR?) (Bluebook R4.1)."),
                "Id.".into(),
            );
        } else if missing_period {
            let span = Span::new(c.span.start, c.span.start + 5);
            cx.report_fix(
                &ID_PERIOD,
                span,
                "“Id.” takes a period (Bluebook R4.1).".into(),
                format!("{word}. at"),
            );
        }
    }
}

/// The months as California Style Manual abbreviates them in dates (`Sept.`, `June`).
const MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// California style dates the Supreme Court's grant or denial of review with the month
/// written out, then its docket number (`review granted Mar. 15, 2023, S277962`, Cal.
/// Style Manual ch. 1); a date in numbers (`review granted 3/15/2023`, as a practice
/// program's list writes it) is given that form. The docket number cannot be supplied.
fn check_review_date(cx: &mut CheckCx, c: &Citation) {
    for h in &c.history {
        let phrase = cx.slice(h.span);
        if phrase != "review granted" && phrase != "review denied" {
            continue;
        }
        let Some(rest) = cx.text.get(h.span.end..).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        let len = rest
            .find(|ch: char| !(ch.is_ascii_digit() || ch == '/'))
            .unwrap_or(rest.len());
        let date = &rest[..len];
        let parts: Vec<&str> = date.split('/').collect();
        let [m, d, y] = parts[..] else { continue };
        let (Ok(month), Ok(day)) = (m.parse::<usize>(), d.parse::<u32>()) else {
            continue;
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || y.len() != 4 {
            continue;
        }
        let written = format!("{} {day}, {y}", MONTHS[month - 1]);
        let start = h.span.end + 1;
        cx.report_fix(
            &HISTORY_FORM,
            Span::new(start, start + len),
            format!(
                "{} dates review with the month written out, then the Supreme Court's docket number: “{phrase} {written}, S…” (Cal. Style Manual ch. 1).",
                cx.style.name
            ),
            written,
        );
    }
}
