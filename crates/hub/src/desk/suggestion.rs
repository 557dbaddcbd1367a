//! The review queue: newcomers' anonymous "this is wrong or unclear" flags and volunteers'
//! corrections and translations, sent from their phones. A coordinator accepts a suggestion
//! (it becomes a draft revision of the article, credited to the volunteer if they agreed to be
//! named) or declines it with a reason the volunteer sees; a flag is dealt with or dismissed.
//!
//! A flag stores the article, the language and at most one sentence: no account, no address,
//! no time finer than the day's order of arrival. Flags are rate-limited over the whole hub
//! and per article, since there is no one to limit them by.

use peerguide_core::article::{Article, ReviewState, Translated, Translation, TranslationMethod};
use peerguide_core::language::{LanguageTag, SOURCE_LANGUAGE};
use peerguide_core::sync::protocol::{FlagRequest, SuggestionRequest, SuggestionState};
use serde::{Deserialize, Serialize};

use super::revision::{DeskKind, Revision};
use crate::Hub;
use crate::auth::{Principal, now_secs};
use crate::error::{HubError, Result};

/// The longest sentence a flag may carry, in characters.
pub const MAX_SENTENCE_CHARS: usize = 300;
/// The longest suggested body, in bytes.
pub const MAX_BODY_BYTES: usize = 64 << 10;
/// Flags the whole hub takes in an hour.
pub const FLAGS_PER_HOUR: i64 = 120;
/// Flags one article takes in an hour.
pub const FLAGS_PER_ARTICLE_HOUR: i64 = 20;

/// One item of the review queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    /// Its number in the queue.
    pub id: i64,
    /// `flag` or `suggestion`.
    pub kind: String,
    /// The article.
    pub slug: String,
    /// The language.
    pub lang: String,
    /// A flag's sentence.
    pub sentence: Option<String>,
    /// A suggestion's title, summary and body.
    pub title: Option<String>,
    /// A suggestion's summary.
    pub summary: Option<String>,
    /// A suggestion's body.
    pub body: Option<String>,
    /// The name to credit, if the volunteer agreed.
    pub credit: Option<String>,
    /// The article's text in that language now, to compare with.
    pub current: Option<Translation>,
}

fn invalid(reason: impl Into<String>) -> HubError {
    HubError::WrongShape {
        reason: reason.into(),
    }
}

fn clean(text: &str, field: &str, max_chars: usize) -> Result<String> {
    let t = text.trim();
    if t.chars().count() > max_chars {
        return Err(invalid(format!(
            "'{field}' is longer than {max_chars} characters"
        )));
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(invalid(format!("'{field}' holds control characters")));
    }
    Ok(t.to_owned())
}

impl Hub {
    fn published_article(&self, slug: &str) -> Result<Article> {
        self.published()?
            .articles
            .into_iter()
            .find(|a| a.slug == slug)
            .ok_or_else(|| HubError::DeskNotFound {
                kind: "article",
                slug: slug.chars().take(100).collect(),
            })
    }

    /// Takes a reader's flag: the article, its language and one optional sentence.
    pub fn flag(&self, req: &FlagRequest) -> Result<()> {
        let sentence = match &req.sentence {
            Some(s) => {
                let s = clean(s, "sentence", MAX_SENTENCE_CHARS)?.replace(['\n', '\t'], " ");
                (!s.is_empty()).then_some(s)
            }
            None => None,
        };
        let now = now_secs() as i64;
        self.write(|tx, _| {
            let (all, this): (i64, i64) = tx.query_row(
                "SELECT count(*), count(*) FILTER (WHERE slug = ?2) FROM desk_suggestions
                 WHERE kind = 'flag' AND at > ?1",
                (now - 3600, &req.slug),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if all >= FLAGS_PER_HOUR || this >= FLAGS_PER_ARTICLE_HOUR {
                return Err(HubError::TooManyFlags);
            }
            // Anyone may flag, so the article is looked up by its index after the limit, not
            // by decoding everything published.
            let published: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM records
                                WHERE kind = 'article' AND slug = ?1 AND deleted = 0)",
                [&req.slug],
                |r| r.get(0),
            )?;
            if !published {
                return Err(HubError::DeskNotFound {
                    kind: "article",
                    slug: req.slug.chars().take(100).collect(),
                });
            }
            tx.execute(
                "INSERT INTO desk_suggestions (kind, slug, lang, sentence, at)
                 VALUES ('flag', ?1, ?2, ?3, ?4)",
                (&req.slug, req.lang.as_str(), &sentence, now),
            )?;
            Ok(())
        })
    }

    /// Takes a volunteer's suggestion (once per id).
    pub fn suggest(&self, who: &Principal, req: &SuggestionRequest) -> Result<SuggestionState> {
        let Principal::Volunteer { volunteer_id, .. } = who else {
            return Err(match who {
                Principal::Anonymous => HubError::TokenRequired,
                _ => HubError::Forbidden {
                    role: who.role_name(),
                    action: "send suggestions (volunteers do; coordinators edit on the desk)",
                },
            });
        };
        let title = clean(&req.title, "title", 200)?;
        let summary = clean(&req.summary, "summary", 1000)?;
        if req.body.len() > MAX_BODY_BYTES {
            return Err(invalid(format!("'body' is over {MAX_BODY_BYTES} bytes")));
        }
        let body = clean(&req.body, "body", MAX_BODY_BYTES)?;
        if title.is_empty() || body.is_empty() {
            return Err(invalid("a suggestion needs a title and a text"));
        }
        let credit = match &req.credit {
            Some(c) => Some(clean(c, "credit", 80)?).filter(|c| !c.is_empty()),
            None => None,
        };
        self.published_article(&req.slug)?;
        let now = now_secs() as i64;
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO desk_suggestions
                   (kind, slug, lang, title, summary, body, volunteer_id, client_id, credit, at)
                 VALUES ('suggestion', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (client_id) DO NOTHING",
                (
                    &req.slug,
                    req.lang.as_str(),
                    &title,
                    &summary,
                    &body,
                    volunteer_id,
                    req.id,
                    &credit,
                    now,
                ),
            )?;
            Ok(())
        })?;
        self.my_suggestions(who)?
            .into_iter()
            .find(|s| s.id == req.id)
            .ok_or(HubError::Forbidden {
                role: "volunteer",
                action: "reuse another volunteer's suggestion id",
            })
    }

    /// A volunteer's own suggestions, newest first, with their state.
    pub fn my_suggestions(&self, who: &Principal) -> Result<Vec<SuggestionState>> {
        let Principal::Volunteer { volunteer_id, .. } = who else {
            return Err(HubError::TokenRequired);
        };
        self.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT client_id, slug, lang, state, reason FROM desk_suggestions
                 WHERE volunteer_id = ?1 ORDER BY id DESC",
            )?;
            let rows = stmt
                .query_map([volunteer_id], |r| {
                    Ok(SuggestionState {
                        id: r.get(0)?,
                        slug: r.get(1)?,
                        lang: r.get(2)?,
                        state: r.get(3)?,
                        reason: r.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }

    /// The open items, oldest first, each with the article's current text to compare.
    pub fn queue(&self) -> Result<Vec<QueueItem>> {
        let published = self.published()?;
        let mut items: Vec<QueueItem> = self.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT id, kind, slug, lang, sentence, title, summary, body, credit
                 FROM desk_suggestions WHERE state = 'open' ORDER BY id",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(QueueItem {
                        id: r.get(0)?,
                        kind: r.get(1)?,
                        slug: r.get(2)?,
                        lang: r.get(3)?,
                        sentence: r.get(4)?,
                        title: r.get(5)?,
                        summary: r.get(6)?,
                        body: r.get(7)?,
                        credit: r.get(8)?,
                        current: None,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })?;
        for item in &mut items {
            item.current = published
                .articles
                .iter()
                .find(|a| a.slug == item.slug)
                .and_then(|a| a.translations.iter().find(|t| t.lang.as_str() == item.lang))
                .cloned();
        }
        Ok(items)
    }

    fn open_item(&self, id: i64) -> Result<QueueItem> {
        self.queue()?
            .into_iter()
            .find(|i| i.id == id)
            .ok_or_else(|| HubError::DeskNotFound {
                kind: "queue item",
                slug: id.to_string(),
            })
    }

    fn decide(&self, id: i64, state: &str, reason: Option<&str>) -> Result<()> {
        let now = now_secs() as i64;
        self.write(|tx, _| {
            tx.execute(
                "UPDATE desk_suggestions SET state = ?2, reason = ?3, decided_at = ?4
                 WHERE id = ?1 AND state = 'open'",
                (id, state, reason, now),
            )?;
            Ok(())
        })
    }

    /// Accepts a queue item. A suggestion, as the coordinator may have edited it (`edited`
    /// replaces its text), becomes a draft revision of the article with that language's text,
    /// marked as translated by a volunteer (credited by name if they agreed) from the current
    /// English; a flag is marked dealt with. Returns the draft revision, if one was made.
    pub fn accept(
        &self,
        id: i64,
        edited: Option<(String, String, String)>,
        by: &str,
    ) -> Result<Option<Revision>> {
        let item = self.open_item(id)?;
        if item.kind == "flag" {
            self.decide(id, "accepted", None)?;
            return Ok(None);
        }
        let mut article = self.published_article(&item.slug)?;
        let (title, summary, body) = edited.unwrap_or((
            item.title.clone().unwrap_or_default(),
            item.summary.clone().unwrap_or_default(),
            item.body.clone().unwrap_or_default(),
        ));
        let lang: LanguageTag = item
            .lang
            .parse()
            .map_err(|_| invalid(format!("'{}' is not a language", item.lang)))?;
        let english = lang.as_str() == SOURCE_LANGUAGE;
        let text = Translation {
            lang: lang.clone(),
            title,
            summary,
            body,
            source_revision: article.revision,
            review: ReviewState::Reviewed,
            translated: if english {
                Translated::default()
            } else {
                Translated {
                    method: Some(TranslationMethod::Volunteer),
                    by: item.credit.clone(),
                    second_review: false,
                }
            },
        };
        match article.translations.iter_mut().find(|t| t.lang == lang) {
            Some(t) => *t = text,
            None => article.translations.push(text),
        }
        let revision = self.desk_save(
            DeskKind::Article,
            serde_json::to_value(&article).expect("serialises"),
            by,
        )?;
        self.decide(id, "accepted", None)?;
        Ok(Some(revision))
    }

    /// Declines a queue item; a suggestion's volunteer sees the reason.
    pub fn decline(&self, id: i64, reason: &str) -> Result<()> {
        let reason = clean(reason, "reason", 500)?;
        if reason.is_empty() {
            return Err(invalid("say why it is declined"));
        }
        self.open_item(id)?;
        self.decide(id, "declined", Some(&reason))
    }
}
