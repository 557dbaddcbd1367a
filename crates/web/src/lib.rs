//! Web mode: the app's operations as JSON over HTTP (the core's [`Api`] and the device's
//! sync), plus the built UI's files.
//!
//! Every route is a one-line adapter over one core call; validation, fallback and errors are
//! the core's. Reads are `GET /api/<op>?<params>`; the few operations that change the device
//! (its hub address, a sync, joining, a profile, a review, the reader's plan) are `POST /api/<op>` with a JSON body: a page on another site
//! cannot send JSON to this origin without a CORS preflight, which is never granted, so it
//! cannot make the device sync or repoint it. Errors leave as a 4xx/5xx status with an
//! [`ErrorBody`] (`{"code", "message"}`) the UI translates by its code.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequest, FromRequestParts, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use peerguide_core::Error;
use peerguide_core::api::{
    Api, ArticleParams, ArticlesParams, ChangePinParams, ErrorBody, FlagParams, HubParams,
    IdleParams, LangParams, PinParams, PlanDatesParams, PlanParams, PlanStepParams, ProfileParams,
    SearchParams, ServiceParams, ServicesParams, SuggestionIdParams, SuggestionParams,
    VolunteersParams,
};
use peerguide_core::sync::device::HubLink;
use peerguide_core::sync::{AccessProblem, InviteProblem, SyncError};
use peerguide_sync_client::device::{
    Device, JoinParams, ReviewParams, RevokeParams, SyncDone, SyncParams,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// The code of a request whose query string is missing a parameter or has one of the wrong type.
pub const INVALID_PARAMETERS: &str = "invalid-parameters";
/// The code of a request for an API route that does not exist.
pub const NOT_FOUND: &str = "not-found";
/// The code of a request addressed to a host name other than `localhost`: web mode answers only
/// to an IP address or `localhost`, so a site pointing its domain at this computer (DNS
/// rebinding) is refused.
pub const UNKNOWN_HOST: &str = "unknown-host";
/// The code of a request the server could not finish (a worker panicked).
pub const INTERNAL: &str = "internal";

/// Only our own origin: the UI ships its fonts and icons, and content may never pull in
/// anything from elsewhere (a reader's IP address is theirs).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// An error leaving the server: an HTTP status and the body the UI translates.
#[derive(Debug)]
pub struct ApiError(StatusCode, ErrorBody);

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        ApiError(status_of(&err), ErrorBody::from(&err))
    }
}

fn status_of(err: &Error) -> StatusCode {
    // Every variant is named so a new one must be given a status on purpose.
    match err {
        Error::InvalidLanguageTag { .. }
        | Error::UnknownLanguage { .. }
        | Error::UnknownTopic { .. }
        | Error::InvalidDateTime { .. }
        | Error::InvalidPlanEntry { .. } => StatusCode::BAD_REQUEST,
        Error::ArticleNotFound { .. }
        | Error::NoTranslation { .. }
        | Error::ServiceNotFound { .. }
        | Error::NoPlan
        | Error::PlanStepNotFound { .. } => StatusCode::NOT_FOUND,
        Error::InvalidPack { .. }
        | Error::Io { .. }
        | Error::Migration(_)
        | Error::Database(_)
        | Error::CorruptRecord { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        Error::Locked => StatusCode::LOCKED,
        Error::WrongPin { .. } => StatusCode::FORBIDDEN,
        Error::PinWiped => StatusCode::GONE,
        Error::InvalidPin { .. } | Error::InvalidIdleTime { .. } => StatusCode::BAD_REQUEST,
        Error::LockRequired | Error::NoLock => StatusCode::CONFLICT,
        Error::InvalidSuggestion { .. } => StatusCode::BAD_REQUEST,
        Error::SuggestionNotFound { .. } => StatusCode::NOT_FOUND,
        Error::KeystoreUnavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
        Error::KeystoreMissing => StatusCode::CONFLICT,
    }
}

impl From<SyncError> for ApiError {
    fn from(err: SyncError) -> Self {
        let status = match &err {
            SyncError::Store(e) => status_of(e),
            SyncError::InvalidHubAddress { .. }
            | SyncError::InvalidChange { .. }
            | SyncError::ProfileTooLarge { .. }
            | SyncError::InvalidDisplayName { .. } => StatusCode::BAD_REQUEST,
            SyncError::NoHub
            | SyncError::OrgKeyChanged { .. }
            | SyncError::ProfileDeleted { .. }
            | SyncError::ProfileChanged { .. } => StatusCode::CONFLICT,
            // The person typed a code that is not one: they can check it and try again.
            SyncError::InviteRefused(InviteProblem::Unknown) => StatusCode::BAD_REQUEST,
            SyncError::InviteRefused(InviteProblem::Used) => StatusCode::CONFLICT,
            SyncError::InviteRefused(InviteProblem::Expired) => StatusCode::GONE,
            // Answers about what this device may do, not about the hub's health.
            SyncError::AccessEnded(
                AccessProblem::Revoked | AccessProblem::Expired | AccessProblem::Unknown,
            )
            | SyncError::NotAVolunteer
            | SyncError::NotACoordinator => StatusCode::FORBIDDEN,
            // This server stands between the UI and the hub: the hub's failures are a gateway's.
            SyncError::HubUnreachable { .. }
            | SyncError::HubRefused { .. }
            | SyncError::ProtocolMismatch { .. }
            | SyncError::HubGarbled { .. }
            | SyncError::BadSignature { .. }
            | SyncError::Rollback { .. }
            | SyncError::PageTampered { .. }
            | SyncError::HubStalled { .. } => StatusCode::BAD_GATEWAY,
            SyncError::TimedOut { .. } => StatusCode::GATEWAY_TIMEOUT,
        };
        ApiError(status, ErrorBody::from(&err))
    }
}

impl ApiError {
    fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        ApiError(
            status,
            ErrorBody {
                code: code.to_owned(),
                message: message.into(),
            },
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(self.1)).into_response()
    }
}

/// A query string parsed into one of the core's `*Params`, refused as `invalid-parameters`.
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(Params(value)),
            Err(rejection) => Err(invalid(rejection)),
        }
    }
}

fn invalid(rejection: QueryRejection) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        INVALID_PARAMETERS,
        rejection.body_text(),
    )
}

/// A JSON request body parsed into one of the `*Params`, refused as `invalid-parameters`
/// (with 415 when it is not JSON at all).
pub struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(rejection) => Err(ApiError::new(
                rejection.status(),
                INVALID_PARAMETERS,
                rejection.body_text(),
            )),
        }
    }
}

/// What web mode serves over one database: the reader's operations and the device's sync.
pub struct WebApp {
    api: Arc<Api>,
    device: Device,
}

impl WebApp {
    /// Opens the database at `db` (creating it if needed: callers check it exists first).
    pub fn open(db: &Path) -> peerguide_core::Result<WebApp> {
        let api = Api::open(db)?;
        Ok(WebApp {
            device: Device::new(api.vault()),
            api: Arc::new(api),
        })
    }
}

type Reply<T> = Result<Json<T>, ApiError>;
type Shared = State<Arc<WebApp>>;
/// The state of the read-only routes: only the core's `Api`, so a server without a device
/// (the hub's public reader) serves them too.
type Reading = State<Arc<Api>>;

/// Runs a core call off the async workers: SQLite blocks, and one slow search must not stall
/// every other request.
async fn call<T: Serialize + Send + 'static, E: Into<ApiError> + Send + 'static>(
    api: Arc<Api>,
    op: impl FnOnce(&Api) -> Result<T, E> + Send + 'static,
) -> Reply<T> {
    match tokio::task::spawn_blocking(move || op(&api)).await {
        Ok(result) => Ok(Json(result.map_err(Into::into)?)),
        Err(join) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            INTERNAL,
            join.to_string(),
        )),
    }
}

async fn languages(State(api): Reading) -> Reply<Vec<peerguide_core::language::LanguageInfo>> {
    call(api, |api| Ok::<_, Error>(api.languages())).await
}
async fn home(State(api): Reading, Params(p): Params<LangParams>) -> impl IntoResponse {
    call(api, |api| api.home(p)).await
}
async fn articles(State(api): Reading, Params(p): Params<ArticlesParams>) -> impl IntoResponse {
    call(api, |api| api.articles(p)).await
}
async fn article(State(api): Reading, Params(p): Params<ArticleParams>) -> impl IntoResponse {
    call(api, |api| api.article(p)).await
}
async fn search(State(api): Reading, Params(p): Params<SearchParams>) -> impl IntoResponse {
    call(api, |api| api.search(p)).await
}
async fn search_status(State(api): Reading) -> impl IntoResponse {
    call(api, |api| api.search_status()).await
}
async fn services(State(api): Reading, Params(p): Params<ServicesParams>) -> impl IntoResponse {
    call(api, |api| api.services(p)).await
}
async fn service(State(api): Reading, Params(p): Params<ServiceParams>) -> impl IntoResponse {
    call(api, |api| api.service(p)).await
}
async fn organisation(State(api): Reading, Params(p): Params<LangParams>) -> impl IntoResponse {
    call(api, |api| api.organisation(p)).await
}
async fn volunteers(State(api): Reading, Params(p): Params<VolunteersParams>) -> impl IntoResponse {
    call(api, |api| api.volunteers(p)).await
}
async fn about(State(api): Reading) -> impl IntoResponse {
    call(api, |api| api.about()).await
}

async fn sync_status(State(app): Shared, Params(p): Params<LangParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.sync_status(p)).await
}
async fn set_hub(State(app): Shared, Body(p): Body<HubParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.set_hub(p)).await
}
async fn sync_now(State(app): Shared, Body(p): Body<SyncParams>) -> Reply<SyncDone> {
    Ok(Json(app.device.sync_now(p).await?))
}

async fn my_profile(State(app): Shared, Params(p): Params<LangParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.my_profile(p)).await
}
async fn save_profile(State(app): Shared, Body(p): Body<ProfileParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.save_profile(p)).await
}
/// The body of a write that takes no parameters. Still required as JSON: a route taking any
/// body would let a form on another site delete the profile.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoParams {}
async fn delete_profile(State(app): Shared, Body(NoParams {}): Body<NoParams>) -> Reply<()> {
    call(app.api.clone(), |api| api.delete_profile()).await
}
async fn review_list(State(app): Shared) -> impl IntoResponse {
    call(app.api.clone(), |api| api.review_list()).await
}
async fn join(State(app): Shared, Body(p): Body<JoinParams>) -> Reply<HubLink> {
    Ok(Json(app.device.join(p).await?))
}
async fn review_profile(State(app): Shared, Body(p): Body<ReviewParams>) -> Reply<SyncDone> {
    Ok(Json(app.device.review_profile(p).await?))
}

async fn plan_guide(State(api): Reading, Params(p): Params<PlanParams>) -> impl IntoResponse {
    call(api, |api| api.plan_guide(p)).await
}
// The reader's plan: its dates and notes travel only in answers (never stored: `no-store`)
// and in POST bodies, never in a URL, so no log line can hold them.
async fn plan(State(app): Shared, Params(p): Params<PlanParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.plan(p)).await
}
async fn plan_calendar(State(app): Shared, Params(p): Params<PlanParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.plan_calendar(p)).await
}
async fn save_plan_dates(State(app): Shared, Body(p): Body<PlanDatesParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.save_plan_dates(p)).await
}
async fn mark_plan_step(State(app): Shared, Body(p): Body<PlanStepParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.mark_plan_step(p)).await
}
async fn delete_plan(State(app): Shared, Body(NoParams {}): Body<NoParams>) -> Reply<()> {
    call(app.api.clone(), |api| api.delete_plan()).await
}
async fn lock_status(State(app): Shared) -> impl IntoResponse {
    call(app.api.clone(), |api| api.lock_status()).await
}
async fn unlock(State(app): Shared, Body(p): Body<PinParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.unlock(p)).await
}
async fn lock(State(app): Shared, Body(NoParams {}): Body<NoParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.lock()).await
}
async fn set_pin(State(app): Shared, Body(p): Body<PinParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.set_pin(p)).await
}
async fn change_pin(State(app): Shared, Body(p): Body<ChangePinParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.change_pin(p)).await
}
async fn remove_pin(State(app): Shared, Body(p): Body<PinParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.remove_pin(p)).await
}
async fn set_idle(State(app): Shared, Body(p): Body<IdleParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.set_idle(p)).await
}
async fn leave(State(app): Shared, Body(NoParams {}): Body<NoParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.leave()).await
}
async fn start_over(State(app): Shared, Body(NoParams {}): Body<NoParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.start_over()).await
}
async fn dismiss_notice(
    State(app): Shared,
    Body(NoParams {}): Body<NoParams>,
) -> impl IntoResponse {
    call(app.api.clone(), |api| api.dismiss_notice()).await
}
async fn suggestions(State(app): Shared) -> impl IntoResponse {
    call(app.api.clone(), |api| api.suggestions()).await
}
async fn save_suggestion(State(app): Shared, Body(p): Body<SuggestionParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.save_suggestion(p)).await
}
async fn delete_suggestion(
    State(app): Shared,
    Body(p): Body<SuggestionIdParams>,
) -> impl IntoResponse {
    call(app.api.clone(), |api| api.delete_suggestion(p)).await
}
// A flag is kept on the device until its next sync; nothing but the article, language and
// sentence is written.
async fn flag(State(app): Shared, Body(p): Body<FlagParams>) -> impl IntoResponse {
    call(app.api.clone(), |api| api.flag(p)).await
}
async fn revoke_devices(State(app): Shared, Body(p): Body<RevokeParams>) -> Reply<SyncDone> {
    Ok(Json(app.device.revoke_devices(p).await?))
}

/// The reader's read-only routes over `api` (`languages`, `home`, `articles`, `article`,
/// `search`, `search_status`, `services`, `volunteers`, `about`), to be nested under `/api`;
/// no fallback, so a caller can add its own. The hub's public reader serves exactly these
/// (its search screen asks `search_status` as the app's does).
pub fn read_routes(api: Arc<Api>) -> Router {
    Router::new()
        .route("/languages", get(languages))
        .route("/home", get(home))
        .route("/articles", get(articles))
        .route("/article", get(article))
        .route("/search", get(search))
        .route("/search_status", get(search_status))
        .route("/services", get(services))
        .route("/service", get(service))
        .route("/organisation", get(organisation))
        .route("/volunteers", get(volunteers))
        .route("/about", get(about))
        .route("/plan_guide", get(plan_guide))
        .with_state(api)
}

/// `404 not-found` for an `/api/*` path that is no route.
pub async fn no_such_route() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, NOT_FOUND, "no such API route")
}

/// The API routes, under `/api`. Paths are the operation names the Tauri commands use too.
pub fn api_routes(app: Arc<WebApp>) -> Router {
    Router::new()
        .route("/sync_status", get(sync_status))
        .route("/set_hub", post(set_hub))
        .route("/sync_now", post(sync_now))
        .route("/my_profile", get(my_profile))
        .route("/save_profile", post(save_profile))
        .route("/delete_profile", post(delete_profile))
        .route("/review_list", get(review_list))
        .route("/join", post(join))
        .route("/review_profile", post(review_profile))
        .route("/plan", get(plan))
        .route("/plan_calendar", get(plan_calendar))
        .route("/save_plan_dates", post(save_plan_dates))
        .route("/mark_plan_step", post(mark_plan_step))
        .route("/delete_plan", post(delete_plan))
        .route("/revoke_devices", post(revoke_devices))
        .route("/lock_status", get(lock_status))
        .route("/unlock", post(unlock))
        .route("/lock", post(lock))
        .route("/set_pin", post(set_pin))
        .route("/change_pin", post(change_pin))
        .route("/remove_pin", post(remove_pin))
        .route("/set_idle", post(set_idle))
        .route("/leave", post(leave))
        .route("/dismiss_notice", post(dismiss_notice))
        .route("/suggestions", get(suggestions))
        .route("/save_suggestion", post(save_suggestion))
        .route("/delete_suggestion", post(delete_suggestion))
        .route("/flag", post(flag))
        .route("/start_over", post(start_over))
        .with_state(app.clone())
        .merge(read_routes(app.api.clone()))
        .fallback(no_such_route)
}

/// The whole site: `/api/*`, and the UI's files from `ui_dir` when given, with any other path
/// answered by `index.html` so the UI's own routes survive a reload.
pub fn router(web: Arc<WebApp>, ui_dir: Option<PathBuf>) -> Router {
    let mut app = Router::new().nest("/api", api_routes(web));
    if let Some(dir) = ui_dir {
        let index = ServeFile::new(dir.join("index.html"));
        // A missing build file is a 404, not the page: a browser would keep it for a year.
        app = app
            .nest_service("/assets", ServeDir::new(dir.join("assets")))
            .fallback_service(ServeDir::new(dir).fallback(index));
    }
    let app = app
        .layer(axum::middleware::from_fn(cache_control))
        // Gzip or Brotli, as the browser accepts: the UI's script is a fifth of its size
        // compressed. Inside the host check, so a refused request costs no compression.
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn(only_own_host));
    with_security_headers(app)
}

/// The headers every answer of the app's screens carries, in web mode and on the hub's public
/// reader alike: the CSP that lets a page load nothing but its own origin, `nosniff`, and no
/// referrer.
pub fn with_security_headers(router: Router) -> Router {
    router
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
}

/// How long a browser may keep each answer: the UI's hashed files (`/assets/<name>-<hash>.js`,
/// a new name for every new content) for a year without asking again; `index.html` and other
/// files only after checking they are still current, so a new build is seen at once; API
/// answers never, as they are the device's live data.
pub async fn cache_control(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut response = next.run(req).await;
    let value = if path.starts_with("/api/") || path == "/api" {
        "no-store"
    } else if response.status().is_success() && is_hashed_asset(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Whether `path` is one of the build's content-hashed files: under `/assets/`, its name
/// ending in `-` and a hash of at least 8 URL-safe characters before the extension.
fn is_hashed_asset(path: &str) -> bool {
    let Some(name) = path.strip_prefix("/assets/") else {
        return false;
    };
    if name.contains('/') {
        return false;
    }
    let stem = name.split('.').next().unwrap_or("");
    let url_safe = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    stem.len() > 9
        && name.len() > stem.len()
        && stem[..stem.len() - 8].contains('-')
        && stem[stem.len() - 8..].chars().all(url_safe)
}

/// Answers only requests addressed to an IP address or `localhost`. Web mode is this
/// computer's (or, when told to listen on a network address, that address's), never a
/// domain's: a page on another site that points its own domain name at 127.0.0.1 (DNS
/// rebinding) would otherwise count as same-origin here, and could read the volunteer
/// directory as this device sees it, or change the device's hub and profile.
async fn only_own_host(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if is_own_host(host) {
        next.run(req).await
    } else {
        ApiError::new(
            StatusCode::FORBIDDEN,
            UNKNOWN_HOST,
            format!("web mode answers only to an IP address or localhost, not to '{host}'"),
        )
        .into_response()
    }
}

/// Whether a `Host` header names an IP address or `localhost` (with or without a port).
fn is_own_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _port)| name),
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok()
}

/// Serves `app` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// The address web mode listens on unless told otherwise: loopback only, so a shared computer
/// does not publish its guide to the network by accident.
pub fn default_address() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8080))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_builds_hashed_files_are_cached_for_good() {
        for hashed in ["/assets/index-BdQ7x_2k.js", "/assets/index-a1B2-c3d.css"] {
            assert!(is_hashed_asset(hashed), "{hashed}");
        }
        for other in [
            "/index.html",
            "/assets/app.js",
            "/assets/index-abc.js",
            "/icon-abcdefgh.png",
            "/assets/sub/index-BdQ7x_2k.js",
            "/assets/index-BdQ7x_2k",
        ] {
            assert!(!is_hashed_asset(other), "{other}");
        }
    }

    #[test]
    fn only_addresses_and_localhost_are_this_servers_hosts() {
        let own = [
            "127.0.0.1:8080",
            "127.0.0.1",
            "localhost:8080",
            "LOCALHOST",
            "[::1]:8080",
            "192.168.1.20:8080",
        ];
        for host in own {
            assert!(is_own_host(host), "{host}");
        }
        let other = [
            "evil.example.org",
            "evil.example.org:8080",
            "127.0.0.1.nip.io:8080",
            "",
            "localhost.evil.org",
        ];
        for host in other {
            assert!(!is_own_host(host), "{host}");
        }
    }

    #[test]
    fn refusals_a_person_can_act_on_keep_their_codes_and_statuses() {
        let cases = [
            (
                SyncError::InviteRefused(InviteProblem::Unknown),
                400,
                "invite-unknown",
            ),
            (
                SyncError::InviteRefused(InviteProblem::Used),
                409,
                "invite-used",
            ),
            (
                SyncError::InviteRefused(InviteProblem::Expired),
                410,
                "invite-expired",
            ),
            (
                SyncError::AccessEnded(AccessProblem::Revoked),
                403,
                "token-revoked",
            ),
            (
                SyncError::AccessEnded(AccessProblem::Expired),
                403,
                "token-expired",
            ),
            (
                SyncError::AccessEnded(AccessProblem::Unknown),
                403,
                "token-unknown",
            ),
            (
                SyncError::ProfileChanged {
                    message: "changed".into(),
                },
                409,
                "profile-changed",
            ),
            (SyncError::NotAVolunteer, 403, "not-a-volunteer"),
            (SyncError::NotACoordinator, 403, "not-a-coordinator"),
        ];
        for (err, status, code) in cases {
            let ApiError(got, body) = ApiError::from(err);
            assert_eq!((got.as_u16(), body.code.as_str()), (status, code));
        }
    }
}
