//! Real text for the core's unit tests: the repository's fixture opinions
//! (tests/fixtures/opinions, public-domain court opinions; sources in its SOURCES.md).
//! The fast paths of the keystroke path are checked against their plain versions on it.
#![allow(clippy::expect_used)] // test code: a missing fixture should fail loudly

/// The text of every file of the fixture opinions folder, in file-name order. Panics
/// when a file cannot be read, so that a comparison over them cannot pass on no text.
pub fn opinions() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/opinions");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture opinions")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture opinion"))
        .collect()
}
