//! Citations left unfinished: blank placeholders for both volume and page
//! (`___So.3d___`, `___ F.3d ___`) and no parallel cite the reader could find the
//! decision by. The Supreme Court's slip opinions cite `580 U. S. ___` (a volume,
//! the page not yet assigned) and `___ U.S. ___, 130 S.Ct. 2896` (a parallel cite
//! with numbers): both are complete as far as they can be.

use super::{CheckCx, PLACEHOLDER};
use crate::analysis::Span;
use crate::citations::reporters::table;

/// A run of three or more `_` (or `-`, Westlaw's `---`) starting at `at`; its end.
fn blank_at(b: &[u8], at: usize) -> Option<usize> {
    let c = *b.get(at)?;
    if c != b'_' && c != b'-' {
        return None;
    }
    let end = at + b[at..].iter().take_while(|&&x| x == c).count();
    (end - at >= 3).then_some(end)
}

/// Whether the blanks are a parallel of a cite with numbers just before them in the same
/// clause: `People v. Rodriguez, 2018 IL App (1st) 151938, ¶ 23, --- Ill.Dec. ----, ---
/// N.E.3d ----` (West's blanks after the court's public-domain citation).
fn numbered_cite_before(before: &str) -> bool {
    let Some(before) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    // The clause: after the last `;`, line break or sentence end (`. ` before a capital;
    // not `Ill.Dec. ----`, an earlier blank parallel).
    let sentence = before
        .rmatch_indices(". ")
        .map(|(k, _)| k + 2)
        .find(|&k| before[k..].starts_with(|c: char| c.is_uppercase()));
    // A parenthetical opened with a word (`(citing Doe, ___ F.4th ___)`) starts one too;
    // `IL App (1st)` does not.
    let parenthetical = before
        .rmatch_indices('(')
        .map(|(k, _)| k + 1)
        .find(|&k| before[k..].starts_with(|c: char| c.is_alphabetic()));
    let start = ["; ", "\n"]
        .iter()
        .filter_map(|sep| before.rfind(sep).map(|k| k + sep.len()))
        .chain(sentence)
        .chain(parenthetical)
        .max()
        .unwrap_or(0);
    let clause = &before[start..];
    // A volume (or year) and a page: two runs of digits with a word between them.
    let runs = clause
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .count();
    runs >= 2 && clause.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Whether the blanks follow a date parenthetical that names the decision's docket
/// number, as California cites an opinion not yet in the Official Reports: `(Sept. 1,
/// 2022, B312345) ___ Cal.App.5th ___` (Cal. Style Manual ch. 1): the reader finds it
/// by court, date and number.
fn dated_with_docket_before(before: &str) -> bool {
    let Some(head) = before.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = head.rfind('(') else {
        return false;
    };
    let content = &head[open + 1..];
    content.len() <= 80 && crate::citations::scan::without_docket(content).len() < content.len()
}

pub(super) fn check(cx: &mut CheckCx) {
    let text = cx.text;
    let b = text.as_bytes();
    if !text.contains("___") && !text.contains("---") {
        return;
    }
    let mut at = 0;
    while at < b.len() {
        let Some(first_end) =
            blank_at(b, at).filter(|_| at == 0 || !b[at - 1].is_ascii_alphanumeric())
        else {
            at += 1;
            continue;
        };
        // The reporter between the blanks, with or without spaces around it.
        let rest = &text[first_end..];
        let lead = rest.len() - rest.trim_start_matches(' ').len();
        let reporter_start = first_end + lead;
        let Some(second) = text[reporter_start..]
            .find("___")
            .or_else(|| text[reporter_start..].find("---"))
            .map(|k| reporter_start + k)
        else {
            return;
        };
        let written = text[reporter_start..second].trim_end();
        let is_reporter =
            !written.is_empty() && written.len() <= 24 && table().lookup(written).is_some();
        let Some(second_end) = blank_at(b, second).filter(|_| is_reporter) else {
            at = first_end;
            continue;
        };
        // `___ U.S. ___, ___-___, 130 S.Ct. 2896`, `--- F. Supp. 2d ---, 2008 WL 2828599`,
        // `___ F.3d ___, ___ (1st Cir. 2010) [2010 WL 1]`: a cite with numbers follows
        // (after blank pins) or a database number appears before the citation ends.
        let after = text[second_end..].trim_start_matches(['_', '-', '\u{2013}', ',', ' ']);
        // The citation ends at `; ` or at a period that ends the sentence.
        let sentence_end = after
            .match_indices(". ")
            .map(|(k, _)| k)
            .find(|&k| after[k + 2..].starts_with(|c: char| c.is_uppercase()));
        let clause_end = after
            .find("; ")
            .into_iter()
            .chain(sentence_end)
            .min()
            .unwrap_or(after.len());
        let clause = &after[..clause_end];
        // California brackets the parallel: `___ Cal.App.5th ___ [2022 Cal.App. Lexis 123]`.
        let bracketed = after
            .strip_prefix('[')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
        let parallel = after.starts_with(|c: char| c.is_ascii_digit())
            || bracketed
            || clause.contains(" WL")
            || clause.contains("LEXIS")
            || clause.contains(" Lexis ")
            || numbered_cite_before(&text[..at])
            || dated_with_docket_before(&text[..at]);
        if !parallel {
            cx.report(
                &PLACEHOLDER,
                Span::new(at, second_end),
                format!("Volume and page of this {} cite are blank: fill them in, or add a cite the reader can find it by (a WL or docket number) (Bluebook R10.8.1).", written.trim()),
            );
        }
        at = second_end;
    }
}

#[cfg(test)]
mod tests {
    use crate::citations::checks::{check_paragraph, PLACEHOLDER};
    use crate::citations::scan::extract;

    fn placeholders(text: &str) -> Vec<&str> {
        let cites = extract(text, &[]);
        check_paragraph(
            text,
            &Default::default(),
            crate::citations::style::StyleId::BLUEBOOK,
            &cites,
        )
        .into_iter()
        .filter(|f| f.code == PLACEHOLDER.code)
        .map(|f| &text[f.span.start..f.span.end])
        .collect()
    }

    #[test]
    fn blank_volume_and_page_without_a_parallel_cite() {
        assert_eq!(
            placeholders("The statute does not apply. Smith v. Jones, ___So.3d___ (Fla. 2020)."),
            ["___So.3d___"]
        );
        assert_eq!(
            placeholders("See Smith v. Jones, ___ F.3d ___ (9th Cir. 2020)."),
            ["___ F.3d ___"]
        );
        // A numbered cite before the blanks, but of another authority.
        assert_eq!(
            placeholders("See Smith v. Jones, 5 F.4th 1, 3 (2021) (citing Doe v. Roe, ___ F.4th ___ (9th Cir. 2022))."),
            ["___ F.4th ___"]
        );
        assert_eq!(
            placeholders(
                "See Smith v. Jones, 5 F.4th 1 (2021); Doe v. Roe, ___ F.4th ___ (9th Cir. 2022)."
            ),
            ["___ F.4th ___"]
        );
        // Slip opinions and Westlaw's blanks with a parallel cite are complete (sentences
        // from tests/fixtures/opinions).
        for text in [
            "McDonald v. Chicago, ___ U.S. ___, 130 S.Ct. 3020, 3050, 177 L.Ed.2d 894 (2010).",
            "See Marcoux v. Am. Airlines, Inc., --- F. Supp. 2d ---, 2008 WL 2828599, at *26.",
            "Fry v. Napoleon Community Schools, 580 U. S. ___, ___, n. 1 (2017) (slip op., at 2).",
            "accord Spears v. United States, ___ U.S. ___, ___-___, 129 S.Ct. 840, 843-44, 172 L.Ed.2d 596 (2009) (per curiam).",
            "Rodriguez v. P.R. Tel. Co., ___ F.3d ___, ___ (1st Cir. 2010) [2010 WL 1] (same).",
            "The line was left blank: ______ and nothing more ______.",
            // West's blanks after the court's own public-domain citation (People v. Lee,
            // 2018 IL App (1st) 152522, as Fastcase prints it).
            "See People v. Rodriguez, 2018 IL App (1st) 151938, ¶ 23, --- Ill.Dec. ----, --- N.E.3d ----.",
            "Rodriguez, 2018 IL App (1st) 151938, ¶ 24, --- Ill.Dec. ----, --- N.E.3d ----. Rather, the rule holds.",
            // California's form for an opinion not yet in the reports (Cal. Style Manual).
            "(People v. Jones (Sept. 1, 2022, B312345) ___ Cal.App.5th ___ [2022 Cal.App. Lexis 123].)",
            // And with its date and docket number only (Cal. Style Manual ch. 1).
            "(People v. Jones (Sept. 1, 2022, B312345) ___ Cal.App.5th ___.)",
        ] {
            assert_eq!(placeholders(text), Vec::<&str>::new(), "{text}");
        }
    }
}
