//! What a device forgets when it stops being a volunteer's or coordinator's (its token
//! revoked, the person leaving, too many wrong PINs), and the notice that tells the person
//! why, kept until they dismiss it.
//!
//! Kept apart from the engine: the engine reports `token-revoked` like any refusal, and the
//! shell that ran the sync calls [`forget_private`] (through `lock::Vault::forget_private`).

use serde::{Deserialize, Serialize};

use super::SyncError;
use crate::error::{Error, Result};
use crate::store::Store;

/// Why volunteer data was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WipeReason {
    /// A coordinator revoked this device's access at the hub.
    TokenRevoked,
    /// Ten wrong PINs in a row.
    WrongPins,
    /// The person left the organisation on this device.
    Left,
}

/// What the person is told after a wipe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WipeNotice {
    /// Why.
    pub reason: WipeReason,
    /// When (RFC 3339).
    pub at: String,
    /// Own profile changes that had not reached the hub and are gone.
    pub lost_edits: usize,
}

impl WipeNotice {
    /// A notice dated now.
    pub fn now(reason: WipeReason, lost_edits: usize) -> WipeNotice {
        WipeNotice {
            reason,
            at: chrono::Utc::now().to_rfc3339(),
            lost_edits,
        }
    }
}

const NOTICE: &str = "wipe_notice";

/// Deletes, in one transaction, everything on the device that is not public content: every
/// volunteer profile with its contacts (the public ones come back at the next sync as a
/// reader), the profiles as received, the device's unsent edits and suggestions, its token, role and own
/// profile id; the next sync starts afresh as a reader. Then empties the log, so the deleted
/// pages are not left in `*-wal`.
pub fn forget_private(store: &mut Store, reason: WipeReason) -> Result<WipeNotice> {
    let tx = store.conn.transaction()?;
    let lost_edits: i64 = tx.query_row("SELECT count(*) FROM sync_pending", [], |r| r.get(0))?;
    let notice = WipeNotice::now(reason, lost_edits as usize);
    tx.execute_batch(
        "DELETE FROM volunteer_contacts;
         DELETE FROM volunteers;
         DELETE FROM sync_records WHERE kind = 'volunteer';
         DELETE FROM sync_pending;
         DELETE FROM sync_state WHERE key IN ('token', 'role', 'volunteer_id', 'open_batch');",
    )?;
    // A volunteer's suggestions, sent or not, go with everything else of theirs.
    Store::forget_suggestions(&tx)?;
    tx.commit()?;
    super::engine::start_afresh(store).map_err(store_error)?;
    set_notice(store, &notice)?;
    store.forget_freed()?;
    Ok(notice)
}

fn store_error(e: SyncError) -> Error {
    match e {
        SyncError::Store(e) => e,
        other => Error::corrupt("sync state", other),
    }
}

/// Keeps `notice` until the person dismisses it.
pub fn set_notice(store: &mut Store, notice: &WipeNotice) -> Result<()> {
    store.conn.execute(
        "INSERT INTO sync_state (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (NOTICE, serde_json::to_string(notice).expect("serialises")),
    )?;
    Ok(())
}

/// The notice of the last wipe, if not dismissed.
pub fn notice(store: &Store) -> Result<Option<WipeNotice>> {
    use rusqlite::OptionalExtension;
    let text: Option<String> = store
        .conn
        .query_row(
            "SELECT value FROM sync_state WHERE key = ?1",
            [NOTICE],
            |r| r.get(0),
        )
        .optional()?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

/// The person has read the notice.
pub fn dismiss_notice(store: &mut Store) -> Result<()> {
    store
        .conn
        .execute("DELETE FROM sync_state WHERE key = ?1", [NOTICE])?;
    Ok(())
}
