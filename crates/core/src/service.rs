//! Services: organisations, what they help with, where and when, in which languages.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::hours::OpeningHours;
use crate::language::LanguageTag;
use crate::topic::Topic;

/// What using a service costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cost {
    /// Free of charge.
    Free,
    /// A small charge, often with concessions.
    LowCost,
    /// Full price.
    Paid,
}

/// How to get seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Access {
    /// Turn up during opening hours.
    WalkIn,
    /// Book first.
    Appointment,
    /// Either.
    WalkInOrAppointment,
}

/// The translatable text of a service in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceText {
    /// What it does, in a sentence or three.
    pub description: String,
    /// Step-free access, hearing loops, and the like.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility: Option<String>,
}

/// An organisation or service, with its text in every language it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    /// Stable id (UUID v7).
    pub id: Uuid,
    /// Stable key in the content pack.
    pub slug: String,
    /// The organisation's name, as it calls itself.
    pub name: String,
    /// What it helps with.
    pub topics: Vec<Topic>,
    /// Neighbourhood, e.g. Govan.
    pub area: String,
    /// Street address.
    pub address: String,
    /// Phone number as dialled in the UK.
    pub phone: Option<String>,
    /// Website.
    pub web: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Languages its staff speak.
    pub languages: Vec<LanguageTag>,
    /// What it costs.
    pub cost: Cost,
    /// Walk in or book.
    pub access: Access,
    /// When it is open.
    pub hours: OpeningHours,
    /// The day someone last checked these details with the service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<NaiveDate>,
    /// Demo data, not a real service: the app labels it so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// Description and accessibility per language; English is always there.
    pub texts: BTreeMap<LanguageTag, ServiceText>,
}

/// What to look for in the directory. Every filter is optional; all given must hold.
#[derive(Debug, Clone, Default)]
pub struct ServiceQuery {
    /// Helps with this topic.
    pub topic: Option<Topic>,
    /// Staff speak this language (its base language: `fa-AF` finds Farsi speakers).
    pub speaks: Option<LanguageTag>,
    /// Open at this Glasgow wall-clock moment.
    pub open_at: Option<NaiveDateTime>,
    /// Free text matched against name, area, address and descriptions in every language.
    pub text: Option<String>,
}

/// A service as a reader sees it: text in the best language available.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceView {
    /// The fields that do not depend on language.
    #[serde(flatten)]
    pub listing: ServiceListing,
    /// The language `description` and `accessibility` are in.
    pub text_lang: LanguageTag,
    /// True when `text_lang` is a fallback for the language asked for.
    pub is_fallback: bool,
    /// Description in `text_lang`.
    pub description: String,
    /// Accessibility notes in `text_lang`.
    pub accessibility: Option<String>,
    /// Whether it is open at the moment the query asked about (or now).
    pub open: bool,
}

/// The language-independent fields of a service, as shown in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceListing {
    /// Stable id.
    pub id: Uuid,
    /// Stable key.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Topics.
    pub topics: Vec<Topic>,
    /// Area.
    pub area: String,
    /// Address.
    pub address: String,
    /// Phone.
    pub phone: Option<String>,
    /// Website.
    pub web: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Languages spoken.
    pub languages: Vec<LanguageTag>,
    /// Cost.
    pub cost: Cost,
    /// Access.
    pub access: Access,
    /// Opening hours.
    pub hours: OpeningHours,
    /// The day these details were last checked, if anyone recorded it.
    pub reviewed_on: Option<NaiveDate>,
    /// Demo data, not a real service.
    pub sample: bool,
}
