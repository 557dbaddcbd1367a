//! The volunteer routes of web mode against a real hub: joining, the own profile, a
//! coordinator's review; each refusal with its status and code, and malformed bodies.

mod device;
#[path = "../../hub/tests/support/mod.rs"]
mod support;

use device::{Web, start_web};
use peerguide_hub::{Hub, HubConfig, Role};
use serde_json::{Value, json};
use support::TestHub;

fn code(answer: &(u16, Value)) -> (u16, Option<&str>) {
    (answer.0, answer.1["code"].as_str())
}

fn form(name: &str) -> Value {
    json!({
        "display_name": name,
        "languages": [{"lang": "ar", "level": "native"}],
        "topics": ["housing"],
        "availability": {"tue": ["18:00-20:00"]},
        "contacts": [
            {"channel": "phone", "value": "07700 900123", "visible_to": "volunteers"},
            {"channel": "email", "value": "amal@example.org", "visible_to": "everyone"}
        ],
        "about": {"en": "I help with tenancy forms."},
        "away_until": null
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn joining_a_profile_and_a_review_through_web_mode() {
    let hub = tokio::task::spawn_blocking(TestHub::start).await.unwrap();
    let volunteer = start_web().await;
    let coordinator = start_web().await;

    // Not joined yet.
    let answer = volunteer.get("/api/my_profile?lang=en").await;
    assert_eq!(code(&answer), (403, Some("not-a-volunteer")));
    let answer = volunteer.get("/api/review_list").await;
    assert_eq!(code(&answer), (403, Some("not-a-coordinator")));
    let answer = volunteer.post("/api/save_profile", form("Amal")).await;
    assert_eq!(code(&answer), (403, Some("not-a-volunteer")));

    // Invites: unknown, good, used, expired.
    let join = |code: &str| json!({"address": hub.url, "code": code, "pin": "246810"});
    let answer = volunteer.post("/api/join", join("ABCD-EFGH-JKMN")).await;
    assert_eq!(code(&answer), (400, Some("invite-unknown")));
    let invite = hub.hub.create_invite(Role::Volunteer, None).unwrap().code;
    let (status, link) = volunteer
        .post("/api/join", join(&invite.to_lowercase()))
        .await;
    assert_eq!(status, 200, "{link}");
    assert_eq!(link["role"], "volunteer");
    assert!(link["volunteer_id"].is_string());
    assert!(link.get("token").is_none());
    let answer = coordinator.post("/api/join", join(&invite)).await;
    assert_eq!(code(&answer), (409, Some("invite-used")));
    let strict = Hub::open(
        hub.dir.path(),
        HubConfig {
            invite_ttl_secs: 0,
            ..HubConfig::default()
        },
    )
    .unwrap();
    let expired = strict.create_invite(Role::Coordinator, None).unwrap().code;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let answer = coordinator.post("/api/join", join(&expired)).await;
    assert_eq!(code(&answer), (410, Some("invite-expired")));
    let answer = coordinator
        .post("/api/join", json!({"address": hub.url}))
        .await;
    assert_eq!(code(&answer), (422, Some("invalid-parameters")));
    let invite = hub.hub.create_invite(Role::Coordinator, None).unwrap().code;
    let (status, link) = coordinator.post("/api/join", join(&invite)).await;
    assert_eq!((status, link["role"].as_str()), (200, Some("coordinator")));

    // The profile: no profile yet, then refusals, then saved.
    assert_eq!(
        volunteer.get("/api/my_profile?lang=en").await,
        (200, Value::Null)
    );
    let answer = volunteer.post("/api/save_profile", form("   ")).await;
    assert_eq!(code(&answer), (400, Some("invalid-change")));
    assert!(
        answer.1["message"]
            .as_str()
            .unwrap()
            .contains("display-name")
    );
    let mut missing = form("Amal");
    missing.as_object_mut().unwrap().remove("contacts");
    let answer = volunteer.post("/api/save_profile", missing).await;
    assert_eq!(code(&answer), (422, Some("invalid-parameters")));
    let mut misspelt = form("Amal");
    misspelt["awayUntil"] = json!("2026-06-01");
    let answer = volunteer.post("/api/save_profile", misspelt).await;
    assert_eq!(code(&answer), (422, Some("invalid-parameters")));
    let mut wrong = form("Amal");
    wrong["contacts"][0]["visible_to"] = json!("friends");
    let answer = volunteer.post("/api/save_profile", wrong).await;
    assert_eq!(code(&answer), (422, Some("invalid-parameters")));
    let text = form("Amal").to_string();
    assert_eq!(volunteer.post_text("/api/save_profile", &text).await, 415);

    let (status, mine) = volunteer.post("/api/save_profile", form(" Amal ")).await;
    assert_eq!(status, 200, "{mine}");
    let mut keys: Vec<_> = mine.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ["pending", "previews", "profile"]);
    assert_eq!(mine["profile"]["display_name"], "Amal");
    assert_eq!(mine["profile"]["review"]["state"], "pending");
    assert!(mine["pending"].as_u64().unwrap() > 0);
    assert_eq!(
        mine["previews"]["everyone"]["contacts"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        mine["previews"]["volunteers"]["contacts"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        volunteer.get("/api/my_profile?lang=en").await,
        (200, mine.clone())
    );
    let answer = volunteer.get("/api/my_profile").await;
    assert_eq!(code(&answer), (400, Some("invalid-parameters")));
    let (status, _) = volunteer.post("/api/sync_now", json!({"lang": "en"})).await;
    assert_eq!(status, 200);

    // The coordinator's review.
    let (status, _) = coordinator
        .post("/api/sync_now", json!({"lang": "en"}))
        .await;
    assert_eq!(status, 200);
    let (status, list) = coordinator.get("/api/review_list").await;
    assert_eq!(status, 200);
    let profile = &list[0];
    assert_eq!(profile["review"]["state"], "pending");
    let id = profile["id"].clone();
    let digest = profile["review"]["digest"].clone();
    let review = |decision: &str, seen: Value| json!({"id": id, "decision": decision, "seen": seen, "lang": "en"});
    let answer = volunteer
        .post("/api/review_profile", review("approve", digest.clone()))
        .await;
    assert_eq!(code(&answer), (403, Some("not-a-coordinator")));
    let answer = coordinator
        .post("/api/review_profile", review("maybe", digest.clone()))
        .await;
    assert_eq!(code(&answer), (422, Some("invalid-parameters")));
    let answer = coordinator
        .post("/api/review_profile", review("approve", json!("0000")))
        .await;
    assert_eq!(code(&answer), (409, Some("profile-changed")));
    let (status, done) = coordinator
        .post("/api/review_profile", review("approve", digest))
        .await;
    assert_eq!(status, 200, "{done}");
    assert!(done["changed"].as_u64().unwrap() > 0);
    let (_, list) = coordinator.get("/api/review_list").await;
    assert_eq!(list[0]["review"]["state"], "approved");
    let (status, listed) = coordinator.get("/api/volunteers").await;
    assert_eq!(status, 200);
    assert_eq!(listed[0]["contacts"].as_array().unwrap().len(), 2);

    // Deleting: a JSON body is required, then the profile is gone for good.
    assert_eq!(volunteer.post_text("/api/delete_profile", "{}").await, 415);
    let answer = volunteer.post("/api/delete_profile", json!({"x": 1})).await;
    assert_eq!(code(&answer), (422, Some("invalid-parameters")));
    assert_eq!(
        volunteer.post("/api/delete_profile", json!({})).await,
        (200, Value::Null)
    );
    assert_eq!(
        volunteer.get("/api/my_profile?lang=en").await,
        (200, Value::Null)
    );
    let answer = volunteer.post("/api/save_profile", form("Amal")).await;
    assert_eq!(code(&answer), (409, Some("profile-deleted")));

    // A revoked device is told so by its next sync.
    let volunteer_id = link_volunteer_id(&volunteer).await;
    let token = hub
        .hub
        .tokens()
        .unwrap()
        .into_iter()
        .find(|t| t.volunteer_id.map(|v| v.to_string()) == Some(volunteer_id.clone()))
        .unwrap();
    hub.hub.revoke(&token.id).unwrap();
    let answer = volunteer.post("/api/sync_now", json!({"lang": "en"})).await;
    assert_eq!(code(&answer), (403, Some("token-revoked")));
    // ...and has forgotten what was not public, back to a reader with no PIN, saying why.
    let (_, lock) = volunteer.get("/api/lock_status").await;
    assert_eq!(lock["encrypted"], false, "{lock}");
    assert_eq!(lock["notice"]["reason"], "token-revoked", "{lock}");
    let (_, view) = volunteer.get("/api/sync_status?lang=en").await;
    assert_eq!(view["hub"]["role"], "reader", "{view}");
    let answer = volunteer.get("/api/my_profile?lang=en").await;
    assert_eq!(code(&answer), (403, Some("not-a-volunteer")));

    drop(tokio::task::spawn_blocking(move || drop(hub)).await);
}

async fn link_volunteer_id(web: &Web) -> String {
    let (_, view) = web.get("/api/sync_status?lang=en").await;
    view["hub"]["volunteer_id"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reader_locks_the_app_and_nothing_but_the_lock_answers_until_unlocked() {
    let web = start_web().await;
    let (status, lock) = web.get("/api/lock_status").await;
    assert_eq!((status, lock["encrypted"].as_bool()), (200, Some(false)));
    let answer = web.post("/api/set_pin", json!({"pin": "12345"})).await;
    assert_eq!(code(&answer), (400, Some("invalid-pin")));
    let (status, lock) = web.post("/api/set_pin", json!({"pin": "135790"})).await;
    assert_eq!((status, lock["encrypted"].as_bool()), (200, Some(true)));
    let (status, _) = web.get("/api/home?lang=en").await;
    assert_eq!(status, 200, "unlocked after setting the PIN");

    let (_, lock) = web.post("/api/lock", json!({})).await;
    assert_eq!(lock["locked"], true);
    let answer = web.get("/api/home?lang=en").await;
    assert_eq!(code(&answer), (423, Some("locked")));
    let answer = web.get("/api/sync_status?lang=en").await;
    assert_eq!(code(&answer), (423, Some("locked")));
    let answer = web.post("/api/unlock", json!({"pin": "000000"})).await;
    assert_eq!(code(&answer), (403, Some("wrong-pin")));
    let (_, lock) = web.get("/api/lock_status").await;
    assert_eq!(lock["attempts_left"], 9);
    let (status, lock) = web.post("/api/unlock", json!({"pin": "135790"})).await;
    assert_eq!((status, lock["locked"].as_bool()), (200, Some(false)));
    assert_eq!(lock["attempts_left"], 10);
    assert_eq!(web.get("/api/home?lang=en").await.0, 200);

    // A reader may turn the lock off again, given the PIN.
    let answer = web.post("/api/remove_pin", json!({"pin": "999999"})).await;
    assert_eq!(code(&answer), (403, Some("wrong-pin")));
    let (status, lock) = web.post("/api/remove_pin", json!({"pin": "135790"})).await;
    assert_eq!((status, lock["encrypted"].as_bool()), (200, Some(false)));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_locked_device_that_cannot_be_opened_starts_over_as_a_reader() {
    let web = start_web().await;
    let (_, lock) = web.post("/api/set_pin", json!({"pin": "135790"})).await;
    // Web mode is given no system keystore: the PIN alone, and the status says so.
    assert_eq!(lock["keystore"], false, "{lock}");
    web.post("/api/lock", json!({})).await;
    let (status, lock) = web.post("/api/start_over", json!({})).await;
    assert_eq!(status, 200, "{lock}");
    assert_eq!(lock["encrypted"], false, "{lock}");
    assert_eq!(lock["locked"], false, "{lock}");
    assert_eq!(lock["notice"]["reason"], "started-over", "{lock}");
    assert_eq!(web.get("/api/home?lang=en").await.0, 200);
    let answer = web.post("/api/start_over", json!({})).await;
    assert_eq!(code(&answer), (409, Some("no-lock")));
}
