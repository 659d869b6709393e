//! Idioms of CM/ECF docket text: who filed, the attachment list, dates.

use std::sync::LazyLock;

use regex::Regex;

use super::{Date, ParsedAttachment};

/// "… by Corey Mitchell.(Figueroa, O)", "filed by Plaintiff Shajia Ayobi.",
/// "signed by Magistrate Judge Stanley A. Boone on 9/20/2018": a run of capitalized
/// words (initials and particles allowed) after "by".
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static FILED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:[Ff]iled |[Ss]ubmitted |[Ss]igned |[Ll]odged )?by ((?:[A-Z][A-Za-z'’\-]*\.?)(?: (?:[A-Z][A-Za-z'’\-]*\.?|de|la|van|von|del|of|and))*)",
    )
    .expect("valid regex")
});

/// "(Attachments: # 1 Exhibit A, # 2 Proof of Service)"
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static ATTACHMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(Attachments?:\s*((?:[^()]|\([^()]*\))*)\)").expect("valid regex")
});
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static ATTACHMENT_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"#\s*(\d{1,4})\s+([^#]*)").expect("valid regex"));

/// Who filed (or signed) a docket entry, from its text. The last "by …" before the
/// clerk's initials wins ("re 3 Motion … by X" names X, not the motion's author).
pub fn filed_by(text: &str) -> Option<String> {
    // Only look at the entry's own text, not the attachment list or the "(Entered: …)" tail.
    let head = text.split("(Attachments").next().unwrap_or(text);
    let head = head.split("(Entered").next().unwrap_or(head);
    let name = FILED_BY
        .captures_iter(head)
        .filter_map(|c| c.get(1))
        .last()?
        .as_str();
    let name = name.trim_end_matches('.').trim();
    // Trailing words that are not part of a name.
    let name = name.trim_end_matches(" and").trim_end_matches(" of").trim();
    (name.len() > 1 && name.len() < 120).then(|| name.to_string())
}

/// The attachment list of a docket text.
pub fn attachments_in_text(text: &str) -> Vec<ParsedAttachment> {
    let Some(list) = ATTACHMENTS.captures(text).and_then(|c| c.get(1)) else {
        return Vec::new();
    };
    ATTACHMENT_ITEM
        .captures_iter(list.as_str())
        .filter_map(|c| {
            let number = c.get(1)?.as_str().parse().ok()?;
            let description = c
                .get(2)
                .map(|d| d.as_str().trim().trim_end_matches(',').trim().to_string());
            Some(ParsedAttachment {
                number,
                description: description.filter(|d| !d.is_empty()),
                file: None,
                page_count: None,
            })
        })
        .collect()
}

/// `09/18/2018`, `9/8/2018`, `2018-09-18`, `2018-09-18T10:00:00-07:00`.
pub fn parse_date(s: &str) -> Option<Date> {
    let date = s.trim().split('T').next()?.trim();
    let parts: Vec<&str> = date.split(['-', '/']).map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if date.contains('-') {
        (a, b, c)
    } else {
        (c, a, b)
    };
    let digits = |s: &str, max: usize| {
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    let year: u16 = y.parse().ok()?;
    let year = if year < 100 { 2000 + year } else { year };
    let month: u8 = m.parse().ok()?;
    let day: u8 = d.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day) && (1900..=2200).contains(&year))
        .then_some(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filer_from_pacer_idioms() {
        assert_eq!(
            filed_by("PRISONER CIVIL RIGHTS COMPLAINT against Rennick, Bott by Corey Mitchell.(Figueroa, O) (Entered: 03/20/2009)"),
            Some("Corey Mitchell".into())
        );
        assert_eq!(
            filed_by("MOTION to PRESERVE Evidence filed by Plaintiff Shajia Ayobi. (Attachments: # 1 Exhibit A by John Doe)(Jessen, A)"),
            Some("Plaintiff Shajia Ayobi".into())
        );
        assert_eq!(
            filed_by("ORDER DENYING 34 Motion signed by Magistrate Judge Stanley A. Boone on 9/20/2018. (Hernandez, M)"),
            Some("Magistrate Judge Stanley A. Boone".into())
        );
        assert_eq!(filed_by("MINUTE ORDER: scheduling conference set."), None);
    }

    #[test]
    fn attachment_list() {
        let a = attachments_in_text(
            "MOTION by X. (Attachments: # 1 Exhibit A (Declaration), # 2 Proof of Service)(Doe, J)",
        );
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].number, 1);
        assert_eq!(a[0].description.as_deref(), Some("Exhibit A (Declaration)"));
        assert_eq!(a[1].description.as_deref(), Some("Proof of Service"));
        assert!(attachments_in_text("ORDER").is_empty());
    }

    #[test]
    fn dates() {
        let d = Date {
            year: 2018,
            month: 9,
            day: 18,
        };
        assert_eq!(parse_date("09/18/2018"), Some(d));
        assert_eq!(parse_date("9/18/2018"), Some(d));
        assert_eq!(parse_date("2018-09-18"), Some(d));
        assert_eq!(parse_date("2018-09-18T10:00:00-07:00"), Some(d));
        assert_eq!(d.to_string(), "09/18/2018");
        for bad in [
            "",
            "13/40/2018",
            "yesterday",
            "2018-99-99",
            "99999999999/1/1",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
