//! The network misbehaving: a loopback proxy that drops, cuts and delays connections at
//! random points, and 200 devices syncing at once.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use peerguide_core::Store;
use peerguide_core::sync::{self, Field};
use peerguide_core::volunteer::Audience;
use peerguide_sync_client::HttpTransport;
use serde_json::json;
use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A deterministic xorshift, so a failing run can be repeated.
fn next(state: &AtomicU64) -> u64 {
    let mut x = state.load(Ordering::Relaxed);
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    state.store(x, Ordering::Relaxed);
    x
}

/// Starts a proxy to `target`; each connection is, at random: passed through, closed at
/// once, closed after the request is forwarded (the hub acts, the answer is lost), cut
/// partway through the answer, or delayed.
fn start_proxy(
    target: String,
    seed: u64,
) -> (
    String,
    std::thread::JoinHandle<()>,
    tokio::sync::oneshot::Sender<()>,
) {
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            let rng = Arc::new(AtomicU64::new(seed));
            let accept = async {
                loop {
                    let (mut client, _) = listener.accept().await.unwrap();
                    let target = target.clone();
                    let roll = next(&rng);
                    tokio::spawn(async move {
                        let action = roll % 6;
                        if action == 0 {
                            return; // dropped before anything
                        }
                        if action == 1 {
                            tokio::time::sleep(Duration::from_millis(roll % 300)).await;
                        }
                        let Ok(mut hub) = TcpStream::connect(&target).await else {
                            return;
                        };
                        // Forward the request (one request per connection: the client's
                        // pool may reuse it, so forward everything it sends).
                        let (mut cr, mut cw) = client.split();
                        let (mut hr, mut hw) = hub.split();
                        let up = async {
                            let mut buf = vec![0u8; 64 * 1024];
                            loop {
                                let n = cr.read(&mut buf).await.unwrap_or(0);
                                if n == 0 || hw.write_all(&buf[..n]).await.is_err() {
                                    break;
                                }
                            }
                        };
                        let cut_after = match action {
                            2 => Some(0),                          // answer lost entirely
                            3 => Some((roll >> 8) as usize % 400), // answer cut partway
                            _ => None,
                        };
                        let down = async {
                            let mut buf = vec![0u8; 64 * 1024];
                            let mut sent = 0usize;
                            loop {
                                let n = hr.read(&mut buf).await.unwrap_or(0);
                                if n == 0 {
                                    break;
                                }
                                let n = match cut_after {
                                    Some(limit) if sent + n > limit => {
                                        let keep = limit.saturating_sub(sent);
                                        let _ = cw.write_all(&buf[..keep]).await;
                                        break;
                                    }
                                    _ => n,
                                };
                                if cw.write_all(&buf[..n]).await.is_err() {
                                    break;
                                }
                                sent += n;
                            }
                        };
                        tokio::select! { _ = up => {}, _ = down => {} }
                    });
                }
            };
            tokio::select! { _ = accept => {}, _ = stop_rx => {} }
        });
    });
    let addr = addr_rx.recv().unwrap();
    (format!("http://{addr}"), thread, stop_tx)
}

fn sync_until_done(store: &mut Store, url: &str, token: Option<&str>) -> usize {
    for attempt in 1..=200 {
        let mut t = HttpTransport::new(url, token.map(str::to_owned)).unwrap();
        match sync::sync(store, &mut t, &opts(&["en", "ar"]), &mut |_| {}) {
            Ok(_) => return attempt,
            Err(e) => assert!(
                matches!(e.code(), "hub-unreachable" | "hub-garbled"),
                "only network failures are expected: {e}"
            ),
        }
    }
    panic!("no sync got through in 200 attempts");
}

#[test]
fn through_a_faulty_network_devices_converge_with_nothing_lost_or_duplicated() {
    let t = TestHub::start();
    let articles: Vec<_> = (0..60)
        .map(|i| article(&format!("a{i}"), &["en", "ar", "fa"], 1))
        .collect();
    t.publish(articles, vec![service("clinic", &["en", "ar"])]);
    let target = t.url.trim_start_matches("http://").to_owned();
    let (proxy, thread, stop) = start_proxy(target, 0x9E37_79B9_7F4A_7C15);

    let (token, id) = t.volunteer();
    let mut phone = Store::open_in_memory().unwrap();
    let mut laptop = Store::open_in_memory().unwrap();
    let mut reader = Store::open_in_memory().unwrap();
    let mut attempts = 0;
    for round in 0..6 {
        sync::edit_volunteer(
            &mut phone,
            id,
            "amal",
            &[(Field::DisplayName, json!(format!("Amal {round}")))],
            0,
        )
        .unwrap();
        attempts += sync_until_done(&mut phone, &proxy, Some(&token));
        sync::edit_volunteer(
            &mut laptop,
            id,
            "amal",
            &[(Field::Topics, json!(["housing"]))],
            0,
        )
        .unwrap();
        attempts += sync_until_done(&mut laptop, &proxy, Some(&token));
        attempts += sync_until_done(&mut reader, &proxy, None);
    }
    // One clean round so everyone has everyone's last change.
    for (store, token) in [
        (&mut phone, Some(token.as_str())),
        (&mut laptop, Some(token.as_str())),
        (&mut reader, None),
    ] {
        let mut direct = t.transport(token);
        sync::sync(store, &mut direct, &opts(&["en", "ar"]), &mut |_| {}).unwrap();
    }
    assert!(
        attempts > 18,
        "the proxy should have failed some syncs ({attempts} attempts)"
    );
    // The reader sees the profile once a coordinator approves its last words.
    t.approve(id);
    let mut direct = t.transport(None);
    sync::sync(&mut reader, &mut direct, &opts(&["en", "ar"]), &mut |_| {}).unwrap();

    for store in [&phone, &laptop, &reader] {
        let c = store.counts().unwrap();
        assert_eq!(
            (c.articles, c.translations, c.services, c.volunteers),
            (60, 120, 1, 1)
        );
        // Amal's own devices hold her profile as waiting for approval: asked for all.
        let all = peerguide_core::volunteer::VolunteerQuery {
            include_unlisted: true,
            ..Default::default()
        };
        let v = store.find_volunteers(Audience::Everyone, &all).unwrap();
        assert_eq!(v[0].display_name, "Amal 5");
        assert_eq!(v[0].topics.len(), 1);
    }
    // Retried pushes were applied once: the hub's profile went through at most one version
    // per distinct edit (6 names and 6 topic edits), however many times each was sent.
    let hub_page = t
        .hub
        .pull(
            &t.coordinator(),
            &peerguide_core::sync::PullRequest {
                cursor: 0,
                langs: vec![],
                limit: Some(2000),
                nonce: String::new(),
            },
        )
        .unwrap();
    let profile = hub_page
        .records
        .iter()
        .find(|r| r.kind == peerguide_core::sync::Kind::Volunteer)
        .unwrap();
    assert!(
        profile.version <= 13,
        "version {} (12 edits, 1 approval)",
        profile.version
    );
    for store in [&mut phone, &mut laptop] {
        assert_eq!(sync::status(store).unwrap().pending, 0);
    }
    let _ = stop.send(());
    thread.join().unwrap();
}

#[test]
fn two_hundred_devices_sync_at_once_without_error() {
    let t = TestHub::start();
    let articles: Vec<_> = (0..40)
        .map(|i| article(&format!("a{i}"), &["en", "ar"], 1))
        .collect();
    t.publish(articles, vec![service("clinic", &["en", "ar"])]);
    let client = reqwest::blocking::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let started = Instant::now();
    let handles: Vec<_> = (0..200)
        .map(|_| {
            let client = client.clone();
            let url = t.url.clone();
            std::thread::spawn(move || {
                let mut store = Store::open_in_memory().unwrap();
                let mut http = HttpTransport::with_client(client, &url, None);
                let r = sync::sync(&mut store, &mut http, &opts(&["ar"]), &mut |_| {}).unwrap();
                assert_eq!(store.counts().unwrap().articles, 40);
                r.round_trips
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().expect("a device failed"), 1);
    }
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn shutting_down_finishes_the_requests_in_flight() {
    let mut t = TestHub::start();
    let articles: Vec<_> = (0..300)
        .map(|i| article(&format!("a{i}"), &["en", "ar", "fa"], 1))
        .collect();
    t.publish(articles, vec![]);
    let url = t.url.clone();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let devices: Vec<_> = (0..20)
        .map(|_| {
            let url = url.clone();
            let ready = ready_tx.clone();
            std::thread::spawn(move || {
                let mut store = Store::open_in_memory().unwrap();
                let mut http = HttpTransport::new(&url, None).unwrap();
                ready.send(()).unwrap();
                let o = peerguide_core::sync::SyncOptions {
                    page_limit: Some(2000),
                    ..opts(&["ar", "fa"])
                };
                sync::sync(&mut store, &mut http, &o, &mut |_| {}).map(|r| r.pulled)
            })
        })
        .collect();
    // Shut down once every device is about to send its request.
    for _ in 0..20 {
        ready_rx.recv().unwrap();
    }
    std::thread::sleep(Duration::from_millis(20));
    t.shutdown();
    let mut finished = 0;
    for d in devices {
        match d.join().unwrap() {
            Ok(pulled) => {
                assert_eq!(pulled, 1200, "an answer is whole");
                finished += 1;
            }
            // Connections that arrive after the shutdown are refused, never cut off.
            Err(e) => assert!(!e.to_string().contains("cut off"), "{e}"),
        }
    }
    assert!(finished > 0, "requests in flight at shutdown were finished");
}
