//! Court abbreviations (Bluebook T1/T7): federal courts incl. all 94 districts,
//! state courts of last resort and appeal. Table in `data/courts.tsv`.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::tables::{rows, squash};

const COURTS_TSV: &str = include_str!("../../data/courts.tsv");

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
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Court {
    pub abbreviation: &'static str,
    pub kind: CourtKind,
    pub name: &'static str,
}

struct CourtTable {
    exact: FxHashMap<&'static str, Court>,
    squashed: FxHashMap<String, &'static str>,
}

static TABLE: LazyLock<CourtTable> = LazyLock::new(|| {
    let mut exact = FxHashMap::default();
    let mut squashed = FxHashMap::default();
    for row in rows(COURTS_TSV) {
        let (Some(abbreviation), Some(kind)) = (
            row.first().copied(),
            row.get(1).and_then(|k| CourtKind::parse(k)),
        ) else {
            continue;
        };
        let court = Court {
            abbreviation,
            kind,
            name: row.get(2).copied().unwrap_or(""),
        };
        exact.insert(abbreviation, court);
        squashed.entry(squash(abbreviation)).or_insert(abbreviation);
    }
    CourtTable { exact, squashed }
});

const BANKRUPTCY_PREFIX: &str = "Bankr. ";

/// The court for an abbreviation written exactly in standard form.
pub fn lookup(written: &str) -> Option<Court> {
    if let Some(c) = TABLE.exact.get(written) {
        return Some(*c);
    }
    // Bankruptcy courts: `Bankr. ` + a district (`Bankr. N.D. Cal.`).
    let district = written.strip_prefix(BANKRUPTCY_PREFIX)?;
    let c = TABLE
        .exact
        .get(district)
        .filter(|c| c.kind == CourtKind::District)?;
    Some(Court {
        abbreviation: c.abbreviation,
        kind: CourtKind::Bankruptcy,
        name: c.name,
    })
}

/// The standard form of a malformed court abbreviation (`C.D.Cal.` → `C.D. Cal.`,
/// `S.D.N.Y` → `S.D.N.Y.`, `2nd Cir.` → `2d Cir.`), if one is unambiguous.
pub fn suggest(written: &str) -> Option<String> {
    let ordinals = written.replace("2nd", "2d").replace("3rd", "3d");
    let (prefix, rest) = match ordinals.strip_prefix("Bankr.") {
        Some(rest) => (BANKRUPTCY_PREFIX, rest.trim_start().to_string()),
        None => ("", ordinals),
    };
    let found = TABLE.squashed.get(&squash(&rest))?;
    let suggestion = format!("{prefix}{found}");
    (suggestion != written).then_some(suggestion)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_94_districts_are_known() {
        let n = TABLE
            .exact
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
        assert_eq!(suggest("9th Cir."), None);
        assert_eq!(suggest("CA9"), None);
    }
}
