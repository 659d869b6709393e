//! Finding input files and the workspace configuration.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::config::{self, Config};

/// What a folder walk checks.
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "pleading", "pdf", "docx"];
/// Word processors' legacy formats: never checked, but named when a folder has them.
const LEGACY_EXTENSIONS: &[&str] = &["doc", "wpd", "rtf"];

/// Expands files and folders into the files to check. Folders recurse over
/// .txt/.md/.pleading/.pdf/.docx files in sorted order, as git would see them: files ignored by
/// `.gitignore` (or `.ignore`, `.pleadignore`) and hidden files and folders are left
/// out, and so are `target` and `node_modules`. A file named on the command line is
/// always checked. A folder with nothing to check is an error (never a silent
/// "clean"); legacy .doc/.wpd/.rtf files found in one get a note on stderr.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).with_context(|| format!("cannot read {}", p.display()))?;
        if meta.is_dir() {
            let before = out.len();
            let mut legacy = Vec::new();
            walk(p, &mut out, &mut legacy)
                .with_context(|| format!("cannot read folder {}", p.display()))?;
            if !legacy.is_empty() {
                eprintln!("{}", legacy_note(&legacy));
            }
            if out.len() == before {
                anyhow::bail!(
                    "{}: no file to check (plead reads .txt, .md, .pleading, .pdf and .docx files)",
                    p.display()
                );
            }
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn legacy_note(files: &[PathBuf]) -> String {
    let names: Vec<String> = files
        .iter()
        .take(3)
        .map(|f| f.display().to_string())
        .collect();
    let more = files.len().saturating_sub(names.len());
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    format!(
        "plead: note: not checked (legacy Word/WordPerfect/RTF: save as .docx): {}{more}",
        names.join(", ")
    )
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, legacy: &mut Vec<PathBuf>) -> Result<()> {
    let walker = ignore::WalkBuilder::new(dir)
        // A .gitignore counts even outside a git repository (a folder of filings
        // copied from one, or kept beside one).
        .require_git(false)
        .git_global(false)
        .add_custom_ignore_filename(".pleadignore")
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            !(e.file_type().is_some_and(|t| t.is_dir())
                && (name == "target" || name == "node_modules"))
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            // The folder itself cannot be read: an error; a broken entry below it or an
            // unreadable ignore file: skipped, as git would.
            Err(e) if e.depth().unwrap_or(1) == 0 => return Err(e.into()),
            Err(_) => continue,
        };
        let path = entry.path();
        // A link is listed as it is (and reported if it cannot be read), never followed
        // into a folder.
        if !entry
            .file_type()
            .is_some_and(|t| t.is_file() || t.is_symlink())
        {
            continue;
        }
        // Word's lock files (`~$brief.docx`) are no documents.
        if entry.file_name().to_string_lossy().starts_with("~$") {
            continue;
        }
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if LEGACY_EXTENSIONS.contains(&ext.as_str()) {
            legacy.push(path.to_path_buf());
        }
        if EXTENSIONS.contains(&ext.as_str()) {
            // `plead check .` reports `motion.md`, not `./motion.md` (as git and ruff do).
            let shown = match path.strip_prefix(".") {
                Ok(rest) if dir == Path::new(".") => rest,
                _ => path,
            };
            out.push(shown.to_path_buf());
        }
    }
    Ok(())
}

/// The workspace of a checked path: the nearest folder at or above it that holds a
/// `plead.toml` or a `.git`; without either, the path's own folder (the path itself
/// when it is a folder). Never a parent tree that merely contains the file.
pub fn workspace_root(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    let own = if start.is_dir() {
        start.clone()
    } else {
        start.parent()?.to_path_buf()
    };
    let mut dir = Some(own.as_path());
    while let Some(d) = dir {
        if d.join("plead.toml").is_file() || d.join(".git").exists() {
            return Some(d.to_path_buf());
        }
        dir = d.parent();
    }
    Some(own)
}

/// The `plead.toml` of the workspace of `start` (see [`workspace_root`]): a plead.toml
/// above the project's `.git` does not apply to it.
pub fn find_workspace_config(start: &Path) -> Option<PathBuf> {
    let candidate = workspace_root(start)?.join("plead.toml");
    candidate.is_file().then_some(candidate)
}

/// Loads the explicit config, or the workspace one found from `near`. Invalid
/// files give warnings (returned) and the defaults; an explicit file that cannot
/// be read is an error.
pub fn load_config(explicit: Option<&Path>, near: Option<&Path>) -> Result<(Config, Vec<String>)> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => near.and_then(find_workspace_config),
    };
    let Some(path) = path else {
        return Ok((Config::default(), Vec::new()));
    };
    match crate::loader::config_file(&path) {
        Ok(checked) => {
            let (config, more) =
                Config::from_layers(&[(&path.display().to_string(), checked.value)]);
            Ok((config, checked.problems.into_iter().chain(more).collect()))
        }
        Err(e @ config::ConfigError::Io { .. }) if explicit.is_some() => Err(e.into()),
        Err(e) => Ok((Config::default(), vec![format!("{e}; using defaults")])),
    }
}

/// The files to check and the configuration, as every file-checking subcommand needs
/// them: config warnings go to stderr; an unreadable path or config is exit code 2.
pub fn inputs(
    config_path: Option<&Path>,
    paths: &[PathBuf],
) -> Result<(Vec<PathBuf>, Config), std::process::ExitCode> {
    let fail = |e: anyhow::Error| {
        eprintln!("plead: {e:#}");
        std::process::ExitCode::from(2)
    };
    let files = collect_files(paths).map_err(fail)?;
    let (config, warnings) =
        load_config(config_path, paths.first().map(|p| p.as_path())).map_err(fail)?;
    for w in &warnings {
        eprintln!("plead: warning: {w}");
    }
    Ok((files, config))
}
