//! Shared checks of the fuzz targets: what must hold for any input.

use arbitrary::Arbitrary;
use plead::analysis::{Analysis, ParagraphCache};
use plead::engine::analyze;
use plead::citations::Authorities;
use plead::config::Config;
use plead::document::Format;
use plead::ide::World;

/// Every span of every finding and fix lies inside the text on character boundaries.
pub fn assert_spans_valid(text: &str, analysis: &Analysis) {
    for f in &analysis.findings {
        let spans = std::iter::once(f.span)
            .chain(f.fixes.iter().flat_map(|x| x.edits.iter().map(|e| e.span)));
        for s in spans {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "span {s:?} outside text of {} bytes ({})",
                text.len(),
                f.code
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "span {s:?} splits a character ({})",
                f.code
            );
        }
    }
}

/// Runs the editor features at a few offsets (including past the end).
pub fn poke_features(text: &str, analysis: &Analysis, config: &Config, probes: &[u16]) {
    let world = World {
        config,
        root: None,
        docket: None,
        library: None,
        others: &[],
    };
    for &p in probes {
        let offset = p as usize % (text.len() + 2);
        let _ = plead::ide::hover::hover(&world, analysis, offset);
        let _ = plead::ide::definition::definition(&world, analysis, offset);
        let _ = plead::ide::completion::completion(&world, analysis, offset);
        let _ = plead::ide::references::references(&world, analysis, offset);
    }
    let _ = plead::ide::symbols::document_symbols(analysis);
}

pub fn format(markdown: bool) -> Format {
    if markdown {
        Format::Markdown
    } else {
        Format::Plain
    }
}

/// One edit: replace `delete` bytes at `at` (both wrapped into range and snapped to
/// character boundaries) by `insert`.
#[derive(Debug, Arbitrary)]
pub struct Edit {
    pub at: u16,
    pub delete: u8,
    pub insert: String,
}

#[derive(Debug, Arbitrary)]
pub struct EditSession {
    pub markdown: bool,
    pub text: String,
    pub edits: Vec<Edit>,
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Applies an edit the way the server does (a replaced byte range).
pub fn apply(text: &mut String, edit: &Edit) {
    let start = floor_boundary(text, edit.at as usize % (text.len() + 1));
    let end = floor_boundary(text, start + edit.delete as usize).max(start);
    text.replace_range(start..end, &edit.insert);
}

/// Analyzing each version with the cache warmed by the previous one gives the same
/// findings as analyzing it cold.
pub fn check_session(session: &EditSession) {
    let config = Config::default();
    let format = format(session.markdown);
    let mut warm = ParagraphCache::default();
    let mut text = session.text.clone();
    analyze(&text, format, &config, &mut warm);
    for edit in session.edits.iter().take(32) {
        apply(&mut text, edit);
        let incremental = analyze(&text, format, &config, &mut warm);
        let cold = analyze(&text, format, &config, &mut ParagraphCache::default());
        assert_eq!(
            incremental.findings, cold.findings,
            "warm cache differs from cold on {text:?}"
        );
        assert_eq!(
            Authorities::of(&incremental),
            Authorities::of(&cold),
            "warm citation model differs from cold on {text:?}"
        );
        assert_spans_valid(&text, &incremental);
    }
}
