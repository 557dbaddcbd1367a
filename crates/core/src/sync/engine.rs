//! The device's sync engine: push its own pending changes in one idempotent batch, then pull
//! pages after its cursor, verifying every signed record and applying each page together
//! with its new cursor in one SQLite transaction. IO goes through a [`Transport`].

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TryRecvError};
use std::time::{Duration, Instant};

use rusqlite::Transaction;
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use super::SyncError;
use super::doc::{Field, Stamped, VolunteerDoc};
use super::hlc::{Hlc, HlcClock, wall_clock_ms};
use super::plan::{
    CheckedPage, DeviceView, HeldVersion, PageDecision, PagePlan, RecordStep, Restart,
    merge_profile, owner_kind, plan_checked,
};
use super::protocol::{
    DEFAULT_PAGE_LIMIT, Kind, MAX_PAGE_LIMIT, Page, PullRequest, PushAck, PushRequest, Refusal,
    WireRecord, body_digest, parse_public_key, signature_bytes, verify_ack,
};
use crate::article::{Article, Translation};
use crate::language::LanguageTag;
use crate::service::{Service, ServiceText};
use crate::setting::{Setting, setting_id};
use crate::store::{
    HeldRecord, Indexing, StateKey, Store, SyncTables, Table, WriteOutcome, differs_from_stored,
    forget_content_hash, id_for_slug, is_stored,
};
use crate::volunteer::{Review, ReviewStatus, Volunteer};

/// What carries requests to the hub and brings its answers back. `Send`: a pull asks for
/// the next page on a second thread while it applies the current one.
pub trait Transport: Send {
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

/// A page of at least this many records is a bulk write (a first sync, a device far
/// behind): its articles and services are stored and committed without waiting for the
/// search index, which takes them in afterwards in bulk ([`Store::index_all_pending`]),
/// faster than one by one. A smaller page is searchable the moment it is applied.
const BULK_PAGE_RECORDS: usize = 200;

/// How a request failed on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// No answer: refused connection, timeout, a connection cut mid-answer.
    Unreachable(String),
    /// The hub answered with an error.
    Refused {
        /// The hub's refusal.
        code: Refusal,
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
            TransportError::Refused { code, message } => SyncError::from_refusal(code, message),
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
    /// Leave what a large pull stored for the search index to the caller, who runs
    /// [`Store::index_all_pending`] after the sync (the app does, in the background), so
    /// the sync ends as soon as the content is stored and readable. When false the sync
    /// itself ends by taking everything pending into the index.
    pub index_in_background: bool,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            langs: vec![LanguageTag::source()],
            accept_new_key: false,
            page_limit: None,
            clock_offset_ms: 0,
            deadline: Some(DEFAULT_SYNC_DEADLINE),
            index_in_background: false,
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
    /// The content is stored; the search index is taking it in.
    Indexing {
        /// Translations and services still to take in.
        left: usize,
    },
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
    /// How long applying waited for the next page to arrive and be checked (the rest of a
    /// pull is the device's own work): for benchmarks, not sent anywhere.
    #[serde(skip)]
    pub waited: Duration,
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

/// The engine's view of `sync_state`: the keys it reads and writes, with the clock and the
/// device id derived from them.
#[derive(Clone, Copy)]
struct State<'a> {
    t: SyncTables<'a>,
}

impl<'a> State<'a> {
    fn of(tx: &'a Transaction<'a>) -> State<'a> {
        State {
            t: SyncTables::of(tx),
        }
    }

    fn get(&self, key: StateKey) -> Result<Option<String>, SyncError> {
        Ok(self.t.get(key)?)
    }

    fn set(&self, key: StateKey, value: &str) -> Result<(), SyncError> {
        Ok(self.t.set(key, value)?)
    }

    fn remove(&self, key: StateKey) -> Result<(), SyncError> {
        Ok(self.t.remove(key)?)
    }

    fn num(&self, key: StateKey) -> Result<u64, SyncError> {
        Ok(self.t.num(key)?)
    }

    fn device_id(&self) -> Result<Uuid, SyncError> {
        if let Some(id) = self.get(StateKey::DeviceId)?
            && let Ok(id) = id.parse()
        {
            return Ok(id);
        }
        let id = Uuid::now_v7();
        self.set(StateKey::DeviceId, &id.to_string())?;
        Ok(id)
    }

    fn clock(&self) -> Result<HlcClock, SyncError> {
        let node = self.device_id()?;
        let last = self.get(StateKey::Hlc)?.and_then(|t| t.parse::<Hlc>().ok());
        Ok(HlcClock::resume(node, last))
    }

    fn save_clock(&self, clock: &HlcClock) -> Result<(), SyncError> {
        self.set(StateKey::Hlc, &clock.last().to_string())
    }

    /// Forgets the cursor, so the next pull starts from scratch; records not received again
    /// by the end of that pull are then removed (see [`sweep`]).
    fn restart(&self) -> Result<(), SyncError> {
        let generation = self.num(StateKey::Generation)? + 1;
        self.set(StateKey::Generation, &generation.to_string())?;
        self.set(StateKey::Sweep, "1")?;
        self.set(StateKey::Cursor, "0")?;
        Ok(())
    }
}

fn now_ms(offset: i64) -> u64 {
    (wall_clock_ms() as i64).saturating_add(offset).max(0) as u64
}

/// The device's sync state.
pub fn status(store: &mut Store) -> Result<SyncStatus, SyncError> {
    let tx = store.transaction()?;
    let state = State::of(&tx);
    let status = SyncStatus {
        device_id: state.device_id()?,
        cursor: state.num(StateKey::Cursor)?,
        epoch: state.get(StateKey::Epoch)?.and_then(|e| e.parse().ok()),
        org_key: state.get(StateKey::OrgKey)?,
        last_sync: state.get(StateKey::LastSync)?,
        pending: state.t.pending_count(None)?,
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
    let tx = store.transaction()?;
    {
        let state = State::of(&tx);
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
        // The fault's own code (`profile-too-large`, `invalid-display-name`…), as the hub
        // would answer the push.
        doc.validate()?;
        save_doc(&tx, &doc, state.num(StateKey::Generation)?)?;
        let touched: Vec<Field> = changes
            .iter()
            .map(|(f, _)| *f)
            .filter(|f| f.needs_review())
            .collect();
        if !touched.is_empty() {
            await_review(&tx, &doc, &touched, is_new)?;
        }
        state.save_clock(&clock)?;
        materialise(&tx, Kind::Volunteer, id, &Fresh::new(), Indexing::Now)?;
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
    let tx = store.transaction()?;
    {
        let state = State::of(&tx);
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
        save_doc(&tx, &doc, state.num(StateKey::Generation)?)?;
        state.save_clock(&clock)?;
        materialise(&tx, Kind::Volunteer, id, &Fresh::new(), Indexing::Now)?;
    }
    tx.commit()?;
    store.forget_freed()?;
    Ok(())
}

fn mark_pending(tx: &Transaction, id: Uuid, field: &str, at: Hlc) -> Result<(), SyncError> {
    Ok(SyncTables::of(tx).mark_pending(id, field, &at.to_string())?)
}

fn load_doc(tx: &Transaction, id: Uuid) -> Result<Option<VolunteerDoc>, SyncError> {
    SyncTables::of(tx)
        .profile(id)?
        .map(|b| {
            serde_json::from_str(&b).map_err(|e| {
                SyncError::Store(crate::Error::CorruptRecord {
                    what: format!("volunteer profile {id}"),
                    reason: e.to_string(),
                })
            })
        })
        .transpose()
}

fn save_doc(tx: &Transaction, doc: &VolunteerDoc, generation: u64) -> Result<(), SyncError> {
    Ok(SyncTables::of(tx).put_profile(
        doc.id,
        doc.deleted.is_some(),
        &serde_json::to_string(doc).expect("docs serialise"),
        generation,
    )?)
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
        let tx = store.transaction()?;
        let state = State::of(&tx);
        state.device_id()?;
        // Before versions were forgotten at a new epoch, a device that met a restored hub
        // stayed stuck in its fresh start, refusing the restored versions as a rollback at
        // every sync. One caught so when this build first syncs forgets them once; nothing
        // older can be slipped in meanwhile, as every page is signed for its request.
        if state.get(StateKey::EpochVersions)?.is_none() {
            if state.get(StateKey::Sweep)?.is_some() {
                forget_versions(&tx)?;
            }
            state.set(StateKey::EpochVersions, "1")?;
        }
        if state.get(StateKey::Langs)?.is_some_and(|l| l != langs_text) {
            state.restart()?;
            report.restarted = true;
            progress(SyncProgress::Restarting("the language list changed"));
        }
        state.set(StateKey::Langs, &langs_text)?;
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

    let tx = store.transaction()?;
    State::of(&tx).set(StateKey::LastSync, &chrono::Utc::now().to_rfc3339())?;
    report.cursor = State::of(&tx).num(StateKey::Cursor)?;
    tx.commit()?;
    if !report.volunteers_changed.is_empty() {
        // A profile changed or went: its old contacts must not stay readable in the log.
        store.forget_freed()?;
    }
    if !opts.index_in_background {
        store.index_all_pending(&mut |left| progress(SyncProgress::Indexing { left }))?;
    }
    Ok(report)
}

/// Makes the next sync start afresh from the hub's full content, removing what it does not
/// send again (this device's unsent changes stay).
pub fn start_afresh(store: &mut Store) -> Result<(), SyncError> {
    let tx = store.transaction()?;
    start_afresh_in(&tx)?;
    tx.commit()?;
    Ok(())
}

/// As [`start_afresh`], in the caller's transaction (a wipe's, committed with it).
pub(crate) fn start_afresh_in(tx: &Transaction) -> Result<(), SyncError> {
    State::of(tx).restart()
}

/// How many of this profile's field changes made here the hub has not acknowledged yet.
pub fn pending_for(store: &Store, id: Uuid) -> Result<usize, SyncError> {
    Ok(store.sync_tables().pending_count(Some(id))?)
}

fn pending_count(store: &Store) -> Result<usize, SyncError> {
    Ok(store.sync_tables().pending_count(None)?)
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
        let tx = store.transaction()?;
        let state = State::of(&tx);
        let batch = match state.get(StateKey::OpenBatch)? {
            Some(text) => serde_json::from_str::<PushRequest>(&text).ok(),
            None => None,
        };
        let batch = match batch {
            Some(b) => Some(b),
            None => {
                let b = build_batch(&tx)?;
                if let Some(b) = &b {
                    state.set(
                        StateKey::OpenBatch,
                        &serde_json::to_string(b).expect("serialises"),
                    )?;
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
                let tx = store.transaction()?;
                let key = State::of(&tx).get(StateKey::OrgKey)?;
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
        Err(TransportError::Refused { code, message }) if code.is_final_for_push() => {
            let tx = store.transaction()?;
            State::of(&tx).remove(StateKey::OpenBatch)?;
            for doc in &batch.docs {
                State::of(&tx).t.unmark(doc.id, None, None)?;
            }
            tx.commit()?;
            return Err(SyncError::HubRefused { code, message });
        }
        Err(e) => return Err(e.into()),
    }
    let tx = store.transaction()?;
    {
        let state = State::of(&tx);
        for doc in &batch.docs {
            for (field, stamped) in &doc.fields {
                state
                    .t
                    .unmark(doc.id, Some(field.as_str()), Some(&stamped.at.to_string()))?;
            }
            if let Some(at) = doc.deleted {
                state
                    .t
                    .unmark(doc.id, Some("deleted"), Some(&at.to_string()))?;
            }
        }
        state.remove(StateKey::OpenBatch)?;
    }
    tx.commit()?;
    report.pushed += batch.docs.len();
    progress(SyncProgress::Pushed {
        docs: batch.docs.len(),
    });
    Ok(true)
}

fn build_batch(tx: &Transaction) -> Result<Option<PushRequest>, SyncError> {
    let rows = SyncTables::of(tx).all_pending()?;
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

/// Pulls pages until the hub says nothing more follows; each page is judged by the planner
/// ([`plan_checked`]) before anything of it is stored.
///
/// Three threads share the work, a page apart. While this one applies page N (SQLite, most
/// of a device's own work), a second checks page N+1's signatures, and a third has already
/// asked for page N+2: it asks for the page after each page it receives, as soon as it has
/// read where that page leaves the cursor, so the hub builds and compresses the next page
/// while this device checks and applies the ones before. Everything else stays on this
/// thread, in the order of a pull one page at a time: page N+1 is judged against what the
/// device holds only once page N is committed, and its failure (transport, signature)
/// surfaces only then, so the outcome is the same. A page fetched ahead for a cursor the
/// device is no longer at (it started afresh) is dropped unread.
fn pull(
    store: &mut Store,
    transport: &mut dyn Transport,
    opts: &SyncOptions,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<(), SyncError> {
    let requests = AtomicUsize::new(0);
    let pulled = std::thread::scope(|scope| {
        // At most four pages in memory: being fetched, being checked, checked and waiting,
        // and being applied.
        let (ask, asked) = mpsc::channel::<PullRequest>();
        let (receive, received) = mpsc::sync_channel(0);
        let (deliver, fetched) = mpsc::sync_channel(1);
        let requests = &requests;
        scope.spawn(move || fetch_pages(transport, asked, receive, opts, requests));
        scope.spawn(move || check_pages(received, deliver));
        let pages = Pages { ask, fetched };
        // Returning drops `pages`: the other threads end after the request they are making,
        // if any, and what they bring is dropped unapplied.
        pull_pages(store, pages, opts, report, progress)
    });
    report.round_trips += requests.into_inner();
    pulled
}

/// An answer to a pull request, with the request it answers.
type Answer<T> = (PullRequest, Result<T, TransportError>);

/// The third thread of a pull: makes each request the applying thread asks for (the first,
/// and after each fresh start), and, for each page that says more follows, the request for
/// the page after it, unless the applying thread asked for something else meanwhile.
fn fetch_pages(
    transport: &mut dyn Transport,
    asked: Receiver<PullRequest>,
    receive: SyncSender<Answer<Page>>,
    opts: &SyncOptions,
    requests: &AtomicUsize,
) {
    let mut ahead: Option<PullRequest> = None;
    loop {
        let req = match asked.try_recv() {
            Ok(req) => req,
            Err(TryRecvError::Disconnected) => return,
            Err(TryRecvError::Empty) => match ahead.take() {
                Some(req) => req,
                None => match asked.recv() {
                    Ok(req) => req,
                    Err(_) => return,
                },
            },
        };
        requests.fetch_add(1, Ordering::Relaxed);
        let answer = transport.pull(&req);
        ahead = match &answer {
            // Unchecked as yet, but it only says where to ask next: a page that fails its
            // checks ends the pull, and what was fetched after it is dropped. A page that
            // does not move the cursor on (a stalled hub) is not followed.
            Ok(page) if page.has_more && page.cursor > req.cursor => Some(pull_request(
                page.cursor,
                Some(page.head.max(page.cursor)),
                opts,
            )),
            _ => None,
        };
        if receive.send((req, answer)).is_err() {
            return;
        }
    }
}

/// The second thread of a pull: checks each page's signatures.
fn check_pages(received: Receiver<Answer<Page>>, deliver: SyncSender<Answer<CheckedPage>>) {
    for (req, answer) in received {
        let checked = answer.map(|page| CheckedPage::check(req.clone(), page));
        if deliver.send((req, checked)).is_err() {
            return;
        }
    }
}

/// The applying thread's ends of the channels to [`fetch_pages`] and [`check_pages`].
struct Pages {
    ask: Sender<PullRequest>,
    fetched: Receiver<Answer<CheckedPage>>,
}

impl Pages {
    fn ask(&self, req: PullRequest) -> Result<(), SyncError> {
        self.ask.send(req).map_err(|_| Pages::gone())
    }

    /// The next answer for the page after `cursor`; answers fetched ahead for any other
    /// cursor are dropped.
    fn next(
        &self,
        cursor: u64,
        report: &mut SyncReport,
    ) -> Result<Result<CheckedPage, TransportError>, SyncError> {
        let waiting = Instant::now();
        let answer = loop {
            let (req, answer) = self.fetched.recv().map_err(|_| Pages::gone())?;
            if req.cursor == cursor {
                break answer;
            }
        };
        report.waited += waiting.elapsed();
        Ok(answer)
    }

    /// Only if another thread panicked, which the scope then raises here.
    fn gone() -> SyncError {
        SyncError::HubUnreachable {
            reason: "the thread fetching pages stopped".into(),
        }
    }
}

/// The request for the page after `cursor`.
fn pull_request(cursor: u64, head: Option<u64>, opts: &SyncOptions) -> PullRequest {
    PullRequest {
        cursor,
        langs: opts.langs.clone(),
        limit: opts
            .page_limit
            .or_else(|| far_behind(cursor, head).then_some(MAX_PAGE_LIMIT)),
        // Fresh for every request: the hub signs it into the page.
        nonce: Uuid::now_v7().simple().to_string(),
    }
}

/// [`pull`]'s applying thread.
fn pull_pages(
    store: &mut Store,
    pages: Pages,
    opts: &SyncOptions,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<(), SyncError> {
    let mut restarts = 0;
    let mut start = None;
    // The hub's newest sequence number, once a page said it.
    let mut head: Option<u64> = None;
    // A request for the page after the device's cursor is on its way: asked for, or made
    // ahead by the fetching thread after the page before.
    let mut coming = false;
    loop {
        let (cursor, view) = {
            let t = store.sync_tables();
            (
                t.num(StateKey::Cursor)?,
                DeviceView {
                    org_key: t.get(StateKey::OrgKey)?,
                    epoch: t.get(StateKey::Epoch)?,
                    viewer: t.get(StateKey::Viewer)?,
                    accept_new_key: opts.accept_new_key,
                    may_restart: restarts < MAX_RESTARTS,
                    sweep_owed: t.get(StateKey::Sweep)?.is_some(),
                },
            )
        };
        if !coming {
            pages.ask(pull_request(cursor, head, opts))?;
            coming = true;
        }
        let checked = match pages.next(cursor, report)? {
            Ok(checked) => checked,
            // The hub purged tombstones newer than our cursor: we cannot know what was
            // deleted, so take a fresh snapshot.
            Err(TransportError::Refused {
                code: Refusal::CursorTooOld,
                ..
            }) if view.may_restart => {
                restarts += 1;
                restart(store, report, progress, &Restart::HistoryPurged)?;
                start = None;
                coming = false;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let held = held_versions(store, &checked.page)?;
        let plan = match plan_checked(&view, &checked, &held)? {
            // What was fetched ahead after this page answers a cursor the device leaves now.
            PageDecision::Restart(why) => {
                restarts += 1;
                restart(store, report, progress, &why)?;
                start = None;
                coming = false;
                continue;
            }
            PageDecision::Apply(plan) => *plan,
        };
        drop(held);
        let CheckedPage { req, page, .. } = checked;
        let has_more = page.has_more;
        let cursor = page.cursor;
        let page_head = page.head.max(cursor);
        head = Some(page_head);
        let start = *start.get_or_insert(req.cursor);
        // When more follows, the fetching thread asked for it as this page arrived.
        apply_page(store, page, plan, report)?;
        progress(SyncProgress::Pulled {
            records: report.pulled,
            cursor,
            start,
            head: page_head,
        });
        if !has_more {
            return Ok(());
        }
    }
}

/// Whether a device at `cursor` is far behind the hub (a first sync, a fresh start, or more
/// than a page of the hub's default size still to come): it then asks for the largest pages,
/// so fewer requests, and fewer bytes, as zstd compresses a larger page better. A device
/// nearly up to date leaves the size to the hub, so its small syncs stay small.
fn far_behind(cursor: u64, head: Option<u64>) -> bool {
    cursor == 0
        || head.is_some_and(|head| head.saturating_sub(cursor) > u64::from(DEFAULT_PAGE_LIMIT))
}

/// What the device holds of each signed record of `page`, in its order.
fn held_versions(store: &Store, page: &Page) -> Result<Vec<HeldVersion>, SyncError> {
    let t = store.sync_tables();
    page.records
        .iter()
        .map(|r| {
            if r.kind.is_signed() {
                Ok(t.version_and_hash(r.kind.as_str(), r.id, &r.lang)?)
            } else {
                Ok(None)
            }
        })
        .collect()
}

/// Makes every published record's stored version say nothing, so the next copy received is
/// taken whatever its version: after a key change or a new hub epoch, versions start over.
fn forget_versions(tx: &Transaction) -> Result<(), SyncError> {
    Ok(SyncTables::of(tx).forget_versions()?)
}

/// Starts afresh as the planner decided, keeping what it says to keep (the new key, epoch
/// or viewer) and forgetting what it says to forget.
fn restart(
    store: &mut Store,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(SyncProgress),
    why: &Restart,
) -> Result<(), SyncError> {
    let tx = store.transaction()?;
    {
        let state = State::of(&tx);
        state.restart()?;
        if why.resend_own() {
            let me = state.device_id()?;
            for body in state.t.profiles()? {
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
        if why.forget_versions() {
            forget_versions(&tx)?;
        }
        match why {
            Restart::HistoryPurged => {}
            Restart::NewKey(key) => state.set(StateKey::OrgKey, key)?,
            Restart::NewEpoch(epoch) => state.set(StateKey::Epoch, epoch)?,
            Restart::NewViewer(viewer) => state.set(StateKey::Viewer, viewer)?,
        }
    }
    tx.commit()?;
    report.restarted = true;
    progress(SyncProgress::Restarting(why.why()));
    Ok(())
}

/// Carries out the plan of one page, and moves its cursor, in one transaction: all of it,
/// or (on any failure) none of it.
fn apply_page(
    store: &mut Store,
    page: Page,
    plan: PagePlan,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let tx = store.transaction()?;
    {
        let state = State::of(&tx);
        if plan.pin_key {
            // Trust on first use: the key is pinned with the first page applied.
            state.set(StateKey::OrgKey, &page.org_key)?;
        }
        state.set(StateKey::Epoch, &page.epoch.to_string())?;
        state.set(StateKey::Viewer, &page.viewer)?;
        let generation = state.num(StateKey::Generation)?;
        let mut clock = state.clock()?;
        let mut fresh = Fresh::new();
        let indexing = if page.records.len() >= BULK_PAGE_RECORDS {
            Indexing::Later
        } else {
            Indexing::Now
        };
        for (record, step) in page.records.iter().zip(&plan.steps) {
            if apply_record(&tx, record, step, generation, &mut clock, &mut fresh)? {
                report.changed += 1;
            }
        }
        report.pulled += page.records.len();
        for owner in plan.rebuild {
            if materialise(&tx, owner.0, owner.1, &fresh, indexing)? {
                report.note_change(owner);
            }
        }
        state.save_clock(&clock)?;
        state.set(StateKey::Cursor, &page.cursor.to_string())?;
        if plan.sweep {
            let (removed, owners) = sweep(&tx, generation)?;
            report.removed += removed;
            for owner in owners {
                report.note_change(owner);
            }
            state.remove(StateKey::Sweep)?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// After a fresh start: removes every record not received again, except this device's own
/// profile changes still waiting to be sent. Answers how many records went, and which
/// articles, services and profiles a reader no longer sees.
fn sweep(tx: &Transaction, generation: u64) -> Result<(usize, BTreeSet<(Kind, Uuid)>), SyncError> {
    let stale = SyncTables::of(tx).sweep_before(generation)?;
    let owners: BTreeSet<(Kind, Uuid)> = stale
        .iter()
        .filter_map(|(k, id)| Some((owner_kind(Kind::parse(k)?), *id)))
        .collect();
    let mut gone = BTreeSet::new();
    for owner in owners {
        if materialise(tx, owner.0, owner.1, &Fresh::new(), Indexing::Now)? {
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

/// The texts of a page, by kind, id and language, not (yet) stored in `sync_records`: the
/// app's tables take them when their article or service is rebuilt ([`materialise`]).
type Fresh<'a> = HashMap<(Kind, Uuid, &'a str), &'a str>;

/// Whether records of `kind` are texts, stored once in the app's tables.
fn is_text(kind: Kind) -> bool {
    matches!(kind, Kind::ArticleText | Kind::ServiceText)
}

/// Stores one record as its step says; true if it changed anything.
fn apply_record<'a>(
    tx: &Transaction,
    record: &'a WireRecord,
    step: &RecordStep,
    generation: u64,
    clock: &mut HlcClock,
    fresh: &mut Fresh<'a>,
) -> Result<bool, SyncError> {
    let tables = SyncTables::of(tx);
    match step {
        RecordStep::Write { changed } => {
            // The planner checked the signature: it decodes.
            let sig = signature_bytes(&record.sig).unwrap_or_default();
            // A live text is kept by its digest and signature only: its words go into the
            // app's tables once, when its article or service is rebuilt.
            let text = is_text(record.kind) && !record.deleted;
            if text {
                fresh.insert((record.kind, record.id, &record.lang), &record.body);
            }
            tables.put_record(
                &HeldRecord {
                    kind: record.kind.as_str(),
                    id: record.id,
                    lang: &record.lang,
                    version: record.version,
                    deleted: record.deleted,
                    body: (!text).then_some(record.body.as_str()),
                    hash: body_digest(&record.body),
                    sig: &sig,
                },
                generation,
            )?;
            Ok(*changed)
        }
        // Nothing of a withdrawn profile stays, and it comes back whole if reinstated; a
        // deletion this device holds stays: deletion is final.
        RecordStep::Withdraw => {
            let local = load_doc(tx, record.id)?;
            if local.as_ref().is_some_and(|d| d.deleted.is_some()) {
                return Ok(false);
            }
            tables.remove_profile(record.id)?;
            Ok(local.is_some())
        }
        RecordStep::Merge => {
            let local = load_doc(tx, record.id)?;
            let pending = match &local {
                Some(_) => tables.pending_of(record.id)?,
                None => Vec::new(),
            };
            let merged = merge_profile(record, local.as_ref(), &pending)?;
            for stamped in merged.doc.fields.values() {
                clock.observe(stamped.at);
            }
            for field in &merged.settled {
                tables.unmark(record.id, Some(field), None)?;
            }
            if merged.settle_all {
                tables.unmark(record.id, None, None)?;
            }
            // The review is the hub's alone: whatever this device guessed after its own edit
            // (see `edit_volunteer`) gives way to it. A deleted profile has none.
            let review = match (&record.review, merged.doc.deleted) {
                (Some(r), None) => Some(serde_json::to_string(r).expect("reviews serialise")),
                _ => None,
            };
            let changed =
                local.as_ref() != Some(&merged.doc) || tables.review(record.id)? != review;
            save_doc(tx, &merged.doc, generation)?;
            tables.set_review(record.id, review.as_deref())?;
            Ok(changed)
        }
    }
}

fn load_review_text(tx: &Transaction, id: Uuid) -> Result<Option<String>, SyncError> {
    Ok(SyncTables::of(tx).review(id)?)
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
    SyncTables::of(tx).set_review(
        doc.id,
        Some(&serde_json::to_string(&review).expect("reviews serialise")),
    )?;
    Ok(())
}

/// Rebuilds the app's view of one article, service or volunteer from its synced records:
/// the article with every translation received, or nothing once it is deleted. A text comes
/// from `fresh` (this page), else from its body kept in `sync_records`, else from the app's
/// tables, which hold it exactly as signed (see `sync/held.rs`).
///
/// Answers whether that changed what a reader sees (the app's own copy of a record, e.g. from
/// the bundled content, replaced by the hub's identical one is no change).
fn materialise(
    tx: &Transaction,
    kind: Kind,
    id: Uuid,
    fresh: &Fresh,
    indexing: Indexing,
) -> Result<bool, SyncError> {
    let corrupt = |what: String, e: serde_json::Error| {
        SyncError::Store(crate::Error::CorruptRecord {
            what,
            reason: e.to_string(),
        })
    };
    let tables = SyncTables::of(tx);
    let live = |kind: Kind| -> Result<Vec<(String, Option<String>)>, SyncError> {
        Ok(tables.live(kind.as_str(), id)?)
    };
    // The language-free part: its body is always kept.
    let part = |kind: Kind| -> Result<Option<String>, SyncError> {
        Ok(live(kind)?
            .into_iter()
            .next()
            .map(|(_, body)| body.unwrap_or_default()))
    };
    match kind {
        Kind::Article | Kind::ArticleText => {
            let Some(body) = part(Kind::Article)? else {
                hold_texts(tx, Kind::ArticleText, id, fresh)?;
                let existed = is_stored(tx, Table::Articles, id)?;
                Store::delete_article(tx, id)?;
                return Ok(existed);
            };
            let mut article: Article =
                serde_json::from_str(&body).map_err(|e| corrupt(format!("article {id}"), e))?;
            article.id = id;
            article.translations = Vec::new();
            let mut bodies = Vec::new();
            for (lang, held) in live(Kind::ArticleText)? {
                let given = fresh
                    .get(&(Kind::ArticleText, id, lang.as_str()))
                    .copied()
                    .or(held.as_deref());
                let translation = match given {
                    Some(body) => {
                        let t = serde_json::from_str::<Translation>(body)
                            .map_err(|e| corrupt(format!("article {id} ({lang})"), e))?;
                        let once = t.lang.as_str() == lang
                            && serde_json::to_string(&t).is_ok_and(|again| again == body);
                        bodies.push((lang, held.is_some(), (!once).then(|| body.to_owned())));
                        t
                    }
                    None => match lang
                        .parse()
                        .ok()
                        .and_then(|tag| Store::translation(tx, id, &tag).ok())
                    {
                        Some(t) => t,
                        // Neither kept nor in the app's tables (a pack imported over it): the
                        // device no longer holds it, and says so.
                        None => {
                            tables.remove_record(Kind::ArticleText.as_str(), id, &lang)?;
                            continue;
                        }
                    },
                };
                article.translations.push(translation);
            }
            let changed = article_is_news(tx, &article)?;
            // The hub is the authority on which record holds a slug: a record imported
            // locally, or one whose deletion comes later in the change log, gives way.
            if let Some(other) = id_for_slug(tx, Table::Articles, &article.slug)?
                && other != id
            {
                hold_texts(tx, Kind::ArticleText, other, &Fresh::new())?;
                Store::delete_article(tx, other)?;
            }
            if changed {
                // What a reader sees differs from the hub's copy even where the stored
                // content hash says otherwise (a text damaged in the app's tables): write it.
                forget_content_hash(tx, Table::Articles, id)?;
            }
            Store::put_article(tx, &article, indexing)?;
            keep_bodies(&tables, Kind::ArticleText, id, bodies)?;
            Ok(changed)
        }
        Kind::Service | Kind::ServiceText => {
            let Some(body) = part(Kind::Service)? else {
                hold_texts(tx, Kind::ServiceText, id, fresh)?;
                let existed = is_stored(tx, Table::Services, id)?;
                Store::delete_service(tx, id)?;
                return Ok(existed);
            };
            let mut service: Service =
                serde_json::from_str(&body).map_err(|e| corrupt(format!("service {id}"), e))?;
            service.id = id;
            service.texts.clear();
            let mut stored: Option<Service> = None;
            let mut bodies = Vec::new();
            for (lang, held) in live(Kind::ServiceText)? {
                let tag: LanguageTag = lang.parse()?;
                let given = fresh
                    .get(&(Kind::ServiceText, id, lang.as_str()))
                    .copied()
                    .or(held.as_deref());
                let text = match given {
                    Some(body) => {
                        let text: ServiceText = serde_json::from_str(body)
                            .map_err(|e| corrupt(format!("service {id} ({lang})"), e))?;
                        let once = serde_json::to_string(&text).is_ok_and(|again| again == body);
                        bodies.push((lang, held.is_some(), (!once).then(|| body.to_owned())));
                        text
                    }
                    None => {
                        if stored.is_none() && is_stored(tx, Table::Services, id)? {
                            stored = Some(Store::load_service(tx, id)?);
                        }
                        match stored.as_ref().and_then(|s| s.texts.get(&tag)) {
                            Some(text) => text.clone(),
                            None => {
                                tables.remove_record(Kind::ServiceText.as_str(), id, &lang)?;
                                continue;
                            }
                        }
                    }
                };
                service.texts.insert(tag, text);
            }
            let changed = service_is_news(tx, &service)?;
            if let Some(other) = id_for_slug(tx, Table::Services, &service.slug)?
                && other != id
            {
                hold_texts(tx, Kind::ServiceText, other, &Fresh::new())?;
                Store::delete_service(tx, other)?;
            }
            if changed {
                forget_content_hash(tx, Table::Services, id)?;
            }
            Store::put_service(tx, &service, indexing)?;
            keep_bodies(&tables, Kind::ServiceText, id, bodies)?;
            Ok(changed)
        }
        Kind::Setting => match part(Kind::Setting)? {
            Some(body) => {
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
                let own = crate::volunteer::profile_slug(id);
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

/// After an article or service was written to the app's tables: each text's body is kept in
/// `sync_records` only where the app's tables would not give back the signed bytes (a body
/// written other than as this build writes it), and forgotten where they do.
fn keep_bodies(
    tables: &SyncTables,
    kind: Kind,
    id: Uuid,
    bodies: Vec<(String, bool, Option<String>)>,
) -> Result<(), SyncError> {
    // A body held is the one given unless this page brought the text (then none is held).
    for (lang, held, keep) in bodies {
        if held != keep.is_some() {
            tables.set_body(kind.as_str(), id, &lang, keep.as_deref())?;
        }
    }
    Ok(())
}

/// Before an article or service leaves the app's tables while texts of it are still live
/// (its part deleted, or its slug taken over): each such text's body goes back into
/// `sync_records`, from this page or from the app's tables, so nothing signed is lost and
/// the article can be rebuilt if its part comes back.
fn hold_texts(tx: &Transaction, kind: Kind, id: Uuid, fresh: &Fresh) -> Result<(), SyncError> {
    let tables = SyncTables::of(tx);
    let mut stored: Option<Service> = None;
    for (lang, held) in tables.live(kind.as_str(), id)? {
        if held.is_some() {
            continue;
        }
        let body = match fresh.get(&(kind, id, lang.as_str())) {
            Some(body) => Some((*body).to_owned()),
            None => {
                let tag: Option<LanguageTag> = lang.parse().ok();
                match (kind, tag) {
                    (Kind::ArticleText, Some(tag)) => Store::translation(tx, id, &tag)
                        .ok()
                        .and_then(|t| serde_json::to_string(&t).ok()),
                    (Kind::ServiceText, Some(tag)) => {
                        if stored.is_none() && is_stored(tx, Table::Services, id)? {
                            stored = Some(Store::load_service(tx, id)?);
                        }
                        stored
                            .as_ref()
                            .and_then(|s| s.texts.get(&tag))
                            .and_then(|t| serde_json::to_string(t).ok())
                    }
                    _ => None,
                }
            }
        };
        match body {
            Some(body) => tables.set_body(kind.as_str(), id, &lang, Some(&body))?,
            None => tables.remove_record(kind.as_str(), id, &lang)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::protocol::{page_signing_message, signing_message, to_base64};
    use ed25519_dalek::{Signer, SigningKey};

    /// A hub in a few lines: answers each pull with the settings it holds, signed for that
    /// request, under `epoch`; `tamper` alters the page after signing.
    struct Scripted {
        secret: [u8; 32],
        epoch: u128,
        settings: Vec<(String, serde_json::Value)>,
        tamper: bool,
    }

    impl Transport for Scripted {
        fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError> {
            let key = SigningKey::from_bytes(&self.secret);
            let records = self
                .settings
                .iter()
                .map(|(name, value)| {
                    let id = setting_id(name);
                    let body = serde_json::to_string(&Setting {
                        name: name.clone(),
                        value: value.clone(),
                    })
                    .unwrap();
                    let msg = signing_message(Kind::Setting, id, "", 1, &body);
                    WireRecord {
                        kind: Kind::Setting,
                        id,
                        lang: String::new(),
                        version: 1,
                        deleted: false,
                        body,
                        sig: to_base64(&key.sign(&msg).to_bytes()),
                        review: None,
                        withdrawn: false,
                    }
                })
                .collect();
            let mut page = Page {
                epoch: Uuid::from_u128(self.epoch),
                org_key: to_base64(key.verifying_key().as_bytes()),
                cursor: 5,
                has_more: false,
                head: 5,
                hub_time_ms: 1,
                records,
                viewer: "reader".into(),
                sig: String::new(),
            };
            page.sig = to_base64(&key.sign(&page_signing_message(req, &page)).to_bytes());
            if self.tamper {
                page.records[0].body = page.records[0].body.replace("Glasgow", "Paisley");
            }
            Ok(page)
        }

        fn push(&mut self, _: &PushRequest) -> Result<PushAck, TransportError> {
            Err(TransportError::Unreachable("no pushes here".into()))
        }
    }

    fn hub(epoch: u128, city: &str) -> Scripted {
        Scripted {
            secret: [3; 32],
            epoch,
            settings: vec![("city".into(), serde_json::json!(city))],
            tamper: false,
        }
    }

    fn run(store: &mut Store, hub: &mut Scripted) -> Result<SyncReport, SyncError> {
        sync(store, hub, &SyncOptions::default(), &mut |_| {})
    }

    #[test]
    fn the_engine_applies_what_the_planner_accepts_and_nothing_else() {
        let mut store = Store::open_in_memory().unwrap();
        let first = run(&mut store, &mut hub(1, "Glasgow")).unwrap();
        assert_eq!(
            (first.pulled, first.changed, first.restarted),
            (1, 1, false)
        );
        assert_eq!(store.setting("city").unwrap(), Some("Glasgow".into()));
        assert_eq!(status(&mut store).unwrap().cursor, 5);

        // A page altered on its way: refused, nothing of it kept.
        let mut tampered = hub(1, "Glasgow");
        tampered.tamper = true;
        let err = run(&mut store, &mut tampered).unwrap_err();
        assert_eq!(err.code(), "page-tampered");
        assert_eq!(store.setting("city").unwrap(), Some("Glasgow".into()));

        // Another key: refused until the person accepts it.
        let mut other = hub(1, "Glasgow");
        other.secret = [4; 32];
        assert_eq!(
            run(&mut store, &mut other).unwrap_err().code(),
            "org-key-changed"
        );

        // A restored hub (new epoch) that no longer holds the setting: a fresh start, and
        // the sweep removes what it did not send again.
        let mut restored = hub(2, "Glasgow");
        restored.settings.clear();
        let report = run(&mut store, &mut restored).unwrap();
        assert!(report.restarted);
        assert_eq!(report.removed, 1);
        assert_eq!(store.setting("city").unwrap(), None);
        assert_eq!(status(&mut store).unwrap().epoch, Some(Uuid::from_u128(2)));
    }

    /// A hub whose change log is a list of settings written and deleted, cut into pages at
    /// `cuts` (each the last sequence number of a page), with faults to inject.
    struct Log {
        secret: [u8; 32],
        epoch: u128,
        /// The records in the order the hub numbered them (1, 2, …).
        log: Vec<WireRecord>,
        cuts: BTreeSet<u64>,
        /// Answer every page as the last one: a device then applies one page per sync,
        /// with nothing asked for ahead.
        one_page_per_sync: bool,
        /// The request after this cursor fails on its way.
        unreachable_after: Option<u64>,
        /// The page after this cursor carries a record signed by another key.
        forged_after: Option<u64>,
        /// From the request after this cursor on, the hub answers as restored under this
        /// epoch, holding only the first `keep` records.
        restored_after: Option<(u64, u128, usize)>,
        /// Cursors the hub was asked for, in order.
        asked: Vec<u64>,
    }

    fn setting_record(
        key: &SigningKey,
        name: &str,
        version: u64,
        value: Option<&str>,
    ) -> WireRecord {
        let body = value
            .map(|v| {
                serde_json::to_string(&Setting {
                    name: name.into(),
                    value: serde_json::json!(v),
                })
                .unwrap()
            })
            .unwrap_or_default();
        let id = setting_id(name);
        let msg = signing_message(Kind::Setting, id, "", version, &body);
        WireRecord {
            kind: Kind::Setting,
            id,
            lang: String::new(),
            version,
            deleted: value.is_none(),
            body,
            sig: to_base64(&key.sign(&msg).to_bytes()),
            review: None,
            withdrawn: false,
        }
    }

    impl Log {
        /// A log of `writes`: (setting, its value or `None` for a deletion), each a new
        /// version of its setting.
        fn new(writes: &[(&str, Option<&str>)], cuts: impl IntoIterator<Item = u64>) -> Log {
            let key = SigningKey::from_bytes(&[3; 32]);
            let mut versions: HashMap<&str, u64> = HashMap::new();
            let log = writes
                .iter()
                .map(|(name, value)| {
                    let v = versions.entry(name).or_default();
                    *v += 1;
                    setting_record(&key, name, *v, *value)
                })
                .collect();
            Log {
                secret: [3; 32],
                epoch: 1,
                log,
                cuts: cuts.into_iter().collect(),
                one_page_per_sync: false,
                unreachable_after: None,
                forged_after: None,
                restored_after: None,
                asked: Vec::new(),
            }
        }

        fn head(&self) -> u64 {
            self.log.len() as u64
        }
    }

    impl Transport for Log {
        fn pull(&mut self, req: &PullRequest) -> Result<Page, TransportError> {
            self.asked.push(req.cursor);
            if self.unreachable_after == Some(req.cursor) {
                return Err(TransportError::Unreachable("connection reset".into()));
            }
            if let Some((after, epoch, keep)) = self.restored_after
                && req.cursor >= after
            {
                self.restored_after = None;
                self.epoch = epoch;
                self.log.truncate(keep);
                self.cuts.retain(|c| *c < keep as u64);
            }
            let key = SigningKey::from_bytes(&self.secret);
            let head = self.head();
            let end = self
                .cuts
                .range(req.cursor + 1..)
                .next()
                .copied()
                .unwrap_or(head)
                .min(head);
            let mut records: Vec<WireRecord> =
                self.log[req.cursor.min(head) as usize..end as usize].to_vec();
            if self.forged_after == Some(req.cursor) {
                let forger = SigningKey::from_bytes(&[4; 32]);
                let last = records.last_mut().expect("a page with records");
                let msg = signing_message(last.kind, last.id, "", last.version, &last.body);
                last.sig = to_base64(&forger.sign(&msg).to_bytes());
            }
            let mut page = Page {
                epoch: Uuid::from_u128(self.epoch),
                org_key: to_base64(key.verifying_key().as_bytes()),
                cursor: end.max(req.cursor),
                has_more: end < head && !self.one_page_per_sync,
                head,
                hub_time_ms: 1,
                records,
                viewer: "reader".into(),
                sig: String::new(),
            };
            page.sig = to_base64(&key.sign(&page_signing_message(req, &page)).to_bytes());
            Ok(page)
        }

        fn push(&mut self, _: &PushRequest) -> Result<PushAck, TransportError> {
            Err(TransportError::Unreachable("no pushes here".into()))
        }
    }

    const NAMES: [&str; 4] = ["city", "phone", "opening", "notice"];

    /// What a reader could tell apart: every setting's value, what is held of its signed
    /// record, and the cursor.
    fn content(store: &mut Store) -> (Vec<Option<Value>>, Vec<HeldVersion>, u64) {
        let values = NAMES.iter().map(|n| store.setting(n).unwrap()).collect();
        let held = NAMES
            .iter()
            .map(|n| {
                store
                    .sync_tables()
                    .version_and_hash(Kind::Setting.as_str(), setting_id(n), "")
                    .unwrap()
            })
            .collect();
        (values, held, status(store).unwrap().cursor)
    }

    /// Six writes in three pages: (1, 2] (3, 4] (5, 6].
    fn three_pages() -> Log {
        Log::new(
            &[
                ("city", Some("Glasgow")),
                ("phone", Some("0141")),
                ("city", Some("Paisley")),
                ("opening", Some("9-5")),
                ("notice", Some("closed Monday")),
                ("phone", None),
            ],
            [2, 4],
        )
    }

    #[test]
    fn a_failed_request_for_the_next_page_surfaces_after_the_page_before_is_kept() {
        let mut store = Store::open_in_memory().unwrap();
        let mut hub = three_pages();
        // Page 3 is asked for while page 2 is applied; its request fails.
        hub.unreachable_after = Some(4);
        let err = run_log(&mut store, &mut hub).unwrap_err();
        assert_eq!(err.code(), "hub-unreachable");
        assert_eq!(status(&mut store).unwrap().cursor, 4);
        assert_eq!(
            store.setting("opening").unwrap(),
            Some(serde_json::json!("9-5"))
        );
        assert_eq!(store.setting("notice").unwrap(), None);

        hub.unreachable_after = None;
        run_log(&mut store, &mut hub).unwrap();
        assert_eq!(content(&mut store), sequential(&mut three_pages()));
    }

    #[test]
    fn a_forged_record_on_the_next_page_is_named_and_the_page_before_is_kept() {
        let mut store = Store::open_in_memory().unwrap();
        let mut hub = three_pages();
        hub.forged_after = Some(4);
        let err = run_log(&mut store, &mut hub).unwrap_err();
        assert_eq!(err.code(), "bad-signature");
        let SyncError::BadSignature { kind, id, .. } = err else {
            unreachable!()
        };
        assert_eq!((kind, id), ("setting", setting_id("phone")));
        assert_eq!(status(&mut store).unwrap().cursor, 4);
        assert_eq!(
            store.setting("opening").unwrap(),
            Some(serde_json::json!("9-5"))
        );
        assert_eq!(
            store.setting("phone").unwrap(),
            Some(serde_json::json!("0141"))
        );
    }

    #[test]
    fn a_page_that_fails_to_apply_leaves_the_cursor_before_it_and_drops_the_next() {
        let mut store = Store::open_in_memory().unwrap();
        let mut hub = three_pages();
        // Page 2 holds a setting sent under another setting's id, signed: the planner
        // accepts it, applying it fails.
        let key = SigningKey::from_bytes(&hub.secret);
        let mut bad = setting_record(&key, "opening", 1, Some("9-5"));
        bad.id = setting_id("elsewhere");
        let msg = signing_message(bad.kind, bad.id, "", 1, &bad.body);
        bad.sig = to_base64(&key.sign(&msg).to_bytes());
        let good = std::mem::replace(&mut hub.log[3], bad);
        let err = run_log(&mut store, &mut hub).unwrap_err();
        assert_eq!(err.code(), "hub-garbled");
        // Page 3 may have been asked for as page 2 arrived (the fetching thread asks ahead),
        // but nothing of it was kept.
        assert!(
            [&[0, 2][..], &[0, 2, 4]].contains(&hub.asked.as_slice()),
            "{:?}",
            hub.asked
        );
        assert_eq!(status(&mut store).unwrap().cursor, 2);
        assert_eq!(
            store.setting("city").unwrap(),
            Some(serde_json::json!("Glasgow"))
        );
        assert_eq!(store.setting("notice").unwrap(), None);

        // The hub mends its record: the next sync carries on from page 2 and converges.
        hub.log[3] = good;
        run_log(&mut store, &mut hub).unwrap();
        assert_eq!(content(&mut store), sequential(&mut three_pages()));
    }

    #[test]
    fn an_epoch_change_mid_sync_starts_afresh_from_the_restored_hub() {
        let mut store = Store::open_in_memory().unwrap();
        let mut hub = three_pages();
        // Restored from a backup taken after the fourth write, while page 2 is applied.
        hub.restored_after = Some((4, 2, 4));
        let report = run_log(&mut store, &mut hub).unwrap();
        assert!(report.restarted);
        assert_eq!(status(&mut store).unwrap().epoch, Some(Uuid::from_u128(2)));
        let mut restored = three_pages();
        restored.log.truncate(4);
        restored.epoch = 2;
        assert_eq!(content(&mut store), sequential(&mut restored));
        assert_eq!(store.setting("notice").unwrap(), None);
        assert_eq!(
            store.setting("phone").unwrap(),
            Some(serde_json::json!("0141"))
        );
    }

    fn run_log(store: &mut Store, hub: &mut Log) -> Result<SyncReport, SyncError> {
        sync(store, hub, &SyncOptions::default(), &mut |_| {})
    }

    /// The content a device ends with when it applies the hub's pages one sync at a time.
    fn sequential(hub: &mut Log) -> (Vec<Option<Value>>, Vec<HeldVersion>, u64) {
        let mut store = Store::open_in_memory().unwrap();
        hub.one_page_per_sync = true;
        while status(&mut store).unwrap().cursor < hub.head() {
            run_log(&mut store, hub).unwrap();
        }
        content(&mut store)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 48, failure_persistence: None, ..Default::default()
        })]

        /// However the log is cut into pages, and whichever page a request for fails, a
        /// pull with the next page fetched ahead ends where applying the pages one by one
        /// ends.
        #[test]
        fn any_page_split_ends_as_applying_the_pages_one_by_one(
            writes in proptest::collection::vec((0..NAMES.len(), proptest::option::of("[a-z]{1,6}")), 1..30),
            cuts in proptest::collection::btree_set(1u64..30, 0..10),
            fail in proptest::option::of(0u64..30),
        ) {
            let writes: Vec<(&str, Option<&str>)> =
                writes.iter().map(|(n, v)| (NAMES[*n], v.as_deref())).collect();
            let mut hub = Log::new(&writes, cuts.iter().copied());
            let mut reference = Log::new(&writes, cuts.iter().copied());
            let mut store = Store::open_in_memory().unwrap();
            hub.unreachable_after = fail.filter(|f| *f == 0 || cuts.contains(f));
            if run_log(&mut store, &mut hub).is_err() {
                hub.unreachable_after = None;
                run_log(&mut store, &mut hub).unwrap();
            }
            proptest::prop_assert_eq!(content(&mut store), sequential(&mut reference));
        }
    }
}
