//! Authorities on real text: hover previews (propositions, holdings from each
//! library source), navigation, references, inlay hints, completion, links,
//! symbols and the table of authorities — on the seed order and on the
//! Markdown brief in `fixtures/brief/` with its Zotero export, notes and opinions.

use std::path::{Path, PathBuf};

use plead::analysis::{Analysis, ParagraphCache, Span};
use plead::authorities::Library;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;
use plead::ide::authority as ide;
use plead::ide::{Target, World};

const SEED: &str = include_str!("../fixtures/ayobi-order.txt");
const BRIEF: &str = include_str!("../fixtures/brief/brief.md");

fn brief_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/brief")
}

fn run(text: &str, format: Format) -> Analysis {
    analyze(
        text,
        format,
        &Config::default(),
        &mut ParagraphCache::default(),
    )
}

fn library() -> Library {
    plead::loader::library(&brief_dir(), &Config::default()).0
}

/// Offset of the `nth` (0-based) occurrence of `needle`, plus `into` bytes.
fn at(text: &str, needle: &str, nth: usize, into: usize) -> usize {
    text.match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in text"))
        .0
        + into
}

fn world<'a>(
    config: &'a Config,
    library: Option<&'a Library>,
    others: &'a [(PathBuf, &'a Analysis)],
) -> World<'a> {
    World {
        config,
        root: None,
        docket: None,
        library,
        others,
    }
}

fn hover(text: &str, analysis: &Analysis, library: Option<&Library>, offset: usize) -> String {
    let config = Config::default();
    let w = world(&config, library, &[]);
    let h = ide::hover(&w, analysis, offset).unwrap_or_else(|| panic!("no hover at {offset}"));
    assert!(
        h.span.start <= offset && offset <= h.span.end,
        "hover span {:?} does not cover {offset}",
        h.span
    );
    assert!(text.get(h.span.start..h.span.end).is_some());
    h.markdown
}

// ---- the seed order ----

#[test]
fn seed_page_two_short_form_hover_shows_authority_and_both_propositions() {
    let a = run(SEED, Format::Plain);
    let offset = at(SEED, "F.Supp.2d at 1072", 0, 3);
    assert_eq!(a.document.pages.page_at(offset), 2);
    let md = hover(SEED, &a, None, offset);
    // Standard form, court and year in words, reporter's full name.
    assert!(
        md.contains("*Am. LegalNet, Inc. v. Davis*, 673 F. Supp. 2d 1063 (C.D. Cal. 2009)"),
        "{md}"
    );
    assert!(
        md.contains("U.S. District Court for the Central District of California, 2009"),
        "{md}"
    );
    assert!(md.contains("Federal Supplement, Second Series"), "{md}");
    // It resolves to the full citation on page 1.
    assert!(
        md.contains("Short form of the full citation on page 1"),
        "{md}"
    );
    // What the order cites it for: both propositions, with their pins.
    assert!(
        md.contains("inherent power to issue preservation orders"),
        "{md}"
    );
    assert!(
        md.contains("Generalized, unsupported concerns simply to not suffice"),
        "{md}"
    );
    assert!(md.contains("2 times"), "{md}");
    assert!(md.contains("at 1071") && md.contains("at 1072"), "{md}");
    // And what it quotes.
    assert!(
        md.contains("**Quotes** *Pueblo of Laguna v. United States*, 60 Fed. Cl. 133 (2004)"),
        "{md}"
    );
}

#[test]
fn seed_quoted_authority_hover_says_who_quotes_it() {
    let a = run(SEED, Format::Plain);
    let md = hover(SEED, &a, None, at(SEED, "Pueblo of Laguna", 0, 2));
    assert!(
        md.contains("**Quoted by** *Am. LegalNet, Inc. v. Davis*"),
        "{md}"
    );
    assert!(
        md.contains("Court of Federal Claims") || md.contains("2004"),
        "{md}"
    );
}

#[test]
fn seed_statute_hover_names_the_section() {
    let a = run(SEED, Format::Plain);
    let md = hover(SEED, &a, None, at(SEED, "42 U.S.C. § 1983", 0, 4));
    assert!(
        md.contains("**42 U.S.C. § 1983** — Civil action for deprivation of rights"),
        "{md}"
    );
    assert!(md.contains("United States Code, title 42, § 1983"), "{md}");
    assert!(md.contains("civil rights action pursuant to"), "{md}");
}

#[test]
fn seed_definition_goes_from_page_two_short_form_to_full_citation_on_page_one() {
    let a = run(SEED, Format::Plain);
    let config = Config::default();
    let targets = ide::definition(
        &world(&config, None, &[]),
        &a,
        at(SEED, "F.Supp.2d at 1072", 0, 0),
    )
    .unwrap();
    let [Target::Here(span)] = targets.as_slice() else {
        panic!("{targets:?}");
    };
    assert!(
        SEED[span.start..].starts_with("American LegalNet, Inc. v. Davis,"),
        "{:?}",
        &SEED[span.start..span.end]
    );
    assert_eq!(a.document.pages.page_at(span.start), 1);
}

#[test]
fn seed_references_find_both_citations_of_american_legalnet() {
    let a = run(SEED, Format::Plain);
    let config = Config::default();
    let refs = ide::references(
        &world(&config, None, &[]),
        &a,
        at(SEED, "American LegalNet, Inc. v. Davis", 0, 3),
    )
    .unwrap();
    let spans: Vec<Span> = refs
        .iter()
        .map(|t| match t {
            Target::Here(s) => *s,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(spans.len(), 2, "{spans:?}");
    assert_eq!(a.document.pages.page_at(spans[0].start), 1);
    assert_eq!(a.document.pages.page_at(spans[1].start), 2);
    assert!(SEED[spans[1].start..spans[1].end].ends_with("at 1072"));
}

// ---- the brief and its library ----

#[test]
fn library_indexes_every_source_and_warns_about_malformed_files() {
    let (library, warnings) = plead::loader::library(&brief_dir(), &Config::default());
    let names: Vec<&str> = library
        .entries
        .iter()
        .filter_map(|e| e.case_name.as_deref())
        .collect();
    // CSL-JSON: 5 legal_case items (the book is skipped).
    for n in [
        "Ashcroft v. Iqbal",
        "Bell Atlantic Corp. v. Twombly",
        "American LegalNet, Inc. v. Davis",
        "Celotex Corp. v. Catrett",
        "Estelle v. Gamble",
    ] {
        assert!(names.contains(&n), "{n} missing from {names:?}");
    }
    assert!(!names.contains(&"Federal Practice and Procedure"));
    // Notes (the draft without front matter is not a note).
    assert!(names.contains(&"Leon v. IDX Sys. Corp."), "{names:?}");
    assert!(library
        .entries
        .iter()
        .any(|e| e.citations == ["42 U.S.C. § 1983"]));
    assert!(library
        .entries
        .iter()
        .any(|e| e.citations == ["Fed. R. Civ. P. 56"]));
    // Opinions: by own citation and by caption.
    assert!(library
        .entries
        .iter()
        .any(|e| e.citations == ["614 F.3d 7"]));
    assert!(names.contains(&"MORSE V. FREDERICK"), "{names:?}");
    assert_eq!(library.len(), 5 + 5 + 2, "{names:?}");
    // Malformed files are named in warnings and skipped.
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings
        .iter()
        .any(|w| w.contains("broken.md") && w.contains("not closed")));
    assert!(warnings
        .iter()
        .any(|w| w.contains("broken-export.json") && w.contains("not valid JSON")));
}

#[test]
fn brief_hover_shows_holding_from_each_library_source() {
    let a = run(BRIEF, Format::Markdown);
    let lib = library();
    // Zotero CSL-JSON (abstract = holding).
    let md = hover(BRIEF, &a, Some(&lib), at(BRIEF, "Ashcroft v. Iqbal", 0, 2));
    assert!(
        md.contains(
            "**Holding** (Zotero/CSL-JSON library, `library.json`): To survive a motion to dismiss"
        ),
        "{md}"
    );
    assert!(
        md.contains("Supreme Court of the United States, 2009"),
        "{md}"
    );
    assert!(md.contains("United States Reports"), "{md}");
    // Markdown note: holding and link.
    let md = hover(BRIEF, &a, Some(&lib), at(BRIEF, "Leon v. IDX", 0, 2));
    assert!(
        md.contains("**Holding** (note, `leon-v-idx.md`): Dismissal was an appropriate sanction"),
        "{md}"
    );
    assert!(
        md.contains("<https://www.courtlistener.com/c/F.3d/464/951/>"),
        "{md}"
    );
    assert!(
        md.contains("U.S. Court of Appeals for the Ninth Circuit, 2006"),
        "{md}"
    );
    // Saved opinion matched by its own citation, previewed from the opinion proper.
    let md = hover(BRIEF, &a, Some(&lib), at(BRIEF, "City of Pittsfield", 0, 2));
    assert!(md.contains("**Preview** (opinion in the workspace, `pittsfield-v-epa.txt`): The City of Pittsfield, Massachusetts asks us"), "{md}");
    // Saved opinion matched by caption.
    let md = hover(BRIEF, &a, Some(&lib), at(BRIEF, "Morse v. Frederick", 0, 2));
    assert!(
        md.contains("(opinion in the workspace, `morse-v-frederick.txt`)"),
        "{md}"
    );
    // A note on a statute, with the section's title.
    let md = hover(BRIEF, &a, Some(&lib), at(BRIEF, "42 U.S.C. § 1983", 1, 2));
    assert!(
        md.contains("Civil action for deprivation of rights"),
        "{md}"
    );
    assert!(
        md.contains("**Holding** (note, `section-1983.md`): Creates a cause of action"),
        "{md}"
    );
    assert!(md.contains("3 times, pages 1, 4, 5"), "{md}");
    // A rule: subsection cited, rule's title, note.
    let md = hover(
        BRIEF,
        &a,
        Some(&lib),
        at(BRIEF, "Fed. R. Civ. P. 56(a)", 0, 2),
    );
    assert!(
        md.contains("**Fed. R. Civ. P. 56** — Summary Judgment")
            || md.contains("— Summary Judgment"),
        "{md}"
    );
    assert!(md.contains("(note, `rule-56.md`)"), "{md}");
    assert!(
        md.contains("Federal Rules of Civil Procedure, rule 56(a)"),
        "{md}"
    );
    // Titles come from plead's table first (it has § 1997e), and a note's body previews.
    let md = hover(
        BRIEF,
        &a,
        Some(&lib),
        at(BRIEF, "42 U.S.C. § 1997e(a)", 0, 2),
    );
    assert!(
        md.contains("**42 U.S.C. § 1997e** — Suits by prisoners"),
        "{md}"
    );
    assert!(
        md.contains("**Preview** (note, `section-1997e.md`): Section 1997e(a) requires exhaustion"),
        "{md}"
    );
}

#[test]
fn brief_id_hover_and_inlay_hint_name_what_id_refers_to() {
    let a = run(BRIEF, Format::Markdown);
    let id = at(BRIEF, "*Id.*", 0, 1);
    let md = hover(BRIEF, &a, None, id);
    assert!(
        md.contains("`Id.` refers to the full citation on page 2"),
        "{md}"
    );
    assert!(
        md.contains("*Ashcroft v. Iqbal*, 556 U.S. 662 (2009)"),
        "{md}"
    );
    // Iqbal is cited on five pages; the hover lists its propositions.
    // `Id.` without a pin cites its antecedent's page.
    assert!(md.contains("- p. 2, at 678: Threadbare recitals"), "{md}");
    assert!(md.contains("pages 2, 3, 4, 5, 6"), "{md}");

    let config = Config::default();
    let hints = ide::inlay_hints(&world(&config, None, &[]), &a, Span::new(0, BRIEF.len()));
    let first = hints.first().expect("hints");
    assert_eq!(first.label, "→ Ashcroft v. Iqbal, 556 U.S. 662");
    assert!(
        BRIEF[..first.offset].ends_with("Id."),
        "{:?}",
        &BRIEF[first.offset - 10..first.offset]
    );
    // Id. at 1058 after Toguchi; Id. at 322 after Celotex.
    let labels: Vec<&str> = hints.iter().map(|h| h.label.as_str()).collect();
    assert!(
        labels.contains(&"→ Toguchi v. Chung, 391 F.3d 1051"),
        "{labels:?}"
    );
    assert!(
        labels.contains(&"→ Celotex Corp. v. Catrett, 477 U.S. 317"),
        "{labels:?}"
    );
    // The setting turns them off.
    let mut off = Config::default();
    off.authorities.inlay_hints = false;
    assert!(ide::inlay_hints(&world(&off, None, &[]), &a, Span::new(0, BRIEF.len())).is_empty());
}

#[test]
fn brief_definition_of_full_citation_opens_library_entries() {
    let a = run(BRIEF, Format::Markdown);
    let lib = library();
    let config = Config::default();
    let w = world(&config, Some(&lib), &[]);
    let targets = ide::definition(&w, &a, at(BRIEF, "Leon v. IDX", 0, 2)).unwrap();
    assert!(
        matches!(&targets[..], [Target::FileLines { path, .. }] if path.ends_with("notes/leon-v-idx.md")),
        "{targets:?}"
    );
    // Iqbal's CSL-JSON item: the line of its title in the export.
    let targets = ide::definition(&w, &a, at(BRIEF, "Ashcroft v. Iqbal", 0, 2)).unwrap();
    let [Target::FileLines {
        path, start_line, ..
    }] = &targets[..]
    else {
        panic!("{targets:?}")
    };
    assert!(path.ends_with("library.json"));
    let export = std::fs::read_to_string(path).unwrap();
    assert!(export
        .lines()
        .nth(*start_line as usize)
        .unwrap()
        .contains("\"Ashcroft v. Iqbal\""));
    // A short form goes to the full citation in the document instead.
    let short = at(BRIEF, "*Am. LegalNet*, 673", 0, 2);
    let targets = ide::definition(&w, &a, short).unwrap();
    let [Target::Here(span)] = &targets[..] else {
        panic!("{targets:?}")
    };
    assert!(BRIEF[span.start..span.end]
        .starts_with("Am. LegalNet, Inc. v. Davis*, 673 F. Supp. 2d 1063, 1071"));
    assert_eq!(a.document.pages.page_at(span.start), 6);
}

#[test]
fn references_reach_other_documents() {
    let brief = run(BRIEF, Format::Markdown);
    let seed = run(SEED, Format::Plain);
    let others = [(PathBuf::from("ayobi-order.txt"), &seed)];
    let config = Config::default();
    let refs = ide::references(
        &world(&config, None, &others),
        &brief,
        at(BRIEF, "Leon v. IDX", 0, 2),
    )
    .unwrap();
    assert_eq!(refs.len(), 2, "{refs:?}");
    let Target::FileSpan { path, span } = &refs[1] else {
        panic!("{refs:?}")
    };
    assert_eq!(path, Path::new("ayobi-order.txt"));
    assert!(SEED[span.start..span.end].starts_with("Leon v. IDX Systems Corp."));

    let symbols =
        plead::ide::symbols::workspace_symbols(&world(&config, None, &others), "legalnet");
    assert_eq!(symbols.len(), 1, "{symbols:?}");
    assert_eq!(
        symbols[0].name,
        "Am. LegalNet, Inc. v. Davis, 673 F. Supp. 2d 1063 (C.D. Cal. 2009)"
    );
    let lib = library();
    let symbols =
        plead::ide::symbols::workspace_symbols(&world(&config, Some(&lib), &others), "iqbal");
    assert!(
        symbols
            .iter()
            .any(|s| s.name == "Ashcroft v. Iqbal, 556 U.S. 662"),
        "{symbols:?}"
    );
}

#[test]
fn completion_offers_short_forms_of_cases_cited_above() {
    // The writer types "Iqb" and "Cart" at the end of page 6's paragraph.
    let cut = at(BRIEF, " Conclusory allegations do not change", 0, 0);
    let text = format!("{} Iqb", &BRIEF[..cut]) + &BRIEF[cut..];
    let a = run(&text, Format::Markdown);
    let config = Config::default();
    let w = world(&config, None, &[]);
    let items = ide::completion(&w, &a, cut + 4).unwrap();
    assert_eq!(items[0].insert_text, "Iqbal, 556 U.S. at ");
    assert_eq!(&text[items[0].replace.start..items[0].replace.end], "Iqb");
    // Cartoon Network is cited only below the cursor: not offered.
    let text = format!("{} Cart", &BRIEF[..cut]) + &BRIEF[cut..];
    let a = run(&text, Format::Markdown);
    assert!(ide::completion(&w, &a, cut + 5).is_none());
}

#[test]
fn document_links_point_to_courtlistener_citation_pages() {
    let a = run(SEED, Format::Plain);
    let links = ide::document_links(&a);
    let urls: Vec<&str> = links.iter().map(|(_, u)| u.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://www.courtlistener.com/c/F.%20Supp.%202d/673/1063/",
            "https://www.courtlistener.com/c/Fed.%20Cl./60/133/",
            "https://www.courtlistener.com/c/F.3d/464/951/",
        ]
    );
    assert_eq!(
        &SEED[links[2].0.start..links[2].0.end],
        "464\nF.3d 951"
            .replace(
                '\n',
                &SEED[SEED.find("464").unwrap() + 3..SEED.find("F.3d 951").unwrap()]
            )
            .as_str()
    );
}

#[test]
fn outline_lists_authorities_under_table_of_authorities() {
    let a = run(BRIEF, Format::Markdown);
    let symbols = plead::ide::symbols::document_symbols(&a);
    let toa = symbols
        .iter()
        .find(|s| s.name == "Table of Authorities")
        .expect("TOA node");
    let sections: Vec<&str> = toa.children.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(sections, ["Cases", "Statutes", "Rules"]);
    assert_eq!(toa.children[0].children.len(), 23);
    assert_eq!(
        toa.children[0].children[0].name,
        "Am. LegalNet, Inc. v. Davis, 673 F. Supp. 2d 1063 (C.D. Cal. 2009)"
    );
}

#[test]
fn unresolved_short_forms_say_so() {
    let text = "The claim fails. Id. at 5. It fails again. Smith, 123 F.3d at 4.\n";
    let a = run(text, Format::Plain);
    let md = hover(text, &a, None, at(text, "Id.", 0, 1));
    assert!(
        md.contains("No earlier citation in this document fits this short form"),
        "{md}"
    );
    let md = hover(text, &a, None, at(text, "Smith", 0, 1));
    assert!(
        md.contains("No earlier citation") || md.contains("No full citation"),
        "{md}"
    );
    let config = Config::default();
    assert!(ide::definition(&world(&config, None, &[]), &a, at(text, "Id.", 0, 1)).is_none());
}

#[test]
fn ambiguous_id_after_a_string_cite_says_so() {
    let text = "Pleading standards are settled. Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009); Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007). They require facts. Id. at 679.\n";
    let a = run(text, Format::Plain);
    let md = hover(text, &a, None, at(text, "Id.", 0, 1));
    assert!(md.contains("ambiguous"), "{md}");
    let config = Config::default();
    let hints = ide::inlay_hints(&world(&config, None, &[]), &a, Span::new(0, text.len()));
    assert_eq!(hints.len(), 1);
    assert_eq!(hints[0].label, "→ ambiguous");
}
