//! Services in the store: writing a service with its texts, and the directory query (topic,
//! language spoken, open at a moment, free text).

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use super::search::Indexing;
use super::{
    Store, Table, WriteOutcome, content_hash, from_json, outcome, parse_column, search, to_json,
};
use crate::error::{Error, Result};
use crate::hours::OpeningHours;
use crate::language::{LanguageTag, negotiate};
use crate::service::{Service, ServiceListing, ServiceQuery, ServiceText, ServiceView};
use crate::topic::Topic;

fn slug_of<T: serde::Serialize>(value: &T) -> String {
    to_json(value).trim_matches('"').to_owned()
}

impl Store {
    /// Writes a service and replaces its texts, in the caller's transaction; the search index
    /// takes it in as `indexing` says.
    pub(crate) fn put_service(
        tx: &Transaction,
        service: &Service,
        indexing: Indexing,
    ) -> Result<WriteOutcome> {
        Store::put_service_hashed(tx, service, content_hash(service), indexing)
    }

    /// [`Store::put_service`] with the service's [`content_hash`] already worked out.
    pub(crate) fn put_service_hashed(
        tx: &Transaction,
        service: &Service,
        hash: Vec<u8>,
        indexing: Indexing,
    ) -> Result<WriteOutcome> {
        let outcome = outcome(tx, Table::Services, service.id, &hash)?;
        if outcome == WriteOutcome::Unchanged {
            return Ok(outcome);
        }
        tx.prepare_cached(
            "INSERT INTO services (id, slug, name, topics, area, address, phone, web, email,
                                   languages, cost, access, hours, content_hash, reviewed_on,
                                   sample)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
             ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, name = excluded.name,
                 topics = excluded.topics, area = excluded.area, address = excluded.address,
                 phone = excluded.phone, web = excluded.web, email = excluded.email,
                 languages = excluded.languages, cost = excluded.cost,
                 access = excluded.access, hours = excluded.hours,
                 content_hash = excluded.content_hash, reviewed_on = excluded.reviewed_on,
                 sample = excluded.sample",
        )?
        .execute(rusqlite::params![
            service.id,
            service.slug,
            service.name,
            to_json(&service.topics),
            service.area,
            service.address,
            service.phone,
            service.web,
            service.email,
            to_json(&service.languages),
            slug_of(&service.cost),
            slug_of(&service.access),
            to_json(&service.hours),
            hash,
            service.reviewed_on.map(|d| d.to_string()),
            service.sample,
        ])?;
        tx.prepare_cached("DELETE FROM service_texts WHERE service_id = ?1")?
            .execute([service.id])?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO service_texts (service_id, lang, description, accessibility)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (lang, text) in &service.texts {
            insert.execute((
                service.id,
                lang.as_str(),
                &text.description,
                &text.accessibility,
            ))?;
        }
        let rowid: i64 = tx
            .prepare_cached("SELECT rowid FROM services WHERE id = ?1")?
            .query_row([service.id], |r| r.get(0))?;
        // As with articles: a new service has no search entry, and a DELETE on the index
        // would make FTS5 write out what it has gathered so far.
        if outcome == WriteOutcome::Updated {
            search::unindex_service(tx, rowid)?;
        }
        search::index_service(tx, rowid, service, indexing)?;
        Ok(outcome)
    }

    /// Removes a service, its texts and its search entry, if stored.
    pub(crate) fn delete_service(tx: &Transaction, id: Uuid) -> Result<()> {
        let rowid: Option<i64> = tx
            .prepare_cached("SELECT rowid FROM services WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        if let Some(rowid) = rowid {
            search::unindex_service(tx, rowid)?;
        }
        tx.execute("DELETE FROM services WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Reads one whole service.
    pub(crate) fn load_service(conn: &Connection, id: Uuid) -> Result<Service> {
        let mut services = Store::load_services(conn, &[id])?;
        services
            .pop()
            .ok_or_else(|| crate::error::Error::corrupt("service", format!("{id} vanished")))
    }

    fn load_services(conn: &Connection, ids: &[Uuid]) -> Result<Vec<Service>> {
        let mut row_stmt = conn.prepare_cached(
            "SELECT slug, name, topics, area, address, phone, web, email, languages, cost,
                    access, hours, reviewed_on, sample
             FROM services WHERE id = ?1",
        )?;
        let mut text_stmt = conn.prepare_cached(
            "SELECT lang, description, accessibility FROM service_texts WHERE service_id = ?1",
        )?;
        let mut out = Vec::with_capacity(ids.len());
        for &id in ids {
            type Row = (
                String,
                String,
                String,
                String,
                String,
                Option<String>,
                Option<String>,
                Option<String>,
                String,
                String,
                String,
                String,
                Option<String>,
                bool,
            );
            let r: Row = row_stmt.query_row([id], |r| {
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
                    r.get(9)?,
                    r.get(10)?,
                    r.get(11)?,
                    r.get(12)?,
                    r.get(13)?,
                ))
            })?;
            let mut texts = BTreeMap::new();
            let rows = text_stmt.query_map([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })?;
            for row in rows {
                let (lang, description, accessibility) = row?;
                texts.insert(
                    parse_column::<LanguageTag>("service text language", &lang)?,
                    ServiceText {
                        description,
                        accessibility,
                    },
                );
            }
            out.push(Service {
                id,
                slug: r.0,
                name: r.1,
                topics: from_json("service topics", &r.2)?,
                area: r.3,
                address: r.4,
                phone: r.5,
                web: r.6,
                email: r.7,
                languages: from_json("service languages", &r.8)?,
                cost: from_json("service cost", &format!("\"{}\"", r.9))?,
                access: from_json("service access", &format!("\"{}\"", r.10))?,
                hours: from_json::<OpeningHours>("service hours", &r.11)?,
                reviewed_on: r
                    .12
                    .as_deref()
                    .map(|d| parse_column("service reviewed_on", d))
                    .transpose()?,
                sample: r.13,
                texts,
            });
        }
        Ok(out)
    }

    /// Every stored service with its texts, by slug (the content check, the HSDS export).
    pub fn service_records(&self) -> Result<Vec<Service>> {
        let ids: Vec<Uuid> = self
            .conn
            .prepare_cached("SELECT id FROM services ORDER BY slug")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Store::load_services(&self.conn, &ids)
    }

    /// The service `slug` as stored, with its text in every language.
    pub fn service_record(&self, slug: &str) -> Result<Option<Service>> {
        match super::id_for_slug(&self.conn, Table::Services, slug)? {
            Some(id) => Ok(Some(Store::load_service(&self.conn, id)?)),
            None => Ok(None),
        }
    }

    /// One service for its own screen: its text in the best language for `requested`, and
    /// whether it is open at `now` (Glasgow wall-clock time).
    pub fn service(
        &self,
        slug: &str,
        requested: &LanguageTag,
        now: NaiveDateTime,
    ) -> Result<ServiceView> {
        let service = self
            .service_record(slug)?
            .ok_or_else(|| Error::ServiceNotFound {
                slug: slug.to_owned(),
            })?;
        let open = service.hours.is_open_at(now);
        Ok(view(service, requested, open))
    }

    /// The directory: services matching every filter of `query`, each with its text in the
    /// best language for `requested`. `now` (Glasgow wall-clock time) decides `open` when the
    /// query does not name a moment. Ordered by relevance for free text, by name otherwise.
    pub fn services(
        &self,
        query: &ServiceQuery,
        requested: &LanguageTag,
        now: NaiveDateTime,
    ) -> Result<Vec<ServiceView>> {
        let typed = match query.text.as_deref() {
            Some(text) => Some(self.query(requested, text)?),
            None => None,
        };
        let text_order: Option<Vec<i64>> = match typed {
            Some(q) if !q.is_empty() => Some(search::matching_services(&self.conn, &q)?),
            _ => None,
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT rowid, id FROM services s
             WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM json_each(s.topics) WHERE value = ?1))
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM json_each(s.languages)
                                          WHERE value = ?2 OR value LIKE ?2 || '-%'))
             ORDER BY name COLLATE NOCASE",
        )?;
        let mut candidates: Vec<(i64, Uuid)> = stmt
            .query_map(
                (
                    query.topic.map(Topic::slug),
                    query.speaks.as_ref().map(LanguageTag::base),
                ),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?
            .collect::<rusqlite::Result<_>>()?;
        if let Some(order) = &text_order {
            let rank = |rowid: &i64| order.iter().position(|r| r == rowid);
            candidates.retain(|(rowid, _)| rank(rowid).is_some());
            candidates.sort_by_key(|(rowid, _)| rank(rowid));
        }
        let ids: Vec<Uuid> = candidates.into_iter().map(|(_, id)| id).collect();
        let moment = query.open_at.unwrap_or(now);
        let mut views = Vec::new();
        for service in Store::load_services(&self.conn, &ids)? {
            let open = service.hours.is_open_at(moment);
            if query.open_at.is_some() && !open {
                continue;
            }
            views.push(view(service, requested, open));
        }
        Ok(views)
    }
}

fn view(service: Service, requested: &LanguageTag, open: bool) -> ServiceView {
    let available: Vec<LanguageTag> = service.texts.keys().cloned().collect();
    let text_lang = negotiate(requested, &available)
        .into_iter()
        .next()
        .or_else(|| available.first().cloned())
        .unwrap_or_else(LanguageTag::source);
    let text = service
        .texts
        .get(&text_lang)
        .cloned()
        .unwrap_or(ServiceText {
            description: String::new(),
            accessibility: None,
        });
    ServiceView {
        is_fallback: text_lang.base() != requested.base(),
        text_lang,
        description: text.description,
        accessibility: text.accessibility,
        open,
        listing: ServiceListing {
            id: service.id,
            slug: service.slug,
            name: service.name,
            topics: service.topics,
            area: service.area,
            address: service.address,
            phone: service.phone,
            web: service.web,
            email: service.email,
            languages: service.languages,
            cost: service.cost,
            access: service.access,
            hours: service.hours,
            reviewed_on: service.reviewed_on,
            sample: service.sample,
        },
    }
}
