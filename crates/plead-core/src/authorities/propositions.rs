//! What this document cites an authority for: every citation of it with the
//! sentence it supports, its pins and explanatory parentheticals, and which
//! other authorities it quotes or is quoted by.

use crate::analysis::{Analysis, Span};
use crate::citations::{
    Authorities, AuthorityId, Citation, CitationAt, CitationKind, ParentheticalKind,
};

/// One citation of an authority, as the document uses it.
#[derive(Clone, Debug, PartialEq)]
pub struct CitationUse {
    /// Index into [`Authorities::citations`].
    pub entry: usize,
    pub kind: CitationKind,
    /// Source span of the citation.
    pub source: Span,
    /// Page of the document it is on.
    pub page: u32,
    /// The citation as written.
    pub text: String,
    /// The sentence it supports (text before it in its paragraph).
    pub proposition: Option<String>,
    pub pins: Option<String>,
    /// Explanatory parentheticals (`holding that …`), without parentheses.
    pub explanations: Vec<String>,
}

/// How one authority relates to another through `(quoting …)`/`(citing …)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Quotes,
    Cites,
    QuotedBy,
    CitedBy,
}

impl Relation {
    pub fn label(self) -> &'static str {
        match self {
            Relation::Quotes => "Quotes",
            Relation::Cites => "Cites",
            Relation::QuotedBy => "Quoted by",
            Relation::CitedBy => "Cited by",
        }
    }
}

/// Every citation of `authority`, in document order.
pub fn uses(analysis: &Analysis, auths: &Authorities, authority: AuthorityId) -> Vec<CitationUse> {
    let Some(a) = auths.authorities.get(authority.0) else {
        return Vec::new();
    };
    a.citations
        .iter()
        .filter_map(|&i| citation_use(analysis, auths, i))
        .collect()
}

pub fn citation_use(analysis: &Analysis, auths: &Authorities, entry: usize) -> Option<CitationUse> {
    let r = auths.citations.get(entry)?;
    let c = auths.citation(analysis, entry)?;
    let source = auths.source_span(analysis, entry)?;
    let paragraph = analysis.document.paragraphs.get(r.at.paragraph)?;
    let siblings = paragraph_citations(analysis, r.at.paragraph);
    // A citation inside `(quoting …)` supports what its parent supports.
    let owner = c.nested_in.and_then(|j| siblings.get(j)).unwrap_or(c);
    let proposition = owner
        .proposition
        .and_then(|s| paragraph.text.get(s.start..s.end))
        .map(str::to_string)
        .or_else(|| sentence_before(&paragraph.text, owner, siblings))
        .map(|s| tidy(&s))
        .filter(|s| !s.is_empty());
    let explanations = c
        .parentheticals
        .iter()
        .filter(|p| p.kind == ParentheticalKind::Explanatory)
        .map(|p| c.parenthetical_text(p).trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some(CitationUse {
        entry,
        kind: r.kind,
        source,
        page: analysis.document.pages.page_at(source.start),
        text: c.text.clone(),
        proposition,
        pins: c
            .pin_text()
            .or_else(|| inherited_pin(analysis, auths, entry)),
        explanations,
    })
}

/// `Id.` without a pin cites the same page as its antecedent (Bluebook R4.1).
fn inherited_pin(analysis: &Analysis, auths: &Authorities, entry: usize) -> Option<String> {
    let mut at = entry;
    // Bounded: a chain of `Id.`s is followed back at most this far.
    for _ in 0..64 {
        let r = auths.citations.get(at)?;
        if r.kind != CitationKind::Id {
            return None;
        }
        at = r.antecedent?;
        if let Some(pin) = auths.citation(analysis, at)?.pin_text() {
            return Some(pin);
        }
    }
    None
}

fn paragraph_citations(analysis: &Analysis, paragraph: usize) -> &[Citation] {
    analysis
        .paragraphs
        .get(paragraph)
        .and_then(|p| p.ext.get::<crate::citations::ParagraphCitations>())
        .map_or(&[], |c| c.0.as_slice())
}

/// The document entry of a paragraph citation.
pub fn entry_at(auths: &Authorities, at: CitationAt) -> Option<usize> {
    auths.citations.binary_search_by(|c| c.at.cmp(&at)).ok()
}

/// The authorities `authority` quotes or cites, and those that quote or cite it,
/// each once, in document order.
pub fn relations(
    analysis: &Analysis,
    auths: &Authorities,
    authority: AuthorityId,
) -> Vec<(Relation, AuthorityId)> {
    let mut out: Vec<(Relation, AuthorityId)> = Vec::new();
    let Some(a) = auths.authorities.get(authority.0) else {
        return out;
    };
    let mut add = |rel: Relation, other: Option<AuthorityId>| {
        if let Some(other) = other.filter(|o| *o != authority) {
            if !out.contains(&(rel, other)) {
                out.push((rel, other));
            }
        }
    };
    for &i in &a.citations {
        let Some(r) = auths.citations.get(i) else {
            continue;
        };
        let siblings = paragraph_citations(analysis, r.at.paragraph);
        let Some(c) = siblings.get(r.at.index) else {
            continue;
        };
        let authority_of = |index: usize| {
            entry_at(
                auths,
                CitationAt {
                    paragraph: r.at.paragraph,
                    index,
                },
            )
            .and_then(|e| auths.citations[e].authority)
        };
        // Children: citations held in this one's parentheticals.
        for (j, child) in siblings.iter().enumerate() {
            if child.nested_in == Some(r.at.index) {
                let rel =
                    if holding_parenthetical(c, child.span) == Some(ParentheticalKind::Quoting) {
                        Relation::Quotes
                    } else {
                        Relation::Cites
                    };
                add(rel, authority_of(j));
            }
        }
        // Parent: the citation whose parenthetical holds this one.
        if let Some(parent) = c.nested_in.and_then(|j| siblings.get(j).map(|p| (j, p))) {
            let rel = if holding_parenthetical(parent.1, c.span) == Some(ParentheticalKind::Quoting)
            {
                Relation::QuotedBy
            } else {
                Relation::CitedBy
            };
            add(rel, authority_of(parent.0));
        }
    }
    out
}

fn holding_parenthetical(parent: &Citation, child: Span) -> Option<ParentheticalKind> {
    parent
        .parentheticals
        .iter()
        .find(|p| p.span.start <= child.start && child.start < p.span.end)
        .map(|p| p.kind)
}

/// The sentence before a citation in its paragraph: back to the previous
/// citation or sentence end, skipping the citation's signal.
pub fn sentence_before(text: &str, c: &Citation, siblings: &[Citation]) -> Option<String> {
    let end = c
        .signal
        .map_or(c.span.start, |s| s.span.start)
        .min(text.len());
    let before = text.get(..end)?.trim_end();
    // Other citations that end before this one bound the sentence (string cites).
    let floor = siblings
        .iter()
        .filter(|s| s.nested_in.is_none() && s.span.end <= end && s.span != c.span)
        .map(|s| s.span.end)
        .max()
        .unwrap_or(0);
    let region = before.get(floor..)?;
    // The sentence before `region`'s last sentence end (which closes the proposition).
    let body = region.trim_end_matches([';', ',', ' ']);
    let start = sentence_start(body);
    let s = body[start..].trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Offset after the last sentence end (`. `, `? `, `! ` plus closing quotes) that
/// is not an abbreviation such as `v.`, `Inc.` or `U.S.`.
fn sentence_start(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = text.len();
    while i > 0 {
        i -= 1;
        if !matches!(bytes[i], b'.' | b'?' | b'!') {
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
            j += 1;
        }
        // Closing curly quotes.
        let rest = &text[j..];
        let rest_trimmed = rest.trim_start_matches(['”', '’']);
        let j = j + (rest.len() - rest_trimmed.len());
        if !rest_trimmed.starts_with(' ') {
            continue;
        }
        if bytes[i] == b'.' && is_abbreviation(&text[..i]) {
            continue;
        }
        return j + 1;
    }
    0
}

fn is_abbreviation(before_period: &str) -> bool {
    let word = before_period
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    word.len() <= 3
        && word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || word.len() == 1)
        || word.contains('.')
        || matches!(
            word.to_ascii_lowercase().as_str(),
            "inc"
                | "corp"
                | "supp"
                | "cir"
                | "cal"
                | "dist"
                | "sys"
                | "app"
                | "no"
                | "id"
                | "cnty"
                | "dep't"
                | "ass'n"
                | "univ"
                | "educ"
                | "fed"
        )
}

/// Collapse whitespace.
fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_starts_skip_abbreviations() {
        let t = "He sued Smith Inc. and lost. The rule in U.S. courts applies";
        let at = sentence_start(t);
        assert_eq!(&t[at..], "The rule in U.S. courts applies");
        assert_eq!(sentence_start("No boundary here"), 0);
        let q = "Evidence must be kept. “A party’s destruction qualifies.”";
        assert_eq!(
            &q[sentence_start(q)..],
            "“A party’s destruction qualifies.”"
        );
    }
}
