//! The court/year parenthetical of a citation and its parallel cites: present,
//! court named only where no reporter names it, court abbreviation well formed
//! and consistent with the reporters, month abbreviated as T12 does, year within
//! the reporters' years and not in the future.

use std::sync::LazyLock;
use std::time::{SystemTime, UNIX_EPOCH};

use super::{
    CheckCx, CourtForm, COURT_FORMAT, COURT_IMPLIED, COURT_MISSING, COURT_REPORTER, COURT_UNKNOWN,
    YEAR_FUTURE, YEAR_RANGE,
};
use crate::analysis::{Finding, Fix, Span};
use crate::citations::courts::{self, CourtKind, Problem, Reading};
use crate::citations::model::{parallel_group, Citation, CitationKind, ParentheticalKind};
use crate::citations::months;
use crate::citations::reporters::{table, CiteType, CourtRule, Edition};
use crate::citations::style::{ReporterSpacing, StyleId};

/// The current calendar year (UTC), from the system clock.
static CURRENT_YEAR: LazyLock<i64> = LazyLock::new(|| {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    year_of_day(secs.div_euclid(86_400))
});

/// Gregorian year of a day number counted from 1970-01-01.
fn year_of_day(days: i64) -> i64 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + i64::from(month <= 2)
}

/// End of the volume–reporter–page–pins part of a citation.
fn body_end(c: &Citation) -> usize {
    let page = c.page.map_or(0, |p| p.end);
    c.pins.last().map_or(page, |p| p.span.end.max(page))
}

/// Checks the court/date parenthetical of a parallel group (`213 Conn. 233, 567 A.2d
/// 823 (1989)`) once, at its first citation: one authority in several reporters has
/// one parenthetical, and whether it must name the court depends on all the reporters
/// (Bluebook R10.3.1, R10.4).
pub(super) fn check(cx: &mut CheckCx, cites: &[Citation], i: usize) {
    let c = &cites[i];
    if c.kind != CitationKind::FullCase || c.parallel_to.is_some() {
        return;
    }
    if c.volume.is_none() {
        return;
    }
    let group: Vec<usize> = parallel_group(cites, i).collect();
    if is_reporter_heading(cx.text, cites, &group) {
        return;
    }
    let editions: Vec<&'static Edition> = group
        .iter()
        .filter_map(|&k| cites[k].reporter_standard.and_then(|s| table().edition(s)))
        .collect();
    let with_date = group.iter().rev().copied().find(|&k| {
        cites[k]
            .parentheticals
            .iter()
            .any(|p| p.kind == ParentheticalKind::CourtYear)
    });
    let neutral_group = group.iter().any(|&k| cites[k].neutral);
    // A group without a date is `date`'s to judge.
    let Some(dated) = with_date else {
        if neutral_group {
            cx.court_forms.count(CourtForm::NeutralCourtYear, false);
        }
        return;
    };
    let d = &cites[dated];
    let Some(paren) = d
        .parentheticals
        .iter()
        .find(|p| p.kind == ParentheticalKind::CourtYear)
    else {
        return;
    };
    let (Some(year), Some(year_span)) = (d.year, d.year_span) else {
        return;
    };
    // `(Tex. App.—Houston [1st Dist.] 2015 pet. ref’d)`: the petition history is set off
    // from the year by a comma (Texas Rules of Form; Bluebook R10.7, T8).
    if let Some(inner) = cx
        .text
        .get(paren.span.start + 1..paren.span.end.saturating_sub(1))
    {
        if let Some(space) = crate::citations::scan::writ_history_without_comma(inner) {
            let at = paren.span.start + 1 + space;
            cx.report_fix(
                &COURT_FORMAT,
                Span::new(at - 4, at + 1),
                "Set the petition or writ history off from the year with a comma (Bluebook T1, Texas; Texas Rules of Form).".to_string(),
                format!("{}, ", &inner[space - 4..space]),
            );
        }
        check_texas_court_of_appeals(cx, paren.span.start + 1, inner, year);
    }
    // A paragraph that begins with the pins of a cite (`50, 55-56, 260 N.E.2d 732`) was
    // cut from the line before by a line break: its first half is not here to read.
    let starts_mid_citation = {
        let head = cx.text[..c.span.start].trim();
        !head.is_empty()
            && head
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'-' | b' '))
    };
    let names_jurisdiction = editions.iter().any(|e| e.names_jurisdiction())
        || official_cite_before(cx.text, c.span.start)
        || starts_mid_citation;
    // Only the parenthetical's court may be left to the text: one written there is still
    // checked against the reporters.
    let court_in_text = cx.style.court_named_in_text && court_named_in_words(cx.text);
    let required: Vec<&'static Edition> = editions
        .iter()
        .copied()
        .filter(|e| matches!(&e.court_rule, CourtRule::Required(kinds) if !kinds.is_empty()))
        .collect();
    let any_court = editions
        .iter()
        .any(|e| matches!(&e.court_rule, CourtRule::Required(kinds) if kinds.is_empty()));
    // New York style names courts its own way (`[2d Dept 2010]`, `[SD NY 2010]`), and so
    // does a bracketed date: the Bluebook's court table does not list those forms.
    let new_york_form = paren.bracket || cx.style.id == StyleId::NEW_YORK;
    match d.court {
        None => {
            if let Some(e) = required
                .first()
                .filter(|_| !names_jurisdiction && !court_in_text)
            {
                let rule = if cx.style.id.family() == StyleId::BLUEBOOK {
                    "Bluebook R10.4".to_string()
                } else {
                    cx.style.rules.date.clone()
                };
                let open = Span::new(paren.span.start, paren.span.start + 1);
                let around = regional_courts_named_around(cx, cites, &group, e);
                match around.as_slice() {
                    // `487 S.W.3d 846, 852 (2016)` where the paragraph's other South
                    // Western Reporter citations name Kentucky's courts: those courts,
                    // offered as fixes (the one, preferred, when they all name one court).
                    [first, ..] if cx.slice(open) == "(" => {
                        let message = if around.len() == 1 {
                            format!(
                                "{} does not identify the court: name it in the parenthetical, ({first} {year}), as the other {} citations here do ({rule}).",
                                e.abbreviation, e.name
                            )
                        } else {
                            format!(
                                "{} does not identify the court: name it in the parenthetical; the other {} citations here name {}: e.g. ({first} {year}) ({rule}).",
                                e.abbreviation,
                                e.name,
                                around.join(", ")
                            )
                        };
                        let mut finding = Finding::new(paren.span, &COURT_MISSING, message);
                        for court in &around {
                            finding = finding.with_fix(Fix::replace(
                                open,
                                format!("({court} "),
                                around.len() == 1,
                            ));
                        }
                        cx.findings.push(finding);
                    }
                    _ => {
                        let example = court_example(e);
                        let states = regional_states(e);
                        let covers = if states.is_empty() {
                            String::new()
                        } else {
                            format!(" (it reports {states} courts)")
                        };
                        cx.report(
                            &COURT_MISSING,
                            paren.span,
                            format!(
                                "{} does not identify the court{covers}: name it in the parenthetical, e.g. ({example} {year}) ({rule}).",
                                e.abbreviation
                            ),
                        );
                    }
                }
            }
        }
        Some(court) => {
            let court = check_date_in_court(cx, court);
            check_department(cx, court);
            if paren.bracket {
                check_new_york_court_periods(cx, court);
            }
            // `(BIA 2020)`: the tribunal's own form, judged here rather than against
            // the court table.
            let agency = !new_york_form && check_agency_form(cx, cites, &group, court);
            // `2025 ND 96, ¶ 5, 21 N.W.3d 79 (N.D. 2025)`: the public-domain citation
            // gives the court and the year; the parenthetical repeats them (Bluebook
            // R10.3.3: `1999 ME 110, ¶ 6, 733 A.2d 981, 983.`).
            let neutral_year = matches!(cx.style.id, StyleId::BLUEBOOK | StyleId::NORTH_DAKOTA)
                && neutral_group
                && group.iter().any(|&k| {
                    let n = &cites[k];
                    n.neutral
                        && n.volume
                            .is_some_and(|v| cx.slice(v).parse::<u16>().ok() == Some(year))
                });
            let only_court_and_year = cx.slice(Span::new(court.end, year_span.start)) == " "
                && year_span.end + 1 == paren.span.end;
            // (A state's house style keeps its courts' parenthetical: South Dakota's
            // `1996 S.D. 7, 542 N.W.2d 760 (SD 1996)`, Ohio's, Wyoming's.)
            if neutral_year
                && only_court_and_year
                && !paren.bracket
                && cx.text[..paren.span.start].ends_with(' ')
            {
                let span = Span::new(paren.span.start - 1, paren.span.end);
                let message = format!(
                    "The public-domain citation gives the court and the year: omit “{}” ({}).",
                    cx.slice(paren.span),
                    cx.style.rules.neutral
                );
                let finding = Finding::new(span, &COURT_IMPLIED, message).with_fix(Fix::replace(
                    span,
                    String::new(),
                    true,
                ));
                cx.court_forms.count(CourtForm::NeutralCourtYear, true);
                cx.court_forms
                    .findings
                    .push((CourtForm::NeutralCourtYear, finding));
                return;
            }
            if court.is_empty() {
                // Only a date: `(Feb 9, 1999)`.
            } else if let Some(implied) = editions.iter().find_map(|e| match e.court_rule {
                CourtRule::Implied(implied) => Some(implied),
                _ => None,
            }) {
                let written = cx.slice(court).to_string();
                let same = written == implied
                    || courts::lookup(&written).is_some_and(|k| k.abbreviation == implied);
                if same {
                    cx.report_fix(
                        &COURT_IMPLIED,
                        Span::new(court.start, year_span.end),
                        format!(
                            "The reporter identifies the court: omit “{written}” (Bluebook R10.4)."
                        ),
                        year.to_string(),
                    );
                }
                if !new_york_form && !agency {
                    check_court(cx, court, year_span, &[]);
                }
            } else {
                let kinds: Vec<CourtKind> = if any_court || names_jurisdiction {
                    Vec::new()
                } else {
                    required
                        .iter()
                        .flat_map(|e| match &e.court_rule {
                            CourtRule::Required(kinds) => kinds.clone(),
                            _ => Vec::new(),
                        })
                        .collect()
                };
                if !new_york_form && !agency {
                    check_court(cx, court, year_span, &kinds);
                }
            }
        }
    }
    // A public-domain citation's volume is its year and its court names no reporter's
    // years: `2007 Ohio 1570` is Ohio's webcite, not a volume of the Ohio Reports
    // (1821–1851), whatever reporter shares its abbreviation.
    let reporter_editions = group
        .iter()
        .filter(|&&k| !cites[k].neutral)
        .filter_map(|&k| cites[k].reporter_standard.and_then(|s| table().edition(s)));
    for e in reporter_editions {
        // reporters-db start years are reliable for the national reporters only.
        let trusted_start = matches!(e.cite_type, CiteType::Federal | CiteType::StateRegional);
        let before = trusted_start && e.start_year.is_some_and(|s| year < s);
        let after = e.end_year.is_some_and(|end| year > end);
        if before || after {
            let range = format!(
                "{}–{}",
                e.start_year.map_or(String::new(), |s| s.to_string()),
                e.end_year.map_or(String::new(), |s| s.to_string())
            );
            cx.report(
                &YEAR_RANGE,
                year_span,
                format!(
                    "{} was published {range}; {year} is outside that range (Bluebook T1).",
                    e.abbreviation
                ),
            );
        }
    }
    if i64::from(year) > *CURRENT_YEAR {
        cx.report(
            &YEAR_FUTURE,
            year_span,
            format!("The year {year} lies in the future (Bluebook R10.5)."),
        );
    }
}

/// Whether the citation group `group` is a reporter's own line, not a citation the
/// writer made: a paragraph that is only a reporter cite (`614 F.3d 7 (2010)`), or the
/// Supreme Court syllabus's line for the judgment under review (`798 F. 3d 1329,
/// vacated and remanded.`).
pub(super) fn is_reporter_heading(text: &str, cites: &[Citation], group: &[usize]) -> bool {
    let Some(&first) = group.first() else {
        return false;
    };
    let c = &cites[first];
    // A paragraph that is only a reporter cite (`614 F.3d 7 (2010)`) heads a reported
    // opinion: the reporter's own line, not a citation the writer made.
    // So is the Supreme Court syllabus's line for the judgment under review
    // (`798 F. 3d 1329, vacated and remanded.`).
    let trimmed =
        |from: usize| text[from..].trim_matches(|ch: char| ch == '.' || ch.is_whitespace());
    let last = group.last().map_or(c, |&k| &cites[k]);
    let rest = trimmed(last.span.end);
    let disposition = trimmed(body_end(last))
        .strip_prefix(", ")
        .is_some_and(|words| {
            words.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
                matches!(
                    w,
                    "affirmed"
                        | "reversed"
                        | "vacated"
                        | "remanded"
                        | "dismissed"
                        | "modified"
                        | "and"
                        | "in"
                        | "part"
                )
            })
        });
    let before = text[..c.span.start].trim();
    c.case_name.is_none()
        && c.signal.is_none()
        && ((before.is_empty() && rest.is_empty())
            || (disposition && (before.is_empty() || super::ends_sentence(before))))
}

/// Whether the words right before `start` end a cite to a reporter that names the
/// jurisdiction (`…Mass. 41, ` before `292 N.E.2d 352`): a parallel cite whose first
/// half the scanner could not read (cut by a line break, a star page inside it).
/// Words that name a federal circuit before `Circuit` (`the Second Circuit stated`).
const CIRCUIT_NAMES: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "d.c.", "federal",
];

/// Courts a text may name in words, lower-cased (`the court of appeals held`).
const COURT_PHRASES: &[&str] = &[
    "court of appeals",
    "court of appeal",
    "district court",
    "bankruptcy court",
    "court of federal claims",
    "court of criminal appeals",
    // `the Iowa Supreme Court held in State v. Davison, 973 N.W.2d 276 (2022)`.
    "supreme court",
];

/// Whether a paragraph names a court in words: `In United States v. Vargas-Cordon, 733
/// F.3d 366 (2013), the Second Circuit stated`, `The Sixth Circuit's view in United States
/// v. Kurlemann, 736 F.3d 439 (2013)`, or a circuit named a sentence before the cases it
/// decided. A style whose writers leave the court out of the parenthetical where the text
/// gives it (the Supreme Court's briefs) asks no court there.
fn court_named_in_words(paragraph: &str) -> bool {
    let lower = paragraph.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    // `Second Circuit`, `Fifth Cir-` ⏎ `cuit`.
    let circuit = words.windows(2).any(|pair| {
        let named = CIRCUIT_NAMES.contains(&pair[0].trim_start_matches(['(', '“', '"']));
        named && (pair[1].starts_with("circuit") || pair[1].starts_with("cir-"))
    });
    let words = words.join(" ");
    circuit || COURT_PHRASES.iter().any(|p| words.contains(p))
}

fn official_cite_before(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    // Skip the page and pins: `41`, `405, 407`.
    let mut head = before;
    loop {
        let t = head.trim_end();
        let digits = t.len()
            - t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-')
                .len();
        if digits == 0 {
            break;
        }
        head = &t[..t.len() - digits];
        match head.trim_end().strip_suffix(',') {
            Some(h) => head = h,
            None => break,
        }
    }
    if head.len() == before.len() {
        return false;
    }
    let words: Vec<&str> = head.trim_end().rsplit(' ').take(3).collect();
    (1..=words.len()).any(|n| {
        let reporter = words[..n]
            .iter()
            .rev()
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        table()
            .lookup(&reporter)
            .is_some_and(|m| m.edition.names_jurisdiction())
    })
}

/// A court for the parenthetical of a reporter that needs one: a state the regional
/// reporter covers (`N.W.2d` → `Iowa`), or an example of a court kind it publishes.
/// The courts the paragraph's other citations to the same regional reporter name, in
/// order and once each, when they are all one state's (`Ky. App.` and `Ky.` beside an
/// undated `S.W.3d` cite): the writer's own usage says which state's court the undated
/// one is, and which of that state's courts it may be. Empty when they name several
/// states' courts or none.
fn regional_courts_named_around<'t>(
    cx: &CheckCx<'t>,
    cites: &[Citation],
    group: &[usize],
    e: &Edition,
) -> Vec<&'t str> {
    let mut courts: Vec<&'t str> = Vec::new();
    // Subsequent history is another court's decision (`574 N.E.2d 395 (Mass. App. Ct.
    // 1991), review denied, 577 N.E.2d 309 (1991)`: the review was the SJC's), so the
    // courts the paragraph names say nothing of its court.
    if e.cite_type != CiteType::StateRegional
        || group.iter().any(|&k| cites[k].history_of.is_some())
    {
        return courts;
    }
    let states: Vec<&str> = e
        .jurisdictions
        .split(' ')
        .filter_map(courts::state_of_postal)
        .collect();
    let mut state: Option<&'t str> = None;
    for (k, other) in cites.iter().enumerate() {
        if group.contains(&k) || other.kind != CitationKind::FullCase {
            continue;
        }
        let same_series = other
            .reporter_standard
            .and_then(|s| table().edition(s))
            .is_some_and(|o| o.name == e.name);
        let Some(court) = other.court.filter(|_| same_series) else {
            continue;
        };
        let Some(court) = cx.text.get(court.start..court.end) else {
            continue;
        };
        // The state is the court's first word (`Ky.` of `Ky. App.`), one the reporter
        // publishes.
        let first = court.split(' ').next().unwrap_or(court);
        if !states.contains(&first) || state.is_some_and(|s| s != first) {
            return Vec::new();
        }
        state = Some(first);
        if !courts.contains(&court) {
            courts.push(court);
        }
    }
    courts
}

/// A `court-missing` finding the paragraph could not supply a court for (no other
/// citation of the regional reporter there names one), given the courts the whole
/// document names with that reporter: Wirth's `95 A.3d 822, 837 (2014)` in a Superior
/// Court opinion whose other Atlantic Reporter citations name `Pa. Super.` and `Pa.`.
/// The state must be named by more than half of those citations (a Rhode Island case
/// cited once beside them does not hide Pennsylvania's); its courts, in order and once
/// each, are offered as fixes, the one preferred when there is one. `document` is every
/// paragraph's text and citations; `text` and `cites` the finding's paragraph's.
pub(crate) fn with_document_courts<'d>(
    finding: &Finding,
    text: &str,
    cites: &[Citation],
    document: impl Iterator<Item = (&'d str, &'d [Citation])>,
) -> Finding {
    let mut out = finding.clone();
    // The dated citation whose parenthetical the finding is on, and its group's regional
    // reporter.
    let Some(dated) = cites.iter().position(|c| {
        c.parentheticals
            .iter()
            .any(|p| p.kind == ParentheticalKind::CourtYear && p.span == finding.span)
    }) else {
        return out;
    };
    let root = cites[dated].parallel_to.unwrap_or(dated);
    let group: Vec<usize> = parallel_group(cites, root).collect();
    if group.iter().any(|&k| cites[k].history_of.is_some()) {
        return out;
    }
    // A regional reporter's courts are grouped by their state; a federal reporter's
    // (`113 F.3d 1170, 1173-74 (1997)` in an order whose other Federal Reporter
    // citations are the Tenth Circuit's) each stand alone.
    let Some(edition) = group
        .iter()
        .filter_map(|&k| cites[k].reporter_standard.and_then(|s| table().edition(s)))
        .find(|e| matches!(e.cite_type, CiteType::StateRegional | CiteType::Federal))
    else {
        return out;
    };
    let federal = edition.cite_type == CiteType::Federal;
    let states: Vec<&str> = edition
        .jurisdictions
        .split(' ')
        .filter_map(courts::state_of_postal)
        .collect();
    // Courts named with this reporter, in document order: (state, court).
    let mut named: Vec<(&'d str, &'d str)> = Vec::new();
    for (other_text, other_cites) in document {
        for c in other_cites {
            let same_series = c
                .reporter_standard
                .and_then(|s| table().edition(s))
                .is_some_and(|o| o.name == edition.name);
            if c.kind != CitationKind::FullCase || !same_series || c.history_of.is_some() {
                continue;
            }
            let Some(court) = c.court.and_then(|s| other_text.get(s.start..s.end)) else {
                continue;
            };
            if federal {
                if courts::lookup(court).is_some() {
                    named.push((court, court));
                }
                continue;
            }
            let state = court.split(' ').next().unwrap_or(court);
            if let Some(&state) = states.iter().find(|&&s| s == state) {
                named.push((state, court));
            }
        }
    }
    let Some(&(state, _)) = named
        .iter()
        .find(|(state, _)| named.iter().filter(|(s, _)| s == state).count() * 2 > named.len())
    else {
        return out;
    };
    let mut offered: Vec<&str> = Vec::new();
    for &(s, court) in &named {
        if s == state && !offered.contains(&court) {
            offered.push(court);
        }
    }
    let open = Span::new(finding.span.start, finding.span.start + 1);
    if text.get(open.start..open.end) != Some("(") {
        return out;
    }
    // The date as written and the rule the finding cited (`… (Bluebook R10.4).`).
    let date = text
        .get(finding.span.start + 1..finding.span.end.saturating_sub(1))
        .unwrap_or("")
        .trim();
    let rule = finding
        .message
        .rfind(" (")
        .and_then(|k| {
            finding
                .message
                .get(k + 2..finding.message.len().saturating_sub(2))
        })
        .unwrap_or("Bluebook R10.4");
    let examples: Vec<String> = offered.iter().map(|c| format!("({c} {date})")).collect();
    out.message = format!(
        "{} does not identify the court: name it in the parenthetical, as this document's other {} citations do: {} ({rule}).",
        edition.abbreviation,
        edition.name,
        examples.join(" or ")
    )
    .into();
    for court in &offered {
        out = out.with_fix(Fix::replace(open, format!("({court} "), offered.len() == 1));
    }
    out
}

/// The states a regional reporter publishes, by their T10 abbreviations (`Ark., Ky.,
/// Mo., Tenn., Tex.`), the first five reporters-db lists; empty for other reporters.
fn regional_states(e: &Edition) -> String {
    if e.cite_type != CiteType::StateRegional {
        return String::new();
    }
    let states: Vec<&str> = e
        .jurisdictions
        .split(' ')
        .take(5)
        .filter_map(courts::state_of_postal)
        .collect();
    states.join(", ")
}

fn court_example(e: &Edition) -> &'static str {
    if e.cite_type == CiteType::StateRegional {
        if let Some(state) = e
            .jurisdictions
            .split(' ')
            .next()
            .and_then(courts::state_of_postal)
        {
            return state;
        }
    }
    match &e.court_rule {
        CourtRule::Required(kinds) => kinds.first().map_or("9th Cir.", |k| k.example()),
        _ => "9th Cir.",
    }
}

/// The date a court/year parenthetical's court may carry (`9th Cir. Feb 9`: the
/// scanner takes a month it does not know for part of the court): a month T12
/// abbreviates otherwise is reported. Returns the court without the date.
fn check_date_in_court(cx: &mut CheckCx, court: Span) -> Span {
    let written = cx.slice(court).to_string();
    let words: Vec<(usize, &str)> = written
        .split(' ')
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .collect();
    let n = words.len();
    let day = |w: &str| {
        let d = w.trim_end_matches(',');
        !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit())
    };
    let month_at = if n >= 1 && day(words[n - 1].1) {
        n.checked_sub(2)
    } else {
        None
    };
    let Some(m) = month_at else { return court };
    let (offset, month) = words[m];
    let standard = if months::T12.contains(&month) {
        None
    } else {
        match months::t12_form(month) {
            Some(standard) => Some(standard),
            None => return court,
        }
    };
    if let Some(standard) = standard {
        let span = Span::new(court.start + offset, court.start + offset + month.len());
        cx.report_fix(
            &COURT_FORMAT,
            span,
            format!("The month “{month}” is abbreviated “{standard}” (Bluebook T12, R10.5)."),
            standard.to_string(),
        );
    }
    let rest = written[..offset].trim_end().trim_end_matches(',');
    Span::new(court.start, court.start + rest.len())
}

/// Tribunals whose own citation form names them otherwise than the Bluebook: (the
/// tribunal's own abbreviation, the Bluebook's, the reporter as the tribunal writes it).
/// The Board of Immigration Appeals and the Attorney General write `28 I&N Dec. 43, 45
/// (BIA 2020)` (BIA Practice Manual); the Bluebook, `28 I. & N. Dec. 43, 45 (B.I.A.
/// 2020)` (T1.2).
const AGENCY_COURTS: &[(&str, &str, &str)] =
    &[("BIA", "B.I.A.", "I&N Dec."), ("AG", "A.G.", "I&N Dec.")];

/// A tribunal in its own form (`(BIA 2020)`) in a Bluebook filing: right in the
/// tribunal's own citation form, which writes its reporter its own way too (`28 I&N
/// Dec. 43 (BIA 2020)`, accepted as a whole); otherwise the Bluebook's abbreviation.
/// Whether the court is such a tribunal's own abbreviation (then judged here).
fn check_agency_form(cx: &mut CheckCx, cites: &[Citation], group: &[usize], court: Span) -> bool {
    let written = cx.slice(court).trim_end_matches(',').to_string();
    let Some(&(own, bluebook, reporter)) = AGENCY_COURTS.iter().find(|(own, ..)| *own == written)
    else {
        return false;
    };
    if cx.style.id.family() != StyleId::BLUEBOOK {
        return true;
    }
    let own_form = group.iter().any(|&k| {
        cites[k].reporter.is_some_and(|r| {
            cx.slice(r)
                .split_whitespace()
                .eq(reporter.split_whitespace())
        })
    });
    // A cite with no reporter of the tribunal (`2008 WL 123 (BIA June 5, 2008)`) is
    // the writer's, in the Bluebook.
    if own_form {
        return true;
    }
    let span = Span::new(court.start, court.start + own.len());
    cx.report_fix(
        &COURT_FORMAT,
        span,
        format!(
            "The Bluebook abbreviates the tribunal “{bluebook}”; “{own}” is its own citation form, used with its reporter written “{reporter}” (Bluebook T1.2)."
        ),
        bluebook.to_string(),
    );
    true
}

/// A New York Appellate Division department in New York style: `Dept`, not the
/// Bluebook's `Dep't` (`[2d Dept 2005]`). (A Bluebook filing's `(2d Dept 2005)`, as New
/// York courts write it, is left alone.)
fn check_department(cx: &mut CheckCx, court: Span) {
    let written = cx.slice(court).to_string();
    check_department_ordinal(cx, court, &written);
    let (from, to, rule) = match cx.style.id {
        StyleId::NEW_YORK => ("Dep't", "Dept", cx.style.rules.date.clone()),
        _ => return,
    };
    let Some(k) = written.split(' ').position(|w| w == from) else {
        return;
    };
    let offset: usize = written.split(' ').take(k).map(|w| w.len() + 1).sum();
    let span = Span::new(court.start + offset, court.start + offset + from.len());
    cx.report_fix(
        &COURT_FORMAT,
        span,
        format!(
            "{} writes the Appellate Division's department “{to}” ({rule}).",
            cx.style.name
        ),
        to.to_string(),
    );
}

/// `[3rd Dept 2020]` → `[3d Dept 2020]`: the department's ordinal in the form every
/// style writes it (Bluebook R6.2(b); N.Y. Style Manual ch. 1 `[2d Dept 2005]`). The
/// court table reads ordinals elsewhere (`2nd Cir.`); a department is New York's form.
fn check_department_ordinal(cx: &mut CheckCx, court: Span, written: &str) {
    let words: Vec<&str> = written.split(' ').collect();
    let Some(k) = words
        .iter()
        .position(|w| matches!(*w, "Dept" | "Dep't" | "Dep\u{2019}t" | "Dept."))
    else {
        return;
    };
    let Some(fixed) = k
        .checked_sub(1)
        .and_then(|j| courts::ordinal_form(words[j]))
    else {
        return;
    };
    let offset: usize = words[..k - 1].iter().map(|w| w.len() + 1).sum();
    let ordinal = words[k - 1];
    cx.report_fix(
        &COURT_FORMAT,
        Span::new(court.start + offset, court.start + offset + ordinal.len()),
        format!("Ordinals are 2d and 3d: “{ordinal}” is written “{fixed}” (Bluebook R6.2(b); N.Y. Style Manual ch. 1)."),
        fixed,
    );
}

/// A court in New York style without periods, as the Official Reports write courts in
/// their bracketed date (N.Y. Law Reports Style Manual ch. 1: `[SD NY 1998]`, `[2d Cir
/// 2012]`, `[D Mass 2001]`): the Bluebook's `[S.D.N.Y. 1998]` is given that form. Only in
/// the Official Reports' brackets (a date in parentheses draws `date-form`, whose fix
/// rewrites the court too) and only a court the court table reads (a month's period,
/// `[SD NY, Mar. 3, 2020]`, is the date's, not the court's).
fn check_new_york_court_periods(cx: &mut CheckCx, court: Span) {
    if cx.style.id != StyleId::NEW_YORK {
        return;
    }
    let written = cx.slice(court).to_string();
    if !written.contains('.') || matches!(courts::read(&written), Reading::Unknown) {
        return;
    }
    let fixed = crate::citations::style::convert::bluebook_court_to_new_york(&written);
    if fixed == written || fixed.is_empty() {
        return;
    }
    cx.report_fix(
        &COURT_FORMAT,
        court,
        format!(
            "{} writes courts without periods: “{fixed}” ({}).",
            cx.style.name, cx.style.rules.date
        ),
        fixed,
    );
}

/// The date between a court and its year, as the scanner read past it: a month T12
/// writes otherwise (`(D. Md. Sep. 24, 2024)` → `Sept.`), a date in figures (`(E.D. Cal.
/// 11/8/2019)` → `Nov. 8, 2019`, but Louisiana's uniform `(La. 1/31/97)`), or a comma
/// before a year alone (`(9th Cir., 2017)`; a full date's comma follows its day). A month
/// without its period (`Feb 9`) stays in the court's span, where `check_date_in_court`
/// reads it.
fn check_date_after_court(cx: &mut CheckCx, court: Span, year_span: Span, written: &str) {
    if court.end >= year_span.start {
        return;
    }
    let between = cx.slice(Span::new(court.end, year_span.start)).to_string();
    let year = cx.slice(year_span).to_string();
    if between == ", " {
        if cx.style.court_year_comma {
            return;
        }
        let rule = if cx.style.id.family() == StyleId::BLUEBOOK {
            "Bluebook R10.4, R10.5".to_string()
        } else {
            cx.style.rules.date.clone()
        };
        cx.report_fix(
            &COURT_FORMAT,
            Span::new(court.end, year_span.start),
            format!("No comma between the court and the year: “{written} {year}” ({rule})."),
            " ".into(),
        );
        return;
    }
    let date = between.trim_start_matches([',', ' ']);
    let start = year_span.start - date.len();
    if let Some((month, day)) = crate::citations::scan::month_day_figures(date) {
        if year.len() == 4 && !crate::citations::reporters::is_louisiana_court(written) {
            let fixed = format!("{} {day}, {year}", months::T12[month - 1]);
            cx.report_fix(
                &COURT_FORMAT,
                Span::new(start, year_span.end),
                format!(
                    "A date is written with its month's name: “{fixed}” (Bluebook T12, R10.5)."
                ),
                fixed,
            );
        }
        return;
    }
    let mut words = date.split_whitespace();
    let month = words.next().unwrap_or("");
    let day_follows = words.next().is_some_and(|w| {
        let d = w.trim_end_matches(',');
        !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit())
    });
    if let Some(standard) = months::t12_form(month).filter(|_| {
        // `Sep` without its period is read as part of the court (above); a full name
        // is a month wherever it stands.
        day_follows && (month.ends_with('.') || months::FULL.contains(&month))
    }) {
        cx.report_fix(
            &COURT_FORMAT,
            Span::new(start, start + month.len()),
            format!("The month “{month}” is abbreviated “{standard}” (Bluebook T12, R10.5)."),
            standard.to_string(),
        );
    }
}

fn check_court(cx: &mut CheckCx, court: Span, year_span: Span, kinds: &[CourtKind]) {
    let written = cx.slice(court).to_string();
    check_date_after_court(cx, court, year_span, &written);
    // `9th Cir.2006`: the year glued to the court, which Ohio's courts write so
    // (Ohio Writing Manual § 1.4: `(6th Cir.1999)`).
    // `Ct.App.1998`: court words closed up too, put right by the same fix (one finding,
    // not two whose edits overlap).
    let closed_words = (cx.style.reporter_spacing == ReporterSpacing::Standard
        && !cx.style.closed_up_allowed)
        .then(|| courts::spaced_court_words(&written))
        .flatten();
    let glued_year = year_span.start == court.end && !cx.style.court_year_glued;
    // `(D.Mass.2010)`: a court written without its spaces and glued to its year is one
    // slip, put right by one fix (two findings would overlap on the same text).
    if glued_year && cx.style.reporter_spacing != ReporterSpacing::Closed {
        if let Reading::Malformed {
            fixed,
            problem: Problem::Spacing,
        } = courts::read(&written)
        {
            let year = cx.slice(year_span).to_string();
            cx.report_fix(
                &COURT_FORMAT,
                Span::new(court.start, year_span.end),
                format!("“{written}{year}” lacks its spaces: it is written “{fixed} {year}” (Bluebook T1, T7, R6.1(a), R10.4, R10.5)."),
                format!("{fixed} {year}"),
            );
            return;
        }
    }
    if glued_year {
        let year = cx.slice(year_span).to_string();
        if let Some(spaced) = &closed_words {
            cx.report_fix(
                &COURT_FORMAT,
                Span::new(court.start, year_span.end),
                format!("“{written}{year}” lacks its spaces: it is written “{spaced} {year}” (Bluebook R6.1(a), R10.4, R10.5)."),
                format!("{spaced} {year}"),
            );
        } else {
            let last_word = written
                .rfind(' ')
                .map_or(court.start, |k| court.start + k + 1);
            let span = Span::new(last_word, year_span.end);
            let fixed = format!("{} {year}", cx.slice(Span::new(last_word, court.end)));
            cx.report_fix(
                &COURT_FORMAT,
                span,
                "Put a space between the court and the year (Bluebook R10.4, R10.5).".into(),
                fixed,
            );
        }
    }
    // `Tex. Ct. App.—Houston`, `Tex. Sup. Ct.`: a state's court in a form its T1 entry
    // does not give (the Texas courts of appeals are `Tex. App.`, its Supreme Court `Tex.`).
    let year = cx.slice(year_span).parse().unwrap_or(0);
    if let Some(fixed) = courts::variant_form(&written, year) {
        cx.report_fix(
            &COURT_FORMAT,
            court,
            format!("“{written}” is written “{fixed}” (Bluebook T1)."),
            fixed,
        );
        return;
    }
    match courts::read(&written) {
        Reading::Standard(found) => {
            if !kinds.is_empty() && !kinds.contains(&found.kind) && found.kind != CourtKind::Agency
            {
                let mut expected: Vec<&str> = kinds.iter().map(|k| k.describe()).collect();
                expected.dedup();
                cx.report(
                    &COURT_REPORTER,
                    court,
                    format!(
                        "“{written}” is {}, but this reporter publishes decisions of {} (Bluebook T1).",
                        found.kind.describe(),
                        expected.join(" or ")
                    ),
                );
            }
        }
        // The California Style Manual closes up court abbreviations as it does
        // reporters: `(N.D.Cal., Feb. 3, 2020, No. 19-cv-01234)`, `(S.D.N.Y. 2019)`.
        Reading::Malformed {
            fixed,
            problem: Problem::Spacing,
        } if (cx.style.reporter_spacing == ReporterSpacing::Closed
            || cx.style.closed_up_allowed)
            && written.replace(' ', "") == fixed.replace(' ', "") => {}
        // `(SD 1987)`, `(NJ 1994)`: South Dakota's court wrote courts without their
        // periods in its first public-domain years.
        Reading::Malformed {
            fixed,
            problem: Problem::Spacing,
        } if cx.style.court_periods_optional
            && !written.contains('.')
            && written.replace(' ', "") == fixed.replace(['.', ' '], "") => {}
        Reading::Malformed {
            problem: Problem::State(word, standard),
            ..
        } if cx.style.court_periods_optional
            && !written.contains('.')
            && word.replace('.', "") == standard.replace(['.', ' '], "") => {}
        Reading::Malformed { fixed, problem } => {
            let (rule, message) = match problem {
                Problem::Spacing => (
                    &COURT_FORMAT,
                    format!("Court abbreviation “{written}” is written “{fixed}” (Bluebook T1, T7, R6.1(a))."),
                ),
                Problem::Ordinal => (
                    &COURT_FORMAT,
                    format!("Ordinals are 2d and 3d: “{written}” is written “{fixed}” (Bluebook R6.2(b), T7)."),
                ),
                Problem::State(word, standard) => (
                    &COURT_UNKNOWN,
                    format!("“{word}” is not the state's abbreviation: it is “{standard}”, so the court is “{fixed}” (Bluebook T10, T1)."),
                ),
                Problem::Word(word, standard) => (
                    &COURT_FORMAT,
                    format!("In a court abbreviation “{word}” is “{standard}”: “{written}” is written “{fixed}” (Bluebook T7, T1)."),
                ),
            };
            cx.report_fix(rule, court, message, fixed);
        }
        // `(Ct.App. 1998)`: valid court words closed up, in a style that spaces them.
        Reading::Accepted if !glued_year => {
            if let Some(fixed) = closed_words {
                cx.report_fix(
                    &COURT_FORMAT,
                    court,
                    format!("Court abbreviation “{written}” lacks a space between its words: it is written “{fixed}” (Bluebook R6.1(a), T7)."),
                    fixed,
                );
            }
        }
        // A court built of court words, or one plead cannot read: most such courts on
        // real writing are valid (local and agency forms), so nothing is reported.
        Reading::Accepted | Reading::Unknown => {}
    }
}

/// The fourteen courts of appeals of Texas by their seats, as the Texas Rules of Form
/// name them after `Tex. App.—` (`Houston [1st Dist.]`, `Corpus Christi–Edinburg`).
const TEXAS_APPEALS_SEATS: &[&str] = &[
    "Houston",
    "Fort Worth",
    "Austin",
    "San Antonio",
    "Dallas",
    "Texarkana",
    "Amarillo",
    "El Paso",
    "Beaumont",
    "Waco",
    "Eastland",
    "Tyler",
    "Corpus Christi",
    "Edinburg",
];

/// Writ notations and the petition notations that replaced them for the Texas courts of
/// appeals' civil decisions from September 1, 1997 (Texas Rules of Form § 4; Bluebook
/// T1, Texas): `writ denied` → `pet. denied`, `no writ` → `no pet.`.
const WRIT_TO_PETITION: &[(&str, &str)] = &[
    ("writ denied", "pet. denied"),
    ("writ granted", "pet. granted"),
    ("writ dism'd w.o.j.", "pet. dism'd w.o.j."),
    ("writ dism'd", "pet. dism'd"),
    ("no writ", "no pet."),
];

/// A Texas court of appeals written as the Texas Rules of Form write it: its seat after
/// an em dash (`(Tex. App. Texarkana 2008, pet. denied)` → `Tex. App.—Texarkana`), and a
/// decision after 1997 with petition history, not the writ history of the years before
/// (`(Tex. App.—Fort Worth 2002, writ denied)` → `pet. denied`).
fn check_texas_court_of_appeals(cx: &mut CheckCx, inner_start: usize, inner: &str, year: u16) {
    let Some(rest) = inner.strip_prefix("Tex. App.") else {
        return;
    };
    if let Some(seat) = rest.strip_prefix(' ') {
        if TEXAS_APPEALS_SEATS.iter().any(|s| {
            seat.strip_prefix(s)
                .is_some_and(|after| after.starts_with([' ', ',']))
        }) {
            let at = inner_start + "Tex. App.".len();
            cx.report_fix(
                &COURT_FORMAT,
                Span::new(at, at + 1),
                "A Texas court of appeals is named by its seat after an em dash: “Tex. App.—Texarkana” (Texas Rules of Form; Bluebook T1, Texas).".to_string(),
                "\u{2014}".into(),
            );
        }
    }
    if year < 1998 {
        return;
    }
    let Some(comma) = inner.rfind(", ") else {
        return;
    };
    let history = &inner[comma + 2..];
    let normalized = history.replace('\u{2019}', "'");
    let Some((writ, petition)) = WRIT_TO_PETITION.iter().find(|(w, _)| normalized == *w) else {
        return;
    };
    let start = inner_start + comma + 2;
    let petition = cx.in_writers_apostrophe(Span::new(start, start + history.len()), petition);
    cx.report_fix(
        &COURT_FORMAT,
        Span::new(start, start + history.len()),
        format!(
            "A Texas court of appeals' decision of {year} has petition history, not writ history: “{writ}” is “{petition}” (Texas Rules of Form; writs of error ended September 1, 1997)."
        ),
        petition,
    );
}

#[cfg(test)]
mod tests {
    use super::year_of_day;
    use crate::citations::checks::check_paragraph;
    use crate::citations::scan::extract;

    /// (rule, flagged text, message) of the court/year findings of a paragraph.
    fn court_findings(text: &str) -> Vec<(&'static str, String, String)> {
        let cites = extract(text, &[]);
        check_paragraph(
            text,
            &Default::default(),
            crate::citations::style::StyleId::BLUEBOOK,
            &cites,
        )
        .into_iter()
        .filter(|f| f.code.contains("court") || f.code.contains("year") || f.code.contains("month"))
        .map(|f| {
            (
                f.code,
                text[f.span.start..f.span.end].to_string(),
                f.message.to_string(),
            )
        })
        .collect()
    }

    /// Issue 19: parallel citations are one authority with one parenthetical; the
    /// official reporter names the court (sentences from tests/fixtures/opinions).
    #[test]
    fn parallel_citations_share_one_parenthetical() {
        for text in [
            "A financing statement must be filed to perfect all security interests. Park Avenue Bank v. Bassford, 232 Ga. 216, 205 S.E.2d 861 (1974).",
            "The defendant argued for the standard announced in Baures v. Lewis, 167 N.J. 91, 770 A.2d 214 (2001).",
            "Thus, the overbreadth must be substantial. Morales, 527 U.S. at 52 (quoting Broadrick v. Oklahoma, 413 U.S. 601, 615, 93 S.Ct. 2908, 37 L.Ed.2d 830 (1973)).",
            "Plaintiffs must clearly allege facts. Nulankeyutmonen Nkihtaqmikon v. Impson, 503 F.3d 18, 26 (1st Cir. 2007) (quoting Lujan, 504 U.S. at 560-61, 112 S.Ct. 2130) (second alteration in original).",
            "Kroll v. Sugar Supply Corp., 116 Ill. App. 3d 969, 975, 452 N.E.2d 649, 653 (1983).",
            // The first half on the line before (double-spaced text read line by line).
            "Mass. 41, 292 N.E.2d 352, 355 (1973) (superintendent of schools).",
        ] {
            assert_eq!(court_findings(text), Vec::new(), "{text}");
        }
        // A regional reporter alone does need the court, and the example is a state it covers.
        let alone = court_findings("Pence relies on Brokaw v. Bank, 519 N.E.2d 453 (1988).");
        assert_eq!(alone.len(), 1, "{alone:?}");
        assert_eq!(alone[0].0, "citation/court-missing");
        assert!(alone[0].2.contains("(Ill. 1988)"), "{}", alone[0].2);
    }

    /// `(BIA 2020)` is the Board's own form: right with its `I&N Dec.`, the Bluebook's
    /// `B.I.A.` otherwise.
    #[test]
    fn the_boards_own_form_stands_only_with_its_reporter() {
        for text in [
            "See Matter of Saysana, 24 I & N Dec. 602 (BIA 2008).",
            "Matter of P-B-B-, 28 I. & N. Dec. 43, 45 (BIA 2020).",
        ] {
            let found = court_findings(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].0, "citation/court-format");
            assert_eq!(found[0].1, "BIA");
            assert!(found[0].2.contains("“B.I.A.”"), "{}", found[0].2);
        }
        for text in [
            "Matter of P-B-B-, 28 I&N Dec. 43, 45 (BIA 2020).",
            "Matter of P-B-B-, 28 I. & N. Dec. 43, 45 (B.I.A. 2020).",
            "Matter of A-B-, 27 I&N Dec. 316 (AG 2018).",
        ] {
            assert!(
                court_findings(text).is_empty(),
                "{text}: {:?}",
                court_findings(text)
            );
        }
    }

    /// Courts, agencies and local forms are valid; an opinion's own heading is no citation.
    #[test]
    fn valid_courts_and_headings_draw_nothing() {
        for text in [
            // The early nominative volumes are U.S. Reports too (Commonwealth v. Brown,
            // 466 Mass. 676, as Fastcase prints it).
            "Calder v. Bull, 3 U.S. (3 Dall.) 386, 390, 1 L.Ed. 648 (1798) (listing four types).",
            "614 F.3d 7 (2010)",
            "Missouri Div. of Emp. Sec. v. Labor & Indus. Rel. Comm’n, 651 S.W.2d 145, 151 (Mo. banc 1983).",
            "In re Marriage of A.S.A., 931 S.W.2d 218, 222 (Mo.App. S.D. 1996).",
            "Guiles v. Marineau, 461 F. 3d 320, 328 (CA2 2006) (discussing the present case).",
            "In re Terra Energy Ltd., 4 E.A.D. 159, 161, 1992 WL 373462 (EAB 1992).",
            "ITT Rayonier, Inc. v. U.S., 651 F.2d 343 (5th Cir. Unit B July 1981).",
            "People v. Smith, 12 Cal. App. 4th 123, 125 (Ct. App. 1999).",
            "798 F. 3d 1329, vacated and remanded.",
            "This standard is markedly more demanding than the merely more than de minimis test applied by the Tenth Circuit. Pp. 11–16. 798 F. 3d 1329, vacated and remanded.",
            "See United States v. Zannino, 895 F.2d 1, 17 (1st Cir.), cert. denied, 494 U.S. 1082, 110 S.Ct. 1814, 108 L.Ed.2d 944 (1990).",
            "Id. at 5 (quoting Deposit Guar. Nat'l Bank v. Roper, 445 U.S. 326, 333, 100 S.Ct. 1166, 63 L.Ed.2d 427 (1980)); the judgment stands.",
            "The judgment is final. Arch v. Bank, 1 F.3d 1 (1st Cir. 1995), quoting Deposit Guar. Nat'l Bank v. Roper, 445 U.S. 326, 333, 100 S.Ct. 1166, 63 L.Ed.2d 427 (1980).",
            "See Zipp Indus., Inc. v. Ranger Ins. Co., 39 S.W.3d 658, 665 (Tex.App.-Amarillo 2001, no pet.).",
            "Stephenson v. LeBoeuf, 16 S.W.3d 829, 841 (Tex.App.-Houston [14th Dist.] 2000, pet. denied).",
        ] {
            assert_eq!(court_findings(text), Vec::new(), "{text}");
        }
    }

    /// Issue 15.4: the message says what is wrong.
    #[test]
    fn malformed_dates_and_courts_are_named() {
        let month = court_findings("Smith v. Jones, 1 F.3d 1, 5 (9th Cir. Feb 9, 1999).");
        assert_eq!(month.len(), 1, "{month:?}");
        assert_eq!(
            (month[0].0, month[0].1.as_str()),
            ("citation/court-format", "Feb")
        );
        assert!(month[0].2.contains("“Feb.”") && month[0].2.contains("T12"));
        let state = court_findings("Smith v. Jones, 1 F. Supp. 2d 1, 5 (W.D. Wa. 1999).");
        assert_eq!(state.len(), 1, "{state:?}");
        assert_eq!(state[0].0, "citation/court-unknown");
        assert!(state[0].2.contains("“Wash.”") && state[0].2.contains("“W.D. Wash.”"));
        // Issue 15 item 3: a state written with its postal code, and court words closed up.
        let florida = court_findings("See Doe v. Roe, 900 So. 2d 100 (Fl. Dist. Ct. App. 2005).");
        assert_eq!(florida.len(), 1, "{florida:?}");
        assert_eq!(florida[0].0, "citation/court-unknown");
        assert!(
            florida[0].2.contains("“Fla. Dist. Ct. App.”"),
            "{}",
            florida[0].2
        );
        let closed = court_findings("See Smith v. Jones, 123 Cal. App. 4th 456 (Ct.App. 1998).");
        assert_eq!(closed.len(), 1, "{closed:?}");
        assert_eq!(
            (closed[0].0, closed[0].1.as_str()),
            ("citation/court-format", "Ct.App.")
        );
        assert!(closed[0].2.contains("“Ct. App.”"), "{}", closed[0].2);
        // West's print of New Jersey's Chancery Division (McKinley v. Naters, as
        // Fastcase prints it), where New Jersey's manual and T7 write `Ch. Div.`.
        let chancery = court_findings(
            "McKinley v. Naters, 419 N.J.Super. 205, 209, 16 A.3d 479 (Ch.Div. 2010).",
        );
        assert_eq!(chancery.len(), 1, "{chancery:?}");
        assert!(chancery[0].2.contains("“Ch. Div.”"), "{}", chancery[0].2);
        let west = court_findings("In re Phillips, 124 B.R. 712, 720 (Bkrtcy W.D.Tex.1991).");
        assert!(
            west.iter().any(|f| f.2.contains("“Bankr. W.D. Tex.”")),
            "{west:?}"
        );
    }

    #[test]
    fn civil_year_from_day_number() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(20_783), 2026); // 2026-11-26
        assert_eq!(year_of_day(-1), 1969);
    }
}
