//! Tokens: the paragraph split at spaces, with numbers glued to a word by a lost
//! space split off, and the small digit helpers every parser uses.

use super::Scanner;

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
}

/// Adds a token, splitting a number glued to the word before it by a lost
/// space (`Schultz,487 U.S. 474`, `entrance.512 U. S. 753`, `320 Conn.706, 135 A.3d 677`).
pub(super) fn push_token(text: &str, toks: &mut Vec<Tok>, mut start: usize, end: usize) {
    let b = text.as_bytes();
    // A citation opening a parenthetical or bracket, as California and New York enclose
    // theirs (`(Id. at p. 385.)`, `(Code Civ. Proc., § 425.16.)`, `(3 Atl. 33)`, `[92
    // Cal.Rptr.3d 784]`): the token starts after the bracket.
    if end - start > 1
        && matches!(b[start], b'(' | b'[')
        && (b[start + 1].is_ascii_alphanumeric() || b[start + 1] == b'_' || b[start + 1] == 0xc2)
    {
        start += 1;
    }
    // A blank page glued to its reporter by a lost space, as a decision not yet paged is
    // cited (`In re L.A.-O. (Dec. 27, 2021, E077196) __ Cal.App.5th__`): the reporter
    // and the blank are two tokens.
    let core_end = end - usize::from(matches!(b[end - 1], b',' | b';' | b')' | b']'));
    let mut k = core_end;
    while k > start && b[k - 1] == b'_' {
        k -= 1;
    }
    if core_end - k >= 2 && k >= start + 2 && matches!(b[k - 1], b'.' | b'a'..=b'z') {
        toks.push(Tok { start, end: k });
        toks.push(Tok { start: k, end });
        return;
    }
    // The number may carry the punctuation that follows it (`Conn.706,`).
    let digits_end = match b[end - 1] {
        b',' | b';' | b'.' if end - start > 3 => end - 1,
        _ => end,
    };
    // The glued number is the token's last run of digits, after `,` or `.` that
    // follows a letter or period.
    let mut k = digits_end;
    while k > start && b[k - 1].is_ascii_digit() {
        k -= 1;
    }
    if k < digits_end
        && k >= start + 2
        && matches!(b[k - 1], b',' | b'.')
        && (b[k - 2].is_ascii_alphabetic() || b[k - 2] == b'.')
    {
        toks.push(Tok { start, end: k });
        toks.push(Tok { start: k, end });
        return;
    }
    toks.push(Tok { start, end });
}

/// Cheap prefilter: every citation form has a digit, `Id`/`id.`, or `supra`.
pub(super) fn worth_scanning(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || text.contains("Id")
        || text.contains("id.")
        || text.contains("supra")
}

pub(super) fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A volume named by year and issue (`2010-2 I.R.B. 258`, `1983-2 C.B. 41`).
pub(crate) fn is_year_issue(s: &str) -> bool {
    s.split_once('-').is_some_and(|(year, issue)| {
        year.len() == 4 && is_digits(year) && (1..=2).contains(&issue.len()) && is_digits(issue)
    })
}

pub(super) fn digits_end(bytes: &[u8], mut p: usize) -> usize {
    while bytes.get(p).is_some_and(|b| b.is_ascii_digit()) {
        p += 1;
    }
    p
}

impl<'a> Scanner<'a> {
    pub(super) fn tok(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    pub(super) fn token_at_or_after(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }
}
