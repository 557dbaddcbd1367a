//! Upgrading a database written by an older release keeps its data and brings it up to date.

use peerguide_core::{LanguageTag, Store};
use rusqlite::Connection;

#[test]
fn a_first_schema_database_is_upgraded_in_place_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    // The first release's schema, written by hand as that release wrote it.
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../src/store/sql/001_records.sql"))
            .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        let id = uuid::Uuid::now_v7();
        conn.execute(
            "INSERT INTO articles (id, slug, topic, revision, position, content_hash)
             VALUES (?1, 'gp', 'health', 2, 0, x'00')",
            [id],
        )
        .unwrap();
        for (lang, title, body, rev) in [
            ("en", "Registering with a GP", "Registration is free.", 2),
            ("ar", "التسجيل لدى الطَّبِيب", "التسجيل مجاني.", 1),
        ] {
            conn.execute(
                "INSERT INTO article_translations
                 (article_id, lang, title, summary, body, source_revision, review)
                 VALUES (?1, ?2, ?3, 's', ?4, ?5, 'reviewed')",
                (id, lang, title, body, rev),
            )
            .unwrap();
        }
        conn.execute(
            "INSERT INTO services (id, slug, name, topics, area, address, languages, cost, access,
                                   hours, content_hash)
             VALUES (?1, 'larder', 'Food Larder', '[\"health\"]', 'Govan', '1 Street', '[\"en\"]',
                     'free', 'walk-in', '{\"weekly\":{\"mon\":[\"09:00-12:00\"]}}', x'00')",
            [uuid::Uuid::now_v7()],
        )
        .unwrap();
    }

    let store = Store::open(&path).unwrap();
    let ar: LanguageTag = "ar".parse().unwrap();
    let view = store.article("gp", &ar).unwrap();
    assert_eq!(view.translation.title, "التسجيل لدى الطَّبِيب");
    assert!(view.stale, "revision data survived the upgrade");
    // The search index added by the upgrade was filled from the old rows.
    let hits = store.search(&ar, "طبيب", 5).unwrap();
    assert_eq!(hits.len(), 1);
    // And so was the index of titles, which answers a word typed as far as its first letter.
    let hits = store.search(&ar, "الط", 5).unwrap();
    assert_eq!(hits.len(), 1);
    let en: LanguageTag = "en".parse().unwrap();
    let services = store
        .services(
            &Default::default(),
            &en,
            peerguide_core::hours::parse_local_time("2026-11-23T10:00").unwrap(),
        )
        .unwrap();
    assert_eq!(services.len(), 1);
    assert!(services[0].open);
    let q = peerguide_core::service::ServiceQuery {
        text: Some("larder".into()),
        ..Default::default()
    };
    assert_eq!(
        store
            .services(&q, &en, peerguide_core::hours::local_now())
            .unwrap()
            .len(),
        1
    );

    let version: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version as usize, Store::schema_version());
}
