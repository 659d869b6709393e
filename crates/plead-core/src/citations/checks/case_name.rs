//! Case names in citations: T6 abbreviations (not in textual sentences) and `v.`.

use super::{CheckCx, CASE_NAME_ABBREVIATION, SPACE_BEFORE_COMMA, VERSUS};
use crate::analysis::{Finding, Fix, Span};
use crate::citations::case_names::t6_abbreviation;
use crate::citations::model::{Citation, CitationKind};
use crate::citations::reporters::table;
use crate::citations::scan::{starts_with_phrase, HISTORY};
use crate::citations::style::StyleId;

/// Words that continue a citation sentence after a comma (`…, citing …`,
/// `…, and cases cited therein`), besides subsequent history.
const CITATION_CONNECTORS: &[&str] = &[
    "citing",
    "quoting",
    "cited in",
    "cited with approval",
    "and cases cited",
    "and the cases cited",
    "and authorities cited",
    "S.C.",
    "cert.",
];

/// Whether a full citation's case name is used in a textual sentence (Bluebook R10.2.1:
/// no T6 abbreviations) rather than in a citation sentence or clause (R10.2.2, R1.1).
///
/// A citation sentence or clause: a signal introduces the citation; it sits in a
/// parenthetical or subsequent history of another citation, or follows it in a
/// string cite; it follows a clause break (`,`, `;`, `(`, a quotation that ends with a
/// comma); or it opens a sentence that it ends (or that goes on only with citation
/// words: `, citing …`, `, and cases cited therein`, history).
/// A textual sentence: words of the sentence lead to the case name ("In Leon Systems
/// v. Smith, … the court held", "relies on …"), the sentence opens with the citation
/// and goes on with its predicate ("Leon Systems v. Smith, 1 F.3d 1 (2000), held …"),
/// or the name, after a comma, renames a noun and a relative clause follows ("a case,
/// Leon Systems v. Smith, …, which held"): the name is part of the sentence's grammar.
fn is_textual(text: &str, cites: &[Citation], i: usize) -> bool {
    let c = &cites[i];
    // Walks back over this clause only (nested citations share their holder's clause).
    let follows_in_string_cite = cites[..i]
        .iter()
        .rev()
        .take_while(|o| o.clause == c.clause)
        .any(|o| o.nested_in.is_none());
    if c.signal.is_some()
        || c.nested_in.is_some()
        || c.history_of.is_some()
        || c.parallel_to.is_some()
        || follows_in_string_cite
    {
        return false;
    }
    match char_before(text, c.span.start) {
        // The name continues the sentence's words.
        Some(ch) if ch.is_alphanumeric() => true,
        // After a comma the name renames the noun before it (an appositive) when a
        // relative clause describes it next (`a case from the Northern District,
        // On Command Video Corp. v. …, 777 F. Supp. 787 (N.D. Cal. 1991), which held`);
        // otherwise the citation is a clause of its own.
        Some(',') => sentence_words_after(text, cites, i)
            .is_some_and(|rest| RELATIVES.iter().any(|r| rest.starts_with(r))),
        // Any other clause break: a citation clause.
        Some(';' | ':' | '(' | '[' | '\u{2014}' | '\u{2013}') => false,
        // The citation opens its sentence: textual only if the sentence goes on.
        _ => sentence_words_after(text, cites, i).is_some(),
    }
}

/// The last character before `pos` that is not a space or a closing quotation mark
/// (a quotation that ends with a comma or period ends with the quote mark).
fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos]
        .trim_end()
        .trim_end_matches(['"', '\u{201d}', '\u{2019}', '\''])
        .chars()
        .last()
}

/// What follows citation `i`'s clause (its string cites, parentheticals and
/// history) after a comma, if it is words of a sentence rather than citation words
/// (`, citing …`, `, and cases cited therein`, history, `, and` another citation)
/// or citation pieces the scanner left (`, n. 24`).
fn sentence_words_after<'t>(text: &'t str, cites: &[Citation], i: usize) -> Option<&'t str> {
    let clause = cites[i].clause;
    let end = cites[i..]
        .iter()
        .take_while(|o| o.clause == clause)
        .map(|o| o.span.end)
        .max()
        .unwrap_or(cites[i].span.end);
    let rest = text[end..].strip_prefix(", ")?;
    let next_citation = cites[i..]
        .iter()
        .find(|o| o.span.start >= end)
        .map(|o| o.signal.map_or(o.span.start, |s| s.span.start));
    // `…, and Doe v. Roe, 2 U.S. 2 (1991).`: citations joined by "and".
    if let (Some(and), Some(next)) = (rest.strip_prefix("and "), next_citation) {
        if text.len() - and.len() == next {
            return None;
        }
    }
    let connector = |w: &&str| starts_with_phrase(rest, w).is_some();
    if CITATION_CONNECTORS.iter().any(connector) || HISTORY.iter().any(connector) {
        return None;
    }
    let word = rest.split(' ').next().unwrap_or("");
    let is_word = !word.is_empty()
        && word
            .chars()
            .all(|ch| ch.is_alphabetic() || matches!(ch, '\'' | '\u{2019}' | '-'));
    is_word.then_some(rest)
}

/// Words that attach a relative clause to the noun before them.
const RELATIVES: &[&str] = &["which ", "where ", "in which ", "whose ", "who ", "that "];

/// `Smith Holdings LLC , 209 So. 3d 1`: a space before the comma after the name. Not
/// where the name's italics or underlining end (`<u>American LegalNet, Inc.</u> , 673`
/// in an order OCR'd from pleading paper): there the space is the markup's.
fn check_space_before_comma(cx: &mut CheckCx, c: &Citation) {
    let (Some(name), Some(volume)) = (c.case_name, c.volume) else {
        return;
    };
    // `cert. denied, ___ U.S. ___, 112 S. Ct. 69` with the blanks lost: no name at all.
    let reporter_as_name = table().lookup(cx.slice(name)).is_some();
    if cx.slice(Span::new(name.end, volume.start)) != " , " || reporter_as_name {
        return;
    }
    let markup = cx
        .emphasis
        .iter()
        .any(|e| e.end + 1 >= name.end && e.end <= name.end + 1);
    if !markup {
        cx.report_fix(
            &SPACE_BEFORE_COMMA,
            Span::new(name.end, name.end + 2),
            "No space before the comma after the case name (Bluebook R10.2).".into(),
            ",".into(),
        );
    }
}

pub(super) fn check(cx: &mut CheckCx, cites: &[Citation], i: usize) {
    let c = &cites[i];
    if matches!(c.kind, CitationKind::FullCase | CitationKind::ShortCase) {
        check_space_before_comma(cx, c);
    }
    if c.kind != CitationKind::FullCase {
        return;
    }
    let Some(name) = c.case_name else { return };
    if let Some(v) = c.versus {
        check_versus(cx, v, name);
        check_united_states(cx, v, name);
    }
    // California and New York style do not impose the Bluebook's T6 abbreviations; the
    // Style Manual writes the superior court out (`Lewis v. Superior Court (1999) 19
    // Cal.4th 1232`).
    if !cx.style.case_name_abbreviations {
        if cx.style.id == StyleId::CALIFORNIA {
            if let Some(k) = cx.slice(name).find("Super. Ct.") {
                let start = name.start + k;
                cx.report_fix(
                    &CASE_NAME_ABBREVIATION,
                    Span::new(start, start + "Super. Ct.".len()),
                    format!(
                        "{} writes the court a party out: “Superior Court” ({}).",
                        cx.style.name, cx.style.rules.versus
                    ),
                    "Superior Court".into(),
                );
            }
        }
        return;
    }
    if is_textual(cx.text, cites, i) {
        return;
    }
    let text = cx.slice(name).to_string();
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .collect();
    let kept = words_kept_whole(&words);
    let mut found: Vec<(Span, &str, String)> = Vec::new();
    // First words of parties that T6 abbreviates (`American Telephone & Telegraph Co.`):
    // never reported (see `words_kept_whole`), but offered in a second whole-name fix.
    let mut first_words: Vec<(Span, &str, String)> = Vec::new();
    for (k, (offset, word)) in words.iter().enumerate() {
        if kept[k] == Kept::Place {
            continue;
        }
        let bare = word.trim_end_matches([',', ';']);
        let next = words.get(k + 1).map(|w| w.1);
        if let Some(abbr) = t6_abbreviation(bare, next) {
            let start = name.start + offset;
            let entry = (
                Span::new(start, start + bare.len()),
                bare,
                abbr.into_owned(),
            );
            if kept[k] == Kept::FirstWord {
                first_words.push(entry);
            } else {
                found.push(entry);
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // Several words of one name (`Employers Mutual Casualty Co.`): each finding also
    // offers the whole name abbreviated, one edit for all of them.
    let abbreviated = |words: &[&(Span, &str, String)]| {
        let mut fixed = String::new();
        let mut at = name.start;
        for (span, _, abbr) in words {
            fixed.push_str(&cx.text[at..span.start]);
            fixed.push_str(abbr);
            at = span.end;
        }
        fixed.push_str(&cx.text[at..name.end]);
        fixed
    };
    let whole = (found.len() > 1).then(|| abbreviated(&found.iter().collect::<Vec<_>>()));
    // The Bluebook's own rule abbreviates a party's first word too (R10.2.2, "even if the
    // word is the first word in a party's name"): offered second, for a name already
    // reported, since many courts keep that word whole.
    let with_first = (!first_words.is_empty()).then(|| {
        let mut all: Vec<&(Span, &str, String)> = found.iter().chain(&first_words).collect();
        all.sort_by_key(|(span, _, _)| span.start);
        abbreviated(&all)
    });
    for (span, bare, abbr) in found {
        let message =
            format!("In a citation, “{bare}” is abbreviated “{abbr}” (Bluebook R10.2.2, T6).");
        let mut finding = Finding::new(span, &CASE_NAME_ABBREVIATION, message)
            .with_fix(Fix::replace(span, abbr, true));
        if let Some(whole) = &whole {
            let mut all = Fix::replace(name, whole.clone(), false);
            all.title = format!("Abbreviate the whole name: “{whole}”").into();
            finding = finding.with_fix(all);
        }
        if let Some(with_first) = &with_first {
            let mut all = Fix::replace(name, with_first.clone(), false);
            all.title =
                format!("Abbreviate every word, a party's first too (R10.2.2): “{with_first}”")
                    .into();
            finding = finding.with_fix(all);
        }
        cx.findings.push(finding);
    }
}

/// Why a word of a case name keeps its spelling in spite of T6.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kept {
    /// Abbreviated as T6 says.
    No,
    /// The first word of a party: left alone, offered only in a second fix.
    FirstWord,
    /// A word of a place named as a party: never abbreviated.
    Place,
}

/// The parties are separated as the style separates them: `v.` (Bluebook R10.2.1,
/// California), `v` (New York).
/// `U.S. v. Sandoval-Mendoza`: a party named the United States is written out in every
/// style (Bluebook R10.2.2: "United States" is never abbreviated; the California and New
/// York manuals write `United States v.` too).
fn check_united_states(cx: &mut CheckCx, v: Span, name: Span) {
    let party = cx.slice(Span::new(name.start, v.start)).trim_end();
    if !matches!(party, "U.S." | "U. S." | "US" | "USA" | "U.S.A.") {
        return;
    }
    let span = Span::new(name.start, name.start + party.len());
    cx.report_fix(
        &super::CASE_NAME_ABBREVIATION,
        span,
        format!("“{party}” as a party is written “United States” (Bluebook R10.2.2)."),
        "United States".into(),
    );
}

fn check_versus(cx: &mut CheckCx, v: Span, name: Span) {
    let written = cx.slice(v).to_string();
    let wanted = cx.style.versus.as_str();
    if written == wanted {
        return;
    }
    let rule = &cx.style.rules.versus;
    if written == "v" || written == "vs" {
        // Include the next word so the fix reads naturally (`v Pliler` → `v. Pliler`).
        let rest = &cx.text[v.end..name.end];
        let next_end = rest
            .trim_start()
            .find(' ')
            .map_or(name.end, |k| v.end + 1 + k);
        let span = Span::new(v.start, next_end);
        let next = cx.slice(Span::new(v.end + 1, next_end)).to_string();
        cx.report_fix(
            &VERSUS,
            span,
            format!("Separate the parties with “{wanted}” ({rule})."),
            format!("{wanted} {next}"),
        );
    } else {
        cx.report_fix(
            &VERSUS,
            v,
            format!("Use “{wanted}”, not “{written}” ({rule})."),
            wanted.to_string(),
        );
    }
}

/// Words that separate the parties of a case name, or open a procedural phrase
/// before a party (`In re`, `ex rel.`, `Matter of`).
const PARTY_BREAKS: &[&str] = &["v.", "vs.", "v", "vs", "V."];
const PROCEDURAL: &[&str] = &[
    "In", "re", "Ex", "ex", "parte", "rel.", "Matter", "Estate", "of", "The", "the", "(In",
];
/// Geographic units that, with a place's name, make a party a place (`St. Louis County`,
/// `City & County of San Francisco`): a place named as a party keeps its words.
const GEOGRAPHIC_UNITS: &[&str] = &[
    "County",
    "City",
    "Village",
    "Town",
    "Township",
    "Borough",
    "Parish",
    "District",
    "State",
    "Commonwealth",
    "Territory",
];

/// Nouns that make a party an institution of a place rather than the place.
const INSTITUTIONS: &[&str] = &[
    "Bank",
    "Trust",
    "Church",
    "Club",
    "Union",
    "Facility",
    "Jail",
    "Prison",
    "Court",
    "Clerk",
    "Sheriff",
    "Police",
    "Schools",
    "Reorganized",
    "Consolidated",
    "Hospital",
    "Water",
    "Fire",
];

/// Which words of a case name keep their spelling in spite of T6: every word of a party
/// that is a place (`St. Louis County v. …`; Bluebook R10.2.2 leaves a geographical
/// unit named as a party whole), and the first word of each party (`v. Commissioner`,
/// `Board of Educ.`, `District of Columbia`). The Bluebook since its 19th edition
/// abbreviates even a party's first word (R10.2.2: "even if the word is the first word
/// in a party's name"), but the Supreme Court, the Tax Court and many state courts do
/// not, and earlier editions did not either: on real writing a finding there is far
/// more often a matter of house style than an error, so plead leaves it alone.
fn words_kept_whole(words: &[(usize, &str)]) -> Vec<Kept> {
    let mut kept = vec![Kept::No; words.len()];
    let mut start = 0;
    while start < words.len() {
        let end = (start..words.len())
            .find(|&k| {
                let w = words[k].1;
                PARTY_BREAKS.contains(&w) || (w == "rel." && k > start)
            })
            .unwrap_or(words.len());
        let party = &words[start..end];
        // The first word after a procedural phrase (`In re Turner …`, `Matter of Dutchess …`).
        let first = party
            .iter()
            .position(|(_, w)| !PROCEDURAL.contains(&w.trim_end_matches(',')) || *w == "State");
        if let Some(f) = first {
            kept[start + f] = Kept::FirstWord;
        }
        // A place: units and the words of a place's name (`St. Louis`, `San Francisco`),
        // nothing abbreviated or institutional (`Loudoun County Pub. Sch.` is a school
        // board, `McLean County Bank` a bank).
        let place = party
            .iter()
            .any(|(_, w)| GEOGRAPHIC_UNITS.contains(&w.trim_end_matches(',')))
            && party.iter().all(|(_, w)| {
                let w = w.trim_end_matches(',');
                let place_word = w.starts_with(|c: char| c.is_uppercase())
                    && (!w.ends_with('.') || matches!(w, "St." | "Ste." | "Ft." | "Mt."))
                    && !INSTITUTIONS.contains(&w)
                    && t6_abbreviation(w, None).is_none();
                GEOGRAPHIC_UNITS.contains(&w)
                    || matches!(w, "of" | "&" | "and" | "the" | "The")
                    || place_word
            });
        if place {
            kept[start..end].iter_mut().for_each(|k| *k = Kept::Place);
        }
        start = end + 1;
    }
    kept
}

#[cfg(test)]
mod tests {
    use crate::citations::checks::{check_paragraph, CASE_NAME_ABBREVIATION};
    use crate::citations::scan::extract;

    /// The words of `text` flagged for a T6 abbreviation.
    fn flagged(text: &str) -> Vec<&str> {
        let cites = extract(text, &[]);
        check_paragraph(
            text,
            &Default::default(),
            crate::citations::style::StyleId::BLUEBOOK,
            &cites,
        )
        .into_iter()
        .filter(|f| f.code == CASE_NAME_ABBREVIATION.code)
        .map(|f| &text[f.span.start..f.span.end])
        .collect()
    }

    /// R10.2.1: a case name that is part of a textual sentence keeps its words, with or
    /// without a citation after it (sentences from tests/fixtures/opinions and the
    /// seed order).
    #[test]
    fn names_in_textual_sentences_keep_their_words() {
        for text in [
            // Words of the sentence lead to the name.
            "As the Supreme Court recognized in West Virginia State Board of Education v. Barnette, 319 U.S. 624, 63 S.Ct. 1178, 87 L.Ed. 1628 (1943), to recite the Pledge is to \"declare a belief\" and \"affirm[] ... an attitude of mind.\" Id. at 631, 633, 63 S.Ct. 1178.",
            "In support of her argument, Seger-Thomschitz relies on American Insurance Association v. Garamendi, 539 U.S. 396, 123 S.Ct. 2374, 156 L.Ed.2d 376 (2003).",
            "The parties do not contest the district court's application of the standard set out in Stone v. University of Maryland Medical System Corp., 855 F.2d 167 (4th Cir. 1988), which was cited by this court in Walker v. Waltham Housing Authority, 44 F.3d 1042, 1047 (1st Cir.1995).",
            "Pence argues that McLean County Bank v. Brokaw, 119 Ill. 2d 405, 519 N.E.2d 453 (1988), is controlling here.",
            "In Leon v. IDX Systems Corp., the court held that a party's destruction of evidence qualifies as willful spoliation.",
            // The citation opens the sentence, and the name is its subject.
            "Leon v. IDX Systems Corp., 464 F.3d 951, 959 (9th Cir. 2006), held that a party's destruction of evidence qualifies as willful spoliation if the party has some notice that the documents were potentially relevant.",
            // An appositive, described by a relative clause.
            "The district court also relied on a case from the Northern District of California, On Command Video Corp. v. Columbia Pictures Industries, 777 F.Supp. 787 (N.D.Cal.1991), which held that when the relationship between the transmitter and the audience of a performance is commercial, the transmission is \"to the public.\"",
        ] {
            assert_eq!(flagged(text), Vec::<&str>::new(), "{text}");
        }
    }

    /// R10.2.2: in citation sentences and clauses the T6 words are abbreviated.
    #[test]
    fn names_in_citation_sentences_and_clauses_take_t6_abbreviations() {
        let cases: [(&str, &[&str]); 8] = [
            // A citation sentence (after a quotation that ends the sentence).
            ("\"A party's destruction of evidence qualifies as willful spoliation if the party has some notice that the documents were potentially relevant to the litigation before they were destroyed.\" Leon v. IDX Systems Corp. , 464 F.3d 951, 959 (9th Cir. 2006). Discovery in this action is ongoing.", &["Systems"]),
            ("Speech on public issues is not punishable because it is misguided, or even hurtful.” Hurley v. Irish-American Gay, Lesbian and Bisexual Group of Boston, Inc., 515 U. S. 557, 574 (1995).", &["Group"]),
            // A signal inside a textual sentence opens a citation clause.
            ("And just as the alleged educational benefits of segregation were insufficient to justify racial discrimination then, see Brown v. Board of Education, 347 U. S. 483 (1954), the alleged educational benefits of diversity cannot justify racial discrimination today.", &["Education"]),
            // A string cite: the second citation too.
            ("See, e.g., Blalock v. Schwinden, 862 F. 2d 1352, 1354 (CA9 1988); Stoner v. Wisconsin Dept. of Agriculture, Trade and Consumer Protection, 50 F. 3d 481, 482–483 (CA7 1995).", &["Protection"]),
            // A citation inside another citation's parenthetical.
            ("Hazelwood School Dist. v. Kuhlmeier, 484 U. S. 260, 273 (1988) (noting the schools' authority (quoting Tinker v. Des Moines Independent Community School Dist., 393 U. S. 503, 507 (1969))).", &["School", "Independent", "Community", "School"]),
            // A citation sentence that goes on only with citation words.
            ("The rule is settled. West Virginia State Board of Education v. Barnette, 319 U.S. 624, 63 S.Ct. 1178, 87 L.Ed. 1628 (1943), and cases cited therein.", &["Board", "Education"]),
            ("See American Insurance Association v. Garamendi, 539 U.S. 396, 123 S.Ct. 2374, 156 L.Ed.2d 376 (2003); Stone v. University of Maryland Medical System Corp., 855 F.2d 167 (4th Cir. 1988), cert. denied, 490 U.S. 1001 (1989).", &["Insurance", "Association", "Medical", "System"]),
            // A citation clause after a comma, not described by what follows.
            ("The complaint need only be plausible, Leon v. IDX Systems Corp., 464 F.3d 951, 959 (9th Cir. 2006), and this one is.", &["Systems"]),
        ];
        for (text, words) in cases {
            assert_eq!(flagged(text), words, "{text}");
        }
    }

    /// Issue 19's miss: a stray space before the comma after a case name (not where
    /// the name's underlining ends, as in the seed order).
    #[test]
    fn a_space_before_the_comma_after_the_name() {
        use crate::analysis::Span;
        use crate::citations::checks::{check_paragraph_with, SPACE_BEFORE_COMMA};
        let spaced = |text: &str, emphasis: &[Span]| -> Vec<String> {
            let cites = extract(text, emphasis);
            check_paragraph_with(
                text,
                emphasis,
                &Default::default(),
                crate::citations::style::StyleId::BLUEBOOK,
                &cites,
            )
            .into_iter()
            .filter(|f| f.code == SPACE_BEFORE_COMMA.code)
            .map(|f| text[f.span.start..f.span.end].to_string())
            .collect()
        };
        let text = "The release bars the claim. Smith v. Ocean Holdings LLC , 209 So. 3d 1, 4 (Fla. Dist. Ct. App. 2016).";
        assert_eq!(spaced(text, &[]), [" ,"]);
        let seed = "Generalized, unsupported concerns simply to not suffice. American LegalNet, Inc. , 673 F.Supp.2d at 1072.";
        let start = seed.find("American").unwrap_or(0);
        let underlined = Span::new(start, start + "American LegalNet, Inc.".len());
        assert_eq!(spaced(seed, &[underlined]), Vec::<String>::new());
    }

    /// The first word of a party and a place named as a party keep their words
    /// (sentences from tests/fixtures/opinions: the Tax Court, the Supreme Court, Missouri).
    #[test]
    fn first_words_of_parties_and_places_keep_their_words() {
        let cases: [(&str, &[&str]); 7] = [
            ("See Rule 36(c); Diamond v. Commissioner, 92 T.C. 423, 446 (1989), affd. 930 F.2d 372 (4th Cir. 1991).", &[]),
            ("Generally, the word “include” is not a word of limitation, but rather of enlargement. St. Louis County v. State Highway Comm’n, 409 S.W.2d 149, 153 (Mo.1966).", &[]),
            ("The joint stipulation bound the parties. Board of Regents of Univ. of Wis. System v. Southworth, 529 U. S. 217, 226 (2000).", &["System"]),
            ("The standard of review is de novo. General Casualty Insurance Co. v. Lacey, 199 Ill. 2d 281, 284, 769 N.E.2d 18 (2002).", &["Casualty", "Insurance"]),
            ("See Consolidated Edison Co. of N. Y. v. Public Serv. Comm'n of N. Y., 447 U.S. 530, 536 (1980).", &[]),
            ("Air Transp. Ass’n of Am. v. City & County of San Francisco, 266 F.3d 1064, 1076 (9th Cir. 2001).", &[]),
            ("See Myers v. Loudoun County Pub. Sch., 418 F.3d 395, 407 (4th Cir.2005).", &["County"]),
        ];
        for (text, words) in cases {
            assert_eq!(flagged(text), words, "{text}");
        }
    }
}
