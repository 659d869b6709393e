//! Federal district courts named three ways — PACER court id (`caed`), Bluebook
//! abbreviation (`E.D. Cal.`) and name (`Eastern District of California`) — so a
//! per-court setting keyed any of those ways finds the court of a caption
//! ("UNITED STATES DISTRICT COURT, EASTERN DISTRICT OF CALIFORNIA"), a PACER report
//! header or a RECAP `court_id`.

use std::sync::LazyLock;

use regex::Regex;

const JURISDICTIONS_TSV: &str = include_str!("../../data/us_jurisdictions.tsv");

/// (name, postal code, Bluebook abbreviation), longest names first so "West Virginia"
/// is tried before "Virginia".
static JURISDICTIONS: LazyLock<Vec<(&'static str, &'static str, &'static str)>> =
    LazyLock::new(|| {
        let mut rows: Vec<_> = JURISDICTIONS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?, cols.next()?, cols.next()?))
            })
            .collect();
        rows.sort_by_key(|(name, _, _)| std::cmp::Reverse(name.len()));
        rows
    });

/// Districts within a state, with the letter of their PACER id.
const DIVISIONS: &[(&str, &str)] = &[
    ("northern", "n"),
    ("southern", "s"),
    ("eastern", "e"),
    ("western", "w"),
    ("middle", "m"),
    ("central", "c"),
];

#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static DISTRICT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(northern|southern|eastern|western|middle|central)\s+)?district\s+of\s+(?:the\s+)?([a-z][a-z .]*)")
        .expect("valid regex")
});

/// A federal district court.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictCourt {
    /// PACER / CourtListener id: `caed`.
    pub id: String,
    /// Bluebook: `E.D. Cal.`.
    pub abbreviation: String,
    /// `Eastern District of California`.
    pub name: String,
}

impl DistrictCourt {
    fn new(division: Option<&str>, jurisdiction: (&str, &str, &str)) -> DistrictCourt {
        let (state, postal, abbr) = jurisdiction;
        let letter = division
            .and_then(|d| DIVISIONS.iter().find(|(n, _)| n.eq_ignore_ascii_case(d)))
            .map(|x| x.1);
        let id = format!("{}{}d", postal.to_ascii_lowercase(), letter.unwrap_or(""));
        let prefix = match letter {
            Some(l) => format!("{}.D.", l.to_ascii_uppercase()),
            None => "D.".to_string(),
        };
        // Adjacent single capitals close up (Bluebook R6.1(a)): `S.D.N.Y.`, `D.D.C.`; others take a space: `E.D. Cal.`.
        let single_capitals = abbr
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| p.len() == 1);
        let abbreviation = if single_capitals {
            format!("{prefix}{abbr}")
        } else {
            format!("{prefix} {abbr}")
        };
        let name = match division {
            Some(d) => format!(
                "{}{} District of {state}",
                d[..1].to_ascii_uppercase(),
                d[1..].to_ascii_lowercase()
            ),
            None => format!("District of {}", state.trim_start_matches("District of ")),
        };
        DistrictCourt {
            id,
            abbreviation,
            name,
        }
    }

    /// Whether a configuration key names this court (id, abbreviation or name; case
    /// and spacing ignored).
    pub fn is_named(&self, key: &str) -> bool {
        let key = squash(key);
        [&self.id, &self.abbreviation, &self.name]
            .iter()
            .any(|n| squash(n) == key)
    }
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The district court a text names: a PACER id (`caed`), a Bluebook abbreviation
/// (`E.D. Cal.`), or a name inside longer text ("… EASTERN DISTRICT OF CALIFORNIA").
pub fn identify(text: &str) -> Option<DistrictCourt> {
    let trimmed = text.trim();
    by_id(trimmed)
        .or_else(|| by_abbreviation(trimmed))
        .or_else(|| by_name(trimmed))
}

fn by_id(s: &str) -> Option<DistrictCourt> {
    let lower = s.to_ascii_lowercase();
    if !(3..=4).contains(&lower.len())
        || !lower.ends_with('d')
        || !lower.bytes().all(|b| b.is_ascii_lowercase())
    {
        return None;
    }
    let postal = &lower[..2];
    let division = match lower.len() {
        4 => Some(DIVISIONS.iter().find(|(_, l)| *l == &lower[2..3])?.0),
        _ => None,
    };
    let j = JURISDICTIONS
        .iter()
        .find(|(_, p, _)| p.eq_ignore_ascii_case(postal))?;
    Some(DistrictCourt::new(division, *j))
}

fn by_abbreviation(s: &str) -> Option<DistrictCourt> {
    if !s.contains('.') {
        return None;
    }
    let key = squash(s);
    JURISDICTIONS.iter().find_map(|j| {
        std::iter::once(None)
            .chain(DIVISIONS.iter().map(|(d, _)| Some(*d)))
            .map(|d| DistrictCourt::new(d, *j))
            .find(|c| squash(&c.abbreviation) == key)
    })
}

fn by_name(s: &str) -> Option<DistrictCourt> {
    for caps in DISTRICT_NAME.captures_iter(s) {
        let division = caps.get(1).map(|m| m.as_str());
        let rest = caps.get(2).map_or("", |m| m.as_str()).to_ascii_lowercase();
        if rest.starts_with("columbia") {
            let dc = JURISDICTIONS.iter().find(|(_, p, _)| *p == "DC")?;
            return Some(DistrictCourt::new(None, *dc));
        }
        if let Some(j) = JURISDICTIONS
            .iter()
            .find(|(name, _, _)| rest.starts_with(&name.to_ascii_lowercase()))
        {
            return Some(DistrictCourt::new(division, *j));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn court(text: &str) -> Option<(String, String, String)> {
        identify(text).map(|c| (c.id, c.abbreviation, c.name))
    }

    #[test]
    fn three_names_of_one_court() {
        let caed = Some((
            "caed".into(),
            "E.D. Cal.".into(),
            "Eastern District of California".into(),
        ));
        assert_eq!(court("caed"), caed);
        assert_eq!(court("E.D. Cal."), caed);
        assert_eq!(court("E.D.Cal."), caed);
        assert_eq!(
            court("UNITED STAT FES DISTRICT COURT, EASTERN DISTRICT OF CALIFORNIA"),
            caed
        );
        assert_eq!(
            court("Eastern District of California - Live System (Fresno)"),
            caed
        );
    }

    #[test]
    fn closed_up_and_single_district_forms() {
        assert_eq!(
            identify("Southern District of New York")
                .map(|c| c.abbreviation)
                .as_deref(),
            Some("S.D.N.Y.")
        );
        assert_eq!(
            identify("mad").map(|c| c.abbreviation).as_deref(),
            Some("D. Mass.")
        );
        assert_eq!(
            identify("District of New Jersey").map(|c| c.id).as_deref(),
            Some("njd")
        );
        assert_eq!(
            identify("District of Columbia")
                .map(|c| c.abbreviation)
                .as_deref(),
            Some("D.D.C.")
        );
        assert_eq!(
            identify("Northern District of West Virginia")
                .map(|c| c.abbreviation)
                .as_deref(),
            Some("N.D. W. Va.")
        );
        assert_eq!(identify("S.D. Fla.").map(|c| c.id).as_deref(), Some("flsd"));
    }

    #[test]
    fn not_a_district_court() {
        for text in [
            "",
            "9th Cir.",
            "Superior Court of California, County of Fresno",
            "xxxd",
            "U.S.",
        ] {
            assert_eq!(identify(text), None, "{text}");
        }
        let caed = identify("caed").expect("caed");
        assert!(
            caed.is_named("E.D. Cal.")
                && caed.is_named("CAED")
                && caed.is_named("eastern district of california")
        );
        assert!(!caed.is_named("N.D. Cal."));
    }
}
