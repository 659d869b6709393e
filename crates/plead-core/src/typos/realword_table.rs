//! The layout of the real-word model image that `build.rs` writes from
//! `data/realword.tsv` and the binary embeds (see `realword.rs`): each confusion set's
//! members and threshold, and one open-addressing table from a feature (hashed with
//! its set) to that feature's weights, so nothing is parsed or built at start-up.
//!
//! Shared by `build.rs` (through `#[path]`) and the model, so both hash alike.
//! Little-endian. The image is
//! `[header: HEADER_WORDS u32s][sets: SET_WORDS u32s each][keys: u64 per slot]
//! [weight offsets: u32 per slot][weights: f32][strings]`.
//! A set is: members offset and length in the strings (space-separated), member count,
//! and where its thresholds start in the weights (one per member: a written member is
//! reported when another member is at least this probable; above 1, never). A slot's
//! key is the feature hash (0 = empty slot); its offset points at the set's member
//! count of weights.

pub const MAGIC: u32 = 0x504c_5257; // "PLRW"
pub const H_MAGIC: usize = 0;
pub const H_SETS: usize = 1;
pub const H_SLOT_BITS: usize = 2;
pub const H_SETS_AT: usize = 3;
pub const H_KEYS_AT: usize = 4;
pub const H_OFFSETS_AT: usize = 5;
pub const H_WEIGHTS_AT: usize = 6;
pub const H_WEIGHTS: usize = 7;
pub const H_STRINGS_AT: usize = 8;
pub const HEADER_WORDS: usize = 9;
pub const SET_WORDS: usize = 4;

/// FNV-1a over the pieces of a feature, prefixed by its set: the same bytes hash alike
/// however they are split into pieces, so features are hashed without building strings.
#[derive(Clone, Copy)]
pub struct FeatureHash(u64);

impl FeatureHash {
    pub fn new(set: usize) -> FeatureHash {
        let h = FeatureHash(0xcbf2_9ce4_8422_2325);
        h.bytes(&(set as u16).to_le_bytes()).bytes(&[0x1f])
    }
    pub fn bytes(mut self, bytes: &[u8]) -> FeatureHash {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }
    pub fn piece(self, s: &str) -> FeatureHash {
        self.bytes(s.as_bytes())
    }
    /// Never 0 (the empty slot).
    pub fn finish(self) -> u64 {
        self.0.max(1)
    }
}

/// The first slot to probe for a key in a table of `1 << bits` slots.
pub fn first_slot(key: u64, bits: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}
