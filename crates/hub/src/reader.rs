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
//! `/<lang>/service/<slug>`, `/<lang>/plan/<step>`: a step of the move-on plan's guide, which
//! holds nobody's dates): the answer is the UI's `index.html` with `lang` and `dir` set,
//! the page's title and summary in `<title>`, the description and Open Graph tags, and its
//! content rendered into the page (an article's text with no raw HTML, no images, links
//! marked `noopener noreferrer`; a topic's articles as links; a service's topics, hours,
//! address and contacts), so a shared link previews and reads before any script runs.
//! Labels come from the UI build's `reader-strings.json` (the Fluent strings the pages need,
//! per locale), so the server formats no text of its own.
//!
//! To install and read offline: a web app manifest per language (`/manifest/<lang>.webmanifest`,
//! named in that language, with its direction), the UI build's service worker (`/sw.js`) and
//! icons, and one offline bundle per language (`/bundle/<lang>.json`, [`crate::bundle`]).
//! Nothing the reader answers sets a cookie or names another origin, and its requests are not
//! logged (they never pass the hub API's trace layer).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use peerguide_core::api::{Api, ArticleParams, ArticlesParams, ServiceParams};
use peerguide_core::language::{Direction, LANGUAGES, LanguageTag};
use peerguide_core::service::ServiceView;
use peerguide_core::sync::SyncError;
use peerguide_core::sync::engine::{self, SyncOptions};
use peerguide_core::{Store, Topic};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};

use crate::bundle::{Built, Bundles};
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
    /// The Fluent strings the server-rendered pages use, per locale (`reader-strings.json`).
    strings: Strings,
    /// The hub's sequence the replica last synced to.
    synced: Mutex<Option<u64>>,
    /// The offline bundles built for the replica's current state.
    bundles: Bundles,
}

/// Strings per locale, then per Fluent key.
type Strings = HashMap<String, HashMap<String, String>>;

/// The theme colour of the manifest and the browser's bar: the UI's accent colour (`--accent`).
pub const THEME_COLOUR: &str = "#0a5196";

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
        // A build without the strings still serves every page, with English labels missing.
        let strings = std::fs::read(ui_dir.join("reader-strings.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        let reader = Reader {
            api: Arc::new(Api::new(Store::open_in_memory()?)),
            hub,
            ui_dir: ui_dir.to_owned(),
            index,
            strings,
            synced: Mutex::new(None),
            bundles: Bundles::default(),
        };
        reader.refresh()?;
        Ok(reader)
    }

    /// The replica's API (what the reader's `/api/*` routes answer from).
    pub fn api(&self) -> &Arc<Api> {
        &self.api
    }

    /// Reads from the replica; on a miss, looks whether the hub moved (one read) and reads
    /// again if so: a link shared the moment it was published may arrive before the next
    /// refresh, and deserves the page rather than a 404.
    fn read_fresh<T>(
        &self,
        read: impl Fn(&Api) -> peerguide_core::Result<T>,
    ) -> peerguide_core::Result<T> {
        match read(&self.api) {
            Err(_) if matches!(self.refresh(), Ok(true)) => read(&self.api),
            found => found,
        }
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

    /// The offline bundle of `lang` (a known language's code) for the replica as it is now.
    pub fn bundle(&self, lang: &'static str) -> Result<Arc<Built>, ReaderError> {
        let seq = *self.synced.lock().unwrap_or_else(|p| p.into_inner());
        Ok(self.bundles.get(&self.api, lang, seq)?)
    }

    /// The string `key` in `lang`'s locale (its base language's, then English's).
    fn t(&self, lang: &LanguageTag, key: &str) -> String {
        [lang.as_str(), lang.base(), "en"]
            .iter()
            .find_map(|l| self.strings.get(*l).and_then(|m| m.get(key)))
            .cloned()
            .unwrap_or_default()
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
        .route("/{lang}/topic/{topic}", get(topic_page))
        .route("/{lang}/service/{slug}", get(service_page))
        .route("/manifest/{file}", get(manifest))
        .route("/bundle/{file}", get(crate::bundle::route))
        .route("/{lang}/plan/{step}", get(plan_page))
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
        .merge(crate::desk::page_routes::<()>(&reader.ui_dir).unwrap_or_default())
        .nest_service("/assets", ServeDir::new(reader.ui_dir.join("assets")))
        .nest_service("/icons", ServeDir::new(reader.ui_dir.join("icons")))
        .route_service("/sw.js", ServeFile::new(reader.ui_dir.join("sw.js")))
        .layer(axum::middleware::from_fn(peerguide_web::cache_control))
        .layer(CompressionLayer::new());
    peerguide_web::with_security_headers(Router::new().merge(own).fallback_service(hub_routes))
}

type Shared = State<Arc<Reader>>;

async fn home_page(State(reader): Shared) -> Response {
    Html(page(&reader.index, &Page::default())).into_response()
}

/// A step of the move-on plan's guide: the app in the link's language and direction; the
/// step itself is shown by the app (the guide holds nobody's dates, so nothing here is private).
async fn plan_page(
    State(reader): Shared,
    UrlPath((lang, _step)): UrlPath<(String, String)>,
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

/// The article lists of a topic: its name as the title, its articles' titles as the summary,
/// and the articles as links.
async fn topic_page(
    State(reader): Shared,
    UrlPath((lang, topic)): UrlPath<(String, String)>,
) -> Response {
    let (Ok(tag), Ok(topic)) = (lang.parse::<LanguageTag>(), topic.parse::<Topic>()) else {
        return not_found(&reader);
    };
    let r = reader.clone();
    let found = tokio::task::spawn_blocking(move || {
        r.api.articles(ArticlesParams {
            lang,
            topic: Some(topic.slug().to_owned()),
        })
    })
    .await;
    let Ok(Ok(articles)) = found else {
        return not_found(&reader);
    };
    let title = reader.t(&tag, &format!("topic-{}", topic.slug()));
    let summary = articles
        .iter()
        .map(|a| a.title.as_str())
        .collect::<Vec<_>>()
        .join(" · ");
    let mut body = String::from("<ul>");
    for a in &articles {
        body.push_str(&format!(
            "<li><a href=\"/{l}/guide/{s}\" lang=\"{al}\" dir=\"auto\">{t}</a><br />{sum}</li>",
            l = escape(tag.as_str()),
            s = escape(&a.slug),
            al = escape(a.lang.as_str()),
            t = escape(&a.title),
            sum = escape(&a.summary),
        ));
    }
    body.push_str("</ul>");
    Html(page(
        &reader.index,
        &Page {
            lang: Some(tag),
            title: Some(title),
            summary: Some(summary),
            body: Some(body),
            kind: "website",
            lead: false,
        },
    ))
    .into_response()
}

/// One service: its name and description, what it helps with, its week, address and contacts.
async fn service_page(
    State(reader): Shared,
    UrlPath((lang, slug)): UrlPath<(String, String)>,
) -> Response {
    let Ok(tag) = lang.parse::<LanguageTag>() else {
        return not_found(&reader);
    };
    let r = reader.clone();
    let found = tokio::task::spawn_blocking(move || {
        r.read_fresh(|api| {
            api.service(ServiceParams {
                lang: lang.clone(),
                slug: slug.clone(),
            })
        })
    })
    .await;
    let Ok(Ok(service)) = found else {
        return not_found(&reader);
    };
    let body = service_html(&reader, &tag, &service);
    Html(page(
        &reader.index,
        &Page {
            // The text's own language: a description shown in English is marked as English.
            lang: Some(if service.is_fallback {
                service.text_lang.clone()
            } else {
                tag
            }),
            title: Some(service.listing.name.clone()),
            summary: Some(service.description.clone()),
            body: Some(body),
            kind: "website",
            lead: true,
        },
    ))
    .into_response()
}

/// A service's details as HTML, labelled in `lang`.
fn service_html(reader: &Reader, lang: &LanguageTag, s: &ServiceView) -> String {
    let l = &s.listing;
    let t = |key: &str| escape(&reader.t(lang, key));
    let mut html = String::new();
    let topics: Vec<String> = l
        .topics
        .iter()
        .map(|topic| {
            format!(
                "<a href=\"/{}/topic/{}\">{}</a>",
                escape(lang.as_str()),
                topic.slug(),
                t(&format!("topic-{}", topic.slug()))
            )
        })
        .collect();
    html.push_str(&format!("<p>{}</p>", topics.join(" · ")));
    html.push_str(&format!("<h2>{}</h2><ul>", t("service-hours")));
    use chrono::Weekday::*;
    for (day, key) in [
        (Mon, "mon"),
        (Tue, "tue"),
        (Wed, "wed"),
        (Thu, "thu"),
        (Fri, "fri"),
        (Sat, "sat"),
        (Sun, "sun"),
    ] {
        let ranges = l.hours.weekly.day(day);
        let times = if ranges.is_empty() {
            t("service-closed-all-day")
        } else {
            ranges
                .iter()
                .map(|r| format!("<span dir=\"ltr\">{}</span>", escape(&r.to_string())))
                .collect::<Vec<_>>()
                .join(", ")
        };
        html.push_str(&format!(
            "<li>{}: {times}</li>",
            t(&format!("weekday-{key}"))
        ));
    }
    html.push_str("</ul>");
    html.push_str(&format!("<address>{}</address><ul>", escape(&l.address)));
    if let Some(phone) = &l.phone {
        let dial: String = phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        html.push_str(&format!(
            "<li>{}: <a href=\"tel:{}\" dir=\"ltr\">{}</a></li>",
            t("service-call"),
            escape(&dial),
            escape(phone)
        ));
    }
    if let Some(email) = &l.email {
        html.push_str(&format!(
            "<li><a href=\"mailto:{e}\" dir=\"ltr\">{e}</a></li>",
            e = escape(email)
        ));
    }
    if let Some(web) = l.web.as_deref().filter(|w| safe_link(w)) {
        html.push_str(&format!(
            "<li><a href=\"{}\" rel=\"noopener noreferrer\" dir=\"ltr\">{}</a></li>",
            escape(web),
            t("service-website")
        ));
    }
    html.push_str("</ul>");
    if let Some(a) = &s.accessibility {
        html.push_str(&format!(
            "<p>{} {}</p>",
            t("service-accessibility"),
            escape(a)
        ));
    }
    html
}

/// `GET /manifest/<lang>.webmanifest`: the web app manifest in that language and direction.
async fn manifest(State(reader): Shared, UrlPath(file): UrlPath<String>) -> Response {
    let Some(tag) = file
        .strip_suffix(".webmanifest")
        .and_then(|l| l.parse::<LanguageTag>().ok())
    else {
        return (StatusCode::NOT_FOUND, "no such manifest").into_response();
    };
    let name = reader.t(&tag, "app-name");
    let name = if name.is_empty() {
        "Peer Guide".to_owned()
    } else {
        name
    };
    let manifest = serde_json::json!({
        "id": "/",
        "name": name,
        "short_name": name,
        "lang": tag.as_str(),
        "dir": direction(&tag),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [
            { "src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png" },
            { "src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png" },
            { "src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" },
        ],
    });
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/manifest+json"),
        )],
        manifest.to_string(),
    )
        .into_response()
}

fn direction(lang: &LanguageTag) -> &'static str {
    match lang.direction() {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
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
        r.read_fresh(|api| {
            api.article(ArticleParams {
                lang: lang.clone(),
                slug: slug.clone(),
                today: None,
            })
        })
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
                    kind: "article",
                    lead: true,
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
    /// The page's content as safe HTML.
    body: Option<String>,
    /// Its Open Graph type (`article`, `website`).
    kind: &'static str,
    /// Whether the summary is shown in bold under the title (an article's, a service's).
    lead: bool,
}

/// `index` with the page's language, direction, preview tags and text put in.
fn page(index: &str, p: &Page) -> String {
    let mut html = index.to_owned();
    // The manifest in the page's language (what a phone offers to install), which also tells
    // the UI it runs on the public reader.
    let manifest_lang = p.lang.as_ref().map(|l| l.as_str()).unwrap_or("en");
    html = html.replacen(
        "</head>",
        &format!(
            "  <link rel=\"manifest\" href=\"/manifest/{}.webmanifest\" />\n    \
             <meta name=\"theme-color\" content=\"{THEME_COLOUR}\" />\n    \
             <link rel=\"apple-touch-icon\" href=\"/icons/icon-192.png\" />\n  </head>",
            escape(manifest_lang)
        ),
        1,
    );
    if let Some(lang) = &p.lang {
        let dir = direction(lang);
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
             <meta property=\"og:type\" content=\"{k}\" />\n    \
             <meta property=\"og:site_name\" content=\"Peer Guide\" />\n    \
             <meta property=\"og:title\" content=\"{t}\" />\n    \
             <meta property=\"og:description\" content=\"{s}\" />\n    \
             <meta property=\"og:locale\" content=\"{l}\" />",
            t = escape(title),
            s = escape(summary),
            l = escape(&locale.replace('-', "_")),
            k = if p.kind.is_empty() { "article" } else { p.kind },
        );
        html = html.replacen("<title>Peer Guide</title>", &head, 1);
    }
    if let Some(body) = &p.body {
        let title = escape(p.title.as_deref().unwrap_or_default());
        let lead = if p.lead {
            format!(
                "<p><strong>{}</strong></p>",
                escape(p.summary.as_deref().unwrap_or_default())
            )
        } else {
            String::new()
        };
        // The UI replaces this when its script starts (it renders into the same element).
        let article = format!(
            "<div id=\"app\"><main class=\"server-page\"><article>\
             <h1>{title}</h1>{lead}{body}</article></main></div>"
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
                kind: "article",
                lead: true,
            },
        );
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(html.contains("<title>التسجيل &quot;GP&quot;</title>"));
        assert!(html.contains(r#"<meta property="og:title" content="التسجيل &quot;GP&quot;" />"#));
        assert!(html.contains(r#"content="&lt;b&gt;x&lt;/b&gt;""#));
        assert!(html.contains("<p>نص</p>"));
    }
}
