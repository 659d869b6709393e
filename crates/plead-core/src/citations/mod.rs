//! Citations: finding authorities (cases, short forms, Id., statutes, rules),
//! resolving short forms to their antecedents, and checking Bluebook form.
//!
//! - [`scan`] finds citations in a paragraph's logical text (per paragraph, cached);
//! - [`resolve`] links short forms and `Id.` and groups citations by authority (document pass);
//! - [`checks`] reports departures from the citation style in force (`citation/…` rules);
//! - [`style`]: the styles as data (Bluebook, California, New York), which one a
//!   document is written in, and conversion between them;
//! - tables: [`reporters`] (reporters-db), [`courts`], [`case_names`] (T6), [`statutes`].
//!
//! Public model: [`model`] ([`ParagraphCitations`] per paragraph, [`Authorities`] per document).

pub mod case_names;
pub mod checks;
pub mod courts;
pub mod model;
mod months;
mod record_refs;
pub mod reporters;
pub mod resolve;
pub mod scan;
pub mod statutes;
pub mod style;
mod tables;

/// Tables `build.rs` derives from `data/` (see the build script).
mod generated {
    /// courts-db's forms of their own: [`super::courts::courts_db_forms_of_their_own`].
    pub(super) const COURTS_DB_OWN_FORMS: &str =
        include_str!(concat!(env!("OUT_DIR"), "/courts_db_own_forms.tsv"));
}

pub use model::*;
pub use style::detect::StyleInForce;
pub use style::StyleId;

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::document::BlockKind;

use crate::analysis::{
    Analyzer, DocumentContext, DocumentFacts, Finding, ParagraphContext, ParagraphFacts, Rule,
};

pub struct CitationAnalyzer;

/// What the paragraph pass leaves for the document pass to re-check a paragraph in
/// another style: the style its findings were made in, where they are in
/// `ParagraphFacts::findings`, and what its citations say about the document's style.
#[derive(Clone, Debug)]
pub struct ParagraphStyle {
    pub checked_in: StyleId,
    pub findings: std::ops::Range<usize>,
    pub evidence: style::detect::StyleEvidence,
}

/// What the paragraph pass leaves for the document pass besides the citations, in one
/// value: the document pass reads it in every paragraph on every keystroke, one look-up
/// each rather than three (~1,900 paragraphs in a 1 MB brief).
struct ForDocumentPass {
    style: ParagraphStyle,
    deferred: checks::document::Deferred,
    /// [`resolve::citations_digest`] of the paragraph's citations.
    digest: u64,
    /// The paragraph's words and how many of them are runs of words a scan's text
    /// layer glued together (see [`TextQuality`]).
    quality: TextQuality,
}

/// How many words a paragraph has and how many of them are letter runs too long for a
/// word (`thetrialcourterrorinexcludingas`): a scanned brief whose OCR dropped the
/// spaces. In the fifth precision sample's three scans 10–16 % of the words are such
/// runs; in its 105 born-digital briefs at most 0.5 %.
#[derive(Clone, Copy, Debug, Default)]
struct TextQuality {
    words: u32,
    run_together: u32,
}

/// Letters in a row past which a "word" is words run together (`unconstitutionally`,
/// 18, is the longest word the briefs write more than once).
const RUN_TOGETHER_LETTERS: usize = 19;

impl TextQuality {
    fn of(text: &str) -> TextQuality {
        let mut q = TextQuality::default();
        for word in text.split_ascii_whitespace() {
            q.words += 1;
            let letters = word.trim_matches(|c: char| !c.is_alphabetic());
            if letters.len() >= RUN_TOGETHER_LETTERS && letters.chars().all(char::is_alphabetic) {
                q.run_together += 1;
            }
        }
        q
    }

    /// Whether a document's text runs its words together too often to be read for
    /// citation form: at least 3 % of its words (and 20 of them) are runs. Its citations
    /// are run together too (`Statev. Blake,197 Wn.2d 170,481 P.3d 521`), and every form
    /// finding on them would be about the scan, not the brief.
    fn unreadable(self) -> bool {
        self.run_together >= 20 && u64::from(self.run_together) * 100 >= u64::from(self.words) * 3
    }
}

/// The document pass's findings of paragraphs re-checked in the detected style, kept
/// from run to run by content (a keystroke re-checks only the paragraph it changed).
#[derive(Default)]
struct StyleRechecks {
    style: Option<StyleId>,
    config: u64,
    by_paragraph: FxHashMap<u64, Arc<(Vec<Finding>, checks::document::Deferred)>>,
}

/// How many paragraphs at the start of a document may hold its caption.
const CAPTION_PARAGRAPHS: usize = 40;

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
        // A fixed style is known here; `auto` is decided by the document pass, which
        // re-checks in another style what was checked in the Bluebook's.
        let checked_in = style::fixed(cx.config.citations.style).unwrap_or(StyleId::BLUEBOOK);
        let (findings, deferred) = paragraph_findings(
            &para.text,
            &para.emphasis,
            &cx.config.citations,
            checked_in,
            &cites,
        );
        let first = out.findings.len();
        out.findings.extend(findings);
        out.ext.insert(ForDocumentPass {
            style: ParagraphStyle {
                checked_in,
                findings: first..out.findings.len(),
                evidence: style::detect::paragraph_evidence(&para.text, &cites),
            },
            deferred,
            digest: resolve::citations_digest(&cites),
            quality: TextQuality::of(&para.text),
        });
        out.ext.insert(ParagraphCitations(cites));
    }
    fn document(&self, cx: &DocumentContext, out: &mut DocumentFacts) {
        let first_finding = out.findings.len();
        self.check_document(cx, out);
        withdraw_where_not_the_writers(cx, out, first_finding);
    }
}

impl CitationAnalyzer {
    fn check_document(&self, cx: &DocumentContext, out: &mut DocumentFacts) {
        const NONE: &[Citation] = &[];
        const NO_CANDIDATES: &[AntecedentCandidate] = &[];
        // Each paragraph's own, looked up once for the passes below.
        let own: Vec<(Option<&ForDocumentPass>, &[Citation])> = cx
            .paragraphs
            .iter()
            .map(|facts| {
                (
                    facts.ext.get::<ForDocumentPass>(),
                    facts
                        .ext
                        .get::<ParagraphCitations>()
                        .map_or(NONE, |c| c.0.as_slice()),
                )
            })
            .collect();
        let in_force = style_in_force(cx, &own);
        let rechecked = recheck_in_style(cx, &own, in_force.style, out);
        out.ext.insert(in_force);
        let quoted = |p: usize| {
            cx.document
                .paragraphs
                .get(p)
                .is_some_and(|para| para.kind == BlockKind::BlockQuote)
        };
        let inputs: Vec<resolve::ParagraphInput> = cx
            .paragraphs
            .iter()
            .zip(&own)
            .enumerate()
            .map(|(p, (facts, &(mine, citations)))| resolve::ParagraphInput {
                citations,
                digest: mine.map_or(0, |m| m.digest),
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
        let mut cite_like = cx
            .memo
            .take::<checks::document::CiteLikeParagraphs>()
            .unwrap_or_default()
            .next_run();
        for f in checks::document::check(
            &model,
            in_force.style,
            lookup,
            &cx.document.paragraphs,
            &mut cite_like,
        ) {
            out.findings.push(f);
        }
        cx.memo.put(cite_like);
        // Looked up once: `deferred` reads every paragraph's twice.
        let deferred = own.iter().enumerate().map(|(i, &(mine, citations))| {
            (
                if rechecked.is_empty() {
                    None
                } else {
                    rechecked.get(&i)
                }
                .or_else(|| mine.map(|m| &m.deferred)),
                citations,
                cx.document
                    .paragraphs
                    .get(i)
                    .map_or("", |p| p.text.as_str()),
            )
        });
        let undated = checks::document::deferred(&model, deferred);
        let points = if undated
            .iter()
            .any(|f| f.finding.code == checks::COURT_YEAR_MISSING.code)
        {
            points_of_counsel(&cx.document.paragraphs)
        } else {
            Vec::new()
        };
        out.findings.extend(undated.into_iter().filter(|f| {
            f.finding.code != checks::COURT_YEAR_MISSING.code || !points.contains(&f.paragraph)
        }));
        out.ext.insert(model);
    }
}

/// Withdraws the citation findings (this pass's from `first_finding` on, and the
/// paragraphs' own) that are not about the writer's citations: everything in a brief's
/// appendix of reproduced matter ([`reproduced_from`]), and everything in a document
/// whose text layer runs its words together ([`TextQuality::unreadable`]).
fn withdraw_where_not_the_writers(
    cx: &DocumentContext,
    out: &mut DocumentFacts,
    first_finding: usize,
) {
    let mut quality = TextQuality::default();
    for facts in cx.paragraphs {
        if let Some(q) = facts.ext.get::<ForDocumentPass>().map(|m| m.quality) {
            quality.words += q.words;
            quality.run_together += q.run_together;
        }
    }
    let from = if quality.unreadable() {
        Some(0)
    } else {
        reproduced_from(&cx.document.paragraphs)
    };
    let Some(from) = from else {
        return;
    };
    let mut index = 0;
    out.findings.retain(|f| {
        index += 1;
        index <= first_finding || f.paragraph < from
    });
    for (p, facts) in cx.paragraphs.iter().enumerate().skip(from) {
        if let Some(mine) = facts.ext.get::<ForDocumentPass>() {
            for k in mine.style.findings.clone() {
                out.withdraw(p, k);
            }
        }
    }
}

/// The first paragraph of a brief's appendix: a heading `APPENDIX`, `APPENDIX A` or
/// `ADDENDUM` after the brief's `CONCLUSION`. What follows reproduces other texts —
/// the opinions below, statutes, regulations, a licence — as they were written
/// (`10 CFR 52.103(b)`, `§52.99(c)`, `Reyblatt v NRC` in a court's opinion): the
/// writer cites none of it and could correct none of it. The heading must come after
/// the conclusion, so a table of contents' `Appendix … 1a` and an opinion's own
/// headings do not count. A heading a page break set apart as the page's head is not
/// in the prose: the appendix's own `TABLE OF CONTENTS` after the conclusion marks it
/// then.
fn reproduced_from(paragraphs: &[crate::document::Paragraph]) -> Option<usize> {
    let concluded = paragraphs.iter().position(|p| {
        let text = p.text.trim();
        let heading = text
            .split_once(". ")
            .filter(|(number, _)| {
                number.len() <= 4 && number.chars().all(|c| c.is_ascii_alphanumeric())
            })
            .map_or(text, |(_, rest)| rest);
        heading == "CONCLUSION"
    })?;
    paragraphs
        .iter()
        .enumerate()
        .skip(concluded + 1)
        .find(|(_, p)| is_appendix_heading(&p.text) || p.text.trim() == "TABLE OF CONTENTS")
        .map(|(i, _)| i)
}

/// `APPENDIX`, `APPENDIX A`, `ADDENDUM`, alone, opening the paragraph a layout joined
/// to the heading (`APPENDIX FILED JUNE 8, 2021`, `APPENDIX A WPIC 342.03`), or closing
/// the signature block it was joined to across the page break before it (`… Attorneys
/// DECEMBER 2024 APPENDIX`): capitals only, never the word in a sentence.
fn is_appendix_heading(text: &str) -> bool {
    let heading = |word: &str| word == "APPENDIX" || word == "ADDENDUM";
    let mut words = text.split_ascii_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    if !heading(first) {
        return text
            .split_ascii_whitespace()
            .next_back()
            .is_some_and(heading);
    }
    match words.next() {
        None => true,
        Some(next) => next
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.'),
    }
}

/// The paragraphs of a `POINTS OF COUNSEL` section: New York's Official Reports print
/// each side's argument before the opinion, a lawyer's name and `for appellant` first,
/// with the cases as the briefs listed them (`People v Allweiss, 48 NY2d 40`), no
/// years. They are the reporter's summary of the briefs, not text held to a style.
fn points_of_counsel(paragraphs: &[crate::document::Paragraph]) -> Vec<usize> {
    const SIDES: [&str; 8] = [
        "for appellant",
        "for respondent",
        "for defendant",
        "for plaintiff",
        "for petitioner",
        "for the People",
        "for amic",
        "for intervenor",
    ];
    let mut inside = false;
    let mut out = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        let text = p.text.trim();
        if text.eq_ignore_ascii_case("points of counsel") {
            inside = true;
        } else if inside {
            let head = text.get(..text.len().min(300)).unwrap_or(text);
            if SIDES.iter().any(|side| head.contains(side)) {
                out.push(i);
            } else {
                inside = false;
            }
        }
    }
    out
}

/// The style the document is held to: the setting, else its caption, else the form
/// most of its citations take.
fn style_in_force(
    cx: &DocumentContext,
    own: &[(Option<&ForDocumentPass>, &[Citation])],
) -> StyleInForce {
    let mut evidence = style::detect::StyleEvidence::default();
    for (mine, _) in own {
        if let Some(m) = mine {
            evidence.add(&m.style.evidence);
        }
    }
    let head = cx
        .document
        .paragraphs
        .iter()
        .take(CAPTION_PARAGRAPHS)
        .map(|p| p.text.as_str());
    style::detect::decide(cx.config.citations.style, head, &evidence)
}

/// A paragraph's citation findings in `style`, without those the document pass
/// decides on (stray spaces before commas, undated full citations, the Supreme Court's
/// own forms, a regional reporter's missing court the paragraph cannot supply: see
/// [`checks::document::deferred`]), which are returned apart.
fn paragraph_findings(
    text: &str,
    emphasis: &[crate::analysis::Span],
    config: &crate::config::CitationsConfig,
    style: StyleId,
    cites: &[Citation],
) -> (Vec<Finding>, checks::document::Deferred) {
    let mut deferred = checks::document::Deferred::default();
    let (findings, court_forms) =
        checks::check_paragraph_parts(text, emphasis, config, style, cites);
    deferred.court_forms = court_forms;
    let findings = findings
        .into_iter()
        .filter_map(|f| {
            if f.code == checks::SPACE_BEFORE_COMMA.code {
                deferred.stray_spaces.push(f);
            } else if f.code == checks::COURT_YEAR_MISSING.code {
                deferred.undated.push(f);
            } else if f.code == checks::COURT_MISSING.code && f.fixes.is_empty() {
                deferred.courtless.push(f);
            } else {
                return Some(f);
            }
            None
        })
        .collect();
    deferred.named = cites
        .iter()
        .filter(|c| c.case_name.is_some() && c.volume.is_some())
        .count();
    (findings, deferred)
}

/// Paragraphs checked in another style than the one in force: their citation findings
/// are withdrawn and made again in `style` (reused from the last run by content).
/// Returns the re-checked paragraphs' deferred findings, by paragraph.
fn recheck_in_style(
    cx: &DocumentContext,
    own: &[(Option<&ForDocumentPass>, &[Citation])],
    style: StyleId,
    out: &mut DocumentFacts,
) -> FxHashMap<usize, checks::document::Deferred> {
    let previous = cx.memo.take::<StyleRechecks>().unwrap_or_default();
    let config = cx.config.fingerprint();
    let reusable = previous.style == Some(style) && previous.config == config;
    let mut kept = StyleRechecks {
        style: Some(style),
        config,
        by_paragraph: FxHashMap::default(),
    };
    let mut deferred = FxHashMap::default();
    for (i, &(mine, cites)) in own.iter().enumerate() {
        let Some(p) = mine.map(|m| &m.style) else {
            continue;
        };
        if p.checked_in == style {
            continue;
        }
        for k in p.findings.clone() {
            out.withdraw(i, k);
        }
        if cites.is_empty() {
            continue;
        }
        let Some(paragraph) = cx.document.paragraphs.get(i) else {
            continue;
        };
        let key = paragraph.content_hash;
        let rechecked = match previous.by_paragraph.get(&key).filter(|_| reusable) {
            Some(f) => f.clone(),
            None => Arc::new(paragraph_findings(
                &paragraph.text,
                &paragraph.emphasis,
                &cx.config.citations,
                style,
                cites,
            )),
        };
        for f in rechecked.0.iter() {
            out.push(i, f.clone());
        }
        deferred.insert(i, rechecked.1.clone());
        kept.by_paragraph.insert(key, rechecked);
    }
    cx.memo.put(kept);
    deferred
}
