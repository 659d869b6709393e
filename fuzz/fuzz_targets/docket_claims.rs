//! Docket reader: claims.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plead::record::docket::claims;

fuzz_target!(|text: &str| {
    let _ = claims::looks_like(text);
    let _ = claims::parse(text);
});
