//! A volunteer's suggestions and a reader's queued flags on the device
//! (`010_suggestions.sql`). Only a draft may be changed or deleted by its author; the sync
//! (`sync/suggest.rs`) marks what the hub received and writes back what coordinators decided.

use rusqlite::{OptionalExtension, Row, Transaction};
use uuid::Uuid;

use super::{Store, parse_column};
use crate::error::{Error, Result};
use crate::suggestion::{Flag, Suggestion, SuggestionKind, SuggestionStatus};

const COLUMNS: &str =
    "id, slug, lang, kind, title, summary, body, credit, state, delivered, reason, updated";

/// A row as stored, before its columns are parsed.
struct Raw {
    id: String,
    slug: String,
    lang: String,
    kind: String,
    title: String,
    summary: String,
    body: String,
    credit: i64,
    state: String,
    delivered: i64,
    reason: Option<String>,
    updated: String,
}

fn read(r: &Row) -> rusqlite::Result<Raw> {
    Ok(Raw {
        id: r.get(0)?,
        slug: r.get(1)?,
        lang: r.get(2)?,
        kind: r.get(3)?,
        title: r.get(4)?,
        summary: r.get(5)?,
        body: r.get(6)?,
        credit: r.get(7)?,
        state: r.get(8)?,
        delivered: r.get(9)?,
        reason: r.get(10)?,
        updated: r.get(11)?,
    })
}

fn suggestion(raw: Raw) -> Result<Suggestion> {
    Ok(Suggestion {
        id: parse_column("suggestion id", &raw.id)?,
        lang: parse_column("suggestion language", &raw.lang)?,
        kind: SuggestionKind::parse(&raw.kind)
            .ok_or_else(|| Error::corrupt("suggestion kind", &raw.kind))?,
        status: SuggestionStatus::parse(&raw.state)
            .ok_or_else(|| Error::corrupt("suggestion state", &raw.state))?,
        slug: raw.slug,
        title: raw.title,
        summary: raw.summary,
        body: raw.body,
        credit: raw.credit == 1,
        delivered: raw.delivered == 1,
        reason: raw.reason,
        updated: raw.updated,
    })
}

impl Store {
    fn select_suggestions(&self, filter: &str) -> Result<Vec<Suggestion>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM suggestions {filter} ORDER BY updated DESC, id DESC"
        ))?;
        let rows = stmt
            .query_map([], read)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(suggestion).collect()
    }

    /// Every suggestion on the device, the latest changed first.
    pub fn suggestions(&self) -> Result<Vec<Suggestion>> {
        self.select_suggestions("")
    }

    /// One suggestion, if the device holds it.
    pub fn suggestion(&self, id: Uuid) -> Result<Option<Suggestion>> {
        let cols = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM suggestions WHERE id = ?1"),
                [id.to_string()],
                read,
            )
            .optional()?;
        cols.map(suggestion).transpose()
    }

    /// True while some suggestion is sent and not yet decided: only then does a sync ask the
    /// hub about suggestions.
    pub fn suggestions_awaiting_decision(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM suggestions WHERE state = 'sent')",
            [],
            |r| r.get(0),
        )?)
    }

    /// Suggestions handed to the sync and not yet received by the hub, oldest first.
    pub fn undelivered_suggestions(&self) -> Result<Vec<Suggestion>> {
        let mut all = self.select_suggestions("WHERE state = 'sent' AND delivered = 0")?;
        all.reverse();
        Ok(all)
    }

    /// Writes a draft, or a draft being sent, over the draft with its id (or as a new one).
    /// A suggestion already sent is no longer its author's to change: `suggestion-not-found`.
    pub fn save_suggestion(&mut self, s: &Suggestion) -> Result<()> {
        s.check()?;
        let changed = self.conn.execute(
            "INSERT INTO suggestions
               (id, slug, lang, kind, title, summary, body, credit, state, delivered, reason,
                updated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, NULL, ?10)
             ON CONFLICT (id) DO UPDATE SET
               slug = excluded.slug, lang = excluded.lang, kind = excluded.kind,
               title = excluded.title, summary = excluded.summary, body = excluded.body,
               credit = excluded.credit, state = excluded.state, delivered = 0,
               reason = NULL, updated = excluded.updated
             WHERE suggestions.state = 'draft'",
            (
                s.id.to_string(),
                &s.slug,
                s.lang.as_str(),
                s.kind.as_str(),
                &s.title,
                &s.summary,
                &s.body,
                i64::from(s.credit),
                s.status.as_str(),
                &s.updated,
            ),
        )?;
        if changed == 0 {
            return Err(Error::SuggestionNotFound {
                id: s.id.to_string(),
            });
        }
        Ok(())
    }

    /// Deletes a draft (`suggestion-not-found` for anything else).
    pub fn delete_suggestion(&mut self, id: Uuid) -> Result<()> {
        let gone = self.conn.execute(
            "DELETE FROM suggestions WHERE id = ?1 AND state = 'draft'",
            [id.to_string()],
        )?;
        if gone == 0 {
            return Err(Error::SuggestionNotFound { id: id.to_string() });
        }
        Ok(())
    }

    /// The hub has the suggestion.
    pub fn mark_suggestion_delivered(&mut self, id: Uuid) -> Result<()> {
        self.conn.execute(
            "UPDATE suggestions SET delivered = 1 WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(())
    }

    /// What coordinators decided about a delivered suggestion; `true` when that changed
    /// its state here.
    pub fn set_suggestion_decision(
        &mut self,
        id: Uuid,
        status: SuggestionStatus,
        reason: Option<&str>,
        at: &str,
    ) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE suggestions SET state = ?2, reason = ?3, updated = ?4, delivered = 1
             WHERE id = ?1 AND state != 'draft' AND (state != ?2 OR reason IS NOT ?3)",
            (id.to_string(), status.as_str(), reason, at),
        )?;
        Ok(changed > 0)
    }

    /// The hub refused a suggestion for good: it is a draft again, with the refusal's code,
    /// for its author to change and send again.
    pub fn return_suggestion(&mut self, id: Uuid, code: &str, at: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE suggestions SET state = 'draft', delivered = 0, reason = ?2, updated = ?3
             WHERE id = ?1",
            (id.to_string(), code, at),
        )?;
        Ok(())
    }

    /// Deletes every suggestion (the device stops being a volunteer's).
    pub(crate) fn forget_suggestions(tx: &Transaction) -> Result<()> {
        tx.execute("DELETE FROM suggestions", [])?;
        Ok(())
    }

    /// Keeps a reader's flag until the next contact with the hub.
    pub fn queue_flag(&mut self, flag: &Flag) -> Result<()> {
        self.conn.execute(
            "INSERT INTO flags (slug, lang, sentence) VALUES (?1, ?2, ?3)",
            (&flag.slug, flag.lang.as_str(), &flag.sentence),
        )?;
        Ok(())
    }

    /// Flags waiting to be sent, oldest first, each with its number here.
    pub fn queued_flags(&self) -> Result<Vec<(i64, Flag)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, slug, lang, sentence FROM flags ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(id, slug, lang, sentence)| {
                Ok((
                    id,
                    Flag {
                        slug,
                        lang: parse_column("flag language", &lang)?,
                        sentence,
                    },
                ))
            })
            .collect()
    }

    /// A flag was sent (or can never be): it leaves the device.
    pub fn delete_flag(&mut self, id: i64) -> Result<()> {
        self.conn.execute("DELETE FROM flags WHERE id = ?1", [id])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(id: Uuid) -> Suggestion {
        Suggestion {
            id,
            slug: "housing".into(),
            lang: "ar".parse().unwrap(),
            kind: SuggestionKind::Translation,
            title: "سكن".into(),
            summary: String::new(),
            body: "نص".into(),
            credit: true,
            status: SuggestionStatus::Draft,
            delivered: false,
            reason: None,
            updated: "2026-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn a_draft_can_be_changed_and_deleted_until_it_is_sent() {
        let mut store = Store::open_in_memory().unwrap();
        let id = Uuid::now_v7();
        store.save_suggestion(&draft(id)).unwrap();
        let mut sent = draft(id);
        sent.status = SuggestionStatus::Sent;
        store.save_suggestion(&sent).unwrap();
        assert_eq!(store.undelivered_suggestions().unwrap(), vec![sent.clone()]);
        assert_eq!(
            store.save_suggestion(&draft(id)).unwrap_err().code(),
            "suggestion-not-found"
        );
        assert_eq!(
            store.delete_suggestion(id).unwrap_err().code(),
            "suggestion-not-found"
        );
        store.mark_suggestion_delivered(id).unwrap();
        assert!(store.undelivered_suggestions().unwrap().is_empty());
        assert!(
            store
                .set_suggestion_decision(id, SuggestionStatus::Declined, Some("Too short"), "t")
                .unwrap()
        );
        let held = store.suggestion(id).unwrap().unwrap();
        assert_eq!(held.status, SuggestionStatus::Declined);
        assert_eq!(held.reason.as_deref(), Some("Too short"));

        let other = Uuid::now_v7();
        store.save_suggestion(&draft(other)).unwrap();
        store.delete_suggestion(other).unwrap();
        assert_eq!(store.suggestions().unwrap().len(), 1);
    }

    #[test]
    fn a_suggestion_to_send_needs_a_title_and_a_text() {
        let mut store = Store::open_in_memory().unwrap();
        let mut s = draft(Uuid::now_v7());
        s.body = "  ".into();
        store.save_suggestion(&s).unwrap();
        s.status = SuggestionStatus::Sent;
        let err = store.save_suggestion(&s).unwrap_err();
        assert_eq!(err.code(), "invalid-suggestion");
        assert!(err.to_string().contains("body"), "{err}");
    }
}
