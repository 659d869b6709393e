//! Authorities in standard form: T6-abbreviated case names, standard reporters,
//! courts and reporters in words.

use super::tables;
use crate::citations::{Authority, AuthorityKind, Citation};

/// Reporters that identify the U.S. Supreme Court (no court in the parenthetical).
const SUPREME_COURT_REPORTERS: &[&str] = &["U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d"];

/// A case name with Bluebook T6 abbreviations (`American LegalNet, Inc. v. Davis`
/// → `Am. LegalNet, Inc. v. Davis`), whitespace collapsed, `vs.` → `v.`.
pub fn standard_case_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if *word == "vs." || *word == "vs" {
            out.push("v.".to_string());
            continue;
        }
        // Keep punctuation around the word: `Systems,` → `Sys.,`
        let core = word.trim_end_matches([',', ';', ':']);
        let tail = &word[core.len()..];
        // A place that is itself the party stays spelled out (`California v. Hodari D.`).
        let starts_side = i == 0 || matches!(words[i - 1], "v." | "vs." | "v" | "vs");
        let ends_side = words
            .get(i + 1)
            .is_none_or(|n| matches!(*n, "v." | "vs." | "v" | "vs"));
        if starts_side && ends_side {
            out.push(word.to_string());
            continue;
        }
        match tables::case_word(core, words.get(i + 1).copied()) {
            Some(abbr) => out.push(format!("{abbr}{tail}")),
            None => out.push(word.to_string()),
        }
    }
    out.join(" ").replace(" ,", ",")
}

/// The reporter in standard form (`F.Supp.2d` → `F. Supp. 2d`).
pub fn standard_reporter(c: &Citation) -> Option<String> {
    let written = c.reporter_display()?;
    Some(
        tables::reporter(written)
            .map(|(s, _)| s.to_string())
            .unwrap_or_else(|| written.to_string()),
    )
}

/// The full name of the reporter (`Federal Supplement, Second Series`).
pub fn reporter_name(c: &Citation) -> Option<&'static str> {
    tables::reporter(c.reporter_display()?).map(|(_, name)| name)
}

fn is_supreme_court_reporter(reporter: &str) -> bool {
    SUPREME_COURT_REPORTERS.contains(&reporter)
}

/// The court as written, whitespace collapsed.
fn court(c: &Citation) -> Option<String> {
    c.court_text()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
}

/// The court and year in words: "U.S. District Court for the Central District of
/// California, 2009".
pub fn court_and_year_in_words(c: &Citation) -> Option<String> {
    let reporter = standard_reporter(c);
    let words = match court(c) {
        Some(court) => tables::court_in_words(&court).or(Some(court)),
        // A reporter of one court names it (`U.S.`, `Fed. Cl.`, `Cal.`).
        None => reporter.as_deref().and_then(tables::court_in_words),
    };
    match (words, c.year) {
        (Some(w), Some(y)) => Some(format!("{w}, {y}")),
        (Some(w), None) => Some(w),
        (None, Some(y)) => Some(format!("{y}")),
        (None, None) => None,
    }
}

/// A full case citation in standard form, without pins: `*Name*, 673 F. Supp. 2d 1063
/// (C.D. Cal. 2009)`. `italic` wraps the name in Markdown emphasis.
pub fn standard_case_citation(c: &Citation, name_fallback: &str, italic: bool) -> String {
    let name = standard_case_name(c.case_name_text().unwrap_or(name_fallback));
    let mut out = if name.is_empty() {
        String::new()
    } else if italic {
        format!("*{}*, ", markdown_escape(&name))
    } else {
        format!("{name}, ")
    };
    if let (Some(v), Some(r)) = (c.volume_text(), standard_reporter(c)) {
        out.push_str(&format!("{v} {r}"));
        if let Some(p) = c.page_text() {
            out.push(' ');
            out.push_str(p);
        }
    }
    let reporter = standard_reporter(c);
    let court = court(c).filter(|_| !reporter.as_deref().is_some_and(is_supreme_court_reporter));
    match (court, c.year) {
        (Some(ct), Some(y)) => out.push_str(&format!(" ({ct} {y})")),
        (None, Some(y)) => out.push_str(&format!(" ({y})")),
        (Some(ct), None) => out.push_str(&format!(" ({ct})")),
        (None, None) => {}
    }
    out.trim_end_matches([',', ' ']).to_string()
}

/// How an authority is listed (TOA, symbols): a case in standard form from its
/// first full citation, a statute or rule by its normalized cite.
pub fn display(authority: &Authority, full: Option<&Citation>, italic: bool) -> String {
    match (authority.kind, full) {
        (AuthorityKind::Case, Some(c)) => standard_case_citation(c, &authority.name, italic),
        (AuthorityKind::Case, None) if italic => format!(
            "*{}*",
            markdown_escape(&standard_case_name(&authority.name))
        ),
        (AuthorityKind::Case, None) => standard_case_name(&authority.name),
        _ => authority.name.clone(),
    }
}

/// The party a short form names: the first party, unless it is a government
/// or a frequent litigant, then the second (`Ashcroft v. Iqbal` → both offered).
pub fn short_names(case_name: &str) -> Vec<String> {
    super::matching::split_versus(case_name)
        .into_iter()
        .filter_map(|side| {
            let side = side.trim().trim_start_matches("In re ").trim();
            let first = side.split(',').next()?.trim();
            let first = first
                .split_whitespace()
                .take_while(|w| !matches!(*w, "Inc." | "Corp." | "Co." | "LLC" | "Ltd."))
                .collect::<Vec<_>>()
                .join(" ");
            (!first.is_empty()
                && !matches!(
                    first.as_str(),
                    "United States" | "State" | "People" | "Commonwealth"
                ))
            .then_some(first)
        })
        .collect()
}

/// Escape Markdown emphasis and link characters in text shown in a hover.
pub fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '*' | '_' | '[' | ']' | '`' | '<' | '>' | '\\' | '#') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t6_case_names() {
        assert_eq!(
            standard_case_name("American LegalNet, Inc. v. Davis"),
            "Am. LegalNet, Inc. v. Davis"
        );
        assert_eq!(
            standard_case_name("Leon vs. IDX Systems Corp."),
            "Leon v. IDX Sys. Corp."
        );
        assert_eq!(
            standard_case_name("California v. Federal Bureau of Prisons"),
            "California v. Fed. Bureau of Prisons"
        );
    }

    #[test]
    fn short_names_skip_governments() {
        assert_eq!(short_names("Ashcroft v. Iqbal"), vec!["Ashcroft", "Iqbal"]);
        assert_eq!(short_names("United States v. Carmel"), vec!["Carmel"]);
        assert_eq!(
            short_names("American LegalNet, Inc. v. Davis"),
            vec!["American LegalNet", "Davis"]
        );
    }
}
