//! The one way the integration tests run the `plead` binary, shared by the CLI test files
//! (as `lsp_support` is for the server): a fixed environment, captured output, and the
//! readers of what it printed.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// `plead ARGS` run in `cwd`, with the colour variables of the test's own terminal
/// removed so output does not depend on where the tests run.
pub fn plead(args: &[&str], cwd: &Path) -> Output {
    plead_env(args, cwd, &[])
}

/// [`plead`] with extra environment variables.
pub fn plead_env(args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Output {
    let mut command = command(args, cwd);
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("plead runs")
}

/// [`plead`] with `input` on its standard input.
pub fn plead_stdin(args: &[&str], cwd: &Path, input: &[u8]) -> Output {
    let mut child = command(args, cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("plead runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("plead exits")
}

fn command(args: &[&str], cwd: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plead"));
    command.args(args).current_dir(cwd);
    for var in ["NO_COLOR", "CLICOLOR_FORCE", "TERM"] {
        command.env_remove(var);
    }
    command
}

/// Output bytes as text; plead prints UTF-8 only.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// The JSON values of `--format json` output, one per line.
pub fn json_lines(out: &Output) -> Vec<Value> {
    text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect()
}

/// `plead check --format json FILE` in `cwd`, which must not fail on usage or input
/// (exit 0 or 1), as its JSON lines.
pub fn check_json(file: &str, cwd: &Path) -> Vec<Value> {
    let out = plead(&["check", "--format", "json", file], cwd);
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "plead check {file}: {}",
        text(&out.stderr)
    );
    json_lines(&out)
}
