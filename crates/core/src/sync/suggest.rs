//! Sending what the device holds for the review queue, at each contact with the hub: the
//! reader's queued flags (deleted once sent) and, on a volunteer's device, their sent
//! suggestions (sending one again is harmless: the hub takes each id once), then the
//! coordinators' decisions about them.
//!
//! Kept beside the engine, not inside it: the shell runs [`exchange`] after a sync, over
//! the same connection, so the engine's push and pull stay as they are.

use serde::Serialize;

use super::SyncError;
use super::device::{self, DeviceRole};
use super::engine::TransportError;
use super::profile;
use super::protocol::{
    FlagAnswer, FlagRequest, MySuggestions, Refusal, SuggestionRequest, SuggestionState,
};
use crate::store::Store;
use crate::suggestion::SuggestionStatus;

/// The three requests of the review queue a device makes.
pub trait SuggestionTransport {
    /// `POST /v1/flags`.
    fn flag(&mut self, req: &FlagRequest) -> Result<FlagAnswer, TransportError>;
    /// `POST /v1/suggestions`.
    fn suggest(&mut self, req: &SuggestionRequest) -> Result<SuggestionState, TransportError>;
    /// `POST /v1/suggestions/mine`.
    fn mine(&mut self) -> Result<MySuggestions, TransportError>;
}

/// What one exchange did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Exchanged {
    /// Flags the hub took (and the device deleted).
    pub flags_sent: usize,
    /// Suggestions the hub received this time.
    pub suggestions_sent: usize,
    /// Suggestions whose state changed here (accepted, declined, or refused back to draft).
    pub decided: usize,
}

/// A refusal that the same request will always get: the item goes back (a suggestion) or
/// is dropped (a flag) instead of being sent at every sync.
fn is_final(code: Refusal) -> bool {
    matches!(
        code,
        Refusal::WrongShape | Refusal::DeskNotFound | Refusal::TooLarge | Refusal::MalformedRequest
    )
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339()
}

/// Sends queued flags and undelivered suggestions, then reads back the decisions. Stops at
/// the first failure that is not about the item itself (unreachable hub, revoked token),
/// which it answers; what was sent before stays sent.
pub fn exchange(
    store: &mut Store,
    transport: &mut dyn SuggestionTransport,
) -> Result<Exchanged, SyncError> {
    let mut done = Exchanged::default();
    for (n, flag) in store.queued_flags()? {
        let req = FlagRequest {
            slug: flag.slug,
            lang: flag.lang,
            sentence: flag.sentence,
        };
        match transport.flag(&req) {
            Ok(_) => done.flags_sent += 1,
            Err(TransportError::Refused { code, .. }) if is_final(code) => {}
            // The hub takes only so many anonymous flags an hour: the rest wait.
            Err(TransportError::Refused {
                code: Refusal::TooManyFlags,
                ..
            }) => break,
            Err(e) => return Err(e.into()),
        }
        store.delete_flag(n)?;
    }

    let link = device::hub_link(store)?;
    if !matches!(&link, Some(l) if l.role == DeviceRole::Volunteer) {
        return Ok(done);
    }
    // Only what still waits for the hub or for a coordinator's decision costs a request: a
    // volunteer whose suggestions are all decided syncs as cheaply as one who never wrote any.
    if !store.suggestions_awaiting_decision()? {
        return Ok(done);
    }
    let undelivered = store.undelivered_suggestions()?;
    let name = match profile::own_profile_id(store) {
        Ok(id) => profile::held_profile(store, id)?.map(|v| v.display_name),
        Err(_) => None,
    };
    for s in undelivered {
        let req = SuggestionRequest {
            id: s.id,
            slug: s.slug.clone(),
            lang: s.lang.clone(),
            title: s.title.clone(),
            summary: s.summary.clone(),
            body: s.body.clone(),
            credit: if s.credit { name.clone() } else { None },
        };
        match transport.suggest(&req) {
            Ok(_) => {
                store.mark_suggestion_delivered(s.id)?;
                done.suggestions_sent += 1;
            }
            Err(TransportError::Refused { code, .. }) if is_final(code) => {
                store.return_suggestion(s.id, code.as_str(), &now())?;
                done.decided += 1;
            }
            Err(e) => return Err(e.into()),
        }
    }
    let mine = transport.mine()?;
    for state in mine.suggestions {
        let (status, reason) = match state.state.as_str() {
            "accepted" => (SuggestionStatus::Accepted, None),
            "declined" => (SuggestionStatus::Declined, state.reason.as_deref()),
            _ => (SuggestionStatus::Sent, None),
        };
        if store.set_suggestion_decision(state.id, status, reason, &now())? {
            done.decided += 1;
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggestion::{Suggestion, SuggestionKind};
    use uuid::Uuid;

    /// Counts the requests made; the hub takes every suggestion and declines each one.
    #[derive(Default)]
    struct Counting {
        suggest: usize,
        mine: usize,
        sent: Vec<Uuid>,
    }

    impl SuggestionTransport for Counting {
        fn flag(&mut self, _: &FlagRequest) -> Result<FlagAnswer, TransportError> {
            unreachable!("no flag is queued")
        }
        fn suggest(&mut self, req: &SuggestionRequest) -> Result<SuggestionState, TransportError> {
            self.suggest += 1;
            self.sent.push(req.id);
            Ok(SuggestionState {
                id: req.id,
                slug: req.slug.clone(),
                lang: req.lang.to_string(),
                state: "open".into(),
                reason: None,
            })
        }
        fn mine(&mut self) -> Result<MySuggestions, TransportError> {
            self.mine += 1;
            let suggestions = self
                .sent
                .iter()
                .map(|id| SuggestionState {
                    id: *id,
                    slug: "library-card".into(),
                    lang: "ar".into(),
                    state: "declined".into(),
                    reason: Some("Already fixed.".into()),
                })
                .collect();
            Ok(MySuggestions { suggestions })
        }
    }

    #[test]
    fn decided_suggestions_cost_no_request_at_later_syncs() {
        let mut store = Store::open_in_memory().unwrap();
        device::set_hub(&mut store, "http://127.0.0.1:9").unwrap();
        device::set_credentials(&mut store, "token", DeviceRole::Volunteer, None).unwrap();
        store
            .save_suggestion(&Suggestion {
                id: Uuid::now_v7(),
                slug: "library-card".into(),
                lang: "ar".parse().unwrap(),
                kind: SuggestionKind::Correction,
                title: "بطاقة المكتبة".into(),
                summary: "مجانية.".into(),
                body: "نص.".into(),
                credit: false,
                status: SuggestionStatus::Sent,
                delivered: false,
                reason: None,
                updated: now(),
            })
            .unwrap();
        let mut hub = Counting::default();

        let first = exchange(&mut store, &mut hub).unwrap();
        assert_eq!((first.suggestions_sent, first.decided), (1, 1));
        assert_eq!((hub.suggest, hub.mine), (1, 1));
        assert_eq!(
            store.suggestions().unwrap()[0].status,
            SuggestionStatus::Declined
        );

        // Everything decided: the next syncs ask the hub nothing more about suggestions.
        exchange(&mut store, &mut hub).unwrap();
        exchange(&mut store, &mut hub).unwrap();
        assert_eq!((hub.suggest, hub.mine), (1, 1));
    }
}
