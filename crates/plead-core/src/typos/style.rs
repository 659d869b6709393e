//! Style preferences (`style/…`, hints by default): `judgement` → `judgment`,
//! `pled` → `pleaded`. Same table format and matcher as the confusables.

use std::sync::LazyLock;

use super::confusables::Table;

const STYLE: &str = include_str!("../../data/style.tsv");

static TABLE: LazyLock<Table> = LazyLock::new(|| Table::parse(STYLE).0);

pub fn table() -> &'static Table {
    &TABLE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typos::tokenize::{tokenize, Words};

    #[test]
    fn table_parses_cleanly() {
        let (t, errors) = Table::parse(STYLE);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(t.entries.iter().all(|e| e.rule.code.starts_with("style/")));
    }

    #[test]
    fn judgement_and_pled() {
        let text = "The summary judgement motion was well-pled, and he pled guilty.";
        let tokens = tokenize(text, &[]);
        let w = Words::new(text, &tokens);
        let fixes: Vec<String> = table()
            .findings(&w)
            .into_iter()
            .map(|(_, _, f)| f.fixes[0].edits[0].new_text.to_string())
            .collect();
        assert_eq!(fixes, vec!["judgment", "pleaded", "pleaded"]);
    }
}
