//! What a citation is cited for: the sentence before it in its paragraph.

use crate::analysis::Span;
use crate::citations::model::Citation;

/// The sentence before citation `i` in its paragraph (what it is cited for).
/// `first_of_clause`: the first top-level citation of its clause before it;
/// `previous_top`: the last top-level citation before it.
pub(super) fn proposition(
    text: &str,
    cites: &[Citation],
    i: usize,
    first_of_clause: Option<usize>,
    previous_top: Option<usize>,
) -> Option<Span> {
    let c = &cites[i];
    if c.nested_in.is_some() {
        return cites[c.nested_in?].proposition;
    }
    if let Some(h) = c.history_of {
        return cites[h].proposition;
    }
    if let Some(p) = c.parallel_to {
        return cites[p].proposition;
    }
    // Citations of one clause share the proposition of the first.
    if let Some(first) = first_of_clause {
        return cites[first].proposition;
    }
    let lead = c.signal.map_or(c.span.start, |s| s.span.start);
    let floor = previous_top.map_or(0, |o| cites[o].span.end.min(lead));
    let head = text.get(floor..lead)?;
    let trimmed = head.trim_end();
    if trimmed.is_empty() {
        return None;
    }
    // A citation sentence cites for the sentence before it; a citation inside a
    // textual sentence, for the words before it in that sentence.
    let end = floor + trimmed.len();
    let body = &text[floor..end];
    let search = body
        .strip_suffix(['.', '?', '!', '"', '\u{201d}', ';', ','])
        .unwrap_or(body);
    let start = sentence_start(search).map_or(floor, |k| floor + k);
    let span = Span::new(start, end);
    let s = text[span.start..span.end].trim_start_matches(['.', ' ', ';', ')']);
    (s.len() > 1).then(|| Span::new(end - s.len(), end))
}

/// Offset of the start of the last sentence in `s`.
fn sentence_start(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut k = s.len();
    while k > 1 {
        k -= 1;
        if b[k] == b' ' && matches!(b[k - 1], b'.' | b'?' | b'!' | b'"' | b')') {
            let word_start = s[..k - 1].rfind(' ').map_or(0, |w| w + 1);
            let word = &s[word_start..k];
            let ends_sentence = match b[k - 1] {
                b'.' => !crate::citations::case_names::is_abbreviation(word) && word.len() > 2,
                b'"' | b')' => word.contains(['.', '?', '!']),
                _ => true,
            };
            if ends_sentence
                && b.get(k + 1)
                    .is_some_and(|c| c.is_ascii_uppercase() || *c == b'"')
            {
                return Some(k + 1);
            }
        }
    }
    None
}
