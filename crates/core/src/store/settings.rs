//! Pack-level settings on the device: one JSON value per name (see `setting.rs`).

use rusqlite::{OptionalExtension, Transaction};
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::{Store, WriteOutcome, from_json, to_json};
use crate::error::Result;
use crate::organisation::Organisation;
use crate::setting::{ORGANISATION, Setting, setting_id};

impl Store {
    /// Stores `setting`, replacing the value held under its name.
    pub(crate) fn put_setting(tx: &Transaction, setting: &Setting) -> Result<WriteOutcome> {
        let value = to_json(&setting.value);
        let stored: Option<String> = tx
            .query_row(
                "SELECT value FROM settings WHERE name = ?1",
                [&setting.name],
                |r| r.get(0),
            )
            .optional()?;
        let outcome = match stored {
            None => WriteOutcome::Inserted,
            Some(old) if old == value => return Ok(WriteOutcome::Unchanged),
            Some(_) => WriteOutcome::Updated,
        };
        tx.execute(
            "INSERT INTO settings (name, id, value) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (&setting.name, setting_id(&setting.name), &value),
        )?;
        Ok(outcome)
    }

    /// Removes the setting whose record id is `id`; true if there was one.
    pub(crate) fn delete_setting(tx: &Transaction, id: Uuid) -> Result<bool> {
        Ok(tx.execute("DELETE FROM settings WHERE id = ?1", [id])? > 0)
    }

    /// The value of the setting `name`, if the device holds it.
    pub fn setting(&self, name: &str) -> Result<Option<serde_json::Value>> {
        let stored: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?;
        stored
            .map(|v| from_json(&format!("setting '{name}'"), &v))
            .transpose()
    }

    /// The setting `name` read as `T`; `None` when the device holds none (a query then uses
    /// its default).
    pub fn setting_as<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>> {
        let stored: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE name = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()?;
        stored
            .map(|v| from_json(&format!("setting '{name}'"), &v))
            .transpose()
    }

    /// The organisation's contact, if the pack or the hub gave one.
    pub fn organisation(&self) -> Result<Option<Organisation>> {
        self.setting(ORGANISATION)?
            .map(|v| {
                serde_json::from_value(v)
                    .map_err(|e| crate::Error::corrupt("setting 'organisation'", e))
            })
            .transpose()
    }
}
