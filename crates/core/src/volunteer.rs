//! Peer volunteers: who speaks what, knows which topic, when they are free, and how to reach
//! them, shown only as far as each volunteer consented for each contact.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::hours::WeeklyHours;
use crate::language::LanguageTag;
use crate::topic::Topic;

pub mod rules;

/// The fields of a profile that are written and merged separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// The name to show.
    DisplayName,
    /// Languages spoken, with fluency.
    Languages,
    /// Topics known.
    Topics,
    /// Weekly availability.
    Availability,
    /// Contact channels, each with who may see it.
    Contacts,
    /// A sentence or two per language.
    About,
    /// The last day of a pause (`"2026-06-01"`), or `null` when not away.
    AwayUntil,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 7] = [
        Field::DisplayName,
        Field::Languages,
        Field::Topics,
        Field::Availability,
        Field::Contacts,
        Field::About,
        Field::AwayUntil,
    ];

    /// The name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::DisplayName => "display-name",
            Field::Languages => "languages",
            Field::Topics => "topics",
            Field::Availability => "availability",
            Field::Contacts => "contacts",
            Field::About => "about",
            Field::AwayUntil => "away-until",
        }
    }

    /// Parses [`Field::as_str`].
    pub fn parse(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// Whether a change to this field waits for a coordinator's approval before others see
    /// it. Words and contact details do: they are what a newcomer reads and acts on.
    /// Availability and a pause do not: a volunteer who cannot come must be able to say so
    /// at once, and neither can carry anything harmful.
    pub fn needs_review(self) -> bool {
        !matches!(self, Field::Availability | Field::AwayUntil)
    }
}

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
                .filter(|c| viewer.sees(c.visible_to))
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

/// The slug of a profile created on a volunteer's device: it must say nothing about the
/// person (slugs travel in logs and links), so it is made from the id alone. The last 12 hex
/// digits are the random part of a UUID v7; its first ones are the time the invite was made.
pub fn profile_slug(id: Uuid) -> String {
    let hex = id.simple().to_string();
    format!("volunteer-{}", &hex[hex.len() - 12..])
}

/// The bounds of a volunteer profile. A profile travels to every device of the organisation
/// and is shown on phones: a few sentences and a handful of contacts are what a card holds,
/// and anything much larger is a mistake or an attack on the others' storage.
pub mod limits {
    /// Characters in the name to show.
    pub const NAME_CHARS: usize = 100;
    /// Characters in a slug (of a profile, and of an article or service in a pack).
    pub const SLUG_CHARS: usize = 100;
    /// Languages spoken.
    pub const LANGUAGES: usize = 20;
    /// Topics known (there are fewer topics than this; repeats count).
    pub const TOPICS: usize = 20;
    /// Contact details.
    pub const CONTACTS: usize = 20;
    /// Characters in one contact's number, handle or address.
    pub const CONTACT_CHARS: usize = 200;
    /// Languages the "about" text is written in.
    pub const ABOUT_LANGUAGES: usize = 12;
    /// Characters of the "about" text in one language.
    pub const ABOUT_CHARS: usize = 1_500;
    /// Time ranges on one day of the weekly availability.
    pub const RANGES_PER_DAY: usize = 8;
    /// Bytes of the whole profile as JSON (names, languages, topics, availability, contacts,
    /// about, pause).
    pub const PROFILE_BYTES: usize = 64 * 1024;
}

/// What kind of fault a [`ProfileProblem`] is; each has its own stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileFault {
    /// A value of the wrong type or form.
    WrongValue,
    /// A field, or the whole profile, over its bound ([`limits`]).
    TooLarge,
    /// A name to show that shows nothing, or can disguise the text around it.
    BadName,
}

impl ProfileFault {
    /// The stable code, the same on the hub and the device.
    pub fn code(self) -> &'static str {
        match self {
            ProfileFault::WrongValue => "invalid-change",
            ProfileFault::TooLarge => "profile-too-large",
            ProfileFault::BadName => "invalid-display-name",
        }
    }
}

/// Why a profile (or one field of it) cannot be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileProblem {
    /// The field at fault, as written on the wire (`display-name`), or `profile` for the
    /// whole.
    pub field: &'static str,
    /// The kind of fault.
    pub fault: ProfileFault,
    /// What is wrong, with the bound.
    pub reason: String,
}

/// Characters that show nothing by themselves: spaces, zero-width characters, direction
/// marks, joiners, fillers, variation selectors and tags. A name made only of these looks
/// empty on a card.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
            | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}'
            | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Bidirectional embeddings, overrides and isolates: inside a name they can make the text
/// after it read backwards (a phone number shown reversed, a name impersonating another).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Why `text` cannot be shown as a single line a person typed, if it cannot.
fn line_problem(text: &str) -> Option<&'static str> {
    if text.chars().any(char::is_control) {
        Some("must not contain control characters (line breaks, tabs and the like)")
    } else if text.chars().any(is_bidi_control) {
        Some(
            "must not contain bidirectional overrides or isolates (U+202A to U+202E, U+2066 to U+2069)",
        )
    } else {
        None
    }
}

impl Volunteer {
    /// Checks one field against its bounds ([`limits`]); a name to show must also have a
    /// visible character and no control characters or bidirectional overrides, and each
    /// contact the form of its channel ([`rules::check_contact`]).
    pub fn check_field(&self, field: Field) -> Result<(), ProfileProblem> {
        let problem = |fault, reason: String| ProfileProblem {
            field: field.as_str(),
            fault,
            reason,
        };
        let too_large = |what: &str, n: usize, max: usize| {
            if n > max {
                Err(problem(
                    ProfileFault::TooLarge,
                    format!("{n} {what}; at most {max}"),
                ))
            } else {
                Ok(())
            }
        };
        match field {
            Field::DisplayName => {
                let name = &self.display_name;
                if let Some(reason) = line_problem(name) {
                    return Err(problem(ProfileFault::BadName, reason.into()));
                }
                if name.chars().all(is_invisible) {
                    return Err(problem(
                        ProfileFault::BadName,
                        "must have a visible character".into(),
                    ));
                }
                too_large("characters", name.chars().count(), limits::NAME_CHARS)
            }
            Field::Languages => too_large("languages", self.languages.len(), limits::LANGUAGES),
            Field::Topics => too_large("topics", self.topics.len(), limits::TOPICS),
            Field::Availability => {
                let h = &self.availability;
                let busiest = [&h.mon, &h.tue, &h.wed, &h.thu, &h.fri, &h.sat, &h.sun]
                    .iter()
                    .map(|day| day.len())
                    .max()
                    .unwrap_or(0);
                too_large("time ranges on one day", busiest, limits::RANGES_PER_DAY)
            }
            Field::Contacts => {
                too_large("contacts", self.contacts.len(), limits::CONTACTS)?;
                self.contacts.iter().try_for_each(rules::check_contact)
            }
            Field::About => {
                too_large(
                    "languages of the about text",
                    self.about.len(),
                    limits::ABOUT_LANGUAGES,
                )?;
                for text in self.about.values() {
                    too_large(
                        "characters of about text in one language",
                        text.chars().count(),
                        limits::ABOUT_CHARS,
                    )?;
                }
                Ok(())
            }
            Field::AwayUntil => Ok(()),
        }
    }

    /// Checks the whole profile's size ([`limits::PROFILE_BYTES`]).
    pub fn check_size(&self) -> Result<(), ProfileProblem> {
        let bytes = serde_json::to_vec(&(
            &self.display_name,
            &self.languages,
            &self.topics,
            &self.availability,
            &self.contacts,
            &self.about,
            &self.away_until,
        ))
        .map_or(usize::MAX, |json| json.len());
        if bytes > limits::PROFILE_BYTES {
            return Err(ProfileProblem {
                field: "profile",
                fault: ProfileFault::TooLarge,
                reason: format!("{bytes} bytes in all; at most {}", limits::PROFILE_BYTES),
            });
        }
        Ok(())
    }

    /// Every field and the whole profile against their bounds: one problem per field at
    /// most, then the size.
    pub fn problems(&self) -> Vec<ProfileProblem> {
        Field::ALL
            .into_iter()
            .filter_map(|f| self.check_field(f).err())
            .chain(self.check_size().err())
            .collect()
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

    #[test]
    fn a_name_to_show_must_show_something_and_cannot_turn_text_around() {
        let named = |name: &str| Volunteer {
            display_name: name.into(),
            ..Volunteer::empty(Uuid::now_v7(), "v".into())
        };
        for bad in [
            "",
            " \u{200B}\u{200D}\u{FEFF}",
            "\u{200F}\u{061C}\u{2060}",
            "\u{3164}",
            "Amal\u{202E}",
            "\u{2066}Amal",
            "Am\tal",
            "Amal\u{0}",
        ] {
            let problem = named(bad).check_field(Field::DisplayName).unwrap_err();
            assert_eq!(problem.fault, ProfileFault::BadName, "{bad:?}");
            assert_eq!(problem.fault.code(), "invalid-display-name");
        }
        for good in ["Amal", "مهر\u{200C}ناز", "\u{200F}أمل", "Ньютон", "ሰላም"]
        {
            named(good).check_field(Field::DisplayName).unwrap();
        }
        let long = named(&"a".repeat(limits::NAME_CHARS + 1));
        assert_eq!(
            long.check_field(Field::DisplayName).unwrap_err().fault,
            ProfileFault::TooLarge
        );
    }

    #[test]
    fn every_field_and_the_whole_profile_are_bounded() {
        let base = Volunteer::empty(Uuid::now_v7(), "v".into());
        let contact = |value: String| Contact {
            channel: Channel::Signal,
            value,
            visible_to: Audience::Everyone,
        };
        let lang: LanguageTag = "ar".parse().unwrap();
        let over = [
            (
                Field::Topics,
                Volunteer {
                    topics: vec![Topic::Housing; limits::TOPICS + 1],
                    ..base.clone()
                },
            ),
            (
                Field::Contacts,
                Volunteer {
                    contacts: vec![contact("0141".into()); limits::CONTACTS + 1],
                    ..base.clone()
                },
            ),
            (
                Field::Contacts,
                Volunteer {
                    contacts: vec![contact("7".repeat(limits::CONTACT_CHARS + 1))],
                    ..base.clone()
                },
            ),
            (
                Field::About,
                Volunteer {
                    about: BTreeMap::from([(lang.clone(), "x".repeat(limits::ABOUT_CHARS + 1))]),
                    ..base.clone()
                },
            ),
        ];
        for (field, v) in over {
            let problem = v.check_field(field).unwrap_err();
            assert_eq!(problem.field, field.as_str());
            assert_eq!(problem.fault.code(), "profile-too-large");
        }
        // Each field within its bounds, but together over the whole profile's: ten about
        // texts and twenty contacts, all in four-byte letters.
        let tags = ["ar", "fa", "ckb", "ti", "uk", "fr", "es", "so", "ps", "en"];
        let wordy = Volunteer {
            display_name: "Amal".into(),
            about: tags
                .iter()
                .map(|t| (t.parse().unwrap(), "𝔸".repeat(limits::ABOUT_CHARS)))
                .collect(),
            contacts: vec![contact("𝔸".repeat(limits::CONTACT_CHARS)); limits::CONTACTS],
            ..base.clone()
        };
        for field in Field::ALL {
            wordy.check_field(field).unwrap();
        }
        let problem = wordy.check_size().unwrap_err();
        assert_eq!(
            (problem.field, problem.fault),
            ("profile", ProfileFault::TooLarge)
        );
        assert_eq!(wordy.problems().len(), 1);
        assert!(base.check_size().is_ok());
    }
}
