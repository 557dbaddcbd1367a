//! The app's own sync: one [`Device`] per database, run from any shell's async runtime.
//!
//! The engine is synchronous (SQLite is), so a sync runs on a blocking thread with its own
//! connection to the database: the app keeps reading from its connection meanwhile (WAL lets
//! readers go on beside the writer), and a hub that does not answer never freezes a screen.
//!
//! Besides syncing, a device joins its hub with an invite code ([`Device::join`]) and, on a
//! coordinator's device, decides about volunteer profiles ([`Device::review_profile`]):
//! the only other calls the app makes to the network.
//!
//! A device whose token the hub says was revoked forgets everything that is not public
//! content and becomes a reader again ([`forget_if_revoked`]); a hub that cannot be reached
//! changes nothing.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use peerguide_core::LanguageTag;
use peerguide_core::lock::{self, Vault};
use peerguide_core::store::INDEX_BATCH;
use peerguide_core::sync::AccessProblem;
use peerguide_core::sync::SyncError;
use peerguide_core::sync::device::{self, DeviceRole, HubLink, SyncAttempt};
use peerguide_core::sync::engine::{self, DEFAULT_SYNC_DEADLINE, SyncOptions};
pub use peerguide_core::sync::protocol::Decision;
use peerguide_core::sync::protocol::{RedeemRequest, Redeemed, ReviewRequest, RevokeRequest};
use peerguide_core::sync::suggest;
use peerguide_core::sync::wipe::WipeReason;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::HttpTransport;

/// Parameters of [`Device::sync_now`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SyncParams {
    /// The reader's language: texts in it are synced from now on (with English).
    pub lang: String,
    /// The user confirmed that the organisation's key changed.
    #[serde(default)]
    pub accept_new_key: bool,
}

/// Parameters of [`Device::join`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct JoinParams {
    /// The hub's address as typed.
    pub address: String,
    /// The invite code as typed (spaces around it and lower case are fine).
    pub code: String,
    /// The PIN or passphrase that will lock the device (at least six characters); needed
    /// unless the device is locked already. Checked before the invite is used.
    #[serde(default)]
    pub pin: Option<String>,
}

/// Parameters of [`Device::review_profile`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ReviewParams {
    /// The profile.
    pub id: Uuid,
    /// What to do.
    pub decision: Decision,
    /// The profile's review digest as the coordinator saw it: required to approve, so the
    /// hub refuses (`profile-changed`) words that changed since.
    #[serde(default)]
    pub seen: Option<String>,
    /// The reader's language, for the sync that follows.
    pub lang: String,
}

/// Parameters of [`Device::revoke_devices`].
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RevokeParams {
    /// The volunteer profile whose devices lose their access.
    pub id: Uuid,
    /// The reader's language, for the sync that follows.
    pub lang: String,
}

/// What a completed sync did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncDone {
    /// When it ended.
    pub attempt: SyncAttempt,
    /// Records that changed something on this device (0: nothing new).
    pub changed: usize,
    /// Bytes received, compressed as on the wire.
    pub bytes_received: u64,
}

/// Syncs one database with the hub it is linked to, one sync at a time.
///
/// Only syncs wait for each other. Joining and sending a review decision do not wait for a
/// sync in progress: each is one request and one transaction of its own, and a sync that
/// was cut for another role is started afresh by the next one (the hub signs whom it cut
/// each page for). A sync itself ends by its deadline, so the sync after a review waits at
/// most that long.
pub struct Device {
    vault: Arc<Vault>,
    running: tokio::sync::Mutex<()>,
    deadline: Duration,
    /// A thread is taking pending content into the search index ([`Device::index_pending`]).
    indexing: Arc<AtomicBool>,
}

impl Device {
    /// The device whose database and lock are `vault` (the `Api`'s: `Api::vault`); each
    /// sync ends within [`DEFAULT_SYNC_DEADLINE`].
    pub fn new(vault: Arc<Vault>) -> Device {
        Device::with_deadline(vault, DEFAULT_SYNC_DEADLINE)
    }

    /// As [`Device::new`], each sync ending within `deadline` (`sync-timeout` past it).
    /// Content a sync or an import stored before the app last closed, and the search index
    /// had not yet taken in, is taken in now, in the background.
    pub fn with_deadline(vault: Arc<Vault>, deadline: Duration) -> Device {
        let device = Device {
            vault,
            running: tokio::sync::Mutex::new(()),
            deadline,
            indexing: Arc::new(AtomicBool::new(false)),
        };
        device.index_pending();
        device
    }

    /// Takes what is pending for the search index into it on a thread of its own, unless
    /// one is at it already: [`INDEX_BATCH`] rows per transaction, each on a connection of
    /// its own, so the app's screens read on meanwhile and locking the device waits at most
    /// one batch. It stops when nothing is left, or when the device is locked (the rest
    /// waits for the next sync or start).
    pub fn index_pending(&self) {
        // The usual case, nothing pending, is answered on the app's connection: no thread,
        // no connection of its own.
        let pending = self.vault.with_store(|s| s.search_pending());
        if !pending.is_ok_and(|n| n > 0) || self.indexing.swap(true, Ordering::SeqCst) {
            return;
        }
        let vault = Arc::clone(&self.vault);
        let indexing = Arc::clone(&self.indexing);
        std::thread::spawn(move || {
            loop {
                let finished = index_until_done(&vault);
                indexing.store(false, Ordering::SeqCst);
                // A sync may have left more just before the flag went down, and found it up.
                let more = finished
                    && vault
                        .side()
                        .and_then(|s| s.search_pending())
                        .is_ok_and(|n| n > 0);
                if !more || indexing.swap(true, Ordering::SeqCst) {
                    return;
                }
            }
        });
    }

    /// Whether a thread is taking content into the search index right now.
    pub fn is_indexing(&self) -> bool {
        self.indexing.load(Ordering::SeqCst)
    }

    /// Syncs now. A sync asked for while one runs waits for it and then runs (finding
    /// little to do), so a tap on "sync now" is never lost. Every attempt, failed or not, is
    /// recorded for the settings screen; a failure changes nothing else.
    pub async fn sync_now(&self, p: SyncParams) -> Result<SyncDone, SyncError> {
        let reader: LanguageTag = p.lang.parse()?;
        let _one_at_a_time = self.running.lock().await;
        let vault = Arc::clone(&self.vault);
        let deadline = self.deadline;
        let done = blocking(move || {
            let result = sync_blocking(&vault, &reader, p.accept_new_key, deadline);
            forget_if_revoked(&vault, result.as_ref().err())?;
            result
        })
        .await;
        // A large sync ends once its content is stored: search catches up behind it. So
        // does what an interrupted sync or an earlier catch-up left.
        self.index_pending();
        done
    }

    /// Joins the hub at `address` with an invite code: redeems it there, then links this
    /// device to the hub with the token, role and (for a volunteer) profile id it gave. A
    /// refused or failed join changes nothing on the device, so it stays as it was.
    pub async fn join(&self, p: JoinParams) -> Result<HubLink, SyncError> {
        let url = device::parse_hub_address(p.address.trim())?;
        // As people type it: the hub ignores dashes and spaces inside, and case.
        let code = p.code.trim().to_uppercase();
        // A sync in progress may finish under the old role: the next one sees the hub serve
        // the new role and starts afresh, so joining need not wait for it.
        let vault = Arc::clone(&self.vault);
        blocking(move || {
            // The PIN is checked before the invite is used up.
            let pin = match (vault.is_encrypted(), p.pin.as_deref()) {
                (true, _) => None,
                (false, Some(pin)) => {
                    lock::check_pin(pin)?;
                    Some(pin)
                }
                (false, None) => {
                    return Err(peerguide_core::Error::InvalidPin {
                        reason: "joining needs a PIN to lock this device with".into(),
                    }
                    .into());
                }
            };
            let mut transport = HttpTransport::new(&url, None)?;
            let redeemed: Redeemed = transport.call("/v1/redeem", &RedeemRequest { code })?;
            // Encrypted before the token and anyone's contacts are written to it (an invite
            // always makes a volunteer or a coordinator).
            if let Some(pin) = pin {
                vault.encrypt(pin)?;
            }
            let mut store = vault.side()?;
            device::set_hub(&mut store, &url)?;
            device::set_credentials(
                &mut store,
                &redeemed.token,
                redeemed.role.into(),
                redeemed.volunteer_id,
            )?;
            device::hub_link(&store)?.ok_or(SyncError::NoHub)
        })
        .await
    }

    /// On a coordinator's device: sends a decision about a volunteer profile to the hub,
    /// then syncs so the device shows the profile's new state; answers that sync. Refused
    /// (`not-a-coordinator`) on any other device, and (`profile-changed`) when approving
    /// words that changed since `seen`. A sync that fails after the hub took the decision
    /// fails as any sync does; the decision stands and the next sync shows it.
    pub async fn review_profile(&self, p: ReviewParams) -> Result<SyncDone, SyncError> {
        // The decision is one request: it does not wait for a sync in progress.
        let request = ReviewRequest {
            id: p.id,
            decision: p.decision,
            seen: p.seen,
        };
        self.as_coordinator("/v1/volunteers/review", request, p.lang)
            .await
    }
}

impl Device {
    /// On a coordinator's device: ends the access of every device speaking for the volunteer
    /// profile `id` (a lost or seized phone). Each of them, at its next contact with the
    /// hub, deletes everything that is not public content and becomes a reader. Then syncs.
    pub async fn revoke_devices(&self, p: RevokeParams) -> Result<SyncDone, SyncError> {
        let request = RevokeRequest {
            token_id: None,
            volunteer_id: Some(p.id),
        };
        self.as_coordinator("/v1/tokens/revoke", request, p.lang)
            .await
    }

    /// One coordinator's request to the hub, then a sync so the device shows its effect.
    /// Refused (`not-a-coordinator`) on any other device. A hub that says this device's own
    /// token was revoked wipes it here too, as a sync would. A sync that fails after the hub
    /// took the request fails as any sync does; the request stands and the next sync shows it.
    async fn as_coordinator(
        &self,
        path: &'static str,
        request: impl serde::Serialize + Send + 'static,
        lang: String,
    ) -> Result<SyncDone, SyncError> {
        let reader: LanguageTag = lang.parse()?;
        let vault = Arc::clone(&self.vault);
        blocking(move || {
            let link = vault.with_store(|store| device::hub_link(store))?;
            let link = link
                .filter(|l| l.role == DeviceRole::Coordinator)
                .ok_or(SyncError::NotACoordinator)?;
            let mut transport = HttpTransport::new(&link.url, link.token)?;
            let answer: Result<serde_json::Value, SyncError> =
                transport.call(path, &request).map_err(SyncError::from);
            forget_if_revoked(&vault, answer.as_ref().err())?;
            answer.map(|_| ())
        })
        .await?;
        self.sync_now(SyncParams {
            lang: reader.as_str().to_owned(),
            accept_new_key: false,
        })
        .await
    }
}

/// Runs `work` on tokio's blocking pool: SQLite and the blocking HTTP client wait there, not
/// on the runtime's workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, SyncError> + Send + 'static,
) -> Result<T, SyncError> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        // A panic is a bug: let it surface where the shell reports panics.
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        // Only when the runtime shuts down, i.e. the app is closing: each page already
        // applied stays applied, the rest comes next time.
        Err(_) => Err(SyncError::HubUnreachable {
            reason: "the sync was stopped as the app closed".into(),
        }),
    }
}

/// After a call to the hub: when it said this device's token was revoked, deletes everything
/// that is not public content and returns the device to reader mode (no PIN), leaving a
/// notice saying why. Any other outcome, an unreachable hub included, changes nothing.
pub fn forget_if_revoked(vault: &Vault, error: Option<&SyncError>) -> Result<(), SyncError> {
    if let Some(SyncError::AccessEnded(AccessProblem::Revoked)) = error {
        vault.forget_private(WipeReason::TokenRevoked)?;
    }
    Ok(())
}

/// Takes batches into the search index until none is left (true) or one fails (false: the
/// device was locked, or its database is gone).
fn index_until_done(vault: &Vault) -> bool {
    loop {
        let left = vault
            .side()
            .and_then(|mut store| store.index_pending(INDEX_BATCH));
        match left {
            Ok(0) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
}

fn sync_blocking(
    vault: &Vault,
    reader: &LanguageTag,
    accept_new_key: bool,
    deadline: Duration,
) -> Result<SyncDone, SyncError> {
    let mut store = vault.side()?;
    let link = device::hub_link(&store)?.ok_or(SyncError::NoHub)?;
    let opts = SyncOptions {
        langs: device::sync_languages(&mut store, reader)?,
        accept_new_key,
        deadline: Some(deadline),
        index_in_background: true,
        ..SyncOptions::default()
    };
    let mut transport = HttpTransport::new(&link.url, link.token.clone())?;
    let result = engine::sync(&mut store, &mut transport, &opts, &mut |_| {});
    // Then what waits for the review queue, over the same connection: flags and suggestions
    // written offline, and the coordinators' decisions about those sent before.
    let result = result.and_then(|report| {
        let exchanged = suggest::exchange(&mut store, &mut transport)?;
        Ok((report, exchanged))
    });
    let attempt = device::record_attempt(&mut store, result.as_ref().map(|(r, _)| r))?;
    let (report, exchanged) = result?;
    Ok(SyncDone {
        attempt,
        changed: report.changed + report.removed + exchanged.decided,
        bytes_received: transport.bytes_in,
    })
}
