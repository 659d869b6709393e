//! Which library entry a cited authority is: by reporter citation first
//! (`673 F.Supp.2d 1063` = `673 F. Supp. 2d 1063`), then by case name
//! (both sides of the `v.` must share a significant word).

use super::tables::{self, compact};

/// The key of a reporter citation or statute: volume, reporter and first page
/// (or title, code and section) without spaces, periods or case.
pub fn cite_key(citation: &str) -> String {
    // Subsections do not make another authority: `§ 1915(e)(2)` is § 1915.
    let base = citation.split('(').next().unwrap_or(citation);
    compact(base)
}

/// Words that do not identify a party.
const NOISE: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "and",
    "in",
    "re",
    "ex",
    "rel",
    "et",
    "al",
    "inc",
    "co",
    "corp",
    "llc",
    "lp",
    "llp",
    "ltd",
    "l",
    "p",
    "v",
    "vs",
    "petitioner",
    "petitioners",
    "respondent",
    "respondents",
    "appellant",
    "appellants",
    "appellee",
    "appellees",
    "plaintiff",
    "plaintiffs",
    "defendant",
    "defendants",
    "for",
    "on",
    "behalf",
    "its",
    "his",
    "her",
];

/// The significant words of each side of a case name, lowercased and in T6
/// abbreviated form, so `American LegalNet` and `Am. LegalNet` agree.
pub fn name_sides(name: &str) -> Vec<Vec<String>> {
    split_versus(name)
        .into_iter()
        .map(|side| {
            side.split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let titled = title_case(w);
                    let abbreviated = tables::case_word(&titled, None).unwrap_or(titled);
                    compact(&abbreviated)
                })
                .filter(|w| !NOISE.contains(&w.as_str()) && !w.chars().all(|c| c.is_numeric()))
                .collect::<Vec<_>>()
        })
        .filter(|side| !side.is_empty())
        .collect()
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// The parties of a case name split at ` v. ` (any case, `vs.` too).
pub fn split_versus(name: &str) -> Vec<&str> {
    let lower = name.to_ascii_lowercase();
    for sep in [" v. ", " vs. ", " v ", " vs "] {
        if let Some(at) = lower.find(sep) {
            return vec![&name[..at], &name[at + sep.len()..]];
        }
    }
    vec![name]
}

/// Whether two case names name the same case: each side of `cited` shares a
/// significant word with the same side of `candidate`.
pub fn same_case_name(cited: &str, candidate: &str) -> bool {
    let a = name_sides(cited);
    let b = name_sides(candidate);
    if a.is_empty() || a.len() != b.len() {
        return false;
    }
    a.iter()
        .zip(&b)
        .all(|(x, y)| x.iter().any(|w| w.len() > 1 && y.contains(w)))
}

/// Library entries for an authority of the document: by its reporter cites (a
/// statute or rule by its normalized cite), else by case name.
pub fn entries_for<'a>(
    library: &'a super::Library,
    authority: &crate::citations::Authority,
) -> Vec<&'a super::Entry> {
    use crate::citations::AuthorityKind;
    match authority.kind {
        AuthorityKind::Case => library.lookup(&authority.reporter_cites, Some(&authority.name)),
        AuthorityKind::Record => Vec::new(),
        _ => library.lookup(std::slice::from_ref(&authority.name), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cite_keys_ignore_spacing_and_subsections() {
        assert_eq!(
            cite_key("673 F.Supp.2d 1063"),
            cite_key("673 F. Supp. 2d 1063")
        );
        assert_eq!(cite_key("551 U. S. 393"), cite_key("551 U.S. 393"));
        assert_eq!(
            cite_key("28 U.S.C. § 1915(e)(2)"),
            cite_key("28 U.S.C. §1915")
        );
        assert_ne!(cite_key("673 F.3d 1063"), cite_key("673 F.2d 1063"));
    }

    #[test]
    fn case_names_match_across_forms() {
        assert!(same_case_name(
            "American LegalNet, Inc. v. Davis",
            "Am. LegalNet, Inc. v. Davis"
        ));
        assert!(same_case_name(
            "Morse v. Frederick",
            "DEBORAH MORSE, et al., PETITIONERS v. JOSEPH FREDERICK"
        ));
        assert!(same_case_name(
            "Leon v. IDX Sys. Corp.",
            "Leon v. IDX Systems Corp."
        ));
        assert!(!same_case_name(
            "Leon v. IDX Sys. Corp.",
            "Leon v. United States"
        ));
        assert!(!same_case_name("Iqbal", "Ashcroft v. Iqbal"));
    }
}
