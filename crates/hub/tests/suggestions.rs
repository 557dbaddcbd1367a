//! The review queue over real HTTP: newcomers' anonymous flags (only the article, the
//! language and a sentence kept; rate-limited), volunteers' suggestions (accepted as a
//! credited draft, or declined with a reason the volunteer sees), and who may send what.

mod support;

use serde_json::json;
use support::*;
use uuid::Uuid;

fn setup() -> TestHub {
    let t = TestHub::start();
    t.publish(vec![article("housing-basics", &["en", "ar"], 1)], vec![]);
    t
}

#[test]
fn a_flag_keeps_only_the_article_the_language_and_one_sentence_and_is_rate_limited() {
    let t = setup();
    let (status, _, _) = post_json(
        &t.url,
        "/v1/flags",
        None,
        json!({"slug": "housing-basics", "lang": "ar", "sentence": "The phone number is wrong."}),
    );
    assert_eq!(status, 200);
    let db = rusqlite::Connection::open(t.dir.path().join("hub.db")).unwrap();
    let row: (
        String,
        String,
        Option<String>,
        Option<Vec<u8>>,
        Option<String>,
    ) = db
        .query_row(
            "SELECT slug, lang, sentence, volunteer_id, credit FROM desk_suggestions",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "housing-basics".into(),
            "ar".into(),
            Some("The phone number is wrong.".into()),
            None,
            None
        )
    );
    // A token sent along is not tied to the flag.
    let (vol, _) = t.volunteer();
    let (status, _, _) = post_json(
        &t.url,
        "/v1/flags",
        Some(&vol),
        json!({"slug": "housing-basics", "lang": "en"}),
    );
    assert_eq!(status, 200);
    let with_volunteer: i64 = db
        .query_row(
            "SELECT count(*) FROM desk_suggestions WHERE volunteer_id IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(with_volunteer, 0);

    let long = "x".repeat(301);
    let (status, code, _) = post_json(
        &t.url,
        "/v1/flags",
        None,
        json!({"slug": "housing-basics", "lang": "ar", "sentence": long}),
    );
    assert_eq!((status, code.as_deref()), (422, Some("wrong-shape")));
    let (status, code, _) = post_json(
        &t.url,
        "/v1/flags",
        None,
        json!({"slug": "no-such", "lang": "ar"}),
    );
    assert_eq!((status, code.as_deref()), (404, Some("desk-not-found")));

    for _ in 2..peerguide_hub::desk::suggestion::FLAGS_PER_ARTICLE_HOUR {
        let (status, _, _) = post_json(
            &t.url,
            "/v1/flags",
            None,
            json!({"slug": "housing-basics", "lang": "ar"}),
        );
        assert_eq!(status, 200);
    }
    let (status, code, _) = post_json(
        &t.url,
        "/v1/flags",
        None,
        json!({"slug": "housing-basics", "lang": "ar"}),
    );
    assert_eq!((status, code.as_deref()), (429, Some("too-many-flags")));
}

fn suggestion(id: Uuid, lang: &str, body: &str, credit: Option<&str>) -> serde_json::Value {
    json!({
        "id": id, "slug": "housing-basics", "lang": lang,
        "title": "عنوان أفضل", "summary": "ملخص.", "body": body, "credit": credit
    })
}

#[test]
fn a_volunteers_suggestion_is_accepted_as_a_credited_draft_or_declined_with_a_reason() {
    let t = setup();
    let (vol, _) = t.volunteer();
    let first = Uuid::now_v7();
    let (status, _, text) = post_json(
        &t.url,
        "/v1/suggestions",
        Some(&vol),
        suggestion(first, "ar", "نص أوضح.", Some("Amal")),
    );
    assert_eq!(status, 200, "{text}");
    // Sent again (the answer was lost): still one suggestion.
    post_json(
        &t.url,
        "/v1/suggestions",
        Some(&vol),
        suggestion(first, "ar", "نص أوضح.", Some("Amal")),
    );
    let second = Uuid::now_v7();
    post_json(
        &t.url,
        "/v1/suggestions",
        Some(&vol),
        suggestion(second, "ti", "ጽሑፍ።", None),
    );

    let queue = t.hub.queue().unwrap();
    assert_eq!(queue.len(), 2);
    assert_eq!(
        queue[0].current.as_ref().unwrap().title,
        "housing-basics in ar r1"
    );
    t.hub
        .accept(queue[0].id, None, "Sam")
        .unwrap()
        .expect("a draft revision");
    t.hub
        .decline(queue[1].id, "Tigrinya needs a second reader first.")
        .unwrap();

    let draft = t
        .hub
        .desk_item(peerguide_hub::desk::DeskKind::Article, "housing-basics")
        .unwrap()
        .draft
        .expect("the accepted suggestion is a draft");
    let ar = draft["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["lang"] == "ar")
        .unwrap()
        .clone();
    assert_eq!(ar["body"], "نص أوضح.");
    assert_eq!(ar["translated"]["method"], "volunteer");
    assert_eq!(ar["translated"]["by"], "Amal");

    let (status, _, text) = post_json(&t.url, "/v1/suggestions/mine", Some(&vol), json!({}));
    assert_eq!(status, 200);
    let mine: serde_json::Value = serde_json::from_str(&text).unwrap();
    let states: Vec<(String, Option<String>)> = mine["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["state"].as_str().unwrap().to_owned(),
                s["reason"].as_str().map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            (
                "declined".to_owned(),
                Some("Tigrinya needs a second reader first.".to_owned())
            ),
            ("accepted".to_owned(), None)
        ]
    );
    assert!(t.hub.queue().unwrap().is_empty());
}

#[test]
fn only_volunteers_send_suggestions_and_see_their_own() {
    let t = setup();
    let body = suggestion(Uuid::now_v7(), "ar", "نص.", None);
    let (status, code, _) = post_json(&t.url, "/v1/suggestions", None, body.clone());
    assert_eq!((status, code.as_deref()), (401, Some("token-required")));
    let coordinator = t.coordinator.clone();
    let (status, code, _) = post_json(&t.url, "/v1/suggestions", Some(&coordinator), body.clone());
    assert_eq!((status, code.as_deref()), (403, Some("forbidden")));
    let (status, code, _) = post_json(&t.url, "/v1/suggestions/mine", None, json!({}));
    assert_eq!((status, code.as_deref()), (401, Some("token-required")));

    // One volunteer does not see another's, and cannot take over its id.
    let (a, _) = t.volunteer();
    let (b, _) = t.volunteer();
    assert_eq!(
        post_json(&t.url, "/v1/suggestions", Some(&a), body.clone()).0,
        200
    );
    let (status, _, _) = post_json(&t.url, "/v1/suggestions", Some(&b), body);
    assert_eq!(status, 403);
    let (_, _, text) = post_json(&t.url, "/v1/suggestions/mine", Some(&b), json!({}));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text).unwrap()["suggestions"],
        json!([])
    );
    // A revoked volunteer's device can send no more.
    let invite = t
        .hub
        .create_invite(peerguide_hub::Role::Volunteer, None)
        .unwrap();
    let r = t.hub.redeem(&invite.code).unwrap();
    t.hub.revoke(&r.token_id).unwrap();
    let body = suggestion(Uuid::now_v7(), "ar", "نص.", None);
    let (status, code, _) = post_json(&t.url, "/v1/suggestions", Some(&r.token), body);
    assert_eq!((status, code.as_deref()), (401, Some("token-revoked")));
    let (status, code, _) = post_json(&t.url, "/v1/suggestions/mine", Some(&r.token), json!({}));
    assert_eq!((status, code.as_deref()), (401, Some("token-revoked")));
    // Without the protocol header, as every sync call.
    let (status, code, _) = raw_post(&t.url, "/v1/flags", None, None, b"{}".to_vec());
    assert_eq!((status, code.as_deref()), (400, Some("protocol-missing")));
}
