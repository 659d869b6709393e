//! Entry numbers and titles from document file names (`ECF 35 Order.pdf`).
#![no_main]
use libfuzzer_sys::fuzz_target;
use plead::record::docket::filenames;

fuzz_target!(|name: &str| {
    let _ = filenames::parse_filename(name);
});
