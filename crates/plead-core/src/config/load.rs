//! Reading `plead.toml` and LSP settings into a [`Config`].

use serde_json::Value;
use thiserror::Error;

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

/// Loads `plead.toml`-style text, validating it against the schema.
pub fn parse_toml(path: &str, text: &str) -> Result<Value, ConfigError> {
    let json = toml_to_json(path, text)?;
    // Validate now so the message names this file.
    serde_json::from_value::<Config>(json.clone()).map_err(|e| ConfigError::Invalid {
        path: path.to_string(),
        message: format!("{e}{}", locate_key(text, &e.to_string())),
    })?;
    Ok(json)
}

/// serde_json errors on a converted value lose TOML line numbers; find the key's line by name.
fn locate_key(text: &str, message: &str) -> String {
    let key = message.split('`').nth(1).unwrap_or("");
    if key.is_empty() {
        return String::new();
    }
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with(key) && t[key.len()..].trim_start().starts_with('=') {
            return format!(" (line {})", i + 1);
        }
    }
    String::new()
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
    /// Builds a config from layers of JSON settings (later layers win). Invalid layers are
    /// reported and skipped, so one bad key never loses the rest of the user's settings.
    pub fn from_layers(layers: &[(&str, Value)]) -> (Config, Vec<String>) {
        let mut merged = serde_json::to_value(Config::default()).unwrap_or(Value::Null);
        let mut errors = Vec::new();
        for (name, layer) in layers {
            let mut candidate = merged.clone();
            merge_json(&mut candidate, layer);
            match serde_json::from_value::<Config>(candidate.clone()) {
                Ok(_) => merged = candidate,
                Err(e) => errors.push(format!("{name}: {e}; these settings were ignored")),
            }
        }
        let config = serde_json::from_value(merged).unwrap_or_default();
        (config, errors)
    }

    /// Parses a `plead.toml` text; on error returns the defaults and the message.
    pub fn from_toml(path: &str, text: &str) -> (Config, Vec<String>) {
        match parse_toml(path, text) {
            Ok(v) => Config::from_layers(&[(path, v)]),
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

        let (c, errs) = Config::from_toml("plead.toml", "debounceMs = 5\nbogus = 1\n");
        assert_eq!(c, Config::default());
        assert!(
            errs[0].contains("bogus") && errs[0].contains("line 2"),
            "{errs:?}"
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
    }
}
