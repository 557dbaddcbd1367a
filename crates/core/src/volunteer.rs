//! Peer volunteers: who speaks what, knows which topic, when they are free, and how to reach
//! them, shown only as far as each volunteer consented for each contact.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::hours::WeeklyHours;
use crate::language::LanguageTag;
use crate::sync::doc::Field;
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

/// What to look for in the volunteer directory. Every filter is optional; all given must hold.
#[derive(Debug, Clone, Default)]
pub struct VolunteerQuery {
    /// Speaks this language (its base language: `fa-AF` finds Farsi speakers).
    pub speaks: Option<LanguageTag>,
    /// Knows this topic.
    pub topic: Option<Topic>,
    /// Usually free at this Glasgow wall-clock moment and not away that day.
    pub available_at: Option<NaiveDateTime>,
    /// Also profiles the directory leaves out: awaiting their first approval, or suspended.
    /// For a coordinator's review list and a volunteer's own profile, never for newcomers.
    pub include_unlisted: bool,
}

/// Where a profile stands in the coordinators' review. Decided by the hub alone: a device
/// cannot push it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// New, or its words or contacts changed since the last approval: others still see the
    /// last approved version, or nothing if there is none.
    Pending,
    /// Others see it as it is.
    Approved,
    /// A coordinator took it out of the directory; others' devices drop it until it is
    /// reinstated.
    Suspended,
}

/// A profile's review, as its volunteer and coordinators receive it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Pending, approved or suspended.
    pub state: ReviewStatus,
    /// When the profile entered this state.
    pub since: DateTime<Utc>,
    /// When a coordinator last approved it; `None` if never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_at: Option<DateTime<Utc>>,
    /// The fields needing approval whose values differ from the approved version (all that
    /// are set, if never approved).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<Field>,
    /// Identifies the words and contacts as they are now: a coordinator approving sends it
    /// back as `seen`, and the hub refuses if the profile changed since.
    pub digest: String,
}

impl Review {
    /// Whether others see some approved version of the profile: approved, or changed since
    /// an approval (the approved version stays up while the change waits).
    pub fn is_listed(&self) -> bool {
        match self.state {
            ReviewStatus::Approved => true,
            ReviewStatus::Pending => self.approved_at.is_some(),
            ReviewStatus::Suspended => false,
        }
    }
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
    /// The last day of a pause: away up to and including this date, available again (as
    /// `availability` says) from the day after. Set by the volunteer, it takes effect at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub away_until: Option<NaiveDate>,
    /// The hub's review, on the volunteer's own and coordinators' devices. `None` on other
    /// devices (they only ever receive approved versions) and for profiles imported from a
    /// content pack, which count as approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

impl Volunteer {
    /// A profile with nothing written yet: what every unwritten field reads as.
    pub fn empty(id: Uuid, slug: String) -> Volunteer {
        Volunteer {
            id,
            slug,
            display_name: String::new(),
            languages: Vec::new(),
            topics: Vec::new(),
            availability: WeeklyHours::default(),
            contacts: Vec::new(),
            about: BTreeMap::new(),
            away_until: None,
            review: None,
        }
    }

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

    /// Whether they are usually free at this Glasgow wall-clock moment and not away that
    /// day. Days up to `away_until` count as days off, so an overnight slot that began on the
    /// last day away does not count either.
    pub fn is_available_at(&self, local: NaiveDateTime) -> bool {
        self.availability
            .covers(local, |day| self.away_until.is_some_and(|last| day <= last))
    }

    /// Whether the directory shows them: approved (or imported), or changed since an
    /// approval.
    pub fn is_listed(&self) -> bool {
        self.review.as_ref().is_none_or(Review::is_listed)
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
            away_until: None,
            review: None,
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

    #[test]
    fn available_inside_their_hours_unless_away() {
        let at = |s: &str| crate::hours::parse_local_time(s).unwrap();
        let mut v = Volunteer {
            id: Uuid::now_v7(),
            slug: "amal".into(),
            display_name: "Amal".into(),
            languages: vec![],
            topics: vec![],
            // 2026-11-24 is a Tuesday, 2026-11-28 a Saturday.
            availability: toml::from_str("tue = [\"18:00-20:00\"]\nsat = [\"22:00-02:00\"]")
                .unwrap(),
            contacts: vec![],
            about: BTreeMap::new(),
            away_until: None,
            review: None,
        };
        assert!(v.is_available_at(at("2026-11-24T18:30")));
        assert!(!v.is_available_at(at("2026-11-24T20:00")));
        assert!(v.is_available_at(at("2026-11-29T01:00")));

        // Away through Tuesday the 24th: not that evening, but the next Tuesday again.
        v.away_until = Some("2026-11-24".parse().unwrap());
        assert!(!v.is_available_at(at("2026-11-24T18:30")));
        assert!(v.is_available_at(at("2026-12-01T18:30")));
        // Away through Saturday: the slot that began that night does not count on Sunday.
        v.away_until = Some("2026-11-28".parse().unwrap());
        assert!(!v.is_available_at(at("2026-11-29T01:00")));
    }
}
