//! Every role against every endpoint over real HTTP, and what each role is sent of a
//! volunteer's contacts: checked in the sync payload itself.

mod support;

use serde_json::json;
use support::*;
use uuid::Uuid;

fn profile(id: Uuid, slug: &str, name: &str) -> serde_json::Value {
    json!({
        "batch_id": Uuid::now_v7(),
        "docs": [{
            "id": id,
            "slug": slug,
            "fields": {
                "display-name": {"at": format!("{:012x}-0000-{}", now_ms(), Uuid::now_v7().simple()), "value": name},
                "contacts": {"at": format!("{:012x}-0000-{}", now_ms(), Uuid::now_v7().simple()), "value": [
                    {"channel": "phone", "value": "0141 496 0141", "visible_to": "everyone"},
                    {"channel": "signal", "value": "PEERS-07700", "visible_to": "volunteers"},
                    {"channel": "email", "value": "STAFF-ONLY@example.org", "visible_to": "coordinators"}
                ]}
            }
        }]
    })
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

fn pull_body() -> serde_json::Value {
    json!({"cursor": 0, "langs": ["en"]})
}

fn publish_body() -> serde_json::Value {
    json!({"articles": [serde_json::to_value(article("housing-basics", &["en"], 1)).unwrap()]})
}

struct Roles {
    volunteer: (String, Uuid),
    other_volunteer: (String, Uuid),
    revoked: (String, Uuid),
    expired: (String, Uuid),
}

fn roles(t: &TestHub) -> Roles {
    let to_revoke = t
        .hub
        .redeem(
            &t.hub
                .create_invite(peerguide_hub::Role::Volunteer, None)
                .unwrap()
                .code,
        )
        .unwrap();
    t.hub.revoke(&to_revoke.token_id).unwrap();
    let revoked = (to_revoke.token, to_revoke.volunteer_id.unwrap());
    let invite = t
        .hub
        .create_invite(peerguide_hub::Role::Volunteer, Some(0))
        .unwrap();
    let r = t.hub.redeem(&invite.code).unwrap();
    Roles {
        volunteer: t.volunteer(),
        other_volunteer: t.volunteer(),
        revoked,
        expired: (r.token, r.volunteer_id.unwrap()),
    }
}

#[test]
fn each_role_may_do_exactly_what_it_should_on_each_endpoint() {
    let t = TestHub::start();
    let r = roles(&t);
    let coord = t.coordinator.clone();
    let (vol, vol_id) = r.volunteer.clone();
    let (_, other_id) = r.other_volunteer.clone();

    // (who, token, endpoint, body, expected status, expected code)
    type Case<'a> = (
        &'a str,
        Option<&'a str>,
        &'a str,
        serde_json::Value,
        u16,
        Option<&'a str>,
    );
    let invite = json!({"role": "volunteer"});
    let cases: Vec<Case> = vec![
        // pull
        ("anonymous", None, "/v1/pull", pull_body(), 200, None),
        ("volunteer", Some(&vol), "/v1/pull", pull_body(), 200, None),
        (
            "coordinator",
            Some(&coord),
            "/v1/pull",
            pull_body(),
            200,
            None,
        ),
        (
            "revoked",
            Some(&r.revoked.0),
            "/v1/pull",
            pull_body(),
            401,
            Some("token-revoked"),
        ),
        (
            "expired",
            Some(&r.expired.0),
            "/v1/pull",
            pull_body(),
            401,
            Some("token-expired"),
        ),
        (
            "unknown",
            Some("pgt_nonsense"),
            "/v1/pull",
            pull_body(),
            401,
            Some("token-unknown"),
        ),
        // push
        (
            "anonymous",
            None,
            "/v1/push",
            profile(vol_id, "amal", "Amal"),
            401,
            Some("token-required"),
        ),
        (
            "volunteer",
            Some(&vol),
            "/v1/push",
            profile(vol_id, "amal", "Amal"),
            200,
            None,
        ),
        (
            "volunteer editing another",
            Some(&vol),
            "/v1/push",
            profile(other_id, "sami", "Hacked"),
            403,
            Some("not-your-profile"),
        ),
        (
            "coordinator",
            Some(&coord),
            "/v1/push",
            profile(other_id, "sami", "Sami"),
            200,
            None,
        ),
        (
            "revoked",
            Some(&r.revoked.0),
            "/v1/push",
            profile(r.revoked.1, "rev", "R"),
            401,
            Some("token-revoked"),
        ),
        (
            "expired",
            Some(&r.expired.0),
            "/v1/push",
            profile(r.expired.1, "exp", "E"),
            401,
            Some("token-expired"),
        ),
        // publish
        (
            "anonymous",
            None,
            "/v1/publish",
            publish_body(),
            401,
            Some("token-required"),
        ),
        (
            "volunteer publishing guidance",
            Some(&vol),
            "/v1/publish",
            publish_body(),
            403,
            Some("forbidden"),
        ),
        (
            "revoked",
            Some(&r.revoked.0),
            "/v1/publish",
            publish_body(),
            401,
            Some("token-revoked"),
        ),
        (
            "expired",
            Some(&r.expired.0),
            "/v1/publish",
            publish_body(),
            401,
            Some("token-expired"),
        ),
        (
            "coordinator",
            Some(&coord),
            "/v1/publish",
            publish_body(),
            200,
            None,
        ),
        // invites
        (
            "anonymous",
            None,
            "/v1/invites",
            invite.clone(),
            401,
            Some("token-required"),
        ),
        (
            "volunteer",
            Some(&vol),
            "/v1/invites",
            invite.clone(),
            403,
            Some("forbidden"),
        ),
        (
            "revoked",
            Some(&r.revoked.0),
            "/v1/invites",
            invite.clone(),
            401,
            Some("token-revoked"),
        ),
        (
            "expired",
            Some(&r.expired.0),
            "/v1/invites",
            invite.clone(),
            401,
            Some("token-expired"),
        ),
        (
            "coordinator",
            Some(&coord),
            "/v1/invites",
            invite.clone(),
            200,
            None,
        ),
        // revoke
        (
            "anonymous",
            None,
            "/v1/tokens/revoke",
            json!({"token_id": "x"}),
            401,
            Some("token-required"),
        ),
        (
            "volunteer",
            Some(&vol),
            "/v1/tokens/revoke",
            json!({"token_id": "x"}),
            403,
            Some("forbidden"),
        ),
        (
            "revoked",
            Some(&r.revoked.0),
            "/v1/tokens/revoke",
            json!({"token_id": "x"}),
            401,
            Some("token-revoked"),
        ),
        (
            "expired",
            Some(&r.expired.0),
            "/v1/tokens/revoke",
            json!({"token_id": "x"}),
            401,
            Some("token-expired"),
        ),
        (
            "coordinator, unknown token",
            Some(&coord),
            "/v1/tokens/revoke",
            json!({"token_id": "x"}),
            404,
            Some("token-not-found"),
        ),
        // redeem needs no token (one sent along is ignored), and a code works once
        (
            "anonymous, bad code",
            None,
            "/v1/redeem",
            json!({"code": "AAAA-BBBB-CCCC"}),
            404,
            Some("invite-unknown"),
        ),
        (
            "volunteer, bad code",
            Some(&vol),
            "/v1/redeem",
            json!({"code": "AAAA-BBBB-CCCC"}),
            404,
            Some("invite-unknown"),
        ),
        (
            "coordinator, bad code",
            Some(&coord),
            "/v1/redeem",
            json!({"code": "AAAA-BBBB-CCCC"}),
            404,
            Some("invite-unknown"),
        ),
        (
            "revoked, bad code",
            Some(&r.revoked.0),
            "/v1/redeem",
            json!({"code": "AAAA-BBBB-CCCC"}),
            404,
            Some("invite-unknown"),
        ),
        (
            "expired, bad code",
            Some(&r.expired.0),
            "/v1/redeem",
            json!({"code": "AAAA-BBBB-CCCC"}),
            404,
            Some("invite-unknown"),
        ),
        (
            "unknown, bad code",
            Some("pgt_nonsense"),
            "/v1/redeem",
            json!({"code": "AAAA-BBBB-CCCC"}),
            404,
            Some("invite-unknown"),
        ),
        // a token the hub does not know is refused everywhere else, whatever the body
        (
            "unknown",
            Some("pgt_nonsense"),
            "/v1/push",
            profile(vol_id, "amal", "Amal"),
            401,
            Some("token-unknown"),
        ),
        (
            "unknown",
            Some("pgt_nonsense"),
            "/v1/publish",
            publish_body(),
            401,
            Some("token-unknown"),
        ),
        (
            "unknown",
            Some("pgt_nonsense"),
            "/v1/invites",
            invite.clone(),
            401,
            Some("token-unknown"),
        ),
        (
            "unknown",
            Some("pgt_nonsense"),
            "/v1/tokens/revoke",
            json!({"token_id": "x"}),
            401,
            Some("token-unknown"),
        ),
        (
            "unknown",
            Some("pgt_nonsense"),
            "/v1/volunteers/review",
            json!({"id": vol_id, "decision": "suspend"}),
            401,
            Some("token-unknown"),
        ),
        (
            "unknown",
            Some("pgt_nonsense"),
            "/v1/volunteers/profiles",
            json!({"state": "pending"}),
            401,
            Some("token-unknown"),
        ),
    ];
    // Which kind of caller each case was, so the table can be checked for gaps below.
    let kind_of = |token: Option<&str>| -> &'static str {
        match token {
            None => "anonymous",
            Some(t) if t == vol || t == r.other_volunteer.0 => "volunteer",
            Some(t) if t == coord => "coordinator",
            Some(t) if t == r.revoked.0 => "revoked",
            Some(t) if t == r.expired.0 => "expired",
            Some(_) => "unknown",
        }
    };
    let mut covered = std::collections::BTreeSet::new();
    for (who, token, path, body, status, code) in cases {
        covered.insert((path, kind_of(token)));
        let (got, got_code, text) = post_json(&t.url, path, token, body);
        assert_eq!(
            (got, got_code.as_deref()),
            (status, code),
            "{who} on {path}: {text}"
        );
    }

    // Reviewing profiles: coordinators only, and only the words they saw. These run once
    // Amal's profile exists, so the digest of what a coordinator sees is known.
    let (other, _) = r.other_volunteer.clone();
    let seen = t.digest(vol_id);
    let decide = |decision: &str, seen: Option<&str>| {
        let mut body = json!({"id": vol_id, "decision": decision});
        if let Some(seen) = seen {
            body["seen"] = json!(seen);
        }
        body
    };
    let approve = decide("approve", Some(&seen));
    let listing = json!({"state": "pending"});
    let cases: Vec<Case> = vec![
        (
            "anonymous",
            None,
            "/v1/volunteers/review",
            approve.clone(),
            401,
            Some("token-required"),
        ),
        (
            "volunteer approving herself",
            Some(&vol),
            "/v1/volunteers/review",
            approve.clone(),
            403,
            Some("forbidden"),
        ),
        (
            "other volunteer",
            Some(&other),
            "/v1/volunteers/review",
            decide("suspend", None),
            403,
            Some("forbidden"),
        ),
        (
            "revoked",
            Some(&r.revoked.0),
            "/v1/volunteers/review",
            approve.clone(),
            401,
            Some("token-revoked"),
        ),
        (
            "expired",
            Some(&r.expired.0),
            "/v1/volunteers/review",
            approve.clone(),
            401,
            Some("token-expired"),
        ),
        (
            "coordinator, words changed since",
            Some(&coord),
            "/v1/volunteers/review",
            decide("approve", Some(&"0".repeat(64))),
            409,
            Some("profile-changed"),
        ),
        (
            "coordinator, without seen",
            Some(&coord),
            "/v1/volunteers/review",
            decide("approve", None),
            422,
            Some("wrong-shape"),
        ),
        (
            "coordinator, unknown decision",
            Some(&coord),
            "/v1/volunteers/review",
            decide("delete", Some(&seen)),
            422,
            Some("wrong-shape"),
        ),
        (
            "coordinator, unknown profile",
            Some(&coord),
            "/v1/volunteers/review",
            json!({"id": Uuid::now_v7(), "decision": "suspend"}),
            404,
            Some("profile-not-found"),
        ),
        (
            "coordinator",
            Some(&coord),
            "/v1/volunteers/review",
            approve.clone(),
            200,
            None,
        ),
        (
            "coordinator",
            Some(&coord),
            "/v1/volunteers/review",
            decide("suspend", None),
            200,
            None,
        ),
        (
            "coordinator",
            Some(&coord),
            "/v1/volunteers/review",
            decide("reinstate", None),
            200,
            None,
        ),
        (
            "anonymous",
            None,
            "/v1/volunteers/profiles",
            listing.clone(),
            401,
            Some("token-required"),
        ),
        (
            "volunteer",
            Some(&vol),
            "/v1/volunteers/profiles",
            listing.clone(),
            403,
            Some("forbidden"),
        ),
        (
            "other volunteer",
            Some(&other),
            "/v1/volunteers/profiles",
            listing.clone(),
            403,
            Some("forbidden"),
        ),
        (
            "revoked",
            Some(&r.revoked.0),
            "/v1/volunteers/profiles",
            listing.clone(),
            401,
            Some("token-revoked"),
        ),
        (
            "expired",
            Some(&r.expired.0),
            "/v1/volunteers/profiles",
            listing.clone(),
            401,
            Some("token-expired"),
        ),
        (
            "coordinator",
            Some(&coord),
            "/v1/volunteers/profiles",
            listing.clone(),
            200,
            None,
        ),
        // A volunteer cannot approve herself through a push either: a profile has no
        // review field to send.
        (
            "volunteer pushing a review",
            Some(&vol),
            "/v1/push",
            json!({"batch_id": Uuid::now_v7(), "docs": [{"id": vol_id, "slug": "amal",
                "review": {"state": "approved"}}]}),
            422,
            Some("wrong-shape"),
        ),
        (
            "unknown",
            Some("pgt_nonsense"),
            "/v1/volunteers/review",
            approve.clone(),
            401,
            Some("token-unknown"),
        ),
    ];
    for (who, token, path, body, status, code) in cases {
        covered.insert((path, kind_of(token)));
        let (got, got_code, text) = post_json(&t.url, path, token, body);
        assert_eq!(
            (got, got_code.as_deref()),
            (status, code),
            "{who} on {path}: {text}"
        );
    }
    // Every endpoint was tried by every kind of caller.
    for path in peerguide_hub::http::ROUTES {
        for kind in [
            "anonymous",
            "volunteer",
            "coordinator",
            "revoked",
            "expired",
            "unknown",
        ] {
            assert!(
                covered.contains(&(path, kind)),
                "no case for a {kind} caller on {path}"
            );
        }
    }
    // The health check and an unknown path answer every caller alike.
    for token in [
        None,
        Some(vol.as_str()),
        Some(coord.as_str()),
        Some(r.revoked.0.as_str()),
        Some(r.expired.0.as_str()),
        Some("pgt_nonsense"),
    ] {
        let client = reqwest::blocking::Client::new();
        let mut req = client.get(format!("{}/health", t.url));
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        let resp = req.send().unwrap();
        assert_eq!(resp.status().as_u16(), 200);
        assert_eq!(resp.text().unwrap(), "ok");
        let (got, code, _) = post_json(&t.url, "/v1/nowhere", token, json!({}));
        assert_eq!((got, code.as_deref()), (404, Some("not-found")));
    }

    // A code is redeemed once; a coordinator's revocation takes effect at once.
    let invite = t
        .hub
        .create_invite(peerguide_hub::Role::Volunteer, None)
        .unwrap();
    let (s, _, text) = post_json(
        &t.url,
        "/v1/redeem",
        None,
        json!({"code": invite.code.to_lowercase()}),
    );
    assert_eq!(s, 200, "{text}");
    let redeemed: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (s, code, _) = post_json(&t.url, "/v1/redeem", None, json!({"code": invite.code}));
    assert_eq!((s, code.as_deref()), (409, Some("invite-used")));
    let new_token = redeemed["token"].as_str().unwrap();
    let (s, _, _) = post_json(&t.url, "/v1/pull", Some(new_token), pull_body());
    assert_eq!(s, 200);
    let (s, _, _) = post_json(
        &t.url,
        "/v1/tokens/revoke",
        Some(&coord),
        json!({"token_id": redeemed["token_id"]}),
    );
    assert_eq!(s, 200);
    let (s, code, _) = post_json(&t.url, "/v1/pull", Some(new_token), pull_body());
    assert_eq!((s, code.as_deref()), (401, Some("token-revoked")));

    // Only a hash of each token is stored.
    let db = std::fs::read(t.dir.path().join("hub.db")).unwrap();
    let needle = vol.as_bytes();
    assert!(
        !db.windows(needle.len()).any(|w| w == needle),
        "a token is stored in clear"
    );

    // The other volunteer's profile is the coordinator's edit, not the volunteer's attempt
    // (both profiles still wait for approval: the coordinator's device holds them anyway).
    let mut device = peerguide_core::Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut t.transport(Some(&coord)), &opts(&["en"])).unwrap();
    let all = peerguide_core::volunteer::VolunteerQuery {
        include_unlisted: true,
        ..Default::default()
    };
    let names: Vec<String> = device
        .find_volunteers(peerguide_core::volunteer::Audience::Coordinators, &all)
        .unwrap()
        .into_iter()
        .map(|v| v.display_name)
        .collect();
    assert_eq!(names, ["Amal", "Sami"]);
}

#[test]
fn a_contact_is_never_sent_to_a_role_that_may_not_see_it() {
    let t = TestHub::start();
    let (amal, amal_id) = t.volunteer();
    let (sami, _) = t.volunteer();
    let (s, _, text) = post_json(
        &t.url,
        "/v1/push",
        Some(&amal),
        profile(amal_id, "amal", "Amal"),
    );
    assert_eq!(s, 200, "{text}");
    t.approve(amal_id);

    let payload = |token: Option<&str>| {
        let (s, _, text) = post_json(&t.url, "/v1/pull", token, pull_body());
        assert_eq!(s, 200);
        text
    };
    let anonymous = payload(None);
    assert!(anonymous.contains("0141 496 0141"));
    assert!(
        !anonymous.contains("PEERS-07700"),
        "volunteers-only contact sent to a reader"
    );
    assert!(
        !anonymous.contains("STAFF-ONLY"),
        "coordinators-only contact sent to a reader"
    );

    let other_volunteer = payload(Some(&sami));
    assert!(other_volunteer.contains("PEERS-07700"));
    assert!(
        !other_volunteer.contains("STAFF-ONLY"),
        "coordinators-only contact sent to a volunteer"
    );

    let herself = payload(Some(&amal));
    assert!(
        herself.contains("STAFF-ONLY"),
        "a volunteer sees all of her own profile"
    );
    let coordinator = payload(Some(&t.coordinator));
    assert!(coordinator.contains("STAFF-ONLY"));

    // And so on the devices: a reader's store never holds the volunteers-only number.
    let mut reader = peerguide_core::Store::open_in_memory().unwrap();
    sync_with(&mut reader, &mut t.transport(None), &opts(&["en"])).unwrap();
    let seen = reader
        .volunteers(
            peerguide_core::volunteer::Audience::Coordinators,
            None,
            None,
        )
        .unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].contacts.len(), 1);
    assert_eq!(seen[0].contacts[0].value, "0141 496 0141");
}

/// A second server over `t`'s hub with the public reader in front of the hub's API, as
/// `peerguide hub serve` runs it; the reader's UI is a stand-in `index.html`.
struct ReaderServer {
    url: String,
    reader: std::sync::Arc<peerguide_hub::reader::Reader>,
    _ui: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ReaderServer {
    fn start(t: &TestHub) -> ReaderServer {
        let ui = tempfile::tempdir().unwrap();
        std::fs::write(
            ui.path().join("index.html"),
            "<!doctype html>\n<html lang=\"en\" dir=\"ltr\">\n  <head>\n    <title>Peer Guide</title>\n  </head>\n  <body>\n    <div id=\"app\"></div>\n  </body>\n</html>\n",
        )
        .unwrap();
        std::fs::write(
            ui.path().join("sw.js"),
            "self.addEventListener('fetch', () => {});\n",
        )
        .unwrap();
        std::fs::write(
            ui.path().join("reader-strings.json"),
            r#"{"en":{"app-name":"Peer Guide","topic-housing":"Housing","service-hours":"Opening hours"},
               "ar":{"app-name":"دليل الأقران","topic-housing":"السكن","service-hours":"ساعات العمل"}}"#,
        )
        .unwrap();
        std::fs::create_dir(ui.path().join("icons")).unwrap();
        std::fs::write(ui.path().join("icons/icon-192.png"), b"\x89PNG\r\n\x1a\n").unwrap();
        std::fs::create_dir(ui.path().join("assets")).unwrap();
        std::fs::write(
            ui.path().join("assets/app-Bq3x9ZkT.js"),
            "console.log('Peer Guide');\n".repeat(100),
        )
        .unwrap();
        let reader = std::sync::Arc::new(
            peerguide_hub::reader::Reader::open(t.hub.clone(), ui.path()).unwrap(),
        );
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (hub, r) = (t.hub.clone(), reader.clone());
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let app =
                    peerguide_hub::reader::router(r, peerguide_hub::http::router(hub.clone()));
                peerguide_hub::http::serve_app(listener, hub, app, async {
                    let _ = rx.await;
                })
                .await
                .unwrap();
            });
        });
        ReaderServer {
            url: format!("http://{}", addr_rx.recv().unwrap()),
            reader,
            _ui: ui,
            stop: Some(tx),
            thread: Some(thread),
        }
    }

    /// (status, headers, body) of a request with an optional bearer token.
    fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
    ) -> (u16, reqwest::header::HeaderMap, String) {
        let client = reqwest::blocking::Client::new();
        let mut req = client
            .request(method, format!("{}{path}", self.url))
            .header("content-type", "application/json")
            .body("{}");
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let resp = req.send().unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        (status, headers, resp.text().unwrap())
    }
}

impl Drop for ReaderServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            t.join().unwrap();
        }
    }
}

#[test]
fn the_public_reader_answers_every_role_alike_and_only_with_what_newcomers_receive() {
    let t = TestHub::start();
    let r = roles(&t);
    let (vol, vol_id) = r.volunteer.clone();
    let (_, hidden_id) = r.other_volunteer.clone();
    t.publish(
        vec![article("register-with-a-gp", &["en", "ar"], 1)],
        vec![service("govan-clinic", &["en", "ar"])],
    );
    // One approved profile, one never approved: only the first is public.
    let (status, _, _) = post_json(
        &t.url,
        "/v1/push",
        Some(&vol),
        profile(vol_id, "amal", "Amal"),
    );
    assert_eq!(status, 200);
    let (status, _, _) = post_json(
        &t.url,
        "/v1/push",
        Some(&t.coordinator),
        profile(hidden_id, "sami", "Sami"),
    );
    assert_eq!(status, 200);
    t.approve(vol_id);

    let server = ReaderServer::start(&t);
    let coord = t.coordinator.clone();
    let tokens: [(&str, Option<&str>); 4] = [
        ("anonymous", None),
        ("volunteer", Some(&vol)),
        ("coordinator", Some(&coord)),
        ("unknown", Some("pgt_nonsense")),
    ];
    let get = reqwest::Method::GET;
    let post = reqwest::Method::POST;
    for (who, token) in tokens {
        // The reader's routes read the replica and ignore any token: every role sees what a
        // newcomer's phone receives.
        let (status, headers, page) =
            server.send(get.clone(), "/ar/guide/register-with-a-gp", token);
        assert_eq!(status, 200, "{who}");
        assert!(
            page.contains(r#"<html lang="ar" dir="rtl">"#),
            "{who}: {page}"
        );
        assert!(
            page.contains("<title>register-with-a-gp in ar r1</title>"),
            "{who}"
        );
        assert!(page.contains("Body of register-with-a-gp in ar"), "{who}");
        assert!(headers.get("set-cookie").is_none(), "{who}");
        assert!(
            headers["content-security-policy"]
                .to_str()
                .unwrap()
                .starts_with("default-src 'self'"),
            "{who}"
        );
        // A topic's and a service's link preview in their language too.
        let (status, _, page) = server.send(get.clone(), "/ar/topic/housing", token);
        assert_eq!(status, 200, "{who}");
        assert!(page.contains("<title>السكن</title>"), "{who}: {page}");
        assert!(
            page.contains(r#"<a href="/ar/guide/register-with-a-gp""#),
            "{who}: {page}"
        );
        let (status, _, page) = server.send(get.clone(), "/ar/service/govan-clinic", token);
        assert_eq!(status, 200, "{who}");
        assert!(
            page.contains("<title>Service govan-clinic</title>"),
            "{who}: {page}"
        );
        assert!(
            page.contains(r#"<meta name="description" content="govan-clinic described in ar" />"#),
            "{who}: {page}"
        );
        assert!(page.contains("ساعات العمل"), "{who}: {page}");
        assert!(page.contains("1 Main Street"), "{who}: {page}");
        assert!(
            page.contains(r#"<link rel="manifest" href="/manifest/ar.webmanifest" />"#),
            "{who}"
        );
        // A move-on plan step's link opens the app in its language (the guide holds nobody's
        // dates, so it is the same page for everyone).
        let (status, _, page) = server.send(get.clone(), "/ar/plan/universal-credit", token);
        assert_eq!(status, 200, "{who}");
        assert!(
            page.contains(r#"<html lang="ar" dir="rtl">"#),
            "{who}: {page}"
        );
        for path in ["/ar/service/no-such-service", "/ar/topic/no-such-topic"] {
            let (status, _, _) = server.send(get.clone(), path, token);
            assert_eq!(status, 404, "{who} {path}");
        }
        // The manifest, the service worker and the icons, to install it.
        let (status, headers, manifest) =
            server.send(get.clone(), "/manifest/ar.webmanifest", token);
        assert_eq!(status, 200, "{who}");
        assert_eq!(headers["content-type"], "application/manifest+json");
        let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
        assert_eq!(manifest["name"], "دليل الأقران");
        assert_eq!(manifest["dir"], "rtl");
        assert_eq!(manifest["start_url"], "/");
        // The offline bundle: what a newcomer's phone receives, and nothing more.
        let (status, headers, bundle) = server.send(get.clone(), "/bundle/ar.json", token);
        assert_eq!(status, 200, "{who}: {bundle}");
        assert!(headers.get("set-cookie").is_none(), "{who}");
        let bundle: serde_json::Value = serde_json::from_str(&bundle).unwrap();
        assert_eq!(bundle["lang"], "ar");
        assert_eq!(bundle["articles"][0]["view"]["slug"], "register-with-a-gp");
        assert_eq!(bundle["services"][0]["slug"], "govan-clinic");
        let volunteers = bundle["volunteers"].to_string();
        assert!(volunteers.contains("0141 496 0141"), "{who}: {volunteers}");
        for hidden in ["Sami", "PEERS-07700", "STAFF-ONLY"] {
            assert!(
                !volunteers.contains(hidden),
                "{who}: {hidden} in the bundle"
            );
        }
        for path in ["/bundle/xx.json", "/bundle/ar", "/manifest/xx.webmanifest"] {
            let (status, _, _) = server.send(get.clone(), path, token);
            assert_eq!(status, 404, "{who} {path}");
        }
        for path in [
            "/",
            "/ar/topic/housing",
            "/fa/service/govan-clinic",
            "/assets/app-Bq3x9ZkT.js",
            "/sw.js",
            "/icons/icon-192.png",
        ] {
            let (status, headers, _) = server.send(get.clone(), path, token);
            assert_eq!(status, 200, "{who} {path}");
            assert!(
                headers.contains_key("content-security-policy"),
                "{who} {path}"
            );
        }
        let (status, _, _) = server.send(get.clone(), "/ar/guide/no-such-article", token);
        assert_eq!(status, 404, "{who}");
        let (status, _, body) = server.send(
            get.clone(),
            "/api/article?lang=ar&slug=register-with-a-gp",
            token,
        );
        assert_eq!(status, 200, "{who}: {body}");
        let (status, _, body) = server.send(get.clone(), "/api/volunteers?lang=en", token);
        assert_eq!(status, 200, "{who}: {body}");
        assert!(body.contains("Amal"), "{who}: {body}");
        assert!(
            !body.contains("Sami"),
            "{who}: a profile never approved is not public"
        );
        assert!(body.contains("0141 496 0141"), "{who}: {body}");
        assert!(
            !body.contains("PEERS-07700"),
            "{who}: a volunteers-only contact"
        );
        assert!(
            !body.contains("STAFF-ONLY"),
            "{who}: a coordinators-only contact"
        );
        // The search screen asks whether search finds everything yet: the reader's replica
        // takes each refresh into its index before it answers, so it always does.
        let (status, _, body) = server.send(get.clone(), "/api/search_status", token);
        assert_eq!(status, 200, "{who}: {body}");
        assert_eq!(body, r#"{"pending":0}"#, "{who}");
        // No write route, and nothing of the device's own.
        for path in [
            "/api/sync_now",
            "/api/set_hub",
            "/api/save_profile",
            "/api/join",
        ] {
            let (status, _, body) = server.send(post.clone(), path, token);
            assert_eq!(status, 404, "{who} {path}: {body}");
            assert!(body.contains("not-found"), "{who} {path}: {body}");
        }
        for path in [
            "/api/sync_status?lang=en",
            "/api/my_profile?lang=en",
            "/api/review_list",
        ] {
            let (status, _, _) = server.send(get.clone(), path, token);
            assert_eq!(status, 404, "{who} {path}");
        }
    }
    // The build's hash-named files go compressed to a browser that asks, and are kept for good.
    let resp = reqwest::blocking::Client::new()
        .get(format!("{}/assets/app-Bq3x9ZkT.js", server.url))
        .header("accept-encoding", "gzip")
        .send()
        .unwrap();
    assert_eq!(resp.headers()["content-encoding"], "gzip");
    assert!(
        resp.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(resp.bytes().unwrap().len() < 200);
    // The bundle goes compressed, and a phone that holds it is told so in a few bytes.
    let client = reqwest::blocking::Client::new();
    let resp = client
        .get(format!("{}/bundle/ar.json", server.url))
        .header("accept-encoding", "gzip")
        .send()
        .unwrap();
    assert_eq!(resp.headers()["content-encoding"], "gzip");
    assert_eq!(resp.headers()["cache-control"], "no-cache");
    let etag = resp.headers()["etag"].to_str().unwrap().to_owned();
    let resp = client
        .get(format!("{}/bundle/ar.json", server.url))
        .header("if-none-match", &etag)
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 304);
    // The hub's own API is still there, behind the reader.
    let (status, _, _) = post_json(&server.url, "/v1/pull", None, pull_body());
    assert_eq!(status, 200);
    let (status, _, _) = server.send(get.clone(), "/health", None);
    assert_eq!(status, 200);

    // A publish reaches the reader at its next refresh, or at once when its link is opened.
    t.publish(vec![article("new-article", &["en"], 1)], vec![]);
    let (status, _, _) = server.send(get.clone(), "/en/guide/new-article", None);
    assert_eq!(status, 200);
    t.publish(vec![article("later-article", &["en"], 1)], vec![]);
    assert!(server.reader.refresh().unwrap());
    assert!(!server.reader.refresh().unwrap(), "nothing new: no sync");
    let (_, _, body) = server.send(get.clone(), "/api/articles?lang=en&topic=housing", None);
    assert!(body.contains("later-article"), "{body}");
    // A publish is a new bundle, with a new ETag.
    let resp = client
        .get(format!("{}/bundle/ar.json", server.url))
        .header("if-none-match", &etag)
        .send()
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_ne!(resp.headers()["etag"].to_str().unwrap(), etag);
}
