//! `plead explain CODE`: what a rule flags, why, the rule of citation or usage it
//! follows, and a wrong and a right example, with what plead reports on the wrong one
//! (run live, so the example cannot drift from the checker).
//!
//! The explanations live in `explain.toml` beside this file; a test checks that every
//! rule has one, that its wrong example draws the rule and its right example does not.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::config::{self, Config};
use crate::engine::all_rules;

/// One rule's explanation.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Explanation {
    /// What the rule flags, in a sentence or two.
    pub what: String,
    /// Why it matters to the reader of a filing.
    pub why: String,
    /// The rule of citation or usage it follows (Bluebook rule, table, or usage guide).
    pub authority: String,
    /// Text the rule flags.
    pub wrong: String,
    /// The same text written as the rule wants it.
    pub right: String,
    /// Whether the examples are Markdown (default: plain text).
    #[serde(default)]
    pub markdown: bool,
    /// A `docket.csv` the examples are checked against (record rules need the docket).
    #[serde(default)]
    pub docket: Option<String>,
}

const SOURCE: &str = include_str!("explain.toml");

/// Every explanation by rule code.
pub static EXPLANATIONS: LazyLock<BTreeMap<String, Explanation>> =
    LazyLock::new(|| toml::from_str(SOURCE).unwrap_or_default());

/// The explanation of `code`, if the rule exists and has one.
pub fn explanation(code: &str) -> Option<&'static Explanation> {
    EXPLANATIONS.get(code)
}

/// The file name the examples are checked under.
pub fn example_name(e: &Explanation) -> &'static str {
    if e.markdown {
        "example.md"
    } else {
        "example.txt"
    }
}

pub fn run(code: &str) -> ExitCode {
    let rules = all_rules();
    let Some(rule) = rules.iter().find(|r| r.code == code) else {
        let codes: Vec<&str> = rules.iter().map(|r| r.code).collect();
        eprintln!(
            "plead: unknown rule `{code}`{}; `plead rules` lists them",
            config::did_you_mean(code, &codes)
        );
        return ExitCode::from(2);
    };
    match render(code) {
        Some(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        None => {
            println!(
                "{}  ({})\n\n{}",
                rule.code,
                rule.default_severity.as_str(),
                rule.summary
            );
            ExitCode::SUCCESS
        }
    }
}

/// The explanation of `code` as `plead explain` prints it.
pub fn render(code: &str) -> Option<String> {
    let rules = all_rules();
    let rule = rules.iter().find(|r| r.code == code)?;
    let e = explanation(code)?;
    let mut out = String::new();
    let fixable = example_findings(e, &e.wrong)
        .iter()
        .any(|f| f.code == code && f.fixes.iter().any(|x| x.preferred));
    out.push_str(&format!(
        "{}  ({} by default{})\n\n",
        rule.code,
        rule.default_severity.as_str(),
        if fixable {
            "; `plead check --fix` fixes it"
        } else {
            ""
        }
    ));
    section(&mut out, "What it flags", &wrap(&e.what, WIDTH));
    section(&mut out, "Why", &wrap(&e.why, WIDTH));
    section(&mut out, "Rule", &wrap(&e.authority, WIDTH));
    section(&mut out, "Wrong", &e.wrong);
    let findings: Vec<_> = example_findings(e, &e.wrong)
        .into_iter()
        .filter(|f| f.code == code)
        .collect();
    if !findings.is_empty() {
        let mut shown = Vec::new();
        let palette = super::render::Palette::default();
        let _ = super::render::human(
            &mut shown,
            std::path::Path::new(example_name(e)),
            &e.wrong,
            &findings,
            &palette,
            &super::render::no_place,
        );
        // As the command line prints it, not indented.
        out.push_str("plead check reports\n");
        out.push_str(String::from_utf8_lossy(&shown).trim_end());
        out.push_str("\n\n");
    } else if e.docket.is_some() {
        section(
            &mut out,
            "plead check reports",
            "(this rule checks record cites against the case's docket: it needs a docket in the workspace)",
        );
    }
    section(&mut out, "Right", &e.right);
    section(
        &mut out,
        "Configure (plead.toml)",
        &format!(
            "[rules]\n\"{code}\" = \"off\"   # or \"error\", \"warning\", \"info\", \"hint\"\n\nOr silence one place with a comment on the line before it:\n{}   (Markdown or text)\n{}   (plain text)",
            crate::document::directives::disable_next_line(code, true),
            crate::document::directives::disable_next_line(code, false),
        ),
    );
    Some(out)
}

/// What plead finds in an example (without a docket).
pub fn example_findings(e: &Explanation, text: &str) -> Vec<crate::analysis::Finding> {
    super::check::check_text(text, example_name(e), &Config::default())
}

/// Prose sections are wrapped to this many characters (plus the indent).
const WIDTH: usize = 86;

/// `text` broken into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += len;
    }
    out
}

fn section(out: &mut String, title: &str, body: &str) {
    out.push_str(title);
    out.push('\n');
    for line in body.trim_end().lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push('\n');
}
