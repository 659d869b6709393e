//! Citation styles as data: what a correct citation looks like in the style a
//! document is written in (Bluebook, California, New York, and the Bluebook-like house
//! styles of the states and the Supreme Court briefs), from `data/citation_styles.toml`
//! and `data/code_styles.tsv`. A style is one section of the TOML file: its key (the
//! `citations.style` setting's name), its family, its forms and what detects it; adding
//! a style is adding a section. Every check asks the style in force instead of assuming
//! Bluebook:
//!
//! - [`Style`]: reporter spelling, where the date goes, parallel-citation brackets,
//!   `v`/`v.`, `at p.` pins, `supra`, statute forms, and the rule each message cites;
//! - [`StyleId`]: a copyable handle on a section (the table in the file's order);
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
use serde::Deserialize;

use super::model::{Authorities, ParagraphCitations};
use super::tables::rows;
use crate::analysis::{Analysis, Span};

use crate::vocabulary::CITATION_STYLES_TOML as STYLES_TOML;
const CODE_STYLES_TSV: &str = include_str!("../../../data/code_styles.tsv");

/// A citation style plead knows: a handle on one section of
/// `data/citation_styles.toml`, small and copyable, read on every check.
///
/// A style is data: its key, family, forms and detection come from its section, and
/// adding one is adding a section. Named constants exist only for the styles the code
/// branches on (the three families with forms of their own, and the few whose forms no
/// field of the table says yet); the table keeps their sections at these indices
/// whatever order the file lists them in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StyleId(u8);

impl StyleId {
    pub const BLUEBOOK: StyleId = StyleId(0);
    pub const CALIFORNIA: StyleId = StyleId(1);
    pub const NEW_YORK: StyleId = StyleId(2);
    /// Ohio's webcites take paragraph pins (`checks::neutral`), and its closed-up
    /// reporters are asked for, not allowed (`checks::form`).
    pub const OHIO: StyleId = StyleId(3);
    /// Washington's reporters (`Wn.2d`) are accepted in every Bluebook text
    /// (`checks::reporter`).
    pub const WASHINGTON: StyleId = StyleId(4);
    /// A public-domain citation's year repeated in the parenthetical (`checks::court`).
    pub const NORTH_DAKOTA: StyleId = StyleId(5);

    /// The styles by their key, in the file's order.
    pub fn all() -> &'static [StyleId] {
        &table().in_file_order
    }
    /// The styles with forms of their own (a family of their own: Bluebook, California,
    /// New York), between which citations are converted; the state house styles write
    /// their family's forms.
    pub fn convertible() -> &'static [StyleId] {
        &table().families
    }
    /// The house styles, detected by caption (and a state's by its home reporters): the
    /// states' courts' and the Supreme Court briefs', in the file's order (the order
    /// [`detect::StyleEvidence`] counts them in).
    pub fn states() -> &'static [StyleId] {
        &table().states
    }
    /// The style whose key (`new-york`) is `key`.
    pub fn from_key(key: &str) -> Option<StyleId> {
        table()
            .in_file_order
            .iter()
            .copied()
            .find(|id| id.key() == key)
    }
    /// The name used in settings and `plead cites`: the section's name in
    /// `citation_styles.toml` (`bluebook`, `new-york`, `north-dakota`, …).
    pub fn key(self) -> &'static str {
        &self.style().key
    }
    /// The style's table.
    pub fn style(self) -> &'static Style {
        let styles = &table().styles;
        // Every StyleId is made by the table, so the index is in range; the Bluebook's
        // entry stands in were it ever not.
        styles.get(usize::from(self.0)).unwrap_or(&styles[0])
    }
    /// The style whose forms this one writes: a state house style writes the
    /// Bluebook's (statute names, court abbreviations, conversions), allowing what its
    /// table allows.
    pub fn family(self) -> StyleId {
        self.style().family
    }
}

/// `citations.style` in plead.toml and the LSP settings.
pub use crate::config::CitationStyleSetting as StyleSetting;

/// The style a fixed setting names (None for `auto`).
pub fn fixed(setting: StyleSetting) -> Option<StyleId> {
    setting.style_key().and_then(StyleId::from_key)
}

impl From<StyleId> for StyleSetting {
    /// The setting that holds every document to `style`.
    fn from(style: StyleId) -> StyleSetting {
        StyleSetting::parse(style.key()).unwrap_or_default()
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
    /// The section's name: the style's key in settings and `plead cites` (`new-york`).
    #[serde(skip)]
    pub key: String,
    /// The style whose forms this one writes ([`StyleId::family`]), from `family`.
    #[serde(skip, default = "default_id")]
    pub family: StyleId,
    #[serde(rename = "family", default)]
    family_key: Option<String>,
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
    StyleId::BLUEBOOK
}

/// The keys of the named [`StyleId`] constants, at their indices.
const NAMED: [&str; 6] = [
    "bluebook",
    "california",
    "new-york",
    "ohio",
    "washington",
    "north-dakota",
];

/// The most house styles [`detect::StyleEvidence`] counts (its arrays' length); a
/// section beyond them is read but never detected (a test keeps the file within it).
pub const MAX_HOUSE_STYLES: usize = 32;

/// The style table: every section of `citation_styles.toml`, indexed by [`StyleId`].
struct StyleTable {
    /// By [`StyleId`]: the named styles first, then the others in the file's order.
    styles: Vec<Style>,
    in_file_order: Vec<StyleId>,
    /// Those that are their own family, in the file's order.
    families: Vec<StyleId>,
    /// The others (house styles), in the file's order.
    states: Vec<StyleId>,
}

/// The sections of the style file in the order the file gives them (a map would sort
/// them by name, and the order decides which caption is read first).
struct Sections(Vec<(String, Style)>);

impl<'de> Deserialize<'de> for Sections {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct InOrder;
        impl<'de> serde::de::Visitor<'de> for InOrder {
            type Value = Sections;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of citation styles")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Sections, A::Error> {
                let mut sections = Vec::new();
                while let Some(entry) = map.next_entry::<String, Style>()? {
                    sections.push(entry);
                }
                Ok(Sections(sections))
            }
        }
        deserializer.deserialize_map(InOrder)
    }
}

impl StyleTable {
    fn new(sections: Vec<(String, Style)>) -> StyleTable {
        let mut styles: Vec<Style> = NAMED
            .iter()
            .map(|&key| Style {
                key: key.to_string(),
                ..fallback()
            })
            .collect();
        let mut in_file_order = Vec::new();
        for (key, mut style) in sections {
            style.key = key;
            let at = match NAMED.iter().position(|&named| named == style.key) {
                Some(named) => named,
                None if styles.len() < usize::from(u8::MAX) => {
                    styles.push(fallback());
                    styles.len() - 1
                }
                None => continue,
            };
            styles[at] = style;
            in_file_order.push(StyleId(at as u8));
        }
        // A named style missing from the file (it never is: tested) still answers, as
        // the Bluebook's built-in form.
        for named in 0..NAMED.len() {
            if !in_file_order.contains(&StyleId(named as u8)) {
                in_file_order.push(StyleId(named as u8));
            }
        }
        let index_of = |key: &str| {
            styles
                .iter()
                .position(|s| s.key == key)
                .map(|at| StyleId(at as u8))
        };
        let families: Vec<Option<StyleId>> = styles
            .iter()
            .map(|s| {
                s.family_key
                    .as_deref()
                    .map(|f| index_of(f).unwrap_or_default())
            })
            .collect();
        for (at, (style, family)) in styles.iter_mut().zip(families).enumerate() {
            style.id = StyleId(at as u8);
            style.family = family.unwrap_or(style.id);
        }
        let (families, states): (Vec<StyleId>, Vec<StyleId>) = in_file_order
            .iter()
            .partition(|&&id| styles[usize::from(id.0)].family == id);
        let states = states.into_iter().take(MAX_HOUSE_STYLES).collect();
        StyleTable {
            styles,
            in_file_order,
            families,
            states,
        }
    }
}

impl Default for StyleId {
    fn default() -> StyleId {
        StyleId::BLUEBOOK
    }
}

/// The embedded style table. It is checked by tests; were it ever unreadable, every
/// style would fall back to the Bluebook's built-in form rather than fail.
static STYLES: LazyLock<StyleTable> = LazyLock::new(|| {
    let sections = toml::from_str::<Sections>(STYLES_TOML)
        .map(|s| s.0)
        .unwrap_or_default();
    StyleTable::new(sections)
});

fn table() -> &'static StyleTable {
    &STYLES
}

fn fallback() -> Style {
    let rule = || "Bluebook".to_string();
    Style {
        id: StyleId::BLUEBOOK,
        key: "bluebook".into(),
        family: StyleId::BLUEBOOK,
        family_key: None,
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
            StyleId::CALIFORNIA => self.california.unwrap_or(self.bluebook),
            StyleId::NEW_YORK => self.new_york.unwrap_or(self.bluebook),
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
                    .filter_map(|k| StyleId::all().iter().copied().find(|id| id.key() == k))
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
    StyleId::convertible()
        .iter()
        .copied()
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

    fn named_style(key: &str) -> StyleId {
        StyleId::from_key(key).unwrap_or_else(|| panic!("no style `{key}`"))
    }

    #[test]
    fn the_style_table_parses() {
        let sections = toml::from_str::<Sections>(STYLES_TOML).expect("citation_styles.toml");
        // Every section is a style, in the file's order, and the named constants find
        // theirs.
        let keys: Vec<&str> = sections.0.iter().map(|(key, _)| key.as_str()).collect();
        let all: Vec<&str> = StyleId::all().iter().map(|id| id.key()).collect();
        assert_eq!(keys, all);
        // The settings' names are the same keys.
        assert_eq!(crate::vocabulary::citation_style_names(), keys);
        for &id in StyleId::all() {
            assert_eq!(fixed(StyleSetting::from(id)), Some(id));
        }
        assert_eq!(fixed(StyleSetting::AUTO), None);
        assert_eq!(&keys[..3], ["bluebook", "california", "new-york"]);
        for (at, key) in NAMED.iter().enumerate() {
            let id = StyleId(at as u8);
            assert_eq!(id.key(), *key);
            assert!(
                keys.contains(key),
                "{key} is named in the code but not in the file"
            );
        }
        let ca = StyleId::CALIFORNIA.style();
        assert_eq!(ca.id, StyleId::CALIFORNIA);
        assert_eq!(ca.date, DatePlacement::BeforeVolume);
        assert_eq!(StyleId::NEW_YORK.style().versus, "v");
        assert!(StyleId::BLUEBOOK.style().rules.date.contains("R10.4"));
        for &id in StyleId::all() {
            assert_eq!(id.style().id, id, "{id:?}");
            assert_eq!(StyleId::from_key(id.key()), Some(id));
        }
        assert_eq!(
            StyleId::convertible(),
            [StyleId::BLUEBOOK, StyleId::CALIFORNIA, StyleId::NEW_YORK]
        );
        let ma = named_style("massachusetts").style();
        assert!(ma.supra_for_cases && !ma.short_page_ranges && !ma.case_name_abbreviations);
        assert_eq!(ma.jurisdiction.as_deref(), Some("MA"));
        assert!(named_style("new-jersey").style().supra_for_cases);
        let il = named_style("illinois").style();
        assert!(!il.case_name_abbreviations && !il.supra_for_cases);
        let ct = named_style("connecticut").style();
        assert!(ct.supra_for_cases && ct.short_page_ranges && ct.case_name_abbreviations);
        assert_eq!(ct.jurisdiction.as_deref(), Some("CT"));
        // Every house style is counted by the style evidence's arrays.
        assert!(StyleId::states().len() < MAX_HOUSE_STYLES);
        assert_eq!(
            StyleId::states().len() + StyleId::convertible().len(),
            StyleId::all().len()
        );
        for &id in StyleId::states() {
            assert_eq!(id.family(), StyleId::BLUEBOOK);
            assert!(!id.style().captions.is_empty(), "{id:?}");
        }
    }

    #[test]
    fn a_family_not_in_the_table_is_the_bluebook() {
        let text = "[bluebook]\nname = \"B\"\nmanual = \"B\"\nversus = \"v.\"\ndate = \"after\"\nparallel = \"commas\"\nreporter_spacing = \"standard\"\npin_page_marker = false\nsupra_for_cases = false\nshort_page_ranges = true\ncase_name_abbreviations = true\nstatutes = \"bluebook\"\n[bluebook.rules]\ndate = \"\"\nversus = \"\"\nreporter = \"\"\npin = \"\"\nparallel = \"\"\nsupra = \"\"\nstatute = \"\"\nneutral = \"\"\n";
        let one = toml::from_str::<Sections>(text).expect("one section").0;
        let (_, mut bluebook) = one.into_iter().next().expect("bluebook");
        let mut stray = bluebook.clone();
        stray.family_key = Some("nowhere".into());
        bluebook.name = "B".into();
        let table = StyleTable::new(vec![("bluebook".into(), bluebook), ("stray".into(), stray)]);
        let stray = table.in_file_order[1];
        assert_eq!(table.styles[usize::from(stray.0)].family, StyleId::BLUEBOOK);
        assert_eq!(table.states, [stray]);
        // The named styles the file lacks still answer, as the Bluebook's form.
        assert_eq!(table.styles.len(), NAMED.len() + 1);
        assert_eq!(table.styles[usize::from(StyleId::OHIO.0)].key, "ohio");
    }

    #[test]
    fn reporters_in_each_style() {
        let (bb, ca, ny) = (
            StyleId::BLUEBOOK.style(),
            StyleId::CALIFORNIA.style(),
            StyleId::NEW_YORK.style(),
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
        let ccp = StyleId::CALIFORNIA
            .style()
            .code_form("Cal. Civ. Proc. Code")
            .expect("California code");
        assert_eq!(ccp.in_style(StyleId::CALIFORNIA), "Code Civ. Proc.");
        assert!(ccp.california_comma());
        let cplr = StyleId::NEW_YORK
            .style()
            .code_form("N.Y. C.P.L.R.")
            .expect("CPLR");
        assert_eq!(cplr.in_style(StyleId::NEW_YORK), "CPLR");
        assert!(!cplr.section_sign(StyleId::NEW_YORK));
        assert!(!cplr.section_sign(StyleId::BLUEBOOK));
        let ilcs = code_style("Ill. Comp. Stat.").expect("ILCS");
        assert_eq!(ilcs.in_style(named_style("illinois")), "ILCS");
        assert_eq!(ilcs.in_style(StyleId::BLUEBOOK), "Ill. Comp. Stat.");
        assert!(!ilcs.section_sign(named_style("illinois")));
        assert!(ilcs.house_form(named_style("illinois"), "ILCS"));
        assert!(!ilcs.house_form(StyleId::BLUEBOOK, "ILCS"));
    }
}
