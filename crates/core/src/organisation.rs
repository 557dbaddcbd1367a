//! The organisation's own contact: who runs this guide and how to reach them (phone, email,
//! website, address, opening hours) and, per language, how to ask for an interpreter. Read
//! from a pack's `organisation.toml`, kept as the `organisation` setting.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::hours::OpeningHours;
use crate::language::{LanguageTag, negotiate};

/// The organisation behind the guide, as the pack describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    /// Its name, as it calls itself.
    pub name: String,
    /// Phone number in international form (`+44 141 …`).
    pub phone: String,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Street address.
    pub address: String,
    /// When someone answers, in Glasgow time.
    #[serde(default)]
    pub hours: OpeningHours,
    /// How to ask for an interpreter, per language; English is always there.
    pub interpreter: BTreeMap<LanguageTag, String>,
}

/// The organisation as a reader sees it: the interpreter text in the best language held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationView {
    /// Name.
    pub name: String,
    /// Phone, international form.
    pub phone: String,
    /// Email.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Address.
    pub address: String,
    /// Opening hours.
    pub hours: OpeningHours,
    /// Whether it is open now (Glasgow time).
    pub open: bool,
    /// How to ask for an interpreter, in `interpreter_lang`.
    pub interpreter: String,
    /// The language of `interpreter`.
    pub interpreter_lang: LanguageTag,
    /// True when `interpreter_lang` is a fallback for the language asked for.
    pub is_fallback: bool,
}

impl Organisation {
    /// The view for a reader of `requested` at Glasgow time `now`.
    pub fn view(&self, requested: &LanguageTag, now: NaiveDateTime) -> OrganisationView {
        let available: Vec<LanguageTag> = self.interpreter.keys().cloned().collect();
        let lang = negotiate(requested, &available)
            .into_iter()
            .next()
            .unwrap_or_else(LanguageTag::source);
        OrganisationView {
            name: self.name.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            website: self.website.clone(),
            address: self.address.clone(),
            hours: self.hours.clone(),
            open: self.hours.is_open_at(now),
            interpreter: self.interpreter.get(&lang).cloned().unwrap_or_default(),
            is_fallback: lang.base() != requested.base(),
            interpreter_lang: lang,
        }
    }
}
