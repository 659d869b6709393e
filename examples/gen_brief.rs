//! Writes the deterministic benchmark brief: `cargo run --example gen_brief -- [BYTES] > brief.txt`
#[path = "../benches/support/brief.rs"]
mod brief;

fn main() -> anyhow::Result<()> {
    let bytes = std::env::args()
        .nth(1)
        .map_or(Ok(1_000_000), |s| s.parse())?;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opinions");
    print!("{}", brief::generate_brief(&dir, bytes)?);
    Ok(())
}
