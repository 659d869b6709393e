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

/// Every rule code the documentation names exists (the editors' README once told users
/// to configure `citation/reporter-spacing`, which never did). A code quoted as what
/// plead reports as unknown is the exception.
#[test]
fn documented_rule_codes_exist() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("README.md"),
        root.join("editors/README.md"),
        root.join("editors/vscode/README.md"),
    ];
    let mut docs: Vec<_> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    let codes: Vec<&str> = plead::engine::all_rules().iter().map(|r| r.code).collect();
    let code =
        regex::Regex::new(r"\b(citation|typo|record|style)/[a-z][a-z0-9-]*[a-z0-9]").unwrap();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for m in code.find_iter(&text) {
            let quoted_as_unknown = text[..m.start()].ends_with("unknown rule `");
            assert!(
                codes.contains(&m.as_str()) || quoted_as_unknown,
                "{} names `{}`, which is not a rule (`plead rules` lists them)",
                file.display(),
                m.as_str()
            );
        }
    }
}
