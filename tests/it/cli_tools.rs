//! `plead check` as the checkers lawyers' IT already runs (rustc, ruff, typos): trimmed
//! context, colour, the summary line, concise and GitHub formats, --fix/--diff, stdin,
//! --deny, suppression comments, .gitignore, `plead init`, `plead explain` and the
//! configuration warnings — all through the real binary.

use crate::cli_support::{plead, plead_env, plead_stdin, text};
use std::path::Path;

const SEED: &str = include_str!("../fixtures/ayobi-order.txt");

fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, content) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(path, content).expect("write");
    }
    dir
}

/// A Markdown brief whose paragraphs are single lines of several thousand characters,
/// as editors save them: the real opinions of tests/fixtures/opinions, one line each.
fn long_paragraph_markdown() -> String {
    let opinions = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    let mut files: Vec<_> = std::fs::read_dir(opinions)
        .expect("opinions")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let mut out = String::new();
    for file in files.iter().take(3) {
        let opinion = std::fs::read_to_string(file).expect("opinion");
        let words: Vec<&str> = opinion.split_whitespace().collect();
        // Paragraphs of 600 words (3,000–4,500 characters) on one line each.
        for chunk in words.chunks(600) {
            out.push_str(&chunk.join(" "));
            out.push_str("\n\n");
        }
    }
    out
}

#[test]
fn long_markdown_paragraphs_print_a_window_around_each_finding() {
    let brief = long_paragraph_markdown();
    let longest = brief.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest >= 3_000, "{longest}");
    let ws = dir_with(&[("brief.md", &brief)]);
    let out = plead(&["check", "brief.md"], ws.path());
    let stdout = text(&out.stdout);
    let findings = stdout.matches("brief.md:").count();
    assert!(findings > 20, "{stdout}");
    for line in stdout.lines() {
        assert!(
            line.chars().count() <= 200,
            "an output line of {} characters: {line}",
            line.chars().count()
        );
    }
    // Output in proportion to the findings, not to findings × paragraph length.
    assert!(stdout.len() < findings * 1_000, "{} bytes", stdout.len());
    // A cut window: `…` on the cut sides, the gutter has the file's line number, and
    // the caret sits under the finding's own text.
    let json = plead(&["check", "--format", "json", "brief.md"], ws.path());
    let diagnostics: serde_json::Value =
        serde_json::from_str(text(&json.stdout).lines().next().unwrap()).unwrap();
    let d = &diagnostics["diagnostics"][diagnostics["diagnostics"].as_array().unwrap().len() / 2];
    let line = d["range"]["start"]["line"].as_u64().unwrap() as usize;
    let source_line = brief.lines().nth(line).unwrap();
    let start = d["range"]["start"]["character"].as_u64().unwrap() as usize;
    let end = d["range"]["end"]["character"].as_u64().unwrap() as usize;
    let flagged: String = source_line
        .encode_utf16()
        .skip(start)
        .take(end - start)
        .map(|u| char::from_u32(u32::from(u)).unwrap_or('?'))
        .collect();
    let header = format!("brief.md:{}:{}:", line + 1, start + 1);
    let at = stdout
        .find(&header)
        .unwrap_or_else(|| panic!("{header} in {stdout}"));
    let block: Vec<&str> = stdout[at..].lines().take(3).collect();
    let gutter = format!("{} | ", line + 1);
    assert!(block[1].starts_with(&gutter), "{block:?}");
    assert!(block[1].contains('…'), "{block:?}");
    let shown: Vec<char> = block[1][gutter.len()..].chars().collect();
    let caret_line: Vec<char> = block[2].chars().collect();
    let caret_at = caret_line.iter().position(|&c| c == '^').unwrap() - gutter.chars().count();
    let under: String = shown
        [caret_at..caret_at + flagged.chars().count().min(shown.len() - caret_at)]
        .iter()
        .collect();
    assert!(
        flagged.starts_with(&under),
        "{under:?} under the caret, {flagged:?} flagged"
    );
}

#[test]
fn colour_follows_the_flag_the_terminal_and_no_color() {
    let ws = dir_with(&[("order.txt", SEED)]);
    let args = |color: &'static str| ["check", "--color", color, "order.txt"];
    let always = text(&plead(&args("always"), ws.path()).stdout);
    assert!(always.contains("\x1b["), "{always}");
    // The finding's label in its severity's colour (yellow for a warning).
    assert!(
        always.contains("\x1b[1m\x1b[33mwarning[citation/reporter-form]")
            || always.contains("\x1b[1;33mwarning[citation/reporter-form]"),
        "{always}"
    );
    assert!(!text(&plead(&args("never"), ws.path()).stdout).contains('\x1b'));
    // auto: a pipe is not a terminal.
    assert!(!text(&plead(&args("auto"), ws.path()).stdout).contains('\x1b'));
    // CLICOLOR_FORCE colours a pipe, unless NO_COLOR says otherwise; --color always wins.
    let forced = plead_env(&args("auto"), ws.path(), &[("CLICOLOR_FORCE", "1")]);
    assert!(text(&forced.stdout).contains('\x1b'));
    let both = plead_env(
        &args("auto"),
        ws.path(),
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
    );
    assert!(!text(&both.stdout).contains('\x1b'));
    let always_no_color = plead_env(&args("always"), ws.path(), &[("NO_COLOR", "1")]);
    assert!(text(&always_no_color.stdout).contains('\x1b'));
    // Machine formats never carry colour.
    let json = plead(
        &[
            "check",
            "--color",
            "always",
            "--format",
            "json",
            "order.txt",
        ],
        ws.path(),
    );
    assert!(!text(&json.stdout).contains('\x1b'));
}

#[test]
fn summary_concise_and_github_formats() {
    let ws = dir_with(&[
        ("order.txt", SEED),
        ("clean.md", "Nothing to see here.\n"),
        (
            "future.txt",
            "Smith v. Jones, 123 F.4th 456, 460 (9th Cir. 2099).\n",
        ),
    ]);
    let out = plead(&["check", "."], ws.path());
    let stdout = text(&out.stdout);
    let summary = stdout.lines().last().unwrap();
    // Which rules are on follows the shipped precision table (a rule under the bar is off), so
    // the expected summary counts what was printed.
    let warnings = stdout.matches(": warning[").count();
    let infos = stdout.matches(": info[").count();
    let hints = stdout.matches(": hint[").count();
    let mut parts = vec!["1 error".to_string(), format!("{warnings} warnings")];
    for (n, one, many) in [(infos, "info", "infos"), (hints, "hint", "hints")] {
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    }
    assert_eq!(
        summary,
        format!("{} in 2 of 3 files.", parts.join(", ")),
        "{stdout}"
    );
    assert_eq!(out.status.code(), Some(1));
    let clean = plead(&["check", "clean.md"], ws.path());
    assert_eq!(text(&clean.stdout), "No problems in 1 file.\n");

    // concise: one line per finding, then the summary.
    let concise = text(&plead(&["check", "--format", "concise", "order.txt"], ws.path()).stdout);
    let lines: Vec<&str> = concise.lines().collect();
    assert!(
        lines[..lines.len() - 1]
            .iter()
            .all(|l| l.starts_with("order.txt:")
                && [": warning[", ": info[", ": hint["]
                    .iter()
                    .any(|s| l.contains(s))),
        "{concise}"
    );
    assert!(lines.contains(&"order.txt:26:54: warning[citation/reporter-form]: Reporter “F.Supp.2d” is written “F. Supp. 2d” (Bluebook R6.1(a), T1)."), "{concise}");
    assert_eq!(lines.len(), warnings + infos + hints + 1);

    // github: workflow commands, nothing else on stdout.
    let github = plead(&["check", "--format", "github", "."], ws.path());
    let github = text(&github.stdout);
    assert!(github.lines().all(|l| l.starts_with("::")), "{github}");
    assert!(
        github.contains("::error file=future.txt,line=1,col="),
        "{github}"
    );
    assert!(github.contains(
        "::warning file=order.txt,line=26,col=54,endLine=26,endColumn=63,title=plead citation/reporter-form::Reporter “F.Supp.2d” is written “F. Supp. 2d” (Bluebook R6.1(a), T1). (fix: Replace with “F. Supp. 2d”)"
    ), "{github}");
}

#[test]
fn deny_warnings_fails_on_warnings() {
    let ws = dir_with(&[(
        "warn.txt",
        "See Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (2006).\n",
    )]);
    assert_eq!(
        plead(&["check", "warn.txt"], ws.path()).status.code(),
        Some(0)
    );
    for level in ["warnings", "warning", "hints"] {
        let out = plead(&["check", "--deny", level, "warn.txt"], ws.path());
        assert_eq!(out.status.code(), Some(1), "--deny {level}");
    }
    assert_eq!(
        plead(&["check", "--deny", "loud", "warn.txt"], ws.path())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn fix_applies_the_safe_fixes_and_diff_shows_them() {
    let ws = dir_with(&[("order.txt", SEED)]);
    // --diff: a unified diff, the file untouched, exit code 1 (there is something to fix).
    let diff = plead(&["check", "--diff", "order.txt"], ws.path());
    assert_eq!(diff.status.code(), Some(1));
    let patch = text(&diff.stdout);
    assert!(
        patch.starts_with("--- a/order.txt\n+++ b/order.txt\n"),
        "{patch}"
    );
    let changed = |sign: char, cite: &str| {
        patch
            .lines()
            .any(|l| l.starts_with(sign) && l.contains(cite))
    };
    assert!(changed('-', "673 F.Supp.2d 1063, 1071"), "{patch}");
    assert!(changed('+', "673 F. Supp. 2d 1063, 1071"), "{patch}");
    assert!(
        text(&diff.stderr).contains("Would fix "),
        "{}",
        text(&diff.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(ws.path().join("order.txt")).unwrap(),
        SEED
    );

    // --fix: the same change written; only preferred fixes; the rest of the text intact.
    let fixed = plead(&["check", "--fix", "order.txt"], ws.path());
    let after = std::fs::read_to_string(ws.path().join("order.txt")).unwrap();
    assert!(after.contains("673 F. Supp. 2d 1063") && !after.contains("F.Supp.2d"));
    assert!(
        after.contains("UNITED STATES DISTRICT COURT"),
        "the OCR split is joined"
    );
    // Applying the diff to the original gives exactly the fixed file.
    assert_eq!(apply_unified_diff(SEED, &patch), after);
    // Nothing but the fixes changed: same number of lines, and every changed line is
    // one a finding was on.
    assert_eq!(after.lines().count(), SEED.lines().count());
    let stdout = text(&fixed.stdout);
    assert!(
        stdout.lines().last().unwrap().starts_with("Fixed "),
        "{stdout}"
    );
    assert!(!stdout.contains("citation/reporter-form"), "{stdout}");
    // A second run has nothing left to fix.
    let again = plead(&["check", "--diff", "order.txt"], ws.path());
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(text(&again.stdout), "");
    // No temporary file is left in the folder.
    let names: Vec<_> = std::fs::read_dir(ws.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

/// Applies a unified diff (as `patch` would) to `text`.
fn apply_unified_diff(text: &str, diff: &str) -> String {
    let old: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::new();
    let mut at = 0;
    let mut lines = diff.split_inclusive('\n').skip(2).peekable();
    while let Some(line) = lines.next() {
        if let Some(header) = line.strip_prefix("@@ -") {
            let start: usize = header.split([',', ' ']).next().unwrap().parse().unwrap();
            while at + 1 < start {
                out.push_str(old[at]);
                at += 1;
            }
            while let Some(l) = lines.next_if(|l| !l.starts_with("@@")) {
                match l.as_bytes()[0] {
                    b' ' => {
                        out.push_str(&l[1..]);
                        at += 1;
                    }
                    b'-' => at += 1,
                    b'+' => out.push_str(&l[1..]),
                    _ => {}
                }
            }
        }
    }
    for l in &old[at..] {
        out.push_str(l);
    }
    out
}

#[test]
fn fix_never_rewrites_text_it_could_not_read_as_it_was() {
    // Latin-1 bytes: not UTF-8, so plead would not write them back as they were.
    let ws = tempfile::tempdir().unwrap();
    let mut bytes =
        b"Leon v. IDX Systems Corp., 464 F.Supp.2d 951 (D. Or. 2006). D\xe9fendant.\n".to_vec();
    bytes.extend_from_slice(b"\n");
    std::fs::write(ws.path().join("latin1.txt"), &bytes).unwrap();
    let out = plead(&["check", "--fix", "latin1.txt"], ws.path());
    assert_eq!(std::fs::read(ws.path().join("latin1.txt")).unwrap(), bytes);
    assert!(
        text(&out.stderr).contains("not fixed"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn standard_input_is_checked_under_its_given_name() {
    let ws = dir_with(&[(
        "briefs/plead.toml",
        "[rules]\n\"citation/reporter-form\" = \"error\"\n",
    )]);
    let brief = "See Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006); American LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063, 1071 (C.D. Cal. 2009).\n";
    // Plain `-`: read, and reported as <stdin>.
    let col = brief.find("F.Supp.2d").unwrap() + 1;
    let out = plead_stdin(
        &["check", "--format", "concise", "-"],
        ws.path(),
        brief.as_bytes(),
    );
    assert!(
        text(&out.stdout).contains(&format!("<stdin>:1:{col}: warning[citation/reporter-form]")),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(out.status.code(), Some(0));
    // --stdin-filename: its name in the output, and the plead.toml above it applies.
    let out = plead_stdin(
        &[
            "check",
            "--format",
            "concise",
            "--stdin-filename",
            "briefs/motion.md",
            "-",
        ],
        ws.path(),
        brief.as_bytes(),
    );
    assert!(
        text(&out.stdout).contains(&format!(
            "briefs/motion.md:1:{col}: error[citation/reporter-form]"
        )),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(out.status.code(), Some(1));
    // --fix on stdin is a filter: the fixed text on stdout, findings on stderr.
    let out = plead_stdin(&["check", "--fix", "-"], ws.path(), brief.as_bytes());
    assert_eq!(text(&out.stdout), brief.replace("F.Supp.2d", "F. Supp. 2d"));
    // `-` with other paths, or --stdin-filename without `-`: usage errors.
    assert_eq!(
        plead_stdin(&["check", "-", "x.txt"], ws.path(), b"")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        plead(&["check", "--stdin-filename", "a.md", "briefs"], ws.path())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn suppression_comments_silence_the_next_line_in_markdown_and_text() {
    let md = "Intro.\n\n<!-- plead-disable-next-line citation/reporter-form -->\nAmerican LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063, 1071 (C.D. Cal. 2009).\n\nAmerican LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063, 1071 (C.D. Cal. 2009).\n";
    let txt = "// plead-disable-next-line citation\nSee Leon v. IDX Systems Corp., 464 F.Supp.2d 951, 959 (9th Cir. 2006).\n\nSee Leon v. IDX Systems Corp., 464 F.Supp.2d 951, 959 (9th Cir. 2006).\n";
    let ws = dir_with(&[("brief.md", md), ("brief.txt", txt)]);
    let concise =
        |name: &str| text(&plead(&["check", "--format", "concise", name], ws.path()).stdout);
    let out = concise("brief.md");
    // Line 4 is silenced, line 6 is not; the comment itself is not prose.
    assert!(!out.contains("brief.md:4:"), "{out}");
    assert!(
        out.contains("brief.md:6:39: warning[citation/reporter-form]"),
        "{out}"
    );
    assert!(!out.contains("brief.md:3:"), "{out}");
    // On pleading paper, behind the gutter's line number (the real order, one line added).
    let mut lines: Vec<&str> = SEED.split('\n').collect();
    let cite = lines
        .iter()
        .position(|l| l.contains("673 F.Supp.2d 1063"))
        .unwrap();
    lines.insert(
        cite,
        "27\t// plead-disable-next-line citation/reporter-form",
    );
    std::fs::write(ws.path().join("order.txt"), lines.join("\n")).unwrap();
    let out = concise("order.txt");
    assert!(!out.contains(&format!("order.txt:{}:", cite + 2)), "{out}");
    // The short form on page 2 is still reported, and the OCR damage above.
    assert!(
        out.contains("warning[citation/reporter-form]") && out.contains("typo/ocr-split"),
        "{out}"
    );
    // A comment naming a rule that does not exist is reported (it would silence nothing).
    std::fs::write(
        ws.path().join("typo.md"),
        "<!-- plead-disable-next-line citation/reporter-spacing -->\nText.\n",
    )
    .unwrap();
    let stderr = text(&plead(&["check", "typo.md"], ws.path()).stderr);
    assert!(
        stderr.contains("plead: warning: typo.md:1: unknown rule `citation/reporter-spacing` in plead-disable (did you mean `citation/reporter-form`?)"),
        "{stderr}"
    );
    let out = concise("brief.txt");
    assert!(!out.contains("brief.txt:2:"), "{out}");
    assert!(out.contains("brief.txt:4:"), "{out}");
    assert!(!out.contains("brief.txt:1:"), "{out}");
}

#[test]
fn folder_walks_respect_gitignore() {
    let ws = dir_with(&[
        (".gitignore", "drafts/\n*.bak.md\n"),
        (
            "filed/motion.md",
            "See Ashcroft vs. Iqbal, 556 U.S. 662 (2009).\n",
        ),
        (
            "drafts/old.md",
            "See Ashcroft vs. Iqbal, 556 U.S. 662 (2009).\n",
        ),
        (
            "filed/motion.bak.md",
            "See Ashcroft vs. Iqbal, 556 U.S. 662 (2009).\n",
        ),
        ("filed/.pleadignore", "private.txt\n"),
        (
            "filed/private.txt",
            "See Ashcroft vs. Iqbal, 556 U.S. 662 (2009).\n",
        ),
    ]);
    let out = text(&plead(&["check", "--format", "concise", "."], ws.path()).stdout);
    assert!(out.contains("filed/motion.md:1:"), "{out}");
    assert!(
        !out.contains("drafts/") && !out.contains(".bak.md") && !out.contains("private.txt"),
        "{out}"
    );
    // A file named on the command line is checked even when ignored.
    let out = text(
        &plead(
            &["check", "--format", "concise", "drafts/old.md"],
            ws.path(),
        )
        .stdout,
    );
    assert!(out.contains("drafts/old.md:1:"), "{out}");
}

#[test]
fn init_writes_a_commented_config_once() {
    let ws = tempfile::tempdir().unwrap();
    let out = plead(&["init"], ws.path());
    assert_eq!(out.status.code(), Some(0));
    let written = std::fs::read_to_string(ws.path().join("plead.toml")).unwrap();
    assert!(written.contains("# debounceMs = 50") && written.contains("[authorities]"));
    // Valid as it is: checking with it prints no configuration warning.
    std::fs::write(ws.path().join("a.txt"), "Text.\n").unwrap();
    let check = plead(&["check", "a.txt"], ws.path());
    assert_eq!(text(&check.stderr), "");
    // A second init does not overwrite; --force does.
    std::fs::write(ws.path().join("plead.toml"), "debounceMs = 0\n").unwrap();
    let again = plead(&["init"], ws.path());
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(ws.path().join("plead.toml")).unwrap(),
        "debounceMs = 0\n"
    );
    assert_eq!(
        plead(&["init", "--force"], ws.path()).status.code(),
        Some(0)
    );
    assert_eq!(
        std::fs::read_to_string(ws.path().join("plead.toml")).unwrap(),
        written
    );
}

#[test]
fn explain_prints_what_why_and_examples() {
    let ws = tempfile::tempdir().unwrap();
    let out = plead(&["explain", "citation/reporter-form"], ws.path());
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    for heading in [
        "What it flags\n",
        "Why\n",
        "Rule\n",
        "Wrong\n",
        "plead check reports\n",
        "Right\n",
    ] {
        assert!(stdout.contains(heading), "{heading:?} in {stdout}");
    }
    assert!(
        stdout.contains("  American LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "warning[citation/reporter-form]: Reporter “F.Supp.2d” is written “F. Supp. 2d”"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("  American LegalNet, Inc. v. Davis, 673 F. Supp. 2d 1063"),
        "{stdout}"
    );
    assert!(stdout.contains("Bluebook R6.1(a)"), "{stdout}");
    let unknown = plead(&["explain", "citation/reporter-spacing"], ws.path());
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        text(&unknown.stderr).contains("did you mean `citation/reporter-form`?"),
        "{}",
        text(&unknown.stderr)
    );
}

#[test]
fn config_warnings_name_the_key_and_keep_the_rest() {
    let ws = dir_with(&[
        ("order.txt", SEED),
        (
            "plead.toml",
            "dictionary = [\"Ayobi\"]\ndebounce_ms = 10\n\n[rules]\n\"citation/reporter-spacing\" = \"off\"\n\"citation/case-name-abbreviation\" = \"off\"\n",
        ),
    ]);
    let out = plead(&["check", "--format", "json", "order.txt"], ws.path());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "plead.toml, line 2: unknown key `debounce_ms` (did you mean `debounceMs`?); ignored"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("plead.toml, line 5: unknown rule `citation/reporter-spacing` (did you mean `citation/reporter-form`?)"), "{stderr}");
    // The valid keys of the same file still apply.
    let stdout = text(&out.stdout);
    assert!(
        !stdout.contains("citation/case-name-abbreviation"),
        "{stdout}"
    );
    assert!(stdout.contains("citation/reporter-form"), "{stdout}");
}
