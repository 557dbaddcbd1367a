//! Checking again, at any time, the signed records a device holds. A text is stored once, in
//! the app's tables; `sync_records` keeps its version, the SHA-256 of the body the hub
//! signed and the hub's signature. [`check_held`] re-derives each body (from `sync_records`
//! where it is kept, else from the app's tables, serialised as the hub serialises it), and
//! checks its digest and the signature under the pinned organisation key: a text changed in
//! the app's tables after it came (a bad write, a tampered file) is found.

use serde::Serialize;
use uuid::Uuid;

use super::SyncError;
use super::protocol::{Kind, body_digest, parse_public_key, verify_digest};
use crate::language::LanguageTag;
use crate::store::{SignedRow, StateKey, Store, Table, is_stored};

/// What [`check_held`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct HeldCheck {
    /// Records whose body (as kept, or as the app's tables give it back) and signature check.
    pub verified: usize,
    /// Records received before signatures were kept (schema 11): the next sync receives
    /// them again, signed.
    pub awaiting_signature: usize,
    /// Records that do not check, each saying why.
    pub faults: Vec<HeldFault>,
}

/// A held record that does not check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeldFault {
    /// The record's kind, as on the wire.
    pub kind: String,
    /// Its id.
    pub id: Uuid,
    /// Its language, empty for none.
    pub lang: String,
    /// What is wrong.
    pub reason: String,
}

/// Checks every signed record the device holds against the hub's signature.
pub fn check_held(store: &Store) -> Result<HeldCheck, SyncError> {
    let tables = store.sync_tables();
    let key = tables
        .get(StateKey::OrgKey)?
        .as_deref()
        .and_then(parse_public_key);
    let mut check = HeldCheck::default();
    for row in tables.signed()? {
        let fault = |reason: &str| HeldFault {
            kind: row.kind.clone(),
            id: row.id,
            lang: row.lang.clone(),
            reason: reason.to_owned(),
        };
        let Some(sig) = &row.sig else {
            check.awaiting_signature += 1;
            continue;
        };
        let (Some(key), Some(kind)) = (&key, Kind::parse(&row.kind)) else {
            check
                .faults
                .push(fault("no organisation key pinned, or an unknown kind"));
            continue;
        };
        let Some(hash) = row
            .hash
            .as_deref()
            .and_then(|h| <[u8; 32]>::try_from(h).ok())
        else {
            check.faults.push(fault("no digest kept"));
            continue;
        };
        let body = match &row.body {
            Some(body) => Some(body.clone()),
            None => derive_body(store, kind, &row)?,
        };
        let Some(body) = body else {
            check
                .faults
                .push(fault("the text is missing from the app's tables"));
            continue;
        };
        if body_digest(&body) != hash {
            check.faults.push(fault(if row.body.is_some() {
                "the kept body is not the one the hub signed"
            } else {
                "the app's copy of the text is not the one the hub signed"
            }));
        } else if !verify_digest(key, (kind, row.id, &row.lang, row.version), &hash, sig) {
            check
                .faults
                .push(fault("the hub's signature does not match the record"));
        } else {
            check.verified += 1;
        }
    }
    Ok(check)
}

/// A text's signed bytes as the app's tables give them back: the hub signs
/// `serde_json::to_string` of a `Translation` or a `ServiceText`.
fn derive_body(store: &Store, kind: Kind, row: &SignedRow) -> Result<Option<String>, SyncError> {
    let Ok(tag) = row.lang.parse::<LanguageTag>() else {
        return Ok(None);
    };
    let conn = &store.conn;
    Ok(match kind {
        Kind::ArticleText => Store::translation(conn, row.id, &tag)
            .ok()
            .and_then(|t| serde_json::to_string(&t).ok()),
        Kind::ServiceText if is_stored(conn, Table::Services, row.id)? => {
            Store::load_service(conn, row.id)?
                .texts
                .get(&tag)
                .and_then(|t| serde_json::to_string(t).ok())
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, ReviewState, Translation};
    use crate::sync::engine::{SyncOptions, Transport, TransportError, sync};
    use crate::sync::protocol::{
        Page, PullRequest, PushAck, PushRequest, WireRecord, page_signing_message, signing_message,
        to_base64,
    };
    use crate::topic::Topic;
    use ed25519_dalek::{Signer, SigningKey};

    const ID: Uuid = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001);

    /// A hub in a few lines: answers every pull with `records`, signed for the request.
    struct Scripted {
        key: SigningKey,
        records: Vec<WireRecord>,
    }

    impl Transport for Scripted {
        fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError> {
            let mut page = Page {
                epoch: Uuid::from_u128(1),
                org_key: to_base64(self.key.verifying_key().as_bytes()),
                cursor: 3,
                has_more: false,
                head: 3,
                hub_time_ms: 1,
                records: self.records.clone(),
                viewer: "reader".into(),
                sig: String::new(),
            };
            page.sig = to_base64(&self.key.sign(&page_signing_message(req, &page)).to_bytes());
            Ok(page)
        }

        fn push(&mut self, _: &PushRequest) -> Result<PushAck, TransportError> {
            Err(TransportError::Unreachable("no pushes here".into()))
        }
    }

    fn translation(lang: &str, title: &str) -> Translation {
        Translation {
            lang: lang.parse().unwrap(),
            title: title.into(),
            summary: "How to register.".into(),
            body: "Go to the **surgery** with a letter.".into(),
            source_revision: 1,
            review: ReviewState::Reviewed,
            translated: Default::default(),
        }
    }

    fn record(key: &SigningKey, kind: Kind, lang: &str, body: String) -> WireRecord {
        let msg = signing_message(kind, ID, lang, 1, &body);
        WireRecord {
            kind,
            id: ID,
            lang: lang.into(),
            version: 1,
            deleted: false,
            body,
            sig: to_base64(&key.sign(&msg).to_bytes()),
            review: None,
            withdrawn: false,
        }
    }

    /// An article in English and Arabic; the Arabic text signed as another writer would
    /// serialise it (spaces after the colons), which the app's tables cannot give back.
    fn hub() -> Scripted {
        let key = SigningKey::from_bytes(&[5; 32]);
        let article = Article {
            id: ID,
            slug: "register-with-a-gp".into(),
            topic: Topic::ALL[0],
            revision: 1,
            position: 0,
            translations: vec![],
            provenance: Default::default(),
        };
        let en = serde_json::to_string(&translation("en", "Register with a GP")).unwrap();
        let ar = serde_json::to_string_pretty(&translation("ar", "التسجيل لدى طبيب")).unwrap();
        Scripted {
            records: vec![
                record(
                    &key,
                    Kind::Article,
                    "",
                    serde_json::to_string(&article).unwrap(),
                ),
                record(&key, Kind::ArticleText, "en", en),
                record(&key, Kind::ArticleText, "ar", ar),
            ],
            key,
        }
    }

    fn run(store: &mut Store, hub: &mut Scripted) {
        let opts = SyncOptions {
            langs: vec!["ar".parse().unwrap()],
            ..SyncOptions::default()
        };
        sync(store, hub, &opts, &mut |_| {}).unwrap();
    }

    fn kept_bodies(store: &Store) -> Vec<(String, bool)> {
        store
            .conn
            .prepare("SELECT lang, body IS NOT NULL FROM sync_records WHERE kind = 'article-text' ORDER BY lang")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn a_text_is_stored_once_and_still_verifies() {
        let mut store = Store::open_in_memory().unwrap();
        run(&mut store, &mut hub());
        // English is in the app's tables only; the Arabic, signed in bytes the app's tables
        // would not give back, keeps its body.
        assert_eq!(
            kept_bodies(&store),
            vec![("ar".into(), true), ("en".into(), false)]
        );
        let check = check_held(&store).unwrap();
        assert_eq!((check.verified, check.awaiting_signature), (3, 0));
        assert!(check.faults.is_empty(), "{:?}", check.faults);
        let ar = store
            .article("register-with-a-gp", &"ar".parse().unwrap())
            .unwrap();
        assert_eq!(ar.translation.title, "التسجيل لدى طبيب");

        // The same records again change nothing and still verify.
        run(&mut store, &mut hub());
        assert_eq!(check_held(&store).unwrap().verified, 3);
    }

    #[test]
    fn a_tampered_text_in_the_apps_tables_is_found() {
        let mut store = Store::open_in_memory().unwrap();
        run(&mut store, &mut hub());
        store
            .conn
            .execute(
                "UPDATE article_translations SET body = 'Pay £50 to register.' WHERE lang = 'en'",
                [],
            )
            .unwrap();
        // And a kept body altered too.
        store
            .conn
            .execute(
                "UPDATE sync_records SET body = replace(body, 'surgery', 'office')
                 WHERE kind = 'article-text' AND lang = 'ar'",
                [],
            )
            .unwrap();
        let check = check_held(&store).unwrap();
        assert_eq!(check.verified, 1);
        let found: Vec<(&str, &str)> = check
            .faults
            .iter()
            .map(|f| (f.lang.as_str(), f.reason.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("ar", "the kept body is not the one the hub signed"),
                (
                    "en",
                    "the app's copy of the text is not the one the hub signed"
                ),
            ]
        );
        // A forged signature is found as well.
        store
            .conn
            .execute(
                "UPDATE sync_records SET sig = zeroblob(64) WHERE kind = 'article'",
                [],
            )
            .unwrap();
        assert!(
            check_held(&store)
                .unwrap()
                .faults
                .iter()
                .any(|f| f.kind == "article"
                    && f.reason == "the hub's signature does not match the record")
        );
    }

    #[test]
    fn a_device_from_before_texts_were_stored_once_migrates_and_verifies_after_its_next_sync() {
        // Schema 9: each record with its whole body, no digest, no signature.
        let conn = crate::store::conn_at_schema(9);
        let hub = hub();
        for r in &hub.records {
            conn.execute(
                "INSERT INTO sync_records (kind, id, lang, version, deleted, body, generation)
                 VALUES (?1, ?2, ?3, 1, 0, ?4, 0)",
                (r.kind.as_str(), r.id, &r.lang, &r.body),
            )
            .unwrap();
        }
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES ('cursor', '3')",
            [],
        )
        .unwrap();
        let mut store = Store::from_conn(conn).unwrap();
        // Nothing lost: every body is kept until the record comes again with its signature,
        // and the next sync starts from the beginning to fetch them.
        assert_eq!(
            kept_bodies(&store),
            vec![("ar".into(), true), ("en".into(), true)]
        );
        assert_eq!(store.sync_tables().num(StateKey::Cursor).unwrap(), 0);
        let check = check_held(&store).unwrap();
        assert_eq!((check.verified, check.awaiting_signature), (0, 3));

        let mut hub = hub;
        run(&mut store, &mut hub);
        let check = check_held(&store).unwrap();
        assert_eq!((check.verified, check.awaiting_signature), (3, 0));
        assert!(check.faults.is_empty(), "{:?}", check.faults);
        assert_eq!(
            kept_bodies(&store),
            vec![("ar".into(), true), ("en".into(), false)]
        );
    }
}
