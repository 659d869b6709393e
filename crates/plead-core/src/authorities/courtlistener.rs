//! The optional online source, CourtListener's citation-lookup API: what to ask and
//! how to read the answer. Pure; the transport and the disk cache are the loader's
//! (`plead::loader::courtlistener`). OFF by default (`authorities.online = false`).

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::library::{clip, Entry, SourceKind};
use super::matching::cite_key;
use crate::config::AuthoritiesConfig;

const PUBLIC_SITE: &str = "https://www.courtlistener.com";

/// One POST to the citation-lookup endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LookupRequest {
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

/// The request that looks `citation` up (`text=` form body; the token when one is set).
pub fn lookup_request(config: &AuthoritiesConfig, citation: &str) -> LookupRequest {
    let url = format!(
        "{}/api/rest/v4/citation-lookup/",
        config.courtlistener_url.trim_end_matches('/')
    );
    let token = config.courtlistener_token.as_deref().unwrap_or("");
    let mut headers = vec![(
        "Content-Type",
        "application/x-www-form-urlencoded".to_string(),
    )];
    if !token.is_empty() {
        headers.push(("Authorization", format!("Token {token}")));
    }
    LookupRequest {
        url,
        headers,
        body: format!("text={}", form_encode(citation)),
    }
}

/// An HTTP status as the user should read it: Ok for success, else why it failed.
pub fn check_status(status: u16) -> Result<()> {
    match status {
        200..=299 => Ok(()),
        401 | 403 => bail!("CourtListener refused the token (HTTP {status})"),
        429 => bail!("CourtListener rate limit reached (HTTP 429); try later"),
        _ => bail!("CourtListener answered HTTP {status}"),
    }
}

/// The cache file name of a citation's answer (one file per citation).
pub fn cache_file_name(citation: &str) -> String {
    format!("{}.json", cite_key(citation))
}

fn form_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The first matched cluster of a citation-lookup answer as a library entry.
pub fn entry_from_response(body: &str, citation: &str, cache_file: &Path) -> Result<Option<Entry>> {
    let value: Value = serde_json::from_str(body).context("CourtListener answer is not JSON")?;
    let Some(items) = value.as_array() else {
        bail!("CourtListener answer is not a list");
    };
    for item in items {
        if item
            .get("status")
            .and_then(Value::as_u64)
            .is_some_and(|s| s != 200)
        {
            continue;
        }
        let Some(cluster) = item
            .get("clusters")
            .and_then(Value::as_array)
            .and_then(|c| c.first())
        else {
            continue;
        };
        let s = |v: Option<&Value>| {
            v.and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let normalized = item
            .get("normalized_citations")
            .and_then(|n| n.get(0))
            .and_then(Value::as_str)
            .unwrap_or(citation)
            .to_string();
        let preview = s(cluster.get("syllabus"))
            .or_else(|| s(cluster.get("summary")))
            .map(|p| clip(&p, 600));
        return Ok(Some(Entry {
            source: Some(SourceKind::CourtListener),
            path: cache_file.to_path_buf(),
            lines: (0, 0),
            case_name: s(cluster.get("case_name")),
            citations: vec![normalized],
            court: None,
            year: s(cluster.get("date_filed")).and_then(|d| d.get(..4)?.parse().ok()),
            holding: None,
            preview,
            url: s(cluster.get("absolute_url")).map(|u| format!("{PUBLIC_SITE}{u}")),
        }));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_encoding() {
        assert_eq!(form_encode("673 F. Supp. 2d §"), "673+F.+Supp.+2d+%C2%A7");
    }

    #[test]
    fn request_carries_the_token_only_when_set() {
        let mut config = AuthoritiesConfig::default();
        let plain = lookup_request(&config, "1 U.S. 1");
        assert_eq!(
            plain.url,
            "https://www.courtlistener.com/api/rest/v4/citation-lookup/"
        );
        assert_eq!(plain.body, "text=1+U.S.+1");
        assert!(plain.headers.iter().all(|(k, _)| *k != "Authorization"));
        config.courtlistener_token = Some("abc".into());
        let with = lookup_request(&config, "1 U.S. 1");
        assert!(with
            .headers
            .contains(&("Authorization", "Token abc".to_string())));
    }
}
