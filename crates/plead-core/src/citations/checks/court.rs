//! The court/year parenthetical: present, court named only where the reporter
//! does not imply it, court abbreviation well formed and consistent with the
//! reporter, year within the reporter's years and not in the future.

use std::sync::LazyLock;
use std::time::{SystemTime, UNIX_EPOCH};

use super::{
    CheckCx, COURT_FORMAT, COURT_IMPLIED, COURT_MISSING, COURT_REPORTER, COURT_UNKNOWN,
    YEAR_FUTURE, YEAR_RANGE,
};
use crate::analysis::Span;
use crate::citations::courts;
use crate::citations::model::{Citation, CitationKind, ParentheticalKind};
use crate::citations::reporters::{table, CiteType, CourtRule};
use crate::citations::style::StyleId;

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

pub(super) fn check(cx: &mut CheckCx, cites: &[Citation], i: usize) {
    let c = &cites[i];
    if c.kind != CitationKind::FullCase {
        return;
    }
    if c.volume.is_none() {
        return;
    }
    let edition = c.reporter_standard.and_then(|s| table().edition(s));
    // A citation without a date, or with its date elsewhere, is `date`'s to judge.
    let Some(paren) = c
        .parentheticals
        .iter()
        .find(|p| p.kind == ParentheticalKind::CourtYear)
    else {
        return;
    };
    let (Some(year), Some(year_span)) = (c.year, c.year_span) else {
        return;
    };
    let rule = edition.map(|e| &e.court_rule);
    match (c.court, rule) {
        (None, Some(CourtRule::Required(kinds))) if !kinds.is_empty() => {
            let reporter = c.reporter_standard.unwrap_or("");
            let example = kinds.first().map_or("9th Cir.", |k| k.example());
            cx.report(
                &COURT_MISSING,
                paren.span,
                format!("{reporter} does not identify the court: name it in the parenthetical, e.g. ({example} {year}) (Bluebook R10.4)."),
            );
        }
        (Some(court), Some(CourtRule::Implied(implied))) => {
            let written = cx.slice(court).to_string();
            let same = written == *implied
                || courts::lookup(&written).is_some_and(|k| k.abbreviation == *implied);
            if same {
                let span = Span::new(court.start, year_span.end);
                cx.report_fix(
                    &COURT_IMPLIED,
                    span,
                    format!(
                        "The reporter identifies the court: omit “{written}” (Bluebook R10.4)."
                    ),
                    year.to_string(),
                );
            }
        }
        _ => {}
    }
    // New York style names courts its own way (`[2d Dept 2010]`, `[SD NY 2010]`), and so
    // does a bracketed date: the Bluebook's court table does not list those forms.
    let new_york_form = paren.bracket || cx.style.id == StyleId::NewYork;
    if let Some(court) = c.court.filter(|_| !new_york_form) {
        check_court(cx, court, year_span, rule);
    }
    if let Some(e) = edition {
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

fn check_court(cx: &mut CheckCx, court: Span, year_span: Span, rule: Option<&CourtRule>) {
    let written = cx.slice(court).to_string();
    // `9th Cir.2006`: the year glued to the court.
    if year_span.start == court.end {
        let last_word = written
            .rfind(' ')
            .map_or(court.start, |k| court.start + k + 1);
        let span = Span::new(last_word, year_span.end);
        let fixed = format!(
            "{} {}",
            cx.slice(Span::new(last_word, court.end)),
            cx.slice(year_span)
        );
        cx.report_fix(
            &COURT_FORMAT,
            span,
            "Put a space between the court and the year (Bluebook R10.4, R10.5).".into(),
            fixed,
        );
    }
    match courts::lookup(&written) {
        Some(found) => {
            if let Some(CourtRule::Required(kinds)) = rule {
                if !kinds.is_empty() && !kinds.contains(&found.kind) {
                    let expected: Vec<&str> = kinds.iter().map(|k| k.describe()).collect();
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
        }
        None => match courts::suggest(&written) {
            Some(fixed) => cx.report_fix(
                &COURT_FORMAT,
                court,
                format!("Court abbreviation “{written}” is written “{fixed}” (Bluebook T1, T7, R6.1(a))."),
                fixed,
            ),
            None => cx.report(&COURT_UNKNOWN, court, format!("Unknown court abbreviation “{written}” (Bluebook T1, T7).")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::year_of_day;

    #[test]
    fn civil_year_from_day_number() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(20_783), 2026); // 2026-11-26
        assert_eq!(year_of_day(-1), 1969);
    }
}
