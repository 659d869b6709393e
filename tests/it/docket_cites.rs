//! Record cites against real dockets, as a user meets them: each held-out district
//! and bankruptcy docket (tests/fixtures/pacer/held-out, never tuned on) is saved in a
//! workspace of its own and indexed; a draft captioned with the docket's case number
//! cites every numbered entry (`ECF No. N` for district, `Doc. No. N` for bankruptcy)
//! and one entry the docket does not have. Measured: dockets read, cited entries
//! resolved (not flagged), the missing entry flagged, hovers showing the entry's
//! docket text. Prints the figures; fails below the bars (98 % district,
//! 97 % bankruptcy).

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::{analyze_in, Workspace};
use plead::ide::{self, World};
use plead::loader::index_workspace;

use super::docket_agreement::{examples, pacer_fixtures};

#[derive(Default, Debug)]
struct Figures {
    dockets: usize,
    read: usize,
    cited: usize,
    resolved: usize,
    missing_flagged: usize,
    missing_cited: usize,
    hovers: usize,
    hovers_with_text: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// The first words of an entry's docket text, as a hover must show them.
fn text_start(text: &str) -> String {
    text.split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}

fn run(category: &str, form: &str) -> Figures {
    let mut f = Figures::default();
    for (report, key) in examples(&pacer_fixtures().join("held-out").join(category)) {
        f.dockets += 1;
        // juriscraper's empty key (`{}`): the page is not a docket (an error page, a
        // login form); plead reading no docket from it is right.
        let not_a_docket = std::fs::read_to_string(&key).is_ok_and(|k| k.trim() == "{}");
        let dir = tempfile::tempdir().expect("tempdir");
        let name = report.file_name().expect("file name");
        std::fs::copy(&report, dir.path().join(name)).expect("copy");
        let (docket, warnings) = index_workspace(dir.path(), &Config::default());
        let numbered: Vec<(u32, String)> = docket
            .entries()
            .map(|e| (e.number, e.text.clone()))
            .collect();
        // A report saved with no entries (juriscraper's key has none either) is read
        // when its header gives the case.
        if numbered.is_empty() && docket.case_number.is_none() {
            if not_a_docket {
                f.read += 1;
            } else {
                eprintln!("  not read: {}: {warnings:?}", report.display());
            }
            continue;
        }
        f.read += 1;
        if numbered.is_empty() {
            continue;
        }
        let case = docket.case_number.clone().unwrap_or_default();
        let missing = docket.last_number().unwrap_or(0) + 1_000;
        let mut draft = format!("Case No. {case}\n\nMOTION\n\n");
        for (n, _) in &numbered {
            let _ = writeln!(draft, "The filing ({form} {n}) is relevant.\n");
        }
        let _ = writeln!(draft, "See also ({form} {missing}).\n");
        let docket = Arc::new(docket);
        let config = Config::default();
        let workspace = Workspace {
            docket: Some(docket.clone()),
        };
        let analysis = analyze_in(
            &draft,
            Format::Plain,
            &config,
            &workspace,
            &mut ParagraphCache::default(),
        );
        let flagged: Vec<usize> = analysis
            .findings
            .iter()
            .filter(|x| x.code == "record/unknown-entry")
            .map(|x| x.span.start)
            .collect();
        let world = World {
            config: &config,
            root: Some(dir.path()),
            docket: Some(&docket),
            library: None,
            others: &[],
        };
        let mut at = 0;
        for (n, text) in &numbered {
            let needle = format!("{form} {n})");
            let Some(i) = draft[at..].find(&needle).map(|i| i + at) else {
                continue;
            };
            at = i + needle.len();
            let number_at = i + form.len() + 1;
            f.cited += 1;
            if !flagged.iter().any(|&s| s >= i && s <= number_at + 6) {
                f.resolved += 1;
            }
            f.hovers += 1;
            let hover = ide::hover::hover(&world, &analysis, number_at);
            let shown = hover
                .map(|h| h.markdown.replace('\\', ""))
                .unwrap_or_default();
            if !text.is_empty() && shown.contains(&text_start(text)) {
                f.hovers_with_text += 1;
            }
        }
        f.missing_cited += 1;
        let missing_at = draft.rfind(&format!("{form} {missing}")).unwrap_or(0);
        if flagged.iter().any(|&s| s >= missing_at) {
            f.missing_flagged += 1;
        }
    }
    f
}

fn report(label: &str, f: &Figures) {
    println!(
        "record cites {label:<22} dockets read {}/{}  cited entries resolved {}/{} = {:.2} %  missing entry flagged {}/{}  hover with docket text {}/{} = {:.2} %",
        f.read,
        f.dockets,
        f.resolved,
        f.cited,
        pct(f.resolved, f.cited),
        f.missing_flagged,
        f.missing_cited,
        f.hovers_with_text,
        f.hovers,
        pct(f.hovers_with_text, f.hovers)
    );
}

fn assert_bar(category: &str, f: &Figures, bar: f64) {
    assert!(f.dockets > 0, "{category}: fixtures present");
    assert!(
        pct(f.read, f.dockets) >= bar,
        "{category}: {}/{} dockets read",
        f.read,
        f.dockets
    );
    assert!(
        pct(f.resolved, f.cited) >= bar,
        "{category}: {}/{} cited entries resolved",
        f.resolved,
        f.cited
    );
    assert!(
        pct(f.missing_flagged, f.missing_cited) >= bar,
        "{category}: missing entry flagged in {}/{}",
        f.missing_flagged,
        f.missing_cited
    );
    assert!(
        pct(f.hovers_with_text, f.hovers) >= bar,
        "{category}: hover with docket text {}/{}",
        f.hovers_with_text,
        f.hovers
    );
}

#[test]
fn held_out_district_dockets_resolve_every_cite() {
    let f = run("district", "ECF No.");
    report("held-out district", &f);
    assert_bar("district", &f, 98.0);
}

#[test]
fn held_out_bankruptcy_dockets_resolve_every_cite() {
    let f = run("bankruptcy", "Doc. No.");
    report("held-out bankruptcy", &f);
    assert_bar("bankruptcy", &f, 97.0);
}

#[test]
fn the_workspace_path_reads_every_kind_of_report() {
    // Every developed-against report through the workspace index (file discovery,
    // kind by name, ACMS by extension), not only the parser.
    for category in [
        "bankruptcy",
        "appellate",
        "acms",
        "docket-history",
        "district-special",
    ] {
        let folder = pacer_fixtures().join("tuning").join(category);
        let mut read = 0;
        let mut total = 0;
        for (report, _) in examples(&folder) {
            total += 1;
            let dir = tempfile::tempdir().expect("tempdir");
            let name = report.file_name().expect("name");
            std::fs::copy(&report, dir.path().join(name)).expect("copy");
            let (docket, _) = index_workspace(dir.path(), &Config::default());
            if docket.case_number.is_some() || !docket.is_empty() {
                read += 1;
            }
        }
        println!("workspace index {category:<18} {read}/{total} reports give a docket");
        assert!(read * 100 >= total * 95, "{category}: {read}/{total}");
    }
    let _ = Path::new("");
}
