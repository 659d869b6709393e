//! plead.toml text and LSP settings JSON: never panic, always give a usable config.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plead::config::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (config, _warnings) = Config::from_toml("plead.toml", text);
    let _ = config.fingerprint();
    if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
        let (config, _warnings) = Config::from_layers(&[("settings", json)]);
        let _ = config.rule_level("typo/misspelling");
    }
});
