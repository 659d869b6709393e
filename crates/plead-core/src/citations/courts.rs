//! Court abbreviations (Bluebook T1/T7, T10): what a court/year parenthetical's
//! court reads as.
//!
//! Three tables: `data/courts.tsv` (written by hand: the Bluebook forms plead
//! suggests, the Supreme Court's `CA9`, agency tribunals such as `B.I.A.`),
//! `data/courts_db.tsv` (every court courts-db gives a citation string), and
//! `data/court_words.tsv` (the words court abbreviations are built of, with the
//! standard form of the ones written another way). A court is
//! - [`Reading::Standard`] when a table names it;
//! - [`Reading::Malformed`] when it becomes a Bluebook form once its spacing,
//!   ordinals, state abbreviation or words are put right (`C.D.Cal.`, `2nd Cir.`,
//!   `W.D. Wa.`, `Bkrtcy W.D.Tex.`);
//! - [`Reading::Accepted`] when it is built of court words, jurisdictions, ordinals,
//!   districts and places (`Ct. App.`, `Mo. App. S.D.`, `1st Dept`, `Ch. Div.`,
//!   `Tex. App.—Houston [14th Dist.]`): a valid form of a court plead does not list;
//! - [`Reading::Unknown`] otherwise. Only a malformed court is reported: on real
//!   writing a court plead cannot read is far more often valid than wrong.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::tables::{rows, squash};

const COURTS_TSV: &str = include_str!("../../data/courts.tsv");
// Read by build.rs (and the test of its output), not by the library.
#[allow(dead_code)]
const COURTS_DB_TSV: &str = include_str!("../../data/courts_db.tsv");
const COURT_WORDS_TSV: &str = include_str!("../../data/court_words.tsv");
const JURISDICTIONS_TSV: &str = include_str!("../../data/us_jurisdictions.tsv");
const COURT_VARIANTS_TSV: &str = include_str!("../../data/court_variants.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CourtKind {
    Supreme,
    Circuit,
    District,
    Bankruptcy,
    Bap,
    FederalSpecial,
    StateHigh,
    StateAppellate,
    StateTrial,
    /// Administrative tribunals and officers that decide cases (B.I.A., NLRB, A.G.).
    Agency,
    /// Tribal, international and historical courts.
    Other,
}

impl CourtKind {
    pub fn parse(s: &str) -> Option<CourtKind> {
        Some(match s {
            "supreme" => CourtKind::Supreme,
            "circuit" => CourtKind::Circuit,
            "district" => CourtKind::District,
            "bankruptcy" => CourtKind::Bankruptcy,
            "bap" => CourtKind::Bap,
            "federal_special" => CourtKind::FederalSpecial,
            "state_high" => CourtKind::StateHigh,
            "state_appellate" => CourtKind::StateAppellate,
            "state_trial" => CourtKind::StateTrial,
            "agency" => CourtKind::Agency,
            "other" => CourtKind::Other,
            _ => return None,
        })
    }
    /// An example abbreviation of this kind, for messages.
    pub fn example(self) -> &'static str {
        match self {
            CourtKind::Supreme => "U.S.",
            CourtKind::Circuit => "9th Cir.",
            CourtKind::District => "S.D.N.Y.",
            CourtKind::Bankruptcy => "Bankr. N.D. Cal.",
            CourtKind::Bap => "B.A.P. 9th Cir.",
            CourtKind::FederalSpecial => "Fed. Cl.",
            CourtKind::StateHigh => "Cal.",
            CourtKind::StateAppellate => "Cal. Ct. App.",
            CourtKind::StateTrial => "N.Y. Sup. Ct.",
            CourtKind::Agency => "B.I.A.",
            CourtKind::Other => "Navajo",
        }
    }
    pub fn describe(self) -> &'static str {
        match self {
            CourtKind::Supreme => "the Supreme Court",
            CourtKind::Circuit => "a federal court of appeals",
            CourtKind::District => "a federal district court",
            CourtKind::Bankruptcy => "a bankruptcy court",
            CourtKind::Bap => "a bankruptcy appellate panel",
            CourtKind::FederalSpecial => "a specialized federal court",
            CourtKind::StateHigh => "a state court of last resort",
            CourtKind::StateAppellate => "a state appellate court",
            CourtKind::StateTrial => "a state trial court",
            CourtKind::Agency => "an administrative tribunal",
            CourtKind::Other => "a tribal or other court",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Court {
    pub abbreviation: &'static str,
    pub kind: CourtKind,
    pub name: &'static str,
}

/// What is wrong with a malformed court abbreviation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Spaces or periods (`C.D.Cal.`, `E.D. N.C.`, `S.D.N.Y`).
    Spacing,
    /// `2nd`/`3rd` for the Bluebook's `2d`/`3d`, or an ordinal spelled out.
    Ordinal,
    /// A state abbreviated other than as T10 does: (written, its T10 form).
    State(String, &'static str),
    /// A word written in full or in a publisher's abbreviation: (written, T7 form).
    Word(String, &'static str),
}

/// How a court abbreviation as written reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A form one of the tables names (the Bluebook's, a court's own, courts-db's).
    Standard(Court),
    /// Built of court words, jurisdictions, ordinals and places: valid, but not a
    /// court plead can check against a reporter.
    Accepted,
    /// Becomes the Bluebook form `fixed` once `problem` is put right.
    Malformed {
        fixed: String,
        problem: Problem,
    },
    Unknown,
}

struct CourtTable {
    /// The Bluebook forms (data/courts.tsv): the ones plead suggests.
    bluebook: FxHashMap<&'static str, Court>,
    /// courts-db forms that are not a Bluebook form written another way.
    other: FxHashMap<&'static str, Court>,
    /// Squashed Bluebook forms (bankruptcy courts included) → the form.
    squashed: FxHashMap<String, String>,
    /// Court words: written form → standard form (None: standard or a valid local form).
    words: FxHashMap<&'static str, Option<&'static str>>,
    /// T10 abbreviations (`Cal.`, `W. Va.`), postal codes and names → T10 abbreviation.
    jurisdictions: FxHashMap<String, &'static str>,
    t10: FxHashSet<&'static str>,
    /// Full state names (lowercase) → T10, for prefixes such as `Wa.`, `Calif.`.
    names: Vec<(String, &'static str)>,
}

const BANKRUPTCY_PREFIX: &str = "Bankr. ";

/// courts-db's rows that are forms of their own, as `build.rs` found them with
/// [`courts_db_forms_of_their_own`] (the file is written into `OUT_DIR` at build time).
/// Finding them reads every courts-db form as a Bluebook form written another way: 20M
/// instructions, which every process paid at its first citation with a court.
const COURTS_DB_OWN_FORMS: &str = super::generated::COURTS_DB_OWN_FORMS;

static TABLE: LazyLock<CourtTable> = LazyLock::new(|| {
    let mut t = CourtTable::without_courts_db();
    for row in rows(COURTS_DB_OWN_FORMS) {
        if let Some(court) = court_of(&row) {
            t.other.entry(court.abbreviation).or_insert(court);
        }
    }
    t
});

/// The lines of `data/courts_db.tsv` whose court is a form of its own, in order: not a
/// Bluebook form, nor one written another way (`3rd Cir.`, `Bankr.D. Colo.`,
/// `M.D. Penn.`: courts-db's spelling of a Bluebook form is not a second valid form;
/// plead suggests the Bluebook one). `build.rs` writes them out for [`TABLE`].
#[allow(dead_code)] // run by build.rs and the test of its output
pub(crate) fn courts_db_forms_of_their_own() -> String {
    let t = CourtTable::without_courts_db();
    let mut out = String::new();
    for line in COURTS_DB_TSV.lines() {
        let Some(row) = rows(line).next() else {
            continue;
        };
        let Some(court) = court_of(&row) else {
            continue;
        };
        if !t.bluebook.contains_key(court.abbreviation)
            && t.normalized(court.abbreviation).is_none()
        {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

impl CourtTable {
    /// Every table but courts-db's forms of their own.
    fn without_courts_db() -> CourtTable {
        let mut t = CourtTable {
            bluebook: FxHashMap::default(),
            other: FxHashMap::default(),
            squashed: FxHashMap::default(),
            words: FxHashMap::default(),
            jurisdictions: FxHashMap::default(),
            t10: FxHashSet::default(),
            names: Vec::new(),
        };
        for row in rows(JURISDICTIONS_TSV) {
            let (Some(name), Some(postal), Some(abbr)) = (row.first(), row.get(1), row.get(2))
            else {
                continue;
            };
            t.t10.insert(abbr);
            t.jurisdictions.insert(abbr.to_string(), abbr);
            t.jurisdictions.insert(postal.to_string(), abbr);
            t.jurisdictions.insert(name.to_string(), abbr);
            t.names.push((name.to_lowercase(), abbr));
        }
        for row in rows(COURT_WORDS_TSV) {
            if let Some(word) = row.first() {
                let standard = row.get(1).copied().filter(|s| !s.is_empty());
                t.words.entry(word).or_insert(standard);
            }
        }
        for row in rows(COURTS_TSV) {
            if let Some(court) = court_of(&row) {
                t.bluebook.insert(court.abbreviation, court);
                t.squashed
                    .entry(squash(court.abbreviation))
                    .or_insert_with(|| court.abbreviation.to_string());
                if court.kind == CourtKind::District {
                    let bankruptcy = format!("{BANKRUPTCY_PREFIX}{}", court.abbreviation);
                    t.squashed.entry(squash(&bankruptcy)).or_insert(bankruptcy);
                }
            }
        }
        t
    }
}

fn court_of(row: &[&'static str]) -> Option<Court> {
    let (abbreviation, kind) = (row.first().copied()?, CourtKind::parse(row.get(1)?)?);
    Some(Court {
        abbreviation,
        kind,
        name: row.get(2).copied().unwrap_or(""),
    })
}

/// The words of a court abbreviation, with closed-up words split apart
/// (`Mo.App.` → `Mo.` `App.`, `N.D.Cal.` → `N.D.` `Cal.`; `S.D.N.Y.` stays whole).
fn pieces(written: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for token in written.split(' ').filter(|t| !t.is_empty()) {
        let b = token.as_bytes();
        let mut start = 0;
        for k in 1..b.len().saturating_sub(1) {
            if b[k - 1] == b'.' && b[k].is_ascii_uppercase() && b[k + 1].is_ascii_lowercase() {
                out.push(&token[start..k]);
                start = k;
            }
        }
        out.push(&token[start..]);
    }
    out
}

/// The Bluebook form of an ordinal written otherwise (`3rd` → `3d`, `2nd` → `2d`), as
/// New York's Official Reports write it too (`[3d Dept 2020]`).
#[allow(dead_code)] // build.rs reads this module for its tables, not this query
pub fn ordinal_form(word: &str) -> Option<String> {
    ordinal(word).filter(|o| o != word)
}

/// `C.A.3`, `C.A. 9`, `C.A.D.C.`, `C.A.Fed.`: a court of appeals as West's reporters
/// printed it, whose Bluebook form is the circuit's (`3d Cir.`, T1, T7). (The Supreme
/// Court's own `CA3`, without periods, is a form of its own and stays.)
fn west_circuit(written: &str) -> Option<String> {
    let rest = written.strip_prefix("C.A.")?.trim_start();
    match rest {
        "D.C." | "DC" => Some("D.C. Cir.".into()),
        "Fed." | "F.C." => Some("Fed. Cir.".into()),
        n if !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) => {
            let k: u32 = n.parse().ok().filter(|k| (1..=11).contains(k))?;
            Some(format!("{} Cir.", ordinal(&format!("{k}th"))?))
        }
        _ => None,
    }
}

/// `1st`, `2d`, `3d`, `14th`, `2nd`: an ordinal, and its Bluebook form.
fn ordinal(word: &str) -> Option<String> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let (n, suffix) = word.split_at(digits);
    let standard = match n.parse::<u32>().ok()? {
        k if (11..=13).contains(&(k % 100)) => "th",
        k if k % 10 == 1 => "st",
        k if k % 10 == 2 => "d",
        k if k % 10 == 3 => "d",
        _ => "th",
    };
    matches!(suffix, "st" | "d" | "nd" | "rd" | "th").then(|| format!("{n}{standard}"))
}

const SPELLED_ORDINALS: &[(&str, &str)] = &[
    ("First", "1st"),
    ("Second", "2d"),
    ("Third", "3d"),
    ("Fourth", "4th"),
    ("Fifth", "5th"),
    ("Sixth", "6th"),
    ("Seventh", "7th"),
    ("Eighth", "8th"),
    ("Ninth", "9th"),
    ("Tenth", "10th"),
    ("Eleventh", "11th"),
];

/// Federal district designations before a state: `N.D.`, `S.D.`, `D.`…
const DISTRICTS: &[&str] = &["N.D.", "S.D.", "E.D.", "W.D.", "M.D.", "C.D.", "D."];

/// `SD`, `ND`, `D`: a federal district designation written without periods (the
/// Supreme Court's `SD Tex.`), and its Bluebook form.
fn closed_district(word: &str) -> Option<&'static str> {
    Some(match word {
        "ND" => "N.D.",
        "SD" => "S.D.",
        "ED" => "E.D.",
        "WD" => "W.D.",
        "MD" => "M.D.",
        "CD" => "C.D.",
        "D" => "D.",
        _ => return None,
    })
}

/// Words that follow a place's name in a court's name (`Kings Cnty.`, `St. Louis County`).
const PLACE_UNITS: &[&str] = &[
    "Cnty.", "Cnty", "Cty.", "Cty", "County", "Par.", "Parish", "City", "Twp.", "Borough", "Bor.",
];

impl CourtTable {
    fn lookup(&self, written: &str) -> Option<Court> {
        if let Some(c) = self
            .bluebook
            .get(written)
            .or_else(|| self.other.get(written))
        {
            return Some(*c);
        }
        // Bankruptcy courts: `Bankr. ` + a district (`Bankr. N.D. Cal.`).
        let district = written.strip_prefix(BANKRUPTCY_PREFIX)?;
        let c = self
            .bluebook
            .get(district)
            .filter(|c| c.kind == CourtKind::District)?;
        Some(Court {
            abbreviation: c.abbreviation,
            kind: CourtKind::Bankruptcy,
            name: c.name,
        })
    }

    /// The jurisdiction a word abbreviates: its T10 form, if the word is not it.
    /// `Wa.` → `Wash.`, `Calif.` → `Cal.`, `Penn.` → `Pa.`, `Tx.` → `Tex.`.
    fn state_alias(&self, word: &str) -> Option<&'static str> {
        if self.t10.contains(word) {
            return None;
        }
        let bare = word.trim_end_matches('.');
        if let Some(abbr) = self.jurisdictions.get(&bare.to_ascii_uppercase()) {
            return (bare.len() == 2).then_some(*abbr);
        }
        let lower = bare.to_lowercase();
        if lower.len() < 2 || !bare.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let mut found = self
            .names
            .iter()
            .filter(|(name, _)| name.starts_with(&lower) && !name.contains(' '));
        let first = found.next()?;
        found.next().is_none().then_some(first.1)
    }

    /// The Bluebook form `written` becomes once its ordinals, state abbreviations and
    /// words are put right and its spacing is ignored, and the most telling problem.
    fn normalized(&self, written: &str) -> Option<(String, Problem)> {
        if let Some(circuit) = west_circuit(written) {
            return Some((circuit, Problem::Spacing));
        }
        let mut problem = Problem::Spacing;
        let mut words: Vec<String> = Vec::new();
        for piece in pieces(written) {
            let comma = piece.ends_with(',');
            let word = piece.trim_end_matches(',');
            let fixed: String = if let Some(d) = closed_district(word) {
                // `SD` before a state is the district `S.D.`, not South Dakota.
                d.to_string()
            } else if let Some(o) = ordinal(word).filter(|o| o != word) {
                if matches!(problem, Problem::Spacing) {
                    problem = Problem::Ordinal;
                }
                o
            } else if let Some((_, o)) = SPELLED_ORDINALS.iter().find(|(w, _)| *w == word) {
                problem = Problem::Word(word.to_string(), o);
                (*o).to_string()
            } else if let Some(standard) = self.words.get(word) {
                // A court word is never a state's postal code: `Ct.` is the court, not
                // Connecticut (`Fl. Dist. Ct. App.` → `Fla. Dist. Ct. App.`).
                match standard {
                    Some(standard) => {
                        if !matches!(problem, Problem::State(..)) {
                            problem = Problem::Word(word.to_string(), standard);
                        }
                        (*standard).to_string()
                    }
                    None => word.to_string(),
                }
            } else if let Some(abbr) = self.state_alias(word) {
                problem = Problem::State(word.to_string(), abbr);
                abbr.to_string()
            } else {
                word.to_string()
            };
            words.push(if comma { format!("{fixed},") } else { fixed });
        }
        let joined = words.join(" ");
        let found = self.squashed.get(&squash(&joined))?;
        (found != written).then(|| (found.clone(), problem))
    }

    /// Whether every word of `written` is a word courts are named with.
    fn accepted(&self, written: &str) -> bool {
        let pieces = pieces(written);
        let mut after_dash = false;
        for (k, piece) in pieces.iter().enumerate() {
            let word = piece.trim_end_matches([',', ';']);
            if after_dash || word.is_empty() {
                continue;
            }
            // `Tex. App.—Houston`, `Tex.App.-El Paso`: a place follows the dash.
            if let Some(d) = word.find(['-', '\u{2014}', '\u{2013}']) {
                after_dash = true;
                let head = &word[..d];
                if head.is_empty() || self.word_ok(head) {
                    continue;
                }
                return false;
            }
            // `[14th Dist.]`: the Texas district in brackets.
            let word = word.trim_start_matches('[').trim_end_matches(']');
            if self.word_ok(word) {
                continue;
            }
            // A place named before a county word: `Kings Cnty.`, `St. Louis County`.
            let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase());
            let place = capitalized(word)
                && pieces[k + 1..]
                    .iter()
                    .take(3)
                    .take_while(|w| capitalized(w))
                    .any(|w| PLACE_UNITS.contains(&w.trim_end_matches(',')));
            if !place {
                return false;
            }
        }
        true
    }

    /// The Supreme Court's own form of a district court: the designation without
    /// periods before the state (`SD Tex.`, `ND Cal.`, `D Ariz.`), as its `CA9` for
    /// the courts of appeals.
    fn supreme_court_district(&self, written: &str) -> bool {
        written.split_once(' ').is_some_and(|(district, state)| {
            closed_district(district).is_some() && self.t10.contains(state)
        })
    }

    fn word_ok(&self, word: &str) -> bool {
        if matches!(word, "&" | "of" | "the" | "and" | "for" | "on") {
            return true;
        }
        if self.words.contains_key(word)
            || self.jurisdictions.contains_key(word)
            || self.bluebook.contains_key(word)
            || self.other.contains_key(word)
            || DISTRICTS.contains(&word)
            || super::months::T12.contains(&word)
            || super::months::FULL.contains(&word)
            || PLACE_UNITS.contains(&word)
            || ordinal(word).is_some()
            || word.bytes().all(|b| b.is_ascii_digit())
        {
            return true;
        }
        // `S.D.N.Y.`, `D.Mass`: a district glued to its state.
        DISTRICTS.iter().any(|d| {
            word.strip_prefix(d).is_some_and(|state| {
                !state.is_empty() && self.jurisdictions.contains_key(state)
                    || self.jurisdictions.contains_key(&format!("{state}."))
            })
        })
    }

    fn read(&self, written: &str) -> Reading {
        if let Some(court) = self.lookup(written) {
            return Reading::Standard(court);
        }
        if self.supreme_court_district(written) {
            return Reading::Accepted;
        }
        if let Some((fixed, problem)) = self.normalized(written) {
            return Reading::Malformed { fixed, problem };
        }
        if self.accepted(written) {
            Reading::Accepted
        } else {
            Reading::Unknown
        }
    }
}

/// `Ct.App.` → `Ct. App.`: a court abbreviation whose court words (data/court_words.tsv,
/// not jurisdictions: `Mo.App.` is Missouri's own print) are closed up, spaced as
/// Bluebook R6.1(a) spaces words of more than one letter. None if none is closed up.
pub fn spaced_court_words(written: &str) -> Option<String> {
    let mut changed = false;
    let tokens: Vec<String> = written
        .split(' ')
        .map(|token| {
            let parts = pieces(token);
            let all_words = parts.len() > 1
                && parts.iter().all(|p| {
                    let word = p.trim_end_matches([',', ';']);
                    TABLE.words.contains_key(word) && !TABLE.jurisdictions.contains_key(word)
                });
            if all_words {
                changed = true;
                parts.join(" ")
            } else {
                token.to_string()
            }
        })
        .collect();
    changed.then(|| tokens.join(" "))
}

/// The T1 form of a court written in a form its state's citations do not take
/// (data/court_variants.tsv: `Tex. Ct. App.—Houston [1st Dist.]` → `Tex. App.—Houston [1st
/// Dist.]`, `Tex. Sup. Ct.` → `Tex.`), for a decision of `year` or later than the form's
/// first year; the rest of the court (a seat after a dash) is kept.
#[allow(dead_code)] // build.rs reads this module for its tables, not this query
pub fn variant_form(written: &str, year: u16) -> Option<String> {
    rows(COURT_VARIANTS_TSV)
        .find_map(|row| {
            let (form, standard) = (row.first()?, row.get(1)?);
            let from: u16 = row.get(2)?.parse().ok()?;
            let rest = written.strip_prefix(form)?;
            let seat = rest.is_empty() || rest.starts_with(['-', '\u{2013}', '\u{2014}']);
            (seat && year >= from).then(|| format!("{standard}{rest}"))
        })
        .or_else(|| state_court_form(written))
        .or_else(|| bankruptcy_court_form(written))
        .or_else(|| circuit_without_state(written))
}

/// `3d Cir. Pa.`: Lexis names the state a federal appeal came from after the circuit;
/// the Bluebook's parenthetical names the circuit alone (T1, R10.4(b)).
fn circuit_without_state(written: &str) -> Option<String> {
    let (circuit, state) = written.rsplit_once(' ')?;
    let is_state = TABLE.jurisdictions.values().any(|&v| v == state);
    let is_circuit = TABLE
        .lookup(circuit)
        .is_some_and(|c| c.kind == CourtKind::Circuit);
    (is_state && is_circuit).then(|| circuit.to_string())
}

/// `D. Colo. Bankr.` → `Bankr. D. Colo.`: a bankruptcy court is named before its district
/// (Bluebook T1, T7), whatever order the writer put them in.
fn bankruptcy_court_form(written: &str) -> Option<String> {
    let district = written
        .strip_suffix(" Bankr.")
        .or_else(|| written.strip_suffix(" Bankr"))?;
    let fixed = format!("Bankr. {district}");
    TABLE.lookup(&fixed).map(|_| fixed)
}

/// A state's highest court as T1 names it, the state alone, for the forms writers give it
/// that name no court (`Ind. Sup. Ct.`, `Ind. S. Ct.` → `Ind.`). A form some table
/// knows as a court of its own (`N.Y. Sup. Ct.`, New York's trial court) is that court.
/// (An intermediate court's `Minn. App.`, `Mo. App.`, `Colo. App.` is how those states'
/// own courts write it, so T1's `Ct. App.` is asked only where data/court_variants.tsv
/// lists the state: Iowa, Indiana.)
fn state_court_form(written: &str) -> Option<String> {
    if TABLE.lookup(written).is_some() {
        return None;
    }
    let state = written
        .strip_suffix(" Sup. Ct.")
        .or_else(|| written.strip_suffix(" S. Ct."))?;
    (TABLE.jurisdictions.get(state) == Some(&state)).then(|| state.to_string())
}

/// How the court abbreviation `written` reads.
pub fn read(written: &str) -> Reading {
    TABLE.read(written)
}

/// The court for an abbreviation written exactly as a table gives it.
pub fn lookup(written: &str) -> Option<Court> {
    TABLE.lookup(written)
}

/// The standard form of a malformed court abbreviation (`C.D.Cal.` → `C.D. Cal.`,
/// `S.D.N.Y` → `S.D.N.Y.`, `2nd Cir.` → `2d Cir.`, `W.D. Wa.` → `W.D. Wash.`).
pub fn suggest(written: &str) -> Option<String> {
    match read(written) {
        Reading::Malformed { fixed, .. } => Some(fixed),
        _ => None,
    }
}

/// The T10 abbreviation of a state given by its postal code (`IA` → `Iowa`).
pub fn state_of_postal(postal: &str) -> Option<&'static str> {
    TABLE
        .jurisdictions
        .get(postal)
        .copied()
        .filter(|_| postal.len() == 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table build.rs wrote is the one this code finds (a stale build script
    /// output would read courts-db's forms as an older version of this file did).
    #[test]
    fn build_script_table_is_current() {
        let own = courts_db_forms_of_their_own();
        assert_eq!(COURTS_DB_OWN_FORMS, own);
        let kept = rows(COURTS_DB_OWN_FORMS).count();
        let all = rows(COURTS_DB_TSV).count();
        assert!(kept > 1000 && kept < all, "{kept} of {all}");
        let has = |table, form| rows(table).any(|row| row.first() == Some(&form));
        assert!(has(COURTS_DB_TSV, "3rd Cir.") && !has(COURTS_DB_OWN_FORMS, "3rd Cir."));
        assert!(
            has(COURTS_DB_TSV, "Bankr.D. Colo.") && !has(COURTS_DB_OWN_FORMS, "Bankr.D. Colo.")
        );
    }

    #[test]
    fn all_94_districts_are_known() {
        let n = TABLE
            .bluebook
            .values()
            .filter(|c| c.kind == CourtKind::District)
            .count();
        assert_eq!(n, 94);
        assert_eq!(
            lookup("C.D. Cal.").map(|c| c.kind),
            Some(CourtKind::District)
        );
        assert_eq!(
            lookup("S.D.N.Y.").map(|c| c.kind),
            Some(CourtKind::District)
        );
        assert_eq!(lookup("9th Cir.").map(|c| c.kind), Some(CourtKind::Circuit));
        assert_eq!(
            lookup("Bankr. N.D. Cal.").map(|c| c.kind),
            Some(CourtKind::Bankruptcy)
        );
        assert_eq!(
            lookup("Wash. Ct. App.").map(|c| c.kind),
            Some(CourtKind::StateAppellate)
        );
    }

    #[test]
    fn malformed_courts_get_their_standard_form() {
        assert_eq!(suggest("C.D.Cal.").as_deref(), Some("C.D. Cal."));
        assert_eq!(suggest("S.D.N.Y").as_deref(), Some("S.D.N.Y."));
        assert_eq!(suggest("2nd Cir.").as_deref(), Some("2d Cir."));
        assert_eq!(suggest("3rd Cir.").as_deref(), Some("3d Cir."));
        assert_eq!(suggest("9th Cir."), None);
        assert_eq!(suggest("CA9"), None);
    }

    /// Issue 15.4: a misspelled state or word is named, with the court it makes.
    #[test]
    fn misspelled_states_and_words_are_named() {
        assert_eq!(
            read("W.D. Wa."),
            Reading::Malformed {
                fixed: "W.D. Wash.".into(),
                problem: Problem::State("Wa.".into(), "Wash.")
            }
        );
        assert_eq!(
            read("Bkrtcy W.D.Tex."),
            Reading::Malformed {
                fixed: "Bankr. W.D. Tex.".into(),
                problem: Problem::Word("Bkrtcy".into(), "Bankr.")
            }
        );
        assert_eq!(
            read("Ninth Circuit").clone(),
            Reading::Malformed {
                fixed: "9th Cir.".into(),
                problem: Problem::Word("Circuit".into(), "Cir.")
            }
        );
        assert_eq!(suggest("N.D. Calif.").as_deref(), Some("N.D. Cal."));
    }

    /// Courts, agencies and local forms from real opinions (tests/fixtures/opinions,
    /// BIA and Tax Court decisions) are valid, not unknown.
    #[test]
    fn valid_courts_of_every_kind_are_read() {
        for standard in [
            "B.I.A.",
            "BIA",
            "A.G.",
            "T.C.",
            "Fed. Cl.",
            "P.T.A.B.",
            "NLRB",
            "EAB",
            "CA5",
            "CADC",
            "Ky. Ct. App.",
            "Cal. Ct. App.",
        ] {
            assert!(
                matches!(read(standard), Reading::Standard(_)),
                "{standard}: {:?}",
                read(standard)
            );
        }
        for accepted in [
            "Ct. App.",
            "Ky. App.",
            "Mo. App. S.D.",
            "Mo.App. W.D.",
            "Mo. banc",
            "1st Dept",
            "2d Dept",
            "Ch.Div.",
            "Sup. Ct. NY Cnty",
            "Super. Ct. Conn.",
            "5th Cir. Unit B July",
            "Tex. App.—Houston [14th Dist.]",
            "Tex.App.-Amarillo",
            "N.J. Super. Ct. App. Div.",
            "Fla. 1st DCA",
            "Pa. Cmwlth.",
            "SD Tex.",
            "D Ariz.",
            "St. Louis Cnty. Cir. Ct.",
        ] {
            let reading = read(accepted);
            assert!(
                matches!(reading, Reading::Accepted | Reading::Standard(_)),
                "{accepted}: {reading:?}"
            );
        }
        assert_eq!(read("Calofornia Hi"), Reading::Unknown);
    }

    /// Issue 15 item 3: `Ct.` is a court word, not Connecticut's postal code; closed-up
    /// court words are spaced.
    #[test]
    fn court_words_are_neither_states_nor_closed_up() {
        match read("Fl. Dist. Ct. App.") {
            Reading::Malformed { fixed, problem } => {
                assert_eq!(fixed, "Fla. Dist. Ct. App.");
                assert!(matches!(problem, Problem::State(ref w, "Fla.") if w == "Fl."));
            }
            _ => panic!("Fl. Dist. Ct. App. should read as malformed"),
        }
        assert_eq!(spaced_court_words("Ct.App.").as_deref(), Some("Ct. App."));
        assert_eq!(
            spaced_court_words("Cal. Ct.App.").as_deref(),
            Some("Cal. Ct. App.")
        );
        assert_eq!(spaced_court_words("Ct. App."), None);
        assert_eq!(spaced_court_words("Mo.App. S.D."), None);
    }
}
