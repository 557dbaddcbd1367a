//! The hub over HTTP (axum on hyper): one route table, thin handlers over [`Hub`]'s calls run
//! on the blocking pool, JSON errors `{"error": {"code", "message"}}`, request size limits,
//! the protocol-version check, and per-page compression (zstd or gzip) of pull answers, done on
//! the blocking pool with the page itself.
//!
//! Every handler checks the caller's token (and role) before it reads the body; the body is
//! then read within [`HubConfig::body_timeout`](crate::HubConfig) and at most its route's
//! [`Limit`] on the wire, and decompressed on the blocking pool, stopping at the route's
//! decompressed limit: a pull request is a few hundred bytes, so a compressed bomb costs the
//! hub [`MAX_SMALL_REQUEST`] bytes, not its memory. Beyond a limit the answer is 413
//! `too-large`. Connections that send no complete request head within
//! [`HubConfig::header_timeout`](crate::HubConfig) (a new connection, or an idle kept-alive
//! one) are closed.

use std::future::Future;
use std::io::Read;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use peerguide_core::sync::protocol::{
    MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION, PullRequest, PushRequest,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::net::TcpListener;

pub use peerguide_core::sync::protocol::{InviteRequest, RevokeRequest};
use tower_http::trace::TraceLayer;

use crate::auth::Principal;
use crate::content::PublishRequest;
use crate::review::{ProfilesRequest, ReviewRequest};
use crate::{Hub, HubError};
pub use peerguide_core::sync::protocol::RedeemRequest;

/// The largest push body on the wire (compressed or not).
pub const MAX_BODY: usize = 1 << 20;
/// The largest push once decompressed: many profiles of a few KB each, or a few dozen at
/// their bound (`volunteer::limits::PROFILE_BYTES`).
pub const MAX_PUSH_REQUEST: usize = 4 << 20;
/// The largest body, on the wire and decompressed, of every other endpoint but publish (a
/// cursor and languages, an invite code, a review decision).
pub const MAX_SMALL_REQUEST: usize = 16 << 10;
/// The largest publish body on the wire.
pub const MAX_PUBLISH_BODY: usize = 64 << 20;
/// The largest publish body once decompressed.
pub const MAX_DECOMPRESSED: usize = 256 << 20;

/// How large a route's request body may be.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Bytes on the wire, compressed or not.
    pub wire: usize,
    /// Bytes once decompressed.
    pub plain: usize,
}

const SMALL: Limit = Limit {
    wire: MAX_SMALL_REQUEST,
    plain: MAX_SMALL_REQUEST,
};
const PUSH: Limit = Limit {
    wire: MAX_BODY,
    plain: MAX_PUSH_REQUEST,
};
const PUBLISH: Limit = Limit {
    wire: MAX_PUBLISH_BODY,
    plain: MAX_DECOMPRESSED,
};

impl IntoResponse for HubError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::BAD_REQUEST);
        if status.is_server_error() {
            tracing::error!(code = self.code(), "request failed: {self}");
        }
        let body = peerguide_core::sync::protocol::ErrorEnvelope {
            error: peerguide_core::sync::protocol::RefusalBody {
                code: self.refusal(),
                message: self.to_string(),
            },
        };
        // A refusal may come before the body was read (a missing token, a bad header, a
        // body over the limit): the connection then cannot carry another request, and the
        // client must be told so rather than find out when it sends one.
        (
            status,
            [(header::CONNECTION, HeaderValue::from_static("close"))],
            axum::Json(body),
        )
            .into_response()
    }
}

/// Every POST endpoint, as the route table has them (tests walk this list).
pub const ROUTES: [&str; 8] = [
    "/v1/pull",
    "/v1/push",
    "/v1/publish",
    "/v1/redeem",
    "/v1/invites",
    "/v1/tokens/revoke",
    "/v1/volunteers/review",
    "/v1/volunteers/profiles",
];

/// The route table.
pub fn router(hub: Hub) -> Router {
    Router::new()
        .route("/v1/pull", post(pull))
        .route("/v1/push", post(push))
        .route("/v1/publish", post(publish))
        .route("/v1/redeem", post(redeem))
        .route("/v1/invites", post(invite))
        .route("/v1/tokens/revoke", post(revoke))
        .route("/v1/volunteers/review", post(review))
        .route("/v1/volunteers/profiles", post(profiles))
        .merge(crate::desk::device_routes())
        .layer(middleware::from_fn(check_protocol))
        // The coordinators' desk: cookie sessions, not the sync protocol.
        .merge(crate::desk::api_routes())
        .route("/health", get(|| async { "ok" }))
        .fallback(|req: Request| async move {
            HubError::NotFound {
                path: req.uri().path().chars().take(200).collect(),
            }
        })
        // Logs method, path, status and latency: no bodies, no headers, so no tokens and
        // no personal data.
        .layer(TraceLayer::new_for_http())
        .with_state(hub)
}

/// Serves `hub` on `listener` until `shutdown` completes, then finishes the requests in
/// flight (for at most a minute) before returning.
///
/// Each connection speaks HTTP/1.1 with the hub's timeouts: a connection that does not send
/// a complete request head within [`HubConfig::header_timeout`](crate::HubConfig), whether
/// new or idle between requests, is closed; a body must arrive within
/// [`HubConfig::body_timeout`](crate::HubConfig) (else 408 `request-timeout`).
pub async fn serve(
    listener: TcpListener,
    hub: Hub,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_app(listener, hub.clone(), router(hub), shutdown).await
}

/// [`serve`] with `app` as the route table: [`router`], perhaps inside the public reader's
/// (`crate::reader::router`).
pub async fn serve_app(
    listener: TcpListener,
    hub: Hub,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let purger = hub.clone();
    // Tombstones past the horizon and old push batch answers are purged at start and then
    // hourly.
    let purge = tokio::spawn(async move {
        loop {
            let h = purger.clone();
            match tokio::task::spawn_blocking(move || h.purge_expired()).await {
                Ok(Ok((tombstones, batches))) if tombstones + batches > 0 => {
                    tracing::info!(tombstones, batches, "purged")
                }
                Ok(Err(e)) => tracing::error!("purging failed: {e}"),
                _ => {}
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(hub.config().header_timeout)
        .keep_alive(true);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors or a connection reset before it was taken:
                    // wait a moment rather than spin.
                    tracing::warn!("accepting a connection failed: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let conn = builder.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!("connection ended: {e}");
            }
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(60), graceful.shutdown()).await;
    purge.abort();
    Ok(())
}

async fn check_protocol(req: Request, next: Next) -> Response {
    let Some(value) = req.headers().get(PROTOCOL_HEADER) else {
        return HubError::ProtocolMissing.into_response();
    };
    let text = value.to_str().unwrap_or_default().trim();
    // Only a version number can be told to update; anything else is not a sync client.
    let Some(version) = text
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse::<u64>().ok())
        .flatten()
    else {
        return HubError::ProtocolInvalid {
            value: text.chars().take(16).collect(),
        }
        .into_response();
    };
    if version > u64::from(PROTOCOL_VERSION) {
        HubError::ProtocolTooNew {
            device: version,
            current: PROTOCOL_VERSION,
        }
        .into_response()
    } else if version >= u64::from(MIN_PROTOCOL_VERSION) {
        next.run(req).await
    } else {
        HubError::ProtocolTooOld {
            device: version.to_string(),
            min: MIN_PROTOCOL_VERSION,
        }
        .into_response()
    }
}

/// The token of an `Authorization: Bearer <token>` header; the scheme's name is
/// case-insensitive (RFC 9110, 11.1), so `bearer` and `BEARER` count too.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

/// The content encoding of a request body: only what the hub can decompress.
#[derive(Debug, Clone, Copy)]
enum Encoding {
    Identity,
    Gzip,
    Zstd,
}

fn encoding_of(headers: &HeaderMap) -> Result<Encoding, HubError> {
    let Some(value) = headers.get(header::CONTENT_ENCODING) else {
        return Ok(Encoding::Identity);
    };
    match value.to_str().unwrap_or_default().trim() {
        "" | "identity" => Ok(Encoding::Identity),
        "gzip" => Ok(Encoding::Gzip),
        "zstd" => Ok(Encoding::Zstd),
        other => Err(HubError::Malformed {
            reason: format!(
                "unknown content encoding '{}'",
                other.chars().take(32).collect::<String>()
            ),
        }),
    }
}

/// Reads a JSON body of at most `limit`: on the wire within the hub's body timeout, then
/// decompressed and parsed on the blocking pool, stopping as soon as the decompressed size
/// passes `limit.plain`.
pub(crate) async fn read_json<T: DeserializeOwned + Send + 'static>(
    hub: &Hub,
    headers: &HeaderMap,
    body: Body,
    limit: Limit,
) -> Result<T, HubError> {
    let encoding = encoding_of(headers)?;
    let too_large = HubError::TooLarge { limit: limit.wire };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit.wire as u64) {
        drain(body).await;
        return Err(too_large);
    }
    let read = Limited::new(body, limit.wire).collect();
    let bytes = match tokio::time::timeout(hub.config().body_timeout, read).await {
        Err(_) => return Err(HubError::RequestTimeout),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => return Err(too_large),
        Ok(Err(e)) => {
            return Err(HubError::Malformed {
                reason: format!("the body could not be read: {e}"),
            });
        }
        Ok(Ok(collected)) => collected.to_bytes(),
    };
    blocking(move || decode(&bytes, encoding, limit.plain)).await
}

/// How much of a refused body the hub still reads, and for how long, before it answers.
const DRAIN_BYTES: usize = 8 << 20;
const DRAIN_TIME: std::time::Duration = std::time::Duration::from_secs(2);

/// Reads and drops the rest of a body refused for its declared size, up to [`DRAIN_BYTES`]
/// and [`DRAIN_TIME`] (a "lingering close"): a client still writing it would otherwise meet
/// a closed connection and never read the 413 that says why. Nothing is kept, so this costs
/// the hub bandwidth, not memory; a larger or slower body is simply cut off.
async fn drain(mut body: Body) {
    let read = async {
        let mut left = DRAIN_BYTES;
        while let Some(Ok(frame)) = body.frame().await {
            let n = frame.data_ref().map_or(0, |d| d.len());
            if n >= left {
                break;
            }
            left -= n;
        }
    };
    let _ = tokio::time::timeout(DRAIN_TIME, read).await;
}

/// Decompresses (at most `plain_limit` bytes) and parses a body.
fn decode<T: DeserializeOwned>(
    body: &[u8],
    encoding: Encoding,
    plain_limit: usize,
) -> Result<T, HubError> {
    let too_large = || HubError::TooLarge { limit: plain_limit };
    let decompressed;
    let plain: &[u8] = match encoding {
        Encoding::Identity => body,
        Encoding::Gzip | Encoding::Zstd => {
            let reader: Box<dyn Read + '_> = match encoding {
                Encoding::Gzip => Box::new(flate2::read::GzDecoder::new(body)),
                _ => Box::new(zstd::stream::read::Decoder::new(body).map_err(|e| {
                    HubError::Malformed {
                        reason: format!("cannot decompress the body: {e}"),
                    }
                })?),
            };
            let mut out = Vec::new();
            reader
                .take(plain_limit as u64 + 1)
                .read_to_end(&mut out)
                .map_err(|e| HubError::Malformed {
                    reason: format!("cannot decompress the body: {e}"),
                })?;
            decompressed = out;
            &decompressed
        }
    };
    if plain.len() > plain_limit {
        return Err(too_large());
    }
    // Every request body is a JSON object. serde would also fill a struct from an array of
    // its fields in order (`[]` is a valid `ProfilesRequest`), a second shape nobody sends on
    // purpose: refuse it as the wrong shape.
    if plain.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(HubError::WrongShape {
            reason: "the body must be a JSON object".to_owned(),
        });
    }
    serde_json::from_slice(plain).map_err(|e| {
        if e.is_data() {
            HubError::WrongShape {
                reason: e.to_string(),
            }
        } else {
            HubError::Malformed {
                reason: e.to_string(),
            }
        }
    })
}

/// Runs a hub call on the blocking pool (SQLite and signing are synchronous).
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, HubError> + Send + 'static,
) -> Result<T, HubError> {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|e| {
        Err(HubError::DataDir {
            path: "hub".into(),
            reason: format!("a request handler failed: {e}"),
        })
    })
}

fn json_answer(value: &impl Serialize) -> Response {
    axum::Json(value).into_response()
}

/// The best encoding the client accepts: zstd, then gzip, else none.
fn pick_encoding(headers: &HeaderMap) -> Option<&'static str> {
    let accept = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let offers: Vec<&str> = accept
        .split(',')
        .map(|s| s.split(';').next().unwrap_or_default().trim())
        .collect();
    ["zstd", "gzip"].into_iter().find(|e| offers.contains(e))
}

/// zstd level for answers. Measured on the pages of a first sync of realistic text
/// (`WORDS=250 cargo bench -p peerguide-hub --bench sync` with `PAGES=dir`, then `zstd`),
/// with the hub's 4 MiB pages for a device far behind, the whole first sync: level 3 87.5 MB,
/// 6 80.6 MB, 9 76.9 MB, 12 75.6 MB. CPU time to compress 36.4 MB of those pages: level 6
/// 0.8 s; level 9 1.7–2.0 s (and 1.5–1.7 s with the 1 MiB pages and level 9 used before). So
/// level 6 sends 7% fewer bytes than before for about half the hub's CPU; level 9 would save
/// 4.6% more bytes at twice the CPU (BENCHMARKS.md, "larger pages for a far-behind device").
const PAGE_ZSTD_LEVEL: i32 = 6;

/// An answer serialised and compressed as the client accepts, ready to send.
struct Encoded {
    body: Vec<u8>,
    encoding: Option<&'static str>,
}

impl Encoded {
    /// Serialises and compresses `value`: CPU work, so the handlers call it on the blocking
    /// pool, not on the runtime's few worker threads that every other request waits on.
    fn new(encoding: Option<&'static str>, value: &impl Serialize) -> Encoded {
        let json = serde_json::to_vec(value).expect("serialises");
        match encoding {
            Some("zstd") => Encoded {
                body: zstd::bulk::compress(&json, PAGE_ZSTD_LEVEL)
                    .expect("compressing to memory succeeds"),
                encoding: Some("zstd"),
            },
            Some("gzip") => {
                let mut enc =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                std::io::Write::write_all(&mut enc, &json).expect("writing to memory succeeds");
                Encoded {
                    body: enc.finish().expect("writing to memory succeeds"),
                    encoding: Some("gzip"),
                }
            }
            _ => Encoded {
                body: json,
                encoding: None,
            },
        }
    }
}

impl IntoResponse for Encoded {
    fn into_response(self) -> Response {
        let mut response = (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            self.body,
        )
            .into_response();
        if let Some(enc) = self.encoding {
            response
                .headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
        }
        response
    }
}

pub(crate) async fn who(hub: &Hub, headers: &HeaderMap) -> Result<Principal, HubError> {
    let token = bearer(headers).map(str::to_owned);
    let hub = hub.clone();
    blocking(move || hub.authenticate(token.as_deref())).await
}

async fn pull(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    let req: PullRequest = read_json(&hub, &headers, body, SMALL).await?;
    let encoding = pick_encoding(&headers);
    let page = blocking(move || Ok(Encoded::new(encoding, &hub.pull(&principal, &req)?))).await?;
    Ok(page.into_response())
}

async fn push(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    // Only devices with a token may push: an anonymous caller's body is never read.
    if matches!(principal, Principal::Anonymous) {
        return Err(HubError::TokenRequired);
    }
    let req: PushRequest = read_json(&hub, &headers, body, PUSH).await?;
    let ack = blocking(move || hub.push(&principal, &req)).await?;
    Ok(json_answer(&ack))
}

async fn publish(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("publish content")?;
    let req: PublishRequest = read_json(&hub, &headers, body, PUBLISH).await?;
    let report = blocking(move || hub.publish(&principal, &req)).await?;
    Ok(json_answer(&report))
}

async fn redeem(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    // Anyone may redeem (a token sent along is ignored): the body is at most a few KB.
    let req: RedeemRequest = read_json(&hub, &headers, body, SMALL).await?;
    let redeemed = blocking(move || hub.redeem(&req.code)).await?;
    Ok(json_answer(&redeemed))
}

async fn invite(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("create invites")?;
    let req: InviteRequest = read_json(&hub, &headers, body, SMALL).await?;
    let invite = blocking(move || hub.create_invite(req.role, req.token_ttl_secs)).await?;
    Ok(json_answer(&invite))
}

async fn revoke(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("revoke tokens")?;
    let req: RevokeRequest = read_json(&hub, &headers, body, SMALL).await?;
    let revoked = match (req.token_id, req.volunteer_id) {
        (Some(token_id), None) => blocking(move || hub.revoke(&token_id).map(|()| 1)).await?,
        (None, Some(volunteer_id)) => blocking(move || hub.revoke_volunteer(volunteer_id)).await?,
        _ => {
            return Err(HubError::WrongShape {
                reason: "give either token_id or volunteer_id".into(),
            });
        }
    };
    Ok(json_answer(&serde_json::json!({"revoked": revoked})))
}

async fn review(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("review volunteer profiles")?;
    let req: ReviewRequest = read_json(&hub, &headers, body, SMALL).await?;
    let answer = blocking(move || hub.review(&principal, &req)).await?;
    Ok(json_answer(&answer))
}

async fn profiles(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("review volunteer profiles")?;
    let req: ProfilesRequest = read_json(&hub, &headers, body, SMALL).await?;
    // Every contact of every profile: compressed like a page.
    let encoding = pick_encoding(&headers);
    let answer =
        blocking(move || Ok(Encoded::new(encoding, &hub.profiles(&principal, &req)?))).await?;
    Ok(answer.into_response())
}
