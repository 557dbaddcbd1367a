//! The app's side of the review queue: a volunteer's suggestions (written and kept offline,
//! sent at the next sync) and anyone's "this is wrong or unclear" flag (queued until the
//! next contact with the hub, then deleted).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Api;
use crate::error::Result;
use crate::language::{LANGUAGES, LanguageTag};
use crate::review::ReviewPolicy;
use crate::setting::REVIEW_POLICY;
use crate::suggestion::{Flag, Suggestion, SuggestionKind, SuggestionStatus};
use crate::sync::SyncError;
use crate::sync::device::{self, DeviceRole};

/// Parameters of [`Api::save_suggestion`]: the whole form.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestionParams {
    /// The draft being changed; a new suggestion when absent.
    #[serde(default)]
    pub id: Option<Uuid>,
    /// The article.
    pub slug: String,
    /// The language the text is in.
    pub lang: String,
    /// Correction or translation.
    pub kind: SuggestionKind,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Text, Markdown.
    pub body: String,
    /// Name me if it is taken.
    pub credit: bool,
    /// Hand it to the next sync (no longer a draft).
    pub send: bool,
}

/// Parameters naming one suggestion.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestionIdParams {
    /// Its id.
    pub id: Uuid,
}

/// Parameters of [`Api::flag`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagParams {
    /// The article.
    pub slug: String,
    /// The language it was read in.
    pub lang: String,
    /// One optional sentence.
    #[serde(default)]
    pub sentence: Option<String>,
}

/// A volunteer's suggestions and the languages they may translate into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SuggestionsView {
    /// The latest changed first.
    pub suggestions: Vec<Suggestion>,
    /// The languages the organisation offers (its review policy; every language Peer Guide
    /// knows when it names none), English first.
    pub offered: Vec<LanguageTag>,
}

fn volunteer_device(store: &crate::store::Store) -> std::result::Result<(), SyncError> {
    match device::hub_link(store)? {
        Some(link) if link.role == DeviceRole::Volunteer => Ok(()),
        _ => Err(SyncError::NotAVolunteer),
    }
}

impl Api {
    /// This device's volunteer's suggestions, the latest changed first. Refused
    /// (`not-a-volunteer`) on a device that has not joined as a volunteer.
    pub fn suggestions(&self) -> std::result::Result<SuggestionsView, SyncError> {
        self.store(|store| {
            volunteer_device(store)?;
            let policy: Option<ReviewPolicy> = store.setting_as(REVIEW_POLICY)?;
            let mut chosen = policy.map(|p| p.languages).unwrap_or_default();
            // An organisation that named no languages (a pack without `review.toml`) keeps
            // its volunteers free to translate into any language Peer Guide knows.
            if chosen.is_empty() {
                chosen = LANGUAGES
                    .iter()
                    .filter_map(|l| l.code.parse().ok())
                    .collect();
            }
            let mut offered = vec![LanguageTag::source()];
            for lang in chosen {
                if !offered.contains(&lang) {
                    offered.push(lang);
                }
            }
            Ok(SuggestionsView {
                suggestions: store.suggestions()?,
                offered,
            })
        })
    }

    /// Saves a draft, or hands it to the next sync (`send`). Works offline. A suggestion
    /// already sent cannot be changed (`suggestion-not-found`).
    pub fn save_suggestion(
        &self,
        p: SuggestionParams,
    ) -> std::result::Result<Suggestion, SyncError> {
        let lang: LanguageTag = p.lang.parse()?;
        let suggestion = Suggestion {
            id: p.id.unwrap_or_else(Uuid::now_v7),
            slug: p.slug.trim().to_owned(),
            lang,
            kind: p.kind,
            title: p.title.trim().to_owned(),
            summary: p.summary.trim().to_owned(),
            body: p.body.trim_end().to_owned(),
            credit: p.credit,
            status: if p.send {
                SuggestionStatus::Sent
            } else {
                SuggestionStatus::Draft
            },
            delivered: false,
            reason: None,
            updated: chrono::Utc::now().to_rfc3339(),
        };
        self.store(|store| {
            volunteer_device(store)?;
            store.save_suggestion(&suggestion)?;
            Ok(suggestion)
        })
    }

    /// Deletes a draft.
    pub fn delete_suggestion(&self, p: SuggestionIdParams) -> std::result::Result<(), SyncError> {
        self.store(|store| {
            volunteer_device(store)?;
            Ok(store.delete_suggestion(p.id)?)
        })
    }

    /// Keeps a reader's "this is wrong or unclear" until the next contact with the hub:
    /// only the article, the language and the sentence, nothing about the reader.
    pub fn flag(&self, p: FlagParams) -> Result<()> {
        let lang: LanguageTag = p.lang.parse()?;
        let flag = Flag::new(&p.slug, lang, p.sentence.as_deref())?;
        self.store(|store| {
            // Only an article the device holds: a typo would be dropped by the hub anyway.
            store.article_record(&flag.slug)?;
            store.queue_flag(&flag)
        })
    }
}
