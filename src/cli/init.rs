//! `plead init`: writes a commented `plead.toml` with every setting at its default, so
//! a new workspace starts from a file that documents itself.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// The file `plead init` writes. Every key is commented out at its default value; a
/// test checks that it names every key of the schema and that uncommenting it all
/// gives a valid configuration.
pub const TEMPLATE: &str = r#"# plead.toml: settings for plead in this workspace (the folder of this file).
# Every setting is shown at its default, commented out: remove the `#` to change one.
# The editor's `plead` settings override this file. `plead rules` lists the rules,
# `plead explain CODE` explains one.

# Milliseconds to wait after an edit before the editor shows findings (0: at once).
# debounceMs = 50

# Words the spell checker accepts: names, terms of art. The editor's
# "Add to dictionary" fix adds words here.
# dictionary = ["Ayobi", "Showalter"]

# A docket file or folder, relative to this file. Unset: plead finds PACER reports,
# RECAP JSON, docket.csv and filed documents in the workspace.
# docket = "docket/"

# The server's log level in the editor: error, warn, info, debug.
# logLevel = "info"

# Each rule (a code from `plead rules`) or family (citation, typo, record, style):
# off, error, warning, info or hint. A code wins over its family.
[rules]
# "citation/reporter-form" = "warning"
# typo = "warning"
# "style/pleaded" = "off"

[citations]
# Accept closed-up reporters such as F.Supp.2d and S.Ct. (Bluebook B6, 2020).
# allowClosedUpReporters = false
# The citation style documents are held to: "auto" (from the caption, else the form
# most of the document's citations take), "bluebook", "california" (California Style
# Manual), "new-york" (New York Official Reports style), "massachusetts", "new-jersey",
# "illinois" or "connecticut" (Bluebook forms with those courts' house rules), "ohio"
# (Supreme Court of Ohio Writing Manual: closed-up reporters, (6th Cir.1999)),
# "washington" (Wn.2d, Wn. App.), "oklahoma", "wyoming", "louisiana" (West's closed-up
# S.Ct., So.2d and (10th Cir.1999) allowed), "south-dakota" ((SD 1987) allowed),
# "michigan" (Michigan Appellate Opinion Manual: v, 404 Mich 240; 273 NW2d 429),
# "north-dakota" (N.D.C.C. § 14-05-24, N.D.R.App.P. 38), "oregon" (176 Or App 524, 32 P3d
# 933 (2001), rev den, ORS 215.283), "delaware" (8 Del. C. § 102(b)(7)), "hawaii"
# (HRS § 707-701, HRE Rule 404(b)), "alaska" (AS 09.10.140(a), case names as its
# courts write them) or "supreme-court-brief" (the Solicitor General's briefs: 28 U.S.C. 1254(1) without §,
# full page ranges).
# style = "auto"

[record]
# The record-cite form: "ECF No.", "Dkt.", "Doc." or "D.E.". Unset: the form the
# document uses most.
# preferredForm = "ECF No."
# The form per court (PACER id, Bluebook abbreviation or name of the court).
# preferredFormByCourt = { "E.D. Cal." = "ECF No." }
# What a pin like `ECF No. 34 at 3` counts: "document" (the page printed on the
# filing) or "ecf" (the Nth page of the filed PDF).
# pinPages = "document"

[authorities]
# Show after each Id. the authority it refers to.
# inlayHints = true
# Allow the CourtListener citation lookup. Off: plead sends nothing anywhere.
# online = false
# Your CourtListener API token (used only when online = true).
# courtlistenerToken = "…"
# courtlistenerUrl = "https://www.courtlistener.com"
"#;

pub fn run(folder: &Path, force: bool) -> ExitCode {
    let path = folder.join("plead.toml");
    if !folder.is_dir() {
        eprintln!("plead: {} is not a folder", folder.display());
        return ExitCode::from(2);
    }
    let file = if force {
        std::fs::File::create(&path)
    } else {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
    };
    let written = file.and_then(|mut f| f.write_all(TEMPLATE.as_bytes()));
    match written {
        Ok(()) => {
            println!("Wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "plead: {} already exists; `plead init --force` replaces it",
                path.display()
            );
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("plead: cannot write {}: {e}", path.display());
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The template with every setting uncommented (the first `# key = value` of each key).
    fn uncommented() -> String {
        TEMPLATE
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest)
                    if rest.contains(" = ")
                        && rest
                            .split(" = ")
                            .next()
                            .is_some_and(|k| !k.contains(' ') || k.starts_with('"')) =>
                {
                    rest
                }
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_template_is_valid_and_names_every_setting() {
        let (_, problems) = crate::config::Config::from_toml("plead.toml", TEMPLATE);
        assert!(problems.is_empty(), "{problems:?}");
        let text = uncommented();
        let checked = crate::config::check_toml("plead.toml", &text, &crate::engine::rule_codes())
            .expect("TOML");
        assert!(
            checked.problems.is_empty(),
            "{:?}\n{text}",
            checked.problems
        );
        // Every key of the schema appears, uncommented, in its table.
        let defaults = serde_json::to_value(crate::config::Config::default()).expect("json");
        for (key, value) in defaults.as_object().expect("object") {
            match value.as_object() {
                Some(fields) if !fields.is_empty() => {
                    for field in fields.keys() {
                        assert!(
                            checked.value[key].get(field).is_some(),
                            "plead init's template lacks `{key}.{field}`"
                        );
                    }
                }
                _ => assert!(
                    checked.value.get(key).is_some(),
                    "plead init's template lacks `{key}`"
                ),
            }
        }
    }
}
