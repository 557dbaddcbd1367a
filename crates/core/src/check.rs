//! The content check for coordinators (`peerguide check`): what in a pack or a device's
//! content needs a person's attention, by language. Overdue articles are what make the check
//! fail; the rest is work to plan.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use crate::article::Article;
use crate::language::{LanguageTag, SOURCE_LANGUAGE};
use crate::phone;
use crate::plan::Plan;
use crate::review::ReviewPolicy;
use crate::service::Service;
use crate::volunteer::{Channel, Volunteer};

/// How an article links to another inside the app (the app's hash route).
pub const ARTICLE_LINK_PREFIX: &str = "#/article/";

/// One thing to look at, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Finding {
    /// The article is past the day it had to be checked again.
    Overdue {
        /// The article.
        slug: String,
        /// The last day its check held.
        review_by: NaiveDate,
    },
    /// The translation was made from an older revision of the English text.
    OlderThanSource {
        /// The article.
        slug: String,
        /// The revision it was translated from.
        source_revision: u32,
        /// The English text's revision now.
        revision: u32,
    },
    /// A machine translation no second person has checked.
    UnreviewedMachine {
        /// The article.
        slug: String,
    },
    /// The organisation offers this language and the article is not in it.
    Missing {
        /// The article.
        slug: String,
    },
    /// A link to an article that does not exist.
    BrokenLink {
        /// The article holding the link.
        slug: String,
        /// Where the link points.
        target: String,
    },
}

/// A service's or volunteer's phone number that is not a valid UK number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhoneFinding {
    /// `service` or `volunteer`.
    pub record: &'static str,
    /// Its slug.
    pub slug: String,
    /// The number as written.
    pub phone: String,
}

/// Everything the check found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// The day checked against.
    pub today: Option<NaiveDate>,
    /// Findings by language (`en` for the English source), languages in order.
    pub languages: BTreeMap<String, Vec<Finding>>,
    /// Phone numbers that are not valid UK numbers.
    pub phones: Vec<PhoneFinding>,
    /// How many articles are past their check-again day.
    pub overdue: usize,
}

impl CheckReport {
    /// True when nothing at all was found.
    pub fn is_clean(&self) -> bool {
        self.languages.is_empty() && self.phones.is_empty()
    }
}

/// What to check.
pub struct Content<'a> {
    /// Articles with all their translations.
    pub articles: &'a [Article],
    /// Services.
    pub services: &'a [Service],
    /// Volunteers, with every contact.
    pub volunteers: &'a [Volunteer],
    /// The organisation's policy: the languages it offers.
    pub policy: &'a ReviewPolicy,
    /// The move-on plan, if the content has one. Its findings name it `plan` (the plan as a
    /// whole) or `plan:<step>` in the place of an article's slug.
    pub plan: Option<&'a Plan>,
}

/// Checks `content` as it stands on `today`.
pub fn check(content: &Content, today: NaiveDate) -> CheckReport {
    let mut report = CheckReport {
        today: Some(today),
        ..CheckReport::default()
    };
    let mut add = |lang: &LanguageTag, finding: Finding| {
        report
            .languages
            .entry(lang.as_str().to_owned())
            .or_default()
            .push(finding);
    };
    let slugs: BTreeSet<&str> = content.articles.iter().map(|a| a.slug.as_str()).collect();
    let mut overdue = 0;
    for article in content.articles {
        if let Some(review_by) = article.provenance.review_by
            && article.provenance.is_overdue(today)
        {
            overdue += 1;
            add(
                &LanguageTag::source(),
                Finding::Overdue {
                    slug: article.slug.clone(),
                    review_by,
                },
            );
        }
        for t in &article.translations {
            if t.lang.as_str() != SOURCE_LANGUAGE {
                if t.source_revision < article.revision {
                    add(
                        &t.lang,
                        Finding::OlderThanSource {
                            slug: article.slug.clone(),
                            source_revision: t.source_revision,
                            revision: article.revision,
                        },
                    );
                }
                if t.translated.is_unreviewed_machine() {
                    add(
                        &t.lang,
                        Finding::UnreviewedMachine {
                            slug: article.slug.clone(),
                        },
                    );
                }
            }
            for target in article_links(&t.body) {
                if !slugs.contains(target) {
                    add(
                        &t.lang,
                        Finding::BrokenLink {
                            slug: article.slug.clone(),
                            target: format!("{ARTICLE_LINK_PREFIX}{target}"),
                        },
                    );
                }
            }
        }
        for lang in &content.policy.languages {
            if !article.translations.iter().any(|t| t.lang == *lang) {
                add(
                    lang,
                    Finding::Missing {
                        slug: article.slug.clone(),
                    },
                );
            }
        }
    }
    if let Some(plan) = content.plan {
        check_plan(plan, &slugs, content.policy, &mut add);
    }
    report.overdue = overdue;
    for s in content.services {
        if let Some(p) = &s.phone
            && !phone::is_valid_uk(p)
        {
            report.phones.push(PhoneFinding {
                record: "service",
                slug: s.slug.clone(),
                phone: p.clone(),
            });
        }
    }
    for v in content.volunteers {
        for c in &v.contacts {
            if matches!(c.channel, Channel::Phone | Channel::Whatsapp)
                && !phone::is_valid_uk(&c.value)
            {
                report.phones.push(PhoneFinding {
                    record: "volunteer",
                    slug: v.slug.clone(),
                    phone: c.value.clone(),
                });
            }
        }
    }
    report
}

/// The plan's languages, machine translations and links to articles.
fn check_plan(
    plan: &Plan,
    slugs: &BTreeSet<&str>,
    policy: &ReviewPolicy,
    add: &mut impl FnMut(&LanguageTag, Finding),
) {
    for (lang, method) in &plan.translated {
        if *method == crate::article::TranslationMethod::Machine {
            add(
                lang,
                Finding::UnreviewedMachine {
                    slug: "plan".into(),
                },
            );
        }
    }
    for step in &plan.steps {
        let slug = format!("plan:{}", step.id);
        for lang in &policy.languages {
            if !step.title.contains_key(lang) {
                add(lang, Finding::Missing { slug: slug.clone() });
            }
        }
        if let Some(article) = &step.article
            && !slugs.contains(article.as_str())
        {
            add(
                &LanguageTag::source(),
                Finding::BrokenLink {
                    slug,
                    target: format!("{ARTICLE_LINK_PREFIX}{article}"),
                },
            );
        }
    }
    for rule in &plan.support_end.rules {
        if let Some(source) = &rule.source
            && !slugs.contains(source.as_str())
        {
            add(
                &LanguageTag::source(),
                Finding::BrokenLink {
                    slug: format!("plan:{}", rule.id),
                    target: format!("{ARTICLE_LINK_PREFIX}{source}"),
                },
            );
        }
    }
}

/// The slugs an article's Markdown links to inside the app (`[text](#/article/<slug>)`).
pub fn article_links(markdown: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = markdown;
    while let Some(at) = rest.find(ARTICLE_LINK_PREFIX) {
        let tail = &rest[at + ARTICLE_LINK_PREFIX.len()..];
        let end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(tail.len());
        out.push(&tail[..end]);
        rest = &tail[end..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_articles_are_found_in_markdown() {
        assert_eq!(
            article_links("See [this](#/article/move-on-period) and [that](#/article/gp)."),
            vec!["move-on-period", "gp"]
        );
        assert!(article_links("[gov.uk](https://www.gov.uk/)").is_empty());
    }
}
