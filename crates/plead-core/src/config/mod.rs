//! Configuration: `plead.toml` at the workspace root and the LSP settings section
//! `plead` share one schema. Defaults ← plead.toml ← editor settings.

mod load;
mod validate;

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

pub use load::{check_toml, merge_json, parse_toml, ConfigError};
pub use validate::{check, closest, did_you_mean, toml_line, Checked, Known};

use crate::vocabulary::{family_of, Severity};

/// A rule's setting: off, or on with a severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    Off,
    Error,
    Warning,
    Info,
    Hint,
}

impl RuleLevel {
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Off => None,
            RuleLevel::Error => Some(Severity::Error),
            RuleLevel::Warning => Some(Severity::Warning),
            RuleLevel::Info => Some(Severity::Info),
            RuleLevel::Hint => Some(Severity::Hint),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Config {
    /// Milliseconds to wait after an edit before publishing diagnostics (0: at once).
    pub debounce_ms: u64,
    /// Per rule code (`citation/reporter-form`) or family (`typo`): off, error, warning, info, hint.
    pub rules: BTreeMap<String, RuleLevel>,
    /// Extra words the spell checker accepts (names, terms of art).
    pub dictionary: Vec<String>,
    /// Path (relative to the workspace root) of a docket file or folder; found automatically when unset.
    pub docket: Option<String>,
    pub citations: CitationsConfig,
    pub record: RecordConfig,
    pub authorities: AuthoritiesConfig,
    /// Log level for `window/logMessage`: error, warn, info, debug.
    pub log_level: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            debounce_ms: 50,
            rules: BTreeMap::new(),
            dictionary: Vec::new(),
            docket: None,
            citations: CitationsConfig::default(),
            record: RecordConfig::default(),
            authorities: AuthoritiesConfig::default(),
            log_level: "info".into(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Hash)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct CitationsConfig {
    /// Accept closed-up reporter forms (`F.Supp.2d`, `S.Ct.`) that Bluebook B6 (2020) allows.
    pub allow_closed_up_reporters: bool,
    /// The citation style documents are checked against: "auto" (default: from the
    /// caption, else the form most citations take), "bluebook", "california", "new-york",
    /// "massachusetts", "new-jersey", "illinois", "connecticut", "ohio", "washington",
    /// "oklahoma", "wyoming", "south-dakota", "louisiana", "michigan", "north-dakota", "oregon", "delaware",
    /// "supreme-court-brief".
    pub style: CitationStyleSetting,
}

/// `citations.style`: which citation style a document is held to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CitationStyleSetting {
    /// Detected per document: from its caption, else the form most citations take.
    #[default]
    Auto,
    Bluebook,
    /// California Style Manual.
    California,
    /// New York Official Reports style.
    NewYork,
    /// The Massachusetts Reporter of Decisions' style (Bluebook forms, `supra` for
    /// cases, full page ranges, its own case-name abbreviations).
    Massachusetts,
    /// The New Jersey Manual on Style (Bluebook forms, `supra` for cases).
    NewJersey,
    /// The Illinois courts' style manual (Bluebook forms, case names spelled out).
    Illinois,
    /// The Connecticut courts' style (Bluebook forms, `supra` for cases).
    Connecticut,
    /// The Supreme Court of Ohio's Writing Manual (closed-up reporters and courts,
    /// `(6th Cir.1999)`, webcites).
    Ohio,
    /// Washington's courts (General Rule 14, the Reporter of Decisions' Style Sheet):
    /// Bluebook forms with Washington's own reporters, `Wn.2d`, `Wn. App.`.
    Washington,
    /// The Oklahoma courts' opinions (OSCN): public-domain citations with paragraph
    /// pins, West's closed-up reporters and courts allowed, `(10th Cir.1999)`.
    Oklahoma,
    /// The Wyoming Supreme Court's opinions: public-domain citations, `(Wyo.1994)`, case
    /// names as reported.
    Wyoming,
    /// The South Dakota Supreme Court's opinions: public-domain citations, courts
    /// without periods allowed (`(SD 1987)`).
    SouthDakota,
    /// The Louisiana courts' uniform citation, closed-up reporters, `supra` for cases.
    Louisiana,
    /// The Michigan Appellate Opinion Manual: `v`, reporters without periods (`404 Mich
    /// 240, 250; 273 NW2d 429 (1978)`), parallels after a semicolon, `MCL`/`MCR`.
    Michigan,
    /// The North Dakota Supreme Court's style (N.D.R.Ct. 11.6 and its opinions): the
    /// Bluebook's forms with public-domain citations and `N.D.C.C. §`, `N.D.R.App.P.`.
    NorthDakota,
    /// The Oregon Appellate Courts Style Manual: `176 Or App 524, 32 P3d 933 (2001)`,
    /// `rev den 331 Or 193 (2000)`, `ORS 215.283(2)(c)`.
    Oregon,
    /// The Delaware courts' forms: the Bluebook's with `8 Del. C. § 102(b)(7)`.
    Delaware,
    /// Briefs in the Supreme Court of the United States in the Solicitor General's form:
    /// `28 U.S.C. 1254(1)` without `§`, full page ranges, the court named in the text.
    SupremeCourtBrief,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Hash)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordConfig {
    /// Preferred record-cite form: "ECF No.", "Dkt.", "Doc.", "D.E."; autodetected when unset.
    pub preferred_form: Option<String>,
    /// Preferred form per court, keyed by PACER id (`caed`), Bluebook abbreviation
    /// (`E.D. Cal.`) or name (`Eastern District of California`); wins over `preferredForm`.
    pub preferred_form_by_court: BTreeMap<String, String>,
    /// What a pin page (`ECF No. 34 at 3`) counts: "document" (the page printed on the
    /// document; default) or "ecf" (the Nth page of the filed PDF, CM/ECF header pagination).
    pub pin_pages: PinPages,
}

/// What a page pin counts (see the research notes: courts differ).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PinPages {
    /// The page number printed on the document itself (Indigo Book R24.4: "the page
    /// number on the original document").
    #[default]
    Document,
    /// The Nth page of the filed PDF (the CM/ECF header's "Page N of M"), as some
    /// chambers require.
    Ecf,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Hash)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct AuthoritiesConfig {
    /// Inlay hints after `Id.` naming the authority it refers to.
    pub inlay_hints: bool,
    /// Online lookups (CourtListener). Off by default: drafts are confidential.
    pub online: bool,
    /// CourtListener API token (only used when `online` is true).
    pub courtlistener_token: Option<String>,
    /// CourtListener base URL (tests point it at a local server).
    pub courtlistener_url: String,
}

impl Default for AuthoritiesConfig {
    fn default() -> Self {
        AuthoritiesConfig {
            inlay_hints: true,
            online: false,
            courtlistener_token: None,
            courtlistener_url: "https://www.courtlistener.com".into(),
        }
    }
}

impl Config {
    /// The configured level for a rule: exact code first, then its family.
    pub fn rule_level(&self, code: &str) -> Option<RuleLevel> {
        self.rules
            .get(code)
            .or_else(|| self.rules.get(family_of(code)))
            .copied()
    }

    /// Effective severity of a finding with this code, or None when the rule is off.
    pub fn severity_for(&self, code: &str, default: Severity) -> Option<Severity> {
        match self.rule_level(code) {
            Some(level) => level.severity(),
            None => Some(default),
        }
    }

    pub fn is_enabled(&self, code: &str) -> bool {
        self.rule_level(code) != Some(RuleLevel::Off)
    }

    /// Turns on, as warnings, the rules a comma-separated list names (the measuring tools'
    /// `PLEAD_RULES_ON=typo/slip,…`); empty entries are skipped.
    pub fn turn_on_rules(&mut self, codes: &str) {
        for code in codes.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            self.rules.insert(code.to_string(), RuleLevel::Warning);
        }
    }

    /// A hash of everything that can change per-paragraph results (used as a cache key).
    pub fn fingerprint(&self) -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        serde_json::to_string(self).unwrap_or_default().hash(&mut h);
        h.finish()
    }
}
