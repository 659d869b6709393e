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
