//! Record cites against a large docket: resolving one cite (hover, definition)
//! must stay far under 1 ms with 5,000 entries; the document pass with the docket
//! runs on every keystroke; parsing the docket runs once per docket change.

use std::fmt::Write;
use std::path::PathBuf;
use std::sync::Arc;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::{analyze_in, Workspace};
use plead::ide::{self, World};
use plead::record::docket::pacer_html;
use plead::record::Docket;

const ENTRIES: u32 = 5_000;

/// A PACER docket report with `ENTRIES` rows, each with an attachment list.
fn pacer_report() -> String {
    let mut html = String::from(
        "<html><body><h3 align=center>U.S. District Court<BR>Eastern District of California - Live System (Fresno)<BR>\
         CIVIL DOCKET FOR CASE #: 1:17-cv-00693-DAD-SAB</h3>\n<table align=center width='99%' border=1 rules=all>\n\
         <tr><td>Date Filed</td><th>#</th><td>Docket Text</td></tr>\n",
    );
    for n in 1..=ENTRIES {
        let (month, day) = (1 + n % 12, 1 + n % 28);
        let _ = writeln!(
            html,
            "<tr><td width='94' valign=top nowrap>{month:02}/{day:02}/2019</td><td align='right'>\
             <a href=\"https://ecf.caed.uscourts.gov/doc1/0331{n:07}\" onClick=\"goDLS('/doc1/0331{n:07}','316045','{n}','','1','1','');return(false);\">{n}</a>&nbsp;</td>\
             <td valign=top>MOTION number {n} to COMPEL by Shajia Ayobi. (Attachments: # 1 Exhibit A, # 2 Proof of Service)(Jessen, A) (Entered: {month:02}/{day:02}/2019)</td></tr>"
        );
    }
    html.push_str("</table></body></html>\n");
    html
}

/// A bankruptcy docket report (NextGen) with `ENTRIES` rows as CM/ECF writes it: the
/// number in the second of two `#` columns after a script, tables of 100 rows, and an
/// attachment row under every tenth entry.
fn bankruptcy_report() -> String {
    let mut html = String::from(
        "<html><body><CENTER><B><FONT SIZE=\"+1\">U.S. Bankruptcy Court<BR>District of Delaware (Delaware)<BR>\
         Bankruptcy Petition #: 09-11139-CSS</FONT></B></CENTER>\n",
    );
    for n in 1..=ENTRIES {
        if n % 100 == 1 {
            if n > 1 {
                html.push_str("</TABLE>\n");
            }
            html.push_str("<TABLE BORDER=1 CELLPADDING=10 CELLSPACING=0>");
            if n == 1 {
                html.push_str("<TR><TH width=\"94\" nowrap>Filing Date</TH>\n<TH colspan=2 align='center'>#</TH><TH align=center>Docket Text</TH></TR>\n");
            }
        }
        let (month, day) = (1 + n % 12, 1 + n % 28);
        let _ = writeln!(
            html,
            "<TR><TD width=\"94\" nowrap valign=bottom>{month:02}/{day:02}/2019</TD><TD width=54 valign=bottom align=right>&nbsp;</TD>\
             <TD width=30><a href='https://ecf.deb.uscourts.gov/doc1/0421{n:08}?caseid=122463&de_seq_num={n}' id='documentK{n}'>{n}</a>\n\
             <SCRIPT>DocLink('documentK{n}');</SCRIPT></TD><TD valign=bottom>  Motion for Relief from Stay &#036;{n}.00 Filed by Creditor Bank of Delaware \
             (RE: related document(s)<a href='https://ecf.deb.uscourts.gov/doc1/0421{:08}'>{}</a>). (Attachments: # 1 Exhibit A # 2 Proposed Order) (Smith, J) (Entered: {month:02}/{day:02}/2019)</TD></TR>",
            n.saturating_sub(1),
            n.saturating_sub(1)
        );
        if n % 10 == 0 {
            html.push_str("<tr><td></td><td></td><td></td><td><table><tr><td>0</td><td>Main Document</td><td>3 pages</td></tr><tr><td>1</td><td>Exhibit A</td><td>12 pages</td><td>170 KB</td></tr></table></td></tr>\n");
        }
    }
    html.push_str("</TABLE></body></html>\n");
    html
}

fn docket(report: &str) -> Docket {
    let parsed = pacer_html::parse(report).expect("generated report parses");
    let mut d = Docket::default();
    d.merge(parsed, PathBuf::from("docket.html"), &|_| None);
    d
}

/// A brief of `paragraphs` paragraphs, each citing three entries.
fn brief(paragraphs: u32) -> String {
    let mut text = String::new();
    for i in 0..paragraphs {
        let n = 1 + (i * 37) % ENTRIES;
        let _ = write!(
            text,
            "Plaintiff's motion (ECF No. {n} at 2) relies on her declaration (ECF No. {n}-1) and on the order \
             that preceded it. (ECF Nos. {}, {}.) Defendants opposed.\n\n",
            n + 1,
            n + 2
        );
    }
    text
}

fn benches(c: &mut Criterion) {
    let report = pacer_report();
    c.bench_function("record/parse_pacer_5000_entries", |b| {
        b.iter(|| docket(black_box(&report)))
    });

    let bankruptcy = bankruptcy_report();
    assert_eq!(docket(&bankruptcy).len(), ENTRIES as usize);
    c.bench_function("record/parse_bankruptcy_5000_entries", |b| {
        b.iter(|| docket(black_box(&bankruptcy)))
    });

    let d = Arc::new(docket(&report));
    assert_eq!(d.len(), ENTRIES as usize);
    let config = Config::default();
    let workspace = Workspace {
        docket: Some(d.clone()),
    };
    let text = brief(200);
    let analysis = analyze_in(
        &text,
        Format::Plain,
        &config,
        &workspace,
        &mut ParagraphCache::default(),
    );
    let world = World {
        config: &config,
        root: None,
        docket: Some(&d),
        library: None,
        others: &[],
    };
    let offset = text
        .match_indices("ECF No. ")
        .nth(300)
        .map_or(0, |(i, _)| i + 9);

    c.bench_function("record/resolve_cite_hover_5000_entries", |b| {
        b.iter(|| ide::hover::hover(&world, &analysis, black_box(offset)).expect("hover"))
    });
    c.bench_function("record/resolve_cite_definition_5000_entries", |b| {
        b.iter(|| ide::definition::definition(&world, &analysis, black_box(offset)))
    });
    let typing = "The reply (ECF No. 4";
    let typed = analyze_in(
        typing,
        Format::Plain,
        &config,
        &workspace,
        &mut ParagraphCache::default(),
    );
    c.bench_function("record/complete_after_prefix_5000_entries", |b| {
        b.iter(|| ide::completion::completion(&world, &typed, black_box(typing.len())))
    });

    // A keystroke: the cache holds every paragraph, so this is the document pass with the docket.
    let mut cache = ParagraphCache::default();
    let _ = analyze_in(&text, Format::Plain, &config, &workspace, &mut cache);
    c.bench_function("record/reanalyze_600_cites_with_docket_cached", |b| {
        b.iter(|| {
            analyze_in(
                black_box(&text),
                Format::Plain,
                &config,
                &workspace,
                &mut cache,
            )
        })
    });
}

criterion_group!(record, benches);
criterion_main!(record);
