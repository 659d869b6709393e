//! CPU time of reading a 5,000-entry docket (the `record` bench's two generated
//! reports, district and NextGen bankruptcy), measured as this thread's CPU time so
//! the figure holds on a loaded machine:
//! `cargo run --release --example docket_parse_profile`.
use std::fmt::Write;
use std::path::PathBuf;
use std::time::Duration;

use plead::record::docket::pacer_html;
use plead::record::Docket;

fn thread_cpu() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

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

fn main() {
    for (name, report) in [
        ("district", pacer_report()),
        ("bankruptcy", bankruptcy_report()),
    ] {
        let mut times: Vec<Duration> = (0..15)
            .map(|_| {
                let start = thread_cpu();
                let d = docket(&report);
                assert_eq!(d.len(), ENTRIES as usize);
                thread_cpu() - start
            })
            .collect();
        times.sort();
        println!(
            "{name}: {} bytes, {ENTRIES} entries: CPU per read min {:?} median {:?} max {:?}",
            report.len(),
            times[0],
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
}
