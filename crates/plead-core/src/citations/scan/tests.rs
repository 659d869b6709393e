//! Unit tests of the scanner (this file is compiled for tests only).

#[cfg(test)]
mod extraction {

    use super::super::*;
    use crate::citations::model::{CitationKind, ParentheticalKind, SignalKind};

    fn cites(text: &str) -> Vec<Citation> {
        extract(text, &[])
    }

    /// `16⏎Hall, 935 F.2d at 1110`: a footnote number before a short form is no volume
    /// of Hall's reports with the old comma before its page (that form still reads:
    /// `4 Wheat., 316`); New York's dashed blank pin (`— NY3d —, —, 2025 NY Slip Op`)
    /// belongs to its citation, a dash opening a clause after a pin does not.
    #[test]
    fn footnote_numbers_and_dashed_blank_pins() {
        let cs = cites("See id.\n16\n   Hall, 935 F.2d at 1110.");
        assert_eq!(cs.len(), 1, "{cs:?}");
        assert_eq!(cs[0].kind, CitationKind::ShortCase);
        assert_eq!(cs[0].text, "Hall, 935 F.2d at 1110");
        let cs = cites("McCulloch v. Maryland, 4 Wheat., 316 (1819).");
        assert_eq!(cs.len(), 1, "{cs:?}");
        assert_eq!(cs[0].kind, CitationKind::FullCase);
        assert!(cs[0].page.is_some());
        let cs = cites(
            "(People v T.P., \u{2014} NY3d \u{2014}, \u{2014}, 2025 NY Slip Op 03642, *2 [2025]).",
        );
        assert_eq!(cs.len(), 2, "{cs:?}");
        assert!(
            cs[0].text.ends_with("NY3d \u{2014}, \u{2014}"),
            "{:?}",
            cs[0].text
        );
        let cs = cites(
            "(People v Smith, 5 NY3d 143, \u{2014} which the court read \u{2014} 152 [2005]).",
        );
        assert!(cs[0].text.ends_with("5 NY3d 143"), "{:?}", cs[0].text);
    }

    /// What the precision work (cite-precision) taught the scanner, in the split modules:
    /// Id. after a bracket, a footnote mark or as OCR reads it; glued and em-dash pins;
    /// Texas writ history; citations quoted without parentheses; record references.
    #[test]
    fn precision_forms_survive_the_split() {
        for (text, id_at) in [
            (
                "See Smith v. Jones, 1 F.3d 1, 5 (9th Cir. 1995). [9]Id. at 6.",
                "Id.",
            ),
            (
                "See Smith v. Jones, 1 F.3d 1, 5 (9th Cir. 1995). [Id. at 6.]",
                "Id.",
            ),
            (
                "See Smith v. Jones, 1 F.3d 1, 5 (9th Cir. 1995). !d. at 6.",
                "!d.",
            ),
            (
                "See Smith v. Jones, 1 F.3d 1, 5 (9th Cir. 1995). ld. at 6.",
                "ld.",
            ),
        ] {
            let cs = cites(text);
            assert_eq!(cs.len(), 2, "{text}: {cs:?}");
            assert_eq!(cs[1].kind, CitationKind::Id, "{text}");
            assert!(cs[1].text.starts_with(id_at), "{text}: {:?}", cs[1].text);
            assert_eq!(cs[1].pin_text().as_deref(), Some("6"), "{text}");
        }
        let glued = cites("Roe v. Wade, 410 U.S. 113,152 (1973).");
        assert_eq!(glued[0].page_text(), Some("113"));
        assert_eq!(glued[0].pin_text().as_deref(), Some("152"));
        let em = cites("Roe v. Wade, 410 U.S. 113, 152\u{2014} 153 (1973).");
        assert_eq!(em[0].pin_text().as_deref(), Some("152\u{2014} 153"));
        let tex = cites("Stephenson v. LeBoeuf, 16 S.W.3d 829, 841 (Tex. App.\u{2014}Houston [14th Dist.] 2000, pet. denied).");
        assert_eq!(tex[0].year, Some(2000));
        // The apostrophe of `ref’d` lost by a PDF's font.
        let lost = cites(
            "Wright v. State, 158 S.W.3d 590, 595 (Tex. App.\u{2014}San Antonio 2005, pet. ref d).",
        );
        assert_eq!(lost[0].year, Some(2005));
        // The dash set apart from `App.` and glued to the city, in a filed brief.
        for dash in ["\u{2013}", "\u{2014}", "-"] {
            let spaced = cites(&format!(
                "Gilbert v. State, 575 S.W.3d 848 (Tex. App. {dash}Texarkana 2019, pet ref\u{2019}d)."
            ));
            assert_eq!(spaced[0].year, Some(2019), "{dash}");
            assert!(spaced[0].court.is_some(), "{dash}");
        }
        let quoting = cites("Commonwealth v. Colon, 449 Mass. 207, 215 (2007), quoting Commonwealth v. Russin, 420 Mass. 309, 316 (1995).");
        assert_eq!(quoting.len(), 2);
        assert_eq!(quoting[1].nested_in, Some(0));
        let record = cites("The jury heard it. App. 349. Id. at 350.");
        assert_eq!(record[0].kind, CitationKind::Record);
        assert_eq!(record[1].kind, CitationKind::Id);
    }

    /// Where the court and year of a citation are, past what printed text puts between
    /// them and the page (issue 19's court-year-missing false alarms), and numbers that
    /// are not volumes.
    #[test]
    fn dates_past_print_artifacts_and_docket_numbers() {
        let year_of = |text: &str| -> Option<u16> {
            let cs = cites(text);
            let root = cs.iter().position(|c| c.volume.is_some())?;
            cs.iter()
                .enumerate()
                .filter(|(k, c)| *k == root || c.parallel_to == Some(root))
                .find_map(|(_, c)| c.year)
        };
        for text in [
            // A pin range with a space on one side, or a star page inside it.
            "Ramey v. Dist. 141, 378 F.3d 269, 276 -77 (2d Cir. 2004).",
            "Wagner v. Principi, 370 F.3d 1089, 1094- 1096 (Fed. Cir. 2004).",
            "Commonwealth v. Furr, 58 Mass. App. Ct. 155, 157- *105 160 (2003).",
            // Westlaw's double-starred pages; a (Table) decision and its Westlaw parallel.
            "United States v. Guajardo, 218 Fed. Appx. 294, 297-98, 2007 WL 579914, at **2-3 (5th Cir. Feb. 12, 2007).",
            "United States v. McClain, 176 F.3d 486 (Table), 1999 WL 282446, at *1 (9th Cir. Apr. 15, 1999).",
            // A blank pin before the parallel; a stray period before the court.
            "Chambers v. NASCO, Inc., 501 U.S. 32,    , 111 S. Ct. 2123, 2140 (1991).",
            "Perry v. Greanias, 95 S.W.3d 683, 691 (Tex.App.-Houston [1st *932 Dist.] 2002, pet. denied).",
            "(quoting Graham, 473 U.S. 159, 167 n. 14, 105 S.Ct. 3099 [ (1985) ] ).",
            // Kansas cites its syllabus paragraphs as pins.
            "State v. Smith, 290 Kan. 100, Syl. ¶ 2, 222 P.3d 10 (2010).",
            // A page break of the source before a pin.
            "People v. Ward, 154 Ill. 2d 272, 333, 609 N.E.2d 252, *934 278 (1992).",
            // A pin that lost its comma, a star pin without `at`, one OCR'd `*l`.
            "Liberty Mut. Ins. Co. v. Continental Cas. Co., 771 F.2d 579 588-89 (1st Cir. 1985).",
            "See Matter of Kellogg, 94-INA-465, 1998 WL 1270641 *5 (BALCA Feb. 2, 1998).",
            "Matter of Cable Television Labs., Inc., 2012-PER-00449, 2014 WL 5478115 *l (BALCA Oct. 23, 2014).",
            "Chi v. Holder, --- F.3d ---, 2010 WL 2089478 at *1 (1st Cir. May 26, 2010).",
            // A space slipped before a period of the court.
            "Davidson v. Shinseki, 581 F.3d 1313, 1315-16 (Fed .Cir.2009).",
            // A stray period after the volume of the parallel citation.
            "Our opinions in People v. Bridges, 199 Colo. 520, 612. P.2d 1110 (1980), and",
        ] {
            assert!(year_of(text).is_some(), "{text}: {:?}", cites(text));
        }
        let stray = cites("Rederi A/B Nordstjernan, 456 F.2d 970, 975 n.8. (1st Cir.), cert. denied, 409 U.S. 1086 (1972).");
        assert!(stray[0].court.is_some(), "{stray:?}");
        // North Carolina's public-domain citation is a parallel, not a pin `2021`.
        let nc = cites("Crazie Overstock, LLC, 377 N.C. 391, 2021-NCSC-57, ¶ 23.");
        assert!(
            nc.iter().any(|c| c.neutral && c.parallel_to == Some(0)),
            "{nc:?}"
        );
        // A public-domain citation's paragraph pin without its comma, and Wisconsin's
        // closed-up `¶45`: the pin, and the group keeps its parallels.
        for text in [
            "State ex rel. Kalal v. Circuit Court, 2004 WI 58 ¶ 45, 271 Wis. 2d 633, 681 N.W.2d 110.",
            "State ex rel. Kalal v. Circuit Court, 2004 WI 58, ¶45, 271 Wis. 2d 633, 681 N.W.2d 110.",
            "State v. Smith, 2011-Ohio-4203 ¶ 2, 129 Ohio St.3d 498.",
        ] {
            let group = cites(text);
            let pin = group[0].pins.first().map(|p| &text[p.span.start..p.span.end]);
            assert!(pin.is_some_and(|p| p.starts_with('¶')), "{text}: {group:?}");
            assert!(
                group[1..].iter().all(|c| c.parallel_to == Some(0)),
                "{text}: {group:?}"
            );
        }
        let bridges = cites("People v. Bridges, 199 Colo. 520, 612. P.2d 1110 (1980).");
        assert_eq!(bridges[1].volume_text(), Some("612"), "{bridges:?}");
        assert_eq!(bridges[1].parallel_to, Some(0), "{bridges:?}");
        // A sentence that ends in a number is not a volume with a stray period.
        let sentence = cites("The vote was 5. F. Smith dissented.");
        assert!(sentence.is_empty(), "{sentence:?}");
        // A pin without its comma is read only before the date: a number after a
        // citation is otherwise the sentence's.
        let later = cites("Hafer v. Melo, 502 U. S. 21 25 times (1990).");
        assert!(
            later[0].pins.is_empty() && later[0].year.is_none(),
            "{later:?}"
        );
        let malformed = cites("Matter of Chawathe, 25 I&N Dec. 369 at 375. Moreover.");
        assert!(malformed.iter().all(|c| c.year.is_none()), "{malformed:?}");
        // `15 Ohio 8. R., 364`: the reporter's name goes on past the number (an 1868
        // `Ohio St. R.` OCR'd); not a citation of page 8. A sentence after a citation,
        // or a signal, is not the name going on.
        let ohio = cites("(Tyler's Ecdrs v. Winslow, *287 15 Ohio 8. R., 364.)");
        assert!(ohio.iter().all(|c| c.page_text() != Some("8")), "{ohio:?}");
        for text in [
            "Smith v. Jones, 512 U.S. 1. Tr. 45.",
            "Smith v. Jones, 512 U.S. 1. E.g., 12 F.3d 4 (2d Cir. 1990).",
            "Smith v. Jones, 512 U.S. 1. Cf. 12 F.3d 4 (2d Cir. 1990).",
        ] {
            let cs = cites(text);
            assert_eq!(cs[0].page_text(), Some("1"), "{text}: {cs:?}");
        }
        // The Southern District of New York's docket numbers are no volume and reporter.
        let docket =
            cites("Doe v. Roe, 09 Civ. 100 (RJS), 2010 WL 123456, at *3 (S.D.N.Y. Jan. 5, 2010).");
        assert!(
            docket.iter().all(|c| c.volume_text() != Some("09")),
            "{docket:?}"
        );
    }

    /// An index of authorities as a PDF reads it: each entry's page list ends its line
    /// and the next entry's name follows. `57 Johnson v.` is a page list and a party
    /// (`Johnson` is also a reporter, Johns.), not a citation at prefatory page v.
    #[test]
    fn a_page_list_before_a_case_name_is_not_a_citation() {
        let text = "Jackson v. State, 139 S.W.3d 7 (Tex. App.\u{2014}Fort Worth 2004, \
                    pet. ref\u{2019}d) ........ 57 Johnson v. State, 169 S.W.3d 223 \
                    (Tex. Crim. App. 2005) ........ 23, 37 Wright v. State, 158 S.W.3d 590";
        let full: Vec<_> = cites(text)
            .into_iter()
            .filter(|c| c.kind == CitationKind::FullCase)
            .map(|c| c.volume_text().map(str::to_string))
            .collect();
        assert_eq!(
            full,
            vec![Some("139".into()), Some("169".into()), Some("158".into())]
        );
        // A prefatory page in Roman numerals still reads as a page.
        let preface = cites("See 57 Johns. xiv (1860).");
        assert_eq!(preface.first().and_then(|c| c.page_text()), Some("xiv"));
    }

    #[test]
    fn full_case_with_pin_court_and_year() {
        let cs = cites("Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006).");
        assert_eq!(cs.len(), 1);
        let c = &cs[0];
        assert_eq!(c.kind, CitationKind::FullCase);
        assert_eq!(c.case_name_text(), Some("Leon v. IDX Sys. Corp."));
        assert_eq!(c.volume_text(), Some("464"));
        assert_eq!(c.reporter_text(), Some("F.3d"));
        assert_eq!(c.page_text(), Some("951"));
        assert_eq!(c.pin_text().as_deref(), Some("959"));
        assert_eq!(c.court_text(), Some("9th Cir."));
        assert_eq!(c.year, Some(2006));
        assert_eq!(
            c.text,
            "Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006)"
        );
    }

    #[test]
    fn quoting_parenthetical_holds_a_nested_citation() {
        let t = "\"of cases.\"\" American LegalNet, Inc. v. Davis, 673 F.Supp.2d 1063, 1071 (C.D. Cal. 2009) (quoting Pueblo of Laguna v. United States, 60 Fed. Cl. 133, 135-36 (2004)). Plaintiff's motion";
        let cs = cites(t);
        assert_eq!(cs.len(), 2);
        assert_eq!(
            cs[0].case_name_text(),
            Some("American LegalNet, Inc. v. Davis")
        );
        assert_eq!(cs[0].reporter_standard, Some("F. Supp. 2d"));
        assert_eq!(cs[0].parentheticals.len(), 2);
        assert_eq!(cs[0].parentheticals[1].kind, ParentheticalKind::Quoting);
        assert_eq!(
            cs[1].case_name_text(),
            Some("Pueblo of Laguna v. United States")
        );
        assert_eq!(cs[1].nested_in, Some(0));
        assert_eq!(cs[1].pin_text().as_deref(), Some("135-36"));
        assert_eq!(cs[1].court_text(), None);
        assert_eq!(cs[1].year, Some(2004));
    }

    #[test]
    fn parallel_citations_and_string_cites() {
        let cs = cites("See Roe v. Wade, 410 U.S. 113, 153, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973); Doe v. Bolton, 410 U.S. 179 (1973).");
        assert_eq!(cs.len(), 4);
        assert_eq!(cs[1].parallel_to, Some(0));
        assert_eq!(cs[2].parallel_to, Some(0));
        assert_eq!(
            cs[0].year, None,
            "the year belongs to the last parallel cite's own text"
        );
        assert_eq!(cs[2].year, Some(1973));
        assert_eq!(cs[3].case_name_text(), Some("Doe v. Bolton"));
        assert_eq!(cs[3].clause, cs[0].clause);
        assert_eq!(cs[0].signal.map(|s| s.kind), Some(SignalKind::See));
    }

    #[test]
    fn short_forms_id_and_supra() {
        let t = "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009). Not enough. Iqbal, 556 U.S. at 678. Id. at 679. See id. Am. LegalNet, supra, at 1072. 673 F. Supp. 2d at 1072 n.3.";
        let cs = cites(t);
        let kinds: Vec<_> = cs.iter().map(|c| c.kind).collect();
        use CitationKind::*;
        assert_eq!(kinds, [FullCase, ShortCase, Id, Id, Supra, ShortCase]);
        assert_eq!(cs[1].case_name_text(), Some("Iqbal"));
        assert_eq!(cs[2].pin_text().as_deref(), Some("679"));
        assert_eq!(cs[3].signal.map(|s| s.kind), Some(SignalKind::See));
        assert_eq!(cs[4].case_name_text(), Some("Am. LegalNet"));
        assert_eq!(cs[5].pin_text().as_deref(), Some("1072 n.3"));
        assert_eq!(
            cs[1].proposition.map(|p| &t[p.start..p.end]),
            Some("Not enough.")
        );
        // The Supreme Court's own style: `439 F. 3d, at 1117`, `id., at 34a`.
        let sc = cites("Frederick v. Morse, 439 F. 3d 1114 (CA9 2006). It reversed. 439 F. 3d, at 1117–1118. See id., at 1121.");
        assert_eq!(sc.len(), 3);
        assert_eq!(
            (
                sc[1].kind,
                sc[1].reporter_text(),
                sc[1].pin_text().as_deref()
            ),
            (ShortCase, Some("F. 3d"), Some("1117–1118"))
        );
        assert_eq!(
            (sc[2].kind, sc[2].pin_text().as_deref()),
            (Id, Some("1121"))
        );
    }

    #[test]
    fn unreported_and_history() {
        let t = "State v. Smith, No. 2012AP1475-CR, 2013 WL 5811261, at *7 (Wis. Ct. App. Oct. 30, 2013). Toussaint v. McCarthy, 801 F.2d 1080, 1105 (9th Cir. 1986), abrogated on other grounds by Sandin v. Conner, 515 U.S. 472 (1995).";
        let cs = cites(t);
        assert_eq!(cs.len(), 3);
        assert_eq!(cs[0].reporter_text(), Some("WL"));
        assert_eq!(
            cs[0].case_name_text(),
            Some("State v. Smith"),
            "the docket number is skipped"
        );
        assert_eq!(cs[0].pin_text().as_deref(), Some("*7"));
        assert_eq!(cs[0].court_text(), Some("Wis. Ct. App."));
        assert_eq!(cs[0].year, Some(2013));
        assert_eq!(cs[1].history.len(), 1);
        assert_eq!(cs[2].history_of, Some(1));
        assert_eq!(cs[2].case_name_text(), Some("Sandin v. Conner"));
        assert_eq!(cs[2].year, Some(1995));
        assert_eq!(cs[1].year, Some(1986));
    }

    /// A docket number after the date: New York's bracket for a Westlaw cite (a judge's
    /// initials in parentheses inside it) and a California court's own docket number
    /// between the name and the volume.
    #[test]
    fn dates_followed_by_a_docket_number() {
        let ny =
            cites("(Doe v Roe, 2020 WL 1234567, *3 [SD NY, Mar. 3, 2020, No. 19-cv-1234 (AJN)]).");
        assert_eq!(ny.len(), 1);
        assert_eq!(
            (ny[0].court_text(), ny[0].year),
            (Some("SD NY"), Some(2020))
        );
        let ca = cites("(People v. Jones (Sept. 1, 2022, B312345) 80 Cal.App.5th 100, 105.)");
        assert_eq!(ca.len(), 1);
        assert_eq!((ca[0].court_text(), ca[0].year), (None, Some(2022)));
        assert_eq!(ca[0].case_name_text(), Some("People v. Jones"));
        let ca = cites("(People v. Veamatahau (Cal. Feb. 27, 2020, S249872) 9 Cal.5th 16.)");
        assert_eq!((ca[0].court_text(), ca[0].year), (Some("Cal."), Some(2020)));
        // A number that is no docket stays unread: `(Sept. 1, 2022, 12)`.
        let odd = cites("(People v. Jones (Sept. 1, 2022, 12) 80 Cal.App.5th 100.)");
        assert_eq!(odd[0].year, None);
    }

    #[test]
    fn statutes_rules_and_record_cites() {
        let t = "Jurisdiction lies under 28 U.S.C. §§ 1331, 1343 and Cal. Civ. Proc. Code § 425.16; see Fed. R. Civ. P. 26(b)(1); ECF No. 34 at 3; 28 C.F.R. § 35.130; Local Rule 230(l).";
        let cs = cites(t);
        let sections: Vec<_> = cs
            .iter()
            .map(|c| (c.kind, c.section_text().unwrap_or("").to_string()))
            .collect();
        use CitationKind::*;
        assert_eq!(
            sections,
            [
                (Statute, "1331".into()),
                (Statute, "1343".into()),
                (Statute, "425.16".into()),
                (Rule, "26(b)(1)".into()),
                (Record, String::new()),
                (Regulation, "35.130".into()),
                (Rule, "230(l)".into()),
            ]
        );
        assert_eq!(cs[2].reporter_text(), Some("Cal. Civ. Proc. Code"));
        assert_eq!(cs[0].volume_text(), Some("28"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_citation_like_noise(s in "[0-9A-Za-z .,;()§*'’–-]{0,120}") {
            let cs = extract(&s, &[]);
            for c in &cs {
                proptest::prop_assert!(c.span.end <= s.len());
            }
        }
        /// Citation fragments in random order and at the very end of the text.
        #[test]
        fn never_panics_on_citation_fragments(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Id.", "Id", "id.,", " at", " at ", "*3", " ", ", ", "556", " U.S.", " F. 3d,", "662", "(", ")", "(9th Cir.", " 2009",
            "Smith v. Jones", ", supra", "§", "§§ ", "1983", "42 U.S.C.", "Fed. R. Civ. P.", "ECF No.", " 34", "n.", "–", "-",
            "See, ", "aff'd", ";", ".", "___", "Schultz,487", "(quoting ", "Oct.", "\u{201d}",
        ]), 0..14)) {
            let s: String = parts.concat();
            let cs = extract(&s, &[]);
            for c in &cs {
                proptest::prop_assert!(c.span.end <= s.len() && c.span.start <= c.span.end);
            }
            let _ = crate::citations::checks::check_paragraph(&s, &Default::default(), crate::citations::style::StyleId::BLUEBOOK, &cs);
        }

        #[test]
        fn never_panics_on_any_text(s in "\\PC{0,80}") {
            let _ = extract(&s, &[Span::new(0, s.len())]);
        }
    }

    #[test]
    fn short_forms_cut_off_at_the_end_of_the_text() {
        for t in [
            "Id. at",
            "See id. at",
            "556 U.S. at",
            "Smith, supra, at",
            "ECF No. 34 at",
            "Id at",
            "42 U.S.C. §",
        ] {
            let _ = cites(t);
        }
        assert_eq!(cites("Id. at").len(), 1);
    }

    #[test]
    fn lost_spaces_and_blank_pages() {
        let glued =
            cites("see generally Milkovich v. Lorain Journal Co.,497 U.S. 1, 13-17 (1990).");
        assert_eq!(
            glued[0].case_name_text(),
            Some("Milkovich v. Lorain Journal Co.")
        );
        let star = cites("See Arkansas v. *9 Oklahoma, 503 U.S. 91, 101-02 (1992).");
        assert_eq!(star[0].kind, CitationKind::FullCase);
        let cs = cites(
        "Compare Frisby v. Schultz,487 U.S. 474 (1988), with Jones v. Bock, 549 U. S. ___ (2007).",
    );
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[0].case_name_text(), Some("Frisby v. Schultz"));
        assert_eq!(cs[0].volume_text(), Some("487"));
        assert_eq!(cs[0].signal.map(|s| s.kind), Some(SignalKind::Compare));
        assert_eq!(cs[1].page_text(), Some("___"));
        assert_eq!(cs[1].signal.map(|s| s.kind), Some(SignalKind::With));
    }

    /// Full citations eyecite found in the 1 MB brief that plead once missed (sentences
    /// from the opinions in tests/fixtures/opinions).
    #[test]
    fn page_breaks_closed_up_reporters_and_dated_volumes() {
        // A star page (a page break of the source) between volume and reporter.
        let star = cites("Sierra Club, 405 U.S. at 734, 92 *26 S.Ct. 1361 (finding that an adverse effect on the \"scenery\" was an injury).");
        assert_eq!(star.len(), 2);
        assert_eq!(
            (
                star[1].volume_text(),
                star[1].reporter_standard,
                star[1].page_text()
            ),
            (Some("92"), Some("S. Ct."), Some("1361"))
        );
        assert_eq!(star[1].parallel_to, Some(0));
        // `U.S.App. LEXIS`: the standard `U.S. App. LEXIS` partly closed up.
        let lexis = cites("See Silva v. Witschen, 19 F.3d 725, 727-729 (1st Cir. 1994); Afanador v. United States Postal Service, 976 F.2d 724, 1992 WL 225920, 1992 U.S.App. LEXIS 30071 (1st Cir.1992) (unpublished table decision).");
        assert_eq!(lexis.len(), 4);
        assert_eq!(lexis[3].reporter_text(), Some("U.S.App. LEXIS"));
        assert_eq!(lexis[3].reporter_standard, Some("U.S. App. LEXIS"));
        assert_eq!(lexis[3].page_text(), Some("30071"));
        assert_eq!(
            (lexis[2].parallel_to, lexis[3].parallel_to),
            (Some(1), Some(1))
        );
        assert_eq!(lexis[3].year, Some(1992));
        // A year–issue volume of the Internal Revenue Bulletin.
        let irb = cites("See Rev. Proc. 2010-9, 2010-2 I.R.B. 258; Branch Ministries v. Rossotti, 211 F.3d 137, 141-42 (D.C.Cir.2000).");
        assert_eq!(irb.len(), 2);
        assert_eq!(
            (
                irb[0].volume_text(),
                irb[0].reporter_text(),
                irb[0].page_text()
            ),
            (Some("2010-2"), Some("I.R.B."), Some("258"))
        );
        assert_eq!(
            irb[1].case_name_text(),
            Some("Branch Ministries v. Rossotti")
        );
        assert!(cites("The vote was 2010-2 in favor.").is_empty());
        // A page glued to its reporter by a lost space, before a parallel cite.
        let glued = cites("320 Conn.706, 135 A. 3d 677, reversed and remanded.");
        assert_eq!(glued.len(), 2);
        assert_eq!(glued[0].kind, CitationKind::FullCase);
        assert_eq!(
            (
                glued[0].volume_text(),
                glued[0].reporter_text(),
                glued[0].page_text()
            ),
            (Some("320"), Some("Conn."), Some("706"))
        );
        assert_eq!(glued[1].parallel_to, Some(0));
    }

    /// The stack of open parentheticals answers as a search of every earlier citation
    /// would (`container_of` asserts it in tests) on every paragraph of the fixture
    /// opinions, whole and run together into one long paragraph, and on a string cite.
    #[test]
    fn open_parenthetical_stack_agrees_with_a_full_search() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/opinions");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("fixture opinions")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        let mut nested = 0;
        for path in &files {
            let text = std::fs::read_to_string(path).expect("fixture opinion");
            for paragraph in text.split("\n\n") {
                let joined = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
                nested += cites(&joined)
                    .iter()
                    .filter(|c| c.nested_in.is_some())
                    .count();
            }
            let whole = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = cites(&whole[..whole.floor_char_boundary(64 * 1024)]);
        }
        assert!(nested > 10, "the opinions nest citations in parentheticals");
        let unit = "See Leon v. IDX Sys. Corp., 464 F.3d 951, 959 (9th Cir. 2006) (quoting Anderson v. Liberty Lobby, Inc., 477 U.S. 242, 248 (1986) (citing id. at 5) (alteration)) (per curiam); id. at 960; ";
        let string_cite = unit.repeat(50);
        let cs = cites(&string_cite);
        assert_eq!(cs.len(), 200);
        assert_eq!(cs[2].nested_in, Some(1));
        assert_eq!(cs[1].nested_in, Some(0));
        assert_eq!(cs[3].nested_in, None);
    }

    #[test]
    fn no_citations_in_plain_prose() {
        assert!(cites("On September 18, 2018, Plaintiff filed 3 motions in 2 courts.").is_empty());
        assert!(cites("The Court set the deadline for October 8, 2018 at 10 a.m.").is_empty());
    }
}
