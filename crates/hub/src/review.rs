//! Coordinators' review of volunteer profiles. A profile's words and contacts (the fields
//! whose [`needs_review`](peerguide_core::sync::Field::needs_review) is true) reach other readers only once a coordinator has
//! approved them; until then others keep receiving the last approved version, or nothing.
//! Availability and a pause pass straight through. A suspension withdraws the profile from
//! others' devices until it is reinstated.
//!
//! The review lives only on the hub (`volunteer_reviews`) and travels beside a profile's
//! body ([`WireRecord::review`]), never inside it: a device cannot push it.

use chrono::{DateTime, Utc};
use peerguide_core::sync::doc::VolunteerDoc;
use peerguide_core::sync::protocol::WireRecord;
pub use peerguide_core::sync::protocol::{
    Decision, ProfileUnderReview, ProfilesAnswer, ProfilesRequest, ReviewAnswer, ReviewRequest,
};
use peerguide_core::volunteer::{Audience, Review, ReviewStatus};
use rusqlite::{Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use crate::auth::Principal;
use crate::content::next_seq;
use crate::error::{HubError, Result};
use crate::{Hub, now_ms};

/// A profile's row in `volunteer_reviews`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReviewRow {
    suspended: bool,
    since_ms: u64,
    approved: Option<VolunteerDoc>,
    approved_at_ms: Option<u64>,
}

impl ReviewRow {
    fn new(now: u64) -> ReviewRow {
        ReviewRow {
            suspended: false,
            since_ms: now,
            approved: None,
            approved_at_ms: None,
        }
    }

    fn status(&self, current: &VolunteerDoc) -> ReviewStatus {
        match &self.approved {
            _ if self.suspended => ReviewStatus::Suspended,
            Some(a) if a.review_digest() == current.review_digest() => ReviewStatus::Approved,
            _ => ReviewStatus::Pending,
        }
    }

    fn review(&self, current: &VolunteerDoc) -> Review {
        Review {
            state: self.status(current),
            since: time(self.since_ms),
            approved_at: self.approved_at_ms.map(time),
            changed: current.changed_since(self.approved.as_ref()),
            digest: current.review_digest(),
        }
    }

    /// What readers other than the volunteer and coordinators may hold: the approved words
    /// and contacts with the current availability and pause. `None` when they may hold
    /// nothing (never approved, or suspended).
    fn public_version(&self, current: &VolunteerDoc) -> Option<VolunteerDoc> {
        if self.suspended {
            return None;
        }
        let mut doc = self.approved.clone()?;
        doc.fields.extend(
            current
                .fields
                .iter()
                .filter(|(f, _)| !f.needs_review())
                .map(|(f, v)| (*f, v.clone())),
        );
        doc.deleted = None;
        Some(doc)
    }
}

fn time(ms: u64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms as i64).unwrap_or_default()
}

fn corrupt(id: Uuid, e: impl ToString) -> HubError {
    HubError::DataDir {
        path: "hub.db".into(),
        reason: format!("volunteer {id}: {}", e.to_string()),
    }
}

fn load(conn: &Connection, id: Uuid) -> Result<Option<ReviewRow>> {
    let row: Option<(bool, i64, Option<String>, Option<i64>)> = conn
        .prepare_cached(
            "SELECT suspended, since, approved, approved_at FROM volunteer_reviews WHERE id = ?1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    let Some((suspended, since, approved, approved_at)) = row else {
        return Ok(None);
    };
    Ok(Some(ReviewRow {
        suspended,
        since_ms: since as u64,
        approved: approved
            .map(|a| serde_json::from_str(&a).map_err(|e| corrupt(id, e)))
            .transpose()?,
        approved_at_ms: approved_at.map(|t| t as u64),
    }))
}

fn save(tx: &Transaction, id: Uuid, row: &ReviewRow) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO volunteer_reviews (id, suspended, since, approved, approved_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET suspended = excluded.suspended, since = excluded.since,
             approved = excluded.approved, approved_at = excluded.approved_at",
    )?
    .execute((
        id,
        row.suspended,
        row.since_ms as i64,
        row.approved
            .as_ref()
            .map(|a| serde_json::to_string(a).expect("serialises")),
        row.approved_at_ms.map(|t| t as i64),
    ))?;
    Ok(())
}

/// Migration hook: profiles already on a hub when review arrived were public, so each
/// starts approved as it is.
pub(crate) fn approve_existing(tx: &Transaction) -> Result<()> {
    let live: Vec<(Uuid, String)> = tx
        .prepare("SELECT id, body FROM records WHERE kind = 'volunteer' AND deleted = 0")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let now = now_ms();
    for (id, body) in live {
        let doc: VolunteerDoc = serde_json::from_str(&body).map_err(|e| corrupt(id, e))?;
        let row = ReviewRow {
            approved: Some(doc.reviewed_part()),
            approved_at_ms: Some(now),
            ..ReviewRow::new(now)
        };
        save(tx, id, &row)?;
    }
    Ok(())
}

/// Keeps a profile's review in step with a push that changed it: a new profile waits for
/// approval; a change to its words or contacts makes it pending (and changing them back
/// approved again); a deletion removes the review with the approved snapshot in it.
pub(crate) fn after_push(
    tx: &Transaction,
    before: Option<&VolunteerDoc>,
    merged: &VolunteerDoc,
    now: u64,
) -> Result<()> {
    if merged.deleted.is_some() {
        tx.execute("DELETE FROM volunteer_reviews WHERE id = ?1", [merged.id])?;
        return Ok(());
    }
    let mut row = match load(tx, merged.id)? {
        Some(row) => row,
        None => return save(tx, merged.id, &ReviewRow::new(now)),
    };
    let was = before.map(|b| row.status(b));
    if was != Some(row.status(merged)) {
        row.since_ms = now;
        save(tx, merged.id, &row)?;
    }
    Ok(())
}

/// Shapes a live profile record for the caller: its volunteer and coordinators get it whole
/// with its review; others the approved version cut to their audience, a withdrawal while
/// it is suspended, and nothing at all if it was never approved.
pub(crate) fn shape_for(
    conn: &Connection,
    who: &Principal,
    mut record: WireRecord,
) -> Result<Option<WireRecord>> {
    let current: VolunteerDoc =
        serde_json::from_str(&record.body).map_err(|e| corrupt(record.id, e))?;
    // A profile without a review row has never been seen by a coordinator.
    let row = load(conn, record.id)?.unwrap_or_else(|| ReviewRow::new(now_ms()));
    let audience = match who {
        Principal::Coordinator { .. } => None,
        Principal::Volunteer { volunteer_id, .. } if *volunteer_id == current.id => None,
        Principal::Volunteer { .. } => Some(Audience::Volunteers),
        Principal::Anonymous => Some(Audience::Everyone),
    };
    let Some(audience) = audience else {
        record.review = Some(row.review(&current));
        return Ok(Some(record));
    };
    match row.public_version(&current) {
        Some(public) => {
            record.body = serde_json::to_string(&public.as_seen_by(audience)).expect("serialises");
            Ok(Some(record))
        }
        // Suspended after an approval: others may hold it, so they are told to drop it.
        None if row.approved.is_some() => {
            record.deleted = true;
            record.withdrawn = true;
            record.body = String::new();
            Ok(Some(record))
        }
        None => Ok(None),
    }
}

impl Hub {
    /// A coordinator approves, suspends or reinstates a profile. A decision that changes
    /// what anyone is sent gives the profile a new sequence number, so every device pulls it.
    pub fn review(&self, who: &Principal, req: &ReviewRequest) -> Result<ReviewAnswer> {
        who.require_coordinator("review volunteer profiles")?;
        let answer = self.write(|tx, _| {
            let stored: Option<(String, bool)> = tx
                .query_row(
                    "SELECT body, deleted FROM records WHERE kind = 'volunteer' AND id = ?1",
                    [req.id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let current: VolunteerDoc = match stored {
                None => return Err(HubError::ProfileNotFound { id: req.id }),
                Some((_, true)) => return Err(HubError::ProfileDeleted { id: req.id }),
                Some((body, false)) => {
                    serde_json::from_str(&body).map_err(|e| corrupt(req.id, e))?
                }
            };
            let now = now_ms();
            let before = load(tx, req.id)?.unwrap_or_else(|| ReviewRow::new(now));
            let mut row = before.clone();
            match req.decision {
                Decision::Approve => {
                    let seen = req.seen.as_deref().ok_or_else(|| HubError::WrongShape {
                        reason: "approving needs `seen`: the profile's review digest as you saw it"
                            .into(),
                    })?;
                    if seen != current.review_digest() {
                        return Err(HubError::ProfileChanged { id: req.id });
                    }
                    if row.status(&current) != ReviewStatus::Approved {
                        row.approved = Some(current.reviewed_part());
                        row.approved_at_ms = Some(now);
                    }
                    row.suspended = false;
                }
                Decision::Suspend => row.suspended = true,
                Decision::Reinstate => row.suspended = false,
            }
            let changed = row != before;
            if changed {
                if row.status(&current) != before.status(&current) {
                    row.since_ms = now;
                }
                save(tx, req.id, &row)?;
                let seq = next_seq(tx)?;
                tx.execute(
                    "UPDATE records SET seq = ?2, version = version + 1
                     WHERE kind = 'volunteer' AND id = ?1 AND lang = ''",
                    (req.id, seq as i64),
                )?;
            }
            Ok(ReviewAnswer {
                id: req.id,
                review: row.review(&current),
                changed,
            })
        })?;
        tracing::info!(decision = ?req.decision, changed = answer.changed, "profile reviewed");
        Ok(answer)
    }

    /// The live profiles, each with its review, oldest waiting first: what a coordinator
    /// goes through.
    pub fn profiles(&self, who: &Principal, req: &ProfilesRequest) -> Result<ProfilesAnswer> {
        who.require_coordinator("review volunteer profiles")?;
        let mut profiles = self.read(|tx| {
            let live: Vec<(Uuid, String)> = tx
                .prepare_cached(
                    "SELECT id, body FROM records WHERE kind = 'volunteer' AND deleted = 0",
                )?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            for (id, body) in live {
                let current: VolunteerDoc =
                    serde_json::from_str(&body).map_err(|e| corrupt(id, e))?;
                let row = load(tx, id)?.unwrap_or_else(|| ReviewRow::new(now_ms()));
                let review = row.review(&current);
                if req.state.is_some_and(|s| s != review.state) {
                    continue;
                }
                let Some(mut profile) = current.to_volunteer() else {
                    continue;
                };
                profile.review = Some(review);
                // The approved version as others see it while not suspended.
                let unsuspended = ReviewRow {
                    suspended: false,
                    ..row.clone()
                };
                let approved = unsuspended
                    .public_version(&current)
                    .and_then(|d| d.to_volunteer());
                out.push(ProfileUnderReview { profile, approved });
            }
            Ok(out)
        })?;
        profiles.sort_by_key(|p| p.profile.review.as_ref().map(|r| r.since));
        Ok(ProfilesAnswer { profiles })
    }
}
