//! The app's own sync (`Device`) against a real hub on loopback: what a reader sees in the
//! settings screen, and that the app keeps working when the hub cannot be reached.

#[path = "../../hub/tests/support/mod.rs"]
mod support;

use std::io::Read;
use std::net::TcpListener;

use peerguide_core::api::{Api, ArticleParams, HubParams, LangParams, SearchParams};
use peerguide_sync_client::device::{Device, SyncParams};
use support::{TestHub, article, service};

fn linked_device(hub_url: &str) -> (tempfile::TempDir, Api, Device) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let api = Api::open(&db).unwrap();
    api.set_hub(HubParams {
        address: hub_url.into(),
    })
    .unwrap();
    let device = Device::new(api.vault());
    (dir, api, device)
}

fn params(lang: &str) -> SyncParams {
    SyncParams {
        lang: lang.into(),
        accept_new_key: false,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_brings_new_guidance_and_says_what_changed() {
    let hub = TestHub::start();
    hub.publish(
        vec![
            article("rent-deposit", &["en", "ar"], 1),
            article("gp-register", &["en"], 1),
        ],
        vec![service("govan-clinic", &["en"])],
    );
    let (_dir, api, device) = linked_device(&hub.url);
    let before = api.sync_status(LangParams { lang: "ar".into() }).unwrap();
    assert_eq!((before.last_sync, before.last_attempt), (None, None));

    let done = device.sync_now(params("ar")).await.unwrap();
    assert!(done.changed > 0 && done.bytes_received > 0);
    let view = api.sync_status(LangParams { lang: "ar".into() }).unwrap();
    assert!(view.last_sync.is_some());
    assert_eq!(view.last_attempt.as_ref().unwrap().failure, None);
    let changes = view.changes.clone().unwrap();
    assert_eq!((changes.articles_changed, changes.services_changed), (2, 1));
    // Named in the reader's language where there is a translation.
    let mut titles: Vec<_> = view
        .changed_articles
        .iter()
        .map(|a| a.title.clone())
        .collect();
    titles.sort();
    assert_eq!(titles, ["gp-register in en r1", "rent-deposit in ar r1"]);
    let read = api
        .article(ArticleParams {
            lang: "ar".into(),
            slug: "rent-deposit".into(),
            today: None,
        })
        .unwrap();
    assert_eq!(read.lang.as_str(), "ar");

    // Two taps at once: both answered, nothing new the second time, the changes kept.
    let (a, b) = tokio::join!(device.sync_now(params("ar")), device.sync_now(params("ar")));
    assert_eq!((a.unwrap().changed, b.unwrap().changed), (0, 0));
    let view = api.sync_status(LangParams { lang: "ar".into() }).unwrap();
    assert_eq!(view.changes, Some(changes));

    // A new revision of one article: only that one is reported.
    hub.publish(vec![article("gp-register", &["en"], 2)], vec![]);
    device.sync_now(params("ar")).await.unwrap();
    let view = api.sync_status(LangParams { lang: "en".into() }).unwrap();
    let changes = view.changes.unwrap();
    assert_eq!((changes.articles_changed, changes.services_changed), (1, 0));
    assert_eq!(view.changed_articles[0].title, "gp-register in en r2");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_hub_is_reported_and_the_app_reads_on() {
    let hub = TestHub::start();
    hub.publish(vec![article("rent-deposit", &["en"], 1)], vec![]);
    let (_dir, api, device) = linked_device(&hub.url);
    device.sync_now(params("en")).await.unwrap();
    let url = hub.url.clone();
    drop(hub);

    let err = device.sync_now(params("en")).await.unwrap_err();
    assert_eq!(err.code(), "hub-unreachable");
    assert!(err.to_string().contains(&url), "{err}");
    let view = api.sync_status(LangParams { lang: "en".into() }).unwrap();
    let failure = view.last_attempt.unwrap().failure.unwrap();
    assert_eq!(failure.code, "hub-unreachable");
    assert!(
        view.last_sync.is_some(),
        "the last good sync is still shown"
    );
    let hits = api
        .search(SearchParams {
            lang: "en".into(),
            query: "rent".into(),
            limit: None,
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_reads_while_a_sync_waits_on_a_silent_hub() {
    // A "hub" that takes the connection and never answers, like a captive portal.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let (_dir, api, device) = linked_device(&format!("http://{}", silent.local_addr().unwrap()));
    let device = std::sync::Arc::new(device);
    let syncing = tokio::spawn({
        let device = device.clone();
        async move { device.sync_now(params("en")).await }
    });
    let (mut conn, _) = silent.accept().unwrap();
    // The request has arrived: the sync is now waiting for an answer.
    let mut first = [0u8; 16];
    conn.read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"POST /v1/"));

    let home = api.home(LangParams { lang: "en".into() }).unwrap();
    assert!(!home.is_empty());
    assert!(api.sync_status(LangParams { lang: "en".into() }).is_ok());
    assert!(
        !syncing.is_finished(),
        "the reads above did not wait for the sync"
    );

    drop(conn);
    let err = syncing.await.unwrap().unwrap_err();
    assert_eq!(err.code(), "hub-unreachable");
}

#[tokio::test]
async fn a_device_with_no_hub_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let api = Api::open(&db).unwrap();
    let err = Device::new(api.vault())
        .sync_now(params("en"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "no-hub");
    let err = Device::new(api.vault())
        .sync_now(params("xx"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "unknown-language");
    let err = api
        .set_hub(HubParams {
            address: "http://hub.example.org".into(),
        })
        .unwrap_err();
    assert_eq!(err.code(), "invalid-hub-address");
    assert_eq!(
        api.sync_status(LangParams { lang: "en".into() })
            .unwrap()
            .hub,
        None
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_content_the_app_ships_with_is_not_news_when_the_hub_sends_it() {
    // The app's first start imports its bundled pack; the hub publishes the same pack and one
    // new article. Only that article is news to the reader.
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let pack = peerguide_core::pack::load(&demo).unwrap();
    let hub = TestHub::start();
    let mut articles: Vec<_> = pack.articles.into_iter().map(|a| a.record).collect();
    articles.push(article("warm-home-discount", &["en"], 1));
    hub.publish(
        articles,
        pack.services.into_iter().map(|s| s.record).collect(),
    );

    let (dir, api, device) = linked_device(&hub.url);
    api.store(|store| peerguide_core::import::import_dir(store, &demo, &mut |_| {}))
        .unwrap();
    let done = device.sync_now(params("ar")).await.unwrap();
    assert!(done.changed > 0, "the records themselves all arrived");
    let view = api.sync_status(LangParams { lang: "ar".into() }).unwrap();
    let changes = view.changes.unwrap();
    assert_eq!(
        (changes.articles_changed, changes.services_changed),
        (1, 0),
        "only the new article is news"
    );
    assert_eq!(view.changed_articles[0].slug, "warm-home-discount");
    drop(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn after_a_large_first_sync_search_catches_up_in_the_background() {
    let hub = TestHub::start();
    let articles: Vec<_> = (0..150)
        .map(|i| article(&format!("guide-{i}"), &["en", "ar"], 1))
        .collect();
    hub.publish(articles, vec![]);
    let (_dir, api, device) = linked_device(&hub.url);
    device.sync_now(params("ar")).await.unwrap();
    // Readable the moment the sync ends.
    let view = api
        .article(ArticleParams {
            lang: "ar".into(),
            slug: "guide-42".into(),
            today: None,
        })
        .unwrap();
    assert_eq!(view.translation.title, "guide-42 in ar r1");
    // Searchable once the index has caught up, without anything else asked of the app.
    let waited = std::time::Instant::now();
    while api.search_status().unwrap().pending > 0 || device.is_indexing() {
        assert!(
            waited.elapsed() < std::time::Duration::from_secs(60),
            "the search index never caught up"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let hits = api
        .search(SearchParams {
            lang: "ar".into(),
            query: "guide 42 in ar".into(),
            limit: Some(5),
        })
        .unwrap();
    assert_eq!(hits[0].slug, "guide-42");
}
