//! The house's rules, checked on the source (ARCHITECTURE.md states them):
//!
//! 1. every module has a place in the layer table below, and imports only modules of
//!    lower layers — so there is no import circle between modules, within a crate or
//!    across crates (Cargo already refuses a lower crate naming a higher one);
//! 2. only the adapters (`server`, `cli`) and the `loader` do I/O: no file system,
//!    network or process calls anywhere else.
//!
//! Test code (`#[cfg(test)]` items) is left out: tests may read fixtures.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// (crate source folder, module, layer). A module imports only modules of a lower layer.
/// A new module must be added here, at the layer it belongs to.
const LAYERS: &[(&str, &str, u32)] = &[
    // plead-core: shared vocabulary at the bottom, analysis knowing no domain, the
    // domains, then the engine that names them.
    ("crates/plead-core/src", "text", 0),
    ("crates/plead-core/src", "vocabulary", 0),
    ("crates/plead-core/src", "document", 1),
    ("crates/plead-core/src", "config", 1),
    ("crates/plead-core/src", "formats", 1),
    ("crates/plead-core/src", "analysis", 2),
    ("crates/plead-core/src", "citations", 3),
    ("crates/plead-core/src", "typos", 3),
    ("crates/plead-core/src", "record", 4),
    ("crates/plead-core/src", "authorities", 4),
    ("crates/plead-core/src", "engine", 5),
    ("crates/plead-core/src", "lib", 6),
    // plead-ide: shared types in lib.rs, one file per feature or target kind, the
    // dispatchers on top.
    ("crates/plead-ide/src", "lib", 10),
    ("crates/plead-ide/src", "authority_hover", 11),
    ("crates/plead-ide/src", "record", 11),
    ("crates/plead-ide/src", "symbols", 11),
    ("crates/plead-ide/src", "code_actions", 11),
    ("crates/plead-ide/src", "toa", 11),
    ("crates/plead-ide/src", "authority", 12),
    ("crates/plead-ide/src", "hover", 13),
    ("crates/plead-ide/src", "definition", 13),
    ("crates/plead-ide/src", "references", 13),
    ("crates/plead-ide/src", "completion", 13),
    // plead: protocol conversions and the loader, then the adapters.
    ("src", "lib", 20),
    ("src", "proto", 21),
    ("src", "loader", 21),
    ("src", "server", 22),
    ("src", "cli", 23),
    ("src", "main", 24),
];

/// Calls that do I/O. Allowed only in the modules listed in `IO_MODULES`.
const IO_CALLS: &[&str] = &[
    "std::fs",
    "fs::read",
    "fs::write",
    "File::open",
    "File::create",
    "std::net",
    "TcpStream",
    "std::process::Command",
    "Command::new",
];
const IO_MODULES: &[(&str, &str)] = &[
    ("src", "server"),
    ("src", "cli"),
    ("src", "loader"),
    ("src", "main"),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`citations/scan.rs` → `citations`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap_or(file);
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    first.trim_end_matches(".rs").to_string()
}

/// The file's code without comments and without `#[cfg(test)]` items.
fn production_code(text: &str) -> String {
    let mut out = String::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if line.starts_with("#[cfg(test)]") {
            // Skip the item: up to its balanced closing brace.
            let (mut depth, mut opened) = (0i32, false);
            while i < lines.len() {
                depth += lines[i].matches('{').count() as i32;
                depth -= lines[i].matches('}').count() as i32;
                opened |= lines[i].contains('{');
                i += 1;
                if opened && depth <= 0 {
                    break;
                }
            }
            continue;
        }
        let code = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        out.push_str(code);
        out.push('\n');
        i += 1;
    }
    out
}

/// Names a piece of code imports as `prefix<name>` (e.g. `crate::citations`).
fn imported(code: &str, prefix: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        names.push(name);
    }
    names
}

fn find(crate_src: &str, module: &str) -> Option<u32> {
    LAYERS
        .iter()
        .find(|(s, m, _)| *s == crate_src && *m == module)
        .map(|(_, _, l)| *l)
}

/// The layer of what `prefix name` names from crate folder `src`: `crate::analysis` in
/// the root crate is plead-core's analysis (re-exported), `crate::ide` the ide crate.
fn layer(src: &str, prefix: &str, name: &str) -> Option<u32> {
    const IDE_TOP: u32 = 13;
    match (src, prefix) {
        (_, "plead_core::") => find("crates/plead-core/src", name),
        (_, "plead_ide::") => Some(IDE_TOP),
        ("src", _) if name == "ide" => Some(IDE_TOP),
        ("src", _) => find("src", name).or_else(|| find("crates/plead-core/src", name)),
        _ => find(src, name),
    }
}

#[test]
fn every_module_imports_only_lower_layers() {
    let mut violations = Vec::new();
    let mut unplaced = Vec::new();
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (src, _, _) in LAYERS.iter().fold(Vec::new(), |mut seen, l| {
        if !seen.iter().any(|(s, _, _): &(&str, &str, u32)| *s == l.0) {
            seen.push(*l);
        }
        seen
    }) {
        let dir = root().join(src);
        let mut files = Vec::new();
        rust_files(&dir, &mut files);
        assert!(!files.is_empty(), "{src} has no Rust files");
        for file in files {
            let module = module_of(&dir, &file);
            let Some(own) = find(src, &module) else {
                unplaced.push(format!("{src}/{module}"));
                continue;
            };
            let code = production_code(&std::fs::read_to_string(&file).unwrap());
            let names = ["crate::", "plead_core::", "plead_ide::"]
                .into_iter()
                .flat_map(|prefix| {
                    imported(&code, prefix)
                        .into_iter()
                        .map(move |n| (prefix, n))
                });
            for (prefix, name) in names {
                if (prefix == "crate::" && name == module) || name.is_empty() {
                    continue;
                }
                let target = match layer(src, prefix, &name) {
                    Some(l) => l,
                    // An item of the crate root (`crate::World`), not a module.
                    None if prefix == "crate::" && name.starts_with(char::is_uppercase) => continue,
                    None => {
                        unplaced.push(format!("{src}/{name} (imported by {module})"));
                        continue;
                    }
                };
                edges
                    .entry(format!("{src}/{module}"))
                    .or_default()
                    .push(name.clone());
                if target >= own {
                    violations.push(format!(
                        "{} imports {name} (layer {target} ≥ its own {own})",
                        file.strip_prefix(root()).unwrap_or(&file).display()
                    ));
                }
            }
        }
    }
    unplaced.sort();
    unplaced.dedup();
    assert!(
        unplaced.is_empty(),
        "modules without a layer (add them to LAYERS): {unplaced:?}"
    );
    violations.sort();
    violations.dedup();
    assert!(
        violations.is_empty(),
        "imports against the layers (ARCHITECTURE.md):\n{}",
        violations.join("\n")
    );
    // The check sees real imports: the analysis pipeline is imported by the domains.
    assert!(edges["crates/plead-core/src/citations"].contains(&"analysis".to_string()));
}

#[test]
fn only_adapters_and_the_loader_do_io() {
    let mut offenders = Vec::new();
    for src in ["crates/plead-core/src", "crates/plead-ide/src", "src"] {
        let dir = root().join(src);
        let mut files = Vec::new();
        rust_files(&dir, &mut files);
        for file in files {
            let module = module_of(&dir, &file);
            if IO_MODULES.contains(&(src, module.as_str())) {
                continue;
            }
            let code = production_code(&std::fs::read_to_string(&file).unwrap());
            for call in IO_CALLS {
                if imported(&code, call).len() + code.matches(&format!("{call}(")).count() > 0 {
                    offenders.push(format!(
                        "{}: {call}",
                        file.strip_prefix(root()).unwrap_or(&file).display()
                    ));
                }
            }
        }
    }
    offenders.sort();
    offenders.dedup();
    assert!(
        offenders.is_empty(),
        "I/O outside server, cli and loader:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_layer_check_catches_an_upward_import() {
    // A domain naming the engine would close a circle (engine → domain → engine).
    let code = production_code("use crate::engine::analyze;\n// crate::cli in a comment\n");
    assert_eq!(imported(&code, "crate::"), vec!["engine".to_string()]);
    let core = "crates/plead-core/src";
    assert!(layer(core, "crate::", "engine") > layer(core, "crate::", "citations"));
    // From the ide crate, `plead_core::record` is the core's domain, not ide's record.rs.
    assert_eq!(
        layer("crates/plead-ide/src", "plead_core::", "record"),
        Some(4)
    );
    let tests_skipped = production_code("fn a() {}\n#[cfg(test)]\nmod tests {\n use std::fs;\n}\n");
    assert!(!tests_skipped.contains("std::fs"));
}
