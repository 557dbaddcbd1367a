//! The move-on plan travels like articles (published, signed, synced), and the reader's own
//! part of it never travels at all: a volunteer's phone with dates, ticks and a note syncs
//! through a recording proxy to a real hub, and neither the requests and answers on the wire,
//! nor the device's sync tables, nor the hub's files hold any of it; one call deletes it.

#[path = "support/proxy.rs"]
mod proxy;
mod support;

use std::io::Read;
use std::path::Path;

use peerguide_core::api::{Api, PlanDatesParams, PlanParams, PlanStepParams};
use peerguide_core::sync::{self, Field};
use peerguide_core::{Store, pack};
use peerguide_hub::PublishRequest;
use peerguide_sync_client::HttpTransport;
use proxy::Proxy;
use serde_json::json;
use support::{TestHub, opts, sync_with};

/// What the reader typed: none of it may leave the plan's own tables.
const DECISION: &str = "2026-02-17";
const SUPPORT_END: &str = "2026-04-03";
const NOTE: &str = "Caseworker Zhyar-7731, Govan office, ref HO/55/9921";

/// Every form of the reader's data a payload or a table could hold it in.
fn secrets() -> Vec<String> {
    vec![
        DECISION.into(),
        DECISION.replace('-', ""),
        SUPPORT_END.into(),
        SUPPORT_END.replace('-', ""),
        "Zhyar-7731".into(),
        "HO/55/9921".into(),
    ]
}

fn content_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

fn publish_demo_pack(t: &TestHub) -> peerguide_core::plan::Plan {
    let pack = pack::load(&content_dir()).unwrap();
    let plan = pack.plan.clone().expect("the demo pack has a plan");
    let request = PublishRequest {
        settings: pack.settings(),
        articles: pack.articles.into_iter().map(|a| a.record).collect(),
        services: pack.services.into_iter().map(|s| s.record).collect(),
        prune: false,
    };
    t.hub.publish(&t.coordinator(), &request).unwrap();
    plan
}

fn decompressed(bytes: &[u8], encoding: Option<&str>) -> Vec<u8> {
    match encoding {
        Some("zstd") => zstd::stream::decode_all(bytes).unwrap(),
        Some("gzip") => {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(bytes)
                .read_to_end(&mut out)
                .unwrap();
            out
        }
        _ => bytes.to_vec(),
    }
}

fn holds_secret(haystack: &[u8]) -> Option<String> {
    secrets()
        .into_iter()
        .find(|s| haystack.windows(s.len()).any(|w| w == s.as_bytes()))
}

/// Every value of every table but the plan's own, as text, read from the database file.
fn other_tables(db: &Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND name NOT IN ('plan_dates', 'plan_marks')",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut values = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                let text = match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        String::from_utf8_lossy(t).into_owned()
                    }
                    other => format!("{other:?}"),
                };
                values.push((table.clone(), text));
            }
        }
    }
    assert!(values.len() > 100, "the device holds the synced content");
    values
}

#[test]
fn the_readers_plan_never_reaches_a_sync_table_a_request_an_answer_or_the_hub() {
    let t = TestHub::start();
    let published = publish_demo_pack(&t);
    let net = Proxy::start(&t.url);
    let (token, id) = t.volunteer();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("phone.db");
    let phone = Api::new(Store::open(&db).unwrap());
    let mut link = HttpTransport::new(&net.url, Some(token)).unwrap();
    let sync_now = |link: &mut HttpTransport| {
        phone
            .store(|s| {
                Ok::<_, peerguide_core::Error>(sync_with(s, link, &opts(&["en", "ar", "fa"])))
            })
            .unwrap()
            .unwrap()
    };

    // The plan arrives signed, like articles, and is the one the pack holds.
    sync_now(&mut link);
    assert_eq!(phone.store(|s| s.plan()).unwrap(), Some(published));

    // The reader enters their dates, ticks a step, writes a note; the volunteer edits their
    // profile, so the next sync pushes as well as pulls.
    phone
        .save_plan_dates(PlanDatesParams {
            lang: "fa".into(),
            today: Some("2026-03-01".into()),
            decision: DECISION.into(),
            support_end: Some(SUPPORT_END.into()),
        })
        .unwrap();
    let view = phone
        .mark_plan_step(PlanStepParams {
            lang: "fa".into(),
            today: Some("2026-03-01".into()),
            step: "universal-credit".into(),
            done: true,
            note: NOTE.into(),
        })
        .unwrap();
    assert_eq!(view.decision.unwrap().to_string(), DECISION);
    phone
        .store(|s| {
            Ok::<_, peerguide_core::Error>(sync::edit_volunteer(
                s,
                id,
                "amal",
                &[(Field::DisplayName, json!("Amal"))],
                0,
            ))
        })
        .unwrap()
        .unwrap();
    sync_now(&mut link);
    sync_now(&mut link);

    let exchanges = net.exchanges();
    assert!(
        exchanges.iter().any(|e| e.path == "/v1/push")
            && exchanges.iter().any(|e| e.path == "/v1/pull"),
        "the device pushed and pulled: {:?}",
        exchanges.iter().map(|e| &e.path).collect::<Vec<_>>()
    );
    // The recording sees what travels: the profile edit in a push, the plan in a page.
    let plain = |e: &proxy::Exchange| {
        let encoding = e
            .request_headers
            .get("content-encoding")
            .and_then(|v| v.to_str().ok());
        (
            decompressed(&e.request, encoding),
            decompressed(&e.answer, e.answer_encoding.as_deref()),
        )
    };
    let has = |bytes: &[u8], text: &str| bytes.windows(text.len()).any(|w| w == text.as_bytes());
    assert!(
        exchanges
            .iter()
            .any(|e| e.path == "/v1/push" && has(&plain(e).0, "Amal"))
    );
    assert!(
        exchanges
            .iter()
            .any(|e| e.path == "/v1/pull" && has(&plain(e).1, "ask-for-more-time"))
    );
    for e in &exchanges {
        let encoding = e
            .request_headers
            .get("content-encoding")
            .and_then(|v| v.to_str().ok());
        let request = decompressed(&e.request, encoding);
        let answer = decompressed(&e.answer, e.answer_encoding.as_deref());
        assert_eq!(holds_secret(&request), None, "request to {}", e.path);
        assert_eq!(holds_secret(&answer), None, "answer from {}", e.path);
        // Nor in any header (an address, a token's neighbour).
        for (name, value) in &e.request_headers {
            assert_eq!(holds_secret(value.as_bytes()), None, "header {name}");
        }
    }

    for (table, value) in other_tables(&db) {
        assert_eq!(
            holds_secret(value.as_bytes()),
            None,
            "table {table}: {value}"
        );
    }
    for entry in std::fs::read_dir(t.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            assert_eq!(holds_secret(&bytes), None, "hub file {}", path.display());
        }
    }

    // The plan is still on the phone, and one call deletes it: from the tables and from the
    // files (log included).
    assert!(phone.store(|s| s.plan_personal()).unwrap().dates.is_some());
    phone.delete_plan().unwrap();
    let left = phone.store(|s| s.plan_personal()).unwrap();
    assert_eq!(left, Default::default());
    let after = phone
        .plan(PlanParams {
            lang: "en".into(),
            today: Some("2026-03-01".into()),
        })
        .unwrap()
        .unwrap();
    assert!(
        after
            .steps
            .iter()
            .all(|s| s.due.is_none() && !s.done && s.note.is_empty())
    );
    for suffix in ["", "-wal"] {
        let file = dir.path().join(format!("phone.db{suffix}"));
        if let Ok(bytes) = std::fs::read(&file) {
            assert_eq!(holds_secret(&bytes), None, "{}", file.display());
        }
    }
}
