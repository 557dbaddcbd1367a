//! The hub and sync commands as an organisation uses them: real `peerguide` processes on
//! loopback, killed at bad moments.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use peerguide_core::article::{Article, ReviewState, Translation};
use peerguide_core::{Store, Topic};
use peerguide_hub::{Hub, HubConfig, PublishRequest};

fn peerguide(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peerguide"))
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// `peerguide hub serve` on a free loopback port; returns the process and its URL.
fn serve(data: &Path) -> (Child, String) {
    serve_with(data, &[])
}

/// [`serve`] with more arguments.
fn serve_with(data: &Path, more: &[&str]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_peerguide"))
        .args([
            "hub",
            "serve",
            "--data",
            data.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
        ])
        .args(more)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_owned();
    (child, url)
}

/// A hub made with `hub init` in `data` and served, and its first coordinator's token (from
/// `join` with the invite `init` printed).
fn coordinated_hub(data: &Path) -> (Child, String, String) {
    let init = json_of(&peerguide(&[
        "--json",
        "hub",
        "init",
        "--data",
        data.to_str().unwrap(),
    ]));
    let (hub, url) = serve(data);
    let token = json_of(&peerguide(&[
        "--json",
        "join",
        "--hub",
        &url,
        init["invite"]["code"].as_str().unwrap(),
    ]))["token"]
        .as_str()
        .unwrap()
        .to_owned();
    (hub, url, token)
}

fn json_of(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", text(o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn big_hub(dir: &Path, articles: usize) {
    let init = Hub::init(dir).unwrap();
    let hub = Hub::open(dir, HubConfig::default()).unwrap();
    let coordinator = hub.redeem(&init.invite.code).unwrap().token;
    let who = hub.authenticate(Some(&coordinator)).unwrap();
    let body = "Words about rights and services in Glasgow. ".repeat(40);
    let articles = (0..articles)
        .map(|i| Article {
            id: uuid::Uuid::nil(),
            slug: format!("article-{i}"),
            topic: Topic::Housing,
            revision: 1,
            position: i as u32,
            translations: ["en", "ar"]
                .iter()
                .map(|l| Translation {
                    lang: l.parse().unwrap(),
                    title: format!("Article {i} {l}"),
                    summary: "A summary.".into(),
                    body: body.clone(),
                    source_revision: 1,
                    review: ReviewState::Reviewed,
                    translated: Default::default(),
                })
                .collect(),
            provenance: Default::default(),
        })
        .collect();
    hub.publish(
        &who,
        &PublishRequest {
            articles,
            services: vec![],
            settings: vec![],
            prune: false,
        },
    )
    .unwrap();
}

#[test]
fn an_organisation_sets_up_a_hub_publishes_invites_and_devices_sync() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("hub");
    let init = json_of(&peerguide(&[
        "--json",
        "hub",
        "init",
        "--data",
        data.to_str().unwrap(),
    ]));
    let code = init["invite"]["code"].as_str().unwrap().to_owned();
    let again = peerguide(&["hub", "init", "--data", data.to_str().unwrap()]);
    assert!(
        !again.status.success(),
        "a second init must not replace the key"
    );
    let (mut hub, url) = serve(&data);

    let joined = json_of(&peerguide(&["--json", "join", "--hub", &url, &code]));
    let token = joined["token"].as_str().unwrap().to_owned();
    let reuse = peerguide(&["--json", "join", "--hub", &url, &code]);
    assert!(text(&reuse).contains("invite-used"), "{}", text(&reuse));

    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let published = json_of(&peerguide(&[
        "--json",
        "publish",
        "--hub",
        &url,
        "--token",
        &token,
        pack.to_str().unwrap(),
    ]));
    assert!(published["signed"].as_u64().unwrap() > 10);

    let invite = json_of(&peerguide(&[
        "--json",
        "invite",
        "--hub",
        &url,
        "--token",
        &token,
        "--role",
        "volunteer",
    ]));
    let volunteer = json_of(&peerguide(&[
        "--json",
        "join",
        "--hub",
        &url,
        invite["code"].as_str().unwrap(),
    ]));
    let vtoken = volunteer["token"].as_str().unwrap();
    let denied = peerguide(&[
        "--json",
        "publish",
        "--hub",
        &url,
        "--token",
        vtoken,
        pack.to_str().unwrap(),
    ]);
    assert!(!denied.status.success());
    assert!(text(&denied).contains("forbidden"), "{}", text(&denied));

    let db = dir.path().join("phone.db");
    let db = db.to_str().unwrap();
    let synced = json_of(&peerguide(&[
        "--json", "sync", "--db", db, "--hub", &url, "--lang", "ar,fa",
    ]));
    assert!(synced["report"]["pulled"].as_u64().unwrap() > 10);
    let article = peerguide(&["article", "--db", db, "--lang", "ar", "register-with-a-gp"]);
    assert!(article.status.success(), "{}", text(&article));
    let again = json_of(&peerguide(&[
        "--json", "sync", "--db", db, "--hub", &url, "--lang", "ar,fa",
    ]));
    assert_eq!(again["report"]["round_trips"], 1);
    assert!(again["bytes_received"].as_u64().unwrap() < 2048);

    hub.kill().unwrap();
    hub.wait().unwrap();
    let offline = peerguide(&["--json", "sync", "--db", db, "--hub", &url]);
    assert!(!offline.status.success());
    assert!(
        text(&offline).contains("hub-unreachable"),
        "{}",
        text(&offline)
    );
    let still = peerguide(&["article", "--db", db, "--lang", "ar", "register-with-a-gp"]);
    assert!(still.status.success(), "the store still works offline");
}

#[test]
fn a_sync_killed_mid_apply_leaves_the_database_intact_and_the_next_sync_completes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("hub");
    big_hub(&data, 1500);
    let (mut hub, url) = serve(&data);
    let db = dir.path().join("device.db");
    let db_s = db.to_str().unwrap().to_owned();

    let mut interrupted = 0;
    for delay_ms in [100u64, 300, 700, 1200] {
        let mut sync = Command::new(env!("CARGO_BIN_EXE_peerguide"))
            .args([
                "sync",
                "--db",
                &db_s,
                "--hub",
                &url,
                "--lang",
                "ar",
                "--page-size",
                "40",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = sync.kill(); // SIGKILL: no chance to clean up
        let _ = sync.wait();

        let conn = rusqlite::Connection::open(&db).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        // The cursor and the records applied agree: nothing half-applied.
        let cursor: Option<String> = conn
            .query_row(
                "SELECT value FROM sync_state WHERE key = 'cursor'",
                [],
                |r| r.get(0),
            )
            .ok();
        // A kill can land before the new database has its tables (a loaded machine starts
        // the process slowly): then it holds nothing, which is intact too.
        let has_tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sync_records'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let records: i64 = if has_tables == 0 {
            0
        } else {
            conn.query_row("SELECT count(*) FROM sync_records", [], |r| r.get(0))
                .unwrap()
        };
        let cursor: i64 = cursor.and_then(|c| c.parse().ok()).unwrap_or(0);
        assert_eq!(
            records, cursor,
            "every record up to the cursor, and none beyond"
        );
        if records > 0 && records < 4500 {
            interrupted += 1;
        }
        drop(conn);
        assert!(Store::open(&db).is_ok());
    }
    assert!(
        interrupted > 0,
        "no kill landed mid-sync; the test proves nothing"
    );
    let done = peerguide(&[
        "--json", "sync", "--db", &db_s, "--hub", &url, "--lang", "ar",
    ]);
    assert!(done.status.success(), "{}", text(&done));
    let counts = Store::open(&db).unwrap().counts().unwrap();
    assert_eq!((counts.articles, counts.translations), (1500, 3000));
    hub.kill().unwrap();
    hub.wait().unwrap();
}

#[test]
fn a_hub_killed_after_acknowledging_a_publish_still_has_it_after_restart() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("hub");
    let (mut hub, url, token) = coordinated_hub(&data);
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let published = json_of(&peerguide(&[
        "--json",
        "publish",
        "--hub",
        &url,
        "--token",
        &token,
        pack.to_str().unwrap(),
    ]));
    hub.kill().unwrap(); // SIGKILL straight after the acknowledgement
    hub.wait().unwrap();

    let (mut hub, url) = serve(&data);
    let db = dir.path().join("d.db");
    let synced = json_of(&peerguide(&[
        "--json",
        "sync",
        "--db",
        db.to_str().unwrap(),
        "--hub",
        &url,
        "--lang",
        "ar,fa,ckb,ti,uk,fr",
    ]));
    assert!(synced["report"]["pulled"].as_u64().unwrap() > 0);
    let all = json_of(&peerguide(&[
        "--json",
        "publish",
        "--hub",
        &url,
        "--token",
        &token,
        pack.to_str().unwrap(),
    ]));
    assert_eq!(all["signed"], 0, "everything acknowledged was kept: {all}");
    assert_eq!(all["unchanged"], published["signed"]);
    hub.kill().unwrap();
    hub.wait().unwrap();
}

#[test]
fn a_device_with_imported_content_takes_the_hubs_records_for_the_same_slugs() {
    let dir = tempfile::tempdir().unwrap();
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let db = dir.path().join("demo.db");
    let db = db.to_str().unwrap();
    assert!(
        peerguide(&["import", "--db", db, pack.to_str().unwrap()])
            .status
            .success()
    );

    let data = dir.path().join("hub");
    let (mut hub, url, token) = coordinated_hub(&data);
    json_of(&peerguide(&[
        "--json",
        "publish",
        "--hub",
        &url,
        "--token",
        &token,
        pack.to_str().unwrap(),
    ]));
    let synced = peerguide(&["--json", "sync", "--db", db, "--hub", &url, "--lang", "ar"]);
    assert!(synced.status.success(), "{}", text(&synced));
    let article = peerguide(&["article", "--db", db, "--lang", "ar", "register-with-a-gp"]);
    assert!(article.status.success(), "{}", text(&article));
    hub.kill().unwrap();
    hub.wait().unwrap();
}

/// A hub with a coordinator and Amal, whose profile waits for approval.
fn hub_with_amal(dir: &Path) -> (String, uuid::Uuid) {
    let init = Hub::init(dir).unwrap();
    let hub = Hub::open(dir, HubConfig::default()).unwrap();
    let coordinator = hub.redeem(&init.invite.code).unwrap().token;
    let amal = hub
        .redeem(
            &hub.create_invite(peerguide_hub::Role::Volunteer, None)
                .unwrap()
                .code,
        )
        .unwrap();
    let id = amal.volunteer_id.unwrap();
    let at = format!(
        "{:012x}-0000-{}",
        peerguide_core::sync::hlc::wall_clock_ms(),
        uuid::Uuid::now_v7().simple()
    );
    let push: peerguide_core::sync::PushRequest = serde_json::from_value(serde_json::json!({
        "batch_id": uuid::Uuid::now_v7(),
        "docs": [{"id": id, "slug": "amal", "fields": {
            "display-name": {"at": at, "value": "Amal"},
            "contacts": {"at": at, "value": [
                {"channel": "phone", "value": "0141 496 0000", "visible_to": "everyone"}]}
        }}]
    }))
    .unwrap();
    hub.push(&hub.authenticate(Some(&amal.token)).unwrap(), &push)
        .unwrap();
    (coordinator, id)
}

#[test]
fn a_coordinator_reviews_profiles_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("hub");
    let (token, id) = hub_with_amal(&data);
    let (mut hub, url) = serve(&data);
    let db = dir.path().join("reader.db");
    let db = db.to_str().unwrap();
    let reader_sees = || {
        json_of(&peerguide(&["--json", "sync", "--db", db, "--hub", &url]));
        let list = json_of(&peerguide(&["--json", "volunteers", "--db", db]));
        list.as_array()
            .unwrap()
            .iter()
            .map(|v| v["display_name"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let review = |args: &[&str]| {
        // `--json` goes first: after `volunteers` it would be taken for a listing option.
        let mut all: Vec<&str> = args.iter().copied().filter(|a| *a == "--json").collect();
        all.push("volunteers");
        all.extend(args.iter().copied().filter(|a| *a != "--json"));
        all.extend_from_slice(&["--hub", &url, "--token", &token]);
        peerguide(&all)
    };
    assert!(reader_sees().is_empty(), "not approved yet");

    // The pending list says what is new and how to approve exactly that.
    let pending = review(&["pending"]);
    assert!(pending.status.success(), "{}", text(&pending));
    let shown = text(&pending);
    assert!(shown.contains("Amal (amal"), "{shown}");
    assert!(shown.contains("display-name: \"Amal\""), "{shown}");
    assert!(shown.contains("0141 496 0000"), "{shown}");
    let listed = json_of(&review(&["--json", "pending"]));
    assert_eq!(listed[0]["profile"]["review"]["state"], "pending");
    let digest = listed[0]["profile"]["review"]["digest"]
        .as_str()
        .unwrap()
        .to_owned();

    // A wrong digest is refused with its code; the one shown is accepted, by slug or id.
    let stale = review(&["--json", "approve", "--seen", &"0".repeat(64), "amal"]);
    assert!(!stale.status.success());
    assert!(text(&stale).contains("profile-changed"), "{}", text(&stale));
    let approved = json_of(&review(&["--json", "approve", "--seen", &digest, "amal"]));
    assert_eq!(approved["review"]["state"], "approved");
    assert_eq!(reader_sees(), ["Amal"]);
    assert!(text(&review(&["pending"])).contains("No profiles are waiting"));

    let id = id.to_string();
    let suspended = review(&["suspend", &id]);
    assert!(
        text(&suspended).contains("suspended"),
        "{}",
        text(&suspended)
    );
    assert!(
        reader_sees().is_empty(),
        "suspended, it leaves the reader's device"
    );
    let reinstated = json_of(&review(&["--json", "reinstate", "amal"]));
    assert_eq!(reinstated["review"]["state"], "approved");
    assert_eq!(reader_sees(), ["Amal"]);

    let unknown = review(&["--json", "suspend", "nobody"]);
    assert!(!unknown.status.success());
    let volunteer_token = peerguide(&[
        "--json",
        "volunteers",
        "pending",
        "--hub",
        &url,
        "--token",
        "pgt_nonsense",
    ]);
    assert!(
        text(&volunteer_token).contains("token-unknown"),
        "{}",
        text(&volunteer_token)
    );
    hub.kill().unwrap();
    hub.wait().unwrap();
}

#[test]
fn a_database_synced_as_a_coordinator_then_without_a_token_keeps_no_coordinator_only_contacts() {
    const STAFF: &str = "0141 496 7777";
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("hub");
    let (token, id) = hub_with_amal(&data);
    {
        // Amal adds a number for coordinators only, and it is approved.
        let hub = Hub::open(&data, HubConfig::default()).unwrap();
        let coordinator = hub.authenticate(Some(&token)).unwrap();
        let at = format!(
            "{:012x}-0000-{}",
            peerguide_core::sync::hlc::wall_clock_ms() + 1,
            uuid::Uuid::now_v7().simple()
        );
        let push: peerguide_core::sync::PushRequest = serde_json::from_value(serde_json::json!({
            "batch_id": uuid::Uuid::now_v7(),
            "docs": [{"id": id, "slug": "amal", "fields": {
                "contacts": {"at": at, "value": [
                    {"channel": "phone", "value": "0141 496 0000", "visible_to": "everyone"},
                    {"channel": "phone", "value": STAFF, "visible_to": "coordinators"}]}
            }}]
        }))
        .unwrap();
        hub.push(&coordinator, &push).unwrap();
        let digest = hub
            .profiles(&coordinator, &peerguide_hub::ProfilesRequest::default())
            .unwrap()
            .profiles[0]
            .profile
            .review
            .clone()
            .unwrap()
            .digest;
        hub.review(
            &coordinator,
            &peerguide_hub::ReviewRequest {
                id,
                decision: peerguide_hub::Decision::Approve,
                seen: Some(digest),
            },
        )
        .unwrap();
    }
    let (mut hub, url) = serve(&data);
    let db = dir.path().join("device.db");
    let db_s = db.to_str().unwrap();
    let staff_held = || {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let contacts: i64 = conn
            .query_row(
                "SELECT count(*) FROM volunteer_contacts WHERE value = ?1",
                [STAFF],
                |r| r.get(0),
            )
            .unwrap();
        let records: i64 = conn
            .query_row(
                "SELECT count(*) FROM sync_records WHERE instr(body, ?1) > 0",
                [STAFF],
                |r| r.get(0),
            )
            .unwrap();
        contacts + records
    };

    json_of(&peerguide(&[
        "--json", "sync", "--db", db_s, "--hub", &url, "--token", &token,
    ]));
    assert!(staff_held() > 0, "a coordinator's device holds it");

    let anonymous = json_of(&peerguide(&["--json", "sync", "--db", db_s, "--hub", &url]));
    assert_eq!(anonymous["report"]["restarted"], true, "{anonymous}");
    assert_eq!(
        staff_held(),
        0,
        "synced without a token, the device keeps none of it"
    );
    let _ = hub.kill();
    let _ = hub.wait();
}

/// The status code and body of a plain `GET` over HTTP/1.0 (the server closes when done).
fn http_get(url: &str, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let addr = url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer.split(' ').nth(1).unwrap().parse().unwrap();
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn hub_serve_serves_the_public_reader_unless_told_not_to() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("hub");
    let ui = dir.path().join("ui");
    std::fs::create_dir_all(&ui).unwrap();
    std::fs::write(
        ui.join("index.html"),
        "<html lang=\"en\" dir=\"ltr\"><head><title>Peer Guide</title></head><body><div id=\"app\"></div></body></html>",
    )
    .unwrap();
    std::fs::write(
        ui.join("desk.html"),
        "<html><head><script src=\"./assets/desk-1.js\"></script></head><body id=\"desk\"></body></html>",
    )
    .unwrap();
    std::fs::create_dir_all(ui.join("assets")).unwrap();
    std::fs::write(ui.join("assets/desk-1.js"), "/* the desk */").unwrap();
    peerguide(&["hub", "init", "--data", data.to_str().unwrap()]);

    let (mut hub, url) = serve_with(&data, &["--ui", ui.to_str().unwrap()]);
    let (status, body) = http_get(&url, "/");
    assert_eq!(status, 200);
    assert!(body.contains("<div id=\"app\">"), "{body}");
    let (status, body) = http_get(&url, "/api/about");
    assert_eq!(status, 200, "{body}");
    assert_eq!(http_get(&url, "/health"), (200, "ok".to_owned()));
    hub.kill().unwrap();
    hub.wait().unwrap();

    let (mut hub, url) = serve_with(&data, &["--no-reader", "--ui", ui.to_str().unwrap()]);
    let (status, body) = http_get(&url, "/");
    assert_eq!(status, 404, "{body}");
    assert!(body.contains("not-found"), "{body}");
    assert_eq!(http_get(&url, "/api/about").0, 404);
    assert_eq!(http_get(&url, "/health"), (200, "ok".to_owned()));
    // The coordinators' desk is served all the same, with the files its page loads.
    let (status, body) = http_get(&url, "/desk");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"/assets/desk-1.js\""), "{body}");
    assert_eq!(
        http_get(&url, "/assets/desk-1.js"),
        (200, "/* the desk */".to_owned())
    );
    hub.kill().unwrap();
    hub.wait().unwrap();

    // A UI folder that is not there is named, and nothing is served.
    let out = peerguide(&[
        "hub",
        "serve",
        "--data",
        data.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--ui",
        dir.path().join("no-ui").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(text(&out).contains("no-ui"), "{}", text(&out));
}
