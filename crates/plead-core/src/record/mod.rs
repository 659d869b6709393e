//! Record citations (`[ECF No. 34]`, `Dkt. 12`, `Doc. 37 at 3`…) and the case's docket.
//!
//! - [`extract`]: recognizing record cites in a paragraph (per-paragraph, cached);
//! - [`docket`]: the docket model, one pure parser per source format, and
//!   how a workspace docket is put together ([`docket::assemble`]; the loader reads the files);
//! - [`checks`]: the document-wide diagnostics (unknown entries, attachments, pins, style);
//!
//! Editor features on record cites (hover, definition…) live in `crate::ide::record`.

pub mod case;
pub mod checks;
pub mod cite;
pub mod court;
pub mod docket;
pub mod extract;
pub mod pages;
pub mod present;

pub use cite::{
    DocketScope, EntryRef, ExtraRecordCites, ParagraphRecordCites, Pin, RecordCite, RecordForm,
};
pub use docket::assemble::affects_docket;
pub use docket::{Attachment, Date, Docket, DocumentFile, Entry, SourceRow};

use crate::analysis::{
    Analyzer, DocumentContext, DocumentFacts, ParagraphContext, ParagraphFacts, Rule, Severity,
};

/// What a page pin counts: a setting, so it lives in `config`.
pub use crate::config::PinPages;

// A record cite in a quotation still points into this case's docket: checking that the
// entry, attachment and page exist is a fact check, so these rules read quotations too.
pub const UNKNOWN_ENTRY: Rule = Rule::new(
    "record/unknown-entry",
    Severity::Warning,
    "A record cite names an entry that is not on the docket",
)
.checking_quoted_text();
pub const UNKNOWN_ATTACHMENT: Rule = Rule::new(
    "record/unknown-attachment",
    Severity::Warning,
    "A record cite names an attachment the docket entry does not have",
)
.checking_quoted_text();
pub const PIN: Rule = Rule::new(
    "record/pin",
    Severity::Warning,
    "A record cite's page pin is beyond the cited document's last page",
)
.checking_quoted_text();
pub const STYLE: Rule = Rule::new(
    "record/style",
    Severity::Info,
    "Record cites mix forms (ECF No. / Dkt. / Doc. / D.E.); use the preferred or majority form",
);

static RULES: [Rule; 4] = [UNKNOWN_ENTRY, UNKNOWN_ATTACHMENT, PIN, STYLE];

pub struct RecordAnalyzer;

impl Analyzer for RecordAnalyzer {
    fn id(&self) -> &'static str {
        "record"
    }
    fn rules(&self) -> &'static [Rule] {
        &RULES
    }
    fn paragraph(&self, cx: &ParagraphContext, out: &mut ParagraphFacts) {
        let cites = extract::extract(&cx.paragraph.text);
        if cites.is_empty() {
            return;
        }
        for c in &cites {
            out.protect(c.outer);
        }
        // Each record cite is an antecedent a following `Id.` may refer to.
        let candidates = cites
            .iter()
            .map(|r| crate::citations::AntecedentCandidate {
                span: r.span,
                label: r.label(),
            })
            .collect();
        out.ext
            .insert(crate::citations::AntecedentCandidates(candidates));
        out.ext.insert(ParagraphRecordCites(cites));
    }
    fn document(&self, cx: &DocumentContext, out: &mut DocumentFacts) {
        checks::check(cx, out);
    }
}
