//! Code actions: each finding's fixes as quick fixes, "fix all" per rule, and
//! dictionary actions for misspellings.

use plead_core::analysis::{Analysis, Edit, Finding, Span};

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
                edits: fix.edits.clone(),
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
