//! PACER docket report HTML parser.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plead::record::docket::pacer_html;

fuzz_target!(|text: &str| {
    let _ = pacer_html::looks_like(text);
    let _ = pacer_html::parse(text);
});
