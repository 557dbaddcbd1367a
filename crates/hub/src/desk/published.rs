//! What the hub has published, read back from its signed records as whole articles and
//! services (each with every translation) and settings: what the desk shows and edits, and
//! what `peerguide hub export` writes.

use std::collections::BTreeMap;

use peerguide_core::article::{Article, Translation};
use peerguide_core::language::LanguageTag;
use peerguide_core::service::{Service, ServiceText};
use peerguide_core::setting::Setting;
use uuid::Uuid;

use crate::Hub;
use crate::error::{HubError, Result};

/// Everything live in the change log, ordered by slug (settings by name).
#[derive(Debug, Clone, Default)]
pub struct Published {
    /// Articles with all their translations, English first.
    pub articles: Vec<Article>,
    /// Services with all their texts.
    pub services: Vec<Service>,
    /// Pack-level settings.
    pub settings: Vec<Setting>,
}

fn corrupt(kind: &str, id: Uuid, e: serde_json::Error) -> HubError {
    HubError::DataDir {
        path: "hub.db".into(),
        reason: format!("published {kind} {id} cannot be read: {e}"),
    }
}

impl Hub {
    /// Reads every live article, service and setting back from the change log.
    pub fn published(&self) -> Result<Published> {
        let rows: Vec<(String, Uuid, String, String)> = self.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT kind, id, lang, body FROM records
                 WHERE deleted = 0 AND kind IN ('article', 'article-text', 'service',
                                                'service-text', 'setting')
                 ORDER BY seq",
            )?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })?;
        let mut articles: BTreeMap<Uuid, Article> = BTreeMap::new();
        let mut texts: Vec<(Uuid, Translation)> = Vec::new();
        let mut services: BTreeMap<Uuid, Service> = BTreeMap::new();
        let mut service_texts: Vec<(Uuid, LanguageTag, ServiceText)> = Vec::new();
        let mut settings = Vec::new();
        for (kind, id, lang, body) in rows {
            match kind.as_str() {
                "article" => {
                    articles.insert(
                        id,
                        serde_json::from_str(&body).map_err(|e| corrupt(&kind, id, e))?,
                    );
                }
                "article-text" => texts.push((
                    id,
                    serde_json::from_str(&body).map_err(|e| corrupt(&kind, id, e))?,
                )),
                "service" => {
                    services.insert(
                        id,
                        serde_json::from_str(&body).map_err(|e| corrupt(&kind, id, e))?,
                    );
                }
                "service-text" => {
                    let Ok(lang) = lang.parse::<LanguageTag>() else {
                        continue;
                    };
                    service_texts.push((
                        id,
                        lang,
                        serde_json::from_str(&body).map_err(|e| corrupt(&kind, id, e))?,
                    ))
                }
                _ => settings.push(serde_json::from_str(&body).map_err(|e| corrupt(&kind, id, e))?),
            }
        }
        for (id, t) in texts {
            if let Some(a) = articles.get_mut(&id) {
                a.translations.push(t);
            }
        }
        for (id, lang, text) in service_texts {
            if let Some(s) = services.get_mut(&id) {
                s.texts.insert(lang, text);
            }
        }
        let mut articles: Vec<Article> = articles.into_values().collect();
        for a in &mut articles {
            // English first, then by tag: the order a pack lists them in does not matter.
            a.translations
                .sort_by_key(|t| (t.lang != LanguageTag::source(), t.lang.as_str().to_owned()));
        }
        articles.sort_by(|a, b| a.slug.cmp(&b.slug));
        let mut services: Vec<Service> = services.into_values().collect();
        services.sort_by(|a, b| a.slug.cmp(&b.slug));
        settings.sort_by(|a: &Setting, b: &Setting| a.name.cmp(&b.name));
        Ok(Published {
            articles,
            services,
            settings,
        })
    }
}
