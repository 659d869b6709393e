//! Every rule has an explanation for `plead explain`, and its examples are true: the
//! wrong one draws the rule, the right one does not.

use std::sync::Arc;

use plead::analysis::Severity;
use plead::cli::check::{check_text, check_text_in};
use plead::cli::explain::{example_name, explanation, render, EXPLANATIONS};
use plead::config::{Config, RuleLevel};
use plead::engine::{all_rules, Workspace};

#[test]
fn every_rule_is_explained_and_its_examples_hold() {
    let codes: Vec<&str> = all_rules().iter().map(|r| r.code).collect();
    for key in EXPLANATIONS.keys() {
        assert!(
            codes.contains(&key.as_str()),
            "explain.toml explains `{key}`, which is not a rule"
        );
    }
    for rule in all_rules() {
        let code = rule.code;
        // The example shows what the rule flags, so the rule is on at its declared
        // severity even where its measured precision turned it down by default.
        let mut config = Config::default();
        let level = match rule.default_severity {
            Severity::Error => RuleLevel::Error,
            Severity::Warning => RuleLevel::Warning,
            Severity::Info => RuleLevel::Info,
            Severity::Hint => RuleLevel::Hint,
        };
        config.rules.insert(code.to_string(), level);
        let config = &config;
        let e = explanation(code)
            .unwrap_or_else(|| panic!("`{code}` has no entry in src/cli/explain.toml"));
        assert!(
            !e.what.is_empty() && !e.why.is_empty() && !e.authority.is_empty(),
            "{code}"
        );
        let findings = |text: &str| match &e.docket {
            Some(csv) => {
                let dir = tempfile::tempdir().expect("temp dir");
                std::fs::write(dir.path().join("docket.csv"), csv).expect("docket");
                let (docket, warnings) =
                    plead::loader::index_workspace(dir.path(), &Config::default());
                assert!(
                    warnings.is_empty() && !docket.is_empty(),
                    "{code}: {warnings:?}"
                );
                let workspace = Workspace {
                    docket: Some(Arc::new(docket)),
                };
                check_text_in(text, example_name(e), config, &workspace)
            }
            None => check_text(text, example_name(e), config),
        };
        let wrong = findings(&e.wrong);
        assert!(
            wrong.iter().any(|f| f.code == code),
            "{code}: the wrong example does not draw the rule: {wrong:?}"
        );
        let right = findings(&e.right);
        assert!(
            right.is_empty(),
            "{code}: the right example draws {right:?}"
        );
        let shown = render(code).expect("rendered");
        assert!(
            shown.contains(e.wrong.lines().next().unwrap_or_default()),
            "{code}"
        );
        for line in shown.lines() {
            assert!(line.chars().count() <= 200, "{code}: {line}");
        }
    }
}
