//! Which citation style a document is written in.
//!
//! `citations.style` may name one; `auto` (the default) reads the caption (a California
//! superior court or Court of Appeal, a New York court, a Massachusetts, New Jersey,
//! Illinois, Connecticut or Ohio court), else counts the forms the document's own
//! citations take (a date before the volume and bracketed parallels are California's; a bracketed date, `v`
//! without a period and `NY2d` are New York's; a court/year parenthetical after the
//! citation is the Bluebook's) and takes the majority. A document in the Bluebook's
//! forms whose case citations mostly cite one state's own reporters (`Mass.`,
//! `N.J. Super.`, `Ill. App. 3d`, `2012 IL 107821`, `Ohio St.3d`, `2011-Ohio-4215`) is in that state's house style, whose
//! courts write it so. Ties and documents without evidence are Bluebook.

use super::{
    code_style, fixed, reporter_in, ReporterSpacing, StyleId, StyleSetting, MAX_HOUSE_STYLES,
};
use crate::citations::model::{Citation, CitationKind};
use crate::citations::reporters::{table, CiteType};

/// What a paragraph's citations say about the style they are written in (cached
/// with the paragraph).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StyleEvidence {
    pub bluebook: u32,
    pub california: u32,
    pub new_york: u32,
    /// Full case citations (a parallel group counted once).
    pub cases: u32,
    /// Of them, those citing the own reporters of each state house style
    /// ([`StyleId::states`] order).
    pub states: [u32; MAX_HOUSE_STYLES],
    /// Reporters with spaces in their standard form written closed up, as West prints
    /// them and Ohio's courts write them (`Ohio St.3d`, `F.Supp.2d`)…
    pub closed_up: u32,
    /// …and written with the Bluebook's spaces (`Ohio St. 3d`, `F. Supp. 2d`).
    pub spaced: u32,
    /// Reporters whose standard form has periods written without them (`Or App`, `NW2d`,
    /// as New York, Michigan and Oregon write them)…
    pub no_periods: u32,
    /// …and written with their periods (`Or. App.`, `N.W.2d`, `Mich.`).
    pub with_periods: u32,
    /// Statutes cited in a state house style's own form, not the Bluebook's (`810 ILCS
    /// 5/2-607`, Ill. S. Ct. R. 6), ([`StyleId::states`] order).
    pub house_codes: [u32; MAX_HOUSE_STYLES],
}

impl StyleEvidence {
    pub fn add(&mut self, other: &StyleEvidence) {
        self.bluebook += other.bluebook;
        self.california += other.california;
        self.new_york += other.new_york;
        self.cases += other.cases;
        for (mine, theirs) in self.states.iter_mut().zip(other.states) {
            *mine += theirs;
        }
        self.closed_up += other.closed_up;
        self.spaced += other.spaced;
        self.no_periods += other.no_periods;
        self.with_periods += other.with_periods;
        for (mine, theirs) in self.house_codes.iter_mut().zip(other.house_codes) {
            *mine += theirs;
        }
    }
    /// How many citations take `style`'s form (for a state house style: cite its
    /// state's own reporters).
    pub fn count(&self, style: StyleId) -> u32 {
        match style {
            StyleId::BLUEBOOK => self.bluebook,
            StyleId::CALIFORNIA => self.california,
            StyleId::NEW_YORK => self.new_york,
            state => StyleId::states()
                .iter()
                .position(|s| *s == state)
                .map_or(0, |k| self.states[k]),
        }
    }
    /// The style most citations are written in; Bluebook on a tie or without evidence.
    /// Among documents in the Bluebook's forms, one whose case citations mostly cite a
    /// state's own reporters is in that state's house style.
    pub fn majority(&self) -> StyleId {
        if self.california > self.bluebook.max(self.new_york) {
            StyleId::CALIFORNIA
        } else if self.new_york > self.bluebook.max(self.california) {
            // Reporters without periods are New York's form, and Michigan's and Oregon's:
            // a document whose case citations mostly cite one of those states' own
            // reporters (`176 Or App 524, 32 P3d 933 (2001)`) is in that state's style.
            self.home_state()
                .filter(|s| s.style().reporter_spacing == ReporterSpacing::NoPeriods)
                .unwrap_or(StyleId::NEW_YORK)
        } else {
            self.home_state().unwrap_or(StyleId::BLUEBOOK)
        }
    }
    /// The state house style whose reporters most of the case citations cite: at least
    /// [`MIN_HOME_CASES`] of them and [`HOME_SHARE`] of all the document's full case
    /// citations (a federal opinion on a state's law cites federal reporters too).
    ///
    /// A state whose style closes up reporters (Ohio) is a candidate only when the
    /// document writes them so more often than with the Bluebook's spaces: an Ohio
    /// lawyer's brief in the Bluebook's forms cites Ohio's reporters too. A state whose
    /// courts print both (Oklahoma) is one unless the spaced forms are the more.
    pub fn home_state(&self) -> Option<StyleId> {
        let candidate = |k: usize| {
            let Some(style) = StyleId::states().get(k).map(|s| s.style()) else {
                return false;
            };
            if style.reporter_spacing == ReporterSpacing::Closed {
                self.closed_up > self.spaced
            } else if style.reporter_spacing == ReporterSpacing::NoPeriods {
                // Michigan's and Oregon's courts write `Mich App`, `Or App`; a brief in
                // the Bluebook's forms citing their cases (`404 Mich. 240`) is a Bluebook
                // brief.
                self.no_periods > self.with_periods
            } else if style.closed_up_allowed {
                // Oklahoma's courts print West's `S.Ct.`; a brief in the Bluebook's
                // spaced forms citing Oklahoma's cases is a Bluebook brief, whose
                // closed-up slips are slips.
                self.closed_up >= self.spaced
            } else {
                true
            }
        };
        let counts = || {
            self.states
                .iter()
                .enumerate()
                .map(move |(k, &n)| (k, if candidate(k) { n } else { 0 }))
        };
        let (k, n) = counts().max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)))?;
        let rivals = counts().any(|(j, m)| j != k && m == n);
        let share = f64::from(n) >= HOME_SHARE * f64::from(self.cases);
        if n >= MIN_HOME_CASES && share && !rivals {
            return StyleId::states().get(k).copied();
        }
        // A short opinion of a state's court cites few cases: every one of them the
        // state's own, and its statutes in the state's own form that no Bluebook writer
        // uses (`2024 IL App (1st) 231369, ¶¶ 42, 49, 477 Ill.Dec. 939` and `810 ILCS
        // 5/2-607(3)(a) (West 2022)`), it is in the state's house style.
        let only = (n >= 1 && n == self.cases && !rivals && candidate(k)).then_some(k)?;
        (self.house_codes[only] >= 1)
            .then(|| StyleId::states().get(only).copied())
            .flatten()
    }
}

/// The fewest citations of a state's own reporters that put a document in the state's
/// house style.
pub const MIN_HOME_CASES: u32 = 3;
/// The share of a document's full case citations that must cite a state's own
/// reporters for it to be in the state's house style.
pub const HOME_SHARE: f64 = 0.4;

/// Why a style is in force (shown on hover and by `plead cites`).
// One per document: the evidence's counts (a pair per house style the table can hold)
// are kept inline, so the basis stays `Copy`, rather than boxed to save bytes that are
// never many.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StyleBasis {
    /// `citations.style` names it.
    Setting,
    /// The caption names a court of the state.
    Caption,
    /// Most of the document's citations take its form.
    Majority(StyleEvidence),
    /// Nothing points elsewhere.
    Default,
}

impl StyleBasis {
    pub fn describe(&self) -> String {
        match self {
            StyleBasis::Setting => "set by citations.style".into(),
            StyleBasis::Caption => "detected from the caption".into(),
            StyleBasis::Majority(e) => {
                let mut out = format!(
                    "detected from the citations: {} California, {} New York, {} Bluebook form",
                    e.california, e.new_york, e.bluebook
                );
                for (k, state) in StyleId::states().iter().enumerate() {
                    if e.states[k] > 0 {
                        let state = state.style().jurisdiction.as_deref().unwrap_or("");
                        out.push_str(&format!(
                            "; {} of {} case citations to {state} reporters",
                            e.states[k], e.cases
                        ));
                    }
                }
                out
            }
            StyleBasis::Default => "the default".into(),
        }
    }
}

/// The style in force for a document, stored in `DocumentFacts::ext`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StyleInForce {
    pub style: StyleId,
    pub basis: StyleBasis,
}

impl StyleInForce {
    /// `California Style Manual (detected from the caption)`.
    pub fn describe(&self) -> String {
        format!("{} ({})", self.style.style().name, self.basis.describe())
    }
}

/// The style in force, from the setting, the document's first paragraphs (its caption)
/// and the evidence of all its paragraphs.
pub fn decide<'a>(
    setting: StyleSetting,
    head: impl IntoIterator<Item = &'a str>,
    evidence: &StyleEvidence,
) -> StyleInForce {
    if let Some(style) = fixed(setting) {
        return StyleInForce {
            style,
            basis: StyleBasis::Setting,
        };
    }
    let majority = evidence.majority();
    if let Some(style) = caption_style(head) {
        // A state court's filing may still be written in another style throughout:
        // California's courts accept the Bluebook as well as their own manual (Cal.
        // Rules of Court, rule 1.200), and New York practitioners often write it. The
        // citations overrule the caption when nearly all take another form. (A state
        // house style writes the Bluebook's forms and only allows more: Bluebook-form
        // citations do not overrule it.)
        let rival = if style.family() == StyleId::BLUEBOOK && majority.family() == StyleId::BLUEBOOK
        {
            style
        } else {
            majority
        };
        let overruled = (rival != style
            && evidence.count(majority) >= MIN_OVERRULING
            && evidence.count(style) * 4 <= evidence.count(majority))
            || spaced_throughout(style, evidence);
        if !overruled {
            return StyleInForce {
                style,
                basis: StyleBasis::Caption,
            };
        }
    }
    let style = majority;
    let basis = if evidence == &StyleEvidence::default() {
        StyleBasis::Default
    } else {
        StyleBasis::Majority(*evidence)
    };
    StyleInForce { style, basis }
}

/// Whether a document under the caption of a court whose style closes up reporters
/// (Ohio's) writes them with the Bluebook's spaces nearly throughout: a brief in the
/// Bluebook's forms, which Ohio's courts accept from counsel, not in the Writing
/// Manual's. The same proportion as any overruling form.
fn spaced_throughout(style: StyleId, evidence: &StyleEvidence) -> bool {
    style.family() == StyleId::BLUEBOOK
        && style.style().reporter_spacing == ReporterSpacing::Closed
        && evidence.spaced >= MIN_OVERRULING
        && evidence.closed_up * 4 <= evidence.spaced
}

/// The fewest citations in another form that overrule a caption (four times as many as
/// take the caption's style's form, too).
const MIN_OVERRULING: u32 = 3;

/// How much of the document's start is read for a caption.
const CAPTION_BYTES: usize = 3000;

/// Court lines of federal courts (Bluebook).
const FEDERAL_COURTS: &[&str] = &[
    "UNITED STATES DISTRICT COURT",
    "UNITED STATES COURT OF APPEALS",
    "UNITED STATES BANKRUPTCY COURT",
    "SUPREME COURT OF THE UNITED STATES",
    "UNITED STATES COURT OF FEDERAL CLAIMS",
];
/// The style a caption's court writes in: a federal court is Bluebook; a California
/// superior court, Court of Appeal or Supreme Court writes California style; a New York
/// court (Supreme Court, Appellate Division, Court of Appeals, city and family courts…)
/// writes the Official Reports style (their court lines are their tables' `captions`);
/// the court lines of the state house styles' tables
/// (`SUPREME JUDICIAL COURT`, `SUPERIOR COURT OF NEW JERSEY`, `APPELLATE COURT OF
/// ILLINOIS`) name theirs. Party names such as `PEOPLE OF THE STATE OF CALIFORNIA` name
/// no court.
pub fn caption_style<'a>(head: impl IntoIterator<Item = &'a str>) -> Option<StyleId> {
    let mut caption = String::new();
    for text in head {
        if caption.len() >= CAPTION_BYTES {
            break;
        }
        let take = text.len().min(CAPTION_BYTES - caption.len());
        let take = (0..=take)
            .rev()
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(0);
        caption.push_str(&text[..take].to_ascii_uppercase());
        caption.push('\n');
    }
    let caption = caption.split_whitespace().collect::<Vec<_>>().join(" ");
    let has = |p: &str| caption.contains(p);
    let names_style = |state: StyleId, federal: bool| {
        let style = state.style();
        style.federal == federal
            && style
                .captions
                .iter()
                .any(|all| !all.is_empty() && all.iter().all(|p| has(p)))
            && !style.caption_excludes.iter().any(|p| has(p))
    };
    // A house style of filings in a federal court (the Supreme Court's briefs: the writ
    // of certiorari with the Solicitor General) says more than the court line, which its
    // cover names too (`TO THE UNITED STATES COURT OF APPEALS`).
    if let Some(state) = StyleId::states()
        .iter()
        .copied()
        .find(|&s| names_style(s, true))
    {
        return Some(state);
    }
    if FEDERAL_COURTS.iter().any(|p| has(p)) {
        return Some(StyleId::BLUEBOOK);
    }
    let court_of_appeal = caption
        .match_indices("COURT OF APPEAL")
        .any(|(k, m)| caption.as_bytes().get(k + m.len()) != Some(&b'S'));
    // California's Court of Appeal is read apart: its line may name only the district.
    let california = names_style(StyleId::CALIFORNIA, false)
        || (court_of_appeal && (has("CALIFORNIA") || has("APPELLATE DISTRICT")));
    if california {
        return Some(StyleId::CALIFORNIA);
    }
    // Before New York's: a New Jersey caption's `APPELLATE DIVISION` may sit beside a
    // party's `DEPARTMENT`.
    if let Some(state) = StyleId::states()
        .iter()
        .copied()
        .find(|&s| names_style(s, false))
    {
        return Some(state);
    }
    names_style(StyleId::NEW_YORK, false).then_some(StyleId::NEW_YORK)
}

/// The evidence of one paragraph's citations.
pub fn paragraph_evidence(text: &str, cites: &[Citation]) -> StyleEvidence {
    let mut e = StyleEvidence::default();
    home_evidence(text, cites, &mut e);
    for c in cites {
        let slice = |s: crate::analysis::Span| text.get(s.start..s.end).unwrap_or("");
        match c.kind {
            CitationKind::FullCase if !c.neutral => {
                if let (Some(date), Some(volume)) = (c.date_parenthetical(), c.volume) {
                    if date.span.end <= volume.start {
                        if !c
                            .reporter_standard
                            .is_some_and(crate::citations::reporters::dated_before_volume)
                        {
                            e.california += 1;
                        }
                    } else if date.bracket {
                        e.new_york += 1;
                    } else {
                        e.bluebook += 1;
                    }
                }
                if c.parallel_to.is_some()
                    && c.volume
                        .is_some_and(|v| v.start > 0 && text.as_bytes()[v.start - 1] == b'[')
                {
                    e.california += 1;
                }
                if c.versus.is_some_and(|v| slice(v) == "v") {
                    e.new_york += 1;
                }
                if let (Some(written), Some(standard)) = (c.reporter, c.reporter_standard) {
                    let written = slice(written);
                    let no_periods = standard.replace('.', "");
                    if written != standard && !written.contains('.') && written == no_periods {
                        e.new_york += 1;
                        e.no_periods += 1;
                    } else if written == standard && standard.contains('.') {
                        e.with_periods += 1;
                    }
                    if standard.contains(". ") {
                        if written == standard {
                            e.spaced += 1;
                        } else if written == reporter_in(ReporterSpacing::Closed, standard) {
                            e.closed_up += 1;
                        }
                    }
                }
            }
            CitationKind::ShortCase | CitationKind::Id | CitationKind::Supra => {
                let at_p = c.pins.first().is_some_and(|p| {
                    let before = text.get(..p.span.start).unwrap_or("");
                    before.ends_with("at p. ") || before.ends_with("at pp. ")
                });
                if at_p {
                    e.california += 1;
                }
            }
            CitationKind::Statute => {
                if let (Some(code), Some(standard)) = (c.reporter, c.reporter_standard) {
                    let written = slice(code);
                    if let Some(forms) = code_style(standard) {
                        for (k, state) in StyleId::states().iter().enumerate() {
                            let own = forms.own_form(*state) == Some(written)
                                || forms
                                    .house_forms
                                    .iter()
                                    .any(|&(key, form)| key == state.key() && form == written);
                            if own {
                                e.house_codes[k] += 1;
                            }
                        }
                        if written != forms.bluebook {
                            if forms.california == Some(written) {
                                e.california += 1;
                            } else if forms.new_york == Some(written) {
                                e.new_york += 1;
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    e
}

/// The full case citations of a paragraph (a parallel group once), and how many cite a
/// state house style's own reporters (any citation of the group), or its own courts'
/// decisions by their court (`881 P.2d 1076, 1077 (Wyo.1994)`: a regional reporter,
/// the state's court named in the parenthetical).
fn home_evidence(text: &str, cites: &[Citation], e: &mut StyleEvidence) {
    let own_court = |c: &Citation| -> Option<usize> {
        let court = text.get(c.court?.start..c.court?.end)?;
        let bare = || court.chars().filter(|ch| !matches!(ch, '.' | ' '));
        StyleId::states().iter().position(|s| {
            s.style()
                .own_courts
                .iter()
                .any(|own| own.chars().eq(bare()))
        })
    };
    let home = |c: &Citation| -> Option<usize> {
        if let Some(k) = own_court(c) {
            return Some(k);
        }
        let edition = table().edition(c.reporter_standard?)?;
        if !matches!(edition.cite_type, CiteType::State | CiteType::Neutral) {
            return None;
        }
        let state = edition.jurisdictions.split(' ').next()?;
        StyleId::states()
            .iter()
            .position(|s| s.style().jurisdiction.as_deref() == Some(state))
    };
    let mut counted: Vec<usize> = Vec::new();
    for (i, c) in cites.iter().enumerate() {
        if c.kind != CitationKind::FullCase {
            continue;
        }
        let root = c.parallel_to.unwrap_or(i);
        if root == i {
            e.cases += 1;
        }
        if let Some(k) = home(c) {
            if !counted.contains(&root) {
                counted.push(root);
                e.states[k] += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citations::scan::extract;

    fn named_style(key: &str) -> StyleId {
        StyleId::from_key(key).unwrap_or_else(|| panic!("no style `{key}`"))
    }

    fn evidence(text: &str) -> StyleEvidence {
        paragraph_evidence(text, &extract(text, &[]))
    }

    /// Court lines and the style each names (`None`: no court is named). Federal
    /// courts, and a state that is only a party, are Bluebook; a federal court in a
    /// state is not the state's style.
    const CAPTIONS: &[(&[&str], Option<&str>)] = &[
        (
            &[
                "SUPERIOR COURT OF THE STATE OF CALIFORNIA",
                "COUNTY OF LOS ANGELES",
            ],
            Some("california"),
        ),
        (
            &[
                "IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA",
                "SECOND APPELLATE DISTRICT",
            ],
            Some("california"),
        ),
        (
            &["SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF KINGS"],
            Some("new-york"),
        ),
        (
            &[
                "Supreme Court of the State of New York",
                "Appellate Division, Second Department",
            ],
            Some("new-york"),
        ),
        (
            &[
                "UNITED STATES DISTRICT COURT",
                "EASTERN DISTRICT OF CALIFORNIA",
                "THE PEOPLE OF THE STATE OF CALIFORNIA,",
            ],
            Some("bluebook"),
        ),
        (
            &["UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT"],
            Some("bluebook"),
        ),
        (&["PEOPLE OF THE STATE OF NEW YORK v. SMITH"], None),
        (
            &[
                "SUPERIOR COURT OF NEW JERSEY, APPELLATE DIVISION",
                "NEW JERSEY DEPARTMENT OF CORRECTIONS,",
            ],
            Some("new-jersey"),
        ),
        (
            &["COMMONWEALTH OF MASSACHUSETTS", "SUPREME JUDICIAL COURT"],
            Some("massachusetts"),
        ),
        (
            &["Commonwealth vs. Furr", "Appeals Court of Massachusetts"],
            Some("massachusetts"),
        ),
        (
            &["IN THE SUPREME COURT OF THE STATE OF ILLINOIS"],
            Some("illinois"),
        ),
        (
            &["IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS"],
            Some("illinois"),
        ),
        (
            &[
                "STATE of Connecticut v. Anthony DYOUS.",
                "Appellate Court of Connecticut.",
            ],
            Some("connecticut"),
        ),
        (
            &[
                "UNITED STATES DISTRICT COURT",
                "STATE OF CONNECTICUT, Plaintiff",
            ],
            Some("bluebook"),
        ),
        (
            &[
                "UNITED STATES DISTRICT COURT",
                "NORTHERN DISTRICT OF ILLINOIS",
                "PEOPLE OF THE STATE OF ILLINOIS,",
            ],
            Some("bluebook"),
        ),
        (&["PEOPLE OF THE STATE OF ILLINOIS v. SMITH"], None),
        // Maine's highest court shares the Massachusetts court's name; Maine has no
        // house style of plead's.
        (
            &["MAINE SUPREME JUDICIAL COURT", "Reporter of Decisions"],
            None,
        ),
        (
            &[
                "Published Opinions of the Law Court",
                "Maine Supreme Judicial Court's opinions",
            ],
            None,
        ),
    ];

    #[test]
    fn captions_name_the_style() {
        for (head, style) in CAPTIONS {
            assert_eq!(
                caption_style(head.iter().copied()).map(StyleId::key),
                *style,
                "{head:?}"
            );
        }
    }

    #[test]
    fn citations_are_evidence_of_their_form() {
        let ca = evidence("(Baral v. Schnitt (2016) 1 Cal.5th 376, 384 [205 Cal.Rptr.3d 475].) (Id. at p. 385.) (Code Civ. Proc., § 425.16.)");
        assert_eq!((ca.california, ca.new_york, ca.bluebook), (4, 0, 0));
        let ny = evidence("(see Alvarez v Prospect Hosp., 68 NY2d 320, 324 [1986].)");
        assert_eq!((ny.california, ny.new_york, ny.bluebook), (0, 3, 0));
        let bb = evidence("Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006); Id. at 960.");
        assert_eq!((bb.california, bb.new_york, bb.bluebook), (0, 0, 1));
        assert_eq!(ca.majority(), StyleId::CALIFORNIA);
        assert_eq!(ny.majority(), StyleId::NEW_YORK);
        assert_eq!(StyleEvidence::default().majority(), StyleId::BLUEBOOK);
    }

    #[test]
    fn a_states_own_reporters_put_a_bluebook_document_in_its_house_style() {
        // Commonwealth v. Furr's citations (tests/fixtures/opinions).
        let ma = evidence("See Commonwealth v. Furr, 58 Mass. App. Ct. 155, 157 (2003); Commonwealth v. Colantoni, 396 Mass. 672, 679 (1986); Commonwealth v. Hiskin, 68 Mass. App. Ct. 633 (2007); Henderson v. Morgan, 426 U.S. 637 (1976).");
        assert_eq!((ma.cases, ma.count(named_style("massachusetts"))), (4, 3));
        assert_eq!(ma.majority(), named_style("massachusetts"));
        // A parallel group is one citation; the public-domain form counts.
        let il = evidence("People v. Hill, 199 Ill. 2d 440, 457-58, 771 N.E.2d 374 (2002); People v. Johnson, 2013 IL App (2d) 110535, ¶ 1; People v. Jenkins, 2013 IL App (4th) 120628, ¶ 1.");
        assert_eq!((il.cases, il.count(named_style("illinois"))), (3, 3));
        assert_eq!(il.majority(), named_style("illinois"));
        // Connecticut's own reports, official and appellate (State v. Dyous's citations).
        let ct = evidence("State v. Dyous, 307 Conn. 299, 302, 53 A.3d 153 (2012); State v. Begley, 122 Conn. App. 546, 555, 2 A.3d 1 (2010); State v. Golding, 213 Conn. 233, 239-40, 567 A.2d 823 (1989).");
        assert_eq!((ct.cases, ct.count(named_style("connecticut"))), (3, 3));
        assert_eq!(ct.majority(), named_style("connecticut"));
        // Two New Jersey cases among federal ones are not a New Jersey document.
        let federal = evidence("Rowe v. Mazel Thirty, LLC, 209 N.J. 35, 41 (2012); Craig v. Suburban Cablevision Inc., 140 N.J. 623 (1995); Twombly, 550 U.S. 544 (2007); Iqbal, 556 U.S. 662 (2009); Doe v. Roe, 1 F.3d 1 (3d Cir. 1993).");
        assert_eq!(federal.count(named_style("new-jersey")), 2);
        assert_eq!(federal.majority(), StyleId::BLUEBOOK);
        // A state caption is not overruled by the Bluebook's forms its style writes too;
        // a federal caption is not overruled by a state's reporters.
        let sjc = decide(StyleSetting::AUTO, ["SUPREME JUDICIAL COURT"], &federal);
        assert_eq!(sjc.style, named_style("massachusetts"));
        let district = decide(StyleSetting::AUTO, ["UNITED STATES DISTRICT COURT"], &ma);
        assert_eq!(district.style, StyleId::BLUEBOOK);
    }
}
