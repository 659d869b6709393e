//! What hover and definition show for a record cite, as pure functions over the
//! workspace's dockets: the entry's docket text, date, filer, attachments, its
//! PACER link and file; a claim from the claims register; an excerpts-of-record
//! cite. The editor layer only places the result.

use std::path::PathBuf;

use super::case;
use super::cite::{EntryRef, Pin, RecordCite, RecordForm};
use super::docket::{Claim, Docket, Entry};

/// Entries shown in one hover at most (a range `ECF Nos. 1–400` shows the first).
const MAX_SHOWN: usize = 10;

/// The hover text of `cite`, for the entries `named` (those under the cursor, or
/// the first). `docket` is the workspace's docket (with its related cases);
/// `document_cases` the case keys the document gives ([`case::document_cases`]).
pub fn hover_markdown(
    docket: Option<&Docket>,
    document_cases: &[String],
    cite: &RecordCite,
    named: &[&EntryRef],
) -> String {
    let first = named.first().copied().or(cite.entries.first());
    if cite.form == RecordForm::Excerpts {
        return named
            .iter()
            .map(|e| excerpt_markdown(e))
            .collect::<Vec<_>>()
            .join("\n\n");
    }
    let Some(docket) = docket.filter(|d| !d.is_empty()) else {
        let what = first.map_or_else(String::new, |e| {
            describe_ref(cite.form, e, cite.pin.as_ref())
        });
        return format!(
            "**{what}** — no docket found in the workspace.\n\nSave the PACER docket report (HTML), a RECAP JSON export or a `docket.csv` in the workspace, or set `plead.docket`."
        );
    };
    let candidates = case::candidates(docket, document_cases, cite.scope);
    if candidates.is_empty() {
        let what = first.map_or_else(String::new, |e| {
            describe_ref(cite.form, e, cite.pin.as_ref())
        });
        let known: Vec<String> = docket.cases().map(Docket::describe).collect();
        return format!(
            "**{what}** — none of the workspace's dockets is this document's case{}.\n\nDockets found: {}.",
            scope_note(cite),
            known.join("; ")
        );
    }
    let several = candidates.len() > 1;
    let mut sections: Vec<String> = Vec::new();
    for e in named.iter().take(MAX_SHOWN) {
        for d in &candidates {
            sections.push(match cite.form {
                RecordForm::Claim => claim_section(d, e),
                _ => match d.entry(e.entry) {
                    Some(entry) => entry_markdown(d, entry, e, cite.pin.as_ref(), several),
                    None => format!(
                        "**{}** — not on the {}{} (entries {}).",
                        describe_ref(cite.form, e, None),
                        if several { "docket " } else { "docket" },
                        if several { d.describe() } else { String::new() },
                        docket_range(d)
                    ),
                },
            });
        }
    }
    let mut markdown = sections.join("\n\n---\n\n");
    if named.len() > MAX_SHOWN {
        markdown.push_str(&format!(
            "\n\n…and {} more entries",
            named.len() - MAX_SHOWN
        ));
    }
    markdown
}

fn scope_note(cite: &RecordCite) -> &'static str {
    use super::cite::DocketScope::*;
    match cite.scope {
        Some(Bankruptcy) => " (a bankruptcy case docket)",
        Some(Adversary) => " (an adversary proceeding's docket)",
        Some(District) => " (a district court docket)",
        Some(Appellate) => " (the appeal's docket)",
        None => "",
    }
}

fn docket_range(docket: &Docket) -> String {
    let first = docket.entries().next().map_or(0, |e| e.number);
    format!("{first}–{}", docket.last_number().unwrap_or(first))
}

/// `ECF No. 34-1 at 3`, `Claim No. 7`.
pub fn describe_ref(form: RecordForm, e: &EntryRef, pin: Option<&Pin>) -> String {
    let mut s = match form {
        RecordForm::Claim => format!("Claim No. {}", e.entry),
        RecordForm::DktEntry => format!("Dkt. Entry {}", e.entry),
        _ => format!("ECF No. {}", e.entry),
    };
    if let Some(a) = e.attachment {
        s.push_str(&format!("-{a}"));
    }
    match pin {
        Some(Pin::Pages(r)) => s.push_str(&format!(" at {}", ranges(r))),
        Some(Pin::Paragraphs(r)) => s.push_str(&format!(" at ¶ {}", ranges(r))),
        Some(Pin::PageId(r)) => s.push_str(&format!(" at PageID {}", ranges(r))),
        None => {}
    }
    s
}

fn ranges(r: &[(u32, u32)]) -> String {
    r.iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One docket entry: number, date, filer, docket text, the cited attachment and pin,
/// the attachment list, the PACER link, links inside the text, and the file.
pub fn entry_markdown(
    docket: &Docket,
    entry: &Entry,
    cited: &EntryRef,
    pin: Option<&Pin>,
    name_the_case: bool,
) -> String {
    let mut head = format!("**ECF No. {}**", entry.number);
    if let Some(d) = entry.date_filed {
        head.push_str(&format!(" · filed {d}"));
    }
    if let Some(by) = &entry.filed_by {
        head.push_str(&format!(" · by {by}"));
    }
    if name_the_case {
        head.push_str(&format!(" · {}", docket.describe()));
    }
    let mut out = vec![head];
    if entry.sealed {
        out.push("*Sealed or restricted: the document is not public.*".into());
    }
    if !entry.text.is_empty() {
        out.push(escape(&entry.text));
    }
    if let Some(a) = cited.attachment {
        let line = match entry.attachment(a) {
            Some(att) => format!(
                "**Cited:** attachment {a}{}",
                att.description
                    .as_deref()
                    .map(|d| format!(" — {}", escape(d)))
                    .unwrap_or_default()
            ),
            None => format!("**Cited:** attachment {a} (not on the docket)"),
        };
        out.push(line);
    }
    if let Some(pin) = pin {
        out.push(format!(
            "**Pin:** {}",
            describe_ref(RecordForm::EcfNo, cited, Some(pin))
                .split_once(" at ")
                .map_or("", |(_, p)| p)
        ));
    }
    if !entry.attachments.is_empty() {
        let list: Vec<String> = entry
            .attachments
            .iter()
            .map(|a| {
                let mut s = format!("# {}", a.number);
                if let Some(d) = &a.description {
                    s.push_str(&format!(" {}", escape(d)));
                }
                if let Some(p) = a.page_count {
                    s.push_str(&format!(" ({p} pp.)"));
                }
                s
            })
            .collect();
        out.push(format!("**Attachments:** {}", list.join("; ")));
    }
    if let Some(url) = &entry.url {
        out.push(format!("[Open on PACER]({url})"));
    }
    let linked: Vec<String> = entry
        .links
        .iter()
        .filter(|l| l.url.starts_with("http"))
        .take(8)
        .map(|l| format!("[{}]({})", escape(&l.text), l.url))
        .collect();
    if !linked.is_empty() {
        out.push(format!("**Linked in the text:** {}", linked.join(", ")));
    }
    if let Some(file) = entry.file_of(cited.attachment).or(entry.document.as_ref()) {
        let pages = entry
            .pages_of(cited.attachment)
            .map(|p| format!(" ({p} pages)"))
            .unwrap_or_default();
        out.push(format!("**File:** `{}`{pages}", file.path.display()));
    } else if let Some(p) = entry.pages_of(cited.attachment) {
        out.push(format!("**Pages:** {p}"));
    }
    out.join("\n\n")
}

fn claim_section(docket: &Docket, e: &EntryRef) -> String {
    match docket.claim(e.entry) {
        Some(claim) => claim_markdown(claim, e.attachment),
        None if docket.claims.is_empty() => {
            let link = docket
                .claims_register_url
                .as_deref()
                .map(|u| format!(" ([claims register on PACER]({u}))"))
                .unwrap_or_default();
            format!(
                "**Claim No. {}** — the claims register is not in the workspace{link}.\n\nSave it from PACER (Reports → Claims Register) beside the docket to check and preview claims.",
                e.entry
            )
        }
        None => format!(
            "**Claim No. {}** — not on the claims register (claims {}–{}).",
            e.entry,
            docket.claims.keys().next().copied().unwrap_or(0),
            docket.claims.keys().next_back().copied().unwrap_or(0)
        ),
    }
}

/// A claim from the claims register: number (and amendment), creditor, date, amount.
pub fn claim_markdown(claim: &Claim, amendment: Option<u32>) -> String {
    let mut head = format!("**Claim No. {}**", claim.number);
    if let Some(a) = amendment {
        head.push_str(&format!(" (amendment {a})"));
    }
    if let Some(d) = claim.date_filed {
        head.push_str(&format!(" · filed {d}"));
    }
    let mut out = vec![head];
    if let Some(c) = &claim.creditor {
        out.push(format!("**Creditor:** {}", escape(c)));
    }
    if let Some(a) = &claim.amount {
        out.push(format!("**Amount claimed:** {}", escape(a)));
    }
    if !claim.text.is_empty() {
        out.push(escape(&claim.text));
    }
    if let Some(u) = &claim.url {
        if u.starts_with("http") {
            out.push(format!("[Open on PACER]({u})"));
        }
    }
    out.join("\n\n")
}

/// `1-ER-23`: a page of the excerpts of record filed with an appellate brief.
pub fn excerpt_markdown(e: &EntryRef) -> String {
    match e.attachment {
        Some(v) => format!(
            "**Excerpts of Record**, volume {v}, page {} — the appendix filed with the appellate briefs, not a docket entry.",
            e.entry
        ),
        None => format!(
            "**Excerpts of Record**, page {} — the appendix filed with the appellate briefs, not a docket entry.",
            e.entry
        ),
    }
}

/// Markdown-significant characters of docket text shown literally.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Where definition goes for a cite: the filed document (with the pinned page,
/// for the editor to turn into a line) and the entry's rows in the docket files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Destination {
    pub path: PathBuf,
    /// 0-based line in a docket file.
    pub line: u32,
    /// The pinned page of a filed document.
    pub page: Option<u32>,
}

pub fn definition_destinations(
    docket: &Docket,
    document_cases: &[String],
    cite: &RecordCite,
    under: &EntryRef,
) -> Vec<Destination> {
    let mut out = Vec::new();
    if cite.form == RecordForm::Excerpts {
        return out;
    }
    for d in case::candidates(docket, document_cases, cite.scope) {
        if cite.form == RecordForm::Claim {
            if let Some(claim) = d.claim(under.entry) {
                out.extend(claim.rows.iter().map(|r| Destination {
                    path: r.path.clone(),
                    line: r.line,
                    page: None,
                }));
            }
            continue;
        }
        let Some(entry) = d.entry(under.entry) else {
            continue;
        };
        if let Some(file) = entry.file_of(under.attachment).or(entry.document.as_ref()) {
            out.push(Destination {
                path: file.path.clone(),
                line: 0,
                page: cite.pin.as_ref().and_then(Pin::first_page),
            });
        }
        out.extend(entry.rows.iter().map(|r| Destination {
            path: r.path.clone(),
            line: r.line,
            page: None,
        }));
    }
    out
}
