//! Pack-level settings: one named JSON value each (the organisation's contact, and later
//! others such as search synonyms), imported from a pack or received from the hub as signed
//! records of kind `setting`, and kept on the device in the `settings` table.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The name of the organisation's own contact (`content/organisation.toml`).
pub const ORGANISATION: &str = "organisation";

/// The name of the organisation's review policy (`content/review.toml`): how long a check
/// holds per topic and the languages it offers.
pub const REVIEW_POLICY: &str = "review-policy";

/// One setting as it travels in a `setting` record's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting {
    /// Which setting (`organisation`, …).
    pub name: String,
    /// Its value, whose shape the setting's name decides.
    pub value: serde_json::Value,
}

/// The record id of a setting: the same on every hub and device for the same name, so a
/// setting published again replaces the one before instead of standing beside it.
pub fn setting_id(name: &str) -> Uuid {
    let hash = Sha256::digest(format!("peerguide-setting\n{name}").as_bytes());
    let bytes: [u8; 16] = hash[..16].try_into().expect("a SHA-256 is 32 bytes");
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_settings_id_depends_only_on_its_name() {
        assert_eq!(setting_id(ORGANISATION), setting_id("organisation"));
        assert_ne!(setting_id(ORGANISATION), setting_id("synonyms"));
        assert_eq!(setting_id(ORGANISATION).get_version_num(), 8);
    }
}
