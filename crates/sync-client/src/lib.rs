//! The device side of sync over HTTP: a [`Transport`] for the core's sync engine (reqwest,
//! blocking; the engine itself is synchronous because SQLite is), plus the few other calls a
//! device makes: redeeming an invite, publishing a pack, managing invites and tokens; and
//! [`device::Device`], the app's own sync on an async runtime.
//!
//! Pull answers arrive compressed (zstd, else gzip); they are decompressed here, with a
//! size limit, and the bytes on the wire are counted for benchmarks.

#![deny(missing_docs)]

pub mod device;
pub mod keystore;

use std::io::Read;
use std::time::{Duration, Instant};

use peerguide_core::sync::engine::{Transport, TransportError};
use peerguide_core::sync::protocol::{
    ErrorEnvelope, FlagAnswer, FlagRequest, MySuggestions, PROTOCOL_HEADER, PROTOCOL_VERSION, Page,
    PullRequest, PushAck, PushRequest, Refusal, SuggestionRequest, SuggestionState,
};
use peerguide_core::sync::suggest::SuggestionTransport;
use reqwest::blocking::Client;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The largest answer accepted, as it comes over the wire (compressed or not).
pub const MAX_WIRE_ANSWER: u64 = 16 << 20;
/// The largest answer accepted once decompressed. A page holds about 1 MiB of records (the
/// hub's page budget; 4 MiB, about 5 MB of JSON, for a device far behind); a coordinator's
/// review list, every profile with its contacts, is the largest answer there is, and stays
/// far below this.
pub const MAX_ANSWER: u64 = 32 << 20;
/// How long one request may take when the sync sets no deadline.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

/// A connection to one hub.
#[derive(Clone)]
pub struct HttpTransport {
    client: Client,
    base: String,
    token: Option<String>,
    /// Bytes received (as sent on the wire, compressed) and sent, for benchmarks.
    pub bytes_in: u64,
    /// Request body bytes sent.
    pub bytes_out: u64,
    /// When the current sync must end: no request waits past it.
    until: Option<Instant>,
}

impl HttpTransport {
    /// A transport for the hub at `base` (e.g. `http://127.0.0.1:8080`), with a device token
    /// if the device has one.
    pub fn new(base: &str, token: Option<String>) -> Result<HttpTransport, TransportError> {
        let client = Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(REQUEST_TIMEOUT)
            .build()
            .map_err(|e| TransportError::Unreachable(format!("cannot set up HTTP: {e}")))?;
        Ok(HttpTransport::with_client(client, base, token))
    }

    /// As [`HttpTransport::new`], sharing an existing client (many devices in one test).
    pub fn with_client(client: Client, base: &str, token: Option<String>) -> HttpTransport {
        HttpTransport {
            client,
            base: base.trim_end_matches('/').to_owned(),
            token,
            bytes_in: 0,
            bytes_out: 0,
            until: None,
        }
    }

    /// Posts `body` as JSON to `path` and reads the JSON answer.
    pub fn call<T: Serialize, U: DeserializeOwned>(
        &mut self,
        path: &str,
        body: &T,
    ) -> Result<U, TransportError> {
        let json = serde_json::to_vec(body).expect("requests serialise");
        // Large bodies (a published pack) go compressed.
        let (payload, encoding) = if json.len() > 16 * 1024 {
            (
                zstd::bulk::compress(&json, 3).expect("compressing to memory succeeds"),
                Some("zstd"),
            )
        } else {
            (json, None)
        };
        self.bytes_out += payload.len() as u64;
        let url = format!("{}{}", self.base, path);
        let mut req = self
            .client
            .post(&url)
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .header("content-type", "application/json")
            .header("accept-encoding", "zstd, gzip")
            .body(payload);
        if let Some(enc) = encoding {
            req = req.header("content-encoding", enc);
        }
        if let Some(token) = &self.token {
            req = req.bearer_auth(token);
        }
        if let Some(until) = self.until {
            let left = until.saturating_duration_since(Instant::now());
            req = req.timeout(left.min(REQUEST_TIMEOUT).max(Duration::from_millis(1)));
        }
        let mut response = req
            .send()
            .map_err(|e| TransportError::Unreachable(format!("{url}: {}", describe(&e))))?;
        let status = response.status();
        let encoding = response
            .headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("identity")
            .to_owned();
        // Read no more than an answer may hold, whatever the hub (or a network in between)
        // says or sends: both the bytes on the wire and what they decompress to are bounded.
        let mut raw = Vec::new();
        (&mut response)
            .take(MAX_WIRE_ANSWER + 1)
            .read_to_end(&mut raw)
            .map_err(|e| TransportError::Unreachable(format!("{url}: answer cut off: {e}")))?;
        self.bytes_in += raw.len() as u64;
        if raw.len() as u64 > MAX_WIRE_ANSWER {
            return Err(TransportError::Garbled(format!(
                "{url}: the answer is larger than {MAX_WIRE_ANSWER} bytes"
            )));
        }
        let plain = match decompress(&encoding, &raw) {
            Ok(Some(plain)) => plain,
            Ok(None) => {
                return Err(TransportError::Garbled(format!(
                    "{url}: the answer decompresses to more than {MAX_ANSWER} bytes"
                )));
            }
            // A cut-off compressed stream is a broken connection, not a bad hub.
            Err(e) => {
                return Err(TransportError::Unreachable(format!(
                    "{url}: answer cut off or damaged: {e}"
                )));
            }
        };
        if !status.is_success() {
            return Err(match serde_json::from_slice::<ErrorEnvelope>(&plain) {
                Ok(env) => TransportError::Refused {
                    code: env.error.code,
                    message: match env.error.code {
                        // A newer hub's code: keep it in the message for whoever reads it.
                        Refusal::Unrecognised => format!(
                            "{} (HTTP {status}): {}",
                            unrecognised_code(&plain),
                            env.error.message
                        ),
                        _ => env.error.message,
                    },
                },
                Err(_) if status.is_server_error() || plain.is_empty() => {
                    TransportError::Unreachable(format!("{url}: HTTP {status}"))
                }
                Err(_) => TransportError::Garbled(format!(
                    "{url}: HTTP {status} with an answer that is not a hub's"
                )),
            });
        }
        serde_json::from_slice(&plain).map_err(|e| {
            if e.is_eof() {
                TransportError::Unreachable(format!("{url}: answer cut off: {e}"))
            } else {
                TransportError::Garbled(format!("{url}: {e}"))
            }
        })
    }
}

/// The code of an error answer whose code this build does not know.
fn unrecognised_code(plain: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(plain)
        .ok()
        .and_then(|v| v["error"]["code"].as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn describe(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// The answer's bytes, decompressed; `None` if they would be more than [`MAX_ANSWER`]
/// (reading stops there: a small bomb never becomes a large allocation).
fn decompress(encoding: &str, raw: &[u8]) -> std::io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    match encoding {
        "zstd" => {
            zstd::stream::read::Decoder::new(raw)?
                .take(MAX_ANSWER + 1)
                .read_to_end(&mut out)?;
        }
        "gzip" => {
            flate2::read::GzDecoder::new(raw)
                .take(MAX_ANSWER + 1)
                .read_to_end(&mut out)?;
        }
        _ => out = raw.to_vec(),
    }
    Ok((out.len() as u64 <= MAX_ANSWER).then_some(out))
}

impl Transport for HttpTransport {
    fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError> {
        self.call("/v1/pull", req)
    }

    fn push(&mut self, req: &PushRequest) -> Result<PushAck, TransportError> {
        self.call("/v1/push", req)
    }

    fn set_deadline(&mut self, until: Option<Instant>) {
        self.until = until;
    }
}

impl SuggestionTransport for HttpTransport {
    fn flag(&mut self, req: &FlagRequest) -> Result<FlagAnswer, TransportError> {
        // Anonymous: the token stays home, so nothing ties the flag to this device.
        let token = self.token.take();
        let answer = self.call("/v1/flags", req);
        self.token = token;
        answer
    }

    fn suggest(&mut self, req: &SuggestionRequest) -> Result<SuggestionState, TransportError> {
        self.call("/v1/suggestions", req)
    }

    fn mine(&mut self) -> Result<MySuggestions, TransportError> {
        self.call("/v1/suggestions/mine", &serde_json::json!({}))
    }
}
