//! Web mode as a browser meets it: a real server on a loopback port over the demo content,
//! asked over real HTTP.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use peerguide_core::Store;
use peerguide_core::api::Api;
use peerguide_core::import::{import_dir, import_pack_unindexed};
use peerguide_core::pack;
use peerguide_web::WebApp;
use serde_json::{Value, json};

/// A script named as the UI's build names them: `<name>-<content hash>.js`.
const HASHED_SCRIPT: &str = "/assets/index-BdQ7x_2k.js";

fn script() -> String {
    "export function greet(name) { return `Hello, ${name}`; }\n".repeat(200)
}

struct Server {
    base: String,
    _dir: tempfile::TempDir,
}

fn demo_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// One server for the whole file, started on its own runtime so every test can share it.
fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("pg.db");
        let mut store = Store::open(&db).unwrap();
        import_dir(&mut store, &demo_pack(), &mut |_| {}).unwrap();
        let ui = dir.path().join("ui");
        std::fs::create_dir_all(ui.join("assets")).unwrap();
        std::fs::write(
            ui.join("index.html"),
            "<!doctype html><title>Peer Guide</title>",
        )
        .unwrap();
        std::fs::write(ui.join("assets/app.js"), "console.log('ui')").unwrap();
        std::fs::write(ui.join(HASHED_SCRIPT.trim_start_matches('/')), script()).unwrap();
        drop(store);
        let app = peerguide_web::router(Arc::new(WebApp::open(&db).unwrap()), Some(ui));
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Runtime::new().unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send(listener.local_addr().unwrap()).unwrap();
                peerguide_web::serve(listener, app, std::future::pending())
                    .await
                    .unwrap();
            });
        });
        let addr = rx.recv().unwrap();
        Server {
            base: format!("http://{addr}"),
            _dir: dir,
        }
    })
}

/// GETs `path` and returns the status and the body as JSON.
async fn get(path: &str) -> (u16, Value) {
    let response = reqwest::get(format!("{}{path}", server().base))
        .await
        .unwrap();
    let status = response.status().as_u16();
    let body = response.json().await.unwrap();
    (status, body)
}

async fn ok(path: &str) -> Value {
    let (status, body) = get(path).await;
    assert_eq!(status, 200, "{path}: {body}");
    body
}

async fn refused(path: &str, status: u16, code: &str) {
    let (got, body) = get(path).await;
    assert_eq!(got, status, "{path}: {body}");
    assert_eq!(body["code"], code, "{path}: {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
}

#[tokio::test]
async fn languages_are_named_in_their_own_script() {
    let langs = ok("/api/languages").await;
    let arabic = langs
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "ar")
        .unwrap();
    assert_eq!(arabic["native_name"], "العربية");
    assert_eq!(arabic["direction"], "rtl");
}

#[tokio::test]
async fn home_puts_first_steps_first_in_the_readers_language() {
    let home = ok("/api/home?lang=ar").await;
    assert_eq!(home[0]["topic"], "first-steps");
    assert!(
        home[0]["articles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["lang"] == "ar")
    );
}

#[tokio::test]
async fn articles_of_one_topic() {
    let list = ok("/api/articles?lang=en&topic=health").await;
    let list = list.as_array().unwrap();
    assert!(!list.is_empty());
    assert!(list.iter().all(|a| a["topic"] == "health"));
}

#[tokio::test]
async fn article_says_when_it_falls_back_to_english() {
    let view = ok("/api/article?lang=so&slug=council-tax").await;
    assert_eq!(view["lang"], "en");
    assert_eq!(view["is_fallback"], true);
    assert_eq!(view["requested"], "so");
    assert!(!view["translation"]["body"].as_str().unwrap().is_empty());
}

#[tokio::test]
async fn search_finds_arabic_text() {
    let hits = ok("/api/search?lang=ar&query=%D8%B7%D8%A8%D9%8A%D8%A8&limit=3").await;
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
}

#[tokio::test]
async fn services_filter_by_topic_and_language() {
    let all = ok("/api/services?lang=en").await;
    let some = ok("/api/services?lang=en&topic=housing&speaks=ar&open_now=false").await;
    let some = some.as_array().unwrap();
    assert!(some.len() < all.as_array().unwrap().len());
    for s in some {
        assert!(s["topics"].as_array().unwrap().contains(&"housing".into()));
        assert!(s["languages"].as_array().unwrap().contains(&"ar".into()));
    }
    // "open now" is answered (the answer depends on the clock).
    ok("/api/services?lang=ar&open_now=true&text=").await;
}

#[tokio::test]
async fn volunteers_show_public_contacts_only() {
    let vols = ok("/api/volunteers?speaks=ti").await;
    let vols = vols.as_array().unwrap();
    assert!(!vols.is_empty());
    for v in vols {
        for c in v["contacts"].as_array().unwrap() {
            assert_eq!(c["visible_to"], "everyone");
        }
    }
}

#[tokio::test]
async fn about_counts_the_content() {
    let about = ok("/api/about").await;
    assert!(about["articles"].as_u64().unwrap() >= 30);
    assert!(about["content_date"].is_string());
}

#[tokio::test]
async fn bad_parameters_are_400_with_a_code() {
    refused("/api/home?lang=xx", 400, "unknown-language").await;
    refused("/api/home?lang=a", 400, "invalid-language-tag").await;
    refused("/api/home", 400, "invalid-parameters").await;
    refused("/api/articles?lang=en&topic=cooking", 400, "unknown-topic").await;
    refused(
        "/api/search?lang=en&query=x&limit=many",
        400,
        "invalid-parameters",
    )
    .await;
    refused(
        "/api/services?lang=en&open_now=maybe",
        400,
        "invalid-parameters",
    )
    .await;
    refused("/api/volunteers?speaks=zz", 400, "unknown-language").await;
}

#[tokio::test]
async fn a_missing_article_is_404_with_a_code() {
    refused(
        "/api/article?lang=en&slug=no-such-thing",
        404,
        "article-not-found",
    )
    .await;
}

#[tokio::test]
async fn an_unknown_api_route_is_404_with_a_code() {
    refused("/api/nothing-here", 404, "not-found").await;
}

#[tokio::test]
async fn the_ui_is_served_and_its_routes_survive_a_reload() {
    let base = &server().base;
    let js = reqwest::get(format!("{base}/assets/app.js")).await.unwrap();
    assert_eq!(js.status(), 200);
    let page = reqwest::get(format!("{base}/article/universal-credit"))
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("<title>Peer Guide</title>")
    );
}

#[tokio::test]
async fn one_service_and_the_organisation_have_routes_of_their_own() {
    let service = ok("/api/service?lang=fa&slug=anderston-volunteering-hub").await;
    assert_eq!(service["name"], "Anderston Volunteering Hub");
    assert_eq!(service["text_lang"], "fa");
    assert_eq!(service["hours"]["weekly"]["mon"][0], "10:00-16:00");
    refused(
        "/api/service?lang=en&slug=no-such-service",
        404,
        "service-not-found",
    )
    .await;
    let org = ok("/api/organisation?lang=ti").await;
    assert_eq!(org["phone"], "+44 141 496 0100");
    assert_eq!(org["interpreter_lang"], "ti");
    let org = ok("/api/organisation?lang=pl").await;
    assert_eq!(
        org["interpreter_lang"], "en",
        "Polish falls back to English"
    );
    assert_eq!(org["is_fallback"], true);
}

async fn get_with(path: &str, accept_encoding: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}{path}", server().base))
        .header("accept-encoding", accept_encoding)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_ui_comes_compressed_as_the_browser_accepts() {
    let plain = script();
    let gzip = get_with(HASHED_SCRIPT, "gzip").await;
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let bytes = gzip.bytes().await.unwrap();
    assert!(bytes.len() < plain.len() / 5, "{} bytes", bytes.len());
    let mut unzipped = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut unzipped)
        .unwrap();
    assert_eq!(unzipped, plain);

    let br = get_with(HASHED_SCRIPT, "gzip, deflate, br, zstd").await;
    assert_eq!(
        br.headers()["content-encoding"],
        "br",
        "Brotli when offered"
    );
    assert!(br.bytes().await.unwrap().len() < plain.len() / 5);

    let none = get_with(HASHED_SCRIPT, "identity").await;
    assert!(none.headers().get("content-encoding").is_none());
    assert_eq!(none.text().await.unwrap(), plain);
}

#[tokio::test]
async fn hashed_files_are_cached_for_a_year_and_the_page_is_checked_each_time() {
    let cache = |r: &reqwest::Response| r.headers()["cache-control"].to_str().unwrap().to_owned();
    let hashed = get_with(HASHED_SCRIPT, "gzip").await;
    assert_eq!(cache(&hashed), "public, max-age=31536000, immutable");
    for path in [
        "/",
        "/index.html",
        "/assets/app.js",
        "/article/universal-credit",
    ] {
        let r = get_with(path, "gzip").await;
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(cache(&r), "no-cache", "{path}");
    }
    // A missing hashed file is not cached: the next build may bring it.
    let missing = get_with("/assets/index-Zzzzzzzz.js", "gzip").await;
    assert_eq!(missing.status(), 404);
    assert_ne!(cache(&missing), "public, max-age=31536000, immutable");
    let api = get_with("/api/about", "gzip").await;
    assert_eq!(cache(&api), "no-store");
}

#[tokio::test]
async fn a_request_for_another_sites_name_is_refused() {
    // DNS rebinding: a page at evil.example.org whose name now resolves to 127.0.0.1.
    let response = reqwest::Client::new()
        .get(format!("{}/api/volunteers", server().base))
        .header("host", "evil.example.org")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "unknown-host");
    let response = reqwest::Client::new()
        .get(format!("{}/", server().base))
        .header("host", "evil.example.org:8080")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    // The address and localhost are this server's own.
    let port = server().base.rsplit(':').next().unwrap().to_owned();
    let response = reqwest::Client::new()
        .get(format!("{}/api/about", server().base))
        .header("host", format!("localhost:{port}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
}

#[tokio::test]
async fn search_finds_everything_on_an_imported_store() {
    assert_eq!(ok("/api/search_status").await, json!({ "pending": 0 }));
}

/// Serves `app` on a loopback port from this test's runtime; answers its base address.
async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(peerguide_web::serve(listener, app, std::future::pending()));
    format!("http://{addr}")
}

async fn ok_from(base: &str, path: &str) -> Value {
    let response = reqwest::get(format!("{base}{path}")).await.unwrap();
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    assert_eq!(status, 200, "{path}: {body}");
    body
}

/// A database holding the demo pack as a first sync or a large import leaves it: stored and
/// readable, its articles and services not yet in the search index.
fn written_not_indexed(dir: &Path) -> (PathBuf, Store) {
    let db = dir.join("pg.db");
    let mut store = Store::open(&db).unwrap();
    import_pack_unindexed(&mut store, pack::load(&demo_pack()).unwrap(), &mut |_| {}).unwrap();
    (db, store)
}

#[tokio::test]
async fn search_says_it_is_not_ready_while_a_large_write_waits_for_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let (db, mut store) = written_not_indexed(dir.path());
    // The reads alone, as the hub's public reader serves them: nothing here takes the pending
    // content into the index, so what the route answers stays put until the index is built.
    let api = Arc::new(Api::open(&db).unwrap());
    let base = serve(axum::Router::new().nest("/api", peerguide_web::read_routes(api))).await;
    let status = ok_from(&base, "/api/search_status").await;
    let pending = status["pending"].as_u64().unwrap();
    assert!(pending > 0, "{status}");
    // The content reads, but search cannot find it yet: what the note on the search screen
    // explains.
    ok_from(&base, "/api/article?lang=en&slug=register-with-a-gp").await;
    let hits = ok_from(&base, "/api/search?lang=en&query=doctor").await;
    assert_eq!(hits, json!([]));
    store.index_all_pending(&mut |_| {}).unwrap();
    assert_eq!(
        ok_from(&base, "/api/search_status").await,
        json!({ "pending": 0 })
    );
    let hits = ok_from(&base, "/api/search?lang=en&query=doctor").await;
    assert!(!hits.as_array().unwrap().is_empty(), "{hits}");
}

#[tokio::test]
async fn web_mode_takes_pending_content_into_search_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    let (db, store) = written_not_indexed(dir.path());
    drop(store);
    // Opening the device starts taking in what is pending, in the background.
    let base = serve(peerguide_web::router(
        Arc::new(WebApp::open(&db).unwrap()),
        None,
    ))
    .await;
    // Not a timing: a liveness bound, far above what the demo pack takes.
    let mut asked = 0;
    while ok_from(&base, "/api/search_status").await != json!({ "pending": 0 }) {
        asked += 1;
        assert!(asked < 3_000, "search never caught up");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let hits = ok_from(&base, "/api/search?lang=en&query=doctor").await;
    assert!(!hits.as_array().unwrap().is_empty(), "{hits}");
}
