//! Random edit sequences: warm-cache analysis must equal a cold analysis.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|session: plead_fuzz::EditSession| {
    plead_fuzz::check_session(&session);
});
