//! Sync between a device and its organisation's hub: the protocol's messages, the hybrid
//! logical clock, volunteer profiles merged field by field, and the device's sync engine.
//!
//! Everything here is transport-agnostic: the engine talks to a [`Transport`], which the
//! HTTP client crate implements over the network and tests implement in process.

pub mod device;
pub mod doc;
pub mod engine;
pub mod held;
pub mod hlc;
pub mod plan;
pub mod profile;
pub mod protocol;
pub mod suggest;
pub mod wipe;

pub use doc::{Field, Stamped, VolunteerDoc};
pub use engine::{
    SyncOptions, SyncProgress, SyncReport, SyncStatus, Transport, TransportError, delete_volunteer,
    edit_volunteer, status, sync,
};
pub use hlc::{Hlc, HlcClock};
pub use protocol::{Kind, Page, PullRequest, PushAck, PushRequest, WireRecord};

use uuid::Uuid;

/// Everything a sync can fail with, each with a stable code.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The hub could not be reached (or the connection broke); nothing was changed.
    #[error("cannot reach the hub: {reason}; the local data is unchanged and still usable")]
    HubUnreachable {
        /// What went wrong, naming the hub's address.
        reason: String,
    },
    /// The hub answered with an error.
    #[error("the hub refused the request ({}): {message}", .code.as_str())]
    HubRefused {
        /// The hub's refusal.
        code: protocol::Refusal,
        /// The hub's message.
        message: String,
    },
    /// The hub and this device speak protocol versions that do not overlap.
    #[error("this app and the hub speak different sync protocols: {message}")]
    ProtocolMismatch {
        /// The hub's explanation, saying which side to update.
        message: String,
    },
    /// The hub's answer could not be understood.
    #[error("the hub sent an answer that cannot be read: {reason}")]
    HubGarbled {
        /// Why.
        reason: String,
    },
    /// A published record whose signature is not the organisation's.
    #[error(
        "refused {kind} {id}{}: its signature does not match the organisation's key (forged or altered); nothing from this page was stored",
        lang_suffix(.lang)
    )]
    BadSignature {
        /// The record's kind.
        kind: &'static str,
        /// Its id.
        id: Uuid,
        /// Its language, if a text.
        lang: String,
    },
    /// A correctly signed but older version of a record than the device already has, from
    /// the hub epoch the device holds it from (a hub restored from a backup starts a new
    /// epoch, and its older versions are taken).
    #[error(
        "refused {kind} {id}{}: version {offered} is older than the stored version {stored} from the same hub epoch (a rollback); nothing from this page was stored",
        lang_suffix(.lang)
    )]
    Rollback {
        /// The record's kind.
        kind: &'static str,
        /// Its id.
        id: Uuid,
        /// Its language, if a text.
        lang: String,
        /// The version stored on the device.
        stored: u64,
        /// The version offered.
        offered: u64,
    },
    /// A page that is not what the hub signed for this request: a record dropped, added,
    /// altered or replaced by an older one, or a page answering another request or replayed.
    #[error(
        "refused a page from the hub: {reason}; it was changed on its way (check the network), so nothing of it was stored and the device did not move on"
    )]
    PageTampered {
        /// What did not match.
        reason: String,
    },
    /// The hub keeps saying more follows without moving the device on.
    #[error(
        "the hub says more changes follow after {cursor} but sends none; stopped (the changes received so far are kept)"
    )]
    HubStalled {
        /// The cursor the device stays at.
        cursor: u64,
    },
    /// The sync took longer than it may.
    #[error(
        "the sync did not finish within {secs} seconds and was stopped; what arrived so far is kept, the rest comes at the next sync"
    )]
    TimedOut {
        /// The deadline, in seconds.
        secs: u64,
    },
    /// The hub presents a different organisation key from the one pinned on first contact.
    #[error(
        "the hub's organisation key changed (pinned {pinned}, now {offered}); if the organisation told you its key changed, sync again accepting the new key"
    )]
    OrgKeyChanged {
        /// The pinned key (base64).
        pinned: String,
        /// The key the hub presents now.
        offered: String,
    },
    /// The profile was deleted and cannot be edited.
    #[error("volunteer profile {id} was deleted and cannot be edited")]
    ProfileDeleted {
        /// The profile.
        id: Uuid,
    },
    /// A profile edit with a value of the wrong shape.
    #[error("invalid change to volunteer profile {id}, field '{field}': {reason}")]
    InvalidChange {
        /// The profile.
        id: Uuid,
        /// The field at fault.
        field: String,
        /// What was wrong.
        reason: String,
    },
    /// A profile, or one of its fields, over its bounds (`volunteer::limits`).
    #[error("volunteer profile {id}, field '{field}', is too large: {reason}")]
    ProfileTooLarge {
        /// The profile.
        id: Uuid,
        /// The field at fault, or `profile` for the whole.
        field: String,
        /// How large it is, and the bound.
        reason: String,
    },
    /// A name to show that shows nothing or could disguise the text around it.
    #[error("volunteer profile {id}: the name to show {reason}")]
    InvalidDisplayName {
        /// The profile.
        id: Uuid,
        /// What is wrong with it.
        reason: String,
    },
    /// A hub address that cannot be used.
    #[error("'{address}' cannot be used as the hub's address: {reason}")]
    InvalidHubAddress {
        /// The address as typed.
        address: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A sync asked of a device that is linked to no hub.
    #[error("this device is not linked to a hub yet: enter the hub's address first")]
    NoHub,
    /// The hub refused an invite code.
    #[error("{0}")]
    InviteRefused(InviteProblem),
    /// The hub no longer accepts this device's token: the device must join again.
    #[error("{0}")]
    AccessEnded(AccessProblem),
    /// A coordinator's approval of words and contacts that changed since they looked.
    #[error("the profile changed since you looked at it; look again before approving: {message}")]
    ProfileChanged {
        /// The hub's message, naming the profile.
        message: String,
    },
    /// A volunteer's operation on a device that has not joined as a volunteer.
    #[error("this device has not joined as a volunteer: enter a volunteer invite code first")]
    NotAVolunteer,
    /// A coordinator's operation on a device that has not joined as a coordinator.
    #[error("this device has not joined as a coordinator")]
    NotACoordinator,
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] crate::Error),
}

/// Why the hub refused an invite code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InviteProblem {
    /// No invite has this code (mistyped, or never made).
    #[error("the hub knows no invite with this code; check it was typed as given")]
    Unknown,
    /// The invite was redeemed already: invites work once.
    #[error("this invite code was already used; invites work once")]
    Used,
    /// The invite was not redeemed in time.
    #[error("this invite code expired; ask a coordinator for a new one")]
    Expired,
}

/// Why the hub no longer accepts this device's token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AccessProblem {
    /// A coordinator revoked it.
    #[error("a coordinator revoked this device's access; ask for a new invite")]
    Revoked,
    /// It ran out.
    #[error("this device's access expired; ask a coordinator for a new invite")]
    Expired,
    /// The hub does not know it (e.g. a hub restored from an older backup).
    #[error("the hub does not know this device's access; ask a coordinator for a new invite")]
    Unknown,
}

impl SyncError {
    /// The error for a hub's refusal, keeping the refusals a person can act on (invites,
    /// access, a changed profile) apart from the rest, which stay `hub-refused`.
    fn from_refusal(code: protocol::Refusal, message: String) -> SyncError {
        use protocol::Refusal as R;
        match code {
            R::ProtocolMissing | R::ProtocolTooOld | R::ProtocolTooNew | R::ProtocolInvalid => {
                SyncError::ProtocolMismatch { message }
            }
            R::InviteUnknown => SyncError::InviteRefused(InviteProblem::Unknown),
            R::InviteUsed => SyncError::InviteRefused(InviteProblem::Used),
            R::InviteExpired => SyncError::InviteRefused(InviteProblem::Expired),
            R::TokenRevoked => SyncError::AccessEnded(AccessProblem::Revoked),
            R::TokenExpired => SyncError::AccessEnded(AccessProblem::Expired),
            R::TokenUnknown => SyncError::AccessEnded(AccessProblem::Unknown),
            R::ProfileChanged => SyncError::ProfileChanged { message },
            R::RequestTimeout
            | R::InvalidCursor
            | R::InvalidLifetime
            | R::MalformedRequest
            | R::WrongShape
            | R::TooLarge
            | R::TokenRequired
            | R::Forbidden
            | R::NotYourProfile
            | R::InvalidChange
            | R::ProfileTooLarge
            | R::InvalidDisplayName
            | R::SlugTaken
            | R::ProfileNotFound
            | R::ProfileDeleted
            | R::TokenNotFound
            | R::CursorTooOld
            | R::NotFound
            | R::DeskSessionRequired
            | R::DeskSessionExpired
            | R::DeskCsrf
            | R::DeskNotFound
            | R::TooManyFlags
            | R::DataDir
            | R::Internal
            | R::Unrecognised => SyncError::HubRefused { code, message },
        }
    }
}

impl From<doc::InvalidDoc> for SyncError {
    fn from(e: doc::InvalidDoc) -> Self {
        use crate::volunteer::ProfileFault;
        match e.fault {
            ProfileFault::WrongValue => SyncError::InvalidChange {
                id: e.id,
                field: e.field,
                reason: e.reason,
            },
            ProfileFault::TooLarge => SyncError::ProfileTooLarge {
                id: e.id,
                field: e.field,
                reason: e.reason,
            },
            ProfileFault::BadName => SyncError::InvalidDisplayName {
                id: e.id,
                reason: e.reason,
            },
        }
    }
}

fn lang_suffix(lang: &str) -> String {
    if lang.is_empty() {
        String::new()
    } else {
        format!(" ({lang})")
    }
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Store(crate::Error::Database(e))
    }
}

impl SyncError {
    /// A stable, machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::HubUnreachable { .. } => "hub-unreachable",
            SyncError::HubRefused { .. } => "hub-refused",
            SyncError::ProtocolMismatch { .. } => "protocol-mismatch",
            SyncError::HubGarbled { .. } => "hub-garbled",
            SyncError::BadSignature { .. } => "bad-signature",
            SyncError::Rollback { .. } => "rollback",
            SyncError::PageTampered { .. } => "page-tampered",
            SyncError::HubStalled { .. } => "hub-stalled",
            SyncError::TimedOut { .. } => "sync-timeout",
            SyncError::OrgKeyChanged { .. } => "org-key-changed",
            SyncError::ProfileDeleted { .. } => "profile-deleted",
            SyncError::InvalidChange { .. } => "invalid-change",
            SyncError::ProfileTooLarge { .. } => "profile-too-large",
            SyncError::InvalidDisplayName { .. } => "invalid-display-name",
            SyncError::InvalidHubAddress { .. } => "invalid-hub-address",
            SyncError::NoHub => "no-hub",
            SyncError::InviteRefused(InviteProblem::Unknown) => "invite-unknown",
            SyncError::InviteRefused(InviteProblem::Used) => "invite-used",
            SyncError::InviteRefused(InviteProblem::Expired) => "invite-expired",
            SyncError::AccessEnded(AccessProblem::Revoked) => "token-revoked",
            SyncError::AccessEnded(AccessProblem::Expired) => "token-expired",
            SyncError::AccessEnded(AccessProblem::Unknown) => "token-unknown",
            SyncError::ProfileChanged { .. } => "profile-changed",
            SyncError::NotAVolunteer => "not-a-volunteer",
            SyncError::NotACoordinator => "not-a-coordinator",
            SyncError::Store(e) => e.code(),
        }
    }
}
