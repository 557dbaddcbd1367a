//! The organisation's review policy, from a pack's `review.toml`: how often each topic's
//! articles must be checked again, and which languages it promises readers.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::language::LanguageTag;
use crate::topic::Topic;

/// Months between checks when a pack says nothing: rules for newcomers change often enough
/// that a year-old check is worth repeating.
pub const DEFAULT_REVIEW_MONTHS: u32 = 12;

/// How often articles are checked, and the languages every article should be in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewPolicy {
    /// The languages the organisation chose to offer, besides English.
    #[serde(default)]
    pub languages: Vec<LanguageTag>,
    /// Months between checks, by topic; `default` for topics not named.
    #[serde(default)]
    pub review_every: ReviewEvery,
}

/// Months between checks: a default and one figure per topic. (Unknown keys are still
/// refused: they are read as topics, and a key that is no topic fails.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewEvery {
    /// For topics not named below.
    #[serde(default = "default_months")]
    pub default: u32,
    /// By topic slug.
    #[serde(flatten)]
    pub topics: BTreeMap<Topic, u32>,
}

fn default_months() -> u32 {
    DEFAULT_REVIEW_MONTHS
}

impl Default for ReviewEvery {
    fn default() -> Self {
        ReviewEvery {
            default: DEFAULT_REVIEW_MONTHS,
            topics: BTreeMap::new(),
        }
    }
}

impl ReviewPolicy {
    /// Months between checks of an article of `topic`.
    pub fn months_for(&self, topic: Topic) -> u32 {
        self.review_every
            .topics
            .get(&topic)
            .copied()
            .unwrap_or(self.review_every.default)
    }

    /// The last day a check made on `reviewed_on` holds for an article of `topic`.
    pub fn review_by(&self, topic: Topic, reviewed_on: NaiveDate) -> NaiveDate {
        reviewed_on
            .checked_add_months(Months::new(self.months_for(topic)))
            .unwrap_or(NaiveDate::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_topic_of_its_own_overrides_the_default() {
        let policy: ReviewPolicy =
            toml::from_str("languages = [\"ar\"]\n[review_every]\ndefault = 12\nfirst-steps = 6\n")
                .unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 8, 31).unwrap();
        assert_eq!(
            policy.review_by(Topic::FirstSteps, day),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
            "six months on, at the end of a shorter month"
        );
        assert_eq!(
            policy.review_by(Topic::Housing, day),
            NaiveDate::from_ymd_opt(2027, 8, 31).unwrap()
        );
    }

    #[test]
    fn a_pack_without_a_policy_checks_every_year() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap();
        assert_eq!(
            ReviewPolicy::default().review_by(Topic::Health, day),
            NaiveDate::from_ymd_opt(2027, 3, 12).unwrap()
        );
    }
}
