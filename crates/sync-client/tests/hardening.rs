//! A device against a hostile account, a hostile network and a stuck hub, over HTTP on
//! loopback: a stuck sync does not hold joining back; an answer that would fill the memory is
//! refused while it is read; a profile cannot take over a content pack volunteer's card; and
//! a deleted contact is not left readable in the device's database files.

#[path = "../../hub/tests/support/proxy.rs"]
mod proxy;
#[path = "../../hub/tests/support/mod.rs"]
mod support;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::time::Duration;

use peerguide_core::Store;
use peerguide_core::api::{Api, HubParams, PinParams};
use peerguide_core::sync::engine::Transport;
use peerguide_core::sync::profile::profile_slug;
use peerguide_core::sync::{self, Field, PullRequest};
use peerguide_core::volunteer::{Audience, VolunteerQuery};
use peerguide_hub::Role;
use peerguide_sync_client::HttpTransport;
use peerguide_sync_client::device::{Device, JoinParams, SyncParams};
use proxy::{Action, Proxy};
use serde_json::json;
use support::{TestHub, article, opts, sync_with};

#[tokio::test(flavor = "multi_thread")]
async fn joining_does_not_wait_behind_a_stuck_sync_and_the_stuck_sync_ends_by_its_deadline() {
    let hub = TestHub::start();
    hub.publish(vec![article("gp-register", &["en"], 1)], vec![]);
    let net = Proxy::start(&hub.url);
    net.on_pull(|_, page| Action::Stall(page));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let api = Api::open(&db).unwrap();
    api.set_hub(HubParams {
        address: net.url.clone(),
    })
    .unwrap();
    // Locked beforehand: encrypting the database in place (joining an unlocked device)
    // does wait for the files to be free, this join need not.
    api.set_pin(PinParams {
        pin: "246810".into(),
    })
    .unwrap();
    let device = std::sync::Arc::new(Device::with_deadline(api.vault(), Duration::from_secs(3)));

    let stuck = tokio::spawn({
        let device = device.clone();
        async move {
            device
                .sync_now(SyncParams {
                    lang: "en".into(),
                    accept_new_key: false,
                })
                .await
        }
    });
    while net.pulls() == 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // The hub answers nothing to that sync; joining goes ahead all the same.
    let code = hub.hub.create_invite(Role::Coordinator, None).unwrap().code;
    let link = device
        .join(JoinParams {
            address: hub.url.clone(),
            code,
            pin: None,
        })
        .await
        .unwrap();
    assert_eq!(link.url, hub.url);
    assert!(!stuck.is_finished(), "the stuck sync is still waiting");

    // The stuck sync gives up by its deadline, with its code; the next one, under the new
    // role and address, completes.
    let err = stuck.await.unwrap().unwrap_err();
    assert_eq!(err.code(), "sync-timeout", "{err}");
    let done = device
        .sync_now(SyncParams {
            lang: "en".into(),
            accept_new_key: false,
        })
        .await
        .unwrap();
    assert!(done.changed > 0);
}

/// A server on loopback that answers every request with `head` and then `body`.
fn answering(head: String, body: impl Fn(&mut dyn Write) + Send + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(head.as_bytes());
            body(&mut stream);
        }
    });
    url
}

fn pull(url: &str) -> peerguide_core::sync::TransportError {
    let mut t = HttpTransport::new(url, None).unwrap();
    t.pull(&PullRequest {
        cursor: 0,
        langs: vec![],
        limit: None,
        nonce: String::new(),
    })
    .unwrap_err()
}

#[test]
fn an_answer_larger_than_a_page_can_be_is_refused_while_it_is_read() {
    // 8 KB of zstd that would be 1 GB of JSON once decompressed.
    let mut bomb = zstd::stream::write::Encoder::new(Vec::new(), 19).unwrap();
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..1024 {
        bomb.write_all(&zeros).unwrap();
    }
    let bomb = bomb.finish().unwrap();
    assert!(bomb.len() < 64 * 1024, "{} bytes", bomb.len());
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: zstd\r\ncontent-length: {}\r\n\r\n",
        bomb.len()
    );
    let url = answering(head, move |w| {
        let _ = w.write_all(&bomb);
    });
    let err = pull(&url);
    let text = format!("{err:?}");
    assert!(text.contains("decompresses to more than"), "{text}");
    assert_eq!(
        sync::SyncError::from(err).code(),
        "hub-garbled",
        "refused, not taken for a cut connection"
    );

    // Uncompressed, and never ending: reading stops at the limit too.
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n".to_owned();
    let url = answering(head, |w| {
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..1024 {
            if w.write_all(&chunk).is_err() {
                return;
            }
        }
    });
    let err = pull(&url);
    let text = format!("{err:?}");
    assert!(text.contains("larger than"), "{text}");
}

#[test]
fn a_profile_pushed_under_a_pack_volunteers_slug_does_not_replace_that_card() {
    let t = TestHub::start();
    let dir = tempfile::tempdir().unwrap();
    let mut reader = Store::open(dir.path().join("reader.db")).unwrap();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    peerguide_core::import::import_dir(&mut reader, &content, &mut |_| {}).unwrap();
    let card = |s: &Store, slug: &str| {
        s.find_volunteers(Audience::Everyone, &VolunteerQuery::default())
            .unwrap()
            .into_iter()
            .find(|v| v.slug == slug)
    };
    let amal = card(&reader, "amal").expect("the pack's Amal");

    // A volunteer claims the slug "amal" for a profile of their own, and it is approved.
    let (token, id) = t.volunteer();
    let mut phone = Store::open_in_memory().unwrap();
    sync::edit_volunteer(
        &mut phone,
        id,
        "amal",
        &[
            (Field::DisplayName, json!("Amal (real)")),
            (
                Field::Contacts,
                json!([{"channel": "phone", "value": "07700 900666", "visible_to": "everyone"}]),
            ),
        ],
        0,
    )
    .unwrap();
    sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    t.approve(id);

    sync_with(&mut reader, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!(card(&reader, "amal"), Some(amal), "the pack's card stays");
    let other = card(&reader, &profile_slug(id)).expect("listed under its own slug");
    assert_eq!(other.display_name, "Amal (real)");

    // Where no other profile holds it, the profile keeps the slug it was made with.
    sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    assert_eq!(card(&phone, "amal").unwrap().display_name, "Amal (real)");
}

fn holds(path: &Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    for suffix in ["", "-wal"] {
        let file = format!("{}{suffix}", path.display());
        let bytes = std::fs::read(&file).unwrap_or_default();
        if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
            found.push(file);
        }
    }
    found
}

#[test]
fn deleted_contact_details_are_not_left_in_device_database_files_or_their_logs() {
    let t = TestHub::start();
    let (token, id) = t.volunteer();
    let dir = tempfile::tempdir().unwrap();
    let phone_db = dir.path().join("phone.db");
    let reader_db = dir.path().join("reader.db");
    const NUMBER: &str = "07700 900555";
    const EMAIL: &str = "amal.hidden@example.org";
    {
        let mut phone = Store::open(&phone_db).unwrap();
        sync::edit_volunteer(
            &mut phone,
            id,
            &profile_slug(id),
            &[
                (Field::DisplayName, json!("Amal")),
                (
                    Field::Contacts,
                    json!([
                        {"channel": "phone", "value": NUMBER, "visible_to": "everyone"},
                        {"channel": "email", "value": EMAIL, "visible_to": "everyone"}
                    ]),
                ),
            ],
            0,
        )
        .unwrap();
        sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
    }
    t.approve(id);
    {
        let mut reader = Store::open(&reader_db).unwrap();
        sync_with(&mut reader, &mut t.transport(None), &opts(&["en"])).unwrap();
    }
    assert!(!holds(&reader_db, NUMBER).is_empty(), "the test can see it");

    // She removes her number, then deletes her profile.
    {
        let mut phone = Store::open(&phone_db).unwrap();
        sync::edit_volunteer(
            &mut phone,
            id,
            &profile_slug(id),
            &[(
                Field::Contacts,
                json!([{"channel": "email", "value": EMAIL, "visible_to": "everyone"}]),
            )],
            0,
        )
        .unwrap();
        sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
        t.approve(id);
        let mut reader = Store::open(&reader_db).unwrap();
        sync_with(&mut reader, &mut t.transport(None), &opts(&["en"])).unwrap();
    }
    for db in [&phone_db, &reader_db] {
        assert_eq!(holds(db, NUMBER), Vec::<String>::new(), "removed number");
    }
    {
        let mut phone = Store::open(&phone_db).unwrap();
        sync::delete_volunteer(&mut phone, id, 0).unwrap();
        sync_with(&mut phone, &mut t.transport(Some(&token)), &opts(&["en"])).unwrap();
        let mut reader = Store::open(&reader_db).unwrap();
        sync_with(&mut reader, &mut t.transport(None), &opts(&["en"])).unwrap();
    }
    for db in [&phone_db, &reader_db] {
        for needle in [NUMBER, EMAIL] {
            assert_eq!(holds(db, needle), Vec::<String>::new(), "{needle}");
        }
    }
}
