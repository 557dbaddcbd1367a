//! Topics: the domains of the Indicators of Integration framework, plus the first steps after
//! a grant of status, which the app always shows first.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// A domain guidance, services and volunteers are organised by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// First steps after a grant of status: the move-on period and the first weeks.
    FirstSteps,
    /// Markers and means: housing.
    Housing,
    /// Markers and means: employment.
    Employment,
    /// Markers and means: education.
    Education,
    /// Markers and means: health and social care.
    Health,
    /// Markers and means: leisure.
    Leisure,
    /// Social bonds, bridges and links.
    SocialConnections,
    /// Facilitators: language and culture.
    LanguageCulture,
    /// Facilitators: safety and stability.
    SafetyStability,
    /// Facilitators: digital skills.
    DigitalSkills,
    /// Foundation: rights and responsibilities.
    RightsResponsibilities,
}

impl Topic {
    /// Every topic, in the order the app lists them.
    pub const ALL: [Topic; 11] = [
        Topic::FirstSteps,
        Topic::Housing,
        Topic::Employment,
        Topic::Education,
        Topic::Health,
        Topic::Leisure,
        Topic::SocialConnections,
        Topic::LanguageCulture,
        Topic::SafetyStability,
        Topic::DigitalSkills,
        Topic::RightsResponsibilities,
    ];

    /// The slug used in content packs, URLs and the database.
    pub fn slug(self) -> &'static str {
        match self {
            Topic::FirstSteps => "first-steps",
            Topic::Housing => "housing",
            Topic::Employment => "employment",
            Topic::Education => "education",
            Topic::Health => "health",
            Topic::Leisure => "leisure",
            Topic::SocialConnections => "social-connections",
            Topic::LanguageCulture => "language-culture",
            Topic::SafetyStability => "safety-stability",
            Topic::DigitalSkills => "digital-skills",
            Topic::RightsResponsibilities => "rights-responsibilities",
        }
    }
}

impl FromStr for Topic {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Topic::ALL
            .into_iter()
            .find(|t| t.slug() == s.trim())
            .ok_or_else(|| Error::UnknownTopic {
                topic: s.to_owned(),
                known: Topic::ALL.map(Topic::slug).join(", "),
            })
    }
}

impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_through_text_and_serde() {
        for topic in Topic::ALL {
            assert_eq!(topic.slug().parse::<Topic>().unwrap(), topic);
            let json = serde_json::to_string(&topic).unwrap();
            assert_eq!(json, format!("\"{}\"", topic.slug()));
        }
    }

    #[test]
    fn unknown_topic_names_the_input_and_the_choices() {
        let err = "housng".parse::<Topic>().unwrap_err();
        assert_eq!(err.code(), "unknown-topic");
        assert!(err.to_string().contains("'housng'"));
        assert!(err.to_string().contains("first-steps"));
    }
}
