//! Writing a content pack: the inverse of [`crate::pack`], for `peerguide hub export`.
//! Everything a record holds is written out (ids, revisions, check-again days, how each
//! translation was made), so reading the pack back gives the same records, and writing
//! those again gives the same files byte for byte.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::article::{Article, ReviewState, Source, Translation, TranslationMethod};
use crate::error::{Error, Result};
use crate::hours::{Closure, WeeklyHours};
use crate::language::{LanguageSettings, SOURCE_LANGUAGE};
use crate::organisation::Organisation;
use crate::pack::{PLAN_FILE, POLICY_FILE, SearchSettings};
use crate::plan::{self, Plan};
use crate::search::synonyms::Synonyms;
use crate::service::{Access, Cost, Service, ServiceText};
use crate::setting::{ORGANISATION, REVIEW_POLICY, Setting};
use crate::topic::Topic;

#[derive(Serialize)]
struct SourceFront<'a> {
    id: Uuid,
    topic: Topic,
    revision: u32,
    title: &'a str,
    summary: &'a str,
    review: ReviewState,
    order: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    reviewed_on: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reviewed_by: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review_by: Option<NaiveDate>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    sources: &'a [Source],
}

#[derive(Serialize)]
struct TranslationFront<'a> {
    title: &'a str,
    summary: &'a str,
    source_revision: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<ReviewState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translated: Option<TranslationMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translated_by: Option<&'a str>,
    second_review: bool,
}

#[derive(Serialize)]
struct ServiceFile<'a> {
    id: Uuid,
    name: &'a str,
    topics: &'a [Topic],
    area: &'a str,
    address: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    web: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    languages: &'a [crate::LanguageTag],
    cost: Cost,
    access: Access,
    #[serde(skip_serializing_if = "Option::is_none")]
    reviewed_on: Option<NaiveDate>,
    sample: bool,
    hours: &'a WeeklyHours,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    closures: &'a [Closure],
    text: &'a BTreeMap<crate::LanguageTag, ServiceText>,
}

#[derive(Serialize)]
struct OrganisationFile<'a> {
    name: &'a str,
    phone: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
    address: &'a str,
    hours: &'a WeeklyHours,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    closures: &'a [Closure],
    interpreter: &'a BTreeMap<crate::LanguageTag, String>,
}

fn to_toml(what: &str, value: &impl Serialize) -> Result<String> {
    toml::to_string(value).map_err(|e| Error::CorruptRecord {
        what: what.to_owned(),
        reason: e.to_string(),
    })
}

fn markdown(front: String, body: &str) -> String {
    format!("+++\n{front}+++\n{}\n", body.trim())
}

/// The front matter and body of one article's files: `(file name, text)`, English first.
fn article_files(a: &Article) -> Result<Vec<(String, String)>> {
    let what = format!("article {}", a.slug);
    let source = a
        .translations
        .iter()
        .find(|t| t.lang.as_str() == SOURCE_LANGUAGE)
        .ok_or_else(|| Error::CorruptRecord {
            what: what.clone(),
            reason: "it has no English text".into(),
        })?;
    let front = SourceFront {
        id: a.id,
        topic: a.topic,
        revision: a.revision,
        title: &source.title,
        summary: &source.summary,
        review: source.review,
        order: a.position,
        reviewed_on: a.provenance.reviewed_on,
        reviewed_by: a.provenance.reviewed_by.as_deref(),
        review_by: a.provenance.review_by,
        sources: &a.provenance.sources,
    };
    let mut files = vec![(
        format!("{SOURCE_LANGUAGE}.md"),
        markdown(to_toml(&what, &front)?, &source.body),
    )];
    let mut others: Vec<&Translation> = a
        .translations
        .iter()
        .filter(|t| t.lang.as_str() != SOURCE_LANGUAGE)
        .collect();
    others.sort_by(|x, y| x.lang.as_str().cmp(y.lang.as_str()));
    for t in others {
        let method = t.translated.method;
        // `review` is written only where `translated` does not already imply it.
        let implied = method.map(|m| {
            if m == TranslationMethod::Machine && !t.translated.second_review {
                ReviewState::Machine
            } else {
                ReviewState::Reviewed
            }
        });
        let front = TranslationFront {
            title: &t.title,
            summary: &t.summary,
            source_revision: t.source_revision,
            review: (implied != Some(t.review)).then_some(t.review),
            translated: method,
            translated_by: t.translated.by.as_deref(),
            second_review: t.translated.second_review,
        };
        files.push((
            format!("{}.md", t.lang.as_str()),
            markdown(to_toml(&what, &front)?, &t.body),
        ));
    }
    Ok(files)
}

fn write(path: PathBuf, text: &str, written: &mut Vec<PathBuf>) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| Error::Io {
            path: parent.to_owned(),
            source,
        })?;
    }
    std::fs::write(&path, text).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    written.push(path);
    Ok(())
}

/// Writes `articles`, `services` and `settings` as a content pack into `dir` (created if
/// missing; files of the same names are replaced, others left alone). Returns the files
/// written, in order.
pub fn write_pack(
    dir: &Path,
    articles: &[Article],
    services: &[Service],
    settings: &[Setting],
) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: dir.to_owned(),
        source,
    })?;
    let setting = |name: &str| settings.iter().find(|s| s.name == name);
    let bad = |name: &str, e: serde_json::Error| Error::CorruptRecord {
        what: format!("setting {name}"),
        reason: e.to_string(),
    };
    if let Some(s) = setting(REVIEW_POLICY) {
        let policy: crate::review::ReviewPolicy =
            serde_json::from_value(s.value.clone()).map_err(|e| bad(REVIEW_POLICY, e))?;
        write(
            dir.join(POLICY_FILE),
            &to_toml(REVIEW_POLICY, &policy)?,
            &mut written,
        )?;
    }
    if let Some(s) = setting(ORGANISATION) {
        let o: Organisation =
            serde_json::from_value(s.value.clone()).map_err(|e| bad(ORGANISATION, e))?;
        let file = OrganisationFile {
            name: &o.name,
            phone: &o.phone,
            email: o.email.as_deref(),
            website: o.website.as_deref(),
            address: &o.address,
            hours: &o.hours.weekly,
            closures: &o.hours.closures,
            interpreter: &o.interpreter,
        };
        write(
            dir.join("organisation.toml"),
            &to_toml(ORGANISATION, &file)?,
            &mut written,
        )?;
    }
    let languages = setting(LanguageSettings::SETTING);
    let synonyms = setting(Synonyms::SETTING);
    if languages.is_some() || synonyms.is_some() {
        let search = SearchSettings {
            languages: languages
                .map(|s| serde_json::from_value(s.value.clone()))
                .transpose()
                .map_err(|e| bad(LanguageSettings::SETTING, e))?
                .unwrap_or_default(),
            synonyms: synonyms
                .map(|s| serde_json::from_value(s.value.clone()))
                .transpose()
                .map_err(|e| bad(Synonyms::SETTING, e))?
                .unwrap_or_default(),
        };
        write(
            dir.join("search.toml"),
            &to_toml("search settings", &search)?,
            &mut written,
        )?;
    }
    if let Some(s) = setting(plan::SETTING) {
        // The plan's setting is the pack file's own shape, so it is written back as it reads.
        let plan: Plan =
            serde_json::from_value(s.value.clone()).map_err(|e| bad(plan::SETTING, e))?;
        write(
            dir.join(PLAN_FILE),
            &to_toml(plan::SETTING, &plan)?,
            &mut written,
        )?;
    }
    for a in articles {
        for (name, text) in article_files(a)? {
            write(
                dir.join("guidance").join(&a.slug).join(name),
                &text,
                &mut written,
            )?;
        }
    }
    for s in services {
        let file = ServiceFile {
            id: s.id,
            name: &s.name,
            topics: &s.topics,
            area: &s.area,
            address: &s.address,
            phone: s.phone.as_deref(),
            web: s.web.as_deref(),
            email: s.email.as_deref(),
            languages: &s.languages,
            cost: s.cost,
            access: s.access,
            reviewed_on: s.reviewed_on,
            sample: s.sample,
            hours: &s.hours.weekly,
            closures: &s.hours.closures,
            text: &s.texts,
        };
        write(
            dir.join("services").join(format!("{}.toml", s.slug)),
            &to_toml(&format!("service {}", s.slug), &file)?,
            &mut written,
        )?;
    }
    Ok(written)
}
