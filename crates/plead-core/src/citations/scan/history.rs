//! Subsequent history after a citation (`aff'd,`, `cert. denied,`): the phrase is
//! kept with the citation it follows, and the decision it introduces is linked back.

use super::Scanner;
use crate::analysis::Span;

/// Subsequent-history phrases (Bluebook R10.7, IB R14), longest first.
pub(crate) const HISTORY: &[&str] = &[
    // California style (Cal. Style Manual ch. 1): the later decision follows `in`
    // (`disapproved on another ground in People v. Doolin (2009) 45 Cal.4th 390`), and
    // review by the Supreme Court is named in full (`review granted Mar. 15, 2023,
    // S277962`).
    "disapproved of on other grounds by",
    "disapproved on another ground in",
    "disapproved on other grounds in",
    "overruled on another ground in",
    "overruled on other grounds in",
    "abrogated on another ground in",
    "aff'd in part and rev'd in part",
    "aff'd in part, rev'd in part",
    // T8's `amended on denial of reh'g`, and spelled out, which T8 abbreviates.
    "amended on denial of rehearing",
    "amended on denial of reh'g",
    "abrogated on other grounds by",
    "overruled on other grounds by",
    "rev'd on other grounds",
    "aff'd on other grounds",
    "vacated in part",
    "aff'd in part",
    "rev'd in part",
    // A district court's adoption of its magistrate judge's report (`2025 WL 1455802 (D.
    // Utah May 21, 2025), report and recommendation adopted, 2025 WL 1511211`), which
    // federal opinions cite as history (Bluebook R10.7.1 "other related authority").
    "report and recommendation adopted as modified",
    "report and recommendation adopted in part",
    "report and recommendation adopted",
    "superseded by statute",
    "vacated and remanded",
    "review granted",
    "review denied",
    // Minnesota's appellate courts abbreviate review (`rev. denied (Minn. Mar. 18,
    // 2014)`); without the period it is a slip the Bluebook family's `history` fixes.
    "rev. granted",
    "rev. denied",
    // California's `review denied` abbreviated (`rev. den. May 14, 2025`), a slip its
    // `history` table fixes.
    "rev. den.",
    "rev granted",
    "rev denied",
    "reh'g en banc denied",
    "aff'd sub nom.",
    "rev'd sub nom.",
    "cert. dismissed",
    "cert. granted",
    "cert. denied",
    "reh'g denied",
    "abrogated by",
    "overruled by",
    "superseded by",
    "amended by",
    "modified",
    "withdrawn",
    "vacated",
    "aff'd",
    "rev'd",
    "aff'g",
    "rev'g",
    // New York official style (no apostrophes, leave to appeal): `affd 68 NY2d 1`.
    // The Bluebook's punctuation on New York's leave phrases (`lv. denied`), which a
    // New York-style document writes without the period (see `history` in
    // data/citation_styles.toml).
    "lv. dismissed",
    "lv. granted",
    "lv. denied",
    "lv dismissed and denied",
    "lv dismissed",
    "lv denied",
    "lv granted",
    "appeal dismissed",
    "cert denied",
    "affd as mod",
    "affd",
    "revd",
    // Oregon's appellate courts (Oregon Appellate Courts Style Manual): `rev den 331 Or 193
    // (2000)`, `on recons 168 Or App 556`, without periods or a comma after the phrase.
    "rev allowed",
    "on recons.",
    "on recons",
    // T8's `on remand`, with or without the comma after it (`998 P2d 661, on remand 169 Or
    // App 216`).
    "on remand",
    "cert den",
    "rev den",
    // Spelled out, which T8 abbreviates (`affirmed, 163 F.4th 1072`): history only
    // before the comma that sets off the decision (see `SPELLED_OUT`).
    "affirmed",
    "reversed",
];

/// History words spelled out: read as history only when a comma follows, so a sentence
/// going on after a citation (`…, affirmed the judgment`) is not taken for history.
const SPELLED_OUT: &[&str] = &["affirmed", "reversed"];

/// Marks of a history phrase that no sentence after a citation begins with: read as
/// history even where the comma before it is missing.
const UNMISTAKABLE: &[&str] = &["'", "cert.", "report and recommendation"];

/// Whether `text` starts with `phrase`, treating `'` and `’` alike. Returns the matched length.
pub(crate) fn starts_with_phrase(text: &str, phrase: &str) -> Option<usize> {
    let mut len = 0;
    let mut chars = text.chars();
    for p in phrase.chars() {
        let c = chars.next()?;
        let same = c == p || (p == '\'' && c == '\u{2019}');
        if !same {
            return None;
        }
        len += c.len_utf8();
    }
    Some(len)
}

impl Scanner<'_> {
    /// `, aff'd,` after a citation: the history phrase span.
    pub(super) fn history_after(&self, p: usize) -> Option<Span> {
        let after = self.text.get(p..)?;
        // `(S.D. Ind. Feb. 21, 2025) report and recommendation adopted, …`: history after
        // a parenthetical with its comma left out (the check asks for it). Only phrases no
        // sentence goes on with (`aff'd,`, not `affirmed`).
        let (rest, s) = match after.strip_prefix(", ") {
            Some(rest) => (rest, p + 2),
            None if self.text[..p].ends_with(')') => {
                let rest = after.strip_prefix(' ')?;
                let len = HISTORY
                    .iter()
                    .filter(|h| {
                        !SPELLED_OUT.contains(h) && UNMISTAKABLE.iter().any(|u| h.contains(u))
                    })
                    .find_map(|h| starts_with_phrase(rest, h))?;
                if !rest[len..].starts_with([',', ' ']) {
                    return None;
                }
                return Some(Span::new(p + 1, p + 1 + len));
            }
            None => return None,
        };
        HISTORY.iter().find_map(|h| {
            let len = starts_with_phrase(rest, h)?;
            if SPELLED_OUT.contains(h) && !rest[len..].starts_with(", ") {
                return None;
            }
            Some(Span::new(s, s + len))
        })
    }
}
