//! Citations: finding authorities (cases, short forms, Id., statutes, rules),
//! resolving short forms to their antecedents, and checking Bluebook form.
//!
//! - [`scan`] finds citations in a paragraph's logical text (per paragraph, cached);
//! - [`resolve`] links short forms and `Id.` and groups citations by authority (document pass);
//! - [`checks`] reports departures from Bluebook form (`citation/…` rules);
//! - tables: [`reporters`] (reporters-db), [`courts`], [`case_names`] (T6), [`statutes`].
//!
//! Public model: [`model`] ([`ParagraphCitations`] per paragraph, [`Authorities`] per document).

pub mod case_names;
pub mod checks;
pub mod courts;
pub mod model;
mod record_refs;
pub mod reporters;
pub mod resolve;
pub mod scan;
pub mod statutes;
mod tables;

pub use model::*;

use crate::document::BlockKind;

use crate::analysis::{
    Analyzer, DocumentContext, DocumentFacts, ParagraphContext, ParagraphFacts, Rule,
};

pub struct CitationAnalyzer;

/// Whether a paragraph is a footnote's text as plain text gives it: `[39] . In re …`,
/// `[4] Additional cases …`, `FN1. …`, `Footnote 2 …`.
fn is_footnote(text: &str) -> bool {
    let bracketed = text.strip_prefix('[').is_some_and(|rest| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && rest[digits..].starts_with(']')
    });
    let named = ["FN", "Footnote "].iter().any(|p| {
        text.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    bracketed || named
}

impl Analyzer for CitationAnalyzer {
    fn id(&self) -> &'static str {
        "citations"
    }
    fn rules(&self) -> &'static [Rule] {
        checks::RULES
    }
    fn paragraph(&self, cx: &ParagraphContext, out: &mut ParagraphFacts) {
        let para = cx.paragraph;
        let cites = scan::extract(&para.text, &para.emphasis);
        for c in &cites {
            // The typo checker must not look inside citations (names included).
            out.protect(c.span);
            if let Some(s) = c.signal {
                out.protect(s.span);
            }
        }
        let findings =
            checks::check_paragraph_with(&para.text, &para.emphasis, &cx.config.citations, &cites);
        // Stray spaces before commas and undated full citations are decided over the
        // whole document (see `checks::document::deferred`).
        let mut deferred = checks::document::Deferred::default();
        let findings = findings
            .into_iter()
            .filter_map(|f| {
                if f.code == checks::SPACE_BEFORE_COMMA.code {
                    deferred.stray_spaces.push(f);
                } else if f.code == checks::COURT_YEAR_MISSING.code {
                    deferred.undated.push(f);
                } else {
                    return Some(f);
                }
                None
            })
            .collect::<Vec<_>>();
        out.findings.extend(findings);
        deferred.named = cites
            .iter()
            .filter(|c| c.case_name.is_some() && c.volume.is_some())
            .count();
        out.ext.insert(deferred);
        out.ext
            .insert(resolve::CitationsDigest(resolve::citations_digest(&cites)));
        out.ext.insert(ParagraphCitations(cites));
    }
    fn document(&self, cx: &DocumentContext, out: &mut DocumentFacts) {
        const NONE: &[Citation] = &[];
        const NO_CANDIDATES: &[AntecedentCandidate] = &[];
        let quoted = |p: usize| {
            cx.document
                .paragraphs
                .get(p)
                .is_some_and(|para| para.kind == BlockKind::BlockQuote)
        };
        let inputs: Vec<resolve::ParagraphInput> = cx
            .paragraphs
            .iter()
            .enumerate()
            .map(|(p, facts)| resolve::ParagraphInput {
                citations: facts
                    .ext
                    .get::<ParagraphCitations>()
                    .map_or(NONE, |c| c.0.as_slice()),
                digest: facts
                    .ext
                    .get::<resolve::CitationsDigest>()
                    .map_or(0, |d| d.0),
                // Cites other analyzers found (record cites) are antecedents for `Id.` too.
                candidates: facts
                    .ext
                    .get::<AntecedentCandidates>()
                    .map_or(NO_CANDIDATES, |c| c.0.as_slice()),
                quoted: quoted(p),
                footnote: cx
                    .document
                    .paragraphs
                    .get(p)
                    .is_some_and(|para| is_footnote(&para.text)),
            })
            .collect();
        let (model, kept) = resolve::resolve_reusing(&inputs, cx.memo.take());
        cx.memo.put(kept);
        let lookup = |i: usize| {
            let at = model.citations.get(i)?.at;
            inputs.get(at.paragraph)?.citations.get(at.index)
        };
        for f in checks::document::check(&model, lookup, &cx.document.paragraphs) {
            out.findings.push(f);
        }
        let deferred = cx.paragraphs.iter().map(|facts| {
            (
                facts.ext.get::<checks::document::Deferred>(),
                facts
                    .ext
                    .get::<ParagraphCitations>()
                    .map_or(NONE, |c| c.0.as_slice()),
            )
        });
        out.findings
            .extend(checks::document::deferred(&model, deferred));
        out.ext.insert(model);
    }
}
