//! Public-domain (neutral) citations in the form their state adopted: Ohio and New
//! Mexico join year, court and number with hyphens (`2011-Ohio-4215`, `2007-NMSC-033`),
//! and every public-domain citation is pinpointed by paragraph (`2012 IL 107821, ¶ 8`),
//! as Bluebook R10.3.3 and the state rules it follows require, in any style.

use super::{CheckCx, NEUTRAL_FORM};
use crate::analysis::Span;
use crate::citations::model::{Citation, CitationKind};
use crate::citations::reporters::table;
use crate::citations::style::StyleId;

/// Ohio's appellate districts of one county: the pre-2002 `County App.` form can be
/// given its district for them.
const SINGLE_COUNTY_DISTRICTS: &[(&str, &str)] = &[("8th", "Cuyahoga"), ("10th", "Franklin")];

/// Public-domain forms whose opinions number pages, not paragraphs, so their pins are
/// pages: Arkansas (`2009 Ark. 123, at 5`, Ark. Sup. Ct. R. 5-2(d)), its Workers'
/// Compensation Commission, the Tax Court (`T.C. Memo. 2019-233, at *4`), the NLRB's
/// slip opinions (`366 NLRB No. 123, slip op. at 5`) and the Court of International
/// Trade's.
const PAGE_PINNED: &[&str] = &[
    "Ark.",
    "Ark. App.",
    "AWCC",
    "T.C. Memo.",
    "T.C. No.",
    "T.C. Summary Opinion",
    "NLRB No.",
    "CIT",
];

/// Public-domain forms whose courts close the paragraph sign up to its number (the
/// Wisconsin courts' `2004 WI 58, ¶45`; the Wyoming Supreme Court writes both, `2002 WY
/// 51, ¶4` beside `2002 WY 63, ¶ 27` in Belden v. State, 2003 WY 89); every other writes
/// `¶ 18` (Bluebook R3.3(b)).
const PARAGRAPH_SIGN_CLOSED: &[&str] = &["WI", "WI App", "WY"];

pub(super) fn check(cx: &mut CheckCx, c: &Citation) {
    if c.kind != CitationKind::FullCase || !c.neutral {
        return;
    }
    let (Some(volume), Some(page), Some(standard)) = (c.volume, c.page, c.reporter_standard) else {
        return;
    };
    let rule = cx.style.rules.neutral.clone();
    if cx.style.id == StyleId::OHIO {
        check_ohio_designation(cx, c, &rule);
    }
    let dashed = table().edition(standard).is_some_and(|e| e.forms.dashed);
    let written = cx.slice(Span::new(volume.start, page.end)).to_string();
    // `2007-NMSC-33`: New Mexico writes its numbers with three digits (`2007-NMSC-033`).
    let number = cx.slice(page);
    let number = match table().number_digits(standard) {
        Some(n) if number.len() < n && number.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{number:0>n$}")
        }
        _ => number.to_string(),
    };
    let hyphenated = format!("{}-{standard}-{number}", cx.slice(volume));
    // `SLIP OPINION NO. 2020-OHIO-3051`: a heading in capitals is the form too.
    let capitals = written == hyphenated.to_uppercase();
    // `2026-ND-132`: a state whose citation is spaced, written with hyphens.
    if !dashed && written == hyphenated {
        let spaced = format!("{} {standard} {number}", cx.slice(volume));
        cx.report_fix(
            &NEUTRAL_FORM,
            Span::new(volume.start, page.end),
            format!("This public-domain citation is written “{spaced}” ({rule})."),
            spaced,
        );
    }
    if dashed && written != hyphenated && !capitals {
        cx.report_fix(
            &NEUTRAL_FORM,
            Span::new(volume.start, page.end),
            format!("This public-domain citation is written “{hyphenated}” ({rule})."),
            hyphenated,
        );
    }
    // `2012 IL 107821, 8`, `2011-Ohio-4203, at 2`: a public-domain citation's pin is a
    // paragraph, where its court numbers them.
    // Louisiana's uniform citation pins by the opinion's page (`2010-1234, p. 5 (La. App.
    // 4 Cir. 5/16/11)`, La. Sup. Ct. Gen. Admin. R. pt. G, § 8).
    if PAGE_PINNED.contains(&standard)
        || table().edition(standard).is_some_and(|e| e.forms.louisiana)
    {
        return;
    }
    // `2004 WI 58 ¶ 45`: the paragraph pin follows the citation after a comma, as any pin.
    if let Some(first) = c.pins.first() {
        let gap = Span::new(page.end, first.span.start);
        if cx.slice(gap) == " " && cx.slice(first.span).starts_with('¶') {
            cx.report_fix(
                &NEUTRAL_FORM,
                gap,
                format!(
                    "Put a comma between the public-domain citation and its paragraph pin: “{written}, {}” ({rule}).",
                    cx.slice(first.span)
                ),
                ", ".into(),
            );
        }
    }
    let mut paragraphs = false;
    for (k, pin) in c.pins.iter().enumerate() {
        let text = cx.slice(pin.span).to_string();
        // `¶¶ 6, 8`: the numbers after a paragraph pin are paragraphs too.
        if paragraphs || text.starts_with('¶') {
            if !paragraphs && !PARAGRAPH_SIGN_CLOSED.contains(&standard) {
                check_paragraph_sign_space(cx, pin.span, &text, &rule);
            }
            if !paragraphs && !text.starts_with("¶¶") {
                check_several_paragraphs(cx, c, k, &text, &rule);
            }
            paragraphs = true;
            continue;
        }
        let before = &cx.text[..pin.span.start];
        // `, at 2`, and the paragraph spelled out: `, para. 20`, `, paras. 20-21`.
        let (lead, sign) = [("at ", "¶"), ("para. ", "¶"), ("paras. ", "¶¶")]
            .iter()
            .find(|(word, _)| before.ends_with(&format!(", {word}")))
            .map_or((0, "¶"), |(word, sign)| (word.len(), *sign));
        if text.starts_with(|ch: char| ch.is_ascii_digit()) && (before.ends_with(", ") || lead > 0)
        {
            paragraphs = sign == "¶¶";
            cx.report_fix(
                &NEUTRAL_FORM,
                Span::new(pin.span.start - lead, pin.span.end),
                format!(
                    "A public-domain citation is pinpointed by paragraph: “{sign} {text}” ({rule})."
                ),
                format!("{sign} {text}"),
            );
        }
    }
}

/// `2026 ND 34, ¶ 16, 19` → `¶¶ 16, 19`: several paragraphs, or a span of them (`¶
/// 16-19`), take the doubled sign (Bluebook R3.3(b), R6.2(c)).
fn check_several_paragraphs(cx: &mut CheckCx, c: &Citation, k: usize, text: &str, rule: &str) {
    let number = text.trim_start_matches('¶').trim_start();
    let span_of = number.contains(['-', '\u{2013}']);
    let followed = c.pins.get(k + 1).is_some_and(|next| {
        cx.slice(next.span)
            .starts_with(|ch: char| ch.is_ascii_digit())
            && cx
                .text
                .get(c.pins[k].span.end..next.span.start)
                .is_some_and(|gap| matches!(gap, ", " | " & " | " and " | ", and "))
    });
    if !(span_of || followed) {
        return;
    }
    let sign = Span::new(c.pins[k].span.start, c.pins[k].span.start + '¶'.len_utf8());
    cx.report_fix(
        &NEUTRAL_FORM,
        sign,
        format!("Several paragraphs are cited with “¶¶” ({rule})."),
        "¶¶".into(),
    );
}

/// `2011 VT 10, ¶18` → `¶ 18`: a space between the paragraph sign and its number.
fn check_paragraph_sign_space(cx: &mut CheckCx, span: Span, text: &str, rule: &str) {
    let signs = text.len() - text.trim_start_matches('¶').len();
    if !text[signs..].starts_with(|ch: char| ch.is_ascii_digit()) {
        return;
    }
    let sign = &text[..signs];
    cx.report_fix(
        &NEUTRAL_FORM,
        Span::new(span.start, span.start + signs),
        format!(
            "Put a space between “{sign}” and the paragraph number: “{sign} {}” ({rule}).",
            &text[signs..]
        ),
        format!("{sign} "),
    );
}

/// Ohio's appellate designation before the webcite (Ohio Writing Manual § 1.1): district,
/// county and docket number, `8th Dist. Cuyahoga No. 98292, 2013-Ohio-1234`. The pre-2002
/// `Cuyahoga App. No. 81234` is flagged, with the district where a district has one
/// county (the Eighth, Cuyahoga; the Tenth, Franklin). A designation without its county
/// is left alone: the Tenth District writes its own so (`10th Dist. No. 16AP-457`), and
/// the Supreme Court of Ohio's summaries the Seventh's (`7th Dist. No. 05-MA-25`).
fn check_ohio_designation(cx: &mut CheckCx, c: &Citation, rule: &str) {
    let Some(span) = c.designation else { return };
    let written = cx.slice(span).to_string();
    let Some(k) = written.find(" No. ").or_else(|| written.find(" Nos. ")) else {
        return;
    };
    let (head, docket) = written.split_at(k);
    let words: Vec<&str> = head.split(' ').collect();
    let (district, county) = match words.as_slice() {
        [county @ .., "App."] => {
            let county = county.join(" ");
            let district = SINGLE_COUNTY_DISTRICTS
                .iter()
                .find(|(_, c)| *c == county)
                .map(|(d, _)| *d);
            (district, Some(county))
        }
        _ => return,
    };
    let message = match (district, county.as_deref()) {
        (Some(d), Some(county)) => {
            let fixed = format!("{d} Dist. {county}{docket}");
            cx.report_fix(
                &NEUTRAL_FORM,
                span,
                format!(
                    "An Ohio appellate decision is cited by district, county and docket number: “{fixed}” ({rule})."
                ),
                fixed,
            );
            return;
        }
        (None, Some(county)) => format!(
            "An Ohio appellate decision is cited by district, county and docket number: name the district before “{county}” (“…th Dist. {county}{docket}”) ({rule})."
        ),
        _ => return,
    };
    cx.report(&NEUTRAL_FORM, span, message);
}
