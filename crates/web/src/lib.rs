//! Web mode: the core's reader-facing [`Api`] as JSON over HTTP, plus the built UI's files.
//!
//! Every route is a one-line adapter over one `Api` call; validation, fallback and errors are
//! the core's. Nothing here writes: the `Api` offers reads only. Errors leave as a 4xx/5xx
//! status with an [`ErrorBody`] (`{"code", "message"}`) the UI translates by its code.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use peerguide_core::Error;
use peerguide_core::api::{
    Api, ArticleParams, ArticlesParams, ErrorBody, LangParams, SearchParams, ServicesParams,
    VolunteersParams,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::net::TcpListener;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// The code of a request whose query string is missing a parameter or has one of the wrong type.
pub const INVALID_PARAMETERS: &str = "invalid-parameters";
/// The code of a request for an API route that does not exist.
pub const NOT_FOUND: &str = "not-found";
/// The code of a request the server could not finish (a worker panicked).
pub const INTERNAL: &str = "internal";

/// Only our own origin: the UI ships its fonts and icons, and content may never pull in
/// anything from elsewhere (a reader's IP address is theirs).
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// An error leaving the server: an HTTP status and the body the UI translates.
#[derive(Debug)]
pub struct ApiError(StatusCode, ErrorBody);

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        // Every variant is named so a new one must be given a status on purpose.
        let status = match err {
            Error::InvalidLanguageTag { .. }
            | Error::UnknownLanguage { .. }
            | Error::UnknownTopic { .. }
            | Error::InvalidDateTime { .. } => StatusCode::BAD_REQUEST,
            Error::ArticleNotFound { .. } | Error::NoTranslation { .. } => StatusCode::NOT_FOUND,
            Error::InvalidPack { .. }
            | Error::Io { .. }
            | Error::Migration(_)
            | Error::Database(_)
            | Error::CorruptRecord { .. } => StatusCode::INTERNAL_SERVER_ERROR,
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

type Reply<T> = Result<Json<T>, ApiError>;
type Shared = State<Arc<Api>>;

/// Runs a core call off the async workers: SQLite blocks, and one slow search must not stall
/// every other request.
async fn call<T: Serialize + Send + 'static>(
    api: Arc<Api>,
    op: impl FnOnce(&Api) -> peerguide_core::Result<T> + Send + 'static,
) -> Reply<T> {
    match tokio::task::spawn_blocking(move || op(&api)).await {
        Ok(result) => Ok(Json(result?)),
        Err(join) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            INTERNAL,
            join.to_string(),
        )),
    }
}

async fn languages(State(api): Shared) -> Reply<Vec<peerguide_core::language::LanguageInfo>> {
    call(api, |api| Ok(api.languages())).await
}
async fn home(State(api): Shared, Params(p): Params<LangParams>) -> impl IntoResponse {
    call(api, |api| api.home(p)).await
}
async fn articles(State(api): Shared, Params(p): Params<ArticlesParams>) -> impl IntoResponse {
    call(api, |api| api.articles(p)).await
}
async fn article(State(api): Shared, Params(p): Params<ArticleParams>) -> impl IntoResponse {
    call(api, |api| api.article(p)).await
}
async fn search(State(api): Shared, Params(p): Params<SearchParams>) -> impl IntoResponse {
    call(api, |api| api.search(p)).await
}
async fn services(State(api): Shared, Params(p): Params<ServicesParams>) -> impl IntoResponse {
    call(api, |api| api.services(p)).await
}
async fn volunteers(State(api): Shared, Params(p): Params<VolunteersParams>) -> impl IntoResponse {
    call(api, |api| api.volunteers(p)).await
}
async fn about(State(api): Shared) -> impl IntoResponse {
    call(api, |api| api.about()).await
}

async fn no_such_route() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, NOT_FOUND, "no such API route")
}

/// The API routes, under `/api`. Paths are the operation names the Tauri commands use too.
pub fn api_routes(api: Arc<Api>) -> Router {
    Router::new()
        .route("/languages", get(languages))
        .route("/home", get(home))
        .route("/articles", get(articles))
        .route("/article", get(article))
        .route("/search", get(search))
        .route("/services", get(services))
        .route("/volunteers", get(volunteers))
        .route("/about", get(about))
        .fallback(no_such_route)
        .with_state(api)
}

/// The whole site: `/api/*`, and the UI's files from `ui_dir` when given, with any other path
/// answered by `index.html` so the UI's own routes survive a reload.
pub fn router(api: Arc<Api>, ui_dir: Option<PathBuf>) -> Router {
    let mut app = Router::new().nest("/api", api_routes(api));
    if let Some(dir) = ui_dir {
        let index = ServeFile::new(dir.join("index.html"));
        app = app.fallback_service(ServeDir::new(dir).fallback(index));
    }
    app.layer(SetResponseHeaderLayer::overriding(
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
