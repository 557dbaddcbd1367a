//! Articles in the store: writing an article with all its translations, and reading one
//! translation through the reader's fallback chain.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use chrono::NaiveDate;

use super::search::Indexing;
use super::{
    Store, Table, WriteOutcome, content_hash, from_json, outcome, parse_column, search, to_json,
};
use crate::article::{
    Article, ArticleSummary, ArticleView, Provenance, ReviewState, Translated, Translation,
    TranslationMethod,
};
use crate::error::{Error, Result};
use crate::language::{LanguageTag, negotiate};
use crate::topic::Topic;

struct ArticleRow {
    id: Uuid,
    slug: String,
    topic: Topic,
    revision: u32,
    provenance: Provenance,
}

fn parse_date(what: &str, text: Option<String>) -> Result<Option<NaiveDate>> {
    text.map(|t| parse_column(what, &t)).transpose()
}

impl Store {
    /// Writes an article and replaces its translations, in the caller's transaction; the
    /// search index takes them in as `indexing` says.
    pub(crate) fn put_article(
        tx: &Transaction,
        article: &Article,
        indexing: Indexing,
    ) -> Result<WriteOutcome> {
        Store::put_article_hashed(tx, article, content_hash(article), indexing)
    }

    /// [`Store::put_article`] with the article's [`content_hash`] already worked out.
    pub(crate) fn put_article_hashed(
        tx: &Transaction,
        article: &Article,
        hash: Vec<u8>,
        indexing: Indexing,
    ) -> Result<WriteOutcome> {
        let outcome = outcome(tx, Table::Articles, article.id, &hash)?;
        if outcome == WriteOutcome::Unchanged {
            return Ok(outcome);
        }
        tx.prepare_cached(
            "INSERT INTO articles (id, slug, topic, revision, position, content_hash,
                 reviewed_on, reviewed_by, review_by, sources)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, topic = excluded.topic,
                 revision = excluded.revision, position = excluded.position,
                 content_hash = excluded.content_hash, reviewed_on = excluded.reviewed_on,
                 reviewed_by = excluded.reviewed_by, review_by = excluded.review_by,
                 sources = excluded.sources",
        )?
        .execute((
            article.id,
            &article.slug,
            article.topic.slug(),
            article.revision,
            article.position,
            &hash,
            article.provenance.reviewed_on.map(|d| d.to_string()),
            &article.provenance.reviewed_by,
            article.provenance.review_by.map(|d| d.to_string()),
            to_json(&article.provenance.sources),
        ))?;
        // A new article has nothing to remove. Skipping the DELETE matters beyond the rows:
        // a DELETE on the search index inside a transaction makes FTS5 write out every term
        // gathered so far, so a first sync or an import that deleted before each new article
        // wrote the index one small segment per article, and merged them over and over.
        if outcome == WriteOutcome::Updated {
            search::unindex_article(tx, article.id)?;
            tx.prepare_cached("DELETE FROM article_translations WHERE article_id = ?1")?
                .execute([article.id])?;
        }
        let mut insert = tx.prepare_cached(
            "INSERT INTO article_translations
                 (article_id, lang, title, summary, body, source_revision, review,
                  translated_method, translated_by, second_review)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for t in &article.translations {
            insert.execute((
                article.id,
                t.lang.as_str(),
                &t.title,
                &t.summary,
                &t.body,
                t.source_revision,
                t.review.slug(),
                t.translated.method.map(TranslationMethod::slug),
                &t.translated.by,
                t.translated.second_review,
            ))?;
            search::index_translation(tx, tx.last_insert_rowid(), t, indexing)?;
        }
        Ok(outcome)
    }

    /// Removes an article and its translations (and their search entries), if stored.
    pub(crate) fn delete_article(tx: &Transaction, id: Uuid) -> Result<()> {
        search::unindex_article(tx, id)?;
        tx.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        Ok(())
    }

    fn article_row(conn: &Connection, slug: &str) -> Result<ArticleRow> {
        let row = conn
            .query_row(
                "SELECT id, slug, topic, revision, reviewed_on, reviewed_by, review_by, sources
                 FROM articles WHERE slug = ?1",
                [slug],
                |r| {
                    Ok((
                        r.get::<_, Uuid>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, u32>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, String>(7)?,
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| Error::ArticleNotFound {
                slug: slug.to_owned(),
            })?;
        Ok(ArticleRow {
            id: row.0,
            slug: row.1,
            topic: parse_column("article topic", &row.2)?,
            revision: row.3,
            provenance: Provenance {
                reviewed_on: parse_date("reviewed_on", row.4)?,
                reviewed_by: row.5,
                review_by: parse_date("review_by", row.6)?,
                sources: from_json("article sources", &row.7)?,
            },
        })
    }

    fn article_languages(conn: &Connection, id: Uuid) -> Result<Vec<LanguageTag>> {
        let mut stmt =
            conn.prepare_cached("SELECT lang FROM article_translations WHERE article_id = ?1")?;
        let langs = stmt
            .query_map([id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        langs
            .iter()
            .map(|l| parse_column("translation language", l))
            .collect()
    }

    /// One translation of the article `id` as stored.
    pub(crate) fn translation(
        conn: &Connection,
        id: Uuid,
        lang: &LanguageTag,
    ) -> Result<Translation> {
        let (title, summary, body, source_revision, review, method, by, second_review) = conn
            .query_row(
                "SELECT title, summary, body, source_revision, review, translated_method,
                        translated_by, second_review
                 FROM article_translations WHERE article_id = ?1 AND lang = ?2",
                (id, lang.as_str()),
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, u32>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, bool>(7)?,
                    ))
                },
            )?;
        Ok(Translation {
            lang: lang.clone(),
            title,
            summary,
            body,
            source_revision,
            review: ReviewState::from_slug(&review)
                .ok_or_else(|| Error::corrupt("review state", format!("'{review}'")))?,
            translated: Translated {
                method: method
                    .as_deref()
                    .map(|m| {
                        TranslationMethod::from_slug(m)
                            .ok_or_else(|| Error::corrupt("translation method", format!("'{m}'")))
                    })
                    .transpose()?,
                by,
                second_review,
            },
        })
    }

    /// [`Store::article_on`] the device's date in Glasgow.
    pub fn article(&self, slug: &str, requested: &LanguageTag) -> Result<ArticleView> {
        self.article_on(slug, requested, crate::hours::local_now().date())
    }

    /// The article `slug` for a reader of `requested`: the best translation its fallback chain
    /// finds, saying which language that really is and whether it is out of date, by the
    /// English revision and by `today` (past the day it had to be checked again).
    pub fn article_on(
        &self,
        slug: &str,
        requested: &LanguageTag,
        today: NaiveDate,
    ) -> Result<ArticleView> {
        let row = Store::article_row(&self.conn, slug)?;
        let mut available = Store::article_languages(&self.conn, row.id)?;
        available.sort();
        let lang = negotiate(requested, &available)
            .into_iter()
            .next()
            .ok_or_else(|| Error::NoTranslation {
                slug: row.slug.clone(),
                requested: requested.to_string(),
                available: available
                    .iter()
                    .map(LanguageTag::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
            })?;
        let translation = Store::translation(&self.conn, row.id, &lang)?;
        Ok(ArticleView {
            id: row.id,
            slug: row.slug,
            topic: row.topic,
            is_fallback: lang.base() != requested.base(),
            stale: translation.source_revision < row.revision,
            requested: requested.clone(),
            lang,
            revision: row.revision,
            translation,
            available,
            overdue: row.provenance.is_overdue(today),
            provenance: row.provenance,
        })
    }

    /// The articles of a topic (or of all topics), in reading order, each in the best
    /// language for `requested`. Articles with no usable translation are left out.
    pub fn articles(
        &self,
        topic: Option<Topic>,
        requested: &LanguageTag,
    ) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.slug, a.topic, a.revision, t.lang, t.title, t.summary,
                    t.source_revision
             FROM articles a JOIN article_translations t ON t.article_id = a.id
             WHERE ?1 IS NULL OR a.topic = ?1
             ORDER BY a.topic, a.position, a.slug",
        )?;
        type Row = (Uuid, String, String, u32, String, String, String, u32);
        let rows = stmt
            .query_map([topic.map(Topic::slug)], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<Row>>>()?;

        // Group translations by article, keeping the query's order of articles.
        let mut order: Vec<Uuid> = Vec::new();
        let mut grouped: BTreeMap<Uuid, Vec<Row>> = BTreeMap::new();
        for row in rows {
            if !grouped.contains_key(&row.0) {
                order.push(row.0);
            }
            grouped.entry(row.0).or_default().push(row);
        }
        let mut summaries = Vec::with_capacity(order.len());
        for id in order {
            let rows = &grouped[&id];
            let available: Vec<LanguageTag> = rows
                .iter()
                .map(|r| parse_column("translation language", &r.4))
                .collect::<Result<_>>()?;
            let Some(lang) = negotiate(requested, &available).into_iter().next() else {
                continue;
            };
            let row = rows
                .iter()
                .find(|r| r.4 == lang.as_str())
                .expect("negotiation only returns available languages");
            summaries.push(ArticleSummary {
                id,
                slug: row.1.clone(),
                topic: parse_column("article topic", &row.2)?,
                is_fallback: lang.base() != requested.base(),
                stale: row.7 < row.3,
                lang,
                title: row.5.clone(),
                summary: row.6.clone(),
            });
        }
        // The query orders topics by slug; readers expect the framework's order.
        summaries.sort_by_key(|s| Topic::ALL.iter().position(|t| *t == s.topic));
        Ok(summaries)
    }

    /// An article with every translation, as stored (for export and sync).
    pub fn article_record(&self, slug: &str) -> Result<Article> {
        Store::load_article(&self.conn, slug)
    }

    /// Every article with every translation, as stored, ordered by slug (for the content
    /// check).
    pub fn article_records(&self) -> Result<Vec<Article>> {
        let slugs = super::slugs(&self.conn, Table::Articles)?;
        slugs
            .iter()
            .map(|slug| Store::load_article(&self.conn, slug))
            .collect()
    }

    /// As [`Store::article_record`], inside a transaction.
    pub(crate) fn load_article(conn: &Connection, slug: &str) -> Result<Article> {
        let row = Store::article_row(conn, slug)?;
        let position = conn.query_row(
            "SELECT position FROM articles WHERE id = ?1",
            [row.id],
            |r| r.get(0),
        )?;
        let mut langs = Store::article_languages(conn, row.id)?;
        langs.sort();
        let translations = langs
            .iter()
            .map(|l| Store::translation(conn, row.id, l))
            .collect::<Result<_>>()?;
        Ok(Article {
            id: row.id,
            slug: row.slug,
            topic: row.topic,
            revision: row.revision,
            position,
            translations,
            provenance: row.provenance,
        })
    }
}
