//! The hub's errors: each with the HTTP status it is answered with and a stable code that
//! devices match on; messages name the input at fault and never echo personal data.

use peerguide_core::sync::doc::InvalidDoc;
use peerguide_core::sync::protocol::Refusal;
use peerguide_core::volunteer::ProfileFault;
use uuid::Uuid;

/// Everything a hub request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// The request did not say which protocol it speaks.
    #[error(
        "the request has no '{}' header; update the app",
        peerguide_core::sync::protocol::PROTOCOL_HEADER
    )]
    ProtocolMissing,
    /// The device speaks a protocol older than this hub still serves.
    #[error(
        "this app speaks sync protocol {device}, but the hub needs at least {min}: update the app"
    )]
    ProtocolTooOld {
        /// The device's version.
        device: String,
        /// The oldest served.
        min: u32,
    },
    /// The device speaks a protocol newer than this hub knows.
    #[error(
        "this app speaks sync protocol {device}, newer than the hub's {current}: the organisation must update its hub"
    )]
    ProtocolTooNew {
        /// The device's version.
        device: u64,
        /// The hub's.
        current: u32,
    },
    /// A protocol header that is not a version number: not a sync client.
    #[error(
        "the '{}' header must be a protocol version number, not '{value}'",
        peerguide_core::sync::protocol::PROTOCOL_HEADER
    )]
    ProtocolInvalid {
        /// The header's value, cut short.
        value: String,
    },
    /// The body did not arrive in time.
    #[error("the request body did not arrive in time")]
    RequestTimeout,
    /// A cursor no hub hands out.
    #[error("cursor {cursor} is out of range: at most {max}, and 0 for a first sync", max = i64::MAX)]
    InvalidCursor {
        /// The cursor sent.
        cursor: u64,
    },
    /// A token lifetime beyond what an invite may give.
    #[error("a token lifetime of {secs} seconds is over the limit of {max} seconds")]
    InvalidLifetime {
        /// The lifetime asked for.
        secs: u64,
        /// The longest allowed.
        max: u64,
    },
    /// The body is not valid JSON (or not validly compressed).
    #[error("the request body cannot be read: {reason}")]
    Malformed {
        /// Why, with line and column.
        reason: String,
    },
    /// Valid JSON of the wrong shape.
    #[error("the request body has the wrong shape: {reason}")]
    WrongShape {
        /// Which field, and what was expected.
        reason: String,
    },
    /// The body is over the limit.
    #[error("the request body is over the limit of {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// An endpoint that needs a token was called without one.
    #[error("this needs a device token: redeem an invite first")]
    TokenRequired,
    /// A token the hub does not know.
    #[error("the device token is not known to this hub")]
    TokenUnknown,
    /// An expired token.
    #[error("the device token expired; ask a coordinator for a new invite")]
    TokenExpired,
    /// A revoked token.
    #[error("the device token was revoked; ask a coordinator for a new invite")]
    TokenRevoked,
    /// The role may not do this.
    #[error("a {role} may not {action}")]
    Forbidden {
        /// The caller's role.
        role: &'static str,
        /// What was tried.
        action: &'static str,
    },
    /// A volunteer pushed a change to someone else's profile.
    #[error("volunteer profile {id} is not yours to change")]
    NotYourProfile {
        /// The profile.
        id: Uuid,
    },
    /// A profile change the core's one check refuses (a bad value, a field or the whole over
    /// its bounds, a name that shows nothing or could disguise the text around it); its code
    /// is the fault's (`invalid-change`, `profile-too-large`, `invalid-display-name`), the same
    /// a device gives for its own save.
    #[error("volunteer profile {}, field '{}': {}", .0.id, .0.field, .0.reason)]
    InvalidProfile(InvalidDoc),
    /// A slug already used by another record.
    #[error("the {kind} slug '{slug}' is already used by another {kind}")]
    SlugTaken {
        /// The kind of record.
        kind: &'static str,
        /// The slug.
        slug: String,
    },
    /// No volunteer profile with this id.
    #[error("no volunteer profile with id {id}")]
    ProfileNotFound {
        /// The id asked for.
        id: Uuid,
    },
    /// The profile was deleted by its volunteer: there is nothing left to review.
    #[error("volunteer profile {id} was deleted; deletion is final")]
    ProfileDeleted {
        /// The profile.
        id: Uuid,
    },
    /// The profile's words or contacts changed after the coordinator looked at them.
    #[error("volunteer profile {id} changed since you looked at it; look again before approving")]
    ProfileChanged {
        /// The profile.
        id: Uuid,
    },
    /// An invite code the hub does not know.
    #[error("unknown invite code; check it was typed as given")]
    InviteUnknown,
    /// An invite code already used.
    #[error("this invite code was already used; invites work once")]
    InviteUsed,
    /// An invite code past its date.
    #[error("this invite code expired; ask a coordinator for a new one")]
    InviteExpired,
    /// No token with this id.
    #[error("no device token with id '{id}'")]
    TokenNotFound {
        /// The id asked for.
        id: String,
    },
    /// The device's cursor is older than the hub's tombstone horizon.
    #[error(
        "cursor {cursor} is older than the hub's history (purged through {purged}): start a fresh sync from cursor 0"
    )]
    CursorTooOld {
        /// The device's cursor.
        cursor: u64,
        /// The last purged sequence number.
        purged: u64,
    },
    /// No such endpoint.
    #[error("no such endpoint: {path}")]
    NotFound {
        /// The path asked for.
        path: String,
    },
    /// The hub's data folder is not usable.
    #[error("hub data folder {path}: {reason}")]
    DataDir {
        /// The folder or file.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// The desk needs a signed-in session, and the request has none.
    #[error("sign in to the desk first")]
    SessionRequired,
    /// The desk session expired, or the device token it stood on was revoked or expired.
    #[error("the desk session expired; sign in again")]
    SessionExpired,
    /// A desk write without the session's CSRF token, or from another site.
    #[error("this change did not come from the desk's own page: {reason}")]
    CsrfRefused {
        /// What was missing or wrong.
        reason: &'static str,
    },
    /// No article or service or revision of that name on the desk.
    #[error("no {kind} '{slug}' on the desk")]
    DeskNotFound {
        /// `article`, `service` or `revision`.
        kind: &'static str,
        /// What was asked for.
        slug: String,
    },
    /// Too many "wrong or unclear" flags lately, on the hub or on one article.
    #[error("too many reports lately; try again in an hour")]
    TooManyFlags,
    /// The database failed.
    #[error("hub database error: {0}")]
    Database(#[from] rusqlite::Error),
}

impl HubError {
    /// The refusal sent to devices, which they match on as the same enum.
    pub fn refusal(&self) -> Refusal {
        match self {
            HubError::ProtocolMissing => Refusal::ProtocolMissing,
            HubError::ProtocolTooOld { .. } => Refusal::ProtocolTooOld,
            HubError::ProtocolTooNew { .. } => Refusal::ProtocolTooNew,
            HubError::ProtocolInvalid { .. } => Refusal::ProtocolInvalid,
            HubError::RequestTimeout => Refusal::RequestTimeout,
            HubError::InvalidCursor { .. } => Refusal::InvalidCursor,
            HubError::InvalidLifetime { .. } => Refusal::InvalidLifetime,
            HubError::Malformed { .. } => Refusal::MalformedRequest,
            HubError::WrongShape { .. } => Refusal::WrongShape,
            HubError::TooLarge { .. } => Refusal::TooLarge,
            HubError::TokenRequired => Refusal::TokenRequired,
            HubError::TokenUnknown => Refusal::TokenUnknown,
            HubError::TokenExpired => Refusal::TokenExpired,
            HubError::TokenRevoked => Refusal::TokenRevoked,
            HubError::Forbidden { .. } => Refusal::Forbidden,
            HubError::NotYourProfile { .. } => Refusal::NotYourProfile,
            HubError::InvalidProfile(e) => match e.fault {
                ProfileFault::WrongValue => Refusal::InvalidChange,
                ProfileFault::TooLarge => Refusal::ProfileTooLarge,
                ProfileFault::BadName => Refusal::InvalidDisplayName,
            },
            HubError::SlugTaken { .. } => Refusal::SlugTaken,
            HubError::ProfileNotFound { .. } => Refusal::ProfileNotFound,
            HubError::ProfileDeleted { .. } => Refusal::ProfileDeleted,
            HubError::ProfileChanged { .. } => Refusal::ProfileChanged,
            HubError::InviteUnknown => Refusal::InviteUnknown,
            HubError::InviteUsed => Refusal::InviteUsed,
            HubError::InviteExpired => Refusal::InviteExpired,
            HubError::TokenNotFound { .. } => Refusal::TokenNotFound,
            HubError::CursorTooOld { .. } => Refusal::CursorTooOld,
            HubError::NotFound { .. } => Refusal::NotFound,
            HubError::SessionRequired => Refusal::DeskSessionRequired,
            HubError::SessionExpired => Refusal::DeskSessionExpired,
            HubError::CsrfRefused { .. } => Refusal::DeskCsrf,
            HubError::DeskNotFound { .. } => Refusal::DeskNotFound,
            HubError::TooManyFlags => Refusal::TooManyFlags,
            HubError::DataDir { .. } => Refusal::DataDir,
            HubError::Database(_) => Refusal::Internal,
        }
    }

    /// The stable code sent to devices ([`HubError::refusal`]'s).
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }

    /// The HTTP status it is answered with.
    pub fn status(&self) -> u16 {
        match self {
            HubError::ProtocolMissing
            | HubError::ProtocolTooNew { .. }
            | HubError::ProtocolInvalid { .. }
            | HubError::InvalidCursor { .. } => 400,
            HubError::RequestTimeout => 408,
            HubError::InvalidLifetime { .. } => 422,
            HubError::ProtocolTooOld { .. } => 426,
            HubError::Malformed { .. } => 400,
            HubError::WrongShape { .. } | HubError::InvalidProfile(_) => 422,
            HubError::TooLarge { .. } => 413,
            HubError::TokenRequired
            | HubError::TokenUnknown
            | HubError::TokenExpired
            | HubError::TokenRevoked
            | HubError::SessionRequired
            | HubError::SessionExpired => 401,
            HubError::Forbidden { .. }
            | HubError::NotYourProfile { .. }
            | HubError::CsrfRefused { .. } => 403,
            HubError::SlugTaken { .. } | HubError::InviteUsed | HubError::ProfileChanged { .. } => {
                409
            }
            HubError::ProfileNotFound { .. }
            | HubError::InviteUnknown
            | HubError::TokenNotFound { .. }
            | HubError::DeskNotFound { .. }
            | HubError::NotFound { .. } => 404,
            HubError::InviteExpired
            | HubError::CursorTooOld { .. }
            | HubError::ProfileDeleted { .. } => 410,
            HubError::TooManyFlags => 429,
            HubError::DataDir { .. } | HubError::Database(_) => 500,
        }
    }
}

impl From<InvalidDoc> for HubError {
    fn from(e: InvalidDoc) -> Self {
        HubError::InvalidProfile(e)
    }
}

/// The hub's result type.
pub type Result<T, E = HubError> = std::result::Result<T, E>;
