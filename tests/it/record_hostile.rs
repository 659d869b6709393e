//! Property tests: no text makes the record recognizer or a docket parser panic,
//! and every span the recognizer reports lies on character boundaries inside the text.

use plead::record::docket::{
    acms_json, claims, csv, filenames, html_tables, pacer_html, recap_json,
};
use plead::record::extract::extract;
use proptest::prelude::*;

/// Text built from the pieces record cites and docket files are made of, so the
/// generator reaches the interesting paths rather than only random noise.
fn citeish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("ECF No. ".to_string()),
        Just("ECF Nos. ".to_string()),
        Just("Dkt. ".to_string()),
        Just("Doc. # ".to_string()),
        Just("D.E. ".to_string()),
        Just(" at ".to_string()),
        Just("¶¶ ".to_string()),
        Just("PageID ".to_string()),
        Just("–".to_string()),
        Just("-".to_string()),
        Just(", ".to_string()),
        Just("[".to_string()),
        Just(")".to_string()),
        Just("<td>".to_string()),
        Just("<tr>".to_string()),
        Just("Date Filed</td><th>#</th><td>Docket Text".to_string()),
        Just("&nbsp;".to_string()),
        Just("Claim No. ".to_string()),
        Just("Bankr. ".to_string()),
        Just("DktEntry ".to_string()),
        Just("1-ER-".to_string()),
        Just("<TH>Filing Date</TH><TH colspan=2>#</TH><TH>Docket Text</TH>".to_string()),
        Just("<table>".to_string()),
        Just("</table>".to_string()),
        Just("<script>".to_string()),
        Just("<a href='/doc1/0123456789'>".to_string()),
        Just("Claim No: ".to_string()),
        Just("{\"caseDetails\":{},\"docketInfo\":{\"docketEntries\":[".to_string()),
        Just("&#x1F600;".to_string()),
        Just("\"".to_string()),
        Just("\n".to_string()),
        "[0-9]{1,12}",
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn recognizer_spans_are_valid(text in citeish()) {
        for c in extract(&text) {
            for span in [c.span, c.outer, c.prefix] {
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
            prop_assert!(!c.entries.is_empty());
            for e in &c.entries {
                prop_assert!(e.span.start <= e.span.end && e.span.end <= text.len());
            }
            prop_assert!(c.outer.contains(c.span));
        }
    }

    #[test]
    fn parsers_never_panic(text in citeish()) {
        let _ = pacer_html::parse(&text);
        let _ = recap_json::parse(&text);
        let _ = csv::parse(&text);
        let _ = filenames::parse_filename(&text);
        let _ = acms_json::parse(&text);
        let _ = claims::parse(&text);
        let _ = html_tables::read(&text);
    }
}
