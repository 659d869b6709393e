//! Introductory signals (`See`, `See, e.g.,`, `But cf.`) written before a citation.

use super::Scanner;
use crate::analysis::Span;
use crate::citations::model::{Signal, SignalKind};

/// Signals, longest first; a trailing comma after a signal other than `e.g.` is an error the checks report.
const SIGNALS: &[(&str, SignalKind)] = &[
    ("See generally,", SignalKind::SeeGenerally),
    ("see generally,", SignalKind::SeeGenerally),
    ("See generally", SignalKind::SeeGenerally),
    ("see generally", SignalKind::SeeGenerally),
    ("See, e.g.,", SignalKind::SeeEg),
    ("see, e.g.,", SignalKind::SeeEg),
    // Without the Bluebook's commas: New York's form, a slip in the Bluebook's.
    ("See e.g.,", SignalKind::SeeEg),
    ("see e.g.,", SignalKind::SeeEg),
    ("See e.g.", SignalKind::SeeEg),
    ("see e.g.", SignalKind::SeeEg),
    ("See also,", SignalKind::SeeAlso),
    ("see also,", SignalKind::SeeAlso),
    ("See also", SignalKind::SeeAlso),
    ("see also", SignalKind::SeeAlso),
    ("But see,", SignalKind::ButSee),
    ("but see,", SignalKind::ButSee),
    ("But see", SignalKind::ButSee),
    ("but see", SignalKind::ButSee),
    ("But cf.,", SignalKind::ButCf),
    ("But cf.", SignalKind::ButCf),
    ("but cf.", SignalKind::ButCf),
    ("Compare", SignalKind::Compare),
    ("compare", SignalKind::Compare),
    ("Accord,", SignalKind::Accord),
    ("Accord", SignalKind::Accord),
    ("accord", SignalKind::Accord),
    ("Contra", SignalKind::Contra),
    ("contra", SignalKind::Contra),
    ("E.g.,", SignalKind::Eg),
    ("e.g.,", SignalKind::Eg),
    ("Cf.,", SignalKind::Cf),
    ("Cf.", SignalKind::Cf),
    ("cf.", SignalKind::Cf),
    ("See,", SignalKind::See),
    ("see,", SignalKind::See),
    ("See", SignalKind::See),
    ("see", SignalKind::See),
    ("with", SignalKind::With),
];

impl Scanner<'_> {
    /// The signal written right before `start`.
    pub(super) fn signal_before(&self, start: usize, floor: usize) -> Option<Signal> {
        let before = self.text.get(floor..start)?.strip_suffix(' ')?;
        for (form, kind) in SIGNALS {
            if let Some(head) = before.strip_suffix(form) {
                let ok = head.is_empty() || head.ends_with([' ', '(', '"', '\u{201c}']);
                // A capitalized signal right after a bare word is a name's last word, not a
                // signal (`O'Bryan v. Holy See, 556 F.3d 361`): a signal opens a citation
                // sentence or clause, after punctuation.
                let in_name = form.starts_with(char::is_uppercase)
                    && head.trim_end().ends_with(char::is_alphabetic);
                if !ok || in_name {
                    continue;
                }
                if *kind == SignalKind::With && !head.trim_end().ends_with([',', ')', ';']) {
                    continue;
                }
                let s = floor + head.len();
                return Some(Signal {
                    kind: *kind,
                    span: Span::new(s, s + form.len()),
                });
            }
        }
        None
    }
}
