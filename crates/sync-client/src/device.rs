//! The app's own sync: one [`Device`] per database, run from any shell's async runtime.
//!
//! The engine is synchronous (SQLite is), so a sync runs on a blocking thread with its own
//! connection to the database: the app keeps reading from its connection meanwhile (WAL lets
//! readers go on beside the writer), and a hub that does not answer never freezes a screen.

use std::path::PathBuf;

use peerguide_core::LanguageTag;
use peerguide_core::store::Store;
use peerguide_core::sync::SyncError;
use peerguide_core::sync::device::{self, SyncAttempt};
use peerguide_core::sync::engine::{self, SyncOptions};
use serde::{Deserialize, Serialize};

use crate::HttpTransport;

/// Parameters of [`Device::sync_now`].
#[derive(Debug, Clone, Deserialize)]
pub struct SyncParams {
    /// The reader's language: texts in it are synced from now on (with English).
    pub lang: String,
    /// The user confirmed that the organisation's key changed.
    #[serde(default)]
    pub accept_new_key: bool,
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
pub struct Device {
    db: PathBuf,
    running: tokio::sync::Mutex<()>,
}

impl Device {
    /// The device whose database is at `db`.
    pub fn new(db: impl Into<PathBuf>) -> Device {
        Device {
            db: db.into(),
            running: tokio::sync::Mutex::new(()),
        }
    }

    /// Syncs now. A sync asked for while one runs waits for it and then runs (finding
    /// little to do), so a tap on "sync now" is never lost. Every attempt, failed or not, is
    /// recorded for the settings screen; a failure changes nothing else.
    pub async fn sync_now(&self, p: SyncParams) -> Result<SyncDone, SyncError> {
        let reader: LanguageTag = p.lang.parse()?;
        let _one_at_a_time = self.running.lock().await;
        let db = self.db.clone();
        match tokio::task::spawn_blocking(move || sync_blocking(&db, &reader, p.accept_new_key))
            .await
        {
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
}

fn sync_blocking(
    db: &std::path::Path,
    reader: &LanguageTag,
    accept_new_key: bool,
) -> Result<SyncDone, SyncError> {
    let mut store = Store::open(db)?;
    let link = device::hub_link(&store)?.ok_or(SyncError::NoHub)?;
    let opts = SyncOptions {
        langs: device::sync_languages(&mut store, reader)?,
        accept_new_key,
        ..SyncOptions::default()
    };
    let mut transport = HttpTransport::new(&link.url, link.token.clone())?;
    let result = engine::sync(&mut store, &mut transport, &opts, &mut |_| {});
    let attempt = device::record_attempt(&mut store, result.as_ref())?;
    let report = result?;
    Ok(SyncDone {
        attempt,
        changed: report.changed + report.removed,
        bytes_received: transport.bytes_in,
    })
}
