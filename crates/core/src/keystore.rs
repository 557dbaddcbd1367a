//! The operating system's keystore in the device lock: a random secret kept there (one per
//! device database) that Argon2id takes with the PIN, so the database key needs both the PIN
//! and the keystore's item. A copied database file with its lock file is then not enough to
//! try PINs offline: the secret stays in the keystore (hardware-backed on most phones).
//!
//! The core knows only `keyring-core`'s interface; the shell picks the platform's store
//! (`peerguide_sync_client::keystore`). Where none can be reached the lock is the PIN alone,
//! and `LockStatus::keystore` says so.

use std::sync::Arc;

use keyring_core::{CredentialStore, Entry};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The keystore service every item of this app is filed under.
pub const SERVICE: &str = "org.peerguide.device-lock";

/// Bytes of a secret.
const SECRET_LEN: usize = 32;

/// A keystore the lock may keep its secrets in.
#[derive(Clone)]
pub struct Keystore {
    store: Arc<CredentialStore>,
}

impl std::fmt::Debug for Keystore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keystore")
            .field("vendor", &self.store.vendor())
            .finish()
    }
}

impl Keystore {
    /// The keystore `store` (a platform's, or `keyring_core::mock` in tests).
    pub fn new(store: Arc<CredentialStore>) -> Keystore {
        Keystore { store }
    }

    /// Who made the store, as it says.
    pub fn vendor(&self) -> String {
        self.store.vendor()
    }

    fn entry(&self, account: &str) -> Result<Entry> {
        Entry::new_in_store(&self.store, SERVICE, account).map_err(unavailable)
    }

    /// Makes a new random secret under a new account name and answers both; `Err` when the
    /// keystore cannot be reached or refuses (the caller then locks with the PIN alone).
    pub(crate) fn create(&self) -> Result<(String, Zeroizing<Vec<u8>>)> {
        let mut id = [0u8; 16];
        let mut secret = Zeroizing::new(vec![0u8; SECRET_LEN]);
        random(&mut id)?;
        random(&mut secret)?;
        let account = format!("db-{}", hex(&id));
        let entry = self.entry(&account)?;
        entry.set_secret(&secret).map_err(unavailable)?;
        // Read back: a store that accepts and forgets (no daemon behind it) is no store.
        match entry.get_secret() {
            Ok(back) if back == *secret => Ok((account, secret)),
            Ok(_) => Err(Error::KeystoreUnavailable {
                reason: "the keystore gave back another secret than it was given".into(),
            }),
            Err(e) => Err(unavailable(e)),
        }
    }

    /// The secret kept under `account`: `keystore-missing` when the keystore answers but no
    /// longer holds it, `keystore-unavailable` when it cannot be asked.
    pub(crate) fn get(&self, account: &str) -> Result<Zeroizing<Vec<u8>>> {
        match self.entry(account)?.get_secret() {
            Ok(secret) if secret.len() == SECRET_LEN => Ok(Zeroizing::new(secret)),
            Ok(_) | Err(keyring_core::Error::NoEntry) => Err(Error::KeystoreMissing),
            Err(e) => Err(unavailable(e)),
        }
    }

    /// Removes the secret kept under `account`, if it is there.
    pub(crate) fn delete(&self, account: &str) -> Result<()> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable(e: keyring_core::Error) -> Error {
    Error::KeystoreUnavailable {
        reason: e.to_string(),
    }
}

fn random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| Error::Io {
        path: std::path::PathBuf::from("(system randomness)"),
        source: std::io::Error::other(e.to_string()),
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
