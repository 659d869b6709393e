//! Shared by the real-word typo tests of each round: a passage's typo findings as the
//! text each marks and its first fix, the pair a test compares with the slip it expects.

use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;

/// Each typo finding as (the text it marks, its first fix).
pub fn slips(text: &str) -> Vec<(String, String)> {
    let a = analyze(
        text,
        Format::Plain,
        &Config::default(),
        &mut ParagraphCache::default(),
    );
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
