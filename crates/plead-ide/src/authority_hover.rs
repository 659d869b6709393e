//! The hover preview of a cited authority, as Markdown: the authority in
//! standard form, its court, year and reporter in words, what a short form
//! resolves to, the holding from the library, and what this document cites it for.

use std::fmt::Write;

use plead_core::analysis::Analysis;
use plead_core::authorities::form::{self, markdown_escape};
use plead_core::authorities::library::{clip, Library};
use plead_core::authorities::matching::entries_for;
use plead_core::authorities::propositions::{self, CitationUse};
use plead_core::authorities::tables;
use plead_core::citations::{Authorities, AuthorityKind, CitationKind, Resolution};

/// Propositions listed in a hover; the rest are counted.
const MAX_USES: usize = 8;

/// The hover Markdown for citation entry `entry` of the document.
pub fn markdown(
    library: Option<&Library>,
    analysis: &Analysis,
    auths: &Authorities,
    entry: usize,
) -> Option<String> {
    let r = auths.citations.get(entry)?;
    let cited = auths.citation(analysis, entry)?;
    let mut md = String::new();
    let Some(authority) = auths.authority_of(entry) else {
        let why = match r.resolution {
            Resolution::Ambiguous => {
                "`Id.` follows a citation of several authorities: it is ambiguous."
            }
            Resolution::NoAntecedent => {
                "No earlier citation in this document fits this short form."
            }
            _ => "plead could not tell which authority this is.",
        };
        let _ = writeln!(md, "`{}`\n\n{why}", cited.text.replace('`', "'"));
        return Some(md);
    };
    let full = authority.full.and_then(|f| auths.citation(analysis, f));

    // Heading: the authority in standard form.
    match authority.kind {
        AuthorityKind::Case => {
            let c = full.unwrap_or(cited);
            let _ = writeln!(
                md,
                "{}\n",
                form::standard_case_citation(c, &authority.name, true)
            );
            let mut about = Vec::new();
            about.extend(form::court_and_year_in_words(c));
            if let Some(name) = form::reporter_name(c) {
                about.push(format!("reported in *{name}*"));
            }
            if !about.is_empty() {
                let _ = writeln!(md, "{}\n", about.join(" · "));
            }
        }
        _ => {
            let _ = write!(md, "**{}**", markdown_escape(&authority.name));
            // The section's title: plead's table, else a library note's `title:`.
            let noted = library.and_then(|l| {
                entries_for(l, authority)
                    .into_iter()
                    .find_map(|e| e.case_name.clone())
            });
            if let Some(title) = tables::statute_title(&authority.name)
                .map(str::to_string)
                .or(noted)
            {
                let _ = write!(md, " — {}", markdown_escape(&title));
            }
            md.push_str("\n\n");
            let code = cited.reporter_display().and_then(tables::reporter);
            let section = cited.section_text();
            match (code, section) {
                (Some((_, code)), Some(s)) => {
                    let unit = if authority.kind == AuthorityKind::Rule {
                        "rule"
                    } else {
                        "§"
                    };
                    let title = cited
                        .volume_text()
                        .map(|v| format!("title {v}, "))
                        .unwrap_or_default();
                    let _ = writeln!(md, "{code}, {title}{unit} {s}\n");
                }
                (Some((_, code)), None) => {
                    let _ = writeln!(md, "{code}\n");
                }
                _ => {}
            }
        }
    }

    // A short form: what it refers to.
    if r.kind.is_short_form() {
        match authority.full {
            Some(f) if f != entry => {
                let page = auths
                    .source_span(analysis, f)
                    .map(|s| analysis.document.pages.page_at(s.start));
                let written = auths
                    .citation(analysis, f)
                    .map(|c| c.text.as_str())
                    .unwrap_or("");
                let what = match r.kind {
                    CitationKind::Id => "`Id.` refers to",
                    CitationKind::Supra => "*Supra* refers to",
                    _ => "Short form of",
                };
                let _ = writeln!(
                    md,
                    "{what} the full citation{}: `{}`\n",
                    page.map(|p| format!(" on page {p}")).unwrap_or_default(),
                    written.replace('`', "'")
                );
            }
            _ => md.push_str(
                "No full citation of this authority appears earlier in the document.\n\n",
            ),
        }
    }

    // The library: holdings and previews, with their sources.
    if let Some(library) = library {
        for e in entries_for(library, authority).into_iter().take(4) {
            let file = e
                .path
                .file_name()
                .map(|f| f.to_string_lossy().to_string())
                .unwrap_or_default();
            let source = e.source.map(|s| s.describe()).unwrap_or("library");
            if let Some(h) = &e.holding {
                let _ = writeln!(
                    md,
                    "**Holding** ({source}, `{file}`): {}\n",
                    markdown_escape(&clip(h, 600))
                );
            } else if let Some(p) = &e.preview {
                let _ = writeln!(
                    md,
                    "**Preview** ({source}, `{file}`): {}\n",
                    markdown_escape(&clip(p, 400))
                );
            }
            if let Some(url) = &e.url {
                let _ = writeln!(md, "<{url}>\n");
            }
        }
    }

    // What this document cites it for.
    let uses = propositions::uses(analysis, auths, authority.id);
    if !uses.is_empty() {
        write_uses(&mut md, &uses);
    }
    for (rel, other) in propositions::relations(analysis, auths, authority.id) {
        if let Some(o) = auths.authorities.get(other.0) {
            let of = o.full.and_then(|f| auths.citation(analysis, f));
            let _ = writeln!(md, "**{}** {}\n", rel.label(), form::display(o, of, true));
        }
    }
    // The citation style in force, and this citation in its form if it differs.
    if let Some(note) = plead_core::citations::style::hover_note(analysis, entry) {
        let _ = writeln!(md, "{note}\n");
    }
    Some(md.trim_end().to_string())
}

fn write_uses(md: &mut String, uses: &[CitationUse]) {
    let mut pages: Vec<u32> = uses.iter().map(|u| u.page).collect();
    pages.dedup();
    let mut pins: Vec<&str> = uses.iter().filter_map(|u| u.pins.as_deref()).collect();
    pins.dedup();
    let times = if uses.len() == 1 {
        "once".to_string()
    } else {
        format!("{} times", uses.len())
    };
    let pages = pages
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let _ = write!(
        md,
        "**Cited here for** ({times}, page{} {pages}",
        if pages.contains(',') { "s" } else { "" }
    );
    if !pins.is_empty() {
        let _ = write!(md, "; pins at {}", pins.join(", "));
    }
    md.push_str("):\n\n");
    let mut listed = 0;
    let mut seen: Vec<&str> = Vec::new();
    for u in uses {
        let Some(p) = u.proposition.as_deref() else {
            continue;
        };
        if seen.contains(&p) {
            continue;
        }
        seen.push(p);
        if listed == MAX_USES {
            let _ = writeln!(md, "- … and {} more", uses.len() - listed);
            break;
        }
        listed += 1;
        let at = u
            .pins
            .as_deref()
            .map(|p| format!(", at {p}"))
            .unwrap_or_default();
        let _ = writeln!(
            md,
            "- p. {}{at}: {}",
            u.page,
            markdown_escape(&clip(p, 300))
        );
        for e in &u.explanations {
            let _ = writeln!(md, "  - ({})", markdown_escape(&clip(e, 300)));
        }
    }
    // Explanatory parentheticals of citations without a proposition.
    for u in uses.iter().filter(|u| u.proposition.is_none()) {
        for e in &u.explanations {
            let _ = writeln!(md, "- p. {}: ({})", u.page, markdown_escape(&clip(e, 300)));
        }
    }
    md.push('\n');
}
