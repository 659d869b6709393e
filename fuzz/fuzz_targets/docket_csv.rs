//! docket.csv parser, and the docket-text helpers every parser uses.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plead::record::docket::{self, csv};

fuzz_target!(|text: &str| {
    let _ = csv::parse(text);
    let _ = docket::parse_date(text);
    let _ = docket::filed_by(text);
    let _ = docket::attachments_in_text(text);
});
