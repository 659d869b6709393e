//! The command line: `plead lsp`, `plead check`, `plead explain`, `plead init`,
//! `plead rules` (and the subcommands other issues add). Uses the same analysis as the
//! server.

mod batch;
pub mod check;
pub mod cites;
pub mod explain;
mod files;
pub mod fix;
pub mod init;
pub mod input;
mod progress;
pub mod render;
pub mod sarif;
pub mod toa;

use std::io::IsTerminal;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use files::{collect_files, find_workspace_config, inputs, load_config, workspace_root};

#[derive(Parser, Debug)]
#[command(
    name = "plead",
    version,
    about = "A cite-checker and language server for legal drafting"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Each finding with its source line, a caret and its fixes.
    Human,
    /// One line per finding: `path:line:col: severity[code]: message`.
    Concise,
    /// One JSON object per file per line, with LSP diagnostics.
    Json,
    /// SARIF 2.1.0 for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
}

/// When to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour stdout: `--color always`/`never` decide; `auto` colours a
    /// terminal unless `NO_COLOR` is set (no-color.org) or `TERM=dumb`, and
    /// `CLICOLOR_FORCE` colours even a pipe.
    pub fn resolve(self) -> bool {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                if set("NO_COLOR") {
                    false
                } else if std::env::var_os("CLICOLOR_FORCE")
                    .is_some_and(|v| !v.is_empty() && v != "0")
                {
                    true
                } else {
                    std::io::stdout().is_terminal()
                        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
                }
            }
        }
    }
}

/// The least severe finding that fails `plead check` (exit code 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    /// Only errors fail (the default).
    #[value(alias = "error")]
    Errors,
    /// Warnings and errors fail.
    #[value(alias = "warning")]
    Warnings,
    /// Infos, warnings and errors fail.
    #[value(alias = "info")]
    Infos,
    /// Every finding fails.
    #[value(alias = "hint")]
    Hints,
}

impl DenyLevel {
    pub fn severity(self) -> crate::analysis::Severity {
        use crate::analysis::Severity;
        match self {
            DenyLevel::Errors => Severity::Error,
            DenyLevel::Warnings => Severity::Warning,
            DenyLevel::Infos => Severity::Info,
            DenyLevel::Hints => Severity::Hint,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the Language Server Protocol over stdio.
    Lsp {
        /// Accepted for clients that pass it; stdio is the only transport.
        #[arg(long, hide = true)]
        stdio: bool,
    },
    /// Check files or folders (.txt, .md, .pdf, .docx), or standard input (`-`), and report findings.
    Check {
        #[arg(long, value_enum, default_value = "human")]
        format: OutputFormat,
        /// A plead.toml to use instead of the one found above the first path.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Files to check at once (default: one per core). Output order does not depend on it.
        #[arg(short = 'j', long, value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// Colour the output: auto (a terminal, unless NO_COLOR is set), always, never.
        #[arg(long, value_enum, default_value = "auto")]
        color: ColorChoice,
        /// Fail (exit code 1) on findings of this severity or worse: errors (default),
        /// warnings, infos, hints.
        #[arg(long, value_enum, default_value = "errors", value_name = "LEVEL")]
        deny: DenyLevel,
        /// Apply the safe fixes (each finding's preferred fix) to the files.
        #[arg(long, conflicts_with = "diff")]
        fix: bool,
        /// Print the safe fixes as a unified diff instead of applying them; exit code 1
        /// when there is any.
        #[arg(long)]
        diff: bool,
        /// The file name standard input (`-`) stands for: its format, the plead.toml
        /// found above it, and the name in the output.
        #[arg(long, value_name = "PATH")]
        stdin_filename: Option<PathBuf>,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Explain a rule: what it flags, why, the rule of citation it follows, and a wrong
    /// and a right example.
    Explain {
        /// A rule code, e.g. citation/reporter-form.
        code: String,
    },
    /// Write a commented plead.toml (every setting at its default) in FOLDER.
    Init {
        /// The folder of the workspace (default: the current one).
        #[arg(default_value = ".")]
        folder: PathBuf,
        /// Replace an existing plead.toml.
        #[arg(long)]
        force: bool,
    },
    /// List every citation found (cases, short forms, Id., statutes, rules, record cites).
    Cites {
        #[arg(long, value_enum, default_value = "human")]
        format: cites::CitesFormat,
        /// A plead.toml to use instead of the one found above the first path.
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List every rule with its code, default severity and summary.
    Rules {
        /// Print a Markdown table (as in the README).
        #[arg(long)]
        markdown: bool,
    },
    /// Print the table of authorities of a document.
    Toa {
        #[arg(long, value_enum, default_value = "markdown")]
        format: toa::ToaFormat,
        file: PathBuf,
    },
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Lsp { .. } => match crate::server::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("plead: {e:#}");
                ExitCode::from(2)
            }
        },
        Command::Check {
            format,
            config,
            jobs,
            color,
            deny,
            fix,
            diff,
            stdin_filename,
            paths,
        } => check::run(&check::Options {
            format,
            config,
            jobs: jobs.map(usize::from),
            palette: render::Palette {
                color: color.resolve(),
            },
            deny: deny.severity(),
            fix,
            diff,
            stdin_filename,
            paths,
        }),
        Command::Explain { code } => explain::run(&code),
        Command::Init { folder, force } => init::run(&folder, force),
        Command::Cites {
            format,
            config,
            paths,
        } => cites::run(format, config.as_deref(), &paths),
        Command::Toa { format, file } => toa::run(&file, format),
        Command::Rules { markdown } => {
            let listing = if markdown {
                rules_markdown()
            } else {
                crate::engine::all_rules()
                    .into_iter()
                    .map(|r| {
                        format!(
                            "{:<34} {:<15} {:<20} {}\n",
                            r.code,
                            default_level(r),
                            precision_of(r.code, false),
                            r.summary
                        )
                    })
                    .collect()
            };
            // A closed pipe (`plead rules | head`) is not an error.
            let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), listing.as_bytes());
            ExitCode::SUCCESS
        }
    }
}

/// A rule's default as its measured precision sets it: the declared severity, or
/// "hint (warning)" / "off (warning)" for a rule that has not earned its severity.
fn default_level(rule: &crate::analysis::Rule) -> String {
    use crate::analysis::trust::Standing;
    let declared = rule.default_severity.as_str();
    match crate::analysis::trust::standing(rule.code) {
        Standing::Trusted | Standing::Unmeasured => declared.to_string(),
        Standing::Hint if declared == "hint" => declared.to_string(),
        Standing::Hint => format!("hint ({declared})"),
        Standing::Off => format!("off ({declared})"),
    }
}

/// "97 % of 38 judged" (or "97 % (37/38)" for Markdown); "unmeasured" with fewer than
/// the judged findings a precision needs.
fn precision_of(code: &str, markdown: bool) -> String {
    let Some(m) = crate::analysis::trust::measured(code) else {
        return "unmeasured".into();
    };
    match m.precision() {
        Some(p) if markdown => format!("{:.0} % ({}/{})", p * 100.0, m.correct, m.judged),
        Some(p) => format!("{:.0} % of {} judged", p * 100.0, m.judged),
        None if m.judged == 0 => "unmeasured".into(),
        None if markdown => format!("unmeasured ({}/{})", m.correct, m.judged),
        None => format!("unmeasured ({}/{} judged)", m.correct, m.judged),
    }
}

/// The rule list as a Markdown table; the README embeds exactly this (a test checks it).
pub fn rules_markdown() -> String {
    let mut out =
        String::from("| Code | Default | Precision | What it flags |\n|---|---|---|---|\n");
    for r in crate::engine::all_rules() {
        out.push_str(&format!(
            "| <a id=\"{}\"></a>`{}` | {} | {} | {} |\n",
            r.code.replace('/', "-"),
            r.code,
            default_level(r),
            precision_of(r.code, true),
            r.summary.replace('|', "\\|")
        ));
    }
    out
}
