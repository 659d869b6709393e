//! Reading the embedded TSV tables in `data/` (comment lines start with `#`).

/// One row of a table: its columns (no table has more than 8, so a row is not allocated;
/// the reporter table alone is ~3,800 rows read at a process's first citation).
pub(crate) type Row = smallvec::SmallVec<[&'static str; 8]>;

/// The non-comment rows of a TSV table, split at tabs.
pub(crate) fn rows(text: &'static str) -> impl Iterator<Item = Row> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// A lookup key that ignores spacing and periods: `C.D.Cal.` and `C.D. Cal.` → `CDCal`.
pub(crate) fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect()
}

/// Levenshtein distance over chars, for "did you mean" suggestions.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_ignores_spacing_and_periods() {
        assert_eq!(squash("C.D.Cal."), squash("C.D. Cal."));
        assert_eq!(squash("F. Supp. 2d"), "FSupp2d");
    }

    #[test]
    fn edit_distance_counts_insertions() {
        assert_eq!(edit_distance("F. Sup.", "F. Supp."), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }
}
