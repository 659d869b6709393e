//! Citation form: signals without a comma, balanced parentheses, `Id.` with its
//! period, subsequent history in the style's words. (Short forms missing `at` are a document check: see `document`.)

use super::{
    CheckCx, CourtForm, HISTORY_FORM, ID_FORM, ID_PERIOD, PARALLEL_FORM, PARENTHESES, PIN_FORM,
    SIGNAL_COMMA, SUPRA_CASE,
};
use crate::analysis::{Finding, Fix, Span};
use crate::citations::model::{Citation, CitationKind, ParentheticalKind, SignalKind};
use crate::citations::months;
use crate::citations::style::{DatePlacement, ParallelForm, StyleId};

pub(super) fn check(cx: &mut CheckCx, c: &Citation) {
    if let Some(signal) = c.signal {
        let written = cx.slice(signal.span).to_string();
        let comma_allowed = matches!(signal.kind, SignalKind::Eg | SignalKind::SeeEg);
        // A state house style writes the Bluebook's signals unless its own table says
        // otherwise (`See e.g.` → `See, e.g.,` in Delaware's, Michigan's, Oregon's texts).
        let signals = if cx.style.signals.is_empty() && cx.style.id.family() == StyleId::BLUEBOOK {
            &StyleId::BLUEBOOK.style().signals
        } else {
            &cx.style.signals
        };
        if let Some(own) = signals.get(&written) {
            cx.report_fix(
                &SIGNAL_COMMA,
                signal.span,
                format!(
                    "{} writes the signal “{written}” as “{own}” ({}).",
                    cx.style.name,
                    if cx.style.id.family() == StyleId::BLUEBOOK {
                        "Bluebook R1.2, B1.2"
                    } else {
                        cx.style.rules.pin.as_str()
                    }
                ),
                own.clone(),
            );
        } else if written.starts_with(char::is_uppercase)
            && cx.text[..signal.span.start].trim_end().ends_with(';')
        {
            // `…, 137 F.3d 1190 (10th Cir. 1998); See also Doe v. …`: a signal inside a
            // string citation is in lower case (R1.2: capitalized only when it opens a
            // citation sentence).
            let mut lower = written.clone();
            lower[..1].make_ascii_lowercase();
            cx.report_fix(
                &SIGNAL_COMMA,
                signal.span,
                format!(
                    "A signal inside a string citation is in lower case: “{lower}” (Bluebook R1.2)."
                ),
                lower,
            );
        } else if !comma_allowed {
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
    // `(citing, Goney v. Clark, 749 F.2d 5)`: the phrase of a citing or quoting
    // parenthetical runs into the citation it introduces, as a signal does (R10.6.3).
    let before = &cx.text[..c.span.start];
    if let Some(phrase) = ["(citing, ", "(quoting, ", "(cited in, ", "(quoted in, "]
        .iter()
        .find(|p| before.ends_with(**p))
    {
        let comma = c.span.start - 2;
        let word = &phrase[1..phrase.len() - 2];
        cx.report_fix(
            &SIGNAL_COMMA,
            Span::new(comma, comma + 1),
            format!("No comma after “{word}”: it runs into the citation it introduces (Bluebook R10.6.3, R1.2)."),
            String::new(),
        );
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
    // `(Robinson, 106 Cal.App.5th at p. 869.)`: California's short form of a case names its
    // volume after `supra` (`Robinson, supra, 106 Cal.App.5th at p. 869`, Cal. Style Manual
    // ch. 1); without the volume (`Robinson, at p. 869`) it needs none.
    if c.kind == CitationKind::ShortCase && cx.style.id == StyleId::CALIFORNIA {
        if let (Some(name), Some(volume)) = (c.case_name, c.volume) {
            let gap = Span::new(name.end, volume.start);
            if cx.slice(gap) == ", " {
                cx.report_fix(
                    &SUPRA_CASE,
                    gap,
                    format!(
                        "{} puts “supra” before the volume of a case's short form: “{}, supra, {} …” ({}).",
                        cx.style.name,
                        cx.slice(name),
                        cx.slice(Span::new(volume.start, c.reporter.map_or(volume.end, |r| r.end))),
                        cx.style.rules.supra
                    ),
                    ", supra, ".into(),
                );
            }
        }
    }
    // `[1st Dept 2014], aff'd 24 NY3d 905`: New York's Official Reports write `affd`,
    // `lv denied` (the style's `history` table).
    // The Bluebook sets the decision off with a comma (`aff'd, 205 F.3d 1327`, T8); a
    // phrase ending in a name's introduction (`aff'd sub nom.`, `… in`) takes none.
    for h in &c.history {
        // `(S.D. Ind. Feb. 21, 2025) report and recommendation adopted`: the history is
        // set off from the citation before it with a comma (Bluebook R10.7).
        if cx.text[..h.span.start].ends_with(") ") {
            let space = Span::new(h.span.start - 1, h.span.start);
            cx.report_fix(
                &HISTORY_FORM,
                space,
                format!(
                    "Set the subsequent history off from the citation with a comma: “), {}” (Bluebook R10.7).",
                    cx.slice(h.span)
                ),
                ", ".into(),
            );
        }
        let written = cx.slice(h.span).replace('\u{2019}', "'");
        let own = cx.style.history.get(&written);
        let decision_follows = cx
            .text
            .get(h.span.end..)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(|ch: char| ch.is_ascii_digit()));
        let comma_missing = cx.style.history_comma
            && decision_follows
            && !written.ends_with("sub nom.")
            && !written.ends_with(" in");
        if own.is_none() && !comma_missing {
            continue;
        }
        // The writer's apostrophe (`aff’d`), as the phrase or the paragraph writes it.
        let phrase = own.map_or(cx.slice(h.span).to_string(), |own| {
            cx.in_writers_apostrophe(h.span, own)
        });
        let (fixed, message) = if comma_missing {
            (
                format!("{phrase},"),
                format!(
                    "Set the later decision off with a comma: “{phrase}, …” (Bluebook R10.7, T8)."
                ),
            )
        } else {
            (
                phrase.clone(),
                format!(
                    "{} writes “{written}” as “{phrase}” ({}).",
                    cx.style.name, cx.style.rules.date
                ),
            )
        };
        // `rev. denied, 330 Or 363` in a style without the comma (Oregon's `rev den 330 Or
        // 363`, New York's `affd 24 NY3d 905`): the comma goes with the phrase.
        let comma_unwanted = !cx.style.history_comma
            && !comma_missing
            && cx
                .text
                .get(h.span.end..)
                .and_then(|rest| rest.strip_prefix(", "))
                .is_some_and(|rest| rest.starts_with(|ch: char| ch.is_ascii_digit()));
        let span = if comma_unwanted {
            Span::new(h.span.start, h.span.end + 1)
        } else {
            h.span
        };
        cx.report_fix(&HISTORY_FORM, span, message, fixed);
    }
    if cx.style.id.family() == StyleId::CALIFORNIA {
        check_review_date(cx, c);
        check_footnote_word(cx, c);
    }
    check_parenthetical_phrases(cx, c);
    // California brackets what parentheses would nest; so does New York, whose dates and
    // explanations stand in brackets (`(Rodriguez, 25 NY3d at 244 [internal quotation marks
    // omitted])`).
    if cx.style.parallel == ParallelForm::Brackets || cx.style.date == DatePlacement::Brackets {
        check_bracketed_explanations(cx, c);
    }
    check_at_before_paragraph(cx, c);
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
        } else if word == "Id"
            && cx.style.id.family() == StyleId::CALIFORNIA
            && cx.text[c.span.start + 2..].starts_with(".)")
            && cx.text[..c.span.start].trim_end().ends_with('(')
        {
            // `(Id.)` cites the same page as the citation before it, which the Style
            // Manual writes `(Ibid.)`; `Id.` is for another page (`(Id. at p. 5.)`).
            cx.report_fix(
                &ID_FORM,
                Span::new(c.span.start, c.span.start + 3),
                format!(
                    "{} cites the same page as the citation before with “Ibid.”; “Id.” takes a pin ({}).",
                    cx.style.name, cx.style.rules.supra
                ),
                "Ibid.".into(),
            );
        } else if word == "Id"
            && cx.style.id_lower_within_sentence
            && within_sentence(cx.text, c.span.start)
        {
            // New York's and California's citations stand in parentheses within the
            // sentence, `id.` lower case in them: `…authority' " (id. at 540, quoting …)`,
            // `subsequent develops' " (id. at p. 80), Villalobos fails`. A citation
            // sentence of its own in parentheses, `(N-PCL). (Id. at *6.)`, opens with a
            // capital.
            cx.report_fix(
                &ID_FORM,
                Span::new(c.span.start, c.span.start + 2),
                format!(
                    "{} writes “id.” in lower case within parentheses ({}).",
                    cx.style.name, cx.style.rules.supra
                ),
                "id".into(),
            );
        } else if word == "Id"
            && c.signal.is_some()
            && cx.text[..c.span.start].ends_with([' ', '\n'])
        {
            // `See Id. at 587`: after its signal `id.` is within the citation sentence,
            // lower case in every style (`See id.`, `(see id. at 324)`, `(see id. at p. 5)`).
            let rule = if cx.style.id.family() == StyleId::BLUEBOOK {
                "Bluebook R4.1".to_string()
            } else {
                cx.style.rules.supra.clone()
            };
            cx.report_fix(
                &ID_FORM,
                Span::new(c.span.start, c.span.start + 2),
                format!("After a signal “id.” is lower case ({rule})."),
                "id".into(),
            );
        } else if word == "id"
            && c.signal.is_none()
            && cx.style.id.family() == StyleId::BLUEBOOK
            && opens_citation_sentence(cx.text, c.span.start)
        {
            cx.report_fix(
                &ID_FORM,
                Span::new(c.span.start, c.span.start + 2),
                "“id.” opens its citation sentence here: capitalize it, “Id.” (Bluebook R4.1)."
                    .into(),
                "Id".into(),
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

/// A parenthetical opening with a phrase the style writes otherwise (its
/// `parenthetical_phrases` table): `(plurality opinion of O'Connor, J.)` in a California
/// text → `(plur. opn. of O'Connor, J.)`.
fn check_parenthetical_phrases(cx: &mut CheckCx, c: &Citation) {
    check_opinion_roles(cx, c);
    if cx.style.parenthetical_phrases.is_empty() {
        return;
    }
    for p in &c.parentheticals {
        let inner_start = p.span.start + 1;
        let Some(inner) = cx.text.get(inner_start..p.span.end) else {
            continue;
        };
        let Some((phrase, own)) = cx.style.parenthetical_phrases.iter().find(|(phrase, _)| {
            inner.starts_with(phrase.as_str())
                && inner[phrase.len()..].starts_with([' ', ')', ']', ','])
        }) else {
            continue;
        };
        let span = Span::new(inner_start, inner_start + phrase.len());
        cx.report_fix(
            &HISTORY_FORM,
            span,
            format!(
                "{} writes “{phrase}” as “{own}” ({}).",
                cx.style.name, cx.style.rules.date
            ),
            own.clone(),
        );
    }
}

/// How a California citation marks an unpublished opinion: `[nonpub. opn.]` (Cal. Style
/// Manual ch. 1: `(People v. Dixon (Apr. 28, 2010, F057961) [nonpub. opn.])`), for which
/// drafters write `[unpub. opn.]` or put it in parentheses.
pub(super) fn check_nonpublished_marker(cx: &mut CheckCx) {
    const WRITTEN: [&str; 4] = [
        "[unpub. opn.]",
        "[unpub.opn.]",
        "(unpub. opn.)",
        "(nonpub. opn.)",
    ];
    const STYLE: &str = "[nonpub. opn.]";
    if cx.style.id != StyleId::CALIFORNIA || !cx.text.contains("pub") {
        return;
    }
    let found: Vec<(usize, &str)> = WRITTEN
        .iter()
        .flat_map(|w| cx.text.match_indices(w))
        .collect();
    for (at, written) in found {
        cx.report_fix(
            &HISTORY_FORM,
            Span::new(at, at + written.len()),
            format!(
                "{} marks an unpublished opinion “{STYLE}” ({}).",
                cx.style.name, cx.style.rules.date
            ),
            STYLE.into(),
        );
    }
}

/// `(Feinberg, J., dissenting)` in a style that names a separate opinion by its kind
/// first: `(dis. opn. of Feinberg, J.)` (California Style Manual ch. 1).
fn check_opinion_roles(cx: &mut CheckCx, c: &Citation) {
    if cx.style.opinion_roles.is_empty() {
        return;
    }
    for p in c.parentheticals.iter().filter(|p| p.closed) {
        let Some(inner) = cx.text.get(p.span.start + 1..p.span.end - 1) else {
            continue;
        };
        let Some((judge, title, role)) = judge_and_role(inner) else {
            continue;
        };
        let Some(own) = cx.style.opinion_roles.get(role) else {
            continue;
        };
        let fixed = format!("{own} of {judge}, {title}");
        cx.report_fix(
            &HISTORY_FORM,
            Span::new(p.span.start + 1, p.span.end - 1),
            format!(
                "{} names a separate opinion “{fixed}” ({}).",
                cx.style.name, cx.style.rules.date
            ),
            fixed,
        );
    }
}

/// `Feinberg, J., dissenting` → (`Feinberg`, `J.`, `dissenting`): a judge's name (capitalized
/// words), the judicial title, and what the judge wrote.
fn judge_and_role(inner: &str) -> Option<(&str, &str, &str)> {
    const TITLES: [&str; 6] = ["J.", "JJ.", "C.J.", "P.J.", "Acting P.J.", "Ch.J."];
    let (judge, rest) = inner.split_once(", ")?;
    let (title, role) = rest.split_once(", ")?;
    let name_like = !judge.is_empty()
        && judge.len() <= 40
        && judge
            .split(' ')
            .all(|w| w.starts_with(|ch: char| ch.is_uppercase()) || matches!(w, "and" | "&"));
    (name_like && TITLES.contains(&title)).then_some((judge, title, role))
}

/// An explanation after a citation that stands within parentheses, in a style that
/// brackets what parentheses would nest (California: `(… (2023) 92 Cal.App.5th 218,
/// 228–229 [$15,000].)`, Cal. Style Manual ch. 1): `($15,000)` there is given brackets.
/// Who wrote the opinion cited keeps its parentheses (`(Ewing v. California (2003) 538
/// U.S. 11, 25–26 (plur. opn. of O'Connor, J.), italics added; …)`, People v. Shaw).
fn check_bracketed_explanations(cx: &mut CheckCx, c: &Citation) {
    if !matches!(c.kind, CitationKind::FullCase | CitationKind::ShortCase) {
        return;
    }
    if !super::open_parentheses_before(cx.text, c.span.start) {
        return;
    }
    for p in &c.parentheticals {
        let explains = matches!(
            p.kind,
            ParentheticalKind::Explanatory | ParentheticalKind::Alteration
        );
        if !explains || p.bracket || !p.closed {
            continue;
        }
        let Some(inner) = cx.text.get(p.span.start + 1..p.span.end.saturating_sub(1)) else {
            continue;
        };
        if inner.is_empty() || inner.contains(['(', ')', '[', ']']) || !is_explanation(inner) {
            continue;
        }
        let fixed = format!("[{inner}]");
        cx.report_fix(
            &PARALLEL_FORM,
            p.span,
            format!(
                "{} brackets an explanation within parentheses: “{fixed}” ({}).",
                cx.style.name, cx.style.rules.parallel
            ),
            fixed,
        );
    }
}

/// Whether a parenthetical's words explain the citation (`$15,000`, `“…”`, `holding
/// that …`) rather than name it or its author: the short name a case is cited by after
/// (`(Sanchez)`, `(Caden C. I)`) and who wrote the opinion (`(conc. opn. by Buchanan,
/// J.)`) keep their parentheses within parentheses, as California's courts write them.
fn is_explanation(inner: &str) -> bool {
    let Some(first) = inner.chars().next() else {
        return false;
    };
    if first == '$' || first.is_ascii_digit() || matches!(first, '"' | '\u{201c}' | '\'') {
        return true;
    }
    first.is_lowercase() && !inner.split(' ').take(4).any(|w| w == "opn.")
}

/// Whether a citation at `start`, opening a parenthesis, stands within a sentence
/// (`develops' " (id. at p. 80), Villalobos fails`): the text before the parenthesis goes
/// on from a word, not a sentence's end, and the parenthesis does not close on a period of
/// its own. A paragraph opening `(Id. at p. 137.)`, or a parenthesis closing `.)` after a
/// quotation that lacks its period (`[Citations.]” (Id. at pp. 845-846.)`), is a citation
/// sentence.
fn within_sentence(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(open) = before.strip_suffix(['(', '[']) else {
        return false;
    };
    let words = open.trim_end_matches([' ', '"', '\'', '\u{201d}', '\u{2019}']);
    if words.is_empty() || words.ends_with(['.', '?', '!']) {
        return false;
    }
    let mut depth = 1usize;
    for (k, ch) in text[start..].char_indices() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return !text[..start + k].ends_with('.');
                }
            }
            _ => {}
        }
    }
    true
}

/// Whether a citation at `start` begins a sentence (`… 1255. id. at 1256`), where `Id.`
/// is capitalized; after a signal, a semicolon or a comma (`see id.`, `; id. at 4`) it
/// is not, nor inside parentheses, where New York's Official Reports write `(id. at 5)`. A period after a signal
/// or an abbreviation (`Cf. id.`, `e.g. id.`) is no sentence end.
fn opens_citation_sentence(text: &str, start: usize) -> bool {
    // `occurred.” id. (quotation omitted)`: the quotation's period ends the sentence.
    let before = text[..start]
        .trim_end()
        .trim_end_matches(['\u{201d}', '\u{2019}', '"', '\'']);
    if before.is_empty() {
        return true;
    }
    if !before.ends_with(['.', '?', '!']) {
        return false;
    }
    let last = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    let abbreviation = matches!(
        last.to_ascii_lowercase().as_str(),
        "cf." | "e.g." | "i.e." | "viz." | "accord." | "see."
    ) || last.len() == 2 && last.starts_with(char::is_uppercase);
    !abbreviation
}

/// `Id. at ¶ 6`: a paragraph pin takes no `at` (Bluebook R3.3(b), R4.1: `Id. ¶ 6`), as a
/// section's does not. Ohio's courts write `Id. at ¶ 6` (Ohio Writing Manual § 1.2): their
/// style keeps it; so do Oklahoma's and many others' opinions, throughout
/// ([`CourtForm::AtBeforeParagraph`]: the document pass reports it only where the
/// document does not write it as its own).
fn check_at_before_paragraph(cx: &mut CheckCx, c: &Citation) {
    if cx.style.id.family() != StyleId::BLUEBOOK || cx.style.id == StyleId::OHIO {
        return;
    }
    let Some(pin) = c.pins.first() else { return };
    if !cx.slice(pin.span).starts_with('¶') {
        return;
    }
    let before = &cx.text[..pin.span.start];
    // Counted in `Id.` and short forms, where `at` may stand: a full citation's pin
    // follows its comma (`2007 OK CR 42, ¶ 29`) in either form.
    let short = c.kind != CitationKind::FullCase;
    let Some(lead) = [" at ", ", at "].iter().find(|l| before.ends_with(**l)) else {
        if short {
            cx.court_forms.count(CourtForm::AtBeforeParagraph, false);
        }
        return;
    };
    if short {
        cx.court_forms.count(CourtForm::AtBeforeParagraph, true);
    }
    let span = Span::new(pin.span.start - lead.len(), pin.span.start);
    let keep = if lead.starts_with(',') { ", " } else { " " };
    let message = format!(
        "A paragraph pin takes no “at”: “{}” (Bluebook R3.3(b), R4.1).",
        cx.slice(pin.span)
    );
    let finding =
        Finding::new(span, &PIN_FORM, message).with_fix(Fix::replace(span, keep.to_string(), true));
    cx.court_forms
        .findings
        .push((CourtForm::AtBeforeParagraph, finding));
}

/// A date after a review phrase: `3/15/2023`, `Mar. 15, 2023`, `March 15, 2023`. Its
/// length in `rest` and the date as California Style Manual writes it.
fn review_date(rest: &str) -> Option<(usize, String)> {
    let numeric = rest
        .find(|ch: char| !(ch.is_ascii_digit() || ch == '/'))
        .unwrap_or(rest.len());
    if numeric > 0 {
        let parts: Vec<&str> = rest[..numeric].split('/').collect();
        let [m, d, y] = parts[..] else { return None };
        let (month, day) = (m.parse::<usize>().ok()?, d.parse::<u32>().ok()?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || y.len() != 4 {
            return None;
        }
        return Some((numeric, format!("{} {day}, {y}", months::T12[month - 1])));
    }
    let (word, month) = months::written_forms()
        .filter(|(w, _)| rest.starts_with(w) && rest[w.len()..].starts_with(' '))
        .max_by_key(|(w, _)| w.len())?;
    let after = &rest[word.len() + 1..];
    let day_len = after.bytes().take_while(u8::is_ascii_digit).count();
    let year = after[day_len..].strip_prefix(", ")?;
    if !(1..=2).contains(&day_len)
        || year.len() < 4
        || !year.as_bytes()[..4].iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let len = word.len() + 1 + day_len + 2 + 4;
    Some((
        len,
        format!(
            "{} {}, {}",
            months::T12[month - 1],
            &after[..day_len],
            &year[..4]
        ),
    ))
}

/// The Supreme Court's docket number after a review date: `, S277962` as the Style
/// Manual writes it, or `(S277962)`, `, No. S277962`: its length in `rest` and the
/// number.
fn review_docket(rest: &str) -> Option<(usize, &str)> {
    let (lead, close) = [(", No. ", ""), (", ", ""), (" (", ")"), (" (No. ", ")")]
        .iter()
        .filter(|(lead, _)| rest.starts_with(lead))
        .max_by_key(|(lead, _)| lead.len())?;
    let number = &rest[lead.len()..];
    let digits = number
        .get(1..)?
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if !number.starts_with('S') || !(5..=7).contains(&digits) {
        return None;
    }
    let number = &number[..1 + digits];
    if !rest[lead.len() + number.len()..].starts_with(close) {
        return None;
    }
    Some((lead.len() + number.len() + close.len(), number))
}

/// California style dates the Supreme Court's grant or denial of review with the month
/// abbreviated, then its docket number after a comma (`review granted Mar. 15, 2023,
/// S277962`, Cal. Style Manual ch. 1). A date in numbers (`review granted 3/15/2023`, as
/// a practice program's list writes it) or a month in full is given that form, and a
/// docket number in parentheses or after `No.` (`1/11/2023 (S277463)`) goes after the
/// comma. A docket number left out cannot be supplied.
/// `1211 & n.2` → `1211 & fn. 2`: the California Style Manual calls a footnote `fn.`
/// (`fns.` for more than one) where the Bluebook writes `n.` (R3.2(b)), after `&` too.
fn check_footnote_word(cx: &mut CheckCx, c: &Citation) {
    for pin in &c.pins {
        let text = cx.slice(pin.span).to_string();
        let Some(k) = text
            .match_indices("n.")
            .map(|(k, _)| k)
            .find(|&k| k > 0 && text[..k].ends_with(' ') || text[..k].ends_with(" n"))
        else {
            continue;
        };
        // `nn.` (two notes) starts one letter earlier.
        let (start, plural) = if text[..k].ends_with(" n") {
            (k - 1, true)
        } else {
            (k, false)
        };
        // Only after `&`: `1211, n. 2` and `1075 n.7` are the note check's
        // (`citation/pin-form`, `1075, fn. 7`).
        if !text[..start].ends_with("& ") {
            continue;
        }
        let after = &text[k + 2..];
        let number = after.trim_start_matches(' ');
        if !number.starts_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        let end = k + 2 + (after.len() - number.len());
        let word = if plural { "fns." } else { "fn." };
        let span = Span::new(pin.span.start + start, pin.span.start + end);
        cx.report_fix(
            &PIN_FORM,
            span,
            format!(
                "{} calls a footnote “{word}”: “{word} {}” ({}).",
                cx.style.name,
                number
                    .split(|ch: char| !ch.is_ascii_digit() && ch != '-')
                    .next()
                    .unwrap_or(number),
                cx.style.rules.pin
            ),
            format!("{word} "),
        );
    }
}

fn check_review_date(cx: &mut CheckCx, c: &Citation) {
    for h in &c.history {
        let phrase = cx.slice(h.span);
        if phrase != "review granted" && phrase != "review denied" {
            continue;
        }
        let Some(rest) = cx.text.get(h.span.end..).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        let Some((date_len, date)) = review_date(rest) else {
            continue;
        };
        let docket = review_docket(&rest[date_len..]);
        let len = date_len + docket.map_or(0, |(n, _)| n);
        let written = &rest[..len];
        let fixed = match docket {
            Some((_, number)) => format!("{date}, {number}"),
            None => date,
        };
        if written == fixed {
            continue;
        }
        let start = h.span.end + 1;
        let example = docket.map_or("S…", |(_, n)| n);
        cx.report_fix(
            &HISTORY_FORM,
            Span::new(start, start + len),
            format!(
                "{} dates review with the month abbreviated, then the Supreme Court's docket number after a comma: “{phrase} {}, {example}” (Cal. Style Manual ch. 1).",
                cx.style.name,
                &fixed[..fixed.find(", S").unwrap_or(fixed.len())]
            ),
            fixed,
        );
    }
}
