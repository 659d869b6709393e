//! Case names: where a name starts (walking back from the comma before the
//! volume), and the Bluebook T6 abbreviations of words in case names.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::tables::rows;
use crate::analysis::Span;

const T6_TSV: &str = include_str!("../../data/case_name_abbreviations.tsv");

/// Word → T6 abbreviation (`Systems` → `Sys.`), and the set of abbreviations.
struct T6 {
    by_word: FxHashMap<&'static str, &'static str>,
    abbreviations: FxHashSet<&'static str>,
}

static TABLE: LazyLock<T6> = LazyLock::new(|| {
    let mut by_word = FxHashMap::default();
    let mut abbreviations = FxHashSet::default();
    for row in rows(T6_TSV) {
        if let (Some(word), Some(abbr)) = (row.first().copied(), row.get(1).copied()) {
            by_word.entry(word).or_insert(abbr);
            abbreviations.insert(abbr);
        }
    }
    abbreviations.extend(BUSINESS_WORDS);
    abbreviations.extend(NAME_ABBREVIATIONS);
    T6 {
        by_word,
        abbreviations,
    }
});

/// Words a case name keeps spelled out in spite of T6: the party `United States`
/// (IB R11.5.8) and `and` (too ambiguous to flag in prose-like names).
const KEEP: &[&str] = &["United", "States", "America", "and"];
/// A geographic word that is part of a place named as a party (`South Dakota`).
const PLACE_SECOND_WORDS: &[&str] = &["Carolina", "Dakota", "Virginia", "Bend", "Africa", "Korea"];

/// The T6 abbreviation for a word of a case name in a citation, if it takes one.
pub fn t6_abbreviation(word: &str, next_word: Option<&str>) -> Option<Cow<'static, str>> {
    if KEEP.contains(&word) {
        return None;
    }
    let abbr: &'static str = match TABLE.by_word.get(word) {
        Some(a) => a,
        // Plurals take an `s` before the period (`Electronics` → `Elecs.`).
        None => {
            let singular = word.strip_suffix('s')?;
            let a = TABLE.by_word.get(singular)?;
            return a
                .strip_suffix('.')
                .map(|stem| Cow::Owned(format!("{stem}s.")));
        }
    };
    let geographic = matches!(word, "North" | "South" | "East" | "West");
    if geographic
        && next_word.is_some_and(|n| PLACE_SECOND_WORDS.contains(&n.trim_end_matches([',', '.'])))
    {
        return None;
    }
    Some(Cow::Borrowed(abbr))
}

/// Business designations that may follow a comma inside a name (`Lobby, Inc.`).
const BUSINESS_WORDS: &[&str] = &[
    "Inc.", "Co.", "Corp.", "Ltd.", "U.S.A.", "Inc", "Co", "L.L.C.", "LLC", "LLC.", "L.P.", "LP",
    "LLP", "L.L.P.", "N.A.", "P.C.", "P.A.", "S.A.", "PLC", "AG", "GmbH",
];
/// Other abbreviations common in names that end in a period.
const NAME_ABBREVIATIONS: &[&str] = &[
    // Non-standard but common forms found in opinions.
    // `Lewis v. Super. Ct.`: a court a party, abbreviated as T7 does (California writes it
    // out, and says so).
    "Super.",
    "Dept.",
    "Assn.",
    "Natl.",
    "Intl.",
    "Govt.",
    "Commn.",
    "Commr.",
    "Cty.",
    "Nat.",
    "No.",
    "Bros.",
    "Cnty.",
    "Sch.",
    "Dist.",
    "Twp.",
    "Trs.",
    "Dep't",
    "Comm'r",
    "Comm'n",
    "Ass'n",
    "Int'l",
    "Nat'l",
    "Gov't",
    "Sec'y",
    "Mfg.",
    "Mfrs.",
    "Indus.",
    "Servs.",
    "Sys.",
    "Univ.",
    "Educ.",
    "Hosp.",
    "Ins.",
    "Inv.",
    "Prods.",
    "Tech.",
    "Transp.",
    "Envtl.",
    "Cmty.",
    "Ctr.",
    "Emps.",
    "Fin.",
    "Hous.",
    "Mgmt.",
    "Mktg.",
    "Pharm.",
    // West's plurals of Table 6 words (`Teva Pharms. USA, Inc. v. Sandoz, Inc.`).
    "Pharms.",
    "Labs.",
    "Techs.",
    "Invs.",
    "Assocs.",
    "Cos.",
    "Props.",
    "Ret.",
    "Sav.",
    "Sec.",
    "Sols.",
    "Tel.",
    "Tr.",
    "Util.",
    "Elecs.",
    "Entm't",
    "Env't",
    "Cal.",
    "Tex.",
    "Fla.",
    "Ill.",
    "Mass.",
    "Mich.",
    "Pa.",
    "Va.",
    "Wash.",
    "Wis.",
    "Ariz.",
    "Colo.",
    "Conn.",
    "Ga.",
    "Ky.",
    "La.",
    "Md.",
    "Minn.",
    "Miss.",
    "Mo.",
    "Mont.",
    "Neb.",
    "Nev.",
    "Okla.",
    "Or.",
    "Tenn.",
    "Vt.",
    "Wyo.",
    "Ala.",
    "Ark.",
    "Del.",
    "Haw.",
    "Ind.",
    "Kan.",
    "Me.",
    "St.",
    "Mt.",
    "Ft.",
    "Jr.",
    "Sr.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Cir.",
    "Bd.",
    "Dev.",
    "Med.",
    "Mut.",
    "Am.",
    "Atl.",
    "Cont'l",
    "Pac.",
    "Ry.",
    "R.R.",
    "Fed.",
    "Gen.",
    "Metro.",
    "Mun.",
    "Ave.",
    "Rd.",
    "Soc'y",
    "Auth.",
    "Admin.",
    "Acad.",
    "Agric.",
    "Bhd.",
    "Bldg.",
    "Bus.",
    "Cas.",
    "Chem.",
    "Coal.",
    "Coll.",
    "Comm.",
    "Commc'ns",
    "Constr.",
    "Coop.",
    "Corr.",
    "Det.",
    "Distrib.",
    "Div.",
    "E.",
    "N.",
    "S.",
    "W.",
    "Econ.",
    "Elec.",
    "Eng'g",
    "Enters.",
    "Equip.",
    "Exch.",
    "Exec.",
    "Fid.",
    "Found.",
    "Grp.",
    "Guar.",
    "Indem.",
    "Info.",
    "Inst.",
    "Lab.",
    "Liab.",
    "Mach.",
    "Mech.",
    "Mem'l",
    "Merch.",
    "Mortg.",
    "Nw.",
    "Ne.",
    "Sw.",
    "Se.",
    "Org.",
    "Pers.",
    "Prof'l",
    "Pub.",
    "Publ'g",
    "Refin.",
    "Reg'l",
    "Rehab.",
    "Res.",
    "Rest.",
    "Sch.",
    "Scis.",
    "Serv.",
    "S'holder",
    "Soc.",
    "Steamship",
    "Sur.",
    "Telecomms.",
    "Temp.",
    "Tpk.",
    "Unif.",
    "Vill.",
    "Ltd.",
    "re",
    "rel.",
    "ex",
];

/// Lowercase words that may sit inside a case name.
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "de", "del", "la", "le", "du", "von", "van", "der", "ex", "rel.",
    "re", "on", "in", "v.", "vs.", "v", "&", "a", "an", "to", "at", "by", "d/b/a", "et", "al.",
    "y", "upon", "ex.",
];

/// Capitalized words that start a sentence or clause rather than a name.
const STOP_WORDS: &[&str] = &[
    "See",
    "See,",
    "Cf.",
    "But",
    "Compare",
    "Accord",
    "Contra",
    "E.g.,",
    "Also",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Under",
    "As",
    "At",
    "After",
    "Before",
    "Because",
    "Since",
    "Although",
    "When",
    "While",
    "Where",
    "Here",
    "There",
    "Thus",
    "Therefore",
    "However",
    "However,",
    "Moreover,",
    "Furthermore,",
    "Moreover",
    "Furthermore",
    "Similarly,",
    "Accordingly,",
    "Finally,",
    "Indeed,",
    "Likewise,",
    "Notably,",
    "Citing",
    "Quoting",
    "Following",
    "Applying",
    "Per",
    "From",
    "By",
    "With",
    "Unlike",
    "Like",
    "Even",
    "If",
    "And",
    "Or",
    "Nor",
    "So",
    "Yet",
    "Then",
    "Both",
    "Each",
    "Neither",
    "Either",
    "Our",
    "Its",
    "Their",
    "His",
    "Her",
    "We",
    "It",
    "Id.",
    "In",
    "On",
    "For",
    "To",
    "Of",
    "Also,",
    "Cf",
    "See.",
    "Relying",
    "Quoted",
];

/// A token (without a trailing comma) that ends with a period but is an abbreviation, not a sentence end.
pub fn is_abbreviation(token: &str) -> bool {
    if TABLE.abbreviations.contains(token) {
        return true;
    }
    let body = token.trim_end_matches('.');
    // Initials and short abbreviations: `U.S.`, `A.`, `Co.`, `Jr.`.
    body.contains('.')
        || body.chars().count() <= 3 && body.chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_business_word(token: &str) -> bool {
    let token = token.trim_end_matches(',');
    // The Supreme Court spaces the initials (`Moab Partners, L. P.`, `N. A.`): their
    // first letter opens the designation.
    BUSINESS_WORDS.contains(&token) || SPACED_BUSINESS_INITIALS.contains(&token)
}

/// First initials of business designations written spaced (`L. P.`, `L. L. C.`, `N. A.`,
/// `P. C.`, `S. A.`).
const SPACED_BUSINESS_INITIALS: &[&str] = &["L.", "N.", "P.", "S."];

/// Whether `token` (followed by `next`) can be part of a case name.
fn belongs(token: &str, next: Option<&str>) -> bool {
    if token.ends_with([',']) {
        // `Lobby, Inc.`: a comma inside a name only before a business designation.
        return next.is_some_and(is_business_word) && belongs(token.trim_end_matches(','), None);
    }
    if token.ends_with(['"', '\u{201d}', ')', ';', ':', '?', '!'])
        || token.starts_with(['(', '"', '\u{201c}', '['])
    {
        return false;
    }
    if CONNECTORS.contains(&token) {
        return true;
    }
    let Some(first) = token.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        // `Lee Cnty. Sch. Dist. No. 1`.
        return false;
    }
    if first == '*' {
        // Star paging inside a name: `Arkansas v. *9 Oklahoma`.
        return token.len() > 1 && token[1..].bytes().all(|b| b.is_ascii_digit());
    }
    if !(first.is_uppercase() || first == '&' || first == '\'') {
        return false;
    }
    // A period ends a sentence unless the word is an abbreviation; the word right
    // before the comma cannot end a sentence, so any short word passes (`Dept.`).
    let last_word = next.is_none() && token.len() <= 7;
    if token.ends_with('.') && !is_abbreviation(token) && !last_word {
        return false;
    }
    true
}

/// The longest case name (in bytes) the backward search considers.
const MAX_NAME_BYTES: usize = 320;

/// Finds the start of the case name that ends (exclusive) at `end` in `text`,
/// not reaching before `floor`. Uses an emphasis span ending at `end` when there is one.
pub fn name_before(text: &str, end: usize, floor: usize, emphasis: &[Span]) -> Option<Span> {
    if let Some(e) = emphasis
        .iter()
        .find(|e| e.end <= end + 1 && e.end + 2 >= end && e.start >= floor && e.start < end)
    {
        let name_end = e.end.min(end);
        let name = text.get(e.start..name_end)?.trim_end_matches([',', ' ']);
        let start = e.start + strip_leading_signal(name);
        if start < e.start + name.len() {
            return Some(Span::new(start, e.start + name.len()));
        }
    }
    // Names are short: look at most a few hundred bytes back (from a word start).
    let mut window = floor.max(end.saturating_sub(MAX_NAME_BYTES));
    if window > floor {
        while !text.is_char_boundary(window) {
            window += 1;
        }
        window = text[window..end].find(' ').map_or(end, |k| window + k + 1);
    }
    let floor = window;
    let region = text.get(floor..end)?;
    let mut tokens: Vec<(usize, &str)> = Vec::with_capacity(16);
    let mut pos = 0;
    for t in region.split(' ') {
        if !t.is_empty() {
            tokens.push((floor + pos, t));
        }
        pos += t.len() + 1;
    }
    let mut first = tokens.len();
    let mut docket_number = false;
    while first > 0 {
        let (_, tok) = tokens[first - 1];
        let next = tokens.get(first).map(|t| t.1);
        let digit_after_no = tok.chars().next().is_some_and(|c| c.is_ascii_digit())
            && first >= 2
            && tokens[first - 2].1 == "No.";
        if digit_after_no && first == tokens.len() {
            docket_number = true;
        }
        if !(belongs(tok, next) || digit_after_no) {
            // A name opening a parenthetical or quotation, as California and New York
            // enclose their citations: `(Baral v. Schnitt (2016) …`, `(see Alvarez v …`.
            let opened = tok.trim_start_matches(['(', '[', '"', '\u{201c}']);
            if opened.len() < tok.len() && belongs(opened, next) && !STOP_WORDS.contains(&opened) {
                let (at, _) = tokens[first - 1];
                tokens[first - 1] = (at + tok.len() - opened.len(), opened);
                first -= 1;
            }
            break;
        }
        if first < tokens.len()
            && STOP_WORDS.contains(&tok)
            && !(tok == "In" && next.is_some_and(|n| n == "re"))
        {
            break;
        }
        if first == tokens.len() && STOP_WORDS.contains(&tok) && tok != "In" {
            break;
        }
        first -= 1;
        if tokens.len() - first > 24 {
            return None;
        }
    }
    // A docket number between name and cite (`Smith, No. 12-345, 2013 WL 1`): the name precedes it.
    if docket_number {
        let (no_start, _) = tokens[tokens.len() - 2];
        let head = text.get(floor..no_start)?;
        let comma = head.strip_suffix(", ")?;
        return name_before(text, floor + comma.len(), floor, emphasis);
    }
    // Names start with a capitalized word.
    while first < tokens.len()
        && !tokens[first]
            .1
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        first += 1;
    }
    let (start, _) = *tokens.get(first)?;
    let (last_start, last) = *tokens.last()?;
    Some(Span::new(
        start,
        last_start + last.trim_end_matches(',').len(),
    ))
}

/// Bytes of a leading italic signal inside an emphasized name (`See Smith v. Jones`).
fn strip_leading_signal(name: &str) -> usize {
    for signal in [
        "See, e.g., ",
        "See also ",
        "See generally ",
        "But see ",
        "But cf. ",
        "Cf. ",
        "See ",
        "E.g., ",
        "Compare ",
    ] {
        if name.starts_with(signal) {
            return signal.len();
        }
    }
    0
}

/// The `v.` of a name (`Smith v. Jones`, also `vs.`/`v`), as a span in `text`.
pub fn versus_in(text: &str, name: Span) -> Option<Span> {
    let s = text.get(name.start..name.end)?;
    for pat in [" v. ", " vs. ", " v ", " vs ", " V. "] {
        if let Some(i) = s.find(pat) {
            let start = name.start + i + 1;
            return Some(Span::new(start, start + pat.len() - 2));
        }
    }
    None
}

/// Whether a name is a full case name (two parties or a procedural phrase), as
/// opposed to the one-party name of a short form.
pub fn is_full_name(text: &str, name: Span) -> bool {
    let s = text.get(name.start..name.end).unwrap_or("");
    versus_in(text, name).is_some()
        || s.starts_with("In re ")
        || s.starts_with("Ex parte ")
        || s.contains(" ex rel. ")
        || s.starts_with("Matter of ")
        || s.starts_with("Estate of ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> &str {
        let end = text.rfind(", ").unwrap_or(text.len());
        name_before(text, end, 0, &[])
            .map(|s| &text[s.start..s.end])
            .unwrap_or("")
    }

    #[test]
    fn walks_back_over_multi_word_names() {
        assert_eq!(
            name("of cases.\"\" American LegalNet, Inc. v. Davis, "),
            "American LegalNet, Inc. v. Davis"
        );
        assert_eq!(
            name("(quoting Pueblo of Laguna v. United States, "),
            "Pueblo of Laguna v. United States"
        );
        assert_eq!(
            name("held in Lee Cnty. Sch. Dist. No. 1 v. Gardner, "),
            "Lee Cnty. Sch. Dist. No. 1 v. Gardner"
        );
        assert_eq!(
            name("See Bd. of Trs. of the Univ. of Ala. v. Garrett, "),
            "Bd. of Trs. of the Univ. of Ala. v. Garrett"
        );
        // West's plural of a Table 6 word (a Federal Circuit opinion of 2015).
        assert_eq!(
            name("which this court reviews de novo. Teva Pharms. USA, Inc. v. Sandoz, Inc., "),
            "Teva Pharms. USA, Inc. v. Sandoz, Inc."
        );
        assert_eq!(
            name("In re Grand Jury Subpoena, "),
            "In re Grand Jury Subpoena"
        );
        assert_eq!(
            name("In Fourco Glass Co. v. Transmirra Products Corp., "),
            "Fourco Glass Co. v. Transmirra Products Corp."
        );
        assert_eq!(name("not a probability requirement. Iqbal, "), "Iqbal");
        assert_eq!(
            name("(1980); Police Dept. of Chicago v. Mosley, "),
            "Police Dept. of Chicago v. Mosley"
        );
        assert_eq!(
            name("see Rowan v. Post Office Dept., "),
            "Rowan v. Post Office Dept."
        );
        assert_eq!(
            name("decided by the Court. Smith v. Jones, "),
            "Smith v. Jones"
        );
        assert_eq!(name("enough. See, Iqbal, "), "Iqbal");
        assert_eq!(
            name("abrogated on other grounds by Sandin v. Conner, "),
            "Sandin v. Conner"
        );
        assert_eq!(
            name("United States ex rel. Kelly v. Boeing Co., "),
            "United States ex rel. Kelly v. Boeing Co."
        );
    }

    #[test]
    fn emphasis_marks_the_name() {
        let text = "suffice. American LegalNet, Inc. , 673";
        let e = Span::new(9, 32);
        let s = name_before(text, 33, 0, &[e]).expect("name");
        assert_eq!(&text[s.start..s.end], "American LegalNet, Inc.");
    }

    #[test]
    fn t6_words_in_citations() {
        assert_eq!(t6_abbreviation("Systems", None).as_deref(), Some("Sys."));
        assert_eq!(t6_abbreviation("Atlantic", None).as_deref(), Some("Atl."));
        assert_eq!(
            t6_abbreviation("Electronics", None).as_deref(),
            Some("Elecs.")
        );
        assert_eq!(t6_abbreviation("United", Some("States")), None);
        assert_eq!(t6_abbreviation("South", Some("Dakota")), None);
        assert_eq!(t6_abbreviation("Davis", None), None);
    }
}
