//! eyecite's own extraction cases (tests/fixtures/eyecite/find_cases.jsonl, BSD-2-Clause,
//! see its README): the share of the full case citations eyecite's tests expect that plead
//! finds with the same volume, reporter, first page (a blank `___` page as blank), pin and
//! year, and a court where the text names one. Prints every miss; fails below the bar.

use plead::analysis::ParagraphCache;
use plead::citations::{Authorities, Citation, CitationKind, ParagraphCitations};
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use serde_json::Value;

/// The bar: share of eyecite's full-citation expectations plead meets.
const BAR: f64 = 0.95;

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != ',')
        .collect()
}

/// A pin as compared: without `at`, `p.`/`pp.`, and with en dashes as hyphens.
fn pin_key(s: &str) -> String {
    let mut s = s.trim();
    for prefix in ["at ", "pp. ", "p. "] {
        s = s.strip_prefix(prefix).unwrap_or(s);
    }
    s.replace('\u{2013}', "-").replace(' ', "")
}

fn is_blank_page(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, '_' | '-' | '\u{2014}'))
}

/// The citations of `text` as the document pass reads them (a bare `Name, 1 U.S. 1` is a
/// full citation when nothing was cited before), each with its kind and the year and
/// whether a court is named in its parallel group (eyecite gives the group's date to
/// every member).
fn citations_of(text: &str) -> Vec<(CitationKind, Citation, Option<u16>, bool)> {
    let analysis = analyze(
        text,
        Format::Plain,
        &Config::default(),
        &mut ParagraphCache::default(),
    );
    let Some(model) = Authorities::of(&analysis) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, r) in model.citations.iter().enumerate() {
        let Some(c) = model.citation(&analysis, i) else {
            continue;
        };
        let Some(cites) = analysis.paragraphs[r.at.paragraph]
            .ext
            .get::<ParagraphCitations>()
        else {
            continue;
        };
        let root = c.parallel_to.unwrap_or(r.at.index);
        let group: Vec<&Citation> = cites
            .0
            .iter()
            .enumerate()
            .filter(|(k, x)| *k == root || x.parallel_to == Some(root))
            .map(|(_, x)| x)
            .collect();
        let year = c.year.or_else(|| group.iter().find_map(|x| x.year));
        let court = c.court.is_some() || group.iter().any(|x| x.court.is_some());
        // Read as a full citation, a bare number is the first page (see `plead cites`).
        let mut c = c.clone();
        if let (CitationKind::FullCase, Some(n)) = (r.kind, c.bare_number()) {
            c.pins.clear();
            c.page = Some(n);
        }
        out.push((r.kind, c, year, court));
    }
    out
}

fn meets(
    e: &Value,
    kind: CitationKind,
    c: &Citation,
    year: Option<u16>,
    court: bool,
) -> Result<(), String> {
    let s = |k: &str| e[k].as_str();
    if kind != CitationKind::FullCase {
        return Err("not a full citation".into());
    }
    if c.volume_text() != s("volume") {
        return Err(format!("volume {:?}", c.volume_text()));
    }
    let written = squash(c.reporter_text().unwrap_or(""));
    let standard = squash(c.reporter_standard.unwrap_or(""));
    let wanted = [s("reporter"), s("reporter_found")].map(|r| squash(r.unwrap_or("")));
    if !wanted.contains(&written) && !wanted.contains(&standard) {
        return Err(format!("reporter {:?}", c.reporter_text()));
    }
    let page = c.page_text();
    let page_ok = match s("page") {
        None => page.is_none_or(is_blank_page),
        Some(p) => page == Some(p),
    };
    if !page_ok {
        return Err(format!("page {page:?}"));
    }
    if let Some(pin) = s("pin") {
        let found = c.pin_text().unwrap_or_default();
        if pin_key(&found) != pin_key(pin) {
            return Err(format!("pin {found:?}"));
        }
    }
    if let Some(y) = e["year"].as_u64() {
        if year.map(u64::from) != Some(y) {
            return Err(format!("year {year:?}"));
        }
    }
    // The Supreme Court is implied by its reporters; any other court is named in the text.
    if s("court").is_some_and(|k| k != "scotus") && !court {
        return Err("no court".into());
    }
    Ok(())
}

#[test]
fn eyecite_full_citation_expectations() {
    let data = include_str!("../fixtures/eyecite/find_cases.jsonl");
    let (mut expected, mut met) = (0, 0);
    let (mut negatives, mut clean) = (0, 0);
    let mut misses = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("fixture line is JSON");
        let text = case["text"].as_str().unwrap_or_default();
        let found = citations_of(text);
        let full = case["full"].as_array().cloned().unwrap_or_default();
        if full.is_empty() && case["others"].as_array().is_some_and(Vec::is_empty) {
            negatives += 1;
            let extra: Vec<_> = found
                .iter()
                .filter(|(kind, ..)| *kind == CitationKind::FullCase)
                .map(|(_, c, ..)| c.text.clone())
                .collect();
            if extra.is_empty() {
                clean += 1;
            } else {
                misses.push(format!("{text:?}: expected none, found {extra:?}"));
            }
        }
        let mut used = vec![false; found.len()];
        for e in &full {
            expected += 1;
            let mut why = Vec::new();
            let hit = found
                .iter()
                .enumerate()
                .find(|(k, (kind, c, year, court))| {
                    !used[*k]
                        && match meets(e, *kind, c, *year, *court) {
                            Ok(()) => true,
                            Err(reason) => {
                                why.push(format!("{} ({reason})", c.text));
                                false
                            }
                        }
                });
            match hit {
                Some((k, _)) => {
                    used[k] = true;
                    met += 1;
                }
                None => misses.push(format!(
                    "{text:?}: {} {} {} pin {} year {} — plead: {why:?}",
                    e["volume"], e["reporter_found"], e["page"], e["pin"], e["year"]
                )),
            }
        }
    }
    let share = f64::from(met) / f64::from(expected);
    println!(
        "eyecite full-citation expectations met: {met}/{expected} ({:.1} %); texts expecting no citation left clean: {clean}/{negatives}",
        share * 100.0
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(expected > 100, "fixture has {expected} expectations");
    assert!(
        share >= BAR,
        "{met}/{expected} met, below the bar of {:.0} %",
        BAR * 100.0
    );
}
