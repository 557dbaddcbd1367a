//! Whoever runs a plain-http network between a device and its hub (a loopback proxy here)
//! cannot drop, replay or swap what the hub sends without the device noticing: every page is
//! signed for the request it answers. And a hub that never lets go (always "more follows",
//! or an answer that never comes) does not hold the device: the pull stops with a code, and
//! every sync ends by its deadline.

#[path = "support/proxy.rs"]
mod proxy;
mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ed25519_dalek::{Signer, SigningKey};
use peerguide_core::Store;
use peerguide_core::sync::protocol::{page_signing_message, to_base64};
use peerguide_core::sync::{self, Field, Page, PullRequest, SyncOptions};
use peerguide_core::volunteer::{Audience, VolunteerQuery};
use peerguide_sync_client::HttpTransport;
use proxy::{Action, Proxy};
use serde_json::json;
use support::{TestHub, article, opts, sync_with, tag};

fn cursor(store: &mut Store) -> u64 {
    sync::status(store).unwrap().cursor
}

/// The organisation's signing key, as a hub that turned hostile holds it.
fn org_key(t: &TestHub) -> SigningKey {
    use base64::Engine as _;
    let text = std::fs::read_to_string(t.dir.path().join("org-key")).unwrap();
    let bytes: [u8; 32] = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .unwrap()
        .try_into()
        .unwrap();
    SigningKey::from_bytes(&bytes)
}

fn sign(key: &SigningKey, req: &PullRequest, page: &mut Page) {
    page.sig = to_base64(&key.sign(&page_signing_message(req, page)).to_bytes());
}

#[test]
fn a_newer_version_dropped_or_swapped_for_an_older_one_on_the_way_is_refused_and_the_cursor_stays()
{
    let t = TestHub::start();
    let net = Proxy::start(&t.url);
    t.publish(vec![article("gp-register", &["en"], 1)], vec![]);
    let mut device = Store::open_in_memory().unwrap();

    // The first sync goes through untouched; the proxy keeps what it saw.
    let seen: Arc<Mutex<Vec<Page>>> = Arc::default();
    let keep = seen.clone();
    net.on_pull(move |_, page| {
        keep.lock().unwrap().push(page.clone());
        Action::Send(page)
    });
    let mut link = HttpTransport::new(&net.url, None).unwrap();
    sync_with(&mut device, &mut link, &opts(&["en"])).unwrap();
    let first = seen.lock().unwrap()[0].clone();
    let before = cursor(&mut device);

    t.publish(vec![article("gp-register", &["en"], 2)], vec![]);
    type Attack = Box<dyn FnMut(&PullRequest, Page) -> Action + Send>;
    let attacks: Vec<(&str, Attack)> = vec![
        // The case: the version the device already holds, instead of the newer one.
        ("re-served an older version", {
            let old = first.records.clone();
            Box::new(move |_, mut page| {
                page.records = old.clone();
                Action::Send(page)
            })
        }),
        (
            "dropped the newer record",
            Box::new(|_, mut page| {
                page.records.clear();
                Action::Send(page)
            }),
        ),
        ("replayed an earlier page whole", {
            let first = first.clone();
            Box::new(move |_, _| Action::Send(first.clone()))
        }),
        (
            "said nothing more is coming",
            Box::new(|req, mut page| {
                page.cursor = req.cursor;
                page.records.clear();
                Action::Send(page)
            }),
        ),
    ];
    for (what, attack) in attacks {
        net.on_pull(attack);
        let err = sync_with(&mut device, &mut link, &opts(&["en"])).unwrap_err();
        assert_eq!(err.code(), "page-tampered", "{what}: {err}");
        assert_eq!(cursor(&mut device), before, "{what}: the cursor stays");
        assert_eq!(
            device.article("gp-register", &tag("en")).unwrap().revision,
            1,
            "{what}"
        );
    }

    // Once the network behaves, the newer version arrives.
    net.on_pull(|_, page| Action::Send(page));
    sync_with(&mut device, &mut link, &opts(&["en"])).unwrap();
    assert_eq!(
        device.article("gp-register", &tag("en")).unwrap().revision,
        2
    );
}

#[test]
fn a_volunteers_contacts_rewritten_on_the_way_are_refused() {
    let t = TestHub::start();
    let net = Proxy::start(&t.url);
    let (token, id) = t.volunteer();
    let mut phone = Store::open_in_memory().unwrap();
    sync::edit_volunteer(
        &mut phone,
        id,
        "amal",
        &[
            (Field::DisplayName, json!("Amal")),
            (
                Field::Contacts,
                json!([{"channel": "phone", "value": "0141 496 0000", "visible_to": "everyone"}]),
            ),
        ],
        0,
    )
    .unwrap();
    sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    t.approve(id);

    net.on_pull(|_, mut page| {
        for r in &mut page.records {
            r.body = r.body.replace("0141 496 0000", "0141 496 9999");
        }
        Action::Send(page)
    });
    let mut reader = Store::open_in_memory().unwrap();
    let mut link = HttpTransport::new(&net.url, None).unwrap();
    let err = sync_with(&mut reader, &mut link, &opts(&["en"])).unwrap_err();
    assert_eq!(err.code(), "page-tampered", "{err}");
    let held = |s: &Store| {
        s.find_volunteers(Audience::Everyone, &VolunteerQuery::default())
            .unwrap()
    };
    assert!(held(&reader).is_empty(), "nothing of the page was stored");

    net.on_pull(|_, page| Action::Send(page));
    sync_with(&mut reader, &mut link, &opts(&["en"])).unwrap();
    assert_eq!(held(&reader)[0].contacts[0].value, "0141 496 0000");
}

#[test]
fn a_push_dropped_on_the_way_and_answered_for_the_hub_stays_pending_and_is_sent_again() {
    let t = TestHub::start();
    t.publish(vec![article("gp-register", &["en"], 1)], vec![]);
    let net = Proxy::start(&t.url);
    let (token, id) = t.volunteer();
    let mut phone = Store::open_in_memory().unwrap();
    let mut link = HttpTransport::new(&net.url, Some(token.clone())).unwrap();
    // The device has pulled once, so it holds the organisation's key.
    sync_with(&mut phone, &mut link, &opts(&["en"])).unwrap();
    sync::edit_volunteer(
        &mut phone,
        id,
        "amal",
        &[(Field::DisplayName, json!("Amal"))],
        0,
    )
    .unwrap();

    net.answer_pushes_itself(true);
    let err = sync_with(&mut phone, &mut link, &opts(&["en"])).unwrap_err();
    assert_eq!(err.code(), "page-tampered", "{err}");
    assert!(
        sync::status(&mut phone).unwrap().pending > 0,
        "still to send"
    );
    assert!(
        t.hub
            .profiles(&t.coordinator(), &Default::default())
            .unwrap()
            .profiles
            .is_empty(),
        "the hub never had it"
    );

    net.answer_pushes_itself(false);
    sync_with(&mut phone, &mut link, &opts(&["en"])).unwrap();
    assert_eq!(sync::status(&mut phone).unwrap().pending, 0);
    assert_eq!(t.digest(id).len(), 64, "the hub has it now");
}

#[test]
fn a_hub_that_always_says_more_follows_is_left_with_a_code() {
    let t = TestHub::start();
    t.publish(vec![article("gp-register", &["en"], 1)], vec![]);
    let net = Proxy::start(&t.url);
    let key = org_key(&t);
    // A hub that signs what it sends, and keeps saying more follows without moving on.
    net.on_pull(move |req, mut page| {
        page.has_more = true;
        page.cursor = req.cursor;
        page.records.clear();
        sign(&key, req, &mut page);
        Action::Send(page)
    });
    let mut device = Store::open_in_memory().unwrap();
    let mut link = HttpTransport::new(&net.url, None).unwrap();
    let err = sync_with(&mut device, &mut link, &opts(&["en"])).unwrap_err();
    assert_eq!(err.code(), "hub-stalled", "{err}");
    assert_eq!(net.pulls(), 1, "the device asked once, not for ever");

    // One that does move on, one change at a time, for ever, is stopped by the deadline.
    let key = org_key(&t);
    net.on_pull(move |req, mut page| {
        page.has_more = true;
        page.cursor = req.cursor + 1;
        page.head = u64::MAX;
        page.records.clear();
        sign(&key, req, &mut page);
        Action::Send(page)
    });
    let quick = SyncOptions {
        deadline: Some(Duration::from_secs(1)),
        ..opts(&["en"])
    };
    let err = sync_with(&mut device, &mut link, &quick).unwrap_err();
    assert_eq!(err.code(), "sync-timeout", "{err}");
}

#[test]
fn an_answer_that_never_comes_ends_the_sync_at_its_deadline() {
    let t = TestHub::start();
    t.publish(vec![article("gp-register", &["en"], 1)], vec![]);
    let net = Proxy::start(&t.url);
    net.on_pull(|_, page| Action::Stall(page));
    let mut device = Store::open_in_memory().unwrap();
    let mut link = HttpTransport::new(&net.url, None).unwrap();
    let quick = SyncOptions {
        deadline: Some(Duration::from_secs(1)),
        ..opts(&["en"])
    };
    let err = sync_with(&mut device, &mut link, &quick).unwrap_err();
    assert_eq!(err.code(), "sync-timeout", "{err}");
    assert_eq!(cursor(&mut device), 0);
    net.release();

    net.on_pull(|_, page| Action::Send(page));
    sync_with(&mut device, &mut link, &opts(&["en"])).unwrap();
    assert!(device.article("gp-register", &tag("en")).is_ok());
}

#[test]
fn signed_pages_keep_a_sync_with_nothing_new_under_1_kb_and_one_change_under_2_kb() {
    let t = TestHub::start();
    let slugs: Vec<String> = (0..40).map(|i| format!("article-{i}")).collect();
    t.publish(
        slugs.iter().map(|s| article(s, &["en", "ar"], 1)).collect(),
        vec![],
    );
    let mut device = Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["ar"])).unwrap();

    let mut idle = t.transport(None);
    let r = sync_with(&mut device, &mut idle, &opts(&["ar"])).unwrap();
    assert_eq!((r.round_trips, r.pulled), (1, 0));
    let idle_bytes = idle.bytes_in + idle.bytes_out;
    assert!(idle_bytes <= 1024, "nothing new: {idle_bytes} bytes");

    t.publish(vec![article("article-7", &["en", "ar"], 2)], vec![]);
    let mut one = t.transport(None);
    let r = sync_with(&mut device, &mut one, &opts(&["ar"])).unwrap();
    assert_eq!(r.round_trips, 1);
    let one_bytes = one.bytes_in + one.bytes_out;
    assert!(one_bytes <= 2048, "one change: {one_bytes} bytes");
    println!(
        "nothing new: {} received, {} sent; one change ({} records): {} received, {} sent",
        idle.bytes_in, idle.bytes_out, r.pulled, one.bytes_in, one.bytes_out
    );
}
