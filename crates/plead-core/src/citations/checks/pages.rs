//! Pages and pins: pin before the first page; ranges that repeat digits.

use super::{CheckCx, CourtForm, PAGE_RANGE, PIN_BEFORE_PAGE, PIN_FORM};
use crate::analysis::{Finding, Fix, Span};
use crate::citations::model::{Citation, CitationKind};
use crate::citations::style::StyleId;

fn leading_number(s: &str) -> Option<u32> {
    let end = s
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(s.len());
    s[..end].parse().ok()
}

/// The Bluebook short form of a page range's end: drop repeated digits but keep two
/// (`135-136` → `36`, `1099-1101` → `101`), or None when it is already short.
pub(crate) fn shortened_range_end(first: &str, second: &str) -> Option<String> {
    if first.len() != second.len() || second.len() <= 2 || first >= second {
        return None;
    }
    let same = first
        .bytes()
        .zip(second.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let keep_from = same.min(second.len() - 2);
    (keep_from > 0).then(|| second[keep_from..].to_string())
}

pub(super) fn check(cx: &mut CheckCx, c: &Citation) {
    if !matches!(
        c.kind,
        CitationKind::FullCase | CitationKind::ShortCase | CitationKind::Id | CitationKind::Supra
    ) {
        return;
    }
    check_pin_form(cx, c);
    check_note_pins(cx, c);
    check_paragraph_pin_comma(cx, c);
    let page = c.page.and_then(|p| leading_number(cx.slice(p)));
    // Database cites pin star pages, public-domain cites paragraphs: not pages.
    let database = c.neutral
        || c.reporter_standard
            .is_some_and(|r| r == "WL" || r.ends_with("LEXIS"));
    for pin in &c.pins {
        let text = cx.slice(pin.span).to_string();
        if let (Some(page), Some(n), false) = (page, leading_number(&text), database) {
            if n < page {
                cx.report(
                    &PIN_BEFORE_PAGE,
                    Span::new(pin.span.start, pin.span.start + n.to_string().len()),
                    format!("Pin cite {n} lies before the first page {page} (Bluebook R3.2)."),
                );
            }
        }
        // California and New York style keep every digit (`1193-1194`): a range cut
        // short the Bluebook's way (`702–03`, `445-47`) is written out.
        if !cx.style.short_page_ranges {
            if matches!(
                cx.style.id.family(),
                StyleId::CALIFORNIA | StyleId::NEW_YORK
            ) {
                check_range_in_full(cx, pin.span, &text);
            }
            continue;
        }
        let Some(range) = PageRange::read(&text) else {
            continue;
        };
        let (first, second) = (range.first, range.second);
        if let Some(short) = shortened_range_end(first, second) {
            let span = Span::new(pin.span.start, pin.span.start + range.len);
            cx.report_fix(
                &PAGE_RANGE,
                span,
                format!(
                    "Drop repeated digits in a page range: {first}–{short} (Bluebook R3.2(a))."
                ),
                format!("{first}\u{2013}{short}"),
            );
        }
    }
}

/// A pin read as a page range: `first`, the dash as written, the digits after it, and the
/// bytes from the pin's start to the end of those digits (`702–03, 705` → 702, –, 03, 7).
struct PageRange<'a> {
    first: &'a str,
    dash: &'a str,
    second: &'a str,
    len: usize,
}

impl<'a> PageRange<'a> {
    /// None unless the text before the first hyphen or en dash is all digits.
    fn read(text: &'a str) -> Option<Self> {
        let at = text.find(['-', '\u{2013}'])?;
        let first = &text[..at];
        if !first.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let dash_len = if text[at..].starts_with('-') { 1 } else { 3 };
        let rest = &text[at + dash_len..];
        let second_len = rest
            .bytes()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(rest.len());
        Some(PageRange {
            first,
            dash: &text[at..at + dash_len],
            second: &rest[..second_len],
            len: at + dash_len + second_len,
        })
    }
}

/// A page range whose end drops the digits it shares with its start (`702–03`), in a
/// style that writes every digit: the end written out (`702–703`).
fn check_range_in_full(cx: &mut CheckCx, span: Span, text: &str) {
    let Some(PageRange {
        first,
        dash: dash_text,
        second,
        len,
    }) = PageRange::read(text)
    else {
        return;
    };
    if first.is_empty() || second.is_empty() || second.len() >= first.len() {
        return;
    }
    let full = format!("{}{second}", &first[..first.len() - second.len()]);
    if full.as_str() <= first {
        return;
    }
    cx.report_fix(
        &PAGE_RANGE,
        Span::new(span.start, span.start + len),
        format!(
            "{} writes every digit of a page range: {first}{dash_text}{full} ({}).",
            cx.style.name, cx.style.rules.pin
        ),
        format!("{first}{dash_text}{full}"),
    );
}

/// A short form's or `Id.`'s pin after `at`: `at p. 384`, `at pp. 384-385` in California
/// style; `at 384` in the Bluebook (R3.2(a): no `p.`) and New York style.
fn check_pin_form(cx: &mut CheckCx, c: &Citation) {
    if c.kind == CitationKind::FullCase {
        check_pin_comma(cx, c);
        return;
    }
    let Some(first) = c.pins.first() else { return };
    if c.kind == CitationKind::Id {
        check_id_comma(cx, c, first.span.start);
    }
    let before = &cx.text[c.span.start.min(first.span.start)..first.span.start];
    let Some(at) = before.rfind("at ") else {
        return;
    };
    let at = c.span.start.min(first.span.start) + at;
    if c.kind == CitationKind::ShortCase {
        check_comma_before_at(cx, c, at);
    }
    let marker = &cx.text[at + 3..first.span.start];
    let pins: Vec<&str> = c.pins.iter().map(|p| cx.slice(p.span)).collect();
    // Star pages of a database, sections and paragraphs take no `p.`.
    if pins.iter().any(|p| p.starts_with(['*', '§', '¶', '_']))
        || !matches!(marker, "" | "p. " | "pp. ")
    {
        return;
    }
    let several = pins.len() > 1
        || pins.iter().any(|p| p.contains(['-', '\u{2013}']))
        || more_pages_follow(&cx.text[first.span.end..]);
    let wanted = match (cx.style.pin_page_marker, several) {
        (false, _) => "",
        (true, false) => "p. ",
        (true, true) => "pp. ",
    };
    if marker == wanted {
        return;
    }
    let span = Span::new(at, first.span.end);
    let fixed = format!("at {wanted}{}", cx.slice(first.span));
    let message = if wanted.is_empty() {
        format!(
            "A pin cite follows “at” without “{}” ({}).",
            marker.trim(),
            cx.style.rules.pin
        )
    } else {
        format!(
            "{} writes the pin “at {}” ({}).",
            cx.style.name,
            wanted.trim(),
            cx.style.rules.pin
        )
    };
    cx.report_fix(&PIN_FORM, span, message, fixed);
}

/// A short form's `at` after its reporter without a comma in the Bluebook's forms
/// (R10.9: `King, 899 F.3d at 1147`); the Supreme Court writes `King, 899 F. 3d, at
/// 1147`, so that form is one of [`super::CourtForms`], reported only where the document
/// does not write it as its own.
fn check_comma_before_at(cx: &mut CheckCx, c: &Citation, at: usize) {
    let Some(reporter) = c.reporter.filter(|r| r.end <= at) else {
        return;
    };
    // California's and New York's Official Reports write no comma there either
    // (`Pierotti, supra, 81 Cal.App.4th at p. 33`, `Garrett, 23 NY3d at 886`), and no
    // court of theirs writes the Supreme Court's comma as its own: a slip, reported here.
    if cx.style.id.family() != StyleId::BLUEBOOK {
        if cx.slice(Span::new(reporter.end, at)) == ", " {
            let reporter_text = cx.slice(reporter).to_string();
            cx.report_fix(
                &PIN_FORM,
                Span::new(reporter.end, at + 2),
                format!(
                    "{} writes a short form's “at” after the reporter without a comma: “{reporter_text} at” ({}).",
                    cx.style.name, cx.style.rules.pin
                ),
                " at".into(),
            );
        }
        return;
    }
    match cx.slice(Span::new(reporter.end, at)) {
        " " => cx.court_forms.count(CourtForm::CommaBeforeAt, false),
        ", " => {
            cx.court_forms.count(CourtForm::CommaBeforeAt, true);
            let span = Span::new(reporter.end, at + 2);
            let finding = Finding::new(
                span,
                &PIN_FORM,
                format!(
                    "A short form's “at” follows the reporter without a comma: “{} at” ({}).",
                    cx.slice(reporter),
                    short_form_rule(cx)
                ),
            )
            .with_fix(Fix::replace(span, " at", true));
            cx.court_forms
                .findings
                .push((CourtForm::CommaBeforeAt, finding));
        }
        _ => {}
    }
}

/// The rule a Bluebook-family message on short forms cites.
fn short_form_rule(cx: &CheckCx) -> &'static str {
    if cx.style.id == StyleId::BLUEBOOK {
        "Bluebook R10.9"
    } else {
        "Bluebook R10.9, as this style follows it"
    }
}

/// A pin to a note as the style writes it. The Bluebook closes the note's number up to
/// `n.` after the page, without a comma (R3.2(b): `22 n.10`, `nn.3-4`); the Supreme
/// Court's opinions write `22, n. 10` or `22 n. 10`, reported as one of
/// [`super::CourtForms`]. California's Style Manual writes a footnote `1075, fn. 7`
/// (`fns. 9-10`), so `1075 n.7` there is given that form. New York's Official Reports
/// write the note without a period, after a space (`560 n 3`, `nn 3, 4`): a pin that
/// names its note with a period there is given that form.
fn check_note_pins(cx: &mut CheckCx, c: &Citation) {
    let family = cx.style.id.family();
    if !matches!(
        family,
        StyleId::BLUEBOOK | StyleId::CALIFORNIA | StyleId::NEW_YORK
    ) {
        return;
    }
    for pin in &c.pins {
        let written = cx.slice(pin.span).to_string();
        let Some(note) = NotePin::read(&written) else {
            continue;
        };
        let (plural, number) = (note.plural, note.number);
        if family == StyleId::NEW_YORK {
            // Every form `NotePin` reads has a period; New York's has none.
            let fixed = format!("{} {} {number}", note.page, if plural { "nn" } else { "n" });
            cx.report_fix(
                &PIN_FORM,
                pin.span,
                format!(
                    "{} cites a note without a period: “{fixed}” ({}).",
                    cx.style.name, cx.style.rules.pin
                ),
                fixed,
            );
            continue;
        }
        let fixed = if family == StyleId::CALIFORNIA {
            format!(
                "{}, {} {number}",
                note.page,
                if plural { "fns." } else { "fn." }
            )
        } else {
            format!(
                "{} {}{number}",
                note.page,
                if plural { "nn." } else { "n." }
            )
        };
        if written == fixed {
            if family == StyleId::BLUEBOOK {
                cx.court_forms.count(CourtForm::NoteSpaced, false);
            }
            continue;
        }
        if family == StyleId::CALIFORNIA {
            // `fn.` and `n.` both name a note: only `n.` is the Bluebook's, put right.
            if note.footnote {
                continue;
            }
            cx.report_fix(
                &PIN_FORM,
                pin.span,
                format!(
                    "{} cites a footnote after a comma: “{fixed}” ({}).",
                    cx.style.name, cx.style.rules.pin
                ),
                fixed,
            );
            continue;
        }
        if note.footnote {
            // `102 fn. 1`: California's word for a note, in a text of the Bluebook's.
            cx.report_fix(
                &PIN_FORM,
                pin.span,
                format!(
                    "The Bluebook cites a note as “n.”, closed up after its page: “{fixed}” (Bluebook R3.2(b))."
                ),
                fixed,
            );
            continue;
        }
        cx.court_forms.count(CourtForm::NoteSpaced, true);
        let finding = Finding::new(
            pin.span,
            &PIN_FORM,
            format!(
                "A note is cited after its page, its number closed up to “n.”: “{fixed}” ({}).",
                if cx.style.id == StyleId::BLUEBOOK {
                    "Bluebook R3.2(b)"
                } else {
                    "Bluebook R3.2(b), as this style follows it"
                }
            ),
        )
        .with_fix(Fix::replace(pin.span, fixed, true));
        cx.court_forms
            .findings
            .push((CourtForm::NoteSpaced, finding));
    }
}

/// A reporter citation's paragraph pin after its page pin, set apart by a comma as
/// every pin is: `201 Ariz. 401, 411 ¶ 35` → `411, ¶ 35`. (A public-domain citation's
/// own is `neutral`'s to judge.)
fn check_paragraph_pin_comma(cx: &mut CheckCx, c: &Citation) {
    if c.neutral {
        return;
    }
    for pair in c.pins.windows(2) {
        let (before, pin) = (pair[0].span, pair[1].span);
        let gap = Span::new(before.end, pin.start);
        if cx.slice(gap) == " " && cx.slice(pin).starts_with('¶') {
            let fixed = format!("{}, {}", cx.slice(before), cx.slice(pin));
            cx.report_fix(
                &PIN_FORM,
                gap,
                format!(
                    "Put a comma between the page pin and the paragraph pin: “{fixed}” ({}).",
                    cx.style.rules.pin
                ),
                ", ".into(),
            );
        }
    }
}

/// A pin to a note, as written: `22 n.10`, `22 n. 10`, `769, n. 24`, `1075, fn. 7`,
/// `604, fns. 9-10`, `3 nn.3-4`.
struct NotePin<'a> {
    page: &'a str,
    number: &'a str,
    plural: bool,
    /// Written `fn.`/`fns.` (California's), not `n.`/`nn.`.
    footnote: bool,
}

impl<'a> NotePin<'a> {
    fn read(pin: &'a str) -> Option<NotePin<'a>> {
        let page_len = pin.bytes().take_while(u8::is_ascii_digit).count();
        if page_len == 0 {
            return None;
        }
        let (page, rest) = pin.split_at(page_len);
        let rest = rest.strip_prefix(',').unwrap_or(rest).strip_prefix(' ')?;
        let (word, number) = rest.split_once('.')?;
        let (plural, footnote) = match word {
            "n" => (false, false),
            "nn" => (true, false),
            "fn" => (false, true),
            "fns" => (true, true),
            _ => return None,
        };
        let number = number.trim_start_matches(' ');
        number
            .starts_with(|ch: char| ch.is_ascii_digit())
            .then_some(NotePin {
                page,
                number,
                plural,
                footnote,
            })
    }
}

/// `Id.` and its pin joined as the style joins them: `Id., at 693` in Connecticut's
/// opinions, `Id. at p. 193` in California's (Style Manual ch. 1), `id. at 324` in New
/// York's. Only the comma is at issue; the `p.` is `check_pin_form`'s.
fn check_id_comma(cx: &mut CheckCx, c: &Citation, pin: usize) {
    let head = &cx.text[c.span.start..pin.max(c.span.start)];
    let Some(id) = ["Id.", "id."].into_iter().find(|id| head.starts_with(id)) else {
        return;
    };
    let rest = &head[id.len()..];
    // `(Id. § 801, subd. (a)(1).)`: California writes `Id., §` (its `id_section_comma`).
    let after = &cx.text[c.span.start + id.len()..];
    let section_comma = after.starts_with(", §");
    if section_comma || after.starts_with(" §") {
        let Some(want) = cx.style.id_section_comma.filter(|&w| w != section_comma) else {
            return;
        };
        let end = c.span.start + id.len() + usize::from(section_comma);
        let fixed = if want {
            format!("{id},")
        } else {
            id.to_string()
        };
        cx.report_fix(
            &PIN_FORM,
            Span::new(c.span.start, end),
            format!(
                "{} writes “{id}{} §” before a section ({}).",
                cx.style.name,
                if want { "," } else { "" },
                cx.style.rules.statute
            ),
            fixed,
        );
        return;
    }
    let comma = rest.starts_with(", at ");
    if !comma && !rest.starts_with(" at ") {
        return;
    }
    // The Supreme Court's `Id., at 217` is evidence of its forms in a Bluebook-family
    // text: reported (R4.1: `Id. at 217`) only where the document does not write the
    // Court's forms as its own, as `899 F.3d, at 1147` is (texts quoting the Court
    // write it throughout).
    if cx.style.id.family() == StyleId::BLUEBOOK {
        cx.court_forms.count(CourtForm::CommaBeforeAt, comma);
        cx.court_forms.count(CourtForm::IdCommaBeforeAt, comma);
        if comma && cx.style.id_comma.is_none() {
            let span = Span::new(c.span.start, c.span.start + id.len() + 1);
            let finding = Finding::new(
                span,
                &PIN_FORM,
                format!("“{id}” takes no comma before “at”: “{id} at” (Bluebook R4.1)."),
            )
            .with_fix(Fix::replace(span, id, true));
            cx.court_forms
                .findings
                .push((CourtForm::IdCommaBeforeAt, finding));
        }
    }
    let Some(want) = cx.style.id_comma else {
        return;
    };
    if comma == want {
        return;
    }
    let end = c.span.start + id.len() + usize::from(comma);
    let fixed = if want {
        format!("{id},")
    } else {
        id.to_string()
    };
    let message = if want {
        format!(
            "{} writes “{id}, at”, with a comma ({}).",
            cx.style.name, cx.style.rules.supra
        )
    } else {
        format!(
            "{} writes “{id} at”, without a comma ({}).",
            cx.style.name, cx.style.rules.pin
        )
    };
    cx.report_fix(&PIN_FORM, Span::new(c.span.start, end), message, fixed);
}

/// Whether the text after a short form's first pin goes on with more pages the scanner
/// did not take as pins: `Stigall, supra, at pp. 569, 571.)`, `Thomson, supra, at pp.
/// 645, 651-652;`, which the Style Manual marks `pp.`. A number that a reporter follows
/// is a parallel citation (`Id. at p. 473, 163 Cal.Rptr. 566`), not another page.
fn more_pages_follow(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let mut tail = &rest[digits..];
    // A range as the second page: `651-652`.
    if let Some(r) = tail.strip_prefix(['-', '\u{2013}']) {
        let more = r.bytes().take_while(u8::is_ascii_digit).count();
        if more == 0 {
            return false;
        }
        tail = &r[more..];
    }
    tail.is_empty() || tail.starts_with([';', ')', '.', ',', ']', '\n']) || tail.starts_with(" [")
}

/// A full citation's pin written without its comma, which the scanner reads only right
/// before the court/year parenthetical: `354 S.W.3d 116 at 122 (Ky. 2011)` → `116,
/// 122`, `771 F.2d 579 588-89 (1st Cir. 1985)` → `579, 588-89`. Every style puts a comma
/// there (Bluebook R3.2(a); California and New York style alike: `50 Cal.3d 1, 5`); a
/// database citation keeps its `at` (`2010 WL 2089478, at *1`, Bluebook R18.3.1).
/// Public-domain citations' paragraph pins have their own check (`neutral`).
fn check_pin_comma(cx: &mut CheckCx, c: &Citation) {
    if c.neutral {
        return;
    }
    let (Some(page), Some(first)) = (c.page, c.pins.first()) else {
        return;
    };
    if first.span.start < page.end {
        return;
    }
    let between = cx.slice(Span::new(page.end, first.span.start));
    let database = c
        .reporter_standard
        .is_some_and(|r| r == "WL" || r.ends_with("LEXIS"));
    let pin = cx.slice(first.span).to_string();
    // `2025 WL 2084353, *2`: a database's star page takes `at` (Bluebook R10.8.1(a)).
    if between == ", "
        && database
        && pin.starts_with('*')
        && cx.style.id.family() == StyleId::BLUEBOOK
    {
        cx.report_fix(
            &PIN_FORM,
            first.span,
            format!(
                "A database's star page is pinned with “at”: “, at {pin}” (Bluebook R10.8.1(a))."
            ),
            format!("at {pin}"),
        );
        return;
    }
    // `2025 WL 1585037, at 8`: a database's pages are its screens, pinned with a star
    // (Bluebook R10.8.1(a): `at *8`).
    if between == ", at "
        && database
        && pin.starts_with(|ch: char| ch.is_ascii_digit())
        && cx.style.id.family() == StyleId::BLUEBOOK
    {
        cx.report_fix(
            &PIN_FORM,
            first.span,
            format!("A database's page is a screen, pinned with a star: “at *{pin}” (Bluebook R10.8.1(a))."),
            format!("*{pin}"),
        );
        return;
    }
    // `589 F.3d 626, at 646`: `at` introduces a short form's pin; a full citation's
    // follows the first page after a comma alone (Bluebook R3.2(a), R10.9).
    // (California's `648, at p. 655` too: `at p.` belongs to its short forms.)
    if matches!(between, ", at " | ", at p. " | ", at pp. ")
        && !database
        && pin.starts_with(|ch: char| ch.is_ascii_digit())
    {
        let written_page = cx.slice(page).to_string();
        let fixed = format!("{written_page}, {pin}");
        cx.report_fix(
            &PIN_FORM,
            Span::new(page.start, first.span.end),
            format!(
                "A full citation's pin follows the first page after a comma, without “at”: “{fixed}” ({}).",
                cx.style.rules.pin
            ),
            fixed,
        );
        return;
    }
    if !matches!(between, " " | " at ") {
        return;
    }
    let joint = if database || (pin.starts_with('*') && between == " at ") {
        ", at "
    } else {
        ", "
    };
    let written_page = cx.slice(page).to_string();
    let fixed = format!("{written_page}{joint}{pin}");
    cx.report_fix(
        &PIN_FORM,
        Span::new(page.start, first.span.end),
        format!(
            "Put a comma between the first page and the pin: “{fixed}” ({}).",
            cx.style.rules.pin
        ),
        fixed,
    );
}

#[cfg(test)]
mod tests {
    use super::{shortened_range_end, NotePin};

    #[test]
    fn note_pins_are_read_in_every_form() {
        fn read(pin: &str) -> Option<(&str, &str, bool, bool)> {
            NotePin::read(pin).map(|n| (n.page, n.number, n.plural, n.footnote))
        }
        assert_eq!(read("22 n.10"), Some(("22", "10", false, false)));
        assert_eq!(read("22 n. 10"), Some(("22", "10", false, false)));
        assert_eq!(read("769, n. 24"), Some(("769", "24", false, false)));
        assert_eq!(read("3 nn.3-4"), Some(("3", "3-4", true, false)));
        assert_eq!(read("1075, fn. 7"), Some(("1075", "7", false, true)));
        assert_eq!(read("604, fns. 9-10"), Some(("604", "9-10", true, true)));
        // Not notes: a page range, a star page, a page alone, a word after the page.
        assert!(read("135-36 n.4").is_none());
        assert!(read("*3 n.4").is_none());
        assert!(read("1075").is_none());
        assert!(read("12 no. 4").is_none());
    }

    #[test]
    fn page_ranges_keep_two_digits() {
        assert_eq!(shortened_range_end("135", "136").as_deref(), Some("36"));
        assert_eq!(shortened_range_end("1240", "1241").as_deref(), Some("41"));
        assert_eq!(shortened_range_end("1099", "1101").as_deref(), Some("101"));
        assert_eq!(shortened_range_end("135", "36"), None);
        assert_eq!(shortened_range_end("99", "100"), None);
    }
}
