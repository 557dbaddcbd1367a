//! A hub restored from a backup, as the README tells an operator to make and restore one,
//! and devices whose stored copy is damaged: every device must start afresh from what the
//! hub serves and never be locked out; a rollback is refused only within one hub epoch.

mod support;

use std::path::Path;

use peerguide_core::Store;
use peerguide_core::sync::{self, Field};
use peerguide_core::volunteer::{Audience, VolunteerQuery};
use peerguide_hub::PublishRequest;
use serde_json::json;
use support::{TestHub, article, opts, service, sync_with, tag};

/// The README's backup: `sqlite3 hub.db ".backup FILE"` while the hub runs (SQLite's
/// online backup), with `VACUUM INTO` where the command is not installed.
fn backup(data: &Path, to: &Path) {
    let db = data.join("hub.db");
    let cli = std::process::Command::new("sqlite3")
        .arg(&db)
        .arg(format!(".backup '{}'", to.display()))
        .status();
    if !cli.is_ok_and(|s| s.success()) {
        rusqlite::Connection::open(&db)
            .unwrap()
            .execute("VACUUM INTO ?1", [to.to_str().unwrap()])
            .unwrap();
    }
}

/// Puts a backup back as an operator would: the hub stopped, `hub.db` replaced, its log gone.
fn restore(data: &Path, from: &Path) {
    std::fs::copy(from, data.join("hub.db")).unwrap();
    for log in ["hub.db-wal", "hub.db-shm"] {
        let _ = std::fs::remove_file(data.join(log));
    }
}

/// What a reader of a device sees: each article's slug, revision and English title, each
/// service's slug, each profile's name.
type Shown = (Vec<(String, u32, String)>, Vec<String>, Vec<String>);

fn shown(path: &Path) -> Shown {
    let store = Store::open(path).unwrap();
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut articles: Vec<(String, u32, String)> = conn
        .prepare("SELECT slug FROM articles ORDER BY slug")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|s| {
            let a = store.article(&s.unwrap(), &tag("en")).unwrap();
            (a.slug.clone(), a.revision, a.translation.title.clone())
        })
        .collect();
    articles.sort();
    let services: Vec<String> = conn
        .prepare("SELECT slug FROM services ORDER BY slug")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut names: Vec<String> = store
        .find_volunteers(Audience::Everyone, &VolunteerQuery::default())
        .unwrap()
        .into_iter()
        .map(|v| v.display_name)
        .collect();
    names.sort();
    (articles, services, names)
}

#[test]
fn three_devices_follow_a_hub_restored_from_a_backup_and_then_its_next_publish() {
    let mut t = TestHub::start();
    let (token, amal) = t.volunteer();
    let dir = tempfile::tempdir().unwrap();
    let paths = ["en.db", "ar.db", "amal.db"].map(|f| dir.path().join(f));
    let langs: [&[&str]; 3] = [&["en"], &["ar", "en"], &["en"]];
    let tokens = [None, None, Some(token.as_str())];
    let sync_all = |t: &TestHub| {
        for ((path, langs), token) in paths.iter().zip(langs).zip(tokens) {
            let mut store = Store::open(path).unwrap();
            sync_with(&mut store, &mut t.transport(token), &opts(langs))
                .unwrap_or_else(|e| panic!("{path:?}: {e}"));
        }
    };
    let shown_all = || paths.each_ref().map(|p| shown(p));

    // Publish; a volunteer's profile is approved; every device syncs.
    t.publish(
        vec![
            article("rent-deposit", &["en", "ar"], 1),
            article("gp-register", &["en"], 1),
        ],
        vec![service("govan-clinic", &["en"])],
    );
    {
        let mut phone = Store::open(&paths[2]).unwrap();
        sync::edit_volunteer(
            &mut phone,
            amal,
            "amal",
            &[(Field::DisplayName, json!("Amal"))],
            0,
        )
        .unwrap();
    }
    sync_all(&t);
    t.approve(amal);
    sync_all(&t);

    // The backup, taken while the hub runs.
    let saved = dir.path().join("hub-backup.db");
    backup(t.dir.path(), &saved);

    // Edit and publish again: a new revision, a new article, one deleted; the volunteer
    // renames herself and it is approved.
    t.hub
        .publish(
            &t.coordinator(),
            &PublishRequest {
                articles: vec![
                    article("rent-deposit", &["en", "ar"], 2),
                    article("school-places", &["en"], 1),
                ],
                services: vec![service("govan-clinic", &["en"])],
                settings: vec![],
                prune: true,
            },
        )
        .unwrap();
    {
        let mut phone = Store::open(&paths[2]).unwrap();
        sync::edit_volunteer(
            &mut phone,
            amal,
            "amal",
            &[(Field::DisplayName, json!("Amal K"))],
            0,
        )
        .unwrap();
    }
    sync_all(&t);
    t.approve(amal);
    sync_all(&t);
    for (articles, _, names) in shown_all() {
        assert_eq!(
            articles
                .iter()
                .map(|a| (a.0.as_str(), a.1))
                .collect::<Vec<_>>(),
            [("rent-deposit", 2), ("school-places", 1)]
        );
        assert_eq!(names, ["Amal K"]);
    }

    // Restore the backup and restart the hub: it starts a new epoch.
    let epoch = t.hub.epoch();
    t.offline(|data| restore(data, &saved));
    assert_ne!(t.hub.epoch(), epoch, "a restored hub starts a new epoch");

    // Every device takes what the restored hub serves: the older revision (a lower version
    // than it held), the deleted article back, the article the backup never had gone.
    sync_all(&t);
    let after = shown_all();
    for (articles, services, _) in &after {
        assert_eq!(
            articles
                .iter()
                .map(|a| (a.0.as_str(), a.1))
                .collect::<Vec<_>>(),
            [("gp-register", 1), ("rent-deposit", 1)]
        );
        assert_eq!(services, &["govan-clinic"]);
    }
    let ar = Store::open(&paths[1]).unwrap();
    assert_eq!(
        ar.article("rent-deposit", &tag("ar")).unwrap().revision,
        1,
        "the Arabic text too"
    );
    // The volunteer's own device sent her later name again, since the restored hub had lost
    // it: it waits for review there, so readers see the approved name the backup had.
    assert_eq!(after[0].2, ["Amal"]);
    assert_eq!(after[1].2, ["Amal"]);
    t.approve(amal);

    // Nothing is stuck: the next sync starts nothing afresh, and the next publish flows.
    for ((path, langs), token) in paths.iter().zip(langs).zip(tokens) {
        let mut store = Store::open(path).unwrap();
        let r = sync_with(&mut store, &mut t.transport(token), &opts(langs)).unwrap();
        assert!(!r.restarted, "{path:?}");
    }
    t.publish(vec![article("rent-deposit", &["en", "ar"], 3)], vec![]);
    sync_all(&t);
    let last = shown_all();
    for (articles, _, names) in &last {
        assert_eq!(
            articles
                .iter()
                .map(|a| (a.0.as_str(), a.1))
                .collect::<Vec<_>>(),
            [("gp-register", 1), ("rent-deposit", 3)]
        );
        assert_eq!(names, &["Amal K"]);
    }
    assert!(
        last.iter().all(|s| s == &last[0]),
        "the three devices converge"
    );
}

#[test]
fn a_hub_rolled_back_within_its_epoch_is_refused_as_a_rollback() {
    let mut t = TestHub::start();
    t.publish(vec![article("gp-register", &["en"], 1)], vec![]);
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("hub-backup.db");
    backup(t.dir.path(), &saved);
    let water = std::fs::read(t.dir.path().join("sequence-high-water")).unwrap();
    t.publish(vec![article("gp-register", &["en"], 2)], vec![]);
    let mut device = Store::open_in_memory().unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();

    // The database and the high-water file both put back: the hub cannot tell, keeps its
    // epoch, and serves an older version of a record the device holds.
    let epoch = t.hub.epoch();
    t.offline(|data| {
        restore(data, &saved);
        std::fs::write(data.join("sequence-high-water"), &water).unwrap();
    });
    assert_eq!(t.hub.epoch(), epoch);
    // A language added makes the device start afresh, and the hub sends version 1 again.
    let err = sync_with(&mut device, &mut t.transport(None), &opts(&["ar", "en"])).unwrap_err();
    assert_eq!(err.code(), "rollback", "{err}");
    assert!(err.to_string().contains("same hub epoch"), "{err}");
    assert_eq!(
        device.article("gp-register", &tag("en")).unwrap().revision,
        2
    );
}

#[test]
fn a_damaged_stored_copy_heals_when_a_new_language_starts_the_device_afresh() {
    let t = TestHub::start();
    t.publish(
        vec![
            article("gp-register", &["en", "fa"], 1),
            article("rent-deposit", &["en"], 1),
        ],
        vec![],
    );
    t.publish(vec![article("gp-register", &["en", "fa"], 2)], vec![]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.db");
    let mut device = Store::open(&path).unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();

    // A stored copy damaged on the phone (a bad write, a restored phone backup): same
    // version, another text. A text is stored once, in the app's tables, so that is where
    // the damage lands; the check against the hub's signatures finds it.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let damaged = conn
        .execute(
            "UPDATE article_translations SET body = replace(body, 'Body of', 'Bdoy fo')",
            [],
        )
        .unwrap();
    assert!(damaged > 0);
    let check = sync::held::check_held(&device).unwrap();
    assert_eq!(check.faults.len(), damaged, "{check:?}");

    // A reader adds Farsi: the device starts afresh, gets the same versions with their true
    // texts, and takes them.
    let r = sync_with(&mut device, &mut t.transport(None), &opts(&["en", "fa"])).unwrap();
    assert!(r.restarted);
    let kept: String = conn
        .query_row(
            "SELECT group_concat(body) FROM article_translations",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!kept.contains("Bdoy fo"), "{kept}");
    let check = sync::held::check_held(&device).unwrap();
    assert!(check.faults.is_empty(), "{check:?}");
    assert_eq!(
        device.article("gp-register", &tag("fa")).unwrap().revision,
        2
    );
    // And later syncs go on as normal.
    t.publish(vec![article("rent-deposit", &["en"], 2)], vec![]);
    sync_with(&mut device, &mut t.transport(None), &opts(&["en", "fa"])).unwrap();
    assert_eq!(
        device.article("rent-deposit", &tag("en")).unwrap().revision,
        2
    );
}

#[test]
fn a_device_stuck_on_a_restored_hub_by_an_earlier_build_recovers_at_its_next_sync() {
    let mut t = TestHub::start();
    t.publish(vec![article("gp-register", &["en"], 1)], vec![]);
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("hub-backup.db");
    backup(t.dir.path(), &saved);
    t.publish(vec![article("gp-register", &["en"], 2)], vec![]);
    let path = dir.path().join("device.db");
    let mut device = Store::open(&path).unwrap();
    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();
    t.offline(|data| restore(data, &saved));

    // Where an earlier build left such a device: the new epoch taken, a fresh start under
    // way from cursor 0, and the versions of the old epoch still held.
    let conn = rusqlite::Connection::open(&path).unwrap();
    for (key, value) in [
        ("epoch", t.hub.epoch().to_string()),
        ("sweep", "1".into()),
        ("cursor", "0".into()),
    ] {
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        .unwrap();
    }
    conn.execute("DELETE FROM sync_state WHERE key = 'epoch_versions'", [])
        .unwrap();

    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!(
        device.article("gp-register", &tag("en")).unwrap().revision,
        1
    );
    t.publish(vec![article("gp-register", &["en"], 3)], vec![]);
    sync_with(&mut device, &mut t.transport(None), &opts(&["en"])).unwrap();
    assert_eq!(
        device.article("gp-register", &tag("en")).unwrap().revision,
        3
    );
}
