//! A citation rewritten in another style: the pure function behind the "Convert
//! citation to …" code action and the fixes of the date-, pin- and parallel-form rules.
//!
//! - a case citation with its parallel citations: `Baral v. Schnitt, 1 Cal. 5th 376,
//!   384, 205 Cal. Rptr. 3d 475 (2016)` (Bluebook) ↔ `Baral v. Schnitt (2016) 1 Cal.5th
//!   376, 384 [205 Cal.Rptr.3d 475]` (California) ↔ `Baral v Schnitt, 1 Cal 5th 376, 384,
//!   205 Cal Rptr 3d 475 [2016]` (New York): reporters respelled, the date moved, the
//!   court translated (`(N.Y. App. Div. 2010)` ↔ `[2d Dept 2010]` keeps what it can);
//! - short forms and `Id.` (`at 384` ↔ `at p. 384`, California's `supra`);
//! - statutes (`Cal. Civ. Proc. Code § 425.16(b)(1)` ↔ `Code Civ. Proc., § 425.16, subd.
//!   (b)(1)`; `N.Y. C.P.L.R. 3211(a)(7)` ↔ `CPLR 3211 (a) (7)`).
//!
//! Public-domain citations (`2011-Ohio-4215, ¶ 27`) are kept as written: their state's
//! form is right in every style. What follows the date (explanatory parentheticals,
//! subsequent history) is left alone.

use super::{code_style, DatePlacement, StyleId};
use crate::analysis::Span;
use crate::citations::courts;
use crate::citations::model::{Citation, CitationKind};

/// Replace `span` (logical, in the citation's paragraph) with `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conversion {
    pub span: Span,
    pub text: String,
}

/// Citation `i` of a paragraph (`cites`, in its `text`) written in style `to`, or None
/// when it is already in that form or is not a kind plead converts.
pub fn convert(text: &str, cites: &[Citation], i: usize, to: StyleId) -> Option<Conversion> {
    // A state house style writes its family's forms.
    let to = to.family();
    let c = cites.get(i)?;
    let conversion = match c.kind {
        CitationKind::FullCase => convert_case(text, cites, c.parallel_to.unwrap_or(i), to),
        CitationKind::ShortCase => convert_short(text, c, to),
        CitationKind::Id => convert_id(text, c, to),
        CitationKind::Statute | CitationKind::Regulation => convert_statute(text, cites, i, to),
        _ => None,
    }?;
    let unchanged = text.get(conversion.span.start..conversion.span.end) == Some(&conversion.text);
    (!unchanged).then_some(conversion)
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// Where a citation's volume–reporter–page–pins end.
fn body_end(c: &Citation) -> usize {
    let page = c.page.or(c.volume).map_or(c.span.start, |p| p.end);
    c.pins.last().map_or(page, |p| p.span.end.max(page))
}

/// A case name with the parties joined as `to` joins them.
fn name_in(name: &str, to: StyleId) -> String {
    let versus = &to.style().versus;
    for pat in [" v. ", " vs. ", " v ", " vs "] {
        if let Some(k) = name.find(pat) {
            return format!("{} {versus} {}", &name[..k], &name[k + pat.len()..]);
        }
    }
    name.to_string()
}

/// `464 F.3d 951, 959` with the reporter as `to` spells it; a public-domain citation
/// (`2011-Ohio-4215, ¶ 27`) as written.
fn reporter_cite(text: &str, c: &Citation, to: StyleId) -> Option<String> {
    let volume = c.volume?;
    if c.neutral {
        return Some(slice(text, Span::new(volume.start, body_end(c))).to_string());
    }
    let reporter = match c.reporter_standard {
        Some(standard) => to.style().reporter_form(standard).into_owned(),
        None => slice(text, c.reporter?).to_string(),
    };
    let mut out = format!("{} {reporter}", slice(text, volume));
    if let Some(page) = c.page {
        out.push(' ');
        out.push_str(slice(text, page));
    }
    for pin in &c.pins {
        out.push_str(", ");
        out.push_str(slice(text, pin.span));
    }
    Some(out)
}

/// The date of a citation in `to`'s form, from its court/year parenthetical (`bracket`:
/// written in New York's brackets, so its court is in New York form).
fn date_in(text: &str, c: &Citation, bracket: bool, inner: Span, to: StyleId) -> String {
    let Some(court) = c.court else {
        return slice(text, inner).trim().to_string();
    };
    let rest = slice(text, Span::new(court.end, inner.end))
        .trim_start_matches(',')
        .trim();
    let written = slice(text, court);
    let court = match (bracket, to) {
        (true, StyleId::NEW_YORK) | (false, StyleId::BLUEBOOK | StyleId::CALIFORNIA) => {
            written.to_string()
        }
        (false, StyleId::NEW_YORK) => bluebook_court_to_new_york(written),
        (true, _) => new_york_court_to_bluebook(written),
        (false, _) => written.to_string(),
    };
    if rest.is_empty() {
        court
    } else {
        format!("{court} {rest}")
    }
}

/// `[2d Dept 2010]`'s court as the Bluebook names it (`N.Y. App. Div.`); federal and
/// other courts get their periods back from the court table (`SD NY` → `S.D.N.Y.`).
pub fn new_york_court_to_bluebook(court: &str) -> String {
    let c = court.trim_end_matches(',');
    let lower = c.to_ascii_lowercase();
    let new_york = [
        ("dept", "N.Y. App. Div."),
        ("app term", "N.Y. App. Term"),
        ("sup ct", "N.Y. Sup. Ct."),
        ("civ ct", "N.Y. Civ. Ct."),
        ("fam ct", "N.Y. Fam. Ct."),
        ("sur ct", "N.Y. Sur. Ct."),
        ("ct cl", "N.Y. Ct. Cl."),
        ("crim ct", "N.Y. Crim. Ct."),
        ("dist ct", "N.Y. Dist. Ct."),
        ("city ct", "N.Y. City Ct."),
        ("county ct", "N.Y. Cnty. Ct."),
    ];
    if let Some((_, bluebook)) = new_york.iter().find(|(k, _)| lower.contains(k)) {
        return (*bluebook).to_string();
    }
    courts::suggest(c).unwrap_or_else(|| c.to_string())
}

/// A Bluebook court as New York style writes it: without periods, and a federal
/// district court with a space before its state (`S.D.N.Y.` → `SD NY`).
pub fn bluebook_court_to_new_york(court: &str) -> String {
    // `Sup. Ct. Monroe County` → `Sup Ct, Monroe County`: a New York court sitting in a
    // county or city is named, then its place after a comma (N.Y. Style Manual ch. 1:
    // `[Sup Ct, NY County 2019]`).
    const LOCAL: [&str; 8] = [
        "Sup Ct",
        "Civ Ct",
        "Fam Ct",
        "Sur Ct",
        "Dist Ct",
        "City Ct",
        "Crim Ct",
        "County Ct",
    ];
    let plain = court
        .strip_prefix("N.Y. ")
        .unwrap_or(court)
        .replace('.', "");
    if let Some((unit, place)) = LOCAL.iter().find_map(|unit| {
        let place = plain.strip_prefix(unit)?.strip_prefix(' ')?;
        Some((unit, place))
    }) {
        let place = place.trim_start_matches(", ").replace("Cnty", "County");
        if !place.is_empty() && !place.starts_with(|ch: char| ch.is_ascii_digit()) {
            return format!("{unit}, {place}");
        }
    }
    if let Some(rest) = court.strip_prefix("N.Y. ") {
        let new_york = [
            ("App. Div.", "App Div"),
            ("Sup. Ct.", "Sup Ct"),
            ("App. Term", "App Term"),
            ("Civ. Ct.", "Civ Ct"),
            ("Fam. Ct.", "Fam Ct"),
            ("Sur. Ct.", "Sur Ct"),
            ("Ct. Cl.", "Ct Cl"),
        ];
        if let Some((_, ny)) = new_york.iter().find(|(b, _)| rest.starts_with(b)) {
            return (*ny).to_string();
        }
    }
    // `Bankr. S.D.N.Y.` → `Bankr SD NY`: the district court's unit before its district.
    if let Some(district) = court.strip_prefix("Bankr. ") {
        return format!("Bankr {}", bluebook_court_to_new_york(district));
    }
    // (`D.C. Cir.` is a circuit, not the district `D.` of a state `C.`.)
    let district = ["N.D.", "S.D.", "E.D.", "W.D.", "M.D.", "C.D.", "D."]
        .iter()
        .find_map(|d| court.strip_prefix(d).map(|state| (d, state.trim())))
        .filter(|(_, state)| state.replace('.', "").len() >= 2 && !state.ends_with("Cir."));
    if let Some((d, state)) = district {
        return format!("{} {}", d.replace('.', ""), state.replace('.', "").trim());
    }
    court.replace('.', "")
}

/// A case citation and its parallel citations (group `root`) in `to`'s form.
fn convert_case(text: &str, cites: &[Citation], root: usize, to: StyleId) -> Option<Conversion> {
    let r = cites.get(root)?;
    let members: Vec<&Citation> = cites
        .iter()
        .enumerate()
        .filter(|&(k, m)| k == root || m.parallel_to == Some(root))
        .map(|(_, m)| m)
        .collect();
    let start = r.case_name.map_or(r.volume?.start, |n| n.start);
    let mut end = members.iter().map(|m| body_end(m)).max()?;
    let dated = members
        .iter()
        .find_map(|m| m.date_parenthetical().map(|p| (*m, *p)));
    if let Some((_, p)) = dated {
        if p.span.start >= start && p.span.end > end {
            end = p.span.end;
        }
    }
    // A bracketed parallel's closing bracket.
    if text[end..].starts_with(']')
        && text[start..end].matches('[').count() > text[start..end].matches(']').count()
    {
        end += 1;
    }
    let pieces: Vec<String> = members
        .iter()
        .map(|m| reporter_cite(text, m, to))
        .collect::<Option<_>>()?;
    let date = dated.map(|(m, p)| {
        let inner = Span::new(
            p.span.start + 1,
            p.span.end.saturating_sub(usize::from(p.closed)),
        );
        date_in(text, m, p.bracket, inner, to)
    });
    let name = r.case_name.map(|n| name_in(slice(text, n), to));
    let mut out = String::new();
    match to.style().date {
        DatePlacement::BeforeVolume => {
            if let Some(name) = &name {
                out.push_str(name);
                out.push(' ');
            }
            if let Some(date) = &date {
                out.push_str(&format!("({date}) "));
            }
            out.push_str(&pieces[0]);
            if pieces.len() > 1 {
                out.push_str(&format!(" [{}]", pieces[1..].join(", ")));
            }
        }
        placement => {
            if let Some(name) = &name {
                out.push_str(name);
                out.push_str(", ");
            }
            out.push_str(&pieces.join(", "));
            match (placement, &date) {
                (DatePlacement::Brackets, Some(date)) => out.push_str(&format!(" [{date}]")),
                (_, Some(date)) => out.push_str(&format!(" ({date})")),
                _ => {}
            }
        }
    }
    Some(Conversion {
        span: Span::new(start, end),
        text: out,
    })
}

/// `at 384` or California's `at p. 384` / `at pp. 384-385`.
fn at_pins(text: &str, c: &Citation, to: StyleId) -> String {
    let pins: Vec<&str> = c.pins.iter().map(|p| slice(text, p.span)).collect();
    let joined = pins.join(", ");
    if !to.style().pin_page_marker || pins.iter().all(|p| p.starts_with(['*', '§', '¶'])) {
        return format!("at {joined}");
    }
    let range = pins.len() > 1 || pins.iter().any(|p| p.contains(['-', '\u{2013}']));
    format!("at {} {joined}", if range { "pp." } else { "p." })
}

/// `Baral, 1 Cal. 5th at 384` ↔ `Baral, supra, 1 Cal.5th at p. 384` ↔ `Baral, 1 Cal 5th at 384`.
fn convert_short(text: &str, c: &Citation, to: StyleId) -> Option<Conversion> {
    let volume = c.volume?;
    if c.pins.is_empty() || c.page.is_some() {
        return None;
    }
    let reporter = match c.reporter_standard {
        Some(standard) => to.style().reporter_form(standard).into_owned(),
        None => slice(text, c.reporter?).to_string(),
    };
    let start = c.case_name.map_or(volume.start, |n| n.start);
    let mut out = String::new();
    if let Some(name) = c.case_name {
        out.push_str(slice(text, name));
        out.push_str(if to.style().supra_for_cases && to == StyleId::CALIFORNIA {
            ", supra, "
        } else {
            ", "
        });
    }
    out.push_str(&format!(
        "{} {reporter} {}",
        slice(text, volume),
        at_pins(text, c, to)
    ));
    Some(Conversion {
        span: Span::new(start, body_end(c)),
        text: out,
    })
}

/// `Id. at 384` ↔ `Id. at p. 384`.
fn convert_id(text: &str, c: &Citation, to: StyleId) -> Option<Conversion> {
    let first = c.pins.first()?;
    let before = slice(text, Span::new(c.span.start, first.span.start));
    if !before.contains(" at ") {
        return None;
    }
    let word = before.split(' ').next().unwrap_or("Id.");
    Some(Conversion {
        span: Span::new(c.span.start, body_end(c)),
        text: format!("{word} {}", at_pins(text, c, to)),
    })
}

/// `Cal. Civ. Proc. Code § 425.16(b)(1)` ↔ `Code Civ. Proc., § 425.16, subd. (b)(1)`;
/// `N.Y. C.P.L.R. 3211(a)(7)` ↔ `CPLR 3211 (a) (7)`.
fn convert_statute(text: &str, cites: &[Citation], i: usize, to: StyleId) -> Option<Conversion> {
    let c = &cites[i];
    // One citation of several sections (`§§ 1331, 1343`) is left as written.
    let siblings = cites.iter().filter(|o| o.span == c.span).count();
    if siblings > 1 {
        return None;
    }
    let (code, standard, section) = (c.reporter?, c.reporter_standard?, c.section?);
    let forms = code_style(standard)?;
    let section_text = slice(text, section);
    let (core, own_groups) = match section_text.find('(') {
        Some(k) => (&section_text[..k], &section_text[k..]),
        None => (section_text, ""),
    };
    let mut groups: Vec<&str> = subdivision_groups(own_groups);
    // California's `, subd. (b)(1)` and New York's ` (a) (7)` after the section.
    let mut end = section.end;
    let after = &text[section.end..c.span.end];
    let tail = [", subd. ", ", subds. ", ""]
        .iter()
        .find_map(|m| after.strip_prefix(*m).map(|t| (m.len(), t)));
    if let Some((skip, t)) = tail {
        let mut used = 0;
        let mut found = Vec::new();
        let mut rest = t;
        loop {
            let trimmed = rest.trim_start();
            let Some(group) = subdivision_groups(trimmed).first().copied() else {
                break;
            };
            if !trimmed.starts_with(group) {
                break;
            }
            used += rest.len() - trimmed.len() + group.len();
            found.push(group);
            rest = &trimmed[group.len()..];
        }
        if !found.is_empty() {
            end = section.end + skip + used;
            groups.extend(found);
        }
    }
    let name = forms.in_style(to);
    let title = c
        .volume
        .map(|v| format!("{} ", slice(text, v)))
        .unwrap_or_default();
    let start = c.volume.map_or(code.start, |v| v.start);
    let comma = if to == StyleId::CALIFORNIA && forms.california_comma() {
        ","
    } else {
        ""
    };
    let sign = if forms.section_sign(to) { " § " } else { " " };
    let bare: Vec<&str> = groups.iter().map(|g| &g[1..g.len() - 1]).collect();
    let wrap = |open: char, close: char| {
        bare.iter()
            .map(|g| format!("{open}{g}{close}"))
            .collect::<Vec<_>>()
    };
    // Inside parentheses New York style brackets them: `(CPLR 3211 [a] [7])`.
    let parenthesized = {
        let before = &text[..start];
        before.matches('(').count() > before.matches(')').count()
    };
    let subdivisions = match to {
        _ if groups.is_empty() => String::new(),
        StyleId::CALIFORNIA => format!(", subd. {}", wrap('(', ')').concat()),
        StyleId::NEW_YORK if parenthesized => format!(" {}", wrap('[', ']').join(" ")),
        StyleId::NEW_YORK => format!(" {}", wrap('(', ')').join(" ")),
        _ => wrap('(', ')').concat(),
    };
    Some(Conversion {
        span: Span::new(start, end),
        text: format!("{title}{name}{comma}{sign}{core}{subdivisions}"),
    })
}

/// The `(b)`, `(1)` (or New York's bracketed `[b]`) groups at the start of `s`.
fn subdivision_groups(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let (inner, closer) = match rest.strip_prefix('(') {
            Some(inner) => (inner, ')'),
            None => match rest.strip_prefix('[') {
                Some(inner) => (inner, ']'),
                None => break,
            },
        };
        let Some(close) = inner.find(closer) else {
            break;
        };
        let label = &inner[..close];
        if label.is_empty() || label.len() > 4 || !label.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            break;
        }
        out.push(&rest[..close + 2]);
        rest = &rest[close + 2..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citations::scan::extract;

    /// The first citation of `text` in style `to`, applied to the text.
    fn converted(text: &str, to: StyleId) -> String {
        let cites = extract(text, &[]);
        match convert(text, &cites, 0, to) {
            Some(c) => format!("{}{}{}", &text[..c.span.start], c.text, &text[c.span.end..]),
            None => text.to_string(),
        }
    }

    #[test]
    fn case_citations_between_the_three_styles() {
        let ca = "(Baral v. Schnitt (2016) 1 Cal.5th 376, 384 [205 Cal.Rptr.3d 475].)";
        let bb = "(Baral v. Schnitt, 1 Cal. 5th 376, 384, 205 Cal. Rptr. 3d 475 (2016).)";
        let ny = "(Baral v Schnitt, 1 Cal 5th 376, 384, 205 Cal Rptr 3d 475 [2016].)";
        assert_eq!(converted(ca, StyleId::BLUEBOOK), bb);
        assert_eq!(converted(ca, StyleId::NEW_YORK), ny);
        assert_eq!(converted(bb, StyleId::CALIFORNIA), ca);
        assert_eq!(converted(ny, StyleId::CALIFORNIA), ca);
        assert_eq!(converted(ca, StyleId::CALIFORNIA), ca, "already in form");
        let federal = "Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006) (en banc).";
        assert_eq!(
            converted(federal, StyleId::CALIFORNIA),
            "Leon v. IDX Sys. Corp. (9th Cir. 2006) 464 F.3d 951, 959 (en banc)."
        );
        assert_eq!(
            converted(federal, StyleId::NEW_YORK),
            "Leon v IDX Sys. Corp., 464 F3d 951, 959 [9th Cir 2006] (en banc)."
        );
        let alvarez = "(see Alvarez v Prospect Hosp., 68 NY2d 320, 324 [1986])";
        assert_eq!(
            converted(alvarez, StyleId::BLUEBOOK),
            "(see Alvarez v. Prospect Hosp., 68 N.Y.2d 320, 324 (1986))"
        );
        let ad = "McKinney v City of New York, 78 AD2d 884, 885 [2d Dept 1980].";
        assert_eq!(
            converted(ad, StyleId::BLUEBOOK),
            "McKinney v. City of New York, 78 A.D.2d 884, 885 (N.Y. App. Div. 1980)."
        );
        let district = "Smith v. Jones, 1 F. Supp. 3d 1, 5 (S.D.N.Y. 2014).";
        assert_eq!(
            converted(district, StyleId::NEW_YORK),
            "Smith v Jones, 1 F Supp 3d 1, 5 [SD NY 2014]."
        );
        assert_eq!(bluebook_court_to_new_york("D. Mass."), "D Mass");
        assert_eq!(bluebook_court_to_new_york("S.D.N.Y."), "SD NY");
        assert_eq!(bluebook_court_to_new_york("2d Cir."), "2d Cir");
        assert_eq!(bluebook_court_to_new_york("D.C. Cir."), "DC Cir");
        assert_eq!(bluebook_court_to_new_york("D.D.C."), "D DC");
        assert_eq!(bluebook_court_to_new_york("D.C."), "DC");
        assert_eq!(bluebook_court_to_new_york("Bankr. S.D.N.Y."), "Bankr SD NY");
        assert_eq!(new_york_court_to_bluebook("SD NY"), "S.D.N.Y.");
    }

    #[test]
    fn public_domain_citations_keep_their_form() {
        let t = "State v. Smith, 2011-Ohio-4215, ¶ 27, 956 N.E.2d 1 (2011).";
        let cites = extract(t, &[]);
        let c = convert(t, &cites, 0, StyleId::CALIFORNIA).expect("converted");
        assert_eq!(
            c.text,
            "State v. Smith (2011) 2011-Ohio-4215, ¶ 27 [956 N.E.2d 1]"
        );
    }

    #[test]
    fn short_forms_id_and_statutes() {
        assert_eq!(
            converted("(Baral, supra, 1 Cal.5th at p. 384.)", StyleId::BLUEBOOK),
            "(Baral, 1 Cal. 5th at 384.)"
        );
        assert_eq!(
            converted("Baral, 1 Cal. 5th at 384-85.", StyleId::CALIFORNIA),
            "Baral, supra, 1 Cal.5th at pp. 384-85."
        );
        assert_eq!(
            converted("(Id. at p. 385.)", StyleId::BLUEBOOK),
            "(Id. at 385.)"
        );
        assert_eq!(
            converted("Id. at 385.", StyleId::CALIFORNIA),
            "Id. at p. 385."
        );
        assert_eq!(
            converted(
                "(Code Civ. Proc., § 425.16, subd. (b)(1).)",
                StyleId::BLUEBOOK
            ),
            "(Cal. Civ. Proc. Code § 425.16(b)(1).)"
        );
        assert_eq!(
            converted("Cal. Civ. Proc. Code § 425.16(b)(1).", StyleId::CALIFORNIA),
            "Code Civ. Proc., § 425.16, subd. (b)(1)."
        );
        assert_eq!(
            converted("N.Y. C.P.L.R. 3211(a)(7).", StyleId::NEW_YORK),
            "CPLR 3211 (a) (7)."
        );
        assert_eq!(
            converted("(CPLR 3211 [a] [7].)", StyleId::BLUEBOOK),
            "(N.Y. C.P.L.R. 3211(a)(7).)"
        );
        assert_eq!(
            converted("(N.Y. C.P.L.R. 3211(a)(7).)", StyleId::NEW_YORK),
            "(CPLR 3211 [a] [7].)"
        );
        assert_eq!(
            converted("42 U.S.C. § 1983.", StyleId::NEW_YORK),
            "42 USC § 1983."
        );
    }
}
