//! The device's sync engine: push its own pending changes in one idempotent batch, then pull
//! pages after its cursor, verifying every signed record and applying each page together
//! with its new cursor in one SQLite transaction. IO goes through a [`Transport`].

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use ed25519_dalek::VerifyingKey;
use rusqlite::{OptionalExtension, Transaction};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use super::SyncError;
use super::doc::{Field, Stamped, VolunteerDoc};
use super::hlc::{Hlc, HlcClock, wall_clock_ms};
use super::protocol::{
    Kind, Page, PullRequest, PushAck, PushRequest, WireRecord, parse_public_key, verify,
    verify_ack, verify_page,
};
use crate::article::{Article, Translation};
use crate::language::LanguageTag;
use crate::service::{Service, ServiceText};
use crate::setting::{Setting, setting_id};
use crate::store::{Store, Table, WriteOutcome, differs_from_stored, id_for_slug, is_stored};
use crate::volunteer::{Review, ReviewStatus, Volunteer};

/// What carries requests to the hub and brings its answers back.
pub trait Transport {
    /// Asks for the page after `req.cursor`.
    fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError>;
    /// Sends a batch of this device's changes.
    fn push(&mut self, req: &PushRequest) -> Result<PushAck, TransportError>;
    /// Every request must be answered by `until` (the sync's deadline), or fail as
    /// unreachable. Transports that cannot wait for ever (in process) ignore it.
    fn set_deadline(&mut self, until: Option<Instant>) {
        let _ = until;
    }
}

/// How long a sync may take, all its requests together, unless told otherwise: long
/// enough for a first sync of everything over a slow link, short enough that a hub (or a
/// network) that keeps answering without end does not hold the device.
pub const DEFAULT_SYNC_DEADLINE: Duration = Duration::from_secs(120);

/// How a request failed on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// No answer: refused connection, timeout, a connection cut mid-answer.
    Unreachable(String),
    /// The hub answered with an error.
    Refused {
        /// The HTTP status.
        status: u16,
        /// The hub's stable error code.
        code: String,
        /// The hub's message.
        message: String,
    },
    /// An answer that could not be read.
    Garbled(String),
    /// The sync's deadline passed before the answer came.
    TimedOut {
        /// The deadline, in seconds from the start of the sync.
        secs: u64,
    },
}

/// A transport that gives up once the sync's deadline has passed.
struct Deadline<'a> {
    inner: &'a mut dyn Transport,
    until: Option<Instant>,
    limit: Duration,
}

impl Deadline<'_> {
    fn guard<T>(
        &mut self,
        call: impl FnOnce(&mut dyn Transport) -> Result<T, TransportError>,
    ) -> Result<T, TransportError> {
        let late = |until: Option<Instant>| until.is_some_and(|u| Instant::now() >= u);
        let timed_out = TransportError::TimedOut {
            secs: self.limit.as_secs(),
        };
        if late(self.until) {
            return Err(timed_out);
        }
        match call(self.inner) {
            Err(TransportError::Unreachable(_)) if late(self.until) => Err(timed_out),
            other => other,
        }
    }
}

impl Transport for Deadline<'_> {
    fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError> {
        self.guard(|t| t.pull(req))
    }

    fn push(&mut self, req: &PushRequest) -> Result<PushAck, TransportError> {
        self.guard(|t| t.push(req))
    }
}

impl From<TransportError> for SyncError {
    fn from(e: TransportError) -> Self {
        match e {
            TransportError::Unreachable(reason) => SyncError::HubUnreachable { reason },
            TransportError::Refused {
                status,
                code,
                message,
            } => SyncError::from_refusal(status, code, message),
            TransportError::Garbled(reason) => SyncError::HubGarbled { reason },
            TransportError::TimedOut { secs } => SyncError::TimedOut { secs },
        }
    }
}

/// How to sync.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// The languages to receive texts in (English, the fallback, always comes too).
    pub langs: Vec<LanguageTag>,
    /// Accept a changed organisation key (the user confirmed it) and start again from scratch.
    pub accept_new_key: bool,
    /// Records per page to ask for; the hub's default when `None`.
    pub page_limit: Option<u32>,
    /// Added to this machine's clock (tests simulate a device whose clock is wrong).
    pub clock_offset_ms: i64,
    /// The whole sync, every request of it, ends by then with `sync-timeout`; `None`
    /// waits as long as the hub keeps answering.
    pub deadline: Option<Duration>,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            langs: vec![LanguageTag::source()],
            accept_new_key: false,
            page_limit: None,
            clock_offset_ms: 0,
            deadline: Some(DEFAULT_SYNC_DEADLINE),
        }
    }
}

/// What a sync is doing, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncProgress {
    /// Own changes were sent.
    Pushed {
        /// Profiles in the batch.
        docs: usize,
    },
    /// A page was applied.
    Pulled {
        /// Records applied so far in this sync.
        records: usize,
        /// The new cursor.
        cursor: u64,
        /// The cursor this pull started from.
        start: u64,
        /// The hub's newest sequence number: the pull ends when the cursor reaches it.
        head: u64,
    },
    /// The device is starting again from scratch, and why.
    Restarting(&'static str),
}

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Own profiles pushed.
    pub pushed: usize,
    /// Records received.
    pub pulled: usize,
    /// Records that changed something on this device.
    pub changed: usize,
    /// Records removed (deleted on the hub, or gone after a fresh start).
    pub removed: usize,
    /// Articles added, changed or deleted (any of their texts): what a reader is told was
    /// updated.
    pub articles_changed: BTreeSet<Uuid>,
    /// Services added, changed or deleted.
    pub services_changed: BTreeSet<Uuid>,
    /// Volunteer profiles added, changed or deleted.
    pub volunteers_changed: BTreeSet<Uuid>,
    /// Requests made.
    pub round_trips: usize,
    /// True when the device started again from scratch (new hub epoch, purged history,
    /// new language list or accepted key change).
    pub restarted: bool,
    /// The cursor after the sync.
    pub cursor: u64,
}

/// Where a device stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncStatus {
    /// This device's id (its clock's tie-break).
    pub device_id: Uuid,
    /// The cursor.
    pub cursor: u64,
    /// The hub epoch last seen.
    pub epoch: Option<Uuid>,
    /// The pinned organisation key (base64).
    pub org_key: Option<String>,
    /// When the last sync completed (RFC 3339).
    pub last_sync: Option<String>,
    /// Profile fields changed here and not yet acknowledged by the hub.
    pub pending: usize,
}

impl SyncReport {
    /// Notes a changed article, service or profile (once, however many of its records, one
    /// per language, arrived).
    fn note_change(&mut self, (kind, id): (Kind, Uuid)) {
        match kind {
            Kind::Volunteer => self.volunteers_changed.insert(id),
            Kind::Service | Kind::ServiceText => self.services_changed.insert(id),
            Kind::Article | Kind::ArticleText => self.articles_changed.insert(id),
            // Settings are counted in `changed`, but are not something a reader opens.
            Kind::Setting => false,
        };
    }
}

struct State<'a> {
    tx: &'a Transaction<'a>,
}

impl State<'_> {
    fn get(&self, key: &str) -> rusqlite::Result<Option<String>> {
        self.tx
            .query_row("SELECT value FROM sync_state WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
    }

    fn set(&self, key: &str, value: &str) -> rusqlite::Result<()> {
        self.tx.execute(
            "INSERT INTO sync_state (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )?;
        Ok(())
    }

    fn remove(&self, key: &str) -> rusqlite::Result<()> {
        self.tx
            .execute("DELETE FROM sync_state WHERE key = ?1", [key])?;
        Ok(())
    }

    fn num(&self, key: &str) -> Result<u64, SyncError> {
        Ok(self
            .get(key)?
            .map(|v| v.parse().unwrap_or_default())
            .unwrap_or(0))
    }

    fn device_id(&self) -> Result<Uuid, SyncError> {
        if let Some(id) = self.get("device_id")?
            && let Ok(id) = id.parse()
        {
            return Ok(id);
        }
        let id = Uuid::now_v7();
        self.set("device_id", &id.to_string())?;
        Ok(id)
    }

    fn clock(&self) -> Result<HlcClock, SyncError> {
        let node = self.device_id()?;
        let last = self.get("hlc")?.and_then(|t| t.parse::<Hlc>().ok());
        Ok(HlcClock::resume(node, last))
    }

    fn save_clock(&self, clock: &HlcClock) -> Result<(), SyncError> {
        self.set("hlc", &clock.last().to_string())?;
        Ok(())
    }

    /// Forgets the cursor, so the next pull starts from scratch; records not received again
    /// by the end of that pull are then removed (see [`sweep`]).
    fn restart(&self) -> Result<(), SyncError> {
        let generation = self.num("generation")? + 1;
        self.set("generation", &generation.to_string())?;
        self.set("sweep", "1")?;
        self.set("cursor", "0")?;
        Ok(())
    }
}

fn now_ms(offset: i64) -> u64 {
    (wall_clock_ms() as i64).saturating_add(offset).max(0) as u64
}

/// The device's sync state.
pub fn status(store: &mut Store) -> Result<SyncStatus, SyncError> {
    let tx = store.conn.transaction()?;
    let state = State { tx: &tx };
    let status = SyncStatus {
        device_id: state.device_id()?,
        cursor: state.num("cursor")?,
        epoch: state.get("epoch")?.and_then(|e| e.parse().ok()),
        org_key: state.get("org_key")?,
        last_sync: state.get("last_sync")?,
        pending: tx.query_row("SELECT count(*) FROM sync_pending", [], |r| {
            r.get::<_, i64>(0)
        })? as usize,
    };
    tx.commit()?;
    Ok(status)
}

/// Changes fields of a volunteer profile on this device (creating it if new); the change is
/// sent to the hub at the next sync. Only the profile's own volunteer (or a coordinator) can
/// get it accepted there.
pub fn edit_volunteer(
    store: &mut Store,
    id: Uuid,
    slug: &str,
    changes: &[(Field, Value)],
    clock_offset_ms: i64,
) -> Result<(), SyncError> {
    let tx = store.conn.transaction()?;
    {
        let state = State { tx: &tx };
        let mut clock = state.clock()?;
        let existing = load_doc(&tx, id)?;
        let is_new = existing.is_none();
        let mut doc = existing.unwrap_or_else(|| VolunteerDoc::new(id, slug));
        if doc.deleted.is_some() {
            return Err(SyncError::ProfileDeleted { id });
        }
        for (field, value) in changes {
            let at = clock.tick(now_ms(clock_offset_ms));
            doc.fields.insert(
                *field,
                Stamped {
                    at,
                    value: value.clone(),
                },
            );
            mark_pending(&tx, id, field.as_str(), at)?;
        }
        doc.validate().map_err(|e| SyncError::InvalidChange {
            id,
            field: e.field,
            reason: e.reason,
        })?;
        save_doc(&tx, &doc, state.num("generation")?)?;
        let touched: Vec<Field> = changes
            .iter()
            .map(|(f, _)| *f)
            .filter(|f| f.needs_review())
            .collect();
        if !touched.is_empty() {
            await_review(&tx, &doc, &touched, is_new)?;
        }
        state.save_clock(&clock)?;
        materialise(&tx, Kind::Volunteer, id)?;
    }
    tx.commit()?;
    // A contact changed here must not stay readable in the log.
    store.forget_freed()?;
    Ok(())
}

/// Deletes a volunteer profile on this device; the deletion reaches the hub and every other
/// device at their next syncs.
pub fn delete_volunteer(
    store: &mut Store,
    id: Uuid,
    clock_offset_ms: i64,
) -> Result<(), SyncError> {
    let tx = store.conn.transaction()?;
    {
        let state = State { tx: &tx };
        let mut clock = state.clock()?;
        let Some(mut doc) = load_doc(&tx, id)? else {
            return Err(SyncError::ProfileDeleted { id });
        };
        if doc.deleted.is_some() {
            return Ok(());
        }
        let at = clock.tick(now_ms(clock_offset_ms));
        doc = doc.merge(&VolunteerDoc {
            deleted: Some(at),
            ..VolunteerDoc::new(id, doc.slug.clone())
        });
        mark_pending(&tx, id, "deleted", at)?;
        save_doc(&tx, &doc, state.num("generation")?)?;
        state.save_clock(&clock)?;
        materialise(&tx, Kind::Volunteer, id)?;
    }
    tx.commit()?;
    store.forget_freed()?;
    Ok(())
}

fn mark_pending(tx: &Transaction, id: Uuid, field: &str, at: Hlc) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO sync_pending (id, field, at) VALUES (?1, ?2, ?3)
         ON CONFLICT (id, field) DO UPDATE SET at = excluded.at",
        (id, field, at.to_string()),
    )?;
    Ok(())
}

fn load_doc(tx: &Transaction, id: Uuid) -> Result<Option<VolunteerDoc>, SyncError> {
    let body: Option<String> = tx
        .query_row(
            "SELECT body FROM sync_records WHERE kind = 'volunteer' AND id = ?1 AND lang = ''",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    body.map(|b| {
        serde_json::from_str(&b).map_err(|e| {
            SyncError::Store(crate::Error::CorruptRecord {
                what: format!("volunteer profile {id}"),
                reason: e.to_string(),
            })
        })
    })
    .transpose()
}

fn save_doc(tx: &Transaction, doc: &VolunteerDoc, generation: u64) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO sync_records (kind, id, lang, version, deleted, body, generation)
         VALUES ('volunteer', ?1, '', 0, ?2, ?3, ?4)
         ON CONFLICT (kind, id, lang) DO UPDATE SET deleted = excluded.deleted,
             body = excluded.body, generation = excluded.generation",
        (
            doc.id,
            doc.deleted.is_some(),
            serde_json::to_string(doc).expect("docs serialise"),
            generation as i64,
        ),
    )?;
    Ok(())
}

/// Syncs with the hub: pushes this device's pending changes, then pulls every page after
/// its cursor. Fails without changing anything it has not finished: each page is applied
/// with its cursor in one transaction, and an unacknowledged batch is resent as it was.
pub fn sync(
    store: &mut Store,
    transport: &mut dyn Transport,
    opts: &SyncOptions,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<SyncReport, SyncError> {
    let mut report = SyncReport::default();
    let until = opts.deadline.map(|d| Instant::now() + d);
    transport.set_deadline(until);
    let mut transport = Deadline {
        inner: transport,
        until,
        limit: opts.deadline.unwrap_or_default(),
    };
    let transport = &mut transport;
    let mut langs: Vec<String> = opts.langs.iter().map(|l| l.as_str().to_owned()).collect();
    langs.sort();
    langs.dedup();
    let langs_text = langs.join(",");

    // A new language list means texts for the added languages lie behind the cursor, and
    // texts of dropped ones should go: start again from scratch.
    {
        let tx = store.conn.transaction()?;
        let state = State { tx: &tx };
        state.device_id()?;
        // Before versions were forgotten at a new epoch, a device that met a restored hub
        // stayed stuck in its fresh start, refusing the restored versions as a rollback at
        // every sync. One caught so when this build first syncs forgets them once; nothing
        // older can be slipped in meanwhile, as every page is signed for its request.
        if state.get("epoch_versions")?.is_none() {
            if state.get("sweep")?.is_some() {
                forget_versions(&tx)?;
            }
            state.set("epoch_versions", "1")?;
        }
        if state.get("langs")?.is_some_and(|l| l != langs_text) {
            state.restart()?;
            report.restarted = true;
            progress(SyncProgress::Restarting("the language list changed"));
        }
        state.set("langs", &langs_text)?;
        tx.commit()?;
    }

    push(store, transport, &mut report, progress)?;
    let restarted_before = report.restarted;
    pull(store, transport, opts, &mut report, progress)?;
    // A fresh start after a new hub epoch marks this device's own writes to be sent again
    // (the hub may have lost them): send them now rather than at the next sync.
    if report.restarted && !restarted_before && pending_count(store)? > 0 {
        push(store, transport, &mut report, progress)?;
        pull(store, transport, opts, &mut report, progress)?;
    }

    let tx = store.conn.transaction()?;
    State { tx: &tx }.set("last_sync", &chrono::Utc::now().to_rfc3339())?;
    report.cursor = State { tx: &tx }.num("cursor")?;
    tx.commit()?;
    if !report.volunteers_changed.is_empty() {
        // A profile changed or went: its old contacts must not stay readable in the log.
        store.forget_freed()?;
    }
    Ok(report)
}

/// Makes the next sync start afresh from the hub's full content, removing what it does not
/// send again (this device's unsent changes stay).
pub fn start_afresh(store: &mut Store) -> Result<(), SyncError> {
    let tx = store.conn.transaction()?;
    State { tx: &tx }.restart()?;
    tx.commit()?;
    Ok(())
}

/// How many of this profile's field changes made here the hub has not acknowledged yet.
pub fn pending_for(store: &Store, id: Uuid) -> Result<usize, SyncError> {
    Ok(store.conn.query_row(
        "SELECT count(*) FROM sync_pending WHERE id = ?1",
        [id],
        |r| r.get::<_, i64>(0),
    )? as usize)
}

fn pending_count(store: &Store) -> Result<usize, SyncError> {
    Ok(store
        .conn
        .query_row("SELECT count(*) FROM sync_pending", [], |r| {
            r.get::<_, i64>(0)
        })? as usize)
}

/// Sends batches until nothing is pending: first any batch left unacknowledged by an
/// earlier sync (resent exactly as it was), then the changes made since.
fn push(
    store: &mut Store,
    transport: &mut dyn Transport,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<(), SyncError> {
    // Each round acknowledges at least one pending field, so this ends; the bound is a guard.
    for _ in 0..1_000 {
        if !push_one(store, transport, report, progress)? {
            break;
        }
    }
    Ok(())
}

/// Sends one batch; false when there was nothing to send.
fn push_one(
    store: &mut Store,
    transport: &mut dyn Transport,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<bool, SyncError> {
    // The batch is written down before it is sent, so a retry after a lost answer sends the
    // same id and the same content, and the hub applies it once.
    let batch = {
        let tx = store.conn.transaction()?;
        let state = State { tx: &tx };
        let batch = match state.get("open_batch")? {
            Some(text) => serde_json::from_str::<PushRequest>(&text).ok(),
            None => None,
        };
        let batch = match batch {
            Some(b) => Some(b),
            None => {
                let b = build_batch(&tx)?;
                if let Some(b) = &b {
                    state.set("open_batch", &serde_json::to_string(b).expect("serialises"))?;
                }
                b
            }
        };
        tx.commit()?;
        batch
    };
    let Some(batch) = batch else {
        return Ok(false);
    };
    report.round_trips += 1;
    match transport.push(&batch) {
        Ok(ack) => {
            // The answer must be the hub's, for this batch: otherwise the batch stays open
            // and is sent again next time. A device that never pulled has no key to check
            // with yet.
            let pinned = {
                let tx = store.conn.transaction()?;
                let key = State { tx: &tx }.get("org_key")?;
                tx.commit()?;
                key
            };
            if let Some(key) = pinned.as_deref().and_then(parse_public_key)
                && (ack.batch_id != batch.batch_id || !verify_ack(&key, &ack))
            {
                return Err(SyncError::PageTampered {
                    reason: format!(
                        "the answer to push {} is not the hub's signed acknowledgement",
                        batch.batch_id
                    ),
                });
            }
        }
        // The hub will never accept this batch (not this volunteer's profile, bad value):
        // drop it, so the device is not stuck; the next pull restores the hub's version.
        Err(TransportError::Refused {
            status,
            code,
            message,
        }) if matches!(status, 400 | 403 | 409 | 413 | 422) => {
            let tx = store.conn.transaction()?;
            State { tx: &tx }.remove("open_batch")?;
            for doc in &batch.docs {
                tx.execute("DELETE FROM sync_pending WHERE id = ?1", [doc.id])?;
            }
            tx.commit()?;
            return Err(SyncError::HubRefused {
                status,
                code,
                message,
            });
        }
        Err(e) => return Err(e.into()),
    }
    let tx = store.conn.transaction()?;
    {
        let state = State { tx: &tx };
        for doc in &batch.docs {
            for (field, stamped) in &doc.fields {
                tx.execute(
                    "DELETE FROM sync_pending WHERE id = ?1 AND field = ?2 AND at = ?3",
                    (doc.id, field.as_str(), stamped.at.to_string()),
                )?;
            }
            if let Some(at) = doc.deleted {
                tx.execute(
                    "DELETE FROM sync_pending WHERE id = ?1 AND field = 'deleted' AND at = ?2",
                    (doc.id, at.to_string()),
                )?;
            }
        }
        state.remove("open_batch")?;
    }
    tx.commit()?;
    report.pushed += batch.docs.len();
    progress(SyncProgress::Pushed {
        docs: batch.docs.len(),
    });
    Ok(true)
}

fn build_batch(tx: &Transaction) -> Result<Option<PushRequest>, SyncError> {
    let rows: Vec<(Uuid, String, String)> = tx
        .prepare("SELECT id, field, at FROM sync_pending ORDER BY id, field")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut docs: Vec<VolunteerDoc> = Vec::new();
    for (id, field, at) in rows {
        let Some(full) = load_doc(tx, id)? else {
            continue;
        };
        if docs.last().is_none_or(|d| d.id != id) {
            docs.push(VolunteerDoc::new(id, full.slug.clone()));
        }
        let out = docs.last_mut().expect("just pushed");
        if field == "deleted" {
            out.deleted = full.deleted;
        } else if let Some(f) = Field::parse(&field)
            && let Some(stamped) = full.fields.get(&f)
            && stamped.at.to_string() == at
        {
            out.fields.insert(f, stamped.clone());
        }
    }
    docs.retain(|d| d.deleted.is_some() || !d.fields.is_empty());
    if docs.is_empty() {
        return Ok(None);
    }
    Ok(Some(PushRequest {
        batch_id: Uuid::now_v7(),
        docs,
    }))
}

/// How many times one pull may start afresh: once each for purged history, a new key, a
/// new epoch and a new viewer could all come at once; a hub that asks for more is not obeyed.
const MAX_RESTARTS: u32 = 4;

fn pull(
    store: &mut Store,
    transport: &mut dyn Transport,
    opts: &SyncOptions,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<(), SyncError> {
    let mut restarts = 0;
    let mut start = None;
    loop {
        let (cursor, pinned, epoch, viewer) = {
            let tx = store.conn.transaction()?;
            let state = State { tx: &tx };
            let got = (
                state.num("cursor")?,
                state.get("org_key")?,
                state.get("epoch")?,
                state.get("viewer")?,
            );
            tx.commit()?;
            got
        };
        let req = PullRequest {
            cursor,
            langs: opts.langs.clone(),
            limit: opts.page_limit,
            // Fresh for every request: the hub signs it into the page.
            nonce: Uuid::now_v7().simple().to_string(),
        };
        report.round_trips += 1;
        let page = match transport.pull(&req) {
            Ok(page) => page,
            // The hub purged tombstones newer than our cursor: we cannot know what was
            // deleted, so take a fresh snapshot.
            Err(TransportError::Refused { status: 410, .. }) if restarts < MAX_RESTARTS => {
                restarts += 1;
                restart(
                    store,
                    report,
                    progress,
                    "the hub's history no longer reaches back to this device's last sync",
                    false,
                )?;
                start = None;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let key = parse_public_key(&page.org_key).ok_or_else(|| SyncError::HubGarbled {
            reason: format!("'{}' is not an organisation key", page.org_key),
        })?;
        // Nothing of a page is believed, not even that the hub was restored, before its
        // signature is checked: under the pinned key, or the key it comes with on first
        // contact (which is then pinned) or when the person accepted a new key.
        if !verify_page(&key, &req, &page) {
            return Err(SyncError::PageTampered {
                reason: format!(
                    "the page after {} does not match the hub's signature for this request",
                    req.cursor
                ),
            });
        }
        if let Some(pinned) = &pinned
            && *pinned != page.org_key
        {
            if !opts.accept_new_key {
                return Err(SyncError::OrgKeyChanged {
                    pinned: pinned.clone(),
                    offered: page.org_key.clone(),
                });
            }
            if restarts < MAX_RESTARTS {
                restarts += 1;
                restart(
                    store,
                    report,
                    progress,
                    "the organisation key changed",
                    false,
                )?;
                let tx = store.conn.transaction()?;
                State { tx: &tx }.set("org_key", &page.org_key)?;
                // Versions signed under the old key say nothing under the new one.
                forget_versions(&tx)?;
                tx.commit()?;
                start = None;
                continue;
            }
        }
        let epoch_text = page.epoch.to_string();
        if epoch.as_ref().is_some_and(|e| *e != epoch_text) && restarts < MAX_RESTARTS {
            // A hub restored from a backup (or replaced) numbers its changes afresh: this
            // page was cut with a cursor from the old numbering, so it is not applied. Its
            // versions are numbered afresh too (a record can come back at a lower version
            // than the device holds): what the new epoch serves replaces what is here.
            restarts += 1;
            restart(
                store,
                report,
                progress,
                "the hub was restored or replaced",
                true,
            )?;
            let tx = store.conn.transaction()?;
            State { tx: &tx }.set("epoch", &epoch_text)?;
            forget_versions(&tx)?;
            tx.commit()?;
            start = None;
            continue;
        }
        if viewer.as_ref().is_some_and(|v| *v != page.viewer) && restarts < MAX_RESTARTS {
            // The hub serves this device as someone else (joined with another role, or its
            // token was dropped): what it holds was cut for the other role.
            restarts += 1;
            restart(
                store,
                report,
                progress,
                "the hub serves this device in another role",
                false,
            )?;
            let tx = store.conn.transaction()?;
            State { tx: &tx }.set("viewer", &page.viewer)?;
            tx.commit()?;
            start = None;
            continue;
        }

        let has_more = page.has_more;
        let cursor = page.cursor;
        // A page that says more follows must move the cursor on, else the device would ask
        // for the same page for ever.
        if has_more && cursor <= req.cursor {
            return Err(SyncError::HubStalled { cursor: req.cursor });
        }
        let head = page.head.max(cursor);
        let start = *start.get_or_insert(req.cursor);
        apply_page(store, &key, page, report)?;
        progress(SyncProgress::Pulled {
            records: report.pulled,
            cursor,
            start,
            head,
        });
        if !has_more {
            return Ok(());
        }
    }
}

/// Makes every published record's stored version say nothing, so the next copy received is
/// taken whatever its version: after a key change or a new hub epoch, versions start over.
fn forget_versions(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE sync_records SET version = 0 WHERE kind != 'volunteer'",
        [],
    )?;
    Ok(())
}

fn restart(
    store: &mut Store,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(SyncProgress),
    why: &'static str,
    resend_own: bool,
) -> Result<(), SyncError> {
    let tx = store.conn.transaction()?;
    {
        let state = State { tx: &tx };
        state.restart()?;
        if resend_own {
            let me = state.device_id()?;
            let docs: Vec<String> = tx
                .prepare("SELECT body FROM sync_records WHERE kind = 'volunteer'")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for body in docs {
                let Ok(doc) = serde_json::from_str::<VolunteerDoc>(&body) else {
                    continue;
                };
                for (field, stamped) in &doc.fields {
                    if stamped.at.node == me {
                        mark_pending(&tx, doc.id, field.as_str(), stamped.at)?;
                    }
                }
                if let Some(at) = doc.deleted.filter(|at| at.node == me) {
                    mark_pending(&tx, doc.id, "deleted", at)?;
                }
            }
        }
    }
    tx.commit()?;
    report.restarted = true;
    progress(SyncProgress::Restarting(why));
    Ok(())
}

/// Applies one page and its cursor in one transaction: all of it, or (on any refused
/// record) none of it.
fn apply_page(
    store: &mut Store,
    key: &VerifyingKey,
    page: Page,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let tx = store.conn.transaction()?;
    {
        let state = State { tx: &tx };
        if state.get("org_key")?.is_none() {
            // Trust on first use: the key is pinned with the first page applied.
            state.set("org_key", &page.org_key)?;
        }
        state.set("epoch", &page.epoch.to_string())?;
        state.set("viewer", &page.viewer)?;
        let generation = state.num("generation")?;
        let mut clock = state.clock()?;
        let mut touched: BTreeSet<(Kind, Uuid)> = BTreeSet::new();
        for record in &page.records {
            let owner = (owner_kind(record.kind), record.id);
            if apply_record(&tx, key, record, generation, &mut clock)? {
                report.changed += 1;
            }
            touched.insert(owner);
        }
        report.pulled += page.records.len();
        for owner in touched {
            if materialise(&tx, owner.0, owner.1)? {
                report.note_change(owner);
            }
        }
        state.save_clock(&clock)?;
        state.set("cursor", &page.cursor.to_string())?;
        if !page.has_more && state.get("sweep")?.is_some() {
            let (removed, owners) = sweep(&tx, generation)?;
            report.removed += removed;
            for owner in owners {
                report.note_change(owner);
            }
            state.remove("sweep")?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// After a fresh start: removes every record not received again, except this device's own
/// profile changes still waiting to be sent. Answers how many records went, and which
/// articles, services and profiles a reader no longer sees.
fn sweep(tx: &Transaction, generation: u64) -> Result<(usize, BTreeSet<(Kind, Uuid)>), SyncError> {
    let stale: Vec<(String, Uuid)> = tx
        .prepare(
            "SELECT kind, id FROM sync_records WHERE generation < ?1
               AND id NOT IN (SELECT id FROM sync_pending)",
        )?
        .query_map([generation as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    tx.execute(
        "DELETE FROM sync_records WHERE generation < ?1
           AND id NOT IN (SELECT id FROM sync_pending)",
        [generation as i64],
    )?;
    let owners: BTreeSet<(Kind, Uuid)> = stale
        .iter()
        .filter_map(|(k, id)| Some((owner_kind(Kind::parse(k)?), *id)))
        .collect();
    let mut gone = BTreeSet::new();
    for owner in owners {
        if materialise(tx, owner.0, owner.1)? {
            gone.insert(owner);
        }
    }
    Ok((stale.len(), gone))
}

/// Whether `new` tells a reader something the copy stored under its slug does not, whatever
/// that copy's id (the app's bundled content and the hub's copy of it have different ids and
/// the same words). Only the languages that arrived count: a device that syncs Arabic and
/// English is not told about the Farsi its bundled copy had.
fn article_is_news(tx: &Transaction, new: &Article) -> Result<bool, SyncError> {
    if id_for_slug(tx, Table::Articles, &new.slug)?.is_none() {
        return Ok(true);
    }
    let old = Store::load_article(tx, &new.slug)?;
    Ok(
        (old.topic, old.revision, old.position) != (new.topic, new.revision, new.position)
            || new
                .translations
                .iter()
                .any(|t| !old.translations.contains(t)),
    )
}

/// As [`article_is_news`], for a service.
fn service_is_news(tx: &Transaction, new: &Service) -> Result<bool, SyncError> {
    let Some(id) = id_for_slug(tx, Table::Services, &new.slug)? else {
        return Ok(true);
    };
    let old = Store::load_service(tx, id)?;
    let bare = |s: &Service| Service {
        id: Uuid::nil(),
        texts: Default::default(),
        ..s.clone()
    };
    Ok(bare(&old) != bare(new)
        || new
            .texts
            .iter()
            .any(|(lang, text)| old.texts.get(lang) != Some(text)))
}

/// The kind of record the app shows: an article text belongs to its article, a service text
/// to its service.
fn owner_kind(kind: Kind) -> Kind {
    match kind {
        Kind::Article | Kind::ArticleText => Kind::Article,
        Kind::Service | Kind::ServiceText => Kind::Service,
        Kind::Volunteer => Kind::Volunteer,
        Kind::Setting => Kind::Setting,
    }
}

/// Verifies and stores one record; true if it changed anything.
fn apply_record(
    tx: &Transaction,
    key: &VerifyingKey,
    record: &WireRecord,
    generation: u64,
    clock: &mut HlcClock,
) -> Result<bool, SyncError> {
    let stored: Option<(i64, String)> = tx
        .query_row(
            "SELECT version, body FROM sync_records WHERE kind = ?1 AND id = ?2 AND lang = ?3",
            (record.kind.as_str(), record.id, &record.lang),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if record.kind.is_signed() {
        if !verify(key, record) {
            return Err(SyncError::BadSignature {
                kind: record.kind.as_str(),
                id: record.id,
                lang: record.lang.clone(),
            });
        }
        if let Some((version, _)) = &stored {
            let version = *version as u64;
            // The same version with another body is no rollback: the hub signs one body per
            // version in an epoch, so the stored copy is damaged, and the signed one heals it.
            if record.version < version {
                return Err(SyncError::Rollback {
                    kind: record.kind.as_str(),
                    id: record.id,
                    lang: record.lang.clone(),
                    stored: version,
                    offered: record.version,
                });
            }
        }
        let changed = stored.as_ref().is_none_or(|(_, b)| *b != record.body);
        tx.execute(
            "INSERT INTO sync_records (kind, id, lang, version, deleted, body, generation)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (kind, id, lang) DO UPDATE SET version = excluded.version,
                 deleted = excluded.deleted, body = excluded.body,
                 generation = excluded.generation",
            (
                record.kind.as_str(),
                record.id,
                &record.lang,
                record.version as i64,
                record.deleted,
                &record.body,
                generation as i64,
            ),
        )?;
        return Ok(changed);
    }

    // A profile withdrawn from this device (suspended) is removed, not tombstoned: nothing
    // of it stays, and it comes back whole if it is reinstated. A deletion this device holds
    // stays: deletion is final.
    if record.withdrawn {
        let local = load_doc(tx, record.id)?;
        if local.as_ref().is_some_and(|d| d.deleted.is_some()) {
            return Ok(false);
        }
        tx.execute(
            "DELETE FROM sync_records WHERE kind = 'volunteer' AND id = ?1",
            [record.id],
        )?;
        return Ok(local.is_some());
    }

    // A volunteer profile: the hub's merged version is the truth, except for fields this
    // device changed and has not had acknowledged, which merge by last-writer-wins.
    let remote = if record.body.is_empty() {
        let mut d = VolunteerDoc::new(record.id, "");
        d.deleted = Some(Hlc {
            wall_ms: 0,
            counter: 0,
            node: Uuid::nil(),
        });
        d
    } else {
        serde_json::from_str::<VolunteerDoc>(&record.body).map_err(|e| SyncError::HubGarbled {
            reason: format!("volunteer profile {}: {e}", record.id),
        })?
    };
    for stamped in remote.fields.values() {
        clock.observe(stamped.at);
    }
    let local = load_doc(tx, record.id)?;
    let mut result = remote.clone();
    if let Some(local) = &local {
        // A tombstone from the hub carries no slug, and keeps none here either.
        if result.slug.is_empty() && result.deleted.is_none() {
            result.slug = local.slug.clone();
        }
        let pending: Vec<(String, String)> = tx
            .prepare_cached("SELECT field, at FROM sync_pending WHERE id = ?1")?
            .query_map([record.id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (field, at) in pending {
            let keep = if field == "deleted" {
                local.deleted.is_some()
            } else if let Some(f) = Field::parse(&field)
                && let Some(ours) = local.fields.get(&f)
                && ours.at.to_string() == at
            {
                let mut mine = VolunteerDoc::new(record.id, result.slug.clone());
                mine.fields.insert(f, ours.clone());
                let merged = result.merge(&mine);
                let won = merged.fields.get(&f) == Some(ours);
                result = merged;
                won
            } else {
                false
            };
            if field == "deleted" && keep {
                result = result.merge(local);
            }
            if !keep {
                tx.execute(
                    "DELETE FROM sync_pending WHERE id = ?1 AND field = ?2",
                    (record.id, &field),
                )?;
            }
        }
    }
    if result.deleted.is_some() {
        tx.execute("DELETE FROM sync_pending WHERE id = ?1", [record.id])?;
    }
    // The review is the hub's alone: whatever this device guessed after its own edit (see
    // `edit_volunteer`) gives way to it. A deleted profile has none.
    let review = match (&record.review, result.deleted) {
        (Some(r), None) => Some(serde_json::to_string(r).expect("reviews serialise")),
        _ => None,
    };
    let changed = local.as_ref() != Some(&result) || load_review_text(tx, record.id)? != review;
    save_doc(tx, &result, generation)?;
    tx.execute(
        "UPDATE sync_records SET review = ?2 WHERE kind = 'volunteer' AND id = ?1 AND lang = ''",
        (record.id, &review),
    )?;
    Ok(changed)
}

fn load_review_text(tx: &Transaction, id: Uuid) -> Result<Option<String>, SyncError> {
    Ok(tx
        .query_row(
            "SELECT review FROM sync_records WHERE kind = 'volunteer' AND id = ?1 AND lang = ''",
            [id],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
}

fn load_review(tx: &Transaction, id: Uuid) -> Result<Option<Review>, SyncError> {
    load_review_text(tx, id)?
        .map(|text| {
            serde_json::from_str(&text).map_err(|e| {
                SyncError::Store(crate::Error::CorruptRecord {
                    what: format!("review of volunteer profile {id}"),
                    reason: e.to_string(),
                })
            })
        })
        .transpose()
}

/// After this device changed words or contacts of a profile, shows it as waiting for
/// approval straight away, as the hub will once the change arrives; the hub's own review
/// replaces this at the next pull. Nothing is guessed for a profile whose review this
/// device was never told (another volunteer's profile, or one imported from a pack).
fn await_review(
    tx: &Transaction,
    doc: &VolunteerDoc,
    touched: &[Field],
    is_new: bool,
) -> Result<(), SyncError> {
    let now = chrono::Utc::now();
    let review = match load_review(tx, doc.id)? {
        Some(mut r) => {
            if r.state == ReviewStatus::Approved {
                r.state = ReviewStatus::Pending;
                r.since = now;
            }
            for f in touched {
                if !r.changed.contains(f) {
                    r.changed.push(*f);
                }
            }
            r.changed.sort();
            r.digest = doc.review_digest();
            r
        }
        None if is_new => Review {
            state: ReviewStatus::Pending,
            since: now,
            approved_at: None,
            changed: doc.changed_since(None),
            digest: doc.review_digest(),
        },
        None => return Ok(()),
    };
    tx.execute(
        "UPDATE sync_records SET review = ?2 WHERE kind = 'volunteer' AND id = ?1 AND lang = ''",
        (
            doc.id,
            serde_json::to_string(&review).expect("reviews serialise"),
        ),
    )?;
    Ok(())
}

/// Rebuilds the app's view of one article, service or volunteer from its synced records:
/// the article with every translation received, or nothing once it is deleted.
///
/// Answers whether that changed what a reader sees (the app's own copy of a record, e.g. from
/// the bundled content, replaced by the hub's identical one is no change).
fn materialise(tx: &Transaction, kind: Kind, id: Uuid) -> Result<bool, SyncError> {
    let corrupt = |what: String, e: serde_json::Error| {
        SyncError::Store(crate::Error::CorruptRecord {
            what,
            reason: e.to_string(),
        })
    };
    let live = |kind: Kind| -> Result<Vec<(String, String)>, SyncError> {
        Ok(tx
            .prepare_cached(
                "SELECT lang, body FROM sync_records
                 WHERE kind = ?1 AND id = ?2 AND deleted = 0 ORDER BY lang",
            )?
            .query_map((kind.as_str(), id), |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    };
    match kind {
        Kind::Article | Kind::ArticleText => {
            let Some((_, body)) = live(Kind::Article)?.into_iter().next() else {
                let existed = is_stored(tx, Table::Articles, id)?;
                Store::delete_article(tx, id)?;
                return Ok(existed);
            };
            let mut article: Article =
                serde_json::from_str(&body).map_err(|e| corrupt(format!("article {id}"), e))?;
            article.id = id;
            article.translations = live(Kind::ArticleText)?
                .into_iter()
                .map(|(lang, body)| {
                    serde_json::from_str::<Translation>(&body)
                        .map_err(|e| corrupt(format!("article {id} ({lang})"), e))
                })
                .collect::<Result<_, _>>()?;
            let changed = article_is_news(tx, &article)?;
            // The hub is the authority on which record holds a slug: a record imported
            // locally, or one whose deletion comes later in the change log, gives way.
            if let Some(other) = id_for_slug(tx, Table::Articles, &article.slug)?
                && other != id
            {
                Store::delete_article(tx, other)?;
            }
            Store::put_article(tx, &article)?;
            Ok(changed)
        }
        Kind::Service | Kind::ServiceText => {
            let Some((_, body)) = live(Kind::Service)?.into_iter().next() else {
                let existed = is_stored(tx, Table::Services, id)?;
                Store::delete_service(tx, id)?;
                return Ok(existed);
            };
            let mut service: Service =
                serde_json::from_str(&body).map_err(|e| corrupt(format!("service {id}"), e))?;
            service.id = id;
            service.texts.clear();
            for (lang, body) in live(Kind::ServiceText)? {
                let text: ServiceText = serde_json::from_str(&body)
                    .map_err(|e| corrupt(format!("service {id} ({lang})"), e))?;
                let tag: LanguageTag = lang.parse()?;
                service.texts.insert(tag, text);
            }
            let changed = service_is_news(tx, &service)?;
            if let Some(other) = id_for_slug(tx, Table::Services, &service.slug)?
                && other != id
            {
                Store::delete_service(tx, other)?;
            }
            Store::put_service(tx, &service)?;
            Ok(changed)
        }
        Kind::Setting => match live(Kind::Setting)?.into_iter().next() {
            Some((_, body)) => {
                let setting: Setting =
                    serde_json::from_str(&body).map_err(|e| corrupt(format!("setting {id}"), e))?;
                // Its deletion will come by id: the id must be the one its name gives.
                if setting_id(&setting.name) != id {
                    return Err(SyncError::HubGarbled {
                        reason: format!("setting '{}' sent under id {id}", setting.name),
                    });
                }
                Ok(Store::put_setting(tx, &setting)? != WriteOutcome::Unchanged)
            }
            None => Ok(Store::delete_setting(tx, id)?),
        },
        Kind::Volunteer => match load_doc(tx, id)?.and_then(|d| d.to_volunteer()) {
            Some(mut v) => {
                v.review = load_review(tx, id)?;
                // A profile takes over a slug another profile holds here (a content pack's
                // volunteer, say) only if it is the slug made from its own id: anyone can
                // push a profile under any slug, and must not replace someone else's card.
                // Otherwise it is listed under the slug made from its id.
                let own = super::profile::profile_slug(id);
                if v.slug != own
                    && id_for_slug(tx, Table::Volunteers, &v.slug)?.is_some_and(|other| other != id)
                {
                    v.slug = own;
                }
                let changed = differs_from_stored(tx, Table::Volunteers, &v.slug, |id| {
                    Volunteer { id, ..v.clone() }
                })?;
                if let Some(other) = id_for_slug(tx, Table::Volunteers, &v.slug)?
                    && other != id
                {
                    Store::delete_volunteer(tx, other)?;
                }
                Store::put_volunteer(tx, &v)?;
                Ok(changed)
            }
            None => {
                let existed = is_stored(tx, Table::Volunteers, id)?;
                Store::delete_volunteer(tx, id)?;
                Ok(existed)
            }
        },
    }
}
