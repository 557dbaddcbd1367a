//! A volunteer profile as sync sees it: each field with the clock stamp of its last write,
//! merged field by field (last writer wins), with deletion as an absorbing tombstone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use super::hlc::Hlc;
pub use crate::volunteer::Field;
use crate::volunteer::{Audience, Contact, ProfileFault, ProfileProblem, Volunteer};

/// A field's value and the stamp of the write that set it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stamped {
    /// When (and by which device) it was written.
    pub at: Hlc,
    /// The value, as JSON of the field's type.
    pub value: Value,
}

/// A volunteer profile with a stamp per field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VolunteerDoc {
    /// The profile's id.
    pub id: Uuid,
    /// Its stable key; set when the profile is created and never changed.
    pub slug: String,
    /// The fields written so far.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<Field, Stamped>,
    /// Set when the profile was deleted; a deleted profile stays deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Hlc>,
}

/// Why a profile change was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDoc {
    /// The profile.
    pub id: Uuid,
    /// The field at fault (`slug` for the slug).
    pub field: String,
    /// What was wrong.
    pub reason: String,
    /// The kind of fault, which gives the code.
    pub fault: ProfileFault,
}

impl VolunteerDoc {
    /// An empty profile.
    pub fn new(id: Uuid, slug: impl Into<String>) -> VolunteerDoc {
        VolunteerDoc {
            id,
            slug: slug.into(),
            fields: BTreeMap::new(),
            deleted: None,
        }
    }

    /// Checks that the slug is usable, every field holds a value of its type within its
    /// bounds, and the whole is within [`crate::volunteer::limits::PROFILE_BYTES`].
    pub fn validate(&self) -> Result<(), InvalidDoc> {
        let bad = |field: &str, reason: String| InvalidDoc {
            id: self.id,
            field: field.to_owned(),
            reason,
            fault: ProfileFault::WrongValue,
        };
        let over = |p: ProfileProblem| InvalidDoc {
            id: self.id,
            field: p.field.to_owned(),
            reason: p.reason,
            fault: p.fault,
        };
        crate::volunteer::rules::check_slug(&self.slug).map_err(over)?;
        let mut probe = Volunteer::empty(self.id, self.slug.clone());
        for (field, stamped) in &self.fields {
            set_field(&mut probe, *field, &stamped.value)
                .map_err(|reason| bad(field.as_str(), reason))?;
            // Bounds are checked only for the fields written: a change may carry one field.
            probe.check_field(*field).map_err(over)?;
        }
        probe.check_size().map_err(over)
    }

    /// Merges another replica's view of the same profile: for each field the later stamp
    /// wins; a deletion wins over everything and clears the fields. Commutative, associative
    /// and idempotent, so replicas agree whatever order they merge in.
    pub fn merge(&self, other: &VolunteerDoc) -> VolunteerDoc {
        let deleted = self.deleted.max(other.deleted);
        let mut fields = BTreeMap::new();
        if deleted.is_none() {
            fields = self.fields.clone();
            for (field, theirs) in &other.fields {
                let keep_ours = fields
                    .get(field)
                    .is_some_and(|ours: &Stamped| later(ours, theirs));
                if !keep_ours {
                    fields.insert(*field, theirs.clone());
                }
            }
        }
        VolunteerDoc {
            id: self.id,
            // Slugs never change; the smaller one is kept only to stay deterministic should
            // two replicas ever disagree.
            slug: self.slug.clone().min(other.slug.clone()),
            fields,
            deleted,
        }
    }

    /// Only the fields that need a coordinator's approval (see [`Field::needs_review`]).
    pub fn reviewed_part(&self) -> VolunteerDoc {
        VolunteerDoc {
            fields: self
                .fields
                .iter()
                .filter(|(f, _)| f.needs_review())
                .map(|(f, v)| (*f, v.clone()))
                .collect(),
            ..self.clone()
        }
    }

    /// SHA-256 (hex) of the values of the fields needing approval: what a coordinator saw.
    /// Stamps are left out, so writing the same words again does not call for a new review.
    pub fn review_digest(&self) -> String {
        use sha2::{Digest, Sha256};
        let values: BTreeMap<Field, &Value> = self
            .fields
            .iter()
            .filter(|(f, _)| f.needs_review())
            .map(|(f, s)| (*f, &s.value))
            .collect();
        let json = serde_json::to_vec(&values).expect("values serialise");
        Sha256::digest(&json)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The fields needing approval whose values differ from `approved` (every such field
    /// that is set, when nothing was approved yet).
    pub fn changed_since(&self, approved: Option<&VolunteerDoc>) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| f.needs_review())
            .filter(|f| {
                let now = self.fields.get(f).map(|s| &s.value);
                match approved {
                    Some(a) => now != a.fields.get(f).map(|s| &s.value),
                    None => now.is_some(),
                }
            })
            .collect()
    }

    /// The profile as `viewer` may see it: contacts beyond that audience are removed before
    /// the profile leaves the hub.
    pub fn as_seen_by(&self, viewer: Audience) -> VolunteerDoc {
        let mut doc = self.clone();
        if let Some(contacts) = doc.fields.get_mut(&Field::Contacts)
            && let Ok(list) = serde_json::from_value::<Vec<Contact>>(contacts.value.clone())
        {
            let visible: Vec<Contact> = list
                .into_iter()
                .filter(|c| viewer.sees(c.visible_to))
                .collect();
            contacts.value = serde_json::to_value(visible).expect("contacts serialise");
        }
        doc
    }

    /// The profile as the app shows it, or `None` once deleted. Fields never written take
    /// their empty value.
    pub fn to_volunteer(&self) -> Option<Volunteer> {
        if self.deleted.is_some() {
            return None;
        }
        let mut v = Volunteer::empty(self.id, self.slug.clone());
        for (field, stamped) in &self.fields {
            // Values were validated when they were written; one that fails now is left empty
            // rather than losing the whole profile.
            let _ = set_field(&mut v, *field, &stamped.value);
        }
        Some(v)
    }
}

/// True when `ours` beats `theirs`: the later stamp, or on an exact tie (only possible
/// after a hub clamp) the larger value, so the choice is the same everywhere.
fn later(ours: &Stamped, theirs: &Stamped) -> bool {
    match ours.at.cmp(&theirs.at) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => {
            let (a, b) = (ours.value.to_string(), theirs.value.to_string());
            a >= b
        }
    }
}

fn set_field(v: &mut Volunteer, field: Field, value: &Value) -> Result<(), String> {
    fn parse<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, String> {
        serde_json::from_value(value.clone()).map_err(|e| e.to_string())
    }
    match field {
        Field::DisplayName => v.display_name = parse(value)?,
        Field::Languages => v.languages = parse(value)?,
        Field::Topics => v.topics = parse(value)?,
        Field::Availability => v.availability = parse(value)?,
        Field::Contacts => v.contacts = parse(value)?,
        Field::About => v.about = parse(value)?,
        Field::AwayUntil => {
            let date: Option<chrono::NaiveDate> = parse(value)?;
            // A typo'd year would hide a volunteer for centuries, or pause nothing.
            if date.is_some_and(|d| !(2000..=2100).contains(&chrono::Datelike::year(&d))) {
                return Err("the last day away must be a date between 2000 and 2100".into());
            }
            v.away_until = date;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(wall_ms: u64, node: u128) -> Hlc {
        Hlc {
            wall_ms,
            counter: 0,
            node: Uuid::from_u128(node),
        }
    }

    fn doc(edits: &[(Field, Value, Hlc)]) -> VolunteerDoc {
        let mut d = VolunteerDoc::new(Uuid::from_u128(1), "amal");
        for (f, v, t) in edits {
            d.fields.insert(
                *f,
                Stamped {
                    at: *t,
                    value: v.clone(),
                },
            );
        }
        d
    }

    #[test]
    fn the_later_write_wins_each_field_separately() {
        let a = doc(&[
            (Field::DisplayName, json!("Amal"), at(10, 1)),
            (Field::Topics, json!(["housing"]), at(30, 1)),
        ]);
        let b = doc(&[
            (Field::DisplayName, json!("Amal K."), at(20, 2)),
            (Field::Topics, json!(["health"]), at(25, 2)),
        ]);
        let m = a.merge(&b);
        assert_eq!(m, b.merge(&a));
        assert_eq!(m.fields[&Field::DisplayName].value, json!("Amal K."));
        assert_eq!(m.fields[&Field::Topics].value, json!(["housing"]));
    }

    #[test]
    fn the_device_id_breaks_a_tie() {
        let a = doc(&[(Field::DisplayName, json!("A"), at(10, 1))]);
        let b = doc(&[(Field::DisplayName, json!("B"), at(10, 2))]);
        assert_eq!(a.merge(&b).fields[&Field::DisplayName].value, json!("B"));
        assert_eq!(b.merge(&a).fields[&Field::DisplayName].value, json!("B"));
    }

    #[test]
    fn a_deletion_wins_over_a_later_edit() {
        let mut gone = doc(&[]);
        gone.deleted = Some(at(5, 1));
        let edited = doc(&[(Field::DisplayName, json!("Amal"), at(50, 2))]);
        let m = edited.merge(&gone);
        assert!(m.deleted.is_some() && m.fields.is_empty());
        assert_eq!(m.to_volunteer(), None);
    }

    #[test]
    fn contacts_beyond_the_viewer_are_removed() {
        let d = doc(&[(
            Field::Contacts,
            json!([
                {"channel": "phone", "value": "0141 1", "visible_to": "everyone"},
                {"channel": "signal", "value": "0141 2", "visible_to": "volunteers"},
                {"channel": "email", "value": "a@b", "visible_to": "coordinators"}
            ]),
            at(1, 1),
        )]);
        let text = |a| serde_json::to_string(&d.as_seen_by(a)).unwrap();
        assert!(!text(Audience::Everyone).contains("0141 2"));
        assert!(text(Audience::Volunteers).contains("0141 2"));
        assert!(!text(Audience::Volunteers).contains("a@b"));
        assert!(text(Audience::Coordinators).contains("a@b"));
    }

    #[test]
    fn a_wrongly_typed_field_is_refused_naming_it() {
        let d = doc(&[(Field::Topics, json!("housing"), at(1, 1))]);
        assert_eq!(d.validate().unwrap_err().field, "topics");
        for bad in [
            json!("next week"),
            json!("2026-02-30"),
            json!("0026-06-01"),
            json!(3),
        ] {
            let d = doc(&[(Field::AwayUntil, bad.clone(), at(1, 1))]);
            assert_eq!(d.validate().unwrap_err().field, "away-until", "{bad}");
        }
        for good in [json!("2026-06-01"), json!(null)] {
            doc(&[(Field::AwayUntil, good, at(1, 1))])
                .validate()
                .unwrap();
        }
        let mut bad_slug = doc(&[]);
        bad_slug.slug = "Amal K".into();
        assert_eq!(bad_slug.validate().unwrap_err().field, "slug");
    }
}
