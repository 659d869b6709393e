//! Statutes and rules: `§` present and followed by a space; code and rule names in standard form.

use super::{CheckCx, CourtForm, CODE_FORM, SECTION_SIGN};
use crate::analysis::{Finding, Fix, Span};
use crate::citations::model::{Citation, CitationKind};
use crate::citations::style::{code_style, StyleId};

pub(super) fn check(cx: &mut CheckCx, cites: &[Citation], i: usize) {
    let c = &cites[i];
    if !matches!(
        c.kind,
        CitationKind::Statute | CitationKind::Regulation | CitationKind::Rule
    ) {
        return;
    }
    // One statute citation yields one entry per section; check the shared text once.
    if i > 0 && cites[i - 1].span == c.span {
        return;
    }
    let Some(section) = c.section else { return };
    // `§ 810 et. seq.`: `et` is a word, not an abbreviation (Bluebook R3.3(b); Cal.
    // Style Manual ch. 2 writes `et seq.` as well).
    if cx.slice(c.span).ends_with(" et. seq.") {
        let start = c.span.end - "et. seq.".len();
        cx.report_fix(
            &CODE_FORM,
            Span::new(start, c.span.end),
            format!(
                "“et seq.” takes no period after “et” ({}).",
                cx.style.rules.statute
            ),
            "et seq.".into(),
        );
    }
    if let (Some(code), Some(standard)) = (c.reporter, c.reporter_standard) {
        let written = cx.slice(code).to_string();
        let style = cx.style;
        let forms = code_style(standard);
        let expected = forms.map_or(standard, |f| f.in_style(style.id));
        // `how the` / (page break) / `Fam. Code § 153.131(a)` (`Tex.` ended the page
        // before): a code named without its state right after an article was cut from its
        // state's name by a footnote run over a page; no one writes `the Fam. Code §`. It
        // is not taken for California's code cited bare outside California's style.
        let after_article = || {
            cx.text[..code.start]
                .trim_end()
                .rsplit(|ch: char| !ch.is_alphabetic())
                .next()
                .is_some_and(|w| matches!(w, "the" | "a" | "an"))
        };
        if style.id.family() != StyleId::CALIFORNIA
            && expected.strip_prefix("Cal. ") == Some(written.as_str())
            && after_article()
        {
            return;
        }
        // California names its own codes, then a comma: `Code Civ. Proc., § 425.16`.
        let comma_wanted =
            style.id == StyleId::CALIFORNIA && forms.is_some_and(|f| f.california_comma());
        let comma_written = cx.text[code.end..].starts_with(',');
        // `735 ILCS 5/2-619` in Illinois style, `KRS 61.878(1)`: a house form the style
        // accepts as written, without `§`.
        let house = forms.is_some_and(|f| f.house_form(style.id, &written));
        // `N.D.C.C. § 14-05-24`: a house form cited with `§` all the same.
        let house_signed = house && forms.is_some_and(|f| f.signed(&written));
        // `Code Civ. Proc., § 425.16(b)(1)`: California cites a subdivision after a comma
        // and `subd.`: `§ 425.16, subd. (b)(1)`.
        let subdivision_fix = if comma_wanted {
            california_subdivision(cx.slice(section))
        } else {
            None
        };
        // `U.S.S.G. ch. 7, pt. A`: a division is cited by its name, without `§`.
        let needs_sign = c.kind != CitationKind::Rule
            && !standard.ends_with("Reg.")
            && !crate::citations::statutes::is_division(cx.slice(section))
            && (!house || house_signed)
            && !style
                .section_sign_optional
                .iter()
                .any(|code| code == standard)
            && forms.is_none_or(|f| f.section_sign(style.id));
        let between = cx.slice(Span::new(code.end, section.start)).to_string();
        let sign_unwanted = ((house && !house_signed)
            || forms.is_some_and(|f| !f.section_sign(style.id)))
            && between.contains('§');
        let sign_missing = needs_sign && !between.contains('§');
        if !house && (written != expected || comma_wanted != comma_written) {
            let comma = if comma_wanted { "," } else { "" };
            // The name, and whatever else the citation gets wrong up to its section, in one
            // fix: `38 CFR 3.2501` → `38 C.F.R. § 3.2501`, `Cal. Penal Code § 654(a)` →
            // `Pen. Code, § 654, subd. (a)` (two findings on one citation would each fix
            // half of it).
            // `Del. Code Ann. tit. 12, § 1508` → `12 Del. C. § 1508`: T1 puts a code's title
            // after its name, a state's own form (Delaware's, Oklahoma's) before it.
            let title_first = (expected != standard)
                .then(|| crate::citations::statutes::title_after(&between))
                .flatten()
                .map(str::to_string);
            let (span, replacement) = if let Some(title) = title_first {
                (
                    Span::new(code.start, section.end),
                    format!(
                        "{title} {expected} {} {}",
                        if between.contains("§§") {
                            "§§"
                        } else {
                            "§"
                        },
                        cx.slice(section)
                    ),
                )
            } else if sign_missing || sign_unwanted || subdivision_fix.is_some() {
                let sign = if sign_unwanted || !(sign_missing || between.contains('§')) {
                    " ".to_string()
                } else if between.contains("§§") {
                    " §§ ".to_string()
                } else {
                    " § ".to_string()
                };
                let section_text = subdivision_fix
                    .clone()
                    .unwrap_or_else(|| cx.slice(section).to_string());
                (
                    Span::new(code.start, section.end),
                    format!("{expected}{comma}{sign}{section_text}"),
                )
            } else {
                (
                    Span::new(code.start, code.end + usize::from(comma_written)),
                    format!("{expected}{comma}"),
                )
            };
            let name_span = Span::new(code.start, code.end + usize::from(comma_written));
            let mut message = if style.id.family() == StyleId::BLUEBOOK && expected == standard {
                // A state house style's own name (`ILCS`) is its court rule's, not T1's.
                format!("“{written}” is cited as “{standard}” (Bluebook T1, R12.9.3).")
            } else {
                format!(
                    "“{}” is cited as “{expected}{comma}” in {} ({}).",
                    cx.slice(name_span),
                    style.name,
                    style.rules.statute
                )
            };
            if span != name_span {
                message.push_str(&format!(" In full: “{replacement}”."));
            }
            cx.report_fix(&CODE_FORM, span, message, replacement);
            if let Some(publisher) = style.statute_publishers.get(standard) {
                check_edition_publisher(cx, c, publisher);
            }
            if sign_missing || sign_unwanted || subdivision_fix.is_some() {
                return;
            }
        } else if let Some(publisher) = style.statute_publishers.get(standard) {
            // `(735 ILCS 5/2-615 (2024))`: Illinois's courts date their statutes by the
            // edition's publisher and year, `(West 2024)`.
            check_edition_publisher(cx, c, publisher);
        }
        if let Some(fixed) = subdivision_fix {
            report_subdivision(cx, section, fixed);
        }
        // `Penal Law § 65.10(1)`: New York spaces each subdivision from its section, and
        // within parentheses writes it in brackets (`(Penal Law § 65.10 [1])`).
        // (With a `§` it does not write, the sign's finding fixes both at once.)
        if style.id == StyleId::NEW_YORK && !sign_unwanted {
            check_new_york_subdivisions(cx, c, section);
        }
        // `CPLR §3211`: a code the style cites without a section sign.
        if sign_unwanted {
            // `CPL § 310.50(2)` → `CPL 310.50 [2]`: one fix for the sign and the
            // subdivision (two would each leave the other half wrong).
            let subdivisions = (style.id == StyleId::NEW_YORK)
                .then(|| new_york_subdivisions(cx, c, section))
                .flatten();
            let (span, replacement, also) = match subdivisions {
                Some(fixed) => (
                    Span::new(code.end, section.end),
                    format!(" {fixed}"),
                    format!(", the subdivision spaced from its section: “{fixed}”"),
                ),
                None => (
                    Span::new(code.end, section.start),
                    " ".into(),
                    String::new(),
                ),
            };
            cx.report_fix(
                &SECTION_SIGN,
                span,
                format!(
                    "“{}” is cited without “§” in {}{also} ({}).",
                    cx.slice(code),
                    style.name,
                    style.rules.statute
                ),
                replacement,
            );
            return;
        }
        if sign_missing {
            let span = Span::new(c.span.start, section.end);
            let head = cx.slice(Span::new(c.span.start, code.end)).to_string();
            let fixed = format!("{head} § {}", cx.slice(section));
            cx.report_fix(
                &SECTION_SIGN,
                span,
                "A code section is cited with “§” (Bluebook R12.9).".into(),
                fixed,
            );
            return;
        }
    }
    // `(§ 1170.12(c)(2)(C).)`: a section cited without its code, in a California text, is
    // the code's under discussion, and takes its subdivision after `subd.` as a named one.
    // Only a section that is a citation of its own is asked: one opening a parenthesis or
    // a clause of a string cite, or following a signal. Under `Id.` the section may be a
    // federal code's (`(Id., § 136v(a).)` after `7 U.S.C. § 136v`), which keeps its
    // subdivision in parentheses; a treatise's section (`(Cont.Ed.Bar 2025) §
    // 12.47(A)(i)`) and a name given to a subdivision (`(hereafter, § 583.340(c))`) are
    // no citations of a code.
    let before = cx.text[..c.span.start].trim_end();
    let own_citation = c.signal.is_some() || before.ends_with(['(', ';']);
    if c.reporter.is_none()
        && cx.style.id == StyleId::CALIFORNIA
        && c.kind == CitationKind::Statute
        && own_citation
    {
        if let Some(fixed) = california_subdivision(cx.slice(section)) {
            report_subdivision(cx, section, fixed);
        }
    }
    // `(§ 220.16(12))`: New York spaces a bare section's subdivisions as a named code's
    // (`(§ 220.16 [12])`, N.Y. Style Manual ch. 1), the section being its own citation.
    if c.reporter.is_none()
        && cx.style.id == StyleId::NEW_YORK
        && c.kind == CitationKind::Statute
        && own_citation
    {
        check_new_york_subdivisions(cx, c, section);
    }
    if c.reporter.is_none()
        && cx.style.id == StyleId::CALIFORNIA
        && c.kind == CitationKind::Statute
        && check_california_running_text(cx, c, section)
    {
        return;
    }
    // `§1983`: a space follows the section symbol.
    let text = cx.slice(c.span).to_string();
    // `20 C.F.R. § 404.900(a)(1)-(4), 416.1400(a)(1)-(4)`: several sections take `§§`
    // (Bluebook R3.3(b)). Reported once, at the first section.
    if let Some(k) = text.find("§ ").filter(|_| !text.contains("§§")) {
        let first = c.span.start + k + "§ ".len();
        // The scanner keeps the sections that follow in the citation's span; what comes
        // after the next number tells a section from a volume.
        let more = cx
            .text
            .get(section.end..)
            .map(after_subdivisions)
            .and_then(|rest| rest.strip_prefix(", "))
            .is_some_and(another_section)
            && (section.end < c.span.end || cx.style.id.family() == StyleId::CALIFORNIA);
        // `§ 12131–12134`: a span of sections, its ends joined by an en dash (a hyphen
        // may be a section's own, `§ 2000e-2`).
        let span_of_sections = cx
            .slice(section)
            .split_once('\u{2013}')
            .is_some_and(|(a, b)| {
                !a.is_empty()
                    && a.len() == b.len()
                    && a.bytes().all(|x| x.is_ascii_digit())
                    && b.bytes().all(|x| x.is_ascii_digit())
            });
        // `28 U.S.C. § 1404 and 1406.`: two sections joined by `and` (the second a
        // number of the same length closing the clause, not `§ 2255 and 28 days`).
        let joined_by_and = cx
            .text
            .get(section.end..)
            .and_then(|rest| {
                rest.strip_prefix(" and ")
                    .or_else(|| rest.strip_prefix(" & "))
            })
            .is_some_and(|rest| {
                let lead = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
                let end = rest
                    .find(|ch: char| ch.is_whitespace() || matches!(ch, ',' | ';' | ')'))
                    .unwrap_or(rest.len());
                let number = rest[..end].trim_end_matches('.');
                let closes = rest[number.len()..]
                    .chars()
                    .next()
                    .is_none_or(|ch| matches!(ch, '.' | ',' | ';' | ')'));
                lead(number) > 0 && lead(number) == lead(cx.slice(section)) && closes
            });
        let more = more || span_of_sections || joined_by_and;
        if section.start == first && more && text.matches('§').count() == 1 {
            let sign = Span::new(c.span.start + k, first - 1);
            cx.report_fix(
                &SECTION_SIGN,
                sign,
                if cx.style.id.family() == StyleId::BLUEBOOK {
                    "Several sections are cited with “§§” (Bluebook R3.3(b)).".to_string()
                } else {
                    format!(
                        "Several sections are cited with “§§” ({}).",
                        cx.style.rules.statute
                    )
                },
                "§§".into(),
            );
            return;
        }
    }
    if let Some(k) = text.find('§') {
        let after = &text[k..];
        let sign_len = if after.starts_with("§§") { 4 } else { 2 };
        if after[sign_len..].starts_with(|ch: char| ch.is_ascii_digit()) {
            let start = c.span.start + k;
            let span = Span::new(start, section.end.max(start + sign_len));
            let sign = &after[..sign_len];
            let fixed = format!("{sign} {}", cx.slice(Span::new(start + sign_len, span.end)));
            cx.report_fix(
                &SECTION_SIGN,
                span,
                "Put a space after the section symbol (Bluebook R6.2(c)).".into(),
                fixed,
            );
        }
    }
}

/// The text after a section's California subdivisions (`, subd. (a)(3)`, `, subds.
/// (b)–(i)`), which a further section may follow: `§ 6086.7, subd. (a)(3), 6068`.
fn after_subdivisions(rest: &str) -> &str {
    let Some(groups) = [", subd. ", ", subds. "]
        .iter()
        .find_map(|lead| rest.strip_prefix(lead))
    else {
        return rest;
    };
    let end = groups
        .find(|ch: char| {
            !(ch.is_ascii_alphanumeric() || matches!(ch, '(' | ')' | '-' | '\u{2013}'))
        })
        .unwrap_or(groups.len());
    if end == 0 {
        return rest;
    }
    &groups[end..]
}

/// A California section with its subdivision glued on (`425.16(b)(1)`) in the Style
/// Manual's form, `425.16, subd. (b)(1)`; None when it is already so or has none.
fn california_subdivision(written: &str) -> Option<String> {
    let k = written.find('(').filter(|&k| k > 0)?;
    let (number, subdivision) = written.split_at(k);
    (!number.ends_with(' ')).then(|| format!("{number}, subd. {subdivision}"))
}

/// Whether `rest`, after a section and its comma, starts with another section of the same
/// code (`416.1400(a)(1)-(4)`, `151, and 157(a)`), not the volume of a citation that
/// follows (`§ 202, 112 Stat. 15`, `UCC § 9-110, 19 L.P.R.A. § 2010`).
fn another_section(rest: &str) -> bool {
    if !rest.starts_with(|ch: char| ch.is_ascii_digit()) {
        return false;
    }
    let number_end = rest
        .find(|ch: char| ch.is_whitespace() || matches!(ch, ',' | ';' | ')'))
        .unwrap_or(rest.len());
    let after = &rest[number_end..];
    !after
        .strip_prefix(' ')
        .is_some_and(|next| next.starts_with(|ch: char| ch.is_ascii_uppercase()))
}

/// A statute the style dates by its edition's publisher and year (`735 ILCS 5/2-615
/// (West 2024)`, as Illinois's courts cite the Illinois Compiled Statutes), written with
/// the year alone (`(2024)`): the publisher is put before the year.
fn check_edition_publisher(cx: &mut CheckCx, c: &Citation, publisher: &str) {
    let Some(paren) = c.parentheticals.first().filter(|p| p.closed && !p.bracket) else {
        return;
    };
    let written = cx.slice(paren.span);
    let Some(year) = written
        .strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
    else {
        return;
    };
    let style = cx.style;
    let fixed = format!("({publisher} {year})");
    cx.report_fix(
        &CODE_FORM,
        paren.span,
        format!(
            "{} dates a statute by the edition it cites, its publisher and year: “{fixed}” ({}).",
            style.name, style.rules.statute
        ),
        fixed,
    );
}

/// New York's subdivisions (N.Y. Law Reports Style Manual, statutes): `CPLR 3211 (a) (7)` in
/// a sentence, `(CPLR 3211 [a] [7])` within parentheses, each group after a space. A
/// subdivision glued to its section in the Bluebook's parentheses (`§ 65.10(1)`,
/// `3211(a)(7)`) is flagged with the form its place asks for. Brackets glued to the
/// section (`CPLR 5701[c]`, `Penal Law § 60.12[1]`) are how the Appellate Division's
/// slip opinions write them, and spaced subdivisions are left as written: which bracket
/// a court chose there is not checked.
fn check_new_york_subdivisions(cx: &mut CheckCx, c: &Citation, section: Span) {
    let Some(fixed) = new_york_subdivisions(cx, c, section) else {
        return;
    };
    let inside = super::open_parentheses_before(cx.text, c.span.start);
    let style = cx.style;
    cx.report_fix(
        &CODE_FORM,
        section,
        format!(
            "{} spaces a subdivision from its section{}: “{fixed}” ({}).",
            style.name,
            if inside {
                ", in brackets within parentheses"
            } else {
                ""
            },
            style.rules.statute
        ),
        fixed,
    );
}

/// The section `Penal Law § 65.10(1)` cites, its subdivisions spaced in New York's form
/// (`65.10 (1)`, within parentheses `65.10 [1]`), if it is written otherwise.
fn new_york_subdivisions(cx: &CheckCx, c: &Citation, section: Span) -> Option<String> {
    let written = cx.slice(section).to_string();
    let k = written.find(['(', '[']).filter(|&k| k > 0)?;
    if !written[k..].starts_with('(') {
        return None;
    }
    let (number, subdivisions) = written.split_at(k);
    if number.ends_with(' ') || !number.ends_with(|ch: char| ch.is_ascii_alphanumeric()) {
        return None;
    }
    let mut groups = Vec::new();
    let mut rest = subdivisions;
    while let Some(open) = rest.chars().next() {
        let close = if open == '(' { ')' } else { ']' };
        let end = rest.find(close)?;
        let inner = &rest[1..end];
        if inner.is_empty() || !inner.chars().all(|ch| ch.is_ascii_alphanumeric()) {
            return None;
        }
        groups.push(inner);
        rest = rest[end + 1..].trim_start_matches(' ');
        if !rest.is_empty() && !rest.starts_with(['(', '[']) {
            return None;
        }
    }
    let inside = super::open_parentheses_before(cx.text, c.span.start);
    let fixed: String = groups
        .iter()
        .map(|g| {
            if inside {
                format!(" [{g}]")
            } else {
                format!(" ({g})")
            }
        })
        .collect();
    Some(format!("{number}{fixed}"))
}

/// Session laws in the style's form (its `session_law`): New York's Official Reports cite
/// `L 2019, ch 59, § 1, part KKK`, without periods (N.Y. Style Manual ch. 1), so `L. 2019,
/// ch. 59` there is given that form. Read from the paragraph's text: a session law is no
/// citation the scanner keeps.
/// Compilations the style names otherwise (its `compilation_names`): New York's
/// `McKinney's Cons. Laws of N.Y.` → `Cons Laws of NY`. Read from the paragraph's text,
/// as a session law is: the name is no citation the scanner keeps.
pub(super) fn check_compilation_names(cx: &mut CheckCx) {
    let mut found = Vec::new();
    for (written, own) in &cx.style.compilation_names {
        for (at, _) in cx.text.match_indices(written.as_str()) {
            found.push((Span::new(at, at + written.len()), own.clone()));
        }
    }
    for (span, own) in found {
        cx.report_fix(
            &CODE_FORM,
            span,
            format!(
                "{} writes “{}” as “{own}” ({}).",
                cx.style.name,
                cx.slice(span),
                cx.style.rules.statute
            ),
            own,
        );
    }
}

pub(super) fn check_session_laws(cx: &mut CheckCx) {
    let Some(form) = cx.style.session_law.as_deref() else {
        return;
    };
    let text = cx.text;
    let mut found = Vec::new();
    // The style's own lead (`L`, `Stats.`) and the Bluebook's name of the state's laws
    // (T1): another state's session laws are left alone.
    let own = form.split(' ').next().unwrap_or(form);
    let bluebook = match cx.style.id {
        StyleId::CALIFORNIA => "Cal. Stat.",
        StyleId::NEW_YORK => "N.Y. Laws",
        _ => return,
    };
    // Where a session law may begin: New York's `L` or California's `Stats.`, or the
    // year of the Bluebook's form (`2021 Cal. Stat. ch. 551`).
    let starts = text
        .char_indices()
        .filter(|&(at, ch)| {
            (ch == 'L' || ch == 'S' || ch.is_ascii_digit())
                && text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|b| !b.is_alphanumeric())
        })
        .map(|(at, _)| at);
    for at in starts {
        let Some((len, year, chapter)) = read_session_law(&text[at..], own)
            .or_else(|| read_bluebook_session_law(&text[at..], bluebook))
        else {
            continue;
        };
        let fixed = form.replace("{year}", year).replace("{chapter}", chapter);
        if text[at..at + len] != fixed {
            found.push((Span::new(at, at + len), fixed));
        }
    }
    for (span, fixed) in found {
        cx.report_fix(
            &CODE_FORM,
            span,
            format!(
                "{} cites a session law “{fixed}” ({}).",
                cx.style.name, cx.style.rules.statute
            ),
            fixed,
        );
    }
}

/// The Bluebook's form of a state's session law (T1: `2021 Cal. Stat. ch. 551`, `2019
/// N.Y. Laws ch. 59`): its length, year and chapter.
fn read_bluebook_session_law<'a>(rest: &'a str, name: &str) -> Option<(usize, &'a str, &'a str)> {
    let year = rest
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let after_year = rest[4..].strip_prefix(' ')?;
    let after_name = after_year.strip_prefix(name)?;
    let after_name = after_name.strip_prefix('s').unwrap_or(after_name);
    let after_ch = after_name.strip_prefix(" ch. ")?;
    let digits = after_ch.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || after_ch[digits..].starts_with(|ch: char| ch.is_alphanumeric()) {
        return None;
    }
    let len = rest.len() - after_ch.len() + digits;
    Some((len, year, &after_ch[..digits]))
}

/// `L. 2019, ch. 59` (or `L 2019, ch 59`, `L. 2019, c. 59`), California's `Stats. 2021,
/// ch. 551`: its length, year and chapter.
fn read_session_law<'a>(rest: &'a str, lead: &str) -> Option<(usize, &'a str, &'a str)> {
    let after_l = rest.strip_prefix(lead)?;
    let after_l = after_l.strip_prefix('.').unwrap_or(after_l);
    let year_at = after_l.strip_prefix(' ')?;
    let year = year_at
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let after_year = year_at[4..].strip_prefix(", ")?;
    let after_ch = ["ch. ", "ch ", "c. "]
        .iter()
        .find_map(|lead| after_year.strip_prefix(lead))?;
    let digits = after_ch.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || after_ch[digits..].starts_with(|ch: char| ch.is_alphanumeric()) {
        return None;
    }
    let len = rest.len() - after_ch.len() + digits;
    Some((len, year, &after_ch[..digits]))
}

/// A section whose subdivision the style writes after `subd.` (`§ 425.16, subd. (b)(1)`),
/// reported with that form: the named code's and the bare section's checks share it. A
/// court's opinion that glues its subdivisions throughout writes its own form, not a slip
/// ([`CourtForm::GluedSubdivision`]): the document pass decides.
fn report_subdivision(cx: &mut CheckCx, section: Span, fixed: String) {
    let style = cx.style;
    let message = format!(
        "{} cites a subdivision after “subd.”: “{fixed}” ({}).",
        style.name, style.rules.statute
    );
    let finding =
        Finding::new(section, &CODE_FORM, message).with_fix(Fix::replace(section, fixed, true));
    cx.court_forms
        .findings
        .push((CourtForm::GluedSubdivision, finding));
}

/// How a California paragraph writes subdivisions: glued to the section (`section
/// 1172.6(d)(3)`, `§ 1172.6(d)(3)`) or as the Style Manual does (`, subd. (d)(3)`,
/// `subdivision (d)(3)`), for [`CourtForm::GluedSubdivision`]. Counted in every style and
/// every paragraph, citations or none (`section 1172.6(d)(3)` in running text is no
/// citation): the style in force is the document pass's to decide.
pub(super) fn count_subdivision_forms(cx: &mut CheckCx) {
    let text = cx.text;
    let manual = text.matches("subd. (").count() + text.matches("subdivision (").count();
    let glued = ["section ", "§ "]
        .iter()
        .flat_map(|lead| {
            text.match_indices(lead)
                .map(move |(k, _)| &text[k + lead.len()..])
        })
        .filter(|rest| {
            let number = rest
                .find(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
                .unwrap_or(rest.len());
            number > 0
                && rest[number..]
                    .strip_prefix('(')
                    .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_alphanumeric()))
        })
        .count();
    let k = CourtForm::GluedSubdivision.index();
    cx.court_forms.bluebook[k] += u32::try_from(manual).unwrap_or(u32::MAX);
    cx.court_forms.court[k] += u32::try_from(glued).unwrap_or(u32::MAX);
}

/// `Civil Code § 789.3, which bars lockouts, applies`: in running text the California Style
/// Manual spells out `section` and `subdivision` (ch. 2); `§` and `subd.` belong to
/// citations in parentheses (`(Civ. Code, § 789.3, subd. (a).)`). A bare section after a
/// word, outside any parenthesis, bracket or quotation, is running text. Reports it and
/// returns whether it did.
fn check_california_running_text(cx: &mut CheckCx, c: &Citation, section: Span) -> bool {
    let before = &cx.text[..c.span.start];
    // After a word of the sentence (`Civil Code § 789.3`, `under § 425.16`); not after a
    // code's initials (`CCP § 425.16`, a heading's `PC § 352.2`), whose name is another slip.
    let word_before = before
        .trim_end()
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    let after_word = word_before
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
        && !(word_before.len() > 1 && word_before.chars().all(|ch| ch.is_ascii_uppercase()));
    // Inside a parenthesis or bracket opened before it (a paragraph of hard-wrapped text
    // may close one opened before its page break: read back from the citation).
    let enclosed = |open: char, close: char| {
        let mut depth = 0usize;
        for ch in before.chars().rev() {
            if ch == close {
                depth += 1;
            } else if ch == open {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
        }
        false
    };
    let quoted = before.matches('\u{201c}').count() > before.matches('\u{201d}').count()
        || before.matches('"').count() % 2 == 1;
    let written = cx.slice(c.span);
    let word = if written.starts_with("§§") {
        "sections"
    } else if written.starts_with('§') {
        "section"
    } else {
        return false;
    };
    if !after_word || c.signal.is_some() || enclosed('(', ')') || enclosed('[', ']') || quoted {
        return false;
    }
    let number = cx.slice(section);
    let (main, subdivisions) = match number.find('(') {
        Some(k) if k > 0 => (&number[..k], Some(&number[k..])),
        _ => (number, None),
    };
    // The sign and the section with its subdivisions, or the sign alone (what follows the
    // section, `et seq.` or a parenthetical, stays as written).
    let (span, fixed) = match subdivisions {
        Some(subs) => (
            Span::new(c.span.start, section.end),
            format!("{word} {main}, subdivision {subs}"),
        ),
        None => (Span::new(c.span.start, section.start), format!("{word} ")),
    };
    let shown = format!("{word} {main}");
    cx.report_fix(
        &SECTION_SIGN,
        span,
        format!(
            "In running text {} spells out “{word}”: “{}” ({}).",
            cx.style.name,
            if subdivisions.is_some() {
                fixed.as_str()
            } else {
                shown.as_str()
            },
            cx.style.rules.statute
        ),
        fixed,
    );
    true
}
