//! The coordinators' desk: a browser interface at `/desk` for the organisation's guidance
//! (overview, editing, publishing, history), over its own JSON routes under `/desk/api/`.
//!
//! Only coordinators reach it, and every route checks that on the hub, not in the page. A
//! coordinator signs in with a device token or a coordinator invite code and the browser gets
//! a session cookie: `HttpOnly` (no script reads it), `SameSite=Strict` (another site's page
//! cannot send it), `Secure` when the page came over TLS, `Path=/desk`, with an expiry. Every
//! write also needs the session's CSRF token in the `x-desk-csrf` header and an `Origin` that
//! is the hub's own. The hub's sync API (`/v1/*`) is unchanged.

pub mod overview;
pub mod published;
pub mod revision;
pub mod session;
pub mod suggestion;

use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use chrono::NaiveDate;
use peerguide_core::review::ReviewPolicy;
use peerguide_core::setting::REVIEW_POLICY;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::Principal;
use crate::http::{Limit, blocking, read_json};
use crate::{Hub, HubError};
pub use overview::{Cell, Overview};
pub use peerguide_core::sync::protocol::{
    FlagAnswer, FlagRequest, MySuggestions, SuggestionRequest, SuggestionState,
};
pub use revision::{DeskKind, Editing, Revision, RevisionBody};
pub use session::{DeskSession, SignIn};
pub use suggestion::QueueItem;

/// The session cookie's name.
pub const COOKIE: &str = "pg_desk";
/// The header a write carries the session's CSRF token in.
pub const CSRF_HEADER: &str = "x-desk-csrf";

/// Every desk API route as `(method, path)`, path parameters in braces (tests walk this).
pub const ROUTES: [(&str, &str); 13] = [
    ("GET", "/desk/api/session"),
    ("POST", "/desk/api/sign-in"),
    ("POST", "/desk/api/sign-out"),
    ("GET", "/desk/api/overview"),
    ("GET", "/desk/api/{kind}/{slug}"),
    ("GET", "/desk/api/{kind}/{slug}/revisions/{id}"),
    ("POST", "/desk/api/{kind}/save"),
    ("POST", "/desk/api/{kind}/publish"),
    ("POST", "/desk/api/{kind}/{slug}/restore"),
    ("POST", "/desk/api/{kind}/{slug}/unpublish"),
    ("GET", "/desk/api/queue"),
    ("POST", "/desk/api/queue/{id}/accept"),
    ("POST", "/desk/api/queue/{id}/decline"),
];

/// The routes phones send suggestions and flags to, under the sync protocol's check.
pub const DEVICE_ROUTES: [&str; 3] = ["/v1/flags", "/v1/suggestions", "/v1/suggestions/mine"];

/// An article with every translation is at most this large.
const ITEM: Limit = Limit {
    wire: 1 << 20,
    plain: 1 << 20,
};
const SMALL: Limit = Limit {
    wire: 16 << 10,
    plain: 16 << 10,
};

/// The desk's API routes, merged into the hub's route table.
pub fn api_routes() -> Router<Hub> {
    Router::new()
        .route("/desk/api/session", get(current))
        .route("/desk/api/sign-in", post(sign_in))
        .route("/desk/api/sign-out", post(sign_out))
        .route("/desk/api/overview", get(overview))
        .route("/desk/api/{kind}/{slug}", get(item))
        .route("/desk/api/{kind}/{slug}/revisions/{id}", get(revision))
        .route("/desk/api/{kind}/save", post(save))
        .route("/desk/api/{kind}/publish", post(publish))
        .route("/desk/api/{kind}/{slug}/restore", post(restore))
        .route("/desk/api/{kind}/{slug}/unpublish", post(unpublish))
        .route("/desk/api/queue", get(queue))
        .route("/desk/api/queue/{id}/accept", post(accept))
        .route("/desk/api/queue/{id}/decline", post(decline))
        .layer(axum::middleware::from_fn(no_store))
}

/// What phones send for the review queue: anyone's flag, a volunteer's suggestion and the
/// state of their own suggestions.
pub fn device_routes() -> Router<Hub> {
    Router::new()
        .route("/v1/flags", post(flag))
        .route("/v1/suggestions", post(suggest))
        .route("/v1/suggestions/mine", post(mine))
}

/// The desk's page (`ui/dist/desk.html`, built beside the reader's), at `/desk`. `None` when
/// the build has no desk page.
pub fn page_routes<S: Clone + Send + Sync + 'static>(ui_dir: &Path) -> Option<Router<S>> {
    let html = std::fs::read_to_string(ui_dir.join("desk.html")).ok()?;
    let html = html.replace("\"./assets/", "\"/assets/");
    Some(Router::new().route(
        "/desk",
        get(move || {
            let html = html.clone();
            async move { Html(html) }
        }),
    ))
}

/// The desk's page with the build's files it loads (`/assets/*`), for a hub whose public
/// reader is off: coordinators still reach the desk. `None` when the build has no desk page.
pub fn site_routes(ui_dir: &Path) -> Option<Router> {
    Some(page_routes::<()>(ui_dir)?.nest_service(
        "/assets",
        tower_http::services::ServeDir::new(ui_dir.join("assets")),
    ))
}

async fn no_store(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let mut response = next.run(req).await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The session id a request's cookie holds.
fn cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == COOKIE && !value.is_empty()).then(|| value.to_owned())
        })
}

/// Refuses a write sent from anywhere but the hub's own pages: the `Origin` must name this
/// host, and a browser that says the request is cross-site is believed.
fn same_origin(headers: &HeaderMap) -> Result<(), HubError> {
    if headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site")
    {
        return Err(HubError::CsrfRefused {
            reason: "sent from another site",
        });
    }
    let origin = headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .ok_or(HubError::CsrfRefused {
            reason: "no Origin header",
        })?;
    let host = headers
        .get("x-forwarded-host")
        .or_else(|| headers.get(header::HOST))
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    match origin.split_once("://") {
        Some((_, origin_host)) if !host.is_empty() && origin_host == host => Ok(()),
        _ => Err(HubError::CsrfRefused {
            reason: "sent from another site",
        }),
    }
}

/// True when the browser reached the hub over TLS (directly or through a proxy that says so).
fn over_tls(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
        || headers
            .get(header::ORIGIN)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|o| o.starts_with("https://"))
}

fn set_cookie(value: &str, max_age: u64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}={value}; Path=/desk; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .expect("a cookie of hex digits is a valid header")
}

/// The signed-in coordinator of a read.
async fn reader(hub: &Hub, headers: &HeaderMap) -> Result<DeskSession, HubError> {
    let id = cookie(headers);
    let hub = hub.clone();
    blocking(move || hub.desk_session(id.as_deref())).await
}

/// The signed-in coordinator of a write: a live session, its CSRF token, the hub's own origin.
async fn writer(hub: &Hub, headers: &HeaderMap) -> Result<DeskSession, HubError> {
    let session = reader(hub, headers).await?;
    same_origin(headers)?;
    let sent = headers
        .get(CSRF_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !constant_time_eq(sent, session.csrf.as_bytes()) {
        return Err(HubError::CsrfRefused {
            reason: "the page's CSRF token is missing or wrong",
        });
    }
    Ok(session)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn principal(session: &DeskSession) -> Principal {
    Principal::Coordinator {
        token_id: session.token_id.clone(),
    }
}

fn kind_of(text: &str) -> Result<DeskKind, HubError> {
    DeskKind::parse(text).ok_or_else(|| HubError::NotFound {
        path: format!("/desk/api/{}", text.chars().take(40).collect::<String>()),
    })
}

async fn current(State(hub): State<Hub>, headers: HeaderMap) -> Result<Response, HubError> {
    let session = reader(&hub, &headers).await?;
    Ok(axum::Json(session).into_response())
}

async fn sign_in(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    same_origin(&headers)?;
    let req: SignIn = read_json(&hub, &headers, body, SMALL).await?;
    let ttl = hub.config().desk_session_secs;
    let h = hub.clone();
    let (id, session) = blocking(move || h.desk_sign_in(&req)).await?;
    let mut response = axum::Json(session).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, set_cookie(&id, ttl, over_tls(&headers)));
    Ok(response)
}

async fn sign_out(State(hub): State<Hub>, headers: HeaderMap) -> Result<Response, HubError> {
    writer(&hub, &headers).await?;
    if let Some(id) = cookie(&headers) {
        blocking(move || hub.desk_sign_out(&id)).await?;
    }
    let mut response = axum::Json(json!({"signed_out": true})).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, set_cookie("", 0, over_tls(&headers)));
    Ok(response)
}

#[derive(Deserialize)]
struct OverviewQuery {
    today: Option<NaiveDate>,
}

async fn overview(
    State(hub): State<Hub>,
    headers: HeaderMap,
    Query(q): Query<OverviewQuery>,
) -> Result<Response, HubError> {
    reader(&hub, &headers).await?;
    let today = q
        .today
        .unwrap_or_else(|| peerguide_core::hours::local_now().date());
    let answer = blocking(move || {
        let published = hub.published()?;
        let policy: ReviewPolicy = published
            .settings
            .iter()
            .find(|s| s.name == REVIEW_POLICY)
            .and_then(|s| serde_json::from_value(s.value.clone()).ok())
            .unwrap_or_default();
        let drafts = hub.desk_drafts()?;
        let keys: Vec<(String, String)> = drafts
            .iter()
            .map(|(k, s, _)| (k.clone(), s.clone()))
            .collect();
        let mut articles = published.articles;
        // New articles that exist only as drafts are shown too, marked unpublished.
        let mut new_slugs = Vec::new();
        for (kind, slug, body) in &drafts {
            if kind == "article"
                && !articles.iter().any(|a| &a.slug == slug)
                && let Ok(a) = serde_json::from_value(body.clone())
            {
                articles.push(a);
                new_slugs.push(slug.clone());
            }
        }
        let mut o = overview::overview(&articles, &published.services, &policy, &keys, today);
        for row in &mut o.articles {
            row.unpublished = new_slugs.contains(&row.slug);
        }
        Ok(o)
    })
    .await?;
    Ok(axum::Json(answer).into_response())
}

async fn item(
    State(hub): State<Hub>,
    headers: HeaderMap,
    UrlPath((kind, slug)): UrlPath<(String, String)>,
) -> Result<Response, HubError> {
    reader(&hub, &headers).await?;
    let kind = kind_of(&kind)?;
    let editing = blocking(move || hub.desk_item(kind, &slug)).await?;
    Ok(axum::Json(editing).into_response())
}

async fn revision(
    State(hub): State<Hub>,
    headers: HeaderMap,
    UrlPath((kind, slug, id)): UrlPath<(String, String, i64)>,
) -> Result<Response, HubError> {
    reader(&hub, &headers).await?;
    let kind = kind_of(&kind)?;
    let body = blocking(move || hub.desk_revision(kind, &slug, id)).await?;
    Ok(axum::Json(body).into_response())
}

/// The body of a save or publish: the whole article or service.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemRequest {
    item: Value,
}

async fn save(
    State(hub): State<Hub>,
    headers: HeaderMap,
    UrlPath(kind): UrlPath<String>,
    body: Body,
) -> Result<Response, HubError> {
    let session = writer(&hub, &headers).await?;
    let kind = kind_of(&kind)?;
    let req: ItemRequest = read_json(&hub, &headers, body, ITEM).await?;
    let rev = blocking(move || hub.desk_save(kind, req.item, &session.name)).await?;
    Ok(axum::Json(rev).into_response())
}

async fn publish(
    State(hub): State<Hub>,
    headers: HeaderMap,
    UrlPath(kind): UrlPath<String>,
    body: Body,
) -> Result<Response, HubError> {
    let session = writer(&hub, &headers).await?;
    let kind = kind_of(&kind)?;
    let req: ItemRequest = read_json(&hub, &headers, body, ITEM).await?;
    let report =
        blocking(move || hub.desk_publish(&principal(&session), kind, req.item, &session.name))
            .await?;
    Ok(axum::Json(report).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RestoreRequest {
    revision: i64,
}

async fn restore(
    State(hub): State<Hub>,
    headers: HeaderMap,
    UrlPath((kind, slug)): UrlPath<(String, String)>,
    body: Body,
) -> Result<Response, HubError> {
    let session = writer(&hub, &headers).await?;
    let kind = kind_of(&kind)?;
    let req: RestoreRequest = read_json(&hub, &headers, body, SMALL).await?;
    let rev = blocking(move || hub.desk_restore(kind, &slug, req.revision, &session.name)).await?;
    Ok(axum::Json(rev).into_response())
}

async fn unpublish(
    State(hub): State<Hub>,
    headers: HeaderMap,
    UrlPath((kind, slug)): UrlPath<(String, String)>,
) -> Result<Response, HubError> {
    let session = writer(&hub, &headers).await?;
    let kind = kind_of(&kind)?;
    let report =
        blocking(move || hub.desk_unpublish(&principal(&session), kind, &slug, &session.name))
            .await?;
    Ok(axum::Json(report).into_response())
}

async fn flag(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    // Anyone may flag; a token sent along is not looked at, so nothing ties a flag to a phone.
    let req: FlagRequest = read_json(&hub, &headers, body, SMALL).await?;
    blocking(move || hub.flag(&req)).await?;
    Ok(axum::Json(FlagAnswer { flagged: true }).into_response())
}

async fn suggest(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = crate::http::who(&hub, &headers).await?;
    if !matches!(principal, Principal::Volunteer { .. }) {
        return Err(match principal {
            Principal::Anonymous => HubError::TokenRequired,
            _ => HubError::Forbidden {
                role: principal.role_name(),
                action: "send suggestions",
            },
        });
    }
    let req: SuggestionRequest = read_json(&hub, &headers, body, ITEM).await?;
    let state = blocking(move || hub.suggest(&principal, &req)).await?;
    Ok(axum::Json(state).into_response())
}

async fn mine(
    State(hub): State<Hub>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, HubError> {
    let principal = crate::http::who(&hub, &headers).await?;
    if !matches!(principal, Principal::Volunteer { .. }) {
        return Err(HubError::TokenRequired);
    }
    let _: Value = read_json(&hub, &headers, body, SMALL).await?;
    let list = blocking(move || hub.my_suggestions(&principal)).await?;
    Ok(axum::Json(MySuggestions { suggestions: list }).into_response())
}

async fn queue(State(hub): State<Hub>, headers: HeaderMap) -> Result<Response, HubError> {
    reader(&hub, &headers).await?;
    let items = blocking(move || hub.queue()).await?;
    Ok(axum::Json(json!({ "items": items })).into_response())
}

/// Accepting: optionally the suggestion as the coordinator edited it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AcceptRequest {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    body: Option<String>,
}

async fn accept(
    State(hub): State<Hub>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<i64>,
    body: Body,
) -> Result<Response, HubError> {
    let session = writer(&hub, &headers).await?;
    let req: AcceptRequest = read_json(&hub, &headers, body, ITEM).await?;
    // Accepted as sent, or as the coordinator edited it: a part of an edit would silently
    // accept the volunteer's text instead, so it is refused.
    let edited = match (req.title, req.summary, req.body) {
        (None, None, None) => None,
        (Some(t), Some(s), Some(b)) => Some((t, s, b)),
        _ => {
            return Err(HubError::WrongShape {
                reason: "an edited suggestion gives its title, summary and body together".into(),
            });
        }
    };
    let revision = blocking(move || hub.accept(id, edited, &session.name)).await?;
    Ok(axum::Json(json!({ "revision": revision })).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeclineRequest {
    reason: String,
}

async fn decline(
    State(hub): State<Hub>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<i64>,
    body: Body,
) -> Result<Response, HubError> {
    writer(&hub, &headers).await?;
    let req: DeclineRequest = read_json(&hub, &headers, body, SMALL).await?;
    blocking(move || hub.decline(id, &req.reason)).await?;
    Ok(axum::Json(json!({ "declined": true })).into_response())
}
