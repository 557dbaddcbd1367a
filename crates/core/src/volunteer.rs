//! Peer volunteers: who speaks what, knows which topic, when they are free, and how to reach
//! them, shown only as far as each volunteer consented for each contact.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::hours::WeeklyHours;
use crate::language::LanguageTag;
use crate::topic::Topic;

/// How well a volunteer speaks a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fluency {
    /// First language.
    Native,
    /// Fluent.
    Fluent,
    /// Can hold a conversation.
    Conversational,
    /// A few words.
    Basic,
}

/// A language a volunteer speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpokenLanguage {
    /// The language.
    pub lang: LanguageTag,
    /// How well.
    pub level: Fluency,
}

/// A way to reach a volunteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// A phone call or text.
    Phone,
    /// WhatsApp.
    Whatsapp,
    /// Signal.
    Signal,
    /// Email.
    Email,
}

/// Who may see a contact detail. Ordered: each audience includes the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Anyone with the app, newcomers included.
    Everyone,
    /// Other volunteers and coordinators.
    Volunteers,
    /// Coordinators only.
    Coordinators,
}

/// One contact detail and who may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The channel.
    pub channel: Channel,
    /// Number, handle or address.
    pub value: String,
    /// Who may see it.
    pub visible_to: Audience,
}

/// A volunteer's full profile, as held by the volunteer and coordinators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volunteer {
    /// Stable id (UUID v7).
    pub id: Uuid,
    /// Stable key in the content pack.
    pub slug: String,
    /// The name the volunteer chose to show.
    pub display_name: String,
    /// Languages spoken.
    pub languages: Vec<SpokenLanguage>,
    /// Topics they know.
    pub topics: Vec<Topic>,
    /// When they are usually free.
    pub availability: WeeklyHours,
    /// Ways to reach them, each with its audience.
    pub contacts: Vec<Contact>,
    /// A sentence or two in their own words, per language.
    pub about: BTreeMap<LanguageTag, String>,
}

impl Volunteer {
    /// The profile as `viewer` may see it: contacts beyond the viewer's audience removed.
    pub fn as_seen_by(&self, viewer: Audience) -> Volunteer {
        Volunteer {
            contacts: self
                .contacts
                .iter()
                .filter(|c| c.visible_to <= viewer)
                .cloned()
                .collect(),
            ..self.clone()
        }
    }

    /// Whether they speak the base language of `lang` (`fa-AF` finds Farsi speakers).
    pub fn speaks(&self, lang: &LanguageTag) -> bool {
        self.languages.iter().any(|l| l.lang.base() == lang.base())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_audience_sees_only_what_was_consented() {
        let contact = |value: &str, visible_to| Contact {
            channel: Channel::Phone,
            value: value.into(),
            visible_to,
        };
        let v = Volunteer {
            id: Uuid::now_v7(),
            slug: "amal".into(),
            display_name: "Amal".into(),
            languages: vec![],
            topics: vec![],
            availability: WeeklyHours::default(),
            contacts: vec![
                contact("public", Audience::Everyone),
                contact("peers", Audience::Volunteers),
                contact("staff", Audience::Coordinators),
            ],
            about: BTreeMap::new(),
        };
        let seen = |a| -> Vec<String> {
            v.as_seen_by(a)
                .contacts
                .into_iter()
                .map(|c| c.value)
                .collect()
        };
        assert_eq!(seen(Audience::Everyone), ["public"]);
        assert_eq!(seen(Audience::Volunteers), ["public", "peers"]);
        assert_eq!(seen(Audience::Coordinators), ["public", "peers", "staff"]);
    }
}
