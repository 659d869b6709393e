//! Citation styles as data: what a correct citation looks like in the style a
//! document is written in (Bluebook, California, New York, and the Bluebook-like house
//! styles of Massachusetts, New Jersey, Illinois, Connecticut, Ohio, Washington,
//! Oklahoma, Wyoming, South Dakota and Louisiana, and
//! the Supreme Court briefs' style), from
//! `data/citation_styles.toml` and `data/code_styles.tsv`. Every check asks the style
//! in force instead of assuming Bluebook:
//!
//! - [`Style`]: reporter spelling, where the date goes, parallel-citation brackets,
//!   `v`/`v.`, `at p.` pins, `supra`, statute forms, and the rule each message cites;
//! - [`detect`]: which style a document is written in (its caption, else the form most
//!   of its citations take);
//! - [`convert`]: a citation rewritten in another style (the code action).
//!
//! Public-domain (neutral) citations (`2011-Ohio-4215`, `2012 IL 107821`) are the
//! form their state adopted and are right in every style; reporters-db says which
//! reporters take them (`reporters::Forms`).

pub mod convert;
pub mod detect;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::model::{Authorities, ParagraphCitations};
use super::tables::rows;
use crate::analysis::{Analysis, Span};

const STYLES_TOML: &str = include_str!("../../../data/citation_styles.toml");
const CODE_STYLES_TSV: &str = include_str!("../../../data/code_styles.tsv");

/// A citation style plead knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StyleId {
    Bluebook,
    California,
    NewYork,
    /// The Massachusetts Reporter of Decisions' style: the Bluebook's forms, with
    /// `supra` for cases, page ranges in full (`646-647`) and its own case-name
    /// abbreviations (not T6).
    Massachusetts,
    /// The New Jersey Manual on Style for Judicial Opinions: the Bluebook's forms, with
    /// `supra` for cases.
    NewJersey,
    /// The Illinois courts' style manual: the Bluebook's forms, with case names spelled
    /// out (no T6 abbreviations).
    Illinois,
    /// The Connecticut courts' style (the Official Reports): the Bluebook's forms, with
    /// `supra` for cases.
    Connecticut,
    /// The Supreme Court of Ohio's Writing Manual: the Bluebook's order, with reporters
    /// and court abbreviations closed up (`71 Ohio St.3d 624`, `166 F.3d 835 (6th
    /// Cir.1999)`), public-domain webcites (`2011-Ohio-4215, ¶ 27`), full page ranges.
    Ohio,
    /// Washington's courts (General Rule 14 and the Reporter of Decisions' Style Sheet):
    /// the Bluebook's forms with Washington's own reporters, `Wn.2d`, `Wn. App.`.
    Washington,
    /// The Oklahoma courts' opinions as the Oklahoma State Courts Network publishes them:
    /// public-domain citations with paragraph pins (`2007 OK CR 42, ¶ 29, 173 P.3d 81,
    /// 89`), West's closed-up reporters and courts beside the Bluebook's (`100 S.Ct.
    /// 2382`, `(10th Cir.1999)`).
    Oklahoma,
    /// The Wyoming Supreme Court's opinions: public-domain citations (`2005 WY 28, ¶ 12,
    /// 107 P.3d 179`), `(Wyo.1994)` as West printed it, case names as the reports give them.
    Wyoming,
    /// The South Dakota Supreme Court's opinions: public-domain citations (`1996 SD 55`,
    /// `2001 S.D. 61`), and in its first public-domain years courts without periods
    /// (`(SD 1987)`, `(Wash 1993)`).
    SouthDakota,
    /// The Louisiana courts' uniform citation (`94-1939 (La.App. 4 Cir. 5/22/96), 677
    /// So.2d 1027`), West's closed-up reporters, `supra` for cases.
    Louisiana,
    /// The Michigan Appellate Opinion Manual, which Michigan's courts write in: `v`,
    /// reporters without periods, parallel citations after a semicolon (`Grewe v Mt
    /// Clemens Gen Hosp, 404 Mich 240, 250; 273 NW2d 429 (1978)`), `MCL`, `MCR`.
    Michigan,
    /// The North Dakota Supreme Court's style (N.D.R.Ct. 11.6 and its opinions): the
    /// Bluebook's forms, public-domain citations with paragraph pins (`2026 ND 34, ¶¶ 16,
    /// 19, 31 N.W.3d 672`), and North Dakota's own names for its code and rules
    /// (`N.D.C.C. § 14-05-24`, `N.D.R.App.P. 38`).
    NorthDakota,
    /// The Oregon Appellate Courts Style Manual: reporters without periods (`Utsey v. Coos
    /// County, 176 Or App 524, 32 P3d 933 (2001)`), `v.` with its period, history without
    /// a comma (`rev den 331 Or 193 (2000)`), notes as `457 n 4`, `ORS 215.283(2)(c)`.
    Oregon,
    /// The Delaware courts' forms: the Bluebook's, with the Delaware Code cited by title
    /// before `Del. C.` (`8 Del. C. § 102(b)(7)`, where T1 writes `Del. Code Ann. tit. 8, §
    /// 102`) and the courts' own rules (`Ct. Ch. R. 12(b)(6)`, `Supr. Ct. R. 8`).
    Delaware,
    /// Briefs in the Supreme Court of the United States in the Solicitor General's form,
    /// as the Court's own briefs and opinions write: the U.S. Code and the C.F.R. cited
    /// with or without `§` (`28 U.S.C. 1254(1)`), page ranges in full, the court named in
    /// the sentence rather than the parenthetical.
    SupremeCourtBrief,
}

impl StyleId {
    pub const ALL: [StyleId; 18] = [
        StyleId::Bluebook,
        StyleId::California,
        StyleId::NewYork,
        StyleId::Massachusetts,
        StyleId::NewJersey,
        StyleId::Illinois,
        StyleId::Connecticut,
        StyleId::Ohio,
        StyleId::Washington,
        StyleId::Oklahoma,
        StyleId::Wyoming,
        StyleId::SouthDakota,
        StyleId::Louisiana,
        StyleId::Michigan,
        StyleId::NorthDakota,
        StyleId::Oregon,
        StyleId::Delaware,
        StyleId::SupremeCourtBrief,
    ];
    /// The styles with forms of their own, between which citations are converted; the
    /// state house styles write the Bluebook's forms (their [`StyleId::family`]).
    pub const CONVERTIBLE: [StyleId; 3] =
        [StyleId::Bluebook, StyleId::California, StyleId::NewYork];
    /// The Bluebook-like house styles, detected by caption (and a state's by its home
    /// reporters): the states' courts' and the Supreme Court briefs'.
    pub const STATES: [StyleId; 15] = [
        StyleId::Massachusetts,
        StyleId::NewJersey,
        StyleId::Illinois,
        StyleId::Connecticut,
        StyleId::Ohio,
        StyleId::Washington,
        StyleId::Oklahoma,
        StyleId::Wyoming,
        StyleId::SouthDakota,
        StyleId::Louisiana,
        StyleId::Michigan,
        StyleId::NorthDakota,
        StyleId::Oregon,
        StyleId::Delaware,
        StyleId::SupremeCourtBrief,
    ];

    /// The name used in settings and `plead cites` (`bluebook`, `california`, `new-york`,
    /// `massachusetts`, `new-jersey`, `illinois`, `connecticut`, `ohio`, `washington`,
    /// `oklahoma`, `wyoming`, `south-dakota`, `louisiana`, `michigan`, `north-dakota`, `oregon`, `delaware`,
    /// `supreme-court-brief`).
    pub fn key(self) -> &'static str {
        match self {
            StyleId::Bluebook => "bluebook",
            StyleId::California => "california",
            StyleId::NewYork => "new-york",
            StyleId::Massachusetts => "massachusetts",
            StyleId::NewJersey => "new-jersey",
            StyleId::Illinois => "illinois",
            StyleId::Connecticut => "connecticut",
            StyleId::Ohio => "ohio",
            StyleId::Washington => "washington",
            StyleId::Oklahoma => "oklahoma",
            StyleId::Wyoming => "wyoming",
            StyleId::SouthDakota => "south-dakota",
            StyleId::Louisiana => "louisiana",
            StyleId::Michigan => "michigan",
            StyleId::NorthDakota => "north-dakota",
            StyleId::Oregon => "oregon",
            StyleId::Delaware => "delaware",
            StyleId::SupremeCourtBrief => "supreme-court-brief",
        }
    }
    /// The style's table.
    pub fn style(self) -> &'static Style {
        let styles = &*STYLES;
        match self {
            StyleId::Bluebook => &styles.bluebook,
            StyleId::California => &styles.california,
            StyleId::NewYork => &styles.new_york,
            StyleId::Massachusetts => &styles.massachusetts,
            StyleId::NewJersey => &styles.new_jersey,
            StyleId::Illinois => &styles.illinois,
            StyleId::Connecticut => &styles.connecticut,
            StyleId::Ohio => &styles.ohio,
            StyleId::Washington => &styles.washington,
            StyleId::Oklahoma => &styles.oklahoma,
            StyleId::Wyoming => &styles.wyoming,
            StyleId::SouthDakota => &styles.south_dakota,
            StyleId::Louisiana => &styles.louisiana,
            StyleId::Michigan => &styles.michigan,
            StyleId::NorthDakota => &styles.north_dakota,
            StyleId::Oregon => &styles.oregon,
            StyleId::Delaware => &styles.delaware,
            StyleId::SupremeCourtBrief => &styles.supreme_court_brief,
        }
    }
    /// The style whose forms this one writes: a state house style writes the
    /// Bluebook's (statute names, court abbreviations, conversions), allowing what its
    /// table allows.
    pub fn family(self) -> StyleId {
        match self {
            StyleId::Massachusetts
            | StyleId::NewJersey
            | StyleId::Illinois
            | StyleId::Connecticut
            | StyleId::Ohio
            | StyleId::Washington
            | StyleId::Oklahoma
            | StyleId::Wyoming
            | StyleId::SouthDakota
            | StyleId::Louisiana
            | StyleId::Michigan
            | StyleId::NorthDakota
            | StyleId::Oregon
            | StyleId::Delaware
            | StyleId::SupremeCourtBrief => StyleId::Bluebook,
            other => other,
        }
    }
}

/// `citations.style` in plead.toml and the LSP settings.
pub use crate::config::CitationStyleSetting as StyleSetting;

/// The style a fixed setting names (None for `auto`).
pub fn fixed(setting: StyleSetting) -> Option<StyleId> {
    match setting {
        StyleSetting::Auto => None,
        StyleSetting::Bluebook => Some(StyleId::Bluebook),
        StyleSetting::California => Some(StyleId::California),
        StyleSetting::NewYork => Some(StyleId::NewYork),
        StyleSetting::Massachusetts => Some(StyleId::Massachusetts),
        StyleSetting::NewJersey => Some(StyleId::NewJersey),
        StyleSetting::Illinois => Some(StyleId::Illinois),
        StyleSetting::Connecticut => Some(StyleId::Connecticut),
        StyleSetting::Ohio => Some(StyleId::Ohio),
        StyleSetting::Washington => Some(StyleId::Washington),
        StyleSetting::Oklahoma => Some(StyleId::Oklahoma),
        StyleSetting::Wyoming => Some(StyleId::Wyoming),
        StyleSetting::SouthDakota => Some(StyleId::SouthDakota),
        StyleSetting::Louisiana => Some(StyleId::Louisiana),
        StyleSetting::Michigan => Some(StyleId::Michigan),
        StyleSetting::NorthDakota => Some(StyleId::NorthDakota),
        StyleSetting::Oregon => Some(StyleId::Oregon),
        StyleSetting::Delaware => Some(StyleId::Delaware),
        StyleSetting::SupremeCourtBrief => Some(StyleId::SupremeCourtBrief),
    }
}

/// Where a case citation's date (and court, where the reporter does not imply it) goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DatePlacement {
    /// `464 F.3d 951 (9th Cir. 2006)`
    After,
    /// `Leon v. IDX Systems Corp. (9th Cir. 2006) 464 F.3d 951`
    BeforeVolume,
    /// `68 NY2d 320, 324 [1986]`
    Brackets,
}

/// How parallel citations of one decision are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParallelForm {
    /// `556 U.S. 662, 129 S. Ct. 1937`
    Commas,
    /// `1 Cal.5th 376 [205 Cal.Rptr.3d 475]`
    Brackets,
    /// `404 Mich 240, 250; 273 NW2d 429 (1978)` (Michigan)
    Semicolons,
    /// Either (the style does not call for parallel citations).
    Any,
}

/// How reporter abbreviations are spaced and punctuated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReporterSpacing {
    /// reporters-db's standard (Bluebook T1): `F. Supp. 2d`, `Cal. App. 4th`.
    Standard,
    /// No space after a period: `F.Supp.2d`, `Cal.App.4th`.
    Closed,
    /// No periods: `F Supp 2d`, `NY2d`, `AD3d`.
    NoPeriods,
}

/// Which form statutes take (see `data/code_styles.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatuteForm {
    Bluebook,
    California,
    NewYork,
}

/// The rule a message cites, per topic.
#[derive(Clone, Debug, Deserialize)]
pub struct Rules {
    pub date: String,
    pub versus: String,
    pub reporter: String,
    pub pin: String,
    pub parallel: String,
    pub supra: String,
    pub statute: String,
    pub neutral: String,
}

/// One citation style (a table of `data/citation_styles.toml`).
#[derive(Clone, Debug, Deserialize)]
pub struct Style {
    #[serde(skip, default = "default_id")]
    pub id: StyleId,
    pub name: String,
    pub manual: String,
    pub versus: String,
    pub date: DatePlacement,
    pub parallel: ParallelForm,
    pub reporter_spacing: ReporterSpacing,
    #[serde(default)]
    pub reporters: BTreeMap<String, String>,
    pub pin_page_marker: bool,
    pub supra_for_cases: bool,
    pub short_page_ranges: bool,
    pub case_name_abbreviations: bool,
    pub statutes: StatuteForm,
    /// Subsequent-history phrases this style writes otherwise: the Bluebook's phrase
    /// → the style's (`aff'd` → `affd` in New York).
    #[serde(default)]
    pub history: BTreeMap<String, String>,
    /// Introductory signals this style writes otherwise: the Bluebook's form → the
    /// style's (`see, e.g.,` → `see e.g.` in New York).
    #[serde(default)]
    pub signals: BTreeMap<String, String>,
    /// Whether a history phrase takes a comma before the decision it introduces
    /// (`aff'd, 205 F.3d 1327`, Bluebook T8); New York writes `affd 24 NY3d 905`.
    #[serde(default)]
    pub history_comma: bool,
    /// The year may follow the court without a space (`(6th Cir.1999)`), as Ohio's
    /// courts write it; elsewhere that is a missing space.
    #[serde(default)]
    pub court_year_glued: bool,
    /// West's closed-up reporters and courts (`So.2d`, `S.Ct.`, `L.Ed.2d`,
    /// `(La.App. 4 Cir.)`) stand beside the Bluebook's spaced forms: the state's courts
    /// print both (unlike Ohio's Writing Manual, which asks for the closed-up form).
    #[serde(default)]
    pub closed_up_allowed: bool,
    /// Courts may be written without their periods in the date parenthetical (`(SD
    /// 1987)`, `(Wash 1993)`, `(NJ 1994)`), as South Dakota's court wrote them in its
    /// first public-domain years.
    #[serde(default)]
    pub court_periods_optional: bool,
    /// A comma between the court and a year alone is the style's form: `(Mich, 2025)`,
    /// as Michigan's courts write it (the Bluebook's `(Mich. 2025)` is a slip there).
    #[serde(default)]
    pub court_year_comma: bool,
    /// Reporters this style dates after the citation though it dates cases before the
    /// volume: reports cited without a case name (`84 Ops.Cal.Atty.Gen. 34, 36 (2001)`
    /// in California), where there is no name for the year to follow.
    #[serde(default)]
    pub date_after_reporters: Vec<String>,
    /// Whether `Id.` takes a comma before its pin: `Id., at 693` (Connecticut's
    /// courts), `Id. at p. 193` (California), `id. at 324` (New York); None where the
    /// style is not checked for it (the Supreme Court's `Id., at 217` is common in
    /// Bluebook texts quoting it).
    #[serde(default)]
    pub id_comma: Option<bool>,
    /// Whether `Id.` takes a comma before a section (`Id., § 801`, California); None
    /// where the style is not checked for it.
    #[serde(default)]
    pub id_section_comma: Option<bool>,
    /// Whether a citation in parentheses within a sentence writes `id.` in lower case
    /// (`… develops' " (id. at p. 80), Villalobos fails`), as New York's and
    /// California's Official Reports do; a citation sentence of its own opens `(Id.`.
    #[serde(default)]
    pub id_lower_within_sentence: bool,
    /// Phrases of a parenthetical this style writes otherwise: the Bluebook's phrase →
    /// the style's (`plurality opinion` → `plur. opn.` in California).
    #[serde(default)]
    pub parenthetical_phrases: BTreeMap<String, String>,
    /// Separate opinions named the style's way: the Bluebook's `(Feinberg, J.,
    /// dissenting)` → California's `(dis. opn. of Feinberg, J.)`; the Bluebook's role →
    /// the style's abbreviation, put before `of` and the judge.
    #[serde(default)]
    pub opinion_roles: BTreeMap<String, String>,
    /// Whether an unreported or abridged decision is marked in brackets after its page
    /// (`81 Misc 3d 136[A]`, `2023 NY Slip Op 51399[U]`), as New York's Official Reports
    /// write it, not the Bluebook's parentheses.
    #[serde(default)]
    pub page_suffix_brackets: bool,
    /// How the style writes a session law, `{year}` and `{chapter}` filled in (New
    /// York's `L 2019, ch 59`); None where session laws are not checked.
    #[serde(default)]
    pub session_law: Option<String>,
    /// Names of compilations this style writes otherwise, as written → the style's
    /// (`Cons. Laws of N.Y.` → `Cons Laws of NY` in New York's McKinney's citations).
    #[serde(default)]
    pub compilation_names: BTreeMap<String, String>,
    /// Codes this style dates by the publisher and year of the edition cited, by their
    /// Bluebook name: `"Ill. Comp. Stat." = "West"` (`735 ILCS 5/2-615 (West 2024)`).
    #[serde(default)]
    pub statute_publishers: BTreeMap<String, String>,
    /// Codes, by their Bluebook name, whose sections this style cites with or without
    /// `§`: the Supreme Court's briefs write `28 U.S.C. 1254(1)` as well as `§ 1254(1)`.
    #[serde(default)]
    pub section_sign_optional: Vec<String>,
    /// Words right before a citation that make it a report of the case's own opinions,
    /// given without a date: the Supreme Court briefs' "opinions below", `The opinion of
    /// the court of appeals (Pet. App. 1a-31a) is reported at 80 F.4th 302` (S. Ct. R.
    /// 14.1(d)).
    #[serde(default)]
    pub undated_after: Vec<String>,
    /// Whether a court named in the citation's paragraph (`In United States v.
    /// Vargas-Cordon, 733 F.3d 366 (2013), the Second Circuit stated`) stands for the
    /// court in the parenthetical, as the Supreme Court's briefs write.
    #[serde(default)]
    pub court_named_in_text: bool,
    pub rules: Rules,
    /// Court lines that name the style (each entry: phrases that must all occur in the
    /// upper-cased caption).
    #[serde(default)]
    pub captions: Vec<Vec<String>>,
    /// Words that make a caption another state's, though it holds one of `captions`
    /// (Maine's highest court is a `SUPREME JUDICIAL COURT` too).
    #[serde(default)]
    pub caption_excludes: Vec<String>,
    /// Whether the style is of filings in a federal court (the Supreme Court's briefs):
    /// its `captions` are read before the federal court lines that make a text Bluebook.
    #[serde(default)]
    pub federal: bool,
    /// The state whose own reporters are evidence of the style (`MA`).
    #[serde(default)]
    pub jurisdiction: Option<String>,
    /// The state's courts, written without periods or spaces (`Wyo`, `SD`, `OklaCrimApp`):
    /// a citation of a regional reporter whose parenthetical names one of them
    /// (`881 P.2d 1076 (Wyo.1994)`) cites the state's own decisions, evidence of the
    /// style as its own reporters are.
    #[serde(default)]
    pub own_courts: Vec<String>,
}

fn default_id() -> StyleId {
    StyleId::Bluebook
}

#[derive(Deserialize)]
struct StyleFile {
    bluebook: Style,
    california: Style,
    #[serde(rename = "new-york")]
    new_york: Style,
    massachusetts: Style,
    #[serde(rename = "new-jersey")]
    new_jersey: Style,
    illinois: Style,
    connecticut: Style,
    ohio: Style,
    washington: Style,
    oklahoma: Style,
    wyoming: Style,
    #[serde(rename = "south-dakota")]
    south_dakota: Style,
    louisiana: Style,
    michigan: Style,
    #[serde(rename = "north-dakota")]
    north_dakota: Style,
    oregon: Style,
    delaware: Style,
    #[serde(rename = "supreme-court-brief")]
    supreme_court_brief: Style,
}

/// The embedded style table. It is checked by tests; were it ever unreadable, every
/// style would fall back to the Bluebook's built-in form rather than fail.
static STYLES: LazyLock<StyleFile> = LazyLock::new(|| {
    let mut file: StyleFile = toml::from_str(STYLES_TOML).unwrap_or_else(|_| StyleFile {
        bluebook: fallback(),
        california: fallback(),
        new_york: fallback(),
        massachusetts: fallback(),
        new_jersey: fallback(),
        illinois: fallback(),
        connecticut: fallback(),
        ohio: fallback(),
        washington: fallback(),
        oklahoma: fallback(),
        wyoming: fallback(),
        south_dakota: fallback(),
        louisiana: fallback(),
        michigan: fallback(),
        north_dakota: fallback(),
        oregon: fallback(),
        delaware: fallback(),
        supreme_court_brief: fallback(),
    });
    file.bluebook.id = StyleId::Bluebook;
    file.california.id = StyleId::California;
    file.new_york.id = StyleId::NewYork;
    file.massachusetts.id = StyleId::Massachusetts;
    file.new_jersey.id = StyleId::NewJersey;
    file.illinois.id = StyleId::Illinois;
    file.connecticut.id = StyleId::Connecticut;
    file.ohio.id = StyleId::Ohio;
    file.washington.id = StyleId::Washington;
    file.oklahoma.id = StyleId::Oklahoma;
    file.wyoming.id = StyleId::Wyoming;
    file.south_dakota.id = StyleId::SouthDakota;
    file.louisiana.id = StyleId::Louisiana;
    file.michigan.id = StyleId::Michigan;
    file.north_dakota.id = StyleId::NorthDakota;
    file.oregon.id = StyleId::Oregon;
    file.delaware.id = StyleId::Delaware;
    file.supreme_court_brief.id = StyleId::SupremeCourtBrief;
    file
});

fn fallback() -> Style {
    let rule = || "Bluebook".to_string();
    Style {
        id: StyleId::Bluebook,
        name: "Bluebook".into(),
        manual: "Bluebook".into(),
        versus: "v.".into(),
        date: DatePlacement::After,
        parallel: ParallelForm::Commas,
        reporter_spacing: ReporterSpacing::Standard,
        reporters: BTreeMap::new(),
        pin_page_marker: false,
        supra_for_cases: false,
        short_page_ranges: true,
        case_name_abbreviations: true,
        statutes: StatuteForm::Bluebook,
        history: BTreeMap::new(),
        signals: BTreeMap::new(),
        history_comma: true,
        court_year_glued: false,
        closed_up_allowed: false,
        court_periods_optional: false,
        court_year_comma: false,
        date_after_reporters: Vec::new(),
        id_comma: None,
        id_section_comma: None,
        id_lower_within_sentence: false,
        parenthetical_phrases: BTreeMap::new(),
        opinion_roles: BTreeMap::new(),
        page_suffix_brackets: false,
        session_law: None,
        compilation_names: BTreeMap::new(),
        statute_publishers: BTreeMap::new(),
        section_sign_optional: Vec::new(),
        undated_after: Vec::new(),
        court_named_in_text: false,
        rules: Rules {
            date: rule(),
            versus: rule(),
            reporter: rule(),
            pin: rule(),
            parallel: rule(),
            supra: rule(),
            statute: rule(),
            neutral: rule(),
        },
        captions: Vec::new(),
        caption_excludes: Vec::new(),
        federal: false,
        jurisdiction: None,
        own_courts: Vec::new(),
    }
}

impl Style {
    /// A reporter in this style, from its standard (reporters-db) form: `Cal. App. 4th`
    /// is `Cal.App.4th` in California and `Cal App 4th` in New York.
    pub fn reporter_form<'a>(&self, standard: &'a str) -> Cow<'a, str> {
        if let Some(form) = self.reporters.get(standard) {
            return Cow::Owned(form.clone());
        }
        // T1's form where reporters-db's standard differs (`U.S.P.Q.2d (BNA)`).
        let standard = super::reporters::table().bluebook_form(standard);
        reporter_in(self.reporter_spacing, standard)
    }

    /// A code's name in this style (`Cal. Civ. Proc. Code` → `Code Civ. Proc.` in
    /// California), given its Bluebook form; None if the style has no form of its own
    /// for it (then the Bluebook form stands).
    pub fn code_form(&self, bluebook: &str) -> Option<&'static CodeStyle> {
        code_style(bluebook)
    }

    /// Whether the style writes `Name (2016) 1 Cal.5th 376`.
    pub fn dates_before_volume(&self) -> bool {
        self.date == DatePlacement::BeforeVolume
    }
}

/// `standard` spaced or punctuated as `spacing` writes reporters.
pub fn reporter_in(spacing: ReporterSpacing, standard: &str) -> Cow<'_, str> {
    match spacing {
        ReporterSpacing::Standard => Cow::Borrowed(standard),
        ReporterSpacing::Closed => {
            if standard.contains(". ") {
                Cow::Owned(standard.replace(". ", "."))
            } else {
                Cow::Borrowed(standard)
            }
        }
        ReporterSpacing::NoPeriods => {
            if standard.contains('.') {
                // `N.Y.2d` → `NY2d`, `F. Supp. 2d` → `F Supp 2d`.
                Cow::Owned(standard.replace('.', ""))
            } else {
                Cow::Borrowed(standard)
            }
        }
    }
}

/// One code's name in each style (`data/code_styles.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeStyle {
    pub bluebook: &'static str,
    pub california: Option<&'static str>,
    pub new_york: Option<&'static str>,
    /// Styles in which sections follow the name without `§` (`CPLR 3211`).
    pub no_section_sign: Vec<StyleId>,
    /// House forms a style accepts beside its own name, cited without `§`: (style or
    /// family key, form), e.g. the Kentucky courts' `KRS`.
    pub house_forms: Vec<(&'static str, &'static str)>,
    /// A state house style's own name for the code, cited without `§`, which that style
    /// asks for in place of the Bluebook's: (style key, form), e.g. Illinois's `ILCS`.
    pub own_forms: Vec<(&'static str, &'static str)>,
    /// House and own forms cited with `§` all the same (written `N.D.C.C. §` in the
    /// table): North Dakota's `N.D.C.C. § 14-05-24`.
    pub signed_forms: Vec<&'static str>,
}

impl CodeStyle {
    /// The code's name in `style` (its Bluebook name where the style has none).
    pub fn in_style(&self, style: StyleId) -> &'static str {
        if let Some(own) = self.own_form(style) {
            return own;
        }
        match style.family() {
            StyleId::California => self.california.unwrap_or(self.bluebook),
            StyleId::NewYork => self.new_york.unwrap_or(self.bluebook),
            _ => self.bluebook,
        }
    }
    /// The state house style's own name for the code (`ILCS` in Illinois style).
    pub fn own_form(&self, style: StyleId) -> Option<&'static str> {
        self.own_forms
            .iter()
            .find(|&&(key, _)| key == style.key())
            .map(|&(_, form)| form)
    }
    /// Whether `style` writes a section sign between the name and the section.
    pub fn section_sign(&self, style: StyleId) -> bool {
        match self.own_form(style) {
            Some(own) => self.signed_forms.contains(&own),
            None => !self.no_section_sign.contains(&style.family()),
        }
    }
    /// Whether a house or own form is cited with `§` (`N.D.C.C. § 14-05-24`).
    pub fn signed(&self, form: &str) -> bool {
        self.signed_forms.contains(&form)
    }
    /// Whether `written` is a house form `style` accepts (`735 ILCS 5/2-619` in Illinois
    /// style, `KRS 61.878` in any Bluebook-family style).
    pub fn house_form(&self, style: StyleId, written: &str) -> bool {
        self.own_form(style) == Some(written)
            || self.house_forms.iter().any(|&(key, form)| {
                form == written && (key == style.key() || key == style.family().key())
            })
    }
    /// Whether California style puts a comma after the name (`Code Civ. Proc., § 425.16`):
    /// its own California codes, cited by name alone (the Rules of Court end their name
    /// with the word before the number, `Cal. Rules of Court, rule 8.278(a)`).
    pub fn california_comma(&self) -> bool {
        self.california
            .is_some_and(|c| c != self.bluebook && !c.ends_with(" rule"))
    }
}

static CODE_STYLES: LazyLock<FxHashMap<&'static str, CodeStyle>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for row in rows(CODE_STYLES_TSV) {
        let Some(&bluebook) = row.first() else {
            continue;
        };
        let cell = |k: usize| row.get(k).copied().filter(|s| !s.is_empty());
        let no_section_sign = cell(3)
            .map(|s| {
                s.split(',')
                    .filter_map(|k| StyleId::ALL.into_iter().find(|id| id.key() == k))
                    .collect()
            })
            .unwrap_or_default();
        let pairs = |k: usize| -> Vec<(&'static str, &'static str)> {
            cell(k)
                .map(|s| s.split(',').filter_map(|kv| kv.split_once('=')).collect())
                .unwrap_or_default()
        };
        let (mut house_forms, mut own_forms) = (pairs(4), pairs(5));
        let mut signed_forms = Vec::new();
        for (_, form) in house_forms.iter_mut().chain(own_forms.iter_mut()) {
            if let Some(bare) = form.strip_suffix(" §") {
                *form = bare;
                signed_forms.push(bare);
            }
        }
        let style = CodeStyle {
            bluebook,
            california: cell(1),
            new_york: cell(2),
            no_section_sign,
            house_forms,
            own_forms,
            signed_forms,
        };
        map.insert(bluebook, style);
    }
    map
});

/// A code's names in every style, by its Bluebook name.
pub fn code_style(bluebook: &str) -> Option<&'static CodeStyle> {
    CODE_STYLES.get(bluebook)
}

/// The style a document is held to (None if the citation analyzer did not run).
pub fn in_force(analysis: &Analysis) -> Option<&detect::StyleInForce> {
    analysis.facts.ext.get::<detect::StyleInForce>()
}

/// The citation at a logical offset of a paragraph rewritten in each style it is not
/// already written in: (style, logical span to replace, replacement). What the
/// "Convert citation to …" code action offers.
pub fn conversions_at(
    analysis: &Analysis,
    paragraph: usize,
    offset: usize,
) -> Vec<(StyleId, Span, String)> {
    let Some(auths) = Authorities::of(analysis) else {
        return Vec::new();
    };
    let Some(entry) = auths.at(paragraph, offset) else {
        return Vec::new();
    };
    let at = auths.citations[entry].at;
    let (Some(text), Some(cites)) = (
        analysis
            .document
            .paragraphs
            .get(at.paragraph)
            .map(|p| p.text.as_str()),
        analysis
            .paragraphs
            .get(at.paragraph)
            .and_then(|f| f.ext.get::<ParagraphCitations>()),
    ) else {
        return Vec::new();
    };
    StyleId::CONVERTIBLE
        .into_iter()
        .filter_map(|style| {
            convert::convert(text, &cites.0, at.index, style).map(|c| (style, c.span, c.text))
        })
        .collect()
}

/// What hover says about style: the style in force and why, and the citation as that
/// style writes it when it is written otherwise.
pub fn hover_note(analysis: &Analysis, entry: usize) -> Option<String> {
    let in_force = in_force(analysis)?;
    let auths = Authorities::of(analysis)?;
    let at = auths.citations.get(entry)?.at;
    let text = &analysis.document.paragraphs.get(at.paragraph)?.text;
    let cites = analysis
        .paragraphs
        .get(at.paragraph)?
        .ext
        .get::<ParagraphCitations>()?;
    let mut note = format!("*Citation style:* {}", in_force.describe());
    // A state house style allows forms its family does not: no rewriting shown there.
    let convertible = in_force.style.family() == in_force.style;
    if let Some(c) = convertible
        .then(|| convert::convert(text, &cites.0, at.index, in_force.style))
        .flatten()
    {
        note.push_str(&format!(" · in this style: `{}`", c.text.replace('`', "'")));
    }
    Some(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_style_table_parses() {
        assert!(toml::from_str::<StyleFile>(STYLES_TOML).is_ok());
        let ca = StyleId::California.style();
        assert_eq!(ca.id, StyleId::California);
        assert_eq!(ca.date, DatePlacement::BeforeVolume);
        assert_eq!(StyleId::NewYork.style().versus, "v");
        assert!(StyleId::Bluebook.style().rules.date.contains("R10.4"));
        for id in StyleId::ALL {
            assert_eq!(id.style().id, id, "{id:?}");
        }
        let ma = StyleId::Massachusetts.style();
        assert!(ma.supra_for_cases && !ma.short_page_ranges && !ma.case_name_abbreviations);
        assert_eq!(ma.jurisdiction.as_deref(), Some("MA"));
        assert!(StyleId::NewJersey.style().supra_for_cases);
        let il = StyleId::Illinois.style();
        assert!(!il.case_name_abbreviations && !il.supra_for_cases);
        let ct = StyleId::Connecticut.style();
        assert!(ct.supra_for_cases && ct.short_page_ranges && ct.case_name_abbreviations);
        assert_eq!(ct.jurisdiction.as_deref(), Some("CT"));
        for id in StyleId::STATES {
            assert_eq!(id.family(), StyleId::Bluebook);
            assert!(!id.style().captions.is_empty(), "{id:?}");
        }
    }

    #[test]
    fn reporters_in_each_style() {
        let (bb, ca, ny) = (
            StyleId::Bluebook.style(),
            StyleId::California.style(),
            StyleId::NewYork.style(),
        );
        assert_eq!(bb.reporter_form("Cal. App. 4th"), "Cal. App. 4th");
        assert_eq!(ca.reporter_form("Cal. App. 4th"), "Cal.App.4th");
        assert_eq!(ca.reporter_form("Cal. Rptr. 3d"), "Cal.Rptr.3d");
        assert_eq!(ca.reporter_form("F. App'x"), "Fed.Appx.");
        assert_eq!(ny.reporter_form("N.Y.2d"), "NY2d");
        assert_eq!(ny.reporter_form("A.D.3d"), "AD3d");
        assert_eq!(ny.reporter_form("F. Supp. 2d"), "F Supp 2d");
        assert_eq!(ny.reporter_form("U.S."), "US");
        assert_eq!(ny.reporter_form("F. App'x"), "Fed Appx");
        assert_eq!(bb.reporter_form("U.S.P.Q. 2d (BNA)"), "U.S.P.Q.2d (BNA)");
        assert_eq!(ca.reporter_form("U.S.P.Q. 2d (BNA)"), "U.S.P.Q.2d (BNA)");
    }

    #[test]
    fn codes_in_each_style() {
        let ccp = StyleId::California
            .style()
            .code_form("Cal. Civ. Proc. Code")
            .expect("California code");
        assert_eq!(ccp.in_style(StyleId::California), "Code Civ. Proc.");
        assert!(ccp.california_comma());
        let cplr = StyleId::NewYork
            .style()
            .code_form("N.Y. C.P.L.R.")
            .expect("CPLR");
        assert_eq!(cplr.in_style(StyleId::NewYork), "CPLR");
        assert!(!cplr.section_sign(StyleId::NewYork));
        assert!(!cplr.section_sign(StyleId::Bluebook));
        let ilcs = code_style("Ill. Comp. Stat.").expect("ILCS");
        assert_eq!(ilcs.in_style(StyleId::Illinois), "ILCS");
        assert_eq!(ilcs.in_style(StyleId::Bluebook), "Ill. Comp. Stat.");
        assert!(!ilcs.section_sign(StyleId::Illinois));
        assert!(ilcs.house_form(StyleId::Illinois, "ILCS"));
        assert!(!ilcs.house_form(StyleId::Bluebook, "ILCS"));
    }
}
