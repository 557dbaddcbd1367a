//! Guidance articles: one English source with a revision number, and one translation per
//! language that remembers which revision it was made from.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::language::LanguageTag;
use crate::topic::Topic;

/// How far a translation (or the source) has been checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewState {
    /// Written but not checked by anyone.
    Draft,
    /// Machine translated and not yet checked by a speaker of the language.
    Machine,
    /// Checked by a fluent speaker.
    Reviewed,
}

impl ReviewState {
    /// The slug stored and shown.
    pub fn slug(self) -> &'static str {
        match self {
            ReviewState::Draft => "draft",
            ReviewState::Machine => "machine",
            ReviewState::Reviewed => "reviewed",
        }
    }

    pub(crate) fn from_slug(s: &str) -> Option<ReviewState> {
        [
            ReviewState::Draft,
            ReviewState::Machine,
            ReviewState::Reviewed,
        ]
        .into_iter()
        .find(|r| r.slug() == s)
    }
}

/// One language version of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// Its language.
    pub lang: LanguageTag,
    /// The title.
    pub title: String,
    /// One or two sentences shown in lists.
    pub summary: String,
    /// The body, in Markdown.
    pub body: String,
    /// The revision of the English source this was translated from.
    pub source_revision: u32,
    /// How far it has been checked.
    pub review: ReviewState,
}

/// An article with all its translations, as written in a content pack or received in a sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id (UUID v7).
    pub id: Uuid,
    /// Stable, human-readable key: `register-with-a-gp`.
    pub slug: String,
    /// Its topic.
    pub topic: Topic,
    /// The English source's revision; a translation made from an older one is stale.
    pub revision: u32,
    /// Position within its topic, lower first.
    pub position: u32,
    /// Every translation, English included.
    pub translations: Vec<Translation>,
}

/// An article as a reader sees it: one translation, chosen through the fallback chain, and
/// everything the app must say about that choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleView {
    /// The article's id.
    pub id: Uuid,
    /// The article's slug.
    pub slug: String,
    /// Its topic.
    pub topic: Topic,
    /// The language asked for.
    pub requested: LanguageTag,
    /// The language this text is really in.
    pub lang: LanguageTag,
    /// True when `lang` is a fallback, not the language asked for ("shown in English").
    pub is_fallback: bool,
    /// True when the translation was made from an older revision of the English source.
    pub stale: bool,
    /// The English source's current revision.
    pub revision: u32,
    /// The translation as stored.
    pub translation: Translation,
    /// Every language the article exists in, so a reader can switch.
    pub available: Vec<LanguageTag>,
}

/// An article in a list (a topic page): its title and summary in the best language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSummary {
    /// The article's id.
    pub id: Uuid,
    /// The article's slug.
    pub slug: String,
    /// Its topic.
    pub topic: Topic,
    /// The language the title and summary are in.
    pub lang: LanguageTag,
    /// True when `lang` is a fallback.
    pub is_fallback: bool,
    /// True when the translation is out of date.
    pub stale: bool,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
}
