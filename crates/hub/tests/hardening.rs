//! What a hostile device, client or network must not be able to do to the hub, each over
//! real HTTP: break its clock, store oversized profiles, exhaust it with compressed bombs or
//! half-sent requests, or slip past its header checks.

mod support;

use serde_json::json;
use support::*;
use uuid::Uuid;

fn now_ms() -> u64 {
    peerguide_core::sync::hlc::wall_clock_ms()
}

fn stamp(wall_ms: u64, counter: u32) -> String {
    format!("{wall_ms:012x}-{counter:04x}-{}", Uuid::now_v7().simple())
}

fn name_push(id: Uuid, slug: &str, name: &str, at: String) -> serde_json::Value {
    json!({
        "batch_id": Uuid::now_v7(),
        "docs": [{"id": id, "slug": slug, "fields": {
            "display-name": {"at": at, "value": name}
        }}]
    })
}

#[test]
fn a_clock_stamp_at_the_counter_limit_never_breaks_later_pushes() {
    let t = TestHub::start();
    let (vol, id) = t.volunteer();
    let slug = format!("volunteer-{}", &id.simple().to_string()[20..]);
    // Thirty seconds ahead (within the accepted skew) with a full counter.
    let ahead = now_ms() + 30_000;
    let (status, code, body) = post_json(
        &t.url,
        "/v1/push",
        Some(&vol),
        name_push(id, &slug, "Amal", stamp(ahead, u32::MAX)),
    );
    assert_eq!(status, 200, "{code:?} {body}");
    // A device whose clock is fast but behind the stamp: the hub must tick past the full
    // counter for every one of these.
    for (i, skew) in [0u64, 5_000, 10_000, 20_000].into_iter().enumerate() {
        let (status, code, body) = post_json(
            &t.url,
            "/v1/push",
            Some(&vol),
            name_push(id, &slug, &format!("Amal {i}"), stamp(now_ms() + skew, 0)),
        );
        assert_eq!(status, 200, "push {i}: {code:?} {body}");
        // A stamp more than a minute ahead is replaced by the hub's clock: also a tick.
        let (status, code, body) = post_json(
            &t.url,
            "/v1/push",
            Some(&vol),
            name_push(id, &slug, "Amal", stamp(now_ms() + 3_600_000, 7)),
        );
        assert_eq!(status, 200, "far-ahead push {i}: {code:?} {body}");
    }
}

fn zstd_bomb(plain_bytes: usize) -> Vec<u8> {
    zstd::bulk::compress(&vec![b' '; plain_bytes], 1).unwrap()
}

fn gzip_bomb(plain_bytes: usize) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..plain_bytes / chunk.len() {
        enc.write_all(&chunk).unwrap();
    }
    enc.finish().unwrap()
}

/// A POST with any headers: (status, error code).
fn post(url: &str, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> (u16, Option<String>) {
    let client = reqwest::blocking::Client::new();
    let mut req = client.post(format!("{url}{path}")).body(body);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let resp = req.send().unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().unwrap_or_default();
    let code = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v["error"]["code"].as_str().map(str::to_owned));
    (status, code)
}

/// The headers of a compressed sync request, with a token if given.
fn with<'a>(encoding: &'a str, token: Option<&'a str>) -> Vec<(&'a str, &'a str)> {
    let mut h = vec![("peerguide-protocol", "1"), ("content-encoding", encoding)];
    if let Some(token) = token {
        h.push(("authorization", token));
    }
    h
}

fn count(t: &TestHub, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(t.dir.path().join("hub.db")).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn health_ms(url: &str) -> u128 {
    let started = std::time::Instant::now();
    let resp = reqwest::blocking::get(format!("{url}/health")).unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    started.elapsed().as_millis()
}

#[test]
fn an_oversized_profile_is_refused_and_nothing_is_stored() {
    let t = TestHub::start();
    let (vol, id) = t.volunteer();
    let slug = format!("volunteer-{}", &id.simple().to_string()[20..]);
    let at = || stamp(now_ms(), 0);
    let big = "x".repeat(5_000);
    let langs = ["ar", "fa", "ckb", "ti", "uk", "fr", "es", "so", "ps", "en"];
    let about: serde_json::Map<String, serde_json::Value> =
        langs.iter().map(|l| (l.to_string(), json!(big))).collect();
    let contacts: Vec<_> = (0..60)
        .map(|i| json!({"channel": "phone", "value": format!("{i} {}", "7".repeat(190)), "visible_to": "everyone"}))
        .collect();
    let huge = |fields: serde_json::Value| json!({"batch_id": Uuid::now_v7(), "docs": [{"id": id, "slug": slug, "fields": fields}]});
    let records = count(&t, "records");
    // Each field over its bound, and all together: 422 with the code, nothing kept.
    for fields in [
        json!({"display-name": {"at": at(), "value": "Amal"}, "about": {"at": at(), "value": about}}),
        json!({"display-name": {"at": at(), "value": "Amal"}, "contacts": {"at": at(), "value": contacts}}),
        json!({"display-name": {"at": at(), "value": "x".repeat(101)}}),
        json!({"languages": {"at": at(), "value": vec![json!({"lang": "ar", "level": "native"}); 21]}}),
        json!({"topics": {"at": at(), "value": vec!["housing"; 21]}}),
        json!({"availability": {"at": at(), "value": {"mon": vec!["09:00-10:00"; 9]}}}),
    ] {
        let (status, code, body) = post_json(&t.url, "/v1/push", Some(&vol), huge(fields));
        assert_eq!(
            (status, code.as_deref()),
            (422, Some("profile-too-large")),
            "{body}"
        );
    }
    // A 43 MB profile, 1 KB or so compressed, is stopped before it is even parsed.
    let mut bomb_fields = serde_json::to_vec(&huge(json!({
        "display-name": {"at": at(), "value": "Amal"},
        "about": {"at": at(), "value": {"en": "x".repeat(43 << 20)}}
    })))
    .unwrap();
    let compressed = zstd::bulk::compress(&bomb_fields, 3).unwrap();
    bomb_fields.clear();
    let auth = format!("Bearer {vol}");
    let (status, code) = post(
        &t.url,
        "/v1/push",
        &[
            ("authorization", auth.as_str()),
            ("peerguide-protocol", "1"),
            ("content-encoding", "zstd"),
        ],
        compressed,
    );
    assert_eq!((status, code.as_deref()), (413, Some("too-large")));
    assert_eq!(count(&t, "records"), records);
    assert_eq!(count(&t, "batches"), 0);
}

#[test]
fn a_name_to_show_must_show_something_and_cannot_disguise_text() {
    let t = TestHub::start();
    let (vol, id) = t.volunteer();
    let slug = format!("volunteer-{}", &id.simple().to_string()[20..]);
    for bad in [
        "",
        "   ",
        "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}",
        "\u{200E}\u{200F}\u{061C}",
        "Amal\u{202E}llahs",
        "\u{2067}Amal\u{2069}",
        "Am\nal",
        "Amal\u{7}",
    ] {
        let (status, code, body) = post_json(
            &t.url,
            "/v1/push",
            Some(&vol),
            name_push(id, &slug, bad, stamp(now_ms(), 0)),
        );
        assert_eq!(
            (status, code.as_deref()),
            (422, Some("invalid-display-name")),
            "{bad:?}: {body}"
        );
    }
    assert_eq!(count(&t, "batches"), 0);
    // A zero-width non-joiner inside a Persian name is how the name is written.
    let (status, _, body) = post_json(
        &t.url,
        "/v1/push",
        Some(&vol),
        name_push(id, &slug, "مهر\u{200C}ناز", stamp(now_ms(), 0)),
    );
    assert_eq!(status, 200, "{body}");
}

#[test]
fn compressed_bombs_are_refused_before_they_cost_memory_and_health_stays_responsive() {
    let t = TestHub::start();
    let (vol, _) = t.volunteer();
    let auth = format!("Bearer {vol}");
    let zstd = zstd_bomb(64 << 20);
    let gzip = gzip_bomb(8 << 20);
    // Small enough to pass every wire limit: only decompressing would make them large.
    assert!(
        zstd.len() < 16 << 10 && gzip.len() < 16 << 10,
        "{} {}",
        zstd.len(),
        gzip.len()
    );
    let url = t.url.clone();
    let clients: Vec<_> = (0..8)
        .map(|i| {
            let (url, auth, zstd, gzip) = (url.clone(), auth.clone(), zstd.clone(), gzip.clone());
            std::thread::spawn(move || {
                let mut answers = Vec::new();
                for round in 0..3 {
                    let (body, encoding) = if (i + round) % 2 == 0 {
                        (zstd.clone(), "zstd")
                    } else {
                        (gzip.clone(), "gzip")
                    };
                    let anonymous = with(encoding, None);
                    let volunteer = with(encoding, Some(auth.as_str()));
                    let unknown = with(encoding, Some("Bearer pgt_nonsense"));
                    answers.push(("pull", post(&url, "/v1/pull", &anonymous, body.clone())));
                    answers.push(("push", post(&url, "/v1/push", &volunteer, body.clone())));
                    // No token: refused before the body is looked at.
                    answers.push((
                        "anonymous push",
                        post(&url, "/v1/push", &anonymous, body.clone()),
                    ));
                    answers.push(("unknown token", post(&url, "/v1/pull", &unknown, body)));
                }
                answers
            })
        })
        .collect();
    let health: Vec<u128> = (0..20).map(|_| health_ms(&t.url)).collect();
    for client in clients {
        for (what, answer) in client.join().unwrap() {
            let expected = match what {
                "anonymous push" => (401, Some("token-required".to_owned())),
                "unknown token" => (401, Some("token-unknown".to_owned())),
                _ => (413, Some("too-large".to_owned())),
            };
            assert_eq!(answer, expected, "{what}");
        }
    }
    // A liveness check, not a benchmark (BENCHMARKS.md has the figures): the hub answered
    // throughout, where decompressing the bombs used to stall it for seconds.
    assert!(
        health.iter().all(|ms| *ms < 2_000),
        "/health took {health:?} ms"
    );
}

#[test]
fn a_lower_case_bearer_scheme_is_still_a_token() {
    let t = TestHub::start();
    let (vol, id) = t.volunteer();
    let slug = format!("volunteer-{}", &id.simple().to_string()[20..]);
    for scheme in ["bearer", "BEARER", "Bearer", "bEaReR"] {
        let auth = format!("{scheme} {vol}");
        let body = serde_json::to_vec(&name_push(id, &slug, "Amal", stamp(now_ms(), 0))).unwrap();
        let (status, code) = post(
            &t.url,
            "/v1/push",
            &[
                ("authorization", auth.as_str()),
                ("peerguide-protocol", "1"),
            ],
            body,
        );
        assert_eq!((status, code), (200, None), "{scheme}");
    }
    // Another scheme is no token at all, so a push needs one.
    let auth = format!("Basic {vol}");
    let body = serde_json::to_vec(&name_push(id, &slug, "Amal", stamp(now_ms(), 0))).unwrap();
    let (status, code) = post(
        &t.url,
        "/v1/push",
        &[
            ("authorization", auth.as_str()),
            ("peerguide-protocol", "1"),
        ],
        body,
    );
    assert_eq!((status, code.as_deref()), (401, Some("token-required")));
}

#[test]
fn a_protocol_header_that_is_not_a_number_is_a_bad_request_not_an_update() {
    let t = TestHub::start();
    let body = || serde_json::to_vec(&json!({"cursor": 0, "langs": ["en"]})).unwrap();
    for (value, expected) in [
        ("abc", (400, "protocol-invalid")),
        ("-1", (400, "protocol-invalid")),
        ("1.0", (400, "protocol-invalid")),
        ("99999999999999999999999", (400, "protocol-invalid")),
        ("0", (426, "protocol-too-old")),
        ("3", (400, "protocol-too-new")),
        ("4294967296", (400, "protocol-too-new")),
    ] {
        let (status, code, text) = raw_post(&t.url, "/v1/pull", None, Some(value), body());
        assert_eq!(
            (status, code.as_deref()),
            (expected.0, Some(expected.1)),
            "{value}: {text}"
        );
    }
    let (status, _, _) = raw_post(&t.url, "/v1/pull", None, Some(" 1 "), body());
    assert_eq!(status, 200);
}

#[test]
fn a_cursor_beyond_what_a_hub_hands_out_is_refused_never_read_as_zero() {
    let t = TestHub::start();
    t.publish(vec![article("housing-basics", &["en"], 1)], vec![]);
    for cursor in [1u64 << 63, u64::MAX] {
        let (status, code, text) = post_json(
            &t.url,
            "/v1/pull",
            None,
            json!({"cursor": cursor, "langs": ["en"]}),
        );
        assert_eq!(
            (status, code.as_deref()),
            (400, Some("invalid-cursor")),
            "{cursor}: {text}"
        );
    }
    let (status, code, _) = raw_post(
        &t.url,
        "/v1/pull",
        None,
        Some("1"),
        br#"{"cursor": 18446744073709551616, "langs": ["en"]}"#.to_vec(),
    );
    assert_eq!((status, code.as_deref()), (422, Some("wrong-shape")));
}

#[test]
fn an_invite_with_an_absurd_lifetime_is_refused_and_redeeming_never_panics() {
    let t = TestHub::start();
    let (status, code, text) = post_json(
        &t.url,
        "/v1/invites",
        Some(&t.coordinator),
        json!({"role": "volunteer", "token_ttl_secs": u64::MAX}),
    );
    assert_eq!(
        (status, code.as_deref()),
        (422, Some("invalid-lifetime")),
        "{text}"
    );
    let max = peerguide_hub::MAX_TOKEN_TTL_SECS;
    let (status, _, text) = post_json(
        &t.url,
        "/v1/invites",
        Some(&t.coordinator),
        json!({"role": "volunteer", "token_ttl_secs": max}),
    );
    assert_eq!(status, 200, "{text}");
    let code: String = serde_json::from_str::<serde_json::Value>(&text).unwrap()["code"]
        .as_str()
        .unwrap()
        .to_owned();
    // An invite made before lifetimes were bounded, with the largest lifetime SQLite holds.
    let legacy = t
        .hub
        .create_invite(peerguide_hub::Role::Volunteer, None)
        .unwrap();
    let conn = rusqlite::Connection::open(t.dir.path().join("hub.db")).unwrap();
    conn.execute("UPDATE invites SET token_ttl_secs = ?1", [i64::MAX])
        .unwrap();
    drop(conn);
    for code in [code, legacy.code] {
        let (status, _, text) = post_json(&t.url, "/v1/redeem", None, json!({"code": code}));
        assert_eq!(status, 200, "{text}");
        let expires = serde_json::from_str::<serde_json::Value>(&text).unwrap()["expires_at"]
            .as_u64()
            .unwrap();
        assert!(expires <= now_ms() / 1000 + max + 1);
    }
}

fn quick_hub() -> TestHub {
    TestHub::start_with(peerguide_hub::HubConfig {
        header_timeout: std::time::Duration::from_secs(1),
        body_timeout: std::time::Duration::from_secs(1),
        ..peerguide_hub::HubConfig::default()
    })
}

/// Reads until the hub closes the connection; what it sent, or `None` if it was still
/// open after `wait`.
fn read_until_closed(
    stream: &mut std::net::TcpStream,
    wait: std::time::Duration,
) -> Option<String> {
    use std::io::Read;
    stream.set_read_timeout(Some(wait)).unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return Some(String::from_utf8_lossy(&got).into_owned()),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return Some(String::from_utf8_lossy(&got).into_owned());
            }
            Err(_) => return None,
        }
    }
}

#[test]
fn half_sent_and_idle_connections_are_closed() {
    use std::io::Write;
    let t = quick_hub();
    let addr = t.url.trim_start_matches("http://").to_owned();
    let wait = std::time::Duration::from_secs(5);
    // Connected, nothing sent.
    let mut idle = std::net::TcpStream::connect(&addr).unwrap();
    // Half a request head.
    let mut half_head = std::net::TcpStream::connect(&addr).unwrap();
    half_head
        .write_all(b"POST /v1/pull HTTP/1.1\r\nHost: hub\r\npeerguide-protocol: 1\r\n")
        .unwrap();
    // A whole head, then a tenth of the body it announced.
    let mut half_body = std::net::TcpStream::connect(&addr).unwrap();
    half_body
        .write_all(b"POST /v1/pull HTTP/1.1\r\nHost: hub\r\npeerguide-protocol: 1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"cursor\"")
        .unwrap();
    // One answered request, then silence on the kept-alive connection.
    let mut kept_alive = std::net::TcpStream::connect(&addr).unwrap();
    kept_alive
        .write_all(b"GET /health HTTP/1.1\r\nHost: hub\r\n\r\n")
        .unwrap();
    assert_eq!(read_until_closed(&mut idle, wait).as_deref(), Some(""));
    assert_eq!(read_until_closed(&mut half_head, wait).as_deref(), Some(""));
    let answer = read_until_closed(&mut half_body, wait).expect("closed");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("request-timeout"), "{answer}");
    let answer = read_until_closed(&mut kept_alive, wait).expect("closed");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // The hub still serves everyone else.
    assert_eq!(
        reqwest::blocking::get(format!("{}/health", t.url))
            .unwrap()
            .status(),
        200
    );
}

#[cfg(unix)]
#[test]
fn the_database_its_log_and_the_key_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestHub::start();
    // Something written, so the log and shared memory files exist.
    t.publish(vec![article("housing-basics", &["en"], 1)], vec![]);
    for file in ["hub.db", "hub.db-wal", "hub.db-shm", "org-key"] {
        let mode = std::fs::metadata(t.dir.path().join(file))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file}: {mode:o}");
    }
}

#[cfg(unix)]
#[test]
fn a_hub_made_world_readable_is_made_owner_only_when_it_opens() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestHub::start();
    let db = t.dir.path().join("hub.db");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    peerguide_hub::Hub::open(t.dir.path(), peerguide_hub::HubConfig::default()).unwrap();
    let mode = std::fs::metadata(&db).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");
}

#[test]
fn push_batch_answers_are_purged_after_their_retention() {
    let t = TestHub::start();
    let (vol, id) = t.volunteer();
    let slug = format!("volunteer-{}", &id.simple().to_string()[20..]);
    let batch = name_push(id, &slug, "Amal", stamp(now_ms(), 0));
    let (status, _, first) = post_json(&t.url, "/v1/push", Some(&vol), batch.clone());
    assert_eq!(status, 200, "{first}");
    assert_eq!(count(&t, "batches"), 1);
    // Within the retention nothing goes.
    assert_eq!(t.hub.purge_expired().unwrap().1, 0);
    assert_eq!(count(&t, "batches"), 1);
    // The answer is made 31 days old (the retention is 30).
    let conn = rusqlite::Connection::open(t.dir.path().join("hub.db")).unwrap();
    let old = now_ms() as i64 - 31 * 24 * 3600 * 1000;
    conn.execute("UPDATE batches SET at = ?1", [old]).unwrap();
    drop(conn);
    assert_eq!(t.hub.purge_expired().unwrap().1, 1);
    assert_eq!(count(&t, "batches"), 0);
    // The batch sent again after its answer was purged changes nothing.
    let records = count(&t, "records");
    let (status, _, again) = post_json(&t.url, "/v1/push", Some(&vol), batch);
    assert_eq!(status, 200, "{again}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&again).unwrap()["changed"],
        0
    );
    assert_eq!(count(&t, "records"), records);
}

#[test]
fn a_body_that_is_not_a_json_object_is_the_wrong_shape_even_where_every_field_is_optional() {
    // serde fills a struct from an array of its fields in order, so `[]` used to list every
    // profile as if it were `{}`.
    let t = TestHub::start();
    let protocol = peerguide_core::sync::protocol::PROTOCOL_VERSION.to_string();
    let post = |body: &str| {
        raw_post(
            &t.url,
            "/v1/volunteers/profiles",
            Some(&t.coordinator),
            Some(&protocol),
            body.as_bytes().to_vec(),
        )
    };
    for body in ["[]", " [\"pending\"]", "null", "\"{}\""] {
        let (status, code, text) = post(body);
        assert_eq!(
            (status, code.as_deref()),
            (422, Some("wrong-shape")),
            "{body}: {text}"
        );
    }
    let (status, _, text) = post(" {}");
    assert_eq!(status, 200, "{text}");
}
