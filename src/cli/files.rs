//! Finding input files and the workspace configuration.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::config::{self, Config};

const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "pleading"];

/// Expands files and folders into the files to check. Folders recurse over
/// .txt/.md/.pleading files in sorted order, as git would see them: files ignored by
/// `.gitignore` (or `.ignore`, `.pleadignore`) and hidden files and folders are left
/// out, and so are `target` and `node_modules`. A file named on the command line is
/// always checked.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).with_context(|| format!("cannot read {}", p.display()))?;
        if meta.is_dir() {
            walk(p, &mut out).with_context(|| format!("cannot read folder {}", p.display()))?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
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
        if entry
            .file_type()
            .is_some_and(|t| t.is_file() || t.is_symlink())
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
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

/// The nearest `plead.toml` in `start` or its ancestors.
pub fn find_workspace_config(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    let mut dir = if start.is_dir() {
        Some(start.as_path())
    } else {
        start.parent()
    };
    while let Some(d) = dir {
        let candidate = d.join("plead.toml");
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
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
