//! `peerguide check DIR|--db FILE`: the content check for coordinators, readable by
//! language or as JSON. Exit code 1 when an article is past its check-again day.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use peerguide_core::check::{CheckReport, Content, Finding, check};
use peerguide_core::hours::local_now;
use peerguide_core::review::ReviewPolicy;
use peerguide_core::setting::REVIEW_POLICY;
use peerguide_core::volunteer::Audience;
use peerguide_core::{Error, pack};

use crate::hub::Failure;

/// Checks a pack folder or a database, as of `today` (the date in Glasgow by default).
pub fn run(
    dir: Option<PathBuf>,
    db: Option<PathBuf>,
    today: Option<String>,
    json: bool,
) -> Result<ExitCode, Failure> {
    let today = match today {
        Some(day) => day
            .parse::<NaiveDate>()
            .map_err(|_| Error::InvalidDateTime {
                input: day.clone(),
                reason: "--today must be a date written YYYY-MM-DD".into(),
            })?,
        None => local_now().date(),
    };
    let report = match (dir, db) {
        (Some(dir), None) => {
            let pack = pack::load(&dir)?;
            let articles: Vec<_> = pack.articles.into_iter().map(|a| a.record).collect();
            let services: Vec<_> = pack.services.into_iter().map(|s| s.record).collect();
            let volunteers: Vec<_> = pack.volunteers.into_iter().map(|v| v.record).collect();
            check(
                &Content {
                    articles: &articles,
                    services: &services,
                    volunteers: &volunteers,
                    policy: &pack.policy,
                    plan: pack.plan.as_ref(),
                },
                today,
            )
        }
        (None, Some(db)) => {
            if !db.is_file() {
                return Err(Error::Io {
                    path: db,
                    source: std::io::ErrorKind::NotFound.into(),
                }
                .into());
            }
            let store = crate::unlock::open(&db)?;
            // The policy the pack gave, imported or published through the hub; a database
            // that has neither has the default, which counts no language as missing.
            let policy: ReviewPolicy = match store.setting(REVIEW_POLICY)? {
                Some(value) => serde_json::from_value(value).unwrap_or_default(),
                None => ReviewPolicy::default(),
            };
            let articles = store.article_records()?;
            let services = store.service_records()?;
            let volunteers = store.volunteers(Audience::Coordinators, None, None)?;
            let plan = store.plan()?;
            check(
                &Content {
                    articles: &articles,
                    services: &services,
                    volunteers: &volunteers,
                    policy: &policy,
                    plan: plan.as_ref(),
                },
                today,
            )
        }
        _ => {
            return Err(Failure::Usage(
                "give a pack folder or --db FILE, not both".into(),
            ));
        }
    };
    if json {
        crate::print_json(&report);
    } else {
        print(&report);
    }
    Ok(if report.overdue > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn print(report: &CheckReport) {
    if report.is_clean() {
        println!(
            "Nothing to check: every article is within its review date, translated and linked."
        );
        return;
    }
    for (lang, findings) in &report.languages {
        println!("{lang}:");
        for f in findings {
            let line = match f {
                Finding::Overdue { slug, review_by } => {
                    format!("overdue: {slug} had to be checked again by {review_by}")
                }
                Finding::OlderThanSource {
                    slug,
                    source_revision,
                    revision,
                } => format!(
                    "older than English: {slug} (translated from revision {source_revision}, English is {revision})"
                ),
                Finding::UnreviewedMachine { slug } => {
                    format!("machine translation never reviewed: {slug}")
                }
                Finding::Missing { slug } => format!("missing translation: {slug}"),
                Finding::BrokenLink { slug, target } => {
                    format!("link to nowhere: {slug} links to {target}")
                }
            };
            println!("  {line}");
        }
    }
    if !report.phones.is_empty() {
        println!("phone numbers:");
        for p in &report.phones {
            println!(
                "  not a valid UK number: {} {} ({})",
                p.record, p.slug, p.phone
            );
        }
    }
    println!(
        "{} article{} overdue.",
        report.overdue,
        if report.overdue == 1 { "" } else { "s" }
    );
}
