//! The desk's overview: each article in each of the organisation's languages, in one word
//! (missing, machine, volunteer, reviewed, out of date, overdue), with counts per language,
//! and each service's check. Worked out from the provenance the articles already carry.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};
use peerguide_core::article::{Article, ReviewState, Translation};
use peerguide_core::language::{LanguageTag, SOURCE_LANGUAGE};
use peerguide_core::review::ReviewPolicy;
use peerguide_core::service::Service;
use serde::{Deserialize, Serialize};

/// One article in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cell {
    /// Not in this language.
    Missing,
    /// Machine translated, nobody has checked it.
    Machine,
    /// Written or translated by a person, not yet checked by a second one.
    Volunteer,
    /// Checked by a second person (for English: checked against its sources).
    Reviewed,
    /// Translated from an older English text.
    OutOfDate,
    /// The article is past its check-again day.
    Overdue,
}

/// A row of the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRow {
    /// The article.
    pub slug: String,
    /// Its English title.
    pub title: String,
    /// Its topic's slug.
    pub topic: String,
    /// True when a saved draft waits to be published.
    pub draft: bool,
    /// True when nothing of it is published (a new article's draft, or unpublished).
    pub unpublished: bool,
    /// Language tag → state, for every language of the organisation, English first.
    pub cells: BTreeMap<String, Cell>,
}

/// How far one language is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageCount {
    /// The language.
    pub lang: String,
    /// Articles in it at all.
    pub present: usize,
    /// Of those, checked by a second person.
    pub reviewed: usize,
    /// Of those, made from an older English text.
    pub out_of_date: usize,
    /// Of those, machine translated and unchecked.
    pub machine: usize,
}

/// A service and its check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRow {
    /// The service.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// The day its details were last checked.
    pub reviewed_on: Option<NaiveDate>,
    /// True when never checked or checked longer ago than the policy's default period.
    pub overdue: bool,
    /// True when a saved draft waits to be published.
    pub draft: bool,
}

/// The whole overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    /// The day it was worked out for.
    pub today: NaiveDate,
    /// English, then the organisation's languages.
    pub languages: Vec<String>,
    /// How many articles there are.
    pub total: usize,
    /// Per language, in `languages`' order.
    pub counts: Vec<LanguageCount>,
    /// One row per article, by topic then position.
    pub articles: Vec<ArticleRow>,
    /// One row per service.
    pub services: Vec<ServiceRow>,
}

/// The state of `article` in `lang` on `today`.
pub fn cell(article: &Article, lang: &LanguageTag, today: NaiveDate) -> Cell {
    let Some(t) = article.translations.iter().find(|t| t.lang == *lang) else {
        return Cell::Missing;
    };
    if article.provenance.is_overdue(today) {
        return Cell::Overdue;
    }
    if lang.as_str() == SOURCE_LANGUAGE {
        return if article.provenance.reviewed_on.is_some() {
            Cell::Reviewed
        } else {
            Cell::Volunteer
        };
    }
    if t.source_revision < article.revision {
        return Cell::OutOfDate;
    }
    translation_cell(t)
}

fn translation_cell(t: &Translation) -> Cell {
    use peerguide_core::article::TranslationMethod;
    // As `peerguide check` reads it: how it was made and whether a second person checked it;
    // an old pack's `review` alone where the method is unknown.
    match t.translated.method {
        Some(_) if t.translated.second_review => Cell::Reviewed,
        Some(TranslationMethod::Machine) => Cell::Machine,
        Some(_) => Cell::Volunteer,
        None => match t.review {
            ReviewState::Reviewed => Cell::Reviewed,
            ReviewState::Machine => Cell::Machine,
            ReviewState::Draft => Cell::Volunteer,
        },
    }
}

/// The overview of `articles` and `services` on `today`. `drafts` holds the (kind, slug) of
/// what has a draft waiting; `draft_only` the articles that exist only as drafts.
pub fn overview(
    articles: &[Article],
    services: &[Service],
    policy: &ReviewPolicy,
    drafts: &[(String, String)],
    today: NaiveDate,
) -> Overview {
    let mut languages = vec![LanguageTag::source()];
    for l in &policy.languages {
        if !languages.contains(l) {
            languages.push(l.clone());
        }
    }
    if policy.languages.is_empty() {
        // No policy published: the languages the articles are in.
        for a in articles {
            for t in &a.translations {
                if !languages.contains(&t.lang) {
                    languages.push(t.lang.clone());
                }
            }
        }
    }
    let has_draft = |kind: &str, slug: &str| drafts.iter().any(|(k, s)| k == kind && s == slug);
    let mut sorted: Vec<&Article> = articles.iter().collect();
    sorted.sort_by(|a, b| {
        (a.topic.slug(), a.position, &a.slug).cmp(&(b.topic.slug(), b.position, &b.slug))
    });
    let mut counts: Vec<LanguageCount> = languages
        .iter()
        .map(|l| LanguageCount {
            lang: l.as_str().to_owned(),
            ..LanguageCount::default()
        })
        .collect();
    let rows = sorted
        .into_iter()
        .map(|a| {
            let mut cells = BTreeMap::new();
            for (lang, count) in languages.iter().zip(counts.iter_mut()) {
                let c = cell(a, lang, today);
                if c != Cell::Missing {
                    count.present += 1;
                    let t = a.translations.iter().find(|t| t.lang == *lang);
                    let english = lang.as_str() == SOURCE_LANGUAGE;
                    let reviewed = if english {
                        a.provenance.reviewed_on.is_some()
                    } else {
                        t.is_some_and(|t| translation_cell(t) == Cell::Reviewed)
                    };
                    if reviewed {
                        count.reviewed += 1;
                    }
                    if !english && t.is_some_and(|t| t.source_revision < a.revision) {
                        count.out_of_date += 1;
                    }
                    if !english && t.is_some_and(|t| translation_cell(t) == Cell::Machine) {
                        count.machine += 1;
                    }
                }
                cells.insert(lang.as_str().to_owned(), c);
            }
            let title = a
                .translations
                .iter()
                .find(|t| t.lang.as_str() == SOURCE_LANGUAGE)
                .or(a.translations.first())
                .map(|t| t.title.clone())
                .unwrap_or_default();
            ArticleRow {
                slug: a.slug.clone(),
                title,
                topic: a.topic.slug().to_owned(),
                draft: has_draft("article", &a.slug),
                unpublished: false,
                cells,
            }
        })
        .collect::<Vec<_>>();
    let months = policy.review_every.default;
    let services = services
        .iter()
        .map(|s| ServiceRow {
            slug: s.slug.clone(),
            name: s.name.clone(),
            reviewed_on: s.reviewed_on,
            overdue: s.reviewed_on.is_none_or(|on| {
                on.checked_add_months(Months::new(months))
                    .is_none_or(|by| today > by)
            }),
            draft: has_draft("service", &s.slug),
        })
        .collect();
    Overview {
        today,
        languages: languages.iter().map(|l| l.as_str().to_owned()).collect(),
        total: rows.len(),
        counts,
        articles: rows,
        services,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peerguide_core::article::{Provenance, Translated, TranslationMethod};
    use peerguide_core::topic::Topic;
    use uuid::Uuid;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn text(
        lang: &str,
        source_revision: u32,
        method: Option<TranslationMethod>,
        second: bool,
    ) -> Translation {
        Translation {
            lang: lang.parse().unwrap(),
            title: format!("title {lang}"),
            summary: String::new(),
            body: String::new(),
            source_revision,
            review: ReviewState::Draft,
            translated: Translated {
                method,
                by: None,
                second_review: second,
            },
        }
    }

    fn article(review_by: Option<&str>, translations: Vec<Translation>) -> Article {
        Article {
            id: Uuid::nil(),
            slug: "a".into(),
            topic: Topic::Housing,
            revision: 2,
            position: 0,
            translations,
            provenance: Provenance {
                reviewed_on: Some(day("2026-01-01")),
                review_by: review_by.map(day),
                ..Provenance::default()
            },
        }
    }

    #[test]
    fn each_cell_says_what_a_coordinator_must_do() {
        use TranslationMethod::*;
        let a = article(
            Some("2027-01-01"),
            vec![
                text("en", 2, None, false),
                text("ar", 2, Some(Machine), false),
                text("fa", 2, Some(Volunteer), false),
                text("uk", 2, Some(Volunteer), true),
                text("ti", 1, Some(Volunteer), true),
            ],
        );
        let today = day("2026-11-29");
        let check = |lang: &str| cell(&a, &lang.parse().unwrap(), today);
        assert_eq!(check("en"), Cell::Reviewed);
        assert_eq!(check("ar"), Cell::Machine);
        assert_eq!(check("fa"), Cell::Volunteer);
        assert_eq!(check("uk"), Cell::Reviewed);
        assert_eq!(check("ti"), Cell::OutOfDate);
        assert_eq!(check("so"), Cell::Missing);
        // Past its check-again day, every language it is in is overdue.
        let late = day("2027-01-02");
        assert_eq!(cell(&a, &"ar".parse().unwrap(), late), Cell::Overdue);
        assert_eq!(cell(&a, &"so".parse().unwrap(), late), Cell::Missing);
    }

    #[test]
    fn counts_follow_the_policys_languages() {
        let a = article(
            None,
            vec![
                text("en", 2, None, false),
                text("ti", 2, Some(TranslationMethod::Volunteer), true),
            ],
        );
        let policy = ReviewPolicy {
            languages: vec!["ti".parse().unwrap(), "so".parse().unwrap()],
            ..ReviewPolicy::default()
        };
        let o = overview(&[a], &[], &policy, &[], day("2026-11-29"));
        assert_eq!(o.languages, ["en", "ti", "so"]);
        assert_eq!(o.counts[1].present, 1);
        assert_eq!(o.counts[1].reviewed, 1);
        assert_eq!(o.counts[2].present, 0);
    }
}
