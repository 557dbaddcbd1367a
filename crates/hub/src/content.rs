//! The change log: publishing signed content, answering pulls (filtered by language and
//! role), and merging pushed volunteer profiles under the hybrid logical clock.

use std::collections::BTreeSet;

use ed25519_dalek::Signer;
use peerguide_core::article::Article;
use peerguide_core::service::Service;
use peerguide_core::setting::setting_id;
use peerguide_core::sync::doc::{InvalidDoc, VolunteerDoc};
use peerguide_core::sync::hlc::{HlcClock, MAX_CLOCK_AHEAD_MS};
use peerguide_core::sync::protocol::{
    DEFAULT_PAGE_LIMIT, Kind, MAX_PAGE_LIMIT, Page, PullRequest, PushAck, PushRequest, WireRecord,
    ack_signing_message, page_signing_message, signing_message, to_base64,
};
use rusqlite::{OptionalExtension, Transaction};
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub use peerguide_core::sync::protocol::{PublishReport, PublishRequest};

use crate::auth::Principal;
use crate::error::{HubError, Result};
use crate::{Hub, meta_num, now_ms, review, set_meta};

/// A page stops growing past this many bytes of record bodies, so pages stay small on a
/// phone's connection whatever the record sizes.
const PAGE_BYTE_BUDGET: usize = 1 << 20;
/// The byte budget of a page for a device far behind (one asking for [`MAX_PAGE_LIMIT`]
/// records: a first sync or a fresh start). Each page is compressed on its own and its words
/// repeat across records, so a larger page compresses better: the pages of a first sync of
/// realistic text (`WORDS=250 cargo bench -p peerguide-hub --bench sync`, `PAGES=dir`, then
/// `zstd -b`) were 6–12% smaller at 4 MiB than at 1 MiB (levels 3 to 12), and 8 MiB gained
/// only 1–4% more. With level 6 the first sync went from 87.8 to 82.5 MB, 0.69× PouchDB's.
/// The price: a transfer cut off midway loses up to a page, about 1.3 MB compressed instead
/// of 0.35 MB, and the device holds about 5 MB of JSON per page (its peak RSS 25 to 39 MB).
const FAR_BEHIND_PAGE_BYTE_BUDGET: usize = 4 << 20;
/// At most this many profiles in one push.
pub const MAX_PUSH_DOCS: usize = 200;

enum Upsert<'a> {
    Live {
        body: &'a str,
        slug: Option<&'a str>,
    },
    Tombstone,
}

impl Hub {
    /// Publishes articles, services and settings: each language-free part, each text and
    /// each setting becomes a record signed with the organisation key, in one transaction.
    pub fn publish(&self, who: &Principal, req: &PublishRequest) -> Result<PublishReport> {
        who.require_coordinator("publish content")?;
        let report = self.write(|tx, _| {
            let mut report = PublishReport::default();
            let mut kept: BTreeSet<(Kind, Uuid)> = BTreeSet::new();
            for article in &req.articles {
                let id = self.resolve_id(tx, Kind::Article, article.id, &article.slug)?;
                kept.insert((Kind::Article, id));
                let meta = Article {
                    id,
                    translations: vec![],
                    ..article.clone()
                };
                let body = serde_json::to_string(&meta).expect("serialises");
                self.upsert(
                    tx,
                    Kind::Article,
                    id,
                    "",
                    Upsert::Live {
                        body: &body,
                        slug: Some(&article.slug),
                    },
                    &mut report,
                )?;
                let mut langs = BTreeSet::new();
                for t in &article.translations {
                    langs.insert(t.lang.as_str().to_owned());
                    let body = serde_json::to_string(t).expect("serialises");
                    self.upsert(
                        tx,
                        Kind::ArticleText,
                        id,
                        t.lang.as_str(),
                        Upsert::Live {
                            body: &body,
                            slug: None,
                        },
                        &mut report,
                    )?;
                }
                self.drop_texts(tx, Kind::ArticleText, id, &langs, &mut report)?;
            }
            for service in &req.services {
                let id = self.resolve_id(tx, Kind::Service, service.id, &service.slug)?;
                kept.insert((Kind::Service, id));
                let meta = Service {
                    id,
                    texts: Default::default(),
                    ..service.clone()
                };
                let body = serde_json::to_string(&meta).expect("serialises");
                self.upsert(
                    tx,
                    Kind::Service,
                    id,
                    "",
                    Upsert::Live {
                        body: &body,
                        slug: Some(&service.slug),
                    },
                    &mut report,
                )?;
                let mut langs = BTreeSet::new();
                for (lang, text) in &service.texts {
                    langs.insert(lang.as_str().to_owned());
                    let body = serde_json::to_string(text).expect("serialises");
                    self.upsert(
                        tx,
                        Kind::ServiceText,
                        id,
                        lang.as_str(),
                        Upsert::Live {
                            body: &body,
                            slug: None,
                        },
                        &mut report,
                    )?;
                }
                self.drop_texts(tx, Kind::ServiceText, id, &langs, &mut report)?;
            }
            for setting in &req.settings {
                let id = setting_id(&setting.name);
                kept.insert((Kind::Setting, id));
                let body = serde_json::to_string(setting).expect("serialises");
                self.upsert(
                    tx,
                    Kind::Setting,
                    id,
                    "",
                    Upsert::Live {
                        body: &body,
                        slug: None,
                    },
                    &mut report,
                )?;
            }
            if req.prune {
                let settings: Vec<Uuid> = tx
                    .prepare("SELECT id FROM records WHERE kind = 'setting' AND deleted = 0")?
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for id in settings
                    .into_iter()
                    .filter(|id| !kept.contains(&(Kind::Setting, *id)))
                {
                    self.upsert(tx, Kind::Setting, id, "", Upsert::Tombstone, &mut report)?;
                }
                for (kind, text_kind) in [
                    (Kind::Article, Kind::ArticleText),
                    (Kind::Service, Kind::ServiceText),
                ] {
                    let live: Vec<Uuid> = tx
                        .prepare("SELECT id FROM records WHERE kind = ?1 AND deleted = 0")?
                        .query_map([kind.as_str()], |r| r.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    for id in live.into_iter().filter(|id| !kept.contains(&(kind, *id))) {
                        self.drop_texts(tx, text_kind, id, &BTreeSet::new(), &mut report)?;
                        self.upsert(tx, kind, id, "", Upsert::Tombstone, &mut report)?;
                    }
                }
            }
            Ok(report)
        })?;
        tracing::info!(
            signed = report.signed,
            unchanged = report.unchanged,
            deleted = report.deleted,
            "published"
        );
        Ok(report)
    }

    /// Takes the live article or service with `slug` off devices: a tombstone for it and
    /// each of its texts, signed like a publish.
    pub fn unpublish(&self, who: &Principal, kind: Kind, slug: &str) -> Result<PublishReport> {
        who.require_coordinator("unpublish content")?;
        let text_kind = match kind {
            Kind::Service => Kind::ServiceText,
            _ => Kind::ArticleText,
        };
        self.write(|tx, _| {
            let mut report = PublishReport::default();
            let id: Option<Uuid> = tx
                .query_row(
                    "SELECT id FROM records WHERE kind = ?1 AND slug = ?2 AND deleted = 0",
                    (kind.as_str(), slug),
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = id {
                self.drop_texts(tx, text_kind, id, &BTreeSet::new(), &mut report)?;
                self.upsert(tx, kind, id, "", Upsert::Tombstone, &mut report)?;
            }
            Ok(report)
        })
    }

    /// The id for a published record: the one given, else the one already published under
    /// this slug, else a new one. A slug held by another record is refused.
    fn resolve_id(&self, tx: &Transaction, kind: Kind, given: Uuid, slug: &str) -> Result<Uuid> {
        let holder: Option<Uuid> = tx
            .query_row(
                "SELECT id FROM records WHERE kind = ?1 AND slug = ?2 AND deleted = 0",
                (kind.as_str(), slug),
                |r| r.get(0),
            )
            .optional()?;
        match (given.is_nil(), holder) {
            (true, Some(id)) => Ok(id),
            (true, None) => Ok(Uuid::now_v7()),
            (false, Some(id)) if id != given => Err(HubError::SlugTaken {
                kind: kind.as_str(),
                slug: slug.to_owned(),
            }),
            (false, _) => Ok(given),
        }
    }

    fn drop_texts(
        &self,
        tx: &Transaction,
        kind: Kind,
        id: Uuid,
        keep: &BTreeSet<String>,
        report: &mut PublishReport,
    ) -> Result<()> {
        let langs: Vec<String> = tx
            .prepare_cached("SELECT lang FROM records WHERE kind = ?1 AND id = ?2 AND deleted = 0")?
            .query_map((kind.as_str(), id), |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for lang in langs.iter().filter(|l| !keep.contains(*l)) {
            self.upsert(tx, kind, id, lang, Upsert::Tombstone, report)?;
        }
        Ok(())
    }

    /// Writes a signed record if it changed: next version, next sequence number, new
    /// signature over id, language, version and content hash.
    fn upsert(
        &self,
        tx: &Transaction,
        kind: Kind,
        id: Uuid,
        lang: &str,
        what: Upsert,
        report: &mut PublishReport,
    ) -> Result<()> {
        let (body, slug, deleted) = match what {
            Upsert::Live { body, slug } => (body, slug, false),
            Upsert::Tombstone => ("", None, true),
        };
        let hash = Sha256::digest(body.as_bytes()).to_vec();
        let stored: Option<(i64, Vec<u8>, bool)> = tx
            .prepare_cached(
                "SELECT version, hash, deleted FROM records WHERE kind = ?1 AND id = ?2 AND lang = ?3",
            )?
            .query_row((kind.as_str(), id, lang), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        if let Some((_, h, d)) = &stored
            && *h == hash
            && *d == deleted
        {
            report.unchanged += 1;
            return Ok(());
        }
        if deleted && stored.is_none() {
            return Ok(());
        }
        let version = stored.map_or(1, |s| s.0 as u64 + 1);
        let sig = self
            .key()
            .sign(&signing_message(kind, id, lang, version, body));
        let seq = next_seq(tx)?;
        write_record(
            tx,
            kind,
            id,
            lang,
            slug,
            seq,
            version,
            deleted,
            body,
            &hash,
            &to_base64(&sig.to_bytes()),
        )?;
        if deleted {
            report.deleted += 1;
        } else {
            report.signed += 1;
        }
        Ok(())
    }

    /// The page after `req.cursor`: records in the requested languages (and English), in
    /// sequence order, volunteer profiles cut down to what the caller may see.
    pub fn pull(&self, who: &Principal, req: &PullRequest) -> Result<Page> {
        // Sequence numbers are SQLite integers: a larger cursor would wrap to a negative
        // one and silently mean "from the start".
        if i64::try_from(req.cursor).is_err() {
            return Err(HubError::InvalidCursor { cursor: req.cursor });
        }
        let limit = req
            .limit
            .unwrap_or(DEFAULT_PAGE_LIMIT)
            .clamp(1, MAX_PAGE_LIMIT) as usize;
        let budget = if limit >= MAX_PAGE_LIMIT as usize {
            FAR_BEHIND_PAGE_BYTE_BUDGET
        } else {
            PAGE_BYTE_BUDGET
        };
        let bases = serde_json::to_string(&req.bases()).expect("serialises");
        let (records, last_seq, full, last_row) = self.read(|tx| {
            let purged = meta_num(tx, "purged_seq")?;
            if req.cursor > 0 && req.cursor < purged {
                return Err(HubError::CursorTooOld {
                    cursor: req.cursor,
                    purged,
                });
            }
            let last_seq = meta_num(tx, "last_seq")?;
            let mut stmt = tx.prepare_cached(
                "SELECT seq, kind, id, lang, version, deleted, body, sig FROM records
                 WHERE seq > ?1 AND (base = '' OR base IN (SELECT value FROM json_each(?2)))
                 ORDER BY seq LIMIT ?3",
            )?;
            let mut rows = stmt.query((req.cursor as i64, &bases, limit as i64))?;
            let mut out = Vec::new();
            let mut bytes = 0;
            while let Some(r) = rows.next()? {
                let body: String = r.get(6)?;
                bytes += body.len();
                let kind: String = r.get(1)?;
                out.push((
                    r.get::<_, i64>(0)? as u64,
                    WireRecord {
                        review: None,
                        withdrawn: false,
                        kind: Kind::parse(&kind).ok_or_else(|| HubError::DataDir {
                            path: "hub.db".into(),
                            reason: format!("unknown record kind '{kind}'"),
                        })?,
                        id: r.get(2)?,
                        lang: r.get(3)?,
                        version: r.get::<_, i64>(4)? as u64,
                        deleted: r.get(5)?,
                        body,
                        sig: r.get(7)?,
                    },
                ));
                if bytes >= budget {
                    break;
                }
            }
            // Whether the page is full is decided on the rows read, before profiles the
            // caller may not hold are left out, so the cursor still moves past them.
            let full = out.len() >= limit || bytes >= budget;
            let last_row = out.last().map(|(seq, _)| *seq);
            // Profiles are shaped in the same read transaction as their rows, so a review
            // committed in between cannot pair one version's body with another's review.
            let mut records = Vec::with_capacity(out.len());
            for (_, record) in out {
                if record.kind == Kind::Volunteer && !record.deleted {
                    records.extend(review::shape_for(tx, who, record)?);
                } else {
                    records.push(record);
                }
            }
            Ok((records, last_seq, full, last_row))
        })?;
        let (cursor, has_more) = match last_row {
            Some(seq) if full => (seq, seq < last_seq),
            _ => (last_seq, false),
        };
        let mut page = Page {
            epoch: self.epoch(),
            org_key: self.public_key().to_owned(),
            cursor,
            has_more,
            head: last_seq,
            hub_time_ms: now_ms(),
            records,
            viewer: who.viewer(),
            sig: String::new(),
        };
        // The page as this caller is sent it, bound to their request: a device refuses it
        // whole if anything in it is changed on the way.
        let sig = self.key().sign(&page_signing_message(req, &page));
        page.sig = to_base64(&sig.to_bytes());
        Ok(page)
    }

    /// Merges a batch of profile changes. A volunteer may change only their own profile; a
    /// stamp more than a minute ahead of the hub's clock is replaced by the hub's time. A
    /// batch id seen before gets its first answer again and changes nothing.
    pub fn push(&self, who: &Principal, req: &PushRequest) -> Result<PushAck> {
        let token_id = match who {
            Principal::Anonymous => return Err(HubError::TokenRequired),
            Principal::Volunteer {
                token_id,
                volunteer_id,
            } => {
                if let Some(doc) = req.docs.iter().find(|d| d.id != *volunteer_id) {
                    return Err(HubError::NotYourProfile { id: doc.id });
                }
                token_id
            }
            Principal::Coordinator { token_id } => token_id,
        };
        if req.docs.len() > MAX_PUSH_DOCS {
            return Err(HubError::WrongShape {
                reason: format!(
                    "{} profiles in one batch; at most {MAX_PUSH_DOCS}",
                    req.docs.len()
                ),
            });
        }
        for doc in &req.docs {
            doc.validate()?;
        }
        let mut deleted_any = false;
        let mut ack = self.write(|tx, clock| {
            let seen: Option<String> = tx
                .query_row(
                    "SELECT answer FROM batches WHERE token_id = ?1 AND batch_id = ?2",
                    (token_id, req.batch_id),
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(answer) = seen
                && let Ok(ack) = serde_json::from_str::<PushAck>(&answer)
            {
                return Ok(ack);
            }
            let now = now_ms();
            let mut changed = 0;
            for doc in &req.docs {
                let incoming = clamp(doc, clock, now);
                let stored: Option<(String, i64)> = tx
                    .query_row(
                        "SELECT body, version FROM records WHERE kind = 'volunteer' AND id = ?1",
                        [doc.id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                let (merged, version, before) = match stored {
                    Some((body, version)) => {
                        let old: VolunteerDoc = serde_json::from_str(&body).map_err(|e| HubError::DataDir {
                            path: "hub.db".into(),
                            reason: format!("volunteer {}: {e}", doc.id),
                        })?;
                        // The slug is fixed when the profile is created.
                        let incoming = VolunteerDoc { slug: old.slug.clone(), ..incoming };
                        (old.merge(&incoming), version as u64, Some(old))
                    }
                    None => {
                        let taken: Option<Uuid> = tx
                            .query_row(
                                "SELECT id FROM records WHERE kind = 'volunteer' AND slug = ?1 AND deleted = 0",
                                [&incoming.slug],
                                |r| r.get(0),
                            )
                            .optional()?;
                        if taken.is_some() {
                            return Err(HubError::SlugTaken { kind: "volunteer", slug: incoming.slug.clone() });
                        }
                        (VolunteerDoc::new(doc.id, incoming.slug.clone()).merge(&incoming), 0, None)
                    }
                };
                // A deleted profile keeps nothing but its id and the deletion's stamp: no
                // fields (the merge cleared them) and not even its slug.
                let merged = match merged.deleted {
                    Some(at) => VolunteerDoc { deleted: Some(at), ..VolunteerDoc::new(doc.id, "") },
                    None => merged,
                };
                if before.as_ref() == Some(&merged) {
                    continue;
                }
                // Each field was within its bounds, but fields written by different pushes
                // could together exceed the profile's: refused, and the batch with it.
                if let Some(Err(p)) = merged.to_volunteer().map(|v| v.check_size()) {
                    return Err(HubError::InvalidProfile(InvalidDoc {
                        id: doc.id,
                        field: p.field.into(),
                        reason: p.reason,
                        fault: p.fault,
                    }));
                }
                changed += 1;
                let body = serde_json::to_string(&merged).expect("serialises");
                let hash = Sha256::digest(body.as_bytes()).to_vec();
                let seq = next_seq(tx)?;
                write_record(
                    tx,
                    Kind::Volunteer,
                    doc.id,
                    "",
                    Some(&merged.slug),
                    seq,
                    version + 1,
                    merged.deleted.is_some(),
                    &body,
                    &hash,
                    "",
                )?;
                if merged.deleted.is_some() {
                    deleted_any = true;
                    tx.execute(
                        "UPDATE records SET slug = NULL WHERE kind = 'volunteer' AND id = ?1",
                        [doc.id],
                    )?;
                }
                review::after_push(tx, before.as_ref(), &merged, now)?;
            }
            let ack = PushAck { batch_id: req.batch_id, changed, sig: String::new() };
            tx.execute(
                "INSERT INTO batches (token_id, batch_id, answer, at) VALUES (?1, ?2, ?3, ?4)",
                (token_id, req.batch_id, serde_json::to_string(&ack).expect("serialises"), now as i64),
            )?;
            Ok(ack)
        })?;
        if deleted_any {
            self.truncate_log()?;
        }
        tracing::info!(docs = req.docs.len(), changed = ack.changed, "push applied");
        // Signed as sent (a batch sent again gets its first answer, signed again).
        ack.sig = to_base64(&self.key().sign(&ack_signing_message(&ack)).to_bytes());
        Ok(ack)
    }
}

/// A device clock more than a minute ahead must not win every later edit: such stamps are
/// replaced by the hub's own clock. Stamps within the minute are observed, so the hub's
/// later stamps order after them.
fn clamp(doc: &VolunteerDoc, clock: &mut HlcClock, now: u64) -> VolunteerDoc {
    let mut doc = doc.clone();
    let limit = now.saturating_add(MAX_CLOCK_AHEAD_MS);
    let mut fix = |at: &mut peerguide_core::sync::Hlc| {
        if at.wall_ms > limit {
            *at = clock.tick(now);
        } else {
            clock.observe(*at);
        }
    };
    for stamped in doc.fields.values_mut() {
        fix(&mut stamped.at);
    }
    if let Some(at) = doc.deleted.as_mut() {
        fix(at);
    }
    doc
}

pub(crate) fn next_seq(tx: &Transaction) -> Result<u64> {
    let seq = meta_num(tx, "last_seq")? + 1;
    set_meta(tx, "last_seq", &seq.to_string())?;
    Ok(seq)
}

#[allow(clippy::too_many_arguments)]
fn write_record(
    tx: &Transaction,
    kind: Kind,
    id: Uuid,
    lang: &str,
    slug: Option<&str>,
    seq: u64,
    version: u64,
    deleted: bool,
    body: &str,
    hash: &[u8],
    sig: &str,
) -> Result<()> {
    let base = lang.split('-').next().unwrap_or_default();
    tx.prepare_cached(
        "INSERT INTO records (kind, id, lang, base, slug, seq, version, deleted, deleted_at,
                              body, hash, sig)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (kind, id, lang) DO UPDATE SET slug = coalesce(excluded.slug, slug),
             seq = excluded.seq, version = excluded.version, deleted = excluded.deleted,
             deleted_at = excluded.deleted_at, body = excluded.body, hash = excluded.hash,
             sig = excluded.sig",
    )?
    .execute(rusqlite::params![
        kind.as_str(),
        id,
        lang,
        base,
        slug,
        seq as i64,
        version as i64,
        deleted,
        deleted.then(|| now_ms() as i64),
        body,
        hash,
        sig,
    ])?;
    Ok(())
}
