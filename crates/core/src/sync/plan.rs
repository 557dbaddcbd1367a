//! The sync planner: given what the device holds and a page the hub sent, decides what to
//! write, remove, verify and report, with no IO. The engine (`engine.rs`) reads the device's
//! state, asks the planner, and carries the plan out in one transaction; every rule about
//! trust (signatures, pinned key, rollbacks, epochs, viewers, stalls) is decided here, so it
//! is tested here with tables.

use std::collections::BTreeSet;

use ed25519_dalek::VerifyingKey;
use uuid::Uuid;

use super::SyncError;
use super::doc::{Field, VolunteerDoc};
use super::hlc::Hlc;
use super::protocol::{
    Kind, Page, PullRequest, WireRecord, body_digest, parse_public_key, verify, verify_all,
    verify_page,
};

/// What the device holds that a page is judged against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeviceView {
    /// The organisation key pinned on first contact (base64), if any.
    pub org_key: Option<String>,
    /// The hub epoch last seen.
    pub epoch: Option<String>,
    /// Whom the hub last served this device as.
    pub viewer: Option<String>,
    /// The person confirmed that the organisation's key changed.
    pub accept_new_key: bool,
    /// This pull may still start afresh (a hub that asks for it without end is not obeyed).
    pub may_restart: bool,
    /// A fresh start's sweep is owed, done at the end of the pull.
    pub sweep_owed: bool,
}

/// Why the device starts afresh before applying anything of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restart {
    /// The hub purged deletions newer than the device's cursor: what was deleted is unknown.
    HistoryPurged,
    /// The person accepted the organisation's new key, which is pinned; versions signed under
    /// the old one say nothing.
    NewKey(String),
    /// The hub was restored or replaced: its changes and versions are numbered afresh, and
    /// this device's own writes are sent again (the hub may have lost them).
    NewEpoch(String),
    /// The hub serves this device as someone else (another role): what it holds was cut for
    /// the other.
    NewViewer(String),
}

impl Restart {
    /// Why, for a progress line.
    pub fn why(&self) -> &'static str {
        match self {
            Restart::HistoryPurged => {
                "the hub's history no longer reaches back to this device's last sync"
            }
            Restart::NewKey(_) => "the organisation key changed",
            Restart::NewEpoch(_) => "the hub was restored or replaced",
            Restart::NewViewer(_) => "the hub serves this device in another role",
        }
    }

    /// Whether this device's own profile writes are marked to be sent again.
    pub fn resend_own(&self) -> bool {
        matches!(self, Restart::NewEpoch(_))
    }

    /// Whether stored versions are forgotten, so the next copy of each record is taken.
    pub fn forget_versions(&self) -> bool {
        matches!(self, Restart::NewKey(_) | Restart::NewEpoch(_))
    }
}

/// What to do with one record of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordStep {
    /// Keep the signed record as received; `changed` when its body differs from what is held.
    Write {
        /// Its body differs from what the device held (or it held none).
        changed: bool,
    },
    /// A profile withdrawn from this device (suspended): remove all of it, unless the device
    /// deleted it itself (deletion is final).
    Withdraw,
    /// A profile the hub merged: merge it with this device's unacknowledged edits
    /// ([`merge_profile`]).
    Merge,
}

/// What to do with a page the planner accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagePlan {
    /// Pin the page's key (first contact).
    pub pin_key: bool,
    /// One step per record, in the page's order.
    pub steps: Vec<RecordStep>,
    /// The articles, services, profiles and settings to rebuild for the app once the
    /// records are stored (a text belongs to its article or service).
    pub rebuild: BTreeSet<(Kind, Uuid)>,
    /// This is the last page and a fresh start's sweep is owed: remove what did not come.
    pub sweep: bool,
}

/// The planner's answer for a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageDecision {
    /// Start afresh (nothing of the page is applied) and ask again from the start.
    Restart(Restart),
    /// Apply the page as planned.
    Apply(Box<PagePlan>),
}

/// What the device holds of a signed record: its version and its body's digest
/// ([`body_digest`]).
pub type HeldVersion = Option<(u64, [u8; 32])>;

/// A page's signatures, checked against the key it comes with: the costly part of judging a
/// page (an Ed25519 batch), needing nothing the device holds, so the engine checks the next
/// page on another thread while it applies this one. Kept with the request the page
/// answers, as the page is signed for that request (its cursor and nonce).
#[derive(Debug, Clone)]
pub struct CheckedPage {
    /// The request the page answers.
    pub req: PullRequest,
    /// The page as received.
    pub page: Page,
    /// The key the page comes with is a key.
    key_read: bool,
    /// The page's own signature holds for `req`.
    page_signed: bool,
    /// Each record's signature, in the page's order (true for records not signed): `None`
    /// when the whole batch verified at once.
    records: Option<Vec<bool>>,
}

impl CheckedPage {
    /// Checks the page's signature for `req`, then every record's in one batch; only if
    /// the batch fails is each checked alone, so a refusal can name the record.
    pub fn check(req: PullRequest, page: Page) -> CheckedPage {
        let key = parse_public_key(&page.org_key);
        let page_signed = key
            .as_ref()
            .is_some_and(|key| verify_page(key, &req, &page));
        let records = match &key {
            Some(key) if page_signed => {
                let signed: Vec<&WireRecord> =
                    page.records.iter().filter(|r| r.kind.is_signed()).collect();
                (!verify_all(key, &signed)).then(|| {
                    page.records
                        .iter()
                        .map(|r| !r.kind.is_signed() || verify(key, r))
                        .collect()
                })
            }
            // Not looked at: the page is refused before its records.
            _ => None,
        };
        CheckedPage {
            req,
            page,
            key_read: key.is_some(),
            page_signed,
            records,
        }
    }
}

/// Judges a page: refuses it (error), starts afresh, or plans its records. `held` gives,
/// per record of the page and in its order, what the device holds of it (only signed
/// records are looked at).
pub fn plan_page(
    view: &DeviceView,
    req: &PullRequest,
    page: &Page,
    held: &[HeldVersion],
) -> Result<PageDecision, SyncError> {
    plan_checked(view, &CheckedPage::check(req.clone(), page.clone()), held)
}

/// [`plan_page`] for a page whose signatures were already checked.
pub fn plan_checked(
    view: &DeviceView,
    checked: &CheckedPage,
    held: &[HeldVersion],
) -> Result<PageDecision, SyncError> {
    let (req, page) = (&checked.req, &checked.page);
    if !checked.key_read {
        return Err(SyncError::HubGarbled {
            reason: format!("'{}' is not an organisation key", page.org_key),
        });
    }
    // Nothing of a page is believed, not even that the hub was restored, before its signature
    // is checked: under the pinned key, or the key it comes with on first contact (which is
    // then pinned) or when the person accepted a new key.
    if !checked.page_signed {
        return Err(SyncError::PageTampered {
            reason: format!(
                "the page after {} does not match the hub's signature for this request",
                req.cursor
            ),
        });
    }
    if let Some(pinned) = &view.org_key
        && *pinned != page.org_key
    {
        if !view.accept_new_key {
            return Err(SyncError::OrgKeyChanged {
                pinned: pinned.clone(),
                offered: page.org_key.clone(),
            });
        }
        if view.may_restart {
            return Ok(PageDecision::Restart(Restart::NewKey(page.org_key.clone())));
        }
    }
    let epoch = page.epoch.to_string();
    if view.may_restart && view.epoch.as_ref().is_some_and(|e| *e != epoch) {
        return Ok(PageDecision::Restart(Restart::NewEpoch(epoch)));
    }
    if view.may_restart && view.viewer.as_ref().is_some_and(|v| *v != page.viewer) {
        return Ok(PageDecision::Restart(Restart::NewViewer(
            page.viewer.clone(),
        )));
    }
    // A page that says more follows must move the cursor on, else the device would ask for
    // the same page for ever.
    if page.has_more && page.cursor <= req.cursor {
        return Err(SyncError::HubStalled { cursor: req.cursor });
    }
    let steps = page
        .records
        .iter()
        .enumerate()
        .map(|(i, record)| {
            let signed = checked.records.as_ref().is_none_or(|each| each[i]);
            judge_record(record, held.get(i).copied().flatten(), signed)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PageDecision::Apply(Box::new(PagePlan {
        pin_key: view.org_key.is_none(),
        steps,
        rebuild: page
            .records
            .iter()
            .map(|r| (owner_kind(r.kind), r.id))
            .collect(),
        sweep: !page.has_more && view.sweep_owed,
    })))
}

/// Judges one record against what the device holds of it.
pub fn plan_record(
    key: &VerifyingKey,
    record: &WireRecord,
    held: HeldVersion,
) -> Result<RecordStep, SyncError> {
    judge_record(
        record,
        held,
        !record.kind.is_signed() || verify(key, record),
    )
}

/// [`plan_record`], its signature already checked: `signed` when it holds.
fn judge_record(
    record: &WireRecord,
    held: HeldVersion,
    signed: bool,
) -> Result<RecordStep, SyncError> {
    if !record.kind.is_signed() {
        return Ok(if record.withdrawn {
            RecordStep::Withdraw
        } else {
            RecordStep::Merge
        });
    }
    if !signed {
        return Err(SyncError::BadSignature {
            kind: record.kind.as_str(),
            id: record.id,
            lang: record.lang.clone(),
        });
    }
    // The same version with another body is no rollback: the hub signs one body per version
    // in an epoch, so the stored copy is damaged, and the signed one heals it.
    if let Some((version, _)) = held
        && record.version < version
    {
        return Err(SyncError::Rollback {
            kind: record.kind.as_str(),
            id: record.id,
            lang: record.lang.clone(),
            stored: version,
            offered: record.version,
        });
    }
    Ok(RecordStep::Write {
        changed: held.is_none_or(|(_, hash)| hash != body_digest(&record.body)),
    })
}

/// The kind of record the app shows: an article text belongs to its article, a service text
/// to its service.
pub fn owner_kind(kind: Kind) -> Kind {
    match kind {
        Kind::Article | Kind::ArticleText => Kind::Article,
        Kind::Service | Kind::ServiceText => Kind::Service,
        Kind::Volunteer => Kind::Volunteer,
        Kind::Setting => Kind::Setting,
    }
}

/// A profile the hub sent, merged with what this device holds of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileMerge {
    /// The profile to keep.
    pub doc: VolunteerDoc,
    /// Pending fields no longer waiting: the hub has them, or something newer.
    pub settled: Vec<String>,
    /// The profile is deleted: nothing of it waits to be sent any more.
    pub settle_all: bool,
}

/// The hub's merged version of a profile is the truth, except for fields this device
/// changed and has not had acknowledged (`pending`: field and stamp), which merge by
/// last-writer-wins; a deletion this device made stays.
pub fn merge_profile(
    remote: &WireRecord,
    local: Option<&VolunteerDoc>,
    pending: &[(String, String)],
) -> Result<ProfileMerge, SyncError> {
    let remote = if remote.body.is_empty() {
        let mut d = VolunteerDoc::new(remote.id, "");
        d.deleted = Some(Hlc {
            wall_ms: 0,
            counter: 0,
            node: Uuid::nil(),
        });
        d
    } else {
        serde_json::from_str::<VolunteerDoc>(&remote.body).map_err(|e| SyncError::HubGarbled {
            reason: format!("volunteer profile {}: {e}", remote.id),
        })?
    };
    let mut result = remote;
    let mut settled = Vec::new();
    if let Some(local) = local {
        // A tombstone from the hub carries no slug, and keeps none here either.
        if result.slug.is_empty() && result.deleted.is_none() {
            result.slug = local.slug.clone();
        }
        for (field, at) in pending {
            let keep = if field == "deleted" {
                local.deleted.is_some()
            } else if let Some(f) = Field::parse(field)
                && let Some(ours) = local.fields.get(&f)
                && ours.at.to_string() == *at
            {
                let mut mine = VolunteerDoc::new(result.id, result.slug.clone());
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
                settled.push(field.clone());
            }
        }
    }
    let settle_all = result.deleted.is_some();
    Ok(ProfileMerge {
        doc: result,
        settled,
        settle_all,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::doc::Stamped;
    use crate::sync::protocol::{page_signing_message, signing_message, to_base64};
    use ed25519_dalek::{Signer, SigningKey};

    const ORG: [u8; 32] = [7; 32];
    const OTHER: [u8; 32] = [9; 32];

    fn key_text(secret: [u8; 32]) -> String {
        to_base64(SigningKey::from_bytes(&secret).verifying_key().as_bytes())
    }

    fn record(secret: [u8; 32], kind: Kind, version: u64, body: &str) -> WireRecord {
        let id = Uuid::from_u128(42);
        let lang = if kind == Kind::ArticleText { "ar" } else { "" };
        let sig = if kind.is_signed() {
            let msg = signing_message(kind, id, lang, version, body);
            to_base64(&SigningKey::from_bytes(&secret).sign(&msg).to_bytes())
        } else {
            String::new()
        };
        WireRecord {
            kind,
            id,
            lang: lang.into(),
            version,
            deleted: body.is_empty(),
            body: body.into(),
            sig,
            review: None,
            withdrawn: false,
        }
    }

    fn request(cursor: u64) -> PullRequest {
        PullRequest {
            cursor,
            langs: vec!["ar".parse().unwrap()],
            limit: None,
            nonce: "n1".into(),
        }
    }

    /// A page after cursor 10, signed by `secret`, for `request(10)`.
    fn page(secret: [u8; 32], epoch: u128, viewer: &str, cursor: u64, has_more: bool) -> Page {
        let mut page = Page {
            epoch: Uuid::from_u128(epoch),
            org_key: key_text(secret),
            cursor,
            has_more,
            head: 30,
            hub_time_ms: 1,
            records: vec![record(secret, Kind::ArticleText, 2, "{\"body\":\"x\"}")],
            viewer: viewer.into(),
            sig: String::new(),
        };
        sign_page(secret, &mut page);
        page
    }

    fn sign_page(secret: [u8; 32], page: &mut Page) {
        let msg = page_signing_message(&request(10), page);
        page.sig = to_base64(&SigningKey::from_bytes(&secret).sign(&msg).to_bytes());
    }

    fn known() -> DeviceView {
        DeviceView {
            org_key: Some(key_text(ORG)),
            epoch: Some(Uuid::from_u128(1).to_string()),
            viewer: Some("reader".into()),
            accept_new_key: false,
            may_restart: true,
            sweep_owed: false,
        }
    }

    /// The decision in a word: `apply`, `apply+pin`, `apply+sweep`, `restart:<why>`, or the
    /// error's code.
    fn outcome(view: &DeviceView, page: &Page) -> String {
        match plan_page(view, &request(10), page, &[]) {
            Ok(PageDecision::Apply(plan)) => {
                let mut s = "apply".to_owned();
                if plan.pin_key {
                    s += "+pin";
                }
                if plan.sweep {
                    s += "+sweep";
                }
                s
            }
            Ok(PageDecision::Restart(r)) => format!(
                "restart:{}",
                match r {
                    Restart::HistoryPurged => "purged",
                    Restart::NewKey(_) => "key",
                    Restart::NewEpoch(_) => "epoch",
                    Restart::NewViewer(_) => "viewer",
                }
            ),
            Err(e) => e.code().to_owned(),
        }
    }

    #[test]
    fn pages_are_judged_by_signature_key_epoch_viewer_and_cursor() {
        let fresh = DeviceView {
            may_restart: true,
            ..DeviceView::default()
        };
        let accepting = DeviceView {
            accept_new_key: true,
            ..known()
        };
        let exhausted = DeviceView {
            may_restart: false,
            ..known()
        };
        let sweeping = DeviceView {
            sweep_owed: true,
            ..known()
        };
        let altered = {
            let mut p = page(ORG, 1, "reader", 20, true);
            p.records[0].body = "{\"body\":\"y\"}".into();
            p
        };
        let dropped = {
            let mut p = page(ORG, 1, "reader", 20, true);
            p.records.clear();
            p
        };
        let mut garbled_key = page(ORG, 1, "reader", 20, true);
        garbled_key.org_key = "not a key".into();
        let signed_by_other_under_ours = {
            let mut p = page(OTHER, 1, "reader", 20, true);
            p.org_key = key_text(ORG);
            p
        };
        let table: [(&str, &DeviceView, Page, &str); 14] = [
            (
                "first contact pins the key",
                &fresh,
                page(ORG, 1, "reader", 20, true),
                "apply+pin",
            ),
            (
                "a known hub's next page",
                &known(),
                page(ORG, 1, "reader", 20, true),
                "apply",
            ),
            (
                "a record altered on its way",
                &known(),
                altered,
                "page-tampered",
            ),
            (
                "a record dropped on its way",
                &known(),
                dropped,
                "page-tampered",
            ),
            (
                "signed by another key under ours",
                &known(),
                signed_by_other_under_ours,
                "page-tampered",
            ),
            ("a key that is no key", &known(), garbled_key, "hub-garbled"),
            (
                "another key, not accepted",
                &known(),
                page(OTHER, 1, "reader", 20, true),
                "org-key-changed",
            ),
            (
                "another key, accepted",
                &accepting,
                page(OTHER, 1, "reader", 20, true),
                "restart:key",
            ),
            (
                "a restored hub's new epoch",
                &known(),
                page(ORG, 2, "reader", 20, true),
                "restart:epoch",
            ),
            (
                "served in another role",
                &known(),
                page(ORG, 1, "coordinator", 20, true),
                "restart:viewer",
            ),
            (
                "no more restarts this pull",
                &exhausted,
                page(ORG, 2, "coordinator", 20, true),
                "apply",
            ),
            (
                "more follows without moving on",
                &known(),
                page(ORG, 1, "reader", 10, true),
                "hub-stalled",
            ),
            (
                "the last page owes the sweep",
                &sweeping,
                page(ORG, 1, "reader", 10, false),
                "apply+sweep",
            ),
            (
                "a middle page does not sweep",
                &sweeping,
                page(ORG, 1, "reader", 20, true),
                "apply",
            ),
        ];
        for (name, view, page, expected) in table {
            assert_eq!(outcome(view, &page), expected, "{name}");
        }
    }

    #[test]
    fn restarts_say_what_they_forget_and_resend() {
        let table = [
            (Restart::HistoryPurged, false, false),
            (Restart::NewKey("k".into()), false, true),
            (Restart::NewEpoch("e".into()), true, true),
            (Restart::NewViewer("v".into()), false, false),
        ];
        for (restart, resend, forget) in table {
            assert_eq!(
                (restart.resend_own(), restart.forget_versions()),
                (resend, forget),
                "{restart:?}"
            );
        }
    }

    #[test]
    fn records_are_judged_against_what_the_device_holds() {
        let key = SigningKey::from_bytes(&ORG).verifying_key();
        let text = |v: u64, body: &str| record(ORG, Kind::ArticleText, v, body);
        let mut forged = text(3, "{\"a\":1}");
        forged.body = "{\"a\":2}".into();
        let mut withdrawn = record(ORG, Kind::Volunteer, 0, "{}");
        withdrawn.withdrawn = true;
        let table: [(&str, WireRecord, HeldVersion, Result<RecordStep, &str>); 9] = [
            (
                "new",
                text(1, "{\"a\":1}"),
                None,
                Ok(RecordStep::Write { changed: true }),
            ),
            (
                "newer",
                text(3, "{\"a\":2}"),
                Some((2, body_digest("{\"a\":1}"))),
                Ok(RecordStep::Write { changed: true }),
            ),
            (
                "the same again",
                text(2, "{\"a\":1}"),
                Some((2, body_digest("{\"a\":1}"))),
                Ok(RecordStep::Write { changed: false }),
            ),
            (
                "same version heals a damaged copy",
                text(2, "{\"a\":1}"),
                Some((2, body_digest("{\"a\":9}"))),
                Ok(RecordStep::Write { changed: true }),
            ),
            (
                "older: a rollback",
                text(1, "{\"a\":0}"),
                Some((2, body_digest("{\"a\":1}"))),
                Err("rollback"),
            ),
            (
                "after versions were forgotten",
                text(1, "{\"a\":0}"),
                Some((0, body_digest("{\"a\":1}"))),
                Ok(RecordStep::Write { changed: true }),
            ),
            (
                "a deletion",
                text(4, ""),
                Some((3, body_digest("{\"a\":1}"))),
                Ok(RecordStep::Write { changed: true }),
            ),
            ("forged", forged, None, Err("bad-signature")),
            (
                "a withdrawn profile",
                withdrawn,
                None,
                Ok(RecordStep::Withdraw),
            ),
        ];
        for (name, record, held, expected) in table {
            let got = plan_record(&key, &record, held).map_err(|e| e.code());
            assert_eq!(got, expected, "{name}");
        }
        let profile = record(ORG, Kind::Volunteer, 0, "{}");
        assert_eq!(
            plan_record(&key, &profile, None).unwrap(),
            RecordStep::Merge
        );
    }

    #[test]
    fn a_page_rebuilds_each_owner_once() {
        let mut p = page(ORG, 1, "reader", 20, true);
        let mut article = record(ORG, Kind::Article, 2, "{}");
        article.id = p.records[0].id;
        p.records.push(article);
        sign_page(ORG, &mut p);
        let PageDecision::Apply(plan) = plan_page(&known(), &request(10), &p, &[]).unwrap() else {
            panic!("applied");
        };
        assert_eq!(plan.steps.len(), 2);
        assert_eq!(
            plan.rebuild.into_iter().collect::<Vec<_>>(),
            [(Kind::Article, Uuid::from_u128(42))]
        );
    }

    fn stamp(wall_ms: u64, node: u128) -> Hlc {
        Hlc {
            wall_ms,
            counter: 0,
            node: Uuid::from_u128(node),
        }
    }

    fn doc(fields: &[(Field, &str, Hlc)], deleted: Option<Hlc>) -> VolunteerDoc {
        let mut d = VolunteerDoc::new(Uuid::from_u128(42), "volunteer-42");
        for (f, v, at) in fields {
            d.fields.insert(
                *f,
                Stamped {
                    at: *at,
                    value: (*v).into(),
                },
            );
        }
        d.deleted = deleted;
        d
    }

    fn wire(d: &VolunteerDoc) -> WireRecord {
        WireRecord {
            body: serde_json::to_string(d).unwrap(),
            ..record(ORG, Kind::Volunteer, 0, "{}")
        }
    }

    #[test]
    fn a_profile_merges_with_the_edits_not_yet_acknowledged() {
        let (old, mine, newer) = (stamp(1, 1), stamp(5, 2), stamp(9, 1));
        let name = |v: &VolunteerDoc| v.fields[&Field::DisplayName].value.clone();
        let pending = |at: Hlc| vec![("display-name".to_owned(), at.to_string())];

        // Our unacknowledged edit is newer than the hub's: it stays, and stays pending.
        let hub = doc(&[(Field::DisplayName, "Hub", old)], None);
        let local = doc(&[(Field::DisplayName, "Mine", mine)], None);
        let m = merge_profile(&wire(&hub), Some(&local), &pending(mine)).unwrap();
        assert_eq!(
            (name(&m.doc), m.settled.len(), m.settle_all),
            ("Mine".into(), 0, false)
        );

        // The hub has a newer write: ours gives way and no longer waits.
        let hub = doc(&[(Field::DisplayName, "Hub", newer)], None);
        let m = merge_profile(&wire(&hub), Some(&local), &pending(mine)).unwrap();
        assert_eq!(
            (name(&m.doc), m.settled),
            ("Hub".into(), vec!["display-name".to_owned()])
        );

        // Acknowledged already (nothing pending): the hub's version is the truth.
        let hub = doc(&[(Field::DisplayName, "Hub", old)], None);
        let m = merge_profile(&wire(&hub), Some(&local), &[]).unwrap();
        assert_eq!(name(&m.doc), "Hub");

        // Our deletion stays whatever the hub sends; a deletion settles every pending edit.
        let gone = doc(&[(Field::DisplayName, "Mine", mine)], Some(mine));
        let deleted = vec![("deleted".to_owned(), mine.to_string())];
        let m = merge_profile(&wire(&hub), Some(&gone), &deleted).unwrap();
        assert!(m.doc.deleted.is_some() && m.settle_all);

        // A tombstone (empty body) from the hub.
        let mut tomb = record(ORG, Kind::Volunteer, 0, "");
        tomb.deleted = true;
        let m = merge_profile(&tomb, Some(&local), &[]).unwrap();
        assert!(m.doc.deleted.is_some() && m.settle_all);

        // A body that is no profile.
        let mut bad = wire(&hub);
        bad.body = "[1]".into();
        assert_eq!(
            merge_profile(&bad, None, &[]).unwrap_err().code(),
            "hub-garbled"
        );
    }
}
