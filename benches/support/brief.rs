//! A deterministic long brief for benchmarks and stress tests, built from the
//! public-domain opinions in `tests/fixtures/opinions/` interleaved with
//! citation-dense argument paragraphs (full cites, short forms, Id., statutes,
//! rules, record cites) and page breaks.
//!
//! Shared by `benches/*.rs` and `examples/gen_brief.rs` through `#[path]`.

use std::path::Path;

/// Real citations in standard form: (full citation, short-form name, volume + reporter).
const AUTHORITIES: &[(&str, &str, &str)] = &[
    (
        "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
        "Iqbal",
        "556 U.S.",
    ),
    (
        "Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007)",
        "Twombly",
        "550 U.S.",
    ),
    (
        "Erickson v. Pardus, 551 U.S. 89, 94 (2007) (per curiam)",
        "Erickson",
        "551 U.S.",
    ),
    (
        "Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006)",
        "Leon",
        "464 F.3d",
    ),
    (
        "Am. LegalNet, Inc. v. Davis, 673 F. Supp. 2d 1063, 1071 (C.D. Cal. 2009)",
        "Am. LegalNet",
        "673 F. Supp. 2d",
    ),
    (
        "Celotex Corp. v. Catrett, 477 U.S. 317, 322-23 (1986)",
        "Celotex",
        "477 U.S.",
    ),
    (
        "Hebbe v. Pliler, 627 F.3d 338, 342 (9th Cir. 2010)",
        "Hebbe",
        "627 F.3d",
    ),
    (
        "Anderson v. Liberty Lobby, Inc., 477 U.S. 242, 248 (1986)",
        "Anderson",
        "477 U.S.",
    ),
    (
        "Wilhelm v. Rotman, 680 F.3d 1113, 1121 (9th Cir. 2012)",
        "Wilhelm",
        "680 F.3d",
    ),
    (
        "Sandin v. Conner, 515 U.S. 472, 484 (1995)",
        "Sandin",
        "515 U.S.",
    ),
    (
        "Monahan v. Romney, 625 F.3d 42, 46 (1st Cir. 2010)",
        "Monahan",
        "625 F.3d",
    ),
    (
        "Morse v. Frederick, 551 U.S. 393, 403 (2007)",
        "Morse",
        "551 U.S.",
    ),
    (
        "Snyder v. Phelps, 562 U.S. 443, 451 (2011)",
        "Snyder",
        "562 U.S.",
    ),
    (
        "Zheng v. Mukasey, 546 F.3d 70, 72 (1st Cir. 2008)",
        "Zheng",
        "546 F.3d",
    ),
    (
        "Cartoon Network LP v. CSC Holdings, Inc., 536 F.3d 121, 130 (2d Cir. 2008)",
        "Cartoon Network",
        "536 F.3d",
    ),
];

const STATUTES: &[&str] = &[
    "42 U.S.C. § 1983",
    "28 U.S.C. § 1915(e)(2)(B)",
    "28 U.S.C. §§ 1331, 1343",
    "Fed. R. Civ. P. 26(b)(1)",
    "Fed. R. Civ. P. 12(b)(6)",
    "Fed. R. Evid. 801(c)",
    "28 C.F.R. § 35.130",
    "Cal. Civ. Proc. Code § 425.16",
];

const PROPOSITIONS: &[&str] = &[
    "A complaint must contain sufficient factual matter, accepted as true, to state a claim to relief that is plausible on its face.",
    "Federal courts have the implied or inherent power to issue preservation orders as part of their general authority to manage their own affairs.",
    "A party's destruction of evidence qualifies as willful spoliation if the party has some notice that the documents were potentially relevant to the litigation.",
    "Summary judgment is appropriate when there is no genuine dispute as to any material fact and the movant is entitled to judgment as a matter of law.",
    "Pro se pleadings are held to less stringent standards than formal pleadings drafted by lawyers.",
    "Generalized, unsupported concerns do not suffice to justify a preservation order.",
    "Threadbare recitals of the elements of a cause of action, supported by mere conclusory statements, do not suffice.",
    "The court must construe the allegations of the complaint in the light most favorable to the plaintiff.",
];

/// Small deterministic generator (SplitMix64), so the brief is the same everywhere.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// An argument paragraph citing authorities the way briefs do.
fn argument_paragraph(rng: &mut Rng, cited: &mut Vec<usize>) -> String {
    let mut p = String::new();
    for _ in 0..3 {
        let prop = PROPOSITIONS[rng.below(PROPOSITIONS.len())];
        p.push_str(prop);
        p.push(' ');
        let a = rng.below(AUTHORITIES.len());
        match rng.below(6) {
            0 if !cited.is_empty() => {
                let prev = cited[rng.below(cited.len())];
                let (_, name, vol_rep) = AUTHORITIES[prev];
                p.push_str(&format!("{name}, {vol_rep} at {}. ", 100 + rng.below(900)));
            }
            1 if !cited.is_empty() => p.push_str(&format!("Id. at {}. ", 100 + rng.below(900))),
            2 => p.push_str(&format!("See {}. ", STATUTES[rng.below(STATUTES.len())])),
            3 => p.push_str(&format!(
                "(ECF No. {} at {}.) ",
                1 + rng.below(120),
                1 + rng.below(30)
            )),
            _ => {
                let signal = ["", "See ", "See also ", "Cf. "][rng.below(4)];
                p.push_str(&format!("{signal}{}. ", AUTHORITIES[a].0));
                cited.push(a);
            }
        }
    }
    p.trim_end().to_string()
}

/// Builds a brief of about `target_bytes` from the opinions in `opinions_dir`.
pub fn generate_brief(opinions_dir: &Path, target_bytes: usize) -> std::io::Result<String> {
    let paragraphs = opinion_paragraphs(opinions_dir)?;
    let mut out = String::with_capacity(target_bytes + 4096);
    out.push_str("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\n");
    out.push_str("PLAINTIFF'S OPPOSITION TO DEFENDANTS' MOTION FOR SUMMARY JUDGMENT\n\n");
    append_body(&mut out, &paragraphs, 0x5EED_1E57, target_bytes);
    Ok(out)
}

/// The paragraphs (longer than a line) of the opinions in `opinions_dir`, in file order.
pub fn opinion_paragraphs(opinions_dir: &Path) -> std::io::Result<Vec<String>> {
    let mut files: Vec<_> = std::fs::read_dir(opinions_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut paragraphs = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f)?;
        paragraphs.extend(
            text.split("\n\n")
                .map(|p| p.trim().to_string())
                .filter(|p| p.len() > 40),
        );
    }
    Ok(paragraphs)
}

/// Appends body text until `out` reaches `target_bytes`: opinion paragraphs (from a
/// place chosen by `seed`) interleaved with citing argument paragraphs, headings and page breaks.
pub fn append_body(out: &mut String, paragraphs: &[String], seed: u64, target_bytes: usize) {
    let mut rng = Rng(seed);
    let mut cited = Vec::new();
    // The brief (seed 0x5EED_1E57) starts at the first paragraph, as it always has.
    let first = if seed == 0x5EED_1E57 || paragraphs.is_empty() {
        0
    } else {
        rng.below(paragraphs.len())
    };
    let mut i = 0usize;
    let mut on_page = 0;
    while out.len() < target_bytes && !paragraphs.is_empty() {
        if i.is_multiple_of(40) {
            out.push_str(&format!("ARGUMENT PART {}\n\n", i / 40 + 1));
        }
        if i % 3 == 2 {
            out.push_str(&argument_paragraph(&mut rng, &mut cited));
        } else {
            out.push_str(&paragraphs[(first + i / 3 * 2 + i % 3) % paragraphs.len()]);
        }
        out.push_str("\n\n");
        on_page += 1;
        if on_page == 6 {
            out.push('\x0c');
            on_page = 0;
        }
        i += 1;
    }
}
