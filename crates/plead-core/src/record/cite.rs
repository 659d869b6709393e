//! What a record citation is: which docket entries it names, in which form,
//! with which pin. Produced by [`super::extract`], consumed by the checks, the
//! editor features and the citation engine (record cites are antecedents of `Id.`).

use crate::analysis::Span;

/// The way a document names docket entries. Variants that differ only in
/// number (`ECF No.` / `ECF Nos.`) or case (`Doc.` / `doc.`) are one form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordForm {
    /// `ECF No. 34`, `ECF Nos. 41, 43` (Bluebook B17 / Indigo R24.4).
    EcfNo,
    /// `ECF 34`.
    Ecf,
    /// `Dkt. 34` ("New York style").
    Dkt,
    /// `Dkt. No. 34`.
    DktNo,
    /// `Doc. 34`, `Docs. 28, 36`.
    Doc,
    /// `Doc. No. 34`, `Doc. Nos. 5-8`.
    DocNo,
    /// `Doc. # 34`.
    DocHash,
    /// `D.E. 34` (S.D. Fla. custom).
    De,
    /// `Docket No. 34`, `Docket # 84` (E.D. Pa.).
    Docket,
    /// `Dkt. Entry 12`, `DktEntry 12`: the court of appeals' own docket (9th Cir.).
    DktEntry,
    /// `Claim No. 7`, `Claim #7`, `Proof of Claim No. 7-1`: the claims register.
    Claim,
    /// `1-ER-23`, `ER 23`, `SER 45`: excerpts of record (appellate), not the docket.
    Excerpts,
}

/// Per form: (form, singular prefix, plural prefix, names accepted in configuration).
const FORMS: &[(RecordForm, &str, &str, &[&str])] = &[
    (
        RecordForm::EcfNo,
        "ECF No.",
        "ECF Nos.",
        &["ecf no.", "ecf no", "ecf nos."],
    ),
    (RecordForm::Ecf, "ECF", "ECF", &["ecf"]),
    (RecordForm::Dkt, "Dkt.", "Dkt.", &["dkt.", "dkt"]),
    (
        RecordForm::DktNo,
        "Dkt. No.",
        "Dkt. Nos.",
        &["dkt. no.", "dkt no"],
    ),
    (RecordForm::Doc, "Doc.", "Docs.", &["doc.", "doc"]),
    (
        RecordForm::DocNo,
        "Doc. No.",
        "Doc. Nos.",
        &["doc. no.", "doc no"],
    ),
    (
        RecordForm::DocHash,
        "Doc. #",
        "Doc. #",
        &["doc. #", "doc #"],
    ),
    (RecordForm::De, "D.E.", "D.E.", &["d.e.", "de"]),
    (
        RecordForm::Docket,
        "Docket No.",
        "Docket Nos.",
        &["docket no.", "docket no", "docket #", "docket"],
    ),
    (
        RecordForm::DktEntry,
        "Dkt. Entry",
        "Dkt. Entries",
        &["dkt. entry", "dktentry"],
    ),
    (
        RecordForm::Claim,
        "Claim No.",
        "Claim Nos.",
        &["claim no.", "claim"],
    ),
    (RecordForm::Excerpts, "ER", "ER", &["er"]),
];

impl RecordForm {
    fn row(
        self,
    ) -> &'static (
        RecordForm,
        &'static str,
        &'static str,
        &'static [&'static str],
    ) {
        FORMS.iter().find(|r| r.0 == self).unwrap_or(&FORMS[0])
    }
    /// The prefix as written for one entry: `ECF No.`.
    pub fn singular(self) -> &'static str {
        self.row().1
    }
    /// The prefix as written for several entries: `ECF Nos.`.
    pub fn plural(self) -> &'static str {
        self.row().2
    }
    /// Parses a configured form name (`"ECF No."`, `"Dkt."`, `"doc"`…), case-insensitively.
    pub fn from_config(name: &str) -> Option<RecordForm> {
        let name = name.trim().to_ascii_lowercase();
        FORMS
            .iter()
            .find(|r| r.1.eq_ignore_ascii_case(&name) || r.3.contains(&name.as_str()))
            .map(|r| r.0)
    }
}

impl RecordForm {
    /// Whether the form names docket entries of the case's docket (not claims or
    /// excerpts of record).
    pub fn names_docket_entries(self) -> bool {
        !matches!(self, RecordForm::Claim | RecordForm::Excerpts)
    }
}

/// Which of a case's dockets a cite names, when it says: `Bankr. ECF No. 45`,
/// `Adv. Dkt. 12`, `Dist. Ct. ECF No. 34`, `DktEntry 12` (the appeal's own docket).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocketScope {
    /// The main bankruptcy case (`Bankr.`, `Main Case`).
    Bankruptcy,
    /// An adversary proceeding (`Adv.`, `Adv. Pro.`).
    Adversary,
    /// The district court (`Dist. Ct.`, `D. Ct.`).
    District,
    /// The court of appeals (`DktEntry`, `App.`).
    Appellate,
}

/// One docket entry named by a citation, with an optional attachment (`34-1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryRef {
    pub entry: u32,
    pub attachment: Option<u32>,
    /// Logical span of the number as written (a range `41–43` gives each entry the range's span).
    pub span: Span,
}

/// The pinpoint of a record citation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Pin {
    /// `at 3`, `at 3-5`, `at 3, 7`: inclusive page ranges.
    Pages(Vec<(u32, u32)>),
    /// `at ¶¶ 1, 4`: inclusive paragraph ranges.
    Paragraphs(Vec<(u32, u32)>),
    /// `at PageID 478`: the record-wide page id (W.D. Mich., 6th Cir.).
    PageId(Vec<(u32, u32)>),
}

impl Pin {
    /// The first page of a page pin.
    pub fn first_page(&self) -> Option<u32> {
        match self {
            Pin::Pages(r) => r.first().map(|&(a, _)| a),
            _ => None,
        }
    }
    /// The last page of a page pin.
    pub fn last_page(&self) -> Option<u32> {
        match self {
            Pin::Pages(r) => r.iter().map(|&(_, b)| b).max(),
            _ => None,
        }
    }
}

/// A citation to the case record: `[ECF No. 34]`, `(ECF No. 34 at 3)`, `Docs. 28, 36`.
///
/// Spans are logical offsets in the paragraph's text ([`crate::document::Paragraph::text`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RecordCite {
    /// From the prefix to the end of the pin: `ECF No. 34 at 3`.
    pub span: Span,
    /// `span` plus a directly enclosing `[…]` or `(…)`, when the cite is all that is inside.
    pub outer: Span,
    /// The prefix as written (`ECF No.`, `Docs.`): the part a style fix rewrites.
    pub prefix: Span,
    pub form: RecordForm,
    /// The entries named, in order; never empty.
    pub entries: Vec<EntryRef>,
    pub pin: Option<Pin>,
    /// Logical span of the pin (`at 3`), if any.
    pub pin_span: Option<Span>,
    /// Which docket the cite names, when a qualifier or the form says.
    pub scope: Option<DocketScope>,
}

impl RecordCite {
    /// How the cite is written, for labels: `ECF No. 34`, `Claim No. 7`, `ER 23`.
    pub fn label(&self) -> String {
        match self.form {
            RecordForm::Claim => format!("Claim No. {}", self.entry()),
            RecordForm::Excerpts => format!("ER {}", self.entry()),
            _ => format!("ECF No. {}", self.entry()),
        }
    }
    /// The first entry named (most cites name one).
    pub fn entry(&self) -> u32 {
        self.entries.first().map_or(0, |e| e.entry)
    }
    /// The entry whose number is at (or touches) `offset`, else the first.
    pub fn entry_at(&self, offset: usize) -> Option<&EntryRef> {
        self.entries
            .iter()
            .find(|e| e.span.touches(offset))
            .or(self.entries.first())
    }
    /// Whether the cite names `entry` (any attachment of it).
    pub fn names(&self, entry: u32) -> bool {
        self.entries.iter().any(|e| e.entry == entry)
    }
}

/// The record cites of one paragraph, stored in [`crate::analysis::ParagraphFacts::ext`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphRecordCites(pub Vec<RecordCite>);

/// Record cites the document pass found outside paragraph text (the caption's own
/// reference when the paragraph view did not carry it), as (paragraph, cite).
/// Stored in [`crate::analysis::DocumentFacts::ext`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtraRecordCites(pub Vec<(usize, RecordCite)>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_round_trip_through_configuration_names() {
        for &(form, singular, _, _) in FORMS {
            assert_eq!(RecordForm::from_config(singular), Some(form), "{singular}");
        }
        assert_eq!(RecordForm::from_config("ecf no"), Some(RecordForm::EcfNo));
        assert_eq!(RecordForm::from_config("Docket"), Some(RecordForm::Docket));
        assert_eq!(RecordForm::from_config("Record"), None);
        assert_eq!(RecordForm::Doc.plural(), "Docs.");
    }
}
