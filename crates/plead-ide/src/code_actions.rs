//! Code actions: each finding's fixes as quick fixes, "fix all" per rule, dictionary
//! actions for misspellings, and "suppress on this line" (a suppression comment).

use plead_core::analysis::{Analysis, Edit, Finding, Span};
use plead_core::document::directives;
use plead_core::document::Format;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    QuickFix,
    /// Applies to the whole document (LSP `source.fixAll`-like, offered as quickfix too).
    FixAll,
    /// Rewrites text without a finding behind it (LSP `refactor.rewrite`): a citation
    /// converted to another style.
    Rewrite,
}

/// A server-side command an action runs instead of (or besides) an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    pub name: &'static str,
    pub title: String,
    pub arguments: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub title: String,
    pub kind: ActionKind,
    pub edits: Vec<Edit>,
    pub preferred: bool,
    /// The findings this action addresses (indices into `analysis.findings`).
    pub findings: Vec<usize>,
    pub command: Option<Command>,
}

pub const ADD_WORD_COMMAND: &str = "plead.addWord";
pub const IGNORE_WORD_COMMAND: &str = "plead.ignoreWord";

/// Actions for the findings that overlap `range` (source offsets).
pub fn code_actions(analysis: &Analysis, source: &str, range: Span) -> Vec<Action> {
    let mut actions = Vec::new();
    for (i, f) in analysis.findings.iter().enumerate() {
        let hit =
            f.span.overlaps(range) || f.span.touches(range.start) || range.touches(f.span.start);
        if !hit {
            continue;
        }
        for fix in &f.fixes {
            actions.push(Action {
                title: fix.title.to_string(),
                kind: ActionKind::QuickFix,
                edits: fix.edits.to_vec(),
                preferred: fix.preferred,
                findings: vec![i],
                command: None,
            });
        }
        if f.code == "typo/misspelling" {
            if let Some(word) = source.get(f.span.start..f.span.end) {
                actions.push(dictionary_action(
                    i,
                    word,
                    ADD_WORD_COMMAND,
                    format!("Add “{word}” to the workspace dictionary"),
                ));
                actions.push(dictionary_action(
                    i,
                    word,
                    IGNORE_WORD_COMMAND,
                    format!("Ignore “{word}” in this document"),
                ));
            }
        }
        if let Some(all) = fix_all(analysis, f) {
            if !actions.iter().any(|a| a.title == all.title) {
                actions.push(all);
            }
        }
        if let Some(suppress) = suppress_on_line(analysis, source, i) {
            if !actions.iter().any(|a| a.title == suppress.title) {
                actions.push(suppress);
            }
        }
    }
    actions.extend(style_conversions(analysis, range));
    actions
}

/// "Convert citation to California Style Manual" (and the other styles) for the
/// citation under the cursor.
fn style_conversions(analysis: &Analysis, range: Span) -> Vec<Action> {
    let Some((paragraph, offset)) = analysis.document.locate(range.start) else {
        return Vec::new();
    };
    let Some(para) = analysis.document.paragraphs.get(paragraph) else {
        return Vec::new();
    };
    plead_core::citations::style::conversions_at(analysis, paragraph, offset)
        .into_iter()
        .filter(|(_, span, _)| para.is_editable(*span))
        .map(|(style, span, text)| Action {
            title: format!("Convert citation to {}", style.style().name),
            kind: ActionKind::Rewrite,
            edits: vec![Edit {
                span: para.to_source(span),
                new_text: text.into(),
            }],
            preferred: false,
            findings: Vec::new(),
            command: None,
        })
        .collect()
}

/// "Suppress `code` on this line": a `plead-disable-next-line` comment above the
/// finding's line (with its indentation), or the code added to the one already there.
fn suppress_on_line(analysis: &Analysis, source: &str, finding: usize) -> Option<Action> {
    let f = analysis.findings.get(finding)?;
    let markdown = analysis.document.format == Format::Markdown;
    let line_start = source
        .get(..f.span.start)?
        .rfind(['\n', '\r'])
        .map_or(0, |i| i + 1);
    let line = &source[line_start..];
    let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
    let title = format!("Suppress {} on this line", f.code);
    // The line above, when it is already a disable-next-line comment: add the code there.
    let before = source[..line_start].trim_end_matches(['\n', '\r']);
    let above_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let above = &before[above_start..];
    let existing = directives::directives(above.trim(), markdown)
        .into_iter()
        .find(|d| d.verb == directives::Verb::DisableNextLine && !d.codes.is_empty());
    let edit = if let Some(d) = existing.filter(|_| line_start > 0) {
        if d.codes.iter().any(|c| c == f.code) {
            return None;
        }
        // After the last code: before ` -->` in the HTML form, at the end otherwise.
        let trimmed = above.trim_end();
        let at = match trimmed.strip_suffix("-->") {
            Some(head) => above_start + head.trim_end().len(),
            None => above_start + trimmed.len(),
        };
        Edit {
            span: Span::new(at, at),
            new_text: format!(" {}", f.code).into(),
        }
    } else {
        // The line break the finding's line ends with (a last line: the one before it).
        let newline = match line.find(['\n', '\r']) {
            Some(i) if line[i..].starts_with("\r\n") => "\r\n",
            Some(i) if line[i..].starts_with('\r') => "\r",
            Some(_) => "\n",
            None if source[..line_start].ends_with("\r\n") => "\r\n",
            None => "\n",
        };
        Edit {
            span: Span::new(line_start, line_start),
            new_text: format!(
                "{indent}{}{newline}",
                directives::disable_next_line(f.code, markdown)
            )
            .into(),
        }
    };
    Some(Action {
        title,
        kind: ActionKind::QuickFix,
        edits: vec![edit],
        preferred: false,
        findings: vec![finding],
        command: None,
    })
}

fn dictionary_action(finding: usize, word: &str, name: &'static str, title: String) -> Action {
    Action {
        title: title.clone(),
        kind: ActionKind::QuickFix,
        edits: Vec::new(),
        preferred: false,
        findings: vec![finding],
        command: Some(Command {
            name,
            title,
            arguments: vec![word.to_string()],
        }),
    }
}

/// "Fix all `code` in this document": the preferred fix of every finding of that rule,
/// when there are at least two and their edits do not overlap.
fn fix_all(analysis: &Analysis, of: &Finding) -> Option<Action> {
    let mut edits: Vec<Edit> = Vec::new();
    let mut findings = Vec::new();
    for (i, f) in analysis
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.code == of.code)
    {
        if let Some(fix) = f.fixes.iter().find(|x| x.preferred) {
            if fix
                .edits
                .iter()
                .all(|e| edits.iter().all(|x| !x.span.overlaps(e.span)))
            {
                edits.extend(fix.edits.iter().cloned());
                findings.push(i);
            }
        }
    }
    (findings.len() >= 2).then(|| Action {
        title: format!("Fix all {} in this document ({})", of.code, findings.len()),
        kind: ActionKind::FixAll,
        edits,
        preferred: false,
        findings,
        command: None,
    })
}
