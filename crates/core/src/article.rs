//! Guidance articles: one English source with a revision number, and one translation per
//! language that remembers which revision it was made from.

use chrono::NaiveDate;
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

/// How a translation was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationMethod {
    /// By a machine translation service.
    Machine,
    /// By a volunteer who speaks both languages.
    Volunteer,
    /// By a paid, professional translator.
    Professional,
}

impl TranslationMethod {
    /// The slug written in packs and stored.
    pub fn slug(self) -> &'static str {
        match self {
            TranslationMethod::Machine => "machine",
            TranslationMethod::Volunteer => "volunteer",
            TranslationMethod::Professional => "professional",
        }
    }

    pub(crate) fn from_slug(s: &str) -> Option<TranslationMethod> {
        [
            TranslationMethod::Machine,
            TranslationMethod::Volunteer,
            TranslationMethod::Professional,
        ]
        .into_iter()
        .find(|m| m.slug() == s)
    }
}

/// Who made a translation and how, and whether a second person checked it. Empty for the
/// English source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translated {
    /// How it was translated; `None` when the pack does not say (an old pack's `reviewed`).
    pub method: Option<TranslationMethod>,
    /// Who translated it: a name or a role, if the organisation says.
    pub by: Option<String>,
    /// True when a second person who reads both languages checked it.
    pub second_review: bool,
}

impl Translated {
    /// A machine translation nobody has checked: readers are told so.
    pub fn is_unreviewed_machine(&self) -> bool {
        self.method == Some(TranslationMethod::Machine) && !self.second_review
    }
}

/// A public source an article was checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Its title, as the publisher gives it.
    pub title: String,
    /// Where it is.
    pub url: String,
    /// The day it was read.
    pub retrieved: NaiveDate,
}

/// When an article was last checked, by whom, against what, and when it must be checked
/// again. Part of the signed article, like its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The day the English text was last checked against its sources.
    pub reviewed_on: Option<NaiveDate>,
    /// Who checked it: a role or a name, as the organisation chooses.
    pub reviewed_by: Option<String>,
    /// The last day the check holds; after it, readers are told rules may have changed.
    pub review_by: Option<NaiveDate>,
    /// What it was checked against.
    pub sources: Vec<Source>,
}

impl Provenance {
    /// True when `today` is past the day the article had to be checked again.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.review_by.is_some_and(|by| today > by)
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
    /// How it was translated, by whom, and whether someone else checked it.
    #[serde(default)]
    pub translated: Translated,
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
    /// When and against what the English text was checked. Absent in records from before
    /// provenance was kept.
    #[serde(default)]
    pub provenance: Provenance,
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
    /// When and against what the article was checked.
    pub provenance: Provenance,
    /// True when the day asked about is past `provenance.review_by`: rules may have changed.
    pub overdue: bool,
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
