//! Random and hostile requests at every hub endpoint over real HTTP, from every kind of
//! caller: each must be refused with a 4xx and a JSON error code, leave the database exactly
//! as it was, and leave the hub answering `/health` at once.

mod support;

use std::sync::Arc;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Value, json};
use support::*;

/// Field names the endpoints really have, so hostile bodies get past the first look.
const FIELDS: [&str; 16] = [
    "cursor",
    "langs",
    "limit",
    "batch_id",
    "docs",
    "articles",
    "services",
    "prune",
    "code",
    "role",
    "token_ttl_secs",
    "token_id",
    "id",
    "decision",
    "seen",
    "state",
];

/// Any JSON value, with the awkward ones likely: huge and negative numbers, long and
/// invisible strings, nesting.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        Just(json!(u64::MAX)),
        Just(json!(1u64 << 63)),
        Just(json!(f64::MAX)),
        Just(json!(-0.5)),
        ".{0,40}".prop_map(Value::String),
        (1usize..20_000).prop_map(|n| Value::String("\u{202E}x".repeat(n / 2))),
        Just(json!("00000000-0000-0000-0000-000000000000")),
        Just(json!("approve")),
        Just(json!("coordinator")),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    prop::sample::select(FIELDS.to_vec()).prop_map(str::to_owned),
                    ".{0,12}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A body no endpoint can accept.
#[derive(Debug, Clone)]
enum Body {
    /// Valid JSON of a wrong shape: an object always carries a field no endpoint has.
    Json(Value),
    /// Nesting far past any parser's depth limit.
    Deep(usize),
    /// Bytes that are not JSON.
    Garbage(Vec<u8>),
    /// A few KB that decompress to tens of MB.
    Bomb(&'static str),
}

fn hostile_body() -> impl Strategy<Value = Body> {
    prop_oneof![
        3 => any_json().prop_map(|v| Body::Json(match v {
            Value::Object(mut m) => {
                m.insert("\u{2066}hostile".into(), json!(true));
                Value::Object(m)
            }
            other => other,
        })),
        1 => (200usize..200_000).prop_map(Body::Deep),
        1 => prop::collection::vec(any::<u8>(), 0..512).prop_map(|mut b| {
            // A control character first: never JSON.
            b.insert(0, 1);
            Body::Garbage(b)
        }),
        1 => prop::sample::select(vec!["zstd", "gzip"]).prop_map(Body::Bomb),
    ]
}

/// Headers beside the token: protocol and encodings, mostly right, sometimes garbage.
#[derive(Debug, Clone)]
struct Headers {
    protocol: Option<&'static str>,
    content_type: &'static str,
    encoding: Option<&'static str>,
}

fn hostile_headers() -> impl Strategy<Value = Headers> {
    (
        prop_oneof![
            6 => Just(Some("1")),
            1 => prop::sample::select(vec![
                None, Some("abc"), Some(""), Some("-1"), Some("0"), Some("1.0"),
                Some("99999999999999999999"), Some("\u{0661}"),
            ]),
        ],
        prop::sample::select(vec![
            "application/json", "application/json", "text/plain", "multipart/form-data",
            "application/x-www-form-urlencoded", "",
        ]),
        prop_oneof![
            6 => Just(None),
            1 => prop::sample::select(vec![Some("br"), Some("gzip, zstd"), Some("x"), Some("identity")]),
        ],
    )
        .prop_map(|(protocol, content_type, encoding)| Headers {
            protocol,
            content_type,
            encoding,
        })
}

struct World {
    t: TestHub,
    /// (kind, Authorization header value)
    callers: Vec<(&'static str, Option<String>)>,
    zstd_bomb: Arc<Vec<u8>>,
    gzip_bomb: Arc<Vec<u8>>,
    client: reqwest::blocking::Client,
}

fn world() -> World {
    let t = TestHub::start();
    t.publish(
        vec![article("housing-basics", &["en", "ar"], 1)],
        vec![service("food-bank", &["en"])],
    );
    let (vol, vol_id) = t.volunteer();
    let mut device = open_store(&t.dir.path().join("device.db"));
    let mut transport = t.transport(Some(&vol));
    peerguide_core::sync::engine::edit_volunteer(
        &mut device,
        vol_id,
        "amal",
        &[(peerguide_core::sync::Field::DisplayName, json!("Amal"))],
        0,
    )
    .unwrap();
    sync_with(&mut device, &mut transport, &opts(&["en"])).unwrap();
    let revoked = t
        .hub
        .redeem(
            &t.hub
                .create_invite(peerguide_hub::Role::Volunteer, None)
                .unwrap()
                .code,
        )
        .unwrap();
    t.hub.revoke(&revoked.token_id).unwrap();
    let expired = t
        .hub
        .redeem(
            &t.hub
                .create_invite(peerguide_hub::Role::Coordinator, Some(0))
                .unwrap()
                .code,
        )
        .unwrap();
    let callers = vec![
        ("anonymous", None),
        ("volunteer", Some(format!("Bearer {vol}"))),
        ("volunteer", Some(format!("bearer {vol}"))),
        ("coordinator", Some(format!("Bearer {}", t.coordinator))),
        ("revoked", Some(format!("Bearer {}", revoked.token))),
        ("expired", Some(format!("Bearer {}", expired.token))),
        ("unknown", Some("Bearer pgt_nonsense".to_owned())),
        ("no token", Some("Bearer ".to_owned())),
        ("other scheme", Some(format!("Basic {vol}"))),
    ];
    let zstd_bomb = Arc::new(zstd::bulk::compress(&vec![b' '; 64 << 20], 1).unwrap());
    let gzip_bomb = {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..16 {
            enc.write_all(&chunk).unwrap();
        }
        Arc::new(enc.finish().unwrap())
    };
    World {
        t,
        callers,
        zstd_bomb,
        gzip_bomb,
        client: reqwest::blocking::Client::new(),
    }
}

/// Everything the hub keeps, in order: compared before and after each request.
fn dump(t: &TestHub) -> String {
    let conn = rusqlite::Connection::open_with_flags(
        t.dir.path().join("hub.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let mut out = String::new();
    for table in [
        "meta",
        "records",
        "invites",
        "tokens",
        "batches",
        "volunteer_reviews",
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
            .unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            out.push_str(table);
            for i in 0..columns {
                let v: rusqlite::types::Value = row.get(i).unwrap();
                out.push_str(&format!(" {v:?}"));
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn hostile_requests_are_refused_with_a_code_and_change_nothing() {
    let w = world();
    let routes: Vec<&'static str> = peerguide_hub::http::ROUTES.to_vec();
    let callers = w.callers.clone();
    let strategy = (
        prop::sample::select(routes),
        0..callers.len(),
        hostile_body(),
        hostile_headers(),
    );
    let mut runner = TestRunner::new(Config {
        cases: 192,
        failure_persistence: None,
        ..Config::default()
    });
    let before = dump(&w.t);
    runner
        .run(&strategy, |(route, caller, body, headers)| {
            let (kind, auth) = &callers[caller];
            let (bytes, encoding) = match &body {
                Body::Json(v) => (serde_json::to_vec(v).unwrap(), headers.encoding),
                Body::Deep(n) => (
                    format!("{}{}", "[".repeat(*n), "]".repeat(*n)).into_bytes(),
                    headers.encoding,
                ),
                Body::Garbage(b) => (b.clone(), headers.encoding),
                Body::Bomb(kind) if *kind == "zstd" => (w.zstd_bomb.to_vec(), Some("zstd")),
                Body::Bomb(_) => (w.gzip_bomb.to_vec(), Some("gzip")),
            };
            let mut req = w.client.post(format!("{}{route}", w.t.url)).body(bytes);
            if !headers.content_type.is_empty() {
                req = req.header("content-type", headers.content_type);
            }
            if let Some(p) = headers.protocol {
                req = req.header("peerguide-protocol", p);
            }
            if let Some(e) = encoding {
                req = req.header("content-encoding", e);
            }
            if let Some(a) = auth {
                req = req.header("authorization", a);
            }
            let resp = req.send().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let status = resp.status().as_u16();
            let text = resp.text().unwrap_or_default();
            let code = serde_json::from_str::<Value>(&text)
                .ok()
                .and_then(|v| v["error"]["code"].as_str().map(str::to_owned));
            prop_assert!(
                (400..500).contains(&status) && code.is_some(),
                "{kind} on {route} with {headers:?}: {status} {text}"
            );
            // A liveness check, measured once per case and generous: the hub is not busy
            // with what it just refused.
            let started = std::time::Instant::now();
            let health = w.client.get(format!("{}/health", w.t.url)).send().unwrap();
            let took = started.elapsed();
            prop_assert_eq!(health.status().as_u16(), 200);
            prop_assert!(
                took < std::time::Duration::from_millis(100),
                "/health took {took:?} after {kind} on {route}"
            );
            prop_assert!(
                dump(&w.t) == before,
                "{kind} on {route} changed the database"
            );
            Ok(())
        })
        .unwrap();
}
