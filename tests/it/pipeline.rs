//! The analysis pipeline with a small test analyzer: paragraph caching, the
//! document pass, withdrawal, rule configuration and fix mapping.

use std::sync::atomic::{AtomicUsize, Ordering};

use plead::analysis::{
    analyze_with, Analyzer, DocumentContext, DocumentFacts, Finding, Fix, ParagraphCache,
    ParagraphContext, ParagraphFacts, Rule, Severity, Span, WorkspaceInputs,
};
use plead::config::Config;
use plead::document::Format;

static SHOUT: Rule = Rule::new("style/shout", Severity::Warning, "Word in capitals");
static REPEAT: Rule = Rule::new(
    "style/repeat",
    Severity::Info,
    "Same capitalized word in two paragraphs",
);

/// Flags every all-caps word of 4+ letters per paragraph (with a lowercase fix); in the
/// document pass, withdraws findings for words that are in the caption's parties and
/// reports words flagged in more than one paragraph.
#[derive(Default)]
struct Shouts {
    paragraph_runs: AtomicUsize,
}

impl Analyzer for Shouts {
    fn id(&self) -> &'static str {
        "shouts"
    }
    fn rules(&self) -> &'static [Rule] {
        std::slice::from_ref(&SHOUT)
    }
    fn paragraph(&self, cx: &ParagraphContext, out: &mut ParagraphFacts) {
        self.paragraph_runs.fetch_add(1, Ordering::SeqCst);
        let text = &cx.paragraph.text;
        let mut at = 0;
        for word in text.split(' ') {
            let span = Span::new(at, at + word.len());
            at += word.len() + 1;
            let w = word.trim_matches(|c: char| !c.is_alphanumeric());
            if w.len() >= 4 && w.chars().all(|c| c.is_ascii_uppercase()) {
                let start = span.start + word.find(w).unwrap_or(0);
                let span = Span::new(start, start + w.len());
                out.findings.push(
                    Finding::new(span, &SHOUT, format!("“{w}” is in capitals"))
                        .with_fix(Fix::replace(span, w.to_lowercase(), true)),
                );
            }
        }
    }
    fn document(&self, cx: &DocumentContext, out: &mut DocumentFacts) {
        let mut seen: Vec<(String, usize)> = Vec::new();
        for (p, facts) in cx.paragraphs.iter().enumerate() {
            let text = &cx.document.paragraphs[p].text;
            for (i, f) in facts.findings.iter().enumerate() {
                let word = &text[f.span.start..f.span.end];
                if word == "ZEBRA" {
                    out.withdraw(p, i);
                }
                if seen.iter().any(|(w, q)| w == word && *q != p) {
                    out.push(p, Finding::new(f.span, &REPEAT, format!("“{word}” again")));
                }
                seen.push((word.to_string(), p));
            }
        }
    }
}

fn run(a: &Shouts, text: &str, config: &Config, cache: &mut ParagraphCache) -> Vec<Finding> {
    analyze_with(
        &[a],
        text,
        Format::Plain,
        config,
        &WorkspaceInputs::default(),
        cache,
        &|| false,
    )
    .expect("not cancelled")
    .findings
}

#[test]
fn only_changed_paragraphs_are_reanalyzed() {
    let a = Shouts::default();
    let config = Config::default();
    let mut cache = ParagraphCache::default();
    let text = "One LOUD word.\n\nA quiet one.\n\nAnother LOUD one.\n";
    let first = run(&a, text, &config, &mut cache);
    assert_eq!(a.paragraph_runs.load(Ordering::SeqCst), 3);
    assert_eq!(first.iter().filter(|f| f.code == "style/shout").count(), 2);
    // The document pass reruns every time: the second LOUD is a repeat.
    assert_eq!(first.iter().filter(|f| f.code == "style/repeat").count(), 1);

    let edited = "One LOUD word.\n\nA quiet one, VERY.\n\nAnother LOUD one.\n";
    let second = run(&a, edited, &config, &mut cache);
    assert_eq!(
        a.paragraph_runs.load(Ordering::SeqCst),
        4,
        "only the edited paragraph reruns"
    );
    assert_eq!(cache.last_misses, 1);
    assert_eq!(second.iter().filter(|f| f.code == "style/shout").count(), 3);
    // Findings are in source offsets.
    let very = edited.find("VERY").unwrap();
    assert!(second.iter().any(|f| f.span == Span::new(very, very + 4)));

    // Same result as a cold run.
    let cold = run(
        &Shouts::default(),
        edited,
        &config,
        &mut ParagraphCache::default(),
    );
    assert_eq!(second, cold);
}

#[test]
fn document_pass_withdraws_findings() {
    let a = Shouts::default();
    let text = "ZEBRA and LION.\n";
    let f = run(&a, text, &Config::default(), &mut ParagraphCache::default());
    assert_eq!(f.len(), 1);
    assert_eq!(&text[f[0].span.start..f[0].span.end], "LION");
}

#[test]
fn rule_configuration_sets_severity_or_turns_rules_off() {
    let a = Shouts::default();
    let text = "One LOUD word.\n\nAnother LOUD one.\n";
    let (config, errors) =
        Config::from_toml("plead.toml", "[rules]\n\"style/shout\" = \"error\"\n");
    assert!(errors.is_empty());
    let f = run(&a, text, &config, &mut ParagraphCache::default());
    assert!(f
        .iter()
        .filter(|f| f.code == "style/shout")
        .all(|f| f.severity == Severity::Error));
    let (config, _) = Config::from_toml("plead.toml", "[rules]\nstyle = \"off\"\n");
    assert!(run(&a, text, &config, &mut ParagraphCache::default()).is_empty());
}

#[test]
fn fixes_inside_pleading_lines_map_to_the_source() {
    // Pleading paper: each finding inside one line keeps its fix, mapped past the gutter.
    // (Fixes across a gutter are dropped: see document::offset_map tests.)
    let mut text = String::new();
    for n in 1..=12 {
        text.push_str(&format!(
            "{n}\tThis line of the pleading is ordinary prose number {n}, and LOUD.\n"
        ));
    }
    let a = Shouts::default();
    let f = run(
        &a,
        &text,
        &Config::default(),
        &mut ParagraphCache::default(),
    );
    let shouts: Vec<_> = f.iter().filter(|f| f.code == "style/shout").collect();
    assert_eq!(shouts.len(), 12);
    for s in shouts {
        assert_eq!(&text[s.span.start..s.span.end], "LOUD");
        assert_eq!(s.fixes.len(), 1);
        assert_eq!(s.fixes[0].edits[0].span, s.span);
    }
}

#[test]
fn cancellation_stops_the_run() {
    let a = Shouts::default();
    let r = analyze_with(
        &[&a],
        "LOUD.\n",
        Format::Plain,
        &Config::default(),
        &WorkspaceInputs::default(),
        &mut ParagraphCache::default(),
        &|| true,
    );
    assert!(r.is_none());
}
