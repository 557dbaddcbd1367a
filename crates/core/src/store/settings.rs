//! Pack-level settings on the device: one JSON value per setting name (search synonyms,
//! language mapping), written by an import and read by the queries they shape.

use rusqlite::{OptionalExtension, Transaction};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Store, from_json, to_json};
use crate::error::Result;

impl Store {
    /// The JSON value stored under `name`, if any.
    pub fn setting_json(&self, name: &str) -> Result<Option<serde_json::Value>> {
        self.setting(name)
    }

    /// The setting `name`, read as `T`; `None` when it was never set.
    pub fn setting<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>> {
        let text: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE name = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()?;
        text.map(|t| from_json(&format!("setting {name}"), &t))
            .transpose()
    }

    /// Stores `value` under `name` in the caller's transaction, replacing what was there.
    pub fn put_setting(tx: &Transaction, name: &str, value: &impl Serialize) -> Result<()> {
        tx.prepare_cached(
            "INSERT INTO settings (name, value) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        )?
        .execute((name, to_json(value)))?;
        Ok(())
    }

    /// Removes the setting `name` in the caller's transaction (a query then uses the default).
    pub fn delete_setting(tx: &Transaction, name: &str) -> Result<()> {
        tx.prepare_cached("DELETE FROM settings WHERE name = ?1")?
            .execute([name])?;
        Ok(())
    }
}
