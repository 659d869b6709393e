//! Reading `plead.toml` and LSP settings into a [`Config`].

use serde_json::Value;
use thiserror::Error;

use super::validate::{Checked, Known};
use super::Config;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// Parses TOML text into a JSON value with the config schema's keys.
fn toml_to_json(path: &str, text: &str) -> Result<Value, ConfigError> {
    let value: toml::Value = toml::from_str(text).map_err(|e| ConfigError::Invalid {
        path: path.to_string(),
        message: e.to_string().trim().replace('\n', " "),
    })?;
    serde_json::to_value(value).map_err(|e| ConfigError::Invalid {
        path: path.to_string(),
        message: e.to_string(),
    })
}

/// Parses `plead.toml`-style text into settings (JSON with the schema's keys). Only a
/// TOML syntax error fails: keys are checked one by one when the layers are merged
/// (see [`super::check`]), so one bad key never loses the others.
pub fn parse_toml(path: &str, text: &str) -> Result<Value, ConfigError> {
    toml_to_json(path, text)
}

/// Parses `plead.toml` text and checks it key by key: the settings that apply, and a
/// message (with its line) for each key dropped.
pub fn check_toml(path: &str, text: &str, rule_codes: &[&str]) -> Result<Checked, ConfigError> {
    let raw = toml_to_json(path, text)?;
    Ok(super::check(
        path,
        &raw,
        Known {
            rule_codes,
            toml: Some(text),
        },
    ))
}

/// Deep-merges `overlay` into `base` (objects merge key by key; anything else replaces).
pub fn merge_json(base: &mut Value, overlay: &Value) {
    match (base, overlay) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                if v.is_null() {
                    continue;
                }
                merge_json(b.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
        (b, o) => *b = o.clone(),
    }
}

impl Config {
    /// Builds a config from layers of JSON settings (later layers win). Each layer is
    /// checked key by key: a key that is unknown or has a bad value is named in a message
    /// and skipped, and every other key applies.
    pub fn from_layers(layers: &[(&str, Value)]) -> (Config, Vec<String>) {
        Config::from_layers_checked(layers, &[])
    }

    /// [`Config::from_layers`] that also names unknown rule codes in `rules` (given
    /// every rule code; `plead::engine::rule_codes()`).
    pub fn from_layers_checked(
        layers: &[(&str, Value)],
        rule_codes: &[&str],
    ) -> (Config, Vec<String>) {
        let mut merged = serde_json::to_value(Config::default()).unwrap_or(Value::Null);
        let mut problems = Vec::new();
        for (name, layer) in layers {
            let checked = super::check(
                name,
                layer,
                Known {
                    rule_codes,
                    toml: None,
                },
            );
            problems.extend(checked.problems);
            let mut candidate = merged.clone();
            merge_json(&mut candidate, &checked.value);
            // Each key was valid alone; together they are too, but never trust that blindly.
            match serde_json::from_value::<Config>(candidate.clone()) {
                Ok(_) => merged = candidate,
                Err(e) => problems.push(format!("{name}: {e}; these settings were ignored")),
            }
        }
        let config = serde_json::from_value(merged).unwrap_or_default();
        (config, problems)
    }

    /// Parses a `plead.toml` text; on a syntax error returns the defaults and the message.
    pub fn from_toml(path: &str, text: &str) -> (Config, Vec<String>) {
        match check_toml(path, text, &[]) {
            Ok(checked) => {
                let (config, mut problems) = Config::from_layers(&[(path, checked.value)]);
                problems.splice(0..0, checked.problems);
                (config, problems)
            }
            Err(e) => (Config::default(), vec![format!("{e}; using defaults")]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::RuleLevel;

    #[test]
    fn parses_rules_and_reports_bad_lines() {
        let (c, errs) = Config::from_toml(
            "plead.toml",
            "debounceMs = 0\ndictionary = [\"Ayobi\"]\n[rules]\n\"citation/reporter-form\" = \"off\"\ntypo = \"hint\"\n",
        );
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(c.debounce_ms, 0);
        assert_eq!(c.rule_level("citation/reporter-form"), Some(RuleLevel::Off));
        assert_eq!(c.rule_level("typo/misspelling"), Some(RuleLevel::Hint));

        // One bad key: named with its line, and the good key still applies.
        let (c, errs) = Config::from_toml("plead.toml", "debounceMs = 5\nbogus = 1\n");
        assert_eq!(c.debounce_ms, 5);
        assert_eq!(
            errs,
            vec!["plead.toml, line 2: unknown key `bogus`; ignored".to_string()]
        );

        let (_, errs) = Config::from_toml("plead.toml", "debounceMs = \n");
        assert!(errs[0].contains("line 1"), "{errs:?}");
    }

    #[test]
    fn layers_merge_and_bad_layer_is_skipped() {
        let (c, errs) = Config::from_layers(&[
            (
                "plead.toml",
                serde_json::json!({"debounceMs": 10, "dictionary": ["Ayobi"]}),
            ),
            ("settings", serde_json::json!({"debounceMs": "fast"})),
            ("settings2", serde_json::json!({"rules": {"typo": "off"}})),
        ]);
        assert_eq!(c.debounce_ms, 10);
        assert_eq!(c.dictionary, vec!["Ayobi".to_string()]);
        assert!(!c.is_enabled("typo/misspelling"));
        assert_eq!(errs.len(), 1);
        assert!(
            errs[0].starts_with("settings: `debounceMs`: invalid type"),
            "{errs:?}"
        );
    }
}
