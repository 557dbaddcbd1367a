//! Volunteers in the store: writing a profile with its contacts, and reading profiles as a
//! given audience may see them. Contacts an audience may not see are filtered in SQL, so
//! they never leave the database for that audience.

use std::collections::BTreeMap;

use rusqlite::Transaction;
use uuid::Uuid;

use super::{Store, Table, WriteOutcome, content_hash, from_json, outcome, parse_column, to_json};
use crate::error::Result;
use crate::language::LanguageTag;
use crate::topic::Topic;
use crate::volunteer::{Audience, Contact, Review, Volunteer, VolunteerQuery};

impl Store {
    /// Writes a volunteer profile and replaces its contacts, in the caller's transaction.
    pub(crate) fn put_volunteer(tx: &Transaction, v: &Volunteer) -> Result<WriteOutcome> {
        let hash = content_hash(v);
        let outcome = outcome(tx, Table::Volunteers, v.id, &hash)?;
        if outcome == WriteOutcome::Unchanged {
            return Ok(outcome);
        }
        tx.execute(
            "INSERT INTO volunteers (id, slug, display_name, languages, topics, availability,
                                     about, content_hash, away_until, review)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (id) DO UPDATE SET slug = excluded.slug,
                 display_name = excluded.display_name, languages = excluded.languages,
                 topics = excluded.topics, availability = excluded.availability,
                 about = excluded.about, content_hash = excluded.content_hash,
                 away_until = excluded.away_until, review = excluded.review",
            (
                v.id,
                &v.slug,
                &v.display_name,
                to_json(&v.languages),
                to_json(&v.topics),
                to_json(&v.availability),
                to_json(&v.about),
                &hash,
                v.away_until.map(|d| d.to_string()),
                v.review.as_ref().map(to_json),
            ),
        )?;
        tx.execute(
            "DELETE FROM volunteer_contacts WHERE volunteer_id = ?1",
            [v.id],
        )?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO volunteer_contacts (volunteer_id, position, channel, value, visible_to)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (position, c) in v.contacts.iter().enumerate() {
            insert.execute((
                v.id,
                position as i64,
                to_json(&c.channel).trim_matches('"'),
                &c.value,
                to_json(&c.visible_to).trim_matches('"'),
            ))?;
        }
        Ok(outcome)
    }

    /// Removes a volunteer profile and its contacts, if stored.
    pub(crate) fn delete_volunteer(tx: &Transaction, id: Uuid) -> Result<()> {
        tx.execute("DELETE FROM volunteers WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Removes every volunteer profile and every contact (a wipe), in the caller's
    /// transaction.
    pub(crate) fn delete_all_volunteers(tx: &Transaction) -> Result<()> {
        tx.execute_batch("DELETE FROM volunteer_contacts; DELETE FROM volunteers;")?;
        Ok(())
    }

    /// Volunteer profiles as `viewer` may see them, filtered by language spoken and topic,
    /// ordered by name.
    pub fn volunteers(
        &self,
        viewer: Audience,
        speaks: Option<&LanguageTag>,
        topic: Option<Topic>,
    ) -> Result<Vec<Volunteer>> {
        self.find_volunteers(
            viewer,
            &VolunteerQuery {
                speaks: speaks.cloned(),
                topic,
                ..VolunteerQuery::default()
            },
        )
    }

    /// Volunteer profiles as `viewer` may see them, matching every filter of `query`,
    /// ordered by name.
    pub fn find_volunteers(
        &self,
        viewer: Audience,
        query: &VolunteerQuery,
    ) -> Result<Vec<Volunteer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, slug, display_name, languages, topics, availability, about, away_until,
                    review
             FROM volunteers v
             WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM json_each(v.topics) WHERE value = ?1))
             ORDER BY display_name COLLATE NOCASE, slug",
        )?;
        type Row = (
            Uuid,
            String,
            String,
            String,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = stmt
            .query_map([query.topic.map(Topic::slug)], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut contacts_stmt = self.conn.prepare_cached(
            "SELECT channel, value, visible_to FROM volunteer_contacts
             WHERE volunteer_id = ?1
               AND CASE visible_to WHEN 'everyone' THEN 0 WHEN 'volunteers' THEN 1 ELSE 2 END
                   <= ?2
             ORDER BY position",
        )?;
        let mut out = Vec::new();
        for (id, slug, display_name, languages, topics, availability, about, away_until, review) in
            rows
        {
            let review: Option<Review> = review
                .map(|r| from_json("volunteer review", &r))
                .transpose()?;
            // Contacts of a profile the directory leaves out are not even read.
            if !query.include_unlisted && review.as_ref().is_some_and(|r| !r.is_listed()) {
                continue;
            }
            let mut contacts = Vec::new();
            let found = contacts_stmt.query_map((id, Audience::rank(viewer)), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            for row in found {
                let (channel, value, visible_to) = row?;
                contacts.push(Contact {
                    channel: from_json("contact channel", &format!("\"{channel}\""))?,
                    value,
                    visible_to: from_json("contact audience", &format!("\"{visible_to}\""))?,
                });
            }
            let volunteer = Volunteer {
                id,
                slug,
                display_name,
                languages: from_json("volunteer languages", &languages)?,
                topics: from_json("volunteer topics", &topics)?,
                availability: from_json("volunteer availability", &availability)?,
                contacts,
                about: from_json::<BTreeMap<LanguageTag, String>>("volunteer about", &about)?,
                away_until: away_until
                    .map(|d| parse_column("volunteer away_until", &d))
                    .transpose()?,
                review,
            };
            if query
                .speaks
                .as_ref()
                .is_none_or(|lang| volunteer.speaks(lang))
                && query
                    .available_at
                    .is_none_or(|at| volunteer.is_available_at(at))
            {
                out.push(volunteer);
            }
        }
        Ok(out)
    }
}
