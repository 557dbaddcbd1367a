//! The sync protocol's messages, shared by devices and the hub, and the exact bytes an
//! organisation signs for each published record. See `docs/sync-protocol.md`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::doc::VolunteerDoc;
use crate::article::Article;
use crate::language::LanguageTag;
use crate::service::Service;
use crate::setting::Setting;
use crate::volunteer::{Review, ReviewStatus, Volunteer};

/// The protocol this build speaks. Sent in the `Peerguide-Protocol` header of every request.
///
/// Version 2: a pull carries a nonce and every page is signed by the hub ([`page_signing_message`]);
/// a device of this build needs a hub of version 2 or later.
pub const PROTOCOL_VERSION: u32 = 2;
/// The oldest protocol a hub of this build still serves.
pub const MIN_PROTOCOL_VERSION: u32 = 1;
/// The header carrying [`PROTOCOL_VERSION`].
pub const PROTOCOL_HEADER: &str = "peerguide-protocol";
/// The language every device receives whatever it subscribes to: the fallback.
pub const FALLBACK_LANGUAGE: &str = "en";
/// Records per page when the device does not say.
pub const DEFAULT_PAGE_LIMIT: u32 = 500;
/// The most records a hub puts in one page.
pub const MAX_PAGE_LIMIT: u32 = 2_000;

/// What a synced record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// An article's language-independent part (slug, topic, revision, position). Signed.
    Article,
    /// One translation of an article. Signed.
    ArticleText,
    /// A service's language-independent part. Signed.
    Service,
    /// A service's description in one language. Signed.
    ServiceText,
    /// A volunteer profile: per-field last-writer-wins, written by its volunteer.
    Volunteer,
    /// A pack-level setting (the organisation's contact, …): body `{"name", "value"}`, id
    /// [`crate::setting::setting_id`] of the name, no language; sent to every role. Signed.
    Setting,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 6] = [
        Kind::Article,
        Kind::ArticleText,
        Kind::Service,
        Kind::ServiceText,
        Kind::Volunteer,
        Kind::Setting,
    ];

    /// The name on the wire and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::ArticleText => "article-text",
            Kind::Service => "service",
            Kind::ServiceText => "service-text",
            Kind::Volunteer => "volunteer",
            Kind::Setting => "setting",
        }
    }

    /// Parses [`Kind::as_str`].
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Published content is signed by the organisation; volunteer profiles are not (their
    /// author is the volunteer, authenticated by token when pushing).
    pub fn is_signed(self) -> bool {
        !matches!(self, Kind::Volunteer)
    }
}

/// One record in a page: what it is, its version, its content as JSON text, and for
/// published content the organisation's signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireRecord {
    /// What it is.
    pub kind: Kind,
    /// The record's id (the article's or service's id for texts).
    pub id: Uuid,
    /// The language, for texts; empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lang: String,
    /// The hub's version of this record: it only ever grows.
    pub version: u64,
    /// True for a tombstone: the record was deleted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// The content as JSON text, exactly the bytes that were hashed; empty for a tombstone.
    #[serde(default)]
    pub body: String,
    /// Base64 Ed25519 signature over [`signing_message`]; empty for unsigned kinds.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sig: String,
    /// A volunteer profile's review, sent only to its volunteer and to coordinators. It
    /// travels beside the body, not in it, so a device pushing a profile cannot set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// With `deleted`: the profile is withdrawn from this caller for now (suspended), not
    /// deleted. The device drops it but, unlike a deletion, takes it back if it comes again.
    /// A device that does not know this field treats it as a deletion, which is safe: the
    /// hub's later live version replaces a tombstone it sent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub withdrawn: bool,
}

/// A device asks for the changes after its cursor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PullRequest {
    /// The last sequence number the device applied; 0 for a first sync.
    pub cursor: u64,
    /// The languages it wants texts in ([`FALLBACK_LANGUAGE`] is always added).
    pub langs: Vec<LanguageTag>,
    /// At most this many records (capped at [`MAX_PAGE_LIMIT`]).
    #[serde(default)]
    pub limit: Option<u32>,
    /// A value the device chose for this request alone; the hub signs it with the page, so a
    /// page recorded earlier cannot be served again as the answer (protocol 2).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nonce: String,
}

impl PullRequest {
    /// The base languages a hub serves texts in for this request: those asked for, and
    /// [`FALLBACK_LANGUAGE`], sorted, each once.
    pub fn bases(&self) -> Vec<String> {
        let mut bases: Vec<String> = self.langs.iter().map(|l| l.base().to_owned()).collect();
        bases.push(FALLBACK_LANGUAGE.to_owned());
        bases.sort();
        bases.dedup();
        bases
    }
}

/// One page of changes, in sequence order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The hub's epoch: a new one means the device must start again from cursor 0.
    pub epoch: Uuid,
    /// The organisation's public key (base64, 32 bytes).
    pub org_key: String,
    /// The cursor to send next time: the device stores it with the page, in one transaction.
    pub cursor: u64,
    /// True when more changes follow at once.
    pub has_more: bool,
    /// The hub's newest sequence number: how far the cursor will go (for a progress bar).
    #[serde(default)]
    pub head: u64,
    /// The hub's clock, milliseconds since the Unix epoch.
    pub hub_time_ms: u64,
    /// The records, oldest change first.
    pub records: Vec<WireRecord>,
    /// Whom the hub cut the page for: `reader`, `volunteer:<profile id>` or `coordinator`.
    /// A device served as someone else than before starts afresh (what it holds was cut
    /// for another role).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub viewer: String,
    /// Base64 Ed25519 signature by the organisation key over [`page_signing_message`]:
    /// binds the page to the request it answers and to every record in it (protocol 2).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sig: String,
}

/// A device sends its own changes, under an id it chose, so a retry is applied once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    /// The batch id: sending the same id again changes nothing and gets the same answer.
    pub batch_id: Uuid,
    /// The changed volunteer profiles, only the changed fields in each.
    pub docs: Vec<VolunteerDoc>,
}

/// The hub's answer to a push.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushAck {
    /// The batch answered.
    pub batch_id: Uuid,
    /// How many profiles the batch changed on the hub.
    pub changed: u32,
    /// Base64 signature by the organisation key over [`ack_signing_message`] (protocol 2):
    /// a network in the middle cannot drop a push and answer for the hub, leaving the device
    /// sure its edit was sent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sig: String,
}

/// The exact bytes the hub signs for its answer to a push: the batch id (a fresh one per
/// batch, so an answer cannot be made for a batch the hub never saw) and what it changed.
pub fn ack_signing_message(ack: &PushAck) -> Vec<u8> {
    format!("peerguide-push-ack-v2\n{}\n{}\n", ack.batch_id, ack.changed).into_bytes()
}

/// Checks a push answer's signature against the organisation key.
pub fn verify_ack(key: &VerifyingKey, ack: &PushAck) -> bool {
    let Ok(sig) = B64.decode(&ack.sig) else {
        return false;
    };
    let Ok(sig) = Signature::from_slice(&sig) else {
        return false;
    };
    key.verify(&ack_signing_message(ack), &sig).is_ok()
}

/// Why the hub refused a request: the `code` of its error answer. The hub answers with it
/// (`HubError::refusal`) and devices act on it, both matching this one enum, so a code
/// cannot be renamed on one side only. HTTP statuses stay the hub's business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// No protocol header.
    ProtocolMissing,
    /// The device's protocol is older than the hub serves.
    ProtocolTooOld,
    /// The device's protocol is newer than the hub knows.
    ProtocolTooNew,
    /// A protocol header that is not a version number.
    ProtocolInvalid,
    /// The request body did not arrive in time.
    RequestTimeout,
    /// A cursor no hub hands out.
    InvalidCursor,
    /// A token lifetime over the limit.
    InvalidLifetime,
    /// A body that is not JSON (or not validly compressed).
    MalformedRequest,
    /// JSON of the wrong shape.
    WrongShape,
    /// A body over its route's limit.
    TooLarge,
    /// A route that needs a token, called without one.
    TokenRequired,
    /// A token the hub does not know.
    TokenUnknown,
    /// An expired token.
    TokenExpired,
    /// A revoked token.
    TokenRevoked,
    /// The caller's role may not do this.
    Forbidden,
    /// A volunteer's change to someone else's profile.
    NotYourProfile,
    /// A profile change with a value of the wrong shape.
    InvalidChange,
    /// A profile, or a field of it, over its bounds.
    ProfileTooLarge,
    /// A name to show that shows nothing or could disguise the text around it.
    InvalidDisplayName,
    /// A slug another record holds.
    SlugTaken,
    /// No profile with this id.
    ProfileNotFound,
    /// The profile was deleted; deletion is final.
    ProfileDeleted,
    /// The profile changed since the coordinator looked at it.
    ProfileChanged,
    /// No invite has this code.
    InviteUnknown,
    /// The invite was used already.
    InviteUsed,
    /// The invite expired.
    InviteExpired,
    /// No token with this id.
    TokenNotFound,
    /// The device's cursor is older than the hub's history: start afresh.
    CursorTooOld,
    /// No such route.
    NotFound,
    /// The coordinators' desk was called without a session.
    DeskSessionRequired,
    /// The desk session ran out; sign in again.
    DeskSessionExpired,
    /// A desk write without the session's CSRF token or from another origin.
    DeskCsrf,
    /// No such article, revision or suggestion on the desk.
    DeskNotFound,
    /// Too many anonymous flags at once: try later.
    TooManyFlags,
    /// The hub's data folder is not usable.
    DataDir,
    /// The hub failed inside.
    Internal,
    /// A code this build does not know (a newer hub's); the message says which.
    Unrecognised,
}

impl Refusal {
    /// Every refusal.
    pub const ALL: [Refusal; 37] = [
        Refusal::ProtocolMissing,
        Refusal::ProtocolTooOld,
        Refusal::ProtocolTooNew,
        Refusal::ProtocolInvalid,
        Refusal::RequestTimeout,
        Refusal::InvalidCursor,
        Refusal::InvalidLifetime,
        Refusal::MalformedRequest,
        Refusal::WrongShape,
        Refusal::TooLarge,
        Refusal::TokenRequired,
        Refusal::TokenUnknown,
        Refusal::TokenExpired,
        Refusal::TokenRevoked,
        Refusal::Forbidden,
        Refusal::NotYourProfile,
        Refusal::InvalidChange,
        Refusal::ProfileTooLarge,
        Refusal::InvalidDisplayName,
        Refusal::SlugTaken,
        Refusal::ProfileNotFound,
        Refusal::ProfileDeleted,
        Refusal::ProfileChanged,
        Refusal::InviteUnknown,
        Refusal::InviteUsed,
        Refusal::InviteExpired,
        Refusal::TokenNotFound,
        Refusal::CursorTooOld,
        Refusal::NotFound,
        Refusal::DeskSessionRequired,
        Refusal::DeskSessionExpired,
        Refusal::DeskCsrf,
        Refusal::DeskNotFound,
        Refusal::TooManyFlags,
        Refusal::DataDir,
        Refusal::Internal,
        Refusal::Unrecognised,
    ];

    /// The code on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::ProtocolMissing => "protocol-missing",
            Refusal::ProtocolTooOld => "protocol-too-old",
            Refusal::ProtocolTooNew => "protocol-too-new",
            Refusal::ProtocolInvalid => "protocol-invalid",
            Refusal::RequestTimeout => "request-timeout",
            Refusal::InvalidCursor => "invalid-cursor",
            Refusal::InvalidLifetime => "invalid-lifetime",
            Refusal::MalformedRequest => "malformed-request",
            Refusal::WrongShape => "wrong-shape",
            Refusal::TooLarge => "too-large",
            Refusal::TokenRequired => "token-required",
            Refusal::TokenUnknown => "token-unknown",
            Refusal::TokenExpired => "token-expired",
            Refusal::TokenRevoked => "token-revoked",
            Refusal::Forbidden => "forbidden",
            Refusal::NotYourProfile => "not-your-profile",
            Refusal::InvalidChange => "invalid-change",
            Refusal::ProfileTooLarge => "profile-too-large",
            Refusal::InvalidDisplayName => "invalid-display-name",
            Refusal::SlugTaken => "slug-taken",
            Refusal::ProfileNotFound => "profile-not-found",
            Refusal::ProfileDeleted => "profile-deleted",
            Refusal::ProfileChanged => "profile-changed",
            Refusal::InviteUnknown => "invite-unknown",
            Refusal::InviteUsed => "invite-used",
            Refusal::InviteExpired => "invite-expired",
            Refusal::TokenNotFound => "token-not-found",
            Refusal::CursorTooOld => "cursor-too-old",
            Refusal::NotFound => "not-found",
            Refusal::DeskSessionRequired => "desk-session-required",
            Refusal::DeskSessionExpired => "desk-session-expired",
            Refusal::DeskCsrf => "desk-csrf",
            Refusal::DeskNotFound => "desk-not-found",
            Refusal::TooManyFlags => "too-many-flags",
            Refusal::DataDir => "data-dir",
            Refusal::Internal => "internal",
            Refusal::Unrecognised => "unrecognised",
        }
    }

    /// Reads a code off the wire; one this build does not know is `Unrecognised`.
    pub fn parse(code: &str) -> Refusal {
        Refusal::ALL
            .into_iter()
            .find(|r| r.as_str() == code)
            .unwrap_or(Refusal::Unrecognised)
    }

    /// Whether the hub will refuse the same push again, whatever is retried: the batch is
    /// dropped (the next pull restores the hub's version) rather than block the device.
    pub fn is_final_for_push(self) -> bool {
        matches!(
            self,
            Refusal::ProtocolMissing
                | Refusal::ProtocolTooNew
                | Refusal::ProtocolInvalid
                | Refusal::MalformedRequest
                | Refusal::WrongShape
                | Refusal::TooLarge
                | Refusal::Forbidden
                | Refusal::NotYourProfile
                | Refusal::InvalidChange
                | Refusal::ProfileTooLarge
                | Refusal::InvalidDisplayName
                | Refusal::SlugTaken
                | Refusal::ProfileChanged
                | Refusal::InvalidLifetime
                | Refusal::InvalidCursor
                | Refusal::InviteUsed
        )
    }
}

impl Serialize for Refusal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Refusal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Ok(Refusal::parse(&code))
    }
}

/// The body of a hub's error answer: `{"error": {"code", "message"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorEnvelope {
    /// The refusal.
    pub error: RefusalBody,
}

/// A refusal and the hub's message, which names the input at fault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusalBody {
    /// The stable code.
    pub code: Refusal,
    /// The hub's message (English, for logs and terminals).
    pub message: String,
}

/// The exact bytes the organisation signs for a record: a domain tag, then kind, id,
/// language, version and the SHA-256 of the body. The version is in it, so an old signed
/// version replayed later is refused as a rollback; the hash, so any change to the content
/// breaks the signature.
pub fn signing_message(kind: Kind, id: Uuid, lang: &str, version: u64, body: &str) -> Vec<u8> {
    signing_message_for_digest(kind, id, lang, version, &body_digest(body))
}

/// The SHA-256 of a record's body: what its signature covers, and what a device keeps of a
/// text it holds in the app's tables.
pub fn body_digest(body: &str) -> [u8; 32] {
    Sha256::digest(body.as_bytes()).into()
}

/// [`signing_message`] for a body known only by its digest ([`body_digest`]): a device
/// checks a stored signature without keeping a second copy of the text.
pub fn signing_message_for_digest(
    kind: Kind,
    id: Uuid,
    lang: &str,
    version: u64,
    hash: &[u8; 32],
) -> Vec<u8> {
    let mut msg = Vec::with_capacity(128);
    msg.extend_from_slice(b"peerguide-record-v1\n");
    for part in [kind.as_str(), &id.to_string(), lang, &version.to_string()] {
        msg.extend_from_slice(part.as_bytes());
        msg.push(b'\n');
    }
    msg.extend_from_slice(hash);
    msg
}

/// The exact bytes the hub signs for a page: the epoch, whom it was cut for, the request it
/// answers (its cursor, languages and nonce), where it leaves the cursor, and a digest of
/// every record in it, in order. A record dropped, added, replaced by an older signed copy or
/// reordered, a page answering another request or replayed from an earlier one, all change
/// these bytes. 32 bytes per record are hashed, nothing more goes on the wire than the
/// signature and the viewer.
pub fn page_signing_message(req: &PullRequest, page: &Page) -> Vec<u8> {
    let mut msg = Vec::with_capacity(160 + 32 * page.records.len());
    msg.extend_from_slice(b"peerguide-page-v2\n");
    let bases = req.bases().join(",");
    let fields = [
        page.epoch.to_string(),
        page.org_key.clone(),
        page.viewer.clone(),
        bases,
        req.nonce.clone(),
        req.cursor.to_string(),
        page.cursor.to_string(),
        u8::from(page.has_more).to_string(),
        page.head.to_string(),
        page.hub_time_ms.to_string(),
        page.records.len().to_string(),
    ];
    for part in fields {
        msg.extend_from_slice(part.as_bytes());
        msg.push(b'\n');
    }
    for record in &page.records {
        msg.extend_from_slice(&record_digest(record));
    }
    msg
}

/// SHA-256 of everything a device takes from a record: kind, id, language, version, the
/// deletion and withdrawal flags, the body's hash and the review sent beside it.
fn record_digest(record: &WireRecord) -> [u8; 32] {
    let mut h = Sha256::new();
    for part in [
        record.kind.as_str(),
        &record.id.to_string(),
        &record.lang,
        &record.version.to_string(),
        if record.deleted { "1" } else { "0" },
        if record.withdrawn { "1" } else { "0" },
    ] {
        h.update(part.as_bytes());
        h.update(b"\n");
    }
    h.update(Sha256::digest(record.body.as_bytes()));
    if let Some(review) = &record.review {
        h.update(serde_json::to_vec(review).expect("reviews serialise"));
    }
    h.finalize().into()
}

/// Checks a page's signature against the organisation key, for the request it answers.
pub fn verify_page(key: &VerifyingKey, req: &PullRequest, page: &Page) -> bool {
    let Ok(sig) = B64.decode(&page.sig) else {
        return false;
    };
    let Ok(sig) = Signature::from_slice(&sig) else {
        return false;
    };
    key.verify(&page_signing_message(req, page), &sig).is_ok()
}

/// `POST /v1/redeem`: an invite code for a device token.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedeemRequest {
    /// The code as given.
    pub code: String,
}

/// What a coordinator decides about a volunteer profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// Others may see the profile's words and contacts as they are now (and its suspension,
    /// if any, ends).
    Approve,
    /// Withdraw the profile from everyone but its volunteer and coordinators.
    Suspend,
    /// End a suspension: others see the last approved version again; changes made since
    /// still wait for approval.
    Reinstate,
}

/// `POST /v1/volunteers/review`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// The profile.
    pub id: Uuid,
    /// What to do.
    pub decision: Decision,
    /// The profile's review digest as the coordinator saw it ([`Review::digest`]). Required
    /// to approve: the hub refuses (409 `profile-changed`) if the words or contacts changed
    /// since. A suspension or reinstatement shows no new words to anyone, so it does not
    /// need it: a volunteer editing again and again must not be able to dodge a suspension.
    #[serde(default)]
    pub seen: Option<String>,
}

/// Decodes a base64 public key.
pub fn parse_public_key(text: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = B64.decode(text).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// Checks a record's signature against the organisation key.
pub fn verify(key: &VerifyingKey, record: &WireRecord) -> bool {
    let Ok(sig) = B64.decode(&record.sig) else {
        return false;
    };
    let Ok(sig) = Signature::from_slice(&sig) else {
        return false;
    };
    let msg = signing_message(
        record.kind,
        record.id,
        &record.lang,
        record.version,
        &record.body,
    );
    key.verify(&msg, &sig).is_ok()
}

/// Checks the signatures of many records under one key at once (Ed25519 batch
/// verification: about twice as fast as one by one, which dominated a first sync's time).
/// False if any fails; [`verify`] then tells which.
pub fn verify_all(key: &VerifyingKey, records: &[&WireRecord]) -> bool {
    if records.is_empty() {
        return true;
    }
    let mut messages = Vec::with_capacity(records.len());
    let mut sigs = Vec::with_capacity(records.len());
    for record in records {
        let Some(sig) = B64
            .decode(&record.sig)
            .ok()
            .and_then(|s| Signature::from_slice(&s).ok())
        else {
            return false;
        };
        sigs.push(sig);
        messages.push(signing_message(
            record.kind,
            record.id,
            &record.lang,
            record.version,
            &record.body,
        ));
    }
    let messages: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
    let keys = vec![*key; records.len()];
    ed25519_dalek::verify_batch(&messages, &sigs, &keys).is_ok()
}

/// Checks a stored signature (64 bytes) over a record known by its body's digest.
pub fn verify_digest(
    key: &VerifyingKey,
    (kind, id, lang, version): (Kind, Uuid, &str, u64),
    hash: &[u8; 32],
    sig: &[u8],
) -> bool {
    let Ok(sig) = Signature::from_slice(sig) else {
        return false;
    };
    key.verify(
        &signing_message_for_digest(kind, id, lang, version, hash),
        &sig,
    )
    .is_ok()
}

/// The raw bytes of a record's base64 signature, if it is one.
pub fn signature_bytes(sig: &str) -> Option<Vec<u8>> {
    B64.decode(sig).ok().filter(|b| b.len() == 64)
}

/// Base64 text of bytes, as used on the wire for keys and signatures.
pub fn to_base64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

// ---- Requests and answers besides sync (invites, review, publish) ----

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A peer volunteer: edits their own profile, sees volunteer-visible contacts.
    Volunteer,
    /// A coordinator: publishes content, manages invites and tokens, sees everything.
    Coordinator,
}

impl Role {
    /// The role's name on the wire and in the hub's tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Volunteer => "volunteer",
            Role::Coordinator => "coordinator",
        }
    }

    /// Parses [`Role::as_str`].
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "volunteer" => Some(Role::Volunteer),
            "coordinator" => Some(Role::Coordinator),
            _ => None,
        }
    }
}

/// A new invite: the code is shown once and never stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    /// The code to give the person, e.g. `K7QM-3XPA-9RTD`.
    pub code: String,
    /// The role it grants.
    pub role: Role,
    /// For a volunteer: the profile id they will own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteer_id: Option<Uuid>,
    /// Unix seconds after which it can no longer be redeemed.
    pub expires_at: u64,
}

/// What redeeming an invite gives a device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redeemed {
    /// The device token: sent as `Authorization: Bearer …`. Shown once.
    pub token: String,
    /// The token's id, to revoke it by.
    pub token_id: String,
    /// The role.
    pub role: Role,
    /// For a volunteer: their profile id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteer_id: Option<Uuid>,
    /// Unix seconds when the token expires.
    pub expires_at: u64,
}

/// A token as listed for coordinators (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenInfo {
    /// Its id.
    pub id: String,
    /// Its role.
    pub role: Role,
    /// For a volunteer: their profile id.
    pub volunteer_id: Option<Uuid>,
    /// Unix seconds.
    pub created_at: u64,
    /// Unix seconds.
    pub expires_at: u64,
    /// Unix seconds, if revoked.
    pub revoked_at: Option<u64>,
}

/// Content a coordinator publishes: a whole content pack, as JSON.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishRequest {
    /// Articles with all their translations. A nil id means "the one with this slug, or new".
    #[serde(default)]
    pub articles: Vec<Article>,
    /// Services with all their texts. A nil id as for articles.
    #[serde(default)]
    pub services: Vec<Service>,
    /// Pack-level settings (the organisation's contact, …), each replacing the one
    /// published before under its name.
    #[serde(default)]
    pub settings: Vec<Setting>,
    /// Also delete published articles, services and settings that are not in this request.
    #[serde(default)]
    pub prune: bool,
}

impl PublishRequest {
    /// Everything a content pack publishes (its volunteers excepted: profiles reach a hub
    /// through their own devices). A record without an explicit id in the pack goes with a
    /// nil id: the hub finds it by slug or makes it new.
    pub fn from_pack(pack: crate::pack::Pack, prune: bool) -> PublishRequest {
        PublishRequest {
            settings: pack.settings(),
            articles: pack
                .articles
                .into_iter()
                .map(|a| Article {
                    id: a.explicit_id.unwrap_or_default(),
                    ..a.record
                })
                .collect(),
            services: pack
                .services
                .into_iter()
                .map(|s| Service {
                    id: s.explicit_id.unwrap_or_default(),
                    ..s.record
                })
                .collect(),
            prune,
        }
    }
}

/// What a publish changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishReport {
    /// Records signed and added to the change log (new or changed).
    pub signed: usize,
    /// Records already published exactly so.
    pub unchanged: usize,
    /// Records deleted (translations dropped from an article, or pruned).
    pub deleted: usize,
}

/// The answer to a review decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewAnswer {
    /// The profile.
    pub id: Uuid,
    /// Its review after the decision.
    pub review: Review,
    /// False when the decision changed nothing (it was already so): devices are not sent
    /// the profile again.
    pub changed: bool,
}

/// `POST /v1/volunteers/profiles`: the profiles a coordinator reviews.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfilesRequest {
    /// Only profiles in this state; all live profiles if absent.
    #[serde(default)]
    pub state: Option<ReviewStatus>,
}

/// A profile as a coordinator reviews it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileUnderReview {
    /// The profile as it is now, every contact included, with its review.
    pub profile: Volunteer,
    /// The version others see now (last approved words and contacts, current availability),
    /// for comparing; `None` if it was never approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<Volunteer>,
}

/// The answer to `POST /v1/volunteers/profiles`, oldest waiting first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfilesAnswer {
    /// The profiles.
    pub profiles: Vec<ProfileUnderReview>,
}

/// `POST /v1/invites`: a coordinator creates an invite.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    /// The role it grants.
    pub role: Role,
    /// How long the resulting token lasts, in seconds (the hub's default if absent).
    #[serde(default)]
    pub token_ttl_secs: Option<u64>,
}

/// `POST /v1/tokens/revoke`: a coordinator revokes a device token, or every token of the
/// devices speaking for one volunteer profile. Exactly one of the two is given.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevokeRequest {
    /// The token's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_id: Option<String>,
    /// The volunteer profile whose devices lose their access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteer_id: Option<uuid::Uuid>,
}

/// `POST /v1/flags`: a reader says an article is wrong or unclear.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagRequest {
    /// The article.
    pub slug: String,
    /// The language it was read in.
    pub lang: LanguageTag,
    /// At most one sentence saying what is wrong.
    #[serde(default)]
    pub sentence: Option<String>,
}

/// `POST /v1/suggestions`: a volunteer's correction or translation of one language.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestionRequest {
    /// Made on the phone; sending it again changes nothing.
    pub id: Uuid,
    /// The article.
    pub slug: String,
    /// The language of the text.
    pub lang: LanguageTag,
    /// The suggested title.
    pub title: String,
    /// The suggested summary.
    pub summary: String,
    /// The suggested text, Markdown.
    pub body: String,
    /// The name to credit, if the volunteer agreed to be named.
    #[serde(default)]
    pub credit: Option<String>,
}

/// Where a volunteer's suggestion stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestionState {
    /// The id the phone gave it.
    pub id: Uuid,
    /// The article.
    pub slug: String,
    /// The language.
    pub lang: String,
    /// `open`, `accepted` or `declined`.
    pub state: String,
    /// Why it was declined.
    pub reason: Option<String>,
}

/// The hub's answer to a flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagAnswer {
    /// Always `true`: the flag is in the queue.
    pub flagged: bool,
}

/// `POST /v1/suggestions/mine`: a volunteer's suggestions, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySuggestions {
    /// Each with its state.
    pub suggestions: Vec<SuggestionState>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_crosses_the_wire_as_its_code_and_back() {
        let mut seen = std::collections::BTreeSet::new();
        for refusal in Refusal::ALL {
            assert!(seen.insert(refusal.as_str()), "{refusal:?} shares its code");
            let body = ErrorEnvelope {
                error: RefusalBody {
                    code: refusal,
                    message: "m".into(),
                },
            };
            let json = serde_json::to_string(&body).unwrap();
            assert!(json.contains(&format!("\"code\":\"{}\"", refusal.as_str())));
            let back: ErrorEnvelope = serde_json::from_str(&json).unwrap();
            assert_eq!(back.error.code, refusal);
        }
        // A newer hub's code is read, not refused.
        let newer: ErrorEnvelope =
            serde_json::from_str(r#"{"error":{"code":"moon-phase","message":"m"}}"#).unwrap();
        assert_eq!(newer.error.code, Refusal::Unrecognised);
    }
}
