//! Editor features at a cursor, as texlab tests them: a fixture text marks the cursor
//! with `$0`, the feature runs there, and its answer is rendered as text and compared
//! with a reviewed snapshot (`tests/it/snapshots/`, `cargo insta review` after a
//! deliberate change). Real filings: the seed order (E.D. Cal., OCR'd pleading paper),
//! the Markdown brief with its library, and the docket fixture's status report.

use std::path::{Path, PathBuf};

use plead::analysis::{Analysis, ParagraphCache};
use plead::authorities::Library;
use plead::config::Config;
use plead::document::Format;
use plead::engine::{analyze_in, Workspace};
use plead::ide::symbols::Symbol;
use plead::ide::{self, Target, World};
use plead::record::Docket;

const SEED: &str = include_str!("../fixtures/ayobi-order.txt");
const BRIEF: &str = include_str!("../fixtures/brief/brief.md");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The text without its `$0` marker, and the marker's offset. The marker goes where
/// the cursor is, inside the thing under it.
fn cursor(marked: &str) -> (String, usize) {
    let at = marked
        .find("$0")
        .expect("the fixture marks the cursor with $0");
    (marked.replacen("$0", "", 1), at)
}

/// `text` with `$0` inserted at the first occurrence of `needle`, `into` bytes in.
fn mark(text: &str, needle: &str, into: usize) -> String {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"))
        + into;
    format!("{}$0{}", &text[..at], &text[at..])
}

struct Fixture {
    text: String,
    offset: usize,
    analysis: Analysis,
    library: Option<Library>,
    docket: Option<std::sync::Arc<Docket>>,
    root: Option<PathBuf>,
}

impl Fixture {
    fn new(marked: &str, format: Format) -> Fixture {
        let (text, offset) = cursor(marked);
        let analysis = analyze_in(
            &text,
            format,
            &Config::default(),
            &Workspace::default(),
            &mut ParagraphCache::default(),
        );
        Fixture {
            text,
            offset,
            analysis,
            library: None,
            docket: None,
            root: None,
        }
    }

    /// The brief's workspace: its library (Zotero export, notes, opinions).
    fn in_brief_workspace(mut self) -> Fixture {
        let root = fixtures().join("brief");
        self.library = Some(plead::loader::library(&root, &Config::default()).0);
        self.root = Some(root);
        self
    }

    /// The docket fixture's workspace: its PACER report, RECAP JSON, CSV and filings.
    fn in_docket_workspace(marked: &str) -> Fixture {
        let root = fixtures().join("docket");
        let (docket, _) = plead::loader::index_workspace(&root, &Config::default());
        let docket = std::sync::Arc::new(docket);
        let (text, offset) = cursor(marked);
        let analysis = analyze_in(
            &text,
            Format::Plain,
            &Config::default(),
            &Workspace {
                docket: Some(docket.clone()),
            },
            &mut ParagraphCache::default(),
        );
        Fixture {
            text,
            offset,
            analysis,
            library: None,
            docket: Some(docket),
            root: Some(root),
        }
    }

    fn world<'a>(&'a self, config: &'a Config) -> World<'a> {
        World {
            config,
            root: self.root.as_deref(),
            docket: self.docket.as_deref(),
            library: self.library.as_ref(),
            others: &[],
        }
    }

    fn hover(&self) -> String {
        let config = Config::default();
        match ide::hover::hover(&self.world(&config), &self.analysis, self.offset) {
            // Paths of workspace files print from the fixtures folder, wherever it is.
            Some(h) => format!("[{}]\n{}", &self.text[h.span.start..h.span.end], h.markdown)
                .replace(&fixtures().display().to_string(), "<fixtures>"),
            None => "(no hover)".into(),
        }
    }

    fn definition(&self) -> String {
        let config = Config::default();
        let targets =
            ide::definition::definition(&self.world(&config), &self.analysis, self.offset);
        self.render_targets(&targets)
    }

    fn references(&self) -> String {
        let config = Config::default();
        let targets =
            ide::references::references(&self.world(&config), &self.analysis, self.offset);
        self.render_targets(&targets)
    }

    fn completion(&self) -> String {
        let config = Config::default();
        let items = ide::completion::completion(&self.world(&config), &self.analysis, self.offset);
        if items.is_empty() {
            return "(no completion)".into();
        }
        items
            .iter()
            .take(12)
            .map(|i| {
                format!(
                    "{} → {:?}{}",
                    i.label,
                    i.insert_text,
                    i.detail
                        .as_deref()
                        .map(|d| format!("  ({d})"))
                        .unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Targets as a reader checks them: the text a span covers, a file and its lines.
    fn render_targets(&self, targets: &[Target]) -> String {
        if targets.is_empty() {
            return "(nothing)".into();
        }
        let name = |p: &Path| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        targets
            .iter()
            .map(|t| match t {
                Target::Here(s) => format!("here: {:?}", &self.text[s.start..s.end]),
                Target::FileSpan { path, span } => format!("{} bytes {span:?}", name(path)),
                Target::FileLines {
                    path,
                    start_line,
                    end_line,
                } => format!("{} lines {start_line}–{end_line}", name(path)),
                Target::FilePage { path, page, pins } => {
                    format!("{} page {page} ({pins:?} pagination)", name(path))
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn outline(symbols: &[Symbol], depth: usize, out: &mut String) {
    for s in symbols {
        out.push_str(&format!(
            "{}{:?} {}{}\n",
            "  ".repeat(depth),
            s.kind,
            s.name,
            s.detail
                .as_deref()
                .map(|d| format!(" — {d}"))
                .unwrap_or_default()
        ));
        outline(&s.children, depth + 1, out);
    }
}

#[test]
fn cursor_marker_is_removed_and_located() {
    let (text, at) = cursor("Id. at $05.");
    assert_eq!((text.as_str(), at), ("Id. at 5.", 7));
    assert_eq!(mark("a b c", "b", 0), "a $0b c");
}

#[test]
fn hover_on_a_full_citation_of_the_seed_order() {
    let f = Fixture::new(&mark(SEED, "464", 1), Format::Plain);
    insta::assert_snapshot!("hover_seed_leon_full", f.hover());
}

#[test]
fn hover_on_a_short_form_broken_across_pleading_paper_lines() {
    // `American LegalNet, Inc., 673` / gutter line / `F.Supp.2d at 1072`.
    let f = Fixture::new(&mark(SEED, "F.Supp.2d at 1072", 3), Format::Plain);
    insta::assert_snapshot!("hover_seed_legalnet_short", f.hover());
}

#[test]
fn hover_with_the_library_holding() {
    let f =
        Fixture::new(&mark(BRIEF, "Ashcroft v. Iqbal", 2), Format::Markdown).in_brief_workspace();
    insta::assert_snapshot!("hover_brief_iqbal", f.hover());
}

#[test]
fn definition_from_a_short_form_and_from_id() {
    let short = Fixture::new(&mark(SEED, "F.Supp.2d at 1072", 0), Format::Plain);
    insta::assert_snapshot!("definition_seed_short_form", short.definition());
    let id = Fixture::new(&mark(BRIEF, "Id.", 1), Format::Markdown).in_brief_workspace();
    insta::assert_snapshot!("definition_brief_id", id.definition());
}

#[test]
fn references_of_an_authority() {
    let f = Fixture::new(&mark(SEED, "673", 1), Format::Plain);
    insta::assert_snapshot!("references_seed_legalnet", f.references());
}

#[test]
fn completion_of_a_short_form() {
    let marked = format!("{SEED}\nAs the Court held in Leo$0");
    let f = Fixture::new(&marked, Format::Plain);
    insta::assert_snapshot!("completion_seed_short_form", f.completion());
}

#[test]
fn record_cite_features_against_the_docket() {
    let draft = std::fs::read_to_string(fixtures().join("docket/drafts/status-report-draft.txt"))
        .expect("draft fixture");
    let hover = Fixture::in_docket_workspace(&mark(&draft, "ECF No. 35 at 2", 8));
    insta::assert_snapshot!("hover_record_ecf_35", hover.hover());
    insta::assert_snapshot!("definition_record_ecf_35", hover.definition());
    let completion = Fixture::in_docket_workspace(&format!("{draft}\nSee ECF No. 3$0"));
    insta::assert_snapshot!("completion_record_ecf", completion.completion());
}

#[test]
fn document_symbols_of_the_seed_order() {
    let f = Fixture::new(&format!("$0{SEED}"), Format::Plain);
    let mut out = String::new();
    outline(&ide::symbols::document_symbols(&f.analysis), 0, &mut out);
    insta::assert_snapshot!("symbols_seed", out);
}
