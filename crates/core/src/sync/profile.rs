//! A volunteer's own profile on their device, and a coordinator's review list: the device
//! side of the "Peer volunteers" screens, over the store and the sync engine. Nothing here
//! needs the network: edits are kept as pending changes and reach the hub at the next sync.

use serde_json::Value;
use uuid::Uuid;

use super::SyncError;
use super::device::{self, DeviceRole};
use super::doc::Field;
use super::engine;
use crate::store::Store;
use crate::volunteer::{Audience, Contact, ReviewStatus, Volunteer, VolunteerQuery};

pub use crate::volunteer::profile_slug;

/// The profile this device's volunteer speaks for: its id, or `NotAVolunteer` when the
/// device has not joined as a volunteer.
pub fn own_profile_id(store: &Store) -> Result<Uuid, SyncError> {
    match device::hub_link(store)? {
        Some(link) if link.role == DeviceRole::Volunteer => {
            link.volunteer_id.ok_or(SyncError::NotAVolunteer)
        }
        _ => Err(SyncError::NotAVolunteer),
    }
}

/// The profile with this id as the device holds it, every contact included, whether or not
/// the directory lists it.
pub fn held_profile(store: &Store, id: Uuid) -> Result<Option<Volunteer>, SyncError> {
    // A device holds tens of profiles: filtering the full list keeps the one query that
    // reads contacts by audience the only one.
    Ok(store
        .find_volunteers(
            Audience::Coordinators,
            &VolunteerQuery {
                include_unlisted: true,
                ..VolunteerQuery::default()
            },
        )?
        .into_iter()
        .find(|v| v.id == id))
}

/// The fields of `wanted` whose values differ from `stored` (the profile as the device holds
/// it; `None` before the first save), each with its new value as written to the profile.
///
/// Only these are written: rewriting an untouched field would give it a new stamp, so it
/// would override a coordinator's concurrent edit of that field at the merge, and rewriting
/// words or contacts sends the profile back to review. Before the first save, a field left
/// empty is not written either: an unwritten field reads as empty.
pub fn changed_fields(stored: Option<&Volunteer>, wanted: &Volunteer) -> Vec<(Field, Value)> {
    let empty = Volunteer::empty(wanted.id, wanted.slug.clone());
    let old = stored.unwrap_or(&empty);
    fn json<T: serde::Serialize>(value: &T) -> Value {
        serde_json::to_value(value).expect("profile fields serialise")
    }
    let candidates: [(Field, bool, Value); 7] = [
        (
            Field::DisplayName,
            old.display_name != wanted.display_name,
            json(&wanted.display_name),
        ),
        (
            Field::Languages,
            old.languages != wanted.languages,
            json(&wanted.languages),
        ),
        (
            Field::Topics,
            old.topics != wanted.topics,
            json(&wanted.topics),
        ),
        (
            Field::Availability,
            old.availability != wanted.availability,
            json(&wanted.availability),
        ),
        (
            Field::Contacts,
            old.contacts != wanted.contacts,
            json(&wanted.contacts),
        ),
        (Field::About, old.about != wanted.about, json(&wanted.about)),
        (
            Field::AwayUntil,
            old.away_until != wanted.away_until,
            json(&wanted.away_until),
        ),
    ];
    candidates
        .into_iter()
        .filter(|(_, differs, _)| *differs)
        .map(|(field, _, value)| (field, value))
        .collect()
}

/// Tidies a profile as typed: names, contact values and texts trimmed, texts left blank
/// dropped; refuses a blank name to show or a blank contact, naming the field, and anything
/// over the profile's bounds or a name to show that shows nothing
/// ([`Volunteer::problems`]).
pub fn tidy(mut wanted: Volunteer) -> Result<Volunteer, SyncError> {
    let bad = |field: Field, reason: &str| SyncError::InvalidChange {
        id: wanted.id,
        field: field.as_str().to_owned(),
        reason: reason.to_owned(),
    };
    let name = wanted.display_name.trim().to_owned();
    if name.is_empty() {
        return Err(bad(
            Field::DisplayName,
            "the name to show must not be empty",
        ));
    }
    let contacts: Vec<Contact> = wanted
        .contacts
        .iter()
        .map(|c| Contact {
            value: c.value.trim().to_owned(),
            ..c.clone()
        })
        .collect();
    if contacts.iter().any(|c| c.value.is_empty()) {
        return Err(bad(
            Field::Contacts,
            "a contact must have a number, handle or address",
        ));
    }
    wanted.display_name = name;
    wanted.contacts = contacts;
    wanted.about = std::mem::take(&mut wanted.about)
        .into_iter()
        .map(|(lang, text)| (lang, text.trim().to_owned()))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    // The same bounds the hub applies: a profile it would refuse is not kept as pending.
    if let Some(p) = wanted.problems().into_iter().next() {
        return Err(super::doc::InvalidDoc {
            id: wanted.id,
            field: p.field.to_owned(),
            reason: p.reason,
            fault: p.fault,
        }
        .into());
    }
    Ok(wanted)
}

/// Saves the volunteer's own profile as `wanted` (its id and slug are set here), writing only
/// the fields that changed (see [`changed_fields`]); creates it on the first save. Works
/// offline: the change is sent at the next sync. Answers the profile as now held.
pub fn save_own_profile(store: &mut Store, wanted: Volunteer) -> Result<Volunteer, SyncError> {
    let id = own_profile_id(store)?;
    let stored = held_profile(store, id)?;
    let slug = stored
        .as_ref()
        .map(|v| v.slug.clone())
        .unwrap_or_else(|| profile_slug(id));
    let wanted = tidy(Volunteer {
        id,
        slug: slug.clone(),
        review: None,
        ..wanted
    })?;
    let changes = changed_fields(stored.as_ref(), &wanted);
    if !changes.is_empty() {
        engine::edit_volunteer(store, id, &slug, &changes, 0)?;
    }
    // Only a deleted profile is not held after a save: its deletion is final.
    held_profile(store, id)?.ok_or(SyncError::ProfileDeleted { id })
}

/// Deletes the volunteer's own profile; the deletion reaches the hub and every device at
/// their next syncs. Nothing happens when there is no profile yet.
pub fn delete_own_profile(store: &mut Store) -> Result<(), SyncError> {
    let id = own_profile_id(store)?;
    match engine::delete_volunteer(store, id, 0) {
        // The engine says so only when it holds nothing of the profile: nothing to delete.
        Err(SyncError::ProfileDeleted { .. }) => Ok(()),
        other => other,
    }
}

/// Every profile a coordinator's device holds, listed or not, with every contact: waiting
/// for approval first, then suspended, then approved (each group by name).
pub fn review_list(store: &Store) -> Result<Vec<Volunteer>, SyncError> {
    match device::hub_link(store)? {
        Some(link) if link.role == DeviceRole::Coordinator => {}
        _ => return Err(SyncError::NotACoordinator),
    }
    let mut all = store.find_volunteers(
        Audience::Coordinators,
        &VolunteerQuery {
            include_unlisted: true,
            ..VolunteerQuery::default()
        },
    )?;
    // A profile with no review came from a content pack, which counts as approved.
    all.sort_by_key(|v| match v.review.as_ref().map(|r| r.state) {
        Some(ReviewStatus::Pending) => 0,
        Some(ReviewStatus::Suspended) => 1,
        Some(ReviewStatus::Approved) | None => 2,
    });
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::volunteer::{Channel, Fluency, SpokenLanguage};
    use crate::{LanguageTag, Topic};
    use std::collections::BTreeMap;

    fn amal(id: Uuid) -> Volunteer {
        Volunteer {
            id,
            slug: profile_slug(id),
            display_name: " Amal ".into(),
            languages: vec![SpokenLanguage {
                lang: "ar".parse().unwrap(),
                level: Fluency::Native,
            }],
            topics: vec![Topic::Housing],
            availability: Default::default(),
            contacts: vec![Contact {
                channel: Channel::Phone,
                value: "0141 496 0000 ".into(),
                visible_to: Audience::Volunteers,
            }],
            about: BTreeMap::new(),
            away_until: None,
            review: None,
        }
    }

    fn volunteer_device() -> (Store, Uuid) {
        let mut store = Store::open_in_memory().unwrap();
        device::set_hub(&mut store, "https://hub.example.org").unwrap();
        let id = Uuid::now_v7();
        device::set_credentials(&mut store, "t", DeviceRole::Volunteer, Some(id)).unwrap();
        (store, id)
    }

    /// The stamp of each written field of the profile, as the device holds it.
    fn stamps(store: &Store, id: Uuid) -> BTreeMap<Field, String> {
        let body = store.sync_tables().profile(id).unwrap().unwrap();
        let doc: crate::sync::VolunteerDoc = serde_json::from_str(&body).unwrap();
        doc.fields
            .into_iter()
            .map(|(f, s)| (f, s.at.to_string()))
            .collect()
    }

    fn fields(changes: &[(Field, Value)]) -> Vec<Field> {
        changes.iter().map(|(f, _)| *f).collect()
    }

    #[test]
    fn a_first_save_writes_only_what_was_filled_in() {
        let id = Uuid::now_v7();
        let wanted = tidy(amal(id)).unwrap();
        assert_eq!(
            fields(&changed_fields(None, &wanted)),
            [
                Field::DisplayName,
                Field::Languages,
                Field::Topics,
                Field::Contacts
            ]
        );
    }

    #[test]
    fn only_the_fields_that_differ_are_written() {
        let id = Uuid::now_v7();
        let stored = tidy(amal(id)).unwrap();
        assert!(changed_fields(Some(&stored), &stored).is_empty());
        // Typed again with different spacing: the same profile.
        assert!(changed_fields(Some(&stored), &tidy(amal(id)).unwrap()).is_empty());

        let mut away = stored.clone();
        away.away_until = Some("2026-06-01".parse().unwrap());
        let changes = changed_fields(Some(&stored), &away);
        assert_eq!(changes, [(Field::AwayUntil, Value::from("2026-06-01"))]);
        // Back from a pause: written as null, not left out.
        assert_eq!(
            changed_fields(Some(&away), &stored),
            [(Field::AwayUntil, Value::Null)]
        );
    }

    #[test]
    fn a_save_keeps_the_stamps_of_untouched_fields_and_their_review() {
        let (mut store, id) = volunteer_device();
        let saved = save_own_profile(&mut store, amal(Uuid::nil())).unwrap();
        assert_eq!((saved.id, saved.slug.clone()), (id, profile_slug(id)));
        assert_eq!(saved.display_name, "Amal");
        assert_eq!(saved.contacts[0].value, "0141 496 0000");
        assert!(!saved.slug.contains("amal"));
        let first = stamps(&store, id);

        // The hub approved it (as a pull would record).
        let mut review = saved.review.clone().unwrap();
        review.state = ReviewStatus::Approved;
        review.approved_at = Some(review.since);
        review.changed.clear();
        store
            .sync_tables()
            .set_review(id, Some(&serde_json::to_string(&review).unwrap()))
            .unwrap();

        // Only the pause changes: the words keep their stamps and their approval.
        let mut wanted = saved.clone();
        wanted.away_until = Some("2026-06-01".parse().unwrap());
        let saved = save_own_profile(&mut store, wanted).unwrap();
        let second = stamps(&store, id);
        assert_eq!(second.len(), first.len() + 1);
        for (field, at) in &first {
            assert_eq!(&second[field], at, "{field:?} was rewritten");
        }
        assert_eq!(saved.review.as_ref().unwrap().state, ReviewStatus::Approved);

        // Saving the same again writes nothing.
        save_own_profile(&mut store, saved.clone()).unwrap();
        assert_eq!(stamps(&store, id), second);

        // A changed topic goes back to review, and only that field is restamped.
        let mut wanted = saved;
        wanted.topics.push(Topic::Health);
        let saved = save_own_profile(&mut store, wanted).unwrap();
        let third = stamps(&store, id);
        assert_ne!(third[&Field::Topics], second[&Field::Topics]);
        assert_eq!(third[&Field::DisplayName], second[&Field::DisplayName]);
        let review = saved.review.unwrap();
        assert_eq!(review.state, ReviewStatus::Pending);
        assert_eq!(review.changed, [Field::Topics]);
    }

    #[test]
    fn a_blank_name_or_contact_is_refused_naming_the_field() {
        let (mut store, _) = volunteer_device();
        let mut wanted = amal(Uuid::nil());
        wanted.display_name = "   ".into();
        let err = save_own_profile(&mut store, wanted).unwrap_err();
        assert_eq!(err.code(), "invalid-change");
        assert!(err.to_string().contains("display-name"), "{err}");

        let mut wanted = amal(Uuid::nil());
        wanted.contacts[0].value = " ".into();
        let err = save_own_profile(&mut store, wanted).unwrap_err();
        assert!(err.to_string().contains("contacts"), "{err}");

        let mut wanted = amal(Uuid::nil());
        wanted.about.insert(LanguageTag::source(), "  ".into());
        assert!(
            save_own_profile(&mut store, wanted)
                .unwrap()
                .about
                .is_empty()
        );
    }

    #[test]
    fn only_a_volunteers_device_has_a_profile_and_only_a_coordinators_a_review_list() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(
            own_profile_id(&store).unwrap_err().code(),
            "not-a-volunteer"
        );
        assert_eq!(review_list(&store).unwrap_err().code(), "not-a-coordinator");
        device::set_hub(&mut store, "https://hub.example.org").unwrap();
        device::set_credentials(&mut store, "t", DeviceRole::Coordinator, None).unwrap();
        assert_eq!(
            own_profile_id(&store).unwrap_err().code(),
            "not-a-volunteer"
        );
        assert!(review_list(&store).unwrap().is_empty());
    }

    #[test]
    fn deleting_before_the_first_save_does_nothing() {
        let (mut store, id) = volunteer_device();
        delete_own_profile(&mut store).unwrap();
        save_own_profile(&mut store, amal(Uuid::nil())).unwrap();
        delete_own_profile(&mut store).unwrap();
        assert_eq!(held_profile(&store, id).unwrap(), None);
        let err = save_own_profile(&mut store, amal(Uuid::nil())).unwrap_err();
        assert_eq!(err.code(), "profile-deleted");
    }

    #[test]
    fn a_save_over_the_profile_bounds_is_refused_with_its_code_and_keeps_nothing() {
        let (mut store, id) = volunteer_device();
        let mut long = amal(id);
        long.about = BTreeMap::from([(
            "en".parse::<LanguageTag>().unwrap(),
            "x".repeat(crate::volunteer::limits::ABOUT_CHARS + 1),
        )]);
        let err = save_own_profile(&mut store, long).unwrap_err();
        assert_eq!(err.code(), "profile-too-large", "{err}");
        let mut hidden = amal(id);
        hidden.display_name = "\u{200B}\u{200F}".into();
        let err = save_own_profile(&mut store, hidden).unwrap_err();
        assert_eq!(err.code(), "invalid-display-name", "{err}");
        let mut reversed = amal(id);
        reversed.display_name = "Amal\u{202E}".into();
        assert_eq!(
            save_own_profile(&mut store, reversed).unwrap_err().code(),
            "invalid-display-name"
        );
        assert_eq!(held_profile(&store, id).unwrap(), None);
        // Nothing is waiting to be sent either.
        let pending = store.sync_tables().pending_count(None).unwrap();
        assert_eq!(pending, 0);
    }
}
