//! The `peerguide` command as a coordinator or a script uses it: real processes, real files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn peerguide(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peerguide"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn demo_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// A database with the demo content imported.
fn demo_db(dir: &tempfile::TempDir) -> String {
    let db = dir.path().join("pg.db");
    let out = peerguide(&[
        "import",
        "--db",
        db.to_str().unwrap(),
        demo_pack().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    db.to_str().unwrap().to_owned()
}

#[test]
fn import_reports_what_it_did_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let out = peerguide(&[
        "--json",
        "import",
        "--db",
        &db,
        demo_pack().to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["articles"]["inserted"], 0);
    assert_eq!(report["articles"]["updated"], 0);
    assert!(report["articles"]["unchanged"].as_u64().unwrap() >= 30);
    assert_eq!(report["volunteers"]["unchanged"], 15);
}

#[test]
fn search_in_arabic_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let out = peerguide(&["--json", "search", "--db", &db, "--lang", "ar", "طبيب"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let hits: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty());
    assert_eq!(hits[0]["lang"], "ar");
    assert!(
        hits[0]["title"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["hit"] == true)
    );
}

#[test]
fn article_says_when_it_falls_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let out = peerguide(&["article", "--db", &db, "--lang", "so", "council-tax"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Shown in English: not yet translated into Somali"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn volunteers_show_only_public_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let out = peerguide(&["--json", "volunteers", "--db", &db]);
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 15);
    for v in list {
        for c in v["contacts"].as_array().unwrap() {
            assert_eq!(c["visible_to"], "everyone", "{v}");
        }
    }
}

#[test]
fn services_filters_combine() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let out = peerguide(&[
        "--json",
        "services",
        "--db",
        &db,
        "--lang",
        "fa",
        "--topic",
        "housing",
        "--speaks",
        "ar",
        "--open-at",
        "2026-11-24T11:00",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for s in list.as_array().unwrap() {
        assert!(s["topics"].as_array().unwrap().contains(&"housing".into()));
        assert!(s["languages"].as_array().unwrap().contains(&"ar".into()));
        assert_eq!(s["open"], true);
    }
}

#[test]
fn bad_input_fails_with_a_clear_message_and_nonzero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let out = peerguide(&["search", "--db", &db, "--lang", "xx", "housing"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("unknown language 'xx'"),
        "{}",
        stderr(&out)
    );

    let out = peerguide(&[
        "--json",
        "services",
        "--db",
        &db,
        "--lang",
        "en",
        "--open-at",
        "soon",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(err["error"]["code"], "invalid-date-time");

    let out = peerguide(&["article", "--db", &db, "--lang", "en", "no-such-article"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no article with slug 'no-such-article'"));
}

#[test]
fn an_invalid_pack_is_listed_and_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join("guidance/gp")).unwrap();
    std::fs::write(pack.join("guidance/gp/en.md"), "+++\ntopic = \"health\"\nrevision = \"one\"\ntitle = \"GP\"\nsummary = \"s\"\nreview = \"reviewed\"\n+++\nBody\n").unwrap();
    std::fs::create_dir_all(pack.join("services")).unwrap();
    std::fs::write(pack.join("services/x.toml"), "name = \"X\"\n").unwrap();
    let db = dir.path().join("pg.db");
    let out = peerguide(&[
        "import",
        "--db",
        db.to_str().unwrap(),
        pack.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("guidance/gp/en.md:3: field 'revision'"),
        "{err}"
    );
    assert!(err.contains("services/x.toml"), "{err}");
    let out = peerguide(&[
        "--json",
        "search",
        "--db",
        db.to_str().unwrap(),
        "--lang",
        "en",
        "gp",
    ]);
    assert_eq!(stdout(&out).trim(), "[]");
}

#[test]
fn new_id_prints_a_uuid_v7() {
    let out = peerguide(&["new-id"]);
    let id: uuid::Uuid = stdout(&out).trim().parse().unwrap();
    assert_eq!(id.get_version_num(), 7);
}

#[test]
fn an_import_killed_mid_write_leaves_the_database_as_it_was() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let before = stdout(&peerguide(&[
        "--json", "search", "--db", &db, "--lang", "en", "doctor",
    ]));

    // A pack big enough that writing it takes a while, changing a demo article too.
    let pack = dir.path().join("big");
    for i in 0..4000 {
        let folder = pack.join(format!("guidance/generated-{i}"));
        std::fs::create_dir_all(&folder).unwrap();
        let body = "Words about housing and doctors and schools. ".repeat(40);
        std::fs::write(folder.join("en.md"), format!("+++\ntopic = \"health\"\nrevision = 1\ntitle = \"Generated {i}\"\nsummary = \"s\"\nreview = \"draft\"\n+++\n{body}\n")).unwrap();
        std::fs::write(folder.join("ar.md"), format!("+++\ntitle = \"مقال {i}\"\nsummary = \"s\"\nsource_revision = 1\nreview = \"machine\"\n+++\n{body}\n")).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_peerguide"))
        .args(["import", "--db", &db, pack.to_str().unwrap()])
        .spawn()
        .unwrap();
    // Kill it once it is writing: uncommitted pages are spilling into the write-ahead log.
    let wal = PathBuf::from(format!("{db}-wal"));
    let start = Instant::now();
    let mut killed = false;
    while start.elapsed() < Duration::from_secs(60) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0) > 2_000_000 {
            child.kill().unwrap();
            killed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let status = child.wait().unwrap();
    assert!(
        killed && !status.success(),
        "the import must be killed mid-write for this test to mean anything"
    );

    let after = stdout(&peerguide(&[
        "--json", "search", "--db", &db, "--lang", "en", "doctor",
    ]));
    assert_eq!(
        after, before,
        "the database holds exactly what it held before the import"
    );
    let out = peerguide(&[
        "--json",
        "article",
        "--db",
        &db,
        "--lang",
        "en",
        "generated-1",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "nothing of the killed import is visible"
    );
    let integrity: String = rusqlite_integrity(&db);
    assert_eq!(integrity, "ok");

    // And the next import completes.
    let out = peerguide(&["--json", "import", "--db", &db, pack.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["articles"]["inserted"], 4000);
}

fn rusqlite_integrity(db: &str) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// `peerguide serve` as a person starts it: prints where it listens, answers over HTTP, and
/// stops when killed; a database that does not exist is refused, not created.
#[test]
fn serve_prints_its_address_and_answers_json() {
    use std::io::{BufRead, BufReader, Read, Write};

    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let mut child = Command::new(env!("CARGO_BIN_EXE_peerguide"))
        .args(["serve", "--db", &db, "--listen", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_owned();
    assert!(addr.starts_with("127.0.0.1:"), "{line}");

    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        stream,
        "GET /api/home?lang=xx HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdout);
    assert!(response.starts_with("HTTP/1.1 400"), "{response}");
    assert!(
        response.contains(r#""code":"unknown-language""#),
        "{response}"
    );
}

#[test]
fn serve_refuses_a_missing_database_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("typo.db");
    let out = peerguide(&[
        "serve",
        "--db",
        db.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("typo.db"), "{}", stderr(&out));
    assert!(!db.exists(), "serve must not create a database");
}

/// Started a second time on an address the first still serves: says Peer Guide is probably
/// running there already, and how to choose another port.
#[test]
fn serve_on_an_address_in_use_says_peer_guide_is_probably_running_there() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let first = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = first.local_addr().unwrap().to_string();
    let out = peerguide(&["serve", "--db", &db, "--listen", &addr]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "Peer Guide is probably already running at http://{addr}/"
        )),
        "{err}"
    );
    assert!(err.contains("PORT=8090 bash scripts/run.sh"), "{err}");
    let out = peerguide(&["--json", "serve", "--db", &db, "--listen", &addr]);
    let body: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["error"]["code"], "address-in-use");
}

#[test]
fn available_now_leaves_out_volunteers_away_or_off_duty() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join("volunteers")).unwrap();
    // Every day round the clock but one minute (a range cannot close when it opens).
    let always = (["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
        .map(|d| format!("{d} = [\"12:00-11:59\"]"))
        .join("\n");
    for (slug, extra) in [
        ("amal", format!("[availability]\n{always}\n")),
        (
            "dawit",
            format!("away_until = \"2100-01-01\"\n[availability]\n{always}\n"),
        ),
        ("hodan", String::new()),
    ] {
        std::fs::write(
            pack.join(format!("volunteers/{slug}.toml")),
            format!(
                "display_name = \"{slug}\"\ntopics = [\"housing\"]\n{extra}\
                 [[languages]]\nlang = \"en\"\nlevel = \"fluent\"\n"
            ),
        )
        .unwrap();
    }
    let db = dir.path().join("pg.db");
    let db = db.to_str().unwrap();
    let out = peerguide(&["import", "--db", db, pack.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["--json", "volunteers", "--db", db];
        all.extend_from_slice(args);
        let out = peerguide(&all);
        assert!(out.status.success(), "{}", stderr(&out));
        let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        list.as_array()
            .unwrap()
            .iter()
            .map(|v| v["display_name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names(&[]), ["amal", "dawit", "hodan"]);
    let now = names(&["--available-now"]);
    assert!(!now.contains(&"dawit".to_owned()), "away until 2100");
    assert!(!now.contains(&"hodan".to_owned()), "no hours given");
    let the_gap = peerguide_core::hours::local_now()
        .format("%H:%M")
        .to_string()
        == "11:59";
    assert!(the_gap || now == ["amal"], "{now:?}");
}

#[test]
fn services_export_as_hsds_and_import_it_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let file = dir.path().join("services.json");
    let out = peerguide(&[
        "services",
        "export",
        "--db",
        &db,
        "--format",
        "hsds",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("as HSDS 3.0.1"), "{}", stdout(&out));
    let export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let services = export.as_array().unwrap();
    assert!(services.len() >= 40);
    assert!(services.iter().all(|s| s["assured_date"].is_string()));

    let other = dir.path().join("other.db");
    let out = peerguide(&[
        "--json",
        "import",
        "--db",
        other.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["services"]["inserted"], services.len());
    assert_eq!(report["articles"]["inserted"], 0);

    // Without --out the JSON goes to standard output, the same as the file.
    let out = peerguide(&["services", "export", "--db", &db, "--format", "hsds"]);
    let printed: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed, export);

    let out = peerguide(&[
        "services",
        "export",
        "--db",
        "/nonexistent/pg.db",
        "--format",
        "hsds",
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("/nonexistent/pg.db"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_reader_whose_phone_says_dari_or_kurdish_reads_farsi_or_sorani() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let read = |code: &str| {
        let out = peerguide(&[
            "--json",
            "article",
            "--db",
            &db,
            "--lang",
            code,
            "register-with-a-gp",
        ]);
        assert!(out.status.success(), "{code}: {}", stderr(&out));
        let view: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        (
            view["lang"].as_str().unwrap().to_owned(),
            view["is_fallback"].as_bool().unwrap(),
        )
    };
    assert_eq!(read("prs"), ("fa".to_owned(), false));
    assert_eq!(read("fa-AF"), ("fa".to_owned(), false));
    // The demo's search.toml leaves `ku` to Sorani.
    assert_eq!(read("ku"), ("ckb".to_owned(), false));
    let out = peerguide(&["--json", "search", "--db", &db, "--lang", "prs", "پزشک"]);
    assert!(out.status.success(), "{}", stderr(&out));
}
