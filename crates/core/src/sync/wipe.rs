//! What a device forgets when it stops being a volunteer's or coordinator's (its token
//! revoked, the person leaving, too many wrong PINs), and the notice that tells the person
//! why, kept until they dismiss it.
//!
//! Kept apart from the engine: the engine reports `token-revoked` like any refusal, and the
//! shell that ran the sync calls [`forget_private`] (through `lock::Vault::forget_private`).

use serde::{Deserialize, Serialize};

use super::SyncError;
use crate::error::{Error, Result};
use crate::lock::Step;
use crate::store::{StateKey, Store, SyncTables};

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
    /// The device could not be opened (its keystore lost its secret, or the PIN was
    /// forgotten) and the person removed its data to start again.
    StartedOver,
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

/// Deletes, in one transaction, everything on the device that is not public content: every
/// volunteer profile with its contacts (the public ones come back at the next sync as a
/// reader), the profiles as received, the device's unsent edits and suggestions, its token,
/// role and own profile id; the next sync starts afresh as a reader; the notice is kept. Then
/// empties the log, so the deleted pages are not left in `*-wal`. A crash before the commit
/// leaves the device as it was, after it the device wiped: never half of it.
pub fn forget_private(store: &mut Store, reason: WipeReason) -> Result<WipeNotice> {
    forget_private_stepped(store, reason, &|_| Ok(()))
}

/// As [`forget_private`], telling `step` where it is (tests stop or fail it there).
pub(crate) fn forget_private_stepped(
    store: &mut Store,
    reason: WipeReason,
    step: &dyn Fn(Step) -> Result<()>,
) -> Result<WipeNotice> {
    let tx = store.transaction()?;
    let t = SyncTables::of(&tx);
    let lost_edits = t.forget_pending()?;
    // A wipe finished after a crash keeps the notice (and its count) its commit wrote.
    let notice = t
        .get(StateKey::WipeNotice)?
        .and_then(|text| serde_json::from_str::<WipeNotice>(&text).ok())
        .filter(|earlier| earlier.reason == reason && lost_edits == 0)
        .unwrap_or_else(|| WipeNotice::now(reason, lost_edits));
    Store::delete_all_volunteers(&tx)?;
    t.forget_profiles()?;
    for key in [
        StateKey::Token,
        StateKey::Role,
        StateKey::VolunteerId,
        StateKey::OpenBatch,
    ] {
        t.remove(key)?;
    }
    super::engine::start_afresh_in(&tx).map_err(store_error)?;
    t.set(
        StateKey::WipeNotice,
        &serde_json::to_string(&notice).expect("serialises"),
    )?;
    // A volunteer's suggestions, sent or not, go with everything else of theirs.
    Store::forget_suggestions(&tx)?;
    step(Step::WipeDeleted)?;
    tx.commit()?;
    step(Step::WipeCommitted)?;
    store.forget_freed()?;
    step(Step::WipeCheckpointed)?;
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
    store.sync_tables().set(
        StateKey::WipeNotice,
        &serde_json::to_string(notice).expect("serialises"),
    )
}

/// The notice of the last wipe, if not dismissed.
pub fn notice(store: &Store) -> Result<Option<WipeNotice>> {
    let text = store.sync_tables().get(StateKey::WipeNotice)?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

/// The person has read the notice.
pub fn dismiss_notice(store: &mut Store) -> Result<()> {
    store.sync_tables().remove(StateKey::WipeNotice)
}
