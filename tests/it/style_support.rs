//! Shared by the citation-style tests of each round: the analysis of a passage, its
//! citation findings, and the check that a real citation rewritten wrong is flagged with
//! the style's fix while the passage as written draws nothing over it.

use plead::analysis::{Analysis, Finding, ParagraphCache};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;

pub fn analysis_of(text: &str) -> Analysis {
    analysis_with(text, &Config::default())
}

pub fn analysis_with(text: &str, config: &Config) -> Analysis {
    analyze(text, Format::Plain, config, &mut ParagraphCache::default())
}

pub fn citation_findings(analysis: &Analysis) -> Vec<&Finding> {
    analysis
        .findings
        .iter()
        .filter(|f| f.code.starts_with("citation/"))
        .collect()
}

/// The text with each of the finding's fixes applied, one text per fix.
pub fn fixed(text: &str, f: &Finding) -> Vec<String> {
    f.fixes.iter().map(|fix| applied(text, fix)).collect()
}

pub fn applied(text: &str, fix: &plead::analysis::Fix) -> String {
    let mut out = text.to_string();
    let mut edits: Vec<_> = fix.edits.iter().collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    for e in edits {
        out.replace_range(e.span.start..e.span.end, &e.new_text);
    }
    out
}

/// Puts `wrong` for `correct` into `text` and asserts: the untouched text draws no
/// citation finding over `correct`; the rewritten one draws exactly one more citation
/// finding, with `code`, over `wrong`, whose fix gives back text holding `want` where
/// `wrong` was.
pub fn flagged_with_fix(text: &str, correct: &str, wrong: &str, code: &str, want: &str) {
    let at = text
        .find(correct)
        .unwrap_or_else(|| panic!("{correct:?} is not in the passage"));
    let before = analysis_of(text);
    let clean = citation_findings(&before);
    assert!(
        !clean
            .iter()
            .any(|f| f.span.start < at + correct.len() && at < f.span.end),
        "{correct:?} drew {clean:#?}"
    );
    let rewritten = text.replacen(correct, wrong, 1);
    let after = analysis_of(&rewritten);
    let found = citation_findings(&after);
    assert_eq!(found.len(), clean.len() + 1, "{wrong:?}: {found:#?}");
    let hit = found
        .iter()
        .find(|f| f.code == code && f.span.start < at + wrong.len() && at < f.span.end)
        .unwrap_or_else(|| panic!("{wrong:?}: no {code} over it in {found:#?}"));
    let windows: Vec<String> = fixed(&rewritten, hit)
        .iter()
        .map(|r| {
            // 40 bytes either side, widened to whole characters (`“` is three bytes).
            let mut start = at.saturating_sub(40);
            while !r.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (at + wrong.len() + 40).min(r.len());
            while !r.is_char_boundary(end) {
                end += 1;
            }
            r[start..end].to_string()
        })
        .collect();
    assert!(
        windows.iter().any(|w| w.contains(want)),
        "{wrong:?} fixed to {windows:#?}"
    );
}

/// Findings of any family whose span overlaps the first occurrence of `snippet`.
pub fn over<'a>(findings: &'a [Finding], text: &str, snippet: &str) -> Vec<&'a Finding> {
    let at = text
        .find(snippet)
        .unwrap_or_else(|| panic!("{snippet:?} is not in the document"));
    findings
        .iter()
        .filter(|f| f.span.start < at + snippet.len() && at < f.span.end)
        .collect()
}

/// The codes of the findings over the first occurrence of `snippet` in `text`.
pub fn codes_over(text: &str, snippet: &str) -> Vec<String> {
    let analysis = analysis_of(text);
    over(&analysis.findings, text, snippet)
        .iter()
        .map(|f| f.code.to_string())
        .collect()
}

/// The codes of the citation findings over the first occurrence of `snippet` in `text`.
pub fn citation_codes_over(text: &str, snippet: &str) -> Vec<String> {
    let analysis = analysis_of(text);
    over(&analysis.findings, text, snippet)
        .iter()
        .filter(|f| f.code.starts_with("citation/"))
        .map(|f| f.code.to_string())
        .collect()
}

/// The style whose key in `citation_styles.toml` is `key` (a test names a style that
/// exists: an unknown key fails the test).
pub fn named_style(key: &str) -> plead::citations::StyleId {
    plead::citations::StyleId::from_key(key).unwrap_or_else(|| panic!("no style `{key}`"))
}
