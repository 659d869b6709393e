//! The reporter table (from reporters-db): editions, their variant spellings,
//! publication years, and which court each reporter implies or requires.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::courts::CourtKind;
use super::tables::{edit_distance, rows, squash};

const REPORTERS_TSV: &str = include_str!("../../data/reporters.tsv");
const REPORTER_COURTS_TSV: &str = include_str!("../../data/reporter_courts.tsv");
const REPORTER_YEARS_TSV: &str = include_str!("../../data/reporter_years.tsv");
const JOURNALS_TSV: &str = include_str!("../../data/journals.tsv");
const LAWS_TSV: &str = include_str!("../../data/laws.tsv");
const REPORTER_FORMS_TSV: &str = include_str!("../../data/reporter_forms.tsv");

/// The reporters-db `cite_type` of an edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CiteType {
    Federal,
    State,
    StateRegional,
    Neutral,
    Specialty,
    /// WL, LEXIS: database identifiers for unreported decisions.
    Database,
    Other,
}

impl CiteType {
    fn parse(s: &str) -> CiteType {
        match s {
            "federal" => CiteType::Federal,
            "state" => CiteType::State,
            "state_regional" => CiteType::StateRegional,
            "neutral" => CiteType::Neutral,
            "specialty" => CiteType::Specialty,
            "specialty_west" | "specialty_lexis" => CiteType::Database,
            _ => CiteType::Other,
        }
    }
}

/// What a reporter says about the court parenthetical.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CourtRule {
    /// The reporter identifies the court (`U.S.` → Supreme Court): omit it.
    Implied(&'static str),
    /// A court must be named, of one of these kinds (empty: any court).
    Required(Vec<CourtKind>),
    /// No rule known (most state reporters).
    Unknown,
}

/// The forms an edition's citations take beyond `volume reporter page` (reporters-db
/// regexes and cite type, the `F` rows of `data/reporters.tsv`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Forms {
    /// A public-domain (neutral) citation: the year is the volume and the reporter
    /// names the court (`2012 IL 107821`, `1999 ME 110`), so it needs no date.
    pub neutral: bool,
    /// Year, reporter and number joined by hyphens: `2011-Ohio-4215`, `2007-NMSC-033`.
    pub dashed: bool,
    /// Reporter first, then year and number: `T.C. Memo. 2019-233`.
    pub year_page: bool,
    /// A looseleaf service cited by paragraph: `Bankr. L. Rep. (CCH) ¶ 12,345`.
    pub paragraph: bool,
    /// Louisiana's docket-number citations: `2009-1359 (La. App. 1 Cir. 5/10/10)`.
    pub louisiana: bool,
}

/// One reporter edition (`F.3d`, `F. Supp. 2d`).
#[derive(Clone, Debug)]
pub struct Edition {
    /// Standard abbreviation.
    pub abbreviation: &'static str,
    pub start_year: Option<u16>,
    pub end_year: Option<u16>,
    pub cite_type: CiteType,
    /// Full name of the reporter series.
    pub name: &'static str,
    pub court_rule: CourtRule,
    pub forms: Forms,
    /// Postal codes of the states whose courts it publishes (`IA MI MN …`), reporters-db's order.
    pub jurisdictions: &'static str,
}

impl Edition {
    /// Whether the reporter names the court or at least its state, so that a
    /// parenthetical need not (`U.S.`, `Conn.`, `Ill. App. 3d`, `Cal. Rptr. 3d`, a
    /// public-domain `WI`): an official state reporter or a neutral citation
    /// (Bluebook R10.4(b)).
    pub fn names_jurisdiction(&self) -> bool {
        matches!(self.court_rule, CourtRule::Implied(_))
            || matches!(self.cite_type, CiteType::State | CiteType::Neutral)
    }
}

/// The result of looking up a reporter as written.
#[derive(Clone, Copy, Debug)]
pub struct ReporterMatch {
    pub edition: &'static Edition,
    /// Whether the form as written is a standard abbreviation.
    pub standard: bool,
    /// The standard form: the edition's abbreviation, or the form as written when it is
    /// a standard form of its own (`T.C.M. (CCH)`).
    pub form: &'static str,
}

pub struct ReporterTable {
    editions: Vec<Edition>,
    /// Journal, code and session-law abbreviations (squashed): `Harv. L. Rev.` and
    /// `Stat.` are not case reporters.
    journals: rustc_hash::FxHashSet<String>,
    /// Forms that are standard though reporters-db lists them as variants (`T.C.M. (CCH)`).
    standard_forms: rustc_hash::FxHashSet<&'static str>,
    /// The Bluebook's (T1) form of an edition where reporters-db's standard differs
    /// (`U.S.P.Q. 2d (BNA)` → `U.S.P.Q.2d (BNA)`): what fixes suggest.
    bluebook_forms: FxHashMap<&'static str, &'static str>,
    /// Public-domain forms whose number has a fixed count of digits, zeros before it
    /// (`2007-NMSC-033`): edition → digits.
    number_digits: FxHashMap<&'static str, usize>,
    /// An intermediate court's reporter whose public-domain code names no district, so
    /// a year written as its volume is that court's public-domain citation (`2026 Pa.
    /// Super. 185` → `2026 PA Super 185`): reporter → code.
    intermediate_codes: FxHashMap<&'static str, &'static str>,
    by_form: FxHashMap<&'static str, usize>,
    by_squashed: FxHashMap<String, usize>,
    /// Standard abbreviations keyed by a hash of their bytes without the spaces that
    /// follow a period, for forms that differ from the standard only there (no variant
    /// lists them): `U.S.App. LEXIS`, `N. Y. S. 2d`, `F. R. D.`, `Ohio C. C.`.
    /// (A hash, not a string, per edition at load.)
    by_closed_up: FxHashMap<u64, usize>,
    /// Standard abbreviations keyed by a hash of their bytes without periods, for the
    /// New York official style's forms (`Cal 4th`, `F Supp 2d`, `So 2d`) that no variant
    /// lists. Only forms of four or more bytes or with an edition number (`A2d`).
    by_no_periods: FxHashMap<u64, usize>,
    /// Editions cited reporter first (`T.C. Memo. 2019-233`, `Bankr. L. Rep. (CCH) ¶ 12,345`),
    /// by the first token of each of their forms: (form as written, edition).
    by_leading_token: FxHashMap<&'static str, Vec<(&'static str, usize)>>,
    /// The most space-separated tokens of any form.
    pub max_tokens: usize,
}

static TABLE: LazyLock<ReporterTable> = LazyLock::new(ReporterTable::load);

/// The embedded reporter table, parsed on first use.
pub fn table() -> &'static ReporterTable {
    &TABLE
}

fn year(s: Option<&&str>) -> Option<u16> {
    s.and_then(|s| s.parse().ok())
}

impl ReporterTable {
    fn load() -> ReporterTable {
        let mut court_rules: FxHashMap<&str, CourtRule> = FxHashMap::default();
        for row in rows(REPORTER_COURTS_TSV) {
            let (Some(rep), Some(rule), Some(arg)) = (row.first(), row.get(1), row.get(2)) else {
                continue;
            };
            let rule = match *rule {
                "implied" => CourtRule::Implied(arg),
                _ => CourtRule::Required(arg.split(',').filter_map(CourtKind::parse).collect()),
            };
            court_rules.insert(rep, rule);
        }
        let mut years: FxHashMap<&str, (Option<u16>, Option<u16>)> = FxHashMap::default();
        for row in rows(REPORTER_YEARS_TSV) {
            if let Some(rep) = row.first() {
                years.insert(rep, (year(row.get(1)), year(row.get(2))));
            }
        }
        let mut journals: rustc_hash::FxHashSet<String> = rows(JOURNALS_TSV)
            .chain(rows(LAWS_TSV))
            .filter_map(|r| r.first().map(|j| squash(j).to_lowercase()))
            .collect();
        let mut standard_forms = rustc_hash::FxHashSet::default();
        let mut ignored: rustc_hash::FxHashSet<&str> = MONTH_FORMS.iter().copied().collect();
        let mut extra_variants = Vec::new();
        let mut bluebook_forms = FxHashMap::default();
        let mut number_digits = FxHashMap::default();
        let mut intermediate_codes = FxHashMap::default();
        for row in rows(REPORTER_FORMS_TSV) {
            match (
                row.first().copied(),
                row.get(1).copied(),
                row.get(2).copied(),
            ) {
                (Some("standard"), Some(form), Some(edition)) => {
                    standard_forms.insert(form);
                    extra_variants.push((form, edition));
                }
                (Some("bluebook"), Some(form), Some(edition)) => {
                    standard_forms.insert(form);
                    extra_variants.push((form, edition));
                    bluebook_forms.insert(edition, form);
                }
                (Some("variant"), Some(form), Some(edition)) => {
                    extra_variants.push((form, edition));
                }
                (Some("ignore"), Some(form), _) => {
                    ignored.insert(form);
                }
                (Some("not-case"), Some(form), _) => {
                    journals.insert(squash(form).to_lowercase());
                }
                (Some("digits"), Some(edition), Some(n)) => {
                    if let Ok(n) = n.parse() {
                        number_digits.insert(edition, n);
                    }
                }
                (Some("intermediate"), Some(reporter), Some(code)) => {
                    intermediate_codes.insert(reporter, code);
                }
                _ => {}
            }
        }
        let mut editions = Vec::with_capacity(1400);
        let mut by_form: FxHashMap<&'static str, usize> = FxHashMap::default();
        let mut by_squashed: FxHashMap<String, usize> = FxHashMap::default();
        let mut by_closed_up: FxHashMap<u64, usize> = FxHashMap::default();
        let mut by_no_periods: FxHashMap<u64, usize> = FxHashMap::default();
        let mut max_tokens = 1;
        // Editions reporters-db lacks, written by hand as its `E` rows are.
        let hand_written = rows(REPORTER_FORMS_TSV)
            .filter(|r| matches!(r.first(), Some(&"edition" | &"form")))
            .map(|mut r| {
                r[0] = if r[0] == "edition" { "E" } else { "F" };
                r
            });
        for row in rows(REPORTERS_TSV).chain(hand_written) {
            match row.first().copied() {
                Some("E") => {
                    let Some(abbreviation) = row.get(1).copied() else {
                        continue;
                    };
                    let cite_type = CiteType::parse(row.get(4).copied().unwrap_or(""));
                    let court_rule = court_rules.remove(abbreviation).unwrap_or(match cite_type {
                        CiteType::StateRegional => CourtRule::Required(vec![
                            CourtKind::StateHigh,
                            CourtKind::StateAppellate,
                            CourtKind::StateTrial,
                        ]),
                        _ => CourtRule::Unknown,
                    });
                    let index = editions.len();
                    let (start_year, end_year) = years
                        .remove(abbreviation)
                        .unwrap_or((year(row.get(2)), year(row.get(3))));
                    editions.push(Edition {
                        abbreviation,
                        start_year,
                        end_year,
                        cite_type,
                        name: row.get(5).copied().unwrap_or(""),
                        court_rule,
                        forms: Forms::default(),
                        jurisdictions: row.get(6).copied().unwrap_or(""),
                    });
                    by_form.insert(abbreviation, index);
                    by_squashed.entry(squash(abbreviation)).or_insert(index);
                    if abbreviation.contains('.') {
                        by_closed_up
                            .entry(closed_up_hash(abbreviation))
                            .or_insert(index);
                        let bare = abbreviation.bytes().filter(|&b| b != b'.');
                        let (len, digit) =
                            bare.fold((0, false), |(n, d), b| (n + 1, d || b.is_ascii_digit()));
                        // `167 NH 382`: a state's reports named by its initials (`N.H.`,
                        // `N.J.`), as New York's Official Reports cite other states'.
                        let initials = cite_type == CiteType::State
                            && abbreviation.len() <= 6
                            && abbreviation.as_bytes().chunks(2).all(|pair| {
                                pair.len() == 2 && pair[0].is_ascii_uppercase() && pair[1] == b'.'
                            });
                        // `209 Cal 639`: a state's reports named by one word of three
                        // letters (`Cal.`, `Ill.`, `Wis.`), its period left out.
                        let state_word = cite_type == CiteType::State
                            && len == 3
                            && abbreviation.len() == 4
                            && abbreviation.ends_with('.')
                            && abbreviation.as_bytes()[0].is_ascii_uppercase()
                            && abbreviation.as_bytes()[1..3]
                                .iter()
                                .all(u8::is_ascii_lowercase);
                        if len >= 4 || digit || initials || state_word {
                            by_no_periods
                                .entry(no_periods_hash(abbreviation))
                                .or_insert(index);
                        }
                    }
                    max_tokens = max_tokens.max(abbreviation.split(' ').count());
                }
                Some("V") => {
                    let (Some(variant), Some(edition)) = (row.get(1).copied(), row.get(2).copied())
                    else {
                        continue;
                    };
                    if ignored.contains(variant) {
                        continue;
                    }
                    if let Some(&index) = by_form.get(edition) {
                        by_form.entry(variant).or_insert(index);
                        max_tokens = max_tokens.max(variant.split(' ').count());
                    }
                }
                Some("F") => {
                    let (Some(edition), Some(form)) = (row.get(1).copied(), row.get(2).copied())
                    else {
                        continue;
                    };
                    let Some(&index) = by_form.get(edition) else {
                        continue;
                    };
                    let forms = &mut editions[index].forms;
                    match form {
                        "neutral" => forms.neutral = true,
                        "dashed" => forms.dashed = true,
                        "year_page" => forms.year_page = true,
                        "paragraph" => forms.paragraph = true,
                        "louisiana" => forms.louisiana = true,
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        for (form, edition) in extra_variants {
            if let Some(&index) = by_form.get(edition) {
                by_form.entry(form).or_insert(index);
            }
        }
        // Reporter-first forms, under each spelling the table knows.
        let mut by_leading_token: FxHashMap<&'static str, Vec<(&'static str, usize)>> =
            FxHashMap::default();
        for (&written, &index) in &by_form {
            let forms = editions[index].forms;
            if forms.year_page || forms.paragraph {
                let first = written.split(' ').next().unwrap_or(written);
                by_leading_token
                    .entry(first)
                    .or_default()
                    .push((written, index));
            }
        }
        for forms in by_leading_token.values_mut() {
            // Longest first, so `T.C. Summary Opinion` is tried before `T.C.`.
            forms.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        ReporterTable {
            editions,
            journals,
            standard_forms,
            bluebook_forms,
            number_digits,
            intermediate_codes,
            by_form,
            by_squashed,
            by_closed_up,
            by_no_periods,
            by_leading_token,
            max_tokens: max_tokens.min(6),
        }
    }

    /// The reporter-first editions whose form as written starts `text`
    /// (`T.C. Memo. 2019-233`): (length of the form, edition), longest first.
    pub fn leading_at(&'static self, text: &str) -> Option<(usize, &'static Edition)> {
        let first = text.split(' ').next().unwrap_or(text);
        let forms = self.by_leading_token.get(first)?;
        forms.iter().find_map(|&(written, index)| {
            let rest = text.strip_prefix(written)?;
            rest.starts_with(' ')
                .then(|| (written.len(), &self.editions[index]))
        })
    }

    /// Looks up a reporter exactly as written (`F.Supp.2d`, `F.3d`).
    /// A form that differs from the standard only in the spaces after its periods is
    /// the same reporter: closed up (`U.S.App. LEXIS`, `So.3d`, Bluebook B6) or spaced
    /// out as older and official prints do (`N. Y. S. 2d`, `F. R. D.`).
    pub fn lookup(&'static self, written: &str) -> Option<ReporterMatch> {
        let index = match self.by_form.get(written) {
            Some(&index) => index,
            // `A .3d`: a stray space before a period (OCR, typing) is the same reporter.
            None if written.contains(" .") => {
                let joined = written.replace(" .", ".");
                return self.lookup(&joined).map(|m| ReporterMatch {
                    standard: false,
                    ..m
                });
            }
            // `F.3rd`, `So. 2nd`: a series written with the ordinal's common suffix, which
            // T1 and R6.2(b) write `2d`, `3d`.
            None if written.ends_with("2nd") || written.ends_with("3rd") => {
                let series = format!("{}d", &written[..written.len() - 2]);
                return self.lookup(&series).map(|m| ReporterMatch {
                    standard: false,
                    ..m
                });
            }
            None if written.contains('.') => self.closed_up(written)?,
            None => self.without_periods(written)?,
        };
        let edition = &self.editions[index];
        let own_form = self.standard_forms.get(written).copied();
        Some(ReporterMatch {
            edition,
            standard: edition.abbreviation == written || own_form.is_some(),
            form: own_form.unwrap_or(edition.abbreviation),
        })
    }

    /// The edition `written` names once the spaces after its periods are closed up
    /// (on both sides). Runs on the keystroke path for every candidate volume: no
    /// allocation.
    fn closed_up(&self, written: &str) -> Option<usize> {
        let &index = self.by_closed_up.get(&closed_up_hash(written))?;
        let same = without_spaces_after_periods(self.editions[index].abbreviation)
            .eq(without_spaces_after_periods(written));
        same.then_some(index)
    }

    /// The edition `written` names with its periods left out (New York style: `Cal 4th`).
    fn without_periods(&self, written: &str) -> Option<usize> {
        let &index = self.by_no_periods.get(&no_periods_hash(written))?;
        let same = self.editions[index]
            .abbreviation
            .bytes()
            .filter(|&b| b != b'.')
            .eq(written.bytes());
        same.then_some(index)
    }

    /// The edition whose abbreviation equals `written` up to spaces and periods.
    pub fn lookup_loose(&'static self, written: &str) -> Option<&'static Edition> {
        self.by_squashed
            .get(&squash(written))
            .map(|&i| &self.editions[i])
    }

    /// The form the Bluebook (T1) gives a reporter whose standard form is `standard`:
    /// reporters-db's abbreviation but where T1 writes it otherwise
    /// (`U.S.P.Q. 2d (BNA)` → `U.S.P.Q.2d (BNA)`, `data/reporter_forms.tsv`).
    pub fn bluebook_form<'a>(&'static self, standard: &'a str) -> &'a str {
        match self.bluebook_forms.get(standard) {
            Some(form) => form,
            None => standard,
        }
    }

    /// How many digits a public-domain form's number is written with, zeros before it
    /// (`2007-NMSC-033`: 3), where its state fixes that (`data/reporter_forms.tsv`).
    pub fn number_digits(&'static self, standard: &str) -> Option<usize> {
        self.number_digits.get(standard).copied()
    }

    /// The public-domain code of the intermediate court a reporter reports, where that
    /// code names no district (`Pa. Super.` → `PA Super`; `data/reporter_forms.tsv`).
    pub fn intermediate_code(&'static self, reporter: &str) -> Option<&'static str> {
        self.intermediate_codes.get(reporter).copied()
    }

    pub fn edition(&'static self, abbreviation: &str) -> Option<&'static Edition> {
        self.lookup(abbreviation)
            .filter(|m| m.standard)
            .map(|m| m.edition)
    }

    /// The nearest standard abbreviation to an unknown reporter (`F. Sup.` → `F. Supp.`).
    pub fn nearest(&'static self, written: &str) -> Option<&'static str> {
        if let Some(e) = self.lookup_loose(written) {
            return Some(e.abbreviation);
        }
        let limit = (written.chars().count() / 4).max(1);
        let first = written.chars().next();
        self.editions
            .iter()
            .filter(|e| e.abbreviation.chars().next() == first)
            .filter(|e| {
                matches!(
                    e.cite_type,
                    CiteType::Federal
                        | CiteType::StateRegional
                        | CiteType::Specialty
                        | CiteType::State
                )
            })
            .map(|e| (edit_distance(written, e.abbreviation), e))
            .filter(|(d, _)| *d <= limit)
            .min_by_key(|(d, e)| (*d, e.cite_type != CiteType::Federal))
            .map(|(_, e)| e.abbreviation)
    }

    /// Whether `written` is a journal (law review), code or session-law abbreviation
    /// (`Harv. L. Rev.`, `Stat.`), in any spacing: cited like a reporter, but no case reporter.
    pub fn is_journal(&self, written: &str) -> bool {
        self.journals.contains(&squash(written).to_lowercase())
    }

    pub fn len(&self) -> usize {
        self.editions.len()
    }
    pub fn is_empty(&self) -> bool {
        self.editions.is_empty()
    }
}

/// Reporter variants that are T12 month abbreviations: `12 Mar. 2019` is a date.
const MONTH_FORMS: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
];

/// The bytes of `s` without the spaces that follow a period: `N. Y. S. 2d` → `N.Y.S.2d`,
/// `Ohio C. C.` → `Ohio C.C.`.
fn without_spaces_after_periods(s: &str) -> impl Iterator<Item = u8> + '_ {
    let b = s.as_bytes();
    b.iter()
        .enumerate()
        .filter(move |&(k, &c)| !(c == b' ' && k > 0 && b[k - 1] == b'.'))
        .map(|(_, &c)| c)
}

/// A hash of `s` without its periods: `F. Supp. 2d` and `F Supp 2d` hash alike.
fn no_periods_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for b in s.bytes().filter(|&b| b != b'.') {
        h.write_u8(b);
    }
    h.finish()
}

/// A hash of `s` without the spaces after its periods: `U.S.App. LEXIS` and
/// `U.S. App. LEXIS` hash alike, and so do `N. Y. S. 2d` and `N.Y.S.2d`.
fn closed_up_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for b in without_spaces_after_periods(s) {
        h.write_u8(b);
    }
    h.finish()
}

/// Whether `written` differs from its standard form only by closed-up spacing
/// (`F.Supp.2d`, `S.Ct.`), which Bluebook B6 (2020) tolerates.
pub fn is_closed_up(written: &str, standard: &str) -> bool {
    !written.contains(' ') && written == standard.replace(' ', "")
}

/// Whether citations of `reporter` (its standard form) give the year before the volume
/// in every style: the English Reports as T2 cites English cases (`Rex v. Friend, (1802)
/// 168 Eng. Rep. 662`). Such a date is no sign of California's style either.
pub(crate) fn dated_before_volume(reporter: &str) -> bool {
    reporter == "Eng. Rep."
}

/// Whether `written` names a Louisiana court as its uniform citation does (`La.`,
/// `La.App. 4 Cir.`), whose decisions it dates in figures (`(La. 1/31/97)`).
pub(crate) fn is_louisiana_court(written: &str) -> bool {
    table()
        .lookup(written)
        .is_some_and(|l| l.edition.forms.louisiana)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partly_closed_up_forms_are_their_standard_reporter() {
        let t = table();
        for written in ["U.S.App. LEXIS", "U.S.App.LEXIS", "U.S. App.LEXIS"] {
            let m = t.lookup(written).expect("closed-up form known");
            assert_eq!(m.edition.abbreviation, "U.S. App. LEXIS");
            assert!(!m.standard);
        }
        assert!(t.lookup("U.S.App. LEXIX").is_none());
        assert!(t.lookup("U.SApp. LEXIS").is_none(), "a period dropped");
    }

    #[test]
    fn new_york_forms_without_periods_are_their_reporter() {
        let t = table();
        for (written, standard) in [
            ("Cal 4th", "Cal. 4th"),
            ("F Supp 2d", "F. Supp. 2d"),
            ("Cal Rptr 3d", "Cal. Rptr. 3d"),
            ("So 2d", "So. 2d"),
            ("N. Y. S. 2d", "N.Y.S.2d"),
            ("F. R. D.", "F.R.D."),
        ] {
            let m = t
                .lookup(written)
                .unwrap_or_else(|| panic!("{written} known"));
            assert_eq!(m.edition.abbreviation, standard);
        }
        assert!(
            t.lookup("Ky").is_none(),
            "short forms without periods are words"
        );
    }

    #[test]
    fn variants_map_to_standard_editions() {
        let t = table();
        let m = t.lookup("F.Supp.2d").expect("variant known");
        assert_eq!(m.edition.abbreviation, "F. Supp. 2d");
        assert!(!m.standard);
        assert_eq!(
            t.lookup("F. 3d").map(|m| m.edition.abbreviation),
            Some("F.3d")
        );
        assert_eq!(t.lookup("US").map(|m| m.edition.abbreviation), Some("U.S."));
        assert_eq!(
            t.lookup("S.Ct.").map(|m| m.edition.abbreviation),
            Some("S. Ct.")
        );
        assert!(t.lookup("F.3d").is_some_and(|m| m.standard));
    }

    #[test]
    fn editions_carry_years_and_court_rules() {
        let t = table();
        let e = t.edition("F. Supp. 2d").expect("edition");
        assert_eq!(
            (e.start_year, e.end_year),
            (Some(1998), Some(2014)),
            "corrected in reporter_years.tsv"
        );
        assert!(matches!(
            t.edition("U.S.").map(|e| &e.court_rule),
            Some(CourtRule::Implied("U.S."))
        ));
        assert!(matches!(
            t.edition("F.3d").map(|e| &e.court_rule),
            Some(CourtRule::Required(_))
        ));
        assert!(t.len() > 1000);
    }

    /// Reporters as real opinions write them (issue 19): Tax Court memoranda by publisher,
    /// an OCR space before a period, the joint appendix and dates that are no reporters.
    #[test]
    fn publisher_forms_stray_spaces_and_non_reporters() {
        let t = table();
        let cch = t.lookup("T.C.M. (CCH)").expect("Tax Court memoranda (CCH)");
        assert!(cch.standard, "T.C.M. (CCH) is the Bluebook form");
        let spaced = t.lookup("A .3d").expect("A .3d is A.3d");
        assert_eq!(
            (spaced.edition.abbreviation, spaced.standard),
            ("A.3d", false)
        );
        assert!(t.lookup("App.").is_none(), "the joint appendix");
        assert!(t.lookup("Mar.").is_none(), "a month");
        assert!(t.is_journal("Stat."), "the Statutes at Large");
    }

    #[test]
    fn nearest_suggests_a_close_standard_form() {
        assert_eq!(table().nearest("F. Sup."), Some("F. Supp."));
        assert!(is_closed_up("F.Supp.2d", "F. Supp. 2d"));
        assert!(table().is_journal("Harv. L.Rev."));
        assert_eq!(table().nearest("Harv. L. Rev."), None);
        assert!(!is_closed_up("F. 3d", "F.3d"));
    }
}
