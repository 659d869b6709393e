//! Which docket a record cite belongs to, when the workspace holds several (the
//! bankruptcy case and an adversary proceeding, the district case and its appeal,
//! two unrelated matters in one folder).
//!
//! A document names its case in the caption (`Case No. 1:17-cv-00693-DAD-SAB`,
//! `Case No. 09-11139 (CSS)`, `Adv. Pro. No. 10-50001`, `No. 22-15011`); a cite may
//! name its docket with a qualifier (`Bankr. ECF No. 45`, `Dist. Ct. Dkt. 34`) or its
//! form (`DktEntry 12` is the appeal's own docket). When that does not single out one
//! docket, nothing is checked: a cite is only reported missing from a docket plead
//! is sure it belongs to.

use std::sync::LazyLock;

use regex::Regex;

use super::cite::DocketScope;
use super::docket::{Docket, ReportKind};
use crate::document::Document;

/// A case number reduced to what identifies the case: `1:17-cv-00693-DAD-SAB` →
/// `17-cv-693`; `09-11139-CSS` → `09-11139`; `22-15011` → `22-15011`. The office
/// number, judges' initials and chapter suffixes are dropped; leading zeros too.
pub fn case_key(number: &str) -> Option<String> {
    let lower = number.trim().to_ascii_lowercase();
    let lower = lower.split_once(':').map_or(lower.as_str(), |(_, r)| r);
    let mut parts = lower.split('-');
    let year = parts.next()?.trim();
    if year.len() != 2 && year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = &year[year.len() - 2..];
    let second = parts.next()?.trim();
    let (kind, digits) = if second.bytes().all(|b| b.is_ascii_digit()) {
        ("", second)
    } else {
        let third = parts.next()?.trim();
        (second, third)
    };
    let digits: String = digits.chars().take_while(char::is_ascii_digit).collect();
    let n: u64 = digits.parse().ok()?;
    if !kind.bytes().all(|b| b.is_ascii_alphabetic()) || kind.len() > 4 {
        return None;
    }
    Some(if kind.is_empty() {
        format!("{year}-{n}")
    } else {
        format!("{year}-{kind}-{n}")
    })
}

#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:case|adv(?:ersary)?\.?(?:\s*pro(?:c|ceeding)?\.?)?|bankr(?:uptcy)?\.?(?:\s*case)?|appeal|civil\s+action|docket)?\s*(?:nos?\.|number|#)\s*:?\s*((?:\d{1,2}:)?\d{2,4}-(?:[a-z]{2,4}-)?\d{3,6})",
    )
    .expect("valid regex")
});

/// Case numbers a document gives for itself: the caption's, and any `Case No.`,
/// `Adv. Pro. No.`, `No.` in its first paragraphs.
pub fn document_cases(document: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |n: &str| {
        if let Some(k) = case_key(n) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    };
    if let Some(n) = document
        .caption
        .as_ref()
        .and_then(|c| c.case_number.as_deref())
    {
        add(n);
    }
    let mut seen = 0;
    for p in document.paragraphs.iter().take(40) {
        for c in CASE_NUMBER.captures_iter(&p.text) {
            if let Some(m) = c.get(1) {
                add(m.as_str());
            }
        }
        seen += p.text.len();
        if seen > 6_000 {
            break;
        }
    }
    out
}

/// What a docket is, for scopes: the report's kind, refined by the court id of an
/// export (`nysb` is a bankruptcy court, `ca9` a court of appeals).
fn court_kind(d: &Docket) -> ReportKind {
    match d.kind {
        ReportKind::Export | ReportKind::History => match d.court_id.as_deref() {
            Some(c) if c.starts_with("ca") || c.starts_with("bap") || c == "cavc" => {
                ReportKind::Appellate
            }
            Some(c) if c.ends_with('b') => ReportKind::Bankruptcy,
            _ => ReportKind::District,
        },
        k => k,
    }
}

fn is_adversary(d: &Docket) -> bool {
    d.case_number
        .as_deref()
        .is_some_and(|n| n.to_ascii_lowercase().contains("-ap-"))
}

fn fits(d: &Docket, scope: DocketScope) -> bool {
    match scope {
        DocketScope::Bankruptcy => court_kind(d) == ReportKind::Bankruptcy && !is_adversary(d),
        DocketScope::Adversary => court_kind(d) == ReportKind::Bankruptcy && is_adversary(d),
        DocketScope::District => court_kind(d) == ReportKind::District,
        DocketScope::Appellate => court_kind(d) == ReportKind::Appellate,
    }
}

fn keys_of(d: &Docket) -> Vec<String> {
    d.case_number
        .iter()
        .chain(&d.other_case_numbers)
        .filter_map(|n| case_key(n))
        .collect()
}

/// The dockets a cite may belong to, best first: one when plead is sure.
pub fn candidates<'a>(
    docket: &'a Docket,
    document_cases: &[String],
    scope: Option<DocketScope>,
) -> Vec<&'a Docket> {
    // A docket without entries or claims (a report saved with none) resolves nothing.
    let all: Vec<&Docket> = docket
        .cases()
        .filter(|d| d.entries().next().is_some() || !d.claims.is_empty())
        .collect();
    let mut chosen: Vec<&Docket> = all.clone();
    if !document_cases.is_empty() {
        let named: Vec<&Docket> = all
            .iter()
            .copied()
            .filter(|d| keys_of(d).iter().any(|k| document_cases.contains(k)))
            .collect();
        chosen = if named.is_empty() {
            // The document's case is not among the dockets: only a docket that does
            // not say its case (a spreadsheet, filed documents) may be it.
            all.iter()
                .copied()
                .filter(|d| d.case_number.is_none())
                .collect()
        } else {
            named
        };
    }
    match scope {
        Some(scope) => {
            let scoped: Vec<&Docket> = chosen.iter().copied().filter(|d| fits(d, scope)).collect();
            if scoped.is_empty() {
                // `Bankr. ECF No. 45` in an adversary proceeding's brief: the main case
                // is another docket of the workspace, if any.
                all.into_iter().filter(|d| fits(d, scope)).collect()
            } else {
                scoped
            }
        }
        None => chosen,
    }
}

/// The one docket a cite belongs to, when plead is sure of it.
pub fn docket_for<'a>(
    docket: &'a Docket,
    document_cases: &[String],
    scope: Option<DocketScope>,
) -> Option<&'a Docket> {
    let c = candidates(docket, document_cases, scope);
    (c.len() == 1).then(|| c[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_keys() {
        assert_eq!(
            case_key("1:17-cv-00693-DAD-SAB").as_deref(),
            Some("17-cv-693")
        );
        assert_eq!(case_key("17-cv-693").as_deref(), Some("17-cv-693"));
        assert_eq!(case_key("09-11139-CSS").as_deref(), Some("09-11139"));
        assert_eq!(case_key("08-42065-rfn11").as_deref(), Some("08-42065"));
        assert_eq!(case_key("2:08-ap-01570-BB").as_deref(), Some("08-ap-1570"));
        assert_eq!(case_key("22-15011").as_deref(), Some("22-15011"));
        assert_eq!(case_key("2022-15011").as_deref(), Some("22-15011"));
        for bad in ["", "34", "ECF", "1:17", "abc-def"] {
            assert_eq!(case_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn case_numbers_of_a_caption() {
        let doc = Document::parse(
            "UNITED STATES BANKRUPTCY COURT\nDISTRICT OF DELAWARE\n\nIn re Millennium Cell Inc., Debtor.\n\nChapter 7\nCase No. 09-11139 (CSS)\n\nAdv. Pro. No. 10-50001\n\nThe motion (Bankr. D.I. 45) is granted.\n",
            crate::document::Format::Plain,
        );
        let cases = document_cases(&doc);
        assert!(cases.contains(&"09-11139".to_string()), "{cases:?}");
        assert!(cases.contains(&"10-50001".to_string()), "{cases:?}");
    }
}
