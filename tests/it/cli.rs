//! `plead check` as a user and CI run it: formats, exit codes, folders, config.

use crate::cli_support::plead;

const SEED: &str = include_str!("../fixtures/ayobi-order.txt");

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("order.txt"), SEED).expect("write");
    dir
}

#[test]
fn human_output_looks_like_a_compiler() {
    let ws = workspace();
    let out = plead(&["check", "order.txt"], ws.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    // File line 26 (1-based), the F.Supp.2d of the full citation; caret under it; the fix.
    let at = stdout
        .find("order.txt:26:54: warning[citation/reporter-form]")
        .expect(&stdout);
    let block: Vec<&str> = stdout[at..].lines().take(5).collect();
    // The source line in a gutter with its line number in the file.
    assert!(
        block[1].starts_with("26 | 28 of cases.") && block[1].contains("673 F.Supp.2d 1063"),
        "{block:?}"
    );
    let caret = block[2].find('^').expect("caret");
    assert_eq!(&block[1][caret..caret + 9], "F.Supp.2d");
    assert_eq!(block[2].trim_start_matches([' ', '|']), "^^^^^^^^^");
    assert!(block[2].starts_with("   | "), "{block:?}");
    assert_eq!(
        block[3], "   = fix: Replace with “F. Supp. 2d”",
        "{block:?}"
    );
    assert_eq!(block[4], "", "a blank line after each finding");
    // Piped output has no colour, and ends with the summary.
    assert!(!stdout.contains('\x1b'));
    assert!(stdout.ends_with(" in 1 file.\n"), "{stdout}");
}

#[test]
fn json_output_is_one_lsp_diagnostic_object_per_file() {
    let ws = workspace();
    std::fs::write(ws.path().join("clean.md"), "Nothing to see here.\n").expect("write");
    let out = plead(&["check", "--format", "json", "."], ws.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    let clean = lines
        .iter()
        .find(|l| l["path"].as_str().unwrap().ends_with("clean.md"))
        .unwrap();
    assert_eq!(clean["diagnostics"], serde_json::json!([]));
    let order = lines
        .iter()
        .find(|l| l["path"].as_str().unwrap().ends_with("order.txt"))
        .unwrap();
    let diags = order["diagnostics"].as_array().unwrap();
    let d = diags
        .iter()
        .find(|d| d["code"] == "citation/reporter-form")
        .expect("reporter-form finding");
    assert_eq!(d["source"], "plead");
    assert_eq!(d["severity"], 2);
    // 0-based line 25, UTF-16 column 53 (the gutter "28" and a tab precede the text).
    assert_eq!(
        d["range"]["start"],
        serde_json::json!({"line": 25, "character": 53})
    );
    assert_eq!(
        d["range"]["end"],
        serde_json::json!({"line": 25, "character": 62})
    );
    assert!(d["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .contains("citation-reporter-form"));
    assert_eq!(d["fixes"][0]["edits"][0]["newText"], "F. Supp. 2d");
    assert_eq!(d["fixes"][0]["edits"][0]["range"], d["range"]);
}

#[test]
fn sarif_output_is_valid_and_lists_rules() {
    let ws = workspace();
    let out = plead(&["check", "--format", "sarif", "order.txt"], ws.path());
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert!(run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "citation/reporter-form"));
    let result = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "citation/reporter-form")
        .expect("result");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        26
    );
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startColumn"],
        54
    );
}

#[test]
fn exit_codes() {
    let ws = workspace();
    // Warnings only: 0.
    std::fs::write(
        ws.path().join("warn.txt"),
        "See Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (2006).\n",
    )
    .unwrap();
    assert_eq!(
        plead(&["check", "warn.txt"], ws.path()).status.code(),
        Some(0)
    );
    // An error-severity finding (a decision from the future): 1.
    std::fs::write(
        ws.path().join("future.txt"),
        "Smith v. Jones, 123 F.4th 456, 460 (9th Cir. 2099).\n",
    )
    .unwrap();
    let out = plead(&["check", "future.txt"], ws.path());
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Missing file and unknown flag: 2, with a message.
    let out = plead(&["check", "missing.txt"], ws.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
    assert_eq!(
        plead(&["check", "--bogus", "warn.txt"], ws.path())
            .status
            .code(),
        Some(2)
    );
    assert_eq!(plead(&["check"], ws.path()).status.code(), Some(2));
    let version = plead(&["--version"], ws.path());
    assert_eq!(version.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("plead "));
    assert_eq!(plead(&["--help"], ws.path()).status.code(), Some(0));
}

#[test]
fn folders_recurse_over_text_and_markdown_only() {
    let ws = tempfile::tempdir().unwrap();
    let sub = ws.path().join("briefs/2024");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(
        sub.join("a.md"),
        "Ashcroft v. Iqbal, 556 US 662, 678 (2009).\n",
    )
    .unwrap();
    std::fs::write(
        ws.path().join("b.txt"),
        "Ashcroft v. Iqbal, 556 US 662, 678 (2009).\n",
    )
    .unwrap();
    std::fs::write(
        ws.path().join("c.pdf"),
        "Ashcroft v. Iqbal, 556 US 662, 678 (2009).\n",
    )
    .unwrap();
    let out = plead(&["check", "--format", "json", "."], ws.path());
    let paths: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["path"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(
        paths.iter().any(|p| p.ends_with("a.md")) && paths.iter().any(|p| p.ends_with("b.txt"))
    );
}

#[test]
fn workspace_config_turns_rules_off_and_a_bad_value_is_named_and_skipped() {
    let ws = workspace();
    std::fs::write(
        ws.path().join("plead.toml"),
        "[rules]\n\"citation/reporter-form\" = \"off\"\n",
    )
    .unwrap();
    let out = plead(&["check", "--format", "json", "order.txt"], ws.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("citation/reporter-form"), "{stdout}");
    assert!(
        stdout.contains("citation/case-name-abbreviation"),
        "{stdout}"
    );

    std::fs::write(
        ws.path().join("plead.toml"),
        "[rules]\n\"citation/reporter-form\" = \"loud\"\n\"typo\" = \"off\"\n",
    )
    .unwrap();
    let out = plead(&["check", "--format", "json", "order.txt"], ws.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .contains("plead.toml, line 2: `rules.citation/reporter-form`: unknown variant `loud`")
            && stderr.contains("; ignored"),
        "{stderr}"
    );
    // The bad value is skipped; the key beside it still applies.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("citation/reporter-form"), "{stdout}");
    assert!(!stdout.contains("\"typo/"), "{stdout}");

    // An explicit --config that does not exist is a usage error.
    assert_eq!(
        plead(&["check", "--config", "nope.toml", "order.txt"], ws.path())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_workspace_of_many_broken_dockets_names_ten_and_sums_up_the_rest() {
    // A real PACER docket report cut short (no entries), saved twelve times in a folder
    // the user made a workspace: the findings must not drown in twelve warnings.
    let truncated = include_str!("../fixtures/docket-hostile/docket-truncated.html");
    let ws = workspace();
    std::fs::write(ws.path().join("plead.toml"), "").expect("write");
    for i in 1..=12 {
        std::fs::write(ws.path().join(format!("docket-{i:02}.html")), truncated).expect("write");
    }
    let out = plead(&["check", "order.txt"], ws.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let named = stderr
        .lines()
        .filter(|l| l.starts_with("plead: warning:") && l.contains("lists no entries"))
        .count();
    assert_eq!(named, 10, "{stderr}");
    assert!(
        stderr.contains("plead: note: 2 more docket file(s) below"),
        "{stderr}"
    );
    // The order is still checked.
    assert!(String::from_utf8_lossy(&out.stdout).contains("typo/to-not"));
}

/// `--config FILE` sets rule levels as a workspace `plead.toml` does: a rule turned off
/// draws nothing, a rule raised to `error` is reported as an error (LSP severity 1) and
/// fails the run, and without the file both are back at their defaults.
#[test]
fn an_explicit_config_file_sets_rule_levels() {
    let ws = workspace();
    let severities = |args: &[&str]| {
        let out = plead(args, ws.path());
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        let mut found: Vec<(String, u64)> = Vec::new();
        for line in stdout.lines().filter(|l| !l.trim().is_empty()) {
            let file: serde_json::Value = serde_json::from_str(line).expect("json line");
            for d in file["diagnostics"].as_array().into_iter().flatten() {
                let code = d["code"].as_str().unwrap_or_default().to_string();
                found.push((code, d["severity"].as_u64().unwrap_or(0)));
            }
        }
        (found, out.status.code())
    };
    let (default, _) = severities(&["check", "--format", "json", "order.txt"]);
    assert!(default.iter().any(|(c, _)| c == "citation/reporter-form"));
    assert!(default
        .iter()
        .any(|(c, s)| c == "citation/case-name-abbreviation" && *s != 1));

    std::fs::write(
        ws.path().join("levels.toml"),
        "[rules]\n\"citation/reporter-form\" = \"off\"\n\"citation/case-name-abbreviation\" = \"error\"\n",
    )
    .expect("write");
    let (set, status) = severities(&[
        "check",
        "--config",
        "levels.toml",
        "--format",
        "json",
        "order.txt",
    ]);
    assert!(
        !set.iter().any(|(c, _)| c == "citation/reporter-form"),
        "{set:?}"
    );
    let raised: Vec<_> = set
        .iter()
        .filter(|(c, _)| c == "citation/case-name-abbreviation")
        .collect();
    assert!(
        !raised.is_empty() && raised.iter().all(|(_, s)| *s == 1),
        "{set:?}"
    );
    assert_eq!(status, Some(1));
}
