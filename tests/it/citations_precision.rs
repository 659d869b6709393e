//! Issue 19's citation false alarms and misses, through the whole pipeline, on real
//! sentences: the public-domain opinions of tests/fixtures/opinions and
//! /work/shared/corpus/opinions (Connecticut, New Jersey, Massachusetts, Missouri,
//! Illinois, Texas, the Supreme Court, the Tax Court) and BIA decisions (juriscraper's
//! test assets, public domain). Each false alarm is one a real opinion raised before.

use plead::analysis::ParagraphCache;
use plead::config::Config;
use plead::document::Format;
use plead::engine::analyze;

/// (code, flagged text, fix) of every citation finding of `text`.
fn findings(text: &str, format: Format) -> Vec<(String, String, Option<String>)> {
    let analysis = analyze(
        text,
        format,
        &Config::default(),
        &mut ParagraphCache::default(),
    );
    analysis
        .findings
        .iter()
        .filter(|f| f.family() == "citation")
        .map(|f| {
            (
                f.code.to_string(),
                text[f.span.start..f.span.end].to_string(),
                f.fixes
                    .first()
                    .and_then(|x| x.edits.first())
                    .map(|e| e.new_text.to_string()),
            )
        })
        .collect()
}

fn plain(text: &str) -> Vec<(String, String, Option<String>)> {
    findings(text, Format::Plain)
}

fn codes(text: &str) -> Vec<String> {
    plain(text).into_iter().map(|f| f.0).collect()
}

/// Correct citations that drew findings before: parallel cites with one parenthetical,
/// courts and tribunals of every kind, local court forms, writ history, headings.
#[test]
fn correct_citations_of_real_opinions_draw_nothing() {
    for text in [
        // Parallel citations: the official reporter names the court.
        "A financing statement must be filed to perfect all security interests. Park Ave. Bank v. Bassford, 232 Ga. 216, 205 S.E.2d 861 (1974).",
        "The court applied the discovery rule. Koe v. Mercer, 450 Mass. 97, 876 N.E.2d 831, 836 (2007).",
        "Thus, the overbreadth must be substantial. City of Chicago v. Morales, 527 U.S. 41, 52 (1999) (quoting Broadrick v. Oklahoma, 413 U.S. 601, 615, 93 S. Ct. 2908, 37 L. Ed. 2d 830 (1973)).",
        // Tribunals, the Supreme Court's forms, state forms, writ history.
        "See Matter of Saysana, 24 I. & N. Dec. 602 (BIA 2008).",
        "See Matter of P-B-B-, 28 I. & N. Dec. 43, 45–46 (BIA 2020); Matter of Cruz-Valdez, 28 I. & N. Dec. 326 (A.G. 2021).",
        "See Guiles v. Marineau, 461 F.3d 320, 328 (CA2 2006) (discussing the present case).",
        "In re Terra Energy Ltd., 4 E.A.D. 159, 161, 1992 WL 373462 (EAB 1992).",
        "In re Adoption of P.J.K., 359 S.W.2d 360 (Mo. App. 1962).",
        "In re Baby Girl —, 850 S.W.2d 64, 68 (Mo. banc 1993).",
        "See Zipp Indus., Inc. v. Ranger Ins. Co., 39 S.W.3d 658, 665 (Tex.App.-Amarillo 2001, no pet.).",
        "Clark v. Trois, 21 A.D.3d 439, 440 (2d Dept 2005).",
        "Smith v. Commissioner, 117 T.C.M. (CCH) 1234 (2019).",
        // The year given once, in the subsequent history (R10.5).
        "See United States v. Zannino, 895 F.2d 1, 17 (1st Cir.), cert. denied, 494 U.S. 1082, 110 S. Ct. 1814, 108 L. Ed. 2d 944 (1990).",
        // An opinion's own heading, and the syllabus's line for the judgment below.
        "614 F.3d 7 (2010)",
        "798 F.3d 1329, vacated and remanded.",
        // The joint appendix and the Statutes at Large are no case reporters.
        "The bylaws were submitted. 1 App. 27.",
        "Indian Gaming Regulatory Act, 102 Stat. 2467, 25 U.S.C. § 2701 et seq.",
        // The first word of a party, and places named as parties.
        "See Rule 36(c); Diamond v. Commissioner, 92 T.C. 423, 446 (1989).",
        "St. Louis County v. State Highway Comm’n, 409 S.W.2d 149, 153 (Mo. 1966).",
    ] {
        assert_eq!(plain(text), Vec::new(), "{text}");
    }
}

/// Id. after a block quotation refers to the authority quoted from; after a record
/// reference, to the record; a short form finds its full citation in a later footnote.
#[test]
fn id_and_short_forms_of_real_opinions_resolve() {
    let quoted = "The court explained the rule in Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1995):\n\n> The burden is on the movant. See Doe v. Roe, 2 F.3d 2, 3 (2d Cir. 1996); Poe v. Moe, 3 F.3d 3 (3d Cir. 1997). Id. at 4.\n\nId. at 6. That settles it.\n";
    assert_eq!(findings(quoted, Format::Markdown), Vec::new());
    let appendix = "Hastings encourages students to form associations that “contribute to the Hastings community and experience.” App. 349. These groups offer students opportunities. Ibid.\n\nRSOs are eligible to seek financial assistance. Id., at 217.\n";
    assert_eq!(plain(appendix), Vec::new());
    let footnote = "The “interest of justice” prong is “a broad and flexible standard.” In re Manville Forest Products Corp., 896 F.2d at 1391.\n\n[39] . Gulf States Exploration Co. v. Manville Forest Products Corp. (In re Manville Forest Products Corp.), 896 F.2d 1384, 1390 (2d Cir. 1990).\n";
    assert_eq!(plain(footnote), Vec::new());
    let recited = "The Thomas court so held. Thomas v. Holder, 2008 WL 4793739, at *2 (M.D. Pa. Oct. 31, 2008).\n\nIt noted a developing body of case law. 2008 WL 4793739, at *3.\n";
    assert_eq!(plain(recited), Vec::new());
}

/// Issue 19's misses are caught, each with a message that says what is wrong.
#[test]
fn misses_of_real_opinions_are_caught() {
    assert_eq!(
        plain("See Smith v. Jones, 34 A .3d 456, 460 (Pa. 2011)."),
        [(
            "citation/reporter-form".into(),
            "A .3d".into(),
            Some("A.3d".into())
        )]
    );
    assert_eq!(
        plain("The release bars the claim. Smith v. Ocean Holdings LLC , 209 So. 3d 1, 4 (Fla. Dist. Ct. App. 2016)."),
        [(
            "citation/space-before-comma".into(),
            " ,".into(),
            Some(",".into())
        )]
    );
    assert_eq!(
        codes("The statute does not apply. Doe v. Roe, ___So.3d___ (Fla. 2020)."),
        ["citation/placeholder"]
    );
    assert_eq!(
        plain("The court so held. Smith v. Jones, 1 F.3d 1, 5 (9th Cir. 1995). !d. at 6."),
        [("citation/id-form".into(), "!d.".into(), Some("Id.".into()))]
    );
    assert_eq!(
        plain("Smith v. Jones, 1 F.3d 1, 5 (9th Cir. Feb 9, 1999)."),
        [(
            "citation/court-format".into(),
            "Feb".into(),
            Some("Feb.".into())
        )]
    );
    assert_eq!(
        plain("Smith v. Jones, 1 F. Supp. 2d 1, 5 (W.D. Wa. 1999)."),
        [(
            "citation/court-unknown".into(),
            "W.D. Wa.".into(),
            Some("W.D. Wash.".into())
        )]
    );
}
