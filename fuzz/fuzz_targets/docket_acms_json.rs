//! Docket reader: acms_json.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plead::record::docket::acms_json;

fuzz_target!(|text: &str| {
    let _ = acms_json::looks_like(text);
    let _ = acms_json::parse(text);
});
