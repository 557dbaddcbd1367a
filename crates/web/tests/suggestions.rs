//! Suggestions and flags through web mode against a real hub: a reader's flag is kept and
//! then sent by the next sync, a reader may not write suggestions, a volunteer's draft is
//! saved, sent, and its decline with the reason comes back; bad bodies are refused by name.

mod device;
#[path = "../../hub/tests/support/mod.rs"]
mod support;

use device::start_web;
use peerguide_hub::Role;
use serde_json::{Value, json};
use support::{TestHub, article};

fn code(answer: &(u16, Value)) -> (u16, Option<&str>) {
    (answer.0, answer.1["code"].as_str())
}

fn suggestion(send: bool) -> Value {
    json!({
        "slug": "housing-basics", "lang": "ar", "kind": "correction",
        "title": "عنوان أوضح", "summary": "", "body": "نص أوضح.", "credit": false, "send": send
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn flags_and_suggestions_through_web_mode() {
    let hub = tokio::task::spawn_blocking(|| {
        let t = TestHub::start();
        t.publish(vec![article("housing-basics", &["en", "ar"], 1)], vec![]);
        t
    })
    .await
    .unwrap();
    let reader = start_web().await;
    let volunteer = start_web().await;
    let sync = json!({"lang": "ar"});

    // A reader: a flag kept until the next sync, no suggestions.
    assert_eq!(
        reader
            .post("/api/set_hub", json!({"address": hub.url}))
            .await
            .0,
        200
    );
    assert_eq!(reader.post("/api/sync_now", sync.clone()).await.0, 200);
    let answer = reader.get("/api/suggestions").await;
    assert_eq!(code(&answer), (403, Some("not-a-volunteer")));
    let answer = reader.post("/api/save_suggestion", suggestion(true)).await;
    assert_eq!(code(&answer), (403, Some("not-a-volunteer")));
    let answer = reader
        .post("/api/flag", json!({"slug": "nothing-here", "lang": "ar"}))
        .await;
    assert_eq!(code(&answer), (404, Some("article-not-found")));
    let answer = reader
        .post(
            "/api/flag",
            json!({"slug": "housing-basics", "lang": "ar", "sentence": "x".repeat(301)}),
        )
        .await;
    assert_eq!(code(&answer), (400, Some("invalid-suggestion")));
    let answer = reader
        .post(
            "/api/flag",
            json!({"slug": "housing-basics", "lang": "ar", "who": "me"}),
        )
        .await;
    assert_eq!(code(&answer), (422, Some("invalid-parameters")));
    let answer = reader
        .post(
            "/api/flag",
            json!({"slug": "housing-basics", "lang": "ar", "sentence": "The number is old."}),
        )
        .await;
    assert_eq!(answer.0, 200, "{}", answer.1);
    assert!(hub.hub.queue().unwrap().is_empty(), "kept until the sync");
    assert_eq!(reader.post("/api/sync_now", sync.clone()).await.0, 200);
    let queue = hub.hub.queue().unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].sentence.as_deref(), Some("The number is old."));

    // A volunteer: a draft, then sent, then declined with a reason.
    let invite = hub.hub.create_invite(Role::Volunteer, None).unwrap().code;
    let join = json!({"address": hub.url, "code": invite, "pin": "246810"});
    assert_eq!(volunteer.post("/api/join", join).await.0, 200);
    assert_eq!(volunteer.post("/api/sync_now", sync.clone()).await.0, 200);
    let (status, draft) = volunteer
        .post("/api/save_suggestion", suggestion(false))
        .await;
    assert_eq!(status, 200, "{draft}");
    assert_eq!(draft["status"], "draft");
    let mut send = suggestion(true);
    send["id"] = draft["id"].clone();
    let (status, sent) = volunteer.post("/api/save_suggestion", send).await;
    assert_eq!((status, sent["status"].as_str()), (200, Some("sent")));
    let answer = volunteer
        .post("/api/delete_suggestion", json!({"id": draft["id"]}))
        .await;
    assert_eq!(code(&answer), (404, Some("suggestion-not-found")));
    let answer = volunteer
        .post("/api/save_suggestion", json!({"slug": "housing-basics"}))
        .await;
    assert_eq!(code(&answer), (422, Some("invalid-parameters")));
    assert_eq!(volunteer.post("/api/sync_now", sync.clone()).await.0, 200);
    let item = hub
        .hub
        .queue()
        .unwrap()
        .into_iter()
        .find(|i| i.kind == "suggestion")
        .unwrap();
    hub.hub
        .decline(item.id, "Please keep the headings.")
        .unwrap();
    assert_eq!(volunteer.post("/api/sync_now", sync.clone()).await.0, 200);
    let (status, mine) = volunteer.get("/api/suggestions").await;
    assert_eq!(status, 200);
    assert_eq!(mine["offered"][0], "en");
    let held = &mine["suggestions"][0];
    assert_eq!(held["status"], "declined");
    assert_eq!(held["reason"], "Please keep the headings.");
}
