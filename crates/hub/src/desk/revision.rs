//! Editing on the desk: drafts, publishing (through [`Hub::publish`], the same signing as
//! `peerguide publish`), the history of every saved state with who and when, restoring an
//! earlier one, and unpublishing.

use peerguide_core::article::Article;
use peerguide_core::language::SOURCE_LANGUAGE;
use peerguide_core::service::Service;
use peerguide_core::sync::protocol::Kind;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Hub;
use crate::auth::{Principal, now_secs};
use crate::content::{PublishReport, PublishRequest};
use crate::error::{HubError, Result};

/// What the desk edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeskKind {
    /// An article with all its translations.
    Article,
    /// A service with all its texts.
    Service,
}

impl DeskKind {
    /// Its name in the database and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            DeskKind::Article => "article",
            DeskKind::Service => "service",
        }
    }

    /// From a URL segment.
    pub fn parse(s: &str) -> Option<DeskKind> {
        match s {
            "article" => Some(DeskKind::Article),
            "service" => Some(DeskKind::Service),
            _ => None,
        }
    }
}

/// One saved state in an article's or service's history (without its content).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// Its number, for looking at it and restoring it.
    pub id: i64,
    /// `draft`, `publish`, `restore` or `unpublish`.
    pub action: String,
    /// Who did it (the name they signed in with).
    pub by: String,
    /// Unix seconds.
    pub at: u64,
}

/// An article or service as the editor opens it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Editing {
    /// What devices have now, if anything.
    pub published: Option<Value>,
    /// The draft waiting to be published, if any.
    pub draft: Option<Value>,
    /// Every saved state, newest first.
    pub history: Vec<Revision>,
}

/// One revision with its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RevisionBody {
    /// Which.
    pub revision: Revision,
    /// The article or service as it was saved.
    pub body: Value,
}

fn invalid(reason: String) -> HubError {
    HubError::WrongShape { reason }
}

/// A slug the desk accepts is one a pack accepts (so `hub export` writes a pack that loads),
/// and short enough for a URL.
fn valid_slug(slug: &str) -> bool {
    slug.len() <= 100 && peerguide_core::pack::valid_slug(slug)
}

impl Hub {
    fn published_one(&self, kind: DeskKind, slug: &str) -> Result<Option<Value>> {
        let published = self.published()?;
        Ok(match kind {
            DeskKind::Article => published
                .articles
                .into_iter()
                .find(|a| a.slug == slug)
                .map(|a| serde_json::to_value(a).expect("serialises")),
            DeskKind::Service => published
                .services
                .into_iter()
                .find(|s| s.slug == slug)
                .map(|s| serde_json::to_value(s).expect("serialises")),
        })
    }

    /// An article or service with its draft and history; unknown to the desk: `desk-not-found`.
    pub fn desk_item(&self, kind: DeskKind, slug: &str) -> Result<Editing> {
        let published = self.published_one(kind, slug)?;
        let history = self.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT id, action, by_name, at, body FROM desk_revisions
                 WHERE kind = ?1 AND slug = ?2 ORDER BY id DESC",
            )?;
            let rows = stmt
                .query_map((kind.as_str(), slug), |r| {
                    Ok((
                        Revision {
                            id: r.get(0)?,
                            action: r.get(1)?,
                            by: r.get(2)?,
                            at: r.get::<_, i64>(3)? as u64,
                        },
                        r.get::<_, String>(4)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })?;
        let draft = history
            .first()
            .filter(|(r, _)| r.action == "draft" || r.action == "restore")
            .map(|(_, body)| serde_json::from_str(body).unwrap_or(Value::Null));
        if published.is_none() && history.is_empty() {
            return Err(HubError::DeskNotFound {
                kind: kind.as_str(),
                slug: slug.to_owned(),
            });
        }
        Ok(Editing {
            published,
            draft,
            history: history.into_iter().map(|(r, _)| r).collect(),
        })
    }

    /// One revision with its content.
    pub fn desk_revision(&self, kind: DeskKind, slug: &str, id: i64) -> Result<RevisionBody> {
        let row = self.read(|tx| {
            Ok(tx
                .query_row(
                    "SELECT action, by_name, at, body FROM desk_revisions
                     WHERE id = ?1 AND kind = ?2 AND slug = ?3",
                    (id, kind.as_str(), slug),
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, i64>(2)?,
                            r.get::<_, String>(3)?,
                        ))
                    },
                )
                .optional()?)
        })?;
        let Some((action, by, at, body)) = row else {
            return Err(HubError::DeskNotFound {
                kind: "revision",
                slug: format!("{slug}#{id}"),
            });
        };
        Ok(RevisionBody {
            revision: Revision {
                id,
                action,
                by,
                at: at as u64,
            },
            body: serde_json::from_str(&body).unwrap_or(Value::Null),
        })
    }

    /// Checks an edited article or service and prepares it for saving: for an article whose
    /// English text changed since it was published, the next revision number (so every
    /// translation not edited with it reads as out of date), and each translation edited now
    /// marked as made from the current English.
    fn prepare(&self, kind: DeskKind, body: Value) -> Result<(String, Value)> {
        match kind {
            DeskKind::Article => {
                let mut article: Article =
                    serde_json::from_value(body).map_err(|e| invalid(format!("article: {e}")))?;
                if !valid_slug(&article.slug) {
                    return Err(invalid(format!(
                        "article slug '{}' must be lower-case letters, digits and dashes",
                        article.slug.chars().take(100).collect::<String>()
                    )));
                }
                let mut langs: Vec<&str> = article
                    .translations
                    .iter()
                    .map(|t| t.lang.as_str())
                    .collect();
                langs.sort_unstable();
                if langs.windows(2).any(|w| w[0] == w[1]) {
                    return Err(invalid(
                        "a language appears twice among the translations".into(),
                    ));
                }
                if !langs.contains(&SOURCE_LANGUAGE) {
                    return Err(invalid("an article needs its English text".into()));
                }
                if let Some(old) = self
                    .published_one(DeskKind::Article, &article.slug)?
                    .and_then(|v| serde_json::from_value::<Article>(v).ok())
                {
                    let text = |a: &Article, lang: &str| {
                        a.translations
                            .iter()
                            .find(|t| t.lang.as_str() == lang)
                            .map(|t| (t.title.clone(), t.summary.clone(), t.body.clone()))
                    };
                    if text(&old, SOURCE_LANGUAGE) != text(&article, SOURCE_LANGUAGE)
                        && article.revision <= old.revision
                    {
                        article.revision = old.revision + 1;
                    }
                    let revision = article.revision;
                    for t in &mut article.translations {
                        let lang = t.lang.as_str().to_owned();
                        let changed = text(&old, &lang)
                            != Some((t.title.clone(), t.summary.clone(), t.body.clone()));
                        if lang == SOURCE_LANGUAGE || changed {
                            t.source_revision = revision;
                        }
                    }
                } else {
                    let revision = article.revision.max(1);
                    article.revision = revision;
                    for t in &mut article.translations {
                        if t.lang.as_str() == SOURCE_LANGUAGE {
                            t.source_revision = revision;
                        }
                    }
                }
                Ok((
                    article.slug.clone(),
                    serde_json::to_value(article).expect("serialises"),
                ))
            }
            DeskKind::Service => {
                let service: Service =
                    serde_json::from_value(body).map_err(|e| invalid(format!("service: {e}")))?;
                if !valid_slug(&service.slug) {
                    return Err(invalid(format!(
                        "service slug '{}' must be lower-case letters, digits and dashes",
                        service.slug.chars().take(100).collect::<String>()
                    )));
                }
                Ok((
                    service.slug.clone(),
                    serde_json::to_value(service).expect("serialises"),
                ))
            }
        }
    }

    fn record_revision(
        &self,
        kind: DeskKind,
        slug: &str,
        action: &'static str,
        body: &Value,
        by: &str,
    ) -> Result<Revision> {
        let at = now_secs();
        let text = serde_json::to_string(body).expect("serialises");
        let id = self.write(|tx, _| {
            tx.execute(
                "INSERT INTO desk_revisions (kind, slug, action, body, by_name, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (kind.as_str(), slug, action, &text, by, at as i64),
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(Revision {
            id,
            action: action.to_owned(),
            by: by.to_owned(),
            at,
        })
    }

    /// Saves an edited article or service as a draft; devices see nothing of it yet.
    pub fn desk_save(&self, kind: DeskKind, body: Value, by: &str) -> Result<Revision> {
        let (slug, body) = self.prepare(kind, body)?;
        self.record_revision(kind, &slug, "draft", &body, by)
    }

    /// Publishes an edited article or service: signed and sent to devices at their next
    /// sync, and kept in its history.
    pub fn desk_publish(
        &self,
        who: &Principal,
        kind: DeskKind,
        body: Value,
        by: &str,
    ) -> Result<PublishReport> {
        who.require_coordinator("publish content")?;
        let (slug, body) = self.prepare(kind, body)?;
        let mut req = PublishRequest::default();
        match kind {
            DeskKind::Article => req
                .articles
                .push(serde_json::from_value(body.clone()).expect("checked")),
            DeskKind::Service => req
                .services
                .push(serde_json::from_value(body.clone()).expect("checked")),
        }
        let report = self.publish(who, &req)?;
        // Kept as published, with the id the hub gave it.
        let stored = self.published_one(kind, &slug)?.unwrap_or(body);
        self.record_revision(kind, &slug, "publish", &stored, by)?;
        Ok(report)
    }

    /// Makes an earlier revision the draft again (publishing it is a separate step).
    pub fn desk_restore(&self, kind: DeskKind, slug: &str, id: i64, by: &str) -> Result<Revision> {
        let old = self.desk_revision(kind, slug, id)?;
        self.record_revision(kind, slug, "restore", &old.body, by)
    }

    /// Takes an article or service off devices (a tombstone each device applies at its next
    /// sync); its history stays and it can be published again.
    pub fn desk_unpublish(
        &self,
        who: &Principal,
        kind: DeskKind,
        slug: &str,
        by: &str,
    ) -> Result<PublishReport> {
        who.require_coordinator("unpublish content")?;
        let Some(body) = self.published_one(kind, slug)? else {
            return Err(HubError::DeskNotFound {
                kind: kind.as_str(),
                slug: slug.to_owned(),
            });
        };
        let report = self.unpublish(
            who,
            match kind {
                DeskKind::Article => Kind::Article,
                DeskKind::Service => Kind::Service,
            },
            slug,
        )?;
        self.record_revision(kind, slug, "unpublish", &body, by)?;
        Ok(report)
    }

    /// The (kind, slug, content) of every draft waiting to be published.
    pub fn desk_drafts(&self) -> Result<Vec<(String, String, Value)>> {
        self.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT kind, slug, action, body FROM desk_revisions d
                 WHERE id = (SELECT max(id) FROM desk_revisions e
                             WHERE e.kind = d.kind AND e.slug = d.slug)",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows
                .into_iter()
                .filter(|(_, _, action, _)| action == "draft" || action == "restore")
                .map(|(k, s, _, b)| (k, s, serde_json::from_str(&b).unwrap_or(Value::Null)))
                .collect())
        })
    }
}
