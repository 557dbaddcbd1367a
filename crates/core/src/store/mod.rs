//! The local store: one SQLite database per device (WAL, foreign keys on), its schema
//! migrations, and the queries, one module per domain noun.
//!
//! Every write that touches more than one row runs in one transaction, so a process killed
//! mid-write leaves the database as it was before the write.

mod articles;
mod plan;
mod search;
mod services;
mod settings;
mod suggestions;
mod sync;
mod volunteers;

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};
use rusqlite_migration::{HookError, M, Migrations};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::{Error, Result};

pub(crate) use search::Prefolded;
pub use search::{INDEX_BATCH, Indexing};
pub(crate) use sync::{HeldRecord, SignedRow, StateKey, SyncTables};

/// The schema, oldest first. Never edit a migration that has shipped: add a new one.
static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("sql/001_records.sql")),
        // Versions 2, 5 and 12 refilled the search index in a hook; version 14 refills it from
        // the records, so an upgrade from any version fills it once, at the end.
        M::up(include_str!("sql/002_search.sql")),
        M::up(include_str!("sql/003_sync.sql")),
        M::up(include_str!("sql/004_volunteers.sql")),
        M::up(include_str!("sql/005_search_prefix.sql")),
        M::up(include_str!("sql/006_settings.sql")),
        M::up(include_str!("sql/007_provenance.sql")),
        M::up(include_str!("sql/008_service_review.sql")),
        M::up(include_str!("sql/009_plan.sql")),
        M::up(include_str!("sql/010_suggestions.sql")),
        M::up_with_hook(
            include_str!("sql/011_sync_text_once.sql"),
            |tx: &Transaction| {
                sync::after_text_once(tx).map_err(|e| HookError::Hook(e.to_string()))
            },
        ),
        M::up(include_str!("sql/012_search_ascii.sql")),
        M::up(include_str!("sql/013_search_pending.sql")),
        M::up_with_hook(
            include_str!("sql/014_search_titles.sql"),
            |tx: &Transaction| {
                search::index_all_listed(tx).map_err(|e| HookError::Hook(e.to_string()))
            },
        ),
    ])
});

/// A database in memory at an older schema `version`, for migration tests.
#[cfg(test)]
pub(crate) fn conn_at_schema(version: usize) -> Connection {
    let mut conn = Connection::open_in_memory().unwrap();
    MIGRATIONS.to_version(&mut conn, version).unwrap();
    conn
}

/// What writing one record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WriteOutcome {
    /// The record was new.
    Inserted,
    /// The record existed and its content changed.
    Updated,
    /// The record existed with exactly this content.
    Unchanged,
}

/// A key that opens an encrypted database: set on a connection before anything of it is
/// read. The lock's `DbKey` is one; the store names only this, so it does not reach up into
/// the lock that owns it.
pub trait DatabaseKey {
    /// Sets this key on `schema` of `conn`.
    fn apply(&self, conn: &Connection, schema: &str) -> rusqlite::Result<()>;
}

/// Initialises SQLite once, every other opener waiting until it is done. SQLCipher registers
/// `sqlcipher_export` (what the lock converts a database with) from `sqlite3_initialize`
/// after SQLite's own initialisation lock is released, so a connection opened on another
/// thread in that moment lacked it and a conversion failed with "no such function".
fn initialize() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: `sqlite3_config` may be called before SQLite is initialised, and only
        // answers SQLITE_MISUSE (changing nothing) when this process already initialised it
        // (a hub opens its own database first); `sqlite3_initialize` takes no arguments and
        // may be called at any time; its result is checked again by every `sqlite3_open` that
        // follows.
        unsafe {
            // Memory statistics take a global lock and a size lookup on every allocation, and
            // nothing here reads them: about 2% of a first sync's CPU.
            rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, 0);
            rusqlite::ffi::sqlite3_initialize();
        }
    });
}

/// A Peer Guide database.
pub struct Store {
    pub(crate) conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        initialize();
        Store::setup(Connection::open(path.as_ref())?)
    }

    /// Opens the database at `path` encrypted with `key` (SQLCipher), or plain when `key` is
    /// `None`. A wrong key is `Error::Database` with SQLite's "not a database" (see
    /// `lock::is_wrong_key`): SQLCipher cannot tell a wrong key from a damaged file.
    pub fn open_keyed<K: DatabaseKey + ?Sized>(
        path: impl AsRef<Path>,
        key: Option<&K>,
    ) -> Result<Store> {
        initialize();
        let conn = Connection::open(path.as_ref())?;
        if let Some(key) = key {
            key.apply(&conn, "main")?;
        }
        Store::setup(conn)
    }

    /// A database in memory, for tests and for read-only use where nothing may be stored.
    pub fn open_in_memory() -> Result<Store> {
        initialize();
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store> {
        // WAL: readers never block the writer, and a crash mid-write loses nothing committed.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // A deleted profile's contacts are overwritten with zeros, not left in free pages of
        // the file for whoever copies it off the phone (see `Store::forget_freed` for the log).
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        MIGRATIONS.to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// A store over `conn`, its schema brought up to date (tests start from an old one).
    #[cfg(test)]
    pub(crate) fn from_conn(conn: Connection) -> Result<Store> {
        Store::setup(conn)
    }

    /// Copies the write-ahead log into the database and empties it, so the older page
    /// images it holds (a deleted contact among them) do not stay in `*-wal`. Best effort: a
    /// reader in the middle of a read keeps part of the log until the next time.
    pub fn forget_freed(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// The schema version this program writes.
    pub fn schema_version() -> usize {
        14
    }

    /// Starts a transaction on the store's connection: what is written through it (with
    /// [`SyncTables::of`] and the record writers) is committed together or not at all.
    ///
    /// It takes the write lock as it starts (`BEGIN IMMEDIATE`): several connections write
    /// to one database (the app's, a sync's, the search index catching up), and in WAL mode a
    /// transaction that read first and writes second fails at once with "database is locked"
    /// if another connection committed in between, where one that starts as a writer waits
    /// its turn (the busy timeout).
    pub(crate) fn transaction(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Runs `work` in one transaction ([`Store::transaction`]): all of it is committed, or
    /// none of it.
    pub(crate) fn write<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.transaction()?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Records a fact about the content (when it was imported, from where).
    pub(crate) fn set_info(tx: &Transaction, key: &str, value: &str) -> Result<()> {
        tx.execute(
            "INSERT INTO content_info (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )?;
        Ok(())
    }

    /// A fact about the content, if recorded.
    pub fn info(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM content_info WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// How many articles, services and volunteers the store holds.
    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u64> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n as u64)
        };
        Ok(Counts {
            articles: count("articles")?,
            translations: count("article_translations")?,
            services: count("services")?,
            volunteers: count("volunteers")?,
        })
    }
}

/// Record counts, for status lines and benchmarks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Articles.
    pub articles: u64,
    /// Article translations, all languages.
    pub translations: u64,
    /// Services.
    pub services: u64,
    /// Volunteers.
    pub volunteers: u64,
}

/// The SHA-256 of a record's canonical JSON.
pub(crate) fn content_hash(record: &impl Serialize) -> Vec<u8> {
    let json = serde_json::to_vec(record).expect("records always serialise");
    Sha256::digest(&json).to_vec()
}

/// The id already stored for `slug` in `table`, if any.
pub(crate) fn id_for_slug(tx: &Connection, table: Table, slug: &str) -> Result<Option<Uuid>> {
    let sql = format!("SELECT id FROM {} WHERE slug = ?1", table.name());
    Ok(tx
        .prepare_cached(&sql)?
        .query_row([slug], |r| r.get(0))
        .optional()?)
}

/// Whether storing `record` under `slug` changes what a reader sees: a slug not stored yet,
/// or content that differs from what is stored under it, whichever id that copy has (the
/// app's bundled content and the hub's copy of it carry different ids and the same words).
pub(crate) fn differs_from_stored<T: Serialize>(
    tx: &Connection,
    table: Table,
    slug: &str,
    record_under: impl FnOnce(Uuid) -> T,
) -> Result<bool> {
    let sql = format!(
        "SELECT id, content_hash FROM {} WHERE slug = ?1",
        table.name()
    );
    let stored: Option<(Uuid, Vec<u8>)> = tx
        .prepare_cached(&sql)?
        .query_row([slug], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(match stored {
        None => true,
        Some((id, hash)) => content_hash(&record_under(id)) != hash,
    })
}

/// Every slug stored in `table`, in order.
pub(crate) fn slugs(conn: &Connection, table: Table) -> Result<Vec<String>> {
    let sql = format!("SELECT slug FROM {} ORDER BY slug", table.name());
    let mut stmt = conn.prepare(&sql)?;
    let slugs = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(slugs)
}

/// Whether a record with `id` is stored in `table`.
pub(crate) fn is_stored(tx: &Connection, table: Table, id: Uuid) -> Result<bool> {
    let sql = format!("SELECT count(*) FROM {} WHERE id = ?1", table.name());
    Ok(tx
        .prepare_cached(&sql)?
        .query_row([id], |r| r.get::<_, i64>(0))?
        > 0)
}

/// The record tables addressed by slug.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Table {
    Articles,
    Services,
    Volunteers,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::Articles => "articles",
            Table::Services => "services",
            Table::Volunteers => "volunteers",
        }
    }
}

/// Makes the next write of record `id` in `table` rewrite it whatever its content hash says.
pub(crate) fn forget_content_hash(tx: &Connection, table: Table, id: Uuid) -> Result<()> {
    let sql = format!(
        "UPDATE {} SET content_hash = x'' WHERE id = ?1",
        table.name()
    );
    tx.prepare_cached(&sql)?.execute([id])?;
    Ok(())
}

/// Compares the stored hash of record `id` with `hash`.
fn outcome(tx: &Transaction, table: Table, id: Uuid, hash: &[u8]) -> Result<WriteOutcome> {
    let sql = format!("SELECT content_hash FROM {} WHERE id = ?1", table.name());
    let stored: Option<Vec<u8>> = tx
        .prepare_cached(&sql)?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(match stored {
        None => WriteOutcome::Inserted,
        Some(stored) if stored == hash => WriteOutcome::Unchanged,
        Some(_) => WriteOutcome::Updated,
    })
}

fn from_json<T: serde::de::DeserializeOwned>(what: &str, json: &str) -> Result<T> {
    serde_json::from_str(json).map_err(|e| Error::corrupt(what, e))
}

fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("records always serialise")
}

fn parse_column<T: std::str::FromStr>(what: &str, text: &str) -> Result<T> {
    text.parse()
        .map_err(|_| Error::corrupt(what, format!("unexpected value '{text}'")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().unwrap();
    }

    #[test]
    fn store_uses_wal_and_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("pg.db")).unwrap();
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let fk: i64 = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!((mode.as_str(), fk), ("wal", 1));
    }

    #[test]
    fn a_database_from_a_newer_release_is_refused_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pg.db");
        drop(Store::open(&path).unwrap());
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.code(), "database-version");
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, "these are my notes, not a database ".repeat(100)).unwrap();
        let err = Store::open(&path).err().unwrap();
        assert!(
            matches!(err.code(), "database" | "database-version"),
            "{err}"
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "these are my notes, not a database ".repeat(100),
            "the file must be left as it was"
        );
    }
}
