//! The README cannot drift from the code: its rule table is the generated one, and
//! every configuration key is documented.

const README: &str = include_str!("../../README.md");

#[test]
fn rule_table_matches_the_code() {
    let start = README
        .find("<!-- rules:start -->\n")
        .expect("rules:start marker")
        + "<!-- rules:start -->\n".len();
    let end = README.find("<!-- rules:end -->").expect("rules:end marker");
    let generated = plead::cli::rules_markdown();
    assert_eq!(
        &README[start..end],
        generated,
        "README.md's rule table is stale: replace it with the output of `plead rules --markdown`"
    );
}

/// Dotted paths of every key of the configuration schema (`citations.allowClosedUpReporters`).
fn config_keys(prefix: &str, value: &serde_json::Value, out: &mut Vec<String>) {
    if let serde_json::Value::Object(map) = value {
        for (k, v) in map {
            let path = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            // `rules` is a map of user-chosen keys, documented as a whole.
            if v.is_object() && k != "rules" && !v.as_object().is_some_and(|m| m.is_empty()) {
                config_keys(&path, v, out);
            } else {
                out.push(path);
            }
        }
    }
}

#[test]
fn every_configuration_key_is_documented() {
    let defaults =
        serde_json::to_value(plead::config::Config::default()).expect("config serializes");
    let mut keys = Vec::new();
    config_keys("", &defaults, &mut keys);
    assert!(keys.len() >= 10, "{keys:?}");
    for key in keys {
        assert!(
            README.contains(&format!("| `{key}` |")),
            "configuration key `{key}` is not documented in README.md's Configuration table"
        );
    }
}

#[test]
fn quick_start_commands_are_the_ones_ci_runs() {
    assert!(README.contains("cargo run --release -- check examples/"));
    assert!(README.contains("\ncargo test "));
    let ci = include_str!("../../.ci/run");
    assert!(
        ci.contains("\ncargo test "),
        ".ci/run must run the README's test command"
    );
    assert!(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/ayobi-order.txt")
        .is_file());
}
