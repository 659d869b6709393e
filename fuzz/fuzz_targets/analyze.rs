//! The whole analysis (both formats) and the editor features on arbitrary text.
//!
//! Input: one flag byte (bit 0: Markdown), two bytes of probe offset, then the text
//! (lossily decoded, so every input is used), so seed files stay readable.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plead::analysis::ParagraphCache;
use plead::engine::analyze;
use plead::config::Config;
use plead_fuzz::{assert_spans_valid, format, poke_features};

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let markdown = data[0] & 1 == 1;
    let probe = u16::from_le_bytes([data[1], data[2]]);
    let text = String::from_utf8_lossy(&data[3..]);
    let config = Config::default();
    let analysis = analyze(&text, format(markdown), &config, &mut ParagraphCache::default());
    assert_spans_valid(&text, &analysis);
    poke_features(&text, &analysis, &config, &[probe, probe.wrapping_mul(7), u16::MAX]);
});
