//! The hub over HTTP (axum): one route table, thin handlers over [`Hub`]'s calls run on the
//! blocking pool, JSON errors `{"error": {"code", "message"}}`, request size limits, the
//! protocol-version check, and per-page compression (zstd or gzip) of pull answers.
//!
//! Limits: request bodies are at most [`MAX_BODY`] bytes ([`MAX_PUBLISH_BODY`] for
//! `/v1/publish`), decompressed at most [`MAX_DECOMPRESSED`]; beyond that the answer is
//! 413 `too-large`.

use std::future::Future;
use std::io::Read;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use peerguide_core::sync::protocol::{
    MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION, PullRequest, PushRequest,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use crate::auth::{Principal, Role};
use crate::content::PublishRequest;
use crate::review::{ProfilesRequest, ReviewRequest};
use crate::{Hub, HubError};
pub use peerguide_core::sync::protocol::RedeemRequest;

/// The largest request body, compressed, for every endpoint but publish.
pub const MAX_BODY: usize = 1 << 20;
/// The largest publish body, compressed.
pub const MAX_PUBLISH_BODY: usize = 64 << 20;
/// The largest request body once decompressed.
pub const MAX_DECOMPRESSED: usize = 256 << 20;

impl IntoResponse for HubError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::BAD_REQUEST);
        if status.is_server_error() {
            tracing::error!(code = self.code(), "request failed: {self}");
        }
        let body = serde_json::json!({"error": {"code": self.code(), "message": self.to_string()}});
        (status, axum::Json(body)).into_response()
    }
}

/// The route table.
pub fn router(hub: Hub) -> Router {
    Router::new()
        .route("/v1/pull", post(pull))
        .route("/v1/push", post(push))
        .route(
            "/v1/publish",
            post(publish).layer(DefaultBodyLimit::max(MAX_PUBLISH_BODY)),
        )
        .route("/v1/redeem", post(redeem))
        .route("/v1/invites", post(invite))
        .route("/v1/tokens/revoke", post(revoke))
        .route("/v1/volunteers/review", post(review))
        .route("/v1/volunteers/profiles", post(profiles))
        .layer(middleware::from_fn(check_protocol))
        .route("/health", get(|| async { "ok" }))
        .fallback(|req: Request| async move {
            HubError::NotFound {
                path: req.uri().path().to_owned(),
            }
        })
        .layer(DefaultBodyLimit::max(MAX_BODY))
        // Logs method, path, status and latency: no bodies, no headers, so no tokens and
        // no personal data.
        .layer(TraceLayer::new_for_http())
        .with_state(hub)
}

/// Serves `hub` on `listener` until `shutdown` completes, then finishes the requests in
/// flight before returning.
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
    // Tombstones past the horizon are purged at start and then hourly.
    let purge = tokio::spawn(async move {
        loop {
            let h = purger.clone();
            match tokio::task::spawn_blocking(move || h.purge_expired_tombstones()).await {
                Ok(Ok(n)) if n > 0 => tracing::info!(purged = n, "tombstones purged"),
                Ok(Err(e)) => tracing::error!("purging tombstones failed: {e}"),
                _ => {}
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    });
    let result = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    purge.abort();
    result
}

async fn check_protocol(req: Request, next: Next) -> Response {
    let Some(value) = req.headers().get(PROTOCOL_HEADER) else {
        return HubError::ProtocolMissing.into_response();
    };
    let text = value.to_str().unwrap_or_default();
    match text.trim().parse::<u32>() {
        Ok(v) if v > PROTOCOL_VERSION => HubError::ProtocolTooNew {
            device: v,
            current: PROTOCOL_VERSION,
        }
        .into_response(),
        Ok(v) if v >= MIN_PROTOCOL_VERSION => next.run(req).await,
        _ => HubError::ProtocolTooOld {
            device: text.chars().take(16).collect(),
            min: MIN_PROTOCOL_VERSION,
        }
        .into_response(),
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// Reads a JSON body, decompressing it if the client compressed it.
fn parse_body<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    limit: usize,
) -> Result<T, HubError> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            HubError::TooLarge { limit }
        } else {
            HubError::Malformed {
                reason: e.body_text(),
            }
        }
    })?;
    let encoding = headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("identity");
    let mut plain = Vec::new();
    let read = match encoding {
        "identity" => {
            plain = body.to_vec();
            Ok(0)
        }
        "gzip" => flate2::read::GzDecoder::new(&body[..])
            .take(MAX_DECOMPRESSED as u64 + 1)
            .read_to_end(&mut plain),
        "zstd" => zstd::stream::read::Decoder::new(&body[..])
            .and_then(|d| d.take(MAX_DECOMPRESSED as u64 + 1).read_to_end(&mut plain)),
        other => {
            return Err(HubError::Malformed {
                reason: format!("unknown content encoding '{other}'"),
            });
        }
    };
    read.map_err(|e| HubError::Malformed {
        reason: format!("cannot decompress the body: {e}"),
    })?;
    if plain.len() > MAX_DECOMPRESSED {
        return Err(HubError::TooLarge {
            limit: MAX_DECOMPRESSED,
        });
    }
    serde_json::from_slice(&plain).map_err(|e| {
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
async fn blocking<T: Send + 'static>(
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

fn compressed_json(headers: &HeaderMap, value: &impl Serialize) -> Response {
    let json = serde_json::to_vec(value).expect("serialises");
    let (body, encoding) = match pick_encoding(headers) {
        Some("zstd") => (
            zstd::bulk::compress(&json, 3).expect("compressing to memory succeeds"),
            Some("zstd"),
        ),
        Some("gzip") => {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            std::io::Write::write_all(&mut enc, &json).expect("writing to memory succeeds");
            (
                enc.finish().expect("writing to memory succeeds"),
                Some("gzip"),
            )
        }
        _ => (json, None),
    };
    let mut response = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response();
    if let Some(enc) = encoding {
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
    }
    response
}

async fn who(hub: &Hub, headers: &HeaderMap) -> Result<Principal, HubError> {
    let token = bearer(headers).map(str::to_owned);
    let hub = hub.clone();
    blocking(move || hub.authenticate(token.as_deref())).await
}

async fn pull(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, HubError> {
    let req: PullRequest = parse_body(&headers, body, MAX_BODY)?;
    let principal = who(&hub, &headers).await?;
    let page = blocking(move || hub.pull(&principal, &req)).await?;
    Ok(compressed_json(&headers, &page))
}

async fn push(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    let req: PushRequest = parse_body(&headers, body, MAX_BODY)?;
    let ack = blocking(move || hub.push(&principal, &req)).await?;
    Ok(json_answer(&ack))
}

async fn publish(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("publish content")?;
    let req: PublishRequest = parse_body(&headers, body, MAX_PUBLISH_BODY)?;
    let report = blocking(move || hub.publish(&principal, &req)).await?;
    Ok(json_answer(&report))
}

async fn redeem(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, HubError> {
    let req: RedeemRequest = parse_body(&headers, body, MAX_BODY)?;
    let redeemed = blocking(move || hub.redeem(&req.code)).await?;
    Ok(json_answer(&redeemed))
}

/// `POST /v1/invites`: a coordinator creates an invite.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    /// The role it grants.
    pub role: Role,
    /// How long the resulting token lasts, in seconds (the hub's default if absent).
    #[serde(default)]
    pub token_ttl_secs: Option<u64>,
}

async fn invite(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("create invites")?;
    let req: InviteRequest = parse_body(&headers, body, MAX_BODY)?;
    let invite = blocking(move || hub.create_invite(req.role, req.token_ttl_secs)).await?;
    Ok(json_answer(&invite))
}

/// `POST /v1/tokens/revoke`: a coordinator revokes a device token.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevokeRequest {
    /// The token's id.
    pub token_id: String,
}

async fn revoke(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("revoke tokens")?;
    let req: RevokeRequest = parse_body(&headers, body, MAX_BODY)?;
    blocking(move || hub.revoke(&req.token_id)).await?;
    Ok(json_answer(&serde_json::json!({"revoked": true})))
}

async fn review(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("review volunteer profiles")?;
    let req: ReviewRequest = parse_body(&headers, body, MAX_BODY)?;
    let answer = blocking(move || hub.review(&principal, &req)).await?;
    Ok(json_answer(&answer))
}

async fn profiles(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, HubError> {
    let principal = who(&hub, &headers).await?;
    principal.require_coordinator("review volunteer profiles")?;
    let req: ProfilesRequest = parse_body(&headers, body, MAX_BODY)?;
    let answer = blocking(move || hub.profiles(&principal, &req)).await?;
    // Every contact of every profile: compressed like a page.
    Ok(compressed_json(&headers, &answer))
}
