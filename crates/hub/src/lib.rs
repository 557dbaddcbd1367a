//! The Peer Guide hub: the organisation's server. It keeps the change log devices sync
//! from, signs published content with the organisation's key, and enforces roles: a field a
//! role may not see is never sent.
//!
//! [`Hub`] is the whole service as plain, synchronous calls over SQLite; [`http`] is the thin
//! axum adapter, and [`local::InProcess`] lets tests drive the core's sync engine against a
//! hub without a network.

#![deny(missing_docs)]

pub mod auth;
pub mod bundle;
pub mod content;
pub mod desk;
pub mod error;
pub mod http;
pub mod local;
pub mod reader;
pub mod review;

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use ed25519_dalek::SigningKey;
use peerguide_core::sync::hlc::{Hlc, HlcClock, wall_clock_ms};
use peerguide_core::sync::protocol::to_base64;
use rusqlite::{Connection, OptionalExtension, Transaction};
use rusqlite_migration::{HookError, M, Migrations};
use uuid::Uuid;

pub use auth::{Invite, Principal, Redeemed, Role};
pub use content::{PublishReport, PublishRequest};
pub use error::{HubError, Result};
pub use review::{
    Decision, ProfileUnderReview, ProfilesAnswer, ProfilesRequest, ReviewAnswer, ReviewRequest,
};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("schema.sql")),
        // Profiles published before review existed were already public: they start approved.
        M::up_with_hook(
            include_str!("schema_002_reviews.sql"),
            |tx: &Transaction| {
                review::approve_existing(tx).map_err(|e| HookError::Hook(e.to_string()))
            },
        ),
        M::up(include_str!("schema_003_desk.sql")),
    ])
});

const DB_FILE: &str = "hub.db";
const KEY_FILE: &str = "org-key";
/// The highest sequence number ever handed out, kept outside the database: a database
/// restored from a backup has a lower one, and the hub then starts a new epoch.
const HIGH_WATER_FILE: &str = "sequence-high-water";

/// Tunables of a running hub.
#[derive(Debug, Clone)]
pub struct HubConfig {
    /// Tombstones older than this are purged; a device last synced before then starts afresh.
    pub tombstone_horizon_ms: u64,
    /// How long a device token lasts unless the invite says otherwise.
    pub token_ttl_secs: u64,
    /// How long an invite code can wait to be redeemed.
    pub invite_ttl_secs: u64,
    /// How long the answer to a push batch is kept, so a device that lost the answer gets
    /// the same one when it resends the batch. Past this, a resent batch is merged again,
    /// which changes nothing that a later write did not change (the merge is idempotent).
    pub batch_retention_ms: u64,
    /// How long a connection may take to send a complete request head, whether it is new or
    /// idle between requests; then it is closed.
    pub header_timeout: std::time::Duration,
    /// How long a request body may take to arrive; then the answer is 408.
    pub body_timeout: std::time::Duration,
    /// How long a desk session lasts after signing in.
    pub desk_session_secs: u64,
}

/// The longest token lifetime an invite may give: ten years. Longer is a typo, and would
/// run past the dates the database keeps.
pub const MAX_TOKEN_TTL_SECS: u64 = 10 * 366 * 24 * 3600;

impl Default for HubConfig {
    fn default() -> Self {
        HubConfig {
            tombstone_horizon_ms: 90 * 24 * 3600 * 1000,
            token_ttl_secs: 365 * 24 * 3600,
            invite_ttl_secs: 14 * 24 * 3600,
            batch_retention_ms: 30 * 24 * 3600 * 1000,
            header_timeout: std::time::Duration::from_secs(10),
            body_timeout: std::time::Duration::from_secs(30),
            desk_session_secs: 12 * 3600,
        }
    }
}

/// A running hub. Cheap to clone: clones share one database and key.
#[derive(Clone)]
pub struct Hub {
    inner: Arc<Inner>,
}

struct Inner {
    dir: PathBuf,
    writer: Mutex<Writer>,
    readers: Mutex<Vec<Connection>>,
    key: SigningKey,
    public_key: String,
    epoch: Uuid,
    config: HubConfig,
}

struct Writer {
    conn: Connection,
    clock: HlcClock,
}

/// What `hub init` made.
#[derive(Debug, Clone)]
pub struct InitReport {
    /// The organisation's public key (base64), for devices to compare.
    pub public_key: String,
    /// The first coordinator's invite.
    pub invite: Invite,
}

/// Creates `path` empty and readable by its owner only, if it does not exist, and takes
/// read and write access from everyone else if it does. SQLite gives the write-ahead log
/// and shared-memory files it creates the database file's mode, so they follow.
fn owner_only(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
            .map_err(|e| data_err(path, e))?;
        for file in [
            path.to_owned(),
            path.with_extension("db-wal"),
            path.with_extension("db-shm"),
        ] {
            if let Ok(meta) = std::fs::metadata(&file)
                && meta.permissions().mode() & 0o077 != 0
            {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
                    .map_err(|e| data_err(&file, e))?;
            }
        }
    }
    Ok(())
}

fn open_db(path: &Path) -> Result<Connection> {
    owner_only(path)?;
    let mut conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a write is on disk before its push is acknowledged.
    conn.pragma_update(None, "synchronous", "FULL")?;
    // A deleted profile's words and contacts are overwritten with zeros, not left in free
    // pages of the file for anyone who copies it.
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    MIGRATIONS
        .to_latest(&mut conn)
        .map_err(|e| HubError::DataDir {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
    Ok(conn)
}

fn data_err(path: &Path, reason: impl ToString) -> HubError {
    HubError::DataDir {
        path: path.display().to_string(),
        reason: reason.to_string(),
    }
}

pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    bytes
}

pub(crate) fn get_meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()
}

pub(crate) fn set_meta(tx: &Transaction, key: &str, value: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )?;
    Ok(())
}

pub(crate) fn meta_num(conn: &Connection, key: &str) -> rusqlite::Result<u64> {
    Ok(get_meta(conn, key)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

impl Hub {
    /// Creates a hub in `dir`: the database, the organisation's signing key (kept in
    /// `dir/org-key`, readable by its owner only) and a first single-use coordinator invite.
    /// Refuses a folder that already holds a hub.
    pub fn init(dir: &Path) -> Result<InitReport> {
        std::fs::create_dir_all(dir).map_err(|e| data_err(dir, e))?;
        let key_path = dir.join(KEY_FILE);
        if key_path.exists() || dir.join(DB_FILE).exists() {
            return Err(data_err(dir, "already holds a hub; nothing was changed"));
        }
        let key = SigningKey::from_bytes(&random_bytes::<32>());
        write_secret(&key_path, &to_base64(key.as_bytes()))?;
        let mut conn = open_db(&dir.join(DB_FILE))?;
        let tx = conn.transaction()?;
        set_meta(&tx, "epoch", &Uuid::now_v7().to_string())?;
        set_meta(&tx, "hub_node", &Uuid::now_v7().to_string())?;
        tx.commit()?;
        drop(conn);
        let hub = Hub::open(dir, HubConfig::default())?;
        let invite = hub.create_invite(Role::Coordinator, None)?;
        Ok(InitReport {
            public_key: hub.public_key().to_owned(),
            invite,
        })
    }

    /// Opens the hub in `dir`. Starts a new epoch if the database was restored from a backup.
    pub fn open(dir: &Path, config: HubConfig) -> Result<Hub> {
        let key_path = dir.join(KEY_FILE);
        let key_text = std::fs::read_to_string(&key_path)
            .map_err(|e| data_err(&key_path, format!("{e} (run `peerguide hub init` first)")))?;
        let key_bytes: [u8; 32] = base64_decode(key_text.trim())
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| data_err(&key_path, "is not an organisation key"))?;
        let key = SigningKey::from_bytes(&key_bytes);
        let db_path = dir.join(DB_FILE);
        if !db_path.exists() {
            return Err(data_err(
                &db_path,
                "missing (run `peerguide hub init` first)",
            ));
        }
        let mut conn = open_db(&db_path)?;
        let tx = conn.transaction()?;
        let last_seq = meta_num(&tx, "last_seq")?;
        let high_water = std::fs::read_to_string(dir.join(HIGH_WATER_FILE))
            .ok()
            .and_then(|t| t.trim().parse::<u64>().ok())
            .unwrap_or(0);
        if high_water > last_seq {
            // Sequence numbers up to high_water were handed out, but this database does not
            // have them: it is a restored backup. A new epoch makes every device start again,
            // instead of silently skipping the numbers handed out twice.
            tracing::warn!(
                last_seq,
                high_water,
                "database restored from a backup; starting a new epoch"
            );
            set_meta(&tx, "epoch", &Uuid::now_v7().to_string())?;
            set_meta(&tx, "last_seq", &high_water.to_string())?;
        }
        let epoch: Uuid = get_meta(&tx, "epoch")?
            .and_then(|e| e.parse().ok())
            .ok_or_else(|| data_err(&db_path, "has no epoch"))?;
        let node: Uuid = get_meta(&tx, "hub_node")?
            .and_then(|e| e.parse().ok())
            .unwrap_or_else(Uuid::nil);
        let last_hlc = get_meta(&tx, "hlc")?.and_then(|t| t.parse::<Hlc>().ok());
        tx.commit()?;
        let public_key = to_base64(key.verifying_key().as_bytes());
        let hub = Hub {
            inner: Arc::new(Inner {
                dir: dir.to_owned(),
                writer: Mutex::new(Writer {
                    conn,
                    clock: HlcClock::resume(node, last_hlc),
                }),
                readers: Mutex::new(Vec::new()),
                key,
                public_key,
                epoch,
                config,
            }),
        };
        hub.record_high_water()?;
        Ok(hub)
    }

    /// The organisation's public key, base64.
    pub fn public_key(&self) -> &str {
        &self.inner.public_key
    }

    /// This hub's epoch.
    pub fn epoch(&self) -> Uuid {
        self.inner.epoch
    }

    pub(crate) fn config(&self) -> &HubConfig {
        &self.inner.config
    }

    pub(crate) fn key(&self) -> &SigningKey {
        &self.inner.key
    }

    /// Runs `work` in one immediate write transaction (the only writer), then notes the
    /// sequence high-water mark.
    pub(crate) fn write<T>(
        &self,
        work: impl FnOnce(&Transaction, &mut HlcClock) -> Result<T>,
    ) -> Result<T> {
        let value = {
            // A panic in another request leaves the lock poisoned but nothing half-done:
            // the clock is only replaced after its transaction committed, and an
            // uncommitted transaction rolls back when dropped.
            let mut writer = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
            let Writer { conn, clock } = &mut *writer;
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let mut next = *clock;
            let value = work(&tx, &mut next)?;
            set_meta(&tx, "hlc", &next.last().to_string())?;
            tx.commit()?;
            *clock = next;
            value
        };
        self.record_high_water()?;
        Ok(value)
    }

    /// Runs `work` on a reader connection, in one read transaction (a consistent snapshot).
    pub(crate) fn read<T>(&self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let conn = self
            .inner
            .readers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop();
        let mut conn = match conn {
            Some(c) => c,
            None => {
                let c = Connection::open_with_flags(
                    self.inner.dir.join(DB_FILE),
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
                )?;
                c.busy_timeout(std::time::Duration::from_secs(10))?;
                c
            }
        };
        let result = (|| {
            let tx = conn.transaction()?;
            let value = work(&tx)?;
            tx.commit()?;
            Ok(value)
        })();
        let mut pool = self.inner.readers.lock().unwrap_or_else(|p| p.into_inner());
        if pool.len() < 8 {
            pool.push(conn);
        }
        result
    }

    fn record_high_water(&self) -> Result<()> {
        let last = {
            let writer = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
            meta_num(&writer.conn, "last_seq")?
        };
        let path = self.inner.dir.join(HIGH_WATER_FILE);
        std::fs::write(&path, last.to_string()).map_err(|e| data_err(&path, e))?;
        Ok(())
    }

    /// Copies the write-ahead log into the database and empties it, so older page images
    /// (a deleted profile's contacts among them) do not linger in `hub.db-wal`. Best effort:
    /// a reader in the middle of a pull can keep part of the log until the next time.
    pub(crate) fn truncate_log(&self) -> Result<()> {
        let writer = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
        writer
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Removes tombstones deleted before `before_ms`; devices whose cursor is older than the
    /// newest one removed get 410 and start afresh. Returns how many were removed.
    pub fn purge_tombstones(&self, before_ms: u64) -> Result<usize> {
        self.write(|tx, _| {
            let newest: Option<i64> = tx.query_row(
                "SELECT max(seq) FROM records WHERE deleted = 1 AND deleted_at < ?1",
                [before_ms as i64],
                |r| r.get(0),
            )?;
            let Some(newest) = newest else {
                return Ok(0);
            };
            let n = tx.execute(
                "DELETE FROM records WHERE deleted = 1 AND deleted_at < ?1",
                [before_ms as i64],
            )?;
            let purged = meta_num(tx, "purged_seq")?.max(newest as u64);
            set_meta(tx, "purged_seq", &purged.to_string())?;
            Ok(n)
        })
    }

    /// Purges tombstones older than the configured horizon.
    pub fn purge_expired_tombstones(&self) -> Result<usize> {
        self.purge_tombstones(now_ms().saturating_sub(self.config().tombstone_horizon_ms))
    }

    /// Removes the kept answers of push batches received before `before_ms`. Returns how
    /// many were removed.
    pub fn purge_batches(&self, before_ms: u64) -> Result<usize> {
        let before = i64::try_from(before_ms).unwrap_or(i64::MAX);
        self.write(|tx, _| Ok(tx.execute("DELETE FROM batches WHERE at < ?1", [before])?))
    }

    /// Purges what is past its keeping: tombstones beyond the horizon and push batch
    /// answers beyond their retention ([`HubConfig`]). Returns how many of each.
    pub fn purge_expired(&self) -> Result<(usize, usize)> {
        let now = now_ms();
        let tombstones = self.purge_expired_tombstones()?;
        let batches = self.purge_batches(now.saturating_sub(self.config().batch_retention_ms))?;
        Ok((tombstones, batches))
    }
}

fn write_secret(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| data_err(path, e))?;
    file.write_all(text.as_bytes())
        .and_then(|_| file.sync_all())
        .map_err(|e| data_err(path, e))
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(text).ok()
}

/// Milliseconds since the Unix epoch.
pub(crate) fn now_ms() -> u64 {
    wall_clock_ms()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_a_write_leaves_the_clock_and_the_database_as_they_were() {
        let dir = tempfile::tempdir().unwrap();
        Hub::init(dir.path()).unwrap();
        let hub = Hub::open(dir.path(), HubConfig::default()).unwrap();
        let clock = |hub: &Hub| {
            let writer = hub.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
            writer.clock.last()
        };
        let before = clock(&hub);
        let h = hub.clone();
        let outcome = std::thread::spawn(move || {
            h.write(|tx, clock| -> Result<()> {
                clock.tick(u64::MAX - 1);
                set_meta(tx, "half-done", "yes")?;
                panic!("a bug in a request handler");
            })
        })
        .join();
        assert!(outcome.is_err(), "the write panicked");
        assert_eq!(clock(&hub), before);
        // Later writes go on as if nothing happened.
        hub.create_invite(Role::Volunteer, None).unwrap();
        let writer = hub.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
        assert_eq!(get_meta(&writer.conn, "half-done").unwrap(), None);
        assert!(writer.clock.last().wall_ms < u64::MAX - 1);
    }
}
