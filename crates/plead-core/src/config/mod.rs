//! Configuration: `plead.toml` at the workspace root and the LSP settings section
//! `plead` share one schema. Defaults ← plead.toml ← editor settings.

mod load;
mod validate;

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

pub use load::{check_toml, merge_json, parse_toml, ConfigError};
pub use validate::{check, closest, did_you_mean, toml_line, Checked, Known};

use crate::vocabulary::{citation_style_names, family_of, Severity};

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
    /// caption, else the form most citations take) or a style's key in
    /// `data/citation_styles.toml` ([`CitationStyleSetting::names`]).
    pub style: CitationStyleSetting,
}

/// `citations.style`: which citation style a document is held to. `auto` (the default:
/// detected per document, from its caption, else the form most citations take), or a
/// style's key in `data/citation_styles.toml` (`bluebook`, `california`, `new-york`, …),
/// checked against that table when settings are read: an unknown name is named with the
/// valid ones, never a panic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CitationStyleSetting(Option<&'static str>);

impl CitationStyleSetting {
    /// Detected per document.
    pub const AUTO: CitationStyleSetting = CitationStyleSetting(None);

    /// The names the setting takes: `auto`, then every style's key in the table's order.
    pub fn names() -> Vec<&'static str> {
        std::iter::once("auto")
            .chain(citation_style_names().iter().map(String::as_str))
            .collect()
    }
    /// The setting `name` names, or a message naming the valid ones.
    pub fn parse(name: &str) -> Result<CitationStyleSetting, String> {
        if name == "auto" {
            return Ok(CitationStyleSetting::AUTO);
        }
        match citation_style_names().iter().find(|key| *key == name) {
            Some(key) => Ok(CitationStyleSetting(Some(key.as_str()))),
            None => {
                // The list's form is serde's, so the settings checker's "did you mean"
                // reads it as it reads every other enumerated setting.
                let valid: Vec<String> = CitationStyleSetting::names()
                    .into_iter()
                    .map(|n| format!("`{n}`"))
                    .collect();
                Err(format!(
                    "unknown citation style `{name}`, expected one of {}",
                    valid.join(", ")
                ))
            }
        }
    }
    /// The style's key the setting names (None for `auto`): `citations::style::fixed`
    /// gives its style.
    pub fn style_key(self) -> Option<&'static str> {
        self.0
    }
    /// The name settings and `plead cites` use (`auto`, `new-york`).
    pub fn name(self) -> &'static str {
        self.0.unwrap_or("auto")
    }
}

impl Serialize for CitationStyleSetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for CitationStyleSetting {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        CitationStyleSetting::parse(&name).map_err(serde::de::Error::custom)
    }
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
