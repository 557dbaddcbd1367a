//! The app's sync through web mode, against a real hub: link the device, sync, see what
//! changed; and the refusals a UI (or a page on another site) meets.

mod device;
#[path = "../../hub/tests/support/mod.rs"]
mod support;

use device::start_web;
use serde_json::{Value, json};
use support::{TestHub, article, service};

#[tokio::test(flavor = "multi_thread")]
async fn a_device_linked_in_the_settings_syncs_and_shows_what_changed() {
    // The hub runs its own runtime on its own thread (the support module starts it so).
    let hub = tokio::task::spawn_blocking(|| {
        let hub = TestHub::start();
        hub.publish(
            vec![article("rent-deposit", &["en", "ar"], 1)],
            vec![service("govan-clinic", &["en"])],
        );
        hub
    })
    .await
    .unwrap();
    let web = start_web().await;

    let (status, body) = web.get("/api/sync_status?lang=ar").await;
    assert_eq!((status, &body["hub"]), (200, &Value::Null));
    let (status, body) = web.post("/api/sync_now", json!({"lang": "ar"})).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("no-hub")));

    let (status, link) = web
        .post("/api/set_hub", json!({"address": hub.url.clone() + "/"}))
        .await;
    assert_eq!(status, 200);
    assert_eq!(link["url"], hub.url.as_str());
    assert_eq!(link["role"], "reader");
    assert!(link.get("token").is_none());

    let (status, done) = web.post("/api/sync_now", json!({"lang": "ar"})).await;
    assert_eq!(status, 200, "{done}");
    assert!(done["changed"].as_u64().unwrap() > 0);
    let (_, view) = web.get("/api/sync_status?lang=ar").await;
    assert_eq!(view["changes"]["articles_changed"], 1);
    assert_eq!(view["changes"]["services_changed"], 1);
    assert_eq!(
        view["changed_articles"][0]["title"],
        "rent-deposit in ar r1"
    );
    assert_eq!(view["last_attempt"]["failure"], Value::Null);
    let (status, article) = web.get("/api/article?lang=ar&slug=rent-deposit").await;
    assert_eq!((status, article["lang"].as_str()), (200, Some("ar")));

    // The hub goes away: the sync fails as a gateway would, the guide still reads.
    drop(tokio::task::spawn_blocking(move || drop(hub)).await);
    let (status, body) = web.post("/api/sync_now", json!({"lang": "ar"})).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (502, Some("hub-unreachable"))
    );
    let (_, view) = web.get("/api/sync_status?lang=ar").await;
    assert_eq!(view["last_attempt"]["failure"]["code"], "hub-unreachable");
    let (status, _) = web.get("/api/article?lang=ar&slug=rent-deposit").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn bad_requests_to_the_sync_routes_are_refused_by_name() {
    let web = start_web().await;
    let (status, body) = web
        .post("/api/set_hub", json!({"address": "http://hub.example.org"}))
        .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (400, Some("invalid-hub-address"))
    );
    assert!(body["message"].as_str().unwrap().contains("https"));

    let (status, body) = web.post("/api/set_hub", json!({"adress": "x"})).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (422, Some("invalid-parameters"))
    );
    assert!(body["message"].as_str().unwrap().contains("address"));

    let (status, body) = web.post("/api/sync_now", json!({"lang": "xx"})).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (400, Some("unknown-language"))
    );

    // What a form on another site can send: not JSON, so refused before anything runs.
    let r = reqwest::Client::new()
        .post(format!("{}/api/set_hub", web.base))
        .header("content-type", "text/plain")
        .body(r#"{"address": "https://evil.example.org"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 415);
    let (_, view) = web.get("/api/sync_status?lang=en").await;
    assert_eq!(view["hub"], Value::Null);

    // Reads are GET only, writes POST only.
    let r = reqwest::get(format!("{}/api/sync_now", web.base))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 405);
}
