//! Configuration layers of the server: defaults ← `plead.toml` at the workspace root
//! ← `initializationOptions` ← the editor's `plead` settings section.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::config::Config;

pub const CONFIG_FILE: &str = "plead.toml";

#[derive(Default)]
pub struct Settings {
    pub root: Option<PathBuf>,
    pub init_options: Option<Value>,
    /// The `plead` section pushed by or pulled from the client.
    pub client: Option<Value>,
}

/// The effective configuration and the problems met while building it.
pub struct Loaded {
    pub config: Config,
    pub problems: Vec<String>,
}

impl Settings {
    pub fn config_path(&self) -> Option<PathBuf> {
        self.root.as_ref().map(|r| r.join(CONFIG_FILE))
    }

    /// Reads `plead.toml` (if any) and merges the layers. A broken file or layer is
    /// reported and skipped; the other layers still apply.
    pub fn load(&self) -> Loaded {
        let mut layers: Vec<(String, Value)> = Vec::new();
        let mut problems = Vec::new();
        if let Some(path) = self.config_path().filter(|p| p.is_file()) {
            match crate::loader::config_file(&path) {
                Ok(checked) => {
                    problems.extend(checked.problems);
                    layers.push((path.display().to_string(), checked.value));
                }
                Err(e) => problems.push(format!("{e}; its settings were ignored")),
            }
        }
        if let Some(v) = self.init_options.as_ref().filter(|v| v.is_object()) {
            layers.push(("initializationOptions".into(), section(v)));
        }
        if let Some(v) = self.client.as_ref().filter(|v| v.is_object()) {
            layers.push(("editor settings (plead)".into(), section(v)));
        }
        let borrowed: Vec<(&str, Value)> = layers
            .iter()
            .map(|(n, v)| (n.as_str(), v.clone()))
            .collect();
        let (config, errors) = Config::from_layers_checked(&borrowed, &crate::engine::rule_codes());
        problems.extend(errors);
        Loaded { config, problems }
    }
}

/// Settings may arrive wrapped in their section name (`{"plead": {...}}`) or bare.
pub fn section(v: &Value) -> Value {
    match v.get("plead") {
        Some(inner) if inner.is_object() => inner.clone(),
        _ => v.clone(),
    }
}

/// Adds `word` to the `dictionary` array of the TOML file at `path`, creating the file
/// if needed and keeping everything else (comments, order, formatting) as it was.
/// Returns false when the word was already there.
pub fn add_dictionary_word(path: &Path, word: &str) -> anyhow::Result<bool> {
    use anyhow::Context;
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let mut doc: toml_edit::DocumentMut = text.parse().with_context(|| {
        format!(
            "{} is not valid TOML; fix it before adding words",
            path.display()
        )
    })?;
    let entry = doc
        .entry("dictionary")
        .or_insert_with(|| toml_edit::value(toml_edit::Array::new()));
    let array = entry.as_array_mut().with_context(|| {
        format!(
            "`dictionary` in {} is not an array of words",
            path.display()
        )
    })?;
    if array.iter().any(|v| v.as_str() == Some(word)) {
        return Ok(false);
    }
    array.push(word);
    std::fs::write(path, doc.to_string())
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_words_and_keeps_the_rest_of_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        assert!(add_dictionary_word(&path, "Ayobi").unwrap());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap().trim(),
            "dictionary = [\"Ayobi\"]"
        );

        std::fs::write(
            &path,
            "# my settings\ndebounceMs = 10\n\n[rules]\ntypo = \"hint\"\n",
        )
        .unwrap();
        assert!(add_dictionary_word(&path, "Jaime").unwrap());
        assert!(!add_dictionary_word(&path, "Jaime").unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# my settings\ndebounceMs = 10\n"),
            "{text}"
        );
        let (config, errors) = Config::from_toml("plead.toml", &text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(config.dictionary, vec!["Jaime".to_string()]);
        assert_eq!(config.debounce_ms, 10);

        std::fs::write(&path, "dictionary = [").unwrap();
        assert!(add_dictionary_word(&path, "x").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "dictionary = [");
    }

    #[test]
    fn layers_apply_in_order_and_name_the_broken_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(CONFIG_FILE),
            "debounceMs = 7\ndictionary = [\"Ayobi\"]\n",
        )
        .unwrap();
        let mut s = Settings {
            root: Some(dir.path().to_path_buf()),
            ..Settings::default()
        };
        assert_eq!(s.load().config.debounce_ms, 7);
        s.init_options = Some(serde_json::json!({"debounceMs": 3}));
        assert_eq!(s.load().config.debounce_ms, 3);
        s.client = Some(serde_json::json!({"plead": {"debounceMs": 0}}));
        let loaded = s.load();
        assert_eq!(loaded.config.debounce_ms, 0);
        assert_eq!(loaded.config.dictionary, vec!["Ayobi".to_string()]);

        std::fs::write(dir.path().join(CONFIG_FILE), "debounceMs = 7\nbogus = 1\n").unwrap();
        let loaded = s.load();
        assert!(
            loaded.problems[0].contains("plead.toml") && loaded.problems[0].contains("line 2"),
            "{:?}",
            loaded.problems
        );
        assert_eq!(loaded.config.debounce_ms, 0);
    }
}
