//! Running analyzers over a document, with the per-paragraph cache.

use std::any::{Any, TypeId};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};

use super::{
    trust, Analyzer, DocumentContext, DocumentFacts, DocumentMemo, Edit, Finding, Fix,
    ParagraphContext, ParagraphFacts, Rule, Severity,
};
use crate::config::Config;
use crate::document::directives::Suppressions;
use crate::document::{in_quotation, Document, Format, Paragraph, ParagraphReuse};

/// Paragraphs longer than this (in logical bytes) are skipped by the per-paragraph
/// analyzers. No prose paragraph comes near it (it is a data dump or a file without line
/// breaks), and some analyzers' work grows faster than linearly with a paragraph's
/// length: a 10 MB single-line document must not stall the server.
pub const MAX_ANALYZED_PARAGRAPH: usize = 64 * 1024;

/// Per-paragraph results keyed by paragraph content (and the config they were made with).
///
/// After each run it holds exactly the paragraphs of the last version of the document,
/// so memory stays proportional to one document.
#[derive(Default)]
pub struct ParagraphCache {
    entries: FxHashMap<u64, Arc<ParagraphFacts>>,
    /// The prose view's paragraphs of the last version, reused by the next parse.
    paragraphs: ParagraphReuse,
    /// What the document passes of the last run kept for the next.
    memo: DocumentMemo,
    /// Paragraphs analyzed (not taken from the cache) in the last run.
    pub last_misses: usize,
}

impl ParagraphCache {
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn paragraph_key(p: &Paragraph, config_fingerprint: u64) -> u64 {
    let mut h = FxHasher::default();
    config_fingerprint.hash(&mut h);
    p.content_hash.hash(&mut h);
    h.finish()
}

/// Everything known about one version of a document.
#[derive(Debug)]
pub struct Analysis {
    pub document: Document,
    /// Per-paragraph facts, parallel to `document.paragraphs`.
    pub paragraphs: Vec<Arc<ParagraphFacts>>,
    pub facts: DocumentFacts,
    /// Findings in source byte offsets, sorted by position, after configuration.
    pub findings: Vec<Finding>,
}

impl Analysis {
    /// The source spans of the paragraphs too long to analyze (over
    /// [`MAX_ANALYZED_PARAGRAPH`]: a data dump, a file without line breaks): nothing in
    /// them was checked, which the user must be told rather than see "no problems".
    pub fn unchecked(&self) -> Vec<super::Span> {
        self.document
            .paragraphs
            .iter()
            .filter(|p| p.text.len() > MAX_ANALYZED_PARAGRAPH)
            .map(|p| p.to_source(super::Span::new(0, p.text.len())))
            .collect()
    }

    /// The source span of a logical span in paragraph `index`.
    pub fn source_span(&self, index: usize, span: super::Span) -> super::Span {
        self.document.paragraphs[index].to_source(span)
    }
}

/// What the analysis may know about the workspace besides the text (the docket, say),
/// one shared value per type. The pipeline does not know what they are: the engine puts
/// them in and the domain that needs one asks for its type. Only the document-wide pass
/// sees them (per-paragraph results are cached by content).
#[derive(Clone, Default)]
pub struct WorkspaceInputs {
    values: FxHashMap<TypeId, Arc<dyn Any + Send + Sync>>,
}

impl WorkspaceInputs {
    /// Gives the analysis `value`; a later value of the same type replaces it.
    pub fn insert<T: Any + Send + Sync>(&mut self, value: Arc<T>) {
        self.values.insert(TypeId::of::<T>(), value);
    }
    pub fn get<T: Any + Send + Sync>(&self) -> Option<&T> {
        self.values.get(&TypeId::of::<T>())?.downcast_ref::<T>()
    }
}

impl std::fmt::Debug for WorkspaceInputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WorkspaceInputs({} values)", self.values.len())
    }
}

/// Analyzes `text` with the given analyzers. Returns None if `cancelled()` turns
/// true between paragraphs (a newer edit arrived).
pub fn analyze_with(
    analyzers: &[&dyn Analyzer],
    text: &str,
    format: Format,
    config: &Config,
    workspace: &WorkspaceInputs,
    cache: &mut ParagraphCache,
    cancelled: &dyn Fn() -> bool,
) -> Option<Analysis> {
    let words = analyzers.iter().find_map(|a| a.word_list());
    let document = Document::parse_with(text, format, words, &mut cache.paragraphs);
    let rules = RuleIndex::of(analyzers);
    let fingerprint = config.fingerprint();
    let mut fresh: FxHashMap<u64, Arc<ParagraphFacts>> = FxHashMap::default();
    fresh.reserve(document.paragraphs.len());
    let mut paragraphs = Vec::with_capacity(document.paragraphs.len());
    let mut misses = 0;
    for (i, para) in document.paragraphs.iter().enumerate() {
        let key = paragraph_key(para, fingerprint);
        let facts = if let Some(hit) = fresh.get(&key).or_else(|| cache.entries.get(&key)) {
            hit.clone()
        } else {
            if i % 64 == 0 && cancelled() {
                return None;
            }
            misses += 1;
            let mut out = ParagraphFacts::default();
            let cx = ParagraphContext {
                paragraph: para,
                config,
            };
            if para.text.len() <= MAX_ANALYZED_PARAGRAPH {
                for a in analyzers {
                    a.paragraph(&cx, &mut out);
                }
                out.quoted = rules.quoted(para, &out.findings);
            }
            Arc::new(out)
        };
        fresh.insert(key, facts.clone());
        paragraphs.push(facts);
    }
    if cancelled() {
        return None;
    }
    cache.entries = fresh;
    cache.last_misses = misses;

    let mut facts = DocumentFacts::default();
    {
        let cx = DocumentContext {
            document: &document,
            paragraphs: &paragraphs,
            config,
            workspace,
            memo: &cache.memo,
        };
        for a in analyzers {
            a.document(&cx, &mut facts);
        }
    }
    let mut findings = collect_findings(&document, &paragraphs, &facts, config, &rules);
    // The writer's suppression comments, as the prose view found them.
    let suppressions = Suppressions::of_document(text, &document);
    if !suppressions.is_empty() {
        findings.retain(|f| !suppressions.suppresses(f.code, f.span.start));
    }
    Some(Analysis {
        document,
        paragraphs,
        facts,
        findings,
    })
}

/// Maps all findings to source offsets, applies rule configuration, drops withdrawn
/// findings and fixes that cannot be applied without destroying layout.
///
/// Paragraphs cover disjoint, increasing source ranges and their findings lie inside
/// them, so sorting each paragraph's findings sorts the whole list: thousands of
/// findings on a long brief are never sorted as one. (Only a paragraph interrupted by
/// footnotes holds theirs in its range; then the list is sorted once more.)
// Not inlined: one call per version, and profiles show its cost apart.
#[inline(never)]
fn collect_findings(
    document: &Document,
    paragraphs: &[Arc<ParagraphFacts>],
    facts: &DocumentFacts,
    config: &Config,
    rules: &RuleIndex,
) -> Vec<Finding> {
    let mut withdrawn = facts.withdrawn.clone();
    withdrawn.sort_unstable();
    // The document pass's findings by paragraph, each paragraph's in the order made.
    let mut from_document: Vec<&super::DocFinding> = facts.findings.iter().collect();
    from_document.sort_by_key(|d| d.paragraph);
    let mut from_document = from_document.into_iter().peekable();
    let total = paragraphs.iter().map(|f| f.findings.len()).sum::<usize>() + facts.findings.len();
    let mut out = Vec::with_capacity(total);
    let mut severities = SeverityMemo::default();
    for (p, (para, own)) in document.paragraphs.iter().zip(paragraphs).enumerate() {
        let first = out.len();
        let kept = own
            .findings
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                withdrawn.binary_search(&(p, *i)).is_err()
                    && (own.quoted.is_empty() || own.quoted.binary_search(i).is_err())
            })
            .map(|(_, finding)| finding);
        // The document pass's findings are not cached: drop those in quotations here
        // (the paragraphs' own were dropped when they were analyzed).
        let added = std::iter::from_fn(|| from_document.next_if(|d| d.paragraph == p))
            .map(|d| &d.finding)
            .filter(|f| {
                rules.checks_quoted_text(f.code) || !in_quotation(para.quotations(), f.span)
            });
        for finding in kept.chain(added) {
            if let Some(mapped) = to_source(para, finding, config, &mut severities) {
                out.push(mapped);
            }
        }
        out[first..].sort_by(finding_order);
    }
    if !out.is_sorted_by(|a, b| finding_order(a, b).is_le()) {
        out.sort_by(finding_order);
    }
    out.dedup_by(|a, b| a.span == b.span && a.code == b.code && a.message == b.message);
    out
}

fn finding_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    a.span
        .start
        .cmp(&b.span.start)
        .then(a.span.end.cmp(&b.span.end))
        .then(a.code.cmp(b.code))
}

/// The severity each rule's findings take under the configuration, looked up once per
/// rule and declared severity rather than once per finding (thousands per keystroke on
/// a long brief, each a look-up of the code and its family in the configuration).
#[derive(Default)]
struct SeverityMemo {
    /// By the code's address and length (codes are static strings) and the declared
    /// severity; two copies of one code are two entries with the same value.
    known: FxHashMap<(usize, usize, Severity), Option<Severity>>,
}

impl SeverityMemo {
    fn severity(
        &mut self,
        config: &Config,
        code: &'static str,
        declared: Severity,
    ) -> Option<Severity> {
        *self
            .known
            .entry((code.as_ptr() as usize, code.len(), declared))
            .or_insert_with(|| configured_severity(config, code, declared))
    }
}

/// The user's setting wins; without one the rule has the severity its measured
/// precision earns (trusted or unmeasured: declared; under the bar: off).
fn configured_severity(config: &Config, code: &str, declared: Severity) -> Option<Severity> {
    match config.rule_level(code) {
        Some(level) => level.severity(),
        None => trust::default_severity(code, declared),
    }
}

/// One finding of paragraph `para` in source offsets, with its configured severity and
/// only the fixes that leave layout alone; None when its rule is off.
fn to_source(
    para: &Paragraph,
    finding: &Finding,
    config: &Config,
    severities: &mut SeverityMemo,
) -> Option<Finding> {
    let severity = severities.severity(config, finding.code, finding.severity)?;
    let fixes = finding
        .fixes
        .iter()
        .filter(|fix| fix.edits.iter().all(|e| para.is_editable(e.span)))
        .map(|fix| Fix {
            title: fix.title.clone(),
            preferred: fix.preferred,
            edits: fix
                .edits
                .iter()
                .map(|e| Edit {
                    span: para.to_source(e.span),
                    new_text: e.new_text.clone(),
                })
                .collect(),
        })
        .collect();
    Some(Finding {
        span: para.to_source(finding.span),
        code: finding.code,
        severity,
        message: finding.message.clone(),
        fixes,
    })
}

/// The rules of the analyzers of one run, by code: what the pipeline needs to know of a
/// finding's rule (whether it reads quotations).
struct RuleIndex {
    by_code: FxHashMap<&'static str, &'static Rule>,
}

impl RuleIndex {
    fn of(analyzers: &[&dyn Analyzer]) -> RuleIndex {
        RuleIndex {
            by_code: analyzers
                .iter()
                .flat_map(|a| a.rules())
                .map(|r| (r.code, r))
                .collect(),
        }
    }

    /// Whether findings of `code` stand inside quotations (unknown codes do).
    fn checks_quoted_text(&self, code: &str) -> bool {
        self.by_code.get(code).is_none_or(|r| r.checks_quoted_text)
    }

    /// The findings of rules that leave quoted text alone that lie inside one of the
    /// paragraph's quotations, by index. Done once per analyzed paragraph (the result
    /// is cached with it). They are marked rather than removed: the document pass
    /// withdraws findings by the index their analyzer recorded, and removing some would
    /// shift the rest (a name's provisional misspelling after a quoted statute cite
    /// would then survive while another finding was withdrawn).
    fn quoted(&self, para: &Paragraph, findings: &[Finding]) -> Vec<usize> {
        if findings.iter().all(|f| self.checks_quoted_text(f.code)) {
            return Vec::new();
        }
        let quotes = para.quotations();
        if quotes.is_empty() {
            return Vec::new();
        }
        findings
            .iter()
            .enumerate()
            .filter(|(_, f)| !self.checks_quoted_text(f.code) && in_quotation(quotes, f.span))
            .map(|(i, _)| i)
            .collect()
    }
}
