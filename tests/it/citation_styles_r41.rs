//! Round 41 (styles): a citation style is one section of `data/citation_styles.toml`
//! (its key, family, forms and detection), the `citations.style` setting is checked
//! against the table's keys, and the lists the editors and `plead init` show follow the
//! table; then the leftovers of the eighteenth blind set
//! (`tests/fixtures/styles/eval/heldout18`), on the real documents.

use super::style_support::*;
use plead::citations::StyleId;
use plead::config::{CitationStyleSetting, Config};

/// Every style's key, in the table's order, after `auto`.
fn setting_names() -> Vec<String> {
    CitationStyleSetting::names()
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// The VS Code extension offers exactly the table's styles, in its order.
#[test]
fn the_vscode_settings_list_the_tables_styles() {
    let manifest: serde_json::Value =
        serde_json::from_str(include_str!("../../editors/vscode/package.json"))
            .expect("package.json");
    let style = &manifest["contributes"]["configuration"]["properties"]["plead.citations.style"];
    let offered: Vec<String> = style["enum"]
        .as_array()
        .expect("an enum of style names")
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    assert_eq!(
        offered,
        setting_names(),
        "editors/vscode/package.json's plead.citations.style enum and citation_styles.toml differ"
    );
    assert_eq!(style["default"], "auto");
    // Its description names each style too.
    let description = style["markdownDescription"].as_str().unwrap_or("");
    for name in setting_names() {
        assert!(
            description.contains(&format!("`{name}`")),
            "the description of plead.citations.style does not name `{name}`"
        );
    }
}

/// `plead init`'s template names every style the table has, and no other (grouped by
/// what they allow, so in its own order).
#[test]
fn plead_inits_template_names_the_tables_styles() {
    let template = plead::cli::init::TEMPLATE;
    let start = template
        .find("# The citation style documents are held to:")
        .expect("the style's comment");
    let end = start
        + template[start..]
            .find("# style = \"auto\"")
            .expect("the style's default");
    let comment = &template[start..end];
    let mut named: Vec<String> = comment
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    named.sort();
    let mut names = setting_names();
    names.sort();
    assert_eq!(
        named, names,
        "src/cli/init.rs's list of styles and citation_styles.toml differ"
    );
}

/// An unknown style in plead.toml is named, with the valid names and the likeliest one,
/// and the other settings still apply; the default stays `auto`.
#[test]
fn an_unknown_style_in_plead_toml_is_a_clear_message() {
    let (config, problems) = Config::from_toml(
        "plead.toml",
        "debounceMs = 7\n[citations]\nstyle = \"new_yrok\"\n",
    );
    assert_eq!(config.debounce_ms, 7);
    assert_eq!(config.citations.style, CitationStyleSetting::AUTO);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let message = &problems[0];
    assert!(
        message.starts_with(
            "plead.toml, line 3: `citations.style`: unknown citation style `new_yrok`, expected one of `auto`, `bluebook`, `california`, `new-york`,"
        ),
        "{message}"
    );
    assert!(message.contains("(did you mean `new-york`?)"), "{message}");
    for name in setting_names() {
        assert!(message.contains(&format!("`{name}`")), "{name}: {message}");
    }
    // Not a string at all.
    let (config, problems) = Config::from_toml("plead.toml", "[citations]\nstyle = 3\n");
    assert_eq!(config.citations.style, CitationStyleSetting::AUTO);
    assert!(
        problems[0].contains("`citations.style`: invalid type"),
        "{problems:?}"
    );
}

/// The editor's settings: an unknown style is named and dropped, the layer's other keys
/// apply, and a known one (in any layer) is read as the table's style.
#[test]
fn an_unknown_style_in_the_editor_settings_is_a_clear_message() {
    let (config, problems) = Config::from_layers(&[
        (
            "plead.toml",
            serde_json::json!({"citations": {"style": "oregon"}}),
        ),
        (
            "editor settings",
            serde_json::json!({"citations": {"style": "Alaskaa", "allowClosedUpReporters": true}}),
        ),
    ]);
    assert_eq!(
        plead::citations::style::fixed(config.citations.style),
        StyleId::from_key("oregon"),
        "{problems:?}"
    );
    assert!(config.citations.allow_closed_up_reporters);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(
            "editor settings: `citations.style`: unknown citation style `Alaskaa`, expected one of `auto`,"
        ),
        "{problems:?}"
    );
    // Every name the table has round-trips through the settings.
    for name in setting_names() {
        let (config, problems) = Config::from_layers(&[(
            "settings",
            serde_json::json!({"citations": {"style": name}}),
        )]);
        assert!(problems.is_empty(), "{name}: {problems:?}");
        assert_eq!(config.citations.style.name(), name);
        let json = serde_json::to_value(&config).expect("json");
        assert_eq!(json["citations"]["style"], name.as_str());
    }
}

/// The setting names the style the document is then held to, whatever its caption.
#[test]
fn a_style_set_by_name_is_the_style_in_force() {
    let text = "SUPREME COURT OF CALIFORNIA\n\nSee Smith v. Jones, 1 F.3d 1, 5 (9th Cir. 1993).";
    for &style in StyleId::all() {
        let (config, problems) = Config::from_toml(
            "plead.toml",
            &format!("[citations]\nstyle = \"{}\"\n", style.key()),
        );
        assert!(problems.is_empty(), "{problems:?}");
        let analysis = analysis_with(text, &config);
        assert_eq!(
            plead::citations::style::in_force(&analysis).map(|s| s.style),
            Some(style)
        );
    }
}

const EVANS: &str =
    include_str!("../fixtures/styles/eval/heldout18/alaska-sc-evans-v-state-s-9313.txt");
const UYESUGI: &str =
    include_str!("../fixtures/styles/eval/heldout18/haw-sc-state-v-uyesugi-23805.txt");

/// The Alaska Supreme Court's opinion is read in the `alaska` style, detected from its
/// citations of the state's decisions (`(Alaska 1998)`): its case names, which it
/// abbreviates less than T6 does, draw nothing (blind: 18 T6 findings), and nor do its
/// `AS 09.10.140(a)` and `SLA 1997`.
#[test]
fn an_alaska_opinion_is_read_in_alaskas_style() {
    let analysis = analysis_of(EVANS);
    assert_eq!(
        plead::citations::style::in_force(&analysis).map(|s| s.style.key()),
        Some("alaska")
    );
    let codes: Vec<&str> = citation_findings(&analysis)
        .iter()
        .map(|f| f.code)
        .collect();
    assert!(
        !codes.contains(&"citation/case-name-abbreviation"),
        "{codes:?}"
    );
    for correct in [
        "Kirkland v. Blaine County Med. Ctr., 4 P.3d 1115, 1119-20",
        "Wright v. Colleton County Sch. Dist.",
        "AS 09.10.140(a) applies",
        "chapter 26, section 1, SLA 1997",
    ] {
        assert!(citation_codes_over(EVANS, correct).is_empty(), "{correct}");
    }
}

/// Alaska's courts cite the Alaska Statutes as `AS`, without `§`: the style asks for it
/// where T1's name is written (a Bluebook text accepts both).
#[test]
fn alaska_statutes_are_fixed_to_alaskas_form() {
    flagged_with_fix(
        EVANS,
        "AS 09.10.140(a) applies",
        "Alaska Stat. § 09.10.140(a) applies",
        "citation/code-form",
        "AS 09.10.140(a) applies",
    );
    flagged_with_fix(
        EVANS,
        "AS 09.10.055(a) (emphasis added)",
        "AS § 09.10.055(a) (emphasis added)",
        "citation/section-sign",
        "AS 09.10.055(a)",
    );
}

/// The Hawai'i Supreme Court's opinion is read in the `hawaii` style, detected from its
/// citations of the Hawai'i Reports; the style asks for the state's own name of its
/// statutes (`HRS § 701-115(2)(b)`, where T1 writes `Haw. Rev. Stat.`), which its text
/// writes throughout and which draws nothing.
#[test]
fn a_hawaii_opinion_is_held_to_its_courts_names_for_their_statutes() {
    let analysis = analysis_of(UYESUGI);
    assert_eq!(
        plead::citations::style::in_force(&analysis).map(|s| s.style.key()),
        Some("hawaii")
    );
    flagged_with_fix(
        UYESUGI,
        "HRS § 701-115(2)(b) (1993)",
        "Haw. Rev. Stat. § 701-115(2)(b) (1993)",
        "citation/code-form",
        "HRS § 701-115(2)(b)",
    );
    assert!(citation_codes_over(UYESUGI, "HRE Rule 404(b)").is_empty());
    assert!(citation_codes_over(UYESUGI, "HRPP Rule 30(f)").is_empty());
}

/// A Bluebook text keeps T1's names: neither style's own forms are asked of it, and
/// both are accepted as house forms.
#[test]
fn a_bluebook_text_keeps_t1s_names_for_hawaii_and_alaska() {
    let memo = "See Haw. Rev. Stat. § 701-115(2)(b) (2020); Alaska Stat. § 09.10.140(a) (2022); HRS § 707-701; AS 09.17.010.";
    let analysis = analysis_of(memo);
    assert_eq!(
        plead::citations::style::in_force(&analysis).map(|s| s.style),
        Some(StyleId::BLUEBOOK)
    );
    let codes: Vec<&str> = citation_findings(&analysis)
        .iter()
        .map(|f| f.code)
        .collect();
    assert!(!codes.contains(&"citation/code-form"), "{codes:?}");
}
