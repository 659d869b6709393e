//! The optional online source's I/O: CourtListener's citation-lookup API
//! (`POST {courtlistenerUrl}/api/rest/v4/citation-lookup/`, token from the
//! settings). OFF by default (`authorities.online = false`): with defaults this
//! module opens no connection. Answers, found or not, are cached on disk under
//! the user cache dir (`$XDG_CACHE_HOME/plead/courtlistener/`, else
//! `~/.cache/plead/courtlistener/`), so a citation is fetched once.
//!
//! Transport: plain `http://` is spoken directly over a `TcpStream` (enough for
//! a local mirror and the tests); `https://` is delegated to the system `curl`,
//! which keeps a TLS stack out of plead's build.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};

use crate::authorities::courtlistener;
use crate::authorities::library::{Entry, Library};
use crate::config::AuthoritiesConfig;

const TIMEOUT: Duration = Duration::from_secs(15);
const MAX_RESPONSE_BYTES: usize = 8 * 1024 * 1024;

/// Sends one POST and returns (status, body). Injected so tests can count calls.
pub trait Transport {
    fn post(&self, url: &str, headers: &[(&str, &str)], body: &str) -> Result<(u16, String)>;
}

/// The real transport (see the module notes).
pub struct HttpTransport;

impl Transport for HttpTransport {
    fn post(&self, url: &str, headers: &[(&str, &str)], body: &str) -> Result<(u16, String)> {
        if let Some(rest) = url.strip_prefix("http://") {
            http_post(rest, headers, body)
        } else if url.starts_with("https://") {
            curl_post(url, headers, body)
        } else {
            bail!("unsupported URL scheme in {url}")
        }
    }
}

fn http_post(rest: &str, headers: &[(&str, &str)], body: &str) -> Result<(u16, String)> {
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let host_port = if authority.contains(':') {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    let addr = host_port
        .to_socket_addrs()
        .with_context(|| format!("cannot resolve {authority}"))?
        .next()
        .ok_or_else(|| anyhow!("no address for {authority}"))?;
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT)
        .with_context(|| format!("cannot connect to {authority}"))?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\nAccept: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes())?;
    let mut raw = Vec::new();
    stream
        .take(MAX_RESPONSE_BYTES as u64)
        .read_to_end(&mut raw)
        .context("reading the response")?;
    parse_response(&raw)
}

/// Status and body of a raw HTTP/1.1 response (chunked or not).
fn parse_response(raw: &[u8]) -> Result<(u16, String)> {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| anyhow!("malformed HTTP response"))?;
    let status: u16 = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| anyhow!("malformed HTTP status line"))?;
    let chunked = head.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("transfer-encoding:") && l.contains("chunked")
    });
    let body = if chunked {
        dechunk(body)?
    } else {
        body.to_string()
    };
    Ok((status, body))
}

fn dechunk(mut body: &str) -> Result<String> {
    let mut out = String::new();
    loop {
        let (size, rest) = body
            .split_once("\r\n")
            .ok_or_else(|| anyhow!("malformed chunk"))?;
        let size = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16)
            .context("malformed chunk size")?;
        if size == 0 {
            return Ok(out);
        }
        let chunk = rest.get(..size).ok_or_else(|| anyhow!("truncated chunk"))?;
        out.push_str(chunk);
        body = rest.get(size..).unwrap_or("").trim_start_matches("\r\n");
    }
}

fn curl_post(url: &str, headers: &[(&str, &str)], body: &str) -> Result<(u16, String)> {
    let mut cmd = Command::new("curl");
    cmd.args([
        "-sS",
        "--max-time",
        "20",
        "-X",
        "POST",
        "--data-binary",
        "@-",
    ]);
    cmd.args(["-w", "\n%{http_code}"]);
    for (k, v) in headers {
        cmd.arg("-H").arg(format!("{k}: {v}"));
    }
    cmd.arg(url);
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("HTTPS needs the `curl` program, which was not found")?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(body.as_bytes())?;
    }
    let output = child.wait_with_output()?;
    if !output.status.success() {
        bail!(
            "curl failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let (body, status) = text
        .rsplit_once('\n')
        .ok_or_else(|| anyhow!("no status from curl"))?;
    Ok((status.trim().parse().unwrap_or(0), body.to_string()))
}

/// The user cache folder for CourtListener answers.
pub fn default_cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("plead").join("courtlistener"))
}

/// Looks citations up online (when switched on), once each.
pub struct Client<'a> {
    pub config: &'a AuthoritiesConfig,
    pub cache_dir: PathBuf,
    pub transport: &'a dyn Transport,
}

impl Client<'_> {
    /// The entry for a reporter citation (`673 F. Supp. 2d 1063`): from the disk
    /// cache, else fetched (and cached). Ok(None) when CourtListener does not know it.
    pub fn lookup(&self, citation: &str) -> Result<Option<Entry>> {
        if !self.config.online {
            return Ok(None);
        }
        let cache = self
            .cache_dir
            .join(courtlistener::cache_file_name(citation));
        let body = match std::fs::read_to_string(&cache) {
            Ok(body) => body,
            Err(_) => {
                let body = self.fetch(citation)?;
                if std::fs::create_dir_all(&self.cache_dir).is_ok() {
                    // A cache that cannot be written only costs a refetch.
                    let _ = std::fs::write(&cache, &body);
                }
                body
            }
        };
        courtlistener::entry_from_response(&body, citation, &cache)
    }

    fn fetch(&self, citation: &str) -> Result<String> {
        let request = courtlistener::lookup_request(self.config, citation);
        let headers: Vec<(&str, &str)> = request
            .headers
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        let (status, body) = self.transport.post(&request.url, &headers, &request.body)?;
        courtlistener::check_status(status)?;
        Ok(body)
    }
}

/// Adds online entries for `citations` the library does not know. Does nothing
/// (and opens no connection) unless `config.online` is on. Returns warnings.
pub fn enrich(
    library: &mut Library,
    citations: &[String],
    config: &AuthoritiesConfig,
    transport: &dyn Transport,
) -> Vec<String> {
    if !config.online {
        return Vec::new();
    }
    let Some(cache_dir) = default_cache_dir() else {
        return vec!["CourtListener: no cache folder ($XDG_CACHE_HOME or $HOME unset)".into()];
    };
    let client = Client {
        config,
        cache_dir,
        transport,
    };
    let mut warnings = Vec::new();
    for c in citations {
        if !library.lookup(std::slice::from_ref(c), None).is_empty() {
            continue;
        }
        match client.lookup(c) {
            Ok(Some(entry)) => library.push(entry),
            Ok(None) => {}
            Err(e) => warnings.push(format!("CourtListener lookup of {c}: {e:#}")),
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_plain_and_chunked() {
        let plain = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]";
        assert_eq!(parse_response(plain).unwrap(), (200, "[]".into()));
        let chunked =
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n[{}\r\n1\r\n]\r\n0\r\n\r\n";
        assert_eq!(parse_response(chunked).unwrap(), (200, "[{}]".into()));
        assert!(parse_response(b"garbage").is_err());
    }
}
