//! The one error type of the core, with a stable code per variant that shells and the UI
//! translate; messages are for logs and terminals and always name the input at fault.

use std::path::PathBuf;

use std::fmt;
use std::path::Path;

use serde::Serialize;

/// Everything the core can fail with.
///
/// The variants carry the input that caused them, so a message can say exactly what was wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A language tag that is not valid BCP 47.
    #[error("'{tag}' is not a valid language tag (expected a code such as 'ar', 'fa-AF' or 'ckb')")]
    InvalidLanguageTag {
        /// What was given.
        tag: String,
    },
    /// A well-formed tag whose language Peer Guide does not know.
    #[error("unknown language '{tag}': Peer Guide knows {known}")]
    UnknownLanguage {
        /// What was given.
        tag: String,
        /// The known codes, comma-separated, for the message.
        known: String,
    },
    /// A topic slug that is not one of the framework's domains.
    #[error("unknown topic '{topic}': expected one of {known}")]
    UnknownTopic {
        /// What was given.
        topic: String,
        /// The known slugs, comma-separated, for the message.
        known: String,
    },
    /// No article has this slug.
    #[error("no article with slug '{slug}'")]
    ArticleNotFound {
        /// The slug asked for.
        slug: String,
    },
    /// The article exists, but in none of the languages of the requested fallback chain.
    #[error(
        "article '{slug}' has no translation in {requested} or its fallback languages; it exists in: {available}"
    )]
    NoTranslation {
        /// The article's slug.
        slug: String,
        /// The requested language.
        requested: String,
        /// The languages it does exist in, comma-separated.
        available: String,
    },
    /// No service has this slug.
    #[error("no service has the slug '{slug}'")]
    ServiceNotFound {
        /// The slug asked for.
        slug: String,
    },
    /// A date or time that could not be understood.
    #[error("invalid date and time '{input}': {reason}")]
    InvalidDateTime {
        /// What was given.
        input: String,
        /// Why it was refused.
        reason: String,
    },
    /// The content holds no move-on plan.
    #[error("the content holds no move-on plan (a pack's plan.toml)")]
    NoPlan,
    /// The plan has no step with this id.
    #[error("the move-on plan has no step '{step}'")]
    PlanStepNotFound {
        /// The id asked for.
        step: String,
    },
    /// A date or note for the reader's plan that cannot be kept.
    #[error("invalid {field} for the move-on plan: {reason}")]
    InvalidPlanEntry {
        /// The field at fault (`decision`, `support_end`, `note`).
        field: String,
        /// Why it was refused.
        reason: String,
    },
    /// A content pack with one or more problems; nothing was imported.
    #[error("the content pack is invalid ({} problem{}):\n{}", .problems.len(), if .problems.len() == 1 { "" } else { "s" }, PackProblem::list(.problems))]
    InvalidPack {
        /// Every problem found, each naming file, line and field.
        problems: Vec<PackProblem>,
    },
    /// Reading a file or folder failed.
    #[error("cannot read {}: {source}", .path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The database file is not a Peer Guide database, is newer than this program, or is damaged.
    #[error("cannot open the database: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// SQLite failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// A stored value could not be decoded: the database was changed by something else.
    #[error("stored {what} is damaged: {reason}")]
    CorruptRecord {
        /// What was being read.
        what: String,
        /// Why it could not be decoded.
        reason: String,
    },
    /// The device is locked: its data is encrypted and no PIN has been given since it locked.
    #[error("the device is locked; unlock it with its PIN")]
    Locked,
    /// A PIN that does not open the device.
    #[error(
        "wrong PIN; {attempts_left} more wrong PIN(s) in a row and the volunteer data on this device is wiped"
    )]
    WrongPin {
        /// Wrong PINs left before the wipe.
        attempts_left: u32,
    },
    /// The last of the wrong PINs allowed: the volunteer data was wiped.
    #[error(
        "too many wrong PINs in a row: the volunteer data on this device was wiped; public guidance stays"
    )]
    PinWiped,
    /// A PIN that may not be set.
    #[error("invalid PIN: {reason}")]
    InvalidPin {
        /// Why it was refused.
        reason: String,
    },
    /// A volunteer's or coordinator's device must stay locked.
    #[error("a volunteer's or coordinator's device cannot turn its lock off")]
    LockRequired,
    /// An idle time outside what may be chosen.
    #[error("an idle time of {minutes} minutes is not between 1 and {max}")]
    InvalidIdleTime {
        /// What was asked for.
        minutes: u32,
        /// The longest allowed.
        max: u32,
    },
    /// The device has no lock to change or remove.
    #[error("this device has no PIN set")]
    NoLock,
    /// A suggestion or flag that cannot be kept as written.
    #[error("suggestion field '{field}': {reason}")]
    InvalidSuggestion {
        /// The field at fault.
        field: String,
        /// What is wrong with it.
        reason: String,
    },
    /// No suggestion with this id that may still be changed (a draft) is on the device.
    #[error("no draft suggestion '{id}' on this device")]
    SuggestionNotFound {
        /// The id asked for.
        id: String,
    },
    /// The device's key needs the operating system's keystore, which cannot be reached now
    /// (locked, not running, or not offered to this program).
    #[error("the system keystore holding part of this device's key cannot be reached: {reason}")]
    KeystoreUnavailable {
        /// What the keystore answered.
        reason: String,
    },
    /// The keystore answers but no longer holds this device's secret: the data cannot be
    /// opened again; the way back is to remove it (`Vault::start_over`) and join again.
    #[error(
        "the system keystore no longer holds this device's secret: its data cannot be opened; remove it and join again"
    )]
    KeystoreMissing,
}

impl Error {
    /// A stable, machine-readable code: the UI translates these, and they never change meaning.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidLanguageTag { .. } => "invalid-language-tag",
            Error::UnknownLanguage { .. } => "unknown-language",
            Error::UnknownTopic { .. } => "unknown-topic",
            Error::ArticleNotFound { .. } => "article-not-found",
            Error::NoTranslation { .. } => "no-translation",
            Error::ServiceNotFound { .. } => "service-not-found",
            Error::InvalidDateTime { .. } => "invalid-date-time",
            Error::NoPlan => "plan-not-found",
            Error::PlanStepNotFound { .. } => "plan-step-not-found",
            Error::InvalidPlanEntry { .. } => "invalid-plan-entry",
            Error::InvalidPack { .. } => "invalid-pack",
            Error::Io { .. } => "io",
            Error::Migration(_) => "database-version",
            Error::Database(_) => "database",
            Error::CorruptRecord { .. } => "corrupt-record",
            Error::Locked => "locked",
            Error::WrongPin { .. } => "wrong-pin",
            Error::PinWiped => "pin-wiped",
            Error::InvalidPin { .. } => "invalid-pin",
            Error::LockRequired => "lock-required",
            Error::InvalidIdleTime { .. } => "invalid-idle-time",
            Error::NoLock => "no-lock",
            Error::InvalidSuggestion { .. } => "invalid-suggestion",
            Error::SuggestionNotFound { .. } => "suggestion-not-found",
            Error::KeystoreUnavailable { .. } => "keystore-unavailable",
            Error::KeystoreMissing => "keystore-missing",
        }
    }

    pub(crate) fn corrupt(what: impl Into<String>, reason: impl ToString) -> Self {
        Error::CorruptRecord {
            what: what.into(),
            reason: reason.to_string(),
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One thing wrong with a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackProblem {
    /// The file, relative to the pack's folder.
    pub file: PathBuf,
    /// The 1-based line, when the problem is on one.
    pub line: Option<usize>,
    /// The field at fault, when there is one.
    pub field: Option<String>,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl PackProblem {
    pub(crate) fn new(
        file: &Path,
        line: Option<usize>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        PackProblem {
            file: file.to_owned(),
            line,
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }

    pub(crate) fn list(problems: &[PackProblem]) -> String {
        problems
            .iter()
            .map(|p| format!("  {p}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl fmt::Display for PackProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field '{field}'")?;
        }
        write!(f, ": {}", self.message)
    }
}
