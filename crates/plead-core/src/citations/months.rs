//! The months as citations write them: T12's abbreviations (`Jan.`, `Sept.`, `June`), the
//! full names, and the other spellings drafters use (`Sep.`, `Jun.`, `Feb`). One table for
//! the scanner (which words may stand in a date), the checks (which form a style wants)
//! and the review-date reader.

/// The months as the Bluebook's T12 abbreviates them, which California and New York's
/// manuals share: May, June and July are written in full.
pub(crate) const T12: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// The months written in full.
pub(crate) const FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Abbreviations T12 does not use but drafters write with a period.
const OTHER_ABBREVIATIONS: [(&str, usize); 3] = [("Sep.", 9), ("Jun.", 6), ("Jul.", 7)];

/// The month (1-based) a word written with its period names: a T12 abbreviation, a full
/// name, or `Sep.`/`Jun.`/`Jul.`. Not the bare `Feb` (a word of its own elsewhere).
pub(crate) fn month_number(word: &str) -> Option<usize> {
    T12.iter()
        .position(|m| *m == word)
        .or_else(|| FULL.iter().position(|m| *m == word))
        .map(|k| k + 1)
        .or_else(|| {
            OTHER_ABBREVIATIONS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|(_, m)| *m)
        })
}

/// Every written form [`month_number`] knows, longest first where one begins another
/// (`September` before `Sept.`), for readers that match a prefix or suffix of text.
pub(crate) fn written_forms() -> impl Iterator<Item = (&'static str, usize)> {
    FULL.iter()
        .enumerate()
        .map(|(k, m)| (*m, k + 1))
        .chain(T12.iter().enumerate().map(|(k, m)| (*m, k + 1)))
        .chain(OTHER_ABBREVIATIONS)
}

/// Whether a word without its period names a month (`Jan`, `Sept`, `Sep`, `June`,
/// `September`): what a date says, whatever its form.
pub(crate) fn is_month_stem(word: &str) -> bool {
    let stem = |form: &str| form.strip_suffix('.') == Some(word);
    !word.is_empty()
        && !word.ends_with('.')
        && (FULL.contains(&word)
            || T12.iter().any(|m| *m == word || stem(m))
            || OTHER_ABBREVIATIONS.iter().any(|(m, _)| stem(m)))
}

/// A month written other than as T12 abbreviates it (`Feb`, `Sep`, `Jun.`, `August`), and
/// the T12 form.
pub(crate) fn t12_form(word: &str) -> Option<&'static str> {
    if T12.contains(&word) {
        return None;
    }
    let bare = word.trim_end_matches('.');
    if bare.len() < 3 {
        return None;
    }
    FULL.iter()
        .position(|full| full.starts_with(bare))
        .map(|k| T12[k])
        .filter(|form| *form != word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t12_forms() {
        assert_eq!(t12_form("Feb"), Some("Feb."));
        assert_eq!(t12_form("Sep"), Some("Sept."));
        assert_eq!(t12_form("Sept"), Some("Sept."));
        assert_eq!(t12_form("Jun."), Some("June"));
        assert_eq!(t12_form("August"), Some("Aug."));
        assert_eq!(t12_form("March"), Some("Mar."));
        assert_eq!(t12_form("Feb."), None);
        assert_eq!(t12_form("July"), None);
        assert_eq!(t12_form("Cir."), None);
        assert_eq!(t12_form("Ma"), None);
    }

    #[test]
    fn month_numbers() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Sep."), Some(9));
        assert_eq!(month_number("September"), Some(9));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("Feb"), None);
        assert!(is_month_stem("Sep") && is_month_stem("Sept") && is_month_stem("June"));
        assert!(is_month_stem("Jul") && is_month_stem("December"));
        assert!(!is_month_stem("Cir") && !is_month_stem("Jan."));
    }
}
