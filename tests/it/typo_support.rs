//! Shared by the real-word typo tests of each round: a passage's typo findings as the
//! text each marks and its first fix, the pair a test compares with the slip it expects.

use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;

/// Each typo finding as (the text it marks, its first fix).
pub fn slips(text: &str) -> Vec<(String, String)> {
    slips_with(text, &Config::default())
}

/// [`slips`] with `typo/slip` turned on by the settings, as a user would (it is also on by
/// default since round 33; the slip model's tests say so explicitly).
pub fn slips_with_slip_rule(text: &str) -> Vec<(String, String)> {
    let mut config = Config::default();
    config.turn_on_rules("typo/slip");
    slips_with(text, &config)
}

/// [`slips`] under `config` (an opt-in rule turned on).
pub fn slips_with(text: &str, config: &Config) -> Vec<(String, String)> {
    let a = analyze(text, Format::Plain, config, &mut ParagraphCache::default());
    a.findings
        .iter()
        .filter(|f| f.family() == "typo")
        .map(|f| {
            let fix = f
                .fixes
                .first()
                .and_then(|fix| fix.edits.first())
                .map_or_else(String::new, |e| e.new_text.to_string());
            (text[f.span.start..f.span.end].to_string(), fix)
        })
        .collect()
}

/// `found` is reported in `text` with `right` as its first fix.
pub fn assert_slip(text: &str, found: &str, right: &str) {
    let got = slips(text);
    assert!(
        got.contains(&(found.to_string(), right.to_string())),
        "{text}: {got:?}"
    );
}

/// `text` draws no typo finding.
pub fn assert_silent(text: &str) {
    let got = slips(text);
    assert!(got.is_empty(), "{text}: {got:?}");
}

/// Each typo finding as `code "marked text"`, for tests that name the rule.
pub fn typo_findings(text: &str) -> Vec<String> {
    analyze(
        text,
        Format::Plain,
        &Config::default(),
        &mut ParagraphCache::default(),
    )
    .findings
    .iter()
    .filter(|f| f.code.starts_with("typo/"))
    .map(|f| format!("{} {:?}", f.code, &text[f.span.start..f.span.end]))
    .collect()
}

/// Each (sentence, slip, fix) is reported with that fix first.
pub fn assert_found(cases: &[(&str, &str, &str)]) {
    for &(text, found, right) in cases {
        let got = slips(text);
        assert!(
            got.contains(&(found.to_string(), right.to_string())),
            "{text}: {got:?}"
        );
    }
}

/// `text` with its first whole word `found` (after a space, before a space or a mark)
/// replaced by `right`.
pub fn replace_word(text: &str, found: &str, right: &str) -> String {
    let needle = format!(" {found}");
    let at = text.match_indices(&needle).map(|(i, _)| i).find(|&i| {
        text[i + needle.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    });
    match at {
        Some(i) => format!("{} {right}{}", &text[..i], &text[i + needle.len()..]),
        None => text.to_string(),
    }
}

/// The sentence with the slip corrected: no finding on the corrected word (a sentence of
/// motion papers may hold names the dictionary does not know, which are not this test's).
pub fn assert_fixed_silent(cases: &[(&str, &str, &str)]) {
    for &(text, found, right) in cases {
        let fixed = replace_word(text, found, right);
        assert_ne!(fixed, text);
        let on_word: Vec<_> = slips(&fixed)
            .into_iter()
            .filter(|(word, _)| word == right || word == found)
            .collect();
        assert_eq!(on_word, vec![], "{fixed}");
    }
}
