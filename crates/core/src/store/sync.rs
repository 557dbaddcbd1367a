//! The sync tables (`003_sync.sql`, `004_volunteers.sql`, `011_sync_text_once.sql`):
//! `sync_state` (one value per [`StateKey`]), `sync_records` (every record as received: its
//! version, digest and signature, and its body unless the app's tables hold it) and
//! `sync_pending` (this device's profile edits not yet acknowledged). Every SQL statement on them lives here, so the sync
//! engine and the device's link to its hub speak of keys and records, never of columns.

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use super::Store;
use crate::error::Result;

/// The kind of the volunteer profiles in `sync_records` (the protocol's `Kind::Volunteer`);
/// the only kind a device writes itself, stored unsigned under the empty language.
const VOLUNTEER: &str = "volunteer";

/// The values a device keeps in `sync_state`, one row each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StateKey {
    /// This device's id, its clock's tie-break.
    DeviceId,
    /// The last stamp the device's hybrid logical clock gave.
    Hlc,
    /// Bumped at each fresh start; records older than it are swept after the next full pull.
    Generation,
    /// Present while a fresh start's sweep is owed.
    Sweep,
    /// Where the next pull starts.
    Cursor,
    /// The hub epoch last seen.
    Epoch,
    /// The organisation key pinned on first contact (base64).
    OrgKey,
    /// Whom the hub last served this device as.
    Viewer,
    /// When the last sync completed (RFC 3339).
    LastSync,
    /// Present once versions of an earlier build's stuck fresh start were forgotten.
    EpochVersions,
    /// The language list of the last pull, comma-separated.
    Langs,
    /// The push batch written down before it was sent (JSON), resent until acknowledged.
    OpenBatch,
    /// The hub's address.
    HubUrl,
    /// The device's role at its hub.
    Role,
    /// The profile a volunteer's device speaks for.
    VolunteerId,
    /// The device token (a secret).
    Token,
    /// Every language a reader of this device chose, comma-separated.
    ReaderLangs,
    /// How the last sync attempt ended (JSON).
    LastAttempt,
    /// What the last sync that changed something brought (JSON).
    LastChanges,
    /// Why volunteer data was last removed from this device (JSON), until dismissed.
    WipeNotice,
}

impl StateKey {
    fn as_str(self) -> &'static str {
        match self {
            StateKey::DeviceId => "device_id",
            StateKey::Hlc => "hlc",
            StateKey::Generation => "generation",
            StateKey::Sweep => "sweep",
            StateKey::Cursor => "cursor",
            StateKey::Epoch => "epoch",
            StateKey::OrgKey => "org_key",
            StateKey::Viewer => "viewer",
            StateKey::LastSync => "last_sync",
            StateKey::EpochVersions => "epoch_versions",
            StateKey::Langs => "langs",
            StateKey::OpenBatch => "open_batch",
            StateKey::HubUrl => "hub_url",
            StateKey::Role => "role",
            StateKey::VolunteerId => "volunteer_id",
            StateKey::Token => "token",
            StateKey::ReaderLangs => "reader_langs",
            StateKey::LastAttempt => "last_attempt",
            StateKey::LastChanges => "last_changes",
            StateKey::WipeNotice => "wipe_notice",
        }
    }
}

/// A record as kept in `sync_records`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeldRecord<'a> {
    /// The protocol's kind, as written on the wire.
    pub kind: &'a str,
    /// The record's id.
    pub id: Uuid,
    /// Its language, empty for a record that has none.
    pub lang: &'a str,
    /// The hub's version (0 for what this device wrote, or after versions were forgotten).
    pub version: u64,
    /// A tombstone.
    pub deleted: bool,
    /// The signed JSON body (empty for a tombstone); `None` for a text the app's tables
    /// hold exactly as signed.
    pub body: Option<&'a str>,
    /// The SHA-256 of the signed body.
    pub hash: [u8; 32],
    /// The hub's Ed25519 signature over the record (64 bytes).
    pub sig: &'a [u8],
}

/// A signed record as kept, for checking it again ([`crate::sync::held`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SignedRow {
    pub kind: String,
    pub id: Uuid,
    pub lang: String,
    pub version: u64,
    pub deleted: bool,
    /// `None` when the app's tables hold the text.
    pub body: Option<String>,
    /// `None` only for a row never given one.
    pub hash: Option<Vec<u8>>,
    /// `None` for a record received before signatures were kept (schema 11).
    pub sig: Option<Vec<u8>>,
}

/// The sync tables, read and written through one connection or transaction.
#[derive(Clone, Copy)]
pub(crate) struct SyncTables<'a> {
    conn: &'a Connection,
}

impl Store {
    /// The sync tables, read through the store's own connection.
    pub(crate) fn sync_tables(&self) -> SyncTables<'_> {
        SyncTables { conn: &self.conn }
    }
}

impl<'a> SyncTables<'a> {
    /// The sync tables inside `conn` (usually a transaction).
    pub(crate) fn of(conn: &'a Connection) -> SyncTables<'a> {
        SyncTables { conn }
    }

    // --- sync_state ---

    /// The value kept under `key`.
    pub(crate) fn get(&self, key: StateKey) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT value FROM sync_state WHERE key = ?1")?
            .query_row([key.as_str()], |r| r.get(0))
            .optional()?)
    }

    /// Keeps `value` under `key`.
    pub(crate) fn set(&self, key: StateKey, value: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO sync_state (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute((key.as_str(), value))?;
        Ok(())
    }

    /// Keeps `value` under `key`, or forgets the key when `None`.
    pub(crate) fn put(&self, key: StateKey, value: Option<&str>) -> Result<()> {
        match value {
            Some(value) => self.set(key, value),
            None => self.remove(key),
        }
    }

    /// Forgets `key`.
    pub(crate) fn remove(&self, key: StateKey) -> Result<()> {
        self.conn
            .prepare_cached("DELETE FROM sync_state WHERE key = ?1")?
            .execute([key.as_str()])?;
        Ok(())
    }

    /// The number kept under `key`, 0 when there is none (or it is not a number).
    pub(crate) fn num(&self, key: StateKey) -> Result<u64> {
        Ok(self
            .get(key)?
            .and_then(|v| v.parse().ok())
            .unwrap_or_default())
    }

    // --- sync_records ---

    /// The version held for a record and the digest of its body, if it is held.
    pub(crate) fn version_and_hash(
        &self,
        kind: &str,
        id: Uuid,
        lang: &str,
    ) -> Result<Option<(u64, [u8; 32])>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT version, hash FROM sync_records WHERE kind = ?1 AND id = ?2 AND lang = ?3",
            )?
            .query_row((kind, id, lang), |r| {
                let hash: Option<Vec<u8>> = r.get(1)?;
                // A row without a digest matches nothing: the next copy received replaces it.
                let hash = hash.and_then(|h| h.try_into().ok()).unwrap_or([0; 32]);
                Ok((r.get::<_, i64>(0)? as u64, hash))
            })
            .optional()?)
    }

    /// Keeps a record as received, in the device's current `generation`.
    pub(crate) fn put_record(&self, record: &HeldRecord, generation: u64) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO sync_records
                     (kind, id, lang, version, deleted, body, hash, sig, generation)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (kind, id, lang) DO UPDATE SET version = excluded.version,
                     deleted = excluded.deleted, body = excluded.body, hash = excluded.hash,
                     sig = excluded.sig, generation = excluded.generation",
            )?
            .execute((
                record.kind,
                record.id,
                record.lang,
                record.version as i64,
                record.deleted,
                record.body,
                &record.hash[..],
                record.sig,
                generation as i64,
            ))?;
        Ok(())
    }

    /// Keeps a record's body, or forgets it (`None`: the app's tables hold it).
    pub(crate) fn set_body(
        &self,
        kind: &str,
        id: Uuid,
        lang: &str,
        body: Option<&str>,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE sync_records SET body = ?4 WHERE kind = ?1 AND id = ?2 AND lang = ?3",
            )?
            .execute((kind, id, lang, body))?;
        Ok(())
    }

    /// Every live record of `kind` with `id`, one per language, by language: its language
    /// and its body, `None` where the app's tables hold it.
    pub(crate) fn live(&self, kind: &str, id: Uuid) -> Result<Vec<(String, Option<String>)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT lang, body FROM sync_records
                 WHERE kind = ?1 AND id = ?2 AND deleted = 0 ORDER BY lang",
            )?
            .query_map((kind, id), |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Removes one record.
    pub(crate) fn remove_record(&self, kind: &str, id: Uuid, lang: &str) -> Result<()> {
        self.conn
            .prepare_cached("DELETE FROM sync_records WHERE kind = ?1 AND id = ?2 AND lang = ?3")?
            .execute((kind, id, lang))?;
        Ok(())
    }

    /// Every signed record held (every kind but profiles), for checking them again.
    pub(crate) fn signed(&self) -> Result<Vec<SignedRow>> {
        Ok(self
            .conn
            .prepare(
                "SELECT kind, id, lang, version, deleted, body, hash, sig FROM sync_records
                 WHERE kind != ?1 ORDER BY kind, id, lang",
            )?
            .query_map([VOLUNTEER], |r| {
                Ok(SignedRow {
                    kind: r.get(0)?,
                    id: r.get(1)?,
                    lang: r.get(2)?,
                    version: r.get::<_, i64>(3)? as u64,
                    deleted: r.get(4)?,
                    body: r.get(5)?,
                    hash: r.get(6)?,
                    sig: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Makes every published record's version say nothing, so the next copy received is
    /// taken whatever its version.
    pub(crate) fn forget_versions(&self) -> Result<()> {
        self.conn.execute(
            "UPDATE sync_records SET version = 0 WHERE kind != ?1",
            [VOLUNTEER],
        )?;
        Ok(())
    }

    /// The profile document held for `id` (JSON), deleted or not.
    pub(crate) fn profile(&self, id: Uuid) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT body FROM sync_records WHERE kind = ?1 AND id = ?2 AND lang = ''",
            )?
            .query_row((VOLUNTEER, id), |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Keeps a profile document (JSON), leaving its review as it was.
    pub(crate) fn put_profile(
        &self,
        id: Uuid,
        deleted: bool,
        body: &str,
        generation: u64,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO sync_records (kind, id, lang, version, deleted, body, generation)
                 VALUES (?1, ?2, '', 0, ?3, ?4, ?5)
                 ON CONFLICT (kind, id, lang) DO UPDATE SET deleted = excluded.deleted,
                     body = excluded.body, generation = excluded.generation",
            )?
            .execute((VOLUNTEER, id, deleted, body, generation as i64))?;
        Ok(())
    }

    /// Every profile document held (JSON).
    pub(crate) fn profiles(&self) -> Result<Vec<String>> {
        Ok(self
            .conn
            .prepare("SELECT body FROM sync_records WHERE kind = ?1 AND body IS NOT NULL")?
            .query_map([VOLUNTEER], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Removes everything held of a profile.
    pub(crate) fn remove_profile(&self, id: Uuid) -> Result<()> {
        self.conn.execute(
            "DELETE FROM sync_records WHERE kind = ?1 AND id = ?2",
            (VOLUNTEER, id),
        )?;
        Ok(())
    }

    /// The hub's review of a profile as it came (JSON), if any.
    pub(crate) fn review(&self, id: Uuid) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT review FROM sync_records WHERE kind = ?1 AND id = ?2 AND lang = ''",
            )?
            .query_row((VOLUNTEER, id), |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Keeps a profile's review (JSON), or none.
    pub(crate) fn set_review(&self, id: Uuid, review: Option<&str>) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE sync_records SET review = ?3 WHERE kind = ?1 AND id = ?2 AND lang = ''",
            )?
            .execute((VOLUNTEER, id, review))?;
        Ok(())
    }

    /// Removes every record older than `generation` except those of profiles with edits
    /// still waiting to be sent; answers the kind and id of each record removed.
    pub(crate) fn sweep_before(&self, generation: u64) -> Result<Vec<(String, Uuid)>> {
        let stale = self
            .conn
            .prepare(
                "SELECT kind, id FROM sync_records WHERE generation < ?1
                   AND id NOT IN (SELECT id FROM sync_pending)",
            )?
            .query_map([generation as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        self.conn.execute(
            "DELETE FROM sync_records WHERE generation < ?1
               AND id NOT IN (SELECT id FROM sync_pending)",
            [generation as i64],
        )?;
        Ok(stale)
    }

    /// Removes every profile document held, with its review (a wipe: the public profiles
    /// come back at the next sync as a reader).
    pub(crate) fn forget_profiles(&self) -> Result<()> {
        self.conn
            .execute("DELETE FROM sync_records WHERE kind = ?1", [VOLUNTEER])?;
        Ok(())
    }

    // --- sync_pending ---

    /// Forgets every edit waiting to be acknowledged (a wipe); answers how many there were.
    pub(crate) fn forget_pending(&self) -> Result<usize> {
        Ok(self.conn.execute("DELETE FROM sync_pending", [])?)
    }

    /// Notes that `field` of profile `id` changed here at `at` and is not acknowledged yet.
    pub(crate) fn mark_pending(&self, id: Uuid, field: &str, at: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO sync_pending (id, field, at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id, field) DO UPDATE SET at = excluded.at",
            )?
            .execute((id, field, at))?;
        Ok(())
    }

    /// How many field changes wait to be acknowledged, of profile `id` or of all.
    pub(crate) fn pending_count(&self, id: Option<Uuid>) -> Result<usize> {
        let n: i64 = match id {
            Some(id) => self.conn.query_row(
                "SELECT count(*) FROM sync_pending WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?,
            None => self
                .conn
                .query_row("SELECT count(*) FROM sync_pending", [], |r| r.get(0))?,
        };
        Ok(n as usize)
    }

    /// The fields of profile `id` waiting to be acknowledged, with their stamps.
    pub(crate) fn pending_of(&self, id: Uuid) -> Result<Vec<(String, String)>> {
        Ok(self
            .conn
            .prepare_cached("SELECT field, at FROM sync_pending WHERE id = ?1")?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every field waiting to be acknowledged: profile, field, stamp, by profile and field.
    pub(crate) fn all_pending(&self) -> Result<Vec<(Uuid, String, String)>> {
        Ok(self
            .conn
            .prepare("SELECT id, field, at FROM sync_pending ORDER BY id, field")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Stops waiting for `field` of profile `id` (any field when `None`), whatever its
    /// stamp, or only if its stamp is still `at`.
    pub(crate) fn unmark(&self, id: Uuid, field: Option<&str>, at: Option<&str>) -> Result<()> {
        match (field, at) {
            (None, _) => self
                .conn
                .prepare_cached("DELETE FROM sync_pending WHERE id = ?1")?
                .execute([id])?,
            (Some(field), None) => self
                .conn
                .prepare_cached("DELETE FROM sync_pending WHERE id = ?1 AND field = ?2")?
                .execute((id, field))?,
            (Some(field), Some(at)) => self
                .conn
                .prepare_cached(
                    "DELETE FROM sync_pending WHERE id = ?1 AND field = ?2 AND at = ?3",
                )?
                .execute((id, field, at))?,
        };
        Ok(())
    }
}

/// After `011_sync_text_once.sql`: gives every signed record held its body's digest, and
/// makes the next sync receive everything again, since signatures were not kept before:
/// each record then comes with its signature, and its text is stored once.
pub(crate) fn after_text_once(tx: &Connection) -> Result<()> {
    let rows: Vec<(String, Uuid, String, String)> = tx
        .prepare("SELECT kind, id, lang, body FROM sync_records WHERE kind != ?1")?
        .query_map([VOLUNTEER], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut update =
        tx.prepare("UPDATE sync_records SET hash = ?4 WHERE kind = ?1 AND id = ?2 AND lang = ?3")?;
    for (kind, id, lang, body) in &rows {
        update.execute((
            kind,
            id,
            lang,
            &crate::sync::protocol::body_digest(body)[..],
        ))?;
    }
    if !rows.is_empty() {
        SyncTables::of(tx).set(StateKey::Cursor, "0")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_values_are_kept_replaced_and_forgotten() {
        let store = Store::open_in_memory().unwrap();
        let t = store.sync_tables();
        assert_eq!(t.get(StateKey::Cursor).unwrap(), None);
        assert_eq!(t.num(StateKey::Cursor).unwrap(), 0);
        t.set(StateKey::Cursor, "12").unwrap();
        t.set(StateKey::Cursor, "13").unwrap();
        assert_eq!(t.num(StateKey::Cursor).unwrap(), 13);
        t.put(StateKey::Cursor, None).unwrap();
        assert_eq!(t.get(StateKey::Cursor).unwrap(), None);
    }

    #[test]
    fn a_sweep_keeps_profiles_with_unsent_edits() {
        let store = Store::open_in_memory().unwrap();
        let t = store.sync_tables();
        let (mine, theirs, text) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        t.put_profile(mine, false, "{}", 0).unwrap();
        t.put_profile(theirs, false, "{}", 0).unwrap();
        let record = HeldRecord {
            kind: "article-text",
            id: text,
            lang: "ar",
            version: 3,
            deleted: false,
            body: None,
            hash: [7; 32],
            sig: &[1; 64],
        };
        t.put_record(&record, 1).unwrap();
        t.mark_pending(mine, "about", "x").unwrap();
        let gone = t.sweep_before(1).unwrap();
        assert_eq!(gone, vec![(VOLUNTEER.to_owned(), theirs)]);
        assert!(t.profile(mine).unwrap().is_some());
        assert_eq!(
            t.version_and_hash("article-text", text, "ar").unwrap(),
            Some((3, [7; 32]))
        );
        t.forget_versions().unwrap();
        assert_eq!(
            t.version_and_hash("article-text", text, "ar").unwrap(),
            Some((0, [7; 32]))
        );
    }
}
