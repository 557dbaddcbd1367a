//! Device and hub over real HTTP on loopback: signed content, partial sync by language,
//! page boundaries, clocks, purged history, bad requests, an unreachable or restarted hub.

mod support;

use peerguide_core::Store;
use peerguide_core::sync::engine::{Transport, TransportError};
use peerguide_core::sync::protocol::{Page, PullRequest, PushAck, PushRequest};
use peerguide_core::sync::{self, Field};
use peerguide_core::volunteer::Audience;
use peerguide_hub::PublishRequest;
use serde_json::json;
use support::*;

/// The names of every profile the device holds, listed in its directory or not (a
/// volunteer's own profile awaiting approval included).
fn names(store: &Store, audience: Audience) -> Vec<String> {
    let query = peerguide_core::volunteer::VolunteerQuery {
        include_unlisted: true,
        ..Default::default()
    };
    store
        .find_volunteers(audience, &query)
        .unwrap()
        .into_iter()
        .map(|v| v.display_name)
        .collect()
}

#[test]
fn a_device_receives_only_its_languages_and_english_and_verifies_every_record() {
    let t = TestHub::start();
    t.publish(
        vec![article("gp", &["en", "ar", "fa", "uk"], 1)],
        vec![service("foodbank", &["en", "ar", "ti"])],
    );
    let mut device = Store::open_in_memory().unwrap();
    let mut http = t.transport(None);
    let report = sync_with(&mut device, &mut http, &opts(&["ar"])).unwrap();
    // article + en + ar, service + en + ar
    assert_eq!(report.pulled, 6);
    let view = device.article("gp", &tag("ar")).unwrap();
    assert_eq!(view.lang.as_str(), "ar");
    assert_eq!(
        view.available
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>(),
        ["ar", "en"]
    );
    let fa = device.article("gp", &tag("fa")).unwrap();
    assert!(fa.is_fallback, "Farsi was not subscribed: shown in English");

    // Adding a language fetches its texts.
    let report = sync_with(&mut device, &mut http, &opts(&["ar", "fa"])).unwrap();
    assert!(report.restarted);
    assert_eq!(
        device.article("gp", &tag("fa")).unwrap().lang.as_str(),
        "fa"
    );
}

#[test]
fn a_services_checked_on_date_and_sample_flag_arrive_signed() {
    let t = TestHub::start();
    let checked = peerguide_core::service::Service {
        reviewed_on: Some("2026-11-02".parse().unwrap()),
        sample: true,
        ..service("foodbank", &["en", "ar"])
    };
    t.publish(vec![], vec![checked, service("clinic", &["en"])]);
    let mut device = Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["ar"])).unwrap();
    let foodbank = device.service_record("foodbank").unwrap().unwrap();
    assert_eq!(foodbank.reviewed_on.unwrap().to_string(), "2026-11-02");
    assert!(foodbank.sample);
    let clinic = device.service_record("clinic").unwrap().unwrap();
    assert_eq!((clinic.reviewed_on, clinic.sample), (None, false));
}

/// A transport that lets a test change pages on their way to the device.
struct Tamper<T: Transport> {
    inner: T,
    edit: Box<dyn FnMut(&mut Page) + Send>,
}

impl<T: Transport> Transport for Tamper<T> {
    fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError> {
        let mut page = self.inner.pull(req)?;
        (self.edit)(&mut page);
        Ok(page)
    }
    fn push(&mut self, req: &PushRequest) -> Result<PushAck, TransportError> {
        self.inner.push(req)
    }
}

#[test]
fn an_altered_or_forged_record_is_refused_and_nothing_of_its_page_is_stored() {
    let t = TestHub::start();
    t.publish(
        vec![article("gp", &["en"], 1), article("school", &["en"], 1)],
        vec![],
    );
    let mut device = Store::open_in_memory().unwrap();
    let mut altered = Tamper {
        inner: t.transport(None),
        edit: Box::new(|page| {
            for r in &mut page.records {
                r.body = r.body.replace("Body of gp", "Send money to");
            }
        }),
    };
    let err = sync_with(&mut device, &mut altered, &opts(&["en"])).unwrap_err();
    assert_eq!(err.code(), "page-tampered", "{err}");
    assert_eq!(device.counts().unwrap().articles, 0, "nothing stored");

    // The page signature covers what a record says, not the record's own signature: that
    // one is checked on its own, before anything of the page is written.
    let mut forged = Tamper {
        inner: t.transport(None),
        edit: Box::new(|page| {
            page.records[0].sig = page.records[1].sig.clone();
        }),
    };
    let err = sync_with(&mut device, &mut forged, &opts(&["en"])).unwrap_err();
    assert_eq!(err.code(), "bad-signature");
    assert!(err.to_string().contains("article"), "{err}");
    assert_eq!(device.counts().unwrap().articles, 0);

    // The honest hub still works afterwards.
    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!(device.counts().unwrap().articles, 2);
}

#[test]
fn an_old_signed_version_replayed_later_is_refused_as_a_tampered_page() {
    let t = TestHub::start();
    t.publish(vec![article("gp", &["en"], 1)], vec![]);
    let old_page = t
        .hub
        .pull(
            &peerguide_hub::Principal::Anonymous,
            &PullRequest {
                cursor: 0,
                langs: vec![],
                limit: None,
                nonce: String::new(),
            },
        )
        .unwrap();
    t.publish(vec![article("gp", &["en"], 2)], vec![]);
    let mut device = Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!(device.article("gp", &tag("en")).unwrap().revision, 2);

    let mut replay = Tamper {
        inner: t.transport(None),
        edit: Box::new(move |page| {
            page.records = old_page.records.clone();
            page.has_more = false;
        }),
    };
    let err = sync_with(&mut device, &mut replay, &opts(&["en"])).unwrap_err();
    assert_eq!(err.code(), "page-tampered", "{err}");
    assert_eq!(device.article("gp", &tag("en")).unwrap().revision, 2);
}

#[test]
fn a_changed_organisation_key_is_refused_unless_the_user_accepts_it() {
    let first = TestHub::start();
    first.publish(vec![article("gp", &["en"], 1)], vec![]);
    let second = TestHub::start();
    second.publish(vec![article("school", &["en"], 1)], vec![]);
    let mut device = Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut first.transport(None), &opts(&["en"])).unwrap();

    let err = sync_with(&mut device, &mut second.transport(None), &opts(&["en"])).unwrap_err();
    assert_eq!(err.code(), "org-key-changed");
    assert!(
        device.article("gp", &tag("en")).is_ok(),
        "the store is untouched"
    );

    let accept = peerguide_core::sync::SyncOptions {
        accept_new_key: true,
        ..opts(&["en"])
    };
    let report = sync_with(&mut device, &mut second.transport(None), &accept).unwrap();
    assert!(report.restarted);
    assert!(device.article("school", &tag("en")).is_ok());
    assert!(
        device.article("gp", &tag("en")).is_err(),
        "the old hub's content is gone"
    );
    assert_eq!(
        sync::status(&mut device).unwrap().org_key.as_deref(),
        Some(second.hub.public_key())
    );
}

#[test]
fn page_boundaries_empty_exactly_one_page_and_one_more() {
    let t = TestHub::start();
    let mut device = Store::open_in_memory().unwrap();
    let paged = |limit| peerguide_core::sync::SyncOptions {
        page_limit: Some(limit),
        ..opts(&["en"])
    };
    // Empty hub: one request, nothing received.
    let r = sync_with(&mut device, &mut t.transport(None), &paged(4)).unwrap();
    assert_eq!((r.round_trips, r.pulled, r.cursor), (1, 0, 0));

    // Two articles of two records each: exactly one page of 4.
    t.publish(
        vec![article("a", &["en"], 1), article("b", &["en"], 1)],
        vec![],
    );
    let r = sync_with(&mut device, &mut t.transport(None), &paged(4)).unwrap();
    assert_eq!((r.round_trips, r.pulled), (1, 4));

    // One page plus one record: two requests, nothing lost or repeated.
    t.publish(
        vec![
            article("c", &["en"], 1),
            article("d", &["en"], 1),
            article("e", &["en"], 1),
        ],
        vec![],
    );
    let r = sync_with(&mut device, &mut t.transport(None), &paged(5)).unwrap();
    assert_eq!((r.round_trips, r.pulled), (2, 6));
    assert_eq!(device.counts().unwrap().articles, 5);

    // Nothing changed: one request.
    let mut http = t.transport(None);
    let r = sync_with(&mut device, &mut http, &paged(5)).unwrap();
    assert_eq!((r.round_trips, r.pulled), (1, 0));
    assert!(http.bytes_in < 2048, "{} bytes", http.bytes_in);

    // A fresh device with pages of one gets everything, in order.
    let mut fresh = Store::open_in_memory().unwrap();
    let r = sync_with(&mut fresh, &mut t.transport(None), &paged(1)).unwrap();
    assert_eq!((r.round_trips, r.pulled), (10, 10));
    assert_eq!(fresh.counts().unwrap().articles, 5);
}

#[test]
fn a_device_clock_24_hours_ahead_does_not_win_later_edits() {
    let t = TestHub::start();
    let (token, id) = t.volunteer();
    let ahead = peerguide_core::sync::SyncOptions {
        clock_offset_ms: 24 * 3600 * 1000,
        ..opts(&["en"])
    };
    let mut fast = Store::open_in_memory().unwrap();
    sync::edit_volunteer(
        &mut fast,
        id,
        "amal",
        &[(Field::DisplayName, json!("Fast clock"))],
        ahead.clock_offset_ms,
    )
    .unwrap();
    sync_with(&mut fast, &mut t.transport(Some(&token)), &ahead).unwrap();

    // A second device of the same volunteer, with a correct clock, edits afterwards.
    let mut right = Store::open_in_memory().unwrap();
    sync_with(&mut right, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    sync::edit_volunteer(
        &mut right,
        id,
        "amal",
        &[(Field::DisplayName, json!("Correct clock"))],
        0,
    )
    .unwrap();
    sync_with(&mut right, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    sync_with(&mut fast, &mut t.transport(Some(&token)), &ahead).unwrap();

    assert_eq!(names(&right, Audience::Coordinators), ["Correct clock"]);
    assert_eq!(names(&fast, Audience::Coordinators), ["Correct clock"]);
}

#[test]
fn a_device_older_than_the_tombstone_horizon_gets_410_and_a_fresh_snapshot() {
    let t = TestHub::start();
    t.publish(
        vec![article("old", &["en"], 1), article("kept", &["en"], 1)],
        vec![],
    );
    let mut device = Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();

    t.hub
        .publish(
            &t.coordinator(),
            &PublishRequest {
                articles: vec![article("kept", &["en"], 1), article("new", &["en"], 1)],
                services: vec![],
                settings: vec![],
                prune: true,
            },
        )
        .unwrap();
    let far_future = u64::MAX / 2;
    assert!(t.hub.purge_tombstones(far_future).unwrap() > 0);

    let (status, code, _) = post_json(
        &t.url,
        "/v1/pull",
        None,
        json!({"cursor": 1, "langs": ["en"]}),
    );
    assert_eq!((status, code.as_deref()), (410, Some("cursor-too-old")));

    let report = sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert!(report.restarted);
    assert!(
        device.article("old", &tag("en")).is_err(),
        "the deleted article is gone"
    );
    assert!(device.article("kept", &tag("en")).is_ok());
    assert!(device.article("new", &tag("en")).is_ok());
}

#[test]
fn malformed_wrongly_typed_and_oversized_requests_get_4xx_with_a_code_and_change_nothing() {
    let t = TestHub::start();
    let (token, id) = t.volunteer();
    // The hub's newest sequence number: any write would move it.
    let head = || {
        t.hub
            .pull(
                &peerguide_hub::Principal::Anonymous,
                &PullRequest {
                    cursor: 0,
                    langs: vec![],
                    limit: None,
                    nonce: String::new(),
                },
            )
            .unwrap()
            .head
    };
    let before = head();
    let big = vec![b' '; 2 << 20];
    // (path, token, protocol header, body, expected status, expected code)
    type Case<'a> = (
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        Vec<u8>,
        u16,
        &'a str,
    );
    let cases: Vec<Case> = vec![
        ("/v1/pull", None, Some("1"), b"{not json".to_vec(), 400, "malformed-request"),
        ("/v1/pull", None, Some("1"), br#"{"cursor": "ten", "langs": []}"#.to_vec(), 422, "wrong-shape"),
        ("/v1/pull", None, Some("1"), br#"{"cursor": 0, "langs": ["xx-nonsense"]}"#.to_vec(), 422, "wrong-shape"),
        ("/v1/pull", None, Some("1"), big.clone(), 413, "too-large"),
        ("/v1/push", Some(&token), Some("1"), big, 413, "too-large"),
        ("/v1/push", Some(&token), Some("1"), serde_json::to_vec(&json!({"batch_id": uuid::Uuid::now_v7(), "docs": [{"id": id, "slug": "amal", "fields": {"topics": {"at": "000000000001-0000-00000000000000000000000000000001", "value": "housing"}}}]})).unwrap(), 422, "invalid-change"),
        ("/v1/push", Some(&token), Some("1"), serde_json::to_vec(&json!({"batch_id": uuid::Uuid::now_v7(), "docs": [{"id": id, "slug": "amal", "fields": {"shoe-size": {"at": "000000000001-0000-00000000000000000000000000000001", "value": 42}}}]})).unwrap(), 422, "wrong-shape"),
        ("/v1/pull", None, None, br#"{"cursor": 0, "langs": []}"#.to_vec(), 400, "protocol-missing"),
        ("/v1/pull", None, Some("0"), br#"{"cursor": 0, "langs": []}"#.to_vec(), 426, "protocol-too-old"),
        ("/v1/pull", None, Some("99"), br#"{"cursor": 0, "langs": []}"#.to_vec(), 400, "protocol-too-new"),
        ("/v1/nothing", None, Some("1"), b"{}".to_vec(), 404, "not-found"),
    ];
    for (path, tok, protocol, body, status, code) in cases {
        let (s, c, text) = raw_post(&t.url, path, tok, protocol, body);
        assert_eq!((s, c.as_deref()), (status, Some(code)), "{path}: {text}");
    }
    let after = head();
    assert_eq!(before, after, "nothing was written");
}

#[test]
fn a_sync_that_cannot_reach_the_hub_fails_clearly_and_leaves_the_store_usable() {
    let t = TestHub::start();
    t.publish(vec![article("gp", &["en"], 1)], vec![]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.db");
    let mut device = Store::open(&path).unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();
    let before = sync::status(&mut device).unwrap();

    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let mut nowhere = peerguide_sync_client::HttpTransport::new(&dead, None).unwrap();
    let err = sync_with(&mut device, &mut nowhere, &opts(&["en"])).unwrap_err();
    assert_eq!(err.code(), "hub-unreachable");
    assert!(err.to_string().contains(&dead), "{err}");
    assert!(err.to_string().contains("unchanged"), "{err}");
    assert_eq!(sync::status(&mut device).unwrap(), before);
    assert!(device.article("gp", &tag("en")).is_ok());
}

#[test]
fn a_hub_restart_loses_no_acknowledged_write() {
    let mut t = TestHub::start();
    let (token, id) = t.volunteer();
    let mut phone = Store::open_in_memory().unwrap();
    sync::edit_volunteer(
        &mut phone,
        id,
        "amal",
        &[(Field::DisplayName, json!("Amal"))],
        0,
    )
    .unwrap();
    let r = sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    assert_eq!(r.pushed, 1);
    assert_eq!(sync::status(&mut phone).unwrap().pending, 0);
    t.approve(id);
    t.publish(vec![article("gp", &["en"], 1)], vec![]);

    t.restart();
    let mut other = Store::open_in_memory().unwrap();
    sync_with(&mut other, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!(names(&other, Audience::Everyone), ["Amal"]);
    assert!(other.article("gp", &tag("en")).is_ok());
    // Same epoch: the phone carries on from its cursor.
    let r = sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    assert!(!r.restarted);
}

#[test]
fn a_hub_restored_from_a_backup_starts_a_new_epoch_and_devices_resend_their_writes() {
    let mut t = TestHub::start();
    let (token, id) = t.volunteer();
    t.publish(vec![article("gp", &["en"], 1)], vec![]);
    let mut backup = Vec::new();
    // An operator's backup: a consistent copy, as `sqlite3 hub.db ".backup copy.db"` makes.
    t.offline(|dir| {
        let copy = dir.join("backup.db");
        rusqlite::Connection::open(dir.join("hub.db"))
            .unwrap()
            .execute("VACUUM INTO ?1", [copy.to_str().unwrap()])
            .unwrap();
        backup = std::fs::read(copy).unwrap();
    });

    let mut phone = Store::open_in_memory().unwrap();
    sync::edit_volunteer(
        &mut phone,
        id,
        "amal",
        &[(Field::DisplayName, json!("Amal"))],
        0,
    )
    .unwrap();
    sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();

    // Disaster: the database is restored from the earlier backup (the edit is lost).
    let epoch = t.hub.epoch();
    t.offline(|dir| {
        std::fs::write(dir.join("hub.db"), &backup).unwrap();
        let _ = std::fs::remove_file(dir.join("hub.db-wal"));
        let _ = std::fs::remove_file(dir.join("hub.db-shm"));
    });
    assert_ne!(
        t.hub.epoch(),
        epoch,
        "a restored hub must not reuse its epoch"
    );

    let r = sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    assert!(r.restarted);
    t.approve(id);
    let mut reader = Store::open_in_memory().unwrap();
    sync_with(&mut reader, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!(
        names(&reader, Audience::Everyone),
        ["Amal"],
        "the phone sent its edit again"
    );
}

#[test]
fn a_retried_push_batch_is_applied_once_and_answered_the_same() {
    let t = TestHub::start();
    let (token, id) = t.volunteer();
    let at = |ms: u64| format!("{ms:012x}-0000-{}", uuid::Uuid::now_v7().simple());
    let now = peerguide_core::sync::hlc::wall_clock_ms();
    let batch = json!({"batch_id": uuid::Uuid::now_v7(), "docs": [{"id": id, "slug": "amal",
        "fields": {"display-name": {"at": at(now), "value": "Amal"}}}]});
    let (s1, _, first) = post_json(&t.url, "/v1/push", Some(&token), batch.clone());
    let cursor = |t: &TestHub| {
        t.hub
            .pull(
                &peerguide_hub::Principal::Anonymous,
                &PullRequest {
                    cursor: 0,
                    langs: vec![],
                    limit: None,
                    nonce: String::new(),
                },
            )
            .unwrap()
            .cursor
    };
    let after_first = cursor(&t);
    // Meanwhile another edit lands; the retried old batch must not undo it.
    let newer = json!({"batch_id": uuid::Uuid::now_v7(), "docs": [{"id": id, "slug": "amal",
        "fields": {"display-name": {"at": at(now + 10), "value": "Amal K."}}}]});
    assert_eq!(post_json(&t.url, "/v1/push", Some(&token), newer).0, 200);
    let after_newer = cursor(&t);
    let (s2, _, again) = post_json(&t.url, "/v1/push", Some(&token), batch);
    assert_eq!((s1, s2), (200, 200));
    assert_eq!(first, again, "the same answer");
    assert_eq!(after_first, 1);
    assert_eq!(cursor(&t), after_newer, "the retry changed nothing");
    t.approve(id);
    let mut reader = Store::open_in_memory().unwrap();
    sync_with(&mut reader, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!(names(&reader, Audience::Everyone), ["Amal K."]);
}

#[test]
fn provenance_travels_signed_with_the_article() {
    use peerguide_core::article::{Provenance, Source, TranslationMethod};
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let t = TestHub::start();
    let mut gp = article("gp", &["en", "ar"], 1);
    gp.provenance = Provenance {
        reviewed_on: Some(day("2026-03-12")),
        reviewed_by: Some("Health volunteer lead".into()),
        review_by: Some(day("2026-09-12")),
        sources: vec![Source {
            title: "NHS inform".into(),
            url: "https://www.nhsinform.scot/".into(),
            retrieved: day("2026-03-10"),
        }],
    };
    let ar = gp.translations.iter_mut().find(|t| t.lang.as_str() == "ar");
    ar.unwrap().translated.method = Some(TranslationMethod::Machine);
    t.publish(vec![gp.clone()], vec![]);

    let mut device = Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["ar"])).unwrap();
    let view = device
        .article_on("gp", &tag("ar"), day("2026-11-29"))
        .unwrap();
    assert_eq!(view.provenance, gp.provenance, "verified and stored whole");
    assert!(view.overdue);
    assert!(view.translation.translated.is_unreviewed_machine());
}

/// The organisation's contact as a coordinator publishes it.
fn organisation(name: &str) -> peerguide_core::setting::Setting {
    peerguide_core::setting::Setting {
        name: peerguide_core::setting::ORGANISATION.into(),
        value: json!({
            "name": name,
            "phone": "+44 141 496 0100",
            "address": "12 Sample Street, Glasgow",
            "hours": {"weekly": {"mon": ["10:00-16:00"]}},
            "interpreter": {"en": "Call and say your language.", "ar": "اتصل وقل لغتك."},
        }),
    }
}

fn publish_settings(t: &TestHub, settings: Vec<peerguide_core::setting::Setting>, prune: bool) {
    t.hub
        .publish(
            &t.coordinator(),
            &PublishRequest {
                settings,
                prune,
                ..Default::default()
            },
        )
        .unwrap();
}

#[test]
fn a_published_setting_reaches_every_device_signed_and_is_replaced_and_removed_by_name() {
    let t = TestHub::start();
    publish_settings(&t, vec![organisation("Peer Guide Glasgow")], false);
    // A reader's device, with no token: settings are for everyone.
    let mut device = Store::open_in_memory().unwrap();
    let mut http = t.transport(None);
    sync_with(&mut device, &mut http, &opts(&["ar"])).unwrap();
    let org = device.organisation().unwrap().expect("the contact arrived");
    assert_eq!(org.name, "Peer Guide Glasgow");
    assert_eq!(org.interpreter.len(), 2);

    // Published again under the same name: one setting, the new one.
    publish_settings(&t, vec![organisation("Peer Guide Scotland")], false);
    let report = sync_with(&mut device, &mut http, &opts(&["ar"])).unwrap();
    assert_eq!(report.pulled, 1);
    assert_eq!(
        device.organisation().unwrap().unwrap().name,
        "Peer Guide Scotland"
    );

    // A forged setting is refused like any unsigned content.
    let mut forged = Tamper {
        inner: t.transport(None),
        edit: Box::new(|page| {
            for r in &mut page.records {
                r.body = r.body.replace("+44 141 496 0100", "+44 7700 900666");
            }
        }),
    };
    publish_settings(&t, vec![organisation("Peer Guide")], false);
    let err = sync_with(&mut device, &mut forged, &opts(&["ar"])).unwrap_err();
    assert_eq!(err.code(), "page-tampered", "{err}");
    assert_eq!(
        device.organisation().unwrap().unwrap().name,
        "Peer Guide Scotland"
    );

    // A publish that prunes and no longer has it removes it from devices.
    publish_settings(&t, vec![], true);
    sync_with(&mut device, &mut http, &opts(&["ar"])).unwrap();
    assert!(device.organisation().unwrap().is_none());
}

#[test]
fn a_device_far_behind_gets_larger_pages_and_one_nearly_up_to_date_small_ones() {
    let t = TestHub::start();
    // 20 texts of about 280 KB each as signed bodies: 5.6 MB.
    let articles: Vec<_> = (0..20)
        .map(|i| {
            let mut a = article(&format!("long-{i}"), &["en"], 1);
            a.translations[0].body = format!("Word{i} and more words. ").repeat(12_500);
            a
        })
        .collect();
    t.publish(articles, vec![]);

    // A first sync asks for the largest pages, about 4 MiB of bodies: two requests, not six.
    let mut device = Store::open_in_memory().unwrap();
    let r = sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!((r.round_trips, r.pulled), (2, 40));
    assert_eq!(device.counts().unwrap().articles, 20);

    // A pull at the default size still stops at about 1 MiB of bodies.
    let bodies = |page: &Page| page.records.iter().map(|r| r.body.len()).sum::<usize>();
    let mut http = t.transport(None);
    let small = Transport::pull(
        &mut http,
        &PullRequest {
            cursor: 0,
            langs: vec![tag("en")],
            limit: None,
            nonce: "a-nonce-for-this-request-alone".into(),
        },
    )
    .unwrap();
    assert!(small.has_more);
    assert!(
        (1 << 20..(1 << 20) + 400_000).contains(&bodies(&small)),
        "{} bytes of bodies",
        bodies(&small)
    );
}

#[test]
fn a_large_first_sync_is_readable_at_once_and_searchable_once_the_index_catches_up() {
    let t = TestHub::start();
    // 150 articles in two languages and a service: 451 records, pages of a bulk write.
    let articles: Vec<_> = (0..150)
        .map(|i| article(&format!("guide-{i}"), &["en", "ar"], 1))
        .collect();
    t.publish(articles, vec![service("govan-clinic", &["en"])]);
    let found = |device: &Store, text: &str| -> Vec<String> {
        device
            .search(&tag("ar"), text, 5)
            .unwrap()
            .into_iter()
            .map(|h| format!("{} {}", h.slug, h.lang.as_str()))
            .collect()
    };

    // As the app syncs: the sync ends once the content is stored, the index comes after.
    let background = peerguide_core::sync::SyncOptions {
        index_in_background: true,
        ..opts(&["ar"])
    };
    let mut device = Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut t.transport(None), &background).unwrap();
    assert_eq!(device.counts().unwrap().articles, 150);
    assert_eq!(
        device
            .article("guide-7", &tag("ar"))
            .unwrap()
            .translation
            .title,
        "guide-7 in ar r1"
    );
    assert_eq!(device.search_pending().unwrap(), 301);
    assert!(found(&device, "guide").is_empty());

    device.index_all_pending(&mut |_| {}).unwrap();
    assert_eq!(device.search_pending().unwrap(), 0);
    assert_eq!(found(&device, "guide 7 in ar")[0], "guide-7 ar");
    assert_eq!(
        device
            .services(
                &Default::default(),
                &tag("ar"),
                peerguide_core::hours::local_now()
            )
            .unwrap()
            .len(),
        1
    );

    // A small sync is searchable the moment it ends, left to the background or not.
    t.publish(vec![article("tenancy-rights", &["en", "ar"], 1)], vec![]);
    sync_with(&mut device, &mut t.transport(None), &background).unwrap();
    assert_eq!(device.search_pending().unwrap(), 0);
    assert_eq!(found(&device, "tenancy"), ["tenancy-rights ar"]);

    // Not left to the background, a large sync ends with everything searchable.
    let mut other = Store::open_in_memory().unwrap();
    sync_with(&mut other, &mut t.transport(None), &opts(&["ar"])).unwrap();
    assert_eq!(other.search_pending().unwrap(), 0);
    assert_eq!(found(&other, "guide 7 in ar")[0], "guide-7 ar");
    assert_eq!(found(&other, "tenancy"), ["tenancy-rights ar"]);
}
