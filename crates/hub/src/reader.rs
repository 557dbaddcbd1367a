//! The hub's public reader: the app's UI and its read-only API for anyone, over a replica of
//! what a newcomer's phone receives.
//!
//! The replica is a core `Store` in memory that syncs from this hub in-process as an
//! anonymous device ([`InProcess`] with no token): the same engine, the same signed-page and
//! signed-record checks, the same cut of volunteer profiles as a newcomer's phone gets. So the
//! reader can never show a draft or a contact a newcomer may not see, because it never holds
//! one. It syncs at start and again whenever the hub's sequence moves (a publish, a review, a
//! profile edit), checked every [`REFRESH_EVERY`].
//!
//! Path URLs carry the language (`/<lang>/guide/<slug>`, `/<lang>/topic/<topic>`,
//! `/<lang>/service/<slug>`): the answer is the UI's `index.html` with `lang` and `dir` set
//! and, for an article, its title and summary in `<title>`, the description and Open Graph
//! tags, and its text rendered into the page (no raw HTML, no images, links marked
//! `noopener noreferrer`), so a shared link previews and reads before any script runs.
//! Nothing the reader answers sets a cookie or names another origin, and its requests are not
//! logged (they never pass the hub API's trace layer).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Path as UrlPath, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use peerguide_core::Store;
use peerguide_core::api::{Api, ArticleParams};
use peerguide_core::language::{Direction, LANGUAGES, LanguageTag};
use peerguide_core::sync::SyncError;
use peerguide_core::sync::engine::{self, SyncOptions};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

use crate::local::InProcess;
use crate::{Hub, meta_num};

/// How often the reader looks whether the hub's content moved.
pub const REFRESH_EVERY: Duration = Duration::from_secs(2);

/// Why the reader could not start.
#[derive(Debug, thiserror::Error)]
pub enum ReaderError {
    /// The built UI is not where it was said to be.
    #[error("the reader's UI has no index.html in {}: build it with `npm --prefix ui run build`", .dir.display())]
    NoUi {
        /// The folder given.
        dir: PathBuf,
    },
    /// The replica's store failed.
    #[error("the reader's replica: {0}")]
    Store(#[from] peerguide_core::Error),
    /// The hub's own database failed.
    #[error("the hub: {0}")]
    Hub(#[from] crate::HubError),
    /// The replica's sync from the hub failed.
    #[error("the reader's sync from the hub: {0}")]
    Sync(#[from] SyncError),
}

impl ReaderError {
    /// A stable code for each variant.
    pub fn code(&self) -> &'static str {
        match self {
            ReaderError::NoUi { .. } => "reader-no-ui",
            ReaderError::Hub(e) => e.code(),
            ReaderError::Store(e) => e.code(),
            ReaderError::Sync(e) => e.code(),
        }
    }
}

/// The public reader: the replica, the hub it follows, and the UI it serves.
pub struct Reader {
    api: Arc<Api>,
    hub: Hub,
    ui_dir: PathBuf,
    index: String,
    /// The hub's sequence the replica last synced to.
    synced: Mutex<Option<u64>>,
}

impl Reader {
    /// A reader of `hub` serving the UI built in `ui_dir`, synced once before it answers.
    pub fn open(hub: Hub, ui_dir: &Path) -> Result<Reader, ReaderError> {
        let index =
            std::fs::read_to_string(ui_dir.join("index.html")).map_err(|_| ReaderError::NoUi {
                dir: ui_dir.to_owned(),
            })?;
        // The build links its files relative to the page (`./assets/…`, so the app opens it from
        // any folder); a path URL like `/ar/guide/x` needs them from the root.
        let index = index.replace("\"./assets/", "\"/assets/");
        let reader = Reader {
            api: Arc::new(Api::new(Store::open_in_memory()?)),
            hub,
            ui_dir: ui_dir.to_owned(),
            index,
            synced: Mutex::new(None),
        };
        reader.refresh()?;
        Ok(reader)
    }

    /// The replica's API (what the reader's `/api/*` routes answer from).
    pub fn api(&self) -> &Arc<Api> {
        &self.api
    }

    /// Syncs the replica if the hub's content moved since the last sync; true if it synced.
    pub fn refresh(&self) -> Result<bool, ReaderError> {
        let mut synced = self.synced.lock().unwrap_or_else(|p| p.into_inner());
        let head = self.hub.read(|tx| Ok(meta_num(tx, "last_seq")?))?;
        if *synced == Some(head) {
            return Ok(false);
        }
        let opts = SyncOptions {
            langs: LANGUAGES
                .iter()
                .filter_map(|l| l.code.parse::<LanguageTag>().ok())
                .collect(),
            ..SyncOptions::default()
        };
        let mut transport = InProcess {
            hub: self.hub.clone(),
            token: None,
        };
        let result = self.api.store(|store| {
            Ok::<_, peerguide_core::Error>(engine::sync(store, &mut transport, &opts, &mut |_| {}))
        })?;
        result?;
        *synced = Some(head);
        Ok(true)
    }

    /// Keeps the replica following the hub until the returned task is aborted.
    pub fn follow(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let reader = self.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(REFRESH_EVERY).await;
                let r = reader.clone();
                match tokio::task::spawn_blocking(move || r.refresh()).await {
                    Ok(Ok(true)) => tracing::info!("reader refreshed"),
                    Ok(Err(e)) => tracing::error!(code = e.code(), "reader refresh failed: {e}"),
                    _ => {}
                }
            }
        })
    }
}

/// The whole site with the reader: its API and pages, the UI's files, and `hub_routes` (the
/// hub's own API) for every other request.
pub fn router(reader: Arc<Reader>, hub_routes: Router) -> Router {
    let pages = Router::new()
        .route("/", get(home_page))
        .route("/{lang}/guide/{slug}", get(article_page))
        .route("/{lang}/topic/{topic}", get(lang_page))
        .route("/{lang}/service/{slug}", get(lang_page))
        .with_state(reader.clone());
    // Cached as in web mode (the build's hash-named files for good, pages after a check, API
    // answers never) and compressed for a phone on a slow network; the hub's own API (the
    // fallback) is left as it answers, since it compresses its pages itself.
    let own = Router::new()
        .nest(
            "/api",
            peerguide_web::read_routes(reader.api.clone()).fallback(peerguide_web::no_such_route),
        )
        .merge(pages)
        .nest_service("/assets", ServeDir::new(reader.ui_dir.join("assets")))
        .layer(axum::middleware::from_fn(peerguide_web::cache_control))
        .layer(CompressionLayer::new());
    peerguide_web::with_security_headers(Router::new().merge(own).fallback_service(hub_routes))
}

type Shared = State<Arc<Reader>>;

async fn home_page(State(reader): Shared) -> Response {
    Html(page(&reader.index, &Page::default())).into_response()
}

async fn lang_page(
    State(reader): Shared,
    UrlPath((lang, _)): UrlPath<(String, String)>,
) -> Response {
    match lang.parse::<LanguageTag>() {
        Ok(lang) => Html(page(
            &reader.index,
            &Page {
                lang: Some(lang),
                ..Page::default()
            },
        ))
        .into_response(),
        Err(_) => not_found(&reader),
    }
}

async fn article_page(
    State(reader): Shared,
    UrlPath((lang, slug)): UrlPath<(String, String)>,
) -> Response {
    let Ok(tag) = lang.parse::<LanguageTag>() else {
        return not_found(&reader);
    };
    let r = reader.clone();
    let found = tokio::task::spawn_blocking(move || {
        let params = || ArticleParams {
            lang: lang.clone(),
            slug: slug.clone(),
            today: None,
        };
        match r.api.article(params()) {
            // A link shared the moment it was published may arrive before the next refresh:
            // look whether the hub moved (one read) rather than answer 404.
            Err(_) if matches!(r.refresh(), Ok(true)) => r.api.article(params()),
            found => found,
        }
    })
    .await;
    match found {
        Ok(Ok(view)) => {
            let t = &view.translation;
            Html(page(
                &reader.index,
                &Page {
                    // The text's own language: a fallback to English is marked as English.
                    lang: Some(if view.is_fallback {
                        view.lang.clone()
                    } else {
                        tag
                    }),
                    title: Some(t.title.clone()),
                    summary: Some(t.summary.clone()),
                    body: Some(render_markdown(&t.body)),
                },
            ))
            .into_response()
        }
        _ => not_found(&reader),
    }
}

fn not_found(reader: &Reader) -> Response {
    (
        StatusCode::NOT_FOUND,
        Html(page(&reader.index, &Page::default())),
    )
        .into_response()
}

/// What a path URL puts into the UI's `index.html`.
#[derive(Default)]
struct Page {
    lang: Option<LanguageTag>,
    title: Option<String>,
    summary: Option<String>,
    /// The article's text as safe HTML.
    body: Option<String>,
}

/// `index` with the page's language, direction, preview tags and text put in.
fn page(index: &str, p: &Page) -> String {
    let mut html = index.to_owned();
    if let Some(lang) = &p.lang {
        let dir = match lang.direction() {
            Direction::Rtl => "rtl",
            Direction::Ltr => "ltr",
        };
        html = html.replacen(
            r#"<html lang="en" dir="ltr">"#,
            &format!(r#"<html lang="{}" dir="{dir}">"#, escape(lang.as_str())),
            1,
        );
    }
    if let Some(title) = &p.title {
        let summary = p.summary.as_deref().unwrap_or_default();
        let locale = p.lang.as_ref().map(|l| l.as_str()).unwrap_or("en");
        let head = format!(
            "<title>{t}</title>\n    <meta name=\"description\" content=\"{s}\" />\n    \
             <meta property=\"og:type\" content=\"article\" />\n    \
             <meta property=\"og:site_name\" content=\"Peer Guide\" />\n    \
             <meta property=\"og:title\" content=\"{t}\" />\n    \
             <meta property=\"og:description\" content=\"{s}\" />\n    \
             <meta property=\"og:locale\" content=\"{l}\" />",
            t = escape(title),
            s = escape(summary),
            l = escape(&locale.replace('-', "_")),
        );
        html = html.replacen("<title>Peer Guide</title>", &head, 1);
    }
    if let Some(body) = &p.body {
        let title = escape(p.title.as_deref().unwrap_or_default());
        let summary = escape(p.summary.as_deref().unwrap_or_default());
        // The UI replaces this when its script starts (it renders into the same element).
        let article = format!(
            "<div id=\"app\"><main class=\"server-page\"><article>\
             <h1>{title}</h1><p><strong>{summary}</strong></p>{body}</article></main></div>"
        );
        html = html.replacen(r#"<div id="app"></div>"#, &article, 1);
    }
    html
}

/// Escapes text for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a link may be followed: the schemes the app opens, and links within the page.
fn safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => {
            matches!(scheme, "https" | "http" | "mailto" | "tel" | "sms")
        }
        _ => true,
    }
}

/// Markdown to HTML by the app's rules (`ui/src/markdown.ts`): raw HTML shown as text, images
/// dropped (their description kept as text), links only to safe schemes and marked
/// `rel="noopener noreferrer"`.
pub fn render_markdown(markdown: &str) -> String {
    let mut in_link = Vec::new();
    let events = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::Link { dest_url, .. }) => {
            let safe = safe_link(&dest_url);
            in_link.push(safe);
            safe.then(|| {
                Event::InlineHtml(CowStr::from(format!(
                    "<a href=\"{}\" rel=\"noopener noreferrer\" dir=\"auto\">",
                    escape(&dest_url)
                )))
            })
        }
        Event::End(TagEnd::Link) => in_link
            .pop()
            .unwrap_or(false)
            .then(|| Event::InlineHtml(CowStr::from("</a>"))),
        other => Some(other),
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_images_and_unsafe_links_never_reach_the_page() {
        let html = render_markdown(
            "Hi <script>alert(1)</script>\n\n![x](https://tracker.example/p.png)\n\n\
             [GP](https://www.nhs.uk) [bad](javascript:alert(1))\n\n<iframe src=x></iframe>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<iframe"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(
            html.contains(
                r#"<a href="https://www.nhs.uk" rel="noopener noreferrer" dir="auto">GP</a>"#
            ),
            "{html}"
        );
        assert!(html.contains("bad"), "the link's text stays: {html}");
    }

    #[test]
    fn the_page_carries_language_direction_and_escaped_preview_tags() {
        let index = "<html lang=\"en\" dir=\"ltr\"><head><title>Peer Guide</title></head>\
                     <body><div id=\"app\"></div></body></html>";
        let html = page(
            index,
            &Page {
                lang: Some("ar".parse().unwrap()),
                title: Some("التسجيل \"GP\"".into()),
                summary: Some("<b>x</b>".into()),
                body: Some("<p>نص</p>".into()),
            },
        );
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(html.contains("<title>التسجيل &quot;GP&quot;</title>"));
        assert!(html.contains(r#"<meta property="og:title" content="التسجيل &quot;GP&quot;" />"#));
        assert!(html.contains(r#"content="&lt;b&gt;x&lt;/b&gt;""#));
        assert!(html.contains("<p>نص</p>"));
    }
}
