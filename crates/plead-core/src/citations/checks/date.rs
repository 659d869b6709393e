//! A case citation's date: present where the style puts it (after the citation in the
//! Bluebook, between the name and the volume in California, in brackets in New York),
//! and parallel citations joined as the style joins them.
//!
//! A date may be elsewhere and still be right (Bluebook R10.5, issue 19): in a parallel
//! citation of the group, in the subsequent history (`534 F.2d 386 (1st Cir.), cert.
//! denied, 429 U.S. 819 (1976)`), in the volume (a public-domain citation `2012 IL
//! 107821`, a year–issue volume `2010-2 I.R.B. 258`). A short form (`Id. at p. 473,
//! 163 Cal.Rptr. 566`) and a reporter's own heading (`(612 P.2d 1106)` on a line of its
//! own) need none.

use super::{CheckCx, COURT_FORMAT, COURT_YEAR_MISSING, DATE_FORM, PARALLEL_FORM};
use crate::analysis::Span;
use crate::citations::case_names::is_full_name;
use crate::citations::model::{parallel_group, Citation, CitationKind, ParentheticalKind};
use crate::citations::style::convert::convert;
use crate::citations::style::{DatePlacement, ParallelForm, Style, StyleId};

/// The message for a full citation without a date, in `style`'s terms.
/// Fixed notes a court prints on every opinion, whose citation is undated by design: the
/// Supreme Court's syllabus note (`The syllabus constitutes no part of the opinion of the
/// Court but has been prepared by the Reporter of Decisions for the convenience of the
/// reader. See United States v. Detroit Timber & Lumber Co., 200 U. S. 321, 337.`). Not
/// the writer's citation: no date is asked of it.
pub(super) const UNDATED_BOILERPLATE: &[&str] = &["for the convenience of the reader"];

pub(crate) fn missing_date_message(style: &Style) -> String {
    match style.date {
        DatePlacement::After => format!(
            "Full citation lacks its court and year parenthetical, e.g. (9th Cir. 2006) ({}).",
            style.rules.date
        ),
        DatePlacement::BeforeVolume => format!(
            "Full citation lacks its year: {} puts it in parentheses after the case name, with the court when the reporter does not name it, e.g. Baral v. Schnitt (2016) 1 Cal.5th 376 ({}).",
            style.name, style.rules.date
        ),
        DatePlacement::Brackets => format!(
            "Full citation lacks its year: {} puts it in brackets after the citation, with the court when the reporter does not name it, e.g. 68 NY2d 320 [1986] ({}).",
            style.name, style.rules.date
        ),
    }
}

/// End of the volume–reporter–page–pins part of a citation.
fn body_end(c: &Citation) -> usize {
    let page = c.page.map_or(0, |p| p.end);
    c.pins.last().map_or(page, |p| p.span.end.max(page))
}

/// Where a citation's date is written, if it has one.
fn placement(c: &Citation) -> Option<(DatePlacement, Span)> {
    let date = c.date_parenthetical()?;
    let volume = c.volume?;
    let at = if date.span.end <= volume.start {
        DatePlacement::BeforeVolume
    } else if date.bracket {
        DatePlacement::Brackets
    } else {
        DatePlacement::After
    };
    Some((at, date.span))
}

/// The citations of `root`'s parallel group, `root` first.
fn group(cites: &[Citation], root: usize) -> impl Iterator<Item = (usize, &Citation)> {
    cites
        .iter()
        .enumerate()
        .filter(move |&(k, c)| k == root || c.parallel_to == Some(root))
}

/// Whether a citation without a case name makes up its whole paragraph: a reporter's
/// heading (`(612 P.2d 1106)`, `2020 NY Slip Op 50753(U)`), not a citation in prose.
pub(super) fn is_heading(text: &str, c: &Citation) -> bool {
    if c.case_name.is_some() {
        return false;
    }
    let rest = |s: &str| {
        s.trim()
            .trim_matches(['(', ')', '[', ']', '.'])
            .trim()
            .is_empty()
    };
    rest(&text[..c.span.start]) && rest(&text[c.span.end..])
}

/// Whether a citation is a decision's title, not a citation in prose: the Law Reporting
/// Bureau heads its pages `People v Seymore (2026 NY Slip Op 00028)` and `70-35 113th
/// St. Holdings, LLC v Auberge Grand Cent., LLC - 2026 NY Slip Op 01932`, the name and
/// the decision's own citation opening the text (a plain-text copy joins the page's
/// lines into one paragraph), with the date on the lines after it. In prose the same
/// shape goes on with the sentence (`Smith v Jones (…) held`), which stays checked.
pub(super) fn is_title_line(text: &str, c: &Citation) -> bool {
    let Some(volume) = c.volume else {
        return false;
    };
    let line_start = text[..volume.start].rfind('\n').map_or(0, |k| k + 1);
    if !text[..line_start].trim().is_empty() {
        return false;
    }
    let before = text[line_start..volume.start].trim_start();
    // Westlaw's and Lexis's head line, the database citation alone at the top of the
    // print (`2026 WL 2447454` ⏎ `Only the Westlaw citation is currently available.`):
    // nothing before it, and a new sentence after it with no punctuation between, as no
    // citation in prose is followed.
    let database = c
        .reporter
        .and_then(|r| text.get(r.start..r.end))
        .is_some_and(|r| r == "WL" || r.contains("LEXIS"));
    let next = text[c.span.end..].trim_start();
    if database
        && before.is_empty()
        && c.case_name.is_none()
        && c.pins.is_empty()
        && (next.is_empty() || next.starts_with(|ch: char| ch.is_uppercase()))
    {
        return true;
    }
    let after = text[c.span.end..].trim_start();
    let continues = |s: &str| s.starts_with(|ch: char| ch.is_lowercase() || ch == ',');
    let name = match (before.strip_suffix(" ("), before.strip_suffix(" - ")) {
        (Some(name), _) if after.starts_with(')') && !continues(after[1..].trim_start()) => name,
        // Prose never joins a name to its citation with a dash.
        (_, Some(name)) => name,
        _ => return false,
    };
    // A name, not a sentence: `v` between parties, or a proceeding's heading, short.
    (name.contains(" v ") || name.contains(" v. ") || name.starts_with("Matter of "))
        && name.len() <= 150
        && !name.contains([';', ':'])
}

pub(super) fn check(cx: &mut CheckCx, cites: &[Citation], i: usize) {
    let c = &cites[i];
    if c.kind != CitationKind::FullCase || c.parallel_to.is_some() {
        return;
    }
    let Some(volume) = c.volume else { return };
    if is_title_line(cx.text, c) {
        return;
    }
    let dated = group(cites, i).find_map(|(_, m)| placement(m).map(|p| (m, p)));
    let Some((holder, (at, span))) = dated else {
        missing(cx, cites, i, volume);
        return;
    };
    // `(1st Cir.), cert. denied, 429 U.S. 819 (1976)`: the year is the history's.
    if holder.year.is_none() {
        let history_dated = dated_by_history(cites, i);
        if !history_dated {
            cx.report(
                &COURT_YEAR_MISSING,
                span,
                format!(
                    "The year is missing: give it here or with the subsequent history ({}).",
                    cx.style.rules.date
                ),
            );
        }
    }
    let style = cx.style;
    // `84 Ops.Cal.Atty.Gen. 34, 36 (2001)`: a report without a case name takes its year
    // after the citation in California too; only a case name puts it before the volume.
    let dated_after_by_style = at == DatePlacement::After
        && holder.case_name.is_none()
        && holder
            .reporter_standard
            .is_some_and(|r| style.date_after_reporters.iter().any(|s| s == r));
    // `Rex v. Friend, (1802) 168 Eng. Rep. 662`: the English Reports take the year
    // before the volume in every style (Bluebook T2, United Kingdom).
    let dated_before_by_reporter = at == DatePlacement::BeforeVolume
        && holder
            .reporter_standard
            .is_some_and(crate::citations::reporters::dated_before_volume);
    if at != style.date && !dated_after_by_style && !dated_before_by_reporter {
        let fix = convert(cx.text, cites, i, style.id);
        let message = match style.date {
            DatePlacement::After => format!(
                "{} gives the date in parentheses after the citation ({}).",
                style.name, style.rules.date
            ),
            DatePlacement::BeforeVolume => format!(
                "{} gives the date in parentheses between the case name and the volume ({}).",
                style.name, style.rules.date
            ),
            DatePlacement::Brackets => format!(
                "{} gives the date in brackets after the citation ({}).",
                style.name, style.rules.date
            ),
        };
        cx.report_edit(&DATE_FORM, span, message, fix.map(|f| (f.span, f.text)));
    } else if at != DatePlacement::Brackets && cx.slice(span).ends_with(']') {
        // `(2d Cir. 1998]`: the date in the style's parentheses, closed with a bracket.
        let close = Span::new(span.end - 1, span.end);
        cx.report_fix(
            &DATE_FORM,
            close,
            format!(
                "{} closes the date parenthetical with “)”, not “]” ({}).",
                style.name, style.rules.date
            ),
            ")".into(),
        );
    }
    if at == DatePlacement::After {
        check_weight_before_date(cx, holder, span);
    }
    // Only a decision the group cites from a database alone: a reporter's parallel (`10
    // E.A.D. 111, 122, 2001 WL 988723 (EAB 2001)`, `___ S.W.3d ___, 2020 WL 5806813 (Ky.
    // 2020)`) dates it by the year (R10.5).
    let database_only = group(cites, i).all(|(_, m)| is_database(m));
    if style.id.family() == StyleId::BLUEBOOK && holder.year.is_some() && database_only {
        check_database_date(cx, span);
    }
    check_parallels(cx, cites, i);
}

/// `572 U.S. 650, 651 (per curiam) (2014)`: the weight of authority written before the
/// date. The court and date parenthetical follows the citation; `(per curiam)`, `(en
/// banc)`, `(plurality opinion)` come after it (Bluebook R10.6.1, R1.5(b)).
fn check_weight_before_date(cx: &mut CheckCx, holder: &Citation, date: Span) {
    let Some(weight) = holder.parentheticals.iter().find(|p| {
        p.kind == ParentheticalKind::Weight
            && p.closed
            && p.span.end <= date.start
            && cx
                .slice(Span::new(p.span.end, date.start))
                .trim()
                .is_empty()
    }) else {
        return;
    };
    let (weight_text, date_text) = (cx.slice(weight.span), cx.slice(date));
    let fixed = format!("{date_text} {weight_text}");
    let message = format!(
        "The date parenthetical comes first, the weight of authority after it: “{fixed}” ({}, R10.6.1).",
        cx.style.rules.date
    );
    cx.report_fix(
        &DATE_FORM,
        Span::new(weight.span.start, date.end),
        message,
        fixed,
    );
}

/// A Westlaw or Lexis citation dated by its year alone: `2019 WL 1234567 (D. Md. 2019)`.
/// The Bluebook dates a decision found only in a database by its exact date, `(D. Md.
/// Mar. 4, 2019)` (R10.8.1(a)), so the year alone is the wrong form; which day it was
/// cannot be told from the text, so the finding has no fix.
fn check_database_date(cx: &mut CheckCx, span: Span) {
    let written = cx.slice(span);
    let dated = written
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .any(crate::citations::months::is_month_stem);
    // (`(E.D. Cal. 11/8/2019)`: dated, in figures; the court check gives it T12's form.)
    let in_figures = written.split(' ').any(|w| w.matches('/').count() == 2);
    if dated || in_figures {
        return;
    }
    cx.report(
        &COURT_FORMAT,
        span,
        "A decision cited from a database is dated by its exact date, e.g. (D. Md. Mar. 4, 2019), not the year alone (Bluebook R10.8.1(a)).".into(),
    );
}

/// Whether a citation cites Westlaw or Lexis (`2019 WL 1234567`, `2019 U.S. Dist. LEXIS 123`).
fn is_database(c: &Citation) -> bool {
    !c.neutral
        && c.reporter_standard
            .is_some_and(|r| r == "WL" || r.ends_with("LEXIS"))
}

/// Whether subsequent history of `root`'s parallel group gives the year (once, for
/// the whole citation: Bluebook R10.5(a)), through a chain of history too: `2 P3d 929,
/// on recons 168 Or App 556, 7 P3d 677, rev den 331 Or 193 (2000)`.
fn dated_by_history(cites: &[Citation], root: usize) -> bool {
    let mut linked: Vec<usize> = parallel_group(cites, root).collect();
    loop {
        let next: Vec<usize> = cites
            .iter()
            .enumerate()
            .filter(|(k, h)| {
                !linked.contains(k) && h.history_of.is_some_and(|of| linked.contains(&of))
            })
            .map(|(k, _)| k)
            .collect();
        if next.is_empty() {
            return false;
        }
        for k in next {
            for m in parallel_group(cites, k) {
                if cites[m].year.is_some() {
                    return true;
                }
                if !linked.contains(&m) {
                    linked.push(m);
                }
            }
        }
    }
}

/// A full citation without a date anywhere it may be.
fn missing(cx: &mut CheckCx, cites: &[Citation], i: usize, volume: Span) {
    if UNDATED_BOILERPLATE.iter().any(|b| cx.text.contains(b)) {
        return;
    }
    let c = &cites[i];
    let members: Vec<&Citation> = group(cites, i).map(|(_, m)| m).collect();
    // A year–issue volume (`2010-2 I.R.B. 258`) dates the citation itself (Bluebook R14, T1).
    let dated_volume = members
        .iter()
        .any(|m| m.volume.is_some_and(|v| cx.slice(v).contains('-')))
        || cx.slice(volume).contains('-');
    // Under a one-party name (`Museum of Fine Arts, 2009 WL 6506658, at *8`) the
    // citation may re-cite a decision cited in full before: the document pass decides.
    let short_named = c.case_name.is_some_and(|n| !is_full_name(cx.text, n));
    // `Harris v. New York, 61 N.Y.2d 1, aff'd, 466 U.S. 1 (1984)`, `895 F.2d 1, 17 (1st
    // Cir.), cert. denied, 494 U.S. 1082 (1990)`: one year for both (Bluebook R10.5(a)).
    let history_dated = dated_by_history(cites, i);
    let neutral = members.iter().any(|m| m.neutral);
    let last = members.last().copied().unwrap_or(c);
    // A paragraph that stops mid-sentence after the citation (a line of double-spaced
    // or hard-wrapped text): the date is on the next line.
    let cut = !super::ends_sentence(cx.text) && !super::has_sentence_end(cx.text, body_end(last));
    // `803 N.E.2d 62, 68, 70, (2003)`: a stray comma before the parenthetical.
    let after = cx.text.get(body_end(last)..).unwrap_or("");
    let dated_after_comma = after.strip_prefix(", (").is_some_and(|paren| {
        paren.split_once(')').is_some_and(|(inner, _)| {
            inner.len() >= 4 && inner[inner.len() - 4..].bytes().all(|b| b.is_ascii_digit())
        })
    });
    // `101 P.R. Dec. 209, 226, 1 P.R. Sup. Ct. Off'l Translations 293, 313 (1973)`: a
    // parallel citation in a reporter plead does not know carries the group's date.
    let dated_after_unread_parallel = dated_after_unread_parallel(after);
    // `In re City of Irving, NPDES Appeal Nos. 08-02 to -05, slip op. at 9 (EAB Jan. 14,
    // 2009), 14 E.A.D. ___`: the slip opinion cited first carries the group's date.
    let dated_before = dated_just_before(cx.text, volume.start);
    let decision_below = is_disposition_line(after);
    // `The opinion of the court of appeals … is reported at 72 F.4th 379`: the style's
    // report of the case's own opinions (a word broken at the line end read whole).
    let reported = reported_undated(cx, cites, i);
    let shares_next_date = shares_date_with_next(cx.text, cites, i);
    let semicolon_parallel = is_semicolon_parallel(cx.text, cites, i);
    let after_supra = follows_supra(cx.text, volume.start);
    let group_indices: Vec<usize> = parallel_group(cites, i).collect();
    let heading =
        is_heading(cx.text, c) || super::court::is_reporter_heading(cx.text, cites, &group_indices);
    if dated_volume
        || short_named
        || history_dated
        || neutral
        || heading
        || cut
        || dated_after_comma
        || dated_before
        || semicolon_parallel
        || after_supra
        || dated_after_unread_parallel
        || decision_below
        || reported
        || shares_next_date
    {
        return;
    }
    let end = members
        .iter()
        .map(|m| body_end(m))
        .max()
        .unwrap_or(body_end(c));
    let last = members.last().copied().unwrap_or(c);
    // `N. L. R. B. v. Pyne Molding Corp., 2 Cir., 1955, 226 F.2d 818`: the court and year
    // are there, before the volume, as opinions of the 1950s gave them.
    let message = match (cx.style.date, date_before_volume(cx.text, volume.start)) {
        (DatePlacement::After, Some((court, year))) => {
            let (what, them) = if court.is_some() {
                ("Court and year stand", "them")
            } else {
                ("The year stands", "it")
            };
            let paren = match court {
                Some(court) => format!("({} {year})", ordinal_court(court)),
                None => format!("({year})"),
            };
            format!(
                "{what} before the volume: move {them} into a parenthetical after the citation, {paren} ({}).",
                cx.style.rules.date
            )
        }
        // `159 T.C. No. 6 (11/29/22)`: a date written in numbers, which no style's
        // parenthetical takes: the year, written out, is what is missing.
        _ => match numeric_date_after(&cx.text[end.max(body_end(last))..]) {
            Some((written, year)) => format!(
                "The date “{written}” is not read as a year: write the year in the parenthetical, ({year}) ({}).",
                cx.style.rules.date
            ),
            None => missing_date_message(cx.style),
        },
    };
    cx.report(
        &COURT_YEAR_MISSING,
        Span::new(last.volume.unwrap_or(volume).start, end.max(body_end(last))),
        message,
    );
}

/// Whether the style reports citation `i` undated: after one of its phrases (`The
/// opinion of the court of appeals … is reported at 72 F.4th 379`; a word broken at
/// the line end read whole), or next in a list that such a phrase opens (`are reported
/// at 66 F.4th 406 and 81 F.4th 1260`, `are available at 2017 WL 2812948, 2017 WL
/// 1550303, and 2017 WL 1833478`).
fn reported_undated(cx: &CheckCx, cites: &[Citation], i: usize) -> bool {
    let mut i = i;
    loop {
        let Some(volume) = cites[i].volume else {
            return false;
        };
        let before = cx.text[..volume.start].trim_end().replace("- ", "");
        if cx
            .style
            .undated_after
            .iter()
            .any(|phrase| before.ends_with(phrase.as_str()))
        {
            return true;
        }
        // The list's citation before this one: undated, joined by a comma or `and`
        // alone (Westlaw numbers in a list read as parallels of the first: one list).
        let Some(previous) = i.checked_sub(1) else {
            return false;
        };
        let p = &cites[previous];
        if p.kind != CitationKind::FullCase || p.year.is_some() {
            return false;
        }
        let between = cx.text.get(body_end(p)..volume.start).unwrap_or("").trim();
        if !matches!(between, "and" | "," | ", and") {
            return false;
        }
        i = previous;
    }
}

/// Whether history citation `i` shares the year of the one its `and` joins it to:
/// `cert. denied, 141 S. Ct. 2596, and 141 S. Ct. 2598 (2021)`, `cert. denied, 459 U.S.
/// 856 and 459 U.S. 866 (1982)`, `cert. dismissed, 578 U.S. 902, and cert. denied, 578
/// U.S. 978 (2016)`: two dispositions of one year dated once (Bluebook R10.5(a), the
/// Solicitor General's and the Court's form).
fn shares_date_with_next(text: &str, cites: &[Citation], i: usize) -> bool {
    let c = &cites[i];
    if c.history_of.is_none() && !follows_history_phrase(text, c) {
        return false;
    }
    let Some((next, n)) = cites
        .iter()
        .enumerate()
        .skip(i + 1)
        .find(|(_, n)| n.parallel_to != Some(i))
    else {
        return false;
    };
    if n.kind != CitationKind::FullCase
        || !parallel_group(cites, next).any(|m| cites[m].year.is_some())
    {
        return false;
    }
    let between = text.get(body_end(c)..n.span.start).unwrap_or("").trim();
    let Some(rest) = between
        .strip_prefix(", and")
        .or_else(|| between.strip_prefix("and"))
    else {
        return false;
    };
    let rest = rest.trim();
    rest.is_empty()
        || crate::citations::scan::HISTORY
            .iter()
            .any(|h| rest.trim_end_matches(',') == *h)
}

/// Whether a history phrase (`cert. denied,`) stands right before citation `c`.
fn follows_history_phrase(text: &str, c: &Citation) -> bool {
    let before = text[..c.span.start].trim_end().trim_end_matches(',');
    crate::citations::scan::HISTORY
        .iter()
        .any(|h| before.ends_with(h))
}

/// A parenthetical right after a citation holding only a date in numbers, `(11/29/22)`,
/// `(3/15/2023)`: (the date as written, its year in four digits).
fn numeric_date_after(after: &str) -> Option<(&str, u16)> {
    let inner = after.strip_prefix(" (")?.split_once(')')?.0;
    let parts: Vec<&str> = inner.split(['/', '-']).collect();
    let [month, day, year] = parts.as_slice() else {
        return None;
    };
    let numeric = |s: &&str, max: usize| {
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !numeric(month, 2)
        || !numeric(day, 2)
        || !(year.len() == 2 || year.len() == 4)
        || !numeric(year, 4)
    {
        return None;
    }
    let y: u16 = year.parse().ok()?;
    // Two digits are this century's, as such dates are written now.
    let y = if year.len() == 2 { 2000 + y } else { y };
    Some((inner, y))
}

/// Whether `after` (the text after a citation's page and pins) holds a parallel citation
/// plead could not read, then the date: `, 1 P.R. Sup. Ct. Off'l Translations 293, 313
/// (1973)`: a volume, words, a page (and pins), and a parenthetical ending in a year,
/// with no other case (`v.`), clause (`;`) or parenthetical between.
fn dated_after_unread_parallel(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let Some((between, paren)) = rest.split_once(" (") else {
        return false;
    };
    let Some((inner, _)) = paren.split_once(')') else {
        return false;
    };
    let words: Vec<&str> = between.split(' ').collect();
    let number = |w: &&str| {
        let w = w.trim_end_matches(',');
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    };
    let year = inner.len() >= 4
        && inner.is_char_boundary(inner.len() - 4)
        && inner[inner.len() - 4..]
            .parse::<u16>()
            .is_ok_and(|y| (1700..=2100).contains(&y));
    between.len() <= 80
        && !between.contains([';', '(', ')'])
        && !between.contains(" v. ")
        && words.first().is_some_and(number)
        && words.last().is_some_and(number)
        && words
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && year
}

/// Whether the volume at `volume` follows `supra,`: `(Palma, supra, 36 Cal.3d 171)`.
/// `supra` says the case was cited in full above, so this is a short form whatever
/// follows it (California's, with the first page when it cites the whole decision) and
/// needs no date; whether the earlier citation exists is the short-form rules'
/// question, and `supra` for cases in the Bluebook the supra rule's.
pub(crate) fn follows_supra(text: &str, volume: usize) -> bool {
    text.get(..volume)
        .is_some_and(|before| before.trim_end().ends_with("supra,"))
}

/// Whether citation `i`, without a case name, follows an undated full citation across
/// nothing but a semicolon: `In re Mac Dowell's Will, 217 N. Y. 454; 112 N. E. 177`, the
/// parallel citation as older opinions joined it. The missing date is the whole
/// citation's, reported once, at the citation that names the case (which has no date
/// either: after a dated one, `…, 1 F.3d 1 (1990); 2 F.3d 5` is a citation of its own).
fn is_semicolon_parallel(text: &str, cites: &[Citation], i: usize) -> bool {
    let c = &cites[i];
    let (Some(volume), None) = (c.volume, c.case_name) else {
        return false;
    };
    let Some(previous) = cites[..i]
        .iter()
        .rposition(|p| p.nested_in.is_none() && p.kind != CitationKind::Statute)
    else {
        return false;
    };
    let root = cites[previous].parallel_to.unwrap_or(previous);
    let members: Vec<&Citation> = group(cites, root).map(|(_, m)| m).collect();
    let joined = text
        .get(body_end(&cites[previous])..volume.start)
        .is_some_and(|between| between.trim() == ";");
    joined
        && cites[root].kind == CitationKind::FullCase
        && members
            .iter()
            .all(|m| m.date_parenthetical().is_none() && m.year.is_none())
}

/// Whether a court/date parenthetical closes right before the volume, followed by a
/// comma (`… slip op. at 9 (EAB Jan. 14, 2009), 14 E.A.D. ___`).
fn dated_just_before(text: &str, volume: usize) -> bool {
    let Some(before) = text.get(..volume).and_then(|b| b.strip_suffix("), ")) else {
        return false;
    };
    let Some(open) = before.rfind('(') else {
        return false;
    };
    let inner = before[open + 1..].trim_end();
    let Some(head) = inner.len().checked_sub(4).and_then(|k| inner.get(..k)) else {
        return false;
    };
    let year = &inner[head.len()..];
    year.bytes().all(|b| b.is_ascii_digit())
        && year
            .parse::<u16>()
            .is_ok_and(|y| (1700..=2100).contains(&y))
        && !head.ends_with(|c: char| c.is_ascii_digit())
}

/// A court and year, or a year, written between the case name and the volume:
/// `…, 2 Cir., 1955, 226 F.2d 818`, `…, 1951, 340 U.S. 474`. Returns (court, year).
fn date_before_volume(text: &str, volume: usize) -> Option<(Option<&str>, &str)> {
    let before = text.get(..volume)?.strip_suffix(", ")?;
    let year_at = before.len().checked_sub(4)?;
    let year = before.get(year_at..)?;
    let plausible = year.bytes().all(|b| b.is_ascii_digit())
        && year
            .parse::<u16>()
            .is_ok_and(|y| (1700..=2100).contains(&y));
    let head = before.get(..year_at)?.strip_suffix(", ")?;
    if !plausible || head.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The court: the words after the name's comma (`2 Cir.`, `D.C. Cir.`, `S.D.N.Y.`).
    let court = head.rfind(", ").map(|k| &head[k + 2..]).filter(|c| {
        !c.is_empty()
            && c.len() <= 20
            && c.ends_with('.')
            && c.split(' ')
                .all(|w| w.starts_with(|ch: char| ch.is_ascii_uppercase() || ch.is_ascii_digit()))
    });
    Some((court, year))
}

/// `2 Cir.` as the Bluebook writes it, `2d Cir.` (R6.2(b)); other courts as written.
fn ordinal_court(court: &str) -> String {
    let Some((number, rest)) = court.split_once(' ') else {
        return court.to_string();
    };
    let Ok(n) = number.parse::<u32>() else {
        return court.to_string();
    };
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "d",
        (3, _) => "d",
        _ => "th",
    };
    format!("{n}{suffix} {rest}")
}

/// Parallel citations joined as the style joins them: California brackets them
/// (`1 Cal.5th 376 [205 Cal.Rptr.3d 475]`).
fn check_parallels(cx: &mut CheckCx, cites: &[Citation], root: usize) {
    let style = cx.style;
    if style.parallel == ParallelForm::Semicolons {
        check_semicolon_parallels(cx, cites, root);
        return;
    }
    if style.parallel != ParallelForm::Brackets {
        return;
    }
    let Some((_, second)) = group(cites, root).nth(1) else {
        return;
    };
    let Some(volume) = second.volume else { return };
    let bracketed = cx.text[..volume.start].trim_end().ends_with('[');
    if bracketed {
        return;
    }
    let fix = convert(cx.text, cites, root, style.id);
    cx.report_edit(
        &PARALLEL_FORM,
        volume_through_page(second),
        format!(
            "{} puts parallel citations in brackets after the official one ({}).",
            style.name, style.rules.parallel
        ),
        fix.map(|f| (f.span, f.text)),
    );
}

/// Michigan joins a parallel citation with a semicolon (`404 Mich 240, 250; 273 NW2d
/// 429 (1978)`): a comma before a later member's volume is reported with the semicolon.
fn check_semicolon_parallels(cx: &mut CheckCx, cites: &[Citation], root: usize) {
    let members: Vec<&Citation> = group(cites, root).map(|(_, c)| c).collect();
    for pair in members.windows(2) {
        let (before, after) = (pair[0], pair[1]);
        let Some(volume) = after.volume else { continue };
        let end = body_end(before);
        if end > volume.start || cx.text.get(end..volume.start) != Some(", ") {
            continue;
        }
        let style = cx.style;
        cx.report_fix(
            &PARALLEL_FORM,
            Span::new(end, end + 1),
            format!(
                "{} sets a parallel citation off with a semicolon: “; {}” ({}).",
                style.name,
                cx.slice(volume_through_page(after)),
                style.rules.parallel
            ),
            ";".into(),
        );
    }
}

fn volume_through_page(c: &Citation) -> Span {
    let start = c.volume.map_or(c.span.start, |v| v.start);
    Span::new(start, body_end(c).max(start))
}

/// The head line of a reported appeal naming the decision below and what became of it:
/// `People v Pastrana, 205 AD3d 461, affirmed.`, `… 202 AD3d 1008, reversed and matter
/// remitted.` (New York's Official Reports print it undated above the opinion).
fn is_disposition_line(after: &str) -> bool {
    const DISPOSITIONS: &[&str] = &["affirmed", "reversed", "modified", "vacated", "dismissed"];
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let line = rest.split('\n').next().unwrap_or(rest).trim_end();
    let Some(first) = line.split([' ', '.', ',']).next() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    DISPOSITIONS.contains(&first.as_str()) && line.ends_with('.') && line.len() <= 80
}
