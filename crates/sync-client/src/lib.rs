//! The device side of sync over HTTP: a [`Transport`] for the core's sync engine (reqwest,
//! blocking; the engine itself is synchronous because SQLite is), plus the few other calls a
//! device makes: redeeming an invite, publishing a pack, managing invites and tokens; and
//! [`device::Device`], the app's own sync on an async runtime.
//!
//! Pull answers arrive compressed (zstd, else gzip); they are decompressed here, with a
//! size limit, and the bytes on the wire are counted for benchmarks.

#![deny(missing_docs)]

pub mod device;

use std::io::Read;
use std::time::Duration;

use peerguide_core::sync::engine::{Transport, TransportError};
use peerguide_core::sync::protocol::{
    ErrorEnvelope, PROTOCOL_HEADER, PROTOCOL_VERSION, Page, PullRequest, PushAck, PushRequest,
};
use reqwest::blocking::Client;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The largest answer accepted once decompressed.
pub const MAX_ANSWER: u64 = 256 << 20;

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
}

impl HttpTransport {
    /// A transport for the hub at `base` (e.g. `http://127.0.0.1:8080`), with a device token
    /// if the device has one.
    pub fn new(base: &str, token: Option<String>) -> Result<HttpTransport, TransportError> {
        let client = Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(120))
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
        let response = req
            .send()
            .map_err(|e| TransportError::Unreachable(format!("{url}: {}", describe(&e))))?;
        let status = response.status();
        let encoding = response
            .headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("identity")
            .to_owned();
        let raw = response.bytes().map_err(|e| {
            TransportError::Unreachable(format!("{url}: answer cut off: {}", describe(&e)))
        })?;
        self.bytes_in += raw.len() as u64;
        let plain = decompress(&encoding, &raw).map_err(|e| {
            // A cut-off compressed stream is a broken connection, not a bad hub.
            TransportError::Unreachable(format!("{url}: answer cut off or damaged: {e}"))
        })?;
        if !status.is_success() {
            return Err(match serde_json::from_slice::<ErrorEnvelope>(&plain) {
                Ok(env) => TransportError::Refused {
                    status: status.as_u16(),
                    code: env.error.code,
                    message: env.error.message,
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

fn decompress(encoding: &str, raw: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    match encoding {
        "zstd" => {
            zstd::stream::read::Decoder::new(raw)?
                .take(MAX_ANSWER)
                .read_to_end(&mut out)?;
        }
        "gzip" => {
            flate2::read::GzDecoder::new(raw)
                .take(MAX_ANSWER)
                .read_to_end(&mut out)?;
        }
        _ => out = raw.to_vec(),
    }
    Ok(out)
}

impl Transport for HttpTransport {
    fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError> {
        self.call("/v1/pull", req)
    }

    fn push(&mut self, req: &PushRequest) -> Result<PushAck, TransportError> {
        self.call("/v1/push", req)
    }
}
