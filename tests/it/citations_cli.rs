//! `plead cites` end to end: the binary on the seed order.

use std::process::Command;

use serde_json::Value;

fn plead(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_plead"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn cites_json_lists_every_citation_with_parsed_fields() {
    let (stdout, _, code) = plead(&[
        "cites",
        "--format",
        "json",
        "tests/fixtures/ayobi-order.txt",
    ]);
    assert_eq!(code, 0);
    let cites: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    let kinds: Vec<&str> = cites
        .iter()
        .map(|c| c["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        kinds,
        [
            "record",
            "statute",
            "full_case",
            "full_case",
            "short_case",
            "full_case"
        ]
    );
    let legalnet = &cites[2];
    assert_eq!(legalnet["path"], "tests/fixtures/ayobi-order.txt");
    assert_eq!(legalnet["case_name"], "American LegalNet, Inc. v. Davis");
    assert_eq!(legalnet["volume"], "673");
    assert_eq!(legalnet["reporter"], "F.Supp.2d");
    assert_eq!(legalnet["reporter_standard"], "F. Supp. 2d");
    assert_eq!(legalnet["first_page"], "1063");
    assert_eq!(legalnet["pin"], "1071");
    assert_eq!(legalnet["court"], "C.D. Cal.");
    assert_eq!(legalnet["year"], 2009);
    // LSP-style range: 0-based line 25 of the file, UTF-16 characters.
    assert_eq!(legalnet["range"]["start"]["line"], 25);
    let short = &cites[4];
    assert_eq!(short["antecedent"], 2);
    assert_eq!(short["pin"], "1072");
    assert_eq!(short["range"]["start"]["line"], 31);
    assert_eq!(
        short["range"]["end"]["line"], 32,
        "the short form runs onto the next line"
    );
    assert_eq!(cites[1]["section"], "1983");
    assert_eq!(cites[3]["case_name"], "Pueblo of Laguna v. United States");
    assert_eq!(
        cites[3]["court"],
        Value::Null,
        "Pueblo's court is not borrowed from its neighbour"
    );
}

#[test]
fn cites_human_and_bad_paths() {
    let (stdout, _, code) = plead(&["cites", "tests/fixtures/ayobi-order.txt"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("short_case: American LegalNet, Inc. , 673 F.Supp.2d at 1072  → #2"),
        "{stdout}"
    );
    let (_, stderr, code) = plead(&["cites", "tests/fixtures/no-such-file.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no-such-file"), "{stderr}");
}
