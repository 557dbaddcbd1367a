//! The device lock: a database encrypted at rest (SQLCipher) under a key derived from the
//! person's PIN (Argon2id), the lock file beside it, unlocking and locking, ten wrong PINs,
//! re-keying, and converting the database between plain and encrypted in place.
//!
//! A volunteer's or coordinator's device must be locked: it holds other people's contacts
//! and its own token. A reader's device may be (an app lock for a shared phone).
//!
//! Files, for a database `peerguide.db`:
//! - `peerguide.db` (with `-wal`, `-shm`): plain SQLite, or SQLCipher pages; which one is
//!   read from the file's first bytes, never from the lock file, so a crash between writing
//!   the two files leaves a device that opens.
//! - `peerguide.db.lock`: plain JSON, nothing secret in it: the Argon2id parameters and
//!   salt, wrong PINs so far, the idle time, the hub's address (the organisation's public
//!   reader has it too) so public guidance can come back after a wipe.
//! - `peerguide.db.converting`, `peerguide.db.old`: only during a conversion or re-key.
//!
//! A conversion exports into a new file (`sqlcipher_export`), syncs it to disk, then renames
//! it over the old one (atomic on one file system). The old file is first given a second
//! name, so after the rename its bytes can still be overwritten with zeros before it goes:
//! the plain copy does not linger in free blocks of the file system for whoever images the
//! phone (best effort: a flash controller may keep old blocks).

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::keystore::Keystore;
use crate::store::Store;
use crate::sync::wipe::{self, WipeNotice, WipeReason};

/// Fewest characters a PIN or passphrase may have.
pub const MIN_PIN_CHARS: usize = 6;
/// Wrong PINs in a row that wipe the volunteer data.
pub const MAX_WRONG_PINS: u32 = 10;
/// Minutes without a touch after which the app locks, unless the person chose otherwise.
pub const DEFAULT_IDLE_MINUTES: u32 = 5;
/// The longest idle time that may be chosen.
pub const MAX_IDLE_MINUTES: u32 = 60;

/// The first bytes of every plain SQLite database; an encrypted one starts with its salt.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Argon2id's cost parameters, kept in the lock file so they can be raised later without
/// locking anyone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory, KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// What devices use: 64 MiB, 3 passes, 1 lane (RFC 9106's second recommended option,
    /// for machines with little memory). BENCHMARKS.md has the time it takes.
    pub const STANDARD: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
}

/// A point inside a conversion or a wipe where a crash may land. Tests stop the process there
/// (or fail the step) through [`Vault::on_step`] to show that each leaves a working device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// The lock file for the new key is written (encrypting, re-keying).
    Recorded,
    /// The new file is written and synced as `<db>.converting`.
    Exported,
    /// The old file has its second name, `<db>.old`.
    Linked,
    /// The new file has been renamed over the old one; the old one is not yet shredded.
    Renamed,
    /// A wipe's deletions are made in its transaction, not yet committed.
    WipeDeleted,
    /// A wipe is committed; its log is not yet emptied.
    WipeCommitted,
    /// A wipe's log is emptied; the database is not yet made plain.
    WipeCheckpointed,
}

/// What is told of each step; nothing outside tests listens.
pub type StepHook = std::sync::Arc<dyn Fn(Step) -> Result<()> + Send + Sync>;

/// A 256-bit database key, zeroed when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct DbKey(Zeroizing<[u8; 32]>);

impl DbKey {
    /// Derives the key for `pin` with `salt`.
    pub fn derive(pin: &str, salt: &[u8], kdf: KdfParams) -> Result<DbKey> {
        DbKey::derive_with(pin, salt, kdf, None)
    }

    /// Derives the key for `pin` with `salt` and the keystore's `secret`, if any: Argon2id's
    /// own secret input (RFC 9106, 3.1), so the key needs both the PIN and the secret.
    pub fn derive_with(
        pin: &str,
        salt: &[u8],
        kdf: KdfParams,
        secret: Option<&[u8]>,
    ) -> Result<DbKey> {
        let params = Params::new(kdf.m_kib, kdf.t, kdf.p, Some(32))
            .map_err(|e| Error::corrupt("lock file's key parameters", e))?;
        let argon2 = match secret {
            Some(secret) => {
                Argon2::new_with_secret(secret, Algorithm::Argon2id, Version::V0x13, params)
                    .map_err(|e| Error::corrupt("keystore secret", e))?
            }
            None => Argon2::new(Algorithm::Argon2id, Version::V0x13, params),
        };
        let mut key = Zeroizing::new([0u8; 32]);
        argon2
            .hash_password_into(pin.as_bytes(), salt, key.as_mut())
            .map_err(|e| Error::corrupt("lock file's key parameters", e))?;
        Ok(DbKey(key))
    }

    /// The key as SQLCipher's raw-key literal: used as it is, with no second derivation.
    fn literal(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(67));
        text.push_str("x'");
        for b in self.0.iter() {
            text.push_str(&format!("{b:02x}"));
        }
        text.push('\'');
        text
    }

    /// Sets this key on `schema` of `conn`, before anything of it is read.
    pub(crate) fn apply(&self, conn: &Connection, schema: &str) -> rusqlite::Result<()> {
        // A wrong PIN is an answer, not a fault: SQLCipher would log each one to stderr.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        let sql = Zeroizing::new(format!("PRAGMA {schema}.key = \"{}\";", &*self.literal()));
        conn.execute_batch(&sql)
    }
}

impl crate::store::DatabaseKey for DbKey {
    fn apply(&self, conn: &Connection, schema: &str) -> rusqlite::Result<()> {
        DbKey::apply(self, conn, schema)
    }
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(..)")
    }
}

/// Whether `err` is what opening an encrypted database with the wrong key gives.
pub fn is_wrong_key(err: &Error) -> bool {
    matches!(err, Error::Database(rusqlite::Error::SqliteFailure(e, _))
        if e.code == rusqlite::ErrorCode::NotADatabase)
}

/// Checks a PIN or passphrase a person chose.
pub fn check_pin(pin: &str) -> Result<()> {
    let chars = pin.chars().count();
    if chars < MIN_PIN_CHARS {
        return Err(Error::InvalidPin {
            reason: format!("it has {chars} characters; at least {MIN_PIN_CHARS} are needed"),
        });
    }
    if pin.chars().any(char::is_control) {
        return Err(Error::InvalidPin {
            reason: "it contains a control character".into(),
        });
    }
    Ok(())
}

/// The lock file's contents.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct LockRecord {
    kdf: KdfParams,
    salt: String,
    /// During a re-key: the new key's salt, until the new file is in place.
    #[serde(default)]
    next_salt: Option<String>,
    failed: u32,
    idle_minutes: u32,
    #[serde(default)]
    hub_url: Option<String>,
    /// A wipe was begun (a revoked token, leaving): finished at the next unlock if a crash
    /// stopped it, so it is never undone by ending the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wipe: Option<WipeReason>,
    /// The account of the keystore's secret that the key also needs; none when the key is
    /// the PIN's alone (no keystore was reachable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    keystore: Option<String>,
}

impl LockRecord {
    fn salt(text: &str) -> Result<Vec<u8>> {
        B64.decode(text)
            .map_err(|e| Error::corrupt("lock file's salt", e))
    }
}

/// What a UI needs to know about the lock, readable while locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LockStatus {
    /// The database is encrypted (a PIN is set).
    pub encrypted: bool,
    /// Nothing can be read until the PIN is given.
    pub locked: bool,
    /// Wrong PINs left before the volunteer data is wiped.
    pub attempts_left: u32,
    /// Minutes without a touch before the app locks.
    pub idle_minutes: u32,
    /// The key also needs a secret held by the operating system's keystore (see
    /// `keystore.rs`); false where none was reachable when the PIN was set: then the PIN and
    /// Argon2id are the whole protection.
    pub keystore: bool,
    /// Why volunteer data was last removed from this device, until the person dismisses it.
    pub notice: Option<WipeNotice>,
}

struct Inner {
    main: Option<Store>,
    key: Option<DbKey>,
}

/// Called on a fresh, empty database after a wipe: the app imports its built-in pack there.
pub type Seed = Box<dyn Fn(&mut Store) -> Result<()> + Send + Sync>;

/// One device's database and its lock: the connection the app reads through, the key while
/// unlocked, and every change of the files (conversion, re-key, wipe), which waits for the
/// other connections (a sync's) to close first.
pub struct Vault {
    path: Option<PathBuf>,
    kdf: KdfParams,
    /// Read: a connection of its own is open (a sync). Write: the files are being replaced.
    files: RwLock<()>,
    inner: Mutex<Inner>,
    seed: Mutex<Option<Seed>>,
    steps: Mutex<Option<StepHook>>,
    keystore: Mutex<Option<Keystore>>,
}

/// A connection of its own to the device's database (for a sync), kept while it lives.
pub struct SideStore<'a> {
    store: Store,
    _files: RwLockReadGuard<'a, ()>,
}

impl Deref for SideStore<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}

impl DerefMut for SideStore<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.store
    }
}

impl Vault {
    /// A store with no file (tests, the hub's public reader): never locked.
    pub fn in_memory(store: Store) -> Vault {
        Vault {
            path: None,
            kdf: KdfParams::STANDARD,
            files: RwLock::new(()),
            inner: Mutex::new(Inner {
                main: Some(store),
                key: None,
            }),
            seed: Mutex::new(None),
            steps: Mutex::new(None),
            keystore: Mutex::new(None),
        }
    }

    /// Opens the database at `path` (creating a plain one if there is none), finishing or
    /// undoing a conversion a crash interrupted. An encrypted database opens locked.
    pub fn open(path: impl Into<PathBuf>) -> Result<Vault> {
        Vault::open_with(path, KdfParams::STANDARD)
    }

    /// As [`Vault::open`], deriving new keys with `kdf` (tests use cheaper parameters).
    pub fn open_with(path: impl Into<PathBuf>, kdf: KdfParams) -> Result<Vault> {
        let path = path.into();
        recover(&path)?;
        let main = if is_plain(&path)? {
            Some(Store::open(&path)?)
        } else {
            None
        };
        Ok(Vault {
            path: Some(path),
            kdf,
            files: RwLock::new(()),
            inner: Mutex::new(Inner { main, key: None }),
            seed: Mutex::new(None),
            steps: Mutex::new(None),
            keystore: Mutex::new(None),
        })
    }

    /// What to put into a database made afresh by a wipe.
    pub fn set_seed(&self, seed: Seed) {
        *self.seed.lock().unwrap_or_else(|p| p.into_inner()) = Some(seed);
    }

    /// Tells `hook` each [`Step`] a conversion or a wipe reaches; an error it answers
    /// stops the work there, as a failing disk would. For tests.
    #[doc(hidden)]
    pub fn on_step(&self, hook: StepHook) {
        *self.steps.lock().unwrap_or_else(|p| p.into_inner()) = Some(hook);
    }

    /// The operating system's keystore, for a PIN set from now on and for unlocking a
    /// database whose key needs it. Without one a new PIN is the whole key.
    pub fn set_keystore(&self, keystore: Keystore) {
        *self.keystore.lock().unwrap_or_else(|p| p.into_inner()) = Some(keystore);
    }

    fn keystore(&self) -> Option<Keystore> {
        self.keystore
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The keystore's secret the key of `record` needs, if it needs one.
    fn secret_for(&self, record: &LockRecord) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let Some(account) = record.keystore.as_deref() else {
            return Ok(None);
        };
        match self.keystore() {
            Some(keystore) => keystore.get(account).map(Some),
            None => Err(Error::KeystoreUnavailable {
                reason: "this program was given no keystore".into(),
            }),
        }
    }

    /// Removes the keystore's secret of `record`, if any; a keystore out of reach keeps it
    /// (it opens nothing without the files it belonged to).
    fn forget_secret(&self, record: &LockRecord) {
        if let (Some(account), Some(keystore)) = (record.keystore.as_deref(), self.keystore()) {
            let _ = keystore.delete(account);
        }
    }

    fn steps(&self) -> Steps {
        Steps(self.steps.lock().unwrap_or_else(|p| p.into_inner()).clone())
    }

    /// The database file, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn inner(&self) -> MutexGuard<'_, Inner> {
        // Every change under this lock is a whole file operation or a transaction; a
        // panic in the middle leaves files `recover` understands.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn files_read(&self) -> RwLockReadGuard<'_, ()> {
        self.files.read().unwrap_or_else(|p| p.into_inner())
    }

    fn files_write(&self) -> RwLockWriteGuard<'_, ()> {
        self.files.write().unwrap_or_else(|p| p.into_inner())
    }

    fn file(&self) -> Result<&Path> {
        self.path.as_deref().ok_or_else(|| Error::Io {
            path: PathBuf::from("(memory)"),
            source: std::io::Error::other("a database in memory has no file"),
        })
    }

    /// Gives the app's connection to `f`; `locked` while the device is locked.
    pub fn with_store<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let mut inner = self.inner();
        match inner.main.as_mut() {
            Some(store) => f(store),
            None => Err(Error::Locked.into()),
        }
    }

    /// The app's connection, for a program that needs nothing more of the lock once it is
    /// open (a command of the command line); `locked` while locked.
    pub fn into_store(self) -> Result<Store> {
        let inner = self.inner.into_inner().unwrap_or_else(|p| p.into_inner());
        inner.main.ok_or(Error::Locked)
    }

    /// A connection of its own (a sync's), with the key; `locked` while locked.
    pub fn side(&self) -> Result<SideStore<'_>> {
        let path = self.file()?;
        let files = self.files_read();
        let key = {
            let inner = self.inner();
            if inner.main.is_none() {
                return Err(Error::Locked);
            }
            inner.key.clone()
        };
        Ok(SideStore {
            store: Store::open_keyed(path, key.as_ref())?,
            _files: files,
        })
    }

    /// Whether the database is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.path
            .as_deref()
            .is_some_and(|p| !is_plain(p).unwrap_or(true))
    }

    /// The lock as a UI shows it.
    pub fn status(&self) -> Result<LockStatus> {
        let record = match self.path.as_deref() {
            Some(p) if self.is_encrypted() => Some(read_record(p)?),
            _ => None,
        };
        let inner = self.inner();
        let notice = match inner.main.as_ref() {
            Some(store) => wipe::notice(store)?,
            None => None,
        };
        Ok(LockStatus {
            encrypted: record.is_some(),
            locked: inner.main.is_none(),
            attempts_left: MAX_WRONG_PINS - record.as_ref().map_or(0, |r| r.failed),
            idle_minutes: record
                .as_ref()
                .map_or(DEFAULT_IDLE_MINUTES, |r| r.idle_minutes),
            keystore: record.as_ref().is_some_and(|r| r.keystore.is_some()),
            notice,
        })
    }

    /// Unlocks with `pin`. A wrong PIN is counted before it is tried (ending the app in the
    /// middle gives no free guess); the tenth in a row wipes the database (`pin-wiped`),
    /// leaving a plain one with public guidance only.
    /// A wipe a crash interrupted is finished then.
    pub fn unlock(&self, pin: &str) -> Result<()> {
        if let Some(reason) = self.open_with_pin(pin)? {
            self.forget_private(reason)?;
        }
        Ok(())
    }

    /// Unlocks; answers the wipe left unfinished, if any.
    fn open_with_pin(&self, pin: &str) -> Result<Option<WipeReason>> {
        let path = self.file()?;
        let _files = self.files_write();
        let mut inner = self.inner();
        if inner.main.is_some() {
            return Ok(None);
        }
        let mut record = read_record(path)?;
        // Asked before the PIN is counted: a keystore out of reach is not a wrong PIN.
        let secret = self.secret_for(&record)?;
        record.failed += 1;
        write_record(path, &record)?;
        let salts = std::iter::once(&record.salt).chain(record.next_salt.as_ref());
        let mut opened = None;
        for (i, salt) in salts.enumerate() {
            let key = DbKey::derive_with(
                pin,
                &LockRecord::salt(salt)?,
                record.kdf,
                secret.as_deref().map(|s| s.as_slice()),
            )?;
            match Store::open_keyed(path, Some(&key)) {
                Ok(store) => {
                    opened = Some((store, key, i == 1));
                    break;
                }
                Err(e) if is_wrong_key(&e) => continue,
                Err(e) => return Err(e),
            }
        }
        match opened {
            Some((store, key, rekeyed)) => {
                record.failed = 0;
                if rekeyed {
                    record.salt = record.next_salt.take().expect("tried only when present");
                }
                record.next_salt = None;
                write_record(path, &record)?;
                inner.main = Some(store);
                inner.key = Some(key);
                Ok(record.wipe)
            }
            None if record.failed >= MAX_WRONG_PINS => {
                self.forget_secret(&record);
                let mut store = self.fresh(path, record.hub_url.as_deref())?;
                wipe::set_notice(&mut store, &WipeNotice::now(WipeReason::WrongPins, 0))?;
                inner.main = Some(store);
                inner.key = None;
                Err(Error::PinWiped)
            }
            None => Err(Error::WrongPin {
                attempts_left: MAX_WRONG_PINS - record.failed,
            }),
        }
    }

    /// Locks now: the connection is closed and the key forgotten. A plain device has
    /// nothing to lock.
    pub fn lock(&self) -> Result<()> {
        if !self.is_encrypted() {
            return Ok(());
        }
        let _files = self.files_write();
        let mut inner = self.inner();
        inner.main = None;
        inner.key = None;
        Ok(())
    }

    /// Encrypts a plain device's database under `pin`, in place; the device stays unlocked.
    pub fn encrypt(&self, pin: &str) -> Result<()> {
        check_pin(pin)?;
        let path = self.file()?;
        if self.is_encrypted() {
            return Ok(());
        }
        let _files = self.files_write();
        let mut inner = self.inner();
        let store = inner.main.take().ok_or(Error::Locked)?;
        let salt = new_salt()?;
        // Where the keystore cannot be reached (no Secret Service running, the web mode) the
        // PIN alone makes the key, and the lock's status says so.
        let (account, secret) = match self.keystore().map(|k| k.create()) {
            Some(Ok((account, secret))) => (Some(account), Some(secret)),
            _ => (None, None),
        };
        let key = DbKey::derive_with(
            pin,
            &salt,
            self.kdf,
            secret.as_deref().map(|s| s.as_slice()),
        )?;
        let hub_url = crate::sync::device::hub_link(&store)?.map(|l| l.url);
        let steps = self.steps();
        let result = (|| {
            export(&store, &converting_path(path), Some(&key))?;
            drop(store);
            steps.at(Step::Exported)?;
            write_record(
                path,
                &LockRecord {
                    kdf: self.kdf,
                    salt: B64.encode(salt),
                    next_salt: None,
                    failed: 0,
                    idle_minutes: DEFAULT_IDLE_MINUTES,
                    hub_url,
                    wipe: None,
                    keystore: account.clone(),
                },
            )?;
            steps.at(Step::Recorded)?;
            replace(path, &converting_path(path), &steps)
        })();
        // Whatever happened, the database opens again: encrypted if the rename was done.
        let key = (!is_plain(path)?).then_some(key);
        if key.is_none()
            && let (Some(account), Some(keystore)) = (account.as_deref(), self.keystore())
        {
            let _ = keystore.delete(account);
        }
        inner.main = Some(Store::open_keyed(path, key.as_ref())?);
        inner.key = key;
        result
    }

    /// Turns an unlocked encrypted database back into a plain one, in place, and removes
    /// the lock file (a reader's app lock turned off; a device returned to reader mode).
    pub fn decrypt(&self) -> Result<()> {
        let path = self.file()?;
        if !self.is_encrypted() {
            return Ok(());
        }
        let _files = self.files_write();
        let mut inner = self.inner();
        let store = inner.main.take().ok_or(Error::Locked)?;
        let record = read_record(path).ok();
        let steps = self.steps();
        let result = (|| {
            export(&store, &converting_path(path), None)?;
            drop(store);
            steps.at(Step::Exported)?;
            replace(path, &converting_path(path), &steps)?;
            remove_if_there(&lock_path(path))
        })();
        let key = inner.key.take().filter(|_| !is_plain(path).unwrap_or(true));
        inner.main = Some(Store::open_keyed(path, key.as_ref())?);
        if key.is_none()
            && let Some(record) = &record
        {
            self.forget_secret(record);
        }
        inner.key = key;
        result
    }

    /// Checks `pin` against the key in use, without counting it as a wrong PIN.
    pub fn verify(&self, pin: &str) -> Result<()> {
        let path = self.file()?;
        let record = read_record(path)?;
        let secret = self.secret_for(&record)?;
        let key = DbKey::derive_with(
            pin,
            &LockRecord::salt(&record.salt)?,
            record.kdf,
            secret.as_deref().map(|s| s.as_slice()),
        )?;
        if self.inner().key.as_ref() == Some(&key) {
            Ok(())
        } else {
            Err(Error::WrongPin {
                attempts_left: MAX_WRONG_PINS - record.failed,
            })
        }
    }

    /// Re-keys the database under `new_pin`: a new salt and key, the whole file written
    /// again. A crash at any point leaves a file that one of the two PINs opens.
    pub fn change_pin(&self, old_pin: &str, new_pin: &str) -> Result<()> {
        check_pin(new_pin)?;
        if !self.is_encrypted() {
            return Err(Error::NoLock);
        }
        self.verify(old_pin)?;
        let path = self.file()?;
        let _files = self.files_write();
        let mut inner = self.inner();
        let store = inner.main.take().ok_or(Error::Locked)?;
        let mut record = read_record(path)?;
        let salt = new_salt()?;
        // The keystore's secret stays: only the PIN's part of the key changes.
        let secret = self.secret_for(&record)?;
        let key = DbKey::derive_with(
            new_pin,
            &salt,
            self.kdf,
            secret.as_deref().map(|s| s.as_slice()),
        )?;
        record.next_salt = Some(B64.encode(salt));
        record.kdf = self.kdf;
        let steps = self.steps();
        let result = (|| {
            write_record(path, &record)?;
            steps.at(Step::Recorded)?;
            export(&store, &converting_path(path), Some(&key))?;
            drop(store);
            steps.at(Step::Exported)?;
            replace(path, &converting_path(path), &steps)?;
            record.salt = record.next_salt.take().expect("set above");
            write_record(path, &record)
        })();
        let old = inner.key.take();
        let key = match Store::open_keyed(path, Some(&key)) {
            Ok(store) => {
                inner.main = Some(store);
                Some(key)
            }
            Err(_) => {
                inner.main = Some(Store::open_keyed(path, old.as_ref())?);
                old
            }
        };
        inner.key = key;
        result
    }

    /// Sets the idle time after which the app locks, in minutes (1 to 60).
    pub fn set_idle_minutes(&self, minutes: u32) -> Result<()> {
        let path = self.file()?;
        if !self.is_encrypted() {
            return Err(Error::NoLock);
        }
        if !(1..=MAX_IDLE_MINUTES).contains(&minutes) {
            return Err(Error::InvalidIdleTime {
                minutes,
                max: MAX_IDLE_MINUTES,
            });
        }
        let _files = self.files_write();
        let mut record = read_record(path)?;
        record.idle_minutes = minutes;
        write_record(path, &record)
    }

    /// Forgets everything that is not public content (a revoked token, leaving) and returns
    /// the device to reader mode: the database plain again, no PIN. Refused while locked.
    /// The wipe is one transaction; on an encrypted device its reason is first written in
    /// the lock file, so a crash anywhere after that finishes the wipe at the next unlock.
    pub fn forget_private(&self, reason: WipeReason) -> Result<WipeNotice> {
        if let Some(path) = self.path.as_deref().filter(|_| self.is_encrypted()) {
            let _files = self.files_write();
            if self.inner().main.is_none() {
                return Err(Error::Locked);
            }
            let mut record = read_record(path)?;
            if record.wipe != Some(reason) {
                record.wipe = Some(reason);
                write_record(path, &record)?;
            }
        }
        // `wipe::forget_private` already checkpoints and truncates; `decrypt` then writes a
        // fresh file, so nothing freed is left to forget after it.
        let steps = self.steps();
        let notice =
            self.with_store(|store| wipe::forget_private_stepped(store, reason, &|s| steps.at(s)))?;
        self.decrypt()?;
        Ok(notice)
    }

    /// The way back for a device that cannot be opened (the keystore lost its secret, the
    /// PIN is forgotten): removes the database and its lock file, as ten wrong PINs would,
    /// and makes a fresh plain database linked to the same hub as a reader, with the
    /// notice `started-over`. The person joins again with a new invite. A plain device has
    /// nothing to start over (`no-lock`).
    pub fn start_over(&self) -> Result<()> {
        let path = self.file()?;
        if !self.is_encrypted() {
            return Err(Error::NoLock);
        }
        let _files = self.files_write();
        let mut inner = self.inner();
        inner.main = None;
        inner.key = None;
        let record = read_record(path)?;
        self.forget_secret(&record);
        let mut store = self.fresh(path, record.hub_url.as_deref())?;
        wipe::set_notice(&mut store, &WipeNotice::now(WipeReason::StartedOver, 0))?;
        inner.main = Some(store);
        Ok(())
    }

    /// Removes the database files and the lock file and makes a fresh plain database,
    /// linked to `hub_url` as a reader, with what the seed puts in.
    fn fresh(&self, path: &Path, hub_url: Option<&str>) -> Result<Store> {
        for file in [
            path.to_path_buf(),
            sidecar(path, "-wal"),
            sidecar(path, "-shm"),
            lock_path(path),
        ] {
            remove_if_there(&file)?;
        }
        let mut store = Store::open(path)?;
        if let Some(url) = hub_url {
            // A stored address was checked when it was set; one that no longer passes is dropped.
            let _ = crate::sync::device::set_hub(&mut store, url);
        }
        if let Some(seed) = self.seed.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            seed(&mut store)?;
        }
        Ok(store)
    }
}

/// The hook of a vault, if one is set, for the length of one conversion or wipe.
struct Steps(Option<StepHook>);

impl Steps {
    fn at(&self, step: Step) -> Result<()> {
        match &self.0 {
            Some(hook) => hook(step),
            None => Ok(()),
        }
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn lock_path(db: &Path) -> PathBuf {
    sidecar(db, ".lock")
}

fn converting_path(db: &Path) -> PathBuf {
    sidecar(db, ".converting")
}

fn old_path(db: &Path) -> PathBuf {
    sidecar(db, ".old")
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn new_salt() -> Result<[u8; 16]> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| Error::Io {
        path: PathBuf::from("(system randomness)"),
        source: std::io::Error::other(e.to_string()),
    })?;
    Ok(salt)
}

/// Whether the database at `path` is plain SQLite (or does not exist yet, or is empty).
pub fn is_plain(path: &Path) -> Result<bool> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(io(path)(e)),
    };
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]).map_err(io(path))? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read == 0 || head[..read] == SQLITE_HEADER[..read])
}

fn read_record(db: &Path) -> Result<LockRecord> {
    let path = lock_path(db);
    let text = fs::read_to_string(&path).map_err(io(&path))?;
    serde_json::from_str(&text).map_err(|e| Error::corrupt("lock file", e))
}

/// Writes the lock file whole: a new file, synced, renamed over the old one.
fn write_record(db: &Path, record: &LockRecord) -> Result<()> {
    let path = lock_path(db);
    let tmp = sidecar(db, ".lock.tmp");
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(&tmp)
        .map_err(io(&tmp))?;
    file.write_all(
        serde_json::to_string(record)
            .expect("serialises")
            .as_bytes(),
    )
    .map_err(io(&tmp))?;
    file.sync_all().map_err(io(&tmp))?;
    fs::rename(&tmp, &path).map_err(io(&path))?;
    sync_dir(db)
}

fn sync_dir(db: &Path) -> Result<()> {
    // Directories cannot be opened for syncing on Windows; there the rename is what it is.
    #[cfg(unix)]
    {
        let dir = db
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io(dir))?;
    }
    Ok(())
}

fn remove_if_there(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(path)(e)),
        _ => Ok(()),
    }
}

/// Copies the whole of `store` into a new file at `to`, encrypted with `key` or plain, and
/// syncs it to disk. The schema version goes with it (`sqlcipher_export` leaves it out).
fn export(store: &Store, to: &Path, key: Option<&DbKey>) -> Result<()> {
    for file in [
        to.to_path_buf(),
        sidecar(to, "-journal"),
        sidecar(to, "-wal"),
    ] {
        remove_if_there(&file)?;
    }
    let conn = &store.conn;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let key_text = match key {
        Some(key) => key.literal(),
        None => Zeroizing::new(String::new()),
    };
    conn.execute(
        "ATTACH DATABASE ?1 AS target KEY ?2",
        (to.to_string_lossy().as_ref(), key_text.as_str()),
    )?;
    let copied = (|| -> rusqlite::Result<()> {
        conn.query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))?;
        conn.execute_batch(&format!("PRAGMA target.user_version = {version};"))
    })();
    conn.execute_batch("DETACH DATABASE target")?;
    copied?;
    File::open(to).and_then(|f| f.sync_all()).map_err(io(to))?;
    Ok(())
}

/// Puts the file at `new` in place of the database at `db` in one rename, then overwrites
/// the old file's bytes. Every connection to `db` must be closed (its log then is empty).
fn replace(db: &Path, new: &Path, steps: &Steps) -> Result<()> {
    for file in [sidecar(db, "-wal"), sidecar(db, "-shm")] {
        remove_if_there(&file)?;
    }
    let old = old_path(db);
    remove_if_there(&old)?;
    if db.exists() {
        fs::hard_link(db, &old).map_err(io(&old))?;
    }
    sync_dir(db)?;
    steps.at(Step::Linked)?;
    fs::rename(new, db).map_err(io(db))?;
    sync_dir(db)?;
    steps.at(Step::Renamed)?;
    shred(&old)
}

/// Overwrites a file with zeros, syncs it and removes it.
fn shred(path: &Path) -> Result<()> {
    let len = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(path)(e)),
    };
    let mut file = OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(io(path))?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n]).map_err(io(path))?;
        left -= n as u64;
    }
    file.sync_all().map_err(io(path))?;
    drop(file);
    remove_if_there(path)
}

/// Undoes or finishes what a crash interrupted: a half-written export is removed; an old
/// file still named `.old` is shredded (unless it is still the database itself, when the
/// crash came before the rename); a lock file beside a plain database is stale.
fn recover(db: &Path) -> Result<()> {
    let converting = converting_path(db);
    for file in [
        converting.clone(),
        sidecar(&converting, "-journal"),
        sidecar(&converting, "-wal"),
        sidecar(db, ".lock.tmp"),
    ] {
        remove_if_there(&file)?;
    }
    let old = old_path(db);
    if old.exists() {
        if same_file(db, &old) {
            remove_if_there(&old)?;
        } else {
            shred(&old)?;
        }
    }
    if is_plain(db)? {
        remove_if_there(&lock_path(db))?;
    } else if !lock_path(db).exists() {
        return Err(Error::corrupt(
            "database",
            format!("{} is encrypted but its lock file is missing", db.display()),
        ));
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &Path, _: &Path) -> bool {
    // Without inode numbers, never overwrite: removing the second name is always safe.
    true
}
