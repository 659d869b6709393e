//! The data tables behind standard forms and previews (`data/authorities/*.tsv`),
//! parsed once on first use.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

const REPORTERS: &str = include_str!("../../data/authorities/reporters.tsv");
const COURTS: &str = include_str!("../../data/authorities/courts.tsv");
const CASE_WORDS: &str = include_str!("../../data/authorities/case_words.tsv");
const STATUTE_TITLES: &str = include_str!("../../data/authorities/statute_titles.tsv");

fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>())
}

/// Keys compare without spaces, periods or case: `F.Supp.2d` = `F. Supp. 2d`.
pub fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || *c == '\'' || *c == '§')
        .flat_map(char::to_lowercase)
        .collect()
}

struct Tables {
    /// compact(abbreviation) → (standard abbreviation, full name)
    reporters: FxHashMap<String, (&'static str, &'static str)>,
    /// compact(court) → words
    courts: FxHashMap<String, &'static str>,
    districts: Vec<(&'static str, &'static str)>,
    states: FxHashMap<String, &'static str>,
    /// word → abbreviation, for words the citation engine's T6 table lacks
    case_words: FxHashMap<&'static str, &'static str>,
    /// compact(citation) → title
    statute_titles: FxHashMap<String, &'static str>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = Tables {
        reporters: FxHashMap::default(),
        courts: FxHashMap::default(),
        districts: Vec::new(),
        states: FxHashMap::default(),
        statute_titles: FxHashMap::default(),
        case_words: FxHashMap::default(),
    };
    for r in rows(CASE_WORDS) {
        if let [word, abbr, ..] = r[..] {
            t.case_words.insert(word, abbr);
        }
    }
    for r in rows(REPORTERS) {
        if let [abbr, name, ..] = r[..] {
            t.reporters.insert(compact(abbr), (abbr, name));
        }
    }
    for r in rows(COURTS) {
        match r[..] {
            ["court", abbr, words, ..] => {
                t.courts.insert(compact(abbr), words);
            }
            ["district", abbr, words, ..] => t.districts.push((abbr, words)),
            ["state", abbr, words, ..] => {
                t.states.insert(compact(abbr), words);
            }
            _ => {}
        }
    }
    // Longest district prefix first (`D.` must not shadow `N.D.`).
    t.districts.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
    for r in rows(STATUTE_TITLES) {
        if let [cite, title, ..] = r[..] {
            t.statute_titles.insert(compact(cite), title);
        }
    }
    t
});

/// The standard form and full name of a reporter or code (`F.Supp.2d` →
/// (`F. Supp. 2d`, "Federal Supplement, Second Series")).
pub fn reporter(abbreviation: &str) -> Option<(&'static str, &'static str)> {
    TABLES.reporters.get(&compact(abbreviation)).copied()
}

/// The court of a court/year parenthetical in words (`C.D. Cal.` → "U.S. District
/// Court for the Central District of California").
pub fn court_in_words(abbreviation: &str) -> Option<String> {
    let t = &*TABLES;
    let key = compact(abbreviation);
    if let Some(words) = t.courts.get(&key) {
        return Some((*words).to_string());
    }
    let trimmed = abbreviation.trim();
    for (prefix, words) in &t.districts {
        if let Some(state) = trimmed.strip_prefix(prefix) {
            // `D.N.M.` closes up: the state follows the prefix with or without a space.
            if let Some(state) = t.states.get(&compact(state)) {
                return Some(format!("U.S. District Court for the {words} {state}"));
            }
        }
    }
    None
}

/// The T6 abbreviation of one word of a case name, if it has one (the citation
/// engine's table, so hover and the form checks agree). `next` is the following
/// word: `South Dakota` as a party stays spelled out.
pub fn case_word(word: &str, next: Option<&str>) -> Option<String> {
    crate::citations::case_names::t6_abbreviation(word, next)
        .map(|a| a.into_owned())
        .or_else(|| TABLES.case_words.get(word).map(|a| (*a).to_string()))
}

/// The title of a statute section or rule (`42 U.S.C. § 1983` → "Civil action for
/// deprivation of rights"); subsections are ignored (`Fed. R. Civ. P. 26(b)(1)` → rule 26).
pub fn statute_title(citation: &str) -> Option<&'static str> {
    let base = citation.split('(').next().unwrap_or(citation);
    TABLES.statute_titles.get(&compact(base)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporters_courts_and_titles() {
        assert_eq!(
            reporter("F.Supp.2d"),
            Some(("F. Supp. 2d", "Federal Supplement, Second Series"))
        );
        assert_eq!(
            court_in_words("C.D. Cal.").as_deref(),
            Some("U.S. District Court for the Central District of California")
        );
        assert_eq!(
            court_in_words("D.N.M.").as_deref(),
            Some("U.S. District Court for the District of New Mexico")
        );
        assert_eq!(
            court_in_words("9th Cir.").as_deref(),
            Some("U.S. Court of Appeals for the Ninth Circuit")
        );
        assert_eq!(court_in_words("Nowhere Ct."), None);
        assert_eq!(case_word("Systems", None).as_deref(), Some("Sys."));
        assert_eq!(
            case_word("American", Some("LegalNet")).as_deref(),
            Some("Am.")
        );
        assert_eq!(
            statute_title("Fed. R. Civ. P. 26(b)(1)"),
            Some("Duty to Disclose; General Provisions Governing Discovery")
        );
        assert_eq!(
            statute_title("42 U.S.C. § 1983"),
            Some("Civil action for deprivation of rights")
        );
    }
}
