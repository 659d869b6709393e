//! The command line: `plead lsp`, `plead check`, `plead rules` (and the
//! subcommands other issues add). Uses the same analysis as the server.

mod batch;
pub mod check;
pub mod cites;
mod files;
mod progress;
pub mod sarif;
pub mod toa;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use files::{collect_files, find_workspace_config, inputs, load_config};

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
    Human,
    Json,
    Sarif,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the Language Server Protocol over stdio.
    Lsp {
        /// Accepted for clients that pass it; stdio is the only transport.
        #[arg(long, hide = true)]
        stdio: bool,
    },
    /// Check files or folders (.txt, .md) and report findings.
    Check {
        #[arg(long, value_enum, default_value = "human")]
        format: OutputFormat,
        /// A plead.toml to use instead of the one found above the first path.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Files to check at once (default: one per core). Output order does not depend on it.
        #[arg(short = 'j', long, value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
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
            paths,
        } => check::run(format, config.as_deref(), &paths, jobs.map(usize::from)),
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
