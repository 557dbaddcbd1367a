//! Peer Guide's core: the domain model (articles, services, volunteers, topics, languages),
//! the local SQLite store, offline multilingual search, and content packs.
//!
//! Architecture invariant: this crate knows nothing of Tauri, HTTP or the terminal. Shells
//! call its plain functions with serde types in and out.

#![deny(missing_docs)]

pub mod api;
pub mod article;
pub mod check;
pub mod error;
pub mod hours;
pub mod hsds;
pub mod import;
pub mod keystore;
pub mod language;
pub mod lock;
pub mod organisation;
pub mod pack;
pub mod pack_write;
pub mod phone;
pub mod plan;
pub mod review;
pub mod search;
pub mod service;
pub mod setting;
pub mod store;
pub mod suggestion;
pub mod sync;
pub mod topic;
pub mod volunteer;

pub use error::{Error, Result};
pub use language::LanguageTag;
pub use store::Store;
pub use topic::Topic;
