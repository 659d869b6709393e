//! Checking one layer of settings against the schema, key by key: an unknown key, a
//! value of the wrong type or an unknown rule code is named (with the key it was
//! probably meant to be) and dropped, and every other key still applies.

use serde_json::{Map, Value};

use super::Config;

/// A layer of settings after checking: what applies, and what was dropped and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checked {
    /// The layer without the keys named in `problems`.
    pub value: Value,
    /// One message per dropped key: `name, line N: unknown key …; ignored`.
    pub problems: Vec<String>,
}

/// What a layer is checked against besides the schema.
#[derive(Clone, Copy, Debug, Default)]
pub struct Known<'a> {
    /// Every rule code (`citation/reporter-form`); empty: rule codes are not checked.
    pub rule_codes: &'a [&'a str],
    /// The layer's TOML text, to name the line of each problem.
    pub toml: Option<&'a str>,
}

/// Checks `layer` (a JSON object with the schema's keys) named `name`.
pub fn check(name: &str, layer: &Value, known: Known) -> Checked {
    let schema = serde_json::to_value(Config::default()).unwrap_or(Value::Null);
    let mut problems = Vec::new();
    let value = match (layer, &schema) {
        (Value::Object(layer), Value::Object(schema)) => {
            let mut found = Vec::new();
            let kept = check_object(&[], schema, layer, known, &mut found);
            let mut located: Vec<(Option<usize>, String)> = found
                .into_iter()
                .map(|p| p.render(name, known.toml))
                .collect();
            // In the order of the file (keys come sorted by name), unlocated ones last.
            located.sort_by_key(|(line, _)| line.unwrap_or(usize::MAX));
            problems = located.into_iter().map(|(_, message)| message).collect();
            Value::Object(kept)
        }
        (Value::Null, _) => Value::Object(Map::new()),
        (other, _) => {
            problems.push(format!(
                "{name}: settings must be a table of keys, not {}; ignored",
                kind_of(other)
            ));
            Value::Object(Map::new())
        }
    };
    Checked { value, problems }
}

/// A problem with the key at `path` (dotted segments).
struct Problem {
    path: Vec<String>,
    message: String,
}

impl Problem {
    fn render(&self, name: &str, toml: Option<&str>) -> (Option<usize>, String) {
        let line = toml.and_then(|text| toml_line(text, &self.path));
        let message = match line {
            Some(line) => format!("{name}, line {line}: {}; ignored", self.message),
            None => format!("{name}: {}; ignored", self.message),
        };
        (line, message)
    }
}

fn check_object(
    path: &[String],
    schema: &Map<String, Value>,
    layer: &Map<String, Value>,
    known: Known,
    problems: &mut Vec<Problem>,
) -> Map<String, Value> {
    let mut kept = Map::new();
    for (key, value) in layer {
        let here: Vec<String> = path.iter().cloned().chain([key.clone()]).collect();
        // JSON settings use null for "not set": nothing to apply, nothing wrong.
        if value.is_null() {
            continue;
        }
        let Some(expected) = schema.get(key) else {
            let candidates: Vec<&str> = schema.keys().map(String::as_str).collect();
            problems.push(Problem {
                message: format!(
                    "unknown key `{}`{}",
                    dotted(&here),
                    did_you_mean(key, &candidates)
                ),
                path: here,
            });
            continue;
        };
        match (expected, value) {
            // A section (a struct: its defaults have keys): check key by key.
            (Value::Object(fields), Value::Object(inner)) if !fields.is_empty() => {
                let inner = check_object(&here, fields, inner, known, problems);
                kept.insert(key.clone(), Value::Object(inner));
            }
            // A map of user-chosen keys (`rules`, `record.preferredFormByCourt`): entry by entry.
            (Value::Object(fields), Value::Object(entries)) if fields.is_empty() => {
                let mut good = Map::new();
                for (entry, v) in entries {
                    let at: Vec<String> = here.iter().cloned().chain([entry.clone()]).collect();
                    if let Err(message) = applies(&at, v) {
                        problems.push(Problem { path: at, message });
                        continue;
                    }
                    if here.len() == 1 && here[0] == "rules" && !known.rule_codes.is_empty() {
                        if let Some(message) = unknown_rule(entry, known.rule_codes) {
                            problems.push(Problem { path: at, message });
                            continue;
                        }
                    }
                    good.insert(entry.clone(), v.clone());
                }
                kept.insert(key.clone(), Value::Object(good));
            }
            _ => match applies(&here, value) {
                Ok(()) => {
                    kept.insert(key.clone(), value.clone());
                }
                Err(message) => problems.push(Problem {
                    path: here,
                    message,
                }),
            },
        }
    }
    kept
}

/// Whether `value` at `path` alone, over the defaults, makes a valid configuration.
fn applies(path: &[String], value: &Value) -> Result<(), String> {
    let mut layer = value.clone();
    for segment in path.iter().rev() {
        let mut map = Map::new();
        map.insert(segment.clone(), layer);
        layer = Value::Object(map);
    }
    let mut merged = serde_json::to_value(Config::default()).unwrap_or(Value::Null);
    super::merge_json(&mut merged, &layer);
    match serde_json::from_value::<Config>(merged) {
        Ok(_) => Ok(()),
        Err(e) => {
            let error = e.to_string();
            let hint = value
                .as_str()
                .map(|got| did_you_mean(got, &expected_variants(&error)))
                .unwrap_or_default();
            Err(format!("`{}`: {error}{hint}", dotted(path)))
        }
    }
}

/// A message for a `rules` key that is neither a rule code nor a family.
fn unknown_rule(entry: &str, codes: &[&str]) -> Option<String> {
    let mut families: Vec<&str> = codes
        .iter()
        .map(|c| crate::vocabulary::family_of(c))
        .collect();
    families.sort_unstable();
    families.dedup();
    if codes.contains(&entry) || families.contains(&entry) {
        return None;
    }
    let candidates: Vec<&str> = codes.iter().chain(&families).copied().collect();
    Some(format!(
        "unknown rule `{entry}`{} (`plead rules` lists them)",
        did_you_mean(entry, &candidates)
    ))
}

/// The variants serde lists in "unknown variant `x`, expected one of `a`, `b`".
fn expected_variants(error: &str) -> Vec<&str> {
    let Some((_, list)) = error.split_once("expected one of ") else {
        return match error.split_once("expected `") {
            Some((_, rest)) => rest.split('`').next().into_iter().collect(),
            None => Vec::new(),
        };
    };
    list.split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| !s.is_empty())
        .collect()
}

/// ` (did you mean `x`?)` for the candidate closest to `got`, or nothing.
pub fn did_you_mean(got: &str, candidates: &[&str]) -> String {
    match closest(got, candidates) {
        Some(best) => format!(" (did you mean `{best}`?)"),
        None => String::new(),
    }
}

/// The candidate `got` was most probably meant to be: the same key spelled in another
/// case or with `_`/`-` (`debounce_ms` → `debounceMs`), else the most similar one.
pub fn closest<'a>(got: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let normal = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let wanted = normal(got);
    if let Some(same) = candidates.iter().find(|c| normal(c) == wanted) {
        return Some(same);
    }
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(&wanted, &normal(c)), *c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

fn dotted(path: &[String]) -> String {
    path.join(".")
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a table",
    }
}

/// The 1-based line of the TOML text that sets the key at `path` (`["rules",
/// "typo"]`): under its `[table]` header, as a dotted key, or in an inline table on
/// the line of its nearest parent. None when it cannot be told.
pub fn toml_line(text: &str, path: &[String]) -> Option<usize> {
    let mut table: Vec<String> = Vec::new();
    let mut best: Option<(usize, usize)> = None; // (matched segments, line)
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(header) = line.strip_prefix('[') {
            let header = header.trim_start_matches('[');
            let end = header.find(']').unwrap_or(header.len());
            table = key_segments(&header[..end]);
            let matched = common_prefix(&table, path);
            if matched == table.len() && matched > best.map_or(0, |b| b.0) {
                best = Some((matched, i + 1));
            }
            continue;
        }
        let Some(eq) = key_end(line) else { continue };
        let full: Vec<String> = table
            .iter()
            .cloned()
            .chain(key_segments(&line[..eq]))
            .collect();
        let matched = common_prefix(&full, path);
        if matched == full.len() && matched > best.map_or(0, |b| b.0) {
            best = Some((matched, i + 1));
            if matched == path.len() {
                break;
            }
        }
    }
    best.map(|(_, line)| line)
}

/// The byte offset of the `=` that ends the key of a `key = value` line.
fn key_end(line: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '=') => return Some(i),
            _ => {}
        }
    }
    None
}

/// `a."b.c" . d` → ["a", "b.c", "d"].
fn key_segments(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quote = None;
    for c in key.chars() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '.') => out.push(std::mem::take(&mut current)),
            (None, c) if c.is_whitespace() => {}
            (_, c) => current.push(c),
        }
    }
    out.push(current);
    out
}

fn common_prefix(a: &[String], b: &[String]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const CODES: &[&str] = &[
        "citation/reporter-form",
        "typo/misspelling",
        "style/pleaded",
    ];

    fn known(toml: Option<&str>) -> Known<'_> {
        Known {
            rule_codes: CODES,
            toml,
        }
    }

    #[test]
    fn unknown_keys_are_named_with_a_suggestion_and_the_rest_is_kept() {
        let toml = "debounce_ms = 5\ndictionary = [\"Ayobi\"]\n\n[citation]\nallowClosedUpReporters = true\n\n[record]\npinPage = \"ecf\"\npreferredForm = \"Dkt.\"\n";
        let layer = crate::config::parse_toml("plead.toml", toml).unwrap();
        let checked = check("plead.toml", &layer, known(Some(toml)));
        assert_eq!(
            checked.value,
            json!({"dictionary": ["Ayobi"], "record": {"preferredForm": "Dkt."}})
        );
        assert_eq!(
            checked.problems,
            vec![
                "plead.toml, line 1: unknown key `debounce_ms` (did you mean `debounceMs`?); ignored",
                "plead.toml, line 4: unknown key `citation` (did you mean `citations`?); ignored",
                "plead.toml, line 8: unknown key `record.pinPage` (did you mean `pinPages`?); ignored",
            ]
        );
    }

    #[test]
    fn unknown_rule_codes_and_bad_levels_are_named_and_dropped() {
        let toml = "[rules]\n\"citation/reporter-spacing\" = \"hint\"\ntypo = \"warn\"\n\"style/pleaded\" = \"off\"\ncitation = \"error\"\n";
        let layer = crate::config::parse_toml("plead.toml", toml).unwrap();
        let checked = check("plead.toml", &layer, known(Some(toml)));
        assert_eq!(
            checked.value,
            json!({"rules": {"style/pleaded": "off", "citation": "error"}})
        );
        assert_eq!(checked.problems.len(), 2, "{:?}", checked.problems);
        assert!(checked.problems[0].starts_with(
            "plead.toml, line 2: unknown rule `citation/reporter-spacing` (did you mean `citation/reporter-form`?)"
        ), "{:?}", checked.problems);
        assert!(
            checked.problems[1]
                .starts_with("plead.toml, line 3: `rules.typo`: unknown variant `warn`")
                && checked.problems[1].contains("(did you mean `warning`?)"),
            "{:?}",
            checked.problems
        );
    }

    #[test]
    fn wrong_types_are_named_and_dropped() {
        let checked = check(
            "editor settings",
            &json!({"debounceMs": "soon", "authorities": {"online": "yes", "inlayHints": false}, "docket": null}),
            Known::default(),
        );
        assert_eq!(checked.value, json!({"authorities": {"inlayHints": false}}));
        assert_eq!(checked.problems.len(), 2);
        assert!(
            checked.problems[0].starts_with("editor settings: `authorities.online`: invalid type")
        );
        assert!(checked.problems[1].starts_with("editor settings: `debounceMs`: invalid type"));
        // Rule codes are checked only when the caller knows them.
        let checked = check("s", &json!({"rules": {"nope/x": "off"}}), Known::default());
        assert!(checked.problems.is_empty());
        let checked = check("s", &json!([1]), Known::default());
        assert_eq!(
            checked.problems,
            vec!["s: settings must be a table of keys, not a list; ignored"]
        );
    }

    #[test]
    fn lines_are_found_under_tables_dotted_keys_and_inline_tables() {
        let text = "a = 1\n[record]\n# note\npinPages = 1\n[rules]\n\"typo/x\" = 1\nrecord.preferredForm = 2\nx = { y = 1 }\n";
        let path = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(toml_line(text, &path(&["a"])), Some(1));
        assert_eq!(toml_line(text, &path(&["record", "pinPages"])), Some(4));
        assert_eq!(toml_line(text, &path(&["rules", "typo/x"])), Some(6));
        assert_eq!(toml_line(text, &path(&["record"])), Some(2));
        assert_eq!(toml_line(text, &path(&["rules", "x", "y"])), Some(8));
        assert_eq!(toml_line(text, &path(&["nothing"])), None);
    }
}
