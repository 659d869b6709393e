//! Words of a paragraph with their spans, what separates them, and whether the
//! spell checker must leave them alone (URLs, e-mails, numbers, docket numbers,
//! bracketed alterations, `[sic]`-marked text, quoted defined terms, citation shapes).

use std::cell::Cell;
use std::sync::LazyLock;

use regex::Regex;

use crate::analysis::Span;

/// What lies between a token and the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Start of the paragraph.
    Start,
    /// Only whitespace.
    Space,
    /// A hyphen with no spaces (`one-time`).
    Hyphen,
    /// End of a sentence or clause: `.`, `!`, `?`, `;`, `:`.
    Boundary,
    /// Anything else (commas, quotes, parentheses, dashes, slashes).
    Other,
}

/// Why a token is never flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    /// Checkable word.
    No,
    /// Inside a span an earlier analyzer protected, or a URL, e-mail, docket number,
    /// bracketed alteration, `[sic]` text, quoted defined term or citation shape.
    Protected,
    /// Contains digits or internal periods (`9th`, `U.S.C.`, `F.Supp.2d`).
    Code,
    /// Part of a case name around `v.`.
    CaseName,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub span: Span,
    pub gap: Gap,
    pub skip: Skip,
    /// A period follows directly (`Cal.`, end of sentence).
    pub period_after: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }
    pub fn is_checkable(&self) -> bool {
        self.skip == Skip::No
    }
    /// First token of a sentence (after `.`/`?`/`!`/`:` or the paragraph start).
    pub fn starts_sentence(&self) -> bool {
        matches!(self.gap, Gap::Start | Gap::Boundary)
    }
}

/// A paragraph's tokens with a lowercase copy of its text (same byte offsets:
/// only ASCII letters are lowered) for case-insensitive comparisons.
pub struct Words<'a> {
    pub text: &'a str,
    /// Each token as written and in its lowercase form (a slice of the lowered text, see
    /// [`Words::reusing`]), sliced once here: the typo pass asks for them ~10 times per
    /// token, and slicing a `str` tests both ends for character boundaries each time
    /// (~35 instructions a call, the most of what the agreement pass spent per token).
    forms: Vec<(&'a str, &'a str)>,
    /// Each token's parts of speech ([`Dictionary::pos`](super::dictionary::Dictionary::pos)
    /// of its lowercase form), looked up on first use: the grammar rules and the rows' word
    /// classes ask for the same token's several times, each a hash probe.
    pos: Vec<Cell<u8>>,
    /// (Kept to hand down: the byte ranges of the forms when the text is not ASCII.)
    ranges: Vec<(usize, usize)>,
    pub tokens: &'a [Token],
}

/// A token whose parts of speech were not looked up yet (no flag set is all ones:
/// `FLAG_LOWERED`, bit 0, is masked out of `Dictionary::pos`).
const POS_NOT_LOOKED_UP: u8 = u8::MAX;

/// The buffers a paragraph's [`Words`] hands down to the next (see [`Words::reusing`]).
#[derive(Default)]
pub struct WordBuffers {
    ranges: Vec<(usize, usize)>,
    pos: Vec<Cell<u8>>,
}

impl<'a> Words<'a> {
    /// (Tests only: the lowered text is leaked, to live as long as the test's text.)
    #[cfg(test)]
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Words<'a> {
        let lower: &'a mut String = Box::leak(Box::default());
        Words::reusing(text, tokens, lower, WordBuffers::default())
    }
    /// The words of a paragraph, its lowercase forms written into `lower` (the text with
    /// ASCII letters lowered, then the forms of tokens with typographic apostrophes,
    /// `court’s` → `court's`, or soft hyphens, `okla\u{AD}homa` → `oklahoma`, appended),
    /// in the buffers of an earlier paragraph's `Words` (from [`Words::into_buffers`]): the
    /// typo pass hands them down, and `lower` with them.
    pub fn reusing(
        text: &'a str,
        tokens: &'a [Token],
        lower: &'a mut String,
        buffers: WordBuffers,
    ) -> Words<'a> {
        let WordBuffers {
            mut ranges,
            mut pos,
        } = buffers;
        pos.clear();
        pos.resize(tokens.len(), Cell::new(POS_NOT_LOOKED_UP));
        // `to_ascii_lowercase` into the old buffer.
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        ranges.clear();
        if !text.is_ascii() {
            // (An ASCII text has no typographic apostrophe or soft hyphen: every form is
            // the token's span.)
            for t in tokens {
                let (start, end) = (t.span.start, t.span.end);
                let raw = &text[start..end];
                // Typographic apostrophes and soft hyphens are non-ASCII: most tokens have
                // neither.
                if !raw.is_ascii() && raw.contains(['’', '\u{AD}']) {
                    let form = lower[start..end].replace('’', "'").replace('\u{AD}', "");
                    let at = lower.len();
                    lower.push_str(&form);
                    ranges.push((at, lower.len()));
                } else {
                    ranges.push((start, end));
                }
            }
        }
        let lower: &'a str = lower;
        let forms = if ranges.is_empty() {
            tokens
                .iter()
                .map(|t| {
                    let span = t.span.start..t.span.end;
                    (&text[span.clone()], &lower[span])
                })
                .collect()
        } else {
            tokens
                .iter()
                .zip(&ranges)
                .map(|(t, &(start, end))| (&text[t.span.start..t.span.end], &lower[start..end]))
                .collect()
        };
        Words {
            text,
            forms,
            pos,
            ranges,
            tokens,
        }
    }
    /// The buffers, for [`Words::reusing`].
    pub fn into_buffers(self) -> WordBuffers {
        WordBuffers {
            ranges: self.ranges,
            pos: self.pos,
        }
    }
    /// Token `i`'s parts of speech (`word_table::POS_*` bits of its lowercase form; 0 for
    /// a word the dictionary gives none), looked up once per paragraph.
    #[inline]
    pub fn pos(&self, i: usize) -> u8 {
        let cached = self.pos[i].get();
        if cached != POS_NOT_LOOKED_UP {
            return cached;
        }
        let pos = super::dictionary().pos(self.lower(i));
        self.pos[i].set(pos);
        pos
    }
    /// Token `i` as written.
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.forms[i].0
    }
    /// Token `i` with ASCII letters lowered and apostrophes straight.
    #[inline]
    pub fn lower(&self, i: usize) -> &'a str {
        self.forms[i].1
    }
    /// Whether only a comma (and spaces) stands between token `i - 1` and token `i`.
    #[inline]
    pub fn comma_before(&self, i: usize) -> bool {
        i > 0 && self.text[self.tokens[i - 1].span.end..self.tokens[i].span.start].trim() == ","
    }
    /// Whether token `i` may be a finite verb inside a sentence, as agreement asks first: a
    /// checkable word after a space, written in lower case (a capital there is a name's).
    /// One byte's test spares most tokens the agreement rules' tests.
    #[inline]
    pub fn lowercase_after_space(&self, i: usize) -> bool {
        self.tokens[i].gap == Gap::Space
            && self.tokens[i].is_checkable()
            && self
                .raw(i)
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_lowercase)
    }
}

/// Regions no spelling or grammar rule looks into, read with [`skip_spans`].
///
/// A defined term's text (at most 60 characters) and a code span (at most 200) are
/// written here without their limits, which `skip_spans` applies: a bounded repeat of a
/// Unicode class is compiled once per repetition, and the two limits cost 10M of the
/// pattern's 14.6M instructions at start-up. Each of the two alternatives is the only
/// one that can start at its opening character (`(`, `` ` ``), and its text runs to the
/// first character its class leaves out, so its match at a start is the only one there.
#[allow(clippy::expect_used)] // a constant pattern, compiled on first use (tests cover it)
static SKIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // A URL the text broke at a line end after a `/`, `-` or `_`, or before its
        // extension (`…/rules-policies/ archives/…`, `…investigations. htm`).
        r"(?:https?:/{1,2}\s?|www\.)(?:[^\s<>()]*[/_-]\s)*(?:[^\s<>()]*\.\s(?:html?|pdf|php|aspx?)(?-u:\b)|[^\s<>()]+)",
        r"|[[A-Za-z0-9_].+-]+@[[A-Za-z0-9_]-]+(?:\.[[A-Za-z0-9_]-]+)+",
        // A DOI with its label (`doi: 10.1007/s12024-013-9513-8`), or the label alone where a
        // reference list's entry ends a paragraph before its DOI.
        r"|(?-u:\b)doi:(?:\s*10\.\d{4,9}/[^\s<>]+)?",
        // A plural left open: `part(ies)`, `policy(ies)`, `document(s)`.
        r"|(?-u:\b)[A-Za-z]+\((?:s|es|ies)\)",
        // Docket numbers: 1:17-cv-00693-DAD-SAB, No. 06-278
        r"|(?-u:\b)\d{1,2}:\d{2}-[A-Za-z]{2,4}-\d{2,6}(?:-[A-Z]{2,5})*",
        // Bracketed alterations and [sic]: "[f]ederal", "tr[ial]", "recieve [sic]"
        r"|[[A-Za-z0-9_]'’-]*\[[A-Za-z]{1,12}\][[A-Za-z0-9_]'’-]*",
        r"|[[A-Za-z0-9_]'’-]+[,.”\x22]{0,2}\s*\[sic\]",
        // Defined terms in quotation marks: ("FAC"), (the “Act”), (hereinafter "Kraft")
        r#"|\(\s*(?:the\s+|hereinafter\s+|collectively\s+)?["“][^"”()]+["”]\s*\)"#,
        // Reporter citations: 673 F.Supp.2d 1063, 60 Fed. Cl. 133, 551 U. S. 393
        r"|(?-u:\b)\d+\s+[A-Z][A-Za-z.]*\.?(?:\s?[0-9]?[A-Za-z.]+\.?){0,4}\s+\d+",
        // Short-form citations: Pell, 417 U. S., at 827; Bain , 697 F.2d at 1219
        r"|(?-u:\b)[A-Z][[A-Za-z0-9_]'’-]+\s?,\s+\d+\s+[A-Z]",
        // Code spans in backticks (Markdown): `html_lawbox`
        r"|`[^`\n]+`",
        // File names: 002-snyder-v-phelps.txt, Exhibit_A.pdf
        r"|(?-u:\b)[[A-Za-z0-9_]-]+(?:\.[[A-Za-z0-9_]-]+)*\.(?:txt|md|pdf|docx?|rtf|html?|xml|json|jsonl|csv|tsv|toml|rs|py|js|zip)(?-u:\b)",
    ))
    .expect("valid skip regex")
});

/// The longest defined term's text in quotation marks, in characters.
const DEFINED_TERM_MAX: usize = 60;
/// The longest code span's text in backticks, in characters.
const CODE_SPAN_MAX: usize = 200;

/// What [`SKIP`] written with the two limits would find, left to right: a defined
/// term or code span over its limit is no match where it starts, and the search goes on
/// from the next character (as it does in a pattern that has no match at a place).
fn skip_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let m = SKIP.find_at(text, at)?;
        let found = m.as_str();
        let over = match found.as_bytes().first() {
            Some(b'`') => found[1..found.len() - 1].chars().count() > CODE_SPAN_MAX,
            Some(b'(') => defined_term_text(found).chars().count() > DEFINED_TERM_MAX,
            _ => false,
        };
        if over {
            // `(` and `` ` `` are one byte.
            at = m.start() + 1;
            continue;
        }
        // No alternative matches the empty string; should one, step past it.
        at = if m.end() > m.start() {
            m.end()
        } else {
            m.end() + text[m.end()..].chars().next().map_or(1, char::len_utf8)
        };
        return Some(Span::new(m.start(), m.end()));
    })
}

/// The text between a defined term's quotation marks: `(the “Act”)` → `Act`.
fn defined_term_text(found: &str) -> &str {
    let Some(open) = found.find(['"', '“']) else {
        return "";
    };
    let after = open + found[open..].chars().next().map_or(1, char::len_utf8);
    let close = found[after..]
        .find(['"', '”'])
        .map_or(found.len(), |k| after + k);
    &found[after..close]
}

/// Splits `text` into tokens; `protected` are spans earlier analyzers claimed.
#[cfg(test)]
pub fn tokenize(text: &str, protected: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, protected, &mut Vec::new(), &mut tokens);
    tokens
}

/// [`tokenize`] into `tokens`, with `skips` as its buffer for the skip spans: the typo
/// pass hands both down from paragraph to paragraph (two allocations a paragraph fewer).
/// Both are cleared first.
pub fn tokenize_into(
    text: &str,
    protected: &[Span],
    skips: &mut Vec<Span>,
    tokens: &mut Vec<Token>,
) {
    // One buffer, sized for the protected spans and a few matches (a collect from the
    // unsized match iterator grew it from four), merged where it lies.
    skips.clear();
    skips.reserve(protected.len() + 8);
    skips.extend(skip_spans(text));
    skips.extend_from_slice(protected);
    // Sorted by end: tokens come in order, so the first skip ending after a token's
    // start is the only one that can overlap it (after merging, skips don't nest).
    skips.sort_unstable_by_key(|s| (s.start, s.end));
    merge_spans_in_place(skips);
    let mut next_skip = 0;
    let bytes = text.as_bytes();
    tokens.clear();
    tokens.reserve(text.len() / 6);
    let mut i = 0;
    let mut prev_end = 0;
    while i < text.len() {
        // ASCII bytes are read as bytes (`is_ascii_alphanumeric` answers as
        // `char::is_alphanumeric` does for them); other characters are decoded.
        if bytes[i].is_ascii() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
        } else {
            let Some(c) = char_at(text, i) else {
                break;
            };
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        let mut code = false;
        let mut j = i;
        loop {
            // A run of ASCII letters and digits (most of a word) in a tight loop: the
            // classes are or-ed, and a digit among them makes the word a code.
            let mut classes = 0;
            while let Some(&b) = bytes.get(j) {
                let class = ASCII_CLASS[usize::from(b)];
                if class == 0 {
                    break;
                }
                classes |= class;
                j += 1;
            }
            code |= classes & DIGIT != 0;
            if j >= text.len() {
                break;
            }
            let Some(ch) = char_at(text, j) else {
                break;
            };
            if ch.is_alphanumeric() {
                code |= ch.is_ascii_digit();
                j += ch.len_utf8();
                continue;
            }
            let next = char_at(text, j + ch.len_utf8());
            // A soft hyphen (U+00AD) inside a word is invisible: `Okla\u{AD}homa` is one word.
            let joins = matches!(ch, '\'' | '’' | '.' | '\u{AD}')
                && next.is_some_and(char::is_alphanumeric);
            if joins {
                code |= ch == '.';
                j += ch.len_utf8();
                continue;
            }
            // Plural possessive: `defendants'`.
            if matches!(ch, '\'' | '’')
                && text[start..j].ends_with('s')
                && !next.is_some_and(char::is_alphanumeric)
            {
                j += ch.len_utf8();
            }
            break;
        }
        let span = Span::new(start, j);
        let mut gap = classify_gap(&text[prev_end..start], prev_end == 0 && tokens.is_empty());
        // `Mr. Washington's prior convictions was`: a title's period before the name it
        // titles ends no sentence (the agreement pass read `Washington's prior convictions`
        // as a subject of its own).
        if gap == Gap::Boundary
            && text[prev_end..start].trim_end() == "."
            && bytes[start].is_ascii_uppercase()
            && tokens.last().is_some_and(|t: &Token| {
                let title = t.text(text);
                title.starts_with(|c: char| c.is_ascii_uppercase())
                    && ABBREVIATED_TITLES.contains(&title.to_ascii_lowercase().as_str())
            })
        {
            gap = Gap::Space;
        }
        while next_skip < skips.len() && skips[next_skip].end <= span.start {
            next_skip += 1;
        }
        // Pieces of paths and URLs broken by a space (`Handbook/ stuhb_handbook.pdf`).
        // Identifiers (`html_lawbox`) likewise.
        // (`/` and `_` are ASCII: a byte test finds them as the `char` test did.)
        let path_piece = start > 0 && matches!(bytes[start - 1], b'/' | b'_')
            || matches!(bytes.get(j), Some(b'/' | b'_'))
            || in_path_slug(bytes, start, j);
        let skip = if skips.get(next_skip).is_some_and(|s| s.overlaps(span)) || path_piece {
            Skip::Protected
        } else if code {
            Skip::Code
        } else {
            Skip::No
        };
        tokens.push(Token {
            span,
            gap,
            skip,
            period_after: bytes.get(j) == Some(&b'.'),
        });
        prev_end = j;
        i = j;
    }
    mark_case_names(text, tokens);
    // A paragraph that ends in a word broken by a hyphen (`close rela-`, its end cut
    // off by a page break): the fragment is no word to check or to read a rule from.
    if text.trim_end().strip_suffix('-').is_some_and(|head| {
        head.ends_with(char::is_lowercase)
            && tokens
                .last()
                .is_some_and(|t| t.span.end == head.len() && t.skip == Skip::No)
    }) {
        tokens.pop();
    }
}

/// [`ASCII_CLASS`] of an ASCII letter and of an ASCII digit; every other byte is 0.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// The class of each byte, read once per character of a word (`is_ascii_alphanumeric`
/// and `is_ascii_digit` in one load).
static ASCII_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphabetic() {
            class[b] = LETTER;
        } else if byte.is_ascii_digit() {
            class[b] = DIGIT;
        }
        b += 1;
    }
    class
};

/// The character at byte `i` (a character boundary) of `text`, decoded only when it is
/// not ASCII: the tokenizer reads every character of the paragraph.
#[inline]
/// Whether the word at `start..end` sits inside a hyphenated slug between two slashes,
/// a web path's segment (`/opinion/180433/harriman-v-hancock-county/`): the words of a
/// case's address, lowercased, not prose. A slash on both sides, so that a hyphenated
/// word after `and/or` or `plaintiff/counter-` is still checked. Gated on a hyphen next
/// to the word: most words pay two byte tests.
fn in_path_slug(bytes: &[u8], start: usize, end: usize) -> bool {
    let hyphen_before = start > 0 && bytes[start - 1] == b'-';
    let hyphen_after = bytes.get(end) == Some(&b'-');
    if !(hyphen_before || hyphen_after) {
        return false;
    }
    let slug = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-';
    let left = bytes[..start].iter().rev().take_while(|b| slug(b)).count();
    let right = bytes[end..].iter().take_while(|b| slug(b)).count();
    start > left && bytes[start - left - 1] == b'/' && bytes.get(end + right) == Some(&b'/')
}

fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// Merges overlapping or touching spans of a list sorted by start.
/// Sorted spans with every overlapping or touching run merged into one, as
/// [`merge_spans`] returns them, in the spans' own buffer (no second `Vec` a paragraph).
fn merge_spans_in_place(spans: &mut Vec<Span>) {
    let mut kept = 0;
    for k in 0..spans.len() {
        let s = spans[k];
        if kept > 0 && s.start <= spans[kept - 1].end {
            spans[kept - 1].end = spans[kept - 1].end.max(s.end);
        } else {
            spans[kept] = s;
            kept += 1;
        }
    }
    spans.truncate(kept);
}

/// The reference for [`merge_spans_in_place`] (a test compares them).
#[cfg(test)]
fn merge_spans(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// Titles written before a person's name with a period (`Mr. Washington`, `Det. Cox`), in
/// lower case: the period ends no sentence, and the names module reads the name after it.
pub(super) const ABBREVIATED_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "hon", "prof", "sgt", "lt", "det", "ofc", "capt", "cpl",
    "insp", "supt",
];

fn classify_gap(between: &str, at_start: bool) -> Gap {
    // Most gaps are one space.
    if between == " " && !at_start {
        return Gap::Space;
    }
    if at_start && between.trim().is_empty() {
        return Gap::Start;
    }
    if between.chars().all(char::is_whitespace) {
        return Gap::Space;
    }
    if between == "-" {
        return Gap::Hyphen;
    }
    // A comma after the period (`et al., Prosser`) keeps the sentence going.
    if between.contains(['.', '!', '?', ';', ':']) && !between.contains(',') {
        return Gap::Boundary;
    }
    Gap::Other
}

/// Whether a token's period is an abbreviation's inside a name rather than a sentence's
/// end: a short word (`Inc.`, `Co.`), or a capitalized one up to eight letters, as Table 6
/// abbreviates a party's words (`Teva Pharms. USA, Inc.`, `Commc'ns`, `Transp.`).
pub fn abbreviation_in_name(text: &str, token: &Token) -> bool {
    token.period_after
        && (token.span.len() <= 5
            || token.span.len() <= 8 && token.text(text).starts_with(char::is_uppercase))
}

/// Words connecting the parts of a case name (`Pueblo of Laguna v. United States`).
const CASE_NAME_CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "ex", "rel", "in", "re", "&", "de", "la", "van", "von",
];

/// Marks the capitalized runs on both sides of `v.` (a case name) as names.
/// A run stops at a lowercase word or a sentence boundary; periods of
/// abbreviations inside the name (`Inc. v.`) do not stop it. At most 8 words a side.
fn mark_case_names(text: &str, tokens: &mut [Token]) {
    let is_name_word = |t: &Token| {
        let w = t.text(text);
        w.chars().next().is_some_and(char::is_uppercase) || CASE_NAME_CONNECTORS.contains(&w)
    };
    // Whether the gap before token `k` stays inside a name: spaces, commas, or the
    // period of an abbreviation (`Inc.`, `Co.`).
    let crossable = |tokens: &[Token], k: usize| match tokens[k].gap {
        Gap::Space | Gap::Other | Gap::Hyphen => true,
        Gap::Boundary => k > 0 && abbreviation_in_name(text, &tokens[k - 1]),
        Gap::Start => false,
    };
    for v in 0..tokens.len() {
        let t = tokens[v];
        // Only `v` and `vs` (two bytes at most) mark a case name.
        if t.span.len() > 2 {
            continue;
        }
        // `v.`, or a bare `v` between capitalized words (New York style: `Romain v Seabrook`).
        let bare_v = t.text(text) == "v"
            && v > 0
            && v + 1 < tokens.len()
            && tokens[v - 1].text(text).starts_with(char::is_uppercase)
            && tokens[v + 1].text(text).starts_with(char::is_uppercase);
        if !(t.period_after && matches!(t.text(text), "v" | "vs") || bare_v) {
            continue;
        }
        let mut k = v;
        while k > 0 && v - k < 8 && crossable(tokens, k) && is_name_word(&tokens[k - 1]) {
            k -= 1;
            if tokens[k].skip == Skip::No {
                tokens[k].skip = Skip::CaseName;
            }
        }
        let mut k = v + 1;
        while k < tokens.len()
            && k - v <= 8
            && is_name_word(&tokens[k])
            && (k == v + 1 || crossable(tokens, k))
        {
            if tokens[k].skip == Skip::No {
                tokens[k].skip = Skip::CaseName;
            }
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Skip)> {
        tokenize(text, &[])
            .iter()
            .map(|t| (t.text(text), t.skip))
            .collect()
    }

    fn checkable(text: &str) -> Vec<&str> {
        tokenize(text, &[])
            .iter()
            .filter(|t| t.is_checkable())
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn splits_words_and_keeps_apostrophes() {
        assert_eq!(
            checkable("Plaintiff's motion, the defendants' brief."),
            vec!["Plaintiff's", "motion", "the", "defendants'", "brief"]
        );
    }

    #[test]
    fn soft_hyphens_file_names_identifiers_and_broken_ends() {
        let text = "McLaurin v. Okla\u{AD}homa State Regents";
        let t = tokenize(text, &[]);
        let w = Words::new(text, &t);
        let okla = t.iter().position(|t| t.text(text).starts_with("Okla"));
        assert_eq!(okla.map(|i| w.lower(i)), Some("oklahoma"));
        assert_eq!(checkable("the `fydly` typo"), vec!["the", "typo"]);
        let c = checkable("see 002-snyder-v-phelps.txt and the html_lawbox field");
        assert!(!c.contains(&"snyder") && !c.contains(&"phelps"), "{c:?}");
        assert!(!c.contains(&"lawbox") && !c.contains(&"html"), "{c:?}");
        assert!(c.contains(&"field"));
        // A paragraph cut off inside a word by a page break.
        assert_eq!(
            checkable("the order had a close rela-\n"),
            vec!["the", "order", "had", "a", "close"]
        );
        assert_eq!(checkable("a well-"), vec!["a"]);
        assert!(checkable("the well-known rule").contains(&"known"));
    }

    #[test]
    fn skips_alterations_sic_urls_emails_dockets_and_defined_terms() {
        let text = "\"[f]ederal courts\" recieve [sic] at https://x.org/a or a@b.com in 1:17-cv-00693-DAD-SAB (the \"FAC\") now";
        assert_eq!(checkable(text), vec!["courts", "at", "or", "in", "now"]);
    }

    #[test]
    fn codes_and_citations_are_not_words() {
        let text = "See 673 F.Supp.2d 1063 and 42 U.S.C. § 1983 in the 9th Circuit.";
        let w = words(text);
        assert!(w.contains(&("F.Supp.2d", Skip::Protected)));
        assert!(w.contains(&("U.S.C", Skip::Code)));
        assert!(w.contains(&("9th", Skip::Code)));
    }

    #[test]
    fn case_names_around_v() {
        let text = "quoting Pueblo of Laguna v. United States, 60 Fed. Cl. 133. Then more.";
        let w = words(text);
        assert!(w.contains(&("Pueblo", Skip::CaseName)));
        assert!(w.contains(&("Laguna", Skip::CaseName)));
        // `States, 60 Fed.` is also a short-form citation shape: protected either way.
        assert!(w.iter().any(|(t, s)| *t == "States" && *s != Skip::No));
        assert!(w.contains(&("quoting", Skip::No)));
        assert!(w.contains(&("Then", Skip::No)));
    }

    #[test]
    fn gaps() {
        let text = "a one-time fee. Then, more";
        let t = tokenize(text, &[]);
        let gaps: Vec<Gap> = t.iter().map(|t| t.gap).collect();
        assert_eq!(
            gaps,
            vec![
                Gap::Start,
                Gap::Space,
                Gap::Hyphen,
                Gap::Space,
                Gap::Boundary,
                Gap::Other
            ]
        );
    }

    #[test]
    fn path_pieces_bare_v_and_comma_after_period() {
        let text = "see Handbook/ stuhb_handbook.pdf and (Romain v Seabrook, 2017). W. Keeton et al., Prosser and";
        let w = words(text);
        assert!(
            w.contains(&("stuhb_handbook", Skip::Protected))
                || w.contains(&("stuhb", Skip::Protected)),
            "{w:?}"
        );
        assert!(w.contains(&("Romain", Skip::CaseName)));
        let t = tokenize(text, &[]);
        let prosser = t.iter().find(|t| t.text(text) == "Prosser").map(|t| t.gap);
        assert_eq!(prosser, Some(Gap::Other));
    }

    #[test]
    fn the_words_of_a_web_paths_slug_are_not_prose() {
        // A table row of the shared corpus's SOURCES.md: CourtListener's address of
        // Harriman v. Hancock County.
        let text = "| 003.txt | Midterm_Report/data/180433.json | /opinion/180433/harriman-v-hancock-county/ | 5646 |";
        let w = words(text);
        for word in ["harriman", "v", "hancock", "county"] {
            assert!(w.contains(&(word, Skip::Protected)), "{word}: {w:?}");
        }
        // A hyphenated word after one slash is prose: its slips are still checked.
        let text = "the plaintiff/counter-defendent and the and/or-clause";
        let w = words(text);
        assert!(w.contains(&("defendent", Skip::No)), "{w:?}");
    }

    #[test]
    fn protected_spans_are_respected() {
        let text = "See LegalNet here";
        let t = tokenize(text, &[Span::new(4, 12)]);
        assert_eq!(t[1].skip, Skip::Protected);
        assert_eq!(t[2].skip, Skip::No);
    }

    /// `SKIP` as it was written with its two limits: the reference for `skip_spans`.
    #[allow(clippy::expect_used)]
    static SKIP_WITH_LIMITS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?:https?:/{1,2}\s?|www\.)(?:[^\s<>()]*[/_-]\s)*(?:[^\s<>()]*\.\s(?:html?|pdf|php|aspx?)(?-u:\b)|[^\s<>()]+)",
            r"|[[A-Za-z0-9_].+-]+@[[A-Za-z0-9_]-]+(?:\.[[A-Za-z0-9_]-]+)+",
            r"|(?-u:\b)doi:(?:\s*10\.\d{4,9}/[^\s<>]+)?",
            r"|(?-u:\b)[A-Za-z]+\((?:s|es|ies)\)",
            r"|(?-u:\b)\d{1,2}:\d{2}-[A-Za-z]{2,4}-\d{2,6}(?:-[A-Z]{2,5})*",
            r"|[[A-Za-z0-9_]'’-]*\[[A-Za-z]{1,12}\][[A-Za-z0-9_]'’-]*",
            r"|[[A-Za-z0-9_]'’-]+[,.”\x22]{0,2}\s*\[sic\]",
            r#"|\(\s*(?:the\s+|hereinafter\s+|collectively\s+)?["“][^"”()]{1,60}["”]\s*\)"#,
            r"|(?-u:\b)\d+\s+[A-Z][A-Za-z.]*\.?(?:\s?[0-9]?[A-Za-z.]+\.?){0,4}\s+\d+",
            r"|(?-u:\b)[A-Z][[A-Za-z0-9_]'’-]+\s?,\s+\d+\s+[A-Z]",
            r"|`[^`\n]{1,200}`",
            r"|(?-u:\b)[[A-Za-z0-9_]-]+(?:\.[[A-Za-z0-9_]-]+)*\.(?:txt|md|pdf|docx?|rtf|html?|xml|json|jsonl|csv|tsv|toml|rs|py|js|zip)(?-u:\b)",
        ))
        .expect("valid regex")
    });

    fn with_limits(text: &str) -> Vec<Span> {
        SKIP_WITH_LIMITS
            .find_iter(text)
            .map(|m| Span::new(m.start(), m.end()))
            .collect()
    }

    #[test]
    fn limits_of_defined_terms_and_code_spans() {
        let long = "é".repeat(61);
        for text in [
            format!("(the “{}”) and (“Act”)", "a".repeat(60)),
            format!("(the “{long}”) and (“Act”)"),
            format!("`{}` `x`", "b".repeat(200)),
            format!("`{}` `x`", "b".repeat(201)),
            format!("(“{long}” (hereinafter \"Kraft\")"),
        ] {
            assert_eq!(
                skip_spans(&text).collect::<Vec<_>>(),
                with_limits(&text),
                "{text}"
            );
        }
        let text = format!("(“{long}”) (“Act”)");
        assert_eq!(skip_spans(&text).count(), 1, "only (“Act”)");
    }

    proptest::proptest! {
        /// The limits applied after the search find what the pattern with them finds.
        #[test]
        fn skip_spans_match_the_pattern_with_limits(
            pieces in proptest::collection::vec(
                (
                    // What a run is set between: a defined term, a code span, neither.
                    proptest::sample::select(&[
                        ("(“", "”)"), ("(the “", "” )"), ("(\"", "\")"), ("( hereinafter “", "”)"),
                        ("`", "`"), ("`", "` "), ("(“", "\n”)"), ("`", "\n`"), ("“", "”"),
                        ("x ", " [sic] "), ("1:17-cv-00693-DAD ", ""), ("Pell, 417 U", " "),
                        ("[f]", ""), ("http://a.b ", "”)"), ("", ""),
                    ][..]),
                    // Text at the two limits (60 and 200 characters), or a word.
                    proptest::prop_oneof!["[aé ]{59,61}", "[bé ]{199,201}", "[a-z’]{0,5}"],
                ),
                1..8,
            )
        ) {
            let text: String = pieces
                .iter()
                .map(|((open, close), run)| format!("{open}{run}{close}"))
                .collect();
            proptest::prop_assert_eq!(skip_spans(&text).collect::<Vec<_>>(), with_limits(&text));
        }
    }

    /// The in-place merge keeps what the two-`Vec` merge keeps, on every paragraph of the
    /// fixture opinions: its skip spans with, as protected spans, every sentence-sized
    /// window of tokens (overlapping, touching and nested in one another and in the skips).
    #[test]
    fn merge_in_place_equals_the_merge_into_a_new_vec() {
        let mut merged_some = 0;
        for text in crate::test_fixtures::opinions() {
            for para in text.split("\n\n") {
                let words = tokenize(para, &[]);
                let mut spans: Vec<Span> = skip_spans(para).collect();
                for (k, t) in words.iter().enumerate().step_by(3) {
                    let end = words.get(k + 3).map_or(t.span.end, |e| e.span.end);
                    spans.push(Span::new(t.span.start, end));
                }
                spans.sort_unstable_by_key(|s| (s.start, s.end));
                let want = merge_spans(spans.clone());
                merged_some += usize::from(want.len() < spans.len());
                merge_spans_in_place(&mut spans);
                assert_eq!(spans, want, "{para:?}");
            }
        }
        assert!(merged_some > 1_000, "{merged_some}");
    }
}
