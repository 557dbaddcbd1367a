//! Every error code the core can answer the UI with, listed in `tests/error-codes.json`, which
//! the UI's `test/error-codes.test.ts` reads: each code must have its `error-<code>` message,
//! so no failure a person can meet shows only the generic "something went wrong".
//!
//! Each variant of `Error` and `SyncError` is built here and the `match`es below have no
//! catch-all, so a variant added in Rust does not compile until it is listed; the file is
//! compared with what this test writes (`UPDATE_ERROR_CODES=1` writes it again).

use std::collections::BTreeSet;
use std::path::PathBuf;

use peerguide_core::Error;
use peerguide_core::sync::protocol::Refusal;
use peerguide_core::sync::{AccessProblem, InviteProblem, SyncError};
use uuid::Uuid;

fn errors() -> Vec<Error> {
    let s = || String::from("x");
    let all = vec![
        Error::InvalidLanguageTag { tag: s() },
        Error::UnknownLanguage {
            tag: s(),
            known: s(),
        },
        Error::UnknownTopic {
            topic: s(),
            known: s(),
        },
        Error::ArticleNotFound { slug: s() },
        Error::NoTranslation {
            slug: s(),
            requested: s(),
            available: s(),
        },
        Error::ServiceNotFound { slug: s() },
        Error::InvalidDateTime {
            input: s(),
            reason: s(),
        },
        Error::NoPlan,
        Error::PlanStepNotFound { step: s() },
        Error::InvalidPlanEntry {
            field: s(),
            reason: s(),
        },
        Error::InvalidPack { problems: vec![] },
        Error::Io {
            path: PathBuf::from("x"),
            source: std::io::Error::other("x"),
        },
        Error::Migration(rusqlite_migration::Error::InvalidUserVersion),
        Error::Database(rusqlite::Error::InvalidQuery),
        Error::CorruptRecord {
            what: s(),
            reason: s(),
        },
        Error::Locked,
        Error::WrongPin { attempts_left: 1 },
        Error::PinWiped,
        Error::InvalidPin { reason: s() },
        Error::LockRequired,
        Error::InvalidIdleTime { minutes: 1, max: 1 },
        Error::NoLock,
        Error::KeystoreUnavailable { reason: s() },
        Error::KeystoreMissing,
        Error::InvalidSuggestion {
            field: s(),
            reason: s(),
        },
        Error::SuggestionNotFound { id: s() },
    ];
    for e in &all {
        match e {
            Error::InvalidLanguageTag { .. }
            | Error::UnknownLanguage { .. }
            | Error::UnknownTopic { .. }
            | Error::ArticleNotFound { .. }
            | Error::NoTranslation { .. }
            | Error::ServiceNotFound { .. }
            | Error::InvalidDateTime { .. }
            | Error::NoPlan
            | Error::PlanStepNotFound { .. }
            | Error::InvalidPlanEntry { .. }
            | Error::InvalidPack { .. }
            | Error::Io { .. }
            | Error::Migration(_)
            | Error::Database(_)
            | Error::CorruptRecord { .. }
            | Error::Locked
            | Error::WrongPin { .. }
            | Error::PinWiped
            | Error::InvalidPin { .. }
            | Error::LockRequired
            | Error::InvalidIdleTime { .. }
            | Error::NoLock
            | Error::KeystoreUnavailable { .. }
            | Error::KeystoreMissing
            | Error::InvalidSuggestion { .. }
            | Error::SuggestionNotFound { .. } => {}
        }
    }
    all
}

fn sync_errors() -> Vec<SyncError> {
    let s = || String::from("x");
    let id = Uuid::nil();
    let mut all = vec![
        SyncError::HubUnreachable { reason: s() },
        SyncError::HubRefused {
            code: Refusal::Internal,
            message: s(),
        },
        SyncError::ProtocolMismatch { message: s() },
        SyncError::HubGarbled { reason: s() },
        SyncError::BadSignature {
            kind: "article",
            id,
            lang: s(),
        },
        SyncError::Rollback {
            kind: "article",
            id,
            lang: s(),
            stored: 2,
            offered: 1,
        },
        SyncError::PageTampered { reason: s() },
        SyncError::HubStalled { cursor: 1 },
        SyncError::TimedOut { secs: 1 },
        SyncError::OrgKeyChanged {
            pinned: s(),
            offered: s(),
        },
        SyncError::ProfileDeleted { id },
        SyncError::InvalidChange {
            id,
            field: s(),
            reason: s(),
        },
        SyncError::ProfileTooLarge {
            id,
            field: s(),
            reason: s(),
        },
        SyncError::InvalidDisplayName { id, reason: s() },
        SyncError::InvalidHubAddress {
            address: s(),
            reason: s(),
        },
        SyncError::NoHub,
        SyncError::InviteRefused(InviteProblem::Unknown),
        SyncError::InviteRefused(InviteProblem::Used),
        SyncError::InviteRefused(InviteProblem::Expired),
        SyncError::AccessEnded(AccessProblem::Revoked),
        SyncError::AccessEnded(AccessProblem::Expired),
        SyncError::AccessEnded(AccessProblem::Unknown),
        SyncError::ProfileChanged { message: s() },
        SyncError::NotAVolunteer,
        SyncError::NotACoordinator,
    ];
    all.extend(errors().into_iter().map(SyncError::Store));
    for e in &all {
        match e {
            SyncError::HubUnreachable { .. }
            | SyncError::HubRefused { .. }
            | SyncError::ProtocolMismatch { .. }
            | SyncError::HubGarbled { .. }
            | SyncError::BadSignature { .. }
            | SyncError::Rollback { .. }
            | SyncError::PageTampered { .. }
            | SyncError::HubStalled { .. }
            | SyncError::TimedOut { .. }
            | SyncError::OrgKeyChanged { .. }
            | SyncError::ProfileDeleted { .. }
            | SyncError::InvalidChange { .. }
            | SyncError::ProfileTooLarge { .. }
            | SyncError::InvalidDisplayName { .. }
            | SyncError::InvalidHubAddress { .. }
            | SyncError::NoHub
            | SyncError::InviteRefused(
                InviteProblem::Unknown | InviteProblem::Used | InviteProblem::Expired,
            )
            | SyncError::AccessEnded(
                AccessProblem::Revoked | AccessProblem::Expired | AccessProblem::Unknown,
            )
            | SyncError::ProfileChanged { .. }
            | SyncError::NotAVolunteer
            | SyncError::NotACoordinator
            | SyncError::Store(_) => {}
        }
    }
    all
}

#[test]
fn the_ui_knows_every_error_code() {
    let codes: BTreeSet<&str> = errors()
        .iter()
        .map(Error::code)
        .chain(sync_errors().iter().map(SyncError::code))
        .collect();
    let want = serde_json::to_string_pretty(&codes).unwrap() + "\n";
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/error-codes.json");
    if std::env::var_os("UPDATE_ERROR_CODES").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is not every code the core answers with: run UPDATE_ERROR_CODES=1 cargo test -p peerguide-core --test error_codes, then `cd ui && npx vitest run test/error-codes.test.ts`",
        path.display()
    );
}
