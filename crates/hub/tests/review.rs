//! Profile review as each role receives it, asserted on the pull payloads themselves (the
//! raw record bodies over HTTP) and on what devices then hold; and deletion leaving nothing.

mod support;

use peerguide_core::Store;
use peerguide_core::sync::{self, Field};
use peerguide_core::volunteer::{Audience, ReviewStatus, Volunteer, VolunteerQuery};
use peerguide_hub::Decision;
use serde_json::{Value, json};
use support::*;
use uuid::Uuid;

const PUBLIC: &str = "0141 496 0141";
const PEERS: &str = "PEERS-07700";
const STAFF: &str = "STAFF-ONLY@example.org";

fn contacts(public: &str) -> Value {
    json!([
        {"channel": "phone", "value": public, "visible_to": "everyone"},
        {"channel": "signal", "value": PEERS, "visible_to": "volunteers"},
        {"channel": "email", "value": STAFF, "visible_to": "coordinators"}
    ])
}

/// Amal's phone: a device store she edits her profile on.
struct Amal {
    token: String,
    id: Uuid,
    phone: Store,
}

impl Amal {
    fn join(t: &TestHub) -> Amal {
        let (token, id) = t.volunteer();
        let mut amal = Amal {
            token,
            id,
            phone: Store::open_in_memory().unwrap(),
        };
        amal.edit(
            t,
            &[
                (Field::DisplayName, json!("Amal")),
                (Field::Contacts, contacts(PUBLIC)),
                (Field::Availability, json!({"tue": ["18:00-20:00"]})),
            ],
        );
        amal
    }

    fn edit(&mut self, t: &TestHub, changes: &[(Field, Value)]) {
        sync::edit_volunteer(&mut self.phone, self.id, "amal", changes, 0).unwrap();
        self.sync(t);
    }

    fn sync(&mut self, t: &TestHub) {
        sync_with(
            &mut self.phone,
            &mut t.transport(Some(&self.token)),
            &opts(&["en"]),
        )
        .unwrap();
    }
}

/// The volunteer records of a full pull, as sent (decompressed JSON).
fn payload(t: &TestHub, token: Option<&str>) -> Vec<Value> {
    let (status, _, text) = post_json(
        &t.url,
        "/v1/pull",
        token,
        json!({"cursor": 0, "langs": ["en"]}),
    );
    assert_eq!(status, 200, "{text}");
    let page: Value = serde_json::from_str(&text).unwrap();
    page["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "volunteer")
        .cloned()
        .collect()
}

fn text_of(records: &[Value]) -> String {
    serde_json::to_string(records).unwrap()
}

/// Everything a device holds about volunteers, listed or not.
fn held(store: &Store) -> Vec<Volunteer> {
    let all = VolunteerQuery {
        include_unlisted: true,
        ..VolunteerQuery::default()
    };
    store.find_volunteers(Audience::Coordinators, &all).unwrap()
}

fn device(t: &TestHub, token: Option<&str>) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    sync_with(&mut store, &mut t.transport(token), &opts(&["en"])).unwrap();
    store
}

fn resync(t: &TestHub, store: &mut Store, token: Option<&str>) {
    sync_with(store, &mut t.transport(token), &opts(&["en"])).unwrap();
}

#[test]
fn a_profile_never_approved_is_sent_only_to_its_volunteer_and_coordinators() {
    let t = TestHub::start();
    let mut amal = Amal::join(&t);
    let (sami, _) = t.volunteer();
    let id = amal.id.to_string();

    for (who, token) in [
        ("a reader", None),
        ("another volunteer", Some(sami.as_str())),
    ] {
        let sent = text_of(&payload(&t, token));
        assert!(
            !sent.contains(&id),
            "{who} was sent a pending profile: {sent}"
        );
        assert!(
            !sent.contains(PUBLIC),
            "{who} was sent a pending profile's contact"
        );
        assert!(held(&device(&t, token)).is_empty(), "{who}'s device");
    }

    // Amal and coordinators get it, with its review beside the body.
    for token in [amal.token.as_str(), t.coordinator.as_str()] {
        let sent = payload(&t, Some(token));
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0]["review"]["state"], "pending");
        assert_eq!(
            sent[0]["review"]["changed"],
            json!(["display-name", "contacts"])
        );
        assert!(sent[0]["body"].as_str().unwrap().contains(STAFF));
    }
    // Her phone says it is waiting, and her own directory does not list it as public.
    amal.sync(&t);
    let mine = &held(&amal.phone)[0];
    assert_eq!(mine.review.as_ref().unwrap().state, ReviewStatus::Pending);
    assert!(
        amal.phone
            .volunteers(Audience::Everyone, None, None)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_change_waiting_for_approval_keeps_the_approved_words_up_and_its_own_words_back() {
    let t = TestHub::start();
    let mut amal = Amal::join(&t);
    let (sami, _) = t.volunteer();
    let looked_at = t.digest(amal.id);
    t.approve(amal.id);
    let mut reader = device(&t, None);
    assert_eq!(held(&reader)[0].display_name, "Amal");

    // She renames herself, changes her public number and her hours.
    amal.edit(
        &t,
        &[
            (Field::DisplayName, json!("Amal NEWNAME")),
            (Field::Contacts, contacts("0141 496 0999")),
            (Field::Availability, json!({"sat": ["10:00-12:00"]})),
            (Field::AwayUntil, json!("2026-12-24")),
        ],
    );
    for (who, token, audience_contact) in [
        ("a reader", None, None),
        ("another volunteer", Some(sami.as_str()), Some(PEERS)),
    ] {
        let sent = payload(&t, token);
        let body = sent[0]["body"].as_str().unwrap();
        assert!(body.contains("\"Amal\""), "{who}: the approved name stays");
        assert!(body.contains(PUBLIC), "{who}: the approved number stays");
        assert!(!body.contains("NEWNAME"), "{who} was sent unapproved words");
        assert!(
            !body.contains("0141 496 0999"),
            "{who} was sent an unapproved number"
        );
        assert!(
            !body.contains(STAFF),
            "{who} was sent a coordinators-only contact"
        );
        assert_eq!(body.contains(PEERS), audience_contact.is_some(), "{who}");
        // Hours and the pause are not reviewed: they are sent at once.
        assert!(
            body.contains("10:00-12:00") && !body.contains("18:00-20:00"),
            "{who}"
        );
        assert!(body.contains("2026-12-24"), "{who}");
        assert!(sent[0].get("review").is_none(), "{who} was sent the review");
    }
    resync(&t, &mut reader, None);
    let seen = &held(&reader)[0];
    assert_eq!(seen.display_name, "Amal");
    assert_eq!(seen.away_until, Some("2026-12-24".parse().unwrap()));

    // Her own phone has the new words, waiting, and says what changed.
    let mine = &held(&amal.phone)[0];
    assert_eq!(mine.display_name, "Amal NEWNAME");
    let review = mine.review.as_ref().unwrap();
    assert_eq!(review.state, ReviewStatus::Pending);
    assert!(review.approved_at.is_some());
    assert_eq!(review.changed, [Field::DisplayName, Field::Contacts]);

    // A coordinator who looked before the change cannot approve words they did not see.
    let stale = peerguide_hub::ReviewRequest {
        id: amal.id,
        decision: Decision::Approve,
        seen: Some(looked_at),
    };
    let err = t.hub.review(&t.coordinator(), &stale).unwrap_err();
    assert_eq!((err.status(), err.code()), (409, "profile-changed"));

    // Approved as it is now: readers get the new words.
    let answer = t.approve(amal.id);
    assert!(answer.changed);
    assert_eq!(answer.review.state, ReviewStatus::Approved);
    resync(&t, &mut reader, None);
    assert_eq!(held(&reader)[0].display_name, "Amal NEWNAME");
    amal.sync(&t);
    let mine = &held(&amal.phone)[0];
    assert_eq!(mine.review.as_ref().unwrap().state, ReviewStatus::Approved);
    assert!(mine.review.as_ref().unwrap().changed.is_empty());
}

#[test]
fn a_suspended_profile_leaves_others_devices_and_comes_back_when_reinstated() {
    let t = TestHub::start();
    let mut amal = Amal::join(&t);
    let (sami, _) = t.volunteer();
    t.approve(amal.id);
    let mut reader = device(&t, None);
    let mut peer = device(&t, Some(&sami));
    assert_eq!(held(&reader).len(), 1);
    assert_eq!(held(&peer)[0].contacts.len(), 2);

    let answer = t.decide(amal.id, Decision::Suspend);
    assert_eq!(answer.review.state, ReviewStatus::Suspended);
    let sent = payload(&t, None);
    assert_eq!(sent[0]["withdrawn"], true);
    assert_eq!(sent[0]["deleted"], true);
    assert_eq!(sent[0]["body"], "");
    resync(&t, &mut reader, None);
    resync(&t, &mut peer, Some(&sami));
    assert!(held(&reader).is_empty(), "the reader's device still has it");
    assert!(
        held(&peer).is_empty(),
        "another volunteer's device still has it"
    );

    // While suspended she can still change her profile; it stays withdrawn.
    amal.edit(&t, &[(Field::About, json!({"en": "Back soon."}))]);
    assert_eq!(payload(&t, None)[0]["withdrawn"], true);
    let mine = &held(&amal.phone)[0];
    assert_eq!(mine.review.as_ref().unwrap().state, ReviewStatus::Suspended);

    // Reinstated: the last approved version comes back; the new words still wait.
    let answer = t.decide(amal.id, Decision::Reinstate);
    assert_eq!(answer.review.state, ReviewStatus::Pending);
    resync(&t, &mut reader, None);
    resync(&t, &mut peer, Some(&sami));
    for store in [&reader, &peer] {
        let back = held(store);
        assert_eq!(back.len(), 1, "reinstated, it must come back");
        assert_eq!(back[0].display_name, "Amal");
        assert!(
            back[0].about.is_empty(),
            "unapproved words came back with it"
        );
    }
    assert_eq!(
        reader
            .volunteers(Audience::Everyone, None, None)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_deleted_profile_is_gone_from_the_hub_and_every_device_contacts_included() {
    let t = TestHub::start();
    let mut amal = Amal::join(&t);
    let (sami, _) = t.volunteer();
    t.approve(amal.id);
    let dir = tempfile::tempdir().unwrap();
    let paths = ["reader.db", "peer.db", "coordinator.db"].map(|f| dir.path().join(f));
    let tokens = [None, Some(sami.as_str()), Some(t.coordinator.as_str())];
    for (path, token) in paths.iter().zip(tokens) {
        resync(&t, &mut Store::open(path).unwrap(), token);
        assert_eq!(held(&Store::open(path).unwrap()).len(), 1);
    }

    sync::delete_volunteer(&mut amal.phone, amal.id, 0).unwrap();
    amal.sync(&t);
    for (path, token) in paths.iter().zip(tokens) {
        resync(&t, &mut Store::open(path).unwrap(), token);
        let conn = rusqlite::Connection::open(path).unwrap();
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        assert_eq!(count("SELECT count(*) FROM volunteers"), 0, "{path:?}");
        assert_eq!(
            count("SELECT count(*) FROM volunteer_contacts"),
            0,
            "{path:?}"
        );
        let kept: String = conn
            .query_row(
                "SELECT group_concat(body) FROM sync_records WHERE kind = 'volunteer'",
                [],
                |r| r.get(0),
            )
            .unwrap_or_default();
        assert!(
            !kept.contains(PUBLIC) && !kept.contains("Amal"),
            "{path:?}: {kept}"
        );
    }

    // The hub keeps the tombstone and nothing else: no fields, no slug, no review.
    let sent = payload(&t, Some(&t.coordinator));
    assert_eq!(sent[0]["deleted"], true);
    let body: Value = serde_json::from_str(sent[0]["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["slug"], "");
    assert!(body.get("fields").is_none(), "{body}");
    assert!(sent[0].get("review").is_none());
    for file in ["hub.db", "hub.db-wal"] {
        let bytes = std::fs::read(t.dir.path().join(file)).unwrap_or_default();
        for needle in [PUBLIC, PEERS, STAFF] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{file} still holds {needle}"
            );
        }
    }

    // Deletion is final: no review brings it back, and a late edit from another of her
    // devices changes nothing.
    let err = t
        .hub
        .review(
            &t.coordinator(),
            &peerguide_hub::ReviewRequest {
                id: amal.id,
                decision: Decision::Reinstate,
                seen: None,
            },
        )
        .unwrap_err();
    assert_eq!((err.status(), err.code()), (410, "profile-deleted"));
    let mut laptop = Store::open_in_memory().unwrap();
    sync::edit_volunteer(
        &mut laptop,
        amal.id,
        "amal",
        &[(Field::DisplayName, json!("Amal again"))],
        0,
    )
    .unwrap();
    resync(&t, &mut laptop, Some(&amal.token));
    assert!(held(&laptop).is_empty());
    assert!(!text_of(&payload(&t, Some(&t.coordinator))).contains("Amal again"));
}
