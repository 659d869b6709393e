//! RECAP / CourtListener docket JSON parser.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plead::record::docket::recap_json;

fuzz_target!(|text: &str| {
    let _ = recap_json::looks_like(text);
    let _ = recap_json::parse(text);
});
